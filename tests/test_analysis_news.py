"""News analysis and explainers on US politics as a new analyst reads them: constructions
found by trying whosaid on invented pieces on a budget standoff, appliance tariffs and a
redistricting case (in tests/data/speakers/), each tested here on other invented sentences
with near-misses that keep their old reading."""

import pytest
from extraction_helpers import ARTICLES, attributed, missing_speakers, named, speaker_of

from tui.core.statements import find_statements


@pytest.mark.parametrize(
    "text",
    [
        "The Supreme Court will hear arguments Monday in a case that could reshape the map.",
        "The appeals court heard a challenge on Tuesday that would have blocked the levy.",
        "The panel will hear testimony from officials who oversaw the program.",
        "The tribunal hears an appeal in May which may decide the fate of the dam.",
    ],
)
def test_a_proceeding_heard_with_a_relative_clause_after_it_reports_nothing(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Court heard the driver had been drinking.", "the driver had been drinking"),
        ("The jury heard the clerk called 911 twice.", "the clerk called 911 twice"),
        (
            "The inquest heard that the alarm, which was new, was off.",
            "the alarm, which was new, was off",
        ),
    ],
)
def test_a_clause_heard_by_a_hearing_body_is_still_reported(text: str, content: str):
    assert [c for c, _, _ in attributed(text)] == [content]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The union said pay was low. Many economists shrugged. They say wages will rise.",
            "Many economists",
        ),
        (
            "Tenant groups fear the worst. Landlords see it differently. They argue that rents "
            "are fair.",
            "Landlords",
        ),
        (
            "The union said pay was low. House Republicans balked at the plan. They say it "
            "costs too much.",
            "House Republicans",
        ),
        (
            "The union said pay was low. Critics, however, were unmoved. They say wages will rise.",
            "Critics",
        ),
    ],
)
def test_they_stands_for_the_bare_plural_opening_the_sentence_before(text: str, speaker: str):
    assert [name for _, name, _ in named(text)][-1] == speaker


@pytest.mark.parametrize(
    "text",
    [
        "The union said pay was low. Residents were wary, they said.",
        "The union said pay was low. Wages rose. They say it was fair.",
    ],
)
def test_they_keeps_the_last_speaker_without_such_an_opening_before(text: str):
    assert [name for _, name, _ in named(text)][-1] == "The union"


@pytest.mark.parametrize(
    "text",
    [
        "Few are willing to predict the outcome.",
        "No one was prepared to say when the vote would be held.",
        "The mayor was reluctant to estimate the cost.",
        "Officials were not yet ready to comment on the deal.",
        "Few analysts are willing to predict a winner in Ohio.",
    ],
)
def test_an_answer_no_one_is_willing_to_give_is_a_non_answer(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("She was willing to predict a win.", "a win"),
        ("Few predicted that the bill would pass.", "the bill would pass"),
        ("Officials were ready to say the plan had failed.", "the plan had failed"),
    ],
)
def test_a_willing_source_or_a_plain_few_still_reports(text: str, content: str):
    assert [c for c, _, _ in attributed(text)] == [content]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The caucus no longer believes the plan works.", "The caucus"),
        ("Pruett no longer thinks the levy will pass.", "Pruett"),
        ("Critics have instead called for a vote.", "Critics"),
        ("Some of them have already signaled that patience is thin.", "Some of them"),
        ("Most of them had argued that the map was fair.", "Most of them"),
        ("Two of us have said the plan works.", "Two of us"),
    ],
)
def test_no_longer_instead_and_a_perfect_stand_between_a_subject_and_its_cue(text: str, name: str):
    assert [n for _, n, _ in named(text)] == [name]


def test_no_after_a_relative_verb_still_ends_the_subject():
    text = "A Democrat from Iowa who voted no said the bill would fail."
    assert speaker_of(text)[0] == "A Democrat from Iowa who voted no"


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Moderates counter that a shutdown would hurt.", "Moderates", "a shutdown would hurt"),
        ("Officials counter that the plan is cheap.", "Officials", "the plan is cheap"),
        (
            "Supporters of the bill counter that it saves money.",
            "Supporters of the bill",
            "it saves money",
        ),
    ],
)
def test_counter_that_in_the_present_is_a_cue(text: str, speaker: str, content: str):
    assert named(text) == [(content, speaker, "counter")]


@pytest.mark.parametrize(
    "text",
    [
        "The union moved to counter that claim.",
        "They installed a counter that tracks visitors.",
        "The bank opened a counter that serves farmers.",
    ],
)
def test_a_counter_as_a_noun_or_with_a_demonstrative_object_reports_nothing(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Moderates said the deal was weak.",
        "Hard-liners said the deal was weak.",
        "The progressives said the deal was weak.",
        "Centrists warned that the deal was weak.",
    ],
)
def test_a_plural_of_a_political_leaning_is_a_group(text: str):
    assert speaker_of(text)[1] == "group"


