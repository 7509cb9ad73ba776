/* The lane planner (aegis/planner.h): lane sizes, the models' lanes and FP priorities,
 * searched with the exact tests as the judge. Named planner.c, not plan.c, because
 * src/memory/plan.c is the memory plan. Must not touch anything but its arguments,
 * nor draw a random number or read a clock: the same input gives the same plan.
 *
 * What it draws on (docs/ANALYSIS.md, "Planning lanes"):
 * - partitioned scheduling: bin-packing heuristics, decreasing order and first-fit /
 *   worst-fit placement with an exact uniprocessor test per bin (Lopez, Diaz, Garcia,
 *   "Utilization bounds for EDF scheduling on real-time multiprocessor systems",
 *   Real-Time Systems 28(1), 2004; Baruah & Fisher, "The partitioned multiprocessor
 *   scheduling of deadline-constrained sporadic task systems", IEEE TC 55(7), 2006);
 * - federated scheduling: a task too dense to share gets processors of its own (Li,
 *   Agrawal, Lu, Gill, "Analysis of federated and global scheduling for parallel
 *   real-time tasks", ECRTS 2014); here a long job gets a lane of its own because
 *   longest-first placement opens a lane for it before shorter jobs arrive;
 * - Audsley's optimal priority assignment (Audsley, IPL 79(1), 2001; Davis & Burns,
 *   RTSS 2009, for when it applies), taking at each level the candidate with the most
 *   slack, as the robust priority assignment of Davis & Burns (RTSS 2007) takes the
 *   one that tolerates the most extra interference.
 */
#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "aegis/planner.h"
#include "aegis/time.h"
#include "analysis/taskset.h"

#define PL_DEFAULT_EVALS 100000u
#define PL_DEFAULT_LAYOUTS 10000u
#define PL_EMPTY DBL_MAX /* the score of a lane without models */

/* A lane kind: its size, and how many lanes share a partition of that size (1
 * isolated, k >= 2 shared: aegis_plan_point.shared). */
struct pl_kind {
	uint32_t sms, share;
};

struct pl {
	const aegis_plan_model *m;
	uint32_t n;
	aegis_analysis_kind kind;
	aegis_plan_objective obj;
	uint32_t n_sizes;
	struct pl_kind *sizes; /* candidate lane kinds, by decreasing size (cmp_kind) */
	uint32_t min_iso;      /* the smallest isolated size, 0 when none */
	aegis_task *var;       /* var[(i * n_sizes + s) * 2 + f]: model i on size s, f = 1
				  with interference; wcet_ns 0: the model lacks the size */
	int64_t *segbuf;
	uint64_t evals, max_evals;
	bool budget_hit;
	/* scratch, n + 1 entries each */
	aegis_task *sub;
	uint32_t *order, *mem, *mem2;
	bool *assigned;
	aegis_task_result *res;
	int64_t *rank;
	/* host stalls as a curve (options.host_stall): each lane charged its own g */
	const aegis_stall_point *stall;
	uint32_t n_stall;
	int32_t *zeros; /* n + 1 lane indices 0: p->sub analysed as one lane */
};

/* A plan on one layout: each model's lane (-1: left out) and each lane's score. */
struct pl_state {
	uint32_t nl;
	uint16_t size[AEGIS_PLAN_MAX_LANES]; /* index into pl.sizes */
	int f;                               /* interference applies (2+ isolated lanes) */
	int32_t *lane;
	double score[AEGIS_PLAN_MAX_LANES];
	uint32_t admitted;
};

static bool is_fp(aegis_analysis_kind k)
{
	return k == AEGIS_AN_FP_NP || k == AEGIS_AN_FP_LP || k == AEGIS_AN_FP_P;
}

/* The slack measure: the lanes' score under the slack objectives; under
 * the busy-period objectives the FP priorities and the bottleneck model are still chosen by
 * it, as a slack ratio. */
static double measure(const struct pl *p, int64_t slack, int64_t d)
{
	return p->obj == AEGIS_PLAN_SLACK_NS ? (double)slack : (double)slack / (double)d;
}

/* Whether the objective scores a lane by a busy period (-L) rather than by slack. */
static bool busy_obj(aegis_plan_objective o)
{
	return o == AEGIS_PLAN_BUSY_PERIOD || o == AEGIS_PLAN_BURST;
}

/* The busy-period objectives' score of a passing lane holding t[0..m): -L, so that the
 * leximin's largest smallest score is the smallest longest L. AEGIS_PLAN_BUSY_PERIOD:
 * L its longest busy period (an_busy_period: with jitter, without blocking, which a
 * busy period starting on an idle lane has none of); -INFINITY when L is unbounded
 * (U = 1 with jitter: every job still meets its deadline, but no busy period bounds its
 * response). AEGIS_PLAN_BURST: L of a synchronous release with no jitter
 * (an_sync_busy_period). */
static aegis_status busy_score(const struct pl *p, const aegis_task *t, uint32_t m,
			       double *score)
{
	int64_t L = 0;
	bool bounded;
	aegis_status st = p->obj == AEGIS_PLAN_BURST ? an_sync_busy_period(t, m, &L, &bounded)
						     : an_busy_period(t, m, &L, &bounded);
	*score = bounded ? -(double)L : -INFINITY;
	return st;
}

static const aegis_task *var(const struct pl *p, uint32_t i, uint32_t s, int f)
{
	return &p->var[((size_t)i * p->n_sizes + s) * 2 + (size_t)f];
}

/* The segments of model x for a job of C: like a WCET profile's scaling (segment k ends
 * at floor(prefix_k x C / sum), at least 1 ns each). Fewer ticks than segments: one. */
static void split(const aegis_task *x, int64_t c, aegis_task *y, int64_t *seg)
{
	y->wcet_ns = c;
	y->n_segments = 0;
	y->segment_ns = NULL;
	uint32_t m = x->n_segments;
	if (m < 2 || c < (int64_t)m)
		return;
	int64_t sum = 0;
	for (uint32_t k = 0; k < m; k++)
		sum += x->segment_ns[k];
	int64_t prefix = 0, prev = 0;
	for (uint32_t k = 0; k < m; k++) {
		prefix += x->segment_ns[k];
		int64_t end = k + 1 == m ? c : (int64_t)((__int128)prefix * c / sum);
		if (end < prev + 1)
			end = prev + 1;
		if (end > c - (int64_t)(m - 1 - k))
			end = c - (int64_t)(m - 1 - k);
		seg[k] = end - prev;
		prev = end;
	}
	y->n_segments = m;
	y->segment_ns = seg;
}

