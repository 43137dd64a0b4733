/* SPDX-License-Identifier: 0BSD */
/* Calls every stdlib.h wrapper with sizes known and unknown. */
#include <stdlib.h>

void use_stdlib(char *unknown, int fd);

void use_stdlib(char *unknown, int fd)
{
	struct {
		char member[16];
		char after[16];
	} known;
	char small[2];
	wchar_t wide[8];
	int n;
	size_t total;

	n = wctomb(known.member, (wchar_t)'a');
	n += wctomb(small, (wchar_t)'a');
	n += wctomb(unknown, (wchar_t)'a');
	total = mbstowcs(wide, "ab", 8);
	total += mbstowcs((wchar_t *)(void *)unknown, "ab", (size_t)fd);
	total += wcstombs(known.member, L"ab", sizeof known.member);
	total += wcstombs(unknown, L"ab", (size_t)fd);
#ifdef _GNU_SOURCE
	{
		char resolved[4096];

		if (realpath(unknown, resolved) && realpath(resolved, unknown))
			total++;
		n += ptsname_r(fd, known.member, sizeof known.member);
		n += ptsname_r(fd, unknown, (size_t)fd);
	}
#endif
	(void)n;
	(void)total;
}
