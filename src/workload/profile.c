/* WCET profile files (aegis/profile.h): the writer (plain fprintf) and the reader
 * (a configuration tree from workload/yaml_conf.h), with "path:line: what was expected"
 * on every refusal. Must not measure anything nor create a runtime (profile/measure.c
 * does), nor call libyaml. */
#define _POSIX_C_SOURCE 200809L /* strdup */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/file.h"
#include "workload/profile_internal.h"
#include "workload/yaml_conf.h"

#define PROFILE_MAX_FILE_BYTES ((size_t)16 << 20)
#define PPM 1000000u

/* ---- the object ------------------------------------------------------------------ */

aegis_profile *profile_alloc(uint32_t n)
{
	aegis_profile *p = calloc(1, sizeof *p);
	if (!p)
		return NULL;
	p->models = calloc(n ? n : 1, sizeof *p->models);
	p->curves = calloc(n ? n : 1, sizeof *p->curves);
	if (!p->models || !p->curves) {
		free(p->models);
		free(p->curves);
		free(p);
		return NULL;
	}
	p->version = 1;
	p->info.overhead_p50_ns = p->info.overhead_p99_ns = p->info.overhead_max_ns = -1;
	profile_sync_info(p);
	return p;
}

bool profile_set_str(char **dst, const char *s)
{
	char *c = strdup(s ? s : "");
	if (!c)
		return false;
	free(*dst);
	*dst = c;
	return true;
}

void profile_sync_info(aegis_profile *p)
{
	p->info.workload = p->workload ? p->workload : "";
	p->info.device = p->device ? p->device : "";
	p->info.device_name = p->device_name ? p->device_name : "";
	p->info.device_profile = p->device_profile ? p->device_profile : "";
}

void aegis_profile_destroy(aegis_profile *p)
{
	if (!p)
		return;
	for (uint32_t i = 0; i < p->n_models; i++) {
		free((char *)p->models[i].name);
		free(p->curves[i].pts);
	}
	free(p->models);
	free(p->curves);
	free(p->sizes);
	free(p->workload);
	free(p->device);
	free(p->device_name);
	free(p->device_profile);
	free(p);
}

const aegis_profile_info *aegis_profile_info_get(const aegis_profile *p)
{
	return p ? &p->info : NULL;
}

uint32_t aegis_profile_model_count(const aegis_profile *p)
{
	return p ? p->n_models : 0;
}

const aegis_profile_model *aegis_profile_model_at(const aegis_profile *p, uint32_t i)
{
	return p && i < p->n_models ? &p->models[i] : NULL;
}

const aegis_profile_model *aegis_profile_find(const aegis_profile *p, const char *name)
{
	for (uint32_t i = 0; p && name && i < p->n_models; i++)
		if (strcmp(p->models[i].name, name) == 0)
			return &p->models[i];
	return NULL;
}

aegis_status aegis_profile_model_curve(const aegis_profile *p, uint32_t i,
				       const aegis_profile_point **points, uint32_t *n)
{
	if (!p || i >= p->n_models || !points || !n)
		return AEGIS_E_INVAL;
	*points = p->curves[i].pts;
	*n = p->curves[i].n;
	return AEGIS_OK;
}

const aegis_profile_point *aegis_profile_point_at(const aegis_profile *p, uint32_t i,
						  uint32_t sms)
{
	for (uint32_t k = 0; p && i < p->n_models && k < p->curves[i].n; k++)
		if (p->curves[i].pts[k].sms == sms && p->curves[i].pts[k].shared <= 1)
			return &p->curves[i].pts[k];
	return NULL;
}

const aegis_profile_memory *aegis_profile_device_memory(const aegis_profile *p)
{
	return p && p->has_mem ? &p->mem : NULL;
}

uint64_t aegis_profile_outside_bytes(const aegis_profile *p, uint32_t lanes)
{
	const aegis_profile_memory *m = aegis_profile_device_memory(p);
	if (!m)
		return 0;
	uint64_t lane = 0, all = 0, total = 0;
	if (__builtin_add_overflow(m->per_lane_context, m->per_lane_cudnn, &lane) ||
	    __builtin_add_overflow(lane, m->per_lane_cublas, &lane) ||
	    __builtin_mul_overflow(lane, (uint64_t)lanes, &all) ||
	    __builtin_add_overflow(all, m->driver_fixed, &total))
		return UINT64_MAX;
	return total;
}

