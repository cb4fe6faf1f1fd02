"""The figures ledger: who gave which number for what, and where sources disagree.

Figures that count the same thing form a group; each figure is a claim with its source (the
speaker of its statement, or "unattributed" and its sentence); a group's claims are compared as
intervals. Every rule fits in a sentence:

- **What is counted** is a figure's kind, unit and owner, and every figure with the same three
  is one group.
  - *Unit*: the words of one class count the same thing (`UNIT_CLASSES`: "troops", "soldiers",
    "mercenaries" are troops); any other unit is compared as written, singular ("tank" = "tanks").
  - *Owner*: the capitalised words before the unit in the subject ("*North Korean* troops");
    when the subject has none, the nearest name before the figure in its own statement that
    owns the same unit elsewhere ("*Russia* has massed 45,000 troops", with "Russian troops"
    in the ledger). "Russia", "Russian" and "Russians" are one owner: names are compared
    without their endings (`owner_key`).
  - A nationality plural ("10,000 North Koreans") counts that nation's people: it joins that
    nation's troops when the ledger has them, and stands for itself otherwise.
  - A percentage, a sum of money, a duration or a measure also needs what it measures: its
    subject, or the words beside it ("unemployment rose to 7.5%", "a budget of $4 billion",
    "5% of voters"); when nothing says what, it stands alone.
- **Derived claims**: "five units, with about 3,000 troops each" (a count, then a count with
  "each" in the same sentence) is one claim of about 15,000 troops, its arithmetic shown.
- **Intervals**: exact [v, v]; a range [v, high]; about, estimated ±10%; at least [v, ∞); more
  than (v, ∞); up to [0, v]; less than [0, v). Two claims agree when their intervals overlap.
- **Agreement**: a group agrees when every two of its claims agree; a group given by one source
  only (the article's own voice is one source) has no verdict (`None`).
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from itertools import combinations
from typing import Any, NamedTuple

from tui.core import lexicon as lx
from tui.core.export import inert_cell, without_rejected
from tui.core.model import Document, Figure, FigureKind, Qualifier, Span, _number
from tui.core.text import article_sentences, unwrapped

# --- the rules' data ---------------------------------------------------------------------------

# Unit words that count the same thing -> the name of their class.
UNIT_CLASSES: dict[str, str] = {
    word: "troops"
    for word in """troops troop soldiers soldier servicemen serviceman service members fighters
    fighter mercenaries mercenary personnel combatants combatant""".split()
} | {word: "people" for word in "people persons individuals".split()}
# Owners whose names share no stem: compared as the name on the right.
OWNER_ALIASES: dict[str, str] = {
    "us": "american", "u.s.": "american", "america": "american", "united states": "american",
    "uk": "british", "britain": "british", "france": "french", "netherlands": "dutch",
    "afghanistan": "afghan", "pakistani": "pakistan", "pakistanis": "pakistan",
}  # fmt: skip
# Endings stripped from an owner's last word, repeatedly: Russians -> Russian -> Russ.
OWNER_ENDINGS: tuple[str, ...] = (
    "ians", "ian", "ans", "any", "an", "ese", "is", "ia", "i", "a", "e", "y", "s",
)  # fmt: skip
# How a per-item count is written: "3,000 troops each", "each with 400 fighters".
EACH_WRITTEN = re.compile(r"\b(?:each|apiece)\Z", re.IGNORECASE)
EACH_AFTER = re.compile(r"\s*(?:each|apiece)\b", re.IGNORECASE)
EACH_BEFORE = re.compile(
    r"\beach\s+(?:with|having|carrying|holding|containing)\s+\Z", re.IGNORECASE
)
# What a percentage or a sum measures, in the words before it ("unemployment rose to", "a
# budget of") or after it ("of voters", "in aid").
MEASURED_BEFORE = re.compile(
    r"(?P<what>[A-Za-z][\w'’-]*(?:[ -][A-Za-z][\w'’-]*)?)\s+(?:"
    r"(?:rose|fell|climbed|dropped|jumped|grew|increased|decreased|stood|was|is|were|are|"
    r"reached|hit|totall?ed|remained|remains|came|cost|costs)(?:\s+(?:to|at|in))?|of|at)\s+\Z"
)
# "of" or "in" and what is measured ("a 5% rise in sales"); not a time ("in just two years",
# "in recent months", "in 2019"): what follows "in" is no adverb or determiner, nor before a
# unit of time.
MEASURED_AFTER = re.compile(
    r"\s+(?:of\s+(?:the\s+)?(?P<of>[A-Za-z][\w'’-]*)|in\s+(?!(?:just|only|about|nearly|almost"
    r"|less|more|over|under|recent|the|a|an|its|their|his|her|this|that|these|those|last|next"
    r"|each|every|all|total)\b)(?P<in>[a-z][\w'’-]*)(?!\s+(?:years?|months?|weeks?|days?"
    r"|hours?|decades?|quarters?)\b))"
)
APPROXIMATE_MARGIN = 0.1
"""About, around, roughly, estimated: the value ±10%."""
QUALIFIER_WORDS: dict[str, str] = {
    "exact": "",
    "approximate": "about",
    "estimated": "an estimated",
    "at_least": "at least",
    "more_than": "more than",
    "at_most": "up to",
    "less_than": "less than",
}
UNATTRIBUTED = "unattributed"
_CAPITALISED = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*")
_WORD = re.compile(r"[\w'’.-]+")


# --- intervals --------------------------------------------------------------------------------


class Interval(NamedTuple):
    """The values a claim allows; an open end excludes its bound."""

    low: float
    high: float
    low_open: bool = False
    high_open: bool = False

    def holds(self, x: float) -> bool:
        above = self.low < x or (self.low == x and not self.low_open)
        below = x < self.high or (x == self.high and not self.high_open)
        return above and below

    def overlaps(self, other: Interval) -> bool:
        low, high = max(self.low, other.low), min(self.high, other.high)
        return low < high or (low == high and self.holds(low) and other.holds(low))


def interval(value: float, high: float | None, qualifier: Qualifier) -> Interval:
    """The values `value` (to `high`) allows with its qualifier: the rules above."""
    top = value if high is None else high
    if qualifier in ("approximate", "estimated"):
        return Interval(
            value - abs(value) * APPROXIMATE_MARGIN, top + abs(top) * APPROXIMATE_MARGIN
        )
    if qualifier == "at_least":
        return Interval(value, math.inf)
    if qualifier == "more_than":
        return Interval(value, math.inf, low_open=True)
    if qualifier == "at_most":
        return Interval(min(0.0, value), top)
    if qualifier == "less_than":
        return Interval(min(0.0, value), top, high_open=True)
    return Interval(value, top)


def value_text(value: float, high: float | None, qualifier: Qualifier) -> str:
    """`about 15,000`, `at least 10,000`, `10–12`: a claim's value as a reader says it."""
    values = (value,) if high is None else (value, high)
    number = "–".join(f"{_number(v):,}" for v in values)
    word = QUALIFIER_WORDS[qualifier]
    return f"{word} {number}" if word else number


