"""The act of a statement by construction, on invented sentences: what a verb class or a
construction makes of its content (speech, thought or stance)."""

import pytest
from extraction_helpers import acts_and_contents

from tui.core.statements import find_statements


@pytest.mark.parametrize(
    ("text", "act", "content"),
    [
        # A thought or a stance reported by a verb of speech is what was said.
        (
            "The harbour master said he hopes the ferries will run by June.",
            "speech",
            "he hopes the ferries will run by June",
        ),
        (
            "The ferry operator told reporters it plans to add a night crossing.",
            "speech",
            "it plans to add a night crossing",
        ),
        # A modal before a verb of speech leaves it speech.
        ("The mayor would later write that the pier was safe.", "speech", "the pier was safe"),
        # Attributions by a preposition or a venue are speech.
        ("The pier is safe, according to the harbour master.", "speech", "The pier is safe"),
        (
            "In a statement, the operator announced that fares would rise.",
            "speech",
            "fares would rise",
        ),
        # A passive of expectation with no source: a thought, not a claim made.
        (
            "The new timetable is expected to start in June.",
            "thought",
            "The new timetable is expected to start in June",
        ),
        # Intention and wanting (Levin 32): stances.
        ("The council plans to reopen the pier in May.", "stance", "to reopen the pier in May"),
        ("The council intends to sell the old ferry.", "stance", "to sell the old ferry"),
        # What a poll or a study shows or finds: a stance, not words said.
        (
            "A survey of islanders shows that most of them cross twice a week.",
            "stance",
            "most of them cross twice a week",
        ),
        (
            "A study by the port authority found that delays doubled in winter.",
            "stance",
            "delays doubled in winter",
        ),
    ],
)
def test_the_act_of_a_construction(text, act, content):
    assert acts_and_contents(text) == [(act, content)]


@pytest.mark.parametrize(
    "text",
    [
        "Critics regard the new pier as a hazard to swimmers.",
        "Engineers perceive the old crossing as unsafe in winter.",
        "Residents see the lighthouse as a landmark worth saving.",
    ],
)
def test_a_characterize_verb_of_the_mind_is_a_thought(text):
    # Levin 29.2: "see", "view", "regard", "perceive" X as Y hold a view, said or not.
    ((act, _),) = acts_and_contents(text)
    assert act == "thought"


def test_a_consider_verb_in_the_passive_is_a_thought():
    # Levin 29.9: "considered", "deemed", "rated" by someone is a judgement held.
    text = "The old ferry was rated unsafe by the inspectors."
    ((act, _),) = acts_and_contents(text)
    assert act == "thought"


@pytest.mark.parametrize(
    "text",
    [
        "Championing the new timetable, the mayor spoke for an hour.",
        "The union advocated a ban on night crossings.",
        "The operator tried persuading the council to lower the fares.",
    ],
)
def test_championing_advocating_and_persuading_are_stances(text):
    acts = [act for act, _ in acts_and_contents(text)]
    assert acts and acts[0] == "stance"


@pytest.mark.parametrize(
    "text",
    [
        "The ferry union calls for a second crossing.",
        "Residents call for a second crossing.",
        "The ferry union called for a second crossing.",
    ],
)
def test_a_call_for_something_is_a_demand_made(text):
    assert acts_and_contents(text) == [("speech", "a second crossing")]


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Their claim that the ferries were unsafe spread quickly.", "speech"),
        ("Her belief that the pier can be saved is shared by few.", "thought"),
        ("The mayor's insistence that the pier is safe angered residents.", "speech"),
    ],
)
def test_a_reporting_noun_makes_the_act_of_its_class(text, act):
    acts = [a for a, _ in acts_and_contents(text)]
    assert acts[:1] == [act]


def test_a_think_tank_is_no_cue():
    text = "Researchers at a liberal think tank said the fares would rise."
    _, (statement,) = find_statements(text)
    assert (statement.cue, statement.act) == ("said", "speech")
    assert text[statement.speaker_span[0] : statement.speaker_span[1]].startswith("Researchers")


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Parents expressed concern that the crossing was too busy.", "thought"),
        ("Several captains have expressed deep doubts about the new timetable.", "thought"),
        ("The union voiced support for a second crossing.", "stance"),
        ("The mayor expressed her frustration with the ferry board.", "stance"),
        ("Islanders voiced reservations about the fare rise.", "stance"),
        ("The captain expressed thanks to the rescue crew.", "speech"),
    ],
)
def test_a_verb_of_expression_takes_the_act_of_the_attitude_expressed(text, act):
    ((found, _),) = acts_and_contents(text)
    assert found == act


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("In a statement, the ferry board's position was unchanged.", "speech"),
        ("In the county's latest poll, the ferry levy trails by six points.", "stance"),
    ],
)
def test_a_sentence_opened_by_its_document_takes_the_act_of_the_document(text, act):
    # A statement reports speech; a poll, a survey or a study a finding (a stance).
    ((found, _),) = acts_and_contents(text)
    assert found == act


@pytest.mark.parametrize(
    ("text", "act", "content"),
    [
        # Every form of a verb with its particle is a cue, progressive ones too.
        ("The union has been calling for a second crossing.", "speech", "a second crossing"),
        ("The mayor is calling on the province to fund the pier.", "speech", "the province"),
        ("The union is pushing for higher wages.", "stance", "higher wages"),
        ("The group has been lobbying for tougher rules.", "stance", "tougher rules"),
        ("The premier has been backing the pipeline for months.", "stance", "the pipeline"),
    ],
)
def test_progressive_forms_of_stance_and_speech_cues(text, act, content):
    ((found, reported),) = acts_and_contents(text)
    assert found == act
    assert reported.startswith(content)


def test_a_noun_after_a_determiner_is_no_cue():
    assert acts_and_contents("With the backing of the union, the ferry kept running.") == []


@pytest.mark.parametrize(
    "text", ["The deputy favours a tax on sugar.", "The union favoured a strike."]
)
def test_british_spellings_of_stance_verbs_are_stances(text: str) -> None:
    (statement,) = find_statements(text)[1]
    assert statement.act == "stance"
