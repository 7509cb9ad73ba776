/* `aegisrt plan`: chooses lane sizes, lanes and (fp) priorities for a workload from a
 * WCET profile with curves (aegis_plan_lanes), prints the plan with its evidence and
 * writes the planned workload. Must not create a runtime nor reach into library
 * internals: the tasks are built as `aegisrt admit` builds them, through the public API. */
#define _GNU_SOURCE
#include <getopt.h>
#include <inttypes.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "aegis/analysis.h"
#include "aegis/device.h"
#include "aegis/planner.h"
#include "aegis/profile.h"
#include "cli.h"
#include "plan.h"

static const char plan_usage[] =
	"usage: aegisrt plan WORKLOAD --wcet-profile FILE [options]\n"
	"\n"
	"Chooses the lanes for WORKLOAD: how many, how many SMs each, which model runs\n"
	"on which and, under fp, the priorities, so that as many models as possible are\n"
	"admitted with the best objective (by default the largest smallest slack / deadline;\n"
	"see --objective), every lane judged by the exact test admission uses\n"
	"(docs/ANALYSIS.md, \"Planning lanes\"). FILE is\n"
	"a WCET profile with curves ('aegisrt profile WORKLOAD --lane-sizes 4,8,16'): each\n"
	"model's WCET on lanes of each size. A model the profile gives no curve is planned\n"
	"with one WCET at every size (the profile's, else the workload's), and a note on\n"
	"stderr names it. Each model's task is the one admission sees: WCET plus the\n"
	"dispatch overhead per segment, its copies, and the host stall (and the hand-off,\n"
	"sporadic models) as release jitter; the WCET on a lane of s SMs is the curve's,\n"
	"times its interference where measured.\n"
	"\n"
	"Prints the layout, per lane its size, models, utilisation and smallest slack, per\n"
	"model its lane, priority (fp), WCET on that lane, bound (fp) or check point\n"
	"(edf) and slack, then what the search did (layouts searched and pruned, lane\n"
	"analyses, whether the budget stopped it) and the objective's figure. The same\n"
	"input prints the same bytes.\n"
	"\n"
	"options:\n"
	"  --wcet-profile FILE the WCET profile with curves (required)\n"
	"  -o, --output FILE   also write the planned workload: WORKLOAD's YAML with\n"
	"                      runtime.lanes set to the plan's sizes, each model's lane\n"
	"                      and, under fp, its priority with runtime.priorities:\n"
	"                      explicit, and runtime.preemption: points when the plan\n"
	"                      chose them; every other key as written (comments are not\n"
	"                      kept; relative file names stay relative to where the file\n"
	"                      is read from). A model left out gets lane: auto\n"
	"  --sms N             the SMs the lanes share (default: the workload's device\n"
	"                      profile's cap, else the profile's device profile's)\n"
	"  --budget N          lane analyses the search may run (default 100000)\n"
	"  --objective O       what the plan optimises, after the models admitted:\n"
	"                      slack-ratio  the smallest slack / deadline, largest (default)\n"
	"                      slack        the smallest slack in time, largest\n"
	"                      busy         the longest busy period of a lane, shortest:\n"
	"                                   every job completes within it of its release,\n"
	"                                   so it bounds every response, long deadlines too\n"
	"                      burst        the time a lane stays busy once all its models\n"
	"                                   are released at once, no jitter, shortest: the\n"
	"                                   lanes clear what is released together side by\n"
	"                                   side (typical tails, time busy); not a bound\n"
	"  --pool T            take the plan with the fewest lanes whose objective is at\n"
	"                      most T worse than the best plan's: larger lanes pool the\n"
	"                      SMs (default 0: off). T is a fraction of a deadline (0..1)\n"
	"                      for slack-ratio, a duration (500us) for slack, busy, burst\n"
	"  --points            also plan with preemption points between segments (fp-lp,\n"
	"                      edf-lp) and keep the better plan (preemption none only)\n"
	"  --json              print the plan as one JSON object instead of tables\n"
	"  -h, --help          this help\n"
	"\n"
	"Lane sizes are multiples of the device's granularity (1 on the simulated device,\n"
	"and wherever the profile's device cannot be asked); a lane's size must be one a\n"
	"curve measured. The policy is the workload's: fp plans for fp-np (fp-lp with\n"
	"preemption points), edf for edf-np (edf-lp); fifo has no analysis to plan with.\n"
	"\n"
	"exit status: 0 every model admitted; 1 the best plan found leaves models out\n"
	"(named; the plan is still printed and written); 2 bad usage or a bad input file;\n"
	"3 an output could not be written completely (a file -o names is then removed).\n";

struct plan_opts {
	const char *workload, *output, *profile;
	const char *pool_arg; /* --pool as given: its unit is the objective's */
	uint32_t sms, budget;
	aegis_plan_objective objective;
	double pool;
	bool have_sms, have_budget, json, points;
};

/* A model as planned: its task on lanes of each size of its curve. */
struct pmodel {
	const aegis_model_config *cfg;
	bool flat;            /* no curve: one WCET at every size */
	uint32_t n;           /* points */
	uint32_t *sms;        /* n */
	aegis_task *task;     /* n: admission's task at that size */
	int64_t *seg;         /* n * AEGIS_MAX_SEGMENTS */
	aegis_plan_point *pt; /* n */
};

