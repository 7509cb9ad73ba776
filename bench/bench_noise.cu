// bench_noise: how much time the platform steals, measured on both sides, before a
// schedule with tight deadlines is trusted on a machine (docs/ANALYSIS.md, "Host
// stalls"; `make bench-gpu` runs it first).
//
//   host: one thread reads CLOCK_MONOTONIC in a busy loop, as the dispatcher polls its
//         events; every gap above --gap is time the thread did not run (preempted by
//         the kernel or, in a VM, by the hypervisor);
//   GPU:  one thread on one SM reads %globaltimer and clock64 in a loop; a gap is time
//         the SM did not run it (a context switch, a preemption), and clock64 per
//         globaltimer ns over each 1 ms window is the SM clock (a drop stretches a
//         kernel of fixed work).
// Both run at once for --seconds. Prints histograms, the worst events with their times
// (host: since the start; GPU: globaltimer since the kernel's start) and, per window
// length w, the most host time lost inside any window of w (gaps summed): what
// runtime.host_stall must cover for busy windows up to w.
//
// Usage: bench_noise [--seconds S] [--gap US]
#define _POSIX_C_SOURCE 200809L
#include <cuda_runtime.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define MAX_EVENTS 65536           /* GPU gaps kept */
#define MAX_HOST_EVENTS (1u << 21) /* host gaps kept */
#define WINDOW_NS 1000000ull

static __device__ __forceinline__ unsigned long long gtimer()
{
	unsigned long long t;
	asm volatile("mov.u64 %0, %%globaltimer;" : "=l"(t));
	return t;
}

// ev: pairs (at, gap) since the start; rate: cycles per us of each 1 ms window.
__global__ void watch(unsigned long long dur_ns, unsigned long long gap_ns,
		      unsigned long long *ev, unsigned *n_ev, float *rate, unsigned max_windows,
		      unsigned *n_windows)
{
	const unsigned long long g0 = gtimer();
	long long cw = clock64();
	unsigned long long last = g0, w0 = g0;
	unsigned n = 0, nw = 0;
	for (;;) {
		unsigned long long g = gtimer();
		long long c = clock64();
		if (g - last > gap_ns) {
			if (n < MAX_EVENTS) {
				ev[2 * n] = last - g0;
				ev[2 * n + 1] = g - last;
			}
			n++;
		}
		last = g;
		if (g - w0 >= WINDOW_NS) {
			if (nw < max_windows)
				rate[nw++] = (float)(c - cw) * 1000.0f / (float)(g - w0);
			w0 = g;
			cw = c;
		}
		if (g - g0 >= dur_ns)
			break;
	}
	*n_ev = n;
	*n_windows = nw;
}

static long long now_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static const long long bins_us[] = {5, 20, 50, 100, 200, 500, 1000, 2000, 5000};
#define N_BINS (sizeof bins_us / sizeof bins_us[0])

static void histogram(const char *who, const unsigned long long *ev, unsigned n, double secs)
{
	unsigned long long count[N_BINS] = {0}, total = 0, worst = 0;
	for (unsigned i = 0; i < n; i++) {
		unsigned long long g = ev[2 * i + 1];
		total += g;
		worst = g > worst ? g : worst;
		for (int b = (int)N_BINS - 1; b >= 0; b--)
			if ((long long)g >= bins_us[b] * 1000) {
				count[b]++;
				break;
			}
	}
	printf("%s: %u gaps in %.0f s, %.3f ms lost in all, worst %.1f us\n", who, n, secs,
	       (double)total / 1e6, (double)worst / 1e3);
	for (unsigned b = 0; b < N_BINS; b++)
		printf("  >= %5lld us: %llu\n", bins_us[b], count[b]);
}

static int by_gap(const void *a, const void *b)
{
	const unsigned long long *x = (const unsigned long long *)a, *y = (const unsigned long long *)b;
	return (x[1] < y[1]) - (x[1] > y[1]);
}

// The most gap time that starts inside any window [s, s + w) (a gap running past the
// window's end counts whole, which over-states), for gaps sorted by start.
static unsigned long long window_max(const unsigned long long *ev, unsigned n,
				     unsigned long long w)
{
	unsigned long long best = 0, sum = 0;
	for (unsigned lo = 0, hi = 0; lo < n; lo++) {
		while (hi < n && ev[2 * hi] < ev[2 * lo] + w)
			sum += ev[2 * hi++ + 1];
		best = sum > best ? sum : best;
		sum -= ev[2 * lo + 1];
	}
	return best;
}

static void windows(const unsigned long long *ev, unsigned n)
{
	static const unsigned long long w_ms[] = {1, 2, 5, 10, 20, 50, 100, 1000};
	printf("host: most time lost in any window of w (gaps summed):");
	for (unsigned i = 0; i < sizeof w_ms / sizeof w_ms[0]; i++)
		printf(" %llums:%.0fus", w_ms[i], (double)window_max(ev, n, w_ms[i] * 1000000ull) / 1e3);
	printf("\n");
}

static void worst(const char *who, unsigned long long *ev, unsigned n, unsigned k)
{
	qsort(ev, n, 2 * sizeof *ev, by_gap);
	printf("%s: worst gaps (at s, length us):", who);
	for (unsigned i = 0; i < n && i < k; i++)
		printf(" %.3f:%.0f", (double)ev[2 * i] / 1e9, (double)ev[2 * i + 1] / 1e3);
	printf("\n");
}

