"""Protest and demonstration news as an analyst reads it: constructions found by trying
whosaid on invented stories of a march against a pension overhaul, a climate blockade of a
bridge and a tenants' rally at city hall (in tests/data/speakers/protest-*.txt), each tested
here on other invented sentences. Chants are the statements of the crowd that chants them;
a sign's words are its carriers' (a document's when no one carries it); several chants or
signs listed in one clause are one statement with a part each."""

import pytest
from extraction_helpers import ARTICLES, attributed, missing_speakers, named

from tui.core.extract import extract
from tui.core.model import Article


def _parts(text: str) -> list[tuple[list[str], str | None]]:
    """(the parts, or the whole content when one piece; speaker's name) of each statement."""
    found = extract(Article(id="x", text=text))
    names = {s.id: s.name for s in found.speakers}
    return [
        (
            [text[a:b] for a, b in s.parts] or [text[s.span[0] : s.span[1]]],
            names.get(s.speaker or ""),
        )
        for s in found.statements
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Marchers chanted “Save our wards” and “Hands off the NHS,” and many waved flags.",
            (["Save our wards", "Hands off the NHS"], "Marchers"),
        ),
        (
            "Students chanted “Whose campus? Our campus!” and “Fees must fall.”",
            (["Whose campus? Our campus!", "Fees must fall"], "Students"),
        ),
        (
            'Farmers shouted "No deal!", "Shame!" and "Resign!" as the minister left.',
            (["No deal!", "Shame!", "Resign!"], "Farmers"),
        ),
        (
            "Their banners read “Clean air now” and “Trucks out of Dunmore.”",
            (["Clean air now", "Trucks out of Dunmore"], "Their banners"),
        ),
        (
            "Nurses carried placards reading “Safe staffing” and “Pay us fairly.”",
            (["Safe staffing", "Pay us fairly"], "Nurses"),
        ),
    ],
)
def test_listed_chants_or_signs_are_one_statement_a_part_each(
    text: str, expected: tuple[list[str], str]
) -> None:
    """ "chanted “A” and “B,” and many waved flags": each quoted chant a part, the statement
    ending with the last one, not running on into the narrator's next clause."""
    assert _parts(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # one chant, then a circumstance: as before
            "Marchers chanted “Save our wards” as they passed the hospital.",
            [(["Save our wards"], "Marchers")],
        ),
        (  # quoted words inside reported speech are no list of utterances
            "Ruth Adeyemi said the plan was “reckless” and “unfair.”",
            [(["the plan was “reckless” and “unfair"], "Ruth Adeyemi")],
        ),
    ],
)
def test_a_single_chant_or_quoted_words_in_a_clause_stay_as_they_were(
    text: str, expected: list[tuple[list[str], str]]
) -> None:
    assert _parts(text) == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The strikers held banners reading “Pay us what we are worth.”",
            ("The strikers", "group"),
        ),
        ("Its members carried placards that read “Our generation pays.”", ("Its members", "group")),
        ("Marchers held signs saying “Let us work.”", ("Marchers", "group")),
        ("They held up handwritten signs saying “Let us work.”", ("They", "group")),
        (
            "Tomas Brezina carried a banner that said “Grandparents for the young.”",
            ("Tomas Brezina", "person"),
        ),
        (
            "On Friday, Ines Okoro held a sign that read “Books not bombs.”",
            ("Ines Okoro", "person"),
        ),
        (
            "His wife, Hana Brezina, held a sign that read “Grandparents for the young.”",
            ("Hana Brezina", "person"),
        ),
    ],
)
def test_a_signs_words_are_its_carriers(text: str, speaker: tuple[str, str]) -> None:
    """A sign carried, held (up) or waved is its carriers' words: after an article ("The
    strikers held banners"), with "said" or "saying" for "read", after an opening phrase or
    with an appositive before the carrier."""
    [(_, who, _)] = attributed(text)
    assert who is not None and (who.name, who.kind) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The faded banner read “Welcome home, lads.”", "The faded banner"),
        ("The posted notice read “No entry after dark.”", "The posted notice"),
        ("Shoppers saw a sign that said “Closed for good.”", "a sign"),
    ],
)
def test_a_sign_no_one_in_the_clause_carries_is_still_its_own(text: str, speaker: str) -> None:
    [(_, who, _)] = attributed(text)
    assert who is not None and (who.name, who.kind) == (speaker, "document")


