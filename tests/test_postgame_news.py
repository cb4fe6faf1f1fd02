"""Post-game stories: game reports and dressing-room scrums (invented sentences)."""

import pytest
from extraction_helpers import attributed, missing_speakers, speakers_by_opening

from tui.core.figures import find_figures


def speaker_and_named(text: str) -> list[tuple[str, bool]]:
    """(speaker's name, named) of each statement, in text order."""
    return [(s.name, s.named) if s else ("", False) for _, s, _ in attributed(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "“We lost our shape,” Coach Ray Tolland said.\n\nDefender Liam Osei was booked "
            "twice.\n\n“I went in too hard,” the centre back said.",
            "Liam Osei",
        ),
        (
            "“We were flat,” Coach Ray Tolland said.\n\nTyrell Banfield hit four threes.\n\n"
            "“The ball just felt good,” the point guard told reporters.",
            "Tyrell Banfield",
        ),
        (
            "“We pressed well,” Coach Ray Tolland said.\n\nMarcus Obi set up both goals.\n\n"
            "“I saw the space early,” the left back said.",
            "Marcus Obi",
        ),
    ],
)
def test_a_position_of_two_words_is_the_player_just_named(text: str, name: str):
    assert speaker_and_named(text)[-1] == (name, True)


def test_a_position_of_two_words_with_no_one_named_stays_unnamed():
    text = "“We never quit,” the point guard said after the game."
    assert speaker_and_named(text) == [("the point guard", False)]
    text = "“We lost our shape,” Coach Ray Tolland said. “The back line was slow,” he said."
    assert speaker_and_named(text) == [("Ray Tolland", True), ("Ray Tolland", True)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "“We were sloppy,” Coach Ray Tolland said.\n\nWinger Liam Kask scored twice.\n\n"
            "“My family was here tonight,” the Kelowna native said.",
            "Liam Kask",
        ),
        (
            "“It was a grind,” Coach Ray Tolland said.\n\nGoalie Anna Pirc made 33 saves.\n\n"
            "“I just tried to stay square,” the Oakville product told reporters.",
            "Anna Pirc",
        ),
        (
            "“We got lucky,” Coach Ray Tolland said.\n\nCaptain Nora Vance made a double takeout "
            "in the 10th end.\n\n“I have thrown that shot a thousand times,” the Moose Jaw "
            "native said.",
            "Nora Vance",
        ),
    ],
)
def test_a_place_native_is_the_person_just_named(text: str, name: str):
    assert speaker_and_named(text)[-1] == (name, True)


def test_a_native_with_no_one_named_or_an_indefinite_one_stays_unnamed():
    text = "“The rink was packed,” the Kelowna native said."
    assert [name for name, _ in speaker_and_named(text)] == ["the Kelowna native"]
    text = "Winger Liam Kask scored twice. A Kelowna native said the crowd was loud."
    assert [name for name, _ in speaker_and_named(text)] == ["A Kelowna native"]


@pytest.mark.parametrize(
    "text",
    [
        "Tolland brushed off a question about whether his job was safe.",
        "Nora Vance shrugged off questions over her shoulder injury.",
        "The captain waved away questions on the trade deadline.",
        "Osei laughed off a question about his red card.",
    ],
)
def test_a_question_brushed_off_is_no_statement(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Tolland raised a question about the schedule.", "the schedule"),
        (
            "The coach brushed off the loss and said the team would recover.",
            "the team would recover",
        ),
        ("Nora Vance waved to the crowd and said the ice was perfect.", "the ice was perfect"),
    ],
)
def test_a_question_raised_or_a_dismissal_of_something_else_stays(text: str, content: str):
    assert [c for c, _, _ in attributed(text)] == [content]


def test_the_hockey_story_keeps_its_speakers():
    name = "postgame-oilers-comeback.txt"
    expected = [
        ("We stopped overthinking it", "Rhys Talbot", "person"),
        ("the turning point came", "Dana Pruitt", "person"),
        ("Nobody yelled", "Dana Pruitt", "person"),
        ("Mikko gave us a chance", "Dana Pruitt", "person"),
        ("We had them", "Marco Vitelli", "person"),
        ("his team had stopped skating", "Marco Vitelli", "person"),
        ("It’s the same story every night", "Brody Keller", "person"),
        ("the dressing room would have", "Brody Keller", "person"),
        ("I don’t think about the money", "Rhys Talbot", "person"),
        ("When your captain plays like that", "Jarrett Pullen", "person"),
    ]
    assert missing_speakers(name, expected) == []
    contents = [content for content, _, _ in speakers_by_opening(name)]
    assert not [c for c in contents if c.startswith(("Talbot scores", "EDMONTON"))]


