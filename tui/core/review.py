"""Review actions on a Document: verdicts, notes, speaker corrections, added statements.

Every function returns a new Document; nothing here does I/O. `reviewer` and `when` are
passed in so that callers (and tests) decide who and when.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from tui.core.model import (
    Document,
    Review,
    ReviewStatus,
    Span,
    Speaker,
    SpeakerKind,
    Statement,
    StatementKind,
)
from tui.core.sources import clean_text
from tui.core.text import quotes, unwrapped

VERDICTS: tuple[ReviewStatus, ...] = ("verified", "disputed", "unverifiable")
FILTERS: tuple[str, ...] = ("all", "unreviewed", "speaker", "disputed", "speech")


def now() -> str:
    """The time stamp stored with a review: UTC, ISO 8601, to the second."""
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _reviewed(
    statement: Statement, reviewer: str | None, when: str, **changes: object
) -> Statement:
    review = replace(statement.review, reviewer=reviewer, updated=when, **changes)  # type: ignore[arg-type]
    return replace(statement, review=review)


def _statement(document: Document, statement_id: str) -> Statement:
    statement = document.statement(statement_id)
    if statement is None:
        raise KeyError(f"no statement {statement_id!r}")
    return statement


def set_status(
    document: Document, statement_id: str, status: ReviewStatus, reviewer: str | None, when: str
) -> Document:
    """Mark a statement verified / disputed / unverifiable / rejected, or clear it (unreviewed)."""
    statement = _statement(document, statement_id)
    return document.with_statement(_reviewed(statement, reviewer, when, status=status))


def set_note(
    document: Document, statement_id: str, note: str, reviewer: str | None, when: str
) -> Document:
    statement = _statement(document, statement_id)
    note = clean_text(note)  # a pasted escape sequence must not reach the terminal later
    return document.with_statement(_reviewed(statement, reviewer, when, note=note))


def speaker_id_for(document: Document, name: str) -> str:
    """A new, unused speaker id made from a name: 'Jane Doe' -> 'jane-doe' (or 'jane-doe-2')."""
    base = re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-") or "speaker"
    taken = {s.id for s in document.speakers}
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}-{n}"
    return candidate


def add_speaker(
    document: Document,
    name: str,
    speaker_id: str | None = None,
    role: str | None = None,
    kind: SpeakerKind = "unknown",
) -> tuple[Document, Speaker]:
    """A speaker typed by the analyst (not found by extraction), with the role and kind given;
    `speaker_id` is the id it was given before (a replayed review), else a new one is made
    from the name."""
    name = " ".join(clean_text(name).split())
    if not name:
        raise ValueError("a speaker needs a name")
    role = " ".join(clean_text(role or "").split()) or None
    speaker = Speaker(
        id=speaker_id or speaker_id_for(document, name), name=name, kind=kind, role=role
    )
    return document.with_speaker(speaker), speaker


def set_speaker(
    document: Document,
    statement_id: str,
    speaker_id: str | None,
    reviewer: str | None,
    when: str,
    mention: Span | None = None,
    corrected: bool = True,
) -> Document:
    """Correct the speaker of a statement (None: unattributed); the correction is kept
    (`review.corrected`). `mention` is the speaker's mention in the attribution, when known;
    an undo puts the old one back, and the old `corrected` flag (False: the extractor's
    speaker is back)."""
    if speaker_id is not None and document.speaker(speaker_id) is None:
        raise KeyError(f"no speaker {speaker_id!r}")
    statement = _statement(document, statement_id)
    if statement.speaker == speaker_id:
        return document
    changed = replace(statement, speaker=speaker_id, speaker_span=mention)
    return document.with_statement(_reviewed(changed, reviewer, when, corrected=corrected))


def next_statement_id(document: Document) -> str:
    numbers = [
        int(m.group(1)) for s in document.statements if (m := re.fullmatch(r"st-(\d+)", s.id))
    ]
    return f"st-{max(numbers, default=0) + 1}"


def kind_at(text: str, span: Span) -> StatementKind:
    """The kind of a statement the analyst adds: `direct` inside a quotation, `mixed` when
    it holds one, else `indirect`."""
    for quote in quotes(text):
        start, end = quote.content
        if start <= span[0] and span[1] <= end:
            return "direct"
        if span[0] <= quote.start and quote.end <= span[1]:
            return "mixed"
    return "indirect"


def add_statement(
    document: Document,
    span: Span,
    speaker_id: str | None,
    reviewer: str | None,
    when: str,
    statement_id: str | None = None,
    kind: StatementKind = "indirect",
) -> tuple[Document, Statement]:
    """A statement the extractor missed, added by the analyst (marked `corrected`);
    `statement_id` is the id it was given before (a replayed review), else the next one."""
    start, end = span
    if not 0 <= start < end <= len(document.article.text):
        raise ValueError(f"span {span} is outside the article")
    held = [f for f in document.figures if start <= f.span[0] and f.span[1] <= end]
    statement = Statement(
        id=statement_id or next_statement_id(document),
        span=span,
        kind=kind,
        speaker=speaker_id,
        figures=tuple(f.id for f in held),
        review=Review(reviewer=reviewer, updated=when, corrected=True),
    )
    document = document.with_statement(statement)
    for figure in held:
        if figure.statement is None:  # a figure keeps the statement it was found in
            document = document.with_figure(replace(figure, statement=statement.id))
    return document, statement


def remove_statement(document: Document, statement_id: str) -> Document:
    """An added statement taken back (an undo): gone, and its figures free again."""
    _statement(document, statement_id)
    figures = tuple(
        replace(f, statement=None) if f.statement == statement_id else f for f in document.figures
    )
    statements = tuple(s for s in document.statements if s.id != statement_id)
    return replace(document, statements=statements, figures=figures)


@dataclass(frozen=True, slots=True)
class Progress:
    total: int
    reviewed: int
    verified: int
    disputed: int
    unverifiable: int
    rejected: int

    def __str__(self) -> str:
        line = (
            f"{self.reviewed}/{self.total} reviewed · {self.verified} verified · "
            f"{self.disputed} disputed · {self.unverifiable} unverifiable"
        )
        return line + (f" · {self.rejected} rejected" if self.rejected else "")


def progress(document: Document) -> Progress:
    """Counts for the progress line; a rejected statement counts as reviewed."""
    statuses = [s.review.status for s in document.statements]
    return Progress(
        total=len(statuses),
        reviewed=sum(status != "unreviewed" for status in statuses),
        verified=statuses.count("verified"),
        disputed=statuses.count("disputed"),
        unverifiable=statuses.count("unverifiable"),
        rejected=statuses.count("rejected"),
    )


def listed_speakers(document: Document) -> tuple[Speaker, ...]:
    """The speakers the reader lists: every one the article mentions (the extractor's, even at
    no statement once corrected away) and every one a statement has; not a speaker typed in
    that no statement has any more (its correction undone)."""
    used = {s.speaker for s in document.statements}
    return tuple(s for s in document.speakers if s.mentions or s.id in used)


def first_unreviewed(document: Document) -> Statement | None:
    """Where a resumed review starts: the first unreviewed statement (else the first one)."""
    for statement in document.statements:
        if statement.review.status == "unreviewed":
            return statement
    return document.statements[0] if document.statements else None


def visible(document: Document, filter_name: str, speaker_id: str | None) -> tuple[Statement, ...]:
    """The statements a filter shows: all, unreviewed, one speaker's, the disputed ones, or
    only speech (the claims made, not the thoughts and stances ascribed)."""
    statements = document.statements
    if filter_name == "unreviewed":
        return tuple(s for s in statements if s.review.status == "unreviewed")
    if filter_name == "speaker":
        return tuple(s for s in statements if s.speaker == speaker_id)
    if filter_name == "disputed":
        return tuple(s for s in statements if s.review.status == "disputed")
    if filter_name == "speech":
        return tuple(s for s in statements if s.act == "speech")
    return statements


def next_filter(filter_name: str) -> str:
    return FILTERS[(FILTERS.index(filter_name) + 1) % len(FILTERS)]


_CLAUSE_END = '.!?;\n"“”«»'
_CLAUSE_EDGE_TRIM = " \t\"'“”‘’«»,:;–—-"


def clause_around(text: str, span: Span, taken: Sequence[Span] = ()) -> Span:
    """A search match grown to its clause: out to the nearest sentence or clause end.

    Used when the analyst makes a statement of text the extractor missed (`m`): the match
    is usually a few words; the statement is the whole clause holding them. It never grows
    into the `taken` spans (the statements already there).
    """
    text = unwrapped(text)  # a line break inside a hand-wrapped paragraph ends no clause
    start, end = span
    floor = max((e for s, e in taken if e <= span[0]), default=0)
    ceiling = min((s for s, e in taken if s >= span[1]), default=len(text))
    while start > floor and text[start - 1] not in _CLAUSE_END:
        start -= 1
    while end < ceiling and text[end] not in _CLAUSE_END:
        end += 1
    while start < end and text[start] in _CLAUSE_EDGE_TRIM:
        start += 1
    while end > start and text[end - 1] in _CLAUSE_EDGE_TRIM:
        end -= 1
    return (start, end) if start < end else span
