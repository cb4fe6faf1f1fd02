"""Class actions, consumer lawsuits and settlements as a new analyst reads them: constructions
found by trying whosaid on invented stories of a telecom's data breach, a bank's overdraft
settlement and a snack maker's protein claims (in tests/data/speakers/), each tested here on
other invented sentences."""

import pytest
from extraction_helpers import attributed, named, speakers_by_opening


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The lender hid its fees from borrowers, a proposed class action alleges.",
            "The lender hid its fees from borrowers",
            "a proposed class action",
        ),
        (
            "The proposed class action, filed in Toledo, says the airline kept the refunds.",
            "the airline kept the refunds",
            "The proposed class action",
        ),
        (
            "The grocer overcharged for produce, a class action filed in Reno claims.",
            "The grocer overcharged for produce",
            "a class action",
        ),
        (
            "Class actions say the apps tracked children without consent.",
            "the apps tracked children without consent",
            "Class actions",
        ),
    ],
)
def test_a_class_action_is_a_document_that_alleges(text: str, content: str, speaker: str):
    [(found, who, _)] = attributed(text)
    assert who is not None
    assert (found, who.name, who.kind, who.named) == (content, speaker, "document", False)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The pipes were unsafe, a disputed report says.", "a disputed report"),
        ("The proposed lawsuit says the landlord ignored the mould.", "The proposed lawsuit"),
        ("The seats were faulty, an amended complaint alleges.", "an amended complaint"),
    ],
)
def test_a_cue_participle_between_an_article_and_its_noun_is_the_noun_modifier(
    text: str, speaker: str
):
    assert [who for _, who, _ in named(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The board proposed cuts to the program, the mayor said.",
            [("The board proposed cuts to the program", "the mayor", "said")],
        ),
        ("The bank took legal action, the regulator said.", None),
    ],
)
def test_a_verb_of_its_subject_and_an_action_alone_are_unchanged(
    text: str, expected: list[tuple[str, str, str]] | None
):
    found = attributed(text)
    if expected is not None:
        assert named(text) == expected
    else:
        [(_, who, _)] = found
        assert who is not None and who.kind != "document"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "She said she spent a month cancelling cards, changing passwords and filing "
            "reports with police.",
            "she spent a month cancelling cards, changing passwords and filing reports with police",
        ),
        (
            "He said he was fixing the roof and filing claims with insurers.",
            "he was fixing the roof and filing claims with insurers",
        ),
        (
            "Owners said they kept calling dealers or filing reports with the agency.",
            "they kept calling dealers or filing reports with the agency",
        ),
    ],
)
def test_a_document_gerund_after_another_gerund_is_no_subject(text: str, content: str):
    assert [c for c, _, _ in named(text)] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "Support for the mayor fell, and polling shows the race tightening.",
        "Prices kept rising and polling shows voters angry.",
    ],
)
def test_a_document_gerund_opening_its_clause_still_speaks(text: str):
    assert [who for _, who, _ in named(text)] == ["polling"]


def _story_speakers(text: str) -> list[tuple[str, str | None, bool | None]]:
    """(content, speaker's name, named) of each statement of a whole story."""
    return [(c, s.name if s else None, s.named if s else None) for c, s, _ in attributed(text)]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Bank agrees to pay $9 million to settle fee lawsuit\n\nBy Lena Ortiz\n\n"
            "Harwick Savings Bank said on Monday it would pay $9 million.\n\n"
            "The bank said it had done nothing wrong.\n",
            "Harwick Savings Bank",
        ),
        (
            "Union says members will strike at port\n\nBy Lena Ortiz\n\n"
            "The Coastal Dockworkers Union said on Friday its members had voted to walk "
            "out.\n\nThe union said talks had failed.\n",
            "Coastal Dockworkers Union",
        ),
        (
            "Hospital sued over billing errors\n\nBy Lena Ortiz\n\n"
            "Mercy Ridge Hospital said on Tuesday it had fixed the billing system.\n\n"
            "The hospital says patients will get refunds.\n",
            "Mercy Ridge Hospital",
        ),
    ],
)
def test_a_headline_body_by_its_sort_is_the_one_the_lede_names(text: str, body: str):
    found = _story_speakers(text)
    assert found and all((name, named) == (body, True) for _, name, named in found)


