/* Names, messages and classes of status codes, generated from AEGIS_STATUS_TABLE.
 * Must not keep any state. */
#include "aegis/status.h"

static const struct {
	const char *name;
	const char *msg;
	aegis_status_class cls;
} status_info[] = {
#define AEGIS_X_INFO(n, c, m) {"AEGIS_" #n, m, AEGIS_CLASS_##c},
	AEGIS_STATUS_TABLE(AEGIS_X_INFO)
#undef AEGIS_X_INFO
};

static int status_valid(aegis_status s)
{
	return (int)s >= 0 && s < AEGIS_STATUS_COUNT_;
}

const char *aegis_status_name(aegis_status s)
{
	return status_valid(s) ? status_info[s].name : "AEGIS_E_UNKNOWN";
}

const char *aegis_status_str(aegis_status s)
{
	return status_valid(s) ? status_info[s].msg : "unknown status";
}

aegis_status_class aegis_status_class_of(aegis_status s)
{
	return status_valid(s) ? status_info[s].cls : AEGIS_CLASS_PERMANENT;
}

const char *aegis_status_class_name(aegis_status_class c)
{
	switch (c) {
	case AEGIS_CLASS_NONE: return "none";
	case AEGIS_CLASS_TRANSIENT: return "transient";
	case AEGIS_CLASS_PERMANENT: return "permanent";
	case AEGIS_CLASS_FATAL: return "fatal";
	}
	return "unknown";
}