int64_t aegis_profile_dispatch_overhead_ns(const aegis_profile *p)
{
	return p && p->info.overhead_max_ns > 0 ? p->info.overhead_max_ns : 0;
}

/* ---- writer ---------------------------------------------------------------------- */

/* A YAML double-quoted string. */
static void put_str(FILE *f, const char *s)
{
	fputc('"', f);
	for (const unsigned char *c = (const unsigned char *)s; *c; c++) {
		if (*c == '"' || *c == '\\')
			fprintf(f, "\\%c", *c);
		else if (*c < 0x20 || *c == 0x7f)
			fprintf(f, "\\x%02x", *c);
		else
			fputc(*c, f);
	}
	fputc('"', f);
}

static void put_i64(FILE *f, const char *indent, const char *key, int64_t v)
{
	if (v >= 0)
		fprintf(f, "%s%s: %" PRId64 "\n", indent, key, v);
}

static void put_curve(FILE *f, const struct profile_curve *c)
{
	if (!c->n)
		return;
	fprintf(f, "    curve:\n");
	for (uint32_t k = 0; k < c->n; k++) {
		const aegis_profile_point *q = &c->pts[k];
		fprintf(f, "      - {sms: %u", q->sms);
		if (q->shared > 1)
			fprintf(f, ", shared: %u", q->shared);
		if (q->runs)
			fprintf(f, ", runs: %" PRIu64, q->runs);
		const char *keys[] = {"p50_ns", "p99_ns", "max_ns", "wcet_ns"};
		int64_t v[] = {q->p50_ns, q->p99_ns, q->max_ns, q->wcet_ns};
		for (int j = 0; j < 4; j++)
			if (v[j] >= 0)
				fprintf(f, ", %s: %" PRId64, keys[j], v[j]);
		if (q->interference > 0) { /* "1.0", not "1": a factor, measured */
			char x[32];
			snprintf(x, sizeof x, "%.10g", q->interference);
			fprintf(f, ", interference: %s%s", x, strpbrk(x, ".e") ? "" : ".0");
		}
		fprintf(f, "}\n");
	}
}

