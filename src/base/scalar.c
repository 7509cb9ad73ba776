/* Integers, byte sizes and durations read from configuration text. Pure functions:
 * must not word messages nor keep state; durations are aegis_duration_parse's. */
#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#include "aegis/time.h"
#include "base/scalar.h"

const char scalar_size_units[] = "B, KiB, MiB, GiB, TiB, KB, MB, GB, TB";
/* The units of aegis_duration_parse (src/base/duration.c), for messages. */
const char scalar_duration_units[] = "ns, us, ms, s, min";

static const struct {
	const char *unit;
	uint64_t bytes;
} size_units[] = {
	{"B", 1},
	{"KiB", UINT64_C(1) << 10},
	{"MiB", UINT64_C(1) << 20},
	{"GiB", UINT64_C(1) << 30},
	{"TiB", UINT64_C(1) << 40},
	{"KB", UINT64_C(1000)},
	{"MB", UINT64_C(1000000)},
	{"GB", UINT64_C(1000000000)},
	{"TB", UINT64_C(1000000000000)},
};

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static bool is_alpha(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Reads "digits[.digits]" at *s: the integer part, and the fraction as
 * frac / frac_scale (at most 9 digits). Advances *s past the number. */
static scalar_num parse_decimal(const char **s, uint64_t *ipart, uint64_t *frac,
				uint64_t *frac_scale)
{
	const char *p = *s;
	if (*p == '-')
		return SCALAR_NEGATIVE;
	if (!is_digit(*p))
		return SCALAR_SYNTAX;
	*ipart = 0;
	for (; is_digit(*p); p++) {
		if (__builtin_mul_overflow(*ipart, 10, ipart) ||
		    __builtin_add_overflow(*ipart, (uint64_t)(*p - '0'), ipart))
			return SCALAR_RANGE;
	}
	*frac = 0;
	*frac_scale = 1;
	if (*p == '.') {
		p++;
		if (!is_digit(*p))
			return SCALAR_SYNTAX;
		for (int digits = 0; is_digit(*p); p++, digits++) {
			if (digits == 9)
				return SCALAR_SYNTAX;
			*frac = *frac * 10 + (uint64_t)(*p - '0');
			*frac_scale *= 10;
		}
	}
	*s = p;
	return SCALAR_OK;
}

scalar_num scalar_parse_u64(const char *s, uint64_t *out)
{
	if (!s || !out)
		return SCALAR_SYNTAX;
	if (*s == '-')
		return SCALAR_NEGATIVE;
	if (!is_digit(*s))
		return SCALAR_SYNTAX;
	uint64_t v = 0;
	for (; is_digit(*s); s++) {
		if (__builtin_mul_overflow(v, 10, &v) ||
		    __builtin_add_overflow(v, (uint64_t)(*s - '0'), &v))
			return SCALAR_RANGE;
	}
	if (*s)
		return SCALAR_SYNTAX;
	*out = v;
	return SCALAR_OK;
}

/* After a number: tells "no unit" from "unknown unit" from "garbage". */
static scalar_num classify_unit(const char *unit, size_t n)
{
	if (n == 0)
		return SCALAR_NO_UNIT;
	for (size_t i = 0; i < n; i++)
		if (!is_alpha(unit[i]))
			return SCALAR_SYNTAX;
	return SCALAR_UNIT;
}

scalar_num scalar_parse_size(const char *s, uint64_t *out)
{
	uint64_t ipart, frac, scale;
	if (!s || !out)
		return SCALAR_SYNTAX;
	scalar_num r = parse_decimal(&s, &ipart, &frac, &scale);
	if (r != SCALAR_OK)
		return r;
	for (size_t i = 0; i < sizeof size_units / sizeof size_units[0]; i++) {
		if (strcmp(s, size_units[i].unit) != 0)
			continue;
		uint64_t whole;
		/* frac < 10^9 and a unit <= 2^40, so the product fits in 128 bits. */
		unsigned __int128 f = (unsigned __int128)frac * size_units[i].bytes;
		uint64_t part = (uint64_t)((f + scale / 2) / scale);
		if (__builtin_mul_overflow(ipart, size_units[i].bytes, &whole) ||
		    __builtin_add_overflow(whole, part, out))
			return SCALAR_RANGE;
		return SCALAR_OK;
	}
	return classify_unit(s, strlen(s));
}

/* Whether aegis_duration_parse knows unit (n bytes): "0" + unit parses. */
static bool duration_unit_known(const char *unit, size_t n)
{
	char probe[8];
	if (n == 0 || n + 2 > sizeof probe)
		return false;
	probe[0] = '0';
	memcpy(probe + 1, unit, n);
	probe[n + 1] = '\0';
	int64_t ns;
	return aegis_duration_parse(probe, &ns) == AEGIS_OK;
}

scalar_num scalar_parse_duration(const char *s, int64_t *out_ns)
{
	if (!s || !out_ns)
		return SCALAR_SYNTAX;
	aegis_status st = aegis_duration_parse(s, out_ns);
	if (st == AEGIS_OK)
		return SCALAR_OK;
	if (st == AEGIS_E_OVERFLOW)
		return SCALAR_RANGE;

	/* Refused: find out why, to say it. */
	uint64_t ipart, frac, scale;
	while (*s == ' ')
		s++;
	scalar_num r = parse_decimal(&s, &ipart, &frac, &scale);
	if (r != SCALAR_OK)
		return r;
	size_t n = strlen(s);
	while (n && s[n - 1] == ' ')
		n--;
	if (duration_unit_known(s, n)) /* the unit is fine: the number is not */
		return frac ? SCALAR_FINE : SCALAR_SYNTAX;
	return classify_unit(s, n);
}
