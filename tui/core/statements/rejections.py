"""What a cue finds that is no statement, told from the words around the cue.

A speech verb with a subject and words after it is not always an attribution:

- a **non-answer**: a verb of answering negated ("did not respond to a request for comment",
  "would not say how many", "has not said whether"), or after a verb of refusing ("declined
  to comment", "refused to elaborate"), or a request for anonymity ("asked not to be named"):
  nothing was said that an analyst could check;
- a speech verb in **another sense**: its object a quantity ("added two goals", "declined 3
  percent"), an event or a prize ("called a timeout", "claimed the title") or a place, a
  vehicle or an armed group ("attacked the convoy": a physical attack), or a reporter's beat
  and outlet ("reports on health for Example News"), and nothing but
  circumstances after it (a preposition, a time, an adverb, the clause end), so no content
  clause; or "call" with one short object and at most a time after it ("called him on
  Friday", "called the mayor", "a river called Blue Creek"), where "called the mayor a liar"
  names and is speech;
- a **passive with no source**: "was charged with fraud", "is accused of", "was told to
  leave", "is said to be", with no "by" naming who did it: whose claim it is, nobody can tell.

`rejection` names the rule that a statement as found breaks, or None.
"""

from __future__ import annotations

import re

from tui.core.lexicon import (
    ANSWER_VERBS,
    AUXILIARY_VERBS,
    NUMBER_WORDS,
    OBJECT_SENSES,
    ONE_OBJECT_VERBS,
    ORDINALS,
    PREPOSITIONS,
    QUANTITY_SENSE_VERBS,
    REFUSAL_VERBS,
    SOURCELESS_PASSIVES,
    TIME_WORDS,
)
from tui.core.model import Span
from tui.core.text import alternation

_LEAD = 40  # characters looked at before a cue for a negation or a form of "be"
_ADVERB = r"(?!only\b)[a-z]+ly"  # "immediately", "publicly"; "not only said" is no negation
# A negation just before a verb of answering: "did not immediately respond", "isn't saying",
# "has never commented", "cannot say". Each alternative opens with its letter and checks the
# word start after it ("n(?<=\bn)ot" is "\bnot"), so that the regex engine jumps from one "n"
# or "c" to the next instead of trying a match at every position.
_NEGATED = re.compile(
    r"(?:n(?<=\bn)ot|c(?<=\bc)annot|n[’']t|n(?<=\bn)ever)\s+"
    r"(?:(?:yet|" + _ADVERB + r"|be|been|being)\s+)*$"
)
# After a verb of refusing: "to" and a verb of answering ("declined to comment further"), or
# comment as a noun ("declined comment").
_TO_ANSWER = re.compile(
    r"\s+(?:"
    + _ADVERB
    + r"\s+)?(?:to\s+(?:"
    + _ADVERB
    + r"\s+)?(?:"
    + alternation(ANSWER_VERBS)
    + r"|be\s+interviewed)|(?:further\s+)?comment)\b"
)
# A request not to be named: "asked not to be identified", "requested anonymity".
_REQUEST_VERBS = frozenset("ask asks asked asking request requests requested requesting".split())
_ANONYMITY = re.compile(r"\s+(?:not\s+to\s+be\s+(?:named|identified|quoted|cited)|anonymity)\b")
# A form of "be" just before a participle, which makes it passive: "was charged", "has been
# accused", "wasn't told".
_BE = re.compile(
    r"\b(?:(?:is|are|was|were)(?:n[’']t)?|am|be|been|being)\s+"
    r"(?:(?:not|never|also|" + _ADVERB + r")\s+)*$",
    re.IGNORECASE,
)
_AGENT = re.compile(r"\s+(?:" + _ADVERB + r"\s+)?by\s")
# What tells a reported clause after a cue: "that", a colon or a quotation mark.
_REPORTED = re.compile(r"\bthat\b|[:“”\"‘«'`]")
# Quantities: "two", "300", "$5", "3.5%", "40 percent", "a third", "another".
_NUMBER_WORDS = alternation(frozenset(NUMBER_WORDS))
_QUANTITY = re.compile(
    r"\s+(?:(?:by|from|to|about|nearly|almost|some|over|more\s+than)\s+)?"
    r"(?:[$€£]?\d[\d,.]*(?:\s*(?:%|percent|per\s+cent))?|(?i:"
    + _NUMBER_WORDS
    + r")\b|(?:a|an|another)\s+(?:"
    + alternation(ORDINALS)
    + r")\b|another\b)"
)
# "declined slightly", "declined sharply from": a change, told by an adverb of degree.
_CHANGE = re.compile(r"\s+" + _ADVERB + r"(?=\s+(?:by|from|to|in|over|since|after)\b|[\s.,;]*$)")
_DETERMINER = r"(?:(?:a|an|the|his|her|their|its|our|my|another|this|that)\s+)"
_OBJECTS = {
    form: re.compile(
        r"\s+" + _DETERMINER + r"?(?:[\w-]+\s+)?(?:" + alternation(nouns) + r")\b(?![’'-])"
    )
    for forms, nouns in OBJECT_SENSES.items()
    for form in forms.split()
}
# One short object: a noun after a determiner, a pronoun, a name of up to four words.
_ONE_OBJECT = re.compile(
    r"\s+(?:" + _DETERMINER + r"[\w-]+|him|her|them|me|us|you"
    r"|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})(?![\w’'-])"
)
_WORD = re.compile(r"[\w’'-]+")
_TIME_ADVERBS = frozenset("last this next earlier later ago again".split())
_WHEN_WORDS = TIME_WORDS | _TIME_ADVERBS | frozenset("on in at the early late of".split())
_NOUN_WORDS = 3  # at most this many words after a quantity belong to its noun phrase
# A reporter's beat and outlet: "reports on health for Example News", "writes about courts
# for the Daily Herald"; the name of the outlet ends the content.
_BEAT_VERBS = frozenset("report reports reported write writes wrote".split())
_BEAT = re.compile(
    r"\s+(?:on|about)\s+[^.,;:“”\"]{1,60}?\s+for\s+(?:the\s+)?"
    r"[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*)*"
)
# Prepositions of place that PREPOSITIONS leaves out: "attacked the convoy *near* the border".
_PLACE_PREPOSITIONS = frozenset("near outside inside along across around behind beyond".split())


