/* SPDX-License-Identifier: 0BSD */
/* wcslcat writes at most n wide characters in all: it checks n against the
 * destination, a sub-object from level 2 on. glibc has it from 2.38 on,
 * musl not at all.
 * REQUIRES: wcslcpy
 * RUN: %cc %s -o %t
 * RUN: %t fit | FileCheck %s
 * RUN: %outcome trap %t whole
 * RUN: %outcome %member-outcome %t member
 * RUN: %outcome %heap-outcome %t heap
 * CHECK: returned 28, dst holds "ababcde\0"
 */
#define _GNU_SOURCE 1
#include <wchar.h>
#include "wide.h"

#define ELEMENT wchar_t
/* "ab" and n - 3 more characters and the NUL: n wide characters. */
#define WRITE(dst, n) (set_wide(dst, L"ab"), wcslcat(dst, wide_letters, n))
#define FIT(dst) print_wide(WRITE(dst, opaque(ROOM)) == 28 \
	? "returned 28, dst holds" : "returned ?", dst, ROOM)
#include "harness.h"
