/* SPDX-License-Identifier: 0BSD */
/* What autoconf puts in front of most of its test programs (its default
 * includes): make bench times compiling this to show what the headers cost
 * a translation unit that is little more than its includes. */
#include <stdio.h>
#include <sys/types.h>
#include <sys/stat.h>
#include <stdlib.h>
#include <stddef.h>
#include <string.h>
#include <strings.h>
#include <inttypes.h>
#include <stdint.h>
#include <unistd.h>

int main(void)
{
	return 0;
}
