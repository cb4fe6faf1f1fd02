"""Canadian federal and provincial politics as Canadian outlets write it: constructions found by
trying whosaid on three invented articles (tests/data/speakers/canpol-*.txt: a Commons
question period, a Queen's Park scrum, First Nations leaders on a water bill), each tested here
on other invented sentences and near-misses."""

import pytest
from extraction_helpers import named


@pytest.mark.parametrize(
    "text",
    [
        "“Where has the minister been?” she asked in question period.",
        "“Who signed the contract?” Lee asked during question period on Tuesday.",
        "“Why the delay?” the critic asked in the question period.",
        "“Is that the plan?” Ann Lee asked at question time.",
    ],
)
def test_a_question_asked_in_question_period_is_a_quotation(text: str) -> None:
    [(_, speaker, cue)] = named(text)
    assert cue == "asked"
    assert speaker is not None


@pytest.mark.parametrize(
    "text",
    [
        "Lee asked tough questions of the staff.",
        "Lee asked questions sparingly during the hearing.",
    ],
)
def test_questions_asked_with_no_content_are_still_no_statement(text: str) -> None:
    assert named(text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Heckling grew, prompting Speaker Ruth Adeyemi to call for calm in the House.",
            "Ruth Adeyemi",
            "calm in the House",
        ),
        (
            "The ruling angered residents, prompting Mayor Ann Lee to demand an apology.",
            "Ann Lee",
            "an apology",
        ),
        ("The report prompted the NDP to call for a public inquiry.", "NDP", "a public inquiry"),
        (
            "The scandal has led some Liberals to say the minister should resign.",
            "some Liberals",
            "the minister should resign",
        ),
    ],
)
def test_whom_a_verb_made_speak_is_the_speaker(text: str, speaker: str, content: str) -> None:
    [(said, name, _)] = named(text)
    assert (name, said) == (speaker, content)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plea: the one urged has not spoken
        (
            "The council urged the union to call for calm.",
            [("the union to call for calm", "The council", "urged")],
        ),
        ("The premier was forced to call an election.", []),
        ("The ruling prompted questions about whether to demand a recount.", []),
    ],
)
def test_whom_a_verb_urged_or_a_passive_made_is_no_speaker(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert named(text) == expected
