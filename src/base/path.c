/* Folder of a path and a path relative to a folder. Must not touch the file system. */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "base/path.h"

static char *dup_n(const char *s, size_t n)
{
	char *d = malloc(n + 1);
	if (!d)
		return NULL;
	memcpy(d, s, n);
	d[n] = '\0';
	return d;
}

char *path_dirname(const char *path)
{
	const char *slash = strrchr(path, '/');
	size_t n = slash ? (size_t)(slash - path) : 0;
	if (slash && n == 0)
		n = 1; /* "/x.yaml": the folder is "/" */
	return dup_n(path, n);
}

char *path_join(const char *dir, const char *file)
{
	if (file[0] == '/' || dir[0] == '\0')
		return dup_n(file, strlen(file));
	size_t dn = strlen(dir), fn = strlen(file);
	bool sep = dir[dn - 1] != '/';
	char *p = malloc(dn + sep + fn + 1);
	if (!p)
		return NULL;
	memcpy(p, dir, dn);
	if (sep)
		p[dn] = '/';
	memcpy(p + dn + sep, file, fn + 1);
	return p;
}
