/* `aegisrt admit`: the schedulability analysis of a workload (YAML) or a task set
 * (CSV), without running anything: per-model bounds and slack, per-lane verdicts,
 * and for a rejected set the largest WCET each failing model could have. Must not
 * create a runtime nor reach into library internals: it uses the public API only. */
#define _GNU_SOURCE
#include <getopt.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "aegis/analysis.h"
#include "aegis/taskset.h"
#include "cli.h"
#include "plan.h"

static const char admit_usage[] =
	"usage: aegisrt admit FILE [options]\n"
	"\n"
	"Decides, without running it, whether every deadline of FILE is met even when\n"
	"every job takes its worst-case execution time (WCET), with the exact test of\n"
	"the policy and preemption mode. FILE is a workload (.yaml, .yml; see\n"
	"examples/quickstart.yaml) or a task set (.csv), one task a line:\n"
	"    # name, wcet, deadline, period [, priority [, jitter [, segments]]]\n"
	"    cam_det, 8ms, 33.3ms, 33.3ms, 0\n"
	"    seg,     20ms, 100ms, 100ms, 3, 0ms, 5ms;5ms;10ms\n"
	"(an empty deadline is the period, an empty priority the task's index in the file;\n"
	"segments are separated by ';' and add up to the wcet; see include/aegis/taskset.h).\n"
	"\n"
	"Prints the analysis used and its source, then per model: lane, priority rank\n"
	"(fp), WCET as analysed, utilisation, the worst-case response time (fp) or the\n"
	"tightest check point of the demand test (edf), deadline, slack and verdict; then\n"
	"per lane its utilisation, busy period and verdict; then the overall verdict. For\n"
	"a rejected set it gives, per failing model, the largest WCET it could have with\n"
	"everything else unchanged: the smallest change that makes it schedulable.\n"
	"\n"
	"options (each overrides the workload file; task sets have no such settings):\n"
	"  --policy P          fp | edf (default: the workload's; fp for a task set).\n"
	"                      fifo has no schedulability analysis\n"
	"  --preemption M      none | points | full (default: the workload's; none for a\n"
	"                      task set). points: only between segments; full: at any\n"
	"                      instant, which the runtime cannot do (for comparison only)\n"
	"  --priorities R      explicit | rm | dm | opa, fp only (default: the workload's;\n"
	"                      explicit for a task set). opa: Audsley's optimal assignment\n"
	"                      on each lane, after lanes are chosen with dm priorities\n"
	"  --assign A          given | first-fit | worst-fit (default given):\n"
	"                      given: keep every lane the file pins; a model with lane\n"
	"                        auto goes, in file order, to the least utilised lane on\n"
	"                        which the test passes with the models before it, as the\n"
	"                        runtime's admission places it (the tasks of a task set,\n"
	"                        which have no lanes, are placed the same way)\n"
	"                      first-fit: ignore the file's lanes; in order of decreasing\n"
	"                        utilisation, each model goes to the lowest lane on which\n"
	"                        the test still passes\n"
	"                      worst-fit: the same, to the passing lane of lowest\n"
	"                        utilisation\n"
	"                      a model that no lane can take is analysed on the least\n"
	"                      utilised lane and the set is rejected\n"
	"  --lanes N|S,S,...   lanes, 1..64 (default: the workload's; 1 for a task set),\n"
	"                      or their sizes in SMs (8,4,4: a layout, for the curves of\n"
	"                      a --wcet-profile by lane size)\n"
	"  --overhead D        dispatch overhead per segment, with a unit (e.g. 50us): added\n"
	"                      to every segment and so to the WCET that is analysed\n"
	"                      (default: the workload's runtime dispatch overhead, which\n"
	"                      is 0 unless set; 0 for a task set)\n"
	"  --host-stall D      the longest the host may stop the dispatcher in one busy\n"
	"                      window (tools/gpu/noise_probe measures it), charged to every\n"
	"                      model as release jitter (default: the workload's runtime\n"
	"                      host_stall, 0 unless set; 0 for a task set). A workload\n"
	"                      whose host_stall is a curve [{window, lost}, ...] charges\n"
	"                      each lane S(L), L its longest window (printed per lane);\n"
	"                      --host-stall replaces the curve with one flat g\n"
	"  --wcet-profile FILE analyse each model that FILE (from 'aegisrt profile') names\n"
	"                      with its measured WCET, and use its measured dispatch\n"
	"                      overhead unless --overhead or the workload sets one\n"
	"  --json              print the results as one JSON object instead of tables\n"
	"  -h, --help          this help\n"
	"\n"
	"exit status: 0 schedulable, 1 not schedulable, 2 bad usage, a bad input file,\n"
	"or no verdict could be reached (the message says why), 3 stdout could not be\n"
	"written completely (a full disk: the verdict is not all there).\n";

/* The library's settings, plus two for the analysis only: preemption at any instant
 * (full), which the runtime cannot do, and Audsley's optimal priority order per lane
 * (opa). Their values follow the library's last ones. */
#define PRE_FULL (AEGIS_PREEMPT_POINTS + 1)
#define PRIO_OPA (AEGIS_PRIO_DM + 1)
static const struct cli_enum admit_policies = {AEGIS_ENUM_POLICY, AEGIS_POLICY_FIFO, NULL, 0};
static const struct cli_enum admit_preemptions = {AEGIS_ENUM_PREEMPTION, -1, "full", PRE_FULL};
static const struct cli_enum admit_priorities = {AEGIS_ENUM_PRIORITIES, -1, "opa", PRIO_OPA};

enum admit_assign { ASSIGN_GIVEN = 0, ASSIGN_FIRST, ASSIGN_WORST };
static const char *const assign_names[] = {"given", "first-fit", "worst-fit"};

struct admit_opts {
	const char *file;
	bool json;
	bool have_policy, have_preemption, have_priorities, have_lanes, have_overhead,
		have_stall;
	int policy;     /* admit_policies */
	int preemption; /* admit_preemptions */
	int priorities; /* admit_priorities */
	enum admit_assign assign;
	uint32_t lanes;
	uint32_t lane_sms[AEGIS_MAX_LANES]; /* --lanes 8,4,4 (all 0: a count) */
	int64_t overhead_ns;
	int64_t stall_ns;
	const char *wcet_profile;
};

/* What is analysed: the settings, resolved from the options and the file. */
struct admit_plan {
	aegis_policy policy;
	int preemption; /* admit_preemptions */
	int priorities; /* admit_priorities */
	enum admit_assign assign;
	uint32_t lanes;
	/* each lane's SMs: --lanes 8,4,4, else the workload's layout, else an equal share
	 * of its device profile's cap; 0: unknown (a curve cannot be used then) */
	uint32_t lane_sms[AEGIS_MAX_LANES];
	int64_t overhead_ns;
	int64_t stall_ns; /* host stall, charged as release jitter */
	/* the workload's host stall curve (runtime.host_stall as a list), or NULL: each
	 * lane is charged its own g = S(L(g)) (aegis_lane_analyse_stalled) */
	const aegis_stall_point *curve;
	uint32_t n_curve;
	int64_t handoff_ns; /* the runtime's hand-off, charged to sporadic models too */
	aegis_analysis_kind kind;
};

