"""Session 20's leftovers on speakers: each a construction class tested on invented sentences,
with near-misses that must not change, and a floor over three invented articles."""

import pytest
from extraction_helpers import ARTICLES, attributed, contents, missing_speakers

# -- "It" for a body whose name opens the sentence before, spoken or not --


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Brenmoor Foods Corp. is closing its bakery in Alder Bay. It says demand has fallen.",
            "Brenmoor Foods Corp",
        ),
        (
            "Talvik Mining Inc. will shut its mine in Crane Lake next year.\n\n"
            "It said the ore had run out.",
            "Talvik Mining Inc",
        ),
        (
            "Mara Quist said the town would suffer. Orrin Steel Ltd. is laying off 90 workers. "
            "It said orders had dried up.",
            "Orrin Steel Ltd",
        ),
        (
            "Parks Canada closed the trail on Friday. It said a rockslide had blocked it.",
            "Parks Canada",
        ),
    ],
)
def test_it_stands_for_the_body_opening_the_sentence_before(text: str, name: str):
    speaker = attributed(text)[-1][1]
    assert speaker is not None and (speaker.name, speaker.kind) == (name, "organization")


@pytest.mark.parametrize(
    "text",
    [
        # a person opens the sentence before: no body
        "Mara Quist met Orrin Hale in Crane Lake on Monday. It said the ore had run out.",
        # a town is no body
        "Alder Bay is a quiet town of 4,000. It says it wants more visitors.",
        # the body opened an older sentence, another sentence stands between
        "Orrin Steel Ltd. is laying off 90 workers. It is the second cut this year. "
        "It said orders had dried up.",
    ],
)
def test_it_stays_unnamed_without_a_body_opening_the_sentence_before(text: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and not speaker.named


# -- "the department" for a government arm named, spoken or not --


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Transport Canada issued new rules for ferry operators on Monday. The department "
            "said the rules would take effect in June.",
            "Transport Canada",
        ),
        (
            "Jon Reyes said pilots were angry. Transport Canada grounded the fleet on Monday, "
            "which forced Skyvale to cancel flights. The department said safety came first.",
            "Transport Canada",
        ),
        (
            "Statistics Canada said prices rose. Parks Canada then raised its fees. The agency "
            "said costs had climbed.",
            "Parks Canada",
        ),
    ],
)
def test_the_department_stands_for_a_government_arm_named_since(text: str, name: str):
    speaker = attributed(text)[-1][1]
    assert speaker is not None and (speaker.name, speaker.kind) == (name, "organization")


