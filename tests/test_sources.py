"""Reading articles: plain text, Markdown, HTML; size, binary and encoding checks."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tui.core import sources
from tui.core.errors import InputError, InputWarning
from tui.core.extract import extract
from tui.core.markdown_reader import parse_markdown
from tui.core.page_reader import read_page
from tui.core.sources import clean_text, parse_html, read_article


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8", newline="")
    else:
        path.write_bytes(content)
    return path


# --- plain text and cleaning -----------------------------------------------------------------


def test_text_is_normalised_and_cleaned(tmp_path: Path) -> None:
    path = write(tmp_path, "My Story.txt", "\ufeffOne\r\ntwo\rthree\x1b[31m red\x1b[0m\x07\tend\n")
    article = read_article(path)
    assert article.text == "One\ntwo\nthree red\tend\n"
    assert article.id == "my-story"
    assert article.file == "My Story.txt"
    assert article.title is None


def test_clean_text_strips_osc8_links_and_c1_controls() -> None:
    raw = "a\x1b]8;;https://evil\x1b\\link\x1b]8;;\x1b\\ b\x9b31m c\x85d\x00"
    assert clean_text(raw) == "alink b cd"


_PIECES = ["\ufeff", "\x1b", "\x9b", "\x07", "\x00", "\x85", "\r", "\n", "\t", "[", "]", "8;;"]


@given(st.lists(st.sampled_from([*_PIECES, "31m", "\\", "a b"]), max_size=30).map("".join))
def test_clean_text_cleaned_again_changes_nothing(raw: str) -> None:
    """A plain text file is cleaned once: what is left of a sequence, or a BOM behind a
    control character, must not be there to clean a second time."""
    assert clean_text(clean_text(raw)) == clean_text(raw)


def test_a_text_with_boms_and_controls_before_its_words_starts_at_them(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", "\ufeff\x07\ufeff\x1b[0mWords\n")
    assert read_article(path).text == "Words\n"


def test_unknown_suffix_is_read_as_text(tmp_path: Path) -> None:
    assert read_article(write(tmp_path, "notes.article", "# not markdown")).text == "# not markdown"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"PK\x03\x04\x00\x00binary", "looks binary"),
        (b"ok " + bytes(range(128, 256)) * 3, r"not UTF-8 \(bad byte at offset 3\), and no other"),
    ],
)
def test_bad_bytes_are_refused(tmp_path: Path, content: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message) as caught:
        read_article(write(tmp_path, "a.txt", content))
    assert str(caught.value).startswith(str(tmp_path / "a.txt") + ": ")


@pytest.mark.parametrize(
    ("text", "encoding", "named"),
    [
        ("The minister’s “plan” – costing £3m – was “premature”, she said.", "cp1252", "1252"),
        ("Crème brûlée and naïve façade, the chef said; Zoë agreed.", "latin-1", "1252"),
        ("Министр заявил, что план «готов», сообщили в пресс-службе.", "cp1251", "1251"),
    ],
)
def test_text_not_in_utf8_is_decoded_with_a_warning(
    tmp_path: Path, text: str, encoding: str, named: str
) -> None:
    path = write(tmp_path, "a.txt", (text + "\r\n").encode(encoding))
    with pytest.warns(InputWarning, match=rf"a\.txt: not UTF-8: read as windows-{named}$"):
        article = read_article(path)
    assert article.text == text + "\n"


def test_utf16_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    article = read_article(write(tmp_path, "a.txt", "Caf\u00e9 said.\r\n".encode("utf-16")))
    assert article.text == "Café said.\n"


def test_huge_file_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sources, "MAX_ARTICLE_BYTES", 10)
    with pytest.raises(InputError, match=r"too large \(11 bytes; the limit is 10\)"):
        read_article(write(tmp_path, "a.txt", "x" * 11))


@pytest.mark.skipif(not Path("/proc/self/status").is_file(), reason="needs Linux's /proc")
def test_a_file_holding_more_than_its_size_says_is_read_up_to_the_limit() -> None:
    """Read as much as the size says, then the rest (a file grown since, or one of /proc
    that says 0 bytes), never more than the limit."""
    status = Path("/proc/self/status")
    assert status.stat().st_size == 0
    assert sources.read_limited(status, 1 << 20, "a file").startswith(b"Name:")
    with pytest.raises(InputError, match=r"too large \(more than 10 bytes\)"):
        sources.read_limited(status, 10, "a file")


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_article(tmp_path / "gone.txt")
    with pytest.raises(InputError, match="is a folder"):
        read_article(tmp_path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_named_pipe_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="not a regular file"):
        read_article(fifo)


# --- Markdown --------------------------------------------------------------------------------


def test_markdown_markup_is_removed_and_paragraphs_kept() -> None:
    parsed = parse_markdown(
        "---\nlayout: post\n---\n"
        "# The *big* story\n\n"
        'Intro with a [link](http://x.example "t") and **bold**,\n'
        "wrapped; snake_case and 2 * 3 stay. \\*Escaped\\* `code`.\n\n"
        '> "We will win," said the _minister_.\n\n'
        "- item one\n* item two\n\n"
        "***\n"
        "[ref]: http://x.example\n"
        "![a photo](img.png) <b>tag</b> &amp; <https://a.example/c>\n"
    )
    assert parsed.title == "The big story"
    assert parsed.text == (
        "The big story\n\n"
        "Intro with a link and bold, wrapped; snake_case and 2 * 3 stay. *Escaped* code.\n\n"
        '"We will win," said the minister.\n\n'
        "item one\n\n"
        "item two\n\n"
        "a photo tag & https://a.example/c"
    )


def hostile_markdown(repeat: int) -> list[str]:
    """Markdown that a backtracking reader takes quadratic time on: `repeat` markers that never
    close, and headings with a long tail. bench/hostile_input_speed.py times them."""
    units = ("*a ", "**a ", "_a ", "~~a ", "[a ", "![a](", "`a ", "`")
    return [
        *(unit * repeat for unit in units),
        "# a" + " " * (2 * repeat) + "b",
        "# a " + "# " * repeat,
    ]


@pytest.mark.parametrize("source", hostile_markdown(20_000), ids=lambda source: repr(source[:12]))
def test_hostile_markdown_keeps_every_word(source: str) -> None:
    """A marker that never closes is text: no word of the source is lost."""
    parsed = parse_markdown(source)
    assert parsed.text.count("a") == source.count("a")
    assert parsed.text.endswith("b") == source.endswith("b")


@pytest.mark.parametrize(
    "unit", ["![a](", "[a](", "[a](" + "b" * 500, "[a](" + "()" * 50], ids=lambda unit: unit[:8]
)
def test_links_that_never_close_make_the_file_plain_text(unit: str) -> None:
    """markdown-it rescans each unclosed `](` up to 32 levels of parentheses: a file of
    thousands of them is read as it is written, markup and all, instead of parsed."""
    source = "---\ntitle: Kept\n---\n# Head with *stress*\n\n" + unit * (500_000 // len(unit))
    parsed = parse_markdown(source)
    assert parsed.text == source.split("---\n", 2)[2]
    assert parsed.title == "Kept"


def test_many_ordinary_links_are_still_markdown() -> None:
    """Thousands of links, some with parentheses in their address, one a word long in a text
    without spaces: each is a few steps for markdown-it, and the file is rendered."""
    links = "[Tallinn](https://example.org/wiki/Tallinn_(city)) and [a port](/port) "
    unspaced = "港口[报告](https://example.org/b)说明" * 200
    parsed = parse_markdown(f"# Head with *stress*\n\n{links * 5_000}\n\n{unspaced}")
    assert parsed.text.startswith("Head with stress\n\nTallinn and a port Tallinn")
    assert parsed.text.endswith("港口报告说明")


def test_markdown_heading_closing_hashes() -> None:
    parsed = parse_markdown("# Title ##\n\n## C# ##\n\n#5 is not a heading")
    assert parsed.text == "Title\n\nC#\n\n#5 is not a heading"


def test_markdown_setext_title_and_fenced_code() -> None:
    parsed = parse_markdown("Subtitle first\n---\n\nTitle\n=====\n\n```\n  a * b\n```\n")
    assert parsed.title == "Title"
    assert parsed.text == "Subtitle first\n\nTitle\n\n  a * b"


def test_markdown_article_file(tmp_path: Path) -> None:
    article = read_article(write(tmp_path, "story.md", "\ufeff# Head\r\n\r\nBody \x1b[1mtext\r\n"))
    assert (article.title, article.text) == ("Head", "Head\n\nBody text")


# --- HTML ------------------------------------------------------------------------------------

PAGE = """<!doctype html><html><head>
<meta charset="utf-8"><title>Troops &amp; talks | The Daily</title>
<meta property="og:site_name" content="The Daily">
<meta property="article:published_time" content="2024-11-05T10:00:00Z">
<link rel="canonical" href="https://daily.example/troops">
<script>document.write("<p>injected</p>")</script><style>p { color: red }</style>
</head><body>
<header><h1>The Daily</h1><nav>Home | World</nav></header>
<article><h1>Troops arrive</h1>
<p>"We saw   45,000 troops," said
   Mr. Smith.<br>A new line &mdash; with &lt;tags&gt;.</p>
