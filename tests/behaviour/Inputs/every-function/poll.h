/* SPDX-License-Identifier: 0BSD */
/* Calls every poll.h wrapper with sizes known and unknown. */
#include <poll.h>

void use_poll(char *unknown, int fd);

void use_poll(char *unknown, int fd)
{
	struct pollfd fds[2];
	int n;

	fds[0].fd = fd;
	fds[0].events = POLLIN;
	fds[1] = fds[0];
	n = poll(fds, 2, 0);
	n += poll((struct pollfd *)(void *)unknown, (nfds_t)fd, 0);
#ifdef _GNU_SOURCE
	{
		struct timespec no_wait;

		no_wait.tv_sec = 0;
		no_wait.tv_nsec = 0;
		n += ppoll(fds, 2, &no_wait, 0);
		n += ppoll((struct pollfd *)(void *)unknown, (nfds_t)fd, &no_wait, 0);
	}
#endif
	(void)n;
}