aegis_status aegis_profile_write(const aegis_profile *p, FILE *f)
{
	if (!p || !f)
		return AEGIS_E_INVAL;
	const aegis_profile_info *in = &p->info;
	char frac[8];
	snprintf(frac, sizeof frac, "%06u", in->margin_ppm % PPM);
	for (int k = 5; k > 0 && frac[k] == '0'; k--)
		frac[k] = '\0';
	fprintf(f, "# AegisRT WCET profile, written by 'aegisrt profile'; read by 'aegisrt admit|run\n"
		   "# --wcet-profile' (include/aegis/profile.h). Times in ns: execution = finish -\n"
		   "# start of each job run alone, back to back; wcet = ceil(max * margin);\n"
		   "# dispatch_overhead = start - release over every job.\n");
	bool curves = p->n_sizes > 0;
	for (uint32_t i = 0; i < p->n_models && !curves; i++)
		curves = p->curves[i].n > 0;
	bool shared = false;
	for (uint32_t i = 0; i < p->n_models && !shared; i++)
		for (uint32_t k = 0; k < p->curves[i].n && !shared; k++)
			shared = p->curves[i].pts[k].shared > 1;
	if (curves)
		fprintf(f, "# curve: the model alone on one lane of each size (lane_sizes); "
			   "interference (where\n# measured) = p99 with a memory-bound neighbour on "
			   "another lane / p99 alone.\n");
	if (shared)
		fprintf(f, "# shared: k = the model on one of k lanes sharing one partition of sms "
			   "SMs, the\n# other k - 1 lanes busy with the workload's models.\n");
	if (p->has_mem)
		fprintf(f, "# device_memory: bytes outside the memory pool, measured as drops of free "
			   "device\n# memory; driver_fixed: the driver's share before any lane, "
			   "what the jobs loaded\n# and the CUDA graphs, in a first run of every "
			   "model together (docs/MEMORY.md).\n");
	fprintf(f, "version: %d\nworkload: ", shared ? 4 : p->has_mem ? 3 : curves ? 2 : 1);
	put_str(f, in->workload);
	fprintf(f, "\ndevice: ");
	put_str(f, in->device);
	fprintf(f, "\ndevice_name: ");
	put_str(f, in->device_name);
	fprintf(f, "\ndevice_profile: ");
	put_str(f, in->device_profile);
	fprintf(f, "\nlanes: %u\nruns: %" PRIu64 "\n", in->lanes, in->runs);
	if (in->margin_ppm) /* a file read without one has none (0 would not read back) */
		fprintf(f, "margin: %u.%s\n", in->margin_ppm / PPM, frac);
	if (in->overhead_max_ns >= 0)
		fprintf(f, "dispatch_overhead: {p50_ns: %" PRId64 ", p99_ns: %" PRId64
			   ", max_ns: %" PRId64 "}\n",
			in->overhead_p50_ns, in->overhead_p99_ns, in->overhead_max_ns);
	if (p->has_mem)
		fprintf(f, "device_memory: {driver_fixed: %" PRIu64 ", per_lane_context: %" PRIu64
			   ", per_lane_cudnn: %" PRIu64 ", per_lane_cublas: %" PRIu64
			   ", device_other: %" PRIu64 "}\n",
			p->mem.driver_fixed, p->mem.per_lane_context, p->mem.per_lane_cudnn,
			p->mem.per_lane_cublas, p->mem.device_other);
	if (p->n_sizes) {
		fprintf(f, "lane_sizes: [");
		for (uint32_t k = 0; k < p->n_sizes; k++)
			fprintf(f, "%s%u", k ? ", " : "", p->sizes[k]);
		fprintf(f, "]\n");
	}
	fprintf(f, "models:\n");
	for (uint32_t i = 0; i < p->n_models; i++) {
		const aegis_profile_model *m = &p->models[i];
		fprintf(f, "  - name: ");
		put_str(f, m->name);
		fputc('\n', f);
		if (m->lane >= 0)
			fprintf(f, "    lane: %d\n", m->lane);
		fprintf(f, "    lane_sms: %u\n    runs: %" PRIu64 "\n", m->lane_sms, m->runs);
		put_i64(f, "    ", "min_ns", m->min_ns);
		put_i64(f, "    ", "p50_ns", m->p50_ns);
		put_i64(f, "    ", "p99_ns", m->p99_ns);
		put_i64(f, "    ", "p999_ns", m->p999_ns);
		put_i64(f, "    ", "max_ns", m->max_ns);
		put_i64(f, "    ", "wcet_ns", m->wcet_ns);
		put_curve(f, &p->curves[i]);
	}
	fflush(f);
	return ferror(f) ? AEGIS_E_IO : AEGIS_OK;
}

/* ---- reader ---------------------------------------------------------------------- */

/* A non-negative integer <= max. */
static aegis_status pf_u64(conf_err *e, const conf_node *v, const char *key, uint64_t max,
			   uint64_t *out)
{
	char expected[48];
	snprintf(expected, sizeof expected, "an integer 0..%" PRIu64, max);
	return conf_uint(e, v, key, 0, max, expected, out);
}

static aegis_status pf_i64(conf_err *e, const conf_node *v, const char *key, int64_t *out)
{
	uint64_t u = 0;
	aegis_status st = pf_u64(e, v, key, INT64_MAX, &u);
	*out = (int64_t)u;
	return st;
}

/* A string, possibly empty (a null reads as ""). */
static aegis_status pf_str(conf_err *e, const conf_node *v, const char *key, char **out)
{
	char b[80];
	const char *s = conf_text(v);
	bool null = conf_kind_of(v) == CONF_NULL;
	if ((!s && !null) || conf_has_nul(v))
		return conf_fail(e, conf_line(v), "%s: expected a string, got %s", key,
				 conf_describe(v, b, sizeof b));
	if (!profile_set_str(out, null ? "" : s))
		return conf_fail_at(e, AEGIS_E_NOMEM, e->path, 0, "out of memory");
	return AEGIS_OK;
}

