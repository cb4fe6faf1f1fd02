"""Mining and resources news as a new analyst reads it: constructions found by trying
whosaid on invented stories of a tailings spill at a gold mine, a copper royalty fight and a
lithium miner's cuts filed to the exchange (in tests/data/speakers/), each tested here on
other invented sentences."""

import pytest
from extraction_helpers import (
    ARTICLES,
    acts_and_contents,
    attributed,
    speaker_names,
    speaker_of,
    unmet_speakers,
)

from tui.core.figures import find_figures
from tui.core.statements import find_statements


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Vedra Mining plc said on Monday that output fell.", "Vedra Mining plc"),
        ("Tesora Gold plc, the largest producer, said costs rose.", "Tesora Gold plc"),
        ("“Costs rose,” said Tesora Gold plc.", "Tesora Gold plc"),
    ],
)
def test_a_company_with_a_lower_case_plc_speaks(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "organization")


def test_the_company_after_a_plc_is_that_company():
    text = "Vedra Mining plc said output fell. The company said prices were low."
    assert speaker_names(text) == ["Vedra Mining plc", "Vedra Mining plc"]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Australian nickel producer Baroota Metals Ltd said it would shut a mill.",
            "Baroota Metals Ltd",
            "Australian nickel producer",
        ),
        (
            "Gold miner Sankofa Resources Ltd said grades fell.",
            "Sankofa Resources Ltd",
            "Gold miner",
        ),
        (
            "The zinc smelter Ostrava Metals plc said power cost more.",
            "Ostrava Metals plc",
            "zinc smelter",
        ),
    ],
)
def test_a_trade_before_a_legally_suffixed_name_is_its_role(text: str, name: str, role: str):
    assert speaker_of(text) == (name, "organization", role)


@pytest.mark.parametrize(
    "text",
    [
        "Coal miner Tomas Ruiz said the shaft flooded.",
        "Texas AG Lena Hart said the law was void.",
    ],
)
def test_a_person_after_a_trade_stays_a_person(text: str):
    assert speaker_of(text)[1] == "person"


@pytest.mark.parametrize(
    "venue",
    [
        "In a filing to the ASX, the company",
        "In a statement to the JSE, the company",
        "In an announcement to the London Stock Exchange, the company",
    ],
)
def test_the_exchange_a_filing_went_to_is_not_the_company(venue: str):
    text = f"Redhill Minerals Ltd said it would cut jobs. {venue} said prices fell."
    assert speaker_names(text) == ["Redhill Minerals Ltd", "Redhill Minerals Ltd"]


def test_a_company_named_as_a_subject_is_still_the_company():
    text = (
        "Redhill Minerals Ltd said it would cut jobs. "
        "Orbis Mining Ltd bought the mine, the company said."
    )
    assert speaker_names(text)[1] == "Orbis Mining Ltd"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Mali's Mines Minister, Issa Traore, said the permits were valid.",
            "Issa Traore",
            "Mali's Mines Minister",
        ),
        (
            "New South Wales's Resources Minister, Kate Moyle, said the levy stays.",
            "Kate Moyle",
            "New South Wales's Resources Minister",
        ),
        (
            "Acme's Chief Geologist, Ravi Menon, said the seam was thin.",
            "Ravi Menon",
            "Acme's Chief Geologist",
        ),
        (
            "The Mines Minister, Issa Traore, said the permits were valid.",
            "Issa Traore",
            "Mines Minister",
        ),
    ],
)
def test_a_possessed_capitalised_title_before_a_name_is_its_role(text: str, name: str, role: str):
    assert speaker_of(text) == (name, "person", role)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Minister of Lands and Natural Resources Kojo Asante said the licence was void.",
            "Kojo Asante",
            "Minister of Lands and Natural Resources",
        ),
        (
            "Minister of Mines and Energy Lucia Pardo said the licence was void.",
            "Lucia Pardo",
            "Minister of Mines and Energy",
        ),
        (
            "Minister of Petroleum Femi Ade said the licence was void.",
            "Femi Ade",
            "Minister of Petroleum",
        ),
    ],
)
def test_an_office_of_joined_domains_before_a_name_is_its_role(text: str, name: str, role: str):
    assert speaker_of(text) == (name, "person", role)


