/* SPDX-License-Identifier: 0BSD */
/* openat2 reads size bytes of its struct open_how, the whole object at
 * every level. The harness's objects are arrays of ROOM structures here, and
 * the calls pass the size of n of them; the kernel accepts a larger size
 * whose extra bytes are zero, as they are in the harness's objects.
 * REQUIRES: openat2
 * RUN: %cc %s -o %t
 * RUN: %t fit | FileCheck %s
 * RUN: %outcome trap %t whole
 * RUN: %outcome no-trap %t member
 * RUN: %outcome %heap-outcome %t heap
 * RUN: %outcome trap %t source
 * CHECK: opened "."
 */
#define _GNU_SOURCE 1
#include <fcntl.h>
#include <unistd.h>

#define ELEMENT struct open_how
#define WRITE(how, n) opened(openat2(AT_FDCWD, ".", how, (n) * sizeof(struct open_how)))
#define READ(how, n) WRITE(how, n)
#define FIT(how) (WRITE(how, opaque(ROOM)) ? puts("opened \".\"") : puts("failed"))

static int opened(int fd);

#include "harness.h"

/* 1 if fd is a descriptor, which it closes. */
static int opened(int fd)
{
	return fd >= 0 && close(fd) == 0;
}
