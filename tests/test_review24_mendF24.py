"""Review 24 findings on the statement and figure leftovers, mended by construction: each
tested on invented sentences, with near-misses that must not change."""

import pytest
from extraction_helpers import attributed, story, story_units


def found(text: str) -> list[tuple[str, str | None]]:
    """(content, speaker name) of each statement of `text`, after a headline."""
    return [
        (content, speaker.name if speaker else None)
        for content, speaker, _cue in attributed("A headline\n\n" + text)
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a number of times with no "that" after it is the content's count
        ("Lee said 100 times is too many.", "100 times is too many"),
        (
            "Ortiz said five times in a row the team had lost at home.",
            "five times in a row the team had lost at home",
        ),
        (
            "Lee said five times out of six the pumps failed.",
            "five times out of six the pumps failed",
        ),
        ("Lee said two times zero is zero.", "two times zero is zero"),
        (
            "The agency said 30 times since 2019 inspectors had found leaks.",
            "30 times since 2019 inspectors had found leaks",
        ),
        ("Chen said 10 times more people came this year.", "10 times more people came this year"),
        ("Chen said twice the cost was too much.", "twice the cost was too much"),
        # near-misses: before "that", a colon or a quotation it is how often it was said
        ("Chen said three times that the plant was safe.", "the plant was safe"),
        (
            "Chen has said up to 10 times in interviews that the plant was safe.",
            "the plant was safe",
        ),
        ("Chen told reporters two times on Monday that the plant was safe.", "the plant was safe"),
        ("Chen said on three occasions that the plant was safe.", "the plant was safe"),
        ("Chen said twice that the plant was safe.", "the plant was safe"),
        # a count no content opens with, before "that" or a clause
        ("Chen told them several times the plant was safe.", "the plant was safe"),
        ("Chen said dozens of times that the plant was safe.", "the plant was safe"),
        ("Chen said hundreds of times that the pier was sound.", "the pier was sound"),
        ("Chen has said more than once the deal was dead.", "the deal was dead"),
        ("Chen said again and again the plant was safe.", "the plant was safe"),
        (
            "Chen said many times more people came this year.",
            "many times more people came this year",
        ),
    ],
)
def test_how_often_said(text: str, content: str) -> None:
    assert content in [c for c, _ in found(text)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the of-phrase is the listener's when an infinitive or a clause follows it
        (
            "The agency is warning parents of young children to keep them indoors.",
            "to keep them indoors",
        ),
        ("Officials warned residents of Elm Street the water was unsafe.", "the water was unsafe"),
        (
            "Officials warned residents of Elm Street that the water was unsafe.",
            "the water was unsafe",
        ),
        # a relative "that" after the danger's noun is the danger's
        (
            "Police are warning residents about a phone scam that targets seniors.",
            "a phone scam that targets seniors",
        ),
        # near-misses: what the listener is warned of
        ("Police warned drivers of blowing snow on the highway.", "blowing snow on the highway"),
        ("The city warned parents about the fumes.", "the fumes"),
        ("Police warned drivers of the storm to come.", "the storm to come"),
        (
            "The agency warned residents of the risk that the river could flood.",
            "the risk that the river could flood",
        ),
    ],
)
def test_warned_listener(text: str, content: str) -> None:
    assert content in [c for c, _ in found(text)]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # a market's or a crowd's high, or a weather word only in another sentence: a count
        ("Heating oil demand rose with the cold. Shares hit a high of 31 on Tuesday.", 31, None),
        ("Despite the rain, attendance hit a high of 85 on Sunday.", 85, None),
        ("The heat wave sent the stock to a high of 112 on Friday.", 112, None),
        ("In a sunny year for the company, shares reached a high of 44 in May.", 44, None),
        ("Fog delayed flights. The airline's stock hit lows near 12 in March.", 12, None),
        # a forecast's, its weather word before or after the level
        ("Snow is likely, with a high of 2 on Friday.", 2, "degrees"),
        ("Expect rain on Monday and a low of 4 overnight.", 4, "degrees"),
        ("A high of 31 is forecast for Sunday, with sunshine.", 31, "degrees"),
    ],
)
def test_weather_level(text: str, value: float, unit: str | None) -> None:
    assert (value, unit) in story_units(text)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # two sets counted by the number, or a rate: the bare number names neither
        (
            "Police said 12 people were hurt and 12 dogs were found in the house. "
            "Two of the 12 were taken to hospital.",
            12,
            None,
        ),
        ("Staff treated 40 patients a day. One of the 40 was a child.", 40, None),
        # one set counted by it: the bare number names it
        ("Doctors saw 410 patients in May. One of the 410 was a child.", 410, "patients"),
        (
            "Doctors saw 410 patients in May and 20 nurses quit. One of the 410 was a child.",
            410,
            "patients",
        ),
    ],
)
def test_the_number_again(text: str, value: float, unit: str | None) -> None:
    assert story_units(text)[-1] == (value, unit)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a judging word after a naming verb with no relative pronoun: the stance, one word
        ("The tax the premier calls unfair is gone.", ["unfair"]),
        ("The plan the premier calls reckless was approved on Monday.", ["reckless"]),
        ("The plan the premier called dangerous was shelved.", ["dangerous"]),
        # near-misses: a name is nothing said
        ("The lake her family still calls the pond is drying up.", []),
        ("The cabin they call home was sold.", []),
        ("After the vote the premier called the plan reckless.", ["the plan reckless"]),
    ],
)
def test_zero_relative_judgement(text: str, content: list[str]) -> None:
    assert [c for c, _ in found(text)] == content


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # the weather's "it" and a spaced C or F, with a modal or "is expected to"
        ("It's 3 C outside.", 3, "C"),
        ("It could hit 40 C by Thursday.", 40, "C"),
        ("It is expected to reach 33 C on Friday.", 33, "C"),
        ("It will top 30 C today.", 30, "C"),
        # near-misses: a letter before a noun it names
        ("It was 4 C students who failed.", 4, "students"),
    ],
)
def test_weather_it_degrees(text: str, value: float, unit: str) -> None:
    assert (value, unit) in story_units(text)


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "Lee said the budget was, as the auditor put it, a house of cards.",
            ["the budget was", "a house of cards"],
        ),
        (
            "Lee said the budget was, as one critic put it, a house of cards.",
            ["the budget was", "a house of cards"],
        ),
        (
            "Lee said the budget was, as Chen put it, a house of cards.",
            ["the budget was", "a house of cards"],
        ),
    ],
)
def test_wording_aside_cut(text: str, parts: list[str]) -> None:
    body = "Headline\n\n" + text
    (statement,) = story(text).statements
    assert [body[a:b] for a, b in statement.parts] == parts


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # a falling pair before a percent word: the two shares of a split
        ("Members split 70-30 percent in favour of the deal.", [(70, "percent"), (30, "percent")]),
        # a poll's "times in" as its ratio
        (
            "The poll is accurate within four points, 19 times in 20.",
            [(4, "points"), (0.95, "fraction")],
        ),
        # near-misses: a score, how often in a year or a span
        ("The Oilers won 4-1 on Tuesday.", []),
        ("The pumps failed 5 times in 2019.", [(5, "times")]),
        ("The pumps failed 3 times in 12 months.", [(3, "times"), (12, "month")]),
    ],
)
def test_split_and_poll_ratio(text: str, figures: list[tuple[float, str]]) -> None:
    assert story_units(text) == figures


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # witnesses relay a saying, quoted or reported; officials who attended are witnesses
        (
            "According to two people who attended, the mayor said, “We are done here.”",
            "We are done here",
            "the mayor",
        ),
        (
            "According to two officials who attended the meeting, Chen said the plan was dead.",
            "the plan was dead",
            "Chen",
        ),
    ],
)
def test_witnessed_saying(text: str, content: str, speaker: str) -> None:
    assert (content, speaker) in found(text)


def test_unwitnessed_officials_keep_their_report() -> None:
    """Officials not told as there keep the whole of it: no saying of Chen's."""
    assert found("According to two officials, Chen said the plan was dead.") == [
        ("Chen said the plan was dead", "two officials")
    ]
