/* WCET profile files (aegis/profile.h): the writer (plain fprintf) and the reader
 * (libyaml through workload/yaml_util.h), with "path:line: what was expected" on every
 * refusal. Must not measure anything nor create a runtime (profile/measure.c does). */
#include <errno.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/file.h"
#include "workload/profile_internal.h"
#include "workload/yaml_util.h"

#define PROFILE_MAX_FILE_BYTES ((size_t)16 << 20)
#define PPM 1000000u

/* ---- the object ------------------------------------------------------------------ */

aegis_profile *profile_alloc(uint32_t n)
{
	aegis_profile *p = calloc(1, sizeof *p);
	if (!p)
		return NULL;
	p->models = calloc(n ? n : 1, sizeof *p->models);
	if (!p->models) {
		free(p);
		return NULL;
	}
	p->info.overhead_p50_ns = p->info.overhead_p99_ns = p->info.overhead_max_ns = -1;
	profile_sync_info(p);
	return p;
}

bool profile_set_str(char **dst, const char *s)
{
	char *c = wl_strdup(s ? s : "");
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
	for (uint32_t i = 0; i < p->n_models; i++)
		free((char *)p->models[i].name);
	free(p->models);
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
	fprintf(f, "version: 1\nworkload: ");
	put_str(f, in->workload);
	fprintf(f, "\ndevice: ");
	put_str(f, in->device);
	fprintf(f, "\ndevice_name: ");
	put_str(f, in->device_name);
	fprintf(f, "\ndevice_profile: ");
	put_str(f, in->device_profile);
	fprintf(f, "\nlanes: %u\nruns: %" PRIu64 "\nmargin: %u.%s\n", in->lanes, in->runs,
		in->margin_ppm / PPM, frac);
	if (in->overhead_max_ns >= 0)
		fprintf(f, "dispatch_overhead: {p50_ns: %" PRId64 ", p99_ns: %" PRId64
			   ", max_ns: %" PRId64 "}\n",
			in->overhead_p50_ns, in->overhead_p99_ns, in->overhead_max_ns);
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
	}
	fflush(f);
	return ferror(f) ? AEGIS_E_IO : AEGIS_OK;
}

/* ---- reader ---------------------------------------------------------------------- */

typedef struct pf_parser {
	const char *name;
	yaml_document_t doc;
	aegis_profile *p;
	char *err;
	size_t err_len;
} pf_parser;

