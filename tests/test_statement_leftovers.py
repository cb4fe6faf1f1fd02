"""Statement leftovers by construction: quotation styles, resumed quotations, attributions
inside content, performative acts, and what is no statement (invented sentences)."""

import pytest
from extraction_helpers import contents

from tui.core.model import Statement
from tui.core.statements import find_statements
from tui.core.text import quotes


def parts(text: str, statement: Statement) -> list[str]:
    return [text[a:b] for a, b in statement.parts]


def only(text: str) -> Statement:
    (statement,) = find_statements(text)[1]
    return statement


@pytest.mark.parametrize(
    ("opening", "closing"),
    [("“", "”"), ('"', '"'), ("«", "»"), ("»", "«"), ("„", "“"), ("‘", "’"), ("'", "'")],
)
def test_a_quotation_resumed_after_its_attribution_is_two_parts_in_every_style(
    opening: str, closing: str
) -> None:
    text = (
        f"{opening}The ferry will run again,{closing} Okafor said. "
        f"{opening}Not before the spring.{closing}"
    )
    statement = only(text)
    assert statement.kind == "direct"
    assert statement.cue == "said"
    assert parts(text, statement) == ["The ferry will run again", "Not before the spring"]


@pytest.mark.parametrize(("opening", "closing"), [("„", "“"), ("»", "«"), ("‚", "‘")])
def test_reversed_pairs_close_their_own_opener(opening: str, closing: str) -> None:
    text = f"Sie sagte {opening}nein{closing}, dann ging sie."
    (quote,) = quotes(text)
    assert text[quote.content[0] : quote.content[1]] == "nein"


def test_a_german_quotation_with_a_nested_one() -> None:
    text = "„Wir bauen die ‚alte Brücke‘ neu“, sagte Weber."
    (quote,) = quotes(text)
    assert text[quote.content[0] : quote.content[1]] == "Wir bauen die ‚alte Brücke‘ neu"


def test_a_venue_word_after_that_belongs_to_the_content() -> None:
    text = "Okafor said on Monday that the vote was rigged."
    assert contents(text) == ["the vote was rigged"]


@pytest.mark.parametrize(
    "line",
    [
        "— With files from The Canadian Press",
        "With files from Reuters and The Associated Press.",
        "Harlow opens the new ferry terminal on Monday. Photograph: Jane Roe/The Guardian",
        "This story has been updated.",
        "This article was corrected to say the council voted on Monday.",
        "Correction: An earlier version of this story said the ferry would run in April.",
        "An earlier version of this story gave the wrong ferry times.",
        "Sign up for our newsletter to get the ferry news first, says the editor.",
        "Follow Jane Roe on X.",
        "Follow us on Instagram for more.",
    ],
)
def test_notes_credits_and_prompts_of_uk_and_canadian_pages_are_no_statements(line: str) -> None:
    text = f"Harlow said the ferry would run again in May.\n{line}"
    assert contents(text) == ["the ferry would run again in May"]


@pytest.mark.parametrize(
    "line",
    [
        "UPDATE: Harlow said on Monday that the ferry would run in May.",
        "Sign language interpreters said the ferry lacked screens.",
        "This story said more than the council wanted, Harlow said.",
        "Followers of Harlow on the council said the ferry would run in May.",
    ],
)
def test_news_that_opens_like_a_note_or_a_prompt_stays(line: str) -> None:
    assert contents(line)


@pytest.mark.parametrize(
    "text",
    [
        "The governor declared a state of emergency on Monday.",
        "The ministry announced a ban on plastic bags.",
        "The coach announced her retirement after the final.",
        "The trust unveiled a new logo last week.",
        "The city announced $5 million in funding for the pier.",
    ],
)
def test_a_performative_with_a_noun_phrase_is_an_act_taken_not_words(text: str) -> None:
    statement = only(text)
    assert statement.act == "stance"


