"""North American team sports: game stories, contract news and features (invented sentences)."""

import pytest
from extraction_helpers import attributed, missing_speakers, speakers_by_opening


def cues_of(text: str) -> list[str | None]:
    """The cue of each statement of `text`, in text order."""
    return [cue for _, _, cue in attributed(text)]


def speaker_names_of(text: str) -> list[str | None]:
    """The speaker's name of each statement of `text`, in text order."""
    return [s.name if s else None for _, s, _ in attributed(text)]


# --- an official's call in a game is a ruling, no speech ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Gagnon took issue with a pass interference call against the cornerback.",
        "Officials made a controversial call on the final play of the half.",
        "The Riders lost after a late call on the goal line.",
        "The goaltender interference call stood after a lengthy review.",
        "The offside call on the play wiped out the tying goal.",
    ],
)
def test_a_call_after_an_article_or_an_officiating_noun_is_no_cue(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Fans call for the coach to be fired after the loss.", "call for"),
        ("Players call on the league to review its concussion rules.", "call on"),
    ],
)
def test_a_call_with_a_plural_subject_is_still_a_demand(text: str, cue: str):
    assert cues_of(text) == [cue]


def test_a_plural_subject_of_a_relative_clause_keeps_its_call():
    text = "The goalie kept quiet about the trade, a silence critics call telling."
    assert cues_of(text) == ["call"]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("It was a week police call on residents to stay indoors.", "call on"),
        ("On a day people call for calm, the shelling went on.", "call for"),
    ],
)
def test_a_plural_with_no_s_after_a_noun_keeps_its_call(text: str, cue: str):
    assert cue in cues_of(text)


def test_a_few_or_a_majority_may_still_call_for_something():
    text = "A few call it the best rivalry in the league, said Ines Varga."
    assert speaker_names_of(text) == ["Ines Varga"]


# --- penalized or summoned: "was called for hooking" ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ruiz was called for tripping midway through the second period.",
        "The winger was called for hooking 3:12 into the game.",
        "Osei was called on to stop a penalty shot in overtime.",
        "The forward was not called for the hit, which drew boos.",
    ],
)
def test_a_passive_called_for_or_on_is_no_demand(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Coach Ana Ruiz called for calm after the brawl.", "called for"),
        ("The union called on the league to pay its referees more.", "called on"),
        ("A review was called for by the players, who said the ice was unsafe.", "said"),
    ],
)
def test_an_active_or_agented_call_stays(text: str, cue: str):
    assert cue in cues_of(text)


# --- brothers sharing a surname ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Guard DeShawn Reed scored 30.\n\n“It felt easy,” Reed said.\n\n"
            "Center Jamal Reed, his older brother, had 12 rebounds.\n\n"
            "“He was unreal,” Jamal Reed said.\n\nThe team is 10-4.\n\n"
            "“We keep rolling,” Reed said.",
            ["DeShawn Reed", "Jamal Reed", "DeShawn Reed"],
        ),
        (
            "Winger Erik Sund scored twice.\n\n“Lucky bounces,” Sund said.\n\n"
            "His brother, defenceman Nils Sund, added an assist.\n\n"
            "“I just passed,” Nils Sund said.\n\nThe Moose have won five straight.\n\n"
            "“Nobody panicked,” Sund said.",
            ["Erik Sund", "Nils Sund", "Erik Sund"],
        ),
    ],
)
def test_the_bare_surname_stays_with_the_one_it_named_first(text: str, names: list[str]):
    assert speaker_names_of(text) == names


def test_the_bare_surname_right_after_the_other_in_the_paragraph_is_that_one():
    text = (
        "Guard Marcus Reed scored 30.\n\n“It felt easy,” Reed said.\n\n"
        "“He was unreal,” said Jamal Reed, his brother. “We keep rolling,” Reed added."
    )
    assert speaker_names_of(text) == ["Marcus Reed", "Jamal Reed", "Jamal Reed"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Guard DeShawn Tate scored 30. “It felt easy,” Tate said.", "DeShawn Tate"),
        ("Forward DeAndre Holt had 19. “We moved it,” Holt said.", "DeAndre Holt"),
        ("Captain LaToya Greer had nine assists. “We were sharp,” Greer said.", "LaToya Greer"),
    ],
)
def test_a_given_name_with_a_capital_inside_names_the_person(text: str, name: str):
    assert speaker_names_of(text)[-1] == name


