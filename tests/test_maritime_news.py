"""Shipping, ports and the sea as a new analyst reads them: constructions found by trying
whosaid on invented stories of a tanker seized in a strait, a dock strike at a container
port and a migrant boat's rescue (tests/data/speakers/maritime-*.txt), each tested here on
other invented sentences."""

from pathlib import Path

import pytest
from extraction_helpers import attributed, contents, named, speaker_of

from tui.core.figures import find_figures
from tui.core.speaker_kinds import TextEvidence
from tui.core.statements import find_statements


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The frigate was about 12 nautical miles off the cape.", 12.0),
        ("The channel is 4 nautical miles wide at its narrowest.", 4.0),
        ("The zone reaches 200 nautical miles from the coast.", 200.0),
        ("The dinghy drifted 3 sea miles overnight.", 3.0),
    ],
)
def test_nautical_miles_are_one_unit_of_measure(text: str, value: float):
    [figure] = find_figures(text)
    assert (figure.value, figure.kind) == (value, "measure")
    assert figure.unit is not None and figure.unit.endswith("miles")
    assert figure.unit != "miles"


def test_plain_miles_stay_miles():
    [figure] = find_figures("The convoy drove 40 miles to the border.")
    assert (figure.unit, figure.kind) == ("miles", "measure")


@pytest.mark.parametrize(
    "text",
    [
        "The freighter had 19 crew aboard, the ship's operator said.",
        "The vessel's manager said the crew were unharmed.",
        "The tanker’s owner said the cargo was insured.",
        "The ferry's operator said sailings would resume on Monday.",
    ],
)
def test_a_vessels_operator_or_owner_is_a_company(text: str):
    assert speaker_of(text)[1] == "organization"


@pytest.mark.parametrize(
    "text",
    [
        "The shop's owner said the crew were unharmed.",
        "The owner said the cargo was insured.",
        "The crane operator said the boom had snapped.",
    ],
)
def test_other_owners_and_operators_stay_people(text: str):
    assert speaker_of(text)[1] == "person"


def test_a_named_company_in_apposition_as_the_ships_operator_is_an_organization():
    text = "Brenna Shipping, the vessel's operator, said the crew were safe."
    assert speaker_of(text)[:2] == ("Brenna Shipping", "organization")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Four people were hurt, the Red Cross said.", "Red Cross"),
        ("The Sudanese Red Crescent said its volunteers were safe.", "Sudanese Red Crescent"),
        ("The Norwegian Red Cross said the camp was flooded.", "Norwegian Red Cross"),
    ],
)
def test_relief_movements_named_by_their_emblem_are_organizations(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "organization")


def test_a_person_surnamed_cross_stays_a_person():
    assert speaker_of("Helen Cross said the boat had sunk.")[:2] == ("Helen Cross", "person")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rates fell, according to the Harbin Bulk Freight Index.", "Harbin Bulk Freight Index"),
        ("Deaths rose, according to the Coastal Drownings Project.", "Coastal Drownings Project"),
        ("The Innocence Project said the man was freed.", "Innocence Project"),
    ],
)
def test_projects_and_indexes_are_named_whole(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "organization")


def test_a_place_before_its_preposition_and_its_is_no_company():
    # "skip Dunmore on its route": a port called at, so "the company" is the line that spoke
    text = (
        "Orsa Line said it would skip Dunmore on its Baltic route. "
        '"We had no choice," the company said.'
    )
    assert [name for _, name, _ in named(text)] == ["Orsa Line", "Orsa Line"]
    speakers, _ = find_statements(text)
    assert "Dunmore" not in [s.name for s in speakers]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Ships will skip Dunmore on its busiest days.", None),
        ("Cargo bound for Dunmore in its warehouses waited.", None),
        ("Dunmore cut its fees.", "organization"),
        ("Dunmore said on its website the fees were cut.", "organization"),
    ],
)
def test_only_a_name_before_a_verb_and_its_is_told_a_company(text: str, kind: str | None):
    assert TextEvidence(text).kind("Dunmore") == kind


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Survivors told rescue workers the raft had overturned.", "the raft had overturned"),
        ("The skipper told coast guard officers he had lost power.", "he had lost power"),
        ("She told aid workers that the smugglers were armed.", "the smugglers were armed"),
    ],
)
def test_a_listener_of_two_words_before_the_content_is_no_part_of_it(text: str, content: str):
    assert contents(text) == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("She warned aid workers would be evacuated.", "aid workers would be evacuated"),
        ("He told them local officials had lied.", "local officials had lied"),
    ],
)
def test_a_two_word_subject_after_a_cue_stays_in_the_content(text: str, content: str):
    assert contents(text) == [content]


@pytest.mark.parametrize(
    "text",
    [
        "The agency advised crews to keep a lookout and report any drones.",
        "Pilots were told to hold position and report their fuel.",
        "The navy ordered the tanker to stop and report its cargo.",
    ],
)
def test_a_bare_verb_joined_to_an_infinitive_is_no_cue(text: str):
    assert all(cue != "report" for _, _, cue in named(text))


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The union voted to strike and said talks had failed.", "said"),
        ("Officials continue to monitor the strait and say the risk is low.", "say"),
    ],
)
def test_a_main_verb_after_an_infinitive_stays_a_cue(text: str, cue: str):
    assert named(text)[-1][2] == cue


