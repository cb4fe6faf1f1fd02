"""Interviews printed as questions and answers, and edited transcripts, as an analyst reads
them: found by trying whosaid on an invented Q&A with a scientist, a radio panel's
transcript with a host and two labelled guests, and a news story retelling a TV interview (in
tests/data/speakers/), each construction tested here on other invented sentences."""

import pytest
from extraction_helpers import ARTICLES, attributed, missing_speakers, named, speakers_by_opening

from tui.core.statements import find_statements

_INTRO = "Ines Marlow has run the Tollis Bay ferry for a decade. She spoke with us in May.\n\n"


def _said(text: str) -> list[tuple[str, str | None]]:
    return [(content, name) for content, name, _ in named(text)]


# --- a question turn that opens with a claim reports it ------------------------------------


@pytest.mark.parametrize(
    ("question", "content", "speaker"),
    [
        (
            "Q: Your critics say the fares are too high. Is that fair?",
            "the fares are too high",
            "Your critics",
        ),
        (
            "Q: The union says the crews are exhausted. What do you tell them?",
            "the crews are exhausted",
            "The union",
        ),
        (
            "Q: Coun. Ada Reyes told the council the boat is unsafe. Is it?",
            "the boat is unsafe",
            "Ada Reyes",
        ),
    ],
)
def test_a_question_turn_opening_with_a_reported_claim_reports_it(
    question: str, content: str, speaker: str
):
    found = _said(_INTRO + question + "\n\nA: No, it is not.")
    assert found == [(content, speaker), ("No, it is not", "Ines Marlow")]


@pytest.mark.parametrize(
    "question",
    [
        "Q: Did the union say the crews are exhausted?",
        "Q: Why do your critics say the fares are too high?",
        "Q: The union says the crews are exhausted, doesn't it?",
        "Q: Mr. Lee, does the union say the crews are exhausted?",
    ],
)
def test_a_question_turn_whose_first_sentence_asks_reports_nothing(question: str):
    assert _said(_INTRO + question + "\n\nA: No, it is not.") == [("No, it is not", "Ines Marlow")]


# --- an answer running on over paragraphs is the interviewee's -----------------------------


def test_the_paragraphs_an_answer_runs_on_to_are_the_interviewees():
    text = (
        _INTRO + "Q: Why cut the night sailing?\n\n"
        "A: Because nobody takes it. We counted 14 riders in March.\n\n"
        "The boat is old, and it burns the same fuel empty or full.\n\n"
        "Q: Will it come back?\n\nA: Maybe in summer."
    )
    assert _said(text) == [
        ("Because nobody takes it. We counted 14 riders in March", "Ines Marlow"),
        ("The boat is old, and it burns the same fuel empty or full", "Ines Marlow"),
        ("Maybe in summer", "Ines Marlow"),
    ]


def test_a_labelled_turn_runs_on_to_the_next_label():
    text = (
        "Host Omar Lind spoke with Mayor Tova Brask.\n\n"
        "OMAR LIND: Why close the pool?\n\n"
        "TOVA BRASK: Because it leaks.\n\nThe boiler is from 1971.\n\n"
        "LIND: Thank you."
    )
    assert _said(text) == [
        ("Why close the pool?", "Omar Lind"),
        ("Because it leaks", "Tova Brask"),
        ("The boiler is from 1971", "Tova Brask"),
        ("Thank you", "Omar Lind"),
    ]


@pytest.mark.parametrize(
    "between",
    [
        "[The ministry later confirmed the count.]",  # the reporter's insertion
        "(The ministry later confirmed the count.)",
        "On the budget",  # a heading: no sentence ends
        "Ines Marlow at the dock in Tollis Bay.",  # a photo's caption: no clause
        "Q: Let us talk about the budget.",  # a question turn read as prose
    ],
)
def test_what_is_no_run_on_of_the_answer_stays_out(between: str):
    text = (
        _INTRO + "Q: Why cut the night sailing?\n\nA: Because nobody takes it.\n\n"
        f"{between}\n\nQ: Will it come back?\n\nA: Maybe in summer."
    )
    assert [n for c, n in _said(text) if n == "Ines Marlow"] == ["Ines Marlow"] * 2


