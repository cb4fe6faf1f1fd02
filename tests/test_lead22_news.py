"""Everyday news read by the lead (an airline outage, a campus sit-in, a wildfire, a hospital
board): the constructions found wrong on invented stories, each tested here on other invented
sentences, with near-misses that must not change."""

import pytest
from extraction_helpers import attributed


def speakers(text: str) -> list[tuple[str | None, str | None, bool | None]]:
    """(name, kind, named) of each statement's speaker."""
    return [
        (s.name, s.kind, s.named) if s else (None, None, None) for _, s, _ in attributed(text)
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Airline outage strands thousands\n\nEvery flight of Northway Air was grounded on "
            "Tuesday.\n\nThe airline said a vendor's update had failed.",
            "Northway Air",
        ),
        (
            "Carrier cancels 300 flights\n\nDelays spread across Harbour Airlines on Friday."
            "\n\nThe carrier said crews were out of position.",
            "Harbour Airlines",
        ),
        (
            "Bank fees climb again\n\nCustomers of Westmere Capital face new charges.\n\n"
            "The company said the fees were fair.",
            "Westmere Capital",
        ),
    ],
)
def test_a_company_description_finds_the_company_named_in_the_lede(text: str, name: str) -> None:
    """ "The airline said" after a lede naming one airline ("Northway Air", "Harbour
    Airlines"): that company, named; a trade or a corporate word ending its name makes it no
    public body, and the headline's capitalised first word ("Airline outage ...") no name."""
    assert speakers(text) == [(name, "organization", True)]


@pytest.mark.parametrize(
    "text",
    [
        "Airline outage strands thousands\n\nFlights were grounded on Tuesday.\n\n"
        "The airline said a vendor's update had failed.",
        "Bank fees climb again\n\nCustomers face new charges this month.\n\n"
        "The bank said the fees were fair.",
    ],
)
def test_a_headline_common_noun_names_no_company(text: str) -> None:
    """No company named: the description speaks, unnamed (not "Airline", "Bank" of the
    headline's first word)."""
    [(name, kind, is_named)] = speakers(text)
    assert name is not None and name.lower().startswith("the ")
    assert (kind, is_named) == ("organization", False)


def test_a_public_body_is_still_no_company() -> None:
    """ "The company said" after a bureau is named: not the bureau (near-miss)."""
    text = (
        "Mine inspections resume\n\nThe Bureau of Mines reopened the pit on Monday.\n\n"
        "The company said it had fixed the vent."
    )
    [(name, _, _)] = speakers(text)
    assert name != "Bureau of Mines"
