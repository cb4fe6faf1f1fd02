"""Session 16's closing leftovers (list B: statements and figures), each a construction tried
on invented sentences: variants that must change and near-misses that must not."""

import pytest
from extraction_helpers import acts_and_contents, named, speaker_names, statements

from tui.core.figures import find_figures
from tui.core.statements import find_statements


# (1) An outlet relaying what someone said: the outlet's report stays (it reports all of
# it), and the speaker's own statement is kept inside it, cut before the outlet.
@pytest.mark.parametrize(
    ("text", "speaker", "content", "outlet"),
    [
        (
            "Ivan Sorokin told reporters the pipeline deal was dead, Interfax reported.",
            "Ivan Sorokin",
            "the pipeline deal was dead",
            "Interfax",
        ),
        (
            "Marta Kowal told lawmakers the reserve was nearly empty, the agency reported.",
            "Marta Kowal",
            "the reserve was nearly empty",
            "the agency",
        ),
        (
            "The regional governor said the levee would hold, state media said.",
            "The regional governor",
            "the levee would hold",
            "state media",
        ),
        (
            "Ana Ferreira told a rally the vote had been stolen, according to Reuters.",
            "Ana Ferreira",
            "the vote had been stolen",
            "Reuters",
        ),
        (
            "The coach said the striker would miss the final, the newspaper reported.",
            "The coach",
            "the striker would miss the final",
            "the newspaper",
        ),
        # any outlet noun of MEDIA_WORDS
        (
            "Dana Holt told reporters the plant would close, the paper reported.",
            "Dana Holt",
            "the plant would close",
            "the paper",
        ),
        (
            "The minister said talks had failed, the magazine reported.",
            "The minister",
            "talks had failed",
            "the magazine",
        ),
    ],
)
def test_an_outlet_relaying_a_saying_keeps_the_sayer(
    text: str, speaker: str, content: str, outlet: str
):
    found = named(text)
    assert (content, speaker) in [(c, n) for c, n, _ in found]
    assert outlet in [n for _, n, _ in found]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # not an outlet: the report is the one statement, as before
        ("Mr. Grant plans to sell the farm, according to a family friend.", "a family friend"),
        ("The mayor told staff the office would close, according to an aide.", "an aide"),
        # (a document relays the captain's saying: test_nested_news.py)
        ("The captain said the radar failed, according to a crew member.", "a crew member"),
        # an outlet, but the inner verb does not report words said
        ("The firm plans to close two mills, Interfax reported.", "Interfax"),
        ("The firm plans to close two mills, the paper reported.", "the paper"),
    ],
)
def test_a_report_by_no_outlet_or_of_no_saying_stays_one_statement(text: str, source: str):
    assert [n for _, n, _ in named(text)] == [source]


# (2) A translation renders the speaker's words: not their source.
@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "He said the talks had stalled over the port, according to a translation.",
            "He",
            "the talks had stalled over the port",
        ),
        (
            "The envoy told the council the border would reopen, according to an interpreter.",
            "The envoy",
            "the border would reopen",
        ),
        (
            "She said the harvest had failed, according to a translation of her remarks.",
            "She",
            "the harvest had failed",
        ),
        ("“We will not leave,” she said, according to a translation.", "she", "We will not leave"),
    ],
)
def test_a_translation_is_not_the_source(text: str, speaker: str, content: str):
    assert [(c, n) for c, n, _ in named(text)] == [(content, speaker)]


def test_a_translation_alone_still_reports():
    [(_, name, cue)] = named("The border would reopen in May, according to a translation.")
    assert (name, cue) == ("a translation", "according to")


# (3) "in X's words" / "in the words of X" set off inside a sentence before a quotation: the
# sentence is X's, the aside out of its parts (opening a sentence, it was read already).
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The plan was, in Lee's words, “a disaster”.", "Lee"),
        ("The bridge is, in the mayor's words, “a relic of another age”.", "the mayor"),
        ("The vote was, in the words of one council member, “a farce”.", "one council member"),
        (
            "Ana Ruiz spoke at the hall. The plan was, in her words, “a disaster for the town”.",
            "Ana Ruiz",
        ),
        ("In the words of the mayor, the bridge is “a relic”.", "the mayor"),
    ],
)
def test_in_someones_words_gives_the_quotation_to_them(text: str, speaker: str):
    [statement] = statements(text)
    assert speaker_names(text) == [speaker]
    assert all("words" not in text[a:b] for a, b in statement.pieces)


