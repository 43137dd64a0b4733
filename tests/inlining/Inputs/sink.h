/* SPDX-License-Identifier: 0BSD */
/*
 * The function under test called in a small static function, the sink, that
 * takes the destination as a parameter, from a function that owns a
 * ROOM-byte array and is called twice: once with ROOM bytes, then with
 * ROOM + 1, the length hidden from the optimiser. SHAPE says how that
 * function reaches the sink:
 *
 *   ONCE     calls it, from its one call site;
 *   POINTER  passes it to a function that calls it through its parameter;
 *   SWITCH   calls it in the case of a switch that a constant argument
 *            selects (the other case calls it too);
 *   TWICE    calls it, and so does another function with its own array;
 *   INLINE   calls it, and it is declared static inline.
 *
 * gcc inlines such a sink into its caller, in a plain build and with glibc's
 * own fortification, which then checks the call against the array's size;
 * a wrapper must not make it look too costly to inline. A test file defines
 *
 *   WRITE(dst, n)  a call that writes n bytes into dst (for strings, n
 *                  counts the terminating NUL; dst starts empty; read
 *                  reads from standard input, /dev/zero),
 *
 * then includes this file; main() prints "no trap" if the overflow returns.
 */
#include <stdio.h>
#include <stddef.h>

#define ROOM 8
#define ONCE 1
#define POINTER 2
#define SWITCH 3
#define TWICE 4
#define INLINE 5

static const char letters[] = "abcdefghijklmnopqrstuvwxyz";
#define tail(n) (letters + (sizeof letters - 1) - (n))

static size_t opaque(size_t n)
{
	volatile size_t hidden = n;

	return hidden;
}

/* Makes what dst holds matter, so that the write into it is not dead. */
static void escape(char *dst)
{
	__asm__ __volatile__("" : : "r"(dst) : "memory");
}

#if SHAPE == INLINE
static __inline__ void
#else
static void
#endif
sink(char *dst, size_t n)
{
	WRITE(dst, n);
}

#if SHAPE == POINTER
static void through(void (*write_to)(char *, size_t), char *dst, size_t n)
{
	write_to(dst, n);
}
#endif

static void run(int kind, size_t n)
{
	char dst[ROOM] = "";

#if SHAPE == POINTER
	through(sink, dst, n);
#elif SHAPE == SWITCH
	switch (kind) {
	case 1:
		sink(dst, n);
		break;
	default:
		sink(dst, 1);
		break;
	}
#else
	sink(dst, n);
#endif
	(void)kind;
	escape(dst);
}

#if SHAPE == TWICE
static void also(size_t n)
{
	char dst[ROOM] = "";

	sink(dst, n);
	escape(dst);
}
#endif

int main(void)
{
#if SHAPE == TWICE
	also(opaque(ROOM));
#endif
	run(1, opaque(ROOM));
	run(1, opaque(ROOM + 1));
	printf("no trap\n");
	return 0;
}
