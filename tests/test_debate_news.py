"""Debate nights and Sunday-show interviews as a new analyst reads them: constructions found by
trying whosaid on invented stories of a governors' debate, a round of Sunday interviews and a
mayoral debate told through transcript excerpts and the spin room (in tests/data/speakers/),
each tested here on other invented sentences."""

import pytest
from extraction_helpers import (
    ARTICLES,
    attributed,
    contents,
    missing_speakers,
    speakers_by_opening,
)

from tui.core.statements import find_statements


def said(text: str) -> list[tuple[str | None, str]]:
    """(speaker name, content) of each statement of `text`."""
    return [
        (speaker.name if speaker else None, content) for content, speaker, _ in attributed(text)
    ]


# --- a transcript's label in capitals: the person named before with that surname -------------


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "Mayor Ines Carrow and Dale Pruett met on stage.\n\n"
            "PRUETT: The budget is a mess.\n\nCARROW: It is balanced.",
            ["Dale Pruett", "Ines Carrow"],
        ),
        (
            "Sen. Ruth Varnum faced Rep. Jo Ekberg in Tarrant.\n\n"
            "SEN. VARNUM: I wrote that bill.\n\nREP. EKBERG: You voted against it.",
            ["Ruth Varnum", "Jo Ekberg"],
        ),
        (  # a name no list knows, heard before: the speaker of that surname
            "“We will fix the roads,” said Lorne Abelard.\n\n"
            "ABELARD: And we will do it in a year.\n\nHe smiled. “Watch us,” he said.",
            ["Lorne Abelard", "Lorne Abelard", "Lorne Abelard"],
        ),
    ],
)
def test_a_label_in_capitals_is_the_person_named_before_with_that_surname(
    text: str, speakers: list[str]
):
    assert [name for name, _ in said(text)] == speakers
    assert all(s.kind == "person" for _, s, _ in attributed(text) if s is not None)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("PRUETT: The budget is a mess.", "PRUETT"),  # nobody named: the label as written
        # two people of that surname: a reader cannot tell which
        ("Dale Pruett and Ana Pruett debated.\n\nPRUETT: The budget is a mess.", "PRUETT"),
        ("Dale Pruett spoke.\n\nThe NDP answered.\n\nNDP: The budget is a mess.", "NDP"),
        ("Dale Pruett spoke.\n\nMODERATOR: The budget is next.", "MODERATOR"),
    ],
)
def test_a_label_in_capitals_naming_no_one_or_two_stays_as_written(text: str, speaker: str):
    assert said(text)[-1][0] == speaker


@pytest.mark.parametrize("answer", ["No.", "Twice.", "Absolutely.", "Correct."])
def test_a_one_word_turn_of_a_person_the_text_names_is_a_statement(answer: str):
    text = (
        "Mayor Ines Carrow and Dale Pruett met on stage on Tuesday night in Ardmore for the "
        "second of three debates.\n\nMODERATOR: Mr. Pruett, would you raise the levy?\n\n"
        f"PRUETT: {answer}"
    )
    assert said(text)[-1] == ("Dale Pruett", answer.rstrip("."))


@pytest.mark.parametrize(
    "text", ["PRUETT: No.", "UPDATE: Closed.", "Dale Pruett spoke.\n\nNDP: No."]
)
def test_a_one_word_turn_of_no_one_named_is_no_statement(text: str):
    assert attributed(text) == []


def test_a_label_in_title_case_still_reads_as_before():
    text = "Dale Pruett and Ines Carrow debated.\n\nPruett: The budget is a mess."
    assert said(text)[-1] == ("Dale Pruett", "The budget is a mess")


# --- "Sen. Ann Gill faced Rep. Jo Lee": the verb between two names ends the second's role ---


