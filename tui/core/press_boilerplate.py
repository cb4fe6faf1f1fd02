"""A press release's closing boilerplate: the issuer's profile ("About Acme"), its legal notice
("Forward-looking statements"), notes to editors, contacts and the "ENDS" mark.

Each opens with a heading on a line of its own (or before a colon and the rest of its line:
"Media contact: Jane Roe"; "For more information, contact Jane Roe"), and what follows runs
to the text's end: no statement and no figure an analyst counts. `boilerplate_start` is where
the first such heading stands, past the text's first third (a release's own news comes
first; a news story's subheading "About Face" early on is no boilerplate), with no quotation
after it, nor a verb of saying after a mark that news stories use too ("###" as a section
break, "Contact", "For more information, residents can call 311."): these show that the news
goes on (a story quoting a release's "About" text and going on), and nothing an analyst reads
may vanish.
"""

from __future__ import annotations

import re

from tui.core.lexicon import BOILERPLATE_HEADINGS, BOILERPLATE_MARKS, COMPANY_SUFFIXES
from tui.core.text import alternation

# A heading after a line break (the literal "\n" lets the engine skip to each line's start): a
# boilerplate label or mark (`weak`), alone or before a colon and the rest of its line; "For
# more information, contact ..." (`weak`); or "About" and a name of a few words opening with a
# capital, alone on its line ("About Acme Systems", not "About 200 people came." nor "About one
# in five voters ...").
_HEADING = re.compile(
    r"\n[ \t]*(?:(?i:" + alternation(frozenset(BOILERPLATE_HEADINGS)) + r")[ \t]*(?::[^\n]*)?"
    r"|(?P<weak>(?i:" + alternation(frozenset(BOILERPLATE_MARKS)) + r")[ \t]*(?::[^\n]*)?"
    r"|(?i:for[ \t]+(?:more|further)[ \t]+information,?[ \t]+(?:please[ \t]+)?contact)\b[^\n]*)"
    r"|About[ \t]+(?:the[ \t]+)?(?P<name>[A-Z][^\s,;:!?\"“”]*(?:[ \t]+[^\s,;:!?\"“”]+){0,6})"
    r"[ \t]*:?)[ \t]*(?=\n|$)"
)
# What shows the news goes on after a heading: a quotation of three words or more (not the
# quoted words of a legal notice: Words such as "believes", "expects"); after a mark that news
# stories use too, a verb of saying as well.
_QUOTED_WORDS = r"[“\"](?=\S)[^“”\"\n]*?[ \t][^“”\"\n]*?[ \t][^“”\"\n]*?\S[”\"]"
_QUOTATION = re.compile(_QUOTED_WORDS)
_REPORTING = re.compile(_QUOTED_WORDS + r"|\b(?:said|says|told|according[ \t]+to)\b")
_NEWS_SHARE = 3  # the boilerplate starts past the first 1/_NEWS_SHARE of the text


def boilerplate_start(text: str) -> int:
    """Where the press release's closing boilerplate starts in `text` (after the line break
    before its first heading); `len(text)` when it has none."""
    for heading in _HEADING.finditer(text, len(text) // _NEWS_SHARE):
        name = heading["name"]
        if name is not None and name.endswith(".") and not _company_suffixed(name):
            continue
        news_goes_on = _REPORTING if heading["weak"] is not None else _QUOTATION
        if news_goes_on.search(text, heading.end()) is None:
            return heading.start() + 1
    return len(text)


def _company_suffixed(name: str) -> bool:
    """Whether a name closing with a period closes with a company's suffix ("Acme Inc.")."""
    return name.rsplit(None, 1)[-1].lower() in COMPANY_SUFFIXES
