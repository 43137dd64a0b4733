/* SPDX-License-Identifier: 0BSD */
/*
 * The FORTIFY mechanism. The public wrapper headers (string.h, ...) are flat
 * lists of wrappers written with the macros below; everything that differs
 * between compilers, levels and languages is decided here, once.
 *
 * Active only with _FORTIFY_SOURCE > 0, optimisation on, and gcc or clang.
 * Otherwise this header defines nothing, and each wrapper header is exactly
 * the libc header it includes.
 *
 * A wrapper is an extern gnu_inline always_inline definition of the libc
 * function: it is inlined into every call, never emitted, so &memcpy is
 * still libc's memcpy and no new symbol is needed from libc.
 *
 * gcc keeps sub-object sizes (__builtin_object_size type 1) through
 * inlining, so its wrapper has libc's prototype. clang computes object sizes
 * after inlining, when a member's size has become the whole struct's; so for
 * clang the wrapper is an overload whose pointer parameters carry
 * pass_object_size, evaluated at the call site. Such an overload cannot have
 * its address taken, so &memcpy (and the wrapper's own call) still resolves to
 * libc's declaration.
 *
 * A wrapper calls libc through __fortify_builtin(fn) where the compiler has
 * a builtin (gcc keeps expanding small copies inline) and through
 * __fortify_libc(fn) otherwise: under gcc, a call to its own name would be
 * inlined into itself forever, so the call goes through an alias bound to
 * the same symbol, declared by __fortify_declare_libc(fn). Each wrapper is
 * followed by __fortify_redeclare_libc(fn). Both expand to whole declarations,
 * ';' included, or to nothing.
 *
 * Levels follow glibc: __fortify_bos0 is the whole object at every level,
 * for byte buffers (mem*, bzero, read, ...); __fortify_bos is the whole
 * object at level 1 and the innermost sub-object from level 2, for strings
 * and names. Level 3 asks for the same sizes with
 * __builtin_dynamic_object_size, where the compiler has it (else level 2).
 * The size query in a wrapper must use the same kind as its parameter's
 * __fortify_pass_bos0 / __fortify_pass_bos annotation.
 *
 * An overflow calls FORTIFY_FAIL("function"), if the user defines FORTIFY_FAIL
 * as the name of a function void (const char *), and then traps: an overflow
 * never reaches libc, even if that function returns.
 */
#if defined(_FORTIFY_SOURCE) && _FORTIFY_SOURCE > 0 && defined(__OPTIMIZE__) \
	&& defined(__GNUC__) \
	&& (defined(__clang__) || __GNUC__ > 4 || (__GNUC__ == 4 && __GNUC_MINOR__ >= 4))
#ifndef __fortify_level

#if defined(__has_builtin) && _FORTIFY_SOURCE > 2
#if __has_builtin(__builtin_dynamic_object_size)
#define __fortify_level 3
#endif
#endif
#ifndef __fortify_level
#if _FORTIFY_SOURCE > 1
#define __fortify_level 2
#else
#define __fortify_level 1
#endif
#endif

#if __fortify_level > 1
#define __fortify_string_type 1
#else
#define __fortify_string_type 0
#endif

#if __fortify_level > 2
#define __fortify_object_size __builtin_dynamic_object_size
#else
#define __fortify_object_size __builtin_object_size
#endif

#define __fortify_bos0(ptr) __fortify_object_size(ptr, 0)
#define __fortify_bos(ptr) __fortify_object_size(ptr, __fortify_string_type)
#define __fortify_unknown(size) ((size) == (__SIZE_TYPE__)-1)

#define __fortify_inline extern __inline__ \
	__attribute__((__gnu_inline__, __always_inline__, __artificial__))
/* The helpers below cannot throw; saying so keeps C++ wrappers that are
 * noexcept free of terminate landing pads. */
#define __fortify_helper __fortify_inline __attribute__((__nothrow__))

#ifdef __clang__
#if __fortify_level > 2
#define __fortify_pass_size(type) __attribute__((__pass_dynamic_object_size__(type)))
#else
#define __fortify_pass_size(type) __attribute__((__pass_object_size__(type)))
#endif
#define __fortify_wrapper __fortify_inline __attribute__((__overloadable__))
#define __fortify_pass_bos0 __fortify_pass_size(0)
#define __fortify_pass_bos __fortify_pass_size(__fortify_string_type)
#define __fortify_builtin(fn) (&fn)
#define __fortify_libc(fn) (&fn)
#define __fortify_declare_libc(fn)
#define __fortify_declare_libc_as(fn, symbol)
/* Makes clang choose a wrapper over libc's declaration of the same
 * parameters, where no object size is needed to tell them apart. */
#define __fortify_preferred __fortify_pass_size(0)
/*
 * A misuse that is certain when the arguments are constants fails the
 * compile: clang decides it at the call site, from __fortify_error_if on
 * the wrapper; gcc, after inlining, from __fortify_error_when in its body,
 * which calls a function declared by __fortify_error_function. Write all
 * three, with the same condition and message.
 */
#define __fortify_error_if(cond, message) \
	__attribute__((__diagnose_if__(cond, message, "error")))
#define __fortify_error_function(name, message)
#define __fortify_error_when(cond, name)
/*
 * printf-like functions: clang cannot forward "..." from an inline
 * function, so its wrappers are static, take the arguments as a va_list,
 * and leave the checks to the v* wrapper they call, to which
 * pass_object_size hands the caller's object size. Below level 3 every size
 * they can check is known at compile time, and __fortify_if_known keeps an
 * unknown one on libc's function, for exactly the plain call.
 */
