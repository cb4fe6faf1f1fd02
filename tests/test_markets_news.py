"""Financial markets and earnings news as a new analyst reads it: constructions found by
trying whosaid on invented wire stories of a profit warning, a central bank's signal and a
rejected takeover bid (in tests/data/speakers/markets-*.txt), each tested here on other
invented sentences."""

import pytest
from extraction_helpers import ARTICLES, acts_and_contents, contents, named, speaker_of

from tui.core.statements import find_statements


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Margins will shrink, Pellam Corp said in a letter that it made public on Friday.",
            "Margins will shrink",
        ),
        (
            "Demand is weak, the bank wrote in a note that it sent to clients late on Monday.",
            "Demand is weak",
        ),
        (
            "The lender said in a filing that was posted on its website that profit fell.",
            "profit fell",
        ),
        (
            "Orvell Mining said in a statement that it released on Tuesday that the mine "
            "would close.",
            "the mine would close",
        ),
        (
            "Sales slowed, the retailer said in a statement that had been sent to staff.",
            "Sales slowed",
        ),
    ],
)
def test_a_relative_clause_on_the_venue_is_not_the_content(text: str, content: str):
    assert contents(text) == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The rebels said in a statement that they released the hostages on Monday.",
            "they released the hostages on Monday",
        ),
        (
            "Pellam Corp said in a filing that it had sent a team to the plant.",
            "it had sent a team to the plant",
        ),
        ("The bank said in a note that the stock was cheap.", "the stock was cheap"),
    ],
)
def test_a_release_verb_with_its_object_opens_the_content(text: str, content: str):
    assert contents(text) == [content]


def test_an_analysts_note_is_a_venue_before_that():
    text = "Analysts at Dorne Capital wrote in a note to clients that the shares were cheap."
    assert named(text) == [("the shares were cheap", "Analysts at Dorne Capital", "wrote")]


@pytest.mark.parametrize(
    "text",
    [
        "Pellam Corp is being advised by Dunmore Partners and the law firm Keel Abbott.",
        "Oxhill is advised by Grayle Brothers.",
        "Dunmore Partners advised Oxhill on the takeover.",
        "The bank advises the government on debt sales.",
    ],
)
def test_counsel_given_to_a_client_is_no_statement(text: str):
    assert contents(text) == []


def test_an_adviser_in_a_relative_clause_says_only_what_follows():
    text = "Mina Ross, who advises retail banks on capital rules, said the plan was flawed."
    assert named(text) == [("the plan was flawed", "Mina Ross", "said")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Residents were advised by police to stay indoors.",
            "Residents were advised by police to stay indoors",
        ),
        ("Doctors advised patients on Monday to rest.", "patients on Monday to rest"),
        ("The agency advised drivers to avoid the bridge.", "drivers to avoid the bridge"),
        ("The ministry advised on Monday that the road was shut.", "the road was shut"),
        ("Police advised caution on the roads.", "caution on the roads"),
    ],
)
def test_advice_reported_stays_a_statement(text: str, content: str):
    assert contents(text) == [content]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mirren & Vance said the shares were cheap.", "Mirren & Vance"),
        ("The shares were cheap, Calder & Finch said.", "Calder & Finch"),
        ("The shares were cheap, said Orwin & Pike.", "Orwin & Pike"),
        ("Net income rose 4%, according to Mirren & Vance.", "Mirren & Vance"),
        ("According to Dalby & Rhee, net income rose 4%.", "Dalby & Rhee"),
    ],
)
def test_partners_names_joined_by_an_ampersand_are_a_firm(text: str, name: str):
    assert speaker_of(text) == (name, "organization", None)


def test_given_names_joined_by_an_ampersand_stay_two_people():
    assert speaker_of("Tom & Ann said the cake was good.")[:2] == ("Tom & Ann", "group")


