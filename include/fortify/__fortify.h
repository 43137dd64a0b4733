/* SPDX-License-Identifier: 0BSD */
/*
 * The FORTIFY mechanism. The public wrapper headers (string.h, ...) are flat
 * lists of wrappers written with the macros below; everything that differs
 * between compilers, levels and languages is decided here, once.
 *
 * Active only with _FORTIFY_SOURCE > 0, optimisation on, gcc or clang, and
 * C or C++ (assembly includes libc headers too, for their macros). Otherwise
 * this header defines only the public version and level macros, and each
 * wrapper header is, beyond them, exactly the libc header it includes.
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
 * never reaches libc, even if that function returns. An overflow certain at
 * compile time fails the compile (see "Compile-time diagnostics" below).
 */

/*
 * Public: the version of these headers, defined whenever one of them is
 * included, active or not; FORTIFY_LEVEL, at the end, is the level in effect.
 */
#ifndef FORTIFY_VERSION_NUMBER
#define FORTIFY_VERSION_MAJOR 0
#define FORTIFY_VERSION_MINOR 1
#define FORTIFY_VERSION_PATCH 0
#define FORTIFY_VERSION_NUMBER \
	(FORTIFY_VERSION_MAJOR * 10000 + FORTIFY_VERSION_MINOR * 100 + FORTIFY_VERSION_PATCH)
#endif

#if defined(_FORTIFY_SOURCE) && _FORTIFY_SOURCE > 0 && defined(__OPTIMIZE__) \
	&& defined(__GNUC__) && !defined(__ASSEMBLER__) \
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
#define __fortify_stringify(x) __fortify_stringify_now(x)
#define __fortify_stringify_now(x) #x

/*
 * Marks the object file as built with these headers, for a packager to
 * check a binary (readelf -p .fortify): inline checks leave no __*_chk
 * symbols for tools like checksec to find. The strings are mergeable, so a
 * binary carries each distinct one once; the section is not loaded, and
 * strip keeps it.
 */
#ifdef __ELF__
__asm__(".pushsection .fortify, \"MS\", %progbits, 1\n"
	"\t.asciz \"fortify " __fortify_stringify(FORTIFY_VERSION_MAJOR) "."
	__fortify_stringify(FORTIFY_VERSION_MINOR) "." __fortify_stringify(FORTIFY_VERSION_PATCH)
	" level " __fortify_stringify(__fortify_level) "\"\n"
	"\t.popsection");
#endif

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
#define __fortify_error_if(cond, message) \
	__attribute__((__diagnose_if__(cond, message, __fortify_error_severity)))
#define __fortify_warning_if(cond, message) \
	__attribute__((__diagnose_if__(cond, message, "warning")))
#define __fortify_error_when(name, cond, message) ((void)0)
#define __fortify_warning_when(name, cond, message) ((void)0)
#define __fortify_overflow_when(cond, fn, direction, ptr, n, size) ((void)0)
/* An overload is not the builtin clang knows by the same name, so clang's
 * own -Wfortify-source warnings (which state both sizes) need to be told
 * which builtin a wrapper stands for: (builtin, its arguments' positions). */
#if defined(__has_attribute)
#if __has_attribute(__diagnose_as_builtin__)
#define __fortify_diagnose_as(builtin) __attribute__((__diagnose_as_builtin__ builtin))
#endif
#endif
#ifndef __fortify_diagnose_as
#define __fortify_diagnose_as(builtin)
#endif
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
#define __fortify_warning_if(cond, message)
#define __fortify_diagnose_as(builtin)
/*
 * gcc reports a certain misuse by calling a function declared, in the
 * wrapper's body, with its error (or warning) attribute: gcc diagnoses such
 * a call only where it survives optimisation, so never in dead code, and
 * names the function the wrapper was inlined into. The function is weak and
 * never defined: under FORTIFY_ERRORS_AS_WARNINGS the call stays, its
 * address is null at run time, and the run-time check after it decides.
 */
#define __fortify_report(name, attributes, parameters, arguments) \
	do { \
		extern void name parameters \
			__attribute__(attributes) __attribute__((__nothrow__, __weak__)); \
		if (name) \
			name arguments; \
	} while (0)
#define __fortify_error_when(name, cond, message) \
	do { \
		if (__fortify_certain(cond)) \
			__fortify_report(name, (__fortify_error_attribute(message)), (void), ()); \
	} while (0)
#define __fortify_warning_when(name, cond, message) \
	do { \
		if (__fortify_certain(cond)) \
			__fortify_report(name, (__warning__(message)), (void), ()); \
	} while (0)
/*
 * For an overflow, the function also carries gcc's access attribute, so that
 * gcc states both sizes: "writing 16 bytes into a region of size 8". It is
 * passed the length only where length and size are constants, else 1, and 0
 * with a null pointer: gcc checks access attributes before the
 * __builtin_constant_p branches are folded away, and would otherwise warn
 * about calls that never overflow (a length of 0 alone would not do: gcc
 * ignores it among the values the length may take, except to warn about a
 * null pointer). That length is computed before the branch: inside it, gcc
 * narrows a length that may take several values (n ? 16 : 4) to the ones
 * that overflow, which would make it look constant.
 */
