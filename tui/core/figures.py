"""Figures: numbers (digits and words), ranges, qualifiers, what is counted, durations.

One scan of the text finds where numbers may start; there, one regex reads the number core
(digits, number words, a fraction, a round number like "dozens of"), which is then read in its
context. On its left: a currency, a sign, a qualifier ("about", "at least"). On its right: a
scale ("million"), a unit ("%", "km", "months", "shekels"), the high end of a range, and the
noun phrase it counts ("Russian troops"). Dates, years, clock times, ordinals, identifiers
("Route 66"), phone numbers and addresses are not figures. Each step is an anchored match on a
few dozen characters, so the whole is linear in the length of the text.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal

from tui.core import lexicon as lx
from tui.core.model import Figure, FigureKind, Qualifier, new_figure
from tui.core.press_boilerplate import boilerplate_start
from tui.core.speaker_kinds import DEMONYM_PLURAL
from tui.core.speakers.tokens import SOURCE_POSTMODIFIER
from tui.core.text import (
    PAGE_STAMP_AGO,
    PHONE,
    LineStarts,
    alternation,
    last_word_start,
    line_start,
    occurrences,
)


def _alternation(words: object) -> str:
    """A regex alternation of `words` in which the longest one wins: a trie, which the regex
    engine runs far faster than a flat list of alternatives."""
    return alternation(tuple(words))  # type: ignore[call-overload]


_SPELLED_SCALES = ("hundred", "thousand", "million", "billion", "trillion")
_NUMBER_WORD = _alternation(lx.NUMBER_WORDS)
_ANY_NUMBER_WORD = _alternation([*lx.NUMBER_WORDS, *_SPELLED_SCALES])
_DENOMINATOR = _alternation(lx.FRACTION_WORDS)
# Ages listed after "aged" or "ages", the last of them before the number: "aged 4, 7 *and
# 11*", which ends the list (a comma, "and", "years" or the sentence's end after it; not
# "ages 8 and 9, and *40 others*").
_AGE_LIST = re.compile(
    r"\b(?i:aged|ages)\s+(?:(?:\d{1,3}|(?i:"
    + _NUMBER_WORD
    + r"))(?:\s*,\s*(?:and\s+)?|\s+and\s+))+\Z"
)
_AGE_LIST_END = re.compile(r"\s*(?:[,.;)]|(?:and|or|years?)\b)")
_AGE_LIST_REACH = 48  # characters before a number that such a list may take
_AGED_WORDS = tuple(sorted(lx.AGE_BEFORE - {"age"}))
_AGED = re.compile(rf"\b(?i:{_alternation(_AGED_WORDS)})\s+\Z")
_A_DURATION = _alternation(w for w, u in lx.DURATION_UNITS.items() if w == u and w != "second")
_A_HALF_UNIT = _alternation([*lx.A_HALF_MEASURES, *lx.DURATION_UNITS])
_VULGAR = "".join(lx.VULGAR_FRACTIONS)
_A_MEASURE = _alternation(lx.A_MEASURES)
_A_MEASURE_BEFORE = _alternation(lx.A_MEASURE_BEFORE)

# The cores, in the order the alternatives are tried at one position.
_CORE = re.compile(
    rf"""
    (?P<digits>(?<![0-9.,:])(?:[0-9]{{1,3}}(?:,[0-9]{{3}})+(?![0-9])|[0-9]+)(?:\.[0-9]+)?[{_VULGAR}]?
      |(?<![\w.])\.[0-9]+|(?<![\w])[{_VULGAR}])
    |\b(?P<vague>(?:tens|hundreds)\s+of\s+(?:thousands|millions|billions)
      |(?:{_alternation(lx.PLURAL_SCALES)})(?=\s+of\b))\b
    |\b(?P<partscale>(?:half|(?:a|an|{_NUMBER_WORD})[ -](?:{_DENOMINATOR})\s+of)
      \s+an?\s+(?:{_alternation(lx.A_SCALES)})|an?\s+half[ -](?:{_alternation(lx.A_SCALES)}))\b
    |\b(?P<fraction>(?:a|an|{_NUMBER_WORD})[ -](?:{_DENOMINATOR})|half)\b
    |\b(?P<ascale>an?\s+(?:{_alternation(lx.A_SCALES)})
      (?:\s+and\s+(?:{_NUMBER_WORD})(?:-(?:{_NUMBER_WORD}))?)?)\b
    |\b(?P<oneunit>an?\s+(?:{_A_HALF_UNIT})\s+(?:and\s+a\s+half|or\s+(?:two|three)))\b
    |\b(?P<aduration>an?\s+(?:{_A_DURATION}))\b
    |\b(?P<ameasure>an?\s+(?:{_A_MEASURE}))(?=\s+(?:{_A_MEASURE_BEFORE})\b)
    |\b(?P<fold>{_alternation(lx.FOLD_WORDS)})\b
    |\b(?P<words>(?:{_NUMBER_WORD})(?:(?:[ -]|\s+and\s+)(?:{_ANY_NUMBER_WORD}))*)\b
    """,
    re.IGNORECASE | re.VERBOSE,
)
# Where a core may start: found in two copies of the text's Latin-1 bytes (`_latin`), each byte
# mapped to its class by `bytes.translate`, so that every scan opens with a literal: the regex
# engine skips to a literal many times faster than to a character of a set (or a word boundary).
# A digit is "0" in the copy of digits: a core of digits starts at a run of digits (and commas,
# "12,500"), at a point before a digit (".5") or at a vulgar fraction ("/"). The scans need not
# follow each other's matches, as one pass would: a run may start inside a number (".25" gives
# "2"), where `_CORE`, which no digit, point or comma may precede, matches nothing.


def _classes(of: Callable[[str], str]) -> bytes:
    """A table for `bytes.translate`: the class `of` each Latin-1 character, as one byte."""
    return bytes(ord(of(chr(byte))) for byte in range(256))


def _digit_class(char: str) -> str:
    if char in "0123456789":
        return "0"
    if char in _VULGAR:
        return "/"
    return char if char in ".," else " "


_DIGIT_CLASSES = _classes(_digit_class)
_DIGIT_RUN = re.compile(rb"0[0,]*")
# In the copy of words, a space (`\s` of a `str` pattern) is " ", any other character a word
# may start after is "#": the characters of `[^A-Za-z0-9_]` that are no letter or digit of
# Latin-1 ("é" is inside a word, as in `WordStarts`); those are "_" and ASCII letters lower
# case. A number word starts after a " " or a "#": one scan for each, their matches then read
# in the order one scan of both would take them (a match of one may hold a start of the other:
# "#a half" holds " half").


def _word_class(char: str) -> str:
    if re.match(r"\s", char):
        return " "
    if char.isascii() and char.isalnum():
        return "0" if char.isdigit() else char.lower()
    return "_" if char.isalnum() or char == "_" else "#"


_WORD_CLASSES = _classes(_word_class)
_A_NOUNS = [*lx.A_SCALES, *lx.DURATION_UNITS, *lx.FRACTION_WORDS, *lx.A_HALF_MEASURES]
_NUMBER_WORDS_AHEAD = (
    rf"(?:{_alternation([*lx.NUMBER_WORDS, *lx.FOLD_WORDS, *lx.PLURAL_SCALES, 'half'])[3:-1]}"
    rf"|an? +(?:{_alternation(_A_NOUNS)}))\b"
).encode("ascii")
_WORDS_AFTER_SPACE = re.compile(b" " + _NUMBER_WORDS_AHEAD)
_WORDS_AFTER_MARK = re.compile(b"#" + _NUMBER_WORDS_AHEAD)


def _latin(text: str) -> tuple[bytearray, list[int]]:
    """`text` as Latin-1 bytes, offsets kept, and where it holds a vulgar fraction beyond
    Latin-1 ("⅓"). Encoding is several times cheaper than `str.lower` or `str.translate` on a
    text with characters beyond Latin-1 (a news text's quotation marks). Those become "?" but
    for the ones a scan could match: a space (as a no-break space) and the kelvin sign ("k").
    A letter beyond Latin-1 as "?" only lets the scan try a word start that the core, read in
    `text`, then rejects. (`find_figures` reads "İ", which lowers to two characters, as "I".)"""
    latin = bytearray(text.encode("latin-1", "replace"))
    vulgar: list[int] = []
    for at in occurrences(latin, b"?"):
        char = text[at]
        if char.isspace():
            latin[at] = 0xA0
        elif char == "\u212a":
            latin[at] = ord("k")
        elif char in _VULGAR:
            vulgar.append(at)
    return latin, vulgar


def _core_starts(text: str) -> list[int]:
    """Where a core may start in `text`, in order."""
    latin, starts = _latin(text)
    digits = latin.translate(_DIGIT_CLASSES)
    starts += [run.start() for run in _DIGIT_RUN.finditer(digits)]
    starts += occurrences(digits, b".0") + occurrences(digits, b"/")  # few: found by `bytes.find`
    words = b" " + latin.translate(_WORD_CLASSES)  # the text's first word after a space too
    hits = [hit.span() for hit in _WORDS_AFTER_SPACE.finditer(words)]
    hits += [hit.span() for hit in _WORDS_AFTER_MARK.finditer(words)]
    end = 0
    for start, stop in sorted(hits):  # a word at `start` in `text`: its mark is one byte on
        if start >= end:
            starts.append(start)
            end = stop
    return sorted(starts)


_WORD = re.compile(r"[a-z]+", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
_SPACE_OR_HYPHEN = re.compile(r"[ -]")

# Right of a number.
# "two and a half", or hyphened before a unit: "a two-and-a-half-hour drama".
_AND_A_HALF = re.compile(r"(?:[^\S\n]+and[^\S\n]+a[^\S\n]+|-and-a-)half\b", re.IGNORECASE)
# A whole number's fraction written after it, a mixed number: "7 2/3 innings", "2 1/2 years".
_MIXED_FRACTION = re.compile(r"[^\S\n](?P<n>[1-9])[/⁄](?P<d>[0-9]{1,2})(?![0-9/⁄]|[.,][0-9])")
# The gaps before a word (a scale, a unit, a qualifier) are possessive ("?+", "*+"): no such
# word starts with a space (nor a unit with a hyphen), so where the longest gap fails, a
# shorter one would too; the regex engine is spared trying every word at each.
_SCALE_AFTER = re.compile(rf"(?:[^\S\n]?+|-)(?P<w>{_alternation(lx.SCALE_WORDS)})\b", re.IGNORECASE)
_SCALE_LETTER = re.compile(rf"(?P<w>[{''.join(lx.SCALE_LETTERS)}])(?![^\W\d_])")
# A capital scale letter after a space scales money only: "$8 B", not "8 B shares".
_SPACED_SCALE_LETTER = re.compile(r"[^\S\n](?P<w>[MBK])(?![\w&'’-])")
_EXPONENT = re.compile(
    r"[^\S\n]?[×x][^\S\n]?10(?:\^|\*\*)?(?P<e>[-−⁻]?[0-9⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})"
    r"|[eE](?P<plain>[-+]?[0-9]{1,3})(?![\w.])"  # "1.99e30"
)
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻−", "0123456789--")
# Unit surfaces (lower case) -> (the unit to report, or None to keep it as written; kind).
_UNIT_TABLE: dict[str, tuple[str | None, FigureKind]] = {
    **{k.lower(): (None, "measure") for k in lx.MEASURE_UNITS},
    **{k.lower(): (v, "duration") for k, v in lx.DURATION_UNITS.items()},
    **{k.lower(): (None, "money") for k in lx.CURRENCY_WORDS | lx.COMMON_NOUN_CURRENCIES},
    **{k.lower(): (v, "money") for k, v in lx.CURRENCY_SYMBOLS.items()},
    **{k.lower(): (None, "money") for k in lx.CURRENCY_CODES},
    **{k.lower(): (v, "percent") for k, v in lx.PERCENT_UNITS.items()},
}
# A unit of two words may be hyphened before a noun: "a 4,200-square-kilometre park".
_UNIT_SURFACES = _alternation(_UNIT_TABLE).replace("\\ ", r"(?:[^\S\n]|-)")
_UNIT = re.compile(rf"(?P<gap>[^\S\n]?+-?+[^\S\n]?+)(?P<u>{_UNIT_SURFACES})(?!\w)", re.IGNORECASE)
# A time word opening a compound modifier ("second-round", "day-to-day"), not one saying
# how long ("hour-long", "year-old").
_TIME_COMPOUND = re.compile(r"-(?!(?:long|old|olds)\b)[a-z]")
_RATE = re.compile(
    r"(?:(?:[^\S\n]*(?:/|[^\S\n]per[^\S\n]+|[^\S\n]an?[^\S\n]+)|-(?:an?|per)-)"
    rf"(?:(?:{_alternation(lx.SHARE_COUNTS)})[^\S\n]+(?=shares?\b))?"
    rf"(?P<r>{_alternation(lx.RATE_UNITS)})\b"
    rf"|[^\S\n]per[^\S\n]+(?!(?:{_alternation(lx.NOT_RATES_AFTER_PER)})\b)(?P<n>[^\W\d_][\w-]*))"
    rf"(?![^\S\n]+(?:{_alternation(lx.NOT_RATES_BEFORE)})\b)",
    re.IGNORECASE,
)
# A rate per a number of people or things: "8.5 per 100,000 people", "£30 per 1,000 litres".
_RATE_BASE = re.compile(r"[^\S\n]per[^\S\n]+(?P<b>[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?![\w.,]?[0-9])")
# A bare number quoted against a base currency: "7.28 per dollar", "151 to the dollar",
# "1,380 against the US dollar"; the currency so quoted is named before it in its clause.
_AGAINST_CURRENCY = re.compile(
    r"[^\S\n]+(?:per|to[^\S\n]+the|against[^\S\n]+the)[^\S\n]+(?:US[^\S\n]+)?"
    r"(?P<base>dollar|euro|pound|yen|yuan)\b",
    re.IGNORECASE,
)
# The currency quoted, after "the" and up to two capitalised words ("the yuan", "the Korean
# won", "the British pound"); "pound" only here, where a rate against a currency follows; or
# "sterling", which names the pound without "the" ("Sterling fell to 1.26 against the dollar").
_QUOTED_CURRENCY = re.compile(
    r"\b[Tt]he[^\S\n]+(?:[A-Z][a-z]+[^\S\n]+){0,2}?"
    rf"(?P<c>{_alternation([w for w in lx.CURRENCY_WORDS if ' ' not in w] + ['pound'])})\b"
    r"|\b[Ss]terling\b"
)
# Currencies that are the one unit priced "against/to the" base: "the euro at 1.08 against the
# dollar" is 1.08 dollars per euro, "the dollar at 151 against the yen" 151 yen per dollar;
# others are priced per the base: "the yen at 151 to the dollar", 151 yen.
_BASE_QUOTED = frozenset({"euro", "pound", "sterling", "dollar"})
# Where the clause holding a rate opens, searched back from it: "The yuan was weak, and the
# Korean won fell to 1,380 per dollar".
_CLAUSE_OPENING = re.compile(r"[.;][^\S\n]|,[^\S\n]+(?:and|but|while|whereas)[^\S\n]")
_QUOTED_CURRENCY_REACH = 100  # characters before the rate searched for its currency
# What leaves an age open after it: "65 and older", "18 or over", "5 and younger".
_OPEN_AGE = re.compile(r"[^\S\n]+(?:and|or)[^\S\n]+(?:older|over|up|above|younger|under)\b")
# Not before an article or a number: "two years plus a bonus", "$5 plus 3% a year" join an
# amount to another.
_QUALIFIER_AFTER = re.compile(
    rf"(?:[^\S\n]*+|-)(?P<q>{_alternation(lx.QUALIFIERS_AFTER)})(?!\w)"
    r"(?![^\S\n]+(?:an?|the)[^\S\n]|[^\S\n]*[0-9$€£])",
    re.IGNORECASE,
)
_HIGH_SIGN = re.compile(r"(?i:minus)[^\S\n]+|[-−](?=[0-9])")  # a range's high end below zero
_PLUS_SIGN = re.compile(r"(?i:plus)[^\S\n]+(?=[0-9])")  # a range's high end above zero
_CONNECTOR = re.compile(r"[^\S\n]*[-–—][^\S\n]*|[^\S\n]+(?P<w>to|through|and|up[^\S\n]+to)[^\S\n]+")
_CHAIN_AHEAD = re.compile(r"[^\S\n]+to[^\S\n]+(?=\S)")
_CHAIN_BEHIND = re.compile(r"[0-9%][^\S\n]+to[^\S\n]+\Z")
_DASH_NUMBER = re.compile(r"[^\S\n]*[-–][^\S\n]*[0-9]")
# From a level to the next in a move: " to ", or a few words of the same clause and " to "
# ("from $960 at noon to $935").
_LEVEL_TO = re.compile(
    r"(?P<gap>(?:[^\S\n]+(?!(?:to|from|and|or|but|then|while|before|after)\b)[^\s,;:()]+){0,4}?)"
    r"[^\S\n]+to[^\S\n]+",
    re.IGNORECASE,
)
# Between two numbers that share a scale and unit: "three or four years", "from 3.2 to 3.1
# percent", a part of a whole, "48 of 73 drones", and a suspended hyphen, "7- or 8-inch",
# "four-, five- and six-cylinder".
_ALTERNATIVE = re.compile(
    r"-,?(?:[^\S\n]+(?:or|and|to|nor))?[^\S\n]+|[^\S\n]+(?P<w>or|to|of)[^\S\n]+", re.IGNORECASE
)
# A hedge before the level a move "from X to" reaches: "from 1,200 to *about* 400 birds".
_LEVEL_QUALIFIER = re.compile(
    rf"(?:{_alternation(w for w in lx.QUALIFIERS_BEFORE if w[0].isalpha())})[^\S\n]+",
    re.IGNORECASE,
)
_SYMBOLS = re.escape("".join(lx.CURRENCY_SYMBOLS))
_CURRENCY_AHEAD = re.compile(
    rf"(?:(?:{_alternation(lx.DOLLAR_PREFIXES)})[^\S\n]?)?(?P<sym>[{_SYMBOLS}])"
    rf"[^\S\n]?(?:{_alternation(lx.DOLLAR_PREFIXES)})?(?=[0-9.])"
    rf"|(?P<code>{_alternation(lx.CURRENCY_CODES)})[^\S\n]?(?=[0-9])"
    rf"|(?<![^\W\d_])(?P<letters>{_alternation(lx.LETTER_CURRENCIES)})(?=[0-9])"
)
# A number, its scale and a currency's word after it: "4 billion euros", "5m pounds".
_MONEY_WORD_AHEAD = re.compile(
    rf"[0-9][0-9.,]*(?:(?:[^\S\n]?|-)(?:{_alternation(lx.SCALE_WORDS)})|[{''.join(lx.SCALE_LETTERS)}])?"
    rf"[^\S\n]+(?:{_alternation([*lx.CURRENCY_WORDS, 'pounds', 'pound'])})\b",
    re.IGNORECASE,
)
_ORDINAL = re.compile(r"(?:st|nd|rd|th)\b", re.IGNORECASE)
# A clock time's mark after its hour; or the first hour of a span of them ("4 to 7 p.m.").
_CLOCK = re.compile(
    rf":[0-9]{{2}}|[^\S\n]?(?:[ap]\.m\.|[ap]m\b)|[^\S\n]+(?-i:{_alternation(lx.TIME_ZONES)})\b"
    r"|[^\S\n]+o['’]clock\b"
    r"|(?:[^\S\n]+(?:to|and|until|till|through|thru)[^\S\n]+|[^\S\n]?[-–—][^\S\n]?)"
    r"(?:[0-9]{1,2}(?::[0-9]{2})?(?:[^\S\n]?(?:[ap]\.m\.|[ap]m\b)"
    r"|[^\S\n]+in[^\S\n]+the[^\S\n]+(?:morning|afternoon|evening)\b|[^\S\n]+at[^\S\n]+night\b)"
    r"|noon\b|midnight\b)",
    re.IGNORECASE,
)
# A part of the day after an hour said without "o'clock" ("five in the morning"), and the
# prepositions that set such an hour ("at", "by", "until"): no count ("fell 5 in the morning").
_DAYTIME = re.compile(
    r"[^\S\n]+(?:in[^\S\n]+the[^\S\n]+(?:morning|afternoon|evening)|at[^\S\n]+night)\b",
    re.IGNORECASE,
)
_HOUR_PREPOSITIONS = frozenset("at by until till before after around from".split())
_DAYTIME_OPENERS = (" in the ", " at night")  # tried first: most numbers have neither after
_STREET = re.compile(
    rf"(?:[^\S\n]+[A-Z0-9][\w'’.-]*){{0,3}}[^\S\n]+(?:{_alternation(lx.STREET_WORDS)})(?!\w)"
)
_SHORT_YEAR_BEHIND = re.compile(r"(?<![\w'’])['’]\Z")  # "in '68"
_DECADE_AFTER = re.compile(r"['’]s\b")
_MONTH_AFTER = re.compile(rf"[^\S\n]+(?:{_alternation(lx.MONTHS)})\b")
_NAME_AFTER = re.compile(r"-[A-Z]")
_ON_A_SCALE = re.compile(
    r"[^\S\n]+on[^\S\n]+(?:the|a|an)[^\S\n]+(?P<name>[\w-]+(?:[^\S\n]+[\w-]+)?)[^\S\n]+scale\b",
    re.IGNORECASE,
)
_MODEL_AFTER = re.compile(rf"[^\S\n]+(?:{_alternation(lx.MODEL_WORDS)})\b")
_IDIOM_AFTER = re.compile(
    rf"(?:[^\S\n]|-)(?:{_alternation(lx.NUMBER_IDIOM_NOUNS)})\b", re.IGNORECASE
)
_GLUE_WORD = re.compile(rf"(?<![\w])(?:{_alternation(lx.NUMBER_PREFIXES)})\Z", re.IGNORECASE)
_DAYS_TAIL = re.compile(
    r"(?:(?:[^\S\n]*[-–—][^\S\n]*|[^\S\n]+(?:to|and|through|until)[^\S\n]+)[0-9]{1,2}(?![0-9]))?"
    r"(?:,?[^\S\n]+[0-9]{4}(?![0-9]))?"
)
_GLUED_TAIL = re.compile(r"(?:[-–/:.][0-9]+)+")
_FRACTION_SLASH = re.compile(r"[/⁄](?P<d>[0-9]{1,3})(?![0-9/⁄])")

# Left of a number (searched backwards with `\Z` on a short window).
_CURRENCY_BEHIND = re.compile(
    rf"(?:(?<![^\W\d_])(?P<pre>{_alternation(lx.DOLLAR_PREFIXES)})[^\S\n]?)?"
    rf"(?P<sym>[{_SYMBOLS}])[^\S\n]?"
    rf"(?P<post>{_alternation(lx.DOLLAR_PREFIXES)})?\Z"
    rf"|(?<![^\W\d_])(?P<code>{_alternation(lx.CURRENCY_CODES)})[^\S\n]?\Z"
    rf"|(?<![^\W\d_])(?P<letters>{_alternation(lx.LETTER_CURRENCIES)})\Z"
)
# The characters a currency written before a number may end with.
_CURRENCY_LAST_CHARACTERS = frozenset(
    [*lx.CURRENCY_SYMBOLS, *(word[-1] for word in [*lx.DOLLAR_PREFIXES, *lx.CURRENCY_CODES])]
)
# The same, glued to the number: with a currency's letters too ("N10 billion", "Sh2bn").
_GLUED_LAST_CHARACTERS = _CURRENCY_LAST_CHARACTERS | {word[-1] for word in lx.LETTER_CURRENCIES}
_QUALIFIER_BEHIND = re.compile(
    rf"(?<![\w])(?P<q>{_alternation(lx.QUALIFIERS_BEFORE)})(?:[^\S\n]+|(?<=[~≈<>])|(?<=sub)-)\Z",
    re.IGNORECASE,
)
# The last words of the qualifiers, which the word before a number must end with for the
# search of `_QUALIFIER_BEHIND` to be worth it (see `_may_end_with`).
_QUALIFIER_ENDS = tuple({q.split()[-1].lower() for q in lx.QUALIFIERS_BEFORE})
_SIGN_BEHIND = re.compile(r"(?:(?<![\w-])minus(?:[^\S\n]|-)?|(?<![\w.,-])[-−])\Z", re.IGNORECASE)
_PLUS_OR_MINUS = re.compile(
    r"(?:plus[^\S\n]+or[^\S\n]+minus[^\S\n]*|\+/-[^\S\n]*)\Z", re.IGNORECASE
)
# A word starts after a space or an opening quote ("''no one"), not inside "O'Neill".
_WORD_BEHIND = re.compile(r"(?<![\w.&-])(?<![\w.&-]['’])(?P<w>[^\W\d_][\w.&'’-]*)[^\S\n]+\Z")
# An identifier's noun and number before the word joining a range: "grades 6" (through 8).
_IDENTIFIER_RANGE_BEHIND = re.compile(
    r"(?<![\w-])(?i:" + _alternation(lx.IDENTIFIER_NOUNS) + r")[^\S\n]+\d{1,4}[^\S\n]+\Z"
)
_RANGE_JOINS = frozenset({"to", "through", "thru", "and", "or"})
_LEAD_BEHIND = re.compile(r"(?<![\w])(?P<w>between|from|by)[^\S\n]+\Z", re.IGNORECASE)
# "Lee, " or "the mayor, " before "65,"; ", now " or ", both " before "70,"; "19 and " in
# "the victims, 19 and 21,"
_APPOSITION_BEHIND = re.compile(
    r"(?:(?<![\w])[^\W\d_][\w'’.-]*,[^\S\n]*|,[^\S\n]*(?:now|both)[^\S\n]+"
    r"|[^\W\d_],[^\S\n]*[0-9]{1,3}[^\S\n]+and[^\S\n]+)\Z"
)
# Between a confidence level and the interval it gives: "95% *CI* 1.2-2.6", "95% *confidence
# interval:* 3 to 5".
_INTERVAL_GAP = re.compile(
    r"[^\S\n]*(?:CI|confidence[^\S\n]+interval)[^\S\n]*[:,=]?[^\S\n]*", re.IGNORECASE
)
_CLAUSE_END_AFTER = re.compile(r"[^\S\n]*(?:[.,;:!?)…]|\Z)")
# A verb or noun of paying just before a number, a hedge between: what its glued "k" or "m"
# scales is a sum ("cost 40k a year", "paid 40m for him", "a fee of about 5k"; not "ran a
# 5k", "swam 400m").
_PAID_BEFORE = re.compile(
    r"\b(?:costs?|costing|paid|pays?|paying|earn(?:s|ed|ing)?|spen[dt]s?|spending|raised?"
    r"|raises|raising|worth|fetch(?:es|ed)?|owe[sd]?|(?:sold|bought|valued|priced) (?:for|at)"
    r"|(?:salary|fee|fine|bonus|budget|bill|price|deal|wage) of)"
    r"(?: (?:about|around|roughly|nearly|almost|over|under|some|up to|at least|more than))?"
    r" \Z",
    re.IGNORECASE,
)
_PAID_REACH = 40  # characters before the number: "was valued at more than " and a margin
_MODAL_AFTER = re.compile(rf"[^\S\n]+(?:{_alternation(lx.MODALS)})\b", re.IGNORECASE)
# A verb of saying right after "one", its subject: "“...,” one said" (one of them).
_CUE_AFTER = re.compile(rf"[^\S\n]+(?:{_alternation(lx.SAYING_VERBS)})\b")
_QUOTE_AFTER = re.compile(r"[^\S\n]*[\"'“‘]")
# A relative pronoun after an apposed "one": "a fair offer, one *that* respects ...".
# "of" and up to three words after a noun: "(sides) *of the labour dispute*", "of the river".
_OF_AFTER = re.compile(r"[^\S\n]+of[^\S\n]+(?P<w>[\w-]+(?:[^\S\n]+[\w-]+){0,2})")
_RELATIVE_AFTER = re.compile(r"[^\S\n]+(?:that|who|which|whose)\b")
# A singular noun after "a"/"an", what follows it in its clause, and the comma before an
# apposed "one": "*a fair offer to the union,* one that ..." (not "Of the 40 members, one who
# voted no", "Nine workers were hurt, one who ...").
_A_NOUN_BEFORE = re.compile(r"\b(?:a|an)[^\S\n]+[^\W\d_][^,.;:!?\d\n]*,[^\S\n]*\Z", re.I)
_A_NOUN_REACH = 80  # characters before an apposed "one" read for `_A_NOUN_BEFORE`
# A counted plural, "Ten nurses", "the 40 members": before `_A_NOUN_BEFORE` in its clause,
# "one" after the comma is one of them ("Ten nurses were hurt in a crash, one who ...").
_COUNTED_PLURAL = re.compile(rf"(?<![\w.,])(?:[0-9][0-9,]*|{_NUMBER_WORD})[^\S\n]+[a-z]+s\b", re.I)
_APPOSITION_AFTER = re.compile(r"[^\S\n]*(?:[,.;:)—–―]|\Z|and[^\S\n]+[0-9]{1,3}[,;:)—–―])")
# "At" opening a sentence before an age and its comma: "At 36, she still runs".
_AGE_OPENING_BEHIND = re.compile(r"(?:\A|[.!?][\"'”’]?[^\S\n]+|\n[\"“]?)At[^\S\n]+\Z")
# "who is 65", and each age of a list after it: "who are 47 and 44", "who are 9, 7 and 4".
_AGE_CLAUSE_BEHIND = re.compile(
    rf"(?<![\w])who(?:['’]s|[^\S\n]+(?:{_alternation(lx.AGE_CLAUSE_VERBS)}))[^\S\n]+"
    r"(?:[0-9]{1,3},?[^\S\n]+(?:(?:and|or)[^\S\n]+)?)*\Z",
    re.IGNORECASE,
)
# A person's age said of a pronoun, of a person by kin or gender after a possessive ("My
# husband is 62") or an event of a life ("He was 83.", "I was 22 and ...",
# "If you're 71,", "died Sunday at 91", "retired at 65"), before the end of its clause or a
# clause of time.
# Between the event and "at" no other verb: "the number who died on the roads stood at 41",
# "the rate among married women peaked at 12" are counts; "dead" only right before "at"
# ("dead at 90"; not "the number of dead stood at 12").
_AGE_PREDICATE_BEHIND = re.compile(
    rf"(?:(?<![\w])(?:he|she|I|you|we|they)[^\S\n]+(?:{_alternation(lx.AGE_CLAUSE_VERBS)}|am)"
    r"|(?<![\w])(?:(?:he|she)['’]s|(?:you|we|they)['’]re|I['’]m)"
    # a person by kin or gender after a possessive: "My husband is 62", "our son turned 30"
    r"|(?<![\w])(?:my|our|your|his|her|their)[^\S\n]+"
    rf"(?:{_alternation(lx.MALE_NOUNS | lx.FEMALE_NOUNS | lx.CHILD_NOUNS)})"
    rf"[^\S\n]+(?:{_alternation(lx.AGE_CLAUSE_VERBS)})"
    rf"|(?<![\w])(?:{_alternation(lx.LIFE_EVENT_VERBS)})"
    rf"(?:[^\S\n]+(?!(?:{_alternation(lx.PREDICATE_OPENERS | lx.LEVEL_VERBS)})\b)"
    r"(?![a-z]+ed\b)(?:[a-z]+|(?:1[89]|20)[0-9]{2})){0,4}?[^\S\n]+at"
    r"|(?<![\w])dead[^\S\n]+at)"
    r"(?:[^\S\n]+[0-9]{1,3}[^\S\n]+(?:or|to))?"  # the second age of two: "retire at 60 or *70*"
    r"[^\S\n]+\Z",
    re.IGNORECASE,
)
_AGE_PREDICATE_REACH = (
    64  # "graduated from nursing school at 21", "died Sunday at Lakeview Lodge at 83"
)
# After the age: its clause's end, a clause of time, "and" then words ("I was 22 and broke";
# not "10 and 2 as a starter"), "or" or "to" then another age or a verb ("retire at 60 or
# 65", "retired at 60 to care for"), "in" or "on" a year, a day or a place ("was 17 in 1968",
# "died at 91 in Lorne"; not "was 12 in the world rankings").
_AGE_PREDICATE_AFTER = re.compile(
    r"[^\S\n]*(?:[.,;:!?)—–\n]|\Z|when[^\S\n]|and[^\S\n]+(?![0-9])"
    r"|(?:or|to)[^\S\n]+(?:[0-9]{1,3}\b|[a-z])"
    rf"|(?:in|on)[^\S\n]+(?:(?:1[89]|20)[0-9]{{2}}\b|(?:{_alternation(lx.TIME_WORDS)})\b|(?-i:[A-Z])))",
    re.IGNORECASE,
)
# An article or a possessive opening a noun phrase ("a", "the", "their"): an alternation.
_ARTICLE_OR_POSSESSIVE = "a|an|the|his|her|their|its"
# A word in -s after an age adjective, then an object's determiner or a particle: the verb.
_VERB_AFTER_AGE = re.compile(
    r"[^\S\n]+(?P<v>[a-z]+s)[^\S\n]+(?:"
    + _ARTICLE_OR_POSSESSIVE
    + r"|off|out|up|down|twice|every|alone)\b"
)
# A relative clause with no "that" after a plural the age modifies, then the sentence's own
# verb: "the 150-year-old buildings *the city owns were* sold" (not "runs the city's buses").
_RELATIVE_AFTER_AGE = re.compile(
    r"[^\S\n]+(?:a|an|the)(?:[^\S\n]+[\w’'.-]+){1,2}?[^\S\n]+(?P<r>[a-z]+)[^\S\n]+(?P<m>[a-z]+)\b"
)
_ARTICLE_BEHIND = re.compile(r"(?<![\w])an?[^\S\n]+\Z", re.IGNORECASE)
_ELLIPSIS_BEHIND = re.compile(
    rf"(?<![\w])(?P<w>{_alternation(lx.ELLIPSIS_LEADS)}|{_alternation(lx.LEVEL_LEADS)})"
    # a level named between: "down from *a peak of* 410,000", "up from *its low of* 12"
    r"(?:[^\S\n]+(?:a|an|the|its|their)[^\S\n]+"
    rf"(?:{_alternation(lx.LEVEL_NOUNS | lx.AMOUNT_NOUNS)})[^\S\n]+of)?"
    r"[^\S\n]+\Z",
    re.IGNORECASE,
)
# A word that opens a span or a ranking of what the figure after it counts: "three of the
# *past* five winters" counts winters, not pasts; "15% of the *top* 500 channels" channels.
_SPAN_OPENERS = frozenset({"past", "previous", "first", "last", "next", "top", "bottom"})
_FIGURE_AT = re.compile(rf"[^\S\n]*(?:[0-9]|(?:{_NUMBER_WORD})\b)", re.IGNORECASE)
_PART_OF = re.compile(
    r"[^\S\n]+of[^\S\n]+(?:(?:the|its|their|these|those|his|her|our|my|your)[^\S\n]+"
    r"(?:(?:last|past|previous|next|first|top|bottom|[\w.-]+[’']s)[^\S\n]+)?"
    r"|[A-Z][\w.-]*[’']s[^\S\n]+)"  # "of Acme's 40 stores"
)
_SHARE_JOIN = re.compile(r"[^\S\n]*[-–][^\S\n]*|[^\S\n]+to[^\S\n]+")  # "62 *to* 38 per cent"
_OR_BETWEEN = re.compile(r"[^\S\n]+or[^\S\n]+")
# A part of what the figure before counts, by a pronoun after it: "9,800 hours, about 3,100 of
# them in the Corvane", "19 were injured, two of whom critically".
_OF_THEM = re.compile(r"[^\S\n]+of[^\S\n]+(?:them|those|these|which|whom)\b")
# What joins a bare number's clause to a count's: a coordinator, or a saying verb whose
# reported clause it opens ("represents 2,300 workers, says 1,700 have walked out").
_COORDINATOR_BEHIND = re.compile(
    rf"(?<![\w])(?:and|but|while|whereas|that|{_alternation(lx.SAYING_VERBS)})[^\S\n]+\Z",
    re.IGNORECASE,
)
# "more" after a coordinated bare number: the count goes on ("4,000 people ..., and 300 more").
# "another", "a further" or "an additional" before a bare number: more of the count before it
# ("31 nurses were hired and another 12 start in May", "200 jobs in March, a further 150 in June").
# Not before an -ing participle: that counts what the others did ("14 votes, with another 6
# abstaining": members); an -ed one counts more of them ("signed 3 forwards, with another 2
# expected next week").
_ANOTHER_BEHIND = re.compile(
    r"(?<![\w])(?P<with>with[^\S\n]+)?(?:another|a[^\S\n]+further|an[^\S\n]+additional)"
    r"[^\S\n]+\Z",
    re.IGNORECASE,
)
_ANOTHER = ("another", "further", "additional")  # the last words of its matches
_PARTICIPLE_AFTER = re.compile(r"[^\S\n]+[a-z]{2,}ing\b")
_IN_AHEAD = re.compile(r"[^\S\n]+in(?=[^\S\n])")
_POINT_PARTS = frozenset({"half", "quarter", "quarters"})  # "a third point" is an ordinal
_POINT_AFTER = re.compile(r"[ -](?:(?P<p>percentage)[ -])?point\b", re.IGNORECASE)
_ONES_AFTER = re.compile(r"(?:[^\S\n]+[a-z-]+){0,2}?[^\S\n]+ones\b")  # "seven (smaller) ones"
# A margin after a bare number, which counts what the count before it counts: "(169 seats,)
# three *short of* the 172 needed", "(14,206 votes,) 1,318 *ahead of* Brauer".
_MARGIN_AFTER = re.compile(r"[^\S\n]+(?:(?:short|shy|ahead|clear)[^\S\n]+of|behind)\b")
# A threshold after "the" and a bare number, which counts the same: "short of the 172 *needed*
# for a majority", "the 60 *required* to end debate" (not "172 needed surgery").
_THRESHOLD_AFTER = re.compile(
    r"[^\S\n]+(?:needed|required|necessary)(?=[^\S\n]+(?:for|to)\b|[.,;])"
)
# A sentence opening "Of", which the whole a count is part of or that part follows: "Of the
# 300 patients, (172 ...)", "Of those, (1,200 ...)".
_OF_OPENING = r"(?:\A|[.!?][\"”’]?[^\S\n]+|\n)Of[^\S\n]+"
# A sentence opening on the whole a count is part of, right before that count: "Of the 300
# *patients*, (172 needed surgery)", "Of those 42 rural *stores*, (12 closed)", "Of the 900
# *riders* surveyed, (456 said ...)", "... polled by the firm Vox, (456 ...)", "Of the 41
# *precincts* in Dunmore, (29 were moved)", "Of the 80 *files* she read, (12 ...)".
_PARTITIVE_OPENING = re.compile(
    _OF_OPENING + r"(?:the|these|those|its|their)[^\S\n]+"
    r"(?:[\w,.’'-]+[^\S\n]+){0,3}?(?P<n>[a-z][a-z-]*)"
    r"(?:[^\S\n]+(?:(?:he|she|they|we|it|I)[^\S\n]+[a-z]+"
    r"|[a-z]+ed(?:[^\S\n]+by(?:[^\S\n]+[\w.’'-]+){1,5})?)"
    r"|[^\S\n]+(?:in|at|from|across)(?:[^\S\n]+[\w.’'-]+){1,3})?,[^\S\n]+\Z"
)
# A sentence opening on a part of the whole the sentence before counted, right before the
# count of that part: "Of those, (1,200 were ...)", "Of them, (40 ...)".
_OF_THOSE_OPENING = re.compile(_OF_OPENING + r"(?:those|these|them),[^\S\n]+\Z")
_OF_THOSE_REACH = 32  # characters before a bare count read for that opening
_PARTITIVE_REACH = 80  # characters before a bare count read for the whole it is part of
_THE_BEFORE = re.compile(r"(?<![\w-])the[^\S\n]+\Z", re.IGNORECASE)
_MORE_AFTER = re.compile(r"[^\S\n]+more\b", re.IGNORECASE)
# A reporting verb in the past after a sentence's opening "One": the pronoun, one of a group
# quoted ("One wrote: ...", "One added that ..."), no count.
_REPORTING_PASTS = frozenset(w for w in lx.INVERTED_CUES if w.endswith("ed")) | {"said", "wrote"}
_REPORTED_AFTER = re.compile(rf"[^\S\n]+(?:{_alternation(_REPORTING_PASTS)})\b")
_CLAUSE_VERB_AFTER = re.compile(rf"[^\S\n]+(?:{_alternation(lx.CLAUSE_VERBS)})\b", re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"[.!?;][^\S\n]|\n")
# Where a clause opens inside a sentence: a conjunction after a comma ("..., while"), a verb
# reporting it ("the board said (that)", "figures showed").
_CLAUSE_JOIN = re.compile(
    r"(?:,[^\S\n]+(?:while|whereas|and|but)|(?<![\w-])(?:said|says|showed|shows|found|finds)"
    r"(?:[^\S\n]+that)?)[^\S\n]+"
)
_LEADING_DETERMINER = re.compile(r"[^\S\n]+(?:the|its|their|these)(?=[^\S\n])", re.IGNORECASE)
_SENTENCE_OPENING = re.compile(r"(?:\A|[.!?][\"'”’]?[^\S\n]+|\n[\"“]?)\Z")
_GROUP_BEHIND = re.compile(
    rf"(?<![\w])(?:number|(?P<group>{_alternation(lx.GROUP_NOUNS)})"
    rf"|(?P<place>{_alternation(lx.SETTLEMENT_NOUNS)}))[^\S\n]+of(?=[^\S\n])",
    re.IGNORECASE,
)
_DATE_PREPOSITIONS = frozenset({"in", "on"})  # before a date: what precedes is no year
_TIME_PREPOSITIONS = frozenset({"in", "since", "during", "until"})  # before a year
_LINK = r"(?:[^\S\n]+[a-z]+){1,4}[^\S\n]+"
_LINK_WORDS = re.compile(_LINK)  # "has risen to", "stood at"
# A change in per cent, when it was measured, then the level reached: "(listings) rose 38 per
# cent from a year earlier to", "(sales) fell by about 4% in May to".
_CHANGE_TO_LEVEL = re.compile(
    rf"(?:[^\S\n]+(?:has|have|had))?[^\S\n]+(?:{_alternation(lx.CHANGE_WORDS)})"
    r"(?:[^\S\n]+[a-z]+){0,2}[^\S\n]+[0-9][0-9.,]*(?:%|[^\S\n]+per[^\S\n]?cent|[^\S\n]+percent)"
    r"(?:[^\S\n]+[A-Za-z-]+){0,6}?[^\S\n]+to[^\S\n]+"
)
# The same after a complement of the counted noun: "(households) in temporary housing had
# reached a record", "(cases) at the school rose to", or a participle's phrase: "(people)
# forced from their homes has reached".
_COMPLEMENT_WORDS = (
    r"[^\S\n]+(?:in|on|at|from|with|without|under|across|among|about|involving|[a-z]+ed)"
    r"(?:[^\S\n]+[a-z]+){1,3}?"
)
_COMPLEMENT = rf"(?:{_COMPLEMENT_WORDS})?"
_COMPLEMENT_LINK = re.compile(_COMPLEMENT + _LINK)
# A complement of a plural subject opening its sentence, then a verb of change and "to":
# "(Deaths) in the industry rose to", "(Collisions) at the crossing have fallen to", "(Calls)
# to the city's 311 line rose to", "(Deaths) on Ontario roads rose to" (not "Jones rose to").
_COMPLEMENT_CHANGE = re.compile(
    r"[^\S\n]+(?:in|on|at|to|for|of|from|with|without|under|across|among|about|involving"
    r"|[a-z]+ed)(?:[^\S\n]+[\w’'-]+){1,4}?"
    + rf"(?:[^\S\n]+(?:has|have|had))?[^\S\n]+(?:{_alternation(lx.CHANGE_WORDS)})"
    + r"[^\S\n]+to[^\S\n]+"
)
# The same after a group noun's "of" and the place or body it is of: "(the population) of the
# town rose to", "(the crowd) of Kelby reached"; not a kind ("the population of deer").
_OF_WHAT_LINK = re.compile(
    r"[^\S\n]+of[^\S\n]+(?:(?:the|its|their|this|that)(?:[^\S\n]+[\w'’.-]+){1,3}?"
    r"|[A-Z][\w'’.-]*(?:[^\S\n]+[A-Z][\w'’.-]*)?)" + _LINK
)
# A noun of a group as the subject of a count, before its verb, a complement between: "The
# death *toll* from the storm rose to 41", "the *crowd* reached 50,000" (lexicon.GROUP_NOUNS:
# what it counts).
_GROUP_SUBJECT = re.compile(
    rf"(?<![\w])(?P<group>{_alternation(lx.GROUP_NOUNS)})(?={_COMPLEMENT}{_LINK}\Z)",
    re.IGNORECASE,
)
# A possessed or definite plural object before a move "from A to B": what the levels count
# ("cut his staff from 12 to 4"); "from" is in the figure's span or before it.
_MOVED_OBJECT = re.compile(
    r"(?<![\w])(?:the|its|his|her|their|our|my|your)[^\S\n]+(?P<n>[a-z]+)[^\S\n]+"
    r"(?P<f>from[^\S\n]+)?\Z"
)
_WORD_AHEAD = re.compile(r"[^\S\n]+([a-z]+)")
# A verb of limiting, its plural object, then "at" or "to" before the number: what it counts
# ("capped new study *permits* at 360,000", "limited work *permits* to 50,000").
_LIMITED_OBJECT = re.compile(
    r"(?<![\w-])(?:" + _alternation(lx.LIMIT_VERBS) + r")(?:[^\S\n]+[a-z-]+){0,3}?"
    r"[^\S\n]+(?P<n>[a-z]+)[^\S\n]+(?:at|to)[^\S\n]+\Z",
    re.IGNORECASE,
)
# An object between the subject and "at" or "to" before the number ("put *the toll* at",
# "Ottawa cuts *the intake target* to"): its count (see `_object_brought`).
_OBJECT_ARTICLE = re.compile(
    r"[^\S\n](?:the|a|an|its|their)(?:[^\S\n]+[a-z]+){1,3}[^\S\n]+(?:at|to)[^\S\n]*$"
)
# A unit of time and the next smaller one, with how many of it make one: "2 hours 24 minutes".
_SMALLER_UNITS = {
    ("year", "month"): 12,
    ("week", "day"): 7,
    ("day", "hour"): 24,
    ("hour", "minute"): 60,
    ("minute", "second"): 60,
}
_COMPOUND_GAP = re.compile(r"[^\S\n]+(?:and[^\S\n]+)?")
_CLAUSE_BREAK = re.compile(r"[.!?;:,\n]|\b(?:and|but|or|while|when|then|after|before)\b")
_RATIO_JOIN = re.compile(
    r"(?:[^\S\n]+|-)(?P<w>in|(?:out[^\S\n]+)?of(?:[^\S\n]+every)?)(?:[^\S\n]+|-)",
    re.IGNORECASE,
)
# "19 times *out of* 20", "19 times *in* 20": a poll's ratio
_OUT_OF = re.compile(r"[^\S\n]+(?:out[^\S\n]+of|in)[^\S\n]", re.IGNORECASE)
# A percent word after a falling pair, the shares of a split: "split 70-30 *percent*".
_SPLIT_PERCENT = re.compile(r"[^\S\n]*(?:%|per[^\S\n]?cent\b|percent\b)", re.IGNORECASE)
_HEIGHT = re.compile(r"['’′][^\S\n]?(?P<inches>1[01]|[0-9])(?:\"|”|″|''|’’)")
_SCORE_BEHIND = re.compile(
    rf"(?<![\w])(?:{_alternation(lx.SCORE_VERBS)})(?:[^\S\n]+[\w.'’-]+){{0,2}}[^\S\n]+\Z",
    re.IGNORECASE,
)
# A vote's tally after its verb or "a vote of", up to three words between ("passed the bill
# 52-48", "passed a second motion 5-4"): the votes for, then the votes against.
_TALLY_BEHIND = re.compile(
    rf"(?<![\w])(?:(?:{_alternation(lx.TALLY_VERBS)})(?:[^\S\n]+[\w.'’-]+){{0,3}}"
    r"|vote[^\S\n]+of)[^\S\n]+\Z",
    re.IGNORECASE,
)
_TALLY_FIRST = re.compile(r"(?<![\w.,])(?P<n>\d{1,3})(?:[-–]|[^\S\n]+to[^\S\n]+)\Z")
# The votes against, no share after them ("voted 85-15 per cent in favour": shares).
_TALLY_OTHER = re.compile(
    r"(?:[-–]|[^\S\n]+to[^\S\n]+)(?P<n>\d{1,3})(?![\w.,]\d)(?![-–\w])"
    r"(?![^\S\n]*(?:%|per[^\S\n]*cent|percent|pct)\b)"
)
# A determiner before a tally, which then modifies a noun: "approved *the* 3-2 format".
_DETERMINER_BEHIND = re.compile(
    rf"(?<![\w])(?:{_alternation(lx.DETERMINERS)})[^\S\n]+\Z", re.IGNORECASE
)
# A word after a tally that no noun is: a preposition, a function or time word, an adverb or
# a participle ("voted 4-1 *on* Tuesday", "passed 52-48 *along* party lines", "ruled 5-4
# *that*", "passed a motion 5-4 *asking* staff").
_NOT_TALLY_NOUNS = (
    lx.FUNCTION_WORDS
    | lx.PREPOSITIONS
    | lx.TIME_WORDS
    | frozenset("last late early next along votes vote".split())
)
_WORD_AFTER = re.compile(r"[^\S\n]+([a-z][\w-]*)")
_TALLY_CAP = 1000  # votes for in a tally, fewer than a year's number
# A game's lines that a number opens (`_game_line`): a record of wins, losses and ties
# ("15-16-3"), the shots taken after the shots made ("2 for 4 on the power play", "0-for-3"),
# with no noun after them; a word glued to the number ("3-pointer").
_RECORD = re.compile(r"\d{1,3}(?:[-–]\d{1,3}){2,}(?![\w.,]?\d)")
# A record of wins and losses that a team's standing moved to: "fell to 9-14 on the road".
_RECORD_BEHIND = re.compile(
    r"\b(?:improved|fell|dropped|slipped|moved|climbed|evened)[^\S\n]+to[^\S\n]+\Z"
)
_RECORD_PAIR = re.compile(
    r"\d{1,3}[-–]\d{1,3}(?![\w%-]|[.,]\d)"
    r"(?=[^\S\n]*(?:[^\w\s]|$|(?:on|in|at|with|since|overall|against|and|this|after)\b))"
)
_MADE_OF_TAKEN = re.compile(
    r"(?:[^\S\n]+for[^\S\n]+|-for-)(\d{1,3})(?![\w%-]|[.,]\d)"
    r"(?=[^\S\n]*(?:[^\w\s]|$|(?:on|from|in|at|with|against|behind|beyond|and)\b))"
)
_NUMBER_NAMED = re.compile(r"-([a-z]+)\b")
_ODDS_JOIN = re.compile(r"[^\S\n]+to[^\S\n]+|-to-", re.IGNORECASE)
_WINDOW = 32  # how far back a word before a number is looked for
_QUALIFIER_WINDOW = 24  # longer than any qualifier with its spaces

# The noun phrase a count counts.
# A word may end in a hyphenated number, as names do: "500 COVID-19 tests", "two F-35 jets",
# after a capital also with a stray space ("COVID -19"); a name may hold a number before a
# common noun ("two Fortune 500 companies", not a possessor's: "of Ohio's 212 bridges"); a model
# may be plural ("two 787s") or go on in capitals and a number ("24 Boeing 737 MAX 8 planes");
# a place may be initials before a common noun ("40 U.S. cities").
_NP_WORD = re.compile(
    r"(?P<gap>[^\S\n]+|-)(?P<w>[A-Z][\w'’]*(?<![’']s)[^\S\n]+[0-9]+(?:[A-Z]|-[0-9]+)?"
    r"(?:[^\S\n]+[A-Z][A-Z0-9-]+(?:[^\S\n]+[0-9]+)?)?(?=[^\S\n]+[a-z])"
    r"|[0-9]+s(?![\w'’])"
    r"|(?:[A-Z]\.){2,}(?=[^\S\n]+[a-z])"
    r"|[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)*(?:(?:(?<=[A-Z])[^\S\n])?-[0-9]+(?![\w.,]))?)"
)
_SPACES_AHEAD = re.compile(r"[^\S\n]+")
# A level, when it was reached, then a change: "(6,120 sales) in May, up (9.4%)".
_UP_OR_DOWN = re.compile(r"(?:[^\S\n]+[A-Za-z]+){0,3},[^\S\n]+(?:up|down)(?:[^\S\n]+by)?[^\S\n]+")
_FROM = re.compile(r"[^\S\n]+from[^\S\n]+")
_FIRST_WORD = re.compile(r"\S+[^\S\n]+")  # a word and the spaces after it
_COMPOUND_TAIL = re.compile(r"(?:-[^\W\d_]+)+")  # "-a-day", "-page", "-olds"
_OF_A_FIGURE = re.compile(
    r"[^\S\n]+of[^\S\n]+(?:(?P<d>[^\W\d_]+)[^\S\n]+)?(?:[^\W\d_]+(?:[’']s)?[^\S\n]+)?"
    r"(?=[^\s\w]?[0-9])",
    re.IGNORECASE,
)
_RESTATED = re.compile(r"[^\S\n]*\([^\S\n]*(?P<d>[0-9][0-9,]*)[^\S\n]*\)")
_OF_ONE = re.compile(r"(?:[^\S\n]+of)?[^\S\n]+an?(?=[^\S\n])", re.IGNORECASE)  # " of a"
_OF = re.compile(r"[^\S\n]+of(?=[^\S\n])", re.IGNORECASE)
_NP_MAX_WORDS = 5
_YEAR_OVERRIDING = frozenset({"at_least", "more_than", "less_than", "at_most", "estimated"})
# A time's preposition before "at least": "since at least 2021", "until at least 2030".
_SINCE_AT_LEAST = re.compile(
    r"(?<![\w])(?:since|until|till|through|from)[^\S\n]+at[^\S\n]+least[^\S\n]+\Z", re.IGNORECASE
)
# "to" and a number after an amount: the other end of a range or a move ("from 2000 to 3500").
_TO_A_NUMBER = re.compile(r"[^\S\n]+to[^\S\n]+[0-9]")
_AMOUNT_OF_BEHIND = re.compile(
    rf"(?<![\w])(?:{_alternation(lx.AMOUNT_NOUNS)})[^\S\n]+of[^\S\n]+\Z", re.IGNORECASE
)
# "over" right after an amount, or after what it counts: the span of time or the base it is
# over ("rose 3% over two years", "$2 billion over five years", "£2bn over five years"), or
# the place ("downed 46 drones over seven regions"), not "more than" the figure after it
# ("from 5 to over 10").
_OVER_A_PERIOD = re.compile(
    r"(?:\d(?:pc|[mbkt]n?)?|%"  # "€1.4bn over four years", "24pc over two years"
    r"|\b(?:per[^\S\n]?cent|percent|pc|thousand|million|billion|trillion|[mbk]n?))"
    r"(?:[^\S\n]+(?!(?:to|and|or|than|from|by|of|with|at|in|is|are|was|were|be)\b)[a-z][\w’'-]*)"
    r"{0,2}[^\S\n]+over[^\S\n]+\Z",
    re.IGNORECASE,
)
_OVER_REACH = 40  # characters before "over" that `_OVER_A_PERIOD` reads
_GERUND_PREPOSITIONS = frozenset({"in", "of", "on", "for"})  # see `_gerund_noun`


def _any_of(*patterns: re.Pattern[str]) -> re.Pattern[str]:
    """A pattern that matches where any of `patterns` matches (their groups unnamed, each with
    its own flags). Most numbers are followed by none of the several things a step reads after
    them; one call of the regex engine then rules out all of them, where each call of its own
    costs more than the pattern's work."""
    return re.compile(
        "|".join(
            f"(?{'i' if pattern.flags & re.IGNORECASE else ''}:"
            f"{_GROUP_NAME.sub('(?:', pattern.pattern)})"
            for pattern in patterns
        )
    )


_GROUP_NAME = re.compile(r"[(][?]P<\w+>")  # a named group's opening, made a plain group


# What `_amount` may read after a number: a half, a fraction's slash, a scale, an exponent, a
# unit, a rate.
_AMOUNT_TAIL = _any_of(
    _AND_A_HALF,
    _MIXED_FRACTION,
    _FRACTION_SLASH,
    _SCALE_AFTER,
    _SCALE_LETTER,
    _SPACED_SCALE_LETTER,
    _EXPONENT,
    _UNIT,
    _RATE,
    _RATE_BASE,
    _AGAINST_CURRENCY,
)
# What `_not_a_figure` looks for right after a number's core, and after its amount.
_NOT_A_FIGURE_AFTER_CORE = _any_of(_IDIOM_AFTER, _ORDINAL, _CLOCK, _DECADE_AFTER, _MONTH_AFTER)
_NOT_A_FIGURE_AFTER_AMOUNT = _any_of(_STREET, _MODEL_AFTER, _NAME_AFTER)
_QUALIFIER_WORDS = frozenset(w for q in lx.QUALIFIERS_BEFORE for w in q.split())
_NOT_IDENTIFIER = frozenset({*lx.NUMBER_LEAD_WORDS, *_QUALIFIER_WORDS, *lx.NUMBER_WORDS})
# A number word said twice about one at a time: "one by one", "two by two", "one after
# another", "one after the other" (a manner, no count); not "two by four" (a size).
_IN_TURN_AFTER = re.compile(r"[^\S\n]+(?:by|after)[^\S\n]+(?P<again>[a-z]+)", re.IGNORECASE)
_GLUED_SCALE = re.compile(r"\d([A-Za-z]{1,3})\Z")
_THE_OTHER = re.compile(r"the[^\S\n]+other\b", re.IGNORECASE)
# "one way or another", "in one form or another": either of a kind, no count
_OR_ANOTHER = re.compile(r"[^\S\n]+[a-z]+[^\S\n]+or[^\S\n]+another\b", re.IGNORECASE)
_PAIR_END = re.compile(r"[.!?\n]")  # how far "the other" of "one ... the other" is looked for
_PAIR_REACH = 120
_IN_TURN = ("by", "after")
_IN_TURN_BEFORE = re.compile(r"(?P<first>[a-z]+)[^\S\n]+(?:by|after)[^\S\n]+\Z", re.IGNORECASE)
_NOT_ONE_COMPOUND = re.compile(rf"-(?:{_alternation(lx.NOT_ONE_COMPOUNDS)})\b", re.IGNORECASE)
# "one" opening a phrase of four or more words hyphened into one modifier, no count:
# "one-size-fits-all rules", "a one-of-a-kind case" (not "one-and-a-half", "one-in-a-hundred").
_ONE_PHRASE_COMPOUND = re.compile(r"-(?!(?:and|in|out)-)[a-z]+(?:-[a-z]+){2,}\b", re.IGNORECASE)
# "One (local) woman( of the district)(, a nurse,) said", "One GOP lawmaker said", "One widely
# cited estimate puts": an anecdote's speaker or a source after "one", which counts no one; the
# aside may hold commas of its own ("One man, who asked to be named by his initial, K., said").
_ONE_NOUNS = _alternation(lx.ONE_PERSON_NOUNS | lx.ONE_SOURCE_NOUNS)
_ONE_NOUN = rf"[^\S\n]+(?:[\w-]+[^\S\n]+){{0,2}}?(?:{_ONE_NOUNS})"
_ANECDOTAL_ONE = re.compile(
    _ONE_NOUN
    + rf"(?:[^\S\n]+(?:of|from|in|near|{SOURCE_POSTMODIFIER.pattern})[^\S\n]+[^,.;\n]{{1,40}}?)?"
    rf"(?:,[^;\n]{{1,160}}?,)?[^\S\n]+(?:(?:also|later|then)[^\S\n]+)?"
    rf"(?:{_alternation(lx.SPEECH_CUES | lx.BELIEF_CUES | lx.ESTIMATE_PUT_VERBS)})\b"
)
# The same speaker after an inverted cue, its phrase ending the sentence or set off: "...,"
# said one official.", "said one person familiar with the talks, who ...", "said one driver
# from Barrie." (not "said one person died": a count in what was said).
_ANECDOTAL_ONE_AFTER_CUE = re.compile(
    _ONE_NOUN
    + rf"(?:[^\S\n]+(?:of|from|in|near|{SOURCE_POSTMODIFIER.pattern})(?:[^\S\n]+[\w’'-]+){{1,3}}?)?"
    r"(?=[^\S\n]*[.,;!?]|\Z)"
)
# A cue set after what was said, so inverted: "“...,” said", "..., said" (not "Police said one
# man, 45, was hurt", whose "one man" is a count in what was said).
_INVERTED_CUE_BEHIND = re.compile(r"[,”\"’?!—][^\S\n]*\Z")
_CLAUSE_CUES = lx.SPEECH_CUES | lx.BELIEF_CUES  # verbs whose "that" opens a clause
_CLAUSE_OPENERS = frozenset({"and", "but", "while"})  # before a "one" opening a clause


@dataclass(slots=True)
class _Amount:
    """One number read with its currency, scale and unit."""

    start: int
    end: int
    value: float
    raw: float  # the value before a scale word or letter
    scale: float  # 1 when no scale was read
    unit: str | None = None
    kind: FigureKind = "count"
    unit_start: int | None = None  # where a hyphenated unit starts: "four-*cylinder* engine"
    digits: bool = True  # written with digits, not words


# Letters the regex engine's IGNORECASE takes for "s" and "i" where `str.lower` does not
# make them so ("ſ", "ı"; "İ" lowers to two characters): the words the patterns match are
# looked up lowered in tables of plain letters.
_IGNORECASE_TWINS = str.maketrans("ſıİ", "siI")


# A live page's stamp of when an entry was posted, a line of its own (`PAGE_STAMP_AGO`).
_PAGE_STAMP = LineStarts(r"[^\S\n]*" + PAGE_STAMP_AGO + r"[^\S\n]*$")


def find_figures(text: str) -> list[Figure]:
    """Every figure of `text`, in text order, spans not overlapping; read with "ſ", "ı" and
    "İ" as "s", "i" and "I" (a unit or subject written with them shows those letters); none
    in a press release's closing boilerplate (`boilerplate_start`) nor a live page's stamp
    (`_PAGE_STAMP`)."""
    if "ſ" in text or "ı" in text or "İ" in text:  # rare: spared the copy of every text
        text = text.translate(_IGNORECASE_TWINS)
    figures: list[Figure] = []
    done = 0  # text before this offset belongs to a figure or was ruled out
    boilerplate = boilerplate_start(text)
    stamps = _PAGE_STAMP.spans(text) if " ago" in text else []
    for start in _core_starts(text):
        if start >= boilerplate:
            break
        if start < done:
            continue
        core = _CORE.match(text, start)
        if core is None:
            continue
        figure, consumed = _read(text, core, done)
        done = consumed if consumed > done else done
        if figure is not None and figure.kind == "duration" and figure.qualifier == "more_than":
            figure = _across(text, figure)
        if stamps and figure is not None and any(a <= start < b for a, b in stamps):
            continue  # "Updated 3 minutes ago": a page's stamp
        if figure is not None:
            if core.lastgroup == "aduration" and figures:  # "$500 for a week"
                rated = _period_of(text, figures[-1], figure)
                if rated is not None:
                    figures[-1] = rated
                    continue
            if figures and figure.kind == "duration":
                joined = _compound_duration(text, figures[-1], figure)
                if joined is not None:
                    figures[-1] = joined
                    done = max(done, joined.span[1])
                    continue
            if figure.unit is None and figure.subject is None:
                figure = _study_ratio(text, figure)
            if figures and figure.unit is None and figure.subject is None:
                figure = _elliptical(text, figures, figure)
                if figure.unit is None:
                    figure = _interval(text, figures, figure)
                if figure.unit is None:
                    figure = _part_of_those(text, figures, figure)
                if figure.unit is None:
                    figure = _coordinated(text, figures, figure)
                if figure.unit is None:
                    figure = _carried_over(text, figures, figure)
                if figure.unit is None:
                    figure = _ones(text, figures, figure)
                if figure.unit is None:
                    figure = _the_number_again(text, figures, figure)
            elif figures and figures[-1].unit is None and figure.unit is not None:
                figures[-1] = _part_of(text, figures[-1], figure)
                if figures[-1].unit is None:
                    figures[-1] = _other_share(text, figures[-1], figure)
            elif figures and " per " in (figures[-1].unit or ""):
                figure = _rate_carried(text, figures[-1], figure)
            if figures and figure.kind == "measure" and figures[-1].kind == "money":
                figure = _money_compared(text, figures[-1], figure)
            elif figures and figure.unit == "point" and figures[-1].unit == "percentage point":
                figure = _percentage_point_again(text, figures[-1], figure)
            figures.append(figure)
            done = max(done, figure.span[1])
    return figures


def _across(text: str, figure: Figure) -> Figure:
    """A duration after "over" that is the period something is spread across, not more than
    it ("would spread the cost over three years"): exact, "over" left out."""
    over = _WORD.match(text, figure.span[0])
    if over is None or over.group().lower() != "over":
        return figure
    before = _word_before(text, figure.span[0])
    if before is None or (
        before.group("w").lower() in lx.OVER_MORE_THAN_AFTER and not _gerund_noun(text, before)
    ):
        return figure
    start = _SPACES.match(text, over.end())
    return replace(
        figure, span=(start.end() if start else over.end(), figure.span[1]), qualifier="exact"
    )


def _gerund_noun(text: str, word: re.Match[str]) -> bool:
    """Whether a word ending in "-ing" is a noun, after a preposition ("$2 million in
    spending over two years"), not a verb ("has been spending over two years")."""
    if not word.group("w").lower().endswith("ing"):
        return False
    before = _word_before(text, word.start("w"))
    return before is not None and before.group("w").lower() in _GERUND_PREPOSITIONS


def _period_of(text: str, previous: Figure, figure: Figure) -> Figure | None:
    """The sum or measure before one unit of time after "for" in its clause, when that unit is
    the period it is given for, not a duration of its own: "$500 for a week in the cabin",
    "90GB of 4G roaming for a month"; right after it, the period makes it a rate: "20GB of
    data for a month" is 20 GB per month. None: the duration stands on its own ("jailed for a
    month", "300 barrels a day for a month")."""
    lead = _word_before(text, figure.span[0])
    if previous.kind not in {"money", "measure"} or previous.unit is None or lead is None:
        return None
    if " per " in previous.unit or lead.group("w").lower() != "for":
        return None
    if _CLAUSE_BREAK.search(text, previous.span[1], lead.start()):
        return None
    spaces = _SPACES_AHEAD.match(text, previous.span[1])
    if spaces is None or spaces.end() != lead.start():
        return previous
    rate = f"{previous.unit} per {figure.unit}"
    return replace(previous, span=(previous.span[0], figure.span[1]), unit=rate)


def _compound_duration(text: str, previous: Figure, figure: Figure) -> Figure | None:
    """One duration written in two units, the larger first: "2 hours 24 minutes", "3 years
    and 6 months" (2.4 hours, 3.5 years); None unless `figure` continues `previous` so."""
    per = _SMALLER_UNITS.get((previous.unit or "", figure.unit or ""))
    if per is None or previous.kind != "duration" or previous.high is not None:
        return None
    if figure.high is not None or figure.qualifier != "exact" or not 0 < figure.value < per:
        return None
    if _COMPOUND_GAP.fullmatch(text, previous.span[1], figure.span[0]) is None:
        return None
    value = previous.value + figure.value / per
    return replace(previous, span=(previous.span[0], figure.span[1]), value=value)


def _elliptical(text: str, figures: list[Figure], figure: Figure) -> Figure:
    """A bare figure compared with the figure before it in its sentence, or a part of one,
    counts what that one counts: "460 cars were stolen, compared with 63", "to 193 pounds from
    208", "9,800 hours, about 3,100 of them in ..."."""
    start = figure.span[0]
    part = _OF_THEM.match(text, figure.span[1])
    if part is not None:
        return _part_of_them(text, figures, figure, part.group().endswith("whom"))
    previous = figures[-1]
    if len(figures) > 1 and _time_frame(text, figures[-2], previous):
        previous = figures[-2]  # "2.4 million doses in the first two weeks, up from 1.3 million"
    level = _changed_from(text, figures, start) if previous.kind == "percent" else None
    if level is not None:
        value = figure.value * _scale_of(text, level, figure)
        return replace(figure, value=value, unit=level.unit, kind=level.kind)
    if previous.unit in {None, "fraction"} or _SENTENCE_BREAK.search(text, previous.span[1], start):
        return figure
    if _OR_BETWEEN.fullmatch(text, previous.span[1], start):
        return replace(figure, unit=previous.unit, kind=previous.kind)  # "six years or nine"
    if not _compared(text, previous, start):
        return figure
    value = figure.value * _scale_of(text, previous, figure)
    return replace(figure, value=value, unit=previous.unit, kind=previous.kind)


# "in", "over", "during" or "within" (and "the"/"its"/"their"/"our") right before a span's
# opening word: "(doses) in the (first)", "in its (first)", "within the (first)"; not "for"
# ("extended the closure for the next three weeks, up from two": the span changed).
_SPAN_AFTER = re.compile(r"\b(?:in|over|during|within)\s+(?:(?:the|its|their|our)\s+)?\Z")


def _time_frame(text: str, counted: Figure, figure: Figure) -> bool:
    """Whether a duration is the span of time the figure `counted` before it in its sentence
    was counted in, after "in", "over" or "during" and a word opening a span: "2.4 million
    doses in the *first* two weeks" (not "waited six weeks", nor "extended the closure for
    the next three weeks, up from two": the span is what changed)."""
    if figure.kind != "duration":
        return False
    before = _word_before(text, figure.span[0])
    return (
        before is not None
        and before.group("w").lower() in _SPAN_OPENERS
        and _SPAN_AFTER.search(text, counted.span[1], before.start("w")) is not None
        and _SENTENCE_BREAK.search(text, counted.span[1], figure.span[0]) is None
    )


def _changed_from(text: str, figures: list[Figure], start: int) -> Figure | None:
    """The level before the last figure, a change in per cent, when the bare figure at `start`
    is the level it changed from: "6,120 sales in May, up 9.4% from 5,594" (sales); None
    otherwise."""
    if len(figures) < 2 or figures[-2].unit is None:
        return None
    level, change = figures[-2], figures[-1]
    if not _FROM.fullmatch(text, change.span[1], start):
        return None
    return level if _UP_OR_DOWN.fullmatch(text, level.span[1], change.span[0]) else None


def _percentage_point_again(text: str, previous: Figure, figure: Figure) -> Figure:
    """Points after percentage points in the same sentence are percentage points: "shave 0.2
    percentage point off growth and add 0.1 point to inflation"."""
    if _SENTENCE_BREAK.search(text, previous.span[1], figure.span[0]):
        return figure
    return replace(figure, unit=previous.unit, kind=previous.kind, subject=None)


def _money_compared(text: str, previous: Figure, figure: Figure) -> Figure:
    """A sum in the same word as the money compared with it just before is money too: "costs
    45 pounds, up from 40 pounds" (not a weight); "weighed 7 pounds, up from 6" stays one."""
    if figure.unit != previous.unit or _SENTENCE_BREAK.search(
        text, previous.span[1], figure.span[0]
    ):
        return figure
    return replace(figure, kind="money") if _compared(text, previous, figure.span[0]) else figure


def _compared(text: str, previous: Figure, start: int) -> bool:
    """Whether the figure at `start` is compared with `previous` by the words between them:
    "up from", "compared with", both levels of "from A to B" or "to A from B", the other side
    of a tally ("by 412 votes to 198")."""
    lead = _ELLIPSIS_BEHIND.search(text, max(previous.span[1], start - _QUALIFIER_WINDOW), start)
    if lead is None:
        return False
    word = lead.group("w").lower()
    tally = word == "to" and previous.unit in lx.TALLY_UNITS  # "by 412 votes to 198"
    if word in lx.LEVEL_LEADS and not tally:
        before = _word_before(text, previous.span[0])
        return before is not None and {word, before.group("w").lower()} == lx.LEVEL_LEADS
    return True


# "for" and an indefinite thing after a sum: what the sum buys whole, no period of a rate.
_OWN_PURCHASE = re.compile(r"\s+for\s+an?\s")


def _rate_carried(text: str, previous: Figure, figure: Figure) -> Figure:
    """A sum compared with a rate of the same money or measure just before it in its sentence
    is that rate too, its period left out: "£1,790 a month, up from £1,700 a year earlier"
    (pound per month), "$9 an hour, compared with $8" (dollar per hour); not a sum that buys
    a thing of its own ("compared with $300 for an annual pass")."""
    if previous.unit is None or figure.unit is None or previous.kind != figure.kind:
        return figure
    if not previous.unit.startswith(figure.unit + " per "):
        return figure
    if _SENTENCE_BREAK.search(text, previous.span[1], figure.span[0]):
        return figure
    if _OWN_PURCHASE.match(text, figure.span[1]):
        return figure  # "$30 a month, compared with $300 for an annual pass": a price of its own
    return (
        replace(figure, unit=previous.unit) if _compared(text, previous, figure.span[0]) else figure
    )


def _part_of_them(text: str, figures: list[Figure], figure: Figure, whom: bool) -> Figure:
    """A part, "N of them/which/whom", counts what the nearest figure before it in its
    sentence that counts things, time or a measure counts ("9,800 hours, 3,100 of them"; "3
    cars for $90,000, 2 of them used": cars), never money or a share; after "of whom", only
    what counts people ("120 workers on 40 hectares, 15 of whom"); bare if none does, or if
    a bare count comes between ("the 23-year-old hit six three-pointers, two of them ...":
    the six, not years)."""
    skipped = ("money", "percent", "measure", "duration") if whom else ("money", "percent")
    for previous in reversed(figures):
        if _SENTENCE_BREAK.search(text, previous.span[1], figure.span[0]):
            break
        if previous.unit is None and previous.kind == "count":
            break  # the count just before is the whole, whatever it counts
        if previous.unit not in {None, "fraction"} and previous.kind not in skipped:
            return replace(figure, unit=previous.unit, kind=previous.kind)
    return figure


def _scale_word(word: str) -> float:
    """The scale a word of a figure writes: "billion", "bn", the "m" of "$4.3m"; else 0."""
    if word.lower() in lx.SCALE_WORDS:
        return lx.SCALE_WORDS[word.lower()]
    glued = _GLUED_SCALE.search(word)  # "$4.3m", "$2.1bn"
    if glued is None:
        return 0.0
    suffix = glued.group(1)
    return lx.SCALE_LETTERS.get(suffix, 0.0) or lx.SCALE_WORDS.get(suffix.lower(), 0.0)


def _scale_of(text: str, previous: Figure, figure: Figure) -> float:
    """The scale a bare number compared with a scaled figure takes from it: "$4.5 billion,
    down from 5.1" (5.1 billion), "2 million residents, up from 1.5", when the scaled value is
    of that figure's order (within a hundredfold) and the bare one far below it; else 1."""
    own = text[figure.span[0] : figure.span[1]]
    if not own.replace(".", "", 1).isdigit() or not previous.value:
        return 1.0
    scale = max(map(_scale_word, text[previous.span[0] : previous.span[1]].split()))
    if scale < 1e3 or figure.value / previous.value > 1e-2:
        return 1.0
    scaled = figure.value * scale
    direction = set(text[previous.span[1] : figure.span[0]].lower().split())
    if "up" in direction and scaled >= previous.value:
        return 1.0  # "4.5 million units, up from 300": a smaller number, so no million
    if "down" in direction and scaled <= previous.value:
        return 1.0
    return scale if 1e-2 <= scaled / previous.value <= 1e2 else 1.0


def _part_of(text: str, bare: Figure, whole: Figure) -> Figure:
    """A bare number that counts part of the figure after it counts what that one counts:
    "in four of the last five years" (4 years), "four of the 10 wells", "31 of the county's
    212 bridges"."""
    if not _PART_OF.fullmatch(text, bare.span[1], whole.span[0]):
        return bare
    return replace(bare, unit=whole.unit, kind=whole.kind)


def _other_share(text: str, bare: Figure, share: Figure) -> Figure:
    """A bare number before "to" or a dash and a larger-first share is the other share of a
    split: "voted 62 to 38 per cent", "split 70-30 percent" (both per cent); a rising pair
    is a range, read with its low end already ("5 to 10 per cent")."""
    if share.kind != "percent" or not share.value < bare.value <= 100:
        return bare
    if not _SHARE_JOIN.fullmatch(text, bare.span[1], share.span[0]):
        return bare
    return replace(bare, unit=share.unit, kind=share.kind)


def _the_number_again(text: str, figures: list[Figure], figure: Figure) -> Figure:
    """A bare number after "the" names a set counted earlier by the same number, however far
    back: "410 patients were in hospital. ... one of the 410 was a child" (patients); not
    when two sets were counted by it ("12 people were hurt and 12 dogs were found. Two of
    the 12 ...") nor a rate ("40 patients a day. One of the 40 ...")."""
    if not _THE_BEFORE.search(text, max(0, figure.span[0] - 4), figure.span[0]):
        return figure
    units = {f.unit for f in figures if f.value == figure.value and f.kind == "count" and f.unit}
    if len(units) != 1:
        return figure
    unit = units.pop()
    return figure if " per " in unit else replace(figure, unit=unit)


def _interval(text: str, figures: list[Figure], figure: Figure) -> Figure:
    """A bare range after a confidence level bounds the estimate before that level, in its
    unit: "cut the risk by 60% (95% CI 52 to 67)", "a mean of 4.2 kg (95% confidence
    interval 3.9-4.5)"."""
    if len(figures) < 2 or figures[-1].kind != "percent":
        return figure
    level, estimate = figures[-1], figures[-2]
    if not _INTERVAL_GAP.fullmatch(text, level.span[1], figure.span[0]):
        return figure
    if estimate.unit is None or _SENTENCE_BREAK.search(text, estimate.span[1], level.span[0]):
        return figure
    return replace(figure, unit=estimate.unit, kind=estimate.kind)


def _before_of_opening(text: str, start: int, reach: int) -> tuple[int, int] | None:
    """Where a sentence opening "Of" may stand before the count at `start`: from `reach`
    characters back up to the count's qualifier ("Of those, *about* 172"); None when no "Of "
    is there."""
    lo = max(0, start - reach)
    if text.find("Of ", lo, start) < 0:
        return None
    return lo, _qualifier_before(text, start, lo)[1]


def _of_those(text: str, start: int) -> bool:
    """Whether a sentence opening "Of those," ("Of them,", "Of these,") comes right before
    the count at `start` and its qualifier ("Of those, about 172")."""
    window = _before_of_opening(text, start, _OF_THOSE_REACH)
    return window is not None and _OF_THOSE_OPENING.search(text, *window) is not None


def _part_of_those(text: str, figures: list[Figure], figure: Figure) -> Figure:
    """A bare count right after a sentence's opening "Of those," ("Of them,", "Of these,")
    counts what the counts of the sentence before count: "It opened on 3,600 screens. Of
    those, 1,200 were large-format" (screens); unchanged when that sentence counts two
    things ("charged 14 people after seizing 40 guns. Of those, 9 were youths": people or
    guns, the text does not say)."""
    start = figure.span[0]
    if not _of_those(text, start):
        return figure
    opening = text.rfind("Of", 0, start)
    units = set()
    for previous in reversed(figures):
        if _SENTENCE_BREAK.search(text, previous.span[1], opening - 2):
            break
        if previous.kind == "count" and previous.unit is not None:
            units.add(previous.unit)
    if len(units) != 1:
        return figure
    return replace(figure, unit=units.pop(), kind="count")


def _coordinated(text: str, figures: list[Figure], figure: Figure) -> Figure:
    """A bare number that is the subject of a clause joined to a count's in its sentence, or
    counts more of it: "300 cars were stolen and 41 were found", "120 people who left in two
    weeks and 95 who stayed", "4,000 people marched, and 300 more the next day", "... and
    another 12" count cars, people."""
    start, end = figure.span
    lower = max(figures[-1].span[1], start - 16)
    joined = _COORDINATOR_BEHIND.search(text, lower, start)
    another = _behind(_ANOTHER_BEHIND, text, max(figures[-1].span[1], start - 24), start, _ANOTHER)
    if another is not None and _PARTICIPLE_AFTER.match(text, end):
        return figure  # "with another 6 abstaining": no more of the votes
    if another is None and (
        joined is None or not (_CLAUSE_VERB_AFTER.match(text, end) or _MORE_AFTER.match(text, end))
    ):
        return figure
    for previous in reversed(figures):
        if _SENTENCE_BREAK.search(text, previous.span[1], start):
            break
        if previous.kind == "count" and previous.unit is not None:
            return replace(figure, unit=previous.unit, kind=previous.kind)
    return figure


def _margin_or_threshold(text: str, start: int, end: int) -> bool:
    """Whether the bare number text[start:end] is a margin ("three short of") or a threshold
    ("the 172 needed for"), which count what the count before them counts."""
    if _MARGIN_AFTER.match(text, end):
        return True
    return bool(
        _THRESHOLD_AFTER.match(text, end) and _THE_BEFORE.search(text, max(0, start - 8), start)
    )


def _ones(text: str, figures: list[Figure], figure: Figure) -> Figure:
    """A count of "ones", a margin or a threshold counts what the last count of its sentence
    counts: "close 14 stores and open seven smaller ones" (stores), "won 169 seats, three
    short of the 172 needed" (seats, both); a margin or a threshold also measures what the
    last measure measures: "scored 98 points, 12 behind the leaders" (points); a margin only
    what the nearest figure with a unit does ("ran 100 metres in 9.9 seconds, 3 behind the
    leader": none, a time is no margin's unit). A margin or a threshold first in its sentence
    counts what the last count of the sentence before counts ("won 160 seats. That left them
    short of the 172 needed": seats)."""
    margin = not _ONES_AFTER.match(text, figure.span[1])
    if margin and not _margin_or_threshold(text, *figure.span):
        return figure
    for previous in reversed(figures):
        between = _SENTENCE_BREAK.search(text, previous.span[1], figure.span[0])
        if between is not None and not (
            margin
            and previous is figures[-1]
            and previous.kind == "count"
            and not _SENTENCE_BREAK.search(text, between.end(), figure.span[0])
        ):
            break
        if previous.unit is not None and (
            previous.kind == "count" or (margin and previous.kind == "measure")
        ):
            return replace(figure, unit=previous.unit, kind=previous.kind)
        if margin and previous.unit is not None:
            break
    return figure


def _study_ratio(text: str, figure: Figure) -> Figure:
    """A bare number after the ratio a study reports, "of", a form of "be" (after a short
    complement: "for death") or a bracket, comma, colon or "=" between, is that ratio: "a
    hazard ratio of 0.81", "the odds ratio for death was 1.4", "(odds ratio 0.6)" (unit
    "ratio")."""
    start = figure.span[0]
    lead = text[max(0, start - _STUDY_RATIO_REACH) : start]
    lower = lead.lower()
    if "ratio" not in lower and "risk" not in lower:
        return figure  # most bare numbers: no ratio named just before them
    named = _STUDY_RATIO.search(lead)
    if named is None:
        return figure
    return replace(figure, unit="ratio", subject=named.group("ratio").lower(), kind="measure")


def _carried_over(text: str, figures: list[Figure], figure: Figure) -> Figure:
    """A bare number ending its clause in the sentence after a count, or opening that
    sentence as its subject, counts the same, the noun left out: "Two branches had 91,000
    visits. The main library recorded 612,000.", "Three people were hurt. Two are in stable
    condition"; a size in a compound modifier is passed over ("needed 12 votes on the
    22-member council. It drew 11": votes)."""
    previous = figures[-1]
    if len(figures) > 1 and f"-{previous.unit}" in text[previous.span[0] : previous.span[1]]:
        previous = figures[-2]
    if previous.kind != "count" or previous.unit is None:
        return figure
    start, end = figure.span
    if not _CLAUSE_END_AFTER.match(text, end) and not _CLAUSE_VERB_AFTER.match(text, end):
        return figure
    between = _SENTENCE_BREAK.search(text, previous.span[1], start)
    if between is None or _SENTENCE_BREAK.search(text, between.end(), start):
        return figure  # in the same sentence (`_elliptical`'s) or further back
    if not _CLAUSE_END_AFTER.match(text, end) and text[between.end() : start].strip():
        return figure  # a verb after it, but no subject opening the sentence
    return replace(figure, unit=previous.unit)


def _read(text: str, core: re.Match[str], floor: int) -> tuple[Figure | None, int]:
    """The figure at `core`, or None, and the end of the text it used up."""
    group = core.lastgroup
    if group == "vague":
        return _vague(text, core), core.end()
    if group == "fraction":
        return _fraction(text, core, floor), core.end()
    if group == "aduration":
        return _a_duration(text, core, floor), core.end()
    if group == "oneunit":
        return _one_unit_and_more(text, core, floor), core.end()
    if group == "ameasure":
        return _a_measure(text, core, floor), core.end()
    amount = _amount(text, core, floor)
    if amount is None:
        return None, core.end()
    return _figure(text, core, amount, floor)


# --- cores -------------------------------------------------------------------------------


def _core_value(core: re.Match[str]) -> tuple[float, float, int] | None:
    """(value, trailing scale of a word number, end) of a core; None if it is no number."""
    group = core.lastgroup
    token = core.group()
    if group == "digits":
        vulgar = lx.VULGAR_FRACTIONS.get(token[-1], 0.0)
        digits = token.rstrip(_VULGAR).replace(",", "")
        if len(digits) > 24:
            return None
        return (float(digits) if digits else 0.0) + vulgar, 1.0, core.end()
    if group == "ascale":  # "a hundred", "a thousand and one"
        words = _WORD.findall(token.lower())
        scale, rest = lx.A_SCALES[words[1]], sum(lx.NUMBER_WORDS[w] for w in words[3:])
        return scale + rest, 1.0 if rest else scale, core.end()
    if group == "partscale":  # "half a million", "a quarter of a billion": the part of a scale
        words = token.lower().replace("-", " ").split()
        scale = lx.A_SCALES[words[-1]]
        part = _part(words[0], words[1] if words[0] != "half" else "half")  # "a half-dozen"
        return part * scale, scale, core.end()
    if group == "fold":
        return float(lx.FOLD_WORDS[token.lower()]), 1.0, core.end()
    if group == "words":
        return _word_value(core)
    return None


def _word_value(core: re.Match[str]) -> tuple[float, float, int] | None:
    """Parse a run of number words, stopping at the first word that cannot follow."""
    total = current = 0.0
    last = ""  # the class of the previous word: U units, T teens, D tens, H hundred, S scale
    end = core.start()
    trailing = 1.0
    for word in _WORD.finditer(core.group()):
        w = word.group().lower()
        if w == "and":
            continue
        if w in lx.NUMBER_WORDS:
            value = lx.NUMBER_WORDS[w]
            cls = "U" if value < 10 else "T" if value < 20 else "D"
            if last in {"U", "T"} or (last == "D" and cls != "U"):
                break
            current += value
            trailing = 1.0
        elif w == "hundred":
            if last not in {"U", "T", "D"}:
                break
            cls, current, trailing = "H", current * 100, 100.0
        else:
            if last not in {"U", "T", "D", "H"}:
                break
            cls, scale = "S", lx.SCALE_WORDS[w]
            total, current, trailing = total + current * scale, 0.0, scale
        last = cls
        end = core.start() + word.end()
    if not last:
        return None
    return total + current, trailing, end


def _amount(text: str, core: re.Match[str], floor: int, *, money: bool = False) -> _Amount | None:
    """The number at `core` with its currency (either side, not before `floor`), scale, unit.
    `money`: the number is the second end of a sum of money ("£3-4m"), its letters scale it."""
    parsed = _core_value(core)
    if parsed is None:
        return None
    value, trailing, end = parsed
    digits = core.lastgroup == "digits"
    restated = _RESTATED.match(text, end) if core.lastgroup == "words" else None
    if restated and float(restated.group("d").replace(",", "")) == value:
        end = restated.end()  # "nine (9) months": one number, written twice
    start = core.start()
    unit: str | None = None
    kind: FigureKind = "count"
    behind = _currency_before(text, start, floor)
    code = behind.group("code") if behind else None
    if code and text[start - 1] != " " and core.group().isdigit():
        # A code glued to a small bare number names a thing: "PS5", "COP26"; not "PS6m",
        # "INR1 trillion", "USD25 a month", "PS21,700" ("£" folded to ASCII).
        if len(core.group()) <= (1 if code == lx.ASCII_POUND else 2) and not (
            _SCALE_LETTER.match(text, end)
            or _SCALE_AFTER.match(text, end)
            or _RATE.match(text, end)
        ):
            behind = None
    if behind and behind.group("letters") and not _letter_currency_amount(text, core, end):
        behind = None
    if behind and digits:
        unit, kind, start = _currency_name(behind), "money", behind.start()
        if _article_before_a_dollar(text, behind):  # "A $5 million grant": a dollar
            unit, start = lx.CURRENCY_SYMBOLS[behind.group("sym")], behind.start("sym")
    if core.lastgroup == "fold":  # "sixfold" as "6-fold": a multiplier
        unit, kind = "fold", "measure"
    if _AMOUNT_TAIL.match(text, end) is None:  # most numbers: none of the readings below
        return _Amount(start, end, value, value / trailing, trailing, unit, kind, digits=digits)
    half = _AND_A_HALF.match(text, end)
    if half:  # "two and a half", "a million and a half"
        value, end = value + 0.5 * trailing, half.end()
    mixed = _MIXED_FRACTION.match(text, end) if core.group().isdigit() and value < 1000 else None
    if mixed and int(mixed["d"]) in lx.FRACTION_DENOMINATORS and int(mixed["n"]) < int(mixed["d"]):
        value, end = value + int(mixed["n"]) / int(mixed["d"]), mixed.end()  # "7 2/3 innings"
    slash = _FRACTION_SLASH.match(text, end) if core.group().isdigit() else None
    denominator = int(slash.group("d")) if slash else 0
    if slash and denominator in lx.FRACTION_DENOMINATORS and value < denominator:
        fraction = _Amount(start, slash.end(), value / denominator, 0.0, 1.0)
        fraction.unit, fraction.kind = "fraction", "measure"  # "1/16 of a US pint"
        return fraction
    raw, scale = value / trailing, trailing  # the value before a trailing scale word
    scaled = _SCALE_AFTER.match(text, end)
    if scaled:
        scale, end = _scale_words(text, scaled)
        value = _times(value, scale)
    elif digits:
        letter = _SCALE_LETTER.match(text, end)
        money = money or kind == "money"
        if letter is None and (spaced := _SPACED_SCALE_LETTER.match(text, end)):
            if money or _money_after(text, spaced.end()):  # "$8 B", "8 B dollars"
                letter, money = spaced, True
        if letter and (
            letter.group("w") not in lx.SCALE_LETTERS_MONEY_ONLY
            or money
            or _money_after(text, letter.end())  # "3m Swiss francs"
            or _counts_after(text, letter.end())
            or _measure_after(text, letter.end())  # "4.2m sq km" (not "300m tall")
            or (letter.group("w") == "k" and _CLAUSE_END_AFTER.match(text, letter.end()))
            or _PAID_BEFORE.search(text, max(start - _PAID_REACH, 0), start)
        ):  # "25k fans", "up from 20k.", "paid 40m" (not "a 5k run", "100m.", "swam 400m")
            scale = lx.SCALE_LETTERS[letter.group("w")]
            value, end = _times(value, scale), letter.end()
        exponent = _EXPONENT.match(text, end)
        if exponent:  # "1.99×10−30"
            power = exponent.group("e") or exponent.group("plain")
            value = float(f"{value!r}e{power.translate(_SUPERSCRIPTS)}")
            end = exponent.end()
    amount = _Amount(start, end, value, raw, scale, unit, kind, digits=digits)
    if unit is None:
        _read_unit(text, amount)
    _read_rate(text, amount)
    return amount


def _read_rate(text: str, amount: _Amount) -> None:
    """Read what a sum or a measure is per into its unit: "$52 a barrel", "325,000 barrels per
    day"; a bare number per a number of people is a rate: "8.5 per 100,000 people"."""
    if amount.kind in {"money", "measure"}:
        amount.unit, amount.end = _per(text, amount.unit, amount.end)
    elif amount.unit is None and (based := _per_base(text, amount.end)) is not None:
        amount.unit, amount.kind, amount.end = f"per {based[0]}", "measure", based[1]
    elif amount.unit is None and (against := _AGAINST_CURRENCY.match(text, amount.end)):
        currency = _quoted_currency(text, amount.start)
        if currency is not None:
            base = against.group("base").lower()
            per = against.group().split()[0].lower() == "per"
            unit = f"{base} per {currency}"  # "the euro at 1.08 against the dollar"
            if per or currency not in _BASE_QUOTED:
                unit = f"{currency} per {base}"  # "the yuan at 7.28 per dollar"
            amount.unit, amount.kind, amount.end = unit, "money", against.end()


def _quoted_currency(text: str, start: int) -> str | None:
    """The currency named last before `start` in its clause ("the yuan" in "The yuan slipped
    to 7.28 per dollar"), or None."""
    lower = max(0, start - _QUOTED_CURRENCY_REACH)
    for opening in _CLAUSE_OPENING.finditer(text, lower, start):
        lower = opening.end()
    last = None
    for found in _QUOTED_CURRENCY.finditer(text, lower, start):
        last = found
    if last is None:
        return None
    currency = (last.group("c") or "sterling").lower()
    return "pound" if currency == "sterling" else currency


def _per(text: str, unit: str | None, end: int) -> tuple[str | None, int]:
    """`unit` with what it is per after `end` ("dollar per dose per month", "deaths per 1,000
    people"), and where that ends."""
    for _ in range(2):  # "£150 per child per month"
        rate = _RATE.match(text, end)
        if rate is not None and rate.group("r"):
            per, end = rate.group("r").lower(), rate.end()
        elif rate is not None:  # "per voter", "per statewide election": the head noun
            phrase = _noun_phrase(text, rate.start("n") - 1)  # from the space before it
            per, end = (phrase[2], phrase[1]) if phrase else (rate.group("n"), rate.end())
        elif (based := _per_base(text, end)) is not None:
            per, end = based
        else:
            break
        unit = f"{unit} per {per}"
    return unit, end


def _per_base(text: str, end: int) -> tuple[str, int] | None:
    """The number of people or things a rate is per after `end`, with what they are ("100,000
    people"), and where that ends."""
    base = _RATE_BASE.match(text, end)
    if base is None:
        return None
    phrase = _noun_phrase(text, base.end())
    stop = phrase[1] if phrase else base.end()
    return _SPACES.sub(" ", text[base.start("b") : stop]), stop


def _scale_words(text: str, scaled: re.Match[str]) -> tuple[float, int]:
    """The scale of a run of scale words, each larger than the one before: "hundred million"."""
    scale = lx.SCALE_WORDS[scaled.group("w").lower()]
    total, end = scale, scaled.end()
    while (more := _SCALE_AFTER.match(text, end)) and more.group()[:1] != "-":
        scale = lx.SCALE_WORDS[more.group("w").lower()]
        if scale <= total:
            break
        total, end = total * scale, more.end()
    return total, end


def _money_after(text: str, position: int) -> bool:
    """Whether a currency is written at `position`: " dollars", " Swiss francs"."""
    currency = _unit_at(text, position)
    return currency is not None and currency[1] == "money"


def _measure_after(text: str, position: int) -> bool:
    """Whether a unit of measure is written after a space at `position`: " sq km", " tonnes"."""
    if not text.startswith(" ", position):
        return False
    measure = _unit_at(text, position)
    return measure is not None and measure[1] == "measure"


def _counts_after(text: str, position: int) -> bool:
    """Whether "of" or a plural noun follows: "35m of its devices", "25k fans" (not metres)."""
    if _OF.match(text, position):
        return True
    word = _NP_WORD.match(text, position)
    return bool(word and word.group("gap") != "-" and _plural(word.group("w")))


def _currency_before(text: str, start: int, floor: int) -> re.Match[str] | None:
    """The currency symbol or code just before `start` (not before `floor`), if any."""
    # First a look at the last character (one space skipped), which few numbers pass: the
    # regex engine tries the whole pattern at every position of its window.
    tail = text[max(floor, start - 2) : start]
    if tail[-1:].isspace() and tail[-1:] != "\n":
        if tail[-2:-1] not in _CURRENCY_LAST_CHARACTERS:
            return None
    elif tail[-1:] not in _GLUED_LAST_CHARACTERS:
        return None
    return _CURRENCY_BEHIND.search(text, max(floor, start - 12), start)


def _article_before_a_dollar(text: str, match: re.Match[str]) -> bool:
    """Whether the "A" of "A $5", "A £5" is the article opening a sentence, not an Australian
    dollar ("A$5", "paid A $5")."""
    if match.group("pre") != "A" or not text[match.end("pre") : match.start("sym")].isspace():
        return False
    return _SENTENCE_OPENING.search(text, max(0, match.start() - 3), match.start()) is not None


def _letter_currency_amount(text: str, core: re.Match[str], end: int) -> bool:
    """Whether a number after a currency's letters is money: scaled ("N10 billion", "R3.4bn")
    or in groups of thousands ("KSh150,000"); not a road or a model ("R2", "N95")."""
    return "," in core.group() or bool(
        _SCALE_AFTER.match(text, end) or _SCALE_LETTER.match(text, end)
    )


def _currency_name(match: re.Match[str]) -> str:
    """The currency of a matched symbol or code: "dollar", "US dollar", "EUR", "naira"."""
    if match.group("code"):
        return match.group("code")
    if match.group("letters"):
        return lx.LETTER_CURRENCIES[match.group("letters")]
    prefix = match.group("pre") or match.group("post")
    if match.group("sym") == "$" and prefix:
        return lx.DOLLAR_PREFIXES[prefix]
    return lx.CURRENCY_SYMBOLS[match.group("sym")]


# A unit's word opening a compound noun ("real estate"), with a space or a hyphen between.
_COMPOUND_OPENERS = frozenset(compound.split()[0] for compound in lx.UNIT_WORD_COMPOUNDS)
_UNIT_WORD_COMPOUND = re.compile(
    "(?:" + "|".join(c.replace(" ", r"[\s-]") for c in sorted(lx.UNIT_WORD_COMPOUNDS)) + r")\b",
    re.IGNORECASE,
)


# What pounds weigh, after them: "1.7 million pounds *of thrust*", "of cocaine" (group "n").
_POUNDS_OF = re.compile(r"[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?(?P<n>[^\W\d_][\w'’-]*)")


# A price's verb or noun governing pounds makes them money: "paying as little as 165 pounds",
# "costs between 1.45 and 1.65 pounds", "a price of 30 pounds", "sold the heifer for 900 pounds";
# weight otherwise ("charged with trafficking 2 pounds", "prices rose, she lost 30 pounds").
# Only an object ("paid farmers"), a copula or quantity words may come between word and number.
_PRICE_REACH = 40
_PRICE_BEFORE = re.compile(
    r"\b(?:(?:costs?|costing|paid|pays?|paying|charged?|charging|fetch(?:ed|es|ing)?)"
    r"(?:\s+(?:him|her|them|us|me|[a-z]+(?<!wa)s))?"
    r"|(?:prices?|costs?)(?:\s+(?:of|is|was|are|were|at|stood\s+at|rose\s+to|fell\s+to))?"
    r"|priced(?:\s+at)?|worth"
    r"|(?:sold|sells?|selling|bought|buys?|buying)(?:\s+[^\s.;:!?,]+){0,3}?\s+for)"
    r"(?:\s+(?:as\s+(?:little|much)\s+as|up\s+to|more\s+than|less\s+than|at\s+least"
    r"|at\s+most|about|around|roughly|some|only|just|nearly|almost|over|under|an?\s+extra"
    r"|between\s+[\d.,]+\s+and|from\s+[\d.,]+\s+to|[\d.,]+\s+(?:to|or)))*\s+$",
    re.IGNORECASE,
)


def _unit_at(text: str, position: int) -> tuple[str, FigureKind, re.Match[str]] | None:
    """The unit at `position` ("%", "km", "-year", " shekels"): its name, kind and match."""
    unit = _UNIT.match(text, position)
    if not unit:
        return None
    gap = unit.group("gap")
    if gap and not gap.strip() and unit.group("u").lower() in lx.GLUED_ONLY_UNITS:
        if not _spaced_degrees(text, position, unit):
            return None  # "18 m": "18m" only
    if gap.strip() == "-" and gap != "-":
        return None  # "2000 - 2500": a range, not a unit
    written = _SPACES.sub(" ", unit.group("u"))
    if written.lower() in lx.NAMING_UNITS and _names_a_thing(text, written, unit.end()):
        return None  # "3 CT scans", "an 18kt gold watch"
    if written.lower() in _COMPOUND_OPENERS and _UNIT_WORD_COMPOUND.match(text, unit.start("u")):
        return None  # "3 real estate firms": a compound noun, not the currency
    key = written.lower()
    name, kind = _UNIT_TABLE[key if key in _UNIT_TABLE else key.replace("-", " ")]
    if kind == "duration" and "-" not in gap and _TIME_COMPOUND.match(text, unit.end()):
        return None  # "a 2027 second-round pick": the time word opens a compound modifier
    return name or written, kind, unit


# Temperatures: a word of the weather in the sentence before a number, or the wind chill after
# it; a spaced capital "C" or "F" ending its word; a signed number before it. The unit is the
# scale as written ("C", "F"), or "degrees" when the text names no scale ("lows of -20").
_TEMPERATURE_REACH = 100  # characters of the sentence before a number read for such a word
# "frost" or "freezing", not before "of" ("the freezing of its assets": no weather)
_FROST = rf"(?:{_alternation(lx.FROST_WORDS)})\b(?![^\S\n]+of\b)"
_TEMPERATURE_OR_LEVEL = re.compile(
    rf"\b(?:(?:{_alternation((lx.TEMPERATURE_WORDS - lx.FROST_WORDS) | lx.TEMPERATURE_LEVELS)})\b"
    rf"|{_FROST})",
    re.IGNORECASE,
)
_CHILL_AFTER = re.compile(
    r"[^\S\n]+(?:(?:with|in)[^\S\n]+the[^\S\n]+)?(?:wind[^\S\n]?chill|humidex|heat[^\S\n]+index)\b",
    re.IGNORECASE,
)
_DEGREE_LETTER_END = re.compile(r"(?![&'’-]|\.\w)")
_SIGNED_BEHIND = re.compile(
    r"(?:(?<![\w-])minus[^\S\n]+|(?<![\w.,-])[-−])[0-9]{1,2}(?:\.[0-9])?\Z", re.IGNORECASE
)
# "feel like" right before a number: what a temperature word's weather feels like
_FEELS_LIKE = re.compile(r"\bfeel(?:s|ing)?[^\S\n]+like[^\S\n]+\Z", re.IGNORECASE)
_FEELS_LIKE_CHARS = 16
# A weather report's level right before a bare number: "a high of 31", "lows near 4"; read
# as a temperature with a word of the weather (`lx.WEATHER_WORDS`, `lx.TEMPERATURE_WORDS`)
# in its sentence, before or after it, and no market's or crowd's noun before the level
# (`lx.LEVELLED_NOUNS`: "shares hit a high of 31" despite the rain stays a count).
_LEVEL_BEHIND = re.compile(
    rf"\b(?:{_alternation(lx.FORECAST_LEVELS)})[^\S\n]+(?:of|near|around)[^\S\n]+\Z",
    re.IGNORECASE,
)
_WEATHER_WORD = re.compile(
    rf"\b(?:{_alternation(lx.WEATHER_WORDS | lx.TEMPERATURE_WORDS)})\b", re.IGNORECASE
)
_LEVELLED_NOUN = re.compile(rf"\b(?:{_alternation(lx.LEVELLED_NOUNS)})\b", re.IGNORECASE)
_WEATHER_REACH = 200  # characters of the sentence either side of a level read for its words
# The weather's "it" right before a number with a spaced "C" or "F": "It was 95 F", "it hit
# 40 C", "It could hit 40 C", "It is expected to reach 33 C" (not "Apartment 4 C").
_WEATHER_IT_BEHIND = re.compile(
    r"\b[Ii]t(?:['’]s|[^\S\n]+(?:was|is|will[^\S\n]+be|hit|reached|topped"
    r"|(?:will|could|may|might|should|is[^\S\n]+(?:expected|forecast|set)[^\S\n]+to)"
    r"[^\S\n]+(?:hit|reach|top|be)))[^\S\n]+"
    r"[0-9]{1,3}(?:\.[0-9])?\Z"
)
# After "95 F": no noun it names, but a word of place or time ("It's 3 C outside").
_NO_NOUN_WORDS = (
    lx.PREPOSITIONS | lx.FUNCTION_WORDS | lx.TIME_WORDS | frozenset("outside outdoors".split())
)
_COLDEST, _HOTTEST = -90, 135  # the weather's temperatures, in C or F, lie between them


def _sentence_opening(text: str, floor: int, start: int) -> int:
    """Where the sentence holding `start` opens, looking back no further than `floor`: after
    the last sentence break between them, else `floor`."""
    opening = floor
    for sentence_break in _SENTENCE_BREAK.finditer(text, floor, start):
        opening = sentence_break.end()
    return opening


def _temperature_near(text: str, start: int, end: int) -> bool:
    """Whether the number from `start` to `end` is a temperature: a temperature's word or a
    level's (`_TEMPERATURE_OR_LEVEL`) before it in its sentence ("temperatures fell to 5 C"),
    or the wind chill after it ("-40 with the wind chill")."""
    window = _sentence_opening(text, max(0, start - _TEMPERATURE_REACH), start)
    return bool(_TEMPERATURE_OR_LEVEL.search(text, window, start) or _CHILL_AFTER.match(text, end))


def _weather_level(text: str, start: int) -> bool:
    """Whether the bare number at `start` is a forecast's high or low (`_LEVEL_BEHIND`) in a
    sentence of the weather: "Snow is likely, with a high of 2 on Friday", "A high of 31 is
    forecast for Sunday, with sunshine"; not a market's ("The heat sent the stock to a high
    of 112")."""
    level = _LEVEL_BEHIND.search(text, max(0, start - 16), start)
    if level is None:
        return False
    opening = _sentence_opening(text, max(0, start - _WEATHER_REACH), start)
    if _LEVELLED_NOUN.search(text, opening, level.start()):
        return False
    closing = _SENTENCE_BREAK.search(text, start, start + _WEATHER_REACH)
    return (
        _WEATHER_WORD.search(text, opening, closing.start() if closing else start + _WEATHER_REACH)
        is not None
    )


def _spaced_degrees(text: str, position: int, unit: re.Match[str]) -> bool:
    """Whether a capital "C" or "F" after a space at `position` is a temperature's unit, the
    Canadian Press's way: after a signed number ("minus 31 C") or a temperature word ("a high
    of 34 C"); not a letter of a name ("Apartment 4 C") nor a word ("3 C's")."""
    if unit.group("u") not in {"C", "F"} or not _DEGREE_LETTER_END.match(text, unit.end()):
        return False
    if _SIGNED_BEHIND.search(text, max(0, position - 12), position):
        return True
    if _WEATHER_IT_BEHIND.search(text, max(0, position - 40), position):
        word = _WORD_AFTER.match(text, unit.end())  # "It was 95 F in Dallas", not "4 C students"
        return word is None or word.group(1) in _NO_NOUN_WORDS
    return _temperature_near(text, position, unit.end())


def _priced_pounds(text: str, start: int, end: int) -> bool:
    """Pounds from `start` to `end` governed by a price word, and not pounds of a matter."""
    if not _PRICE_BEFORE.search(text, max(0, start - _PRICE_REACH), start):
        return False
    return not _pounds_of_matter(text, end)


def _pounds_of_matter(text: str, end: int) -> bool:
    """Whether pounds ending at `end` weigh a matter: "2 million pounds of thrust"."""
    matter = _POUNDS_OF.match(text, end)
    return matter is not None and matter.group("n").lower() in lx.MATTER_NOUNS


def _names_a_thing(text: str, written: str, end: int) -> bool:
    """Whether a mines' abbreviation ending at `end` is no unit: in capitals before a plural
    noun ("3 CT scans", "3 DMT users"), or karats before a precious metal ("18kt gold")."""
    after = _WORD_AHEAD.match(text, end)
    if after is None:
        return False
    word = after.group(1)
    if written.lower() in lx.KARAT_UNITS and word in lx.PRECIOUS_METALS:
        return True
    return written.isupper() and len(word) > 2 and _plural(word) and word not in lx.ENDING_IN_S


def _read_unit(text: str, amount: _Amount) -> None:
    """Read the unit after the amount, if any, into it."""
    found = _unit_at(text, amount.end)
    if found is None:
        return
    name, kind, unit = found
    if (
        name.lower() in lx.COMMON_NOUN_CURRENCIES
        and amount.scale < 1e6
        and not _PRICE_BEFORE.search(text, max(0, amount.start - _PRICE_REACH), amount.start)
    ):
        return  # "won 3 crowns": things counted, not money
    if kind == "measure" and name.lower().startswith("pound"):
        if amount.scale >= 1e6:
            if not _pounds_of_matter(text, unit.end()):
                kind = "money"  # "5 million pounds", not "2 million pounds of thrust"
        elif _priced_pounds(text, amount.start, unit.end()):
            kind = "money"  # "paying 165 pounds a tonne", not "weighs 165 pounds"
    amount.unit, amount.kind, amount.end = name, kind, unit.end()
    amount.unit_start = unit.start("u") if "-" in unit.group("gap") else None


# --- what is not a figure ------------------------------------------------------------------


# A vehicle or a line in the singular after a number and "the": the number names its route
# ("takes the 22 bus home", "the 7 train"; not "the 22 buses": a count).
_ROUTE_AFTER = re.compile(
    r"[^\S\n]+(?:bus|streetcar|tram|train|subway|ferry|line|route|express)\b"
    r"(?![^\S\n]+[a-z]+s\b)",  # not a compound's modifier: "the 300 bus drivers"
    re.IGNORECASE,
)


# After the number opening a line of a numbered list: a period or a parenthesis, a space and
# a word ("2. Ask for the receipts", "3) Keep copies").
_LIST_MARKER = re.compile(r"[.)][^\S\n]+[^\W\d_]")


def _line_opening(text: str, start: int) -> bool:
    """Whether only spaces stand between the line's start and `start`."""
    line = line_start(text, start)
    return not text[line:start].strip()


def _not_a_figure(text: str, core: re.Match[str], amount: _Amount) -> bool:
    """Dates, clock times, ordinals, identifiers, phone numbers, addresses, versions."""
    start, end = core.start(), core.end()
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    marked = _NOT_A_FIGURE_AFTER_CORE.match(text, end) is not None  # rare: then which one
    if marked and _IDIOM_AFTER.match(text, end):
        return True  # "a seven-figure salary", "six figures": a size, not a count
    if (
        text.startswith(_DAYTIME_OPENERS, end)
        and _DAYTIME.match(text, end)
        and _hour_before(text, start)
    ):
        return True  # "at five in the morning", "until 2 at night": an hour, not a count
    if amount.unit is None and _in_age_list(text, start, amount.end):
        return True  # "children aged four, seven and 11": ages, no counts
    if core.lastgroup == "words":
        return _not_a_number_word(text, core)
    if core.lastgroup != "digits":
        return False
    if amount.kind != "money" and (before.isalpha() or before in "#@/_\\"):
        return True  # "XC40", "#5", "a/b/2019"
    if (
        amount.kind != "money"
        and core.group().isdigit()
        and (len(core.group()) >= 9 or core.group()[0] == "0" and len(core.group()) > 1)
    ):
        return True  # "778257943577919488", "0800", "007": an id, a timestamp, a code
    if before in "\"'" and text[start - 2 : start - 1] == "=":
        return True  # tweet_id="7782579435779"
    if before in "-." and start >= 2 and text[start - 2].isalpha():
        # "COVID-19", "ID.3", "TA-35"; but "sub-7 nanometer", "minus-5 yards"
        glue = _GLUE_WORD.search(text, max(0, start - 8), start - 1) if before == "-" else None
        if glue is None:
            return True
        if amount.kind == "count" and glue.group().lower() in lx.AGE_BOUNDS:
            return True  # "the under-15 girls": an age class, no count of girls
    if amount.unit == "fraction":
        return False
    if (
        after == "/"
        and not _RATE.match(text, end)
        or after == "."
        and text[end + 1 : end + 2].isdigit()
    ):
        return True  # "2019/20", "1.2.3"; not "$1.29/lb", a rate
    if marked and (_ORDINAL.match(text, end) or _clock_after(text, start, end)):
        return True
    if after.isdigit():
        return True
    if amount.end < len(text) and (text[amount.end].isalnum() or text[amount.end] == "_"):
        return True  # "9AB8", "5G", "1990s", "49ers": glued letters that are no unit
    decade = marked and _DECADE_AFTER.match(text, end)
    if decade and len(core.group()) in {2, 4} and amount.value % 10 == 0:
        return True  # "the 80's", "the 1990’s": a decade
    if before == "(" and text[amount.end : amount.end + 1] == ")" and amount.unit is None:
        return True  # "(4)": a list marker or a jersey number
    if amount.unit is None and _LIST_MARKER.match(text, amount.end) and _line_opening(text, start):
        return True  # "\n2. Ask for the receipts": a numbered list's marker
    if marked and _MONTH_AFTER.match(text, end) and amount.value <= 31:
        return True  # "9 May"
    if _NOT_A_FIGURE_AFTER_AMOUNT.match(text, amount.end) is not None:  # rare: then which one
        if _STREET.match(text, amount.end):
            return True  # "575 Wilbraham Road"
        if amount.unit is None and _MODEL_AFTER.match(text, amount.end):
            return True  # "the 737 Max", "11 Pro": a product's name
        if amount.unit is None and _NAME_AFTER.match(text, amount.end):
            return True  # "7-Eleven", "3-D": a name
    if text[start - 4 : start].lower() == "the " and _ROUTE_AFTER.match(text, end):
        return True  # "the 22 bus", "the 504 streetcar": a route's name, no count
    return _identifier_before(text, start, amount)


# A number word set against another by "-on-": a rush or a play, no count ("a two-on-one",
# "the five-on-three power play").
_MATCHED_NUMBERS = re.compile(r"-on-(?:one|two|three|four|five|six)\b", re.IGNORECASE)


def _not_a_number_word(text: str, core: re.Match[str]) -> bool:
    """Number words that are no number: "no one", "one another", "one-off", "Formula One"."""
    token = core.group()
    if _in_turn(text, core):
        return True
    previous = _word_before(text, core.start())
    previous_word = previous.group("w").lower() if previous else ""
    if previous_word == "single" and previous is not None:
        # "every single one", "each single one": the determiner before "single" decides
        before = _word_before(text, previous.start("w"))
        previous_word = before.group("w").lower() if before else previous_word
    if token.lower() == "one":
        following = _WORD.match(text, core.end() + 1) if core.end() < len(text) else None
        if _NOT_ONE_COMPOUND.match(text, core.end()) or _ONE_PHRASE_COMPOUND.match(
            text, core.end()
        ):
            return True
        if _ANECDOTAL_ONE.match(text, core.end()) and (
            previous is None or previous_word[-1] in ".,;:" or previous_word in _CLAUSE_OPENERS
        ):
            return True  # "One woman said she waited", not "only one official said"
        if (
            previous is not None
            and previous_word in lx.SPEECH_CUES
            and _ANECDOTAL_ONE_AFTER_CUE.match(text, core.end())
            and _INVERTED_CUE_BEHIND.search(text, max(0, previous.start() - 3), previous.start())
        ):
            return True  # "“...,” said one official."
        if following and _one_of_a_pair(text, core):
            return True
        if previous_word in lx.NOT_ONE_BEFORE:
            return previous_word not in lx.RATIO_AFTER_ONE_BEFORE or not _ratio_after_one(
                text, core
            )
        if following and following.group().lower() in lx.NOT_ONE_AFTER:
            return _ratio_ahead(text, core.end()) is None  # "one of every nine" is a ratio
    if core.start() and text[core.start() - 1] == "-":
        return True  # "hole-in-one", "all-in-one"
    if _MATCHED_NUMBERS.match(text, core.end()):
        return True  # "a two-on-one", "five-on-three play": players set against players
    if _CLOCK.match(text, core.end()):
        return True  # "three o'clock", "ten p.m."
    if token[0].isupper() and previous and previous.group("w")[0].isupper():
        return previous_word not in _NOT_IDENTIFIER and not previous_word.endswith(".")
    return False


def _one_of_a_pair(text: str, core: re.Match[str]) -> bool:
    """Whether "one" picks a thing out of two, not a count: "from one end to the other", "one
    side wants talks; the other wants war", "one way or another"."""
    if _unit_at(text, core.end()) is not None:
        return False  # "one dollar at the other shop": a sum
    if _OR_ANOTHER.match(text, core.end()):
        return True
    stop = _PAIR_END.search(text, core.end(), core.end() + _PAIR_REACH)
    other = _THE_OTHER.search(text, core.end(), stop.start() if stop else core.end() + _PAIR_REACH)
    return other is not None and not text.startswith("s", other.end())


def _in_turn(text: str, core: re.Match[str]) -> bool:
    """Whether the number word `core` is said twice about one at a time, either word: "one
    by one", "two by two", "one after another", "one after the other"."""
    token = core.group().lower()
    after = _IN_TURN_AFTER.match(text, core.end())
    if after is not None:
        again = after.group("again").lower()
        if again == "the":  # "one after the other", not "one after the blast"
            return token == "one" and _THE_OTHER.match(text, after.start("again")) is not None
        if again == token or (token == "one" and again == "another"):
            return _unit_at(text, after.end()) is None  # not "two by two metres"
        return False
    before = _behind(_IN_TURN_BEFORE, text, max(0, core.start() - 20), core.start(), _IN_TURN)
    return (
        before is not None
        and before.group("first").lower() == token
        and _unit_at(text, core.end()) is None
    )


def _ratio_after_one(text: str, core: re.Match[str]) -> bool:
    """Whether "one" leads a ratio ("one in five"), whose base is no year ("that one in 2019")."""
    base = _ratio_ahead(text, core.end())
    return base is not None and not (base.group().isdigit() and len(base.group()) == 4)


def _clock_after(text: str, start: int, end: int) -> bool:
    """Whether a clock time's mark follows the number from `start` to `end`: ":30", "p.m.",
    "GMT"; "CT" and "MT" only after a preposition setting an hour ("at 4 CT", not "3 CT
    scans", "50,000 MT of wheat")."""
    clock = _CLOCK.match(text, end)
    if clock is None:
        return False
    return clock.group().strip() not in lx.ZONES_ALSO_UNITS or _hour_before(text, start)


def _hour_before(text: str, start: int) -> bool:
    """Whether a preposition that sets an hour stands before the number at `start`."""
    previous = _word_before(text, start)
    return previous is not None and previous.group("w").lower() in _HOUR_PREPOSITIONS


def _word_before(text: str, start: int) -> re.Match[str] | None:
    """The word just before `start`, spaces between (group "w")."""
    if not text[start - 1 : start].isspace() or text[start - 1] == "\n":
        return None  # no space before `start`, which `_WORD_BEHIND` ends with
    return _WORD_BEHIND.search(text, last_word_start(text, max(0, start - _WINDOW), start), start)


def _name_or_age(text: str, amount: _Amount) -> bool:
    """Whether a bare whole number that counts nothing names a model or gives an age:
    "flew a 787 to Rome", "Lee, 65, said" (an age in an apposition), "At 65, Lee runs"."""
    token = text[amount.start : amount.end]
    if not (amount.unit is None and token.isdigit()):
        return False
    window = max(0, amount.start - _WINDOW)
    if amount.value >= lx.SMALLEST_MODEL and _ARTICLE_BEHIND.search(text, window, amount.start):
        return True  # not "a 3 to 1 margin"
    if amount.value > lx.OLDEST_AGE:
        return False
    if _AGE_CLAUSE_BEHIND.search(text, window, amount.start):
        return True  # "Lee, who is 65"
    reach = max(0, amount.start - _AGE_PREDICATE_REACH)
    if _AGE_PREDICATE_BEHIND.search(text, reach, amount.start) and _AGE_PREDICATE_AFTER.match(
        text, amount.end
    ):
        return True  # "He was 83.", "died Sunday at 91"
    if _AGE_OPENING_BEHIND.search(text, window, amount.start) and text.startswith(",", amount.end):
        return True  # "At 36, she still runs"
    return (
        _APPOSITION_BEHIND.search(text, window, amount.start) is not None
        and _APPOSITION_AFTER.match(text, amount.end) is not None
    )


def _emergency_number(text: str, amount: _Amount) -> bool:
    """Whether a bare number is an emergency number called: "people calling 911", "a 911
    dispatcher" (not "911 people")."""
    if text[amount.start : amount.end] not in lx.EMERGENCY_NUMBERS:
        return False
    previous = _word_before(text, amount.start)
    after = _NEXT_WORD.match(text, amount.end)
    return any(
        word is not None and word.group("w").lower() in lx.EMERGENCY_CALL_WORDS
        for word in (previous, after)
    )


def _model_name(text: str, amount: _Amount, subject: tuple[int, int, str]) -> bool:
    """Whether a bare number after an article begins a name that counts nothing: "the 787
    Dreamliner", "a 3 Series" (not "the 300 Spartans", "the 12 new Ford trucks")."""
    words = text[subject[0] : subject[1]].split()
    if amount.unit is not None or not text[amount.start : amount.end].isdigit():
        return False
    if not all(word[0].isupper() for word in words) or _plural(words[-1]):
        return False
    previous = _word_before(text, amount.start)
    return previous is not None and previous.group("w").lower() in {"the", "a", "an"}


def _age_noun(text: str, amount: _Amount) -> bool:
    """Whether an age stands for a person named before, as an apposition does: "the
    45-year-old said" (not "a 45-year-old driver", "a 60-year-old might", "45 years old")."""
    if not _hyphened_age(text, amount):
        return False
    previous = _word_before(text, amount.start)
    if previous is None or previous.group("w").lower() != "the":
        return False
    return _noun_phrase(text, amount.end) is None or _verb_after_age(text, amount.end)


def _hyphened_age(text: str, amount: _Amount) -> bool:
    """Whether `amount` is an age written as an adjective: "42-year-old"."""
    return amount.unit == "year" and text[amount.start : amount.end].lower().endswith("-old")


def _verb_after_age(text: str, end: int) -> bool:
    """Whether the word after "the 42-year-old" (ending at `end`) is its verb, a word in -s
    before an object's determiner or a particle: "the 42-year-old *fishes* off the pier",
    "*runs* a bakery" (not "the 8-year-old twins sang", "twins in the choir")."""
    verb = _VERB_AFTER_AGE.match(text, end)
    if verb is None or _plural_person(verb.group("v")):
        return False
    relative = _RELATIVE_AFTER_AGE.match(text, verb.end("v"))
    return relative is None or not (
        _finite_like(relative.group("r"))
        and (_finite_like(relative.group("m")) or relative.group("m") in lx.AUXILIARY_VERBS)
    )


def _finite_like(word: str) -> bool:
    """Whether a lower-case word may be a finite verb: in -s or -ed, or an irregular form."""
    return (
        word.endswith(("s", "ed"))
        or word in lx.IRREGULAR_VERB_FORMS
        or word in lx.POSTMODIFYING_PARTICIPLES
    )


def _plural_person(word: str) -> bool:
    """Whether a word in -s is a plural of people an age may modify ("girls", "twins")."""
    return word.lower() in lx.AGE_GROUP_NOUNS or word.lower() in lx.AGED_PLURALS


def _group_age(text: str, previous: re.Match[str], amount: _Amount) -> bool:
    """Whether a bare whole number is an age bounding a group of people (`previous`, the word
    before it): "adults 65 and older", "children under 5", "women over 50"."""
    if amount.value > lx.OLDEST_AGE or not text[amount.start : amount.end].isdigit():
        return False
    word = previous.group("w").lower()
    if word in lx.AGE_BOUNDS:
        noun = _word_before(text, previous.start())
        return noun is not None and (
            noun.group("w").lower() in lx.AGE_GROUP_NOUNS
            or DEMONYM_PLURAL.fullmatch(noun.group("w"))
        )
    return word in lx.AGE_GROUP_NOUNS and _OPEN_AGE.match(text, amount.end) is not None


def _in_age_list(text: str, start: int, end: int) -> bool:
    """Whether the number text[start:end] is an age right after "aged" or "ages" ("aged
    *thirty*") or in a list of ages after them (`_AGE_LIST`)."""
    if _behind(_AGED, text, max(0, start - 8), start, _AGED_WORDS):
        return True
    reach = max(0, start - _AGE_LIST_REACH)
    return bool(
        _behind(_AGE_LIST, text, reach, start, ("and", ","), glued=",")
        and _AGE_LIST_END.match(text, end)
    )


def _age_after(text: str, previous: re.Match[str]) -> bool:
    """Whether the word before a number (`previous`) makes it an age: "aged 25", "at age 12",
    "between the ages of 18 and 24", "aged between 18 and 65"."""
    word = previous.group("w").lower()
    if word not in {"of", "between"}:
        return word in lx.AGE_BEFORE
    noun = _word_before(text, previous.start())
    if noun is None or noun.group("w").lower() not in lx.AGE_BEFORE:
        return False
    return word == "between" or not _age_statistic(text, noun)


def _age_statistic(text: str, noun: re.Match[str]) -> bool:
    """Whether the word "age" (`noun`) is a statistic of a group: "a median age of 64"."""
    statistic = _word_before(text, noun.start())
    return statistic is not None and statistic.group("w").lower() in lx.AGE_STATISTICS


def _statistic_age_before(text: str, start: int) -> bool:
    """Whether a bare number at `start` is a group's median or average age: "a mean age of 41"."""
    of = _word_before(text, start)
    if of is None or of.group("w").lower() != "of":
        return False
    noun = _word_before(text, of.start())
    return noun is not None and noun.group("w").lower() == "age" and _age_statistic(text, noun)


def _stands_for_a_noun(text: str, core: re.Match[str], amount: _Amount) -> bool:
    """Whether a bare number word stands for a noun said before, counting nothing new: the
    pronoun "one" ("a fortunate one", "get one.", "one should ask", "an offer, one that
    ...") and people already counted ("the two met", "the other three left")."""
    if core.lastgroup != "words" or amount.unit is not None or core.end() != amount.end:
        return False
    previous = _word_before(text, core.start())
    previous_word = previous.group("w").lower() if previous else ""
    if core.group().lower() != "one":
        return previous_word in lx.ANAPHORIC_BEFORE and not _QUOTE_AFTER.match(text, core.end())
    if _CLAUSE_END_AFTER.match(text, core.end()) or _MODAL_AFTER.match(text, core.end()):
        return True  # "he got one.", "one would hope"
    if _CUE_AFTER.match(text, core.end()) and previous_word not in _QUALIFIER_WORDS:
        return True  # "“...,” one said", but "only one said yes" counts
    reach = max(0, core.start() - _A_NOUN_REACH)
    apposed = (
        _A_NOUN_BEFORE.search(text, reach, core.start())
        if _RELATIVE_AFTER.match(text, core.end())
        else None
    )  # the cheap test after "one" first: most have no relative after them
    if apposed:
        clause = max(
            (m.end() for m in _CLAUSE_BREAK.finditer(text, reach, apposed.start())), default=reach
        )
        if not _COUNTED_PLURAL.search(text, clause, apposed.start()):
            return True  # "a fair offer, one that respects both sides": the noun again
    if previous is None or not previous_word.isalpha() or previous_word in _QUALIFIER_WORDS:
        return False
    determiner = _word_before(text, previous.start())  # "a fortunate one", "the only one"
    return determiner is not None and determiner.group("w").lower() in lx.FIGURE_DETERMINERS


def _the_two_sides(text: str, core: re.Match[str], subject: tuple[int, int]) -> bool:
    """Whether "the two" or "the other two" and a noun of `SIDES_NOUNS` name the parties to a
    dispute, no count: "the two sides met", "the other two parties agreed"; not "two sides of
    bacon", "the two sides of the river" ("of" and no word of a dispute, `OVER_ABOUT_AFTER`,
    after it), nor "those two sides met" (as read before)."""
    if core.group().lower() != "two" or text[subject[0] : subject[1]].lower() not in lx.SIDES_NOUNS:
        return False
    previous = _word_before(text, core.start())
    if previous is not None and previous.group("w").lower() == "other":
        previous = _word_before(text, previous.start())  # "the other two parties"
    if previous is None or previous.group("w").lower() != "the":
        return False
    of = _OF_AFTER.match(text, subject[1])
    return of is None or not lx.OVER_ABOUT_AFTER.isdisjoint(of.group("w").lower().split())


def _phone_at(text: str, start: int) -> re.Match[str] | None:
    """The phone number starting at `start` (or at the "(" or "+" just before it), if any."""
    if start and text[start - 1] in "(+":
        start -= 1
    return PHONE.match(text, start)


# A code's noun, "is" or "was", and maybe the code's first group of digits, before a number.
_CODE_GIVEN = re.compile(
    r"\b(?i:" + _alternation(lx.CODE_NOUNS) + r")\s+(?:is|was)\s+(?:\d{1,6}\s)?\Z"
)
_CODE_REACH = 40  # characters before a number looked at for a code's noun
# A bound of a time of life before a bare age, and the sentence's verb in -s after it, an
# object's determiner or a particle next: "(delay) after 65 *raises* the payment", "(work)
# past 70 *adds* to it"; not "after 65 days", "After 12 weeks the clinic closes" (a unit).
_LIFE_BOUNDS = frozenset("after past beyond until".split())
_AGE_THEN_VERB = re.compile(
    r"[0-9]{1,3}[^\S\n]+(?P<v>[a-z]+s)[^\S\n]+(?:" + _ARTICLE_OR_POSSESSIVE + r"|your|to|up|by)\b"
)
# The subject and verb of the clause inside a subject that the age bounds: a pronoun, a
# relative one or a singular noun after its determiner and a verb in -s ("each year *you
# delay* after 65 raises ...", "anyone *who works* beyond 67 gets", "each year *a worker
# stays* after 65 raises"); a subject's noun the -s word counts has none ("the crew worked
# past 90 homes to ...", "After 12 games the Jets ...").
_AGE_CLAUSE = re.compile(
    r"\b(?:(?:you|we|they|I|he|she|who|that)[^\S\n]+[a-z]+"
    r"|(?:a|an|each|every|any|one)[^\S\n]+[a-z]+[^\S\n]+[a-z]+s)[^\S\n]+\Z"
)
_AGE_CLAUSE_REACH = 24  # characters before the bound looked at for its clause


def _identifier_before(text: str, start: int, amount: _Amount) -> bool:
    """Whether the word before makes a name or a date: "Route 66", "Game 7", "Aug. 14"."""
    if amount.kind == "money":
        return False
    if start and text[start - 1] in "-−+":
        start -= 1  # "COVID -19"
    if amount.unit is None and _code_given(text, start):
        return True
    previous = _word_before(text, start)
    if previous is None:
        return False
    word = previous.group("w")
    lower = word.lower()
    if lower in lx.IDENTIFIER_NOUNS:
        if word.islower() and amount.kind == "duration":
            return False  # "reached the runway 40 minutes later": the noun's, then a time
        return not _verb_of_count(text, previous, start, amount)
    if _month(word):
        return True
    if lower in _RANGE_JOINS and amount.unit is None and _identifier_range(text, previous.start()):
        return True  # "grades 6 through 8", "pages 4 and 5": the second identifier
    if amount.unit is None and _age_after(text, previous):
        return True  # "aged 25", but "under the age of 5 years" keeps its unit
    if amount.unit is None and _group_age(text, previous, amount):
        return True  # "adults 65 and older", "children under 5"
    if lower in _LIFE_BOUNDS and _age_then_verb(text, previous.start(), start, amount):
        return True  # "each year you delay after 65 raises the payment": an age, its verb
    if word[-1] in '.!?:;,”"' or lower in _NOT_IDENTIFIER or not any(c.isupper() for c in word):
        return False
    if lower.endswith(("'s", "’s")):
        return False  # a possessor's count, no name: "Ohio's 212 bridges"
    # a capitalised name: "Stoxx 600", "Watch 5" but not "Dow +0.2%", "Texas 1,000 jobs"
    token = text[start : amount.end]
    version = token.endswith(".0")  # "Web 3.0", "Brexit 2.0"
    return amount.unit is None and "," not in token and ("." not in token or version)


def _age_then_verb(text: str, bound: int, start: int, amount: _Amount) -> bool:
    """Whether the bare number at `start`, after a bound of a time of life at `bound`, is an
    age the sentence's verb follows, in a subject's clause of its own (`_AGE_CLAUSE`): "each
    year you delay after 65 raises the payment"; not "After 150 laps the leader pits", "sales
    beyond 40 stores a year", "spread past 200 homes to" (a counted plural)."""
    verb = _AGE_THEN_VERB.match(text, start)
    if verb is None or amount.value > lx.OLDEST_AGE:
        return False
    if verb.group("v") in lx.DURATION_UNITS or verb.group("v") in lx.MEASURE_UNITS:
        return False
    return _AGE_CLAUSE.search(text, max(0, bound - _AGE_CLAUSE_REACH), bound) is not None


_COUNTED_AFTER = re.compile(r"[^\S\n]+([a-z][a-z-]*)\b")  # "12,500 *visas*", "1,204 *of*"


def _verb_of_count(text: str, noun: re.Match[str], start: int, amount: _Amount) -> bool:
    """Whether an identifier's noun in lower case before the number at `start` is a verb,
    its object counted: after a modal ("will issue 40 permits", "could form 3 teams") or before
    thousands of a unit ("to issue 12,500 visas"); not "Issue 42", "page 5", "page 1,204"."""
    if not noun.group("w").islower():
        return False
    if "," in text[start : amount.end]:
        counted = _COUNTED_AFTER.match(text, amount.end)
        return counted is not None and counted[1] not in lx.PREPOSITIONS
    modal = _word_before(text, noun.start())
    return modal is not None and modal.group("w").lower() in lx.MODALS


def _code_given(text: str, start: int) -> bool:
    """Whether a bare number at `start` is a code a release gives after "is": "the access code
    is 418 227" (both numbers), "the conference ID is 5521"."""
    lead = text[max(0, start - _CODE_REACH) : start]
    return (" is " in lead or " was " in lead) and _CODE_GIVEN.search(lead) is not None


def _identifier_range(text: str, join: int) -> bool:
    """Whether an identifier's noun and number stand before the word joining a range at
    `join`: "grades 6" before "through 8"."""
    return _IDENTIFIER_RANGE_BEHIND.search(text, max(0, join - _WINDOW), join) is not None


def _month(word: str) -> bool:
    """Whether `word` names a month: "Aug.", "September"."""
    return word.rstrip(".") in lx.MONTHS


def _is_year(
    text: str, amount: _Amount, qualifier: str, subject: tuple[int, int, str] | None
) -> bool:
    """Whether a four-digit number is a year: "in 2019", "the 2020 election", not "2000 people"."""
    token = text[amount.start : amount.end]
    if len(token) == 2 and token.isdigit() and subject is None and amount.unit is None:
        return _SHORT_YEAR_BEHIND.search(text, max(0, amount.start - 2), amount.start) is not None
    if not (amount.digits and token.isdigit() and len(token) == 4 and 1000 <= amount.value <= 2100):
        return False
    if amount.unit is not None:
        return False
    if subject and subject[2].lower() in lx.YEAR_NOUNS_AFTER and 1800 <= amount.value:
        return True  # "below 2005 levels"
    if qualifier in _YEAR_OVERRIDING:
        # "active since at least 2021": a year, its bound the qualifier's
        return (
            subject is None
            and 1800 <= amount.value
            and _SINCE_AT_LEAST.search(text, max(0, amount.start - 24), amount.start) is not None
            and not _TO_A_NUMBER.match(text, amount.end)  # "from at least 2000 to 3500": a move
        )
    if _AMOUNT_OF_BEHIND.search(text, max(0, amount.start - _QUALIFIER_WINDOW), amount.start):
        return False  # "an average of 1500", "a total of 2000"
    if subject is None or (1800 <= amount.value and not _plural(subject[2].lower())):
        return True  # "since 2011.", "the 2012 election cycle"
    previous = _word_before(text, amount.start)
    return previous is not None and (
        previous.group("w").lower() in lx.YEAR_BEFORE or _month(previous.group("w"))
    )


# Words after a number that a reading past it may start with: a ratio ("in", "out of", "of"),
# odds or a range ("to", "through", "and", "up to"), an alternative ("or").
_READ_ON_WORDS = frozenset({"in", "out", "of", "to", "through", "and", "up", "or"})
_NEXT_WORD = re.compile(r"[^\S\n]+(?P<w>[^\W\d_]+)")
_CLAUSE_MARKS = frozenset({"", ",", ".", ";", ")", "!", "?", "\n"})  # "" at the text's end


def _read_on(text: str, amount: _Amount, floor: int) -> bool:
    """Whether a ratio, odds, a range, an alternative or a move may be read past the amount:
    not when a clause mark follows it, nor a word none of them starts with (with no "from"
    before the amount, as a move reads past words: "from $960 at noon to $935"). Most
    numbers ("in 2019,", "45,000 troops") are so spared those readings, which would all
    find nothing."""
    if text[amount.end : amount.end + 1] in _CLAUSE_MARKS:
        return False
    word = _NEXT_WORD.match(text, amount.end)
    if word is None or word.group("w").lower() in _READ_ON_WORDS:
        return True
    window = max(floor, amount.start - 12)
    return _may_end_with(text[window : amount.start], ("from",))


# --- ranges, qualifiers, subjects ---------------------------------------------------------


_NEAR_ENDS = 3  # how many times the low end the high end of a range after "by" stays under


def _range(text: str, low: _Amount, lead: str, negative: bool = False) -> _Amount | None:
    """The high end of "200-300", "5 to 7 per cent", "between $1m and $2m", if any.

    `lead` is the word before the low end: "between" allows "and"; after "by", "to" starts
    a new level, not a high end ("grew by 7 million to 67 million"); `negative` when a minus
    sign stands before the low end ("between minus 120 and 20 degrees").
    """
    connector = _CONNECTOR.match(text, low.end)
    if not connector:
        return None
    word = (connector.group("w") or "-").lower()
    if word == "and" and lead != "between":
        return None
    # after "by", "to" starts the level a change reached ("grew by 7 million to 67 million"),
    # unless the two ends are near: a range of the change ("rise by 10% to 15%")
    level_after_by = word == "to" and lead == "by" and bool(low.unit or low.scale != 1.0)
    if word == "-" and not low.digits:
        return None
    # both ends below zero: "lows of -15 to -20", "between minus 20 and minus 30"
    high_sign = _HIGH_SIGN.match(text, connector.end()) if negative and word != "-" else None
    # or above it, signed: "from minus 5 to plus 3"
    plus = _PLUS_SIGN.match(text, connector.end()) if negative and high_sign is None else None
    sign = high_sign or plus
    after = sign.end() if sign else connector.end()
    currency = _CURRENCY_AHEAD.match(text, after)
    core = _CORE.match(text, currency.end() if currency else after)
    if core is None or core.lastgroup not in {"digits", "words"}:
        return None
    high = _amount(text, core, connector.end(), money=low.kind == "money")
    if high is None or _not_a_figure(text, core, high):
        return None
    if level_after_by and (
        not high.value < _NEAR_ENDS * low.value or _change_as_fact(text, low.start)
    ):
        return None
    if word != "-" and _DASH_NUMBER.match(text, high.end):
        return None  # "from 24.2 to 33-35 billion": a move to a range
    if not _same_unit(low, high) or (low.unit and not high.unit and word != "-"):
        return None  # "rose 0.1% to 1,333.18": a move, not a range
    if word == "to" and low.unit and _in_chain(text, low, high):
        return None  # "from $40 to $55 to $70": levels one after another
    if word == "to" and low.unit and high.unit and _change_then_level(text, low, high):
        return None  # "rose $2 to $85": a change, then the level it reached
    low_value = low.value
    if high.scale != 1.0 and low.scale == 1.0 and _one_size(low, high):
        low_value = _times(low_value, high.scale)  # "four to five thousand", "$89 to $93 billion"
    if high_sign is not None:  # as written, colder last: the colder is the low end
        if low_value < high.value:
            low_value, high.value = high.value, -low_value  # the low end's sign is read after
        elif lead != "from" and high.value < low_value:
            high.value = -high.value  # "lows of -20 to -15": colder first
        else:
            return None  # "from -12 to -5": a move, as "from 12 to 5" is
    elif not (-low_value if negative else low_value) < high.value:
        return None
    low.value = low_value
    if low.kind == "money" and high.unit is None:  # "£3-4m a year": the currency of both
        high.unit, high.kind = low.unit, low.kind
        _read_rate(text, high)
    return high


def _moved_to(text: str, first: _Amount) -> _Amount | None:
    """The level a move "from X to Y" reaches, where that is no range: "fell from 6.1 to 5.8
    percent", "went from 80 kg to 72", "plunged from $960 at noon to $935 by
    evening". The move is one figure, as a range is: its value the level it starts from, its
    span both levels (a rise also has its end in `high`). A chain of levels ("from $40 to $55
    to $70") and a move to a range ("from 24.2 to 33-35 billion") are a figure for each level.
    """
    to = _LEVEL_TO.match(text, first.end)
    if to is None or (to.group("gap") and first.unit is None):
        return None  # words between the levels: only a level with its unit is read past them
    currency = _CURRENCY_AHEAD.match(text, to.end())
    core = _CORE.match(text, currency.end() if currency else to.end())
    if core is None or core.lastgroup not in {"digits", "words"}:
        return None
    level = _amount(text, core, to.end(), money=first.kind == "money")
    if level is None or _not_a_figure(text, core, level) or not _same_unit(first, level):
        return None
    if _DASH_NUMBER.match(text, level.end) or _in_chain(text, first, level):
        return None
    counted = _noun_phrase(text, level.end) if level.unit is None else None
    if counted and _counted(text, counted, hyphenated=False)[0] != first.unit:
        return None  # "from 3 bases to 40 countries": two counts
    return level


_CLAUSE_START = re.compile(r"[,;:.!?\n](?=[^,;:.!?\n]*$)")
_CLAUSE_WORD = re.compile(r"[^\W\d_]+")
_CHANGE_REACH = 60  # how far back from "by" a change's verb is looked for


def _change_as_fact(text: str, start: int) -> bool:
    """Whether the change "by" the amount at `start` names is a fact, told by a past verb of
    change in its clause with no modal or forecast: "raised its rate by" (then "0.25% to 0.5%"
    is the change and the level), not "expected to rise by", "plans to cut it by" (a range)."""
    window = max(0, start - _CHANGE_REACH)
    stop = _CLAUSE_START.search(text, window, start)
    words = _CLAUSE_WORD.findall(text[stop.end() if stop else window : start].lower())
    return lx.NOT_YET_WORDS.isdisjoint(words) and any(
        word in lx.PAST_CHANGE_VERBS and (i == 0 or words[i - 1] != "to")
        for i, word in enumerate(words)
    )


def _change_then_level(text: str, low: _Amount, high: _Amount) -> bool:
    """Whether "X to Y" after a verb of change is the change and the level it reached: "rose $2
    to $85", "fell 3p to 250p" (not "rose 5% to 10%", a range)."""
    if high.value < 10 * low.value:
        return False
    previous = _word_before(text, low.start)
    return previous is not None and previous.group("w").lower() in lx.CHANGE_WORDS


def _in_chain(text: str, low: _Amount, high: _Amount) -> bool:
    """Whether two amounts that carry their own unit stand in a chain of three or more levels
    joined by "to": "rose from $40 to $55 to $70", "3% to 4% to 5%"."""
    after = _CHAIN_AHEAD.match(text, high.end)
    if after and (_CURRENCY_AHEAD.match(text, after.end()) or text[after.end()].isdigit()):
        return True
    return _CHAIN_BEHIND.search(text, max(0, low.start - _QUALIFIER_WINDOW), low.start) is not None


def _shared(text: str, low: _Amount, lead: str) -> _Amount | None:
    """The next number, whose scale and unit a bare `low` shares: "three or four *years*",
    "7- or 8-*inch*", "from 3.2 to 3.1 *percent*", "from 24.2 to 33-35 *billion euros*"."""
    connector = _ALTERNATIVE.match(text, low.end)
    if connector is None or (connector.group("w") or "").lower() == "to" and lead != "from":
        return None
    after = connector.end()
    if lead == "from" and (hedge := _LEVEL_QUALIFIER.match(text, after)):
        after = hedge.end()  # "from 1,200 to about 400 birds": birds both
    currency = _CURRENCY_AHEAD.match(text, after)
    core = _CORE.match(text, currency.end() if currency else after)
    if core is None or core.lastgroup not in {"digits", "words"}:
        return None
    other = _amount(text, core, after)
    if other is None or _not_a_figure(text, core, other):
        return None
    if (connector.group("w") or "").lower() == "of" and other.scale != 1.0:
        return None  # "eight of 10 million fans": a part, not at the whole's scale
    if other.unit is None and other.scale == 1.0:
        # "33-35 billion euros", "five- and six-cylinder"
        other = _range(text, other, "") or _shared(text, other, "") or other
    if other.unit is None:  # "four million fans", "six-cylinder"
        phrase = _noun_phrase(text, other.end, hyphen=True)
        if phrase is not None:
            hyphenated = text.startswith("-", other.end)
            other.unit, other.kind = _counted(text, phrase, hyphenated=hyphenated)
    return other


def _share(low: _Amount, other: _Amount | None) -> None:
    """Give `low` the unit of `other`, and its scale where the two are of one size."""
    if other is None or (other.unit is None and other.scale == 1.0):
        return
    low.unit, low.kind = other.unit, other.kind
    if low.scale == 1.0 and other.scale != 1.0 and _one_size(low, other):
        low.value, low.scale = _times(low.value, other.scale), other.scale


def _times(value: float, scale: float) -> float:
    """`value` times a scale, in decimal: "$4.1 billion" is 4100000000, not 4099999999.9999995."""
    if float(value).is_integer():
        return value * scale
    return float(Decimal(repr(float(value))) * Decimal(scale))


def _one_size(low: _Amount, high: _Amount) -> bool:
    """Whether a bare `low` is read at the scale of `high`: below it at that scale ("four to
    five thousand") or less than ten times it ("from 3 to 2 million"); "from $200 to $4
    million" and "from 500 to 1.2 million" keep their low end as written."""
    return low.raw < high.raw or low.value * high.scale < 10 * high.value


def _same_unit(low: _Amount, high: _Amount) -> bool:
    """Whether two ends share their unit: "US$71 to $75" do, "6.2 percent to 48.10 yuan" not."""
    if low.unit is None or high.unit is None or low.unit.lower() == high.unit.lower():
        return True
    return low.kind == high.kind == "money" and (low.unit in high.unit or high.unit in low.unit)


def _qualifier_before(text: str, start: int, floor: int) -> tuple[Qualifier, int]:
    """The qualifier written before `start` ("about", "at least", "an estimated") and its start."""
    window = max(floor, start - _QUALIFIER_WINDOW)
    match = _behind(_QUALIFIER_BEHIND, text, window, start, _QUALIFIER_ENDS, "~≈<>-")
    if match is None or _behind(
        _OVER_A_PERIOD, text, max(0, match.start() - _OVER_REACH), match.end(), ("over",)
    ):
        return "exact", start  # "by 3% over two years": the period, not more than two years
    if _particle(text, match):
        return "exact", start  # "edged up to 4.6%": the level reached; "pulled over 4 times"
    if _over_a_dispute(text, match, start):
        return "exact", start  # "clash over €92bn fund": its subject
    return lx.QUALIFIERS_BEFORE[match.group("q").lower()], match.start()  # type: ignore[return-value]


def _over_a_dispute(text: str, qualifier: re.Match[str], start: int) -> bool:
    """Whether the qualifier "over" follows a word of a dispute (`lx.OVER_ABOUT_AFTER`) and
    comes before a sum of money at `start`, the dispute's subject: "a row over €5bn", "over
    4 billion euros"; not "sued over 200 times", "protests over 40 towns" (more than)."""
    if qualifier.group("q").lower() != "over":
        return False
    before = _word_before(text, qualifier.start("q"))
    if before is None or before.group("w").lower() not in lx.OVER_ABOUT_AFTER:
        return False
    return bool(_CURRENCY_AHEAD.match(text, start) or _MONEY_WORD_AHEAD.match(text, start))


_PARTICLE_VERBS = {"up to": lx.UP_PARTICLE_VERBS, "over": lx.OVER_PARTICLE_VERBS}


def _particle(text: str, qualifier: re.Match[str]) -> bool:
    """Whether the qualifier "up to" or "over" is a verb's particle: "ticked up to 4.6%" (up,
    then "to"), "was pulled over four times" (no "more than")."""
    verbs = _PARTICLE_VERBS.get(qualifier.group("q").lower())
    if verbs is None:
        return False
    verb = _word_before(text, qualifier.start())
    return verb is not None and verb.group("w").lower() in verbs


def _sign(text: str, position: int, floor: int) -> re.Match[str] | None:
    """The minus sign right before the number at `position` ("minus 5", "-5"), if any; not the
    "minus" of a countdown ("T-minus 10 minutes")."""
    window = max(floor, position - 7)
    return _behind(_SIGN_BEHIND, text, window, position, ("minus",), "-−sS")


def _may_end_with(head: str, words: tuple[str, ...], glued: str = "") -> bool:
    """Whether `head`, the text before a number, may end with one of `words` (lower case) and
    spaces, or with a character of `glued`. Most numbers fail this cheap test, which spares
    them the search of a pattern anchored at their start: the regex engine would try that
    pattern at every position of its window."""
    if not head[-1:].isspace():
        return head[-1:] != "" and head[-1] in glued
    tokens = head.rsplit(None, 1)  # the last word: no list of every word
    return bool(tokens) and tokens[-1].lower().endswith(words)


def _behind(
    pattern: re.Pattern[str],
    text: str,
    start: int,
    end: int,
    words: tuple[str, ...],
    glued: str = "",
) -> re.Match[str] | None:
    """The search of `pattern` in text[start:end], whose matches end at `end` with one of
    `words` and spaces or with a character of `glued`: only when the text may end so
    (`_may_end_with`), as most numbers' does not."""
    if not _may_end_with(text[start:end], words, glued):
        return None
    return pattern.search(text, start, end)


# A hyphened measure just before a noun phrase: "670-*kilometre* ", "12-hour ".
_HYPHENED_MEASURE = re.compile(
    rf"(?:\d|\b(?i:{_NUMBER_WORD}))-[a-z]+\s+$"
)  # "12-hour", "three-year"
_HYPHENED_REACH = 24  # characters before a phrase searched for it
# What opens an object after a verb: a determiner, a name, a number or an amount of money.
_OBJECT_NEXT = re.compile(r"\s+(?:(?:the|an?|its|their|his|her|our)\s|[A-Z$\d])")
# A group and its size, the number: "a *family of five*", "the *household of 3*".
_GROUP_SIZE_BEFORE = re.compile(
    rf"\b(?i:{_alternation(lx.GROUP_SIZE_NOUNS)})[^\S\n]+of[^\S\n]+"
    rf"(?:[0-9]+|(?i:{_NUMBER_WORD}))[^\S\n]*\Z"
)
# An amount opening an object: "(spends) *about* $320", "(pays) *nearly* half".
_AMOUNT_NEXT = re.compile(
    rf"[^\S\n]+(?:{_alternation(k for k in lx.QUALIFIERS_BEFORE if k.isalpha())})\b"
)


def _noun_phrase(text: str, position: int, *, hyphen: bool = False) -> tuple[int, int, str] | None:
    """(start, end, head) of the noun phrase at `position`: "45,000 *Russian troops* are"."""
    words: list[str] = []
    spans: list[tuple[int, int]] = []
    opening = position
    while len(words) < _NP_MAX_WORDS:
        match = _NP_WORD.match(text, position)
        if match is None or (match.group("gap") == "-" and not (hyphen and not words)):
            break
        word = match.group("w")
        lower = word.lower()
        position = match.end()
        if lower in lx.NOUN_PHRASE_SKIPPED or (lower.endswith("ly") and lower not in lx.LY_NOUNS):
            if words:
                break
            continue  # "eight *more* picks", "20 *decently* sized plants"
        if lower.split("-")[0] in lx.NUMBER_WORDS or lower in lx.SCALE_WORDS:
            position = match.start("w")
            break  # "2.4-liter *four-cylinder* engine": the next figure
        if lower == "ones":
            return None  # "seven smaller ones": what the count before counts (`_ones`)
        if words and lower in lx.SOURCE_ADJECTIVES:
            break  # "one person *familiar* with the talks": the person is counted
        if lower.endswith(_NEGATED_ENDINGS) or (words and lower in lx.MODALS):
            break  # "one update *doesn't* fix it", "one payment *cannot* fix": the verb's
        if words and _present_verb(words[-1], word, text, spans[0][0], position):
            break  # "half the town *shows up*", "the 12-hour shift *costs* $90": the verb
        if not words and _group_verb(text, word, opening, position):
            break  # "a family of five *spends* about $320": the group's verb
        if lower in lx.NOUN_PHRASE_STOPWORDS and not (word.isupper() and len(word) > 1):
            if _paired_modifiers(text, words, lower, position) or _joined_modifiers(
                text, words, lower, position
            ):
                words.append(word)  # "four current *and* former employees"
                spans.append(match.span("w"))
                continue
            if (
                lower in {"and", "&"}
                and words
                and words[-1][0].isupper()
                and _capitalised_after(text, position)
            ):  # "460 Kia and Hyundai vehicles", not "29% of women and Black patients"
                words.append(word)
                spans.append(match.span("w"))
                continue
            break
        if words and (
            _verb_form(word)
            or (
                _plural(words[-1])
                and word[0].islower()
                and not (_modifying_plural(words[-1], word) and not _GAPPED.match(text, position))
            )
            or lower in lx.PREDICATE_ADJECTIVES  # "one man *dead*"
        ):
            if not (
                _participle_and_gerund(words[-1], word)  # "two unused parking garages"
                or _gerund_modifier(text, words, word, position, opening)
            ):
                break  # "troops *imported* by Russia", "20 veterans *commit* suicide"
        if word.endswith(("s'", "s’")) and len(word) > 2:
            words.append(word[:-1])  # "84 workers' wages": the workers are counted
            spans.append((match.start("w"), match.end("w") - 1))
            break
        words.append(word)
        spans.append(match.span("w"))
    while words and (words[-1] in {"and", "&"} or _verb_form(words[-1])):
        words.pop()  # "the two *raised* $350 million"
        spans.pop()
    if not words or (len(words) == 1 and words[0].lower() in _NO_NOUN_AFTER):
        return None  # "wounded 11 overnight": when, not what; "won four straight": no noun
    if _FIGURE_AT.match(text, position) and (
        words[-1].lower() in _SPAN_OPENERS or words[-1].endswith(("'s", "’s"))
    ):
        return None  # "of the *past* five winters", "of the *county's* 212 bridges"
    return spans[0][0], spans[-1][1], words[-1]


# Verb forms not in -ed after a count, which say what was done to what it counts, no unit:
# "out of 18,000 *cast*", "of the 900 *sold*", "38 kg of horn *hidden* in crates". Irregular
# finite pasts are among them ("was", "had", "went", "drew"): a verb after a count ends its
# unit as a participle does.
_IRREGULAR_FORMS = (
    lx.IRREGULAR_VERB_FORMS
    | lx.POSTMODIFYING_PARTICIPLES
    | frozenset("cast won lost slain".split())
)


# A phrasal verb's particle, then a preposition or the clause's end: "(shows) *up at*".
_PARTICLE_AHEAD = re.compile(
    rf"[^\S\n]+(?:{_alternation(lx.PHRASAL_PARTICLES)})"
    r"(?:[^\S\n]*[.,;:!?]|[^\S\n]+(?:at|to|in|on|for|with|of|from|after|before)\b)"
)


def _paired_modifiers(text: str, words: list[str], lower: str, position: int) -> bool:
    """Whether "and" or "or" (`lower`, ending at `position`) joins two modifiers of the
    counted noun (`lx.PAIRED_MODIFIERS`): "four *current and former* employees"."""
    if lower not in {"and", "or"} or not words or words[-1].lower() not in lx.PAIRED_MODIFIERS:
        return False
    following = _NP_WORD.match(text, position)
    return following is not None and following.group("w").lower() in lx.PAIRED_MODIFIERS


_JOINED_REACH = 3  # the words after "and" read for the plural noun both modifiers qualify


def _joined_modifiers(text: str, words: list[str], lower: str, position: int) -> bool:
    """Whether "and" (ending at `position`) joins a singular noun used as a modifier to the
    modifiers of a plural noun a few words on, which both qualify: "14 *privacy and* press
    freedom groups", "12 *state and* federal agencies" (not "3 apples and pears", "two
    bread and butter")."""
    if lower != "and" or not words:
        return False
    before = words[-1]
    if not before.isalpha() or not before.islower() or _plural(before) or _verb_form(before):
        return False
    for _ in range(_JOINED_REACH):
        match = _NP_WORD.match(text, position)
        if match is None or match.group("gap") == "-":
            return False
        word = match.group("w")
        if not word.isalpha() or not word.islower():
            return False
        if word in lx.NOUN_PHRASE_STOPWORDS or word in lx.DETERMINERS:
            return False  # "3 bread and *some* apples": a second phrase
        if _plural(word):
            return True
        position = match.end()
    return False


_NEGATED_ENDINGS = ("n't", "n’t")  # "doesn't", "won’t", "can't": verbs, no noun


def _verb_form(word: str) -> bool:
    """A participle or a gerund: in -ed or -ing, or an irregular verb form ("hidden", "drew")."""
    return (
        word.isalpha()
        and word.islower()
        and (word.endswith(("ed", "ing")) or word in _IRREGULAR_FORMS)
        and word not in lx.NOUNS_IN_ING_ED
        and word not in lx.PREDICATE_ADJECTIVES  # "30 *wounded*": the people counted
    )


def _present_verb(before: str, word: str, text: str, start: int, position: int) -> bool:
    """Whether `word`, in -s after the singular noun `before` in a phrase from `start`, ending
    at `position`, is the phrase's verb in the present: with its particle ("half the
    neighborhood *shows up* at the door"), or before an object or a name after a hyphened
    measure or "one" ("a 670-kilometre pipeline *crosses* Treaty 8 land", "the 12-hour shift
    *costs* $90", "one ticket *costs* $3"); not a plural noun ("two bus *stops*", "five water
    *tanks* the town bought")."""
    if not word.lower().endswith("s") or _plural(before):
        return False
    if _PARTICLE_AHEAD.match(text, position) is not None:
        return True
    window, number_end = max(0, start - _HYPHENED_REACH), start
    while number_end > window and text[number_end - 1].isspace():
        number_end -= 1
    return (
        word.islower()
        and _plural(word)
        and before.islower()
        and (
            _HYPHENED_MEASURE.search(text, window, start) is not None
            or _ONE_BEFORE.search(text, window, number_end) is not None
        )
        and _OBJECT_NEXT.match(text, position) is not None
    )


_GROUP_REACH = 32  # characters before a noun phrase searched for the group its number sizes
# Unions built once, not at each call: a lone word of time or of a run after a number ("wounded
# 11 overnight", "won four straight"); nouns no object's count ("its share"); people and teams,
# held to a score rather than counted ("limited opponents to 89").
_NO_NOUN_AFTER = lx.DEICTIC_TIMES | lx.RUN_ADJECTIVES
_NOT_COUNTED = lx.NOUN_PHRASE_STOPWORDS | lx.VALUE_NOUNS
_PEOPLE_OR_TEAMS = lx.ROLE_NOUNS | lx.COLLECTIVE_HEADS


# The verbs a group sized by a number pays, spends or lives by, in the present: "a family of
# four *spends* about $320", "a household of three *pays* $1,200".
_GROUP_SIZE_VERBS = frozenset(
    "pays spends needs buys owes earns gets receives saves loses uses eats lives rents costs"
    " has makes takes shares builds".split()
)


def _group_verb(text: str, word: str, opening: int, position: int) -> bool:
    """Whether `word`, right after a number that sizes a group ("a family of five", before
    `opening`, where its noun phrase would start), is the group's verb of paying, spending or
    living on (`_GROUP_SIZE_VERBS`) before an object or an amount ("a household of three
    *pays* $1,200", "a family of four *spends* about $320"); not the people counted ("a family
    of five children", "a group of 40 donors the hospital thanked"), nor another verb ("a
    family of five offers a room": the number alone, as before)."""
    if word not in _GROUP_SIZE_VERBS:
        return False
    if _GROUP_SIZE_BEFORE.search(text, max(0, opening - _GROUP_REACH), opening) is None:
        return False
    return bool(_OBJECT_NEXT.match(text, position) or _AMOUNT_NEXT.match(text, position))


def _participle_and_gerund(before: str, word: str) -> bool:
    """Whether a participle or a hyphened adjective stands before a gerund, both modifying
    the noun that follows: "*renovated dining* halls", "31 *long-term drinking* water
    advisories" (not "troops *imported*", "veterans *commit*", nor a hyphened plural, the
    noun counted: "300 *part-timers working* nights")."""
    return (
        word.endswith("ing")
        and (
            ("-" in before and not _plural(before))
            or (before.endswith("ed") and _verb_form(before))
        )
        and word not in lx.NOUNS_IN_ING_ED
    )


_ONE_BEFORE = re.compile(r"(?:\b(?:[Oo]ne|an?|single)|(?<![\d.,])1)\Z")  # a count of one


def _gerund_modifier(text: str, words: list[str], word: str, position: int, opening: int) -> bool:
    """Whether a gerund modifies the plural noun right after it, after an adjective: the one
    word read of a count above one, no plural ("118 *open nursing* positions", "40 *new
    teaching* posts"); not after the plural counted ("50 nurses *working* shifts") nor after
    the noun of a count of one ("one student *taking* exams"), nor a preposition in -ing or
    after an adjective standing for the people counted ("200 homeless *following* floods",
    "300 jobless *facing* bills")."""
    if len(words) != 1 or not word.endswith("ing") or not words[0].isalpha() or _plural(words[0]):
        return False
    if word.lower() in lx.PREPOSITIONS_IN_ING or words[0].lower() in lx.ADJECTIVES_AS_NOUNS:
        return False
    if _ONE_BEFORE.search(text, max(0, opening - 8), opening):
        return False
    after = _NP_WORD.match(text, position)
    return after is not None and after.group("gap") != "-" and _plural(after.group("w"))


# A verb of saying or thinking and then a verb with no subject between: the plural before it
# is the subject of a relative clause on the noun counted ("40 games *players said were* too
# many"), not the head of a compound ("300 sports fans").
_GAPPED = re.compile(
    r"\s+(?:said|say|says|believe|believed|think|thought|felt|feel|expect|expected)"
    r"\s+(?:were|was|is|are|would|could|had|have|will|might)\b"
)


def _modifying_plural(before: str, word: str) -> bool:
    """Whether a plural without an -s modifies the plural noun after it ("nine *police*
    officers", "two *staff* members"), which ends the phrase instead ("nine police *were*")."""
    return before.lower() in lx.MODIFYING_PLURALS and word.islower() and _plural(word)


def _plural(word: str) -> bool:
    """Whether a word looks plural ("troops", "women", "Americans"): it ends its phrase."""
    if word.islower():
        return word in lx.IRREGULAR_PLURALS or (
            word.endswith("s")
            and not word.endswith(("ss", "us", "is", "'s", "’s"))
            and word not in lx.SINGULARS_IN_S
        )
    return (
        word[:1].isupper()
        and len(word) > 3
        and word.endswith("s")
        and (
            not word.endswith(("ss", "us", "is", "as", "es", "'s", "’s"))
            or word.endswith("is")
            and DEMONYM_PLURAL.fullmatch(word) is not None  # "Iraqis", not "Paris"
        )
    )


def _capitalised_after(text: str, position: int) -> bool:
    match = _NP_WORD.match(text, position)
    return bool(match and match.group("gap") != "-" and match.group("w")[0].isupper())


def _of_phrase(text: str, position: int) -> tuple[int, int, str] | None:
    """The noun phrase after "of" (and a determiner): "one of *the realest conversations*"."""
    of = _OF.match(text, position)
    return None if of is None else _determined_phrase(text, of.end())


def _determined_phrase(text: str, position: int) -> tuple[int, int, str] | None:
    """The noun phrase at `position` after a determiner, if any: "half *the condos*"."""
    determiner = _NP_WORD.match(text, position)
    if determiner and determiner.group("w").lower() in lx.FIGURE_DETERMINERS:
        position = determiner.end()
        if determiner.group("w").lower() in lx.PEOPLE_DETERMINERS:
            return _people_phrase(text, determiner) or _noun_phrase(text, position)
    return _noun_phrase(text, position)


def _people_phrase(text: str, determiner: re.Match[str]) -> tuple[int, int, str] | None:
    """The people a participle picks out after "those": "a third of *those surveyed*"."""
    participle = _NP_WORD.match(text, determiner.end())
    if participle is None or participle.group("gap") == "-" or not _verb_form(participle["w"]):
        return None
    start = determiner.start("w")
    return start, participle.end(), text[start : participle.end()]


_EACH = re.compile(r"[^\S\n]+(?:each|apiece)\b")


def _make(
    text: str,
    start: int,
    end: int,
    value: float,
    *,
    high: float | None = None,
    unit: str | None = None,
    subject: tuple[int, int, str] | None = None,
    qualifier: Qualifier = "exact",
    kind: FigureKind = "count",
) -> Figure | None:
    if not math.isfinite(value) or (high is not None and not math.isfinite(high)):
        return None
    if subject is not None:
        end = max(end, subject[1])
    each = _EACH.match(text, end)
    if each is not None:  # "3,000 troops each": the figure counts per unit
        end = each.end()
    return new_figure(  # a Figure at a third of the cost (`model._unguarded`)
        id="fg",
        span=(start, end),
        value=value,
        high=high,
        unit=unit,
        subject=text[subject[0] : subject[1]] if subject else None,
        qualifier=qualifier,
        kind=kind,
    )


def _figure(
    text: str, core: re.Match[str], amount: _Amount, floor: int
) -> tuple[Figure | None, int]:
    """Read the figure of a number core: checks, range, qualifiers, subject."""
    phone = _phone_at(text, core.start()) if core.lastgroup == "digits" else None
    if phone:
        return None, phone.end()
    tail = _GLUED_TAIL.match(text, amount.end)
    tally = _vote_tally(text, amount, floor)
    if tally is not None:
        return tally, amount.end
    line = _game_line(text, amount) if core.lastgroup in {"digits", "words"} else None
    if line is not None:
        return None, line
    if _not_a_figure(text, core, amount):
        previous = _word_before(text, core.start())
        if previous and (_month(previous.group("w")) or _age_after(text, previous)):
            tail = _DAYS_TAIL.match(text, amount.end)  # "Sept. 19 to 22", "aged 25 to 54"
        return None, tail.end() if tail else amount.end  # "ISO 3888-2": all of it
    high = moved = lead = None
    led = ""
    sign = _sign(text, amount.start, floor)
    if _read_on(text, amount, floor):
        _ratio(text, amount)
        _feet_and_inches(text, amount)
        lead_end = sign.start() if sign else amount.start  # "between minus 20 and 30"
        window = max(floor, lead_end - 12)
        lead = _behind(_LEAD_BEHIND, text, window, lead_end, ("between", "from", "by"))
        odds = _odds(text, amount) if lead is None else None
        if odds is not None and (odds.value != 1 or _score_of_one(text, amount, floor)):
            return None, odds.end  # "won 52 to 48", "voted 7 to 2", "won 4 to 1": a score
        if odds is not None:  # "a 3 to 1 margin": a ratio
            amount.end, amount.unit, amount.kind = odds.end, "ratio", "measure"
        led = lead.group("w").lower() if lead else ""
        high = _range(text, amount, led, negative=sign is not None)
        if (
            high is None
            and tail
            and tail.group()[0] == "-"
            and not _SPLIT_PERCENT.match(text, tail.end())
        ):
            return None, tail.end()  # "89-89", "2014-15", "3-1": scores and spans of years
        if high is None and amount.unit is None:
            _share(amount, _shared(text, amount, led))
        moved = _moved_to(text, amount) if high is None and led == "from" else None
        if moved is not None and moved.value > amount.value:
            high = moved  # a rise: the levels it spans, as "from 5 to 7 per cent" is read
    end = high.end if high else moved.end if moved else amount.end
    start = lead.start() if lead and (high or moved) and led != "by" else amount.start
    if high and len(high.unit or "") > len(amount.unit or ""):  # "5 to 7 per cent"
        amount.unit, amount.kind, amount.unit_start = high.unit, high.kind, high.unit_start
    on_a_scale = _ON_A_SCALE.match(text, end) if amount.unit is None else None
    if on_a_scale:  # "6.1 on the Richter scale": the scale is the unit
        amount.unit, amount.kind = f"{on_a_scale.group('name')} scale", "measure"
        amount.end = end = on_a_scale.end()
    qualifier, start = _qualifier_before(text, start, floor)
    value = amount.value
    if sign and _PLUS_OR_MINUS.search(text, max(0, amount.start - 16), amount.start):
        sign = None  # "plus or minus 4 points": a margin
    if sign and qualifier == "exact":  # the low end of a range too: "from minus 5 to 10"
        value, start = -value, min(start, sign.start())
        if start == sign.start():
            qualifier, start = _qualifier_before(text, start, floor)  # "about minus 31"
    after = _QUALIFIER_AFTER.match(text, end)
    if after:  # "50 or more", "some 40-odd"
        end = after.end()
        if qualifier == "exact":
            qualifier = lx.QUALIFIERS_AFTER[after.group("q").lower()]  # type: ignore[assignment]
    if core.group() == "One" and _REPORTED_AFTER.match(text, core.end()):
        return None, end  # "One wrote: ...": the pronoun, one of a group quoted, no count
    subject = _subject(text, amount, end)
    if _is_year(text, amount, qualifier, subject):
        return None, end
    if _age_noun(text, amount):
        return None, end
    counted = None if subject or amount.unit else _counted_past_a_measure(text, end)
    bare = subject is None and counted is None and qualifier == "exact"
    if bare and _name_or_age(text, amount):
        return None, end
    if amount.unit is None and qualifier == "exact" and _emergency_number(text, amount):
        return None, end
    if bare and _stands_for_a_noun(text, core, amount):
        return None, end
    if subject and _the_two_sides(text, core, subject):
        return None, subject[1]
    if subject and text[subject[0] : subject[1]].split()[0].lower() in lx.IDENTIFIER_NOUNS_AFTER:
        return None, subject[1]  # "the 90049 ZIP Code"
    if subject and qualifier == "exact" and _model_name(text, amount, subject):
        return None, subject[1]  # "the 787 Dreamliner", "a 3 Series"
    after = _QUALIFIER_AFTER.match(text, subject[1]) if subject else None
    if after and qualifier == "exact":  # "50 people or more"
        qualifier, end = lx.QUALIFIERS_AFTER[after.group("q").lower()], after.end()  # type: ignore[assignment]
    unit, kind = amount.unit, amount.kind
    if unit is None and subject is None and counted is None and _COLDEST <= value <= _HOTTEST:
        felt = _FEELS_LIKE.search(text, max(0, start - _FEELS_LIKE_CHARS), start)
        if (
            ((sign or felt) and _temperature_near(text, start, end))
            or _CHILL_AFTER.match(text, end)
            or (not sign and _weather_level(text, amount.start))
        ):
            # "wind chills near minus 40", "it will feel like 42 with the humidex", "the
            # humidex will make it feel like 40", "lows of -20": no unit
            unit, kind = "degrees", "measure"
    if unit is None and subject is not None:
        hyphenated = text.startswith("-", end)
        unit, kind = _counted(text, subject, hyphenated=hyphenated)
        if hyphenated:
            subject = _modified(text, subject)
        if kind == "count" and not hyphenated:  # "400 patients a day", "3,000 tests per day"
            unit, end = _per(text, unit, max(end, subject[1]))
    elif kind == "measure" and subject is not None and unit and " per " not in unit:
        rated, rate_end = _per(text, unit, subject[1])  # "500,000 barrels of oil a day"
        if rate_end > subject[1]:
            unit, end = rated, rate_end
    elif unit is None and counted is not None:
        unit = counted
    elif unit is None and kind == "count" and _statistic_age_before(text, start):
        unit, kind = "year", "duration"  # "a median age of 64"
    elif unit is None and kind == "count" and not _OF_THEM.match(text, end):
        unit = _counted_before(text, start)  # "the number of deaths rose to 90"; not a part
        # of what was counted before ("The Army agreed with nine of them": `_part_of_them`)
    if subject is None and kind == "measure" and unit is not None:
        subject = _measured_before(text, start, end)  # "gusts of up to 90 km/h"
    figure = _make(
        text,
        start,
        end,
        value,
        high=high.value if high else None,
        unit=unit,
        subject=subject,
        qualifier=qualifier,
        kind=kind,
    )
    whole = _whole_counted(text, end) if figure and subject is None and kind == "percent" else None
    return (replace(figure, subject=whole) if figure and whole else figure), end


# A noun and "of" right before a measure: what it measures ("gusts of", "a crest of").
_MEASURED_BEHIND = re.compile(r"(?<![\w'’-])(?P<n>[A-Za-z][a-z]{2,})[^\S\n]+of[^\S\n]+\Z")
_NOT_MEASURED = (
    lx.NOUN_PHRASE_STOPWORDS
    | lx.MESSAGE_NOUNS
    | lx.DOCUMENT_WORDS
    | lx.CUE_NOUNS
    | frozenset(lx.PLURAL_SCALES)  # "hundreds of", "dozens of": a count, not what is measured
    | frozenset("terms totals amounts values".split())
)
_PLURAL_AFTER = re.compile(r"[^\S\n]+(?P<w>[a-z]{3,})\b")  # "(100 km/h) winds"


def _measured_before(text: str, start: int, end: int) -> tuple[int, int, str] | None:
    """What a measure from `start` to `end` measures when its noun and "of" come before it: a
    plural ("gusts of up to 90 km/h", "temperatures of 34 C") or a noun of a measured thing
    (`lx.MEASURED_NOUNS`: "a crest of 21.4 feet"); None otherwise ("a total of 40 mm"), nor
    for a message's noun ("forecasts of 15 cm") or before a plural the measure modifies
    ("warnings of 100 km/h *winds*")."""
    behind = _MEASURED_BEHIND.search(text, max(0, start - 24), start)
    if behind is None:
        return None
    after = _PLURAL_AFTER.match(text, end)
    if after is not None and _plural(after.group("w")):
        return None
    noun = behind.group("n").lower()  # "Winds of 80 mph" opening a sentence
    if noun in lx.MEASURED_NOUNS or (_plural(noun) and noun not in _NOT_MEASURED):
        return behind.start("n"), behind.end("n"), noun
    return None


def _ratio(text: str, amount: _Amount) -> None:
    """Read "one in five", "8 out of 10", "eight of 10" as the fraction they are, and a poll's
    "19 times out of 20" or "19 times in 20" as one (not 19 times and a bare 20)."""
    if amount.unit is None:
        core = _ratio_ahead(text, amount.end)
    elif amount.unit == "times" and (joined := _OUT_OF.match(text, amount.end)):
        core = _ratio_ahead(text, amount.end)
        if core is not None and "in" in joined.group().lower() and _not_poll_base(text, core):
            core = None  # "5 times in 2019", "3 times in 12 months": how often, no ratio
    else:
        core = None
    if core is None:
        return
    parsed = _core_value(core)
    if parsed and amount.value.is_integer() and amount.value < parsed[0]:
        amount.value, amount.end = amount.value / parsed[0], parsed[2]
        amount.unit, amount.kind = "fraction", "measure"


def _not_poll_base(text: str, core: re.Match[str]) -> bool:
    """Whether the number after "times in" is a year or counts a noun after it ("5 times in
    2019", "3 times in 12 months"), not a poll's base ("19 times in 20")."""
    base = core.group()
    return (base.isdigit() and len(base) == 4) or _WORD_AFTER.match(text, core.end()) is not None


def _feet_and_inches(text: str, amount: _Amount) -> None:
    """Read a height written 6'3" as the feet it is (6.25), not as two bare numbers."""
    height = _HEIGHT.match(text, amount.end) if amount.unit is None else None
    if height and text[amount.start : amount.end].isdigit():
        amount.value += int(height.group("inches")) / 12
        amount.end, amount.unit, amount.kind = height.end(), "feet", "measure"


def _ratio_ahead(text: str, position: int) -> re.Match[str] | None:
    """The number a ratio's "in", "out of", "of every" or "of" leads to at `position`; after a
    bare "of" only a round base makes a ratio ("eight of 10"), others a part ("one of two
    hurricanes")."""
    join = _RATIO_JOIN.match(text, position)
    core = _CORE.match(text, join.end()) if join else None
    if core is None or core.lastgroup not in {"digits", "words", "ascale"}:
        return None
    if join.group("w").lower() == "in" and _year_after_in(text, core):  # type: ignore[union-attr]
        return None  # "up from 214 in 2023": a time, no ratio's base
    if join.group("w").lower() == "of":  # type: ignore[union-attr]
        parsed = _core_value(core)
        if parsed is None or parsed[0] not in lx.RATIO_BASES or parsed[2] != core.end():
            return None
        if _SCALE_AFTER.match(text, core.end()) or _SCALE_LETTER.match(text, core.end()):
            return None  # "eight of 10 million fans"
    return core


def _year_after_in(text: str, core: re.Match[str]) -> bool:
    """Whether the number after a ratio's "in" is a year: four digits from 1800 to 2100, then
    a clause mark or a function word ("in 2023, ...", "in 2019 and"), no counted noun ("one in
    2000 births")."""
    token = core.group()
    if not (len(token) == 4 and token.isdigit() and 1800 <= int(token) <= 2100):
        return False
    if text[core.end() : core.end() + 1] in _CLAUSE_MARKS:
        return True
    word = _NEXT_WORD.match(text, core.end())
    return (
        word is not None
        and word.group("w").lower() in lx.FUNCTION_WORDS
        and word.group("w").lower() not in _DATE_PREPOSITIONS  # "one in 2000 in 2019"
    )


def _game_line(text: str, amount: _Amount) -> int | None:
    """The end of a game's line that a bare whole number opens, which counts nothing: a
    record of three numbers ("Halifax (18-11-4)") or of two that a standing moved to ("fell
    to 9-14 on the road"), shots made of shots taken ("went 2 for 4", "0-for-3"; "2 for 4
    shots" counts shots), or a word naming a thing or a play by the number ("two
    3-pointers", "one-timed a pass"); None if it is no such line."""
    if amount.unit is not None or amount.scale != 1.0:
        return None
    chain = _RECORD.match(text, amount.start)
    if chain is None and _behind(
        _RECORD_BEHIND, text, max(0, amount.start - 16), amount.start, ("to",)
    ):
        chain = _RECORD_PAIR.match(text, amount.start)  # "improved to 22-19 with the win"
    if chain is not None:
        return chain.end()
    named = _NUMBER_NAMED.match(text, amount.end)
    if named is not None and named.group(1).lower() in lx.NUMBER_NAMED_WORDS:
        return named.end()
    made = _MADE_OF_TAKEN.match(text, amount.end)
    if made is not None and amount.value.is_integer() and int(made.group(1)) >= amount.value:
        return made.end(1)
    return None


def _vote_tally(text: str, amount: _Amount, floor: int) -> Figure | None:
    """Either side of a vote's tally after a verb of voting or "a vote of" ("voted 4-1",
    "passed the bill 52-48", "by a vote of 7 to 2"): a count of votes, for or against, as
    "by 412 votes to 198" reads; a game's score stays none ("won 4-1")."""
    if amount.scale != 1.0 or not amount.value.is_integer() or amount.value >= _TALLY_CAP:
        return None  # "passed the 2019-20 budget": years
    other = _TALLY_OTHER.match(text, amount.end)
    if other is not None and int(other.group("n")) <= amount.value:
        if amount.unit is not None:
            return None
        votes_for = amount.start
    else:  # the votes against, after the votes for (a figure read, before `floor`)
        first = _behind(_TALLY_FIRST, text, max(0, amount.start - 8), amount.start, ("to",), "-–")
        if first is None or int(first.group("n")) < amount.value or amount.unit is not None:
            return None  # "85-15 per cent": a share
        votes_for, floor = first.start(), 0
    if not _after_verb(text, votes_for, floor, _TALLY_BEHIND):
        return None
    if _DETERMINER_BEHIND.search(text, max(floor, votes_for - 8), votes_for):
        return None  # "approved the 3-2 format": a modifier
    noun = _WORD_AFTER.match(text, other.end() if other else amount.end)
    if (
        noun is not None
        and noun.group(1) not in _NOT_TALLY_NOUNS
        and not noun.group(1).endswith(("ly", "ing"))
    ):
        return None  # "approved 3-2 format changes": a modifier
    return _make(text, amount.start, amount.end, amount.value, unit="votes")


def _score_of_one(text: str, amount: _Amount, floor: int) -> bool:
    """Whether "N to 1" is a result, after a verb of winning or voting ("won 4 to 1"), not odds
    ("by a 4 to 1 margin", "outnumber them 4 to 1")."""
    return _after_verb(text, amount.start, floor, _SCORE_BEHIND)


def _after_verb(text: str, start: int, floor: int, verb_behind: re.Pattern[str]) -> bool:
    """Whether a verb `verb_behind` finds stands before `start` (within `_WINDOW`, not before
    `floor`), no article right before it ("voted by a 4 to 1 margin": odds)."""
    if _ARTICLE_BEHIND.search(text, max(floor, start - 4), start):
        return False
    return verb_behind.search(text, max(floor, start - _WINDOW), start) is not None


def _odds(text: str, amount: _Amount) -> _Amount | None:
    """The smaller bare whole number after "to" in "a 3 to 1 margin", "a 2-to-1 vote", "won
    52 to 48": odds or a score, if `amount` is bare and whole too."""
    join = _ODDS_JOIN.match(text, amount.end) if amount.unit is None else None
    core = _CORE.match(text, join.end()) if join else None
    if join is None or core is None or core.lastgroup not in {"digits", "words"}:
        return None
    other = _amount(text, core, join.end())
    if other is None or other.unit is not None or {other.scale, amount.scale} != {1.0}:
        return None
    if _dated_year(text, amount):
        return None  # "from 900 in 2022 to 1,100": a year, then the level reached
    if amount.value.is_integer() and other.value.is_integer() and other.value < amount.value:
        return other
    return None


def _dated_year(text: str, amount: _Amount) -> bool:
    """Whether `amount` is a year after a preposition of time: "in 2022", "since 2019"."""
    token = text[amount.start : amount.end]
    if not (len(token) == 4 and token.isdigit() and 1800 <= amount.value <= 2100):
        return False
    previous = _word_before(text, amount.start)
    return previous is not None and previous.group("w").lower() in _TIME_PREPOSITIONS


def _subject(text: str, amount: _Amount, end: int) -> tuple[int, int, str] | None:
    """What the amount counts or measures, as (start, end, head) of a noun phrase."""
    if amount.unit is None:
        if _margin_or_threshold(text, amount.start, end):
            return None  # "three short of the 172 needed": the count the sentence has before
        if _reciprocal_after(text, amount.start, end):
            return None  # "the two traded barbs": the people named before, and their verb
        if _verb_after_another(text, amount, end):
            return None  # "and another 12 start in May": more of the count before
        phrase = _noun_phrase(text, end, hyphen=True)
        if phrase is not None and _verb_form(text[phrase[0] : phrase[1]].split()[0]):
            if _partitive_whole(text, amount.start) is not None or _of_those(text, amount.start):
                return None  # "Of the 300 patients, 172 needed surgery": patients
        return phrase or _of_phrase(text, end)
    if amount.unit_start is not None:  # "a 30-year *fixed mortgage*": what the compound modifies
        phrase = _noun_phrase(text, end)
        if phrase is not None or _hyphened_age(text, amount):
            return phrase  # "a 42-year-old *man*", "a four-cylinder *engine*"
        return amount.unit_start, end, amount.unit  # "for a 10-year": the compound's noun
    if amount.unit == "fraction":  # "1/4 of the budget", "one in five Americans"
        return _of_phrase(text, end) or _determined_phrase(text, end)
    if amount.kind not in {"percent", "measure", "money"}:
        return None
    of = _of_phrase(text, end)
    if of is None and amount.kind == "money":
        valued = _VALUED_NOUN.search(text, max(0, amount.start - _WINDOW), amount.start)
        if valued is not None and valued["noun"] not in lx.FUNCTION_WORDS:
            return valued.start("noun"), valued.end("noun"), valued["noun"]
    if (
        of is None
        and amount.kind != "measure"
        and (
            _determined(text, amount)
            or _TERM_BEFORE.search(text, max(0, amount.start - _WINDOW), amount.start)
        )
    ):
        phrase = _noun_phrase(text, end)  # "a 25% *tariff*", not "the 95 percent Lee won"
        if phrase is None or not text[phrase[0]].islower() or phrase[2].lower() in lx.ROLE_NOUNS:
            return None  # nor "the $3 billion *analysts* expected": a relative clause's subject
        return _changed(text, phrase)
    return of


# The noun a sum is the value of, before "worth": "an eight-year deal worth $92 million" (the
# deal), after its determiner and up to two modifiers; not a verb ("is worth $5 million").
_VALUED_NOUN = re.compile(
    r"\b(?:" + _ARTICLE_OR_POSSESSIVE + r")\s+(?:[\w.$-]+\s+){0,2}?(?P<noun>[a-z]+)\s+worth\s+"
    r"(?:(?:about|around|roughly|nearly|almost|up\s+to|more\s+than|an\s+estimated)\s+)*\Z"
)
# A term and its comma before a sum, both modifying the noun after it: "a five-year,
# $140-million extension" (the extension).
_TERM_BEFORE = re.compile(
    r"\b(?:" + _ARTICLE_OR_POSSESSIVE + r")\s+[\w.]+-(?:year|month|season|game|week|day),\s+\Z"
)


def _reciprocal_after(text: str, start: int, end: int) -> bool:
    """Whether a bare number after "the" or "these" is the subject of a reciprocal verb
    ("the two *traded* barbs", "the three *clashed* over"), people counted before, not a
    count of what follows."""
    verb = _WORD_AHEAD.match(text, end)
    if verb is None or verb.group(1).lower() not in lx.RECIPROCAL_PASTS:
        return False
    previous = _word_before(text, start)
    return previous is not None and previous.group("w").lower() in lx.ANAPHORIC_BEFORE


def _verb_after_another(text: str, amount: _Amount, end: int) -> bool:
    """Whether the word after a number more than one that "another", "a further" or "an
    additional" opens is singular, the count's verb in the present, no noun of it ("31
    nurses were hired and another 12 *start* in May"; not "another 12 *people*", "another
    40 *head* of cattle", "with another 6")."""
    if amount.value == 1:
        return False
    another = _behind(_ANOTHER_BEHIND, text, max(0, amount.start - 24), amount.start, _ANOTHER)
    word = _WORD_AHEAD.match(text, end)
    return (
        another is not None
        and not another["with"]
        and word is not None
        and not word.group(1).endswith("s")
        and word.group(1) not in lx.PLURALS_WITHOUT_S
        and not text.startswith(" of ", word.end())
    )


def _changed(text: str, phrase: tuple[int, int, str]) -> tuple[int, int, str]:
    """What a change measures when the phrase is the change: "a 12% rise in *online orders*"."""
    if phrase[2].lower() not in lx.CHANGE_WORDS:
        return phrase
    in_ = _IN_AHEAD.match(text, phrase[1])
    return (_noun_phrase(text, in_.end()) if in_ else None) or phrase


def _determined(text: str, amount: _Amount) -> bool:
    """Whether a determiner stands right before the amount, which then modifies a noun; not
    "that" opening a reported clause ("found that 58% expect", "said that 40% back it")."""
    previous = _word_before(text, amount.start)
    if previous is None or previous.group("w").lower() not in lx.FIGURE_DETERMINERS:
        return False
    if previous.group("w").lower() != "that":
        return True
    verb = _word_before(text, previous.start("w"))
    return verb is None or verb.group("w").lower() not in _CLAUSE_CUES


def _counted_past_a_measure(text: str, position: int) -> str | None:
    """What a bare count counts when a measure, a figure of its own, stands between them:
    "two 300-page *books*", "four $10 *tickets*", "1.4 million 5 litre *tins*", "one 80,000
    tonne-a-day *terminal*", "five *17-year-olds*"."""
    space = _SPACES_AHEAD.match(text, position)
    currency = _CURRENCY_AHEAD.match(text, space.end()) if space else None
    core = _CORE.match(text, currency.end() if currency else space.end()) if space else None
    if core is None or core.lastgroup != "digits":
        return None
    inner = _amount(text, core, space.end())  # type: ignore[union-attr]
    if inner is None or (inner.unit is None and _COMPOUND_TAIL.match(text, inner.end) is None):
        return None  # a measure ("9 liter") or a compound ("500-page") stands between
    tail = _COMPOUND_TAIL.match(text, inner.end)
    phrase = _noun_phrase(text, tail.end() if tail else inner.end)
    if phrase is not None:
        return phrase[2]
    if tail and _plural(tail.group().rsplit("-", 1)[-1]):
        return text[core.start() : tail.end()]  # "17-year-olds"
    return None


def _counted_before(text: str, start: int) -> str | None:
    """What a bare count starting at `start` counts when its sentence named it before: "the
    number of new *cases* rose to 1,234", "a population of 8.4 million" (*people*)."""
    whole = _partitive_whole(text, start)
    if whole is not None:
        return whole  # "Of the 42 stores, 12 closed"
    moved = _MOVED_OBJECT.search(text, max(0, start - _WINDOW), start)
    if moved is not None and (moved.group("f") or text.startswith("from ", start)):
        noun = moved.group("n")
        if _plural(noun) and noun not in _NOT_COUNTED:
            return noun  # "cut its staff from 12 to 4"
    limited = _LIMITED_OBJECT.search(text, max(0, start - _WINDOW), start)
    if limited is not None:
        noun = limited.group("n")
        if (
            _plural(noun)
            and noun.islower()  # a team by its name: "limited the Leafs to 2"
            and noun not in _NOT_COUNTED
            # people or a team are held to a score or an allowance each, not counted:
            # "limited opponents to 89", "limited shoppers to two"
            and noun not in _PEOPLE_OR_TEAMS
        ):
            return noun  # "capped study permits at 360,000"
    named = next(reversed(list(_GROUP_BEHIND.finditer(text, max(0, start - 96), start))), None)
    if named is None:
        window = max(0, start - 64)
        subject = _GROUP_SUBJECT.search(text[window:start])
        if (
            subject is not None
            and not _object_brought(text[window + subject.end() : start])
            and _group_counts(text, window + subject.start(), window + subject.end())
        ):
            return lx.GROUP_NOUNS[subject.group("group").lower()]  # "The death toll rose to"
        return _plural_subject(text, start)
    if _SENTENCE_BREAK.search(text, named.end(), start):
        return None
    if named.group("place"):  # right before the number: "a town of 3,800" (people)
        return "people" if text[named.end() : start].isspace() else None
    if named.group("group"):  # right before the number, or its subject: "population of X rose to"
        right_before = text[named.end() : start].isspace() or _OF_WHAT_LINK.fullmatch(
            text, named.end("group"), start
        )
        counts = right_before and _group_counts(text, named.start("group"), named.end("group"))
        return lx.GROUP_NOUNS[named.group("group").lower()] if counts else None
    phrase = _determined_phrase(text, named.end())
    if (
        phrase is None
        or not _plural(phrase[2])
        or not _COMPLEMENT_LINK.fullmatch(text, phrase[1], start)
    ):
        return None
    return phrase[2]


def _partitive_whole(text: str, start: int) -> str | None:
    """The plural noun of the whole a sentence opens on, when the bare count at `start` right
    after its comma is a part of it: "Of the 300 *patients*, (172) needed surgery", "..., about
    (172) needed ...", "..., the (172) who ...", "Of the province's 444 *municipalities*"."""
    window = _before_of_opening(text, start, _PARTITIVE_REACH)
    if window is None:
        return None
    lo, start = window
    the = _THE_BEFORE.search(text, lo, start)
    partitive = _PARTITIVE_OPENING.search(text, lo, start if the is None else the.start())
    return partitive.group("n") if partitive and _plural(partitive.group("n")) else None


def _object_brought(link: str) -> bool:
    """Whether the words between a subject and the number end in an object after a verb,
    then "at" or "to" (`_OBJECT_ARTICLE`): "put the toll at", "cuts the intake target to";
    not a preposition's object ("at the rally swelled to", "from a year earlier to")."""
    found = _OBJECT_ARTICLE.search(link)
    if found is None:
        return False
    before = link[: found.start()].split()
    return not before or before[-1].lower() not in lx.PREPOSITIONS


def _group_counts(text: str, start: int, end: int) -> bool:
    """Whether the group noun text[start:end] counts what lexicon.GROUP_NOUNS says: a noun of
    lexicon.QUALIFIED_GROUP_NOUNS only after its qualifier ("death toll") or as "the toll"
    before a verb of change or "at"."""
    qualifiers = lx.QUALIFIED_GROUP_NOUNS.get(text[start:end].lower())
    if qualifiers is None:
        return True
    behind = _WORD_BEHIND.search(text, max(0, start - 24), start)
    if behind is not None and behind.group("w").lower() in qualifiers:
        return True
    ahead = _WORD_AHEAD.match(text, end)
    return (
        behind is not None
        and behind.group("w").lower() in ("the", "its")
        and ahead is not None
        and (ahead.group(1) == "at" or ahead.group(1) in lx.CHANGE_WORDS)
    )


# The ratio a study reports just before its number, what it is for between or none: "a hazard
# ratio of", "the odds ratio was", "the hazard ratio for death was", "the hazard ratio for
# those 65 and older was" (up to six words), "(odds ratio 0.6)",
# "(odds ratio, 0.6)", "(hazard ratio = 0.8)".
_STUDY_RATIO = re.compile(
    rf"\b(?P<ratio>{_alternation(lx.STUDY_RATIOS)})"
    r"(?:[^\S\n]+(?:for|of|among|in)(?:[^\S\n]+[\w-]+){1,6}?)?"
    r"(?:[^\S\n]+(?:of|was|is|were|at)[^\S\n]+|[^\S\n]*[,:=][^\S\n]*|[^\S\n]+)\Z",
    re.IGNORECASE,
)
_STUDY_RATIO_REACH = 64  # characters looked at before a bare number for its ratio
# A number with a decimal part ("12.50"), not before a scale word ("4.06 million": a count).
_DECIMAL = re.compile(
    rf"\d[\d,]*\.\d+(?!\d|[^\S\n]*(?:{_alternation(lx.SCALE_WORDS)})\b)", re.IGNORECASE
)
# A rate a level is reached at, after a verb of change: "(sales) fell to *a seasonally
# adjusted annual rate of* 4.06 million", "(starts) rose to an annual pace of".
_RATE_LINK = re.compile(
    r"(?:[^\S\n]+[a-z]+){1,3}?[^\S\n]+(?:to|at)[^\S\n]+an?"
    r"(?:[^\S\n]+(?:seasonally|adjusted|annual|annualized|annualised|yearly|monthly|weekly|daily))+"
    r"[^\S\n]+(?:rate|pace)[^\S\n]+of[^\S\n]+"
)


_COUNT_SUBJECT_CHARS = 96  # characters before a bare count read for its sentence's subject


def _plural_subject(text: str, start: int) -> str | None:
    """What a bare count starting at `start` counts when a plural noun opening its sentence
    is its subject, a few lower-case words or a change in per cent between: "Flu *cases* rose
    to 1,240", "*Listings* rose 38% from a year earlier to 9,870"; not a value's noun ("Rents
    rose 3% to 1,742", "Shares rose 4% to 12.50"), nor a decimal level ("Output rose 2% to
    9.5": a measure, no count)."""
    if _DECIMAL.match(text, start):
        return None
    reach = max(0, start - _COUNT_SUBJECT_CHARS)
    breaks = list(_SENTENCE_BREAK.finditer(text, reach, start))
    opening = breaks[-1].end() if breaks else reach
    joins = list(_CLAUSE_JOIN.finditer(text, opening, start))
    if not breaks and not joins and start > _COUNT_SUBJECT_CHARS:
        return None  # a long sentence's clause, unless a clause join opens it
    opening = joins[-1].end() if joins else opening  # "..., while condo *sales* rose 3% to"
    clause = " " + text[opening:start]  # the space a noun phrase's first word follows
    determiner = _LEADING_DETERMINER.match(clause)  # "*the* average days on market rose to"
    phrase = _noun_phrase(clause, determiner.end() if determiner else 0)
    if phrase is None or not _plural(phrase[2].lower()) or phrase[2].lower() in lx.VALUE_NOUNS:
        return None
    change = _CHANGE_TO_LEVEL.fullmatch(clause, phrase[1]) or _COMPLEMENT_CHANGE.fullmatch(
        clause, phrase[1]
    )
    if not phrase[2].islower() and not (
        change and phrase[0] == 1 and clause[2 : phrase[1]].islower()
    ):  # a name ("Jones rose to 300"); a capital only as the first letter before a change in
        # per cent or a complement: "Listings rose 4% to 870", "Deaths in the mills rose to 9"
        return None
    rate = None if change else _RATE_LINK.fullmatch(clause, phrase[1])  # its "a" no object's
    link = change or rate or _LINK_WORDS.fullmatch(clause, phrase[1])
    if link is None or (change is None and rate is None and _object_brought(link.group())):
        return None  # "Official figures put *the toll* at 4,100": the object's count
    if link.group().split(None, 1)[0] == "that":
        return None  # "The plan *predicts* that 40 will": a verb, its clause
    return phrase[2].lower()


def _counted(
    text: str, subject: tuple[int, int, str], *, hyphenated: bool
) -> tuple[str, FigureKind]:
    """The unit and kind of a count from its noun phrase: "troops", "North Koreans", "month"."""
    phrase = text[subject[0] : subject[1]]
    head = phrase.split()[0] if hyphenated else subject[2]  # "a 12-page document": pages
    if hyphenated and head.lower() in lx.SIZE_ADJECTIVES:  # "a 5,000-strong army": troops
        return lx.GROUP_NOUNS.get(subject[2].lower(), subject[2]), "count"
    if head.lower() in lx.DURATION_UNITS:
        return lx.DURATION_UNITS[head.lower()], "duration"
    if head.lower() in lx.CURRENCY_WORDS and phrase[:1].isupper():
        return phrase, "money"  # "2.4 million Tokaru dollars", "Swedish kronor": by its country
    # (not "2 million rubber soles": a common noun before the currency's word)
    if all(w[0].isupper() for w in phrase.split()):
        return phrase, "count"  # "North Koreans"
    return head, "count"


def _modified(text: str, subject: tuple[int, int, str]) -> tuple[int, int, str]:
    """What a hyphened number-noun compound modifies, its noun left out: "a 30-year *fixed
    mortgage*", "a two-bedroom *condo*" (the unit is the compound's noun); the compound's noun
    when nothing follows it ("rents for a two-bedroom")."""
    first = _FIRST_WORD.match(text, subject[0], subject[1])
    return subject if first is None else (first.end(), subject[1], subject[2])


def _vague(text: str, core: re.Match[str]) -> Figure | None:
    """Round numbers: "dozens of people", "tens of thousands of students" (at least)."""
    words = core.group().lower().split()
    value = lx.PLURAL_SCALES[words[0]] * (lx.A_SCALES[words[-1][:-1]] if len(words) > 1 else 1)
    of = _OF.match(text, core.end())
    unit: str | None = None
    kind: FigureKind = "count"
    subject = None
    end = core.end()
    if of:
        found = _unit_at(text, of.end())
        if found and found[2].group("gap").strip() == "":  # "hundreds of miles"
            unit, kind, end = found[0], found[1], found[2].end()
        else:
            subject = _of_phrase(text, core.end())
            unit = subject[2] if subject else None
    return _make(
        text, core.start(), end, value, unit=unit, subject=subject, qualifier="at_least", kind=kind
    )


def _fraction(text: str, core: re.Match[str], floor: int) -> Figure | None:
    """Shares: "a third of", "two-thirds", "one fourth of", "half the", kept as fractions."""
    words = _SPACE_OR_HYPHEN.split(core.group().lower())
    part_of_a_point = len(words) > 1 and words[-1] in _POINT_PARTS  # not a bare "half point"
    point = _POINT_AFTER.match(text, core.end()) if part_of_a_point else None
    if point is not None:  # "a quarter point", "a half-point cut"
        qualifier, start = _qualifier_before(text, core.start(), floor)
        value = _part(words[0], words[-1])
        unit, kind = ("percentage point", "percent") if point.group("p") else ("point", "measure")
        return _make(text, start, point.end(), value, unit=unit, qualifier=qualifier, kind=kind)
    if not (_a_share(text, core, words) or _size_of_a_change(text, core)):
        return None
    if words[-1] == "quarters" and (count := lx.NUMBER_WORDS.get(words[0], 1)) % 2 == 0:
        return _counted_quarters(text, core, count)
    qualifier, start = _qualifier_before(text, core.start(), floor)
    value = _part(words[0], words[-1])
    one = _OF_ONE.match(text, core.end())
    measured = _unit_at(text, one.end()) if one else None
    if measured:  # "half an hour", "a quarter of a mile": that part of one unit
        name, kind, unit = measured
        return _make(text, start, unit.end(), value, unit=name, qualifier=qualifier, kind=kind)
    subject = _of_phrase(text, core.end()) or _determined_phrase(text, core.end())
    figure = _make(
        text,
        start,
        core.end(),
        value,
        unit="fraction",
        subject=subject,
        qualifier=qualifier,
        kind="measure",
    )
    whole = None if subject else _whole_counted(text, core.end())
    return replace(figure, subject=whole) if figure and whole else figure


def _counted_quarters(text: str, core: re.Match[str], count: int) -> Figure | None:
    """ "two quarters of weak sales", "four quarters": an even `count` of quarters, which no
    one writes for a half or a whole, counts periods (a fiscal year's quarters), not a share."""
    return _make(text, core.start(), core.end(), float(count), unit="quarters", kind="count")


def _a_share(text: str, core: re.Match[str], words: list[str]) -> bool:
    """Whether a fraction is a share of something: "a third of", "two-thirds-majority", "half
    the condos" (not "the second half")."""
    if len(words) == 1:  # "half"
        previous = _word_before(text, core.start())
        if previous and previous.group("w").lower() in lx.HALF_NOT_AFTER:
            return False
        after = _NP_WORD.match(text, core.end())
        return bool(after and after.group("w").lower() in {"of", *lx.FIGURE_DETERMINERS})
    following = text[core.end() : core.end() + 8].lower()
    return following.startswith(" of ") or (
        lx.NUMBER_WORDS.get(words[0], 1) > 1 and following[:1] == "-"
    )


def _size_of_a_change(text: str, core: re.Match[str]) -> bool:
    """Whether a fraction after "by" ends its phrase, as the size of a change does: "fell by a
    third.", "cut by half since May", "grew by nearly a third", "by at least half" (not "by a
    third party", "by half a point")."""
    previous = _word_before(text, core.start())
    if previous is not None and previous.group("w").lower() != "by":
        window = max(0, core.start() - _QUALIFIER_WINDOW)
        qualifier = _QUALIFIER_BEHIND.search(text, window, core.start())
        if qualifier is not None:  # "by nearly a third", "by at least half"
            previous = _word_before(text, qualifier.start())
    if previous is None or previous.group("w").lower() != "by":
        return False
    if _CLAUSE_END_AFTER.match(text, core.end()):
        return True
    after = _NP_WORD.match(text, core.end())
    if after is None or after.group("gap") == "-":
        return False
    word = after.group("w").lower()
    return word in lx.NOUN_PHRASE_STOPWORDS and word not in lx.FIGURE_DETERMINERS


def _whole_counted(text: str, position: int) -> str | None:
    """What a share is of when the whole is a figure of its own, left to that figure: "half of
    the 300 *workers*", "a third of its 1,200 *staff*", "two-thirds of the combined 4M *sales*", "a
    third of the $9 billion *budget*", "1% of the bank's 9,000 *tellers*"."""
    of = _OF_A_FIGURE.match(text, position)
    if of is None or of.group("d") and of.group("d").lower() not in lx.FIGURE_DETERMINERS:
        return None
    currency = _CURRENCY_AHEAD.match(text, of.end())
    core = _CORE.match(text, currency.end() if currency else of.end())
    whole = _amount(text, core, of.end()) if core and core.lastgroup == "digits" else None
    if whole is None:
        return None
    phrase = _noun_phrase(text, whole.end)
    return phrase[2] if phrase else None


def _part(numerator: str, denominator: str) -> float:
    """The value of a fraction in words: ("two", "thirds"), ("a", "quarter"), ("half", "half")."""
    count = lx.NUMBER_WORDS.get(numerator, 1)
    return count / lx.FRACTION_WORDS[denominator]


def _one_unit_and_more(text: str, core: re.Match[str], floor: int) -> Figure | None:
    """One unit and a half ("a mile and a half": 1.5 mile, "an hour and a half"), or one or
    a few ("a day or two": 1 to 2 days)."""
    words = core.group().lower().split()
    duration = lx.DURATION_UNITS.get(words[1])
    qualifier, start = _qualifier_before(text, core.start(), floor)
    kind: FigureKind = "measure" if duration is None else "duration"
    value, high = (1.5, None) if words[-1] == "half" else (1.0, float(lx.NUMBER_WORDS[words[-1]]))
    unit = duration or words[1]
    return _make(
        text, start, core.end(), value, high=high, unit=unit, qualifier=qualifier, kind=kind
    )


def _a_measure(text: str, core: re.Match[str], floor: int) -> Figure | None:
    """One unit of a measure before what it measures or how far: "an inch of rain", "about a
    mile from the shore" (`A_MEASURE_BEFORE`, read by the core); "under a foot of water" is
    covered by it, no less."""
    of = _of_phrase(text, core.end())
    unit = core.group().split()[-1].lower()
    if unit in _IDIOM_UNITS and (
        _idiom_lead(text, core.start(), floor)
        or (of is not None and of[2].split()[-1].lower() in lx.A_MEASURE_ABSTRACT_NOUNS)
    ):
        return None  # "would not cede an inch of it", "an ounce of truth": no measure
    qualifier, start = _qualifier_before(text, core.start(), floor)
    if of is not None and text[start : core.start()].strip().lower() == "under":
        qualifier, start = "exact", core.start()
    return _make(
        text, start, core.end(), 1.0, unit=unit, subject=of, qualifier=qualifier, kind="measure"
    )


_IDIOM_LEAD_WORDS = 3  # words before "an inch" looked at for a negation
_IDIOM_UNITS = frozenset({"inch", "ounce"})  # the measures of the idioms ("not an inch of")


_CLAUSE_BREAKS = re.compile(r"[.!?;:,\n]")
_IDIOM_LEAD_CHARS = 30  # characters before "an inch" read for a negation


def _idiom_lead(text: str, position: int, floor: int) -> bool:
    """Whether one of the few words before `position`, in its clause, negates or bounds "an
    inch" as an idiom (`A_MEASURE_IDIOM_LEADS`, or a word in "n't"); not after "than", a
    bound ("not more than a foot of snow")."""
    lead = _CLAUSE_BREAKS.split(text[max(floor, position - _IDIOM_LEAD_CHARS) : position])[-1]
    words = lead.lower().split()[-_IDIOM_LEAD_WORDS:]
    if "than" in words:
        return False  # "not more than a foot of snow": a bound
    return any(w in lx.A_MEASURE_IDIOM_LEADS or w.endswith(("n't", "n’t")) for w in words)


def _a_duration(text: str, core: re.Match[str], floor: int) -> Figure | None:
    """One unit of time: "a training period of a month", "for a week", "over a century"."""
    previous = _word_before(text, core.start())
    if previous is None or previous.group("w").lower() not in lx.A_DURATION_AFTER:
        return None
    if previous.group("w").lower() == "of":  # "a period of a month", not "the days of a week"
        noun = _word_before(text, previous.start())
        if noun is None or _plural(noun.group("w")):
            return None
    following = _NP_WORD.match(text, core.end())
    if following and following.group("w").lower() in lx.A_DURATION_NOT_BEFORE:
        return None
    unit = lx.DURATION_UNITS[core.group().split()[-1].lower()]
    qualifier, start = _qualifier_before(text, core.start(), floor)
    return _make(text, start, core.end(), 1.0, unit=unit, qualifier=qualifier, kind="duration")
