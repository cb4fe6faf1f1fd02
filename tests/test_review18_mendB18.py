"""A reviewer's findings on the day's merged statement and figure rules, each fixed by
construction and tested on invented sentences with near-misses that must not change."""

import pytest
from extraction_helpers import acts_and_contents, attributed

from tui.core.extract import extract
from tui.core.model import Article

HEAD = "Local news\n\n"


def according(text: str) -> tuple[str, str | None]:
    """(content, source's role) of the only statement of `text`'s "According to"."""
    [(content, speaker, _)] = [s for s in attributed(HEAD + text) if s[2] == "According to"]
    return content, speaker.role if speaker else None


@pytest.mark.parametrize(
    ("text", "role", "content"),
    [
        (
            "According to Mira Toller, the fire chief, most of the sheds were empty.",
            "fire chief",
            "most of the sheds were empty",
        ),
        (
            "According to Mira Toller, a neighbour, some of the sheds had no roofs.",
            "neighbour",
            "some of the sheds had no roofs",
        ),
        (
            "According to Statistics Canada, the federal agency, falling orders hurt exports.",
            "federal agency",
            "falling orders hurt exports",
        ),
        (
            "According to Brenlo Foods, the town's biggest employer, rising costs forced cuts.",
            "town's biggest employer",
            "rising costs forced cuts",
        ),
        (
            "According to the Arden Institute, a conservative think tank, rising taxes drove "
            "families away.",
            "conservative think tank",
            "rising taxes drove families away",
        ),
        (
            "According to the study, published in May, most of the wells were dry.",
            None,
            "most of the wells were dry",
        ),
    ],
)
def test_according_to_an_apposition_before_a_clause_of_its_own_stays(
    text: str, role: str | None, content: str
) -> None:
    # a partitive or a participle opening a clause with its own finite verb, or after a role
    # or a body's noun, follows a real apposition
    assert according(text) == (content, role)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "According to the union, the mill cut 70 jobs, most of them based in Quebec.",
            "the mill cut 70 jobs, most of them based in Quebec",
        ),
        (
            "According to deputies, the man, driven by panic, fled the scene.",
            "the man, driven by panic, fled the scene",
        ),
        (
            "According to the memo, the board missed its targets, blaming the weather.",
            "the board missed its targets",
        ),
    ],
)
def test_according_to_a_clause_going_on_stays_the_content(text: str, content: str) -> None:
    assert according(text) == (content, None)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The survey found about 40 per cent of tenants back the plan.",
            "about 40 per cent of tenants back the plan",
        ),
        (
            "The audit found about half of the grants were never tracked.",
            "about half of the grants were never tracked",
        ),
        (
            "A poll found about one in three drivers had not decided.",
            "about one in three drivers had not decided",
        ),
        (
            "The review found of the 90 cases examined, 12 were incomplete.",
            "of the 90 cases examined, 12 were incomplete",
        ),
    ],
)
def test_found_about_a_quantity_is_a_finding(text: str, content: str) -> None:
    assert acts_and_contents(HEAD + text) == [("stance", content)]


@pytest.mark.parametrize(
    "text",
    [
        "Tenants learned of the closure on Monday.",
        "Omar Petrie heard about the fire from a neighbour.",
        "Omar Petrie found out about the layoffs from a cousin.",
        "Tenants found out by email last week.",
        "Tenants will find out whether the rink will close.",
        "Tenants could soon find out why the rink closed.",
    ],
)
def test_news_that_came_or_a_question_still_open_is_no_statement(text: str) -> None:
    assert acts_and_contents(HEAD + text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Tenants found out Tuesday that their water was unsafe.", "their water was unsafe"),
        ("Omar Petrie found out last week the rink would shut.", "the rink would shut"),
        ("Omar Petrie found out the rink would shut.", "the rink would shut"),
        ("Tenants found out how the fire started.", "how the fire started"),
    ],
)
def test_found_out_past_a_time_holds_what_was_learned(text: str, content: str) -> None:
    assert acts_and_contents(HEAD + text) == [("thought", content)]


def figure_units(text: str) -> list[tuple[float, str | None]]:
    """(value, unit) of each figure of `text`."""
    document = extract(Article(id="x", text=HEAD + text))
    return [(f.value, f.unit) for f in document.figures]


