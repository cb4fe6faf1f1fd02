"""Magazine features and Sunday long reads, where an attribution comes late, inverted or
framed: a quotation whose speaker the next sentence names ("That is how Ann Lee sums it
up", "Those were the words of the mayor"), a colon after a frame naming whose view it is
("For Ruth Ames, the answer is simple:"), groups named by a count of their members, and
reduced relatives that are no saying. Constructions found by trying whosaid on invented
features about a town losing its last bank branch, a family farm's succession and a union
organiser (in tests/data/speakers/framing-*.txt), each tested here on other invented
sentences."""

from collections.abc import Iterator

import pytest
from extraction_helpers import named, speakers_by_opening

_OPENING = "Tom Hale runs the bakery on Quay Street.\n\n"  # a speaker to be passed over


def _said(text: str) -> list[tuple[str, str | None]]:
    """(content, speaker's name) of each statement of `text`."""
    return [(content, name) for content, name, _ in named(text)]


# A quotation closing its own sentence, and the next one names whose words they were: "That
# is how Ann Lee sums it up", "Those were the words of the mayor", "Those were Lee's words".


@pytest.mark.parametrize(
    ("frame", "name"),
    [
        ("That is how Marisol Ortega sums it up.", "Marisol Ortega"),
        ("That’s how Keith Barrow, a retired miner, describes it.", "Keith Barrow"),
        ("This is how Leila Haddad put it to the committee.", "Leila Haddad"),
        ("Those were the words of the bishop, Peter Lomax, on Sunday.", "Peter Lomax"),
        ("Those were Gareth Pryce’s words as the ferry left.", "Gareth Pryce"),
        ("That is Yusuf Demir’s first rule of selling.", "Yusuf Demir"),
        ("That was Ines Holm’s creed.", "Ines Holm"),
    ],
)
def test_the_sentence_after_a_quotation_names_its_speaker(frame: str, name: str):
    text = f"{_OPENING}“Nobody asked us what we wanted.” {frame}"
    assert [n for _, n in _said(text)] == [name]


def test_a_quotation_then_is_how_a_speaker_described_it():
    text = f"{_OPENING}“It was a slow-motion eviction,” is how one resident described the sale."
    assert named(text) == [("It was a slow-motion eviction", "one resident", "described")]


@pytest.mark.parametrize(
    "frame",
    [
        "That is how the campaign began.",  # no verb of wording after the phrase
        "That was the year the mill closed.",
        "Those were the days before the bypass.",
    ],
)
def test_a_sentence_after_a_quotation_that_names_no_speaker_leaves_it_floating(frame: str):
    text = (
        "Tom Hale said the bakery would stay open. “We are not going anywhere, not this year.” "
        f"{frame}"
    )
    assert [name for _, name in _said(text)] == ["Tom Hale", "Tom Hale"]


# A frame before a colon names whose view or answer the quotation after it is.


@pytest.mark.parametrize(
    ("frame", "name"),
    [
        ("For Ruth Ames, the answer is simple:", "Ruth Ames"),
        ("For Councillor Priya Nair, the next step has always seemed obvious:", "Priya Nair"),
        ("For the teachers’ union, the lesson is clear:", "the teachers’ union"),
        ("Ask Omar Diaz why he stayed and the reply comes fast:", "Omar Diaz"),
        ("Ask Greta Lind what she fears and her answer is short:", "Greta Lind"),
        ("Ask Jan what he fears and the answer comes slowly:", "Jan"),  # no month
    ],
)
def test_a_frame_before_a_colon_names_the_speaker(frame: str, name: str):
    text = f"{_OPENING}{frame} “Keep the doors open and the lights on.”"
    assert _said(text) == [("Keep the doors open and the lights on", name)]


@pytest.mark.parametrize(
    "frame",
    [
        "For now, the answer is simple:",
        "For years, the rule was simple:",
        "For January, the outlook is grim:",  # a month after "For" is a time
        "For Monday, the plan is simple:",
        "Ask around town what went wrong and the answer is the same:",  # where, not whom
    ],
)
def test_a_frame_of_time_or_place_before_a_colon_names_no_speaker(frame: str):
    text = f"{_OPENING}{frame} “Keep the doors open and the lights on.”"
    assert "Keep the doors open and the lights on" not in [found for found, _ in _said(text)]


# A group named by a count of its members speaks with its complement.


@pytest.mark.parametrize(
    ("subject", "name"),
    [
        ("Representatives of 40 unions", "Representatives of 40 unions"),
        ("Representatives of the tenants", "Representatives of the tenants"),
        ("Leaders of 12 churches", "Leaders of 12 churches"),
    ],
)
def test_representatives_of_a_count_speak_with_it(subject: str, name: str):
    assert [n for _, n in _said(f"{subject} said the offer was too low.")] == [name]


def test_the_house_of_representatives_stays_one_name():
    [(_, name)] = _said("The House of Representatives said the offer was too low.")
    assert name == "House of Representatives"


# A participle right after its noun and its agent's "by" is a reduced relative clause, no
# verb of saying: "Changes announced by the Treasury will limit relief".


