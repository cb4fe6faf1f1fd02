"""Mends of the second review of session 20's merged changes (helper mendE20): each regression
found by the reviewer, tested on invented sentences and on near-misses that must not change."""

import pytest
from extraction_helpers import attributed

from tui.core.extract import extract
from tui.core.model import Article


def said(text: str) -> list[tuple[str | None, str]]:
    """(speaker name, content) of each statement of `text`."""
    return [
        (speaker.name if speaker else None, content) for content, speaker, _ in attributed(text)
    ]


# --- 1. a past in -ed is a participle only with a verb in its own clause ---------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Parents who criticized the board showed up at the meeting, which had been "
            "delayed twice.",
            "the board",
        ),
        (
            "Fans who criticized the trade packed the arena on a night that was billed as a "
            "farewell.",
            "the trade",
        ),
        (
            "Residents who criticized the tower turned out at city hall, where police had set "
            "up barriers.",
            "the tower",
        ),
        (
            "Members who supported the plan drafted in May were outnumbered.",
            "the plan drafted in May",
        ),
        # near-misses: a participle in the object, a verb of its own clause after it
        (
            "Members who criticized the motion tabled by Lee were outnumbered.",
            "the motion tabled by Lee",
        ),
        (
            "Officials who criticized the plan passed in May packed the hall.",
            "the plan passed in May",
        ),
        ("Voters who opposed the levy turned out in force.", "the levy"),
    ],
)
def test_a_past_in_ed_reads_a_later_verb_in_its_own_clause_only(text: str, content: str):
    assert said(text)[0][1] == content


# --- 3. "..., both/all saying": a plural direct object right after the verb speaks -----------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The two leaders held the news conference in Ottawa, both saying the talks had "
            "gone well.",
            "The two leaders",
        ),
        ("Lee and Roe toured the campus, both saying the talks had gone well.", "Lee and Roe"),
        (
            "The rivals shook hands after the two debates, both promising a clean race.",
            "The rivals",
        ),
        (
            "Nurses walked off the job at the three hospitals, all saying they were exhausted.",
            "Nurses",
        ),
        ("The company laid off 300 workers, all saying they were shocked.", "300 workers"),
        ("Police interviewed three witnesses, all saying they heard shots.", "three witnesses"),
        (
            "Police interviewed three witnesses at the scene, all saying they heard shots.",
            "three witnesses",
        ),
        (
            "The two leaders met the candidates, both saying the talks had gone well.",
            "the candidates",
        ),
        # near-miss: no object
        ("The rivals shook hands, both promising a clean race.", "The rivals"),
    ],
)
def test_a_distributive_reads_a_direct_object_only(text: str, speaker: str):
    assert said(text)[-1][0] == speaker


# --- 2. and 9. "spent" and what a participle fills: any noun phrase, the subject speaks -------


@pytest.mark.parametrize(
    "text",
    [
        "Lee spent the debate insisting that the plan was sound.",
        "Lee spent most of Tuesday's debate insisting that the plan was sound.",
        "Lee spent the campaign insisting that the plan was sound.",
        "Lee spent Monday insisting that the plan was sound.",
        "Lee spent the better part of an hour insisting that the plan was sound.",
        "Lee spent the evening insisting that the plan was sound.",
    ],
)
def test_spent_and_a_noun_phrase_before_a_participle_is_the_subjects(text: str):
    assert said(text) == [("Lee", "the plan was sound")]


@pytest.mark.parametrize(
    ("text", "statements"),
    [
        (
            "Roe, who spent weeks insisting the plan was sound, conceded it had failed.",
            [("Roe", "the plan was sound"), ("Roe", "it had failed")],
        ),
        # near-misses: no clause after the participle, or a preposition in what "spent" took
        (
            "Varnum, who spent two hours explaining her plan, said taxes would fall.",
            [("Varnum", "taxes would fall")],
        ),
        (
            "Roe, who spent weeks touring the plant, conceded it had failed.",
            [("Roe", "it had failed")],
        ),
        (
            "Talbot spent the afternoon listening to nurses warning that the ward was full.",
            [("nurses", "the ward was full")],
        ),
    ],
)
def test_a_relative_before_spent_takes_a_clause_without_that(
    text: str, statements: list[tuple[str, str]]
):
    assert said(text) == statements


# --- 4. a post signed with a date or a link: the signer's last word alone is no name ----------


@pytest.mark.parametrize(
    ("text", "statements"),
    [
        (
            "Snow crews are working across Toronto tonight to clear the main roads. "
            "pic.twitter.com/aB3dE\n\n— City of Toronto (@cityoftoronto) January 5, 2026",
            [
                (
                    "City of Toronto",
                    "Snow crews are working across Toronto tonight to clear the main roads",
                )
            ],
        ),
        (
            "Police are investigating a collision on Main Street. pic.twitter.com/Zx9kQ\n\n"
            "— Toronto Police (@TorontoPolice) March 3, 2026",
            [("Toronto Police", "Police are investigating a collision on Main Street")],
        ),
        (
            "We said “no more delays” and we meant it. pic.twitter.com/Qw3rT\n\n"
            "— Ann Lee (@SenAnnLee) March 3, 2026",
            [("Ann Lee", "We said “no more delays” and we meant it")],
        ),
        # near-misses: the writer's prose, with the whole name or a cue and the last name
        (
            "Sen. Ann Lee quickly fired back on social media.\n\n"
            "— Ann Lee (@SenAnnLee) March 3, 2026",
            [],
        ),
        (
            "“The mayor lied,” Lee wrote.\n\n— Ann Lee (@SenAnnLee) March 3, 2026",
            [("Ann Lee", "The mayor lied")],
        ),
    ],
)
def test_a_signed_post_names_its_signer_by_the_whole_name(
    text: str, statements: list[tuple[str, str]]
):
    assert said(text) == statements


