/* SPDX-License-Identifier: 0BSD */
/* Prints the headers' version as MAJOR.MINOR.PATCH. */
#include <stdio.h>

int main(void)
{
	printf("%d.%d.%d\n", FORTIFY_VERSION_MAJOR, FORTIFY_VERSION_MINOR, FORTIFY_VERSION_PATCH);
	return 0;
}
