"""Culture and entertainment news as a new analyst reads it: constructions found by trying
whosaid on invented stories of a film festival premiere, a singer's cancelled tour and a
museum's return of artefacts (in tests/data/speakers/), each tested here on other invented
sentences."""

import pytest
from extraction_helpers import attributed, speaker_of

from tui.core.figures import find_figures
from tui.core.statements import find_statements


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("The resale platform Vidmo said prices would rise.", "Vidmo", "resale platform"),
        ("The studio Orrin said the sequel was delayed.", "Orrin", "studio"),
        ("The record label Sunway said the album was finished.", "Sunway", "record label"),
        ("The bank Peltra said rates would fall.", "Peltra", "bank"),
    ],
)
def test_a_companys_noun_before_its_name_makes_an_organization(text: str, name: str, role: str):
    assert speaker_of(text) == (name, "organization", role)


def test_the_organization_so_named_is_found_again_by_its_bare_name():
    text = "The gallery Kestrel said the show would open. Kestrel added that tickets were sold."
    speakers, statements = find_statements(text)
    assert [s.name for s in speakers] == ["Kestrel"]
    assert len({st.speaker for st in statements}) == 1
    assert speakers[0].kind == "organization"


def test_a_bare_name_after_a_person_of_that_name_stays_unknown_or_the_person():
    text = "Rob Kestrel said the show would open. Kestrel added that tickets were sold."
    speakers, _ = find_statements(text)
    assert [(s.name, s.kind) for s in speakers] == [("Rob Kestrel", "person")]


def test_a_labels_name_after_its_possessed_noun_is_the_speaker():
    text = "His label, Grayfield Music, said in a statement that the tour was off."
    assert speaker_of(text)[:2] == ("Grayfield Music", "organization")


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Rapper Lil Dano said the track leaked early.", "Lil Dano", "Rapper"),
        (
            "Singer-songwriter Ola Brandt said the ballad was old.",
            "Ola Brandt",
            "Singer-songwriter",
        ),
        ("Her co-star, Ivo Perl, said the script changed daily.", "Ivo Perl", "co-star"),
        (
            "The set was freezing, producer Mina Sato told the Evening Ledger.",
            "Mina Sato",
            "producer",
        ),
        (
            "The museum's curator, Dr. Haru Ebi, said the masks were fragile.",
            "Haru Ebi",
            "museum's curator",
        ),
    ],
)
def test_roles_of_the_arts_are_roles_not_names(text: str, name: str, role: str):
    assert speaker_of(text) == (name, "person", role)


@pytest.mark.parametrize(
    "text",
    [
        "Rosa Imbert, 34, a nurse from Aurora, Illinois, said the refund never came.",
        "Rosa Imbert, a nurse in Tulsa, Okla., said the refund never came.",
        "Rosa Imbert, a fan from Lyon, France, said the refund never came.",
    ],
)
def test_a_place_with_its_state_in_an_appositive_is_no_speaker(text: str):
    name, kind, role = speaker_of(text)
    assert (name, kind) == ("Rosa Imbert", "person")
    assert role is not None and role.startswith(("nurse", "fan"))


def test_a_description_with_a_place_before_the_name_still_gives_the_name():
    text = "A fan from Lyon, Rosa Imbert, said the refund never came."
    assert speaker_of(text) == ("Rosa Imbert", "person", "fan from Lyon")


@pytest.mark.parametrize(
    ("text", "pronoun"),
    [
        (
            "In an interview with Verve magazine published Sunday, she said the record was done.",
            "she",
        ),
        ("In a podcast released last month, he said the tour had worn him out.", "he"),
        ("In a post on her blog published Friday, she said the show was off.", "she"),
    ],
)
def test_a_participle_of_publishing_in_an_opening_venue_is_no_cue(text: str, pronoun: str):
    [(content, speaker, cue)] = attributed(text)
    assert cue == "said"
    assert speaker is not None and speaker.name == pronoun


@pytest.mark.parametrize("noun", ["band", "orchestra", "cast", "choir"])
def test_performers_named_together_are_a_group(noun: str):
    text = f"The {noun} said the last night would be free."
    assert speaker_of(text)[1] == "group"


@pytest.mark.parametrize(
    "text",
    [
        'Speaking on the late show "Night Owls" on Monday, Brandt hinted at a reunion.',
        "Appearing at a fan event in Osaka, Brandt hinted at a reunion.",
        "Writing in the Evening Ledger last week, Brandt hinted at a reunion.",
    ],
)
def test_an_opening_participle_of_speaking_is_where_not_what(text: str):
    [(content, speaker, cue)] = attributed(text)
    assert (content, cue) == ("at a reunion", "hinted")
    assert speaker is not None and speaker.name == "Brandt"


def test_a_gerund_subject_with_its_own_verb_is_still_content():
    text = "Speaking to fans was the best part, Brandt said."
    assert [c for c, _, _ in attributed(text)] == ["Speaking to fans was the best part"]


