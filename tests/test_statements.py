"""Statements: direct, indirect and mixed speech, their cues, spans and speakers."""

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core.model import Speaker, Statement
from tui.core.statements import find_statements

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "kursk-north-korea.txt"


def run(text: str) -> tuple[dict[str, Speaker], list[Statement]]:
    speakers, statements = find_statements(text)
    return {s.id: s for s in speakers}, statements


def span(text: str, statement: Statement) -> str:
    return text[statement.span[0] : statement.span[1]]


def speaker_text(text: str, statement: Statement) -> str:
    assert statement.speaker_span is not None
    return text[statement.speaker_span[0] : statement.speaker_span[1]]


def test_indirect_with_that_and_a_time():
    text = "Andrii Kovalenko said on Tuesday that Ukrainian forces have begun shelling."
    speakers, (statement,) = run(text)
    assert span(text, statement) == "Ukrainian forces have begun shelling."
    assert statement.kind == "indirect"
    assert statement.cue == "said"
    assert statement.when == "on Tuesday"
    assert speakers[statement.speaker].name == "Andrii Kovalenko"


def test_post_posed_direct_quote_excludes_its_marks():
    text = "“We are ready to fight,” Umerov said."
    speakers, (statement,) = run(text)
    assert span(text, statement) == "We are ready to fight,"
    assert statement.kind == "direct"
    assert speaker_text(text, statement) == "Umerov"


def test_inverted_attribution():
    text = "“It is wide open,” said Elaine Kamarck, a veteran of the DNC Rules Committee."
    speakers, (statement,) = run(text)
    assert span(text, statement) == "It is wide open,"
    assert speakers[statement.speaker].role == "veteran of the DNC Rules Committee"


def test_interrupted_quote_is_one_statement():
    text = "“The first part,” he said, “and the second part.”"
    text = "Don Fowler spoke.\n" + text
    _, statements = run(text)
    (statement,) = [s for s in statements if s.cue == "said"]
    assert span(text, statement).startswith("The first part")
    assert span(text, statement).endswith("the second part.")
    assert statement.kind == "direct"


def test_following_quoted_sentences_join_the_statement():
    text = "“One thing,” said Caddell. “Another thing. And a third.”"
    _, (statement,) = run(text)
    assert span(text, statement).endswith("And a third.")


def test_colon_introduces_a_quote_in_the_next_paragraph():
    text = "Caddell continued:\n\n“The health issue is very much a partisan issue.”"
    speakers, (statement,) = run(text)
    assert span(text, statement) == "The health issue is very much a partisan issue."
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
    assert span(text, statement) == "the battles open a page."


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
    assert span(text, statement) == "battle of the bulge."
    assert speakers[statement.speaker].kind == "media"


def test_a_report_that():
    text = "The Pentagon investigated a report that soldiers are watching television."
    speakers, (statement,) = run(text)
    assert span(text, statement) == "soldiers are watching television."
    assert speakers[statement.speaker].kind == "document"


def test_a_noun_of_attitude_reports_its_topic_with_the_possessor_as_speaker():
    text = "Mr. Obama's criticism of the deal surprised the room."
    speakers, (statement,) = run(text)
    assert span(text, statement) == "the deal surprised the room."
    assert statement.cue == "criticism of"
    assert speakers[statement.speaker].name == "Obama"


def test_a_noun_of_intention_reports_its_infinitive():
    text = "Nothing has stopped the government's determination to build missiles."
    speakers, (statement,) = run(text)
    assert span(text, statement) == "to build missiles."
    assert speakers[statement.speaker].kind == "organization"


def test_a_possessive_pronoun_holds_the_claim_of_the_last_speaker():
    text = "Clinton said the plan was sound. Her pledge to raise taxes on the rich stood."
    speakers, statements = run(text)
    assert span(text, statements[-1]) == "to raise taxes on the rich stood."
    assert speakers[statements[-1].speaker].name == "Clinton"


