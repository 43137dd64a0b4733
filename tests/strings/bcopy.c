/* SPDX-License-Identifier: 0BSD */
/* bcopy checks the whole destination and the whole source at every level.
 * RUN: %cc %s -o %t
 * RUN: %t fit | FileCheck %s
 * RUN: %outcome trap %t whole
 * RUN: %outcome no-trap %t member
 * RUN: %outcome %heap-outcome %t heap
 * RUN: %outcome trap %t source
 * CHECK: dst holds "abcdefgh"
 */
#define _GNU_SOURCE 1
#include <strings.h>

#define WRITE(dst, n) bcopy(letters, dst, n)
#define READ(src, n) bcopy(src, sink, n)
#define FIT(dst) (WRITE(dst, opaque(ROOM)), print_bytes("dst holds", dst, ROOM))
#include "harness.h"
