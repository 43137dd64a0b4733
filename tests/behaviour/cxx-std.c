/* SPDX-License-Identifier: 0BSD */
/* With the C++ library, std::memcpy and std::strcpy from <cstring> are the
 * fortified functions.
 * REQUIRES: c++-library
 * RUN: %cc %s -o %t
 * RUN: %t fit | FileCheck %s
 * RUN: %outcome trap %t whole
 * RUN: %outcome %member-outcome %t member
 * RUN: %outcome %heap-outcome %t heap
 * CHECK: dst holds "abcdefgh"
 */
#include <cstring>

#define WRITE(dst, n) std::strcpy(dst, tail((n) - 1))
#define FIT(dst) (std::memcpy(dst, letters, opaque(ROOM)), print_bytes("dst holds", dst, ROOM))
#include "harness.h"
