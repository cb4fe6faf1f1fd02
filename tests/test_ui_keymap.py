"""A user keymap: keys.toml gives a binding (by its id) other keys; `?` shows them."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Label

from tui.core.model import Document
from tui.core.reviewlog import load_review
from tui.ui.app import ReaderApp
from tui.ui.keymap import BACK_TO_LIBRARY, UserKeymap, load_keymap
from tui.ui.library import LibraryReaderApp
from tui.ui.screens.help import HelpScreen

SIZE = (120, 36)


def test_load_keeps_known_ids_and_says_what_is_wrong(tmp_path: Path) -> None:
    path = tmp_path / "keys.toml"
    assert load_keymap(path, {"verify"}) == UserKeymap(path)  # no file: no keymap
    path.write_text('verify = " V , ctrl+v"\ncopy = 3\nnope = "x"\n', encoding="utf-8")
    keymap = load_keymap(path, {"verify", "copy"})
    assert keymap.keys == {"verify": "V,ctrl+v"}
    assert len(keymap.problems) == 2
    assert "copy needs keys as a string" in keymap.problems[0]
    assert "no key has the id 'nope'" in keymap.problems[1]
    path.write_text("verify = [", encoding="utf-8")
    broken = load_keymap(path, {"verify"})
    assert broken.keys == {} and "not read" in broken.problems[0]


def test_every_binding_the_help_lists_has_an_id() -> None:
    groups = ReaderApp.help_groups()
    ids = [b.id for _, bindings in groups for b in bindings]  # type: ignore[union-attr]
    assert all(ids) and len(ids) == len(set(ids))
    assert {"verify", "copy", "note-external-editor", "help-close"} <= ReaderApp.binding_ids()
    # The key that goes back to the library is the reader's too: keys.toml may give it one,
    # and a reader opened on one article does not say there is no such key.
    assert BACK_TO_LIBRARY in ReaderApp.binding_ids()
    assert LibraryReaderApp.binding_ids() == ReaderApp.binding_ids()


async def test_the_user_s_keys_work_and_help_shows_them(review_copy: Path) -> None:
    keymap = UserKeymap(review_copy.parent / "keys.toml", {"verify": "V", "dispute": "D"})
    app = ReaderApp(
        load_review(review_copy), annotation_path=review_copy, reviewer="ana", keymap=keymap
    )
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("v")
        await pilot.pause()
        statement = load_review(review_copy).statement("st-1")
        assert statement is not None and statement.review.status == "unreviewed"
        await pilot.press("V")
        await pilot.pause()
        statement = load_review(review_copy).statement("st-1")
        assert statement is not None and statement.review.status == "verified"
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        cells = [str(label.render()) for label in app.screen.query(Label)]
        verify = cells.index("Verify")
        assert cells[verify - 1] == "V" and cells[verify + 2] == "verify"
        note = str(app.screen.query_one("#help-keymap", Label).render())
        assert str(keymap.path) in note and "Yours: dispute, verify." in note


async def test_a_keymap_problem_is_said_once_at_start(sample: Document) -> None:
    keymap = UserKeymap(Path("keys.toml"), problems=("keys.toml: no key has the id 'x'",))
    app = ReaderApp(sample, keymap=keymap)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert [n.message for n in app._notifications] == ["keys.toml: no key has the id 'x'"]


async def test_help_on_an_80_column_terminal_keeps_what_each_key_does_readable(
    sample: Document,
) -> None:
    """At 80x24 the words saying what a key does get a column wide enough to read, not a
    word cut across lines."""
    app = ReaderApp(sample)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        tips = list(app.screen.query(".help-tip").results(Label))
        ids = list(app.screen.query(".help-id").results(Label))
        assert tips and ids
        tip_column = ids[0].region.x - tips[0].region.x - 1
        assert tip_column >= 24
        # The ids (what keys.toml names) are still shown, each on one line.
        assert all(label.size.height == 1 for label in ids)
