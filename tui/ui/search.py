"""The search in the article: an immutable value, replaced (never mutated) as the user moves."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from tui.core.model import Span

try:  # the characters a case-insensitive regular expression matches beyond lower case
    from re._casefix import _EXTRA_CASES as _EQUIVALENTS  # type: ignore[import-not-found]
except ImportError:  # another Python: every search by the regular expression
    _EQUIVALENTS = None


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
        lowered = _lowered(text, query)
        if lowered is not None:  # a plain search of the text in lower case: several times faster
            size = len(query)
            starts = map(re.Match.start, re.finditer(re.escape(query.lower()), lowered))
            return cls(query, tuple((start, start + size) for start in starts))
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


_last: tuple[str, str, frozenset[str]] = ("", "", frozenset())
"""The article last searched, in lower case, and the characters in that: a search per letter
typed lowers the article once."""


def _lowered(text: str, query: str) -> str | None:
    """`text` in lower case, if finding `query` in it finds what a case-insensitive regular
    expression finds: lower case keeps every offset (no `İ`, two characters in lower case),
    and no letter of the query has an equivalent in the text that lower case does not make
    it (`ſ` for `s`, `ς` for `σ`, `ı` for `i`)."""
    global _last
    if _EQUIVALENTS is None:
        return None
    if _last[0] is not text:
        lowered = text.lower()
        _last = (text, lowered, frozenset(lowered) if len(lowered) == len(text) else frozenset())
    _, lowered, present = _last
    folded = query.lower()
    if len(lowered) != len(text) or len(folded) != len(query):
        return None
    for letter in set(folded):
        if any(chr(other) in present for other in _EQUIVALENTS.get(ord(letter), ())):
            return None
    return lowered
