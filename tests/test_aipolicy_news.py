"""AI and technology regulation news as a new analyst reads it: constructions found by trying
whosaid on invented stories of a Senate hearing on an AI safety bill, a data-protection
regulator's fine on a photo app and researchers' open letter on voice cloning answered on
social media (tests/data/speakers/aipolicy-*.txt), each tested here on other invented
sentences."""

import pytest
from extraction_helpers import attributed, speaker_of, speakers_by_opening


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Priya Raghavan, a former trust and safety manager at Lumo, said the tool was unsafe.",
            "former trust and safety manager at Lumo",
        ),
        (
            "Tom Hale, a health and safety officer at the plant, said the line was stopped.",
            "health and safety officer at the plant",
        ),
        (
            "Ann Roe, a research and development director at Velto, said the deal was sound.",
            "research and development director at Velto",
        ),
        (
            "Ann Roe, a trust and estates lawyer in Leeds, said the will was valid.",
            "trust and estates lawyer in Leeds",
        ),
    ],
)
def test_two_modifiers_joined_by_and_before_a_role_make_a_person(text: str, role: str):
    name, kind, found_role = speaker_of(text)
    assert (kind, found_role) == ("person", role)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # near-misses: a body's own words joined by "and" stay a body's
        (
            "Kelby Trust and Safety Partners, a firm, said the deal was sound.",
            "Kelby Trust and Safety Partners",
        ),
        ("The Harbour Trust, a trust and charity, said the pier was safe.", "Harbour Trust"),
    ],
)
def test_a_body_joined_by_and_stays_a_body(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "organization")


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a brand with a capital inside its lower-case name
        ("echoForge said it would appeal the fine.", "echoForge", None),
        ("echoForge, a London start-up, said it would appeal.", "echoForge", "London start-up"),
        ("The fine was unfair, easyJet said.", "easyJet", None),
        ("“We will appeal,” iRobot said in a statement.", "iRobot", None),
        # a lower-case name opening a paragraph before the appositive describing it
        (
            "noyb, the Vienna privacy group, said the fine came late.",
            "noyb",
            "Vienna privacy group",
        ),
        ("vantyx, a Dublin start-up, said its app was safe.", "vantyx", "Dublin start-up"),
    ],
)
def test_a_brand_written_in_lower_case_speaks(text: str, name: str, role: str | None):
    found, _, found_role = speaker_of(text)
    assert (found, found_role) == (name, role)


def test_a_brand_in_lower_case_is_the_same_speaker_again():
    text = "noyb, the Vienna privacy group, welcomed the fine. It came late, noyb said."
    assert [s.name if s else None for _, s, _ in attributed(text)] == ["noyb", "noyb"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # near-misses: two words run together, a unit, a gene's name in lower case
        ("The team saidThe cost was high. Ann Lee said the cost was high.", "the cost was high"),
        ("The mRNA maker said sales rose.", "sales rose"),
        ("Prices per kWh rose, the regulator said.", "Prices per kWh rose"),
    ],
)
def test_words_run_together_or_units_are_no_brand(text: str, content: str):
    assert attributed(text)[-1][0] == content