#define __fortify_overflow_when(cond, fn, direction, ptr, n, size) \
	do { \
		__SIZE_TYPE__ __fortify_access_length = !(ptr) ? 0 \
			: __builtin_constant_p(size) && __builtin_constant_p(n) ? (n) : 1; \
		if (__fortify_certain(cond)) \
			__fortify_report(__fortify_##fn##_##direction##s_past_the_end, \
				(__fortify_error_attribute(__fortify_message_##direction(fn)), \
					__fortify_access_##direction), \
				(__fortify_pointer_##direction, __SIZE_TYPE__), \
				((ptr), __fortify_access_length)); \
	} while (0)
#if defined(__has_attribute)
#if __has_attribute(__access__)
#define __fortify_access_write __access__(__write_only__, 1, 2)
#define __fortify_access_read __access__(__read_only__, 1, 2)
#endif
#endif
#ifndef __fortify_access_write
#define __fortify_access_write
#define __fortify_access_read
#endif
#define __fortify_pointer_write void *
#define __fortify_pointer_read const void *
#define __fortify_label(name) __fortify_stringify(__USER_LABEL_PREFIX__) name
#endif

/*
 * Compile-time diagnostics. A call that is certain to overflow, or to misuse
 * its function, fails the compile; with FORTIFY_ERRORS_AS_WARNINGS defined it
 * is a warning instead, and the run-time check still traps. Calls that are
 * legal but almost certainly wrong get a warning.
 *
 * clang decides at the call site, in the front end, from attributes on the
 * wrapper's declaration (diagnose_if): __fortify_error_if, __fortify_warning_if
 * and, for sizes, __fortify_diagnose*. gcc decides after inlining and
 * optimisation, in the wrapper's body: __fortify_error_when,
 * __fortify_warning_when and the size checks __fortify_check*, which also
 * trap at run time. A wrapper writes both halves, with the same condition.
 */
#ifdef FORTIFY_ERRORS_AS_WARNINGS
#define __fortify_error_severity "warning"
#define __fortify_error_attribute __warning__
#else
#define __fortify_error_severity "error"
#define __fortify_error_attribute __error__
#endif
#define __fortify_certain(cond) (__builtin_constant_p(cond) && (cond))
#define __fortify_message_write(fn) #fn ": writing past the end of the destination object"
#define __fortify_message_read(fn) #fn ": reading past the end of the source object"

/*
 * The size checks: __n bytes, or __count elements of __element bytes,
 * written (direction write) through or read (direction read) from ptr, whose
 * object has __size bytes left. A count that libc takes signed writes
 * nothing below 1, or is an error for libc to report: it is not checked.
 */
#define __fortify_diagnose(fn, direction, n, size) \
	__fortify_error_if((n) > (size), __fortify_message_##direction(fn))
#define __fortify_diagnose_count(fn, direction, count, element, size) \
	__fortify_error_if((element) != 0 && (count) > (size) / (element), \
		__fortify_message_##direction(fn))
#define __fortify_diagnose_signed_count(fn, direction, count, element, size) \
	__fortify_diagnose_count(fn, direction, __fortify_positive(count), element, size)

#define __fortify_check(fn, direction, ptr, n, size) \
	do { \
		__fortify_overflow_when((n) > (size), fn, direction, ptr, n, size); \
		__fortify_check_size(#fn, n, size); \
	} while (0)
#define __fortify_check_count(fn, direction, ptr, count, element, size) \
	do { \
		__fortify_overflow_when((element) != 0 && (count) > (size) / (element), \
			fn, direction, ptr, (count) * (element), size); \
		__fortify_check_count_size(#fn, count, element, size); \
	} while (0)
#define __fortify_check_signed_count(fn, direction, ptr, count, element, size) \
	__fortify_check_count(fn, direction, ptr, __fortify_positive(count), element, size)

#define __fortify_positive(count) ((count) > 0 ? (__SIZE_TYPE__)(count) : 0)

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
__fortify_check_size(const char *__function, __SIZE_TYPE__ __n, __SIZE_TYPE__ __size)
{
	if (__builtin_expect(__n > __size, 0))
		__fortify_fail(__function);
}

/* Traps unless __count elements of __element bytes each fit in the __size
 * bytes the object has left; free when the size is unknown. */
__fortify_helper void
__fortify_check_count_size(const char *__function, __SIZE_TYPE__ __count,
	__SIZE_TYPE__ __element, __SIZE_TYPE__ __size)
{
	if (!__fortify_unknown(__size) && __element != 0
		&& __builtin_expect(__count > __size / __element, 0))
		__fortify_fail(__function);
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

/*
 * Public: the level in effect, for code (and tests) that want to know: 0 when
 * inactive (no _FORTIFY_SOURCE, no optimisation, another compiler), 2 where 3
 * was asked for and the compiler has no dynamic object sizes. Defined again
 * at every inclusion: a later one may be the first active one.
 */
#undef FORTIFY_LEVEL
#ifdef __fortify_level
#define FORTIFY_LEVEL __fortify_level
#else
#define FORTIFY_LEVEL 0
#endif
