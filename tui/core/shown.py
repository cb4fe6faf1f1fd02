"""What may reach a terminal: file names and text from files, made harmless to print.

A file name is bytes the user did not choose (a download, an attachment): it may hold escape
sequences that set the clipboard or reset the terminal, line breaks that forge a second line,
or bidirectional controls that make it read differently from what it is. Every path, file
name, id or title whosaid prints passes through `shown`; the article pane draws bidi controls
with `visible_bidi`; one-line fields read from files drop them (`without_bidi`).
"""

from __future__ import annotations

import re

BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
"""Embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI): 'Trojan Source'."""
BIDI_CLOSERS = "\u202c\u2069"
"""PDF and PDI: the two that end what the others start."""
BIDI_MARKS = "⁅⁆"
"""How the article pane draws a bidi control: one cell, like the character it stands for
(offsets and columns stay in step); an opening one, then a closing one."""

_BIDI = re.compile(f"[{BIDI_CONTROLS}]")
# C0 and C1 controls and DEL, bidi controls, line and paragraph separators, and the lone
# surrogates by which Python carries bytes of a file name that are not UTF-8.
_UNPRINTABLE = re.compile(f"[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff{BIDI_CONTROLS}]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # a byte that is not UTF-8 (surrogateescape): that byte
        code -= 0xDC00
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def shown(text: object) -> str:
    """`text` (a path, a name, a message) with every control character written out visibly:
    ESC as `\\x1b`, a line break as `\\x0a`, RLO as `\\u202e`. Backslashes are left alone, so
    showing twice changes nothing."""
    return _UNPRINTABLE.sub(_escape, str(text))


def without_bidi(text: str) -> str:
    """`text` less its bidi controls: for names, titles and the plain fields of exports."""
    return _BIDI.sub("", text)


def visible_bidi(text: str) -> str:
    """`text` with each bidi control replaced by a visible mark of the same length (one
    character), so offsets into the text are offsets into what is drawn."""
    opener, closer = BIDI_MARKS
    return _BIDI.sub(lambda m: closer if m.group() in BIDI_CLOSERS else opener, text)
