"""Review 23, second review of the feature mend: place surnames of doers, gapped infinitives
before a time phrase, kin owners, adverbs after a relative's name. Invented sentences."""

import pytest
from extraction_helpers import story


def rows(body: str, headline: str = "Headline") -> list[tuple[str, str, str | None, str | None]]:
    """(act, content, speaker's name, speaker's role) of each statement of an article."""
    text = f"{headline}\n\n{body}"
    doc = story(body, headline)
    speakers = {s.id: s for s in doc.speakers}
    out = []
    for s in doc.statements:
        who = speakers[s.speaker] if s.speaker else None
        out.append((s.act, text[s.span[0] : s.span[1]], who and who.name, who and who.role))
    return out


# --- 1. a surname that is a place: still a person ---------------------------------------------


@pytest.mark.parametrize("name", ["Maya Washington", "Sam Houston", "Ann Paris"])
def test_doer_with_a_place_surname_is_a_person(name: str) -> None:
    body = f'The juniors are coached by {name}. "They work hard," the coach says.'
    assert rows(body) == [("speech", "They work hard", name, "coach")]


def test_doer_body_ending_in_a_place_still_refused() -> None:
    body = 'The juniors are coached by staff from Rowing Canada. "They work hard," the coach says.'
    assert rows(body)[0][2] == "the coach"


# --- 2. an infinitive gapped before a time phrase ---------------------------------------------


@pytest.mark.parametrize(
    "after",
    [
        "in the coming weeks",
        "next spring",
        "this fall",
        "in June 2027",
        "on Monday night",
        "in two weeks",
        "at the end of the month",
        "on the pipeline",
        "soon",
    ],
)
def test_gapped_infinitive_before_a_time_holds_no_stance(after: str) -> None:
    assert rows(f"Mayor Ann Roe has a tough decision to make {after}. She met staff.") == []


@pytest.mark.parametrize(
    ("phrase", "content"),
    [
        ("a decision to take in refugees", "to take in refugees"),
        ("a promise to keep on hiring", "to keep on hiring"),
        ("a decision to make this right", "to make this right"),
        ("a vow to make next year's budget smaller", "to make next year's budget smaller"),
        ("a decision to make cuts", "to make cuts"),
    ],
)
def test_infinitive_with_an_object_still_a_stance(phrase: str, content: str) -> None:
    assert [(r[0], r[1]) for r in rows(f"Mayor Ann Roe made {phrase}.")] == [("stance", content)]


def test_particle_verb_with_a_count_still_a_stance() -> None:
    got = rows("Mayor Ann Roe made a pledge to take at least 40 families.")
    assert [(r[0], r[1]) for r in got] == [("stance", "to take at least 40 families")]


# --- 6. a comma within a description: still named by its "is" ---------------------------------


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ('The woman at the oars, 71, is Odile Roy. "I row every day," she says.', "Odile Roy"),
        (
            'The woman at the oars, a retired nurse, is Odile Roy. "I row daily," she says.',
            "Odile Roy",
        ),
        (
            'The woman at the desk, whose hometown is Moncton, is Odile Roy. "I row," she says.',
            "The woman at the desk",
        ),
        (
            'The man on the dock, who is Ed Lund, waves. "The lake is calm," he says.',
            "The man on the dock",
        ),
    ],
)
def test_description_with_an_aside_named_by_its_is(body: str, name: str) -> None:
    assert rows(body)[0][2] == name


# --- 7. "had coached" without "who": a former coach -------------------------------------------


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Tom Brandt had coached the team for a decade before Mira Stein took over in May. "
            '"They work hard," the coach says.',
            "the coach",
        ),
        (
            'Mira Stein has coached the team for years. "They work hard," the coach says.',
            "Mira Stein",
        ),
        (
            'Mira Stein, who had coached the team for years, is back. "They work," the coach says.',
            "Mira Stein",
        ),
    ],
)
def test_doer_had_only_after_who(body: str, name: str) -> None:
    assert rows(body)[0][2] == name


# --- 3. a relative's owner: never a person named before the family ----------------------------

_BAKERY = (
    "Mayor Tom Roe cut the ribbon on Friday. Petra Lund runs the bakery. Her husband, Jon, "
    "bakes the bread. His brother, Ed, drives the van. "
)


def test_relatives_owner_skips_no_relative_back_to_an_unrelated_man() -> None:
    got = rows(_BAKERY + '"We sell out by noon," he says.')
    assert [(r[2], r[3]) for r in got] == [("Ed", "brother")]


def test_kin_described_after_a_relative_not_owned_by_an_unrelated_man() -> None:
    got = rows(_BAKERY + '"We sell out by noon," Ed says. "He never stops," his brother says.')
    assert got[1][2] != "Tom Roe"


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        (
            'Jon Lund bakes. His wife, Petra, sells the bread. "We sell out," she says.',
            "Petra",
            "wife of Jon Lund",
        ),
        (
            "Odile Roy rows daily. Her mother, Rosa, cheers. Her sister, Lena, rows too. "
            '"It is cold," Lena says. "She loves it," her mother says.',
            "Rosa",
            "mother of Lena",
        ),
    ],
)
def test_relatives_owner_kept(body: str, name: str, role: str) -> None:
    assert (rows(body)[-1][2], rows(body)[-1][3]) == (name, role)


# --- 4. an adverb after a relative's name: no verb of the present -----------------------------


@pytest.mark.parametrize(
    ("middle", "quote", "name"),
    [
        ("always helped on weekends", "I could not do it without her", "Petra Lund"),
        ("perhaps the best baker in town, left for Calgary", "I miss her", "Petra Lund"),
        ("sometimes helped on weekends", "I miss her", "Petra Lund"),
        ("still bakes the bread", "We start at four", "Lena"),
        ("often bakes the bread", "We start at four", "Lena"),
        ("bakes the bread", "We start at four", "Lena"),
    ],
)
def test_adverb_after_a_relatives_name(middle: str, quote: str, name: str) -> None:
    body = f'Petra Lund runs a bakery. Her daughter, Lena, {middle}. "{quote}," she says.'
    assert rows(body)[0][2] == name


# --- 8. a title's period inside the name a description is identified with ---------------------


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            'The woman in the red boat is Dr. Ines Varga. "The water is calm," she says.',
            "Ines Varga",
        ),
        ('The man at the helm is Capt. Ed Lund. "The water is calm," he says.', "Ed Lund"),
        ('The woman in the red boat is Ines Varga. "The water is calm," she says.', "Ines Varga"),
    ],
)
def test_description_identified_with_a_titled_name(body: str, name: str) -> None:
    assert rows(body)[0][2] == name


# --- 9. the last relative of a list closed by its period --------------------------------------


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "John Hale died on Monday. He is survived by his wife, Ruth, and his daughter, Anne. "
            '"He loved the lake," his daughter said.',
            "Anne",
        ),
        (
            "Ada Hale died on Monday. She is survived by her husband, Ed, and her son, Tom. "
            '"She loved the lake," her son said.',
            "Tom",
        ),
        (
            'Petra Lund runs a bakery. She works with her daughter, Lena. "We start at four," '
            "she says.",
            "Petra Lund",
        ),
    ],
)
def test_last_relative_of_a_list_closed_by_a_period(body: str, name: str) -> None:
    assert rows(body)[0][2] == name
