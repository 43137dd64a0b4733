/* SPDX-License-Identifier: 0BSD */
/* make install puts the headers under DESTDIR, PREFIX or INCLUDEDIR (an
 * empty PREFIX too), exactly the tree under include/fortify, they work from
 * there (sys/ too), with the wrappers, pkg-config, specs and clang files
 * beside them (tests/integration uses those), and make uninstall removes
 * them all.
 * REQUIRES: level-2, c
 * RUN: rm -rf %t && make -s -C %S/../.. install DESTDIR=%t/a PREFIX=
 * RUN: %compiler -O2 -D_FORTIFY_SOURCE=2 -isystem %t/a/include/fortify %S/../string/strcpy.c -o %t/strcpy
 * RUN: %outcome trap %t/strcpy member
 * RUN: %compiler -O2 -D_FORTIFY_SOURCE=2 -isystem %t/a/include/fortify %S/../sys/socket/recv.c -o %t/recv
 * RUN: %outcome trap %t/recv whole
 * RUN: cd %t/a && find . -type f | grep -v '^\./include/fortify/' | sort | FileCheck %s --check-prefix=FILES
 * FILES:      ./bin/fortify-c++
 * FILES-NEXT: ./bin/fortify-cc
 * FILES-NEXT: ./share/fortify/fortify.cfg
 * FILES-NEXT: ./share/fortify/fortify.specs
 * FILES-NEXT: ./share/pkgconfig/fortify.pc
 * FILES-NOT:  {{.}}
 * RUN: make -s -C %S/../.. install DESTDIR=%t/b INCLUDEDIR=/opt/inc
 * RUN: cd %t/b/opt/inc/fortify && find . -type f | sort > %t/installed
 * RUN: cd %S/../../include/fortify && find . -type f | sort > %t/tree
 * RUN: diff %t/tree %t/installed
 * RUN: make -s -C %S/../.. uninstall DESTDIR=%t/a PREFIX=
 * RUN: make -s -C %S/../.. uninstall DESTDIR=%t/b INCLUDEDIR=/opt/inc
 * RUN: find %t/a %t/b -type f | FileCheck %s --check-prefix=EMPTY --allow-empty
 * EMPTY-NOT: {{.}}
 */
