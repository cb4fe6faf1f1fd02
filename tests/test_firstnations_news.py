"""Energy, pipeline, mining and forestry projects and the First Nations whose lands they cross,
as a new analyst reads them: constructions found by trying whosaid on invented stories of a
gas line's expansion, a road to a nickel deposit and an injunction at a logging camp (in
tests/data/speakers/), each tested here on other invented sentences."""

import pytest
from extraction_helpers import ARTICLES, attributed, missing_speakers, named, speaker_of

from tui.core.figures import find_figures
from tui.core.statements import find_statements


def figures_of(text: str) -> list[tuple[str, str | None, str, str | None]]:
    return [(text[f.span[0] : f.span[1]], f.unit, f.kind, f.subject) for f in find_figures(text)]


# -- an initialism's possessive before a role: "B.C.’s forests minister" --


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "B.C.’s Minister of Forests, Tova Rennick, said the talks would resume.",
            "B.C.’s Minister of Forests",
        ),
        (
            "The U.S.'s top trade envoy, Mara Quill, said the duty would stay.",
            "U.S.'s top trade envoy",
        ),
        (
            "Tova Rennick, B.C.’s energy minister, said the permit was valid.",
            "B.C.’s energy minister",
        ),
        (
            "N.W.T.’s environment minister, Tova Rennick, said the mine would be inspected.",
            "N.W.T.’s environment minister",
        ),
    ],
)
def test_an_initialisms_possessive_keeps_its_whole_name_in_the_role(text: str, role: str):
    assert speaker_of(text)[2] == role


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Ontario’s Minister of Mines, Tova Rennick, said the road was needed.",
            "Ontario’s Minister of Mines",
        ),
        (
            "U.S. Trade Representative Mara Quill said the duty would stay.",
            "U.S. Trade Representative",
        ),
    ],
)
def test_a_named_possessor_or_an_initialism_without_one_is_unchanged(text: str, role: str):
    assert speaker_of(text)[2] == role


def test_an_initialism_before_its_noun_keeps_its_period():
    text = "Mara Quill, the U.S. trade envoy, said the duty would stay."
    assert speaker_of(text) == ("Mara Quill", "person", "U.S. trade envoy")


# -- a mineral "find" named after its place: "the Copper Ridge find is owned by" --


@pytest.mark.parametrize(
    "text",
    [
        "The deposit, known as the Tallow Creek find, is owned by Marten Metals.",
        "The Tallow Creek find has drawn interest from three buyers.",
        "The Oduya find will be mined from 2031.",
        "A Kesagami find could hold 40 million tonnes of ore.",
    ],
)
def test_a_base_form_cue_after_a_name_and_before_a_verb_is_a_noun(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The Dene find that the offer is unfair.", "the offer is unfair"),
        ("The Inuit find the offer unacceptable.", "the offer unacceptable"),
        ("The Tallow Creek chiefs find the offer unfair.", "the offer unfair"),
        (
            "Geologists find the deposit is larger than thought.",
            "the deposit is larger than thought",
        ),
    ],
)
def test_a_peoples_or_a_groups_finding_is_still_reported(text: str, content: str):
    assert [c for c, _, _ in attributed(text)] == [content]


def test_a_past_cue_after_a_title_and_before_a_modal_is_still_a_verb():
    text = "The cuts the Premier promised will come in May."
    assert [cue for _, _, cue in attributed(text)] == ["promised"]


# -- a relative clause after a company's abbreviated suffix: "Marten Metals Inc., which says" --


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The mine is owned by Marten Metals Inc., which says the ore body is rich.",
            "Marten Metals Inc",
        ),
        ("The line is run by Northway Gas Ltd., which says the route is safe.", "Northway Gas Ltd"),
        (
            "The licence went to Cedar Bay Corp., which estimates the cut at 900 hectares.",
            "Cedar Bay Corp",
        ),
    ],
)
def test_which_after_a_companys_abbreviated_suffix_is_that_company(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "organization")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The mine is owned by Marten Metals, which says the ore body is rich.", "Marten Metals"),
        ("The letter went to Gen. Ruiz, who said the road was closed.", "Ruiz"),
    ],
)
def test_which_or_who_after_a_name_or_a_title_is_unchanged(text: str, name: str):
    assert speaker_of(text)[0] == name