static aegis_status pf_fail_st(pf_parser *r, aegis_status st, uint32_t line, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

static aegis_status pf_fail_st(pf_parser *r, aegis_status st, uint32_t line, const char *fmt, ...)
{
	if (!r->err || !r->err_len)
		return st;
	int n = snprintf(r->err, r->err_len, "%s:%u: ", r->name, line);
	if (n >= 0 && (size_t)n < r->err_len) {
		va_list ap;
		va_start(ap, fmt);
		vsnprintf(r->err + n, r->err_len - (size_t)n, fmt, ap);
		va_end(ap);
	}
	return st;
}

#define pf_fail(r, line, ...) pf_fail_st((r), AEGIS_E_CONFIG, (line), __VA_ARGS__)

static const char *pf_describe(const yaml_node_t *n, char *buf, size_t len)
{
	const char *s = wl_scalar(n);
	if (!s)
		return wl_kind_name(n);
	if (wl_is_null(n))
		return "nothing";
	char q[64];
	snprintf(buf, len, "'%s'", wl_quote(s, q, sizeof q));
	return buf;
}

/* A non-negative integer <= max. */
static aegis_status pf_u64(pf_parser *r, const yaml_node_t *v, const char *key, uint64_t max,
			   uint64_t *out)
{
	char b[80];
	const char *s = wl_scalar(v);
	if (!s || wl_is_null(v) || wl_parse_u64(s, out) != WL_NUM_OK || *out > max)
		return pf_fail(r, wl_line(v), "%s: expected an integer 0..%" PRIu64 ", got %s", key,
			       max, pf_describe(v, b, sizeof b));
	return AEGIS_OK;
}

static aegis_status pf_i64(pf_parser *r, const yaml_node_t *v, const char *key, int64_t *out)
{
	uint64_t u;
	aegis_status st = pf_u64(r, v, key, INT64_MAX, &u);
	*out = (int64_t)u;
	return st;
}

static aegis_status pf_str(pf_parser *r, const yaml_node_t *v, const char *key, char **out)
{
	char b[80];
	const char *s = wl_scalar(v);
	if (!s || wl_has_nul(v))
		return pf_fail(r, wl_line(v), "%s: expected a string, got %s", key,
			       pf_describe(v, b, sizeof b));
	if (!profile_set_str(out, wl_is_null(v) ? "" : s))
		return pf_fail_st(r, AEGIS_E_NOMEM, 0, "out of memory");
	return AEGIS_OK;
}

/* "1.2": at most 6 decimals, >= 1. */
static aegis_status pf_margin(pf_parser *r, const yaml_node_t *v, uint32_t *out)
{
	char b[80];
	const char *s = wl_scalar(v);
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
		return pf_fail(r, wl_line(v), "margin: expected a number >= 1 with at most 6 "
			       "decimals (e.g. 1.2), got %s", pf_describe(v, b, sizeof b));
	*out = (uint32_t)ppm;
	return AEGIS_OK;
}

/* Every key of map is a scalar out of keys, given once. */
static aegis_status pf_check_keys(pf_parser *r, const yaml_node_t *map, const char *const *keys,
				  const char *in)
{
	char b[80];
	size_t n = wl_map_size(map);
	for (size_t i = 0; i < n; i++) {
		const yaml_node_t *kn = wl_map_key(&r->doc, map, i);
		const char *k = wl_scalar(kn);
		size_t j = 0;
		while (k && keys[j] && strcmp(keys[j], k) != 0)
			j++;
		if (!k || !keys[j]) {
			char list[256];
			size_t o = 0;
			list[0] = '\0';
			for (size_t m = 0; keys[m] && o < sizeof list; m++) {
				int w = snprintf(list + o, sizeof list - o, "%s%s", m ? ", " : "", keys[m]);
				o += w > 0 ? (size_t)w : 0;
			}
			return pf_fail(r, wl_line(kn), "unknown key %s %s (expected one of: %s)",
				       pf_describe(kn, b, sizeof b), in, list);
		}
		for (size_t m = 0; m < i; m++) {
			const char *k2 = wl_scalar(wl_map_key(&r->doc, map, m));
			if (k2 && strcmp(k2, k) == 0)
				return pf_fail(r, wl_line(kn), "key '%s' given twice %s", k, in);
		}
	}
	return AEGIS_OK;
}

static const char *const top_keys[] = {"version", "workload", "device", "device_name",
				       "device_profile", "lanes", "runs", "margin",
				       "dispatch_overhead", "models", NULL};
static const char *const overhead_keys[] = {"p50_ns", "p99_ns", "max_ns", NULL};
static const char *const model_keys[] = {"name", "lane", "lane_sms", "runs", "min_ns",
					 "p50_ns", "p99_ns", "p999_ns", "max_ns", "wcet_ns",
					 NULL};

static aegis_status pf_overhead(pf_parser *r, const yaml_node_t *v)
{
	char b[80];
	if (v->type != YAML_MAPPING_NODE)
		return pf_fail(r, wl_line(v), "dispatch_overhead: expected a mapping {p50_ns, p99_ns, "
			       "max_ns}, got %s", pf_describe(v, b, sizeof b));
	aegis_status st = pf_check_keys(r, v, overhead_keys, "in dispatch_overhead");
	int64_t *dst[] = {&r->p->info.overhead_p50_ns, &r->p->info.overhead_p99_ns,
			  &r->p->info.overhead_max_ns};
	for (int k = 0; st == AEGIS_OK && k < 3; k++) {
		const yaml_node_t *x = wl_map_get(&r->doc, v, overhead_keys[k]);
		if (!x)
			return pf_fail(r, wl_line(v), "dispatch_overhead: missing key '%s'",
				       overhead_keys[k]);
		st = pf_i64(r, x, overhead_keys[k], dst[k]);
	}
	return st;
}

static aegis_status pf_model(pf_parser *r, const yaml_node_t *v, size_t idx)
{
	char b[80], in[32];
	snprintf(in, sizeof in, "in models[%zu]", idx);
	if (v->type != YAML_MAPPING_NODE)
		return pf_fail(r, wl_line(v), "models[%zu]: expected a mapping (name, wcet_ns, ...), "
			       "got %s", idx, pf_describe(v, b, sizeof b));
	aegis_status st = pf_check_keys(r, v, model_keys, in);
	if (st != AEGIS_OK)
		return st;
	aegis_profile_model *m = &r->p->models[idx];
	*m = (aegis_profile_model){.lane = -1, .min_ns = -1, .p50_ns = -1, .p99_ns = -1,
				   .p999_ns = -1, .max_ns = -1, .wcet_ns = -1,
				   .line = wl_line(v)};
	r->p->n_models = (uint32_t)idx + 1; /* m->name is owned from here on */
	const yaml_node_t *x = wl_map_get(&r->doc, v, "name");
	if (!x)
		return pf_fail(r, wl_line(v), "models[%zu]: missing key 'name'", idx);
	char *name = NULL;
	if ((st = pf_str(r, x, "name", &name)) != AEGIS_OK)
		return st;
	m->name = name;
	if (!name[0])
		return pf_fail(r, wl_line(x), "name: expected a model name, got nothing");
	for (size_t j = 0; j < idx; j++)
		if (strcmp(r->p->models[j].name, name) == 0)
			return pf_fail(r, wl_line(x), "model '%s' given twice (first at line %u)",
				       wl_quote(name, b, sizeof b), r->p->models[j].line);
	uint64_t u;
	if ((x = wl_map_get(&r->doc, v, "lane"))) {
		if ((st = pf_u64(r, x, "lane", AEGIS_MAX_LANES - 1, &u)) != AEGIS_OK)
			return st;
		m->lane = (int32_t)u;
	}
	if ((x = wl_map_get(&r->doc, v, "lane_sms"))) {
		if ((st = pf_u64(r, x, "lane_sms", UINT32_MAX, &u)) != AEGIS_OK)
			return st;
		m->lane_sms = (uint32_t)u;
	}
	if ((x = wl_map_get(&r->doc, v, "runs")) && (st = pf_u64(r, x, "runs", UINT64_MAX, &m->runs)))
		return st;
	/* min <= p50 <= p99 <= p999 <= max <= wcet, among those given */
	static const char *const chain[] = {"min_ns", "p50_ns", "p99_ns", "p999_ns", "max_ns",
					    "wcet_ns"};
	int64_t *dst[] = {&m->min_ns, &m->p50_ns, &m->p99_ns, &m->p999_ns, &m->max_ns, &m->wcet_ns};
	int last = -1;
	for (int k = 0; k < 6; k++) {
		if (!(x = wl_map_get(&r->doc, v, chain[k])))
			continue;
		if ((st = pf_i64(r, x, chain[k], dst[k])) != AEGIS_OK)
			return st;
		if (last >= 0 && *dst[k] < *dst[last])
			return pf_fail(r, wl_line(x), "%s: expected >= %s (%" PRId64 "), got %" PRId64,
				       chain[k], chain[last], *dst[last], *dst[k]);
		last = k;
	}
	if (m->wcet_ns < 0)
		return pf_fail(r, wl_line(v), "models[%zu] ('%s'): missing key 'wcet_ns'", idx,
			       wl_quote(name, b, sizeof b));
	if (m->wcet_ns == 0)
		return pf_fail(r, wl_line(wl_map_get(&r->doc, v, "wcet_ns")),
			       "wcet_ns: expected a WCET >= 1 ns, got 0");
	return AEGIS_OK;
}

static aegis_status pf_root(pf_parser *r, const yaml_node_t *root)
{
	char b[80];
	if (!root)
		return pf_fail(r, 1, "empty file: expected a profile (a mapping with 'models')");
	if (root->type != YAML_MAPPING_NODE)
		return pf_fail(r, wl_line(root), "expected a profile (a mapping with 'models'), got %s",
			       pf_describe(root, b, sizeof b));
	aegis_status st = pf_check_keys(r, root, top_keys, "at the top");
	if (st != AEGIS_OK)
		return st;
	const yaml_node_t *x;
	uint64_t u;
	if ((x = wl_map_get(&r->doc, root, "version"))) {
		if ((st = pf_u64(r, x, "version", UINT32_MAX, &u)) != AEGIS_OK)
			return st;
		if (u != 1)
			return pf_fail(r, wl_line(x), "version: expected 1, got %" PRIu64, u);
	}
	static const char *const strs[] = {"workload", "device", "device_name", "device_profile"};
	char **sdst[] = {&r->p->workload, &r->p->device, &r->p->device_name, &r->p->device_profile};
	for (int k = 0; k < 4; k++)
		if ((x = wl_map_get(&r->doc, root, strs[k])) &&
		    (st = pf_str(r, x, strs[k], sdst[k])) != AEGIS_OK)
			return st;
	if ((x = wl_map_get(&r->doc, root, "lanes"))) {
		if ((st = pf_u64(r, x, "lanes", AEGIS_MAX_LANES, &u)) != AEGIS_OK)
			return st;
		r->p->info.lanes = (uint32_t)u;
	}
	if ((x = wl_map_get(&r->doc, root, "runs")) &&
	    (st = pf_u64(r, x, "runs", UINT64_MAX, &r->p->info.runs)) != AEGIS_OK)
		return st;
	if ((x = wl_map_get(&r->doc, root, "margin")) &&
	    (st = pf_margin(r, x, &r->p->info.margin_ppm)) != AEGIS_OK)
		return st;
	if ((x = wl_map_get(&r->doc, root, "dispatch_overhead")) &&
	    (st = pf_overhead(r, x)) != AEGIS_OK)
		return st;
	const yaml_node_t *models = wl_map_get(&r->doc, root, "models");
	if (!models)
		return pf_fail(r, wl_line(root), "missing key 'models' (the list of measured models)");
	if (models->type != YAML_SEQUENCE_NODE)
		return pf_fail(r, wl_line(models), "models: expected a list, got %s",
			       pf_describe(models, b, sizeof b));
	size_t n = wl_seq_size(models);
	if (n > AEGIS_MAX_MODELS)
		return pf_fail(r, wl_line(models), "models: at most %u, got %zu", AEGIS_MAX_MODELS, n);
	aegis_profile_model *arr = calloc(n ? n : 1, sizeof *arr);
	if (!arr)
		return pf_fail_st(r, AEGIS_E_NOMEM, 0, "out of memory");
	free(r->p->models);
	r->p->models = arr;
	for (size_t i = 0; i < n; i++)
		if ((st = pf_model(r, wl_seq_item(&r->doc, models, i), i)) != AEGIS_OK)
			return st;
	return AEGIS_OK;
}

static aegis_status pf_load_document(pf_parser *r, const char *text, size_t len)
{
	yaml_parser_t y;
	if (!yaml_parser_initialize(&y))
		return pf_fail_st(r, AEGIS_E_NOMEM, 0, "out of memory");
	yaml_parser_set_input_string(&y, (const unsigned char *)text, len);
	aegis_status st = AEGIS_OK;
	if (!yaml_parser_load(&y, &r->doc)) {
		if (y.error == YAML_MEMORY_ERROR)
			st = pf_fail_st(r, AEGIS_E_NOMEM, 0, "out of memory");
		else
			st = pf_fail(r, (uint32_t)y.problem_mark.line + 1, "YAML syntax error: %s",
				     y.problem ? y.problem : "unknown problem");
	}
	yaml_parser_delete(&y);
	return st;
}

aegis_status aegis_profile_parse(const char *name, const char *text, size_t len,
				 aegis_profile **out, char *err, size_t err_len)
{
	pf_parser r = {.name = name ? name : "(null)", .err = err, .err_len = err_len};
	if (err && err_len)
		err[0] = '\0';
	if (out)
		*out = NULL;
	if (!name || !out || (!text && len))
		return pf_fail_st(&r, AEGIS_E_INVAL, 0, "invalid argument");
	if (!(r.p = profile_alloc(0)))
		return pf_fail_st(&r, AEGIS_E_NOMEM, 0, "out of memory");
	aegis_status st = pf_load_document(&r, text ? text : "", len);
	if (st == AEGIS_OK) {
		st = pf_root(&r, yaml_document_get_root_node(&r.doc));
		yaml_document_delete(&r.doc);
	}
	if (st != AEGIS_OK) {
		aegis_profile_destroy(r.p);
		return st;
	}
	profile_sync_info(r.p);
	*out = r.p;
	return AEGIS_OK;
}

aegis_status aegis_profile_load(const char *path, aegis_profile **out, char *err,
				size_t err_len)
{
	pf_parser r = {.name = path ? path : "(null)", .err = err, .err_len = err_len};
	if (out)
		*out = NULL;
	if (!path || !out)
		return pf_fail_st(&r, AEGIS_E_INVAL, 0, "invalid argument");
	char *text = NULL;
	size_t len = 0;
	int rc = file_read_all(path, PROFILE_MAX_FILE_BYTES, &text, &len);
	if (rc == ENOMEM)
		return pf_fail_st(&r, AEGIS_E_NOMEM, 0, "out of memory");
	if (rc)
		return pf_fail_st(&r, AEGIS_E_IO, 0, "cannot open: %s",
				  rc == EFBIG ? "larger than 16 MiB" : strerror(rc));
	aegis_status st = aegis_profile_parse(path, text, len, out, err, err_len);
	free(text);
	return st;
}
