"""Subjects described rather than named: an organization's noun with its complement ("a
coalition of growers said"), a role or an organization before a participle and its object
("a lawyer representing Ann Lee said"), and a description set before an organization's name
with its article ("a union, the Pilots Association, said"). Invented sentences."""

import pytest
from extraction_helpers import speaker_of

from tui.core.statements import find_statements


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A coalition of dairy farmers said the quota was unfair.", "A coalition of dairy farmers"),
        (
            "An association of ferry operators said fares would rise.",
            "An association of ferry operators",
        ),
        ("The agency for refugees said the camps were full.", "The agency for refugees"),
        ("A trade group for bakers said flour prices fell in March.", "A trade group for bakers"),
        ("The bank in Fresno said rates would rise.", "The bank in Fresno"),
        ("The museum in Tulsa said the loan was extended.", "The museum in Tulsa"),
    ],
)
def test_an_organizations_noun_with_its_complement_speaks(text: str, name: str) -> None:
    assert speaker_of(text)[:2] == (name, "organization")


def test_an_organizations_noun_needs_its_article_to_head_a_speaker() -> None:
    """A possessive before the noun makes it part of a clause ("their business from ...")."""
    text = "Growth came to their shop from ads and more said Ray Odom in a statement."
    speakers, statements = find_statements(text)
    assert all(s.name != "their shop from ads and more" for s in speakers)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "A lawyer representing Mara Voss said the appeal was filed.",
            "A lawyer representing Mara Voss",
            "person",
        ),
        (
            "A lawyer representing the family said the appeal was filed.",
            "A lawyer representing the family",
            "person",
        ),
        (
            "The group representing the nurses said pay was too low.",
            "The group representing the nurses",
            "organization",
        ),
    ],
)
def test_the_participles_object_is_not_the_speaker(text: str, name: str, kind: str) -> None:
    assert speaker_of(text)[:2] == (name, kind)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A union, the Harbor Pilots Guild, said fatigue was a concern.", "Harbor Pilots Guild"),
        (
            "A union representing the pilots, the Harbor Pilots Guild, said fatigue was a concern.",
            "Harbor Pilots Guild",
        ),
        ("A lobby group for grocers, the Grocers Alliance, said sales fell.", "Grocers Alliance"),
        ("A lobby group for grocers, Grocers Alliance, said sales fell.", "Grocers Alliance"),
        ("An agency, the Port Authority, said the cranes were idle.", "Port Authority"),
    ],
)
def test_an_organizations_name_after_its_description_speaks(text: str, name: str) -> None:
    assert speaker_of(text)[:2] == (name, "organization")


def test_a_title_after_the_article_opens_the_apposed_name() -> None:
    speakers, [statement] = find_statements(
        "A spokeswoman for the agency, the Rev. Ona Ruiz, said the fund was empty."
    )
    [speaker] = speakers
    assert (speaker.name, speaker.role) == ("Ona Ruiz", "spokeswoman for the agency")


def test_a_description_that_is_no_name_stays_the_speaker() -> None:
    speakers, _ = find_statements("The senator, the party's leader, said the bill was dead.")
    assert [s.name for s in speakers] == ["The senator"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The jet, flown by Corvane Airlines, landed. Corvane said the crew was safe.", "Corvane"),
        ("Shares of Pellam Pharmaceuticals fell. Pellam said the trial goes on.", "Pellam"),
        ("The Blue Tarn Group bought it. Blue Tarn said the deal was fair.", "Blue Tarn"),
    ],
)
def test_the_first_words_of_an_organizations_name_are_that_organization(
    text: str, name: str
) -> None:
    assert speaker_of(text)[:2] == (name, "organization")


def test_a_name_before_a_lower_case_marker_word_stays_unknown() -> None:
    """Only a capitalised marker makes the name's first words an organization's."""
    text = "It was Corvane group policy. Corvane said the crew was safe."
    assert speaker_of(text)[:2] == ("Corvane", "unknown")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Officials meeting in Geneva said the talks went well.", "Officials meeting in Geneva"),
        (
            "Delegates gathering at the summit said the talks failed.",
            "Delegates gathering at the summit",
        ),
        (
            "Nurses working at Mercy Hospital said the ward was full.",
            "Nurses working at Mercy Hospital",
        ),
    ],
)
def test_a_participles_place_or_partner_is_not_the_speaker(text: str, name: str) -> None:
    assert speaker_of(text)[0] == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a preposition of place or direction after a present participle, "the" before a name
        (
            "Pickets marching through Dunmore said the mill must stay.",
            "Pickets marching through Dunmore",
        ),
        (
            "Tenants living near the Orrin Canal said the smell was worse.",
            "Tenants living near the Orrin Canal",
        ),
        ("Aides speaking to Reuters said the visit was off.", "Aides speaking to Reuters"),
        # a past participle before a preposition of place
        (
            "Travelers stranded at Brannock Airport said no one helped.",
            "Travelers stranded at Brannock Airport",
        ),
        ("Troops stationed near Velsk said the nights were quiet.", "Troops stationed near Velsk"),
        (
            "Miners gathered outside the gate said the shift was cut.",
            "Miners gathered outside the gate",
        ),
    ],
)
def test_a_place_after_a_participle_and_its_preposition_is_not_the_speaker(
    text: str, name: str
) -> None:
    found = speaker_of(text)
    assert found[:2] == (name, "group")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "with" after a past participle joins no place: the possessor of the cue noun speaks
        ("The weight of the data combined with Lee's endorsement of the plan will help.", "Lee"),
        # a role's own complement keeps its name: the lawyer is for the club
        ("A lawyer for the Tamsin Club said the plant leaked.", "A lawyer for the Tamsin Club"),
    ],
)
def test_a_complement_that_no_participle_opens_is_read_as_before(text: str, name: str) -> None:
    assert speaker_of(text)[0] == name


def test_a_roles_complement_stays_its_role() -> None:
    found = speaker_of("A lawyer for the Tamsin Club said the plant leaked.")
    assert found[1:] == ("person", "lawyer for the Tamsin Club")


def test_a_watchdog_is_an_organization() -> None:
    assert speaker_of("The watchdog said the audit was late.")[:2] == (
        "The watchdog",
        "organization",
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Senior analysts at Corvel Research said the merger would close.",
            "Senior analysts at Corvel Research",
        ),
        (
            "Top officials at the port authority said the berth was shut.",
            "Top officials at the port authority",
        ),
        ("Local nurses in Dunmore said the ward was full.", "Local nurses in Dunmore"),
    ],
)
def test_a_description_opening_its_sentence_keeps_its_complement(text: str, name: str) -> None:
    """Its first word's capital is the sentence's, not a name's."""
    assert speaker_of(text)[0] == name


def test_a_name_before_a_complement_is_still_the_speaker() -> None:
    assert speaker_of("Ivo Marsh of the Tamsin Club said the plant leaked.")[0] == "Ivo Marsh"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A friend of the groom said he was nervous.", "A friend of the groom"),
        ("Neighbors of the couple said the house was empty.", "Neighbors of the couple"),
        ("A cousin of the pilot told reporters he was careful.", "A cousin of the pilot"),
    ],
)
def test_a_relation_with_its_complement_is_the_speaker(text: str, name: str) -> None:
    """Friends, neighbors, colleagues, cousins are roles: the complement is whose."""
    assert speaker_of(text)[0] == name
