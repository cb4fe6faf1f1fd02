"""Session 24's review of the Q&A and transcript changes: each finding's construction, tested
on invented sentences, with near-misses that keep the rule's intended reading."""

import pytest
from extraction_helpers import acts_and_contents, story_statements


def _said(body: str) -> list[tuple[str, str | None]]:
    """(content, speaker's name) of each statement of a story."""
    return [(content, name) for content, name, _, _ in story_statements(body)]


# Finding 1 and 12: "worries" with an object is who is worried only when a preposition, a
# punctuation mark or the end follows the object; else the thought it reports.
@pytest.mark.parametrize(
    ("sentence", "thought"),
    [
        ("She worries the boat won't last the winter.", "the boat won't last the winter"),
        ("Ann Dole worries the crew might quit.", "the crew might quit"),
        ("The reeve worried the province isn't listening.", "the province isn't listening"),
        ("Paul Lee worried the mill shut for good.", "the mill shut for good"),
        # near-misses: a verb right after the object's noun, or a plural subject
        ("She worries the boat is in trouble.", "the boat is in trouble"),
        ("He worried prices would rise in the spring.", "prices would rise in the spring"),
        (
            "Ann Dole worries the new rules will hurt the fishery.",
            "the new rules will hurt the fishery",
        ),
    ],
)
def test_worries_reports_a_clause_after_its_subject(sentence: str, thought: str) -> None:
    assert ("thought", thought) in acts_and_contents("Headline\n\n" + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Why a shrinking glacier worries these ranchers in the foothills",
        "The levy worries the farmers in towns across the Prairies.",
        "The closure worries Premier Dan Holt.",
        "The outbreak worried health officials in the region.",
        "The toll worries them, and the mayor too.",
    ],
)
def test_worries_with_who_is_worried_is_no_thought(sentence: str) -> None:
    assert [a for a, _ in acts_and_contents("Headline\n\n" + sentence) if a == "thought"] == []


# Finding 2: the interviewee is the person the text before the first turn presents, though
# that turn, a claim then a question, is read as prose.
def test_interviewee_fixed_before_a_question_read_as_prose() -> None:
    body = (
        "Ines Marlow has captained the island ferry for 20 years.\n\n"
        "Q: Premier Dan Holt says the ferry loses money. Holt also says the island should "
        "pay more. Is he right?\n\n"
        "A: He is wrong.\n\n"
        "Q: What would you cut first?\n\n"
        "A: The budget."
    )
    said = _said(body)
    assert ("the ferry loses money", "Dan Holt") in said
    assert ("He is wrong", "Ines Marlow") in said
    assert ("The budget", "Ines Marlow") in said


# Finding 11: a court transcript's "Q." opening with a claim is read as prose too.
def test_dotted_question_opening_with_a_claim() -> None:
    body = (
        "Ines Marlow runs the island ferry. She testified on Monday.\n\n"
        "Q. The union says the crews are exhausted. What do you tell them?\n\n"
        "A. They are right."
    )
    said = _said(body)
    assert ("the crews are exhausted", "The union") in said
    assert ("They are right", "Ines Marlow") in said


# Findings 3 and 4: a reporter's narration between excerpts, a paper's next question, voter
# information, are nobody's answer running on.
def test_narration_between_excerpts_is_no_answer() -> None:
    body = (
        "A caller reported a fire on Elm Street on Tuesday. Here are excerpts of the call.\n\n"
        "CALLER: My neighbour's house is on fire. I can see flames.\n\n"
        "DISPATCHER: Is anyone inside?\n\n"
        "CALLER: I don't know. I think they left.\n\n"
        "Firefighters arrived six minutes later. The house was destroyed.\n\n"
        "CALLER: Thank you. I can hear the trucks."
    )
    assert all(not c.startswith("Firefighters") for c, _ in _said(body))


def test_narration_in_a_court_transcript_is_no_answer() -> None:
    body = (
        "Witness Ines Marlow testified on Monday at the trial of Tom Reyes.\n\n"
        "Q. Where were you that night?\n\n"
        "A. At the dock. I saw the truck.\n\n"
        "The courtroom was silent for a long moment.\n\n"
        "Q. What did you do?\n\n"
        "A. I called the police."
    )
    said = _said(body)
    assert all(not c.startswith("The courtroom") for c, _ in said)
    assert ("I called the police", "Ines Marlow") in said


def test_questionnaire_next_question_and_voter_information() -> None:
    body = (
        "The Herald asked the two candidates in Ward 3 the same questions.\n\n"
        "Ana Ruiz: Housing. People cannot find a place to live.\n\n"
        "Tom Reyes: Roads. We have potholes everywhere.\n\n"
        "What would you do to make housing affordable?\n\n"
        "Ana Ruiz: Build more.\n\n"
        "Tom Reyes: Cut fees for builders.\n\n"
        "Advance polls open Friday at city hall. Voters need photo ID.\n\n"
        "Ana Ruiz: Vote early."
    )
    contents = [c for c, _ in _said(body)]
    assert "What would you do to make housing affordable?" not in contents
    assert all(not c.startswith("Advance polls") for c in contents)


