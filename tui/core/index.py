"""The embedded index: what each article of a library holds, kept in SQLite between runs.

One database (standard library `sqlite3`, WAL mode) in the user cache folder platformdirs
names (`~/.cache/whosaid/index.sqlite3` on Linux) holds, for every article file indexed:
its row and its statements (`articles`, `statements`), an FTS5 index of the statements' text
and speakers (`statements_fts`), and under each text's sha256 the extraction made of it
(`extractions`: a copied or touched article is not extracted again). The annotation YAML files
and review logs beside the articles stay the truth: an article whose file, annotation or log
changed (size or time) is read again at the next `refresh`, and `rebuild` forgets everything.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import platformdirs

from tui.core.batch import article_files, ordered_map
from tui.core.library import (
    CorpusSpeaker,
    Entry,
    Indexed,
    Said,
    read_entry,
    search_of,
    signature,
    spoken_by,
    under,
)

SCHEMA_VERSION = "3"  # 3: a plain-text article's stored document has its headline as title
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS extractions (sha256 TEXT PRIMARY KEY, document TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    path TEXT PRIMARY KEY, signature TEXT NOT NULL, sha256 TEXT,
    title TEXT NOT NULL, outlet TEXT NOT NULL, published TEXT NOT NULL,
    statements INTEGER NOT NULL, reviewed INTEGER NOT NULL, disputed INTEGER NOT NULL,
    error TEXT
);
CREATE TABLE IF NOT EXISTS statements (
    rowid INTEGER PRIMARY KEY, path TEXT NOT NULL, statement TEXT NOT NULL,
    speaker TEXT NOT NULL, kind TEXT NOT NULL, act TEXT NOT NULL, status TEXT NOT NULL,
    text TEXT NOT NULL, named INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS statements_path ON statements (path);
CREATE VIRTUAL TABLE IF NOT EXISTS statements_fts USING fts5 (
    text, speaker, content='statements', content_rowid='rowid'
);
"""
_SAID = "path, statement, speaker, kind, act, status, text, named"


def default_location() -> Path:
    """`index.sqlite3` in whosaid's user cache folder."""
    return platformdirs.user_cache_path("whosaid", appauthor=False) / "index.sqlite3"


@dataclass(frozen=True, slots=True)
class Refreshed:
    """What a refresh did: articles read again, kept as they were, dropped (gone)."""

    read: int
    kept: int
    dropped: int


