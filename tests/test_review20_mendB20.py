"""Mends of review findings (mendB20): invented sentences and near-misses that must not change."""

from __future__ import annotations

import pytest

from tui.core.extract import extract
from tui.core.model import Article


def _statements(body: str, headline: str = "Headline") -> list[tuple[str, str, str | None]]:
    """(act, content, speaker name) of each statement in an article of one headline and body."""
    text = headline + "\n\n" + body
    doc = extract(Article(id="x", text=text))
    names = {s.id: s.name for s in doc.speakers}
    return [
        (s.act, text[s.span[0] : s.span[1]], names[s.speaker] if s.speaker else None)
        for s in doc.statements
    ]


def _contents(body: str, headline: str = "Headline") -> list[str]:
    return [content for _, content, _ in _statements(body, headline)]


# 1. A participle opening the content as a noun's modifier is not the listeners'.
@pytest.mark.parametrize(
    ("body", "content"),
    [
        (
            "The minister told reporters waiting lists would shrink if they passed the bill.",
            "waiting lists would shrink if they passed the bill",
        ),
        (
            "The minister told reporters waiting times had grown and that he would act.",
            "waiting times had grown and that he would act",
        ),
        (
            "Lee told the committee standing orders had been ignored when she was speaker.",
            "standing orders had been ignored when she was speaker",
        ),
        # near-misses: the listeners' place or purpose is skipped as before
        (
            "The minister told protesters gathered to protest the bill that he would listen.",
            "he would listen",
        ),
        ("The mayor told residents waiting outside he would run again.", "he would run again"),
        (
            "The mayor told the crowd gathered there that the pool would reopen.",
            "the pool would reopen",
        ),
        (
            "The mayor told residents lined up outside city hall that the pool would reopen.",
            "the pool would reopen",
        ),
    ],
)
def test_listener_participle_only_of_place_or_purpose(body: str, content: str) -> None:
    assert _contents(body) == [content]


# 2. After an inverted cue, a second lawmaker only when the clause ends after the name.
@pytest.mark.parametrize(
    "body",
    [
        '"We will pass it," said Sen. Ida Voss, D-Ore., and Democrats cheered.',
        '"We will pass it," said Sen. Ida Voss (D-Ore.) and Republicans walked out.',
        '"We will pass it," said Sen. Ida Voss, D-Ore., and Kolb nodded.',
        '"We will pass it," said Sen. Ida Voss, D-Ore., and Senate Majority Leader Abe Kolb '
        "nodded.",
        "The bill is dead, said Sen. Ida Voss, D-Ore., and Republicans agreed.",
    ],
)
def test_inverted_lawmaker_then_clause_of_its_own(body: str) -> None:
    assert [name for _, _, name in _statements(body)] == ["Ida Voss"]


def test_inverted_lawmaker_then_one_who_agreed() -> None:
    body = '"We will pass it," said Voss, an Oregon Democrat, and Kolb, a Utah Republican, agreed.'
    assert [name for _, _, name in _statements(body)] == ["Voss"]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            '"We will pass it," said Sen. Ida Voss, D-Ore., and Sen. Abe Kolb, R-Utah.',
            "Sen. Ida Voss, D-Ore., and Sen. Abe Kolb",
        ),
        (
            '"We will pass it," said Voss, an Oregon Democrat, and Kolb, a Utah Republican.',
            "Voss, an Oregon Democrat, and Kolb",
        ),
        (
            '"We will pass it," said Sen. Ida Voss (D-Ore.) and Sen. Abe Kolb (R-Utah) in a '
            "joint statement.",
            "Sen. Ida Voss (D-Ore.) and Sen. Abe Kolb",
        ),
    ],
)
def test_inverted_lawmaker_pair_kept(body: str, name: str) -> None:
    assert [speaker for _, _, speaker in _statements(body)] == [name]


# 3. A time between a noun and its relative clause: the relative verb's object ends before
# the sentence's own verb, as without the time.
@pytest.mark.parametrize(
    ("body", "contents"),
    [
        (
            "A report last week that examined hiring at the agency said managers broke the rules.",
            ["hiring at the agency", "managers broke the rules"],
        ),
        (
            "An audit last year that found waste at the ministry said the program should end.",
            ["waste at the ministry", "the program should end"],
        ),
        (
            "A report that examined hiring at the agency said managers broke the rules.",
            ["hiring at the agency", "managers broke the rules"],
        ),
    ],
)
def test_timed_relative_clause_on_the_subject(body: str, contents: list[str]) -> None:
    assert _contents(body) == contents


# 4. "such as", "known as": an example or a name, no clause of time joining an attribution.
@pytest.mark.parametrize(
    ("body", "content"),
    [
        (
            "The group supports measures such as rent caps landlords say will hurt them.",
            "measures such as rent caps landlords say will hurt them",
        ),
        (
            "The union backs perks such as pensions workers say they need.",
            "perks such as pensions workers say they need",
        ),
        (
            "Lee backs programs known as safety nets economists say work.",
            "programs known as safety nets economists say work",
        ),
    ],
)
def test_such_as_opens_no_second_attribution(body: str, content: str) -> None:
    assert _contents(body) == [content]


@pytest.mark.parametrize(
    "body",
    [
        "Lee backed the plan, even as critics warned it would fail.",
        "Lee backed the plan as critics warned it would fail.",
    ],
)
def test_as_of_time_still_joins_an_attribution(body: str) -> None:
    assert _statements(body) == [
        ("stance", "the plan", "Lee"),
        ("speech", "it would fail", "critics"),
    ]


