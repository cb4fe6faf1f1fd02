"""Session 21's leftovers on statements and figures (helper left21f), each a construction
class tested on invented sentences, with near-misses that must not change, and the floors of
three invented articles (a transit budget vote, a ruling on a district map, a clinic fraud
trial)."""

import pytest
from extraction_helpers import (
    ARTICLES,
    acts_and_contents,
    attributed,
    contents,
    missing_speakers,
    units,
)

from tui.core.figures import find_figures
from tui.core.statements import find_statements

# --- framing a thing as something: a stance, as "described X as" is a report --------------


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        ("The union framed the layoffs as a betrayal of drivers.", "the layoffs as a", "framed"),
        ("Judge Ola Brant cast the verdict as a win for renters.", "the verdict as a", "cast"),
        ("Organizers billed the march as the largest in Tolbury.", "the march as the", "billed"),
        ("The minister pitched the levy as a fix for ferries.", "the levy as a fix", "pitched"),
        ("Her aides spun the defeat as a moral victory.", "the defeat as a moral", "spun"),
        (
            "Flyers depicted the councillor as a puppet of builders.",
            "the councillor as",
            "depicted",
        ),
        ("The board has framed the closure as temporary.", "the closure as temporary", "framed"),
    ],
)
def test_a_framing_verb_with_as_is_a_stance(text: str, content: str, cue: str):
    [(act, found)] = acts_and_contents(text)
    assert act == "stance" and found.startswith(content)
    assert [c for _, _, c in attributed(text)] == [cue]


@pytest.mark.parametrize(
    "text",
    [
        "She cast her ballot as polls opened in Dunmore.",
        "The storm cast a shadow over the regatta.",
        "Workers framed the windows as rain fell.",
        "He framed the photo and hung it in the hall.",
        "The board presented the award to Ida Lowe.",
        "Crews pitched tents along the river.",
        "The cuts were framed as savings.",
    ],
)
def test_a_framing_verb_without_its_as_reports_nothing(text: str):
    assert all(
        cue not in {"cast", "framed", "presented", "pitched"} for *_, cue in attributed(text)
    )


# --- harsh criticism: the literal verbs only with "as", the phrasal ones always -------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Pell torched the bylaw as reckless.", "the bylaw as reckless"),
        ("Senator Ivo Dane trashed the bill as a giveaway.", "the bill as a giveaway"),
        ("Critics savaged the budget as a gift to landlords.", "the budget as a gift to landlords"),
        ("The columnist skewered the plan as naive.", "the plan as naive"),
        ("Rivals bashed the deal as a sellout.", "the deal as a sellout"),
    ],
)
def test_a_verb_of_harsh_criticism_with_as_reports_its_object(text: str, content: str):
    assert contents(text) == [content]


@pytest.mark.parametrize(
    "text",
    [
        "Rioters torched two police cars.",
        "Vandals trashed the office on Sunday.",
        "The storm hammered the coast as residents fled.",
        "The chef roasted the lamb.",
        "Critics panned the film.",
    ],
)
def test_a_verb_of_force_without_as_reports_nothing(text: str):
    assert contents(text) == []


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        ("The mayor railed against the levy at the meeting.", "the levy", "railed against"),
        ("Ruiz lashed out at the board over the delays.", "the board", "lashed out at"),
        ("Dane laid into his rivals on Friday.", "his rivals", "laid into"),
    ],
)
def test_a_phrasal_verb_of_harsh_criticism_is_a_stance(text: str, content: str, cue: str):
    [(act, found)] = acts_and_contents(text)
    assert act == "stance" and found.startswith(content)
    assert [c for _, _, c in attributed(text)] == [cue]


@pytest.mark.parametrize(
    "text",
    ["The truck tore into the house.", "He laid out the plan.", "Shrapnel ripped into his leg."],
)
def test_force_into_a_thing_is_no_criticism(text: str):
    assert contents(text) == []


