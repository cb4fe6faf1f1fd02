"""Review 23 mends: counted plurals after "after"/"past", framing verbs, joined modifiers,
written documents, findings, capitals labels, nobody-holds, listeners. Invented sentences."""

import pytest
from extraction_helpers import story_statements, units

from tui.core.extract import extract
from tui.core.model import Article


def statements(body: str, headline: str = "Headline") -> list[tuple[str, str | None, str | None]]:
    """(content, speaker's name, speaker's kind) of each statement of an article."""
    return [(content, name, kind) for content, name, kind, _ in story_statements(body, headline)]


# --- 1. an age before the sentence's verb, not a counted plural -------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("After 12 games the Jets sit first in the division.", (12, "games")),
        ("The fire spread past 200 homes to the edge of town.", (200, "homes")),
        ("After 150 laps the leader pits for fuel.", (150, "laps")),
        ("After 3 arrests the police closes the file.", (3, "arrests")),
        ("The crew worked past 90 homes to the end.", (90, "homes")),
    ],
)
def test_a_counted_plural_after_a_bound_stays(text: str, figure: tuple[float, str]):
    assert units(text) == [figure]


def test_an_age_in_a_subjects_clause_before_its_verb_counts_nothing():
    assert units("Each year they wait beyond 70 adds to the payout.") == []


# --- 2. a headline's framing verb: -s forms and named bare forms, no given name ----------------


def test_a_given_name_bill_is_no_framing_verb():
    rows = statements("“It is time,” Moss said.", "Coach Bill Moss Steps Down as Jets Struggle")
    assert rows == [("It is time", "Bill Moss", "person")]
    rows = statements("“I am ready,” Tran said.", "Mayor Bill Tran Sworn In")
    assert rows == [("I am ready", "Bill Tran", "person")]
    assert statements("Davis led for years.", "Premier Bill Davis Remembered as Builder") == []


def test_a_plural_subjects_bare_framing_verb_still_frames():
    rows = statements("The poll was taken in May.", "Voters View Mayor as Out of Touch")
    assert rows == [("Mayor as Out of Touch", "Voters", "group")]


# --- 3. "but" joins two modifiers only when no verb follows them -------------------------------


def test_a_noun_but_a_two_word_subject_is_a_clause_of_its_own():
    rows = statements("Lee proposed a levy but city staff said it was illegal.")
    assert ("it was illegal", "city staff", "group") in rows
    assert ("a levy", "Lee", "unknown") in rows
    rows = statements("Lee called the plan a failure but council staff disagree.")
    assert rows == [("the plan a failure", "Lee", "unknown")]


def test_two_modifiers_of_one_noun_stay_joined():
    rows = statements("Lee described Moss as a tough but fair boss who never quit.")
    assert rows == [("Moss as a tough but fair boss who never quit", "Lee", "unknown")]
    rows = statements("Lee described Moss as a tough but fair boss.")
    assert rows == [("Moss as a tough but fair boss", "Lee", "unknown")]


# --- 4. "wrote" yields to a document's own cue only when that cue is read ----------------------


@pytest.mark.parametrize(
    "body",
    [
        "Lee wrote a memo to staff that stated the office would close.",
        "Lee wrote a memo to staff that states the office will close.",
        "Lee wrote an op-ed that argues the tax is unfair.",
        "Lee wrote a column that argues the tax is unfair.",
    ],
)
def test_writing_keeps_its_statement_when_the_relative_is_not_read(body: str):
    [(content, name, _)] = statements(body)
    assert name == "Lee" and content.startswith(("a memo", "an op-ed", "a column"))


@pytest.mark.parametrize(
    ("body", "content"),
    [
        ("Lee wrote a letter to trustees that says the bus is unsafe.", "the bus is unsafe"),
        ("Lee wrote a memo that stated that the office would close.", "the office would close"),
        ("Lee wrote a report that argues the tax is unfair.", "the tax is unfair"),
    ],
)
def test_a_documents_own_cue_still_reports(body: str, content: str):
    [(said, _, kind)] = statements(body)
    assert (said, kind) == (content, "document")


# --- 5. "and found that" joins only a clause of people who find --------------------------------


