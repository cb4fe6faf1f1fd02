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
