"""Session 20's leftovers on statements and figures (helper left20f), each a construction
class tested on invented sentences, with near-misses that must not change, and the floors of
three invented articles (a byelection night, a city budget, a drug study)."""

import pytest
from extraction_helpers import ARTICLES, attributed, contents, missing_speakers

from tui.core.figures import find_figures
from tui.core.statements import find_statements

# --- a race called is a winner declared, no claim ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Dunmore Herald called the race at 10:42 p.m.",
        "CBC News called the riding for Ama Osei shortly after 9.",
        "The network called the contest late Tuesday.",
        "Decision Desk called both races before midnight.",
        # "late" and "early" open a time as "last" does
        "The network called the contest late Tuesday, two hours after polls closed.",
        "The network called the riding early, before advance ballots were counted.",
    ],
)
def test_a_race_called_is_no_statement(text: str):
    assert contents(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Pell called the race close and said turnout was low.", "the race close"),
        ('The Herald called the contest "a circus."', "a circus"),
        ("Ames called the race's outcome unfair.", "the race's outcome unfair"),
        ("Lee called the plan late and costly.", "the plan late and costly"),
    ],
)
def test_a_race_named_as_something_stays_a_statement(text: str, content: str):
    assert contents(text)[0] == content


# --- a listener with a participle's phrase: where the crowd stood is no content -------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Ama Osei told the crowd gathered at the rink in Tolbury that the seat was theirs.",
            "the seat was theirs",
        ),
        (
            "Dario Penn told reporters gathered outside the court that he would appeal.",
            "he would appeal",
        ),
        (
            "Rena Vik told the crowd gathered to protest the closure that the mill would reopen.",
            "the mill would reopen",
        ),
        (
            "Rena Vik told supporters waiting in the rain she would run again.",
            "she would run again",
        ),
        (
            "Rena Vik told the workers assembled in the yard that no jobs would go.",
            "no jobs would go",
        ),
    ],
)
def test_a_listeners_participle_phrase_is_passed_over(text: str, content: str):
    assert contents(text) == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Rena Vik told reporters the crowd gathered at noon.", "the crowd gathered at noon"),
        (
            "Rena Vik told reporters that crews gathered debris overnight.",
            "crews gathered debris overnight",
        ),
    ],
)
def test_a_participle_of_the_content_itself_stays(text: str, content: str):
    assert contents(text) == [content]


# --- a headline's "as" clause of time is no part of what was backed ---------------------------

_BODY = "\n\nThe vote was held on Monday in Dunmore, where the council met for six hours.\n"


@pytest.mark.parametrize(
    ("headline", "content"),
    [
        ("Reeve backs the levy as farmers protest", "the levy"),
        ("Board hails the deal as the union balks", "the deal"),
        ("Mayor defends the budget as critics warn of cuts", "the budget"),
    ],
)
def test_a_headlines_as_clause_ends_the_object(headline: str, content: str):
    assert contents(headline + _BODY)[0] == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Premier defends the levy as fair" + _BODY, "the levy as fair"),
        ("Tollan criticized the plan as prices soared.", "the plan as prices soared"),
        ("Tollan praised the plan as a way for families to save.", "the plan as a way"),
    ],
)
def test_as_with_a_predicate_or_in_the_body_stays_in_the_content(text: str, content: str):
    assert contents(text)[0].startswith(content)


# --- a stance's object run into a second, coordinated attribution ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mayor backed the plan and critics warned it would fail.",
            [("the plan", "The mayor"), ("it would fail", "critics")],
        ),
        (
            "The minister welcomed the report and union leaders said more work was needed.",
            [("the report", "The minister"), ("more work was needed", "union leaders")],
        ),
        (
            "The board passed a plan the mayor called a relief and tenant groups said would fail.",
            [("a relief", "the mayor"), ("would fail", "tenant groups")],
        ),
        (
            "Reeve Obi opposed the levy, and farmers claimed it would ruin them.",
            [("the levy", "Obi"), ("it would ruin them", "farmers")],
        ),
    ],
)
def test_an_object_ends_before_a_coordinated_attribution(
    text: str, expected: list[tuple[str, str]]
):
    assert [(c, s.name if s else None) for c, s, _ in attributed(text)] == expected


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # subjects joined inside a clause of the object, no second attribution
        (
            "The envoy backed a deal that Tolland and Ostia say will bring peace.",
            "a deal that Tolland and Ostia say will bring peace",
        ),
        (
            "The envoy backed the talks as Tolland and Ostia say they want peace.",
            "the talks as Tolland and Ostia say they want peace",
        ),
        # a cue word that is a noun or a participle after "and"
        ("The party backed ads, mailers and phone calls.", "ads, mailers and phone calls"),
        # "and" inside the object, no cue after it
        ("The mayor called the plan a relief and a step forward.", "the plan a relief and a step"),
    ],
)
def test_and_without_a_second_attribution_stays_in_the_object(text: str, content: str):
    assert contents(text)[0].startswith(content)