def test_a_verb_moderates_is_no_speaker():
    assert named("He moderates his tone, aides said.") == [
        ("He moderates his tone", "aides", "said")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The justices could rule narrowly on the facts of the case.",
        "The judge ruled quickly on the motion.",
        "The justices could rule broadly, striking down the law.",
        "The board may rule separately in each case.",
    ],
)
def test_the_manner_of_a_ruling_before_a_preposition_is_no_finding(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The judge ruled narrowly that the map was illegal.", "the map was illegal"),
        ("The court ruled unanimously that the fee was a tax.", "the fee was a tax"),
    ],
)
def test_a_ruling_that_a_clause_holds_is_still_a_finding(text: str, content: str):
    assert [c for c, _, _ in attributed(text)] == [content]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A group of farmers sued, arguing that the map was unfair.", "A group of farmers"),
        (
            "A group of retired teachers sued the state, arguing that the map was unfair.",
            "A group of retired teachers",
        ),
        (
            "A coalition of parents sued, arguing that the fee was illegal.",
            "A coalition of parents",
        ),
    ],
)
def test_a_participles_subject_keeps_its_of_phrase(text: str, speaker: str):
    assert [n for _, n, _ in named(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The mayor of Brill sued, arguing that the map was unfair.", "The mayor of Brill"),
        ("The Bank of Tarvia held rates, saying inflation was easing.", "Bank of Tarvia"),
    ],
)
def test_a_name_or_a_role_with_of_before_a_participle_is_unchanged(text: str, speaker: str):
    assert [n for _, n, _ in named(text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Beneath it lies a problem: a party that agrees on nothing.",
        "It has a problem: a caucus that believes nothing.",
    ],
)
def test_words_before_a_subject_relative_that_are_no_content_of_its_cue(text: str):
    assert all(not c.startswith(("Beneath", "It has")) for c, _, _ in attributed(text))


def test_a_subject_with_a_that_relative_after_its_content_still_speaks():
    text = "Prices will rise, the union that represents drivers said."
    assert named(text) == [("Prices will rise", "the union that represents drivers", "said")]


ARTICLE_SPEAKERS = {
    "analysis-budget-standoff.txt": [
        ("another stopgap measure", "Many Republicans", "group"),
        ("the party won the majority", "Conservative members", "group"),
        ("a shutdown would hurt", "Moderates", "group"),
        ("There is no version", "Harold Finchley", "person"),
        ("she could lose as many", "Dolores Ambrecht’s aides", "group"),
        ("We are going to keep", "Dolores Ambrecht", "person"),
        ("patience is running thin", "Some of them", "group"),
        ("People back home", "Calvin Oduya", "person"),
        ("voters are more likely", "Polls", "document"),
        ("Shutdowns are rarely", "Nadia Prewitt", "person"),
        ("She has a choice", "Elaine Vosberg", "person"),
    ],
    "analysis-tariff-explainer.txt": [
        ("the move will protect", "Officials", "group"),
        ("it will mostly raise prices", "Critics", "group"),
        ("domestic manufacturers", "Supporters of the policy", "group"),
        ("We're not asking", "Dale Kowalczyk", "person"),
        ("The evidence on this", "Priyanka Raman", "person"),
        ("You can create jobs", "Warren Achebe", "person"),
        ("opposing the tariffs", "Many Democrats", "group"),
        ("I can't plan", "Rosalind Meyer", "person"),
    ],
    "analysis-court-maps.txt": [
        ("the new map amounted", "A group of white voters", "group"),
        ("the case could narrow", "Legal scholars", "group"),
        ("If the court accepts", "Celeste Harrow", "person"),
        ("the Constitution requires", "Conservatives", "group"),
        ("the court had “long been uneasy", "Theo Lindqvist", "person"),
        ("Anyone who tells you", "Glenn Pascoe", "person"),
        ("The stakes could not", "Janelle Whitcombe", "person"),
        ("he was confident", "Bo Henrikson", "person"),
    ],
}


@pytest.mark.parametrize("name", sorted(ARTICLE_SPEAKERS))
def test_the_invented_analysis_articles_keep_their_key_speakers(name: str):
    assert missing_speakers(name, ARTICLE_SPEAKERS[name]) == []


# What these articles hold that is no statement: hedges, a proceeding heard, a ruling's
# manner, a non-answer, a byline.
NOT_STATEMENTS = (
    "It is unclear",
    "remains to be seen",
    "The question is",
    "arguments Monday",
    "narrowly on the facts",
    "the outcome",
    "By ",
)


