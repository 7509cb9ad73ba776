/* The exporters' shared sink, document end and JSON strings (export.h). */
#include <stdlib.h>

#include "export/export.h"

void exporter_sink(void *user, const aegis_trace_event *ev, size_t n)
{
	struct exporter *x = user;
	if (!x || x->finished)
		return;
	if (!x->ready) {
		x->dropped += n;
		return;
	}
	for (size_t i = 0; i < n; i++)
		x->write(x, &ev[i]);
}

aegis_status exporter_finish(struct exporter *x)
{
	x->finished = true;
	/* the flush makes a full disk show up here rather than at the caller's fclose */
	int flushed = fflush(x->f);
	return flushed == 0 && !ferror(x->f) ? AEGIS_OK : AEGIS_E_IO;
}

void export_json_str(FILE *f, const char *s)
{
	fputc('"', f);
	for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p; p++) {
		if (*p == '"' || *p == '\\')
			fprintf(f, "\\%c", *p);
		else if (*p < 0x20 || *p > 0x7e)
			fprintf(f, "\\u%04x", *p);
		else
			fputc(*p, f);
	}
	fputc('"', f);
}

aegis_status exporter_create(FILE *f, size_t size, bool ready,
			     void (*write)(struct exporter *x, const aegis_trace_event *ev),
			     void **out)
{
	if (out)
		*out = NULL;
	if (!f || !out)
		return AEGIS_E_INVAL;
	struct exporter *x = calloc(1, size);
	if (!x)
		return AEGIS_E_NOMEM;
	*x = (struct exporter){.f = f, .ready = ready, .write = write};
	*out = x;
	return AEGIS_OK;
}
