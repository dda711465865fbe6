#ifndef CNCURSESW_SHIM_H
#define CNCURSESW_SHIM_H

/* Must precede <curses.h>: exposes the wide-character API (get_wch, which reads
 * keys as wide characters). A systemLibrary target has no cSettings, so the
 * feature macros live here; ncurses 6 honours either of them. */
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <wchar.h>
#include <sys/ioctl.h>
#include <ncursesw/curses.h>

/* ---- Global C variables --------------------------------------------------
 * stdscr, curscr and friends import as mutable globals, which Swift 6 rejects
 * ("not concurrency-safe"), so read them through functions. */
static inline WINDOW *cnc_stdscr(void) { return stdscr; }
static inline WINDOW *cnc_curscr(void) { return curscr; }
static inline int cnc_colors(void) { return COLORS; }

/* ---- Function-like macros (never imported) ------------------------------- */
static inline void cnc_getmaxyx(WINDOW *w, int *y, int *x) { getmaxyx(w, *y, *x); }
static inline int cnc_key_f(int n) { return KEY_F(n); }

/* ---- terminfo ------------------------------------------------------------ */
/* A string capability, or NULL when the terminal lacks it. tigetstr itself
 * returns (char *)-1 for a name that is not a string capability. */
static inline const char *cnc_tigetstr(const char *name) {
    char *value = tigetstr(name);
    return value == (char *)-1 ? NULL : value;
}

/* A boolean capability: 1 if the terminal has it, 0 if not (or not a boolean). */
static inline int cnc_tigetflag(const char *name) {
    return tigetflag(name) == 1;
}

/* A parameterised capability with one or two numbers filled in (tiparm is variadic: not
 * imported). NULL when the capability cannot be expanded. */
static inline const char *cnc_tiparm1(const char *capability, int first) {
    return tiparm(capability, first);
}
static inline const char *cnc_tiparm2(const char *capability, int first, int second) {
    return tiparm(capability, first, second);
}

/* ---- Terminal size from the kernel (ioctl is variadic: not imported) ---- */
static inline int cnc_window_size(int fd, int *rows, int *cols) {
    struct winsize size;
    if (ioctl(fd, TIOCGWINSZ, &size) != 0) return -1;
    *rows = size.ws_row;
    *cols = size.ws_col;
    return 0;
}

#endif /* CNCURSESW_SHIM_H */
