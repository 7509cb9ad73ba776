/* EDF processor-demand analysis on one lane, in discrete time (1 ns ticks).
 *
 * Demand of task i in any window of length t (jitter-aware, Spuri 1996):
 *   h_i(t) = max(0, floor((t + J_i - D_i) / T_i) + 1) C_i,     h(t) = sum_i h_i(t)
 *
 * Non-preemptive (EDF_NP): George, Rivierre, Spuri, "Preemptive and non-preemptive
 * real-time uniprocessor scheduling", INRIA RR-2966, 1996. With U <= 1 the set is
 * schedulable iff for every absolute deadline t of the synchronous pattern up to the
 * busy period bound,
 *   h(t) + b(t) <= t,    b(t) = max{ C_j - 1 : D_j > t }  (0 if none)
 * (a job with a later deadline can start one tick before the window opens and then
 * runs to its end). That paper has no release jitter; with jitter this code uses
 *   b(t) = max{ C_j - 1 : D_j - J_j > t }  (0 if none)
 * derived in docs/ANALYSIS.md ("EDF with release jitter"): a job of j that blocks the
 * window [s, s + t) started before s and has its deadline after s + t, so every job of
 * j with a deadline in the window arrived at least T_j before it and, as J_j < T_j, was
 * released before it, hence before s: when j blocks, its demand in the window is 0.
 * h_j(t) >= C_j exactly when t >= D_j - J_j, so from there on the jobs of j in h(t)
 * outweigh its blocking. Without jitter both forms are the same test.
 *
 * Fixed preemption points (EDF_LP): Bertogna & Baruah, "Limited preemption EDF
 * scheduling of sporadic task systems", IEEE TII 6(4), 2010: the same test with the
 * longest non-preemptive region in place of C_j in b(t):
 *   b(t) = max{ q_j^max - 1 : D_j - J_j > t }, by the same argument for jitter.
 *
 * The check points are every t = k T_i + D_i - J_i up to L*, the longest busy period
 * that can contain a miss: L* = b_max + sum_i ceil((L* + J_i) / T_i) C_i. They are
 * swept in increasing order with a heap, so each costs O(log n): h grows by C_i at
 * each deadline of i, and b(t) is a suffix maximum over tasks sorted by D - J.
 * At U = 1 exactly with blocking or jitter that recurrence has no fixed point; then
 * h(t + H) = h(t) + H and b(t) = 0 for t >= max_j (D_j - J_j) (H the hyperperiod), so
 * the check points up to max_j (D_j - J_j) + H cover every window.
 *
 * Fully preemptive (EDF_P): the same demand without blocking, decided with QPA (Zhang &
 * Burns, "Schedulability analysis for real-time systems with EDF scheduling", IEEE TC
 * 58(9), 2009), which visits only a few check points; the full sweep is used when
 * per-task evidence is asked for.
 *
 * Must not keep anything beyond the call.
 */
#include <stdlib.h>

#include "analysis/taskset.h"
#include "base/heap.h"

/* Beyond this many check points the sweep gives up and says "not schedulable". */
#define EDF_MAX_POINTS 50000000u

struct edf_ctx {
	const aegis_task *t;
	uint32_t n;
	aegis_analysis_kind kind;
	int64_t *blk;      /* per task: its blocking contribution (C or q_max) - 1 */
	uint32_t *by_d;    /* task indices sorted by D - J ascending */
	int64_t *suffix;   /* suffix[p] = max blk over by_d[p..n) */
	bool full;         /* U = 1 exactly: checked up to max(D - J) + the hyperperiod */
};

#define WHY_FULL_UNBOUNDED                                                              \
	"utilisation 1 (to 1e-12) with blocking or jitter: no busy-period bound, and the " \
	"hyperperiod does not fit in 64 bits: not proven schedulable"
#define WHY_FULL_POINTS                                                                 \
	"utilisation exactly 1: the hyperperiod holds too many check points: not proven " \
	"schedulable"

static int64_t eff_deadline(const aegis_task *x)
{
	return x->deadline_ns - x->jitter_ns;
}

static aegis_status demand(const struct edf_ctx *c, int64_t t, int64_t *h)
{
	*h = 0;
	for (uint32_t i = 0; i < c->n; i++) {
		const aegis_task *x = &c->t[i];
		int64_t a = t - eff_deadline(x);
		if (a < 0)
			continue;
		if (!an_add_mul(h, a / x->period_ns + 1, x->wcet_ns))
			return AEGIS_E_OVERFLOW;
	}
	return AEGIS_OK;
}

