"""Labour news as a new analyst reads it: constructions found by trying whosaid on invented
stories of a nurses' strike, of layoffs during a contract vote, of a transit strike vote, a
warehouse picket line and a city workers' deal (in tests/data/speakers/), each tested here on
other invented sentences."""

from pathlib import Path

import pytest
from extraction_helpers import (
    ARTICLES,
    attributed,
    missing_speakers,
    named,
    speaker_names,
    speaker_of,
    speakers_by_opening,
    statements,
)

from tui.core.figures import find_figures
from tui.core.statements import find_statements


def content_of(text: str) -> str:
    """The content of the only statement."""
    [(content, _, _)] = attributed(text)
    return content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The local said that meant a lockout.", "that meant a lockout"),
        ("The guild said that means more unpaid hours.", "that means more unpaid hours"),
        ("The board said that wasn't enough.", "that wasn't enough"),
        ("The steward said that’s not what we voted for.", "that’s not what we voted for"),
        ("The mediator said that must change by Friday.", "that must change by Friday"),
        ("The chair said that seemed premature.", "that seemed premature"),
    ],
)
def test_a_demonstrative_that_after_the_cue_is_the_subject_of_the_content(text: str, content: str):
    assert content_of(text) == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The local said that wages rose.", "wages rose"),
        ("The local said that costs fell sharply.", "costs fell sharply"),
        ("The local said that members must vote again.", "members must vote again"),
        ("The local said that the means test was unfair.", "the means test was unfair"),
    ],
)
def test_a_that_before_a_subject_still_opens_the_content(text: str, content: str):
    assert content_of(text) == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The employer said then that it was disappointed.", "it was disappointed"),
        ("The guild said again that it would strike.", "it would strike"),
    ],
)
def test_then_between_the_cue_and_that_is_not_content(text: str, content: str):
    assert content_of(text) == content


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Management said the mill would reopen.", "Management"),
        ("Management later said that the mill would reopen.", "Management"),
        ("“The mill will reopen,” management said.", "management"),
        ("The company's management said the mill would reopen.", "The company's management"),
        ("Hospital management said the mill would reopen.", "Hospital management"),
    ],
)
def test_management_speaks_for_its_organization(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "organization")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The union's leadership told members the mill would reopen.", "The union's leadership"),
        ("Leadership said the mill would reopen.", "Leadership"),
        ("The workforce said the mill would reopen.", "The workforce"),
    ],
)
def test_a_leadership_or_a_workforce_speaks_as_a_body(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "group")


def test_the_employer_is_an_organization_but_a_management_consultant_is_a_person():
    assert speaker_of("The employer said the mill would reopen.")[1] == "organization"
    assert speaker_of("A management consultant said the mill would reopen.")[1] == "person"
    assert speaker_of("Rosa Crew said the mill would reopen.")[:2] == ("Rosa Crew", "person")


@pytest.mark.parametrize(
    "text",
    [
        "The United Cannery Workers said the offer was an insult.",
        "United Cannery Workers said the offer was an insult.",
        "The union, the Allied Transit Employees, said the offer was an insult.",
        "The Federated Harbor Teamsters said the offer was an insult.",
    ],
)
def test_a_union_named_for_its_members_is_an_organization(text: str):
    assert speaker_of(text)[1] == "organization"


@pytest.mark.parametrize(
    "text",
    [
        "Cannery Workers said the offer was an insult.",
        "Cannery workers said the offer was an insult.",
        "Striking employees said the offer was an insult.",
    ],
)
def test_workers_at_a_sentence_start_stay_a_group(text: str):
    assert speaker_of(text)[1] == "group"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The guild's negotiating committee said the offer was fair.",
            "The guild's negotiating committee",
        ),
        ("The bargaining council said the offer was fair.", "The bargaining council"),
        ("The county's planning board said the offer was fair.", "The county's planning board"),
    ],
)
def test_a_participle_naming_a_body_stays_in_its_name(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "organization")


