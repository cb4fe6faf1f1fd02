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


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (  # "The mayor": the mayor named before, whose wife it is
            _MAYOR + "The mayor was visibly moved, his wife, Joan Fraser, said.",
            "wife of Doug Fraser",
        ),
        (
            "Coach Tom Bell said the team would play. The coach missed practice Monday, his "
            "agent, Ana Ruiz, said.",
            "agent of Tom Bell",
        ),
        (
            "Premier Ann Hale toured the flooded farms. The premier was shaken, her husband, "
            "Paul Hale, said.",
            "husband of Ann Hale",
        ),
        (  # the subject named in apposition or after "named"
            _MAYOR + "The teen, Tom Lee, was arrested Monday, his lawyer, Ana Ruiz, said.",
            "lawyer of Tom Lee",
        ),
        (
            _MAYOR + "A teen named Tom Lee was arrested Monday, his lawyer, Ana Ruiz, said.",
            "lawyer of Tom Lee",
        ),
    ],
)
def test_his_after_a_subject_named_or_titled_before_is_that_persons(text: str, role: str):
    """ "The mayor" after "Mayor Doug Fraser", "The teen, Tom Lee,", "A teen named Tom Lee":
    a described subject with a name, whose relative or aide the attribution names."""
    assert _speakers(text)[-1][1] == role


def test_a_described_subject_with_an_age_after_it_is_still_unnamed():
    """ "The boy, 12, remains ...": a number in apposition names no one."""
    text = _MAYOR + "The boy, 12, remains in hospital, his aunt, Sofia Reyes, said."
    assert _speakers(text)[-1] == ("Sofia Reyes", "aunt")


@pytest.mark.parametrize(
    "text",
    [
        "The plan, which Mayor Ann Lee unveiled Monday, follows a year of complaints.",
        "The deal, which Chaudhary announced Thursday, includes 1,200 affordable units.",
        "The cuts, which the union denounced Tuesday night, take effect in May.",
    ],
)
def test_a_cue_in_an_object_relative_aside_says_nothing_after_it(text: str):
    """ "The plan, which Ann Lee unveiled Monday, follows ...": a day alone closes the
    aside as "on Monday" does; what follows is the sentence's own, not what she unveiled."""
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Lee, who announced Monday that she would resign, thanked staff.", "she would resign"),
        ("Chaudhary announced Thursday, to applause, that the deal was done.", "the deal was done"),
        ("The plan, which Lee said Monday, would cost $4 million.", "would cost $4 million"),
    ],
)
def test_a_cue_outside_an_object_relative_aside_keeps_its_content(text: str, content: str):
    """A subject relative ("who announced"), an adjunct after the cue, or a verb of a clause
    alone ("which Lee said Monday, would cost"): the content stays."""
    assert [c for c, _, _ in attributed(text)] == [content]