def test_the_soccer_story_keeps_its_speakers():
    name = "postgame-united-derby.txt"
    expected = [
        ("I told my wife this morning", "Dani Ruiz", "person"),
        ("You start to think about it", "Dani Ruiz", "person"),
        ("the win was the best 90 minutes", "Hugo Marchetti", "person"),
        ("We were brave with the ball", "Hugo Marchetti", "person"),
        ("his players had run out of legs", "Alan Brierley", "person"),
        ("I've seen it once on the screen", "Alan Brierley", "person"),
        ("It's a penalty", "Jonah Whitlock", "person"),
        ("the team would review the tape", "Jonah Whitlock", "person"),
        ("it would not comment", "Canadian Premier League", "organization"),
        ("the derby still meant something", "Declan Moyes", "person"),
        ("Some of these people", "Declan Moyes", "person"),
    ]
    assert missing_speakers(name, expected) == []
    contents = [content for content, _, _ in speakers_by_opening(name)]
    assert not [c for c in contents if c.startswith(("Ruiz brace", "HAMILTON"))]


def test_the_basketball_story_keeps_its_speakers():
    name = "postgame-raptors-streak.txt"
    expected = [
        ("We needed that one bad", "Nnamdi Okafor", "person"),
        ("he had sensed something different", "Evan Sutter", "person"),
        ("The guys were loud", "Evan Sutter", "person"),
        ("He’s putting in the work", "Evan Sutter", "person"),
        ("He wants to know everything", "Jalen Whitfield", "person"),
        ("We turned it over", "Luis Gaviria", "person"),
        ("he expected Lind to return", "Evan Sutter", "person"),
        ("When he’s ready", "Evan Sutter", "person"),
    ]
    assert missing_speakers(name, expected) == []
    contents = [content for content, _, _ in speakers_by_opening(name)]
    assert not [c for c in contents if c.startswith(("whether he had arrived", "Raptors snap"))]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "“We were slow,” Coach Ray Tolland said.\n\nThe 22-year-old Haapala stopped 31 "
            "shots.\n\n“I felt the puck well,” the netminder said.",
            "Aku Haapala",
        ),
        (
            "“We were slow,” Coach Ray Tolland said.\n\nThe 19-year-old Haapala, in his first "
            "start, was calm.\n\n“I slept fine,” the rookie said.",
            "Aku Haapala",
        ),
    ],
)
def test_a_surname_after_its_age_is_the_player_a_position_describes(text: str, name: str):
    text = "Goalie Aku Haapala was called up on Friday.\n\n" + text
    assert speaker_and_named(text)[-1] == (name, True)


def test_a_player_just_named_is_the_position_over_an_older_speaker_who_holds_it():
    text = (
        "“He sees everything,” said veteran point guard Ty Amsel.\n\n"
        "Kobe Linnane said the team was tired.\n\n“We need a day off,” the guard said."
    )
    assert speaker_and_named(text)[-1] == ("Kobe Linnane", True)
    # near-miss: the one just named is a coach, so the guard is the one who holds it
    text = (
        "“He sees everything,” said veteran point guard Ty Amsel.\n\n"
        "Coach Bo Kessler said the team was tired.\n\n“We need a day off,” the guard said."
    )
    assert speaker_and_named(text)[-1] == ("Ty Amsel", True)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Comets head coach Ana Ruiz was calm. The Comets said Lee would miss a week.", "Comets"),
        ("Foxes captain Tom Hale scored. The Foxes said the rink was unsafe.", "Foxes"),
        ("Rovers goalkeeper Ivo Lind was hurt. The Rovers said he would be fine.", "Rovers"),
    ],
)
def test_a_plural_name_before_its_captain_or_player_is_a_team(text: str, name: str):
    (_, speaker, _) = attributed(text)[-1]
    assert speaker is not None and (speaker.name, speaker.kind) == (name, "organization")


def test_a_surname_before_a_role_stays_a_person():
    text = "Tom Jones, the Comets captain, scored. Ed Jones said the game was over."
    (_, speaker, _) = attributed(text)[-1]
    assert speaker is not None and (speaker.name, speaker.kind) == ("Ed Jones", "person")


