"""Session 22's leftovers on statements and figures (helper left22f), each a construction
class tested on invented sentences, with near-misses that must not change, and the floors of
three invented articles (a former governor's jobs plan, a personal finance column, a weekend
box office report)."""

import pytest
from extraction_helpers import ARTICLES, acts_and_contents, attributed, missing_speakers, units

from tui.core.statements import find_statements


def article(name: str) -> str:
    """The text of the invented article `name`."""
    return (ARTICLES / name).read_text(encoding="utf-8")


# --- a verb with a noun of doubt or scorn before "on": a stance, the verb no part of the name


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        ("Treasurer Ines Pardo cast doubt on the figures.", "the figures", "Ines Pardo"),
        ("The mayor cast doubt on the plan's cost.", "the plan's cost", "The mayor"),
        (
            "Analysts have cast doubt on whether the mine will reopen.",
            "whether the mine will reopen",
            "Analysts",
        ),
        ("The senator heaped scorn on the proposal.", "the proposal", "The senator"),
        ("Critics poured scorn upon the new stadium.", "the new stadium", "Critics"),
    ],
)
def test_casting_doubt_or_pouring_scorn_is_a_stance_of_the_subject(
    text: str, content: str, name: str
):
    [(found, speaker, _)] = attributed(text)
    assert (found, speaker.name if speaker else None) == (content, name)
    assert acts_and_contents(text)[0][0] == "stance"


def test_a_document_casting_doubt_keeps_its_kind():
    [(_, speaker, cue)] = attributed("The audit casts doubt on the safety of the bridge.")
    assert speaker is not None and (speaker.kind, cue) == ("document", "casts doubt on")


@pytest.mark.parametrize(
    "text",
    [
        "The fog cast a shadow over the harbour.",
        "She cast her ballot on Tuesday.",
        "Residents poured cold water on the burning shed.",
    ],
)
def test_casting_or_pouring_anything_else_reports_nothing(text: str):
    assert attributed(text) == []


# --- a size estimated "at" a value, with no agent: the writer's figure, nobody's claim -------


@pytest.mark.parametrize(
    "text",
    [
        "The cost of the bypass was estimated at $4 billion.",
        "Damage to the pier was estimated at more than $2 million.",
        "The crowd was estimated at 5,000 on Saturday.",
        "The blaze's heat was estimated at about 900 degrees.",
    ],
)
def test_an_agentless_estimate_at_a_value_is_no_statement(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("It is estimated that 40 homes were lost.", "thought"),
        ("The cost was estimated at $40 million by analysts at Brill Capital.", "speech"),
        ("Officials estimated the damage at $3 million.", "speech"),
        ("Damage is estimated at $3 million, officials said.", "speech"),
    ],
)
def test_an_estimate_with_a_clause_or_an_agent_stays(text: str, act: str):
    [(found_act, _)] = acts_and_contents(text)
    assert found_act == act


# --- questions a columnist answers for readers: put to the subject, not asked by it ---------


@pytest.mark.parametrize(
    "text",
    [
        "Each week, columnist Ada Vance answers reader questions about gardening.",
        "Vance fielded caller questions about taxes for an hour.",
        "The host takes listener questions about pets on Fridays.",
    ],
)
def test_answering_the_questions_of_readers_is_no_statement(text: str):
    assert attributed(text) == []


def test_questions_raised_by_the_subject_stay():
    [(content, speaker, _)] = attributed("Readers raised questions about the fees.")
    assert (content, speaker.name if speaker else None) == ("the fees", "Readers")


# --- Markdown bold lead-ins -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "**Ada Vance, planner:** “Keep the pension and sell the boat.”",
            "Keep the pension and sell the boat",
            "Ada Vance",
        ),
        (
            "**Omar Pike:** The fees are too high for most families.",
            "The fees are too high for most families",
            "Omar Pike",
        ),
        (
            "**Automate it.** “Set it once and forget it,” says Rao.",
            "Set it once and forget it",
            "Rao",
        ),
    ],
)
def test_a_bold_lead_in_is_read_as_plain_text(text: str, content: str, name: str):
    [(found, speaker, _)] = attributed(text)
    assert (found, speaker.name if speaker else None) == (content, name)


def test_a_plain_label_is_unchanged_and_a_bold_heading_says_nothing():
    [(found, speaker, _)] = attributed("Ada Vance, planner: “Keep the pension and sell the boat.”")
    assert (found, speaker.name if speaker else None) == (
        "Keep the pension and sell the boat",
        "Ada Vance",
    )
    assert attributed("**The bottom line:** Keep every receipt for a year.") == []


