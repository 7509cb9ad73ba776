/* What the shared library exports: AEGIS_API marks every function of the public API.
 * libaegis.so is built with hidden visibility and a version script (cmake/libaegis.map),
 * so a function without it is not visible to programs that link the shared library.
 * Must not hold anything but this macro. */
#ifndef AEGIS_EXPORT_H
#define AEGIS_EXPORT_H

#if defined(__GNUC__) || defined(__clang__)
#define AEGIS_API __attribute__((visibility("default")))
#else
#define AEGIS_API
#endif

#endif
