"""Auto-industry news as a new analyst reads it: constructions found by trying whosaid on
invented stories of a battery plant announced with subsidies, a recall of sport utility
vehicles over a steering defect and a strike vote at an assembly plant (in
tests/data/speakers/autos-*.txt), each tested here on other invented sentences."""

import pytest
from extraction_helpers import attributed


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel recalls 212,000 SUVs over steering column fault",
        "Voss is recalling 9,000 SUVs because a bolt can loosen.",
        "Orland recalled 3,000 EVs in March.",
        "Kestrel recalled its Marlin SUVs over a faulty latch.",
        "The automaker recalled the minivans after two fires.",
    ],
)
def test_a_recall_of_vehicles_counted_or_named_is_no_memory(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("She recalled that the SUVs had been rushed.", "the SUVs had been rushed"),
        (
            "The chief executive recalled the day the first SUVs rolled off the line.",
            "the day the first SUVs rolled off the line",
        ),
        ("Voss recalled 30 years of building SUVs.", "30 years of building SUVs"),
    ],
)
def test_a_memory_of_vehicles_is_still_recalled(text: str, content: str):
    [(found, _, _)] = attributed(text)
    assert found == content
