#!/bin/sh
# SPDX-License-Identifier: 0BSD
# Builds examples/demo.c twice, plain and fortified, runs both with a name
# that does not fit, and says what each did.
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
cc=${CC:-cc}
out=$top/build/demo
mkdir -p "$out"
input=intruderadmin

echo "== plain: $cc -O2 examples/demo.c"
$cc -O2 -o "$out/plain" "$top/examples/demo.c" || exit 1
"$out/plain" "$input"
echo "   -> the 14-byte name overflowed an 8-byte field unnoticed."

echo
echo "== fortified: $cc -O2 -D_FORTIFY_SOURCE=2 -isystem include/fortify examples/demo.c"
$cc -O2 -D_FORTIFY_SOURCE=2 -isystem "$top/include/fortify" -o "$out/fortified" "$top/examples/demo.c" || exit 1
"$out/fortified" "$input" 2>/dev/null
status=$?
case $status in
132 | 133) echo "   -> trapped (signal $((status - 128))) before strcpy wrote past the field." ;;
*) echo "   -> did NOT trap (exit status $status): fortify is not working here."; exit 1 ;;
esac
