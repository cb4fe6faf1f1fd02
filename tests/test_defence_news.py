"""National security and defence reporting as a new analyst reads it: constructions found by
trying whosaid on invented stories of a fighter jet order cut, an inspector general's report
on lost equipment and a troop deployment (tests/data/speakers/defence-*.txt), each tested
here on other invented sentences."""

import pytest
from extraction_helpers import ARTICLES, attributed, missing_speakers, speaker_names, speaker_of

from tui.core.figures import find_figures


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            "A senior White House official said the talks had stalled. The official said no "
            "date was set. A Navy official said the carrier was ready. “We are waiting,” the "
            "official said.",
            "A Navy official",
        ),
        (
            "An aide to the chairman said the vote was close. The aide said ten members were "
            "unsure. A second aide said the bill would pass. “It is done,” the aide said.",
            "A second aide",
        ),
        (
            "A spokesman for the ministry said the base was shut. The spokesman said it would "
            "reopen. A spokesman for the army said the drill went on. “We train daily,” the "
            "spokesman said.",
            "A spokesman for the army",
        ),
    ],
)
def test_the_bare_role_noun_is_the_unnamed_source_brought_in_last(text: str, second: str):
    names = speaker_names(text)
    assert names[-1] == second
    assert names[0] == names[1] != second


@pytest.mark.parametrize(
    "text",
    [
        # no new source of that head since: the first one still speaks
        "A senior White House official said the talks had stalled. Ann Lee, a Navy analyst, "
        "said the carrier was ready. “We are waiting,” the official said.",
        "A senior White House official said the talks had stalled. The official said no date "
        "was set. A Navy spokesman said the carrier was ready. “We are waiting,” the official "
        "said.",
    ],
)
def test_the_bare_role_noun_keeps_its_source_when_none_of_that_head_came_since(text: str):
    assert speaker_names(text)[-1] == speaker_names(text)[0]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "General Ada Brenn, the army's chief of staff, told senators the units were ready.",
            "Ada Brenn",
            "army's chief of staff",
        ),
        (
            "Lieutenant General Ivo Marsh, the deputy commander for supply, said stocks were low.",
            "Ivo Marsh",
            "deputy commander for supply",
        ),
        (
            "Rear Admiral Tilde Voss, the head of the fleet's logistics, said the ships sailed.",
            "Tilde Voss",
            "head of the fleet's logistics",
        ),
        (
            "Colonel Rui Abend, who commands the brigade, said the drill went well.",
            "Rui Abend",
            "commander of the brigade",
        ),
    ],
)
def test_an_appositive_office_outranks_a_spelled_out_rank(text: str, name: str, role: str):
    assert speaker_of(text) == (name, "person", role)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("General Ada Brenn said the units were ready.", "General"),
        ("Rear Admiral Tilde Voss, 58, said the ships sailed.", "Rear Admiral"),
        ("Senator Ada Brenn, the committee's chairwoman, said the bill was dead.", "Senator"),
        (
            "Retired General Ada Brenn, a former commander, said the war was lost.",
            "Retired General",
        ),
    ],
)
def test_a_rank_with_no_office_after_it_or_a_title_of_office_stays_the_role(text: str, role: str):
    assert speaker_of(text)[2] == role


def test_contents_stay_whole_when_the_source_changes():
    text = (
        "A senior White House official said the talks had stalled. A Navy official said the "
        "carrier was ready."
    )
    assert [content for content, _, _ in attributed(text)] == [
        "the talks had stalled",
        "the carrier was ready",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "A defense official, briefing reporters on condition that he not be named, said the "
        "drill was cancelled.",
        "A senior officer, addressing the troops at the base, said the drill was cancelled.",
        "An aide, telling reporters she could not be named, said the drill was cancelled.",
    ],
)
def test_a_participle_of_addressing_someone_in_an_appositive_is_no_role(text: str):
    [*_, (content, speaker, _)] = attributed(text)
    assert content == "the drill was cancelled"
    # the description before the aside may be the role ("senior officer"), the aside never
    assert speaker is not None and not speaker.named
    assert speaker.role in (None, speaker.name.split(" ", 1)[1])


def test_an_appositive_role_opened_by_a_participle_of_office_stays():
    assert speaker_of("Ann Lee, acting director of the agency, said the drill was cancelled.") == (
        "Ann Lee",
        "person",
        "acting director of the agency",
    )


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Rep. Ann Lee called the sale “a betrayal of our troops” in a post on social media.",
            "the sale “a betrayal of our troops",
        ),
        (
            "The ministry denied the report, calling it “a fabrication” in a statement carried "
            "by state television.",
            "it “a fabrication",
        ),
        ("Sen. Tom Hale praised the decision in a statement on Friday.", "the decision"),
        ("Sen. Tom Hale criticized the budget in a letter to the secretary.", "the budget"),
    ],
)
def test_the_message_a_naming_or_stance_cue_was_made_in_is_no_content(text: str, content: str):
    assert [found for found, _, cue in attributed(text) if cue != "denied"] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the venue of a participle in the object is the object's own
        ("Sen. Tom Hale criticized the plan described in a memo.", "the plan described in a memo"),
        # a message in the middle of the object, no venue of the saying
        (
            "Sen. Tom Hale praised the tribute in a letter from the widow.",
            "the tribute in a letter from the widow",
        ),
    ],
)
def test_a_message_that_is_part_of_the_object_stays_in_it(text: str, content: str):
    assert [found for found, _, _ in attributed(text)] == [content]