def test_a_headline_body_by_its_sort_is_no_other_body_named_late():
    text = (
        "Council ignored warnings for years, inquiry hears\n\nBy Lena Ortiz\n\n"
        "A town council kept a flood map from residents for five years, an inquiry heard on "
        "Monday.\n\n" + "Witnesses described the floods in detail. " * 20 + "\n\n"
        "The Insurance Council of Canada said premiums would rise.\n\n"
        "The council said it had acted in good faith.\n"
    )
    assert _story_speakers(text)[-1][1:] == ("The council", False)


def test_two_bodies_of_the_headline_sort_leave_it_unnamed():
    text = (
        "Bank fined over late fees\n\nBy Lena Ortiz\n\n"
        "Brill Bank said on Monday it would appeal a fine, and Acme Bank said it would pay "
        "its own.\n\nThe bank said the fine was unfair.\n"
    )
    assert _story_speakers(text)[-1][1:] != ("Brill Bank", True)


@pytest.mark.parametrize(
    "text",
    [
        # a lede that brings in the story's own body of the headline's sort, unnamed
        "Union says offer falls short\n\nA union for bus drivers said on Monday the city's "
        "offer fell short. The Harlow Teachers Union said it backed the drivers.\n",
        "Bank says its fees were legal\n\nA regional bank sued by customers said on Monday "
        "its fees were legal. Harlow Savings Bank, a rival, said it charged no such fees.\n",
        # "Group", which any body's name would fit
        "Group says dam will kill river\n\nA coalition of anglers said on Monday that a dam "
        "would kill the trout. The Harlow Water Authority said the dam was safe.\n",
        # two of that sort named, the headline's said by neither
        "Bank says fine is unfair\n\nBrill Bank said on Monday it would appeal a fine, "
        "and Acme Bank said it would pay its own.\n",
    ],
)
def test_a_headline_body_by_its_sort_is_not_another_body_the_lede_names(text: str):
    assert _story_speakers(text)[0][2] is False


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The plaintiffs are Grace Holm, a nurse, and Peter Holm, her adult son. Grace Holm "
            "said she paid twice. Her son said the fees added up.",
            "Peter Holm",
        ),
        (
            "Ana Cruz filed the claim. Luis Cruz, her husband, joined it. Her husband said "
            "the bank never called.",
            "Luis Cruz",
        ),
        (
            "Tom Reyes sued in May. Mia Reyes, his daughter, is a witness. His daughter said "
            "the loan papers were blank.",
            "Mia Reyes",
        ),
    ],
)
def test_a_name_with_its_owners_kin_word_after_it_is_that_kin(text: str, name: str):
    assert named(text)[-1][1] == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ana Cruz moved west in 2019. In New York, her daughter, Mia, stayed behind. Her "
            "daughter said the move was hard.",
            "Mia",
        ),
        (
            "Ana Cruz sued the bank. Last March, her son, Theo, lost his job. Her son said the "
            "fees piled up.",
            "Theo",
        ),
    ],
)
def test_a_place_or_time_before_kin_and_its_name_is_not_that_kin(text: str, name: str):
    assert named(text)[-1][1] == name


def test_a_name_listed_before_kin_of_the_other_sex_is_not_that_kin():
    text = (
        "Ana Cruz sued with Mia Cruz, her son, and two neighbours. Her son said the fees added up."
    )
    assert named(text)[-1][1] != "Mia Cruz"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The Ohio Department of Health warned residents to boil water. The agency said "
            "tests were under way.",
            "Ohio Department of Health",
        ),
        (
            "The Vermont Department of Financial Regulation said the lender broke state law. "
            "The agency said refunds would follow.",
            "Vermont Department of Financial Regulation",
        ),
        (
            "Dunmore Police Department arrested two men. The agency said both were charged.",
            "Dunmore Police Department",
        ),
    ],
)
def test_the_agency_stands_for_a_department_named_before(text: str, body: str):
    assert named(text)[-1][1] == body


