"""Economy and markets wire news as a new analyst reads it: constructions found by trying
whosaid on an invented central bank rate cut, a monthly jobs report and a daily stock market
wrap (tests/data/speakers/markets-boc-quarter-point.txt, markets-jobs-report-march.txt,
markets-tsx-daily-wrap.txt), each tested here on other invented sentences."""

import pytest
from extraction_helpers import (
    acts_and_contents,
    contents,
    missing_speakers,
    named,
    speaker_of,
    speakers_by_opening,
)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Payrolls rose by 41,000 in May, the ministry said, well above the 15,000 that "
            "economists had expected.",
            "Payrolls rose by 41,000 in May",
        ),
        (
            "Retail sales fell 0.8 per cent, the agency said, below the 0.3 per cent gain "
            "analysts had forecast.",
            "Retail sales fell 0.8 per cent",
        ),
        (
            "Imports slid 3 per cent, customs data showed, well below the 1 per cent drop "
            "forecast by economists in a poll.",
            "Imports slid 3 per cent",
        ),
        (
            "Housing starts fell 6 per cent, the agency said, below the 2 per cent decline "
            "analysts had forecast.",
            "Housing starts fell 6 per cent",
        ),
        (
            "Exports climbed 2.1 per cent, Tarvin Statistics said, in line with expectations.",
            "Exports climbed 2.1 per cent",
        ),
        (
            "Output grew at an annualized 1.4 per cent, the bureau said, slightly ahead of the "
            "consensus estimate.",
            "Output grew at an annualized 1.4 per cent",
        ),
    ],
)
def test_a_comparison_with_what_others_expected_after_the_attribution_is_not_said(
    text: str, content: str
):
    assert contents(text) == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Inflation was, she said, well above what anyone had expected.",
            "Inflation was, she said, well above what anyone had expected",
        ),
        (
            "Prices will rise, the minister said, above last year's level.",
            "Prices will rise, the minister said, above last year's level",
        ),
        (
            "Rents will remain, the housing minister said, far above what tenants expected.",
            "Rents will remain, the housing minister said, far above what tenants expected",
        ),
    ],
)
def test_a_predicate_or_a_comparison_with_no_expectation_after_the_attribution_goes_on(
    text: str, content: str
):
    assert contents(text) == [content]


@pytest.mark.parametrize(
    "text",
    [
        # no figure given before the attribution: the speaker goes on
        "The home side won, the manager said, beating a team everyone had expected to win.",
        "Attendance was strong, the organisers said, above anything they had anticipated.",
        "Volunteers marched, the organiser said, against the cuts the board had projected.",
        # the speaker's own forecast, as `_ESTIMATE_COMPARED` leaves it
        "Our orders grew 7 per cent, the company said, ahead of its own forecast.",
        # a figure, but no number or estimate others expected
        "Sales rose 4 per cent, the chain said, above what its managers had predicted.",
    ],
)
def test_a_comparison_the_speaker_goes_on_with_stays_said(text: str):
    assert contents(text) == [text.removesuffix(".")]


@pytest.mark.parametrize(
    "text",
    [
        "The bank will publish its quarterly report on Friday.",
        "The next decision is due on May 4, when it will also publish its outlook.",
        "The agency is set to publish the revised data next month.",
    ],
)
def test_a_publication_still_to_come_says_nothing_yet(text: str):
    assert contents(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The agency published the revised data on Tuesday.", "the revised data on Tuesday"),
        ("“The data are clear,” the agency will publish.", "The data are clear"),
    ],
)
def test_a_publication_made_or_a_quotation_stays_read(text: str, content: str):
    assert contents(text) == [content]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Wages rose 3.6 per cent, according to the Labour Force Survey.", "Labour Force Survey"),
        ("The Police Workforce Report found that overtime had doubled.", "Police Workforce Report"),
        ("Hiring slowed, according to the Business Outlook Survey.", "Business Outlook Survey"),
    ],
)
def test_a_named_survey_with_a_bodys_word_inside_is_a_document(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "document")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The U.S. Geological Survey said the quake struck at dawn.", "U.S. Geological Survey"),
        ("The Air Force said the jet crashed.", "Air Force"),
    ],
)
def test_an_agency_named_survey_or_a_force_stays_an_organization(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "organization")


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "Traders are betting the central bank will cut rates in September.",
            "the central bank will cut rates in September",
            "Traders",
        ),
        (
            "Investors are wagering the loonie won't recover until spring.",
            "the loonie won't recover until spring",
            "Investors",
        ),
        (
            "Bond buyers are betting inflation could ease faster than forecast.",
            "inflation could ease faster than forecast",
            "Bond buyers",
        ),
        (
            "Dealers are now betting the board will hold rates in July.",
            "the board will hold rates in July",
            "Dealers",
        ),
        (
            "Fund managers have been wagering the euro won't climb.",
            "the euro won't climb",
            "Fund managers",
        ),
        (
            "It seems clear that traders bet the board will cut.",
            "the board will cut",
            "traders",
        ),
    ],
)
def test_a_bet_on_a_clause_with_no_that_is_a_belief(text: str, content: str, name: str):
    assert [(found, speaker) for found, speaker, _ in named(text)] == [(content, name)]


