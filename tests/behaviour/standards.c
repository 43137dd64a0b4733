/* SPDX-License-Identifier: 0BSD */
/* In every language standard, C89 to C2x and C++98 to C++2b, a program using
 * every wrapper compiles without a single diagnostic under strict warnings,
 * whether the headers come in with -isystem or -I; and the checks work.
 * RUN: for std in %standards; do \
 * RUN:   for include in -isystem -I; do \
 * RUN:     for features in -U_GNU_SOURCE -D_GNU_SOURCE=1; do \
 * RUN:       %compiler -std=$std $features -O2 -D_FORTIFY_SOURCE=%level $include %fortify-include \
 * RUN:         -Wall -Wextra -Wpedantic -Werror -Wformat-nonliteral -Wcast-qual -Wundef \
 * RUN:         -Wshadow -Wsign-conversion -c %S/Inputs/every-function.h -o %t.o 2>&1 \
 * RUN:         || { echo "FAILED: -std=$std $include $features"; exit 1; }; \
 * RUN:     done; \
 * RUN:   done; \
 * RUN:   %cc -std=$std %S/../string/strcpy.c -o %t && %outcome trap %t whole || exit 1; \
 * RUN:   echo "passed: -std=$std"; \
 * RUN: done | FileCheck %s --implicit-check-not=warning --implicit-check-not=error --implicit-check-not=FAILED
 * CHECK-COUNT-5: passed: -std=
 */