# --- claims and groups ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Claim:
    """One figure as one source gave it (or a figure computed from two, `derived`)."""

    value: float
    high: float | None
    qualifier: Qualifier
    source: str
    """The speaker's name, or "unattributed"."""
    speaker: str | None
    statement: str | None
    figure: str
    derived: bool
    text: str
    """The figure as written; unattributed, its whole sentence; derived, the arithmetic."""
    article: str
    span: Span = field(compare=False)
    """Where the figure is in its article (a derived claim: its per-item figure)."""

    @property
    def interval(self) -> Interval:
        return interval(self.value, self.high, self.qualifier)

    @property
    def source_key(self) -> tuple[str, str]:
        """Who vouches for it: a speaker by name across articles; unattributed, the article."""
        if self.speaker is None:
            return (UNATTRIBUTED, self.article)
        name = self.source.casefold()
        return ("speaker", name.removeprefix("the "))

    def value_text(self) -> str:
        return value_text(self.value, self.high, self.qualifier)

    def to_dict(self) -> dict[str, Any]:
        return {
            "value": _number(self.value),
            "high": None if self.high is None else _number(self.high),
            "qualifier": self.qualifier,
            "source": self.source,
            "speaker": self.speaker,
            "statement": self.statement,
            "figure": self.figure,
            "derived": self.derived,
            "text": self.text,
            "article": self.article,
        }


