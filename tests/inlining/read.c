/* SPDX-License-Identifier: 0BSD */
/* read through a sink (Inputs/sink.h) traps wherever glibc's own
 * fortification, with the same compiler and level, aborts.
 * RUN: %S/Inputs/as-glibc '%glibc-fortify' '%cc' %s %t
 */
#include <unistd.h>

#define WRITE(dst, n) (void)!read(0, dst, n)
#include "Inputs/sink.h"
