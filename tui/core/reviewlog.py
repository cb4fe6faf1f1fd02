"""The review log: every review action one JSON line, on disk before the reader says "saved".

`<stem>.whosaid.log` sits beside `<stem>.whosaid.yaml`. Each action (a verdict, a rejection, a
note, a speaker change, an added statement, an undo) is appended as one line

    {"id": "5f0c...", "statement": "st-3", "field": "status", "old": "unreviewed",
     "new": "verified", "reviewer": "ana", "time": "2026-11-27T10:00:00Z"}

flushed and fsynced under a lock (`_exclusive`): two readers never interleave, and
each reads the other's actions before writing its own, so `old` is what the other left and an
added statement's id is never taken twice. The same field changed by both: the later line wins
and the log keeps both. Lines are never deleted; an undo is one more action.

Every action *sets* a value (never a difference), so replaying the whole log on any earlier
version of the YAML gives the same review. Opening replays it; the YAML is rewritten from it
(`fold`) now and then, on quit and by `whosaid check` / `export`; a crash between the two loses
nothing.
"""

from __future__ import annotations

import json
import os
import pickle
import re
import secrets
import stat
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from tui.core import review
from tui.core.model import (
    REVIEW_STATUSES,
    SPEAKER_KINDS,
    STATEMENT_KINDS,
    Document,
    Span,
    Statement,
)
from tui.core.sources import ANNOTATION_SUFFIX, clean_text
from tui.core.store import (
    atomic_write,
    dump_yaml,
    link_target,
    load_document,
)

# --- the lock and positioned reads: POSIX or Windows ----------------------------------------

