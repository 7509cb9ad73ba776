/* File names relative to the file that names them (a workload's samples files, its
 * .onnx models). Text only: must not touch the file system. */
#ifndef AEGIS_BASE_PATH_H
#define AEGIS_BASE_PATH_H

/* The folder part of path ("" when it has none, "/" for "/x"), newly allocated;
 * NULL when out of memory. */
char *path_dirname(const char *path);

/* file itself when absolute or when dir is "", else dir/file; newly allocated; NULL
 * when out of memory. */
char *path_join(const char *dir, const char *file);

#endif