def test_a_bodys_clause_leaves_found_that_to_the_speaker():
    body = (
        "The auditor general said the ministry ignored its own rules and found that 40 per "
        "cent of contracts were sole-sourced."
    )
    rows = statements(body)
    assert ("the ministry ignored its own rules", "The auditor general", "person") in rows
    assert ("40 per cent of contracts were sole-sourced", "The auditor general", "person") in rows
    rows = statements("Lee said Acme ignored its own rules and found that costs rose.")
    assert ("costs rose", "Lee", "unknown") in rows


def test_people_who_find_keep_found_that_in_their_clause():
    rows = statements("Lee said inspectors had visited the site and found that the roof leaked.")
    assert rows == [
        ("inspectors had visited the site and found that the roof leaked", "Lee", "unknown")
    ]


# --- 6. a capitals label speaking in the first person is a turn, no brief's heading -------------

TRANSCRIPT = """Fuel prices in focus

LEE: What are you seeing?

PRICE: Well, according to our numbers, the price of fuel has doubled.

LEE: And you?

BAKER: We will see. The baker down the street thinks so.

LEVY: Most voters back a proposed levy on big platforms, a poll found.

TOLLS: "We need the money," the mayor said of the tolls.
"""


def test_a_first_person_turn_keeps_its_label():
    doc = extract(Article(id="x", text=TRANSCRIPT))
    speakers = {s.id: s.name for s in doc.speakers}
    rows = [
        (TRANSCRIPT[s.span[0] : s.span[1]], speakers.get(s.speaker or "")) for s in doc.statements
    ]
    assert ("Well, according to our numbers, the price of fuel has doubled", "PRICE") in rows
    assert ("We will see. The baker down the street thinks so", "BAKER") in rows
    assert ("Most voters back a proposed levy on big platforms", "a poll") in rows
    assert ("We need the money", "the mayor") in rows


# --- 7. "not one (noun)", "no one else": nobody holds the stance -------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Not one councillor opposed the plan.",
        "No one else supported the motion except Lee.",
        "Not a single member opposed the budget.",
        "No one else said the plan was fair.",
        "Not one councillor said the plan was fair.",
    ],
)
def test_a_stance_of_not_one_is_nobodys(body: str):
    assert statements(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "Only one councillor opposed the plan.",
        "Lee opposed the plan, but not one other did.",
        "Only one councillor said the plan was fair.",
    ],
)
def test_a_stance_of_someone_stays(body: str):
    assert len(statements(body)) == 1


# --- 8. a participle and its place between a subject and its cue ------------------------------


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("People living nearby said the smell was awful.", "People"),
        ("Residents living nearby said the smell was awful.", "Residents"),
        ("Workers staying there said the camp was cold.", "Workers"),
        ("Officials there said the camp was cold.", "Officials"),
    ],
)
def test_a_subject_placed_by_a_participle_speaks(body: str, name: str):
    [(_, speaker, kind)] = statements(body)
    assert (speaker, kind) == (name, "group")


def test_a_verb_in_ing_with_its_place_is_no_subjects():
    assert statements("Lee is living there, Moss said.") == [
        ("Lee is living there", "Moss", "unknown")
    ]


# --- 9. a hearing told with its modifier or possessor; a headline's subject after it ----------


@pytest.mark.parametrize(
    ("body", "content"),
    [
        ("Lee told the fraud trial she never signed the cheques.", "she never signed the cheques"),
        ("Lee told the coroner's inquest she saw the truck.", "she saw the truck"),
        ("Lee told the trial she never signed the cheques.", "she never signed the cheques"),
    ],
)
def test_a_hearing_told_stays_out_of_the_content(body: str, content: str):
    [(said, name, _)] = statements(body)
    assert (said, name) == (content, "Lee")


def test_a_title_case_headlines_subject_after_the_body_told():
    rows = statements(
        "The inquiry resumes Monday.", "Nurse Tells Inquiry She Warned Managers Twice"
    )
    assert [content for content, _, _ in rows] == ["She Warned Managers Twice"]


def test_a_role_told_before_a_noun_subject_is_unchanged():
    rows = statements("Lee told the health minister the plan had failed.")
    assert rows == [("the plan had failed", "Lee", "unknown")]
