"""Headlines and standfirsts that repeat the body (statements/headlines.py): dropped only when
a body statement of the same speaker and act says the same; every article here is invented."""

from pathlib import Path

import pytest

from tui.core.extract import extract
from tui.core.model import Article
from tui.core.sources import read_article
from tui.core.statements import find_statements
from tui.core.statements.furniture import without_furniture
from tui.core.statements.headlines import headline_ends
from tui.core.text import paragraphs

HEADLINE = "Lee says harbour bridge will reopen by spring"
REPEAT = "Mayor Jane Lee said on Monday that the harbour bridge would reopen by the spring."
TAIL = "The repairs cost 3 million dollars."


def said(text: str, title: str | None = None) -> list[tuple[str, str]]:
    """(speaker name, content) of each statement found in `text`, in text order."""
    speakers, statements = find_statements(text, title)
    names = {s.id: s.name for s in speakers}
    return [(names.get(s.speaker or "", ""), text[s.span[0] : s.span[1]]) for s in statements]


def ends(text: str, title: str | None = None) -> list[int]:
    blanked = without_furniture(text)
    return headline_ends(text, blanked, paragraphs(blanked), title)


def test_a_headline_claim_the_body_never_makes_is_kept() -> None:
    other = "Mayor Jane Lee said on Monday that the council would vote next week."
    text = f"{HEADLINE}\n\n{other}\n\n{TAIL}"
    assert said(text)[0] == ("Jane Lee", "harbour bridge will reopen by spring")


def test_a_headline_the_body_repeats_by_the_same_speaker_is_dropped() -> None:
    text = f"{HEADLINE}\n\n{REPEAT}\n\n{TAIL}"
    assert said(text) == [("Jane Lee", "the harbour bridge would reopen by the spring")]


def test_the_same_claim_by_another_speaker_keeps_the_headline() -> None:
    other = "Engineer Tom Park said on Monday that the harbour bridge would reopen by the spring."
    text = f"{HEADLINE}\n\n{other}\n\n{TAIL}"
    assert [content for _, content in said(text)] == [
        "harbour bridge will reopen by spring",
        "the harbour bridge would reopen by the spring",
    ]


@pytest.mark.parametrize(
    ("headline", "body", "kept"),
    [
        # The headline's bare title is the role the body gives its speaker.
        (
            "Mayor says harbour bridge will reopen by spring",
            "The town's mayor, Jane Lee, said on Monday that the harbour bridge would reopen "
            "by the spring.",
            False,
        ),
        (
            "Mayor says harbour bridge will reopen by spring",
            "Mayor Jane Lee said on Monday that the harbour bridge would reopen by the spring.",
            False,
        ),
        # Another role: another source, the headline stays.
        (
            "Governor says harbour bridge will reopen by spring",
            "The town's mayor, Jane Lee, said on Monday that the harbour bridge would reopen "
            "by the spring.",
            True,
        ),
    ],
)
def test_a_headline_description_is_the_body_speaker_of_that_role(
    headline: str, body: str, kept: bool
) -> None:
    contents = [content for _, content in said(f"{headline}\n\n{body}\n\n{TAIL}")]
    assert ("harbour bridge will reopen by spring" in contents) is kept
    assert "the harbour bridge would reopen by the spring" in contents


@pytest.mark.parametrize(
    ("headline", "body", "kept"),
    [
        # 2 of 3 content words (bridge, March; "shut" for "close"): a paraphrase, dropped.
        (
            "Lee says bridge will close in March",
            "Mayor Jane Lee said on Monday that the bridge would shut in March for repairs.",
            False,
        ),
        # 1 of 3 (port; not "never", "surrender"): another claim on the same subject, kept.
        (
            "Lee: ‘We will never surrender the port’",
            "Mayor Jane Lee said on Monday that the port would stay open.",
            True,
        ),
        # The same words, another act: an endorsement is not repeated by a prediction.
        (
            "Dockers' union endorses Lee",
            "The dockers' union said on Thursday that Jane Lee would win the race for mayor.",
            True,
        ),
        (
            "Dockers' union endorses Lee",
            "The dockers' union endorsed Jane Lee for mayor on Thursday.",
            False,
        ),
    ],
)
def test_a_repeat_holds_most_content_words_in_the_same_act(
    headline: str, body: str, kept: bool
) -> None:
    text = f"{headline}\n\n{body}\n\nThe vote is in May."
    statements = said(text)
    assert statements, "the body statement is found"
    assert (statements[0][1] in headline) is kept
    assert statements[-1][1] in body


