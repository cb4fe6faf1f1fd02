"""Exports of a reviewed Document: JSON, CSV, a Markdown report, ClaimReview JSON-LD, and a
self-contained copy of the annotation.

Each format is a pure function `Document -> str`; `export(document, fmt)` picks one.
Statements the analyst rejected ("not a statement") are left out of every export but the
annotation copy, which keeps everything. Every format says each statement's act (speech,
thought, stance) and gives its words as its parts, without an attribution between them;
ClaimReview keeps only speech: a claim is something a source said, not a belief or a
stance ascribed to them.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from tui.core.model import Document, Figure, Span, Speaker, Statement
from tui.core.review import VERDICTS, listed_speakers
from tui.core.reviewlog import LOG_SUFFIX
from tui.core.shown import shown, without_bidi
from tui.core.sources import ANNOTATION_SUFFIX
from tui.core.store import dump_yaml
from tui.core.text import article_sentences, unwrapped

CSV_COLUMNS = (
    "id",
    "speaker",
    "role",
    "kind",
    "act",
    "cue",
    "text",
    "parts",
    "figures",
    "status",
    "note",
    "reviewer",
    "updated",
)
# A spreadsheet runs a cell as a formula when it starts with one of these, after blanks
# (spaces, a no-break space: some spreadsheets skip them) or as its full-width form.
_FORMULA = re.compile(r"[\s\u200b\ufeff]*[=+\-@\uff1d\uff0b\uff0d\uff20]|[\t\r\n]")
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~&])")


def without_rejected(document: Document) -> Document:
    """The Document less its rejected statements; their figures belong to no statement."""
    rejected = {s.id for s in document.statements if s.review.status == "rejected"}
    if not rejected:
        return document
    return replace(
        document,
        statements=tuple(s for s in document.statements if s.id not in rejected),
        figures=tuple(
            replace(f, statement=None) if f.statement in rejected else f for f in document.figures
        ),
    )


def to_json(document: Document) -> str:
    """The Document in the contract's JSON shape, with the article text; its speakers those
    the reader lists (not one typed in for a correction since undone)."""
    listed = replace(without_rejected(document), speakers=listed_speakers(document))
    data = listed.to_dict(include_text=True)
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def to_csv(document: Document) -> str:
    """One row per statement; UTF-8 with a BOM so spreadsheets read it right."""
    document = without_rejected(document)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for statement in document.statements:
        speaker = document.speaker(statement.speaker)
        name, role = (speaker.name, speaker.role or "") if speaker else ("", "")
        review = statement.review
        row = (
            statement.id,
            name,
            role,
            statement.kind,
            statement.act,
            statement.cue or "",
            document.text_of(statement.span),
            statement_words(document, statement),
            "; ".join(_expression(document, f) for f in _figures_of(document, statement)),
            review.status,
            review.note,
            review.reviewer or "",
            review.updated or "",
        )
        writer.writerow([inert_cell(cell) for cell in row])
    return "\ufeff" + out.getvalue()


def statement_words(document: Document, statement: Statement) -> str:
    """What the source said (or thinks, or holds), on one line: the parts, without the
    attribution between them, joined by ` … `; plain text (no bidi controls)."""
    pieces = (without_bidi(document.text_of(part)) for part in statement.pieces)
    return " … ".join(" ".join(piece.split()) for piece in pieces)


def inert_cell(value: str) -> str:
    """Neutralise formula injection: a cell a spreadsheet would evaluate gets a leading `'`."""
    value = without_bidi(value)
    return "'" + value if _FORMULA.match(value) else value


def to_markdown(document: Document) -> str:
    """A report for a colleague: the article, each speaker's statements, then the figures."""
    document = without_rejected(document)
    article = document.article
    lines = [f"# {_md(article.title or article.id)}", ""]
    for label, value in (
        ("Outlet", article.outlet),
        ("Published", article.published),
        ("URL", article.url),
        ("File", article.file),
    ):
        if value:
            lines.append(f"- {label}: {_md(value)}")
    lines += ["", "## Who said what", ""]
    speakers: list[Speaker | None] = [s for s in document.speakers if document.statements_of(s.id)]
    if any(document.speaker(s.speaker) is None for s in document.statements):
        speakers.append(None)
    if not speakers:
        lines += ["No statements.", ""]
    for speaker in speakers:
        lines += [f"### {_speaker_heading(speaker)}", ""]
        for statement in document.statements:
            if document.speaker(statement.speaker) is speaker:
                lines += _markdown_statement(document, statement)
    if document.figures:
        lines += [
            "## Figures",
            "",
            "| Expression | Value | Qualifier | Unit | Statement |",
            "| --- | --- | --- | --- | --- |",
        ]
        for figure in document.figures:
            owner = document.statement(figure.statement)
            cells = (
                _expression(document, figure),
                figure.value_text(),
                figure.qualifier.replace("_", " "),
                figure.unit or "",
                f"{owner.id} ({_speaker_name(document, owner)})" if owner else "",
            )
            lines.append("| " + " | ".join(_md(cell) for cell in cells) + " |")
        lines.append("")
    return "\n".join(lines)


