"""Science and health news: studies, agencies and their spokespeople, invented sentences."""

from tui.core.figures import find_figures
from tui.core.model import Speaker, Statement
from tui.core.statements import find_statements


def read(text: str) -> tuple[dict[str, Speaker], list[Statement]]:
    speakers, statements = find_statements(text)
    return {s.id: s for s in speakers}, statements


def test_a_full_word_title_before_a_period_ends_the_sentence():
    # "Center." is no abbreviated title: "The" after it starts a sentence, not a name.
    text = (
        "Snow cover shrank this winter, according to the Tarn Valley Climate Center.\n\n"
        "The decline was the steepest in decades, the center said in its yearly review."
    )
    speakers, statements = read(text)  # it raised IndexError on the empty name "The"
    assert len(statements) == 2
    assert all(s.name != "The" for s in speakers.values())


def test_an_acronym_spelled_like_a_relative_pronoun_is_a_name():
    # "the WHO said": the World Health Organization, not the relative pronoun "who".
    text = "The WHO said most of the new infections were among unvaccinated adults."
    speakers, statements = read(text)
    assert len(statements) == 1
    speaker = speakers[statements[0].speaker]
    assert (speaker.name, speaker.kind) == ("WHO", "organization")


def test_an_agency_name_with_for_and_and_stays_whole_after_a_spokesperson():
    # "Centers for X and Y" is one agency's name, not two people joined by "and".
    text = (
        "A spokesperson for the Institutes for Soil Science and Forestry said the lab had "
        "confirmed 41 samples."
    )
    speakers, statements = read(text)
    assert len(statements) == 1
    speaker = speakers[statements[0].speaker]
    assert speaker.kind == "person"
    assert "Institutes for Soil Science and Forestry" in speaker.name + (speaker.role or "")


def test_names_joined_by_and_still_make_a_group():
    text = "Maria Lund and Peter Voss said the sample was too small to draw conclusions."
    speakers, statements = read(text)
    assert speakers[statements[0].speaker].kind == "group"


def test_a_sentence_opening_the_does_not_make_a_common_noun_an_outlet():
    # "The agency said" at a sentence start is the agency, as "the agency said" mid-sentence.
    text = "The agency said cases of the fever had doubled since spring."
    speakers, statements = read(text)
    assert speakers[statements[0].speaker].kind == "organization"


def test_the_center_is_the_named_center_that_spoke_before():
    text = (
        "Glaciers retreated 40 meters last year, according to the Harlow Glacier Research "
        "Center. The loss was the largest since records began, the center said."
    )
    speakers, statements = read(text)
    assert len(statements) == 2
    assert statements[0].speaker == statements[1].speaker
    assert speakers[statements[1].speaker].kind == "organization"


def test_a_center_on_a_team_is_still_a_person():
    text = "The visitors lost by a point, and the center said the referee missed a foul."
    speakers, statements = read(text)
    assert speakers[statements[0].speaker].kind == "person"


def test_a_headline_noun_compound_before_says_is_the_speaker():
    # "agency report says": "report" is a noun, "says" the verb; not "agency" reporting.
    text = "Coral bleaching spreads to deeper reefs, agency report says\n\nWarm water lingered."
    speakers, statements = read(text)
    assert all(s.cue != "report" for s in statements)
    assert "agency" not in {s.name for s in speakers.values()}


def test_a_report_released_by_a_long_named_body_is_the_speaker():
    # The document speaks, its maker named after "by" far from the cue.
    text = (
        "A report issued on Friday by the Alpine Glacier Survey Council found that the ice "
        "was thinning."
    )
    speakers, statements = read(text)
    assert speakers[statements[0].speaker].kind == "document"


def test_a_bare_count_counts_the_plural_subject_of_its_sentence():
    text = "Dengue infections have climbed to 2,310 this season."
    (figure,) = find_figures(text)
    assert (figure.value, figure.unit) == (2310, "infections")


def test_an_indefinite_report_is_a_new_document_not_the_last_one():
    text = (
        "Harvest woes deepen\n\n"
        "Wheat yields fell for a third year, a ministry report said on Monday.\n\n"
        "A report released Friday by the Grain Council found that rust fungus had spread. "
        "The report said farmers should rotate crops."
    )
    speakers, statements = read(text)
    first, second, third = (speakers[s.speaker] for s in statements)
    assert first.id != second.id
    assert second.id == third.id


def test_the_spokesperson_is_the_one_brought_in_before():
    text = (
        "A spokesperson for the Coastal Health Board said 12 clinics would open. "
        "The spokesperson said staff were ready."
    )
    speakers, statements = read(text)
    assert statements[0].speaker == statements[1].speaker


def test_a_headline_study_is_the_body_study_that_repeats_it():
    # The headline's study is the body's first "a study": its claim is counted once.
    text = (
        "Short naps lower blood pressure, new study finds\n\n"
        "A study published in a cardiology journal found that short naps lower blood "
        "pressure in older adults."
    )
    speakers, statements = read(text)
    assert len(statements) == 1