@pytest.mark.parametrize(
    "text",
    [
        "The plan was, in other words, a disaster.",
        "The result, in short, was “a farce”.",
        "In the words of the song, love is all you need.",
    ],
)
def test_other_asides_give_no_one_words(text: str):
    assert statements(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the narrator's clause after the quotation is no one's words
        (
            "The budget was, in the treasurer's words, “a mess,” and the board agreed.",
            "The budget was, in the treasurer's words, “a mess",
        ),
        # a copula between the aside and the quotation
        ("The budget, in Vale's words, is “a mess.”", "The budget, in Vale's words, is “a mess"),
    ],
)
def test_in_someones_words_inside_a_sentence_ends_with_the_quotation(text: str, content: str):
    [statement] = statements(text)
    assert text[statement.span[0] : statement.span[1]] == content


# (4) A manner adjective and what it is about, then a colon: what follows is said.
@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Lee was blunt about it: the board had failed.", "Lee", "the board had failed"),
        ("The coach was frank about that: the team was not fit.", "The coach", "the team"),
        ("The union was clear on this: no deal without a raise.", "The union", "no deal"),
        ("The minister was clear: there will be no delay.", "The minister", "there will"),
    ],
)
def test_a_manner_about_it_before_a_colon_speaks(text: str, speaker: str, content: str):
    [(said, name, _)] = named(text)
    assert name == speaker
    assert said.startswith(content)


def test_rules_clear_about_it_say_nothing():
    assert named("The rules are clear about it: no dogs on the beach.") == []


# (5) "Not" before a quantifier subject makes it a part of the group: the negation is the
# speaker's ("Not all residents", not "all residents", who would say the opposite).
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Not all residents agree that the toll is fair.", "Not all residents"),
        ("Not everyone in the valley blames the mill.", "Not everyone in the valley"),
        ("Not many farmers think the subsidy will last.", "Not many farmers"),
        ("In the valley, not all farmers think the dam will hold.", "not all farmers"),
    ],
)
def test_a_negated_quantifier_keeps_its_negation(text: str, speaker: str):
    assert speaker in speaker_names(text)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("All residents agree that the toll is fair.", "All residents"),
        ("Few believe the mayor will resign.", "Few"),
        ("Everyone in the valley blames the mill.", "Everyone in the valley"),
    ],
)
def test_a_quantifier_without_not_is_unchanged(text: str, speaker: str):
    assert speaker_names(text) == [speaker]


def test_a_negated_quantifier_opening_a_sentence_is_no_name():
    speakers, _ = find_statements("Not everyone agrees with the new timetable.")
    assert [(s.name, s.named) for s in speakers] == [("Not everyone", False)]


# (6) A verb of worry or fear with a preposition: the preposition joins the cue, its object
# is the content, a stance (as "worried about" is); a clause after the verb stays a thought.
@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Residents fear for their homes.", "fear for", "their homes"),
        ("Parents worry about the cuts.", "worry about", "the cuts"),
        ("Nurses worry over staffing levels.", "worry over", "staffing levels"),
        ("The skipper frets about the weather.", "frets about", "the weather"),
    ],
)
def test_worry_about_a_thing_is_a_stance_on_it(text: str, cue: str, content: str):
    [statement] = statements(text)
    assert (text[statement.span[0] : statement.span[1]], statement.cue) == (content, cue)
    assert statement.act == "stance"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Residents fear the river will flood for a week.", "the river will flood for a week"),
        ("Parents worry that the cuts will last for years.", "the cuts will last for years"),
        ("Residents fear the worst for their homes.", "the worst for their homes"),
    ],
)
def test_worry_before_a_clause_or_an_object_is_unchanged(text: str, content: str):
    assert acts_and_contents(text) == [("thought", content)]


# (9) An age adjective: its subject is the person, never "year-old ..."; before a verb in
# -s ("the 42-year-old fishes off the pier") it stands for a person named before: no figure.
@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("A 42-year-old man was arrested in Leith.", "man"),
        ("The 8-year-old girls sang first.", "girls"),
        ("A 19-year-old unarmed student was shot.", "unarmed student"),
        ("The 8-year-old twins in the choir sang.", "twins"),
        # a plural the rules do not list, then a relative clause with no "that"
        ("The 120-year-old barns the county owns were sold.", "barns"),
        ("The 20-year-old notes the bank issued were recalled.", "notes"),
    ],
)
def test_an_age_adjective_counts_the_person_after(text: str, subject: str):
    [figure] = find_figures(text)
    assert (figure.value > 0, figure.unit, figure.subject) == (True, "year", subject)


