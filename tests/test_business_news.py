"""Business and markets news as a new analyst reads it: constructions found by trying whosaid
on invented wire stories (earnings, a merger, a strike), each tested here on other invented
sentences."""

from tui.core.model import Speaker
from tui.core.statements import find_statements


def attributed(text: str) -> list[tuple[str, Speaker | None, str]]:
    """(content, speaker, speaker mention) for each statement, in text order."""
    speakers, statements = find_statements(text)
    by_id = {s.id: s for s in speakers}
    return [
        (
            text[st.span[0] : st.span[1]],
            by_id.get(st.speaker or ""),
            text[st.speaker_span[0] : st.speaker_span[1]] if st.speaker_span else "",
        )
        for st in statements
    ]


def only(text: str) -> tuple[str, Speaker, str]:
    found = attributed(text)
    assert len(found) == 1, found
    content, speaker, mention = found[0]
    assert speaker is not None
    return content, speaker, mention


def test_one_of_the_sources_after_the_content_is_its_speaker():
    content, speaker, mention = only(
        "The lender plans to sell its card unit by June, one of the sources said."
    )
    assert content == "The lender plans to sell its card unit by June"
    assert mention == "one of the sources"
    assert speaker.kind == "person"
    assert not speaker.named


def test_two_of_the_people_inverted_after_the_content():
    content, speaker, mention = only(
        "Talks on the price stalled last week, said two of the people briefed on them."
    )
    assert content == "Talks on the price stalled last week"
    assert mention.startswith("two of the people")
    assert speaker.kind == "group"


def test_a_name_after_of_is_no_partitive():
    content, _, mention = only("The mill will reopen in May, the head of Brask Paper said.")
    assert content == "The mill will reopen in May"
    assert "one of" not in mention


def test_the_company_is_not_the_firm_of_an_analysts_appositive():
    text = (
        "Morrow Textiles Ltd said it would shut a dye works in Leeds.\n\n"
        "“Margins are thin everywhere,” said Ola Brandt, an analyst at Penfold Bank.\n\n"
        "The dye works employs 300 people, the company said."
    )
    found = attributed(text)
    assert found[-1][0] == "The dye works employs 300 people"
    assert found[-1][1] is not None and found[-1][1].name == "Morrow Textiles Ltd"


def test_a_company_named_in_the_possessive_is_what_the_company_stands_for():
    text = (
        "Dozens of drivers at Gallard Logistics’s depot in Hull stopped work on Friday.\n\n"
        "The depot handles 90 lorries a day, the company said."
    )
    _, speaker, _ = only(text)
    assert speaker.name == "Gallard Logistics"
    assert speaker.kind == "organization"


def test_an_acronym_before_a_trade_noun_is_no_company():
    text = "Prices fell as an AI startup joined the race.\n\nDemand is strong, the company said."
    _, speaker, _ = only(text)
    assert speaker.name != "AI"
    assert not speaker.named


def test_a_dateline_with_two_cities_and_a_country_is_no_content():
    for dateline in ("OSLO/BERGEN, June 3 (Newswire) - ", "LYON, France, June 3 (Newswire) - "):
        content, _, _ = only(dateline + "Norsk Ferjer plans to sell two ships, its chairman said.")
        assert content == "Norsk Ferjer plans to sell two ships"


def test_a_relative_clause_on_the_firm_of_an_appositive_leaves_the_person_speaker():
    content, speaker, mention = only(
        "Ida Marsh, a fund manager at Corve Partners, which owns 2% of the insurer, told "
        "clients that the bid was too low."
    )
    assert content == "the bid was too low"
    assert mention == "Ida Marsh"
    assert speaker.kind == "person"


def test_a_body_with_its_own_relative_clause_stays_the_speaker():
    _, speaker, _ = only("Corve Partners, which owns 2% of the insurer, said the bid was too low.")
    assert speaker.name == "Corve Partners"


def test_an_adverb_before_that_is_no_part_of_the_content():
    for sentence in (
        "Lund has argued publicly that the levy is too high.",
        "Lund has said repeatedly that the levy is too high.",
        "The bank closed its branch, saying only that demand had fallen.",
    ):
        content, _, _ = only(sentence)
        assert content.split()[0] in ("the", "demand"), content


def test_a_plural_listener_before_that_is_no_part_of_the_content():
    for listener in ("shareholders", "employees", "analysts", "staff"):
        content, _, mention = only(f"Tove Berg told {listener} that the yard would stay open.")
        assert content == "the yard would stay open"
        assert mention == "Tove Berg"


def test_a_speech_to_come_reports_nothing_yet():
    for sentence in (
        "Harwick Mills will report its annual results on March 3.",
        "The insurer is due to announce a new chief executive next week.",
    ):
        assert attributed(sentence) == [], sentence


def test_a_speech_to_come_with_its_clause_or_quote_is_still_reported():
    content, _, _ = only("Harwick Mills will say in its filing that sales fell.")
    assert content == "sales fell"


def figures_of(text: str) -> list[tuple[str, str]]:
    from tui.core.figures import find_figures

    return [(text[f.span[0] : f.span[1]], f.qualifier) for f in find_figures(text)]


def test_over_after_an_amount_and_its_noun_is_the_period():
    found = figures_of("Dockers won a 6% wage increase over three years.")
    assert ("three years", "exact") in found


def test_plus_before_an_article_or_a_number_joins_two_amounts():
    found = figures_of("The deal gives 3% over two years plus a bonus of 900 pounds.")
    assert ("two years", "exact") in found
    found = figures_of("Fees are 12 euros plus 5% of the sale.")
    assert ("12 euros", "exact") in found
    assert figures_of("She has 30-plus years in the trade.")[0][1] == "at_least"