def test_a_participle_after_a_preposition_is_no_part_of_the_speaker():
    [(_, speaker, _)] = attributed("After meeting the board, stewards said the offer was fair.")
    assert speaker is not None and speaker.name == "stewards"


@pytest.mark.parametrize(
    "text",
    [
        "The supplier declared bankruptcy in the spring.",
        "Its parent, a trucking firm that had declared bankruptcy, sold the depot.",
        "The mill declared insolvency after the strike.",
    ],
)
def test_declaring_bankruptcy_is_no_statement(text: str):
    assert attributed(text) == []


def test_declaring_that_a_bankruptcy_looms_is_still_speech():
    [(content, _, cue)] = attributed("The owner declared that bankruptcy was not an option.")
    assert (content, cue) == ("bankruptcy was not an option", "declared")


@pytest.mark.parametrize(
    "text",
    [
        "The plant was sold to Orrin Steel, a rival that had declared bankruptcy.",
        "The depot went to Kell Freight, another carrier that declared insolvency in May.",
        "The seat went to Ana Ruiz, a newcomer who claimed victory on Sunday.",
    ],
)
def test_a_cue_with_an_object_of_its_other_sense_after_the_content_is_no_statement(text: str):
    assert attributed(text) == []


def test_a_cue_ending_its_clause_after_the_content_still_attributes_it():
    [(content, speaker, _)] = attributed("The strike will go on, the guild declared on Monday.")
    assert content == "The strike will go on"
    assert speaker is not None and speaker.name == "the guild"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Local 1199 president Rosa Vance said the vote was close.", "Local 1199 president"),
        ("Local 88 treasurer Rosa Vance said the vote was close.", "Local 88 treasurer"),
        ("Flight 370 investigator Rosa Vance said the vote was close.", "Flight 370 investigator"),
    ],
)
def test_a_numbered_local_stays_in_the_role(text: str, role: str):
    assert speaker_of(text)[2] == role


def test_a_year_after_a_capital_is_no_number_of_a_name():
    assert speaker_of("In 2019 stewards said the vote was close.")[:2] == ("stewards", "group")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Walkouts doubled, according to a tally by the Institute for Shop Studies.",
            "a tally by the Institute for Shop Studies",
        ),
        ("Walkouts doubled, according to a Daily Ledger count.", "a Daily Ledger count"),
        ("Walkouts doubled, a tally by the Labor Desk found.", "a tally by the Labor Desk"),
    ],
)
def test_a_tally_or_a_count_is_a_document(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "document")


def test_counts_of_a_charge_are_no_speaker():
    assert speaker_of("She faces two counts of theft, prosecutors said.")[:2] == (
        "prosecutors",
        "group",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Results of the ballot are expected on Sunday.",
        "A ruling from the arbitrator is expected next week.",
        "A decision is anticipated later this month.",
    ],
)
def test_an_expected_event_with_only_its_time_is_no_statement(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The ballot is expected to pass.",
        "Results are expected by the stewards on Sunday.",
        "The guild expected the ballot on Sunday.",
    ],
)
def test_an_expectation_with_a_content_or_a_source_stays(text: str):
    assert len(attributed(text)) == 1


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        (
            "nurses-strike",
            {
                ("Management", "organization"),
                ("Negotiators for the hospital", "group"),
                ("a tally by the Center for Workplace Studies", "document"),
                ("Carla Okafor", "person"),
            },
        ),
        (
            "plant-layoffs",
            {
                ("United Assembly Workers", "organization"),
                ("the union's bargaining committee", "organization"),
                ("Ray Duchene", "person"),
                ("a memo", "document"),
            },
        ),
    ],
)
def test_the_labour_articles_keep_their_speakers(article: str, expected: set[tuple[str, str]]):
    path = Path(__file__).parent / "data" / "speakers" / f"{article}.txt"
    speakers, statements = find_statements(path.read_text(encoding="utf-8"))
    assert expected <= {(s.name, s.kind) for s in speakers}
    assert len(statements) >= 30


