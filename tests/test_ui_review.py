"""A review session driven by keys: every action is on disk at once, in the review log.

Each test reviews a copy of the sample in `tmp_path` (the `review_copy` fixture), and reads
the review back after the keys as the next open would: the annotation file with its log
replayed (`load_review`).
"""

from __future__ import annotations

import getpass
from dataclasses import replace
from pathlib import Path

import pytest
from pilot_helpers import until
from textual.command import CommandList
from textual.pilot import Pilot
from textual.strip import Strip
from textual.style import Style
from textual.widgets import DataTable, Input, Static

from tui.core import review
from tui.core.model import Article, Document, Review, ReviewStatus, Speaker, Statement
from tui.core.reviewlog import ReviewLog, load_review, log_path
from tui.core.store import load_document, save_document
from tui.ui import app as app_module
from tui.ui.app import ReaderApp
from tui.ui.screens.confirm import Confirm
from tui.ui.screens.export_dialog import ExportDialog
from tui.ui.screens.history import HistoryScreen
from tui.ui.screens.note_editor import NoteEditor
from tui.ui.screens.speaker_picker import SpeakerPicker
from tui.ui.widgets.article import ArticleView
from tui.ui.widgets.panes import SourcesPane, SpeakersPane
from tui.ui.widgets.progress import ProgressLine

SIZE = (120, 36)
WHEN = "2026-11-27T10:00:00Z"


def reader(path: Path) -> ReaderApp:
    return ReaderApp(load_document(path), annotation_path=path, reviewer="ana")


def on_disk(path: Path, statement_id: str) -> Review:
    """The review on disk: the annotation file with its review log replayed."""
    statement = load_review(path).statement(statement_id)
    assert statement is not None
    return statement.review


def status_on_disk(path: Path, statement_id: str) -> ReviewStatus:
    return on_disk(path, statement_id).status


def shown_line(article: ArticleView, words: str) -> Strip:
    """The line of the article on screen that shows `words`."""
    lines = (article.render_line(y) for y in range(article.scrollable_content_region.height))
    return next(line for line in lines if words in line.text)


def badge(article: ArticleView, words: str) -> str:
    """The verdict badge in the gutter of the line showing `words`."""
    return shown_line(article, words).text[1]


def progress_line(app: ReaderApp) -> str:
    return str(app.query_one(ProgressLine).render())


def save_state_style(app: ReaderApp) -> Style:
    """The style the progress line draws its save state in (its first words)."""
    style = app.query_one(ProgressLine).render().spans[0].style
    assert isinstance(style, Style)
    return style


def style_of(app: ReaderApp, component: str) -> Style:
    return app.query_one(ProgressLine).get_visual_style(component, partial=True)


def said(app: ReaderApp) -> list[str]:
    """The notifications shown so far."""
    return [notification.message for notification in app._notifications]


def marked_on_disk(path: Path, statement_id: str, status: ReviewStatus) -> None:
    """Another reader's action, in the review log behind this reader's back."""
    ReviewLog.open(load_document(path), path, "bo").set_status(statement_id, status)


async def search(pilot: Pilot[None], words: str) -> None:
    await pilot.press("slash", *words, "enter")
    await pilot.pause()


# --- verdicts ----------------------------------------------------------------------------


async def test_v_d_u_c_mark_the_current_statement_and_save_at_once(review_copy: Path) -> None:
    app = reader(review_copy)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("v")
        verdict = on_disk(review_copy, "st-1")
        assert (verdict.status, verdict.reviewer) == ("verified", "ana")
        assert verdict.updated is not None and verdict.updated.endswith("Z")
        await pilot.press("j", "d")
        assert status_on_disk(review_copy, "st-2") == "disputed"
        await pilot.press("j", "u")
        assert status_on_disk(review_copy, "st-3") == "unverifiable"
        await pilot.press("k", "c")
        assert status_on_disk(review_copy, "st-2") == "unreviewed"
        assert on_disk(review_copy, "st-2").reviewer == "ana", "clearing is recorded too"
        await pilot.pause()
        assert progress_line(app) == (
            "saved │ 2/17 reviewed · 1 verified · 0 disputed · 1 unverifiable │ filter: all"
        )
        sources = app.query_one(SourcesPane)
        assert sources.get_row("st-1")[1].plain == "✓ verified"
        assert sources.get_row("st-2")[1].plain == ""
        assert sources.get_row("st-3")[1].plain == "? unverifiable"
        article = app.query_one(ArticleView)
        assert badge(article, "forces have begun shelling") == "✓", "where the statement starts"
        assert badge(article, "officials said about") == " "
        assert badge(article, "Umerov said Ukrainian forces") == "?"