@pytest.mark.parametrize(
    "text",
    [
        "The film, titled “The Long Road Home,” opens on Friday.",  # a title
        "He was known as “the Bulldozer” in his youth.",  # a nickname
        "Republican support was more solid in the Midwest.",  # a cue word as a noun
        "Clinton has 81 percent support among black voters in Florida.",
        "The reported cases rose sharply last year.",  # a cue word as an adjective
        "She has assumed a newly created role as state counselor.",  # another sense
        "'Legend in the Coal Fields.'",  # a quoted heading
    ],
)
def test_not_statements(text):
    assert run(text)[1] == []


def test_dash_attribution():
    text = "“He has said hateful things time and again.” ― Carlos Raúl"
    speakers, (statement,) = run(text)
    assert speakers[statement.speaker].name == "Carlos Raúl"
    assert statement.kind == "direct"


def test_transcript_label():
    text = "PENCE: And that is why Donald Trump is on his way to the White House."
    speakers, (statement,) = run(text)
    assert speakers[statement.speaker].name == "PENCE"
    assert span(text, statement).startswith("And that is why")


def test_headline_subject_colon_quotation():
    text = "Warren Grills Bank Chief: ‘You Should Be Criminally Investigated.’\n\nThe hearing ran."
    _, (statement,) = run(text)
    assert span(text, statement) == "You Should Be Criminally Investigated."
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
    text = "Christie Calls Hillary Clinton ‘A Disgrace’ Over Shooting Comments.\n\nMore text."
    speakers, (statement,) = run(text)
    assert statement.cue == "Calls"  # the cue as written
    assert speakers[statement.speaker].name == "Christie"
    assert span(text, statement).startswith("Hillary Clinton")


def test_a_sentence_case_paragraph_is_not_a_headline():
    text = "Christie calls Hillary Clinton ‘a disgrace’ over her comments on the shooting."
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
    text = 'Bemoaning the "phony system," Trump accused Holt of bias.'
    speakers, statements = run(text)
    assert statements[0].cue == "Bemoaning"
    assert span(text, statements[0]).startswith('the "phony system')
    assert speakers[statements[0].speaker].name == "Trump"


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


def test_coordinated_attributions_are_two_statements():
    text = "Ban said the council would act quickly, and he urged North Korea to resume talks."
    _, statements = run(text)
    assert [span(text, s) for s in statements] == [
        "the council would act quickly",
        "North Korea to resume talks.",
    ]


def test_participle_cue_takes_the_subject_of_its_sentence():
    text = "Hillary Clinton chimed in on Twitter, saying that officials should release the videos."
    speakers, (statement,) = run(text)
    assert span(text, statement) == "officials should release the videos."
    assert speakers[statement.speaker].name == "Hillary Clinton"


def test_colon_before_an_unquoted_block_quotation():
    text = "Limbaugh added:\n\nAnd this reeks of some of the greatest fear I have ever seen."
    _, (statement,) = run(text)
    assert span(text, statement).startswith("And this reeks")
    assert statement.kind == "direct"


def test_stance_verbs_report_their_object_up_to_the_clause_end():
    text = "Donald Trump has sharply criticized free-trade deals such as NAFTA, and he left."
    _, (statement,) = run(text)
    assert span(text, statement) == "free-trade deals such as NAFTA"
    assert statement.cue == "criticized"


def test_a_stance_object_runs_past_a_comma_inside_it():
    text = "Trump cited problems in the Middle East, China and elsewhere that he blamed on Obama."
    _, (statement,) = run(text)
    assert span(text, statement) == (
        "problems in the Middle East, China and elsewhere that he blamed on Obama."
    )


def test_a_stance_object_may_be_a_single_name():
    text = "The flight attendants union has endorsed Clinton."
    _, (statement,) = run(text)
    assert span(text, statement) == "Clinton."
    assert statement.cue == "endorsed"