# -- where a company is based, joined to its name: "Calgary-based Northway Gas" --


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Calgary-based Northway Gas says the route is safe.", "Northway Gas"),
        (
            "The Regina-based Prairie Potash Co-op said the shaft was sealed.",
            "Prairie Potash Co-op",
        ),
        ("Toronto-based Marten Metals Inc. said the ore body was rich.", "Marten Metals Inc"),
        ("The mine is owned by Calgary-based Northway, which says the route is safe.", "Northway"),
    ],
)
def test_where_a_company_is_based_is_no_part_of_its_name(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "organization")


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Analyst Gord Penner of Calgary-based Westbridge Research said the margin was thin.",
            "Gord Penner",
            "Analyst of Calgary-based Westbridge Research",
        ),
        (
            "Calgary-based analyst Gord Penner said the margin was thin.",
            "Gord Penner",
            "Calgary-based analyst",
        ),
    ],
)
def test_a_person_after_or_of_a_based_company_is_unchanged(text: str, name: str, role: str):
    assert speaker_of(text) == (name, "person", role)


# -- a nation brought in by an indefinite description, then named: "the nation said" --


@pytest.mark.parametrize(
    "text",
    [
        "Tallow Creek First Nation says it will fight the line. A northern Alberta First Nation "
        "says the line cannot go ahead. The nation said in a statement that it hired biologists.",
        "The Wolf Lake Cree Nation opposes the dam. A Cree nation in northern Quebec says the "
        "dam would flood its traplines. The nation said Friday that it would go to court.",
    ],
)
def test_a_description_stands_for_the_named_body_not_an_indefinite_one(text: str):
    names = [s.name if s else None for _, s, _ in attributed(text)]
    assert names[-1] == names[0]


def test_an_indefinite_body_alone_is_what_the_description_stands_for():
    text = (
        "A northern Alberta First Nation says the line cannot go ahead. The nation said in a "
        "statement that it hired biologists."
    )
    found = [(s.name, s.kind, s.named) for _, s, _ in attributed(text) if s]
    assert found == [("A northern Alberta First Nation", "organization", False)] * 2


def test_a_definite_description_after_a_named_union_is_still_the_latest():
    text = (
        "Acme Union said the deal was bad. The pilots' union said it would strike. The union "
        "added that talks were over."
    )
    assert [s.name if s else None for _, s, _ in attributed(text)][-1] == "The pilots' union"


# -- "the band", a First Nation's government, after the nation spoke --


@pytest.mark.parametrize(
    "text",
    [
        "The Tallow Creek First Nation said the line crossed its land. The band said it would "
        "go to court.",
        "The Oskatin Lake Cree Nation rejected the route. Chief Ida Moose said talks had "
        "failed. The band said it would seek an injunction.",
    ],
)
def test_the_band_after_a_first_nation_spoke_is_that_nation(text: str):
    names = [s.name if s else None for _, s, _ in attributed(text)]
    assert names[-1] == names[0]


@pytest.mark.parametrize(
    "text",
    [
        "The Tallow Creek First Nation said the festival would go ahead. The Raven Kings said "
        "they would play. The band said the crowd was huge.",
        "The Tallow Creek First Nation hosted the festival. The band said the crowd was huge.",
        "The Tallow Creek First Nation said the line crossed its land. The band council said "
        "it would go to court.",
    ],
)
def test_a_music_band_or_a_band_council_stays_its_own(text: str):
    last = attributed(text)[-1][1]
    assert last is not None and last.name in {"The band", "The band council"}


# -- a request to talk turned down: "declined an interview request" --


@pytest.mark.parametrize(
    "text",
    [
        "Cedar Bay Forest Products declined an interview request.",
        "The ministry declined a request for comment on Friday.",
        "The company refused interview requests from APTN News.",
        "The minister declined an interview.",
    ],
)
def test_a_request_to_talk_turned_down_is_no_statement(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The band declined the offer.", "the offer"),
        (
            "The company declined an interview request but said in a statement that it is "
            "reviewing the ruling.",
            "it is reviewing the ruling",
        ),
    ],
)
def test_an_offer_declined_or_a_statement_after_the_refusal_still_reports(text: str, content: str):
    assert [c for c, _, _ in attributed(text)] == [content]


# -- a crosshead within the body: "Critics question the figures" --


@pytest.mark.parametrize(
    "crosshead",
    [
        "Critics question the figures",
        "Chiefs warn of spill risk",
        "Company defends its safety record",
        "Elders say the herd is shrinking",
    ],
)
def test_a_crosshead_between_paragraphs_holds_no_statement(crosshead: str):
    text = (
        "Tallow Creek First Nation rejects mine\n\nChief Ida Moose said the permits were "
        f"rushed.\n\n{crosshead}\n\nEnvironmental groups say the peat is deep."
    )
    assert [c for c, _, _ in attributed(text)] == ["the permits were rushed", "the peat is deep"]