if sys.platform == "win32":
    import msvcrt

    LOCKED_BYTE = 2**31 - 2
    """The byte Windows locks: past the end of any log (a Windows lock keeps other readers
    from reading the bytes it covers, so it cannot be on the log's lines), and under 2 GB,
    where the C runtime's `_locking` reaches."""
    OPEN_FLAGS = os.O_BINARY  # else Windows writes each "\n" as "\r\n"

    @contextmanager
    def _exclusive(fd: int) -> Iterator[None]:
        """The log's lock, held by one reader at a time (`msvcrt.locking`, which gives up
        after ten tries a second apart: tried again until it is had)."""
        os.lseek(fd, LOCKED_BYTE, os.SEEK_SET)
        while True:
            try:
                msvcrt.locking(fd, msvcrt.LK_LOCK, 1)
                break
            except OSError:  # held by another reader for ten seconds: wait on
                continue
        try:
            yield
        finally:
            os.lseek(fd, LOCKED_BYTE, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

    def _read_at(fd: int, size: int, offset: int) -> bytes:
        """Up to `size` bytes from `offset` (Windows has no `pread`)."""
        os.lseek(fd, offset, os.SEEK_SET)
        chunks: list[bytes] = []
        while size > 0 and (chunk := os.read(fd, size)):
            chunks.append(chunk)
            size -= len(chunk)
        return b"".join(chunks)

    def _same_mode(fd: int, mode: int) -> None:
        """Nothing: a Windows file's permissions are not its mode bits."""

else:
    import fcntl

    OPEN_FLAGS = 0

    @contextmanager
    def _exclusive(fd: int) -> Iterator[None]:
        """The log's advisory lock, held by one reader at a time (`flock`; closing the file
        releases it too, should the reader die)."""
        fcntl.flock(fd, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)

    _read_at = os.pread
    _same_mode = os.fchmod


LOG_SUFFIX = ".whosaid.log"
FIELDS: tuple[str, ...] = ("status", "note", "speaker", "added")
"""What an action sets: a statement's review status, its note, its speaker; or the statement
itself, added by a reviewer (`new` is its span and speaker; None takes it back)."""
FOLD_TRIES = 3


def log_path(annotation: Path) -> Path:
    """`article.whosaid.yaml` -> `article.whosaid.log`, beside it; beside the file it leads to
    when it is a link, so that every way to one review shares one log and one lock."""
    annotation = link_target(annotation)
    return annotation.with_name(annotation.name.removesuffix(ANNOTATION_SUFFIX) + LOG_SUFFIX)


# --- actions -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Action:
    """One line of the log: `field` of `statement` went from `old` to `new`."""

    id: str
    statement: str
    field: str
    old: Any
    new: Any
    reviewer: str | None
    time: str
    name: str | None = None
    """speaker, added: the name of a speaker typed in (new to the article; `new` is its id)."""
    role: str | None = None
    """speaker, added: the role given to the speaker typed in."""
    kind: str | None = None
    """speaker, added: the kind given to the speaker typed in (person, organization, ...)."""
    mention: Span | None = None
    """speaker: the speaker's mention in the attribution, when known (an undo puts it back)."""
    undoes: str | None = None
    """The id of the action this one undoes."""
    corrected: bool | None = None
    """speaker: whether the statement's speaker is a correction after this action (None: it
    is); an undo puts back the statement's flag from before the change it undoes."""

    def to_json(self) -> str:
        data: dict[str, Any] = {
            "id": self.id,
            "statement": self.statement,
            "field": self.field,
            "old": self.old,
            "new": self.new,
            "reviewer": self.reviewer,
            "time": self.time,
        }
        if self.name is not None:
            data["name"] = self.name
        if self.role is not None:
            data["role"] = self.role
        if self.kind is not None:
            data["kind"] = self.kind
        if self.mention is not None:
            data["mention"] = list(self.mention)
        if self.undoes is not None:
            data["undoes"] = self.undoes
        if self.corrected is not None:
            data["corrected"] = self.corrected
        return json.dumps(data, ensure_ascii=False)

    @classmethod
    def from_json(cls, line: bytes) -> Action:
        """The action on one line; ValueError when it is not one (a torn or foreign line)."""
        data = json.loads(line)
        if not isinstance(data, dict) or data.get("field") not in FIELDS:
            raise ValueError("not an action")
        for key in ("id", "statement", "time"):
            _check(isinstance(data.get(key), str))
        for key in ("reviewer", "name", "role", "undoes"):
            _check(isinstance(data.get(key), str | None))
        _check(data.get("kind") in (None, *SPEAKER_KINDS))
        _check(isinstance(data.get("corrected"), bool | None))
        field, new = data["field"], data.get("new")
        if field == "status":
            _check(new in REVIEW_STATUSES)
        elif field == "note":
            _check(isinstance(new, str))
        elif field == "speaker":
            _check(isinstance(new, str | None))
        else:
            _check(new is None or (isinstance(new, dict) and _span(new.get("span")) is not None))
        mention = data.get("mention")
        _check(mention is None or _span(mention) is not None)
        return cls(
            id=data["id"],
            statement=data["statement"],
            field=field,
            old=data.get("old"),
            new=new,
            reviewer=data.get("reviewer"),
            time=data["time"],
            name=data.get("name"),
            role=data.get("role"),
            kind=data.get("kind"),
            mention=_span(mention),
            undoes=data.get("undoes"),
            corrected=data.get("corrected"),
        )

    def describe(self, document: Document) -> str:
        """What it did, in a few words: `verified (was unreviewed)`."""
        said = "undo: " if self.undoes else ""
        if self.field == "status":
            return f"{said}{self.new} (was {self.old})"
        if self.field == "note":
            return f"{said}note {_short(self.new)} (was {_short(self.old)})"
        if self.field == "speaker":
            new = self.name or _speaker_name(document, self.new)
            return f"{said}speaker {new} (was {_speaker_name(document, self.old)})"
        if self.new is None:
            return f"{said}added statement taken back"
        speaker = self.name or _speaker_name(document, self.new.get("speaker"))
        return f"{said}added, said by {speaker}"


def _check(ok: bool) -> None:
    if not ok:
        raise ValueError("not an action")


def _span(value: Any) -> Span | None:
    if (
        isinstance(value, list)
        and len(value) == 2
        and all(isinstance(v, int) and not isinstance(v, bool) for v in value)
    ):
        return (value[0], value[1])
    return None


def _short(note: Any) -> str:
    text = " ".join(str(note or "").split())
    return json.dumps(text if len(text) <= 40 else text[:39] + "…", ensure_ascii=False)


def _speaker_name(document: Document, speaker_id: Any) -> str:
    speaker = document.speaker(speaker_id if isinstance(speaker_id, str) else None)
    return "nobody" if speaker is None else speaker.name


def value_of(statement: Statement, field: str) -> Any:
    """The value an action on `field` sets, as `statement` has it now."""
    if field == "status":
        return statement.review.status
    if field == "note":
        return statement.review.note
    if field == "speaker":
        return statement.speaker
    return {"span": list(statement.span), "speaker": statement.speaker}


def apply(document: Document, action: Action) -> Document:
    """The document with one action done. An action that no longer fits (its statement is gone,
    its span is outside this text) changes nothing."""
    statement = document.statement(action.statement)
    who, when = action.reviewer, action.time
    try:
        if action.field == "added":
            if action.new is None:
                return (
                    document
                    if statement is None
                    else review.remove_statement(document, statement.id)
                )
            if statement is not None:
                return document
            document, speaker = _speaker(document, action.new.get("speaker"), action)
            span = _span(action.new["span"])
            assert span is not None  # checked by from_json
            kind = action.new.get("kind", "indirect")
            kind = kind if kind in STATEMENT_KINDS else "indirect"
            return review.add_statement(document, span, speaker, who, when, action.statement, kind)[
                0
            ]
        if statement is None:
            return document
        if action.field == "status":
            return review.set_status(document, statement.id, action.new, who, when)
        if action.field == "note":
            return review.set_note(document, statement.id, action.new, who, when)
        document, speaker = _speaker(document, action.new, action)
        corrected = action.corrected is not False
        return review.set_speaker(
            document, statement.id, speaker, who, when, action.mention, corrected
        )
    except (KeyError, ValueError):
        return document


def _speaker(document: Document, speaker_id: Any, action: Action) -> tuple[Document, str | None]:
    """The document with the action's speaker in it (added, with the role and kind given,
    when the action named a new one)."""
    if not isinstance(speaker_id, str):
        return document, None
    if action.name is not None and document.speaker(speaker_id) is None:
        kind = action.kind or "unknown"
        document = review.add_speaker(document, action.name, speaker_id, action.role, kind)[0]  # type: ignore[arg-type]
    if document.speaker(speaker_id) is None:
        raise KeyError(speaker_id)
    return document, speaker_id


def replay(document: Document, actions: list[Action]) -> Document:
    """The document with the actions done, in order.

    Each action is done on a document holding only its own statement: a long log on a long
    article takes time in proportion to the log, not to the log times the article.
    """
    statements = {s.id: s for s in document.statements}
    speakers, figures = document.speakers, document.figures
    moved = False
    for action in actions:
        held = statements.get(action.statement)
        one = replace(
            document, speakers=speakers, figures=figures, statements=(held,) if held else ()
        )
        done = apply(one, action)
        if done is one:
            continue
        speakers, figures = done.speakers, done.figures
        if done.statements:
            statements[action.statement] = done.statements[0]
        else:
            del statements[action.statement]
        moved = moved or held is None or not done.statements
    ordered = tuple(statements.values())
    if moved:  # a statement added or taken back: in the article's order, as review.py keeps it
        ordered = tuple(sorted(ordered, key=lambda s: (s.span[0], s.span[1])))
    return replace(document, speakers=speakers, statements=ordered, figures=figures)


# --- the file ------------------------------------------------------------------------------


@contextmanager
def _locked(path: Path, mode_of: Path | None = None) -> Iterator[int]:
    """The log open for appending (created if need be, as private as `mode_of`), locked."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_APPEND | OPEN_FLAGS, 0o666)
    try:
        with _exclusive(fd):
            if mode_of is not None and os.fstat(fd).st_size == 0 and mode_of.is_file():
                _same_mode(fd, mode_of.stat().st_mode & 0o7777)
            yield fd
    finally:
        os.close(fd)


def _whole_lines(fd: int, offset: int) -> tuple[list[Action], int, int]:
    """The actions on the whole lines after byte `offset`, the offset after them, and how many
    lines could not be read. A last line without its newline (a writer killed mid-line, or
    one still writing) is left for later."""
    data = _read_at(fd, max(0, os.fstat(fd).st_size - offset), offset)
    end = data.rfind(b"\n") + 1
    actions: list[Action] = []
    bad = 0
    for line in data[:end].splitlines():
        if line.strip():
            try:
                actions.append(Action.from_json(line))
            except ValueError:
                bad += 1
    return actions, offset + end, bad


def read_actions(path: Path, offset: int = 0) -> tuple[list[Action], int, int]:
    """`_whole_lines` of the log at `path`; none when there is no log (or it can't be read:
    the next action, which writes it, will say why)."""
    try:
        fd = os.open(path, os.O_RDONLY | OPEN_FLAGS)
    except OSError:
        return [], offset, 0
    try:
        return _whole_lines(fd, offset)
    except OSError:
        return [], offset, 0
    finally:
        os.close(fd)


def _append(fd: int, actions: list[Action]) -> int:
    """Append the actions, flushed and fsynced; the log's size after them."""
    size = os.fstat(fd).st_size
    # A line cut short by a killed writer must not swallow ours: end it first.
    torn = size > 0 and _read_at(fd, 1, size - 1) != b"\n"
    data = ("\n" if torn else "") + "".join(a.to_json() + "\n" for a in actions)
    view = memoryview(data.encode("utf-8"))
    while view:
        view = view[os.write(fd, view) :]
    os.fsync(fd)
    return os.fstat(fd).st_size


def remove_leftovers(annotation: Path) -> list[Path]:
    """Remove the temp files a crashed atomic write of the YAML (or its `.bak`) left behind.

    Done under the log's lock when there is a log: a fold (which writes under it) may be
    writing one right now in another reader. A linked review's are beside the file.
    """
    annotation = link_target(annotation)
    pattern = re.compile(rf"\.{re.escape(annotation.name)}(\.bak)?\.[0-9a-f]{{8}}\.tmp")
    log = log_path(annotation)

    def remove() -> list[Path]:
        removed = []
        for entry in os.scandir(annotation.parent):
            if pattern.fullmatch(entry.name) and entry.is_file(follow_symlinks=False):
                Path(entry.path).unlink(missing_ok=True)
                removed.append(Path(entry.path))
        return removed

    if not log.is_file():
        return remove()
    with _locked(log):
        return remove()


def fold(annotation: Path, document: Document, offset: int) -> int | None:
    """Rewrite the YAML: `document` (the YAML as read, with the log replayed up to byte
    `offset`) with the actions appended since. Returns the offset the YAML now holds, or None
    when other readers kept appending meanwhile (a later fold catches up).

    The slow part (the YAML text) is made without the lock; the file is written under it,
    and only if no action came in meanwhile, so a fold never writes an older review.
    """
    log = log_path(annotation)
    for _ in range(FOLD_TRIES):
        actions, offset, _ = read_actions(log, offset)
        document = replay(document, actions)
        content = dump_yaml(document)
        with _locked(log, mode_of=annotation) as fd:
            size = os.fstat(fd).st_size
            if b"\n" not in _read_at(fd, max(0, size - offset), offset):
                atomic_write(annotation, content, keep_backup=True)
                return offset
    return None


def fold_elsewhere(annotation: Path, document: Document, offset: int) -> int | None:
    """`fold`, done by a new Python process: writing a long article's YAML takes seconds of
    Python, which in a thread of a reader would slow its every key (the GIL). Raises OSError
    as `fold` does."""
    package = Path(__file__).resolve().parents[2]  # where `tui` is, installed or not
    path = os.pathsep.join(filter(None, (str(package), os.environ.get("PYTHONPATH"))))
    done = subprocess.run(
        [sys.executable, "-m", "tui.core.reviewlog"],
        input=pickle.dumps((annotation, document, offset)),
        capture_output=True,
        env={**os.environ, "PYTHONPATH": path},
        check=False,
    )
    said = done.stdout.decode(errors="replace").strip()
    if done.returncode != 0:
        last = (done.stderr.decode(errors="replace").strip().splitlines() or ["it stopped"])[-1]
        raise OSError(done.returncode, last)
    return int(said) if said else None


def _fold_what_stdin_holds() -> int:
    """`python -m tui.core.reviewlog`: fold what a reader pickled to standard input (its own
    document, never a file's); print the offset, or on failure why."""
    annotation, document, offset = pickle.load(sys.stdin.buffer)
    try:
        folded = fold(annotation, document, offset)
    except OSError as error:
        print(error.strerror or error, file=sys.stderr)
        return 1
    print("" if folded is None else folded)
    return 0


def load_review(annotation: Path) -> Document:
    """The review on disk: the YAML with the log beside it replayed (nothing is written)."""
    return replay(load_document(annotation), read_actions(log_path(annotation))[0])


def fold_file(annotation: Path, document: Document) -> Document:
    """`document` (as the YAML beside the log holds it, or as extracted when there is none
    yet) with the whole log replayed; the YAML is rewritten when the log changed it."""
    actions, offset, _ = read_actions(log_path(annotation))
    folded = replay(document, actions)
    if folded != document:
        fold(annotation, folded, offset)
    return folded


# --- a reader's review ---------------------------------------------------------------------

Made = tuple[Action, Statement | None]
"""An action made by this reader, and the statement as it was before (None: it was added)."""


class ReviewLog:
    """One reader's review of one article: the document as the log leaves it, and the log.

    Each action reads what other readers appended, is written to the log (under its lock) and
    only then done in `document`. Without an annotation file (`annotation` None) the review is
    kept in memory. If the log cannot be written, the action is done in memory, kept in
    `pending`, and written with the next action that can be.
    """

    def __init__(self, document: Document, annotation: Path | None, reviewer: str | None) -> None:
        self.document = document
        self.annotation = annotation
        self.path = None if annotation is None else log_path(annotation)
        self.reviewer = reviewer
        self.actions: list[Action] = []
        """Every action read or made, in the log's order: the history."""
        self.offset = 0
        """Bytes of the log read (and done) so far."""
        self.unreadable = 0
        """Lines of the log that were not actions (torn by a crash, or foreign)."""
        self.pending: list[Action] = []
        self.problem: OSError | None = None
        """Why the last write failed, while `pending` holds actions."""
        self.folded: int | None = None
        """The log offset the YAML is known to hold (None: not known)."""
        self._undoable: list[Made] = []
        self.overtaken: Action | None = None
        """Another reader's action that the last `undo` would have undone: it undid nothing."""

    @classmethod
    def open(cls, document: Document, annotation: Path | None, reviewer: str | None) -> ReviewLog:
        """The review of `document` (as its YAML holds it), with the log replayed; temp files
        a crashed write left beside the YAML are removed."""
        log = cls(document, annotation, reviewer)
        if annotation is not None:
            try:
                remove_leftovers(annotation)
            except OSError:
                pass  # a folder we cannot list or write: the first action will say so
            log.catch_up()
            if log.document == document:  # the YAML holds the log already
                log.folded = log.offset
        return log

    @property
    def unsaved(self) -> bool:
        """Whether actions are in memory only."""
        return bool(self.pending) or (self.path is None and bool(self.actions))

    def changed_on_disk(self) -> bool:
        """Whether the log grew since it was last read (another reader's action)."""
        if self.path is None:
            return False
        try:
            status = self.path.stat()
            return stat.S_ISREG(status.st_mode) and status.st_size > self.offset
        except OSError:
            return False

    def catch_up(self) -> list[Action]:
        """Read and do the actions other readers appended; returns them."""
        if self.path is None:
            return []
        actions, offset, bad = read_actions(self.path, self.offset)
        self._take(actions, offset, bad)
        return actions

    def _take(self, actions: list[Action], offset: int, bad: int) -> None:
        self.offset, self.unreadable = offset, self.unreadable + bad
        if actions:
            # Ours not written yet come after theirs in the log: do them again on top.
            self.document = replay(self.document, actions + self.pending)
            self.actions.extend(actions)

    def history(self, statement_id: str) -> list[Action]:
        """What was done to one statement, oldest first, by every reader."""
        return [a for a in self.actions if a.statement == statement_id]

    # --- actions ---------------------------------------------------------------------------

    def set_status(self, statement_id: str, status: str) -> Action | None:
        return self._record(lambda d: self._change(d, statement_id, "status", status))

    def set_note(self, statement_id: str, note: str) -> Action | None:
        note = clean_text(note)  # as the review keeps it: no escape sequence reaches a terminal
        return self._record(lambda d: self._change(d, statement_id, "note", note))

    def set_speaker(
        self,
        statement_id: str,
        speaker_id: str | None,
        name: str | None = None,
        typed: TypedSpeaker | None = None,
    ) -> Action | None:
        """Give a statement a speaker: `speaker_id`, or a new one called `name` (with the
        role and kind in `typed`)."""

        def build(document: Document) -> Made | None:
            speaker, new_name = _speaker_named(document, speaker_id, name)
            extra = _typed(new_name, typed)
            return self._change(document, statement_id, "speaker", speaker, **extra)

        return self._record(build)

    def add_statement(
        self,
        span: Span,
        speaker_id: str | None,
        name: str | None = None,
        typed: TypedSpeaker | None = None,
        kind: str = "indirect",
    ) -> Action | None:
        """A statement the extractor missed (of `kind`); the action's `statement` is its new
        id."""

        def build(document: Document) -> Made:
            speaker, new_name = _speaker_named(document, speaker_id, name)
            new = {"span": list(span), "speaker": speaker, "kind": kind}
            action = self._new_action(review.next_statement_id(document), "added", None, new)
            return _with(action, **_typed(new_name, typed)), None

        return self._record(build)

    def undo(self) -> Action | None:
        """Undo this session's last action not undone yet: one more action, setting back the
        value from before. None when there is nothing (left) to undo, or when another reader
        changed that value since (`overtaken`: theirs stays, the next undo goes further back)."""
        self.overtaken = None
        if not self._undoable:
            return None
        done, before = self._undoable.pop()

        def build(document: Document) -> Made | None:
            now = document.statement(done.statement)
            if now is None:
                return None
            new = None if before is None else value_of(before, done.field)
            old = value_of(now, done.field)
            if done.field != "added" and old != done.new:  # another reader changed it since
                later = (a for a in reversed(self.actions) if a.statement == done.statement)
                self.overtaken = next((a for a in later if a.field == done.field), None)
                return None
            if old == new:
                return None
            action = _with(self._new_action(done.statement, done.field, old, new), undoes=done.id)
            if before is not None and done.field == "speaker":
                # The speaker from before, where it was mentioned, and whether it was a
                # correction already (the extractor's own speaker: it was not).
                action = _with(
                    action, mention=before.speaker_span, corrected=before.review.corrected
                )
            return action, now

        return self._record(build, undoable=False)

    def _change(
        self, document: Document, statement_id: str, field: str, new: Any, **extra: Any
    ) -> Made | None:
        statement = document.statement(statement_id)
        if statement is None:
            return None
        old = value_of(statement, field)
        if old == new:
            return None
        return _with(self._new_action(statement_id, field, old, new), **extra), statement

    def _new_action(self, statement_id: str, field: str, old: Any, new: Any) -> Action:
        return Action(
            id=secrets.token_hex(6),
            statement=statement_id,
            field=field,
            old=old,
            new=new,
            reviewer=self.reviewer,
            time=review.now(),
        )

    def _record(
        self, build: Callable[[Document], Made | None], undoable: bool = True
    ) -> Action | None:
        """Make an action on the latest review (other readers' actions read first), write it
        to the log, then do it. None when it would change nothing."""
        made = None
        if self.path is not None:
            try:
                with _locked(self.path, mode_of=self.annotation) as fd:
                    self._take(*_whole_lines(fd, self.offset))
                    made = build(self.document)
                    if made is None:
                        return None
                    self.offset = _append(fd, [*self.pending, made[0]])
                    self.pending, self.problem = [], None
            except OSError as error:
                self.problem = error
                made = made or build(self.document)
                if made is None:
                    return None
                self.pending.append(made[0])
        else:
            made = build(self.document)
            if made is None:
                return None
        action = made[0]
        self.document = replay(self.document, [action])
        self.actions.append(action)
        if undoable:
            self._undoable.append(made)
        return action

    def folded_to(self, offset: int) -> None:
        """A fold (in a worker, say) wrote the YAML with the log up to `offset`."""
        self.folded = max(offset, self.folded or 0)

    def fold(self) -> None:
        """Rewrite the YAML from the log now, unless it holds it all already (on quit).
        Raises OSError if it can't be written."""
        held = self.folded is not None and self.folded >= self.offset
        if self.annotation is None or self.pending or held:
            return
        if self.path is not None and self.path.is_file():
            self.folded_to(fold(self.annotation, self.document, self.offset) or 0)


def _speaker_named(
    document: Document, speaker_id: str | None, name: str | None
) -> tuple[str | None, str | None]:
    """The speaker's id, and its name when it is new: a name typed in is a speaker already
    there by that name (another reader may have typed it first), else a new one."""
    name = " ".join(clean_text(name or "").split())
    if not name:
        return speaker_id, None
    same = next((s for s in document.speakers if s.name.casefold() == name.casefold()), None)
    if same is not None:
        return same.id, None
    return review.speaker_id_for(document, name), name


TypedSpeaker = tuple[str | None, str]
"""The role (or None) and kind the analyst gave a speaker typed in."""


def _typed(new_name: str | None, typed: TypedSpeaker | None) -> dict[str, Any]:
    """What an action keeps of a speaker typed in: its name, role and kind (a name already
    in the article keeps that speaker as it is)."""
    if new_name is None:
        return {"name": None}
    role, kind = typed or (None, "unknown")
    return {"name": new_name, "role": role, "kind": kind}


def _with(action: Action, **extra: Any) -> Action:
    return replace(action, **extra)


if __name__ == "__main__":
    raise SystemExit(_fold_what_stdin_holds())