async def test_x_keeps_a_rejected_statement_dimmed(review_copy: Path) -> None:
    app = reader(review_copy)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("j", "x", "j")
        await pilot.pause()
        assert status_on_disk(review_copy, "st-2") == "rejected"
        assert load_review(review_copy).statement("st-2") is not None, "kept in the file"
        assert "1/17 reviewed" in progress_line(app) and "1 rejected" in progress_line(app)
        article = app.query_one(ArticleView)
        assert badge(article, "officials said about") == "–"
        line = shown_line(article, "massing")
        massing = [s for s in line if "massing" in s.text]
        assert massing and all(s.style and s.style.dim for s in massing)
        row_cells = app.query_one(SourcesPane).get_row("st-2")
        assert row_cells[1].plain == "– rejected"
        assert any(span.style.dim for span in row_cells[2].spans if not isinstance(span.style, str))


# --- notes and speakers ------------------------------------------------------------------


async def test_a_edits_the_note_and_typing_there_triggers_no_key(review_copy: Path) -> None:
    app = reader(review_copy)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("j", "a")
        assert isinstance(app.screen, NoteEditor)
        await pilot.press(*"vdx: one source", "enter", *"ask", "ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, NoteEditor)
        saved = on_disk(review_copy, "st-2")
        assert (saved.note, saved.status, saved.reviewer) == (
            "vdx: one source\nask",
            "unreviewed",
            "ana",
        )
        assert app.query_one(SourcesPane).get_row("st-2")[1].plain.endswith("✎")


async def test_a_escape_after_typing_asks_and_saves_nothing(review_copy: Path) -> None:
    before = review_copy.read_bytes()
    app = reader(review_copy)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a", *"draft", "escape")
        await pilot.pause()
        assert isinstance(app.screen, Confirm)
        await pilot.press("y")
        await pilot.pause()
        assert not isinstance(app.screen, (Confirm, NoteEditor))
        assert review_copy.read_bytes() == before


async def test_ctrl_q_while_typing_a_note_saves_it_as_the_note(review_copy: Path) -> None:
    app = reader(review_copy)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("j", "a", *"call the ministry")
        await pilot.press("ctrl+q")  # Textual's own quit key: it works in any text box
        await pilot.pause()
        assert not app.is_running
        assert on_disk(review_copy, "st-2").note == "call the ministry"
        assert f"Your note on st-2 was saved to {review_copy}." in said(app)


async def test_ctrl_q_with_a_note_in_memory_only_keeps_it_and_asks(sample: Document) -> None:
    app = ReaderApp(sample, reviewer="ana")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a", *"draft", "ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, Confirm), "no file holds it: quitting would lose it"
        await pilot.press("n")
        await pilot.pause()
        assert app.is_running and not isinstance(app.screen, NoteEditor)
        assert app.document.statement("st-1").review.note == "draft"  # type: ignore[union-attr]


async def test_ctrl_q_while_typing_a_speaker_asks_first(review_copy: Path) -> None:
    before = review_copy.read_bytes()
    app = reader(review_copy)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("s", *"Jane Doe", "ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, Confirm)
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, SpeakerPicker) and app.is_running
        await pilot.press("ctrl+q", "y")
        await pilot.pause()
        assert not app.is_running
        assert review_copy.read_bytes() == before


async def test_ctrl_q_with_nothing_typed_quits_at_once(review_copy: Path) -> None:
    app = reader(review_copy)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a", "ctrl+q")
        await pilot.pause()
        assert not app.is_running


