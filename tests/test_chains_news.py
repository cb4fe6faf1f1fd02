"""Long features that follow many people across paragraphs, as a demanding analyst reads
them: pronoun chains, people met by role before their name, kin of a family named by its
plural ("the Morans’ son"). Constructions found by trying whosaid on invented long reads (a
village against a landfill, a family print shop, a night on a hospital ward, in
tests/data/speakers/chains-*.txt), each tested here on other invented sentences."""

import pytest
from extraction_helpers import attributed, missing_speakers

# -- a pronoun in a cue set off by commas is not the subject of the content it interrupts --


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Omar Haddad drives a bus. He says the route is long. "
            "A passenger, he says, spat at him last week.",
            "Omar Haddad",
        ),
        (
            "Lena Voss runs the clinic. She says it is full. "
            "The doctor, she says, works every weekend.",
            "Lena Voss",
        ),
        (
            "Omar Haddad drives a bus. He says the route is long. "
            "His supervisor, he recalls, never rode it.",
            "Omar Haddad",
        ),
    ],
)
def test_the_pronoun_of_an_inserted_cue_is_not_the_contents_subject(text: str, speaker: str):
    last = attributed(text)[-1]
    assert last[1] is not None and last[1].name == speaker


@pytest.mark.parametrize(
    "text",
    [
        # the pronoun opens the main clause after a fronted clause: its subject may be meant
        "Omar Haddad said the bus was late. When the inspector came, he said the brakes failed.",
        # a comma before the pronoun, none after its cue: the sentence's subject says it
        "Ann Lee said the bus was late. Omar Haddad waited for hours, and he says it broke.",
        "Ann Lee said the bus was late. Omar Haddad, a driver, waited. Tired, he says it broke.",
    ],
)
def test_a_pronoun_outside_an_inserted_cue_reads_its_subjects_as_before(text: str):
    last = attributed(text)[-1]
    assert last[1] is not None and last[1].name == "Omar Haddad"


_NIGHT_STAFF = (
    "Peter Lomax has worked nights for years. Helen Quist has worked nights for years. "
    "Bea Morrow runs the ward. "
)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Clara Brand was 22 when she joined the crew, she says, and she never left.",
            "Clara Brand",
        ),
        (
            "Megan Quist, 41, has driven the night bus for a decade, she says, and loves it.",
            "Megan Quist",
        ),
        (
            "Oliver Stern took the keys from the drawer and, he says, locked the gate twice.",
            "Oliver Stern",
        ),
        (
            "Oliver Stern stared at the broken lift for an hour, he says, and then he rang.",
            "Oliver Stern",
        ),
        ("Oliver Stern was soaked by dawn, he says, and the yard was flooded.", "Oliver Stern"),
        # the cue at the sentence's end, as before
        ("Oliver Stern left the yard flooded at dawn, he says.", "Oliver Stern"),
        # a cue of no speech between commas: no inserted cue
        ("Oliver Stern was soaked by dawn, he thinks, and the yard was flooded.", "Oliver Stern"),
    ],
)
def test_a_pronoun_cued_after_its_own_clause_is_the_clauses_subject(text: str, speaker: str):
    last = attributed(_NIGHT_STAFF + text)[-1]
    assert last[1] is not None and last[1].name == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Oliver Stern, he says, left the yard flooded at dawn.",
        "The night porter, Oliver Stern, he says, left the yard flooded.",
        "A cleaner, he says, left the yard flooded at dawn.",
    ],
)
def test_a_cue_right_after_a_subject_still_sets_the_subject_aside(text: str):
    last = attributed(_NIGHT_STAFF + text)[-1]
    assert last[1] is not None and last[1].name == "Peter Lomax"


# -- "The Morans’ son, Eli," is the family's son, the subject a pronoun may stand for --


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Dana Cole runs the depot. She says trade is slow. "
            "The Okafors’ son, Tom, drives the van. He says the roads are worse.",
            "Tom",
        ),
        (
            "Dana Cole runs the depot. She says trade is slow. "
            "The Brandts' daughter, Mia, keeps the books. She says the bank called.",
            "Mia",
        ),
    ],
)
def test_a_given_name_apposed_to_a_familys_kin_is_the_subject_the_pronoun_means(
    text: str, name: str
):
    last = attributed(text)[-1]
    assert last[1] is not None and last[1].name == name


