"""Headlines and standfirsts that repeat the body: the same claim said twice is one statement.

An article often opens with its **headline** and a **standfirst** (a dek: one short sentence
that sums the story up) before its body, and both restate what the body reports: "Lee says
bridge will close in March" above "Mayor Jane Lee said on Monday that the harbour bridge
will close in March". An analyst counts that claim once, where the body says it.

The headline is the article's first paragraph, when more text follows it and

- it is the title the reader found (a Markdown `# ` heading, an HTML `<title>` or `<h1>`),
  or the title opens with it ("... | The Daily"); or
- it is a Markdown heading ("# ...") left in plain text; or
- it is short (at most `HEADLINE_WORDS` words) and either has no sentence-final punctuation
  or a blank line after it (feeds that punctuate their headlines still set them apart): a
  short punctuated first line run straight into the next one is the body's first sentence.

The standfirst is the paragraph after the headline, if it is one sentence of at most
`STANDFIRST_WORDS` words with more text after it, no byline before it, and none of what
opens a body: a dateline ("WASHINGTON (AP) —"), a quotation mark, the day of the news ("on
Monday", "tonight": a lede says when, a standfirst says what), or a colon introducing what
follows ("The Post reports:"). A second such paragraph may follow (a standfirst in two
lines). Furniture between (an "ABSTRACT." label, blanked) is passed over.

A statement of the headline or the standfirst **repeats** the body when a statement after
its paragraph has the same source (the same resolved speaker; a named speaker of the same
surname; or, for a headline's bare description, "Mayor says ...", a speaker the body gives
that role, "the city's mayor, Ann Porter", or an unnamed one, "a Crown prosecutor told
jurors", whoever the description was resolved to; or an unnamed source the body describes
again at more length, "Migrant workers say ..." and "Eleven migrant workers who ... say"), the
same act (speech, thought or stance; a headline's plain "says" sums up a view with "as" too,
"framed the cuts as a betrayal", not a doubt or a fear), and at least `REPEATED_SHARE` of its
content words (lower case, lightly stemmed, those of a tail giving the news around it left
out: "as talks drag on", "amid a strike", "in radio interview"; "taxes" is "tax", "closed"
and "closing" are "clos"; function words left out). Such a statement is dropped. Any other
is kept: the headline is then the only place its claim is made.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tui.core.lexicon import (
    AS_CUES,
    AUXILIARY_VERBS,
    CITED_SOURCES,
    DETERMINERS,
    FUNCTION_WORDS,
    PREPOSITIONS,
    ROLE_HOLDERS,
    ROLE_NOUNS,
    SOURCE_ADJECTIVES,
    VENUE_WORDS,
)
from tui.core.model import Span, Speaker
from tui.core.speaker_kinds import names_union_local
from tui.core.statements.acts import act_of
from tui.core.statements.state import Emitted
from tui.core.text import alternation, line_start, paragraphs, sentences

HEADLINE_WORDS = 20
"""A headline recognised by its shape has at most this many words."""
STANDFIRST_WORDS = 20
"""A standfirst has at most this many words, as a headline: a second headline. A lede is most
often longer (and a longer summary, such as an abstract of 25 words, is then read as body)."""
STANDFIRSTS = 2
"""At most this many paragraphs after the headline are its standfirst."""
REPEATED_SHARE = 0.6
"""The share of a headline statement's content words that a body statement must hold for the
headline to repeat it: "Lee warns of tax rise" against "Lee said taxes would rise" holds 2
of 2; "Lee: ‘We will never surrender the port’" against "Lee said the port would stay open"
holds 1 of 3 (port, never, surrender)."""
# The nouns of the people a body cites as its sources ("people familiar with", "a senior
# official"), not its papers; and those a headline's source of no description may be
# ("..., sources say", "..., officials say", "insiders say"; not "people").
_PEOPLE_SOURCES = CITED_SOURCES - {"figures", "data", "statistics"}
_BARE_SOURCES = _PEOPLE_SOURCES - {"person", "people"}
_PEOPLE = frozenset({"person", "group"})
# Whom an outlet cites for what it reported, to its sentence's end: "citing *sources*".
_CITING = re.compile(r"\bciting\s+([^.!?\n]{1,60})")
_SENTENCE_END = re.compile(r"[.!?\n]")

_MARKDOWN_HEADING = re.compile(r"#{1,6}\s")
_SENTENCE_FINAL = frozenset(".!?…")
_CLOSING = "\"”’»')]"
_OPENING_QUOTES = frozenset("\"“‘«'")
# A dateline opening the body: a place in capitals, maybe a date and an agency, then a dash
# ("WASHINGTON —", "LOS ANGELES, Sept. 28 (UPI) —", "NEWPORT NEWS, Va. -"); or an agency.
_DATELINE = re.compile(
    r"[A-Z][A-Z .’'-]{2,40}\b[^\n—–―]{0,40}?(?:\s[—–―-]{1,2}\s)|.{0,60}\((?:AP|UPI|Reuters|AFP)\)"
)
_DAY = re.compile(
    r"\b(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday)\b"
)
_BYLINE_LINE = re.compile(r"(?m)^[ \t]*By\s+[A-Z]")
_TITLE_SEPARATORS = ("|", "-", "—", "–", ":", "·")
_WORD = re.compile(r"[^\W_]+")
# A headline's tail giving the news around the claim, not the claim: "Minister says deal
# 'close' *as talks drag on*", "... *amid* strike", "... *ahead of* vote"; not "as" naming
# what the claim calls someone ("Lawmakers slam mayor as a 'fraud'").
_CONTEXT_TAIL = re.compile(
    r"\s(?:as(?!\s+(?i:an?|the)\b|\s+[“\"‘'])"
    # "as" before a clause: not a comparison ("as much as 10 per cent", "as soon as spring",
    # nor its "as 10 per cent") nor a role ("to serve as premier", "as premier of Ontario").
    # A clause: two words, the second no preposition ("as talks drag on"); a plural subject,
    # maybe counted, before anything but a determiner or "of" ("as talks on contract stall",
    # "as 3 unions walk out"); a verb in -s and a particle ending the line ("as strike at
    # port drags on").
    r"(?=\s+[^\d\s$€£]\S*\s+(?!as\b|" + alternation(PREPOSITIONS) + r"\b)\w"
    r"|\s+(?:\d[\d,]*\s+)?[a-z]+[^s\W]s\s+(?!(?:a|an|the|of|per)\b)[a-z]"
    r"|[^\n,;:]*\s[a-z]+s\s+(?:on|out|off|up|down|over|in)[ \t]*(?:\n|\Z))"
    r"|amid|while|despite|ahead\s+of)\s"
    # where it was said: "Minister defends rebate cut in testy radio interview", "at rally"
    r"|\s(?:in|at|during)\s+(?:(?:an?|the|his|her|their|its)\s+)?(?:[\w-]+\s+){0,3}?(?:"
    + alternation(VENUE_WORDS)
    + r")s?\b"
)
# A headline's plain "says" sums up a body's stance with "as" (`AS_CUES`: "Union says cuts
# betray riders" over "the union framed the cuts as a betrayal"), never one of the opposite
# sense ("Mayor says bridge is safe" over "... doubts the bridge is safe"); other cues keep
# their act.
_HEADLINE_SAYS = frozenset({"says", "say", "said"})
_NOT_CONTENT = (
    FUNCTION_WORDS
    | DETERMINERS
    | PREPOSITIONS
    | AUXILIARY_VERBS
    | frozenset("he she they it its his her their s".split())
)


def headline_ends(
    raw: str, text: str, paras: Sequence[Span], title: str | None = None
) -> list[int]:
    """Where the headline and each paragraph of the standfirst of `text` end, in text order
    (none: it has no headline). `raw` is the article as read, `text` the same with its
    furniture blanked (same length), `paras` its paragraphs; `title` the article's title,
    when its reader found one."""
    if len(paras) < 2 or not _headline(text, paras, title):
        return []
    ends = [paras[0][1]]
    for index in range(1, min(STANDFIRSTS, len(paras) - 2) + 1):
        if not _standfirst(raw, text, paras, index):
            break
        ends.append(paras[index][1])
    return ends


def headline(text: str, paras: Sequence[Span] | None = None) -> str | None:
    """The headline `text` opens with, as the extraction finds it, on one line; None when it
    has none or it is a sentence (a full stop at its end): the title of an article whose file
    gives none (plain text). `paras`: the paragraphs of `text`, when the caller has them."""
    if paras is None:
        paras = paragraphs(text)
    ends = headline_ends(text, text, paras)
    found = " ".join(text[paras[0][0] : ends[0]].lstrip("#").split()) if ends else ""
    return None if not found or found.endswith(".") else found


def _headline(text: str, paras: Sequence[Span], title: str | None) -> bool:
    """Whether the first paragraph is the headline."""
    start, end = paras[0]
    first = text[start:end]
    if title is not None and _is_title(first, title):
        return True
    if _MARKDOWN_HEADING.match(first):
        return True
    if len(first.split(maxsplit=HEADLINE_WORDS)) > HEADLINE_WORDS:
        return False
    punctuated = first.rstrip(_CLOSING)[-1:] in _SENTENCE_FINAL
    return not punctuated or text.count("\n", end, paras[1][0]) >= 2


def _is_title(paragraph: str, title: str) -> bool:
    """Whether `paragraph` is the title: the same words, or the words the title opens with
    before a separator ("Mayor warns | The Daily")."""
    title_words = title.split()
    words = paragraph.lstrip("#").split(maxsplit=len(title_words))  # no more than needed
    if not words or words != title_words[: len(words)]:
        return False
    return len(words) == len(title_words) or title_words[len(words)] in _TITLE_SEPARATORS


def _standfirst(raw: str, text: str, paras: Sequence[Span], index: int) -> bool:
    """Whether paragraph `index`, after the headline, is (part of) its standfirst."""
    start, end = paras[index]
    if _BYLINE_LINE.search(raw, paras[index - 1][1], start):
        return False  # a byline between: the body begins
    paragraph = text[start:end]
    if len(paragraph.split(maxsplit=STANDFIRST_WORDS)) > STANDFIRST_WORDS:
        return False
    if paragraph[0] in _OPENING_QUOTES or paragraph.endswith(":"):
        return False
    line = line_start(raw, start)  # a dateline is blanked in `text`
    if _DATELINE.match(raw, line) or _DAY.search(paragraph):
        return False
    return len(sentences(text, (start, end), [])) == 1


def _content_words(text: str, span: Span) -> frozenset[str]:
    """The content words of text[span[0]:span[1]]: lower case, without function words, each
    lightly stemmed (`_stem`)."""
    return frozenset(
        _stem(word)
        for word in map(str.lower, _WORD.findall(text, *span))
        if word not in _NOT_CONTENT and len(word) > 1
    )


def _stem(word: str) -> str:
    """ "taxes" -> "tax", "policies" -> "policy", "closed"/"closing" -> "clos", "rise" ->
    "rise": plural and verb endings cut when a stem of three letters or more is left."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    for ending in ("ing", "ed", "es", "s", "e"):
        if word.endswith(ending) and len(word) - len(ending) >= 3 and not word.endswith("ss"):
            return word[: -len(ending)]
    return word


