"""Statements: direct, indirect and mixed speech, their cues, spans and speakers."""

from pathlib import Path

import pytest
from extraction_helpers import run
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core.model import Statement
from tui.core.statements import find_statements

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "kursk-north-korea.txt"


def span(text: str, statement: Statement) -> str:
    return text[statement.span[0] : statement.span[1]]


def speaker_text(text: str, statement: Statement) -> str:
    assert statement.speaker_span is not None
    return text[statement.speaker_span[0] : statement.speaker_span[1]]


def test_indirect_with_that_and_a_time():
    text = "Andrii Kovalenko said on Tuesday that Ukrainian forces have begun shelling."
    speakers, (statement,) = run(text)
    assert span(text, statement) == "Ukrainian forces have begun shelling"
    assert statement.kind == "indirect"
    assert statement.cue == "said"
    assert statement.when == "on Tuesday"
    assert speakers[statement.speaker].name == "Andrii Kovalenko"


def test_post_posed_direct_quote_excludes_its_marks():
    text = "“We are ready to fight,” Umerov said."
    speakers, (statement,) = run(text)
    assert span(text, statement) == "We are ready to fight"
    assert statement.kind == "direct"
    assert speaker_text(text, statement) == "Umerov"


def test_inverted_attribution():
    text = "“It is wide open,” said Elaine Kamarck, a veteran of the DNC Rules Committee."
    speakers, (statement,) = run(text)
    assert span(text, statement) == "It is wide open"
    assert speakers[statement.speaker].role == "veteran of the DNC Rules Committee"


def test_interrupted_quote_is_one_statement():
    text = "“The first part,” he said, “and the second part.”"
    text = "Don Fowler spoke.\n" + text
    _, statements = run(text)
    (statement,) = [s for s in statements if s.cue == "said"]
    assert span(text, statement).startswith("The first part")
    assert span(text, statement).endswith("the second part")
    assert statement.kind == "direct"


def test_following_quoted_sentences_join_the_statement():
    text = "“One thing,” said Caddell. “Another thing. And a third.”"
    _, (statement,) = run(text)
    assert span(text, statement).endswith("And a third")


def test_colon_introduces_a_quote_in_the_next_paragraph():
    text = "Caddell continued:\n\n“The health issue is very much a partisan issue.”"
    speakers, (statement,) = run(text)
    assert span(text, statement) == "The health issue is very much a partisan issue"
    assert speakers[statement.speaker].name == "Caddell"


def test_mixed_speech_keeps_the_scare_quote_inside():
    text = "Rustem Umerov said forces have engaged in “small-scale” fighting with Russian units."
    _, statements = run(text)
    assert len(statements) == 1
    assert statements[0].kind == "mixed"
    assert "“small-scale”" in span(text, statements[0])


def test_that_followed_by_a_quote_is_mixed():
    text = "Volodymyr Zelensky warned in a Tuesday video address that “the battles open a page.”"
    _, (statement,) = run(text)
    assert statement.kind == "mixed"
    assert statement.when == "in a Tuesday video address"
    assert span(text, statement) == "the battles open a page"


def test_floating_quote_paragraph_continues_the_previous_speaker():
    text = (
        "Syrskiy said the offensive was necessary to forestall an attack.\n\n"
        "“Russia’s own troops are not enough in this direction, so they look elsewhere.”"
    )
    _, statements = run(text)
    assert len(statements) == 2
    assert statements[1].kind == "direct"
    assert statements[1].speaker == statements[0].speaker


def test_according_to():
    text = "About 45,000 troops are massing in Kursk, according to Ukrainian officials."
    speakers, (statement,) = run(text)
    assert span(text, statement) == "About 45,000 troops are massing in Kursk"
    assert statement.cue == "according to"
    assert speakers[statement.speaker].named is False


def test_beliefs_are_statements():
    text = "The Pentagon believes at least 10,000 North Koreans are already in Russia."
    speakers, (statement,) = run(text)
    assert statement.cue == "believes"
    assert speakers[statement.speaker].kind == "organization"


def test_naming_cue_reports_the_quoted_name():
    text = "The New York Post cheekily dubbed it the “battle of the bulge.”"
    speakers, (statement,) = run(text)
    assert span(text, statement) == "battle of the bulge"
    assert speakers[statement.speaker].kind == "media"


def test_a_report_that():
    text = "The Pentagon investigated a report that soldiers are watching television."
    speakers, (statement,) = run(text)
    assert span(text, statement) == "soldiers are watching television"
    assert speakers[statement.speaker].kind == "document"


