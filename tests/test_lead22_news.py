"""Everyday news read by the lead (an airline outage, a campus sit-in, a wildfire, a hospital
board): the constructions found wrong on invented stories, each tested here on other invented
sentences, with near-misses that must not change."""

import pytest
from extraction_helpers import attributed

from tui.core.extract import extract
from tui.core.model import Article


def speakers(text: str) -> list[tuple[str | None, str | None, bool | None]]:
    """(name, kind, named) of each statement's speaker."""
    return [(s.name, s.kind, s.named) if s else (None, None, None) for _, s, _ in attributed(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Airline outage strands thousands\n\nEvery flight of Northway Air was grounded on "
            "Tuesday.\n\nThe airline said a vendor's update had failed.",
            "Northway Air",
        ),
        (
            "Carrier cancels 300 flights\n\nDelays spread across Harbour Airlines on Friday."
            "\n\nThe carrier said crews were out of position.",
            "Harbour Airlines",
        ),
        (
            "Bank fees climb again\n\nCustomers of Westmere Capital face new charges.\n\n"
            "The company said the fees were fair.",
            "Westmere Capital",
        ),
    ],
)
def test_a_company_description_finds_the_company_named_in_the_lede(text: str, name: str) -> None:
    """ "The airline said" after a lede naming one airline ("Northway Air", "Harbour
    Airlines"): that company, named; a trade or a corporate word ending its name makes it no
    public body, and the headline's capitalised first word ("Airline outage ...") no name."""
    assert speakers(text) == [(name, "organization", True)]


@pytest.mark.parametrize(
    "text",
    [
        "Airline outage strands thousands\n\nFlights were grounded on Tuesday.\n\n"
        "The airline said a vendor's update had failed.",
        "Bank fees climb again\n\nCustomers face new charges this month.\n\n"
        "The bank said the fees were fair.",
    ],
)
def test_a_headline_common_noun_names_no_company(text: str) -> None:
    """No company named: the description speaks, unnamed (not "Airline", "Bank" of the
    headline's first word)."""
    [(name, kind, is_named)] = speakers(text)
    assert name is not None and name.lower().startswith("the ")
    assert (kind, is_named) == ("organization", False)


def test_a_public_body_is_still_no_company() -> None:
    """ "The company said" after a bureau is named: not the bureau (near-miss)."""
    text = (
        "Mine inspections resume\n\nThe Bureau of Mines reopened the pit on Monday.\n\n"
        "The company said it had fixed the vent."
    )
    [(name, _, _)] = speakers(text)
    assert name != "Bureau of Mines"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Hospital board defends overhaul as nurses warn of burnout\n\nThe board of the "
            "hospital met on Wednesday.",
            "Hospital board",
        ),
        (
            "Transit union says offer falls short\n\nThe union representing the city's transit "
            "drivers voted on Sunday.",
            "Transit union",
        ),
    ],
)
def test_a_headline_description_opening_with_a_common_word_is_unnamed(text: str, name: str) -> None:
    """ "Hospital board defends ...": a common word capitalised by its place, before the rest
    in lower case, names nobody (the text has "hospital" in lower case)."""
    [(speaker, _, is_named)] = speakers(text)
    assert (speaker, is_named) == (name, False)


def test_a_name_opening_a_headline_stays_a_name() -> None:
    """ "Westmere board says ...": no "westmere" in lower case, a name (near-miss)."""
    text = "Westmere board says budget is balanced\n\nThe vote was 5-2 on Monday."
    [(_, _, is_named)] = speakers(text)
    assert is_named is True


def figure_units(text: str) -> list[tuple[str, str | None]]:
    """(written figure, unit) of each figure of `text`, after a headline."""
    text = "A headline\n\nThe council met on Monday.\n\n" + text
    document = extract(Article(id="x", text=text))
    return [(text[f.span[0] : f.span[1]], f.unit) for f in document.figures]