def without_repeats(
    text: str,
    ends: list[int],
    statements: list[Emitted],
    sources: dict[str, Speaker],
    start: int = 0,
) -> list[Emitted]:
    """`statements` but those of the headline or the standfirst (`ends`: where each of their
    paragraphs ends; `start`: where the first begins, a live blog's entry headline too) that a
    later statement repeats: one after their paragraph, by the same source (`sources`: each
    working speaker id's speaker), of the same act, holding at least `REPEATED_SHARE` of
    their content words."""
    head = [s for s in statements if start <= s.span[0] < ends[-1] and s.speaker is not None]
    said: dict[int, tuple[str, ...]] = {}  # each body quotation's words, read once
    repeated = {id(s) for s in head if _repeated(text, s, ends, statements, sources, said)}
    return [s for s in statements if id(s) not in repeated] if repeated else statements


def same_source(head: Speaker | None, body: Speaker | None) -> bool:
    """Whether the speaker of a headline's statement is the body's speaker: the same one, a
    named one of the same surname, a bare description ("Mayor", "Police chief") whose last
    word is in the role the body gives its named speaker ("the city's mayor"), or by its title
    ("Governor" and "Ohio Gov. Warren Pike"), or an unnamed one described again in the body's
    longer words (`_described_again`) or ending a named body's name ("School board" and "the
    Milford school board")."""
    if head is None or body is None:
        return False
    if head.id == body.id:
        return True
    last, role = _surname(head), _WORD.findall((body.role or "").lower())
    holders = not head.named and not ROLE_HOLDERS.get(last, frozenset()).isdisjoint(role)
    if body.named and (last in role or holders):
        return True  # an unnamed one's role is its description, matched whole by `_in_role`
    if holders and _in_role(frozenset(_WORD.findall(head.name.lower())[:-1]) - _NOT_CONTENT, body):
        return True  # "Lawmaker says" above "a senior Republican senator said"
    if not head.named:
        if body.named:  # "School board votes to ..." above "the Milford school board voted"
            return body.name.lower().endswith(f" {head.name.lower()}")
        return _described_again(head.name, body.name) or _any_source(head, body)
    return body.named and _surname(head) == _surname(body)


