/* SPDX-License-Identifier: 0BSD */
#include <stdio.h>

#include "person.h"

int main(int argc, char **argv)
{
	struct person p = { "", 1 };

	if (argc != 2)
		return 2;
	person_set_name(&p, argv[1]);
	printf("hello, %s (%d)\n", p.name, p.id);
	return 0;
}