async def test_s_picks_another_speaker_or_creates_one(review_copy: Path) -> None:
    app = reader(review_copy)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("j", "s")
        assert isinstance(app.screen, SpeakerPicker)
        await pilot.press(*"umerov", "enter")
        await pilot.pause()
        statement = load_review(review_copy).statement("st-2")
        assert statement is not None
        assert (statement.speaker, statement.review.corrected) == ("rustem-umerov", True)
        assert app.query_one(SpeakersPane).lit == ("rustem-umerov",)

        await pilot.press("s", *"Jane Doe", "enter")
        await pilot.pause()
        document = load_review(review_copy)
        assert document.speaker("jane-doe") is not None
        assert document.statement("st-2").speaker == "jane-doe"  # type: ignore[union-attr]
        speakers = app.query_one(SpeakersPane)
        assert speakers.get_row("jane-doe")[1].plain == "Jane Doe"
        assert speakers.border_title == "Speakers 10"
        assert app.query_one(SourcesPane).get_row("st-2")[2].plain == "Jane Doe"


async def test_s_picks_a_speaker_whose_id_is_new_speaker(review_copy: Path) -> None:
    document = load_review(review_copy)
    newcomer = Speaker("new-speaker", "Nadia Newcomer", kind="person")
    save_document(replace(document, speakers=(*document.speakers, newcomer)), review_copy)
    app = reader(review_copy)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("s", *"Nadia Newcomer", "enter")
        await pilot.pause()
        assert app.is_running
        document = load_review(review_copy)
        assert document.statement("st-1").speaker == "new-speaker"  # type: ignore[union-attr]
        assert len(document.speakers) == 10, "no speaker made up"


async def test_s_escape_changes_nothing(review_copy: Path) -> None:
    before = review_copy.read_bytes()
    app = reader(review_copy)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("s", "escape")
        await pilot.pause()
        assert review_copy.read_bytes() == before


# --- statements the extractor missed -----------------------------------------------------


async def test_m_without_a_search_match_says_search_first(review_copy: Path) -> None:
    before = review_copy.read_bytes()
    app = reader(review_copy)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("m")
        await pilot.pause()
        assert any(message.startswith("Search first: /") for message in said(app))
        assert review_copy.read_bytes() == before


async def test_m_makes_the_match_s_clause_a_statement(review_copy: Path) -> None:
    app = reader(review_copy)
    async with app.run_test(size=SIZE) as pilot:
        await search(pilot, "offered no")
        await pilot.press("m")
        assert isinstance(app.screen, SpeakerPicker)
        await pilot.press(*"kovalenko", "enter")
        await pilot.pause()
        document = load_review(review_copy)
        added = document.statement("st-18")
        assert added is not None
        assert document.text_of(added.span) == (
            "Kovalenko offered no details of Ukraine’s operation against the estimated "
            "12,000 North Korean troops imported by Russia"
        )
        assert (added.speaker, added.review.corrected) == ("andrii-kovalenko", True)
        assert app.current == "st-18"
        assert app.query_one(SourcesPane).row_count == 18
        assert "18 statements" in str(app.query_one("#title").render())


async def test_m_grows_a_clause_up_to_the_statement_next_to_it(review_copy: Path) -> None:
    app = reader(review_copy)
    async with app.run_test(size=SIZE) as pilot:
        await search(pilot, "Andrii Kovalenko")
        await pilot.press("m", *"kovalenko", "enter")
        await pilot.pause()
        document = load_review(review_copy)
        added, first = document.statement("st-18"), document.statement("st-1")
        assert added is not None and first is not None
        assert added.span[1] <= first.span[0], "never into st-1"
        assert document.text_of(added.span).startswith("Andrii Kovalenko, chief of")


async def test_m_inside_a_statement_adds_nothing(review_copy: Path) -> None:
    before = review_copy.read_bytes()
    app = reader(review_copy)
    async with app.run_test(size=SIZE) as pilot:
        await search(pilot, "massing")
        await pilot.press("m")
        await pilot.pause()
        assert not isinstance(app.screen, SpeakerPicker)
        assert "This match is already part of st-2." in said(app)
        assert review_copy.read_bytes() == before


async def test_notifications_show_ids_and_names_as_text(tmp_path: Path) -> None:
    """A notification is never markup: ids come from a file anyone may have written."""
    evil = "[@click=app.quit]st[/]"
    text = "Jane Doe said the bridge was closed on Monday."
    document = Document(
        Article("evil", text),
        speakers=(Speaker("jane", "[b]Jane[/b]", mentions=((0, 8),)),),
        statements=(Statement(evil, (14, 45), "indirect", "jane", cue="said"),),
    )
    path = tmp_path / "evil.whosaid.yaml"
    save_document(document, path)
    app = ReaderApp(load_document(path), annotation_path=path, reviewer="ana")
    async with app.run_test(size=SIZE) as pilot:
        await search(pilot, "bridge")
        await pilot.press("m")
        await pilot.press("a", *"checked", "ctrl+q")
        await pilot.pause()
        assert f"This match is already part of {evil}." in said(app)
        assert f"Your note on {evil} was saved to {path}." in said(app)
        assert all(not notification.markup for notification in app._notifications)


