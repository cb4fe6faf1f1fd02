"""AI and technology regulation news as a new analyst reads it: constructions found by trying
whosaid on invented stories of a Senate hearing on an AI safety bill, a data-protection
regulator's fine on a photo app and researchers' open letter on voice cloning answered on
social media (tests/data/speakers/aipolicy-*.txt), each tested here on other invented
sentences."""

import pytest
from extraction_helpers import speaker_of


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Priya Raghavan, a former trust and safety manager at Lumo, said the tool was unsafe.",
            "former trust and safety manager at Lumo",
        ),
        (
            "Tom Hale, a health and safety officer at the plant, said the line was stopped.",
            "health and safety officer at the plant",
        ),
        (
            "Ann Roe, a research and development director at Velto, said the deal was sound.",
            "research and development director at Velto",
        ),
        (
            "Ann Roe, a trust and estates lawyer in Leeds, said the will was valid.",
            "trust and estates lawyer in Leeds",
        ),
    ],
)
def test_two_modifiers_joined_by_and_before_a_role_make_a_person(text: str, role: str):
    name, kind, found_role = speaker_of(text)
    assert (kind, found_role) == ("person", role)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # near-misses: a body's own words joined by "and" stay a body's
        (
            "Kelby Trust and Safety Partners, a firm, said the deal was sound.",
            "Kelby Trust and Safety Partners",
        ),
        ("The Harbour Trust, a trust and charity, said the pier was safe.", "Harbour Trust"),
    ],
)
def test_a_body_joined_by_and_stays_a_body(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "organization")