def test_two_names_joined_still_speak_together():
    assert speaker_of("Kojo Asante and Lucia Pardo said the licence was void.")[:2] == (
        "Kojo Asante and Lucia Pardo",
        "group",
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Miners working in the region's Goldbelt warned that jobs would go.",
            "Miners working in the region's Goldbelt",
        ),
        (
            "Farmers living near Peru's Rio Seco said the water was brown.",
            "Farmers living near Peru's Rio Seco",
        ),
        (
            "Families living in Western Australia's Pilbara said the water was brown.",
            "Families living in Western Australia's Pilbara",
        ),
    ],
)
def test_people_at_a_possessed_place_are_the_speakers_not_the_place(text: str, name: str):
    assert speaker_of(text) == (name, "group", None)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The pit flooded on Monday, local chiefs and an aid group said on Tuesday.",
            "local chiefs and an aid group",
        ),
        (
            "Residents and the district council said the road was shut.",
            "Residents and the district council",
        ),
        (
            "The slope gave way, witnesses and a police officer said.",
            "witnesses and a police officer",
        ),
        ("The company and the union said talks failed.", "The company and the union"),
    ],
)
def test_a_bare_plural_joined_to_a_determined_phrase_speaks_as_a_group(text: str, name: str):
    assert speaker_of(text) == (name, "group", None)


def test_a_plural_object_before_and_ends_no_joined_subject():
    text = "He met the miners and the chief said the road was shut."
    assert speaker_of(text)[0] == "the chief"


@pytest.mark.parametrize("place", ["Western Australia", "Queensland", "Ghana"])
def test_the_company_after_its_mines_place_is_the_company(place: str):
    text = (
        f"Baroota Metals Ltd said it would shut its mine in {place}. The company said prices fell."
    )
    assert speaker_names(text) == ["Baroota Metals Ltd", "Baroota Metals Ltd"]


@pytest.mark.parametrize(
    "text",
    [
        "“Costs are too high,” managing director Ruth Okafor said.",
        "Costs are too high, managing director Ruth Okafor said.",
        "“Costs are too high,” said managing director Ruth Okafor.",
    ],
)
def test_a_participle_naming_a_role_opens_a_subject_after_a_comma(text: str):
    [(_, speaker, cue)] = attributed(text)
    assert speaker is not None
    assert (speaker.name, speaker.role, cue) == ("Ruth Okafor", "managing director", "said")


def test_a_participle_after_a_preposition_names_no_role():
    assert speaker_of("After meeting officials, the director said costs fell.")[0] == "the director"


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Village elders welcomed the mining bill.", "stance"),
        ("The chamber hailed the new royalty law.", "stance"),
        ("Miners welcomed the decision.", "stance"),
        ("The union welcomed the miners home.", "speech"),
        ("The mining bill was hailed as a breakthrough by chiefs.", "speech"),
    ],
)
def test_approving_a_bill_or_a_law_is_a_stance(text: str, act: str):
    [(found, _)] = acts_and_contents(text)
    assert found == act


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("The royalty law was welcomed by village elders.", "stance"),
        ("The smelter plan was praised by the chamber.", "stance"),
        ("The tailings ruling was welcomed by the families.", "stance"),
        ("The royalty law was hailed as a turning point by the chamber.", "speech"),
    ],
)
def test_approving_a_bill_in_the_passive_is_a_stance_too(text: str, act: str):
    [(found, _)] = acts_and_contents(text)
    assert found == act


