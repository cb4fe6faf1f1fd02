"""Property and real estate news as a new analyst reads it: a condo tower's hearing at a
committee of adjustment, a tribunal ruling on a landlord's eviction notices and a realtors'
board's monthly sales report (in tests/data/speakers/). Constructions found by trying whosaid
on them, each tested here on other invented sentences, with near-misses that must not
change."""

import pytest
from extraction_helpers import attributed, missing_speakers, named

# --- A name apposed to a noun inside a relative aside: the aside's antecedent speaks ---


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Tom Reyes, who lives on the third floor with his wife, Maria Reyes, said the "
            "heat was off.",
            "Tom Reyes",
        ),
        ("Ola Berg, who runs the shop with her daughter, Ines, said sales were down.", "Ola Berg"),
        (
            "Acme Homes, which shares offices with its parent, Beta Holdings, said sales fell.",
            "Acme Homes",
        ),
        (
            "Ann Lee, who is married to Bob Hill, a surgeon, said the clinic was full.",
            "Ann Lee",
        ),
    ],
)
def test_a_name_apposed_inside_a_relative_aside_does_not_speak(text: str, name: str) -> None:
    assert [speaker for _, speaker, _ in named(text)] == [name]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Ann Lee, who heads the union with her deputy, Tom Hale, said pay was low.",
            "head of the union with her deputy",
        ),
        (
            "Raj Dutt, who chairs the board alongside his sister, Mina Dutt, said rents rose.",
            "chair of the board alongside his sister",
        ),
    ],
)
def test_a_name_apposed_inside_an_office_clause_is_no_part_of_the_office(
    text: str, role: str
) -> None:
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None
    assert speaker.role == role


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # near-misses: the relative clause's own subject, or a verb after the aside
        ("The tenants' lawyer, Ann Lee, said the notice was void.", "Ann Lee"),
        ("The co-op, whose chair, Rui Sousa, said the vote was close, met again.", "Rui Sousa"),
        (
            "The tower, which the builder, Harlow Homes, had said would rise 40 storeys, was cut.",
            "Harlow Homes",
        ),
    ],
)
def test_a_name_apposed_to_the_relative_clauses_own_subject_still_speaks(
    text: str, name: str
) -> None:
    assert name in [speaker for _, speaker, _ in named(text)]


def test_a_pronoun_after_the_aside_finds_the_antecedent_not_the_apposed_name() -> None:
    text = (
        "Piotr Wrona, who shares a flat with his partner, Ewa Wrona, says they were offered "
        "£900 to leave.\n\n“It doesn't pay a deposit,” he says."
    )
    assert [speaker for _, speaker, _ in named(text)] == ["Piotr Wrona", "Piotr Wrona"]


# --- A reporting clause ending an aside between dashes reports the aside only ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Raj Patel — no relation, he stressed to laughter — said traffic was backed up.",
            [
                ("no relation", "Raj Patel", "stressed"),
                ("traffic was backed up", "Raj Patel", "said"),
            ],
        ),
        (
            "The mayor — a cyclist herself, she noted — said the lanes would stay.",
            [
                ("a cyclist herself", "The mayor", "noted"),
                ("the lanes would stay", "The mayor", "said"),
            ],
        ),
        (
            "Ana Cruz -- a landlord for 30 years, she pointed out -- argued that the rules "
            "were unfair.",
            [
                ("a landlord for 30 years", "Ana Cruz", "pointed out"),
                ("the rules were unfair", "Ana Cruz", "argued"),
            ],
        ),
    ],
)
def test_a_reporting_clause_ending_a_dashed_aside_reports_only_the_aside(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert named(text) == expected


def test_the_dashed_aside_that_holds_a_reporting_clause_is_no_role() -> None:
    text = "Ana Cruz -- a landlord for 30 years, she pointed out -- argued that rents were low."
    found = attributed(text)
    # the aside and the sentence's verb each report (one statement ran over both before)
    assert [(content, cue) for content, _, cue in found] == [
        ("a landlord for 30 years", "pointed out"),
        ("rents were low", "argued"),
    ]
    assert [(s.name, s.role) for _, s, _ in found if s] == [("Ana Cruz", None)] * 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near-misses: a plain dashed appositive, and the dashed clause between subject and verb
        (
            "Ana Cruz -- a landlord for 30 years -- argued that the rules were unfair.",
            [("the rules were unfair", "Ana Cruz", "argued")],
        ),
        ("The count — Lee said — was fair.", [("The count — Lee said — was fair", "Lee", "said")]),
    ],
)
def test_a_dashed_appositive_or_a_dashed_cue_alone_is_unchanged(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert named(text) == expected


# --- The whole articles: a few speakers and statements each ---


def test_the_condo_tower_hearing_keeps_its_speakers() -> None:
    assert (
        missing_speakers(
            "property-condo-tower-zoning.txt",
            [
                ("We are not building a fortress", "Marcus Okafor", "person"),
                ("the tower would cast a shadow", "Deborah Lindqvist", "person"),
                ("no relation", "Raj Lindqvist", "person"),
                ("traffic on Lansdowne", "Raj Lindqvist", "person"),
                ("the site “represents", "Aisha Benali", "person"),
                ("the developer was using", "Teresa Albuquerque", "person"),
                ("the neighbourhood can absorb", "Brendan Fitzgerald", "person"),
                ("Attainable to whom?", "Gord Pettigrew", "person"),
                ("it remained “committed", "Harbourline Developments", "organization"),
            ],
        )
        == []
    )


def test_the_eviction_ruling_keeps_its_speakers() -> None:
    assert (
        missing_speakers(
            "property-eviction-tribunal.txt",
            [
                ("It feels like we can breathe again", "Fatima Osei", "person"),
                ("the ruling should be", "Connor Doyle", "person"),
                ("the landlord's evidence", "Helen Marsh", "person"),
                ("his client is considering an appeal", "Jonathan Pryce", "person"),
                ("they were offered £1,500", "Wojciech Nowak", "person"),
                ("Fifteen hundred pounds", "Wojciech Nowak", "person"),
                ("she is worried", "Aleksandra Nowak", "person"),
                ("We won this time", "Aleksandra Nowak", "person"),
                ("We will make sure the law is clear", "Daniel Achterberg", "person"),
            ],
        )
        == []
    )


def test_the_market_report_keeps_its_speakers() -> None:
    assert (
        missing_speakers(
            "property-spring-market-report.txt",
            [
                ("What we're seeing", "Colleen MacIsaac", "person"),
                ("lower borrowing costs", "Priyanka Deshmukh", "person"),
                ("The tailwind is gone", "Andrew Fougere", "person"),
                ("Last year we lost four bidding wars", "Rosalind Haddad", "person"),
                ("Our mortgage", "Jamal Haddad", "person"),
                ("People keep telling me", "Shauna Boutilier", "person"),
                ("the next few months", "Luc Arsenault", "person"),
            ],
        )
        == []
    )