@dataclass(frozen=True, slots=True)
class Group:
    """Claims that count the same thing, and whether their sources agree."""

    subject: str
    unit: str
    kind: FigureKind
    claims: tuple[Claim, ...]

    @property
    def sources(self) -> int:
        return len({claim.source_key for claim in self.claims})

    @property
    def agree(self) -> bool | None:
        """Every two claims overlap; None when one source gives them all."""
        if self.sources < 2:
            return None
        return all(a.interval.overlaps(b.interval) for a, b in combinations(self.claims, 2))

    def to_dict(self) -> dict[str, Any]:
        return {
            "subject": self.subject,
            "unit": self.unit,
            "agree": self.agree,
            "claims": [claim.to_dict() for claim in self.claims],
        }


# --- what a figure counts ---------------------------------------------------------------------


def owner_key(name: str) -> str:
    """`North Korea`, `North Korean`, `North Koreans` -> `north kor`: one owner (the first
    ending that fits is cut, again and again, keeping three letters)."""
    name = " ".join(name.casefold().split())
    name = OWNER_ALIASES.get(name, name)
    *first, last = name.split(" ")
    changed = True
    while changed:
        changed = False
        for ending in OWNER_ENDINGS:
            if last.endswith(ending) and len(last) - len(ending) >= 3:
                last, changed = last[: -len(ending)], True
                break
    return " ".join([*first, last])


def unit_key(unit: str) -> str:
    """The class of a unit word, or the word itself, singular and lower case."""
    word = " ".join(unit.casefold().split())
    if word in UNIT_CLASSES:
        return UNIT_CLASSES[word]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def _is_name(words: str) -> bool:
    """A capitalised run that names someone: not a function word opening a sentence."""
    return words.split()[0].casefold() not in lx.FUNCTION_WORDS | lx.DETERMINERS


def _owner_in_subject(subject: str | None, unit: str | None) -> str | None:
    """The capitalised words right before the unit in the subject: "North Korean" troops."""
    if not subject or not unit:
        return None
    at = subject.casefold().find(unit.casefold().split()[0])
    names = _names_before(subject, 0, at) if at > 0 else []
    return names[0] if names else None


def _names_before(text: str, start: int, end: int) -> list[str]:
    """The capitalised names in `text[start:end]`, nearest the end first."""
    runs = [m.group() for m in _CAPITALISED.finditer(text, start, end) if _is_name(m.group())]
    return runs[::-1]


def _measured(text: str, figure: Figure, sentence: Span) -> str | None:
    """What a percentage, sum, duration or measure measures: its subject, or the words beside
    it; without determiners."""
    if figure.subject:
        what = figure.subject
    else:
        before = MEASURED_BEFORE.search(text, sentence[0], figure.span[0])
        after = MEASURED_AFTER.match(text, figure.span[1], sentence[1])
        if before is not None:
            what = before.group("what")
        elif after is not None:
            what = after.group("of") or after.group("in")
        else:
            return None
    dropped = lx.FIGURE_DETERMINERS | lx.SPEECH_CUES
    return " ".join(w for w in _WORD.findall(what) if w.casefold() not in dropped) or None


@dataclass(frozen=True, slots=True)
class _Counted:
    """What one claim counts, before claims are grouped."""

    kind: FigureKind
    unit: str
    """The unit class: "troops", "tank", "percent"."""
    unit_shown: str
    """The unit as written: "soldiers", "North Koreans"."""
    owner: str | None = None
    """The owner as written: "North Korean", "Russia"."""
    measured: str | None = None
    alone: str | None = None
    """The figure's id when nothing says what it counts: it is a group of its own."""
    people_of: bool = False
    """A nationality plural: it may join that nation's troops."""
    candidates: tuple[str, ...] = ()
    """With no owner in the subject: the names before it in its statement, nearest first."""

    @property
    def key(self) -> tuple[str | None, ...]:
        owner = None if self.owner is None else owner_key(self.owner)
        measured = None if self.measured is None else self.measured.casefold()
        return (self.kind, self.unit, owner, measured, self.alone)


