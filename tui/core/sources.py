"""Read an article file into an Article: plain text, Markdown or HTML; size and encoding checks.

Article files are untrusted: they are decoded and reduced to plain text, never executed or
rendered. Every article passes through `clean_text`, so offsets match what is displayed.
"""

from __future__ import annotations

import codecs
import re
import stat
import warnings
from pathlib import Path
from typing import NamedTuple

from tui.core.errors import InputError, InputWarning
from tui.core.model import Article
from tui.core.shown import without_bidi

MAX_ARTICLE_BYTES = 4 * 1024 * 1024
"""A news article is tens of kilobytes; a whole book is about 1 MB."""
MARKDOWN_SUFFIXES = (".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
ARTICLE_SUFFIXES = (".txt", ".text", *MARKDOWN_SUFFIXES, *HTML_SUFFIXES)
ANNOTATION_SUFFIX = ".whosaid.yaml"
"""The review of `article.txt` is `article.whosaid.yaml`, beside it (the store reads and writes
it; its name is here, where `whosaid extract` finds the names of files without loading YAML)."""

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
    """The text whosaid indexes: BOMs removed, CRLF/CR as LF, no control characters but \\n,
    \\t. Cleaning it again changes nothing."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    if "\x1b" in text or "\x9b" in text:  # a scan for them costs as much as the removal
        text = _ANSI.sub("", text)
    return _CONTROL.sub("", text).lstrip("\ufeff")


def clean_field(value: str) -> str:
    """A name, title, id or note from a file: `clean_text`, and no bidi controls either (the
    article text keeps them, as offsets count them; the reader shows them as marks)."""
    return without_bidi(clean_text(value))


def slug(name: str) -> str:
    """A stable id from a file name: lower case, words joined by '-'."""
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "article"


def read_limited(path: Path, limit: int, what: str) -> bytes:
    """The bytes of a regular file no larger than `limit`; InputError for anything else."""
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise InputError(path, f"is a folder, not {what}")
        if not stat.S_ISREG(info.st_mode):
            raise InputError(path, f"is not a regular file, not {what}")
        if info.st_size > limit:
            raise InputError(path, f"too large ({info.st_size} bytes; the limit is {limit})")
        with path.open("rb") as handle:
            # As much as the file holds (a read of `limit` allocates that much, ~0.2 ms a
            # file), and the rest up to the limit should it have grown since.
            data = handle.read(info.st_size + 1)
            if len(data) > info.st_size:
                data += handle.read(limit + 1 - len(data))
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except OSError as error:
        raise InputError(path, f"cannot read: {error.strerror or error}") from None
    if len(data) > limit:
        raise InputError(path, f"too large (more than {limit} bytes)")
    return data


def decode(path: Path, data: bytes, encoding: str = "utf-8") -> str:
    """Decode `data` (UTF-16 when it starts with a UTF-16 byte-order mark), refusing binary
    files and text that is not in `encoding`."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    elif b"\x00" in data[:8192]:
        raise InputError(path, "looks binary, not text")
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        name = encoding.upper() if encoding.startswith("utf") else encoding
        raise InputError(path, f"not {name} (bad byte at offset {error.start})") from None


def annotation_path(article_path: str | Path) -> Path:
    """`article.txt` -> `article.whosaid.yaml`, beside it."""
    path = Path(article_path)
    return path.with_name(path.stem + ANNOTATION_SUFFIX)


def is_annotation(path: str | Path) -> bool:
    """A YAML file (`.whosaid.yaml` among them), by its name: the suffix of a Path it is
    (`whosaid extract` asks of every file, before its pool starts: a new Path each time took
    ~8 ms of 1,000)."""
    return (path if isinstance(path, Path) else Path(path)).suffix in (".yaml", ".yml")


class Parsed(NamedTuple):
    """What a reader makes of a file: the text and whatever metadata it declares."""

    text: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    url: str | None = None
    author: str | None = None
    language: str | None = None


def read_article(path: str | Path) -> Article:
    """Read a `.txt`, `.md` or `.html` article (anything else is read as plain text)."""
    path = Path(path)
    return article_from_bytes(path, read_limited(path, MAX_ARTICLE_BYTES, "an article"))


def article_from_bytes(path: Path, data: bytes) -> Article:
    """The article in `data`, the bytes of the file `path` names (its suffix says how to read
    it, its name gives the id): `read_article` for bytes fetched elsewhere (an object store)."""
    if len(data) > MAX_ARTICLE_BYTES:
        raise InputError(path, f"too large ({len(data)} bytes; the limit is {MAX_ARTICLE_BYTES})")
    suffix = path.suffix.lower()
    # The readers of pages and Markdown use this module's parts: each imported when a file
    # needs it (trafilatura, the page reader's, takes a third of a second to import;
    # markdown-it a fiftieth, which a folder of plain text need not pay in every worker).
    if suffix in HTML_SUFFIXES:
        from tui.core.page_reader import read_page

        parsed = read_page(decode_article(path, data, _html_charset(path, data)))
    elif suffix in MARKDOWN_SUFFIXES:
        from tui.core.markdown_reader import parse_markdown

        parsed = parse_markdown(clean_text(decode_article(path, data)))
    else:
        parsed = Parsed(decode_article(path, data))
    text = clean_text(parsed.text)
    if not text.strip():  # nothing to read, nor to review: said now, not as an empty reader
        raise InputError(path, "is empty: no text to read" if not data else "holds no text to read")
    return Article(
        id=slug(path.stem),
        text=text,
        title=_clean_field(parsed.title),
        outlet=_clean_field(parsed.outlet),
        published=_clean_field(parsed.published),
        url=_clean_field(parsed.url),
        file=storable_name(path.name),
        author=_clean_field(parsed.author),
        language=_clean_field(parsed.language),
    )


def storable_name(name: str) -> str | None:
    """`name` as an annotation can hold it (UTF-8), or None for a file name with bytes that are
    not UTF-8: its annotation then holds the article text instead."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return None
    return name


def _clean_field(value: str | None) -> str | None:
    """A metadata field on one line, or None when empty."""
    if value is None:
        return None
    return " ".join(clean_field(value).split()) or None


# --- HTML ------------------------------------------------------------------------------------

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)


def _html_charset(path: Path, data: bytes) -> str:
    """The charset declared in the first 4 KB (a BOM wins), else UTF-8."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8"
    match = _CHARSET.search(data[:4096])
    if match is None:
        return "utf-8"
    name = match.group(1).decode("ascii")
    try:
        info = codecs.lookup(name)
    except LookupError:
        raise InputError(path, f"declares an unknown charset {name!r}") from None
    if not getattr(info, "_is_text_encoding", True):
        raise InputError(path, f"declares an unknown charset {name!r}")
    # A declaration readable as ASCII cannot be true of UTF-16/32: read those as UTF-8.
    return "utf-8" if info.name.startswith(("utf-8", "utf-16", "utf-32")) else info.name


def parse_html(source: str) -> Parsed:
    """HTML as readable text: paragraphs and headings as blocks separated by blank lines,
    scripts, styles and page furniture dropped, entities decoded (`html_text`, imported when
    a page is read: html.parser and its entities take ~4% of the start-up of `whosaid
    extract`, which a folder of plain text need not pay)."""
    from tui.core.html_text import parse_html as parse

    return parse(source)


# --- encodings -------------------------------------------------------------------------------

# The single- and multi-byte encodings browsers decode (the WHATWG Encoding Standard), in the
# order a tie is broken: windows-1252 first, as browsers read "latin-1" pages. Not the old
# Macintosh ones: short Western text often scores best as mac_roman, and no page uses it now.
_WEB_ENCODINGS = (
    "cp1252 iso8859_15 cp1250 iso8859_2 cp1251 koi8_r koi8_u iso8859_5 cp1253 "
    "iso8859_7 cp1254 cp1257 iso8859_4 iso8859_13 cp1255 iso8859_8 cp1256 iso8859_6 cp1258 "
    "cp874 iso8859_3 iso8859_10 iso8859_14 iso8859_16 gb18030 big5 shift_jis "
    "euc_jp iso2022_jp euc_kr"
).split()


def decode_article(path: Path, data: bytes, encoding: str = "utf-8") -> str:
    """`decode`, and when the bytes are not in `encoding`, the encoding charset-normalizer
    finds among those of the web, with an InputWarning naming it; refused when none fits."""
    try:
        return decode(path, data, encoding)
    except InputError as error:
        if b"\x00" in data[:8192]:
            raise
        found = guess_encoding(data)
        if found is None:
            raise InputError(path, f"{error.problem}, and no other encoding fits") from None
    name = encoding.upper() if encoding.startswith("utf") else encoding
    warnings.warn(InputWarning(path, f"not {name}: read as {_web_name(found)}"), stacklevel=2)
    return data.decode(found)


def guess_encoding(data: bytes) -> str | None:
    """The Python codec that reads `data` as the most plausible text, or None."""
    from charset_normalizer import from_bytes  # comes with trafilatura; needed only here

    results = from_bytes(data, cp_isolation=_WEB_ENCODINGS)
    best = results.best()
    if best is None:
        return None
    ties = {
        name
        for match in results
        if match.chaos <= best.chaos + 0.01 and match.coherence >= best.coherence - 0.05
        for name in (match.encoding, *match.could_be_from_charset)
    }
    return next((name for name in _WEB_ENCODINGS if name in ties), best.encoding)


def _web_name(codec: str) -> str:
    """The name a page would declare: windows-1252, ISO-8859-2, Shift_JIS."""
    if codec.startswith("cp125"):
        return "windows-" + codec[2:]
    if codec.startswith("iso8859_"):
        return "ISO-8859-" + codec[8:]
    return codecs.lookup(codec).name.upper().replace("_", "-")