/* EDF: the slack of task k of t[0..m) at its first check point t = D_k - J_k,
 * t - (h(t) + b(t)) with the demand and blocking of docs/ANALYSIS.md. The sweep
 * examines only the check points within the busy period and gives a task none when its
 * first one lies beyond it; the planner then measures it here (>= 0 for a passing set:
 * the test holds at every t). */
static int64_t edf_first_slack(aegis_analysis_kind kind, const aegis_task *t, uint32_t m,
			       uint32_t k)
{
	int64_t at = t[k].deadline_ns - t[k].jitter_ns, h = 0, b = 0;
	for (uint32_t i = 0; i < m; i++) {
		int64_t x = at - (t[i].deadline_ns - t[i].jitter_ns); /* no sum past INT64_MAX */
		if (x >= 0)
			h += (x / t[i].period_ns + 1) * t[i].wcet_ns;
		int64_t region = kind == AEGIS_AN_EDF_NP ? t[i].wcet_ns
				 : kind == AEGIS_AN_EDF_LP ? an_seg_max(&t[i]) : 0;
		if (t[i].deadline_ns - t[i].jitter_ns > at && region - 1 > b)
			b = region - 1;
	}
	return at - h - b;
}

/* FP under a stall curve: the g that every task's jitter gets, the least fixed point
 * of g = S(L(g) + g) with L(g) the lane's full busy period (an_busy_period with each
 * jitter + g), from g = 0. That L bounds every window the FP tests examine under any
 * priority order (a level-i busy period is at most the lowest level's: its blocking,
 * one lower job's C - 1 at most, is inside the lowest level's sum), so this g is at
 * least the one aegis_lane_analyse_stalled charges the lane once its priorities are
 * set, and a lane that passes with it passes admission. Adds g to p->sub[0..m)'s
 * jitter; false when no g was found (no bound, or AEGIS_STALL_MAX_STEPS). */
static bool fp_stall(struct pl *p, uint32_t m)
{
	int64_t g = 0;
	for (uint32_t step = 0; step < AEGIS_STALL_MAX_STEPS; step++) {
		int64_t L = 0;
		bool bounded = false;
		if (an_busy_period(p->sub, m, &L, &bounded) != AEGIS_OK || !bounded)
			return false;
		int64_t w, next;
		if (aegis_time_add(L, g, &w) != AEGIS_OK)
			return false;
		next = aegis_stall_at(p->stall, p->n_stall, w);
		if (next <= g)
			return true;
		for (uint32_t k = 0; k < m; k++)
			if (aegis_time_add(p->sub[k].jitter_ns, next - g, &p->sub[k].jitter_ns) !=
			    AEGIS_OK)
				return false;
		g = next;
	}
	return false;
}

/* EDF: aegis_analyse on p->sub[0..m), or, under a stall curve, the stalled analysis
 * admission runs (aegis_lane_analyse_stalled), after which p->sub's jitters carry the
 * lane's g as the results do. */
static aegis_status edf_lane(struct pl *p, uint32_t m, aegis_analysis_result *r)
{
	if (!p->n_stall)
		return aegis_analyse(p->kind, p->sub, m, r, p->res);
	aegis_stall_charge ch;
	aegis_status st = aegis_lane_analyse_stalled(p->kind, p->sub, p->zeros, m, 0, NULL,
						     p->stall, p->n_stall, r, p->res, NULL, &ch);
	for (uint32_t k = 0; st == AEGIS_OK && r->schedulable && k < m; k++)
		p->sub[k].jitter_ns += ch.stall_ns; /* passed: J + g < T */
	return st;
}

/* Analyses a lane of size s holding mem[0..m): *ok and *score (the smallest slack
 * measure, or busy_score's -L, PL_EMPTY when empty); FP: p->rank[k] = the rank of mem[k]. Counts one
 * evaluation; past the budget it refuses (*ok false) and sets budget_hit. */
static aegis_status eval(struct pl *p, uint32_t s, int f, const uint32_t *mem, uint32_t m,
			 bool *ok, double *score)
{
	*ok = false;
	*score = -DBL_MAX;
	if (m == 0) {
		*ok = true;
		*score = PL_EMPTY;
		return AEGIS_OK;
	}
	double u = 0;
	for (uint32_t k = 0; k < m; k++) {
		const aegis_task *t = var(p, mem[k], s, f);
		if (t->wcet_ns == 0 || t->wcet_ns > t->deadline_ns - t->jitter_ns)
			return AEGIS_OK; /* cannot run there, or cannot meet D even alone */
		u += (double)t->wcet_ns / (double)t->period_ns;
		p->sub[k] = *t;
	}
	if (u > 1.0 + 1e-12)
		return AEGIS_OK;
	if (p->evals >= p->max_evals) {
		p->budget_hit = true;
		return AEGIS_OK;
	}
	p->evals++;
	aegis_status st;
	if (!is_fp(p->kind)) {
		aegis_analysis_result r;
		if ((st = edf_lane(p, m, &r)) != AEGIS_OK)
			return st;
		if (!r.schedulable)
			return AEGIS_OK;
		double worst = PL_EMPTY;
		for (uint32_t k = 0; k < m; k++) {
			if (p->res[k].check_point_ns < 0)
				p->res[k].slack_ns = edf_first_slack(p->kind, p->sub, m, k);
			double v = measure(p, p->res[k].slack_ns, p->sub[k].deadline_ns);
			worst = v < worst ? v : worst;
			p->rank[k] = 0;
		}
		if (busy_obj(p->obj) &&
		    (st = busy_score(p, p->sub, m, &worst)) != AEGIS_OK)
			return st;
		*ok = true;
		*score = worst;
		return AEGIS_OK;
	}
	/* Audsley's algorithm from the lowest level up, taking the candidate with the most
	 * slack there. A task's slack depends only on which tasks are above and below it,
	 * and does not fall when it moves up (the OPA condition, Davis & Burns 2009, holds
	 * for the slack as for the verdict: moving above k trades k's interference, at
	 * least C_k, for blocking of at most C_k - 1). So, as in Lawler's rule for a
	 * bottleneck cost, this maximises the lane's smallest slack over all orders, and
	 * when the best candidate fails no order passes. */
	if (p->n_stall && !fp_stall(p, m))
		return AEGIS_OK;
	memset(p->assigned, 0, m * sizeof *p->assigned);
	double worst = PL_EMPTY;
	for (uint32_t level = m; level-- > 0;) {
		int32_t best = -1;
		double best_v = 0;
		for (uint32_t cand = 0; cand < m; cand++) {
			if (p->assigned[cand])
				continue;
			uint32_t q = 0;
			for (uint32_t o = 0; o < m; o++)
				if (!p->assigned[o] && o != cand)
					p->order[q++] = o;
			p->order[q] = cand; /* q == level */
			for (uint32_t o = 0; o < m; o++)
				if (p->assigned[o])
					p->order[p->rank[o]] = o;
			aegis_task_result r;
			if ((st = an_fp_task(p->kind, p->sub, p->order, m, level, &r)) != AEGIS_OK)
				return st;
			if (!r.schedulable)
				continue;
			double v = measure(p, r.slack_ns, p->sub[cand].deadline_ns);
			if (best < 0 || v > best_v) {
				best = (int32_t)cand;
				best_v = v;
			}
		}
		if (best < 0)
			return AEGIS_OK;
		p->assigned[best] = true;
		p->rank[best] = level;
		worst = best_v < worst ? best_v : worst;
	}
	/* the busy period of the lowest level, the longest: the same for every order */
	if (busy_obj(p->obj) && (st = busy_score(p, p->sub, m, &worst)) != AEGIS_OK)
		return st;
	*ok = true;
	*score = worst;
	return AEGIS_OK;
}

