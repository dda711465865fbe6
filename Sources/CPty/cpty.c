#include "cpty.h"
#include <pty.h>
#include <unistd.h>

pid_t cpty_spawn(const char *path, char *const argv[], char *const envp[],
                 unsigned short rows, unsigned short columns, int *master) {
    struct winsize size = { .ws_row = rows, .ws_col = columns, .ws_xpixel = 0, .ws_ypixel = 0 };
    pid_t pid = forkpty(master, NULL, NULL, &size);
    if (pid == 0) {
        execve(path, argv, envp);
        _exit(127);
    }
    return pid;
}
