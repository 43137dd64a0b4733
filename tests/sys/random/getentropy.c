/* SPDX-License-Identifier: 0BSD */
/* unistd/getentropy.c with getentropy declared by <sys/random.h>, as glibc
 * also declares it (musl only in <unistd.h>): the same checks.
 * REQUIRES: glibc
 * RUN: %cc -DSYS_RANDOM_H %S/../../unistd/getentropy.c -o %t
 * RUN: %t fit | FileCheck %S/../../unistd/getentropy.c
 * RUN: %outcome trap %t whole
 * RUN: %outcome no-trap %t member
 * RUN: %outcome %heap-outcome %t heap
 */
