/* SPDX-License-Identifier: 0BSD */
/*
 * glibc's <features.h> turns _FORTIFY_SOURCE into __USE_FORTIFY_LEVEL, once,
 * for whichever libc header comes first, and its headers then define their
 * own wrappers calling __*_chk. Every libc header includes <features.h>, so
 * hiding _FORTIFY_SOURCE here keeps glibc's fortification off whatever the
 * user includes first, and ours the only one. musl ignores the macro.
 */
#pragma GCC system_header
#include "__fortify.h"
#ifdef __fortify_level
#pragma push_macro("_FORTIFY_SOURCE")
#undef _FORTIFY_SOURCE
#include_next <features.h>
#pragma pop_macro("_FORTIFY_SOURCE")
#else
#include_next <features.h>
#endif