@pytest.mark.parametrize("name", sorted(ARTICLE_SPEAKERS))
def test_the_invented_analysis_articles_hold_no_hedge_or_non_answer(name: str):
    text = (ARTICLES / name).read_text(encoding="utf-8")
    _, statements = find_statements(text)
    contents = [text[s.span[0] : s.span[1]] for s in statements]
    assert not [c for c in contents if c.startswith(NOT_STATEMENTS) or "remains to be seen" in c]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "What comes next, one senior aide said, “is anybody’s guess.”",
            "What comes next, one senior aide said, “is anybody’s guess",
        ),
        (
            "The levy, a staffer said, “is dead on arrival.”",
            "The levy, a staffer said, “is dead on arrival",
        ),
        (
            "Whether the pact holds, Pruett said, “depends on the Senate.”",
            "Whether the pact holds, Pruett said, “depends on the Senate",
        ),
    ],
)
def test_a_quotation_going_on_with_the_clause_before_an_attribution_is_mixed(
    text: str, content: str
):
    _, statements = find_statements(text)
    assert [(text[s.span[0] : s.span[1]], s.kind, len(s.parts)) for s in statements] == [
        (content, "mixed", 2)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "In the end, she said, “we won.”",
        "After the vote, she said, “we won.”",
        "When it passed, Pruett said, “we won.”",
        "After the vote, Pruett said, “We won.”",
    ],
)
def test_a_quotation_after_a_scene_or_a_capital_stands_alone(text: str):
    assert [c for c, _, _ in attributed(text)] == ["we won" if "“we" in text else "We won"]


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        (
            "One of the senators walked out, saying the vote was rigged.",
            "One of the senators",
            "person",
        ),
        ("Two of the donors pulled out, saying the race was lost.", "Two of the donors", "group"),
        (
            "Some of the delegates stormed off, saying the count was late.",
            "Some of the delegates",
            "group",
        ),
    ],
)
def test_a_partitive_opening_the_sentence_is_a_participles_speaker(
    text: str, speaker: str, kind: str
):
    [(_, found, _)] = attributed(text)
    assert found is not None and (found.name, found.kind) == (speaker, kind)


def test_a_plain_plural_opening_the_sentence_still_speaks_for_a_participle():
    text = "The senators walked out, saying the vote was rigged."
    assert [n for _, n, _ in named(text)] == ["The senators"]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "To hear its backers tell it, the levy is a triumph.",
            "its backers",
            "the levy is a triumph",
        ),
        ("The levy is a triumph, as its backers tell it.", "its backers", "The levy is a triumph"),
        (
            "As Ms. Oyelaran tells it, the plan was doomed from the start.",
            "Oyelaran",
            "the plan was doomed from the start",
        ),
    ],
)
def test_telling_it_ending_its_clause_gives_a_version_of_events(
    text: str, speaker: str, content: str
):
    assert [(c, n) for c, n, _ in named(text)] == [(content, speaker)]


@pytest.mark.parametrize(
    "text",
    ["Nobody can tell it apart from the original.", "Voters will tell it to the board."],
)
def test_telling_it_with_more_after_it_is_no_version(text: str):
    assert all(cue not in ("tell it", "tells it") for _, _, cue in attributed(text))


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Democrats are betting that turnout will sink the majority.",
            "Democrats",
            "turnout will sink the majority",
        ),
        (
            "The governor is wagering that the courts will side with her.",
            "The governor",
            "the courts will side with her",
        ),
        ("Republicans are gambling that the economy holds.", "Republicans", "the economy holds"),
    ],
)
def test_a_wager_that_a_clause_holds_is_a_thought(text: str, speaker: str, content: str):
    _, statements = find_statements(text)
    assert [s.act for s in statements] == ["thought"]
    assert [(c, n) for c, n, _ in named(text)] == [(content, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "He bet $50 on the game.",
        "Pruett bet the farm on the merger.",
        "She gambled away her savings.",
        "The bet that the Jets would win paid off.",
        "Pruett bet $50 that the Jets would win.",
    ],
)
def test_a_stake_or_a_bet_as_a_noun_is_no_thought(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "It is a safe bet that rates will fall.",
        "It's a good bet that the pact will collapse.",
        "Their best bet is that voters forget.",
    ],
)
def test_a_bet_as_a_noun_before_that_is_no_thought(text: str):
    assert attributed(text) == []


def test_a_quotation_after_a_conjunction_and_a_subordinate_clause_stands_alone():
    text = "So when the levy passed in May, Pruett said, “we were floored.”"
    assert [c for c, _, _ in attributed(text)] == ["we were floored"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Some in the party fear a repeat of the last rout.", "Some in the party"),
        ("Those in the administration say the plan works.", "Those in the administration"),
        ("Several in the caucus said the vote was rushed.", "Several in the caucus"),
    ],
)
def test_a_quantifier_in_a_body_is_the_speaker_not_the_body(text: str, speaker: str):
    assert [n for _, n, _ in named(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Officials in Ohio said the count was slow.", "Officials in Ohio"),
        ("Voters in some states said the count was slow.", "Voters in some states"),
    ],
)
def test_a_speaker_with_a_place_after_in_is_unchanged(text: str, speaker: str):
    assert [n for _, n, _ in named(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The consensus among forecasters is that the economy will slow.", "forecasters"),
        ("The view among Republicans was that the bill is dead.", "Republicans"),
    ],
)
def test_a_copula_after_a_reporting_nouns_source_is_no_part_of_it(text: str, speaker: str):
    assert [n for _, n, _ in named(text)] == [speaker]


def test_a_reporting_nouns_source_just_before_that_is_unchanged():
    text = "There are fears among shop owners that the street will close."
    assert named(text) == [("the street will close", "shop owners", "fears")]
