"""Crime and court news, on invented sentences: police statements, trials, inquests and
appeals, and who said each thing."""

import pytest

from tui.core.model import Speaker, Statement
from tui.core.statements import find_statements


def read(text: str) -> list[tuple[Statement, Speaker | None]]:
    speakers, statements = find_statements(text)
    by_id = {s.id: s for s in speakers}
    return [(st, by_id.get(st.speaker or "")) for st in statements]


def content(text: str, st: Statement) -> str:
    return text[st.span[0] : st.span[1]]


@pytest.mark.parametrize(
    ("text", "source", "said"),
    [
        # The description and name after "according to X," are the clause's subject when a
        # verb follows them with no subject of its own: X stays the source.
        (
            "According to the audit, the head of the depot, Mara Selby, had kept the faulty "
            "buses in service.",
            "the audit",
            "the head of the depot, Mara Selby, had kept the faulty buses in service",
        ),
        (
            "According to court papers, the landlord, Piet Varga, was sued twice last year.",
            "court papers",
            "the landlord, Piet Varga, was sued twice last year",
        ),
    ],
)
def test_a_subject_with_its_name_after_according_to_is_content(text, source, said):
    ((st, speaker),) = read(text)
    assert speaker is not None
    assert speaker.name == source
    assert content(text, st) == said


def test_a_source_named_in_apposition_after_according_to_still_speaks():
    text = "According to a spokesman for the port, Ivo Lund, the ferry will sail at noon."
    ((st, speaker),) = read(text)
    assert speaker is not None and speaker.name == "Ivo Lund"
    assert content(text, st) == "the ferry will sail at noon"


@pytest.mark.parametrize(
    "text",
    [
        "The owner, Sam Poole, told the Harbour Evening Post that the shop would reopen.",
        "Sam Poole told the Kell Valley Gazette the shop would reopen.",
    ],
)
def test_a_newspaper_of_several_words_is_who_was_told(text):
    ((st, speaker),) = read(text)
    assert speaker is not None and speaker.name == "Sam Poole"
    assert content(text, st) == "the shop would reopen"


@pytest.mark.parametrize(
    "text",
    [
        "Neighbours said they heard a bang at 3 a.m. One of them, Ada Kell, called the police.",
        "Neighbours said they heard a bang at 3 a.m. A patrol car came within minutes.",
        "Neighbours said they heard a bang near Orbis Ltd. Several windows were broken.",
    ],
)
def test_a_determiner_after_a_final_abbreviation_opens_a_sentence(text):
    st, _ = read(text)[0]
    assert content(text, st).startswith("they heard a bang")
    assert text[st.span[1] - 1] == "."


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "The coroner ruled that failures in care caused the death.",
            "failures in care caused the death",
        ),
        ("The tribunal ruled that fees for appeals were void.", "fees for appeals were void"),
    ],
)
def test_that_before_a_plural_noun_opens_a_clause(text, said):
    # A plural noun takes "those", not "that": "ruled that failures in ..." opens a clause.
    ((st, _),) = read(text)
    assert content(text, st) == said


def test_that_before_a_singular_noun_is_still_a_demonstrative():
    text = "The board opposed that ruling on Monday."
    ((st, _),) = read(text)
    assert content(text, st) == "that ruling on Monday"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Coroner Ada Pike said the fire was an accident.", "Ada Pike", "Coroner"),
        ("Sheriff Tom Ladd said the road was closed.", "Tom Ladd", "Sheriff"),
        ("Magistrate Ivy Chen said the case would resume.", "Ivy Chen", "Magistrate"),
        ("Detective Rosa Quint said the van was stolen.", "Rosa Quint", "Detective"),
        ("Juror Bo Kim said the trial was long.", "Bo Kim", "Juror"),
    ],
)
def test_a_court_or_police_office_before_a_name_is_a_role(text, name, role):
    ((_, speaker),) = read(text)
    assert speaker is not None
    assert (speaker.name, speaker.kind, speaker.role) == (name, "person", role)


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("The family said they were relieved by the ruling.", "family"),
        ("The defence argued the search was unlawful.", "defence"),
        ("The prosecution argued the search was lawful.", "prosecution"),
        ("The jury told the judge it could not agree on a verdict.", "jury"),
    ],
)
def test_a_collective_of_people_is_a_group(text, head):
    # Singular in form, a body of people in sense: not one person.
    ((_, speaker),) = read(text)
    assert speaker is not None
    assert speaker.name.lower().endswith(head)
    assert speaker.kind == "group"