@pytest.mark.parametrize(
    "text",
    [
        "Some 80 boats sank, according to the Coastal Safety Project, compared with 50 last year.",
        "Some 80 boats sank, according to the ministry, up from 50 last year.",
        "Some 80 boats sank, said Ann Lee, down from 50 last year.",
    ],
)
def test_a_comparison_after_the_source_is_no_role(text: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.role is None


def test_an_appositive_after_the_source_stays_its_role():
    text = "Some 80 boats sank, according to Ann Lee, a harbour master."
    assert speaker_of(text) == ("Ann Lee", "person", "harbour master")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Fares rose, according to two shipbrokers in Oslo.", "two shipbrokers in Oslo"),
        ("Three dockers in Gdynia said the cranes were idle.", "Three dockers in Gdynia"),
        ("Stevedores in Vigo said the catch was poor.", "Stevedores in Vigo"),
        ("Rates doubled, according to brokers in Piraeus.", "brokers in Piraeus"),
    ],
)
def test_people_of_the_sea_in_a_place_are_a_group(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "group")


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ('"The swell was huge," said a fisherman, Ivo Maric.', "Ivo Maric", "fisherman"),
        ('"We unload by hand," said a longshoreman, Ray Coyle.', "Ray Coyle", "longshoreman"),
        ('"The gate is shut," said a docker, Pat Hogan.', "Pat Hogan", "docker"),
    ],
)
def test_people_of_the_sea_are_roles(text: str, name: str, role: str):
    assert speaker_of(text) == (name, "person", role)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The shipowners, represented by the Baltic Owners Council, said the offer was final.",
            "The shipowners",
        ),
        ("The pilots, led by their union, said the offer was poor.", "The pilots"),
        ("Mara Ilic, backed by the port board, said the berth was unsafe.", "Mara Ilic"),
    ],
)
def test_a_participle_and_its_agent_in_apposition_is_no_role(text: str, name: str):
    assert speaker_of(text)[0] == name
    assert speaker_of(text)[2] is None


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Mara Ilic, a pilot by training, said the berth was unsafe.", "pilot by training"),
        ("Mara Ilic, the harbour master, said the berth was unsafe.", "harbour master"),
    ],
)
def test_a_role_in_apposition_stays_a_role(text: str, role: str):
    assert speaker_of(text)[2] == role


@pytest.mark.parametrize(
    "text",
    [
        "The port said the berths were full.",
        "The airport said the runway had reopened.",
        "The shipping line said its vessels would skip the canal.",
        "The cruise line said passengers would be refunded.",
        "The terminal operator said the cranes were idle.",
    ],
)
def test_ports_and_lines_by_their_common_noun_are_organizations(text: str):
    assert speaker_of(text)[1] == "organization"


@pytest.mark.parametrize(
    "text",
    [
        "The crane operator said the boom had snapped.",
        "The harbour pilot said the channel was silted.",
    ],
)
def test_people_working_a_port_stay_people(text: str):
    assert speaker_of(text)[1] == "person"


def test_the_port_after_its_authority_is_the_authority():
    text = "The Tarrow Port Authority said 40 ships waited. The port said the queue would grow."
    assert [name for _, name, _ in named(text)] == ["Tarrow Port Authority"] * 2


def test_the_shipping_line_after_a_named_line_is_that_line():
    text = "Osk Line said it would divert ships. The shipping line said fares would rise."
    assert [name for _, name, _ in named(text)] == ["Osk Line", "Osk Line"]


ARTICLES = Path(__file__).parent / "data" / "speakers"


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        (
            "maritime-tanker-seized.txt",
            {
                ("the ship's operator", "organization"),
                ("Ambrey", "organization"),
                ("two insurance brokers in London", "group"),
                ("Guy Ormond", "person"),
            },
        ),
        (
            "maritime-port-strike.txt",
            {
                ("Dennis Varga", "person"),
                ("Halvard Port Authority", "organization"),
                ("Nordvik Line", "organization"),
                ("Drewry World Container Index", "organization"),
                ("Helen Aas", "person"),
            },
        ),
        (
            "maritime-migrant-rescue.txt",
            {
                ("UN migration agency", "organization"),
                ("Italian coast guard", "organization"),
                ("Lena Vogt", "person"),
                ("Red Cross", "organization"),
                ("Aminata", "person"),
            },
        ),
    ],
)
def test_the_invented_maritime_articles_name_their_speakers(
    article: str, expected: set[tuple[str, str]]
):
    speakers, _ = find_statements((ARTICLES / article).read_text(encoding="utf-8"))
    assert expected <= {(s.name, s.kind) for s in speakers}
    assert "Halvard" not in {s.name for s in speakers}
    assert not any(s.role and s.role.startswith(("represented", "compared")) for s in speakers)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ('"We swam," said Idris, a 17-year-old from Eritrea.', "17-year-old from Eritrea"),
        ("Sekou, a 22-year-old from Mali, said the raft sank.", "22-year-old from Mali"),
    ],
)
def test_an_age_as_the_noun_of_its_complement_stays_in_the_role(text: str, role: str):
    assert speaker_of(text)[2] == role


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ('"We swam," said Idris, a 17-year-old deckhand.', "deckhand"),
        ("Sekou, 22, of Bamako, said the raft sank.", None),
    ],
)
def test_an_age_before_a_role_noun_is_dropped(text: str, role: str | None):
    assert speaker_of(text)[2] == role


def test_a_boats_owner_may_be_a_person():
    text = "The boat's owner, a fisherman from Looe, said the engine failed."
    speakers, _ = find_statements(text)
    assert [(s.kind, s.role) for s in speakers] == [("person", "fisherman from Looe")]


def test_a_role_with_by_after_it_stays_a_role():
    speakers, _ = find_statements("Ann Lee, lawyer by training, said the deal was fair.")
    assert [s.role for s in speakers] == ["lawyer by training"]