@pytest.mark.parametrize(
    "text",
    [
        "The ministry announced a ban would start in May.",
        "The ministry announced that a ban would start in May.",
        "The inspector declared the bridge unsafe.",
        "The mayor announced plans this week to give $5 million to the shelter.",
        "The mayor announced a “war on potholes.”",
    ],
)
def test_a_performative_reporting_a_claim_is_speech(text: str) -> None:
    assert only(text).act == "speech"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "According to a spokesperson for the port, Jane Roe, the cranes will move in May.",
            "the cranes will move in May",
            "Jane Roe",
        ),
        (
            "According to the port’s spokesperson, Jane Roe, the cranes will move in May.",
            "the cranes will move in May",
            "Jane Roe",
        ),
        (
            "According to three officials familiar with the plan, the cranes will move in May.",
            "the cranes will move in May",
            "three officials familiar with the plan",  # the whole description of the source
        ),
        (
            "The cranes will move in May, according to a spokesperson for the port.",
            "The cranes will move in May",
            "a spokesperson for the port",  # runs to its comma, as "for the ministry" does
        ),
        ("According to Okafor, Lindqvist lied.", "Lindqvist lied", "Okafor"),
    ],
)
def test_the_source_after_according_to_runs_to_its_comma(
    text: str, content: str, speaker: str
) -> None:
    statement = only(text)
    assert text[statement.span[0] : statement.span[1]] == content
    assert statement.speaker_span is not None
    assert text[statement.speaker_span[0] : statement.speaker_span[1]] == speaker


def test_an_attribution_between_commas_keeps_the_clause_before_it() -> None:
    text = "Though the ferry was late, she said, the crossing would stay open."
    statement = only(text)
    assert parts(text, statement) == ["Though the ferry was late", "the crossing would stay open"]


def test_a_scene_before_an_attribution_is_not_content() -> None:
    text = "But when the council cut the ferry, the port said it would close."
    assert contents(text) == ["it would close"]


def test_a_naming_verb_in_a_relative_clause_reports_the_name() -> None:
    text = "The ferry, which Okafor called “a lifeline,” will run until May."
    statement = only(text)
    assert text[statement.span[0] : statement.span[1]] == "a lifeline"
    assert statement.cue == "called"


def test_a_relative_clause_inside_reported_content_does_not_cut_it() -> None:
    text = "Okafor said the ferry, which she called “a lifeline,” will run until May."
    statement = only(text)
    assert text[statement.span[0] : statement.span[1]].endswith("will run until May")
    assert statement.cue == "said"


def test_a_list_of_quoted_names_stays_whole() -> None:
    text = "Okafor called the ferry “a lifeline,” “a bargain” and “a gift.”"
    assert contents(text) == ["the ferry “a lifeline,” “a bargain” and “a gift"]


FIRST = "“The pier will be rebuilt. It will take years and cost more than anyone thinks."
SECOND = "“But we will not give up on the town,” Okafor said."


def test_a_quotation_over_two_paragraphs_attributed_in_the_second_is_one_statement() -> None:
    text = f"The council met on Monday.\n{FIRST}\n{SECOND}\nOthers disagreed."
    statement = only(text)
    assert statement.kind == "direct"
    assert statement.cue == "said"
    assert parts(text, statement) == [
        FIRST[1:],
        "But we will not give up on the town",
    ]


def test_a_block_quotation_after_a_colon_has_a_part_per_paragraph() -> None:
    text = "Okafor said:\n“The pier will be rebuilt.\n“But we will not give up on the town.”"
    statement = only(text)
    assert parts(text, statement) == [
        "The pier will be rebuilt.",
        "But we will not give up on the town",
    ]


def test_a_quotation_left_open_before_a_paragraph_with_its_own_attribution_ends_there() -> None:
    text = (
        "“The pier is old,” Rep. Ann Lee said Friday. “It will fall down.\n"
        "“We have thought about the pier for years,” added Rep. Tom Roe. “It must go.”"
    )
    lee, roe = find_statements(text)[1]
    assert parts(text, lee) == ["The pier is old", "It will fall down"]
    assert parts(text, roe) == ["We have thought about the pier for years", "It must go"]
    assert roe.speaker_span is not None
    assert text[roe.speaker_span[0] : roe.speaker_span[1]].endswith("Tom Roe")