def test_a_noun_of_attitude_reports_its_topic_with_the_possessor_as_speaker():
    text = "Mr. Obama's criticism of the deal surprised the room."
    speakers, (statement,) = run(text)
    assert span(text, statement) == "the deal surprised the room"
    assert statement.cue == "criticism of"
    assert speakers[statement.speaker].name == "Obama"


def test_a_noun_of_intention_reports_its_infinitive():
    text = "Nothing has stopped the government's determination to build missiles."
    speakers, (statement,) = run(text)
    assert span(text, statement) == "to build missiles"
    assert speakers[statement.speaker].kind == "organization"


def test_a_possessive_pronoun_holds_the_claim_of_the_last_speaker():
    text = "Clinton said the plan was sound. Her pledge to raise taxes on the rich stood."
    speakers, statements = run(text)
    # the pledge's infinitive ends before the sentence's own verb, "stood" (leftover 15B.6)
    assert span(text, statements[-1]) == "to raise taxes on the rich"
    assert speakers[statements[-1].speaker].name == "Clinton"


@pytest.mark.parametrize(
    "text",
    [
        "The film, titled “The Long Road Home,” opens on Friday.",  # a title
        "He was known as “the Bulldozer” in his youth.",  # a nickname
        "Republican support was more solid in the Midwest.",  # a cue word as a noun
        "Garcia has 64 percent support among rural voters in Ohio.",
        "The reported cases rose sharply last year.",  # a cue word as an adjective
        "He has assumed a recently created post as deputy treasurer.",  # another sense
        "'Legend in the Coal Fields.'",  # a quoted heading
    ],
)
def test_not_statements(text):
    assert run(text)[1] == []


def test_dash_attribution():
    text = "“She has made that promise year after year.” ― Marta Solís"
    speakers, (statement,) = run(text)
    assert speakers[statement.speaker].name == "Marta Solís"
    assert statement.kind == "direct"


def test_transcript_label():
    text = "HOLLOWAY: And that is why our mayor is on her way to a second term."
    speakers, (statement,) = run(text)
    assert speakers[statement.speaker].name == "HOLLOWAY"
    assert span(text, statement).startswith("And that is why")


def test_headline_subject_colon_quotation():
    text = "Warren Grills Bank Chief: ‘You Should Be Criminally Investigated.’\n\nThe hearing ran."
    _, (statement,) = run(text)
    assert span(text, statement) == "You Should Be Criminally Investigated"
    assert statement.kind == "direct"
    assert speaker_text(text, statement).startswith("Warren")


def test_headline_quotation_must_end_its_paragraph():
    text = "Warren Grills Bank Chief: ‘You Should Go’ Was Her Message To Him.\n\nThe hearing ran."
    assert not any(span(text, s).startswith("You Should Go") for s in run(text)[1])


def test_a_narrator_is_a_speaker():
    text = "“So why didn’t he pay his taxes?” a narrator in the new ad asks."
    _, (statement,) = run(text)
    assert statement.kind == "direct"
    assert speaker_text(text, statement) == "a narrator in the new ad"


def test_title_case_headline_reads_as_a_sentence():
    text = "Baxter Calls Maria Lopez ‘A Failure’ Over Budget Remarks.\n\nMore text."
    speakers, (statement,) = run(text)
    assert statement.cue == "Calls"  # the cue as written
    assert speakers[statement.speaker].name == "Baxter"
    assert span(text, statement).startswith("Maria Lopez")


def test_a_sentence_case_paragraph_is_not_a_headline():
    text = "Baxter calls Maria Lopez ‘a failure’ over her remarks on the budget."
    _, (statement,) = run(text)
    assert statement.cue == "calls"


def test_a_noun_of_argument_reports_its_that_clause():
    text = "His argument that tax cuts pay for themselves is weak."
    _, (statement,) = run(text)
    assert statement.cue == "argument"
    assert span(text, statement).startswith("tax cuts pay for themselves")


def test_a_noun_followed_by_a_relative_clause_is_not_a_report():
    text = "The idea that was floated last week went nowhere."
    assert run(text)[1] == []


def test_a_passive_stance_cue_with_its_agent_reports_the_sentence():
    text = "The new defense plan is supported by a coalition of leaders."
    speakers, (statement,) = run(text)
    assert statement.cue == "supported"
    assert speaker_text(text, statement).startswith("a coalition")


