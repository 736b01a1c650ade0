#ifndef GENLABEL_CNCURSESW_SHIM_H
#define GENLABEL_CNCURSESW_SHIM_H
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <stdio.h>
#include <wchar.h>
#include <ncursesw/curses.h>

/* Helpers for what Swift cannot import from curses: function-like macros (attributes, KEY_F) and
   mutable globals (stdscr, COLORS, COLOR_PAIRS, stdout), which are not concurrency-safe in Swift 6. */

/* glibc declares wcwidth only under _XOPEN_SOURCE, which the Swift Glibc module is not built with. */
extern int wcwidth(wchar_t c);

static inline attr_t genlabel_attr_normal(void) { return A_NORMAL; }
static inline attr_t genlabel_attr_bold(void) { return A_BOLD; }
static inline attr_t genlabel_attr_dim(void) { return A_DIM; }
static inline attr_t genlabel_attr_reverse(void) { return A_REVERSE; }
static inline attr_t genlabel_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t genlabel_attr_italic(void) { return A_ITALIC; }
static inline attr_t genlabel_attr_standout(void) { return A_STANDOUT; }

/* KEY_F(n): the key code of function key n. */
static inline int genlabel_key_f(int n) { return KEY_F(n); }

/* The standard window of the current screen: read once, right after newterm. */
static inline WINDOW *genlabel_stdscr(void) { return stdscr; }

/* The colour and colour-pair counts of the current screen, valid after start_color. */
static inline int genlabel_colors(void) { return COLORS; }
static inline int genlabel_color_pairs(void) { return COLOR_PAIRS; }

/* The C standard streams, for newterm. */
static inline FILE *genlabel_stdout(void) { return stdout; }
static inline FILE *genlabel_stdin(void) { return stdin; }

#endif