def test_prose_after_the_last_answer_is_no_run_on():
    text = (
        _INTRO + "Q: Why cut the night sailing?\n\nA: Because nobody takes it.\n\n"
        "The ferry sails again on June 1."
    )
    assert _said(text) == [("Because nobody takes it", "Ines Marlow")]


def test_a_paragraph_between_that_reports_a_saying_breaks_the_run_on():
    text = (
        _INTRO + "Q: Why cut the night sailing?\n\nA: Because nobody takes it.\n\n"
        "The ministry said the count was right.\n\nThe boat is old.\n\n"
        "Q: Will it come back?\n\nA: Maybe."
    )
    found = _said(text)
    assert ("the count was right", "The ministry") in found
    assert not any(c.startswith("The boat is old") for c, _ in found)


# --- a saying quoted inside an answer is the quoted one's, the quotation its content --------


@pytest.mark.parametrize(
    ("answer", "quoted", "speaker"),
    [
        (
            "A: My grandmother used to say, “Never sign anything on a Friday.” I still don't.",
            "Never sign anything on a Friday",
            "My grandmother",
        ),
        (
            'A: They were polite. An official told me, "We will study it," and that was all.',
            "We will study it",
            "An official",
        ),
        (
            "A: I called the depot. Captain Rolf Amsel said, “The engine is fine.” It was not.",
            "The engine is fine",
            "Rolf Amsel",
        ),
    ],
)
def test_a_saying_an_answer_quotes_is_the_quoted_ones(answer: str, quoted: str, speaker: str):
    found = _said(_INTRO + "Q: What happened?\n\n" + answer)
    assert found[0][1] == "Ines Marlow"
    assert found[0][0].startswith(answer[3:13])  # the whole answer stays hers
    assert found[1:] == [(quoted, speaker)]


@pytest.mark.parametrize(
    "answer",
    [
        "A: I told the crew, “We sail at six.” They were not happy.",  # her own words
        "A: My aunt was strict. He used to say, “Mend it twice.”",  # "he": not the aunt
        "A: The plan failed. He said, “Mend it twice.”",  # no person before "he"
        "A: Nobody came. He said, “Mend it twice.”",
        "A: My aunt came. They said, “Mend it twice.”",  # "they": not told
        "A: The so-called “fast boat” is slower than the old one.",  # no saying reported
    ],
)
def test_an_answers_own_quotation_or_one_of_an_untold_pronoun_adds_no_statement(answer: str):
    assert [n for _, n in _said(_INTRO + "Q: What happened?\n\n" + answer)] == ["Ines Marlow"]


@pytest.mark.parametrize(
    ("answer", "speaker"),
    [
        ("A: My father mended nets. He used to say, “Mend it twice.”", "My father"),
        ("A: My neighbour is 81. She told me, “I have no phone.”", "My neighbour"),
        ("A: Rolf Amsel runs the depot. He said, “The engine is fine.”", "Rolf Amsel"),
    ],
)
def test_he_or_she_quoted_in_an_answer_is_the_person_opening_the_sentence_before(
    answer: str, speaker: str
):
    found = _said(_INTRO + "Q: What happened?\n\n" + answer)
    assert [name for _, name in found] == ["Ines Marlow", speaker]


def test_a_labelled_turn_quoting_someone_gives_that_one_a_statement():
    text = (
        "Host Omar Lind spoke with Mayor Tova Brask.\n\n"
        "TOVA BRASK: The lifeguard told me, “We have no heat.” That is not right."
    )
    assert _said(text) == [
        ("The lifeguard told me, “We have no heat.” That is not right", "Tova Brask"),
        ("We have no heat", "The lifeguard"),
    ]