@pytest.mark.parametrize(
    "line",
    [
        "Chief Ida Moose said the peat was deep.",  # a sentence, closed
        "“We will not move,” Moose said",  # a quotation
        "Moose said the peat was deep, and that the herd was shrinking, and that no one listened",
    ],
)
def test_a_sentence_or_a_long_line_between_paragraphs_still_reports(line: str):
    text = (
        "Tallow Creek First Nation rejects mine\n\nChief Ida Moose said the permits were "
        f"rushed.\n\n{line}\n\nEnvironmental groups say the peat is deep."
    )
    assert len(attributed(text)) == 3


# -- a noun object, then ", and", an adjunct and a clause of the narrator's --


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The band declared a moratorium on logging, and in a letter last month, its council "
            "asked for a pause.",
            "a moratorium on logging",
        ),
        (
            "The chiefs rejected the offer, and after the vote, Chief Ida Moose left the hall.",
            "the offer",
        ),
        (
            "The chief announced a blockade of the road, and on Friday, RCMP officers arrived.",
            "a blockade of the road",
        ),
        (
            "The chief announced a blockade of the road, and the council voted against it.",
            "a blockade of the road",
        ),
    ],
)
def test_a_noun_object_ends_before_a_clause_joined_after_an_adjunct(text: str, content: str):
    assert [c for c, _, _ in attributed(text)][0] == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The chief said the permits were rushed, and in the spring, the band will meet again.",
            "the permits were rushed, and in the spring, the band will meet again",
        ),
        (
            "The chief cited delays in housing, and in the courts.",
            "delays in housing, and in the courts",
        ),
        (
            "The band rejected the offer, and the terms that came with it.",
            "the offer, and the terms that came with it",
        ),
    ],
)
def test_a_clause_or_a_list_before_and_keeps_its_content(text: str, content: str):
    assert [c for c, _, _ in attributed(text)][0] == content


# -- a people named by a word with no plural ending: "The Dene say" --


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Dene say the permits were rushed.", "The Dene"),
        ("The Haida have long argued that the cedar is theirs.", "The Haida"),
        ("Inuit say the ice road is unsafe.", "Inuit"),
        ("The Mi’kmaq said the treaty protects their fishery.", "The Mi’kmaq"),
    ],
)
def test_a_people_named_alone_speaks_as_a_group(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "group")


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The Innu Nation said the dam flooded its land.", "Innu Nation", "organization"),
        ("A Cree elder said the river was low.", "A Cree elder", "person"),
        ("Cree Chief Ida Moose said the road was closed.", "Ida Moose", "person"),
        ("Inuit leaders said the ice road was unsafe.", "Inuit leaders", "group"),
    ],
)
def test_a_peoples_name_before_its_nation_or_a_role_keeps_that_kind(
    text: str, name: str, kind: str
):
    assert speaker_of(text)[:2] == (name, kind)


# -- figures of a project: a length hyphened before its noun, a road's marker, a prepositional
# phrase after what is measured --


@pytest.mark.parametrize(
    ("text", "unit", "subject"),
    [
        ("They plan a 290-kilometre all-season road.", "kilometre", "all-season road"),
        ("Crews finished a 40-mile gravel road.", "mile", "gravel road"),
        ("Workers began a 12-hour shift.", "hour", "shift"),
    ],
)
def test_a_measure_hyphened_before_a_noun_measures_that_noun(text: str, unit: str, subject: str):
    [(_, found_unit, _, found_subject)] = figures_of(text)
    assert (found_unit, found_subject) == (unit, subject)


@pytest.mark.parametrize(
    ("text", "span", "subject"),
    [
        (
            "The 670-kilometre pipeline crosses Treaty 8 territory.",
            "670-kilometre pipeline",
            "pipeline",
        ),
        ("The 30-metre tower blocks the view.", "30-metre tower", "tower"),
        ("A 12-hour shift costs the band $900.", "12-hour shift", "shift"),
    ],
)
def test_a_verb_in_s_after_a_hyphened_measures_noun_ends_it(text: str, span: str, subject: str):
    assert figures_of(text)[0][0::3] == (span, subject)


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Five water tanks the town bought were empty.", "water tanks"),
        ("Crews fixed two bus stops on the reserve.", "bus stops"),
    ],
)
def test_a_counts_compound_plural_is_still_what_it_counts(text: str, subject: str):
    assert figures_of(text)[0][3] == subject


