/* SPDX-License-Identifier: 0BSD */
/* Each wrapper exists exactly where libc declares its function, under every
 * feature-test setting tried: see tests/lit/declaration-parity. Depends on
 * compiler and libc only, so it runs in the level 2 C suites.
 * REQUIRES: level-2, c
 * RUN: %S/../lit/declaration-parity "%compiler -O2" "%cc" %fortify-include %t | FileCheck %s
 * CHECK-NOT: differs
 * CHECK: checked {{[1-9][0-9]*}} name and setting pairs, 0 differ
 */
