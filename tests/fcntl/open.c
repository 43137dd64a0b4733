/* SPDX-License-Identifier: 0BSD */
/* open needs a mode argument when its flags create a file (O_CREAT, or all
 * of O_TMPFILE's bits): without one, the call traps (constant flags, and
 * more arguments, fail the compile: tests/compile-fail/open-*.c). &open,
 * (open) and a redeclaration still work, and calls bind to the symbol
 * libc's header names (open64 with _FILE_OFFSET_BITS=64 on glibc).
 * RUN: rm -rf %t.dir && mkdir -p %t.dir
 * RUN: %cc %s -o %t
 * RUN: %t fit %t.dir | FileCheck %s
 * RUN: %outcome trap %t creat %t.dir
 * RUN: %outcome trap %t tmpfile %t.dir
 * RUN: %outcome trap %t parenthesised %t.dir
 * RUN: rm -rf %t.dir && mkdir -p %t.dir
 * RUN: %cc -DREDECLARE=1 %s -o %t.redeclared
 * RUN: %t.redeclared fit %t.dir | FileCheck %s
 * RUN: %outcome trap %t.redeclared creat %t.dir
 * RUN: for bits in 32 64; do \
 * RUN:   %compiler -O2 -D_FILE_OFFSET_BITS=$bits -c %s -o %t.plain.o && nm -u %t.plain.o | grep ' open' > %t.plain || exit 1; \
 * RUN:   %cc -D_FILE_OFFSET_BITS=$bits -c %s -o %t.fortified.o && nm -u %t.fortified.o | grep ' open' > %t.fortified || exit 1; \
 * RUN:   diff %t.plain %t.fortified || exit 1; \
 * RUN: done
 * CHECK: created with modes 640 604
 * CHECK-NEXT: opened again 1 1 1 1 1
 * CHECK-NEXT: opened the directory 1
 */
#define _GNU_SOURCE 1
/* musl 1.2.4 and later declare the *64 names only for this. */
#define _LARGEFILE64_SOURCE 1
#include <fcntl.h>
#include <sys/stat.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

/* open64.c runs these cases on open64. */
#ifndef FUNCTION
#define FUNCTION open
#endif

#ifdef REDECLARE
#ifdef __cplusplus
extern "C"
#endif
int FUNCTION(const char *, int, ...);
#endif


static int opaque(int n)
{
	volatile int hidden = n;

	return hidden;
}

static unsigned int mode_of(int fd)
{
	struct stat st;

	return fstat(fd, &st) == 0 ? (unsigned int)st.st_mode & 0777 : 01000;
}

int main(int argc, char **argv)
{
	const char *which = argc > 2 ? argv[1] : "";
	const char *dir = argc > 2 ? argv[2] : ".";
	char path[4096], other[4096];
	int (*pointer)(const char *, int, ...) = &FUNCTION;
	int fd;

	snprintf(path, sizeof path, "%s/file", dir);
	snprintf(other, sizeof other, "%s/other", dir);
	if (strcmp(which, "fit") == 0) {
		int created, again;

		umask(022);
		fd = FUNCTION(path, O_CREAT | O_WRONLY | O_EXCL, 0640);
		created = FUNCTION(other, opaque(O_CREAT | O_WRONLY | O_EXCL), (mode_t)0604);
		printf("created with modes %o %o\n", mode_of(fd), mode_of(created));
		again = FUNCTION(path, O_RDONLY);
		printf("opened again %d", again >= 0 && mode_of(again) == 0640);
		printf(" %d", FUNCTION(path, opaque(O_RDONLY)) >= 0);
		printf(" %d", (FUNCTION)(path, O_RDONLY) >= 0);
		printf(" %d", pointer(path, O_RDONLY) >= 0);
		printf(" %d\n", pointer(other, opaque(O_RDONLY), 0) >= 0);
		printf("opened the directory %d\n", FUNCTION(dir, opaque(O_RDONLY | O_DIRECTORY)) >= 0);
		return 0;
	} else if (strcmp(which, "creat") == 0) {
		fd = FUNCTION(path, opaque(O_CREAT | O_WRONLY));
	} else if (strcmp(which, "tmpfile") == 0) {
		fd = FUNCTION(dir, opaque(O_TMPFILE | O_RDWR));
	} else if (strcmp(which, "parenthesised") == 0) {
		fd = (FUNCTION)(path, opaque(O_CREAT | O_WRONLY));
	} else {
		printf("unknown case \"%s\"\n", which);
		return 2;
	}
	printf("no trap (%d)\n", fd);
	return 0;
}
