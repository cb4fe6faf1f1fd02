"""Space missions and science agencies as a new analyst reads them: constructions found by
trying whosaid on invented stories of a rocket's launch and landing, a telescope's discovery
and a space station's leak and inquiry (in tests/data/speakers/), each tested here on other
invented sentences."""

import pytest
from extraction_helpers import attributed, contents


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "According to the agency, one of the rover's six wheels stopped turning on a "
            "slope, leaving it stuck for three days.",
            "one of the rover's six wheels stopped turning on a slope, leaving it stuck for "
            "three days",
        ),
        (
            "According to the company, the lander's engine cut out early, sending it into "
            "the crater.",
            "the lander's engine cut out early, sending it into the crater",
        ),
        (
            "According to the operator, a valve on the second stage froze, forcing a hold "
            "at T-minus 90 seconds.",
            "a valve on the second stage froze, forcing a hold at T-minus 90 seconds",
        ),
    ],
)
def test_a_participle_clause_after_according_to_x_and_a_comma_keeps_the_clause_whole(
    text: str, content: str
):
    # "According to X, Y, leaving it ...": Y was the clause's subject, no apposition to X.
    [(found, speaker, _)] = attributed(text)
    assert found == content
    assert speaker is not None and speaker.role is None


@pytest.mark.parametrize(
    ("text", "role", "content"),
    [
        (
            "According to Ann Lee, a spokeswoman, rising prices hurt sales.",
            "spokeswoman",
            "rising prices hurt sales",
        ),
        (
            "According to the firm, a maker of valves, during the test the seal failed.",
            "maker of valves",
            "during the test the seal failed",
        ),
        (
            "According to Ann Lee, the mayor, the bridge will close.",
            "mayor",
            "the bridge will close",
        ),
    ],
)
def test_an_apposition_to_the_source_stays_when_no_participle_clause_follows(
    text: str, role: str, content: str
):
    [(found, speaker, _)] = attributed(text)
    assert found == content
    assert speaker is not None and speaker.role == role


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("He cautioned, however, that the data were thin.", "the data were thin"),
        ("She warned, though, that the launch could slip.", "the launch could slip"),
        ("The director added, meanwhile, that the crew was safe.", "the crew was safe"),
        ("Ines Varga said, however, the probe would be late.", "the probe would be late"),
        ("He noted, too, that the tank had leaked twice.", "the tank had leaked twice"),
    ],
)
def test_a_connective_adverb_between_commas_after_the_cue_is_no_content(text: str, content: str):
    assert contents(text) == [content]


def test_a_connective_adverb_after_a_closing_cue_leaves_the_quote_whole():
    text = '"We are ready," she said, however, "and we will fly on Friday."'
    [content] = contents(text)
    assert content.startswith("We are ready") and content.endswith("we will fly on Friday")


@pytest.mark.parametrize(
    "text",
    [
        "The launch director called a hold over the radio.",
        "Kwan called a scrub at T-minus 40 seconds.",
        "The flight director called an abort.",
    ],
)
def test_calling_a_hold_or_a_scrub_is_a_countdown_order_no_statement(text: str):
    assert contents(text) == []


def test_calling_a_hold_something_is_still_naming_it():
    text = "Lee called the hold a sensible precaution."
    assert contents(text) == ["the hold a sensible precaution"]