@pytest.mark.parametrize(
    "text",
    [
        "The mayor called a cab.",
        "On the night the mayor called a cab, it rained.",
        "The mayor called reporters on Monday.",
    ],
)
def test_a_call_made_is_still_no_statement(text: str):
    assert contents(text) == []


# --- a record an outcome sets ("becoming the first ...") is the writer's note ---------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Ama Osei won the seat, the party said, becoming the first Liberal to hold it.",
            "Ama Osei won the seat",
        ),
        (
            "Tavi Ansah quit on Friday, saying he had lost the board's trust, becoming the third "
            "minister to leave this year.",
            "he had lost the board's trust",
        ),
        (
            "Rena Vik said the bylaw passed, making her the first reeve to win such a vote.",
            "the bylaw passed",
        ),
    ],
)
def test_a_record_set_after_a_comma_ends_the_content(text: str, content: str):
    assert contents(text) == [content]


@pytest.mark.parametrize(
    "text",
    [
        # what may happen: the record is part of the claim
        "Rena Vik said the club hopes to win the cup, becoming the first team from Tolbury to.",
        "Rena Vik said the club would win the cup, becoming the first team from Tolbury to.",
        # no record: the participle is the content's own
        "Rena Vik said rents will climb, becoming unaffordable for most families.",
    ],
)
def test_a_hoped_for_record_or_another_participle_stays(text: str):
    assert "becoming" in contents(text)[0]


# --- a thought or stance negated keeps its negation in its cue --------------------------------


@pytest.mark.parametrize(
    ("text", "act", "cue", "content"),
    [
        (
            "Premier Elspeth Rourke does not believe the plan will work.",
            "thought",
            "does not believe",
            "the plan will work",
        ),
        ("Dr. Hana Brodie doesn't think the drug is safe.", "thought", "doesn't think", "the drug"),
        (
            "Councillor Abel Tam has never supported the levy.",
            "stance",
            "has never supported",
            "the",
        ),
        ("The union did not want a strike in winter.", "stance", "did not want", "a strike"),
    ],
)
def test_a_negated_thought_or_stance_keeps_its_negation(
    text: str, act: str, cue: str, content: str
):
    [statement] = find_statements(text)[1]
    assert (statement.act, statement.cue) == (act, cue)
    assert statement.cue_span is not None
    assert text[statement.cue_span[0] : statement.cue_span[1]] == cue
    assert text[statement.span[0] : statement.span[1]].startswith(content)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Councillor Abel Tam believes the levy will pass.", "believes"),
        ("Tam said he does not believe the tax will pass.", "said"),
        ("Tam not only believes the tax will pass but wants it doubled.", "believes"),
    ],
)
def test_no_negation_or_a_speech_cue_keeps_its_cue(text: str, cue: str):
    assert attributed(text)[0][2] == cue


# --- figures: what a bare count counts ------------------------------------------------------


def _units(text: str) -> list[tuple[float, str | None]]:
    return [(f.value, f.unit) for f in find_figures(text)]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Calls to the crisis line rose to 3,000 last month.", (3000, "calls")),
        ("Deaths on Ontario roads rose to 612 in 2025.", (612, "deaths")),
        (
            "Admissions for heart failure in Tolbury rose to 38,000 last year.",
            (38000, "admissions"),
        ),
        ("Calls to the city's help line rose to 4,100 a week.", (4100, "calls")),
        (
            "In a report released on the same day as the audit of the transit agency, the league "
            "said crashes on rural roads rose to 412 in 2025.",
            (412, "crashes"),
        ),
    ],
)
def test_a_plural_subject_with_its_complement_is_what_a_level_counts(
    text: str, figure: tuple[float, str]
):
    assert figure in _units(text)


@pytest.mark.parametrize(
    "text",
    [
        "Jones rose to 300 in the rankings.",
        "Prices in Toronto rose to 1,200 a month.",
        "Rents on the island rose to 1,742.",
        "Shares of Dunmore rose to 12.50.",
    ],
)
def test_a_name_or_a_value_noun_counts_nothing(text: str):
    assert [unit for _, unit in _units(text)] == [None]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The hazard ratio for death was 0.81 among patients on the drug.", (0.81, "ratio")),
        ("Patients were less likely to be admitted (odds ratio 0.6).", (0.6, "ratio")),
        ("The adjusted odds ratio for readmission among women was 1.4.", (1.4, "ratio")),
        ("A hazard ratio of 0.77 was reported.", (0.77, "ratio")),
    ],
)
def test_a_study_ratio_is_read_with_what_it_is_for(text: str, figure: tuple[float, str]):
    assert figure in _units(text)


