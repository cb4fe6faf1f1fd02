"""Migration, asylum and border news as a new analyst reads it: constructions found by trying
whosaid on invented stories of falling border crossings, small boats in the Channel and a
court ruling on deportations to third countries (in tests/data/speakers/), each tested here
on other invented sentences."""

from pathlib import Path

import pytest
from extraction_helpers import attributed, named, speaker_of

from tui.core.statements import find_statements


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "A 31-year-old mother from Caracas, who gave only her first name, Yelitza, said"
            " the bus never came.",
            "Yelitza",
            "mother from Caracas",
        ),
        (
            "A farmer, who gave his first name only, Tomas, said the river was too high.",
            "Tomas",
            "farmer",
        ),
        ("A nurse who gave her name as Mariam said the clinic had no beds.", "Mariam", "nurse"),
        (
            "A man who asked to be identified only by his first name, Karim, said he paid twice.",
            "Karim",
            "man",
        ),
        (
            "A teenager who asked to be identified only as Bilal said he walked for days.",
            "Bilal",
            "teenager",
        ),
        (
            "A Cuban man identified in court papers only as Ruiz said he was sent to Mexico.",
            "Ruiz",
            "Cuban man",
        ),
    ],
)
def test_a_name_given_by_a_described_person_is_the_speaker(text: str, name: str, role: str):
    assert speaker_of(text) == (name, "person", role)


@pytest.mark.parametrize(
    "text",
    [
        "A student who identified herself as Democrat said the debate was dull.",
        "A man who identified himself as Sudanese said he had waited for a week.",
        "A voter who identified himself as Libertarian said taxes were too high.",
    ],
)
def test_a_party_or_nationality_a_person_identifies_as_is_no_name(text: str):
    name, kind, role = speaker_of(text)
    assert kind == "person" and name.startswith("A ") and role is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A man who identified himself as Brian said the shop had closed.", "Brian"),
        ("A woman who identified herself as Megan said the bus was late.", "Megan"),
    ],
)
def test_a_given_name_shaped_like_a_nationality_is_still_a_name(text: str, name: str):
    assert speaker_of(text)[0] == name


@pytest.mark.parametrize(
    "text",
    [
        "One of them, who gave his name only as Omar, said the guards had left.",
        "One of the men, who said he was 20 and gave his name as Omar, said the guards had left.",
    ],
)
def test_a_name_given_by_one_of_a_group_is_the_speaker_without_a_role(text: str):
    assert named(text)[-1][1:] == ("Omar", "said")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a place and its state or country after "from" is no name
        ("A welder from Dayton, Ohio, and his son said the plant was closing.", None),
        ("Rosa Imbert, a cook from Tulsa, Oklahoma, said the plant was closing.", "Rosa Imbert"),
        # a given name after the place is the name
        ("A welder from Tulsa, Daniela, said the plant was closing.", "Daniela"),
        ("A mechanic from Quito, Washington, said the plant was closing.", None),
        ("A driver from Mosul, Iraq, said the road was closed.", None),
        ("A farmer from Bendigo, Victoria, said the creek had run dry.", None),
        ("A trucker from Banff, Alberta, said the road was closed.", None),
    ],
)
def test_a_given_name_after_a_place_of_origin_is_the_speakers_name(text: str, name: str | None):
    found = named(text)
    if name is None:
        assert all(
            speaker not in {"Iraq", "Ohio", "Washington", "Victoria", "Alberta"}
            for _, speaker, _ in found
        )
    else:
        assert found[-1][1] == name


@pytest.mark.parametrize(
    "text",
    [
        "She asked to be identified only by her first name because she feared for her family.",
        "Karim asked to be identified only as Karim because he feared the smugglers.",
        "He asked that his last name not be used because he feared reprisals at home.",
        "She asked that her name be withheld because she worried about her visa.",
        # one rule for every way of being named in part (rejections._NAMED_IN_PART)
        "He asked to be quoted only as a sergeant because he feared his commanders.",
        "A man who asked to be called only by his nickname spoke to reporters.",
    ],
)
def test_a_request_to_be_named_in_part_and_its_fear_are_no_statements(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # not a request about a name: still statements
        ("Karim said he feared the smugglers would find his family.", "said"),
        ("Lee asked to be named to the board because she feared the plan would fail.", "asked"),
        ("She asked the court to be lenient because she feared for her children.", "asked"),
    ],
)
def test_other_requests_and_fears_are_still_statements(text: str, cue: str):
    assert named(text)[0][2] == cue


