"""Wildlife, conservation and environment news as a new analyst reads it: constructions found
by trying whosaid on invented stories of an elephant census, an ivory seizure and a mining
company accused of poisoning a river (in tests/data/speakers/), each tested here on other
invented sentences."""

from pathlib import Path

import pytest
from extraction_helpers import attributed, contents, speaker_of

from tui.core.figures import find_figures
from tui.core.statements import find_statements


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Senior ranger Ido Mbatha said the herd was safe.", "Ido Mbatha", "Senior ranger"),
        ("Ornithologist Lena Frisk said the cranes were late.", "Lena Frisk", "Ornithologist"),
        ("The park's vet, Sami Koroma, said the calf would live.", "Sami Koroma", "park's vet"),
        (
            "Gamekeeper Rob Tait told the inquiry the traps were legal.",
            "Rob Tait",
            "Gamekeeper",
        ),
        ("Veteran herder Musa Dube said the grass was gone.", "Musa Dube", "Veteran herder"),
    ],
)
def test_people_of_wildlife_and_land_are_roles_not_names(text: str, name: str, role: str):
    assert speaker_of(text) == (name, "person", role)


def test_a_plural_in_men_before_a_place_stays_a_group_of_its_own_word():
    [(_, speaker, _)] = attributed("Fishermen in the delta say the eels are gone.")
    assert speaker is not None
    assert (speaker.name, speaker.kind) == ("Fishermen", "group")


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Another ranger, Ido Mbatha, said the herd was safe.", "ranger"),
        ("Ido Mbatha, another ranger, said the herd was safe.", "ranger"),
        ("Ana Lima, who coordinates the Rio Claro council, said fish died.", "coordinator"),
    ],
)
def test_a_role_drops_another_and_an_office_verb_gives_the_office(text: str, role: str):
    found = speaker_of(text)[2]
    assert found is not None
    assert found.split()[0] == role


def test_another_opening_an_unnamed_speaker_stays_in_its_name():
    text = "Another ranger, who asked not to be named, said the herd was safe."
    assert speaker_of(text)[:2] == ("Another ranger", "person")


def test_a_past_office_verb_gives_no_office():
    text = "Ana Lima, who coordinated the council until May, said fish died."
    assert speaker_of(text) == ("Ana Lima", "person", None)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Elder Lemayian ole Sankau said the well was dry.", "Lemayian ole Sankau"),
        ("Joseph arap Kiprono said the fence was cut.", "Joseph arap Kiprono"),
        ("Chief Peter ole Kasaine said the river was brown.", "Peter ole Kasaine"),
    ],
)
def test_east_african_particles_stay_inside_the_name(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "person")


def test_the_particle_opening_a_sentence_finds_the_named_person_again():
    text = (
        "Village chairman Parsimei ole Tipis said the herd had crossed. "
        "Ole Tipis said nobody had come to help."
    )
    speakers, statements = find_statements(text)
    assert [s.name for s in speakers] == ["Parsimei ole Tipis"]
    assert len(statements) == 2


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("A driver told police he had been paid to carry the crates.", "he had been paid"),
        ("The suspect told police that the tusks were not his.", "the tusks were not his"),
        ("A guide told police in Kasane she saw two trucks.", "she saw two trucks"),
        ("The farmer told police the lion had killed six goats.", "the lion had killed"),
        ("The woman told police Ruto had fled.", "Ruto had fled"),
    ],
)
def test_police_told_are_the_listeners_not_the_content(text: str, content: str):
    [found] = contents(text)
    assert found.startswith(content)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The union warned police would be overstretched.", "police would be overstretched"),
        ("The mayor said police had closed the road.", "police had closed the road"),
    ],
)
def test_police_before_a_verb_open_the_content(text: str, content: str):
    assert contents(text) == [content]


