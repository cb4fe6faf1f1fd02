"""Telecom, broadcasting and streaming regulation as Canadian and US outlets cover it, read as
a new analyst reads it: constructions found by trying whosaid on invented stories of a
regulator's hearing on a streaming levy, a carrier's outage before a Commons committee and a
vote on rural broadband prices (in tests/data/speakers/), each tested here on other invented
sentences."""

import pytest
from extraction_helpers import missing_speakers, named

from tui.core.statements import find_statements


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Vexa, in a blog post published on Monday, said the rules were unfair.", "Vexa"),
        ("Acme, in a report published late Friday, said sales fell.", "Acme"),
        ("The union, in a statement posted on its website, said talks had failed.", "The union"),
        ("Acme, in a filing published Monday, disclosed that sales fell.", "Acme"),
    ],
)
def test_a_document_participle_after_a_preposition_leaves_the_subject_speaking(
    text: str, speaker: str
):
    [(content, name, _)] = named(text)
    assert name == speaker and not content.startswith(("said", "disclosed"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A clause after "while": the document is its subject, and reports.
        (
            "A 2019 analysis found no benefit, while a Danish study reported a modest gain.",
            [
                ("no benefit", "A 2019 analysis", "found"),
                ("a modest gain", "a Danish study", "reported"),
            ],
        ),
        # The one who publishes, no preposition before it.
        (
            "The journal published a study showing sales fell.",
            [("a study showing sales fell", "The journal", "published")],
        ),
    ],
)
def test_a_document_subject_still_reports(text: str, expected: list[tuple[str, str, str]]):
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Whitford, asked whether the agency planned to extend caps, said there were no plans.",
            "Whitford",
            "there were no plans",
        ),
        (
            "Ada Lund, asked if the firm expected cuts, said none were planned.",
            "Ada Lund",
            "none were planned",
        ),
        ("Ida Berg, asked whether Tom said it, replied that he had.", "Ida Berg", "he had"),
        (
            "Ida Berg, asked by reporters whether the board wanted a sale, said no offer came.",
            "Ida Berg",
            "no offer came",
        ),
        (
            "The mayor, when pressed on whether the council supported the deal, said it did.",
            "The mayor",
            "it did",
        ),
    ],
)
def test_a_cue_inside_a_question_put_in_an_aside_is_no_statement(
    text: str, speaker: str, content: str
):
    assert [(c, n) for c, n, _ in named(text)] == [(content, speaker)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The question opens the sentence: the one who asked it is unnamed, the answer hers.
        (
            "Asked whether the agency planned to extend caps, Whitford said there were no plans.",
            [
                ("whether the agency planned to extend caps", None),
                ("there were no plans", "Whitford"),
            ],
        ),
        # A question asked by its subject, then another's claim.
        (
            "Ida Berg asked whether the board wanted a sale, and Tom said no offer had come.",
            [("whether the board wanted a sale", "Ida Berg"), ("no offer had come", "Tom")],
        ),
        # An aside with no question: the claim after its cue is said.
        (
            "Ida Berg, asked about the plan, said the union wanted a sale.",
            [("the union wanted a sale", "Ida Berg")],
        ),
    ],
)
def test_questions_outside_an_aside_stay(text: str, expected: list[tuple[str, str | None]]):
    assert [(c, n) for c, n, _ in named(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The topic's relative clause is asserted: its speaker's claim, and the subject
        # before the aside still speaks after it.
        (
            "Ida Berg, asked about rivals who argued the merger hurt buyers, said it helped.",
            [("the merger hurt buyers", "rivals"), ("it helped", "Ida Berg")],
        ),
        (
            "Ida Berg, asked about a memo in which the board said costs rose, declined to comment.",
            [("costs rose", "the board")],
        ),
        (
            "Ida Berg, asked about a study that found fares rose, said the data were old.",
            [("fares rose", "a study"), ("the data were old", "Ida Berg")],
        ),
        # No question: "pressed on" and a relative clause.
        (
            "Fares kept climbing, pressed on by demand that analysts said would last.",
            [("would last", "analysts")],
        ),
    ],
)
def test_a_relative_clause_of_a_questions_topic_is_said(
    text: str, expected: list[tuple[str, str | None]]
):
    assert [(c, n) for c, n, _ in named(text)] == expected


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "He asked the studios to file that information confidentially.",
            "to file that information confidentially",
        ),
        ("He asked the studios to file that report quickly.", "to file that report quickly"),
        ("He asked the studios to file that information.", "to file that information"),
    ],
)
def test_a_demonstrative_after_an_infinitive_is_no_listeners_that(text: str, content: str):
    assert [c for c, _, _ in named(text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # Near misses: a listener, then "that" or "whether" opening a clause.
        ("She told the agency board that fees would rise.", "fees would rise"),
        ("He asked the housing secretary whether fees would rise.", "whether fees would rise"),
    ],
)
def test_a_listener_before_a_clause_still_goes(text: str, content: str):
    assert [c for c, _, _ in named(text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Rep. Teresa Nakamura called that argument misleading.", "that argument misleading"),
        ("Nakamura called that claim absurd.", "that claim absurd"),
        ("Nakamura labelled that proposal a cash grab.", "that proposal a cash grab"),
        # A stance's demonstrative before an adverb in -ly.
        ("Nakamura opposed that plan strongly.", "that plan strongly"),
        ("The union backed that offer reluctantly.", "that offer reluctantly"),
        # Near misses: another determiner, and "said", whose "that" may open a clause.
        ("Nakamura called the argument misleading.", "the argument misleading"),
        ("Nakamura said that argument was misleading.", "that argument was misleading"),
        ("Critics proposed that members quickly vote on it.", "members quickly vote on it"),
        # An adverb in -ly before a preposition: inside the clause ("only", "early" too).
        (
            "The board proposed that staff only in Ottawa return to work.",
            "staff only in Ottawa return to work",
        ),
        (
            "Lee recommended that service early in the year be restored.",
            "service early in the year be restored",
        ),
        (
            "The union demanded that management immediately on Monday reverse the cuts.",
            "management immediately on Monday reverse the cuts",
        ),
    ],
)
def test_a_naming_or_stance_verbs_that_is_its_objects_determiner(text: str, content: str):
    assert [c for c, _, _ in named(text)] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "The head of Acme apologized to customers on Monday for an outage that cut off "
        "service for millions.",
        "Lee apologized on Friday for a failure that knocked out 911 service.",
        "Executives grilled at Commons committee over failure that knocked out 911 calls",
    ],
)
def test_a_relative_that_after_an_adjunct_opens_no_content(text: str):
    assert named(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Lee told reporters on Monday for the first time that the deal was off.",
            "the deal was off",
        ),
        ("Lee said on Monday that armed men attacked the post.", "armed men attacked the post"),
    ],
)
def test_a_content_that_after_an_adjunct_still_opens_it(text: str, content: str):
    assert [c for c, _, _ in named(text)] == [content]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("The Federal Energy and Mines Commission", "The Federal Energy and Mines Commission"),
        (
            "The Canadian Radio-television and Telecommunications Commission",
            "The Canadian Radio-television and Telecommunications Commission",
        ),
        ("The Food and Drug Administration", "The Food and Drug Administration"),
        # Near misses: a body of its own before "and", a person before "and".
        ("The army and Air Force", "Air Force"),
        ("Tom Hale and the Harbour Authority", "the Harbour Authority"),
        # An office holder before "and": a titled place, no field of the body's name.
        ("The Ontario Premier and Toronto City Council", "Toronto City Council"),
    ],
)
def test_a_body_named_before_stands_for_its_head_with_every_field(body: str, name: str):
    head = name.rsplit(" ", 1)[1].lower()
    text = f"{body} held hearings on Monday. The {head} ruled that streamers must pay."
    assert [n for _, n, _ in named(text)] == [name]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Heritage Minister Pascale Thibodeau’s office said it disagreed. The minister "
            "believes the law is fair, her press secretary, Camille Gagnon, added.",
            "press secretary of Pascale Thibodeau",
        ),
        (
            "Senator Dana Gill's office said it would vote no. The senator believes the bill "
            "is flawed, her aide, Tom Ruiz, added.",
            "aide of Dana Gill",
        ),
    ],
)
def test_a_titled_name_before_a_possessive_is_whole(text: str, role: str):
    speakers, _ = find_statements(text)
    assert role in [s.role for s in speakers]


