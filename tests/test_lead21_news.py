"""Everyday news read by the lead (a teachers' strike, a stalled ceasefire): the constructions
found wrong on invented stories, each tested here on other invented sentences, with
near-misses that must not change."""

import pytest
from extraction_helpers import attributed


def said(text: str) -> list[tuple[str | None, str]]:
    """(speaker name, content) of each statement of `text`, after a headline."""
    return [
        (speaker.name if speaker else None, content)
        for content, speaker, _ in attributed("A headline\n\nThe council met on Monday.\n\n" + text)
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "According to the federation, the average teacher in the province earns about "
            "$92,000 a year, roughly $6,000 less than counterparts in Alberta.",
            "the average teacher in the province earns",
        ),
        (
            "According to the board, the typical nurse in the region works 44 hours a week, "
            "about 12 per cent more than nurses in the city.",
            "the typical nurse in the region works",
        ),
        (
            "According to the agency, the median home in the county sells for $410,000, "
            "$30,000 higher than a year ago.",
            "the median home in the county sells",
        ),
        (
            "According to the agency, house prices fell, 12 per cent lower than in May.",
            "house prices fell, 12 per cent lower",
        ),
    ],
)
def test_a_difference_after_the_clause_makes_it_no_apposition(text: str, content: str) -> None:
    """ "According to X, Y, <an amount> less/more than ...": Y was the clause (a figure set
    against another follows it), no description of X; the content is all of it."""
    ((speaker, said_content),) = said(text)
    assert speaker is not None and speaker.startswith("the ")
    assert said_content.startswith(content)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "According to Ann Vale, the head of the nurses' union, 40 wards are short of staff.",
            "Ann Vale",
            "40 wards are short",
        ),
        (
            "According to Ann Lee, a planner, 40 per cent more homes than today are needed.",
            "Ann Lee",
            "40 per cent more homes",
        ),
    ],
)
def test_a_source_described_and_a_plain_clause_keep_their_reading(
    text: str, speaker: str, content: str
) -> None:
    ((name, said_content),) = said(text)
    assert name == speaker
    assert said_content.startswith(content)


@pytest.mark.parametrize(
    "text",
    [
        "“She had her chance,” Harlan told the crowd, which chanted “lock the gates” at "
        "every pause. “She had it and she wasted it.”",
        "“The budget is fair,” Ruiz told the panel, which later voted “no confidence” in her. "
        "“We will not change a line of it.”",
        "“We are not going anywhere,” Oduya told the marchers, who shouted “not one step” "
        "back at her. “Not this year, not next year.”",
    ],
)
def test_a_quotation_after_a_listeners_relative_aside_goes_on_with_the_speaker(text: str) -> None:
    """ "“A,” X told the crowd, which chanted “B.” “C.”": the crowd's chant is an aside on
    whom X spoke to; C goes on with X's words, not the crowd's."""
    statements = said(text)
    main = statements[0][0]
    last_speaker, last_content = statements[-1]
    assert main is not None and last_speaker == main
    assert last_content.startswith(text.rsplit("“", 1)[1][:12])
    assert any(speaker != main for speaker, _ in statements)  # the chant is still theirs


def test_a_quotation_after_a_listener_of_the_next_sentence_keeps_its_old_reading() -> None:
    # a sentence's end between the two cues: the listener's clause is no aside of X's words
    text = (
        "“We will win,” Ruiz said. Supporters, who chanted “four more years” all night, "
        "cheered. “It was loud in there tonight, really loud.”"
    )
    assert said(text)[-1][0] != "Ruiz"
