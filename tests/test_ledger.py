"""The figures ledger: groups, claims, derived claims, intervals, agreement, and the command.

The hand-made articles below are invented; each sentence is one statement by the speaker given
(None: the article's own voice), its content what follows "said", with its figures as the
extractor would give them.
"""

from __future__ import annotations

import json
import math
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from tui import cli
from tui.core.ledger import (
    Group,
    Interval,
    interval,
    ledger,
    owner_key,
    to_csv,
    to_json,
    to_text,
)
from tui.core.model import Article, Document, Figure, Review, Speaker, Statement
from tui.core.sources import slug

DATA = Path(__file__).resolve().parent.parent / "data"

FigureSpec = tuple[str, dict[str, Any]]
"""A figure: its words in the sentence, and the Figure fields (value, unit, subject ...)."""


def article(*sentences: tuple[str | None, str, list[FigureSpec]], name: str = "story") -> Document:
    """An article of these sentences; each attributed sentence is a statement of its speaker."""
    text = " ".join(sentence for _, sentence, _ in sentences)
    speakers: dict[str, Speaker] = {}
    statements: list[Statement] = []
    figures: list[Figure] = []
    at = 0
    for who, sentence, specs in sentences:
        statement_id = None
        if who is not None:
            speaker = speakers.setdefault(who, Speaker(id=slug(who), name=who))
            statement_id = f"st-{len(statements) + 1}"
            content = at + sentence.index(" said ") + len(" said ")
            statements.append(
                Statement(statement_id, (content, at + len(sentence)), "indirect", speaker.id)
            )
        for words, fields in specs:
            start = text.index(words, at)
            figures.append(
                Figure(
                    id=f"fg-{len(figures) + 1}",
                    span=(start, start + len(words)),
                    statement=statement_id,
                    **fields,
                )
            )
        at += len(sentence) + 1
    return Document(
        Article(id=name, text=text),
        speakers=tuple(speakers.values()),
        statements=tuple(statements),
        figures=tuple(figures),
    )


def count(value: float, unit: str, subject: str | None = None, **fields: Any) -> dict[str, Any]:
    return {"value": value, "unit": unit, "subject": subject or unit, "kind": "count", **fields}


def summary(group: Group) -> list[tuple[Any, ...]]:
    return [(c.value, c.high, c.qualifier, c.source, c.statement, c.derived) for c in group.claims]


def only(groups: tuple[Group, ...], subject: str) -> Group:
    found = [g for g in groups if g.subject == subject]
    assert len(found) == 1, [g.subject for g in groups]
    return found[0]


# --- the sample article ------------------------------------------------------------------------


def test_the_sample_north_korean_troops_disagree(sample: Document) -> None:
    """12,000 (estimated, ±10%: at most 13,200) and about 15,000 (derived, ±10%: at least
    13,500) do not overlap; the Pentagon's open-ended "at least 10,000" overlaps both."""
    group = only(ledger([sample]), "North Korean troops")
    assert (group.unit, group.agree) == ("troops", False)
    assert summary(group) == [
        (12000, None, "estimated", "unattributed", None, False),
        (15000, None, "approximate", "Rustem Umerov", "st-5", True),
        (12000, None, "estimated", "unattributed", None, False),
        (10000, None, "at_least", "Pentagon", "st-6", False),
    ]
    unattributed, derived, _, pentagon = group.claims
    assert unattributed.text.startswith("Kovalenko offered no details"), "its sentence"
    assert unattributed.text.endswith("imported by Russia.")
    assert derived.figure == "fg-4" and derived.speaker == "rustem-umerov"
    assert derived.text == "five North Korean units × about 3,000 troops each = about 15,000 troops"
    assert (pentagon.figure, pentagon.text) == ("fg-6", "at least 10,000 North Koreans")


def test_the_sample_russian_troops_agree(sample: Document) -> None:
    group = only(ledger([sample]), "Russian troops")
    assert group.agree is True
    assert summary(group) == [
        (45000, None, "approximate", "Ukrainian officials", "st-2", False),
        (45000, None, "approximate", "Oleksandr Syrskiy", "st-10", False),
    ]


def test_the_sample_five_units_count_units_given_by_one_source(sample: Document) -> None:
    group = only(ledger([sample]), "North Korean units")
    assert group.agree is None and summary(group) == [
        (5, None, "exact", "Rustem Umerov", "st-5", False)
    ]


