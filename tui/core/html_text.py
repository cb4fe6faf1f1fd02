"""HTML as readable text, for `sources.parse_html`: a module of its own, imported only when a
page is read (html.parser and its entities are no small import)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from tui.core.sources import Parsed

_SKIPPED = frozenset(
    "script style nav header footer aside noscript template svg form button select "
    "iframe object canvas title".split()
)
_BLOCKS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote section article main table tr td th "
    "figure figcaption pre hr address body html".split()
)
_VOID = frozenset("area base br col embed hr img input link meta source track wbr".split())
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# A complete tag: quoted values may hold ">", nothing may hold "<". Each step has one way to
# match, so a failed match stops at the next "<" without backtracking: linear time.
_TAG = re.compile(r"""</?[A-Za-z](?:[^<>"']|"[^"<]*"|'[^'<]*')*>""")


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
        if tag == "html" and values.get("lang"):
            self.meta.setdefault("lang", values["lang"])
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
        author=meta.get("author") or None,
        language=meta.get("lang") or None,
    )
