"""Regional news as a new analyst reads it: constructions found by trying whosaid on an
invented public-broadcaster story of nurses in a northern province
(tests/data/speakers/northern-nurses.txt), each tested here on other invented sentences."""

import pytest
from extraction_helpers import attributed, named, speaker_of


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Nurses in northern Ontario say the shortage has never ended.",
            "Nurses in northern Ontario",
        ),
        ("Residents of rural Manitoba say the roads are worse.", "Residents of rural Manitoba"),
        (
            "Doctors in far northern Ontario say clinics are closing.",
            "Doctors in far northern Ontario",
        ),
    ],
)
def test_people_in_a_part_of_a_region_are_the_speaker_not_the_region(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "group")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Officials in Valmora, which declared an emergency on Monday, said prices doubled.",
            "Officials in Valmora",
        ),
        (
            "Growers in Valmora, where the drought hit hardest, said prices doubled.",
            "Growers in Valmora",
        ),
        (
            "Growers in central Valmora, where the drought hit hardest, said prices doubled.",
            "Growers in central Valmora",
        ),
        (
            "Residents of Tula, which has 4,000 people, said the water was brown.",
            "Residents of Tula",
        ),
        (
            "The head of the agency, which was created in 2019, said the audit was late.",
            "The head of the agency",
        ),
        (
            "Officials in central Valmora, which declared an emergency, said the dam held.",
            "Officials in central Valmora",
        ),
        # the agent of a participle is the last noun of its subject too
        (
            "Economists polled by Reuters, which ran the survey, said rates would rise.",
            "Economists polled by Reuters",
        ),
    ],
)
def test_a_relative_clause_on_a_complements_noun_leaves_the_subject_whole(text: str, name: str):
    assert named(text)[-1][1:] == (name, "said")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Jo Reyes, a trader at Brill Bank, which owns the shares, said the deal was fair.",
            "Jo Reyes",
        ),
        ("Acme, which makes ovens, said sales fell.", "Acme"),
    ],
)
def test_a_relative_clause_on_the_subject_itself_is_unchanged(text: str, name: str):
    assert named(text)[-1][1] == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "According to the Ontario Nurses' Association, one in four shifts went unfilled.",
            "Ontario Nurses' Association",
        ),
        (
            "According to the Elementary Teachers’ Federation, the plan was rushed.",
            "Elementary Teachers’ Federation",
        ),
        ("The plan was rushed, said the Teachers' Federation.", "Teachers' Federation"),
    ],
)
def test_a_plural_possessive_inside_a_bodys_name_after_a_cue_keeps_the_name_whole(
    text: str, name: str
):
    [(content, speaker, _)] = attributed(text)
    assert speaker is not None
    assert (speaker.name, speaker.kind) == (name, "organization")
    assert not content.startswith(("'", "’"))


def test_a_closing_single_quotation_mark_after_a_plural_is_no_possessive():
    text = "'We stayed with the Smiths', said Lee. 'They were kind.'"
    assert named(text)[0][1] == "Lee"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ann Lee spoke first. Everyone agreed the debate was long. She said it was short.",
            "Ann Lee",
        ),
        (
            "Omar Haddad left early. No one expected a vote. He said it would come in May.",
            "Omar Haddad",
        ),
        ("Nobody answered the phone. He said it was late.", None),
    ],
)
def test_a_pronoun_never_stands_for_nobody_or_everybody(text: str, name: str | None):
    last = attributed(text)[-1][1]
    assert last is not None
    assert (last.name if last.named else None) == name


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Const. Amrit Gill told reporters the road would stay closed.", "Const."),
        ("Coun. Rita Hamm said the vote was rushed.", "Coun."),
        ("Cllr Jo Bright said the library would close.", "Cllr"),
        ("Ald. Ben Kerr said the library would close.", "Ald."),
    ],
)
def test_police_and_council_titles_of_commonwealth_news_are_roles(text: str, role: str):
    assert speaker_of(text)[1:] == ("person", role)