# --- filter and resume -------------------------------------------------------------------


async def test_f_cycles_the_filter_and_j_k_walk_only_what_it_shows(review_copy: Path) -> None:
    app = reader(review_copy)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("v", "j", "j", "v", "k", "k")  # st-1 and st-3 verified
        assert app.current == "st-1"
        await pilot.press("f")
        await pilot.pause()
        assert progress_line(app).endswith("filter: unreviewed")
        await pilot.press("j", "j")
        assert app.current == "st-4", "st-3 is reviewed: skipped"
        await pilot.press("k")
        assert app.current == "st-2"
        await pilot.press("j", "f")  # st-4: Umerov's
        await pilot.pause()
        assert progress_line(app).endswith("filter: by Rustem Umerov")
        await pilot.press("j", "j", "j")
        assert app.current == "st-7", "Umerov's last statement: j stays there"
        await pilot.press("k", "k", "k")
        assert app.current == "st-3"
        await pilot.press("f")  # disputed: none
        await pilot.pause()
        assert progress_line(app).endswith("filter: disputed")
        await pilot.press("j")
        await pilot.pause()
        assert app.current == "st-3", "nothing to walk: stay"
        assert any(message.startswith("No statement to walk") for message in said(app))
        await pilot.press("f", "f")  # speech only, then all again
        await pilot.pause()
        assert progress_line(app).endswith("filter: all")
        await pilot.press("j")
        assert app.current == "st-4"


async def test_f_speech_only_walks_past_thoughts_and_stances(acts_document: Document) -> None:
    app = ReaderApp(acts_document)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f", "f", "f", "f")  # unreviewed, Ada Lind's, disputed, speech only
        await pilot.pause()
        assert progress_line(app).endswith("filter: speech only")
        assert app.current == "st-1"
        await pilot.press("j")
        assert app.current == "st-4", "st-2 (a thought) and st-3 (a stance) are skipped"
        await pilot.press("k")
        assert app.current == "st-1"
        await pilot.press("f")
        await pilot.pause()
        assert progress_line(app).endswith("filter: all")
        await pilot.press("j")
        assert app.current == "st-2"


async def test_opening_resumes_at_the_first_unreviewed_statement(review_copy: Path) -> None:
    document = load_review(review_copy)
    for statement_id in ("st-1", "st-2", "st-3"):
        document = review.set_status(document, statement_id, "verified", "bo", WHEN)
    save_document(document, review_copy)
    app = reader(review_copy)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.current == "st-4"
        assert "statement 4/17" in str(app.query_one("#title").render())
        assert progress_line(app).startswith("saved │ 3/17 reviewed · 3 verified")


# --- saving: two readers, failures ---------------------------------------------------


async def test_another_reader_s_actions_show_and_the_later_one_wins(review_copy: Path) -> None:
    app = reader(review_copy)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        marked_on_disk(review_copy, "st-5", "disputed")  # another statement
        await until(pilot, lambda: app.document.statement("st-5").review.status == "disputed")  # type: ignore[union-attr]
        assert any("bo: st-5 disputed" in message for message in said(app)), "by the poll"
        assert app.query_one(SourcesPane).get_row("st-5")[1].plain == "✗ disputed"

        await pilot.press("v")
        marked_on_disk(review_copy, "st-1", "unverifiable")  # the same statement, later
        await pilot.press("d")  # later still: this one wins
        await pilot.pause()
        assert status_on_disk(review_copy, "st-1") == "disputed"
        assert status_on_disk(review_copy, "st-5") == "disputed"
        history = [(a.reviewer, a.new) for a in app.review_log.history("st-1")]
        assert history == [("ana", "verified"), ("bo", "unverifiable"), ("ana", "disputed")]
        assert not list(review_copy.parent.glob("*.conflict-*")), (
            "no conflict file: the log keeps both"
        )