/* "1.2": at most 6 decimals, >= 1. */
static aegis_status pf_margin(conf_err *e, const conf_node *v, uint32_t *out)
{
	char b[80];
	const char *s = conf_text(v);
	uint64_t whole = 0, frac = 0;
	int digits = 0, fdigits = 0;
	const char *c = s;
	for (; c && *c >= '0' && *c <= '9' && digits < 4; c++, digits++)
		whole = whole * 10 + (uint64_t)(*c - '0');
	if (c && *c == '.')
		for (c++; *c >= '0' && *c <= '9' && fdigits < 6; c++, fdigits++)
			frac = frac * 10 + (uint64_t)(*c - '0');
	for (int k = fdigits; k < 6; k++)
		frac *= 10;
	uint64_t ppm = whole * PPM + frac;
	if (!s || !digits || *c || ppm < PPM || ppm > UINT32_MAX)
		return conf_fail(e, conf_line(v), "margin: expected a number >= 1 with at most 6 "
				 "decimals (e.g. 1.2), got %s", conf_describe(v, b, sizeof b));
	*out = (uint32_t)ppm;
	return AEGIS_OK;
}

static const char *const top_keys[] = {"version", "workload", "device", "device_name",
				       "device_profile", "lanes", "runs", "margin",
				       "dispatch_overhead", "device_memory", "lane_sizes", "models",
				       NULL};
static const char *const memory_keys[] = {"driver_fixed", "per_lane_context", "per_lane_cudnn",
					  "per_lane_cublas", "device_other", NULL};
static const char *const overhead_keys[] = {"p50_ns", "p99_ns", "max_ns", NULL};
static const char *const model_keys[] = {"name", "lane", "lane_sms", "runs", "min_ns",
					 "p50_ns", "p99_ns", "p999_ns", "max_ns", "wcet_ns",
					 "curve", NULL};
static const char *const point_keys[] = {"sms", "runs", "p50_ns", "p99_ns", "max_ns",
					 "wcet_ns", "interference", "shared", NULL};

static aegis_status pf_overhead(conf_err *e, const conf_node *v, aegis_profile *p)
{
	char b[80];
	if (conf_kind_of(v) != CONF_MAP)
		return conf_fail(e, conf_line(v), "dispatch_overhead: expected a mapping {p50_ns, "
				 "p99_ns, max_ns}, got %s", conf_describe(v, b, sizeof b));
	aegis_status st = conf_check_keys(e, v, overhead_keys, "in dispatch_overhead");
	int64_t *dst[] = {&p->info.overhead_p50_ns, &p->info.overhead_p99_ns,
			  &p->info.overhead_max_ns};
	for (int k = 0; st == AEGIS_OK && k < 3; k++) {
		const conf_node *x = conf_get(v, overhead_keys[k]);
		if (!x)
			return conf_fail(e, conf_line(v), "dispatch_overhead: missing key '%s'",
					 overhead_keys[k]);
		st = pf_i64(e, x, overhead_keys[k], dst[k]);
	}
	return st;
}

/* device_memory: {driver_fixed, per_lane_context, per_lane_cudnn, per_lane_cublas}, all
 * required, and device_other, optional (files written before it have none), in bytes
 * (version 3). */
static aegis_status pf_memory(conf_err *e, const conf_node *v, aegis_profile *p)
{
	char b[80];
	if (p->version < 3)
		return conf_fail(e, conf_line(v), "device_memory: needs version 3");
	if (conf_kind_of(v) != CONF_MAP)
		return conf_fail(e, conf_line(v), "device_memory: expected a mapping {driver_fixed, "
				 "per_lane_context, per_lane_cudnn, per_lane_cublas}, got %s",
				 conf_describe(v, b, sizeof b));
	aegis_status st = conf_check_keys(e, v, memory_keys, "in device_memory");
	uint64_t *dst[] = {&p->mem.driver_fixed, &p->mem.per_lane_context,
			   &p->mem.per_lane_cudnn, &p->mem.per_lane_cublas, &p->mem.device_other};
	for (int k = 0; st == AEGIS_OK && k < 5; k++) {
		const conf_node *x = conf_get(v, memory_keys[k]);
		if (!x && k == 4)
			break;
		if (!x)
			return conf_fail(e, conf_line(v), "device_memory: missing key '%s' (bytes)",
					 memory_keys[k]);
		st = pf_u64(e, x, memory_keys[k], INT64_MAX, dst[k]);
	}
	p->mem.line = conf_line(v);
	p->has_mem = st == AEGIS_OK;
	return st;
}

