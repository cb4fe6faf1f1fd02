"""A statement's parts: its content without the attribution that interrupts it.

"“We will rebuild,” the mayor said on Monday, “and we will do it fast.”" is one statement
with two parts; so is a quotation resumed after its attribution in a later sentence ("“A,”
she said. “B.”"), and a quotation that runs over paragraphs (one part each). Three kinds of
gap are cut out of a statement's span:
- between two quotations of a direct statement, whatever stands there (the attribution, with
  a title quoted in it, or a closing and an opening mark);
- in reported or mixed speech, the attribution clause inside the span ("The plan, he said
  on Tuesday, is dead"): from its speaker or cue to the comma, colon or quotation after it;
- the line break and opening mark where a quotation resumes in the next paragraph.
Each part is trimmed of spaces, quotation marks and the punctuation that joined it to a gap.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from tui.core.lexicon import ROLE_NOUNS, TITLES
from tui.core.model import Span, StatementKind
from tui.core.statements.patterns import WORDING_ASIDE, heading
from tui.core.text import Quote, alternation, strip

_TRIM = " \t\n,;:—–―-\"“”‘’«»'`„‚"
# Where a quotation running over paragraphs resumes: a line break and the opening mark.
_RESUMED = re.compile(r"\n[ \t]*[“\"‘«„»']")
# Where an attribution clause inside reported content ends: a comma (not one inside a number:
# "3,000"), a colon or a dash.
_CLAUSE_END = re.compile(r"(?<!\d),|,(?!\d)|[:;]|\s[—–―-]{1,2}\s")
# A passive cue and its agent opening an attribution: "*disputed by* the water company, Acme".
_PASSIVE_CUE = re.compile(r"[\w’'-]+\s+by\s")
# A passive cue raising its subject to an infinitive, inside the clause it reports: "the
# Greens *are expected to* win two seats, short of party status" (no attribution to cut).
_RAISING_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?$")
_RAISING_AFTER = re.compile(r"\s+to\s+[a-z]")
# A conjunction of the narrator's before a quotation resumed: ", and “full of it.”".
_JOINED_QUOTE = re.compile(r"\s*(?:and|but)\s+(?=[“\"‘])")
# Titles before the speaker's name, which belong to the attribution: "..., Mrs. Ortiz said, ...".
_TITLES_BEFORE = re.compile(
    r"(?:(?<![\w.])(?:" + alternation(frozenset(t.capitalize() for t in TITLES)) + r")\.?\s+)+$"
)
# A role with its modifiers after the comma that opens the attribution, apposed or not: "The
# plan, Mayor Jane Roe said, ...", "The plan, finance director Ruth Adeyemi said, ...", "The
# case was filed, their lawyer, Ann Vale, said, ...".
_ROLE_BEFORE = re.compile(
    r"(?<=,)\s+(?:[\w’'-]+\s+){0,3}?(?i:" + alternation(ROLE_NOUNS | TITLES) + r")\.?,?\s+$"
)


def parts_of(
    text: str,
    quotes: Sequence[Quote],
    quote_starts: Sequence[int],
    span: Span,
    kind: StatementKind,
    attribution: Span | None,
) -> tuple[Span, ...]:
    """The parts of the statement over `span` whose speaker and cue lie over `attribution`
    (either may be None); `()` when the statement is one piece. `quote_starts` are the
    starts of `quotes`, which are sorted."""
    gaps = _quote_gaps(text, quotes, quote_starts, span) if kind == "direct" else []
    if not gaps and attribution is not None:
        gap = _attribution_gap(text, quotes, quote_starts, span, attribution)
        gaps = [gap] if gap is not None else []
    if not gaps and kind != "direct" and text.find(" put", span[0], span[1]) >= 0:
        aside = WORDING_ASIDE.search(text, span[0], span[1])
        gaps = [aside.span()] if aside is not None else []
    if text.find("\n", span[0], span[1]) >= 0:  # a quotation over paragraphs: one part each
        resumed = [m.span() for m in _RESUMED.finditer(text, span[0], span[1])]
        gaps = sorted(
            g for g in gaps + resumed if not any(_within(g, r) for r in resumed if r != g)
        )
    if not gaps:
        return ()
    pieces: list[Span] = []
    start = span[0]
    for gap_start, gap_end in gaps:
        pieces.append((start, gap_start))
        start = gap_end
    pieces.append((start, span[1]))
    trimmed = [strip(text, piece, _TRIM) for piece in pieces]
    found = tuple(piece for piece in trimmed if piece[1] > piece[0])
    return found if len(found) > 1 else ()


def _within(inner: Span, outer: Span) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def _quote_gaps(
    text: str, quotes: Sequence[Quote], starts: Sequence[int], span: Span
) -> list[Span]:
    """The stretches between the quotations inside `span` (none with fewer than two, nor in
    a span that does not open with a quotation, a turn of a transcript); a title
    between them belongs to the attribution ("said on Channel 4’s “Harbour Today.” “..."),
    not to what was said."""
    inside: list[Quote] = []
    # By index: a slice of the quotes after the first would copy all of them, for each statement.
    for index in range(bisect.bisect_left(starts, span[0] - 1), len(quotes)):
        quote = quotes[index]
        if quote.content[0] >= span[1]:
            break
        if quote.content[0] >= span[0]:  # its closing punctuation may be left out of the span
            inside.append(quote)
    if len(inside) < 2 or inside[0].content[0] > span[0] + 1:
        return []  # one quotation, or a transcript's turn quoting others: "A: He said, “X.” ..."
    said = [
        quote
        for index, quote in enumerate(inside)
        if index in (0, len(inside) - 1) or not heading(text[quote.content[0] : quote.content[1]])
    ]
    return [(a.content[1], b.content[0]) for a, b in zip(said, said[1:], strict=False)]


def _attribution_gap(
    text: str, quotes: Sequence[Quote], starts: Sequence[int], span: Span, attribution: Span
) -> Span | None:
    """The attribution clause inside `span`, from the end of the content before it to the
    start of the content after it; None when the attribution is not inside."""
    if not span[0] < attribution[0] or not attribution[1] < span[1]:
        return None
    if _PASSIVE_CUE.match(text, attribution[0]):
        return None  # "The claim is disputed by the firm, Acme": a passive's agent ends it
    if _RAISING_AFTER.match(text, attribution[1]) and _RAISING_BEFORE.search(
        text, max(span[0], attribution[0] - 24), attribution[0]
    ):
        return None  # "The party was projected to win 40 seats, short of ...": one clause
    lead = max(span[0], attribution[0] - 40)
    titles = _ROLE_BEFORE.search(text, lead, attribution[0]) or _TITLES_BEFORE.search(
        text, lead, attribution[0]
    )
    before = strip(text, (span[0], titles.start() if titles else attribution[0]), _TRIM)
    if before[1] <= before[0]:
        return None
    following = bisect.bisect_left(starts, attribution[1])
    quote_next = quotes[following].content[0] if following < len(quotes) else span[1]
    clause_end = _CLAUSE_END.search(text, attribution[1], min(span[1], quote_next))
    resume = clause_end.end() if clause_end is not None else quote_next
    joined = _JOINED_QUOTE.match(text, resume, span[1])
    if joined is not None:
        resume = joined.end()  # '..., he said, and “B”': the narrator's "and" is no content
    if resume >= span[1]:
        return None
    return before[1], resume
