/* SPDX-License-Identifier: 0BSD */
/* fgets with a count larger than the buffer: a line that fits is read as
 * without the headers; one that does not traps (glibc's own fortification
 * does the same). A constant count larger than the buffer is a warning,
 * naming the function, not an error: the call is fine while lines are
 * short (issue #14).
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
 * WARNING: warning: {{.*}}fgets
 */
#define GET(buf, n, stream) fgets(buf, n, stream)
#include "Inputs/line-count.h"
