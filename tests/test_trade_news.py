"""Trade, tariffs and sanctions news as a new analyst reads them: constructions found by
trying whosaid on invented wire stories of a tariff increase, a sanctions package and a month's
export figures (in tests/data/speakers/trade-*.txt), each tested here on other invented
sentences."""

import pytest
from extraction_helpers import ARTICLES, attributed, speaker_names, speaker_of

from tui.core.figures import find_figures
from tui.core.statements import find_statements


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Stijn Adler of Norrland Bank forecast a fall of 5% next year.",
            "Stijn Adler",
            "Norrland Bank",
        ),
        ("Kai Munro of Harlow Markets said exports would fall.", "Kai Munro", "Harlow Markets"),
        ("Exports would fall, said Oren Vasko of Brisel Capital.", "Oren Vasko", "Brisel Capital"),
        (
            "Kai Munro of Fellgate Partners said exports would fall.",
            "Kai Munro",
            "Fellgate Partners",
        ),
        ("Tom Hale of Harlow Markets said exports would fall.", "Tom Hale", "Harlow Markets"),
    ],
)
def test_a_full_name_of_a_body_is_a_person_of_that_body(text: str, name: str, role: str):
    # a given name the lists don't know: the "of" and the body still tell a person
    assert speaker_of(text) == (name, "person", role)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Royal Bank of Lodan said exports would fall.", "Royal Bank of Lodan", "organization"),
        ("The Bank of Lodan said exports would fall.", "Bank of Lodan", "organization"),
        ("Fellgate Partners said exports would fall.", "Fellgate Partners", "organization"),
        ("The Partners said exports would fall.", "The Partners", "group"),
        ("Senior partners said exports would fall.", "Senior partners", "group"),
    ],
)
def test_a_bodys_own_name_with_of_or_partners_stays_the_bodys(text: str, name: str, kind: str):
    assert speaker_of(text)[:2] == (name, kind)


def test_a_place_of_a_country_is_no_person():
    assert speaker_of("Lodan Bay of Kestria said the port was shut.")[1] != "person"


@pytest.mark.parametrize(
    "text",
    [
        "Mora told state broadcaster KNT on Wednesday that the talks would resume.",
        "Mora told the news agency Velta last week that the talks would resume.",
        "Mora told public radio RNO on Friday that the talks would resume.",
        "Mora told state broadcaster KNT that the talks would resume.",
    ],
)
def test_an_outlet_named_after_its_noun_and_a_time_is_the_listener(text: str):
    [(content, _, cue)] = attributed(text)
    assert (content, cue) == ("the talks would resume", "told")


def test_an_outlets_name_before_a_time_and_no_that_is_left_as_it_was():
    # with no "that" the name may open the content ("told the network Ford would cut jobs")
    [(content, _, _)] = attributed("Mora told the network Ford would cut jobs on Friday.")
    assert content.startswith("Ford would cut jobs")


@pytest.mark.parametrize(
    "text",
    [
        "The union on Friday added 42 companies and 11 individuals to its sanctions list.",
        "The ministry added 12 firms and two banks to its export blacklist on Monday.",
        "Kovac added 18 points and nine rebounds.",
    ],
)
def test_quantities_joined_by_and_put_on_a_list_are_no_speech(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "She added 10 people and 5 others were hurt in the blast.",
            "10 people and 5 others were hurt in the blast",
        ),
        (
            "He added that 42 companies and 11 individuals were on the list.",
            "42 companies and 11 individuals were on the list",
        ),
    ],
)
def test_quantities_joined_by_and_before_a_verb_are_reported(text: str, content: str):
    [(found, _, cue)] = attributed(text)
    assert (found, cue) == (content, "added")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Imports slipped, the General Administration of Customs said.",
            "General Administration of Customs",
        ),
        ("The General Directorate of Trade said imports slipped.", "General Directorate of Trade"),
        ("The Lodan Directorate of Exports said imports slipped.", "Lodan Directorate of Exports"),
    ],
)
def test_general_before_a_bodys_word_opens_the_bodys_name(text: str, name: str):
    assert speaker_of(text) == (name, "organization", None)


def test_general_before_a_name_stays_a_rank():
    assert speaker_of("Imports slipped, General Tom Hale said.") == (
        "Tom Hale",
        "person",
        "General",
    )


