"""Mends of review 4 of session 17 (the merge of the drug-approvals branch), each tested on
invented sentences with their near misses."""

import pytest
from extraction_helpers import attributed


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "She said the plan means cutting costs, sending staff home and closing two depots.",
            "the plan means cutting costs, sending staff home and closing two depots",
        ),
        (
            "The mayor warned the flood could close roads, triggering delays across the valley.",
            "the flood could close roads, triggering delays across the valley",
        ),
        (
            "The lender said it would keep rates flat, raising them later if wages climb.",
            "it would keep rates flat, raising them later if wages climb",
        ),
        # near misses: a consequence of the writer after a fact or a "would"
        (
            "The regulator said the pump was safe, clearing the way for sales and sending "
            "shares up.",
            "the pump was safe",
        ),
        ("The board said fares would rise, prompting a rush for passes.", "fares would rise"),
        (
            "Dunmore said the deal meant cutting jobs, sparking a strike.",
            "the deal meant cutting jobs",
        ),
    ],
)
def test_a_list_or_a_prediction_goes_on_past_a_participle(text: str, content: str):
    assert [c for c, _, _ in attributed(text)] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "The lender said profits fell 20%, sparking fears that payouts would be cut.",
        "The coach said he would rest two starters, prompting questions about the lineup.",
        "The mill shut a line, triggering fresh fears that jobs would go.",
    ],
)
def test_a_reporting_noun_after_a_consequence_is_not_the_subjects(text: str):
    assert [cue for _, _, cue in attributed(text)] in ([], ["said"])


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (
            "The coach said he would rest two starters, prompting warnings from the union "
            "that more cuts were coming.",
            "the union",
        ),
        ("The mill shut a line, sparking fears among workers that jobs would go.", "workers"),
        ("Orla Finn is raising questions about the lineup.", "Orla Finn"),
        ("The mill shut a line, and its owner voiced fears that jobs would go.", "its owner"),
    ],
)
def test_a_reporting_noun_naming_its_source_or_of_the_subject_keeps_it(text: str, holder: str):
    assert holder in [s.name for _, s, cue in attributed(text) if s and cue != "said"]


@pytest.mark.parametrize(
    "text",
    [
        "Club members voted that night to shut the gym.",
        "Owners voted that morning to oust the manager.",
        "The assembly voted that bill down in 2021.",
        "Councillors voted that same afternoon.",
    ],
)
def test_voted_before_a_demonstrative_that_reports_nothing(text: str):
    assert [c for c, _, cue in attributed(text) if cue == "voted"] == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The jury voted 8-4 that the claim was false.", "the claim was false"),
        ("Tenants voted that rents be frozen.", "rents be frozen"),
        ("The board voted that Ms. Aris should step down.", "Ms. Aris should step down"),
        ("The club voted on Monday that it would disband.", "it would disband"),
    ],
)
def test_voted_before_a_clause_is_a_stance(text: str, content: str):
    assert [c for c, _, cue in attributed(text) if cue == "voted"] == [content]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Film maker Ines Dorr said the script was cut.", "Ines Dorr", "person"),
        ("Wine maker Tom Alder said the harvest was poor.", "Tom Alder", "person"),
        ("Its maker said the scooter would ship in June.", "Its maker", "organization"),
        ("A maker of valves said orders fell.", "A maker of valves", "organization"),
        ("Policy makers said the rate would hold.", "Policy makers", "group"),
        ("The film maker said the scene was cut.", "The film maker", "person"),
        ("The toy maker said the scooter would ship in June.", "The toy maker", "organization"),
    ],
)
def test_a_maker_alone_is_a_company_and_before_a_name_a_person(text: str, name: str, kind: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and (speaker.name, speaker.kind) == (name, kind)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'As Vance put it ahead of the vote, "This is the last chance."',
            "This is the last chance",
        ),
        (
            "As the warden put it within hours of the escape, the jail would be rebuilt.",
            "the jail would be rebuilt",
        ),
        ("Ruiz said within days of the flood, the bridge would reopen.", "the bridge would reopen"),
    ],
)
def test_a_time_after_as_put_it_is_skipped_to_the_content(text: str, content: str):
    assert [c for c, _, _ in attributed(text)] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "Critics put it among the worst plays of the year.",
        "Analysts put it ahead of its rivals.",
        "Analysts put it ahead of its rivals, citing sales.",
        "Buyers put it within reach of most families.",
    ],
)
def test_put_it_ranking_or_placing_a_thing_reports_nothing(text: str):
    assert [cue for _, _, cue in attributed(text) if cue == "put it"] == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The warden says indeed the jail is full.", "indeed the jail is full"),
        ("Okafor argues indeed the fees are unfair.", "indeed the fees are unfair"),
    ],
)
def test_indeed_after_a_cue_in_s_is_no_past_making_it_a_noun(text: str, content: str):
    assert [c for c, _, _ in attributed(text)] == [content]


@pytest.mark.parametrize(
    "text",
    ["Tenant advocates packed the hall.", "Farm advocates blocked the road."],
)
def test_a_plural_cue_noun_before_a_past_and_its_object_stays_a_noun(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Ruiz told the board members would meet on Monday.",
            "the board members would meet on Monday",
        ),
        (
            "Ruiz told the town council members had been warned.",
            "the town council members had been warned",
        ),
        (
            "Dale warned the union leaders were misleading staff.",
            "the union leaders were misleading staff",
        ),
        # near misses: a listener, then the content's own subject
        ("Ruiz told the town council the members had been warned.", "the members had been warned"),
        ("Ruiz told reporters the members would meet.", "the members would meet"),
        ("Ruiz told the board members that the plan was dead.", "the plan was dead"),
        ("Dale warned the price was too high.", "the price was too high"),
    ],
)
def test_a_bodys_members_before_a_verb_are_the_contents_subject(text: str, content: str):
    assert [c for c, _, _ in attributed(text)] == [content]