@pytest.mark.parametrize(
    "text",
    [
        "The Forest Rights Network said logging had doubled.",
        "The Coastal Justice Network said the spill was hidden.",
        "The Wetland Ranger Foundation said the birds were back.",
    ],
)
def test_a_network_or_body_named_for_its_cause_is_an_organization(text: str):
    assert speaker_of(text)[1] == "organization"


@pytest.mark.parametrize(
    "text",
    [
        "Cartoon Network said ratings rose.",
        "The Pacific Radio Network said ratings rose.",
        "Sun Sports Network said ratings rose.",
    ],
)
def test_a_broadcasters_network_stays_media(text: str):
    assert speaker_of(text)[1] == "media"


def test_a_body_named_for_its_cause_is_found_again_as_the_group():
    text = (
        "Exports rose, according to the Reef Watch Network, a monitoring group. "
        "The group said in a report that traders hid shells in sacks."
    )
    names = [s.name if s else None for _, s, _ in attributed(text)]
    assert names == ["Reef Watch Network", "Reef Watch Network"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Four men were charged, according to the charge sheet filed at the court on Friday.",
            "the charge sheet",
        ),
        ("The charge sheet says the men forged permits.", "The charge sheet"),
        ("A fact sheet released on Monday says 40 rhinos died.", "A fact sheet"),
    ],
)
def test_a_sheet_is_a_document(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "document")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ('Kola Verde said in a statement that it "follows every rule".', "organization"),
        ('Kola Verde said it "follows every rule" at its sites.', "organization"),
        ('Rosa Meli said she "followed every rule".', "person"),
    ],
)
def test_a_pronoun_opening_reported_speech_with_a_quoted_phrase_tells_the_kind(
    text: str, kind: str
):
    assert speaker_of(text)[1] == kind


def test_the_company_found_so_is_the_later_company():
    text = (
        "Elders accused the miner Kola Verde of fouling the lake. "
        'Kola Verde said in a statement that it "follows every rule". '
        "The company said it had never used cyanide."
    )
    names = [s.name if s else None for _, s, _ in attributed(text)]
    assert names[1:] == ["Kola Verde", "Kola Verde"]


def _figures(text: str) -> list[tuple[str, str | None, str | None, str]]:
    """(text, unit, subject, kind) of each figure in `text`."""
    return [(text[f.span[0] : f.span[1]], f.unit, f.subject, f.kind) for f in find_figures(text)]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The reserve spans 3,100 km² of bush.", ("3,100 km² of bush", "km²", "bush", "measure")),
        ("Rangers patrol the 950 km² delta.", ("950 km²", "km²", None, "measure")),
        ("Each pen is 40 m².", ("40 m²", "m²", None, "measure")),
    ],
)
def test_a_superscript_square_unit_is_a_measure(text: str, figure: tuple[str, str, str, str]):
    assert _figures(text) == [figure]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("They fenced a 1,200-square-kilometre plain.", "square-kilometre"),
        ("They fenced a 90-square-mile plain.", "square-mile"),
    ],
)
def test_a_hyphened_square_unit_before_a_noun_is_a_measure(text: str, unit: str):
    [(_, found, _, kind)] = _figures(text)
    assert (found, kind) == (unit, "measure")


def test_a_spaced_square_unit_keeps_its_subject():
    [figure] = _figures("The fire burned 40 square kilometres of forest.")
    assert figure[1:] == ("square kilometres", "forest", "measure")


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Agents found 38 kg of pangolin scales hidden in sacks.", "pangolin scales"),
        ("The ship carried 12 tonnes of rosewood bound for Lagos.", "rosewood"),
        ("Rangers recovered 14 kg of ivory stolen from the vault.", "ivory"),
        ("Divers caught 3 tonnes of abalone taken illegally.", "abalone"),
    ],
)
def test_an_irregular_participle_after_the_noun_ends_the_subject(text: str, subject: str):
    assert _figures(text)[0][2] == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Police found 500 hidden snares.", "hidden snares"),
        ("Police recovered four stolen rifles.", "stolen rifles"),
        ("The boat held 40 tonnes of frozen squid.", "frozen squid"),
    ],
)
def test_an_irregular_participle_before_the_noun_stays_in_the_subject(text: str, subject: str):
    assert _figures(text)[0][2] == subject


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("According to Ida Berg, the herd has shrunk by half.", "Ida Berg"),
        ("According to the Tana Index, the forest has lost 9% of its cover.", "Tana Index"),
        ("according to Ida Berg, the wetland dried out.", "Ida Berg"),
    ],
)
def test_the_clause_after_according_to_a_name_is_no_role(text: str, name: str):
    assert speaker_of(text)[0] == name
    assert speaker_of(text)[2] is None


