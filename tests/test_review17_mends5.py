"""Review 5 of session 17 read the mends of reviews 1-4; the lead's fixes of its findings, each
on invented sentences with the near-misses the mends were made for."""

import pytest
from extraction_helpers import attributed

from tui.core.extract import extract
from tui.core.figures import find_figures
from tui.core.model import Article


def said(text: str) -> list[tuple[str | None, str]]:
    """(speaker name, content) of each statement of `text`."""
    return [(s.name if s else None, content) for content, s, _ in attributed(text)]


def speakers(text: str) -> list[tuple[str, str | None, str]]:
    return [(s.name, s.role, s.kind) for s in extract(Article(id="x", text=text)).speakers]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Per Reuters, the talks collapsed, ending a week of hope.", "Reuters"),
        ("Per KZRV, the fire started at noon, and crews arrived fast.", "KZRV"),
    ],
)
def test_per_a_source_before_a_clause_and_a_participle_is_the_source(
    text: str, source: str
) -> None:
    assert said(text)[0][0] == source


def test_per_as_a_given_name_before_an_appositive_and_a_cue_stays_a_person() -> None:
    text = "Per Aasen, the group's finance chief, said the deal was done."
    assert said(text) == [("Per Aasen", "the deal was done")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The panel voted 9-4 that benefits outweigh the risks.", "benefits outweigh the risks"),
        ("The board voted that tenants receive a rebate.", "tenants receive a rebate"),
    ],
)
def test_voted_that_before_a_plural_and_its_verb_is_a_stance(text: str, content: str) -> None:
    assert said(text)[0][1] == content


@pytest.mark.parametrize(
    "text",
    ["The council voted that night to close the pool.", "The council voted that bill down."],
)
def test_voted_that_as_a_demonstrative_is_none(text: str) -> None:
    assert said(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Rents will rise, the mayor said, a forecast that landlords welcomed.",
        "Rents will rise, the mayor said, a promise that tenants doubted.",
    ],
)
def test_a_reporting_noun_summing_up_the_clause_is_the_narrators(text: str) -> None:
    assert said(text)[0] == ("the mayor", "Rents will rise")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Of the 1,200 adults surveyed, a third said rents were too high.", "group"),
        ("Among those polled, a fifth said rents were too high.", "group"),
        ("Two residents were hurt. A third said she saw the blast.", "person"),
    ],
)
def test_an_ordinal_share_after_a_parts_opener_is_a_group(text: str, kind: str) -> None:
    assert speakers(text)[-1][2] == kind


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The homes lie within a mile of the plant.", "mile"),
        ("Residents within a kilometre of the blast were moved.", "kilometre"),
    ],
)
def test_within_a_mile_is_a_measure(text: str, unit: str) -> None:
    [found] = find_figures(text)
    assert found.unit == unit


def test_not_an_inch_stays_no_measure() -> None:
    assert find_figures("They would not cede an inch of territory.") == []


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Tom Reed, hailed as a hero by neighbours, said he was only doing his job.", None),
        ("Tom Reed, described as a key witness, said he saw the crash.", None),
        ("Ann Vale, elected in 2020 as mayor, said the plan was late.", "mayor"),
    ],
)
def test_only_a_participle_of_appointing_names_a_role_after_as(text: str, role: str | None) -> None:
    assert speakers(text)[0][1] == role


@pytest.mark.parametrize(
    "text",
    [
        "Protests held in the capital that weekend turned violent.",
        "Talks held in Geneva that week ended without a deal.",
    ],
)
def test_held_before_a_demonstrative_of_time_is_a_participle(text: str) -> None:
    assert said(text) == []


def test_held_before_that_and_a_clause_stays_a_ruling() -> None:
    assert said("The court held on appeal that the ban was void.") == [
        ("The court", "the ban was void")
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Residents were angry and demanding that the council act.", "the council act"),
        ("Tenants gathered and saying the heat was off, they marched.", "the heat was off"),
    ],
)
def test_a_participle_after_and_before_its_content_is_a_cue(text: str, content: str) -> None:
    assert said(text)[0][1].startswith(content)


def test_a_gerund_after_and_before_a_noun_stays_a_noun() -> None:
    assert said("Patients took a memory and thinking test.") == []
