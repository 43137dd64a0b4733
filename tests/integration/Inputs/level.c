/* SPDX-License-Identifier: 0BSD */
/* Prints the level in effect; copies its argument, if any, into a member
 * that holds 7 characters. */
#include <stdio.h>
#include <string.h>

struct person {
	char name[8];
	int id;
};

int main(int argc, char **argv)
{
	struct person p = { "", 0 };

	if (argc > 1)
		strcpy(p.name, argv[1]);
	printf("level %d\n", FORTIFY_LEVEL);
	return p.id;
}
