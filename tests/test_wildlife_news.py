"""Wildlife and animal-welfare news as a new analyst reads it: constructions found by trying
whosaid on invented stories of grizzlies closing trails, a zoo keeping its last elephant and a
cut sockeye quota (in tests/data/speakers/), each tested here on other invented sentences."""

import pytest
from extraction_helpers import ARTICLES, attributed, contents, missing_speakers, speaker_of

from tui.core.statements import find_statements
from tui.core.text import article_sentences


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("“The herd is fine,” he said. “The calf isn’t.”", "The calf isn’t"),
        ('"The trail is open," she said. "The lake can\'t be."', "The lake can't be"),
        ("Ross said the fault was the warden's.", "the fault was the warden's"),
        ("Ana said the worst week was last May's.", "the worst week was last May's"),
    ],
)
def test_a_content_ending_in_a_contraction_or_possessive_loses_its_full_stop(
    text: str, content: str
):
    assert contents(text)[-1].endswith(content)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Lee said the plan came from J. R. R.", "the plan came from J. R. R."),
        ("Ross said the deer ran at 60 km/h.", "the deer ran at 60 km/h"),
    ],
)
def test_an_initial_keeps_its_period_and_a_unit_loses_it(text: str, content: str):
    assert contents(text)[-1] == content


@pytest.mark.parametrize(
    "text",
    [
        "The ranger said it isn't. Hikers went home.",
        "“We won’t.” Park staff closed the gate.",
        "The bear was the warden's. Nobody argued.",
    ],
)
def test_a_sentence_ending_in_a_contraction_or_possessive_ends_there(text: str):
    assert len(article_sentences(text)) == 2


def test_an_initial_before_a_name_still_joins_its_sentence():
    assert len(article_sentences("The report by J. Smith came out. It was late.")) == 2


