/* SPDX-License-Identifier: 0BSD */
/* A program built with the headers says so in its .fortify section, for a
 * packager to check: one string, "fortify VERSION level LEVEL", however many
 * objects carry it, the same as the version macros and FORTIFY_LEVEL, the
 * level in effect. strip, also as Debian's dh_strip runs it, keeps it. A
 * build without _FORTIFY_SOURCE, or without optimisation, has none, and
 * FORTIFY_LEVEL 0.
 * RUN: %cc -DFIRST -c %s -o %t.first.o
 * RUN: %cc -c %s -o %t.second.o
 * RUN: %cc -x none %t.first.o %t.second.o -o %t
 * RUN: %t > %t.expected
 * RUN: grep -x 'fortify [0-9]*\.[0-9]*\.[0-9]* level %effective-level' %t.expected
 * RUN: readelf -p .fortify %t | sed -n 's/^.*\]  //p' > %t.marker
 * RUN: diff %t.expected %t.marker
 * RUN: strip -o %t.stripped %t && readelf -p .fortify %t.stripped | grep -c 'fortify ' | grep -x 1
 * RUN: strip --remove-section=.comment --remove-section=.note -o %t.stripped %t
 * RUN: readelf -p .fortify %t.stripped | grep -c 'fortify ' | grep -x 1
 * RUN: %compiler -O2 -isystem %fortify-include %s -DFIRST -DSECOND -o %t.plain
 * RUN: %t.plain | grep -x 'fortify [0-9.]* level 0'
 * RUN: readelf -S %t.plain | not grep -F .fortify
 * RUN: %compiler -O0 -isystem %fortify-include -D_FORTIFY_SOURCE=%level %s -DFIRST -DSECOND -o %t.unoptimised
 * RUN: %t.unoptimised | grep -x 'fortify [0-9.]* level 0'
 * RUN: readelf -S %t.unoptimised | not grep -F .fortify
 */
#include <stdio.h>
#include <string.h>

#if !defined(FORTIFY_VERSION_NUMBER) || FORTIFY_VERSION_NUMBER \
	!= FORTIFY_VERSION_MAJOR * 10000 + FORTIFY_VERSION_MINOR * 100 + FORTIFY_VERSION_PATCH
#error "version macros missing or inconsistent"
#endif

#ifdef FIRST
int second(void);

int main(void)
{
	printf("fortify %d.%d.%d level %d\n", FORTIFY_VERSION_MAJOR, FORTIFY_VERSION_MINOR,
		FORTIFY_VERSION_PATCH, FORTIFY_LEVEL);
	return second();
}
#endif

#if !defined(FIRST) || defined(SECOND)
int second(void)
{
	return 0;
}
#endif
