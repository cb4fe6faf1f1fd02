"""Review of the AI-policy constructions (tests/test_aipolicy_news.py): near-misses of the
lower-case brand and the newcomer pronoun rules, on invented sentences."""

import pytest
from extraction_helpers import attributed

from tui.core.statements.brands import brand_cased


@pytest.mark.parametrize(
    "text",
    [
        "Intro.\nnoyb, the Vienna group, said it would appeal.",
        "Intro.\n\nnoyb, the Vienna group, said it would appeal.",
        "He said: “No.”\nnoyb, the Vienna group, said it would appeal.",
        "noyb, the Vienna group, said it would appeal.",
    ],
)
def test_a_brand_opening_a_paragraph_gets_its_capital(text: str):
    assert brand_cased(text)[1] == {"Noyb": "noyb"}


def test_a_line_wrapped_inside_a_paragraph_opens_no_brand():
    # a ragged hand-wrap: "said" opens the next line of the same paragraph, and is no brand
    text = (
        "The mayor defended the plan on Monday. She told reporters it\n"
        "said, the city believed, that the bridge was safe. “We will reopen it soon,” Ann Lee\n"
        "said. Officials said the river had risen."
    )
    assert brand_cased(text) == (text, {})
    found = [
        (content, speaker.name if speaker else None) for content, speaker, _ in attributed(text)
    ]
    assert ("We will reopen it soon", "Ann Lee") in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the last attribution is the pronoun itself: it carried on with the last speaker
        (
            "Tom Wade, the mayor, spoke on Monday. He said the plan had been praised by Ian"
            " Byrne, a builder. “We were clear about the costs,” he said.",
            "Tom Wade",
        ),
        (
            "Ann Wade, the mayor, spoke on Monday. She said the plan had been praised by Maria"
            " Lopez, a builder. “We were clear about the costs,” she said.",
            "Ann Wade",
        ),
        # the newcomer is the object of the last attribution's own sentence
        (
            "“The budget is sound,” said Tom Wade, the mayor. The mayor thanked Ian Byrne, a"
            " donor. “We are grateful,” he said.",
            "Tom Wade",
        ),
        # the rule itself still holds when no pronoun carried on
        (
            "Tom Wade, the mayor, spoke on Monday. The plan drew fire from Ian Byrne, a"
            " builder. “We were clear about the costs,” he said.",
            "Ian Byrne",
        ),
    ],
)
def test_a_pronoun_attribution_before_a_newcomer_keeps_the_speaker(text: str, name: str):
    speaker = attributed(text)[-1][1]
    assert speaker is not None and speaker.name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # near-miss: the other senator is named in the last speaker's own sentence
        (
            "“The bill is weak,” said Senator Tom Rae. “It is fair,” said Senator Ann Lee. She"
            " thanked Senator Rae for his work. “We will vote soon,” the senator said.",
            "Ann Lee",
        ),
        # the rule: the other senator named in a sentence of its own since
        (
            "“The bill is weak,” said Senator Tom Rae. “It is fair,” said Senator Ann Lee. The"
            " reply came from Senator Rae. “We will fix it,” the senator said.",
            "Tom Rae",
        ),
    ],
)
def test_a_senator_named_in_the_last_speakers_sentence_is_not_the_senator(text: str, name: str):
    speaker = attributed(text)[-1][1]
    assert speaker is not None and speaker.name == name