@pytest.mark.parametrize(
    ("article", "speakers"),
    [
        (
            "canada-hospital-staffing.txt",
            {
                ("Tracy-Lynn Bergeron", "person", "union's president"),
                ("Darren Kowalchuk", "person", "Premier"),
                ("Aisha Mwangi", "person", "Health Minister"),
                ("Hélène Tremblay", "person", "emergency physician in Kindersley"),
                ("Vicki Mowat-Singh", "person", "NDP's health critic"),
            },
        ),
        (
            "canada-highway-crash.txt",
            {
                ("RCMP", "organization", None),
                ("Manpreet Dhillon", "person", "Cpl."),
                ("Karin Lindqvist", "person", "mother of Ava Lindqvist"),
                (
                    "Rebecca Nakamura",
                    "person",
                    "head of the Central Okanagan traffic services unit",
                ),
                ("Doug Fraser", "person", "Summerland Mayor"),
                ("Sofia Reyes", "person", "aunt"),
            },
        ),
        (
            "canada-housing-announcement.txt",
            {
                ("Raj Chaudhary", "person", "Housing Minister"),
                ("Valérie Gagnon-Roy", "person", "Montreal Mayor"),
                ("Scott Aitchison-Burke", "person", "Conservative housing critic"),
                ("Jenny Kwan-Lefebvre", "person", "NDP's housing critic"),
                (
                    "Ahmed Benali",
                    "person",
                    "tenant organizer with the Comité logement Saint-Michel",
                ),
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


@pytest.mark.parametrize(
    ("article", "opening", "name"),
    [
        (
            "canada-hospital-staffing.txt",
            "The union is entitled to its opinion",
            "Darren Kowalchuk",
        ),
        ("canada-hospital-staffing.txt", "By the time they got him there", "Marlene Okafor"),
        ("canada-hospital-staffing.txt", "But I'll tell you this", "Tracy-Lynn Bergeron"),
        ("canada-highway-crash.txt", "She wanted to save the oceans", "Karin Lindqvist"),
        ("canada-highway-crash.txt", "He keeps asking about the girls", "Sofia Reyes"),
        ("canada-housing-announcement.txt", "C'est une très bonne nouvelle", "Valérie Gagnon-Roy"),
        (
            "canada-housing-announcement.txt",
            "We've done the hard work already",
            "Valérie Gagnon-Roy",
        ),
    ],
)
def test_the_invented_articles_quotes_keep_their_speakers(article: str, opening: str, name: str):
    text = (_ARTICLES / article).read_text(encoding="utf-8")
    [speaker] = [s for c, s, _ in attributed(text) if c.lstrip('“"').startswith(opening)]
    assert speaker is not None
    assert speaker.name == name


def test_every_statement_of_the_crash_story_has_a_speaker():
    """Its headline's too: "Family of B.C. teen killed in Highway 97 crash calls for ..."."""
    text = (_ARTICLES / "canada-highway-crash.txt").read_text(encoding="utf-8")
    found = attributed(text)
    assert all(s is not None for _, s, _ in found)
    assert found[0][1] is not None
    assert found[0][1].name == "Family of B.C. teen killed in Highway 97 crash"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The family of a teen killed in a Highway 97 crash says the highway needs a barrier.",
            "The family of a teen killed in a Highway 97 crash",
        ),
        (
            "The sister of a man killed in a Highway 401 pileup says the road is unsafe.",
            "The sister of a man killed in a Highway 401 pileup",
        ),
        (
            "Family of teen killed in crash says highway needs barrier\n\nBody.",
            "Family of teen killed in crash",
        ),
        (
            "Mother of woman killed in house fire says alarms failed\n\nBody.",
            "Mother of woman killed in house fire",
        ),
        (  # read before as now
            "Relatives of a man shot in a Surrey parking lot say he was unarmed.",
            "Relatives of a man shot in a Surrey parking lot",
        ),
    ],
)
def test_the_kin_of_a_victim_in_a_place_named_is_the_speaker(text: str, speaker: str):
    """ "The family of a teen killed in a Highway 97 crash says": the victim's complement ends
    in a noun after a name or a number, or a headline's bare noun, where no speaker phrase
    was read; the kin is the speaker all the same."""
    [(_, found, _)] = attributed(text)
    assert found is not None
    assert (found.name, found.named) == (speaker, False)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The family of a teen killed in a Highway 97 crash, police say, has hired a lawyer.",
            "police",
        ),
        (
            "A report on the family of a teen killed in a Highway 97 crash says the barrier "
            "was missing.",
            "A report",
        ),
        (
            "The family of a teen killed in a Highway 97 crash and the driver say the barrier "
            "was missing.",
            "the driver",
        ),
    ],
)
def test_a_kin_of_a_victim_not_the_cues_subject_is_no_speaker(text: str, speaker: str):
    """The kin of a victim inside what another says, the object of a preposition, or one of
    two subjects joined: the speaker is the other."""
    [(_, found, _)] = attributed(text)
    assert found is not None
    assert found.name == speaker


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "A nurse at the hospital, who asked CBC not to use her name because she fears losing "
            "her job, says the unit was short four nurses.",
            "the unit was short four nurses",
        ),
        (
            "One teacher, who asked The Canadian Press not to publish his last name, said the "
            "school is overcrowded.",
            "the school is overcrowded",
        ),
        (
            "A guard, who asked reporters not to identify him, said the gate was open.",
            "the gate was open",
        ),
    ],
)
def test_asking_the_outlet_not_to_name_one_is_a_sources_condition(text: str, content: str):
    """ "who asked CBC not to use her name because she fears ...": the source's condition and
    its reason, no statement; what the source then says is the one."""
    assert [c for c, _, _ in attributed(text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The mayor asked CBC not to air the video.", "not to air the video"),
        ("Lee asked the province not to cut the program.", "not to cut the program"),
        # of naming another, or to a post; of a titled person, no outlet
        ("The mother asked CBC not to name her son.", "not to name her son"),
        ("Lee asked Ottawa not to name him to the board.", "not to name him to the board"),
        ("The mother asked Judge Ann Hale not to identify her.", "not to identify her"),
    ],
)
def test_asking_an_outlet_not_to_do_another_thing_is_a_request(text: str, content: str):
    assert [c for c, _, _ in attributed(text)] == [content]