def test_a_cue_after_a_preposition_takes_the_sentence_subject():
    text = "President Obama responded on Wednesday by saying his refusal was a manufactured issue."
    speakers, (statement,) = run(text)
    assert span(text, statement) == "his refusal was a manufactured issue."
    assert speakers[statement.speaker].name == "Obama"


def test_a_conjoined_cue_after_an_auxiliary_takes_the_subject_past_its_appositive():
    text = (
        "Donald Trump, her Republican opponent, bemoaned the unrest and has said he thought "
        "that drugs were a factor."
    )
    speakers, statements = run(text)
    assert span(text, statements[-1]) == "he thought that drugs were a factor."
    assert speakers[statements[-1].speaker].name == "Donald Trump"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The attorney general is confirming that the foundation is not registered.",
            "the foundation is not registered.",
        ),
        (
            "Investigators have also discovered that the program was infiltrated.",
            "the program was infiltrated.",
        ),
        ("Republicans are slamming Tim Kaine for his work.", "Tim Kaine for his work."),
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
        "Rafael Cruz of lying.",
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
    assert span(text, statement) == text
    assert statement.speaker is None


def test_the_agent_of_a_passive_cue_is_its_speaker():
    text = "He was harshly criticized by Senate Democrats for the plan."
    speakers, (statement,) = run(text)
    assert span(text, statement) == text
    assert speakers[statement.speaker].name == "Senate Democrats"


def test_a_passive_only_cue_is_no_cue_in_the_active():
    assert run("The board considered the plan for a week.")[1] == []


def test_quotes_of_one_speaker_in_a_paragraph_are_one_statement():
    text = 'The summit did "too little," he added on Twitter. "Europe risks a lot."'
    _, (statement,) = run("Orban spoke.\n" + text)
    assert span("Orban spoke.\n" + text, statement).endswith("Europe risks a lot.")


def test_to_before_a_verb_is_the_content_not_a_listener():
    text = "The company agreed to clean up the mines and reclaim the land that was ravaged."
    _, (statement,) = run(text)
    assert span(text, statement).startswith("to clean up the mines")


def test_a_relative_clause_with_its_own_cue_ends_the_object_before_it():
    text = "Ted Cruz endorses Trump, who says he is honored."
    speakers, statements = run(text)
    assert [span(text, s) for s in statements] == ["Trump", "he is honored."]
    assert speakers[statements[1].speaker].name == "Trump"


def test_cues_joined_by_yet_and_or_split_the_content():
    text = "He demands transparency, yet refuses to release his returns or explain his wealth."
    _, statements = run("Trump spoke.\n" + text)
    assert [s.cue for s in statements] == ["demands", "refuses", "explain"]