# --- positions that describe the player just named ----------------------------------------------


@pytest.mark.parametrize(
    ("name", "did", "role"),
    [
        ("Luc Bouchard", "had two interceptions", "the defensive back"),
        ("Sam Mwangi", "had two sacks", "the defensive tackle"),
        ("Tito Ruiz", "hit two home runs", "the slugger"),
        ("Cam Petit", "kicked four field goals", "the kicker"),
        ("Ava Lund", "scored 22 points", "the sophomore"),
    ],
)
def test_a_position_describes_the_player_just_named(name: str, did: str, role: str):
    text = f"“We were flat,” Coach Ray Tolland said. {name} {did}. “I felt good,” {role} said."
    assert speaker_names_of(text) == ["Ray Tolland", name]


def test_such_a_position_with_no_one_named_stays_unnamed():
    assert speaker_names_of("“I felt good,” the freshman said.") == ["the freshman"]


# --- the three articles ---------------------------------------------------------------------


def test_the_overtime_story_keeps_its_speakers():
    name = "teamsports-brothers-overtime.txt"
    expected = [
        ("I just put it where he could get it", "Anton Lindqvist", "person"),
        ("Our mom is probably crying", "Erik Lindqvist", "person"),
        ("He was our best player", "Ana Ruiz", "person"),
        ("The guys blocked a lot of shots", "Malik Osei", "person"),
        ("It didn’t look good", "Greg Whitfield", "person"),
        ("We got comfortable", "Kyle Barrow", "person"),
        ("That’s the play we’ve been doing", "Erik Lindqvist", "person"),
        ("We needed one like this", "Ana Ruiz", "person"),
    ]
    assert missing_speakers(name, expected) == []


def test_the_contract_story_keeps_its_speakers():
    name = "teamsports-guard-contract.txt"
    expected = [
        ("The Atlanta Hawks and guard", "a person familiar with the negotiations", "person"),
        ("I've said from day one", "DeShawn Carter", "person"),
        ("We're not in the business", "Rachel Okafor", "person"),
        ("He's the first guy in the gym", "Tom Reilly", "person"),
        ("It's been fun, man", "Jamal Carter", "person"),
        ("Everybody's got an opinion", "DeShawn Carter", "person"),
        ("the deal was", "A league executive", "person"),
    ]
    assert missing_speakers(name, expected) == []


def test_the_division_final_story_keeps_its_speakers_and_no_call():
    name = "teamsports-grey-cup-quarterback.txt"
    expected = [
        ("I wasn’t sure I’d play again", "Kenji Nakamura", "person"),
        ("We weren’t going to put him out there", "Deborah Lang", "person"),
        ("We left points on the field", "Pierre Gagnon", "person"),
        ("he would “let the league office", "Pierre Gagnon", "person"),
        ("Bouchard had played the ball", "Pierre Gagnon", "person"),
        ("the league does not comment", "A CFL spokesperson", "person"),
        ("I looked up and everybody", "Ben Kowalczyk", "person"),
        ("It’ll have to", "Kenji Nakamura", "person"),
    ]
    assert missing_speakers(name, expected) == []
    found = speakers_by_opening(name)
    assert not [n for _, n, _ in found if n and "interference" in n]


# --- a player's height, a scorer, an all-star ---------------------------------------------------


@pytest.mark.parametrize(
    "description",
    ["the 6-foot-8 forward", "the 6-9 center", "the 240-pound linebacker", "the All-Star"],
)
def test_a_player_described_by_build_or_honour_is_the_one_just_named(description: str):
    text = f"Dane Moss had 30 points. “We needed that,” {description} said."
    assert speaker_names_of(text) == ["Dane Moss"]


def test_a_height_with_no_one_named_stays_a_description():
    assert speaker_names_of("“We needed that,” the 6-foot-8 forward said.") == [
        "the 6-foot-8 forward"
    ]


def test_the_crossing_guard_is_no_player():
    text = "Dane Moss had 30 points. “Drive slowly,” the crossing guard said."
    assert speaker_names_of(text) == ["the crossing guard"]


