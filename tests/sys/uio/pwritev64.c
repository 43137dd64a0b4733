/* SPDX-License-Identifier: 0BSD */
/* pwritev64 reads iovcnt entries of the array: it checks that many struct
 * iovec against the array, a sub-object from level 2 on. A count below 1 is
 * libc's to refuse. glibc only: musl's is a macro for pwritev.
 * REQUIRES: glibc
 * RUN: %cc %s -o %t
 * RUN: %t fit | FileCheck %s
 * RUN: %t also-fits | FileCheck %s --check-prefix=NEGATIVE
 * RUN: %outcome trap %t whole
 * RUN: %outcome %member-outcome %t member
 * RUN: %outcome %heap-outcome %t heap
 * CHECK: returned 8, wrote "--abcdefgh"
 * NEGATIVE: returned -1 for -1 entries
 * The cases are pwritev.c's, calling pwritev64.
 */
#define FUNCTION pwritev64
#include "pwritev.c"