@pytest.mark.parametrize(
    "text",
    [
        "Ivo Brandt pleaded not guilty to three counts of theft in May.",
        "The driver pleaded guilty to a charge of careless driving.",
        "Both men pleaded no contest on Friday.",
    ],
)
def test_a_plea_in_court_is_no_statement(text):
    # "pleaded guilty" enters a plea; it reports no words to check.
    assert read(text) == []


def test_pleading_for_something_with_a_clause_is_still_speech():
    text = "Ivo Brandt pleaded with the judge that he had been at home."
    ((st, _),) = read(text)
    assert content(text, st) == "he had been at home"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The chief inspector of prisons, Ivo Marsh, said the cells were cold.",
            "Ivo Marsh",
            "chief inspector of prisons",
        ),
        (
            "The head of security, Mara Selby, said the gate was shut.",
            "Mara Selby",
            "head of security",
        ),
    ],
)
def test_a_role_with_a_bare_complement_before_a_name_is_the_role(text, name, role):
    ((_, speaker),) = read(text)
    assert speaker is not None
    assert (speaker.name, speaker.role) == (name, role)


def test_a_role_and_name_before_a_verb_with_an_object_only_are_no_inverted_attribution():
    # "X, Name, warned the board." says nothing reported; "the board" is no speaker.
    assert read("The chief inspector of prisons, Ivo Marsh, warned the board.") == []


@pytest.mark.parametrize(
    "text",
    [
        "An inquest found that the fire had been an accident.",
        "The affidavit says that the van was seen near the depot.",
        "The judgment said the landlord had broken the lease.",
        "A deposition shows the driver was tired.",
    ],
)
def test_court_papers_and_proceedings_are_documents(text):
    ((_, speaker),) = read(text)
    assert speaker is not None and speaker.kind == "document"


@pytest.mark.parametrize(
    "text",
    [
        "The Oduya family said in a statement that the ruling was fair. "
        '"We can grieve at last," the statement said.',
        "In a statement, the Oduya family said the ruling was fair. "
        '"We can grieve at last," the statement said.',
    ],
)
def test_the_statement_someone_gave_is_theirs(text):
    # "the statement" after "X said in a statement" is X's statement: X speaks through it.
    (_, first), (_, second) = read(text)
    assert first is not None and second is not None
    assert second.id == first.id


def test_the_statement_of_an_earlier_document_stays_that_document():
    text = (
        "According to a police statement, the van was stolen. "
        "Officers found it near the river, the statement said."
    )
    (_, first), (_, second) = read(text)
    assert first is not None and second is not None
    assert (first.kind, second.id) == ("document", first.id)


@pytest.mark.parametrize(
    "text",
    [
        "Ivo Brandt testified for two hours on Tuesday.",
        "The detective testified for nearly 40 minutes.",
        "Ada Pike commented for an hour.",
    ],
)
def test_a_speech_verb_with_only_how_long_after_it_reports_nothing(text):
    assert read(text) == []


def test_how_long_before_a_clause_leaves_the_clause():
    text = "Ivo Brandt testified for two hours that he had been at home."
    ((st, _),) = read(text)
    assert content(text, st) == "he had been at home"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("His attorney said the search was unlawful.", "attorney"),
        ("Her lawyer told the court the search was unlawful.", "lawyer"),
        ("Their landlord said the rent was paid.", "landlord"),
    ],
)
def test_a_possessive_pronoun_is_no_part_of_a_role(text, role):
    ((_, speaker),) = read(text)
    assert speaker is not None and speaker.role == role


@pytest.mark.parametrize(
    "text",
    [
        "Ivo Brandt was found guilty of theft.",
        "Both men were found not guilty of arson on Friday.",
        "The landlord was found liable for the damage.",
    ],
)
def test_a_verdict_in_the_passive_with_no_source_is_no_statement(text):
    # Nobody named found it; the defendant, the subject, said nothing.
    assert read(text) == []
