"""Everyday news read by the lead in session 30: the constructions found wrong on invented
stories and probes, each tested here on other invented sentences, with near-misses that must
not change."""

import pytest
from extraction_helpers import story_statements

from tui.core.figures import find_figures


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "One of them, who spoke on condition of anonymity, said the mood was grim.",
            "the mood was grim",
        ),
        (
            "Two of them, who asked not to be named, told the paper the vote was rigged.",
            "the vote was rigged",
        ),
        (
            "One of us, who had waited since dawn, described the queue as “a disgrace.”",
            "a disgrace",
        ),
    ],
)
def test_a_pronoun_partitive_described_by_a_who_clause_speaks(sentence: str, content: str) -> None:
    """ "One of them, who spoke on condition of anonymity, said": the one the partitive
    picks out speaks, the clause describing them (the statement was lost)."""
    [(found, name, kind, _)] = story_statements(sentence)
    assert (found, name) == (content, sentence.split(",")[0])
    assert kind in ("person", "group")


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # the clause names the one who speaks, or describes someone else: as before
        ("One of them, who gave his name only as Omar, said the guards had left.", "Omar"),
        (
            "One of them, a porter who left in 2021, said the ward was cold.",
            "a porter who left in 2021",
        ),
        ("One of them, Joel Ruiz, said the boat sank.", "Joel Ruiz"),
    ],
)
def test_a_partitive_with_a_named_or_described_appositive_is_unchanged(
    sentence: str, speaker: str
) -> None:
    [(_, name, _, _)] = story_statements(sentence)
    assert name == speaker


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The new clinic will cost 40k a year to run.", 40_000),
        ("The striker earns 90K a week.", 90_000),
        ("The club paid 40m for the winger.", 40_000_000),
        ("The farmhouse was valued at more than 2m in May.", 2_000_000),
        ("A fine of about 5k was imposed on the firm.", 5_000),
    ],
)
def test_a_letter_scales_a_sum_after_a_verb_or_noun_of_paying(sentence: str, value: int) -> None:
    """ "cost 40k a year", "paid 40m": the glued "k" or "m" after a word of paying scales a
    sum, not metres nor nothing (the figure was lost or read as 40 metres)."""
    [figure] = find_figures(sentence)
    assert figure.value == value


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("She swam 400m before work.", 400),
        ("The dam wall is 300m long and was paid for by the city.", 300),
    ],
)
def test_a_distance_with_no_word_of_paying_before_it_stays_a_distance(
    sentence: str, value: int
) -> None:
    [figure] = find_figures(sentence)
    assert (figure.value, figure.unit) == (value, "m")


def test_a_race_named_by_its_distance_is_no_figure() -> None:
    assert find_figures("She ran a 5k on Sunday and paid for her own shoes.") == []


@pytest.mark.parametrize(
    ("sentence", "qualifier"),
    [
        ("The council said north of $4 billion had been spent.", "more_than"),
        ("The arena holds just shy of 18,000 fans.", "less_than"),
        ("Petrol fell to south of $3 a gallon.", "less_than"),
        ("Well under 10% of homes have fibre.", "less_than"),
        ("The fund lost slightly more than 4% last year.", "more_than"),
        ("The hall seats 500 or thereabouts.", "approximate"),
        ("Nigh on 2,000 people signed the petition.", "approximate"),
    ],
)
def test_idioms_of_more_or_less_qualify_their_number(sentence: str, qualifier: str) -> None:
    """ "north of $4 billion", "just shy of 18,000", "500 or thereabouts": the hedge is
    the figure's qualifier (it was exact)."""
    [figure] = find_figures(sentence)
    assert figure.qualifier == qualifier


@pytest.mark.parametrize(
    "sentence",
    [
        "City led early but conceded three times in 14 minutes after the break.",
        "The visitors conceded a late penalty and lost 2-1.",
        "Harriers have conceded 31 goals this season, the most in the league.",
        "Wales conceded two tries in the first half.",
        "The hosts added a goal and won the tie on aggregate.",
    ],
)
def test_a_score_let_in_or_added_is_no_statement(sentence: str) -> None:
    """ "conceded three times", "conceded a late penalty and lost 2-1": a score let in, no
    words granted; an object of that sense followed by "and" and a verb in the past,
    irregular too ("lost", "won"), is all the verb took."""
    assert story_statements(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("The minister conceded that the scheme had failed.", "the scheme had failed"),
        (
            "Officials conceded 20 percent of the homes were empty.",
            "20 percent of the homes were empty",
        ),
    ],
)
def test_a_concession_in_words_is_still_a_statement(sentence: str, content: str) -> None:
    [(found, _, _, _)] = story_statements(sentence)
    assert found == content
