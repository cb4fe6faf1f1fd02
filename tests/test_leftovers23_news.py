"""Session 23's leftovers on statements and figures (helper left23f), each a construction
class tested on invented sentences, with near-misses that must not change, and the floors of
three invented articles (a warehouse fire, a clinic fraud trial, a page of business briefs)."""

import pytest
from extraction_helpers import (
    ARTICLES,
    acts_and_contents,
    attributed,
    missing_speakers,
    named,
    units,
)


def article(name: str) -> str:
    """The text of the invented article `name`."""
    return (ARTICLES / name).read_text(encoding="utf-8")


# --- a place adverb ending the subject or its relative clause before the cue ------------------


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "A man who lives nearby said the shed burned for an hour.",
            "the shed burned for an hour",
            "A man who lives nearby",
        ),
        (
            "A nurse who works nearby told reporters the clinic was full.",
            "the clinic was full",
            "A nurse who works nearby",
        ),
        ("Residents nearby said the smoke was thick.", "the smoke was thick", "Residents"),
        ("Farmers elsewhere said the rain came too late.", "the rain came too late", "Farmers"),
    ],
)
def test_a_subject_placed_nearby_or_elsewhere_speaks(text: str, content: str, name: str):
    [(found, speaker, _)] = named(text)
    assert (found, speaker) == (content, name)


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        ("Nearby, a baker said the oven failed.", "the oven failed", "a baker"),
        (
            "Elsewhere, the minister said the port would reopen.",
            "the port would reopen",
            "the minister",
        ),
        (
            "A clerk who works downtown said the shops were shut.",
            "the shops were shut",
            "A clerk who works downtown",
        ),
    ],
)
def test_an_opening_adverb_and_other_places_are_unchanged(text: str, content: str, name: str):
    [(found, speaker, _)] = attributed(text)
    assert (found, speaker.name if speaker else None) == (content, name)


# --- nobody as the subject of a stance: a stance no one takes (a belief's stays) -------------


@pytest.mark.parametrize(
    "text",
    [
        "No one opposed the rezoning.",
        "Nobody at the hearing supported the toll.",
        "No one on council criticized the budget.",
        "Nobody has ever backed the pipeline.",
    ],
)
def test_nobody_holding_a_view_is_no_statement(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Everyone opposed the rezoning.", "stance"),
        ("One trustee opposed the rezoning.", "stance"),
        ("Vane said no one opposed the rezoning.", "speech"),
        ("No one believes the tower will be finished this year.", "thought"),
    ],
)
def test_somebody_or_a_speaker_reporting_nobody_stays(text: str, act: str):
    [(found_act, _)] = acts_and_contents(text)
    assert found_act == act


# --- "but" joining two modifiers of one noun: no clause end ----------------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Staff described him as a strict but kind manager.", "him as a strict but kind manager"),
        ("The mayor called it a small but vital step.", "it a small but vital step"),
        (
            "Critics see the toll as a modest but real burden on drivers.",
            "the toll as a modest but real burden on drivers",
        ),
    ],
)
def test_but_between_two_modifiers_keeps_the_whole_phrase(text: str, content: str):
    [(_, found)] = acts_and_contents(text)
    assert found == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Lund backed a levy but council killed it.", "a levy"),
        ("Lund supports a ban but critics say it will fail.", "a ban"),
        ("Lund wants a raise but the board refuses.", "a raise"),
    ],
)
def test_but_before_a_clause_still_ends_the_content(text: str, content: str):
    assert acts_and_contents(text)[0][1] == content


# --- "found" after "and", its subject the content's: one statement ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Imre said staff had toured the site and found that the repairs would cost $2 million.",
        "Imre said the team had tested the wells and found that two were dry.",
        "Imre said inspectors visited the plant and found that the pumps were worn.",
        "Imre said crews were called at dawn and found the roof already burning.",
    ],
)
def test_a_finding_of_the_contents_subject_is_part_of_what_was_said(text: str):
    [(content, speaker, cue)] = attributed(text)
    assert cue == "said" and speaker is not None and speaker.name == "Imre"
    assert " and found " in content


@pytest.mark.parametrize(
    "text",
    [
        "The audit said costs had doubled and found that the work was late.",
        "Imre said the plan was sound and found that critics were wrong.",
    ],
)
def test_a_finding_with_no_subject_that_finds_stays_the_speakers(text: str):
    assert [cue for _, _, cue in attributed(text)] == ["said", "found"]


