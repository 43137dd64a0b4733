/* SPDX-License-Identifier: 0BSD */
/* One function per wrapper, called with a mask the compiler cannot know. */
#define _GNU_SOURCE 1
#include <sys/stat.h>
mode_t f_umask(mode_t m) { return umask(m); }