@pytest.mark.parametrize("verb", ["faced", "debated", "joined", "outraised"])
def test_a_verb_in_ed_between_two_titled_names_is_no_part_of_the_seconds_role(verb: str):
    text = f"Sen. Ann Gill {verb} Rep. Jo Lee in Tarrant.\n\n“I wrote that bill,” Lee said."
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and (speaker.name, speaker.role) == ("Jo Lee", "Rep.")


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Retired teacher Ann Lee said the school was cold.", "Retired teacher"),
        ("Acme retired engineer Ann Lee said the school was cold.", "Acme retired engineer"),
        (
            "Ohio Democratic state Sen. Ann Lee said the school was cold.",
            "Ohio Democratic state Sen.",
        ),
    ],
)
def test_a_modifier_in_ed_before_a_role_stays_in_it(text: str, role: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.role == role


# --- "X spent the evening insisting ...": the subject of "spent" speaks -----------------------


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Ines Carrow spent much of the debate insisting that the levy was fair.",
            "Ines Carrow",
            "the levy was fair",
        ),
        (
            "Dale Pruett spent the evening arguing that the port was losing money.",
            "Dale Pruett",
            "the port was losing money",
        ),
        (
            "The senator spent part of the interview claiming the audit was rigged.",
            "The senator",
            "the audit was rigged",
        ),
        (
            "Jo Ekberg spent two hours explaining that the tolls would end in 2031.",
            "Jo Ekberg",
            "the tolls would end in 2031",
        ),
    ],
)
def test_a_participle_cue_after_spent_and_a_time_is_the_subjects(
    text: str, speaker: str, content: str
):
    assert said(text) == [(speaker, content)]


@pytest.mark.parametrize(
    "text",
    [
        "Dale Pruett spent the winter writing a memoir.",  # no cue
        "The two spent the evening arguing about the ferry.",  # a quarrel, no claim
    ],
)
def test_spent_and_a_time_before_no_claim_reports_nothing(text: str):
    assert attributed(text) == []


# --- "argued over the budget": a quarrel and its topic, no claim ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The candidates argued over the pipeline for ten minutes.",
        "Carrow and Pruett argued about the school levy.",
        "Pruett argued with the moderator over the rules.",
        "The two were arguing over whether the debate should go on.",
    ],
)
def test_arguing_over_or_about_something_is_no_statement(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Pruett argued with reporters that the levy was a tax.", "the levy was a tax"),
        ("Carrow argued over the phone that the count was wrong.", "the count was wrong"),
        ("Carrow argued for a second debate.", "a second debate"),
        ('Pruett argued about "a plan no one has read."', 'about "a plan no one has read'),
    ],
)
def test_arguing_that_or_for_something_still_says_it(text: str, content: str):
    assert contents(text) == [content]


# --- a headline's "as talks drag on": the news around its claim -------------------------------


@pytest.mark.parametrize(
    "headline",
    [
        "Budget chief says cuts 'not needed' as lawmakers dig in",
        "Budget chief says cuts not needed amid strike threat",
        "Budget chief says cuts not needed ahead of vote",
    ],
)
def test_a_headlines_claim_repeated_below_is_dropped_whatever_its_news_tail(headline: str):
    text = (
        f"{headline}\n\nBudget chief Aldo Renn said Sunday that cuts were not needed this "
        "year. The vote is set for Friday."
    )
    assert [c for c, _ in [(c, n) for n, c in said(text)]] == ["cuts were not needed this year"]


def test_a_headline_naming_what_someone_is_called_keeps_its_claim():
    text = (
        "Council members slam mayor as a 'reckless spender'\n\n"
        "Council members said Tuesday that the ferry deal was a mistake."
    )
    assert len(said(text)) == 2


# --- ", even as ...": the news a writer sets against what was said ----------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'Aldo Renn said Sunday that a strike was "avoidable," even as both unions '
            "set a date for a walkout.",
            'a strike was "avoidable',
        ),
        (
            "Aldo Renn said the talks were close to a deal, even as the union walked out.",
            "the talks were close to a deal",
        ),
    ],
)
def test_even_as_after_a_comma_ends_what_was_said(text: str, content: str):
    assert contents(text) == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "“The talks go on, even as the clock runs down,” Renn said.",
            "The talks go on, even as the clock runs down",
        ),
        (
            "Renn said the talks would go on even as the deadline neared.",
            "the talks would go on even as the deadline neared",
        ),
        (
            "Renn said the fares would rise, even though the line was losing riders.",
            "the fares would rise, even though the line was losing riders",
        ),
    ],
)
def test_even_as_in_a_quotation_or_with_no_comma_stays_in_the_content(text: str, content: str):
    assert contents(text) == [content]


