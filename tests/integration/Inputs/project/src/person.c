/* SPDX-License-Identifier: 0BSD */
#include <string.h>

#include "person.h"

void person_set_name(struct person *p, const char *name)
{
	strcpy(p->name, name);
}
