"""Hospitals as local and national outlets cover them: constructions found by trying whosaid on
invented stories of a rural emergency department's closures, a state audit of emergency-room
waits and an auditor general's report on agency nurses (tests/data/speakers/hospitals-*.txt),
each tested here on other invented sentences."""

import pytest
from extraction_helpers import ARTICLES, attributed, missing_speakers, named, speaker_of

from tui.core.figures import find_figures


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A spokesperson for the health authority said the closure was regrettable. For "
            "Maria Fenn, the drive came at 3 a.m. “We just drove,” she said.",
            "Maria Fenn",
        ),
        (
            "A nurse at the clinic said the ward was full. For Karen Holt, the wait was the "
            "worst part. “Nobody came,” she said.",
            "Karen Holt",
        ),
        (
            "An official said the beds were gone. To Peter Vance, the closure felt personal. "
            "“It is my town,” he said.",
            "Peter Vance",
        ),
    ],
)
def test_a_person_framed_as_the_sentences_topic_is_the_pronoun_after(text: str, name: str):
    assert named(text)[-1][1] == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A spokesperson for the clinic said the ward was full. The clinic hired Maria Fenn "
            "in May. “We are glad,” she said.",
            "A spokesperson for the clinic",
        ),
        (
            "Dr. Lee Tam said the ward was full. For Karen Holt, the wait was the worst part. "
            "“Nobody came,” he said.",
            "Lee Tam",
        ),
    ],
)
def test_a_person_not_framed_as_topic_or_of_the_other_gender_leaves_the_speaker(
    text: str, name: str
):
    assert named(text)[-1][1] == name


@pytest.mark.parametrize(
    "text",
    [
        "For Karen Holt, the wait was the worst part. “Nobody came,” she said.",
        "For Maria Fenn, the drive came at 3 a.m. “We just drove,” she said.",
    ],
)
def test_the_clause_after_a_framed_topic_is_no_role(text: str):
    assert speaker_of(text)[2] is None


@pytest.mark.parametrize(
    "text",
    [
        "For the family, the board felt distant.",
        "In the end, the board expected delays.",
        "For months, the clinic felt empty.",
        "To Karen Holt, the closure felt personal.",
    ],
)
def test_a_short_phrase_of_scene_before_a_thought_is_not_its_content(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("About 40 nurses left, the union said.", "About 40 nurses left"),
        ("The ward is full, the nurse felt.", "The ward is full"),
        ("Without the nurses the ward closes, she said.", "Without the nurses the ward closes"),
    ],
)
def test_a_clause_before_its_attribution_is_still_content(text: str, content: str):
    assert [c for c, _, _ in attributed(text)] == [content]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Nova Scotia’s auditor general says hospitals overspent on agency nurses.\n\n"
            "In a report tabled Tuesday, Auditor General Vera Lindqvist found that rates "
            "were high.",
            "Vera Lindqvist",
        ),
        (
            "The province's health minister says the ER will reopen in May.\n\n"
            "Health Minister Tessa Marsh told reporters the doctors had been hired.",
            "Tessa Marsh",
        ),
        (
            "Health minister says ER will reopen\n\n"
            "The health minister says the ER in Brill will reopen in May.\n\n"
            "Health Minister Tessa Marsh told reporters the doctors had been hired.",
            "Tessa Marsh",
        ),
        (
            "Harmon Valley's chief executive says the ward is full.\n\n"
            "Chief executive Greg Nakamura said beds were short.",
            "Greg Nakamura",
        ),
    ],
)
def test_a_role_owned_by_a_place_in_the_lede_is_its_holder_named_later(text: str, name: str):
    assert named(text)[0][1] == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Harmon Valley's chief executive says the ward is full.\n\n"
            "St. Columba's chief executive, Greg Nakamura, said beds were short.",
            "Harmon Valley's chief executive",
        ),
        (
            "Fire chief warns crews are ready\n\n"
            "The fire chief said crews were ready.\n\n"
            "Deputy Fire Chief Ola Fenn said the ward was full.",
            "Fire chief",
        ),
    ],
)
def test_a_holder_of_another_owner_or_office_is_not_the_lede_role(text: str, name: str):
    assert named(text)[0][1] == name


def test_it_after_a_report_that_stood_for_its_author_is_that_author():
    text = (
        "In a report tabled Tuesday, Auditor General Vera Lindqvist found that rates were "
        "high.\n\nThe report says vacancy rates rose.\n\nIt also found that rural wards "
        "relied on agency staff."
    )
    assert [name for _, name, _ in named(text)] == ["Vera Lindqvist"] * 3


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The report says sales rose. It also said costs fell.", "The report"),
        ("Ann Lee said the report was late. It also found that waits were long.", "It"),
    ],
)
def test_it_after_a_report_of_its_own_or_no_report_is_unchanged(text: str, name: str):
    assert named(text)[-1][1] == name


