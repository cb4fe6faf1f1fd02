"""Everyday news read by the lead (a bridge closed for repairs, a bail hearing after a fire):
the constructions found wrong on invented stories, each tested here on other invented
sentences, with near-misses that must not change."""

import pytest
from extraction_helpers import attributed, headlined, named

from tui.core.figures import find_figures

HEADLINE = "Local news this week\n\n"  # a text's first paragraph is its headline


@pytest.mark.parametrize(
    "sentence",
    [
        "The agency said the route would change, adding roughly eight minutes to the trip.",
        "The crews said the detour would work, adding up to 20 minutes to the trip.",
        "The board said fares would rise, adding at least $2 to a monthly pass.",
        "The clinic said it would open later, adding approximately 40 minutes to the wait.",
    ],
)
def test_adding_a_qualified_quantity_to_something_is_no_statement(sentence: str) -> None:
    """ "adding roughly eight minutes to the trip": a quantity put somewhere, whatever the
    qualifier before it ("roughly", "up to", "at least"), as "adding eight minutes" was."""
    [(_, _, cue)] = headlined(sentence)
    assert cue == "said"


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "The mayor said the plan was sound, adding roughly half the cost was covered.",
            "roughly half the cost was covered",
        ),
        (
            "The coach said the team was tired, adding that at least two players were hurt.",
            "at least two players were hurt",
        ),
        (
            "Vance claimed at least four of her colleagues have quietly backed the motion.",
            "at least four of her colleagues have quietly backed the motion",
        ),
        (
            "The union claimed about 300 of its members had signed the petition.",
            "about 300 of its members had signed the petition",
        ),
    ],
)
def test_a_clause_that_opens_with_a_quantity_still_reports(sentence: str, content: str) -> None:
    """A clause after "adding" or "claimed" that opens with a qualified quantity, its own verb
    after it ("at least four of her colleagues *have* backed"), is still what was said."""
    assert content in [c for c, _, _ in headlined(sentence)]


@pytest.mark.parametrize(
    ("sentence", "content", "name"),
    [
        (
            "The man will stay in jail until his trial, a judge ruled Monday.",
            "The man will stay in jail until his trial",
            "a judge",
        ),
        (
            "The bylaw is invalid, the Court of Appeal ruled on Friday.",
            "The bylaw is invalid",
            "Court of Appeal",
        ),
        (
            "Tenants must be given 90 days' notice, the tribunal ruled.",
            "Tenants must be given 90 days' notice",
            "the tribunal",
        ),
    ],
)
def test_a_ruling_that_closes_its_sentence_reports_the_clause_before_it(
    sentence: str, content: str, name: str
) -> None:
    """ "..., a judge ruled Monday": a court's ruling closes its content as "said" does."""
    assert headlined(sentence) == [(content, name, "ruled")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Last year, the tribunal ruled in her favour.",
        "The king ruled for 30 years before the war.",
        "The appeal failed after the court ruled against the city.",
    ],
)
def test_rule_with_words_after_it_reports_nothing_before_it(sentence: str) -> None:
    """Not closing its sentence ("ruled in her favour", "ruled for 30 years"), "rule" takes no
    content from the words before it."""
    assert headlined(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (
            "A Brandon man charged with setting a fire that destroyed a barn will stay in "
            "custody, a judge ruled.",
            [
                (
                    "A Brandon man charged with setting a fire that destroyed a barn will stay "
                    "in custody",
                    "a judge",
                    "ruled",
                )
            ],
        ),
        ("A teen charged in a stabbing that left one man dead was released on bail.", []),
        ("Two women accused of running a scheme that cheated seniors appeared in court.", []),
        ("A driver fined for a crash that closed the highway appealed on Monday.", []),
    ],
)
def test_a_legal_charge_in_the_passive_is_no_saying(
    sentence: str, found: list[tuple[str, str, str]]
) -> None:
    """ "A man charged with arson", "a woman accused of fraud": a participle of a legal charge
    with its preposition at once after it is a passive modifying the noun before it; the
    relative clause after ("a fire that destroyed") is no content of it."""
    assert headlined(sentence) == found


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("Critics charged in a letter that the mayor had misled council.", "the mayor had"),
        ("The union charged in its complaint that the firm broke the law.", "the firm broke"),
        ("Prosecutors charged that the clerk had taken bribes.", "the clerk had"),
        ("The group accused the city of hiding the report.", "the city of hiding"),
    ],
)
def test_the_active_charge_still_reports(sentence: str, content: str) -> None:
    """The active verb keeps its content: its object first ("accused the city of"), "that",
    or where the charge was written after "in" ("charged in a letter that")."""
    [(found, _, _)] = headlined(sentence)
    assert found.startswith(content)