class _Reader:
    """One document's figures read as claims, each with what it counts."""

    def __init__(self, document: Document) -> None:
        self.document = without_rejected(document)
        # read as the extraction reads it: a paragraph wrapped by hand as one (same spans)
        self.text = unwrapped(self.document.article.text)
        self.sentences = article_sentences(self.text)
        self.starts = [start for start, _ in self.sentences]

    def sentence(self, span: Span) -> Span:
        """The sentence `span` starts in (sentences are in order and apart), else `span`."""
        index = bisect_right(self.starts, span[0]) - 1
        return self.sentences[index] if index >= 0 and span[0] < self.sentences[index][1] else span

    def claims(self) -> list[tuple[_Counted, Claim]]:
        figures = sorted(self.document.figures, key=lambda f: f.span)
        read: list[tuple[_Counted, Claim]] = []
        for index, figure in enumerate(figures):
            if not self._per_item(figure):
                read.append((self._counted(figure), self._claim(figure)))
                continue
            container = self._container(figures[:index], figure)
            if container is None:  # a count per item of what is not said: kept apart
                counted = self._counted(figure)
                each = replace(counted, unit_shown=f"{counted.unit_shown} each", measured="each")
                read.append((each, self._claim(figure)))
            else:
                read.append(self._derived(container, figure))
        return read

    def _per_item(self, figure: Figure) -> bool:
        """ "3,000 troops each", "each with 400 fighters": a count per item of something."""
        start, end = figure.span
        return figure.kind == "count" and bool(
            EACH_WRITTEN.search(self.document.text_of(figure.span))
            or EACH_AFTER.match(self.text, end)
            or EACH_BEFORE.search(self.text, max(0, start - 24), start)
        )

    def _container(self, before: Sequence[Figure], figure: Figure) -> Figure | None:
        """The count of items before a per-item count, in its sentence: "five units"."""
        sentence = self.sentence(figure.span)
        for other in reversed(before):
            if other.span[0] < sentence[0]:
                return None
            if (
                other.kind == "count"
                and other.unit
                and unit_key(other.unit) != unit_key(figure.unit or "")
            ):
                return other
        return None

    def _counted(self, figure: Figure) -> _Counted:
        unit = figure.unit or ""
        if figure.kind != "count":
            measured = _measured(self.text, figure, self.sentence(figure.span))
            alone = None if measured else figure.id
            return _Counted(figure.kind, unit_key(unit), unit, measured=measured, alone=alone)
        if not unit:
            return _Counted("count", "", figure.subject or "", alone=figure.id)
        if unit[:1].isupper():  # "North Koreans": a nationality plural
            owner = unit[:-1] if unit.endswith("s") else unit
            return _Counted("count", "people", unit, owner, people_of=True)
        owner = _owner_in_subject(figure.subject, unit)
        statement = self.document.statement(figure.statement)
        names: list[str] = []
        if owner is None and statement is not None and statement.span[0] <= figure.span[0]:
            names = _names_before(self.text, statement.span[0], figure.span[0])
        return _Counted("count", unit_key(unit), unit, owner, candidates=tuple(names))

    def _claim(self, figure: Figure) -> Claim:
        """The figure as its statement's speaker gave it; unattributed, with its sentence."""
        statement = self.document.statement(figure.statement)
        speaker = None if statement is None else self.document.speaker(statement.speaker)
        shown = figure.span if speaker is not None else self.sentence(figure.span)
        return Claim(
            value=figure.value,
            high=figure.high,
            qualifier=figure.qualifier,
            source=UNATTRIBUTED if speaker is None else speaker.name,
            speaker=None if speaker is None else speaker.id,
            statement=None if statement is None else statement.id,
            figure=figure.id,
            derived=False,
            text=" ".join(self.document.text_of(shown).split()),
            article=self.document.article.id,
            span=figure.span,
        )

    def _derived(self, container: Figure, each: Figure) -> tuple[_Counted, Claim]:
        """N items × M each: one claim of N×M, given by whoever gave the M; its qualifier the
        one the two give (both exact: exact; two different ones: approximate)."""
        value = container.value * each.value
        high = None
        if container.high is not None or each.high is not None:
            high = (container.high or container.value) * (each.high or each.value)
        qualifiers = {container.qualifier, each.qualifier} - {"exact"}
        qualifier: Qualifier = "exact"
        if qualifiers:
            qualifier = qualifiers.pop() if len(qualifiers) == 1 else "approximate"
        counted, holder = self._counted(each), self._counted(container)
        if counted.owner is None and holder.owner is not None:
            counted = replace(counted, owner=holder.owner)  # "five North Korean units"
        elif counted.owner is None:
            counted = replace(counted, candidates=holder.candidates + counted.candidates)
        arithmetic = (
            f"{self.document.text_of(container.span)} × {self.document.text_of(each.span)}"
            f" = {value_text(value, high, qualifier)} {each.unit or ''}"
        )
        claim = replace(self._claim(each), value=value, high=high, qualifier=qualifier)
        return counted, replace(claim, derived=True, text=" ".join(arithmetic.split()))