@pytest.mark.parametrize(
    "text",
    [
        "Okafor refused to be drawn on the timing of the vote.",
        "Okafor said nothing about the ferry on Monday.",
        "The harbour master said little more.",
        "The minister was reported to have resigned.",
        "It was reported that the minister resigned.",
        "A spokeswoman for the port did not return calls seeking comment.",
        "The ferry company would neither confirm nor deny the report.",
    ],
)
def test_non_answers_and_sourceless_reports_are_no_statements(text: str) -> None:
    assert contents(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Okafor said nothing would change.", "nothing would change"),
        (
            "The minister was reported by the Star to have resigned.",
            "The minister was reported by the Star to have resigned",
        ),
    ],
)
def test_a_clause_after_nothing_and_a_named_reporter_stay(text: str, content: str) -> None:
    assert contents(text) == [content]


@pytest.mark.parametrize(
    "text",
    [
        "Okafor wrote “A Long Way to the Pier” in 1990.",
        "Okafor wrote the novel “Salt and Tide” last year.",
        "The port published “The Tide Tables” on Monday.",
    ],
)
def test_a_title_after_a_verb_of_writing_is_no_statement(text: str) -> None:
    assert contents(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Okafor wrote that “the tide is turning.”", "the tide is turning"),
        ("Okafor wrote, “We Can Win.”", "We Can Win"),
        ("At the rally, Okafor sang “Our Time Is Now.”", "Our Time Is Now"),
    ],
)
def test_written_or_sung_words_stay(text: str, content: str) -> None:
    assert contents(text) == [content]


@pytest.mark.parametrize(
    "text",
    [
        "The ferry’s “temporary” closure has lasted a year.",
        "Her memoir, “A Long Way to the Pier,” sold a million copies.",
        "Will the ferry survive the winter?",
    ],
)
def test_scare_quotes_titles_and_questions_without_a_cue_are_no_statements(text: str) -> None:
    assert contents(text) == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Okafor took to X to say the vote was rigged.", "say"),
        ("Okafor went on television on Sunday to argue that the vote was rigged.", "argue"),
        ("Okafor used a speech in Leeds to claim that the vote was rigged.", "claim"),
        ("Okafor wrote on Facebook that the vote was rigged.", "wrote"),
        ("“The vote was rigged,” Okafor posted on Instagram.", "posted"),
    ],
)
def test_posts_and_platforms_report_what_the_speaker_said(text: str, cue: str) -> None:
    statement = only(text)
    assert text[statement.span[0] : statement.span[1]].lower() == "the vote was rigged"
    assert statement.cue == cue
    assert statement.speaker_span is not None
    assert text[statement.speaker_span[0] : statement.speaker_span[1]] == "Okafor"


@pytest.mark.parametrize(
    "text",
    ["It is too early to say whether the vote was rigged.", "Okafor went home to say goodbye."],
)
def test_an_infinitive_of_speech_without_a_platform_is_no_statement(text: str) -> None:
    assert contents(text) == []


@pytest.mark.parametrize(("opening", "closing"), [("“", "”"), ("''", "''"), ('"', '"')])
def test_a_one_word_piece_before_the_attribution_is_a_part(opening: str, closing: str) -> None:
    text = f"{opening}Hopefully,{closing} Okafor said, {opening}the ferry will run again.{closing}"
    statement = only(text)
    assert parts(text, statement) == ["Hopefully", "the ferry will run again"]


def test_a_one_word_answer_is_said() -> None:
    assert contents("“Yes,” Okafor said.") == ["Yes"]


def test_a_short_quotation_after_a_comment_resumes_the_statement() -> None:
    text = "“Here comes the ferry,” she said, clapping. “The big one.”"
    statement = only(text)
    assert parts(text, statement) == ["Here comes the ferry", "The big one"]


def test_a_quotation_of_two_sentences_in_capitals_is_no_heading() -> None:
    text = "“Here comes the ferry,” she said, waving. “The Ferry. Big Boat.”"
    assert parts(text, only(text)) == ["Here comes the ferry", "The Ferry. Big Boat"]