# --- "and pointed to": the speaker's evidence after the claim, not part of it ---------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Ruiz shot back that the charge was false and pointed to her votes on rent.",
            "the charge was false",
        ),
        ("Ruiz said the fee was fair and referred to the audit.", "the fee was fair"),
        ("The audit said costs rose and pointed to overtime.", "costs rose"),
        (
            "Dane insisted the bridge was safe and also pointed to the survey.",
            "the bridge was safe",
        ),
    ],
)
def test_and_pointed_to_ends_what_was_said(text: str, content: str):
    assert contents(text) == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ruiz said the data pointed to a slowdown.", "the data pointed to a slowdown"),
        ("Ruiz said sales fell and prices pointed to a slump.", "sales fell and prices pointed"),
        ('Ruiz said "the books were clean and pointed to profit."', "the books were clean and"),
        ("Ruiz said the firm lost money and cut jobs.", "the firm lost money and cut jobs"),
    ],
)
def test_pointing_with_its_own_subject_or_quoted_stays_in_the_claim(text: str, content: str):
    assert contents(text)[0].startswith(content)


# --- ", hours before ...": the writer's time after what was said ----------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The guild criticized the cuts, hours before council met to vote.", "the cuts"),
        (
            "The guild said the fares were unfair, two days after the budget came out.",
            "the fares were unfair",
        ),
        ("The mayor defended the levy on Monday, a day before the vote.", "the levy on Monday"),
        (
            "Ode said the ruling was wrong, shortly after the verdict was read.",
            "the ruling was wrong",
        ),
        (
            "The guild framed the cuts as a betrayal, hours before the vote.",
            "the cuts as a betrayal",
        ),
    ],
)
def test_a_time_apart_after_a_comma_is_the_writers(text: str, content: str):
    assert contents(text) == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The guild said the mill would reopen, two weeks after the repairs end.",
            "the mill would reopen, two weeks after the repairs end",
        ),
        (
            "“The fares are unfair, days after we were promised more,” Ode said.",
            "The fares are unfair, days after we were promised more",
        ),
        (
            "Ode said the vote came two days after the budget.",
            "the vote came two days after the budget",
        ),
    ],
)
def test_a_time_in_the_claim_or_the_quotation_stays(text: str, content: str):
    assert contents(text) == [content]


# --- the writer's guess at what people in general would say --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Most historians would say the treaty failed.",
        "Many economists would argue that the levy is regressive.",
        "Few voters would disagree that the roads are a mess.",
        "Any engineer would tell you that the bridge is sound.",
        "Most lawyers would probably say the ruling was narrow.",
    ],
)
def test_people_in_general_who_would_say_say_nothing(text: str):
    assert contents(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ruiz would say only that the talks continued.", "the talks continued"),
        ("Many voters would later say they were misled.", "they were misled"),
        ("Many economists argue that the levy is regressive.", "the levy is regressive"),
        ("Most historians say the treaty failed.", "the treaty failed"),
        (
            "Most historians would say the treaty failed, said Ana Ruiz, a professor.",
            "Most historians would say the treaty failed",
        ),
    ],
)
def test_a_named_source_or_a_plain_report_still_says_it(text: str, content: str):
    assert contents(text) == [content]


# --- a participle between a determiner and an adverb modifies a noun ------------------------


@pytest.mark.parametrize(
    ("text", "content", "kind"),
    [
        ("One widely cited estimate puts the toll at 300.", "the toll at 300", "document"),
        ("A frequently quoted survey shows that rents doubled.", "rents doubled", "document"),
    ],
)
def test_a_participle_after_an_adverb_modifies_the_source(text: str, content: str, kind: str):
    [(found, speaker, cue)] = attributed(text)
    assert found == content and cue not in {"cited", "quoted"}
    assert speaker is not None and speaker.kind == kind


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The family said they were relieved by the verdict.", "The family"),
        ("The assembly voted that the plan was unlawful.", "The assembly"),
        ("Lee, who frequently cited the report, said the plan failed.", "Lee"),
    ],
)
def test_a_noun_in_ly_or_an_adverb_after_a_subject_keeps_the_verb(text: str, name: str):
    speakers, statements = find_statements(text)
    by_id = {s.id: s for s in speakers}
    assert any(by_id[s.speaker].name == name for s in statements if s.speaker)


