"""Wildfire, flood and evacuation news as a new analyst reads it: constructions found by
trying whosaid on invented day-by-day coverage of an interface fire in B.C., a live blog of
Fraser Valley floods and an AP story of a foothills fire (in tests/data/speakers/), each
tested here on other invented sentences."""

import pytest
from extraction_helpers import (
    ARTICLES,
    attributed,
    missing_speakers,
    run,
    speakers_by_opening,
    story_statements,
)


@pytest.mark.parametrize(
    "text",
    [
        "Fire forces hundreds out\n\nEvacuees told not to return until Friday\n\nThe fire grew.",
        "Campers warned not to light fires as drought deepens",
        "Drivers urged never to cross flooded roads",
        "Hikers warned not to approach bears near Elk Pass",
    ],
)
def test_a_headlines_passive_before_a_negated_infinitive_has_no_speaker(text: str) -> None:
    # as "Residents told to boil water": the subject was told, it did not tell
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        ("Officials told residents not to return.", "not to return", "Officials"),
        (
            "Evacuees told reporters not to believe the rumours.",
            "not to believe the rumours",
            "Evacuees",
        ),
    ],
)
def test_telling_someone_not_to_is_still_the_subjects(text: str, content: str, name: str) -> None:
    [(found, speaker, _)] = attributed(text)
    assert (found, speaker.name if speaker else None) == (content, name)


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "The fire was 5% contained, according to the California Department of Forestry"
            " and Fire Protection, or Cal Fire.",
            "The fire was 5% contained",
            "California Department of Forestry and Fire Protection",
        ),
        (
            "The dam held, according to the U.S. Army Corps of Engineers, or the Corps.",
            "The dam held",
            "U.S. Army Corps of Engineers",
        ),
        (
            "According to the Federal Emergency Management Agency, or FEMA, the town will get aid.",
            "the town will get aid",
            "Federal Emergency Management Agency",
        ),
        (
            "The town will get aid, according to the Federal Emergency Management Agency, or"
            " FEMA, which sent staff.",
            "The town will get aid",
            "Federal Emergency Management Agency",
        ),
    ],
)
def test_the_short_name_after_a_source_is_no_content(text: str, content: str, name: str) -> None:
    [(found, speaker, _)] = attributed(text)
    assert (found, speaker.name if speaker else None) == (content, name)


@pytest.mark.parametrize(
    "text",
    [
        "The fire grew, according to Cal Fire, or so it seemed.",
        "The fire grew, according to Cal Fire, or the Forest Service said.",
    ],
)
def test_an_or_clause_after_a_source_is_no_short_name(text: str) -> None:
    [(found, _, _)] = attributed(text)
    assert found.endswith(("so it seemed", "the Forest Service said"))


@pytest.mark.parametrize(
    ("furniture", "crosshead"),
    [
        ("(Photo: Tomás Reyes/CBC)", "'You could see the glow'"),
        ("(Photo: Tomás Reyes/CBC)", "‘We had ten minutes’"),
        (
            "A helicopter drops water near Kessler Lake on Tuesday. (Tomás Reyes/CBC)",
            "“Nobody knocked on my door”",
        ),
        ("WATCH | Drone footage shows the fire's path:", "'You could see the glow'"),
        ("ADVERTISEMENT", "‘We had ten minutes’"),
    ],
)
def test_a_quoted_crosshead_after_furniture_in_the_prose_is_no_statement(
    furniture: str, crosshead: str
) -> None:
    text = (
        "Fire grows\n\nThe regional district said in an update Tuesday night that 900"
        f" properties were on alert.\n\n{furniture}\n\n{crosshead}\n\n"
        "Dale Ortiz, 58, said the sky had turned orange.\n"
    )
    assert [c for c, _, _ in attributed(text)] == [
        "900 properties were on alert",
        "the sky had turned orange",
    ]


@pytest.mark.parametrize("furniture", ["(Photo: Tomás Reyes/CBC)", "ADVERTISEMENT"])
def test_a_quoted_sentence_after_furniture_is_still_the_speakers(furniture: str) -> None:
    text = (
        f"Fire grows\n\nMayor Ann Lee said the dam held.\n\n{furniture}\n\n"
        "“We will rebuild this town.”\n\nThe river fell overnight.\n"
    )
    found = attributed(text)
    assert [(c, s.name if s else None) for c, s, _ in found] == [
        ("the dam held", "Ann Lee"),
        ("We will rebuild this town", "Ann Lee"),
    ]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "The regional district's operations director, Grant Olufemi, rejected that,"
            " saying crews had gone door to door.",
            "regional district's operations director",
        ),
        (
            "The provincial government's top doctor, Ann Moreau, disputed the figure,"
            " saying cases had peaked.",
            "provincial government's top doctor",
        ),
        (
            "The county's chief fire marshal, Pedro Salas, said the cause was arson.",
            "county's chief fire marshal",
        ),
    ],
)
def test_a_role_after_a_modified_owner_before_a_name_is_the_speakers(text: str, role: str) -> None:
    # "The regional district's ... director, NAME,": a word may modify the possessor
    assert {s.role for _, s, _ in attributed(text) if s is not None} == {role}