def test_the_local_presidents_role_names_the_local():
    path = Path(__file__).parent / "data" / "speakers" / "plant-layoffs.txt"
    speakers, _ = find_statements(path.read_text(encoding="utf-8"))
    assert ("Ray Duchene", "Local 412 president") in {(s.name, s.role) for s in speakers}


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("He said he would vote no. The count starts Friday.", "he would vote no"),
        ("She said the answer was no. Talks ended at noon.", "the answer was no"),
    ],
)
def test_a_no_before_a_sentence_ends_it(text: str, content: str):
    assert attributed(text)[0][0] == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("It was No. 5 on the list, she said.", "It was No. 5 on the list"),
        ("Rooms Nos. 3 and 4 were shut, she said.", "Rooms Nos. 3 and 4 were shut"),
    ],
)
def test_no_before_a_number_stays_an_abbreviation(text: str, content: str):
    assert content_of(text) == content


# Constructions found by trying whosaid on invented stories of a transit strike vote, a
# warehouse picket line and a city workers' deal (tests/data/speakers/labour-*.txt).


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "“The offer is an insult,” said Local 583 President Rhea Ostrander.",
            "Local 583 President",
        ),
        (
            '"Talks are over," said Teamsters Local 77 president Rhea Ostrander.',
            "Teamsters Local 77 president",
        ),
        ("“Talks are over,” said Ward 3 Councillor Rhea Ostrander.", "Ward 3 Councillor"),
        (
            "“Talks are over,” said Local 88 steward Rhea Ostrander, who joined in 2004.",
            "Local 88 steward",
        ),
    ],
)
def test_a_numbered_body_in_a_title_after_an_inverted_cue_keeps_the_speaker(text: str, role: str):
    assert speaker_of(text) == ("Rhea Ostrander", "person", role)


def test_the_quotation_before_a_numbered_title_keeps_both_its_pieces():
    text = (
        '"They give with one hand and take with the other," said Local 583 President Rhea'
        ' Ostrander. "Our members did the sums, and they said no."'
    )
    [statement] = find_statements(text)[1]
    assert [text[a:b] for a, b in statement.parts] == [
        "They give with one hand and take with the other",
        "Our members did the sums, and they said no",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "“Talks resume Monday,” said Rhea Ostrander, 52.",
        "“Talks resume Monday,” said Rhea Ostrander, president of Local 583.",
    ],
)
def test_a_name_without_a_numbered_title_is_read_as_before(text: str):
    assert speaker_of(text)[0] == "Rhea Ostrander"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Allied Ferry Workers Local 40, which represents about 1,850 deckhands, cooks and"
            " ticket agents, said 88 per cent of members cast ballots.",
            "Allied Ferry Workers Local 40",
            "organization",
        ),
        (
            "The Bakers' Guild, which represents cooks, porters and cleaners, said the ballot"
            " was secret.",
            "Bakers' Guild",
            "organization",
        ),
        (
            "The guild, which speaks for cooks, porters, cleaners or clerks, said the ballot"
            " was secret.",
            "The guild",
            "organization",
        ),
    ],
)
def test_a_list_ending_a_relative_clause_before_the_cue_leaves_the_subject(
    text: str, name: str, kind: str
):
    assert speaker_of(text)[:2] == (name, kind)


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "Dora Lenk, who trains welders, fitters and riggers, said the ballot was secret.",
            "the ballot was secret",
            "Dora Lenk",
        ),
        (
            "The strike, which shut buses, trams and ferries, ended Monday, the union said.",
            "The strike, which shut buses, trams and ferries, ended Monday",
            "the union",
        ),
        (
            "The guild, which represents cooks, said the ballot was secret.",
            "the ballot was secret",
            "The guild",
        ),
    ],
)
def test_a_list_in_a_relative_clause_of_a_person_or_of_the_content_is_read_as_before(
    text: str, content: str, name: str
):
    assert named(text) == [(content, name, "said")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Porters voted 92 per cent for a strike, their union said Sunday, setting the stage"
            " for a shutdown.",
            "Porters voted 92 per cent for a strike",
        ),
        (
            "The cooks rejected the offer, the guild said, laying the groundwork for a walkout.",
            "The cooks rejected the offer",
        ),
        (
            "The quarry will close, Ivo Brandt said, putting an end to a century of digging.",
            "The quarry will close",
        ),
        (
            "Ivo Brandt said the quarry would close, opening the door to a sale.",
            "the quarry would close",
        ),
    ],
)
def test_a_phrase_of_a_consequence_after_the_content_is_the_writers(text: str, content: str):
    assert content_of(text) == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The guild said it was setting a strike deadline of Friday.",
            "it was setting a strike deadline of Friday",
        ),
        (
            "The guild said the council was setting the stage for privatization.",
            "the council was setting the stage for privatization",
        ),
    ],
)
def test_a_phrase_of_a_consequence_inside_the_content_stays(text: str, content: str):
    assert content_of(text) == content


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The strike began in May, after 91 per cent of members voted for job action.",
            "91 per cent of members",
        ),
        (
            "The lockout began after 58 percent of porters said they backed a strike.",
            "58 percent of porters",
        ),
        ("The deal died when 60 per cent of cooks said it fell short.", "60 per cent of cooks"),
    ],
)
def test_a_share_after_a_subordinator_keeps_its_number(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "group")