#define __fortify_variadic_wrapper static __inline__ __attribute__((__overloadable__))
#if __fortify_level > 2
#define __fortify_if_known(size)
#else
#define __fortify_if_known(size) __attribute__((__enable_if__(!__fortify_unknown(size), "")))
#endif
#else
#define __fortify_wrapper __fortify_inline
#define __fortify_pass_bos0
#define __fortify_pass_bos
#define __fortify_builtin(fn) __builtin_##fn
#define __fortify_libc(fn) __fortify_libc_##fn
#define __fortify_declare_libc(fn) __fortify_declare_libc_as(fn, fn)
/* For a function that libc's header binds to another symbol (LFS, time64),
 * which gcc cannot look up: the caller names the same symbol. */
#define __fortify_declare_libc_as(fn, symbol) \
	extern __typeof__(fn) __fortify_libc_##fn __asm__(__fortify_label(#symbol));
#define __fortify_preferred
#define __fortify_error_if(cond, message)
#define __fortify_error_function(name, message) \
	extern void name(void) __attribute__((__error__(message)));
#define __fortify_error_when(cond, name) \
	if (__builtin_constant_p(cond) && (cond)) \
		name()
#define __fortify_label(name) __fortify_stringify(__USER_LABEL_PREFIX__) name
#define __fortify_stringify(x) __fortify_stringify_now(x)
#define __fortify_stringify_now(x) #x
#endif

/* In C, clang binds an unprototyped redeclaration such as "char *strcpy();"
 * (old code has them) to the most recent declaration, and rejects it if that
 * is one of our overloads; redeclaring libc's function after each wrapper
 * keeps such code compiling. &fn names libc's function, not the overload. */
#if defined(__clang__) && !defined(__cplusplus)
#define __fortify_redeclare_libc(fn) extern __typeof__(*&fn) fn;
#else
#define __fortify_redeclare_libc(fn)
#endif

/* clang's wrappers are C++ overloads, not the libc functions, so they need
 * C++ linkage even when the header is included inside extern "C". */
#if defined(__cplusplus) && defined(__clang__)
#define __fortify_begin extern "C++" {
#define __fortify_end }
#else
#define __fortify_begin
#define __fortify_end
#endif

#ifdef __cplusplus
extern "C" {
#endif

#ifdef FORTIFY_FAIL
/* The user's handler: called from wrappers that may be noexcept, so it must
 * not throw. */
void FORTIFY_FAIL(const char *__function) __attribute__((__nothrow__));
#endif

__fortify_helper __attribute__((__noreturn__)) void
__fortify_fail(const char *__function)
{
#ifdef FORTIFY_FAIL
	FORTIFY_FAIL(__function);
#else
	(void)__function;
#endif
	__builtin_trap();
}

/* Traps unless an access of __n bytes fits in the __size bytes the object
 * has left; an unknown size is (size_t)-1 and never traps. */
__fortify_helper void
__fortify_check(const char *__function, __SIZE_TYPE__ __n, __SIZE_TYPE__ __size)
{
	if (__builtin_expect(__n > __size, 0))
		__fortify_fail(__function);
}

/* Traps unless __count elements of __element bytes each fit in the __size
 * bytes the object has left; free when the size is unknown. */
__fortify_helper void
__fortify_check_count(const char *__function, __SIZE_TYPE__ __count,
	__SIZE_TYPE__ __element, __SIZE_TYPE__ __size)
{
	if (!__fortify_unknown(__size) && __element != 0
		&& __builtin_expect(__count > __size / __element, 0))
		__fortify_fail(__function);
}

/* The same for a count that libc takes signed (int, ssize_t): one below 1
 * writes nothing, or is an error for libc to report, so it is not checked. */
__fortify_helper void
__fortify_check_signed_count(const char *__function, long __count,
	__SIZE_TYPE__ __element, __SIZE_TYPE__ __size)
{
	if (__count > 0)
		__fortify_check_count(__function, (__SIZE_TYPE__)__count, __element, __size);
}

/* Bytes enough for any multibyte character: glibc's MB_LEN_MAX, above
 * musl's. The wrapper headers must not make <limits.h> visible. */
#define __fortify_mb_len_max 16

/* Linux's PATH_MAX, for glibc and musl alike; <limits.h> again. */
#define __fortify_path_max 4096

/* strnlen without needing libc to declare it. */
__fortify_helper __SIZE_TYPE__
__fortify_strnlen(const char *__s, __SIZE_TYPE__ __max)
{
	const char *__end = (const char *)__builtin_memchr(__s, '\0', __max);

	return __end ? (__SIZE_TYPE__)(__end - __s) : __max;
}

#ifdef __cplusplus
}
#endif

#endif

/*
 * Written after the parameters of a wrapper for a function that glibc
 * declares __THROW: in C++ a wrapper must have the exception specification
 * of libc's declaration, or noexcept(memcpy(...)) changes. That is glibc's
 * __THROW (noexcept or throw()); musl declares none. __THROW exists only once
 * <sys/cdefs.h> is in, so this is decided again at every inclusion.
 */
#ifdef __fortify_level
#undef __fortify_nothrow
#if defined(__cplusplus) && defined(__THROW)
#define __fortify_nothrow __THROW
#else
#define __fortify_nothrow
#endif

/* glibc binds the off_t functions to their *64 symbols under
 * _FILE_OFFSET_BITS=64; musl has one symbol for both. Decided again at every
 * inclusion too: the first one comes from our <features.h>, before glibc's
 * has read _FILE_OFFSET_BITS. */
#undef __fortify_declare_libc_off_t
#if defined(__GLIBC__) && defined(__USE_FILE_OFFSET64)
#define __fortify_declare_libc_off_t(fn) __fortify_declare_libc_as(fn, fn##64)
#else
#define __fortify_declare_libc_off_t(fn) __fortify_declare_libc(fn)
#endif
#endif
#endif