/* The input, the tasks as analysed and the evidence; owns every array. */
struct admit_set {
	aegis_workload *w;
	aegis_taskset *ts;
	uint32_t n;
	aegis_task *tasks;          /* n: C with overheads, prio as analysed */
	int64_t *seg;               /* n * AEGIS_MAX_SEGMENTS: the tasks' segments */
	int32_t *lane;              /* n */
	bool *unplaced;             /* n: no lane passed; analysed on the least loaded */
	aegis_task_result *res;     /* n */
	int64_t *max_wcet;          /* n: -1 unless the model fails */
	uint32_t *rank;             /* n: priority rank, 0 highest (fp) */
	aegis_analysis_result *lane_res; /* plan.lanes */
	uint32_t *lane_models;      /* plan.lanes */
	bool *lane_opa_failed;      /* plan.lanes */
	aegis_stall_charge *lane_stall; /* plan.lanes: with a curve, what each lane is charged */
	bool schedulable;
	/* memory (workloads only): the plan as a runtime would make it */
	aegis_runtime *mem_rt;      /* a sim runtime holding the plan, or NULL */
	bool *mem_refused;          /* n */
	char mem_error[512];        /* the first refusal */
	aegis_profile *profile;     /* --wcet-profile, or NULL */
};

static int lookup(const char *s, const char *const *names, int n)
{
	for (int i = 0; i < n; i++)
		if (strcmp(s, names[i]) == 0)
			return i;
	return -1;
}

/* --policy: fp or edf; fifo has no analysis, which deserves more than "expected". */
static int parse_policy(const char *arg, struct admit_opts *o)
{
	char list[64];
	if (strcmp(arg, aegis_policy_name(AEGIS_POLICY_FIFO)) == 0)
		return cli_error("admit", true, "--policy fifo: fifo has no schedulability "
				 "analysis (use %s)", cli_enum_list(&admit_policies, list, sizeof list));
	return cli_opt_enum("admit", "--policy", arg, &admit_policies, &o->policy,
			    &o->have_policy);
}

static int parse_assign(const char *arg, struct admit_opts *o)
{
	int v = lookup(arg, assign_names, 3);
	if (v < 0)
		return cli_error("admit", true, "--assign '%s': expected given, first-fit or "
				 "worst-fit", arg);
	o->assign = (enum admit_assign)v;
	return 0;
}

enum { OPT_POLICY = 256, OPT_PREEMPTION, OPT_PRIORITIES, OPT_ASSIGN, OPT_LANES,
       OPT_OVERHEAD, OPT_JSON, OPT_WCET_PROFILE, OPT_HOST_STALL };

static const struct option admit_longopts[] = {
	{"policy", required_argument, NULL, OPT_POLICY},
	{"preemption", required_argument, NULL, OPT_PREEMPTION},
	{"priorities", required_argument, NULL, OPT_PRIORITIES},
	{"assign", required_argument, NULL, OPT_ASSIGN},
	{"lanes", required_argument, NULL, OPT_LANES},
	{"overhead", required_argument, NULL, OPT_OVERHEAD},
	{"host-stall", required_argument, NULL, OPT_HOST_STALL},
	{"json", no_argument, NULL, OPT_JSON},
	{"wcet-profile", required_argument, NULL, OPT_WCET_PROFILE},
	{"help", no_argument, NULL, 'h'},
	{NULL, 0, NULL, 0},
};

static int admit_option(int c, const char *arg, void *ctx)
{
	struct admit_opts *o = ctx;
	switch (c) {
	case OPT_POLICY:
		return parse_policy(arg, o);
	case OPT_PREEMPTION:
		return cli_opt_enum("admit", "--preemption", arg, &admit_preemptions,
				    &o->preemption, &o->have_preemption);
	case OPT_PRIORITIES:
		return cli_opt_enum("admit", "--priorities", arg, &admit_priorities,
				    &o->priorities, &o->have_priorities);
	case OPT_ASSIGN:
		return parse_assign(arg, o);
	case OPT_LANES:
		return cli_opt_lanes("admit", "--lanes", false, arg, &o->lanes, o->lane_sms, &o->have_lanes);
	case OPT_OVERHEAD:
		return cli_opt_duration("admit", "--overhead", arg, false, &o->overhead_ns,
					&o->have_overhead);
	case OPT_HOST_STALL:
		return cli_opt_duration("admit", "--host-stall", arg, false, &o->stall_ns,
					&o->have_stall);
	case OPT_JSON:
		o->json = true;
		return 0;
	case OPT_WCET_PROFILE:
		o->wcet_profile = arg;
		return 0;
	default:
		return 0; /* every code of the table is a case above */
	}
}

static int parse_opts(int argc, char **argv, struct admit_opts *o)
{
	static const struct cli_command command = {
		.name = "admit",
		.usage = admit_usage,
		.shortopts = ":h",
		.longopts = admit_longopts,
		.option = admit_option,
		.none = "expected one FILE (.yaml, .yml or .csv)",
		.many = "expected exactly one FILE",
	};
	return cli_parse(&command, argc, argv, o, &o->file);
}

static bool ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), k = strlen(suffix);
	return n > k && strcasecmp(s + n - k, suffix) == 0;
}

/* ---- input -------------------------------------------------------------------- */

static void set_release(struct admit_set *s)
{
	aegis_runtime_destroy(s->mem_rt);
	aegis_profile_destroy(s->profile);
	free(s->mem_refused);
	aegis_workload_destroy(s->w);
	aegis_taskset_destroy(s->ts);
	free(s->tasks);
	free(s->seg);
	free(s->lane);
	free(s->unplaced);
	free(s->res);
	free(s->max_wcet);
	free(s->rank);
	free(s->lane_res);
	free(s->lane_models);
	free(s->lane_opa_failed);
	free(s->lane_stall);
}

static const char *model_name(const struct admit_set *s, uint32_t i)
{
	return s->tasks[i].name ? s->tasks[i].name : "?";
}

static uint32_t model_line(const struct admit_set *s, uint32_t i)
{
	return s->w ? aegis_workload_model_line(s->w, i) : aegis_taskset_line(s->ts, i);
}

static int load(struct admit_set *s, const char *file, const char *wcet_profile)
{
	char err[512];
	aegis_status st;
	if (ends_with(file, ".csv"))
		st = aegis_taskset_load(file, &s->ts, err, sizeof err);
	else if (ends_with(file, ".yaml") || ends_with(file, ".yml"))
		st = aegis_workload_load(file, &s->w, err, sizeof err);
	else
		return cli_error("admit", false, "%s: unknown kind of file: expected a workload (.yaml, .yml) "
				   "or a task set (.csv)", file);
	if (st != AEGIS_OK)
		return cli_error("admit", false, "%s", err);
	if (wcet_profile && !s->w)
		return cli_error("admit", true, "--wcet-profile applies to workloads (.yaml) only");
	if (s->w && aegis_workload_lanes_auto(s->w)) { /* admit what the planner chose */
		aegis_workload *planned;
		int rc = plan_auto("admit", file, wcet_profile, &planned);
		if (rc != 0)
			return rc;
		aegis_workload_destroy(s->w);
		s->w = planned;
	}
	if (wcet_profile && cli_wcet_profile_load("admit", wcet_profile, &s->profile) != 0)
		return EXIT_USAGE;
	s->n = s->w ? aegis_workload_model_count(s->w) : aegis_taskset_count(s->ts);
	return 0;
}

