/* Umbrella header: everything a caller of libaegis needs. */
#ifndef AEGIS_AEGIS_H
#define AEGIS_AEGIS_H

#include "aegis/analysis.h"
#include "aegis/planner.h"
#include "aegis/backends.h"
#include "aegis/device.h"
#include "aegis/hist.h"
#include "aegis/profile.h"
#include "aegis/status.h"
#include "aegis/taskset.h"
#include "aegis/time.h"
#include "aegis/trace.h"
#include "aegis/runtime.h"
#include "aegis/size.h"
#include "aegis/workload.h"

#define AEGIS_VERSION_STRING "0.1.0"

#endif
