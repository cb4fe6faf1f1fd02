"""Health and medicine news as a new analyst reads it: constructions found by trying whosaid
on invented stories of hospitals strained by a flu surge, a cardiovascular drug trial and a
health agency's lead-in-water advisory (in tests/data/speakers/), each tested here on other
invented sentences."""

from pathlib import Path

import pytest
from extraction_helpers import attributed, speaker_of

from tui.core.figures import find_figures


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The clinic said patients should rest and call a nurse if the fever returns.",
            "patients should rest and call a nurse if the fever returns",
        ),
        (
            "The ministry said it would test every school and would publish the results.",
            "it would test every school and would publish the results",
        ),
        (
            "Dr. Ivo Marr says parents must keep sick children home and notify the school.",
            "parents must keep sick children home and notify the school",
        ),
    ],
)
def test_a_verb_joined_to_a_modal_in_the_content_is_the_contents_own(text: str, content: str):
    [(found, _, _)] = attributed(text)
    assert found == content


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ("The board said the ward would close and urged families to move.", ["said", "urged"]),
        ("Nurses say the ward is full and urge the state to act.", ["say", "urge"]),
        ("She refuses to share the data or explain the delay.", ["refuses", "explain"]),
        ("Lee agreed with Park and seemed to think the trial was weak.", ["agreed", "think"]),
    ],
)
def test_a_second_cue_of_the_speaker_still_makes_its_own_statement(text: str, cues: list[str]):
    assert [cue for _, _, cue in attributed(text)] == cues


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "A spokeswoman for St. Brendan, Ola Fenn, said the ward was full.",
            "Ola Fenn",
            "spokeswoman for St. Brendan",
        ),
        (
            "A spokesman for St. Agnes's, Ivo Marr, said beds were short.",
            "Ivo Marr",
            "spokesman for St. Agnes's",
        ),
        (
            "A lawyer for Dr. Bo Tarn, Ola Fenn, said the claim was false.",
            "Ola Fenn",
            "lawyer for Dr. Bo Tarn",
        ),
        (
            "A spokeswoman for the clinic, Ola Fenn, said the ward was full.",
            "Ola Fenn",
            "spokeswoman for the clinic",
        ),
    ],
)
def test_a_titles_period_in_the_role_before_an_apposed_name_keeps_the_name(
    text: str, name: str, role: str
):
    assert speaker_of(text) == (name, "person", role)


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ("Patient advocates welcomed the findings.", "Patient advocates", "welcomed"),
        ("Disability advocates criticized the new rules.", "Disability advocates", "criticized"),
        ("Its supporters praised the vote.", "Its supporters", "praised"),
    ],
)
def test_a_plural_cue_noun_before_a_past_cue_verb_is_the_subject(text: str, speaker, cue):
    [(_, found, found_cue)] = attributed(text)
    assert found is not None
    assert (found.name, found.kind, found_cue) == (speaker, "group", cue)


@pytest.mark.parametrize(
    "text",
    ["Ola Fenn advocates expanded screening.", "Ola Fenn supports increased funding."],
)
def test_a_cue_verb_before_a_participle_adjective_stays_the_verb(text: str):
    [(_, found, _)] = attributed(text)
    assert found is not None and found.name == "Ola Fenn"


@pytest.mark.parametrize(
    "text",
    [
        "The trial tested a drug called nexorin against a placebo for two years.",
        "Parents set up a group called Clean Taps in June.",
        "The county hired a firm called Brightwell.",
    ],
)
def test_called_naming_a_thing_just_introduced_is_no_statement(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("A nurse called the policy reckless.", "called"),
        ("Ola Fenn said a doctor called Ivo Marr was wrong.", "said"),
        ("The union called the offer an insult to staff.", "called"),
    ],
)
def test_called_as_speech_or_inside_content_is_kept(text: str, cue: str):
    [(_, _, found_cue)] = attributed(text)
    assert found_cue == cue


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("A midwife who asked not to be named said the unit was short of staff.", "person"),
        ("Two nurses who spoke on condition of anonymity said the ward was full.", "group"),
        ("A pharmacist who declined to be identified said supplies were low.", "person"),
        ("A clinic administrator who asked not to be named said beds were short.", "person"),
        ("An official who asked not to be identified said the plan was dead.", "person"),
    ],
)
def test_any_noun_before_a_clause_asking_anonymity_is_an_unnamed_source(text: str, kind: str):
    [(_, speaker, cue)] = attributed(text)
    assert speaker is not None and cue == "said"
    assert (speaker.kind, speaker.named) == (kind, False)
    assert "who" in speaker.name


