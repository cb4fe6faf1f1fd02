"""Everyday news read by the lead (a bus network's rough launch, a telecom's data breach):
the constructions found wrong on invented stories, each tested here on other invented
sentences, with near-misses that must not change."""

import pytest
from extraction_helpers import attributed

from tui.core.extract import extract
from tui.core.model import Article


def speakers(text: str) -> list[tuple[str | None, str | None, bool | None]]:
    """(name, kind, named) of each statement's speaker."""
    return [(s.name, s.kind, s.named) if s else (None, None, None) for _, s, _ in attributed(text)]


def lead(sentence: str) -> str:
    """An ordinary headline, then `sentence` (a text's first paragraph is its headline)."""
    return f"Service changes this week\n\n{sentence}\n"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Instead, riders at several east-end stops reported gaps of 40 minutes.", "riders"),
        ("Meanwhile, commuters on two lines said the trains were late.", "commuters"),
        ("By noon, shoppers in some malls said the lights had gone out.", "shoppers"),
    ],
)
def test_a_bare_plural_of_people_before_a_quantified_complement_speaks(
    sentence: str, name: str
) -> None:
    """ "riders at several stops reported": the riders, with where they are, not "several
    stops" (a quantifier opening the complement's noun phrase made it look like a subject)."""
    [(speaker, kind, named)] = speakers(lead(sentence))
    assert speaker is not None and speaker.lower().startswith(name)
    assert (kind, named) == ("group", False)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Officials at several schools said the plan was sound.", "Officials at several schools"),
        ("Instead, rents in several suburbs rose, the agency said.", "the agency"),
    ],
)
def test_near_misses_of_the_bare_plural_keep_their_reading(sentence: str, name: str) -> None:
    """A role noun before the complement read as before; a plural of things ("rents") is no
    speaker, the cue's own subject after it speaks."""
    [(speaker, _, _)] = speakers(lead(sentence))
    assert speaker == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Data of 2 million exposed, company says\n\nQuorvia says hackers copied the "
            "records of about two million of its customers.\n\nIn a filing on Thursday, the "
            "Calgary-based company said the intruders were inside for 11 weeks.",
            "Quorvia",
        ),
        (
            "Data breach widens\n\nVelmora says 2.3 million accounts were exposed, twice the "
            "number it first gave.\n\nThe company said it would offer credit monitoring.",
            "Velmora",
        ),
        (
            "Chipmaker cuts outlook\n\nTellaris says demand for its chips fell sharply in the "
            "spring.\n\nThe company said it would cut 400 jobs.",
            "Tellaris",
        ),
        (
            "Bakery chain to close stores\n\nBrennick Bakehouse says rent increases have made "
            "12 of its locations unprofitable.\n\nThe Halifax-based firm said staff would be "
            "offered other jobs.",
            "Brennick Bakehouse",
        ),
    ],
)
def test_a_company_description_finds_the_name_that_spoke_in_the_paragraph_before(
    text: str, name: str
) -> None:
    """A name of no known kind says something in the lede, and "the company" (or "the
    Calgary-based company") speaks in the next paragraph: that company, now typed an
    organization; a headline's "company says" is the same company, no other."""
    said = speakers(text)
    assert said[-1] == (name, "organization", True)
    assert said[-2] == (name, "organization", True)


@pytest.mark.parametrize(
    "text",
    [
        # a whole paragraph between: too far for a name of unknown kind
        "Chipmaker cuts outlook\n\nTellaris says demand for its chips fell sharply.\n\n"
        "Analysts had expected a weaker quarter.\n\nThe company said it would cut 400 jobs.",
        # a person's name: the sentence speaks of a person, or of no thing
        "Tour called off\n\nDrake said his tour was postponed until the spring.\n\n"
        "The company said refunds would be issued within 30 days.",
        "Plant to close\n\nOkafor said the cuts were painful.\n\n"
        "The company said 200 jobs would go.",
        # another company brought in by its sort's word in a sentence of its own
        "Chipmaker cuts outlook\n\nTellaris says demand fell. A rival company cut prices."
        "\n\nThe company said it would cut 400 jobs.",
    ],
)
def test_a_company_description_stays_unnamed_when_the_name_is_out_of_reach(text: str) -> None:
    """ "The company" two paragraphs after the name, after a name its sentence does not speak of
    as a thing ("it", "its"), or after another company was brought in: unnamed, as before."""
    assert speakers(text)[-1] == ("The company", "organization", False)


@pytest.mark.parametrize(
    ("sentence", "opening"),
    [
        (
            "A lawyer who has filed a proposed class action against the company said the new "
            "numbers would strengthen the case.",
            "A lawyer who has filed",
        ),
        (
            "A nurse who has worked night shifts at the hospital for a decade said the ward "
            "was short of staff.",
            "A nurse who has worked",
        ),
        (
            "Two parents who have campaigned for years against the school board said the "
            "vote was a relief.",
            "Two parents who have campaigned",
        ),
    ],
)
def test_a_long_relative_clause_before_the_cue_keeps_its_head(sentence: str, opening: str) -> None:
    """A relative clause longer than the first, short search before the cue: the noun it
    describes speaks, not the clause's last noun ("the company", "the hospital")."""
    [(speaker, kind, named)] = speakers(lead(sentence))
    assert speaker is not None and speaker.startswith(opening)
    assert named is False and kind in ("person", "group")


