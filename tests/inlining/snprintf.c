/* SPDX-License-Identifier: 0BSD */
/* snprintf through a sink (Inputs/sink.h) traps wherever glibc's own
 * fortification, with the same compiler and level, aborts.
 * RUN: %S/Inputs/as-glibc '%glibc-fortify' '%cc' %s %t
 */
#include <stdio.h>

#define WRITE(dst, n) snprintf(dst, n, "%s", letters)
#include "Inputs/sink.h"
