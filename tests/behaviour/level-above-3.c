/* SPDX-License-Identifier: 0BSD */
/* A level above 3 acts as 3: dynamic sizes, heap objects checked.
 * REQUIRES: dynamic-sizes
 * RUN: %compiler -O2 -isystem %fortify-include -D_FORTIFY_SOURCE=4 %S/../string/strcpy.c -o %t
 * RUN: %outcome trap %t heap
 * RUN: %outcome trap %t member
 */