struct plan_set {
	aegis_workload *w;
	aegis_profile *prof;
	const aegis_runtime_config *rc;
	uint32_t n;
	struct pmodel *m;
	aegis_plan_model *in;
	aegis_plan_device dev;
	const char *sms_from;
	aegis_plan_options opt;
	aegis_analysis_kind base_kind;
	int64_t overhead_ns;
	aegis_plan_result res;
	aegis_plan_assignment *as;
	/* admission's own test on the plan (the evidence printed) */
	aegis_task *final;     /* n */
	int32_t *lane;         /* n */
	aegis_task_result *ev; /* n */
	aegis_analysis_result lane_res[AEGIS_PLAN_MAX_LANES];
	aegis_stall_charge lane_stall[AEGIS_PLAN_MAX_LANES]; /* a stall curve's charge */
	bool confirmed;        /* every lane passes admission's test */
};

enum { OPT_WCET_PROFILE = 256, OPT_SMS, OPT_BUDGET, OPT_POINTS, OPT_JSON, OPT_POOL,
       OPT_OBJECTIVE };

#define PLAN_OBJECTIVES 4 /* the aegis_plan_objective values, from 0 */

static const struct option plan_longopts[] = {
	{"wcet-profile", required_argument, NULL, OPT_WCET_PROFILE},
	{"output", required_argument, NULL, 'o'},
	{"sms", required_argument, NULL, OPT_SMS},
	{"budget", required_argument, NULL, OPT_BUDGET},
	{"points", no_argument, NULL, OPT_POINTS},
	{"pool", required_argument, NULL, OPT_POOL},
	{"objective", required_argument, NULL, OPT_OBJECTIVE},
	{"json", no_argument, NULL, OPT_JSON},
	{"help", no_argument, NULL, 'h'},
	{NULL, 0, NULL, 0},
};

static int plan_option(int c, const char *arg, void *ctx)
{
	struct plan_opts *o = ctx;
	switch (c) {
	case OPT_WCET_PROFILE:
		o->profile = arg;
		return 0;
	case 'o':
		o->output = arg;
		return 0;
	case OPT_SMS:
		return cli_opt_count("plan", "--sms", arg, 65536u * AEGIS_MAX_LANES, &o->sms,
				     &o->have_sms);
	case OPT_BUDGET:
		return cli_opt_count("plan", "--budget", arg, UINT32_MAX, &o->budget,
				     &o->have_budget);
	case OPT_POINTS:
		o->points = true;
		return 0;
	case OPT_POOL:
		o->pool_arg = arg; /* read once the objective is known */
		return 0;
	case OPT_OBJECTIVE:
		for (int k = 0; k < PLAN_OBJECTIVES; k++)
			if (strcmp(arg, aegis_plan_objective_name((aegis_plan_objective)k)) == 0) {
				o->objective = (aegis_plan_objective)k;
				return 0;
			}
		return cli_error("plan", true, "--objective: expected slack-ratio, slack, busy or "
				 "burst, "
				 "got '%s'", arg);
	case OPT_JSON:
		o->json = true;
		return 0;
	default:
		return 0;
	}
}

/* --pool in the objective's unit: a fraction of a deadline, or a duration in ns. */
static int pool_option(struct plan_opts *o)
{
	const char *arg = o->pool_arg;
	if (!arg)
		return 0;
	if (o->objective == AEGIS_PLAN_SLACK_RATIO) {
		char *end;
		o->pool = strtod(arg, &end);
		if (end == arg || *end || !(o->pool >= 0 && o->pool <= 1))
			return cli_error("plan", true, "--pool: expected a fraction of a deadline "
					 "0..1, got '%s'", arg);
		return 0;
	}
	int64_t ns;
	if (aegis_duration_parse(arg, &ns) != AEGIS_OK || ns < 0)
		return cli_error("plan", true, "--pool: with --objective %s, expected a duration "
				 "(500us, 2ms), got '%s'", aegis_plan_objective_name(o->objective),
				 arg);
	o->pool = (double)ns;
	return 0;
}

static int nomem(void)
{
	return cli_error("plan", false, "out of memory");
}

static const char *dur(int64_t ns, char *buf, size_t len)
{
	return aegis_duration_format(ns, buf, len);
}

static void set_release(struct plan_set *s)
{
	for (uint32_t i = 0; s->m && i < s->n; i++) {
		free(s->m[i].sms);
		free(s->m[i].task);
		free(s->m[i].seg);
		free(s->m[i].pt);
	}
	free(s->m);
	free(s->in);
	free(s->as);
	free(s->final);
	free(s->lane);
	free(s->ev);
	aegis_profile_destroy(s->prof);
	aegis_workload_destroy(s->w);
}

/* ---- input -------------------------------------------------------------------- */

static int load(struct plan_set *s, const struct plan_opts *o)
{
	char err[512];
	if (aegis_workload_load(o->workload, &s->w, err, sizeof err) != AEGIS_OK)
		return cli_error("plan", false, "%s", err);
	if (cli_wcet_profile_load("plan", o->profile, &s->prof) != 0)
		return EXIT_USAGE;
	s->rc = aegis_workload_runtime(s->w);
	s->n = aegis_workload_model_count(s->w);
	bool any = false;
	for (uint32_t i = 0; i < aegis_profile_model_count(s->prof); i++) {
		const aegis_profile_point *pts;
		uint32_t k = 0;
		any |= aegis_profile_model_curve(s->prof, i, &pts, &k) == AEGIS_OK && k > 0;
	}
	if (!any)
		return cli_error("plan", false, "--wcet-profile %s: no model has a curve (WCETs "
				 "by lane size, profile version 2): measure one with 'aegisrt "
				 "profile %s --lane-sizes 4,8,16' (sizes in SMs)", o->profile,
				 o->workload);
	if (s->n == 0)
		return cli_error("plan", false, "%s: no models to plan", o->workload);
	return 0;
}