def test_a_sign_no_one_carries_after_an_opening_phrase_is_nobodys() -> None:
    assert attributed("Outside, shoppers saw a sign that read “Closed for good.”") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Counter-protesters said the road should reopen.", "Counter-protesters"),
        ("Co-founders said the firm would stay in Leeds.", "Co-founders"),
    ],
)
def test_a_hyphenated_plural_of_people_is_a_group(text: str, name: str) -> None:
    [(_, who, _)] = attributed(text)
    assert who is not None and (who.name, who.kind) == (name, "group")


_LAST_SPOKE = "Last Tide said its members had opened a lane.\n\n"


@pytest.mark.parametrize(
    ("opening", "name"),
    [
        (
            "About two dozen counter-protesters, some carrying flags, gathered at the end.",
            "About two dozen counter-protesters",
        ),
        ("About two dozen drivers gathered at the southern end.", "About two dozen drivers"),
        ("A dozen nurses walked out.", "A dozen nurses"),
        ("Counter-protesters gathered at the southern end.", "Counter-protesters"),
    ],
)
def test_they_after_a_counted_plural_of_people_opening_a_sentence_is_them(
    opening: str, name: str
) -> None:
    """ "About two dozen counter-protesters gathered ... They shouted “...”": the people the
    sentence before opens with, counted, not the group that spoke last."""
    text = f'{_LAST_SPOKE}{opening} They shouted "Get a job!" at the activists.'
    assert named(text)[-1][:2] == ("Get a job!", name)


@pytest.mark.parametrize(
    "opening",
    ["Two dozen buses were parked outside.", "Two dozen officers were injured."],
)
def test_they_after_counted_things_or_a_passive_is_still_the_last_speaker(opening: str) -> None:
    text = f'{_LAST_SPOKE}{opening} They shouted "Get a job!" at the activists.'
    assert named(text)[-1][:2] == ("Get a job!", "Last Tide")


def test_they_joined_to_a_sign_carry_it_too() -> None:
    """ "They shouted “...” and held up signs saying “...”": the signs' words are theirs."""
    text = (
        f"{_LAST_SPOKE}Counter-protesters gathered at the end. They shouted "
        '"Get a job!" at the activists and held up handwritten signs saying "Let us work."'
    )
    assert [n for _, n, _ in named(text)][-2:] == ["Counter-protesters"] * 2


@pytest.mark.parametrize(
    "text",
    [
        "The federation, which called the march together with four unions, said turnout was high.",
        "The union called the march in protest at the cuts.",
        "The Greens called a rally outside parliament for Sunday.",
        "Students called a walkout for Friday.",
    ],
)
def test_calling_a_march_or_rally_convenes_it_and_says_nothing(text: str) -> None:
    assert [c for c, _, cue in named(text) if cue == "called"] == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Lee called the march illegal.", "the march illegal"),
        ("Lee called the rally a success.", "the rally a success"),
    ],
)
def test_calling_a_march_something_still_judges_it(text: str, content: str) -> None:
    assert named(text) == [(content, "Lee", "called")]


@pytest.mark.parametrize(
    "text",
    [
        'Farmers blocked the road until noon, holding a banner that read "No farms, no food."',
        "Nurses lined the steps shortly after dawn, waving placards that read “Safe staffing.”",
    ],
)
def test_a_participle_carrying_a_sign_after_a_time_phrase_is_the_subjects(text: str) -> None:
    """ "..., shortly after dawn, holding a banner that read": "after dawn" opens no clause of
    its own whose subject would carry the banner."""
    [(_, name, _)] = named(text)
    assert name in ("Farmers", "Nurses")