/* The model's name: given, not empty, not an earlier model's. */
static aegis_status pf_model_name(conf_err *e, const conf_node *v, aegis_profile *p,
				  size_t idx)
{
	char b[80];
	aegis_profile_model *m = &p->models[idx];
	const conf_node *x = conf_get(v, "name");
	if (!x)
		return conf_fail(e, conf_line(v), "models[%zu]: missing key 'name'", idx);
	char *name = NULL;
	aegis_status st = pf_str(e, x, "name", &name);
	if (st != AEGIS_OK)
		return st;
	m->name = name;
	if (!name[0])
		return conf_fail(e, conf_line(x), "name: expected a model name, got nothing");
	for (size_t j = 0; j < idx; j++)
		if (strcmp(p->models[j].name, name) == 0)
			return conf_fail(e, conf_line(x), "model '%s' given twice (first at line %u)",
					 conf_quote(name, b, sizeof b), p->models[j].line);
	return AEGIS_OK;
}

/* min <= p50 <= p99 <= p999 <= max <= wcet, among those given; a WCET >= 1. */
/* The keys chain[0..n) of v that are present, each into *dst[k]: times that must not
 * decrease along the chain (min <= p50 <= ... <= wcet); one out of order is refused at
 * its line, naming the one before it. */
static aegis_status pf_ordered_times(conf_err *e, const conf_node *v, const char *const *chain,
				     int64_t *const *dst, int n)
{
	const conf_node *x;
	aegis_status st;
	int last = -1;
	for (int k = 0; k < n; k++) {
		if (!(x = conf_get(v, chain[k])))
			continue;
		if ((st = pf_i64(e, x, chain[k], dst[k])) != AEGIS_OK)
			return st;
		if (last >= 0 && *dst[k] < *dst[last])
			return conf_fail(e, conf_line(x), "%s: expected >= %s (%" PRId64 "), got %"
					 PRId64, chain[k], chain[last], *dst[last], *dst[k]);
		last = k;
	}
	return AEGIS_OK;
}

static aegis_status pf_model_times(conf_err *e, const conf_node *v, aegis_profile_model *m,
				   size_t idx)
{
	static const char *const chain[] = {"min_ns", "p50_ns", "p99_ns", "p999_ns", "max_ns",
					    "wcet_ns"};
	int64_t *dst[] = {&m->min_ns, &m->p50_ns, &m->p99_ns, &m->p999_ns, &m->max_ns, &m->wcet_ns};
	char b[80];
	aegis_status st = pf_ordered_times(e, v, chain, dst, 6);
	if (st != AEGIS_OK)
		return st;
	if (m->wcet_ns < 0)
		return conf_fail(e, conf_line(v), "models[%zu] ('%s'): missing key 'wcet_ns'", idx,
				 conf_quote(m->name, b, sizeof b));
	if (m->wcet_ns == 0)
		return conf_fail(e, conf_line(conf_get(v, "wcet_ns")),
				 "wcet_ns: expected a WCET >= 1 ns, got 0");
	return AEGIS_OK;
}

static aegis_status pf_curve(conf_err *e, const conf_node *v, aegis_profile *p, size_t idx);

static aegis_status pf_model(conf_err *e, const conf_node *v, aegis_profile *p, size_t idx)
{
	char b[80], in[32];
	snprintf(in, sizeof in, "in models[%zu]", idx);
	if (conf_kind_of(v) != CONF_MAP)
		return conf_fail(e, conf_line(v), "models[%zu]: expected a mapping (name, wcet_ns, "
				 "...), got %s", idx, conf_describe(v, b, sizeof b));
	aegis_status st = conf_check_keys(e, v, model_keys, in);
	if (st != AEGIS_OK)
		return st;
	aegis_profile_model *m = &p->models[idx];
	*m = (aegis_profile_model){.lane = -1, .min_ns = -1, .p50_ns = -1, .p99_ns = -1,
				   .p999_ns = -1, .max_ns = -1, .wcet_ns = -1,
				   .line = conf_line(v)};
	p->n_models = (uint32_t)idx + 1; /* m->name is owned from here on */
	if ((st = pf_model_name(e, v, p, idx)) != AEGIS_OK)
		return st;
	const conf_node *x;
	uint64_t u;
	if ((x = conf_get(v, "lane"))) {
		if ((st = pf_u64(e, x, "lane", AEGIS_MAX_LANES - 1, &u)) != AEGIS_OK)
			return st;
		m->lane = (int32_t)u;
	}
	if ((x = conf_get(v, "lane_sms"))) {
		if ((st = pf_u64(e, x, "lane_sms", UINT32_MAX, &u)) != AEGIS_OK)
			return st;
		m->lane_sms = (uint32_t)u;
	}
	if ((x = conf_get(v, "runs")) && (st = pf_u64(e, x, "runs", UINT64_MAX, &m->runs)))
		return st;
	if ((st = pf_model_times(e, v, m, idx)) != AEGIS_OK)
		return st;
	if ((x = conf_get(v, "curve")))
		return pf_curve(e, x, p, idx);
	return AEGIS_OK;
}

