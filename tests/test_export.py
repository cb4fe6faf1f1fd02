"""Exports: json, csv, markdown, ClaimReview; rejected statements never appear; each says
the act and gives a statement's parts without the attribution between them."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from pathlib import Path

import pytest

from tui.core import review
from tui.core.export import (
    FORMATS,
    ExportError,
    export,
    sentences_around,
    target_problem,
    to_claimreview,
    to_csv,
    to_json,
    to_markdown,
)
from tui.core.model import Article, Document, Figure, Review, Speaker, Statement
from tui.core.store import load_document

TEXT = (
    "Jane Roe said 45,000 troops left. "  # 0..34
    "The ministry said =SUM(A1) [click](x). "  # 34..73
    "Officials said it was a *lie*. "  # 73..104
    "Someone claimed 3 to 5 tanks."  # 104..133
)


def span_of(fragment: str) -> tuple[int, int]:
    start = TEXT.index(fragment)
    return (start, start + len(fragment))


def document() -> Document:
    return Document(
        article=Article(
            id="story",
            text=TEXT,
            title="Troops & *tanks*",
            outlet="The Daily",
            published="2024-11-05",
            url="https://daily.example/story",
            file="story.txt",
        ),
        speakers=(
            Speaker(id="jane-roe", name="Jane Roe", kind="person", role="spokeswoman"),
            Speaker(id="ministry", name="The ministry", kind="organization"),
            Speaker(id="officials", name="Officials", kind="group", named=False),
        ),
        statements=(
            Statement(
                id="st-1",
                span=span_of("45,000 troops left"),
                kind="indirect",
                speaker="jane-roe",
                cue="said",
                figures=("fg-1",),
                review=Review(
                    status="disputed",
                    note="Others say 40,000",
                    reviewer="Ana Analyst",
                    updated="2026-11-27T10:00:00Z",
                ),
            ),
            Statement(
                id="st-2",
                span=span_of("=SUM(A1) [click](x)"),
                kind="indirect",
                speaker="ministry",
                cue="said",
                review=Review(status="verified", note="-1 is fine", reviewer="Ana Analyst"),
            ),
            Statement(
                id="st-3",
                span=span_of("it was a *lie*"),
                kind="indirect",
                speaker="officials",
                cue="said",
                review=Review(status="rejected", note="REJECTED-NOTE"),
            ),
            Statement(
                id="st-4",
                span=span_of("3 to 5 tanks"),
                kind="indirect",
                speaker=None,
                cue="claimed",
                figures=("fg-2",),
            ),
        ),
        figures=(
            Figure(
                id="fg-1",
                span=span_of("45,000 troops"),
                value=45000,
                unit="troops",
                qualifier="approximate",
                statement="st-1",
            ),
            Figure(
                id="fg-2",
                span=span_of("3 to 5 tanks"),
                value=3,
                high=5,
                unit="tanks",
                statement="st-4",
            ),
            Figure(id="fg-3", span=span_of("it was"), value=1, statement="st-3"),
        ),
    )


@pytest.mark.parametrize("fmt", sorted(set(FORMATS) - {"annotation"}))
def test_rejected_statements_are_left_out_of_every_format(fmt: str) -> None:
    out = export(document(), fmt)
    assert "45,000 troops left" in out  # a statement kept
    assert "st-3" not in out
    assert "REJECTED-NOTE" not in out


def test_unknown_format() -> None:
    with pytest.raises(ValueError, match="unknown export format 'pdf'"):
        export(document(), "pdf")


def test_json_is_the_document_with_its_text() -> None:
    data = json.loads(to_json(document()))
    assert data["schema"] == "whosaid/1"
    assert data["article"]["text"] == TEXT
    assert [s["id"] for s in data["statements"]] == ["st-1", "st-2", "st-4"]
    # the figure of a rejected statement stays, belonging to no statement
    assert {f["id"]: f["statement"] for f in data["figures"]} == {
        "fg-1": "st-1",
        "fg-2": "st-4",
        "fg-3": None,
    }


def test_csv_rows_bom_and_formula_injection() -> None:
    out = to_csv(document())
    assert out.startswith(
        "\ufeffid,speaker,role,kind,act,cue,text,parts,figures,status,note,reviewer,updated"
    )
    rows = list(csv.DictReader(io.StringIO(out.removeprefix("\ufeff"))))
    assert [r["id"] for r in rows] == ["st-1", "st-2", "st-4"]
    first, second, third = rows
    assert (first["speaker"], first["role"], first["figures"], first["status"]) == (
        "Jane Roe",
        "spokeswoman",
        "45,000 troops",
        "disputed",
    )
    assert first["updated"] == "2026-11-27T10:00:00Z"
    assert second["text"] == "'=SUM(A1) [click](x)"
    assert second["note"] == "'-1 is fine"
    assert (third["speaker"], third["figures"]) == ("", "3 to 5 tanks")


def test_markdown_report() -> None:
    out = to_markdown(document())
    assert out.startswith("# Troops \\& \\*tanks\\*\n")
    assert "- Outlet: The Daily" in out
    assert "- URL: https://daily.example/story" in out
    assert "### Jane Roe, spokeswoman" in out
    assert (
        "- Jane Roe said **45,000 troops left**.\n"
        "  (indirect speech, cue: said, **disputed** by Ana Analyst, 2026-11-27T10:00:00Z)\n"
        "  Note: Others say 40,000"
    ) in out  # the whole sentence, the content marked: no quote marks the article lacks
    assert "=SUM(A1) \\[click\\](x)" in out  # not a live link
    assert "### Officials" not in out  # their only statement was rejected
    assert out.index("### Unattributed") < out.index("3 to 5 tanks")
    assert "| 45,000 troops | 45,000 | approximate | troops | st-1 (Jane Roe) |" in out
    assert "| 3 to 5 tanks | 3–5 | exact | tanks | st-4 (unattributed) |" in out


def test_claimreview_one_per_reviewed_statement() -> None:
    reviews = json.loads(to_claimreview(document()))
    assert [r["claimReviewed"] for r in reviews] == ["45,000 troops left", "=SUM(A1) [click](x)"]
    first, second = reviews
    assert first["@context"] == "https://schema.org"
    assert first["@type"] == "ClaimReview"
    assert first["itemReviewed"]["@type"] == "Claim"
    assert first["itemReviewed"]["author"] == {
        "@type": "Person",
        "name": "Jane Roe",
        "jobTitle": "spokeswoman",
    }
    appearance = first["itemReviewed"]["appearance"]
    assert appearance["@type"] == "NewsArticle"
    assert appearance["url"] == "https://daily.example/story"
    assert appearance["headline"] == "Troops & *tanks*"
    assert first["url"] == "https://daily.example/story"
    assert first["reviewRating"] == {
        "@type": "Rating",
        "alternateName": "disputed",
        "ratingExplanation": "Others say 40,000",
    }
    assert "ratingExplanation" not in first, "it belongs to the Rating"
    assert first["author"] == {"@type": "Person", "name": "Ana Analyst"}
    assert first["datePublished"] == "2026-11-27T10:00:00Z"
    assert second["itemReviewed"]["author"] == {"@type": "Organization", "name": "The ministry"}
    assert "datePublished" not in second


def test_markdown_quotes_whole_sentences_with_the_content_marked() -> None:
    sample = load_document(
        Path(__file__).resolve().parent.parent / "data" / "kursk-north-korea.whosaid.yaml"
    )
    out = to_markdown(sample)
    for statement in sample.statements:
        start, end = sentences_around(sample.article.text, statement.span)
        assert start <= statement.span[0] and statement.span[1] <= end
        opening = " ".join(sample.text_of(statement.pieces[0]).split()[:3])
        assert f"**{opening}" in out, statement.id
    direct = next(s for s in sample.statements if s.kind == "direct")
    words = " ".join(sample.text_of(direct.span).split())
    assert f"- “**{words}**,” " in out, "the quote marks are the article's own"


def test_the_sentences_around_a_statement_never_split_a_quotation() -> None:
    text = "First one. Lee said “A. B.” and left. Then more."
    inside = text.index("B.")
    assert sentences_around(text, (inside, inside + 1)) == (11, text.index(" Then"))


def test_claimreview_needs_a_url_and_says_what_to_pass() -> None:
    no_url = replace(document(), article=replace(document().article, url=None))
    with pytest.raises(ExportError, match="--url"):
        to_claimreview(no_url)


def test_claimreview_types_the_author_by_the_speaker_s_kind() -> None:
    base = document()
    kinds = {}
    for kind in ("person", "media", "organization", "group", "document", "unknown"):
        speakers = tuple(replace(s, kind=kind) if s.id == "jane-roe" else s for s in base.speakers)
        [first, _] = json.loads(to_claimreview(replace(base, speakers=speakers)))
        kinds[kind] = first["itemReviewed"]["author"]["@type"]
    assert kinds == {
        "person": "Person",
        "media": "NewsMediaOrganization",
        "organization": "Organization",
        "group": "Organization",
        "document": "Organization",
        "unknown": "Organization",
    }


def test_a_speaker_typed_by_hand_is_exported_with_the_kind_given() -> None:
    changed, speaker = review.add_speaker(
        document(), "City Hall", role="press office", kind="organization"
    )
    changed = review.set_speaker(changed, "st-1", speaker.id, "ana", "2026-12-01")
    data = json.loads(to_json(changed))
    [typed] = [s for s in data["speakers"] if s["id"] == speaker.id]
    assert (typed["kind"], typed["role"]) == ("organization", "press office")
    [first, _] = json.loads(to_claimreview(changed))
    assert first["itemReviewed"]["author"] == {"@type": "Organization", "name": "City Hall"}
    assert "### City Hall, press office (organization)" in to_markdown(changed)


def test_a_typed_speaker_no_statement_has_is_not_exported_but_kept_in_the_copy() -> None:
    """A speaker typed in for a correction since undone is no source of the article."""
    changed, speaker = review.add_speaker(document(), "City Hall", kind="organization")
    exported = {s["id"] for s in json.loads(to_json(changed))["speakers"]}
    assert speaker.id not in exported
    assert {s.id for s in document().speakers} <= exported
    assert "City Hall" in export(changed, "annotation")


def test_the_annotation_copy_keeps_everything_and_reopens(tmp_path: Path) -> None:
    original = document()
    copy = tmp_path / "copy.annotation.yaml"
    copy.write_text(export(original, "annotation"), encoding="utf-8")
    reopened = load_document(copy)
    assert reopened.article.text == original.article.text
    # rejected statements and notes included
    assert (reopened.speakers, reopened.statements, reopened.figures) == (
        original.speakers,
        original.statements,
        original.figures,
    )


def test_an_export_target_is_never_the_article_or_a_review(tmp_path: Path) -> None:
    article = tmp_path / "story.md"
    article.write_text("x", encoding="utf-8")
    review = tmp_path / "story.whosaid.yaml"
    assert target_problem(article, [article, review]) is not None
    assert target_problem(tmp_path / "other.whosaid.yaml", []) is not None
    assert target_problem(tmp_path / "story.whosaid.yaml.bak", []) is not None
    assert target_problem(tmp_path / "story.whosaid.conflict-20261127T1.yaml", []) is not None
    assert target_problem(tmp_path, []) is not None
    assert target_problem(tmp_path / "no" / "x.csv", []) is not None
    assert target_problem(tmp_path / "story.report.md", [article, review]) is None


# --- acts and parts: the invented article of conftest (a two-part quote, a thought, a stance)

QUOTE = "The bridge will reopen in May … and the repairs cost less than we feared."


def all_verified(document: Document) -> Document:
    for statement in document.statements:
        document = review.set_status(document, statement.id, "verified", "ana", "2026-12-01")
    return document


def test_json_carries_each_act_and_the_parts(acts_document: Document) -> None:
    statements = json.loads(to_json(acts_document))["statements"]
    assert [s["act"] for s in statements] == ["speech", "thought", "stance", "speech"]
    two_parts = [[start, end] for start, end in acts_document.statements[0].parts]
    assert statements[0]["parts"] == two_parts and len(two_parts) == 2
    assert statements[3]["parts"] == [statements[3]["span"]], "one part: the span"


def test_the_annotation_copy_keeps_acts_and_parts(acts_document: Document, tmp_path: Path) -> None:
    copy = tmp_path / "bridge.annotation.yaml"
    copy.write_text(export(acts_document, "annotation"), encoding="utf-8")
    assert load_document(copy).statements == acts_document.statements


def test_csv_has_the_act_and_the_words_without_the_attribution(acts_document: Document) -> None:
    rows = list(csv.DictReader(io.StringIO(to_csv(acts_document).removeprefix("\ufeff"))))
    assert [(r["act"], r["parts"]) for r in rows] == [
        ("speech", QUOTE),
        ("thought", "the repairs were rushed"),
        ("stance", "a second crossing"),
        ("speech", "the council would vote in June"),
    ]
    assert "Mayor Ada Lind said" in rows[0]["text"], "the text column is the whole span"


def test_markdown_gives_the_act_beside_the_kind_and_joins_the_parts(
    acts_document: Document,
) -> None:
    out = to_markdown(acts_document)
    assert (
        "- “**The bridge will reopen in May**,” Mayor Ada Lind said on Monday, "
        "“**and the repairs cost less than we feared.**”\n"
        "  (direct speech, cue: said, on Monday, **unreviewed**)"
    ) in out, "both parts marked, the attribution between them not"
    assert "believes **the repairs were rushed**.\n  (indirect thought, cue: believes," in out
    assert "supports **a second crossing**.\n  (indirect stance, cue: supports," in out


def test_claimreview_rates_only_claims_made_not_thoughts_or_stances(
    acts_document: Document,
) -> None:
    article = replace(acts_document.article, url="https://gazette.example/bridge")
    reviews = json.loads(to_claimreview(all_verified(replace(acts_document, article=article))))
    assert [r["claimReviewed"] for r in reviews] == [QUOTE, "the council would vote in June"]


def test_a_statement_with_figures_keeps_every_other_field() -> None:
    """`Statement.with_figures` builds by position: it must stay in step with the fields."""
    statement = Statement(
        "st-4",
        (10, 40),
        "mixed",
        "lee",
        (0, 3),
        "said",
        (4, 8),
        "on Monday",
        review=Review(status="accepted"),
        act="thought",
        parts=((10, 20), (25, 40)),
    )
    assert statement.with_figures(("fg-2",)) == replace(statement, figures=("fg-2",))