@pytest.mark.parametrize(
    "text",
    [
        "The Comets won 3-1.\n\nUP NEXT:\n\nComets: Host Laval on Friday.\n\n"
        "Foxes: At Moncton on Saturday.",
        "The Comets won 3-1.\n\nUP NEXT: Comets host Laval on Friday; Foxes visit Moncton.",
        "The Comets won 3-1.\n\nNOTES: Comets D Ivo Lind left in the second period.",
    ],
)
def test_a_game_storys_notes_and_next_games_are_no_statements(text: str):
    assert attributed(text) == []


def test_a_notes_item_said_by_someone_ends_at_its_ellipsis():
    text = (
        "NOTES: Hale scored his 100th goal. ... Coach Ray Tolland said he had no update on "
        "Lind. ... The Comets were 1 for 3 on the power play."
    )
    assert [(c, s.name if s else None) for c, s, _ in attributed(text)] == [
        ("he had no update on Lind", "Ray Tolland")
    ]


def test_an_ellipsis_inside_a_sentence_or_spaced_dots_still_go_on():
    text = "Ray Tolland said the team ... was tired and would rest."
    assert [c for c, _, _ in attributed(text)] == ["the team ... was tired and would rest"]


def money_subjects(text: str) -> list[tuple[str, str | None]]:
    """(span, subject) of each sum of money in `text`."""
    return [
        (text[f.span[0] : f.span[1]], f.subject) for f in find_figures(text) if f.unit == "dollar"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ruiz signed a four-year deal worth $38 million.", [("$38 million", "deal")]),
        (
            "The club offered him a contract worth about $9 million.",
            [("about $9 million", "contract")],
        ),
        (
            "Lind agreed to a two-year, $7-million extension.",
            [("$7-million extension", "extension")],
        ),
        (
            "The Comets gave her a three-season, $2.4-million contract.",
            [("$2.4-million contract", "contract")],
        ),
    ],
)
def test_a_contracts_sum_counts_the_contract(text: str, expected: list[tuple[str, str]]):
    assert money_subjects(text) == expected


@pytest.mark.parametrize(
    "text",
    ["Lind is worth $5 million.", "The club was worth $1.2 billion, the report said."],
)
def test_worth_after_a_verb_gives_no_subject(text: str):
    assert [subject for _, subject in money_subjects(text)] == [None]


def test_attendance_counts_the_fans():
    text = "The Comets won 4-1 in front of 18,506 fans on Saturday."
    assert [(f.value, f.subject) for f in find_figures(text)] == [(18506.0, "fans")]


def test_a_part_of_a_bare_count_takes_no_unit_from_an_age_before():
    text = "The 22-year-old guard hit five three-pointers, three of them in the fourth."
    assert [(f.value, f.unit) for f in find_figures(text)][1:] == [(5.0, None), (3.0, None)]
    # near-miss: a part of a counted figure still counts it
    text = "The 22-year-old goalie faced 41 shots, 17 of them in the third period."
    assert [(f.value, f.unit) for f in find_figures(text)][1:] == [
        (41.0, "shots"),
        (17.0, "shots"),
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Defenceman Owen Brisco blocked five shots.\n\n“You pay a price,” the Kelowna, "
            "B.C., native said.",
            "Owen Brisco",
        ),
        (
            "Winger Ana Lund scored twice. The Regina, Sask., native said the ice was slow.",
            "Ana Lund",
        ),
        (
            "Goalie Tom Vale made 30 saves.\n\n“It was loud,” said the Moose Jaw, Sask., product.",
            "Tom Vale",
        ),
    ],
)
def test_a_native_of_a_town_and_province_in_commas_is_the_person_just_named(text: str, name: str):
    assert speaker_and_named(text)[-1] == (name, True)


def test_a_second_native_of_another_town_is_not_the_first():
    text = (
        "Defenceman Owen Brisco blocked five shots.\n\n“You pay a price,” the Kelowna native "
        "said.\n\nWinger Ana Lund scored.\n\n“The ice was slow,” the Regina native said."
    )
    assert speaker_and_named(text) == [("Owen Brisco", True), ("Ana Lund", True)]


def test_a_labels_modifier_stays_out_of_the_content():
    text = (
        "Injury update: Comets defender Ivo Lind, who left at halftime, is day-to-day, "
        "the club said."
    )
    [(content, speaker, _)] = attributed(text)
    assert content.startswith("Comets defender Ivo Lind")
    assert speaker is not None and speaker.kind == "organization"
    # near-miss: a label naming a speaker is still the speaker
    text = "Coach Ray Tolland: We never quit on each other."
    assert [(c, s.name if s else None) for c, s, _ in attributed(text)] == [
        ("We never quit on each other", "Ray Tolland")
    ]
