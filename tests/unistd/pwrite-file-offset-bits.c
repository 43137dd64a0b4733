/* SPDX-License-Identifier: 0BSD */
/* pwrite.c under _FILE_OFFSET_BITS=64, where glibc binds pwrite to pwrite64:
 * the wrapper calls pwrite64 too, and still checks. (musl has one symbol.)
 * REQUIRES: glibc
 * RUN: %cc -D_FILE_OFFSET_BITS=64 %S/pwrite.c -o %t
 * RUN: nm -u %t | FileCheck %s
 * RUN: %t fit | FileCheck %S/pwrite.c
 * RUN: %outcome trap %t whole
 * CHECK-NOT: {{ pwrite(@|$)}}
 * CHECK: {{ pwrite64(@|$)}}
 * CHECK-NOT: {{ pwrite(@|$)}}
 */