@pytest.mark.parametrize(
    "sentence",
    [
        "Changes announced by the Treasury last year will limit relief on farmland.",
        "Rules unveiled by 40 councils in May would close three libraries.",
        "The cuts announced by the board on Monday will end the night bus.",
    ],
)
def test_a_reduced_relative_with_its_agent_is_no_statement(sentence: str):
    assert named(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "The report predicted by 2030 half of all new buses would be electric.",
            "by 2030 half of all new buses would be electric",
        ),
        ("The firm announced by email that the depot would close.", "the depot would close"),
    ],
)
def test_a_cue_before_by_and_a_time_or_a_manner_still_reports(sentence: str, content: str):
    [(found, _)] = _said(sentence)
    assert found == content


# A description and "named" before a name, opening the sentence as its subject (or after one
# opening phrase): the person the sentence brings in, whom a later pronoun stands for.


@pytest.mark.parametrize(
    "introduction",
    [
        "Back in the car park, a forklift driver named Sam Adeyemi stops for a leaflet.",
        "A retired welder named Sam Adeyemi waits by the gate.",
        "Near the gate, the night porter named Sam Adeyemi lights a cigarette.",
        "Outside, as the shift ends, a cleaner named Sam Adeyemi sits on the wall.",
    ],
)
def test_a_person_introduced_as_named_is_what_he_stands_for(introduction: str):
    text = (
        "A council spokesman said the rules were fair.\n\n"
        f"{introduction} He has worked there for four years.\n\n"
        "“She was here when it was minus five,” he said."
    )
    assert [name for _, name in _said(text)][-1] == "Sam Adeyemi"


@pytest.mark.parametrize(
    "sentence",
    [
        "He met a driver named Sam Adeyemi at the gate.",
        "He waved, and a driver named Sam Adeyemi waved back.",
    ],
)
def test_a_person_named_inside_a_clause_is_not_the_subject(sentence: str):
    text = (
        "A spokesman, Ivan Moss, said the rules were fair.\n\n"
        f"{sentence}\n\n"
        "“She was here when it was minus five,” he said."
    )
    assert [name for _, name in _said(text)][-1] == "Ivan Moss"


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("The coach named Sam Adeyemi captain on Friday.", "The coach"),
        ("The manager called Sam Adeyemi a liar.", "The manager"),
        ("The coach named Sam Adeyemi as his deputy.", "The coach"),
    ],
)
def test_a_person_named_as_the_verbs_object_is_not_the_subject(sentence: str, subject: str):
    # "named" is the sentence's verb: its subject, not its object, is whom "he" stands for
    text = f"{sentence} He said the choice had been easy."
    assert _said(text)[-1] == ("the choice had been easy", subject)


@pytest.mark.parametrize(
    ("opening", "name"),
    [
        ("Members of 12 families attended the first meeting.", "Members of 12 families"),
        (
            "Representatives of 40 shops on the high street wrote to the bank.",
            "Representatives of 40 shops on the high street",
        ),
        ("Residents of four streets packed the hall.", "Residents of four streets"),
        ("Residents packed the hall.", "Residents"),
    ],
)
def test_they_after_a_group_counted_in_its_complement_is_all_of_it(opening: str, name: str):
    text = f"{opening} They said the offer was too low."
    assert [n for _, n in _said(text)] == [name]


def test_they_after_things_counted_is_no_group_of_people():
    text = "Complaints from 40 parents piled up. They said the offer was too low."
    assert [n for _, n in _said(text)] == ["They"]


# The three invented features, whole: a few speakers and statements of each.


class _Article:
    """The statements of an invented feature, looked up by how their content opens."""

    def __init__(self, name: str) -> None:
        self.found = speakers_by_opening(name)

    def __getitem__(self, opening: str) -> str | None:
        """The speaker's name of the first statement whose content opens with `opening`."""
        return next(speaker for content, speaker, _ in self.found if content.startswith(opening))

    def __iter__(self) -> Iterator[str]:
        return (content for content, _, _ in self.found)


def test_the_bank_branch_feature():
    found = _Article("framing-bank-branch.txt")
    assert found["We were never asked."] == "Dana Whitlow"
    assert found["Keep the branch open"] == "Ruth Ames"
    assert found["Because the town was still a town"] == "Omar Diaz"
    assert found["We will not let it die"] == "Andrew Pike"
    assert found["the closure would force traders to drive"] == (
        "Representatives of 40 businesses on the high street"
    )
    assert found["it had no plans to close its own outlets"] == "Cooperative Savings Society"
    assert found["Our decision has been made"] == "Priya Raman"


def test_the_farm_succession_long_read():
    found = _Article("framing-farm-succession.txt")
    assert found["I’m the one who’s here"] == "Piotr Kowalczyk"
    assert found["It’s the conversation nobody wants to ha"] == "Fiona McBride"
    assert found["I want them to still be speaking to each"] == "Jan Kowalczyk"
    assert found["the hardest part was starting the conver"] == "Members of 12 families"
    assert found["some families would benefit from the cha"] == (
        "Country Land and Business Association"
    )
    assert not any(content.startswith("by the Treasury") for content in found)


def test_the_union_organiser_profile():
    found = _Article("framing-union-organiser.txt")
    assert found['Nobody forced anybody," is how one team '] == "one team leader"
    assert found["A contract, with a pay rise and a proper"] == "Karen Doyle"
    assert found["the Brightway vote should be a model for"] == "Representatives of 40 unions"
    assert found["any reform should give employers time to"] == (
        "Confederation of British Industry"
    )
    assert found['She was here when it was minus five," he'] == "Sam Adeyemi"
    assert found["We've only just started"] == "Lucía Ferreira"
    assert found["You catch them at shift change"] == "Lucía Ferreira"
