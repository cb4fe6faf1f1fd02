"""Correcting a speaker does what was typed: a typed name that only matches someone's role
makes a new speaker, with the role and kind given in the same dialog; counts leave out
rejected statements. `m` shows the words it adds and keeps a quotation direct."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Static

from tui.core import review
from tui.core.model import Article, Document
from tui.core.reviewlog import Action, ReviewLog, load_review
from tui.core.store import load_document
from tui.ui.app import ReaderApp
from tui.ui.screens.speaker_picker import SpeakerPicker
from tui.ui.widgets.panes import SpeakersPane

SIZE = (120, 36)


def reader(path: Path) -> ReaderApp:
    return ReaderApp(load_document(path), annotation_path=path, reviewer="ana")


async def test_a_name_found_only_in_a_role_becomes_a_new_speaker(review_copy: Path) -> None:
    """ "Pentagon spokesman" is Charlie Dietz's role: typed as a name, it is a new speaker."""
    app = reader(review_copy)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("j", "s", *"Pentagon spokesman", "enter")
        await pilot.pause()
        document = load_review(review_copy)
        statement = document.statement("st-2")
        assert statement is not None
        speaker = document.speaker(statement.speaker)
        assert speaker is not None
        assert (speaker.id, speaker.name) == ("pentagon-spokesman", "Pentagon spokesman")


async def test_a_new_speaker_gets_the_role_and_kind_given(review_copy: Path) -> None:
    app = reader(review_copy)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("s", *"Civic Trust", "tab", *"watchdog group", "tab", "right", "right")
        assert isinstance(app.screen, SpeakerPicker)
        await pilot.press("enter")
        await pilot.pause()
        speaker = load_review(review_copy).speaker("civic-trust")
        assert speaker is not None
        assert (speaker.role, speaker.kind) == ("watchdog group", "organization")
        speakers = app.query_one(SpeakersPane)
        assert speakers.get_row("civic-trust")[3].plain == "watchdog group"


async def test_speaker_counts_leave_rejected_statements_out(review_copy: Path) -> None:
    app = reader(review_copy)
    async with app.run_test(size=SIZE) as pilot:
        speakers = app.query_one(SpeakersPane)
        assert speakers.get_row("rustem-umerov")[2].plain == "4"
        await pilot.press("j", "j", "x")  # st-3, Umerov's
        await pilot.pause()
        assert speakers.get_row("rustem-umerov")[2].plain == "3"
        await pilot.press("c")
        await pilot.pause()
        assert speakers.get_row("rustem-umerov")[2].plain == "4"


async def test_a_speaker_typed_in_goes_when_its_correction_is_undone(
    review_copy: Path,
) -> None:
    """After ctrl+z, the speaker typed for the correction is no longer listed (the picker
    still offers it, the log keeps it); the extractor's speaker corrected away stays, at 0."""
    app = reader(review_copy)
    async with app.run_test(size=SIZE) as pilot:
        speakers = app.query_one(SpeakersPane)
        listed = speakers.row_count
        await pilot.press("j", "s", *"Ivan Petrenko", "enter")
        await pilot.pause()
        assert speakers.row_count == listed + 1
        assert speakers.get_row("ivan-petrenko")[2].plain == "1"
        assert speakers.get_row("ukrainian-officials")[2].plain == "0"
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert speakers.row_count == listed
        assert "ivan-petrenko" not in speakers.items
        assert f"· {listed} speakers ·" in str(app.query_one("#title", Static).render())
        assert load_review(review_copy).speaker("ivan-petrenko") is not None


QUOTED = (
    "The mayor spoke at noon. “We will rebuild the bridge by spring,” she told reporters. "
    "Traffic was light on the ring road."
)


async def test_m_shows_the_words_it_adds_and_keeps_a_quotation_direct() -> None:
    app = ReaderApp(Document(Article("quoted", QUOTED)))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", *"rebuild", "enter", "m")
        await pilot.pause()
        assert isinstance(app.screen, SpeakerPicker)
        shown = str(app.screen.query_one("#picker-quote Static", Static).render())
        assert shown == "“We will rebuild the bridge by spring”"
        assert "direct" in app.screen.title_text
        await pilot.press(*"Mayor Lena Holt", "enter")
        await pilot.pause()
        (added,) = app.document.statements
        assert app.document.text_of(added.span) == "We will rebuild the bridge by spring"
        assert added.kind == "direct"


def test_an_added_statement_is_direct_inside_quotes_and_mixed_around_them() -> None:
    inside = (QUOTED.index("We will"), QUOTED.index(",” she"))
    assert review.kind_at(QUOTED, inside) == "direct"
    around = (QUOTED.index("The mayor"), QUOTED.index(" she told"))
    assert review.kind_at(QUOTED, around) == "mixed"
    plain = (QUOTED.index("Traffic"), len(QUOTED) - 1)
    assert review.kind_at(QUOTED, plain) == "indirect"


def test_the_log_keeps_a_typed_speaker_s_role_and_kind_and_an_added_statement_s_kind(
    review_copy: Path,
) -> None:
    log = ReviewLog.open(load_document(review_copy), review_copy, "ana")
    action = log.add_statement((477, 513), None, "Lena Holt", ("harbor master", "person"), "direct")
    assert action is not None
    assert Action.from_json(action.to_json().encode()) == action
    replayed = load_review(review_copy)
    added = replayed.statement(action.statement)
    assert added is not None and added.kind == "direct"
    speaker = replayed.speaker(added.speaker)
    assert speaker is not None
    assert (speaker.name, speaker.role, speaker.kind) == ("Lena Holt", "harbor master", "person")
