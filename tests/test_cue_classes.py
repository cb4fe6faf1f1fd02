"""Cue verbs from Levin's classes of communication (37) and judgement (33), on invented
sentences: each finds its statement, its speaker and its act."""

import pytest

from tui.core.statements import find_statements


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("She swore that she had never met the contractor.", "she had never met", "She"),
        ("The lawyer confessed that the files had been lost.", "the files had been", "The lawyer"),
        ("“Keep the gates shut,” the warden whispered.", "Keep the gates shut", "the warden"),
        ("Parents implored the board to reopen the school.", "to reopen the school", "Parents"),
        ("The landlord threatened to evict every tenant.", "to evict every tenant", "The landlord"),
        ("The mayor castigated the council for its slow response.", "the council", "The mayor"),
        ("Critics faulted the agency for ignoring early warnings.", "the agency", "Critics"),
        # An adjective or a passive lends its subject to a cue after "to".
        ("The mayor was forced to admit that the budget had failed.", "the budget", "The mayor"),
        ("The coach was quick to point out that the team had won.", "the team had", "The coach"),
        ("She was happy to say that the bridge would open.", "the bridge would", "She"),
    ],
)
def test_a_verb_of_communication_or_judgement_is_a_speech_cue(text, content, speaker):
    _, (statement,) = find_statements(text)
    assert content in text[statement.span[0] : statement.span[1]]
    assert statement.speaker_span is not None
    assert text[statement.speaker_span[0] : statement.speaker_span[1]] == speaker
    assert statement.act == "speech"


def test_an_adverbial_clause_alone_after_a_cue_is_when_not_what():
    assert find_statements("That was what the coach said when he left the club.")[1] == []
    text = "The coach said when the season ends, he will retire."
    _, (statement,) = find_statements(text)
    assert text[statement.span[0] : statement.span[1]] == "when the season ends, he will retire"


def test_a_name_joined_by_and_to_a_subject_in_the_content_is_one_subject():
    text = "The minister said the European Union and its partners will seek new talks."
    _, (statement,) = find_statements(text)
    assert text[statement.span[0] : statement.span[1]].startswith("the European Union and")
    text = "The minister said the talks had failed and he urged both sides to return."
    assert len(find_statements(text)[1]) == 2


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "We are convinced this route will save them an hour.",
            "this route will save them an hour",
        ),
        ("She was confident they would pass the bill.", "they would pass the bill"),
    ],
)
def test_a_belief_adjective_after_a_copula_takes_a_clause_without_that(text, content):
    _, (statement,) = find_statements(text)
    assert text[statement.span[0] : statement.span[1]] == content
    assert statement.act == "thought"


@pytest.mark.parametrize("text", ["He is sure to win the seat.", "The fight concerned the town."])
def test_a_belief_adjective_without_a_clause_reports_nothing(text):
    assert find_statements(text)[1] == []
