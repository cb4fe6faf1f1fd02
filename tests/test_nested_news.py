"""Nested and layered attributions as an analyst checking a claim reads them: a newspaper
story built on a lawsuit, a follow-up of another outlet's scoop and a wire rewrite of TV
interviews (invented, in tests/data/speakers/), each construction tested here on other
invented sentences and near-misses."""

import pytest
from extraction_helpers import missing_speakers, named, speakers_by_opening

# A medium or a document that relays someone's saying keeps its report of all of it, and the
# one who said it speaks the words inside: "According to the suit, Vance told the board the
# pumps were worn" is Vance's claim as the suit tells it.
RELAYED = [
    (
        "According to the indictment, Marco Bellweather told investors that the fund was insured.",
        "the indictment",
        "the fund was insured",
        "Marco Bellweather",
    ),
    (
        "The Tribune reported that Councillor Ada Fenn admitted she had never read the contract.",
        "The Tribune",
        "she had never read the contract",
        "Ada Fenn",
    ),
    (
        "As the Brantford Examiner first reported, spokeswoman Lia Corro said the clinic would"
        " close.",
        "the Brantford Examiner",
        "the clinic would close",
        "Lia Corro",
    ),
    (
        "According to a court transcript, the foreman told the jury that the crane had been"
        " inspected.",
        "a court transcript",
        "the crane had been inspected",
        "the foreman",
    ),
    (
        "The memo says the treasurer told the staff that the accounts were balanced.",
        "The memo",
        "the accounts were balanced",
        "the treasurer",
    ),
    # after the words: a document relays them as an outlet does
    (
        "Nadia Pell said the roof had leaked for years, according to the complaint.",
        "the complaint",
        "the roof had leaked for years",
        "Nadia Pell",
    ),
    (
        "The pilot said the radar had failed, according to a transcript.",
        "a transcript",
        "the radar had failed",
        "The pilot",
    ),
    (
        "The contractor told inspectors the beams were sound, according to court records.",
        "court records",
        "the beams were sound",
        "The contractor",
    ),
]


@pytest.mark.parametrize(("text", "relayer", "content", "speaker"), RELAYED)
def test_a_saying_a_medium_or_a_document_relays_is_its_speakers(
    text: str, relayer: str, content: str, speaker: str
):
    found = named(text)
    assert (content, speaker) in [(c, s) for c, s, _ in found]
    assert relayer in [s for _, s, _ in found]  # where it was told, still its report


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a person's or a body's report of another's saying is theirs to answer for
        ("Police said the driver told them he had swerved to miss a deer.", "Police"),
        ("Officials said the pilot told the tower the gear was stuck.", "Officials"),
        # research finds what its respondents said
        ("A survey found 60 percent of tenants said rents were too high.", "A survey"),
        # a pronoun after a document is its own authors
        ("The statement noted they had said the talks would resume.", "The statement"),
        # an order relayed is the document's report, no claim of the one who gave it
        ("According to the memo, the treasurer told clerks to shred the files.", "the memo"),
        # no saying inside the document's words
        ("According to the lawsuit, the pumps failed twice.", "the lawsuit"),
        ("The lawsuit alleges that the company ignored the warnings.", "The lawsuit"),
        # "as" of expectation is no source, "as" of a person's saying is theirs
        ("As expected, the mayor said the budget was balanced.", "the mayor"),
        ("As the minister said, the plan failed.", "the minister"),
    ],
)
def test_near_misses_keep_one_statement_and_its_speaker(text: str, speaker: str):
    assert [s for _, s, _ in named(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Strand told the depot's night manager in March that the vents were blocked.",
            "the vents were blocked",
        ),
        (
            "The firm told provincial inspectors in April that the tank had been drained.",
            "the tank had been drained",
        ),
        (
            "Okafor told senior managers on Monday that six buses were unsafe.",
            "six buses were unsafe",
        ),
        ("Okafor told the transit board last week that fares would rise.", "fares would rise"),
    ],
)
def test_a_listener_with_its_modifiers_and_a_time_before_that_is_skipped(text: str, content: str):
    assert [c for c, _, _ in named(text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # no "that" after the time: the plural is the content's subject
        (
            "Okafor warned aid workers in March would be the worst month.",
            "aid workers in March would be the worst month",
        ),
        (
            "Dunmore warned grain farmers in July could be dry.",
            "grain farmers in July could be dry",
        ),
    ],
)
def test_a_time_without_that_after_it_keeps_the_content(text: str, content: str):
    assert [c for c, _, _ in named(text)] == [content]


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        # a document and how it came out, after "according to": the document's alone
        (
            "The depot was never inspected, according to emails first reported by the Courier.",
            "emails",
            "The depot was never inspected",
        ),
        (
            "The plan was shelved, according to records obtained by the Tribune.",
            "records",
            "The plan was shelved",
        ),
        # before its content, the participle's clause is no content
        (
            "According to emails first reported by the Courier, the depot was never inspected.",
            "emails",
            "the depot was never inspected",
        ),
        (
            "According to memos leaked to the Sentinel, the mine had flooded twice.",
            "memos",
            "the mine had flooded twice",
        ),
    ],
)
def test_a_documents_participle_and_agent_is_how_it_came_out_no_statement(
    text: str, source: str, content: str
):
    assert [(c, s) for c, s, _ in named(text)] == [(content, source)]


