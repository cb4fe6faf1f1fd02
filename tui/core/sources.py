"""Read an article file into an Article: decoding, normalising, size checks."""

from __future__ import annotations

import re
from pathlib import Path

from tui.core.errors import InputError
from tui.core.model import Article

MAX_ARTICLE_BYTES = 20 * 1024 * 1024

# ANSI escape sequences (CSI, OSC, other ESC sequences), then any remaining C0/C1 control
# character except newline and tab. Stripped once, on reading, so offsets match the display.
_ANSI = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC, OSC-8 links among them
    r"|\x1b[@-Z\\-_]"  # other two-byte ESC sequences
    r"|\x9b[0-?]*[ -/]*[@-~]"  # 8-bit CSI
)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean_text(raw: str) -> str:
    """The text whosaid indexes: BOM removed, CRLF/CR as LF, no control characters but \\n, \\t."""
    text = raw.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", _ANSI.sub("", text))


def slug(name: str) -> str:
    """A stable id from a file name: lower case, words joined by '-'."""
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "article"


def read_article(path: str | Path) -> Article:
    """Read a plain-text article (UTF-8) into an Article."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except IsADirectoryError:
        raise InputError(path, "is a directory, not an article") from None
    except OSError as error:
        raise InputError(path, f"cannot read: {error.strerror or error}") from None
    if len(data) > MAX_ARTICLE_BYTES:
        raise InputError(path, f"too large ({len(data)} bytes; the limit is {MAX_ARTICLE_BYTES})")
    if b"\x00" in data[:8192]:
        raise InputError(path, "looks binary, not text")
    try:
        raw = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputError(path, f"not UTF-8 (bad byte at offset {error.start})") from None
    return Article(id=slug(path.stem), text=clean_text(raw), file=path.name)