def test_a_passive_stance_cue_without_an_agent_is_not_a_statement():
    assert run("The new defense plan is supported across the region.")[1] == []


def test_an_opening_participle_whose_object_ends_in_a_quotation():
    text = 'Bemoaning the "broken process," Garcia accused Pruitt of favouritism.'
    speakers, statements = run(text)
    assert statements[0].cue == "Bemoaning"
    assert span(text, statements[0]).startswith('the "broken process')
    assert speakers[statements[0].speaker].name == "Garcia"


def test_sample_article_sources_and_pronouns():
    text = SAMPLE.read_text(encoding="utf-8")
    speakers, statements = run(text)
    names = {s.name for s in speakers.values()}
    for expected in (
        "Andrii Kovalenko",
        "Ukrainian officials",
        "Rustem Umerov",
        "Volodymyr Zelensky",
        "Oleksandr Syrskiy",
        "The New York Post",
        "Charlie Dietz",
    ):
        assert expected in names
    assert 15 <= len(statements) <= 19
    pronoun_statements = [s for s in statements if speaker_text(text, s) in {"He", "he"}]
    assert len(pronoun_statements) >= 4
    assert all(speakers[s.speaker].kind == "person" for s in pronoun_statements)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(), max_size=300))
def test_never_raises_and_spans_are_inside(text):
    speakers, statements = find_statements(text)
    for statement in statements:
        for s in (statement.span, statement.speaker_span, statement.cue_span):
            if s is not None:
                assert 0 <= s[0] < s[1] <= len(text)
    for speaker in speakers:
        for s in speaker.mentions:
            assert 0 <= s[0] < s[1] <= len(text)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "He said",
                "“",
                "”",
                '"',
                "'",
                "‘",
                "’",
                " that ",
                ", ",
                ".",
                "\n\n",
                "Umerov",
                "according to",
                "officials",
                " told ",
                "X",
                ":",
                "―",
                "«",
                "»",
                "Mr.",
                "who",
            ]
        ),
        max_size=60,
    )
)
def test_never_raises_on_attribution_like_noise(parts):
    text = "".join(parts)
    _, statements = find_statements(text)
    for statement in statements:
        assert 0 <= statement.span[0] < statement.span[1] <= len(text)


def test_dots_for_a_source_after_according_to_raise_nothing():
    text = "according to..:He said"
    _, statements = find_statements(text)
    assert all(0 <= s.span[0] < s.span[1] <= len(text) for s in statements)


def test_coordinated_attributions_are_two_statements():
    text = "Lind said the board would vote soon, and she urged the union to return to talks."
    _, statements = run(text)
    assert [span(text, s) for s in statements] == [
        "the board would vote soon",
        "the union to return to talks",
    ]


def test_participle_cue_takes_the_subject_of_its_sentence():
    text = "Maria Lopez chimed in on Facebook, saying that the council should publish the records."
    speakers, (statement,) = run(text)
    assert span(text, statement) == "the council should publish the records"
    assert speakers[statement.speaker].name == "Maria Lopez"


def test_colon_before_an_unquoted_block_quotation():
    text = "Hartley added:\n\nAnd this smells of the deepest panic the party has ever shown."
    _, (statement,) = run(text)
    assert span(text, statement).startswith("And this smells")
    assert statement.kind == "direct"


def test_stance_verbs_report_their_object_up_to_the_clause_end():
    text = "Donald Trump has sharply criticized free-trade deals such as NAFTA, and he left."
    _, (statement,) = run(text)
    assert span(text, statement) == "free-trade deals such as NAFTA"
    assert statement.cue == "criticized"


def test_a_stance_object_runs_past_a_comma_inside_it():
    text = "Garcia cited delays in the harbour, the yards and elsewhere that she blamed on Pruitt."
    _, (statement,) = run(text)
    assert span(text, statement) == (
        "delays in the harbour, the yards and elsewhere that she blamed on Pruitt"
    )


def test_a_stance_object_may_be_a_single_name():
    text = "The flight attendants union has endorsed Clinton."
    _, (statement,) = run(text)
    assert span(text, statement) == "Clinton"
    assert statement.cue == "endorsed"


def test_a_cue_after_a_preposition_takes_the_sentence_subject():
    text = "President Obama responded on Wednesday by saying his refusal was a manufactured issue."
    speakers, (statement,) = run(text)
    assert span(text, statement) == "his refusal was a manufactured issue"
    assert speakers[statement.speaker].name == "Obama"