@pytest.mark.parametrize(
    ("text", "last"),
    [
        (
            "A Lodan official said the tone was cool. The official said no tariff would go. "
            "Mora said the fund would grow. A customs official in Marel said mills had shut. "
            "The official said more would close.",
            "A customs official in Marel",
        ),
        (
            "A source said the deal was near. The source said it was signed. Another source "
            "said it was not. The source added that talks went on.",
            "Another source",
        ),
    ],
)
def test_the_anonymous_head_again_is_the_one_brought_in_last(text: str, last: str):
    assert speaker_names(text)[-1] == last


def test_the_anonymous_head_again_with_no_other_brought_in_stays_the_first():
    text = (
        "A Lodan official said the tone was cool. The official said no tariff would go. "
        "Mora said the fund would grow. The official said talks would go on."
    )
    assert speaker_names(text) == [
        "A Lodan official",
        "A Lodan official",
        "Mora",
        "A Lodan official",
    ]


def _units(text: str) -> list[tuple[float, str | None, str]]:
    return [(f.value, f.unit, f.kind) for f in find_figures(text)]


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            "The duties would cut 0.4 percentage point off growth and add 0.1 point to prices.",
            (0.1, "percentage point", "percent"),
        ),
        (
            "Lodan's rate rose 1.5 percentage points, and Kell's about 0.5 point.",
            (0.5, "percentage point", "percent"),
        ),
    ],
)
def test_a_point_after_percentage_points_in_its_sentence_is_one_too(text: str, second: tuple):
    assert _units(text)[1] == second


def test_a_point_after_percentage_points_in_another_sentence_is_left():
    text = "The rate rose 0.3 percentage points. The index fell 1 point."
    assert _units(text)[1][1] != "percentage point"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "It began with a 2021 probe by Mora's predecessor, which found that mills dumped.",
            "a 2021 probe by Mora's predecessor",
        ),
        (
            "It follows an audit by Ana Brel, which found that duties went unpaid.",
            "an audit by Ana Brel",
        ),
    ],
)
def test_which_after_a_documents_agent_is_the_document(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "document")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The data came from the customs office, which said exports fell.", "the customs office"),
        ("It was a speech by Ana Brel, which said exports fell.", "Ana Brel"),
    ],
)
def test_which_after_no_documents_agent_is_left(text: str, name: str):
    assert speaker_of(text)[0] == name


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Lodan raises duties on steel, Kestria vows retaliation", "retaliation"),
        ("Kestria vowed retaliation after the tariff rise.", "retaliation after the tariff rise"),
        ("Mill owners threaten closures over duties", "closures over duties"),
    ],
)
def test_a_pledge_of_one_bare_noun_is_its_content(text: str, content: str):
    # not the clause before the comma, which the pledge does not report
    [(found, _, _)] = attributed(text)
    assert found == content


@pytest.mark.parametrize(
    "text",
    ["Duties will fall, he vowed again.", "Duties will fall, she promised on Monday."],
)
def test_a_pledge_after_its_clause_with_only_circumstances_reports_the_clause(text: str):
    [(found, _, _)] = attributed(text)
    assert found == "Duties will fall"


def _acts(text: str) -> list[str]:
    return [s.act for s in find_statements(text)[1]]


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Exporters vow consequences.", "speech"),
        ("Farm groups pledge support for the talks.", "speech"),
        ("Exporters vow to fight the duties.", "stance"),
    ],
)
def test_a_bare_pledge_verb_with_a_noun_object_is_speech(text: str, act: str):
    assert _acts(text) == [act]


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Lodan condemned the ruling.", "stance"),
        ("Leaders denounce Kestrian missile test", "stance"),
        ("Lodan condemned the ruling as reckless and unlawful.", "speech"),
        ("Lodan welcomed the decision as a victory for exporters.", "speech"),
        ("Lodan welcomed the decision.", "stance"),
    ],
)
def test_disapproving_of_an_event_is_a_stance_unless_judged_as_something(text: str, act: str):
    assert _acts(text) == [act]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Nine banks are listed, according to the union's official journal.",
            "the union's official journal",
        ),
        ("Nine banks are listed, the government gazette said.", "the government gazette"),
        ("Nine banks are listed, according to the official bulletin.", "the official bulletin"),
    ],
)
def test_a_governments_official_publication_is_a_document(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "document")


def test_a_gazette_by_its_name_stays_an_outlet():
    assert speaker_of("Nine banks are listed, the Lodan Gazette said.")[1] == "media"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Nine banks are listed, the bulletin said.", "the bulletin"),
        ("A ministry bulletin said nine banks are listed.", "A ministry bulletin"),
    ],
)
def test_a_bulletin_is_a_document(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "document")


