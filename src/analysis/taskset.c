/* Task-set facts shared by every analysis, and the aegis_analyse entry point that
 * routes a kind to its test. Must not contain a schedulability test itself. */
#include <stdlib.h>
#include <string.h>

#include "analysis/taskset.h"

aegis_status an_validate(const aegis_task *t, uint32_t n)
{
	if (!t && n)
		return AEGIS_E_INVAL;
	for (uint32_t i = 0; i < n; i++) {
		const aegis_task *x = &t[i];
		if (x->wcet_ns <= 0 || x->period_ns <= 0 || x->deadline_ns <= 0 ||
		    x->deadline_ns > x->period_ns || x->jitter_ns < 0 ||
		    x->jitter_ns >= x->period_ns)
			return AEGIS_E_INVAL;
		if (x->n_segments > 1 && !x->segment_ns)
			return AEGIS_E_INVAL;
		if (x->segment_ns && x->n_segments) {
			int64_t sum = 0;
			for (uint32_t k = 0; k < x->n_segments; k++) {
				if (x->segment_ns[k] < 0 ||
				    __builtin_add_overflow(sum, x->segment_ns[k], &sum))
					return AEGIS_E_INVAL;
			}
			if (sum != x->wcet_ns)
				return AEGIS_E_INVAL;
		}
	}
	return AEGIS_OK;
}

double an_utilisation(const aegis_task *t, uint32_t n)
{
	double u = 0;
	for (uint32_t i = 0; i < n; i++)
		u += (double)t[i].wcet_ns / (double)t[i].period_ns;
	return u;
}

static aegis_status busy_period(const aegis_task *t, uint32_t n, bool jitter, int64_t *L,
				bool *bounded)
{
	*bounded = false;
	int64_t cur = 0;
	for (uint32_t i = 0; i < n; i++)
		if (__builtin_add_overflow(cur, t[i].wcet_ns, &cur))
			return AEGIS_E_OVERFLOW;
	for (uint32_t it = 0; it < AN_MAX_ITERATIONS && cur <= INT64_MAX / 4; it++) {
		int64_t next = 0, w;
		for (uint32_t i = 0; i < n; i++) {
			if (__builtin_add_overflow(cur, jitter ? t[i].jitter_ns : 0, &w))
				return AEGIS_OK; /* a window past the clock's range: unbounded */
			if (!an_add_mul(&next, an_ceil_div(w, t[i].period_ns), t[i].wcet_ns))
				return AEGIS_E_OVERFLOW;
		}
		if (next == cur) {
			*L = cur;
			*bounded = true;
			return AEGIS_OK;
		}
		cur = next;
	}
	return AEGIS_OK;
}

aegis_status an_busy_period(const aegis_task *t, uint32_t n, int64_t *L, bool *bounded)
{
	return busy_period(t, n, true, L, bounded);
}

aegis_status an_sync_busy_period(const aegis_task *t, uint32_t n, int64_t *L, bool *bounded)
{
	return busy_period(t, n, false, L, bounded);
}

int64_t an_seg_max(const aegis_task *t)
{
	if (!t->segment_ns || t->n_segments < 2)
		return t->wcet_ns;
	int64_t m = 0;
	for (uint32_t k = 0; k < t->n_segments; k++)
		if (t->segment_ns[k] > m)
			m = t->segment_ns[k];
	return m;
}

int64_t an_seg_last(const aegis_task *t)
{
	if (!t->segment_ns || t->n_segments < 2)
		return t->wcet_ns;
	return t->segment_ns[t->n_segments - 1];
}

/* order = 0..n-1 by (key, index), key[i] or else t[i].prio: O(n^2), for small n or
 * where no buffer can be had. */
static void insertion_sort(const int64_t *key, const aegis_task *t, uint32_t n, uint32_t *order)
{
	for (uint32_t i = 0; i < n; i++)
		order[i] = i;
	for (uint32_t i = 1; i < n; i++) {
		uint32_t x = order[i], j = i;
		while (j > 0 && (key ? key[order[j - 1]] > key[x] : t[order[j - 1]].prio > t[x].prio)) {
			order[j] = order[j - 1];
			j--;
		}
		order[j] = x;
	}
}

void an_sort_by_key(const int64_t *key, uint32_t n, uint32_t *order)
{
	/* stable by (key, index): a bottom-up merge sort, O(n log n) for the thousands of
	 * models a lane may hold */
	uint32_t *tmp = n > 16 ? malloc(n * sizeof *tmp) : NULL;
	if (!tmp) {
		insertion_sort(key, NULL, n, order);
		return;
	}
	for (uint32_t i = 0; i < n; i++)
		order[i] = i;
	uint32_t *src = order, *dst = tmp;
	for (uint32_t w = 1; w < n; w = w > n / 2 ? n : 2 * w) {
		for (uint32_t lo = 0; lo < n; lo += 2 * w) {
			uint32_t mid = lo + w < n ? lo + w : n;
			uint32_t hi = mid + w < n ? mid + w : n;
			uint32_t a = lo, b = mid, k = lo;
			while (a < mid && b < hi) /* ties take the left run: stable */
				dst[k++] = key[src[b]] < key[src[a]] ? src[b++] : src[a++];
			while (a < mid)
				dst[k++] = src[a++];
			while (b < hi)
				dst[k++] = src[b++];
		}
		uint32_t *s = src;
		src = dst;
		dst = s;
	}
	if (src != order)
		memcpy(order, src, n * sizeof *order);
	free(tmp);
}

