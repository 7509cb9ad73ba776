/* The results of a run as a text table or as JSON, from the public stats API.
 * Must not compute statistics itself beyond sums across models. */
#include <inttypes.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"

static uint64_t rejected_total(const aegis_model_stats *s)
{
	return s->rejected_queue_full + s->rejected_interarrival + s->skipped +
	       s->rejected_quarantined;
}

static const char *dur(int64_t ns, char *buf, size_t len)
{
	if (ns < 0) {
		snprintf(buf, len, "-");
		return buf;
	}
	return aegis_duration_format(ns, buf, len);
}

/* Lateness can be negative (early); "-" when no job completed. */
static const char *lateness(int64_t ns, char *buf, size_t len)
{
	if (ns == INT64_MIN) {
		snprintf(buf, len, "-");
		return buf;
	}
	if (ns < 0) {
		buf[0] = '-';
		aegis_duration_format(-ns, buf + 1, len - 1);
		return buf;
	}
	return aegis_duration_format(ns, buf, len);
}

static void report_faults(FILE *f, const aegis_runtime *rt);

/* "SIGINT", or "signal N" */
static const char *signal_name(int sig, char *buf, size_t len)
{
	if (sig == SIGINT)
		return "SIGINT";
	if (sig == SIGTERM)
		return "SIGTERM";
	snprintf(buf, len, "signal %d", sig);
	return buf;
}