def test_an_adjunct_participle_reports_its_object():
    text = "“Every time you say that,” Tester said, referring to the 1 percent excuse."
    _, statements = run(text)
    assert [span(text, s) for s in statements] == [
        "Every time you say that,",
        "the 1 percent excuse.",
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
    text = "“Promise you’ll keep your hands in sight,” Blige sings to Clinton."
    speakers, (statement,) = run(text)
    assert span(text, statement) == "Promise you’ll keep your hands in sight,"
    assert speakers[statement.speaker].name == "Blige"


def test_a_quote_then_a_capitalised_word_is_not_an_attribution():
    text = "“Hamilton,” Broadway’s biggest hit, closes on Sunday."
    assert run(text)[1] == []


def test_sentence_initial_inverted_cue_with_a_colon():
    text = "Said Ellis: “I don’t get the sense she is the least bit interested in reform.”"
    speakers, (statement,) = run(text)
    assert span(text, statement).startswith("I don’t get the sense")
    assert speakers[statement.speaker].name == "Ellis"


def test_an_adverbial_clause_before_the_cue_is_not_content():
    text = "Asked about the bomb, Clinton said, “It is important to know the facts first.”"
    _, (statement,) = run(text)
    assert span(text, statement) == "It is important to know the facts first."
    assert statement.kind == "direct"


def test_a_second_cue_sharing_the_subject():
    text = "Mr. Clarke agreed, but also contended that the court should keep the files closed."
    speakers, statements = run(text)
    assert span(text, statements[-1]) == "the court should keep the files closed."
    assert speakers[statements[-1].speaker].name == "Clarke"


def test_coordinated_plural_subject():
    text = "Regulators and environmental groups worried that the deal would fall apart."
    _, (statement,) = run(text)
    assert speaker_text(text, statement) == "Regulators and environmental groups"


def test_a_quote_resumed_after_a_comment_on_it():
    text = "“Every time you say that,” Tester said, referring to the excuse, “you give them ammo.”"
    _, (statement,) = run(text)
    assert span(text, statement).endswith("you give them ammo.")
    assert statement.kind == "direct"


def test_a_gerund_after_a_parenthetical_attribution_is_content():
    text = "Though the transition was seamless, he said, replacing her would be much harder."
    text = "Don Fowler spoke.\n" + text
    _, statements = run(text)
    assert span(text, statements[-1]).endswith("replacing her would be much harder.")


def test_a_participle_after_a_comma_takes_the_subject_not_the_nearest_name():
    text = "Clinton spoke about the death of a man in Tulsa, Oklahoma, arguing that it was wrong."
    speakers, statements = run(text)
    assert statements[-1].cue == "arguing"
    assert speakers[statements[-1].speaker].name == "Clinton"


def test_a_final_attribution_reports_the_whole_sentence():
    text = "Clinton plans to visit Charlotte on Sunday, according to a campaign aide."
    speakers, (statement,) = run(text)
    assert span(text, statement) == "Clinton plans to visit Charlotte on Sunday"
    assert [s.name for s in speakers.values()] == ["a campaign aide"]


def test_a_participle_cue_after_reported_content_is_its_own_statement():
    text = "Sen. David Perdue said the claims did not hurt Romney, arguing that it was divisions."
    _, statements = run(text)
    assert [span(text, s) for s in statements] == [
        "the claims did not hurt Romney",
        "it was divisions.",
    ]
    assert statements[0].speaker == statements[1].speaker


def test_a_conjoined_cue_sharing_the_subject_splits_the_content():
    text = "Merrill says the talks went well and said she would stand up to the attacks."
    _, statements = run(text)
    assert [span(text, s) for s in statements] == [
        "the talks went well",
        "she would stand up to the attacks.",
    ]


def test_a_year_between_speaker_and_cue():
    text = "An arbitration panel in 2001 found the United States was in breach of the deal."
    _, (statement,) = run(text)
    assert speaker_text(text, statement) == "An arbitration panel"


def test_transcript_labels_inside_one_long_quotation():
    text = (
        '"WALLACE: Governor, I want to ask you one thing.\n\n"PENCE: And that is why he will win."'
    )
    speakers, statements = run(text)
    assert [speakers[s.speaker].name for s in statements] == ["WALLACE", "PENCE"]
    assert span(text, statements[0]) == "Governor, I want to ask you one thing."


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "One questioner claimed that the forces were hurting the military.",
            "the forces were hurting the military.",
            "One questioner",
        ),
        (
            "Protesters have been demanding that police release the video.",
            "police release the video.",
            "Protesters",
        ),
        ("The family said the officers lied.", "the officers lied.", "The family"),
        (
            "He appeared to suggest that veterans are weak.",
            "veterans are weak.",
            "He",
        ),
        (
            "Caddell went on to say that the polls were close.",
            "the polls were close.",
            "Caddell",
        ),
        (
            "Unions, including the AFL-CIO, have also endorsed Clinton in the race.",
            "Clinton in the race.",
            "Unions",
        ),
        (
            "It came years after many countries agreed to share a currency.",
            "to share a currency.",
            "many countries",
        ),
        (
            "The study -- which notes that firms owe taxes -- is a call to voters.",
            "firms owe taxes",
            "which",
        ),
        (
            "Kall -- co-editor of a book about debates -- said the candidate was late.",
            "the candidate was late.",
            "Kall",
        ),
        (
            "The deal came from the world's two biggest polluters, which together vowed "
            "to stave off the worst.",
            "to stave off the worst.",
            "which",
        ),
        ("He released a letter that says he is healthy.", "he is healthy.", "a letter"),
        ("Then someone asked how she could win.", "how she could win.", "someone"),
        (
            "It was after leaked documents from his 1995 return show he took a loss.",
            "he took a loss.",
            "leaked documents from his 1995 return",
        ),
        (
            "Perhaps the debate moderators will demand more details.",
            "more details.",
            "the debate moderators",
        ),
        (
            "No one expected a full 90 minutes of policy discussion.",
            "a full 90 minutes of policy discussion.",
            "No one",
        ),
        (
            "Even now at 86 she still says that we are not all equal.",
            "we are not all equal.",
            "she",
        ),
        (
            "Trump's running mate, Gov. Mike Pence, plans to release his returns soon.",
            "to release his returns soon.",
            "Trump's running mate",
        ),
        ("He asked reporters whether the plan would work.", "whether the plan would work.", "He"),
        (
            "The story was being told by The Daily Caller on Friday.",
            "The story was being told by The Daily Caller on Friday.",
            "The Daily Caller",
        ),
        ("Scott had no gun, as police have said.", "Scott had no gun", "police"),
        (
            "The rule requires a lawful source of income, as a Homeland Security memo put it.",
            "The rule requires a lawful source of income",
            "a Homeland Security memo",
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
    assert span(text, statement) == "in 2000 it would lift limits."


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Trump said he would order a review of the defenses and warned against hackers "
            "from China.",
            "he would order a review of the defenses",
            "hackers from China.",
        ),
        (
            "Lynch said the demands erase barriers, though she noted clients want diversity.",
            "the demands erase barriers",
            "clients want diversity.",
        ),
        (
            "The nominee complained about his mic, even suggesting he was sabotaged.",
            "his mic",
            "he was sabotaged.",
        ),
        (
            "Sanders said it was insane, going on to say that the country fought racism.",
            "it was insane",
            "the country fought racism.",
        ),
    ],
)
def test_a_second_cue_of_the_same_speaker_splits_the_content(text: str, first: str, second: str):
    _, statements = run(text)
    assert [span(text, s) for s in statements] == [first, second]
    assert statements[0].speaker == statements[1].speaker