def test_a_sign_carried_inside_a_subordinate_clause_is_still_its_subjects() -> None:
    text = "The mayor spoke after the vote, while pupils outside waved signs reading “Save it.”"
    assert [n for _, n, _ in named(text)] == ["pupils"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A police spokesperson put the figure at “several hundred.”", "A police spokesperson"),
        ("She put the phone down at “nine sharp.”", None),  # a thing placed, no estimate
        ("Organisers put the crowd at “about 50,000.”", "Organisers"),
    ],
)
def test_a_quoted_estimate_after_put_at_is_an_estimate(text: str, speaker: str | None) -> None:
    assert [n for _, n, _ in named(text)] == ([speaker] if speaker else [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Its members held banners reading “Our generation pays” and argued that the young "
            "would pay.",
            [("Our generation pays", "Its members"), ("the young would pay", "Its members")],
        ),
        (
            "Marchers carried placards that read “Too late” as they passed the ministry.",
            [("Too late", "Marchers")],
        ),
    ],
)
def test_a_sign_in_a_sentence_that_goes_on_is_still_its_carriers(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(c, n) for c, n, _ in named(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        'The student who held the banner read "Justice now" aloud.',  # the student reads it
        "Shoppers saw a sign reading “Closed” and walked on.",  # seen, not carried
        "Outside the gates, a sign reading “Closed” hung over the door.",  # no one "Outside"
    ],
)
def test_a_sign_read_aloud_or_seen_is_no_carriers(text: str) -> None:
    assert named(text) == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "protest-pension-march.txt",
            [
                ("Not one day more", "Protesters", "group"),
                ("67 is too late", "placards", "document"),
                ("This is the biggest turnout", "Ilona Marek", "person"),
                ("officers made 14 arrests", "Metropolitan Police", "organization"),
                ("Three officers suffered minor injuries", "the force", "organization"),
                ("My mum cannot lift patients", "Maya", "person"),
                ("Grandparents for the young", "Hana Brezina", "person"),
                ("the couple worried less", "Hana Brezina", "person"),
                ("We have listened", "Pavel Kostka", "person"),
                ("the march had been", "Federation of Public Workers", "organization"),
            ],
        ),
        (
            "protest-bridge-blockade.txt",
            [
                ("We are not doing this", "Sunita Raghavan", "person"),
                ("No new oil, no more lies", "Protesters", "group"),
                ("Whose future? Our future!", "Others", "group"),
                ("Of the 31 people arrested", "the force", "organization"),
                ("Peaceful protest is a right", "Marcus Webb", "person"),
                ("I've got a job to get to", "Connor", "person"),
                ("Get a job!", "About two dozen counter-protesters", "group"),
                ("Let us work", "About two dozen counter-protesters", "group"),
                ("I have grandchildren", "Margaret Ellison", "person"),
            ],
        ),
        (
            "protest-tenants-rally.txt",
            [
                ("more than 1,500 people attended", "Brookfield Tenants Union", "organization"),
                ("the figure at", "A police spokesperson", "person"),
                ("Rent is too damn high", "Protesters", "group"),
                ("My rent went up", "Rosa Delgado", "person"),
                ("They are counting on us", "Kwame Asante", "person"),
                ("Small landlords are not the enemy", "Their signs", "document"),
                ("Most of us own one or two buildings", "Dennis Moretti", "person"),
                ("Carefully means no", "one woman", "person"),
                ("I kept thinking", "Darnell", "person"),
            ],
        ),
    ],
)
def test_the_protest_articles_key_statements(
    name: str, expected: list[tuple[str, str, str]]
) -> None:
    assert missing_speakers(name, expected) == []


def test_the_pension_march_has_no_statement_of_calling_the_march() -> None:
    text = (ARTICLES / "protest-pension-march.txt").read_text(encoding="utf-8")
    assert not any(c.startswith("the march together") for c, _, _ in named(text))


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Ada Whitfield, who has not taken a public position on the cap, left early.",
        "The premier has taken no position on the strike.",
        "The bishop has yet to take a stance on the march.",
        "The party left office without taking a position on the treaty.",
    ],
)
def test_a_position_not_taken_is_no_stance(text: str) -> None:
    assert named(text) == []


def test_a_position_taken_is_still_a_stance() -> None:
    assert named("The mayor has taken a firm position on the cap.") == [
        ("the cap", "The mayor", "position on")
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A statement read through a megaphone by one of the organisers demanded that the "
            "licences be cancelled.",
            "one of the organisers",
        ),
        (
            "A letter read out by two of the stewards warned that the square was full.",
            "two of the stewards",
        ),
    ],
)
def test_the_agent_of_a_statement_read_by_one_of_a_group_keeps_the_partitive(
    text: str, name: str
) -> None:
    [(_, who, _)] = named(text)
    assert who == name


def test_the_agent_without_a_partitive_stays_the_group() -> None:
    text = "A statement read by the nurses demanded that the ward stay open."
    assert [n for _, n, _ in named(text)] == ["the nurses"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A group of nurses held signs reading “Safe staffing now.”", "A group of nurses"),
        ("A group of nurses held a vigil, saying the ward was unsafe.", "A group of nurses"),
        (
            "A group of farmers sat outside the ministry, saying prices were too low.",
            "A group of farmers",
        ),
    ],
)
def test_a_group_of_people_before_an_irregular_past_is_the_whole_subject(
    text: str, name: str
) -> None:
    """ "A group of nurses *held* ...": the "of" phrase runs to a past not in "-ed" as to
    one in "-ed" ("A group of nurses marched"), not "A group" alone."""
    [(_, who, _)] = named(text)
    assert who == name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“No justice, no peace,” read one sign.", [("No justice, no peace", "one sign")]),
        (
            "“Closed until further notice,” reads the notice on the door.",
            [("Closed until further notice", "the notice")],
        ),
        ("“Hands off our homes,” one banner read.", [("Hands off our homes", "one banner")]),
    ],
)
def test_a_quotation_before_an_inverted_verb_of_wording_is_the_documents(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(c, n) for c, n, _ in named(text)] == expected