def _described_again(head: str, body: str) -> bool:
    """Whether an unnamed source of a headline ("Migrant workers") is described again, its
    words whole inside the body's longer description ("Eleven migrant workers who picked
    lettuce"): the same people; not "Nurses" in "the nurses' employers". An unnamed source's
    head and adjective are enough ("People familiar with Inquiry" in "four people familiar
    with the matter"): a headline shortens what they know."""
    words, longer = head.lower().split(), body.lower().split()
    known = next((k for k, word in enumerate(words) if k and word in SOURCE_ADJECTIVES), None)
    if known is not None:
        words = words[: known + 1]
    return any(longer[k : k + len(words)] == words for k in range(len(longer) - len(words) + 1))


def _any_source(head: Speaker, body: Speaker) -> bool:
    """Whether a headline's bare "sources" (or "a source", "officials", "insiders") stands for
    the body's unnamed person or group described by a source's noun: "..., sources say" above
    "..., according to three people familiar with the plans" or "a senior official said"; not
    "Residents"."""
    return (
        _bare_source(head)
        and body.kind in _PEOPLE
        and not _PEOPLE_SOURCES.isdisjoint(_WORD.findall(body.name.lower()))
    )


def _bare_source(head: Speaker) -> bool:
    """Whether a headline's source is a source's noun alone: "sources", "an official"."""
    words = [w for w in _WORD.findall(head.name.lower()) if w not in DETERMINERS]
    return not head.named and len(words) == 1 and words[0] in _BARE_SOURCES