/* The test: the workload's policy and preemption mode, as admission runs it. */
static int resolve_kind(struct plan_set *s, const struct plan_opts *o)
{
	if (s->rc->policy == AEGIS_POLICY_FIFO)
		return cli_error("plan", false, "%s: policy fifo: fifo has no schedulability "
				 "analysis to plan with (set runtime.policy to fp or edf)",
				 o->workload);
	if (aegis_policy_analysis(s->rc->policy, s->rc->preemption, &s->base_kind) != AEGIS_OK)
		return cli_error("plan", false, "%s: policy %s has no analysis", o->workload,
				 aegis_policy_name(s->rc->policy));
	s->opt = (aegis_plan_options){
		.kind = s->base_kind,
		.objective = o->objective,
		.try_points = o->points,
		.pool_tolerance = o->pool,
		.max_evaluations = o->have_budget ? o->budget : 0,
		/* a stall curve: each lane charged its own g, as admission charges it */
		.host_stall = s->rc->n_host_stall_points ? s->rc->host_stall_curve : NULL,
		.n_host_stall = s->rc->n_host_stall_points,
	};
	s->overhead_ns = s->rc->dispatch_overhead_ns;
	if (s->overhead_ns == 0)
		s->overhead_ns = aegis_profile_dispatch_overhead_ns(s->prof);
	return 0;
}

/* The device: --sms, else the workload's device profile, else the profile's; the
 * granularity and the smallest partition from the profile's device where it answers. */
static int resolve_device(struct plan_set *s, const struct plan_opts *o)
{
	const aegis_profile_info *info = aegis_profile_info_get(s->prof);
	const aegis_device_profile *dp;
	if (o->have_sms) {
		s->dev.total_sms = o->sms;
		s->sms_from = "--sms";
	} else if (s->rc->device_profile && (dp = aegis_device_profile_find(s->rc->device_profile))) {
		s->dev.total_sms = dp->sm_count;
		s->sms_from = "the workload's device profile";
	} else if (info->device_profile && (dp = aegis_device_profile_find(info->device_profile))) {
		s->dev.total_sms = dp->sm_count;
		s->sms_from = "the WCET profile's device profile";
	} else {
		return cli_error("plan", true, "the SMs the lanes share are unknown: give --sms N "
				 "(neither %s nor the WCET profile names a device profile)",
				 o->workload);
	}
	s->dev.granularity_sms = 1;
	aegis_device_info di;
	char detail[256];
	if (info->device && strcmp(info->device, "sim") != 0 &&
	    aegis_device_query(info->device, 0, &di, detail, sizeof detail) == AEGIS_OK &&
	    di.sm_granularity) {
		s->dev.granularity_sms = di.sm_granularity;
		s->dev.min_sms = di.sm_min_partition;
	}
	return 0;
}

/* Admission's task for model cfg with measured WCET override_ns (0: its own), as
 * `aegisrt admit` builds it: dispatch overhead per segment, copies, host stall and
 * (sporadic) hand-off as release jitter. */
static int task_of(struct plan_set *s, const struct plan_opts *o, uint32_t i,
		   const aegis_model_config *cfg, int64_t override_ns, aegis_task *t, int64_t *seg)
{
	aegis_model_config at = *cfg;
	at.lane_times = NULL;
	at.n_lane_times = 0;
	if (override_ns)
		at.wcet_override_ns = override_ns;
	char why[256] = "";
	aegis_status st = aegis_model_task(&at, AEGIS_PRIO_EXPLICIT, s->overhead_ns, t, seg, why,
					   sizeof why);
	if (st == AEGIS_OK)
		st = aegis_model_task_copies(&at, s->rc->copy_bandwidth_bps,
					     s->rc->copy_interference, t);
	int64_t handoff = cfg->release == AEGIS_RELEASE_SPORADIC ? s->rc->handoff_ns : 0;
	if (st == AEGIS_OK && ((st = aegis_task_add_host_stall(t, s->rc->host_stall_ns)) ||
			       (st = aegis_task_add_host_stall(t, handoff))))
		return cli_error("plan", false, "%s:%u: model '%s': its release jitter plus the "
				 "host stall reaches its period", o->workload,
				 aegis_workload_model_line(s->w, i), cfg->name);
	if (st != AEGIS_OK)
		return cli_error("plan", false, "%s:%u: model '%s': %s", o->workload,
				 aegis_workload_model_line(s->w, i), cfg->name,
				 why[0] ? why : aegis_status_str(st));
	t->name = cfg->name;
	return 0;
}

/* Every size some curve has, increasing, into sizes (*n of them). */
static int union_sizes(struct plan_set *s, uint32_t **sizes, uint32_t *n)
{
	uint32_t cap = 0;
	for (uint32_t i = 0; i < aegis_profile_model_count(s->prof); i++) {
		const aegis_profile_point *pts;
		uint32_t k = 0;
		aegis_profile_model_curve(s->prof, i, &pts, &k);
		cap += k;
	}
	uint32_t *u = malloc((cap ? cap : 1) * sizeof *u), m = 0;
	if (!u)
		return nomem();
	for (uint32_t i = 0; i < aegis_profile_model_count(s->prof); i++) {
		const aegis_profile_point *pts;
		uint32_t k = 0;
		aegis_profile_model_curve(s->prof, i, &pts, &k);
		for (uint32_t j = 0; j < k; j++) {
			if (pts[j].shared > 1) /* shared lanes: not a workload file's */
				continue;
			uint32_t at = 0;
			while (at < m && u[at] < pts[j].sms)
				at++;
			if (at < m && u[at] == pts[j].sms)
				continue;
			memmove(u + at + 1, u + at, (m - at) * sizeof *u);
			u[at] = pts[j].sms;
			m++;
		}
	}
	*sizes = u;
	*n = m;
	return 0;
}

