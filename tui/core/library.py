"""A folder of articles as a library: a row per article, its statements, speakers across them.

What is read from one article file (`read_entry`): its row (title, outlet, date, counts of
statements, reviewed and disputed ones) and its statements (text, speaker, act, verdict), from
its annotation YAML and review log when it has them (the truth), else as extracted. The index
(`tui.core.index`) keeps these in SQLite so a folder opens without reading it again.

Speakers across articles (`corpus_speakers`) are merged by the rules used inside one article
(`tui.core.speakers.same_person`): the same name; a surname alone, or with an initial, joins
the one person of that surname it fits; people whose given names differ stay apart.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tui.core.batch import render
from tui.core.errors import InputError
from tui.core.extract import extract
from tui.core.given_names import FEMALE_NAMES, MALE_NAMES, UNISEX_NAMES
from tui.core.model import Document
from tui.core.review import progress
from tui.core.reviewlog import load_review, log_path
from tui.core.shown import shown
from tui.core.sources import read_article
from tui.core.speakers import name_key, same_person
from tui.core.store import ValidationError, annotation_path, document_from_data

PERSON_LIKE = ("person", "unknown")
GIVEN_NAMES = MALE_NAMES | FEMALE_NAMES | UNISEX_NAMES


@dataclass(frozen=True, slots=True)
class Entry:
    """One article of the library: what its row shows."""

    path: Path
    title: str
    outlet: str = ""
    published: str = ""
    statements: int = 0
    reviewed: int = 0
    disputed: int = 0
    error: str | None = None
    """Why the file could not be read (its row stays, with no statement)."""


@dataclass(frozen=True, slots=True)
class Said:
    """One statement of the corpus: who said it, how, what the review made of it."""

    path: Path
    statement: str
    speaker: str
    """The speaker's name as its article gives it; '' when nobody is named."""
    kind: str
    act: str
    status: str
    text: str
    named: bool = True
    """False for an anonymous source ("officials", "a spokesman"): one article's only."""


@dataclass(frozen=True, slots=True)
class Indexed:
    """What reading one file gave: its row, its statements, and (when it was extracted afresh)
    the extraction to keep under the text's sha256."""

    entry: Entry
    said: tuple[Said, ...]
    signature: str
    sha256: str | None = None
    extraction: str | None = None


def signature(path: Path) -> str:
    """What says a file needs reading again: size and time of the article, its annotation and
    its review log (a missing one: '-')."""
    annotation = annotation_path(path)
    parts = []
    for file in (path, annotation, log_path(annotation)):
        try:
            info = file.stat()
        except OSError:
            parts.append("-")
        else:
            parts.append(f"{info.st_size}:{info.st_mtime_ns}")
    return "|".join(parts)


def read_entry(path: Path, cache: Path | None = None) -> Indexed:
    """Read one article: its annotation with the review log replayed when it has one, else
    the extraction kept in the index `cache` under the text's sha256, else extracted now."""
    mark = signature(path)
    sha256 = extraction = None
    try:
        annotation = annotation_path(path)
        if annotation.exists():
            document = load_review(annotation)
        else:
            article = read_article(path)
            sha256 = article.sha256
            kept = _kept_extraction(cache, sha256)
            if kept is None:
                document = extract(article)
                extraction = render(document, "jsonl")  # as `whosaid extract` gives it
            else:
                document = Document(article, kept.speakers, kept.statements, kept.figures)
    except (InputError, OSError) as error:
        return Indexed(Entry(path, path.name, error=problem_of(path, error)), (), mark)
    return Indexed(entry_of(path, document), said_in(path, document), mark, sha256, extraction)


def problem_of(path: Path, error: InputError | OSError) -> str:
    """Why an article could not be read, said once: its row names the file already, so
    the file is named again only when it is another (its annotation: `a.whosaid.yaml:3: ...`)."""
    if not isinstance(error, InputError):
        return shown(error.strerror or str(error))
    first = error.problems[0] if isinstance(error, ValidationError) else error
    if Path(first.path) == path:
        return shown(first.problem)
    where = Path(first.path).name + ("" if first.line is None else f":{first.line}")
    return shown(f"{where}: {first.problem}")


def _kept_extraction(cache: Path | None, sha256: str) -> Document | None:
    """The extraction the index keeps for a text, or None (no index, not kept, unreadable)."""
    if cache is None or not cache.exists():
        return None
    try:
        with sqlite3.connect(f"file:{cache}?mode=ro", uri=True) as db:
            row = db.execute("SELECT document FROM extractions WHERE sha256 = ?", (sha256,))
            found = row.fetchone()
        return None if found is None else document_from_data(json.loads(found[0]), cache, {})
    except (sqlite3.Error, ValueError, InputError):
        return None


