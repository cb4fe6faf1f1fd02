"""Where a stance's object and a reporting noun's content end, and whose words a reporting noun
says they are: a concessive ("despite", "although", "even though") ends a stance's object,
not a reported clause; "warnings from fishermen that ..." are the fishermen's; a cue in
another sense ("asserted his rights") is no statement and does not cut the content of a
reporting noun before it."""

import pytest
from extraction_helpers import named

from tui.core.statements import find_statements


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The board approved the merger despite objections from staff.", "the merger"),
        ("The guild backs the contract although two members oppose it.", "the contract"),
        ("Ravi Olin praised the budget even though it cuts his ward's grant.", "the budget"),
    ],
)
def test_a_concessive_clause_ends_a_stances_object(text: str, content: str) -> None:
    assert named(text)[0][0] == content


def test_a_reported_clause_keeps_its_concessive() -> None:
    [(content, _, _)] = named("Mara Vint said the race would go ahead despite the rain.")
    assert content.rstrip(".") == "the race would go ahead despite the rain"


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "The port expanded despite warnings from divers that the reef would die.",
            "the reef would die",
            "divers",
        ),
        (
            "There were claims by tenants that the boiler had failed.",
            "the boiler had failed",
            "tenants",
        ),
        (
            "Officials brushed aside concerns among farmers that the canal would dry up.",
            "the canal would dry up",
            "farmers",
        ),
    ],
)
def test_a_reporting_noun_names_whose_words_they_are(text: str, content: str, source: str) -> None:
    assert (content, source) in [(c.rstrip("."), s) for c, s, _ in named(text)]


def test_places_from_one_to_another_are_no_source() -> None:
    found = named("Storms fed fears from Lyon to Turin that the pass would close.")
    assert all(speaker not in ("Lyon", "Turin", "Lyon to Turin") for _, speaker, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "The clerk would assert her Fifth Amendment rights at the hearing.",
        "Navy ships asserted control over the strait on Monday.",
    ],
)
def test_asserting_a_right_or_a_power_is_no_statement(text: str) -> None:
    assert named(text) == []


def test_asserting_a_claim_still_reports_it() -> None:
    [(content, speaker, _)] = named("Ola Brandt asserted that the vote was rigged.")
    assert (content.rstrip("."), speaker) == ("the vote was rigged", "Ola Brandt")


def test_a_cue_in_another_sense_does_not_cut_a_reporting_nouns_content() -> None:
    found = named(
        "The panel met despite warnings from his lawyer that the clerk would assert her "
        "rights at every question."
    )
    assert ("the clerk would assert her rights at every question", "his lawyer") in [
        (c.rstrip("."), s) for c, s, _ in found
    ]


def test_a_statement_cut_before_a_quotation_is_no_longer_mixed() -> None:
    _, statements = find_statements(
        "Ines Abad, who has pushed for a new ferry for years, called the delay "
        "“a disgrace.” She said the port had warned the state."
    )
    assert [s.kind for s in statements] == ["indirect", "direct", "indirect"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Ada Knoll said the count was on time but would not say when it would end.",
            "the count was on time",
        ),
        (
            "Police said three men were held but did not release their names.",
            "three men were held",
        ),
        (
            "The board said it was “looking closely” but didn’t give a date.",
            "it was “looking closely",
        ),
        (
            "Oren Vale told the council the pier was unsafe, but he stopped short of closing it.",
            "the pier was unsafe",
        ),
        (
            "The regulator said fares would rise, but left open whether students would pay more.",
            "fares would rise",
        ),
        (
            "Mira Tal said the fund was nearly empty, but she did not say who had spent it.",
            "the fund was nearly empty",
        ),
        (
            "The ministry said the scheme would grow, but she gave no figures.",
            "the scheme would grow",
        ),
        (
            "The mayor said the budget was tight, but stopped short of cutting jobs.",
            "the budget was tight",
        ),
        (
            "Ada Knoll said the pier was unsafe, but she left open the question of repairs.",
            "the pier was unsafe",
        ),
    ],
)
def test_a_refusal_joined_to_what_was_said_is_no_part_of_it(text: str, content: str) -> None:
    assert named(text)[0][0] == content


@pytest.mark.parametrize(
    "text",
    [
        # no verb of saying or giving out: the content's own predicate
        "Ada Knoll said the plan was sound but did not work in practice.",
        # a plural after "but" may be the content's own subject
        "Ada Knoll said the firms had grown, but they did not pay any tax on the gains.",
        # "short" and "open" in another sense
        "Ada Knoll said the rally ran long, but she stopped the music early.",
        "Ada Knoll said the shop would close, but he left the door open.",
        # no pronoun: "stopped short of" a place, "left open" a thing are the content's subject's
        "Officials said troops advanced, but stopped short of the capital.",
        "Officials said the council shut the library but left open the museum.",
        "Ada Knoll said the storm moved north, but stopped short of the coast.",
        "Ada Knoll said the city closed two roads but left open the main bridge.",
        # inside a quotation: the speaker's words
        "“We tried, but did not say it loudly,” Ada Knoll said.",
    ],
)
def test_other_buts_stay_in_the_content(text: str) -> None:
    assert " but " in named(text)[0][0]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The lender denied wrongdoing.", "wrongdoing"),
        ("Ada Knoll admitted negligence on Friday.", "negligence on Friday"),
        ("The mayor denied everything.", "everything"),
    ],
)
def test_a_denial_or_an_admission_may_report_one_word(text: str, content: str) -> None:
    assert named(text)[0][0].rstrip(".") == content


@pytest.mark.parametrize(
    "text", ["Ada Knoll denied it.", "The mayor admitted that.", "The lender explained everything."]
)
def test_one_word_is_no_content_otherwise(text: str) -> None:
    assert named(text) == []


def test_according_to_after_a_semicolon_reports_its_own_clause() -> None:
    found = named(
        "Critics say the levy is far too low; a similar levy in Vell raised half as much, "
        "according to a report by the state auditor."
    )
    assert [(c.rstrip("."), s) for c, s, _ in found] == [
        ("the levy is far too low", "Critics"),
        ("a similar levy in Vell raised half as much", "a report by the state auditor"),
    ]


def test_according_to_without_a_semicolon_reports_all_before_it() -> None:
    [(content, speaker, _)] = named("Ada Knoll plans to visit Vell, according to an aide.")
    assert (content, speaker) == ("Ada Knoll plans to visit Vell", "an aide")
