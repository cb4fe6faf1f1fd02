"""Sports news: match reports, transfer stories and athlete features (invented sentences)."""

import pytest
from extraction_helpers import (
    ARTICLES,
    attributed,
    missing_speakers,
    speaker_of,
    speakers_by_opening,
)

from tui.core.figures import find_figures
from tui.core.statements import find_statements


def spans_of(text: str) -> list[str]:
    _, statements = find_statements(text)
    return [text[s.span[0] : s.span[1]] for s in statements]


def test_a_time_adverb_of_sequence_stays_out_of_the_content():
    text = "Winger Pia Holm said afterwards that the pitch had been too dry."
    assert spans_of(text) == ["the pitch had been too dry"]
    text = "Goalkeeper Ivo Rask told reporters afterward that he had seen the ball late."
    assert spans_of(text) == ["he had seen the ball late"]


def test_worth_ends_the_counted_noun_of_a_contract():
    text = "The forward agreed a three-year contract worth $45 million."
    figures = find_figures(text)
    assert [text[f.span[0] : f.span[1]] for f in figures] == ["three-year contract", "$45 million"]
    assert figures[0].subject == "contract"


def test_a_sports_role_before_a_name_is_a_role_not_part_of_the_name():
    text = "Coach Ines Varga praised the defence. “We never panicked,” Varga said."
    speakers, statements = find_statements(text)
    (speaker,) = [s for s in speakers if s.id == statements[0].speaker]
    assert (speaker.name, speaker.role) == ("Ines Varga", "Coach")


def test_a_participle_naming_a_role_stays_in_the_speaker_phrase():
    text = "“We wanted him all summer,” Lakeside sporting director Rosa Tamm said."
    speakers, (statement,) = find_statements(text)
    (speaker,) = speakers
    assert text[statement.span[0] : statement.span[1]] == "We wanted him all summer"
    assert (speaker.name, speaker.role) == ("Rosa Tamm", "Lakeside sporting director")


def test_a_participle_after_a_preposition_opens_no_role():
    text = "After meeting officials said the boy was ready, the club moved fast."
    speakers, _ = find_statements(text)
    assert [s.name for s in speakers] == ["officials"]


def test_an_opening_adverb_and_preposition_name_no_speaker():
    text = "Late on Sunday, the club captain, Ana Lind, said the squad was ready."
    speakers, (statement,) = find_statements(text)
    (speaker,) = speakers
    assert (speaker.name, speaker.role) == ("Ana Lind", "club captain")
    assert text[statement.span[0] : statement.span[1]] == "the squad was ready"


def test_a_source_not_authorized_to_speak_is_a_condition_not_a_statement():
    text = (
        "The insider, who was not authorized to discuss the fee, said the clubs agreed on a bonus."
    )
    _, (statement,) = find_statements(text)
    assert statement.cue == "said"
    assert text[statement.span[0] : statement.span[1]] == "the clubs agreed on a bonus"
    assert find_statements("The agent was not allowed to comment on the fee.")[1] == []


def test_an_age_after_its_article_is_a_speaker():
    text = "“The fans carried us,” the 23-year-old said. “We owed them this.”"
    speakers, (statement,) = find_statements(text)
    assert [text[a:b] for a, b in statement.parts] == ["The fans carried us", "We owed them this"]
    assert [(s.name, s.named) for s in speakers] == [("the 23-year-old", False)]


def test_a_bare_level_up_or_down_from_shares_the_unit_before_it():
    text = "He now swims 30 kilometres a week, down from 45 before the injury."
    assert [f.unit for f in find_figures(text)] == ["kilometres per week"] * 2


def test_an_age_after_an_opening_at_is_no_figure():
    assert find_figures("At 41, the goalkeeper still trains twice a day.") == []
    text = "At 41, he still trains twice a day and saved 3 penalties in May."
    assert [text[f.span[0] : f.span[1]] for f in find_figures(text)] == ["3 penalties"]


def test_a_role_in_lower_case_before_an_apposed_name_leaves_the_name_as_speaker():
    text = "Her trainer, the former sprinter Noor Adeyemi, said the knee had healed."
    speakers, (statement,) = find_statements(text)
    (speaker,) = speakers
    assert (speaker.name, speaker.named) == ("Noor Adeyemi", True)
    assert text[statement.span[0] : statement.span[1]] == "the knee had healed"