def _figures(text: str) -> list[tuple[str, str | None]]:
    return [(text[f.span[0] : f.span[1]], f.unit) for f in find_figures(text)]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        (
            "The auditors made 14 findings, and the Navy accepted 12 of them.",
            [("14 findings", "findings"), ("12", "findings")],
        ),
        ("The Army rejected nine of them.", [("nine", None)]),
        # a group noun still counts its members when no part is taken
        ("The army of 40,000 advanced.", [("40,000", "troops")]),
    ],
)
def test_a_part_of_them_after_an_armys_name_counts_what_was_counted_before(
    text: str, figures: list[tuple[str, str | None]]
):
    assert _figures(text) == figures


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Supplies piled up at three logistics hubs.", ("three logistics hubs", "hubs")),
        ("The plant hired 300 munitions workers.", ("300 munitions workers", "workers")),
        ("The jets need 12 avionics upgrades.", ("12 avionics upgrades", "upgrades")),
        ("The Army bought 40 munitions.", ("40 munitions", "munitions")),
    ],
)
def test_a_noun_in_s_modifying_the_counted_noun_is_no_head(text: str, figure: tuple[str, str]):
    assert _figures(text) == [figure]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Sen. Tom Hale defended the budget during a hearing on Tuesday.", "the budget"),
        ("Gen. Ada Brenn praised the crews at a ceremony held in Dover.", "the crews"),
        ("Rep. Ann Lee criticized the contract at a news conference.", "the contract"),
    ],
)
def test_the_gathering_closing_a_stance_cues_object_is_no_content(text: str, content: str):
    assert [found for found, _, _ in attributed(text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the participle's own venue, and a place that is no gathering, stay in the object
        (
            "Rep. Ann Lee criticized the contract approved at a meeting.",
            "the contract approved at a meeting",
        ),
        (
            "Gen. Ada Brenn praised the crews at the base in Dover.",
            "the crews at the base in Dover",
        ),
    ],
)
def test_a_venue_of_the_object_itself_stays_in_it(text: str, content: str):
    assert [found for found, _, _ in attributed(text)] == [content]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("The general said the Army needed “every single one” of the tanks.", []),
        ("Each single one of the drones was tested.", []),
        # "one" after "single" with no determiner of that kind still counts
        ("Only one drone was tested.", [("one drone", "drone")]),
    ],
)
def test_one_after_every_single_is_no_number(text: str, figures: list[tuple[str, str]]):
    assert _figures(text) == figures


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        (
            "defence-fighter-contract.txt",
            [
                ("Nobody is talking about killing", "one of the officials", "person"),
                ("no final decision had been made", "A senior administration official", "person"),
                ("I'm not going to get ahead", "Colette Farrow", "person"),
                ("the proposal", "Owen Tallis", "person"),
                ("the reduction would", "An internal memo", "document"),
                ("You end up paying", "Marcus Webley", "person"),
            ],
        ),
        (
            "defence-inspector-general.txt",
            [
                ("We cannot say with confidence", "The 64-page report", "document"),
                ("the service had already begun", "Harlan Voss", "person"),
                ("Every dollar we send abroad", "Claude Brennick", "person"),
                ("Were there mistakes?", "A senior defense official", "person"),
                ("The Pentagon is the only", "Nadia Ferrell", "person"),
            ],
        ),
        (
            "defence-troop-deployment.txt",
            [
                ("These forces are defensive", "Selma Hardy", "person"),
                ("any involvement", "Varenna's foreign ministry", "organization"),
                ("We keep asking the same units", "a defense official", "person"),
                ("Weakness invites attack", "Gail Sutter", "person"),
                ("Our preference is always", "Nora Bellweather", "person"),
            ],
        ),
    ],
)
def test_the_invented_defence_articles_keep_their_sources(
    article: str, expected: list[tuple[str, str, str]]
):
    assert missing_speakers(article, expected) == []


@pytest.mark.parametrize(
    ("article", "name", "role"),
    [
        ("defence-fighter-contract.txt", "Tobias Renner", "service's chief of staff"),
        ("defence-inspector-general.txt", "Harlan Voss", "deputy chief of staff for logistics"),
        ("defence-inspector-general.txt", "A senior defense official", "senior defense official"),
        ("defence-troop-deployment.txt", "Selma Hardy", "Pentagon's deputy press secretary"),
    ],
)
def test_the_invented_defence_articles_keep_their_roles(article: str, name: str, role: str | None):
    text = (ARTICLES / article).read_text(encoding="utf-8")
    roles = {s.name: s.role for _, s, _ in attributed(text) if s is not None}
    assert roles[name] == role