/* lane_sizes: distinct sizes >= 1, increasing (version 2). */
static aegis_status pf_sizes(conf_err *e, const conf_node *v, aegis_profile *p)
{
	char b[80];
	if (p->version < 2)
		return conf_fail(e, conf_line(v), "lane_sizes: needs version 2");
	if (conf_kind_of(v) != CONF_LIST)
		return conf_fail(e, conf_line(v), "lane_sizes: expected a list of SM counts, got %s",
				 conf_describe(v, b, sizeof b));
	size_t n = conf_count(v);
	if (n > AEGIS_PROFILE_MAX_SIZES)
		return conf_fail(e, conf_line(v), "lane_sizes: at most %u, got %zu",
				 AEGIS_PROFILE_MAX_SIZES, n);
	if (!(p->sizes = calloc(n ? n : 1, sizeof *p->sizes)))
		return conf_fail_at(e, AEGIS_E_NOMEM, e->path, 0, "out of memory");
	for (size_t i = 0; i < n; i++) {
		uint64_t u;
		const conf_node *x = conf_item(v, i);
		aegis_status st = conf_uint(e, x, "lane_sizes", 1, UINT32_MAX,
					    "an SM count >= 1", &u);
		if (st != AEGIS_OK)
			return st;
		if (i && u <= p->sizes[i - 1])
			return conf_fail(e, conf_line(x), "lane_sizes: expected increasing sizes, got "
					 "%" PRIu64 " after %u", u, p->sizes[i - 1]);
		p->sizes[i] = (uint32_t)u;
		p->n_sizes = (uint32_t)i + 1;
	}
	return AEGIS_OK;
}

/* interference: a factor >= 1 (or 0: not measured), as plain decimal text. */
static aegis_status pf_factor(conf_err *e, const conf_node *v, double *out)
{
	char b[80], *end = NULL;
	const char *s = conf_text(v);
	double d = s ? strtod(s, &end) : 0;
	if (!s || end == s || *end || !(d == 0 || (d >= 1 && d <= 1000)))
		return conf_fail(e, conf_line(v), "interference: expected a factor 1..1000 (or 0: "
				 "not measured), got %s", conf_describe(v, b, sizeof b));
	*out = d;
	return AEGIS_OK;
}

/* One point of a curve: sms and wcet_ns required; p50 <= p99 <= max <= wcet. */
static aegis_status pf_point(conf_err *e, const conf_node *v, uint32_t version,
			     aegis_profile_point *q, size_t idx)
{
	char b[80], in[48];
	snprintf(in, sizeof in, "in curve[%zu]", idx);
	if (conf_kind_of(v) != CONF_MAP)
		return conf_fail(e, conf_line(v), "curve[%zu]: expected a mapping {sms, wcet_ns, "
				 "...}, got %s", idx, conf_describe(v, b, sizeof b));
	aegis_status st = conf_check_keys(e, v, point_keys, in);
	if (st != AEGIS_OK)
		return st;
	*q = (aegis_profile_point){.p50_ns = -1, .p99_ns = -1, .max_ns = -1, .wcet_ns = -1};
	const conf_node *x = conf_get(v, "sms");
	uint64_t u;
	if (!x)
		return conf_fail(e, conf_line(v), "curve[%zu]: missing key 'sms'", idx);
	if ((st = conf_uint(e, x, "sms", 1, UINT32_MAX, "an SM count >= 1", &u)))
		return st;
	q->sms = (uint32_t)u;
	if ((x = conf_get(v, "runs")) && (st = pf_u64(e, x, "runs", UINT64_MAX, &q->runs)))
		return st;
	static const char *const chain[] = {"p50_ns", "p99_ns", "max_ns", "wcet_ns"};
	int64_t *dst[] = {&q->p50_ns, &q->p99_ns, &q->max_ns, &q->wcet_ns};
	if ((st = pf_ordered_times(e, v, chain, dst, 4)) != AEGIS_OK)
		return st;
	if (q->wcet_ns < 1)
		return conf_fail(e, conf_line(v), "curve[%zu]: expected wcet_ns >= 1", idx);
	if ((x = conf_get(v, "interference")) && (st = pf_factor(e, x, &q->interference)))
		return st;
	if ((x = conf_get(v, "shared"))) {
		if (version < 4)
			return conf_fail(e, conf_line(x), "curve[%zu]: shared needs version 4", idx);
		if ((st = conf_uint(e, x, "shared", 2, AEGIS_MAX_LANES, "a lane count 2..64", &u)))
			return st;
		q->shared = (uint32_t)u;
	}
	return AEGIS_OK;
}

