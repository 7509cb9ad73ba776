/* An application: one thread per camera submits a frame every 1.05 periods of its
 * model (the workload's period is the least time between two frames the model was
 * admitted for) to a runtime that runs its own dispatcher thread; the answers come back
 * through a callback, which reads them (the index of the largest output value, e.g.
 * the top-1 class). A frame that finds both of its camera's buffers in use is dropped
 * by the camera, one the runtime refuses is counted. At the end: each model's frames,
 * answers and latency (submit to outputs on the host). On the real-clock simulated
 * device it runs anywhere; with `--device cuda` and a workload of onnx-cudnn models it
 * runs the networks on the GPU.
 *   cameras [WORKLOAD] [--device cuda] [--seconds S]   (default examples/cameras.yaml)
 * CAMERAS_DEBUG=1 prints why the runtime refused a frame (on a loaded host a camera
 * thread that wakes late sends two frames closer than its model's minimum).
 * Build: CMake target example_cameras. */
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <aegis/aegis.h>

#define MAX_CAMERAS 16
#define MAX_FRAMES 4096

#define SLOTS 2 /* frames of one camera in flight at most: its model's queue */

/* The buffers of one frame in flight. */
struct slot {
	struct camera *cam;
	aegis_buffer in[AEGIS_MAX_TENSORS], out[AEGIS_MAX_TENSORS];
	int64_t submitted_ns;
	atomic_bool busy;
};

struct camera {
	aegis_runtime *rt;
	aegis_model_id id;
	const char *name;
	int64_t period_ns, until_ns;
	uint32_t n_in, n_out;
	struct slot slot[SLOTS];
	pthread_mutex_t lock; /* the answers' figures below (the callback writes them) */
	int64_t latency_ns[MAX_FRAMES];
	uint32_t frames, dropped, refused, answered, failed, top1_last;
};

static int64_t now_ns(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (int64_t)t.tv_sec * 1000000000 + t.tv_nsec;
}

static void sleep_until(int64_t t)
{
	struct timespec ts = {.tv_sec = t / 1000000000, .tv_nsec = t % 1000000000};
	while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, NULL) != 0)
		;
}

/* A frame: every input's bytes from the frame number (a camera would copy its image). */
static void capture(const struct camera *c, struct slot *s, uint32_t frame)
{
	for (uint32_t i = 0; i < c->n_in; i++) {
		unsigned char *p = s->in[i].host;
		for (uint64_t k = 0; k < s->in[i].bytes; k++)
			p[k] = (unsigned char)(frame * 31 + k * 7 + i);
	}
}

/* The index of the largest float of output 0 (NaNs skipped). */
static uint32_t top1(const aegis_buffer *out)
{
	const float *v = out->host;
	uint32_t n = (uint32_t)(out->bytes / sizeof(float)), best = 0;
	for (uint32_t k = 1; k < n; k++)
		if (v[k] == v[k] && !(v[best] == v[best] && v[best] >= v[k]))
			best = k;
	return best;
}

/* The answer, on the runtime's thread: short, as a callback must be. */
static void answered(void *user, const aegis_completion *done)
{
	struct slot *s = user;
	struct camera *c = s->cam;
	int64_t latency = now_ns() - s->submitted_ns;
	pthread_mutex_lock(&c->lock);
	if (done->status != AEGIS_OK) {
		c->failed++;
	} else {
		if (c->answered < MAX_FRAMES)
			c->latency_ns[c->answered] = latency;
		c->answered++;
		if (c->n_out)
			c->top1_last = top1(&s->out[0]);
	}
	pthread_mutex_unlock(&c->lock);
	atomic_store(&s->busy, false);
}

static void *run_camera(void *arg)
{
	struct camera *c = arg;
	int64_t period = c->period_ns + c->period_ns / 20, t = now_ns();
	for (uint32_t frame = 0; t < c->until_ns; frame++, t += period) {
		sleep_until(t);
		c->frames++;
		struct slot *s = NULL;
		for (int k = 0; k < SLOTS && !s; k++)
			if (!atomic_exchange(&c->slot[k].busy, true))
				s = &c->slot[k];
		if (!s) {
			c->dropped++;
			continue;
		}
		capture(c, s, frame);
		aegis_request req = {.done = answered, .user = s, .inputs = s->in,
				     .n_inputs = c->n_in, .outputs = s->out, .n_outputs = c->n_out};
		s->submitted_ns = now_ns();
		if (aegis_request_submit(c->rt, c->id, &req) != AEGIS_OK) {
			pthread_mutex_lock(&c->lock);
			c->refused++; /* a frame too early or a full queue: refused, not buffered */
			if (getenv("CAMERAS_DEBUG"))
				fprintf(stderr, "%s\n", aegis_runtime_last_error(c->rt));
			pthread_mutex_unlock(&c->lock);
			atomic_store(&s->busy, false);
		}
	}
	while (atomic_load(&c->slot[0].busy) || atomic_load(&c->slot[1].busy))
		sleep_until(now_ns() + 1000000); /* the last answers */
	return NULL;
}