@pytest.mark.parametrize(
    "text",
    [
        "Patients urged to get flu shots as cases climb",
        "Residents warned to avoid the river after spill",
        "Nurses advised to wear masks on every ward",
        "Families told to expect longer waits at Brill hospital",
    ],
)
def test_a_headlines_passive_before_to_reports_nothing_of_its_subject(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The union urged the minister to act.", "the minister to act"),
        ("Nurses asked to meet the minister.", "to meet the minister"),
        ("Nurses told the minister the ward was full.", "the ward was full"),
    ],
)
def test_a_cue_with_its_object_or_asking_to_still_reports(text: str, content: str):
    assert [c for c, _, _ in attributed(text)] == [content]


@pytest.mark.parametrize(
    ("text", "unit", "subject"),
    [
        ("We have 118 open nursing positions right now.", "positions", "open nursing positions"),
        ("The board added 40 new teaching posts.", "posts", "new teaching posts"),
        ("The clinic has 12 vacant nursing jobs.", "jobs", "vacant nursing jobs"),
    ],
)
def test_a_gerund_between_an_adjective_and_a_plural_is_counted_with_it(
    text: str, unit: str, subject: str
):
    [figure] = find_figures(text)
    assert (figure.unit, figure.subject) == (unit, subject)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("They hired 50 nurses working night shifts.", "nurses"),
        ("She saw one student taking exams.", "student"),
        ("Two men working shifts said so.", "men"),
    ],
)
def test_a_gerund_after_the_noun_counted_still_ends_it(text: str, unit: str):
    assert find_figures(text)[0].unit == unit


@pytest.mark.parametrize(
    "text",
    [
        "The hospital declined an interview request.",
        "The minister declined interview requests from the Brill Herald.",
        "The premier refused the Herald's requests for an interview.",
        "The clinic declined repeated requests for comment.",
    ],
)
def test_refusing_a_request_for_an_interview_or_comment_says_nothing(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        ("The union declined the offer.", ["the offer"]),
        ("The board refused the request for more beds.", ["the request for more beds"]),
        (
            "The ministry declined requests for comment but said the beds would open in May.",
            ["the beds would open in May"],
        ),
    ],
)
def test_another_object_refused_or_a_statement_after_the_refusal_is_kept(
    text: str, contents: list[str]
):
    assert [c for c, _, _ in attributed(text)] == contents


@pytest.mark.parametrize(
    "text",
    [
        "Fraser Valley Health said the ward was full.",
        "Ontario Health said the ward was full.",
        "Kelby Public Health said cases were rising.",
    ],
)
def test_a_name_ending_with_health_is_an_organization(text: str):
    assert speaker_of(text)[1] == "organization"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("The ward is full, said the Secretary of Health.", "Secretary of Health"),
        ("Minister of Health Ann Lee said the ward was full.", "Minister of Health"),
    ],
)
def test_an_office_of_health_is_still_a_persons(text: str, role: str):
    assert speaker_of(text)[1:] == ("person", role)


@pytest.mark.parametrize(
    "text",
    [
        "Northern Health said the ER was closed.\n\nThe health authority said it would post "
        "updates.",
        "Kelby Public Health said cases rose.\n\nThe authority said it would test schools.",
    ],
)
def test_the_health_authority_is_the_body_named_by_health_before(text: str):
    first, second = named(text)
    assert second[1] == first[1]


