"""Review 22's second reading of today's merged rules, mended: each construction tested on
invented sentences, with near-misses that must not change."""

import pytest
from extraction_helpers import attributed


def _spoken(text: str) -> list[tuple[str, str | None, str | None]]:
    """(content, speaker's name, speaker's role) of each statement."""
    return [
        (content, s.name if s else None, s.role if s else None)
        for content, s, _ in attributed(text)
    ]


# -- 1. after "to", a verb's capitalised object stands for "who" only if a person's name --


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The league sent the Stanley Cup to Crosby, who said he was thrilled.", "Crosby"),
        ("The dealer sold the Ferrari to Murray, who said he would race it.", "Murray"),
        # near-misses: a person's full name or a role still stands for "who"
        ("The club sent winger Jake Orr to Kell, who said he was thrilled.", "Jake Orr"),
        ("The Jets traded a pitcher to Boston, who said he was thrilled.", "a pitcher"),
    ],
)
def test_who_after_to_is_a_person_not_a_thing(text: str, name: str) -> None:
    [(_, speaker, _)] = _spoken(text)
    assert speaker == name


# -- 2. a name apposed to a body's noun: a given name opens a person's --


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "A lawyer for the company, Tom Power, said the case had no merit.",
            "Tom Power",
            "lawyer for the company",
        ),
        (
            "A lawyer for the firm, Ann Power, said the case had no merit.",
            "Ann Power",
            "lawyer for the firm",
        ),
        (
            "A spokesman for the company, Smith, said the case had no merit.",
            "Smith",
            "spokesman for the company",
        ),
        (
            "A spokeswoman for the bank, Tremblay, said rates would hold.",
            "Tremblay",
            "spokeswoman for the bank",
        ),
    ],
)
def test_given_name_or_surname_apposed_to_body_is_a_person(text: str, name: str, role: str) -> None:
    [(_, speaker, got)] = _spoken(text)
    assert (speaker, got) == (name, role)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "A spokesman for the utility, Harlow Power, said the case had no merit.",
            "spokesman for Harlow Power",
        ),
        ("A spokesman for the company, Vexor, said the case had no merit.", "spokesman for Vexor"),
    ],
)
def test_body_name_apposed_still_the_body(text: str, role: str) -> None:
    [(_, _, got)] = _spoken(text)
    assert got == role


# -- 3. a plural after a preposition opens no contact clause when a subject's complement --


@pytest.mark.parametrize(
    "text",
    [
        "When the hearing opened lawyers for the hereditary chiefs argued the pipeline was "
        "illegal.",
        "As the trial resumed lawyers for the striking nurses argued the order was void.",
    ],
)
def test_complement_of_plural_subject_is_not_the_speaker(text: str) -> None:
    [(_, speaker, _)] = _spoken(text)
    assert speaker is not None and speaker not in ("chiefs", "nurses")


def test_plain_plural_subject_with_complement() -> None:
    [(_, speaker, _)] = _spoken(
        "Lawyers for the hereditary chiefs argued the pipeline was illegal."
    )
    assert speaker == "Lawyers for the hereditary chiefs"


def test_contact_clause_after_verb_and_preposition() -> None:
    [(content, speaker, _)] = _spoken(
        "Voss talked with residents about the plan union leaders say will cut jobs."
    )
    assert (content, speaker) == ("will cut jobs", "union leaders")


# -- 4. ", in a statement," between a name and its verb --


@pytest.mark.parametrize(
    "text",
    [
        "Ana Roy, in a statement, said she was retiring. “Thank you all,” the statement read.",
        "Ana Roy, on Instagram, wrote that she was retiring. “Thank you all,” the post read.",
    ],
)
def test_venue_aside_between_name_and_verb(text: str) -> None:
    assert [s for _, s, _ in _spoken(text)] == ["Ana Roy", "Ana Roy"]


def test_venue_aside_before_no_giving_verb() -> None:
    got = _spoken(
        "Ana Roy, in a statement, was praised by the board. “Thank you all,” the statement read."
    )
    assert got[-1][1] != "Ana Roy"


# -- 5. a network's place noun in any case --


@pytest.mark.parametrize(
    "text",
    [
        "The team posted on Instagram Reels that the game was cancelled.",
        "The team said on Instagram Stories that the game was cancelled.",
        "The team said on Facebook Live that the game was cancelled.",
        "The team said on its YouTube Channel that the game was cancelled.",
    ],
)
def test_network_place_any_case(text: str) -> None:
    [(content, speaker, _)] = _spoken(text)
    assert (content, speaker) == ("the game was cancelled", "The team")


# -- 6. "that" after a comma: a determiner only before a singular noun and its cue --


def test_relative_that_after_comma_is_no_determiner() -> None:
    [(_, speaker, _)] = _spoken(
        "The new rules, that officials say will cut wait times, take effect Monday."
    )
    assert speaker == "officials"


@pytest.mark.parametrize(
    "text",
    ["No deal is near, that official said.", "“No deal is near,” that official said."],
)
def test_demonstrative_after_comma_still_determiner(text: str) -> None:
    [(_, speaker, _)] = _spoken(text)
    assert speaker == "that official"


def test_demonstrative_before_time_is_no_speaker_determiner() -> None:
    [(_, speaker, _)] = _spoken("But this week officials said the plan would proceed.")
    assert speaker is not None and not speaker.startswith("this")


# -- 8. the reporter's caveat naming its outlet with "the" --


@pytest.mark.parametrize(
    "text",
    [
        "Police said the suspect fled to Ohio, which the Star could not independently verify.",
        "Police said the suspect fled to Ohio, which Reuters could not independently verify.",
    ],
)
def test_caveat_with_outlet_is_the_reporters(text: str) -> None:
    [(content, speaker, _)] = _spoken(text)
    assert (content, speaker) == ("the suspect fled to Ohio", "Police")


# -- 9. a tribute paid on a day, with or without "on" --


@pytest.mark.parametrize(
    "text",
    [
        "Voss paid tribute Monday to Reyes as a mentor and friend.",
        "Voss paid tribute on Monday to Reyes as a mentor and friend.",
    ],
)
def test_tribute_with_day(text: str) -> None:
    [(content, speaker, _)] = _spoken(text)
    assert (content, speaker) == ("Reyes as a mentor and friend", "Voss")


# -- 10. the verbs of going to a network give a venue --


def test_went_on_network_gives_the_post() -> None:
    got = _spoken(
        "Ana Roy went on Instagram to announce her retirement. “Thank you,” the post read."
    )
    assert got[-1][1] == "Ana Roy"
