"""The second reviewer's findings of session 21 on the mends of mendA21 and mendB21, each
tested on invented sentences with near-misses that must not change."""

import pytest
from extraction_helpers import attributed, named

# -- 1. "when asked about <det> N" ends the content only when the speaker is its subject --


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Witnesses said the driver became aggressive when asked about his licence.",
            ("the driver became aggressive when asked about his licence", "Witnesses", "said"),
        ),
        (
            "The report says the minister refused to answer when asked about the contract.",
            (
                "the minister refused to answer when asked about the contract",
                "The report",
                "says",
            ),
        ),
        (
            "The coach said players tense up when asked about the playoffs.",
            ("players tense up when asked about the playoffs", "The coach", "said"),
        ),
        # the speaker's own answer: the interview is cut off
        (
            "Lee said she would not resign when asked about the report.",
            ("she would not resign", "Lee", "said"),
        ),
        (
            "Lee said he's fine when asked about his knee.",
            ("he's fine", "Lee", "said"),
        ),
        (
            "Lee said the clinic would stay open when reached for comment on Monday.",
            ("the clinic would stay open", "Lee", "said"),
        ),
    ],
)
def test_asked_about_a_topic(text: str, expected: tuple) -> None:
    assert expected in named(text)


# -- 2. a lede's leader of a bank or department: "President", "Chief" only after its name --


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(s.name, s.role) if s else None for _, s, _ in attributed(text)]


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            "The head of the bank said rates would fall.\n\n"
            "President Donald Trump said the bank should cut rates.",
            ("Donald Trump", "President"),
        ),
        (
            "The head of the department said the audit was wrong.\n\n"
            "Chief Tom Hale said the fire was under control.",
            ("Tom Hale", "Chief"),
        ),
    ],
)
def test_an_office_of_its_own_is_not_the_bodys_leader(text: str, second: tuple) -> None:
    first, other = _speakers(text)
    assert other == second
    assert first is not None and first[0] != second[0]


@pytest.mark.parametrize(
    ("text", "leader"),
    [
        (
            "The head of the fire department said the audit was wrong.\n\n"
            "Fire Chief Tom Hale said the fire was under control.",
            ("Tom Hale", "Fire Chief, head of the fire department"),
        ),
        (
            "The head of the bank said rates would fall.\n\n"
            "Acme Bank President Ann Lee said the bank should cut rates.",
            ("Ann Lee", "Acme Bank President, head of the bank"),
        ),
    ],
)
def test_a_title_after_the_bodys_name_is_its_leader(text: str, leader: tuple) -> None:
    assert _speakers(text) == [leader, leader]


# -- 3. "the forecaster": "Met" is a weather body only as "the Met Office" --


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Met Police arrested two men. Separately, the forecaster said July would be dry.",
            "the forecaster",
        ),
        ("The Met Gala drew crowds. The forecaster said July would be dry.", "The forecaster"),
        # near-misses: a weather service named before
        (
            "The Met Office issued a warning. The forecaster said July would be dry.",
            "The Met Office",
        ),
        (
            "Environment Canada issued a warning. The forecaster said July would be dry.",
            "Environment Canada",
        ),
    ],
)
def test_the_forecaster_of_a_met(text: str, speaker: str) -> None:
    [(content, who, _)] = attributed(text)
    assert (content, who.name if who else None) == ("July would be dry", speaker)


# -- 4. "I'm told" is no part of the content: a quotation keeps its own bounds --


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“It’s over,” I’m told by a senior aide.", [("It’s over", "a senior aide", "told")]),
        ("“It’s over,” we are reliably told by two aides.", [("It’s over", "two aides", "told")]),
        ("“It’s over,” I’m told.", [("It’s over", None, "told")]),
        ("As I'm told, the plan is dead.", [("the plan is dead", None, "told")]),
        # near-misses: another listener, the clause after "told"
        (
            "“It is dead,” the mayor was told by staff.",
            [("It is dead,” the mayor was told by staff", "staff", "told")],
        ),
        ("I'm told the premier will resign.", [("the premier will resign", None, "told")]),
    ],
)
def test_told_the_author(text: str, expected: list) -> None:
    assert [(c, s.name if s else None, cue) for c, s, cue in attributed(text)] == expected


