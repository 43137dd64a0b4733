/* SPDX-License-Identifier: 0BSD */
/* Calls every stdio.h wrapper with a size known and unknown. */
#include <stdarg.h>
#include <stdio.h>

void use_stdio(char *unknown, int fd);

__attribute__((__format__(__printf__, 2, 3)))
static int use_stdio_va_list(char *unknown, const char *fmt, ...)
{
	char known[16];
	va_list ap;
	int total;

	va_start(ap, fmt);
	total = vsprintf(known, fmt, ap);
	va_end(ap);
	va_start(ap, fmt);
	total += vsprintf(unknown, fmt, ap);
	va_end(ap);
#if !defined(__GLIBC__) || defined(__USE_ISOC99) || defined(__USE_UNIX98)
	va_start(ap, fmt);
	total += vsnprintf(known, sizeof known, fmt, ap);
	va_end(ap);
	va_start(ap, fmt);
	total += vsnprintf(unknown, 16, fmt, ap);
	va_end(ap);
#endif
	return total;
}

void use_stdio(char *unknown, int fd)
{
	char known[16];
	char *line = known;
	size_t total = 0;
	int printed;

	printed = sprintf(known, "%d", fd);
	printed += sprintf(unknown, "%d", fd);
#if !defined(__GLIBC__) || defined(__USE_ISOC99) || defined(__USE_UNIX98)
	printed += snprintf(known, sizeof known, "%d", fd);
	printed += snprintf(unknown, 16, "%d", fd);
#endif
	printed += use_stdio_va_list(unknown, "%d", fd);
	if (fgets(known, (int)sizeof known, stdin) == NULL
		|| fgets(unknown, 16, stdin) == NULL)
		line = NULL;
	total += fread(known, 1, sizeof known, stdin);
	total += fread(unknown, 1, 16, stdin);
	total += fwrite(known, 1, sizeof known, stdout);
	total += fwrite(unknown, 1, 16, stdout);
#ifdef _GNU_SOURCE
	if (fgets_unlocked(known, (int)sizeof known, stdin) == NULL
		|| fgets_unlocked(unknown, 16, stdin) == NULL)
		line = NULL;
	total += fread_unlocked(known, 1, sizeof known, stdin);
	total += fread_unlocked(unknown, 1, 16, stdin);
	total += fwrite_unlocked(known, 1, sizeof known, stdout);
	total += fwrite_unlocked(unknown, 1, 16, stdout);
#endif
	printf("%d %lu %s\n", printed, (unsigned long)total, line ? line : "");
}
