"""Canadian national and regional news (a public broadcaster's present-tense "says", a private
network's, a national daily's, a wire service's) as a new analyst reads it: constructions found
by trying whosaid on three invented stories (tests/data/speakers/canada-*.txt), each tested here
on other invented sentences and near-misses."""

from pathlib import Path

import pytest
from extraction_helpers import attributed

_ARTICLES = Path(__file__).parent / "data" / "speakers"


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    """(name, role) of each statement's speaker, in text order."""
    return [(s.name, s.role) if s else (None, None) for _, s, _ in attributed(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The warning was dismissed Tuesday by Premier Darren Kowalchuk. Speaking to "
            "reporters, Kowalchuk says the province hired 400 nurses. “The numbers speak for "
            "themselves,” the premier says.",
            "Darren Kowalchuk",
        ),
        (
            "The plan was rejected Monday by Mayor Ann Lee. Asked by reporters, Lee said the "
            "city could not afford it. “It is a fantasy,” the mayor said.",
            "Ann Lee",
        ),
        (
            "The bill was backed Monday by Gov. Ann J. Hale. Hale said it would pass. “It is "
            "done,” the governor said.",
            "Ann J. Hale",
        ),
    ],
)
def test_a_titled_name_ends_at_its_sentences_end(text: str, name: str):
    """ "by Premier Ann Hale. Speaking to ...": the name stops at the period (an initial's
    period, "Ann J. Hale", stays inside it)."""
    assert {n for n, _ in _speakers(text)} == {name}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Mayor says city will hire 40 staff\n\nThe plan, which Mayor Ann Lee unveiled "
            "Monday, follows a year of complaints.\n\nLee said the city had listened. “We "
            "heard you,” the mayor said.",
            "Ann Lee",
        ),
        (
            "Premier says budget will balance\n\nThe forecast came a day after Premier Tom Hale "
            "met bankers in Toronto.\n\nHale says the deficit will be gone by 2028. “It is a "
            "promise,” the premier says.",
            "Tom Hale",
        ),
        (
            "Nurses' union says ER closures will spread\n\nPremier says province has recruited "
            "400 nurses\n\nThe union says closures will spread, a warning Premier Darren "
            "Kowalchuk dismissed Tuesday.\n\nKowalchuk says the province has recruited 400 "
            "nurses.\n\n“The union is entitled to its opinion,” the premier says.",
            "Darren Kowalchuk",
        ),
    ],
)
def test_a_headlines_bare_title_is_the_holder_named_since(text: str, name: str):
    """A headline's "Premier says ..." and, below it, "Premier Tom Hale" outside an
    attribution: "the premier" who then speaks is Hale, not the headline's nameless one."""
    *_, (_, speaker, _) = attributed(text)
    assert speaker is not None
    assert speaker.name == name


@pytest.mark.parametrize(
    "text",
    [
        "Premier says budget will balance\n\nThe forecast came a day after the election.\n\n"
        "“It is a promise,” the premier says.",
        "Premier says budget will balance\n\nThe forecast came a day after Premier Tom Hale "
        "met bankers in Toronto.\n\n“It is a promise,” the premier says.",
    ],
)
def test_a_headlines_bare_title_with_no_holder_speaking_stays_unnamed(text: str):
    """No premier named, or the one named never speaks: the headline's nameless "Premier"."""
    *_, (_, speaker, _) = attributed(text)
    assert speaker is not None
    assert (speaker.name, speaker.named) == ("Premier", False)


_MAYOR = "Mayor Doug Fraser said the town would hold a vigil. "


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            _MAYOR + "The friend who was driving remains in hospital in stable condition, his "
            "aunt, Sofia Reyes, said.",
            "aunt",
        ),
        (_MAYOR + "The boy remains in hospital, his aunt, Sofia Reyes, said.", "aunt"),
        (
            "Ann Lee said the school would reopen. A 19-year-old woman is in stable condition, "
            "her sister, Lena Ruiz, says.",
            "sister",
        ),
        (
            "Tom Bell said the town would hold a vigil. The man was released on bail, his "
            "lawyer, Ana Ruiz, said.",
            "lawyer",
        ),
    ],
)
def test_his_after_a_described_subject_is_not_the_last_man_named(text: str, role: str):
    """ "The boy is in hospital, his aunt, Sofia Reyes, said": the boy's aunt, no one's
    named before (the mayor's)."""
    assert _speakers(text)[-1] == (text.split(", ")[-2], role)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (_MAYOR + "His aunt, Sofia Reyes, said he remains in hospital.", "aunt of Doug Fraser"),
        (_MAYOR + "The vote will pass, his brother, Tom Fraser, said.", "brother of Doug Fraser"),
    ],
)
def test_his_after_no_described_subject_keeps_its_owner(text: str, role: str):
    assert _speakers(text)[-1][1] == role
