"""The extractor against the hand-checked annotation of the sample article.

Floors, not today's exact output: the extractor may improve, never fall below these.
Statements match the Gender Gap Tracker way (greedy, |gold ∩ found| / |gold| > 0.3).
"""

from pathlib import Path

import pytest

from tui.core.extract import extract
from tui.core.model import Document, Figure, Span
from tui.core.sources import read_article
from tui.core.store import load_document

DATA = Path(__file__).resolve().parent.parent / "data"


def overlap(gold: Span, found: Span) -> float:
    inter = max(0, min(gold[1], found[1]) - max(gold[0], found[0]))
    return inter / (gold[1] - gold[0])


@pytest.fixture(scope="module")
def gold() -> Document:
    return load_document(DATA / "kursk-north-korea.whosaid.yaml")


@pytest.fixture(scope="module")
def found() -> Document:
    return extract(read_article(DATA / "kursk-north-korea.txt"))


def matches(gold: Document, found: Document) -> list[tuple[str, str]]:
    """(gold statement id, found statement id) pairs, greedy in gold order."""
    remaining = list(found.statements)
    pairs = []
    for statement in gold.statements:
        best = max(remaining, key=lambda s: overlap(statement.span, s.span), default=None)
        if best is not None and overlap(statement.span, best.span) > 0.3:
            remaining.remove(best)
            pairs.append((statement.id, best.id))
    return pairs


def test_every_statement_is_found(gold, found):
    assert len(matches(gold, found)) == len(gold.statements)


def test_few_spurious_statements(gold, found):
    assert len(found.statements) <= len(gold.statements) + 2


def test_speakers_are_right(gold, found):
    right = 0
    for gold_id, found_id in matches(gold, found):
        gold_speaker = gold.speaker(gold.statement(gold_id).speaker)
        found_speaker = found.speaker(found.statement(found_id).speaker)
        right += bool(found_speaker) and (
            gold_speaker.name.split()[-1].lower() == found_speaker.name.split()[-1].lower()
        )
    assert right >= len(gold.statements) - 1


def test_statement_kinds_are_right(gold, found):
    kinds = sum(gold.statement(g).kind == found.statement(f).kind for g, f in matches(gold, found))
    assert kinds >= len(gold.statements) - 2


def test_speaker_kinds_and_roles(gold, found):
    by_name = {s.name.split()[-1].lower(): s for s in found.speakers}
    for speaker in gold.speakers:
        match = by_name.get(speaker.name.split()[-1].lower())
        assert match is not None, speaker.name
        assert match.kind == speaker.kind, speaker.name
        assert match.named == speaker.named, speaker.name
        if speaker.role:
            assert match.role and speaker.role.lower() in match.role.lower(), speaker.name


def test_every_figure_value_is_found(gold, found):
    remaining = list(found.figures)
    for figure in gold.figures:
        hit = next(
            (f for f in remaining if f.value == figure.value and overlap(figure.span, f.span) > 0),
            None,
        )
        assert hit is not None, found.text_of(figure.span)
        assert hit.qualifier == figure.qualifier, found.text_of(figure.span)
        remaining.remove(hit)


def test_every_figure_is_as_annotated(gold, found):
    """Span, value, unit, qualifier, kind and statement: the whole record, but for the
    subject, which the annotation words in full ("Russian troops in Kursk")."""

    def record(document: Document, figure: Figure) -> tuple:
        held_by = document.statement(figure.statement).span if figure.statement else None
        return (figure.span, figure.value, figure.high, figure.unit, figure.qualifier,
                figure.kind, held_by)  # fmt: skip

    assert [record(found, f) for f in found.figures] == [record(gold, f) for f in gold.figures]
