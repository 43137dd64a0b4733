# SPDX-License-Identifier: 0BSD
PREFIX = /usr/local
BINDIR = $(PREFIX)/bin
INCLUDEDIR = $(PREFIX)/include
DATADIR = $(PREFIX)/share
PKGCONFIGDIR = $(DATADIR)/pkgconfig
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
HEADERS = __fortify.h __getentropy.h features.h fcntl.h poll.h stdio.h stdlib.h string.h strings.h \
	unistd.h wchar.h arpa/inet.h sys/poll.h sys/random.h sys/select.h sys/socket.h sys/stat.h sys/uio.h
HEADER_DIRS = arpa sys

all:
	@echo "Header-only: nothing to build. Targets: check, check-all, realworld, bench, demo, install, uninstall."

# RELEASE=trixie or RELEASE=sid runs the same inside a Debian root of that
# release (made under build/roots when missing; needs root), whose gcc and
# clang are its defaults (trixie: gcc-14, clang-19; sid: gcc-16, clang-21)
# and whose other compilers are these. check-releases runs what CI runs of
# both: the defaults at levels 2 and 3 in C, and in C++ at level 2.
RELEASE =
OTHER_COMPILERS_trixie = gcc-12 gcc-13 clang-17 clang-18
OTHER_COMPILERS_sid = gcc-13 gcc-14 gcc-15 clang-19 clang-22 clang-23
RELEASES = trixie sid

check:
	@if [ -n "$(RELEASE)" ]; then \
		scripts/check-release $(RELEASE) --compilers "$(COMPILERS)" --libcs "$(LIBCS)" \
			--levels "$(LEVELS)" --langs "$(LANGS)"; \
	else \
		scripts/setup --lit $(COMPILERS) && \
		tests/matrix.py --compilers "$(COMPILERS)" --libcs "$(LIBCS)" --levels "$(LEVELS)" --langs "$(LANGS)"; \
	fi

check-all:
	@if [ -n "$(RELEASE)" ]; then \
		scripts/check-release $(RELEASE) --compilers "$(COMPILERS)" --others "$(OTHER_COMPILERS_$(RELEASE))" \
			--other-levels "$(OTHER_LEVELS)" --libcs "$(LIBCS)" --levels "$(LEVELS)" --langs "$(LANGS)"; \
	else \
		scripts/setup --lit $(COMPILERS) $(OTHER_COMPILERS) && \
		tests/matrix.py --compilers "$(COMPILERS)" --others "$(OTHER_COMPILERS)" \
			--other-levels "$(OTHER_LEVELS)" --libcs "$(LIBCS)" --levels "$(LEVELS)" --langs "$(LANGS)"; \
	fi

check-releases:
	@status=0; for r in $(RELEASES); do \
		scripts/check-release $$r --compilers "gcc clang" --libcs "$(LIBCS)" --levels "2 3" --langs c \
			|| status=1; \
		scripts/check-release $$r --compilers "gcc clang" --libcs "$(LIBCS)" --levels 2 --langs c++ \
			|| status=1; \
	done; exit $$status

# Empty PACKAGES, CONFIGS and REALWORLD_CACHE mean the script's defaults
# (realworld/realworld.py --help).
realworld:
	@realworld/realworld.py --packages "$(PACKAGES)" --configs "$(CONFIGS)" --cache "$(REALWORLD_CACHE)"

# Builds realworld's packages plain, fortified and with glibc's own fortify,
# measures them, and writes docs/performance.md and docs/performance.png.
# Empty PACKAGES, BENCH_CONFIGS and REPEAT mean the script's defaults
# (bench/bench.py --help); a bench configuration is COMPILER-LIBC (gcc-musl),
# without realworld's level, since every variant is measured.
bench:
	@bench/bench.py --packages "$(PACKAGES)" --configs "$(BENCH_CONFIGS)" --repeat "$(REPEAT)" \
		--cache "$(REALWORLD_CACHE)"

demo:
	@scripts/setup gcc
	@examples/demo.sh