@pytest.mark.parametrize(
    "text",
    [
        "Ode spoke directly to the camera.",
        "Ode spoke briefly to fans after the show.",
        "Ode wrote the screenplay over four years.",
        "Ode composed the score for the film in 2019.",
    ],
)
def test_speaking_to_someone_or_writing_a_work_reports_nothing(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Ode spoke emotionally of a lost year.", "spoke emotionally of", "a lost year"),
        ("The board voted Monday to sell the painting.", "voted Monday to", "sell the painting"),
        ("The board voted to sell the painting.", "voted to", "sell the painting"),
        ("Ode wrote that the screenplay was too long.", "wrote", "the screenplay was too long"),
    ],
)
def test_a_verb_keeps_its_own_particle_and_a_writer_still_reports(
    text: str, cue: str, content: str
):
    assert [(c, found_cue) for c, _, found_cue in attributed(text)] == [(content, cue)]


def figures_of(text: str) -> list[tuple[str, float, str | None, str]]:
    return [(text[f.span[0] : f.span[1]], f.value, f.unit, f.kind) for f in find_figures(text)]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("It was a three-and-a-half-hour opera.", ("three-and-a-half-hour opera", 3.5, "hour")),
        ("She signed a one-and-a-half-year deal.", ("one-and-a-half-year deal", 1.5, "year")),
    ],
)
def test_a_hyphened_number_and_a_half_before_its_unit_is_one_value(
    text: str, figure: tuple[str, float, str]
):
    assert figures_of(text) == [(*figure, "duration")]


@pytest.mark.parametrize(
    "text",
    [
        "Rehearsals began at six in the morning.",
        "The crew worked until 3 at night.",
        "By seven in the evening the hall was full.",
    ],
)
def test_an_hour_of_the_day_is_no_figure(text: str):
    assert figures_of(text) == []


def test_a_number_before_a_part_of_the_day_without_an_hours_preposition_still_counts():
    assert [f[1] for f in figures_of("The index fell 5 in the morning.")] == [5.0]


def test_a_currency_named_by_its_country_is_money():
    text = "The hall will cost 3.2 million Veloran dollars to build."
    assert figures_of(text) == [
        ("3.2 million Veloran dollars", 3200000.0, "Veloran dollars", "money")
    ]


@pytest.mark.parametrize(
    "told",
    ["Kaia Brenn, who plays the widow, said", "Kaia Brenn, 31, said"],
)
def test_a_pronoun_takes_the_person_just_quoted_though_her_given_name_is_unknown(told: str):
    text = (
        f"“It was cold,” director Anna Holt said. {told} the shoot was long. “We froze,” she said."
    )
    speakers, statements = find_statements(text)
    names = {s.id: s.name for s in speakers}
    assert [names[s.speaker] for s in statements if s.speaker] == [
        "Anna Holt",
        "Kaia Brenn",
        "Kaia Brenn",
    ]


def test_a_name_of_unknown_kind_still_yields_to_the_woman_quoted_before():
    text = (
        "Rail Watch said fares rose. “It is a scandal,” said Ann Vale. "
        "“We want refunds,” Rail Watch added. “They are owed,” she said."
    )
    speakers, statements = find_statements(text)
    names = {s.id: s.name for s in speakers}
    assert names[statements[-1].speaker] == "Ann Vale"


@pytest.mark.parametrize("conjunction", ["though", "but", "although"])
def test_a_conjunction_after_an_opening_phrase_still_starts_a_second_attribution(
    conjunction: str,
):
    text = (
        "Lund estimated that, at current prices, the masks could fetch £4 million, "
        f"{conjunction} she stressed that price was beside the point."
    )
    assert [(c, cue) for c, _, cue in attributed(text)] == [
        ("at current prices, the masks could fetch £4 million", "estimated"),
        ("price was beside the point", "stressed"),
    ]


def test_an_opening_phrase_and_a_comma_alone_keep_one_clause():
    text = "Lund noted that at an auction in 1998, she bought the masks."
    assert [c for c, _, _ in attributed(text)] == ["at an auction in 1998, she bought the masks"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Two fans waited. One of them said the queue was endless.", "One of them"),
        ("Two fans waited. “It was endless,” one of them said.", "one of them"),
        ("Two fans waited. “It was endless,” said one of them.", "one of them"),
        ("Two fans waited. Both of them said the queue was endless.", "Both of them"),
    ],
)
def test_a_partitive_of_a_pronoun_is_an_unnamed_speaker(text: str, speaker: str):
    [(_, found, cue)] = attributed(text)
    assert cue == "said"
    assert found is not None and (found.name, found.named) == (speaker, False)


def test_a_partitive_of_a_pronoun_as_an_object_speaks_for_nobody():
    text = "Lee thanked one of them said nothing."
    assert [found.name for _, found, _ in attributed(text) if found] == ["Lee"]