def test_a_clause_after_a_comma_is_not_an_appositive():
    text = "It did not go over well with Republicans, and the talks ended, said one source."
    _, (statement,) = run(text)
    assert speaker_text(text, statement) == "one source"


def test_a_quote_after_a_colon_is_content_even_after_an_opening_clause():
    text = 'While debating the nominees, a friend commented: "Immigration is the reason."'
    _, (statement,) = run(text)
    assert span(text, statement) == "Immigration is the reason."
    assert statement.kind == "direct"


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "He attacked rivals for taking his donations, which he said were bribes in all "
            "but name.",
            "rivals for taking his donations",
            "were bribes in all but name.",
        ),
        (
            "“We can’t afford this,” Trump said, adding later, “NATO is costing us a fortune.”",
            "We can’t afford this,",
            "NATO is costing us a fortune.",
        ),
        (
            "Critics praised his book, Mr. McKinley said that he considered debt a last resort.",
            "his book",
            "he considered debt a last resort.",
        ),
    ],
)
def test_a_new_attribution_inside_content_starts_a_statement(text: str, first: str, second: str):
    _, statements = run(text)
    assert [span(text, s) for s in statements] == [first, second]


def test_a_stance_object_goes_on_after_a_comma_and_a_noun_phrase():
    text = "She stressed economic fairness, and a need to raise the minimum wage."
    _, (statement,) = run(text)
    assert span(text, statement) == "economic fairness, and a need to raise the minimum wage."


