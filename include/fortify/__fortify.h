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

/* g++ takes no pointer to volatile here (an fd_set may be one); clang
 * finds the size that pass_object_size brings only for the parameter
 * itself, not for a conversion of it. */
#ifdef __clang__
#define __fortify_object_pointer(ptr) (ptr)
#else
#define __fortify_object_pointer(ptr) ((const void *)(ptr))
#endif
#define __fortify_bos0(ptr) __fortify_object_size(__fortify_object_pointer(ptr), 0)
#define __fortify_bos(ptr) __fortify_object_size(__fortify_object_pointer(ptr), __fortify_string_type)
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
/* Helper functions (the wrapper headers' own; the shared helpers are
 * macros) cannot throw; saying so keeps C++ wrappers that are noexcept free
 * of terminate landing pads. */
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
#define __fortify_writes_past_the_end(cond, fn, ptr, n, size) ((void)0)
#define __fortify_reads_past_the_end(cond, fn, ptr, n, size) ((void)0)
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
 * pass_object_size hands the caller's object size. They are called even
 * where no size turns out to be known: the front end, which chooses the
 * overload, does not know a size that only inlining or a pointer variable
 * brings (char *p = buf; sprintf(p, ...)), which llvm.objectsize still
 * finds.
 */
#define __fortify_variadic_wrapper static __inline__ __attribute__((__overloadable__))
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
 * wrapper's body, with its error (or warning) attribute, and names the
 * function the wrapper was inlined into. gcc diagnoses every direct call to
 * it that reaches code generation, reachable or not; and it may fold a
 * __builtin_constant_p that is not constant to 0 only after the last pass
 * that would delete the code it guards (in a function compiled at -O0, by
 * attribute or pragma, or with -fno-tree-vrp -fno-tree-dominator-opts). So
 * no branch guards that call: it goes through a pointer computed without
 * one, to that function where the misuse is certain and to a function of
 * the same type that does nothing (name##_uncertain) otherwise. gcc makes
 * it a direct call only once it knows which, deletes the call to the
 * second, which is const, and only a certain misuse is ever a direct call
 * to the first. The pointer has the first's type, whose access attribute
 * makes gcc state both sizes. Both functions are weak and never defined:
 * the call runs only if they were, so never; under
 * FORTIFY_ERRORS_AS_WARNINGS the run-time check after it decides.
 */
#define __fortify_report(cond, name, attributes, parameters, arguments) \
	do { \
		extern int name parameters \
			__attribute__(attributes) __attribute__((__nothrow__, __weak__)); \
		extern int name##_uncertain parameters \
			__attribute__((__const__, __nothrow__, __weak__)); \
		__typeof__(name) *const __fortify_reporter = (__typeof__(name) *) \
			__fortify_select((__UINTPTR_TYPE__)name, (__UINTPTR_TYPE__)name##_uncertain, \
				__fortify_certain(cond)); \
		if (name) \
			(void)__fortify_reporter arguments; \
	} while (0)
/* 1 if cond is known at compile time to hold, else 0, with no branch. */
#define __fortify_certain(cond) (__builtin_constant_p(cond) & !!(cond))
/* first if choice is 1, second if it is 0, with no branch. */
#define __fortify_select(first, second, choice) \
	((second) ^ (((first) ^ (second)) & -(__UINTPTR_TYPE__)(choice)))
#define __fortify_error_when(name, cond, message) \
	__fortify_report(cond, name, (__fortify_error_attribute(message)), (void), ())
#define __fortify_warning_when(name, cond, message) \
	__fortify_report(cond, name, (__warning__(message)), (void), ())
/*
 * For an overflow, the function also carries gcc's access attribute, so that
 * gcc states both sizes: "writing 16 bytes into a region of size 8". The
 * pointer to name##_uncertain has that type too, and gcc checks the access
 * before it deletes that call: so the length is passed only where the
 * overflow is certain, else 1, and 0 with a null pointer (a length of 0
 * alone would not do: gcc ignores it among the values the length may take,
 * except to warn about a null pointer). That length is computed without a
 * branch, as the pointer is: gcc threads later tests of the same pointer or
 * length through such a branch, and the copies of the report it makes
 * outlive the report.
 */
#define __fortify_writes_past_the_end(cond, fn, ptr, n, size) \
	__fortify_overflow_report(cond, __fortify_##fn##_writes_past_the_end, \
		__fortify_message_write(fn), __fortify_access_write, volatile void *, ptr, n, size)
#define __fortify_reads_past_the_end(cond, fn, ptr, n, size) \
	__fortify_overflow_report(cond, __fortify_##fn##_reads_past_the_end, \
		__fortify_message_read(fn), __fortify_access_read, const volatile void *, ptr, n, size)
#define __fortify_overflow_report(cond, name, message, access, pointer, ptr, n, size) \
	do { \
		__SIZE_TYPE__ __fortify_access_length = \
			(__SIZE_TYPE__)__fortify_select((n), 1, __fortify_certain(cond)) * ((ptr) != 0); \
		__fortify_report(cond, name, (__fortify_error_attribute(message), access), \
			(pointer, __SIZE_TYPE__), ((ptr), __fortify_access_length)); \
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
#define __fortify_message_write(fn) #fn ": writing past the end of the destination object"
#define __fortify_message_read(fn) #fn ": reading past the end of the source object"

/*
 * The size checks: n bytes, or count elements of element bytes, written
 * (direction write) through or read (direction read) from ptr, whose object
 * has size bytes left. Nothing is known of an object of unknown size, however
 * large the count. A count that libc takes signed writes nothing below 1, or
 * is an error for libc to report: it is not checked. The direction is pasted
 * where it is first met: read and write may be a program's macros.
 */
#define __fortify_overflow_when(cond, fn, direction, ptr, n, size) \
	__fortify_##direction##s_past_the_end(cond, fn, ptr, n, size)
#define __fortify_count_overflows(count, element, size) \
	(!__fortify_unknown(size) && (element) != 0 && (count) > (size) / (element))

#define __fortify_diagnose(fn, direction, n, size) \
	__fortify_error_if((n) > (size), __fortify_message_##direction(fn))
#define __fortify_diagnose_count(fn, direction, count, element, size) \
	__fortify_diagnose_count_as(__fortify_message_##direction(fn), count, element, size)
#define __fortify_diagnose_count_as(message, count, element, size) \
	__fortify_error_if(__fortify_count_overflows(count, element, size), message)
/* A count of elements larger than the object that is only an upper bound
 * (fgets, fgetws): a warning, and the wrapper decides at run time. */
#define __fortify_count_warning(fn, count, element, size) \
	__fortify_warning_if(__fortify_count_overflows(__fortify_positive(count), element, size), \
		__fortify_count_message(fn))
#define __fortify_count_warning_when(name, fn, count, element, size) \
	__fortify_warning_when(name, \
		__fortify_count_overflows(__fortify_positive(count), element, size), \
		__fortify_count_message(fn))
#define __fortify_count_message(fn) \
	#fn ": the count is larger than the destination object; a line that does not fit traps"
#define __fortify_diagnose_signed_count(fn, direction, count, element, size) \
	__fortify_diagnose_count_as(__fortify_message_##direction(fn), \
		__fortify_positive(count), element, size)

#define __fortify_check(fn, direction, ptr, n, size) \
	__fortify_check_as(fn, __fortify_##direction##s_past_the_end, ptr, n, size)
#define __fortify_check_as(fn, overflow, ptr, n, size) \
	do { \
		overflow((n) > (size), fn, ptr, n, size); \
		__fortify_check_size(#fn, n, size); \
	} while (0)
#define __fortify_check_count(fn, direction, ptr, count, element, size) \
	__fortify_check_count_as(fn, __fortify_##direction##s_past_the_end, ptr, count, element, size)
#define __fortify_check_signed_count(fn, direction, ptr, count, element, size) \
	__fortify_check_count_as(fn, __fortify_##direction##s_past_the_end, ptr, \
		__fortify_positive(count), element, size)
#define __fortify_check_count_as(fn, overflow, ptr, count, element, size) \
	do { \
		overflow(__fortify_count_overflows(count, element, size), \
			fn, ptr, (count) * (element), size); \
		__fortify_check_count_size(#fn, count, element, size); \
	} while (0)

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

/*
 * The helpers are macros: the first of these headers may be included inside
 * a C++ namespace (namespace n { #include <string.h> }), where functions
 * defined here once would not be found by the wrappers of a header included
 * later at global scope. Their arguments are values without side effects.
 */
#ifdef FORTIFY_FAIL
#define __fortify_fail(function) (FORTIFY_FAIL(function), __builtin_trap())
#else
#define __fortify_fail(function) __builtin_trap()
#endif

/* Traps unless an access of n bytes fits in the size bytes the object has
 * left; an unknown size is (size_t)-1 and never traps. */
#define __fortify_check_size(function, n, size) \
	do { \
		if (__builtin_expect((n) > (size), 0)) \
			__fortify_fail(function); \
	} while (0)

/* Traps unless count elements of element bytes each fit in the size bytes
 * the object has left; free when the size is unknown. */
#define __fortify_check_count_size(function, count, element, size) \
	do { \
		if (__builtin_expect(__fortify_count_overflows(count, element, size), 0)) \
			__fortify_fail(function); \
	} while (0)

/* size, which the optimiser can no longer see as a constant: for a size of
 * the whole object (level 1) passed to a libc function whose access
 * attribute would have gcc measure it against the member. */
#define __fortify_opaque_size(size) __extension__ ({ \
		__SIZE_TYPE__ __fortify_opaque = (size); \
		__asm__("" : "+r"(__fortify_opaque)); \
		__fortify_opaque; \
	})

/* Bytes enough for any multibyte character: glibc's MB_LEN_MAX, above
 * musl's. The wrapper headers must not make <limits.h> visible. */
#define __fortify_mb_len_max 16

/* Linux's PATH_MAX, for glibc and musl alike; <limits.h> again. */
#define __fortify_path_max 4096

/* strnlen without needing libc to declare it. */
#define __fortify_strnlen(s, max) __extension__ ({ \
		const char *__fortify_nul = (const char *)__builtin_memchr((s), '\0', (max)); \
		__fortify_nul ? (__SIZE_TYPE__)(__fortify_nul - (s)) : (max); \
	})

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

/* The user's handler: called from wrappers that may be noexcept, so it must
 * not throw. Declared at every inclusion, for the same reason that the
 * helpers are macros: C functions are one function in whatever namespace
 * they are declared. */
#ifdef FORTIFY_FAIL
#ifdef __cplusplus
extern "C"
#endif
void FORTIFY_FAIL(const char *__function) __attribute__((__nothrow__));
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