void report_text(FILE *f, const aegis_runtime *rt, const char *workload, int64_t duration_ns,
		 const struct run_end *end)
{
	const aegis_runtime_config *cfg = aegis_runtime_config_get(rt);
	char b[8][32];
	fprintf(f, "AegisRT run: %s\n", workload);
	fprintf(f, "device %s, %u lane%s", cfg->device, cfg->lanes, cfg->lanes == 1 ? "" : "s");
	for (uint32_t l = 0; cfg->lane_sms[0] && l < cfg->lanes; l++) /* the layout */
		fprintf(f, "%s%u", l ? ", " : " (", cfg->lane_sms[l]);
	fprintf(f, "%s, policy %s", cfg->lane_sms[0] ? " SMs)" : "", aegis_policy_name(cfg->policy));
	if (cfg->policy == AEGIS_POLICY_FP)
		fprintf(f, " (priorities %s)", aegis_priority_rule_name(cfg->priorities));
	fprintf(f, ", preemption %s, seed %" PRIu64 ", duration %s",
		aegis_preemption_name(cfg->preemption), cfg->seed, dur(duration_ns, b[0], 32));
	if (cfg->host_stall_ns && cfg->admission == AEGIS_ADMIT_ANALYSIS)
		fprintf(f, ", host stall %s (charged as release jitter)",
			dur(cfg->host_stall_ns, b[1], 32));
	fprintf(f, "\n");
	if (end->signal)
		fprintf(f, "partial: stopped by %s at %s of %s\n", signal_name(end->signal, b[1], 32),
			dur(end->stopped_ns, b[2], 32), dur(duration_ns, b[3], 32));
	fprintf(f, "\n");

	fprintf(f, "%-20s %4s %4s %9s %9s %9s %9s %9s %8s %7s %9s %9s %9s %9s %9s %6s\n",
		"model", "lane", "prio", "period", "deadline", "wcet", "released", "completed",
		"rejected", "missed", "p50", "p99", "p99.9", "max", "max_late", "cv");
	aegis_model_stats tot = {0};
	for (uint32_t i = 0; i < aegis_runtime_model_count(rt); i++) {
		aegis_model_stats s;
		aegis_model_stats_get(rt, i, &s);
		char prio[12];
		if (s.priority >= 0)
			snprintf(prio, sizeof prio, "%d", s.priority);
		else
			snprintf(prio, sizeof prio, "-");
		fprintf(f,
			"%-20s %4u %4s %9s %9s %9s %9" PRIu64 " %9" PRIu64 " %8" PRIu64
			" %7" PRIu64 " %9s %9s %9s %9s %9s %6.3f\n",
			aegis_model_name(rt, i), s.lane, prio, dur(s.period_ns, b[0], 32),
			dur(s.deadline_ns, b[1], 32), dur(s.wcet_ns, b[2], 32), s.released,
			s.completed, rejected_total(&s), s.missed, dur(s.response_p50_ns, b[3], 32),
			dur(s.response_p99_ns, b[4], 32), dur(s.response_p999_ns, b[7], 32),
			dur(s.response_max_ns, b[5], 32), lateness(s.max_lateness_ns, b[6], 32),
			s.response_cv);
		tot.released += s.released;
		tot.completed += s.completed;
		tot.rejected_queue_full += rejected_total(&s);
		tot.missed += s.missed;
		tot.cancelled += s.cancelled;
		tot.failed += s.failed;
	}
	report_faults(f, rt);
	fprintf(f, "\n%-6s %12s %10s %12s\n", "lane", "utilisation", "segments", "preemptions");
	for (uint32_t l = 0; l < aegis_runtime_lane_count(rt); l++) {
		aegis_lane_stats ls;
		aegis_lane_stats_get(rt, l, &ls);
		fprintf(f, "%-6u %11.1f%% %10" PRIu64 " %12" PRIu64 "\n", l, 100.0 * ls.utilisation,
			ls.segments, ls.preemptions);
	}
	aegis_memory_totals mt;
	aegis_runtime_memory(rt, &mt);
	fprintf(f, "\nmemory: planned %.1f MiB (shared transient arenas %.1f MiB vs %.1f MiB "
		   "private)", (double)mt.planned / 1048576.0, (double)mt.arenas / 1048576.0,
		(double)mt.private_transient / 1048576.0);
	if (mt.budget)
		fprintf(f, ", budget %.1f MiB", (double)mt.budget / 1048576.0);
	fputc('\n', f);
	fprintf(f,
		"\ntotal: %" PRIu64 " released, %" PRIu64 " completed, %" PRIu64 " rejected, %" PRIu64
		" cancelled, %" PRIu64 " failed, %" PRIu64 " missed deadlines\n",
		tot.released, tot.completed, tot.rejected_queue_full, tot.cancelled, tot.failed,
		tot.missed);
	/* nothing lost: checked per model by report_conservation, which says what is not */
	fprintf(f, "every job accounted for: released %" PRIu64 " = completed %" PRIu64
		" + rejected %" PRIu64 " + failed %" PRIu64 " + cancelled %" PRIu64 "%s\n",
		tot.released, tot.completed, tot.rejected_queue_full, tot.failed, tot.cancelled,
		tot.released == tot.completed + tot.rejected_queue_full + tot.failed + tot.cancelled
			? " (per model too)"
			: "  ** DOES NOT ADD UP **");
	if (aegis_runtime_fatal(rt))
		fprintf(f, "the runtime stopped on a fatal error: %s; every pending job ended "
			   "with it\n", aegis_status_name(aegis_runtime_fatal(rt)));
	if (end->signal)
		fprintf(f, "partial: stopped by %s at %s: the jobs on a lane finished, queued "
			   "ones were cancelled\n", signal_name(end->signal, b[1], 32),
			dur(end->stopped_ns, b[2], 32));
	/* A job on a lane at the end runs to its end: a hang injected for an hour ends a
	 * 2 s run an hour later. Said when the drain outlasts a tenth of the run, in
	 * virtual time (on the real clock the host's own stop counts too). */
	int64_t now = aegis_runtime_now_ns(rt), stop = end->signal ? end->stopped_ns : duration_ns;
	aegis_device_info di;
	bool virtual_time = aegis_runtime_device_info(rt, &di) == AEGIS_OK && !di.real_time;
	if (virtual_time && now > stop && now - stop > stop / 10)
		fprintf(f, "the run's clock ended at %s, %s after it stopped releasing: jobs on a "
			   "lane at the end ran to completion (an injected hang lasts its hang "
			   "time, 1h unless set)\n", dur(now, b[1], 32), dur(now - stop, b[2], 32));
}

