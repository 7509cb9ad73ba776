/* Benchmarks of scale, printed as figures (never asserted): the wall time of whole
 * `aegisrt` commands on large inputs, where something quadratic once hid.
 *
 *   - `aegisrt run` of 4,096 models for 1 s of virtual time, three shapes: all on one
 *     lane with equal priorities (the default rule: every new model ranks last), on one
 *     lane under rm and under edf with random periods (a new model lands amid the
 *     others), and 16 automatic lanes under rm (target: < 2 s each);
 *   - `aegisrt admit` of a model whose ONNX graph is a chain of 20,000 Relu nodes
 *     (target: < 1 s).
 *
 * The inputs are written into a fresh folder under TMPDIR (the .onnx file is encoded
 * here, by hand: a few protobuf fields), and the aegisrt next to this program runs
 * them (or the one given).
 *
 *   bench_scale [AEGISRT]
 */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "testing/bench_internal.h"

extern char **environ;

#define N_MODELS 4096
#define CHAIN 20000

/* Runs argv with stdout and stderr to /dev/null; its wall time, or -1 when it did not
 * exit 0. */
static int64_t timed(char *const argv[])
{
	posix_spawn_file_actions_t fa;
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", 01 /* O_WRONLY */, 0);
	posix_spawn_file_actions_adddup2(&fa, 1, 2);
	pid_t pid;
	int64_t t0 = clock_monotonic_ns();
	int rc = posix_spawn(&pid, argv[0], &fa, NULL, argv, environ);
	posix_spawn_file_actions_destroy(&fa);
	if (rc != 0) {
		fprintf(stderr, "bench_scale: cannot run %s: %s\n", argv[0], strerror(rc));
		return -1;
	}
	int status;
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR)
			return -1;
	int64_t wall = clock_monotonic_ns() - t0;
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
		fprintf(stderr, "bench_scale: %s %s did not succeed (status %d)\n", argv[0],
			argv[1], status);
		return -1;
	}
	return wall;
}

enum shape { ONE_LANE_EQUAL, ONE_LANE_RM, ONE_LANE_EDF, AUTO_LANES_RM, SHAPES };
static const char *const shape_name[SHAPES] = {
	"1 lane, equal priorities", "1 lane, rm, random periods", "1 lane, edf, random periods",
	"16 automatic lanes, rm"};

/* 4,096 models, utilisation about 0.4 per lane; 1 s of virtual time. */
static int write_workload(const char *path, enum shape s)
{
	FILE *f = fopen(path, "w");
	if (!f)
		return -1;
	struct rng g;
	rng_seed(&g, 4096, (uint64_t)s);
	fprintf(f, "runtime:\n  duration: 1s\n%s%smodels:\n",
		s == AUTO_LANES_RM ? "  lanes: 16\n" : "",
		s == ONE_LANE_EDF     ? "  policy: edf\n"
		: s != ONE_LANE_EQUAL ? "  priorities: rm\n"
				      : "");
	for (int i = 0; i < N_MODELS; i++) {
		int64_t period_ms = s == ONE_LANE_EQUAL ? 100 : rng_range(&g, 100, 200);
		fprintf(f, "  - name: m%d\n    period: %" PRId64 "ms\n    exec: %dus\n%s", i,
			period_ms, s == AUTO_LANES_RM ? 150 : 10,
			s == AUTO_LANES_RM ? "    lane: auto\n" : "");
	}
	return fclose(f) == 0 ? 0 : -1;
}

/* ---- a protobuf writer, just enough for an ONNX ModelProto --------------------- */

struct buf {
	uint8_t *p;
	size_t n, cap;
};

static int put(struct buf *b, const void *d, size_t n)
{
	if (b->n + n > b->cap) {
		size_t cap = b->cap ? 2 * b->cap : 4096;
		while (cap < b->n + n)
			cap *= 2;
		uint8_t *p = realloc(b->p, cap);
		if (!p)
			return -1;
		b->p = p;
		b->cap = cap;
	}
	memcpy(b->p + b->n, d, n);
	b->n += n;
	return 0;
}

static int varint(struct buf *b, uint64_t v)
{
	uint8_t x[10];
	size_t n = 0;
	do {
		x[n++] = (uint8_t)((v & 0x7f) | (v > 0x7f ? 0x80 : 0));
		v >>= 7;
	} while (v);
	return put(b, x, n);
}

static int field_varint(struct buf *b, unsigned field, uint64_t v)
{
	return varint(b, (uint64_t)field << 3) || varint(b, v);
}

static int field_bytes(struct buf *b, unsigned field, const void *d, size_t n)
{
	return varint(b, (uint64_t)field << 3 | 2) || varint(b, n) || put(b, d, n);
}

static int field_str(struct buf *b, unsigned field, const char *s)
{
	return field_bytes(b, field, s, strlen(s));
}

/* A message field: m's bytes under `field`; m is freed. */
static int field_msg(struct buf *b, unsigned field, struct buf *m)
{
	int rc = field_bytes(b, field, m->p, m->n);
	free(m->p);
	*m = (struct buf){0};
	return rc;
}

