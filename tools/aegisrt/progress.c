/* The run loop of `aegisrt run`: the run goes in slices of run_for, so that a signal
 * stops it between two of them, with a live progress line on stderr between them on a
 * terminal, cleared at the end. Must not change the run: run_for's boundaries are
 * exact (docs/ARCHITECTURE.md, "Order within an instant"), so any slicing gives the
 * same events. */
#define _POSIX_C_SOURCE 200809L
#include <inttypes.h>
#include <time.h>

#include "cli.h"

#define PROGRESS_REAL_SLICE_NS (50 * AEGIS_NS_PER_MS) /* real time: a slice's length */
#define SLICE_FIRST_NS AEGIS_NS_PER_MS               /* virtual time: the first slice */
#define SLICE_REAL_NS (20 * AEGIS_NS_PER_MS)         /* ... and the real time it aims at */
#define PROGRESS_MIN_GAP_NS (100 * AEGIS_NS_PER_MS)    /* at most 10 lines a second */

static int64_t wall_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * AEGIS_NS_PER_S + ts.tv_nsec;
}

static void progress_line(FILE *f, const aegis_runtime *rt, int64_t done_ns, int64_t duration_ns,
			  int64_t real_ns, bool real_time)
{
	uint64_t completed = 0, missed = 0;
	for (uint32_t i = 0; i < aegis_runtime_model_count(rt); i++) {
		aegis_model_stats s;
		if (aegis_model_stats_get(rt, i, &s) == AEGIS_OK) {
			completed += s.completed;
			missed += s.missed;
		}
	}
	char a[32], b[32], c[32];
	aegis_duration_format(done_ns, a, sizeof a);
	aegis_duration_format(duration_ns, b, sizeof b);
	if (real_time)
		fprintf(f, "\r%s / %s", a, b);
	else
		fprintf(f, "\r%s / %s virtual, %s real", a, b,
			aegis_duration_format(real_ns, c, sizeof c));
	fprintf(f, ": %" PRIu64 " jobs completed, %" PRIu64 " missed\033[K", completed, missed);
	fflush(f);
}

aegis_status cli_run_with_progress(aegis_runtime *rt, int64_t duration_ns, FILE *tty,
				   const volatile sig_atomic_t *stop, int64_t *ran_ns)
{
	aegis_device_info info;
	bool real_time = aegis_runtime_device_info(rt, &info) == AEGIS_OK && info.real_time;
	/* A slice of virtual time takes an unknown real time: it starts small and is
	 * doubled while a slice takes less than SLICE_REAL_NS (halved above 2x), so that a
	 * signal waits about that long and the calls cost nothing next to the run. */
	int64_t slice = real_time ? PROGRESS_REAL_SLICE_NS : SLICE_FIRST_NS;
	int64_t t0 = wall_ns(), last = INT64_MIN, done = 0;
	aegis_status st = AEGIS_OK;
	while (done < duration_ns && st == AEGIS_OK && !*stop) {
		int64_t step = duration_ns - done < slice ? duration_ns - done : slice;
		int64_t before = wall_ns();
		st = aegis_runtime_run_for(rt, step);
		done += step;
		int64_t now = wall_ns();
		if (!real_time && now - before < SLICE_REAL_NS && slice <= INT64_MAX / 2)
			slice *= 2;
		else if (!real_time && now - before > 2 * SLICE_REAL_NS && slice > 1)
			slice /= 2;
		if (tty && (last == INT64_MIN || now - last >= PROGRESS_MIN_GAP_NS)) {
			progress_line(tty, rt, done, duration_ns, now - t0, real_time);
			last = now;
		}
	}
	*ran_ns = done;
	if (tty) {
		fputs("\r\033[K", tty); /* cleared: the report follows on a clean line */
		fflush(tty);
	}
	return st;
}
