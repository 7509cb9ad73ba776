/* Formatting of byte sizes. Integer arithmetic only. */
#include <stdio.h>

#include "aegis/size.h"

char *aegis_size_format(uint64_t v, char *buf, size_t len)
{
	static const char *const unit[] = {"B", "KiB", "MiB", "GiB", "TiB"};
	if (!buf || len == 0)
		return buf;
	int u = 0;
	uint64_t scale = 1;
	while (u < 4 && v / scale >= 1024) {
		scale *= 1024;
		u++;
	}
	unsigned tenths = (unsigned)((v % scale) * 10 / scale) % 10;
	if (tenths)
		snprintf(buf, len, "%llu.%u%s", (unsigned long long)(v / scale), tenths, unit[u]);
	else
		snprintf(buf, len, "%llu%s", (unsigned long long)(v / scale), unit[u]);
	return buf;
}
