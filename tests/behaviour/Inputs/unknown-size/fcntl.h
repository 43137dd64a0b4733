/* SPDX-License-Identifier: 0BSD */
/* One function per wrapper, called with flags and a mode the compiler
 * cannot know, and one without a mode, whose flags are then checked
 * unless constant, as glibc's __open_2 does: here they are. */
#define _GNU_SOURCE 1
/* musl 1.2.4 and later declare the *64 names only for this. */
#define _LARGEFILE64_SOURCE 1
#include <fcntl.h>
int f_open(const char *p, int flags, mode_t mode) { return open(p, flags, mode); }
int f_open_no_mode(const char *p) { return open(p, O_RDONLY); }
int f_openat(int fd, const char *p, int flags, mode_t mode) { return openat(fd, p, flags, mode); }
int f_openat_no_mode(int fd, const char *p) { return openat(fd, p, O_RDONLY); }
#ifdef __GLIBC__
int f_open64(const char *p, int flags, mode_t mode) { return open64(p, flags, mode); }
int f_open64_no_mode(const char *p) { return open64(p, O_RDONLY); }
int f_openat64(int fd, const char *p, int flags, mode_t mode) { return openat64(fd, p, flags, mode); }
int f_openat64_no_mode(int fd, const char *p) { return openat64(fd, p, O_RDONLY); }
#endif
#if defined(__GLIBC__) && (__GLIBC__ > 2 || __GLIBC_MINOR__ >= 43)
int f_openat2(int fd, const char *p, const struct open_how *how, size_t n) { return openat2(fd, p, how, n); }
#endif
