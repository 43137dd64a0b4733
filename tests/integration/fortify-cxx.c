/* SPDX-License-Identifier: 0BSD */
/* fortify-c++ is fortify-cc for C++: $FORTIFY_CXX, level 2 by default.
 * REQUIRES: default-compiler, level-2, c++-library
 * RUN: rm -rf %t && make -s -C %S/../.. install DESTDIR=%t/root PREFIX=/usr
 * RUN: export FORTIFY_CXX='%driver' && cxx=%t/root/usr/bin/fortify-c++
 * RUN: $cxx -O2 -Wall -Wextra -Werror -x c++ %S/Inputs/level.c -o %t/default
 * RUN: %t/default | grep -x 'level 2'
 * RUN: %outcome trap %t/default 12345678
 * RUN: $cxx -O2 -Wall -Wextra -Werror -D_FORTIFY_SOURCE=1 -x c++ %S/Inputs/level.c -o %t/1
 * RUN: %t/1 | grep -x 'level 1'
 */
