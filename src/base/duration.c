/* Parsing and printing of durations with units. Integer arithmetic only, so a
 * value means the same on every machine. Must not read clocks. */
#include <stdio.h>
#include <string.h>

#include "aegis/time.h"

static const struct {
	const char *unit;
	int64_t ns;
} units[] = {
	{"ns", 1},
	{"us", AEGIS_NS_PER_US},
	{"ms", AEGIS_NS_PER_MS},
	{"s", AEGIS_NS_PER_S},
	{"min", 60 * AEGIS_NS_PER_S},
};

aegis_status aegis_duration_parse(const char *text, int64_t *out_ns)
{
	if (!text || !out_ns)
		return AEGIS_E_INVAL;
	const char *p = text;
	while (*p == ' ')
		p++;
	if (*p < '0' || *p > '9')
		return AEGIS_E_INVAL; /* also refuses a sign */

	/* value = ipart + frac / 10^digits, in the given unit */
	int64_t ipart = 0, frac = 0, frac_scale = 1;
	for (; *p >= '0' && *p <= '9'; p++) {
		if (aegis_time_mul(ipart, 10, &ipart) || aegis_time_add(ipart, *p - '0', &ipart))
			return AEGIS_E_OVERFLOW;
	}
	if (*p == '.') {
		p++;
		if (*p < '0' || *p > '9')
			return AEGIS_E_INVAL;
		for (int digits = 0; *p >= '0' && *p <= '9'; p++, digits++) {
			if (digits == 9)
				return AEGIS_E_INVAL;
			frac = frac * 10 + (*p - '0');
			frac_scale *= 10;
		}
	}
	size_t ulen = strlen(p);
	while (ulen && p[ulen - 1] == ' ')
		ulen--;
	for (size_t i = 0; i < sizeof units / sizeof units[0]; i++) {
		if (strlen(units[i].unit) != ulen || strncmp(p, units[i].unit, ulen) != 0)
			continue;
		int64_t whole, part;
		if (aegis_time_mul(ipart, units[i].ns, &whole))
			return AEGIS_E_OVERFLOW;
		/* frac < 10^9 and unit <= 6e10, so frac * unit < 6e19 may overflow:
		 * split the unit to keep the product exact. */
		__int128 f = (__int128)frac * units[i].ns;
		if (f % frac_scale)
			return AEGIS_E_INVAL; /* finer than 1 ns: never rounded */
		part = (int64_t)(f / frac_scale);
		if (aegis_time_add(whole, part, out_ns) || *out_ns > AEGIS_DURATION_MAX)
			return AEGIS_E_OVERFLOW;
		return AEGIS_OK;
	}
	return AEGIS_E_INVAL;
}

char *aegis_duration_format(int64_t ns, char *buf, size_t len)
{
	if (!buf || len == 0)
		return buf;
	const char *sign = ns < 0 ? "-" : "";
	uint64_t v = ns < 0 ? (uint64_t)0 - (uint64_t)ns : (uint64_t)ns;
	static const struct {
		const char *unit;
		uint64_t ns;
	} fmt[] = {{"s", 1000000000u}, {"ms", 1000000u}, {"us", 1000u}};
	for (size_t i = 0; i < sizeof fmt / sizeof fmt[0]; i++) {
		if (v < fmt[i].ns)
			continue;
		uint64_t whole = v / fmt[i].ns;
		uint64_t milli = (v % fmt[i].ns) / (fmt[i].ns / 1000);
		if (milli == 0)
			snprintf(buf, len, "%s%llu%s", sign, (unsigned long long)whole, fmt[i].unit);
		else {
			char frac[24];
			snprintf(frac, sizeof frac, "%03llu", (unsigned long long)milli);
			for (int k = 2; k > 0 && frac[k] == '0'; k--)
				frac[k] = '\0';
			snprintf(buf, len, "%s%llu.%s%s", sign, (unsigned long long)whole, frac,
				 fmt[i].unit);
		}
		return buf;
	}
	snprintf(buf, len, "%s%lluns", sign, (unsigned long long)v);
	return buf;
}