<svg><title>icon</title></svg><aside>Read more</aside>
<p>Second paragraph.</p><pre>  kept
  as is</pre></article>
<footer>(c) 2024</footer></body></html>"""


def test_html_blocks_metadata_and_dropped_furniture() -> None:
    parsed = parse_html(PAGE)
    assert parsed.text == (
        "Troops arrive\n\n"
        '"We saw 45,000 troops," said Mr. Smith.\n'
        "A new line — with <tags>.\n\n"
        "Second paragraph.\n\n"
        "  kept\n  as is"
    )
    assert parsed.title == "Troops & talks | The Daily"
    assert (parsed.outlet, parsed.published, parsed.url) == (
        "The Daily",
        "2024-11-05",
        "https://daily.example/troops",
    )


def test_html_title_falls_back_to_first_h1_and_unsafe_urls_are_dropped() -> None:
    parsed = parse_html(
        '<link rel="canonical" href="javascript:alert(1)"><h1>Head <em>line</em></h1><p>x</p>'
    )
    assert parsed.title == "Head line"
    assert parsed.url is None


def test_html_declared_charset_is_honoured(tmp_path: Path) -> None:
    page = '<meta charset="iso-8859-1"><title>Caf\xe9</title><p>Cr\xe8me br\xfbl\xe9e</p>'
    article = read_article(write(tmp_path, "page.html", page.encode("latin-1")))
    assert (article.title, article.text) == ("Café", "Crème brûlée")
    assert article.id == "page"


def test_html_in_utf8_without_a_declaration(tmp_path: Path) -> None:
    article = read_article(write(tmp_path, "page.htm", "<p>naïve \x1b[2Jcafé</p>".encode()))
    assert article.text == "naïve café"


def test_html_with_an_unknown_or_wrong_charset(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="unknown charset 'klingon'"):
        read_article(write(tmp_path, "a.html", b'<meta charset="klingon"><p>x</p>'))
    with pytest.raises(InputError, match="unknown charset 'rot13'"):
        read_article(write(tmp_path, "b.html", b'<meta charset="rot13"><p>x</p>'))
    with pytest.warns(InputWarning, match="c.html: not UTF-8: read as windows-1252"):
        article = read_article(write(tmp_path, "c.html", b"<p>caf\xe9</p>"))
    assert article.text == "café"
    with pytest.warns(InputWarning, match="d.html: not iso8859-7: read as windows-1252"):
        read_article(write(tmp_path, "d.html", b'<meta charset="greek"><p>\xd2 caf\xe9</p>'))


def test_html_entities_cannot_smuggle_control_characters(tmp_path: Path) -> None:
    article = read_article(write(tmp_path, "a.html", "<p>a&#27;[31mb&#x85;c&#7;d&#x1b;</p>"))
    assert article.text == "a[31mb…cd"  # &#x85; is the windows-1252 ellipsis, as in browsers


def test_html_stray_brackets_comments_and_odd_attributes() -> None:
    parsed = parse_html(
        "<!DOCTYPE html><p class=\"a\" id=b data-x='1 2' hidden>a < b &amp; c<br/>d</p>"
        "<!-- a comment --><p>x<y</p><?php echo 1 ?><p>z</p><!-- never closed <p>lost</p>"
    )
    assert parsed.text == "a < b & c\nd\n\nx<y\n\nz"


def hostile_html(repeat: int) -> list[str]:
    """HTML that a backtracking reader takes quadratic time on: `repeat` tags, comments and
    attributes that never close. bench/hostile_input_speed.py times them."""
    return [
        *(unit * repeat for unit in ('<a href="', "<a <a ", "<!--", "<a\n", "<![CDATA[")),
        *("<a x=" + unit * repeat + "<" for unit in ("a=a/", "a=b/c=d/", ' a="x"', '"<')),
    ]


@pytest.mark.parametrize("source", hostile_html(100_000), ids=lambda source: repr(source[:12]))
def test_hostile_html_is_text_or_hidden(source: str) -> None:
    """A tag that never closes is text (its white space folded); a comment or a CDATA section
    that never closes hides the rest of the file."""
    hidden = source.startswith(("<!--", "<![CDATA["))
    assert parse_html(source).text == ("" if hidden else " ".join(source.split()))


# --- real-world-shaped pages and Markdown ----------------------------------------------------

FIXTURES = Path(__file__).parent / "fixtures"


def test_a_news_page_reads_as_its_article_with_its_metadata() -> None:
    article = read_article(FIXTURES / "harbour-page.html")
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0] == "Harbour bridge closed after cracks found"
    assert paragraphs[1].startswith("The Old Harbour bridge will stay shut")
    assert paragraphs[-1].endswith("at the town hall on 24 March.")
    assert len(paragraphs) == 6
    for furniture in (
        "cookies",  # the banner
        "Search",
        "Sport",  # the navigation
        "Share",  # the share buttons
        "Photo:",  # the caption and credit
        "Ferry fares",  # related links
        "Advertisement",
        "encourage all readers",  # the comment policy and the comments
        "mark my words",
        "Lifeboat",  # most read
        "newsletter",  # the footer
    ):
        assert furniture not in article.text
    assert (article.title, article.outlet, article.author) == (
        "Harbour bridge closed after cracks found",
        "The Coastal Ledger",
        "Priya Castellano",
    )
    assert (article.published, article.url, article.language) == (
        "2025-03-14",
        "https://ledger.example/news/harbour-bridge-closed",
        "en-GB",
    )


def test_the_page_furniture_gives_no_statement() -> None:
    document = extract(read_article(FIXTURES / "harbour-page.html"))
    speakers = {document.speaker(s.speaker).name for s in document.statements if s.speaker}
    assert {"Tomasz Whitfield", "Marguerite Osei"} <= speakers
    said = " ".join(document.text_of(s.span) for s in document.statements)
    assert "civil" not in said and "six months" not in said


def test_a_page_with_too_little_main_text_is_read_by_whosaids_own_reader() -> None:
    page = '<html lang="fr"><head><title>Brief</title></head><body><p>Short note.</p></body></html>'
    parsed = read_page(page)
    assert (parsed.text, parsed.title, parsed.language) == ("Short note.", "Brief", "fr")


def test_markdown_with_front_matter_links_tables_and_comments() -> None:
    article = read_article(FIXTURES / "budget-note.md")
    assert article.text.split("\n\n") == [
        "Council budget: what changes in April",
        "The council approved a £42m budget on Wednesday, the finance office said. Its chair, "
        'Ada Brennan, told reporters the plan was "tight but fair" (video and the minutes).',
        "Service | 2024 | 2025",
        "Libraries | £3.1m | £2.8m",
        "Parks | £1.9m | £2.0m",
        '"We kept every library open," she said.',
        "Bin collections move to fortnightly.",
        "Parking charges rise by 10%.",
    ]
    assert (article.title, article.outlet, article.published, article.url) == (
        "Council budget: what changes in April",
        "The Coastal Ledger",
        "2025-03-20",
        "https://ledger.example/news/budget-april",
    )
    assert article.author is None  # a list is not a name


def test_markdown_front_matter_that_is_not_yaml_is_dropped() -> None:
    parsed = parse_markdown("---\ntitle: [unclosed\n---\nBody *text*.\n")
    assert (parsed.text, parsed.title) == ("Body text.", None)


def test_the_metadata_of_a_page_is_kept_in_the_annotation(tmp_path: Path) -> None:
    document = extract(read_article(FIXTURES / "harbour-page.html"))
    data = document.to_dict(include_text=False)["article"]
    assert (data["author"], data["language"]) == ("Priya Castellano", "en-GB")