def test_make_the_case_to_listeners_that():
    text = "The White House tried to make the case to lawmakers that the bill is a bad idea."
    _, (statement,) = run(text)
    assert span(text, statement) == "the bill is a bad idea."


def test_to_an_object_then_a_relative_that_is_not_a_listener():
    text = "They agreed to cuts in spending that would hurt."
    _, statements = run(text)
    assert all(not span(text, s).startswith("would") for s in statements)


def test_a_headline_label_with_a_topic():
    text = "Obama on Climate Change: The Trends Are 'Terrifying.'\n\nHe spoke on Friday."
    speakers, statements = run(text)
    assert span(text, statements[0]) == "The Trends Are 'Terrifying."
    assert speakers[statements[0].speaker].name == "Obama"


def test_a_title_case_headline_reports_its_infinitive():
    text = "Railing Against Trump, Sanders Vows To Eliminate Tax Breaks Used By Developers.\n\nHi."
    _, (statement,) = run(text)
    assert span(text, statement) == "To Eliminate Tax Breaks Used By Developers."


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The nominee also linked cyber attacks to the email server.",
            "cyber attacks to the email server.",
        ),
        ("Sanders offered some pointed advice to Clinton.", "some pointed advice to Clinton."),
        ("The judge made it clear that the case would go on.", "the case would go on."),
        ("Investigators determined that the fire was set.", "the fire was set."),
        (
            "Clinton apparently disagrees with her former boss on the bill.",
            "her former boss on the bill.",
        ),
        ("Many Americans have heard that veterans commit suicide.", "veterans commit suicide."),
        ("Trump continually brags about his prowess in debates.", "about his prowess in debates."),
        ("She was painting Trump as a Romney caricature.", "Trump as a Romney caricature."),
    ],
)
def test_cue_words_report_their_object(text: str, content: str):
    _, (statement,) = run(text)
    assert span(text, statement) == content


def test_determined_to_is_no_cue():
    assert run("She is determined to win the race.")[1] == []


def test_a_reporting_noun_in_a_sentence_with_a_cue():
    text = (
        "Though it is hard to assess North Korea's claims about the potency of its test, "
        "experts say it shows resolve."
    )
    _, statements = run(text)
    assert [span(text, s) for s in statements] == [
        "the potency of its test",
        "it shows resolve.",
    ]


def test_a_quote_continues_the_quotation_an_adjunct_participle_comments_on():
    text = "“This is in their heads,” said Caddell, speaking of her health. “It worries them.”"
    _, statements = run(text)
    quoted = next(s for s in statements if s.kind == "direct")
    assert span(text, quoted).endswith("It worries them.")
    assert any(span(text, s) == "her health." for s in statements)


def test_a_quoted_heading_is_not_a_floating_quote():
    text = "“We will win,” he said.\n\n‘Coal Isn’t the Villain.’\n\nIt was raining."
    _, statements = run(text)
    assert [span(text, s) for s in statements] == ["We will win,"]


@pytest.mark.parametrize(
    "text",
    [
        "Others could buy a government plan similar to Medicare.",
        "A quarter of that, per the McKinley plan, is $40,000.",
    ],
)
def test_a_cue_noun_after_a_singular_noun_is_a_compound(text: str):
    assert run(text)[1] == []


def test_a_cue_noun_after_a_plural_subject_is_a_verb():
    text = "The officers support the campaign of Trump."
    _, (statement,) = run(text)
    assert span(text, statement) == "the campaign of Trump."


