/* Internal helpers shared by the analyses: validation, utilisation, segment facts,
 * the priority order, and checked integer arithmetic. Must not allocate or decide
 * schedulability itself. */
#ifndef AEGIS_ANALYSIS_TASKSET_H
#define AEGIS_ANALYSIS_TASKSET_H

#include <stdbool.h>
#include <stdint.h>

#include "aegis/analysis.h"

/* A fixed-point iteration that has not converged after this many steps is reported
 * as not schedulable ("did not converge"): sufficient, never optimistic. */
#define AN_MAX_ITERATIONS 1000000u

/* Checks the task model of analysis.h: AEGIS_OK or AEGIS_E_INVAL. */
aegis_status an_validate(const aegis_task *t, uint32_t n);

double an_utilisation(const aegis_task *t, uint32_t n);

/* The longest busy period of t[0..n) on one processor under any work-conserving
 * policy (preemptive or not, EDF or FP): the least fixed point of
 *   L = sum_i ceil((L + J_i) / T_i) C_i,
 * iterated up from sum_i C_i (Spuri, INRIA RR-2772, 1996; George, Rivierre, Spuri,
 * INRIA RR-2966, 1996). No blocking term: a busy period starts on an idle processor,
 * so a non-preemptive job running in it was released in it and is in the sum. Equal to
 * an_fp's busy period of the lowest priority level (nothing blocks it) and to an_edf's
 * under edf-p; an_edf's under edf-np and edf-lp adds the largest blocking, the window
 * its sweep must cover. *bounded false (L untouched) when there is no fixed point
 * (U = 1 with jitter, U > 1), the iteration passes AN_MAX_ITERATIONS or INT64_MAX / 4,
 * or a window plus a jitter passes INT64_MAX.
 * AEGIS_OK or AEGIS_E_OVERFLOW. */
aegis_status an_busy_period(const aegis_task *t, uint32_t n, int64_t *L, bool *bounded);
/* The same with every J_i taken as 0: the synchronous busy period of Liu & Layland's
 * critical instant, L = sum_i ceil(L / T_i) C_i. It has a fixed point when U <= 1, but
 * *bounded* is still false when the iteration passes the same caps as above. */
aegis_status an_sync_busy_period(const aegis_task *t, uint32_t n, int64_t *L, bool *bounded);

/* Largest non-preemptive region of task t (its longest segment, or C). */
int64_t an_seg_max(const aegis_task *t);
/* Its last segment (C when unsegmented). */
int64_t an_seg_last(const aegis_task *t);

/* order[0..n) = 0..n-1 sorted by (key[i], i): stable, O(n log n). */
void an_sort_by_key(const int64_t *key, uint32_t n, uint32_t *order);
/* order[0..n) = task indices from the highest priority to the lowest, by (prio, index). */
void an_priority_order(const aegis_task *t, uint32_t n, uint32_t *order);

/* ceil(a / b) and floor(a / b) for a >= 0, b > 0. */
static inline int64_t an_ceil_div(int64_t a, int64_t b)
{
	return a <= 0 ? 0 : (a - 1) / b + 1;
}

/* Accumulates x += k * c with overflow detection; returns false on overflow. */
static inline bool an_add_mul(int64_t *x, int64_t k, int64_t c)
{
	int64_t p;
	return !__builtin_mul_overflow(k, c, &p) && !__builtin_add_overflow(*x, p, x);
}

/* FP response-time analysis of the task at position pos of `order` (higher priority
 * before it, lower after it). kind is FP_NP, FP_LP or FP_P. */
aegis_status an_fp_task(aegis_analysis_kind kind, const aegis_task *t, const uint32_t *order,
			uint32_t n, uint32_t pos, aegis_task_result *r);

aegis_status an_fp(aegis_analysis_kind kind, const aegis_task *t, uint32_t n,
		   aegis_analysis_result *out, aegis_task_result *per_task);
/* aegis_analyse of tasks[0..n) for admission: tasks[0..n-1) pass the test of kind,
 * tasks[n-1] joins them. The verdict and failing task are aegis_analyse's; only the
 * tasks the new one can change are analysed (FP: an_fp_add; EDF: all of them), so
 * out->busy_period_ns covers those only. add_result: the new task's result. */
aegis_status an_analyse_add(aegis_analysis_kind kind, const aegis_task *tasks, uint32_t n,
			    aegis_analysis_result *out, aegis_task_result *add_result);
/* A lane's results back to the caller's indices (taskset.c; lane.c and stall.c): res[k] belongs to the task
 * idx[k] of the caller's n (idx[k] == n: the task being added, into *add_result),
 * per_task and add_result may be NULL; out->failing_task is mapped the same way. */
void an_lane_results(const uint32_t *idx, uint32_t m, uint32_t n, const aegis_task_result *res,
		     aegis_analysis_result *out, aegis_task_result *per_task,
		     aegis_task_result *add_result);
/* an_fp for admission: t[0..n-1) passes the test, t[n-1] joins it (fp.c). */
aegis_status an_fp_add(aegis_analysis_kind kind, const aegis_task *t, uint32_t n,
		       aegis_analysis_result *out, aegis_task_result *add_result);
aegis_status an_edf(aegis_analysis_kind kind, const aegis_task *t, uint32_t n,
		    aegis_analysis_result *out, aegis_task_result *per_task);

/* U = sum C_i / T_i is exactly 1 (compared in integers over the hyperperiod; false
 * when the hyperperiod does not fit in int64). */
bool an_edf_load_is_one(const aegis_task *t, uint32_t n);

#endif
