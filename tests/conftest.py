"""Shared fixtures: the hand-checked annotation of the sample article, and no blinking cursor."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from textual.widgets import Input

from tui.core.model import Document
from tui.core.store import load_document

DATA = Path(__file__).resolve().parent.parent / "data"
SAMPLE = DATA / "kursk-north-korea.whosaid.yaml"


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
