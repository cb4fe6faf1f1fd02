"""War and conflict reporting as an OSINT analyst reads it: constructions found by trying
whosaid on invented wire stories of a front-line update, an intelligence assessment told by
anonymous officials and stalled ceasefire talks (in tests/data/speakers/), each tested here on
other invented sentences and near-misses."""

import pytest
from extraction_helpers import ARTICLES, attributed, missing_speakers, named, speaker_of


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The rocket hit a market, killing nine people, including two boys, said Mayor Ilse "
            "Varga.",
            "The rocket hit a market, killing nine people, including two boys",
            "Ilse Varga",
        ),
        (
            "The barrage wounded at least 14 soldiers, among them a medic, said the governor.",
            "The barrage wounded at least 14 soldiers, among them a medic",
            "the governor",
        ),
        (
            "Drones struck a train carrying 200 passengers, most of them miners, said Oleg "
            "Brandt, the rail company's chief.",
            "Drones struck a train carrying 200 passengers, most of them miners",
            "Oleg Brandt",
        ),
        (
            "In Kessa, the shelling destroyed four homes, both clinics and a school, said a "
            "police spokesman.",
            "In Kessa, the shelling destroyed four homes, both clinics and a school",
            "a police spokesman",
        ),
    ],
)
def test_an_inverted_cue_after_an_object_and_its_aside_is_the_speaker_after_it(
    text: str, content: str, speaker: str
):
    assert [(c, s) for c, s, _ in named(text)] == [(content, speaker)]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # the phrase before the cue is its subject, no verb before it
        (
            "Nine people, including two boys, said they had seen the rocket.",
            "they had seen the rocket",
            "Nine people",
        ),
        (
            "In Kessa, residents, among them a nurse, said the shelter was full.",
            "the shelter was full",
            "residents",
        ),
        # a verb inside an aside before the name is no verb of the phrase
        (
            "A medic, who gave only his first name, Pavel, said the ward was full.",
            "the ward was full",
            "Pavel",
        ),
        # the cue and its speaker before the comma, as before
        (
            "The barrage wounded 14 soldiers, including a medic, the governor said.",
            "The barrage wounded 14 soldiers, including a medic",
            "the governor",
        ),
    ],
)
def test_a_subject_with_its_aside_before_a_cue_still_speaks(text: str, content: str, speaker: str):
    assert [(c, s) for c, s, _ in named(text)] == [(content, speaker)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Northern Liberation Front said the bridge was mined.", "Northern Liberation Front"),
        ("The Western Hills Militia said it had shot down a drone.", "Western Hills Militia"),
        ("The Free Kessa Front said the vote was rigged.", "Free Kessa Front"),
    ],
)
def test_an_armed_movement_named_by_its_front_or_militia_keeps_its_whole_name(text: str, name: str):
    assert speaker_of(text) == (name, "group", None)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a place's front line or people at it speak as people
        ("Soldiers at the front said the shells had run out.", "group"),
        ("A medic on the front told reporters he had not slept.", "person"),
        # a person of the movement stays a person, its name their role
        ("Liberation Front commander Ivo Marr said the bridge was mined.", "person"),
    ],
)
def test_people_at_the_front_or_of_the_front_are_no_movement(text: str, kind: str):
    assert speaker_of(text)[1] == kind


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Northern Liberation Front said the bridge was mined. A spokesman for the front, "
            "Ivo Marr, said it had lost no men. The front said later that it had withdrawn.",
            "Northern Liberation Front",
        ),
        (
            "The Western Hills Militia said it had shot down a drone. Army officials denied "
            "it. The militia said it had the wreckage.",
            "Western Hills Militia",
        ),
    ],
)
def test_the_front_or_the_militia_after_its_name_is_that_movement_not_its_spokesman(
    text: str, speaker: str
):
    assert named(text)[-1][1] == speaker


def test_the_militia_after_an_army_named_is_no_army():
    text = (
        "The Kessan armed forces said they had struck a depot of the Red Valley militia. "
        "The militia denied storing arms at the port."
    )
    assert named(text)[-1][1] == "The militia"