static int build(struct plan_set *s, const struct plan_opts *o)
{
	uint32_t *all = NULL, n_all = 0;
	int rc = union_sizes(s, &all, &n_all);
	if (rc)
		return rc;
	s->m = calloc(s->n, sizeof *s->m);
	s->in = calloc(s->n, sizeof *s->in);
	s->as = calloc(s->n, sizeof *s->as);
	s->final = calloc(s->n, sizeof *s->final);
	s->lane = calloc(s->n, sizeof *s->lane);
	s->ev = calloc(s->n, sizeof *s->ev);
	if (!s->m || !s->in || !s->as || !s->final || !s->lane || !s->ev) {
		free(all);
		return nomem();
	}
	for (uint32_t i = 0; i < s->n && !rc; i++) {
		struct pmodel *m = &s->m[i];
		aegis_lane_time times[AEGIS_PROFILE_MAX_SIZES];
		aegis_model_config ov = cli_wcet_profile_apply(s->prof, aegis_workload_model(s->w, i),
							       times);
		m->cfg = aegis_workload_model(s->w, i);
		m->flat = ov.n_lane_times == 0;
		m->n = m->flat ? n_all : ov.n_lane_times;
		m->sms = calloc(m->n, sizeof *m->sms);
		m->task = calloc(m->n, sizeof *m->task);
		m->seg = calloc((size_t)m->n * AEGIS_MAX_SEGMENTS, sizeof *m->seg);
		m->pt = calloc(m->n, sizeof *m->pt);
		if (!m->sms || !m->task || !m->seg || !m->pt) {
			rc = nomem();
			break;
		}
		for (uint32_t k = 0; k < m->n && !rc; k++) {
			m->sms[k] = m->flat ? all[k] : times[k].sms;
			int64_t *seg = m->seg + (size_t)k * AEGIS_MAX_SEGMENTS;
			if (m->flat && k > 0) { /* the same task at every size */
				m->task[k] = m->task[0];
				memcpy(seg, m->seg, AEGIS_MAX_SEGMENTS * sizeof *seg);
				if (m->task[k].segment_ns)
					m->task[k].segment_ns = seg;
			} else {
				rc = task_of(s, o, i, &ov, m->flat ? 0 : times[k].wcet_ns,
					     &m->task[k], seg);
			}
			/* interference is in the WCET already (admission charges it whatever
			 * the lane count), so none is added by the planner */
			m->pt[k] = (aegis_plan_point){.sms = m->sms[k], .wcet_ns = m->task[k].wcet_ns};
		}
		if (rc)
			break;
		s->in[i] = (aegis_plan_model){.task = m->task[0], .curve = m->pt, .n_curve = m->n};
		if (m->flat)
			cli_message("plan", "note: model '%s' has no curve in %s: planned with its "
				    "%s WCET at every size", m->cfg->name, o->profile,
				    ov.wcet_override_ns ? "profile's" : "workload's");
	}
	free(all);
	return rc;
}

/* ---- the plan, and admission's test on it -------------------------------------- */

static uint32_t point_of(const struct pmodel *m, uint32_t sms)
{
	for (uint32_t k = 0; k < m->n; k++)
		if (m->sms[k] == sms)
			return k;
	return 0;
}

static int plan(struct plan_set *s, const struct plan_opts *o)
{
	aegis_status st = aegis_plan_lanes(s->in, s->n, &s->dev, &s->opt, &s->res, s->as);
	if (st != AEGIS_OK)
		return cli_error("plan", false, "%s: planning failed: %s (%s)", o->workload,
				 aegis_status_str(st), aegis_status_name(st));
	/* the evidence is admission's exact test on the plan, with each model's own task
	 * at its lane's size (the planner scales one task's segments; admission builds
	 * each size's): under -np the same numbers, under -lp the ones that count */
	for (uint32_t i = 0; i < s->n; i++) {
		const struct pmodel *m = &s->m[i];
		int32_t l = s->as[i].lane;
		s->lane[i] = l;
		s->final[i] = m->task[l >= 0 ? point_of(m, s->res.lane_sms[l]) : 0];
		s->final[i].prio = s->as[i].prio;
	}
	s->confirmed = true;
	for (uint32_t l = 0; l < s->res.n_lanes; l++) {
		s->lane_stall[l] = (aegis_stall_charge){.stall_ns = 0, .window_ns = -1};
		st = s->opt.host_stall
			     ? aegis_lane_analyse_stalled(s->res.kind, s->final, s->lane, s->n, l,
							  NULL, s->opt.host_stall,
							  s->opt.n_host_stall, &s->lane_res[l],
							  s->ev, NULL, &s->lane_stall[l])
			     : aegis_lane_analyse(s->res.kind, s->final, s->lane, s->n, l, NULL,
						  &s->lane_res[l], s->ev, NULL);
		if (st != AEGIS_OK)
			return cli_error("plan", false, "%s: the analysis of lane %u failed: %s",
					 o->workload, l, aegis_status_str(st));
		s->confirmed &= s->lane_res[l].schedulable;
	}
	return 0;
}

static bool fp(const struct plan_set *s)
{
	return s->res.kind == AEGIS_AN_FP_NP || s->res.kind == AEGIS_AN_FP_LP ||
	       s->res.kind == AEGIS_AN_FP_P;
}

/* A model's slack and where it was found: admission's evidence, or (EDF, no check
 * point within the busy period) the planner's value at D - J. */