def test_every_figure_of_the_sample_is_a_claim_once(sample: Document) -> None:
    figures = [claim.figure for group in ledger([sample]) for claim in group.claims]
    assert sorted(figures) == sorted(f.id for f in sample.figures), "fg-4 as the derived claim"


# --- intervals ---------------------------------------------------------------------------------


def test_intervals_by_qualifier() -> None:
    assert interval(100, None, "exact") == Interval(100, 100)
    assert interval(100, None, "approximate") == Interval(90, 110)
    assert interval(100, None, "estimated") == Interval(90, 110)
    assert interval(200, 300, "exact") == Interval(200, 300)
    assert interval(200, 300, "approximate") == Interval(180, 330)
    assert interval(100, None, "at_least") == Interval(100, math.inf)
    assert interval(100, None, "more_than") == Interval(100, math.inf, low_open=True)
    assert interval(100, None, "at_most") == Interval(0, 100)
    assert interval(100, None, "less_than") == Interval(0, 100, high_open=True)


def test_touching_intervals_overlap_only_where_both_are_closed() -> None:
    at_least, up_to = interval(300, None, "at_least"), interval(300, None, "at_most")
    assert at_least.overlaps(up_to) and up_to.overlaps(at_least)
    assert not interval(300, None, "more_than").overlaps(up_to)
    assert not interval(300, None, "less_than").overlaps(at_least)
    assert not interval(12000, None, "estimated").overlaps(interval(15000, None, "approximate"))


# --- hand-made cases ---------------------------------------------------------------------------


def test_ranges_agree_with_what_falls_inside_and_not_with_what_does_not() -> None:
    doc = article(
        ("Ann Lee", "Ann Lee said between 200 and 300 tanks were lost.",
         [("between 200 and 300 tanks", count(200, "tanks", high=300))]),
        ("Bo Park", "Bo Park said 250 tanks were lost.", [("250 tanks", count(250, "tanks"))]),
    )  # fmt: skip
    assert ledger([doc])[0].agree is True
    doc = article(
        ("Ann Lee", "Ann Lee said between 200 and 300 tanks were lost.",
         [("between 200 and 300 tanks", count(200, "tanks", high=300))]),
        ("Bo Park", "Bo Park said 400 tanks were lost.", [("400 tanks", count(400, "tanks"))]),
    )  # fmt: skip
    (group,) = ledger([doc])
    assert (group.subject, group.agree) == ("tanks", False)


def test_percentages_group_by_what_they_measure() -> None:
    percent = {"unit": "percent", "kind": "percent"}
    doc = article(
        ("The ministry", "The ministry said unemployment rose to 7.5% in May.",
         [("7.5%", {"value": 7.5, **percent})]),
        ("A union", "A union said unemployment stood at about 8 percent.",
         [("about 8 percent", {"value": 8, "qualifier": "approximate", **percent})]),
        ("A pollster", "A pollster said 40% of voters were undecided.",
         [("40%", {"value": 40, **percent})]),
    )  # fmt: skip
    groups = ledger([doc])
    assert [(g.subject, g.unit, len(g.claims)) for g in groups] == [
        ("unemployment", "percent", 2),
        ("voters", "percent", 1),
    ]
    assert groups[0].agree is True, "7.5 lies within 8 ± 10%"


def test_a_time_after_in_is_not_what_a_figure_measures() -> None:
    money = {"unit": "dollar", "kind": "money"}
    doc = article(
        ("Ann Lee", "Ann Lee said the bill grew to $52 million in just two years.",
         [("$52 million", {"value": 52e6, **money})]),
        ("Bo Park", "Bo Park said the bill grew by $3 million in recent months.",
         [("$3 million", {"value": 3e6, **money})]),
    )  # fmt: skip
    subjects = {g.subject for g in ledger([doc])}
    assert subjects and not subjects & {"just", "recent"}


