/* Byte sizes for people: "8GiB", "212.5MiB". Must not parse (the workload loader
 * parses sizes with their units). */
#ifndef AEGIS_SIZE_H
#define AEGIS_SIZE_H

#include <stddef.h>
#include <stdint.h>

#include "aegis/export.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Prints v in the largest binary unit (B, KiB, MiB, GiB, TiB) that keeps it >= 1, with
 * one decimal when it is not whole (truncated). Always NUL-terminates; returns buf. */
AEGIS_API char *aegis_size_format(uint64_t v, char *buf, size_t len);

#ifdef __cplusplus
}
#endif
#endif