static int cmp_i64(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
	return (x > y) - (x < y);
}

/* Buffers for every tensor of the camera's model, one set per slot. */
static int buffers(struct camera *c)
{
	if (aegis_model_tensor_count(c->rt, c->id, &c->n_in, &c->n_out) != AEGIS_OK)
		return -1;
	for (uint32_t i = 0; i < c->n_in + c->n_out; i++) {
		aegis_tensor_desc d;
		bool out = i >= c->n_in;
		if (aegis_model_tensor_get(c->rt, c->id, out, out ? i - c->n_in : i, &d))
			return -1;
		for (int k = 0; k < SLOTS; k++) {
			struct slot *s = &c->slot[k];
			aegis_buffer *b = out ? &s->out[i - c->n_in] : &s->in[i];
			s->cam = c;
			b->bytes = d.bytes;
			if (!(b->host = calloc(1, d.bytes)))
				return -1;
		}
	}
	return 0;
}

static void report(struct camera *c)
{
	uint32_t n = c->answered < MAX_FRAMES ? c->answered : MAX_FRAMES;
	qsort(c->latency_ns, n, sizeof c->latency_ns[0], cmp_i64);
	printf("%-12s %6u %7u %7u %8u %6u", c->name, c->frames, c->dropped, c->refused,
	       c->answered, c->failed);
	if (n)
		printf(" %9.3f %9.3f %9.3f %6u", c->latency_ns[n / 2] / 1e6,
		       c->latency_ns[n * 99 / 100] / 1e6, c->latency_ns[n - 1] / 1e6,
		       c->top1_last);
	printf("\n");
}

int main(int argc, char **argv)
{
	const char *path = "examples/cameras.yaml", *device = NULL;
	double seconds = 0;
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--device") && i + 1 < argc)
			device = argv[++i];
		else if (!strcmp(argv[i], "--seconds") && i + 1 < argc)
			seconds = atof(argv[++i]);
		else
			path = argv[i];
	}
	char err[512];
	aegis_workload *w;
	if (aegis_workload_load(path, &w, err, sizeof err) != AEGIS_OK) {
		fprintf(stderr, "cameras: %s\n", err);
		return 2;
	}
	aegis_runtime_config cfg = *aegis_workload_runtime(w);
	cfg.clock = AEGIS_CLOCK_REAL; /* cameras live in real time */
	if (device)
		cfg.device = device;
	aegis_runtime *rt;
	if (aegis_runtime_create(&cfg, &rt, err, sizeof err) != AEGIS_OK) {
		fprintf(stderr, "cameras: %s\n", err);
		return 1;
	}
	static struct camera cams[MAX_CAMERAS];
	uint32_t n = 0;
	int64_t run_ns = seconds > 0 ? (int64_t)(seconds * 1e9) : aegis_workload_duration_ns(w);
	int64_t until = now_ns() + (run_ns ? run_ns : 2 * AEGIS_NS_PER_S);
	for (uint32_t i = 0; i < aegis_workload_model_count(w) && n < MAX_CAMERAS; i++) {
		const aegis_model_config *m = aegis_workload_model(w, i);
		struct camera *c = &cams[n];
		*c = (struct camera){.rt = rt, .name = m->name, .period_ns = m->period_ns,
				     .until_ns = until};
		pthread_mutex_init(&c->lock, NULL);
		if (aegis_model_admit(rt, m, &c->id) != AEGIS_OK) {
			fprintf(stderr, "cameras: %s\n", aegis_runtime_last_error(rt));
			return 1;
		}
		if (m->release == AEGIS_RELEASE_SPORADIC && buffers(c) == 0)
			n++;
	}
	pthread_t t[MAX_CAMERAS];
	if (aegis_runtime_start(rt) != AEGIS_OK)
		return 1;
	for (uint32_t i = 0; i < n; i++)
		pthread_create(&t[i], NULL, run_camera, &cams[i]);
	for (uint32_t i = 0; i < n; i++)
		pthread_join(t[i], NULL);
	aegis_runtime_stop(rt);
	printf("%-12s %6s %7s %7s %8s %6s %9s %9s %9s %6s\n", "camera", "frames", "dropped",
	       "refused", "answered", "failed", "p50_ms", "p99_ms", "max_ms", "top1");
	uint32_t lost = 0;
	for (uint32_t i = 0; i < n; i++) {
		report(&cams[i]);
		lost += cams[i].failed;
		for (int k = 0; k < SLOTS; k++) {
			for (uint32_t b = 0; b < cams[i].n_in; b++)
				free(cams[i].slot[k].in[b].host);
			for (uint32_t b = 0; b < cams[i].n_out; b++)
				free(cams[i].slot[k].out[b].host);
		}
		pthread_mutex_destroy(&cams[i].lock);
	}
	aegis_runtime_destroy(rt);
	aegis_workload_destroy(w);
	return lost ? 1 : 0;
}
