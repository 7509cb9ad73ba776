/* The names of the configuration's enums (aegis/runtime.h), one table each, as
 * workload files, the CLI, reports and logs write them: every name is printed and
 * parsed from here. Must not hold anything but names. */
#include <stdio.h>
#include <string.h>

#include "aegis/runtime.h"

struct enum_name {
	int value;
	const char *name;
};

#define END {0, NULL}
static const struct enum_name policies[] = {
	{AEGIS_POLICY_FP, "fp"}, {AEGIS_POLICY_EDF, "edf"}, {AEGIS_POLICY_FIFO, "fifo"}, END};
static const struct enum_name preemptions[] = {
	{AEGIS_PREEMPT_NONE, "none"}, {AEGIS_PREEMPT_POINTS, "points"}, END};
static const struct enum_name priority_rules[] = {
	{AEGIS_PRIO_EXPLICIT, "explicit"}, {AEGIS_PRIO_RM, "rm"}, {AEGIS_PRIO_DM, "dm"}, END};
static const struct enum_name admissions[] = {
	{AEGIS_ADMIT_ANALYSIS, "analysis"}, {AEGIS_ADMIT_OFF, "off"}, END};
static const struct enum_name releases[] = {
	{AEGIS_RELEASE_PERIODIC, "periodic"}, {AEGIS_RELEASE_SPORADIC, "sporadic"}, END};
static const struct enum_name miss_policies[] = {
	{AEGIS_MISS_FINISH, "finish"}, {AEGIS_MISS_SKIP_NEXT, "skip-next"}, END};
static const struct enum_name lane_sharings[] = {
	{AEGIS_LANES_ISOLATED, "isolated"}, {AEGIS_LANES_SHARED, "shared"},
	{AEGIS_LANES_SHARED_PRIORITY, "shared-priority"}, END};
static const struct enum_name booleans[] = {{1, "true"}, {0, "false"}, END};

static const struct enum_name *table(aegis_enum e)
{
	switch (e) {
	case AEGIS_ENUM_POLICY: return policies;
	case AEGIS_ENUM_PREEMPTION: return preemptions;
	case AEGIS_ENUM_PRIORITIES: return priority_rules;
	case AEGIS_ENUM_ADMISSION: return admissions;
	case AEGIS_ENUM_RELEASE: return releases;
	case AEGIS_ENUM_ON_MISS: return miss_policies;
	case AEGIS_ENUM_LANE_SHARING: return lane_sharings;
	case AEGIS_ENUM_BOOL: return booleans;
	}
	return NULL;
}

const char *aegis_enum_name(aegis_enum e, int value)
{
	const struct enum_name *t = table(e);
	for (size_t i = 0; t && t[i].name; i++)
		if (t[i].value == value)
			return t[i].name;
	return "unknown";
}

aegis_status aegis_enum_parse(aegis_enum e, const char *name, int *value)
{
	const struct enum_name *t = table(e);
	if (!t || !name || !value)
		return AEGIS_E_INVAL;
	for (size_t i = 0; t[i].name; i++) {
		if (strcmp(t[i].name, name) == 0) {
			*value = t[i].value;
			return AEGIS_OK;
		}
	}
	return AEGIS_E_NOT_FOUND;
}

const char *aegis_enum_names(aegis_enum e, const char *sep, char *buf, size_t len)
{
	const struct enum_name *t = table(e);
	size_t at = 0;
	if (!buf || !len)
		return "";
	buf[0] = '\0';
	for (size_t i = 0; t && t[i].name && at < len; i++) {
		int k = snprintf(buf + at, len - at, "%s%s", i ? sep : "", t[i].name);
		if (k < 0)
			break;
		at += (size_t)k;
	}
	return buf;
}

const char *aegis_policy_name(aegis_policy p)
{
	return aegis_enum_name(AEGIS_ENUM_POLICY, (int)p);
}

const char *aegis_preemption_name(aegis_preemption p)
{
	return aegis_enum_name(AEGIS_ENUM_PREEMPTION, (int)p);
}

const char *aegis_priority_rule_name(aegis_priority_rule r)
{
	return aegis_enum_name(AEGIS_ENUM_PRIORITIES, (int)r);
}