static int check(cudaError_t e, const char *what)
{
	if (e == cudaSuccess)
		return 0;
	fprintf(stderr, "bench_noise: %s: %s\n", what, cudaGetErrorString(e));
	return 1;
}

int main(int argc, char **argv)
{
	double secs = 30;
	long long gap_us = 5;
	for (int i = 1; i + 1 < argc; i += 2) {
		if (!strcmp(argv[i], "--seconds"))
			secs = atof(argv[i + 1]);
		else if (!strcmp(argv[i], "--gap"))
			gap_us = atoll(argv[i + 1]);
	}
	if (!(secs > 0 && secs <= 600) || gap_us < 1) {
		fprintf(stderr, "usage: bench_noise [--seconds 1..600] [--gap US]\n");
		return 2;
	}
	int gpus = 0;
	if (cudaGetDeviceCount(&gpus) != cudaSuccess || gpus == 0) {
		printf("bench_noise: no GPU: nothing to measure\n");
		return 0;
	}
	unsigned max_windows = (unsigned)(secs * 1000) + 16;
	unsigned long long *ev_d, *gpu_ev;
	unsigned *n_d, n_gpu, nw;
	float *rate_d, *rate;
	if (check(cudaMalloc(&ev_d, 2 * MAX_EVENTS * sizeof *ev_d), "cudaMalloc") ||
	    check(cudaMalloc(&n_d, 2 * sizeof *n_d), "cudaMalloc") ||
	    check(cudaMalloc(&rate_d, max_windows * sizeof *rate_d), "cudaMalloc"))
		return 1;
	gpu_ev = (unsigned long long *)malloc(2 * MAX_EVENTS * sizeof *gpu_ev);
	rate = (float *)malloc(max_windows * sizeof *rate);
	unsigned long long *host_ev =
		(unsigned long long *)malloc(2 * (size_t)MAX_HOST_EVENTS * sizeof *host_ev);
	if (!gpu_ev || !rate || !host_ev)
		return 1;
	watch<<<1, 1>>>(1000000ull, 1000000000ull, ev_d, n_d, rate_d, 1, n_d + 1); // warm-up
	if (check(cudaDeviceSynchronize(), "warm-up"))
		return 1;
	long long dur = (long long)(secs * 1e9);
	watch<<<1, 1>>>((unsigned long long)dur, (unsigned long long)gap_us * 1000, ev_d, n_d,
			rate_d, max_windows, n_d + 1);
	if (check(cudaGetLastError(), "launch"))
		return 1;
	long long t0 = now_ns(), last = t0;
	unsigned n_host = 0;
	for (;;) {
		long long t = now_ns();
		if (t - last > gap_us * 1000) {
			if (n_host < MAX_HOST_EVENTS) {
				host_ev[2 * n_host] = (unsigned long long)(last - t0);
				host_ev[2 * n_host + 1] = (unsigned long long)(t - last);
			}
			n_host++;
		}
		last = t;
		if (t - t0 >= dur)
			break;
	}
	if (check(cudaDeviceSynchronize(), "watch") ||
	    check(cudaMemcpy(&n_gpu, n_d, sizeof n_gpu, cudaMemcpyDeviceToHost), "copy") ||
	    check(cudaMemcpy(&nw, n_d + 1, sizeof nw, cudaMemcpyDeviceToHost), "copy"))
		return 1;
	unsigned kept = n_gpu < MAX_EVENTS ? n_gpu : MAX_EVENTS;
	if (check(cudaMemcpy(gpu_ev, ev_d, 2 * kept * sizeof *gpu_ev, cudaMemcpyDeviceToHost), "copy") ||
	    check(cudaMemcpy(rate, rate_d, nw * sizeof *rate, cudaMemcpyDeviceToHost), "copy"))
		return 1;
	unsigned host_kept = n_host < MAX_HOST_EVENTS ? n_host : MAX_HOST_EVENTS;
	histogram("host", host_ev, host_kept, secs);
	windows(host_ev, host_kept); /* host_ev is in time order until worst() sorts it */
	worst("host", host_ev, host_kept, 15);
	histogram("gpu", gpu_ev, kept, secs);
	worst("gpu", gpu_ev, kept, 15);
	float lo = 1e30f, hi = 0;
	double sum = 0;
	for (unsigned i = 0; i < nw; i++) {
		lo = rate[i] < lo ? rate[i] : lo;
		hi = rate[i] > hi ? rate[i] : hi;
		sum += rate[i];
	}
	printf("gpu SM clock over %u windows of 1 ms: mean %.1f MHz, min %.1f, max %.1f\n", nw,
	       nw ? sum / nw : 0.0, lo, hi);
	unsigned slow = 0;
	printf("gpu windows below 97%% of the max clock (at s: MHz):");
	for (unsigned i = 0; i < nw; i++)
		if (rate[i] < 0.97f * hi && slow++ < 20)
			printf(" %.3f:%.0f", (double)i / 1e3, rate[i]);
	printf("  (%u in all)\n", slow);
	return 0;
}