static aegis_status pf_curve(conf_err *e, const conf_node *v, aegis_profile *p, size_t idx)
{
	char b[80];
	if (p->version < 2)
		return conf_fail(e, conf_line(v), "curve: needs version 2");
	if (conf_kind_of(v) != CONF_LIST)
		return conf_fail(e, conf_line(v), "curve: expected a list of points {sms, wcet_ns, "
				 "...}, got %s", conf_describe(v, b, sizeof b));
	size_t n = conf_count(v);
	if (n > AEGIS_PROFILE_MAX_SIZES)
		return conf_fail(e, conf_line(v), "curve: at most %u points, got %zu",
				 AEGIS_PROFILE_MAX_SIZES, n);
	struct profile_curve *c = &p->curves[idx];
	if (!(c->pts = calloc(n ? n : 1, sizeof *c->pts)))
		return conf_fail_at(e, AEGIS_E_NOMEM, e->path, 0, "out of memory");
	for (size_t k = 0; k < n; k++) {
		const conf_node *x = conf_item(v, k);
		aegis_status st = pf_point(e, x, p->version, &c->pts[k], k);
		if (st != AEGIS_OK)
			return st;
		/* increasing (sms, shared): of one size, alone first, then fewer lanes sharing */
		const aegis_profile_point *a = &c->pts[k - (k > 0)], *q = &c->pts[k];
		if (k && (q->sms < a->sms || (q->sms == a->sms && q->shared <= a->shared)))
			return conf_fail(e, conf_line(x), "curve[%zu]: expected points in increasing "
					 "size and, of one size, alone then increasing shared; got "
					 "%u SMs%s after %u SMs%s", k, q->sms,
					 q->shared ? " shared" : "", a->sms, a->shared ? " shared" : "");
		c->n = (uint32_t)k + 1;
	}
	return AEGIS_OK;
}

/* version, workload, device, device_name, device_profile, lanes, runs, margin,
 * dispatch_overhead: in this order. */
static aegis_status pf_header(conf_err *e, const conf_node *root, aegis_profile *p)
{
	static const char *const strs[] = {"workload", "device", "device_name", "device_profile"};
	char **sdst[] = {&p->workload, &p->device, &p->device_name, &p->device_profile};
	const conf_node *x;
	aegis_status st;
	uint64_t u;
	if ((x = conf_get(root, "version"))) {
		if ((st = pf_u64(e, x, "version", UINT32_MAX, &u)) != AEGIS_OK)
			return st;
		if (u < 1 || u > 4)
			return conf_fail(e, conf_line(x), "version: expected 1, 2, 3 or 4, got %" PRIu64,
					 u);
		p->version = (uint32_t)u;
	}
	for (int k = 0; k < 4; k++)
		if ((x = conf_get(root, strs[k])) && (st = pf_str(e, x, strs[k], sdst[k])) != AEGIS_OK)
			return st;
	if ((x = conf_get(root, "lanes"))) {
		if ((st = pf_u64(e, x, "lanes", AEGIS_MAX_LANES, &u)) != AEGIS_OK)
			return st;
		p->info.lanes = (uint32_t)u;
	}
	if ((x = conf_get(root, "runs")) &&
	    (st = pf_u64(e, x, "runs", UINT64_MAX, &p->info.runs)) != AEGIS_OK)
		return st;
	if ((x = conf_get(root, "margin")) && (st = pf_margin(e, x, &p->info.margin_ppm)) != AEGIS_OK)
		return st;
	if ((x = conf_get(root, "dispatch_overhead")) && (st = pf_overhead(e, x, p)) != AEGIS_OK)
		return st;
	if ((x = conf_get(root, "device_memory")) && (st = pf_memory(e, x, p)) != AEGIS_OK)
		return st;
	if ((x = conf_get(root, "lane_sizes")) && (st = pf_sizes(e, x, p)) != AEGIS_OK)
		return st;
	return AEGIS_OK;
}

