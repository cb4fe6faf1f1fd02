"""The reviewer's findings of session 21 on the merged column and live-blog changes, each
tested on invented sentences with near-misses that must not change."""

import pytest
from extraction_helpers import named

from tui.core.figures import find_figures
from tui.core.statements import furniture
from tui.core.text import paragraphs

# -- 1. ", which tells me": the author's inference only after a clause, not after a speaker --


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Acme, which told us last week that no jobs would go, cut 200 positions on Monday.",
            [("no jobs would go", "Acme", "told")],
        ),
        (
            "A leaked memo, which tells us the plan was rushed, was sent to reporters.",
            [("the plan was rushed", "A leaked memo", "tells")],
        ),
        (
            "The province, which told us in a statement that the clinic would reopen, did "
            "not say when.",
            [("the clinic would reopen", "The province", "told")],
        ),
        (
            "Health Canada, which tells us the vaccine is safe, released new data.",
            [("the vaccine is safe", "Health Canada", "tells")],
        ),
    ],
)
def test_which_after_a_speaker_tells(text: str, expected: list) -> None:
    assert named(text) == expected


def test_which_told_after_a_body_reached() -> None:
    text = "I called the premier's office, which told me she was travelling."
    assert ("she was travelling", "the premier's office", "told") in named(text)


@pytest.mark.parametrize(
    "text",
    [
        "Fares went up twice in a year, which tells me the transit board has stopped listening.",
        "The strings on my old guitar buzz, which tells me the neck is warped.",
        "The rent doubled in two years, which tells us the market is broken.",
        "That tells us the rules bend for the powerful.",
    ],
)
def test_which_after_a_fact_is_the_authors_inference(text: str) -> None:
    assert named(text) == []


# -- 2, 3. the pronoun after the author's opening clause: only whom the author contacted --


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ann Lee, a nurse, works nights. After I watched Grey's Anatomy with her, she said "
            "the show gets the ward right.",
            "Ann Lee",
        ),
        (
            "Ann Lee, a nurse, works nights. When I visited Toronto General last week, she "
            "said the ward was full.",
            "Ann Lee",
        ),
        (
            "Ann Lee, a nurse, works nights. When I visited Lakeview Manor, she said the ward "
            "was full.",
            "Ann Lee",
        ),
        (
            "Tom Reyes, 61, drives a cab at night. When I brought up Ivo Lind, he said the "
            "mayor had forgotten drivers.",
            "Tom Reyes",
        ),
        # near-misses: the author's contact is still who the pronoun is
        (
            "Tom Ruiz said the roof leaks. When we reached Ivo Lind by phone, he said the "
            "forecast was wrong.",
            "Ivo Lind",
        ),
        (
            "Tom Ruiz said the roof leaks. When I finally reached Dana Okafor, she said the "
            "forecast was wrong.",
            "Dana Okafor",
        ),
        (
            "Tom Ruiz said the roof leaks. After we talked with Mia Cole for an hour, she said "
            "the forecast was wrong.",
            "Mia Cole",
        ),
    ],
)
def test_pronoun_after_the_authors_clause(text: str, name: str) -> None:
    assert named(text)[-1][1] == name


def test_which_after_an_object_in_a_clause_is_the_authors_inference() -> None:
    text = "The council put $2 million into a survey, which tells me the fix is in."
    assert named(text) == []


# -- 4. a described role and the titled name opening the next paragraph --


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "The police chief says the highway will stay closed overnight.\n\nChief Dana "
            "Okafor, who heads the fire department, said crews would stay on site.",
            "The police chief",
        ),
        (
            "The fire chief, who asked not to be named, says the alarm failed.\n\nChief Dana "
            "Okafor said crews would stay on site.",
            "The fire chief",
        ),
        (
            "The police chief, who was not authorized to speak publicly, says the highway "
            "will stay closed.\n\nChief Dana Okafor said crews would stay on site.",
            "The police chief",
        ),
        (
            "The police chief says the highway will stay closed overnight.\n\nChief Dana "
            "Okafor, the head of the fire service, said crews would stay on site.",
            "The police chief",
        ),
        # near-misses: the titled name is the described chief
        (
            "The fire chief says the alarm failed.\n\nChief Dana Okafor said crews would stay "
            "on site.",
            "Dana Okafor",
        ),
        (
            "The fire chief says the alarm failed.\n\nChief Dana Okafor, who heads the fire "
            "department, said crews would stay on site.",
            "Dana Okafor",
        ),
    ],
)
def test_titled_name_next_is_the_described_role(text: str, first: str) -> None:
    said = named(text)
    assert said[0][1] == first
    assert said[-1][1] == "Dana Okafor"