def test_a_named_person_with_a_who_clause_keeps_the_name() -> None:
    """ "The mayor, who met the premier, said": the mayor, as before."""
    text = lead("Mayor Ida Brandt, who met with the premier on Monday, said the deal was close.")
    assert speakers(text) == [("Ida Brandt", "person", True)]


def test_the_transit_story_reads_every_speaker() -> None:
    """A whole invented story: riders, the agency's manager, a councillor, the mayor."""
    text = (
        "Riders fume as new bus network stumbles\n\n"
        "Instead of shorter waits, riders on several east-end routes reported gaps of more "
        "than 40 minutes.\n\n"
        "Transit general manager Colette Harwood acknowledged the problems on Wednesday. She "
        "said the agency was short about 60 operators.\n\n"
        "Coun. Martin Ostrowski said he had warned staff in the spring.\n\n"
        "Harwood disputed that account."
    )
    doc = extract(Article(id="t", text=text))
    names = {s.id: s.name for s in doc.speakers}
    by_content = {text[s.span[0] : s.span[1]][:12]: names[s.speaker] for s in doc.statements}
    assert by_content["the agency w"] == "Colette Harwood"
    assert by_content["he had warne"] == "Martin Ostrowski"
    assert any(name.lower().startswith("riders") for name in by_content.values())


@pytest.mark.parametrize(
    "label", ["Trending Now", "Most read", "Related stories", "You may also like", "Top Stories"]
)
def test_a_list_of_links_to_other_stories_holds_no_statement(label: str) -> None:
    """A page's list of links under its label ("Trending Now¶Mayor says fares will not rise"):
    the headlines of other stories, no statement; the story's own sentences stay."""
    text = (
        "Bike lanes open on Elm Street\n\nThe lanes opened on Tuesday.\n\n"
        f"{label}\n\nPremier says transit fares will not rise this year\n\n"
        "Coun. Nadia Farouk said the city would add 40 parking spots."
    )
    assert speakers(text) == [("Nadia Farouk", "person", True)]


def test_a_list_label_in_prose_is_no_list() -> None:
    """ "Trending" opening a sentence of prose, and a headline-like line with no label above
    it: read as before."""
    text = (
        "Bike lanes open on Elm Street\n\nTrending upward, rents rose again, the agency said.\n\n"
        "Coun. Nadia Farouk said the city would add 40 parking spots."
    )
    assert [name for name, _, _ in speakers(text)] == ["the agency", "Nadia Farouk"]


@pytest.mark.parametrize(
    "noun", ["claim", "announcement", "allegation", "remarks", "submission", "assertion"]
)
def test_words_reported_by_a_noun_are_a_document_not_a_person(noun: str) -> None:
    """ "According to the claim", "according to the announcement": words someone put out, a
    document (was a person, or a group for a plural)."""
    [(speaker, kind, named)] = speakers(
        lead(f"According to the {noun}, one manager worked 31 days.")
    )
    assert (speaker, kind, named) == (f"the {noun}", "document", False)


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("According to the advocate, one manager worked 31 days.", "person"),
        ("According to the organizers, 400 people came.", "group"),
    ],
)
def test_people_after_according_to_stay_people(sentence: str, kind: str) -> None:
    """A person's or people's noun after "according to" keeps its kind."""
    [(_, found, _)] = speakers(lead(sentence))
    assert found == kind


def test_what_it_said_with_no_subject_of_its_own_stays_unresolved() -> None:
    """ "The group, which calls itself X, posted samples of what it said were records": "it"
    is the sentence's subject or no one, never a body that spoke in an earlier paragraph."""
    text = (
        "Clinic hit by hackers\n\nMeridale Health Partners said its systems were down.\n\n"
        "The group, which calls itself Graywolf, posted samples of what it said were payroll "
        "records."
    )
    said = speakers(text)
    assert said[0][0] == "Meridale Health Partners"
    assert said[-1][0] != "Meridale Health Partners"


def test_a_verb_joined_after_what_it_said_takes_the_clause_subject() -> None:
    """ "The group ... posted samples of what it said were records and threatened to publish
    the rest": the group threatened, not the free relative's "it"."""
    text = (
        "Clinic hit by hackers\n\nMeridale Health Partners said its systems were down.\n\n"
        "The group, which calls itself Graywolf, posted samples of what it said were payroll "
        "records and threatened to publish the rest."
    )
    assert speakers(text)[-1][0] == "Graywolf"


def test_a_document_by_a_bodys_officer_keeps_the_officer() -> None:
    """ "The report by the Justice Department's inspector general said": the agent with its
    officer (was cut after the possessive, "by the Justice Department's")."""
    text = lead(
        "The report by the Interior Department's inspector general, Ona Brisk, said the "
        "audits were late."
    )
    [(name, kind, _)] = speakers(text)
    assert name is not None and name.endswith("inspector general")
    assert kind == "document"


def test_what_it_calls_after_a_pronoun_subject_keeps_its_antecedent() -> None:
    """ "It is denouncing what it calls ...": the body the sentence's "It" stands for."""
    text = (
        "Campaign hits back\n\nThe Harlow campaign is defending the posts. It is denouncing "
        "what it calls a coordinated attack."
    )
    assert speakers(text)[-1] == ("Harlow campaign", "organization", True)
