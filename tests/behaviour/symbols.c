/* SPDX-License-Identifier: 0BSD */
/* A fortified object references no __*_chk function and nothing of ours,
 * whichever libc header comes first: glibc's own fortification stays off.
 * RUN: %cc -D_GNU_SOURCE=1 -c %S/Inputs/every-function.h -o %t.o
 * RUN: nm -u %t.o | FileCheck %s
 * RUN: %cc -D_GNU_SOURCE=1 -include stdint.h -c %S/Inputs/every-function.h -o %t.o
 * RUN: nm -u %t.o | FileCheck %s
 * RUN: %cc -D_GNU_SOURCE=1 -include errno.h -c %S/Inputs/every-function.h -o %t.o
 * RUN: nm -u %t.o | FileCheck %s
 * RUN: %cc -D_GNU_SOURCE=1 -include features.h -c %S/Inputs/every-function.h -o %t.o
 * RUN: nm -u %t.o | FileCheck %s
 * RUN: %cc -D_GNU_SOURCE=1 -include stdio.h -c %S/Inputs/every-function.h -o %t.o
 * RUN: nm -u %t.o | FileCheck %s
 * RUN: %cc -c %S/Inputs/every-function.h -o %t.o
 * RUN: nm -u %t.o | FileCheck %s
 * RUN: nm %t.o | FileCheck %s --check-prefix=DEFINED
 * CHECK-NOT: _chk
 * CHECK-NOT: fortify
 * CHECK: read
 * CHECK-NOT: _chk
 * CHECK-NOT: fortify
 * DEFINED-NOT: {{ [TtWw] (mem|str|stp|bcopy|bzero|explicit_bzero)}}
 * DEFINED-NOT: fortify
 * DEFINED: T {{.*}}use_every_function
 * DEFINED-NOT: {{ [TtWw] (mem|str|stp|bcopy|bzero|explicit_bzero)}}
 * DEFINED-NOT: fortify
 */
