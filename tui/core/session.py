"""A review session's file: saved after every action, never overwriting someone else's changes.

The session remembers the document as last read or written (the *base*) and the file's bytes
at that moment. Before each save it looks at the file again: unchanged -> write; changed ->
three-way merge per statement. Changes to different statements are combined; when both
sides changed the same statement, the file keeps the other side's version and ours goes to
`<stem>.whosaid.conflict-<time>.yaml`, so nothing typed is lost and nothing is overwritten.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

from tui.core.errors import InputError
from tui.core.model import Document, Figure, Speaker, Statement
from tui.core.store import ANNOTATION_SUFFIX, atomic_write, document_from_bytes, dump_yaml


@dataclass(frozen=True, slots=True)
class SaveResult:
    """What a save did: the document now on disk, and whether it merged or conflicted."""

    document: Document
    merged: bool = False
    conflicts: tuple[str, ...] = ()
    conflict_path: Path | None = None


def _digest(data: bytes | None) -> str | None:
    return None if data is None else hashlib.sha256(data).hexdigest()


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


def conflict_path(path: Path, when: datetime | None = None) -> Path:
    stamp = (when or datetime.now(UTC)).strftime("%Y%m%dT%H%M%S.%fZ")  # two in one second: two
    stem = path.name.removesuffix(ANNOTATION_SUFFIX)
    return path.with_name(f"{stem}.whosaid.conflict-{stamp}.yaml")


class Session:
    """The annotation file of one article, saved at once after every review action."""

    def __init__(self, path: Path, document: Document) -> None:
        self.path = Path(path)
        self.base = document
        try:
            self._known = _digest(_read(self.path))
        except OSError:  # a directory in the way, say: the first save will report it
            self._known = None

    def save(self, document: Document) -> SaveResult:
        """Write `document`, merging with changes made on disk since our last read or write.

        Raises OSError when the file can't be written; the caller keeps the session in memory.
        """
        on_disk = _read(self.path)
        if _digest(on_disk) == self._known or on_disk is None:
            return self._write(document, SaveResult(document))
        try:
            theirs = document_from_bytes(self.path, on_disk)
        except InputError as error:
            # Someone left a file we cannot read: keep ours beside it, touch nothing else.
            mine_path = conflict_path(self.path)
            atomic_write(mine_path, dump_yaml(document), mode_of=self.path)
            raise OSError(f"{error}; your review is in {mine_path.name}") from None
        merged, conflicts = merge(self.base, document, theirs)
        if not conflicts:
            return self._write(merged, SaveResult(merged, merged=True))
        mine_path = conflict_path(self.path)
        atomic_write(mine_path, dump_yaml(document), mode_of=self.path)
        return self._write(
            merged, SaveResult(merged, merged=True, conflicts=conflicts, conflict_path=mine_path)
        )

    def _write(self, document: Document, result: SaveResult) -> SaveResult:
        content = dump_yaml(document)
        atomic_write(self.path, content, keep_backup=True)
        self.base = document
        self._known = _digest(content.encode("utf-8"))
        return result


def merge(base: Document, mine: Document, theirs: Document) -> tuple[Document, tuple[str, ...]]:
    """Three-way merge by id; returns the merged document and the conflicting statement ids.

    A statement (or figure, or speaker) changed on one side only takes that side; changed
    alike on both, either; changed differently on both, theirs (the file is never
    overwritten) — and a statement's id is reported.
    """
    statements, conflicts = _merge_by_id(base.statements, mine.statements, theirs.statements)
    figures, _ = _merge_by_id(base.figures, mine.figures, theirs.figures)
    speakers, _ = _merge_by_id(base.speakers, mine.speakers, theirs.speakers)
    merged = replace(
        theirs,
        speakers=tuple(speakers),
        statements=tuple(sorted(statements, key=lambda s: (s.span, s.id))),
        figures=tuple(sorted(figures, key=lambda f: (f.span, f.id))),
    )
    return merged, conflicts


Item = TypeVar("Item", Statement, Figure, Speaker)


def _merge_by_id(
    base: tuple[Item, ...], mine: tuple[Item, ...], theirs: tuple[Item, ...]
) -> tuple[list[Item], tuple[str, ...]]:
    merged: dict[str, Item] = {item.id: item for item in theirs}
    old_items = {item.id: item for item in base}
    conflicts: list[str] = []
    for item in mine:
        old = old_items.get(item.id)
        other = merged.get(item.id)
        if other is None or other == old:
            merged[item.id] = item
        elif item != old and item != other:
            conflicts.append(item.id)
    return list(merged.values()), tuple(conflicts)