# -- 5, 8. the interview closing a sentence: cut off whole, a talk's topic kept --

_OPEN = "the clinic would stay open"
_CLOSE = "the plant would close"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Lee said she felt better when we talked about her son.",
            "she felt better when we talked about her son",
        ),
        (
            "Lee said she felt better when we spoke about the trial.",
            "she felt better when we spoke about the trial",
        ),
        ("Lee said the clinic would stay open when we spoke last week.", _OPEN),
        ("Lee said the clinic would stay open when reached for comment on Monday.", _OPEN),
        ("Lee said she would stay open when asked about the report.", "she would stay open"),
        ("Lee said the clinic would stay open, when contacted by The Globe and Mail.", _OPEN),
        (
            "Lee said the clinic would stay open when I interviewed her in 2019, before the "
            "merger.",
            _OPEN,
        ),
        ("Lee said the plant would close when I called her about the layoffs.", _CLOSE),
        ("Lee said the plant would close when we spoke on Monday about the layoffs.", _CLOSE),
        # near-misses: a when-clause of the content's own
        (
            "Lee said the clinic would stay open when asked to pay.",
            "the clinic would stay open when asked to pay",
        ),
        (
            "Lee said the clinic would stay open when the vote came.",
            "the clinic would stay open when the vote came",
        ),
        (
            "Lee said prices rise when asked about inflation by voters in every town.",
            "prices rise when asked about inflation by voters in every town",
        ),
    ],
)
def test_interview_closing_the_sentence(text: str, content: str) -> None:
    assert named(text) == [(content, "Lee", "said")]


# -- 6. a live blog's entry headline reporting a saying: kept unless the entry repeats it --

_LIVE = "Officials say the flooding is the worst in decades.\n\n{time}\n\n{head}\n\n{body}"


@pytest.mark.parametrize("time", ["10:42 a.m. ET", "10:42 a.m.", "Updated 5 minutes ago"])
def test_entry_headline_saying_is_kept_when_not_repeated(time: str) -> None:
    text = _LIVE.format(
        time=time,
        head="Premier Ann Roe says the army is coming",
        body="Roe made the announcement in Halifax on Tuesday morning.",
    )
    assert ("the army is coming", "Ann Roe", "says") in named(text)


@pytest.mark.parametrize(
    ("head", "body", "repeat"),
    [
        (
            "Premier Ann Roe says the army is coming",
            "Roe said the army is coming to help fill sandbags in the valley.",
            "the army is coming to help fill sandbags in the valley",
        ),
        (
            "Mayor warns of closures",
            "Mayor Ivo Lind warned of road closures across the north end.",
            "road closures across the north end",
        ),
    ],
)
def test_entry_headline_repeated_by_the_entry_is_dropped(head: str, body: str, repeat: str) -> None:
    said = named(_LIVE.format(time="10:42 a.m. ET", head=head, body=body))
    assert [content for content, _, _ in said[1:]] == [repeat]


def test_entry_crosshead_without_saying_stays_furniture() -> None:
    text = _LIVE.format(
        time="10:42 a.m. ET", head="Crews hold the east flank", body="Crews worked all night."
    )
    assert [content for content, _, _ in named(text)] == ["the flooding is the worst in decades"]


# -- 14. one page stamp for the figures and the live blog's entry times --


@pytest.mark.parametrize("stamp", ["Posted 1 day ago", "Last updated 2 days ago", "45 mins ago"])
def test_page_stamp_is_no_figure_and_an_entry_time(stamp: str) -> None:
    text = _LIVE.format(
        time=stamp, head="Crews hold the east flank", body="Crews worked all night."
    )
    assert find_figures(text) == []
    assert furniture.furniture(text)[-1] == (text.index("Crews hold"), text.index("\n\nCrews w"))


def test_entry_headline_by_a_role_repeated_by_its_titled_holder() -> None:
    text = _LIVE.format(
        time="9:14 p.m. ET",
        head="Governor says state will test the water",
        body="Gov. Warren Pike said the state would begin testing the water at dawn.",
    )
    assert [name for _, name, _ in named(text)] == ["Officials", "Warren Pike"]


