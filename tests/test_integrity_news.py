"""Sports integrity news: doping tribunals, match-fixing inquiries and governing-body
elections (invented sentences and articles)."""

import pytest
from extraction_helpers import (
    attributed,
    contents,
    missing_speakers,
    speaker_names,
    speakers_by_opening,
)


def _speakers(text: str) -> list[tuple[str, str | None]]:
    """(name, role) of each statement's speaker, in text order."""
    return [(s.name, s.role) if s else ("", None) for _, s, _ in attributed(text)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The whistleblower, Tamás Horváth, said money moved. The minister, Zoltán Horváth,"
            " said he was worried.",
            ["Tamás Horváth", "Zoltán Horváth"],
        ),
        (
            "Judoka Oyelaran Bako said she was innocent. Her coach, Chidubem Bako, said the test"
            " was flawed.",
            ["Oyelaran Bako", "Chidubem Bako"],
        ),
        (
            "Defender Dragan Ilić said the match was clean. Later, Goran Ilić said he had doubts.",
            ["Dragan Ilić", "Goran Ilić"],
        ),
    ],
)
def test_two_full_names_of_one_surname_and_unlisted_given_names_are_two_people(
    text: str, names: list[str]
) -> None:
    assert speaker_names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a word before the name shared, another before it: the same person may be meant
        (
            "Democrat Zed Chan said taxes rose. Later, Republican Zed Chan said taxes fell.",
            ["Democrat Zed Chan", "Democrat Zed Chan"],
        ),
        # one given name the start of the other: one spelling of it
        ("Zed Chan said taxes rose. Zedd Chan said taxes fell.", ["Zed Chan", "Zed Chan"]),
    ],
)
def test_near_misses_of_unlisted_given_names_stay_one_person(text: str, names: list[str]) -> None:
    assert speaker_names(text) == names


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Captain Lucia Ferrer said the raid worked. Ana Ferrer, a former player, said"
            " players suffer. More arrests are possible, Captain Ferrer said.",
            ("Lucia Ferrer", "Captain"),
        ),
        (
            "Inspector Rahul Mehta said the ring was large. His brother-in-law's lawyer, Dev"
            " Mehta, said the charges were weak. Inspector Mehta said more raids would follow.",
            ("Rahul Mehta", "Inspector"),
        ),
        (
            "Dr. Lucia Ferrer said the sample was clean. Ana Ferrer, a sprinter, said she"
            " trusted it. Dr. Ferrer said a second test was due.",
            ("Lucia Ferrer", None),
        ),
    ],
)
def test_a_title_before_a_shared_surname_is_the_person_named_with_it(
    text: str, speaker: tuple[str, str | None]
) -> None:
    assert _speakers(text)[-1] == speaker


def test_a_bare_shared_surname_is_still_the_last_named() -> None:
    text = (
        "Captain Lucia Ferrer said the raid worked. Ana Ferrer, a former player, said players"
        " suffer. Ferrer said more arrests are possible."
    )
    assert _speakers(text)[-1] == ("Ana Ferrer", "former player")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Fencer Ana Ruiz said the blade was legal.", ("Ana Ruiz", "Fencer")),
        ("Weightlifter Ivo Pek told reporters the sample was his.", ("Ivo Pek", "Weightlifter")),
        ("Judoka Oyelaran Bako said she was innocent.", ("Oyelaran Bako", "Judoka")),
    ],
)
def test_an_athlete_of_a_sport_before_a_name_is_a_role(
    text: str, speaker: tuple[str, str | None]
) -> None:
    assert _speakers(text) == [speaker]


def test_athletes_of_a_sport_alone_stay_a_group() -> None:
    (speaker,) = [s for _, s, _ in attributed("Gymnasts said the vault was loose.")]
    assert speaker is not None
    assert (speaker.name, speaker.kind) == ("Gymnasts", "group")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Several federation presidents contacted by this newspaper denied that they were paid.",
            "Several federation presidents contacted by this newspaper",
        ),
        (
            "Two riders approached by this reporter said they had been tested.",
            "Two riders approached by this reporter",
        ),
        (
            "Officials speaking to this newspaper said the deal was done.",
            "Officials speaking to this newspaper",
        ),
        (
            "Fans interviewed by that channel said the result was fixed.",
            "Fans interviewed by that channel",
        ),
    ],
)
def test_a_demonstrative_after_an_agent_s_preposition_keeps_the_subject_before_it(
    text: str, name: str
) -> None:
    assert speaker_names(text) == [name]


def test_a_demonstrative_source_after_according_to_stays_the_source() -> None:
    assert speaker_names("The deal, according to this newspaper, said nothing.") == [
        "this newspaper"
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The coach rejected the allegations in a statement read out by his spokeswoman,"
            " Giulia Conti, at a briefing on Friday evening.",
            "the allegations",
        ),
        ("The club denied the claims in a statement read out by its lawyer.", "the claims"),
        (
            "The rider said the test was wrong in a statement issued by her agent, Ann Lee.",
            "the test was wrong",
        ),
    ],
)
def test_a_statement_read_out_or_issued_by_someone_named_is_no_part_of_the_content(
    text: str, content: str
) -> None:
    assert contents(text) == [content]