# Only POSIX mkdir, cp, chmod, sed and sh. Besides the headers: the compiler
# wrappers, which find the headers relative to their own directory (so the
# path from BINDIR to INCLUDEDIR is written into them); the pkg-config file;
# and a gcc specs file and a clang configuration file that turn fortify on
# through the compiler's defaults. Those three name INCLUDEDIR itself.
install:
	for d in . $(HEADER_DIRS); do mkdir -p "$(DESTDIR)$(INCLUDEDIR)/fortify/$$d" || exit 1; done
	for h in $(HEADERS); do \
		cp "include/fortify/$$h" "$(DESTDIR)$(INCLUDEDIR)/fortify/$$h" \
		&& chmod 644 "$(DESTDIR)$(INCLUDEDIR)/fortify/$$h" || exit 1; \
	done
	mkdir -p "$(DESTDIR)$(BINDIR)" "$(DESTDIR)$(DATADIR)/fortify" "$(DESTDIR)$(PKGCONFIGDIR)"
	from="$(BINDIR)"; up=; \
	case $$from:$(INCLUDEDIR) in /*:/*) ;; *) echo "install: BINDIR and INCLUDEDIR must be absolute" >&2; exit 1 ;; esac; \
	until case "$(INCLUDEDIR)/" in "$$from"/*) true ;; *) false ;; esac; do from=$${from%/*}; up=../$$up; done; \
	relative=$$up$$(echo "$(INCLUDEDIR)/fortify" | sed "s|^$$from/||"); \
	for name in fortify-cc fortify-c++; do \
		sed "s|^relative_includedir=.*|relative_includedir=$$relative|" bin/fortify-cc \
			> "$(DESTDIR)$(BINDIR)/$$name" && chmod 755 "$(DESTDIR)$(BINDIR)/$$name" || exit 1; \
	done
	version=$$(sed -n 's/^#define FORTIFY_VERSION_[A-Z]* \([0-9][0-9]*\)$$/\1/p' include/fortify/__fortify.h \
		| paste -s -d . -); \
	case "$(INCLUDEDIR)" in \
	"$(PREFIX)"/*) pc_includedir='$${prefix}'$$(echo "$(INCLUDEDIR)" | sed "s|^$(PREFIX)||") ;; \
	*) pc_includedir="$(INCLUDEDIR)" ;; \
	esac; \
	for f in "share/fortify.specs.in $(DATADIR)/fortify/fortify.specs" \
		"share/fortify.cfg.in $(DATADIR)/fortify/fortify.cfg" \
		"share/fortify.pc.in $(PKGCONFIGDIR)/fortify.pc"; do \
		set -- $$f; \
		sed -e "s|@PREFIX@|$(PREFIX)|g" -e "s|@INCLUDEDIR@|$(INCLUDEDIR)|g" -e "s|@DATADIR@|$(DATADIR)|g" \
			-e "s|@PC_INCLUDEDIR@|$$pc_includedir|g" -e "s|@VERSION@|$$version|g" "$$1" \
			> "$(DESTDIR)$$2" && chmod 644 "$(DESTDIR)$$2" || exit 1; \
	done

uninstall:
	for h in $(HEADERS); do rm -f "$(DESTDIR)$(INCLUDEDIR)/fortify/$$h"; done
	-for d in $(HEADER_DIRS); do rmdir "$(DESTDIR)$(INCLUDEDIR)/fortify/$$d"; done
	-rmdir "$(DESTDIR)$(INCLUDEDIR)/fortify"
	rm -f "$(DESTDIR)$(BINDIR)/fortify-cc" "$(DESTDIR)$(BINDIR)/fortify-c++" \
		"$(DESTDIR)$(DATADIR)/fortify/fortify.specs" "$(DESTDIR)$(DATADIR)/fortify/fortify.cfg" \
		"$(DESTDIR)$(PKGCONFIGDIR)/fortify.pc"
	-rmdir "$(DESTDIR)$(DATADIR)/fortify"

clean:
	rm -rf build

.PHONY: all check check-all check-releases realworld bench demo install uninstall clean