def test_the_agency_stands_for_the_last_public_body_named():
    text = (
        "The Ohio Department of Health warned residents. The Federal Aviation Administration "
        "grounded the jets. The agency said they were unsafe."
    )
    assert named(text)[-1][1] != "Ohio Department of Health"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The buyers are represented by Kline & Achebe, a consumer law firm in Raleigh. "
            "The firm said the deal was a win.",
            "Kline & Achebe",
        ),
        (
            "The suit names Orvell Mutual, the largest insurer in Ohio. The insurer said it "
            "would fight the claims.",
            "Orvell Mutual",
        ),
        (
            "Brill Co., the largest employer in the county, cut 90 jobs. The employer said the "
            "cuts were needed.",
            "Brill Co",
        ),
    ],
)
def test_a_body_described_with_where_it_is_is_its_description_again(text: str, body: str):
    assert named(text)[-1][1] == body


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The game was at Elk Lake, the home of the team. The team said it was ready.", None),
        (
            "The jerseys are made by Brill, a firm that sponsors the team. The team said it "
            "would keep the deal.",
            None,
        ),
        (
            "Kesh, a folk trio from Cork, said the tour was off. The trio added that it was sorry.",
            "Kesh",
        ),
    ],
)
def test_a_place_of_the_body_or_an_ensemble_keeps_its_reading(text: str, speaker: str | None):
    _, name, is_named = _story_speakers(text)[-1]
    assert (name, is_named) == (speaker, True) if speaker else is_named is False


def _article_statements(slug: str) -> list[tuple[str, str | None, str | None]]:
    """(content, speaker's name, kind) of each statement of the invented article `slug`."""
    return speakers_by_opening(f"lawsuit-{slug}.txt")


@pytest.mark.parametrize(
    ("slug", "expected"),
    [
        (
            "data-breach",
            {
                ("Marguerite Okonkwo", "person"),
                ("Daniel Tessier", "person"),
                ("Teresa Lindqvist", "person"),
                ("Ahmed Lindqvist", "person"),
                ("Northlink", "organization"),
                ("The statement of claim", "document"),
                ("Gordon Fairweather", "person"),
            },
        ),
        (
            "overdraft-settlement",
            {
                ("Piedmont Federal Bank", "organization"),
                ("Harriet Osei", "person"),
                ("Linda Farrow", "person"),
                ("Corinne Bassett", "person"),
                ("Theo Bassett", "person"),
                ("Obiora Achebe", "person"),
                ("Denise Whitaker", "person"),
            },
        ),
        (
            "protein-bars",
            {
                ("a proposed class action", "document"),
                ("The complaint", "document"),
                ("Javier Ochoa", "person"),
                ("Mei-Ling Zhou", "person"),
                ("Simran Kaur", "person"),
                ("Nathaniel Brightwater", "person"),
                ("Deborah Ansah", "person"),
            },
        ),
    ],
)
def test_the_invented_articles_keep_their_speakers(slug: str, expected: set[tuple[str, str]]):
    assert expected <= {(name, kind) for _, name, kind in _article_statements(slug)}


@pytest.mark.parametrize(
    ("slug", "content", "speaker"),
    [
        (
            "data-breach",
            "she spent most of a month cancelling cards, changing passwords and filing reports "
            "with police",
            "Marguerite Okonkwo",
        ),
        (
            "data-breach",
            "the intruders first gained access to Northlink's systems in late January",
            "The statement of claim",
        ),
        ("overdraft-settlement", "it made voluntarily in 2023", "Piedmont Federal Bank"),
        (
            "overdraft-settlement",
            "to pay $62 million to settle overdraft fee class action",
            "Piedmont Federal Bank",
        ),
        (
            "protein-bars",
            "A snack company that markets its bars to gym-goers and dieters overstated the "
            "protein in its products by as much as 40 percent",
            "a proposed class action",
        ),
        ("protein-bars", "the test results left little room for doubt", "Simran Kaur"),
    ],
)
def test_the_invented_articles_keep_key_statements(slug: str, content: str, speaker: str):
    assert (content, speaker) in {(c, name) for c, name, _ in _article_statements(slug)}


def test_no_filing_reports_as_a_speaker_in_the_breach_story():
    assert all(name != "filing" for _, name, _ in _article_statements("data-breach"))