# -- 7. "I'm told": a source's word the author passes on, the source left unnamed --


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The deal, I'm told, is done.", "The deal, I'm told, is done"),
        ("I'm told the premier will resign.", "the premier will resign"),
        ("We are told that the bridge is safe.", "the bridge is safe"),
        ("We're told the bridge will reopen on Friday.", "the bridge will reopen on Friday"),
    ],
)
def test_the_author_told_by_an_unnamed_source(text: str, content: str) -> None:
    assert named(text) == [(content, None, "told")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I'm told to wait in the lobby.", []),
        ("I'm told of the delay every morning.", []),
        (
            "I am told by two aides that the premier will resign.",
            [("the premier will resign", "two aides", "told")],
        ),
        (
            "He's told reporters the plant will close.",
            [("the plant will close", "He", "told")],
        ),
    ],
)
def test_the_author_told_near_misses(text: str, expected: list) -> None:
    assert named(text) == expected


# -- 9. a byline's trade and its modifiers after the name --


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("By Ann Roe Staff Reporter", "Ann Roe"),
        ("By Ann Roe Political Reporter", "Ann Roe"),
        ("By Ann Roe Senior Columnist", "Ann Roe"),
        ("By ANN ROE STAFF REPORTER", "Ann Roe"),
        # near-misses: a name of three words, a name with no trade after it
        ("By Mary Ann Roe Reporter", "Mary Ann Roe"),
        ("By Ann Chief", "Ann Chief"),
    ],
)
def test_byline_trade_modifiers_are_no_part_of_the_name(byline: str, author: str) -> None:
    text = f"Council backs plan\n\n{byline}\n\nThe council met on Monday and voted for it."
    assert furniture.byline_author(text, paragraphs(text)) == author


# -- 10. "the forecaster" for a meteorological body named before --


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Environment Canada issued a heat warning for Toronto on Monday. The forecaster "
            "said temperatures would reach 35C.",
            "Environment Canada",
        ),
        (
            "The Met Office issued an amber warning for wind across Wales. The forecaster said "
            "gusts would be strong.",
            "The Met Office",
        ),
        (
            "The Meteorological Service of Canada issued a flood watch. The forecaster said "
            "rain would persist.",
            "The Meteorological Service of Canada",
        ),
        # near-misses: no weather body, or a forecaster named before
        (
            "Environment Minister Ann Lee toured the dam. The forecaster said rain would persist.",
            "The forecaster",
        ),
        (
            "Forecaster Ann Lee of Environment Canada spoke on Monday. The forecaster said "
            "rain would persist.",
            "Ann Lee",
        ),
    ],
)
def test_the_forecaster_stands_for_a_weather_body(text: str, body: str) -> None:
    assert named(text)[-1][1] == body


# -- 11. a free relative of knowing before a colon is a heading, whoever knows --


@pytest.mark.parametrize(
    "heading",
    ["What police know so far:", "What investigators have learned:", "What we know so far:"],
)
def test_knowing_heading_over_a_list_is_no_thought(heading: str) -> None:
    text = f"Crews fought the fire all night.\n\n{heading}\n\n- The fire started at 2 a.m."
    assert named(text) == []


def test_knowing_pseudo_cleft_without_colon_is_unchanged() -> None:
    text = "What police know is that the fire was set."
    assert [(name, cue) for _, name, cue in named(text)] == [("police", "know")]


# -- 12. a long adverbial, commas too, between "what X said" and its colon --


@pytest.mark.parametrize(
    "lead",
    [
        "Here is what Roe said Tuesday about the bridge, the ferry and the tolls:",
        "Here is what Roe said at the meeting on Tuesday about the bridge and the new tolls:",
        "Here is what Roe said on Tuesday about the tolls:",
    ],
)
def test_what_was_said_over_a_block_quote(lead: str) -> None:
    text = f"Roe spoke for an hour.\n\n{lead}\n\n“We will build it, and we will pay for it.”"
    assert [(c, name) for c, name, _ in named(text)] == [
        ("We will build it, and we will pay for it", "Roe")
    ]


def test_a_pseudo_cleft_with_commas_stays_one() -> None:
    text = "What Roe said at the meeting, and what her aides said after it, was clear: no tolls."
    assert named(text) == []


# -- 13. a key-events list whose entries blank lines set apart --

_KEY_EVENTS = (
    "Officials say the flooding is the worst in decades.\n\nKey events\n\n1h ago\n\n"
    "Evacuation order expanded to Lakeview\n\n2h ago\n\nPremier says army will help\n\n"
    "10:42 a.m. ET\n\nMayor says shelters are full\n\n{body}"
)


def test_key_events_set_apart_by_blank_lines_are_no_statements() -> None:
    said = named(_KEY_EVENTS.format(body="Lind made the remarks at city hall."))
    assert [content for content, _, _ in said] == [
        "the flooding is the worst in decades",
        "shelters are full",  # the first entry's headline, under its time, after the list
    ]