@pytest.mark.parametrize(
    ("sentence", "content", "name"),
    [
        (
            "According to the board, the rise reflects the cost of repairs, as well as a jump "
            "in fuel prices.",
            "the rise reflects the cost of repairs, as well as a jump in fuel prices",
            "the board",
        ),
        (
            "According to police, the driver fled on foot, along with two passengers.",
            "the driver fled on foot, along with two passengers",
            "police",
        ),
        (
            "According to the agency, most schools reopened, including those in the north.",
            "most schools reopened, including those in the north",
            "the agency",
        ),
    ],
)
def test_a_phrase_joined_after_according_to_s_clause_is_no_appositive(
    sentence: str, content: str, name: str
) -> None:
    """ "According to the board, CLAUSE, as well as X": what follows the second comma adds to
    the clause and opens none, so the clause is no appositive of the source."""
    assert headlined(sentence) == [(content, name, "According to")]


def test_an_appositive_after_according_to_keeps_its_reading() -> None:
    """A role apposed to the source, then the clause, read as before."""
    assert headlined(
        "According to Mia Roy, the clinic's director, cases are rising, especially in May."
    ) == [("cases are rising, especially in May", "Mia Roy", "According to")]


def kinds(sentence: str) -> list[tuple[str | None, str | None]]:
    """(name, kind) of each statement's speaker."""
    return [(s.name, s.kind) if s else (None, None) for _, s, _ in attributed(HEADLINE + sentence)]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The Ontario NDP said the budget fell short.", "Ontario NDP"),
        ("The B.C. NDP said the budget fell short.", "B.C. NDP"),
        ("Toronto FC said the striker had left.", "Toronto FC"),
        ("B.C. Hydro said power was back for most customers.", "B.C. Hydro"),
    ],
)
def test_a_place_and_an_acronym_or_a_utility_word_name_a_body(sentence: str, name: str) -> None:
    """A party's, a club's or a utility's branch named by its place ("Ontario NDP", "B.C.
    Hydro"): an organization; a place's initials are no person's ("B.C.", not "J.R.")."""
    assert kinds(sentence) == [(name, "organization")]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Ann Hale KC said the ruling would be appealed.", "Ann Hale"),
        ("J.R. Tolley said the ruling would be appealed.", "J.R. Tolley"),
    ],
)
def test_a_person_with_letters_after_the_name_or_initials_stays_a_person(
    sentence: str, name: str
) -> None:
    assert kinds(sentence) == [(name, "person")]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Two workers who were laid off, and who asked not to be named, told the paper "
            "they learned of it by email.",
            "Two workers who were laid off, and who asked not to be named",
        ),
        (
            "Two workers who were laid off and who asked not to be named told the paper they "
            "learned of it by email.",
            "Two workers who were laid off and who asked not to be named",
        ),
        (
            "A guard who quit, and who spoke on condition of anonymity, said the cells were "
            "overcrowded.",
            "A guard who quit, and who spoke on condition of anonymity",
        ),
    ],
)
def test_two_relative_clauses_joined_by_and_who_describe_one_source(
    sentence: str, name: str
) -> None:
    """ "X who A, and who B, told": both clauses describe the source (was no statement, or
    "and who asked not to be named" for a speaker)."""
    [(_, speaker, _)] = headlined(sentence)
    assert speaker == name


def test_two_people_each_with_a_who_clause_are_not_one_source() -> None:
    """ "Ann Lee, who quit, and Tom Hale, who stayed, said": "and" joins two people, not two
    clauses of one (read as before)."""
    text = "Ann Lee, who quit, and Tom Hale, who stayed, said the ward was short-staffed."
    assert [name for _, name, _ in headlined(text)] == ["Tom Hale"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The chain had two quarters of weak sales.", [("two quarters", 2.0, "quarters")]),
        ("After four quarters of losses, it cut jobs.", [("four quarters", 4.0, "quarters")]),
        (
            "Three quarters of the members agreed.",
            [("Three quarters of the members", 0.75, "fraction")],
        ),
        ("A quarter of the budget went to roads.", [("A quarter of the budget", 0.25, "fraction")]),
    ],
)
def test_an_even_count_of_quarters_counts_periods(
    text: str, found: list[tuple[str, float, str]]
) -> None:
    """ "two quarters of weak sales": nobody writes "two quarters" for a half, so an even count
    of quarters counts periods; "three quarters of", "a quarter of" stay shares."""
    assert [(text[f.span[0] : f.span[1]], f.value, f.unit) for f in find_figures(text)] == found


