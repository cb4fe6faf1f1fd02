"""Education news as a new analyst reads it: constructions found by trying whosaid on
invented stories of a school-closure vote, a university tuition increase and a cellphone ban
(in tests/data/speakers/), each tested here on other invented sentences."""

from pathlib import Path

import pytest
from extraction_helpers import attributed, named, speaker_of

from tui.core.figures import find_figures


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Provost Ines Carver wrote that the library would close.", "Ines Carver", "Provost"),
        ("Principal Omar Diallo said the gym would reopen.", "Omar Diallo", "Principal"),
        (
            "Headteacher Ruth Amble told parents the term would start late.",
            "Ruth Amble",
            "Headteacher",
        ),
        ("Vice-Chancellor Pere Lund said fees would rise.", "Pere Lund", "Vice-Chancellor"),
    ],
)
def test_a_schools_office_before_a_name_is_a_role(text: str, name: str, role: str):
    assert speaker_of(text) == (name, "person", role)


def test_the_principal_alone_is_a_person_by_role():
    text = "The principal said the gym would reopen."
    assert speaker_of(text)[1:] == ("person", "principal")


@pytest.mark.parametrize(
    "text",
    [
        "Dean Holloway said the gym would reopen.",  # "Dean" is a given name too
        "The principal reason, Holloway said, was money.",  # an adjective, no speaker
    ],
)
def test_a_given_name_or_an_adjective_spelt_as_an_office_stays_so(text: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and "Holloway" in speaker.name


@pytest.mark.parametrize(
    "text",
    [
        "The district said buses would run on time.",
        "Buses will run on time, the district said.",
        "The school district said buses would run on time.",
    ],
)
def test_a_school_district_is_an_organization(text: str):
    assert speaker_of(text)[1] == "organization"


def test_a_district_attorney_stays_a_person():
    assert speaker_of("The district attorney said the case was closed.")[1] == "person"


@pytest.mark.parametrize(
    "text",
    [
        "Buses will run on time, the district said in a statement released before the vote.",
        "Buses will run on time, the college said in a letter sent to families on Friday.",
        "Buses will run on time, the district said in a statement released Monday.",
        "Buses will run on time, Ms. Orr wrote in an email sent after the meeting.",
    ],
)
def test_a_participle_after_a_venue_at_the_end_leaves_the_content_before(text: str):
    assert [c for c, _, _ in attributed(text)] == ["Buses will run on time"]


def test_a_participle_after_a_venue_before_that_still_opens_the_content():
    text = "The district said in a statement released Monday that buses would run."
    assert [c for c, _, _ in attributed(text)] == ["buses would run"]


def test_a_venue_with_no_content_anywhere_makes_no_statement():
    assert attributed("The district said in a statement released before the vote.") == []


@pytest.mark.parametrize("pronoun", ["he", "she"])
def test_a_study_its_author_led_is_a_document_and_the_pronoun_the_author(pronoun: str):
    name = "Dr. Ravi Kent" if pronoun == "he" else "Dr. Lena Kent"
    text = (
        f"{name} said phones distract pupils. A study {pronoun} led found that grades rose, "
        f"though {pronoun} cautioned that the effect was small."
    )
    found = attributed(text)
    assert [(s.kind if s else None) for _, s, _ in found] == ["person", "document", "person"]
    assert found[1][1] is not None and found[1][1].name == f"A study {pronoun} led"
    assert found[2][1] is not None and found[2][1].name == name.removeprefix("Dr. ")


@pytest.mark.parametrize(
    "opening",
    [
        "Sofia, a fifth-grader at Elm Park, read a letter to the board.",
        "Sofia, 10, read a letter to the board.",
        "Sofia, a sophomore, read a letter to the board.",
    ],
)
def test_a_child_named_by_a_first_name_alone_is_who_she_stands_for(opening: str):
    text = f"Nora Bell said the plan was unfair. {opening} “Nobody will know us,” she said."
    assert [n for _, n, _ in named(text)] == ["Nora Bell", "Sofia"]


def test_a_place_named_like_a_person_is_not_who_she_stands_for():
    text = (
        "Nora Bell said the plan was unfair. Georgia, a key ally, sent aid. "
        "“Nobody will know us,” she said."
    )
    assert [n for _, n, _ in named(text)] == ["Nora Bell", "Nora Bell"]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "Fights fell by half during the trial, he said, and staff reported that pupils "
            "were calmer.",
            "Fights fell by half during the trial",
        ),
        (
            "Fights fell by half, Mr. Orr said, and staff reported that pupils were calmer.",
            "Fights fell by half",
        ),
    ],
)
def test_content_before_its_cue_ends_there_when_another_attribution_joins(text: str, first: str):
    assert [c for c, _, _ in attributed(text)] == [first, "pupils were calmer"]


