/* The names of the trace's enums (aegis/trace.h), as exporters and tools print them.
 * Must not format events: the exporters in src/export/ do. */
#include "aegis/trace.h"

const char *aegis_event_kind_name(aegis_event_kind k)
{
	switch (k) {
	case AEGIS_EV_RELEASE: return "release";
	case AEGIS_EV_REJECT: return "reject";
	case AEGIS_EV_START: return "start";
	case AEGIS_EV_SEGMENT_END: return "segment_end";
	case AEGIS_EV_PREEMPT: return "preempt";
	case AEGIS_EV_COMPLETE: return "complete";
	case AEGIS_EV_MISS: return "miss";
	case AEGIS_EV_DECIDE: return "decide";
	case AEGIS_EV_ALLOC: return "alloc";
	case AEGIS_EV_FREE: return "free";
	case AEGIS_EV_ADMIT: return "admit";
	case AEGIS_EV_FAULT: return "fault";
	case AEGIS_EV_HEALTH: return "health";
	case AEGIS_EV_KIND_COUNT_: break;
	}
	return "unknown";
}

const char *aegis_fault_kind_name(aegis_fault_kind k)
{
	switch (k) {
	case AEGIS_FAULT_OVERRUN: return "overrun";
	case AEGIS_FAULT_BREACH: return "breach";
	case AEGIS_FAULT_FAILED: return "failed";
	case AEGIS_FAULT_FATAL: return "fatal";
	}
	return "unknown";
}

const char *aegis_decide_reason_name(aegis_decide_reason r)
{
	switch (r) {
	case AEGIS_DECIDE_FREE: return "free";
	case AEGIS_DECIDE_CONTINUE: return "continue";
	case AEGIS_DECIDE_PREEMPT: return "preempt";
	}
	return "unknown";
}

const char *aegis_mem_region_name(aegis_mem_region r)
{
	switch (r) {
	case AEGIS_MEM_PERSISTENT: return "persistent";
	case AEGIS_MEM_IO: return "io";
	case AEGIS_MEM_ARENA: return "arena";
	}
	return "unknown";
}
