"""Canadian national and regional news as a new analyst reads it: constructions found by
trying whosaid on two invented public-broadcaster stories (tests/data/speakers/ferry-cuts.txt,
tests/data/speakers/pipeline-blockade.txt), each tested here on other invented sentences."""

from pathlib import Path

import pytest
from extraction_helpers import attributed, speaker_of

from tui.core.figures import find_figures


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Tallow Creek First Nation said it was not consulted.", "Tallow Creek First Nation"),
        (
            "The Wolastoq Point First Nation, whose members fish the bay, says it learned of it.",
            "Wolastoq Point First Nation",
        ),
        ("The Red Pine Cree Nation says the road must close.", "Red Pine Cree Nation"),
        ("The Birch Lake Nation said in a statement it will sue.", "Birch Lake Nation"),
        ("Tallow Creek First Nation said it was not consulted.", "Tallow Creek First Nation"),
    ],
)
def test_a_nation_is_one_body_named_whole(text: str, name: str):
    assert speaker_of(text) == (name, "organization", None)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Chief Anne Paul says the First Nation has treaty rights.", "Anne Paul", "Chief"),
        ("Grand Chief Tom Naziel says the nation was ignored.", "Tom Naziel", "Grand Chief"),
    ],
)
def test_a_chief_speaking_of_the_nation_stays_the_speaker(text: str, name: str, role: str):
    assert speaker_of(text) == (name, "person", role)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Court extended injunction\n\nJustice Mae Oduya extended the order on Sept. 17.\n\n"
            '"The court does not decide title," Oduya wrote.',
            "Mae Oduya",
            "Justice",
        ),
        (
            "Budget Vote Looms\nFinance Minister Ann Lee met the mayors on Monday.\n\n"
            '"We are not done," Lee said.',
            "Ann Lee",
            "Finance Minister",
        ),
        (
            "Rally Planned Downtown\n\nOrganizer Jo Morningstar booked the square.\n\n"
            '"This is only the start," Morningstar said.',
            "Jo Morningstar",
            "Organizer",
        ),
        # near-miss: the role and the name on one line stay whole
        (
            "Provincial Court Justice Mae Oduya extended the order on Sept. 17.\n\n"
            '"The court does not decide title," Oduya wrote.',
            "Mae Oduya",
            "Provincial Court Justice",
        ),
    ],
)
def test_a_subhead_above_a_name_is_no_part_of_its_role(text: str, name: str, role: str):
    *_, (_, speaker, _) = attributed(text)
    assert speaker is not None
    assert (speaker.name, speaker.role) == (name, role)


@pytest.mark.parametrize(
    "text",
    [
        "A spokesperson for Health Minister Ann Lee said the plan is on track.",
        "A spokesperson for federal Transport Minister Jo Whitford said Ottawa is watching.",
        "A spokeswoman for Public Safety Minister Ann Lee said the review is under way.",
        "A lawyer for Acme CEO Ann Lee said the claim has no merit.",
    ],
)
def test_a_spokesperson_for_a_titled_minister_is_the_unnamed_speaker(text: str):
    name, kind, _ = speaker_of(text)
    assert (name.split()[0], kind) == ("A", "person")


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Health Minister Ann Lee said the plan is on track.", "Ann Lee", "Health Minister"),
        (
            "Later on Monday, Health Minister Ann Lee said the plan is on track.",
            "Ann Lee",
            "Health Minister",
        ),
        (
            "Speaker of the House Tom Hale said the vote is set.",
            "Tom Hale",
            "Speaker of the House",
        ),
    ],
)
def test_a_titled_minister_alone_stays_named(text: str, name: str, role: str):
    assert speaker_of(text) == (name, "person", role)


@pytest.mark.parametrize(
    "text",
    [
        "Queen's Park said last week that Ontario would not comment.",
        "Queen’s Park said the vote was fair.",
        '"We will not comment on another province," Queen\'s Park said in a statement.',
    ],
)
def test_a_seat_of_government_with_a_possessive_is_one_body(text: str):
    name, kind, role = speaker_of(text)
    assert (name.replace("’", "'"), kind, role) == ("Queen's Park", "organization", None)


@pytest.mark.parametrize(
    ("text", "name", "kind", "role"),
    [
        ("Acme's Tom Hale said the vote was fair.", "Tom Hale", "person", "Acme"),
        (
            "Queen's Park officials said the vote was fair.",
            "Queen's Park officials",
            "group",
            None,
        ),
    ],
)
def test_other_possessives_before_a_name_keep_their_owner(
    text: str, name: str, kind: str, role: str | None
):
    assert speaker_of(text) == (name, kind, role)


