"""What the modules of `Speakers` share (registry.py and its registry_*.py mixins): the
patterns, word sets and small text tests more than one of them reads.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tui.core.given_names import UNISEX_NAMES
from tui.core.lexicon import (
    DETERMINERS,
    FUNCTION_WORDS,
    GATHERING_NOUNS,
    GOVERNMENT_PLACES,
    LEGAL_SUFFIXES,
    NOBLE_TITLES,
    ORGANIZATION_WORDS,
    PLACE_MODIFIERS,
    PLACE_NAME_ENDINGS,
    PLACE_NAME_WORDS,
    PLACE_NAMES,
    POSSESSED_PLACE_HEADS,
    POSSESSED_PLACE_OWNERS,
    POSSESSIVE_PRONOUNS,
    PREPOSITIONS,
    ROLE_NOUNS,
    STATES_AND_PROVINCES,
    STREET_WORDS,
    STYLED_ROYAL_TITLES,
    SURNAME_PLACE_HEADS,
    TITLES,
    US_STATES,
    WORKS_NAMES,
)
from tui.core.organizations import COMPANY_TRADES, CORPORATE_NAME_WORDS
from tui.core.speaker_kinds import given_name
from tui.core.speakers.gender import _known_given
from tui.core.speakers.names import _CapitalisedWords, _name_before
from tui.core.speakers.noun_phrases import _DEMONSTRATIVES
from tui.core.speakers.roles import ANONYMITY_CLAUSE
from tui.core.speakers.sentences import _opens_sentence, _quoted, _sentence_opening
from tui.core.speakers.tokens import INDEFINITE_WORDS, Token, tokens
from tui.core.text import NAME_GAP, POSSESSIVE_ENDINGS, WORD_BEFORE_REACH, last_word, line_start

# The word after a phrase: `_word_after`.
_NEXT_WORD = re.compile(r"\s*([\w’'-]*)")

_LOWER_WORD = re.compile(r"[a-z][a-z’'-]*")


def _end_before(text: str, at: int) -> int:
    """Where the last character before `at` that is no space stands, -1 if none (without
    copying the text up to `at`, as `len(text[:at].rstrip()) - 1` would)."""
    at -= 1
    while at >= 0 and text[at].isspace():
        at -= 1
    return at


def _word_after(text: str, end: int) -> str:
    """The word right after `end` (empty before a mark): "say" in "A third say"."""
    return _NEXT_WORD.match(text, end).group(1)  # type: ignore[union-attr]


def _owned_thing(text: str, at: int) -> bool:
    """Whether the word at `at`, after "her", is what she owns ("her comments"), not what
    follows an object "her" ("met her on Monday", "told her that", "gave her a lift")."""
    word = _LOWER_WORD.match(text, at)
    if word is None:
        return False
    lower = word.group()
    return lower not in FUNCTION_WORDS and lower not in PREPOSITIONS and lower not in DETERMINERS


def _subject_name(
    text: str, capitalised: _CapitalisedWords, start: int, upper: int
) -> re.Match[str] | None:
    """The name at `start` of one to three capitalised words (`_SUBJECT_NAME`) opening its
    sentence, before `upper`; None if none, or a word of a phrase ("In the cottage"), or a
    word alone that is no surname written in full before ("Inside the cottage", "Slowly";
    "Brink" after "Lotte Brink" is one), or an office whose holder is apposed after it ("The
    islands' Prime Minister, Tevita Lomu,")."""
    name = _SUBJECT_NAME.match(text, start, upper)
    if name is None or not _opens_sentence(text, start):
        return None
    words = name.group().split()
    if words[0].lower() in FUNCTION_WORDS or words[0].lower() in PREPOSITIONS:
        return None
    if words[-1].lower() in ROLE_NOUNS and _office_subject(text, name):
        return None
    if len(words) > 1 or _named_in_full(text, capitalised, words[0], start):
        return name
    return None


def _office_subject(text: str, name: re.Match[str]) -> bool:
    """Whether capitalised words ending in a role noun are an office, not a name whose
    surname is one ("Kim Fisher", "Dana King"): a determiner or an owner before them ("The
    Prime Minister", "The islands' Prime Minister"), or a name apposed after them ("Prime
    Minister, Tevita Lomu,")."""
    if _NAME_AFTER_ROLE.match(text, name.end()) is not None:
        return True
    before = text[max(0, name.start() - 40) : name.start()].split()[-1:]
    return bool(before) and (
        before[0].lower() in FUNCTION_WORDS or before[0].endswith(("'", "’", "'s", "’s"))
    )


def _opening_subject(
    text: str, capitalised: _CapitalisedWords, start: int, upper: int
) -> re.Match[str] | None:
    """The name of the subject opening the sentence at `start`, before `upper`, past what may
    stand before it ("But Lee", "On Friday, Lee", "local farmer Lee": `_opens_sentence`)."""
    while (name := _subject_name(text, capitalised, start, upper)) is None:
        space = text.find(" ", start, upper)
        if space < 0:
            return None
        start = space + 1
    return name


def _named_in_full(text: str, capitalised: _CapitalisedWords, surname: str, upper: int) -> bool:
    """Whether text[:upper] writes `surname` after another capitalised word of a name, as a
    person's full name ("Lotte Brink"), so that "Brink" alone is that person's."""
    for at in capitalised.starts_of(surname, upper):
        if text[at - 1 : at] != " ":
            continue
        before = last_word(text, max(0, at - 1 - WORD_BEFORE_REACH), at - 1)
        if before and _name_before(before) and before.lower() not in FUNCTION_WORDS:
            return True
    return False


_OWNING_PRONOUNS = {"he": " his ", "she": " her "}  # a pronoun's possessive, as a word

# One to three capitalised words before a comma or a lower-case word: a subject's name.
_SUBJECT_NAME = re.compile(r"[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+){0,2}(?=,|\s[a-z])")
# The body a spokesperson speaks for: "A spokeswoman for the union" ("the union").
_SPOKEN_FOR = re.compile(r"\b(?:for|of|at)\s+(.+)$")

_INDEFINITES = tuple(f"{word} " for word in INDEFINITE_WORDS)
_SAME = "same "  # "the same official": a description's key opening, the one brought in
_DEMONSTRATIVE_OPENERS = tuple(f"{word} " for word in _DEMONSTRATIVES)  # "That official said"

# The words a definite description of a role opens with: "the lawyer", "their attorney".
_DEFINITE_OWNERS = frozenset({"the", *POSSESSIVE_PRONOUNS})

_SENTENCE_BREAK = re.compile(r"[.!?][”\"’]?\s+(?![\sa-z])")
_CAPITALISED_WORD = re.compile(r"\b([A-Z][\w-]*)(?:['’]s?)?\b")  # "Salas'", "Lee's": the name

_UNKNOWN_OR_ORGANIZATION = frozenset({"unknown", "organization"})

_MENTION_REACH = 1500  # characters back a pronoun may reach a person merely mentioned

_TITLE_REACH = 3000  # characters back a description may reach a titled name

# The last words of a company's full name, whose first word alone may stand for it: "Oramis
# Semiconductor", "Kelby Foods Inc" ("Oramis", "Kelby").
_COMPANY_NAME_ENDS = LEGAL_SUFFIXES | COMPANY_TRADES | CORPORATE_NAME_WORDS

# A description's clause asking anonymity, or telling the source may not speak: "The fire
# chief, who asked not to be named, says", "..., who was not authorized to speak, said".
_ANONYMITY_AFTER = re.compile(r",\s+(?:" + ANONYMITY_CLAUSE + r")\b")

# Two or three capitalised words, on one line or two, never across a paragraph's end (a
# headline's last word is no given name: "Daycare Closes¶Tom Reyes, a nurse,").
_NAME_WORDS = r"[A-Z][\w’'-]+(?:" + NAME_GAP + r"[A-Z][\w’'-]+){1,2}"

_AGE_ASIDE = re.compile(r"(?:,\s+\d{1,3},)?\s+")  # an age between a name and its verb, if any

_NAME_AT = re.compile(r"(?P<name>" + _NAME_WORDS + r")\b")

_BETWEEN_SENTENCES = frozenset(' \n“"')  # what may stand between a sentence and the next

_STREET_WORDS = frozenset(word.lower().rstrip(".") for word in STREET_WORDS) - TITLES

# A capitalised title and the name after it, whole before a possessive's "’s" ("Minister
# Ann Hale’s office": Ann Hale, not Ann), never cut inside a word ("Ann O’Brien"):
# "Councilman Rob Lee", "Sen. Ann Hale", "Gov. Ann J. Hale" (a look-ahead, so that each
# capitalised word may start one), within its paragraph;
# a period inside the name only after an initial, not a sentence's end ("by Premier Ann
# Hale. Speaking to ...").
_IN_PARAGRAPH = r"(?=\s)(?:[^\S\n]*\n)?[^\S\n]*"  # spaces, one line break at most
_TITLED_NAME = re.compile(
    r"(?=\b(?P<title>[A-Z][a-z]+|[A-Z]{2,4})\.?"
    + _IN_PARAGRAPH
    + r"(?P<name>(?:(?:(?:[A-Z]|St)\.|[A-Z][\w-]*)"
    + _IN_PARAGRAPH
    + r"){0,2}[A-Z][\w-]+)(?![\w-]|[’'](?!s\b)))"
)


def _title_heads(titles: Iterable[str]) -> set[str]:
    """The capitalised words `_TITLED_NAME` may read as one of `titles` (those of lower-case
    ASCII letters): the only words it may match at with one of them ("Sen", "MP")."""
    spelled = [title for title in titles if title.isascii() and title.isalpha()]
    return {title.capitalize() for title in spelled} | {  # "MP Jo Frame", "SP Ravi Nair"
        title.upper() for title in spelled if len(title) < 5
    }


# "The" and up to three lower-case words: a sentence's subject may be a role noun among them
# ("The president", "The former governor"). Tried where "The" opens a capitalised word run,
# and at "the" after a comma (`_CLAUSE_THE`).
_OPENING_ROLE = re.compile(r"[Tt]he((?: [a-z-]+){1,3})")

# A name (`_NAME_WORDS`) apposed to a role, between commas and not the first of a list ("The
# mayor, Dana Whitlock, spoke"; not "The coach, Real Madrid, and the players").
_NAME_AFTER_ROLE = re.compile(r",\s+(" + _NAME_WORDS + r")\s*,(?!\s+(?:and|or)\s)")


def _place_or_state(name: str) -> bool:
    """Whether a name is a place's (`_place_name`) or a state's or province's ("Texas")."""
    lowered = name.lower()
    return _place_name(name.split()) or lowered in US_STATES or lowered in STATES_AND_PROVINCES


def _place_name(words: list[str]) -> bool:
    """Whether capitalised words, no known given name opening them, name a place: a known
    place ("New York"), a word of a place in them ("Main Street", "Lake Tahoe", "Kings
    Cross"), a word of where opening them ("North Lanark", "New Dorn") or a town's ending
    ("Brookville"). A person's name ("Tom Lake", "Amara Kone") is none."""
    if not words or given_name(words[0]):
        return False
    lowered = [word.lower() for word in words]
    joined = " ".join(lowered)
    return (
        joined in PLACE_NAMES
        or joined in GOVERNMENT_PLACES
        or lowered[0] in PLACE_MODIFIERS
        or lowered[0] == "new"
        or lowered[-1].endswith(PLACE_NAME_ENDINGS)
        or any(
            word in PLACE_NAME_WORDS or word in _STREET_WORDS or word in POSSESSED_PLACE_HEADS
            for word in lowered
        )
        # a surname's word after an owner ("Kings Cross", "Regent's Park"), not after a
        # given name no list holds ("Jin Park", "Tariku Hill")
        or (
            len(lowered) > 1
            and lowered[-1] in SURNAME_PLACE_HEADS
            and lowered[-2].rstrip("s’'") in POSSESSED_PLACE_OWNERS
        )
    )


def _sentence_before(text: str, lower: int, opening: int) -> tuple[int, int] | None:
    """The start and end of the sentence before the one opening at `opening`, outside
    quotations and within text[lower:]; None if there is none."""
    end = opening
    while end > lower and text[end - 1] in _BETWEEN_SENTENCES:
        end -= 1
    if '"' in text[end:opening]:
        # a quotation in straight marks read as a sentence of its own ('"...," he said'):
        # the sentence before it is meant
        end = text.rfind('"', lower, end)
        while end > lower and text[end - 1] in _BETWEEN_SENTENCES:
            end -= 1
    if end <= lower:
        return None
    start = _sentence_opening(text, line_start(text, end - 1), end - 1)
    if start < lower or _quoted(text, start):
        return None
    return start, end


def _works_name(words: list[str]) -> bool:
    """Whether a name ends in the works a company is named for ("Brackton Mills"), with no
    given name a list knows or initials before it ("Kim Mills", "J. R. Mills" are people)."""
    return (
        len(words) > 1
        and words[-1].lower() in WORKS_NAMES
        and not _known_given(words[0].lower())
        and words[0].lower() not in UNISEX_NAMES
    )


def _possessive_owner(words: list[str]) -> list[str]:
    """The possessive owner opening a description of a person, lower case: a place's or a
    body's name, or "the" and a jurisdiction ("nova scotia's" in "Nova Scotia's auditor
    general", "the province's" in "the province's health minister"); [] if none."""
    for k, word in enumerate(words[:3]):
        if word.endswith(POSSESSIVE_ENDINGS):
            return words[: k + 1] if k + 1 < len(words) else []
    return []


# Head nouns of an institution, a building or a prize named after a title ("The Princess of
# Wales Theatre", "the Duke of Edinburgh Award", "Prince of Wales Bridge"): no person.
_NAMED_AFTER_TITLE_HEADS = (
    ORGANIZATION_WORDS
    | GATHERING_NOUNS
    | POSSESSED_PLACE_HEADS
    | SURNAME_PLACE_HEADS
    | PLACE_NAME_WORDS
    | frozenset("centre center stadium arena scheme".split())
)


def _noble_role(role: str | None) -> bool:
    """Whether a role is a title of royalty or the peerage in capitals, which one person
    holds ("Duchess of Avon", "Princess Royal")."""
    if role is None or not role[:1].isupper():
        return False
    toks = tokens(role, 0, len(role))
    return bool(toks) and _noble_title(toks) == 0


def _noble_title(toks: list[Token]) -> int | None:
    """The index of a title of royalty or the peerage opening `toks`, after "the" if any, then
    "of" and a place in capitals ("The Duchess of Avon", "the Earl of Brill"), or of a royal
    style without a place ("the Princess Royal"); None if the
    phrase is no such title, or the title names an institution ("The Prince of Wales
    Hospital")."""
    at = int(toks[0].lower == "the")
    if (
        len(toks) == at + 2
        and (toks[at].lower, toks[at + 1].lower) in STYLED_ROYAL_TITLES
        and all(t.word[:1].isupper() for t in toks[at:])
    ):
        return at  # "the Princess Royal": a royal style without a place
    if len(toks) < at + 3 or toks[at].lower not in NOBLE_TITLES or toks[at + 1].lower != "of":
        return None
    place = toks[at + 2 :]
    if place[0].lower == "the":
        place = place[1:]
    if not place or not all(t.word[:1].isupper() for t in place):
        return None
    if any(t.lower in _NAMED_AFTER_TITLE_HEADS for t in place[1:]):
        return None
    return at if toks[at].word[:1].isupper() else None