def test_a_name_before_a_clause_asking_anonymity_stays_the_speaker():
    [(_, speaker, _)] = attributed("Ola Fenn, who asked not to be named, said it was over.")
    assert speaker is not None and speaker.name == "Ola Fenn"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("A hospital pharmacist said supplies were low.", "person"),
        ("Clinic administrators said beds were short.", "group"),
        ("A hospital midwife said the unit was full.", "person"),
        ("The hospital said beds were short.", "organization"),
    ],
)
def test_a_health_profession_after_an_institution_noun_is_a_person(text: str, kind: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.kind == kind


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Smokers are twice as likely to relapse, earlier studies have found.", "earlier studies"),
        ("The vaccine wanes after a year, later trials showed.", "later trials"),
        ("Earlier reports found that the ward was understaffed.", "Earlier reports"),
    ],
)
def test_earlier_or_later_before_a_document_is_part_of_the_source(text: str, name: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and (speaker.name, speaker.kind) == (name, "document")


@pytest.mark.parametrize(
    "text",
    ["The ward was full, Ola Fenn earlier said.", "The ward was full, the agency later said."],
)
def test_earlier_after_a_subject_is_no_part_of_it(text: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.name in ("Ola Fenn", "the agency")


def figure(text: str, number: str) -> tuple[str, str | None, str | None]:
    """(span text, unit, subject) of the figure whose text opens with `number`."""
    [found] = [f for f in find_figures(text) if text[f.span[0] : f.span[1]].startswith(number)]
    return text[found.span[0] : found.span[1]], found.unit, found.subject


@pytest.mark.parametrize(
    ("text", "number", "unit"),
    [
        ("She had a stroke at 39 despite a healthy diet.", "39", None),
        ("The clinic saw 40 patients despite the storm.", "40 patients", "patients"),
        ("Only 12 beds besides the ward were free.", "12 beds", "beds"),
    ],
)
def test_a_preposition_after_a_number_is_no_unit(text: str, number: str, unit: str | None):
    assert figure(text, number)[:2] == (number, unit)


@pytest.mark.parametrize(
    ("text", "number", "subject"),
    [
        (
            "Women made up 31% of participants and Asian patients fewer than 6%.",
            "31% of participants",
            "participants",
        ),
        (
            "The firm recalled 300 Ford and Mazda cars.",
            "300 Ford and Mazda cars",
            "Ford and Mazda cars",
        ),
    ],
)
def test_and_joins_capitalised_names_in_a_counted_phrase_only(text: str, number: str, subject):
    span, _, found_subject = figure(text, number)
    assert (span, found_subject) == (number, subject)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "A surgeon who operated on the girl said she would walk again.",
            "A surgeon who operated on the girl",
            "person",
        ),
        (
            "Researchers who led the trial said the effect was small.",
            "Researchers who led the trial",
            "group",
        ),
        (
            "Patients who took the pill said they slept better.",
            "Patients who took the pill",
            "group",
        ),
        (
            "Officials who run the program said it was working.",
            "Officials who run the program",
            "group",
        ),
    ],
)
def test_a_noun_and_its_relative_clause_before_the_cue_are_the_speaker(text, name, kind):
    [(_, speaker, cue)] = attributed(text)
    assert speaker is not None and cue == "said"
    assert (speaker.name, speaker.kind) == (name, kind)


def test_a_name_before_a_relative_clause_with_commas_stays_the_speaker():
    [(_, speaker, _)] = attributed("Ola Fenn, who ran the trial, said the effect was small.")
    assert speaker is not None and speaker.name == "Ola Fenn"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A study in The Hallam Review found that deaths fell.", "A study in The Hallam Review"),
        ("An editorial in The Hallam Review called the trial a milestone.", None),
        ("Deaths fell, a study in The Hallam Review found.", "a study in The Hallam Review"),
        (
            "A 2022 study in the journal Clinical Notes found that rates doubled.",
            "A 2022 study in the journal Clinical Notes",
        ),
    ],
)
def test_a_document_and_where_it_was_published_are_one_source(text: str, name: str | None):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.kind == "document"
    assert name is None or speaker.name == name


@pytest.mark.parametrize(
    "text", ["The journal said the paper was withdrawn.", "The medical journal said it erred."]
)
def test_a_journal_is_a_medium(text: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.kind == "media"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ola Fenn said the June samples were clean.", "the June samples were clean"),
        ("Ola Fenn said April was the worst month.", "April was the worst month"),
        ("Ola Fenn said Friday that the ward was full.", "the ward was full"),
        ("Ola Fenn said on Friday the ward was full.", "the ward was full"),
        ("Ola Fenn said last week the ward was full.", "the ward was full"),
    ],
)
def test_a_month_the_content_opens_with_is_no_time_of_saying(text: str, content: str):
    [(found, _, _)] = attributed(text)
    assert found == content