/* L*: the busy period that starts with the longest blocking region. */
static aegis_status busy_bound(const struct edf_ctx *c, int64_t bmax, int64_t *L, bool *diverged)
{
	int64_t cur = bmax;
	for (uint32_t i = 0; i < c->n; i++)
		if (__builtin_add_overflow(cur, c->t[i].wcet_ns, &cur))
			return AEGIS_E_OVERFLOW;
	*diverged = true;
	for (uint32_t it = 0; it < AN_MAX_ITERATIONS; it++) {
		int64_t next = bmax, w;
		for (uint32_t i = 0; i < c->n; i++) {
			const aegis_task *x = &c->t[i];
			if (__builtin_add_overflow(cur, x->jitter_ns, &w) ||
			    !an_add_mul(&next, an_ceil_div(w, x->period_ns), x->wcet_ns))
				return AEGIS_E_OVERFLOW;
		}
		if (next == cur) {
			*diverged = false;
			break;
		}
		cur = next;
	}
	*L = cur;
	return AEGIS_OK;
}

static void fail_at(aegis_analysis_result *out, uint32_t task, int64_t t, int64_t h, int64_t b)
{
	if (!out->schedulable)
		return; /* keep the first failure */
	out->schedulable = false;
	out->failing_task = task;
	out->check_point_ns = t;
	out->demand_ns = h;
	out->blocking_ns = b;
	out->excess_ns = h + b - t;
	out->reason = "demand plus blocking exceeds the window at a check point";
}

static aegis_status sweep(struct edf_ctx *c, int64_t L, aegis_analysis_result *out,
			  aegis_task_result *per_task)
{
	struct heap h = {.e = malloc(c->n * sizeof *h.e), .cap = c->n};
	uint32_t *at = per_task ? malloc(c->n * sizeof *at) : NULL; /* deadlines at t */
	if (!h.e || (per_task && !at)) {
		free(h.e);
		free(at);
		return AEGIS_E_NOMEM;
	}
	for (uint32_t i = 0; i < c->n; i++)
		heap_push(&h, (struct heap_entry){.k1 = eff_deadline(&c->t[i]), .id = i});
	int64_t dem = 0;
	uint32_t p = 0; /* by_d[p..] are the tasks with D - J > t: those that can block */
	aegis_status st = AEGIS_OK;
	while (h.n && h.e[0].k1 <= L) {
		int64_t t = h.e[0].k1;
		uint32_t first = h.e[0].id;
		/* every deadline at t adds its job's demand */
		uint32_t n_at = 0;
		while (h.n && h.e[0].k1 == t) {
			struct heap_entry e = heap_pop(&h);
			const aegis_task *x = &c->t[e.id];
			if (__builtin_add_overflow(dem, x->wcet_ns, &dem) ||
			    __builtin_add_overflow(e.k1, x->period_ns, &e.k1)) {
				st = AEGIS_E_OVERFLOW;
				goto out;
			}
			heap_push(&h, e);
			if (per_task) {
				/* the slack is filled in below, once b(t) is known */
				per_task[e.id].jobs++;
				at[n_at++] = e.id;
			}
		}
		while (p < c->n && eff_deadline(&c->t[c->by_d[p]]) <= t)
			p++;
		int64_t b = p < c->n && c->suffix[p] > 0 ? c->suffix[p] : 0;
		int64_t slack = t - dem - b;
		out->check_points++;
		if (per_task) {
			/* attribute the point to every task with a deadline at t: those the
			 * heap gave up at t (each task's next point is in it) */
			for (uint32_t k = 0; k < n_at; k++) {
				aegis_task_result *r = &per_task[at[k]];
				if (r->check_point_ns < 0 || slack < r->slack_ns) {
					r->slack_ns = slack;
					r->check_point_ns = t;
				}
				if (slack < 0)
					r->schedulable = false;
			}
		}
		if (slack < 0) {
			fail_at(out, first, t, dem, b);
			if (!per_task)
				break;
		}
		if (out->check_points >= EDF_MAX_POINTS) {
			fail_at(out, AEGIS_AN_NONE, t, dem, b);
			out->reason = c->full ? WHY_FULL_POINTS
					      : "too many check points: not proven schedulable";
			break;
		}
	}
out:
	free(h.e);
	free(at);
	return st;
}