@pytest.mark.parametrize(
    "text",
    [
        "Within hours, the firm's chief executive, Kwame Asante, responded on X.",
        "Hours later, the start-up responded in a blog post.",
        "Two days later, the company replied.",
        "Late last week, the regulator responded.",
    ],
)
def test_a_time_opening_a_sentence_is_not_what_was_said(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # near-misses: a clause that ends with a time, or a time as its subject, is content
        ("Prices will rise later, Lee said.", "Prices will rise later"),
        ("The deal closed two days later, Lee said.", "The deal closed two days later"),
        ("Last week was hard, Lee said.", "Last week was hard"),
    ],
)
def test_a_clause_with_a_time_in_it_is_still_content(text: str, content: str):
    assert [c for c, _, _ in attributed(text)] == [content]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Tom Wade said the feature was rarely used. The figure did not impress Ian Byrne, a"
            " privacy lawyer in Dublin. “It is a lot,” he said.",
            "Ian Byrne",
        ),
        (
            "Tom Wade said the feature was rarely used. That did not convince Ian Byrne, a"
            " lawyer. He said it was a lot.",
            "Ian Byrne",
        ),
        (
            "Ann Wade said the feature was rarely used. The claim puzzled Maria Lopez, a"
            " researcher at Lund. “It is odd,” she said.",
            "Maria Lopez",
        ),
        # near-miss: a newcomer of the other gender is not meant
        (
            "Tom Wade said the feature was rarely used. The claim puzzled Maria Lopez, a"
            " researcher at Lund. “It is odd,” he said.",
            "Tom Wade",
        ),
    ],
)
def test_a_newcomer_described_after_the_last_speaker_is_the_pronoun(text: str, name: str):
    assert attributed(text)[-1][1].name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Senator Ann Okafor said the bill was fair. Senator Dale Whitcombe, a Republican, was"
            " unmoved. He said the industry had spent too much. The senator later said a vote was"
            " near.",
            "Dale Whitcombe",
        ),
        (
            "Mayor Ann Okafor said the plan was fair. Mayor Tom Reyes was unmoved. He said the cost"
            " was too high. The mayor later said a vote was near.",
            "Tom Reyes",
        ),
        # near-miss: a title that is not the description's leaves its older holder
        (
            "Senator Ann Okafor said the bill was fair. Mayor Dale Whitcombe was unmoved. He said"
            " the industry had spent too much. The senator later said a vote was near.",
            "Ann Okafor",
        ),
    ],
)
def test_a_title_before_a_name_heard_through_a_pronoun_still_describes_it(text: str, name: str):
    assert attributed(text)[-1][1].name == name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Parents who had complained were relieved.", []),
        ("Users who complained were refunded within a week.", []),
        ("Residents who have objected are still waiting.", []),
        (
            "Parents who had complained said they were relieved.",
            [("they were relieved", "Parents who had complained")],
        ),
        # near-misses: a relative's cue with content of its own keeps it
        (
            "Officials who had warned that the dam was weak were ignored.",
            [("the dam was weak", "Officials")],
        ),
        (
            "Residents who testified said the plan was flawed.",
            [("the plan was flawed", "Residents who testified")],
        ),
    ],
)
def test_a_relatives_cue_before_the_main_verb_reports_nothing(
    text: str, expected: list[tuple[str, str]]
):
    assert [(c, s.name if s else None) for c, s, _ in attributed(text)] == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Senator Ann Okafor said the bill was fair. Senator Dale Whitcombe said the cost was"
            " high. The senator later said a vote was near. The claim drew a reply from Senator"
            " Okafor. “It is wrong,” the senator said.",
            "Ann Okafor",
        ),
        (
            "Judge Ann Okafor said the case was simple. Judge Tom Reyes said it was not. The"
            " judge later said a ruling was near. The remark drew a reply from Judge Okafor."
            " “It is not simple,” the judge said.",
            "Ann Okafor",
        ),
        # near-miss: no other holder named by the title since, the last one speaks again
        (
            "Senator Ann Okafor said the bill was fair. Senator Dale Whitcombe said the cost was"
            " high. The senator later said a vote was near. “It is wrong,” the senator said.",
            "Dale Whitcombe",
        ),
    ],
)
def test_a_holder_named_by_the_title_since_the_last_is_the_description(text: str, name: str):
    assert attributed(text)[-1][1].name == name


class _Pinned:
    """The statements of an invented article, looked up by how their content opens."""

    def __init__(self, article: str) -> None:
        self.found = speakers_by_opening(article)

    def __getitem__(self, opening: str) -> tuple[str | None, str | None]:
        [speaker] = [(n, k) for c, n, k in self.found if c.startswith(opening)]
        return speaker

    def __contains__(self, opening: str) -> bool:
        return any(c.startswith(opening) for c, _, _ in self.found)


def test_the_senate_hearing_article_keeps_its_key_speakers():
    found = _Pinned("aipolicy-senate-hearing.txt")
    assert found["You have told us for two years that you "] == ("Margaret Okafor", "person")
    assert found["Ninety days is an eternity in this field"] == ("Ravi Menon", "person")
    assert found["he expected the bill to reach the floor b"] == ("Dale Whitcombe", "person")
    assert found["Fewer than 2,000 people is still 2,000 pe"] == ("Margaret Okafor", "person")
    assert found["current safety tests were “mostly vibes a"] == ("Amara Nwosu", "person")
    assert found["the bill’s definitions were “vague enough"] == (
        "Chamber of Progress",
        "organization",
    )


def test_the_privacy_fine_article_keeps_its_key_speakers():
    found = _Pinned("aipolicy-privacy-fine.txt")
    assert found["Children are not small adults, and the l"] == ("Niamh Gallagher", "person")
    assert found["the fine"] == ("noyb", "organization")
    assert found["Three years for a case about a default s"] == ("noyb", "organization")
    assert found["The regulator has a strong case on the fa"] == ("Sofia Byrne", "person")
    assert found["Nobody I know uses the map thing"] == ("Aoife Kelly", "person")
    assert "were relieved" not in found


def test_the_open_letter_article_keeps_its_key_speakers():
    found = _Pinned("aipolicy-open-letter.txt")
    assert found["We are watching the tools for a new gene"] == ("an open letter", "document")
    assert found["Open letters are cheap. Shipping safety "] == ("Kwame Asante", "person")
    assert found['You can clone the consent," she said in '] == ("Priya Raghavan", "person")
    assert found["it would add an audible watermark to all"] == ("VoxaLabs", "organization")
    assert "Within hours" not in found
