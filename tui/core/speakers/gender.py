"""Gender and given names: what a title ("Mrs."), a noun ("father") or a given name says of
a person's gender (`given_names.py` holds the lists); whether two given names may be one
person's ("J." and "John"); whether a subject found before a pronoun may be "he" or "she".
"""

from __future__ import annotations

import re

from tui.core.given_names import FEMALE_NAMES, MALE_NAMES, UNISEX_NAMES
from tui.core.lexicon import (
    CLAN_PREFIXES,
    FEMALE_NOUNS,
    FEMALE_TITLES,
    MALE_NOUNS,
    MALE_TITLES,
    NAME_PARTICLES,
    NOBLE_TITLES,
    PREPOSITIONS,
)
from tui.core.speaker_kinds import PERSON_ROLES
from tui.core.speakers.noun_phrases import _plural_head
from tui.core.speakers.records import _Entry
from tui.core.text import NAME_GAP, alternation, unaccented

# A name of two or three words and an age in commas: "Gil Marchetti, 61," (a person).
_AGED_NAME = re.compile(r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2}),\s+\d{1,3},")
# A title of no gender and a full name after it: "Dr. Amara Kone", "Judge Sam Okafor"; an
# office's title, with the capitalised words before it that name the office's state or
# domain: "Orun Prime Minister Tevita Lomu", "Vice-Premier Sun Haolin".
_NEUTRAL_TITLES = frozenset({"dr", "prof", "professor", "judge", "sen", "rep", "gov", "mayor"})
_OFFICE_TITLES = frozenset(
    """
    minister president premier chancellor ambassador envoy secretary governor senator
    commissioner
    """.split()
)
# A title of the peerage or of royalty and its place, which tells the gender: "The Countess
# of Brill", "the Duke of Avon"; its capitalised words all, for `registry._noble_title` to
# tell an institution named after one ("The Prince of Wales Hospital").
_NOBLE_SUBJECT = re.compile(
    r"\b[Tt]he\s+(?P<name>(?P<title>"
    + "|".join(t.capitalize() for t in sorted(NOBLE_TITLES))
    + r")\s+of\s+(?:the\s+)?[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){0,3})"
)
_NEUTRALLY_TITLED = re.compile(
    r"(?:(?:" + "|".join(t.capitalize() for t in sorted(_NEUTRAL_TITLES)) + r")\.?\s+"
    r"|(?:[A-Z][\w’'-]*\s+){0,3}?(?:Vice-)?(?:"
    + "|".join(t.capitalize() for t in sorted(_OFFICE_TITLES))
    + r")\s+)"
    r"(?P<name>[A-Z][\w’'-]+(?:" + NAME_GAP + r"[A-Z][\w’'-]+){1,2})\b"
)
_PERSON_WORD = re.compile(r"[a-z][\w’'-]*")  # a word, possessive or not ("man’s" is no "man")
# What follows the head of a description: a comma, a preposition, a verb in -s or -ed.
_HEAD_END = re.compile(r"\s*,|\s+(?:" + alternation(PREPOSITIONS) + r"|[a-z]+(?:s|ed))\b")
# Offices named with "-man" that women hold under the same name in news copy.
_OFFICES_IN_MAN = frozenset(w for w in MALE_NOUNS if w.endswith("man") and w != "man")
GENDERED_NOUNS = {**dict.fromkeys(MALE_NOUNS, "he"), **dict.fromkeys(FEMALE_NOUNS, "she")}
_GENDERED_TITLES = {**dict.fromkeys(MALE_TITLES, "he"), **dict.fromkeys(FEMALE_TITLES, "she")}
_GIVEN_NAMES = {**dict.fromkeys(MALE_NAMES, "he"), **dict.fromkeys(FEMALE_NAMES, "she")}


def _gender(described: frozenset[str], given: str) -> str | None:
    """ "he" or "she" as a title ("Mrs."), a gendered noun ("father") or a given name says.
    An office named with "-man" ("chairman", "spokesman") is held by women too: a woman's
    given name outweighs it ("Kessler's chairman, Anna Fischer")."""
    by_office = None
    for word in described:
        gender = _GENDERED_TITLES.get(word) or GENDERED_NOUNS.get(word)
        if gender is not None and word in _OFFICES_IN_MAN:
            by_office = gender
        elif gender is not None:
            return gender
    return _given_gender(given.rstrip(".")) or by_office


def _no_given_name(entry: _Entry) -> bool:
    """Whether a speaker of unknown gender is named in two words or more, the first no given
    name, with no title or role, and not known to be a person otherwise (by "who" after it,
    an age): "Transport Focus", "Acme Trains", not "Ann Vale"."""
    words = entry.name.split()
    return (
        entry.gender is None
        and entry.kind != "person"
        and not entry.described
        and len(words) > 1
        and _given_gender(words[0].lower()) is None
        and words[0].lower() not in UNISEX_NAMES
    )


def _given_gender(word: str) -> str | None:
    """The gender a lower-case given name tells ("he", "she"), its accents aside ("óscar" as
    "oscar"), a compound by its parts of one gender ("marie-ève", "jean-françois": "jean"
    tells none); None if it is no given name of the lists of one gender."""
    gender = _GIVEN_NAMES.get(word)
    if gender is None and not word.isascii():
        gender = _GIVEN_NAMES.get(unaccented(word))
    if gender is None and "-" in word:
        told = {g for part in word.split("-") if part and (g := _given_gender(part))}
        gender = told.pop() if len(told) == 1 else None
    return gender


