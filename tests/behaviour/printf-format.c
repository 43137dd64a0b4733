/* SPDX-License-Identifier: 0BSD */
/* The printf-like wrappers keep -Wformat: a misused format gets the
 * compiler's warning, once, at the caller's line, whether the size is known
 * or not and whether the headers come in with -isystem or -I. Correct calls
 * get nothing, even with -I and -Wformat=2 (-Wformat-nonliteral included):
 * nothing warns inside the wrappers.
 * RUN: %cc -Wno-error -DMISUSE -c %s -o %t.o 2>&1 \
 * RUN:   | FileCheck %s --implicit-check-not=warning: --implicit-check-not=error:
 * RUN: %compiler -O2 -D_FORTIFY_SOURCE=%level -I %fortify-include -Wno-error -DMISUSE -c %s -o %t.o 2>&1 \
 * RUN:   | FileCheck %s --implicit-check-not=warning: --implicit-check-not=error:
 * RUN: %compiler -O2 -D_FORTIFY_SOURCE=%level -I %fortify-include -Wformat=2 -Wformat-nonliteral \
 * RUN:   -Wpedantic -c %s -o %t.o
 */
#include <stdarg.h>
#include <stdio.h>

__attribute__((__format__(__printf__, 2, 0)))
static int format_list(char *unknown, const char *fmt, va_list ap)
{
	char known[16];
	va_list again;
	int n;

	va_copy(again, ap);
	n = vsprintf(known, fmt, ap);
	n += vsnprintf(unknown, 16, fmt, again);
	va_end(again);
	return n;
}

__attribute__((__format__(__printf__, 2, 3)))
static int format(char *unknown, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = format_list(unknown, fmt, ap);
	va_end(ap);
	return n;
}

int correct(char *unknown, int i)
{
	char known[16];

	return sprintf(known, "%d", i) + snprintf(known, sizeof known, "%s", "x")
		+ sprintf(unknown, "%d", i) + snprintf(unknown, 16, "%s", "x")
		+ format(unknown, "%d %s", i, "x");
}

#ifdef MISUSE
void misuse(char *unknown, va_list ap)
{
	char known[8];

	/* Each CHECK is 9 lines above its call.
	 * CHECK: printf-format.c:[[@LINE+9]]:{{[0-9]+}}: warning: format {{.*}}[-Wformat
	 * CHECK: printf-format.c:[[@LINE+9]]:{{[0-9]+}}: warning: format {{.*}}[-Wformat
	 * CHECK: printf-format.c:[[@LINE+9]]:{{[0-9]+}}: warning: format {{.*}}[-Wformat
	 * CHECK: printf-format.c:[[@LINE+9]]:{{[0-9]+}}: warning: format {{.*}}[-Wformat
	 * CHECK: printf-format.c:[[@LINE+9]]:{{[0-9]+}}: warning: {{.*}}conversion {{.*}}[-Wformat
	 * CHECK: printf-format.c:[[@LINE+9]]:{{[0-9]+}}: warning: {{.*}}conversion {{.*}}[-Wformat
	 * CHECK: printf-format.c:[[@LINE+9]]:{{[0-9]+}}: warning: {{.*}}conversion {{.*}}[-Wformat
	 * CHECK: printf-format.c:[[@LINE+9]]:{{[0-9]+}}: warning: {{.*}}conversion {{.*}}[-Wformat
	 */
	sprintf(known, "%d", "x");
	sprintf(unknown, "%d", "x");
	snprintf(known, sizeof known, "%d", "x");
	snprintf(unknown, 8, "%d", "x");
	vsprintf(known, "%y", ap);
	vsprintf(unknown, "%y", ap);
	vsnprintf(known, sizeof known, "%y", ap);
	vsnprintf(unknown, 8, "%y", ap);
}
#endif
