"""Auto-industry news as a new analyst reads it: constructions found by trying whosaid on
invented stories of a battery plant announced with subsidies, a recall of sport utility
vehicles over a steering defect and a strike vote at an assembly plant (in
tests/data/speakers/autos-*.txt), each tested here on other invented sentences."""

import pytest
from extraction_helpers import attributed, named


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


@pytest.mark.parametrize(
    "text",
    [
        "Owners described a steering wheel that felt loose before the problem worsened.",
        "The brakes felt spongy on cold mornings.",
        "The pedal felt soft under his foot.",
        "The engine felt sluggish on the highway.",
        "The mood at the plant felt different this year.",
    ],
)
def test_felt_and_one_word_of_a_quality_with_its_circumstances_is_no_thought(text: str):
    assert [cue for _, _, cue in attributed(text)] in ([], ["described"])
    assert all(cue != "felt" for _, _, cue in attributed(text))


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("She felt the deal was unfair.", "the deal was unfair"),
        ("Many voters felt betrayed when the plant closed.", "betrayed when the plant closed"),
        ("Residents feel stung after the cuts.", "stung after the cuts"),
        ("He felt confident of a deal.", "confident of a deal"),
        ("Managers felt workers in Oakridge deserved more.", "workers in Oakridge deserved more"),
        ("Owners feel nothing has changed.", "nothing has changed"),
    ],
)
def test_a_belief_or_a_feeling_towards_others_after_felt_stays(text: str, content: str):
    [(found, _, _)] = attributed(text)
    assert found == content


@pytest.mark.parametrize(
    "dateline",
    [
        "ST. CLÉMENT —",
        "SAINT-JÉRÔME, Que. —",
        "TROIS-RIVIÈRES (CP) —",
        "GÖTEBORG, Sweden —",
        "ST. CATHARINES —",
    ],
)
def test_a_datelines_place_with_accented_capitals_is_no_part_of_the_content(dateline: str):
    text = f"{dateline} Halvorsen Motors will build a cell plant, the premier announced Tuesday."
    assert named(text) == [("Halvorsen Motors will build a cell plant", "the premier", "announced")]


def test_a_quotation_opening_a_paragraph_after_an_accented_word_is_read_as_before():
    text = "“Ça va bien,” Élise Roy said of the plant."
    assert named(text) == [("Ça va bien", "Élise Roy", "said")]


@pytest.mark.parametrize(
    "text",
    [
        "Owners can check their vehicle by calling Kestrel customer care.",
        "Customers can get a refund by calling the company's hotline.",
        "She called the hotline on Monday.",
        "Drivers who smell fuel should call their dealership immediately.",
    ],
)
def test_a_number_dialled_is_no_naming(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("She called the hotline a waste of money.", "the hotline a waste of money"),
        ("He called the service excellent.", "the service excellent"),
        ("The union called the dealer's offer an insult.", "the dealer's offer an insult"),
    ],
)
def test_a_hotline_or_a_dealer_named_something_is_still_said(text: str, content: str):
    [(found, _, _)] = attributed(text)
    assert found == content