# 5. A list's second item with a relative clause of no pronoun: one object.
def test_list_item_with_contact_relative_is_one_object() -> None:
    body = "Lee opposed the tax cuts and spending increases economists warned would fuel inflation."
    assert _contents(body) == [
        "the tax cuts and spending increases economists warned would fuel inflation"
    ]


@pytest.mark.parametrize(
    ("body", "contents"),
    [
        (
            "The council approved the budget and residents said it was too late.",
            ["the budget", "it was too late"],
        ),
        (
            "It was a plan the mayor called a relief and tenant groups said would fail.",
            ["a relief", "would fail"],
        ),
    ],
)
def test_coordinated_attribution_still_split(body: str, contents: list[str]) -> None:
    assert _contents(body) == contents


# 6. A long "who" clause ends at "and" and the next clause's subject just before the cue.
def test_long_who_clause_ends_before_a_joined_subject() -> None:
    body = (
        "Lee met the volunteers who cleaned up the park along the river and officials said "
        "the work was done."
    )
    assert _statements(body) == [("speech", "the work was done", "officials")]


def test_long_who_clause_with_two_verbs_is_still_the_speaker() -> None:
    body = (
        "A trader who lives abroad and spoke to the Herald last week said he still had nightmares."
    )
    assert [name for _, _, name in _statements(body)][0].startswith("A trader who")


# 7. A headline's "as": a clause of time only after people or a body; a bare noun kept.
@pytest.mark.parametrize(
    ("headline", "content"),
    [
        ("Mayor hails deal as jobs boost", "deal as jobs boost"),
        ("Critics slam bill as rights threat", "bill as rights threat"),
        ("Minister defends cuts as the right moves", "cuts as the right moves"),
        ("Mayor defends budget as critics warn of cuts", "budget"),
        ("Premier praises pact as unions balk", "pact"),
        ("Mayor defends the budget as critics warn of cuts", "the budget"),
        ("Mayor hails deal as big win", "deal as big win"),
    ],
)
def test_headline_as_clause(headline: str, content: str) -> None:
    assert _contents("Nothing else happened here today.", headline) == [content]


# 10. The headline's clause of time is read in the headline only, not in a body sentence
# that ends without a full stop.
@pytest.mark.parametrize(
    "body",
    [
        "The mayor defended the budget as critics warn of cuts (see chart)",
        "The mayor defended the budget as critics warn of cuts:",
    ],
)
def test_headline_as_clause_not_in_the_body(body: str) -> None:
    assert _contents(body)[0].startswith("the budget as critics warn of cuts")


# 8. A named lawmaker and others: any count or quantifier, "others", "a dozen other".
@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Sen. Ida Voss and two others said the bill would pass.", "Sen. Ida Voss and two others"),
        (
            "Sen. Ida Voss and several other senators said the bill would pass.",
            "Sen. Ida Voss and several other senators",
        ),
        (
            "Sen. Ida Voss, D-Ore., and a dozen other Democrats said the bill would pass.",
            "Sen. Ida Voss, D-Ore., and a dozen other Democrats",
        ),
        (
            "Sen. Ida Voss and many others said the bill would pass.",
            "Sen. Ida Voss and many others",
        ),
        # near-misses: a clause of its own before "and"
        (
            "Lee won in Ohio, and several other senators said it would pass.",
            "several other senators",
        ),
        (
            "The bill stalled and several other senators said it would pass.",
            "several other senators",
        ),
    ],
)
def test_named_and_others(body: str, name: str) -> None:
    assert [speaker for _, _, speaker in _statements(body)] == [name]


# 9. A record the outcome sets after "only"/"just"; "to" before a place is no infinitive.
@pytest.mark.parametrize(
    ("body", "content"),
    [
        (
            "Lee said the team won 40 games, becoming only the third club to do so.",
            "the team won 40 games",
        ),
        (
            "Lee said the team won 40 games, becoming just the second club in the league to do so.",
            "the team won 40 games",
        ),
        (
            "Lee said the family moved to Halifax, becoming the first in the town to own a car.",
            "the family moved to Halifax",
        ),
        # near-misses: what may happen keeps its record
        (
            "Lee said the team hopes to win the cup, becoming the first club to do so.",
            "the team hopes to win the cup, becoming the first club to do so",
        ),
        (
            "Lee said the team could win the cup, becoming only the third club to do so.",
            "the team could win the cup, becoming only the third club to do so",
        ),
    ],
)
def test_record_outcome_is_the_writers(body: str, content: str) -> None:
    assert _contents(body) == [content]


def _figures(body: str) -> list[tuple[float, str | None, str]]:
    doc = extract(Article(id="x", text="Headline\n\n" + body))
    return [(f.value, f.unit, f.kind) for f in doc.figures]


# Smaller: a margin after a measure measures the same; a study's ratio for a longer group.
def test_margin_after_a_measure() -> None:
    assert _figures("Lee scored 98 points, 12 behind the leaders, the coach said.") == [
        (98.0, "points", "measure"),
        (12.0, "points", "measure"),
    ]


def test_margin_after_a_count_unchanged() -> None:
    body = "The party won 169 seats, three short of the 172 needed, officials said."
    assert [unit for _, unit, _ in _figures(body)] == ["seats", "seats", "seats"]


@pytest.mark.parametrize(
    "body",
    [
        "The hazard ratio for those 65 and older was 1.3, the study found.",
        "The hazard ratio for people in the oldest group was 1.3, the study found.",
        "The hazard ratio for smokers was 1.3, the study found.",
    ],
)
def test_study_ratio_for_a_group(body: str) -> None:
    assert _figures(body) == [(1.3, "ratio", "measure")]
