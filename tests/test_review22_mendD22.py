"""Review 22's findings on the day's merged changes, each tested on invented sentences with
near-misses that must not change: a public body's unit or co-op is no company, a title
joins only a body's name, "with another 6 abstaining" counts no votes, and others."""

import pytest
from extraction_helpers import attributed

from tui.core.extract import extract
from tui.core.model import Article


def speakers(text: str) -> list[tuple[str | None, str | None, bool | None]]:
    """(name, kind, named) of each statement's speaker."""
    return [(s.name, s.kind, s.named) if s else (None, None, None) for _, s, _ in attributed(text)]


def roles(text: str) -> list[str | None]:
    """The role of each statement's speaker."""
    return [s.role if s else None for _, s, _ in attributed(text)]


def units(text: str) -> list[tuple[float, str | None]]:
    """(value, unit) of each figure of an article whose first paragraph is its headline."""
    return [(f.value, f.unit) for f in extract(Article(id="t", text=text)).figures]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Crash probed\n\nOntario's Special Investigations Unit is looking into a crash on "
            "Highway 7. The firm said it was co-operating.",
            ("The firm", "organization", False),
        ),
        (
            "Cases rise\n\nThe Westshire Health Unit reported 40 new cases. The company said it "
            "would expand testing.",
            ("The company", "organization", False),
        ),
        (
            "Store closes\n\nThe Harlow Food Co-op closed its doors on Friday. The company said "
            "rents were too high.",
            ("The company", "organization", False),
        ),
        (  # near-miss: a company's own word ending its name
            "Flights cut\n\nDelays spread across Harbour Airlines on Friday. The company said "
            "crews were out of position.",
            ("Harbour Airlines", "organization", True),
        ),
        (  # near-miss: a company's trade
            "Trucks idle\n\nBrill Logistics parked 40 trucks on Monday. The company said fuel "
            "costs had doubled.",
            ("Brill Logistics", "organization", True),
        ),
    ],
)
def test_a_public_bodys_unit_or_co_op_is_no_company(
    text: str, expected: tuple[str, str, bool]
) -> None:
    """ "The firm" or "the company" after a public body ending in "Unit" or "Co-op": no name
    of that body, whose word a company's trade shares; a company's own word still finds it."""
    assert speakers(text)[-1] == expected


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # a councillor's ward is the one she serves (review22 mendF22): title and ward
        ("Road\n\nCoun. Amy Lowe, of Ward 5, said the road is unsafe.", "Coun. of Ward 5"),
        ("Road\n\nCoun. Amy Lowe, of Dover Township, said the road is unsafe.", "Coun."),
        ("Crash\n\nMaya Lind, 46, of Ward 5, said she saw the crash.", None),
        (  # near-misses: a body's name joins the title
            "Road\n\nSgt. Amy Lowe, of Westshire Police, said the road is unsafe.",
            "Sgt. of Westshire Police",
        ),
        (
            "Road\n\nCoun. Amy Lowe, of the Ward 5 Residents Association, said the road is unsafe.",
            "Coun. of Ward 5 Residents Association",
        ),
        ("Crash\n\nMaya Lind, 46, of Dover Township said she saw the crash.", "Dover Township"),
    ],
)
def test_a_title_joins_a_bodys_name_not_a_home(text: str, role: str | None) -> None:
    """A title and an appositive "of <body>" or "of <ward>" make one role ("Coun. of Ward
    5"); "of Ward 5" after no title, and "of Dover Township", is where the speaker lives."""
    assert roles(text) == [role]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vote\n\nThe motion got 14 votes, with another 6 abstaining, a spokesman said.",
            [(14.0, "votes"), (6.0, None)],
        ),
        (  # near-misses: more of the count, an -ed participle too (review22 mendF22)
            "Cuts\n\nThe plant cut 200 jobs in March, with another 150 expected in June.",
            [(200.0, "jobs"), (150.0, "jobs")],
        ),
        (
            "Vote\n\nThe motion got 14 votes, and another 6 were cast by mail.",
            [(14.0, "votes"), (6.0, "votes")],
        ),
        (
            "Cuts\n\nThe plant cut 200 jobs in March and a further 150 in June.",
            [(200.0, "jobs"), (150.0, "jobs")],
        ),
    ],
)
def test_another_after_with_or_before_a_participle_counts_no_more(
    text: str, expected: list[tuple[float, str | None]]
) -> None:
    """ "another 6" counts more of the count before it, unless an -ing participle follows
    ("with another 6 abstaining": members, not votes; "with another 150 expected": jobs)."""
    assert units(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Library vote\n\nResidents hung banners that read "Save our library".',
            [("Residents", "group", False)],
        ),
        (
            'Cuts\n\nStudents made signs that read "No cuts to music".',
            [("Students", "group", False)],
        ),
        (  # near-misses: the document itself is the subject
            'Cuts\n\nHandwritten signs read "Closed for good".',
            [("Handwritten signs", "document", False)],
        ),
        (
            'Library vote\n\nTwo banners read "Save our library".',
            [("Two banners", "document", False)],
        ),
    ],
)
def test_a_past_not_in_ed_before_a_document_is_its_subjects(
    text: str, expected: list[tuple[str, str, bool]]
) -> None:
    """ "Residents hung banners that read ...": no document named "Residents hung banners";
    the residents' words, as the marchers' who "held placards"."""
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Refunds\n\nFans of Ridgeway Studios were angry. The company said it would refund "
            "tickets.",
            ("Ridgeway Studios", "organization", True),
        ),
        (
            "Smoking\n\nThe poll was conducted by Corvane Research for Westshire Public Health. "
            "The firm found that 40 per cent of adults smoke.",
            ("Corvane Research", "organization", True),
        ),
        (  # near-misses: one name with "for" or "of" in it
            "Awards\n\nThe Society for Television Arts gave out awards. The society said it was "
            "proud.",
            ("The Society for Television Arts", "organization", True),
        ),
        (
            # an association's name (session 32): "the group" is that group
            "Lawsuit\n\nFriends of the Earth criticized the plan. The group said it would sue.",
            ("Friends of the Earth", "group", True),
        ),
    ],
)
def test_a_company_after_its_fans_or_before_its_client_is_named_alone(
    text: str, expected: tuple[str, str, bool]
) -> None:
    """A capitalised plural opening a sentence before "of" and a marked body ("Fans of
    Ridgeway Studios") mentions the body; a company's or a pollster's name before "for" and
    another body is the firm alone ("Corvane Research for Westshire Public Health")."""
    assert speakers(text)[-1] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Sales\n\nSales fell, while the chain's value brands held up.",
        "Sales\n\nSales fell, while its two value brands held up.",
        "Sales\n\nSales fell, while its Value brands held up.",
    ],
)
def test_a_plural_noun_after_a_possessive_or_a_number_is_no_cue(text: str) -> None:
    """ "the chain's value brands held up", "its two value brands", "its Value brands": the
    plural noun of a phrase, its verb after it, no cue "brands"."""
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # near-misses: the cue after a possessive's role, a name
            "Suit\n\nThe chain's lawyer claims the suit is baseless.",
            [("The chain's lawyer", "person", False)],
        ),
        (
            "Rates\n\nThe firm's chief economist warns rates will rise.",
            [("The firm's chief economist", "person", False)],
        ),
        ("Talks\n\nThe Kremlin warns the deal is off.", [("Kremlin", "organization", True)]),
    ],
)
def test_a_cue_after_a_possessive_still_reports(
    text: str, expected: list[tuple[str, str, bool]]
) -> None:
    """A cue in -s after a possessive's role or a name, a clause after it: still a cue."""
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Retail results\n\nProfits rose, the company said.",
            ("the company", "organization", False),
        ),
        (
            "Mining profits soar\n\nMining stocks fell sharply on Tuesday, the company said.",
            ("the company", "organization", False),
        ),
        (
            "Trucking firm cuts jobs\n\nJobs will go, the company said.",
            ("the company", "organization", False),
        ),
        (  # near-misses: a name ending in the trade; a name of its own
            "Retail results\n\nProfits at Dunmore Retail rose. The company said demand was strong.",
            ("Dunmore Retail", "organization", True),
        ),
        (
            "Acme cuts jobs\n\nAcme Corp. will cut 300 jobs. The company said demand fell.",
            ("Acme Corp", "organization", True),
        ),
    ],
)
def test_a_trade_alone_names_no_company(text: str, expected: tuple[str, str, bool]) -> None:
    """A lone capitalised trade or company word ("Retail results", "Mining profits soar"),
    which only ends a company's name, names no company "the company" could be."""
    assert speakers(text)[-1] == expected


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Chase\n\nConstable Ray Pike, of the RCMP detachment in Surrey, said the driver fled.",
            "Constable of RCMP detachment in Surrey",
        ),
        (
            "Chase\n\nConstable Ray Pike, of the Surrey RCMP detachment, said the driver fled.",
            "Constable of Surrey RCMP detachment",
        ),
        (  # near-misses: no title; a home
            "Chase\n\nRay Pike, of the RCMP detachment in Surrey, said the driver fled.",
            "of the RCMP detachment in Surrey",
        ),
        ("Chase\n\nConstable Ray Pike, of Dover, said the driver fled.", "Constable"),
    ],
)
def test_a_title_joins_a_named_bodys_unit(text: str, role: str) -> None:
    """A title and an appositive "of the <name> <unit noun> [in <place>]" make one role,
    the title at that unit ("Constable of RCMP detachment in Surrey"), as at a body's name."""
    assert roles(text) == [role]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nurses\n\nLast spring 31 nurses were hired and another 12 start in May.",
            [(31.0, "nurses"), (12.0, "nurses")],
        ),
        (
            "Nurses\n\nLast spring 31 nurses were hired and a further 12 begin next week.",
            [(31.0, "nurses"), (12.0, "nurses")],
        ),
        (  # near-misses: a noun of the count, singular in form or before "of"
            "Nurses\n\nLast spring 31 nurses were hired and another 12 people start in May.",
            [(31.0, "nurses"), (12.0, "people")],
        ),
        (
            "Herd\n\nThe farm lost 200 cows and another 40 head of cattle.",
            [(200.0, "cows"), (40.0, "head")],
        ),
    ],
)
def test_a_verb_after_another_and_a_number_is_no_unit(
    text: str, expected: list[tuple[float, str | None]]
) -> None:
    """ "and another 12 start in May": a verb in the present after the number, no unit; the
    count before's ("nurses")."""
    assert units(text) == expected