@pytest.mark.parametrize(
    "text",
    [
        "Near the town's water plant, Grant Olufemi rejected that, saying crews had gone door"
        " to door.",
        "After the district's long night, Ann Moreau said cases had peaked.",
    ],
)
def test_a_possessive_phrase_before_a_subject_is_no_role(text: str) -> None:
    assert {s.role for _, s, _ in attributed(text) if s is not None} == {None}


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Sheriff Beatriz Salcedo said deputies were out.\n\nLinh Nguyen, 44, said she drove"
            " her mother out.\n\nHer brother, Bao Nguyen, stayed behind to hose down the roof."
            " He said the house had survived.",
            "brother of Linh Nguyen",
        ),
        (
            "Sheriff Beatriz Salcedo said deputies were out.\n\nKim Tran said the road was"
            " closed.\n\nHer son, Bao Tran, stayed behind. He said the house had survived.",
            "son of Kim Tran",
        ),
        (
            "Fire Chief Tom Ruiz said the pass was shut.\n\nAsh Okafor, 61, lost the barn.\n\n"
            "His wife, Ngozi Okafor, stayed with the horses. She said the barn was gone.",
            "wife of Ash Okafor",
        ),
    ],
)
def test_a_relative_sharing_a_surname_is_the_named_persons(text: str, role: str) -> None:
    # the possessive's owner is the one named before with the relative's surname, not the
    # last person a given name tells the gender of
    assert attributed(text)[-1][1].role == role  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Sheriff Beatriz Salcedo said deputies were out.\n\nKim Tran said the road was"
            " closed.\n\nHer brother, Bao Lam, stayed behind. He said the house had survived.",
            "brother of Beatriz Salcedo",
        ),
        (
            "Sheriff Beatriz Salcedo said deputies were out.\n\nTom Tran said the road was"
            " closed.\n\nHer brother, Bao Tran, stayed behind. He said the house had survived.",
            "brother of Beatriz Salcedo",
        ),
        (
            "Ada Lamb runs the bakery.\n\nHer daughter, Nkem Lamb, says the ovens are old.\n\n"
            "Her husband, Tom Lamb, says the loan fell through.",
            "husband of Ada Lamb",
        ),
    ],
)
def test_a_relative_of_another_surname_or_gender_keeps_the_last_of_the_gender(
    text: str, role: str
) -> None:
    # another surname, a man's given name for "her", or a relative named so before
    assert attributed(text)[-1][1].role == role  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "Forecasters said temperatures could reach 40 C. Officials said the pools would open.",
            "temperatures could reach 40 C",
        ),
        (
            "Forecasters said highs could hit 104 F. Residents said they were ready.",
            "highs could hit 104 F",
        ),
        (
            "Hydrologists said the river would rise 2 m. Residents said they were ready.",
            "the river would rise 2 m",
        ),
    ],
)
def test_a_units_letter_after_its_number_ends_the_sentence(text: str, first: str) -> None:
    # no initial: the period after "40 C" closes the sentence, and the next one is its own
    assert [c for c, _, _ in attributed(text)][0] == first
    assert len(attributed(text)) == 2


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Lee said the plan was signed by John F. Kennedy in 1962.",
            "the plan was signed by John F. Kennedy in 1962",
        ),
        ("He said he met Malcolm X. Smith later.", "he met Malcolm X. Smith later"),
    ],
)
def test_an_initial_or_a_letter_of_no_unit_still_goes_on(text: str, content: str) -> None:
    assert [c for c, _, _ in attributed(text)] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "The fire grew. Crews said they had held the line.",
        "It hit 40 C. Crews told reporters the line held.",
        "Crews said the fire was 30 per cent contained.",
    ],
)
def test_crews_opening_a_sentence_are_a_group(text: str) -> None:
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and (speaker.name, speaker.kind, speaker.named) == (
        "Crews",
        "group",
        False,
    )


def test_a_person_named_crews_stays_a_person() -> None:
    [(_, speaker, _)] = attributed("Wendell Crews, a fire captain, said the line held.")
    assert speaker is not None and (speaker.name, speaker.kind) == ("Wendell Crews", "person")


@pytest.mark.parametrize(
    "text",
    [
        "DriveBC said there was no estimated time of reopening.",
        "WorkSafeBC said the site was closed.",
        "According to FortisBC, power was restored overnight.",
    ],
)
def test_a_name_glued_to_a_provinces_initials_is_an_organization(text: str) -> None:
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.kind == "organization"


@pytest.mark.parametrize(
    "text",
    ["McDonald said the highway was closed.", "DeSantis said the highway was closed."],
)
def test_a_surname_with_a_capital_inside_is_no_organization(text: str) -> None:
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.kind != "organization"


