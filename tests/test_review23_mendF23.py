"""Review 23 mends F: findings of an inquiring subject, capitals labels with a closing
attribution, a time as a clause's subject, ages after a clause. Invented sentences."""

import pytest
from extraction_helpers import story_statements, units


def statements(body: str, headline: str = "Headline") -> list[tuple[str, str | None, str | None]]:
    """(content, speaker's name, speaker's kind) of each statement of an article."""
    return [(content, name, kind) for content, name, kind, _ in story_statements(body, headline)]


# --- 1. "and found that" after a verb of inquiry: the clause's subject found it -------------


@pytest.mark.parametrize(
    ("body", "content", "speaker"),
    [
        (
            "The chief said police searched the home and found that the gun had been moved.",
            "police searched the home and found that the gun had been moved",
            "The chief",
        ),
        (
            "The lawsuit says Acme tested the product and found that it leaked.",
            "Acme tested the product and found that it leaked",
            "The lawsuit",
        ),
        (
            "The report said an inspector visited the plant and found that the valves were rusted.",
            "an inspector visited the plant and found that the valves were rusted",
            "The report",
        ),
        (
            "The memo said the RCMP reviewed the file and found that nothing was missing.",
            "the RCMP reviewed the file and found that nothing was missing",
            "The memo",
        ),
        (
            "The coroner said the pathologist examined the body and found that he had drowned.",
            "the pathologist examined the body and found that he had drowned",
            "The coroner",
        ),
    ],
)
def test_inquiry_subject_keeps_its_finding(body: str, content: str, speaker: str) -> None:
    assert statements(body) == [(content, speaker, statements(body)[0][2])]


@pytest.mark.parametrize(
    ("body", "finding"),
    [
        (
            "The critic said the ministry ignored its rules and found that no one cared.",
            "no one cared",
        ),
        ("Lee said the city ignored the warning and found that it was late.", "it was late"),
        ("The critic said costs had doubled and found that nobody cared.", "nobody cared"),
    ],
)
def test_other_verbs_leave_the_finding_to_the_speaker(body: str, finding: str) -> None:
    rows = statements(body)
    assert len(rows) == 2 and rows[1][0] == finding and rows[1][1] == rows[0][1]


# --- 2. a heading in capitals whose paragraph closes on its own attribution ---------------


@pytest.mark.parametrize(
    ("body", "content", "speaker"),
    [
        (
            "FERRIES: Our service resumes Monday, the operator said.",
            "Our service resumes Monday",
            "the operator",
        ),
        (
            "WEATHER: We can expect rain all week, forecasters said.",
            "We can expect rain all week",
            "forecasters",
        ),
        (
            "FERRIES: Our crossings resume Monday, according to BC Ferries.",
            "Our crossings resume Monday",
            "BC Ferries",
        ),
        (
            "BUDGET: Phase I of the plan starts in June, the city said.",
            "Phase I of the plan starts in June",
            "the city",
        ),
    ],
)
def test_capitals_heading_with_closing_attribution(body: str, content: str, speaker: str) -> None:
    assert [(c, s) for c, s, _ in statements(body)] == [(content, speaker)]


def test_first_person_turn_in_capitals_stays_a_turn() -> None:
    body = (
        "Owen Price spoke to the host.\n\nHOST: What are the numbers?\n\n"
        "PRICE: Well, according to our numbers, the price will rise.\n\n"
        "BAKER: We will see. The baker knows."
    )
    rows = [(c, s) for c, s, _ in statements(body)]
    assert ("Well, according to our numbers, the price will rise", "Owen Price") in rows
    assert ("We will see. The baker knows", "BAKER") in rows


# --- 3. a bare time after the cue that is its clause's subject ------------------------------


@pytest.mark.parametrize(
    ("body", "content"),
    [
        ("The minister said Tuesday went well for the party.", "Tuesday went well for the party"),
        ("The mayor said Friday saw record crowds downtown.", "Friday saw record crowds downtown"),
        (
            "Lee said Monday marked a turning point for the city.",
            "Monday marked a turning point for the city",
        ),
        (
            "The premier said last week showed the plan was working.",
            "last week showed the plan was working",
        ),
        # near-misses: a participle's adjective before a bare noun, a time adjunct
        (
            "Lee said Tuesday proposed changes would hurt renters.",
            "proposed changes would hurt renters",
        ),
        ("Lee said last week revised figures show a drop.", "revised figures show a drop"),
        ("Lee said Tuesday the plan was dead.", "the plan was dead"),
    ],
)
def test_bare_time_subject(body: str, content: str) -> None:
    assert [c for c, _, _ in statements(body)] == [content]