/* The settings: each option, else the workload's, else the task-set default. */
static int resolve(const struct admit_set *s, const struct admit_opts *o, struct admit_plan *p)
{
	const aegis_runtime_config *rc = s->w ? aegis_workload_runtime(s->w) : NULL;
	p->policy = o->have_policy ? (aegis_policy)o->policy : rc ? rc->policy : AEGIS_POLICY_FP;
	if (p->policy == AEGIS_POLICY_FIFO)
		return cli_error("admit", false, "%s: policy fifo: fifo has no schedulability analysis (use "
				   "--policy fp or --policy edf)", o->file);
	if (p->policy != AEGIS_POLICY_FP && p->policy != AEGIS_POLICY_EDF)
		return cli_error("admit", false, "%s: unknown policy %d", o->file, (int)p->policy);
	if (o->have_priorities && p->policy != AEGIS_POLICY_FP)
		return cli_error("admit", true, "--priorities applies to --policy fp only");
	if (o->have_preemption)
		p->preemption = o->preemption;
	else
		p->preemption = rc && rc->preemption == AEGIS_PREEMPT_POINTS ? AEGIS_PREEMPT_POINTS
									      : AEGIS_PREEMPT_NONE;
	if (o->have_priorities)
		p->priorities = o->priorities;
	else if (rc && (rc->priorities == AEGIS_PRIO_RM || rc->priorities == AEGIS_PRIO_DM))
		p->priorities = rc->priorities;
	else
		p->priorities = AEGIS_PRIO_EXPLICIT;
	p->assign = o->assign;
	p->lanes = o->have_lanes ? o->lanes : rc && rc->lanes ? rc->lanes : 1;
	const aegis_device_profile *dp = rc ? aegis_device_profile_find(rc->device_profile) : NULL;
	for (uint32_t l = 0; l < p->lanes; l++)
		p->lane_sms[l] = o->have_lanes ? o->lane_sms[l]
				 : rc && rc->lane_sms[0] ? rc->lane_sms[l] : 0;
	for (uint32_t l = 0; l < p->lanes && dp; l++)
		if (!p->lane_sms[l])
			p->lane_sms[l] = dp->sm_count / p->lanes;
	p->overhead_ns = o->have_overhead ? o->overhead_ns : rc ? rc->dispatch_overhead_ns : 0;
	if (!o->have_overhead && p->overhead_ns == 0 && s->profile)
		p->overhead_ns = aegis_profile_dispatch_overhead_ns(s->profile);
	p->stall_ns = o->have_stall ? o->stall_ns : rc ? rc->host_stall_ns : 0;
	p->curve = !o->have_stall && rc ? rc->host_stall_curve : NULL; /* --host-stall wins */
	p->n_curve = p->curve ? rc->n_host_stall_points : 0;
	p->handoff_ns = rc ? rc->handoff_ns : 0;
	static const aegis_analysis_kind kinds[2][3] = {
		{AEGIS_AN_FP_NP, AEGIS_AN_FP_LP, AEGIS_AN_FP_P},
		{AEGIS_AN_EDF_NP, AEGIS_AN_EDF_LP, AEGIS_AN_EDF_P},
	};
	p->kind = kinds[p->policy == AEGIS_POLICY_EDF][p->preemption];
	return 0;
}

static int nomem(void)
{
	cli_print(stderr, "aegisrt admit: out of memory\n");
	return EXIT_USAGE;
}

/* A task of a task set with the dispatch overhead added to each of its segments. */
static aegis_status add_overhead(const aegis_task *in, int64_t overhead_ns, aegis_task *out,
				 int64_t *seg)
{
	*out = *in;
	uint32_t nseg = in->segment_ns && in->n_segments ? in->n_segments : 1;
	int64_t extra;
	if (aegis_time_mul(overhead_ns, nseg, &extra) ||
	    aegis_time_add(in->wcet_ns, extra, &out->wcet_ns))
		return AEGIS_E_OVERFLOW;
	if (in->segment_ns && in->n_segments) {
		for (uint32_t k = 0; k < in->n_segments; k++)
			seg[k] = in->segment_ns[k] + overhead_ns; /* <= wcet + extra: no overflow */
		out->segment_ns = seg;
	}
	return AEGIS_OK;
}

/* A model with a curve: its WCET on its lane's size (exact match), or, on an automatic
 * lane, the largest of its WCETs on the sizes of the lanes analysed (valid on whichever
 * lane it gets; `aegisrt run` analyses each candidate lane with its own). A size the
 * curve lacks is an error naming the model, the lane size and the sizes measured. */
static int lane_wcet(const struct admit_plan *p, const char *file, uint32_t line,
		     aegis_model_config *m)
{
	char b[256];
	int64_t w = 0;
	bool pinned = m->lane >= 0 && p->assign == ASSIGN_GIVEN;
	for (uint32_t l = pinned ? (uint32_t)m->lane : 0;
	     l < (pinned ? (uint32_t)m->lane + 1 : p->lanes) && l < p->lanes; l++) {
		const aegis_lane_time *t = NULL;
		for (uint32_t k = 0; k < m->n_lane_times && !t; k++)
			if (m->lane_times[k].sms == p->lane_sms[l])
				t = &m->lane_times[k];
		if (!p->lane_sms[l])
			return cli_error("admit", false, "%s:%u: model '%s': its profile has a curve "
					 "by lane size, and the size of lane %u is unknown (give "
					 "runtime.lanes as a layout, --lanes 8,4,4, or a device "
					 "profile)", file, line, m->name, l);
		if (!t)
			return cli_error("admit", false, "%s:%u: model '%s': lane %u has %u SMs and its "
					 "profile's curve measured lanes of %s SMs", file, line,
					 m->name, l, p->lane_sms[l],
					 cli_lane_times_sizes(m, b, sizeof b));
		w = t->wcet_ns > w ? t->wcet_ns : w;
	}
	m->wcet_override_ns = w;
	m->lane_times = NULL;
	m->n_lane_times = 0;
	return 0;
}

/* Fills tasks[] and lane[] from the input; priorities from the rule (opa starts
 * from dm, refined per lane once the lanes are known). */