@pytest.mark.parametrize(
    "text",
    [
        "The Ministry of Health said funding was approved.\n\nThe health authority said it "
        "would post updates.",
        "Northern Health said the ER was closed.\n\nThe ministry said doctors were hired.",
    ],
)
def test_a_ministry_of_health_is_no_health_authority(text: str):
    first, second = named(text)
    assert second[1] != first[1]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Ombudsperson Helen Raske wrote that the authority failed.",
            "Helen Raske",
            "Ombudsperson",
        ),
        ("Patient ombudsman Craig Lund said complaints rose.", "Craig Lund", "Patient ombudsman"),
        (
            "The provincial ombudsman, Helen Raske, said the authority failed.",
            "Helen Raske",
            "provincial ombudsman",
        ),
    ],
)
def test_an_ombudsperson_is_a_persons_role(text: str, name: str, role: str):
    assert speaker_of(text) == (name, "person", role)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A survey of 1,100 members found that most had considered leaving.", "A survey"),
        ("The union's survey of 2,300 nurses found that most were tired.", "The union's survey"),
        ("Its survey of 900 nurses found that most were tired.", "Its survey"),
        ("Their report on the 2,400 complaints says most were about waits.", "Their report"),
    ],
)
def test_a_document_of_a_counted_group_is_the_speaker_not_the_group(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "document")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A survey of nurses, released Monday, found that most were tired.", "A survey of nurses"),
        ("Some 1,100 members of the union said the ward was unsafe.", "Some 1,100 members"),
    ],
)
def test_a_document_with_an_aside_or_a_counted_subject_is_unchanged(text: str, name: str):
    assert speaker_of(text)[0].startswith(name)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The audit recommended that the agency collect and publish wait data.",
            "the agency collect and publish wait data",
        ),
        (
            "The panel urged that the clinic hire nurses and report its wait times.",
            "the clinic hire nurses and report its wait times",
        ),
        (
            "The union demands that the hospital reopen the ward and explain the closure.",
            "the hospital reopen the ward and explain the closure",
        ),
    ],
)
def test_a_bare_verb_joined_in_a_mandative_that_clause_is_the_clauses(text: str, content: str):
    assert [c for c, _, _ in attributed(text)] == [content]


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ("Doctors recommend rest and urge patients to drink water.", ["recommend", "urge"]),
        (
            "Nurses demand that the ward stay open and urge the minister to visit.",
            ["demand", "urge"],
        ),
        ("The audit recommended changes and urged the minister to act.", ["recommended", "urged"]),
    ],
)
def test_a_second_cue_after_a_bare_cue_or_an_object_is_the_speakers(text: str, cues: list[str]):
    assert [cue for _, _, cue in attributed(text)] == cues


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "The foundation is funding the ER, its director, Ruth Kamau, said.",
            "The foundation is funding the ER",
            "Ruth Kamau",
        ),
        (
            "The charge was dropped against Ann Lee, her lawyer, Tom Hale, said.",
            "The charge was dropped against Ann Lee",
            "Tom Hale",
        ),
        (
            "Beds were added at the ICU, their manager, Ivo Marr, said.",
            "Beds were added at the ICU",
            "Ivo Marr",
        ),
    ],
)
def test_a_name_before_its_possessive_role_and_the_speaker_is_in_the_content(
    text: str, content: str, name: str
):
    assert named(text) == [(content, name, "said")]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Acme Corp, its parent company, said the plant would close.", "Acme Corp", None),
        ("The ward will close, Brill Health, its operator, said.", "Brill Health", "operator"),
    ],
)
def test_a_body_with_a_possessive_role_and_no_name_after_still_speaks(
    text: str, name: str, role: str | None
):
    speaker = speaker_of(text)
    assert speaker[0] == name and (role is None or speaker[2] == role)


FLOORS = {
    "hospitals-er-closure-north.txt": [
        ("the diversion was", "a spokesperson for Northern Health", "person"),
        ("We didn’t even think", "Corinne Batiste", "person"),
        ("Her father was treated", "Corinne Batiste", "person"),
        ("We are burning out", "Hamid Qureshi", "person"),
        ("roughly one in five", "Lorna Steadman", "person"),
        ("No one should have to drive", "Renata Kowal", "person"),
        ("We’re not asking", "Trish Olmstead", "person"),
        ("it would post updates", "Northern Health", "organization"),
    ],
    "hospitals-er-waits-audit.txt": [
        ("Boarding is not an emergency", "the auditors", "group"),
        ("We can build rooms", "Gregory Nakamura", "person"),
        ("the findings confirmed", "Oregon Nurses Association", "organization"),
        ("Our nurses are caring", "Tess Underhill", "person"),
        ("People sit in the lobby", "Ana Whitlock", "person"),
        ("Families deserve to know", "Marisol Kettering", "person"),
        (
            "about 600 patients",
            "Oregon Association of Hospitals and Health Systems",
            "organization",
        ),
    ],
    "hospitals-auditor-nurses.txt": [
        ("the province’s hospitals spent", "Miriam Osterhout", "person"),
        ("emergency departments in rural", "Miriam Osterhout", "person"),
        ("This report tells us", "Colin Avery", "person"),
        ("it has reduced agency spending", "Nova Scotia Health", "organization"),
        ("We told them over and over", "Janet Corkum", "person"),
        ("Agency nurses kept", "Farid Salem", "person"),
        ("They were paying $300", "Kelly Boutilier", "person"),
    ],
}


@pytest.mark.parametrize(("name", "expected"), sorted(FLOORS.items()))
def test_each_invented_hospitals_article_keeps_its_floor(name: str, expected: list):
    assert missing_speakers(name, expected) == []


@pytest.mark.parametrize(
    ("name", "never"),
    [
        ("hospitals-er-closure-north.txt", ["how many physician vacancies", "when the Fenwick"]),
        ("hospitals-er-waits-audit.txt", ["an administrator available"]),
        ("hospitals-auditor-nurses.txt", ["would be held accountable"]),
    ],
)
def test_no_refusal_nor_told_listener_of_an_invented_hospitals_article_is_a_statement(
    name: str, never: list[str]
):
    found = attributed((ARTICLES / name).read_text(encoding="utf-8"))
    assert not any(s is not None and s.name.lower() == "residents" for _, s, _ in found)
    assert not any(words in content for content, _, _ in found for words in never)