@pytest.mark.parametrize(
    ("text", "bare", "unit"),
    [
        (
            "She said 31 nurses were hired in May and another 12 would start in June.",
            "12",
            "nurses",
        ),
        ("The mill cut 200 jobs in March, and a further 150 in June.", "150", "jobs"),
        ("Crews rescued 40 hikers on Friday and an additional 9 on Saturday.", "9", "hikers"),
    ],
)
def test_another_before_a_bare_number_counts_more_of_the_count(
    text: str, bare: str, unit: str
) -> None:
    """ "and another 12", "a further 150": more of what the count before counts."""
    assert (bare, unit) in figure_units(text)


def test_another_in_the_next_sentence_takes_no_unit() -> None:
    """A sentence between: "Another 12" counts nothing said (near-miss)."""
    units = figure_units("The mill cut 200 jobs in March. Another 150 is the union's guess.")
    assert ("150", None) in units


@pytest.mark.parametrize(
    ("headline", "lede"),
    [
        (
            "Council votes to close two pools despite pleas",
            "The Dover city council voted 6-3 on Monday night to close two outdoor pools.",
        ),
        (
            "Board votes to sell school land to developer",
            "The Harlow school board voted on Tuesday to sell school land to a developer.",
        ),
    ],
)
def test_a_headline_body_repeated_by_the_named_body_is_one_statement(
    headline: str, lede: str
) -> None:
    """ "Council votes to close ..." above "The Dover city council voted ... to close ...": the
    headline's bare description ends the body's name, the same source; one statement."""
    assert len(attributed(f"{headline}\n\n{lede}")) == 1


def test_a_headline_of_another_body_stays() -> None:
    """ "Council votes to ..." above a school board's vote: another body (near-miss)."""
    text = (
        "Council votes to close two pools despite pleas\n\nThe Dover school board voted on "
        "Monday night to close two pools."
    )
    assert len(attributed(text)) == 2


def test_a_headline_description_leaves_the_lede_to_the_named_holder() -> None:
    """ "Auditor general says ..." (the text has "auditor" in lower case), "Nova Scotia's
    auditor general says ..." and "Auditor General Miriam Vale found": all hers."""
    text = (
        "Auditor general says province overspent on agency nurses\n\nHALIFAX — Nova Scotia's "
        "auditor general says hospitals spent $1.2 billion on agency nurses.\n\nIn a report "
        "tabled Tuesday, Auditor General Miriam Vale found that rates were high. The auditor "
        "also said records were poor."
    )
    names = {s.name for _, s, _ in attributed(text) if s}
    assert names == {"Miriam Vale"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Dock workers walk out\n\nThe Coastal Longshore Workers' Union walked off the job on "
            "Monday. The union says automation threatens jobs.",
            "Coastal Longshore Workers' Union",
        ),
        (
            "Nurses reject offer\n\nMembers of the Prairie Nurses’ Federation voted on Friday. "
            "The federation said the offer fell short.",
            "Prairie Nurses’ Federation",
        ),
    ],
)
def test_a_plural_possessive_inside_a_body_name_is_part_of_it(text: str, name: str) -> None:
    """ "the Longshore Workers' Union" named in passing, then "The union says": that union (a
    plural's mark inside the name ended it at "Union")."""
    [(speaker, kind, is_named)] = speakers(text)
    assert speaker is not None and speaker.endswith(name)
    assert (kind, is_named) == ("organization", True)


def test_a_possessive_place_before_a_body_is_no_part_of_it() -> None:
    """ "Ontario's Ministry of Health" named, then "The ministry said": no "Ontario's"
    (near-miss)."""
    text = (
        "Wait times grow\n\nOntario's Ministry of Health runs the program. The "
        "ministry said waits had grown."
    )
    [(speaker, _, _)] = speakers(text)
    assert speaker is not None and "Ontario" not in speaker


def test_a_pollster_for_an_outlet_is_the_pollster() -> None:
    """ "conducted by Pollara Insights for the Harlow Courier", then "the same firm found": the
    pollster, not "Pollara Insights for the Harlow Courier"."""
    text = (
        "Race tightens\n\nThe survey, conducted by Corvane Research for the Dover Ledger, puts "
        "Lee at 41 per cent. In June, the same firm found Lee ahead by 14 points."
    )
    assert [s for s, _, _ in speakers(text)] == ["Corvane Research"]


