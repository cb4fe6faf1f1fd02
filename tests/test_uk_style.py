"""British, Irish and Australian news styles, on invented sentences: single quotation marks
with the attribution between them, roles set before the name ("the shadow minister, Ann
Vale,"), titles without full stops ("Mr Vale"), and "Speaking on ..." openings."""

import pytest
from extraction_helpers import run

from tui.core.model import Statement
from tui.core.text import quotes


def pieces(text: str, statement: Statement) -> list[str]:
    return [text[s:e] for s, e in statement.pieces]


def test_a_role_set_before_the_name_is_no_part_of_the_quotation() -> None:
    text = (
        "‘The ferries will be late all winter,’ the shadow minister, Ann Vale, told the Herald. "
        "‘Nobody has a plan.’"
    )
    speakers, statements = run(text)
    [statement] = statements
    assert statement.kind == "direct"
    assert pieces(text, statement) == ["The ferries will be late all winter", "Nobody has a plan"]
    assert speakers[statement.speaker].name == "Ann Vale"


@pytest.mark.parametrize(
    "listener", ["ABC’s Insiders program", "2GB’s Ben Fordham", "Channel 9’s Today show"]
)
def test_a_station_or_program_as_listener_is_passed_over(listener: str) -> None:
    text = f"Ms Vale told {listener} the ferry tax would go."
    _, statements = run(text)
    [statement] = statements
    assert text[statement.span[0] : statement.span[1]] == "the ferry tax would go"


def test_a_listener_named_with_a_number_and_a_programme_is_passed_over() -> None:
    text = "Mr Vale told BBC Radio 4’s Today programme: ‘The ferries will run on time.’"
    _, statements = run(text)
    [statement] = statements
    assert statement.kind == "direct"
    assert text[statement.span[0] : statement.span[1]] == "The ferries will run on time"


def test_the_object_of_an_opening_participle_is_no_speaker() -> None:
    text = "Speaking on Radio Kerry, the harbour master, Ann Vale, said: ‘The quay is safe.’"
    speakers, statements = run(text)
    [statement] = statements
    assert speakers[statement.speaker].name == "Ann Vale"
    assert speakers[statement.speaker].role == "harbour master"
    assert pieces(text, statement) == ["The quay is safe"]


def test_a_place_opening_the_sentence_is_still_no_speaker() -> None:
    text = "In Galway, Ann Vale, a ferry pilot, said the quay was safe."
    speakers, statements = run(text)
    [statement] = statements
    assert speakers[statement.speaker].name == "Ann Vale"


@pytest.mark.parametrize(
    "role", ["The Opposition Leader", "The Prime Minister", "The Treasurer", "The Taoiseach"]
)
def test_a_capitalised_role_before_the_name_is_the_role_not_the_speaker(role: str) -> None:
    text = f"{role}, Ann Vale, said the surplus was a fluke."
    speakers, statements = run(text)
    [statement] = statements
    assert speakers[statement.speaker].name == "Ann Vale"


def test_she_is_not_a_name_that_tells_no_person() -> None:
    text = (
        "‘The timetable is a shambles,’ Ann Vale told the Herald. Mr Dunne said it was fine. "
        "In a statement, Harbour Watch said the timetable was late. ‘It is a mess,’ she said."
    )
    speakers, statements = run(text)
    assert speakers[statements[-1].speaker].name == "Ann Vale"


@pytest.mark.parametrize(
    "text",
    [
        "In an interview, Ms Vale was asked whether she expected another surplus next year.",
        "Mr Dunne was asked if he believed the ferry figures.",
    ],
)
def test_a_belief_asked_about_is_no_statement(text: str) -> None:
    _, statements = run(text)
    assert statements == []


def test_adding_a_sum_at_a_rate_is_arithmetic_not_speech() -> None:
    _, statements = run("Ferry fares rose 6%, adding about £90 a year to a weekly pass.")
    assert statements == []


def test_adding_a_clause_with_a_rate_in_it_is_still_speech() -> None:
    _, statements = run("She said fares would rise, adding 6% a year was too much.")
    assert [statement.cue for statement in statements] == ["said", "adding"]


def quoted(text: str) -> list[str]:
    return [text[q.content[0] : q.content[1]] for q in quotes(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "‘The porters’ shifts are too long,’ Ms Vale said.",
            ["The porters’ shifts are too long,"],
        ),
        ("‘We’ve been waitin’ all year,’ he said.", ["We’ve been waitin’ all year,"]),
        (
            "‘The ferry is late,’ she said. ‘The pilots’ rota is a mess.’",
            ["The ferry is late,", "The pilots’ rota is a mess."],
        ),
        # a quoted phrase closing after -s, and another quotation later: two quotations
        (
            "He called it ‘a waste of funds’ and left. ‘We will sue,’ she said.",
            ["a waste of funds", "We will sue,"],
        ),
    ],
)
def test_a_plural_possessive_inside_single_quotes_does_not_close_them(
    text: str, expected: list[str]
) -> None:
    assert quoted(text) == expected


def test_where_a_question_was_put_is_not_what_was_asked() -> None:
    text = "Asked on Radio Kerry whether she would stand down, Ms Vale said: ‘Not a chance.’"
    _, statements = run(text)
    asked = [s for s in statements if s.cue == "Asked"]
    assert [text[s.span[0] : s.span[1]] for s in asked] == ["whether she would stand down"]


def test_a_transcript_answer_is_said_by_no_named_speaker_and_a_question_by_none() -> None:
    text = (
        "The presenter pressed the harbour master on the ferries.\n\n"
        "Q: What do you say to the islanders?\n\n"
        "A: I say the new boat is coming this spring."
    )
    speakers, statements = run(text)
    [statement] = statements
    assert statement.speaker is None
    assert text[statement.span[0] : statement.span[1]] == "I say the new boat is coming this spring"
    assert all(speaker.name != "I" for speaker in speakers.values())


@pytest.mark.parametrize(
    "aside",
    ["who asked not to be named", "who did not want to be named", "who asked to remain anonymous"],
)
def test_a_request_for_anonymity_is_passed_over_for_the_attribution_around_it(aside: str) -> None:
    text = f"‘The night shifts are brutal,’ one porter, {aside}, told the Herald."
    _, statements = run(text)
    [statement] = statements
    assert statement.cue == "told"
    assert text[statement.span[0] : statement.span[1]] == "The night shifts are brutal"


def test_a_description_then_a_name_after_an_inverted_cue_names_the_speaker() -> None:
    text = "‘The ferries are late again,’ said the Labour TD for Cork East, Ann Vale."
    speakers, statements = run(text)
    [statement] = statements
    assert speakers[statement.speaker].name == "Ann Vale"


@pytest.mark.parametrize("source", ["A Number 10 spokesperson", "A Channel 4 spokesperson"])
def test_a_numbered_name_stays_in_the_speaker(source: str) -> None:
    speakers, statements = run(f"{source} said the ferry story was wrong.")
    [statement] = statements
    assert speakers[statement.speaker].name == source
