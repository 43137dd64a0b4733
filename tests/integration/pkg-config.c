/* SPDX-License-Identifier: 0BSD */
/* pkg-config answers for an installed fortify: Cflags with the include
 * directory and no level, the level as a variable, the headers' version.
 * REQUIRES: pkg-config, default-compiler, level-2, c
 * RUN: rm -rf %t && make -s -C %S/../.. install DESTDIR=%t/root PREFIX=/usr
 * RUN: export PKG_CONFIG_PATH=%t/root/usr/share/pkgconfig
 * RUN: pkg-config --cflags fortify | grep -x -- '-isystem /usr/include/fortify *'
 * RUN: pkg-config --variable=level fortify | grep -x 2
 * RUN: %compiler -O2 -isystem %fortify-include %S/Inputs/version.c -o %t/version
 * RUN: test "$(pkg-config --modversion fortify)" = "$(%t/version)"
 * RUN: flags="$(PKG_CONFIG_SYSROOT_DIR=%t/root pkg-config --cflags fortify) -D_FORTIFY_SOURCE=$(pkg-config --variable=level fortify)"
 * RUN: %compiler -O2 $flags %S/Inputs/level.c -o %t/level && %t/level | grep -x 'level 2'
 * RUN: %outcome trap %t/level 12345678
 */