static int build_tasks(struct admit_set *s, const struct admit_plan *p, const char *file)
{
	uint32_t n = s->n;
	s->tasks = calloc(n, sizeof *s->tasks);
	s->seg = calloc((size_t)n * AEGIS_MAX_SEGMENTS, sizeof *s->seg);
	s->lane = calloc(n, sizeof *s->lane);
	s->unplaced = calloc(n, sizeof *s->unplaced);
	s->res = calloc(n, sizeof *s->res);
	s->max_wcet = calloc(n, sizeof *s->max_wcet);
	s->rank = calloc(n, sizeof *s->rank);
	s->lane_res = calloc(p->lanes, sizeof *s->lane_res);
	s->lane_models = calloc(p->lanes, sizeof *s->lane_models);
	s->lane_opa_failed = calloc(p->lanes, sizeof *s->lane_opa_failed);
	s->lane_stall = calloc(p->lanes, sizeof *s->lane_stall);
	if (!s->lane_stall || !s->tasks || !s->seg || !s->lane || !s->unplaced || !s->res || !s->max_wcet ||
	    !s->rank || !s->lane_res || !s->lane_models || !s->lane_opa_failed)
		return nomem();
	char a[32], why[256];
	for (uint32_t i = 0; i < n; i++) {
		int64_t *seg = s->seg + (size_t)i * AEGIS_MAX_SEGMENTS;
		aegis_status st;
		s->max_wcet[i] = -1;
		if (s->w) {
			aegis_lane_time times[AEGIS_PROFILE_MAX_SIZES];
			aegis_model_config ov = cli_wcet_profile_apply(s->profile,
								       aegis_workload_model(s->w, i),
								       times);
			if (ov.n_lane_times && lane_wcet(p, file, model_line(s, i), &ov) != 0)
				return EXIT_USAGE;
			const aegis_model_config *cfg = &ov;
			/* opa starts from dm */
			aegis_priority_rule rule = p->priorities == PRIO_OPA
							   ? AEGIS_PRIO_DM
							   : (aegis_priority_rule)p->priorities;
			st = aegis_model_task(cfg, rule, p->overhead_ns, &s->tasks[i], seg, why,
					      sizeof why);
			/* a job's copies of its data, as admission charges them */
			const aegis_runtime_config *rc = aegis_workload_runtime(s->w);
			if (st == AEGIS_OK)
				st = aegis_model_task_copies(cfg, rc->copy_bandwidth_bps,
							     rc->copy_interference, &s->tasks[i]);
			s->lane[i] = cfg->lane < 0 ? -1 : cfg->lane;
			if (st != AEGIS_OK && why[0])
				return cli_error("admit", false, "%s:%u: model '%s': %s", file,
						 model_line(s, i), cfg->name, why);
		} else {
			st = add_overhead(&aegis_taskset_tasks(s->ts)[i], p->overhead_ns, &s->tasks[i],
					  seg);
			s->lane[i] = -1;
		}
		/* as admission charges it: the hand-off only to models whose jobs are submitted */
		int64_t handoff = s->w && aegis_workload_model(s->w, i)->release ==
						  AEGIS_RELEASE_SPORADIC ? p->handoff_ns : 0;
		if (st == AEGIS_OK && ((st = aegis_task_add_host_stall(&s->tasks[i], p->stall_ns)) ||
				       (st = aegis_task_add_host_stall(&s->tasks[i], handoff))))
			return cli_error("admit", false, "%s:%u: model '%s': its release jitter plus the "
					   "host stall %s%s%s reaches its period", file,
					   model_line(s, i), model_name(s, i),
					   aegis_duration_format(p->stall_ns, a, sizeof a),
					   handoff ? " and the hand-off " : "",
					   handoff ? aegis_duration_format(handoff, why, sizeof why)
						   : "");
		if (st != AEGIS_OK)
			return cli_error("admit", false, "%s:%u: model '%s': cannot be analysed with a dispatch "
					   "overhead of %s: %s", file, model_line(s, i), model_name(s, i),
					   aegis_duration_format(p->overhead_ns, a, sizeof a),
					   aegis_status_str(st));
		if (p->assign != ASSIGN_GIVEN)
			s->lane[i] = -1;
		else if (s->lane[i] >= (int32_t)p->lanes)
			return cli_error("admit", false, "%s:%u: model '%s': lane %d does not exist (%u lane%s "
					   "analysed; see --lanes and --assign)", file, model_line(s, i),
					   model_name(s, i), s->lane[i], p->lanes,
					   p->lanes == 1 ? "" : "s");
		if (p->lanes == 1)
			s->lane[i] = 0;
	}
	if (s->ts && p->priorities != AEGIS_PRIO_EXPLICIT) {
		int64_t *prio = malloc(n * sizeof *prio);
		bool found;
		if (!prio)
			return nomem();
		aegis_status st = aegis_assign_priorities(
			p->priorities == AEGIS_PRIO_RM ? AEGIS_ASSIGN_RM : AEGIS_ASSIGN_DM, p->kind,
			s->tasks, n, prio, &found);
		for (uint32_t i = 0; st == AEGIS_OK && i < n; i++)
			s->tasks[i].prio = prio[i];
		free(prio);
		if (st != AEGIS_OK)
			return cli_error("admit", false, "%s: priority assignment failed: %s", file,
					   aegis_status_str(st));
	}
	return 0;
}

/* ---- analysis ----------------------------------------------------------------- */

/* --assign given: the models in file order, as aegis_model_admit takes them, by the
 * library's rule (aegis_lane_choose) over the models before each one (a later model,
 * pinned or not, is not admitted yet): a pinned model keeps its lane, an automatic one
 * joins the least utilised lane whose test passes with it. One that no lane takes (the
 * runtime would refuse it) is marked and, on no lane, left out of later choices. */
static aegis_status place_given(struct admit_set *s, const struct admit_plan *p)
{
	for (uint32_t i = 0; i < s->n; i++) {
		if (s->lane[i] >= 0)
			continue;
		aegis_lane_choice ch;
		aegis_status st =
			p->curve ? aegis_lane_choose_stalled(p->kind, true, s->tasks, s->lane, i,
							     p->lanes, &s->tasks[i], -1, p->curve,
							     p->n_curve, &ch, NULL)
				 : aegis_lane_choose(p->kind, true, s->tasks, s->lane, i, p->lanes,
						     &s->tasks[i], -1, &ch);
		if (st != AEGIS_OK)
			return st;
		s->lane[i] = ch.lane;
		s->unplaced[i] = ch.lane < 0;
	}
	return AEGIS_OK;
}

/* Every unplaced task (at lane -1) goes, in model order, to the lane of least
 * utilisation (lowest index on ties) by the placed tasks and the unplaced ones before
 * it, where the analysis shows why it fails. */
static int place_unplaced(struct admit_set *s, const struct admit_plan *p)
{
	double *u = malloc(p->lanes * sizeof *u);
	if (!u)
		return nomem();
	for (uint32_t l = 0; l < p->lanes; l++)
		u[l] = aegis_lane_utilisation(s->tasks, s->lane, s->n, l);
	for (uint32_t i = 0; i < s->n; i++) {
		if (!s->unplaced[i])
			continue;
		uint32_t best = 0;
		for (uint32_t l = 1; l < p->lanes; l++)
			if (u[l] < u[best])
				best = l;
		s->lane[i] = (int32_t)best;
		u[best] += (double)s->tasks[i].wcet_ns / (double)s->tasks[i].period_ns;
	}
	free(u);
	return 0;
}

/* Lanes for every task still at -1; a task no lane can take is marked unplaced and
 * analysed on the least utilised lane. */
static int place(struct admit_set *s, const struct admit_plan *p, const char *file)
{
	bool any = false, all_placed = true;
	for (uint32_t i = 0; i < s->n; i++)
		any |= s->lane[i] < 0;
	if (!any)
		return 0;
	aegis_status st;
	if (p->assign == ASSIGN_GIVEN)
		st = place_given(s, p);
	else
		st = aegis_assign_lanes(p->kind,
					p->assign == ASSIGN_WORST ? AEGIS_FIT_WORST : AEGIS_FIT_FIRST,
					s->tasks, s->n, p->lanes, s->lane, &all_placed);
	if (st != AEGIS_OK)
		return cli_error("admit", false, "%s: lane assignment failed: %s", file, aegis_status_str(st));
	for (uint32_t i = 0; i < s->n; i++) {
		if (s->lane[i] >= 0 && !s->unplaced[i])
			continue;
		s->unplaced[i] = true;
		s->lane[i] = -1;
	}
	return place_unplaced(s, p);
}

/* The tasks on lane l in model order: their indices into idx, copies into sub (n
 * entries each); returns how many. */
static uint32_t lane_tasks(const struct admit_set *s, uint32_t l, uint32_t *idx,
			   aegis_task *sub)
{
	uint32_t m = 0;
	for (uint32_t i = 0; i < s->n; i++)
		if (s->lane[i] == (int32_t)l) {
			idx[m] = i;
			sub[m++] = s->tasks[i];
		}
	return m;
}