/* The members of lane l, except `skip` (UINT32_MAX: none), plus `add` (UINT32_MAX:
 * none), in index order, into buf; returns the count. */
static uint32_t members(const struct pl *p, const struct pl_state *x, uint32_t l, uint32_t skip,
			uint32_t add, uint32_t *buf)
{
	uint32_t m = 0;
	bool added = add == UINT32_MAX;
	for (uint32_t i = 0; i < p->n; i++) {
		if (!added && add < i) {
			buf[m++] = add;
			added = true;
		}
		if (x->lane[i] == (int32_t)l && i != skip)
			buf[m++] = i;
	}
	if (!added)
		buf[m++] = add;
	return m;
}

/* Lane l with `skip` taken out and `add` put in: ok and score. */
static aegis_status try_lane(struct pl *p, const struct pl_state *x, uint32_t l, uint32_t skip,
			     uint32_t add, bool *ok, double *score)
{
	uint32_t m = members(p, x, l, skip, add, p->mem);
	return eval(p, x->size[l], x->f, p->mem, m, ok, score);
}

static int cmp_dbl(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

/* > 0 when (admitted a, scores a) is the better plan: more admitted, then the lanes'
 * scores in increasing order compared lexicographically (leximin). */
static int compare(uint32_t adm_a, const double *sa, uint32_t na, uint32_t adm_b,
		   const double *sb, uint32_t nb)
{
	if (adm_a != adm_b)
		return adm_a > adm_b ? 1 : -1;
	double a[AEGIS_PLAN_MAX_LANES], b[AEGIS_PLAN_MAX_LANES];
	memcpy(a, sa, na * sizeof *a);
	memcpy(b, sb, nb * sizeof *b);
	qsort(a, na, sizeof *a, cmp_dbl);
	qsort(b, nb, sizeof *b, cmp_dbl);
	for (uint32_t k = 0; k < na && k < nb; k++)
		if (a[k] != b[k])
			return a[k] > b[k] ? 1 : -1;
	return 0;
}

/* Would replacing lanes l1 and l2's scores by v1 and v2 make x better? */
static bool better_with(const struct pl_state *x, uint32_t l1, double v1, uint32_t l2, double v2,
			int added)
{
	double s[AEGIS_PLAN_MAX_LANES];
	memcpy(s, x->score, x->nl * sizeof *s);
	s[l1] = v1;
	s[l2] = v2;
	return compare(x->admitted + (uint32_t)added, s, x->nl, x->admitted, x->score, x->nl) > 0;
}

/* An empty lane of the same size as an earlier empty one gives the same answer. */
static bool twin_empty(const struct pl_state *x, const uint32_t *count, uint32_t l)
{
	if (count[l])
		return false;
	for (uint32_t k = 0; k < l; k++)
		if (!count[k] && x->size[k] == x->size[l])
			return true;
	return false;
}

static void lane_counts(const struct pl *p, const struct pl_state *x, uint32_t *count)
{
	memset(count, 0, x->nl * sizeof *count);
	for (uint32_t i = 0; i < p->n; i++)
		if (x->lane[i] >= 0)
			count[x->lane[i]]++;
}

/* Puts model i on the lane where that lane's score stays highest; -1 if none passes. */
static aegis_status place_best(struct pl *p, struct pl_state *x, uint32_t i, uint32_t skip_lane,
			       int32_t *where, double *where_score)
{
	uint32_t count[AEGIS_PLAN_MAX_LANES];
	lane_counts(p, x, count);
	*where = -1;
	*where_score = -DBL_MAX;
	for (uint32_t l = 0; l < x->nl && !p->budget_hit; l++) {
		if (l == skip_lane || twin_empty(x, count, l) ||
		    var(p, i, x->size[l], x->f)->wcet_ns == 0)
			continue;
		bool ok;
		double v;
		aegis_status st = try_lane(p, x, l, UINT32_MAX, i, &ok, &v);
		if (st != AEGIS_OK)
			return st;
		if (ok && (*where < 0 || v > *where_score)) {
			*where = (int32_t)l;
			*where_score = v;
		}
	}
	return AEGIS_OK;
}

/* The blocking-aware greedy: models by decreasing key (ties by index), each to its
 * best lane. key 0: the job's length on its best lane of the layout (long jobs first,
 * so each opens a lane of its own); key 1: its density C / (D - J). */
static aegis_status greedy(struct pl *p, struct pl_state *x, int key_kind, double *key)
{
	for (uint32_t l = 0; l < x->nl; l++)
		x->score[l] = PL_EMPTY;
	x->admitted = 0;
	uint32_t *ord = p->mem2;
	for (uint32_t i = 0; i < p->n; i++) {
		x->lane[i] = -1;
		int64_t c = INT64_MAX;
		for (uint32_t l = 0; l < x->nl; l++) {
			int64_t w = var(p, i, x->size[l], x->f)->wcet_ns;
			if (w > 0 && w < c)
				c = w;
		}
		const aegis_task *t = &p->m[i].task;
		key[i] = c == INT64_MAX ? -1
			 : key_kind == 0 ? (double)c
					 : (double)c / (double)(t->deadline_ns - t->jitter_ns);
		uint32_t j = i;
		while (j > 0 && key[ord[j - 1]] < key[i]) {
			ord[j] = ord[j - 1];
			j--;
		}
		ord[j] = i;
	}
	for (uint32_t q = 0; q < p->n && !p->budget_hit; q++) {
		uint32_t i = ord[q];
		if (key[i] < 0)
			continue;
		int32_t l;
		double v;
		aegis_status st = place_best(p, x, i, UINT32_MAX, &l, &v);
		if (st != AEGIS_OK)
			return st;
		if (l >= 0) {
			x->lane[i] = l;
			x->score[l] = v;
			x->admitted++;
		}
	}
	return AEGIS_OK;
}

/* One improving step, taken at the first improvement in a fixed order; *moved false
 * when there is none (a local optimum) or the budget ran out. */
static aegis_status improve(struct pl *p, struct pl_state *x, bool *moved)
{
	aegis_status st;
	*moved = false;
	/* 1. a left-out model into a lane, or into a lane one of whose models moves on */
	for (uint32_t k = 0; k < p->n && !p->budget_hit; k++) {
		if (x->lane[k] >= 0)
			continue;
		int32_t l;
		double v;
		if ((st = place_best(p, x, k, UINT32_MAX, &l, &v)) != AEGIS_OK)
			return st;
		if (l >= 0) {
			x->lane[k] = l;
			x->score[l] = v;
			x->admitted++;
			*moved = true;
			return AEGIS_OK;
		}
		for (uint32_t i = 0; i < p->n && !p->budget_hit; i++) {
			int32_t li = x->lane[i];
			if (li < 0 || var(p, k, x->size[li], x->f)->wcet_ns == 0)
				continue;
			bool ok;
			double vk;
			if ((st = try_lane(p, x, (uint32_t)li, i, k, &ok, &vk)) != AEGIS_OK)
				return st;
			if (!ok)
				continue;
			int32_t l2;
			double v2;
			if ((st = place_best(p, x, i, (uint32_t)li, &l2, &v2)) != AEGIS_OK)
				return st;
			if (l2 < 0)
				continue;
			x->lane[k] = li;
			x->lane[i] = l2;
			x->score[li] = vk;
			x->score[l2] = v2;
			x->admitted++;
			*moved = true;
			return AEGIS_OK;
		}
	}
	/* 2. the bottleneck lane (lowest score, ties to the lowest index) gives up a model,
	 *    by a move or a swap; only a lane without that model can score higher */
	int32_t b = -1;
	for (uint32_t l = 0; l < x->nl; l++)
		if (x->score[l] != PL_EMPTY && (b < 0 || x->score[l] < x->score[b]))
			b = (int32_t)l;
	if (b < 0)
		return AEGIS_OK;
	uint32_t count[AEGIS_PLAN_MAX_LANES];
	lane_counts(p, x, count);
	for (uint32_t i = 0; i < p->n && !p->budget_hit; i++) {
		if (x->lane[i] != b)
			continue;
		bool ok;
		double vb;
		if ((st = try_lane(p, x, (uint32_t)b, i, UINT32_MAX, &ok, &vb)) != AEGIS_OK)
			return st;
		if (!ok || vb <= x->score[b])
			continue; /* taking i away does not help the bottleneck */
		for (uint32_t l = 0; l < x->nl && !p->budget_hit; l++) {
			if (l == (uint32_t)b || twin_empty(x, count, l) ||
			    var(p, i, x->size[l], x->f)->wcet_ns == 0)
				continue;
			double vl;
			if ((st = try_lane(p, x, l, UINT32_MAX, i, &ok, &vl)) != AEGIS_OK)
				return st;
			if (ok && better_with(x, (uint32_t)b, vb, l, vl, 0)) {
				x->lane[i] = (int32_t)l;
				x->score[b] = vb;
				x->score[l] = vl;
				*moved = true;
				return AEGIS_OK;
			}
		}
	}
	for (uint32_t i = 0; i < p->n && !p->budget_hit; i++) {
		if (x->lane[i] != b)
			continue;
		for (uint32_t j = 0; j < p->n && !p->budget_hit; j++) {
			int32_t lj = x->lane[j];
			if (lj < 0 || lj == b || var(p, j, x->size[b], x->f)->wcet_ns == 0 ||
			    var(p, i, x->size[lj], x->f)->wcet_ns == 0)
				continue;
			bool ok;
			double vb, vl;
			if ((st = try_lane(p, x, (uint32_t)b, i, j, &ok, &vb)) != AEGIS_OK)
				return st;
			if (!ok || vb <= x->score[b])
				continue;
			if ((st = try_lane(p, x, (uint32_t)lj, j, i, &ok, &vl)) != AEGIS_OK)
				return st;
			if (ok && better_with(x, (uint32_t)b, vb, (uint32_t)lj, vl, 0)) {
				x->lane[i] = lj;
				x->lane[j] = b;
				x->score[b] = vb;
				x->score[lj] = vl;
				*moved = true;
				return AEGIS_OK;
			}
		}
	}
	return AEGIS_OK;
}

/* The layouts: non-increasing size lists, maximal (no size fits in what is left, or
 * max_lanes reached), then every single lane not among them. */
struct gen {
	const struct pl *p;
	uint32_t max_lanes, cap;
	uint16_t cur[AEGIS_PLAN_MAX_LANES];
	uint16_t *out;   /* cap x AEGIS_PLAN_MAX_LANES */
	uint8_t *len;
	uint32_t count;
	bool truncated;
};

static void emit(struct gen *g, const uint16_t *sz, uint32_t nl)
{
	if (g->count == g->cap) {
		g->truncated = true;
		return;
	}
	memcpy(g->out + (size_t)g->count * AEGIS_PLAN_MAX_LANES, sz, nl * sizeof *sz);
	g->len[g->count++] = (uint8_t)nl;
}

static void generate(struct gen *g, uint32_t depth, uint32_t from, uint32_t left)
{
	bool extended = false;
	for (uint32_t s = from; s < g->p->n_sizes && depth < g->max_lanes && !g->truncated; s++) {
		if (g->p->sizes[s].share != 1 || g->p->sizes[s].sms > left)
			continue;
		extended = true;
		g->cur[depth] = (uint16_t)s;
		generate(g, depth + 1, s, left - g->p->sizes[s].sms);
	}
	if (!extended && depth > 0 && !g->truncated)
		emit(g, g->cur, depth);
}

/* Whether a layout's lanes are charged their interference: 2 or more isolated lanes (a
 * shared layout's points were measured beside the other lanes). */
static int layout_f(const struct pl *p, const uint16_t *sz, uint32_t nl)
{
	return nl >= 2 && p->sizes[sz[0]].share == 1;
}

/* Upper bounds for a layout: how many models could run on one of its lanes at all, and
 * the best smallest score if all of those ran (R >= J + C, and an EDF check point's
 * demand holds C; a busy period holds at least the C of each of its lane's models). */
static void layout_bound(const struct pl *p, const uint16_t *sz, uint32_t nl, uint32_t *adm,
			 double *obj)
{
	int f = layout_f(p, sz, nl);
	*adm = 0;
	*obj = PL_EMPTY;
	double u = 0;
	for (uint32_t i = 0; i < p->n; i++) {
		const aegis_task *t = &p->m[i].task;
		double best = -DBL_MAX, bu = DBL_MAX;
		for (uint32_t l = 0; l < nl; l++) {
			int64_t c = var(p, i, sz[l], f)->wcet_ns;
			if (c == 0 || c > t->deadline_ns - t->jitter_ns)
				continue;
			double v = busy_obj(p->obj)
					   ? -(double)c
					   : measure(p, t->deadline_ns - t->jitter_ns - c, t->deadline_ns);
			best = v > best ? v : best;
			double ui = (double)c / (double)t->period_ns;
			bu = ui < bu ? ui : bu;
		}
		if (best == -DBL_MAX)
			continue;
		(*adm)++;
		u += bu;
		*obj = best < *obj ? best : *obj;
	}
	if (u > (double)nl + 1e-9 && *adm > 0)
		(*adm)--; /* the lanes cannot hold all of them */
}

struct pl_layout_key {
	uint32_t idx, adm;
	double obj;
};

static int cmp_layout(const void *a, const void *b)
{
	const struct pl_layout_key *x = a, *y = b;
	if (x->adm != y->adm)
		return x->adm > y->adm ? -1 : 1;
	if (x->obj != y->obj)
		return x->obj > y->obj ? -1 : 1;
	return (x->idx > y->idx) - (x->idx < y->idx);
}

static double min_score(const struct pl_state *x)
{
	double v = PL_EMPTY;
	for (uint32_t l = 0; l < x->nl; l++)
		v = x->score[l] < v ? x->score[l] : v;
	return v;
}

/* The whole search under p->kind into best (best->lane must hold n entries). */
static aegis_status search(struct pl *p, uint32_t total_sms, uint32_t max_lanes,
			   uint32_t max_layouts, struct pl_state *best, bool *have,
			   aegis_plan_result *out)
{
	aegis_status st = AEGIS_E_NOMEM;
	struct gen g = {.p = p, .max_lanes = max_lanes, .cap = max_layouts};
	g.out = malloc((size_t)max_layouts * AEGIS_PLAN_MAX_LANES * sizeof *g.out);
	g.len = malloc(max_layouts);
	struct pl_layout_key *keys = NULL;
	double *key = malloc((p->n + 1) * sizeof *key);
	struct pl_state cur = {.lane = malloc((p->n + 1) * sizeof *cur.lane)};
	struct pl_state alt = {.lane = malloc((p->n + 1) * sizeof *alt.lane)};
	if (!g.out || !g.len || !key || !cur.lane || !alt.lane)
		goto out;
	if (p->n_sizes) {
		generate(&g, 0, 0, total_sms);
		for (uint32_t s = 0; s < p->n_sizes && max_lanes > 1; s++) {
			uint16_t one = (uint16_t)s;
			/* a single lane is maximal already when nothing fits beside it */
			if (p->sizes[s].share == 1 && total_sms - p->sizes[s].sms >= p->min_iso)
				emit(&g, &one, 1);
		}
		/* shared layouts: the k lanes of one partition, nothing beside them */
		for (uint32_t s = 0; s < p->n_sizes; s++) {
			uint16_t same[AEGIS_PLAN_MAX_LANES];
			uint32_t k = p->sizes[s].share;
			if (k < 2 || k > max_lanes)
				continue;
			for (uint32_t l = 0; l < k; l++)
				same[l] = (uint16_t)s;
			emit(&g, same, k);
		}
	}
	keys = malloc((g.count + 1) * sizeof *keys);
	if (!keys)
		goto out;
	for (uint32_t k = 0; k < g.count; k++) {
		keys[k].idx = k;
		layout_bound(p, g.out + (size_t)k * AEGIS_PLAN_MAX_LANES, g.len[k], &keys[k].adm,
			     &keys[k].obj);
	}
	qsort(keys, g.count, sizeof *keys, cmp_layout);
	out->layouts_total += g.count;
	out->layouts_truncated = out->layouts_truncated || g.truncated;
	st = AEGIS_OK;
	for (uint32_t k = 0; k < g.count; k++) {
		if (p->budget_hit)
			break;
		/* the bound on the smallest measure holds when every model is admitted */
		if (*have && (keys[k].adm < best->admitted ||
			      (keys[k].adm == best->admitted && best->admitted == p->n &&
			       keys[k].obj <= min_score(best)))) {
			out->layouts_pruned++;
			continue;
		}
		out->layouts_searched++;
		const uint16_t *sz = g.out + (size_t)keys[k].idx * AEGIS_PLAN_MAX_LANES;
		cur.nl = alt.nl = g.len[keys[k].idx];
		cur.f = alt.f = layout_f(p, sz, cur.nl);
		memcpy(cur.size, sz, cur.nl * sizeof *sz);
		memcpy(alt.size, sz, cur.nl * sizeof *sz);
		if ((st = greedy(p, &cur, 0, key)) != AEGIS_OK ||
		    (st = greedy(p, &alt, 1, key)) != AEGIS_OK)
			goto out;
		if (compare(alt.admitted, alt.score, alt.nl, cur.admitted, cur.score, cur.nl) > 0) {
			int32_t *tmp = cur.lane;
			cur = alt;
			alt.lane = tmp;
		}
		for (bool moved = true; moved && !p->budget_hit;)
			if ((st = improve(p, &cur, &moved)) != AEGIS_OK)
				goto out;
		if (!*have || compare(cur.admitted, cur.score, cur.nl, best->admitted, best->score,
				      best->nl) > 0) {
			int32_t *keep = best->lane;
			*best = cur;
			best->lane = keep;
			memcpy(best->lane, cur.lane, p->n * sizeof *cur.lane);
			*have = true;
		}
	}
out:
	free(g.out);
	free(g.len);
	free(keys);
	free(key);
	free(cur.lane);
	free(alt.lane);
	return st;
}

/* Pooling (aegis_plan_options.pool_tolerance): searches again with at most 1, 2, ...
 * lanes, fewer than best has, and keeps in *best the first plan that admits as many
 * models with its smallest measure at most tol below best's. Each search gets the
 * budget again; a budget it hits marks the result. */
static aegis_status pool(struct pl *p, uint32_t total_sms, uint32_t max_layouts,
			 uint64_t budget, double tol, struct pl_state *best, struct pl_state *alt,
			 aegis_plan_result *out)
{
	double floor = min_score(best) - tol;
	for (uint32_t k = 1; k < best->nl; k++) {
		bool have = false, hit = p->budget_hit;
		p->budget_hit = false;
		p->max_evals = p->evals + budget;
		aegis_status st = search(p, total_sms, k, max_layouts, alt, &have, out);
		p->budget_hit = p->budget_hit || hit;
		if (st != AEGIS_OK)
			return st;
		if (have && alt->admitted == best->admitted && min_score(alt) >= floor) {
			int32_t *tmp = best->lane;
			*best = *alt;
			alt->lane = tmp;
			return AEGIS_OK;
		}
	}
	return AEGIS_OK;
}

static bool has_segments(const aegis_plan_model *m, uint32_t n)
{
	for (uint32_t i = 0; i < n; i++)
		if (m[i].task.n_segments > 1)
			return true;
	return false;
}

static aegis_analysis_kind points_kind(aegis_analysis_kind k)
{
	return k == AEGIS_AN_FP_NP ? AEGIS_AN_FP_LP : k == AEGIS_AN_EDF_NP ? AEGIS_AN_EDF_LP : k;
}

static aegis_status check_input(const aegis_plan_model *models, uint32_t n,
				const aegis_plan_device *dev, const aegis_plan_options *opt)
{
	if (!dev || !opt || (n && !models) || dev->total_sms == 0 ||
	    (unsigned)opt->kind >= AEGIS_AN_KIND_COUNT_ ||
	    (opt->objective != AEGIS_PLAN_SLACK_RATIO && opt->objective != AEGIS_PLAN_SLACK_NS &&
	     !busy_obj(opt->objective)) ||
	    !(opt->pool_tolerance >= 0) || !isfinite(opt->pool_tolerance) ||
	    (opt->host_stall && aegis_stall_curve_check(opt->host_stall, opt->n_host_stall, NULL,
							 0) != AEGIS_OK))
		return AEGIS_E_INVAL;
	uint32_t g = dev->granularity_sms ? dev->granularity_sms : 1;
	if (dev->min_sms % g)
		return AEGIS_E_INVAL;
	for (uint32_t i = 0; i < n; i++) {
		const aegis_plan_model *m = &models[i];
		if (!m->curve || m->n_curve == 0)
			return AEGIS_E_INVAL;
		for (uint32_t k = 0; k < m->n_curve; k++) {
			const aegis_plan_point *q = &m->curve[k];
			if (q->sms == 0 || q->wcet_ns <= 0 || !isfinite(q->interference) ||
			    (q->interference != 0 && q->interference < 1) ||
			    q->shared > AEGIS_PLAN_MAX_LANES)
				return AEGIS_E_INVAL;
		}
		aegis_task t = m->task;
		if (t.n_segments > 1) {
			if (!t.segment_ns)
				return AEGIS_E_INVAL;
			int64_t sum = 0;
			for (uint32_t k = 0; k < t.n_segments; k++)
				if (t.segment_ns[k] < 0 ||
				    __builtin_add_overflow(sum, t.segment_ns[k], &sum))
					return AEGIS_E_INVAL;
			if (sum <= 0)
				return AEGIS_E_INVAL;
		}
		t.wcet_ns = 1; /* T, D, J alone */
		t.n_segments = 0;
		t.segment_ns = NULL;
		if (an_validate(&t, 1) != AEGIS_OK)
			return AEGIS_E_INVAL;
	}
	return AEGIS_OK;
}

/* Larger sizes first; of one size, isolated first, then fewer lanes sharing it. */
static int cmp_kind(const void *a, const void *b)
{
	const struct pl_kind *x = a, *y = b;
	if (x->sms != y->sms)
		return (x->sms < y->sms) - (x->sms > y->sms);
	return (x->share > y->share) - (x->share < y->share);
}

static uint32_t share_of(const aegis_plan_point *q)
{
	return q->shared > 1 ? q->shared : 1;
}

/* The candidate sizes and every model's task on each of them. */
static aegis_status prepare(struct pl *p, const aegis_plan_device *dev)
{
	uint32_t g = dev->granularity_sms ? dev->granularity_sms : 1;
	uint32_t lo = dev->min_sms ? dev->min_sms : g;
	size_t points = 0, segs = 0;
	for (uint32_t i = 0; i < p->n; i++) {
		points += p->m[i].n_curve;
		if (p->m[i].task.n_segments > 1)
			segs += p->m[i].task.n_segments;
	}
	p->sizes = malloc((points + 1) * sizeof *p->sizes);
	if (!p->sizes)
		return AEGIS_E_NOMEM;
	p->n_sizes = 0;
	for (uint32_t i = 0; i < p->n; i++)
		for (uint32_t k = 0; k < p->m[i].n_curve; k++) {
			struct pl_kind c = {p->m[i].curve[k].sms, share_of(&p->m[i].curve[k])};
			if (c.sms % g || c.sms < lo || c.sms > dev->total_sms)
				continue;
			bool seen = false;
			for (uint32_t q = 0; q < p->n_sizes && !seen; q++)
				seen = p->sizes[q].sms == c.sms && p->sizes[q].share == c.share;
			if (!seen)
				p->sizes[p->n_sizes++] = c;
		}
	qsort(p->sizes, p->n_sizes, sizeof *p->sizes, cmp_kind);
	p->min_iso = 0;
	for (uint32_t q = 0; q < p->n_sizes; q++)
		if (p->sizes[q].share == 1)
			p->min_iso = p->sizes[q].sms; /* decreasing: the last is the smallest */
	if (p->n_sizes > UINT16_MAX)
		return AEGIS_E_LIMIT;
	size_t nv = (size_t)p->n * p->n_sizes * 2;
	p->var = calloc(nv + 1, sizeof *p->var);
	p->segbuf = malloc((segs * p->n_sizes * 2 + 1) * sizeof *p->segbuf);
	if (!p->var || !p->segbuf)
		return AEGIS_E_NOMEM;
	int64_t *seg = p->segbuf;
	for (uint32_t i = 0; i < p->n; i++) {
		const aegis_plan_model *m = &p->m[i];
		for (uint32_t s = 0; s < p->n_sizes; s++) {
			const aegis_plan_point *q = NULL;
			for (uint32_t k = 0; k < m->n_curve && !q; k++)
				if (m->curve[k].sms == p->sizes[s].sms &&
				    share_of(&m->curve[k]) == p->sizes[s].share)
					q = &m->curve[k];
			for (int f = 0; f < 2; f++) {
				aegis_task *y = &p->var[((size_t)i * p->n_sizes + s) * 2 + (size_t)f];
				*y = m->task;
				y->prio = 0;
				y->wcet_ns = 0;
				y->n_segments = 0;
				y->segment_ns = NULL;
				if (!q)
					continue;
				int64_t c = q->wcet_ns;
				if (f && q->interference > 1 && p->sizes[s].share == 1) {
					double x = ceil((double)q->wcet_ns * q->interference);
					if (!(x < 9.2e18))
						return AEGIS_E_OVERFLOW;
					c = (int64_t)x;
				}
				split(&m->task, c, y, seg);
				if (m->task.n_segments > 1)
					seg += m->task.n_segments;
			}
		}
	}
	return AEGIS_OK;
}

/* Each lane's FP ranks of the plan x into prio[] (not counted as evaluations). */
static aegis_status ranks(struct pl *p, const struct pl_state *x, int64_t *prio)
{
	uint64_t evals = p->evals, max = p->max_evals;
	bool hit = p->budget_hit;
	p->max_evals = UINT64_MAX;
	aegis_status st = AEGIS_OK;
	for (uint32_t l = 0; l < x->nl && st == AEGIS_OK; l++) {
		uint32_t m = members(p, x, l, UINT32_MAX, UINT32_MAX, p->mem2);
		bool ok;
		double v;
		if ((st = eval(p, x->size[l], x->f, p->mem2, m, &ok, &v)) != AEGIS_OK)
			break;
		if (!ok) {
			st = AEGIS_E_STATE; /* a lane the search accepted fails: cannot happen */
			break;
		}
		for (uint32_t k = 0; k < m; k++)
			prio[p->mem2[k]] = is_fp(p->kind) ? p->rank[k] : 0;
	}
	p->evals = evals;
	p->max_evals = max;
	p->budget_hit = hit;
	return st;
}

/* The plan's evidence: aegis_lane_analyse on every lane, as admission would run it. */
static aegis_status evidence(struct pl *p, const struct pl_state *x, aegis_plan_result *out,
			     aegis_plan_assignment *per)
{
	aegis_status st = AEGIS_E_NOMEM;
	aegis_task *t = malloc((p->n + 1) * sizeof *t);
	int64_t *prio = calloc(p->n + 1, sizeof *prio);
	aegis_task_result *res = malloc((p->n + 1) * sizeof *res);
	if (!t || !prio || !res)
		goto out;
	if ((st = ranks(p, x, prio)) != AEGIS_OK)
		goto out;
	for (uint32_t i = 0; i < p->n; i++) {
		per[i] = (aegis_plan_assignment){
			.lane = x->lane[i],
			.evidence = {.bound_ns = -1, .check_point_ns = -1, .busy_period_ns = -1}};
		t[i] = p->m[i].task;
		if (x->lane[i] < 0)
			continue;
		t[i] = *var(p, i, x->size[x->lane[i]], x->f);
		t[i].prio = prio[i];
		per[i].prio = prio[i];
		per[i].wcet_ns = t[i].wcet_ns;
	}
	double longest = 0; /* busy-period objectives: the longest L of a lane in use */
	int64_t stall_of[AEGIS_PLAN_MAX_LANES] = {0};
	for (uint32_t l = 0; l < x->nl; l++) {
		aegis_analysis_result r;
		aegis_stall_charge ch = {.stall_ns = 0, .window_ns = -1};
		if ((st = p->n_stall ? aegis_lane_analyse_stalled(p->kind, t, x->lane, p->n, l, NULL,
								  p->stall, p->n_stall, &r, res,
								  NULL, &ch)
				     : aegis_lane_analyse(p->kind, t, x->lane, p->n, l, NULL, &r, res,
							  NULL)) != AEGIS_OK)
			goto out;
		if (!r.schedulable) {
			st = AEGIS_E_STATE; /* the search's verdict disagrees: cannot happen */
			goto out;
		}
		stall_of[l] = ch.stall_ns;
		uint32_t m = members(p, x, l, UINT32_MAX, UINT32_MAX, p->mem2);
		for (uint32_t k = 0; k < m; k++) {
			p->sub[k] = t[p->mem2[k]];
			p->sub[k].jitter_ns += ch.stall_ns; /* as the analysis charged it */
		}
		double v;
		if (busy_obj(p->obj) && m > 0) {
			if ((st = busy_score(p, p->sub, m, &v)) != AEGIS_OK)
				goto out;
			longest = -v > longest ? -v : longest;
		}
		if (is_fp(p->kind))
			continue;
		for (uint32_t k = 0; k < m; k++) {
			aegis_task_result *e = &res[p->mem2[k]];
			if (e->check_point_ns >= 0)
				continue;
			e->slack_ns = edf_first_slack(p->kind, p->sub, m, k);
			e->check_point_ns = t[p->mem2[k]].deadline_ns - t[p->mem2[k]].jitter_ns;
		}
	}
	/* A lane no model uses is dropped (its SMs stay unused): lane l becomes renum[l].
	 * One lane stays when none is used. Sizes keep their non-increasing order. */
	uint32_t renum[AEGIS_PLAN_MAX_LANES], kept = 0;
	uint32_t share = p->sizes[x->size[0]].share;
	for (uint32_t l = 0; l < x->nl; l++) {
		/* the lanes of a shared layout all stay: their times were measured with
		 * every one of them busy */
		bool used = share > 1;
		for (uint32_t i = 0; i < p->n && !used; i++)
			used = x->lane[i] == (int32_t)l;
		renum[l] = used || (l == x->nl - 1 && kept == 0) ? kept : UINT32_MAX;
		if (renum[l] != UINT32_MAX) {
			out->lane_stall_ns[kept] = stall_of[l];
			out->lane_sms[kept++] = p->sizes[x->size[l]].sms;
		}
	}
	for (uint32_t i = 0; i < p->n; i++)
		if (x->lane[i] >= 0)
			per[i].lane = (int32_t)renum[x->lane[i]];
	out->kind = p->kind;
	out->n_lanes = kept;
	out->shared = share > 1 ? share : 0;
	out->admitted = 0;
	out->bottleneck = AEGIS_AN_NONE;
	double worst = 0;
	for (uint32_t i = 0; i < p->n; i++) {
		if (x->lane[i] < 0)
			continue;
		per[i].evidence = res[i];
		double v = measure(p, res[i].slack_ns, t[i].deadline_ns);
		double r = (double)res[i].slack_ns / (double)t[i].deadline_ns;
		if (out->admitted == 0 || v < worst) {
			worst = v;
			out->bottleneck = i;
		}
		if (out->admitted == 0 || res[i].slack_ns < out->min_slack_ns)
			out->min_slack_ns = res[i].slack_ns;
		if (out->admitted == 0 || r < out->min_slack_ratio)
			out->min_slack_ratio = r;
		out->admitted++;
	}
	out->objective = busy_obj(p->obj) ? longest : worst;
	out->all_admitted = out->admitted == p->n;
	st = AEGIS_OK;
out:
	free(t);
	free(prio);
	free(res);
	return st;
}

static void pl_free(struct pl *p)
{
	free(p->sizes);
	free(p->var);
	free(p->segbuf);
	free(p->sub);
	free(p->order);
	free(p->mem);
	free(p->mem2);
	free(p->assigned);
	free(p->res);
	free(p->rank);
	free(p->zeros);
}

aegis_status aegis_plan_lanes(const aegis_plan_model *models, uint32_t n,
			      const aegis_plan_device *dev, const aegis_plan_options *opt,
			      aegis_plan_result *out, aegis_plan_assignment *per_model)
{
	if (!out || (n && !per_model))
		return AEGIS_E_INVAL;
	aegis_status st = check_input(models, n, dev, opt);
	if (st != AEGIS_OK)
		return st;
	*out = (aegis_plan_result){.kind = opt->kind, .bottleneck = AEGIS_AN_NONE};
	struct pl p = {.m = models, .n = n, .kind = opt->kind, .obj = opt->objective,
		       .stall = opt->host_stall, .n_stall = opt->host_stall ? opt->n_host_stall : 0};
	struct pl_state best = {0}, best2 = {0};
	bool have = false, have2 = false;
	uint32_t max_lanes = dev->max_lanes ? dev->max_lanes : AEGIS_PLAN_MAX_LANES;
	if (max_lanes > AEGIS_PLAN_MAX_LANES)
		max_lanes = AEGIS_PLAN_MAX_LANES;
	uint32_t max_layouts = opt->max_layouts ? opt->max_layouts : PL_DEFAULT_LAYOUTS;
	uint64_t budget = opt->max_evaluations ? opt->max_evaluations : PL_DEFAULT_EVALS;
	bool both = opt->try_points && points_kind(opt->kind) != opt->kind && has_segments(models, n);

	st = AEGIS_E_NOMEM;
	size_t cap = (size_t)n + 1;
	p.sub = malloc(cap * sizeof *p.sub);
	p.order = malloc(cap * sizeof *p.order);
	p.mem = malloc(cap * sizeof *p.mem);
	p.mem2 = malloc(cap * sizeof *p.mem2);
	p.assigned = malloc(cap * sizeof *p.assigned);
	p.res = malloc(cap * sizeof *p.res);
	p.rank = malloc(cap * sizeof *p.rank);
	p.zeros = calloc(cap, sizeof *p.zeros);
	best.lane = malloc(cap * sizeof *best.lane);
	best2.lane = malloc(cap * sizeof *best2.lane);
	if (!p.sub || !p.order || !p.mem || !p.mem2 || !p.assigned || !p.res || !p.rank ||
	    !p.zeros || !best.lane || !best2.lane)
		goto out;
	if ((st = prepare(&p, dev)) != AEGIS_OK)
		goto out;

	/* with try_points the two kinds share the budget: half each, the second also
	 * gets what the first left */
	p.max_evals = both ? budget / 2 : budget;
	if ((st = search(&p, dev->total_sms, max_lanes, max_layouts, &best, &have, out)) !=
	    AEGIS_OK)
		goto out;
	aegis_analysis_kind chosen = opt->kind;
	if (both) {
		bool hit = p.budget_hit;
		p.budget_hit = false;
		p.max_evals = budget;
		p.kind = points_kind(opt->kind);
		if ((st = search(&p, dev->total_sms, max_lanes, max_layouts, &best2, &have2,
				 out)) != AEGIS_OK)
			goto out;
		p.budget_hit = p.budget_hit || hit;
		/* ties keep the plan without preemption points */
		if (have2 && (!have || compare(best2.admitted, best2.score, best2.nl, best.admitted,
					       best.score, best.nl) > 0)) {
			int32_t *tmp = best.lane;
			best = best2;
			best2.lane = tmp;
			have = true;
			chosen = p.kind;
		}
	}
	p.kind = chosen;
	if (have && opt->pool_tolerance > 0 && best.nl > 1 &&
	    (st = pool(&p, dev->total_sms, max_layouts, budget, opt->pool_tolerance, &best,
		       &best2, out)) != AEGIS_OK)
		goto out;
	out->evaluations = p.evals;
	out->budget_hit = p.budget_hit || out->layouts_truncated;
	if (!have) { /* no size fits the device: nothing is admitted */
		for (uint32_t i = 0; i < n; i++)
			per_model[i] = (aegis_plan_assignment){
				.lane = -1,
				.evidence = {.bound_ns = -1, .check_point_ns = -1,
					     .busy_period_ns = -1}};
		out->all_admitted = n == 0;
		st = AEGIS_OK;
		goto out;
	}
	st = evidence(&p, &best, out, per_model);
out:
	free(best.lane);
	free(best2.lane);
	pl_free(&p);
	return st;
}

const char *aegis_plan_objective_name(aegis_plan_objective o)
{
	switch (o) {
	case AEGIS_PLAN_SLACK_RATIO:
		return "slack-ratio";
	case AEGIS_PLAN_SLACK_NS:
		return "slack";
	case AEGIS_PLAN_BUSY_PERIOD:
		return "busy";
	case AEGIS_PLAN_BURST:
		return "burst";
	}
	return "?";
}
