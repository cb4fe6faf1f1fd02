"""The search in the article: an immutable value, replaced (never mutated) as the user moves."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from tui.core.model import Span


@dataclass(frozen=True, slots=True)
class Search:
    """A query, its matches in text order and the index of the current match (if any)."""

    query: str = ""
    matches: tuple[Span, ...] = ()
    index: int | None = None

    @classmethod
    def find(cls, text: str, query: str) -> Search:
        """Every case-insensitive, non-overlapping occurrence of `query` (plain text)."""
        if not query:
            return cls()
        pattern = re.compile(re.escape(query), re.IGNORECASE)
        return cls(query, tuple(m.span() for m in pattern.finditer(text)))

    @property
    def current(self) -> Span | None:
        return None if self.index is None else self.matches[self.index]

    def at(self, offset: int) -> Search:
        """The first match starting at or after `offset` becomes current (wrapping around)."""
        if not self.matches:
            return self
        index = bisect_left(self.matches, (offset, offset))
        return Search(self.query, self.matches, index % len(self.matches))

    def step(self, delta: int) -> Search:
        """Move the current match by `delta`, wrapping around; the first move picks the ends."""
        if not self.matches:
            return self
        if self.index is None:
            index = 0 if delta > 0 else len(self.matches) - 1
        else:
            index = (self.index + delta) % len(self.matches)
        return Search(self.query, self.matches, index)
