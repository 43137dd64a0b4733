/* SPDX-License-Identifier: 0BSD */
/* One function per wrapper, called with sizes the compiler cannot know. */
#define _GNU_SOURCE 1
#include <sys/socket.h>
ssize_t f_recv(int fd, void *b, size_t n, int f) { return recv(fd, b, n, f); }
ssize_t f_recvfrom(int fd, void *b, size_t n, int f, struct sockaddr *a, socklen_t *l) { return recvfrom(fd, b, n, f, a, l); }
ssize_t f_send(int fd, const void *b, size_t n, int f) { return send(fd, b, n, f); }
ssize_t f_sendto(int fd, const void *b, size_t n, int f, const struct sockaddr *a, socklen_t l) { return sendto(fd, b, n, f, a, l); }
int f_accept(int fd, struct sockaddr *a, socklen_t *l) { return accept(fd, a, l); }
int f_getpeername(int fd, struct sockaddr *a, socklen_t *l) { return getpeername(fd, a, l); }
int f_getsockname(int fd, struct sockaddr *a, socklen_t *l) { return getsockname(fd, a, l); }