def test_a_document_is_where_something_was_said() -> None:
    text = (
        "The ferry lost $5 million, the agency said in its spring report, and the port lost more."
    )
    statement = only(text)
    assert parts(text, statement) == ["The ferry lost $5 million", "and the port lost more"]


def test_a_title_inside_the_attribution_is_no_part() -> None:
    text = (
        "“The crews are angry,” Okafor said on Monday on Channel 4’s “Harbour Today.” "
        "“There is a lot of frustration.”"
    )
    assert parts(text, only(text)) == ["The crews are angry", "There is a lot of frustration"]


@pytest.mark.parametrize(
    "text",
    [
        "Ferry fares will rise, according to Ann Lee, a transport economist.",
        "Ferry fares will rise, according to an analysis by Ann Lee, a former port adviser.",
    ],
)
def test_a_description_of_a_post_posed_source_is_no_content(text: str) -> None:
    assert contents(text) == ["Ferry fares will rise"]


def test_a_clause_after_a_post_posed_source_is_content() -> None:
    text = "Ferry fares rose, according to the agency, and port fees fell."
    assert parts(text, only(text)) == ["Ferry fares rose", "and port fees fell"]


def test_a_quotation_ending_reported_content_resumes_after_the_attribution() -> None:
    text = "The ferry is “old as the hills,” Okafor said, “and twice as slow.”"
    statement = only(text)
    assert statement.kind == "mixed"
    assert parts(text, statement) == ["The ferry is “old as the hills", "and twice as slow"]


def test_a_scene_before_the_attribution_does_not_join_the_quotation() -> None:
    text = "As the ferry left, Okafor said, “It is slow.”"
    assert contents(text) == ["It is slow"]


@pytest.mark.parametrize(
    "text",
    [
        "The ferry is old, Okafor wrote in an email to Ann Roe.",
        "The ferry is old, Okafor said to the council.",
    ],
)
def test_a_listener_after_a_post_posed_attribution_is_no_content(text: str) -> None:
    assert contents(text) == ["The ferry is old"]


def test_an_answer_in_one_quoted_word_after_a_question() -> None:
    text = "Asked whether the ferry would be sold, Okafor said: “No.”"
    asked, said = find_statements(text)[1]
    assert text[asked.span[0] : asked.span[1]] == "whether the ferry would be sold"
    assert asked.speaker is None
    assert said.cue == "said"
    assert text[said.span[0] : said.span[1]].rstrip(".") == "No"


def test_a_bare_no_after_a_question_is_its_answer() -> None:
    # once no statement of its own; the answer to the question the sentence opens with is
    # the speaker's on record, as the quoted “No.” above is
    text = "Asked whether the ferry would be sold, Okafor said no."
    asked, said = find_statements(text)[1]
    assert asked.cue == "Asked"
    assert (said.cue, text[said.span[0] : said.span[1]]) == ("said", "no")


@pytest.mark.parametrize(
    "text",
    [
        "Okafor told a joke about the ferry.",
        "Okafor wrote a letter to the council on Monday.",
        "Okafor told a story about the crossing on Monday.",
    ],
)
def test_a_message_named_by_a_noun_phrase_is_an_act_not_words(text: str) -> None:
    assert only(text).act == "stance"


@pytest.mark.parametrize(
    "text",
    [
        "Police said the man, who was 45, was arrested at the pier.",
        "Okafor said they support some of the changes.",
        "Okafor said praise from the council would not sway her.",
        "Okafor wrote the ferry was late again.",
        "Okafor said the deal raises fares by 5 per cent over two years.",
        "Okafor said the plan cuts costs for families.",
        "Okafor wrote the new rules change nothing.",
        "Okafor said the council approves budgets in June.",
    ],
)
def test_a_clause_after_a_verb_of_saying_stays_speech(text: str) -> None:
    assert only(text).act == "speech"


