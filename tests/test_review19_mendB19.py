"""A reviewer's findings on the day's merged rules (a wish not to be named before a fear, the
sources a report cites, a wish to say, a text's copy), each fixed by construction and tested
on invented sentences with near-misses that must not change."""

import pytest
from extraction_helpers import attributed, named, statements

HEAD = "Local news\n\n"


def said(text: str) -> list[tuple[str, str | None, str | None]]:
    """(content, speaker's name, cue) of each statement of `text` under a headline."""
    return named(HEAD + text)


# 1. A wish that one's name not be published, then why: the reason's fear is no thought, and
# the attribution around the aside is read.
@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Lee, who did not want her last name published because she fears her employer, "
            "said the housing was crowded.",
            "Lee",
            "the housing was crowded",
        ),
        (
            "Omar, who did not want his name used because he worries about his visa, said the "
            "rent had doubled.",
            "Omar",
            "the rent had doubled",
        ),
    ],
)
def test_a_fear_after_a_wish_not_to_be_named_is_the_condition(
    text: str, speaker: str, content: str
):
    assert [(c, n) for c, n, _ in said(text)] == [(content, speaker)]


def test_a_fear_not_about_a_name_is_still_a_thought():
    text = "Lee, who did not want the plant closed because she fears for her job, said no."
    assert "fears for" in [cue for _, _, cue in said(text)]


# 2. "citing" people is a report's sourcing only after a report or with an outlet or a
# document citing; elsewhere the people are the speaker's reasons, as before.
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Vale resigned, citing officials who ignored her warnings about the dam.",
            "officials who ignored her warnings about the dam",
        ),
        (
            "The mayor cancelled the festival, citing advisers who warned of a heat wave.",
            "advisers who warned of a heat wave",
        ),
        ("The coach quit, citing aides who undermined him.", "aides who undermined him"),
    ],
)
def test_citing_people_as_a_reason_still_says(text: str, content: str):
    assert [(c, cue) for c, _, cue in said(text)] == [(content, "citing")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The bridge will close, the Courier reported, citing officials who reviewed the plan.",
            "The bridge will close",
        ),
        (
            "Reuters, citing people familiar with the matter, reported that Orvel would buy Tansy.",
            "Orvel would buy Tansy",
        ),
        (
            "The mayor said she would resign, citing advisers who ignored her warnings.",
            "she would resign",
        ),
    ],
)
def test_citing_the_sources_of_a_report_is_no_statement(text: str, content: str):
    assert [c for c, _, _ in said(text)] == [content]


def test_an_outlet_citing_its_sources_says_nothing_a_senator_still_does():
    assert said("The Post cited two aides familiar with the talks.") == []
    assert [n for _, n, _ in said("The senator cited two aides familiar with the talks.")] == [
        "The senator"
    ]


# 3. People cited with what they said: the claim is kept, as before.
@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The senator cited officials who said the plan was dead.",
            "The senator",
            "officials who said the plan was dead",
        ),
        (
            "The Ledger reported the deal was off, citing aides who said the talks had collapsed.",
            "Ledger",
            "aides who said the talks had collapsed",
        ),
    ],
)
def test_people_cited_with_what_they_said_keep_the_claim(text: str, speaker: str, content: str):
    assert (content, speaker, "cited" if "cited" in text else "citing") in said(text)


# 4. "would like to say", "'d love to say": a wish, no speech; a habit still is.
@pytest.mark.parametrize(
    "text",
    [
        "The chief would like to say the case is closed, but it is not.",
        "The mayor would love to say yes, but the budget is tight.",
        "She would have liked to say the war was over.",
        "The coach would really like to say the team is healthy.",
    ],
)
def test_a_wish_to_say_is_no_speech(text: str):
    assert all(s.act != "speech" for s in statements(HEAD + text))


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("As she liked to say, the river always wins.", "the river always wins"),
        ("Lee likes to say the river always wins.", "the river always wins"),
        ("The coach tends to say the team plays hard.", "the team plays hard"),
    ],
)
def test_a_habit_of_saying_is_still_speech(text: str, content: str):
    assert [(c, cue) for c, _, cue in said(text)] == [(content, "say")]


# 5. A copy speaks as the text it copies, named with it.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A copy of the memo, obtained by the Star, says the layoffs will begin in March.",
            "A copy of the memo",
        ),
        ("Copies of the emails show the minister knew about the deal.", "Copies of the emails"),
        ("A copy of the budget says the deficit will double.", "A copy of the budget"),
    ],
)
def test_a_copy_keeps_the_text_it_copies(text: str, speaker: str):
    [(_, name, _)] = said(text)
    assert name == speaker
    [(_, found, _)] = attributed(HEAD + text)
    assert found is not None and found.kind == "document"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A section of the memo says the layoffs will begin in March.", "the memo"),
        ("A draft of the report says the layoffs will begin in March.", "A draft"),
        (
            "The plan will cost $4 million, according to a copy of the letter seen by the Ledger.",
            "a copy of the letter",
        ),
    ],
)
def test_other_parts_and_drafts_of_texts_keep_their_reading(text: str, speaker: str):
    [(_, name, _)] = said(text)
    assert name == speaker


def test_a_copy_before_a_noun_cue_is_no_speaker():
    text = "They wanted a full copy of the agency's internal investigative report."
    assert [(n, cue) for _, n, cue in said(text)] == [("They", "wanted")]