/* One lane: OPA if asked, the lane's test (aegis_lane_analyse) with per-task evidence,
 * then for each failing task the largest WCET that would pass. idx, sub and prio are
 * scratch arrays of n entries. */
static aegis_status analyse_lane(struct admit_set *s, const struct admit_plan *p, uint32_t l,
				 uint32_t *idx, aegis_task *sub, int64_t *prio)
{
	uint32_t m = lane_tasks(s, l, idx, sub);
	s->lane_models[l] = m;
	aegis_status st;
	if (p->policy == AEGIS_POLICY_FP && p->priorities == PRIO_OPA && m) {
		bool found;
		if ((st = aegis_assign_priorities(AEGIS_ASSIGN_OPA, p->kind, sub, m, prio,
						  &found)) != AEGIS_OK)
			return st;
		if (found) {
			for (uint32_t j = 0; j < m; j++)
				sub[j].prio = s->tasks[idx[j]].prio = prio[j];
		} else {
			s->lane_opa_failed[l] = true; /* keep the dm order */
		}
	}
	if (p->curve)
		st = aegis_lane_analyse_stalled(p->kind, s->tasks, s->lane, s->n, l, NULL, p->curve,
						p->n_curve, &s->lane_res[l], s->res, NULL,
						&s->lane_stall[l]);
	else
		st = aegis_lane_analyse(p->kind, s->tasks, s->lane, s->n, l, NULL, &s->lane_res[l],
					s->res, NULL);
	if (st != AEGIS_OK)
		return st;
	for (uint32_t j = 0; j < m && p->curve; j++) /* the largest WCET at the lane's g */
		if (aegis_task_add_host_stall(&sub[j], s->lane_stall[l].stall_ns) != AEGIS_OK)
			return AEGIS_OK; /* g reaches a period: no WCET helps at this g */
	for (uint32_t j = 0; j < m; j++) {
		if (s->res[idx[j]].schedulable)
			continue;
		if ((st = aegis_analysis_max_wcet(p->kind, sub, m, j, &s->max_wcet[idx[j]])) !=
		    AEGIS_OK)
			return st;
	}
	return AEGIS_OK;
}

static int analyse(struct admit_set *s, const struct admit_plan *p, const char *file)
{
	uint32_t n = s->n;
	uint32_t *idx = malloc(n * sizeof *idx);
	aegis_task *sub = malloc(n * sizeof *sub);
	int64_t *prio = malloc(n * sizeof *prio);
	int rc = 0;
	if (!idx || !sub || !prio) {
		rc = nomem();
		goto out;
	}
	s->schedulable = true;
	for (uint32_t l = 0; l < p->lanes; l++) {
		aegis_status st = analyse_lane(s, p, l, idx, sub, prio);
		if (st != AEGIS_OK) {
			rc = cli_error("admit", false, "%s: the analysis of lane %u failed: %s (%s)", file, l,
					 aegis_status_str(st), aegis_status_name(st));
			goto out;
		}
		s->schedulable &= s->lane_res[l].schedulable;
	}
	for (uint32_t i = 0; i < n; i++)
		s->schedulable &= !s->unplaced[i];
	/* ranks by (prio, index), as the analysis orders equal priorities */
	for (uint32_t i = 0; i < n; i++) {
		uint32_t r = 0;
		for (uint32_t j = 0; j < n; j++)
			r += s->tasks[j].prio < s->tasks[i].prio ||
			     (s->tasks[j].prio == s->tasks[i].prio && j < i);
		s->rank[i] = r;
	}
out:
	free(idx);
	free(sub);
	free(prio);
	return rc;
}

/* ---- text report -------------------------------------------------------------- */

static uint32_t n_segments(const aegis_task *t)
{
	return t->segment_ns && t->n_segments ? t->n_segments : 1;
}

static const char *dur(int64_t ns, char *buf, size_t len)
{
	return aegis_duration_format(ns, buf, len);
}

/* FP: the bound, or for a failing task what the analysis saw before it stopped
 * (a lower bound on the response time: ">=3.5ms", or ">D" with no finite busy period).
 * EDF: the tightest check point, "-" when none lies within the busy period. */
static const char *bound_text(const struct admit_plan *p, const aegis_task *t,
			      const aegis_task_result *r, char *buf, size_t len)
{
	char d[32];
	if (p->policy == AEGIS_POLICY_EDF) {
		if (r->check_point_ns < 0)
			snprintf(buf, len, "-");
		else
			dur(r->check_point_ns, buf, len);
	} else if (r->bound_ns >= 0) {
		dur(r->bound_ns, buf, len);
	} else if (r->slack_ns == -1) {
		snprintf(buf, len, ">%s", dur(t->deadline_ns, d, sizeof d));
	} else {
		snprintf(buf, len, ">=%s", dur(t->deadline_ns - r->slack_ns, d, sizeof d));
	}
	return buf;
}

static bool slack_known(const struct admit_plan *p, const aegis_task_result *r)
{
	return p->policy == AEGIS_POLICY_FP || r->check_point_ns >= 0;
}

static void print_header(FILE *f, const struct admit_set *s, const struct admit_plan *p,
			 const char *file)
{
	char a[32];
	fprintf(f, "AegisRT admission analysis: %s (%s, %u %s)\n", file,
		s->w ? "workload" : "task set", s->n,
		s->w ? (s->n == 1 ? "model" : "models") : (s->n == 1 ? "task" : "tasks"));
	fprintf(f, "policy %s", aegis_policy_name(p->policy));
	if (p->policy == AEGIS_POLICY_FP)
		fprintf(f, " (priorities %s)", cli_enum_name(&admit_priorities, p->priorities));
	fprintf(f, ", preemption %s, %u lane%s (assignment %s), dispatch overhead %s",
		cli_enum_name(&admit_preemptions, p->preemption), p->lanes, p->lanes == 1 ? "" : "s",
		assign_names[p->assign], dur(p->overhead_ns, a, sizeof a));
	if (p->stall_ns)
		fprintf(f, ", host stall %s (charged as release jitter)",
			dur(p->stall_ns, a, sizeof a));
	if (p->handoff_ns)
		fprintf(f, ", hand-off %s (charged to sporadic models as release jitter)",
			dur(p->handoff_ns, a, sizeof a));
	fprintf(f, "\n");
	fprintf(f, "analysis %s: %s\n", aegis_analysis_kind_name(p->kind),
		aegis_analysis_kind_source(p->kind));
	if (s->profile) {
		uint32_t k = 0;
		for (uint32_t i = 0; i < s->n; i++)
			k += aegis_profile_find(s->profile, model_name(s, i)) != NULL;
		fprintf(f, "WCETs measured (wcet profile, %s): %u of %u models\n",
			aegis_profile_info_get(s->profile)->device, k, s->n);
	}
	if (p->preemption == PRE_FULL)
		fprintf(f, "note: full preemption is for comparison only; the runtime preempts "
			   "at segment boundaries at most\n");
}