def test_an_answer_quoting_others_is_one_part():
    text = _INTRO + "Q: Why?\n\nA: My aunt said, “Sell it.” My uncle said, “Keep it.” I kept it."
    _, statements = find_statements(text)
    answer = statements[0]
    assert text[answer.span[0] : answer.span[1]].startswith("My aunt said")
    assert answer.parts == ()  # one piece


def test_a_quotation_interrupted_by_its_attribution_keeps_two_parts():
    text = "“We sail at six,” Marlow said. “Not a minute later.”"
    (statement,) = find_statements(text)[1]
    assert len(statement.parts) == 2


# --- a label in capitals spelling a whole name is the person named so before ---------------


@pytest.mark.parametrize(
    ("intro", "label", "speaker"),
    [
        ("Host Omar Lind spoke with Dacey Pruitt, a parent.", "DACEY PRUITT", "Dacey Pruitt"),
        ("Two guests joined: Wrenna Obi and Kal Menon.", "WRENNA OBI", "Wrenna Obi"),
        ("Two guests joined: Wrenna Obi and Kal Menon.", "KAL MENON", "Kal Menon"),
    ],
)
def test_a_label_spelling_a_whole_name_in_capitals_is_that_person(
    intro: str, label: str, speaker: str
):
    assert _said(f"{intro}\n\n{label}: The pool must stay open.")[-1][1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("WRENNA OBI: The pool must stay open.", "WRENNA OBI"),  # nobody named before
        ("Mayor Ines Carrow spoke.\n\nCARROW: The pool must stay open.", "Ines Carrow"),
    ],
)
def test_a_label_naming_no_one_spelled_before_reads_as_before(text: str, speaker: str):
    assert _said(text)[-1][1] == speaker


# --- a bracket closing the reporter's insertion is no part of the content -------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "[The agency said in a statement that it is reviewing the data.]",
            "it is reviewing the data",
        ),
        ("(The port later said the ferry would sail.)", "the ferry would sail"),
        ("Lee said the rate was 3 per cent [sic].", "the rate was 3 per cent [sic]"),
        (
            "Lee said the levy (the second this year) was unfair.",
            "the levy (the second this year) was unfair",
        ),
    ],
)
def test_a_closing_bracket_the_content_never_opened_is_left_out(text: str, content: str):
    assert [c for c, _, _ in attributed(text)] == [content]


# --- "worries" with a person as its object: who is worried, no thought ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "Why a shrinking lake worries this fisher\n\nThe lake is low.",
        "The new levy worries many farmers in Brill.",
        "The cost worried him on Monday.",
        "A late spring worries the growers.",
    ],
)
def test_worry_with_a_person_for_object_is_no_statement(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Lee worries the levy will hurt farmers.", "the levy will hurt farmers"),
        ("Lee worries the lake shrinks every year.", "the lake shrinks every year"),
        ("The growers worried the frost would come early.", "the frost would come early"),
        ("Lee worries that the lake is low.", "the lake is low"),
    ],
)
def test_worry_before_a_clause_is_still_a_thought(text: str, content: str):
    [(found, _, _)] = attributed(text)
    assert found == content


# --- the invented articles ------------------------------------------------------------------

ARTICLE_KEYS = {
    "qa-glacier-scientist.txt": [
        ("Faster than any of us", "Nadia Torvell", "person"),
        ("a few hot summers", "Your critics in the ranching community", "group"),
        ("The glacier feeds Marrow Creek", "Nadia Torvell", "person"),
        ("We will take it under advisement", "An official", "person"),
        (
            "it is reviewing the study",
            "Ministry of Water, Land and Resource Stewardship",
            "organization",
        ),
        ("Ice is a bank account", "Pieter Hallgren", "person"),
        ("But I won't pretend", "Nadia Torvell", "person"),
        ("Come up and see it", "Nadia Torvell", "person"),
    ],
    "qa-radio-transit-panel.txt": [
        ("Councillor, let's start", "Lydia Fenwick", "person"),
        ("Because the network we have", "Raymond Ashdown", "person"),
        ("He is right about the numbers", "Priya Okonjo", "person"),
        ("I don't even have a phone", "My neighbour", "person"),
        ("Most of it comes from", "Raymond Ashdown", "person"),
        ("We would look at it seriously", "Priya Okonjo", "person"),
    ],
    "qa-tv-interview-minister.txt": [
        ("We said from the start", "Claire Deschambault", "person"),
        ("I hear the developers", "Claire Deschambault", "person"),
        ("That number assumes", "Claire Deschambault", "person"),
        ("the minister was", "Tobias Marchand", "person"),
        ("it was disappointed", "Federation of Canadian Municipalities", "organization"),
        ("We are not asking for a gift", "Hélène Castonguay", "person"),
        ("If someone brings me", "Claire Deschambault", "person"),
    ],
}


