/* SPDX-License-Identifier: 0BSD */
/* Where no size is known, a wrapper compiles to exactly the plain call: the
 * assembly is the same as without fortify, but for gcc's label numbers.
 * Inputs/unknown-size.h must call every wrapper.
 * RUN: sed -n '/^__fortify_wrapper/{n;s/(.*//p;}' %fortify-include/*.h | while read -r name; do \
 * RUN:   grep -q "f_$name(" %S/Inputs/unknown-size.h || echo "not called: $name"; done > %t.missing
 * RUN: test ! -s %t.missing
 * RUN: %compiler -O2 -S %S/Inputs/unknown-size.h -o %t.plain.s
 * RUN: %cc -S %S/Inputs/unknown-size.h -o %t.fortified.s
 * RUN: for s in %t.plain.s %t.fortified.s; do \
 * RUN:   grep -v -e '\.ident' -e '\.file' $s | sed -E 's/\.L(FB|FE|VL|BB|LV|C)[0-9]+/.L\1/g' > $s.normal; done
 * RUN: diff %t.plain.s.normal %t.fortified.s.normal
 */
