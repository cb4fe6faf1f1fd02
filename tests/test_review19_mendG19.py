"""Review 19 mends (G): a group's size before its members, a person's name after a Romance
body's head, a comparing with no likeness, an inverted speaker before a place, a listener
before two languages; each on invented sentences, with near-misses that must not change."""

import pytest

from tui.core.extract import extract
from tui.core.figures import find_figures
from tui.core.model import Article


def said(body: str) -> list[tuple[str, str | None, str | None]]:
    """(content, speaker's name, speaker's kind) of each statement of `body`."""
    text = "Headline\n\n" + body
    found = extract(Article(id="x", text=text))
    speakers = {s.id: s for s in found.speakers}
    return [
        (
            text[s.span[0] : s.span[1]],
            speakers[s.speaker].name if s.speaker else None,
            speakers[s.speaker].kind if s.speaker else None,
        )
        for s in found.statements
    ]


def units(text: str) -> list[tuple[str, str | None]]:
    """(span, unit) of each figure of `text`."""
    return [(text[f.span[0] : f.span[1]], f.unit) for f in find_figures(text)]


# --- 1. A group's size before a plural of its members: the members are counted ---


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("A team of 30 scientists the agency hired found the water was safe.", "scientists"),
        ("A group of 200 residents Tuesday filed a lawsuit against the city.", "residents"),
        ("A group of 12 nurses $40,000 in debt sued the college.", "nurses"),
        ("A group of 40 donors the hospital thanked gave $2 million.", "donors"),
        ("A coalition of 15 unions the federation represents signed the letter.", "unions"),
        ("A crew of 8 firefighters the town sent arrived late.", "firefighters"),
    ],
)
def test_a_groups_members_after_its_size_are_counted(text: str, unit: str) -> None:
    assert units(text)[0][1] == unit


@pytest.mark.parametrize(
    "text",
    [
        "Her family of four pays $900 a month for food.",
        "Feeding a family of four costs $1,200 a month.",
        "A family of four spends about $320 a week.",
        "A household of 3 needs $1,200 a month.",
        "A family of four buys the cheapest bread.",
    ],
)
def test_a_groups_verb_after_its_size_still_counts_nothing(text: str) -> None:
    assert units(text)[0][1] is None


# --- 2. A person's name after a Romance body's head: no body ---


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Centre forward Luis de Souza said the team needed a win.", "Luis de Souza"),
        ("Centre back Hugo del Rio said the defence held.", "Hugo del Rio"),
    ],
)
def test_a_persons_name_after_a_body_head_is_the_person(text: str, name: str) -> None:
    assert said(text)[0][1:] == (name, "person")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Fédération des cadres du Québec said the talks failed.",
            "Fédération des cadres du Québec",
        ),
        ("The Centre de santé Marie Curie said the wait was long.", "Centre de santé Marie Curie"),
    ],
)
def test_a_romance_body_with_a_name_after_its_link_stays_a_body(text: str, name: str) -> None:
    assert said(text)[0][1:] == (name, "organization")


# --- 3. A comparing with no likeness: "to" a purpose's verb, "with" the people taking part ---


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee was comparing two bags of rice to see which was cheaper.",
        "Shoppers are comparing flyers with friends online to find the best deals.",
        "Parents compared notes with other parents at the gate.",
        "Ann Lee compared prices to figure out which store was cheaper.",
        "Teens compared receipts with each other after the sale.",
    ],
)
def test_comparing_with_no_likeness_says_nothing(text: str) -> None:
    assert said(text) == []


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        ("Lee likened the levy to highway robbery.", "the levy to"),
        ("The senator compared the two candidates with each other.", "the two candidates"),
        ("Critics compared Lee with his father.", "Lee with"),
        ("Lee compared the council to children who cannot share.", "the council to"),
        ("The report compared food prices in Ontario with prices in Quebec.", "food prices"),
        ("Fares compared to 'robbing the riders' at a hearing.", "to 'robbing"),
    ],
)
def test_a_likeness_still_speaks(text: str, opening: str) -> None:
    assert said(text)[0][0].startswith(opening)


# --- 4. An inverted speaker, then where the speaker stands ---


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("“It hurts,” said the boy near the door.", "the boy"),
        ("“It hurts,” muttered the boy inside the tent.", "the boy"),
        ("“Great news,” said the mayor inside city hall.", "the mayor"),
        ("“It hurts,” said the boy near his mother.", "the boy"),
        ("“Great news,” said Ann Lee outside City Hall.", "Ann Lee"),
    ],
)
def test_an_inverted_speaker_before_a_place_speaks(text: str, name: str) -> None:
    assert [(c, n) for c, n, _ in said(text)] == [(text[1 : text.index(",")], name)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("“We will appeal,” said the firm's outside counsel.", "the firm's outside counsel"),
        ("“We will appeal,” said an outside lawyer.", "an outside lawyer"),
        ("“Great news,” beamed the mayor inside the hall.", "the mayor"),
    ],
)
def test_a_modifier_of_place_before_a_noun_stays_in_the_speaker(text: str, name: str) -> None:
    assert said(text)[0][1] == name


# --- 5. A listener before two languages ---


@pytest.mark.parametrize(
    "text",
    [
        "The minister told reporters in English and French that the deal was done.",
        "The minister told reporters in French that the deal was done.",
        "The minister told a crowd in English and Cree that the deal was done.",
        "The minister told reporters in Ottawa that the deal was done.",
    ],
)
def test_a_listener_then_its_language_keeps_the_content(text: str) -> None:
    assert said(text) == [("the deal was done", "The minister", "person")]
