/* SPDX-License-Identifier: 0BSD */
/* The headers, the per-function tests and the README's table agree.
 * REQUIRES: level-2, c
 * RUN: %S/../lit/coverage %S/../.. | FileCheck %s
 * CHECK-NOT: README
 * CHECK-NOT: no test
 * CHECK: {{^[1-9][0-9]*}} wrappers checked
 */