def test_sums_of_money_in_one_currency_group_written_either_way() -> None:
    doc = article(
        ("The mayor", "The mayor said the bridge cost $4.2 million.",
         [("$4.2 million", {"value": 4.2e6, "unit": "dollar", "kind": "money"})]),
        ("An auditor", "An auditor said the bridge cost about 4 million dollars.",
         [("about 4 million dollars",
           {"value": 4e6, "unit": "dollars", "kind": "money", "qualifier": "approximate"})]),
        ("A bank", "A bank said the bridge cost 3 million euros.",
         [("3 million euros", {"value": 3e6, "unit": "euros", "kind": "money"})]),
    )  # fmt: skip
    groups = ledger([doc])
    assert [(g.subject, g.unit, len(g.claims)) for g in groups] == [
        ("bridge", "dollar", 2),
        ("bridge", "euros", 1),
    ]
    assert groups[0].agree is True


@pytest.mark.parametrize(
    ("first", "second", "agree"),
    [
        (("at least 400", 400, "at_least"), ("up to 300", 300, "at_most"), False),
        (("at least 300", 300, "at_least"), ("up to 300", 300, "at_most"), True),
        (("more than 300", 300, "more_than"), ("up to 300", 300, "at_most"), False),
        (("up to 500", 500, "at_most"), ("about 450", 450, "approximate"), True),
    ],
)
def test_at_least_and_up_to(
    first: tuple[str, int, str], second: tuple[str, int, str], agree: bool
) -> None:
    doc = article(
        *(
            (who, f"{who} said {words} drones fell.",
             [(f"{words} drones", count(value, "drones", qualifier=qualifier))])
            for who, (words, value, qualifier) in zip(("Ann", "Bo"), (first, second), strict=True)
        )
    )  # fmt: skip
    (group,) = ledger([doc])
    assert group.agree is agree


def test_troops_and_tanks_never_group() -> None:
    doc = article(
        ("Ann Lee", "Ann Lee said 3,000 troops crossed.",
         [("3,000 troops", count(3000, "troops"))]),
        ("Bo Park", "Bo Park said 3,000 tanks crossed.",
         [("3,000 tanks", count(3000, "tanks"))]),
    )  # fmt: skip
    groups = ledger([doc])
    assert [(g.subject, g.agree) for g in groups] == [("troops", None), ("tanks", None)]


def test_one_source_only_has_no_verdict_even_when_it_changes_its_number() -> None:
    doc = article(
        ("Ann Lee", "Ann Lee said 3,000 soldiers crossed.",
         [("3,000 soldiers", count(3000, "soldiers"))]),
        ("Ann Lee", "Ann Lee later said 5,000 troops crossed.",
         [("5,000 troops", count(5000, "troops"))]),
    )  # fmt: skip
    (group,) = ledger([doc])
    assert (group.subject, len(group.claims), group.agree) == ("troops", 2, None)


def test_owners_keep_apart_and_a_country_in_the_statement_owns_a_bare_count() -> None:
    doc = article(
        ("Ann Lee", "Ann Lee said about 20,000 Ruritanian troops are massing.",
         [("about 20,000 Ruritanian troops",
           count(20000, "troops", "Ruritanian troops", qualifier="approximate"))]),
        ("Bo Park", "Bo Park said Ruritania has massed 21,000 troops.",
         [("21,000 troops", count(21000, "troops"))]),
        ("Cy Moss", "Cy Moss said 9,000 Freedonian troops are waiting.",
         [("9,000 Freedonian troops", count(9000, "troops", "Freedonian troops"))]),
    )  # fmt: skip
    groups = ledger([doc])
    assert [(g.subject, len(g.claims), g.agree) for g in groups] == [
        ("Ruritanian troops", 2, True),
        ("Freedonian troops", 1, None),
    ]
    assert owner_key("Ruritania") == owner_key("Ruritanian") == owner_key("Ruritanians")
    assert owner_key("North Korea") == owner_key("North Koreans") != owner_key("South Korea")


def test_a_nationality_plural_joins_that_nations_troops_or_stands_alone() -> None:
    plural = ("Bo Park", "Bo Park said at least 900 Ruritanians crossed.",
              [("at least 900 Ruritanians",
                count(900, "Ruritanians", qualifier="at_least"))])  # fmt: skip
    troops = ("Ann Lee", "Ann Lee said 1,000 Ruritanian soldiers crossed.",
              [("1,000 Ruritanian soldiers",
                count(1000, "soldiers", "Ruritanian soldiers"))])  # fmt: skip
    assert [g.subject for g in ledger([article(troops, plural)])] == ["Ruritanian troops"]
    assert [g.subject for g in ledger([article(plural)])] == ["Ruritanians"]


