"""Whether the words after a passive's "by" name its agent ("was criticised by unions") or
only tell when, how much or how ("is expected by Friday", "to rise by 5%", "passed by a
wide margin", "sent by email"); where the "by" of an agent after a complement stands ("was
hailed as a triumph *by* critics"); a verdict after a participle of finding ("found *to be
unlawful*")."""

from __future__ import annotations

import re

from tui.core.lexicon import (
    BY_AMOUNT_UNITS,
    BY_NON_AGENT_HEADS,
    BY_NON_AGENT_WORDS,
    FEAST_DAYS,
    NUMBER_WORDS,
    PREPOSITIONS,
    SCALE_WORDS,
    TIME_WORDS,
    VERDICT_WORDS,
)
from tui.core.text import alternation

# Up to three words after "by", no punctuation between them ("5.2%", "£3m", "mid-2027" are
# words).
_WORDS_AFTER = re.compile(r"[^\s,;:!?()“”\"]+(?:[ \t]+[^\s,;:!?()“”\"]+){0,2}")
_ARTICLES = frozenset({"a", "an", "the"})
# What may follow the last word of a time, an amount or a manner: "by the end *of*", "by 5
# points *to* 2", "by 2030 *and*".
_LINKS = PREPOSITIONS | frozenset("to and or but than that this next last".split())
_NUMBER_OPENING = frozenset("0123456789$£€¥")
_NUMBERS = frozenset(NUMBER_WORDS)
_CAPITALISED_TIMES = TIME_WORDS | FEAST_DAYS  # "by Friday", "by March", "by Christmas"
# A verdict after a participle of finding: a verdict word, alone or after "to be" or "to have
# been" ("ruled not guilty", "found to be unlawful", "found to be in breach"), or a deed found
# done ("found to have breached"); not a thing come upon ("found to be carrying a knife",
# "found to have a knife").
VERDICT = re.compile(
    r"\s+(?:to\s+(?:be|have\s+been)\s+)?(?:(?:not\s+)?(?:"
    + alternation(VERDICT_WORDS)
    + r")\b|in\s+breach\b)|\s+to\s+have\s+\w+(?:ed|en)\b"
)
# A passive's "by", before its agent or what names none: "was questioned *by* police".
BY_AGENT = re.compile(r"\s+by\s+")
# Where a complement ends, and how far after its cue the agent's "by" is looked for.
_CLAUSE_STOP = re.compile(r"[,;:()“”\"]|\s(?:and|but|after|because|while|when)\s")
_COMPLEMENT_REACH = 80


def late_by(text: str, pos: int, end: int) -> int | None:
    """Where " by " stands after the complement that starts at `pos`, in its clause and
    naming an agent: "(was hailed) as a triumph by critics"; None if none does or it tells a
    time ("as a triumph by 2030")."""
    reach = min(end, pos + _COMPLEMENT_REACH)
    clause = _CLAUSE_STOP.search(text, pos, reach)
    at = text.find(" by ", pos, clause.start() if clause is not None else reach)
    return None if at < 0 or names_no_agent(text, at + 4) else at


def named_agent(text: str, by: re.Match[str] | None) -> bool:
    """Whether `by`, a match ending right after a passive's "by" (`BY_AGENT`), opens an
    agent: "was estimated by analysts" (not "by Friday", "by a wide margin")."""
    return by is not None and not names_no_agent(text, by.end())


def names_no_agent(text: str, pos: int) -> bool:
    """Whether the words at `pos`, right after "by", tell a time ("Friday", "the end of the
    month", "2030"), an amount ("5%", "12 votes", "a wide margin") or a manner ("hand",
    "email") and so name no agent; not "by unions", "by 40 doctors", "by the majority leader",
    "by Summer Lee"."""
    found = _WORDS_AFTER.match(text, pos)
    if found is None:
        return False
    raw = found.group().split()
    for k, word in enumerate(raw[:-1]):
        if word.endswith("."):  # the sentence ends: what follows is no part of the phrase
            raw = raw[: k + 1]
            break
    words = [w.rstrip(".").lower() for w in raw]
    first = words[0]
    if not first:
        return False
    if first[0] in _NUMBER_OPENING or first in _NUMBERS:
        return len(words) == 1 or first.endswith("%") or _amount_follows(words[1])
    if raw[0][0].isupper():
        # a capitalised time, not a name's first word: "by Friday", not "by May Ellis"
        return first in _CAPITALISED_TIMES and (len(raw) == 1 or not raw[1][0].isupper())
    if first in BY_NON_AGENT_WORDS or first.startswith("mid-"):
        # alone, or before a link or more of the time: "by hand.", "by email to", "by next
        # year", "by spring 2027"; not a noun's modifier: "by law students", "by bus drivers"
        return len(words) == 1 or _time_goes_on(words[1])
    if first not in _ARTICLES:
        return False
    rest = words[1:]
    for k, word in enumerate(rest[:2]):  # the head, after one modifier at most
        if word in BY_NON_AGENT_HEADS:
            return k + 1 == len(rest) or rest[k + 1] in _LINKS
    return False


def _time_goes_on(word: str) -> bool:
    """Whether `word`, after a word of time or manner, leaves it one: a link, a time, a
    number ("by email to", "by next year", "by early 2027"); not a noun it modifies."""
    return word in _LINKS or word in BY_NON_AGENT_WORDS or word[0] in _NUMBER_OPENING


def _amount_follows(word: str) -> bool:
    """Whether `word`, after a number, leaves the number an amount or a year: a unit, a
    scale, a link ("by 2030 and", "by 5 in"); not a noun of agents ("by 40 doctors")."""
    return word in BY_AMOUNT_UNITS or word in SCALE_WORDS or word in _LINKS
