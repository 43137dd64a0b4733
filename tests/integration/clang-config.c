/* SPDX-License-Identifier: 0BSD */
/* The installed clang configuration file turns fortify on for every
 * compile that reads it: headers in front of libc's, level 2. It cannot see
 * the command line: another level is -U_FORTIFY_SOURCE -D_FORTIFY_SOURCE=N,
 * without a warning, and -U_FORTIFY_SOURCE alone turns fortify off.
 * REQUIRES: clang, level-2, c
 * RUN: rm -rf %t && make -s -C %S/../.. install PREFIX=%t/prefix
 * RUN: cc='%driver --config %t/prefix/share/fortify/fortify.cfg -Wall -Wextra -Werror'
 * RUN: $cc -O2 -E %S/Inputs/level.c | grep -c 'pushsection .fortify'
 * RUN: $cc -O2 %S/Inputs/level.c -o %t/default && %t/default | grep -x 'level 2'
 * RUN: %outcome trap %t/default 12345678
 * RUN: $cc -O2 -U_FORTIFY_SOURCE -D_FORTIFY_SOURCE=1 %S/Inputs/level.c -o %t/1 && %t/1 | grep -x 'level 1'
 * RUN: $cc -O2 -U_FORTIFY_SOURCE %S/Inputs/level.c -o %t/0 && %t/0 | grep -x 'level 0'
 */
