"""Health and science study news as a new analyst reads it: constructions found by trying
whosaid on invented stories of an observational drug study and of a teen sleep study, with
lead authors, outside experts, journals and funders (in tests/data/speakers/), each tested
here on other invented sentences, with near-misses that must not change."""

import pytest
from extraction_helpers import ARTICLES, acts_and_contents, contents, missing_speakers, named

from tui.core.figures import find_figures

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


# --- The invented articles: their key statements and what is none ---

STATIN = [
    ("We were surprised by how consistent", "Halima Ostrowski", "person"),
    ("long-term users of the drug had", "the researchers", "group"),
    ("About one in 10 participants", "the paper", "document"),
    ("people who take their medication faithfully", "The authors", "group"),
    ("People who stick with a pill", "Rafael Quintero", "person"),
    ("a randomized trial would be", "Rafael Quintero", "person"),
    ("a trial could begin within three years", "Halima Ostrowski", "person"),
    ("no clear benefit", "A 2019 analysis", "document"),
    ("It's a well-done piece of work", "Leona Baptiste", "person"),
]
SLEEP = [
    ("Teenagers who regularly slept fewer", "a new study", "document"),
    ("Students who slept less than seven hours", "the researchers", "group"),
    ("Sleep is not a luxury", "Priya Vandermeer", "person"),
    ("It's a solid study", "Jonah Wexley", "person"),
    ("anxious teens may also sleep worse", "Jonah Wexley", "person"),
    ("students at schools that started before", "the paper", "document"),
    ("He'd just use the extra time", "Dana Ruiz", "person"),
]


@pytest.mark.parametrize(
    ("article", "expected"),
    [("research-statin-dementia.txt", STATIN), ("research-sleep-teens.txt", SLEEP)],
)
def test_the_articles_key_statements_have_their_speakers(
    article: str, expected: list[tuple[str, str, str]]
):
    assert missing_speakers(article, expected) == []


@pytest.mark.parametrize(
    ("article", "nones"),
    [
        ("research-statin-dementia.txt", ("Health Canada", "The research was funded")),
        ("research-sleep-teens.txt", ("tracked 3,150", "The National Institute", "By Marcus")),
    ],
)
def test_the_articles_narration_is_no_statement(article: str, nones: tuple[str, ...]):
    text = (ARTICLES / article).read_text(encoding="utf-8")
    assert not any(c.startswith(nones) for c in contents(text))


def test_a_finding_is_a_stance_and_a_quote_is_speech():
    text = (ARTICLES / "research-statin-dementia.txt").read_text(encoding="utf-8")
    acts = dict((c[:20], a) for a, c in acts_and_contents(text))
    assert acts["long-term users of t"] == "stance"
    assert acts["We were surprised by"] == "speech"
    assert acts["a trial could begin "] == "thought"


# --- A bare number after the ratio a study reports is that ratio ---


@pytest.mark.parametrize(
    ("text", "number", "subject"),
    [
        ("Walkers had a hazard ratio of 0.84 for heart failure.", "0.84", "hazard ratio"),
        ("The odds ratio was 2.1 among night-shift nurses.", "2.1", "odds ratio"),
        ("The adjusted relative risk was 0.67, the team wrote.", "0.67", "adjusted relative risk"),
        ("It reported a rate ratio of 1.3 in rural counties.", "1.3", "rate ratio"),
    ],
)
def test_a_number_after_a_study_ratio_is_that_ratio(text: str, number: str, subject: str):
    assert (number, "ratio", subject) in [
        (text[f.span[0] : f.span[1]], f.unit, f.subject) for f in find_figures(text)
    ]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The ratio of nurses to patients was 4.", "4"),
        ("The risk of a fall was 12 in the first week.", "12"),
        ("Scores on the test were 0.81 on average.", "0.81"),
    ],
)
def test_a_number_after_no_named_ratio_gets_no_ratio(text: str, number: str):
    assert all(
        f.unit != "ratio" for f in find_figures(text) if text[f.span[0] : f.span[1]] == number
    )