/* Largest check point strictly below x, or -1. */
static int64_t point_below(const struct edf_ctx *c, int64_t x)
{
	int64_t best = -1;
	for (uint32_t i = 0; i < c->n; i++) {
		const aegis_task *t = &c->t[i];
		int64_t d = eff_deadline(t);
		if (x - 1 < d)
			continue;
		int64_t k = (x - 1 - d) / t->period_ns;
		int64_t v = k * t->period_ns + d;
		if (v > best)
			best = v;
	}
	return best;
}

/* QPA, Zhang & Burns 2009, Theorem 5 / Algorithm: from the last check point below L,
 * jump to h(t) while h(t) < t; the set is schedulable iff the walk ends at or below
 * the smallest deadline with h(t) <= t. */
static aegis_status qpa(const struct edf_ctx *c, int64_t L, aegis_analysis_result *out)
{
	int64_t dmin = INT64_MAX;
	for (uint32_t i = 0; i < c->n; i++)
		if (eff_deadline(&c->t[i]) < dmin)
			dmin = eff_deadline(&c->t[i]);
	int64_t t = point_below(c, L + 1);
	int64_t h = 0;
	aegis_status st;
	while (t >= 0) {
		out->check_points++;
		if ((st = demand(c, t, &h)) != AEGIS_OK)
			return st;
		if (h > t) {
			fail_at(out, AEGIS_AN_NONE, t, h, 0);
			for (uint32_t i = 0; i < c->n; i++) {
				int64_t a = t - eff_deadline(&c->t[i]);
				if (a >= 0 && a % c->t[i].period_ns == 0) {
					out->failing_task = i;
					break;
				}
			}
			return AEGIS_OK;
		}
		if (h <= dmin)
			return AEGIS_OK;
		t = h < t ? h : point_below(c, t);
	}
	return AEGIS_OK;
}

/* Fills c->blk, c->by_d (by D - J) and c->suffix; returns the largest blocking term. */
static int64_t blocking_table(struct edf_ctx *c)
{
	const aegis_task *t = c->t;
	uint32_t n = c->n;
	int64_t bmax = 0;
	for (uint32_t i = 0; i < n; i++) {
		int64_t q = c->kind == AEGIS_AN_EDF_NP ? t[i].wcet_ns
			  : c->kind == AEGIS_AN_EDF_LP ? an_seg_max(&t[i]) : 1;
		c->blk[i] = q - 1;
		if (c->blk[i] > bmax)
			bmax = c->blk[i];
		c->suffix[i] = eff_deadline(&t[i]); /* the sort's keys, overwritten below */
	}
	an_sort_by_key(c->suffix, n, c->by_d); /* by D - J, stable */
	for (uint32_t p = n; p-- > 0;) {
		int64_t v = c->blk[c->by_d[p]];
		c->suffix[p] = p + 1 < n && c->suffix[p + 1] > v ? c->suffix[p + 1] : v;
	}
	return bmax;
}

/* H = lcm of the periods, or 0 when it does not fit in int64. */
static int64_t hyperperiod(const aegis_task *t, uint32_t n)
{
	int64_t h = 1;
	for (uint32_t i = 0; i < n; i++) {
		int64_t a = h, b = t[i].period_ns;
		while (b) { /* a = gcd(h, T_i) */
			int64_t r = a % b;
			a = b;
			b = r;
		}
		if (__builtin_mul_overflow(h / a, t[i].period_ns, &h))
			return 0;
	}
	return h;
}

/* sum_i C_i (H / T_i) against H: the sign of U - 1, exactly. */
static int load_vs_one(const aegis_task *t, uint32_t n, int64_t H)
{
	int64_t w = 0;
	for (uint32_t i = 0; i < n; i++)
		if (!an_add_mul(&w, H / t[i].period_ns, t[i].wcet_ns) || w > H)
			return 1;
	return w < H ? -1 : 0;
}

bool an_edf_load_is_one(const aegis_task *t, uint32_t n)
{
	long double u = 0;
	for (uint32_t i = 0; i < n; i++)
		u += (long double)t[i].wcet_ns / (long double)t[i].period_ns;
	int64_t H = u > 1.0L - 1e-12L && u < 1.0L + 1e-12L ? hyperperiod(t, n) : 0;
	return H && load_vs_one(t, n, H) == 0;
}

static const char WHY_OVERLOAD[] = "utilisation above 1";

