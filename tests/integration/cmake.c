/* SPDX-License-Identifier: 0BSD */
/* A CMake project builds with CC=fortify-cc from a staged install and
 * passes its tests; its shared library is fortified (see autotools.c).
 * REQUIRES: cmake, default-compiler, level-2, c
 * RUN: rm -rf %t && mkdir -p %t/project
 * RUN: make -s -C %S/../.. install DESTDIR=%t/root PREFIX=/usr
 * RUN: cp -R %S/Inputs/project/src/. %S/Inputs/project/cmake/. %t/project/
 * RUN: env CC=%t/root/usr/bin/fortify-cc FORTIFY_CC='%driver' \
 * RUN:   cmake -S %t/project -B %t/build -DCMAKE_BUILD_TYPE=RelWithDebInfo > %t/log 2>&1
 * RUN: env FORTIFY_CC='%driver' cmake --build %t/build >> %t/log 2>&1
 * RUN: cd %t/build && ctest >> %t/log 2>&1
 * RUN: %t/build/greet alice | grep -x 'hello, alice (1)'
 * RUN: %outcome trap %t/build/greet intruder
 * RUN: readelf -p .fortify %t/build/libperson.so | grep 'fortify .* level 2'
 */
