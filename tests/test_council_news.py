"""Local-government and housing news as a new analyst reads it: constructions found by trying
whosaid on invented stories of a council closing libraries and of rents outpacing wages
(tests/data/speakers/council-libraries.txt, housing-rents.txt), each tested here on other
invented sentences."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from extraction_helpers import named, speaker_of

from tui.core.figures import find_figures
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
        (
            "According to the bureau, an arm of the state, sales hit 400, the highest on record.",
            "sales hit 400, the highest on record",
        ),
        (
            "According to the bureau, sales reached 40,000, the highest level in a decade.",
            "sales reached 40,000, the highest level in a decade",
        ),
        (
            "According to the bank, bad loans fell to 3 percent, the lowest in over a decade.",
            "bad loans fell to 3 percent, the lowest in over a decade",
        ),
        (
            "According to the bank, bad loans fell to 3 percent, their lowest for 20 years.",
            "bad loans fell to 3 percent, their lowest for 20 years",
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
        # a superlative opening a clause is no comparison: its reference is missing
        (
            "According to Ann Lee, an economist, the biggest risk is inflation.",
            "Ann Lee",
            "the biggest risk is inflation",
        ),
        (
            "According to Tom Vale, head of the union, the most likely outcome is a strike.",
            "Tom Vale",
            "the most likely outcome is a strike",
        ),
        (
            "According to the agency, a branch of the ministry, the lowest wages rose fastest.",
            "the agency",
            "the lowest wages rose fastest",
        ),
        (
            "According to Mia Ross, a historian, the largest cities will shrink.",
            "Mia Ross",
            "the largest cities will shrink",
        ),
        (
            "According to the board, a panel of judges, their highest priority is safety.",
            "the board",
            "their highest priority is safety",
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


@pytest.mark.parametrize(
    ("text", "number", "unit"),
    [
        # the counted noun has a complement before the verb
        ("The number of pupils in night classes had reached a record 2,400.", "2,400", "pupils"),
        ("The number of cases at the depot has risen to 40.", "40", "cases"),
        # a noun of a group as the subject: what it counts
        ("The death toll rose to 63 on Sunday.", "63", "deaths"),
        ("Officials put the death toll at 63.", "63", "deaths"),
        ("The crowd swelled to 50,000 by noon.", "50,000", "people"),
        ("The country's prison population stood at 90,000 in 1985.", "90,000", "people"),
        # a complement between the group's noun and its verb
        ("The death toll from the storm rose to 12.", "12", "deaths"),
        ("The death toll in the quake rose to 310.", "310", "deaths"),
        ("The crowd at the rally swelled to 8,000.", "8,000", "people"),
        ("Police said the crowd reached 50,000.", "50,000", "people"),  # not the opening noun
        # a toll counts deaths after "death" or "casualty", or alone before a change or "at"
        ("The casualty toll stood at 90.", "90", "deaths"),
        ("The toll rose to 41 on Tuesday.", "41", "deaths"),
    ],
)
def test_a_bare_count_takes_what_its_subject_counts(text: str, number: str, unit: str):
    [figure] = [f for f in find_figures(text) if text[f.span[0] : f.span[1]] == number]
    assert figure.unit == unit


@pytest.mark.parametrize(
    "text",
    [
        # an object between the group's noun and the number: the object's count
        "The toll booths put the fee at 12.",
        # a plural counted noun other than the group's after it
        "The army had 4,000 tanks.",
        # a toll for a road or a bridge, and a toll that is no head
        "The bridge toll will rise to 7 next year.",
        "The ferry toll rose to 12 in May.",
        "Traffic on the toll road reached 40,000 a day.",
        "The toll booth took in 900 on Sunday.",
        "The toll plaza handled 3,000 cars.",
    ],
)
def test_a_group_noun_does_not_count_what_is_not_its(text: str):
    assert all(f.unit != "deaths" and f.unit != "troops" for f in find_figures(text))


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The union for the bakers, Food and Allied Workers Local 7, said 30 were held.",
            "Food and Allied Workers Local 7",
            "union for the bakers",
        ),
        (
            "Food and Allied Workers Local 7 said 30 were held.",
            "Food and Allied Workers Local 7",
            None,
        ),
    ],
)
def test_a_numbered_body_with_and_in_its_name_is_one_body(text: str, name: str, role: str | None):
    assert speaker_of(text) == (name, "organization", role)


def test_two_people_joined_are_still_a_group():
    assert speaker_of("Tom Hale and Ann Lee said 30 were held.")[:2] == (
        "Tom Hale and Ann Lee",
        "group",
    )
