"""Local TV and radio station web stories as a new analyst reads them: constructions found by
trying whosaid on invented stories of a brush fire, a school lockdown and a winter storm (in
tests/data/speakers/localtv-*.txt), each tested here on other invented sentences."""

import pytest
from extraction_helpers import attributed, missing_speakers


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "Two people were taken to Mercy Hospital, per the Dunmore Fire Department.",
            "Two people were taken to Mercy Hospital",
            "Dunmore Fire Department",
        ),
        (
            "The driver was not wearing a seat belt, per state police.",
            "The driver was not wearing a seat belt",
            "state police",
        ),
        (
            "Deputies found a loaded rifle in the trunk, per the affidavit.",
            "Deputies found a loaded rifle in the trunk",
            "the affidavit",
        ),
        (
            "The blaze started in a detached garage, per fire officials.",
            "The blaze started in a detached garage",
            "fire officials",
        ),
        (
            "The crash remains under investigation, per troopers.",
            "The crash remains under investigation",
            "troopers",
        ),
        (
            "Per deputies, the driver ran from the car on foot.",
            "the driver ran from the car on foot",
            "deputies",
        ),
        (
            "Per the sheriff's office, the boat capsized near the north dock.",
            "the boat capsized near the north dock",
            "the sheriff's office",
        ),
    ],
)
def test_per_names_a_source_like_according_to(text: str, content: str, source: str):
    found = attributed(text)
    assert [(c, s.name if s else None, cue.lower()) for c, s, cue in found] == [
        (content, source, "per")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Snow fell at 3 inches per hour overnight.",
        "Parking costs $2 per hour, per day or per week downtown.",
        "The rent is $900, per month.",
        "The stipend, per the Arlow plan, is $2,500 a year.",
        "Spending per capita on roads rose last year.",
    ],
)
def test_per_of_a_rate_or_an_inserted_plan_is_no_source(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Sgt. Rhea Calloway of the Marl County Sheriff's Office said the road was reopened.",
            "Rhea Calloway",
            "Sgt. of the Marl County Sheriff's Office",
        ),
        (
            "Lt. Rhea Calloway of the Tessin Police Department said the road was reopened.",
            "Rhea Calloway",
            "Lt. of the Tessin Police Department",
        ),
        (
            "Capt. Rhea Calloway of the Tessin Fire Department said the road was reopened.",
            "Rhea Calloway",
            "Capt. of the Tessin Fire Department",
        ),
        (
            "Sgt. Rhea Calloway with the Marl County Sheriff's Office said the road was reopened.",
            "Rhea Calloway",
            "Sgt. with the Marl County Sheriff's Office",
        ),
        (
            "Officer Laura Calloway with Tessin Police said the road was reopened.",
            "Laura Calloway",
            "Officer with Tessin Police",
        ),
        (
            "Sgt. Laura Calloway of Tessin Police said the road was reopened.",
            "Laura Calloway",
            "Sgt. of Tessin Police",
        ),
        (
            "Laura Calloway of the Marl County Sheriff's Office said the road was reopened.",
            "Laura Calloway",
            "Marl County Sheriff's Office",
        ),
    ],
)
def test_a_person_of_a_police_or_fire_body_is_the_speaker(text: str, name: str, role: str):
    found = attributed(text)
    assert [(s.name, s.kind, s.role) for _, s, _ in found if s] == [(name, "person", role)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Tessin Institute of Art said the gallery was closed.", "Tessin Institute of Art"),
        ("The Bank of Marl said the branch was closed.", "Bank of Marl"),
    ],
)
def test_a_body_named_with_of_stays_one_organization(text: str, name: str):
    found = attributed(text)
    assert [(s.name, s.kind) for _, s, _ in found if s] == [(name, "organization")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Harlow Fire Rescue said on Facebook that the blaze was out.", "Harlow Fire Rescue"),
        ("Keston Gas said a crew had capped the leak.", "Keston Gas"),
        ("Dunmore County EMS said two people were taken to a hospital.", "Dunmore County EMS"),
    ],
)
def test_utilities_and_emergency_services_are_organizations(text: str, name: str):
    found = attributed(text)
    assert [(s.name, s.kind) for _, s, _ in found if s] == [(name, "organization")]


def test_a_given_name_before_power_is_still_a_person():
    found = attributed("Delia Power said the vote was close.")
    assert [(s.name, s.kind) for _, s, _ in found if s] == [("Delia Power", "person")]


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        (
            "localtv-brush-fire.txt",
            [
                ("About 120 homes", "Brandt County Sheriff's Office", "organization"),
                ("deputies went door to door", "Marcus Tilley", "person"),
                ("the fire was 10% contained", "Alder Springs Fire Rescue", "organization"),
            ],
        ),
        (
            "localtv-school-lockdown.txt",
            [
                ("Police later found a replica handgun", "the report", "document"),
                ("a 16-year-old boy was detained", "Andrea Voss", "person"),
            ],
        ),
        (
            "localtv-winter-storm.txt",
            [
                ("One crash near Exit 64", "state police", "organization"),
                ("most of the crashes were slide-offs", "Keith Morrow", "person"),
            ],
        ),
    ],
)
def test_each_station_story_has_its_sources(article: str, expected: list[tuple[str, str, str]]):
    assert missing_speakers(article, expected) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Per Lindqvist said the plant would close in May.", "Per Lindqvist"),
        ("Per Aasen, the group's finance chief, said margins were thin.", "Per Aasen"),
    ],
)
def test_per_as_a_given_name_opening_the_sentence_is_no_source_cue(text: str, name: str):
    [(content, speaker, cue)] = attributed(text)
    assert (speaker.name if speaker else None, cue) == (name, "said")


@pytest.mark.parametrize(
    "text",
    [
        "Per student costs rose 5 percent last year.",
        "Per pupil grants fell for a third year.",
    ],
)
def test_per_opening_a_rate_with_no_comma_after_its_phrase_is_no_source(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Per Harbor News, the driver fled on foot.", "Harbor News"),
        ("Per the U.S. Forest Service, two fires merged.", "U.S. Forest Service"),
        ("Per court filings seen by the station, the firm owed $8,000.", "court filings"),
    ],
)
def test_per_opening_a_sentence_before_a_source_and_a_comma_names_it(text: str, source: str):
    [(_, speaker, cue)] = attributed(text)
    assert (speaker.name if speaker else None, cue) == (source, "Per")