def test_a_duration_in_two_units_is_one_figure():
    text = "She won in 2 hours 15 minutes, and he was banned for 1 year and 6 months."
    figures = find_figures(text)
    assert [text[f.span[0] : f.span[1]] for f in figures] == [
        "2 hours 15 minutes",
        "1 year and 6 months",
    ]
    assert [(f.value, f.unit) for f in figures] == [(2.25, "hour"), (1.5, "year")]
    assert len(find_figures("It took 3 hours and 90 minutes.")) == 2


def test_a_shared_surname_opening_a_sentence_is_the_person_the_pronoun_agrees_with():
    text = (
        "Maria Okonkwo has won two titles. Her brother, David Okonkwo, said she never rests. "
        "“She trains on holidays,” he said.\n\n"
        "Her coach, Helen Price, said Okonkwo was the hardest worker she had seen. "
        "“She asks for more,” Price said.\n\n"
        "Okonkwo now trains less. She said she feels better."
    )
    speakers, statements = find_statements(text)
    names = {s.id: s.name for s in speakers}
    assert names[statements[-1].speaker] == "Maria Okonkwo"


def test_a_pronoun_takes_the_subject_just_read_when_its_gender_is_unknown():
    text = (
        "Coach Jorik Maes called a timeout. “We gave everything,” winger Tom Hale said.\n\n"
        "Coach Jorik Maes was less pleased. He said the referee had missed a foul."
    )
    speakers, statements = find_statements(text)
    names = {s.id: s.name for s in speakers}
    assert names[statements[-1].speaker] == "Jorik Maes"


# --- game stories and trade news (tests/data/speakers/sports-*.txt) -----------------------