@pytest.mark.parametrize(
    "text",
    [
        # a singular possessive in "s'" without "The": no family's plural
        "Dana Cole runs the depot. She says trade is slow. "
        "Jones' daughter, Mia, keeps the books. She says the bank called.",
        # a relative told of, in the past: the subject of the story speaks on
        "Dana Cole runs the depot. She says trade is slow. "
        "The Brandts’ daughter, Mia, moved away. She says the bank called.",
    ],
)
def test_a_kin_apposition_of_no_family_or_told_of_leaves_the_speaker(text: str):
    last = attributed(text)[-1]
    assert last[1] is not None and last[1].name == "Dana Cole"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # any owner after "The", not a family's plural only
        ("The Governor’s daughter, Ana, runs the bakery. She says flour has doubled.", "Ana"),
        (
            "Dana Cole runs the depot. She says trade is slow. "
            "The Mayor's son, Daniel, drives the van. He says the roads are worse.",
            "Daniel",
        ),
    ],
)
def test_a_given_name_apposed_to_kin_of_an_owner_after_the_is_the_subject(text: str, name: str):
    last = attributed(text)[-1]
    assert last[1] is not None and last[1].name == name and last[1].named


@pytest.mark.parametrize(
    ("text", "kin"),
    [
        ("Uche Nwosu runs the bakery. The Nwosus’ son, Daniel, drives the van. ", "mother"),
        ("Uche Nwosu runs the bakery. The Nwosus' son, Daniel, drives the van. ", "father"),
        ("Lyn Evans runs the bakery. The Evanses’ son, Daniel, drives the van. ", "mother"),
        ("Lyn Roberts runs the bakery. The Roberts’ son, Daniel, drives the van. ", "mother"),
    ],
)
def test_a_familys_plural_is_no_parent_of_its_kin(text: str, kin: str):
    [(_, speaker, _)] = attributed(f"{text}His {kin} says orders have halved.")
    # no one named: neither the family's plural cut to a name ("Evanse") nor a parent
    assert speaker is not None and not speaker.named and speaker.name.endswith(kin)


# -- "Staff at a clinic in Leeds": people of a plural without "s" and their complement --


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Staff at a clinic in Leeds say they are exhausted.", "Staff at a clinic in Leeds"),
        ("The staff of a mill near Derby said wages were late.", "The staff of a mill near Derby"),
        ("Personnel at a base in Texas said the fence was cut.", "Personnel at a base in Texas"),
        (
            "Children at a school in Derby say the buses never come.",
            "Children at a school in Derby",
        ),
        ("Personnel on a base near Hull said the gate was open.", "Personnel on a base near Hull"),
        # no complement: the plural alone, many people and no name
        ("Children say the buses never come.", "Children"),
        ("Personnel said the gate was open.", "Personnel"),
    ],
)
def test_people_of_a_plural_without_s_speak_with_their_complement(text: str, name: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.name == name and not speaker.named
    assert speaker.kind == "group"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Staff at the clinic say they are exhausted.", "Staff"),
        (
            "A spokesperson for a clinic in Leeds said the wards were full.",
            "A spokesperson for a clinic in Leeds",
        ),
    ],
)
def test_a_complement_of_no_place_or_a_roles_stays_as_it_was(text: str, name: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.name == name


# -- the invented long reads: the speakers an analyst checks first --

LANDFILL = [
    ("Some days it is rotten eggs", "Iris Talbot", "person"),
    ("he would rather have spent it", "Desmond", "person"),
    ("The two men do not talk", "Wyn Pellow", "person"),  # "the older Pellow says"
    ("the job pays better", "Gareth Pellow", "person"),
    ("its own monitoring boreholes", "A spokesperson for Hexam", "person"),
    ("Or until I do", "Iris Talbot", "person"),
]
PRINTWORKS = [
    ("My father bought the first press", "Walter Kessler", "person"),
    ("If we both cared", "Leah Kessler", "person"),
    ("She wants to grow", "Daniel Kessler", "person"),
    ("Greyline admires what the family", "Hal Brenner", "person"),
    ("His mother would sell tomorrow", "Daniel Kessler", "person"),
    ("Walter knows every one of us", "Luis Ortega", "person"),
]
NIGHT_WARD = [
    ("they are holding it together", "Staff on a medical ward in Halifax", "group"),
    ("A nurse, he says, told him", "Neil Carrick", "person"),
    ("Every one of those beds", "Pieter Vos", "person"),
    ("staffing on medical wards", "Colleen Hart", "person"),
    ("Nurses are doing the work", "Janet MacIsaac", "person"),
    ("He's ours now", "The charge nurse", "person"),
    ("Don't write that I'm leaving", "Mei Lin Fraser", "person"),
]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("chains-landfill-fight.txt", LANDFILL),
        ("chains-family-printworks.txt", PRINTWORKS),
        ("chains-night-ward.txt", NIGHT_WARD),
    ],
)
def test_the_long_reads_key_speakers(name: str, expected: list[tuple[str, str, str]]):
    assert missing_speakers(name, expected) == []
