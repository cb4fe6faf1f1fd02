"""The review log: one JSON line per action, replayed at open, folded into the YAML, shared."""

from __future__ import annotations

import importlib
import importlib.util
import json
import multiprocessing
import os
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tui.cli import main
from tui.core import review, reviewlog
from tui.core.reviewlog import Action, ReviewLog, fold_elsewhere, load_review, log_path, replay
from tui.core.store import dump_yaml, load_document
from tui.ui.app import ReaderApp

STATUSES = ("verified", "disputed", "unverifiable")


def opened(annotation: Path, reviewer: str = "ana") -> ReviewLog:
    """A reader's review of the file: the YAML, with the log replayed."""
    return ReviewLog.open(load_document(annotation), annotation, reviewer)


def lines(annotation: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in log_path(annotation).read_text().splitlines()]


def test_an_action_is_one_json_line_and_the_next_open_replays_it(review_copy: Path) -> None:
    before = review_copy.read_bytes()
    log = opened(review_copy)
    action = log.set_status("st-2", "disputed")
    assert action is not None
    [line] = lines(review_copy)
    assert {k: line[k] for k in ("statement", "field", "old", "new", "reviewer")} == {
        "statement": "st-2",
        "field": "status",
        "old": "unreviewed",
        "new": "disputed",
        "reviewer": "ana",
    }
    assert line["id"] == action.id and str(line["time"]).endswith("Z")
    assert review_copy.read_bytes() == before, "the YAML is rewritten later, from the log"
    again = opened(review_copy, "bo")
    assert again.document.statement("st-2").review.status == "disputed"  # type: ignore[union-attr]
    assert again.document == log.document


def test_an_action_that_changes_nothing_is_not_logged(review_copy: Path) -> None:
    log = opened(review_copy)
    log.set_note("st-1", "")
    log.set_status("st-1", "unreviewed")
    assert not log_path(review_copy).is_file() or not lines(review_copy)


def test_replaying_on_a_yaml_that_holds_part_of_the_log_changes_nothing(review_copy: Path) -> None:
    log = opened(review_copy)
    log.set_status("st-1", "verified")
    log.fold()  # the YAML now holds the first action
    log.set_note("st-1", "checked with the ministry")
    log.set_speaker("st-2", None, "Jane Doe")
    reopened = opened(review_copy, "bo")
    assert reopened.document == log.document
    assert reopened.folded is None, "the YAML does not hold the last two yet"
    log.fold()
    assert load_document(review_copy) == log.document
    assert opened(review_copy).folded == log.offset


def test_a_torn_last_line_is_skipped_and_the_next_action_starts_a_new_one(
    review_copy: Path,
) -> None:
    log = opened(review_copy)
    log.set_status("st-1", "verified")
    with log_path(review_copy).open("a") as out:
        out.write('{"id": "x", "statement": "st-2", "fie')  # a writer killed mid-line
    other = opened(review_copy, "bo")
    assert other.document.statement("st-1").review.status == "verified"  # type: ignore[union-attr]
    other.set_status("st-3", "disputed")
    reread = opened(review_copy)
    assert reread.unreadable == 1
    assert [a.statement for a in reread.actions] == ["st-1", "st-3"]


def test_leftover_temp_files_are_removed_at_the_next_open(review_copy: Path) -> None:
    folder = review_copy.parent
    name = review_copy.name
    leftovers = [folder / f".{name}.0a1b2c3d.tmp", folder / f".{name}.bak.deadbeef.tmp"]
    kept = [folder / f".{name}.notours.tmp", folder / "other.whosaid.yaml.0a1b2c3d.tmp"]
    for path in leftovers + kept:
        path.write_text("half a file")
    opened(review_copy)
    assert [p.exists() for p in leftovers] == [False, False]
    assert all(p.exists() for p in kept)


def test_a_linked_review_keeps_its_log_and_leftovers_beside_the_file(
    review_copy: Path, tmp_path: Path
) -> None:
    """Opened through a link, a review is the file's: one log (and one lock) for every way to
    it, its temp files removed there, and the fold writes through the link."""
    folder = tmp_path / "desk"
    folder.mkdir()
    shutil.copy(review_copy.with_name("kursk-north-korea.txt"), folder)
    link = folder / review_copy.name
    link.symlink_to(review_copy)
    assert log_path(link) == log_path(review_copy) == review_copy.with_suffix(".log")
    leftover = review_copy.with_name(f".{review_copy.name}.0a1b2c3d.tmp")
    leftover.write_text("half a file")
    log = opened(link)
    assert not leftover.exists()
    log.set_status("st-2", "disputed")
    log.fold()
    assert link.is_symlink()
    assert load_document(review_copy).statement("st-2").review.status == "disputed"  # type: ignore[union-attr]
    assert sorted(p.name for p in folder.iterdir()) == ["kursk-north-korea.txt", link.name]


