/* SPDX-License-Identifier: 0BSD */
/* make install puts the headers under DESTDIR, PREFIX or INCLUDEDIR (an
 * empty PREFIX too), they work from there, and make uninstall removes them.
 * REQUIRES: level-2, c
 * RUN: rm -rf %t && make -s -C %S/../.. install DESTDIR=%t/a PREFIX=
 * RUN: %compiler -O2 -D_FORTIFY_SOURCE=2 -isystem %t/a/include/fortify %S/../string/strcpy.c -o %t/strcpy
 * RUN: %outcome trap %t/strcpy member
 * RUN: make -s -C %S/../.. install DESTDIR=%t/b INCLUDEDIR=/opt/inc
 * RUN: ls %t/b/opt/inc/fortify | FileCheck %s
 * RUN: make -s -C %S/../.. uninstall DESTDIR=%t/a PREFIX=
 * RUN: make -s -C %S/../.. uninstall DESTDIR=%t/b INCLUDEDIR=/opt/inc
 * RUN: find %t/a %t/b -type f | FileCheck %s --check-prefix=EMPTY --allow-empty
 * CHECK: __fortify.h
 * CHECK: features.h
 * CHECK: string.h
 * CHECK: strings.h
 * EMPTY-NOT: {{.}}
 */
