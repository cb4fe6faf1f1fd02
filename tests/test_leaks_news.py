"""Investigations built on documents and leaks as a new analyst reads them: constructions
found by trying whosaid on invented stories of a port authority's leaked emails, a clinic
chain's whistleblowers and a housing agency's lawsuit and audit (in tests/data/speakers/),
each tested here on other invented sentences."""

import pytest
from extraction_helpers import attributed, speaker_of


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Emails seen by the Gazette show that the mayor hid the bids.", "Emails"),
        ("Emails seen by the Gazette show the mayor hid the bids.", "Emails"),
        ("Records reviewed by the Courier reveal that the firm paid him.", "Records"),
        ("Internal documents obtained by the Sentinel show that he knew.", "Internal documents"),
        ("Text messages viewed by the Globe indicate that she was warned.", "Text messages"),
    ],
)
def test_documents_had_by_an_outlet_speak_in_the_base_form(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "document")


@pytest.mark.parametrize(
    "text",
    [
        "Fans cheered at the Gazette show on Friday.",
        "The Apple Music show drew fans.",
        "Viewers watched by the Globe show were bored.",
    ],
)
def test_a_name_before_a_base_cue_without_documents_is_still_a_compound(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "The clinic billed for scans it never ran, according to two nurses and internal "
            "records seen by the Ledger.",
            "The clinic billed for scans it never ran",
            "two nurses",
        ),
        (
            "According to a former aide and court records, the mayor kept the money.",
            "the mayor kept the money",
            "a former aide",
        ),
        (
            "The deal was signed in May, according to Rita Osei and a memo.",
            "The deal was signed in May",
            "Rita Osei",
        ),
        (
            "The bridge was closed, according to police and firefighters.",
            "The bridge was closed",
            "police",
        ),
    ],
)
def test_two_sources_joined_after_according_to_are_no_content(text: str, content: str, name: str):
    [(found, speaker, cue)] = attributed(text)
    assert (found, cue is not None and cue.lower()) == (content, "according to")
    assert speaker is not None and speaker.name == name


def test_a_clause_joined_after_the_source_stays_in_the_content():
    text = "Rents rose, according to officials, and wages fell."
    [(found, _, _)] = attributed(text)
    assert found == text[:-1]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "According to the paper's review, fees rose by 12 percent in 2022, to $40 million.",
            "fees rose by 12 percent in 2022, to $40 million",
        ),
        (
            "According to Ana Reyes, sales fell by a third, from 900 units.",
            "sales fell by a third, from 900 units",
        ),
        (
            "According to the filing, payouts doubled last year, to about 7,000.",
            "payouts doubled last year, to about 7,000",
        ),
    ],
)
def test_the_level_a_change_reached_after_according_to_is_in_the_content(text: str, content: str):
    [(found, speaker, _)] = attributed(text)
    assert found == content
    assert speaker is not None and speaker.role is None


def test_a_clause_after_according_to_and_its_appositive_keeps_the_role():
    [(found, speaker, _)] = attributed("According to Ana Reyes, a spokeswoman, sales fell.")
    assert found == "sales fell"
    assert speaker is not None and speaker.role == "spokeswoman"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The report faulted the council, which it said met twice and approved bids in bulk.",
            "met twice and approved bids in bulk",
        ),
        (
            "Lee blamed the firm, which she said hid the losses and denied the claims.",
            "hid the losses and denied the claims",
        ),
        (
            "Rao named the agency, which the auditors said ignored the rules and rejected "
            "every warning.",
            "ignored the rules and rejected every warning",
        ),
    ],
)
def test_a_verb_joined_to_a_relative_predicate_after_said_is_no_cue(text: str, content: str):
    assert [found for found, _, cue in attributed(text) if cue == "said"] == [content]
    assert {cue for _, _, cue in attributed(text)} <= {"said", "faulted", "blamed", "named"}


@pytest.mark.parametrize(
    "text",
    [
        "Lee said the firm hid the losses and denied the claims.",
        "Ann Reyes, a Democrat who is seeking a third term, declined to back the plan.",
    ],
)
def test_a_joined_cue_outside_a_relative_predicate_keeps_its_statement(text: str):
    cues = [cue for _, _, cue in attributed(text)]
    assert cues[-1] in {"denied", "declined"}


@pytest.mark.parametrize(
    "text",
    [
        "Former staff say the charity paid for trips.",
        "Staff say the charity paid for trips.",
        "Senior staff said the charity paid for trips.",
        "Nursing staff said the charity paid for trips.",
        "Some staff said the charity paid for trips.",
    ],
)
def test_staff_are_a_group_of_unnamed_people(text: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None
    assert (speaker.kind, speaker.named) == ("group", False)


def test_a_police_force_by_its_place_stays_a_named_organization():
    [(_, speaker, _)] = attributed("Dunmore police said the road was shut.")
    assert speaker is not None
    assert (speaker.kind, speaker.named) == ("organization", True)
