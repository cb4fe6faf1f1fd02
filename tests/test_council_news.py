"""Local-government news as a new analyst reads it: constructions found by trying whosaid on
an invented story of a council closing libraries (tests/data/speakers/council-libraries.txt),
each tested here on other invented sentences."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from extraction_helpers import named, speaker_of

from tui.core.speaker_kinds import appositive_head

ARTICLE = Path(__file__).parent / "data" / "speakers" / "council-libraries.txt"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "According to the audit, fares rose to $4.20, up from $3.10 a year earlier.",
            "fares rose to $4.20, up from $3.10 a year earlier",
        ),
        (
            "According to the register, the parish had 812 voters, down by a third since 2015.",
            "the parish had 812 voters, down by a third since 2015",
        ),
        (
            "According to the census, the valley had 9,000 people, the lowest since 1950.",
            "the valley had 9,000 people, the lowest since 1950",
        ),
        (
            "According to the ministry, exports fell 4 percent, compared with a year earlier.",
            "exports fell 4 percent, compared with a year earlier",
        ),
    ],
)
def test_a_figures_comparison_after_according_to_keeps_its_clause(text: str, content: str):
    assert named(text)[0][0].rstrip(".") == content


@pytest.mark.parametrize(
    ("text", "name", "content"),
    [
        # an appositive after the source stays the source's
        ("According to Ann Lee, a partner at the firm, sales rose.", "Ann Lee", "sales rose"),
        (
            "According to the audit, a 40-page review, prices were up from last year.",
            "the audit",
            "prices were up from last year",
        ),
    ],
)
def test_a_sources_appositive_is_still_no_content(text: str, name: str, content: str):
    found, speaker, _ = named(text)[0]
    assert (found.rstrip("."), speaker) == (content, name)


@pytest.mark.parametrize(
    ("text", "name", "kind", "role"),
    [
        (
            "The union representing bus drivers, Transit Local 9, said the route would close.",
            "Transit Local 9",
            "organization",
            "union representing bus drivers",
        ),
        (
            "The group representing the tenants, Fair Homes, said it would appeal.",
            "Fair Homes",
            "organization",
            "group representing the tenants",
        ),
        (
            "The charity serving the estate, Open Larder, said demand had doubled.",
            "Open Larder",
            "organization",
            "charity serving the estate",
        ),
        (
            "A lawyer representing the family of the victim, Odile Brune, said it was wrong.",
            "Odile Brune",
            "person",
            "lawyer representing the family of the victim",
        ),
        # a person's role before the participle: a person
        (
            "A lawyer representing the family, Odile Brune, said the ruling was wrong.",
            "Odile Brune",
            "person",
            "lawyer representing the family",
        ),
    ],
)
def test_a_description_by_participle_then_a_name_gives_the_named_body(
    text: str, name: str, kind: str, role: str
):
    assert speaker_of(text) == (name, kind, role)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A lawyer representing the family of the victim said the ruling was wrong.",
            "A lawyer representing the family of the victim",
        ),
        (
            "The firm advising the board of the bank said the deal was off.",
            "The firm advising the board of the bank",
        ),
    ],
)
def test_the_describer_speaks_not_the_owner_in_the_participles_object(text: str, name: str):
    assert speaker_of(text)[0] == name


@pytest.mark.parametrize(
    ("appositive", "head"),
    [
        ("union representing library workers", "union"),
        ("a lawyer acting for the tenants", "lawyer"),
        # no role or body's noun before the "-ing" word: it is a modifier
        ("former striking miner", "miner"),
        ("an advertising agency", "agency"),
        ("the firm's marketing director", "director"),
    ],
)
def test_a_participle_after_a_role_ends_the_appositives_head(appositive: str, head: str):
    assert appositive_head(appositive) == head


def test_it_after_a_named_union_is_the_union():
    text = (
        "According to a staff report, the pool will close. The union representing lifeguards, "
        "Local 30, said 12 jobs would go, though it expected most staff to move."
    )
    assert [s for _, s, cue in named(text) if cue == "expected"] == ["Local 30"]


def test_the_council_story_reads_as_an_analyst_reads_it():
    """A floor on the invented story: the speakers and their kinds, the union named."""
    out = subprocess.run(
        [sys.executable, "-m", "tui", "extract", str(ARTICLE), "--format", "json"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    document = json.loads(out)
    kinds = {s["name"]: s["kind"] for s in document["speakers"]}
    for name in ("Hugo Stein", "Yvette Marchand", "Dev Arora", "Lise Tanaka", "Carla Mendes"):
        assert kinds.get(name) == "person", name
    assert kinds.get("CUPE Local 417") == "organization"
    assert "library workers" not in kinds
