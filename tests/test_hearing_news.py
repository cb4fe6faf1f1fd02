"""Public hearings and consultations as a new analyst reads them: constructions found by
trying whosaid on invented stories of a planning commission's hearing on a tower, a school
board's consultation on closing a school and a flood inquiry's town-hall session
(tests/data/speakers/hearing-*.txt), each tested here on other invented sentences."""

import pytest
from extraction_helpers import attributed, speakers_by_opening


def _speaker(text: str) -> tuple[str, str, str | None]:
    """(name, kind, role) of the only statement's speaker."""
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None
    return speaker.name, speaker.kind, speaker.role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a plural's mark inside a body's name after its description: the body, named
        (
            "The union, the Ontario Nurses' Association, said it opposed the plan.",
            "Ontario Nurses' Association",
            "union",
        ),
        (
            "The union representing teachers, the Lakeshore Teachers' Federation, said it was"
            " ready.",
            "Lakeshore Teachers' Federation",
            "union representing teachers",
        ),
        (
            "The group representing renters, the Dale Tenants' Union, said rents were too high.",
            "Dale Tenants' Union",
            "group representing renters",
        ),
        # a count and its owner inside the participle's object: all of it describes the name
        (
            "The union representing the school's 16 teachers, Local 12, said the strike was on.",
            "Local 12",
            "union representing the school's 16 teachers",
        ),
        (
            "The firm advising the city's two hospitals, Baker Lowe, said the deal was sound.",
            "Baker Lowe",
            "firm advising the city's two hospitals",
        ),
        (
            "The union representing the 16 teachers, the Dale Teachers Union, said it was ready.",
            "Dale Teachers Union",
            "union representing the 16 teachers",
        ),
        (
            "The union representing 40 farmers, the Dale Growers' Association, said it was fair.",
            "Dale Growers' Association",
            "union representing 40 farmers",
        ),
        (
            "The union representing the town's 40 farmers, Local 8, said the price was fair.",
            "Local 8",
            "union representing the town's 40 farmers",
        ),
        # near-misses: an owner's plural before a common noun names no body
        (
            "Her neighbours, the Smiths' children, said the fence was new.",
            "Her neighbours",
            "Smiths' children",
        ),
        (
            "A lawyer representing the family's three children, Ann Roe, said the claim stood.",
            "Ann Roe",
            "lawyer representing the family's three children",
        ),
    ],
)
def test_a_body_named_after_its_description_speaks(text: str, name: str, role: str):
    found, kind, found_role = _speaker(text)
    assert found == name
    assert found_role == role
    assert kind == {"Ann Roe": "person", "Her neighbours": "group"}.get(name, "organization")


@pytest.mark.parametrize(
    ("text", "name", "content"),
    [
        # a writing submitted to a hearing, its length before it, then a participle: the
        # author's words, as without the length
        (
            "Farah Lind, a hydrologist, submitted a 14-page brief arguing that the dam leaked.",
            "Farah Lind",
            "the dam leaked",
        ),
        (
            "Ann Lee filed a 12-page brief urging the board to wait.",
            "Ann Lee",
            "the board to wait",
        ),
        (
            "The tenants' group filed a 30-page submission warning that rents would soar.",
            "The tenants' group",
            "rents would soar",
        ),
        # near-misses: a report released and a lawsuit filed still speak for themselves
        (
            "The council released a 40-page report arguing that rents were too high.",
            "report",
            "rents were too high",
        ),
        (
            "The group filed a lawsuit arguing that the law was void.",
            "a lawsuit",
            "the law was void",
        ),
    ],
)
def test_a_submission_with_its_length_then_a_participle_is_its_authors(
    text: str, name: str, content: str
):
    [(found, speaker, _)] = attributed(text)
    assert speaker is not None
    assert (found, speaker.name) == (content, name)


def test_a_pronoun_after_a_submitted_brief_is_its_author():
    text = (
        "Farah Lind, who lives in Dale, submitted a 14-page brief arguing that the dam leaked."
        " She wrote that the wetlands were gone."
    )
    assert [s.name if s else None for _, s, _ in attributed(text)] == ["Farah Lind"] * 2