# --- "citing figures from the police": where the claim came from ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Carrow said violent crime had fallen, citing figures from the county sheriff.",
        "Pruett said the port lost money, citing data from the harbour board.",
        "Carrow said turnout would be high, citing statistics.",
    ],
)
def test_numbers_cited_for_a_claim_are_its_source_not_a_second_claim(text: str):
    assert len(contents(text)) == 1


def test_a_reason_cited_with_nothing_reported_before_it_is_still_said():
    assert contents("Pruett resigned, citing figures that showed heavy losses.") == [
        "figures that showed heavy losses"
    ]


# --- "rejected two invitations": a deed, not a stance -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Pruett campaign rejected two other invitations.",
        "Carrow rejected an invitation from the station to a third debate.",
    ],
)
def test_invitations_turned_down_are_no_stance(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Carrow rejected the claim that she had skipped the vote.", "the claim that"),
        ("The Pruett campaign rejected the debate rules.", "the debate rules"),
        (
            "The campaign rejected two invitations, saying the dates clashed.",
            "the dates clashed",
        ),
    ],
)
def test_a_claim_or_a_plan_rejected_stays_a_stance(text: str, content: str):
    assert [c for c in contents(text) if c.startswith(content)]


# --- a moderator's floating question calling the last speaker by title and name -------------


@pytest.mark.parametrize(
    "question",
    [
        "“Mr. Pruett, do you want to respond to that?”",
        "“Senator Pruett, you have thirty seconds to answer.”",
        "“Dale, is that a yes or a no?”",
    ],
)
def test_a_floating_question_calling_the_last_speaker_by_name_is_not_his(question: str):
    text = f"Dale Pruett spoke first.\n\n“The levy is a tax,” Pruett said.\n\n{question}"
    assert said(text)[-1][0] is None


def test_a_floating_quotation_not_calling_anyone_stays_the_last_speakers():
    text = (
        "Dale Pruett spoke first.\n\n“The levy is a tax,” Pruett said.\n\n"
        "“And everyone in this county knows it.”"
    )
    assert said(text)[-1][0] == "Dale Pruett"


# --- "..., each insisting ...": a distributive before a participle cue -----------------------


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Campaign aides packed the hall, each insisting their side had won.",
            "Campaign aides",
            "their side had won",
        ),
        (
            "The two rivals shook hands, both promising that the race would stay civil.",
            "The two rivals",
            "the race would stay civil",
        ),
        (
            "The county clerks met in Ardmore, all warning that the ballots were late.",
            "The county clerks",
            "the ballots were late",
        ),
    ],
)
def test_a_participle_cue_after_each_or_both_is_the_subjects(text: str, speaker: str, content: str):
    assert said(text) == [(speaker, content)]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "The rivals sparred, both touting their budgets and saying the other had failed.",
            "their budgets",
            "the other had failed",
        ),
        (
            "Ines Carrow left the stage, praising the ferry deal and insisting it would pay.",
            "the ferry deal",
            "it would pay",
        ),
        (
            "Pruett criticized the levy, defending his own plan and warning of higher rents.",
            "his own plan",
            "higher rents",  # after "of", as "warned of" is read
        ),
    ],
)
def test_an_object_ends_before_a_speech_participle_joined_by_and(
    text: str, first: str, second: str
):
    found = contents(text)
    assert first in found and second in found


def test_an_object_holding_and_and_a_noun_in_ing_stays_whole():
    assert contents("Pruett praised the teachers and nursing staff at Ardmore.") == [
        "the teachers and nursing staff at Ardmore"
    ]


def test_a_participle_cue_after_with_each_is_still_no_ones():
    assert attributed("Voters were split, with each saying a different thing.") == []


