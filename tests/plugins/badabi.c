/* A test plug-in built for another ABI version: the runtime must refuse it by name. */
#include "aegis/plugin.h"

static const aegis_plugin_ops bad = {.abi = AEGIS_PLUGIN_ABI + 7, .name = "badabi"};

const aegis_plugin_ops *aegis_plugin_entry(void);

const aegis_plugin_ops *aegis_plugin_entry(void)
{
	return &bad;
}