def telling_given(words: list[str]) -> str:
    """The word of a name's lower-case `words` that tells its gender: the first, or the given
    name after a clan's prefix ("rana shahid iqbal": "shahid"; "rana ayyub" stays "rana")."""
    if len(words) > 2 and words[0] in CLAN_PREFIXES and _given_gender(words[1]) is not None:
        return words[1]
    return words[0]


def _given_names(names: list[str]) -> set[str]:
    """The known given names that open `names` ("Ann" of "Ann Lee"; not "Van" of "Van Lee")."""
    return {first for name in names if _given_gender(first := name.split()[0].lower())}


def _may_be(name: str, gender: str | None) -> bool:
    """Whether a name may be of `gender`: "Ann Lee" is no "Mr. Lee"."""
    given = _given_gender(telling_given(name.lower().split())) if " " in name else None
    return gender is None or given in (None, gender)


def _of_gender(name: str, gender: str | None) -> bool:
    """Whether a full name's given name is known to be of `gender` ("Ann Lee": "she")."""
    return (
        gender is not None
        and " " in name
        and _given_gender(telling_given(name.lower().split())) == gender
    )


def _given(key: str) -> str | None:
    """The given name of a name's key ("anna smith": "anna"), or None for a bare surname."""
    words = key.split()
    return words[0] if len(words) > 1 else None


def _first_given(words: list[str]) -> str | None:
    """The given name of a name's key words: the first known one before the surname ("tom"
    of "democrat tom chan"), else the first word; None for a bare surname, its particles
    with it ("van der berg")."""
    if len(words) < 2 or words[0] in NAME_PARTICLES:
        return None
    return next((w for w in words[:-1] if _known_given(w)), words[0])


def _surnames_ending(words: list[str], key: str) -> bool:
    """Whether a name's key `words` are two surnames, a particle perhaps between them, ending
    the longer name `key`, the first no given name: "Rocha Prado" of "Luiz Carlos da Rocha
    Prado", "Gonçalves Müller" of "Ana Paula Gonçalves Müller", "Sánchez de León" of "Gabriela
    Sánchez de León" (not "Ann Lee" of "Mary Ann Lee")."""
    return (
        len(words) >= 2
        and key.endswith(" " + " ".join(words))
        and not _known_given(words[0])
        and words[0] not in NAME_PARTICLES
    )


def _same_given(given: str, other: str | None) -> bool:
    """Whether two given names may be one person's: equal, one the start of the other
    ("Chris", "Christopher"; "J.", "John"), or neither known as a given name; a person
    known by surname only may be anyone of that surname. "Lee Chan" is no "Tom Chan"."""
    if other is None or given.startswith(other) or other.startswith(given):
        return True
    return not (_known_given(given) or _known_given(other))


def _unlisted_given_apart(words: list[str], other: list[str]) -> bool:
    """Whether two full names' key `words` of one surname open with given names of none of
    the lists that share no word and neither starts the other: "tamás horváth" and "zoltán
    horváth" are two people (`_same_given` takes any two unknown given names for one, a word
    before a name being no sure given name); "democrat zed chan" and "republican zed chan"
    share "zed", "zed chan" and "zedd chan" may be one spelling."""
    givens, others = words[:-1], other[:-1]
    return (
        bool(givens and others)
        and givens[0] not in NAME_PARTICLES
        and others[0] not in NAME_PARTICLES
        and not givens[0].startswith(others[0])
        and not others[0].startswith(givens[0])
        and set(givens).isdisjoint(others)
        and not any(_known_given(word) for word in givens + others)
    )


def _known_given(word: str) -> bool:
    """A given name of the list, or an initial: "Democrat" before a name tells nothing."""
    return _given_gender(word) is not None or len(word) == 1


def _subject_agrees(match: re.Match[str], gender: str) -> bool:
    """Whether the subject `match` found (`_DESCRIBED_PERSON`, `_AGED_NAME`,
    `_NEUTRALLY_TITLED`, `_NOBLE_SUBJECT`) is a person who may be "he" or "she" (`gender`): a
    person's noun or a name or a title of that gender or of none; no plural noun ("The
    witnesses included Ann Lee. She said": not the witnesses)."""
    if match.re is _NOBLE_SUBJECT:
        return GENDERED_NOUNS.get(match.group("title").lower(), gender) == gender
    if match.re is _AGED_NAME or match.re is _NEUTRALLY_TITLED:
        return _GIVEN_NAMES.get(match.group("name").split()[0].lower(), gender) == gender
    head = _person_head(match)
    return (
        head is not None
        and not _plural_head(head.group())
        and GENDERED_NOUNS.get(head.group(), gender) == gender
    )


def _person_head(match: re.Match[str]) -> re.Match[str] | None:
    """The first person's noun in the words after a description's determiner that ends its
    noun phrase (a comma, a preposition or a verb in -s or -ed after it: not "head" of "The
    head cook"), or None."""
    text = match.string
    for word in _PERSON_WORD.finditer(text, match.start("words"), match.end("words")):
        if word.group() in PERSON_ROLES:
            after = _HEAD_END.match(text, word.end())
            return word if after is not None else None
    return None
