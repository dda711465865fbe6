#ifndef CPTY_H
#define CPTY_H
#include <sys/types.h>

/// Starts `path` (an absolute path) with `argv` and `envp` in a new pseudo-terminal of the given
/// size, as its session leader. Returns the child's pid (or -1) and the master side in `*master`.
/// Only async-signal-safe calls run between fork and exec.
pid_t cpty_spawn(const char *path, char *const argv[], char *const envp[],
                 unsigned short rows, unsigned short columns, int *master);

#endif
