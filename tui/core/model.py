"""The data contract: Article, Speaker, Statement, Figure, Review and Document.

Every value is a frozen dataclass; changes make a new value with `dataclasses.replace`
or the `Document.with_*` helpers. Field names follow `DESIGN.md` exactly: tools outside
the project read them. Spans are `(start, end)` code-point offsets into `Article.text`.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields, make_dataclass, replace
from typing import Any, Literal, TypeVar, cast

SCHEMA = "whosaid/1"

Span = tuple[int, int]
SpeakerKind = Literal["person", "group", "organization", "media", "document", "unknown"]
StatementKind = Literal["direct", "indirect", "mixed"]
StatementAct = Literal["speech", "thought", "stance"]
ReviewStatus = Literal["unreviewed", "verified", "disputed", "unverifiable", "rejected"]
Qualifier = Literal[
    "exact", "approximate", "at_least", "at_most", "more_than", "less_than", "estimated"
]
FigureKind = Literal["count", "duration", "money", "percent", "measure"]

SPEAKER_KINDS: tuple[str, ...] = ("person", "group", "organization", "media", "document", "unknown")
STATEMENT_KINDS: tuple[str, ...] = ("direct", "indirect", "mixed")
# What the source did: said it (a claim to check), believes it, or holds it as a stance.
STATEMENT_ACTS: tuple[str, ...] = ("speech", "thought", "stance")
REVIEW_STATUSES: tuple[str, ...] = (
    "unreviewed",
    "verified",
    "disputed",
    "unverifiable",
    "rejected",
)
QUALIFIERS: tuple[str, ...] = (
    "exact",
    "approximate",
    "at_least",
    "at_most",
    "more_than",
    "less_than",
    "estimated",
)
FIGURE_KINDS: tuple[str, ...] = ("count", "duration", "money", "percent", "measure")


def text_sha256(text: str) -> str:
    """The fingerprint stored with an annotation: a mismatch means the article changed."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _span(value: Span | None) -> list[int] | None:
    return None if value is None else [value[0], value[1]]


_Value = TypeVar("_Value")


def _unguarded(cls: type[_Value]) -> type[_Value]:
    """A maker of `cls` values (a frozen dataclass with slots) for the extraction, which makes
    hundreds of them: the same fields, defaults and value (a `cls`) as `cls(...)`, at a third
    of the cost. The frozen `__init__` sets each field through `object.__setattr__` (~1.4k
    instructions a field, to pass the guard against assignment); this is a twin of the same
    slots, not frozen, whose `__init__` assigns them (~0.2k) and then gives the value its
    class, which Python allows between classes of the same slots."""

    def become(value: Any) -> None:
        value.__class__ = cls

    twin = make_dataclass(
        cls.__name__,
        [
            (f.name, f.type, field(default=f.default, default_factory=f.default_factory))
            for f in fields(cls)
        ],
        namespace={"__post_init__": become},
        eq=False,
        repr=False,
        match_args=False,
        slots=True,
    )
    return cast(type[_Value], twin)


@dataclass(frozen=True, slots=True)
class Article:
    """An article: its text, which every span points into, and what is known of it."""

    id: str
    text: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    url: str | None = None
    file: str | None = None
    author: str | None = None
    """The byline as the page gives it: a field new to DESIGN's contract, optional."""
    language: str | None = None
    """The page's language tag ("en", "en-GB"): a field new to DESIGN's contract, optional."""

    @property
    def sha256(self) -> str:
        return text_sha256(self.text)

    def to_dict(self, *, include_text: bool) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id}
        for key in ("title", "outlet", "published", "url", "author", "language"):
            value = getattr(self, key)
            if value is not None:
                data[key] = value
        if not include_text and self.file is not None:
            data["file"] = self.file
        data["sha256"] = self.sha256
        if include_text or self.file is None:  # an annotation with no file holds the text
            data["text"] = self.text
        else:  # the text the spans index, to carry the review over when the article changes
            data["annotated_text"] = self.text
        return data


@dataclass(frozen=True, slots=True)
class Speaker:
    """A source of statements: a person, group, organization, media or document, named or
    not, with its role and where the article mentions it."""

    id: str
    name: str
    kind: SpeakerKind = "person"
    role: str | None = None
    named: bool = True
    aliases: tuple[str, ...] = ()
    mentions: tuple[Span, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "role": self.role,
            "named": self.named,
            "aliases": list(self.aliases),
            "mentions": [[s, e] for s, e in self.mentions],
        }


new_speaker = _unguarded(Speaker)


@dataclass(frozen=True, slots=True)
class Review:
    """An analyst's verdict on a statement, with a note; `corrected` when an analyst made or
    changed the statement by hand (added it, gave it another speaker)."""

    status: ReviewStatus = "unreviewed"
    note: str = ""
    reviewer: str | None = None
    updated: str | None = None
    corrected: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "note": self.note,
            "reviewer": self.reviewer,
            "updated": self.updated,
            "corrected": self.corrected,
        }


_UNREVIEWED = Review()
"""The review of a statement not yet reviewed: one instance (frozen), not one per statement."""