def test_the_log_is_as_private_as_the_review(review_copy: Path) -> None:
    review_copy.chmod(0o600)
    opened(review_copy).set_status("st-1", "verified")
    assert log_path(review_copy).stat().st_mode & 0o777 == 0o600


def test_an_action_reads_the_other_reader_s_first(review_copy: Path) -> None:
    ana, bo = opened(review_copy, "ana"), opened(review_copy, "bo")
    bo.set_status("st-1", "disputed")
    action = ana.set_status("st-1", "verified")
    assert action is not None and action.old == "disputed"
    added_by_bo = bo.add_statement((10, 40), "pentagon")
    added_by_ana = ana.add_statement((50, 80), None, "Jane Doe")
    assert added_by_bo is not None and added_by_ana is not None
    assert (added_by_bo.statement, added_by_ana.statement) == ("st-18", "st-19")
    assert ana.document.speaker("jane-doe") is not None
    assert bo.catch_up() == [added_by_ana]
    assert bo.document == ana.document


def test_a_speaker_typed_by_both_readers_is_one_speaker(review_copy: Path) -> None:
    ana, bo = opened(review_copy, "ana"), opened(review_copy, "bo")
    ana.set_speaker("st-1", None, "Jane Doe")
    bo.set_speaker("st-2", None, "jane  doe")
    assert [s.id for s in bo.document.speakers].count("jane-doe") == 1
    assert bo.document.statement("st-2").speaker == "jane-doe"  # type: ignore[union-attr]


# --- undo ----------------------------------------------------------------------------------


def test_undo_logs_an_action_that_sets_the_old_value_back(review_copy: Path) -> None:
    log = opened(review_copy)
    original = log.document.statement("st-2")
    assert original is not None
    log.set_status("st-2", "verified")
    log.set_note("st-2", "first")
    log.set_speaker("st-2", None, "Jane Doe")
    undone = [log.undo(), log.undo(), log.undo()]
    assert [a.field for a in undone if a is not None] == ["speaker", "note", "status"]
    assert log.undo() is None, "nothing of this session left"
    back = log.document.statement("st-2")
    assert back is not None
    assert (back.review.status, back.review.note) == ("unreviewed", "")
    assert (back.speaker, back.speaker_span) == (original.speaker, original.speaker_span)
    logged = lines(review_copy)
    assert len(logged) == 6, "never a line taken out"
    assert [line.get("undoes") for line in logged[3:]] == [logged[i]["id"] for i in (2, 1, 0)]
    assert opened(review_copy).document == log.document


def test_undo_of_an_added_statement_takes_it_back_and_frees_its_figure(
    review_copy: Path,
) -> None:
    log = opened(review_copy)
    loose = next(f for f in log.document.figures if f.statement is None)
    span = review.clause_around(log.document.article.text, loose.span)
    added = log.add_statement(span, None)
    assert added is not None
    assert log.document.figure(loose.id).statement == added.statement  # type: ignore[union-attr]
    log.undo()
    assert log.document.statement(added.statement) is None
    assert log.document.figure(loose.id).statement is None  # type: ignore[union-attr]
    assert load_review(review_copy) == log.document


def test_undo_is_this_session_s_only(review_copy: Path) -> None:
    opened(review_copy, "bo").set_status("st-1", "disputed")
    ana = opened(review_copy, "ana")
    assert ana.undo() is None
    assert ana.document.statement("st-1").review.status == "disputed"  # type: ignore[union-attr]


def test_history_is_every_reader_s_actions_on_one_statement(review_copy: Path) -> None:
    ana, bo = opened(review_copy, "ana"), opened(review_copy, "bo")
    ana.set_status("st-1", "verified")
    bo.set_note("st-1", "the ministry denies it")
    bo.set_status("st-2", "verified")
    ana.set_status("st-1", "disputed")
    history = ana.history("st-1")
    assert [(a.reviewer, a.field, a.new) for a in history] == [
        ("ana", "status", "verified"),
        ("bo", "note", "the ministry denies it"),
        ("ana", "status", "disputed"),
    ]
    assert history[2].describe(ana.document) == "disputed (was verified)"


def test_lines_that_are_not_actions_are_refused() -> None:
    for line in (
        b"not json",
        b"[1, 2]",
        b'{"id": "a", "statement": "st-1", "field": "status", "new": "great", "time": "t"}',
        b'{"id": "a", "statement": "st-1", "field": "colour", "new": "red", "time": "t"}',
        b'{"id": "a", "statement": "st-1", "field": "added", "new": {"span": [1]}, "time": "t"}',
    ):
        with pytest.raises(ValueError):
            Action.from_json(line)


