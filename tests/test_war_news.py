"""War and international news, on invented sentences: military sources after "according
to", spokesmen telling state media, armed services and think tanks as speakers."""

from extraction_helpers import run

from tui.core.figures import find_figures
from tui.core.model import Statement


def said(text: str, statement: Statement) -> str:
    return text[statement.span[0] : statement.span[1]]


def test_a_thousands_comma_does_not_end_the_source_after_according_to() -> None:
    text = "According to the navy, at least 2,400 sailors were rescued from the two ships."
    speakers, [statement] = run(text)
    assert said(text, statement) == "at least 2,400 sailors were rescued from the two ships"
    assert speakers[statement.speaker].name == "the navy"


def test_the_press_with_its_scope_is_the_listener_not_the_content() -> None:
    for listener in ("state media", "Belarusian state television", "local media"):
        text = f"A border spokesman, Maj. Ivan Petrenko, told {listener} that two drones fell."
        speakers, [statement] = run(text)
        assert said(text, statement) == "two drones fell"
        assert speakers[statement.speaker].name == "Ivan Petrenko"


def test_an_air_force_is_an_organization_not_a_person() -> None:
    for subject in ("Poland's air force", "The air force", "A joint task force"):
        speakers, [statement] = run(f"{subject} said it had tracked four missiles.")
        speaker = speakers[statement.speaker]
        assert (speaker.name, speaker.kind, speaker.role) == (subject, "organization", None)


def test_an_institute_named_for_the_study_of_a_subject_keeps_its_whole_name() -> None:
    for name in ("Institute for the Study of Conflict", "Centre for the Analysis of Security"):
        text = f"The {name} said in its daily assessment that two brigades had withdrawn."
        speakers, [statement] = run(text)
        speaker = speakers[statement.speaker]
        assert (speaker.name, speaker.kind) == (name, "organization")
        assert said(text, statement) == "two brigades had withdrawn"


def test_a_relative_clause_after_the_source_of_according_to_is_the_source_s() -> None:
    text = "The siege has cost at least 900 lives, according to monitors who count the dead."
    speakers, [statement] = run(text)
    assert said(text, statement) == "The siege has cost at least 900 lives"
    speaker = speakers[statement.speaker]
    assert (speaker.name, speaker.kind) == ("monitors", "group")


def test_a_second_speaker_described_before_the_name_ends_the_first_statement() -> None:
    text = (
        "Ankara has denied sending drones to the rebels, and a spokesman for the defence "
        "ministry, Kerem Aydin, said the reports were false."
    )
    speakers, statements = run(text)
    assert [said(text, s) for s in statements] == [
        "sending drones to the rebels",
        "the reports were false",
    ]
    assert [speakers[s.speaker].name for s in statements] == ["Ankara", "Kerem Aydin"]


def test_a_participle_clause_after_an_unnamed_source_is_no_role() -> None:
    for clause in ("speaking on condition of anonymity", "declining to be identified"):
        text = f"A senior EU official, {clause}, said the sanctions would be extended."
        speakers, [statement] = run(text)
        assert speakers[statement.speaker].role == "senior EU official"
    text = "Ann Vale, acting head of the mission, said the sanctions would be extended."
    speakers, [statement] = run(text)
    assert speakers[statement.speaker].role == "acting head of the mission"


def test_a_modifier_before_a_title_keeps_the_title_in_the_role() -> None:
    for before in ("Retired Adm.", "Former Gov."):
        speakers, [statement] = run(f"{before} Tom Reyes said the fleet was too small.")
        speaker = speakers[statement.speaker]
        assert (speaker.name, speaker.role) == ("Tom Reyes", before)
    speakers, [statement] = run("Navy spokesman Lt. Tom Reyes said the fleet was too small.")
    assert speakers[statement.speaker].role == "Navy spokesman"


def test_a_time_of_the_day_of_writing_after_a_number_is_no_unit() -> None:
    text = "The strike wounded at least 14 overnight and six more today; two overnight trains ran."
    found = [(text[f.span[0] : f.span[1]], f.unit) for f in find_figures(text)]
    assert ("at least 14", None) in found
    assert ("two overnight trains", "trains") in found
    assert all(unit not in {"overnight", "today"} for _, unit in found)


def test_assessments_and_images_cited_as_evidence_are_documents() -> None:
    for source in ("Intelligence assessments suggest", "Satellite images show"):
        speakers, [statement] = run(f"{source} the depot was hit twice.")
        speaker = speakers[statement.speaker]
        assert (speaker.kind, speaker.named) == ("document", False)


def test_a_part_of_a_counted_whole_shares_its_unit() -> None:
    text = "The air defence shot down 61 of 70 missiles."
    found = [(text[f.span[0] : f.span[1]], f.value, f.unit) for f in find_figures(text)]
    assert found == [("61", 61, "missiles"), ("70 missiles", 70, "missiles")]


def test_names_after_a_plural_role_and_of_complement_the_role() -> None:
    for subject in ("The leaders of Chile and Peru", "Leaders of Chile, Peru and Bolivia"):
        speakers, [statement] = run(f"{subject} said the border would reopen.")
        speaker = speakers[statement.speaker]
        assert (speaker.name, speaker.kind, speaker.named) == (subject, "group", False)
    speakers, [statement] = run("Rosa Diaz and Tom Reyes said the border would reopen.")
    assert speakers[statement.speaker].name == "Rosa Diaz and Tom Reyes"