@pytest.mark.parametrize(
    "text",
    [
        "Velmora has not announced a price.",
        "The ministry did not announce a date for the rollout.",
        "The county never declared an emergency.",
        "The board has not yet announced its decision.",
    ],
)
def test_a_negated_performative_with_a_noun_object_is_no_statement(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Velmora announced a price on Monday.",
        "The county declared an emergency.",
        "Velmora has not announced that prices will rise.",
    ],
)
def test_a_performative_said_or_with_a_clause_is_kept(text: str):
    assert len(attributed(text)) == 1


def test_a_plural_in_ies_opening_a_sentence_is_a_group_no_she():
    text = (
        "Dr. Ola Fenn said the clinic would open. Families can ask for tests by calling the"
        ' desk. "We will keep testing," she said.'
    )
    *_, (_, speaker, _) = attributed(text)
    assert speaker is not None and speaker.name == "Ola Fenn"
    [(_, families, _)] = attributed("Families said they were angry.")
    assert families is not None and families.kind == "group"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ola Fenn told parents in Marlow to boil their water.", "to boil their water"),
        ("Ola Fenn told reporters in Brentham the ward was full.", "the ward was full"),
        ("Ola Fenn told reporters at St. Callum the ward was full.", "the ward was full"),
        ("Ola Fenn told him in May that the ward was full.", "the ward was full"),
        ("Ola Fenn told parents to boil their water.", "to boil their water"),
    ],
)
def test_where_the_listeners_are_is_no_part_of_the_content(text: str, content: str):
    [(found, _, _)] = attributed(text)
    assert found == content


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Patients and their families described long waits.", "Patients and their families"),
        ("Residents and their doctors said the clinic closed.", "Residents and their doctors"),
        ("The clinic and its staff said the ward was full.", "The clinic and its staff"),
    ],
)
def test_a_noun_and_what_its_possessive_owns_are_one_speaker(text: str, name: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.name == name


def test_a_possessive_pair_inside_content_is_no_speaker():
    [(content, speaker, _)] = attributed("Ola Fenn said patients and their families were angry.")
    assert speaker is not None and speaker.name == "Ola Fenn"
    assert content == "patients and their families were angry"


def test_a_support_verb_after_a_possessive_pair_stays_inside_the_content():
    text = "Ola Fenn said the ad suggests that the clinic and its doctors support the plan."
    assert [cue for _, _, cue in attributed(text)] == ["said"]


DATA = Path(__file__).parent / "data" / "speakers"

# A floor on each invented article: statements (their content's opening), words of the speaker's
# name and its kind, as a careful reader gives them.
FLOORS = {
    "flu-hospitals-strain.txt": [
        (
            "residents with mild symptoms should stay home and call",
            "Marlow County Health Department",
            "organization",
        ),
        ("the hospital had opened a 20-bed", "Renée Batiste", "person"),
        ("long waits", "Patients and their families", "group"),
        ("two smaller hospitals", "A hospital administrator who asked not to be named", "person"),
    ],
    "statin-trial.txt": [
        ("People with levels above 125", "earlier studies", "document"),
        ("the results", "The Lancet", "document"),
        ("the findings", "Patient advocates", "group"),
    ],
    "water-lead-guidance.txt": [
        (
            "the department would hold free blood-testing clinics",
            "Ruth Okafor",
            "person",
        ),
        ("We will keep testing", "Ruth Okafor", "person"),
        ("the March samples", "Kevin Hale", "person"),
        (
            "children in communities",
            "A 2023 study in the journal Environmental Health Perspectives",
            "document",
        ),
    ],
}


@pytest.mark.parametrize(("name", "expected"), sorted(FLOORS.items()))
def test_each_invented_health_article_keeps_its_floor(name: str, expected: list):
    found = attributed((DATA / name).read_text(encoding="utf-8"))
    for opening, speaker, kind in expected:
        matches = [s for content, s, _ in found if content.startswith(opening)]
        assert len(matches) == 1, opening
        assert matches[0] is not None and speaker in matches[0].name, opening
        assert matches[0].kind == kind, opening
    cues = {cue for _, _, cue in found}
    assert cues.isdisjoint({"call", "publish", "advocates", "announced"})


@pytest.mark.parametrize(
    "text",
    [
        "The shot is advised for adults 65 and older.",
        "Children under 5 were most at risk.",
        "Women over 50 should be screened yearly.",
        "Workers 55 or over were offered buyouts.",
        "Asian-Americans under 30 voted in larger numbers.",  # a hyphenated demonym
    ],
)
def test_an_age_bounding_a_group_of_people_is_no_figure(text: str):
    assert find_figures(text) == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The clinic treated 65 patients and 40 more later.", "65 patients"),
        ("Homes over 100 years old were tested.", "100 years old"),
        ("Patients under 60 took 40 mg a day.", "40 mg a day"),
    ],
)
def test_a_count_or_a_measure_near_a_group_stays_a_figure(text: str, number: str):
    assert figure(text, number)[0] == number