@pytest.mark.parametrize(
    "text",
    [
        # a company's name with a country in it is no government arm
        "Air Canada raised its fares on Monday. The department said the rise was broad.",
        "Vale Canada Ltd. closed a mine. The agency said the closure was legal.",
    ],
)
def test_the_department_is_no_company_named_with_a_country(text: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and not speaker.named


# -- the noun before a participle and its cause speaks, past a chain of complements --


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        ("Marchers angered by the shooting of a man said they would return.", "Marchers"),
        ("Tenants angered by the sale of the tower said they felt betrayed.", "Tenants"),
        ("Parents worried about the cuts said they would protest.", "Parents"),
        ("Commuters worried about the loss of the route said they would drive.", "Commuters"),
        (
            "Tenants fight sale\n\nALDER BAY, Ont. — Tenants angered by the sale of the tower "
            "said they felt betrayed.",
            "Tenants",
        ),
        (
            "Neighbours stunned by the death of a girl outside a corner store said the street "
            "was dark.",
            "Neighbours",
        ),
    ],
)
def test_the_noun_before_a_participle_and_its_cause_speaks(text: str, opening: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.name.startswith(opening)
    assert speaker.kind == "group"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a participle's agent and its own words, no chain: as before
        ("Economists polled by Brookline Research said growth would slow.", "Economists"),
        # a role and its complement, no participle: the role speaks
        ("The father of a boy hurt in the crash said the road was unsafe.", "The father"),
    ],
)
def test_participle_agents_and_roles_read_as_before(text: str, name: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.name.startswith(name)


# -- people at a site in a place: the people speak, not the place --


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        ("Voters at polling stations in Corran County said the lines were short.", "Voters"),
        ("Fans outside the arena in Westhollow said they were stunned.", "Fans"),
        ("Shoppers at rural markets in Pell County said prices were too high.", "Shoppers"),
        ("Workers at two plants in Brandt said they were stunned.", "Workers"),
    ],
)
def test_people_at_a_site_in_a_place_speak(text: str, opening: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.name.startswith(opening)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the place is a body's own name: the body speaks
        ("Doctors at Westhollow General Hospital said the ward was full.", "Doctors"),
        # a body in a place: the body
        ("The embassy in Korvala said the road was closed.", "The embassy"),
    ],
)
def test_bodies_and_their_people_read_as_before(text: str, name: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.name.startswith(name)


# -- "the pollster" for the polling firm that spoke --


@pytest.mark.parametrize(
    "text",
    [
        "Brookline Research found that 44 per cent of renters backed the cap. The pollster "
        "said support had grown since March.",
        "Halvard Research Group surveyed 1,200 adults in June. It said most wanted lower fares. "
        "The pollster said the gap had narrowed.",
    ],
)
def test_the_pollster_stands_for_the_polling_firm_that_spoke(text: str):
    speaker = attributed(text)[-1][1]
    assert speaker is not None and speaker.kind == "organization"
    assert speaker.name.startswith(("Brookline Research", "Halvard Research Group"))


@pytest.mark.parametrize(
    "text",
    [
        # no poll's words in the firm's sentence: another pollster may be meant
        "Brookline Foods said sales rose. The pollster said support had climbed.",
        "The Westhollow Institute of Farm Research said yields fell. A poll shows 40 per cent "
        "of growers are worried. The pollster said support had climbed.",
        # a person named as a pollster: the person, as before
        "Pollster Ivo Marsh said the race was close. The pollster said support had climbed.",
        # a name of unknown kind may be a person's
        "Tavi Ansah surveyed 900 people in May. The pollster said support had climbed.",
    ],
)
def test_the_pollster_is_no_other_body_nor_a_name_of_unknown_kind(text: str):
    speaker = attributed(text)[-1][1]
    assert speaker is not None and speaker.kind == "person"
    assert speaker.name in ("The pollster", "Ivo Marsh")


# -- a description by a participle before an apposed name: the name speaks, described --


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The union representing the mill's workers, Pulp Guild Local 88, said it would strike.",
            "Pulp Guild Local 88",
            "union representing the mill's workers",
        ),
        (
            "The union representing workers at the depot, Transit Local 12, said it would strike.",
            "Transit Local 12",
            "union representing workers at the depot",
        ),
        (
            "The firm advising the town's council, Marlow Partners, said the deal was sound.",
            "Marlow Partners",
            "firm advising the town's council",
        ),
    ],
)
def test_a_name_after_a_description_by_a_participle_speaks(text: str, name: str, role: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and (speaker.name, speaker.kind, speaker.role) == (
        name,
        "organization",
        role,
    )


def test_a_lawyer_representing_a_family_reads_as_before():
    [(_, speaker, _)] = attributed(
        "The lawyer representing the family, Tom Vale, said the case was strong."
    )
    assert speaker is not None and (speaker.name, speaker.role) == (
        "Tom Vale",
        "lawyer representing the family",
    )


# -- people outside a building speak, not the building --


@pytest.mark.parametrize(
    "text",
    [
        "Protesters outside the Legislature said they would return on Monday.",
        "Mourners outside the Westhollow Courthouse said they had waited all night.",
    ],
)
def test_people_outside_a_building_speak(text: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.kind == "group"


# -- "polling", a mass noun of evidence as "research" and "data" are: a document --


@pytest.mark.parametrize(
    "text",
    [
        "Polling suggests the mayor's lead has shrunk.",
        "Crowds filled the polling stations. Polling suggests the mayor's lead has shrunk.",
        "Recent polling suggests the mayor's lead has shrunk.",
        "Internal polling by the Civic Party found the mayor ahead.",
    ],
)
def test_polling_is_a_document(text: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.kind == "document"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The polling firm Westvale said the mayor's lead had shrunk.", "organization"),
        ("Polling officials said turnout was high.", "group"),
    ],
)
def test_polling_before_another_head_reads_as_before(text: str, kind: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.kind == kind


# -- "The Centre Jean Tardif": a body named for a person, no person titled Centre --


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Centre Hélène Marchand said its waiting list had doubled.", "Centre Hélène Marchand"),
        (
            "The Centre Marcel de la Rivière said the program would grow next year.",
            "Centre Marcel de la Rivière",
        ),
        ("The Foundation Ann Vale said it would fund the clinic.", "Foundation Ann Vale"),
    ],
)
def test_a_body_named_for_a_person_is_an_organization(text: str, name: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and (speaker.name, speaker.kind) == (name, "organization")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Board Chair Ann Vale said the vote was close.", "Ann Vale"),
        ("The veteran centre Marc Dionne said the team played well.", "Marc Dionne"),
        ("The Party Leader Ann Vale said the vote was close.", "Ann Vale"),
    ],
)
def test_a_titled_person_after_a_body_word_reads_as_before(text: str, name: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and (speaker.name, speaker.kind) == (name, "person")


# -- "they" for the people a bare plural opening the sentence before names --


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tenants packed the hall on Monday. They said the rent was too high.", "Tenants"),
        (
            "Residents of Birch Lane packed the hall on Monday. They said the traffic was heavy.",
            "Residents of Birch Lane",
        ),
        ("Orderlies walked off the job at noon. They said staffing was unsafe.", "Orderlies"),
        ("Tenants packed the hall on Monday. “We are angry,” they said.", "Tenants"),
    ],
)
def test_they_stands_for_a_bare_plural_opening_the_sentence_before(text: str, name: str):
    speaker = attributed(text)[-1][1]
    assert speaker is not None and (speaker.name, speaker.kind) == (name, "group")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # things, not people
        ("Prices rose in May. They said the rise was broad.", "They"),
        # another source spoke since: the last attribution's sentence is the one before
        (
            "Tenants packed the hall. Officials said rents would rise. They said costs climbed.",
            "Officials",
        ),
        # the plural opens an older sentence
        ("Tenants packed the hall. The mood was grim. They said the rent was high.", "They"),
    ],
)
def test_they_is_no_thing_nor_people_of_an_older_sentence(text: str, name: str):
    speaker = attributed(text)[-1][1]
    assert speaker is not None and speaker.name == name