def test_a_conjoined_cue_after_an_auxiliary_takes_the_subject_past_its_appositive():
    text = (
        "Paul Garcia, her Labour rival, bemoaned the strikes and has said he thought "
        "that wages were a factor."
    )
    speakers, statements = run(text)
    assert span(text, statements[-1]) == "he thought that wages were a factor"
    assert speakers[statements[-1].speaker].name == "Paul Garcia"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The attorney general is confirming that the foundation is not registered.",
            "the foundation is not registered",
        ),
        (
            "Investigators have also discovered that the program was infiltrated.",
            "the program was infiltrated",
        ),
        ("Republicans are slamming Tim Kaine for his work.", "Tim Kaine for his work"),
    ],
)
def test_progressive_and_cognition_cues(text: str, content: str):
    _, statements = run(text)
    assert [span(text, s) for s in statements] == [content]


def test_a_participle_opening_the_sentence_is_said_by_the_main_subject():
    text = "Citing an unfounded theory, Trump accused Rafael Cruz of lying."
    speakers, statements = run(text)
    assert [span(text, s) for s in statements] == [
        "an unfounded theory",
        "Rafael Cruz of lying",
    ]
    assert {speakers[s.speaker].name for s in statements} == {"Trump"}


# Passives of accusing and telling with no source are no statements (test_rejections.py).
@pytest.mark.parametrize(
    "text",
    [
        "The efforts are expected to continue until election day.",
        "The deal is widely considered a win for the union.",
    ],
)
def test_a_passive_cue_reports_its_sentence_from_an_unnamed_source(text: str):
    _, (statement,) = run(text)
    assert span(text, statement) == text.removesuffix(".")
    assert statement.speaker is None


def test_the_agent_of_a_passive_cue_is_its_speaker():
    text = "He was harshly criticized by Senate Democrats for the plan."
    speakers, (statement,) = run(text)
    assert span(text, statement) == text.removesuffix(".")
    assert speakers[statement.speaker].name == "Senate Democrats"


def test_a_passive_only_cue_is_no_cue_in_the_active():
    assert run("The board considered the plan for a week.")[1] == []


def test_quotes_of_one_speaker_in_a_paragraph_are_one_statement():
    text = 'The summit did "too little," he added on Twitter. "Europe risks a lot."'
    _, (statement,) = run("Orban spoke.\n" + text)
    assert span("Orban spoke.\n" + text, statement).endswith("Europe risks a lot")


def test_to_before_a_verb_is_the_content_not_a_listener():
    text = "The company agreed to clean up the mines and reclaim the land that was ravaged."
    _, (statement,) = run(text)
    assert span(text, statement).startswith("to clean up the mines")


def test_a_relative_clause_with_its_own_cue_ends_the_object_before_it():
    text = "Anna Berg endorses Okafor, who says he is grateful."
    speakers, statements = run(text)
    assert [span(text, s) for s in statements] == ["Okafor", "he is grateful"]
    assert speakers[statements[1].speaker].name == "Okafor"


def test_cues_joined_by_yet_and_or_split_the_content():
    text = "He demands transparency, yet refuses to release his returns or explain his wealth."
    _, statements = run("Trump spoke.\n" + text)
    assert [s.cue for s in statements] == ["demands", "refuses", "explain"]


def test_an_adjunct_participle_reports_its_object():
    text = "“Each time you repeat it,” Marsh said, referring to the 2 percent claim."
    _, statements = run(text)
    assert [span(text, s) for s in statements] == [
        "Each time you repeat it",
        "the 2 percent claim",
    ]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Nine million mothers live here, according to federal statistics.", "federal statistics"),
        ("According to a 52-count complaint, the developers ran a scheme.", "a 52-count complaint"),
    ],
)
def test_any_noun_phrase_after_according_to_is_the_source(text: str, source: str):
    speakers, (statement,) = run(text)
    assert speakers[statement.speaker].name == source


def test_a_stance_cue_without_an_object_reports_the_quote_before_it():
    text = "“Why isn’t this proof that the bank is too big to manage?” Vitter demanded."
    speakers, (statement,) = run(text)
    assert span(text, statement) == "Why isn’t this proof that the bank is too big to manage?"
    assert statement.kind == "direct"
    assert speakers[statement.speaker].name == "Vitter"


