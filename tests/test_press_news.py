"""Press releases and corporate announcements as an analyst receives them, pasted as plain
text: constructions found by trying whosaid on an invented results release, a ministry's
press release and a charity's report launch (in tests/data/speakers/), each tested here on
other invented sentences."""

from pathlib import Path

import pytest
from extraction_helpers import attributed, contents, speaker_of

from tui.core.figures import find_figures
from tui.core.press_boilerplate import boilerplate_start
from tui.core.statements import find_statements

NEWS = (
    "Brindle Foods said on Tuesday that its sales rose 9% to $410 million in the quarter. "
    '"We had a good spring," said Ola Berg, its chief executive.\n\n'
    "The company expects to open 25 new stores this year, Berg said.\n\n"
)


@pytest.mark.parametrize(
    "tail",
    [
        "About Brindle Foods\n\nBrindle Foods believes that 3,000 workers in 12 countries said "
        "it was the best employer.",
        "About Brindle Foods Inc.\nBrindle Foods believes that 3,000 workers in 12 countries "
        "said it was the best employer.",
        "Forward-Looking Statements\nThe company believes that 3,000 workers in 12 countries "
        "said it was the best employer.",
        "Notes to editors\n1. Officials said 3,000 workers in 12 countries were surveyed.",
        "NOTES TO EDITORS:\n1. Officials said 3,000 workers in 12 countries were surveyed.",
        "ENDS\n\nFor more information contact: Ann Vale, 3,000 workers in 12 countries.",
        "-ends-\nBrindle Foods employs 3,000 workers in 12 countries.",
        "###\nBrindle Foods employs 3,000 workers in 12 countries.",
        "Media contact: Ann Vale, ann@brindle.example\nOfficials said 3,000 workers in 12 "
        "countries were surveyed.",
    ],
)
def test_a_releases_closing_boilerplate_holds_no_statement_and_no_figure(tail: str):
    text = NEWS + tail
    assert boilerplate_start(text) == len(NEWS)
    assert all(s.startswith(("We had", "its sales", "The company")) for s in contents(text))
    assert [round(f.value) for f in find_figures(text)] == [9, 410_000_000, 25]


@pytest.mark.parametrize(
    "tail",
    [
        "About 3,000 workers in 12 countries said it was the best employer.",
        "About one in five workers said 12 firms were the best employers.",
        "About Face, a new play, said critics, opens in 12 countries.",
        "About Brindle Foods, critics said 3,000 workers in 12 countries had doubts.",
        "Contact tracing ended, officials said, in 12 countries.",
        "The ends justify it, officials said of 3,000 workers in 12 countries.",
    ],
)
def test_a_line_of_prose_opening_as_a_heading_is_no_boilerplate(tail: str):
    text = NEWS + tail
    assert boilerplate_start(text) == len(text)
    assert len(find_figures(text)) > 3
    assert len(contents(text)) == 4


def test_a_heading_early_in_the_text_is_a_subheading_not_boilerplate():
    text = "Notes to editors\n\nThe editor said 12 letters had come in.\n\n" + NEWS + NEWS + NEWS
    assert boilerplate_start(text) == len(text)
    assert contents(text)[0] == "12 letters had come in"


def test_the_invented_releases_lose_their_boilerplate():
    for name, heading in [
        ("press-results-release", "About Halvern Systems"),
        ("press-ministry-release", "Notes to editors"),
        ("press-ngo-report", "ENDS"),
    ]:
        path = Path(__file__).parent / "data" / "speakers" / f"{name}.txt"
        text = path.read_text(encoding="utf-8")
        start = boilerplate_start(text)
        assert text.startswith(heading, start)
        assert all(f.span[0] < start for f in find_figures(text))


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            '"Orders held up," said Ola Berg, Chief Executive Officer of Brindle Foods.',
            "Chief Executive Officer of Brindle Foods",
        ),
        (
            '"Orders held up," commented Ola Berg, Chief Financial Officer.',
            "Chief Financial Officer",
        ),
        ('"Orders held up," said Ola Berg, Managing Director, on Monday.', "Managing Director"),
        (
            '"Orders held up," said Ola Berg, Head of Research at Brindle.',
            "Head of Research at Brindle",
        ),
    ],
)
def test_a_title_case_role_after_an_inverted_cue_is_the_speakers_role(text: str, role: str):
    assert speaker_of(text) == ("Ola Berg", "person", role)


