"""News roundups and briefs pages as a new analyst reads them: several short unrelated items
in one text, each after a dateline, a heading line, a label ("Elsewhere:") or the wire's credit
line ("— The Canadian Press"), each with its own speakers. Constructions found by trying
whosaid on invented pages (a regional roundup, a business column, a sports roundup, in
tests/data/speakers/), each tested here on other invented sentences."""

import pytest
from extraction_helpers import contents, missing_speakers, named, speaker_of, speakers_by_opening

from tui.core.statements.furniture import item_ends

_DATELINED = (
    "HALDEN, Ont. — Mayor Rita Vance said the arena would reopen in May.\n\n"
    "— The Canadian Press\n\n"
    "ORTON, Ont. — A library branch opened in Orton on Tuesday.\n\n"
)


@pytest.mark.parametrize(
    "item",
    [
        "The mayor said the branch would stay open on Sundays.",
        "Orton's mayor said the branch would stay open on Sundays.",
        "Librarian Omar Hale said 300 cards were issued. The mayor said the branch would stay "
        "open on Sundays.",
    ],
)
def test_a_description_does_not_reach_a_holder_of_an_earlier_item(item: str):
    text = _DATELINED + item
    assert named(text)[-1][1] != "Rita Vance"


@pytest.mark.parametrize(
    "divider",
    [
        "— The Canadian Press\n\n",
        "Elsewhere:\n\n",
        "In brief:\n\n",
        "— The Canadian Press\n\nLODGE BAY, N.L. — ",
    ],
)
def test_an_items_credit_line_label_or_dateline_ends_what_a_description_reaches(divider: str):
    text = (
        "Mayor Rita Vance said the arena would reopen in May.\n\n"
        + divider
        + "Residents of Orton packed the hall. The mayor said the pool would close."
    )
    assert named(text)[-1][1] != "Rita Vance"


@pytest.mark.parametrize(
    "text",
    [  # one story: the same description, where the holder is meant
        "HALDEN, Ont. — Mayor Rita Vance said the arena would reopen in May.\n\n"
        "Council approved the budget.\n\nThe mayor said the pool would close.",
        "Mayor Rita Vance said the arena would reopen in May.\n\nA long wait\n\n"
        "The mayor said the pool would close.",
    ],
)
def test_within_one_story_a_description_still_reaches_its_holder(text: str):
    assert named(text)[-1][1] == "Rita Vance"


def test_a_pronoun_opening_an_item_reaches_that_items_person():
    text = (
        _DATELINED + "Librarian Ada Moss said 300 cards were issued.\n\n"
        "“We ran out by noon,” she said."
    )
    assert [name for _, name, _ in named(text)] == ["Rita Vance", "Ada Moss", "Ada Moss"]


def test_item_ends_are_found_on_pages_of_items_only():
    page = (
        "Ferry returns\n\nAnn Lee said it would run.\n\n— The Canadian Press\n\nBus fares\n\n"
        "Fares rose.\n\nTrain news\n\nTrains ran late.\n"
    )
    assert len(item_ends(page)) == 2
    dated = "Ferry returns\n\nHALIFAX — Ann Lee said it would run.\n\n— The Canadian Press\n"
    assert len(item_ends(dated)) == 1  # the headline before the dateline is no item
    story = "Ferry returns\n\nAnn Lee said it would run.\n\nA long wait\n\nShe said so.\n"
    assert item_ends(story) == []


@pytest.mark.parametrize(
    "note",
    [
        "This is a corrected story. A previous version said the pool would close in May.",
        "This is a corrected version of a story. The funding covers two years, not three.",
        "A previous version of this story said the mayor voted against the budget.",
        "This is an updated story.",
    ],
)
def test_the_wires_correction_notes_are_no_statements(note: str):
    text = f"Ann Lee said the ferry would run again in May.\n\n{note}"
    assert contents(text) == ["the ferry would run again in May"]


def test_a_previous_version_of_a_document_still_speaks():
    text = "A previous version of the bill said the levy would double."
    assert speaker_of(text)[:2] == ("the bill", "document")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "According to a consent order, Halvern Foods Inc. failed to report the spills.",
            "Halvern Foods Inc. failed to report the spills",
        ),
        (
            "According to the filing, Ostrow Mining Ltd. paid its fines late.",
            "Ostrow Mining Ltd. paid its fines late",
        ),
        (
            "According to court records, Brant & Sons Co. owed $4,000 in rent.",
            "Brant & Sons Co. owed $4,000 in rent",
        ),
    ],
)
def test_a_company_whose_name_ends_in_an_abbreviation_after_according_to_is_the_subject(
    text: str, content: str
):
    [(found, speaker, cue)] = named(text)
    assert (found, cue) == (content, "According to")
    assert speaker is not None and "Inc" not in speaker and "Ltd" not in speaker


@pytest.mark.parametrize(
    ("text", "name"),
    [  # near misses: a description, a comma and a name that speaks
        ("According to the firm's spokesperson, Ann Vale, the plant is safe.", "Ann Vale"),
        ("The plant is safe, said a spokesman for the builder, Acme Corp.", "Acme Corp"),
    ],
)
def test_a_name_after_a_description_still_speaks(text: str, name: str):
    assert named(text)[0][1] == name