def test_content_resumed_after_its_cue_without_a_new_attribution_stays_one():
    text = "Fights fell by half, he said, and pupils were calmer."
    assert [c for c, _, _ in attributed(text)] == [text.removesuffix(".")]


def figures_of(text: str) -> list[str]:
    return [text[f.span[0] : f.span[1]] for f in find_figures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The school serves pupils in grades 6 through 8.",
        "Grades 9 to 12 moved to the new campus.",
        "Read pages 14 and 15 before class.",
        "Pupils in grade 4 or 5 may join.",
    ],
)
def test_a_range_of_grades_or_pages_is_no_figure(text: str):
    assert figures_of(text) == []


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Route 9 is 12 miles away.", "12 miles"),
        ("In grade 3 and 40 percent of pupils passed.", "40 percent of pupils"),
        ("Enrollment rose from 6 to 8 percent.", "from 6 to 8 percent"),
    ],
)
def test_a_number_after_an_identifier_or_a_join_with_a_unit_still_counts(text: str, figure: str):
    assert figure in figures_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "The trustees approved the increase, as university leaders warned that costs had risen.",
        "Lee said the budget was sound, as officials warned that costs had risen.",
    ],
)
def test_a_second_attribution_after_as_is_its_own_statement(text: str):
    found = named(text)
    assert len(found) == 2
    assert found[1][:2] == ("costs had risen", found[1][1])
    assert "warned" not in found[0][0]


@pytest.mark.parametrize(
    "condition",
    [
        "who asked that her last name not be used",
        "who asked that her name be withheld",
        "who asked that only her first name be used",
        "who asked that she not be identified",
    ],
)
def test_asking_that_a_name_be_withheld_is_a_condition_not_a_statement(condition: str):
    text = f"One teacher, {condition}, said the ban worked."
    assert [c for c, _, _ in attributed(text)] == ["the ban worked"]


def test_asking_that_something_else_be_done_is_still_a_statement():
    assert [c for c, _, _ in attributed("Lee asked that the vote be delayed.")] == [
        "the vote be delayed"
    ]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Dorin, a junior at Oak High, said the ban felt unfair.", "junior at Oak High"),
        ("Dorin, a senior, said the ban felt unfair.", "senior"),
    ],
)
def test_a_student_by_school_year_in_an_appositive_is_a_person(text: str, role: str):
    assert speaker_of(text) == ("Dorin", "person", role)


@pytest.mark.parametrize(
    "listener",
    ["trustees", "families", "faculty", "employees", "faculty members", "the school board members"],
)
def test_a_plural_listener_without_that_is_no_part_of_the_content(listener: str):
    text = f"The provost told {listener} the exam would move."
    assert [c for c, _, _ in attributed(text)] == ["the exam would move"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The provost told the board the exam would move.", "the exam would move"),
        ("The provost told faculty that the exam would move.", "the exam would move"),
    ],
)
def test_other_listeners_are_unchanged(text: str, content: str):
    assert [c for c, _, _ in attributed(text)] == [content]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Regent Tom Hale said the vote was close.", "Regent"),
        ("Counselor Ann Lee said the vote was close.", "Counselor"),
    ],
)
def test_a_regent_or_a_counselor_before_a_name_is_a_role(text: str, role: str):
    assert speaker_of(text)[1:] == ("person", role)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Ada Brun, who chairs the Board of Regents, said the vote was close.",
            "chair of the Board of Regents",
        ),
        (
            "“The vote was close,” said Ada Brun, who heads the parents’ association.",
            "head of the parents’ association",
        ),
        (
            "Ada Brun, who leads the faculty senate, said the vote was close.",
            "leader of the faculty senate",
        ),
    ],
)
def test_a_relative_clause_of_holding_an_office_gives_the_role(text: str, role: str):
    assert speaker_of(text) == ("Ada Brun", "person", role)


@pytest.mark.parametrize(
    "text",
    [
        "Ada Brun, who teaches math at Oak High, said the vote was close.",
        "Ada Brun, who chaired the panel until 2020, said the vote was close.",
    ],
)
def test_another_relative_clause_gives_no_role(text: str):
    assert speaker_of(text) == ("Ada Brun", "person", None)