@pytest.mark.parametrize(
    "text",
    [
        '"Orders held up," said Ola Berg, Tom Hale and Ann Vale.',
        '"Orders held up," said Ola Berg, Brindle Foods.',
        '"Orders held up," said Ola Berg, Dover Police.',
    ],
)
def test_names_or_a_body_after_an_inverted_cue_are_no_title_case_role(text: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.name == "Ola Berg" and speaker.role is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Harbour Health Partnership said waits had fallen.", "Harbour Health Partnership"),
        ("The Delta Water Consortium expects prices to rise.", "Delta Water Consortium"),
        ("The partnership said waits had fallen.", "The partnership"),
    ],
)
def test_a_partnership_or_a_consortium_is_an_organization(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "organization")


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "The chief executive of the Harbour Health Partnership, Dr Ines Moll, said waits fell.",
            "chief executive of the Harbour Health Partnership",
        ),
        (
            "Director of the Saltmarsh Rivers Trust, Ms Ines Moll, said waits fell.",
            "Director of the Saltmarsh Rivers Trust",
        ),
        (
            "Chief Executive of the Harbour Health Partnership, Dr Ines Moll, said:\n\n"
            '"Waits fell."',
            "Chief Executive of the Harbour Health Partnership",
        ),
    ],
)
def test_a_long_description_apposed_before_a_titled_name_is_its_role(text: str, role: str):
    assert speaker_of(text) == ("Ines Moll", "person", role)


def test_an_opening_phrase_before_a_titled_name_is_no_role():
    text = "At the end of a long and windy afternoon in Reno, Dr Ines Moll said waits fell."
    assert speaker_of(text) == ("Ines Moll", "person", None)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "From: Ministry of Ports and Harbours\nPublished 3 June 2026\n\n"
            "Fees will fall, the ministry said.",
            "Ministry of Ports and Harbours",
        ),
        (
            "Office of Rail Safety\nUpdated Friday\n\nTrains ran late, the office said.",
            "Office of Rail Safety",
        ),
    ],
)
def test_a_bodys_name_ends_at_its_line(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "organization")


def test_a_bodys_name_on_one_line_keeps_its_connectors():
    text = "The Ministry of Ports and Harbours said fees will fall. The ministry said more."
    assert speaker_of(text.split(". ")[0] + ".")[0] == "Ministry of Ports and Harbours"


@pytest.mark.parametrize(
    "text",
    [
        "The company will host a conference call for analysts at 8 a.m.",
        "Brindle will hold an earnings call for investors on Thursday.",
        "Staff were invited to a video call for managers.",
    ],
)
def test_a_call_held_by_phone_is_no_call_for_something(text: str):
    assert contents(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Unions issued a call for calm on Monday.",
        "The nurses call for higher pay.",
    ],
)
def test_a_call_for_something_stays_a_statement(text: str):
    assert len(contents(text)) == 1


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The report, Dry Wells, is based on 40 visits and finds that wells failed.", "Dry Wells"),
        ("Dry Wells, a report by the charity, finds that wells failed.", "Dry Wells"),
    ],
)
def test_a_document_by_its_title_in_apposition_is_a_document(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "document")


@pytest.mark.parametrize(
    "text",
    [
        "The author, Ines Moll, said wells failed.",
        "Ines Moll, a report author, said wells failed.",
    ],
)
def test_a_person_described_by_a_document_stays_a_person(text: str):
    assert speaker_of(text)[:2] == ("Ines Moll", "person")


