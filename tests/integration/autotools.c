/* SPDX-License-Identifier: 0BSD */
/* An autotools + libtool project builds with CC=fortify-cc from a staged
 * install (make install DESTDIR=... PREFIX=/usr) and passes its tests; its
 * shared library is fortified: the program traps on a name too long for the
 * struct member the library copies it into.
 * REQUIRES: autotools, default-compiler, level-2, c
 * RUN: rm -rf %t && mkdir -p %t/project
 * RUN: make -s -C %S/../.. install DESTDIR=%t/root PREFIX=/usr
 * RUN: cp -R %S/Inputs/project/src/. %S/Inputs/project/autotools/. %t/project/
 * RUN: cd %t/project && autoreconf -fi > %t/log 2>&1
 * RUN: cd %t/project && env FORTIFY_CC='%driver' ./configure CC=%t/root/usr/bin/fortify-cc >> %t/log 2>&1
 * RUN: cd %t/project && env FORTIFY_CC='%driver' make >> %t/log 2>&1
 * RUN: cd %t/project && env FORTIFY_CC='%driver' make check >> %t/log 2>&1
 * RUN: %t/project/greet alice | grep -x 'hello, alice (1)'
 * RUN: %outcome trap %t/project/greet intruder
 * RUN: readelf -p .fortify %t/project/.libs/libperson.so | grep 'fortify .* level 2'
 */
