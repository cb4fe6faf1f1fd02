"""A review carried to a new version of its article: every span found again by its text and
context, what cannot be placed kept as an orphan with its verdict and note.

The two texts are aligned paragraph by paragraph (difflib), then word by word inside the
paragraphs that changed; a span whose ends fall in text both versions share moves with it. A
span whose text changed at an end is found again by its text (the occurrence whose
surroundings match best), else kept where its remaining words went when it reads nearly the
same (a reworded statement). Statements, figures and mentions found in the new text where no
old one was placed are added, as a fresh extraction finds them.
"""

from __future__ import annotations

import bisect
import difflib
import re
from dataclasses import dataclass, replace

from tui.core.model import Document, Orphan, Span, Speaker, Statement

_TOKEN = re.compile(r"\w+|\s+|[^\w\s]")
_CONTEXT = 40  # characters either side compared when a text occurs several times
MIN_SIMILARITY = 0.6
"""How alike an old statement and its place in the new text must read to count as reworded,
not removed (difflib's ratio of the two texts)."""


@dataclass(frozen=True, slots=True)
class TextMap:
    """Where each stretch of `old` that `new` keeps is in `new`."""

    old: str
    new: str
    ranges: tuple[tuple[int, int, int], ...]  # (old start, new start, length), by old start

    @classmethod
    def between(cls, old: str, new: str) -> TextMap:
        old_lines, new_lines = _lines(old), _lines(new)
        ranges: list[tuple[int, int, int]] = []
        lines = difflib.SequenceMatcher(None, [p[2] for p in old_lines], [p[2] for p in new_lines])
        for tag, i1, i2, j1, j2 in lines.get_opcodes():
            if tag == "equal":
                ranges.extend(
                    (start, new_lines[j][0], end - start)
                    for (start, end, _), j in zip(old_lines[i1:i2], range(j1, j2), strict=True)
                )
            elif tag == "replace":
                ranges.extend(_words(old, new, old_lines[i1:i2], new_lines[j1:j2]))
        ranges.sort()
        return cls(old, new, tuple(ranges))

    def point(self, offset: int) -> int | None:
        """Where the character at `offset` of the old text is in the new one, if it is kept."""
        index = bisect.bisect_right(self.ranges, (offset, len(self.new) + 1, 0)) - 1
        if index >= 0:
            old_start, new_start, length = self.ranges[index]
            if offset < old_start + length:
                return new_start + offset - old_start
        return None

    def place(self, span: Span) -> tuple[Span, bool] | None:
        """The span's place in the new text and whether it reads the same there, or None.

        Same text at its mapped place, else the same text found elsewhere (best context),
        else the mapped place of its kept words when the text there reads nearly the same.
        """
        start, end = span
        was = self.old[start:end]
        mapped = self.moved(span)
        if mapped is not None and self.new[mapped[0] : mapped[1]] == was:
            return mapped, True
        found = self._find(span)
        if found is not None:
            return found, True
        if mapped is not None:
            ratio = difflib.SequenceMatcher(None, was, self.new[mapped[0] : mapped[1]]).ratio()
            if ratio >= MIN_SIMILARITY:
                return mapped, False
        return None

    def moved(self, span: Span) -> Span | None:
        """The span from where its first kept character went to where its last one went,
        stretched by what was not kept at either end."""
        start, end = span
        first = bisect.bisect_right(self.ranges, (start, len(self.new) + 1, 0)) - 1
        first = max(first, 0)
        index = first
        while index < len(self.ranges) and self.ranges[index][0] < end:
            index += 1
        kept = [
            (max(start, o), min(end, o + n) - 1)
            for o, _, n in self.ranges[first:index]
            if o + n > start
        ]
        if not kept:
            return None
        head, tail = kept[0][0], kept[-1][1]
        new_head, new_tail = self.point(head), self.point(tail)
        if new_head is None or new_tail is None:
            return None
        new_start = max(0, new_head - (head - start))
        new_end = min(len(self.new), new_tail + 1 + (end - 1 - tail))
        return (new_start, new_end) if new_start < new_end else None

    def _find(self, span: Span) -> Span | None:
        """The occurrence of the span's text in the new text whose surroundings match the old
        ones best, or None when it does not occur."""
        start, end = span
        was = self.old[start:end]
        before = self.old[max(0, start - _CONTEXT) : start]
        after = self.old[end : end + _CONTEXT]
        best: tuple[int, int] | None = None  # (score, position)
        position = self.new.find(was)
        while position != -1:
            score = _common_suffix(before, self.new[max(0, position - _CONTEXT) : position])
            score += _common_prefix(after, self.new[position + len(was) :][:_CONTEXT])
            if best is None or score > best[0]:
                best = (score, position)
            position = self.new.find(was, position + 1)
        return None if best is None else (best[1], best[1] + len(was))