def entry_of(path: Path, document: Document) -> Entry:
    article = document.article
    counts = progress(document)
    return Entry(
        path,
        article.title or path.stem,
        article.outlet or "",
        (article.published or "")[:10],
        counts.total,
        counts.reviewed,
        counts.disputed,
    )


def said_in(path: Path, document: Document) -> tuple[Said, ...]:
    """Every statement of the document, its text on one line (parts joined by ' … ')."""
    text = document.article.text
    found = []
    for statement in document.statements:
        speaker = document.speaker(statement.speaker)
        words = " … ".join(" ".join(text[s:e].split()) for s, e in statement.pieces)
        found.append(
            Said(
                path,
                statement.id,
                speaker.name if speaker is not None else "",
                speaker.kind if speaker is not None else "unknown",
                statement.act,
                statement.review.status,
                words,
                speaker.named if speaker is not None else True,
            )
        )
    return tuple(found)


# --- speakers across the corpus ------------------------------------------------------------


@dataclass(slots=True)
class CorpusSpeaker:
    """A speaker of several articles: the name as most often given, and what they said. An
    anonymous source ("officials") is one article's: `named` False, its statements all
    in that article."""

    name: str
    kinds: set[str] = field(default_factory=set)
    said: list[Said] = field(default_factory=list)
    keys: set[str] = field(default_factory=set)
    named: bool = True

    @property
    def articles(self) -> int:
        return len({s.path for s in self.said})

    @property
    def key(self) -> str:
        """Stable across loads: the fullest of the names merged (an anonymous source's with
        its article's path)."""
        fullest = max(self.keys, key=lambda k: (len(k.split()), len(k), k))
        return fullest if self.named else f"{fullest} @ {self.said[0].path}"


def corpus_speakers(said: Iterable[Said]) -> list[CorpusSpeaker]:
    """The speakers of the statements, merged across articles, most statements first; an
    anonymous source stays in its article, and two speakers one article keeps apart (two
    names in it) stay apart."""
    by_key: dict[tuple[str, str, str], list[Said]] = {}
    for statement in said:
        if not statement.speaker:
            continue
        person = statement.kind in PERSON_LIKE
        key = name_key(statement.speaker)
        if person:
            key = without_title(key)
        article = "" if statement.named else str(statement.path)
        kind = "person" if person else statement.kind
        by_key.setdefault((key, kind, article), []).append(statement)
    speakers: list[CorpusSpeaker] = []
    people: dict[str, list[CorpusSpeaker]] = {}  # by surname
    # The fullest names first, so that a surname alone finds who it may be.
    ordered = sorted(by_key.items(), key=lambda i: (-len(i[0][0]), i[0]))
    for (key, kind, article), statements in ordered:
        if not key:
            continue
        if article:
            kinds = {s.kind for s in statements}
            speakers.append(CorpusSpeaker(statements[0].speaker, kinds, statements, {key}, False))
            continue
        if kind == "person":
            surname = key.split()[-1]
            fits = [p for p in people.get(surname, []) if all(same_person(key, k) for k in p.keys)]
            articles = {s.path for s in statements}
            # One who fits, unless an article names both: it kept them apart.
            if len(fits) == 1 and articles.isdisjoint(s.path for s in fits[0].said):
                fits[0].keys.add(key)
                fits[0].said.extend(statements)
                fits[0].kinds.update(s.kind for s in statements)
                continue
        speaker = CorpusSpeaker(statements[0].speaker, {s.kind for s in statements}, [], {key})
        speaker.said.extend(statements)
        speakers.append(speaker)
        if kind == "person":
            people.setdefault(key.split()[-1], []).append(speaker)
    for speaker in speakers:
        speaker.name = _most_given(speaker.said)
        speaker.said.sort(key=lambda s: (str(s.path), _number(s.statement)))
    speakers.sort(key=lambda s: (-len(s.said), s.name.casefold()))
    return speakers


def without_title(key: str) -> str:
    """A person's name key without the words before a known given name: 'councillor ann ek'
    is 'ann ek', whom a 'John Ek' is not (a word not known as a given name fits any)."""
    words = key.split()
    while len(words) > 2 and words[0] not in GIVEN_NAMES and words[1] in GIVEN_NAMES:
        words.pop(0)
    return " ".join(words)


def _most_given(said: Sequence[Said]) -> str:
    """The name given most often; among those, the longest."""
    counts: dict[str, int] = {}
    for statement in said:
        counts[statement.speaker] = counts.get(statement.speaker, 0) + 1
    return max(counts, key=lambda name: (counts[name], len(name), name))


