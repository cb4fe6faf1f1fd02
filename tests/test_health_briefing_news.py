"""Public-health briefings as Canadian outlets write them, as a new analyst reads them:
constructions found by trying whosaid on invented stories of a provincial daily briefing, a
care-home outbreak and a vaccine rollout argued between Ottawa and a province (in
tests/data/speakers/health-*.txt), each tested here on other invented sentences."""

import pytest
from extraction_helpers import (
    ARTICLES,
    attributed,
    missing_speakers,
    speaker_of,
    speakers_by_opening,
)

from tui.core.figures import find_figures


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Dr. Ines Moor, who stood beside Premier Lydia Crane, said beds were full. "
            "Crane said more would open.",
            "Premier",
        ),
        (
            "Ines Moor, who sat near Mayor Lydia Crane, said the rink would close. "
            "Crane said it would not.",
            "Mayor",
        ),
        (
            "Ines Moor, standing behind Health Minister Lydia Crane, said beds were full. "
            "Crane said more would open.",
            "Health Minister",
        ),
        ("Beside Premier Lydia Crane, Ines Moor said taxes rose. Crane said they fell.", "Premier"),
    ],
)
def test_a_place_preposition_before_a_title_is_no_part_of_the_role(text: str, role: str):
    *_, (_, speaker, _) = attributed(text)
    assert speaker is not None
    assert (speaker.name, speaker.role) == ("Lydia Crane", role)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Past president Lydia Crane said the fund was short.", "Past president"),
        ("Outside counsel Lydia Crane said the fund was short.", "Outside counsel"),
        ("Interim Premier Lydia Crane said the fund was short.", "Interim Premier"),
    ],
)
def test_a_word_that_modifies_the_title_stays_in_the_role(text: str, role: str):
    assert speaker_of(text) == ("Lydia Crane", "person", role)


@pytest.mark.parametrize(
    ("text", "name", "content"),
    [
        (
            "The latest modelling shows the region could run short of ventilators.",
            "The latest modelling",
            "the region could run short of ventilators",
        ),
        (
            "According to new provincial modelling, admissions could reach 640 by June.",
            "new provincial modelling",
            "admissions could reach 640 by June",
        ),
        (
            "Federal modeling suggests infections will crest in late April.",
            "Federal modeling",
            "infections will crest in late April",
        ),
        (
            "The modelling, released Thursday, suggests wait times could double.",
            "The modelling",
            "wait times could double",
        ),
    ],
)
def test_modelling_is_a_document(text: str, name: str, content: str):
    [(found, speaker, _)] = attributed(text)
    assert speaker is not None
    assert (found, speaker.name, speaker.kind) == (content, name, "document")


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "The Harlow Modelling Group said infections would fall.",
            "Harlow Modelling Group",
            "organization",
        ),
        ("Dr. Tess Avery said the modelling was grim.", "Tess Avery", "person"),
    ],
)
def test_a_modelling_body_and_a_person_speaking_of_modelling_keep_their_kinds(
    text: str, name: str, kind: str
):
    assert speaker_of(text)[:2] == (name, kind)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Coastal Health confirmed the outbreak in a statement Friday.", "the outbreak"),
        ("The ministry announced the closures in a news release Monday.", "the closures"),
        (
            "The clinic said the wards would stay shut in an email last week.",
            "the wards would stay shut",
        ),
        ("The union said talks were over in a press release.", "talks were over"),
        (
            "The authority said two residents had died, in a media release Sunday.",
            "two residents had died",
        ),
    ],
)
def test_a_message_and_a_bare_time_closing_the_sentence_are_no_content(text: str, content: str):
    [(found, _, _)] = attributed(text)
    assert found == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The ministry said the inmates were freed in a prisoner release.",
            "the inmates were freed in a prisoner release",
        ),
        ("The ministry said the clinic would close in March.", "the clinic would close in March"),
        (
            "The board said the plan was described in a memo Monday.",
            "the plan was described in a memo Monday",
        ),
    ],
)
def test_a_release_that_is_no_message_or_a_time_alone_stays_in_the_content(text: str, content: str):
    [(found, _, _)] = attributed(text)
    assert found == content


@pytest.mark.parametrize(
    ("text", "number", "unit"),
    [
        (
            "About 3.1 million doses would arrive in the first two weeks of May, up from 1.7 "
            "million in the last two weeks of April.",
            "1.7 million",
            "doses",
        ),
        ("Clinics gave 800 shots in the past three days, up from 450.", "450", "shots"),
        (
            "There were 1,340 cases in the last 24 hours, compared with 910.",
            "910",
            "cases",
        ),
    ],
)
def test_a_bare_level_compared_past_a_span_of_time_counts_what_the_figure_before_it_counts(
    text: str, number: str, unit: str
):
    [figure] = [f for f in find_figures(text) if text[f.span[0] : f.span[1]] == number]
    assert (figure.unit, figure.kind) == (unit, "count")


