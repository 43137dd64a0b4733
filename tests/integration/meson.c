/* SPDX-License-Identifier: 0BSD */
/* A Meson project builds with CC=fortify-cc from a staged install and
 * passes its tests; its shared library is fortified (see autotools.c).
 * Meson's default build type does not optimise: debugoptimized does.
 * REQUIRES: meson, default-compiler, level-2, c
 * RUN: rm -rf %t && mkdir -p %t/project
 * RUN: make -s -C %S/../.. install DESTDIR=%t/root PREFIX=/usr
 * RUN: cp -R %S/Inputs/project/src/. %S/Inputs/project/meson/. %t/project/
 * RUN: env CC=%t/root/usr/bin/fortify-cc FORTIFY_CC='%driver' \
 * RUN:   meson setup --buildtype=debugoptimized %t/build %t/project > %t/log 2>&1
 * RUN: env FORTIFY_CC='%driver' meson compile -C %t/build >> %t/log 2>&1
 * RUN: env FORTIFY_CC='%driver' meson test -C %t/build >> %t/log 2>&1
 * RUN: %t/build/greet alice | grep -x 'hello, alice (1)'
 * RUN: %outcome trap %t/build/greet intruder
 * RUN: readelf -p .fortify %t/build/libperson.so | grep 'fortify .* level 2'
 */
