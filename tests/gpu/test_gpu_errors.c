/* GPU test: CUDA errors map to status classes (allocation transient, invalid argument
 * permanent, no device unsupported, sticky fatal: in a child process, since it poisons
 * the context) with call, error name and file:line recorded. Skips (77) without a GPU. */
#define _POSIX_C_SOURCE 200809L
#include <setjmp.h>
#include <spawn.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <sys/wait.h>

#include <cmocka.h>

#include "device/cuda/cuda_api.h"
#include "device/cuda/cuda_check.h"
#include "device/cuda/cuda_probe.h"
#include "gpu_test.h"

extern char **environ;
static const char *self_path;

static void test_table(void **state)
{
	(void)state;
	static const struct {
		int code;
		aegis_status st;
		aegis_status_class cls;
	} cases[] = {
		{cudaErrorMemoryAllocation, AEGIS_E_NOMEM, AEGIS_CLASS_TRANSIENT},
		{CUDA_ERROR_OUT_OF_MEMORY, AEGIS_E_NOMEM, AEGIS_CLASS_TRANSIENT},
		{cudaErrorInvalidValue, AEGIS_E_INVAL, AEGIS_CLASS_PERMANENT},
		{CUDA_ERROR_INVALID_HANDLE, AEGIS_E_INVAL, AEGIS_CLASS_PERMANENT},
		{cudaErrorInvalidConfiguration, AEGIS_E_INVAL, AEGIS_CLASS_PERMANENT},
		{cudaErrorNoDevice, AEGIS_E_UNSUPPORTED, AEGIS_CLASS_PERMANENT},
		{cudaErrorInsufficientDriver, AEGIS_E_UNSUPPORTED, AEGIS_CLASS_PERMANENT},
		{CUDA_ERROR_NOT_SUPPORTED, AEGIS_E_UNSUPPORTED, AEGIS_CLASS_PERMANENT},
		{cudaErrorIllegalAddress, AEGIS_E_DEVICE_LOST, AEGIS_CLASS_FATAL},
		{CUDA_ERROR_LAUNCH_FAILED, AEGIS_E_DEVICE_LOST, AEGIS_CLASS_FATAL},
		{cudaErrorECCUncorrectable, AEGIS_E_DEVICE_LOST, AEGIS_CLASS_FATAL},
		{cudaErrorAssert, AEGIS_E_DEVICE_LOST, AEGIS_CLASS_FATAL},
		{CUDA_ERROR_NOT_READY, AEGIS_E_BUSY, AEGIS_CLASS_TRANSIENT},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		assert_int_equal(cuda_status_of(cases[i].code), cases[i].st);
		assert_int_equal(aegis_status_class_of(cases[i].st), cases[i].cls);
	}
}

/* Real failing calls, runtime and driver, through the one macro. */
static void test_live_calls(void **state)
{
	(void)state;
	struct cu_api api;
	char detail[256];
	assert_int_equal(cuda_api_load(&api, detail, sizeof detail), AEGIS_OK);
	struct cuda_err e = {.api = &api};
	void *p = NULL;
	assert_int_equal(CUDA_CHECK(&e, cudaMalloc(&p, (size_t)1 << 50)), AEGIS_E_NOMEM);
	printf("  %s\n", e.text);
	assert_non_null(strstr(e.text, "cudaMalloc(&p, (size_t)1 << 50)"));
	assert_non_null(strstr(e.text, "cudaErrorMemoryAllocation"));
	assert_non_null(strstr(e.text, "test_gpu_errors.c:"));
	assert_int_equal(e.status, AEGIS_E_NOMEM);

	assert_int_equal(CUDA_CHECK(&e, cudaSetDevice(9999)), AEGIS_E_INVAL);
	printf("  %s\n", e.text);
	assert_non_null(strstr(e.text, "cudaErrorInvalidDevice"));

	CUdevice dev;
	assert_int_equal(CUDA_CHECK(&e, api.cuDeviceGet(&dev, 9999)), AEGIS_E_INVAL);
	printf("  %s\n", e.text);
	assert_non_null(strstr(e.text, "CUDA_ERROR_INVALID_DEVICE"));
	assert_non_null(strstr(e.text, "api.cuDeviceGet(&dev, 9999)"));
	/* a non-sticky error does not resurface in later calls */
	assert_int_equal(CUDA_CHECK(&e, cudaSetDevice(0)), AEGIS_OK);
	assert_int_equal(CUDA_CHECK(&e, cudaGetLastError()), AEGIS_OK);
}