# --- a headline's bare role and the lede's unnamed source with that role -------------------


def test_a_headline_paraphrasing_an_unnamed_source_of_its_role_is_dropped():
    text = (
        "Inspector says mill owner ignored warnings as inquest opens\n\n"
        "TOLBURY — The owner of a Tolbury sawmill ignored repeated warnings about its dust "
        "collectors, a fire inspector told the inquest Tuesday.\n\n"
        "Inspector Ruth Amadi said the owner, Karl Voss, had been warned three times.\n"
    )
    found = contents(text)
    assert not any(c.startswith("mill owner") for c in found)
    assert any(c.startswith("The owner of a Tolbury sawmill") for c in found)


def test_a_headline_whose_role_the_body_gives_no_one_unnamed_is_kept():
    text = (
        "Inspector says mill owner ignored warnings as inquest opens\n\n"
        "TOLBURY — The owner of a Tolbury sawmill ignored repeated warnings about its dust "
        "collectors, a union organizer told the inquest Tuesday.\n\n"
        "Karl Voss, the owner, said he was never warned.\n"
    )
    assert any(c.startswith("mill owner") for c in contents(text))


def test_a_headlines_plain_says_sums_up_a_stance_of_the_body():
    text = (
        "Guild says ferry cuts a betrayal of islanders\n\n"
        "PORT ELLIS — The ferry guild framed the ferry cuts as a betrayal of islanders.\n\n"
        "The vote is in May.\n"
    )
    assert contents(text) == ["the ferry cuts as a betrayal of islanders"]


@pytest.mark.parametrize(
    ("headline", "body"),
    [
        # a stance in the headline keeps its act: not repeated by a prediction
        (
            "Guild backs ferry cuts for islanders",
            "The ferry guild said the cuts would hurt islanders.",
        ),
        # a plain "says", another source
        (
            "Guild says ferry cuts betray islanders",
            "The ferry's owner framed the cuts as a betrayal.",
        ),
    ],
)
def test_a_headline_of_another_act_or_source_is_kept(headline: str, body: str):
    text = f"{headline}\n\nPORT ELLIS — {body}\n\nThe vote is in May.\n"
    assert len(contents(text)) == 2


# --- figures: "one" picking out a source, the two who traded barbs, parts of a whole --------


@pytest.mark.parametrize(
    "text",
    [
        "One widely cited estimate puts the cost at 40 million dollars.",
        "One GOP lawmaker, who spoke on condition of anonymity, said the bill was dead.",
        "One Liberal staffer said the vote was close.",
        "One survey found rents had doubled.",
        "The two traded barbs over the budget.",
        "The two exchanged insults during the debate.",
        "The three clashed over the map.",
    ],
)
def test_one_picking_out_a_source_and_the_two_who_argued_count_nothing(text: str):
    assert all(f.value not in {1, 2, 3} for f in find_figures(text))


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Only one GOP lawmaker said the bill was dead.", 1, "lawmaker"),
        ("The board hired one consultant, who said the plan was sound.", 1, "consultant"),
        ("Police seized two traded rifles.", 2, "rifles"),
        ("The two stolen cars were found.", 2, "cars"),
        ("In one estimate, the toll reached 300.", 1, "estimate"),
    ],
)
def test_a_counted_one_or_two_still_counts(text: str, value: float, unit: str):
    assert (value, unit) in units(text)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Of the 300 patients, 172 needed surgery.", 172, "patients"),
        ("Of the 42 stores, 12 closed.", 12, "stores"),
        ("Of the 900 riders surveyed, 456 said they would lose shifts.", 456, "riders"),
        ("Of the 41 precincts in the north end, 29 were moved.", 29, "precincts"),
        ("Of the 80 files she read, 12 were incomplete.", 12, "files"),
    ],
)
def test_a_count_after_an_opening_of_the_whole_counts_the_whole(text: str, value: float, unit: str):
    assert (value, unit) in units(text)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Of the 300 patients, 172 women needed surgery.", 172, "women"),
        ("Staff at 300 clinics said 172 needed repairs.", 172, "repairs"),
    ],
)
def test_a_count_with_its_own_noun_or_no_opening_keeps_it(text: str, value: float, unit: str):
    assert (value, unit) in units(text)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        (
            "The Liberals won 160 seats. They fell short of the 172 needed for a majority.",
            172,
            "seats",
        ),
        ("The party won 160 seats. It was 12 short of a majority.", 12, "seats"),
        ("The bill needed 12 votes on the 22-member council. It drew 11.", 11, "votes"),
        ("The bill needed 12 votes on the 22-member council. It drew 11.", 22, "member"),
    ],
)
def test_a_threshold_or_an_elided_count_counts_what_the_sentence_before_counts(
    text: str, value: float, unit: str
):
    assert (value, unit) in units(text)