static void report_text_admit(FILE *f, const struct admit_set *s, const struct admit_plan *p,
			      const char *file)
{
	char b[8][32];
	bool fp = p->policy == AEGIS_POLICY_FP;
	print_header(f, s, p, file);
	fprintf(f, "\n%-20s %4s %4s %10s %6s %10s %10s %10s %10s %s\n", "model", "lane", "prio",
		"wcet", "util", "period", "deadline", fp ? "bound" : "check_pt", "slack",
		"verdict");
	for (uint32_t i = 0; i < s->n; i++) {
		const aegis_task *t = &s->tasks[i];
		const aegis_task_result *r = &s->res[i];
		char prio[16];
		if (fp)
			snprintf(prio, sizeof prio, "%u", s->rank[i]);
		else
			snprintf(prio, sizeof prio, "-");
		fprintf(f, "%-20s %4d %4s %10s %6.3f %10s %10s %10s %10s %s%s\n", model_name(s, i),
			s->lane[i], prio, dur(t->wcet_ns, b[0], 32),
			(double)t->wcet_ns / (double)t->period_ns, dur(t->period_ns, b[1], 32),
			dur(t->deadline_ns, b[2], 32), bound_text(p, t, r, b[3], 32),
			slack_known(p, r) ? dur(r->slack_ns, b[4], 32) : "-",
			r->schedulable ? "ok" : "MISS", s->unplaced[i] ? " (no lane fits)" : "");
	}
	bool lower = false, unchecked = false;
	for (uint32_t i = 0; i < s->n; i++) {
		lower |= fp && s->res[i].bound_ns < 0;
		unchecked |= !fp && s->res[i].check_point_ns < 0;
	}
	if (lower)
		fprintf(f, "(bound '>=X': the analysis stopped past the deadline; the worst-case "
			   "response time is at least X)\n");
	if (unchecked)
		fprintf(f, "(check_pt '-': no deadline of the model lies within the busy period, so "
			   "the demand test has nothing to check for it)\n");
	fprintf(f, "\n%-5s %6s %11s %12s %s\n", "lane", "models", "utilisation", "busy_period",
		"verdict");
	for (uint32_t l = 0; l < p->lanes; l++) {
		const aegis_analysis_result *lr = &s->lane_res[l];
		fprintf(f, "%-5u %6u %11.3f %12s %s", l, s->lane_models[l], lr->utilisation,
			lr->busy_period_ns > 0 ? dur(lr->busy_period_ns, b[0], 32) : "-",
			lr->schedulable ? "ok" : "NOT schedulable");
		if (!lr->schedulable) {
			fprintf(f, ": %s", lr->reason ? lr->reason : "?");
			if (lr->failing_task < s->n) /* a model's index (aegis_lane_analyse) */
				fprintf(f, " (%s, by %s)", model_name(s, lr->failing_task),
					dur(lr->excess_ns, b[1], 32));
			if (!fp && lr->check_point_ns >= 0)
				fprintf(f, " at t = %s: demand %s + blocking %s",
					dur(lr->check_point_ns, b[2], 32), dur(lr->demand_ns, b[3], 32),
					dur(lr->blocking_ns, b[4], 32));
		}
		if (s->lane_opa_failed[l])
			fprintf(f, "; no priority order passes (opa): analysed with dm priorities");
		if (p->curve) {
			const aegis_stall_charge *c = &s->lane_stall[l];
			fprintf(f, "; host stall %s = S(%s), the longest window with it (%u step%s)",
				dur(c->stall_ns, b[5], 32),
				c->window_ns >= 0 ? dur(c->window_ns, b[6], 32) : "-", c->steps,
				c->steps == 1 ? "" : "s");
		}
		fputc('\n', f);
	}
	if (s->schedulable) {
		fprintf(f, "\nverdict: schedulable: every deadline is met with every job at its "
			   "WCET\n");
		return;
	}
	fprintf(f, "\nverdict: NOT schedulable\n");
	bool header = false;
	for (uint32_t i = 0; i < s->n; i++) {
		if (s->unplaced[i])
			fprintf(f, "  %s: no lane passes the test with it; analysed on lane %d\n",
				model_name(s, i), s->lane[i]);
	}
	for (uint32_t i = 0; i < s->n; i++) {
		if (s->max_wcet[i] < 0)
			continue;
		if (!header) {
			fprintf(f, "smallest change that would make it schedulable, per failing "
				   "model (everything else unchanged):\n");
			header = true;
		}
		const aegis_task *t = &s->tasks[i];
		if (s->max_wcet[i] == 0) {
			fprintf(f, "  %s: no WCET would do: its lane fails whatever it takes\n",
				model_name(s, i));
			continue;
		}
		fprintf(f, "  %s: WCET at most %s (analysed now %s, %s less)", model_name(s, i),
			dur(s->max_wcet[i], b[0], 32), dur(t->wcet_ns, b[1], 32),
			dur(t->wcet_ns - s->max_wcet[i], b[2], 32));
		int64_t extra = p->overhead_ns * (int64_t)n_segments(t);
		if (p->overhead_ns > 0 && s->max_wcet[i] > extra)
			fprintf(f, "; without the dispatch overhead: %s", dur(s->max_wcet[i] - extra,
									     b[3], 32));
		fputc('\n', f);
	}
}

/* ---- memory plan ----------------------------------------------------------------- */

static void json_str(FILE *f, const char *s);

/* Builds the memory plan exactly as `run` would: a simulated runtime (no analysis)
 * with the workload's budget admits every model on the lane chosen above. */
static int plan_memory(struct admit_set *s, const struct admit_plan *p)
{
	if (!s->w)
		return 0;
	aegis_runtime_config cfg = *aegis_workload_runtime(s->w);
	cfg.device = "sim";
	cfg.admission = AEGIS_ADMIT_OFF;
	cfg.lanes = p->lanes;
	cfg.trace = (aegis_trace_sink){0};
	/* what the profile measured outside the pool comes off the budget */
	cfg.outside_pool_bytes = aegis_profile_outside_bytes(s->profile, p->lanes);
	char err[256];
	if (aegis_runtime_create(&cfg, &s->mem_rt, err, sizeof err) != AEGIS_OK)
		return cli_error("admit", false, "memory plan: %s", err);
	if (!(s->mem_refused = calloc(s->n ? s->n : 1, sizeof *s->mem_refused)))
		return nomem();
	for (uint32_t i = 0; i < s->n; i++) {
		aegis_model_config m = *aegis_workload_model(s->w, i);
		m.lane = s->lane[i] >= 0 ? s->lane[i] : AEGIS_LANE_AUTO;
		if (aegis_model_admit(s->mem_rt, &m, NULL) == AEGIS_OK)
			continue;
		s->mem_refused[i] = true;
		if (!s->mem_error[0])
			snprintf(s->mem_error, sizeof s->mem_error, "%s",
				 aegis_runtime_last_error(s->mem_rt));
	}
	return 0;
}


/* "[1,3,224,224]" */
static const char *shape_text(const aegis_tensor_desc *d, char *buf, size_t len)
{
	size_t at = (size_t)snprintf(buf, len, "[");
	for (uint32_t k = 0; k < d->rank && at < len; k++)
		at += (size_t)snprintf(buf + at, len - at, "%s%lld", k ? "," : "",
				       (long long)d->shape[k]);
	if (at < len)
		snprintf(buf + at, len - at, "]");
	return buf;
}

