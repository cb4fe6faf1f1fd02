"""Statement leftovers of session 18, by construction (invented sentences): a description
of no list after an inverted cue, the main clause after an opening "with" absolute, ..."""

import pytest
from extraction_helpers import ARTICLES, attributed, contents, missing_speakers, speaker_of

from tui.core.figures import find_figures
from tui.core.statements import find_statements


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("“We sold out by noon,” said the head chef, who was tired.", "the head chef", "head chef"),
        ("“The oven broke twice,” said the baker.", "the baker", "baker"),
        (
            "“The nets came up empty,” said the trawlerman, a man of few words.",
            "the trawlerman",
            "trawlerman",
        ),
        (
            '"The lift was out again," said the night porter, who asked for quiet.',
            "the night porter",
            "night porter",
        ),
        ("“Nobody warned us,” said the beekeeper at the fair.", "the beekeeper", "beekeeper"),
    ],
)
def test_a_description_of_no_list_after_an_inverted_cue_speaks(text: str, name: str, role: str):
    assert speaker_of(text) == (name, "person", role)


@pytest.mark.parametrize(
    "text",
    [
        "“It was late,” said the same.",  # what was said, no speaker
        "“It was late,” said the opposite, too.",
        "“It was late,” said the plan would fail.",  # no clause end after the noun
    ],
)
def test_no_speaker_when_no_description_ends_the_clause(text: str):
    assert [speaker for _, speaker, _ in attributed(text) if speaker is not None] == []


def test_a_listed_speaker_and_its_relative_clause_are_unchanged():
    assert speaker_of("“It was late,” said the mayor, who was tired.") == (
        "the mayor",
        "person",
        "mayor",
    )
    assert speaker_of("“It was late,” said Ana Ruiz, who was tired.")[0] == "Ana Ruiz"
    assert speaker_of("“It was late,” said the farmer, Eli Stroud.")[:2] == ("Eli Stroud", "person")


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "With the mayor saying she would not run again, the race is open.",
            "she would not run again",
            "the mayor",
        ),
        (
            "With tenants warning that “rents will soar,” the board met on Monday.",
            "rents will soar",
            "tenants",
        ),
        (
            "With growers saying the frost came early, the harvest was cut by half.",
            "the frost came early",
            "growers",
        ),
        (
            "When the host asked if the show was over, the crowd went home.",
            "if the show was over",
            "the host",
        ),
    ],
)
def test_an_opening_absolute_ends_before_the_main_clause(text: str, content: str, name: str):
    [(said, speaker, _)] = attributed(text)
    assert (said.strip("“”"), speaker.name if speaker else None) == (content, name)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a list inside the content is no main clause
        (
            "With the mayor saying that the rent, the tax and the fee were rising, the board met.",
            "the rent, the tax and the fee were rising",
        ),
        # the absolute after the main clause stays as it was read
        (
            "Rents rose, with many tenants warning that the board was asleep.",
            "the board was asleep",
        ),
    ],
)
def test_an_absolute_with_no_main_clause_inside_keeps_its_content(text: str, content: str):
    assert contents(text) == [content]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The board voted 4-1 on Tuesday night to close the schools.",
            "voted 4-1 on Tuesday night to",
            "close the schools",
        ),
        (
            "The council voted unanimously late Monday to ban the sale.",
            "voted unanimously late Monday to",
            "ban the sale",
        ),
        ("The trustees voted on Friday to sell the hall.", "voted on Friday to", "sell the hall"),
    ],
)
def test_a_vote_with_its_day_between_verb_and_infinitive_is_a_stance(
    text: str, cue: str, content: str
):
    [statement] = find_statements(text)[1]
    said = text[statement.span[0] : statement.span[1]]
    assert (statement.act, statement.cue, said) == ("stance", cue, content)


@pytest.mark.parametrize(
    "text",
    [
        "The board voted on the plan to close the schools.",  # a vote on a thing: no stance
        "The board voted 6-1 on the annex.",
        "The board met on Tuesday night to close the books.",  # no vote
    ],
)
def test_a_vote_on_a_thing_or_a_meeting_makes_no_stance(text: str):
    assert [s.act for s in find_statements(text)[1]] == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The board voted 4-1 on Tuesday night to close the schools.", [4, 1]),
        ("The Senate passed the bill 52-48.", [52, 48]),
        ("The plan was approved by a vote of 7 to 2.", [7, 2]),
        ("The measure passed 212–207 in the House.", [212, 207]),
        ("The court ruled 6-3 in May.", [6, 3]),
    ],
)
def test_a_vote_tally_is_the_count_of_votes_for_and_against(text: str, values: list[int]):
    figures = find_figures(text)
    assert [(f.value, f.unit, f.kind) for f in figures] == [(v, "votes", "count") for v in values]


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("The visitors won 4-1 at home.", []),  # a score
        ("Voters split 52-48 on the measure.", []),  # shares, no votes counted
        ("They voted by a 4 to 1 margin.", ["ratio"]),  # odds
        ("The council passed the 2019-20 budget.", []),  # years
        ("The motion passed by 412 votes to 198.", ["votes", "votes"]),  # as before
    ],
)
def test_scores_odds_and_years_are_no_tally(text: str, units: list[str]):
    assert [f.unit for f in find_figures(text)] == units


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "She found it hard to accept that the mill would close.",
            "found it hard to accept",
            "the mill would close",
        ),
        (
            "Residents find it difficult to believe the dam is safe.",
            "find it difficult to believe",
            "the dam is safe",
        ),
        (
            "Growers found it impossible to understand why the depot shut.",
            "found it impossible to understand",
            "why the depot shut",
        ),
    ],
)
def test_finding_it_hard_to_believe_is_a_thought(text: str, cue: str, content: str):
    [statement] = find_statements(text)[1]
    said = text[statement.span[0] : statement.span[1]]
    assert (statement.act, statement.cue, said) == ("thought", cue, content)