def test_a_quote_then_a_subject_and_any_verb_is_said_by_the_subject():
    text = "“Say you will stay until the morning,” Ross sings to Obama."
    speakers, (statement,) = run(text)
    assert span(text, statement) == "Say you will stay until the morning"
    assert speakers[statement.speaker].name == "Ross"


def test_a_quote_then_a_capitalised_word_is_not_an_attribution():
    text = "“Hamilton,” Broadway’s biggest hit, closes on Sunday."
    assert run(text)[1] == []


def test_sentence_initial_inverted_cue_with_a_colon():
    text = "Said Moreno: “I don’t have the feeling he is even slightly open to compromise.”"
    speakers, (statement,) = run(text)
    assert span(text, statement).startswith("I don’t have the feeling")
    assert speakers[statement.speaker].name == "Moreno"


def test_an_adverbial_clause_before_the_cue_is_not_content():
    text = "Asked about the bomb, Clinton said, “It is important to know the facts first.”"
    _, statements = run(text)
    (statement,) = [s for s in statements if s.cue == "said"]
    assert span(text, statement) == "It is important to know the facts first"
    assert statement.kind == "direct"
    # what was asked is a statement of its own (test_statements_recall.py), not this content
    assert [span(text, s) for s in statements if s.cue == "Asked"] == ["the bomb"]


def test_a_second_cue_sharing_the_subject():
    text = "Mr. Clarke agreed, but also contended that the court should keep the files closed."
    speakers, statements = run(text)
    assert span(text, statements[-1]) == "the court should keep the files closed"
    assert speakers[statements[-1].speaker].name == "Clarke"


def test_coordinated_plural_subject():
    text = "Regulators and environmental groups worried that the deal would fall apart."
    _, (statement,) = run(text)
    assert speaker_text(text, statement) == "Regulators and environmental groups"


def test_a_quote_resumed_after_a_comment_on_it():
    text = (
        "“Each time you repeat it,” Marsh said, referring to the claim, “you hand them a weapon.”"
    )
    _, (statement,) = run(text)
    assert span(text, statement).endswith("you hand them a weapon")
    assert statement.kind == "direct"


def test_a_gerund_after_a_parenthetical_attribution_is_content():
    text = "Though the transition was seamless, he said, replacing her would be much harder."
    text = "Don Fowler spoke.\n" + text
    _, statements = run(text)
    assert span(text, statements[-1]).endswith("replacing her would be much harder")


def test_a_participle_after_a_comma_takes_the_subject_not_the_nearest_name():
    text = "Clinton spoke about the death of a man in Tulsa, Oklahoma, arguing that it was wrong."
    speakers, statements = run(text)
    assert statements[-1].cue == "arguing"
    assert speakers[statements[-1].speaker].name == "Clinton"


def test_a_final_attribution_reports_the_whole_sentence():
    text = "Moreno plans to tour Dayton on Friday, according to a party spokesman."
    speakers, (statement,) = run(text)
    assert span(text, statement) == "Moreno plans to tour Dayton on Friday"
    assert [s.name for s in speakers.values()] == ["a party spokesman"]


def test_a_participle_cue_after_reported_content_is_its_own_statement():
    text = "Sen. David Perdue said the claims did not hurt Romney, arguing that it was divisions."
    _, statements = run(text)
    assert [span(text, s) for s in statements] == [
        "the claims did not hurt Romney",
        "it was divisions",
    ]
    assert statements[0].speaker == statements[1].speaker


def test_a_conjoined_cue_sharing_the_subject_splits_the_content():
    text = "Okafor says the visit went smoothly and said he would push back on the critics."
    _, statements = run(text)
    assert [span(text, s) for s in statements] == [
        "the visit went smoothly",
        "he would push back on the critics",
    ]


def test_a_year_between_speaker_and_cue():
    text = "A review board in 2013 found the city was in violation of the lease."
    _, (statement,) = run(text)
    assert speaker_text(text, statement) == "A review board"


