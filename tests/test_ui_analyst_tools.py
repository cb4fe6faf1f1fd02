"""Tools an analyst expects of a terminal program: notes written in $EDITOR, and `y` to copy
the current statement with its citation to the clipboard through the terminal (OSC 52)."""

from __future__ import annotations

import contextlib
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from textual.widgets import Static, TextArea

from tui.core.export import citation
from tui.core.model import Document
from tui.core.reviewlog import load_review
from tui.core.store import load_document
from tui.ui.app import ReaderApp
from tui.ui.screens.export_dialog import ExportDialog
from tui.ui.screens.note_editor import NoteEditor

SIZE = (120, 36)

EDITOR_SCRIPT = """
import sys
path = sys.argv[1]
with open(path, encoding="utf-8") as f:
    before = f.read()
with open(path, "w", encoding="utf-8") as f:
    f.write(before + " (checked in my editor)\\n")
"""


def reader(path: Path) -> ReaderApp:
    app = ReaderApp(load_document(path), annotation_path=path, reviewer="ana")
    app.suspend = contextlib.nullcontext  # type: ignore[method-assign]  # headless: no terminal
    return app


async def test_ctrl_e_in_the_note_editor_writes_the_note_in_editor(
    review_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    script = tmp_path / "editor.py"
    script.write_text(EDITOR_SCRIPT, encoding="utf-8")
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", f"{sys.executable} {script}")
    app = reader(review_copy)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a", *"Ask the ministry", "ctrl+e")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor)
        text = app.screen.query_one(TextArea).text
        assert text == "Ask the ministry (checked in my editor)"
        await pilot.press("ctrl+s")
        await pilot.pause()
        statement = load_review(review_copy).statement("st-1")
        assert statement is not None
        assert statement.review.note == "Ask the ministry (checked in my editor)"


async def test_ctrl_e_without_an_editor_says_how_to_set_one(
    review_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.delenv("EDITOR", raising=False)
    app = reader(review_copy)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a", *"draft", "ctrl+e")
        await pilot.pause()
        assert app.screen.query_one(TextArea).text == "draft"
        assert any("Set $EDITOR" in n.message for n in app._notifications)


async def test_y_copies_the_current_statement_with_its_citation(review_copy: Path) -> None:
    app = reader(review_copy)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("j", "j", "y")  # st-3, mixed: quoted
        assert app.clipboard.startswith("“Ukrainian forces have engaged in")
        assert app.clipboard.endswith("” — Rustem Umerov, Ukrainian Defense Minister")
        await pilot.press("j", "y")  # st-4, indirect: the reporter's words, unquoted
        assert app.clipboard.startswith("the North Koreans are disguised")


def test_a_citation_names_outlet_and_date_and_joins_parts(acts_document: Document) -> None:
    document = replace(
        acts_document,
        article=replace(acts_document.article, outlet="The Gazette", published="2026-03-02"),
    )
    first = document.statement("st-1")
    assert first is not None
    assert citation(document, first) == (
        "“The bridge will reopen in May … and the repairs cost less than we feared.” "
        "— Ada Lind, Mayor, The Gazette, 2026-03-02"
    )


async def test_a_claimreview_without_the_article_s_url_says_what_to_do(review_copy: Path) -> None:
    app = reader(review_copy)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("v", "e", "down", "down", "down", "enter")  # ClaimReview
        await pilot.pause()
        assert isinstance(app.screen, ExportDialog), "the dialog asks for the URL inline"
        error = str(app.screen.query_one("#export-error", Static).render())
        assert "needs the article's URL" in error and "type it" in error
        await pilot.press("escape")
        await pilot.pause()
        assert not (review_copy.parent / "kursk-north-korea.claimreview.json").exists()