@dataclass(frozen=True, slots=True)
class Statement:
    """What a source said, thought or stood for (`act`): the content's span and kind (direct,
    indirect, mixed), its speaker, cue and time, figures and review."""

    id: str
    span: Span
    kind: StatementKind
    speaker: str | None = None
    speaker_span: Span | None = None
    cue: str | None = None
    cue_span: Span | None = None
    when: str | None = None
    figures: tuple[str, ...] = ()
    review: Review = _UNREVIEWED
    act: StatementAct = "speech"
    parts: tuple[Span, ...] = ()
    """The content's pieces without an interrupting attribution; none given: the span."""

    @property
    def pieces(self) -> tuple[Span, ...]:
        """The parts to highlight: `parts`, or the whole span when it is one piece."""
        return self.parts or (self.span,)

    def with_figures(self, figures: tuple[str, ...]) -> Statement:
        """This statement holding `figures`: built by position, as the extraction does for
        hundreds (`dataclasses.replace` reads every field by name, at several times the
        cost)."""
        return new_statement(
            *(self.id, self.span, self.kind, self.speaker, self.speaker_span, self.cue),
            *(self.cue_span, self.when, figures, self.review, self.act, self.parts),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "span": _span(self.span),
            "parts": [[s, e] for s, e in self.pieces],
            "kind": self.kind,
            "act": self.act,
            "speaker": self.speaker,
            "speaker_span": _span(self.speaker_span),
            "cue": self.cue,
            "cue_span": _span(self.cue_span),
        }
        if self.when is not None:
            data["when"] = self.when
        data["figures"] = list(self.figures)
        data["review"] = self.review.to_dict()
        return data


new_statement = _unguarded(Statement)


@dataclass(frozen=True, slots=True)
class Figure:
    """A number of the article: its value (or range), unit, what it counts, qualifier and the
    statement holding it."""

    id: str
    span: Span
    value: float
    high: float | None = None
    unit: str | None = None
    subject: str | None = None
    qualifier: Qualifier = "exact"
    kind: FigureKind = "count"
    statement: str | None = None

    def value_text(self) -> str:
        """`45,000` or `10,000–12,000`: the value as a reader scans it."""
        values = (self.value,) if self.high is None else (self.value, self.high)
        return "–".join(f"{v:,.0f}" if float(v).is_integer() else f"{v:,}" for v in values)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "span": _span(self.span),
            "value": _number(self.value),
            "high": None if self.high is None else _number(self.high),
            "unit": self.unit,
            "subject": self.subject,
            "qualifier": self.qualifier,
            "kind": self.kind,
            "statement": self.statement,
        }


new_figure = _unguarded(Figure)


def _number(value: float) -> int | float:
    """Whole numbers are written as integers (45000, not 45000.0)."""
    return int(value) if float(value).is_integer() else value


@dataclass(frozen=True, slots=True)
class Orphan:
    """A reviewed statement that could not be placed in a new version of its article: its
    text as it was reviewed, its speaker's name and its review, kept so nothing reviewed is
    lost. New to DESIGN's data contract (`orphans`, written only when there are some)."""

    id: str
    text: str
    speaker: str | None = None
    review: Review = field(default_factory=Review)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "text": self.text,
            "speaker": self.speaker,
            "review": self.review.to_dict(),
        }


@dataclass(frozen=True, slots=True)
class Document:
    """An article with what was found in it and its reviews: the data contract's document."""

    article: Article
    speakers: tuple[Speaker, ...] = ()
    statements: tuple[Statement, ...] = ()
    figures: tuple[Figure, ...] = ()
    orphans: tuple[Orphan, ...] = ()

    def to_dict(self, *, include_text: bool = False) -> dict[str, Any]:
        """The contract's shape: YAML leaves out `article.text`, JSON/JSONL put it in."""
        data = {
            "schema": SCHEMA,
            "article": self.article.to_dict(include_text=include_text),
            "speakers": [s.to_dict() for s in self.speakers],
            "statements": [s.to_dict() for s in self.statements],
            "figures": [f.to_dict() for f in self.figures],
        }
        if self.orphans:
            data["orphans"] = [o.to_dict() for o in self.orphans]
        return data

    _by_id: dict[str, dict[str, Any]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    """Each section's items by id, made the first time an item is looked up: a long
    article's panes look up thousands."""

    def _index(self, section: str) -> dict[str, Any]:
        index = self._by_id.get(section)
        if index is None:  # made whole, then kept: another thread never sees it half made
            index = {item.id: item for item in reversed(getattr(self, section))}  # first wins
            self._by_id[section] = index
        return index

    def speaker(self, speaker_id: str | None) -> Speaker | None:
        return None if speaker_id is None else self._index("speakers").get(speaker_id)

    def statement(self, statement_id: str | None) -> Statement | None:
        return None if statement_id is None else self._index("statements").get(statement_id)

    def figure(self, figure_id: str | None) -> Figure | None:
        return None if figure_id is None else self._index("figures").get(figure_id)

    def statements_of(self, speaker_id: str) -> tuple[Statement, ...]:
        return tuple(s for s in self.statements if s.speaker == speaker_id)

    def text_of(self, span: Span | None) -> str:
        return "" if span is None else self.article.text[span[0] : span[1]]

    def with_statement(self, statement: Statement) -> Document:
        """A new Document with `statement` replacing the one of the same id (or added)."""
        statements = list(self.statements)
        for index, existing in enumerate(statements):
            if existing.id == statement.id:
                statements[index] = statement
                break
        else:
            statements.append(statement)
            statements.sort(key=lambda s: (s.span[0], s.span[1]))
        return replace(self, statements=tuple(statements))

    def with_figure(self, figure: Figure) -> Document:
        """A new Document with `figure` replacing the one of the same id."""
        figures = tuple(figure if f.id == figure.id else f for f in self.figures)
        return replace(self, figures=figures)

    def with_speaker(self, speaker: Speaker) -> Document:
        """A new Document with `speaker` replacing the one of the same id (or added)."""
        speakers = list(self.speakers)
        for index, existing in enumerate(speakers):
            if existing.id == speaker.id:
                speakers[index] = speaker
                break
        else:
            speakers.append(speaker)
        return replace(self, speakers=tuple(speakers))
