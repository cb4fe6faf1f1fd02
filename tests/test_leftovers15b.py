"""Session 15's leftovers B (statements, acts, figures), each tried on invented sentences:
variants that must change and near-misses that must not."""

import pytest
from extraction_helpers import acts_and_contents, named, speaker_names

from tui.core.figures import find_figures
from tui.core.statements.agents import names_no_agent

# A passive of belief with a small clause ("are believed dead") and an attribution ending the
# sentence: the attribution owns the whole sentence, one speech of its source.


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "Two climbers are believed dead, police said.",
            "Two climbers are believed dead",
            "police",
        ),
        (
            "The ferry is thought lost, the navy said on Monday.",
            "The ferry is thought lost",
            "the navy",
        ),
        (
            "The old mill is considered unsafe, engineers said.",
            "The old mill is considered unsafe",
            "engineers",
        ),
        (
            "Four miners are believed trapped, according to officials.",
            "Four miners are believed trapped",
            "officials",
        ),
        (
            "The crew were presumed lost, the coastguard said.",
            "The crew were presumed lost",
            "the coastguard",
        ),
    ],
)
def test_a_final_attribution_owns_a_passive_of_belief(text: str, content: str, name: str):
    assert [(c, n) for c, n, _ in named(text)] == [(content, name)]
    assert acts_and_contents(text) == [("speech", content)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no attribution: the passive of no one's, as before
        ("Two climbers are believed dead.", [("thought", "Two climbers are believed dead")]),
        # an attribution of its own after a contrast reports its own clause
        (
            "Two climbers are believed dead, but police said the search would go on.",
            [("thought", "Two climbers are believed dead"), ("speech", "the search would go on")],
        ),
        # the infinitive form already went to the attribution
        (
            "Two hikers are thought to be missing, officials said.",
            [("speech", "Two hikers are thought to be missing")],
        ),
    ],
)
def test_a_passive_of_belief_without_a_final_attribution_stays(
    text: str, expected: list[tuple[str, str]]
):
    assert acts_and_contents(text) == expected


# A passive's "by" that tells when, how much or how names no agent: "is expected by Friday" is
# a schedule, "was criticised by Friday" nobody's criticism; "by the unions" names one.


@pytest.mark.parametrize(
    "after_by",
    [
        "Friday.",
        "the end of the month",
        "2030, officials said",
        "next year",
        "mid-2027",
        "early March",
        "5% this year",
        "12 votes to 9",
        "a wide margin",
        "a landslide",
        "email",
        "far",
        "then",
        "Christmas",
        "hand.",
        "phone on Monday",
        "spring 2027",
        "tomorrow night",
    ],
)
def test_a_time_an_amount_or_a_manner_after_by_is_no_agent(after_by: str):
    assert names_no_agent("It was done by " + after_by, 15)


@pytest.mark.parametrize(
    "after_by",
    [
        "the unions.",
        "40 doctors",
        "2030 campaigners",
        "the majority leader",
        "May Ellis",
        "the Sunday Times",
        "Summer Lee",
        "police",
        "a panel of judges",
        "law enforcement officials",
        "bus drivers",
        "post office workers",
        "early voters",
        "air traffic controllers",
    ],
)
def test_a_noun_of_agents_after_by_is_an_agent(after_by: str):
    assert not names_no_agent("It was done by " + after_by, 15)


@pytest.mark.parametrize(
    "text",
    [
        "A ruling is expected by Tuesday.",
        "The report is expected by the end of the week.",
        "A verdict is expected by 2027.",
        "The plan was criticized by Friday.",
        "He was told to leave by Friday.",
        "He was charged by the end of the day.",
    ],
)
def test_a_time_after_by_is_no_speaker(text: str):
    assert all(name is None for name in speaker_names(text))


def test_a_schedule_by_a_time_is_no_statement():
    assert named("A ruling is expected by the end of the week.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A ruling is expected by the court.", "the court"),
        ("He was charged by police.", "police"),
        ("The deal was announced by the mayor.", "the mayor"),
        (
            "The plan was criticised by law enforcement officials in two states.",
            "law enforcement officials",
        ),
        ("The merger was opposed by post office workers.", "post office workers"),
        ("The ruling was praised by law students.", "law students"),
    ],
)
def test_an_agent_after_by_still_speaks(text: str, name: str):
    assert speaker_names(text) == [name]


def test_an_estimate_by_an_amount_is_still_no_one_s_thought():
    assert acts_and_contents("Growth is projected to slow by 2 points.") == [
        ("thought", "Growth is projected to slow by 2 points")
    ]


# A verb of addressing someone with only its addressee and a time after it says nothing: "the
# pilot radioed the tower at noon" is no statement; "radioed the tower that ..." and "radioed:
# “...”" are.


