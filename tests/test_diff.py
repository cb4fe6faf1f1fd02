"""`whosaid diff OLD NEW`: what changed between two versions of an article."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tui.core.diff import diff, render
from tui.core.extract import extract
from tui.core.model import Article, Document

FIRST = "The ferry operator said fares would rise by 4% in April."
SECOND = '"We have no other choice," said Dana Kowalczyk, the harbour master.'
THIRD = "Councillor Ibrahim Lund said the rise was unfair to families on the islands."
FOURTH = 'Kowalczyk added: "The new boats cost 12 million euros."'
OLD = "\n\n".join([FIRST, SECOND, THIRD, FOURTH]) + "\n"
NEW = (
    "\n\n".join(
        [
            FIRST.replace("4%", "6%"),
            '"Nobody asked us," said Mira Osei, who runs a cafe on the quay.',
            SECOND.replace("no other choice", "no choice"),
            FOURTH.replace("Kowalczyk added", "Dana Kowalczyk-Berg added"),
        ]
    )
    + "\n"
)
EXPECTED = """\
statements: 1 added, 1 removed, 2 reworded
+ Mira Osei: “Nobody asked us”
- Ibrahim Lund: “the rise was unfair to families on the islands”
~ The ferry operator: “fares would rise by 4% in April” → “fares would rise by 6% in April”
~ Dana Kowalczyk: “We have no other choice” → “We have no choice”
figures: 1 changed
~ 4% → 6%
speakers renamed: 1
~ Dana Kowalczyk → Dana Kowalczyk-Berg
"""


def document(text: str) -> Document:
    return extract(Article(id="ferry", text=text))


def test_two_versions_differ_by_statements_figures_and_speakers() -> None:
    assert render(diff(document(OLD), document(NEW))) == EXPECTED


def test_the_same_text_has_no_changes() -> None:
    changes = diff(document(OLD), document(OLD.replace("\n\n", "\n\n\n")))
    assert not changes
    assert render(changes) == "no statement, figure or speaker changed\n"


def test_the_diff_command(tmp_path: Path) -> None:
    (tmp_path / "v1.txt").write_text(OLD, encoding="utf-8")
    (tmp_path / "v2.md").write_text(NEW, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "tui", "diff", str(tmp_path / "v1.txt"), str(tmp_path / "v2.md")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (result.returncode, result.stdout, result.stderr) == (0, EXPECTED, "")