def test_transcript_labels_inside_one_long_quotation():
    text = (
        '"WALLACE: Governor, I want to ask you one thing.\n\n"PENCE: And that is why he will win."'
    )
    speakers, statements = run(text)
    assert [speakers[s.speaker].name for s in statements] == ["WALLACE", "PENCE"]
    assert span(text, statements[0]) == "Governor, I want to ask you one thing"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "One questioner claimed that the forces were hurting the military.",
            "the forces were hurting the military",
            "One questioner",
        ),
        (
            "Protesters have been demanding that police release the video.",
            "police release the video",
            "Protesters",
        ),
        ("The family said the officers lied.", "the officers lied", "The family"),
        (
            "He appeared to suggest that veterans are weak.",
            "veterans are weak",
            "He",
        ),
        (
            "Caddell went on to say that the polls were close.",
            "the polls were close",
            "Caddell",
        ),
        (
            "Teachers, including the NEA, have also endorsed Moreno in the primary.",
            "Moreno in the primary",
            "Teachers",
        ),
        (
            "It came years after many countries agreed to share a currency.",
            "to share a currency",
            "many countries",
        ),
        (
            "The study -- which notes that firms owe taxes -- is a call to voters.",
            "firms owe taxes",
            "which",
        ),
        (
            "Kall -- co-editor of a book about debates -- said the candidate was late.",
            "the candidate was late",
            "Kall",
        ),
        (
            "The pledge came from the region's three largest ports, which together vowed "
            "to cut their emissions",
            "to cut their emissions",
            "which",
        ),
        ("He released a letter that says he is healthy.", "he is healthy", "a letter"),
        ("Then someone asked how she could win.", "how she could win", "someone"),
        (
            "It was after leaked documents from his 1995 return show he took a loss.",
            "he took a loss",
            "leaked documents from his 1995 return",
        ),
        (
            "Perhaps the panel judges will demand fresh evidence.",
            "fresh evidence",
            "the panel judges",
        ),
        (
            "No one expected a full 40 pages of budget tables.",
            "a full 40 pages of budget tables",
            "No one",
        ),
        (
            "Even now at 91 he still says that the war never ended.",
            "the war never ended",
            "he",
        ),
        (
            "Moreno's deputy, Gov. Ann Berg, plans to publish her schedule soon.",
            "to publish her schedule soon",
            "Ann Berg",  # the apposed name speaks; the description is its role
        ),
        ("He asked reporters whether the plan would work.", "whether the plan would work", "He"),
        (
            "The tale was being told by The Morning Herald on Monday.",
            "The tale was being told by The Morning Herald on Monday",
            "The Morning Herald",
        ),
        ("Scott had no gun, as police have said.", "Scott had no gun", "police"),
        (
            "The permit demands a fixed local address, as a city council memo put it.",
            "The permit demands a fixed local address",
            "a city council memo",
        ),
    ],
)
def test_the_speaker_and_the_content_of_one_statement(text: str, content: str, speaker: str):
    _, (statement,) = run(text)
    assert span(text, statement) == content
    assert speaker_text(text, statement) == speaker


def test_a_that_clause_opening_with_a_preposition_is_content_not_circumstance():
    text = "When it signed, the United States pledged that in 2000 it would lift limits."
    _, (statement,) = run(text)
    assert span(text, statement) == "in 2000 it would lift limits"


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Trump said he would order a review of the defenses and warned against hackers "
            "from China",
            "he would order a review of the defenses",
            "hackers from China",
        ),
        (
            "Lynch said the demands erase barriers, though she noted clients want diversity.",
            "the demands erase barriers",
            "clients want diversity",
        ),
        (
            "The nominee complained about his mic, even suggesting he was sabotaged.",
            "his mic",
            "he was sabotaged",
        ),
        (
            "Okafor said it was reckless, going on to say that the town deserved better.",
            "it was reckless",
            "the town deserved better",
        ),
    ],
)
def test_a_second_cue_of_the_same_speaker_splits_the_content(text: str, first: str, second: str):
    _, statements = run(text)
    assert [span(text, s) for s in statements] == [first, second]
    assert statements[0].speaker == statements[1].speaker


def test_a_clause_after_a_comma_is_not_an_appositive():
    text = "It did not sit well with the board, and the merger stalled, said one insider."
    _, (statement,) = run(text)
    assert speaker_text(text, statement) == "one insider"


def test_a_quote_after_a_colon_is_content_even_after_an_opening_clause():
    text = 'While debating the nominees, a friend commented: "Immigration is the reason."'
    _, (statement,) = run(text)
    assert span(text, statement) == "Immigration is the reason"
    assert statement.kind == "direct"


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "He attacked rivals for taking his donations, which he said were bribes in all "
            "but name",
            "rivals for taking his donations",
            "were bribes in all but name",
        ),
        (
            "“We cannot keep this up,” Moreno said, adding later, “The stadium costs us millions.”",
            "We cannot keep this up",
            "The stadium costs us millions",
        ),
        (
            "Readers praised her essay, Ms. Okafor said that she regarded tariffs as a blunt tool.",
            "her essay",
            "she regarded tariffs as a blunt tool",
        ),
    ],
)
def test_a_new_attribution_inside_content_starts_a_statement(text: str, first: str, second: str):
    _, statements = run(text)
    assert [span(text, s) for s in statements] == [first, second]


