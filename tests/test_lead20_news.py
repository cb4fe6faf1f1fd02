"""Everyday news read by the lead (a ferry's cancelled sailings, a White House briefing):
the constructions found wrong on invented stories, each tested here on other invented
sentences, with near-misses that must not change."""

import pytest
from extraction_helpers import attributed


def said(text: str) -> list[tuple[str | None, str]]:
    """(speaker name, content) of each statement of `text`, after a headline."""
    return [
        (speaker.name if speaker else None, content)
        for content, speaker, _ in attributed("A headline\n\nThe council met on Monday.\n\n" + text)
    ]


@pytest.mark.parametrize(
    ("text", "head"),
    [
        (
            "Truckers who use the ferry to haul seafood across the bay say the delay hurts.",
            "Truckers who use the ferry",
        ),
        (
            "Fishers who set their traps along the rocky shore near the point say stocks fell.",
            "Fishers who set their traps",
        ),
        (
            "A nurse who treated two of the victims at the hospital in Reno said the burns "
            "were deep.",
            "A nurse who treated two of the victims",
        ),
        (
            "Students who walked out of classes at three schools across the city on Friday "
            "say they will do it again.",
            "Students who walked out of classes",
        ),
    ],
)
def test_a_long_relative_clause_before_the_cue_is_the_speakers(text: str, head: str) -> None:
    """A relative clause of up to a dozen words after "who" belongs to the speaker: neither
    the place ending it ("the bay") nor what it is said to do speaks."""
    ((speaker, _),) = said(text)
    assert speaker is not None and speaker.startswith(head)


@pytest.mark.parametrize(
    "text",
    [
        "The union which was troubled by walkouts in the last three years said it would merge.",
        "The firm that has run the ferry for most of the past two decades said it would sell.",
    ],
)
def test_a_long_that_or_which_clause_still_leaves_its_head_the_speaker(text: str) -> None:
    ((speaker, _),) = said(text)
    assert speaker is not None and speaker.split()[:2] in (["The", "union"], ["The", "firm"])


def test_a_name_after_the_relative_clause_is_still_read_as_before() -> None:
    # a name ends the phrase: the clause before it is no part of the speaker
    ((speaker, _),) = said("Ana Ruiz, who runs a trucking firm near the bay, said fuel is dear.")
    assert speaker == "Ana Ruiz"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "She warned that members from rural ridings had concerns.",
            "members from rural ridings had concerns",
        ),
        ("He told reporters that members of the board were angry.", "members of the board"),
        ("She warned that union members would strike.", "union members would strike"),
    ],
)
def test_that_opens_the_content_not_a_listener_of_members(text: str, content: str) -> None:
    """ "warned that members ...": "that" is the complementizer, no determiner of a
    listener ("that members" is no noun phrase), so the members stay in the content."""
    ((_, said_content),) = said(text)
    assert said_content.startswith(content)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("She told faculty members the plan was final.", "the plan was final"),
        ("He warned the members that cuts were coming.", "cuts were coming"),
        ("The dean told the school board members that fees would rise.", "fees would rise"),
    ],
)
def test_members_told_are_still_listeners(text: str, content: str) -> None:
    ((_, said_content),) = said(text)
    assert said_content == content


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "The premier defended the levy on Friday, even as farmers warned that it would "
            "ruin them.",
            ("The premier", "the levy on Friday"),
            ("farmers", "it would ruin them"),
        ),
        (
            "The board praised the deal as union leaders warned it would cost jobs.",
            ("The board", "the deal"),
            ("union leaders", "it would cost jobs"),
        ),
        (
            "Ann Vale backed the budget even as her own aides argued it was too thin.",
            ("Ann Vale", "the budget"),
            ("Ann Vale’s own aides", "it was too thin"),
        ),
    ],
)
def test_an_as_clause_with_its_own_attribution_ends_the_object(
    text: str, first: tuple[str, str], second: tuple[str, str]
) -> None:
    """A stance's object ends before "as" or "even as", a subject and a verb of saying: the
    clause is an attribution of its own, not part of what was backed or defended."""
    assert said(text) == [first, second]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The mayor criticized the plan as prices soared.", "the plan as prices soared"),
        ("The mayor described the levy as unfair.", "the levy as unfair"),
    ],
)
def test_an_as_clause_with_no_attribution_stays_in_the_object(text: str, content: str) -> None:
    ((_, said_content),) = said(text)
    assert said_content == content


def test_neither_in_the_sentence_before_leaves_the_next_cue_alone() -> None:
    """ "Neither" opening a subject silences its own clause's cue, not the next sentence's."""
    text = (
        "Ann Vale said both sides faced elections and neither could give ground. "
        "Vale said the money could help."
    )
    assert [content for _, content in said(text)] == [
        "both sides faced elections and neither could give ground",
        "the money could help",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Neither Mr. Hale nor his lawyer, Dana Ruiz, responded to requests for comment.",
        "Neither Sen. Hale nor the U.S. Senate said anything about the deal.",
    ],
)
def test_neither_with_abbreviated_titles_still_silences_its_cue(text: str) -> None:
    assert said(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Before the doors open, she gathers the staff for what they call the huddle.",
        "He keeps a shelf in the back for what regulars call the good stuff.",
    ],
)
def test_a_name_given_after_what_is_no_statement(text: str) -> None:
    assert said(text) == []


def test_a_gapped_relative_still_names_what_the_mayor_called() -> None:
    text = "It was a plan the mayor called a relief and tenant groups said would fail."
    assert ("tenant groups", "would fail") in said(text)


@pytest.mark.parametrize(
    "text",
    [
        "The sisters have spent the past two years arguing about exactly that choice.",
        "The candidates argued over that plan for an hour.",
    ],
)
def test_a_quarrel_over_a_demonstrated_topic_is_no_statement(text: str) -> None:
    assert said(text) == []


def test_a_claim_argued_to_listeners_with_that_still_reports() -> None:
    assert said("Hale argued with reporters that the plan was sound.") == [
        ("Hale", "the plan was sound")
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Tom Reyes, Will Chen's lawyer, said the charges would be dropped.", "Tom Reyes"),
        ("Ann Lee, May Chen's campaign manager, said the race was close.", "Ann Lee"),
        (
            "Ms. Halvorsen, who is seeking the nomination for president, has made the state "
            "her focus, arguing that voters will reward her.",
            "Halvorsen",
        ),
    ],
)
def test_a_finite_verb_opens_no_appositive_but_a_given_name_may(text: str, speaker: str) -> None:
    """ "X, who ..., has made ..., arguing": the predicate is no role of X's; "Will" and
    "May" after the comma are given names of an appositive's owner."""
    ((name, _),) = said(text)
    assert name is not None and name.endswith(speaker)


def test_each_after_a_plural_subject_with_a_complement_is_the_subjects() -> None:
    text = (
        "The mayors of Brantwood and Kessel Falls clashed on Wednesday over a transit levy, "
        "each accusing the other of greed."
    )
    assert said(text) == [("The mayors of Brantwood and Kessel Falls", "the other of greed")]
