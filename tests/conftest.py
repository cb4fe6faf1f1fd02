"""Shared fixtures: the hand-checked annotation of the sample article, a small invented
article with every act and a two-part quote, no blinking cursor, and bytecode kept for the
whosaid processes tests start."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.widgets import Input

from tui.core.model import Article, Document, Span, Speaker, Statement
from tui.core.store import load_document

DATA = Path(__file__).resolve().parent.parent / "data"
SAMPLE = DATA / "kursk-north-korea.whosaid.yaml"


@pytest.fixture(scope="session", autouse=True)
def kept_bytecode(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Bytecode (and the kept regular expressions, tui/core/kept_patterns.py) written for the
    processes the tests start, in one folder for the session, even where the environment says
    to write none (PYTHONDONTWRITEBYTECODE): each whosaid command a test runs then starts as a
    user's second run does (~0.2 s of CPU), not by compiling every module again (~0.8 s), and
    the hundreds of commands the CLI and hostile-input tests run take a minute less."""
    saved = {
        name: os.environ.get(name) for name in ("PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX")
    }
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    os.environ["PYTHONPYCACHEPREFIX"] = str(tmp_path_factory.mktemp("bytecode"))
    yield
    for name, value in saved.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


@pytest.fixture(scope="session")
def sample() -> Document:
    """The sample article as hand-annotated: tests never depend on live extraction."""
    return load_document(SAMPLE)


@pytest.fixture
def review_copy(tmp_path: Path) -> Path:
    """A copy of the sample article and its annotation in `tmp_path`: a review may write it."""
    shutil.copy(DATA / "kursk-north-korea.txt", tmp_path)
    shutil.copy(SAMPLE, tmp_path)
    return tmp_path / SAMPLE.name


@pytest.fixture(autouse=True)
def no_cursor_blink(monkeypatch: pytest.MonkeyPatch) -> None:
    """A blinking cursor would make snapshots differ from run to run."""
    monkeypatch.setattr(Input, "_toggle_cursor", lambda _self: None)


ACTS_TEXT = (
    "“The bridge will reopen in May,” Mayor Ada Lind said on Monday, “and the repairs cost "
    "less than we feared.”\n\n"
    "Councillor Ben Ortiz believes the repairs were rushed.\n\n"
    "The residents' association supports a second crossing.\n\n"
    "Lind said the council would vote in June."
)


def _at(fragment: str, after: str = "") -> Span:
    """The span of `fragment` in ACTS_TEXT (its first one after `after`)."""
    start = ACTS_TEXT.index(fragment, ACTS_TEXT.index(after))
    return (start, start + len(fragment))


@pytest.fixture
def acts_document() -> Document:
    """An invented article: a quote in two parts around its attribution, a thought, a stance
    and a plain piece of reported speech."""
    first = _at("The bridge will reopen in May")
    second = _at("and the repairs cost less than we feared.")
    return Document(
        Article("bridge", ACTS_TEXT, title="The bridge"),
        speakers=(
            Speaker(
                "ada-lind",
                "Ada Lind",
                role="Mayor",
                mentions=(_at("Ada Lind"), _at("Lind", "crossing")),
            ),
            Speaker("ben-ortiz", "Ben Ortiz", role="Councillor", mentions=(_at("Ben Ortiz"),)),
            Speaker(
                "residents",
                "The residents' association",
                kind="organization",
                mentions=(_at("The residents' association"),),
            ),
        ),
        statements=(
            Statement(
                "st-1",
                (first[0], second[1]),
                "direct",
                "ada-lind",
                _at("Ada Lind"),
                "said",
                _at("said"),
                when="on Monday",
                parts=(first, second),
            ),
            Statement(
                "st-2",
                _at("the repairs were rushed"),
                "indirect",
                "ben-ortiz",
                _at("Ben Ortiz"),
                "believes",
                _at("believes"),
                act="thought",
            ),
            Statement(
                "st-3",
                _at("a second crossing"),
                "indirect",
                "residents",
                _at("The residents' association"),
                "supports",
                _at("supports"),
                act="stance",
            ),
            Statement(
                "st-4",
                _at("the council would vote in June"),
                "indirect",
                "ada-lind",
                _at("Lind", "crossing"),
                "said",
                _at("said", "crossing"),
            ),
        ),
    )
