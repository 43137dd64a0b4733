/* SPDX-License-Identifier: 0BSD */
/* Assembly includes libc headers for their macros (syscall numbers), with
 * the same CPPFLAGS as C: the headers stay out of its way there. (-w: glibc
 * itself warns there that level 3 is 2 with gcc 11, as it would without us.)
 * REQUIRES: c
 * RUN: printf '#include <features.h>\n#include <sys/syscall.h>\n\t.data\n\t.globl f\nf:\n\t.long SYS_write\n' > %t.S
 * RUN: %cc -w -x assembler-with-cpp -c %t.S -o %t.o
 * RUN: nm %t.o | FileCheck %s
 * CHECK: D f
 */
