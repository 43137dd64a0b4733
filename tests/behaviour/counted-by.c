/* SPDX-License-Identifier: 0BSD */
/* At level 3, a flexible array member that counted_by ties to a count (gcc
 * 15, clang 18) has the size that count says, whatever was allocated: a copy
 * within the count runs, one element past it traps, although the heap
 * object has room for it. memcpy checks the whole object, strcpy the
 * sub-object; for such a member both are the counted size.
 * REQUIRES: counted-by, dynamic-sizes
 * RUN: %cc %s -o %t
 * RUN: %t fit | FileCheck %s
 * RUN: %outcome trap %t memcpy
 * RUN: %outcome trap %t strcpy
 * CHECK: copied "abcdefg" into a message of 8
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct message {
	size_t length;
	char text[] __attribute__((__counted_by__(length)));
};

static const char letters[] = "abcdefghijklmnopqrstuvwxyz";

/* A message with room for 8 + 8 bytes of text, of which it counts 8. */
static struct message *new_message(void)
{
	struct message *m = (struct message *)malloc(sizeof *m + 16);

	if (m == NULL)
		exit(2);
	m->length = 8;
	return m;
}

static size_t opaque(size_t n)
{
	volatile size_t hidden = n;

	return hidden;
}

int main(int argc, char **argv)
{
	struct message *m = new_message();
	const char *which = argc > 1 ? argv[1] : "";

	if (strcmp(which, "fit") == 0) {
		memcpy(m->text, letters, opaque(7));
		m->text[7] = '\0';
		printf("copied \"%s\" into a message of %zu\n", m->text, m->length);
	} else if (strcmp(which, "memcpy") == 0) {
		memcpy(m->text, letters, opaque(9));
	} else if (strcmp(which, "strcpy") == 0) {
		strcpy(m->text, letters + sizeof letters - 1 - opaque(8));
	}
	printf("no trap\n");
	free(m);
	return 0;
}