@pytest.mark.parametrize(
    "text",
    [
        # questions put at a hearing, nothing of them reported: no statement
        "Commissioner Ann Roe asked questions sparingly.",
        "Trustees asked pointed questions on Tuesday.",
        "The chair asked questions of every witness.",
        "Ann Lee asked several questions, and the mayor answered them.",
    ],
)
def test_questions_asked_with_nothing_reported_are_no_statement(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # near-misses: a question's topic, or the question itself, is reported
        ("Ann Lee asked the question of whether the dam was safe.", "whether the dam was safe"),
        ("Ann Lee asked tough questions about the budget.", "tough questions about the budget"),
        ("Ann Lee asked the question: who pays?", "who pays?"),
        ("Ann Lee asked whether the dam was safe.", "whether the dam was safe"),
    ],
)
def test_a_question_reported_is_still_asked(text: str, content: str):
    [(found, speaker, cue)] = attributed(text)
    assert (found, cue) == (content, "asked")
    assert speaker is not None and speaker.name == "Ann Lee"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a person put a question to by a role noun after "a" or "one": not the content
        ("Ann Roe asked a nurse why the ward closed.", "why the ward closed"),
        ("Ann Roe asked one nurse how long the wait was.", "how long the wait was"),
        ("Ann Roe asked a retired nurse why the ward shut.", "why the ward shut"),
        # near-misses: a relative clause after the person told stays what was said of them
        ("Ann Roe asked the mayor why the ward closed.", "why the ward closed"),
    ],
)
def test_a_person_asked_by_a_role_noun_is_no_content(text: str, content: str):
    [(found, _, cue)] = attributed(text)
    assert (found, cue) == (content, "asked")


@pytest.mark.parametrize(
    ("text", "answerer"),
    [
        # the answer to a question put to someone described, by a pronoun: that person
        (
            "Bill Moss spoke first. Ann Roe asked one resident how long it took, and he replied"
            " that it took a year.",
            "one resident",
        ),
        (
            "Bill Moss spoke first. Ann Roe asked a nurse why the ward closed, and she replied"
            " that staff had quit.",
            "a nurse",
        ),
        (
            'Bill Moss spoke first. Ann Roe asked a nurse why the ward closed. "We had no'
            ' staff," she answered.',
            "a nurse",
        ),
        # near-misses: a name asked is found as it was; "said" is no answer to reach for
        (
            "Ann Roe spoke first. She asked Tom Hale how long it took, and he replied that it"
            " took a year.",
            "Tom Hale",
        ),
        (
            "Ann Roe spoke first. Bill Moss asked a nurse why the ward closed. He said staff"
            " had quit.",
            "Bill Moss",
        ),
    ],
)
def test_who_answers_a_question_put_to_someone_described(text: str, answerer: str):
    speaker = attributed(text)[-1][1]
    assert speaker is not None and speaker.name == answerer


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # others who took the same stance, after its object: no part of it
        ("She later voted against the recommendation, as did Tom Hale.", "the recommendation"),
        ("Ann Lee opposed the plan, as did most of the council.", "the plan"),
        ("Ann Lee supported the tower, as had two trustees before her.", "the tower"),
        ("Ann Lee opposed the plan, as did Tom Hale, who called it rushed.", "the plan"),
        # near-misses: "as" of manner, and a speech's clause, keep their words
        ("Ann Lee backed the plan, as expected.", "the plan, as expected"),
        (
            "Ann Lee said she voted for the plan, as did her husband.",
            "she voted for the plan, as did her husband",
        ),
    ],
)
def test_others_sharing_a_stance_are_no_part_of_its_object(text: str, content: str):
    assert attributed(text)[0][0] == content


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a developer's name by its trade, and its first word alone after the whole name
        (
            "Kestrel Urban Developments said the tower was needed.",
            "Kestrel Urban Developments",
            "organization",
        ),
        (
            "The tower, proposed by Kestrel Urban Developments, was approved. Kestrel expects to"
            " start in May.",
            "Kestrel",
            "organization",
        ),
        (
            "The plan came from the Blue Harbor Group. Blue expects to start in May.",
            "Blue",
            "organization",
        ),
        # near-misses: a person's given name opening a body's name is still a person's
        (
            "The plan came from Ann Lee Holdings. Ann Lee expects to start in May.",
            "Ann Lee",
            "person",
        ),
    ],
)
def test_a_developer_and_its_short_name_are_one_company(text: str, name: str, kind: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None
    assert (speaker.name, speaker.kind) == (name, kind)


_TWO_TREMBLAYS = (
    "Bill Tremblay said the water came fast. Jenna Tremblay, a firefighter, said her crew was"
    " late. "
)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a surname two people of different genders share, a pronoun opening what was said
        (_TWO_TREMBLAYS + "Later, Tremblay said he hoped for change.", "Bill Tremblay"),
        (_TWO_TREMBLAYS + "Later, Tremblay said that he was tired.", "Bill Tremblay"),
        (_TWO_TREMBLAYS + "Later, Tremblay said his basement was ruined.", "Bill Tremblay"),
        (_TWO_TREMBLAYS + "Later, Tremblay said she hoped for change.", "Jenna Tremblay"),
        # near-miss: no pronoun tells, the last one named is meant
        (_TWO_TREMBLAYS + "Later, Tremblay said the crew was tired.", "Jenna Tremblay"),
    ],
)
def test_a_shared_surname_by_the_pronoun_opening_the_content(text: str, name: str):
    speaker = attributed(text)[-1][1]
    assert speaker is not None and speaker.name == name