def test_the_regional_roundup_gives_each_item_its_speakers():
    name = "briefs-regional-roundup.txt"
    assert (
        missing_speakers(
            name,
            [
                ("A ferry linking", "the provincial transportation department", "organization"),
                ("We know this is", "Brenda Stoyles", "person"),
                ("the delay was", "Dale Fennimore", "person"),
                ("Nobody on this board", "Patricia Ledrew", "person"),
                ("the bus ride", "Gemma Stoyles", "person"),
                ("She is seven years old", "Gemma Stoyles", "person"),
                ("the man was cold", "Andre Thibodeau", "person"),
                ("He did a lot", "Andre Thibodeau", "person"),
                ("Every minute counts", "Colleen MacAulay", "person"),
                ("about one in five", "Ray Gillis", "person"),
            ],
        )
        == []
    )
    found = speakers_by_opening(name)
    assert not any("three years" in content for content, _, _ in found)  # the correction note
    assert not any("Canadian Press" in content for content, _, _ in found)


def test_the_business_column_gives_each_item_its_speakers():
    name = "briefs-business-column.txt"
    assert (
        missing_speakers(
            name,
            [
                ("it will cut about 150 jobs", "Westfield Grain Co", "organization"),
                ("These are difficult decisions", "Martin Okafor", "person"),
                ("she learned of the cuts", "Lorna Beaudry", "person"),
                ("People still want fresh bread", "Dana Whitlock", "person"),
                ("Northgate Securities Ltd. did not flag", "a settlement agreement", "document"),
                ("it had accepted the penalty", "Northgate", "organization"),
                ("fares would start", "Erin Beaudry", "person"),
                ("Prairie travellers", "Erin Beaudry", "person"),
            ],
        )
        == []
    )


def test_the_sports_roundup_gives_each_item_its_speakers():
    name = "briefs-sports-roundup.txt"
    assert (
        missing_speakers(
            name,
            [
                ("We talked about it", "Tyler Marchand", "person"),
                ("his team had", "Ron Pelletier", "person"),
                ("she wanted to spend", "Sandra Pelletier", "person"),
                ("I’ve been lucky", "Sandra Pelletier", "person"),
                ("she had been", "Curl Manitoba", "organization"),
                ("Runners are adaptable", "Mina Osei", "person"),
                ("I thought it was a prank", "Darnell Fitch", "person"),
            ],
        )
        == []
    )
    found = speakers_by_opening(name)
    assert not any("misspelled" in content for content, _, _ in found)


@pytest.mark.parametrize(
    "closing",
    ["— The Canadian Press", "-- The Associated Press", "Elsewhere:", "In brief:"],
)
def test_an_items_heading_after_a_credit_line_or_label_is_no_statement(closing: str):
    text = (
        "Ann Lee said the ferry would run again in May.\n\n"
        f"{closing}\n\n"
        "Union says cannery talks are over\n\n"
        "ORTON, N.S. — Workers at a cannery in Orton could strike next week, their union "
        "warned Tuesday.\n\n"
        "A strike vote is set for Friday."
    )
    assert contents(text) == [
        "the ferry would run again in May",
        "Workers at a cannery in Orton could strike next week",
    ]


def test_a_sentence_after_a_credit_line_is_still_read():
    text = (
        "Ann Lee said the ferry would run again in May.\n\n"
        "— The Canadian Press\n\n"
        "Union leader Sam Odell said talks were over.\n\n"
        "A strike vote is set for Friday."
    )
    assert contents(text)[-1] == "talks were over"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Director of operations Lee Crane said the line was fixed.", "Lee Crane", None),
        (
            "Vice-president of network planning Erin Vale said demand had grown.",
            "Erin Vale",
            "Vice-president of network planning",
        ),
        ("Head of sales Ann Moss said orders rose by a third.", "Ann Moss", "Head of sales"),
        ("Manager of member services Tom Reyes said fees would rise.", "Tom Reyes", None),
    ],
)
def test_a_role_of_a_lower_case_field_opening_the_sentence_is_the_names_role(
    text: str, name: str, role: str | None
):
    speaker = named(text)[0][1]
    assert speaker == name
    found = speaker_of(text)
    assert found[2] == (role or text[: text.index(name) - 1])


@pytest.mark.parametrize(
    ("text", "role"),
    [  # near misses: a title alone, a role set off by commas, a capitalised field
        ("Director Lee Crane said the line was fixed.", "Director"),
        ("Ann Vale, director of operations, said orders rose.", "director of operations"),
        ("Minister of Health Lee Crane said the clinic would open.", "Minister of Health"),
    ],
)
def test_other_roles_before_or_after_a_name_are_unchanged(text: str, role: str):
    assert speaker_of(text)[2] == role


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The board of trade said parking fees would rise in June.", "The board of trade"),
        (
            "The local chamber of commerce said 40 shops had closed.",
            "The local chamber of commerce",
        ),
        ("Fees will rise, the department of health said Friday.", "the department of health"),
        ("The school of nursing said 90 students had enrolled.", "The school of nursing"),
    ],
)
def test_an_institution_of_a_lower_case_field_speaks(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "organization")


@pytest.mark.parametrize(
    ("text", "name"),
    [  # near misses: the institution's members, its spokesman, its capitalised name
        ("Members of the board of trade said fees would rise.", "Members of the board of trade"),
        (
            "A spokesman for the board of trade said fees would rise.",
            "A spokesman for the board of trade",
        ),
        ("The Board of Trade said fees would rise.", "Board of Trade"),
    ],
)
def test_who_speaks_for_an_institution_is_unchanged(text: str, name: str):
    assert speaker_of(text)[0] == name