def test_an_action_that_no_longer_fits_changes_nothing(sample) -> None:  # type: ignore[no-untyped-def]
    gone = Action("a", "st-99", "status", "unreviewed", "verified", "ana", "t")
    outside = Action("b", "st-40", "added", None, {"span": [0, 10**9], "speaker": None}, "ana", "t")
    nobody = Action("c", "st-1", "speaker", None, "no-such-speaker", "ana", "t")
    assert replay(sample, [gone, outside, nobody]) == sample


# --- the command line folds the log in ----------------------------------------------------


def test_check_and_export_fold_the_log_into_the_yaml(review_copy: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    log = opened(review_copy)
    log.set_status("st-4", "verified")
    assert main(["export", str(review_copy), "--format", "csv"]) == 0
    assert "verified" in capsys.readouterr().out
    assert load_document(review_copy).statement("st-4").review.status == "verified"  # type: ignore[union-attr]
    log.set_note("st-4", "seen")
    before = review_copy.read_bytes()
    assert main(["check", str(review_copy)]) == 0
    assert review_copy.read_bytes() != before
    assert load_document(review_copy) == log.document
    with_log = review_copy.read_bytes()
    assert main(["check", str(review_copy)]) == 0
    assert review_copy.read_bytes() == with_log, "nothing new: not written again"


def test_an_export_never_writes_over_the_log(review_copy: Path) -> None:
    opened(review_copy).set_status("st-4", "verified")
    log = log_path(review_copy)
    before = log.read_bytes()
    assert main(["export", str(review_copy), "-o", str(log)]) == 1
    assert log.read_bytes() == before


# --- two processes at once ----------------------------------------------------------------


def _review(annotation: str, reviewer: str, ids: list[str], count: int, start) -> None:  # type: ignore[no-untyped-def]
    """One reader: `count` actions round the statements `ids`, notes and verdicts in turn,
    each a change (on a statement of its own: two readers could set the same verdict)."""
    log = ReviewLog.open(load_document(annotation), Path(annotation), reviewer)
    start.wait()
    for k in range(count):
        statement, visit = ids[k % len(ids)], k // len(ids)
        if visit % 2 == 0 or len(ids) == 1:
            made = log.set_note(statement, f"{reviewer}-{k}")
        else:
            made = log.set_status(statement, STATUSES[(visit // 2) % 3])
        assert made is not None and not log.pending


def _run_both(annotation: Path, ids_a: list[str], ids_b: list[str], count: int) -> None:
    context = multiprocessing.get_context("spawn")
    start = context.Barrier(2)  # both readers open, then both go
    readers = [
        context.Process(target=_review, args=(str(annotation), who, ids, count, start))
        for who, ids in (("ana", ids_a), ("bo", ids_b))
    ]
    for reader in readers:
        reader.start()
    for reader in readers:
        reader.join(timeout=300)
        assert reader.exitcode == 0


def _expected(annotation: Path, reviewer: str, ids: list[str], count: int) -> dict[str, tuple]:  # type: ignore[type-arg]
    """Each statement's last note and status, as one reader left them."""
    last: dict[str, list[str]] = {i: ["", "unreviewed"] for i in ids}
    for k in range(count):
        statement, visit = ids[k % len(ids)], k // len(ids)
        if visit % 2 == 0:
            last[statement][0] = f"{reviewer}-{k}"
        else:
            last[statement][1] = STATUSES[(visit // 2) % 3]
    return {i: tuple(v) for i, v in last.items()}


def test_two_processes_on_different_statements_lose_nothing(review_copy: Path) -> None:
    ids = [s.id for s in load_document(review_copy).statements]
    ids_a, ids_b = ids[:8], ids[8:]
    _run_both(review_copy, ids_a, ids_b, 300)
    logged = lines(review_copy)
    assert [line["reviewer"] for line in logged].count("ana") == 300
    assert [line["reviewer"] for line in logged].count("bo") == 300
    assert main(["check", str(review_copy)]) == 0  # folds the log into the YAML
    document = load_document(review_copy)
    expected = _expected(review_copy, "ana", ids_a, 300) | _expected(review_copy, "bo", ids_b, 300)
    for statement_id, (note, status) in expected.items():
        statement = document.statement(statement_id)
        assert statement is not None
        assert (statement.review.note, statement.review.status) == (note, status)


def test_two_processes_on_one_statement_the_later_wins_and_both_stay(review_copy: Path) -> None:
    _run_both(review_copy, ["st-1"], ["st-1"], 60)
    logged = [line for line in lines(review_copy) if line["field"] == "note"]
    assert {line["reviewer"] for line in logged} == {"ana", "bo"}
    for before, after in zip(logged, logged[1:], strict=False):
        assert after["old"] == before["new"], "each read the other's action before its own"
    assert main(["check", str(review_copy)]) == 0
    assert load_document(review_copy).statement("st-1").review.note == logged[-1]["new"]  # type: ignore[union-attr]
    history = opened(review_copy).history("st-1")
    assert len(history) == 120 and {a.reviewer for a in history} == {"ana", "bo"}


def test_the_yaml_is_the_same_whichever_reader_folds_it(review_copy: Path) -> None:
    ana, bo = opened(review_copy, "ana"), opened(review_copy, "bo")
    ana.set_status("st-1", "verified")
    bo.set_status("st-2", "disputed")
    ana.fold()  # ana has not read bo's action yet: the fold reads it
    assert dump_yaml(load_document(review_copy)) == dump_yaml(load_review(review_copy))
    assert load_document(review_copy).statement("st-2").review.status == "disputed"  # type: ignore[union-attr]


def test_a_fold_done_by_another_process_writes_the_yaml_or_says_why(review_copy: Path) -> None:
    log = opened(review_copy)
    log.set_status("st-1", "verified")
    assert fold_elsewhere(review_copy, log.document, log.offset) == log.offset
    assert load_document(review_copy) == log.document
    blocked = review_copy.with_name("blocked.whosaid.yaml")
    blocked.mkdir()  # a folder in the way of the YAML
    with pytest.raises(OSError, match="directory"):
        fold_elsewhere(blocked, log.document, 0)


# --- the lock on Windows: msvcrt, checked here with a stand-in for it -------------------------


class FakeMsvcrt(ModuleType):
    """What `msvcrt.locking` is asked: (mode, the file position, bytes), each call; the first
    lock fails, as it does after ten seconds when another reader holds it."""

    LK_UNLCK, LK_LOCK = 0, 1

    def __init__(self) -> None:
        super().__init__("msvcrt")
        self.calls: list[tuple[int, int, int]] = []

    def locking(self, fd: int, mode: int, nbytes: int) -> None:
        self.calls.append((mode, os.lseek(fd, 0, os.SEEK_CUR), nbytes))
        if len(self.calls) == 1:
            raise OSError("held by another reader")


@pytest.fixture
def on_windows(monkeypatch: pytest.MonkeyPatch) -> tuple[ModuleType, FakeMsvcrt]:
    """The review log module as Windows imports it (with the stand-in msvcrt), and that
    stand-in; `tui.core.reviewlog` itself uses its lock and its reads from then on."""
    fake = FakeMsvcrt()
    spec = importlib.util.spec_from_file_location("reviewlog_on_windows", reviewlog.__file__)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    with monkeypatch.context() as windows:
        windows.setattr(sys, "platform", "win32")
        windows.setattr(os, "O_BINARY", 0, raising=False)
        windows.setitem(sys.modules, "msvcrt", fake)
        windows.setitem(sys.modules, spec.name, module)
        spec.loader.exec_module(module)
    for name in ("_exclusive", "_read_at", "_same_mode", "OPEN_FLAGS"):
        monkeypatch.setattr(reviewlog, name, getattr(module, name))
    return module, fake


@pytest.mark.skipif(sys.platform == "win32", reason="the POSIX import")
def test_on_posix_the_log_is_locked_with_flock() -> None:
    assert vars(reviewlog)["fcntl"] is importlib.import_module("fcntl")
    assert "msvcrt" not in vars(reviewlog)
    assert reviewlog._read_at is os.pread


def test_on_windows_the_log_is_locked_with_msvcrt(
    on_windows: tuple[ModuleType, FakeMsvcrt],
) -> None:
    module, fake = on_windows
    assert "fcntl" not in vars(module) and vars(module)["msvcrt"] is fake
    assert module._read_at is not os.pread  # type: ignore[attr-defined]


async def test_on_windows_a_verdict_is_logged_under_the_msvcrt_lock(
    review_copy: Path, on_windows: tuple[ModuleType, FakeMsvcrt]
) -> None:
    module, fake = on_windows
    app = ReaderApp(load_document(review_copy), annotation_path=review_copy, reviewer="ana")
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("j", "v", "j", "d")
        await pilot.pause()
    byte = module.LOCKED_BYTE  # type: ignore[attr-defined]
    assert byte > 2**30 and fake.calls[0] == (fake.LK_LOCK, byte, 1)
    assert fake.calls[1:] == [(fake.LK_LOCK, byte, 1), (fake.LK_UNLCK, byte, 1)] * 2, (
        "tried again after a failure; each action locks, then unlocks"
    )
    assert [(line["statement"], line["new"]) for line in lines(review_copy)] == [
        ("st-2", "verified"),
        ("st-3", "disputed"),
    ]
    assert load_review(review_copy).statement("st-3").review.status == "disputed"  # type: ignore[union-attr]