def said_by(text: str) -> list[tuple[str, str | None]]:
    """(content, speaker's name) of each statement of `text`."""
    return [(content, s.name if s else None) for content, s, _ in attributed(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Ella Brook added an empty-net goal with 12 seconds left.",
        "Sam Pike added a late field goal, and the Hawks won 24-21.",
        "Lee added a solo homer in the eighth inning.",
        "Adding a power-play goal in the third, Dana Hale sealed it.",
    ],
)
def test_a_score_added_is_a_play_not_words(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Lee added the goal was offside and should not have counted.",
            "the goal was offside and should not have counted",
        ),
        ("Lee added that the goal had been a fluke.", "the goal had been a fluke"),
        ("“We never quit,” Pike added.", "We never quit"),
    ],
)
def test_added_before_a_clause_or_after_a_quotation_still_reports(text: str, content: str):
    assert [c for c, _, _ in attributed(text)] == [content]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Goaltender Ivo Rask said the ice was soft.", "Ivo Rask", "Goaltender"),
        ("Defenceman Tom Hale said the ice was soft.", "Tom Hale", "Defenceman"),
        ("Rookie Ana Lind told reporters she was nervous.", "Ana Lind", "Rookie"),
        ("Linebacker Joe Brandt said the field was wet.", "Joe Brandt", "Linebacker"),
    ],
)
def test_a_players_position_before_a_name_is_a_role(text: str, name: str, role: str):
    assert speaker_of(text) == (name, "person", role)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ann Lee made 40 saves. “We held on,” the veteran goaltender said.", "Ann Lee"),
        ("Kofi Dane, 31, scored twice. “We needed that,” the defenceman said.", "Kofi Dane"),
        ("Forward Lia Brandt scored twice. “It felt good,” the rookie said.", "Lia Brandt"),
        (
            "Kofi Dane scored 22 points. The veteran guard said the team had turned a corner.",
            "Kofi Dane",
        ),
        ("Tom Hale scored late. “I just shot it,” the forward said.", "Tom Hale"),
    ],
)
def test_a_description_by_a_players_position_is_the_player_just_named(text: str, name: str):
    assert [n for _, n in said_by(text)] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Kofi Dane was hurt in the crash. “He was lucky,” the crossing guard said.",
        "Inmate Kofi Dane was hurt. “He fell,” the prison guard said.",
        "Kofi Dane was hurt. “He slipped,” the guard said.",
    ],
)
def test_a_guard_who_plays_no_game_stays_unnamed(text: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and not speaker.named


def test_a_coach_described_is_still_the_coach_named():
    text = "Coach Ada Ruiz praised Kofi Dane. “He was great,” the coach said."
    assert said_by(text)[-1] == ("He was great", "Ada Ruiz")


def test_a_sections_entries_under_a_heading_in_capitals_are_no_speakers_labels():
    text = (
        "The Hawks won 3-1.\n\nUP NEXT\n\nHawks: At Regina on Monday night.\n\n"
        "Foxes: Host Brandon on Tuesday.\n\nTIP-INS\n\nFoxes: Lee has scored in six straight."
    )
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("PENCE: We will win this state.\n\nKAINE: We will not.", "PENCE"),  # a transcript
        ("The debate opened late.\n\nLee: We will win this state.", "Lee"),
        ("MORE FROM THE DEBATE\n\nLEE: We will win this state.", "LEE"),  # labels in capitals
    ],
)
def test_a_speakers_label_outside_such_a_section_still_speaks(text: str, speaker: str):
    assert said_by(text)[0] == ("We will win this state", speaker)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Halifax (18-11-4) has won four straight at home.", ["four"]),
        ("Saskatoon (15-16-3) has dropped three in a row.", ["three"]),
        ("He went 2 for 4 on the power play and 4 for 4 from the line.", []),
        ("She was 0-for-3 at the plate, and he went 3 for 5.", []),
        ("He one-timed a pass past the goalie.", []),
        ("The lead grew after back-to-back 3-pointers.", []),
        ("Lakeshore sends a 2027 second-round pick to Calgary.", []),
    ],
)
def test_a_record_a_shooting_line_and_a_numbered_play_count_nothing(text: str, figures: list[str]):
    assert [text[f.span[0] : f.span[1]] for f in find_figures(text)] == figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("They have won four straight.", [("four", None)]),
        ("They have won 11 straight games.", [("11 straight games", "games")]),
        (
            "He made 2 of 4 shots and hit six 3-pointers.",
            [("2", "shots"), ("4 shots", "shots"), ("six", "3-pointers")],
        ),
        ("He made 2 for 4 shots.", [("2", None), ("4 shots", "shots")]),
        (
            "The meeting ran for 2 hours and the shift lasted 30 seconds.",
            [("2 hours", "hour"), ("30 seconds", "second")],
        ),
        ("It was a 2 hour-long session.", [("2 hour", "hour")]),
        ("Sales rose to 5.5 per cent.", [("5.5 per cent", "percent")]),
    ],
)
def test_counts_near_those_lines_keep_their_units(text: str, figures: list[tuple[str, str | None]]):
    assert [(text[f.span[0] : f.span[1]], f.unit) for f in find_figures(text)] == figures


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "sports-hockey-comeback.txt",
            [
                ("We battled", "Darlene MacPhee", "person"),
                ("I've been squeezing", "Owen Varnell", "person"),
                ("We gave them too many", "Luc Ferland", "person"),
                ("the Tidemen stuck with", "Niko Laaksonen", "person"),
                ("Honestly, I didn't see", "Niko Laaksonen", "person"),
                ("Nobody was yelling", "Jacques Belliveau", "person"),
                ("He knows that's not", "Darlene MacPhee", "person"),
            ],
        ),
        (
            "sports-trade-defenceman.txt",
            [
                ("Petr is a right-shot", "Anita Sorensen", "person"),
                ("Calgary will retain", "a source with knowledge of the deal", "person"),
                ("his client was", "Dean Whitcombe", "person"),
                ("He wanted to be in a spot", "Dean Whitcombe", "person"),
                ("Petr gave us everything", "Bruce Tallis", "person"),
                ("You never say never", "Anita Sorensen", "person"),
                ("I got the call", "Kyle Bannister", "person"),
            ],
        ),
        (
            "sports-basketball-career-high.txt",
            [
                ("I just felt it early", "Jalen Marcus", "person"),
                ("He's playing with a lot", "Willa Dunmore", "person"),
                ("That was the game", "Paul Ostrander", "person"),
                ("We dug ourselves a hole", "Tyrell Benning", "person"),
                ("It was a little tight", "Devon Ashby", "person"),
                ("Caleb doesn't care", "Willa Dunmore", "person"),
                ("No idea", "Jalen Marcus", "person"),
            ],
        ),
    ],
)
def test_the_invented_game_stories_keep_their_speakers(
    name: str, expected: list[tuple[str, str, str]]
):
    assert missing_speakers(name, expected) == []