def _citing_sources(text: str, body: Speaker | None, statement: Emitted) -> bool:
    """Whether a headline's bare "sources" (`_any_source`, `_bare_source`) are those an
    outlet's body `statement` cites in its sentence: "..., sources say" above "..., Reuters
    reported, citing sources" or "citing two people familiar with the plan"."""
    if body is None or body.kind != "media":
        return False
    end = _SENTENCE_END.search(text, statement.span[1])
    citing = _CITING.search(text, statement.span[1], end.start() if end else len(text))
    return citing is not None and not _PEOPLE_SOURCES.isdisjoint(_WORD.findall(citing[1].lower()))


def _role_mention(text: str, span: Span | None) -> frozenset[str] | None:
    """The words of the description a headline names its source by, a role noun last
    ("*Prosecutor* says ...", "*Police chief* warns": "police" and "chief"), whoever the
    extraction resolved it to; None for a name ("Lee says")."""
    if span is None:
        return None
    words = _WORD.findall(text[span[0] : span[1]].lower())
    if not words or words[-1] not in ROLE_NOUNS:
        return None
    return frozenset(words) - _NOT_CONTENT


def _in_role(role: frozenset[str] | None, body: Speaker | None) -> bool:
    """Whether the body's speaker is unnamed and described by every word of the headline's
    description `role` (in its role or its description): the headline's "Prosecutor says" and
    the lede's "a Crown prosecutor told jurors", one source the body names only later; not
    "Police chief says" and "a fire chief told council"."""
    return (
        role is not None
        and body is not None
        and not body.named
        and role <= set(_WORD.findall(f"{body.role or ''} {body.name}".lower()))
    )


