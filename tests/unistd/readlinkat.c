/* SPDX-License-Identifier: 0BSD */
/* readlinkat checks the destination, a sub-object from level 2 on, against
 * n: it writes at most n bytes and no NUL.
 * RUN: rm -rf %t.dir && mkdir %t.dir && ln -s abcdefghij %t.dir/link
 * RUN: %cc %s -o %t
 * RUN: cd %t.dir && %t fit | FileCheck %s
 * RUN: cd %t.dir && %outcome trap %t whole
 * RUN: cd %t.dir && %outcome %member-outcome %t member
 * RUN: cd %t.dir && %outcome %heap-outcome %t heap
 * CHECK: returned 8, dst holds "abcdefgh"
 */
#include <fcntl.h>
#include <unistd.h>

#define WRITE(dst, n) readlinkat(open(".", O_RDONLY), "link", dst, n)
#define FIT(dst) print_bytes(WRITE(dst, opaque(ROOM)) == ROOM \
	? "returned 8, dst holds" : "returned ?", dst, ROOM)
#include "harness.h"