def test_a_count_hyphened_before_a_noun_still_counts_its_unit():
    # the unit counted, and the noun the compound modifies as its subject (h/housing)
    [(_, unit, kind, subject)] = figures_of("They bought a four-cylinder engine.")
    assert (unit, kind, subject) == ("cylinder", "count", "engine")


@pytest.mark.parametrize(
    "text",
    [
        "The camp sits at kilometre 43 of the forest service road.",
        "Police set up a checkpoint at km 27 of the haul road.",
    ],
)
def test_a_roads_marker_is_no_figure(text: str):
    assert figures_of(text) == []


def test_a_distance_in_kilometres_is_still_a_measure():
    [(_, unit, kind, _)] = figures_of("The road runs 43 kilometres to the lake.")
    assert (unit, kind) == ("kilometres", "measure")


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("It would add 212 kilometres of new pipe alongside an existing line.", "new pipe"),
        ("Crews cleared 300 hectares of forest throughout the valley.", "forest"),
        ("It would lay 90 kilometres of pipe beside the river.", "pipe"),
    ],
)
def test_a_preposition_of_place_ends_what_is_measured(text: str, subject: str):
    [(_, _, _, found)] = figures_of(text)
    assert found == subject


# -- the invented articles --


GAS_LINE = "firstnations-gas-line-consent.txt"
NICKEL_ROAD = "firstnations-nickel-mine-road.txt"
LOGGING_CAMP = "firstnations-logging-camp.txt"

ARTICLE_SPEAKERS = {
    GAS_LINE: [
        ("the nation learned", "Ann Vale", "person"),
        ("Nobody picked up", "Ann Vale", "person"),
        ("the expansion would create", "The company", "organization"),
        ("the company has held", "a spokesperson for Northline", "person"),
        ("elders have raised", "Harold Ducharme", "person"),
        ("it has hired its own biologists", "Redwater First Nation", "organization"),
        ("she remembers", "Rose Cardinal", "person"),
        ("it would hold public hearings", "Canada Energy Regulator", "organization"),
        ("Projects get built", "Colin Aversby", "person"),
        ("the province's loan", "Jolene Marchetti", "person"),
        ("Rerouting 30 kilometres", "Gord Penner", "person"),
    ],
    NICKEL_ROAD: [
        ("For 60 years", "Bernard Wapoose", "person"),
        ("her council voted", "Marlene Sutherland", "person"),
        ("The water flows", "Isaac Mekanak", "person"),
        ("the company “respects", "Lorraine Dufresne", "person"),
        ("We cannot let", "Kyle Brantford", "person"),
        ("Ottawa’s $450-million share", "Anita Proulx", "person"),
        ("the road would cross", "a study", "document"),
        ("You cannot build", "Gerald Bisson", "person"),
        ("We are all related", "Bernard Wapoose", "person"),
    ],
    LOGGING_CAMP: [
        ("They can take us", "Wii Gyoot", "person"),
        ("officers “exercised", "RCMP", "organization"),
        ("Our role is", "Marc Devereux", "person"),
        ("She walked out", "Tamara Skulsh", "person"),
        ("The rule of law", "Helen Arsenault", "person"),
        ("it holds valid licences", "Cedarline", "organization"),
        ("We have followed", "Rob Haldane", "person"),
        ("Nobody in our community", "Darlene Moody", "person"),
        ("the province is “monitoring", "Trevor Lindqvist", "person"),
        ("This is the same playbook", "Wilfred Pascal", "person"),
    ],
}


@pytest.mark.parametrize("article", sorted(ARTICLE_SPEAKERS))
def test_the_invented_firstnations_articles_keep_their_speakers(article: str):
    assert missing_speakers(article, ARTICLE_SPEAKERS[article]) == []


def test_the_nickel_article_reads_no_find_as_a_cue_and_hears_the_owner():
    text = (ARTICLES / NICKEL_ROAD).read_text(encoding="utf-8")
    found = named(text)
    assert "find" not in {cue for _, _, cue in found}
    assert ("it holds 48 million tonnes of ore", "Boreal Ridge Metals Inc", "estimates") in found


def test_the_nickel_article_holds_no_crosshead_statement():
    text = (ARTICLES / NICKEL_ROAD).read_text(encoding="utf-8")
    assert "question" not in {cue for _, _, cue in named(text)}


def test_the_logging_article_gives_the_minister_the_provinces_role():
    text = (ARTICLES / LOGGING_CAMP).read_text(encoding="utf-8")
    speakers, _ = find_statements(text)
    roles = {s.name: s.role for s in speakers}
    assert roles["Trevor Lindqvist"] == "B.C.’s Minister of Forests"
