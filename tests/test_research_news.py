"""Health and science research news as a new analyst reads it: constructions found by trying
whosaid on invented stories of an observational drug study and of a teen sleep study, with
lead authors, outside experts, journals and funders (in tests/data/speakers/), each tested
here on other invented sentences, with near-misses that must not change."""

import pytest
from extraction_helpers import contents, missing_speakers, named, speaker_names

# --- A capitalised cue word ending a title: a journal's name, no verb ---


@pytest.mark.parametrize(
    "text",
    [
        "The study, published in the journal Coastal Cardiology Reports, followed 900 adults.",
        "The trial appeared in Urban Allergy Notes and enrolled 420 children.",
        "Her paper in Geriatric Nursing Reports looked at 61 care homes.",
        "The analysis, in Applied Nutrition Reports, compared 14 diets.",
    ],
)
def test_a_capitalised_cue_word_ending_a_journal_title_says_nothing(text: str):
    assert contents(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Consumer Reports said the heaters were unsafe.",
            [("the heaters were unsafe", "Consumer Reports", "said")],
        ),
        (
            "Asked about the dose, Dr. Ilse Maro said it was too early to tell.",
            [("it was too early to tell", "Ilse Maro", "said")],
        ),
    ],
)
def test_a_name_before_a_lowercase_cue_still_reports(
    text: str, expected: list[tuple[str, str, str]]
):
    assert [(c, n, cue) for c, n, cue in named(text) if n] == expected


def test_a_title_case_headline_keeps_its_cue():
    text = "Vet Group Says Pet Food Recall Was Late\n\nThe recall came on Friday, the group said."
    assert [(n, cue) for _, n, cue in named(text)][0] == ("Vet Group", "Says")


# --- A question or condition before a cue ends with its sentence ---


@pytest.mark.parametrize(
    ("text", "opening", "name"),
    [
        (
            "Dr. Nadia Ferro said the team will test whether the dose matters. "
            "She believes a trial could start next year.",
            "a trial could start",
            "Nadia Ferro",
        ),
        (
            "Toma Reyes asked if the clinic stays open. He expects it to close.",
            "it to close",
            "Toma Reyes",
        ),
        (
            "The board must decide whether funding continues. Chair Ewa Lind thinks it will.",
            "it will",
            "Ewa Lind",
        ),
    ],
)
def test_a_cue_after_a_question_ended_by_a_period_reports(text: str, opening: str, name: str):
    assert any(c.startswith(opening) and n == name for c, n, _ in named(text))


@pytest.mark.parametrize(
    "text",
    [
        "Unless Dr. Lund says otherwise, the trial goes ahead.",
        "If the chief nurse says no, the ward stays shut.",
        "She was asked whether the minister expected cuts.",
        "It is unclear whether the authors think the effect is real.",
    ],
)
def test_a_cue_inside_a_question_or_condition_still_says_nothing(text: str):
    assert contents(text) == []