def test_a_count_after_a_ratio_named_before_it_stays_a_count():
    assert _units("The odds ratio rose in 12 hospitals last year.") == [(12, "hospitals")]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        (
            "The Liberals won 169 seats, three short of the 172 needed for a majority.",
            [(169, "seats"), (3, "seats"), (172, "seats")],
        ),
        (
            "Ama Osei finished with 14,206 votes, 1,318 ahead of Wendell Brauer.",
            [(14206, "votes"), (1318, "votes")],
        ),
        (
            "The bill got 51 votes, nine shy of the 60 required to end debate.",
            [(51, "votes"), (9, "votes"), (60, "votes")],
        ),
    ],
)
def test_a_margin_and_a_threshold_count_what_the_count_before_counts(
    text: str, figures: list[tuple[float, str]]
):
    assert _units(text) == figures


@pytest.mark.parametrize(
    "text",
    [
        "The Tories fell short of the 172 needed for a majority.",  # no count before it
        # a margin opening the sentence after a count counts it (test_leftovers21_news.py)
        "The race took 9.9 seconds. He was 3 short of the record.",  # a time is no count
    ],
)
def test_a_margin_with_no_count_before_it_in_its_sentence_has_no_unit(text: str):
    assert _units(text)[-1][1] is None


def test_a_short_modifier_stays_in_the_counted_phrase():
    assert _units("Crews cleared 40 roads but 12 short streets stayed closed.") == [
        (40, "roads"),
        (12, "streets"),
    ]


# --- the articles' floors --------------------------------------------------------------------


def _text(name: str) -> str:
    return (ARTICLES / f"leftovers20f-{name}.txt").read_text(encoding="utf-8")


def test_the_byelection_keeps_its_speakers():
    expected = [
        ("the win belonged to the volunteers", "Adaeze Okonjo", "person"),
        ("We were told this riding", "Adaeze Okonjo", "person"),
        ("the party had run a clean campaign", "Wendell Brauer", "person"),
        ("low turnout usually helps", "Ines Farrow", "person"),
        ("his party would keep pressing", "Pascal Vries", "person"),
        ("advance polls drew", "Elections Canada", "organization"),
    ]
    assert missing_speakers("leftovers20f-byelection.txt", expected) == []
    found = contents(_text("byelection"))
    assert not any(c.startswith(("the race", "gathered", "campaign as")) for c in found)


def test_the_byelection_counts_seats_and_votes():
    units = {(f.value, f.unit) for f in find_figures(_text("byelection"))}
    assert {(1318, "votes"), (3, "seats"), (172, "seats")} <= units


def test_the_budget_keeps_its_speakers():
    expected = [
        ("a relief for renters", "Harlan Petrosky", "person"),
        ("would fail within a year", "tenant groups", "group"),
        ("he would offer an amendment", "Teodoro Baptiste", "person"),
        ("the plan relies on landlords", "Rosalind Adeyemi", "person"),
        ("We are below where we want to be", "Mei-Lin Cardoso", "person"),
        ("the city had no choice", "Harlan Petrosky", "person"),
    ]
    assert missing_speakers("leftovers20f-budget.txt", expected) == []
    found = contents(_text("budget"))
    assert not any(
        c.startswith(("budget as", "gathered", "a relief for renters and")) for c in found
    )


def test_the_budget_counts_calls():
    units = {(f.value, f.unit) for f in find_figures(_text("budget"))}
    assert {(3000, "calls"), (900, "calls"), (12.6e6, "dollar"), (3, "year")} <= units


def test_the_study_keeps_its_speakers_and_the_negated_belief():
    expected = [
        ("We were surprised by how consistent", "Naveen Osei", "person"),
        ("observational studies can overstate", "Hélène Brodeur", "person"),
        ("the province would review the findings", "Carmen Lisowski", "person"),
        ("deaths on Ontario roads rose to 612", "Ontario Safety League", "organization"),
    ]
    assert missing_speakers("leftovers20f-study.txt", expected) == []
    text = _text("study")
    [belief] = [s for s in find_statements(text)[1] if s.act == "thought"]
    assert belief.cue == "does not believe"


def test_the_study_reads_its_ratios_and_levels():
    units = {(f.value, f.unit) for f in find_figures(_text("study"))}
    assert {(0.81, "ratio"), (0.6, "ratio"), (38000, "admissions"), (3000, "calls")} <= units
    assert (612, "deaths") in units
