/* SPDX-License-Identifier: 0BSD */
/* One function per wrapper, called with sizes the compiler cannot know. */
#define _GNU_SOURCE 1
/* musl 1.2.4 and later declare the *64 names only for this. */
#define _LARGEFILE64_SOURCE 1
#include <unistd.h>
ssize_t f_read(int fd, void *d, size_t n) { return read(fd, d, n); }
ssize_t f_write(int fd, const void *s, size_t n) { return write(fd, s, n); }
ssize_t f_pread(int fd, void *d, size_t n, off_t o) { return pread(fd, d, n, o); }
ssize_t f_pwrite(int fd, const void *s, size_t n, off_t o) { return pwrite(fd, s, n, o); }
ssize_t f_pread64(int fd, void *d, size_t n, off64_t o) { return pread64(fd, d, n, o); }
ssize_t f_pwrite64(int fd, const void *s, size_t n, off64_t o) { return pwrite64(fd, s, n, o); }
ssize_t f_readlink(const char *p, char *d, size_t n) { return readlink(p, d, n); }
ssize_t f_readlinkat(int fd, const char *p, char *d, size_t n) { return readlinkat(fd, p, d, n); }
char *f_getcwd(char *d, size_t n) { return getcwd(d, n); }
size_t f_confstr(int name, char *d, size_t n) { return confstr(name, d, n); }
int f_getgroups(int n, gid_t *d) { return getgroups(n, d); }
int f_gethostname(char *d, size_t n) { return gethostname(d, n); }
int f_getdomainname(char *d, size_t n) { return getdomainname(d, n); }
int f_getlogin_r(char *d, size_t n) { return getlogin_r(d, n); }
int f_ttyname_r(int fd, char *d, size_t n) { return ttyname_r(fd, d, n); }
void f_swab(const void *s, void *d, ssize_t n) { swab(s, d, n); }
int f_getentropy(void *d, size_t n) { return getentropy(d, n); }
