"""The real reader in a pseudo-terminal: a verdict is on disk before the process dies."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tui.core import review
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


def test_a_verdict_is_saved_before_the_reader_is_killed(review_copy: Path) -> None:
    import fcntl  # Unix only, as pseudo-terminals are
    import pty
    import struct
    import termios

    document = load_document(review_copy)
    for statement_id in ("st-1", "st-2"):
        document = review.set_status(
            document, statement_id, "verified", "bo", "2026-11-27T10:00:00Z"
        )
    save_document(document, review_copy)  # so the review resumes at st-3
    article = review_copy.parent / "kursk-north-korea.txt"

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
        cwd=review_copy.parent,
        start_new_session=True,
    )
    os.close(slave)
    seen = bytearray()
    try:
        read_until(master, lambda shown: b"2/17 reviewed" in shown, seen)
        os.write(master, b"v")

        def verdict_on_disk(_shown: bytes) -> bool:
            statement = load_document(review_copy).statement("st-3")
            return statement is not None and statement.review.status == "verified"

        read_until(master, verdict_on_disk, seen)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=DEADLINE)
        os.close(master)
    saved = load_document(review_copy)
    assert [s.review.status for s in saved.statements[:4]] == [
        "verified",
        "verified",
        "verified",
        "unreviewed",
    ]
    assert saved.statement("st-3").review.reviewer  # type: ignore[union-attr]