@pytest.mark.parametrize(
    ("name", "not_said"),
    [
        ("sports-hockey-comeback.txt", ("an empty-net goal", "At Moncton", "Host Quebec")),
        ("sports-basketball-career-high.txt", ("Host Phoenix", "At Sacramento", "Lindahl has")),
        ("sports-trade-defenceman.txt", ("a request for comment", "to reporters", "forward")),
    ],
)
def test_plays_and_the_notes_under_headings_are_no_statements(name: str, not_said: tuple[str]):
    contents = [content for content, _, _ in speakers_by_opening(name)]
    assert not [c for c in contents if c.startswith(not_said)]


def test_the_game_stories_figures_are_counts_not_records():
    text = (ARTICLES / "sports-hockey-comeback.txt").read_text(encoding="utf-8")
    found = [text[f.span[0] : f.span[1]] for f in find_figures(text)]
    assert "31 saves" in found and "three penalties" in found
    assert not {"15-16", "3", "2", "4", "one", "four straight"} & set(found)


@pytest.mark.parametrize(
    "text",
    [
        "The Jets claimed forward Noah Berg off waivers from Ottawa on Monday.",
        "Regina claimed Berg off waivers.",
        "Veteran defenceman Tom Hale called it a career on Tuesday.",
        "After 14 seasons, Hale called it quits.",
    ],
)
def test_a_player_claimed_off_waivers_or_a_career_called_off_is_no_statement(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Hale claimed the hit was clean.", "the hit was clean"),
        ("Hale claimed that waivers were unfair.", "waivers were unfair"),
        ("Lee called it a day of shame for the city.", "it a day of shame for the city"),
        ("Lee called it a disgrace.", "it a disgrace"),
    ],
)
def test_a_claim_or_a_name_given_near_those_words_still_reports(text: str, content: str):
    assert [c for c, _, _ in attributed(text)] == [content]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Hale was suspended two games, the league announced.", "the league", "organization"),
        ("The franchise said the arena would be rebuilt.", "The franchise", "organization"),
        (
            "Jets coach Ann Lee was upbeat. The Jets said Hale would miss a week.",
            "Jets",
            "organization",
        ),
        (
            "Herons general manager Ed Moss was upbeat. The Herons said Hale was fine.",
            "Herons",
            "organization",
        ),
    ],
)
def test_a_league_a_franchise_and_a_team_with_a_coach_are_organizations(
    text: str, name: str, kind: str
):
    assert speaker_of(text)[:2] == (name, kind)


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee coached the Jets for a decade. Lee said the job was hard.",
        "Ines Vale spoke first. Ann Moss coach disagreed. Moss said the job was hard.",
    ],
)
def test_a_persons_name_before_coach_keeps_its_kind(text: str):
    assert speaker_of(text)[1] == "person"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("TSN first reported the framework of the deal.", "TSN"),
        ("The Athletic reported that Hale was close to a deal.", "The Athletic"),
        ("Sportsnet reported that the talks had stalled.", "Sportsnet"),
    ],
)
def test_the_sports_press_is_media(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "media")


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Several teams have called, according to Sportsnet's Blair Marrin.",
            "Blair Marrin",
            "Sportsnet",
        ),
        ("TSN's Dara Kwon reported that several teams had called.", "Dara Kwon", "TSN"),
        ("Reuters's Odile Fenn reported the vote was close.", "Odile Fenn", "Reuters"),
    ],
)
def test_a_full_name_after_an_outlets_possessive_is_its_reporter(text: str, name: str, role: str):
    assert speaker_of(text) == (name, "person", role)


def test_a_full_name_after_an_unknown_names_possessive_keeps_its_kind():
    text = "The deal is close, according to Acme's Blair Marrin."
    assert speaker_of(text)[1] == "unknown"


@pytest.mark.parametrize(
    ("text", "expression", "value", "unit"),
    [
        ("Moss went 7 2/3 innings on Sunday.", "7 2/3 innings", 7 + 2 / 3, "innings"),
        ("The trail is 7 1/2 miles long.", "7 1/2 miles", 7.5, "miles"),
        ("About 2 1/2 years ago, the mill closed.", "About 2 1/2 years", 2.5, "year"),
        ("He scored 12 3/4 points.", "12 3/4 points", 12.75, "points"),
    ],
)
def test_a_whole_number_and_its_fraction_are_one_figure(
    text: str, expression: str, value: float, unit: str
):
    [figure] = find_figures(text)
    assert (text[figure.span[0] : figure.span[1]], figure.value, figure.unit) == (
        expression,
        value,
        unit,
    )