def test_a_reports_own_verb_with_by_stays_a_statement():
    # near-miss: a reporter of a claim, passive with its agent, no document before it
    assert [s for _, s, _ in named("The mill will close, it was reported by the Courier.")] != []


@pytest.mark.parametrize(
    "text",
    [
        "The depot will close in June, Hart said, citing the union.",
        "The depot will close in June, Hart said, citing a letter from the owners.",
        "Fares will rise, the Courier reported, citing the transit agency.",
        "The Courier, citing a court filing, reported that Dorn would sell the mill.",
        "Hart said the depot would close, citing a statement from the ministry.",
    ],
)
def test_a_body_an_outlet_or_a_paper_cited_is_a_source_no_statement(text: str):
    assert [cue for _, _, cue in named(text)] in (["said"], ["reported"])


def test_a_reason_cited_still_says_something():
    # near-miss: a reason given is the citer's claim, as before
    found = named("The depot will close, Hart said, citing rising costs.")
    assert ("rising costs", "citing") in [(c, cue) for c, _, cue in found]


# Each invented article: its key statements (content's opening, speaker, kind), the sayings
# the suit, the scoop or a transcript relays among them, and what is no statement.
ARTICLE_FLOORS = {
    "nested-lawsuit.txt": [
        ("supervisors ignored at least six", "Caleb Strand", "person"),
        ("workers on the packing floor", "Caleb Strand", "person"),
        ("the line had been repaired", "Dorrance Foods", "organization"),
        ("Strand told the plant", "the lawsuit", "document"),
        ("her client had done exactly", "Priya Dendal", "person"),
        ("Reprisals are the quiet part", "Owen Tarrik", "person"),
        ("she had asked the company", "Helen Vost", "person"),
    ],
    "nested-scoop.txt": [
        ("14 of the agency", "a maintenance supervisor", "person"),
        ("a maintenance supervisor told", "the Eastern Ledger", "media"),
        ("the fleet was in good condition", "the agency's head of operations", "person"),
        ("she had raised the problem", "Anita Moreau", "person"),
        ("her manager had asked her", "Anita Moreau", "person"),
        ("the maintenance backlog", "Mirela Sand", "unknown"),
        ("the derailed car was among", "the Eastern Ledger", "media"),
    ],
    "nested-tv.txt": [
        ("a one-year delay was", "Victor Anand", "person"),
        ("construction would begin", "Velden", "organization"),
        ("the company was talking to three lenders", "Thomas Greer", "person"),
        ('the company was "fully committed"', "Thomas Greer", "person"),
        ("his community had signed", "Martin Oakes", "person"),
        ("the government had misled voters", "Sunita Rhee", "person"),
    ],
}


@pytest.mark.parametrize(("name", "expected"), list(ARTICLE_FLOORS.items()))
def test_each_articles_key_statements_keep_their_speakers(
    name: str, expected: list[tuple[str, str, str]]
):
    assert missing_speakers(name, expected) == []


@pytest.mark.parametrize(
    ("name", "not_contents"),
    [
        # the participle telling how documents came out, and the sources cited
        ("nested-scoop.txt", ["by the Eastern Ledger", "the ongoing review"]),
        # what was not said: a refusal's reason, no answer
        ("nested-lawsuit.txt", ["the litigation", "Aurel did not respond"]),
    ],
)
def test_what_is_no_statement_in_each_article_stays_none(name: str, not_contents: list[str]):
    contents = [c for c, _, _ in speakers_by_opening(name)]
    assert not [c for c in contents if any(c.startswith(n) for n in not_contents)]
