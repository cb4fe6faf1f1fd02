"""Economy news as a new analyst reads it: constructions found by trying whosaid on an
invented story of a central bank's rate decision (tests/data/speakers/rates-decision.txt),
each tested here on other invented sentences."""

from pathlib import Path

import pytest
from extraction_helpers import named

ARTICLE = Path(__file__).parent / "data" / "speakers" / "rates-decision.txt"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Economists polled by the Ledger had expected a cut.", "Economists polled by the Ledger"),
        (
            "Analysts surveyed by Brightline expect profits to fall.",
            "Analysts surveyed by Brightline",
        ),
        ("A man detained by police said he was beaten.", "A man detained by police"),
        ("A delegation led by Ona Hale said the talks went well.", "A delegation led by Ona Hale"),
        ("A lawyer hired by the family said the suit was filed.", "A lawyer hired by the family"),
    ],
)
def test_the_noun_before_a_participle_and_its_agent_speaks(text: str, name: str) -> None:
    [(_, speaker, _)] = named(text)
    assert speaker == name


def test_an_agent_after_no_speakers_noun_is_left_alone() -> None:
    text = "The rule, in no way shaped by lobbyists, says that fees must fall."
    assert all(speaker != "no way shaped by lobbyists" for _, speaker, _ in named(text))


@pytest.mark.parametrize(
    "text",
    [
        "The yield on the 10-year Treasury note fell to 4.1%.",
        "Sales of the $5 Lotto report rose again.",
    ],
)
def test_a_cue_word_after_a_numeral_and_a_name_is_a_noun(text: str) -> None:
    assert named(text) == []


def test_the_article_has_its_economists_and_no_bond_speaking() -> None:
    found = named(ARTICLE.read_text(encoding="utf-8"))
    speakers = {speaker for _, speaker, _ in found}
    assert {"Miriam Castell", "Tomas Reyes", "Ben Kowalski"} <= speakers
    assert "Treasury" not in speakers and "Reuters" not in speakers
    assert len(found) >= 14