@pytest.mark.parametrize(
    ("text", "expressions"),
    [
        ("In 2024 1/3 of voters stayed home.", ["1/3 of voters"]),  # a year, then a share
        ("Of the 30, 1/3 left.", ["30", "1/3"]),
        ("She threw 5⅔ innings.", ["5⅔ innings"]),
    ],
)
def test_a_fraction_after_a_year_or_a_comma_stays_apart(text: str, expressions: list[str]):
    assert [text[f.span[0] : f.span[1]] for f in find_figures(text)] == expressions


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Jan Pruitt, the city's mayor, opened the meeting. “We are ready,” the mayor said.",
            "Jan Pruitt",
            "city's mayor",
        ),
        (
            "Tom Hale, the Jets captain, scored twice. “We needed that,” the captain said.",
            "Tom Hale",
            "Jets captain",
        ),
        (
            "Ann Lee, the Ohio senator, spoke first. “We agree,” the senator said.",
            "Ann Lee",
            "Ohio senator",
        ),
        (
            "Ann Lee spoke first. Then Rob Park, the senator, spoke. “We agree,” the senator said.",
            "Rob Park",
            "senator",
        ),
    ],
)
def test_a_description_apposed_to_a_name_with_a_possessive_or_a_capitalised_modifier_holds(
    text: str, name: str, role: str
):
    assert speaker_of(text) == (name, "person", role)


def test_a_deputy_apposed_is_still_no_holder_of_the_office():
    text = "Ann Lee, the city's deputy mayor, spoke first. “We are ready,” the mayor said."
    assert speaker_of(text)[0] == "the mayor"


@pytest.mark.parametrize(
    ("text", "name", "named"),
    [
        ("“The guys were great,” said the 24-year-old.", "the 24-year-old", False),
        (
            "Tom Hale stopped 30 shots. “The guys were great,” said the 24-year-old.",
            "Tom Hale",
            True,
        ),
        (
            "Tom Hale stopped 30 shots. “We held,” said the 31-year-old, who has 14 wins.",
            "Tom Hale",
            True,
        ),
    ],
)
def test_an_age_after_an_inverted_cue_is_a_speaker(text: str, name: str, named: bool):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and (speaker.name, speaker.named) == (name, named)


def test_an_age_as_a_contents_subject_stays_in_the_content():
    text = "He said the 24-year-old was fine."
    assert [c for c, _, _ in attributed(text)] == ["the 24-year-old was fine"]


@pytest.mark.parametrize(
    "text",
    [
        "“We needed that,” the Jets' captain said.",
        "“We lost our legs,” the Herons’ coach said.",
        "The Teamsters' president said the strike would go on.",
    ],
)
def test_a_role_after_a_plurals_possessive_names_nobody(text: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.kind == "person" and not speaker.named


def test_a_name_apposed_to_such_a_role_is_still_named():
    text = "The Jets' coach, Ann Lee, said the team was tired."
    assert speaker_of(text) == ("Ann Lee", "person", "Jets' coach")


@pytest.mark.parametrize(
    ("text", "expressions"),
    [
        ("Granite City fell to 9-14 on the road.", []),
        ("Riverport improved to 22-19 with the win.", []),
        ("The Foxes improved to 5-7.", []),
        ("Temperatures fell to 9-14 degrees overnight.", ["9-14 degrees"]),
        ("The share fell to 9-10% in May.", ["9-10%"]),
        ("Its enrolment fell to 300-400 students.", ["300-400 students"]),
    ],
)
def test_a_record_a_standing_moved_to_counts_nothing_but_a_range_of_units_does(
    text: str, expressions: list[str]
):
    assert [text[f.span[0] : f.span[1]] for f in find_figures(text)] == expressions


def test_the_trade_storys_figures_are_its_money_and_counts():
    text = (ARTICLES / "sports-trade-defenceman.txt").read_text(encoding="utf-8")
    found = {text[f.span[0] : f.span[1]]: f.unit for f in find_figures(text)}
    assert found["$6.3 million"] == "dollar" and found["19 assists"] == "assists"
    assert not [expression for expression in found if expression.startswith("2027")]
