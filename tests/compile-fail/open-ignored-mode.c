/* SPDX-License-Identifier: 0BSD */
/* open with constant flags that create no file (no O_CREAT, not O_TMPFILE)
 * and a mode: legal, the mode is ignored, and almost certainly a mistake, so
 * a warning (an error under -Werror). Flags known only at run time, or
 * flags that create the file, take a mode without a word.
 * RUN: not %cc -c %s -o /dev/null 2>&1 | FileCheck %s
 * RUN: %cc -Wno-error -c %s -o /dev/null 2>&1 | FileCheck %s --check-prefix=WARNING
 * RUN: %cc -DFLAGS='O_CREAT | O_WRONLY' -c %s -o /dev/null
 * RUN: %cc -DFLAGS=flags -c %s -o /dev/null
 * CHECK: open: the mode argument is ignored without O_CREAT or O_TMPFILE
 * WARNING: warning: {{.*}}open: the mode argument is ignored without O_CREAT or O_TMPFILE
 */
#include <fcntl.h>

#ifndef FLAGS
#define FLAGS O_RDONLY
#endif

int open_it(const char *path, int flags)
{
	(void)flags;
	return open(path, FLAGS, 0600);
}
