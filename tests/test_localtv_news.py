"""Local TV and radio station web stories as a new analyst reads them: constructions found by
trying whosaid on invented stories of a brush fire, a school lockdown and a winter storm (in
tests/data/speakers/localtv-*.txt), each tested here on other invented sentences."""

import pytest
from extraction_helpers import attributed


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "Two people were taken to Mercy Hospital, per the Dunmore Fire Department.",
            "Two people were taken to Mercy Hospital",
            "Dunmore Fire Department",
        ),
        (
            "The driver was not wearing a seat belt, per state police.",
            "The driver was not wearing a seat belt",
            "state police",
        ),
        (
            "Deputies found a loaded rifle in the trunk, per the affidavit.",
            "Deputies found a loaded rifle in the trunk",
            "the affidavit",
        ),
        (
            "Per the sheriff's office, the boat capsized near the north dock.",
            "the boat capsized near the north dock",
            "the sheriff's office",
        ),
    ],
)
def test_per_names_a_source_like_according_to(text: str, content: str, source: str):
    found = attributed(text)
    assert [(c, s.name if s else None, cue.lower()) for c, s, cue in found] == [
        (content, source, "per")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Snow fell at 3 inches per hour overnight.",
        "Parking costs $2 per hour, per day or per week downtown.",
        "The stipend, per the Arlow plan, is $2,500 a year.",
        "Spending per capita on roads rose last year.",
    ],
)
def test_per_of_a_rate_or_an_inserted_plan_is_no_source(text: str):
    assert attributed(text) == []