def _said_by(name: str) -> dict[str, tuple[str | None, str | None]]:
    """The speaker and kind of each statement of the invented article `name`, by the first
    five words of its content."""
    return {
        " ".join(content.split()[:5]): (speaker, kind)
        for content, speaker, kind in speakers_by_opening(name)
    }


def test_the_tower_hearing_article():
    found = _said_by("hearing-tower-commission.txt")
    assert found["she had collected 312 signatures"] == ("Marta Ruiz", "person")
    assert found["whether the traffic study had"][0] == "Helen Strand"
    assert found["it had not, because the"][0] == "Ravi Sandhu"
    assert found["the debate had become a"] == ("One resident", "person")
    assert found["it would ask council to"] == ("Alder Lane Residents' Association", "organization")
    assert found["he supported it because he"][0] == "Jason Park"


def test_the_school_consultation_article():
    found = _said_by("hearing-school-consultation.txt")
    assert found["it opposed any closure that"] == (
        "Lakeshore Elementary Teachers' Federation",
        "organization",
    )
    assert found["Then keep it open"] == ("someone at the back", "person")
    assert found["how it would keep children"][0] == "Nadia Hussein"
    assert found["the couple had donated to"][0] == "Arthur Whitfield"
    assert found["to post the full building"][0] == "Carlos Mendoza"


def test_the_inquiry_town_hall_article():
    found = _said_by("hearing-inquiry-townhall.txt")
    assert found["the inquiry should look beyond"] == ("Farah Siddiqui", "person")
    assert found["upstream wetlands had been drained"][0] == "Farah Siddiqui"
    assert found["her crew had only learned"][0] == "Jenna Tremblay"
    assert found["the town's emergency line received"][0] == "Anne-Marie Dufour"
    assert not any(c.startswith("questions") for c in found)  # "asked questions sparingly"
    assert found["he hoped the inquiry would"][0] == "Bill Tremblay"


def test_the_tower_article_short_company_name():
    found = _said_by("hearing-tower-commission.txt")
    assert found["to begin construction in 2026"] == ("Kestrel", "organization")
    assert found["the recommendation"][0] == "Helen Strand"  # "..., as did Commissioner ..."


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a person's pronoun opening what a company's first word said: a person of that name
        (
            "Morgan Stanley Capital Holdings bought the site. Morgan said he was pleased with"
            " the price.",
            "person",
        ),
        ("Harris Green Developments filed plans. Harris said she would fight the tower.", "person"),
        # a person the text titles so ("Dr. Harris"): not the company's short form
        (
            "Dr. Harris spoke. Harris Green Developments filed plans. Harris said the tower"
            " was too tall.",
            "unknown",
        ),
        # nothing telling a person: the company's short form still
        (
            "Harris Green Developments filed plans. Harris said the tower would be 40 storeys.",
            "organization",
        ),
    ],
)
def test_a_company_first_word_said_with_a_person_pronoun(text: str, kind: str):
    assert attributed(text)[-1][1].kind == kind


def test_an_answer_after_another_person_named_between_is_not_the_one_asked():
    text = (
        "Ann Moss asked one resident how long it took. Tom Lee spoke next. He replied that he"
        " did not know."
    )
    assert attributed(text)[-1][1].name == "Tom Lee"


def test_a_family_possessive_before_a_capital_is_no_members_body_name():
    text = "The owners, the Wilsons' Farm, said the price was fair."
    assert _speaker(text)[:2] == ("The owners", "group")
