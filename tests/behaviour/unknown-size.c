/* SPDX-License-Identifier: 0BSD */
/* Where no size is known, a wrapper compiles to exactly the plain call: the
 * assembly is the same as without fortify, but for gcc's label numbers and
 * the .fortify section that marks the object (gcc puts it between #APP and
 * #NO_APP, clang between comments, and clang 22 moves a .text directive
 * after it; see behaviour/marker.c).
 * Inputs/unknown-size/HEADER defines f_NAME, calling NAME, for every
 * wrapper NAME of HEADER. clang's printf-like wrappers are always called
 * (see __fortify_variadic_wrapper): those inputs leave them out. Identical functions (pread and pread64 on musl)
 * are not merged, which gcc decides from the code before it folds the sizes.
 * RUN: %S/../lit/wrappers %fortify-include > %t.list
 * RUN: while read -r h name checks; do \
 * RUN:   grep -q "f_$name(" %S/Inputs/unknown-size/$h || echo "not called: $name in $h"; done < %t.list > %t.missing
 * RUN: test ! -s %t.missing
 * RUN: for h in $(awk '{ print $1 }' %t.list | sort -u); do \
 * RUN:   %compiler %no-function-merging -DLEVEL=%level -O2 -S %S/Inputs/unknown-size/$h -o %t.plain.s || exit 1; \
 * RUN:   %cc %no-function-merging -DLEVEL=%level -S %S/Inputs/unknown-size/$h -o %t.fortified.s || exit 1; \
 * RUN:   for s in %t.plain.s %t.fortified.s; do \
 * RUN:     grep -v -e '\.ident' -e '\.file' -e '^#APP$' -e '^#NO_APP$' $s \
 * RUN:       | sed -E -e '/\.pushsection \.fortify/,/\.popsection/d' \
 * RUN:         -e '/Start of file scope inline assembly/,/End of file scope inline assembly/d' \
 * RUN:         -e '/^[[:space:]]*\.text$/d' -e 's/\.L(FB|FE|VL|BB|LV|C)[0-9]+/.L\1/g' > $s.normal; done; \
 * RUN:   diff %t.plain.s.normal %t.fortified.s.normal || { echo "differs: $h"; exit 1; }; \
 * RUN: done
 */