def citation(document: Document, statement: Statement) -> str:
    """The statement as an analyst quotes it elsewhere: `“…” — Name, role, outlet, date`
    (reported speech without quotation marks: the words are the reporter's)."""
    words = statement_words(document, statement)
    speaker = document.speaker(statement.speaker)
    article = document.article
    source = [speaker.name, speaker.role] if speaker else ["unattributed"]
    who = ", ".join(part for part in (*source, article.outlet, article.published) if part)
    shown = words if statement.kind == "indirect" else f"“{words}”"
    return f"{shown} — {who}"


def _speaker_heading(speaker: Speaker | None) -> str:
    if speaker is None:
        return "Unattributed"
    heading = _md(speaker.name) + (f", {_md(speaker.role)}" if speaker.role else "")
    return heading + ("" if speaker.kind == "unknown" else f" ({speaker.kind})")


def _speaker_name(document: Document, statement: Statement) -> str:
    speaker = document.speaker(statement.speaker)
    return speaker.name if speaker else "unattributed"


def _markdown_statement(document: Document, statement: Statement) -> list[str]:
    """One statement: the whole sentence(s) it stands in, its content in bold; how it was
    attributed (`direct speech`, `indirect thought`, the cue, when), and the verdict with
    who gave it and when."""
    review = statement.review
    details = [f"{statement.kind} {statement.act}"]
    if statement.cue:
        details.append(f"cue: {_md(statement.cue)}")
    if statement.when:
        details.append(_md(statement.when))
    verdict = f"**{review.status}**"
    if review.reviewer:
        verdict += f" by {_md(review.reviewer)}"
    if review.updated:
        verdict += f", {_md(review.updated)}"
    details.append(verdict)
    lines = [f"- {_in_its_sentences(document, statement)}", f"  ({', '.join(details)})"]
    if review.note:
        lines.append(f"  Note: {_md(review.note)}")
    return lines + [""]


def sentences_around(text: str, span: Span) -> Span:
    """The whole sentence(s) `span` stands in: from the start of the sentence holding its
    first character to the end of the one holding its last (quotations never split; a
    paragraph wrapped by hand read as one, as the extraction reads it)."""
    held = [s for s in _sentences_of(text) if s[0] < span[1] and s[1] > span[0]]
    if not held:
        return span
    return min(held[0][0], span[0]), max(held[-1][1], span[1])


@lru_cache(maxsize=4)
def _sentences_of(text: str) -> tuple[Span, ...]:
    """Every sentence of `text` in order, read once per article for all its statements."""
    return tuple(article_sentences(unwrapped(text)))  # same length: spans are the article's


def _in_its_sentences(document: Document, statement: Statement) -> str:
    """Markdown of the sentence(s) a statement stands in, each of its parts in bold."""
    text = document.article.text
    start, end = sentences_around(text, statement.span)
    out, at = [], start
    for part_start, part_end in statement.pieces:
        out += [_md_run(text[at:part_start]), f"**{_md(text[part_start:part_end])}**"]
        at = part_end
    out.append(_md_run(text[at:end]))
    return "".join(out).strip()


def _md_run(text: str) -> str:
    """Article text between marked parts: escaped, its spaces collapsed but kept."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", re.sub(r"\s+", " ", text))


def _md(text: str) -> str:
    """Article text inline in Markdown: one line, markup characters escaped, no bidi
    controls, any other control character (from a file name) written out."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", shown(" ".join(without_bidi(text).split())))


class ExportError(ValueError):
    """What an export needs and the document lacks, in one line that says what to do."""


AUTHOR_TYPES: dict[str, str] = {"person": "Person", "media": "NewsMediaOrganization"}
"""The schema.org type of a claim's author by the speaker's kind; any other kind (group,
organization, document, unknown) speaks as an Organization."""