# --- a letter written, and its own saying: the letter's words, no object of "wrote" ---------


@pytest.mark.parametrize(
    ("text", "content", "kind"),
    [
        (
            "Tenants wrote a letter to the landlord that says the heat is off.",
            "the heat is off",
            "document",
        ),
        ("Tenants wrote a letter that says the heat is off.", "the heat is off", "document"),
        (
            "Tenants wrote a letter to the landlord saying the heat is off.",
            "the heat is off",
            "group",
        ),
        (
            "Tenants sent a letter to the landlord that says the heat is off.",
            "the heat is off",
            "document",
        ),
    ],
)
def test_a_written_letter_that_says_reports_its_saying(text: str, content: str, kind: str):
    [(found, speaker, _)] = attributed(text)
    assert found == content and speaker is not None and speaker.kind == kind


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Tenants wrote a letter to the landlord on Monday.", "a letter to the landlord on Monday"),
        ("Tenants wrote that the heat is off.", "the heat is off"),
        ("Abel wrote a column that angered readers.", "a column that angered readers"),
    ],
)
def test_other_writing_is_unchanged(text: str, content: str):
    [(found, _, cue)] = attributed(text)
    assert (found, cue) == (content, "wrote")


def test_a_relative_after_a_place_visited_is_still_the_places():
    [(content, speaker, _)] = attributed(
        "The mayor spoke to a panel that found the pier was unsafe."
    )
    assert content == "the pier was unsafe" and speaker is not None and speaker.name == "a panel"


# --- short title-case headlines with a verb of seeing as -------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        ("Critics See Toll as Job Killer", "Toll as Job Killer", "Critics"),
        ("Farmers See Levy as Threat", "Levy as Threat", "Farmers"),
        ("Quill Sees Tax Cut as Boon for Renters", "Tax Cut as Boon for Renters", "Quill"),
        ("Mayor Quill Sees Tax Cut as Boon", "Tax Cut as Boon", "Quill"),
    ],
)
def test_a_short_title_case_headline_of_seeing_as_is_read(text: str, content: str, name: str):
    [(found, speaker, _)] = attributed(text)
    assert found == content and speaker is not None and speaker.name == name
    assert acts_and_contents(text)[0][0] == "thought"


@pytest.mark.parametrize(
    "text",
    ["Lake Views Draw Buyers as Prices Climb", "Red Sox Win Big", "Harbour Views Sell Fast"],
)
def test_other_short_headlines_say_nothing(text: str):
    assert attributed(text) == []


# --- a brief's heading in capitals: no speaker label ----------------------------------------


BRIEFS = """Business in brief

TOLLS: Drivers on the Carvel bridge will pay more from June, according to the agency.

FERRIES: The island ferry will add a sailing on Fridays, the operator said.

Helen Tarr chairs the ferry users' group.

TARR: We asked for this for years.
"""


def test_a_brief_heading_in_capitals_is_read_past():
    found = named(BRIEFS)
    contents = [content for content, _, _ in found]
    assert contents[0].startswith("Drivers on the Carvel bridge")
    assert contents[1].startswith("The island ferry will add")
    assert not any(name in ("TOLLS", "FERRIES") for _, name, _ in found)
    assert ("We asked for this for years", "Helen Tarr", None) in found


# --- ages bounding a group of people: no count ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The app bans users under 18.",
        "Drivers over 80 must pass a road test.",
        "Students under 16 need a parent's consent.",
    ],
)
def test_an_age_bounding_people_is_no_figure(text: str):
    assert units(text) == []


def test_a_count_of_people_with_an_age_bound_stays():
    assert units("The club has 300 members over 65.") == [(300, "members")]


# --- the floors of the three articles --------------------------------------------------------


def test_warehouse_fire_floor():
    name = "leftovers23-warehouse-fire.txt"
    assert (
        missing_speakers(
            name,
            [
                ("the flames were taller", "A man who lives nearby", "person"),
                ("I woke up because", "A man who lives nearby", "person"),
                ("she had called the city", "Priya Halloran", "person"),
                ("crews were called at", "Mariam Okoro", "person"),
                ("investigators had looked at the building", "Mariam Okoro", "person"),
                ("the school bus stop beside", "a letter", "document"),
                ("We have been saying this", "Renata Vukovic", "person"),
                ("The city cannot keep", "Gordon Bayliss", "person"),
            ],
        )
        == []
    )
    found = attributed(article(name))
    assert not any(c.startswith(("the plan", "a letter to trustees")) for c, _, _ in found)
    assert not any(c.startswith(("the fire started", "the roof already")) for c, _, _ in found)