@pytest.mark.parametrize(
    "text",
    [
        "The envoys held a phone call on Tuesday to discuss the duties.",
        "Mora and Brel agreed in a video call on Friday to restart talks.",
    ],
)
def test_a_phone_call_on_a_day_is_no_call_on_anyone(text: str):
    assert attributed(text) == []


def test_calling_on_someone_is_still_a_cue():
    [(content, speaker, cue)] = attributed("Exporters call on the ministry to cut duties.")
    assert (content, speaker.name if speaker else None, cue) == (
        "the ministry to cut duties",
        "Exporters",
        "call on",
    )


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        (
            "Mora agreed on Tuesday to restart talks, according to a statement.",
            "Mora agreed on Tuesday to restart talks",
            "according to",
        ),
        (
            "Mora promised on Friday to hold a vote on the duties.",
            "to hold a vote on the duties",
            "promised",
        ),
    ],
)
def test_a_time_then_an_infinitive_is_no_venue(text: str, content: str, cue: str):
    [(found, _, found_cue)] = attributed(text)
    assert (found, found_cue) == (content, cue)


def test_a_venue_after_a_prepositions_to_is_still_one():
    text = "Mora said in reply to a letter from exporters that the duties would stay."
    [(found, _, _)] = attributed(text)
    assert found == "the duties would stay"


def _article(slug: str) -> list[tuple[str, str | None, str | None, str | None]]:
    text = (ARTICLES / f"{slug}.txt").read_text(encoding="utf-8")
    return [
        (content, cue, s.name if s else None, s.kind if s else None)
        for content, s, cue in attributed(text)
    ]


def test_the_tariff_story_keeps_its_listeners_and_documents_apart():
    found = _article("trade-tariff-hike")
    by_cue = {(cue, name, kind) for _, cue, name, kind in found}
    assert ("found", "a 2019 investigation by Fenwarth's predecessor", "document") in by_cue
    assert not any(content.startswith("state broadcaster") for content, *_ in found)
    assert not any(content.startswith("Valdoria raises") for content, *_ in found)


def test_the_sanctions_story_lists_no_listing_as_speech():
    found = _article("trade-sanctions-list")
    assert all(cue != "added" for _, cue, _, _ in found)
    assert ("according to", "the union's official journal", "document") in {
        (cue, name, kind) for _, cue, name, kind in found
    }


def test_the_export_story_names_its_bodies_and_analysts():
    found = _article("trade-export-figures")
    names = {(name, kind) for _, _, name, kind in found}
    assert ("General Administration of Customs", "organization") in names
    assert ("Stijn Adler", "person") in names
    last_official = [name for content, _, name, _ in found if content.startswith("Some owners")]
    assert last_official == ["A trade official in the coastal province of Marel"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The rule faces a lawsuit by the Dorran Growers Guild, which said the rule was unfair.",
            "Dorran Growers Guild",
        ),
        (
            "The plant drew a complaint by the union, which says it speaks for 900 staff.",
            "the union",
        ),
    ],
)
def test_which_saying_after_a_documents_agent_is_the_agent(text: str, name: str):
    assert speaker_of(text)[0] == name


def test_which_concluding_after_a_documents_agent_is_the_document():
    text = "It follows a review by the port office, which concluded that the fees were fair."
    assert speaker_of(text)[:2] == ("a review by the port office", "document")


@pytest.mark.parametrize(
    "text",
    [
        "Banco Rivera of Lisbon said profits fell.",
        "Norsk Varde of Bergen said orders slowed.",
    ],
)
def test_two_name_shaped_words_of_a_place_are_no_person(text: str):
    assert speaker_of(text)[1] != "person"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Joren Vlast of Tessel Bank said rates would rise.", "Joren Vlast"),
        ("Maria Kolbe of Lisbon said the port was busy.", "Maria Kolbe"),
    ],
)
def test_a_full_name_of_a_body_or_with_a_known_given_name_is_a_person(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "person")


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("The guild welcomed the ruling as well as the new tariff.", "stance"),
        ("Exporters welcomed the deal as expected.", "stance"),
        ("Farmers condemned the decision as soon as it was announced.", "stance"),
        ("The guild welcomed the ruling as overdue.", "speech"),
        ("Exporters condemned the levy as a tax on jobs.", "speech"),
    ],
)
def test_as_in_a_fixed_phrase_is_no_judgement_of_the_object(text: str, act: str):
    assert _acts(text) == [act]