@pytest.mark.parametrize(
    "text",
    [
        "He bet $50 on the game.",
        "She bet her savings on a horse that would never win.",
        "Traders bet the farm on a rate cut.",
        # the sentence's own modal after a bettor's description
        "Punters who bet on the derby will be refunded.",
        "Anyone betting the grocery money will regret it.",
        "Those who gamble heavily could lose their homes.",
    ],
)
def test_a_stake_on_a_thing_is_no_belief(text: str):
    assert contents(text) == []


@pytest.mark.parametrize(
    ("text", "contents_found"),
    [
        (
            "The premier welcomed the rate cut in a statement, saying it would help families.",
            ["the rate cut", "it would help families"],
        ),
        (
            "Ruiz said prices would rise in a note to clients, adding that the cut would help.",
            ["prices would rise", "the cut would help"],
        ),
        (
            "The minister praised the deal in a statement on Monday, calling it a win.",
            ["the deal", "it a win"],
        ),
    ],
)
def test_a_message_venue_before_a_participle_the_speaker_goes_on_with_is_not_said(
    text: str, contents_found: list[str]
):
    assert contents(text) == contents_found


@pytest.mark.parametrize(
    ("text", "contents_found"),
    [
        (
            "The minister said the error was in a statement, including the figures for May.",
            ["the error was in a statement, including the figures for May"],
        ),
        (
            "The minister welcomed the cut in interest rates, saying it would help.",
            ["the cut in interest rates", "it would help"],
        ),
    ],
)
def test_a_venue_in_what_was_said_or_no_venue_stays(text: str, contents_found: list[str]):
    assert contents(text) == contents_found


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "Traders now see a 60 per cent chance that the bank will cut in April.",
            "a 60 per cent chance that the bank will cut in April",
            "Traders",
        ),
        (
            "Economists see a 40% chance of a recession next year.",
            "a 40% chance of a recession next year",
            "Economists",
        ),
        (
            "Bond investors saw little risk of a default.",
            "little risk of a default",
            "Bond investors",
        ),
        (
            "Markets see better than even odds that the Fed will cut in June.",
            "better than even odds that the Fed will cut in June",
            "Markets",
        ),
        (
            "Strategists see a growing risk of a downturn.",
            "a growing risk of a downturn",
            "Strategists",
        ),
    ],
)
def test_odds_seen_are_a_belief(text: str, content: str, name: str):
    [(found, speaker, _)] = named(text)
    assert (found, speaker) == (content, name)
    assert acts_and_contents(text)[0][0] == "thought"


@pytest.mark.parametrize(
    "text",
    [
        "We saw the game on Sunday.",
        "She sees a chance to win the title.",
        "Analysts saw the risks rising.",
        # a bare chance or risk of a thing, met or seen, no odds
        "He saw a chance of a lifetime and took it.",
        "Farmers saw the risk of drought firsthand when the wells ran dry.",
    ],
)
def test_seeing_with_no_odds_is_no_belief(text: str):
    assert contents(text) == []


def test_seeing_something_as_something_stays_a_characterization():
    text = "Critics see the plan as a giveaway."
    assert named(text) == [("the plan as a giveaway", "Critics", "see")]