# --- 4. an age after a bound in a subject's clause of its own -------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Each year a worker stays after 65 raises the payment.", []),
        ("Anyone who works beyond 67 gets a bonus.", []),
        ("Each year you delay after 65 raises the payment.", []),
        # near-misses: counted plurals
        ("The crew worked past 90 homes to the end.", [(90, "homes")]),
        ("After 12 games the Jets sit first in the division.", [(12, "games")]),
        ("The fire spread past 200 homes to the edge of town.", [(200, "homes")]),
    ],
)
def test_age_after_bound_in_a_clause(text: str, expected: list[tuple[float, str]]) -> None:
    assert units(text) == expected


# --- 8. a pronoun after "what" with people between it and the sentence's subject ------------


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Police charged two teens over what they said was a prank gone wrong.", "they"),
        ("Kell fired an aide over what she said was a leak.", "she"),
        # near-misses: no people between, the subject speaks
        ("Police released video of what they said was the getaway car.", "Police"),
        (
            "Ann Kell spoke Monday. Kell released a letter from what she said was an aide.",
            "Ann Kell",
        ),
    ],
)
def test_what_pronoun_with_people_between(body: str, speaker: str) -> None:
    assert [s for _, s, _ in statements(body)] == [speaker]


# --- 5. a named person whose verb reports content of its own is not the lede's speaker -------


@pytest.mark.parametrize(
    ("second", "lede_speaker"),
    [
        ("Ana Ruiz, 29, said in an interview she was hit by a baton.", "A neighbour"),
        ("Ana Ruiz, 29, testified on Tuesday that she was hit by a baton.", "A neighbour"),
        # near-misses: the verb reports nothing, the named person is the lede's
        ("Ana Ruiz, 29, testified on the second day of the trial. She said it hurt.", "Ana Ruiz"),
        ("Ana Ruiz, 29, testified Tuesday. She said it hurt.", "Ana Ruiz"),
    ],
)
def test_named_next_only_if_silent(second: str, lede_speaker: str) -> None:
    body = "A neighbour told jurors the crowd had turned violent.\n\n" + second
    assert statements(body)[0][1] == lede_speaker


# --- 7. nobody as subject: "not one" or "not a single" and up to three words, or "of the" ---


@pytest.mark.parametrize(
    "body",
    [
        "Not one Liberal MP voted against the bill.",
        "Not a single member voted against the motion.",
        "Not one single councillor opposed the plan.",
        "Not one of the councillors opposed the plan.",
    ],
)
def test_nobody_holds_the_stance(body: str) -> None:
    assert statements(body) == []


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("One Liberal MP voted against the bill.", "One Liberal MP"),
        ("Not one week later, the mayor opposed the plan.", "the mayor"),
        ("Ann Lee voted against the bill.", "Ann Lee"),
    ],
)
def test_someone_holds_the_stance(body: str, speaker: str) -> None:
    assert [s for _, s, _ in statements(body)] == [speaker]


# --- 9. a time before or after the body that posted the message the quotation reads --------

_POST = ' "We are closing for good," the post read.'


@pytest.mark.parametrize(
    ("first", "speaker"),
    [
        ("On Tuesday the club posted a message on Instagram.", "the club"),
        ("The club on Monday posted a message on Instagram.", "The club"),
        ("The club posted a message on Instagram.", "The club"),
        # near-miss: no posting, the post itself
        ("On Tuesday the club lost a game.", "the post"),
    ],
)
def test_time_before_posting_verb(first: str, speaker: str) -> None:
    assert [s for _, s, _ in statements(first + _POST)] == [speaker]


# --- 10. a document's funder is no author: the document speaks ------------------------------


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("A study funded by the Bank of Canada found that rents rose.", "A study"),
        ("A report sponsored by Acme says prices will rise.", "A report"),
        # near-miss: the bank is the subject of its own finding
        ("The Bank of Canada funded a study and found that rents rose.", "Bank of Canada"),
    ],
)
def test_funded_document_speaks(body: str, speaker: str) -> None:
    assert [s for _, s, _ in statements(body)] == [speaker]


# --- 6. witnesses relay a plain clause its speaker closes: both, bounded -------------------


@pytest.mark.parametrize(
    "body",
    [
        "The plan was dead, the mayor told aides on Monday, according to people briefed on it.",
        "Ottawa's plan is dead, the mayor said, according to two people who attended.",
    ],
)
def test_witnesses_relay_a_plain_clause_before_its_speaker(body: str) -> None:
    rows = statements(body)
    assert len(rows) == 2 and rows[0][0] == rows[1][0] and ", the mayor" not in rows[0][0]
    assert rows[0][1] == "the mayor"


@pytest.mark.parametrize(
    "body",
    [
        # near-misses: a comma or a quotation inside the clause; the witnesses' report alone
        "The plan, which cost a lot, was dead, the mayor said, according to people briefed on it.",
        'The plan is "dead," the mayor told aides, according to two people who attended.',
    ],
)
def test_witnesses_relay_only_when_not_plain(body: str) -> None:
    assert len(statements(body)) == 1