static int64_t slack_of(const struct plan_set *s, uint32_t i, int64_t *check_point)
{
	const aegis_task_result *r = &s->ev[i];
	if (!fp(s) && r->check_point_ns < 0) {
		*check_point = s->as[i].evidence.check_point_ns;
		return s->as[i].evidence.slack_ns;
	}
	*check_point = r->check_point_ns;
	return r->slack_ns;
}

struct lane_sum {
	uint32_t models;
	double util;
	int64_t min_slack;
	uint32_t min_model; /* or UINT32_MAX */
};

static struct lane_sum lane_summary(const struct plan_set *s, uint32_t l)
{
	struct lane_sum r = {.min_model = UINT32_MAX};
	for (uint32_t i = 0; i < s->n; i++) {
		if (s->lane[i] != (int32_t)l)
			continue;
		int64_t cp, sl = slack_of(s, i, &cp);
		r.models++;
		r.util += (double)s->final[i].wcet_ns / (double)s->final[i].period_ns;
		if (r.min_model == UINT32_MAX || sl < r.min_slack) {
			r.min_slack = sl;
			r.min_model = i;
		}
	}
	return r;
}

static bool all_in(const struct plan_set *s)
{
	return s->res.all_admitted && s->confirmed;
}

/* ---- text report -------------------------------------------------------------- */

/* The objective's figure (aegis_plan_result.objective) in words, into buf. */
static const char *objective_text(const struct plan_set *s, char *buf, size_t len)
{
	char d[32];
	double v = s->res.objective;
	if (s->res.admitted == 0)
		snprintf(buf, len, "- (no model admitted)");
	else if (s->opt.objective == AEGIS_PLAN_SLACK_RATIO)
		snprintf(buf, len, "smallest slack %.3f of its deadline", v);
	else if (s->opt.objective == AEGIS_PLAN_SLACK_NS)
		snprintf(buf, len, "smallest slack %s", dur((int64_t)v, d, sizeof d));
	else if (isinf(v) && s->opt.objective == AEGIS_PLAN_BURST)
		snprintf(buf, len, "longest burst unbounded (a lane of load 1 whose burst the "
			 "iteration did not close)");
	else if (isinf(v))
		snprintf(buf, len, "longest busy period unbounded (a lane of load 1 with release "
			 "jitter: its jobs meet their deadlines, no busy period bounds them)");
	else if (s->opt.objective == AEGIS_PLAN_BURST)
		snprintf(buf, len, "longest burst of a lane %s (one release of all its models at "
			 "once and what they release meanwhile, no jitter: not a bound)",
			 dur((int64_t)v, d, sizeof d));
	else
		snprintf(buf, len, "longest busy period of a lane %s (every job completes within "
			 "it of its release)", dur((int64_t)v, d, sizeof d));
	return buf;
}