# -- 6. ", which tells me" after a clause: the author's inference, whatever its last word --


@pytest.mark.parametrize(
    "text",
    [
        "Rents rose again in Toronto, which tells me the market is still hot.",
        "The Leafs lost to Boston, which tells you the team is not ready.",
        "Nobody showed up for Ann Lee, which tells me the party is done.",
        "Acme posted a loss, which told us the turnaround had stalled.",
    ],
)
def test_which_tells_after_a_clause(text: str) -> None:
    assert named(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A leaked memo, which tells us the plan was rushed, was sent to reporters.",
            ("the plan was rushed", "A leaked memo", "tells"),
        ),
        (
            "Acme, which told us last week that no jobs would go, cut 200 positions.",
            ("no jobs would go", "Acme", "told"),
        ),
    ],
)
def test_which_tells_after_a_speaker(text: str, expected: tuple) -> None:
    assert named(text) == [expected]


# -- 7. an attitude adjective and its link: the people before it speak, not its object --


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Nurses angry at the province said wards were short-staffed.", "Nurses angry at"),
        ("Voters upset with the tax said it was unfair.", "Voters upset with"),
        ("Residents frustrated with the city said the roads were a mess.", "Residents"),
        # near-misses: the links known before
        ("Nurses angry about the cuts said wards were short-staffed.", "Nurses angry about"),
        ("A man angered by the closure said it was unfair.", "A man angered by"),
    ],
)
def test_attitude_adjective_before_the_speakers_cue(text: str, speaker: str) -> None:
    [(_, who, _)] = attributed(text)
    assert who is not None and who.name.startswith(speaker)


# -- 8. the interview closing the sentence after passive content --


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lee said the mill was sold when I interviewed her in 2019, before the merger.",
            ("the mill was sold", "Lee", "said"),
        ),
        (
            "The mayor said the mill was sold when reached by phone.",
            ("the mill was sold", "The mayor", "said"),
        ),
        # near-miss: the loan is the content's topic, not the speaker's interview
        (
            "Lee said the mill was sold when asked about the loan.",
            ("the mill was sold when asked about the loan", "Lee", "said"),
        ),
    ],
)
def test_interview_after_passive_content(text: str, expected: tuple) -> None:
    assert named(text) == [expected]


# -- 10. nobody of a body for subject: no one said it --


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("No one from the ministry said the money was gone.", []),
        ("Nobody at the ministry has said the money was gone.", []),
        # near-misses: someone said it; nobody inside the content or an aside
        (
            "Someone from the ministry said the money was gone.",
            [("the money was gone", "Someone from the ministry", "said")],
        ),
        (
            "Lee, who knows no one in Ottawa, said the money was gone.",
            [("the money was gone", "Lee", "said")],
        ),
    ],
)
def test_nobody_from_a_body(text: str, expected: list) -> None:
    found = [(c, s.name if s else None, cue) for c, s, cue in attributed(text)]
    assert [f for f in found if f[2] == "said"] == expected


# -- 5. two titled names joined: one role only when both titles are the same --


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Premier Ann Lee and Finance Minister Tom Hale said the budget was balanced.",
            ("Ann Lee and Tom Hale", None),
        ),
        (
            "Mayor Ann Lee and Manitoba Premier Wab Kinew said the deal was done.",
            ("Ann Lee and Wab Kinew", None),
        ),
        (
            "Chief Ann Lee and Toronto Police Chief Myron Demkiw said the deal was done.",
            ("Ann Lee and Myron Demkiw", None),
        ),
        # near-misses: one title of both, no titles
        (
            "Premier Ann Lee and Premier Tom Hale said the deal was done.",
            ("Ann Lee and Tom Hale", "Premier"),
        ),
        ("Tom Hale and Ann Lee said the deal was done.", ("Tom Hale and Ann Lee", None)),
    ],
)
def test_two_titled_names_joined(text: str, speaker: tuple) -> None:
    [(_, who, _)] = attributed(text)
    assert who is not None and (who.name, who.role) == speaker
