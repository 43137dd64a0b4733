/* SPDX-License-Identifier: 0BSD */
/* fortify-cc runs $FORTIFY_CC with the headers in front of libc's, for
 * preprocessing alone too (musl-gcc would otherwise put libc's first), at
 * level 2 unless the command line sets or unsets _FORTIFY_SOURCE, in any
 * spelling, without a redefinition warning. It finds the headers relative
 * to itself, or in $FORTIFY_INCLUDEDIR, and refuses to run without them.
 * REQUIRES: default-compiler, level-2, c
 * RUN: rm -rf %t && make -s -C %S/../.. install DESTDIR=%t/root PREFIX=/usr
 * RUN: export FORTIFY_CC='%driver' && cc=%t/root/usr/bin/fortify-cc && warn='-Wall -Wextra -Werror'
 * RUN: $cc -O2 -E %S/Inputs/level.c | grep -c 'pushsection .fortify'
 * RUN: $cc -O2 $warn %S/Inputs/level.c -o %t/default && %t/default | grep -x 'level 2'
 * RUN: %outcome trap %t/default 12345678
 * RUN: $cc -O2 $warn -D_FORTIFY_SOURCE=1 %S/Inputs/level.c -o %t/1 && %t/1 | grep -x 'level 1'
 * RUN: $cc -O2 $warn -D _FORTIFY_SOURCE=1 %S/Inputs/level.c -o %t/1 && %t/1 | grep -x 'level 1'
 * RUN: $cc -O2 $warn -Wp,-D_FORTIFY_SOURCE=1 %S/Inputs/level.c -o %t/1 && %t/1 | grep -x 'level 1'
 * RUN: $cc -O2 $warn -U_FORTIFY_SOURCE %S/Inputs/level.c -o %t/0 && %t/0 | grep -x 'level 0'
 * RUN: $cc -O2 $warn -U _FORTIFY_SOURCE %S/Inputs/level.c -o %t/0 && %t/0 | grep -x 'level 0'
 * RUN: $cc -O0 $warn %S/Inputs/level.c -o %t/0 && %t/0 | grep -x 'level 0'
 * RUN: mkdir %t/elsewhere && cp %t/root/usr/bin/fortify-cc %t/elsewhere/
 * RUN: not %t/elsewhere/fortify-cc -O2 -c %S/Inputs/level.c -o %t/level.o 2> %t/stderr
 * RUN: grep -x "fortify-cc: fortify's headers are not in .*" %t/stderr
 * RUN: test ! -e %t/level.o
 * RUN: FORTIFY_INCLUDEDIR=%t/root/usr/include/fortify %t/elsewhere/fortify-cc -O2 %S/Inputs/level.c -o %t/2
 * RUN: %t/2 | grep -x 'level 2'
 */