/* ValueInfoProto: name, a float tensor of shape [1, 64]. */
static int value_info(struct buf *b, unsigned field, const char *name)
{
	struct buf vi = {0}, type = {0}, tensor = {0}, shape = {0}, dim = {0};
	int rc = field_varint(&dim, 1, 1) || field_msg(&shape, 1, &dim) ||
		 field_varint(&dim, 1, 64) || field_msg(&shape, 1, &dim) ||
		 field_varint(&tensor, 1, 1 /* FLOAT */) || field_msg(&tensor, 2, &shape) ||
		 field_msg(&type, 1, &tensor) || field_str(&vi, 1, name) ||
		 field_msg(&vi, 2, &type) || field_msg(b, field, &vi);
	free(dim.p);
	free(shape.p);
	free(tensor.p);
	free(type.p);
	free(vi.p);
	return rc;
}

/* x -> Relu -> t0 -> ... -> Relu -> y, CHAIN nodes, opset 13. */
static int write_chain(const char *path)
{
	struct buf model = {0}, graph = {0}, node = {0}, opset = {0};
	char in[32], out[32];
	int rc = 0;
	for (int i = 0; i < CHAIN && !rc; i++) {
		snprintf(in, sizeof in, i ? "t%d" : "x", i - 1);
		snprintf(out, sizeof out, i + 1 < CHAIN ? "t%d" : "y", i);
		rc = field_str(&node, 1, in) || field_str(&node, 2, out) ||
		     field_str(&node, 4, "Relu") || field_msg(&graph, 1, &node);
	}
	rc = rc || field_str(&graph, 2, "chain") || value_info(&graph, 11, "x") ||
	     value_info(&graph, 12, "y") || field_varint(&model, 1, 8 /* ir_version */) ||
	     field_msg(&model, 7, &graph) || field_str(&opset, 1, "") ||
	     field_varint(&opset, 2, 13) || field_msg(&model, 8, &opset);
	FILE *f = rc ? NULL : fopen(path, "wb");
	if (f && (fwrite(model.p, 1, model.n, f) != model.n))
		rc = -1;
	if (!f || fclose(f) != 0)
		rc = -1;
	free(model.p);
	free(graph.p);
	free(node.p);
	free(opset.p);
	return rc;
}

int main(int argc, char **argv)
{
	char aegisrt[PATH_MAX];
	if (argc > 1) {
		snprintf(aegisrt, sizeof aegisrt, "%s", argv[1]);
	} else { /* next to this program */
		snprintf(aegisrt, sizeof aegisrt, "%s", argv[0]);
		char *slash = strrchr(aegisrt, '/');
		snprintf(slash ? slash + 1 : aegisrt,
			 sizeof aegisrt - (size_t)(slash ? slash + 1 - aegisrt : 0), "aegisrt");
	}
	const char *tmp = getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp";
	char dir[PATH_MAX - 32];
	snprintf(dir, sizeof dir, "%s/bench_scale.XXXXXX", tmp);
	if (!mkdtemp(dir)) {
		fprintf(stderr, "bench_scale: cannot make a folder in %s: %s\n", tmp,
			strerror(errno));
		return 1;
	}
	int rc = 0;
	char path[PATH_MAX];
	printf("scale: wall time of whole aegisrt commands (%s)\n", aegisrt);
	for (int s = 0; s < SHAPES && !rc; s++) {
		snprintf(path, sizeof path, "%s/models.yaml", dir);
		if (write_workload(path, (enum shape)s) != 0) {
			fprintf(stderr, "bench_scale: cannot write %s\n", path);
			rc = 1;
			break;
		}
		char *run[] = {aegisrt, "run", path, NULL};
		int64_t ns = timed(run);
		if (ns < 0) {
			rc = 1;
			break;
		}
		printf("  aegisrt run, %d models, 1 s virtual, %-28s %8.3f s  (target < 2 s)\n",
		       N_MODELS, shape_name[s], (double)ns / 1e9);
	}
	snprintf(path, sizeof path, "%s/chain.onnx", dir);
	char yaml[PATH_MAX];
	snprintf(yaml, sizeof yaml, "%s/chain.yaml", dir);
	FILE *f = rc ? NULL : fopen(yaml, "w");
	if (!rc && (write_chain(path) != 0 || !f ||
		    fprintf(f, "runtime:\n  memory_budget: 1GiB\nmodels:\n  - name: chain\n"
			       "    backend: onnx-cudnn\n    model: chain.onnx\n    period: 100ms\n"
			       "    exec: 1ms\n") < 0)) {
		fprintf(stderr, "bench_scale: cannot write the ONNX chain in %s\n", dir);
		rc = 1;
	}
	if (f && fclose(f) != 0)
		rc = 1;
	if (!rc) {
		char *admit[] = {aegisrt, "admit", yaml, NULL};
		int64_t ns = timed(admit);
		if (ns < 0)
			printf("  aegisrt admit, an ONNX chain of %d Relu nodes: not run (the "
			       "onnx-cudnn backend is not in this build?)\n", CHAIN);
		else
			printf("  aegisrt admit, an ONNX chain of %d Relu nodes %21s %8.3f s  "
			       "(target < 1 s)\n", CHAIN, "", (double)ns / 1e9);
	}
	unlink(path);
	unlink(yaml);
	snprintf(path, sizeof path, "%s/models.yaml", dir);
	unlink(path);
	rmdir(dir);
	return rc;
}
