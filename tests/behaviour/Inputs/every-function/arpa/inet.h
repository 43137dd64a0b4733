/* SPDX-License-Identifier: 0BSD */
/* Calls every arpa/inet.h wrapper with sizes known and unknown. */
#include <arpa/inet.h>

void use_arpa_inet(char *unknown, int fd);

void use_arpa_inet(char *unknown, int fd)
{
	struct in6_addr address;
	char text[INET6_ADDRSTRLEN];
	const char *s;
	int n;

	n = inet_pton(AF_INET6, "::1", &address);
	n += inet_pton(fd, "::1", unknown);
	s = inet_ntop(AF_INET6, &address, text, (socklen_t)sizeof text);
	s = inet_ntop(fd, &address, unknown, (socklen_t)fd);
	(void)n;
	(void)s;
}
