"""A press release's closing boilerplate: the issuer's profile ("About Acme"), its legal notice
("Forward-looking statements"), notes to editors, contacts and the "ENDS" mark.

Each opens with a heading on a line of its own (or before a colon and the rest of its line:
"Media contact: Jane Roe"), and what follows runs to the text's end: no statement and no
figure an analyst counts. `boilerplate_start` is where the first such heading stands, past
the text's first third (a release's own news comes first; a news story's subheading "About
Face" early on is no boilerplate).
"""

from __future__ import annotations

import re

from tui.core.lexicon import BOILERPLATE_HEADINGS, COMPANY_SUFFIXES
from tui.core.text import alternation

# A heading after a line break (the literal "\n" lets the engine skip to each line's start): a
# boilerplate label, alone or before a colon or a comma and the rest of its line; or "About"
# and a name of a few words opening with a capital, alone on its line ("About Acme Systems",
# not "About 200 people came." nor "About one in five voters ...").
_HEADING = re.compile(
    r"\n[ \t]*(?:(?i:" + alternation(frozenset(BOILERPLATE_HEADINGS)) + r")[ \t]*(?:[:,][^\n]*)?"
    r"|About[ \t]+(?:the[ \t]+)?(?P<name>[A-Z][^\s,;:!?\"“”]*(?:[ \t]+[^\s,;:!?\"“”]+){0,6})"
    r"[ \t]*:?)[ \t]*(?=\n|$)"
)
_NEWS_SHARE = 3  # the boilerplate starts past the first 1/_NEWS_SHARE of the text


def boilerplate_start(text: str) -> int:
    """Where the press release's closing boilerplate starts in `text` (after the line break
    before its first heading); `len(text)` when it has none."""
    for heading in _HEADING.finditer(text, len(text) // _NEWS_SHARE):
        name = heading["name"]
        if name is None or not name.endswith(".") or _company_suffixed(name):
            return heading.start() + 1
    return len(text)


def _company_suffixed(name: str) -> bool:
    """Whether a name closing with a period closes with a company's suffix ("Acme Inc.")."""
    return name.rsplit(None, 1)[-1].lower() in COMPANY_SUFFIXES