@pytest.mark.parametrize(
    "text",
    [
        "The pilot radioed the tower at noon.",
        "The skipper radioed the harbour at 3am on Sunday.",
        "The pilot radioed the tower.",
        "He begged the court on Monday.",
        "The coach cautioned his players on Saturday.",
        "She implored the board late on Friday.",
    ],
)
def test_an_addressee_and_a_time_are_no_statement(text: str):
    assert named(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The pilot radioed the tower that an engine had failed.", "an engine had failed"),
        ('The pilot radioed: "We have lost an engine."', "We have lost an engine"),
        ('"We are going down," the pilot radioed at 3am.', "We are going down"),
        ("He called the mayor a liar on Monday.", "the mayor a liar on Monday"),
        # "wrote" and its object: the work written, as annotators count it
        ("She wrote her memoir in 2010.", "her memoir in 2010"),
    ],
)
def test_an_addressing_verb_with_content_still_reports(text: str, content: str):
    assert [c for c, _, _ in named(text)] == [content]


# Figures. "Sterling" names the pound without "the": a rate against a currency after it is
# priced in that currency per pound, as after "the pound".


def _units(text: str) -> list[tuple[str, str | None]]:
    return [(text[f.span[0] : f.span[1]], f.unit) for f in find_figures(text)]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Sterling fell to 1.26 against the dollar.", "dollar per pound"),
        ("On Friday sterling slipped to 1.17 against the euro.", "euro per pound"),
        ("The pound rose to 1.31 against the euro.", "euro per pound"),
        ("The yen fell to 151 to the dollar.", "yen per dollar"),
    ],
)
def test_sterling_names_the_pound_a_rate_is_priced_in(text: str, unit: str):
    [(_, found)] = _units(text)
    assert found == unit


def test_a_currency_in_another_clause_prices_nothing():
    [(_, unit)] = _units("Sterling weakened, and the yen fell to 151 to the dollar.")
    assert unit == "yen per dollar"


# A sum compared with a rate of the same money before it in its sentence is that rate too.


@pytest.mark.parametrize(
    ("text", "second", "unit"),
    [
        (
            "Rents averaged £1,790 a month, up from £1,700 a year earlier.",
            "£1,700",
            "pound per month",
        ),
        ("Wages rose to £520 a week, compared with £500 last year.", "£500", "pound per week"),
        ("Pay rose to $9 an hour, compared with $8 in 2020.", "$8", "dollar per hour"),
        ("Rents rose to €900 a month from €850.", "€850", "euro per month"),
        (
            "Nurses earn $30 an hour, compared with $25 for cleaners.",
            "$25",
            "dollar per hour",
        ),
    ],
)
def test_a_compared_sum_takes_the_rate_it_is_compared_with(text: str, second: str, unit: str):
    assert _units(text)[1] == (second, unit)


@pytest.mark.parametrize(
    ("text", "second", "unit"),
    [
        # not compared: a sum of its own
        ("Rents averaged £1,790 a month, and the deposit was £2,000.", "£2,000", "pound"),
        # another sentence
        ("Rents averaged £1,790 a month. A year earlier it was £1,700.", "£1,700", "pound"),
        # a price of a thing of its own
        (
            "A gym pass costs $40 a month, compared with $350 for an annual pass.",
            "$350",
            "dollar",
        ),
        ("The club charges £30 a year, compared with £20 for a single visit.", "£20", "pound"),
        # a rate of its own
        (
            "Rents averaged £1,790 a month, up from £20,400 a year.",
            "£20,400 a year",
            "pound per year",
        ),
    ],
)
def test_a_sum_not_compared_with_a_rate_keeps_its_unit(text: str, second: str, unit: str):
    assert _units(text)[1] == (second, unit)


# A participle of judgement or naming in the passive: its agent after the complement speaks
# ("was hailed as a triumph by critics"); with none, a judgement of no one's ("was branded a
# disgrace"); plural organizations ("by the unions", "by rights groups") are agents as their
# singulars are.


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "The law was hailed as a breakthrough by rights groups.",
            "The law was hailed as a breakthrough",
            "rights groups",
        ),
        (
            "The ruling was branded a disgrace by the union.",
            "The ruling was branded a disgrace",
            "the union",
        ),
        (
            "The bill has been criticised as unfair by charities.",
            "The bill has been criticised as unfair",
            "charities",
        ),
        (
            "The plan was called a sham by critics for its cost.",
            "The plan was called a sham",
            "critics",
        ),
        (
            "The bill was criticized by the unions.",
            "The bill was criticized by the unions",
            "the unions",
        ),
    ],
)
def test_a_judgement_s_agent_speaks(text: str, content: str, name: str):
    assert [(c, n) for c, n, _ in named(text)] == [(content, name)]
    assert acts_and_contents(text) == [("speech", content)]


@pytest.mark.parametrize(
    "text",
    [
        "The law was hailed as a breakthrough.",
        "The ruling was branded a disgrace.",
        "The stunt was dismissed as cheap.",
        "The offer was dismissed as a bluff.",
        "The remark was attacked as racist.",
        "The law was hailed as a breakthrough by 2030.",
    ],
)
def test_a_judgement_of_no_one_s_is_a_stance(text: str):
    assert [act for act, _ in acts_and_contents(text)] == ["stance"]
    assert speaker_names(text) == [None]


