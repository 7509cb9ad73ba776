/* Backends loaded from shared objects (plugin.c; the contract is aegis/plugin.h). */
#ifndef AEGIS_BACKEND_PLUGIN_PLUGIN_H
#define AEGIS_BACKEND_PLUGIN_PLUGIN_H

struct backend_ops;

/* The backend of plug-in name (a name on the search path, or a path with a '/'),
 * loaded on first use; NULL when there is none, with the reason in plugin_why_not().
 * Any thread. */
const struct backend_ops *plugin_find(const char *name);
/* Why this thread's last plugin_find found nothing ("" if it did not fail). */
const char *plugin_why_not(void);

#endif
