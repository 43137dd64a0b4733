/* SPDX-License-Identifier: 0BSD */
/* Calls every sys/socket.h wrapper with a size known and unknown. */
#include <sys/socket.h>
#include <sys/un.h>

void use_sys_socket(char *unknown, int fd);

void use_sys_socket(char *unknown, int fd)
{
	char buffer[16];
	struct sockaddr_un known;
	struct sockaddr *address = (struct sockaddr *)(void *)unknown;
	socklen_t length = (socklen_t)sizeof known;
	ssize_t total = 0;

	total += recv(fd, buffer, sizeof buffer, 0);
	total += recv(fd, unknown, 16, 0);
	total += recvfrom(fd, buffer, sizeof buffer, 0, (struct sockaddr *)&known, &length);
	total += recvfrom(fd, unknown, 16, 0, address, &length);
	total += recvfrom(fd, buffer, sizeof buffer, 0, 0, 0);
	total += send(fd, buffer, sizeof buffer, 0);
	total += send(fd, unknown, 16, 0);
	total += sendto(fd, buffer, sizeof buffer, 0, (struct sockaddr *)&known, length);
	total += sendto(fd, unknown, 16, 0, address, length);
	total += accept(fd, (struct sockaddr *)&known, &length);
	total += accept(fd, address, &length);
	total += accept(fd, 0, 0);
	total += getpeername(fd, (struct sockaddr *)&known, &length);
	total += getpeername(fd, address, &length);
	total += getsockname(fd, (struct sockaddr *)&known, &length);
	total += getsockname(fd, address, &length);
#if defined(__GLIBC__) && defined(__USE_GNU) && !defined(__cplusplus)
	/* glibc's transparent union takes every struct sockaddr_* uncast. */
	total += recvfrom(fd, buffer, sizeof buffer, 0, &known, &length);
	total += sendto(fd, buffer, sizeof buffer, 0, &known, length);
	total += accept(fd, &known, &length);
	total += getpeername(fd, &known, &length);
	total += getsockname(fd, &known, &length);
#endif
	(void)send(fd, &total, sizeof total, 0);
}