_AFTER_AN_UNNAMED_SOURCE = (
    "Mayor {given} {surname} says the cuts are wrong.\n\n"
    "A spokesperson for the department said the schedule is under review.\n\n"
    "Minister Ann Lee said she is open to a review.\n\n"
    '"I\'m not closing any doors," she said.\n\n'
    "{surname} isn't convinced.\n\n"
    '"A year from now, we\'ll have lost families," {pronoun} said.'
)


@pytest.mark.parametrize(
    ("given", "surname", "pronoun"),
    [
        ("Gérald", "Thibodeau", "he"),
        ("Réjean", "Caron", "he"),
        ("Éric", "Dubé", "he"),
        ("Josée", "Martel", "she"),
        ("Gisèle", "Roy", "she"),
        ("Gerald", "Thibodeau", "he"),  # the plain spelling, as before
    ],
)
def test_an_accented_given_name_tells_the_gender_of_its_surname(
    given: str, surname: str, pronoun: str
):
    text = _AFTER_AN_UNNAMED_SOURCE.format(given=given, surname=surname, pronoun=pronoun)
    *_, (_, speaker, _) = attributed(text)
    assert speaker is not None
    assert speaker.name == f"{given} {surname}"


@pytest.mark.parametrize(
    ("text", "unit", "subject"),
    [
        (
            "The pipeline will carry 2.1 billion cubic feet of gas per day.",
            "cubic feet per day",
            "gas",
        ),
        ("The line carries 500,000 barrels of oil a day.", "barrels per day", "oil"),
        ("The mine ships 40,000 tonnes of ore a day.", "tonnes per day", "ore"),
        ("The plant draws 3 million litres of water per hour.", "litres per hour", "water"),
        # near-misses: no rate after the substance
        ("The field holds 2 billion barrels of oil.", "barrels", "oil"),
        ("It leaked 500 barrels of oil a day after the spill began.", "barrels", "oil"),
    ],
)
def test_a_rate_after_a_measures_substance_is_the_units(text: str, unit: str, subject: str):
    [figure] = find_figures(text)
    assert (figure.unit, figure.subject) == (unit, subject)


_ARTICLES = Path(__file__).parent / "data" / "speakers"


@pytest.mark.parametrize(
    ("article", "speakers"),
    [
        (
            "ferry-cuts.txt",
            {
                ("Wolastoq Point First Nation", "organization", None),
                ("Anne Paul", "person", "Chief"),
                ("Gérald Thibodeau", "person", "Halden Island Mayor"),
                ("Colette Arsenault", "person", "Transportation Minister"),
            },
        ),
        (
            "pipeline-blockade.txt",
            {
                ("Marguerite Oduya", "person", "Justice"),
                ("Queen's Park", "organization", None),
                ("Thomas Naziel", "person", "Grand Chief"),
                ("Kevin Moreau", "person", "Staff Sgt."),
            },
        ),
    ],
)
def test_the_invented_articles_keep_their_speakers(
    article: str, speakers: set[tuple[str, str, str | None]]
):
    found = {
        (s.name, s.kind, s.role)
        for _, s, _ in attributed((_ARTICLES / article).read_text(encoding="utf-8"))
        if s is not None
    }
    assert speakers <= found


def test_the_last_quote_of_the_ferry_story_is_the_mayors():
    text = (_ARTICLES / "ferry-cuts.txt").read_text(encoding="utf-8")
    *_, (_, speaker, _) = attributed(text)
    assert speaker is not None
    assert speaker.name == "Gérald Thibodeau"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "The union disputes those figures. Its president, Denise Hall, says the count is off.",
            "president of the union",
        ),
        (
            "The Northway Union said the figures are wrong. Its president, Ann Lee, says so too.",
            "president of Northway Union",
        ),
        (
            "The school board said the plan is sound. Its chair, Paul Richard, says costs will "
            "fall.",
            "chair of the school board",
        ),
        # near-misses: another sentence, or a person, read between
        (
            "The union disputes it. The mayor agrees. Its president, Ann Lee, says it is wrong.",
            "president",
        ),
        ("Ann Lee disputes the figures. Its president, Tom Hale, says so too.", "president"),
        (
            "The survey, the union said, was biased. Its author, Ann Lee, said it was fair.",
            "author",
        ),
        (
            "In a statement, the union said the plan was sound. Its chair, Ann Lee, said costs"
            " would fall.",
            "chair of the union",
        ),
    ],
)
def test_its_role_after_a_body_just_heard_is_that_bodys(text: str, role: str):
    *_, (_, speaker, _) = attributed(text)
    assert speaker is not None
    assert speaker.role == role
