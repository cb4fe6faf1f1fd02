"""Every ClaimReview export is valid by the schema.org definitions (the subset it uses is
test data: tests/schemaorg/claimreview.json): known types, properties on the types that
define them, values in their ranges, and what the consumers of ClaimReview require."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from tui.core import review
from tui.core.export import to_claimreview
from tui.core.model import Document
from tui.core.store import load_document

SCHEMA = Path(__file__).resolve().parent / "schemaorg" / "claimreview.json"
SAMPLE = Path(__file__).resolve().parent.parent / "data" / "kursk-north-korea.whosaid.yaml"
DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:\d{2})?")


@cache
def vocabulary() -> dict[str, Any]:
    return json.loads(SCHEMA.read_text(encoding="utf-8"))


def ancestors(name: str) -> list[str]:
    """The class and its parents up to Thing."""
    classes = vocabulary()["classes"]
    chain = []
    while name is not None:
        chain.append(name)
        name = classes[name]["parent"]
    return chain


def datatype_fits(value: object, datatype: str) -> bool:
    if datatype == "Number":
        return isinstance(value, int | float) and not isinstance(value, bool)
    if not isinstance(value, str):
        return False
    if datatype == "URL":
        return re.match(r"https?://\S+$", value) is not None
    if datatype == "Date":
        return DATE.fullmatch(value) is not None
    if datatype == "DateTime":
        return DATETIME.fullmatch(value) is not None
    return datatype == "Text"


def problems(node: object, allowed: list[str], where: str = "$") -> list[str]:
    """What in `node` breaks the schema, for a value whose range is `allowed`."""
    vocab = vocabulary()
    if not isinstance(node, dict):
        datatypes = [t for t in allowed if t in vocab["datatypes"]]
        if any(datatype_fits(node, t) for t in datatypes):
            return []
        return [f"{where}: {node!r} is none of {allowed}"]
    kind = node.get("@type")
    if kind not in vocab["classes"]:
        return [f"{where}: unknown type {kind!r}"]
    chain = ancestors(kind)
    if not set(chain) & set(allowed):
        return [f"{where}: a {kind} where {allowed} is expected"]
    found = []
    for prop, value in node.items():
        if prop.startswith("@"):
            continue
        ranges = [r for c in chain for r in vocab["classes"][c]["properties"].get(prop, [])]
        if not ranges:
            found.append(f"{where}.{prop}: not a property of {kind}")
            continue
        for item in value if isinstance(value, list) else [value]:
            found += problems(item, ranges, f"{where}.{prop}")
    for cls in chain:
        for prop in vocab["required"].get(cls, []):
            if prop not in node:
                found.append(f"{where}: a {kind} needs {prop}")
    return found


def validate(export: str) -> list[str]:
    reviews = json.loads(export)
    assert isinstance(reviews, list)
    found = []
    for n, item in enumerate(reviews):
        assert item["@context"] == "https://schema.org"
        found += problems(item, ["ClaimReview"], f"$[{n}]")
    return found


def reviewed_sample() -> Document:
    """The sample with a URL, every statement given a verdict and some a note."""
    document = load_document(SAMPLE)
    article = replace(document.article, url="https://news.example/kursk", published="2024-11-05")
    document = replace(document, article=article)
    verdicts = ("verified", "disputed", "unverifiable")
    for n, statement in enumerate(document.statements):
        when = "2026-12-01T09:30:00Z"
        document = review.set_status(document, statement.id, verdicts[n % 3], "ana", when)
        if n % 2:
            document = review.set_note(document, statement.id, "Second source?", "ana", when)
    return document


def test_the_validator_finds_what_breaks_the_schema() -> None:
    """The layout an earlier export had: ratingExplanation on the ClaimReview, no url, an
    author that is a plain name."""
    wrong = {
        "@type": "ClaimReview",
        "claimReviewed": "x",
        "ratingExplanation": "y",
        "itemReviewed": {"@type": "Claim", "author": "Jane Roe"},
        "reviewRating": {"@type": "Rating"},
    }
    assert sorted(problems(wrong, ["ClaimReview"])) == [
        "$.itemReviewed.author: 'Jane Roe' is none of ['Organization', 'Person']",
        "$.ratingExplanation: not a property of ClaimReview",
        "$.reviewRating: a Rating needs alternateName",
        "$: a ClaimReview needs url",
    ]


def test_the_sample_s_claimreview_export_is_valid() -> None:
    export = to_claimreview(reviewed_sample())
    assert len(json.loads(export)) > 10
    assert validate(export) == []


@pytest.mark.parametrize("kind", ["person", "group", "organization", "media", "document"])
def test_every_kind_of_author_is_valid(kind: str) -> None:
    document = reviewed_sample()
    speakers = tuple(replace(s, kind=kind) for s in document.speakers)  # type: ignore[arg-type]
    assert validate(to_claimreview(replace(document, speakers=speakers))) == []
