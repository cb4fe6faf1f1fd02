"""Review actions on a Document: pure functions, no terminal."""

from dataclasses import replace

import pytest

from tui.core import review

WHEN = "2026-11-27T10:00:00Z"


@pytest.fixture
def document(sample):
    """The hand-checked sample (conftest); every action returns a new Document."""
    return sample


def test_set_status_records_reviewer_and_time(document):
    first = document.statements[0].id
    changed = review.set_status(document, first, "verified", "ana", WHEN)
    assert changed.statement(first).review.status == "verified"
    assert changed.statement(first).review.reviewer == "ana"
    assert changed.statement(first).review.updated == WHEN
    assert document.statement(first).review.status == "unreviewed"  # the old value is untouched


def test_clear_returns_to_unreviewed(document):
    first = document.statements[0].id
    marked = review.set_status(document, first, "disputed", "ana", WHEN)
    cleared = review.set_status(marked, first, "unreviewed", "ana", WHEN)
    assert cleared.statement(first).review.status == "unreviewed"


def test_note_keeps_status(document):
    first = document.statements[0].id
    marked = review.set_status(document, first, "disputed", "ana", WHEN)
    noted = review.set_note(marked, first, "line one\nline two", "ana", WHEN)
    assert noted.statement(first).review.note == "line one\nline two"
    assert noted.statement(first).review.status == "disputed"


def test_speaker_correction_is_marked_corrected(document):
    statement = document.statements[0]
    other = next(s for s in document.speakers if s.id != statement.speaker)
    changed = review.set_speaker(document, statement.id, other.id, "ana", WHEN)
    assert changed.statement(statement.id).speaker == other.id
    assert changed.statement(statement.id).review.corrected is True
    assert len(changed.statements_of(other.id)) == len(document.statements_of(other.id)) + 1


def test_new_speaker_gets_a_unique_id(document):
    changed, first = review.add_speaker(document, "  Jane   Doe ")
    changed, second = review.add_speaker(changed, "Jane Doe")
    assert (first.id, first.name) == ("jane-doe", "Jane Doe")
    assert second.id == "jane-doe-2"
    with pytest.raises(ValueError):
        review.add_speaker(changed, "   ")


def test_new_speaker_keeps_the_role_and_kind_given(document):
    _, speaker = review.add_speaker(document, "Bea Quill", None, " city  columnist ", "media")
    assert (speaker.role, speaker.kind) == ("city columnist", "media")
    _, bare = review.add_speaker(document, "Bea Quill", role="  ")
    assert (bare.role, bare.kind) == (None, "unknown")


def test_added_statement_is_numbered_after_the_last_and_sorted(document):
    span = (document.statements[1].span[0] - 30, document.statements[1].span[0] - 5)
    changed, added = review.add_statement(document, span, "pentagon", "ana", WHEN)
    assert added.id == f"st-{len(document.statements) + 1}"
    assert added.review.corrected is True
    assert [s.span for s in changed.statements] == sorted(s.span for s in changed.statements)
    with pytest.raises(ValueError):
        review.add_statement(document, (0, len(document.article.text) + 1), None, "ana", WHEN)


def test_progress_line_counts_verdicts(document):
    ids = [s.id for s in document.statements]
    verdicts = ["verified", "verified", "disputed", "unverifiable"]
    for statement_id, status in zip(ids[:4], verdicts, strict=True):
        document = review.set_status(document, statement_id, status, "ana", WHEN)
    line = str(review.progress(document))
    assert line == f"4/{len(ids)} reviewed · 2 verified · 1 disputed · 1 unverifiable"
    document = review.set_status(document, ids[5], "rejected", "ana", WHEN)
    assert str(review.progress(document)).endswith("· 1 rejected")


def test_filters_and_resume_point(document):
    ids = [s.id for s in document.statements]
    document = review.set_status(document, ids[0], "disputed", "ana", WHEN)
    assert review.first_unreviewed(document).id == ids[1]
    assert [s.id for s in review.visible(document, "disputed", None)] == [ids[0]]
    assert ids[0] not in [s.id for s in review.visible(document, "unreviewed", None)]
    speaker = document.statements[2].speaker
    assert speaker is not None
    theirs = [s.id for s in document.statements if s.speaker == speaker]
    assert [s.id for s in review.visible(document, "speaker", speaker)] == theirs
    assert review.next_filter("disputed") == "speech"
    assert review.next_filter("speech") == "all"


def test_the_speech_filter_leaves_out_thoughts_and_stances(document):
    acts = ("speech", "thought", "stance")
    statements = tuple(replace(s, act=acts[n % 3]) for n, s in enumerate(document.statements))
    document = replace(document, statements=statements)
    shown = review.visible(document, "speech", None)
    assert [s.id for s in shown] == [s.id for s in statements[::3]]


def test_a_match_grows_to_its_clause():
    text = "He said so. “We will win,” she added; they left.\nNext line"
    match = text.index("will")
    assert text[slice(*review.clause_around(text, (match, match + 4)))] == "We will win"
    left = text.index("left")
    assert text[slice(*review.clause_around(text, (left, left + 4)))] == "they left"
    assert review.clause_around("...", (1, 2)) == (1, 2)


def test_an_added_statement_holds_the_figures_in_it(document):
    loose = next(f for f in document.figures if f.statement is None)
    span = review.clause_around(document.article.text, loose.span)
    changed, added = review.add_statement(document, span, None, "ana", WHEN)
    assert loose.id in added.figures
    assert changed.figure(loose.id).statement == added.id


def test_a_clause_never_grows_into_the_statements_around_it(document):
    text = document.article.text
    name = text.index("Andrii Kovalenko")
    taken = [s.span for s in document.statements]
    start, end = review.clause_around(text, (name, name + 16), taken)
    assert start == name and end == document.statements[0].span[0] - 1  # up to "that"
    assert all(end <= s or e <= start for s, e in taken)


def test_typed_text_is_kept_but_never_as_escape_sequences(document):
    first = document.statements[0].id
    noted = review.set_note(document, first, "see \x1b[31mthis\x1b[0m\nline two", "ana", WHEN)
    assert noted.statement(first).review.note == "see this\nline two"
    _, speaker = review.add_speaker(document, "Jane\x1b]0;x\x07 Doe")
    assert speaker.name == "Jane Doe"
