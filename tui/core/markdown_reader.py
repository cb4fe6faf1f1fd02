"""Markdown as the text a reader sees: parsed by markdown-it-py (CommonMark, with tables and
strikethrough), one block (heading, paragraph, list item, table row, code block) a paragraph.

Links show their text, images their alt text, code its content; emphasis, inline HTML and HTML
comments go, as a renderer would hide them. YAML front matter (`---` at the top) is read with
`yaml.safe_load` into the article's metadata and is not part of the text.

Markdown whose links would cost markdown-it more than `MAX_LINK_SCAN` steps (thousands of
`](` that never close, which it rescans up to 32 levels of parentheses each) is read as plain
text: every character is still there, and the reader is not kept waiting.
"""

from __future__ import annotations

import datetime
import re
from typing import Any

import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token

from tui.core.sources import Parsed, parse_html

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
MAX_FRONT_MATTER = 64 * 1024
"""Front matter is a few lines of metadata; a larger block at the top is read as text."""
# Front matter keys, in the order tried, for each field of the article.
_FIELDS = {
    "title": ("title",),
    "outlet": ("outlet", "publisher", "site"),
    "published": ("published", "date"),
    "url": ("url", "canonical"),
    "author": ("author",),
    "language": ("language", "lang"),
}

_SPACES = re.compile(r"[ \t]+")
MAX_LINK_SCAN = 1_000_000
"""Characters markdown-it may visit looking for link destinations: a few per link in an
article, about a fifth of a second of pure Python when all are used."""
_DESTINATION_END = re.compile(r"[\x00-\x20\x7f]")  # where markdown-it stops a destination
_DESTINATION_MARK = re.compile(r"[()\\]")  # what may end it or nest inside it
_PARSER = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])


def parse_markdown(text: str) -> Parsed:
    """Markdown as readable text and the metadata of its front matter; the first level-1
    heading is the title when the front matter names none."""
    meta, text = _front_matter(text)
    body, first_h1 = _rendered(text) if _link_scan_cost(text) <= MAX_LINK_SCAN else (text, None)
    return Parsed(
        body,
        title=meta.get("title") or first_h1,
        outlet=meta.get("outlet"),
        published=meta.get("published"),
        url=meta.get("url") if meta.get("url", "").startswith(("http://", "https://")) else None,
        author=meta.get("author"),
        language=meta.get("language"),
    )


def _rendered(text: str) -> tuple[str, str | None]:
    """The text a rendered page of Markdown shows, one block a paragraph, and its first
    level-1 heading."""
    blocks: list[str] = []
    heading: int | None = None  # the level of the heading being read
    first_h1: str | None = None
    row: list[str] | None = None  # the cells of the table row being read
    for token in _PARSER.parse(text):
        if token.type == "heading_open":
            heading = int(token.tag[1])
        elif token.type == "heading_close":
            heading = None
        elif token.type == "tr_open":
            row = []
        elif token.type == "tr_close" and row is not None:
            blocks.append(" | ".join(cell for cell in row if cell))
            row = None
        elif token.type == "inline":
            lines = (_SPACES.sub(" ", line).strip() for line in _inline(token.children).split("\n"))
            content = "\n".join(line for line in lines if line)
            if row is not None:
                row.append(content)
            elif content:
                blocks.append(content)
                if heading == 1 and first_h1 is None:
                    first_h1 = content
        elif token.type in ("fence", "code_block"):
            blocks.append(token.content.strip("\n"))
        elif token.type == "html_block":
            blocks.append(parse_html(token.content).text)
    return "\n\n".join(block for block in blocks if block.strip()), first_h1


def _link_scan_cost(text: str) -> int:
    """At most how many characters markdown-it visits looking for link destinations.

    After each `](` it reads on to a `)` at its own level, a space or a control character,
    or a 33rd level of parentheses: a `)` before any `(` or `\\` ends it exactly where it is;
    otherwise it may read to the end of the word. Each position is found once and reused by
    the next `](` (positions only move forward), so this is linear; it stops at the limit.
    """
    cost = 0
    end = mark = -1  # the next destination end and the next parenthesis or backslash
    for link in re.finditer(r"\]\(", text):
        start = link.end()
        if end < start:
            found = _DESTINATION_END.search(text, start)
            end = found.start() if found else len(text)
        if mark < start:
            found = _DESTINATION_MARK.search(text, start)
            mark = found.start() if found else len(text)
        cost += mark - start if mark < end and text[mark] == ")" else end - start
        if cost > MAX_LINK_SCAN:
            break
    return cost


def _inline(children: list[Token] | None) -> str:
    """The text of an inline run: what a rendered page shows, without its markup."""
    pieces: list[str] = []
    for child in children or []:
        if child.type in ("text", "code_inline"):
            pieces.append(child.content)
        elif child.type == "softbreak":
            pieces.append(" ")
        elif child.type == "hardbreak":
            pieces.append("\n")
        elif child.type == "image":
            pieces.append(_inline(child.children))
        # link, emphasis, strong and strikethrough markers, and inline HTML, show nothing
    return "".join(pieces)


def _front_matter(text: str) -> tuple[dict[str, str], str]:
    """The article fields of a YAML front matter block, and the text after it."""
    match = _FRONT_MATTER.match(text)
    if match is None or match.end() > MAX_FRONT_MATTER:
        return {}, text
    try:
        data = yaml.safe_load(match.group(1) or "")
    except (yaml.YAMLError, ValueError, TypeError, RecursionError):
        data = None  # not YAML after all: dropped, as a renderer would drop it
    fields: dict[str, str] = {}
    if isinstance(data, dict):
        for field, keys in _FIELDS.items():
            value = next((_scalar(data.get(key)) for key in keys if _scalar(data.get(key))), None)
            if value:
                fields[field] = value
    return fields, text[match.end() :]


def _scalar(value: Any) -> str | None:
    """A front matter value as text: strings, numbers and dates; lists and mappings are not."""
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()[:10]
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return str(value).strip() or None
    return None