@pytest.mark.parametrize(
    "heading", ["What the planners say:", "**What the planners say:**", "What they told us:"]
)
def test_a_what_heading_over_prose_is_no_block_quotation(heading: str):
    text = f"{heading}\n\nWe put the question of the cottage to three planners in Brill."
    assert all(cue != "say" and cue != "told" for _, _, cue in attributed(text))


def test_a_speaker_and_colon_over_a_paragraph_still_quote_it():
    text = "The minister said:\n\nThe ferry will keep running until the new dock opens in May."
    [(content, speaker, _)] = attributed(text)
    assert content.startswith("The ferry will keep running")
    assert speaker is not None and speaker.name == "The minister"


# --- figures: a part of the whole the sentence before counted, after "Of those," -------------


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        (
            "The film opened on 3,600 screens. Of those, 1,200 were large-format screens.",
            1200,
            "screens",
        ),
        (
            "The film opened on 3,600 screens. Of those, 1,200 were large-format, and 400 "
            "more had recliners.",
            400,
            "screens",
        ),
        ("The clinic saw 300 patients. Of them, 172 needed surgery.", 172, "patients"),
        (
            "The clinic saw 300 patients. Of them, 172 needed surgery and 40 more went home.",
            40,
            "patients",
        ),
        (
            "The clinic saw 300 patients in May. Of those, about 172 needed surgery.",
            172,
            "patients",
        ),
    ],
)
def test_a_count_after_of_those_counts_what_the_sentence_before_counted(
    text: str, value: float, unit: str
):
    assert (value, unit) in units(text)


def test_a_count_with_its_own_noun_keeps_it():
    text = "The clinic saw 300 patients. Of those, 172 women needed surgery."
    assert (172, "women") in units(text)


def test_a_whole_two_sentences_back_is_not_the_parts():
    text = "The clinic saw 300 patients. It hired nurses. Of those, 12 were fired."
    assert (12, "patients") not in units(text)


# --- figures: ages of a life's event, two of them ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "She plans to retire at 60 or 65.",
        "Many people plan to retire at 60 or 70, the survey found.",
        "He retired at 60 to care for his mother.",
        "Nurses there can retire at 55 or 60.",
    ],
)
def test_ages_of_a_lifes_event_count_nothing(text: str):
    assert units(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The number who died on the roads stood at 41 or 42.",
        "The rate peaked at 12 or 13 in May.",
    ],
)
def test_a_level_at_one_of_two_numbers_is_still_counted(text: str):
    assert len(units(text)) == 2


@pytest.mark.parametrize(
    "text",
    [
        "My husband is 62 and I am 59.",
        "Our son is 30 and still lives with us.",
        "Her daughter turned 18 in May.",
    ],
)
def test_the_age_of_a_persons_kin_counts_nothing(text: str):
    assert units(text) == []


@pytest.mark.parametrize(
    ("text", "value"), [("His score was 62.", 62), ("Our team was 12 on the list.", 12)]
)
def test_a_possessive_things_number_is_still_counted(text: str, value: float):
    assert value in [v for v, _ in units(text)]


# --- harsh criticism for a fault: "for" and a gerund, as "as" and a judgement -----------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The union trashed the plan for ignoring drivers.", "the plan for ignoring drivers"),
        ("Critics panned the film for dragging.", "the film for dragging"),
        (
            "Senator Ivo Dane savaged the budget for cutting ferry service.",
            "the budget for cutting ferry service",
        ),
    ],
)
def test_a_verb_of_harsh_criticism_with_a_fault_reports_its_object(text: str, content: str):
    assert [c for c, _, _ in attributed(text)] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "Vandals trashed the office for hours.",
        "The chef roasted the lamb for dinner.",
        "The storm hammered the coast for two days.",
        "Critics panned the film for nothing.",
    ],
)
def test_a_verb_of_force_for_a_time_or_a_purpose_reports_nothing(text: str):
    assert attributed(text) == []


# --- a title-case headline with a framing verb and a temporal "as" -----------------------------

_BODY = "\n\nThe council of Brill met on Tuesday evening to weigh the budget."


