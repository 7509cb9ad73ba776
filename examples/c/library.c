/* The README's library example, complete: two models on the simulated device, one
 * configured in C (a typed backend config), one with the workload file's keys as text;
 * ten seconds of virtual time; the first model's statistics. Build: CMake target
 * example_library (or: cc library.c $(pkg-config --cflags --libs aegis)). */
#include <stdio.h>

#include <aegis/aegis.h>

int main(void)
{
	char detail[256];
	aegis_runtime_config cfg = {.lanes = 2, .policy = AEGIS_POLICY_EDF, .seed = 1};
	aegis_runtime *rt;
	if (aegis_runtime_create(&cfg, &rt, detail, sizeof detail) != AEGIS_OK) {
		fprintf(stderr, "runtime: %s\n", detail);
		return 1;
	}
	/* the backend's settings: a typed config (aegis/backends.h) ... */
	aegis_sim_config sim = {
		.exec = {.kind = AEGIS_EXEC_UNIFORM, .a_ns = 4000000, .b_ns = 6000000}};
	aegis_model_config det = {.name = "det", .backend = "sim", .backend_config = &sim,
				  .period_ns = 33300000, .lane = AEGIS_LANE_AUTO};
	/* ... or the workload file's keys as text */
	aegis_option seg_opts[] = {{"exec", "2ms"}, {"memory.transient", "8MiB"}};
	aegis_model_config seg = {.name = "seg", .options = seg_opts, .n_options = 2,
				  .period_ns = 66600000, .lane = AEGIS_LANE_AUTO};
	aegis_model_id id;
	if (aegis_model_admit(rt, &det, &id) != AEGIS_OK ||
	    aegis_model_admit(rt, &seg, NULL) != AEGIS_OK) {
		fprintf(stderr, "admit: %s\n", aegis_runtime_last_error(rt));
		aegis_runtime_destroy(rt);
		return 1;
	}
	aegis_status st = aegis_runtime_run_for(rt, 10 * AEGIS_NS_PER_S); /* virtual time */
	aegis_model_stats s;
	if (st == AEGIS_OK)
		st = aegis_model_stats_get(rt, id, &s);
	if (st == AEGIS_OK)
		printf("det: %llu jobs completed, %llu missed, p99 %.3f ms\n",
		       (unsigned long long)s.completed, (unsigned long long)s.missed,
		       (double)s.response_p99_ns / 1e6);
	aegis_runtime_destroy(rt); /* every pending request completes */
	return st == AEGIS_OK ? 0 : 1;
}
