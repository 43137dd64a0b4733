/* SPDX-License-Identifier: 0BSD */
/* The second translation unit of cxx-odr.c. */
#include "odr.h"

const char *second(char *dst)
{
	return copy_name(dst, "second");
}