static void plan_report_text(FILE *f, const struct plan_set *s, const struct plan_opts *o)
{
	char b[6][32];
	bool isfp = fp(s);
	bool points = s->res.kind != s->base_kind;
	fprintf(f, "AegisRT lane plan: %s (%u model%s), WCET profile %s\n", o->workload, s->n,
		s->n == 1 ? "" : "s", o->profile);
	fprintf(f, "policy %s, preemption %s%s, dispatch overhead %s", aegis_policy_name(s->rc->policy),
		s->res.kind == AEGIS_AN_FP_LP || s->res.kind == AEGIS_AN_EDF_LP ? "points" : "none",
		points ? " (chosen by --points)" : "", dur(s->overhead_ns, b[0], 32));
	if (s->rc->host_stall_ns)
		fprintf(f, ", host stall %s (as release jitter)", dur(s->rc->host_stall_ns, b[0], 32));
	if (s->opt.host_stall)
		fprintf(f, ", host stall a curve of %u points (each lane charged its own, as "
			   "release jitter)", s->opt.n_host_stall);
	fprintf(f, "\nanalysis %s: %s\n", aegis_analysis_kind_name(s->res.kind),
		aegis_analysis_kind_source(s->res.kind));
	fprintf(f, "device: %u SMs (%s), lane sizes in steps of %u SMs, at least %u\n",
		s->dev.total_sms, s->sms_from, s->dev.granularity_sms,
		s->dev.min_sms ? s->dev.min_sms : s->dev.granularity_sms);
	fprintf(f, "\nlayout: %u lane%s of [", s->res.n_lanes, s->res.n_lanes == 1 ? "" : "s");
	for (uint32_t l = 0; l < s->res.n_lanes; l++)
		fprintf(f, "%s%u", l ? ", " : "", s->res.lane_sms[l]);
	fprintf(f, "] SMs\n");
	fprintf(f, "\n%-5s %5s %6s %11s %10s %s\n", "lane", "sms", "models", "utilisation",
		"min_slack", "members");
	for (uint32_t l = 0; l < s->res.n_lanes; l++) {
		struct lane_sum ls = lane_summary(s, l);
		fprintf(f, "%-5u %5u %6u %11.3f %10s ", l, s->res.lane_sms[l], ls.models, ls.util,
			ls.models ? dur(ls.min_slack, b[0], 32) : "-");
		for (uint32_t i = 0, k = 0; i < s->n; i++)
			if (s->lane[i] == (int32_t)l)
				fprintf(f, "%s%s", k++ ? ", " : "", s->m[i].cfg->name);
		if (s->opt.host_stall && ls.models)
			fprintf(f, " (host stall %s, over a window of %s)",
				dur(s->lane_stall[l].stall_ns, b[0], 32),
				s->lane_stall[l].window_ns >= 0
					? dur(s->lane_stall[l].window_ns, b[1], 32)
					: "-");
		if (!s->lane_res[l].schedulable)
			fprintf(f, " (NOT schedulable by admission's test: %s)",
				s->lane_res[l].reason ? s->lane_res[l].reason : "?");
		fputc('\n', f);
	}
	fprintf(f, "\n%-20s %4s %5s %4s %10s %10s %10s %10s %10s %s\n", "model", "lane", "sms",
		"prio", "wcet", "period", "deadline", isfp ? "bound" : "check_pt", "slack",
		"verdict");
	for (uint32_t i = 0; i < s->n; i++) {
		const aegis_task *t = &s->final[i];
		const char *name = s->m[i].cfg->name;
		if (s->lane[i] < 0) {
			fprintf(f, "%-20s %4s %5s %4s %10s %10s %10s %10s %10s %s\n", name, "-", "-",
				"-", "-", dur(t->period_ns, b[1], 32), dur(t->deadline_ns, b[2], 32),
				"-", "-", "LEFT OUT");
			continue;
		}
		char prio[16], bound[32];
		int64_t cp, sl = slack_of(s, i, &cp);
		if (isfp)
			snprintf(prio, sizeof prio, "%" PRId64, s->as[i].prio);
		else
			snprintf(prio, sizeof prio, "-");
		if (isfp)
			snprintf(bound, sizeof bound, "%s", s->ev[i].bound_ns >= 0
					 ? dur(s->ev[i].bound_ns, b[3], 32) : "-");
		else
			snprintf(bound, sizeof bound, "%s", cp >= 0 ? dur(cp, b[3], 32) : "-");
		fprintf(f, "%-20s %4d %5u %4s %10s %10s %10s %10s %10s %s%s\n", name, s->lane[i],
			s->res.lane_sms[s->lane[i]], prio, dur(t->wcet_ns, b[0], 32),
			dur(t->period_ns, b[1], 32), dur(t->deadline_ns, b[2], 32), bound,
			dur(sl, b[4], 32), s->ev[i].schedulable ? "ok" : "MISS",
			s->m[i].flat ? " (no curve)" : "");
	}
	fprintf(f, "\nsearch: %" PRIu64 " layout%s (%" PRIu64 " searched, %" PRIu64
		   " pruned%s), %" PRIu64 " lane analyses, budget %s\n",
		s->res.layouts_total, s->res.layouts_total == 1 ? "" : "s", s->res.layouts_searched,
		s->res.layouts_pruned, s->res.layouts_truncated ? ", more not generated" : "",
		s->res.evaluations,
		s->res.budget_hit ? "hit: the best plan found, not necessarily the best there is"
				  : "not hit");
	char ob[200];
	fprintf(f, "objective %s: %s\n", aegis_plan_objective_name(s->opt.objective),
		objective_text(s, ob, sizeof ob));
	if (all_in(s)) {
		fprintf(f, "verdict: every model admitted; smallest slack %.3f of its deadline",
			s->res.min_slack_ratio);
		if (s->res.bottleneck < s->n)
			fprintf(f, " (%s)", s->m[s->res.bottleneck].cfg->name);
		fputc('\n', f);
		return;
	}
	fprintf(f, "verdict: %u of %u models admitted; left out:", s->res.admitted, s->n);
	for (uint32_t i = 0, k = 0; i < s->n; i++)
		if (s->lane[i] < 0)
			fprintf(f, "%s %s", k++ ? "," : "", s->m[i].cfg->name);
	fputc('\n', f);
	if (!s->confirmed)
		fprintf(f, "warning: a lane of the plan fails admission's own test (see the lanes "
			   "above): admission would refuse its models\n");
}

/* ---- JSON report -------------------------------------------------------------- */

static void json_str(FILE *f, const char *s)
{
	fputc('"', f);
	for (const unsigned char *c = (const unsigned char *)(s ? s : ""); *c; c++) {
		if (*c == '"' || *c == '\\')
			fprintf(f, "\\%c", *c);
		else if (*c < 0x20 || *c == 0x7f)
			fprintf(f, "\\u%04x", *c);
		else
			fputc(*c, f);
	}
	fputc('"', f);
}