def test_an_object_relative_after_and_who_keeps_its_own_subject() -> None:
    """ "people who ... and who the government said it would deport": "who" is the object of
    the second clause, whose subject speaks (read as before)."""
    text = (
        "It covers people who have final orders and who the government said it intends to "
        "send abroad."
    )
    assert headlined(text) == [("it intends to send abroad", "the government", "said")]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (
            "The city will hire 60 drivers, Mayor Ines Hart said Monday, a move she said would "
            "end the delays.",
            [
                ("The city will hire 60 drivers", "Ines Hart", "said"),
                ("would end the delays", "Ines Hart", "said"),
            ],
        ),
        (
            "The city will hire 60 drivers, Hart said Monday, a move critics called reckless.",
            [("The city will hire 60 drivers", "Hart", "said"), ("reckless", "critics", "called")],
        ),
        (
            "Troops killed 300 fighters, the ministry said, a figure the rebels disputed.",
            [("Troops killed 300 fighters", "the ministry", "said")],
        ),
    ],
)
def test_a_summing_noun_with_a_zero_relative_is_the_writers(
    sentence: str, found: list[tuple[str, str, str]]
) -> None:
    """ "..., Hart said Monday, a move she said would end the delays": the summing noun and its
    relative without "that" are the writer's apposition, as with "a move that" (the first
    content ran over the attribution, or took the apposition for its own); the relative's own
    cue still reports ("critics called [the move] reckless")."""
    assert headlined(sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (
            "A spokesperson for Chile's Ministry of Mining said demand would recover.",
            ("A spokesperson for Chile's Ministry of Mining", "person"),
        ),
        (
            "A spokesperson for Ontario's Department of Health said demand would recover.",
            ("A spokesperson for Ontario's Department of Health", "person"),
        ),
        ("The board of trade said demand would recover.", ("The board of trade", "organization")),
    ],
)
def test_a_role_for_an_institution_named_by_its_field_is_the_person(
    sentence: str, found: tuple[str, str]
) -> None:
    """An institution named by its field speaks as an article and its noun ("The board of
    trade"); inside a longer phrase the role before it does ("A spokesperson for Chile's
    Ministry of Mining" is a person, was an organization after today's briefs rule)."""
    assert kinds(sentence) == [found]


@pytest.mark.parametrize(
    "text",
    [
        "Two men charged after Surrey shooting that injured teen\n\nBody text follows.\n",
        "Woman charged following crash that closed highway\n\nBody text follows.\n",
        HEADLINE + "A driver was charged over a collision that hurt three people.\n",
    ],
)
def test_a_charge_after_an_event_is_a_passive(text: str) -> None:
    """ "Two men charged after a shooting that injured a teen": a headline's passive charge
    after an event (after, following, over), the event's relative clause no content."""
    assert named(text) == []


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (
            "A man arrested after a crash that killed two cyclists told reporters he was sorry.",
            [("he was sorry", "A man", "told")],
        ),
        (
            "A woman charged in a fire that destroyed a barn told the court she was innocent.",
            [("she was innocent", "A woman", "told")],
        ),
        (
            "Critics charged after the vote that the count was rigged.",
            [("the count was rigged", "Critics", "charged")],
        ),
    ],
)
def test_the_charged_subject_speaks_past_the_events_relative_clause(
    sentence: str, found: list[tuple[str, str, str]]
) -> None:
    """The noun phrase before a charge speaks past the event's relative clause ("a crash that
    killed two cyclists": was the speaker "killed two cyclists"); the active "charged after the
    vote that ..." keeps its content."""
    assert headlined(sentence) == found


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("“We will be back,” said May Ellis.", "May Ellis"),
        ("“We will be back,” said Will Harlan, a nurse.", "Will Harlan"),
        ('"The line was slow," said May Okoro, who rides it daily.', "May Okoro"),
    ],
)
def test_a_given_name_spelled_as_a_modal_names_the_speaker_after_the_cue(
    sentence: str, name: str
) -> None:
    """ "said May Ellis", "said Will Harlan": a given name spelled as a modal verb, before a
    capitalised word, opens the speaker's name (the quotation was lost)."""
    assert [speaker for _, speaker, _ in headlined(sentence)] == [name]


def test_a_month_after_the_cue_before_its_day_is_still_a_time() -> None:
    """ "officials said May 3": the month and its day, no one named May."""
    assert headlined("The cuts began, officials said May 3.") == [
        ("The cuts began", "officials", "said")
    ]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The BC NDP said the budget fell short.", "BC NDP"),
        ("NS Power said most customers had power back.", "NS Power"),
        ("BC Wildfire said the fire was held.", "BC Wildfire"),
    ],
)
def test_a_provinces_initials_without_periods_name_a_place_too(sentence: str, name: str) -> None:
    """ "BC NDP", "NS Power": a province's initials without their periods open a body's name
    as "B.C. NDP" and "BC Wildfire" did (one test of a place's initials for the three rules)."""
    assert kinds(sentence) == [(name, "organization")]