/* The models that had faults: health now, overruns (breaches), failed jobs,
 * quarantines and the releases refused while quarantined. Nothing if none had any. */
static void report_faults(FILE *f, const aegis_runtime *rt)
{
	bool any = false;
	for (uint32_t i = 0; i < aegis_runtime_model_count(rt); i++) {
		aegis_model_stats s;
		aegis_model_stats_get(rt, i, &s);
		if (!s.faults && !s.overruns && !s.failed && s.health == AEGIS_HEALTH_HEALTHY)
			continue;
		if (!any)
			fprintf(f, "\n%-20s %-12s %9s %9s %7s %12s %14s\n", "faults", "health",
				"overruns", "breaches", "failed", "quarantines", "rejected_quar");
		any = true;
		fprintf(f, "%-20s %-12s %9" PRIu64 " %9" PRIu64 " %7" PRIu64 " %12" PRIu64
			" %14" PRIu64 "\n", aegis_model_name(rt, i), aegis_health_name(s.health),
			s.overruns, s.breaches, s.failed, s.quarantines, s.rejected_quarantined);
	}
}

void report_json(FILE *f, const aegis_runtime *rt, const char *workload, int64_t duration_ns,
		 const struct run_end *end)
{
	const aegis_runtime_config *cfg = aegis_runtime_config_get(rt);
	fprintf(f, "{\n  \"workload\": \"");
	for (const char *p = workload; *p; p++) {
		if (*p == '"' || *p == '\\')
			fputc('\\', f);
		if ((unsigned char)*p < 0x20)
			fprintf(f, "\\u%04x", (unsigned char)*p);
		else
			fputc(*p, f);
	}
	fprintf(f,
		"\",\n  \"device\": \"%s\",\n  \"lanes\": %u,\n  \"policy\": \"%s\",\n"
		"  \"priorities\": \"%s\",\n  \"preemption\": \"%s\",\n  \"seed\": %" PRIu64 ",\n"
		"  \"duration_ns\": %" PRId64 ",\n  \"elapsed_ns\": %" PRId64 ",\n",
		cfg->device, cfg->lanes, aegis_policy_name(cfg->policy),
		aegis_priority_rule_name(cfg->priorities), aegis_preemption_name(cfg->preemption),
		cfg->seed, duration_ns, aegis_runtime_now_ns(rt));
	/* a run a signal stopped: complete, but partial */
	char sb[32];
	if (end->signal)
		fprintf(f, "  \"partial\": true,\n  \"stopped_by\": \"%s\",\n  \"stopped_ns\": %" PRId64
			",\n", signal_name(end->signal, sb, sizeof sb), end->stopped_ns);
	else
		fprintf(f, "  \"partial\": false,\n  \"stopped_by\": null,\n  \"stopped_ns\": null,\n");
	fprintf(f, "  \"models\": [");
	for (uint32_t i = 0; i < aegis_runtime_model_count(rt); i++) {
		aegis_model_stats s;
		aegis_model_stats_get(rt, i, &s);
		fprintf(f,
			"%s\n    {\"name\": \"%s\", \"lane\": %u, \"priority\": %d, "
			"\"period_ns\": %" PRId64 ", \"deadline_ns\": %" PRId64 ", \"wcet_ns\": %" PRId64
			", \"released\": %" PRIu64 ", \"completed\": %" PRIu64 ", \"rejected\": %" PRIu64
			", \"rejected_queue_full\": %" PRIu64 ", \"rejected_interarrival\": %" PRIu64
			", \"skipped\": %" PRIu64 ", \"cancelled\": %" PRIu64 ", \"failed\": %" PRIu64
			", \"missed\": %" PRIu64 ", \"response_min_ns\": %" PRId64
			", \"response_p50_ns\": %" PRId64 ", \"response_p90_ns\": %" PRId64
			", \"response_p99_ns\": %" PRId64 ", \"response_p999_ns\": %" PRId64
			", \"response_max_ns\": %" PRId64 ", \"response_mean_ns\": %.1f"
			", \"response_cv\": %.6f, \"response_jitter_ns\": %" PRId64
			", \"health\": \"%s\", \"overruns\": %" PRIu64 ", \"breaches\": %" PRIu64
			", \"faults\": %" PRIu64 ", \"quarantines\": %" PRIu64
			", \"rejected_quarantined\": %" PRIu64 ", "
			"\"max_lateness_ns\": ",
			i ? "," : "", aegis_model_name(rt, i), s.lane, s.priority, s.period_ns,
			s.deadline_ns, s.wcet_ns, s.released, s.completed, rejected_total(&s),
			s.rejected_queue_full, s.rejected_interarrival, s.skipped, s.cancelled,
			s.failed, s.missed, s.response_min_ns, s.response_p50_ns, s.response_p90_ns,
			s.response_p99_ns, s.response_p999_ns, s.response_max_ns, s.response_mean_ns,
			s.response_cv, s.response_jitter_ns, aegis_health_name(s.health), s.overruns,
			s.breaches, s.faults, s.quarantines, s.rejected_quarantined);
		if (s.max_lateness_ns == INT64_MIN)
			fprintf(f, "null}");
		else
			fprintf(f, "%" PRId64 "}", s.max_lateness_ns);
	}
	fprintf(f, "\n  ],\n  \"lane_stats\": [");
	for (uint32_t l = 0; l < aegis_runtime_lane_count(rt); l++) {
		aegis_lane_stats ls;
		aegis_lane_stats_get(rt, l, &ls);
		fprintf(f,
			"%s\n    {\"lane\": %u, \"utilisation\": %.6f, \"busy_ns\": %" PRId64
			", \"segments\": %" PRIu64 ", \"preemptions\": %" PRIu64 "}",
			l ? "," : "", l, ls.utilisation, ls.busy_ns, ls.segments, ls.preemptions);
	}
	aegis_memory_totals mt;
	aegis_runtime_memory(rt, &mt);
	uint64_t recorded = 0, dropped = 0;
	aegis_runtime_trace_counts(rt, &recorded, &dropped);
	fprintf(f,
		"\n  ],\n  \"memory\": {\"budget\": %" PRIu64 ", \"planned\": %" PRIu64
		", \"arenas\": %" PRIu64 ", \"private_transient\": %" PRIu64
		", \"lower_bound\": %" PRIu64 "},\n  \"trace\": {\"recorded\": %" PRIu64
		", \"dropped\": %" PRIu64 "}\n}\n",
		mt.budget, mt.planned, mt.arenas, mt.private_transient, mt.lower_bound, recorded,
		dropped);
}

int report_trace_drops(FILE *f, const aegis_runtime *rt)
{
	uint64_t recorded = 0, dropped = 0;
	aegis_runtime_trace_counts(rt, &recorded, &dropped);
	if (!dropped)
		return 0;
	cli_print(f, "aegisrt: trace: %" PRIu64 " events dropped (%" PRIu64 " recorded): the trace "
		"ring was full and the writer fell behind; the trace and the log miss them "
		"(a larger ring: runtime trace_ring_events)\n", dropped, recorded);
	return 1;
}

int report_conservation(FILE *f, const aegis_runtime *rt)
{
	int bad = 0;
	for (uint32_t i = 0; i < aegis_runtime_model_count(rt); i++) {
		aegis_model_stats s;
		aegis_model_stats_get(rt, i, &s);
		uint64_t ended = s.completed + rejected_total(&s) + s.cancelled + s.failed + s.pending;
		if (ended != s.released) {
			cli_print(f,
				"aegisrt: model '%s' lost jobs: released %" PRIu64 " != completed + "
				"rejected + cancelled + failed + pending = %" PRIu64 "\n",
				aegis_model_name(rt, i), s.released, ended);
			bad++;
		}
	}
	return bad;
}