@pytest.mark.parametrize(
    "headline",
    [
        "Former Gov. Tarrow Pitches Jobs Plan as Rival Questions Record",
        "Mayor Pitches Ferry Levy as Council Weighs Cuts",
        "Mayor pitches ferry levy as council weighs cuts",
    ],
)
def test_a_framing_verb_before_a_headlines_clause_of_time_reports_nothing(headline: str):
    text = headline + _BODY
    assert [c for c, _, _ in attributed(text) if text.find(c) < len(headline)] == []


@pytest.mark.parametrize(
    ("headline", "content", "name"),
    [
        (
            "Senator Frames Tax Cut as Relief for Families",
            "Tax Cut as Relief for Families",
            "Senator",
        ),
        (
            "Mayor Pitches Ferry Levy as Fix for Island Towns",
            "Ferry Levy as Fix for Island Towns",
            "Mayor",
        ),
        (
            "Mayor Sees Ferry Levy as Lifeline for Islands",
            "Ferry Levy as Lifeline for Islands",
            "Mayor",
        ),
    ],
)
def test_a_title_case_headlines_framing_verb_with_its_as_is_read(
    headline: str, content: str, name: str
):
    found = attributed(headline + _BODY)
    assert any(c == content and s is not None and s.name == name for c, s, _ in found)


# --- the floors of the three invented articles -----------------------------------------------


def test_jobs_plan_floor():
    name = "leftovers22-dunmore-plan.txt"
    assert (
        missing_speakers(
            name,
            [
                ("it as the fastest way", "Roland Dunmore", "person"),
                ("the plan would put", "Roland Dunmore", "person"),
                ("Roland has a plan", "Marisol Ruiz", "person"),
                ("the treasurer's critique as", "Pete Albright", "person"),
                ("a proposal to move", "the state teachers' union", "organization"),
                ("You don't rebuild", "Delia Okafor", "person"),
                ("the decline was closer", "State labor data", "document"),
                ("He's the first one", "Carla Benn", "person"),
            ],
        )
        == []
    )
    text = article(name)
    headline_end = text.index("\n")
    found = attributed(text)
    assert not any(text.find(c) < headline_end for c, _, _ in found)  # a clause of time
    assert not any(c.startswith("The cost of the plan") for c, _, _ in found)
    assert not any(s is not None and s.name.endswith("cast") for _, s, _ in found)
    assert (60, None) not in units(text) and (70, None) not in units(text)


def test_money_column_floor():
    name = "leftovers22-money-column.txt"
    assert (
        missing_speakers(
            name,
            [
                ("Neither of you is wrong", "Nadia Farrow", "person"),
                ("I would never tell", "Lila Marsh", "person"),
                ("People underestimate", "Tom Reyes", "person"),
                ("Watch the tax bill", "Priya Anand", "person"),
                ("It felt like free money", "A 30-year-old man from Pelham", "person"),
            ],
        )
        == []
    )
    text = article(name)
    found = attributed(text)
    assert all(cue not in {"questions about", "say"} for _, _, cue in found)
    assert not any(c.startswith(("Take time", "We asked")) for c, _, _ in found)
    ages = {(62, None), (59, None), (30, None), (60, None), (65, None)}
    assert ages.isdisjoint(units(text))


def test_box_office_floor():
    name = "leftovers22-box-office.txt"
    assert (
        missing_speakers(
            name,
            [
                ("how long the thriller", "Paul Ruiz", "person"),
                ("We knew we had something", "Marla Chen", "person"),
                ("It's a great opening", "Paul Ruiz", "person"),
                ("I had people lining up", "Dana Whitlock", "person"),
                ("the drama would add", "Lantern Films", "organization"),
            ],
        )
        == []
    )
    text = article(name)
    speakers, statements = find_statements(text)
    assert not any(s.name.endswith("cast") for s in speakers)
    assert [st.act for st in statements if st.cue == "cast doubt on"] == ["stance"]
    assert {(1200, "screens"), (400, "screens"), (2200, "people")} <= set(units(text))


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Of the 900 riders surveyed by the city, 456 said the buses were late.", 456, "riders"),
        ("Of the 2,900 people polled by the firm Vox, 2,200 liked the film.", 2200, "people"),
        ("Of the 60 homes inspected by the county, 12 failed.", 12, "homes"),
    ],
)
def test_a_count_after_a_whole_with_its_agent_counts_the_whole(text: str, value: float, unit: str):
    assert (value, unit) in units(text)


def test_a_count_with_its_own_noun_after_a_whole_with_its_agent_keeps_it():
    text = "Of the 900 riders surveyed by the city, 456 women said the buses were late."
    assert (456, "women") in units(text)
