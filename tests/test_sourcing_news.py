"""Sourcing in political news as a new analyst reads it: constructions found by trying whosaid
on an invented budget briefing story (tests/data/speakers/fuel-duty-briefing.txt), each tested
here on other invented sentences."""

import pytest
from extraction_helpers import attributed, named, speaker_of

from tui.core.figures import find_figures


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Aides met the donors. “Nothing is settled yet,” one said.",
            "one",
            "Nothing is settled yet",
        ),
        ("“Nothing is settled yet,” another said.", "another", "Nothing is settled yet"),
        ("“Nothing is settled yet,” another added.", "another", "Nothing is settled yet"),
        ("“Nothing is settled yet,” said another.", "another", "Nothing is settled yet"),
        ('"Nothing is settled yet," one said.', "one", "Nothing is settled yet"),
    ],
)
def test_one_of_a_group_alone_by_its_cue_speaks(text: str, speaker: str, content: str):
    [(found, name, _)] = named(text)
    assert (found.rstrip(",."), name) == (content, speaker)


def test_one_of_a_group_is_an_unnamed_person():
    [(_, speaker, _)] = attributed("“Nothing is settled yet,” one said.")
    assert speaker is not None
    assert (speaker.kind, speaker.named) == ("person", False)


@pytest.mark.parametrize(
    "text",
    [
        # a count or a headline's number opening the sentence is no such pronoun
        "One Letter Sums Up The Mood In The Capital.",
        "The price was one, the clerk said.",
    ],
)
def test_one_as_a_number_is_no_speaker(text: str):
    assert all(name not in ("one", "One") for _, name, _ in named(text))


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ('"Nothing is settled," one said.', 0),  # the pronoun counts nothing
        ("“Nothing is settled,” one said.", 0),
        ("Only one said yes, and two said no.", 1),  # "two said no" counts
    ],
)
def test_one_before_a_verb_of_saying_is_no_figure(text: str, count: int):
    assert (
        len([f for f in find_figures(text) if text[f.span[0] : f.span[1]] in ("one", "two")])
        == count
    )


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Talks stalled, according to two people briefed on them, who asked not to be named.",
            "Talks stalled",
        ),
        (
            "According to two people briefed on it, who asked not to be named, a vote is due.",
            "a vote is due",
        ),
        (
            "According to a spokesman for the ministry, which runs the port, the ships will sail.",
            "the ships will sail",
        ),
    ],
)
def test_a_relative_clause_on_the_source_is_no_content(text: str, content: str):
    [(found, _, _)] = named(text)
    assert found.rstrip(".") == content


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Sources close to the minister, Ola Brandt, said the plan was dead.",
            "Sources close to the minister",
        ),
        ("Aides to the governor, Ann Lee, said the plan was dead.", "Aides to the governor"),
        ("Officials at the bank, Brill Bank, said the plan was dead.", "Officials at the bank"),
    ],
)
def test_one_name_after_many_apposes_their_complement(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "group")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # names of the many themselves
        (
            "Nurses at the clinic, Ann Lee and Tom Hale, said the plan was dead.",
            "Ann Lee and Tom Hale",
        ),
        # one person's role, then the name: the name speaks
        ("The head of the agency, Ann Lee, said the plan was dead.", "Ann Lee"),
        ("Valdoria's Minister of Housing, Ann Lee, said the plan was dead.", "Ann Lee"),
    ],
)
def test_a_name_apposed_to_its_own_description_still_speaks(text: str, name: str):
    assert speaker_of(text)[0] == name
