/* SPDX-License-Identifier: 0BSD */
/* An inline function with external linkage that calls wrapped functions,
 * defined the same in every translation unit that includes it. */
#include <string.h>

inline const char *copy_name(char *dst, const char *name)
{
	memcpy(dst, "n:", 3);
	strcat(dst, name);
	return dst;
}

const char *second(char *dst);
