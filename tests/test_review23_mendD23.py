"""Review 23 mends (health briefings and weather news): each finding's construction on
invented sentences, with near-misses that must not change."""

import pytest
from extraction_helpers import attributed


def _last_speaker(text: str) -> str | None:
    *_, (_, speaker, _) = attributed(text)
    return speaker.name if speaker is not None else None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a rank is no officer of a field
        (
            "Sgt. Ken Olds closed the road. “Stay home,” the medical officer of health said.",
            "the medical officer of health",
        ),
        (
            "Const. Ana Vey closed the road. “Stay home,” the chief medical officer said.",
            "the chief medical officer",
        ),
        # the field before "officer" tells which office
        (
            "Ann Lee, the chief financial officer, spoke first. Tom Reyes, the chief executive "
            "officer, followed. Revenue fell, the chief financial officer said.",
            "Ann Lee",
        ),
        (
            "Tom Reyes, the chief executive officer, spoke first. Revenue fell, the chief "
            "financial officer said.",
            "the chief financial officer",
        ),
        # near-misses: the holder of that very office
        (
            "Dr. Omar Pell, the region's medical officer of health, said tracers were swamped. "
            "“We cannot keep up,” the medical officer of health said.",
            "Omar Pell",
        ),
        (
            "Rita Snow, the chain's chief financial officer, said costs rose. “It was hard,” "
            "the chief financial officer said.",
            "Rita Snow",
        ),
    ],
)
def test_an_officer_of_a_field_is_held_by_one_of_that_field(text: str, name: str):
    assert _last_speaker(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Dr. Ana Holm chaired the briefing. Mark Holm, her brother, said the family was "
            "proud. “We are proud,” the doctor said.",
            "Ana Holm",
        ),
        # near-miss: her surname alone is still the doctor
        (
            "Dr. Ana Holm chaired the briefing. Holm said cases rose. Rob Tam, a nurse, said "
            "beds were full. “We are ready,” the doctor said.",
            "Ana Holm",
        ),
    ],
)
def test_a_title_belongs_to_the_full_name_it_was_written_before(text: str, name: str):
    assert _last_speaker(text) == name