class Index:
    """The index in one SQLite file; `refresh(folder)` brings a folder's articles up to date."""

    def __init__(self, location: Path | None = None) -> None:
        self.location = location or default_location()
        self.location.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(self.location)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")  # a cache: losing the last commit is fine
        version = self._version()
        if version not in (None, SCHEMA_VERSION):
            self._drop()
        self.db.executescript(_SCHEMA)
        self.db.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
        self.db.commit()

    def _version(self) -> str | None:
        try:
            row = self.db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        except sqlite3.OperationalError:
            return None
        return None if row is None else str(row[0])

    def _drop(self) -> None:
        for table in ("statements_fts", "statements", "articles", "extractions", "meta"):
            self.db.execute(f"DROP TABLE IF EXISTS {table}")

    def close(self) -> None:
        self.db.close()

    def rebuild(self) -> None:
        """Forget everything: every article is read again at the next refresh."""
        self._drop()
        self.db.executescript(_SCHEMA)
        self.db.execute("INSERT INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
        self.db.commit()

    # --- bringing a folder up to date ------------------------------------------------------

    def refresh(
        self,
        folder: Path,
        *,
        jobs: int = 1,
        progress: Callable[[int, int], None] | None = None,
    ) -> Refreshed:
        """Read again the articles of `folder` (and below) that changed or are new, by `jobs`
        processes; drop those that are gone. `progress(done, total)` after each one read."""
        files = [p.resolve() for p in article_files([folder])]
        low, high = under(folder)
        known = dict(
            self.db.execute(
                "SELECT path, signature FROM articles WHERE path >= ? AND path < ?", (low, high)
            )
        )
        stale = [p for p in files if known.get(str(p)) != signature(p)]
        gone = set(known) - {str(p) for p in files}
        for path in gone:
            self._forget(path)
        read = partial(read_entry, cache=self.location)
        for done, indexed in enumerate(ordered_map(read, stale, jobs), 1):
            self._store(indexed)
            if done % 200 == 0:
                self.db.commit()
            if progress is not None:
                progress(done, len(stale))
        self.db.commit()
        return Refreshed(len(stale), len(files) - len(stale), len(gone))

    def refresh_one(self, path: Path) -> Entry:
        """Read one article again now (a review just made in the reader), and its row."""
        path = path.resolve()
        self._store(read_entry(path, self.location))
        self.db.commit()
        entry = self.entry(path)
        assert entry is not None
        return entry

    def _forget(self, path: str) -> None:
        rows = self.db.execute(
            f"SELECT rowid, {_SAID} FROM statements WHERE path = ?", (path,)
        ).fetchall()
        self.db.executemany(
            "INSERT INTO statements_fts (statements_fts, rowid, text, speaker) "
            "VALUES ('delete', ?, ?, ?)",
            [(row[0], row[7], row[3]) for row in rows],
        )
        self.db.execute("DELETE FROM statements WHERE path = ?", (path,))
        self.db.execute("DELETE FROM articles WHERE path = ?", (path,))

    def _store(self, indexed: Indexed) -> None:
        entry = indexed.entry
        path = str(entry.path)
        self._forget(path)
        if indexed.extraction is not None:
            self.db.execute(
                "INSERT OR REPLACE INTO extractions VALUES (?, ?)",
                (indexed.sha256, indexed.extraction),
            )
        self.db.execute(
            "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                path,
                indexed.signature,
                indexed.sha256,
                entry.title,
                entry.outlet,
                entry.published,
                entry.statements,
                entry.reviewed,
                entry.disputed,
                entry.error,
            ),
        )
        for said in indexed.said:
            cursor = self.db.execute(
                f"INSERT INTO statements ({_SAID}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    path,
                    said.statement,
                    said.speaker,
                    said.kind,
                    said.act,
                    said.status,
                    said.text,
                    said.named,
                ),
            )
            self.db.execute(
                "INSERT INTO statements_fts (rowid, text, speaker) VALUES (?, ?, ?)",
                (cursor.lastrowid, said.text, said.speaker),
            )

    # --- reading -------------------------------------------------------------------------

    def entries(self, folder: Path) -> list[Entry]:
        """The rows of the articles below `folder`, by path."""
        rows = self.db.execute(
            "SELECT path, title, outlet, published, statements, reviewed, disputed, error "
            "FROM articles WHERE path >= ? AND path < ? ORDER BY path",
            under(folder),
        )
        return [Entry(Path(row[0]), *row[1:]) for row in rows]

    def entry(self, path: Path) -> Entry | None:
        row = self.db.execute(
            "SELECT path, title, outlet, published, statements, reviewed, disputed, error "
            "FROM articles WHERE path = ?",
            (str(path.resolve()),),
        ).fetchone()
        return None if row is None else Entry(Path(row[0]), *row[1:])

    def said(self, folder: Path) -> Iterator[Said]:
        """Every statement below `folder`."""
        rows = self.db.execute(
            f"SELECT {_SAID} FROM statements WHERE path >= ? AND path < ? ORDER BY rowid",
            under(folder),
        )
        return (_said(row) for row in rows)

    def find(
        self, folder: Path, words: str, speakers: Callable[[], Sequence[CorpusSpeaker]]
    ) -> list[Said]:
        """The statements below `folder` a search typed in the library finds (`search_of`):
        those holding its words, best first; with '@name', only those of the speakers across
        articles one of whose names it starts (`speakers`, asked for only then)."""
        search = search_of(words)
        if not search.speaker:
            return [] if search.text is None else self.search(folder, search.text)
        theirs = spoken_by(speakers(), search.speaker)
        if search.text is None:
            return theirs
        keys = {(s.path, s.statement) for s in theirs}
        found = self.search(folder, search.text, limit=None)
        return [s for s in found if (s.path, s.statement) in keys]

    def search(self, folder: Path, query: str, limit: int | None = 500) -> list[Said]:
        """The statements below `folder` that match an FTS5 `query` (a `search_of`'s text),
        best first; the first `limit` (None: all)."""
        rows = self.db.execute(
            f"SELECT {', '.join('s.' + c for c in _SAID.split(', '))} "
            "FROM statements_fts JOIN statements s ON s.rowid = statements_fts.rowid "
            "WHERE statements_fts MATCH ? AND s.path >= ? AND s.path < ? "
            "ORDER BY rank LIMIT ?",
            (query, *under(folder), -1 if limit is None else limit),
        )
        return [_said(row) for row in rows]


def _said(row: tuple[object, ...]) -> Said:
    """A statement as a row of `statements` holds it (`_SAID`)."""
    path, statement, speaker, kind, act, status, text, named = row
    return Said(
        Path(str(path)),
        str(statement),
        str(speaker),
        str(kind),
        str(act),
        str(status),
        str(text),
        bool(named),
    )
