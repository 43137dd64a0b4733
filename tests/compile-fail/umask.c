/* SPDX-License-Identifier: 0BSD */
/* umask: a constant mask with bits outside 0777 fails the compile (libc
 * would drop them: the caller meant something else), also through (umask).
 * A mask within 0777, or with every bit outside it set (the complement of
 * permission bits), compiles without a word (but for clang 23's own
 * -Wfortify-source, which warns about it with or without the headers).
 * RUN: not %cc -c %s -o /dev/null 2>&1 | FileCheck %s
 * RUN: not %cc -DMASK='S_IFREG | 0644' -DPARENTHESISED -c %s -o /dev/null 2>&1 | FileCheck %s
 * RUN: %cc -DMASK=0777 -c %s -o /dev/null
 * RUN: %cc -DMASK='~(S_IRUSR | S_IWUSR)' -Wno-unknown-warning-option -Wno-fortify-source -c %s -o /dev/null
 * CHECK: error: {{.*}}umask: mode bits outside 0777
 */
#include <sys/stat.h>

#ifndef MASK
#define MASK 01777
#endif

mode_t restrict_mask(void)
{
#ifndef PARENTHESISED
	return umask(MASK);
#else
	return (umask)(MASK);
#endif
}
