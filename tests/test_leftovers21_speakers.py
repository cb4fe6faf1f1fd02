"""Session 21's leftovers on speakers: each a construction class tested on invented sentences,
with near-misses that must not change, and a floor over three invented articles."""

import pytest
from extraction_helpers import ARTICLES, attributed, contents, missing_speakers

# -- "who" after a questioning verb's object and its topic: the object speaks --


@pytest.mark.parametrize(
    ("text", "name", "asked"),
    [
        (
            "Councillors asked Fire Chief Rita Obi about the blaze, who said crews arrived "
            "within minutes.",
            "Rita Obi",
            "about the blaze",
        ),
        (
            "Journalists pressed Tessa Ankrom over the delays on Friday, who said the "
            "contractor was to blame.",
            "Tessa Ankrom",
            "over the delays on Friday",
        ),
        (
            "Parents asked Principal Owen Farrow about the cost of the trip after the vote, "
            "who said the board would pay half.",
            "Owen Farrow",
            "about the cost of the trip after the vote",
        ),
        (
            "Reporters asked Health Minister Bram Ostrowski about the shortage on Tuesday "
            "afternoon, who said nurses were being hired.",
            "Bram Ostrowski",
            "about the shortage on Tuesday afternoon",
        ),
    ],
)
def test_who_after_a_questioned_object_and_its_topic_is_the_object(
    text: str, name: str, asked: str
):
    found = attributed(text)
    assert all(content == asked for content, _, cue in found if cue == "asked")
    speaker = found[-1][1]
    assert speaker is not None and (speaker.name, speaker.kind) == (name, "person")


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        ("The Owls traded a goalie to Regina on Tuesday who said he had asked to leave.", "a "),
        ("The club dealt a striker to Halden on Monday who said he was glad to go.", "a "),
    ],
)
def test_who_after_a_place_a_thing_was_traded_to_is_the_thing(text: str, opening: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.name.startswith(opening) and not speaker.named


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a person apposed to a verb's own object: as before
        ("Critics attacked Mayor Ann Vale, who said the plan was sound.", "Ann Vale"),
        # set off by a comma after the place: the place may speak, read as before
        ("The Owls traded a goalie to the Kings on Tuesday, who said they needed depth.", "Kings"),
        # a verb of no questioning: its object speaks, as before
        ("Lee sent the letter to Ann Roe, who said she never got it.", "Ann Roe"),
        ("Reporters spoke to Hal Voss on Monday afternoon, who said he would wait.", "Hal Voss"),
    ],
)
def test_who_after_other_objects_reads_as_before(text: str, name: str):
    speaker = attributed(text)[-1][1]
    assert speaker is not None and speaker.name == name


def test_what_was_asked_still_ends_at_an_aside_the_sentence_goes_on_after():
    text = "Ruiz asked the director, who had announced the audit, about the delay."
    assert contents(text)[0].endswith("about the delay")


# -- "The mother of the boy, Liam Shaw,": a name of the other gender names the complement --


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The mother of the boy, Dylan Marsh, said the bus had left him behind.",
            "The mother of the boy",
        ),
        ("The father of the girl, Emma Ruiz, said she was recovering.", "The father of the girl"),
        (
            "The grandmother of the victim, Tyler Osei, said the family wanted answers.",
            "The grandmother of the victim",
        ),
    ],
)
def test_a_kin_nouns_apposed_name_of_the_other_gender_is_its_complements(text: str, name: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and (speaker.name, speaker.named) == (name, False)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the name agrees with the kin noun: the mother's own
        ("The mother of the boy, Ann Shaw, said the bus had left him behind.", "Ann Shaw"),
        # a name of either gender: read as before
        ("The father of the boy, Tom Shaw, said the bus had left him behind.", "Tom Shaw"),
        ("The mother of the boy, Robin Shaw, said the bus had left him behind.", "Robin Shaw"),
    ],
)
def test_a_kin_nouns_apposed_name_that_may_be_its_own_reads_as_before(text: str, name: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.name == name


# -- "A and B discussed X, both saying": the joined subject of the cue before speaks --


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Mara Lind and Tomas Pek discussed the strike, both saying the talks had stalled.",
            "Mara Lind and Tomas Pek",
        ),
        (
            "The two wardens criticized the budget, each saying the jail was understaffed.",
            "The two wardens",
        ),
        (
            "The rival bakers praised the ruling on Monday, all saying it was overdue.",
            "The rival bakers",
        ),
    ],
)
def test_each_or_both_after_a_cue_clause_stands_for_its_subject(text: str, name: str):
    found = attributed(text)
    assert len(found) == 2
    assert not found[0][0].endswith("overdue") and "saying" not in found[0][0]
    speaker = found[1][1]
    assert speaker is not None and speaker.name == name


