"""Speakers of business and financial news: companies by their suffixes and their trade
nouns ("the carmaker", "the retailer") linked to the company named before, a company's
short name joined to its full one, analysts "at" a firm, anonymous groups."""

import pytest

from tui.core.model import Speaker, Statement
from tui.core.statements import find_statements


def attributed(text: str) -> list[tuple[str, Speaker | None]]:
    """(content, speaker) for each statement, in text order."""
    speakers, statements = find_statements(text)
    by_id = {s.id: s for s in speakers}
    return [(_content(text, st), by_id.get(st.speaker or "")) for st in statements]


def _content(text: str, statement: Statement) -> str:
    return text[statement.span[0] : statement.span[1]]


def speaker_of(text: str, opening: str) -> Speaker:
    found = [sp for content, sp in attributed(text) if content.startswith(opening)]
    assert len(found) == 1, attributed(text)
    assert found[0] is not None
    return found[0]


def test_a_trade_noun_after_the_is_the_company_named_before():
    text = (
        "Pellworth Motoren GmbH said it would cut output at two plants. "
        "The carmaker said demand for its vans had fallen in the autumn."
    )
    speaker = speaker_of(text, "demand for its vans")
    assert speaker.name == "Pellworth Motoren GmbH"
    assert speaker.kind == "organization"


def test_the_retailer_and_the_lender_are_organizations_linked_back():
    text = (
        "Quillon Stores Inc. said holiday sales rose 4 percent. "
        "The retailer said it would open 30 shops next year.\n\n"
        "Osterby Bank AB said loan losses were small. "
        "The lender said it expected higher fees."
    )
    assert speaker_of(text, "it would open 30 shops").name == "Quillon Stores Inc"
    assert speaker_of(text, "it expected higher fees").name == "Osterby Bank AB"


def test_a_trade_noun_with_no_company_before_is_an_unnamed_organization():
    text = "The chipmaker said its orders were steady through the quarter."
    speaker = speaker_of(text, "its orders were steady")
    assert speaker.kind == "organization"
    assert not speaker.named


def test_the_company_after_a_company_merely_mentioned_is_that_company():
    text = (
        "Shares fell across the sector. Dunmore Semiconductor dropped 5 percent after "
        "the company said it would delay a chip."
    )
    speaker = speaker_of(text, "it would delay a chip")
    assert speaker.name == "Dunmore Semiconductor"
    assert speaker.kind == "organization"


def test_an_industry_word_ending_a_name_makes_it_an_organization():
    text = "Brackley Retail said sales had slowed over the holidays."
    assert speaker_of(text, "sales had slowed").kind == "organization"


def test_an_analyst_at_a_firm_after_the_cue_has_the_firm_in_the_role():
    text = (
        '"Margins are the story this quarter," said Lena Paulsen, an analyst at Torvik Securities.'
    )
    speaker = speaker_of(text, "Margins are the story")
    assert speaker.name == "Lena Paulsen"
    assert speaker.kind == "person"
    assert speaker.role == "analyst at Torvik Securities"


def test_a_company_named_with_and_sons_is_one_organization():
    text = "Hobart & Sons said in a filing that it had hired advisers."
    speaker = speaker_of(text, "it had hired advisers")
    assert speaker.kind == "organization"
    assert speaker.named
    text = "Corwen Brothers said it would bid for the mill."
    assert speaker_of(text, "it would bid").kind == "organization"


def test_a_company_short_name_is_the_company_named_in_full_before():
    text = (
        "Corrib Foods Corp. said it would buy a bakery chain for $2 billion. "
        "Corrib said the deal would add to earnings within a year."
    )
    speakers, _ = find_statements(text)
    companies = [s for s in speakers if s.kind == "organization"]
    assert [s.name for s in companies] == ["Corrib Foods Corp"]
    assert speaker_of(text, "the deal would add").name == "Corrib Foods Corp"


def test_a_person_of_the_company_short_name_stays_a_person():
    text = (
        "Tom Corrib said the talks were going well. Corrib Foods Corp. said it was "
        "in talks with two buyers. Mr. Corrib said a deal was close."
    )
    assert speaker_of(text, "a deal was close").name == "Tom Corrib"


def test_people_familiar_with_the_matter_after_according_to_is_one_anonymous_group():
    text = "The board will meet on Friday, according to people familiar with the matter."
    speaker = speaker_of(text, "The board will meet")
    assert speaker.name == "people familiar with the matter"
    assert speaker.kind == "group"
    assert not speaker.named