static aegis_status pf_root(conf_err *e, const conf_node *root, aegis_profile *p)
{
	char b[80];
	if (!root)
		return conf_fail(e, 1, "empty file: expected a profile (a mapping with 'models')");
	if (conf_kind_of(root) != CONF_MAP)
		return conf_fail(e, conf_line(root), "expected a profile (a mapping with 'models'), "
				 "got %s", conf_describe(root, b, sizeof b));
	aegis_status st = conf_check_keys(e, root, top_keys, "at the top");
	if (st != AEGIS_OK || (st = pf_header(e, root, p)) != AEGIS_OK)
		return st;
	const conf_node *models = conf_get(root, "models");
	if (!models)
		return conf_fail(e, conf_line(root), "missing key 'models' (the list of measured "
				 "models)");
	if (conf_kind_of(models) != CONF_LIST)
		return conf_fail(e, conf_line(models), "models: expected a list, got %s",
				 conf_describe(models, b, sizeof b));
	size_t n = conf_count(models);
	if (n > AEGIS_MAX_MODELS)
		return conf_fail(e, conf_line(models), "models: at most %u, got %zu",
				 AEGIS_MAX_MODELS, n);
	aegis_profile_model *arr = calloc(n ? n : 1, sizeof *arr);
	struct profile_curve *curves = calloc(n ? n : 1, sizeof *curves);
	if (!arr || !curves) {
		free(arr);
		free(curves);
		return conf_fail_at(e, AEGIS_E_NOMEM, e->path, 0, "out of memory");
	}
	free(p->models);
	free(p->curves);
	p->models = arr;
	p->curves = curves;
	for (size_t i = 0; i < n; i++)
		if ((st = pf_model(e, conf_item(models, i), p, i)) != AEGIS_OK)
			return st;
	return AEGIS_OK;
}

static aegis_status pf_read_root(conf_err *e, const conf_node *root, void *p)
{
	return pf_root(e, root, p);
}

/* The first YAML document of text (the rest is not read, as ever) into p. */
static aegis_status pf_read_text(conf_err *e, const char *text, size_t len, aegis_profile *p)
{
	static const yaml_conf_opts opts = {.brief_errors = true};
	return yaml_conf_read(text, len, &opts, e, pf_read_root, p);
}

aegis_status aegis_profile_parse(const char *name, const char *text, size_t len,
				 aegis_profile **out, char *err, size_t err_len)
{
	conf_err e;
	conf_err_init(&e, name ? name : "(null)", err, err_len);
	if (err && err_len)
		err[0] = '\0';
	if (out)
		*out = NULL;
	if (!name || !out || (!text && len))
		return conf_fail_at(&e, AEGIS_E_INVAL, e.path, 0, "invalid argument");
	aegis_profile *p = profile_alloc(0);
	if (!p)
		return conf_nomem(&e);
	aegis_status st = pf_read_text(&e, text ? text : "", len, p);
	if (st != AEGIS_OK) {
		aegis_profile_destroy(p);
		return st;
	}
	profile_sync_info(p);
	*out = p;
	return AEGIS_OK;
}

aegis_status aegis_profile_load(const char *path, aegis_profile **out, char *err,
				size_t err_len)
{
	conf_err e;
	conf_err_init(&e, path ? path : "(null)", err, err_len);
	if (out)
		*out = NULL;
	if (!path || !out)
		return conf_fail_at(&e, AEGIS_E_INVAL, e.path, 0, "invalid argument");
	char *text = NULL;
	size_t len = 0;
	char why[40];
	int rc = file_read_all(path, PROFILE_MAX_FILE_BYTES, &text, &len);
	if (rc == ENOMEM)
		return conf_nomem(&e);
	if (rc)
		return conf_fail_at(&e, AEGIS_E_IO, e.path, 0, "cannot open: %s",
				    file_error(rc, PROFILE_MAX_FILE_BYTES, why, sizeof why));
	aegis_status st = aegis_profile_parse(path, text, len, out, err, err_len);
	free(text);
	return st;
}