def test_the_front_with_no_movement_named_before_stays_unnamed_and_no_spokesman():
    text = (
        "A spokesman for the front, Ivo Marr, said it had lost no men. The front said later "
        "that it had withdrawn."
    )
    found = attributed(text)
    speaker = found[-1][1]
    assert speaker is not None
    assert (speaker.name, speaker.kind, speaker.named) == ("The front", "group", False)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The agency said 300 troops had been killed, a figure the army dismissed as false.",
            "300 troops had been killed",
        ),
        (
            "The ministry said it had downed 40 drones, a number the rebels disputed.",
            "it had downed 40 drones",
        ),
        (
            "Kessa officials said the rebels had shelled the road, an accusation the front denied.",
            "the rebels had shelled the road",
        ),
        (
            "The governor said troops had looted the depot, an allegation that the army rejected.",
            "troops had looted the depot",
        ),
    ],
)
def test_a_disputed_figure_or_accusation_apposed_after_the_claim_is_the_writers(
    text: str, content: str
):
    assert [c for c, _, _ in named(text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the noun inside the content, or described with no source of its own
        ("The ministry said a figure of 300 was too high.", "a figure of 300 was too high"),
        (
            "The agency said the toll was 80, a number that rose overnight.",
            "the toll was 80, a number that rose overnight",
        ),
    ],
)
def test_a_figure_noun_with_no_one_disputing_it_stays_in_the_content(text: str, content: str):
    assert [c for c, _, _ in named(text)] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "The general staff said on Telegram that 90 towns were shelled.",
        "Kessa's General Staff said 90 towns were shelled.",
        "The army's general staff said 90 towns were shelled.",
        "The Brodek-based war monitor said 40 civilians had been killed.",
    ],
)
def test_an_armys_general_staff_or_a_war_monitor_is_an_organization(text: str):
    assert speaker_of(text)[1] == "organization"


@pytest.mark.parametrize(
    "text",
    ["The staff said the ward was full.", "Teaching staff said the school was shut."],
)
def test_other_staff_are_its_workers(text: str):
    assert speaker_of(text)[1] == "group"


def test_an_election_monitor_is_a_person():
    assert speaker_of("An election monitor said the count was fair.")[1] == "person"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The mediators, led by envoy Sami Orhan, said a truce was close.", "The mediators"),
        (
            "The inspectors, headed by chief inspector Ana Pell, said the depot was empty.",
            "The inspectors",
        ),
        (
            "The delegation, led by Deputy Minister Ana Pell, said talks would resume.",
            "The delegation",
        ),
    ],
)
def test_a_group_led_by_a_person_in_its_aside_speaks_itself(text: str, speaker: str):
    [(_, found, _)] = named(text)
    assert found == speaker


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        ("The mediator, envoy Sami Orhan, said a truce was close.", "Sami Orhan", "mediator"),
        (
            "The gunner, identified by the army as Sami Orhan, said the gun had jammed.",
            "Sami Orhan",
            "gunner",
        ),
        (
            "A spokesman for the mediators, Sami Orhan, said a truce was close.",
            "Sami Orhan",
            "spokesman for the mediators",
        ),
    ],
)
def test_a_name_apposed_to_a_description_still_speaks(text: str, speaker: str, role: str):
    assert speaker_of(text) == (speaker, "person", role)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The navy said on Telegram it had sunk two boats.", "it had sunk two boats"),
        ("The governor wrote on Facebook the shelter was full.", "the shelter was full"),
        ("Darrah said on X that the convoy had been hit.", "the convoy had been hit"),
    ],
)
def test_a_network_named_alone_after_the_cue_is_where_it_was_said(text: str, content: str):
    assert [c for c, _, _ in named(text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the network is what the content is about
        ("Darrah said Telegram had removed the post.", "Telegram had removed the post"),
        ("The navy said the boats were on Telegram videos.", "the boats were on Telegram videos"),
    ],
)
def test_a_network_inside_the_content_stays(text: str, content: str):
    assert [c for c, _, _ in named(text)] == [content]