ARTICLE_FLOORS = {
    "markets-boc-quarter-point.txt": [
        ("the central bank may be close to the end", "Tiff Okafor-Brandt", "person"),
        ("Monetary policy has done a lot of work already", "Tiff Okafor-Brandt", "person"),
        (
            "the economy grew at an annualized rate of 1.8 per cent",
            "Bank of Canada",
            "organization",
        ),
        ("Consumer price inflation was 1.9 per cent", "Statistics Canada data", "document"),
        ("the bank would be “watching very closely”", "Marguerite Lindqvist", "person"),
        ("Cutting now burns ammunition", "Thomas Achebe", "person"),
        ("We think the bank will ultimately take", "Ana Ruiz", "person"),
        ("the bank's guidance is deliberately vague", "Analysts", "group"),
        ("They don't want to pre-commit", "Karan Mehta", "person"),
        ("If the tariffs are broad and they last", "Tiff Okafor-Brandt", "person"),
        ("small firms were “holding off", "Simon Thibodeau", "person"),
    ],
    "markets-jobs-report-march.txt": [
        ("Canada's economy lost 32,600 jobs in March", "Statistics Canada", "organization"),
        ("a gain of 12,000 jobs", "Economists polled by Reuters", "group"),
        ("This is the first real evidence", "Priya Nandakumar", "person"),
        ("Average hourly wages for permanent employees", "Labour Force Survey", "document"),
        (
            "In the United States, non-farm payrolls rose by 228,000 last month",
            "Labor Department",
            "organization",
        ),
        ("a 60 per cent chance that the Bank of Canada", "Traders", "group"),
        ("One bad month does not make a trend", "Claire Fontaine", "person"),
        ("Every one of these jobs is a family", "Malcolm Dunbar", "person"),
        ("the report showed that the government had", "Gurdeep Bains", "person"),
    ],
    "markets-tsx-daily-wrap.txt": [
        ("Investors got the inflation number", "Colm Wierzbicki", "person"),
        ("U.S. consumer prices rose 0.1 per cent in May", "Labor Department", "organization"),
        ("the Fed will begin lowering borrowing costs", "Traders", "group"),
        ("Energy has been the laggard all spring", "Angelica Iaconetti", "person"),
        ("the rally had outpaced the economy", "Some strategists", "group"),
        ("I wouldn't chase it here", "Halldor Sveinsson", "person"),
        ("The loonie is really just a passenger here", "Erik Vogelsang", "person"),
        (
            "national home sales rose 3.6 per cent",
            "Canadian Real Estate Association",
            "organization",
        ),
    ],
}


@pytest.mark.parametrize(("name", "expected"), sorted(ARTICLE_FLOORS.items()))
def test_each_invented_markets_article_keeps_its_floor(name: str, expected: list):
    assert missing_speakers(name, expected) == []


@pytest.mark.parametrize(
    ("name", "ending"),
    [
        ("markets-jobs-report-march.txt", "non-farm payrolls rose by 228,000 last month"),
        ("markets-tsx-daily-wrap.txt", "0.1 per cent in May on a seasonally adjusted basis"),
    ],
)
def test_a_data_release_ends_before_the_reporters_comparison(name: str, ending: str):
    found = [content for content, _, _ in speakers_by_opening(name)]
    assert any(content.endswith(ending) for content in found)
    assert not any("had expected" in c or "had forecast" in c for c in found)


def test_a_publication_to_come_in_a_rate_story_is_no_statement():
    found = speakers_by_opening("markets-boc-quarter-point.txt")
    assert not any("Monetary Policy Report" in content for content, _, _ in found)


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        ("Markets are pricing in two more cuts this year.", "two more cuts this year", "Markets"),
        (
            "Investors have already priced in a rate cut in June.",
            "a rate cut in June",
            "Investors",
        ),
        ("Traders are now pricing in a pause in April.", "a pause in April", "Traders"),
    ],
)
def test_what_a_market_is_pricing_in_is_a_belief(text: str, content: str, name: str):
    assert [(found, speaker) for found, speaker, _ in named(text)] == [(content, name)]
    assert acts_and_contents(text)[0][0] == "thought"


@pytest.mark.parametrize(
    "text",
    [
        "Gold is priced in dollars.",
        "Tickets priced in euros sold out.",
        "The company is pricing in U.S. dollars.",
        "Copper is priced in the local currency in some markets.",
        # a noun, a price's description or a passive: no market's belief
        "Surge pricing in big cities drew complaints.",
        "Condos priced in the low $400,000s sold quickly.",
        "The jackets are priced in a range from $40 to $90.",
    ],
)
def test_a_price_set_in_a_currency_or_a_noun_of_pricing_is_no_belief(text: str):
    assert contents(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Futures imply two cuts, according to Ledgerline's RateWatch tool.",
            "Ledgerline's RateWatch tool",
        ),
        ("Futures imply two cuts, according to the RateWatch tool.", "the RateWatch tool"),
        (
            "The jobless rate in Corby rose to 8.1 per cent, according to three-month moving "
            "averages.",
            "three-month moving averages",
        ),
    ],
)
def test_a_data_tool_or_averages_after_according_to_are_a_document(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "document")