def test_a_titled_name_is_not_cut_inside_a_word():
    text = "Minister Ann O’Brien said it was fair. The minister added that it would pass."
    assert [n for _, n, _ in named(text)] == ["Ann O’Brien", "Ann O’Brien"]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "The committee voted to summon Bell chief executive Mirko Bibic, who said he was busy.",
            "Bell chief executive",
        ),
        (
            "The panel decided to invite Telus president Darren Entwistle, who said he would "
            "attend.",
            "Telus president",
        ),
        (
            "The committee voted to summon former minister Ann Lee, who said she was busy.",
            "former minister",
        ),
        # Near misses: a modifier after "to", a noun modifying the role.
        (
            "She spoke to Bell chief executive Mirko Bibic, who said he was busy.",
            "Bell chief executive",
        ),
        ("She wrote to board chair Ann Lee, who said she would help.", "board chair"),
        # Two nouns before the role: the first modifies the second, no verb.
        (
            "She wrote to school board trustee Ann Lee, who said she would help.",
            "school board trustee",
        ),
        (
            "She spoke to county health officer Ann Lee, who said cases rose.",
            "county health officer",
        ),
        ("She wrote to farm lobby head Ann Lee, who said she would help.", "farm lobby head"),
    ],
)
def test_an_infinitives_verb_before_a_named_role_is_no_part_of_it(text: str, role: str):
    speakers, _ = find_statements(text)
    assert [s.role for s in speakers if s.kind == "person" and " " in s.name] == [role]


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        (
            "telecom-crtc-streaming-hearing.txt",
            [
                ("We are not asking for special treatment", "Marguerite Lindqvist", "person"),
                (
                    "large online streaming services",
                    "The Canadian Radio-television and Telecommunications Commission",
                    "organization",
                ),
                ("whether the studios would commit", "Danielle Ouimet", "person"),
                ("The minister believes the law", "Camille Gagnon", "person"),
                ("the rules were “discriminatory”", "Spotify", "organization"),
                ("it already pays tens of millions", "Spotify", "organization"),
                ("the money was badly needed", "Reynold Achebe", "person"),
                ("the contributions could amount", "Kwame Asante", "person"),
            ],
        ),
        (
            "telecom-outage-committee.txt",
            [
                ("I want to be very clear", "Theresa Okonkwo", "person"),
                ("Five days of credit", "Gavin Threlkeld", "person"),
                ("People were sitting in the dark", "Lorraine Desjarlais", "person"),
                ("Right now, the only penalty", "Ines Paquette", "person"),
                ("We expect some customers to leave", "Tobias Reinholt", "person"),
                ("My job is to fix this", "Theresa Okonkwo", "person"),
            ],
        ),
        (
            "telecom-fcc-broadband-vote.txt",
            [
                ("For too long, families", "Adaeze Whitford", "person"),
                ("The agency is setting rates", "Nathan Brody", "person"),
                ('there were "no plans"', "Adaeze Whitford", "person"),
                ("the commission would keep watching", "Adaeze Whitford", "person"),
                ("If we see companies", "Adaeze Whitford", "person"),
                ("Our members are not getting rich", "Shirley Adeyemi", "person"),
            ],
        ),
    ],
)
def test_the_invented_telecom_articles_keep_their_speakers(
    article: str, expected: list[tuple[str, str, str]]
):
    assert missing_speakers(article, expected) == []