@pytest.mark.parametrize(
    ("text", "surface", "unit", "kind"),
    [
        ("Drilling hit 12 metres at 4.8 g/t gold.", "4.8 g/t", "g/t", "measure"),
        ("The mine poured 215 koz of gold.", "215 koz of gold", "koz", "measure"),
        ("The plant treats 7 Mtpa of ore.", "7 Mtpa of ore", "Mtpa", "measure"),
        (
            "The pipe recovered 95,000 carats of diamonds.",
            "95,000 carats of diamonds",
            "carats",
            "measure",
        ),
        ("The road will cost 3.2 billion soles.", "3.2 billion soles", "soles", "money"),
        ("Diesel costs 40 kwanza a litre.", "40 kwanza a litre", "kwanza per litre", "money"),
    ],
)
def test_the_mines_units_and_currencies(text: str, surface: str, unit: str, kind: str):
    found = {text[f.span[0] : f.span[1]]: f for f in find_figures(text)}
    assert surface in found
    assert (found[surface].unit, found[surface].kind) == (unit, kind)


def test_a_glued_capital_letter_is_no_tonne():
    text = "The 3 T-shirts cost 5 soles each."
    assert [f.unit for f in find_figures(text)] == ["T-shirts", "soles"]


def test_including_before_a_title_is_no_part_of_its_holders_role():
    text = (
        "Some chiefs, including Chief Kofi Mensah of Obuasi, opposed the mine. "
        "Mensah said it must close."
    )
    speakers, _ = find_statements(text)
    assert [s.role for s in speakers if s.name == "Kofi Mensah"] == ["Chief"]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Kgosi Tebogo Pilane said the royalties were late.", "Tebogo Pilane", "Kgosi"),
        ("Inkosi Bhekani Ngcobo said the land was theirs.", "Bhekani Ngcobo", "Inkosi"),
        ("Induna Themba Khumalo said the village would resist.", "Themba Khumalo", "Induna"),
        ("Mme Palesa Mokoena said the wages were owed.", "Palesa Mokoena", "Mme"),
    ],
)
def test_southern_african_honorifics_are_titles(text: str, name: str, role: str):
    assert speaker_of(text) == (name, "person", role)


def test_the_chief_after_a_kgosi_is_the_kgosi():
    text = "Kgosi Tebogo Pilane said the royalties were late. “We want our share,” the chief said."
    assert speaker_names(text) == ["Tebogo Pilane", "Tebogo Pilane"]


@pytest.mark.parametrize(
    ("text", "name", "kind", "role"),
    [
        ("Coal miner Tomas Ruiz said the shaft flooded.", "Tomas Ruiz", "person", "Coal miner"),
        ("Prospector Ann Vale said the claim was hers.", "Ann Vale", "person", "Prospector"),
        (
            "Gold miner Orbis Resources said output fell.",
            "Orbis Resources",
            "organization",
            "Gold miner",
        ),
        (
            "Copper miner Vedra Mining said output fell.",
            "Vedra Mining",
            "organization",
            "Copper miner",
        ),
        ("Steve Miner said the film was late.", "Steve Miner", "person", None),
    ],
)
def test_the_mines_trades_before_a_name_are_roles(
    text: str, name: str, kind: str, role: str | None
):
    assert speaker_of(text) == (name, kind, role)


