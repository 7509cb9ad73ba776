/* Status codes: one table defines every code once, with its class and message.
 * Must not hold any global error state; per-object detail lives in the object. */
#ifndef AEGIS_STATUS_H
#define AEGIS_STATUS_H

#include "aegis/export.h"

#ifdef __cplusplus
extern "C" {
#endif

/* How the caller should react to a status (vision 6.6). */
typedef enum aegis_status_class {
	AEGIS_CLASS_NONE = 0,  /* success */
	AEGIS_CLASS_TRANSIENT, /* resource exhausted now: the caller may retry later */
	AEGIS_CLASS_PERMANENT, /* bad input or configuration: retrying cannot help */
	AEGIS_CLASS_FATAL,     /* device lost or poisoned: the runtime must stop */
} aegis_status_class;

/* X(name, class, message) */
#define AEGIS_STATUS_TABLE(X)                                                              \
	X(OK, NONE, "success")                                                             \
	X(E_QUEUE_FULL, TRANSIENT, "the model's queue is full")                            \
	X(E_INTERARRIVAL, TRANSIENT, "submission violates the minimum inter-arrival time") \
	X(E_SKIPPED, TRANSIENT, "release skipped by the model's deadline-miss policy")     \
	X(E_CANCELLED, TRANSIENT, "cancelled: the runtime stopped before the job ran")     \
	X(E_BUDGET, TRANSIENT, "budget exhausted")                                         \
	X(E_NOMEM, TRANSIENT, "out of host memory")                                        \
	X(E_BUSY, TRANSIENT, "refused while work is in flight")                            \
	X(E_INVAL, PERMANENT, "invalid argument")                                          \
	X(E_CONFIG, PERMANENT, "invalid configuration")                                    \
	X(E_IO, PERMANENT, "cannot read or write a file")                                  \
	X(E_NOT_FOUND, PERMANENT, "no such object")                                        \
	X(E_EXISTS, PERMANENT, "an object of that name exists already")                    \
	X(E_LIMIT, PERMANENT, "a fixed limit would be exceeded")                           \
	X(E_OVERFLOW, PERMANENT, "time arithmetic would overflow")                         \
	X(E_STATE, PERMANENT, "operation not allowed in the object's current state")       \
	X(E_UNSUPPORTED, PERMANENT, "not supported by this device or backend")             \
	X(E_UNSCHEDULABLE, PERMANENT, "the workload cannot meet its deadlines")            \
	X(E_BACKEND, PERMANENT, "the backend failed the job")                              \
	X(E_DEVICE_LOST, FATAL, "the device was lost")                                    \
	X(E_OVERRUN, TRANSIENT, "the job ran past its time budget and was stopped")        \
	X(E_QUARANTINED, TRANSIENT, "the model is quarantined after repeated faults")      \
	X(E_TIMEOUT, TRANSIENT, "the wait timed out")

typedef enum aegis_status {
#define AEGIS_X_ENUM(name, cls, msg) AEGIS_##name,
	AEGIS_STATUS_TABLE(AEGIS_X_ENUM)
#undef AEGIS_X_ENUM
	AEGIS_STATUS_COUNT_
} aegis_status;

/* "AEGIS_E_QUEUE_FULL"; "AEGIS_E_UNKNOWN" for a value outside the table. */
AEGIS_API const char *aegis_status_name(aegis_status s);
/* The one-line message of the table. */
AEGIS_API const char *aegis_status_str(aegis_status s);
/* The class of the table; AEGIS_CLASS_PERMANENT for a value outside it. */
AEGIS_API aegis_status_class aegis_status_class_of(aegis_status s);
/* "none", "transient", "permanent", "fatal". */
AEGIS_API const char *aegis_status_class_name(aegis_status_class c);

#ifdef __cplusplus
}
#endif
#endif