def test_a_share_after_a_preposition_is_still_no_speaker():
    assert speaker_of("Prices rose after 5 percent growth, the bank said.")[0] == "the bank"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Shoppers at a Valumart store in nearby Corliss said they had noticed empty shelves.",
            "Shoppers at a Valumart store in nearby Corliss",
        ),
        (
            "Residents of neighbouring Dunmore said the smell was bad.",
            "Residents of neighbouring Dunmore",
        ),
        (
            "Workers at a plant in nearby Dunmore said the smell was bad.",
            "Workers at a plant in nearby Dunmore",
        ),
    ],
)
def test_people_in_a_nearby_place_are_the_speakers_not_the_place(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "group")


def test_nearby_before_the_people_is_read_as_before():
    assert speaker_of("Nearby residents said the smell was bad.")[:2] == ("residents", "group")


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Local 1317 president Tomas Vierling said the vote was clear.\n\n"
            "The union leader told reporters that members were angry.",
            "Local 1317 president",
        ),
        (
            "Tomas Vierling, president of Local 88, said the vote was clear.\n\n"
            "“We are ready,” the union leader said.",
            "president of Local 88",
        ),
    ],
)
def test_the_union_leader_is_the_president_of_a_numbered_local(text: str, role: str):
    speakers, statements = find_statements(text)
    by_id = {s.id: s for s in speakers}
    assert [(by_id[s.speaker].name, by_id[s.speaker].role) for s in statements if s.speaker] == [
        ("Tomas Vierling", role),
        ("Tomas Vierling", role),
    ]


def test_the_party_leader_is_no_locals_president():
    text = (
        "Local 1317 president Tomas Vierling said the vote was clear.\n\n"
        "The party leader told reporters that members were angry."
    )
    assert speaker_names(text) == ["Tomas Vierling", "The party leader"]


_HEADLINED = (
    "{headline}\n\nBy Ann Pike\n\nThe mill's owners locked out 400 workers on Monday.\n\n{body}"
)


@pytest.mark.parametrize(
    "headline",
    [
        "‘We are not going anywhere,’ union says as lockout drags on",
        "'We are not going anywhere,' says mill union",
        "Union: ‘We are not going anywhere’",
    ],
)
def test_a_headline_quotation_a_body_quotation_holds_is_said_once(headline: str):
    body = "“We are not going anywhere,” said Dora Lenk, president of Local 88."
    assert speaker_names(_HEADLINED.format(headline=headline, body=body)) == ["Dora Lenk"]