@pytest.mark.parametrize(
    "text",
    [
        "A note from Dara O'K. Quinn reached the warden. It was late.",
        "The tag read 'R. Moss' on the gate. It was late.",
        "The file from 'T. Lark arrived at the lodge. It was late.",
    ],
)
def test_a_capital_initial_after_an_apostrophe_joins_its_sentence(text: str):
    # a contraction's or possessive's letter is in lower case; a capital one is an initial
    assert len(article_sentences(text)) == 2


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("In a written statement, the zoo said the tiger was calm.", "the zoo"),
        ("The aquarium said the beluga had eaten.", "The aquarium"),
        ("The Riverside Zoo said the tiger was calm.", "Riverside Zoo"),
        ("The bird sanctuary said the geese had left.", "The bird sanctuary"),
    ],
)
def test_who_keeps_animals_is_an_organization(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "organization")


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The zookeeper said the tiger was calm.", "The zookeeper", "person"),
        ("Zoos say the new rule is unfair.", "Zoos", "group"),
    ],
)
def test_a_keeper_stays_a_person_and_a_plural_a_group(text: str, name: str, kind: str):
    assert speaker_of(text)[:2] == (name, kind)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The provincial Ministry of Forestry and Parks said the trail would stay shut.",
            "Ministry of Forestry and Parks",
        ),
        (
            "The state Department of Fish and Wildlife said the season would open.",
            "Department of Fish and Wildlife",
        ),
        (
            "In a release, the federal Department of Fisheries and Oceans said the run was low.",
            "Department of Fisheries and Oceans",
        ),
    ],
)
def test_a_level_of_government_before_a_body_named_with_and_leaves_one_body(text: str, name: str):
    assert speaker_of(text) == (name, "organization", None)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The state Board of Elections and Ann Lee said it would.", "Ann Lee"),
        ("The state Board of Elections and Acme Corp said it would.", "Acme Corp"),
    ],
)
def test_a_person_or_a_body_after_the_and_is_no_part_of_the_name(text: str, name: str):
    assert speaker_of(text)[0] == name


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("“The den is empty,” said Ann Lee, the House Speaker.", "House Speaker"),
        ("“The den is empty,” said Ann Lee, a former aide to the President.", "former aide"),
        ("“The den is empty,” said Ann Lee, a lawyer with Wild Justice.", "lawyer with"),
        ("The ban was criticised by Ann Lee, a biologist who advised the King.", "biologist"),
    ],
)
def test_a_title_spelled_out_before_the_full_stop_ends_the_apposition(text: str, role: str):
    found = speaker_of(text)[2]
    assert found is not None
    assert found.startswith(role)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("“The den is empty,” said Gen. Ann Lee.", "Ann Lee", "Gen."),
        (
            "“The den is empty,” said Ann Lee, a ranger with Parks Canada.",
            "Ann Lee",
            "ranger with Parks Canada",
        ),
    ],
)
def test_an_abbreviated_title_keeps_its_period_and_other_names_end_as_before(
    text: str, name: str, role: str
):
    assert speaker_of(text) == (name, "person", role)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "The band's fish and wildlife director, Ruth Sampson, said the elk were back.",
            "band's fish and wildlife director",
        ),
        (
            "The city's parks and recreation manager, Omar Haddad, said the pond froze.",
            "city's parks and recreation manager",
        ),
        (
            "The zoo's health and welfare officer, Ines Moreau, said the lion was fed.",
            "zoo's health and welfare officer",
        ),
    ],
)
def test_two_domains_joined_before_a_role_noun_stay_in_the_role(text: str, role: str):
    assert speaker_of(text)[2] == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Tom Hale runs a hatchery. His wife and business partner, Ann Lee, said it works.",
            "Ann Lee",
            "business partner",
        ),
        ("Elk grazing near the lake and wardens said the herd was calm.", "wardens", None),
    ],
)
def test_a_kin_and_a_role_or_two_phrases_stay_apart(text: str, name: str, role: str | None):
    found = speaker_of(text)
    assert (found[0], found[2]) == (name, role)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The park's decision to shoot the bear, a young male named Boo, has angered hikers.",
            "to shoot the bear, a young male named Boo",
        ),
        (
            "The council's pledge to move the herd, the last in the valley, drew protests.",
            "to move the herd, the last in the valley",
        ),
        (
            "The aquarium's promise to free its orca, an old female called Kiska, was welcomed.",
            "to free its orca, an old female called Kiska",
        ),
    ],
)
def test_a_noun_set_off_by_commas_inside_an_intention_ends_before_the_sentence_verb(
    text: str, content: str
):
    assert contents(text) == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("His vow to rebuild the pens drew praise.", "to rebuild the pens"),
        (
            "The warden's warning that the trail, a steep one, was unsafe went unheeded.",
            "the trail, a steep one, was unsafe",
        ),
    ],
)
def test_an_intention_or_a_warning_without_an_apposition_ends_as_before(text: str, content: str):
    assert contents(text) == [content]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Aquarium at Pine Hollow said it could take the seal.", "Aquarium at Pine Hollow"),
        (
            "The Sanctuary at Ridgeway, which took two bears last year, said it had room.",
            "Sanctuary at Ridgeway",
        ),
        ("The University at Buffalo said the study would go on.", "University at Buffalo"),
    ],
)
def test_a_body_named_at_its_place_keeps_the_place_in_its_name(text: str, name: str):
    assert speaker_of(text) == (name, "organization", None)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Officials at Acme said the pens were clean.", "Officials at Acme", "group"),
        ("Ann Lee, a keeper at the Zoo at Elm Park, said it was calm.", "Ann Lee", "person"),
        ("The Aquarium at Easter said the otters were calm.", "Aquarium", "organization"),
        ("The Sanctuary at Christmas said gifts were up.", "Sanctuary", "organization"),
    ],
)
def test_people_at_a_place_stay_people(text: str, name: str, kind: str):
    assert speaker_of(text)[:2] == (name, kind)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A warden who patrolled the coast for years, and who asked not to be named "
            "because he still works there, said the seals were gone.",
            "A warden who patrolled the coast for years, and who asked not to be named",
        ),
        (
            "Two guides who lost their licences, and who declined to be named because they "
            "fear reprisals, said the quota was unfair.",
            "Two guides who lost their licences, and who declined to be named",
        ),
    ],
)
def test_the_reason_for_a_second_clause_asking_anonymity_is_no_part_of_the_name(
    text: str, name: str
):
    assert speaker_of(text)[0] == name


def test_a_reason_in_a_second_clause_of_no_anonymity_stays():
    text = "Two rangers who were laid off, and who left because of the cuts, said it was empty."
    assert speaker_of(text)[0] == "Two rangers who were laid off, and who left because of the cuts"


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "Park staff are reminding campers to store food in the lockers.",
            "to store food in the lockers",
            "Park staff",
        ),
        (
            "Wardens are cautioning anglers to release any chinook they catch.",
            "to release any chinook they catch",
            "Wardens",
        ),
        ("The society keeps reminding owners to leash their dogs.", "to leash their dogs", None),
    ],
)
def test_a_weak_listener_cue_telling_its_listener_to_act_is_a_statement(
    text: str, content: str, name: str | None
):
    [(found, speaker, _)] = attributed(text)
    assert found == content
    assert name is None or (speaker is not None and speaker.name == name)


