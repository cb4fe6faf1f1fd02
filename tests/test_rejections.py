"""What a cue finds that is no statement: each rule on invented sentences, rejected and kept."""

import pytest

from tui.core.statements import find_statements
from tui.core.statements.rejections import rejection


def found(text: str) -> list[tuple[str | None, str]]:
    """(cue, content) of each statement found in `text`."""
    _, statements = find_statements(text)
    return [(s.cue, text[s.span[0] : s.span[1]]) for s in statements]


@pytest.mark.parametrize(
    "text",
    [
        "Vance added two goals in the second half",
        "The striker added a third before halftime.",
        "The company added 300 jobs last quarter.",
        "The firm added another late in the year.",
        "Sales declined slightly from 58 percent to 55 percent.",
        "Output declined 3 percent in May.",
        "The party claimed 40 percent of the vote.",
        "The bank charged $5 a month for the card.",
    ],
)
def test_a_quantity_after_the_verb_is_no_statement(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The coach called a timeout with two minutes left.",
        "The quarterback called the play at the line.",
        "The union called a strike for Monday.",
        "The premier called a snap election.",
        "Ortega claimed the title after a tense final round.",
        "The party claimed victory in the capital on Sunday.",
        "The storm claimed the lives of four fishermen.",
    ],
)
def test_an_event_or_a_prize_after_the_verb_is_no_statement(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Harlow called the mayor on Friday.",
        "Harlow called him late last night.",
        "Villagers live near a narrow river called Blue Creek.",
    ],
)
def test_call_with_one_short_object_is_no_statement(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Harlow added that two goals were not enough.", "added", "two goals were not enough"),
        ("Harlow added, “Two goals are not enough.”", "added", "Two goals are not enough"),
        ("Harlow added 300 jobs were at risk.", "added", "300 jobs were at risk"),
        ("Harlow claimed the vote was rigged.", "claimed", "the vote was rigged"),
        ("Harlow claimed victory was near.", "claimed", "victory was near"),
        ("Trump called Harlow a liar on Friday.", "called", "Harlow a liar on Friday"),
        ("Trump called Harlow “a disgrace.”", "called", "a disgrace"),
        ("Harlow called the plan reckless.", "called", "the plan reckless"),
        ("Harlow called her speech at the rally a mistake.", "called", "a mistake"),
        ("Harlow called for a strike on Monday.", "called for", "a strike on Monday"),
    ],
)
def test_the_same_verbs_reporting_content_are_statements(text: str, cue: str, content: str) -> None:
    ((found_cue, found_content),) = found(text)
    assert found_cue == cue
    assert found_content.endswith(content)


def test_a_rejected_find_leaves_the_statements_around_it_numbered_in_order() -> None:
    text = (
        "Harlow said the plan would cut costs. Vance added two goals in the second half. "
        "Reed said the club would appeal."
    )
    _, statements = find_statements(text)
    assert [s.id for s in statements] == ["st-1", "st-2"]
    assert [s.cue for s in statements] == ["said", "said"]


def test_rejection_names_its_rule_and_needs_a_cue() -> None:
    text = "The coach called a timeout."
    cue = (text.index("called"), text.index("called") + len("called"))
    content = (cue[1] + 1, len(text))
    assert rejection(text, content, cue) == "other sense"
    assert rejection(text, content, None) is None


@pytest.mark.parametrize(
    "text",
    [
        "The ministry did not respond to a request for comment.",
        "The agency did not immediately respond to questions on Tuesday.",
        "Harlow declined to comment on the merger.",
        "Harlow declined comment.",
        "Officials refused to elaborate on the plan.",
        "A spokeswoman for the firm would not say how many workers were affected.",
        "Harlow has not said whether she will run again.",
        "Harlow isn't saying much about the merger.",
        "The aide could not explain why the report was late.",
        "The lender did not disclose the size of the loss to its clients.",
        "Police have not revealed the cause of the blaze.",
        "Harlow never disclosed how much the consultants were paid.",
    ],
)
def test_a_non_answer_is_no_statement(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Harlow said she would not comment on the merger.", "said", "on the merger"),
        ("Harlow responded that the merger was off.", "responded", "the merger was off"),
        (
            "“We will not respond to threats,” Harlow said.",
            "said",
            "We will not respond to threats",
        ),
        ("Harlow replied that she had not seen the report.", "replied", "had not seen"),
        ("Harlow declined to release her tax returns.", "declined", "her tax returns"),
        ("Harlow refused to disclose the settlement.", "refused", "the settlement"),
        ("The audit revealed that the fund was empty.", "revealed", "the fund was empty"),
        ("Harlow disclosed the losses on Friday.", "disclosed", "the losses"),
    ],
)
def test_the_same_verbs_with_what_was_said_are_statements(
    text: str, cue: str, content: str
) -> None:
    ((found_cue, found_content),) = found(text)
    assert found_cue == cue
    assert content in found_content


@pytest.mark.parametrize(
    "text",
    [
        "Pruitt was charged with fraud last year.",
        "The mayor is accused of taking bribes.",
        "Customers were charged fees they never agreed to.",
        "Reed was told to leave the building.",
        "The painting is said to be worth millions.",
        "The firm has been ordered to pay a fine.",
        "The senator wasn't asked about the vote.",
    ],
)
def test_a_passive_with_no_source_is_no_statement(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Pruitt was accused by prosecutors of fraud.", "accused", "of fraud"),
        ("Pruitt was charged with fraud, prosecutors said.", "said", "Pruitt was charged"),
        ("Prosecutors charged that Pruitt had lied.", "charged", "Pruitt had lied"),
        ("Reed said he had been told to leave.", "said", "he had been told to leave"),
    ],
)
def test_the_same_verbs_with_a_source_are_statements(text: str, cue: str, content: str) -> None:
    ((found_cue, found_content),) = found(text)
    assert found_cue == cue
    assert content in found_content


@pytest.mark.parametrize(
    ("text", "cue", "rule"),
    [
        ("The ferry operator was  accused of fraud.", "accused", "no source"),
        ("The ferry operator WAS\naccused of fraud.", "accused", "no source"),
        ("The ferry operator was—told to wait.", "told", None),
        ("Some critics might\tsay the ferry was late.", "say", "hypothetical"),
        ("Nobody has  said the ferry was late.", "said", "hypothetical"),
        ("IF the mayor ever says the ferry was late, we will see.", "says", "hypothetical"),
        ("The clerk did not\nrespond to the letter.", "respond", "non-answer"),
        ("The clerk did respond to the letter.", "respond", None),
    ],
)
def test_a_lead_rule_holds_whatever_the_spaces_and_case_before_the_cue(
    text: str, cue: str, rule: str | None
) -> None:
    """The word before a cue is read before the lead is searched (`_word_before`): the rules
    hold with more spaces, a line break, a tab or capitals before the cue, and none with no
    space before it."""
    start = text.index(cue)
    assert rejection(text, (start + len(cue) + 1, len(text)), (start, start + len(cue))) == rule


@pytest.mark.parametrize(
    ("text", "statements"),
    [
        ("A senator called reporters on Monday.", 0),  # telephoned them
        ("The mayor called critics liars.", 1),  # named them: speech
        ("The coach called parents on Friday to explain the rules.", 1),
    ],
)
def test_call_with_a_bare_plural_and_a_time_is_no_speech(text: str, statements: int) -> None:
    assert len(find_statements(text)[1]) == statements