@pytest.mark.parametrize(
    "text",
    [
        "The superintendent's recommendation calls for merging two schools.",
        "The handbook says phones must stay in lockers.",
        "The teachers' contract says class sizes are capped.",
        "According to a presentation by district staff, enrollment will fall.",
    ],
)
def test_a_text_of_rules_or_recommendations_is_a_document(text: str):
    assert speaker_of(text)[1] == "document"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The contract workers said the ban would fail.", "group"),
        ("The nonpartisan Curriculum Policy Forum said the ban would fail.", "organization"),
    ],
)
def test_a_word_of_a_text_before_people_or_in_a_name_leaves_them(text: str, kind: str):
    assert speaker_of(text)[1] == kind


DATA = Path(__file__).parent / "data" / "speakers"

# A floor on each invented article: statements (their content's opening), words of the speaker's
# name and its kind, as a careful reader gives them.
FLOORS = {
    "school-closure-vote.txt": [
        ("Closing both schools would save", "School District", "organization"),
        ("My teacher knows my name", "Maya", "person"),
        ("the closures would fall hardest", "Parents", "group"),
        ("it opposed the closures", "Millbrook Education Association", "organization"),
        ("transition teams would be formed", "Gerald Okafor", "person"),
    ],
    "tuition-hike.txt": [
        ("the increase would fund raises", "Renata Aldous", "person"),
        ("flat state funding and rising costs", "university leaders", "group"),
        ("Nobody in this room", "Eleanor Vance", "person"),
        ("What is unusual here", "Naomi Feld", "person"),
    ],
    "cellphone-ban.txt": [
        ("a pilot at Harwood High", "Dwayne Merritt", "person"),
        (
            "Office referrals for fights fell by about a third during the 12-week pilot",
            "Merritt",
            "person",
        ),
        ("test scores rose between 2 and 4", "A 2023 study", "document"),
        ("the effect was smaller", "Keith Albrecht", "person"),
        ("the ban felt like a punishment", "Amara", "person"),
    ],
}


@pytest.mark.parametrize(("name", "expected"), sorted(FLOORS.items()))
def test_each_invented_education_article_keeps_its_floor(name: str, expected: list):
    found = attributed((DATA / name).read_text(encoding="utf-8"))
    for opening, speaker, kind in expected:
        matches = [(c, s) for c, s, _ in found if c.startswith(opening)]
        assert len(matches) == 1, opening
        content, source = matches[0]
        assert source is not None and speaker in source.name, opening
        assert source.kind == kind, opening
        assert not content.endswith(("he said", "she said")), opening
    names = {s.name for _, s, _ in found if s is not None}
    assert names.isdisjoint({"Provost Renata Aldous", "Principal Dwayne Merritt"})
    assert "released before the meeting" not in [c for c, _, _ in found]
    assert "asked" not in {cue for _, _, cue in found}


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Ana Ruiz, a mother of three, told trustees the plan was rushed.", "mother of three"),
        ("Ana Ruiz, a father of two whose son is a junior, said it was rushed.", "father of two"),
        ("Ana Ruiz, a member of the, said it was rushed.", "member"),
    ],
)
def test_a_count_completing_a_role_stays_in_it(text: str, role: str):
    assert speaker_of(text)[2] == role


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "In the end, parents went to the microphone to plead for the school.",
            "for the school",
        ),
        (
            "One after another, parents stepped to the microphone to plead with the board to wait.",
            "with the board to wait",
        ),
    ],
)
def test_a_scene_before_a_subject_going_somewhere_to_speak_is_no_content(text: str, content: str):
    assert [c for c, _, _ in attributed(text)] == [content]


@pytest.mark.parametrize(
    "text",
    ["Prices will rise, Lee was quick to say.", "Prices will rise, Lee went on to say."],
)
def test_content_before_a_catenative_cue_stays(text: str):
    assert [c for c, _, _ in attributed(text)] == ["Prices will rise"]


@pytest.mark.parametrize(
    ("opening", "role"),
    [
        ("Sofia, a fifth-grader at Elm Park, read a letter.", "fifth-grader at Elm Park"),
        ("Sofia, a sophomore who plays soccer, read a letter.", "sophomore"),
        ("Sofia, 10, read a letter.", None),
    ],
)
def test_a_child_named_by_a_first_name_alone_keeps_the_role_of_her_appositive(
    opening: str, role: str | None
):
    text = f"Nora Bell said the plan was unfair. {opening} “Nobody will know us,” she said."
    [_, (_, speaker, _)] = attributed(text)
    assert speaker is not None and (speaker.name, speaker.role) == ("Sofia", role)