def test_a_negative_object_reports_nothing():
    assert run("Kovalenko offered no details of the operation against the troops.")[1] == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The leaders met amid growing concerns that they are too dependent on the US.",
            "they are too dependent on the US.",
        ),
        (
            "The crisis forced a recognition that the borders were weak.",
            "the borders were weak.",
        ),
        (
            "Future45 is a super PAC that intends to hammer Clinton with ads.",
            "to hammer Clinton with ads.",
        ),
        ("He promptly voted against the crime bill of 1994.", "the crime bill of 1994."),
        ("She has spoken about the need for reforms.", "the need for reforms."),
        ("The research left little doubt that the planet was warming.", "the planet was warming."),
    ],
)
def test_the_content_of_the_last_statement(text: str, content: str):
    _, statements = run(text)
    assert span(text, statements[-1]) == content


def test_a_relative_that_after_a_reporting_noun_is_no_content():
    assert run("The concerns that were raised went away.")[1] == []


def test_a_cue_word_after_a_determiner_is_a_noun():
    text = "He did not supply a cost estimate for his plans, though he said reforms would pay."
    _, (statement,) = run(text)
    assert statement.cue == "said"
    assert span(text, statement) == "reforms would pay."


def test_a_quote_then_a_participle_cue_are_two_statements():
    text = "“Promise you’ll keep your hands up,” Blige sings before asking her, “Where do we go?”"
    _, statements = run(text)
    assert [span(text, s) for s in statements] == [
        "Promise you’ll keep your hands up,",
        "Where do we go?",
    ]


def test_a_cue_word_before_a_cue_verb_is_its_subject():
    text = "They protested the funding system, which advocates say disadvantages needy schools."
    _, (statement,) = run(text)
    assert speaker_text(text, statement) == "advocates"
    assert span(text, statement) == "disadvantages needy schools."


def test_an_adverbial_before_a_new_subject_stays_in_the_content():
    text = "Fowler noted that at one of his meetings, in 1972, he supported a decision."
    _, (statement,) = run(text)
    assert span(text, statement) == "at one of his meetings, in 1972, he supported a decision."


def test_an_adverbial_clause_alone_before_the_cue_is_not_content():
    text = "But when Congress cut funding for the program, Mexico said enough."
    assert run(text)[1] == []
    text = "If Trump wins, the government could reverse the rules, officials said."
    _, (statement,) = run(text)
    assert span(text, statement) == "If Trump wins, the government could reverse the rules"


def test_a_reporting_noun_without_a_possessor_is_held_by_the_subject():
    text = "Donald Trump is raising questions about his microphone problems during the debate."
    _, (statement,) = run(text)
    assert speaker_text(text, statement) == "Donald Trump"
    assert span(text, statement) == "his microphone problems during the debate."


def test_the_main_clause_after_a_relative_attribution_has_the_antecedent_as_speaker():
    text = "Mr. Obama, who knew that a push would fail, told his aides to cut emissions."
    speakers, statements = run(text)
    assert [span(text, s) for s in statements] == [
        "a push would fail",
        "his aides to cut emissions.",
    ]
    assert speakers[statements[1].speaker].name == "Obama"


def test_a_quote_resumed_after_but():
    text = '"I love Larry," he said, but "Larry has a history of representing fossil fuels."'
    _, (statement,) = run(text)
    assert span(text, statement).endswith("representing fossil fuels.")


def test_a_participle_cue_after_a_closing_quote_splits_off_the_quotation():
    text = 'Peabody said: "Patriot was successful a decade ago," adding that its value quadrupled.'
    _, statements = run(text)
    assert [(span(text, s), s.kind) for s in statements] == [
        ("Patriot was successful a decade ago,", "direct"),
        ("its value quadrupled.", "indirect"),
    ]


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        ("Her brief said that was not her view.", ["that was not her view."]),
        ("It may not be heard during the court term that begins next Monday.", []),
    ],
)
def test_a_demonstrative_that_and_a_noun_compound(text: str, contents: list[str]):
    assert [span(text, s) for s in run(text)[1]] == contents