@pytest.mark.parametrize(
    "text",
    [
        "To join, dial in; the access code is 552 918.",
        "The conference ID is 77120.",
        "Her PIN 4412 was stolen.",
        "The passcode was 9921.",
    ],
)
def test_a_code_given_to_dial_in_is_no_figure(text: str):
    assert find_figures(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The code is simple: 40 staff use it.", 40),
        ("The extension is 12 miles long.", 12),
        ("The number is 14.", 14),
        ("Sales of 552 918 units were made.", 918),
    ],
)
def test_a_number_after_a_codes_noun_but_not_its_code_stays_a_figure(text: str, value: int):
    assert value in [round(f.value) for f in find_figures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "A study by the charity Larkfield Aid finds that wells failed. Larkfield Aid said it grew.",
        "The nonprofit Larkfield Aid was founded in 2001. Larkfield Aid said wells failed.",
        "Staff at the firm Larkfield Aid left. Larkfield Aid said wells failed.",
    ],
)
def test_a_name_the_text_gives_a_bodys_noun_is_an_organization_alone(text: str):
    *_, (_, speaker, _) = attributed(text)
    assert speaker is not None and (speaker.name, speaker.kind) == ("Larkfield Aid", "organization")


def test_a_person_named_after_a_bodys_noun_stays_a_person():
    text = "The company Ines Moll founded grew fast. Ines Moll said wells failed."
    assert speaker_of(text)[:2] == ("Ines Moll", "person")


@pytest.mark.parametrize(
    "text",
    [
        "Patients in rural wards will be seen faster under the scheme.",
        "Most callers are now seen within a week.",
        "The comet was seen clearly over the bay on Friday.",
    ],
)
def test_seen_in_the_passive_without_as_or_to_holds_no_view(text: str):
    assert contents(text) == []


def test_a_view_reported_after_seen_as_keeps_its_source():
    text = "The rise is widely seen as temporary, analysts said."
    [(content, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.name == "analysts"
    assert content.startswith("The rise is widely seen as")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "press-results-release",
            {
                ("Jane Roe", "person", "Chief Executive Officer of Halvern Systems"),
                ("Marcus Leigh", "person", "Chief Financial Officer"),
                ("Halvern Systems", "organization", None),
            },
        ),
        (
            "press-ministry-release",
            {
                ("Department of Health and Coastal Communities", "organization", None),
                ("Rachel Dunmore", "person", "Minister for Health and Coastal Communities"),
                ("Tomas Arkwright", "person", "Chief Executive of the Coastal Health Partnership"),
            },
        ),
        (
            "press-ngo-report",
            {("Lost Seasons", "document", "report"), ("Brightwater Relief", "organization", None)},
        ),
    ],
)
def test_the_invented_releases_keep_their_speakers(name: str, expected: set):
    text = (Path(__file__).parent / "data" / "speakers" / f"{name}.txt").read_text(encoding="utf-8")
    speakers, found = find_statements(text)
    assert expected <= {(s.name, s.kind, s.role) for s in speakers}
    start = boilerplate_start(text)
    assert all(s.span[0] < start for s in found)
    assert all(s.cue not in {"seen", "call for"} for s in found)


@pytest.mark.parametrize(
    "tail",
    [
        "For more information, residents can call 311.\n\nThe mayor said the city would spend "
        "$5 million on roads.",
        "Contact, a dating app launched in 2019, said it had 2 million users.",
        "###\n\nProsecutors said the firm paid $4 million in bribes.",
        "Contact\n\nProsecutors said the firm paid $4 million in bribes.",
        "About Time\n\n“It took far too long,” said Ann Vale, a resident. It cost $2 million.",
    ],
)
def test_a_mark_or_heading_before_more_reporting_blanks_nothing(tail: str):
    text = NEWS * 2 + tail
    start = len(NEWS * 2)
    _, statements = find_statements(text)
    assert any(s.span[0] >= start for s in statements)
    assert any(f.span[0] >= start for f in find_figures(text))


@pytest.mark.parametrize(
    "text",
    [
        "Critics say the company Musk runs is overvalued. Musk said the price was fair.",
        "A firm Jones ran went bust last year. Jones said the price was fair.",
    ],
)
def test_a_name_that_is_the_subject_of_a_clause_on_a_body_is_no_body(text: str):
    speakers, _ = find_statements(text)
    assert all(s.kind != "organization" for s in speakers)