def test_a_stance_object_goes_on_after_a_comma_and_a_noun_phrase():
    text = "He stressed public safety, and a need to hire more nurses."
    _, (statement,) = run(text)
    assert span(text, statement) == "public safety, and a need to hire more nurses"


def test_make_the_case_to_listeners_that():
    text = "The ministry tried to make the case to farmers that the tariff is a good deal."
    _, (statement,) = run(text)
    assert span(text, statement) == "the tariff is a good deal"


def test_to_an_object_then_a_relative_that_is_not_a_listener():
    text = "They agreed to cuts in spending that would hurt."
    _, statements = run(text)
    assert [span(text, s) for s in statements] == ["to cuts in spending that would hurt"]


def test_a_headline_label_with_a_topic():
    text = "Moreno on Housing Costs: The Rents Are 'Unbearable.'\n\nShe spoke on Monday."
    speakers, statements = run(text)
    assert span(text, statements[0]) == "The Rents Are 'Unbearable"
    assert speakers[statements[0].speaker].name == "Moreno"


def test_a_title_case_headline_reports_its_infinitive():
    text = "Taking Aim At Banks, Okafor Vows To Cap Fees Charged On Overdrafts.\n\nHi."
    _, (statement,) = run(text)
    assert span(text, statement) == "To Cap Fees Charged On Overdrafts"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The nominee also linked cyber attacks to the email server.",
            "cyber attacks to the email server",
        ),
        ("Sanders offered some pointed advice to Clinton.", "some pointed advice to Clinton"),
        ("The judge made it clear that the case would go on.", "the case would go on"),
        ("Investigators determined that the fire was set.", "the fire was set"),
        (
            "Moreno apparently disagrees with his old mentor on the tariff.",
            "his old mentor on the tariff",
        ),
        ("Many Americans have heard that veterans commit suicide.", "veterans commit suicide"),
        ("Okafor constantly brags about her record in office.", "about her record in office"),
        ("She was painting Trump as a Romney caricature.", "Trump as a Romney caricature"),
    ],
)
def test_cue_words_report_their_object(text: str, content: str):
    _, (statement,) = run(text)
    assert span(text, statement) == content


def test_determined_to_is_no_cue():
    assert run("She is determined to win the race.")[1] == []


def test_a_reporting_noun_in_a_sentence_with_a_cue():
    text = (
        "Though it is hard to judge the firm's claims about the safety of its drug, "
        "doctors say it shows promise."
    )
    _, statements = run(text)
    assert [span(text, s) for s in statements] == [
        "the safety of its drug",
        "it shows promise",
    ]


def test_a_quote_continues_the_quotation_an_adjunct_participle_comments_on():
    text = "“This is in their heads,” said Caddell, speaking of her health. “It worries them.”"
    _, statements = run(text)
    quoted = next(s for s in statements if s.kind == "direct")
    assert span(text, quoted).endswith("It worries them")
    assert any(span(text, s) == "her health" for s in statements)


def test_a_quoted_heading_is_not_a_floating_quote():
    text = "“We will win,” he said.\n\n‘Coal Isn’t the Villain.’\n\nIt was raining."
    _, statements = run(text)
    assert [span(text, s) for s in statements] == ["We will win"]


@pytest.mark.parametrize(
    "text",
    [
        "Others could buy a government plan similar to Medicare.",
        "Half of that, per the Moreno plan, is $12,000.",
    ],
)
def test_a_cue_noun_after_a_singular_noun_is_a_compound(text: str):
    assert run(text)[1] == []


def test_a_cue_noun_after_a_plural_subject_is_a_verb():
    text = "The officers support the campaign of Trump."
    _, (statement,) = run(text)
    assert span(text, statement) == "the campaign of Trump"