def test_the_interface_fire_story_keeps_its_speakers() -> None:
    name = "wildfire-okanagan-interface.txt"
    assert (
        missing_speakers(
            name,
            [
                ("The Gantry Ridge fire grew", "BC Wildfire Service", "organization"),
                ("We saw the fire make a run", "Lena Marsh", "person"),
                ("the fire was likely caused", "Lena Marsh", "person"),
                ("You could see the glow over", "Dale Ortiz", "person"),
                ("the order came too late", "Aiyana Whitehorse", "person"),
                ("RCMP officers and search", "Grant Olufemi", "person"),
                ("a cold front would bring", "Environment Canada", "organization"),
                ("The next 48 hours", "Maribel Oyelaran", "person"),
                ("the fire will reach the valley", "Cliff Derrick", "person"),
                ("Embers don't respect", "Lena Marsh", "person"),
            ],
        )
        == []
    )
    found = speakers_by_opening(name)
    # the quoted crosshead after the picture's credit is no one's statement
    assert not any(c == "You could see the glow" for c, _, _ in found)
    text = (ARTICLES / name).read_text(encoding="utf-8")
    speakers, _ = run(text)
    roles = {s.name: s.role for s in speakers.values()}
    assert roles["Grant Olufemi"] == "regional district's emergency operations centre director"
    assert roles["Aiyana Whitehorse"] == "neighbour of Dale Ortiz"


def test_the_flood_live_blog_keeps_its_speakers() -> None:
    name = "wildfire-live-blog.txt"
    assert (
        missing_speakers(
            name,
            [
                ("If you are in the order area", "Ross Kilbride", "person"),
                ("another 40 to 60 millimetres", "Environment Canada", "organization"),
                ("Every millimetre now runs", "Sunita Rao", "person"),
                ("The water came up", "Jaswinder Gill", "person"),
                ("the family had moved", "Harpreet Gill", "person"),
                ("I just want to know", "Megan", "person"),
                ("We are throwing everything", "Theo Kaczmarek", "person"),
                ("It's an unusual year", "Connor Nakamura", "person"),
                ("This is the worst flooding", "Elena Marchetti", "person"),
                ("We know this land", "Darlene Silver", "person"),
                ("water flowing north", "River Forecast Centre", "organization"),
                ("We are seeing water move", "Ramon Acevedo", "person"),
            ],
        )
        == []
    )
    # the headline's evacuees were told not to return: they said nothing
    assert not any(n == "Fraser Valley evacuees" for _, n, _ in speakers_by_opening(name))


def test_the_foothills_fire_story_keeps_its_speakers() -> None:
    name = "wildfire-sierra-foothills.txt"
    found = speakers_by_opening(name)
    assert (
        missing_speakers(
            name,
            [
                ("This fire is moving faster", "Isaac Moreno", "person"),
                ("gusts of 45 mph", "National Weather Service", "organization"),
                ("If you get an order", "Beatriz Salcedo", "person"),
                ("My kids were screaming", "Linh Nguyen", "person"),
                ("I could see the neighbor", "Bao Nguyen", "person"),
                ("You think you’re ready", "Kwame Asante", "person"),
                ("California will be there", "Ellen Whitcombe", "person"),
                ("more shutoffs were possible", "Pacific Gas & Electric", "organization"),
                ("It’s a one-two punch", "Dana Whitfield", "person"),
                ("We’re asking people", "Teresa Abara", "person"),
            ],
        )
        == []
    )
    # the source's short name after "according to" is no part of what it said
    assert (
        "The Pinecrest fire had burned more than 18 square miles (47 square kilometers) by"
        " Monday evening and was 5% contained" in [c for c, _, _ in found]
    )
    text = (ARTICLES / name).read_text(encoding="utf-8")
    speakers, _ = run(text)
    assert {s.name: s.role for s in speakers.values()}["Bao Nguyen"] == "brother of Linh Nguyen"


@pytest.mark.parametrize(
    ("body", "content"),
    [
        (
            "Update 4:15 p.m. PT: The fire has grown to 1,200 hectares, the BC Wildfire"
            " Service says.",
            "The fire has grown to 1,200 hectares",
        ),
        (
            "4:15 p.m. PT: The fire has grown to 1,200 hectares, the BC Wildfire Service says.",
            "The fire has grown to 1,200 hectares",
        ),
        ("9:40 a.m.: Officials say the river crested overnight.", "the river crested overnight"),
    ],
)
def test_a_live_blogs_entry_time_before_a_colon_is_no_content(body: str, content: str) -> None:
    assert [c for c, *_ in story_statements(body, "Fire grows")] == [content]


def test_an_hour_inside_the_sentence_stays_its_setting() -> None:
    found = story_statements("At 4:15 p.m. the service said the fire had grown.", "Fire grows")
    assert [c for c, *_ in found] == ["the fire had grown"]
