"""Parliamentary debate reports as a new analyst reads them: constructions found by trying
whosaid on invented write-ups of a housing bill's third reading, a session of prime
minister's questions and a Senate committee's hearing (in tests/data/speakers/), each tested
here on other invented sentences."""

import pytest
from extraction_helpers import ARTICLES, attributed, contents, speaker_of, unmet_speakers

from tui.core.statements import find_statements


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Ruiz asked the transport secretary whether the line would reopen.",
            "whether the line would reopen",
        ),
        (
            "Ruiz asked the prime minister whether he would resign.",
            "whether he would resign",
        ),
        (
            "Ruiz asked the chief executive of the trust whether beds had been cut.",
            "whether beds had been cut",
        ),
        ("Ruiz asked the deputy speaker if the vote was valid.", "if the vote was valid"),
        ("Ruiz asked the minister if the ferry would run.", "if the ferry would run"),
        ("Ruiz asked Okafor if the ferry would run.", "if the ferry would run"),
        # near-misses: no addressee to pass
        ("Ruiz asked whether the line would reopen.", "whether the line would reopen"),
        (
            "Ruiz said the transport secretary would decide whether the line reopened.",
            "the transport secretary would decide whether the line reopened",
        ),
    ],
)
def test_the_addressee_of_a_question_is_passed_whole(text: str, content: str):
    assert contents(text) == [content]


def test_a_condition_after_a_cue_that_asks_nothing_is_no_content():
    assert contents("That is what Ruiz said when she resigned.") == []


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Opening the debate, the energy secretary, Rui Daltas, told MPs the grid was full.",
            "Rui Daltas",
            "energy secretary",
        ),
        (
            "Winding up the debate, the minister, Ola Penn, said the plan was costed.",
            "Ola Penn",
            "minister",
        ),
        (
            "Moving the motion, the Green MP, Ada Roe, said the river was dying.",
            "Ada Roe",
            "Green MP",
        ),
        (
            "Closing for the government, the minister, Ola Penn, said the plan was costed.",
            "Ola Penn",
            "minister",
        ),
        # near-miss: a speaker with no appositive after the opening
        ("Opening the debate, Anna Penn said the plan was costed.", "Anna Penn", None),
    ],
)
def test_a_participle_of_debate_business_opening_the_sentence_is_no_speaker(
    text: str, name: str, role: str | None
):
    assert speaker_of(text) == (name, "person", role)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The shadow housing secretary, Lina Okafor, said the sums were wrong.",
            "Lina Okafor",
            "shadow housing secretary",
        ),
        (
            "The shadow housing secretary said the sums were wrong.",
            "The shadow housing secretary",
            "shadow housing secretary",
        ),
        (
            "The interim nursing director said the wards were full.",
            "The interim nursing director",
            "interim nursing director",
        ),
        (
            "The shadow education secretary, Lina Okafor, said the sums were wrong.",
            "Lina Okafor",
            "shadow education secretary",
        ),
    ],
)
def test_a_portfolio_in_ing_after_shadow_or_interim_stays_in_the_role(
    text: str, name: str, role: str
):
    assert speaker_of(text) == (name, "person", role)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Conservative backbencher Iain Dorr said the bill was rushed.",
            "Iain Dorr",
            "Conservative backbencher",
        ),
        (
            "Labour peer Baroness Ruth Kell said the bill was rushed.",
            "Ruth Kell",
            "Labour peer",
        ),
        (
            "The committee's convener, Ruth Kell, said the bill was rushed.",
            "Ruth Kell",
            "committee's convener",
        ),
        (
            "A senior Labour frontbencher said the bill was rushed.",
            "A senior Labour frontbencher",
            "senior Labour frontbencher",
        ),
    ],
)
def test_offices_of_a_parliament_are_roles(text: str, name: str, role: str):
    assert speaker_of(text) == (name, "person", role)


