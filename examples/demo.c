/* SPDX-License-Identifier: 0BSD */
/*
 * A name that is too long for its field spills into the next field. Built
 * plain, nothing notices and the user becomes an administrator; built with
 * fortify at level 2, strcpy traps before it writes past user.name.
 */
#include <stdio.h>
#include <string.h>

struct user {
	char name[8];
	char role[8];
};

int main(int argc, char **argv)
{
	struct user user;
	const char *name = argc > 1 ? argv[1] : "guest";

	strcpy(user.role, "guest");
	strcpy(user.name, name);
	printf("name \"%.8s\", role \"%s\"\n", user.name, user.role);
	return 0;
}