def test_an_analyst_at_a_firm_of_partners_keeps_the_firm_in_the_role():
    text = "Net income rose 4%, said Tom Vale, an analyst at Mirren & Vance."
    assert speaker_of(text) == ("Tom Vale", "person", "analyst at Mirren & Vance")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Ilse Marrow told a parliamentary committee last week that inflation was easing.",
            "inflation was easing",
        ),
        ("Ilse Marrow told a committee that inflation was easing.", "inflation was easing"),
        (
            "Ilse Marrow told an investor conference in Vestra that rates would fall.",
            "rates would fall",
        ),
        ("Ilse Marrow told a board meeting rates would fall.", "rates would fall"),
        (
            "Ilse Marrow told a crowd of about 3,000 traders on Friday that rates would fall.",
            "rates would fall",
        ),
        ("Ilse Marrow told a jury of her peers that she was innocent.", "she was innocent"),
        ("Ilse Marrow told a reporter that rates would fall.", "rates would fall"),
    ],
)
def test_a_body_or_gathering_told_is_the_listener(text: str, content: str):
    assert contents(text) == [content]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Rival Vintner Brands said it expected sales to fall.", "Vintner Brands", "Rival"),
        ("Competitor Aalders Foods said margins would shrink.", "Aalders Foods", "Competitor"),
        ("Sales will fall, rival Vintner Brands said.", "Vintner Brands", "rival"),
        ("Rival Foods said sales would fall.", "Rival Foods", None),
    ],
)
def test_a_rivalry_word_opening_the_sentence_is_the_companys_role(
    text: str, name: str, role: str | None
):
    assert speaker_of(text) == (name, "organization", role)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Business groups welcomed the governor's remarks.", "the governor's remarks"),
        ("Investors welcomed the rate cut on Thursday.", "the rate cut on Thursday"),
        ("The union welcomed the offer.", "the offer"),
        ("Shareholders hailed the merger.", "the merger"),
    ],
)
def test_welcoming_remarks_a_cut_or_an_offer_is_a_stance(text: str, content: str):
    assert acts_and_contents(text) == [("stance", content)]


def test_welcoming_an_offer_then_saying_why_keeps_the_speech():
    text = "The union welcomed the offer, saying it was fair."
    assert acts_and_contents(text) == [("stance", "the offer"), ("speech", "it was fair")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Oxhill Pumps, based in Brackton, said revenue rose.", "Oxhill Pumps"),
        ("Revenue rose, said Oxhill Pumps, headquartered in Brackton.", "Oxhill Pumps"),
        ("Oxhill Pumps, founded in 1921, said revenue rose.", "Oxhill Pumps"),
        ("Oxhill Pumps, listed on the Calloway exchange, said revenue rose.", "Oxhill Pumps"),
    ],
)
def test_where_or_when_a_company_was_set_up_is_no_role(text: str, name: str):
    found, _, role = speaker_of(text)
    assert (found, role) == (name, None)


def test_a_role_in_an_appositive_stays():
    text = "Ann Hale, retired teacher, said rents rose."
    assert speaker_of(text) == ("Ann Hale", "person", "retired teacher")


@pytest.mark.parametrize(
    "text",
    [
        "Costs will rise, Dana Rook told analysts on a post-earnings call.",
        "Costs will rise, Rook told analysts on a call.",
        "Costs will rise, the bank told clients in a note.",
    ],
)
def test_analysts_or_clients_told_are_listeners_not_content(text: str):
    assert contents(text) == ["Costs will rise"]


def test_analysts_told_before_the_content_are_no_part_of_it():
    text = "Dana Rook told analysts the company would cut costs."
    assert contents(text) == ["the company would cut costs"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Orvell reaffirmed its guidance, saying demand had steadied.", "Orvell"),
        ("Orvell Mining kept its forecast, saying demand had steadied.", "Orvell Mining"),
        ("Management raised its outlook, saying demand had steadied.", "Management"),
    ],
)
def test_a_possessive_after_the_subjects_verb_ends_the_subject(text: str, name: str):
    assert named(text) == [("demand had steadied", name, "saying")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Kestrel Air's chief executive said on Tuesday the airline was in talks with two "
            "suitors.",
            "the airline was in talks with two suitors",
        ),
        (
            "The chief executive said on Tuesday the airline had held talks with a suitor.",
            "the airline had held talks with a suitor",
        ),
        ("Lee said in an interview on Tuesday that the plan was dead.", "the plan was dead"),
        ("Lee said during a visit to the plant that costs were rising.", "costs were rising"),
    ],
)
def test_a_venue_word_in_the_content_is_no_venue_of_the_cue(text: str, content: str):
    assert contents(text) == [content]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The board met twice, according to two people familiar with the talks. The people, "
            "who asked not to be named, said a vote was likely.",
            "two people familiar with the talks",
        ),
        (
            "The board met twice, people familiar with the matter said. The people said a vote "
            "was likely.",
            "people familiar with the matter",
        ),
        (
            "The board met twice, two sources close to the company said. The sources said a "
            "vote was likely.",
            "two sources close to the company",
        ),
    ],
)
def test_the_unnamed_sources_are_found_again_by_their_head(text: str, name: str):
    assert [speaker for _, speaker, _ in named(text)] == [name, name]