def test_a_pronoun_after_a_name_given_by_a_description_finds_that_name():
    text = (
        "Sister Ana Ruiz runs the shelter. A woman from Guatemala, who gave only her first"
        " name, Marta, said she had waited for weeks. “I have nowhere to go,” she said."
    )
    assert [speaker for _, speaker, _ in named(text)] == ["Marta", "Marta"]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("A migrant from Haiti, Jean, said the camp was flooded.", "Jean", "migrant from Haiti"),
        ("The smuggler, Ilir Dervishi, said the boat was safe.", "Ilir Dervishi", "smuggler"),
        ("Her interpreter, Sami Noor, said the officer had shouted.", "Sami Noor", "interpreter"),
        ("A volunteer, Greta Holm, said the tents were soaked.", "Greta Holm", "volunteer"),
    ],
)
def test_people_of_migration_news_are_roles(text: str, name: str, role: str):
    assert speaker_of(text) == (name, "person", role)


def test_migrants_as_the_object_of_a_complement_leave_the_head_speaking():
    text = "The fiercest opponents of taking in migrants say the plan will fail."
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.name.endswith("opponents of taking in migrants")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Aid groups on the Greek islands say the camps are full.",
            "Aid groups on the Greek islands",
        ),
        ("Residents along the river say the water is rising.", "Residents along the river"),
        (
            "Aid agencies near the border warned that food was running out.",
            "Aid agencies near the border",
        ),
        (
            "Charities on both sides of the border say the camps are full.",
            "Charities on both sides of the border",
        ),
        ("Volunteers across the region say the tents are soaked.", "Volunteers across the region"),
    ],
)
def test_a_body_of_people_placed_by_a_complement_speaks_not_the_place(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "group")


def test_a_name_before_a_place_still_speaks():
    assert speaker_of("Ann Lee across the street said the shop would close.")[0] == "Ann Lee"


@pytest.mark.parametrize(
    "text",
    [
        "A spokesman for Chad's foreign ministry said the border would reopen.",
        "A spokeswoman for South Sudan's interior ministry said the border would reopen.",
        "The head of Greece's asylum service said the border would reopen.",
    ],
)
def test_a_role_for_a_countrys_ministry_is_a_person(text: str):
    name, kind, _ = speaker_of(text)
    assert kind == "person"
    assert name.lower().startswith(("a spokes", "the head"))


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # a name after "for": the role is kept as before
        ("A spokeswoman for Ann Lee said the border would reopen.", "spokeswoman for Ann Lee"),
        ("A spokesman for Acme said the border would reopen.", "spokesman for Acme"),
    ],
)
def test_a_role_for_a_name_keeps_its_role(text: str, role: str):
    assert speaker_of(text)[1:] == ("person", role)


@pytest.mark.parametrize(
    "text",
    [
        "Nine percent said they were unsure.",
        "Another 14 percent said the rule went too far.",
        "A majority said the rule was fair.",
    ],
)
def test_a_share_of_those_polled_speaks_as_a_group(text: str):
    assert speaker_of(text)[1] == "group"


def test_a_singular_role_still_makes_a_person():
    assert speaker_of("The minister said the rule was fair.")[1] == "person"


@pytest.mark.parametrize(
    ("article", "floor"),
    [
        (
            "border-crossings-drop",
            {("Daniela", "person"), ("Ahmed", "person"), ("Ray Dunstan", "person")},
        ),
        ("channel-boats", {("Yusuf", "person"), ("Priya Dalloway", "person")}),
        ("asylum-court-ruling", {("Helena Marsh", "person"), ("Linh", "person")}),
    ],
)
def test_the_invented_articles_keep_their_migrants_and_officials(
    article: str, floor: set[tuple[str, str]]
):
    text = (Path(__file__).parent / "data" / "speakers" / f"{article}.txt").read_text()
    speakers, _ = find_statements(text)
    assert floor <= {(s.name, s.kind) for s in speakers}


def test_no_statement_of_the_invented_articles_goes_to_the_wrong_migrant():
    text = (Path(__file__).parent / "data" / "speakers" / "channel-boats.txt").read_text()
    speakers, statements = find_statements(text)
    by_id = {s.id: s.name for s in speakers}
    interpreted = next(st for st in statements if "cut our tents" in text[st.span[0] : st.span[1]])
    assert by_id[interpreted.speaker or ""] == "Yusuf"