def test_a_standfirst_the_body_repeats_is_dropped() -> None:
    text = f"Harbour repairs near their end\n\n{HEADLINE}.\n\n{REPEAT}\n\n{TAIL}"
    assert ends(text) == [30, 78]
    assert said(text) == [("Jane Lee", "the harbour bridge would reopen by the spring")]


def test_after_a_byline_the_body_begins() -> None:
    lead = "Lee says the harbour bridge will reopen by spring."
    text = f"Harbour repairs near their end\n\nBy Ann Roe\n\n{lead}\n\n{REPEAT}\n\n{TAIL}"
    assert ends(text) == [30]
    assert [content for _, content in said(text)][:2] == [
        "the harbour bridge will reopen by spring",
        "the harbour bridge would reopen by the spring",
    ]


@pytest.mark.parametrize(
    "lead",
    [
        "DOVER (AP) — Lee says the harbour bridge will reopen by spring.",  # a dateline
        "Lee says the harbour bridge will reopen by spring. The vote on the budget is in May.",
        "“We will reopen the bridge by spring,” Lee said.",  # a quotation opens the body
        "Mayor Jane Lee said the bridge will reopen tonight.",  # the day of the news
        "The Dover Post reports:",  # introduces what follows
    ],
)
def test_a_body_lead_is_no_standfirst(lead: str) -> None:
    text = f"Harbour repairs near their end\n\n{lead}\n\n{REPEAT}\n\n{TAIL}"
    assert ends(text) == [30]


@pytest.mark.parametrize(
    "text",
    [
        # The first line is a long sentence of the body.
        "Mayor Jane Lee said on Monday that the harbour bridge would reopen by the spring after "
        f"months of repairs to its deck, its cables and its lights.\n{TAIL}\n"
        "Lee said that the harbour bridge would reopen by the spring.",
        # A short first sentence run straight into the next line: the body's first sentence.
        f"Lee said the harbour bridge will reopen by spring.\n{TAIL}\n"
        "Lee said again that the harbour bridge would reopen by the spring.",
    ],
)
def test_plain_text_without_a_headline_is_untouched(text: str) -> None:
    assert ends(text) == []
    assert len(said(text)) == 2


def test_the_title_the_reader_found_is_the_headline() -> None:
    long_title = (
        "Lee says harbour bridge will reopen by spring as the council weighs the cost of "
        "the repairs to its deck and its cables"
    )
    body = "Mayor Jane Lee said on Monday that the harbour bridge would reopen by the spring as "
    body += "the council weighs the cost of the repairs to its deck and its cables."
    text = f"{long_title}\n\n{body}\n\n{TAIL}"
    assert ends(text) == []  # too long for a headline by its shape
    assert ends(text, f"{long_title} | The Dover Post") == [len(long_title)]
    assert len(said(text, long_title)) == len(said(text)) - 1
    # A title the text does not open with: the headline's shape decides.
    assert ends(text, "Harbour repairs near their end") == []
    assert ends(f"{HEADLINE}\n\n{REPEAT}\n\n{TAIL}", "Harbour repairs") == [len(HEADLINE)]


def test_a_markdown_heading_is_the_headline(tmp_path: Path) -> None:
    path = tmp_path / "bridge.md"
    path.write_text(f"# {HEADLINE}\n\n{REPEAT}\n\n{TAIL}\n", encoding="utf-8")
    document = extract(read_article(path))
    assert document.article.title == HEADLINE
    assert [s.span[0] for s in document.statements][0] > len(HEADLINE)
    raw = f"# {HEADLINE}\n{REPEAT}\n{TAIL}"  # read as plain text: a heading by its mark
    assert ends(raw) == [len(HEADLINE) + 2]
    assert said(raw) == [("Jane Lee", "the harbour bridge would reopen by the spring")]


def test_a_plain_text_article_takes_its_headline_as_its_title() -> None:
    """The title an export, the reader's title line and the library show: the headline line of
    a text whose file gives none; none for a text opening with a sentence."""
    text = f"{HEADLINE}\n\n{REPEAT}\n\n{TAIL}"
    assert extract(Article("bridge", text)).article.title == HEADLINE
    assert extract(Article("bridge", f"{REPEAT}\n\n{TAIL}")).article.title is None
    titled = Article("bridge", text, title="Bridge to reopen")
    assert extract(titled).article.title == "Bridge to reopen"
