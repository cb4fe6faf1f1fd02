"""Mends of the second review of session 17's statement and figure rules, each tested on
invented sentences with the near misses the rule was made for."""

import pytest
from extraction_helpers import attributed, contents


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Brightline said in a statement that it filed for bankruptcy protection on Monday.",
            "Brightline",
            "it filed for bankruptcy protection on Monday",
        ),
        (
            "The club said in a statement that the winger signed on Tuesday.",
            "The club",
            "the winger signed on Tuesday",
        ),
        (
            "The keeper said in a post that he signed with the club on Friday.",
            "The keeper",
            "he signed with the club on Friday",
        ),
        (
            "The firm said in a filing that it filed for protection last week.",
            "The firm",
            "it filed for protection last week",
        ),
    ],
)
def test_a_venues_that_after_a_cue_with_nothing_before_it_opens_the_content(
    text: str, speaker: str, content: str
):
    [(found, who, cue)] = attributed(text)
    assert (found, who and who.name, cue) == (content, speaker, "said")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the venue's relative clause, with the content before the cue or its own "that" after
        (
            "Costs will climb, Dunmore Ltd said in a letter that it made public on Friday.",
            "Costs will climb",
        ),
        (
            "Harlow Foods said in a statement that it released on Monday that the plant "
            "would shut.",
            "the plant would shut",
        ),
    ],
)
def test_a_venues_relative_clause_stays_out_of_the_content(text: str, content: str):
    assert contents(text) == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a judgement's object keeps the gathering known to the reader
        (
            "The senator condemned the looting at the protest on Sunday.",
            "the looting at the protest on Sunday",
        ),
        ("Mayor Dunn praised the crowd at the rally.", "the crowd at the rally"),
        # a participle's own venue, never cut after it
        ("Dunn criticized the comments made at the dinner.", "the comments made at the dinner"),
        ("Dunn attacked the figures given at the briefing.", "the figures given at the briefing"),
        (
            "Dunn criticized the claims made in a post on Monday.",
            "the claims made in a post on Monday",
        ),
    ],
)
def test_a_gathering_that_belongs_to_a_stance_object_stays_in_it(text: str, content: str):
    assert contents(text) == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the speaker's own gathering, brought in, or after a verb that is no judgement
        ("Mayor Dunn praised the firefighters at a ceremony on Friday.", "the firefighters"),
        ("Sen. Ora Vale defended the bill at the briefing on Monday.", "the bill"),
        ("Dunn criticized the plan in a post on Monday.", "the plan"),
    ],
)
def test_the_speakers_own_gathering_still_ends_a_stance_object(text: str, content: str):
    assert contents(text) == [content]


def test_an_object_resumed_after_the_attribution_is_no_summing_up():
    [(content, who, _)] = attributed(
        "The town wants, the mayor said, a road that avoids the school."
    )
    assert who is not None and who.name == "the mayor"
    assert content == "The town wants, the mayor said, a road that avoids the school"


@pytest.mark.parametrize(
    "text",
    [
        "Fares will rise, the minister said, a claim that commuters disputed.",
        "Fares will rise, the minister said on Monday, a bold move that riders called unfair.",
    ],
)
def test_a_reporting_noun_in_the_narrators_summing_up_makes_no_statement(text: str):
    assert [(content, who and who.name) for content, who, _ in attributed(text)] == [
        ("Fares will rise", "the minister")
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a time after the client, then advice reported: "against" + a gerund as "to" + a verb
        (
            "Officials advised tenants on Friday against using the lifts.",
            "tenants on Friday against using the lifts",
        ),
        (
            "Doctors advised parents on Monday to keep children home.",
            "parents on Monday to keep children home",
        ),
    ],
)
def test_advice_reported_after_a_client_and_a_time_is_a_statement(text: str, content: str):
    assert contents(text) == [content]


@pytest.mark.parametrize(
    "text",
    [
        # counsel on a topic whose own words hold "to": the topic's, not advice
        "Harker Bros advised Tolland on the merger, which is expected to close in June.",
        "Vane & Co advised Tolland on its bid to buy Corvel.",
        "Vane & Co advised Tolland on Monday on the sale.",
    ],
)
def test_counsel_with_to_inside_its_topic_is_no_statement(text: str):
    assert contents(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a body's complement, then the content's subject with no "that"
        ("Ruiz told a crowd of 2,000 farmers the fight was not over.", "the fight was not over"),
        ("Ruiz told a jury of her peers she was innocent.", "she was innocent"),
        ("Ruiz told a rally in Tolland it was time to go.", "it was time to go"),
        # a preposition inside the complement is no end of it
        (
            "Ruiz told a crowd of farmers in the capital the fight was not over.",
            "the fight was not over",
        ),
        (
            "Ruiz told a crowd of 2,000 farmers that the fight was not over.",
            "the fight was not over",
        ),
    ],
)
def test_a_listener_bodys_complement_ends_before_the_contents_subject(text: str, content: str):
    assert contents(text) == [content]