@pytest.mark.parametrize(
    ("opening", "name"),
    [
        ("Gold miner Orbis Resources Ltd said output fell.", "Orbis Resources Ltd"),
        ("Gold miner Orbis Resources said output fell.", "Orbis Resources"),
        ("“It was dark,” said Tom Bale, a miner at the pit.", "Tom Bale"),
    ],
)
def test_the_miner_after_a_named_miner_is_that_one(opening: str, name: str):
    text = f"{opening} The miner said prices were low."
    assert speaker_names(text) == [name, name]
    assert len(find_statements(text)[0]) == 1


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "mining-tailings-spill.txt",
            [
                ("local chiefs and an environmental group", "group", None),
                ("Kestrel Gold Ltd", "organization", None),
                ("Abena Osei-Bonsu", "person", "Minister of Lands and Natural Resources"),
                ("Daniel Ortiz de la Vega", "person", None),
            ],
        ),
        (
            "mining-copper-royalties.txt",
            [
                ("Miners operating in the country's Copperbelt", "group", None),
                ("Katanga Copper plc", "organization", None),
                ("Rui dos Santos", "person", "Katanga's chief executive"),
            ],
        ),
        (
            "mining-lithium-asx.txt",
            [
                ("Redhill Minerals Ltd", "organization", "Australian lithium producer"),
                ("David Kerr", "person", "Western Australia's Mines Minister"),
                ("Sarah Whitcombe", "person", "managing director"),
            ],
        ),
    ],
)
def test_the_invented_articles_keep_their_speakers(
    name: str, expected: list[tuple[str, str, str | None]]
):
    speakers, _ = find_statements((ARTICLES / name).read_text(encoding="utf-8"))
    assert unmet_speakers(speakers, expected) == []
    assert all(s.name not in {"ASX", "Western Australia", "Copperbelt"} for s in speakers)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Output was 4.2 Mt last year.", "4.2 Mt"),
        ("The stone weighed 120 ct.", "120 ct"),
    ],
)
def test_a_unit_in_lower_case_letters_is_no_time_zone(text: str, surface: str):
    assert [text[f.span[0] : f.span[1]] for f in find_figures(text)] == [surface]


@pytest.mark.parametrize("text", ["The call starts at 4 ET.", "Markets open at 9 MT."])
def test_a_time_zone_in_capitals_still_makes_an_hour(text: str):
    assert find_figures(text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # "CT"/"MT" with no hour's preposition before: a unit, or a name before a noun
        ("The barge carried 30,000 MT of coal.", [("30,000 MT of coal", "MT", "measure")]),
        ("Nurses ran 4 CT scans.", [("4 CT scans", "scans", "count")]),
        ("Police found 5 DMT users.", [("5 DMT users", "users", "count")]),
        # karats before a precious metal: a purity, no mass
        ("She wore a 14kt gold ring.", []),
        ("The 9ct silver chain was stolen.", []),
        # a common noun before "soles": shoes' soles, counted per year
        (
            "The plant makes 3 million leather soles a year.",
            [("3 million leather soles a year", "soles per year", "count")],
        ),
        # near misses: the units the mines use stay units
        ("The smelter bought 2,000 dmt of ore.", [("2,000 dmt of ore", "dmt", "measure")]),
        ("The stone weighed 9 ct in all.", [("9 ct", "ct", "measure")]),
        (
            "The bank held 5 million Tokaru soles.",
            [("5 million Tokaru soles", "Tokaru soles", "money")],
        ),
    ],
)
def test_a_mines_abbreviation_naming_a_thing_is_no_unit(
    text: str, found: list[tuple[str, str, str]]
):
    assert [(text[f.span[0] : f.span[1]], f.unit, f.kind) for f in find_figures(text)] == found


@pytest.mark.parametrize("text", ["The briefing starts at 3 CT.", "Polls close by 8 MT."])
def test_a_zone_that_is_also_a_unit_makes_an_hour_after_at_or_by(text: str):
    assert find_figures(text) == []


@pytest.mark.parametrize(
    ("text", "named"),
    [
        # the capital that opens the sentence names nobody
        ("Villagers and a church group said the river was poisoned.", False),
        ("Miners and the union said the shaft was unsafe.", False),
        ("On Monday, miners and the union said the shaft was unsafe.", False),
        # near-miss: a name after the sentence's first word
        ("Miners and the Tessaly Union said the shaft was unsafe.", True),
    ],
)
def test_joined_subjects_opening_a_sentence_are_named_only_by_a_name(text: str, named: bool):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.kind == "group" and speaker.named is named
