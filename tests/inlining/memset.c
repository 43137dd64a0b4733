/* SPDX-License-Identifier: 0BSD */
/* memset through a sink (Inputs/sink.h) traps wherever glibc's own
 * fortification, with the same compiler and level, aborts.
 * RUN: %S/Inputs/as-glibc '%glibc-fortify' '%cc' %s %t
 */
#include <string.h>

#define WRITE(dst, n) memset(dst, 'x', n)
#include "Inputs/sink.h"