def test_a_negative_object_reports_nothing():
    assert run("Kovalenko offered no details of the operation against the troops.")[1] == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The ministers met amid rising fears that they are too reliant on imports.",
            "they are too reliant on imports",
        ),
        (
            "The crisis forced a recognition that the borders were weak.",
            "the borders were weak",
        ),
        (
            "Forward90 is a lobbying group that intends to flood Moreno with letters.",
            "to flood Moreno with letters",
        ),
        ("He promptly voted against the crime bill of 1994.", "the crime bill of 1994"),
        ("He has spoken about the risk of floods.", "the risk of floods"),
        ("The survey left little doubt that the river was polluted.", "the river was polluted"),
    ],
)
def test_the_content_of_the_last_statement(text: str, content: str):
    _, statements = run(text)
    assert span(text, statements[-1]) == content


def test_a_relative_that_after_a_reporting_noun_is_no_content():
    assert run("The concerns that were raised went away.")[1] == []


def test_a_cue_word_after_a_determiner_is_a_noun():
    text = "She did not give a cost estimate for her bridge, though she said tolls would cover it."
    _, (statement,) = run(text)
    assert statement.cue == "said"
    assert span(text, statement) == "tolls would cover it"


def test_a_quote_then_a_participle_cue_are_two_statements():
    text = "“Promise you’ll keep your hands up,” Blige sings before asking her, “Where do we go?”"
    _, statements = run(text)
    assert [span(text, s) for s in statements] == [
        "Promise you’ll keep your hands up",
        "Where do we go?",
    ]


def test_a_cue_word_before_a_cue_verb_is_its_subject():
    text = "They picketed the zoning code, which advocates say favours wealthy owners."
    _, (statement,) = run(text)
    assert speaker_text(text, statement) == "advocates"
    assert span(text, statement) == "favours wealthy owners"


def test_an_adverbial_before_a_new_subject_stays_in_the_content():
    text = "Okafor noted that at one of her hearings, in 2009, she opposed a merger."
    _, (statement,) = run(text)
    assert span(text, statement) == "at one of her hearings, in 2009, she opposed a merger"


def test_an_adverbial_clause_alone_before_the_cue_is_not_content():
    text = "But when the city cut money for the parks, residents said enough."
    assert run(text)[1] == []
    text = "If Moreno loses, the council could scrap the plan, aides said."
    _, (statement,) = run(text)
    assert span(text, statement) == "If Moreno loses, the council could scrap the plan"


def test_a_reporting_noun_without_a_possessor_is_held_by_the_subject():
    text = "Maria Lopez is raising questions about her travel costs during the campaign."
    _, (statement,) = run(text)
    assert speaker_text(text, statement) == "Maria Lopez"
    assert span(text, statement) == "her travel costs during the campaign"


def test_the_main_clause_after_a_relative_attribution_has_the_antecedent_as_speaker():
    text = "Mr. Obama, who knew that a push would fail, told his aides to cut emissions."
    speakers, statements = run(text)
    assert [span(text, s) for s in statements] == [
        "a push would fail",
        "his aides to cut emissions",
    ]
    assert speakers[statements[1].speaker].name == "Obama"


def test_a_quote_resumed_after_but():
    text = '"I like Dana," she said, but "Dana has a record of defending big banks."'
    _, (statement,) = run(text)
    assert span(text, statement).endswith("defending big banks")


def test_a_participle_cue_after_a_closing_quote_splits_off_the_quotation():
    text = 'Peabody said: "Patriot was successful a decade ago," adding that its value quadrupled.'
    _, statements = run(text)
    assert [(span(text, s), s.kind) for s in statements] == [
        ("Patriot was successful a decade ago", "direct"),
        ("its value quadrupled", "indirect"),
    ]


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        ("His memo said that was not his plan.", ["that was not his plan"]),
        ("It may not be decided during the spring term that begins next month.", []),
    ],
)
def test_a_demonstrative_that_and_a_noun_compound(text: str, contents: list[str]):
    assert [span(text, s) for s in run(text)[1]] == contents


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        (
            "Speaking on the radio, Ann Vale said: “Nobody wants the fares to rise.”",
            "Ann Vale",
            "said",
        ),
        (
            "Writing on Facebook, Tom Reyes said: ‘The vote was rigged from the start.’",
            "Tom Reyes",
            "said",
        ),
        ("Mayor Slams Port Chief: “You Must Answer For The Delays.”", "Mayor", None),
    ],
)
def test_a_paragraph_of_a_colon_and_a_quotation_is_said_by_the_subject_of_its_cue(
    text: str, speaker: str, cue: str | None
) -> None:
    speakers, (statement,) = run(text)
    assert (speakers[statement.speaker].name, statement.cue) == (speaker, cue)
