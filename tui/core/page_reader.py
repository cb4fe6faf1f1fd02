"""A saved web page as the article it holds: the main text by trafilatura, whosaid's own reader
(`sources.parse_html`) when trafilatura finds nothing or too little.

trafilatura finds the article body among the page's navigation, captions, related links,
cookie banners, comment threads and share buttons, and reads the metadata (title, site name,
author, date, canonical address, language) from the page's meta tags, JSON-LD and markup.
It runs on the decoded page alone: no network.
"""

from __future__ import annotations

import logging
from typing import Any

from tui.core.sources import Parsed, parse_html

MIN_MAIN_TEXT = 200
"""Fewer characters than this from trafilatura: not an article body (a stub, a gallery, a page
it could not read); whosaid's own reader, which keeps every paragraph, reads it instead."""

# trafilatura and its helpers log what they could not read: the page reader says what matters.
for _name in ("trafilatura", "htmldate", "courlan", "justext"):
    logging.getLogger(_name).addHandler(logging.NullHandler())
    logging.getLogger(_name).propagate = False

# The elements of trafilatura's output that hold others: each child is read as its own block.
_CONTAINERS = frozenset({"list", "table", "row", "quote", "div", "body"})


def read_page(source: str) -> Parsed:
    """The article in an HTML page: its main text, one block a paragraph, and its metadata."""
    own = parse_html(source)
    found = _trafilatura(source)
    if found is None:
        return own
    text = "\n\n".join(_blocks(found.body)) if found.body is not None else ""
    return Parsed(
        text if len(text) >= MIN_MAIN_TEXT else own.text,
        title=found.title or own.title,
        outlet=found.sitename or own.outlet,
        published=found.date or own.published,
        url=_web_address(found.url) or own.url,
        author=found.author or own.author,
        language=found.language or own.language,
    )


def _trafilatura(source: str) -> Any:
    """trafilatura's Document for the page (its body and metadata), or None."""
    import trafilatura  # loaded for a page only: importing it takes a third of a second

    try:
        return trafilatura.bare_extraction(
            source,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            deduplicate=False,
        )
    except (ValueError, TypeError, RecursionError):  # a page lxml cannot build a tree of
        return None


def _blocks(element: Any) -> list[str]:
    """The text of each block under `element`: headings, paragraphs, list items, table rows
    (cells joined by " | "), quotations; white space folded, `<lb/>` kept as a line break."""
    found: list[str] = []
    for child in element:
        if not isinstance(child.tag, str):  # a comment or processing instruction
            continue
        if child.tag in _CONTAINERS and any(isinstance(c.tag, str) for c in child):
            if child.tag == "row":
                cells = (" ".join(_text(cell).split()) for cell in child)
                found.append(" | ".join(cell for cell in cells if cell))
            else:
                found.extend(_blocks(child))
        else:
            lines = (" ".join(line.split()) for line in _text(child).split("\n"))
            block = "\n".join(line for line in lines if line)
            if block:
                found.append(block)
    return [block for block in found if block.strip()]


def _text(element: Any) -> str:
    """The text inside `element`, source line breaks as spaces, `<lb/>` as "\\n"."""
    pieces: list[str] = [_flat(element.text)]
    for child in element:
        if isinstance(child.tag, str):
            pieces.append("\n" if child.tag == "lb" else _text(child))
        pieces.append(_flat(child.tail))
    return "".join(pieces)


def _flat(text: str | None) -> str:
    return (text or "").replace("\r", " ").replace("\n", " ")


def _web_address(url: str | None) -> str | None:
    return url if url and url.lower().startswith(("http://", "https://")) else None