@pytest.mark.parametrize(
    ("text", "number", "unit"),
    [
        ("Patients waited six weeks, up from four.", "four", "week"),
        ("Stays lasted nine days in the spring, up from seven.", "seven", "day"),
    ],
)
def test_a_bare_level_compared_with_a_duration_itself_is_that_duration(
    text: str, number: str, unit: str
):
    [figure] = [f for f in find_figures(text) if text[f.span[0] : f.span[1]] == number]
    assert (figure.unit, figure.kind) == (unit, "duration")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "health-daily-briefing.txt",
            [
                ("1,203 new cases", "Ana Voss", "person"),
                ("We are not out of the woods, and", "Ana Voss", "person"),
                ("72 people were in intensive care", "Ana Voss", "person"),
                ("the government would add 40", "Colin Brandt", "person"),
                ("Our hospitals are under strain", "Colin Brandt", "person"),
                ("she would not rule out", "Ruth Galloway", "person"),
                ("Nothing is off the table", "Ruth Galloway", "person"),
                ("Schools are not where", "Ana Voss", "person"),
                ("the projections were sobering", "Felix Amari", "person"),
                ("We saw this exact pattern", "Felix Amari", "person"),
                ("surgeries would not be postponed", "Ministry of Health", "organization"),
                ("The vaccines are still doing", "Ana Voss", "person"),
            ],
        ),
        (
            "health-care-home-outbreak.txt",
            [
                ("We were left in the dark for almost", "Maria Kowal", "person"),
                ("she only found out", "Maria Kowal", "person"),
                ("the family had asked", "Daniel Kowal", "person"),
                ("They said they would call us", "Daniel Kowal", "person"),
                ("It's not the staff I blame", "Tom Reyes", "person"),
                ("it had followed all public health", "Evergreen Senior Living", "organization"),
                ("We brought in agency nurses", "Janet Moreau", "person"),
                ("the company would review", "Janet Moreau", "person"),
                ("These are the most vulnerable", "Samir Patel", "person"),
                ("If you don't cohort residents", "Nora Li", "person"),
                ("I want to know when they knew", "Maria Kowal", "person"),
            ],
        ),
        (
            "health-vaccine-rollout.txt",
            [
                ("about 2.4 million doses", "Dana Whitfield", "person"),
                ("the delays had been caused", "Dana Whitfield", "person"),
                ("That is still the target", "Arjun Mehta", "person"),
                ("We had the nurses", "Greg Tolland", "person"),
                ("about 18,000 appointments", "Greg Tolland", "person"),
                ("allocations were based", "Public Health Agency of Canada", "organization"),
                ("Age is still the single", "Helena Brooks", "person"),
                ("more than 92 per cent", "Helena Brooks", "person"),
                ("Some provinces built", "Kofi Mensah", "person"),
                ("the government was open to it", "Dana Whitfield", "person"),
                ("We will buy our own freezers", "Leah Sorensen", "person"),
            ],
        ),
    ],
)
def test_each_invented_briefing_article_keeps_its_floor(name: str, expected: list):
    assert missing_speakers(name, expected) == []


@pytest.mark.parametrize(
    ("name", "not_said"),
    [
        (
            "health-daily-briefing.txt",
            ["Galloway was also asked", "She declined", "The next briefing"],
        ),
        ("health-care-home-outbreak.txt", ["did not respond", "Another 61 residents"]),
        ("health-vaccine-rollout.txt", ["Whitfield was asked"]),
    ],
)
def test_what_no_one_said_in_the_briefing_articles_is_no_statement(name: str, not_said: list):
    contents = [content for content, _, _ in speakers_by_opening(name)]
    assert not [c for c in contents for opening in not_said if c.startswith(opening)]