def test_backbenchers_in_the_plural_are_a_group():
    [(_, speaker, _)] = attributed("Rebel backbenchers said the bill was rushed.")
    assert speaker is not None and speaker.kind == "group"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Giving evidence to the committee, the chief constable, Ian Roe, said 40 officers"
            " had quit.",
            "Ian Roe",
            "chief constable",
        ),
        (
            "Opening the debate for the government, the energy secretary, Rui Daltas, said the"
            " grid was full.",
            "Rui Daltas",
            "energy secretary",
        ),
        (
            "Testifying before the panel, the chief constable, Ian Roe, said 40 officers had quit.",
            "Ian Roe",
            "chief constable",
        ),
    ],
)
def test_a_long_opening_participle_of_speaking_with_its_object_is_no_speaker(
    text: str, name: str, role: str
):
    assert speaker_of(text) == (name, "person", role)


@pytest.mark.parametrize(
    "text",
    [
        "Responding to an intervention from Ian Roe, the minister said the fund was safe.",
        "Replying to the debate, the minister said the fund was safe.",
        "Testifying before the panel, the minister said the fund was safe.",
    ],
)
def test_whom_an_opening_participle_answers_is_no_statement(text: str):
    assert contents(text) == ["the fund was safe"]


def test_a_call_opening_the_sentence_stays_a_statement():
    assert contents("Calling for calm, the minister said the fund was safe.") == [
        "for calm",
        "the fund was safe",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The shadow minister heckled twice and was warned by the Speaker.",
        "The member was warned by the chair.",
        "Staff were reminded by the clerk.",
    ],
)
def test_who_was_warned_in_the_passive_is_no_statement(text: str):
    assert contents(text) == []


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        ("She was warned by police that the road was shut.", "the road was shut", "police"),
        ("He was told by doctors that he could die.", "he could die", "doctors"),
        (
            "Staff were assured by the clerk that no jobs would go.",
            "no jobs would go",
            "the clerk",
        ),
    ],
)
def test_what_the_agent_of_a_passive_of_telling_said_follows_it(text: str, content: str, name: str):
    [(said, speaker, _)] = attributed(text)
    assert (said, speaker.name if speaker else None) == (content, name)


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        ("Campers were warned by rangers to leave the valley.", "to leave the valley", "rangers"),
        ("She was told by aides not to run.", "not to run", "aides"),
        ("Tenants were reminded by the landlord to pay on time.", "to pay on time", "the landlord"),
        ("Pupils were informed by teachers of the new timetable.", "the new timetable", "teachers"),
        ("Hikers were warned by rangers about loose rocks.", "loose rocks", "rangers"),
    ],
)
def test_an_infinitive_or_of_phrase_after_the_agent_of_a_passive_of_telling_is_said(
    text: str, content: str, name: str
):
    [(said, speaker, _)] = attributed(text)
    assert (said, speaker.name if speaker else None) == (content, name)


def test_a_tale_told_by_an_outlet_in_the_passive_stays_the_outlets():
    [(said, speaker, _)] = attributed("The tale was told by the Kell Gazette on Monday.")
    assert speaker is not None and speaker.kind == "media"
    assert said.startswith("The tale")


@pytest.mark.parametrize(
    "text",
    [
        "According to figures released by the Treasury, spending on roads rose by 4%.",
        "According to data compiled by the Commons library, spending on roads rose by 4%.",
        "According to the report, spending on roads rose by 4%.",
    ],
)
def test_a_source_described_by_a_participle_ends_at_its_comma(text: str):
    assert contents(text) == ["spending on roads rose by 4%"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The chairman, Sir Colin Farrow, twice called for order. Later he said the member"
            " must withdraw.",
            "Colin Farrow",
        ),
        (
            "Dame Julia Penhale called for order. Later she said the member must withdraw.",
            "Julia Penhale",
        ),
        # near-miss: the honour and a given name alone
        ("Sir Colin called for order. Later he said the member must withdraw.", "Colin"),
    ],
)
def test_a_knight_named_in_a_sentence_of_no_cue_keeps_his_surname(text: str, name: str):
    assert speaker_of(text)[0] == name