@pytest.mark.parametrize(
    ("text", "name", "alias"),
    [
        (
            "Const. Amrit Gill said the road was closed. The constable said it was icy.",
            "Amrit Gill",
            "The constable",
        ),
        (
            "Coun. Rita Hamm said the vote was rushed. The councillor said nobody read it.",
            "Rita Hamm",
            "The councillor",
        ),
    ],
)
def test_the_role_noun_of_such_a_title_finds_its_holder(text: str, name: str, alias: str):
    speakers = {s.name: s for _, s, _ in attributed(text) if s is not None}
    assert list(speakers) == [name]
    assert alias in speakers[name].aliases


@pytest.mark.parametrize(
    "text",
    [
        "The province says the funding would arrive in March.",
        "The territory said the funding would arrive in March.",
        "The municipality said the road would reopen.",
        "The Crown argued the sentence was too lenient.",
    ],
)
def test_governments_below_the_nation_and_the_crown_are_organizations(text: str):
    assert speaker_of(text)[1] == "organization"


@pytest.mark.parametrize(
    "text",
    [
        "Lee told CNN anchor Ann Ruiz that the rules were unclear.",
        "Lee told reporter Ann Ruiz that the rules were unclear.",
        "Lee told Metro Morning host Ismaila Alfa the rules were unclear.",
        "Lee told the Metro Morning host that the rules were unclear.",
        "Lee told the host the rules were unclear.",
    ],
)
def test_an_interviewer_told_is_the_listener_not_the_content(text: str):
    assert named(text) == [("the rules were unclear", "Lee", "told")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Lee told the anchor Republicans would lose.", "Republicans would lose"),
        ("Lee told the reporter Ruiz had lied to the council.", "Ruiz had lied to the council"),
    ],
)
def test_a_name_after_a_determined_interviewer_is_the_contents_subject(text: str, content: str):
    assert named(text) == [(content, "Lee", "told")]


def test_a_time_zone_ends_its_sentence():
    text = "The meeting starts at 7 p.m. CST. Mayor Ruiz said the agenda was full."
    assert speaker_of(text) == ("Ruiz", "person", "Mayor")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A passenger on the ferry said the crossing was rough.", "A passenger on the ferry"),
        ("A driver outside the depot said the strike would last.", "A driver outside the depot"),
        ("Farmers near the border said the shelling was constant.", "Farmers near the border"),
        (
            "One grower in the back of the hall said the levy was unfair.",
            "One grower in the back of the hall",
        ),
        ("A vendor at the market said prices had doubled.", "A vendor at the market"),
        (
            "Residents of two towns near the border say the road is closed.",
            "Residents of two towns near the border",
        ),
    ],
)
def test_a_person_at_a_place_is_the_speaker_not_the_place(text: str, name: str):
    assert speaker_of(text)[0] == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("In the morning the mayor said the road was open.", "the mayor"),
        ("He sold fish at the market, the vendor said.", "the vendor"),
        ("Analysts at the bank said rates would rise.", "Analysts at the bank"),
    ],
)
def test_a_speaker_after_a_place_or_heading_a_body_is_unchanged(text: str, name: str):
    assert speaker_of(text)[0] == name


def test_the_object_of_a_relative_clause_before_a_place_is_no_subject():
    text = "Lee, who met growers in Valmora, where the drought hit hardest, said aid was coming."
    assert named(text)[-1][1] != "growers in Valmora"
    assert not named(text)[-1][1].startswith("met")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A farmer in Reno said the wells were dry.", "A farmer in Reno"),
        ("One shopkeeper in Kyiv said prices had doubled.", "One shopkeeper in Kyiv"),
        (
            "A farmer in Reno, who asked not to be named, said the wells were dry.",
            "A farmer in Reno",
        ),
    ],
)
def test_someone_described_by_a_named_place_is_the_speaker_not_the_place(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "person")


def test_a_partitive_of_a_named_body_is_unchanged():
    text = "A number of members of Congress said the bill was dead."
    assert named(text)[0][1] != "A number of members of Congress"


def test_a_sign_that_says_is_a_document():
    assert speaker_of("A sign on the door said the shop was closed.")[:2] == (
        "A sign on the door",
        "document",
    )
