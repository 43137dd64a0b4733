/* SPDX-License-Identifier: 0BSD */
struct person {
	char name[8];
	int id;
};

/* Copies name into p->name, which holds 7 characters. */
void person_set_name(struct person *p, const char *name);
