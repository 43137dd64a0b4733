/* SPDX-License-Identifier: 0BSD */
/* Calls every unistd.h wrapper with a size known and unknown. glibc's
 * unistd.h has gid_t only for X/Open and POSIX 2001: sys/types.h has it. */
#include <sys/types.h>
#include <unistd.h>

void use_unistd(char *unknown, int fd);

void use_unistd(char *unknown, int fd)
{
	char known[16];
	long total = 0;

	total += read(fd, known, sizeof known);
	total += read(fd, unknown, 16);
	total += write(fd, known, sizeof known);
	total += write(fd, unknown, 16);
#if !defined(__GLIBC__) || defined(__USE_UNIX98) || defined(__USE_XOPEN2K8)
	total += pread(fd, known, sizeof known, 0);
	total += pread(fd, unknown, 16, 0);
	total += pwrite(fd, known, sizeof known, 0);
	total += pwrite(fd, unknown, 16, 0);
/* Where declared: musl 1.2.4 and later have the *64 names (macros) only
 * for _LARGEFILE64_SOURCE, which _GNU_SOURCE no longer implies. */
#if defined(__GLIBC__) ? defined(__USE_LARGEFILE64) : defined(pread64)
	total += pread64(fd, known, sizeof known, 0);
	total += pread64(fd, unknown, 16, 0);
	total += pwrite64(fd, known, sizeof known, 0);
	total += pwrite64(fd, unknown, 16, 0);
#endif
#endif
#if !defined(__GLIBC__) || defined(__USE_XOPEN_EXTENDED) || defined(__USE_XOPEN2K)
	total += readlink("link", known, sizeof known);
	total += readlink("link", unknown, 16);
	total += gethostname(known, sizeof known);
	total += gethostname(unknown, 16);
#endif
#if !defined(__GLIBC__) || defined(__USE_ATFILE)
	total += readlinkat(fd, "link", known, sizeof known);
	total += readlinkat(fd, "link", unknown, 16);
#endif
	if (getcwd(known, sizeof known) == NULL || getcwd(unknown, 16) == NULL)
		total = 0;
#if !defined(__GLIBC__) || defined(__USE_POSIX2)
	total += (long)confstr(fd, known, sizeof known);
	total += (long)confstr(fd, unknown, 16);
#endif
	{
		gid_t groups[4];

		total += getgroups(4, groups);
		total += getgroups(4, (gid_t *)(void *)unknown);
	}
#ifdef _GNU_SOURCE
	total += getdomainname(known, sizeof known);
	total += getdomainname(unknown, 16);
#endif
#if !defined(__GLIBC__) || defined(__USE_POSIX199506)
	total += getlogin_r(known, sizeof known);
	total += getlogin_r(unknown, 16);
#endif
	total += ttyname_r(fd, known, sizeof known);
	total += ttyname_r(fd, unknown, 16);
#ifdef _GNU_SOURCE
	swab(known, unknown, 16);
	swab(unknown, known, 16);
	total += getentropy(known, sizeof known);
	total += getentropy(unknown, 16);
#endif
	unknown[0] = (char)total;
}
