/* cuDNN and cuBLAS, reached at run time (dlopen) as libcuda is (cuda_api.h): the library
 * links neither, so every program runs where they are absent, and only an executor
 * (onnx_exec.c) loads them. Each table is owned by its executor; no global state. */
#ifndef AEGIS_BACKEND_ONNX_LIBS_H
#define AEGIS_BACKEND_ONNX_LIBS_H

#include <stddef.h>

#include <cublas_v2.h>
#include <cudnn.h>

#include "aegis/status.h"

/* The names tried, first to last: the loader's path, then the toolkit's own folder. */
#define ONNX_CUDNN_SONAMES {"libcudnn.so.9", "libcudnn.so", "/usr/local/cuda/lib64/libcudnn.so.9"}
#define ONNX_CUBLAS_SONAMES {"libcublas.so.13", "libcublas.so", "/usr/local/cuda/lib64/libcublas.so.13"}

/* Every entry point the executor calls: cuDNN's legacy convolution API (the fallback)
 * and its graph (backend) API (cudnn_graph.h), which runs a Conv for a fraction of the
 * legacy API's host time. cublas_v2.h maps some names to their _v2 symbols
 * (cublasCreate -> cublasCreate_v2): the members carry the mapped names, and calls
 * written with the plain names reach them through the same macros. */
#define ONNX_DNN_FUNCS(X)                                                                 \
	X(cudnnCreate) X(cudnnDestroy) X(cudnnSetStream) X(cudnnGetErrorString)           \
	X(cudnnCreateTensorDescriptor) X(cudnnSetTensor4dDescriptor)                      \
	X(cudnnDestroyTensorDescriptor) X(cudnnCreateFilterDescriptor)                    \
	X(cudnnSetFilter4dDescriptor) X(cudnnDestroyFilterDescriptor)                     \
	X(cudnnCreateConvolutionDescriptor) X(cudnnSetConvolution2dDescriptor)            \
	X(cudnnSetConvolutionGroupCount) X(cudnnSetConvolutionMathType)                   \
	X(cudnnDestroyConvolutionDescriptor) X(cudnnGetConvolution2dForwardOutputDim)     \
	X(cudnnGetConvolutionForwardAlgorithm_v7) X(cudnnGetConvolutionForwardWorkspaceSize) \
	X(cudnnConvolutionForward)                                                        \
	X(cudnnBackendCreateDescriptor) X(cudnnBackendDestroyDescriptor)                  \
	X(cudnnBackendSetAttribute) X(cudnnBackendGetAttribute) X(cudnnBackendFinalize)   \
	X(cudnnBackendExecute)
#define ONNX_BLAS_FUNCS(X)                                                                \
	X(cublasCreate) X(cublasDestroy) X(cublasSetStream) X(cublasSetMathMode)          \
	X(cublasSetPointerMode) X(cublasSetWorkspace) X(cublasSgemm)                      \
	X(cublasSgemmStridedBatched) X(cublasGetStatusString)

struct onnx_libs {
	void *dnn_so, *blas_so; /* owned: dlopen handles */
#define ONNX_LIBS_MEMBER(f) __typeof__(&f) f;
	ONNX_DNN_FUNCS(ONNX_LIBS_MEMBER)
	ONNX_BLAS_FUNCS(ONNX_LIBS_MEMBER)
#undef ONNX_LIBS_MEMBER
};

/* Opens both libraries and fills the table; on failure nothing stays open and detail
 * says which library or symbol is missing (AEGIS_E_UNSUPPORTED). */
aegis_status onnx_libs_load(struct onnx_libs *l, char *detail, size_t detail_len);
/* Closes what onnx_libs_load opened; a zeroed table is fine. */
void onnx_libs_unload(struct onnx_libs *l);

/* A cuDNN or cuBLAS status as an aegis status: allocation failures AEGIS_E_NOMEM, bad
 * parameters AEGIS_E_INVAL, what the library does not do AEGIS_E_UNSUPPORTED, the rest
 * AEGIS_E_BACKEND. */
aegis_status onnx_dnn_status(cudnnStatus_t s);
aegis_status onnx_blas_status(cublasStatus_t s);

#endif
