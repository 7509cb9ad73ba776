/* A program outside the tree: built against an installed libaegis (pkg-config or
 * find_package(aegis), tests/pkg/consumer_test.sh), it admits a model on the simulated
 * device, runs it, sees a second model refused by the analysis, and exits 0 only when
 * all of it went as the API says. Public headers only. */
#include <stdio.h>
#include <string.h>

#include <aegis/aegis.h>

#define CHECK(cond)                                                                 \
	do {                                                                        \
		if (!(cond)) {                                                      \
			fprintf(stderr, "consumer: %s:%d: %s failed\n", __FILE__,   \
				__LINE__, #cond);                                   \
			return 1;                                                   \
		}                                                                   \
	} while (0)

int main(void)
{
	aegis_runtime_config cfg = {.lanes = 1, .policy = AEGIS_POLICY_FP, .seed = 1};
	aegis_runtime *rt = NULL;
	char detail[256] = "";
	CHECK(aegis_runtime_create(&cfg, &rt, detail, sizeof detail) == AEGIS_OK);

	/* 6 ms every 10 ms: admitted. */
	aegis_option opts[] = {{"exec", "6ms"}};
	aegis_model_config det = {.name = "det", .options = opts, .n_options = 1,
				  .period_ns = 10 * AEGIS_NS_PER_MS, .lane = 0};
	aegis_model_id id;
	CHECK(aegis_model_admit(rt, &det, &id) == AEGIS_OK);

	/* Another 6 ms every 10 ms on the same lane: U = 1.2, refused with evidence. */
	aegis_model_config more = det;
	more.name = "more";
	aegis_status st = aegis_model_admit(rt, &more, NULL);
	CHECK(st == AEGIS_E_UNSCHEDULABLE);
	CHECK(aegis_status_class_of(st) == AEGIS_CLASS_PERMANENT);
	/* The evidence: the model, its bound or utilisation; valid until the next call. */
	char why[512];
	snprintf(why, sizeof why, "%s", aegis_runtime_last_error(rt));
	CHECK(strstr(why, "more") != NULL);

	CHECK(aegis_runtime_run_for(rt, AEGIS_NS_PER_S) == AEGIS_OK);
	aegis_model_stats s;
	CHECK(aegis_model_stats_get(rt, id, &s) == AEGIS_OK);
	CHECK(s.completed >= 99 && s.missed == 0);
	printf("consumer: %s: %llu jobs, 0 missed; more: %s (%s)\n", aegis_model_name(rt, id),
	       (unsigned long long)s.completed, aegis_status_name(st),
	       why);
	aegis_runtime_destroy(rt);
	return 0;
}
