"""Saving a review session: at once, atomically, merging with changes made on disk."""

from pathlib import Path

import pytest

from tui.core import review
from tui.core.session import Session
from tui.core.store import load_document, save_document

WHEN = "2026-11-27T10:00:00Z"


@pytest.fixture
def annotation(review_copy: Path) -> Path:
    """A copy of the sample's annotation (conftest): the session writes it."""
    return review_copy


def test_save_writes_at_once_and_keeps_a_backup(annotation):
    document = load_document(annotation)
    before = annotation.read_text(encoding="utf-8")
    session = Session(annotation, document)
    first = document.statements[0].id
    session.save(review.set_status(document, first, "verified", "ana", WHEN))
    assert load_document(annotation).statement(first).review.status == "verified"
    assert annotation.with_name(annotation.name + ".bak").read_text(encoding="utf-8") == before


def test_changes_to_other_statements_on_disk_are_merged(annotation):
    document = load_document(annotation)
    session = Session(annotation, document)
    ids = [s.id for s in document.statements]
    # A colleague marks statement 2 in their own session.
    save_document(review.set_status(document, ids[1], "disputed", "bo", WHEN), annotation)
    result = session.save(review.set_status(document, ids[0], "verified", "ana", WHEN))
    on_disk = load_document(annotation)
    assert result.merged and not result.conflicts
    assert on_disk.statement(ids[0]).review.status == "verified"
    assert on_disk.statement(ids[1]).review.status == "disputed"


def test_same_statement_changed_on_both_sides_keeps_both(annotation):
    document = load_document(annotation)
    session = Session(annotation, document)
    first = document.statements[0].id
    save_document(review.set_status(document, first, "disputed", "bo", WHEN), annotation)
    result = session.save(review.set_note(document, first, "my note", "ana", WHEN))
    assert result.conflicts == (first,)
    assert load_document(annotation).statement(first).review.reviewer == "bo"  # not overwritten
    assert result.conflict_path is not None and result.conflict_path.is_file()
    mine = load_document(result.conflict_path)
    assert mine.statement(first).review.note == "my note"
    # The session goes on from the merged state without reporting the same conflict again.
    again = session.save(review.set_status(result.document, first, "verified", "ana", WHEN))
    assert not again.conflicts


def test_unwritable_file_raises_and_leaves_disk_alone(annotation, tmp_path):
    document = load_document(annotation)
    blocked = tmp_path / "blocked.whosaid.yaml"
    blocked.mkdir()  # a directory in the way
    session = Session(blocked, document)
    with pytest.raises(OSError):
        session.save(document)
    assert blocked.is_dir()


def test_a_broken_file_on_disk_is_left_alone_and_ours_is_kept_beside_it(annotation):
    document = load_document(annotation)
    session = Session(annotation, document)
    annotation.write_text("schema: [not, valid", encoding="utf-8")  # a colleague's bad edit
    first = document.statements[0].id
    with pytest.raises(OSError, match="your review is in"):
        session.save(review.set_status(document, first, "verified", "ana", WHEN))
    assert annotation.read_text(encoding="utf-8") == "schema: [not, valid"
    [kept] = annotation.parent.glob("*.whosaid.conflict-*.yaml")
    assert load_document(kept).statement(first).review.status == "verified"


def test_backups_and_conflict_files_are_as_private_as_the_review(annotation):
    annotation.chmod(0o600)
    document = load_document(annotation)
    session = Session(annotation, document)
    first = document.statements[0].id
    session.save(review.set_status(document, first, "verified", "ana", WHEN))
    assert (annotation.with_name(annotation.name + ".bak").stat().st_mode & 0o777) == 0o600
    save_document(review.set_status(document, first, "disputed", "bo", WHEN), annotation)
    result = session.save(review.set_note(document, first, "mine", "ana", WHEN))
    assert result.conflict_path is not None
    assert (result.conflict_path.stat().st_mode & 0o777) == 0o600


def test_a_backup_that_cannot_be_written_never_stops_the_save(annotation):
    annotation.with_name(annotation.name + ".bak").mkdir()  # a folder in the backup's way
    document = load_document(annotation)
    first = document.statements[0].id
    Session(annotation, document).save(review.set_status(document, first, "verified", "ana", WHEN))
    assert load_document(annotation).statement(first).review.status == "verified"


def test_two_conflicts_in_one_second_keep_two_files(annotation):
    document = load_document(annotation)
    first = document.statements[0].id
    for note in ("one", "two"):
        session = Session(annotation, document)
        save_document(review.set_status(document, first, "disputed", "bo", WHEN), annotation)
        session.save(review.set_note(document, first, note, "ana", WHEN))
        save_document(document, annotation)
    kept = sorted(annotation.parent.glob("*.whosaid.conflict-*.yaml"))
    assert sorted(load_document(k).statement(first).review.note for k in kept) == ["one", "two"]


def test_a_figure_linked_by_an_added_statement_survives_a_merge(annotation):
    document = load_document(annotation)
    session = Session(annotation, document)
    loose = next(f for f in document.figures if f.statement is None)
    span = review.clause_around(document.article.text, loose.span)
    mine, added = review.add_statement(document, span, None, "ana", WHEN)
    other = document.statements[0].id
    save_document(review.set_status(document, other, "verified", "bo", WHEN), annotation)
    result = session.save(mine)
    on_disk = load_document(annotation)
    assert result.merged and not result.conflicts
    assert on_disk.figure(loose.id).statement == added.id
    assert on_disk.statement(other).review.status == "verified"
