"""Review 22's findings on today's merged changes (mend A), each a construction class tested
on invented sentences, with near-misses that must not change."""

import pytest
from extraction_helpers import attributed


def said(text: str) -> list[tuple[str, str | None]]:
    """(content, speaker's name) of each statement of `text`, in text order."""
    return [
        (content, speaker.name if speaker else None) for content, speaker, _ in attributed(text)
    ]


# --- 1. a bold run-in heading names no speaker ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "**Weather:** Expect rain through the weekend, with highs near 12 degrees.",
        "**Main Street:** The bike lanes will be painted green by June.",
        "**Cost:** About $40 million, shared by the province and the city.",
        "**Tuesday:** Council meets to vote on the budget.",
        "**Parking:** Two lots close on Monday for repaving.",
    ],
)
def test_a_bold_run_in_heading_is_no_speaker(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        ("**Omar Pike:** The fees are too high for most families.", None, "Omar Pike"),
        ("**Mayor Holt:** “We will not back down.”", "We will not back down", "Holt"),
        ("**Dr. Lin Wu:** Wash your hands before every meal.", None, "Lin Wu"),
        ("**Council:** “We will vote on Tuesday.”", "We will vote on Tuesday", "Council"),
        (
            "Ana Lee runs the depot.\n\n**Lee:** We will not back down on this.",
            "We will not back down on this",
            "Ana Lee",
        ),
    ],
)
def test_a_bold_label_naming_a_person_or_quoting_still_speaks(
    text: str, content: str | None, name: str
):
    found = said(text)
    assert found and found[-1][1] == name
    assert content is None or found[-1][0] == content


# --- 2. a passive of questioning is an interrogation only by police or counsel ----------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The minister was questioned by opposition MPs about the contract.", "opposition MPs"),
        ("Ortt was questioned by reporters about whether he would resign.", "reporters"),
        ("The Harbour Accord was questioned by legal experts.", "legal experts"),
        ("Bill C-21 was questioned by senators on Tuesday.", "senators"),
        ("Ortt was questioned by reporters about whether police had called.", "reporters"),
    ],
)
def test_a_passive_of_questioning_by_others_than_police_is_their_question(text: str, name: str):
    assert [n for _, n in said(text)] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "The driver was questioned by detectives about where he had been.",
        "Farrant was questioned by police for six hours.",
        "The cashier was quizzed by investigators over the missing cash.",
        "Dov Amsel was questioned by defence lawyer Ivo Sand about the car.",
        "The suspect was questioned for hours.",
    ],
)
def test_a_passive_of_questioning_by_police_or_counsel_is_an_interrogation(text: str):
    assert attributed(text) == []


# --- 3. a verb of harsh criticism with a literal sense finds fault only in a person -----------


@pytest.mark.parametrize(
    "text",
    [
        "The chef roasted the peppers for making salsa.",
        "Farmers torched the stubble for planting in spring.",
        "Crews hammered the stakes for marking the trail.",
        "The cooks bashed the garlic for adding to the sauce.",
    ],
)
def test_a_literal_verb_of_force_with_a_purpose_is_no_statement(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "Reviewers trashed the sequel for its wooden dialogue.",
            "the sequel for its wooden dialogue",
            "Reviewers",
        ),
        ("Critics panned the opera for its length.", "the opera for its length", "Critics"),
        (
            "Critics roasted the minister for dodging questions.",
            "the minister for dodging questions",
            "Critics",
        ),
        (
            "Residents torched the council for approving the tower.",
            "the council for approving the tower",
            "Residents",
        ),
        ("Fans hammered Ortt for skipping the vote.", "Ortt for skipping the vote", "Fans"),
        (
            "Critics trashed the plan for ignoring drivers.",
            "the plan for ignoring drivers",
            "Critics",
        ),
    ],
)
def test_harsh_criticism_of_a_person_or_a_fault_noun_is_a_stance(
    text: str, content: str, name: str
):
    assert said(text) == [(content, name)]


def test_harsh_criticism_for_a_time_or_a_purpose_is_still_nothing():
    assert attributed("Fans trashed the office for hours.") == []
    assert attributed("The crew trashed the room for the party.") == []


# --- 4. prose frames with a clause after "as"; only a headline's present clause is time -------


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "Union leaders view the deal as job losses waiting to happen.",
            "the deal as job losses waiting to happen",
            "Union leaders",
        ),
        (
            "Opponents framed the tower as ten storeys too tall.",
            "the tower as ten storeys too tall",
            "Opponents",
        ),
        (
            "Residents see the bike lanes as safety improvements everyone needs.",
            "the bike lanes as safety improvements everyone needs",
            "Residents",
        ),
    ],
)
def test_prose_framing_with_a_present_word_after_as_is_kept(text: str, content: str, name: str):
    assert said(text) == [(content, name)]


# --- 5. a headline's framing present lowered only as a verb before "as" -----------------------

_BODY = "\n\nThe council of Brill met on Tuesday evening to weigh the budget."


def headline_said(headline: str) -> list[tuple[str, str | None]]:
    """(content, speaker's name) of the statements inside `headline`, atop a plain body."""
    text = headline + _BODY
    return [(c, n) for c, n in said(text) if text.find(c) < len(headline)]


@pytest.mark.parametrize(
    "headline",
    [
        "Lake Views Draw Buyers to Cottage Country as Prices Climb",
        "Harbour Views Lift Condo Sales as Rates Fall",
        "Premier Sees Deficit Vanishing as Revenue Climbs",
    ],
)
def test_a_framing_noun_or_a_clause_of_time_in_a_headline_frames_nothing(headline: str):
    assert headline_said(headline) == []


def test_a_headlines_clause_of_time_after_a_plural_is_no_content():
    assert headline_said("Union Paints Deal as Workers Celebrate Raise") == [("Deal", "Union")]


@pytest.mark.parametrize(
    ("headline", "content", "name"),
    [
        ("Ann Lake Sees Budget as Turning Point", "Budget as Turning Point", "Ann Lake"),
        ("Mayor Frames Tax as Cash Grab", "Tax as Cash Grab", "Mayor"),
        (
            "Mayor Sees Ferry Levy as Lifeline for Islands",
            "Ferry Levy as Lifeline for Islands",
            "Mayor",
        ),
    ],
)
def test_a_headlines_framing_verb_after_a_person_is_still_read(
    headline: str, content: str, name: str
):
    assert (content, name) in headline_said(headline)