async def test_a_log_that_cannot_be_written_keeps_the_review_in_memory(
    review_copy: Path, tmp_path: Path
) -> None:
    app = reader(review_copy)
    log = log_path(review_copy)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        log.mkdir()  # a directory in its place
        await pilot.press("v")
        await pilot.pause()
        assert app.document.statement("st-1").review.status == "verified"  # type: ignore[union-attr]
        assert progress_line(app).startswith("NOT SAVED: ")
        error = next(n for n in app._notifications if n.severity == "error")
        assert str(log) in error.message and "Annotation format" in error.message
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, Confirm), "quitting would lose the verdict: it asks"
        assert "Annotation format" in str(app.screen.query_one("#confirm-question").render())
        await pilot.press("n")
        await pilot.pause()
        assert app.is_running

        await pilot.press("e", "enter")  # e still exports, elsewhere: the whole review first
        await pilot.pause()
        exported = tmp_path / "kursk-north-korea.annotation.yaml"
        rescued = load_document(exported)
        assert rescued.statement("st-1").review.status == "verified"  # type: ignore[union-attr]

        log.rmdir()  # the next action tries again, with everything in memory
        await pilot.press("j", "d")
        await pilot.pause()
        assert status_on_disk(review_copy, "st-1") == "verified"
        assert status_on_disk(review_copy, "st-2") == "disputed"
        assert progress_line(app).startswith("saved │ ")
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running, "everything saved: q quits at once"
    document = load_document(review_copy)  # and the quit rewrote the annotation file
    assert document.statement("st-2").review.status == "disputed"  # type: ignore[union-attr]


async def test_the_annotation_file_is_rewritten_from_the_log_in_a_worker(
    review_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(app_module, "FOLD_AFTER_SECONDS", 0.01)
    app = reader(review_copy)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("v")
        log = app.review_log
        await until(pilot, lambda: app._folding or log.folded == log.offset)  # the timer fired
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert load_document(review_copy).statement("st-1").review.status == "verified"  # type: ignore[union-attr]
        assert app.review_log.folded == app.review_log.offset
        assert review_copy.with_name(review_copy.name + ".bak").is_file()


# --- undo and history --------------------------------------------------------------------


async def test_ctrl_z_undoes_this_session_s_last_action(review_copy: Path) -> None:
    app = reader(review_copy)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("v", "j", "d", "k")
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert (status_on_disk(review_copy, "st-1"), status_on_disk(review_copy, "st-2")) == (
            "verified",
            "unreviewed",
        )
        assert app.current == "st-2", "the undone statement becomes current"
        assert "Undone on st-2: unreviewed (was disputed)." in said(app), "undone said once"
        await pilot.press("ctrl+z", "ctrl+z")
        await pilot.pause()
        assert status_on_disk(review_copy, "st-1") == "unreviewed"
        assert "Nothing of this session left to undo." in said(app)
        logged = log_path(review_copy).read_text().splitlines()
        assert len(logged) == 4, "two actions, two undos: no line taken out"


async def test_ctrl_z_of_a_speaker_change_puts_back_the_speaker_and_its_corrected_flag(
    review_copy: Path,
) -> None:
    first = load_review(review_copy).statement("st-2")
    assert first is not None and not first.review.corrected  # the extractor's speaker
    app = reader(review_copy)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("j", "s", *"umerov", "enter")
        await pilot.pause()
        assert on_disk(review_copy, "st-2").corrected
        await pilot.press("s", *"Jane Doe", "enter")  # a correction of a correction
        await pilot.pause()
        await pilot.press("ctrl+z")
        await pilot.pause()
        statement = load_review(review_copy).statement("st-2")
        assert statement is not None
        assert (statement.speaker, statement.review.corrected) == ("rustem-umerov", True)
        await pilot.press("ctrl+z")
        await pilot.pause()
        for statement in (
            load_review(review_copy).statement("st-2"),
            app.document.statement("st-2"),
        ):
            assert statement is not None
            assert (statement.speaker, statement.speaker_span) == (
                first.speaker,
                first.speaker_span,
            )
            assert not statement.review.corrected, "the extractor's speaker again"


async def test_ctrl_z_takes_back_a_statement_made_with_m(review_copy: Path) -> None:
    app = reader(review_copy)
    async with app.run_test(size=SIZE) as pilot:
        await search(pilot, "offered no")
        await pilot.press("m", *"kovalenko", "enter")
        await pilot.pause()
        assert app.current == "st-18"
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert load_review(review_copy).statement("st-18") is None
        assert app.current is not None and app.document.statement(app.current) is not None
        assert app.query_one(SourcesPane).row_count == 17


async def test_capital_h_shows_who_did_what_to_the_current_statement(review_copy: Path) -> None:
    marked_on_disk(review_copy, "st-1", "disputed")
    app = reader(review_copy)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("k", "v", "a", *"[b]not markup[/b]", "ctrl+s")
        await pilot.press("H")
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
        table = app.screen.query_one(DataTable)
        rows = [[cell.plain for cell in table.get_row_at(n)] for n in range(table.row_count)]
        assert [row[1:] for row in rows] == [
            ["bo", "disputed (was unreviewed)"],
            ["ana", "verified (was disputed)"],
            ["ana", 'note "[b]not markup[/b]" (was "")'],
        ]
        assert all(row[0].endswith("Z") for row in rows)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, HistoryScreen)
        await pilot.press("j", "H")
        await pilot.pause()
        assert "Nothing done to this statement yet." in str(
            app.screen.query_one("#history-empty").render()
        )


