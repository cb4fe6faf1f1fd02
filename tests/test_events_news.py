"""Events, weather and public-safety news as a new analyst reads it: constructions found by
trying whosaid on invented stories of a cancelled festival and a heatwave, each tested here on
other invented sentences."""

import pytest
from extraction_helpers import acts_and_contents, named

from tui.core.figures import find_figures


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Chamber of Commerce said footfall fell by a fifth.", "Chamber of Commerce"),
        ("The Dunmore Chamber of Trade said footfall fell.", "Dunmore Chamber of Trade"),
        ("The Chamber of Shipping warned that ports were full.", "Chamber of Shipping"),
        ("The chamber said it would vote on Friday.", "The chamber"),
    ],
)
def test_a_chamber_heads_a_bodys_name(text: str, speaker: str) -> None:
    assert [name for _, name, _ in named(text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Forecaster Mia Stroud said the storms would ease by Sunday.",
        "Senior forecaster Mia Stroud said the storms would ease by Sunday.",
    ],
)
def test_a_forecaster_is_a_role_before_a_name(text: str) -> None:
    assert [name for _, name, _ in named(text)] == ["Mia Stroud"]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("The agency forecast that prices would rise.", "The agency", "prices would rise"),
        ("Lee forecast that the lake would freeze early.", "Lee", "the lake would freeze early"),
        ("The bank forecast that its profits would halve.", "The bank", "its profits would halve"),
    ],
)
def test_forecast_before_a_that_clause_is_the_verb(text: str, speaker: str, content: str) -> None:
    assert named(text) == [(content, speaker, "forecast")]


@pytest.mark.parametrize(
    "text",
    [
        "The weather forecast that they broadcast was wrong.",
        "The Lee forecast that was published sank.",
    ],
)
def test_forecast_before_a_relative_that_stays_a_noun(text: str) -> None:
    assert named(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Some residents have found their own ways to cope.",
        "The firm has found its way back into profit.",
        "Lee found a job in the city after the mill closed.",
        "Many of the evacuees found homes with relatives.",
        "They found no way to pay the fine.",
    ],
)
def test_finding_a_way_or_a_job_is_no_finding(text: str) -> None:
    assert acts_and_contents(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Investigators found that the brakes had failed.", "the brakes had failed"),
        ("The audit found their accounts were in order.", "their accounts were in order"),
        ("Inspectors found no evidence of foul play.", "no evidence of foul play"),
    ],
)
def test_a_finding_stays_a_statement(text: str, content: str) -> None:
    assert acts_and_contents(text) == [("stance", content)]


@pytest.mark.parametrize(
    "text",
    [
        "She said she would be back one way or another.",
        "Everyone here has lost something, in one form or another.",
        "He had been a farmer at one time or another.",
    ],
)
def test_one_thing_or_another_is_no_figure(text: str) -> None:
    assert find_figures(text) == []


def test_one_or_another_with_a_unit_is_still_a_sum() -> None:
    [figure] = find_figures("They paid one dollar or another small fee.")
    assert (figure.value, figure.unit) == (1, "dollar")