@pytest.mark.parametrize(
    ("headline", "body"),
    [
        (  # the body says it in other words: the headline is the only quotation
            "‘We are not going anywhere,’ union says as lockout drags on",
            "Dora Lenk, president of Local 88, said the union was going nowhere.",
        ),
        (  # a different quotation
            "‘We will be back in the spring,’ union says as lockout drags on",
            "“We are not going anywhere,” said Dora Lenk, president of Local 88.",
        ),
    ],
)
def test_a_headline_quotation_the_body_does_not_quote_is_kept(headline: str, body: str):
    assert len(statements(_HEADLINED.format(headline=headline, body=body))) == 2


@pytest.mark.parametrize(
    "text",
    [
        "We put a fair offer to the union, one that respects our riders.",
        "She hired a new lawyer, one who had argued before the court.",
        "The two sides are scheduled to return to the table Wednesday.",
        "The mediator said the two parties met twice.",
    ],
)
def test_an_apposed_one_and_the_two_sides_count_nothing(text: str):
    assert find_figures(text) == []


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Two sides of the depot collapsed.", "sides"),
        ("The two unions said they would strike.", "unions"),
        ("Only one that year passed the test.", None),
    ],
)
def test_other_counts_of_sides_and_ones_stay(text: str, unit: str | None):
    [figure] = find_figures(text)
    assert figure.unit == unit


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        (
            "labour-transit-strike-vote.txt",
            [
                (
                    "88 per cent of eligible members",
                    "Amalgamated Transit Workers Local 1317",
                    "organization",
                ),
                ("Nobody wants a strike.", "Tomas Bergeron", "person"),
                ("members have gone without", "Tomas Bergeron", "person"),
                ("A driver who started here", "Tomas Bergeron", "person"),
                (
                    "the city had “refused to move”",
                    "the union's bargaining committee",
                    "organization",
                ),
                ("the city was disappointed", "Elise Marchand", "person"),
                ("the city had asked for further dates", "Greg Ostrowski", "person"),
                ("she was watching the talks", "Priya Kandola", "person"),
                ("A strike would affect", "city figures", "document"),
                ("I support the drivers", "Lena Okafor", "person"),
            ],
        ),
        (
            "labour-warehouse-picket-line.txt",
            [
                ("We built this place.", "Marisol Vukovic", "person"),
                ("it had begun bringing in", "FreshWay", "organization"),
                ("Our stores are open", "Allison Greer", "person"),
                ("They're giving with one hand", "Raymond Okonjo", "person"),
                ("the union had not been contacted", "Raymond Okonjo", "person"),
                ("I've got two kids", "Curtis Bell", "person"),
                ("they were worried about", "Several workers", "group"),
                ("That one was about pensions.", "Jerome Tate", "person"),
                (
                    "they had noticed some empty shelves",
                    "Shoppers at a FreshWay store in nearby Hilliard",
                    "group",
                ),
                ("I've been shopping at FreshWay", "Gail Brunner", "person"),
            ],
        ),
        (
            "labour-city-workers-deal.txt",
            [
                (
                    "its bargaining committee would",
                    "Municipal and Public Employees Union",
                    "organization",
                ),
                ("This agreement is a win", "Nadine Fortier", "person"),
                ("the deal includes a 12 per cent raise", "Nadine Fortier", "person"),
                ("It took longer than anyone wanted", "Paul Lindqvist", "person"),
                ("the deal fits within the budget", "The city", "organization"),
                ("talks had broken off twice", "Helen Zhao", "person"),
                ("they would not comment", "Both sides", "group"),
                ("job action", "91 per cent of members", "group"),
                ("the agreement showed", "Karen Doyle", "person"),
                ("the minister's comments had", "Nadine Fortier", "person"),
                (
                    "the strike cost local businesses",
                    "Westhaven Chamber of Commerce",
                    "organization",
                ),
            ],
        ),
    ],
)
def test_the_invented_labour_articles_keep_their_speakers(
    article: str, expected: list[tuple[str, str, str]]
):
    assert missing_speakers(article, expected) == []