async def test_without_a_file_the_review_stays_in_memory(sample: Document) -> None:
    app = ReaderApp(sample, reviewer="ana")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert progress_line(app).startswith("no file: nothing to save yet │ 0/17")
        assert app.save_state.ok, "no alarm before a change"
        assert save_state_style(app) == style_of(app, "progress--unwritten"), "but not saved"
        assert save_state_style(app) != style_of(app, "progress--saved")
        await pilot.press("v")
        await pilot.pause()
        assert app.document.statement("st-1").review.status == "verified"  # type: ignore[union-attr]
        assert progress_line(app).startswith("not saved: no file │ 1/17 reviewed")
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, Confirm)
        await pilot.press("y")
        await pilot.pause()
        assert not app.is_running


def test_the_reviewer_is_the_login_name_or_analyst(
    sample: Document, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert ReaderApp(sample).reviewer == getpass.getuser()

    def no_login() -> str:
        raise OSError("no login name")

    monkeypatch.setattr(getpass, "getuser", no_login)
    assert ReaderApp(sample).reviewer == "analyst"
    assert ReaderApp(sample, reviewer="bo").reviewer == "bo"


# --- export and the palette --------------------------------------------------------------


async def test_e_exports_beside_the_annotation(review_copy: Path) -> None:
    app = reader(review_copy)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("x", "e")
        assert isinstance(app.screen, ExportDialog)
        await pilot.press("down", "enter")  # CSV
        await pilot.pause()
        exported = review_copy.parent / "kursk-north-korea.csv"
        rows = exported.read_text(encoding="utf-8-sig").splitlines()
        assert rows[0].startswith("id,speaker,")
        assert not any(row.startswith("st-1,") for row in rows), "rejected: left out"
        assert f"CSV exported to {exported}" in said(app)


async def test_e_names_a_markdown_export_a_report(review_copy: Path) -> None:
    app = reader(review_copy)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e", "down", "down", "enter")
        await pilot.pause()
        report = review_copy.parent / "kursk-north-korea.report.md"
        assert report.read_text(encoding="utf-8").startswith("# ")


async def test_e_never_writes_over_the_article_or_its_review(review_copy: Path) -> None:
    article = review_copy.parent / "kursk-north-korea.txt"
    before = {path: path.read_bytes() for path in (article, review_copy)}
    app = reader(review_copy)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e")
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        for target in (article, review_copy):
            dialog.query_one("#export-path", Input).value = str(target)
            await pilot.press("enter", "enter")
            await pilot.pause()
            assert app.screen is dialog
            error = str(dialog.query_one("#export-error", Static).render())
            assert target.name in error, error
        assert {path: path.read_bytes() for path in before} == before


async def test_e_says_when_the_export_cannot_be_written(
    review_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full_disk(path: Path, content: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("tui.ui.app.write_output", full_disk)
    app = reader(review_copy)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e", "enter")
        await pilot.pause()
        error = next(n for n in app._notifications if n.severity == "error")
        assert "No space left on device" in error.message


async def test_the_palette_runs_review_actions(review_copy: Path) -> None:
    app = reader(review_copy)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p", *"dispute")
        await until(pilot, lambda: app.screen.query(CommandList).first().option_count > 0)
        await pilot.press("enter")
        await pilot.pause()
        assert status_on_disk(review_copy, "st-1") == "disputed"


async def test_ctrl_z_never_undoes_what_another_reader_did_since(review_copy: Path) -> None:
    app = reader(review_copy)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("v", "j", "d")
        await pilot.pause()
        marked_on_disk(review_copy, "st-2", "verified")  # another reader, after this one's `d`
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert status_on_disk(review_copy, "st-2") == "verified", "theirs stays"
        assert any("bo" in message and "st-2" in message for message in said(app))
        await pilot.press("ctrl+z")  # this session's `v` on st-1 is still there to undo
        await pilot.pause()
        assert status_on_disk(review_copy, "st-1") == "unreviewed"
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert said(app)[-1] == "Nothing of this session left to undo."


async def test_an_action_on_a_statement_another_reader_took_back_says_so(
    review_copy: Path,
) -> None:
    app = reader(review_copy)
    async with app.run_test(size=SIZE) as pilot:
        other = ReviewLog.open(load_document(review_copy), review_copy, "bo")
        text = other.document.article.text
        start = text.index("offered no")
        taken = [s.span for s in other.document.statements]
        added = other.add_statement(review.clause_around(text, (start, start + 5), taken), None)
        assert added is not None
        await until(pilot, lambda: app.document.statement(added.statement) is not None)
        app.current = added.statement
        await pilot.press("a", *"my note")
        other.undo()  # taken back while the note is typed
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert any(added.statement in m and "my note" in m for m in said(app)), "not lost unsaid"
        assert app.document.statement(app.current or "") is not None


async def test_a_current_statement_taken_back_leaves_the_reader_where_it_was(
    review_copy: Path,
) -> None:
    app = reader(review_copy)
    async with app.run_test(size=SIZE) as pilot:
        await search(pilot, "offered no")
        await pilot.press("m", *"kovalenko", "enter")
        await pilot.pause()
        added = app.document.statement(app.current)
        assert added is not None
        await pilot.press("ctrl+z")
        await pilot.pause()
        now = app.document.statement(app.current)
        assert now is not None
        after = [s for s in app.document.statements if s.span[0] >= added.span[0]]
        assert now == (after[0] if after else app.document.statements[-1]), (
            "the statement next to it, not the first unreviewed one far above"
        )


async def test_claimreview_from_the_reader_asks_for_the_url_the_article_lacks(
    review_copy: Path,
) -> None:
    """An article without a URL: the dialog asks for one when ClaimReview is chosen (the
    keyboard alone, no YAML to edit), and the export carries it."""
    assert load_document(review_copy).article.url is None
    app = reader(review_copy)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("d", "e")  # a reviewed claim: ClaimReview carries reviewed ones
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        url = dialog.query_one("#export-url", Input)
        assert not url.display, "no URL box for a format that needs none"
        while dialog.fmt != "claimreview":
            await pilot.press("down")
        assert url.display
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is dialog, "no URL: the dialog stays and says so"
        assert "URL" in str(dialog.query_one("#export-error", Static).render())
        assert dialog.focused is url
        await pilot.press(*"https://news.example/kursk", "enter")
        await pilot.pause()
        assert app.screen is not dialog
        written = review_copy.parent / "kursk-north-korea.claimreview.json"
        assert written.exists(), [n.message for n in app._notifications]
        assert "https://news.example/kursk" in written.read_text(encoding="utf-8")


async def test_the_filter_s_name_fits_the_progress_line_at_80_columns(review_copy: Path) -> None:
    """On a narrow terminal the counts get shorter (the statuses' badges), so that the line
    still says which filter `j`/`k` walk; a wide one keeps the words."""
    app = reader(review_copy)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("v", "j", "d", "j", "u", "j", "x")
        await pilot.press("j", "f", "f")  # unreviewed, then st-5 speaker Umerov's
        await pilot.pause()
        line = app.query_one(ProgressLine)
        assert progress_line(app).endswith("filter: by Rustem Umerov")
        assert len(progress_line(app)) <= line.size.width
        assert "4/17 reviewed · ✓1 ✗1 ?1 –1" in progress_line(app)
        await pilot.resize_terminal(140, 36)
        await pilot.pause()
        assert "4/17 reviewed · 1 verified · 1 disputed · 1 unverifiable · 1 rejected" in (
            progress_line(app)
        )
