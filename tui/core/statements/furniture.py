"""Page furniture: the parts of a page that are not the article's prose, and hold no statement.

A paragraph (a line of the text) is furniture when it is

- a **caption or credit**: it opens or ends with a photo or video credit ("(Photo: Jane
  Roe/Getty Images)", "AP Photo/Jane Roe", "Credit: ...");
- a **link line**: it opens with a link label ("READ MORE:", "Watch:", "RELATED:") or asks
  to click ("Click here to ...");
- a **byline**: "By" and only names, with an affiliation after a comma or a bar ("By Jane Doe
  and John Roe", "By JANE DOE, Associated Press");
- a **tagline**: a name, the beat and the outlet ("Jane Doe reports on health for Example
  News.");
- a **contribution line**: "Contributing: ...", "Reporting by ...; Editing by ...", "Jane Doe
  contributed to this report.", "— With files from The Canadian Press";
- an **editors' note** ("This story has been updated.", "Correction: ...") or a **prompt**
  ("Sign up for our newsletter", "Follow us on Instagram");
- a press release's **closing boilerplate** (`press_boilerplate`): its profile, legal notice,
  notes to editors and contacts, from their first heading to the text's end;
- a **crosshead**, a section's title within the body ("Critics question the figures"): a few
  words that close no sentence, between two paragraphs past the lede;
- an **ALL-CAPS section label** ("ABSTRACT.", "MORE FROM THE SHOW"), whole, or opening a
  paragraph before a dash ("EVEN THE BOSS AGREES — The head of ...": the label only);
- an explainer's **label of what its sources say** opening a paragraph before a colon ("What
  the experts say: ...": the label only).

`without_furniture` blanks them (same length, so every offset still indexes the article), and
with them a **nickname** in quotation marks between a given name and a surname ("Luca “the
Hammer” Moretti", 'Senator Jim "Bubba" Harlan'): no quotation, and the name reads whole
around it (`nicknames`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from tui.core.lexicon import (
    AUTHOR_PRONOUNS,
    BELIEF_CUES,
    BRIEFS_LABELS,
    CONTRIBUTION_LABELS,
    CREDIT_WORDS,
    DATE_NAMES,
    EDITED_PAGES,
    INTERVIEWER_NOUNS,
    ITEM_CREDIT_WORDS,
    LINK_LABELS,
    PICTURE_AGENCIES,
    PLURAL_PRONOUNS,
    SELF_PRONOUNS,
    SOCIAL_NETWORKS,
    SPEECH_CUES,
    TRADE_MODIFIERS,
    WIRE_EDITED_PAGES,
)
from tui.core.model import Span
from tui.core.press_boilerplate import boilerplate_start
from tui.core.speaker_kinds import given_name
from tui.core.text import (
    PAGE_STAMP_AGO,
    LineStarts,
    alternation,
    holds,
    occurrences,
    paragraphs,
)

_CREDIT = r"(?:(?:" + alternation(PICTURE_AGENCIES) + r")\s+)?(?i:" + alternation(CREDIT_WORDS)
_CREDIT_OPENING = re.compile(r"\(?" + _CREDIT + r")s?\s*(?::|/|\s+by\s|\s+credit\s*:)")
# A credit closing a caption: in parentheses ("(Photo: ...)", "(Jane Roe/Getty Images)", "(Jane
# Roe/The Canadian Press)") or after the caption ("... on May 3. AP Photo/Jane Roe", "...
# Photograph: Jane Roe/Reuters", "... Photo by Jane Roe / The Star", "... THE CANADIAN
# PRESS/Jane Roe"); a picture given by someone ("(Submitted by Kelso Police)", "(Supplied)").
_NAMES = r"(?:The\s+)?[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){0,3}"
_CREDIT_REACH = 200  # characters: how far before a paragraph's end its closing credit starts
_CREDIT_CLOSING = re.compile(
    r"(?:\((?:Submitted|Supplied|Handout)(?:\s+by\s+[^()\n]{1,60})?\)"
    r"|\([^()\n]{0,80}?(?:\b(?i:"
    + alternation(CREDIT_WORDS)
    + r")s?\s*(?::|/|\s+by\b)|/\s*(?:"
    + alternation(PICTURE_AGENCIES)
    + r")\b)[^()\n]{0,80}\)|\("
    + _NAMES
    + r"\s*/\s*"
    + _NAMES
    + r"\)|\b"
    + _CREDIT
    + r")s?(?:\s*:[^/\n:]{1,60}?|\s+by\s+[^/\n:]{1,60}?)?\s*/[^/\n]{1,60}"
    r"|\b[A-Z][A-Z.&-]+(?:\s+[A-Z][A-Z.&-]+){0,3}\s*/\s*" + _NAMES + r")\s*\.?$"
)
_LINK = re.compile(
    r"(?:(?i:" + alternation(frozenset(LINK_LABELS)) + r")\s*[:|»›>]"
    r"|(?i:click|tap)\s+(?:here|to)\b)"
)
_NAME = r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}"
_BYLINE = re.compile(
    r"By\s+" + _NAME + r"(?:\s*(?:,|\band\b|&)\s*" + _NAME + r")*"
    r"(?:\s*[,|—–-]\s*[A-Z][\w .&’'-]{0,60})?\s*$"
)
# One author in a byline: "By Jane Doe", "By JANE DOE, Associated Press" (not "By Jane Doe and
# John Roe", nor "By Jane Doe, John Roe").
_ONE_AUTHOR = re.compile(
    r"By\s+("
    + _NAME
    + r")(?:\s*[,|—–-]\s*(?P<outlet>(?:The\s+)?[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*)*))?"
    r"\s*$"
)
_BYLINE_PARAGRAPHS = 8  # a byline stands among an article's first paragraphs
_ONE_NAME = re.compile(r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3}")
_STAFF = re.compile(r"\b(?i:staff|desk|reporters?|editors?|team|news|wire|press)\b")
# A tagline, the reporter's beat and outlet in a paragraph of its own: "Jane Doe reports on
# health for Example News.", "Jane Doe covers courts for the Daily Herald."
_TAGLINE = re.compile(
    # the name atomic: a shorter one is followed by no space, or by a capital, never by the
    # verb, so a paragraph that is no tagline is not tried again at each of its first letters
    "(?>"
    + _NAME
    + r")\s+(?:reports\s+on|covers|writes\s+about)\s+[^.\n]{1,80}?\s+for\s+(?:the\s+)?"
    r"[A-Z][\w &’'-]{0,60}\.?\s*$"
)
# A label and a colon, or a label in "by" or "from" and a name: "Contributing:", "Reporting by
# Jane", "— With files from The Canadian Press".
_CONTRIBUTION = re.compile(
    r"(?:[—–―-]+\s*)?\(?(?i:"
    + alternation(frozenset(CONTRIBUTION_LABELS))
    + r")(?:\s*:|(?<=[bB][yY]|[oO][mM])\s+[A-Z])"
)
# An editors' note that the page changed: "This story has been updated.", "An earlier version
# of this story gave ...", the wire's "This is a corrected story. A previous version said ...".
_EDITED = re.compile(
    r"(?:(?:This|The)\s+(?:"
    + alternation(EDITED_PAGES)
    + r")\s+(?:has\s+been|was)\s+(?:\w+ly\s+)?(?:updated|corrected|amended|edited|revised)\b"
    r"|An\s+earlier\s+version\s+of\s+this\s+(?:"
    + alternation(EDITED_PAGES)
    + r")\b|(?:This\s+is\s+an?\s+(?:updated|corrected|revised)\s+(?:version\s+of\s+(?:a|this)\s+)?"
    r"|A\s+(?:previous|prior)\s+version\s+of\s+this\s+)(?:"
    + alternation(WIRE_EDITED_PAGES)
    + r")\b)"
)
# A line asking the reader to subscribe or follow: "Sign up for our newsletter", "Follow us on
# Instagram", "Follow Jane Roe on X"; the page's own lines: "Story continues below
# advertisement", "Share this article", "© 2026 The Star".
_PROMPT = re.compile(
    r"(?:(?:Sign\s+up|Subscribe|Register)\s+(?:for|to|now|here)\b"
    r"|Story\s+continues\s+below|Advertisement$|Article\s+content$|Share\s+this\s+(?:article|story)"
    r"|©|Copyright\s+(?:©\s*)?\d{4}"
    r"|Follow\s+(?:us|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s+on\s+(?:"
    + alternation(frozenset(SOCIAL_NETWORKS))
    + r")\b)"
)
# "contributed" early in a paragraph: "Jane Doe contributed to this report."
_CONTRIBUTED = re.compile(
    r"\bcontributed\s+(?:to\s+(?:this|the)\s+(?:report|story|article)|reporting\b)"
)
_CONTRIBUTED_WORD = "contributed"
_CONTRIBUTED_REACH = 200  # characters: how far into a paragraph "contributed" may stand
# A paragraph that opens as furniture: a credit, a link label, a byline, a tagline, a
# contribution label, an editors' note or a prompt to subscribe; one pattern, so most
# paragraphs cost one failed match.
_OPENING = re.compile(
    "|".join(
        f"(?:{p.pattern})"
        for p in (_CREDIT_OPENING, _LINK, _BYLINE, _TAGLINE, _CONTRIBUTION, _EDITED, _PROMPT)
    )
)
# A crosshead: at most `_CROSSHEAD_WORDS` words, from the third paragraph on, after a closed
# sentence; nothing in it that closes a sentence ("B.C." may stand in it), quotes or labels;
# the whole of it may be quoted.
_CROSSHEAD_WORDS = 8
_CROSSHEAD_AFTER = 2
_SENTENCE_CLOSERS = (".", "!", "?", "”", '"', "’", ")")
# A live blog's entry time, a line of its own over the entry's headline, which a crosshead
# may follow as it follows a closed sentence: "9:14 p.m. ET, November 18, 2026", "7:55 p.m.
# MT", "Fri 14 Nov 2026 13.38 GMT", or the page's stamp (`PAGE_STAMP_AGO`: "Updated 3
# minutes ago", "1h ago").
_ENTRY_TIME = re.compile(
    r"(?:(?:Updated|Posted)\s+)?(?:[A-Z][a-z]{2},?\s+\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4}\s+)?"
    r"\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?"
    r"(?:,\s+[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4})?"
    r"|" + PAGE_STAMP_AGO
)
# The verbs of saying an entry's headline may report in ("Premier says army is coming",
# "Mayor warns of closures"): kept as a statement unless the entry's body repeats it, as a
# page's headline is (headlines.py); not nouns as well ("posts", "reports", "notes").
_ENTRY_SAYS = frozenset(
    w for w in SPEECH_CUES if w.endswith("s") and not w.endswith("ss")
) - frozenset("posts reports notes states".split())
# An explainer's section label of what its sources say, before a colon opening a paragraph
# ("What the experts say: Most economists expect ...", "What they're saying: “...,” said Lee"):
# the label only, when the section's own sentences report (`_saying_label`).
_SAYING_LABEL = re.compile(
    r"What\s+(?P<subject>[\w’'.-]+)\s+(?:[\w’'.-]+\s+){0,3}?"
    r"(?:says?|saying|think|thinks|thinking|argue|argues|show|shows)[^\S\n]*:[^\S\n]*"
)
# Pronoun subjects of such a label, no source of their own ("What they're saying:").
_LABEL_PRONOUNS = PLURAL_PRONOUNS | AUTHOR_PRONOUNS | SELF_PRONOUNS
_LOWER_WORD = re.compile(r"[a-z]+")
# A live page's list of its key entries, by their headlines, each on a line of its own up to
# a blank line ("Key events¶1h ago¶Red warning extended to the coast¶2h ago¶..."): links to
# the entries below, which report what the list's lines repeat; or a page's list of links to
# other stories ("Trending Now¶Mayor says fares will not rise", "Most read", "Related stories").
_KEY_ENTRIES = re.compile(
    r"(?i:key\s+(?:events|updates|moments)|top\s+(?:updates|stories)|trending(?:\s+now)?"
    r"|most\s+(?:read|popular|viewed|shared)|related\s+(?:stories|articles|coverage)"
    r"|you\s+(?:may|might)\s+also\s+like|recommended(?:\s+for\s+you)?)[^\S\n]*:?\s*"
)
_KEY_ENTRIES_OPENINGS = frozenset("KkTtMmRrYy")  # the first letters of `_KEY_ENTRIES`'s labels
# The quotation marks around a crosshead made of a quote from the section it heads: CBC's
# "'We stopped sleeping'" (one opening mark and its closing one).
_QUOTE_PAIRS = {"‘": "’", "“": "”", "'": "'", '"': '"'}
_NOT_IN_CROSSHEAD = re.compile(r"[.!?;:,](?![A-Za-z])|[“”\"«»—–|·@/]")
# A reporting verb in the past, which a crosshead (in the present: "Chiefs warn of spill
# risk") never holds: "Lee said she would appeal" is a sentence missing its full stop.
_PAST_IRREGULAR = frozenset({"said", "told", "wrote"})
_PAST_REPORTING = re.compile(
    rf"\b(?:{alternation(w for w in SPEECH_CUES if w.endswith('ed') or w in _PAST_IRREGULAR)})\b",
    re.IGNORECASE,
)
# What a label, a lead or a dateline in capitals opens with.
_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
# What an alternative of `_OPENING` opens with, but a letter.
_OPENING_MARKS = frozenset("(—–―-©")
# A paragraph in capitals only: at most eight words, no quotation, not a question or a cry.
_CAPS_LABEL = re.compile(r"[A-Z0-9][A-Z0-9 ,.&’'/-]{2,80}$")
_CAPS_LABEL_WORDS = 8
# Three words or more in capitals and a dash, opening a paragraph of prose.
_CAPS_LEAD = re.compile(
    r"(?:[A-Z0-9][A-Z0-9’'.,&/-]*\s+){2,}[A-Z0-9][A-Z0-9’'.,&/!?-]*\s+[—–―]+\s+"
)


# Capitals with accents, in a place's name after its first letter: "ST. CLÉMENT", "GÖTEBORG".
_ACCENTED_CAPITALS = "À-ÖØ-Þ"  # Latin-1 only: a wider set is slower to test


def _place(chars: str, more: int) -> str:
    """A dateline's place: up to `more` + 1 words, each a capital and more of `chars` or
    capitals with accents."""
    chars = _ACCENTED_CAPITALS + chars  # before it: a "-" ending `chars` stays a hyphen
    return f"[A-Z][{chars}]+(?:\\s+[A-Z][{chars}]+){{0,{more}}}"


# The other pieces of a dateline: a month and a day after a comma (", Dec 4", ", Sept. 4");
# what the lead after it opens with.
_MONTH_DAY = r",\s+[A-Z][a-z]{2,4}\.?\s+\d{1,2}"
_LEAD_OPENS = r"(?=[A-Z“\"‘])"
# A dateline opening a paragraph: a place in capitals, maybe a state or a date after a comma
# and an agency in parentheses, then a dash ("HALIFAX —", "NEW YORK (AP) -", "PORTLAND,
# Maine —", "OTTAWA, Sept. 4 (CP) —", "LYON, France, May 2 (AFP) -", two cities "OSLO/BERGEN"),
# or an em dash with no spaces, as the Wall Street Journal sets it ("WASHINGTON—The").
_AGENCY = r"\([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2}\)"
_DATELINE = re.compile(
    _place("A-Z’'./-", 3)
    + r"(?:,\s+[A-Z][\w.]*(?:\s+\d{1,2})?){0,2}"
    + rf"(?:\s+{_AGENCY})?(?:\s+[—–―-]{{1,2}}\s+|[—―])"
    + _LEAD_OPENS
)
# An agency alone and a dash opening the lead, its place left out ("(Bloomberg) -- The ...",
# "(Reuters) - ...").
_AGENCY_LEAD = re.compile(_AGENCY + r"\s+[—–―-]{1,2}\s+" + _LEAD_OPENS)

# A dateline of the South Asian press, a place and a date before an agency in parentheses and
# no dash ("Mumbai, Dec 4 (PTI) The ...", "NEW DELHI, Dec. 4 (IANS) ...").
_AGENCY_DATELINE = re.compile(
    _place(r"\w’'.-", 2) + _MONTH_DAY + r"\s+\([A-Z]{2,6}\)\s+" + _LEAD_OPENS
)
_AGENCY_DATELINE_REACH = 40  # characters: where its "(" stands at the latest
# A place in capitals and a colon opening the lead ("CHENNAPUR: The Assembly ...", "NEW
# DELHI, Dec 4: ..."); a speaker's label in a transcript reads the same ("SMITH: We ..."), so
# it is a dateline only as the one such opening of a text, after its headline, in a lead of
# at least `_LEAD_WORDS` words within the text's first `_LEAD_REACH` characters.
_COLON_DATELINE = re.compile(_place("A-Z’'.-", 2) + "(?:" + _MONTH_DAY + r")?:\s+" + _LEAD_OPENS)
# Where an item of a briefs page ends, on a line of its own: a credit line, a dash and an
# agency or a desk ("— The Canadian Press", "-- CBC News"), or a label opening more items ("In
# brief:", "Elsewhere:"); or before a line opening with a dateline ("HALIFAX — ..."): at the
# line break.
_ITEM_CLOSE = (
    r"(?:[—–―-]{1,2}\s*(?:The\s+)?(?:[A-Z][\w.&’'-]*\s+){0,3}(?=[A-Z])(?i:"
    + alternation(ITEM_CREDIT_WORDS)
    + r")|(?i:"
    + alternation(BRIEFS_LABELS)
    + r"):)[ \t]*"
)
_ITEM_CLOSE_LINE = LineStarts(_ITEM_CLOSE + r"$")
_CLOSES_ITEM = re.compile(_ITEM_CLOSE)  # the paragraph before an item's heading
_BEFORE_DATELINE = re.compile(r"\n(?=" + _DATELINE.pattern + ")")
# A heading on a line of its own: a capital, then no sentence's closing mark, quotation or
# colon ("Airline adds routes to Mexico"), where a page of items heads each: the line break
# before it.
_ITEM_HEADING = re.compile(r"\n(?=[A-Z][^\n.!?:;\"“”]{2,100}(?<![\s,])\n)")
# A line closing a sentence ("...she said.”  ¶"), read in the text reversed: its line break,
# spaces, a closing mark and the sentence's mark. So the scan opens with a literal, which the
# regex engine skips to; forward, it would try a set of marks at every character.
_PROSE_LINE_REVERSED = re.compile(r"\n[ \t]*[\"”’)]?[.!?]")
# Lines of prose after a credit or a label line that make it an item's end on a page of
# items: more than the wire's one closing note ("...¶— The Canadian Press¶This report by The
# Canadian Press was first published ...").
_ITEM_PROSE_LINES = 2
_LEAD_WORDS = 15
_LEAD_REACH = 800


def _saying_label(text: str, start: int, end: int) -> int | None:
    """Where a label of what sources say (`_SAYING_LABEL`) opening the paragraph at `start`
    ends, when the rest reports on its own: nothing, a cue of its own ("What the data show:
    Rents rose, the agency said.") or a pronoun's label ("What they're saying: ..."); not
    the label's subject's words ("What the premier says: “We will not back down.”")."""
    label = _SAYING_LABEL.match(text, start, end)
    if label is None:
        return None
    subject = re.split(r"[’']", label["subject"].lower())[0]
    rest = text[label.end() : end]
    if (
        not rest.strip()
        or subject in _LABEL_PRONOUNS
        or any(w in SPEECH_CUES or w in BELIEF_CUES for w in _LOWER_WORD.findall(rest))
    ):
        return label.end()
    return None


def furniture(text: str, paras: list[Span] | None = None) -> list[Span]:
    """The spans of `text` that are page furniture, in text order; `paras`: its paragraphs,
    when the caller has them."""
    found: list[Span] = []
    # Where "/" and "contributed" stand, found once: most paragraphs hold neither.
    slashes, contributed = occurrences(text, "/"), occurrences(text, _CONTRIBUTED_WORD)
    colons: list[Span] = []  # paragraphs opened by capitals and a colon: a dateline's or a label's
    boilerplate = boilerplate_start(text)
    spans = paragraphs(text) if paras is None else paras
    listed = -1  # the paragraph heading a list of key entries, if the last one did
    for index, (start, end) in enumerate(spans):
        if listed >= 0 and _listed_entry(text, spans, index, listed):
            found.append((start, end))
            continue
        listed = (
            index
            if text[start] in _KEY_ENTRIES_OPENINGS and _KEY_ENTRIES.fullmatch(text, start, end)
            else -1
        )
        if start >= boilerplate or _is_furniture(text, start, end, slashes, contributed):
            found.append((start, end))
            continue
        after_prose = not found or found[-1] != spans[index - 1]
        # a quoted crosshead after a picture's caption, a "WATCH |" line or an advertisement's
        # mark set in the prose (`_quoted_after_furniture`)
        set_in = not after_prose and _quoted_after_furniture(text, spans, index, found)
        if (
            (after_prose or set_in or _ENTRY_TIME.fullmatch(text, *found[-1]))
            and _crosshead(text, spans, index, set_in)  # after prose, or an entry's time
            and not _entry_saying(text, spans, index)
        ):
            found.append((start, end))
            continue
        if text[start] not in _CAPITALS:
            if text[start] == "(" and (lead := _AGENCY_LEAD.match(text, start, end)):
                found.append((start, lead.end()))
            continue
        if text.startswith("What ", start) and (label := _saying_label(text, start, end)):
            found.append((start, label))
            continue
        if text[start + 1 : start + 2].islower():  # "The ...": no lead or label in capitals
            if text.find(") ", start, start + _AGENCY_DATELINE_REACH) != -1 and (
                lead := _AGENCY_DATELINE.match(text, start, end)
            ):
                found.append((start, lead.end()))
            continue
        if _caps_label(text, start, end):
            found.append((start, end))
            continue
        lead = _CAPS_LEAD.match(text, start, end) or _DATELINE.match(text, start, end)
        if lead is not None:
            found.append((start, lead.end()))
        elif lead := _COLON_DATELINE.match(text, start, end):
            colons.append((start, lead.end()))
    if len(colons) == 1 and _colon_dateline(text, *colons[0]):
        found = sorted([*found, colons[0]])
    return found


def item_ends(text: str) -> list[int]:
    """Where the items of a briefs page end in `text`, in text order, each after some prose:
    after a credit line or a label on a line of its own ("...¶— The Canadian Press¶...",
    "...¶Elsewhere:¶..."); and on a page of items (two datelines, or such a line after prose
    and before `_ITEM_PROSE_LINES` of it) also before a dateline's line ("...¶MONCTON, N.B. —
    ...") and a heading's ("...¶Airline adds routes¶..."). A story's one dateline and its
    crossheads ("HALIFAX — ...¶Council divided¶...") end nothing. What an item's pronouns and
    descriptions stand for is in that item."""
    prose = _prose_lines(text)
    ends = [end for _, end in _ITEM_CLOSE_LINE.spans(text)]
    datelines = [match.start() for match in _BEFORE_DATELINE.finditer(text)]
    if len(datelines) > 1 or any(
        holds(prose, 0, end) and len(prose) - bisect_left(prose, end) >= _ITEM_PROSE_LINES
        for end in ends
    ):
        headings = (match.start() for match in _ITEM_HEADING.finditer(text))
        ends = sorted({*ends, *datelines, *headings})
    kept: list[int] = []
    for end in ends:  # an item has prose: not the headline before a story's dateline
        if holds(prose, kept[-1] if kept else 0, end):
            kept.append(end)
    return kept


def _prose_lines(text: str) -> list[int]:
    """Where the lines of `text` closing a sentence have the sentence's mark, in order."""
    size = len(text)
    return [size - match.end() for match in _PROSE_LINE_REVERSED.finditer(text[::-1])][::-1]


def entry_headlines(text: str, paras: Sequence[Span]) -> list[Span]:
    """The live blog's entry headlines of `text` (`paras`: its paragraphs) that report a
    saying under the entry's time ("10:42 a.m. ET¶Premier Ann Roe says the army is
    coming"): statements, like a page's headline, but where the entry repeats them."""
    return [
        paras[index]
        for index in range(1, len(paras))
        if _entry_saying(text, paras, index) and _crosshead(text, paras, index)
    ]


def _entry_saying(text: str, paras: Sequence[Span], index: int) -> bool:
    """Whether paragraph `index` follows an entry's time and holds a verb of saying
    (`_ENTRY_SAYS`), as an entry's headline reporting what someone said."""
    start, end = paras[index - 1]
    if not text[start : start + 1].isalnum() or _ENTRY_TIME.fullmatch(text, start, end) is None:
        return False
    return any(
        word.lower() in _ENTRY_SAYS for word in text[paras[index][0] : paras[index][1]].split()
    )


def _listed_entry(text: str, paras: Sequence[Span], index: int, heading: int) -> bool:
    """Whether paragraph `index` is a line of the list of key entries headed by paragraph
    `heading` ("Key events"): an entry's headline or time, closing no sentence, the list's
    first line or on the line right after the one before; or, its entries set apart by blank
    lines, the headline under a listed time, or a time whose headline no prose follows, as
    the first entry's body follows it ("Key events¶¶1h ago¶Evacuation order expanded¶¶2h
    ago¶Premier says army will help¶¶10:42 a.m. ET¶Roe visits Halifax¶¶Roe said ...")."""
    start, end = paras[index]
    if text[start:end].rstrip().endswith(_SENTENCE_CLOSERS):
        return False
    if index == heading + 1 or text.count("\n", paras[index - 1][1], start) == 1:
        return True
    if _ENTRY_TIME.fullmatch(text, *paras[index - 1]):
        return True  # the headline under a listed entry's time
    return _ENTRY_TIME.fullmatch(text, start, end) is not None and (
        index + 2 >= len(paras)
        or not text[slice(*paras[index + 2])].rstrip().endswith(_SENTENCE_CLOSERS)
    )


def _quoted_after_furniture(
    text: str, paras: Sequence[Span], index: int, found: list[Span]
) -> bool:
    """Whether paragraph `index`, after the furniture paragraph `found` ends with, is quoted
    whole (CBC's "'You could see the glow'") and that furniture follows prose: a picture's
    caption or credit, a "WATCH |" line, an advertisement's mark set into the prose, after
    which a quoted crosshead still heads the next section."""
    start, end = paras[index]
    return (
        index >= 2
        and _QUOTE_PAIRS.get(text[start : start + 1]) == text[end - 1 : end] != ""
        and (len(found) < 2 or found[-2] != paras[index - 2])
    )


def _crosshead(text: str, paras: Sequence[Span], index: int, set_in: bool = False) -> bool:
    """Whether paragraph `index` is a crosshead, a section's title within the body ("Critics
    question the figures", "Elders fear for the herd"): a few words with no mark closing a
    sentence, a comma or a quotation mark, nor a reporting verb in the past ("Lee said she
    would appeal": a sentence missing its full stop) unless all of it is quoted ("‘Nobody
    warned us’": a quote heading the section that gives it), after a paragraph a sentence
    closes (prose: the caller tells that it is no furniture) and before another paragraph that
    opens in capitals, past the headline and the lede (or after a live blog's entry time,
    "7:55 p.m. MT¶Crews hold the east flank": the entry's headline); not a line of a
    hard-wrapped text (one newline around it: "... the chair\nSales were steady\nof the
    board."); on a briefs page also after an item's credit line or a label ("— The Canadian
    Press", "In brief:"), the next item's heading; `set_in`: quoted after furniture set into
    the prose (`_quoted_after_furniture`), whatever that furniture ends with."""
    if not _CROSSHEAD_AFTER <= index < len(paras) - 1:
        return False
    start, end = paras[index]
    quoted = _QUOTE_PAIRS.get(text[start : start + 1]) == text[end - 1 : end] != ""
    if quoted:
        start, end = start + 1, end - 1  # a quoted crosshead: "‘Nobody warned us’"
    if not text[end - 1 : end].isalnum() or not text[start : start + 1].isupper():
        return False  # most paragraphs end with a mark: told by one character
    before = text[paras[index - 1][0] : paras[index - 1][1]].rstrip()
    after = paras[index + 1][0]
    return (
        (
            set_in
            or before.endswith(_SENTENCE_CLOSERS)
            or _ENTRY_TIME.fullmatch(before) is not None
            or _CLOSES_ITEM.fullmatch(before) is not None  # "— The Canadian Press¶Ferry ..."
        )
        and not text[after : after + 1].islower()
        and text.count("\n", end, after) > 1
        and text.count("\n", paras[index - 1][1], start) > 1
        and len(text[start:end].split()) <= _CROSSHEAD_WORDS
        and _NOT_IN_CROSSHEAD.search(text, start, end) is None
        and (quoted or _PAST_REPORTING.search(text, start, end) is None)
    )


def one_name(author: str) -> bool:
    """Whether a page's author is one person's name ("Jane Doe"; not "Jane Doe and John Roe",
    "Staff", "Harbor Gazette Staff" nor an address)."""
    return _ONE_NAME.fullmatch(author.strip()) is not None and not _STAFF.search(author)


def byline_author(text: str, paras: list[Span]) -> str | None:
    """The one author a byline among the first paragraphs names ("By Jane Doe", "By JANE DOE,
    Associated Press": "Jane Doe"); None if there is none, or if it names several."""
    for start, end in paras[:_BYLINE_PARAGRAPHS]:
        byline = _ONE_AUTHOR.match(text, start, end) if text.startswith("By ", start) else None
        if byline is not None and _BYLINE.match(text, start, end) is not None:
            outlet = byline["outlet"]
            if outlet and given_name(outlet.split()[0]):
                return None  # "By Jane Doe, John Roe": two authors, the second no outlet
            words = byline.group(1).split()
            if len(words) > 2 and words[-1].lower() in INTERVIEWER_NOUNS:
                words.pop()  # "By Ann Roe Columnist": her trade, set after her name
                while len(words) > 2 and words[-1].lower() in TRADE_MODIFIERS:
                    words.pop()  # "By Ann Roe Staff Reporter", "Senior Columnist"
            name = " ".join(words)
            return name.title() if name.isupper() else name
    return None


def _colon_dateline(text: str, start: int, lead_end: int) -> bool:
    """Whether the one paragraph of `text` opened by capitals and a colon, at `start`, opens
    the lead with a dateline (see `_COLON_DATELINE`)."""
    if start == 0 or start > _LEAD_REACH:
        return False
    end = text.find("\n", lead_end)
    return text.count(" ", lead_end, len(text) if end == -1 else end) >= _LEAD_WORDS


def without_furniture(text: str) -> str:
    """`text` with its page furniture blanked: spaces of the same length."""
    return blanked(text, paragraphs(text))[0]


# A nickname in quotation marks, a few words, between a capitalised word (a given name, told
# by `nicknames`) and a capitalised surname: "Luca “the Hammer” Moretti", "Rosa 'Ro' Lind".
_NICKNAME = re.compile(
    # the capital first, then what stands before it: a pattern opening with a set of
    # characters is searched by a fast scan for them (~3x faster over a whole article)
    r"([A-Z](?<![\w’'][A-Z])[^\W\d_]+)[^\S\n]+"
    r"(“[^“”\n.,;:!?]{1,30}”|\"[^“”\"\n.,;:!?]{1,30}\"|[‘'][^‘’'\n.,;:!?]{1,30}[’'])"
    r"(?=[^\S\n]+([A-Z][^\W\d_]*[’'-]?[^\W\d_]+)\b)"
)
_NICKNAME_WORDS = 3  # at most, inside its marks: "the Hammer", "Big Mac", "Lightning"


def nicknames(text: str) -> list[Span]:
    """The spans, marks included, of the nicknames of `text` in quotation marks between a
    given name and a surname ("Luca “the Hammer” Moretti"), in text order; not a quotation
    after another capitalised word ("Critics called “Nova” Acme's worst phone"), nor one
    before a day or a month ("thanked Rosa “for everything” Friday")."""
    return [
        match.span(2)
        for match in _NICKNAME.finditer(text)
        if given_name(match[1])
        and len(match[2].split()) <= _NICKNAME_WORDS
        and match[3] not in DATE_NAMES
    ]


def blanked(text: str, paras: list[Span]) -> tuple[str, list[Span]]:
    """`text` with its page furniture and its nicknames (`nicknames`) blanked (spaces of the
    same length), and the paragraphs of that: `paras` (those of `text`) but the furniture,
    each after its blanked lead (which ends before a non-space character), found without a
    second scan of the text."""
    spans = furniture(text, paras)
    called = nicknames(text) if "“" in text or '"' in text or "‘" in text or "'" in text else []
    if not spans and not called:
        return text, paras
    parts: list[str] = []
    done = 0
    for start, end in sorted(spans + called):
        if start < done:
            continue  # a nickname inside furniture, blanked with it
        parts += [text[done:start], " " * (end - start)]
        done = end
    cuts = dict(spans)  # a paragraph's start -> the end of its furniture
    kept = [(cut, end) for start, end in paras if (cut := cuts.get(start, start)) < end]
    return "".join(parts) + text[done:], kept


def _is_furniture(
    text: str, start: int, end: int, slashes: list[int], contributed: list[int]
) -> bool:
    """Whether the paragraph text[start:end] is a caption, a link line, a byline, a
    tagline or a contribution line (`slashes`, `contributed`: where "/" and "contributed"
    occur in `text`)."""
    opening = text[start]  # "“...", "@...", "2...": no alternative of `_OPENING` opens so
    if (opening.isalpha() or opening in _OPENING_MARKS) and _OPENING.match(text, start, end):
        return True
    tail = end - _CREDIT_REACH if end - _CREDIT_REACH > start else start
    if text[end - 2 : end].rstrip(".").endswith(")") or holds(slashes, tail, end):
        if _CREDIT_CLOSING.search(text, tail, end):
            return True  # most paragraphs end with neither a parenthesis nor a slash near
    reach = start + _CONTRIBUTED_REACH if start + _CONTRIBUTED_REACH < end else end
    last = reach - len(_CONTRIBUTED_WORD) + 1  # where the word may start and end by `reach`
    return holds(contributed, start, last) and _CONTRIBUTED.search(text, start, reach) is not None


def _caps_label(text: str, start: int, end: int) -> bool:
    """ "ABSTRACT.", "MORE FROM THE SHOW": a paragraph of a few words, all in capitals."""
    if _CAPS_LABEL.match(text, start, end) is None:
        return False
    paragraph = text[start:end]
    return any(c.isalpha() for c in paragraph) and len(paragraph.split()) <= _CAPS_LABEL_WORDS
