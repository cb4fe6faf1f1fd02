"""Read an article file into an Article: plain text, Markdown or HTML; size and encoding checks.

Article files are untrusted: they are decoded and reduced to plain text, never executed or
rendered. Every article passes through `clean_text`, so offsets match what is displayed.
"""

from __future__ import annotations

import codecs
import html
import re
import stat
from html.parser import HTMLParser
from pathlib import Path
from typing import NamedTuple

from tui.core.errors import InputError
from tui.core.model import Article
from tui.core.shown import without_bidi

MAX_ARTICLE_BYTES = 4 * 1024 * 1024
"""A news article is tens of kilobytes; a whole book is about 1 MB."""
MARKDOWN_SUFFIXES = (".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
ARTICLE_SUFFIXES = (".txt", ".text", *MARKDOWN_SUFFIXES, *HTML_SUFFIXES)

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
            data = handle.read(limit + 1)
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


class Parsed(NamedTuple):
    """What a reader makes of a file: the text and whatever metadata it declares."""

    text: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    url: str | None = None


def read_article(path: str | Path) -> Article:
    """Read a `.txt`, `.md` or `.html` article (anything else is read as plain text)."""
    path = Path(path)
    data = read_limited(path, MAX_ARTICLE_BYTES, "an article")
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        parsed = parse_html(decode(path, data, _html_charset(path, data)))
    else:
        text = clean_text(decode(path, data))
        parsed = parse_markdown(text) if suffix in MARKDOWN_SUFFIXES else Parsed(text)
    return Article(
        id=slug(path.stem),
        text=clean_text(parsed.text),
        title=_clean_field(parsed.title),
        outlet=_clean_field(parsed.outlet),
        published=_clean_field(parsed.published),
        url=_clean_field(parsed.url),
        file=storable_name(path.name),
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


# --- Markdown --------------------------------------------------------------------------------

_FRONT_MATTER = re.compile(r"\A---\n.*?\n(?:---|\.\.\.)\n", re.S)
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*))?$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_QUOTE = re.compile(r"^ {0,3}>[ \t]?")
_BULLET = re.compile(r"^[ \t]*[-*+][ \t]+")
_ORDERED = re.compile(r"^[ \t]*\d{1,9}[.)][ \t]+")
_LINK_DEFINITION = re.compile(r"^ {0,3}\[[^\]]+\]:[ \t]*\S+.*$")
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
# Each content pattern stops at the next delimiter, so removing markup stays linear in time.
_INLINE: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(`{1,3})(?!`)([^`]+)\1"), r"\2"),  # code
    (re.compile(r"!\[([^\[\]]*)\]\([^()]*\)"), r"\1"),  # image: its alt text
    (re.compile(r"\[([^\[\]]+)\]\([^()]*\)"), r"\1"),  # [text](url "title")
    (re.compile(r"\[([^\[\]]+)\]\[[^\[\]]*\]"), r"\1"),  # [text][ref]
    (re.compile(r"<((?:https?|mailto):[^<>\s]+)>"), r"\1"),  # autolink
    (re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>"), ""),  # inline HTML tag
    (re.compile(r"\*\*(?=[^\s*])([^*]+)(?<=\S)\*\*"), r"\1"),  # **strong**
    (re.compile(r"__(?=[^\s_])([^_]+)(?<=\S)__"), r"\1"),  # __strong__
    (re.compile(r"(?<![\w*])\*(?=[^\s*])([^*]+)(?<=\S)\*(?![\w*])"), r"\1"),  # *emphasis*
    (re.compile(r"(?<![\w_])_(?=[^\s_])([^_]+)(?<=\S)_(?![\w_])"), r"\1"),  # _emphasis_
    (re.compile(r"~~(?=[^\s~])([^~]+)(?<=\S)~~"), r"\1"),  # ~~strikethrough~~
)
# Backslash-escaped characters are hidden in the Private Use Area while markup is removed.
_HIDE = 0xF0000


def parse_markdown(text: str) -> Parsed:
    """Markdown as readable text: markup removed, one block (paragraph, heading, item) a
    paragraph; the first `# heading` is the title."""
    text = _ESCAPE.sub(lambda m: chr(_HIDE + ord(m.group(1))), _FRONT_MATTER.sub("", text))
    blocks: list[str] = []
    title: str | None = None
    lines: list[str] = []  # the paragraph or code block being read
    fence: str | None = None  # the open code fence, if any

    def flush() -> None:
        if lines:
            blocks.append(_inline(" ".join(line.strip() for line in lines)))
            lines.clear()

    for raw in text.split("\n"):
        if fence is not None:
            if raw.strip().startswith(fence):  # code is kept as written
                blocks.append("\n".join(lines).strip("\n"))
                lines.clear()
                fence = None
            else:
                lines.append(raw)
            continue
        line = raw
        while _QUOTE.match(line):
            line = _QUOTE.sub("", line, count=1)
        if match := _FENCE.match(line):
            flush()
            fence = match.group(1)
        elif not line.strip():
            flush()
        elif (heading := _ATX.match(line)) or (lines and _SETEXT.match(line) and len(lines) == 1):
            if heading:
                flush()
                level, content = len(heading.group(1)), _inline(_atx_text(heading.group(2)))
            else:
                level, content = (1 if line.strip()[0] == "=" else 2), _inline(lines.pop().strip())
            if level == 1 and title is None and content:
                title = content
            if content:
                blocks.append(content)
        elif _RULE.match(line) or _LINK_DEFINITION.match(line):
            flush()
        elif _BULLET.match(line) or _ORDERED.match(line):
            flush()
            lines.append(_BULLET.sub("", line, count=1))
        else:
            lines.append(line)
    flush()
    body = "\n\n".join(block for block in blocks if block)
    return Parsed(_unhide(body), title=_unhide(title) if title else None)


def _atx_text(text: str | None) -> str:
    """A `# heading`'s text without its optional closing hashes (`# Title ##`)."""
    text = (text or "").strip()
    bare = text.rstrip("#")
    return bare.rstrip() if bare != text and (not bare or bare[-1] in " \t") else text


def _inline(text: str) -> str:
    for pattern, replacement in _INLINE:
        text = pattern.sub(replacement, text)
    return html.unescape(text)


def _unhide(text: str) -> str:
    return re.sub("[\U000f0021-\U000f007e]", lambda m: chr(ord(m.group()) - _HIDE), text)


# --- HTML ------------------------------------------------------------------------------------

_SKIPPED = frozenset(
    "script style nav header footer aside noscript template svg form button select "
    "iframe object canvas title".split()
)
_BLOCKS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote section article main table tr td th "
    "figure figcaption pre hr address body html".split()
)
_VOID = frozenset("area base br col embed hr img input link meta source track wbr".split())
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# A complete tag: quoted values may hold ">", nothing may hold "<". Each step has one way to
# match, so a failed match stops at the next "<" without backtracking: linear time.
_TAG = re.compile(r"""</?[A-Za-z](?:[^<>"']|"[^"<]*"|'[^'<]*')*>""")


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


class _HTMLText(HTMLParser):
    """Collects the readable blocks of a page and its metadata; skips page furniture."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.pieces: list[str] = []  # the text of the block being read
        self.skipping: list[str] = []  # open skipped elements, innermost last
        self.pre = 0  # depth of <pre>: whitespace kept
        self.meta: dict[str, str] = {}
        self.title: list[str] | None = None  # the page's <title>, once it starts
        self.in_title = False
        self.h1: list[str] | None = None  # text of the first <h1>, once it starts
        self.in_h1 = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag == "meta":
            key = values.get("property") or values.get("name") or ""
            self.meta.setdefault(key.lower(), values.get("content", ""))
        elif tag == "link" and "canonical" in values.get("rel", "").lower().split():
            self.meta.setdefault("canonical", values.get("href", ""))
        elif tag == "br" and not self.skipping:
            self.pieces.append("\n")
        elif tag == "hr" and not self.skipping:
            self.flush()
        elif tag in _VOID:
            pass
        elif tag in _SKIPPED or self.skipping:
            self.skipping.append(tag)
            if self.skipping == ["title"] and self.title is None:
                self.title, self.in_title = [], True
        else:
            if tag in _BLOCKS:
                self.flush()
            self.pre += tag == "pre"
            if tag == "h1" and self.h1 is None:
                self.h1, self.in_h1 = [], True

    def handle_endtag(self, tag: str) -> None:
        self.in_title = self.in_title and tag != "title"
        if self.skipping:
            if tag in self.skipping:  # close it, and whatever was left open inside it
                del self.skipping[len(self.skipping) - 1 - self.skipping[::-1].index(tag) :]
            return
        self.in_h1 = self.in_h1 and tag != "h1"
        if tag in _BLOCKS:
            self.flush()
        if tag == "pre" and self.pre:
            self.pre -= 1

    def handle_data(self, data: str) -> None:
        if self.skipping:
            if self.in_title and self.title is not None:
                self.title.append(data)
            return
        if not self.pre:  # line breaks in the source are spaces; <br> makes the only breaks
            data = data.replace("\r", " ").replace("\n", " ")
        if self.in_h1 and self.h1 is not None:
            self.h1.append(data)
        self.pieces.append(data)

    def flush(self) -> None:
        """End the block being read."""
        text = "".join(self.pieces)
        self.pieces.clear()
        if self.pre:
            text = text.strip("\n")
        else:
            lines = (" ".join(line.split()) for line in text.split("\n"))
            text = "\n".join(line for line in lines if line)
        if text.strip():
            self.blocks.append(text)


def _complete_tags(source: str) -> str:
    """The page with comments, declarations and processing instructions removed, and every
    "<" that does not start a complete tag written as `&lt;`.

    html.parser rescans to the end of the input at every unfinished construct, which takes
    quadratic time on hostile pages (`<a href="` repeated); it only ever sees complete tags.
    """
    out: list[str] = []
    pos = 0
    while (start := source.find("<", pos)) != -1:
        out.append(source[pos:start])
        if source.startswith(("<!", "<?"), start):
            close = "-->" if source.startswith("<!--", start) else ">"
            end = source.find(close, start + 2)
            pos = len(source) if end == -1 else end + len(close)
        elif tag := _TAG.match(source, start):
            out.append(tag.group())
            pos = tag.end()
        else:
            out.append("&lt;")
            pos = start + 1
    out.append(source[pos:])
    return "".join(out)


def parse_html(source: str) -> Parsed:
    """HTML as readable text: paragraphs and headings as blocks separated by blank lines,
    scripts, styles and page furniture dropped, entities decoded."""
    parser = _HTMLText()
    parser.feed(_complete_tags(source))
    parser.close()
    parser.flush()
    meta = parser.meta
    url = meta.get("canonical") or meta.get("og:url")
    published = _DATE.match(meta.get("article:published_time", "").strip())
    return Parsed(
        "\n\n".join(parser.blocks),
        title="".join(parser.title or "") or "".join(parser.h1 or "") or None,
        outlet=meta.get("og:site_name"),
        published=published.group() if published else None,
        url=url if url and re.match(r"https?://", url.strip(), re.I) else None,
    )
