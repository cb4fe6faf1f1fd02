"""Review 19 mends (F): "the agency" after a company's arm named for its country, a lede's
description and the person named next, "the pollster", and people a reporter reached;
each on invented sentences, with near-misses that must not change."""

import pytest
from extraction_helpers import attributed, speaker_names


def speakers(text: str) -> list[tuple[str, str, str | None]]:
    """(name, kind, role) of each statement's speaker, in text order."""
    return [(s.name, s.kind, s.role) if s else ("", "", None) for _, s, _ in attributed(text)]


# --- 1. "the agency" is a government arm's, never a company's named for its country ---


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Canadian Transit Agency ordered refunds last year. Brill Canada said it would "
            "appeal the ruling. The agency said the order stands.",
            "The Canadian Transit Agency",
        ),
        (
            "The Canadian Transit Agency ordered refunds. Statistics Canada said fares rose. "
            "The agency said the order stands.",
            "The Canadian Transit Agency",
        ),  # a name headed by "Agency" before wins over the arm that spoke last
        (
            "Fisheries and Oceans Canada said the stock was low. The department said quotas "
            "would fall.",
            "Fisheries and Oceans Canada",
        ),
        ("Santé Québec said beds were short. The agency said nurses were hired.", "Santé Québec"),
        (
            "Statistics Canada said food prices rose. The agency said rent climbed too.",
            "Statistics Canada",
        ),  # unchanged
        (
            "Food Prices Rise, Agency Says\n\nStatistics Canada said food prices rose. The "
            "agency said rent climbed too.",
            "Statistics Canada",
        ),  # a headline's capitalised "Agency" names no agency
    ],
)
def test_the_agency_is_the_agency_named_or_the_arm(text: str, name: str):
    assert speaker_names(text)[-1] == name


@pytest.mark.parametrize(
    "text",
    [
        "Transport Canada issued new rules on Monday. Corvel Canada said it would comply. The "
        "department said inspections would begin in May.",
        "Vantel Canada said its network was restored. The agency said the outage was under review.",
        "Brill Foods Canada said prices rose. The agency said wages rose.",
    ],
)
def test_the_agency_after_a_company_named_for_its_country_stays_apart(text: str):
    names = speaker_names(text)
    assert names[-1] != names[-2] and names[-1].lower().startswith("the ")


# --- 2-3. The person a lede describes, named next, says or announces ---

LEDE = "Lorne's transport minister says fares will rise in June.\n\n"


@pytest.mark.parametrize(
    "second",
    [
        "Ana Ruiz announced the increase Tuesday.",
        "Ana Ruiz told reporters the increase was needed.",
        "Ana Ruiz, the minister, announced the increase Tuesday.",
        "Ana Ruiz, the minister, said the increase was needed.",
        "Ana Ruiz, the transport minister, said the increase was needed.",
    ],
)
def test_the_lede_described_person_named_next_with_a_cue_is_one(second: str):
    found = speakers("Fares to rise\n\n" + LEDE + second)
    assert [name for name, _, _ in found] == ["Ana Ruiz", "Ana Ruiz"]
    assert found[-1][2] == "Lorne's transport minister"


@pytest.mark.parametrize(
    "second",
    [
        "Ana Ruiz waited 14 hours in a bus shelter last month. “It was chaos,” she said.",
        "Ana Ruiz rides the bus every day. “It is too much,” she said.",
        "Ana Ruiz, the mayor, said the increase was needed.",
        "Ana Ruiz, the health minister, said the increase was needed.",
        "Ana Ruiz, a nurse, said the increase was needed.",
    ],
)
def test_someone_else_named_next_stays_apart_from_the_lede(second: str):
    found = speakers("Fares to rise\n\n" + LEDE + second)
    assert found[0][0] == "Lorne's transport minister"
    assert found[-1][0] == "Ana Ruiz" and found[-1][2] != "Lorne's transport minister"


# --- 4. "the pollster" is the polling firm named before ---


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Northline Polling found 60 per cent of shoppers cut back. The pollster said the "
            "trend was new.",
            "Northline Polling",
            "organization",
        ),
        (
            "Harbour Polling said most shoppers cut back. The pollster said the trend was new.",
            "Harbour Polling",
            "organization",
        ),
        (
            "Most shoppers cut back, pollster Ann Vale said. The pollster said the trend was new.",
            "Ann Vale",
            "person",
        ),  # a named pollster holds the role
        (
            "Brill Foods said prices rose. The pollster said the trend was new.",
            "The pollster",
            "person",
        ),  # no polling firm named
    ],
)
def test_the_pollster(text: str, name: str, kind: str):
    assert speakers(text)[-1][:2] == (name, kind)


# --- 5. People a reporter reached: a group, or a person by a role ---


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The vote was close. Unions contacted by Radio-Canada said the deal was unfair.",
            ("Unions contacted by Radio-Canada", "group", None),
        ),
        (
            "Unions reached by The Canadian Press said the deal was unfair.",
            ("Unions reached by The Canadian Press", "group", None),
        ),  # was the outlet, a media speaker
        (
            "The vote was close. Grocers polled by Northline Research said margins were thin.",
            ("Grocers polled by Northline Research", "group", None),
        ),
        (
            "The vote was close. A nurse reached by CBC News said the ward was full.",
            ("A nurse reached by CBC News", "person", "nurse"),
        ),
        (
            "The vote was close. Two nurses reached by CBC News said the ward was full.",
            ("Two nurses reached by CBC News", "group", None),
        ),
    ],
)
def test_people_a_reporter_reached(text: str, speaker: tuple[str, str, str | None]):
    assert speakers(text) == [speaker]


def test_a_nurse_reached_is_the_nurse_later():
    text = (
        "A nurse reached by CBC News said the ward was full. The nurse said beds were short. "
        "“It was bad,” she said."
    )
    assert {name for name, _, _ in speakers(text)} == {"A nurse reached by CBC News"}


def test_two_nurses_reached_by_two_outlets_stay_two_people():
    text = (
        "The vote was close. A nurse reached by CBC News said the ward was full.\n\n"
        "A nurse reached by the Star said beds were short."
    )
    assert len({name for name, _, _ in speakers(text)}) == 2


def test_a_nurse_alone_is_unchanged():
    assert speakers("The vote was close. A nurse said the ward was full.") == [
        ("A nurse", "person", None)
    ]