def _lines(text: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of each line of `text` that is not blank, its line break included.
    Blank lines are left out of the alignment: as anchors they would pair unrelated lines."""
    found: list[tuple[int, int, str]] = []
    start = 0
    for line in text.split("\n"):
        end = min(len(text), start + len(line) + 1)
        if line.strip():
            found.append((start, end, text[start:end]))
        start = end
    return found


def _words(
    old: str,
    new: str,
    old_lines: list[tuple[int, int, str]],
    new_lines: list[tuple[int, int, str]],
) -> list[tuple[int, int, int]]:
    """The ranges kept between two runs of changed lines, matched word by word."""
    if not old_lines or not new_lines:
        return []
    old_tokens = [
        (m.start(), m.group()) for m in _TOKEN.finditer(old, old_lines[0][0], old_lines[-1][1])
    ]
    new_tokens = [
        (m.start(), m.group()) for m in _TOKEN.finditer(new, new_lines[0][0], new_lines[-1][1])
    ]
    matcher = difflib.SequenceMatcher(
        None, [t for _, t in old_tokens], [t for _, t in new_tokens], autojunk=False
    )
    ranges: list[tuple[int, int, int]] = []
    for i, j, size in matcher.get_matching_blocks():
        if size:
            first_old, first_new = old_tokens[i][0], new_tokens[j][0]
            last = old_tokens[i + size - 1]
            ranges.append((first_old, first_new, last[0] + len(last[1]) - first_old))
    return ranges


def _tokens(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """(offset, text) of each word, run of spaces and other character in text[start:end]."""
    return [(m.start(), m.group()) for m in _TOKEN.finditer(text, start, end)]


def _common_prefix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def _common_suffix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def reanchor(document: Document, text: str) -> Document:
    """`document`, annotated on another version of its article, carried over to `text`.

    Every statement, figure and mention is placed by its text and context; a reviewed
    statement that cannot be placed becomes an orphan, its verdict and note kept; one placed
    where it now reads differently keeps its review with the old wording in its note. What a
    fresh extraction finds where no old statement, figure or mention was placed is added.
    """
    places = TextMap.between(document.article.text, text)
    figures = [
        replace(figure, span=placed[0])
        for figure in document.figures
        if (placed := places.place(figure.span)) is not None and placed[1]
    ]
    statements: list[Statement] = []
    orphans = list(document.orphans)
    for statement in document.statements:
        placed = places.place(statement.span)
        if placed is None:
            orphans.extend(orphans_of(replace(document, statements=(statement,))))
            continue
        span, same = placed
        parts = [places.place(part) for part in statement.parts]
        review = statement.review
        if not same and _reviewed(statement):
            was = document.text_of(statement.span)
            note = f"{review.note}\n" if review.note else ""
            review = replace(review, note=f"{note}(reworded since reviewed; it read: “{was}”)")
        statements.append(
            replace(
                statement,
                span=span,
                parts=tuple(p[0] for p in parts if p) if all(parts) and len(parts) > 1 else (),
                speaker_span=_exact(places, statement.speaker_span),
                cue_span=_exact(places, statement.cue_span),
                review=review,
            )
        )
    kept = {s.id for s in statements}
    figure_ids = {f.id for f in figures}
    statements = [
        replace(s, figures=tuple(f for f in s.figures if f in figure_ids)) for s in statements
    ]
    figures = [f if f.statement in kept else replace(f, statement=None) for f in figures]
    speakers = [
        replace(
            speaker,
            mentions=tuple(m for m in (_exact(places, span) for span in speaker.mentions) if m),
        )
        for speaker in document.speakers
    ]
    moved = Document(
        replace(document.article, text=text),
        tuple(speakers),
        tuple(sorted(statements, key=lambda s: s.span)),
        tuple(sorted(figures, key=lambda f: f.span)),
        tuple(orphans),
    )
    from tui.core.extract import extract  # the core's extraction imports the core's model

    return _with_fresh(moved, extract(moved.article))


def orphans_of(document: Document, *, with_text: bool = True) -> tuple[Orphan, ...]:
    """The reviewed statements of `document` as orphans: their text (unless the spans index
    a text no longer known), speaker and review."""
    return tuple(
        Orphan(
            id=statement.id,
            text=document.text_of(statement.span) if with_text else "",
            speaker=speaker.name if (speaker := document.speaker(statement.speaker)) else None,
            review=statement.review,
        )
        for statement in document.statements
        if _reviewed(statement)
    )


def _reviewed(statement: Statement) -> bool:
    review = statement.review
    return review.status != "unreviewed" or bool(review.note) or review.corrected


def _exact(places: TextMap, span: Span | None) -> Span | None:
    """Where `span` is in the new text when it reads the same there, else None."""
    placed = None if span is None else places.place(span)
    return placed[0] if placed is not None and placed[1] else None


def _overlaps(span: Span, others: list[Span]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in others)


def _free_id(wanted: str, used: set[str]) -> str:
    """`wanted`, or the next `prefix-N` not in `used`; the id is added to `used`."""
    prefix = wanted.rsplit("-", 1)[0]
    number = 1
    found = wanted
    while found in used:
        number += 1
        found = f"{prefix}-{number}"
    used.add(found)
    return found


def _with_fresh(document: Document, fresh: Document) -> Document:
    """`document` with what `fresh` (an extraction of the same text) finds where nothing of
    `document` was placed: statements, their figures and speakers, and further mentions."""
    figure_spans = [f.span for f in document.figures]
    used = {x.id for x in (*document.statements, *document.figures, *document.speakers)}
    used |= {o.id for o in document.orphans}
    speakers = {s.name: s for s in document.speakers}
    renamed: dict[str, str] = {}  # fresh speaker id -> the id it has in `document`
    for speaker in fresh.speakers:
        known = speakers.get(speaker.name)
        if known is None:
            known = replace(speaker, id=_free_id(speaker.id, used), mentions=())
        mentions = [m for m in speaker.mentions if not _overlaps(m, _all_mentions(speakers))]
        speakers[speaker.name] = replace(
            known, mentions=tuple(sorted((*known.mentions, *mentions)))
        )
        renamed[speaker.id] = speakers[speaker.name].id
    figure_ids: dict[str, str] = {}
    figures = list(document.figures)
    for figure in fresh.figures:
        if not _overlaps(figure.span, figure_spans):
            figure_ids[figure.id] = _free_id(figure.id, used)
            figures.append(replace(figure, id=figure_ids[figure.id]))
    statements = list(document.statements)
    statement_ids: dict[str, str] = {}  # fresh id -> the id in `document`, placed or added
    for statement in fresh.statements:
        placed = next((s for s in document.statements if _overlaps(s.span, [statement.span])), None)
        if placed is not None:
            statement_ids[statement.id] = placed.id
            continue
        statement_ids[statement.id] = _free_id(statement.id, used)
        statements.append(
            replace(
                statement,
                id=statement_ids[statement.id],
                speaker=renamed.get(statement.speaker or "", None),
                figures=(),
            )
        )
    added = set(figure_ids.values())
    figures = [
        replace(f, statement=statement_ids.get(f.statement or "")) if f.id in added else f
        for f in figures
    ]
    statements = [
        replace(
            s,
            figures=(*s.figures, *(f.id for f in figures if f.id in added and f.statement == s.id)),
        )
        for s in statements
    ]
    referenced = {s.speaker for s in statements} | {s.id for s in document.speakers}
    return replace(
        document,
        speakers=tuple(s for s in speakers.values() if s.id in referenced or s.mentions),
        statements=tuple(sorted(statements, key=lambda s: s.span)),
        figures=tuple(sorted(figures, key=lambda f: f.span)),
    )


def _all_mentions(speakers: dict[str, Speaker]) -> list[Span]:
    return [m for s in speakers.values() for m in s.mentions]
