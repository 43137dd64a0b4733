/* SPDX-License-Identifier: 0BSD */
/* openat64 needs a mode argument when its flags create a file (O_CREAT, or
 * all of O_TMPFILE's bits): without one, the call traps (constant flags,
 * and more arguments, fail the compile: tests/compile-fail/openat64-*.c).
 * &openat64, (openat64) and a redeclaration still work, and calls bind to
 * openat64 whatever _FILE_OFFSET_BITS says. musl's openat64 is a macro for
 * openat.
 * REQUIRES: glibc
 * RUN: rm -rf %t.dir && mkdir -p %t.dir
 * RUN: %cc %s -o %t
 * RUN: %t fit %t.dir | FileCheck %s
 * RUN: %outcome trap %t creat %t.dir
 * RUN: %outcome trap %t tmpfile %t.dir
 * RUN: %outcome trap %t parenthesised %t.dir
 * RUN: rm -rf %t.dir && mkdir -p %t.dir
 * RUN: %cc -DREDECLARE=1 %s -o %t.redeclared
 * RUN: %t.redeclared fit %t.dir | FileCheck %s
 * RUN: %outcome trap %t.redeclared creat %t.dir
 * RUN: for bits in 32 64; do \
 * RUN:   %compiler -O2 -D_FILE_OFFSET_BITS=$bits -c %s -o %t.plain.o && nm -u %t.plain.o | grep ' open' > %t.plain || exit 1; \
 * RUN:   %cc -D_FILE_OFFSET_BITS=$bits -c %s -o %t.fortified.o && nm -u %t.fortified.o | grep ' open' > %t.fortified || exit 1; \
 * RUN:   diff %t.plain %t.fortified || exit 1; \
 * RUN: done
 * CHECK: created with modes 640 604
 * CHECK-NEXT: opened again 1 1 1 1 1
 * CHECK-NEXT: opened the directory 1
 * The cases are openat.c's, calling openat64.
 */
#define FUNCTION openat64
#include "openat.c"