@pytest.mark.parametrize(
    "text",
    [
        "The old fence kept reminding hikers of the fire.",
        "Rangers are reminding visitors about the closure.",
        "The poster was reminding to nobody in particular.",
        "The drought is reminding farmers to what extent the river matters.",
        "The bones kept reminding hikers to whom the valley belonged.",
    ],
)
def test_a_weak_listener_cue_without_a_to_clause_stays_no_statement(text: str):
    assert contents(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Osoyoos Indian Band said the sockeye had come back.", "Osoyoos Indian Band"),
        ("The Lower Kettle Indian Band said the herring were gone.", "Lower Kettle Indian Band"),
        (
            "In a statement, the Tsawwassen Indian Band said it would close the beach.",
            "Tsawwassen Indian Band",
        ),
    ],
)
def test_an_indian_band_is_an_organization_by_its_legal_name(text: str, name: str):
    assert speaker_of(text) == (name, "organization", None)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The Band of Brothers said the tour was off.", "Band of Brothers", "group"),
        (
            "Osoyoos Indian Band Chief Clarence Wolfe said the sockeye were back.",
            "Clarence Wolfe",
            "person",
        ),
    ],
)
def test_a_band_of_another_kind_or_its_chief_stays_as_it_was(text: str, name: str, kind: str):
    assert speaker_of(text)[:2] == (name, kind)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Angler Bob Tremblay, 67, said he had never seen the river so low.",
            "Bob Tremblay",
            "Angler",
        ),
        ("Trapper Elsie Cardinal said the lynx had moved north.", "Elsie Cardinal", "Trapper"),
        ("Veteran birder Raj Mehta said the owls nested early.", "Raj Mehta", "Veteran birder"),
    ],
)
def test_an_angler_a_trapper_or_a_birder_before_a_name_is_a_role(text: str, name: str, role: str):
    assert speaker_of(text) == (name, "person", role)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hunter Ross said the moose were thin.", "Hunter Ross"),
        ("Anglers in the bay say the run was poor.", "Anglers in the bay"),
        ("Kestrel Outfitters said the tents were recalled.", "Kestrel Outfitters"),
    ],
)
def test_a_given_name_a_plural_by_its_place_or_a_shops_name_stays_whole(text: str, name: str):
    assert speaker_of(text)[0] == name


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        (
            "wildlife-grizzly-trail-closure.txt",
            [
                ("the animals had been feeding", "Dale Whitecalf", "person"),
                ("People see a sign", "Dale Whitecalf", "person"),
                ("the province should consider", "Anjali Raghunathan", "person"),
                ("they would offer refunds", "Yuki Nakamura", "person"),
                ("operators had been notified", "A ministry spokesperson", "person"),
                ("She was huge", "Colleen", "person"),
                ("it had been consulted", "Stoney Nakoda Nation", "organization"),
                ("This is their home", "Miriam Twoyoungmen", "person"),
                ("the closure would remain", "Ministry of Forestry and Parks", "organization"),
                ("I know it’s frustrating", "Todd Loewen", "person"),
                ("to carry bear spray", "Parks staff", "group"),
            ],
        ),
        (
            "wildlife-zoo-elephant-transfer.txt",
            [
                ("Tembo is healthy", "Gregory Ashworth", "person"),
                ("to keep its last remaining African elephant", "Lakeshore Zoo", "organization"),
                ("She is standing on concrete", "Helena Okonkwo-Price", "person"),
                ("the elephant showed signs", "Helena Okonkwo-Price", "person"),
                ("the zoo was putting its own interests", "Rafael Quintero", "person"),
                ("he would vote against the motion", "Marcus Lindqvist", "person"),
                ("he thought Tembo looked lonely", "Theo", "person"),
                ("it could accommodate her", "Sanctuary at Hohenwald", "organization"),
                ("attendance had no bearing", "Lakeshore Zoo", "organization"),
                (
                    "it did not comment",
                    "Canadian Association of Zoos and Aquariums",
                    "organization",
                ),
            ],
        ),
        (
            "wildlife-salmon-quota-cut.txt",
            [
                ("the total allowable catch", "Fisheries and Oceans Canada", "organization"),
                ("We know what this means", "Joanne Thompson", "person"),
                ("These are not numbers", "Harjit Sandhu", "person"),
                ("Our people have been fishing", "Rhonda Peters", "person"),
                ("his family had caught only 40", "Darren Peters", "person"),
                ("it would close its own fishery", "Sts'ailes band council", "organization"),
                ("I’ll survive", "One guide from Chilliwack", "person"),
                ("Half measures", "Aaron Hill", "person"),
            ],
        ),
    ],
)
def test_the_invented_wildlife_articles_keep_their_speakers(
    article: str, expected: list[tuple[str, str, str]]
):
    assert missing_speakers(article, expected) == []


def test_the_invented_articles_keep_the_roles_of_their_people():
    text = (ARTICLES / "wildlife-salmon-quota-cut.txt").read_text(encoding="utf-8")
    speakers, _ = find_statements(text)
    roles = {s.name: s.role for s in speakers}
    assert roles["Darren Peters"] == "cousin of Rhonda Peters"
    assert roles["Joanne Thompson"] == "Fisheries Minister"
    assert roles["Kevin Brekke"] == "president of the Pacific Gillnetters Association"
    text = (ARTICLES / "wildlife-zoo-elephant-transfer.txt").read_text(encoding="utf-8")
    speakers, _ = find_statements(text)
    assert {s.name: s.role for s in speakers}["Helena Okonkwo-Price"] == "veterinarian"


def test_the_quotes_of_the_invented_articles_end_without_their_full_stop():
    text = (ARTICLES / "wildlife-zoo-elephant-transfer.txt").read_text(encoding="utf-8")
    endings = [content for content, _, _ in attributed(text) if content.endswith(("'t", "'t."))]
    assert len(endings) == 2
    assert not any(content.endswith(".") for content in endings)