# --- 5. "even as" and a pronoun for the content's subject: kept only with a present verb ------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The coach said the team would contend this year, even as it lost its third "
            "straight game on Tuesday.",
            "the team would contend this year",
        ),
        (
            "The mayor said the city will not cut services, even as it posted a record deficit.",
            "the city will not cut services",
        ),
        (
            "The company said it would keep hiring in Canada, even as it cuts jobs in Ohio.",
            "it would keep hiring in Canada, even as it cuts jobs in Ohio",
        ),
        (
            "Lee said the unions would keep talking, even as they prepare to strike.",
            "the unions would keep talking, even as they prepare to strike",
        ),
        # near-misses: a past, another subject, no modal in the content
        (
            "Lee said the unions would keep talking, even as they walked out.",
            "the unions would keep talking",
        ),
        (
            "Lee said the unions would keep talking, even as rivals dug in.",
            "the unions would keep talking",
        ),
        ("Lee said the plan was dead, even as it passed.", "the plan was dead"),
    ],
)
def test_even_as_keeps_the_speakers_plan_in_the_present_only(text: str, content: str):
    assert said(text)[0][1] == content


# --- 7. a headline's "as" and a clause whose second word is a preposition --------------------


def _article_contents(text: str) -> list[str]:
    """The content of each statement of an article whose first paragraph is its headline."""
    document = extract(Article(id="x", text=text))
    return [text[s.span[0] : s.span[1]] for s in document.statements]


@pytest.mark.parametrize(
    "headline",
    [
        "Roe says city will cope as talks on contract stall",
        "Roe says city will cope as 3 unions walk out",
        "Roe says city will cope as strike at port drags on",
    ],
)
def test_a_tail_of_news_with_a_preposition_drops_a_repeated_headline(headline: str):
    text = f"{headline}\n\nAnn Roe said the city would cope."
    assert _article_contents(text) == ["the city would cope"]


@pytest.mark.parametrize(
    "headline",
    [
        "Roe says prices could rise as much as 10 cents a litre",
        "Roe says Lee unfit to serve as head of unions",
    ],
)
def test_a_comparison_or_a_role_after_as_still_keeps_the_headline(headline: str):
    text = f"{headline}\n\nAnn Roe said the city would cope."
    assert len(_article_contents(text)) == 2


# --- 8. a message's medium ends before a participle -------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The union posted a video to Facebook showing nurses saying they were exhausted.",
            "nurses",
        ),
        # near-misses: the issuer speaks through the message
        ("The union posted a video to Facebook saying the nurses were exhausted.", "The union"),
        (
            "Kim issued a statement through the state news agency warning that talks were over.",
            "Kim",
        ),
    ],
)
def test_a_participle_ends_the_medium_of_a_message(text: str, speaker: str):
    assert said(text)[-1][0] == speaker


# --- 6. and 10. an aside's role: "as" and a role, no verb; "among" for one person -----------


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Ann Roe, as did the mayor, said the plan would fail.", None),
        (
            "Ann Roe, among the plan's fiercest critics, said it would fail.",
            "among the plan's fiercest critics",
        ),
        # near-misses: an aside of "as" and a role; a group with one named among it
        ("Ann Roe, as mayor, said the plan would fail.", "mayor"),
        ("Ann Roe, as a former mayor, said the plan would fail.", "former mayor"),
        ("Ann Roe, as usual, said the plan would fail.", None),
        ("Her allies, including councillor Ann Roe, said the plan would fail.", None),
        ("Her allies, among them councillor Ann Roe, said the plan would fail.", None),
    ],
)
def test_an_aside_gives_a_role_only_when_it_describes_the_speaker(text: str, role: str | None):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.role == role


# --- 11. "blasted out": at a target, or messages sent with no article -------------------------


@pytest.mark.parametrize(
    ("text", "statements"),
    [
        ("Lee blasted out at critics on Tuesday.", [("Lee", "critics on Tuesday")]),
        ("The campaign blasted out texts calling Lee a liar.", [("The campaign", "Lee a liar")]),
        # near-misses: a message with its article; a plain criticism
        ("The campaign blasted out an email calling Lee a liar.", [("The campaign", "Lee a liar")]),
        ("Lee blasted critics of the plan.", [("Lee", "critics of the plan")]),
    ],
)
def test_blasted_out_reads_its_target_or_its_messages(text: str, statements: list[tuple[str, str]]):
    assert said(text) == statements