/* Each model's tensors, its host staging and what its copies are charged. */
static void report_data_text(FILE *f, const struct admit_set *s)
{
	bool header = false;
	for (uint32_t i = 0, k = 0; i < s->n; i++) {
		uint32_t n_in = 0, n_out = 0;
		if (s->mem_refused[i] || aegis_model_tensor_count(s->mem_rt, k++, &n_in, &n_out) ||
		    n_in + n_out == 0)
			continue;
		if (!header)
			fprintf(f, "\ndata: a request's tensors, the host staging (a slot per queue "
				   "place) and the copies admission charges\n");
		header = true;
		for (uint32_t t = 0; t < n_in + n_out; t++) {
			aegis_tensor_desc d;
			char shape[96], b[32];
			aegis_model_tensor_get(s->mem_rt, k - 1, t >= n_in, t >= n_in ? t - n_in : t,
					       &d);
			fprintf(f, "%-20s %-3s %-24s %-8s %-20s %10s\n", t ? "" : model_name(s, i),
				t >= n_in ? "out" : "in", d.name, aegis_dtype_name(d.dtype),
				shape_text(&d, shape, sizeof shape),
				aegis_size_format(d.bytes, b, sizeof b));
		}
		aegis_model_stats ms;
		char b[2][32];
		aegis_model_stats_get(s->mem_rt, k - 1, &ms);
		fprintf(f, "%-20s staging %s of host memory; copies %s per job\n", "",
			aegis_size_format(ms.staging_bytes, b[0], 32), dur(ms.copy_ns, b[1], 32));
	}
}

/* What the device takes outside the pool, by the profile's device_memory, item by
 * item, and the device's total; "not measured" without it. */
static void report_outside_text(FILE *f, const struct admit_set *s, const struct admit_plan *p,
				const aegis_memory_totals *t)
{
	const aegis_profile_memory *m = aegis_profile_device_memory(s->profile);
	char b[8][32];
	if (!m) {
		fprintf(f, "outside the pool (CUDA contexts, cuDNN, cuBLAS, driver): not measured "
			   "(a --wcet-profile from 'aegisrt profile' on the GPU has them)\n");
		return;
	}
	fprintf(f, "outside the pool (measured, %s): CUDA contexts %u x %s, cuDNN %u x %s, "
		   "cuBLAS %u x %s, driver %s = %s\n",
		aegis_profile_info_get(s->profile)->device, p->lanes,
		aegis_size_format(m->per_lane_context, b[0], 32), p->lanes,
		aegis_size_format(m->per_lane_cudnn, b[1], 32), p->lanes,
		aegis_size_format(m->per_lane_cublas, b[2], 32),
		aegis_size_format(m->driver_fixed, b[3], 32), aegis_size_format(t->outside, b[4], 32));
	uint64_t total = t->planned + t->outside;
	fprintf(f, "device total %s = planned %s + outside the pool %s",
		aegis_size_format(total, b[5], 32), aegis_size_format(t->planned, b[6], 32),
		aegis_size_format(t->outside, b[7], 32));
	if (t->budget)
		fprintf(f, "; headroom %s of %s", aegis_size_format(t->free, b[0], 32),
			aegis_size_format(t->budget, b[1], 32));
	fputc('\n', f);
	if (m->device_other)
		fprintf(f, "not this process's: the driver reserves %s of the device for "
			   "itself (nvidia-smi's \"reserved\"), not counted\n",
			aegis_size_format(m->device_other, b[0], 32));
}

static void report_memory_text(FILE *f, const struct admit_set *s, const struct admit_plan *p)
{
	if (!s->mem_rt)
		return;
	aegis_memory_totals t;
	aegis_runtime_memory(s->mem_rt, &t);
	char b[6][32];
	const aegis_runtime_config *cfg = aegis_runtime_config_get(s->mem_rt);
	fprintf(f, "\nmemory plan: persistent and I/O private, one shared transient arena per lane "
		   "(docs/MEMORY.md)\n");
	if (t.budget)
		fprintf(f, "budget %s%s%s\n", aegis_size_format(t.budget, b[0], 32),
			cfg->device_profile ? " from device profile " : "",
			cfg->device_profile && !aegis_workload_runtime(s->w)->memory_budget_bytes
				? cfg->device_profile : "");
	else
		fprintf(f, "no budget (runtime.memory_budget or a device profile sets one): "
			   "reported, not enforced\n");
	fprintf(f, "%-20s %4s %11s %9s %11s\n", "model", "lane", "persistent", "io", "transient");
	uint32_t k = 0;
	for (uint32_t i = 0; i < s->n; i++) {
		if (s->mem_refused[i]) {
			fprintf(f, "%-20s REFUSED\n", model_name(s, i));
			continue;
		}
		aegis_model_stats ms;
		aegis_model_stats_get(s->mem_rt, k++, &ms);
		fprintf(f, "%-20s %4u %11s %9s %11s\n", model_name(s, i), ms.lane,
			aegis_size_format(ms.persistent_bytes, b[0], 32), aegis_size_format(ms.io_bytes, b[1], 32),
			aegis_size_format(ms.transient_bytes, b[2], 32));
	}
	fprintf(f, "%-6s %12s\n", "lane", "arena");
	for (uint32_t l = 0; l < p->lanes; l++) {
		aegis_lane_stats ls;
		aegis_lane_stats_get(s->mem_rt, l, &ls);
		fprintf(f, "%-6u %12s\n", l, aegis_size_format(ls.arena_bytes, b[0], 32));
	}
	fprintf(f, "planned %s = persistent %s + io %s + arenas %s", aegis_size_format(t.planned, b[0], 32),
		aegis_size_format(t.persistent, b[1], 32), aegis_size_format(t.io, b[2], 32), aegis_size_format(t.arenas, b[3], 32));
	if (t.budget && !t.outside)
		fprintf(f, "; headroom %s of %s", aegis_size_format(t.free, b[4], 32), aegis_size_format(t.budget, b[5], 32));
	fputc('\n', f);
	report_outside_text(f, s, p, &t);
	if (t.arenas)
		fprintf(f, "transient: %s shared vs %s in private arenas (%.2fx less); plan vs "
			   "lower bound %s: %+lld B\n",
			aegis_size_format(t.arenas, b[0], 32), aegis_size_format(t.private_transient, b[1], 32),
			(double)t.private_transient / (double)t.arenas, aegis_size_format(t.lower_bound, b[2], 32),
			(long long)(t.planned - t.lower_bound));
	if (s->mem_error[0])
		fprintf(f, "memory: NOT admissible: %s\n", s->mem_error);
	report_data_text(f, s);
}

