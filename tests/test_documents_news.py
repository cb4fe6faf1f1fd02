"""Investigative reporting built on documents as a new analyst reads it: constructions found
by trying whosaid on invented stories of a jail's overtime records and a charity's emails
(in tests/data/speakers/), each tested here on other invented sentences."""

from pathlib import Path

import pytest
from extraction_helpers import attributed, speaker_of

from tui.core.figures import find_figures
from tui.core.statements import find_statements


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A memo dated June 9 says the plant was understaffed.", "A memo"),
        ("A memo dated June 9, 2023, says the plant was understaffed.", "A memo"),
        ("The memo, signed by the director, Ada Fenn, warns that the plant was short.", "The memo"),
        (
            "A transcript of a March meeting between the mayor and the council shows that "
            "officials discussed the budget.",
            "A transcript",
        ),
        (
            "A lawsuit filed in Dunmore County Court by Ellis Crane, who was fired in May, "
            "alleges that he was dismissed unfairly.",
            "A lawsuit",
        ),
        ("An audit of the agency's accounts found that bids were rigged.", "An audit"),
        (
            "An internal audit completed in March found that controls were weak.",
            "An internal audit",
        ),
        (
            "A separate report by the Office of Fiscal Review, dated July 2, found that the "
            "agency overspent.",
            "A separate report by the Office of Fiscal Review",
        ),
        ("The minutes say the board voted twice.", "The minutes"),
        ("A memo dated May 3, 2024, says the jail was short of staff.", "A memo"),
        (
            "A transcript of a January call between two aides shows that they discussed it.",
            "A transcript",
        ),
    ],
)
def test_a_document_and_its_postmodifiers_is_the_speaker_not_a_noun_inside(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "document")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The lawsuit by the Smiths is frivolous, said Ann Lee.", "Ann Lee"),
        ("The report of the inquiry was damning, Lee said.", "Lee"),
        ("A statement from the ministry said the border was closed.", "the ministry"),
        ("The report by the council said the budget is short.", "The report by the council"),
    ],
)
def test_a_document_opening_another_clause_or_with_its_source_keeps_its_reading(
    text: str, name: str
):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The complaints say the landlord ignored the leaks.", "The complaints"),
        ("Both indictments charge that he took bribes.", "Both indictments"),
    ],
)
def test_plural_court_documents_are_documents(text: str, name: str) -> None:
    assert speaker_of(text)[:2] == (name, "document")


def test_a_cue_noun_after_a_documents_complement_makes_no_statement():
    text = "A transcript of a June call between the two officials was released on Friday."
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Overtime rose to $4.1 million.", 4_100_000),
        ("The fund held 8.2 billion dollars.", 8_200_000_000),
        ("Payments reached 0.7 million euros.", 700_000),
        ("It billed 2.3m dollars.", 2_300_000),
        ("Estimates ran from $4.1 to $8.2 million.", 4_100_000),
    ],
)
def test_a_decimal_times_a_scale_is_exact(text: str, value: int):
    assert find_figures(text)[0].value == value


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("It misclassified $1.2 million in spending over two years.", "exact"),
        ("The agency cut $3 million in funding over five years.", "exact"),
        ("He was spending over 18 months in jail.", "more_than"),
        ("Officers spent over 20 years in the unit.", "more_than"),
    ],
)
def test_over_after_a_gerund_noun_is_the_period_not_more_than(text: str, qualifier: str):
    [duration] = [f for f in find_figures(text) if f.unit in {"year", "month"}]
    assert duration.qualifier == qualifier


@pytest.mark.parametrize(
    "text",
    [
        "The trust said on Nov. 20 that it would seek a refund.",
        "The trust said Sept. 3 that it would seek a refund.",
        "The Belford Trust said in a letter dated March 4 that it would seek a refund.",
        "The Belford Trust said in a letter to the board dated Oct. 9 that it would seek a refund.",
        "Lee said on Dec. 2, 2025, that it would seek a refund.",
        "Lee said on December 2, 2025, that it would seek a refund.",
    ],
)
def test_a_dated_adjunct_with_an_abbreviated_month_is_skipped_before_that(text: str):
    [(content, _, cue)] = attributed(text)
    assert (content, cue) == ("it would seek a refund", "said")


def test_that_is_after_a_comma_stays_in_the_content():
    [(content, _, _)] = attributed("Lee said, that is, the fund was short.")
    assert content.startswith("that is")


def test_that_after_an_interrupting_attribution_goes_on_with_the_content():
    [(content, _, _)] = attributed("The rent had become so high, Lee noted, that tenants left.")
    assert content.endswith("that tenants left")


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee, in an email to colleagues, wrote that the office would close.",
        "Ann Lee, during a deposition in May, testified that the office was closed.",
        "Ann Lee, at a hearing on Tuesday, said the office would close.",
        "Ann Lee, in a memo to staff last week, wrote that the office would close.",
    ],
)
def test_an_appositive_saying_where_or_when_is_no_role(text: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and (speaker.name, speaker.role) == ("Ann Lee", None)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Ann Lee, the director, said the office would close.", "director"),
        ("Ann Lee, in charge of the unit, said the office would close.", "in charge of the unit"),
        (
            "Ann Lee, with the Kell Institute, said the office would close.",
            "with the Kell Institute",
        ),
    ],
)
def test_an_appositive_role_is_kept(text: str, role: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.role == role


@pytest.mark.parametrize(
    ("article", "documents"),
    [
        (
            "overtime-records",
            {"The memo", "An internal audit", "the transcript", "The documents", "The lawsuit"},
        ),
        ("charity-emails", {"A lawsuit", "The documents", "The audit", "the emails"}),
    ],
)
def test_the_documents_of_each_invented_article_are_speakers(article: str, documents: set[str]):
    path = Path(__file__).parent / "data" / "speakers" / f"{article}.txt"
    speakers, statements = find_statements(path.read_text(encoding="utf-8"))
    quoted = {st.speaker for st in statements}
    found = {s.name for s in speakers if s.kind == "document" and s.id in quoted}
    assert documents <= found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "An accompanying editorial in The Lancet called the results a milestone.",
            "An accompanying editorial in The Lancet",
        ),
        ("A memo in March says the fund is empty.", "A memo"),
    ],
)
def test_a_document_keeps_the_outlet_it_appeared_in_not_a_month(text: str, name: str) -> None:
    speakers, _ = find_statements(text)
    assert [(s.name, s.kind) for s in speakers] == [(name, "document")]