@pytest.mark.parametrize(
    "description",
    ["the NHL’s leading scorer", "the CFL's top rusher", "the ECHL’s leading scorer"],
)
def test_a_scorer_of_a_league_named_by_initials_speaks(description: str):
    assert speaker_names_of(f"“We needed that,” {description} said.") == [description]


# --- called up from the minors, a game called off ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Blue Jays called Moss up from triple-A Buffalo on Tuesday.",
        "Organizers called the game off because of the storm.",
        "The Moose called him up from the ECHL last month.",
    ],
)
def test_call_with_up_or_off_after_its_object_is_no_speech(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ruiz called the decision a disgrace.",
        "Ruiz called Moss upbeat after the game.",
    ],
)
def test_call_with_a_judgment_after_its_object_stays(text: str):
    assert cues_of(text) == ["called"]


# --- "his brother" after one of two brothers spoke ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Sund brothers combined on the winner.\n\n“I just passed,” Anton Sund said.\n\n"
            "“He always does that,” Erik Sund said.\n\n"
            "His brother laughed and said he “never thought about shooting.”",
            "Anton Sund",
        ),
        (
            "Ada Okafor and her sister both scored.\n\n“We were tired,” Mia Okafor said.\n\n"
            "“She carried us,” Ada Okafor said.\n\n"
            "Her sister said the team “just kept going.”",
            "Mia Okafor",
        ),
    ],
)
def test_his_brother_is_the_other_one_of_the_last_speakers_surname(text: str, name: str):
    assert speaker_names_of(text)[-1] == name


@pytest.mark.parametrize(
    "text",
    [
        # no one else of the surname
        "“I just passed,” Anton Sund said.\n\nHis brother said he “never thought about it.”",
        # the last speaker a man, "her sister" no sister of his
        "“I just passed,” Mia Sund said.\n\n“He always does that,” Erik Sund said.\n\n"
        "Her sister said the team “just kept going.”",
        # two others of the surname: no telling
        "“Go,” Anton Sund said. “Now,” Nils Sund said. “Fine,” Erik Sund said.\n\n"
        "His brother said he “never thought about it.”",
    ],
)
def test_his_brother_with_no_one_other_of_the_surname_stays_unnamed(text: str):
    *_, (_, speaker, _) = attributed(text)
    assert speaker is not None and not speaker.named


@pytest.mark.parametrize(
    "text",
    [
        # two of one surname, no siblings told of: no relation, or a judge and a defendant
        "Mayor Tom Reyes said the budget was balanced. Councillor Luis Reyes, no relation, "
        "disagreed.\n\n“Tom never listens,” his brother told reporters.",
        "Judge Alan Kemp ruled on Tuesday. The defendant, Victor Kemp, denied the charges.\n\n"
        "“This is a travesty,” his brother said after the hearing.",
        # the other one of the surname apposed to another kin word: a parent, no sibling
        "Erik Lund and his sisters run the farm. His father, Anton Lund, bought it in 1971.\n\n"
        "“We will never sell,” his brother said.",
        "Maria Diaz, whose brother lives abroad, was sentenced. Her mother, Rosa Diaz, wept."
        "\n\n“She was a good girl,” her sister said outside the courthouse.",
    ],
)
def test_his_brother_is_no_namesake_the_text_calls_no_sibling(text: str):
    *_, (_, speaker, _) = attributed(text)
    assert speaker is not None and not speaker.named


# --- a coach's challenge of a play -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ruiz challenged the goal for offside, but it stood.",
        "Reilly challenged the catch, and the play was overturned.",
        "The Stampeders challenged the call on the field late in the half.",
    ],
)
def test_a_challenge_of_a_play_is_no_speech(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The union challenged the ruling in court.",
        "Lee challenged the play's critics to see it first.",
        # a goal, a spot or a play of no game: what follows tells
        "The opposition challenged the goal of halving emissions by 2035.",
        "Critics challenged the spot chosen for the new arena.",
        "The senator challenged the goal for 2030 as too timid.",
    ],
)
def test_a_challenge_of_a_ruling_or_a_person_stays(text: str):
    assert cues_of(text) == ["challenged"]