static void test_device_misuse(void **state)
{
	(void)state;
	aegis_status st;
	struct device *d = gpu_device_create(&(struct device_config){.lanes = 2}, &st);
	assert_int_equal(st, AEGIS_OK);
	assert_int_equal(d->ops->busy(d, 2, 1000), AEGIS_E_INVAL);
	assert_int_equal(d->ops->busy(d, 0, -1), AEGIS_E_INVAL);
	assert_int_equal(d->ops->commit(d, 7), AEGIS_E_INVAL);
	assert_int_equal(d->ops->busy(d, 0, 100000), AEGIS_OK);
	assert_int_equal(d->ops->commit(d, 0), AEGIS_OK);
	assert_int_equal(d->ops->busy(d, 0, 1000), AEGIS_E_STATE); /* committed, not done */
	assert_int_equal(d->ops->commit(d, 0), AEGIS_E_STATE);
	d->ops->destroy(d); /* drains the lane in flight */

	d = gpu_device_create(&(struct device_config){.lanes = 1, .ordinal = 99}, &st);
	assert_null(d);
	assert_int_equal(st, AEGIS_E_UNSUPPORTED);
	assert_int_equal(aegis_status_class_of(st), AEGIS_CLASS_PERMANENT);
}

/* Child: an illegal address in a kernel on lane 0 makes the device fatal. */
static int fault_child(void)
{
	aegis_status st;
	struct device *d = gpu_device_create(&(struct device_config){.lanes = 1}, &st);
	if (st != AEGIS_OK)
		return 2;
	if (cuda_probe_stream(d, 0, (const void *)16, (void *)16, 1 << 20, 1, 1, 32, NULL) ||
	    d->ops->commit(d, 0))
		return 3;
	st = AEGIS_OK;
	for (int i = 0; i < 1000000 && st == AEGIS_OK; i++)
		st = d->ops->advance(d, d->ops->now(d) + 1000000);
	const char *why = d->ops->last_error(d);
	printf("  child: advance -> %s: %s\n", aegis_status_name(st), why);
	int rc = st == AEGIS_E_DEVICE_LOST && strstr(why, "CUDA_ERROR_ILLEGAL_ADDRESS") ? 0 : 4;
	if (d->ops->busy(d, 0, 1000) != AEGIS_E_DEVICE_LOST)
		rc = 5;
	d->ops->destroy(d); /* releases handles despite the dead context */
	return rc;
}

static void test_sticky_fatal(void **state)
{
	(void)state;
	if (gpu_under_sanitizer()) {
		printf("  skipped under compute-sanitizer (the fault is deliberate)\n");
		return;
	}
	pid_t pid;
	char *argv[] = {(char *)self_path, "--fault-child", NULL};
	fflush(stdout);
	assert_int_equal(posix_spawn(&pid, self_path, NULL, NULL, argv, environ), 0);
	int status = 0;
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFEXITED(status));
	assert_int_equal(WEXITSTATUS(status), 0);
}

int main(int argc, char **argv)
{
	if (argc > 1 && strcmp(argv[1], "--fault-child") == 0)
		return fault_child();
	if (gpu_unavailable(NULL))
		return GPU_SKIP;
	self_path = "/proc/self/exe";
	(void)argv;
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_table),
		cmocka_unit_test(test_live_calls),
		cmocka_unit_test(test_device_misuse),
		cmocka_unit_test(test_sticky_fatal),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
