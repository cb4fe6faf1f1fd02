"""Review 24's findings on quantities after "add", rulings closing their content, legal
charges, appositives and acronyms: each construction tested on invented sentences, with
near-misses that must not change."""

import pytest
from extraction_helpers import attributed, named

HEADLINE = "Local news this week\n\n"  # a text's first paragraph is its headline


def said(sentence: str) -> list[tuple[str, str | None, str | None]]:
    """(content, speaker's name, cue) of each statement of `sentence` after a headline."""
    return named(HEADLINE + sentence + "\n")


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "Osei added at least 300 homes remain without power.",
            "at least 300 homes remain without power",
        ),
        (
            "She added at least three of the riders, both seniors, were hurt in the crash.",
            "at least three of the riders, both seniors, were hurt in the crash",
        ),
        (
            "Pratt claimed at least six trustees, including two from the north, backed the cut.",
            "at least six trustees, including two from the north, backed the cut",
        ),
        (
            "Pratt added under 20 per cent of parents support the change.",
            "under 20 per cent of parents support the change",
        ),
    ],
)
def test_a_clause_opened_by_a_qualified_quantity_is_said(sentence: str, content: str) -> None:
    """ "added at least 300 homes remain dark": after "at least", "under", "up to" the
    quantity is put somewhere only with its "to"; else it opens the clause said."""
    assert [c for c, _, _ in said(sentence)] == [content]


@pytest.mark.parametrize(
    "sentence",
    [
        "Osei added at least 300 homes to the list.",
        "The detour is adding up to 25 minutes to commutes.",
        "The strike added at least two hours to waits at the border.",
        "The levy added 40 dollars to bills.",
        "Osei added about 300 jobs last year.",
    ],
)
def test_a_quantity_put_somewhere_is_no_statement(sentence: str) -> None:
    """ "is adding up to 25 minutes to commutes": a quantity added to something (a bare
    plural after "to" too), whoever adds it, no words."""
    assert said(sentence) == []


def test_to_and_an_infinitive_after_a_quantity_is_still_said() -> None:
    """ "to discuss" is no place a quantity is put: the clause stays said."""
    [(content, _, cue)] = said("Osei added that up to 20 minutes to discuss fares was enough.")
    assert (content, cue) == ("up to 20 minutes to discuss fares was enough", "added")


@pytest.mark.parametrize(
    "sentence",
    [
        "For three decades, the Tories ruled.",
        "From 1960 until her death, the queen ruled.",
        "The family fled while the junta ruled.",
    ],
)
def test_a_reign_is_no_ruling(sentence: str) -> None:
    """ "For three decades, the Tories ruled": "rule" as governing reports nothing; the
    clause before has no verb, and no court rules."""
    assert said(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        (
            "The tariff is unlawful, the justices ruled Thursday in Washington.",
            "The tariff is unlawful",
            "the justices",
        ),
        (
            "The woman can stay in Canada, an Ontario judge ruled in a written decision "
            "released Friday.",
            "The woman can stay in Canada",
            "an Ontario judge",
        ),
        ("The bylaw stands, the court ruled.", "The bylaw stands", "the court"),
        ("The man will stay in jail, a judge ruled Tuesday.", "The man will stay in jail", None),
    ],
)
def test_a_ruling_closing_its_sentence_reports_the_clause_before(
    sentence: str, content: str, speaker: str | None
) -> None:
    """ "..., the justices ruled Thursday in Washington": where or how the ruling was given
    may follow it; the clause before is its content."""
    [(found, who, cue)] = attributed(HEADLINE + sentence + "\n")
    assert (found, cue) == (content, "ruled")
    assert who is not None


def test_a_headline_ruling_reports_the_clause_before() -> None:
    """A headline "Accused arsonist to stay in jail, judge rules": no verb of its own before
    the court, but a judge rules."""
    text = "Accused burglar to stay in custody, judge rules\n\nThe hearing was short.\n"
    assert [(c, cue) for c, _, cue in named(text)] == [
        ("Accused burglar to stay in custody", "rules")
    ]


def test_a_ruling_in_someones_favour_reports_no_clause_before() -> None:
    """ "the judge ruled in his favour": what was decided, after the verb."""
    assert said("The man can stay, the judge ruled in his favour.") == []
