"""Three invented US news articles, read as a new user would: each statement's speaker as a
careful reader names it (people sharing a surname, a woman and a man alternating by pronouns,
a company and an outlet quoted, descriptions by role, age and party, a byline)."""

from pathlib import Path

import pytest

from tui.core.statements import find_statements

DATA = Path(__file__).parent / "data" / "speakers"


def speakers_by_content(name: str) -> dict[str, tuple[str | None, str | None]]:
    """Each statement's content (its first 40 characters) -> (speaker name, kind)."""
    text = (DATA / name).read_text(encoding="utf-8")
    speakers, statements = find_statements(text)
    by_id = {s.id: s for s in speakers}
    found = {}
    for s in statements:
        speaker = by_id.get(s.speaker or "")
        content = text[s.span[0] : s.span[1]][:40]
        found[content] = (speaker.name, speaker.kind) if speaker else (None, None)
    return found


def speaker_of(found: dict[str, tuple[str | None, str | None]], opening: str) -> tuple:
    matches = [value for content, value in found.items() if content.startswith(opening)]
    assert len(matches) == 1, f"no single statement opens with {opening!r}: {sorted(found)}"
    return matches[0]


HARBOR = [
    ("the bridge could not wait", "Maria Delgado", "person"),
    ("Every month we delay", "Maria Delgado", "person"),
    ("the plan leaned too heavily", "Robert Delgado", "person"),
    ("I am not against fixing", "Robert Delgado", "person"),
    ("That is three more months", "Maria Delgado", "person"),
    ("he had received dozens of calls", "Robert Delgado", "person"),  # "The councilman"
    ("it stood by its estimate", "Bayline Construction", "organization"),
    ("Our figures were reviewed", "Bayline Construction", "organization"),  # "the company"
    ("the state would cover", "Karen Liu", "person"),  # "A spokeswoman for ..., Karen Liu,"
    ("he had asked both council", "Thomas Whitfield", "person"),  # "The mayor"
    ("she had watched the railings", "Ellen Park", "person"),
    ("he wanted the council", "James Okafor", "person"),  # "Her neighbor, James Okafor,"
    ("It's our money", "James Okafor", "person"),
    ("he would push for more state", "Paul Hendricks", "person"),
    ("the bridge was", "Paul Hendricks", "person"),  # "The 61-year-old Republican"
]

MERGER = [
    ("the merger would let", "Linda Fairbanks", "person"),
    ("We did not rush this", "Samuel Brooks", "person"),
    ("nurses had not been consulted", "Angela Moreno", "person"),  # "Its president, ..."
    ("the union would ask", "Angela Moreno", "person"),
    ("the office would review", "Daniel Reyes", "person"),  # "A spokesman for ..., Daniel Reyes,"
    ("a deal could be announced", "The Wall Street Journal", "media"),  # "The newspaper"
    ("he would hold meetings", "Samuel Brooks", "person"),  # "The 58-year-old cardiologist"
    ("We are going to look", "Linda Fairbanks", "person"),
]

SENATE = [
    ("the drought had made water", "Carol Whitman", "person"),
    ("Whitman's record on water", "Greg Johnson", "person"),  # "The Republican nominee, ..."
    ("he would push for new storage", "Greg Johnson", "person"),  # "Johnson" before Dale
    ("both parties had failed", "Dale Johnson", "person"),
    ("I love my cousin", "Dale Johnson", "person"),
    ("Dale has always been", "Greg Johnson", "person"),  # the subject just before
    ("the ad would run", "Tara Nguyen", "person"),  # "Her spokeswoman, Tara Nguyen,"
    ("the bill Whitman passed", "Greg Johnson", "person"),  # "The 47-year-old Republican"
    ("It protected the groundwater", "Carol Whitman", "person"),
    ("the outlook would be", "Luis Ortega", "person"),  # "An agency spokesman, Luis Ortega,"
    ("the Whitman campaign had raised", "KTVN", "media"),
    ("he did not want to give", "Greg Johnson", "person"),
]


@pytest.mark.parametrize(
    ("article", "expected"),
    [("harbor-bridge.txt", HARBOR), ("clinic-merger.txt", MERGER), ("senate-race.txt", SENATE)],
)
def test_each_statement_has_the_speaker_a_careful_reader_names(article, expected):
    found = speakers_by_content(article)
    wrong = [
        (opening, speaker_of(found, opening), (name, kind))
        for opening, name, kind in expected
        if speaker_of(found, opening) != (name, kind)
    ]
    assert wrong == []


@pytest.mark.parametrize("article", ["harbor-bridge.txt", "clinic-merger.txt", "senate-race.txt"])
def test_the_byline_and_the_contributor_line_are_no_speakers(article):
    names = {name for name, _ in speakers_by_content(article).values()}
    assert not {"Jane Roe", "John Doe", "Associated Press", "Mark Ellis"} & names