def test_the_transit_headline_is_said_once_by_the_local_president():
    found = speakers_by_opening("labour-transit-strike-vote.txt")
    assert [(c[:21], n) for c, n, _ in found if c.startswith("Nobody wants a strike")] == [
        ("Nobody wants a strike", "Tomas Bergeron")
    ]


@pytest.mark.parametrize(
    ("article", "not_said"),
    [
        ("labour-transit-strike-vote.txt", "setting the stage"),  # the writer's consequence
        ("labour-warehouse-picket-line.txt", "Derek Holloway"),  # the byline
        ("labour-warehouse-picket-line.txt", "declined"),  # the agency's refusal
        ("labour-city-workers-deal.txt", "Tentative deal"),  # the headline
        ("labour-city-workers-deal.txt", "Garbage pickup"),  # the standfirst
    ],
)
def test_the_invented_labour_articles_say_nothing_more(article: str, not_said: str):
    assert not [c for c, _, _ in speakers_by_opening(article) if not_said in c]


def test_the_invented_labour_articles_count_no_sides_and_no_pronoun():
    for article in ("labour-transit-strike-vote.txt", "labour-city-workers-deal.txt"):
        text = (ARTICLES / article).read_text(encoding="utf-8")
        units = [f.unit for f in find_figures(text)]
        assert "sides" not in units and None not in units


@pytest.mark.parametrize(
    "text",
    [
        "The union representing 2,300 dockworkers at the Port of Corliss served strike notice on"
        " Monday, its president said.",
        "The guild representing cooks at Corliss General Hospital will strike Friday, its"
        " president said.",
    ],
)
def test_its_after_a_body_opening_the_sentence_is_not_a_name_inside_it(text: str):
    assert speaker_of(text)[:2] == ("its president", "person")


@pytest.mark.parametrize(
    "text",
    [
        "Talks with Kell Freight broke off on Monday, its president said.",
        "Kell Freight will close the depot, its president said.",
    ],
)
def test_its_after_a_named_body_is_still_that_body(text: str):
    assert speaker_of(text)[:3] == (
        "Kell Freight’s president",
        "person",
        "president of Kell Freight",
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("CUPE 3903 said members had ratified the deal.", "CUPE 3903"),
        ("“The deal is done,” OPSEU 5111 said in a statement.", "OPSEU 5111"),
        ("UFCW Local 1006A said members had ratified the deal.", "UFCW Local 1006A"),
        ("Teamsters Local 12 said members had ratified the deal.", "Teamsters Local 12"),
    ],
)
def test_a_unions_acronym_or_local_and_its_number_is_an_organization(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "organization")


def test_an_acronym_and_its_locals_number_stay_in_a_title():
    text = "“We held the line,” said CUPE 3903 chair Dana Holt."
    assert speaker_of(text) == ("Dana Holt", "person", "CUPE 3903 chair")


@pytest.mark.parametrize(
    "text",
    [
        "NATO 2030 said the deal was done.",  # a year after an acronym: no local
        "In 2019 stewards said the vote was close.",
    ],
)
def test_a_year_after_an_acronym_or_a_capital_names_no_local(text: str):
    assert [s for _, s, _ in attributed(text) if s and s.kind == "organization"] == []


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The three-year contract covers 1,150 drivers.", "contract"),
        ("The two-year pilot costs $90 a day.", "pilot"),
        ("A four-year deal gives the city a break.", "deal"),
    ],
)
def test_a_verb_after_a_number_worded_compound_is_no_part_of_what_it_modifies(
    text: str, subject: str
):
    figure = find_figures(text)[0]
    assert (figure.unit, figure.subject) == ("year", subject)


def test_a_plural_after_a_count_stays_its_noun():
    [figure] = find_figures("They built two bus stops in the town.")
    assert figure.subject == "bus stops"
