"""Advocacy groups, charities, unions and campaigns named in title case from common words
("Doctors Without Borders", "Parents United", "Justice Now"): one organization's name, not a
person with a title or a role. Found on an invented story of groups for and against a county
plan (tests/data/speakers/advocacy-groups.txt), each tested here on other invented sentences."""

from pathlib import Path

import pytest
from extraction_helpers import attributed, speaker_names, speaker_of

_ARTICLE = Path(__file__).parent / "data" / "speakers" / "advocacy-groups.txt"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Pilots Without Limits said the airport was unsafe.", "Pilots Without Limits", None),
        (
            "Grandparents Against Poverty said the cuts were cruel.",
            "Grandparents Against Poverty",
            None,
        ),
        ("Engineers Across Borders said the bridge was sound.", "Engineers Across Borders", None),
        (
            "Students For Sensible Policy said the law was unfair.",
            "Students For Sensible Policy",
            None,
        ),
        ("A statement from Medics Without Walls said it was full.", "Medics Without Walls", None),
        ("Medics Without Walls also said the ward was full.", "Medics Without Walls", None),
        ("Medics Without Walls, a charity, said it was full.", "Medics Without Walls", "charity"),
    ],
)
def test_a_capitalised_preposition_inside_a_name_keeps_the_whole_name(
    text: str, name: str, role: str | None
):
    assert speaker_of(text) == (name, "organization", role)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Cleaners United said the contract was unfair.", "Cleaners United"),
        ("Riders United said fares would rise.", "Riders United"),
        ("Climate Justice Now said the pipeline must stop.", "Climate Justice Now"),
        ("Patients First said the waiting lists were too long.", "Patients First"),
        ("Renters Together said evictions had doubled.", "Renters Together"),
        ("Safe Streets Forward said the crossing was dangerous.", "Safe Streets Forward"),
        (
            "Nurses for Safe Staffing Action said wards were short.",
            "Nurses for Safe Staffing Action",
        ),
    ],
)
def test_a_slogans_word_ends_a_groups_name(text: str, name: str):
    assert speaker_of(text) == (name, "organization", None)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"The deal is unfair," said Cleaners United.', "Cleaners United"),
        ('"The deal is unfair," said Pilots Without Limits.', "Pilots Without Limits"),
        ('"The pipeline must stop," said Climate Justice Now.', "Climate Justice Now"),
        ('"Fares will rise," Riders United said.', "Riders United"),
    ],
)
def test_the_groups_name_after_its_cue_is_whole(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "organization")


def test_the_name_after_a_description_gives_its_role():
    text = "The alliance, Riders United, said fares would rise."
    assert speaker_of(text) == ("Riders United", "organization", "alliance")
    text = "The campaign Clean Rivers Now said the spill was hidden."
    assert speaker_of(text) == ("Clean Rivers Now", "organization", "campaign")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Justice Mara Quill said the appeal failed.", ("Mara Quill", "person", "Justice")),
        ("Nurse Ola Brandt said the ward was full.", ("Ola Brandt", "person", "Nurse")),
        ("Judge Okoro said the appeal failed.", ("Okoro", "person", "Judge")),
        ("Cleaners said the contract was unfair.", ("Cleaners", "group", None)),
        (
            "Doctors at the hospital said the ward was full.",
            ("Doctors at the hospital", "group", None),
        ),
        (
            "Lawyers for Mara Quill said the appeal failed.",
            ("Lawyers for Mara Quill", "group", None),
        ),
        (
            "Rosa Quill of Riders United said fares would rise.",
            ("Rosa Quill", "person", "Riders United"),
        ),
        ("Then I said the appeal failed.", ("I", "person", None)),
    ],
)
def test_titles_people_and_plurals_are_not_taken_for_group_names(
    text: str, expected: tuple[str, str, str | None]
):
    assert speaker_of(text) == expected


def test_a_small_word_after_a_subject_is_still_skipped():
    assert speaker_of("Mara Quill now says the appeal failed.")[0] == "Mara Quill"
    assert speaker_of("Mara Quill first said the appeal failed.")[0] == "Mara Quill"


def test_the_group_again_is_the_group_that_spoke_last():
    text = (
        "Cleaners United said the contract was unfair. Pilots Without Limits said the airport "
        'was unsafe. "Nobody listens," the group said. Patients First said lists were long. '
        '"We will sue," the group said.'
    )
    assert speaker_names(text) == [
        "Cleaners United",
        "Pilots Without Limits",
        "Pilots Without Limits",
        "Patients First",
        "Patients First",
    ]


@pytest.mark.parametrize("company", ["Acme Corp", "Brill Bank", "Orlo Inc.", "Tavi Holdings"])
def test_the_group_or_the_organization_is_no_company_spoken_since(company: str):
    """A company or a bank is "the company" or "the bank": "the group" after it is the group
    that spoke before it."""
    for noun in ("group", "organization"):
        text = (
            f"Parents United said the plan was bad. {company} said the plan was good. "
            f'"We will sue," the {noun} said.'
        )
        assert speaker_names(text)[-1] == "Parents United"


def test_the_group_after_a_company_named_a_group_is_that_company():
    text = (
        'Parents United said the plan was bad. Acme Group said it was good. "No," the group said.'
    )
    assert speaker_names(text)[-1] == "Acme Group"


def test_the_article_names_its_groups_whole():
    text = _ARTICLE.read_text()
    found = {(s.name, s.kind) for _, s, _ in attributed(text) if s is not None}
    for name in [
        "Parents United",
        "Nurses United",
        "Doctors Without Borders",
        "Mothers Against Drunk Driving",
        "Justice Now",
        "Farmers for Climate Action",
        "Housing Justice Now",
        "Tenants Together",
        "Clean Air Now",
        "Teachers Against Testing",
        "Workers United",
    ]:
        assert (name, "organization") in found
    assert ("Ann Lee", "person") in found
    assert ("Ruiz", "person") in found
    assert not {"United", "Borders", "Drunk Driving", "Together", "Testing"} & {n for n, _ in found}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Riders United and Patients First said fares would rise.",
            "Riders United and Patients First",
            None,
        ),
        (
            "Patients First and Riders United said fares would rise.",
            "Patients First and Riders United",
            None,
        ),
        (
            "Riders United, Climate Justice Now and Patients First said fares would rise.",
            "Riders United, Climate Justice Now and Patients First",
            None,
        ),
        (
            "Senator Rosa Quill and Tom Hale said fares would rise.",
            "Rosa Quill and Tom Hale",
            "Senator",
        ),
    ],
)
def test_groups_joined_by_and_speak_together_their_names_whole(
    text: str, name: str, role: str | None
):
    assert speaker_of(text) == (name, "group", role)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Medics Against the Blockade said the ward was full.",
            "Medics Against the Blockade",
            None,
        ),
        ("The band Rage Beyond the Gates said the tour was over.", "Rage Beyond the Gates", "band"),
        ('"The tour is over," said Rage Beyond the Gates.', "Rage Beyond the Gates", None),
    ],
)
def test_the_article_after_a_capitalised_small_word_is_inside_the_name(
    text: str, name: str, role: str | None
):
    assert speaker_of(text) == (name, "organization", role)


def test_the_article_after_an_ordinary_of_still_opens_another_name():
    assert speaker_of("Mr. Hale of the Audubon Society said the birds left.")[:2] == (
        "Hale",
        "person",
    )
