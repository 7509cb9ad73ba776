/* Loads the cuDNN and cuBLAS tables of onnx_libs.h with dlopen/dlsym. Must not link
 * either library, nor keep global state. */
#include <dlfcn.h>
#include <stdio.h>
#include <string.h>

#include "backend/onnx/onnx_libs.h"

#define ONNX_STR(f) #f
#define ONNX_XSTR(f) ONNX_STR(f) /* the name after cublas_v2.h's mapping */

static void *open_first(const char *const *names, size_t n, char *detail, size_t detail_len)
{
	for (size_t i = 0; i < n; i++) {
		void *h = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
		if (h)
			return h;
	}
	const char *why = dlerror();
	snprintf(detail, detail_len, "cannot open %s: %s", names[0], why ? why : "not found");
	return NULL;
}

static int sym(void *so, const char *name, void *fn_ptr)
{
	void *p = dlsym(so, name);
	memcpy(fn_ptr, &p, sizeof p); /* POSIX: a function pointer holds dlsym's result */
	return p != NULL;
}

aegis_status onnx_libs_load(struct onnx_libs *l, char *detail, size_t detail_len)
{
	static const char *const dnn[] = ONNX_CUDNN_SONAMES, *const blas[] = ONNX_CUBLAS_SONAMES;
	memset(l, 0, sizeof *l);
	const char *missing = NULL;
	if (!(l->dnn_so = open_first(dnn, sizeof dnn / sizeof dnn[0], detail, detail_len)) ||
	    !(l->blas_so = open_first(blas, sizeof blas / sizeof blas[0], detail, detail_len)))
		goto fail;
#define ONNX_LOAD_DNN(f) \
	if (!missing && !sym(l->dnn_so, ONNX_XSTR(f), &l->f)) \
		missing = ONNX_XSTR(f);
#define ONNX_LOAD_BLAS(f) \
	if (!missing && !sym(l->blas_so, ONNX_XSTR(f), &l->f)) \
		missing = ONNX_XSTR(f);
	ONNX_DNN_FUNCS(ONNX_LOAD_DNN)
	ONNX_BLAS_FUNCS(ONNX_LOAD_BLAS)
#undef ONNX_LOAD_DNN
#undef ONNX_LOAD_BLAS
	if (!missing)
		return AEGIS_OK;
	snprintf(detail, detail_len, "%s lacks %s", strncmp(missing, "cudnn", 5) == 0
			 ? "cuDNN" : "cuBLAS", missing);
fail:
	onnx_libs_unload(l);
	return AEGIS_E_UNSUPPORTED;
}

void onnx_libs_unload(struct onnx_libs *l)
{
	if (l->blas_so)
		dlclose(l->blas_so);
	if (l->dnn_so)
		dlclose(l->dnn_so);
	memset(l, 0, sizeof *l);
}

aegis_status onnx_dnn_status(cudnnStatus_t s)
{
	if (s == CUDNN_STATUS_SUCCESS)
		return AEGIS_OK;
	if (s == CUDNN_STATUS_INTERNAL_ERROR_HOST_ALLOCATION_FAILED ||
	    s == CUDNN_STATUS_INTERNAL_ERROR_DEVICE_ALLOCATION_FAILED)
		return AEGIS_E_NOMEM;
	switch ((int)s / 1000) {
	case 2:
		return AEGIS_E_INVAL;
	case 3:
		return AEGIS_E_UNSUPPORTED;
	default:
		return AEGIS_E_BACKEND;
	}
}

aegis_status onnx_blas_status(cublasStatus_t s)
{
	switch (s) {
	case CUBLAS_STATUS_SUCCESS:
		return AEGIS_OK;
	case CUBLAS_STATUS_ALLOC_FAILED:
		return AEGIS_E_NOMEM;
	case CUBLAS_STATUS_INVALID_VALUE:
		return AEGIS_E_INVAL;
	case CUBLAS_STATUS_NOT_SUPPORTED:
	case CUBLAS_STATUS_ARCH_MISMATCH:
		return AEGIS_E_UNSUPPORTED;
	default:
		return AEGIS_E_BACKEND;
	}
}
