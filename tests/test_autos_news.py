"""Auto-industry news as a new analyst reads it: constructions found by trying whosaid on
invented stories of a battery plant announced with subsidies, a recall of sport utility
vehicles over a steering defect and a strike vote at an assembly plant (in
tests/data/speakers/autos-*.txt), each tested here on other invented sentences."""

import pytest
from extraction_helpers import ARTICLES, attributed, missing_speakers, named, speaker_of


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
    ("text", "content"),
    [
        ("He felt uneasy about the vote.", "uneasy about the vote"),
        ("She felt good about the offer.", "good about the offer"),
        ("Dealers feel nervous about the new rules.", "nervous about the new rules"),
        ("The drivers felt sour toward the union.", "sour toward the union"),
    ],
)
def test_a_quality_felt_about_something_is_a_stance(text: str, content: str):
    [(found, _, cue)] = attributed(text)
    assert found == content
    assert cue in {"felt", "feel"}


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


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Another owner, Sofia Marchetti of Windsor, Ontario, said she heard of it late.",
            "owner",
        ),
        ("A second owner, Raj Patel of Dayton, Ohio, said the dealer was helpful.", "second owner"),
        ("One driver, Lena Ortiz of Moncton, N.B., said the recall came late.", "driver"),
    ],
)
def test_a_town_and_its_state_after_a_person_described_indefinitely_is_where_they_live(
    text: str, role: str
):
    assert speaker_of(text)[2] == role


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("The mayor, Tom Hale of Reno, Nev., said the road was closed.", "mayor of Reno"),
        ("A resident, Paul Dunn of Hull, said the road was closed.", "resident of Hull"),
        ("Another owner, Ana Roy of Ford Canada, said she heard of it.", "owner of Ford Canada"),
    ],
)
def test_an_office_or_a_place_with_no_state_still_completes_the_role(text: str, role: str):
    assert speaker_of(text)[2] == role


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        (
            "autos-battery-plant.txt",
            [
                ("Halvorsen Motors will build", "Danielle Okafor", "person"),
                ("This is the day people in this valley", "Danielle Okafor", "person"),
                ("Not one dollar goes out the door", "Rajesh Varma", "person"),
                ("Batteries are the engine of the next car", "Ingrid Lund", "person"),
                ("construction would begin in the spring", "Marcus Lund", "person"),
                ("We are glad the plant is coming", "Teresa Delgado", "person"),
                ("the deal “a very expensive photo opportunity”", "Tomasz Wierzbicki", "person"),
                ("Nobody builds a battery plant", "Priya Raman", "person"),
                ("the province moved too quickly", "Aileen Ferron", "person"),
            ],
        ),
        (
            "autos-steering-recall.txt",
            [
                (
                    "the affected vehicles were built",
                    "National Highway Traffic Safety Administration",
                    "organization",
                ),
                ("The safety of our customers", "Kestrel", "organization"),
                ("If the part isn't ready", "Joan Whitcombe", "person"),
                ("If a customer hears a clunk", "Hannah Osei", "person"),
                ("Then in October", "Darnell Price", "person"),
                ("the family had been paying", "Lorraine Price", "person"),
                ("I bought it because", "Sofia Marchetti", "person"),
                ("Kestrel spent five months", "Benjamin Adeyemi", "person"),
                ("The dollars are small", "Wei Zhang", "person"),
            ],
        ),
        (
            "autos-assembly-strike.txt",
            [
                ("Our members have spoken", "Kwame Mensah", "person"),
                ("it was disappointed by the result", "Brennan Motors", "organization"),
                ("every week of this strike", "Louise Fortier", "person"),
                ("I've been here 22 years", "Dale Kowalczyk", "person"),
                ("People think autoworkers are rich", "Amira Haddad", "person"),
                ("A bird in the hand", "Greg Kowalczyk", "person"),
                ("The first two weeks", "Harjit Sandhu", "person"),
                ("Workers are not going to accept", "Lana Sokolova", "person"),
                ("Nobody wins a long strike", "Colin Abernathy", "person"),
                ("This plant is the heart of Oakridge", "Rosa Lindqvist", "person"),
            ],
        ),
    ],
)
def test_the_invented_auto_articles_keep_their_speakers(
    article: str, expected: list[tuple[str, str, str]]
):
    assert missing_speakers(article, expected) == []


@pytest.mark.parametrize(
    ("article", "not_said"),
    [
        ("autos-battery-plant.txt", "ST. CLÉMENT"),
        ("autos-steering-recall.txt", "212,000 SUVs"),
        ("autos-steering-recall.txt", "loose before"),
        ("autos-steering-recall.txt", "Kestrel customer care"),
    ],
)
def test_the_invented_auto_articles_say_nothing_more(article: str, not_said: str):
    text = (ARTICLES / article).read_text(encoding="utf-8")
    assert not any(content.startswith(not_said) for content, _, _ in attributed(text))


def test_the_recall_articles_owners_have_their_roles():
    text = (ARTICLES / "autos-steering-recall.txt").read_text(encoding="utf-8")
    roles = {s.name: s.role for _, s, _ in attributed(text) if s is not None}
    assert roles["Sofia Marchetti"] == "owner"
    assert roles["Hannah Osei"] == "Kestrel spokeswoman"
    assert roles["Joan Whitcombe"] == "executive director of the Center for Auto Safety Action"