@pytest.mark.parametrize(
    "text",
    [
        # a plural object: as before, theirs
        "Police interviewed three witnesses, all saying the car was red.",
        # a subject of the clause's own: as before
        "Lee and Roe met on Monday, both saying the talks had stalled.",
    ],
)
def test_distributive_participles_read_as_before(text: str):
    speaker = attributed(text)[-1][1]
    assert speaker is not None and speaker.name in ("three witnesses", "Lee and Roe")


# -- a lede's unnamed leader of a body is the leader titled so who opens the next paragraph --


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The head of the provincial ferry agency conceded on Friday that two boats had "
            "sailed without checks.\n\nCommissioner Lena Farkas told reporters the agency "
            "would review every route.",
            "Lena Farkas",
        ),
        (
            "The chief of the regional water board admitted on Monday that the pipes were "
            "failing.\n\nDirector Maria Whitcombe said repairs would take two years.",
            "Maria Whitcombe",
        ),
    ],
)
def test_a_ledes_leader_is_the_titled_leader_opening_the_next_paragraph(text: str, name: str):
    found = attributed(text)
    assert [s.name if s else None for _, s, _ in found] == [name, name]


@pytest.mark.parametrize(
    "text",
    [
        # a title of no leader
        "The head of the provincial ferry agency conceded on Friday that two boats had "
        "sailed without checks.\n\nConst. Lena Farkas told reporters the boats were seized.",
        # the named person opens a later paragraph
        "The head of the provincial ferry agency conceded on Friday that two boats had "
        "sailed without checks.\n\nThe boats carry 900 people a day.\n\nCommissioner Lena "
        "Farkas told reporters the agency would review every route.",
    ],
)
def test_a_ledes_leader_stays_unnamed_without_the_next_paragraphs_leader(text: str):
    speaker = attributed(text)[0][1]
    assert speaker is not None and not speaker.named


# -- a bare noun ends the complements of a participle's cause: the noun before speaks --


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        ("Drivers alarmed about the cost of fuel said they would take the bus.", "Drivers"),
        ("Bakers worried about the price of flour said they would raise prices.", "Bakers"),
        ("Residents angered by the closure of mills said they would move away.", "Residents"),
    ],
)
def test_a_bare_noun_ending_the_cause_leaves_the_noun_before_the_participle(
    text: str, opening: str
):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.name.startswith(opening) and speaker.kind == "group"


def test_a_share_of_a_bare_plural_reads_as_before():
    [(_, speaker, _)] = attributed("Just 23% of consumers said now was a good time to buy.")
    assert speaker is not None and speaker.name == "23% of consumers"


# -- a time inside a relative clause before its cue: "every morning", "on Monday afternoon" --


@pytest.mark.parametrize(
    "text",
    [
        "Parents who drive their children to Larchmont Public School every morning say the "
        "crossing is dangerous.",
        "Nurses who work at Greyfield General each night say the ward is understaffed.",
        "Farmers who sell at the town market every Saturday say rents have doubled.",
    ],
)
def test_a_time_after_a_name_inside_a_relative_clause_keeps_the_subject(text: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.kind == "group"


# -- a "Survey" named by the field it maps is an agency --


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The U.S. Geological Survey said the tremor was shallow.", "U.S. Geological Survey"),
        ("The Canadian Hydrographic Survey said the channel had silted up.", None),
        ("The tremor was shallow, the British Geological Survey said.", None),
    ],
)
def test_a_survey_named_by_its_field_is_an_organization(text: str, name: str | None):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.kind == "organization"
    assert name is None or speaker.name == name


