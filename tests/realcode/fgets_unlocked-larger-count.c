/* SPDX-License-Identifier: 0BSD */
/* fgets_unlocked (glibc, _GNU_SOURCE) with a count larger than the
 * buffer: as fgets-larger-count.c.
 * REQUIRES: glibc
 * RUN: printf 'abcdef\n' > %t.fits
 * RUN: printf 'abcdefghij\n' > %t.long
 * RUN: %cc %s -o %t
 * RUN: %t %t.fits | FileCheck %s
 * RUN: %outcome trap %t %t.long
 * RUN: %cc -Wno-error -DCOUNT=16 %s -o %t.constant 2>&1 | FileCheck %s --check-prefix=WARNING
 * RUN: %t.constant %t.fits | FileCheck %s
 * RUN: %outcome trap %t.constant %t.long
 * CHECK: read abcdef
 * CHECK-NEXT: no trap
 * WARNING: warning: {{.*}}fgets_unlocked
 */
#define _GNU_SOURCE 1
#include <stdio.h>

#define GET(buf, n, stream) fgets_unlocked(buf, n, stream)
#include "Inputs/line-count.h"