@pytest.mark.parametrize(
    "text",
    ["“Hamlet,” read Ana Lee.", "She picked up “Hamlet” and read the last act aloud."],
)
def test_a_title_read_by_a_person_is_no_wording(text: str) -> None:
    assert named(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chanting “Shame on you,” the marchers moved toward the embassy.",
            [("Shame on you", "the marchers", "Chanting")],
        ),
        (
            "Shouting “Resign now!”, students surrounded the dean's car.",
            [("Resign now!", "students", "Shouting")],
        ),
        (
            "Saying the levy was unfair, farmers walked out of the hall.",
            [("the levy was unfair", "farmers", "Saying")],
        ),
    ],
)
def test_an_opening_participle_of_speech_is_its_plural_subjects(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    """ "Chanting “...,” the marchers moved": a manner-of-speaking participle may open the
    sentence before its quotation, and a bare plural of people after the comma is its
    subject (as a name is: "Saying ..., Ana Lee walked out")."""
    assert named(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Singing in the rain, the children walked home.",
        "Chanting loudly, the fans left the stadium.",
        "Saying goodbye, the buses left the depot.",
    ],
)
def test_an_opening_participle_with_no_words_or_no_people_says_nothing(text: str) -> None:
    assert named(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Organisers said 50,000 people took part, a figure police disputed.",
        "Organisers said 50,000 people took part, a figure staff had questioned.",
    ],
)
def test_a_figure_disputed_by_police_ends_the_organisers_count(text: str) -> None:
    """ "said X, a figure police disputed": the narrator's apposition, its source a plural
    with no -s ("police", "staff"), is no part of the organisers' words."""
    assert named(text)[0][:2] == ("50,000 people took part", "Organisers")


def test_a_view_shared_with_no_source_stays_as_it_was() -> None:
    text = "Officials said the march was peaceful, a view widely shared."
    assert named(text) == [("the march was peaceful, a view widely shared", "Officials", "said")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dozens of nurses held signs reading “Safe staffing now.”", "Dozens of nurses"),
        ("Hundreds of farmers waved banners that read “No farms, no food.”", "Hundreds of farmers"),
    ],
)
def test_a_counted_crowd_carrying_signs_is_their_speaker(text: str, name: str) -> None:
    assert [n for _, n, _ in named(text)] == [name]


def test_counted_things_carrying_signs_are_no_speaker() -> None:
    assert named("Dozens of trucks carried banners reading “Go team.”") == []


@pytest.mark.parametrize(
    "text",
    [
        "Demonstrators, many wearing red, said the plan was unfair.",
        "Farmers, some carrying pitchforks, said the plan was unfair.",
        "Several hundred marchers, most of them students, said the plan was unfair.",
    ],
)
def test_an_appositive_of_some_of_the_group_is_no_role(text: str) -> None:
    [(_, who, _)] = attributed(text)
    assert who is not None and who.kind == "group" and who.role is None


def test_one_of_a_group_in_apposition_is_still_a_role() -> None:
    [(_, who, _)] = attributed("Tom Reyes, one of the organisers, said the plan was unfair.")
    assert who is not None and who.role == "one of the organisers"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Protest organisers Fair Pay Now said the turnout was a record.",
            ("Fair Pay Now", "organization", "Protest organisers"),
        ),
        (  # near-misses: a person's name, or two names joined
            "Protest organiser Ana Lee said the turnout was a record.",
            ("Ana Lee", "person", "Protest organiser"),
        ),
        (
            "Activists Ana Lee and Tom Reyes said the turnout was a record.",
            ("Ana Lee and Tom Reyes", "group", "Activists"),
        ),
    ],
)
def test_a_plural_role_before_one_name_tells_a_body(
    text: str, expected: tuple[str, str, str]
) -> None:
    [(_, who, _)] = attributed(text)
    assert who is not None and (who.name, who.kind, who.role) == expected