@pytest.mark.parametrize(
    "text",
    [
        "She found it hard to find work.",  # no verb of believing: as before
        "The audit found that the depot was unsafe.",  # a finding
    ],
)
def test_other_findings_keep_their_act(text: str):
    assert [s.act for s in find_statements(text)[1]] == ["stance"]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "A 2019 announcement by the then-minister said the plan was final.",
            "the then-minister",
            "then-minister",
        ),
        ("The ex-mayor said the bridge was sound.", "The ex-mayor", "ex-mayor"),
        ("“The bridge is sound,” said the then-mayor.", "the then-mayor", "then-mayor"),
        ("“It is over,” said her ex-wife.", "her ex-wife", "ex-wife"),
    ],
)
def test_a_role_after_then_or_ex_is_a_person_with_that_role(text: str, name: str, role: str):
    assert speaker_of(text) == (name, "person", role)


def test_a_hyphenated_word_of_no_role_is_no_speaker():
    assert attributed("“It is over,” said the then-famous.") == []


@pytest.mark.parametrize(
    ("text", "name", "answer"),
    [
        ("Asked whether she would resign, Ms. Vautrin said no.", "Vautrin", "no"),
        ("Asked if the plant would close, the manager said yes.", "the manager", "yes"),
        ("When pressed on the cuts, the mayor said no.", "the mayor", "no"),
    ],
)
def test_a_bare_answer_to_the_question_the_sentence_opens_with_is_a_statement(
    text: str, name: str, answer: str
):
    answers = [(c, s.name if s else None) for c, s, cue in attributed(text) if cue == "said"]
    assert answers == [(answer, name)]


@pytest.mark.parametrize(
    "text",
    [
        "The talks failed, and Lee said no.",  # a question reported elsewhere
        "Lee said yes.",
        "Asked whether she would resign, Ms. Vautrin said no comment.",  # a non-answer
        "Ms. Vautrin said no comment.",
    ],
)
def test_no_answer_without_its_question_and_no_comment_is_no_statement(text: str):
    assert [c for c, _, cue in attributed(text) if cue == "said"] == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a participle of no consequence goes on with what was said
        (
            "The new rule will raise prices, making bread dearer, the baker said.",
            "The new rule will raise prices, making bread dearer",
        ),
        (
            "The baker said the new rule would raise prices, making bread dearer.",
            "the new rule would raise prices, making bread dearer",
        ),
        # the reaction to what was said is the writer's, after "will" or "would" too
        ("The board said fares will rise, prompting a protest.", "fares will rise"),
        ("The board said fares would rise, sparking anger on the buses.", "fares would rise"),
    ],
)
def test_a_consequence_after_will_or_would(text: str, content: str):
    assert contents(text) == [content]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("With millers saying the levy would rise, the bakers met.", "millers"),
        ("Rents rose, with local growers warning that the frost was early.", "local growers"),
    ],
)
def test_a_bare_plural_after_with_is_the_subject_of_its_participle(text: str, name: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None
    assert (speaker.name, speaker.kind) == (name, "group")


@pytest.mark.parametrize(
    "text",
    ["With prices rising, the bakers met.", "The bakers met, with tempers flaring."],
)
def test_with_and_a_participle_of_no_cue_reports_nothing(text: str):
    assert attributed(text) == []


SCHOOL = "leftovers18-school-closures.txt"
FLOUR = "leftovers18-flour-levy.txt"


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        (
            SCHOOL,
            [
                ("close Birchmont", "Larkfield District School Board", "organization"),
                ("the closures would push", "many parents", "group"),
                ("We have put this off", "Corinne Ashby", "person"),
                ("no", "Tobias Renwick", "person"),
                ("Nobody asked us", "the crossing guard", "person"),
                ("both schools would stay open", "the then-superintendent", "person"),
                ("ask the city to rezone", "Larkfield District School Board", "organization"),
                ("they had hired a lawyer", "several families", "group"),
                ("no", "Corinne Ashby", "person"),
            ],
        ),
        (
            FLOUR,
            [
                ("add a levy of 4 cents", "Brenford council", "organization"),
                ("the levy would be passed", "millers", "group"),
                ("they had already printed", "several bakers", "group"),
                ("We ran out of bread by noon", "the head baker", "person"),
                ("The new levy will raise prices, making", "Fenella Grieve", "person"),
                ("he found it difficult", "Osric Delacroix", "person"),
                ("yes", "Hollis Brandvold", "person"),
                ("flour prices had already climbed", "Jurgen Takahara", "person"),
            ],
        ),
    ],
)
def test_the_invented_articles_keep_their_speakers(article: str, expected: list):
    assert missing_speakers(article, expected) == []


def test_the_articles_non_answer_and_tallies():
    text = (ARTICLES / FLOUR).read_text(encoding="utf-8")
    assert "no comment" not in [content for content, _, _ in attributed(text)]
    votes = [f.value for f in find_figures(text) if f.unit == "votes" and f.subject is None]
    assert votes == [7, 2, 5, 4]
    text = (ARTICLES / SCHOOL).read_text(encoding="utf-8")
    votes = [f.value for f in find_figures(text) if f.unit == "votes"]
    assert votes == [4, 1, 3, 2]
    thoughts = find_statements("Delphine Marsh found it hard to accept that the school shut.")[1]
    assert [s.act for s in thoughts] == ["thought"]