def test_the_people_with_no_sources_before_stay_unresolved():
    text = "Protesters marched. The people said the vote was rigged."
    assert named(text) == [("the vote was rigged", "The people", "said")]


def test_a_headlines_short_name_of_several_words_is_the_company_named_in_full():
    text = (
        "Trevane Industrial rejects bid from Oxhill\n\n"
        "Trevane Industrial Corp said on Monday it had rejected the offer. Trevane Industrial "
        "said the offer was too low.\n"
    )
    speakers, _ = find_statements(text)
    assert [(s.name, s.kind) for s in speakers] == [("Trevane Industrial Corp", "organization")]


def test_a_headlines_short_name_opening_two_companies_names_stays_apart():
    text = (
        "Brill Capital rejects bid from Oxhill\n\n"
        "Brill Capital Partners said the offer was low. Brill Capital Holdings said it agreed.\n"
    )
    speakers, _ = find_statements(text)
    assert "Brill Capital" in [s.name for s in speakers]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Bond yields rose after the central bank raised rates, saying inflation was too high.",
            "the central bank",
        ),
        (
            "Shares of Orvell fell 8% after the company cut its forecast, citing weak demand.",
            "Orvell",
        ),
        (
            "Shares in Orvell fell 8% when Orvell cut its forecast, citing weak demand.",
            "Orvell",
        ),
    ],
)
def test_what_moved_the_shares_speaks_in_the_participle_not_the_shares(text: str, name: str):
    [(_, speaker, _)] = named(text)
    assert speaker == name


def test_a_company_as_the_subject_keeps_its_participle():
    text = "Pellam Corp fell out of favour after the index was revised, citing weak demand."
    [(_, speaker, _)] = named(text)
    assert speaker == "Pellam Corp"


@pytest.mark.parametrize(
    ("slug", "expected"),
    [
        (
            "markets-earnings-call",
            {
                ("Harlow Foods Group", "organization"),
                ("Marguerite Ostland", "person"),
                ("Rajiv Mendhora", "person"),
                ("analysts at Brenmoor Securities", "group"),
                ("two people familiar with the matter", "group"),
                ("Vintner Brands", "organization"),
                ("Idris Fennimore", "person"),
            },
        ),
        (
            "markets-central-bank-watch",
            {
                ("Anneliese Drumond", "person"),
                ("Ruth Abernathy-Cole", "person"),
                ("Ilse Marrow", "person"),
                ("Corvane Chamber of Industry", "organization"),
                ("Hamish Tarrant", "person"),
            },
        ),
        (
            "markets-takeover-bid",
            {
                ("Trevane Industrial Corp", "organization"),
                ("Bernard Sauvignac", "person"),
                ("Linnea Castellane", "person"),
                ("Mirren & Vance", "organization"),
                ("Dana Whitlock", "person"),
                ("Marcus Delacroix", "person"),
            },
        ),
    ],
)
def test_the_markets_articles_speakers_are_found_with_their_kinds(
    slug: str, expected: set[tuple[str, str]]
):
    text = (ARTICLES / f"{slug}.txt").read_text(encoding="utf-8")
    speakers, statements = find_statements(text)
    spoken = {st.speaker for st in statements}
    assert expected <= {(s.name, s.kind) for s in speakers if s.id in spoken}


def test_the_takeover_articles_advisers_and_relative_venues_make_no_statement():
    text = (ARTICLES / "markets-takeover-bid.txt").read_text(encoding="utf-8")
    _, statements = find_statements(text)
    cues = [st.cue for st in statements]
    assert "advised" not in cues and "advises" not in cues
    assert all(not text[st.span[0] : st.span[1]].startswith("it made public") for st in statements)
