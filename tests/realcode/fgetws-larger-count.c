/* SPDX-License-Identifier: 0BSD */
/* fgetws with a count larger than the buffer: as fgets-larger-count.c.
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
 * WARNING: warning: {{.*}}fgetws
 */
#include <wchar.h>

#define ELEMENT wchar_t
#define FORMAT "%ls"
#define GET(buf, n, stream) fgetws(buf, n, stream)
#include "Inputs/line-count.h"
