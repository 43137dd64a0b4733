/* SPDX-License-Identifier: 0BSD */
/*
 * getentropy's wrapper, for unistd.h and sys/random.h: glibc declares
 * getentropy in both (musl in unistd.h only), and whichever of them comes
 * first defines it. The including header has decided that its libc
 * declares getentropy there.
 */
#pragma GCC system_header
#if !defined(getentropy) && !defined(__fortify_getentropy)
#define __fortify_getentropy
__fortify_declare_libc(getentropy)
__fortify_wrapper int
getentropy(void *const __buf __fortify_pass_bos0, size_t __n)
	__fortify_diagnose(getentropy, write, __n, __fortify_bos0(__buf))
{
	__fortify_check(getentropy, write, __buf, __n, __fortify_bos0(__buf));
	return __fortify_libc(getentropy)(__buf, __n);
}
__fortify_redeclare_libc(getentropy)
#endif
