"""International wire news as a new analyst reads it: constructions found by trying whosaid on
invented wire stories of a regional summit, a maritime collision and a runoff election abroad
(in tests/data/speakers/), each tested here on other invented sentences."""

import pytest

from tui.core.model import Speaker
from tui.core.speakers import _family_name_first, _paternal_surname
from tui.core.statements import find_statements


def attributed(text: str) -> list[tuple[str, Speaker | None, str]]:
    """(content, speaker, cue) for each statement, in text order."""
    speakers, statements = find_statements(text)
    by_id = {s.id: s for s in speakers}
    return [
        (text[st.span[0] : st.span[1]], by_id.get(st.speaker or ""), st.cue) for st in statements
    ]


def speaker_names(text: str) -> list[str | None]:
    """The name of each statement's speaker, in text order."""
    return [speaker.name if speaker else None for _, speaker, _ in attributed(text)]


# --- names by which a person is known alone: a family name written first, a paternal surname


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Deputy Minister Nguyen Van Hai said the port would open. Nguyen added that "
            "tolls would fall.",
            "Nguyen Van Hai",
        ),
        (
            "Analyst Pham Thi Hoa said exports had slowed. “It is a soft patch,” Pham said.",
            "Pham Thi Hoa",
        ),
        (
            "Trade Minister Uchida Haruki said Tokyo was ready. Uchida told reporters that "
            "talks would resume.",
            "Uchida Haruki",
        ),
        (
            "Electoral judge Ramiro Torres Villalba said the count was clean. Torres said "
            "no ballot was lost.",
            "Ramiro Torres Villalba",
        ),
        (
            "Marisol Quispe Huamán, 58, said she had queued for hours. Quispe said the line "
            "moved slowly.",
            "Marisol Quispe Huamán",
        ),
    ],
)
def test_a_bare_family_or_paternal_name_is_the_person_named_in_full(text: str, name: str):
    assert speaker_names(text) == [name, name]


@pytest.mark.parametrize(
    "text",
    [
        # the middle name of an English name is no surname
        "John Paul Hendry said the count was clean. Paul said there was no fraud.",
        # another person of that paternal surname
        "Ramiro Torres Villalba said the count was clean. Ana Torres said it was not.",
        # a particle before the word: a patronymic, not a surname
        "Sheikh Omar bin Rashid al-Nuaimi said Doha would wait. Rashid said talks would go on.",
    ],
)
def test_a_bare_word_of_another_name_stays_its_own_speaker(text: str):
    first, second = speaker_names(text)
    assert first != second


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "South Korean President Yoon Ha-eun was more cautious. Yoon said Seoul would "
            "wait for the rules.",
            "Yoon Ha-eun",
        ),
        (
            "Opposition leader Gabriela Paredes Ochoa held a slim lead. Paredes told "
            "supporters that every vote would count.",
            "Gabriela Paredes Ochoa",
        ),
    ],
)
def test_a_bare_name_is_completed_from_a_full_mention_that_said_nothing(text: str, name: str):
    assert speaker_names(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        # a run of capitals after the name: a title or a body, not a second surname
        "Fans gathered at the Tom Hale Center Arena. Hale said the hall was clean.",
        # a day after the name
        "Judge Ana Ruiz Tuesday ruled on the case. Ruiz said the law was clear.",
    ],
)
def test_a_bare_name_is_not_completed_with_words_that_are_no_name(text: str):
    names = speaker_names(text)
    assert names[-1] is not None
    assert "Arena" not in names[-1] and "Tuesday" not in names[-1]


@pytest.mark.parametrize(
    ("name", "family"),
    [
        ("Morita Kenji", "morita"),
        ("Tran Van Khoa", "tran"),
        ("Nguyen Thi Kim Lan", "nguyen"),
        ("Costa Maria", None),  # no Japanese shape
        ("Kenji Morita", None),  # given name first
    ],
)
def test_which_names_put_the_family_name_first(name: str, family: str | None):
    assert _family_name_first(name) == family


@pytest.mark.parametrize(
    ("name", "paternal"),
    [
        ("Hernán Salas Villanueva", "salas"),
        ("María Fernanda Ruiz Cárdenas", "ruiz"),
        ("Mary Kay Lund", None),  # a given name before the last
        ("Rosa de la Vega", None),  # particles
        ("The Trump Team", None),  # no name
        ("Former DNC Chairman", None),
        ("Ana Ruiz", None),  # one surname
    ],
)
def test_which_names_have_a_paternal_surname(name: str, paternal: str | None):
    assert _paternal_surname(name) == paternal
