/* SPDX-License-Identifier: 0BSD */
/* The installed gcc specs file turns fortify on for every compile that
 * reads it: headers in front of libc's (for -E too, and with musl-gcc,
 * whose own specs come after it), level 2 unless the command line sets or
 * unsets _FORTIFY_SOURCE, without a redefinition warning.
 * REQUIRES: gcc, level-2, c
 * RUN: rm -rf %t && make -s -C %S/../.. install PREFIX=%t/prefix
 * RUN: cc='%driver -specs=%t/prefix/share/fortify/fortify.specs -Wall -Wextra -Werror'
 * RUN: $cc -O2 -E %S/Inputs/level.c | grep -c 'pushsection .fortify'
 * RUN: $cc -O2 %S/Inputs/level.c -o %t/default && %t/default | grep -x 'level 2'
 * RUN: %outcome trap %t/default 12345678
 * RUN: $cc -O2 -D_FORTIFY_SOURCE=1 %S/Inputs/level.c -o %t/1 && %t/1 | grep -x 'level 1'
 * RUN: $cc -O2 -D _FORTIFY_SOURCE=1 %S/Inputs/level.c -o %t/1 && %t/1 | grep -x 'level 1'
 * RUN: $cc -O2 -U_FORTIFY_SOURCE %S/Inputs/level.c -o %t/0 && %t/0 | grep -x 'level 0'
 * RUN: $cc -O2 -x c++ -fsyntax-only %S/Inputs/level.c
 */
