"""What changed between two versions of an article: statements added, removed or reworded,
figures changed, speakers renamed. The versions are aligned as a review is carried over
(`reanchor.TextMap`): an old statement is matched with the new statement at its new place."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TypeVar

from tui.core.model import Document, Figure, Span, Statement
from tui.core.reanchor import TextMap

T = TypeVar("T", Statement, Figure)


@dataclass(frozen=True, slots=True)
class Changes:
    """Texts as they read, with the speaker's name first for statements."""

    added: list[tuple[str, str]] = field(default_factory=list)  # (speaker, statement)
    removed: list[tuple[str, str]] = field(default_factory=list)
    reworded: list[tuple[str, str, str]] = field(default_factory=list)  # (speaker, old, new)
    figures_added: list[str] = field(default_factory=list)
    figures_removed: list[str] = field(default_factory=list)
    figures_changed: list[tuple[str, str]] = field(default_factory=list)  # (old, new)
    renamed: list[tuple[str, str]] = field(default_factory=list)  # (old name, new name)

    def __bool__(self) -> bool:
        return any(getattr(self, name) for name in self.__dataclass_fields__)


def diff(old: Document, new: Document) -> Changes:
    """The changes from `old` to `new` (two extractions or reviews of one article)."""
    places = TextMap.between(old.article.text, new.article.text)
    changes = Changes()
    matched: set[str] = set()
    for statement in old.statements:
        if statement.review.status == "rejected":
            continue
        placed = places.place(statement.span)
        twin = _overlapping(new.statements, placed[0]) if placed else None
        if twin is None or twin.review.status == "rejected":
            changes.removed.append((_speaker(old, statement), old.text_of(statement.span)))
            continue
        matched.add(twin.id)
        was, now = old.text_of(statement.span), new.text_of(twin.span)
        if was != now:
            changes.reworded.append((_speaker(new, twin), was, now))
        names = (_speaker(old, statement), _speaker(new, twin))
        if names[0] != names[1] and names not in changes.renamed:
            changes.renamed.append(names)
    for statement in new.statements:
        if statement.id not in matched and statement.review.status != "rejected":
            changes.added.append((_speaker(new, statement), new.text_of(statement.span)))
    kept: set[str] = set()
    for figure in old.figures:
        placed = places.place(figure.span)
        moved = placed[0] if placed else places.moved(figure.span)  # "4%" -> "6%" moved too
        twin = _overlapping(new.figures, moved) if moved else None
        if twin is None:
            changes.figures_removed.append(old.text_of(figure.span))
            continue
        kept.add(twin.id)
        if _reading(old, figure) != _reading(new, twin):
            changes.figures_changed.append((old.text_of(figure.span), new.text_of(twin.span)))
    changes.figures_added.extend(new.text_of(f.span) for f in new.figures if f.id not in kept)
    return changes


def render(changes: Changes) -> str:
    """The changes as lines: `+` added, `-` removed, `~` changed."""
    if not changes:
        return "no statement, figure or speaker changed\n"
    lines: list[str] = []
    lines += _section(
        "statements",
        ("added", [f"+ {who}: “{text}”" for who, text in changes.added]),
        ("removed", [f"- {who}: “{text}”" for who, text in changes.removed]),
        ("reworded", [f"~ {who}: “{was}” → “{now}”" for who, was, now in changes.reworded]),
    )
    lines += _section(
        "figures",
        ("added", [f"+ {text}" for text in changes.figures_added]),
        ("removed", [f"- {text}" for text in changes.figures_removed]),
        ("changed", [f"~ {was} → {now}" for was, now in changes.figures_changed]),
    )
    if changes.renamed:
        lines.append(f"speakers renamed: {len(changes.renamed)}")
        lines += [f"~ {was} → {now}" for was, now in changes.renamed]
    return "\n".join(" ".join(line.split()) for line in lines) + "\n"


def _section(name: str, *groups: tuple[str, list[str]]) -> list[str]:
    """A heading counting each group ("statements: 2 added, 1 reworded"), then their lines;
    nothing when every group is empty."""
    counted = [f"{len(items)} {what}" for what, items in groups if items]
    if not counted:
        return []
    return [f"{name}: " + ", ".join(counted)] + [line for _, items in groups for line in items]


def _overlapping(items: tuple[T, ...], span: Span) -> T | None:
    """The item that overlaps `span` most, if any does."""
    best: tuple[int, T] | None = None
    for item in items:
        overlap = min(item.span[1], span[1]) - max(item.span[0], span[0])
        if overlap > 0 and (best is None or overlap > best[0]):
            best = (overlap, item)
    return None if best is None else best[1]


def _speaker(document: Document, statement: Statement) -> str:
    speaker = document.speaker(statement.speaker)
    return speaker.name if speaker is not None else "(no speaker)"


def _reading(document: Document, figure: Figure) -> tuple[object, ...]:
    return (figure.value, figure.high, figure.unit, figure.qualifier, document.text_of(figure.span))