static void plan_report_json(FILE *f, const struct plan_set *s, const struct plan_opts *o)
{
	bool isfp = fp(s);
	fprintf(f, "{\n  \"workload\": ");
	json_str(f, o->workload);
	fprintf(f, ",\n  \"wcet_profile\": ");
	json_str(f, o->profile);
	fprintf(f, ",\n  \"policy\": \"%s\",\n  \"analysis\": \"%s\",\n  \"preemption\": \"%s\",\n",
		aegis_policy_name(s->rc->policy), aegis_analysis_kind_name(s->res.kind),
		s->res.kind == AEGIS_AN_FP_LP || s->res.kind == AEGIS_AN_EDF_LP ? "points" : "none");
	fprintf(f, "  \"overhead_ns\": %" PRId64 ",\n  \"host_stall_ns\": %" PRId64 ",\n",
		s->overhead_ns, s->rc->host_stall_ns);
	fprintf(f, "  \"device\": {\"sms\": %u, \"sms_from\": \"%s\", \"granularity_sms\": %u, "
		   "\"min_sms\": %u},\n", s->dev.total_sms, s->sms_from, s->dev.granularity_sms,
		s->dev.min_sms ? s->dev.min_sms : s->dev.granularity_sms);
	fprintf(f, "  \"all_admitted\": %s,\n  \"admitted\": %u,\n  \"confirmed\": %s,\n",
		all_in(s) ? "true" : "false", s->res.admitted, s->confirmed ? "true" : "false");
	fprintf(f, "  \"min_slack_ratio\": %.6f,\n  \"min_slack_ns\": %" PRId64 ",\n",
		s->res.min_slack_ratio, s->res.min_slack_ns);
	/* the objective's own figure: a ratio, or ns (busy: null when unbounded) */
	fprintf(f, "  \"objective\": {\"name\": \"%s\", \"value\": ",
		aegis_plan_objective_name(s->opt.objective));
	if (isinf(s->res.objective))
		fprintf(f, "null");
	else if (s->opt.objective == AEGIS_PLAN_SLACK_RATIO)
		fprintf(f, "%.6f", s->res.objective);
	else
		fprintf(f, "%.0f", s->res.objective);
	fprintf(f, "},\n");
	fprintf(f, "  \"search\": {\"layouts\": %" PRIu64 ", \"layouts_truncated\": %s, "
		   "\"searched\": %" PRIu64 ", \"pruned\": %" PRIu64 ", \"evaluations\": %" PRIu64
		   ", \"budget_hit\": %s},\n",
		s->res.layouts_total, s->res.layouts_truncated ? "true" : "false",
		s->res.layouts_searched, s->res.layouts_pruned, s->res.evaluations,
		s->res.budget_hit ? "true" : "false");
	fprintf(f, "  \"lanes\": [");
	for (uint32_t l = 0; l < s->res.n_lanes; l++) {
		struct lane_sum ls = lane_summary(s, l);
		fprintf(f, "%s\n    {\"lane\": %u, \"sms\": %u, \"models\": [", l ? "," : "", l,
			s->res.lane_sms[l]);
		for (uint32_t i = 0, k = 0; i < s->n; i++)
			if (s->lane[i] == (int32_t)l) {
				fprintf(f, "%s", k++ ? ", " : "");
				json_str(f, s->m[i].cfg->name);
			}
		fprintf(f, "], \"host_stall_ns\": %" PRId64 ", \"utilisation\": %.6f, "
			   "\"min_slack_ns\": ", s->lane_stall[l].stall_ns, ls.util);
		if (ls.models)
			fprintf(f, "%" PRId64, ls.min_slack);
		else
			fprintf(f, "null");
		fprintf(f, ", \"schedulable\": %s}", s->lane_res[l].schedulable ? "true" : "false");
	}
	fprintf(f, "\n  ],\n  \"models\": [");
	for (uint32_t i = 0; i < s->n; i++) {
		const aegis_task *t = &s->final[i];
		fprintf(f, "%s\n    {\"name\": ", i ? "," : "");
		json_str(f, s->m[i].cfg->name);
		fprintf(f, ", \"curve\": %s, \"period_ns\": %" PRId64 ", \"deadline_ns\": %" PRId64
			   ", \"jitter_ns\": %" PRId64, s->m[i].flat ? "false" : "true",
			t->period_ns, t->deadline_ns, t->jitter_ns);
		if (s->lane[i] < 0) {
			fprintf(f, ", \"lane\": null, \"admitted\": false}");
			continue;
		}
		int64_t cp, sl = slack_of(s, i, &cp);
		fprintf(f, ", \"lane\": %d, \"sms\": %u, \"admitted\": true", s->lane[i],
			s->res.lane_sms[s->lane[i]]);
		if (isfp)
			fprintf(f, ", \"priority\": %" PRId64, s->as[i].prio);
		else
			fprintf(f, ", \"priority\": null");
		fprintf(f, ", \"wcet_ns\": %" PRId64 ", \"utilisation\": %.6f", t->wcet_ns,
			(double)t->wcet_ns / (double)t->period_ns);
		if (isfp && s->ev[i].bound_ns >= 0)
			fprintf(f, ", \"bound_ns\": %" PRId64, s->ev[i].bound_ns);
		else
			fprintf(f, ", \"bound_ns\": null");
		if (!isfp && cp >= 0)
			fprintf(f, ", \"check_point_ns\": %" PRId64, cp);
		else
			fprintf(f, ", \"check_point_ns\": null");
		fprintf(f, ", \"slack_ns\": %" PRId64 ", \"schedulable\": %s}", sl,
			s->ev[i].schedulable ? "true" : "false");
	}
	fprintf(f, "\n  ]\n}\n");
}

/* Every step from the files to the plan, for `aegisrt plan` and runtime.lanes: auto. */
static int load_and_plan(struct plan_set *s, const struct plan_opts *o)
{
	int rc;
	if ((rc = load(s, o)) || (rc = resolve_kind(s, o)) || (rc = resolve_device(s, o)) ||
	    (rc = build(s, o)) || (rc = plan(s, o)))
		return rc;
	return 0;
}

/* ---- the planned workload ------------------------------------------------------- */

static char *read_text(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	size_t cap = 4096, n = 0;
	char *buf = malloc(cap);
	while (buf) {
		size_t k = fread(buf + n, 1, cap - n, f);
		n += k;
		if (n < cap)
			break;
		char *b = realloc(buf, cap * 2);
		if (!b) {
			free(buf);
			buf = NULL;
			break;
		}
		buf = b;
		cap *= 2;
	}
	if (buf && ferror(f)) {
		free(buf);
		buf = NULL;
	}
	fclose(f);
	*len = n;
	return buf;
}

/* What the plan sets in the workload file; prio (n) is filled here. */
static struct plan_yaml planned_yaml(const struct plan_set *s, int64_t *prio)
{
	/* a model left out goes below every other: admission refuses it, as planned */
	for (uint32_t i = 0; i < s->n; i++)
		prio[i] = s->lane[i] >= 0 ? s->as[i].prio : (int64_t)s->n;
	return (struct plan_yaml){
		.n_lanes = s->res.n_lanes,
		.lane_sms = s->res.lane_sms,
		.fp = fp(s),
		.points = s->res.kind == AEGIS_AN_FP_LP || s->res.kind == AEGIS_AN_EDF_LP,
		.n_models = s->n,
		.lane = s->lane,
		.prio = prio,
	};
}

