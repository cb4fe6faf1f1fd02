"""International news, names from many traditions, as a new analyst reads it: constructions
found by trying whosaid on invented wire stories of a river pact in South America, a Gulf
mediation and an Asian summit (in tests/data/speakers/), each tested here on other invented
sentences."""

import pytest
from extraction_helpers import attributed, named


def contents(text: str) -> list[str]:
    """The content of each statement, in text order."""
    return [content for content, _, _ in named(text)]


# --- a listener that is an outlet named after its common noun, and "telling" a listener


@pytest.mark.parametrize(
    "text",
    [
        "The envoy told the Chilean newspaper El Sur de Hoy that the border would reopen.",
        "The envoy told the state news agency Bernama that the border would reopen.",
        "The envoy told state broadcaster KTV later that the border would reopen.",
        "The envoy told the magazine Der Bote that the border would reopen.",
        "The envoy told the newspaper that the border would reopen.",
        "The envoy met the press, telling reporters that the border would reopen.",
        "The envoy spoke briefly, telling the broadcaster NHK that the border would reopen.",
    ],
)
def test_the_listener_named_after_an_outlets_noun_is_no_content(text: str):
    assert contents(text) == ["the border would reopen"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # no outlet's noun: the capitalised words open the content
        (
            "The envoy told the crowd Parliament would meet on Monday.",
            "Parliament would meet on Monday",
        ),
        # an outlet's noun with no name after it: its object is the content's subject
        ("The envoy told the network its coverage was unfair.", "its coverage was unfair"),
    ],
)
def test_a_listener_without_an_outlets_name_is_read_as_before(text: str, content: str):
    assert contents(text) == [content]


def speaker_names(text: str) -> list[str | None]:
    """The name of each statement's speaker, in text order."""
    return [name for _, name, _ in named(text)]


# --- a person known alone by a short form of a name from another tradition


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a paternal surname before a maternal one with its particles
        (
            "Senator Lucía Barrenechea de la Torre said the vote was fair. Barrenechea said "
            "she would appeal.",
            "Lucía Barrenechea de la Torre",
        ),
        (
            "Judge Tomás Irigoyen del Valle said the case was closed. Irigoyen said no appeal "
            "had been filed.",
            "Tomás Irigoyen del Valle",
        ),
        # a surname with an apostrophe
        (
            "Analyst Francisca D'Alessandro Mora said prices would rise. D'Alessandro said "
            "wages would not.",
            "Francisca D'Alessandro Mora",
        ),
        # two surnames ending a longer Portuguese name
        (
            "Minister José Roberto da Cunha Bastos said the port would open. Cunha Bastos "
            "said tolls would fall.",
            "José Roberto da Cunha Bastos",
        ),
        (
            "Economist Maria Clara Figueiredo Lemos said growth had slowed. Figueiredo Lemos "
            "said it would recover.",
            "Maria Clara Figueiredo Lemos",
        ),
        # a Malay name by its given name, the honours before it dropped
        (
            "Datuk Seri Faizal Amri bin Osman said the bridge was safe. Faizal said it would "
            "reopen on Monday.",
            "Faizal Amri bin Osman",
        ),
        (
            "Tan Sri Kamaruddin Yassin said exports had grown. Kamaruddin said the ringgit "
            "had helped.",
            "Kamaruddin Yassin",
        ),
    ],
)
def test_a_short_form_of_the_name_is_the_person_named_in_full(text: str, name: str):
    assert speaker_names(text) == [name, name]


@pytest.mark.parametrize(
    "text",
    [
        # a given name before a surname: another person of that surname
        "Mary Ann Lee said the vote was fair. Ann Lee said it was not.",
        # another given name with the paternal surname
        "Lucía Barrenechea de la Torre said the vote was fair. Rosa Barrenechea said it was not.",
    ],
)
def test_a_short_form_with_another_given_name_stays_its_own_speaker(text: str):
    first, second = speaker_names(text)
    assert first != second


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Tan Sri Kamaruddin Yassin said exports had grown.", "Kamaruddin Yassin", "person"),
        ("Haji Osman Latif said the mosque would reopen.", "Osman Latif", "person"),
        ("Hojatoleslam Ali-Akbar Moradi said the court had ruled.", "Ali-Akbar Moradi", "person"),
        # "Sri" opens a name or a place where no honour stands before it
        ("Minister Sri Wahyuni Lestari said exports had grown.", "Sri Wahyuni Lestari", "person"),
        ("Sri Lanka's central bank said exports had grown.", "Sri Lanka's central bank", None),
        # "Tan" is a surname where no "Sri" follows
        ("Tan Wei Ming said exports had grown.", "Tan Wei Ming", None),
        ("Mr. Tan said exports had grown.", "Tan", "person"),
    ],
)
def test_honours_and_clerical_ranks_are_no_part_of_the_name(text: str, name: str, kind: str | None):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.name == name
    if kind is not None:
        assert speaker.kind == kind


def test_a_malaysian_honour_is_no_role():
    [(_, speaker, _)] = attributed("Datuk Seri Faizal Amri bin Osman said the bridge was safe.")
    assert speaker is not None and speaker.role is None
