/* SPDX-License-Identifier: 0BSD */
/* preadv64 reads iovcnt entries of the array: it checks that many struct
 * iovec against the array, a sub-object from level 2 on. A count below 1 is
 * libc's to refuse. glibc only: musl's is a macro for preadv.
 * REQUIRES: glibc
 * RUN: %cc %s -o %t
 * RUN: %t fit | FileCheck %s
 * RUN: %t also-fits | FileCheck %s --check-prefix=NEGATIVE
 * RUN: %outcome trap %t whole
 * RUN: %outcome %member-outcome %t member
 * RUN: %outcome %heap-outcome %t heap
 * CHECK: returned 8, read "cdefghij"
 * NEGATIVE: returned -1 for -1 entries
 * The cases are preadv.c's, calling preadv64.
 */
#define FUNCTION preadv64
#include "preadv.c"