@pytest.mark.parametrize(
    "line",
    [
        "Pictured: Harlow says goodbye to the ferry.",
        "File photo: Harlow, who said the ferry was safe.",
        "Harlow said the ferry was safe on Monday. (Jane Roe/The Canadian Press)",
        "Harlow speaks on Monday. THE CANADIAN PRESS/Jane Roe",
        "Harlow said the ferry was safe. Photo by Jane Roe / The Star",
        "Story continues below advertisement",
        "© 2026 The Star. Harlow said all rights were reserved.",
    ],
)
def test_captions_credits_and_page_lines_of_canadian_pages_are_no_statements(line: str) -> None:
    text = f"Harlow said the ferry would run again in May.\n{line}"
    assert contents(text) == ["the ferry would run again in May"]


@pytest.mark.parametrize(
    "line",
    [
        "Above all, Harlow said, the ferry must run.",
        "Advertisements for the ferry ran all week, Harlow said.",
        "The AFL/CIO said the ferry workers would strike.",
    ],
)
def test_prose_that_opens_like_a_caption_stays(line: str) -> None:
    assert contents(line)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The man, who police said was armed, fled on foot.", "was armed", "police"),
        ("The ferry, which Okafor said would be sold, sank in May.", "would be sold", "Okafor"),
        (
            "The port, which reported “2,521 sailings” in May, is busy.",
            "2,521 sailings” in May",
            "The port",
        ),
        ("Okafor, who said the ferry was old, left the port.", "the ferry was old", "Okafor"),
    ],
)
def test_an_attribution_in_a_relative_clause_reports_up_to_its_closing_comma(
    text: str, content: str, speaker: str
) -> None:
    speakers, (statement,) = find_statements(text)
    assert text[statement.span[0] : statement.span[1]] == content
    assert [s.name for s in speakers if s.id == statement.speaker] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Some might say the ferry is a relic.",
        "Critics could argue that the ferry is a relic.",
        "If Okafor says the ferry is safe, the council will vote.",
        "Okafor may claim the ferry is safe.",
        "Nobody said the ferry was safe.",
        "No one has claimed the ferry is safe.",
    ],
)
def test_hypothetical_or_subjectless_saying_is_no_statement(text: str) -> None:
    assert contents(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Okafor will say in a speech on Monday that the ferry is safe.",
        "Okafor would later say that the ferry was safe.",
        "If the vote fails, Okafor said, the ferry will close.",
    ],
)
def test_future_and_reported_saying_stays(text: str) -> None:
    assert contents(text)


@pytest.mark.parametrize(("opening", "closing"), [("“", "”"), ('"', '"'), ("‘", "’")])
def test_a_one_word_sentence_quoted_after_the_attribution_is_a_part(
    opening: str, closing: str
) -> None:
    text = f"{opening}We are done with the ferry,{closing} Okafor said. {opening}Done.{closing}"
    assert parts(text, only(text)) == ["We are done with the ferry", "Done"]


def test_a_one_word_quotation_alone_in_its_paragraph_is_no_statement() -> None:
    assert contents("The show opened on Monday.\n“Hamilton.”") == []


def test_a_quotation_over_paragraphs_after_another_speaker_is_the_attributed_ones() -> None:
    text = (
        "The union said it would fight the sale.\n"
        '"We will see them in court.\n'
        '"And we will win," said union president Tom Roe.'
    )
    union, roe = find_statements(text)[1]
    assert union.cue == "said"
    assert roe.speaker_span is not None
    assert text[roe.speaker_span[0] : roe.speaker_span[1]].endswith("Tom Roe")
    assert parts(text, roe) == ["We will see them in court.", "And we will win"]


@pytest.mark.parametrize(("opening", "closing"), [("“", "”"), ('"', '"')])
def test_a_subject_with_a_naming_relative_clause_keeps_its_own_attribution(
    opening: str, closing: str
) -> None:
    text = (
        f"The union, which called the sale {opening}a betrayal,{closing} "
        "said it would fight the decision."
    )
    called, said = find_statements(text)[1]
    assert text[called.span[0] : called.span[1]] == "a betrayal"
    assert text[said.span[0] : said.span[1]] == "it would fight the decision"
    assert said.speaker == called.speaker
