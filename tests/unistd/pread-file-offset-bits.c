/* SPDX-License-Identifier: 0BSD */
/* pread.c under _FILE_OFFSET_BITS=64, where glibc binds pread to pread64:
 * the wrapper calls pread64 too, and still checks. (musl has one symbol.)
 * REQUIRES: glibc
 * RUN: %cc -D_FILE_OFFSET_BITS=64 %S/pread.c -o %t
 * RUN: nm -u %t | FileCheck %s
 * RUN: %t fit | FileCheck %S/pread.c
 * RUN: %outcome trap %t whole
 * CHECK-NOT: {{ pread(@|$)}}
 * CHECK: {{ pread64(@|$)}}
 * CHECK-NOT: {{ pread(@|$)}}
 */