def _surname(speaker: Speaker) -> str:
    return speaker.name.split()[-1].lower()


QUOTED_AGAIN_WORDS = 3
"""A headline's quotation of at least this many words, its source a description, that a body
quotation's first sentence says again word for word repeats it when the body's speaker fits
the description (`_fits`): "‘Nobody wants a lockout,’ says union" above "“Nobody wants a
lockout,” the local's president, Ann Lee, said"."""


_SENTENCE_STOP = re.compile(r"[.!?]")  # where a quotation's first sentence ends


def _words(text: str, span: Span) -> tuple[str, ...]:
    """The words of text[span[0]:span[1]], lower case."""
    return tuple(map(str.lower, _WORD.findall(text, *span)))


def _first_sentence_words(text: str, span: Span) -> tuple[str, ...]:
    """The words of the first sentence of a quotation at `span`, lower case: "Nobody wants a
    strike. Our members ..." -> ("nobody", "wants", "a", "strike")."""
    stop = _SENTENCE_STOP.search(text, *span)
    return _words(text, (span[0], stop.start() if stop else span[1]))


def _quoted_words(text: str, statement: Emitted) -> tuple[str, ...] | None:
    """The words (lower case) of a headline's direct quotation of at least
    `QUOTED_AGAIN_WORDS` words, or None."""
    if statement.kind != "direct":
        return None
    words = _words(text, statement.span)
    return words if len(words) >= QUOTED_AGAIN_WORDS else None


def _fits(source: Speaker, body: Speaker | None) -> bool:
    """Whether the body's speaker fits the description a headline names its unnamed source
    by: its head word in the body's role or name ("says mayor" and "Mayor Ann Lee"), or a
    holder of it ("says union" and "the union's president", "the local's president"), or
    one of its kind but a person ("says union" and "the union"); not "says mayor" and "the
    union's president"."""
    if body is None:
        return False
    head, role = _surname(source), body.role or ""
    words = set(_WORD.findall(f"{role} {body.name}".lower()))
    if names_union_local(role):
        words.add("union")  # "the local's president": a union's local
    if head in words or not ROLE_HOLDERS.get(head, frozenset()).isdisjoint(words):
        return True
    return source.kind != "person" and body.kind == source.kind


def _repeated(
    text: str,
    statement: Emitted,
    ends: list[int],
    statements: list[Emitted],
    sources: dict[str, Speaker],
    said: dict[int, tuple[str, ...]],
) -> bool:
    """Whether a statement after the paragraph of `statement` repeats it (`said`: the words of
    the body's quotations read so far, by id)."""
    after = next(end for end in ends if statement.span[0] < end)
    tail = _CONTEXT_TAIL.search(text, *statement.span)
    words = _content_words(text, (statement.span[0], tail.start()) if tail else statement.span)
    if not words:
        return False
    source = sources.get(statement.speaker or "")
    role = _role_mention(text, statement.speaker_span)
    act = act_of(statement.cue)
    says = (statement.cue or "").lower() in _HEADLINE_SAYS
    same: dict[str | None, bool] = {}  # each body speaker's id: whether it is `source`
    bare = source is not None and _bare_source(source)  # "..., sources say": cited sources too
    # a description ("says union") may stand for whoever the body quotes; a name is its own
    quoted = _quoted_words(text, statement) if source is not None and not source.named else None
    for other in statements:
        if other.span[0] < after:
            continue
        if quoted and other.kind != "indirect":
            if id(other) not in said:
                said[id(other)] = _first_sentence_words(text, other.span)
            if said[id(other)] == quoted and _fits(source, sources.get(other.speaker or "")):
                return True  # the headline's quotation said again by one it describes
        if act_of(other.cue) != act and not (says and (other.cue or "").lower() in AS_CUES):
            continue  # a cached look-up, before the source's
        speaker = other.speaker
        if speaker not in same:  # tested once per speaker, not once per statement
            body = sources.get(speaker or "")
            same[speaker] = same_source(source, body) or _in_role(role, body)
        if not same[speaker] and not (
            bare and _citing_sources(text, sources.get(speaker or ""), other)
        ):
            continue
        if len(words & _content_words(text, other.span)) >= REPEATED_SHARE * len(words):
            return True
    return False