def contents(text: str) -> list[str]:
    """The content of each statement of `text`, after a headline."""
    return [c for c, _, _ in attributed("A headline\n\nThe council met on Monday.\n\n" + text)]


@pytest.mark.parametrize(
    "text",
    [
        "Sales fell, while its value brands held up.",
        "Her store labels sold well last year.",
        "The union calls went unanswered for a week.",
        "Their house brands were cheaper.",
    ],
)
def test_a_plural_noun_in_s_before_its_verb_is_no_cue(text: str) -> None:
    """ "its value *brands* held up": the cue word in -s after a determiner and a modifier,
    with a verb right after it, is the phrase's plural noun; nothing was branded."""
    assert contents(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Critics brand the plan a failure.", "the plan a failure"),
        ("Her husband warns voters are angry.", "voters are angry"),
        ("His lawyer claims forced confessions were used.", "forced confessions were used"),
    ],
)
def test_a_cue_after_its_subject_stays_a_cue(text: str, content: str) -> None:
    """Near-misses: a subject before the cue, no verb after it, or a role before it."""
    assert contents(text) == [content]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Maya Lind, 16, of Toronto said she was tired.", None),
        ("Omar Haddad, 71, of Moncton said the bus never came.", None),
        ("Dan Hill, 52, of the Harlow Teachers' Union said pay lagged.", "Harlow Teachers' Union"),
        ("Ann Roe of Acme Corp said prices rose.", "Acme Corp"),
    ],
)
def test_a_home_after_an_age_is_no_role(text: str, role: str | None) -> None:
    """ "Maya Lind, 16, of Toronto said": where she lives, no role (was "Toronto"); a body
    after the age, or "of" a company without one, stays her affiliation."""
    [(_, speaker, _)] = attributed("A headline\n\nThe council met on Monday.\n\n" + text)
    assert speaker is not None and speaker.role == role


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Lawyers for the hereditary chiefs argued the licences were invalid.",
            "Lawyers for the hereditary chiefs",
        ),
        (
            "Advocates for the local tenants said rents were too high.",
            "Advocates for the local tenants",
        ),
        ("Voters heard about the money prosecutors say she spent.", "prosecutors"),
    ],
)
def test_the_object_of_the_subjects_preposition_is_no_relative_subject(
    text: str, name: str
) -> None:
    """ "Lawyers for the hereditary chiefs argued": the lawyers speak, not "chiefs" (a
    relative clause's subject only after another verb's preposition: "heard about the money
    prosecutors say")."""
    [(_, speaker, _)] = attributed("A headline\n\nThe council met on Monday.\n\n" + text)
    assert speaker is not None and speaker.name == name


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Sergeant Amy Lowe, of Westshire Police, said the case was closed.",
            "Sergeant of Westshire Police",
        ),
        (
            "Detective Ann Roe, of the Harlow Police Service, said the car was gone.",
            "Detective of Harlow Police Service",
        ),
        ("Mayor Tom Hale, of Dover, said taxes rose.", "Mayor"),
    ],
)
def test_a_title_keeps_its_place_before_an_affiliation(text: str, role: str) -> None:
    """ "Sergeant Amy Lowe, of Westshire Police,": her title at that body (was the body
    alone); a town after the title is where the mayor lives (near-miss)."""
    [(_, speaker, _)] = attributed("A headline\n\nThe council met on Monday.\n\n" + text)
    assert speaker is not None and speaker.role == role


@pytest.mark.parametrize(
    "text",
    [
        "Witnesses described the car.",
        "She described the attack in detail.",
        "Ruiz described the route to reporters.",
    ],
)
def test_describing_a_short_object_alone_is_no_claim(text: str) -> None:
    """ "Witnesses described the car": an object described, nothing said of it."""
    assert contents(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Officers described the suspect as a tall man.", "the suspect as a tall man"),
        ("She described how the fire spread.", "how the fire spread"),
        ("Residents described a chaotic escape.", "a chaotic escape"),
        (
            "The nurse described a chaotic scene in which patients lay in halls.",
            "a chaotic scene in which patients lay in halls",
        ),
    ],
)
def test_describing_with_what_is_said_of_it_stays(text: str, content: str) -> None:
    """Near-misses: "as" and a description, a clause of how, a scene characterized."""
    assert contents(text) == [content]