static void report_memory_json(FILE *f, const struct admit_set *s, const struct admit_plan *p)
{
	if (!s->mem_rt)
		return;
	aegis_memory_totals t;
	aegis_runtime_memory(s->mem_rt, &t);
	fprintf(f, ",\n  \"memory\": {\"budget\": %llu, \"planned\": %llu, \"persistent\": %llu, "
		   "\"io\": %llu, \"arenas\": %llu, \"private_transient\": %llu, "
		   "\"lower_bound\": %llu, \"free\": %llu, \"outside\": %llu, \"fits\": %s, "
		   "\"device_memory\": ",
		(unsigned long long)t.budget, (unsigned long long)t.planned,
		(unsigned long long)t.persistent, (unsigned long long)t.io,
		(unsigned long long)t.arenas, (unsigned long long)t.private_transient,
		(unsigned long long)t.lower_bound, (unsigned long long)t.free,
		(unsigned long long)t.outside, s->mem_error[0] ? "false" : "true");
	const aegis_profile_memory *m = aegis_profile_device_memory(s->profile);
	if (m)
		fprintf(f, "{\"driver_fixed\": %llu, \"per_lane_context\": %llu, "
			   "\"per_lane_cudnn\": %llu, \"per_lane_cublas\": %llu, "
			   "\"device_other\": %llu}",
			(unsigned long long)m->driver_fixed, (unsigned long long)m->per_lane_context,
			(unsigned long long)m->per_lane_cudnn, (unsigned long long)m->per_lane_cublas,
			(unsigned long long)m->device_other);
	else
		fprintf(f, "null");
	fprintf(f, ", \"lane_arenas\": [");
	for (uint32_t l = 0; l < p->lanes; l++) {
		aegis_lane_stats ls;
		aegis_lane_stats_get(s->mem_rt, l, &ls);
		fprintf(f, "%s%llu", l ? ", " : "", (unsigned long long)ls.arena_bytes);
	}
	fprintf(f, "], \"error\": ");
	json_str(f, s->mem_error);
	fputc('}', f);
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

static void json_i64_or_null(FILE *f, const char *key, bool have, int64_t v)
{
	if (have)
		fprintf(f, ", \"%s\": %" PRId64, key, v);
	else
		fprintf(f, ", \"%s\": null", key);
}

static void report_json_admit(FILE *f, const struct admit_set *s, const struct admit_plan *p,
			      const char *file)
{
	bool fp = p->policy == AEGIS_POLICY_FP;
	fprintf(f, "{\n  \"file\": ");
	json_str(f, file);
	fprintf(f, ",\n  \"input\": \"%s\",\n  \"policy\": \"%s\",\n  \"preemption\": \"%s\",\n",
		s->w ? "workload" : "taskset", aegis_policy_name(p->policy),
		cli_enum_name(&admit_preemptions, p->preemption));
	if (fp)
		fprintf(f, "  \"priorities\": \"%s\",\n", cli_enum_name(&admit_priorities, p->priorities));
	else
		fprintf(f, "  \"priorities\": null,\n");
	fprintf(f, "  \"assign\": \"%s\",\n  \"lanes\": %u,\n  \"overhead_ns\": %" PRId64 ",\n",
		assign_names[p->assign], p->lanes, p->overhead_ns);
	fprintf(f, "  \"host_stall_ns\": %" PRId64 ",\n", p->stall_ns);
	fprintf(f, "  \"analysis\": \"%s\",\n  \"source\": ", aegis_analysis_kind_name(p->kind));
	json_str(f, aegis_analysis_kind_source(p->kind));
	fprintf(f, ",\n  \"schedulable\": %s,\n  \"models\": [", s->schedulable ? "true" : "false");
	for (uint32_t i = 0; i < s->n; i++) {
		const aegis_task *t = &s->tasks[i];
		const aegis_task_result *r = &s->res[i];
		fprintf(f, "%s\n    {\"name\": ", i ? "," : "");
		json_str(f, model_name(s, i));
		fprintf(f, ", \"line\": %u, \"lane\": %d, \"placed\": %s", model_line(s, i),
			s->lane[i], s->unplaced[i] ? "false" : "true");
		if (fp)
			fprintf(f, ", \"priority\": %u", s->rank[i]);
		else
			fprintf(f, ", \"priority\": null");
		fprintf(f,
			", \"wcet_ns\": %" PRId64 ", \"period_ns\": %" PRId64
			", \"deadline_ns\": %" PRId64 ", \"jitter_ns\": %" PRId64
			", \"segments\": %u, \"utilisation\": %.6f, \"schedulable\": %s",
			t->wcet_ns, t->period_ns, t->deadline_ns, t->jitter_ns, n_segments(t),
			(double)t->wcet_ns / (double)t->period_ns, r->schedulable ? "true" : "false");
		json_i64_or_null(f, "bound_ns", fp && r->bound_ns >= 0, r->bound_ns);
		json_i64_or_null(f, "bound_at_least_ns", fp && r->bound_ns < 0,
				 r->slack_ns == -1 ? t->deadline_ns + 1 : t->deadline_ns - r->slack_ns);
		json_i64_or_null(f, "check_point_ns", !fp && r->check_point_ns >= 0,
				 r->check_point_ns);
		json_i64_or_null(f, "slack_ns", slack_known(p, r), r->slack_ns);
		json_i64_or_null(f, "blocking_ns", fp, r->blocking_ns);
		fprintf(f, ", \"jobs\": %u", r->jobs);
		json_i64_or_null(f, "max_wcet_ns", s->max_wcet[i] >= 0, s->max_wcet[i]);
		fputc('}', f);
	}
	fprintf(f, "\n  ],\n  \"lane_results\": [");
	for (uint32_t l = 0; l < p->lanes; l++) {
		const aegis_analysis_result *lr = &s->lane_res[l];
		fprintf(f,
			"%s\n    {\"lane\": %u, \"models\": %u, \"utilisation\": %.6f, "
			"\"schedulable\": %s, \"reason\": ",
			l ? "," : "", l, s->lane_models[l], lr->utilisation,
			lr->schedulable ? "true" : "false");
		json_str(f, lr->reason);
		json_i64_or_null(f, "busy_period_ns", lr->busy_period_ns > 0, lr->busy_period_ns);
		json_i64_or_null(f, "host_stall_ns", p->curve, s->lane_stall[l].stall_ns);
		json_i64_or_null(f, "host_stall_window_ns", p->curve && s->lane_stall[l].window_ns >= 0,
				 s->lane_stall[l].window_ns);
		fprintf(f, ", \"failing_model\": ");
		if (!lr->schedulable && lr->failing_task < s->n) /* a model's index */
			json_str(f, model_name(s, lr->failing_task));
		else
			fprintf(f, "null");
		fprintf(f, ", \"excess_ns\": %" PRId64, lr->excess_ns);
		json_i64_or_null(f, "check_point_ns", !fp && lr->check_point_ns >= 0,
				 lr->check_point_ns);
		json_i64_or_null(f, "demand_ns", !fp && lr->check_point_ns >= 0, lr->demand_ns);
		json_i64_or_null(f, "blocking_ns", !fp && lr->check_point_ns >= 0, lr->blocking_ns);
		fprintf(f, ", \"check_points\": %" PRIu64, lr->check_points);
		if (fp && p->priorities == PRIO_OPA)
			fprintf(f, ", \"opa_found\": %s", s->lane_opa_failed[l] ? "false" : "true");
		fputc('}', f);
	}
	fprintf(f, "\n  ]");
	report_memory_json(f, s, p);
	fprintf(f, "\n}\n");
}

int cmd_admit(int argc, char **argv)
{
	struct admit_opts o = {0};
	int rc = parse_opts(argc, argv, &o);
	if (rc)
		return rc < 0 ? 0 : rc;

	struct admit_set s = {0};
	struct admit_plan p = {0};
	if ((rc = load(&s, o.file, o.wcet_profile)) != 0)
		goto out;
	if ((rc = resolve(&s, &o, &p)) != 0)
		goto out;
	if ((rc = build_tasks(&s, &p, o.file)) != 0)
		goto out;
	if ((rc = place(&s, &p, o.file)) != 0)
		goto out;
	if ((rc = analyse(&s, &p, o.file)) != 0)
		goto out;
	if ((rc = plan_memory(&s, &p)) != 0)
		goto out;
	if (o.json) {
		report_json_admit(stdout, &s, &p, o.file);
	} else {
		report_text_admit(stdout, &s, &p, o.file);
		report_memory_text(stdout, &s, &p);
	}
	rc = s.schedulable && !s.mem_error[0] ? 0 : EXIT_RUN_FAILED;
out:
	set_release(&s);
	return rc;
}