def test_clinic_trial_floor():
    name = "leftovers23-clinic-trial.txt"
    assert (
        missing_speakers(
            name,
            [
                (
                    "the clinics' owner, Bernard Keel, as a tough but fair boss",
                    "Janelle Ostrowski",
                    "person",
                ),
                ("If Bernard said bill it", "Janelle Ostrowski", "person"),
                ("her client knew nothing", "Simone Achterberg", "person"),
                ("the clinics billed for", "Felix Amadi", "person"),
                ("she was asked to sign", "Dina Farouk", "person"),
                ("Farouk's evidence as honest but limited", "Helen Marchetti", "person"),
                ("I told Bernard", "Janelle Ostrowski", "person"),
            ],
        )
        == []
    )
    found = attributed(article(name))
    assert not any(c.startswith("Nobody") or "began to cry" in c for c, _, _ in found)


def test_business_briefs_floor():
    name = "leftovers23-business-briefs.txt"
    assert (
        missing_speakers(
            name,
            [
                ("Levy as Job Killers", "Critics", "group"),
                ("Most Albertans back", "a new poll", "document"),
                ("members had looked at the numbers and found that", "Wade Sandoval", "person"),
                ("the government was still consulting", "Lena Dube", "person"),
                ("Each year you delay", "The report", "document"),
                ("People worry the money", "Mireille Tran", "person"),
                ("the sequel's opening was", "Gail Petrakis", "person"),
                ("We're thrilled", "Kofi Mensah", "person"),
            ],
        )
        == []
    )
    text = article(name)
    found = attributed(text)
    assert not any(s is not None and s.name in ("LEVY", "PENSIONS", "MOVIES") for _, s, _ in found)
    assert not any(c.startswith(("LEVY", "PENSIONS", "MOVIES")) for c, _, _ in found)
    assert (18, None) not in units(text)
    assert not any(unit == "raises" for _, unit in units(text))


# --- a hearing told bare, as a headline writes it: the listener is no content ----------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Former teacher tells inquiry she was never paid", "she was never paid"),
        ("Witness tells murder trial he saw the van", "he saw the van"),
        ("The coroner told inquest that the fall was an accident.", "the fall was an accident"),
        ("A driver told jury he had slept two hours.", "he had slept two hours"),
    ],
)
def test_a_bare_hearing_told_is_the_listener(text: str, content: str):
    [(found, _, _)] = attributed(text)
    assert found == content


def test_a_trial_noun_modifying_a_subject_stays_in_the_content():
    [(found, _, _)] = attributed("Lee told trial organizers would pay.")
    assert found == "trial organizers would pay"


# --- a role with its field in lower case, then the name, after an inverted cue ----------------


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "“We are pleased,” said Corvane's head of distribution, Lia Brandt.",
            "Corvane's head of distribution",
        ),
        (
            "“We are pleased,” said the studio's director of retail sales, Lia Brandt.",
            "studio's director of retail sales",
        ),
    ],
)
def test_a_role_with_its_field_names_the_speaker_after_it(text: str, role: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and (speaker.name, speaker.role) == ("Lia Brandt", role)


def test_a_role_with_a_listed_complement_is_unchanged():
    [(_, speaker, _)] = attributed("“We are pleased,” said the head of the union, Lia Brandt.")
    assert speaker is not None and (speaker.name, speaker.role) == (
        "Lia Brandt",
        "head of the union",
    )


# --- an age after "after" or "past", the sentence's verb in -s after it -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "Each year you delay after 65 raises the monthly cheque.",
        "Every year you work past 67 adds to the pension.",
    ],
)
def test_an_age_before_the_verb_counts_no_verb(text: str):
    assert units(text) == []


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("After 12 weeks the clinic closes.", (12, "week")),
        ("The strike ended after 40 workers signed the deal.", (40, "workers")),
        ("The fee rose after 65 days of talks.", (65, "day")),
    ],
)
def test_a_count_or_a_time_after_after_stays(text: str, figure: tuple[float, str]):
    assert units(text) == [figure]