def test_a_margin_after_a_time_has_no_unit():
    assert (3, None) in units("The race took 9.9 seconds. He finished 3 behind the leader.")


# --- the floors of the three invented articles -----------------------------------------------


def test_transit_budget_floor():
    name = "leftovers21-transit-budget.txt"
    assert (
        missing_speakers(
            name,
            [
                (
                    "the city's proposed service cuts as a betrayal",
                    "The union representing Marlow's bus drivers",
                    "organization",
                ),
                ("These are the people", "Dana Kessler", "person"),
                ("the number of riders affected", "estimate", "document"),
                ("the budget as the only responsible choice", "Priya Anand", "person"),
                ("the numbers had to be checked", "Priya Anand", "person"),
                ("the plan as “a spreadsheet exercise”", "Gord Tremblay", "person"),
                ("staff for failing to consult", "Gord Tremblay", "person"),
                ("the claim was false", "Priya Anand", "person"),
                ("what they call a pattern", "Transit advocates", "group"),
                ("This isn't over", "Gord Tremblay", "person"),
            ],
        )
        == []
    )
    text = (ARTICLES / name).read_text(encoding="utf-8")
    figures = [(f.value, f.unit) for f in find_figures(text)]
    assert (456, "riders") in figures and (11, "votes") in figures and (12, "votes") in figures
    assert all(f.value != 1 for f in find_figures(text) if f.unit == "estimate")
    assert "the claim was false" in contents(text)


def test_senate_ruling_floor():
    name = "leftovers21-senate-ruling.txt"
    assert (
        missing_speakers(
            name,
            [
                ("the ruling as a win", "Wade Corbin", "person"),
                ("the decision as a gift to incumbents", "Democrats", "group"),
                ("a map drawn in the dark", "Lucia Navarro", "person"),
                ("several members had privately warned", "One GOP lawmaker", "person"),
                ("Most scholars would say", "Tomas Reyes", "person"),
                ("he saw no reason to reopen it", "Wade Corbin", "person"),
                ("the majority for ignoring", "Raymond Pike", "person"),
            ],
        )
        == []
    )
    text = (ARTICLES / name).read_text(encoding="utf-8")
    figures = [(f.value, f.unit) for f in find_figures(text)]
    assert (29, "precincts") in figures and (50, "seats") in figures
    assert not any(f.value == 1 for f in find_figures(text))
    assert not any(f.value == 2 and f.unit == "barbs" for f in find_figures(text))


def test_clinic_fraud_trial_floor():
    name = "leftovers21-courier-trial.txt"
    assert (
        missing_speakers(
            name,
            [
                ("The former manager of a Kessock Falls", "a Crown prosecutor", "person"),
                ("This was not a clerical error", "Nadia Okafor", "person"),
                ("the case as an accounting dispute", "Benoit Lacasse", "person"),
                ("Of the 300 patient files", "Gail Ferreira", "person"),
                ("I can tell them whose login", "Gail Ferreira", "person"),
            ],
        )
        == []
    )
    text = (ARTICLES / name).read_text(encoding="utf-8")
    # the headline repeats the lede's claim: counted once, where the body makes it
    assert not any(c.startswith("clinic manager knew") for c in contents(text))
    figures = [(f.value, f.unit) for f in find_figures(text)]
    assert (172, "files") in figures and (6, "sessions") in figures
