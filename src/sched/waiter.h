/* The dispatcher's side of aegis_waiter (aegis/runtime.h): posting a request's end.
 * Must not be called twice for one submission. */
#ifndef AEGIS_SCHED_WAITER_H
#define AEGIS_SCHED_WAITER_H

#include "aegis/runtime.h"

/* Stores c in w and wakes its waiter. The dispatcher's thread. */
void waiter_post(aegis_waiter *w, const aegis_completion *c);

#endif