def _number(statement_id: str) -> tuple[int, str]:
    digits = re.sub(r"\D", "", statement_id)
    return (int(digits) if digits else 0, statement_id)


# --- search ----------------------------------------------------------------------------------


WHO_SAID = re.compile(r"\s*who\s+said\b\W*", re.IGNORECASE)
"""'who said' before the words looked for, as a question is typed: it asks for nothing more."""
TYPED = re.compile(r"[\"“”„«»]([^\"“”„«»]*)[\"“”„«»]?|(\S+)")
"""What is typed: a phrase in quotes (straight, curly or «»), or a word."""


@dataclass(frozen=True, slots=True)
class Search:
    """A search typed in the library, split: the statement's words as an FTS5 query (None:
    any statement) and the words of the speaker's names ('@lind': 'lind')."""

    text: str | None
    speaker: tuple[str, ...]


def _terms(words: str) -> list[tuple[str, str]]:
    """The terms typed, each with its column: `("text", '"harbor bridge"')` for a phrase,
    `("speaker", '"lind"*')` for '@lind' (the start of a name's word). A word ending in '*'
    is a prefix. Each is quoted, so nothing typed is FTS5 syntax."""
    terms = []
    typed = WHO_SAID.sub("", words, count=1) if WHO_SAID.match(words) else words
    for match in TYPED.finditer(typed):
        phrase, word = match.group(1), match.group(2) or ""
        speaker = word.startswith("@")
        word = word.removeprefix("@")
        prefix = speaker or word.endswith("*")
        tokens = re.findall(r"\w+", phrase if phrase is not None else word)
        if tokens:
            quoted = '"' + " ".join(tokens) + '"' + ("*" if prefix else "")
            terms.append(("speaker" if speaker else "text", quoted))
    return terms


def search_of(words: str) -> Search:
    """A search typed in the library, its statement's words apart from its speaker's."""
    terms = _terms(words)
    text = " AND ".join(f"text: {term}" for column, term in terms if column == "text")
    speaker = tuple(
        word.casefold()
        for column, term in terms
        if column == "speaker"
        for word in term.strip('"*').split()
    )
    return Search(text or None, speaker)


def spoken_by(speakers: Iterable[CorpusSpeaker], names: Sequence[str]) -> list[Said]:
    """The statements of the speakers across articles each of whose `names` starts a word
    of one of their names: '@ada' finds what Ada Lind said where an article calls her
    'Lind' only. In the speakers' order, each one's by article."""
    found = []
    for speaker in speakers:
        words = {w for key in speaker.keys for w in key.split()}
        if all(any(w.startswith(name) for w in words) for name in names):
            found.extend(speaker.said)
    return found


def under(folder: Path) -> tuple[str, str]:
    """The range of absolute paths below `folder`, for `path >= ? AND path < ?`."""
    prefix = str(folder.resolve()).rstrip(os.sep) + os.sep
    return prefix, prefix[:-1] + chr(ord(os.sep) + 1)


# --- the library's rows, sorted and filtered -----------------------------------------------

COLUMNS = ("title", "outlet", "published", "statements", "reviewed", "disputed")
"""What the library can be sorted by: its columns, left to right."""


def arrange(
    entries: Iterable[Entry],
    column: str = "title",
    descending: bool = False,
    words: str = "",
    root: Path | None = None,
) -> list[Entry]:
    """The entries whose title, outlet, date or file (its path below `root`, the library's
    folder: 'harbor/2025/ferry.md'; else its name) hold every word of `words` (any case),
    sorted by `column`, highest first when `descending`; those with no value (no outlet, no
    date) last, and ties by path, either way."""

    def fits(entry: Entry) -> bool:
        file = entry.path.name
        if root is not None and entry.path.is_relative_to(root):
            file = entry.path.relative_to(root).as_posix()
        return holds_words(words, entry.title, entry.outlet, entry.published, file)

    def value(entry: Entry) -> object:
        found = getattr(entry, column)
        return found.casefold() if isinstance(found, str) else found

    kept = sorted(filter(fits, entries), key=lambda e: str(e.path))
    blank = [e for e in kept if value(e) == ""]
    valued = [e for e in kept if value(e) != ""]
    return sorted(valued, key=value, reverse=descending) + blank  # sorted() is stable


def holds_words(words: str, *fields: str | None) -> bool:
    """Whether the fields, together, hold every word of `words` (any case): a filter box's
    test of a row."""
    where = " ".join(f for f in fields if f).casefold()
    return all(word in where for word in words.casefold().split())