@pytest.mark.parametrize(
    "text",
    [
        "He was dismissed in 2019.",
        "He was attacked outside his home.",
        "The coast was blasted by storms.",
        "A river called Blue Creek by locals runs past the farm.",
        "Okafor was dismissed as coach by the club on Monday.",
        "Okafor was dismissed as head coach after six defeats.",
        "The guard was attacked as he locked the gate on Tuesday.",
        "The actor was hailed as she stepped off the plane by dozens of fans.",
        "Mensah was called to give evidence by the panel last week.",
        "The winger was called up by Norway for the first time.",
        "The barn was branded with the farm's crest by builders.",
        "The jars were labelled in Welsh and English.",
        "The calves were branded last autumn.",
    ],
)
def test_a_judgement_verb_in_another_sense_is_no_statement(text: str):
    assert named(text) == []


def test_a_plural_organization_after_an_inverted_cue_speaks():
    assert speaker_names("The law was unfair, said the unions.") == ["the unions"]


# A participle of finding with a verdict and its agent after it is the agent's finding, a
# stance: "was found to be unlawful by the court"; with no agent ("was found guilty") or no
# verdict ("was found by a walker") nothing, as before. Sourceless hearsay ("is said to be
# furious") stays no statement (test_rejections).


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "The policy was found to be unlawful by the court.",
            "The policy was found to be unlawful",
            "the court",
        ),
        (
            "The scheme was found to be unlawful by judges.",
            "The scheme was found to be unlawful",
            "judges",
        ),
        ("The driver was found guilty by a jury.", "The driver was found guilty", "a jury"),
        (
            "He was found by the inquiry to have lied.",
            "He was found by the inquiry to have lied",
            "the inquiry",
        ),
        (
            "The bank was found to have misled savers by the regulator.",
            "The bank was found to have misled savers",
            "the regulator",
        ),
        (
            "The club was found to be in breach of the rules by the watchdog.",
            "The club was found to be in breach of the rules",
            "the watchdog",
        ),
    ],
)
def test_a_finding_with_its_agent_is_the_agent_s_stance(text: str, content: str, name: str):
    assert [(c, n) for c, n, _ in named(text)] == [(content, name)]
    assert [act for act, _ in acts_and_contents(text)] == ["stance"]


@pytest.mark.parametrize(
    "text",
    [
        "The policy was found to be unlawful.",
        "The driver was found guilty.",
        "The body was found by a dog walker.",
        "The body was found by a dog walker in a ditch.",
        "The minister is said to be furious.",
        "The driver was found to be carrying a gun by police at the border.",
        "The man was found to have a gun by guards.",
    ],
)
def test_a_finding_without_agent_or_verdict_is_no_statement(text: str):
    assert named(text) == []


def test_a_passive_told_by_its_agent_is_the_agent_s():
    assert speaker_names("Residents were told by police to leave.") == ["police"]


# A noun of intent owned by a possessive and opening the sentence ("The governor's vow to
# rebuild drew praise"): its infinitive is the content, up to the sentence's own verb.


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        ("The governor's vow to rebuild drew praise.", "to rebuild", "The governor"),
        ("The mayor's pledge to cut fares was welcomed.", "to cut fares", "The mayor"),
        ("Her promise to put things right angered fans.", "to put things right", "Her"),
        (
            "The council's vow to reopen the pool by 2027 drew cheers from swimmers.",
            "to reopen the pool by 2027",
            "The council",
        ),
        (
            "His pledge to cap rents at £1,500 for tenants drew anger.",
            "to cap rents at £1,500 for tenants",
            "His",
        ),
    ],
)
def test_an_intent_noun_opening_the_subject_reports_its_infinitive(
    text: str, content: str, name: str
):
    assert [(c, n) for c, n, _ in named(text)] == [(content, name)]
    assert [act for act, _ in acts_and_contents(text)] == ["stance"]


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "The governor's vow to rebuild homes for nurses was welcomed by unions.",
            "to rebuild homes for nurses",
            "The governor",
        ),
        ("Her pledge to cut fares was criticised by rail unions.", "to cut fares", "Her"),
    ],
)
def test_an_intent_noun_in_a_passive_s_subject_keeps_its_infinitive(
    text: str, content: str, name: str
):
    assert (content, name) in [(c, n) for c, n, _ in named(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "to" and a noun phrase: whom it was made to, no content
        ("Lee's promise to her mother kept her going.", []),
        # not opening the subject: to the clause end, as before
        (
            "It is part of the firm's pledge to put 20 buses on the road by 2030.",
            ["to put 20 buses on the road by 2030"],
        ),
        # a that-clause, as before
        ("The minister's warning that the dam could fail went unheeded.", ["the dam could fail"]),
    ],
)
def test_other_intent_and_speech_nouns_stay(text: str, expected: list[str]):
    assert [c for c, _, _ in named(text)] == expected