# --- "blasted out an email": a message sent, its words the participle's ----------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The Carrow campaign blasted out an email saying Pruett had lost.", "Pruett had lost"),
        (
            "Pruett's team blasted out a fundraising email claiming the count was rigged.",
            "the count was rigged",
        ),
    ],
)
def test_a_message_blasted_out_says_what_its_participle_says(text: str, content: str):
    assert contents(text) == [content]


def test_blasting_a_plan_is_still_a_stance():
    assert contents("Pruett blasted the levy as a tax on farmers.") == [
        "the levy as a tax on farmers"
    ]


# --- floors on the invented debate articles ---------------------------------------------------

ARTICLE_SPEAKERS = {
    "debate-governors-clash.txt": [
        ("You inherited a full bank account", "Dale Forrester", "person"),
        ("That’s not emptying an account", "Marla Quint", "person"),
        ("Is that a yes?", "Tess Avery", "person"),
        ("It’s an answer", "Dale Forrester", "person"),
        ("voters deserved more than that", "Marla Quint", "person"),
        ("the governor was trying to change the subject", "Dale Forrester", "person"),
        ("I have,” Quint fired back.", "Marla Quint", "person"),
        ("Both of them did what they needed", "Corinne Waltz", "person"),
        ("the senator had “once again refused", "Quint campaign", "organization"),
    ],
    "debate-sunday-interviews.txt": [
        ("a government shutdown was", "Harlan Vey", "person"),
        ("There is a path here", "Harlan Vey", "person"),
        ("We passed a bill.", "Ted Kasparian", "person"),
        ("He's negotiating with himself", "Rosalind Okafor", "person"),
        ("I'm not going to shut down the government", "Curtis Haldane", "person"),
        ("a five-week shutdown in 2019", "Congressional Budget Office", "organization"),
        ("I'd love to tell you otherwise", "Gloria Ashby", "person"),
        ("About 850,000 federal workers", "the memo", "document"),
        ("Call it whatever he wants", "Harlan Vey", "person"),
    ],
    "debate-transcript-spin-room.txt": [
        ("By getting the council out of the way", "Owen Talbot", "person"),
        ("That is simply false.", "Renata Gill", "person"),
        ("Eleven months is still a wall", "Owen Talbot", "person"),
        ("What he calls getting out of the way", "Renata Gill", "person"),
        ("Because your friends in the legislature", "Renata Gill", "person"),
        ("Owen won this debate", "Derek Sollis", "person"),
        ("the councilwoman had shown", "Monique Ferrante", "person"),
        ("They both yelled a lot", "Harriet Oyelaran", "person"),
        ("The only poll that matters", "Owen Talbot", "person"),
    ],
}


@pytest.mark.parametrize(("article", "expected"), list(ARTICLE_SPEAKERS.items()))
def test_each_debate_story_has_the_speakers_a_careful_reader_names(
    article: str, expected: list[tuple[str, str, str]]
) -> None:
    assert missing_speakers(article, expected) == []


# What must not be a statement: a headline repeating the body, a quarrel's topic, a source
# cited, invitations turned down, a refusal to comment.
NOT_STATEMENTS = {
    "debate-governors-clash.txt": ["figures from", "two other invitations", "declined"],
    "debate-sunday-interviews.txt": ["shutdown 'not inevitable' as", "did not respond"],
    "debate-transcript-spin-room.txt": ["over the city", "the opening segment"],
}


@pytest.mark.parametrize(("article", "openings"), list(NOT_STATEMENTS.items()))
def test_each_debate_story_leaves_out_what_no_one_said(article: str, openings: list[str]):
    found = speakers_by_opening(article)
    assert not [c for c, _, _ in found if c.startswith(tuple(openings))]
    assert not [n for _, n, _ in found if n is not None and n.startswith(tuple(openings))]


def test_the_sunday_shows_headline_is_counted_once_where_the_body_says_it():
    text = (ARTICLES / "debate-sunday-interviews.txt").read_text(encoding="utf-8")
    _, statements = find_statements(text)
    assert statements[0].span[0] > text.index("\n")