def test_a_woman_named_as_chairman_is_the_she_that_follows():
    text = (
        'The chairman, Greta Moll, said the board backed the offer. "It is a fair price," she said.'
    )
    assert speaker_of(text, "It is a fair price").name == "Greta Moll"


def test_a_man_named_as_chairman_is_still_a_he():
    text = (
        'The chairman, Tom Moll, said the board backed the offer. "It is a fair price," she said.'
    )
    assert speaker_of(text, "It is a fair price").name != "Tom Moll"


def test_the_firm_after_a_company_named_with_an_ampersand_is_that_company():
    text = "Its adviser is Darrow & Co. The firm said the loan had been fully committed."
    assert speaker_of(text, "the loan had been").name == "Darrow & Co"


def test_a_name_apposed_to_a_description_by_a_participle_is_the_speaker():
    text = "The bank advising Corrib, Darrow & Co., said the loan had been fully committed."
    speaker = speaker_of(text, "the loan had been")
    assert speaker.name == "Darrow & Co."
    assert speaker.kind == "organization"
    text = "A lawyer representing Corrib, Ann Lee, said the claim had no merit."
    speaker = speaker_of(text, "the claim had no merit")
    assert (speaker.name, speaker.role) == ("Ann Lee", "lawyer representing Corrib")


def test_a_spokesman_of_a_company_named_before_the_noun_has_that_role():
    text = "A Corrib spokesman said no plant would close this year."
    speaker = speaker_of(text, "no plant would close")
    assert (speaker.role, speaker.named, speaker.kind) == ("Corrib spokesman", False, "person")


def test_a_company_described_by_a_participle_and_its_trade_is_the_company_before():
    text = (
        "Dorley Holdings (DRLY.N) said it would sell its cable unit. "
        "The Dallas-based company said the sale would close by June.\n\n"
        "Astor Inc, the largest maker of valves, said orders rose. "
        "The valve maker said demand was strong."
    )
    assert speaker_of(text, "the sale would close").name == "Dorley Holdings"
    assert speaker_of(text, "demand was strong").name == "Astor Inc"


def test_a_company_whose_shares_trade_is_the_firm_described_after_it():
    text = (
        "Stocks were mixed. Shares of Pemworth rose 9 percent after the Nasdaq-listed firm "
        "said its trial drug had worked."
    )
    speaker = speaker_of(text, "its trial drug had worked")
    assert (speaker.name, speaker.kind, speaker.named) == ("Pemworth", "organization", True)


def test_a_described_bank_is_the_bank_named_before_in_passing():
    text = (
        "The Bank of Ostmark held rates steady on Thursday. "
        "The central bank said inflation was easing."
    )
    speaker = speaker_of(text, "inflation was easing")
    assert "Bank of Ostmark" in speaker.name
    assert speaker.named


def test_the_ceo_is_the_chief_executive_named_before_and_back():
    text = (
        "Ferrand Air's chief executive, Omar Hadley, said fares would rise. "
        "The CEO added that wages would rise too.\n\n"
        "Kestrel Mining CEO Ines Varga said output fell. "
        "The chief executive said a new pit would open in May."
    )
    assert speaker_of(text, "wages would rise too").name == "Omar Hadley"
    assert speaker_of(text, "a new pit would open").name == "Ines Varga"


def test_a_union_described_by_its_members_keeps_them_and_is_the_union_after():
    text = "The pilots' union said its members would strike. The union said talks had failed."
    assert speaker_of(text, "its members would strike").name == "The pilots' union"
    assert speaker_of(text, "talks had failed").name == "The pilots' union"


def test_a_union_of_other_members_is_not_the_union_named_before():
    text = (
        "The Corrib Pilots Union said flights would stop. "
        "The nurses’ union said it would strike on Monday."
    )
    assert speaker_of(text, "it would strike").name == "The nurses’ union"


@pytest.mark.parametrize(
    "name", ["J.P. Morgan", "JPMorgan Chase", "Morgan Stanley", "Goldman Sachs", "Charles Schwab"]
)
def test_widely_known_companies_named_like_people_are_organizations(name: str) -> None:
    speakers, _ = find_statements(f"{name} said the merger would close in May.")
    assert [(s.name, s.kind) for s in speakers] == [(name, "organization")]


def test_initials_and_a_surname_are_still_a_person() -> None:
    speakers, _ = find_statements("K.T. Ramaswamy said the merger would close in May.")
    assert [(s.name, s.kind) for s in speakers] == [("K.T. Ramaswamy", "person")]
