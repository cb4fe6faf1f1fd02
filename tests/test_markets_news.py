"""Financial markets and earnings news as a new analyst reads it: constructions found by
trying whosaid on invented wire stories of a profit warning, a central bank's signal and a
rejected takeover bid (in tests/data/speakers/markets-*.txt), each tested here on other
invented sentences."""

import pytest
from extraction_helpers import acts_and_contents, contents, named, speaker_of


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