@pytest.mark.parametrize(
    "text",
    [
        "The local voted 85-15 per cent in favour.",
        "Voters approved the levy 62-38 percent.",
        "The league approved the 3-2 format for the playoffs.",
        "The panel adopted 4-3 shift rules for the finals.",
    ],
)
def test_a_share_or_a_modifier_is_no_vote_tally(text: str) -> None:
    assert all(unit != "votes" for _, unit in figure_units(text))


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The league voted 3-2 to approve the format.", [3.0, 2.0]),
        ("Council approved the plan 7-2 on Tuesday.", [7.0, 2.0]),
        ("The bill passed 52-48 along party lines.", [52.0, 48.0]),
        ("The board voted 5-0 unanimously.", [5.0, 0.0]),
    ],
)
def test_a_tally_after_its_verb_stays_two_counts_of_votes(text: str, values: list[float]) -> None:
    assert [v for v, unit in figure_units(text) if unit == "votes"] == values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("With futures pointing to a weak open, traders sold shares.", []),
        ("With bonds pointing to a cut, lenders eased rates.", []),
        (
            "With millers saying the levy would rise, bakers raised prices.",
            [("the levy would rise", "millers")],
        ),
        (
            "With growers warning that the frost had hit, grocers stocked up.",
            [("the frost had hit", "growers")],
        ),
    ],
)
def test_a_bare_plural_after_with_speaks_only_by_a_cue_of_saying(
    text: str, expected: list[tuple[str, str]]
) -> None:
    found = [(content, s.name if s else None) for content, s, _ in attributed(HEAD + text)]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("When the mayor said the plan was dead, the room fell silent.", "the plan was dead"),
        ("After Omar Petrie said rates would rise, lenders tightened rules.", "rates would rise"),
        (
            "When Mira Toller said taxes, fees and tolls would rise, drivers protested.",
            "taxes, fees and tolls would rise",
        ),
    ],
)
def test_a_subordinate_cues_content_ends_before_the_main_clause(text: str, content: str) -> None:
    assert [c for c, _, _ in attributed(HEAD + text)] == [content]


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        (
            "Asked by reporters whether she would resign, Mira Toller said no.",
            ("no", "Mira Toller"),
        ),
        ("Asked to resign, Mira Toller said no.", ("no", "Mira Toller")),
        (
            "Asked by a caller if the rink would close, Omar Petrie said yes.",
            ("yes", "Omar Petrie"),
        ),
    ],
)
def test_an_answer_to_the_question_the_sentence_opens_with(
    text: str, answer: tuple[str, str]
) -> None:
    found = [(content, s.name if s else None) for content, s, _ in attributed(HEAD + text)]
    assert found[-1] == answer


def test_an_answer_to_a_question_put_in_another_sentence_stays_none() -> None:
    text = HEAD + "The board asked her to resign. Mira Toller said no."
    assert "no" not in [content for content, _, _ in attributed(text)]


@pytest.mark.parametrize("listener", ["CBC News", "reporters", "the Ledger"])
def test_an_interrupting_attribution_with_its_listener_reports_both_clauses(
    listener: str,
) -> None:
    text = (
        f"The utility expected to finish by Friday, Mira Toller told {listener}, but some "
        "roads could take longer."
    )
    [(content, speaker, cue)] = attributed(HEAD + text)
    assert (content, speaker.name if speaker else None, cue) == (text[:-1], "Mira Toller", "told")


def test_a_closing_attribution_with_its_listener_reports_what_precedes() -> None:
    text = HEAD + "Crews would work overnight, Mira Toller told reporters."
    assert [(c, s.name if s else None) for c, s, _ in attributed(text)] == [
        ("Crews would work overnight", "Mira Toller")
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Mira Toller, whose call for an audit was rejected, left the meeting.",
            "an audit was rejected",
        ),
        (
            "Mira Toller, who backed an audit of the fund, left the meeting early.",
            "an audit of the fund",
        ),
    ],
)
def test_a_relative_clauses_content_ends_before_an_irregular_main_verb(
    text: str, content: str
) -> None:
    assert [c for c, _, _ in attributed(HEAD + text)] == [content]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Brenlo Foods, the company that argued the levy was illegal, lost its appeal.",
            [("the levy was illegal", "Brenlo Foods")],
        ),
        (
            "Brenlo Foods, a firm that says it employs 400 people, said it would close the mill.",
            [
                ("it employs 400 people", "Brenlo Foods"),
                ("it would close the mill", "Brenlo Foods"),
            ],
        ),
        (
            "Mira Toller, the nurse who warned that staff were exhausted, said the ward needed "
            "help.",
            [("staff were exhausted", "Mira Toller"), ("the ward needed help", "Mira Toller")],
        ),
        (
            "Omar Petrie thanked Mira Toller, the nurse who said the ward was full.",
            [("the ward was full", "Mira Toller")],
        ),
    ],
)
def test_a_relative_clause_on_a_description_is_the_named_ones(
    text: str, expected: list[tuple[str, str]]
) -> None:
    found = [(content, s.name if s else None) for content, s, _ in attributed(HEAD + text)]
    assert found == expected


def test_a_description_with_its_relative_clause_and_no_name_keeps_its_noun() -> None:
    text = HEAD + "Omar Petrie met the nurse who warned that staff were exhausted."
    assert [(c, s.name if s else None) for c, s, _ in attributed(text)] == [
        ("staff were exhausted", "the nurse")
    ]