# -- a name ending in a document's word keeps the place's capitals before it --


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The U.S. Geological Survey said the tremor was shallow.", "U.S. Geological Survey"),
        ("The tremor was shallow, the U.S. Geological Survey said.", "U.S. Geological Survey"),
        ("The Yukon Permafrost Survey said the ground was thawing.", "Yukon Permafrost Survey"),
    ],
)
def test_a_document_named_keeps_its_place(text: str, name: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a title apposed to a document's noun: the noun
        ("The report, Dry Seasons, finds that rivers are shrinking.", "The report"),
        # a possessor is no place of the name
        (
            "Statistics Canada's Labour Force Survey found that jobs rose.",
            "Statistics Canada's Labour Force Survey",
        ),
    ],
)
def test_documents_with_a_title_or_an_owner_read_as_before(text: str, name: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.name == name


# -- "the team", "the employer": the body apposed with that head since, spoken or not --


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Westhollow Otters, the town's junior hockey team, cancelled practice. The team "
            "said the rink was unsafe.",
            "Westhollow Otters",
        ),
        (
            "Brill Co., the valley's largest employer, cut 90 jobs on Monday. The employer said "
            "orders had fallen.",
            "Brill Co",
        ),
    ],
)
def test_the_head_stands_for_the_body_apposed_with_it(text: str, name: str):
    speaker = attributed(text)[-1][1]
    assert speaker is not None and speaker.name == name


@pytest.mark.parametrize(
    "text",
    [
        # no appositive: no team named
        "The Westhollow Otters won on Friday. The team said the rink was unsafe.",
        # an appositive of another head
        "Brill Co., the valley's largest employer, cut 90 jobs. The team said it was sad.",
        # a person apposed: a research team is not hers
        "Ann Vale, a biologist at the lab, led the study. The team found the fish had moved.",
    ],
)
def test_the_head_stays_unnamed_without_a_body_apposed_with_it(text: str):
    speaker = attributed(text)[-1][1]
    assert speaker is not None and not speaker.named


# -- the floor over the three invented articles --


def test_plant_cuts_floor():
    name = "leftovers20s-plant-cuts.txt"
    assert (
        missing_speakers(
            name,
            [
                ("the cuts are needed", "Kestrel Aerospace Corp", "organization"),
                ("the province had not been warned", "Carla Benn", "person"),
                ("the town would ask Kestrel", "Ana Ruiz", "person"),
                ("the rules were meant", "Transport Canada", "organization"),
                ("the redesign had cost", "Marcus Hale", "person"),
                ("it would fight the layoffs", "Unifor Local 4410", "organization"),
                ("members had agreed", "Dana Pellerin", "person"),
                ("the cuts reflected", "Priya Sandhu", "person"),
            ],
        )
        == []
    )
    found = contents((ARTICLES / name).read_text(encoding="utf-8"))
    assert not any(c.startswith(("whether more cuts", "6 per cent")) for c in found)


def test_byelection_floor():
    name = "leftovers20s-byelection.txt"
    assert (
        missing_speakers(
            name,
            [
                (
                    "they were tired of the campaign",
                    "Voters at polling places in Larch County",
                    "group",
                ),
                ("the race between", "Polling", "document"),
                ("38 per cent of decided voters", "Corvid Research", "organization"),
                ("support for Achebe had climbed", "Corvid Research", "organization"),
                ("turnout in byelections", "Centre Marcel de la Sablonnière", "organization"),
                ("a turnout above 50", "Centre Marcel de la Sablonnière", "organization"),
                ("her campaign had knocked", "Fiona Achebe", "person"),
                ("she expected her party", "Louise Caron", "person"),
                ("early turnout had been strong", "Elections officials", "group"),
            ],
        )
        == []
    )


def test_vigil_floor():
    name = "leftovers20s-vigil.txt"
    assert (
        missing_speakers(
            name,
            [
                (
                    "they would keep marching",
                    "Protesters angered by the killing of a teen outside a convenience store",
                    "group",
                ),
                ("her son had been", "Tanya Brooks", "person"),
                ("the investigation was active", "Dan Roy", "person"),
                ("it would retire his number", "Ridgeline Rams", "group"),
                ("the city had cut funding", "Keisha Olowe", "person"),
                ("she would press", "Renee Watts", "person"),
            ],
        )
        == []
    )
    found = contents((ARTICLES / name).read_text(encoding="utf-8"))
    assert not any(c.startswith(("Anyone with information", "About 400")) for c in found)
