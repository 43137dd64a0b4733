/* SPDX-License-Identifier: 0BSD */
/* wcslcpy writes at most n wide characters: it checks n against the
 * destination, a sub-object from level 2 on. glibc has it from 2.38 on,
 * musl not at all.
 * REQUIRES: wcslcpy
 * RUN: %cc %s -o %t
 * RUN: %t fit | FileCheck %s
 * RUN: %outcome trap %t whole
 * RUN: %outcome %member-outcome %t member
 * RUN: %outcome %heap-outcome %t heap
 * CHECK: returned 26, dst holds "abcdefg\0"
 */
#define _GNU_SOURCE 1
#include <wchar.h>
#include "wide.h"

#define ELEMENT wchar_t
#define WRITE(dst, n) wcslcpy(dst, wide_letters, n)
#define FIT(dst) print_wide(WRITE(dst, opaque(ROOM)) == 26 \
	? "returned 26, dst holds" : "returned ?", dst, ROOM)
#include "harness.h"