static int write_planned(const struct plan_set *s, const struct plan_opts *o)
{
	size_t len = 0;
	char *text = read_text(o->workload, &len);
	if (!text)
		return cli_error("plan", false, "%s: cannot read it again", o->workload);
	int64_t *prio = calloc(s->n, sizeof *prio);
	if (!prio) {
		free(text);
		return nomem();
	}
	struct plan_yaml y = planned_yaml(s, prio);
	struct cli_out out;
	fflush(stdout); /* the report first, should -o be '-' */
	int rc = cli_out_open(&out, "plan", o->output);
	if (rc) {
		free(prio);
		free(text);
		return rc;
	}
	out.remove_on_failure = true;
	fprintf(out.f, "# Planned by 'aegisrt plan' from %s with the WCET profile %s:\n"
		       "# the lanes, each model's lane%s chosen by the planner.\n",
		o->workload, o->profile, y.fp ? " and priority" : "");
	char err[256];
	if (plan_yaml_write(text, len, &y, out.f, err, sizeof err) != 0) {
		out.failed = true;
		if (!out.err)
			cli_error("plan", false, "%s: writing the planned workload: %s", o->workload,
				  err);
	}
	int out_rc = cli_out_close(&out);
	rc = out_rc ? out_rc : out.failed ? EXIT_USAGE : 0;
	free(prio);
	free(text);
	return rc;
}

int plan_auto(const char *cmd, const char *workload, const char *profile,
	      aegis_workload **planned)
{
	*planned = NULL;
	if (!profile)
		return cli_error(cmd, true, "%s: runtime.lanes: auto plans the lanes from a WCET "
				 "profile with curves: give --wcet-profile FILE ('aegisrt profile "
				 "%s --lane-sizes 4,8,16')", workload, workload);
	struct plan_opts o = {.workload = workload, .profile = profile};
	struct plan_set s = {0};
	char *text = NULL, *yaml = NULL;
	size_t len = 0, ylen = 0;
	int64_t *prio = NULL;
	FILE *mem = NULL;
	int rc;
	if ((rc = load_and_plan(&s, &o)))
		goto out;
	rc = EXIT_USAGE;
	if (!(text = read_text(workload, &len)) || !(prio = calloc(s.n, sizeof *prio)) ||
	    !(mem = open_memstream(&yaml, &ylen))) {
		cli_error(cmd, false, "%s: planning runtime.lanes: auto: %s", workload,
			  text ? "out of memory" : "cannot read it again");
		goto out;
	}
	struct plan_yaml y = planned_yaml(&s, prio);
	char err[512];
	int w = plan_yaml_write(text, len, &y, mem, err, sizeof err);
	if (fclose(mem) != 0 && w == 0)
		snprintf(err, sizeof err, "out of memory");
	mem = NULL;
	if (w != 0 || !yaml) {
		cli_error(cmd, false, "%s: planning runtime.lanes: auto: %s", workload, err);
		goto out;
	}
	if (aegis_workload_parse(workload, yaml, ylen, planned, err, sizeof err) != AEGIS_OK) {
		cli_error(cmd, false, "%s: the planned workload: %s", workload, err);
		goto out;
	}
	char sizes[256];
	size_t k = 0;
	for (uint32_t l = 0; l < s.res.n_lanes && k < sizeof sizes; l++)
		k += (size_t)snprintf(sizes + k, sizeof sizes - k, "%s%u", l ? ", " : "",
				      s.res.lane_sms[l]);
	fprintf(stderr, "aegisrt %s: runtime.lanes: auto: planned %u lane%s of [%s] SMs, %u of %u "
		"models placed, smallest slack %.3f of a deadline ('aegisrt plan %s "
		"--wcet-profile %s' prints the evidence)\n", cmd, s.res.n_lanes,
		s.res.n_lanes == 1 ? "" : "s", sizes, s.res.admitted, s.n, s.res.min_slack_ratio,
		workload, profile);
	rc = 0;
out:
	if (mem)
		fclose(mem);
	free(yaml);
	free(prio);
	free(text);
	set_release(&s);
	return rc;
}

int cmd_plan(int argc, char **argv)
{
	static const struct cli_command command = {
		.name = "plan",
		.usage = plan_usage,
		.shortopts = ":ho:",
		.longopts = plan_longopts,
		.option = plan_option,
		.none = "expected one WORKLOAD (.yaml)",
		.many = "expected exactly one WORKLOAD",
	};
	struct plan_opts o = {0};
	int rc = cli_parse(&command, argc, argv, &o, &o.workload);
	if (rc)
		return rc < 0 ? 0 : rc;
	if (!o.profile)
		return cli_error("plan", true, "--wcet-profile FILE is required: the WCETs by "
				 "lane size ('aegisrt profile WORKLOAD --lane-sizes ...')");
	if ((rc = pool_option(&o)))
		return rc;
	struct plan_set s = {0};
	if ((rc = load_and_plan(&s, &o)))
		goto out;
	if (o.json)
		plan_report_json(stdout, &s, &o);
	else
		plan_report_text(stdout, &s, &o);
	if (o.output && (rc = write_planned(&s, &o)))
		goto out;
	rc = all_in(&s) ? 0 : EXIT_RUN_FAILED;
out:
	set_release(&s);
	return rc;
}
