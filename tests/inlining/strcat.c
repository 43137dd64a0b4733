/* SPDX-License-Identifier: 0BSD */
/* strcat through a sink (Inputs/sink.h) traps wherever glibc's own
 * fortification, with the same compiler and level, aborts.
 * RUN: %S/Inputs/as-glibc '%glibc-fortify' '%cc' %s %t
 */
#include <string.h>

#define WRITE(dst, n) strcat(dst, tail(n - 1))
#include "Inputs/sink.h"