def test_the_rollout_figures_count_doses_not_weeks():
    text = (ARTICLES / "health-vaccine-rollout.txt").read_text(encoding="utf-8")
    [figure] = [f for f in find_figures(text) if text[f.span[0] : f.span[1]] == "1.3 million"]
    assert figure.unit == "doses"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Dr. Mona Reyes chaired the briefing. Dr. Ivan Kolb, an emergency physician, said "
            "beds were full. Reyes said she understood. “We are all tired,” the doctor said.",
            "Mona Reyes",
        ),
        (
            "Prof. Mona Reyes opened the hearing. Ivan Kolb, a professor of law, said the bill "
            "was vague. Reyes disagreed. “It is clear,” Reyes said. “Read it,” the professor said.",
            "Mona Reyes",
        ),
    ],
)
def test_a_title_before_a_full_name_outside_an_attribution_makes_its_holder(text: str, name: str):
    """ "the doctor" after "Dr. X" spoke by surname alone is X, the most recent, not an
    earlier physician."""
    *_, (_, speaker, _) = attributed(text)
    assert speaker is not None and speaker.name == name


@pytest.mark.parametrize(
    "text",
    [
        "Mona Reyes chaired the briefing. Dr. Ivan Kolb, an emergency physician, said beds were "
        "full. Reyes said she understood. “We are all tired,” the doctor said.",
        "Dr. Mona Reyes chaired the briefing. Dr. Ivan Kolb, an emergency physician, said beds "
        "were full. “We are all tired,” the doctor said.",
    ],
)
def test_the_doctor_stays_the_physician_when_the_other_has_no_title_or_did_not_speak(text: str):
    *_, (_, speaker, _) = attributed(text)
    assert speaker is not None and speaker.name == "Ivan Kolb"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Dr. Omar Pell, the region's medical officer of health, said tracers were swamped. "
            "“We cannot keep up,” the medical officer of health said.",
            "Omar Pell",
        ),
        (
            "The county's medical officer, Dr. Omar Pell, said clinics were full. “We need "
            "help,” said the medical officer.",
            "Omar Pell",
        ),
        (
            "Rita Snow, the chain's chief financial officer, said costs rose. “It was a hard "
            "year,” the chief financial officer said.",
            "Rita Snow",
        ),
        (
            "Rita Snow, the riding's returning officer, said the count was late. “We had a "
            "long night,” the returning officer said.",
            "Rita Snow",
        ),
    ],
)
def test_an_officer_of_a_field_is_the_one_holder_of_that_office(text: str, name: str):
    *_, (_, speaker, _) = attributed(text)
    assert speaker is not None and speaker.name == name


@pytest.mark.parametrize(
    "text",
    [
        # (an appositive "a police officer" would link "the officer" to her: see
        # test_leftovers23s_news; a nurse is no officer)
        "Rita Snow, a nurse, said crime rose. “It was a bad year,” the officer said.",
        "An officer at the scene said the road was closed. Rita Snow, a nurse, said two were "
        "hurt. “It was chaos,” the officer said.",
    ],
)
def test_an_officer_of_no_field_stays_an_unnamed_officer(text: str):
    *_, (_, speaker, _) = attributed(text)
    assert speaker is not None and not speaker.named


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Chief Medical Officer of Health Ines Tovar said the mask rule would stay.",
            "Chief Medical Officer of Health",
        ),
        (
            "Deputy Chief Medical Officer of Health Ines Tovar told reporters clinics were full.",
            "Deputy Chief Medical Officer of Health",
        ),
    ],
)
def test_an_office_of_a_domain_before_a_name_is_the_role(text: str, role: str):
    assert speaker_of(text) == ("Ines Tovar", "person", role)


def test_a_named_officer_of_a_body_keeps_the_body_as_the_complement():
    text = "Police Chief Xantha Tully of the Vell Police Service said the road was shut."
    assert speaker_of(text)[:2] == ("Xantha Tully", "person")


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Ruth Amell, president of the provincial paramedics' union, agreed. “We are short "
            "every night,” she said.",
            "president of the provincial paramedics' union",
        ),
        (
            "Ruth Amell, executive director of the Tarn Valley Food Bank, has run it since 2014. "
            "Amell said demand had doubled.",
            "executive director of the Tarn Valley Food Bank",
        ),
    ],
)
def test_a_role_without_an_article_apposed_where_a_person_is_first_named_is_the_role(
    text: str, role: str
):
    *_, (_, speaker, _) = attributed(text)
    assert speaker is not None and (speaker.name, speaker.role) == ("Ruth Amell", role)


@pytest.mark.parametrize(
    "text",
    [
        "Ruth Amell, who chairs the board, agreed. Amell said demand had doubled.",
        "Ruth Amell, mother of two, agreed. Amell said demand had doubled.",
        "Ruth Amell, 52, agreed. Amell said demand had doubled.",
    ],
)
def test_a_clause_a_kinship_or_an_age_after_a_first_naming_is_no_role(text: str):
    *_, (_, speaker, _) = attributed(text)
    assert speaker is not None and speaker.role is None
