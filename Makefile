# SPDX-License-Identifier: 0BSD
PREFIX = /usr/local
INCLUDEDIR = $(PREFIX)/include
DESTDIR =

# make check runs the default gcc and clang (Debian bookworm: gcc-12 and
# clang-14) over every level, libc and language; check-all adds every other
# compiler Debian bookworm has, at level 2 (OTHER_LEVELS), which is what CI
# runs: with level 3 too it would take about 75 minutes of CI's 90. Narrow any axis on the command line, for example
# make check COMPILERS=clang-19 LIBCS=musl LEVELS=3 LANGS=c
COMPILERS = gcc clang
OTHER_COMPILERS = gcc-11 clang-13 clang-15 clang-16 clang-19 clang-22
OTHER_LEVELS = 2
LIBCS = glibc musl
LEVELS = 1 2 3
LANGS = c c++

# Relative to include/fortify; sys/ and arpa/ keep libc's layout.
HEADERS = __fortify.h features.h fcntl.h poll.h stdio.h stdlib.h string.h strings.h \
	unistd.h wchar.h arpa/inet.h sys/random.h sys/select.h sys/socket.h sys/stat.h sys/uio.h
HEADER_DIRS = arpa sys

all:
	@echo "Header-only: nothing to build. Targets: check, check-all, demo, install, uninstall."

check:
	@scripts/setup --lit $(COMPILERS)
	@tests/matrix.py --compilers "$(COMPILERS)" --libcs "$(LIBCS)" --levels "$(LEVELS)" --langs "$(LANGS)"

check-all:
	@scripts/setup --lit $(COMPILERS) $(OTHER_COMPILERS)
	@tests/matrix.py --compilers "$(COMPILERS)" --others "$(OTHER_COMPILERS)" \
		--other-levels "$(OTHER_LEVELS)" --libcs "$(LIBCS)" --levels "$(LEVELS)" --langs "$(LANGS)"

# Empty PACKAGES, CONFIGS and REALWORLD_CACHE mean the script's defaults
# (realworld/realworld.py --help).
realworld:
	@realworld/realworld.py --packages "$(PACKAGES)" --configs "$(CONFIGS)" --cache "$(REALWORLD_CACHE)"

demo:
	@scripts/setup gcc
	@examples/demo.sh

install:
	for d in . $(HEADER_DIRS); do mkdir -p "$(DESTDIR)$(INCLUDEDIR)/fortify/$$d" || exit 1; done
	for h in $(HEADERS); do \
		cp "include/fortify/$$h" "$(DESTDIR)$(INCLUDEDIR)/fortify/$$h" \
		&& chmod 644 "$(DESTDIR)$(INCLUDEDIR)/fortify/$$h" || exit 1; \
	done

uninstall:
	for h in $(HEADERS); do rm -f "$(DESTDIR)$(INCLUDEDIR)/fortify/$$h"; done
	-for d in $(HEADER_DIRS); do rmdir "$(DESTDIR)$(INCLUDEDIR)/fortify/$$d"; done
	-rmdir "$(DESTDIR)$(INCLUDEDIR)/fortify"

clean:
	rm -rf build

.PHONY: all check check-all realworld demo install uninstall clean