def test_a_count_per_item_gives_a_derived_claim_with_its_arithmetic() -> None:
    doc = article(
        ("The army", "The army said six battalions, each with roughly 400 fighters, landed.",
         [("six battalions", count(6, "battalions")),
          ("roughly 400 fighters", count(400, "fighters", qualifier="approximate"))]),
        ("A monitor", "A monitor said 2,000 fighters landed.",
         [("2,000 fighters", count(2000, "fighters"))]),
    )  # fmt: skip
    battalions, troops = ledger([doc])
    assert battalions.subject == "battalions" and troops.subject == "troops"
    derived = troops.claims[0]
    assert (derived.value, derived.qualifier, derived.derived) == (2400, "approximate", True)
    assert derived.text == "six battalions × roughly 400 fighters = about 2,400 fighters"
    assert troops.agree is False, "2,000 lies outside 2,400 ± 10%"


def test_a_rejected_statement_vouches_for_nothing() -> None:
    doc = article(
        ("Ann Lee", "Ann Lee said 30 tanks burned.", [("30 tanks", count(30, "tanks"))]),
        ("Bo Park", "Bo Park said 90 tanks burned.", [("90 tanks", count(90, "tanks"))]),
    )  # fmt: skip
    doc = doc.with_statement(replace(doc.statements[1], review=Review(status="rejected")))
    (group,) = ledger([doc])
    assert [c.source for c in group.claims] == ["Ann Lee", "unattributed"]
    assert group.claims[1].text == "Bo Park said 90 tanks burned."


def test_several_articles_one_ledger_each_claim_naming_its_article() -> None:
    first = article(("Ann Lee", "Ann Lee said 30 tanks burned.",
                     [("30 tanks", count(30, "tanks"))]), name="monday")  # fmt: skip
    second = article(("Ann Lee", "Ann Lee said 31 tanks burned.",
                      [("31 tanks", count(31, "tanks"))]), name="tuesday")  # fmt: skip
    (group,) = ledger([first, second])
    assert [c.article for c in group.claims] == ["monday", "tuesday"]
    assert group.agree is None, "the same speaker in two articles is one source"


# --- formats -----------------------------------------------------------------------------------


def test_json_has_the_contract_shape(sample: Document) -> None:
    data = json.loads(to_json(ledger([sample])))
    group = data["groups"][1]
    assert list(group) == ["subject", "unit", "agree", "claims"]
    assert list(group["claims"][1]) == [
        "value", "high", "qualifier", "source", "speaker", "statement", "figure", "derived",
        "text", "article",
    ]  # fmt: skip
    assert group["claims"][1]["value"] == 15000 and group["claims"][1]["derived"] is True


def test_text_and_csv(sample: Document) -> None:
    groups = ledger([sample])
    text = to_text(groups)
    assert "North Korean troops (troops): DISAGREE" in text
    assert "Russian troops (troops): agree" in text
    assert "about 15,000 (derived)  Rustem Umerov" in text
    rows = to_csv(groups).lstrip("\ufeff").splitlines()
    assert rows[0].startswith("subject,unit,agree,value,high,qualifier,source")
    assert rows[1].startswith("Russian troops,troops,true,45000,,approximate,Ukrainian officials")
    assert to_text(()) == "no figures\n"


# --- the command -------------------------------------------------------------------------------


def test_the_command_on_a_folder_spans_its_articles(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("kursk-north-korea.txt", "kursk-north-korea.whosaid.yaml"):
        shutil.copy(DATA / name, tmp_path)
    (tmp_path / "later.txt").write_text("No numbers here at all.\n", encoding="utf-8")
    assert cli.main(["ledger", str(tmp_path), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [g["subject"] for g in data["groups"][:2]] == ["Russian troops", "North Korean troops"]
    assert cli.main(["ledger", str(tmp_path)]) == 0
    assert "kursk-north-korea  st-6" in capsys.readouterr().out, "the article column"


def test_the_command_bad_input_is_one_line(tmp_path: Path) -> None:
    missing = tmp_path / "gone.txt"
    result = subprocess.run(
        [sys.executable, "-m", "tui", "ledger", str(missing)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert (result.returncode, result.stderr) == (1, f"whosaid: {missing}: no such file\n")
    (tmp_path / "empty").mkdir()
    assert cli.main(["ledger", str(tmp_path / "empty")]) == 1