def test_a_cue_and_a_network_with_nothing_said_is_no_statement():
    assert named("The navy said on Telegram.") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The navy said it had sunk a frigate, a claim that could not be independently "
            "verified.",
            "it had sunk a frigate",
        ),
        (
            "The rebels said they had taken the airport, which could not be confirmed.",
            "they had taken the airport",
        ),
        (
            "The army said it had downed a jet, an assertion that has not been verified.",
            "it had downed a jet",
        ),
    ],
)
def test_the_reporters_caveat_that_a_claim_is_unverified_is_no_content(text: str, content: str):
    assert [c for c, _, _ in named(text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the caveat is the speaker's own, or inside the content with more after it
        (
            "The army said the video could not be independently verified.",
            "the video could not be independently verified",
        ),
        (
            "The army said the strike, which could not be confirmed, killed ten.",
            "the strike, which could not be confirmed, killed ten",
        ),
    ],
)
def test_a_caveat_the_speaker_said_or_inside_the_content_stays(text: str, content: str):
    assert [c for c, _, _ in named(text)] == [content]


# Each invented article: its key statements (content's opening, speaker, kind), and what is
# no statement (the reporter's caveats, a refusal to comment, a report's first outlet).
ARTICLE_FLOORS = {
    "conflict-front-line-update.txt": [
        ("Dravian troops beat back 14", "the defence ministry", "organization"),
        ("at least 300 Dravian soldiers", "Malkor Press", "media"),
        ("Malkorian artillery had shelled", "The army’s general staff", "organization"),
        ("In Velmar, a city of about 90,000", "Irina Sorel", "person"),
        ("Malkor had massed an estimated", "Marek Drozd", "person"),
        ("the Malkorian gains around Pashin", "Conflict Monitoring Group", "organization"),
        ("more than 150,000 Malkorian troops", "Western officials", "group"),
    ],
    "conflict-intelligence-assessment.txt": [
        ("Malkor has quietly moved", "a Western intelligence assessment", "document"),
        ("the movements had been tracked", "A senior military official", "person"),
        ("the report as", "Malkor's foreign ministry", "organization"),
        ("Malkor threatens no one", "Alina Reznik", "person"),
        ("they are preparing to mobilize", "Officials in Tessaly", "group"),
        ("the depots near Zarnov", "Greta Lindqvist", "person"),
        ("trains carrying military equipment", "a source in the border guard service", "person"),
    ],
    "conflict-ceasefire-talks.txt": [
        ("rebel fighters had fired mortars", "Hamid Tarek", "person"),
        ("The regime kills aid workers", "Yusuf Darrah", "person"),
        ("Only seven trucks made it through", "Lina Castell", "person"),
        ("to announce a 30-day truce", "The mediators", "group"),
        ("the two sides were", "Karim Bensouda", "person"),
        ("the army had killed 35", "State television", "media"),
        ("it had lost four men", "The front", "group"),
    ],
}
NOT_STATEMENTS = {
    "conflict-front-line-update.txt": ["could not be independently verified", "a figure Dravian"],
    "conflict-intelligence-assessment.txt": [
        "declined to comment",
        "could not independently confirm",
        "was first reported",
    ],
    "conflict-ceasefire-talks.txt": ["could be independently verified", "would not say"],
}


@pytest.mark.parametrize("name", sorted(ARTICLE_FLOORS))
def test_the_invented_conflict_articles_keep_their_key_statements(name: str):
    assert missing_speakers(name, ARTICLE_FLOORS[name]) == []


@pytest.mark.parametrize("name", sorted(NOT_STATEMENTS))
def test_the_invented_conflict_articles_make_no_statement_of_caveats(name: str):
    text = (ARTICLES / name).read_text(encoding="utf-8")
    contents = [c for c, _, _ in attributed(text)]
    assert not [p for p in NOT_STATEMENTS[name] if any(p in c for c in contents)]


def test_the_front_line_update_gives_no_statement_to_the_casualties():
    text = (ARTICLES / "conflict-front-line-update.txt").read_text(encoding="utf-8")
    assert "six people" not in [s.name for _, s, _ in attributed(text) if s is not None]


@pytest.mark.parametrize(
    "text",
    [
        "Each side accused the other of shelling the road.",
        "Every ministry said the budget was short.",
    ],
)
def test_each_or_every_body_opening_a_sentence_names_none(text: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None
    assert (speaker.kind, speaker.named) == ("organization", False)


def test_a_body_named_with_its_capitals_after_the_stays_named():
    [(_, speaker, _)] = attributed("The Kessan Defence Ministry said the budget was short.")
    assert speaker is not None
    assert (speaker.kind, speaker.named) == ("organization", True)