def rejection(text: str, span: Span, cue: Span | None) -> str | None:
    """Why the statement whose content is `span`, found by the cue at `cue`, is no statement
    ("non-answer", "other sense", "no source"), or None when it may be one."""
    if cue is None:
        return None
    word = text[cue[0] : cue[1]].lower()
    if " " in word:
        return None  # a phrase cue: "according to", "called for"
    if _non_answer(text, word, cue):
        return "non-answer"
    if _other_sense(text, word, cue, span):
        return "other sense"
    if _no_source(text, word, cue):
        return "no source"
    return None


def _non_answer(text: str, word: str, cue: Span) -> bool:
    """ "did not respond to a request", "would not say whether", "declined to comment"; a
    request for anonymity ("asked not to be named")."""
    if word in REFUSAL_VERBS:
        return _TO_ANSWER.match(text, cue[1]) is not None
    if word in _REQUEST_VERBS:
        return _ANONYMITY.match(text, cue[1]) is not None
    if word not in ANSWER_VERBS:
        return False
    return _NEGATED.search(text, max(0, cue[0] - _LEAD), cue[0]) is not None


def _other_sense(text: str, word: str, cue: Span, span: Span) -> bool:
    """ "added two goals", "called a timeout", "claimed the title", "called him on Friday":
    an object of a kind that is no content, or one short object of "call", and nothing
    reported after it."""
    if span[0] < cue[1] or _REPORTED.search(text, cue[1], span[0]):
        return False  # the content is before the cue, or introduced as reported
    end = span[1]
    if word in QUANTITY_SENSE_VERBS:
        quantity = _QUANTITY.match(text, cue[1], end) or _CHANGE.match(text, cue[1], end)
        if quantity is not None:
            noun_end = _past_nouns(text, quantity.end(), end)
            if _nothing_after(text, noun_end, end):
                return True
    if word in _BEAT_VERBS:  # "reports on health for Example News": a reporter's beat
        beat = _BEAT.match(text, cue[1], end)
        if beat is not None and _nothing_after(text, beat.end(), end):
            return True
    found = _OBJECTS.get(word)
    if found is not None:
        noun = found.match(text, cue[1], end)
        if noun is not None and _nothing_after(text, noun.end(), end):
            return True
    if word in ONE_OBJECT_VERBS:
        one = _ONE_OBJECT.match(text, cue[1], end)
        return one is not None and _only_time_after(text, one.end(), end)
    return False


def _no_source(text: str, word: str, cue: Span) -> bool:
    """ "was charged with", "is accused of", "was told to leave": passive, and no "by"."""
    if word not in SOURCELESS_PASSIVES:
        return False
    if _BE.search(text, max(0, cue[0] - _LEAD), cue[0]) is None:
        return False
    return _AGENT.match(text, cue[1]) is None


def _past_nouns(text: str, pos: int, end: int) -> int:
    """Where the noun phrase of a quantity ends: past its nouns ("two *late goals*"), before
    a verb, a preposition or a time word."""
    for _ in range(_NOUN_WORDS):
        word = _WORD.match(text, pos + 1, end) if text[pos : pos + 1] == " " else None
        if word is None or not _noun_like(word.group()):
            break
        pos = word.end()
    return pos


def _noun_like(word: str) -> bool:
    lower = word.lower()
    return word.islower() and not (
        lower in AUXILIARY_VERBS
        or lower in PREPOSITIONS
        or lower in TIME_WORDS
        or lower in _TIME_ADVERBS
        or lower in {"that", "to", "and", "or", "but"}
        or lower.endswith("ly")
    )


def _only_time_after(text: str, pos: int, end: int) -> bool:
    """Whether text[pos:end] holds nothing but when: "on Friday", "late last week"."""
    return all(w.lower() in _WHEN_WORDS for w in _WORD.findall(text, pos, end))


def _nothing_after(text: str, pos: int, end: int) -> bool:
    """Whether text[pos:end] holds only circumstances: nothing, a comma or a full stop, or a
    phrase opened by a preposition, a time word or an adverb ("in the second half", "last
    week", "late")."""
    rest = text[pos:end].lstrip()
    if not rest.strip(" .,;!?"):
        return True
    if rest[0] in ",;":
        return True
    first = _WORD.match(rest)
    if first is None:
        return False
    word = first.group().lower()
    return (
        word in PREPOSITIONS
        or word in _PLACE_PREPOSITIONS
        or word in TIME_WORDS
        or word in _TIME_ADVERBS
        or (word.endswith("ly") and word != "only")
    )