def ledger(documents: Iterable[Document]) -> tuple[Group, ...]:
    """The groups of claims in these articles, in the order their first claims appear."""
    read = [item for document in documents for item in _Reader(document).claims()]
    owners = {(c.unit, owner_key(c.owner)) for c, _ in read if c.owner and not c.people_of}
    grouped: dict[tuple[str | None, ...], list[tuple[_Counted, Claim]]] = {}
    for counted, claim in read:
        if counted.people_of and ("troops", owner_key(counted.owner or "")) in owners:
            counted = replace(counted, unit="troops", people_of=False)
        owner = next(
            (n for n in counted.candidates if (counted.unit, owner_key(n)) in owners), None
        )
        if owner is not None:
            counted = replace(counted, owner=owner)
        grouped.setdefault(counted.key, []).append((counted, claim))
    return tuple(_group(items) for items in grouped.values())


def _group(items: list[tuple[_Counted, Claim]]) -> Group:
    """A group named by what it counts: "North Korean troops", "unemployment"."""
    counted = [c for c, _ in items]
    first = counted[0]
    if first.unit in UNIT_CLASSES.values() and not first.people_of:
        unit = first.unit
    else:
        unit = Counter(c.unit_shown for c in counted).most_common(1)[0][0]
    owners = Counter(c.owner for c in counted if c.owner is not None)
    # The commonest way the owner is written; of those, the longest ("Russian", not "Russia").
    owner = max(owners, key=lambda o: (owners[o], len(o))) if owners else None
    if first.people_of:
        subject = unit  # "North Koreans"
    elif first.kind == "count":
        subject = " ".join(w for w in (owner, unit) if w)
    else:
        subject = first.measured or unit
    return Group(subject=subject, unit=unit, kind=first.kind, claims=tuple(c for _, c in items))


# --- the command's formats --------------------------------------------------------------------

LEDGER_FORMATS: tuple[str, ...] = ("text", "json", "csv")
CSV_COLUMNS: tuple[str, ...] = (
    "subject", "unit", "agree", "value", "high", "qualifier", "source", "speaker", "statement",
    "figure", "derived", "text", "article",
)  # fmt: skip


def verdict(group: Group) -> str:
    """`agree`, `DISAGREE` or `one source`: what the analyst reads first."""
    return {True: "agree", False: "DISAGREE", None: "one source"}[group.agree]


def to_json(groups: Sequence[Group]) -> str:
    return (
        json.dumps({"groups": [g.to_dict() for g in groups]}, ensure_ascii=False, indent=2) + "\n"
    )


def to_csv(groups: Sequence[Group]) -> str:
    """One row per claim, its group's subject, unit and verdict repeated; UTF-8 with a BOM."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for group in groups:
        head = {"subject": group.subject, "unit": group.unit, "agree": group.agree}
        for claim in group.claims:
            row = head | claim.to_dict()
            writer.writerow([inert_cell(_cell(row[column])) for column in CSV_COLUMNS])
    return "\ufeff" + out.getvalue()


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def to_text(groups: Sequence[Group], *, articles: bool = False) -> str:
    """A table to paste: a heading per group with its verdict, a row per claim."""
    if not groups:
        return "no figures\n"
    lines: list[str] = []
    for group in groups:
        lines.append(f"{group.subject} ({group.unit}): {verdict(group)}")
        rows = [
            (
                claim.value_text() + (" (derived)" if claim.derived else ""),
                claim.source,
                *((claim.article,) if articles else ()),
                claim.statement or "-",
                claim.text,
            )
            for claim in group.claims
        ]
        widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
        for row in rows:
            cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
            lines.append("  " + "  ".join([*cells, row[-1]]))
        lines.append("")
    return "\n".join(lines)