@pytest.mark.parametrize(
    "text",
    [
        "The premier told the House of Commons that the levy would stay.",
        "The premier told the House of Representatives the levy would stay.",
        "The governor told the Bank of Ostland that the levy would stay.",
        # near-misses: a body without "of", and "that" straight after
        "The premier told the Senate the levy would stay.",
        "The premier told the House that the levy would stay.",
    ],
)
def test_a_listener_named_with_its_of_is_passed_whole(text: str):
    assert contents(text) == ["the levy would stay"]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ('"That is false," interjected Ruth Kell, the Green MP for Ashby.', "interjected"),
        ('"That is false," retorted the minister.', "retorted"),
        ('"Not this year," answered the minister.', "answered"),
    ],
)
def test_cues_of_the_chamber_come_before_their_speaker(text: str, cue: str):
    [(_, speaker, found)] = attributed(text)
    assert speaker is not None and found == cue


def test_answering_questions_alone_says_nothing():
    assert contents("The minister answered questions for an hour.") == []


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Answering questions in the Lords, the peer said the levy would stay.",
            ["the levy would stay"],
        ),
        ("Answering critics, the peer said the levy would stay.", ["the levy would stay"]),
        # near-miss: what was answered, after "that"
        ("Answering that the levy would stay, the peer sat down.", ["the levy would stay"]),
    ],
)
def test_what_an_opening_answering_answered_is_no_statement(text: str, said: list[str]):
    assert contents(text) == said


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        (
            "parliament-housing-bill.txt",
            {
                ("Margot Ellery", "person", "housing secretary"),
                ("Declan Moss", "person", "shadow housing secretary"),
                ("Ann Vale", "person", "Labour MP for Dunmore"),
                ("Roland Tate", "person", "Speaker"),
                ("Hugh Penrose", "person", "Conservative backbencher"),
                ("Kwame Osei", "person", "minister for local government"),
            },
        ),
        (
            "parliament-pmqs.txt",
            {
                ("Edwin Harrow", "person", "prime minister"),
                ("Clara Benning", "person", None),
                ("Helen Ashby", "person", "Speaker"),
                ("Martin Ordway", "person", "chief executive of NHS England"),
            },
        ),
        (
            "parliament-senate-inquiry.txt",
            {
                ("Jacqui Moran", "person", "Senator"),
                ("Rhys Callander", "person", "defence minister"),
                ("Nora Feeney", "person", "shadow defence minister"),
                ("Australian National Audit Office", "organization", None),
            },
        ),
    ],
)
def test_the_invented_parliament_articles_find_their_speakers_and_kinds(
    article: str, expected: set[tuple[str, str, str | None]]
):
    text = (ARTICLES / article).read_text(encoding="utf-8")
    speakers, statements = find_statements(text)
    assert unmet_speakers(speakers, expected) == []
    assert all(s.name not in {"he", "she", "the debate"} for s in speakers)
    assert not any(
        text[st.span[0] : st.span[1]].startswith(("minister whether", "secretary whether", "to an"))
        for st in statements
    )


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "The Speaker, Sir Colin Farrow, called for order. Later he said the member must go.",
            "Speaker",
        ),
        (
            "The Chancellor, Colin Farrow, stood up. Later he said the member must go.",
            "Chancellor",
        ),
        (
            "The chairman, Colin Farrow, stood up. Later he said the member must go.",
            "chairman",
        ),
        # near-miss: a capitalised name that is no office
        (
            "The Guardian, Colin Farrow and others met. Later he said the member must go.",
            None,
        ),
    ],
)
def test_a_capitalised_office_apposed_where_no_cue_is_the_role(text: str, role: str | None):
    assert speaker_of(text) == ("Colin Farrow", "person", role)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # a paper named by a role noun, where the person wrote or spoke: no role
        ("Writing for the Examiner, Colin Farrow, 61, said the bill was rushed.", None),
        (
            "Talking to the Guardian, Colin Farrow, 61, said the bill was rushed.",
            None,
        ),
        ("In a column in the Advocate, Colin Farrow, 61, said the bill was rushed.", None),
        # near-misses: an office's title after a preposition, or no preposition
        ("In a note to the Speaker, Colin Farrow, 61, said the bill was rushed.", "Speaker"),
        (
            "Ann Vale met the Chancellor, Colin Farrow, at noon. Farrow said the bill was rushed.",
            "Chancellor",
        ),
    ],
)
def test_a_paper_named_by_a_role_noun_before_a_name_is_no_role(text: str, role: str | None):
    _, speaker, _ = attributed(text)[-1]
    assert speaker is not None and (speaker.name, speaker.role) == ("Colin Farrow", role)