void an_priority_order(const aegis_task *t, uint32_t n, uint32_t *order)
{
	int64_t *key = malloc((n ? n : 1) * sizeof *key);
	if (!key) {
		insertion_sort(NULL, t, n, order);
		return;
	}
	for (uint32_t i = 0; i < n; i++)
		key[i] = t[i].prio;
	an_sort_by_key(key, n, order);
	free(key);
}

/* Checks the tasks and sets *out to "schedulable" with their utilisation: what every
 * test starts from. */
static aegis_status analysis_start(aegis_analysis_kind kind, const aegis_task *tasks,
				   uint32_t n, aegis_analysis_result *out)
{
	aegis_status st = an_validate(tasks, n);
	if (st != AEGIS_OK)
		return st;
	*out = (aegis_analysis_result){.kind = kind, .schedulable = true,
				       .utilisation = an_utilisation(tasks, n),
				       .failing_task = AEGIS_AN_NONE, .check_point_ns = -1,
				       .reason = "all deadlines met"};
	return AEGIS_OK;
}

aegis_status aegis_analyse(aegis_analysis_kind kind, const aegis_task *tasks, uint32_t n,
			   aegis_analysis_result *out, aegis_task_result *per_task)
{
	if (!out || (unsigned)kind >= AEGIS_AN_KIND_COUNT_)
		return AEGIS_E_INVAL;
	aegis_status st = analysis_start(kind, tasks, n, out);
	if (st != AEGIS_OK)
		return st;
	switch (kind) {
	case AEGIS_AN_FP_NP:
	case AEGIS_AN_FP_LP:
	case AEGIS_AN_FP_P:
		return an_fp(kind, tasks, n, out, per_task);
	case AEGIS_AN_EDF_NP:
	case AEGIS_AN_EDF_LP:
	case AEGIS_AN_EDF_P:
		return an_edf(kind, tasks, n, out, per_task);
	case AEGIS_AN_KIND_COUNT_:
		break;
	}
	return AEGIS_E_INVAL;
}

aegis_status an_analyse_add(aegis_analysis_kind kind, const aegis_task *tasks, uint32_t n,
			    aegis_analysis_result *out, aegis_task_result *add_result)
{
	if (!out || n == 0 || (unsigned)kind >= AEGIS_AN_KIND_COUNT_)
		return AEGIS_E_INVAL;
	if (kind != AEGIS_AN_FP_NP && kind != AEGIS_AN_FP_LP && kind != AEGIS_AN_FP_P) {
		/* EDF: the demand of every task changes with the new one; the whole test */
		aegis_task_result *res = malloc(n * sizeof *res);
		if (!res)
			return AEGIS_E_NOMEM;
		aegis_status st = aegis_analyse(kind, tasks, n, out, res);
		if (st == AEGIS_OK && add_result)
			*add_result = res[n - 1];
		free(res);
		return st;
	}
	aegis_status st = analysis_start(kind, tasks, n, out);
	return st != AEGIS_OK ? st : an_fp_add(kind, tasks, n, out, add_result);
}

const char *aegis_analysis_kind_name(aegis_analysis_kind k)
{
	static const char *const names[] = {"fp-np", "fp-lp", "fp-p", "edf-np", "edf-lp",
					    "edf-p"};
	return (unsigned)k < AEGIS_AN_KIND_COUNT_ ? names[k] : "unknown";
}

const char *aegis_analysis_kind_source(aegis_analysis_kind k)
{
	switch (k) {
	case AEGIS_AN_FP_NP:
		return "Davis, Burns, Bril, Lukkien, Real-Time Systems 35(3) 2007, the revised "
		       "analysis (level-i busy period, every job in it)";
	case AEGIS_AN_FP_LP:
		return "Yao, Buttazzo, Bertogna, RTCSA 2010 (fixed preemption points: start "
		       "of the last non-preemptive region of every job in the level-i active period)";
	case AEGIS_AN_FP_P:
		return "Joseph & Pandya 1986; Audsley et al. 1993 (response-time analysis with "
		       "release jitter)";
	case AEGIS_AN_EDF_NP:
		return "George, Rivierre, Spuri, INRIA RR-2966 1996 (processor demand with "
		       "blocking max{C_j - 1 : D_j - J_j > t}; the jitter term in docs/ANALYSIS.md)";
	case AEGIS_AN_EDF_LP:
		return "Bertogna & Baruah, IEEE TII 6(4) 2010 (processor demand with blocking "
		       "max{q_j - 1 : D_j - J_j > t}; the jitter term in docs/ANALYSIS.md)";
	case AEGIS_AN_EDF_P:
		return "Baruah, Rosier, Howell 1990 processor demand; QPA, Zhang & Burns, IEEE "
		       "TC 58(9) 2009";
	case AEGIS_AN_KIND_COUNT_:
		break;
	}
	return "unknown";
}

void an_lane_results(const uint32_t *idx, uint32_t m, uint32_t n, const aegis_task_result *res,
		     aegis_analysis_result *out, aegis_task_result *per_task,
		     aegis_task_result *add_result)
{
	if (out->failing_task != AEGIS_AN_NONE)
		out->failing_task = idx[out->failing_task];
	for (uint32_t k = 0; k < m; k++) {
		if (idx[k] == n) {
			if (add_result)
				*add_result = res[k];
		} else if (per_task) {
			per_task[idx[k]] = res[k];
		}
	}
}
