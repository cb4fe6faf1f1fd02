"""Review 19 (sports and arts rules narrowed): section entries, shared player positions,
an order "directed", a passive's agent, a surname before "coach", an outlet told, and a
score "added" (invented sentences)."""

import pytest
from extraction_helpers import attributed, named

PAIRS = list[tuple[str, str | None]]


def said(text: str) -> PAIRS:
    """(content, speaker's name) for each statement."""
    return [(content, name) for content, name, _ in named(text)]


# 1. A section's entries under a heading in capitals: only a team's notes are no one's words.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Gulls won 2-0.\n\nWHAT THEY SAID\n\n"
            "Marchetti: “This is a good day for the club.”\n\nOkafor: “We earned it tonight.”",
            [("This is a good day for the club", "Marchetti"), ("We earned it tonight", "Okafor")],
        ),
        (
            "The novel sold well.\n\nQ&A\n\nLee: I wrote it in a year.\n\nHost: Why so fast?",
            [("I wrote it in a year", "Lee"), ("Why so fast?", "Host")],
        ),
        (
            "The vote passed.\n\nREACTION\n\nVarga: We will keep pushing for the bridge.",
            [("We will keep pushing for the bridge", "Varga")],
        ),
        (  # plural labels and surnames in -s, with no quotation nor "we"
            "The bill passed.\n\nREACTION\n\nRepublicans: It will pass the Senate too.\n\n"
            "Adams: The bill is a disgrace.",
            [("It will pass the Senate too", "Republicans"), ("The bill is a disgrace", "Adams")],
        ),
    ],
)
def test_a_speakers_label_under_a_heading_still_speaks(text: str, expected: PAIRS):
    assert said(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Gulls won 2-0.\n\nUP NEXT\n\nGulls: Visit Moncton on Friday.\n\n"
        "Owls: At Sarnia on Sunday.",
        "The Gulls won 2-0.\n\nNOTES\n\nGulls: Ruiz has scored in five straight games.\n\n"
        "UP NEXT\n\nGulls: Host Laval on Friday.",
    ],
)
def test_a_teams_notes_under_a_heading_still_speak_nothing(text: str):
    assert attributed(text) == []


# 2. "defender" and "striker" are a player's only with a player's modifier or a team's name.


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Judge Tom Hale rejected the motion. The public defender said he would appeal.",
            "The public defender",
        ),
        (
            "Union leader Dan Ortiz spoke to workers on Monday. “We are not going back,” the "
            "striker said.",
            "the striker",
        ),
        (
            "Activist Mia Roy was arrested. The human rights defender said she was calm.",
            "The human rights defender",
        ),
    ],
)
def test_a_shared_position_alone_is_no_player_just_named(text: str, speaker: str):
    assert said(text)[-1][1] == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Ana Lee scored twice on Monday. The veteran defender said the team had earned it.",
        "Ana Lee scored twice on Monday. The Arsenal striker said the team had earned it.",
        "Ana Lee scored twice on Monday. The goalkeeper said the team had earned it.",
    ],
)
def test_a_player_described_by_position_is_still_the_player_named(text: str):
    assert said(text) == [("the team had earned it", "Ana Lee")]


# 3. "directed" with an order after it ("to" and a verb, "that") makes no director.


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "President Ann Vale directed the agency to release the files. The director said "
            "the files would be public by May.",
            "The director",
        ),
        (
            "Judge Ann Vale directed that the files be released. The director said the files "
            "would be public.",
            "The director",
        ),
        (
            "Ann Vale directed the film to a top prize at Cannes. The director said the cast "
            "was superb.",
            "Ann Vale",
        ),
        (
            "Ann Vale directed the film, which went on to win at Cannes. The director said the "
            "cast was superb.",
            "Ann Vale",
        ),
        ("The film was directed by Ann Vale. The director said the cast was superb.", "Ann Vale"),
    ],
)
def test_directed_tells_a_director_only_of_a_work(text: str, speaker: str):
    assert said(text)[-1][1] == speaker


# 4. The agent of a passive is introduced only when the passive's subject is a thing.


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Ann Vale was interviewed by Mia Hale on Tuesday. She said the budget would pass.",
            "Ann Vale",
        ),
        (
            "The mayor was interviewed by Mia Hale on Tuesday. She said the budget would pass.",
            "The mayor",
        ),
        (
            "The gala was hosted by comedian Ana Ruiz on Friday. She said the night raised "
            "$2 million.",
            "Ana Ruiz",
        ),
    ],
)
def test_a_passives_agent_is_the_new_voice_only_after_a_things_subject(text: str, speaker: str):
    assert said(text)[-1][1] == speaker


# 5. A surname of a person named is no team's plural name before "coach".


def test_a_players_surname_before_coach_stays_the_players():
    text = (
        "Tennis star Dana Rollins lost in the second round on Monday. Rollins coach Ann Lee "
        "said the wrist was sore. Rollins said she would rest for a week."
    )
    [_, (_, speaker, _)] = attributed(text)
    assert speaker is not None and (speaker.name, speaker.kind) == ("Dana Rollins", "person")


def test_a_teams_plural_before_coach_is_still_the_team():
    text = (
        "Guard Ann Lee scored 20. Herons coach Willa Dunmore said the team was tired. Herons "
        "said the game would move."
    )
    [_, (_, speaker, _)] = attributed(text)
    assert speaker is not None and (speaker.name, speaker.kind) == ("Herons", "organization")


# 6. A known outlet closing the content is cut off only after a verb of telling.


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Analyst Dan Ortiz said the broadcast rights would move to TSN.",
            "the broadcast rights would move to TSN",
        ),
        ("Lee said the series would go to Sportsnet.", "the series would go to Sportsnet"),
        ("He confirmed the split to Variety on Monday.", "the split"),
        ("Lee revealed the title to Billboard.", "the title"),
    ],
)
def test_an_outlet_told_is_cut_off_only_after_telling(text: str, content: str):
    assert [c for c, _ in said(text)] == [content]


# 7. "added" a score: not before a clause's verb; read through a count and "and".


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The governor added runs on deposits were unlikely given the new rules.",
            "runs on deposits were unlikely given the new rules",
        ),
        ("The coach added assists from the bench were key.", "assists from the bench were key"),
    ],
)
def test_a_scores_noun_before_a_verb_is_a_clauses_subject(text: str, content: str):
    assert [c for c, _ in said(text)] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "Roy added two goals and an assist in the win.",
        "Roy added a goal and two assists.",
        "Roy added an empty-net goal in the third period.",
        "Roy added two goals as the Hawks were short-handed.",
    ],
)
def test_scores_added_are_a_play(text: str):
    assert attributed(text) == []