def test_a_headline_setting_tail_is_no_content_of_its_repeat() -> None:
    """ "Minister defends rebate cut in testy radio interview" above "defended the decision
    to cut the rebate": the interview is where; one statement."""
    text = (
        "Minister defends rebate cut in testy radio interview\n\nEnvironment Minister Ada "
        "Roe on Tuesday defended her decision to cut the rebate for rural families."
    )
    assert len(attributed(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Airport security said the bag was left unattended.",
        "About 40 students took part, according to campus security.",
    ],
)
def test_a_places_security_speaks_as_one(text: str) -> None:
    """ "Airport security said": the guards of a place as one body (was no statement, or a
    person)."""
    [(_, speaker, _)] = attributed("A headline\n\nThe council met on Monday.\n\n" + text)
    assert speaker is not None and speaker.kind in {"group", "organization"}


def test_a_security_guard_stays_a_person() -> None:
    """ "A security guard said": a person (near-miss)."""
    text = "A headline\n\nThe council met on Monday.\n\nA security guard said the door was open."
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.kind == "person"


def test_a_scare_quote_before_that_is_no_demonstrative() -> None:
    """'remained “cautiously optimistic” that ministers could agree': "that" opens the
    clause after a scare quote, no determiner of "ministers" (the cue stays "said")."""
    text = (
        "Summit president Ali Brandt spoke on Monday. He said he remained “cautiously "
        "optimistic” that ministers could agree on coal."
    )
    [(content, speaker, cue)] = attributed("A headline\n\nThe council met on Monday.\n\n" + text)
    assert (speaker.name if speaker else None, cue) == ("Ali Brandt", "said")
    assert content.startswith("he remained")


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Stags forward Jordan Blake said the loss stung.", "Stags forward"),
        ("Phoenix guard Chris Dale said he was tired.", "Phoenix guard"),
        ("Going forward Jordan Blake said he would rest.", None),
        ("The crossing guard Ann Lee said cars sped.", None),
    ],
)
def test_a_playing_position_after_a_team_is_a_role(text: str, role: str | None) -> None:
    """ "Stags forward Jordan Blake": the team's position (was no role); not "Going forward"
    nor "the crossing guard" (near-misses)."""
    [(_, speaker, _)] = attributed("A headline\n\nThe council met on Monday.\n\n" + text)
    assert speaker is not None and speaker.role == role


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("The winner came on a two-on-one with Lehtinen.", []),
        ("It was a five-on-three power play for 40 seconds.", [("40 seconds", "second")]),
        ("Two people were hurt in the crash.", [("Two people", "people")]),
    ],
)
def test_players_set_against_players_are_no_count(
    text: str, figures: list[tuple[str, str]]
) -> None:
    """ "a two-on-one", "a five-on-three power play": a rush or a play, no count."""
    assert figure_units(text) == figures


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Tom Hale told council the decision felt like a betrayal.", "the decision felt"),
        ("Tom Hale told city council that the decision was wrong.", "the decision was wrong"),
        ("Tom Hale told court he was sorry.", "he was sorry"),
        ("Lee told council staff to stop.", "council staff to stop"),
    ],
)
def test_a_bare_body_told_is_the_listener(text: str, content: str) -> None:
    """ "told council the decision ...", "told court he ...": the body bare, as Canadian copy
    writes it, is who heard it, no content (a request's object stays its content)."""
    [said] = contents(text)
    assert said.startswith(content)


def test_a_post_read_after_in_a_post_on_a_network_is_the_posters() -> None:
    """ "In a post on X, the agency said ... “...,” the post read.": the agency's post (the
    network's venue "on X" right after "In a post" is the same venue)."""
    text = (
        "A headline\n\nThe Dover County emergency agency has expanded the evacuation order to "
        "include Birchmount.\n\nIn a post on X, the agency said residents had two hours to "
        "leave. “Take your pets and your documents. Do not wait,” the post read."
    )
    names = [s.name if s else None for _, s, _ in attributed(text)]
    assert names == ["the agency", "the agency"]