/* The longest window that needs checking: L*, the busy-period bound, or at U = 1
 * exactly with blocking or jitter (where the recurrence for L* has no fixed point:
 * each step adds at least b_max + sum_i J_i C_i / T_i) max_j (D_j - J_j) + H, past
 * which h(t) - t repeats with period H and b(t) = 0. U is compared with 1 exactly, in
 * integers over H, when the long double sum u is within rounding of 1. *why is NULL,
 * WHY_OVERLOAD, or why no bound was found (not proven schedulable). */
static aegis_status last_window(struct edf_ctx *c, int64_t bmax, long double u, int64_t *L,
				const char **why)
{
	bool no_fixed_point = bmax > 0; /* at U = 1: blocking or jitter */
	int64_t dmax = 0;
	for (uint32_t i = 0; i < c->n; i++) {
		no_fixed_point |= c->t[i].jitter_ns > 0;
		if (eff_deadline(&c->t[i]) > dmax)
			dmax = eff_deadline(&c->t[i]);
	}
	bool near_one = u > 1.0L - 1e-12L;
	int64_t H = near_one ? hyperperiod(c->t, c->n) : 0;
	int load = H ? load_vs_one(c->t, c->n, H) : -1;
	*why = NULL;
	*L = -1;
	if (load > 0) {
		*why = WHY_OVERLOAD;
		return AEGIS_OK;
	}
	if (load == 0 && no_fixed_point) {
		c->full = true;
		if (__builtin_add_overflow(dmax, H, L)) {
			*L = -1;
			*why = WHY_FULL_UNBOUNDED;
		}
		return AEGIS_OK;
	}
	bool diverged;
	aegis_status st = busy_bound(c, bmax, L, &diverged);
	if (st == AEGIS_OK && diverged)
		*why = near_one && !H && no_fixed_point
			       ? WHY_FULL_UNBOUNDED
			       : "busy period did not converge: not proven schedulable";
	return st;
}

static aegis_status fail_overload(aegis_analysis_result *out, aegis_task_result *per_task,
				  uint32_t n)
{
	fail_at(out, AEGIS_AN_NONE, -1, 0, 0);
	out->reason = WHY_OVERLOAD;
	if (per_task)
		for (uint32_t i = 0; i < n; i++)
			per_task[i].schedulable = false;
	return AEGIS_OK;
}

aegis_status an_edf(aegis_analysis_kind kind, const aegis_task *t, uint32_t n,
		    aegis_analysis_result *out, aegis_task_result *per_task)
{
	if (per_task)
		for (uint32_t i = 0; i < n; i++)
			per_task[i] = (aegis_task_result){.schedulable = true, .bound_ns = -1,
							  .check_point_ns = -1};
	if (n == 0)
		return AEGIS_OK;
	for (uint32_t i = 0; i < n; i++) {
		if (eff_deadline(&t[i]) <= 0) {
			fail_at(out, i, 0, t[i].wcet_ns, 0);
			out->reason = "release jitter leaves no time before the deadline";
			if (per_task)
				per_task[i].schedulable = false;
			return AEGIS_OK;
		}
	}
	/* U > 1 has no finite busy period; the demand eventually exceeds any window.
	 * long double is only the quick filter: a set within rounding of 1 is compared
	 * exactly in last_window below. */
	long double u = 0;
	for (uint32_t i = 0; i < n; i++)
		u += (long double)t[i].wcet_ns / (long double)t[i].period_ns;
	if (u > 1.0L + 1e-15L)
		return fail_overload(out, per_task, n);

	aegis_status st = AEGIS_E_NOMEM;
	struct edf_ctx c = {.t = t, .n = n, .kind = kind};
	c.blk = malloc(n * sizeof *c.blk);
	c.by_d = malloc(n * sizeof *c.by_d);
	c.suffix = malloc(n * sizeof *c.suffix);
	if (!c.blk || !c.by_d || !c.suffix)
		goto out;
	int64_t bmax = blocking_table(&c), L;
	const char *why;
	if ((st = last_window(&c, bmax, u, &L, &why)) != AEGIS_OK)
		goto out;
	if (L >= 0)
		out->busy_period_ns = L;
	if (why == WHY_OVERLOAD) {
		st = fail_overload(out, per_task, n);
	} else if (why) {
		fail_at(out, AEGIS_AN_NONE, -1, 0, 0);
		out->reason = why;
	} else if (kind == AEGIS_AN_EDF_P && !per_task) {
		st = qpa(&c, L, out);
	} else {
		st = sweep(&c, L, out, per_task);
	}
out:
	free(c.blk);
	free(c.by_d);
	free(c.suffix);
	return st;
}
