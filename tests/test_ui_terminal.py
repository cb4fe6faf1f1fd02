"""The real reader in a pseudo-terminal: a verdict, a note, is on disk before the process dies."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tui.core import review
from tui.core.model import Statement
from tui.core.reviewlog import load_review
from tui.core.store import load_document, save_document

ROOT = Path(__file__).resolve().parent.parent
DEADLINE = 60.0
"""Seconds to wait for the reader to start, and for the file to change: CI can be slow."""

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="no pseudo-terminals")


def read_until(fd: int, done: Callable[[bytes], bool], seen: bytearray) -> None:
    """Keep reading the terminal (so the reader never blocks writing) until `done(seen)`."""
    deadline = time.monotonic() + DEADLINE
    while not done(bytes(seen)):
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out; the terminal showed: {bytes(seen[-2000:])!r}")
        ready, _, _ = select.select([fd], [], [], 0.1)
        if ready:
            try:
                seen += os.read(fd, 65536)
            except OSError:  # the reader exited: the terminal is gone
                raise AssertionError(f"the reader exited: {bytes(seen[-2000:])!r}") from None


@contextmanager
def reader_in_a_terminal(article: Path) -> Iterator[tuple[int, bytearray]]:
    """The real reader on `article` in a pseudo-terminal: its master end, and what it showed.
    Killed with SIGKILL at the end: no quit, no clean-up, no rewrite of the YAML."""
    import fcntl  # Unix only, as pseudo-terminals are
    import pty
    import struct
    import termios

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 36, 120, 0, 0))
    env = {
        **os.environ,
        "TERM": "xterm-256color",
        "COLUMNS": "120",
        "LINES": "36",
        "PYTHONPATH": str(ROOT),
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "tui", str(article)],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=env,
        cwd=article.parent,
        start_new_session=True,
    )
    os.close(slave)
    try:
        yield master, bytearray()
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=DEADLINE)
        os.close(master)


def resumed_at_st_3(review_copy: Path) -> Path:
    """Mark st-1 and st-2 in the file, so the review resumes at st-3; the article's path."""
    document = load_document(review_copy)
    for statement_id in ("st-1", "st-2"):
        document = review.set_status(
            document, statement_id, "verified", "bo", "2026-11-27T10:00:00Z"
        )
    save_document(document, review_copy)
    return review_copy.parent / "kursk-north-korea.txt"


def st_3(review_copy: Path) -> Statement:
    """st-3 as the next open of the review sees it: the YAML with the log replayed."""
    statement = load_review(review_copy).statement("st-3")
    assert statement is not None
    return statement


def test_a_verdict_is_on_disk_before_the_reader_is_killed(review_copy: Path) -> None:
    article = resumed_at_st_3(review_copy)
    with reader_in_a_terminal(article) as (master, seen):
        read_until(master, lambda shown: b"2/17 reviewed" in shown, seen)
        os.write(master, b"v")
        # Killed as soon as the action is in the log: long before the YAML is rewritten.
        read_until(master, lambda _shown: st_3(review_copy).review.status == "verified", seen)
    saved = load_review(review_copy)
    assert [s.review.status for s in saved.statements[:4]] == [
        "verified",
        "verified",
        "verified",
        "unreviewed",
    ]
    assert saved.statement("st-3").review.reviewer  # type: ignore[union-attr]


def test_a_note_is_on_disk_before_the_reader_is_killed(review_copy: Path) -> None:
    article = resumed_at_st_3(review_copy)
    with reader_in_a_terminal(article) as (master, seen):
        read_until(master, lambda shown: b"2/17 reviewed" in shown, seen)
        os.write(master, b"a")
        read_until(master, lambda shown: b"cancel" in shown, seen)  # the note editor
        typed = len(seen)
        os.write(master, "checked: the ministry’s figure".encode())
        read_until(master, lambda shown: "ministry’s figure".encode() in shown[typed:], seen)
        os.write(master, b"\x13")  # ctrl+s
        read_until(master, lambda _shown: st_3(review_copy).review.note != "", seen)
    assert st_3(review_copy).review.note == "checked: the ministry’s figure"