def to_claimreview(document: Document) -> str:
    """A JSON list of schema.org ClaimReview objects, one per reviewed speech statement.

    Thoughts and stances are left out, reviewed or not: a ClaimReview rates a claim someone
    made, and "she believes X" is not a claim she made (the other formats keep them). The
    consumers of ClaimReview require a `url`: the article's; without one, ExportError."""
    if not document.article.url:
        raise ExportError(
            "ClaimReview needs the article's URL: add `url:` under `article:` in the "
            "annotation file, or pass --url URL to `whosaid export`."
        )
    document = without_rejected(document)
    reviews = [
        _claimreview(document, s)
        for s in document.statements
        if s.review.status in VERDICTS and s.act == "speech"
    ]
    return json.dumps(reviews, ensure_ascii=False, indent=2) + "\n"


def _claimreview(document: Document, statement: Statement) -> dict[str, Any]:
    """One ClaimReview: the claim is the statement's content (its parts, not the attribution
    between them), its author typed by the speaker's kind, the verdict and the analyst's note
    on the Rating."""
    article = document.article
    appearance = _present(
        {
            "@type": "NewsArticle",
            "name": article.title or article.id,
            "headline": article.title,
            "url": article.url,
            "datePublished": article.published,
            "publisher": {"@type": "Organization", "name": article.outlet}
            if article.outlet
            else None,
        }
    )
    speaker = document.speaker(statement.speaker)
    review = statement.review
    return _present(
        {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "url": article.url,
            "claimReviewed": statement_words(document, statement),
            "itemReviewed": _present(
                {
                    "@type": "Claim",
                    "author": _author(speaker) if speaker else None,
                    "datePublished": article.published,
                    "appearance": appearance,
                }
            ),
            "reviewRating": _present(
                {
                    "@type": "Rating",
                    "alternateName": review.status,
                    "ratingExplanation": review.note or None,
                }
            ),
            "author": {"@type": "Person", "name": review.reviewer} if review.reviewer else None,
            "datePublished": review.updated,
        }
    )


def _author(speaker: Speaker) -> dict[str, Any]:
    """A person is a schema.org Person (with the role as jobTitle); media a
    NewsMediaOrganization; anything else an Organization."""
    kind = AUTHOR_TYPES.get(speaker.kind, "Organization")
    job = speaker.role if kind == "Person" else None
    return _present({"@type": kind, "name": speaker.name, "jobTitle": job})


def _present(data: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in data.items() if value is not None}


def _figures_of(document: Document, statement: Statement) -> list[Figure]:
    return [f for f in (document.figure(i) for i in statement.figures) if f is not None]


def _expression(document: Document, figure: Figure) -> str:
    return " ".join(document.text_of(figure.span).split())


def to_annotation(document: Document) -> str:
    """The whole review as a self-contained annotation file (the article text inside):
    nothing left out, rejected statements included. The rescue when the review's own file
    cannot be written."""
    return dump_yaml(document, include_text=True)


@dataclass(frozen=True, slots=True)
class ExportFormat:
    label: str
    what: str
    extension: str
    convert: Callable[[Document], str]


FORMATS: dict[str, ExportFormat] = {
    "json": ExportFormat("JSON", "the annotation, with the article text", ".json", to_json),
    "csv": ExportFormat("CSV", "one row per statement, for a spreadsheet", ".csv", to_csv),
    "markdown": ExportFormat(
        "Markdown", "a readable report, statement by statement", ".report.md", to_markdown
    ),
    "claimreview": ExportFormat(
        "ClaimReview",
        "schema.org JSON-LD fact-checks, speech only",
        ".claimreview.json",
        to_claimreview,
    ),
    "annotation": ExportFormat(
        "Annotation",
        "the whole review as YAML, everything kept: a copy to reopen",
        ".annotation.yaml",
        to_annotation,
    ),
}


def export(document: Document, fmt: str) -> str:
    """`document` in one of FORMATS."""
    try:
        return FORMATS[fmt].convert(document)
    except KeyError:
        choices = ", ".join(FORMATS)
        raise ValueError(f"unknown export format {fmt!r}; expected one of {choices}") from None


def target_problem(path: Path, protected: Iterable[Path] = ()) -> str | None:
    """Why an export must not be written to `path`, or None when it may.

    Never a folder, never the article or its review (`protected`), nor any review file,
    backup, log or conflict file: an export must not be able to destroy what it exports.
    """
    if path.is_dir():
        return shown(f"{path} is a folder: give a file name.")
    if not path.parent.is_dir():
        return shown(f"There is no folder {path.parent}.")
    name = path.name
    review_file = name.endswith((ANNOTATION_SUFFIX, ANNOTATION_SUFFIX + ".bak", LOG_SUFFIX))
    if review_file or ".whosaid.conflict-" in name:
        return shown(f"{name} is a review file: export to another name.")
    resolved = path.resolve()
    if any(resolved == p.resolve() for p in protected):
        return shown(f"{name} is the article or its review: export to another name.")
    return None
