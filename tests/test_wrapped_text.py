"""Plain text wrapped by hand (an email's or a wire's 72 columns): its paragraphs read as one
line each, with the same spans, so a wrapped story gives the statements the unwrapped gives."""

import textwrap

import pytest
from extraction_helpers import ARTICLES, attributed

from tui.core.export import sentences_around
from tui.core.extract import extract
from tui.core.model import Article
from tui.core.review import clause_around
from tui.core.statements import find_statements
from tui.core.text import unwrapped

STORY = [
    "Council backs ferry levy after long debate",
    "Port Alder council voted Tuesday to add a levy of about $40 a year to property tax bills "
    "to keep the night ferry running, after a debate that ran past midnight.",
    "“We can keep talking about the ferry, or we can keep it,” Mayor Ines Duval said after the "
    "vote. “I choose to keep it.”",
    "Coun. Rafael Osei, who voted against the levy, said residents on the mainland side would "
    "pay for a service they rarely used, and that the city should have asked the province first.",
    "The ferry carried about 41,000 passengers last year, according to a staff report, down "
    "from 52,000 before the pandemic.",
]


def story(width: int | None) -> str:
    """The story, its paragraphs apart by blank lines, wrapped at `width` if given."""
    paras = STORY if width is None else [textwrap.fill(p, width) for p in STORY]
    return "\n\n".join(paras)


def readings(text: str) -> list[tuple[str, str | None]]:
    """(content with its line breaks as spaces, speaker name) of each statement."""
    return [(" ".join(c.split()), s.name if s else None) for c, s, _ in attributed(text)]


@pytest.mark.parametrize("width", [60, 72, 79])
def test_a_wrapped_story_gives_the_statements_of_the_unwrapped(width: int) -> None:
    assert readings(unwrapped(story(width))) == readings(story(None))
    document = extract(Article(id="x", text=story(width)))
    wrapped = [
        (" ".join(document.article.text[s.span[0] : s.span[1]].split()))
        for s in document.statements
    ]
    assert wrapped == [c for c, _ in readings(story(None))]


def test_unwrapping_keeps_every_span() -> None:
    text = story(72)
    flat = unwrapped(text)
    assert len(flat) == len(text)
    assert [i for i, (a, b) in enumerate(zip(text, flat, strict=True)) if a != b] == [
        i for i, (a, b) in enumerate(zip(text, flat, strict=True)) if a == "\n" and b == " "
    ]
    assert "\n\n" in flat  # the paragraphs stay apart


@pytest.mark.parametrize(
    "text",
    [
        # a paragraph a line: each line ends a sentence
        "Fares rise in May.\nThe mayor said riders would pay more.\nThe union disagreed.",
        # lines longer than any hand wrap
        "Fares rise in May, the mayor said on Tuesday, after a long and bitter debate in "
        "council over the future of the night ferry\nand the union disagreed with her.",
    ],
)
def test_text_not_wrapped_by_hand_is_left_as_it_is(text: str) -> None:
    assert unwrapped(text) == text


def test_a_short_line_and_a_list_item_keep_their_breaks() -> None:
    text = (
        "The council heard from residents who said the ferry mattered to\n"
        "them and to the businesses on the island.\n"
        "Budget\n"
        "- a levy of about $40 a year on every property tax bill\n"
        "- a fare rise of 25 cents on the night crossing only"
    )
    flat = unwrapped(text)
    assert flat.splitlines() == [
        "The council heard from residents who said the ferry mattered to "
        "them and to the businesses on the island.",
        "Budget",
        "- a levy of about $40 a year on every property tax bill",
        "- a fare rise of 25 cents on the night crossing only",
    ]


@pytest.mark.parametrize(
    ("name", "width"),
    [("parking-garage-shooting.txt", 72), ("ferry-cuts.txt", 40), ("harbor-bridge.txt", 50)],
)
def test_a_wrapped_story_read_a_line_a_paragraph_reads_without_error(name: str, width: int) -> None:
    # find_statements reads the text as given, each line a paragraph: a word alone at a line's
    # end ("the") must not break the speakers' reading
    paras = (ARTICLES / name).read_text(encoding="utf-8").split("\n\n")
    _, statements = find_statements("\n\n".join(textwrap.fill(p, width) for p in paras))
    assert statements


def test_an_export_sentence_and_a_grown_clause_cross_a_wrapped_line() -> None:
    # the exported sentence around a statement and the clause `m` grows a match to read a
    # hand-wrapped paragraph as the extraction does, across its line breaks
    text = story(60)
    document = extract(Article(id="x", text=text))
    statement = next(s for s in document.statements if "mainland" in text[s.span[0] : s.span[1]])
    start, end = sentences_around(text, statement.span)
    assert " ".join(text[start:end].split()).startswith("Coun. Rafael Osei, who voted against")
    match = text.index("mainland")
    start, end = clause_around(text, (match, match + len("mainland")))
    assert "\n" in text[start:end]  # grown past the line's end