@pytest.mark.parametrize("name", sorted(ARTICLE_KEYS))
def test_each_articles_key_statements_keep_their_speakers(name: str):
    assert missing_speakers(name, ARTICLE_KEYS[name]) == []


@pytest.mark.parametrize(
    ("name", "not_openings"),
    [
        (
            "qa-glacier-scientist.txt",
            ["this hydrologist", "This interview", "How fast", "Are you hopeful"],
        ),
        ("qa-radio-transit-panel.txt", ["What follows", "The regional council meets"]),
        ("qa-tv-interview-minister.txt", ["The House of Commons", "OTTAWA"]),
    ],
)
def test_what_is_no_statement_in_each_article_stays_none(name: str, not_openings: list[str]):
    found = speakers_by_opening(name)
    assert not [c for c, _, _ in found if any(c.startswith(o) for o in not_openings)]
    assert all(not c.endswith("]") for c, _, _ in found)


def test_the_glacier_interviews_answers_are_all_hers():
    text = (ARTICLES / "qa-glacier-scientist.txt").read_text(encoding="utf-8")
    speakers, statements = find_statements(text)
    by_id = {s.id: s.name for s in speakers}
    answers = [st for st in statements if text[: st.span[0]].endswith("A: ")]
    assert len(answers) == 6
    assert {by_id.get(st.speaker or "") for st in answers} == {"Nadia Torvell"}


# --- a participle naming the kind of a community or a family --------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Critics in the ranching community say the creek is low.",
            "Critics in the ranching community",
        ),
        ("The fishing families say the creek is low.", "The fishing families"),
        ("The visiting team said the ice was soft.", "The visiting team"),
    ],
)
def test_a_participle_before_a_collective_head_is_part_of_its_name(text: str, speaker: str):
    assert _said(text)[0][1] == speaker


def test_a_participle_after_a_preposition_is_no_modifier():
    text = "After meeting families, Lee said the creek is low."
    assert _said(text) == [("the creek is low", "Lee")]


def test_a_headlines_label_quoting_no_one_adds_no_statement():
    text = (
        "Ana Ruiz: Rival Asking Judge To Delay Vote ‘Reeks of Panic.’\n\n"
        "The vote is set for Monday in Brill."
    )
    assert [name for _, name in _said(text)] == ["Ana Ruiz"]


# --- a role label in capitals is the person that role presented before ---------------------


@pytest.mark.parametrize(
    ("intro", "label", "speaker"),
    [
        ("The Morning Desk host Wren Adair spoke with Ines Marlow.", "HOST", "Wren Adair"),
        ("Moderator Jory Blaise opened the forum in Tollis Bay.", "MODERATOR", "Jory Blaise"),
    ],
)
def test_a_role_label_is_the_person_that_role_presented(intro: str, label: str, speaker: str):
    assert _said(f"{intro}\n\n{label}: Is the ferry safe?")[-1][1] == speaker


@pytest.mark.parametrize(
    "intro",
    [
        "Ines Marlow spoke at the forum in Tollis Bay.",  # no host presented
        "Wren Adair, the host, was late to the forum.",  # no name after the role
    ],
)
def test_a_role_label_with_no_one_presented_so_stays_as_written(intro: str):
    assert _said(f"{intro}\n\nHOST: Is the ferry safe?")[-1][1] == "HOST"
