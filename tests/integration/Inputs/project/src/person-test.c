/* SPDX-License-Identifier: 0BSD */
#include <string.h>

#include "person.h"

int main(void)
{
	struct person p = { "", 7 };

	person_set_name(&p, "1234567");
	return strcmp(p.name, "1234567") != 0 || p.id != 7;
}