# Near-misses: an answer running on in the first person; in a whole transcript (its
# introduction says it was edited), any clause; and (finding 10) up to a question read as
# prose, not cancelled by it.
def test_answer_runs_on_in_the_first_person() -> None:
    body = (
        "Ines Marlow has captained the island ferry for 20 years.\n\n"
        "Q: What would you cut?\n\n"
        "A: The budget for consultants.\n\n"
        "We spend too much on them.\n\n"
        "Q: Anything else?\n\n"
        "A: No."
    )
    assert ("We spend too much on them", "Ines Marlow") in _said(body)


def test_whole_transcript_runs_on_up_to_a_question_read_as_prose() -> None:
    body = (
        "Ines Marlow has captained the island ferry for 20 years. The Ledger spoke with "
        "Marlow. This interview has been edited.\n\n"
        "Q: Why do crossings fail?\n\n"
        "A: Because nobody maintains the boat.\n\n"
        "The boat is old, and the engine fails every winter.\n\n"
        "Q: The union says the crews are exhausted. What do you tell them?\n\n"
        "A: They are right."
    )
    said = _said(body)
    assert ("The boat is old, and the engine fails every winter", "Ines Marlow") in said
    assert ("the crews are exhausted", "The union") in said
    assert ("They are right", "Ines Marlow") in said


# Finding 5: a role label in capitals stands for the person its noun presented, not the verb.
def test_role_label_not_a_verb() -> None:
    body = (
        "Tollis Bay will host Premier Dan Holt at the landfill summit next week.\n\n"
        "HOST: Mayor, why close the landfill?\n\n"
        "BRASK: It is full."
    )
    assert story_statements(body)[0][1] != "Dan Holt"


def test_role_label_after_a_show_title() -> None:
    body = (
        "The Ledger's host Wren Adair spoke with Mayor Tova Brask.\n\n"
        "HOST: Why close the landfill?\n\n"
        "TOVA BRASK: It is full."
    )
    found = story_statements(body)
    assert found[0][1:] == ("Wren Adair", "person", "host")
    # Finding 6: a whole name in capitals is the person named so, with her title
    assert found[1][1:] == ("Tova Brask", "person", "Mayor")


def test_name_in_capitals_keeps_the_title() -> None:
    body = (
        "Mayor Tova Brask spoke with the Ledger about the landfill.\n\n"
        "HOST: Why close it?\n\n"
        "TOVA BRASK: It is full. We have no room."
    )
    assert story_statements(body)[-1][1:] == ("Tova Brask", "person", "Mayor")


_INTRO = "Ines Marlow runs the ferry.\n\nQ: What did people tell you?\n\n"


def _quoted_by(answer: str) -> list[tuple[str, str | None]]:
    """(content, speaker's name) of the sayings an answer quotes, not the answer itself."""
    return [(c, n) for c, n in _said(_INTRO + "A: " + answer) if n != "Ines Marlow"]


# Findings 7, 8 and 13: "he" or "she" quoting someone inside an answer stands for the person
# its own sentence opens with, else the first person the sentence before names, of its
# gender; a body, a place, "That", or a name of the other gender is no one.
@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ('Ottawa refused to help. She said, "Not our file."', []),
        ('The Liberals promised a vote. He said, "Soon."', []),
        ('The Coast Guard inspected us. He said, "All clear."', []),
        ('Tom Reyes quit in May. She said, "I am done."', []),
        (
            'That\'s not what the engineer told us. She said, "It is safe."',
            [("It is safe", "the engineer")],
        ),
        (
            'My father ran the cafe. My uncle fished, and he always said, "Fish don\'t wait."',
            [("Fish don't wait", "My uncle")],
        ),
        (
            'I called the union boss. She said, "We will strike."',
            [("We will strike", "the union boss")],
        ),
        (
            'In 1998 my father bought the boat. He always said, "Never sell."',
            [("Never sell", "my father")],
        ),
        # near-misses: the opening person of the sentence before, of the pronoun's gender
        ('My mother mended nets. She said, "Sew tight."', [("Sew tight", "My mother")]),
        ('Tom Reyes quit in May. He said, "I am done."', [("I am done", "Tom Reyes")]),
        ('Nobody came to help. He said, "Wait."', []),
    ],
)
def test_pronoun_quoting_inside_an_answer(answer: str, expected: list[tuple[str, str]]) -> None:
    assert _quoted_by(answer) == expected


# Finding 9: a mixed saying an answer quotes stays mixed, as in prose; a direct one narrows.
def test_mixed_saying_inside_an_answer_kept_whole() -> None:
    quoted = _quoted_by('The deputy minister told me the plan was "dead on arrival."')
    assert quoted == [('the plan was "dead on arrival', "The deputy minister")]
    assert _quoted_by('The deputy minister called me a "dinosaur."') == [
        ("dinosaur", "The deputy minister")
    ]


# A whole transcript of two speakers: an answer runs on in any clause.
def test_whole_transcript_of_two_speakers_runs_on() -> None:
    body = (
        "Host Omar Lind spoke with Mayor Tova Brask.\n\n"
        "OMAR LIND: Why close the pool?\n\n"
        "TOVA BRASK: Because it leaks.\n\n"
        "The boiler is from 1971, and nobody makes its parts.\n\n"
        "LIND: Thank you."
    )
    assert ("The boiler is from 1971, and nobody makes its parts", "Tova Brask") in _said(body)