def test_an_article_appositive_after_a_name_elsewhere_still_gives_the_role():
    text = "The prize went to Ida Berg, the warden of Tana. Berg said it was an honour."
    assert speaker_of(text) == ("Ida Berg", "person", "warden of Tana")


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The colony fell from 900 to about 350 pairs.", "pairs"),
        ("The herd grew from 300 to more than 450 elephants.", "elephants"),
        ("The flock shrank from 2,000 to roughly 700 birds in a decade.", "birds"),
    ],
)
def test_a_move_to_a_hedged_level_gives_its_unit_to_the_start(text: str, unit: str):
    assert [f[1] for f in _figures(text)] == [unit, unit]


def test_a_move_to_a_plain_level_stays_one_figure():
    assert _figures("The herd grew from 300 to 450 elephants.")[0][:2] == (
        "from 300 to 450 elephants",
        "elephants",
    )


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Nitrate in the creek reached 45 mg/L.", "mg per l"),
        ("Lead in the tap water reached 15 µg/L.", "µg per l"),
        ("Her glucose was 180 mg/dL.", "mg per dl"),
        ("Arsenic reached 0.3 mg per litre.", "mg per litre"),
    ],
)
def test_a_concentration_per_litre_in_its_symbol_is_a_rate(text: str, unit: str):
    assert [f[1] for f in _figures(text)] == [unit]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The community says the lake is poisoned.", "The community"),
        ("The Tariana community says the lake is poisoned.", "The Tariana community"),
        ("The tribe, which has fished there for centuries, says the lake is dying.", "The tribe"),
        ("The clan said the grazing land was theirs.", "The clan"),
    ],
)
def test_a_community_or_a_tribe_is_a_group(text: str, name: str):
    assert speaker_of(text) == (name, "group", None)


_ARTICLES = Path(__file__).parent / "data" / "speakers"


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        (
            "nature-elephant-census.txt",
            {("Joseph Wambua", "person", "Senior ranger"), ("Savanna Trust", "organization", None)},
        ),
        (
            "nature-ivory-seizure.txt",
            {
                ("the charge sheet", "document", None),
                ("Wildlife Justice Network", "organization", "monitoring group"),
                ("Saitoti ole Nkaissery", "person", "Community leader"),
            },
        ),
        (
            "nature-river-mining.txt",
            {
                ("Serra Dourada", "organization", None),
                ("Ngũgĩ Tsehay Alencar", "person", "leader"),
                ("Maria Wapichana", "person", "coordinator of the Tauá Indigenous Council"),
            },
        ),
    ],
)
def test_the_invented_articles_keep_their_speakers(
    article: str, expected: set[tuple[str, str, str | None]]
):
    speakers, _ = find_statements((_ARTICLES / article).read_text(encoding="utf-8"))
    assert expected <= {(s.name, s.kind, s.role) for s in speakers}


def test_the_invented_river_article_gives_the_company_its_later_statements():
    text = (_ARTICLES / "nature-river-mining.txt").read_text(encoding="utf-8")
    names = [s.name if s else None for _, s, _ in attributed(text)]
    assert "The company" not in names
    assert names.count("Serra Dourada") >= 5