@pytest.mark.parametrize(
    "text",
    [
        "The Eastmere Survey shows that renters are worried.",
        "The Yukon Permafrost Survey said the ground was thawing.",
    ],
)
def test_a_survey_named_otherwise_is_a_document(text: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.kind == "document"


# -- "Gov. A and Seattle Mayor B": a place before the second title, both speak --


@pytest.mark.parametrize(
    "text",
    [
        "Gov. Ellen Marsh and Seattle Mayor Victor Ruiz said the alert had worked.",
        "Sen. Ida Kolb and Tacoma Mayor Ray Ostrander said the bridge was safe.",
        "Premier Nadia Holm and New Westfield Mayor Ari Lutz said the deal was done.",
    ],
)
def test_two_titled_names_the_second_after_a_place_are_one_group(text: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.kind == "group" and " and " in speaker.name


@pytest.mark.parametrize(
    "text",
    [
        "Fisheries and Oceans Minister Ann Lee said the stocks were low.",
        "Health and Wellness Minister Ann Lee said the plan was sound.",
    ],
)
def test_a_portfolio_joined_by_and_is_no_second_person(text: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and (speaker.name, speaker.kind) == ("Ann Lee", "person")


# -- a noun negated by "no" before a cue is no speaker: nothing was said --


@pytest.mark.parametrize(
    "text",
    [
        "Small quake rattles coast, no damage reported\n\nA small quake shook the coast.",
        "Barn fire in Millbrook, no injuries reported\n\nA barn burned on Sunday.",
        "No official said the plant was safe.",
    ],
)
def test_a_negated_noun_before_a_cue_says_nothing(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("No injuries were reported, police said.", "police"),
        ("The company said no damage was done.", "The company"),
        ("Lee no longer says the plant is safe.", "Lee"),
    ],
)
def test_no_elsewhere_reads_as_before(text: str, name: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.name == name


# -- "Markets said": a plural head of bodies' names alone is the common noun --


@pytest.mark.parametrize(
    "text",
    [
        "Markets said the rate cut came too late.",
        "Prices rose in May. Markets signalled that a cut was coming.",
    ],
)
def test_markets_alone_are_no_name(text: str):
    speaker = attributed(text)[-1][1]
    assert speaker is not None and (speaker.kind, speaker.named) == ("group", False)


@pytest.mark.parametrize(
    ("text", "kind", "named"),
    [
        ("Lakeview Markets said its prices would rise.", "organization", True),
        ("Supermarkets said prices would rise.", "organization", False),
    ],
)
def test_named_markets_and_bodies_plurals_read_as_before(text: str, kind: str, named: bool):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and (speaker.kind, speaker.named) == (kind, named)


# -- "Shares of Acme Co.": the company is the body mentioned, not its shares --


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Shares of Orrin Steel Ltd. fell 4 per cent on Monday.\n\nThe company said "
            "orders had dried up.",
            "Orrin Steel Ltd",
        ),
        (
            "Stock of Halvard Power Co. was unchanged by noon. The utility said both dams "
            "were safe.",
            "Halvard Power Co",
        ),
    ],
)
def test_shares_of_a_company_mention_the_company(text: str, name: str):
    speaker = attributed(text)[-1][1]
    assert speaker is not None and (speaker.name, speaker.kind) == (name, "organization")


def test_a_bank_of_a_place_keeps_its_name():
    text = "Bank of Erewhon raised its rate. The bank said inflation was sticky."
    speaker = attributed(text)[-1][1]
    assert speaker is not None and speaker.name == "Bank of Erewhon"


# -- the floor over the three invented articles --


def test_rail_inspections_floor():
    name = "leftovers21s-rail-inspections.txt"
    assert (
        missing_speakers(
            name,
            [
                ("inspections of a northern freight line", "Paula Kersey", "person"),
                ("the agency would hire 40", "Paula Kersey", "person"),
                ("the senator would table", "Dana Ortega’s spokesman", "person"),
                ("he would wait for the agency", "Hal Voss", "person"),
                ("the money would come", "Hal Voss", "person"),
                ("it had carried out its own checks", "Borealis Freight Corp.", "organization"),
                ("the town had written", "Ruth Okafor", "person"),
                ("the stock had already fallen", "Larissa Dunn", "person"),
            ],
        )
        == []
    )
    found = contents((ARTICLES / name).read_text(encoding="utf-8"))
    assert not any(c.startswith("safety checks lapsed") for c in found)
    assert not any("who said" in c for c in found)


def test_school_crossing_floor():
    name = "leftovers21s-school-crossing.txt"
    assert (
        missing_speakers(
            name,
            [
                (
                    "the crossing on Route 9",
                    "Parents who drive their children to Maple Ridge Public School",
                    "group",
                ),
                ("the school board had been warned", "The mother of the boy", "person"),
                ("I have been asking for a guard", "The mother of the boy", "person"),
                (
                    "they had started cutting",
                    "Drivers alarmed about the rising cost of fuel",
                    "group",
                ),
                ("officers had handed out", "Anil Mehta", "person"),
                ("the board had spent more", "Miriam Falk", "person"),
            ],
        )
        == []
    )
    found = contents((ARTICLES / name).read_text(encoding="utf-8"))
    assert not any("who said" in c for c in found)


def test_quake_trade_floor():
    name = "leftovers21s-quake-trade.txt"
    assert (
        missing_speakers(
            name,
            [
                ("the quake struck at 4:12", "U.S. Geological Survey", "organization"),
                (
                    "the state's early-warning system",
                    "Gov. Ellen Marsh and Victor Ruiz",  # the second title out of the group's name
                    "group",
                ),
                ("he was sorry to leave", "a reliever", "person"),
                (
                    "they would avoid it",
                    "Drivers worried about the state of the old viaduct",
                    "group",
                ),
                ("crews had inspected 14 bridges", "Raymond Oduya", "person"),
                ("its engineers had checked both dams", "Cascadia Power Co", "organization"),
            ],
        )
        == []
    )
    found = contents((ARTICLES / name).read_text(encoding="utf-8"))
    assert not any(c.startswith("Small quake rattles") for c in found)
