"""Acts (speech, thought, stance) and parts (the content without its interrupting
attribution), on invented sentences of each construction."""

import pytest

from tui.core.statements import find_statements
from tui.core.statements.acts import act_of


def pieces(text: str) -> list[list[str]]:
    """Each statement's parts, as text."""
    _, statements = find_statements(text)
    return [[text[s:e] for s, e in statement.pieces] for statement in statements]


def acts(text: str) -> list[str]:
    _, statements = find_statements(text)
    return [statement.act for statement in statements]


@pytest.mark.parametrize(
    ("cue", "act"),
    [
        ("said", "speech"),
        ("has told", "speech"),
        ("according to", "speech"),
        ("called for", "speech"),
        ("criticized", "speech"),
        (None, "speech"),
        ("believes", "thought"),
        ("did not expect", "thought"),
        ("feared", "thought"),
        ("concerns", "thought"),
        ("wants", "stance"),
        ("has long opposed", "stance"),
        ("shows", "stance"),
        ("voted against", "stance"),
        ("disagreed with", "stance"),
        ("criticism of", "stance"),
        ("questions about", "stance"),
        ("pledge", "stance"),
        ("concerns about", "thought"),
        ("report", "speech"),
    ],
)
def test_the_act_of_a_cue(cue, act):
    assert act_of(cue) == act


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("The harbour master said the ferries would resume on Friday.", "speech"),
        ("“The ferries will resume on Friday,” the harbour master told reporters.", "speech"),
        ("The harbour master believes the ferries will resume on Friday.", "thought"),
        ("Residents fear that the ferries will never resume.", "thought"),
        ("The harbour master wants the ferries to resume on Friday.", "stance"),
        ("A survey of islanders shows that most of them use the ferry every week.", "stance"),
    ],
)
def test_a_statement_takes_the_act_of_its_cue(text, act):
    assert acts(text) == [act]


def test_a_quotation_interrupted_by_its_attribution_has_two_parts():
    text = "“The roof is sound,” the surveyor said on Monday, “but the walls are not.”"
    assert pieces(text) == [["The roof is sound", "but the walls are not"]]


def test_an_inverted_attribution_is_cut_out_too():
    text = "“The roof is sound,” said Ms. Reyes, “but the walls are not.”"
    assert pieces(text) == [["The roof is sound", "but the walls are not"]]


def test_a_quotation_resumed_in_the_next_sentence_is_a_second_part():
    text = "“Tickets sold out in an hour,” the promoter said. “We will add a second night.”"
    assert pieces(text) == [["Tickets sold out in an hour", "We will add a second night"]]


def test_reported_speech_around_its_attribution_has_two_parts():
    text = "The new timetable, the operator said on Friday, will start in June."
    assert pieces(text) == [["The new timetable", "will start in June"]]


@pytest.mark.parametrize(
    "text",
    [
        "“The roof is sound and the walls are too,” the surveyor said.",
        "The surveyor said that the roof was sound and the walls were too.",
        "The surveyor warned that the walls were “beyond repair” and “a danger”.",
    ],
)
def test_content_in_one_piece_has_one_part(text):
    (parts,) = pieces(text)
    assert len(parts) == 1
    _, (statement,) = find_statements(text)
    assert statement.parts == ()  # one piece: the span itself


def test_a_title_before_the_name_is_part_of_the_attribution():
    text = "During his two terms in office, Mr. Okafor said, the city doubled its parks."
    assert pieces(text) == [["During his two terms in office", "the city doubled its parks"]]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The clerk said the office would close.", "the office would close"),
        ("“The office will close,” the clerk said.", "The office will close"),
        ("“Will the office close?” the clerk asked.", "Will the office close?"),
        ("The clerk said the office had moved to the U.S.", "the office had moved to the U.S."),
    ],
)
def test_the_reporters_closing_punctuation_is_not_content(text, content):
    _, (statement,) = find_statements(text)
    assert text[statement.span[0] : statement.span[1]] == content