@pytest.mark.parametrize(
    "text",
    [
        "The 42-year-old fishes off the pier every morning.",
        "The 37-year-old trains twice a day.",
        "The 42-year-old runs a bakery in Leith.",
        "The 42-year-old runs the town's buses.",
        "The 42-year-old owns the shop his uncle opened.",
    ],
)
def test_the_age_before_its_verb_stands_for_a_person(text: str):
    assert find_figures(text) == []


# (10) Currencies by name: the crowns of Scandinavia and Czechia are money after a scale
# word, a price's word or a country's adjective; crowns won or fitted are counted.
@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The deal is worth 2 billion crowns.", "crowns"),
        ("A ticket costs 400 crowns.", "crowns"),
        ("Prague paid 40 million Czech crowns.", "Czech crowns"),
        ("The fine was 40 million Swedish kronor.", "Swedish kronor"),
        ("They paid 9 million Danish kroner.", "Danish kroner"),
    ],
)
def test_crowns_and_kronor_are_money(text: str, unit: str):
    [figure] = find_figures(text)
    assert (figure.unit, figure.kind) == (unit, "money")


@pytest.mark.parametrize(
    "text",
    ["She has won 3 crowns in a row.", "The dentist fitted 2 crowns.", "They won 3 Triple Crowns."],
)
def test_crowns_won_or_fitted_are_counted(text: str):
    [figure] = find_figures(text)
    assert figure.kind == "count"


# (13) Abbreviated units: "MT" before "this" is a unit (no "CT scans"); the oil and gas
# trade's "b/d", "mb/d", "bcm", "tcf".
@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Output was set for 7 MT this year.", "MT"),
        ("Output of 4 MT was expected.", "MT"),
        ("Output rose to 1.2 million b/d in March.", "b/d"),
        ("Supply fell by 2 mb/d.", "mb/d"),
        ("Reserves of 10 tcf were found.", "tcf"),
        ("The field holds 3 bcm of gas.", "bcm"),
    ],
)
def test_abbreviated_units_are_measures(text: str, unit: str):
    [figure] = find_figures(text)
    assert (figure.unit, figure.kind) == (unit, "measure")


def test_capitals_before_a_plural_still_name_a_thing():
    [figure] = find_figures("The clinic ran 3 CT scans.")
    assert (figure.unit, figure.kind) == ("scans", "count")


# (12) "a"/"an" and a measure is one of it where a measurement follows: what is measured
# ("of water") or how far, deep or high; not a compound ("a foot soldier", "a mile-long
# queue"), nor "a pound" (money too), nor a time ("an hour", a rate or a date elsewhere).
@pytest.mark.parametrize(
    ("text", "unit", "subject"),
    [
        ("The street was under a foot of water.", "foot", "water"),
        ("An inch of rain fell overnight.", "inch", "rain"),
        ("The boat sank a mile from the shore.", "mile", None),
        ("The trench was a metre deep.", "metre", None),
        ("They planted an acre of oaks.", "acre", "oaks"),
        # a negation in another clause or a bound is no idiom
        ("It was not a wet week. An inch of rain fell on Monday.", "inch", "rain"),
        ("Police seized an ounce of heroin.", "ounce", "heroin"),
    ],
)
def test_one_measure_before_a_measurement_is_a_figure(text: str, unit: str, subject: str | None):
    [figure] = find_figures(text)
    assert (figure.value, figure.unit, figure.subject, figure.kind) == (1, unit, subject, "measure")
    assert figure.qualifier == "exact"


@pytest.mark.parametrize(
    "text",
    [
        "A foot soldier waited in a mile-long queue.",
        "He wanted a pound of flesh.",
        "It took an hour to clear the road.",
        "She put her foot down and ran a mile.",
        # a negated or bounding idiom, or an ounce of something abstract
        "The minister said the country would not cede an inch of its land.",
        "They never gave an inch of ground in the talks.",
        "The suspect was beaten within an inch of his life.",
        "There isn't an ounce of truth in the report.",
        "He showed an ounce of remorse at last.",
    ],
)
def test_a_measure_in_a_compound_or_alone_is_no_figure(text: str):
    assert find_figures(text) == []