def test_a_clause_after_the_named_agent_keeps_the_venue_in_the_content() -> None:
    text = (
        "The club said the claims were false in a statement issued by its lawyer, Ann Lee,"
        " who was late."
    )
    assert contents(text) == [text[len("The club said ") : -1]]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("The anti-doping body said the test was valid.", "The anti-doping body", None),
        (
            "The sport's governing body confirmed it had opened a case.",
            "The sport's governing body",
            None,
        ),
        ("Industry body Acme said the fee was fair.", "Acme", "Industry body"),
        ("Acme, the industry body, said the fee was fair.", "Acme", "industry body"),
    ],
)
def test_a_body_is_an_organization(text: str, name: str, role: str | None) -> None:
    (speaker,) = [s for _, s, _ in attributed(text)]
    assert speaker is not None
    assert (speaker.name, speaker.kind, speaker.role) == (name, "organization", role)


def test_a_body_that_is_a_corpse_or_a_mass_of_studies_speaks_for_no_organization() -> None:
    assert speaker_names("The body of the athlete was found, police said.") == ["police"]
    (speaker,) = [
        s for _, s, _ in attributed("A growing body of research shows that sleep matters.")
    ]
    assert speaker is not None and speaker.kind == "document"


def test_the_doping_tribunal_story() -> None:
    """An invented tribunal story: the panel's written decision, the sprinter, her lawyer,
    the agency's statement, a federation president sharing her surname, a rival, her coach,
    a chair reading the ruling out, people familiar with the case."""
    name = "integrity-doping-tribunal.txt"
    assert (
        missing_speakers(
            name,
            [
                ("The athlete bears some fault", "the panel", "group"),
                ("I have spent a year of my life", "Adaeze Okafor", "person"),
                ("Fourteen months is fourteen months", "Matthias Brandt", "person"),
                ("Athletes are responsible", "World Integrity Agency", "organization"),
                ("the agency's own scientists", "two people familiar with the case", "group"),
                ("Adaeze is one of the most tested", "Emeka Okafor", "person"),
                ("Every one of us gets", "Kerry-Ann Whitfield", "person"),
                ("This case should serve", "Helena Marsh", "person"),
                ("She is hungry", "Daniel Mensah", "person"),
            ],
        )
        == []
    )


def test_the_match_fixing_story() -> None:
    """An invented match-fixing story (straight quotes): a police captain and a players'
    representative sharing her surname, an integrity unit's chief, a player's agent, the
    gambling regulator's director, an anonymous person familiar with the inquiry."""
    name = "integrity-tennis-betting.txt"
    assert (
        missing_speakers(
            name,
            [
                ("This was not a player who had a bad day", "Lucia Ferrer", "person"),
                ("it had been working with Spanish", "The tennis integrity body", "organization"),
                ("We will not hesitate", "Graham Whitlock", "person"),
                ("My client has never fixed", "Rui Carvalho", "person"),
                (
                    "the second player had been",
                    "A person familiar with the investigation",
                    "person",
                ),
                ("the lower levels of professional sport", "Beatriz Santos", "person"),
                ("They get messages at two", "Ana Ferrer", "person"),
                ("The evidence against the coach", "a senior investigator", "person"),
                ("The investigation is continuing", "Lucia Ferrer", "person"),
            ],
        )
        == []
    )


def test_the_federation_election_story() -> None:
    """An invented governance story: a whistleblower and a minister sharing a surname, the
    president's statement read out by his spokeswoman, two challengers, the ethics chair,
    presidents contacted by the paper, an official afraid of retaliation."""
    name = "integrity-federation-election.txt"
    found = speakers_by_opening(name)
    assert ("the allegations", "Marco Bellini", "person") in found
    assert (
        missing_speakers(
            name,
            [
                ("I saw the transfers", "Tamás Horváth", "person"),
                ("his government was", "Zoltán Horváth", "person"),
                ("he would ask for a meeting", "Zoltán Horváth", "person"),
                ("I worked for this sport", "Tamás Horváth", "person"),
                ("a political document", "Giulia Conti", "person"),
                ("Swimmers, divers", "Rebecca Nguyen", "person"),
                ("he had not read the dossier", "Samuel Kiprono", "person"),
                ("We take every complaint", "Ingrid Solberg", "person"),
                (
                    "their support for Bellini",
                    "Several national federation presidents contacted by this newspaper",
                    "group",
                ),
                ("We voted for him", "Adriana Molina", "person"),
                (
                    "You are told, very politely",
                    "A senior official at one European federation",
                    "person",
                ),
            ],
        )
        == []
    )
