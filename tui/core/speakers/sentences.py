"""Where a mention stands in its text: the sentence or line it opens or ends, inside a
quotation or not, and a pattern's matches that start a word (a word itself, by substring
search: `text.whole_word_starts`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tui.core.lexicon import (
    ABBREVIATIONS,
    AUXILIARY_VERBS,
    CLAUSE_CONJUNCTIONS,
    COLLECTIVE_HEADS,
    DETERMINERS,
    DOCUMENT_WORDS,
    FUNCTION_WORDS,
    OPENING_PARTICIPLES,
    OPENING_PREPOSITIONS,
    PARTICIPLE_PREPOSITIONS,
    PREPOSITIONS,
    QUESTION_PARTICIPLES,
    ROLE_NOUNS,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
    TOPIC_FRAMES,
)
from tui.core.organizations import ORGANIZATION_NOUNS
from tui.core.speakers.tokens import (
    _MAX_MODIFIERS,
    _ROLES_OR_TITLES,
    Token,
    _possessive,
    occupation_noun,
)
from tui.core.text import AGE_WORD, TITLE_OPENING_MARKS, line_start, opens_title

_WORD_AT = re.compile(r"\w+")


def _word_end(text: str, start: int) -> int:
    """The end of the word that starts at `start`."""
    match = _WORD_AT.match(text, start)
    return match.end() if match else start


_COMMON_WORD_REACH = 2000  # characters either side searched for a word in lower case
# The end of a sentence: its period, question or exclamation mark, and a closing quote if any.
_SENTENCE_STOP = re.compile(r"[.?!][”\"’']?(?=\s+[“\"A-Z])")
_CLOSING_DOUBLE_QUOTES = frozenset('”"')
# Where a sentence opens, inside a paragraph: after a period that ends no title nor initial
# ("Mr.", "J."), a question or exclamation mark, or an opening quotation mark. The look-behinds
# follow the mark they guard (each reaching back over it, the "."), so that the scan skips from
# one mark to the next instead of trying them at every position.
_SENTENCE_OPENING = re.compile(
    r"[.?!](?<!\b[A-Z].)(?<!\bMr.)(?<!\bMs.)(?<!\bDr.)(?<!\bMrs.)(?<!\bSt.)(?<!\bGov.)"
    r"(?<!\bSen.)(?<!\bRep.)[”\"’']?\s+|[“\"]"
)
# The last mark that may open a sentence (`_SENTENCE_OPENING`) in a stretch of text.
_LAST_OPENING_MARK = re.compile(r"(?s:.*)[.?!“\"]")
# Conjunctions that may open a sentence before its subject: "But Lee said".
_COORDINATORS = frozenset({"but", "and", "so", "yet", "then", "still"})


def _word_matches(
    pattern: re.Pattern[str], text: str, start: int, end: int
) -> Iterator[re.Match[str]]:
    """The matches of `pattern` in text[start:end] that start a word (not after an `_in_word`
    character), when every match is made of `_in_word` characters: then no word starts inside
    a match, and one dropped hides no other; the pattern needs no look-behind at its start,
    which would be tried at every position."""
    for match in pattern.finditer(text, start, end):
        at = match.start()
        if at == 0 or not _in_word(text[at - 1]):
            yield match


def _in_word(char: str) -> bool:
    """Whether `char` continues a word: a letter, a digit, "_", an apostrophe or a hyphen."""
    return char.isalnum() or char in "_’'-"


def _common_word(text: str, token: Token) -> bool:
    """Whether a capitalised word opening a sentence is a common word, not a name: the text
    around it has it in lower case ("Protesters said ... the protesters")."""
    if not token.word[0].isupper() or token.word.isupper():
        return False
    before = token.start  # after the last character before the word that is not a space
    while before > 0 and text[before - 1].isspace():
        before -= 1
    if before > 0 and text[before - 1] not in '.!?:\n"”':
        return False
    # The word within reach, not inside a longer one: substring searches, where a regular
    # expression would be compiled for each word.
    word, end = token.lower, min(len(text), token.end + _COMMON_WORD_REACH)
    at = text.find(word, max(0, token.start - _COMMON_WORD_REACH), end)
    while at >= 0:
        after = at + len(word)
        if (at == 0 or not _in_word(text[at - 1])) and (after == end or not _in_word(text[after])):
            return True
        at = text.find(word, at + 1, end)
    return False


# Common nouns of a speaker, which a headline or a standfirst writes capitalised and bare:
# "Union says pay offer falls short", "Minister vows review".
_PRESENT_VERB = re.compile(r"[a-z]+s")  # a headline's verb: "says", "urges", "warns"
_HEADING_NOUNS = ROLE_NOUNS | ORGANIZATION_NOUNS | DOCUMENT_WORDS | COLLECTIVE_HEADS


def _bare_noun_heading(text: str, token: Token) -> bool:
    """Whether a capitalised common noun of a speaker opens its paragraph alone, as in a
    headline or a standfirst ("Union says ...", "Lawmaker urges ..."): a description without
    its article, no name. A singular one only in a headline: no final period, or a verb in the
    present; a body's sentence ("Judge said the vote was rigged.") may open with a surname."""
    if token.lower not in _HEADING_NOUNS or not token.word[0].isupper() or token.word.isupper():
        return False
    before = token.start
    while before > 0 and text[before - 1] in " \t":
        before -= 1
    if before > 0 and text[before - 1] != "\n":
        return False
    if token.lower.endswith("s"):
        return True  # a plural is no surname: "Polls showed ..."
    line_end = text.find("\n", token.end)
    line = text[token.end : len(text) if line_end < 0 else line_end].rstrip()
    verb = line.split(maxsplit=1)[0] if line else ""
    return not line.endswith((".", "!", "?", "”", '"')) or _PRESENT_VERB.fullmatch(verb) is not None


def _ends_sentence(text: str, end: int, title: str) -> bool:
    """Whether the period after `title` ends its sentence: a full word ("the Climate
    Center. The ...") is no abbreviation ("Gov. Ann Lee")."""
    return text.startswith(".", end) and title.lower() not in ABBREVIATIONS


def _last_char_before(text: str, pos: int) -> str:
    """The last character before `pos` that is no space ("" at the text's start): read back
    from `pos`, where `text[:pos].rstrip()` would copy all the text before it."""
    while pos > 0 and text[pos - 1].isspace():
        pos -= 1
    return text[pos - 1] if pos else ""


def _opens_line_or_sentence(text: str, start: int) -> bool:
    """Whether nothing but spaces and an opening quotation mark stand between `start` and the
    end of the sentence or line before it (a closing mark after a comma ends none: '“...,”
    Adams said')."""
    before = text[max(0, start - 4) : start].rstrip(' “"')
    if before.endswith(",”"):
        return False
    return not before or before[-1] in '.!?\n”"'


def _after_words(text: str, start: int, words: tuple[str, ...]) -> bool:
    """Whether `words` (lower case) stand right before `start`, in any case ("Fire Chief")."""
    if not words:
        return True
    before = " ".join(words) + " "
    return text[max(0, start - len(before)) : start].lower() == before


def _quoted(text: str, position: int) -> bool:
    """Whether `position` lies inside a quotation of its paragraph."""
    start = line_start(text, position)  # counted in place: no copy of the paragraph
    opened = text.count("“", start, position) > text.count("”", start, position)
    return opened or text.count('"', start, position) % 2 == 1


def _sentence_end(text: str, start: int, limit: int) -> int:
    """Where the sentence holding `start` ends: after its period (outside a quotation, or
    closing one: 'A guest said: "Lovely day."') or at its paragraph's end; `limit` if neither
    comes before it."""
    paragraph = text.find("\n", start, limit)
    end = paragraph if paragraph >= 0 else limit
    for match in _SENTENCE_STOP.finditer(text, start, end):
        if match.group()[-1] in _CLOSING_DOUBLE_QUOTES or not _quoted(text, match.start()):
            return match.end()
    return end


def _opens_sentence(text: str, start: int) -> bool:
    """Whether a name at `start` is the subject opening its sentence: nothing before it in the
    sentence but a conjunction ("But"), an opening phrase closed by a comma ("On Monday, Lee
    ..."), and the name's title and role ("House Speaker", "presidential nominee", "the
    actor")."""
    opening = _sentence_opening(text, line_start(text, start), start)
    before = [word for word in text[opening:start].split() if word != "“"]
    if len(before) == 1 and before[0].lower() in _COORDINATORS:
        return True
    # a comma closes the opening phrase, inside a quotation's mark too ("following “Dust,”")
    cuts = [0, *(k + 1 for k, w in enumerate(before) if w.endswith((",", ",”", ',"')))]
    opener = cuts[-1]
    role = before[opener:]
    if not role:
        return True
    if (
        role[0].lower() == "the"
        and len(role) > 1
        and (opener <= 1 or _named_owners_role(before[cuts[-2] : opener]) is not None)
    ):
        # "The actor Ann Lee", "Meanwhile, the rapper-turned-actor Lil Dee", "Kay’s co-star,
        # the rapper Lil Dee"; not an appositive to a pronoun's ("His partner, the nurse Ann
        # Lee, was calmer": the partner's)
        role = role[1:]
    elif (owned := _named_owners_role(role)) is not None:
        role = role[owned:]  # "Kay’s co-star Lil Dee"
    elif role[0][0].isupper() and _possessive(role[0]):
        role = role[1:]  # "Calgary's Tyler Amundsen": whose the name is
        if not role:
            return True
    if any(_possessive(w) or w.lower() in FUNCTION_WORDS for w in role):
        return False
    if (_role_word(role[-1]) or occupation_noun(role[-1])) and len(role) <= _MAX_MODIFIERS + 1:
        # "Conservative economist Ann Lee", "In May, presidential nominee Ann Lee", "The
        # chair, retired shipbuilder Hal Nkem": a role, or a trade by its ending
        return True
    if len(role) == 1 and AGE_WORD.fullmatch(role[0]):
        return True  # "The 24-year-old Aalto", an age before the name: the name's own
    return all(word[0].isupper() and word.lower() not in CLAUSE_CONJUNCTIONS for word in role)


def _named_owners_role(words: list[str]) -> int | None:
    """Where the role starts in `words` when they are a name's possessive and a role, a
    modifier between at most, before a comma or not ("Kay’s co-star,", "Acme’s chief
    executive", "Nia Kay’s manager"); None if they are not."""
    owner = next((k for k, w in enumerate(words) if _possessive(w)), None)
    if owner is None or owner > 2 or not 1 <= len(words) - owner - 1 <= _MAX_MODIFIERS:
        return None
    if not all(w[:1].isupper() for w in words[: owner + 1]) or not _role_word(words[-1]):
        return None
    if any(w.lower() in FUNCTION_WORDS for w in words[owner + 1 :]):
        return None
    return owner + 1


def _role_word(word: str) -> bool:
    """Whether `word` (its comma or period aside) is a role or a title, or ends in one after
    a hyphen: "actor", "co-star", "Gov.", "rapper-turned-actor"."""
    lower = word.lower().rstrip(".,")
    return lower in _ROLES_OR_TITLES or lower.rpartition("-")[2] in _ROLES_OR_TITLES


# The first words of an opening clause or phrase that a comma closes before the sentence's
# subject: a participle of speaking or of being asked ("Speaking to reporters,", "Asked about
# the fares,", "Pressed on the cost,"), or a preposition ("On Monday,").
_SUBJECT_DEFERRERS = OPENING_PARTICIPLES | QUESTION_PARTICIPLES | PREPOSITIONS


def _after_opening_clause(text: str, start: int) -> bool:
    """Whether the words at `start` follow, in their sentence, only an opening clause or phrase
    (`_SUBJECT_DEFERRERS`) and its comma: "the mayor" in "Asked about the fares, the mayor
    shrugged" (not in "Tom Hale, the mayor, said")."""
    if text[start - 2 : start] != ", ":
        return False
    opening = _sentence_opening(text, line_start(text, start), start)
    first = text[opening:start].split(None, 1)[0].lower()
    return first in _SUBJECT_DEFERRERS


def _framed_topic(text: str, start: int, end: int) -> bool:
    """Whether the name text[start:end] is the topic its sentence opens on, framed by a
    preposition, with a role in lower case if any, and closed by a comma ("For Ana Ruiz, the
    drive came at 2 a.m.", "For nurse Ana Ruiz, ..."): the one the
    sentence is about, though not its subject, and with no appositive after it."""
    if not text.startswith(",", end):
        return False
    opening = _sentence_opening(text, line_start(text, start), start)
    before = text[opening:start].split()
    # a role in lower case may stand between ("For resident Lena Hale,", "For the widow Ann
    # Lee,"): the role of the named one
    return (
        0 < len(before) <= 4
        and before[0].lower() in TOPIC_FRAMES
        and all(word.isalpha() and word.islower() for word in before[1:])
    )


# A description in lower case and "named" or "called" right before a name: "a forklift
# driver named", "the nurse called".
_NAMED_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:[a-z-]+\s+){1,3}(?:named|called)\s+\Z")
_NAMED_REACH = 48  # characters before a name that `_NAMED_BEFORE` reads
_DEFERRING = _SUBJECT_DEFERRERS | SUBORDINATORS  # what opens a phrase before a subject
_OPENING_PHRASE_WORDS = 6
# The first lower-case word after a name and the words of the name.
_WORD_AFTER_NAME = re.compile(r"(?:[A-Z][\w.’'-]*\s+)*(?P<word>[a-z]+)")
# What opens the complement of "named" or "called" as the sentence's verb, after its object:
# "The coach named Sam Okoro *captain*", "named Ana Ruiz *its* leader", "*as* its leader";
# not the verb of the one introduced ("a driver named Sam Okoro *stops*").
_NAMING_COMPLEMENTS = DETERMINERS | ROLE_NOUNS | {"as"}


def _named_subject(text: str, start: int) -> bool:
    """Whether the name at `start` names a description that is its sentence's subject,
    opening it or after one opening phrase and its comma ("A forklift driver named Sam Okoro
    stops", "Back in the yard, a nurse called Ana Ruiz waits"): the one the sentence brings
    in, as a subject opening it would; not one inside a clause ("He met a nurse named ..."),
    nor the object of "named" or "called" as the verb ("The coach named Sam Okoro captain")."""
    if (
        text.find("named", max(0, start - 8), start) < 0
        and text.find("called", max(0, start - 8), start) < 0
    ):
        return False
    lead = _NAMED_BEFORE.search(text, max(0, start - _NAMED_REACH), start)
    if lead is None:
        return False
    after = _WORD_AFTER_NAME.match(text, start)
    if after is not None and after["word"] in _NAMING_COMPLEMENTS:
        return False  # "The coach named Sam Okoro captain": the verb's object, no subject
    opening = _sentence_opening(text, line_start(text, start), start)
    at = lead.start()
    if at == opening:
        return True
    if text[at - 2 : at] != ", " or not text[at].islower():
        return False
    # a short phrase opening the sentence, no pronoun's clause ("Back in the yard,", not "He
    # waved,"); each after it opens with a preposition or a subordinator (", as the shift
    # ends,")
    first, *rest = text[opening : at - 2].split(",")
    words = first.split()
    return (
        0 < len(words) <= _OPENING_PHRASE_WORDS
        and words[0].lower() not in SUBJECT_PRONOUNS
        and all(not _DEFERRING.isdisjoint(chunk.lower().split()[:1]) for chunk in rest)
    )


# A copula ending the words before a subject it follows: "Among the guests *was* Ana Ruiz",
# and the prepositions the phrase fronted before it may open on.
_COPULA_BEFORE = re.compile(r"\s(?:was|were|is|are)\s+$")
# ... or an adverb or adjective inverting it too: "Next to him was", "Also present was".
_FRONTED_PREPOSITIONS = (
    PREPOSITIONS | OPENING_PREPOSITIONS | PARTICIPLE_PREPOSITIONS | frozenset({"next", "also"})
)


def _inverted_subject(text: str, start: int) -> bool:
    """Whether the name at `start` is the subject after a copula its sentence inverts, which
    a phrase of a preposition opens ("Among the guests was Ana Ruiz.", "Next to him was Ed
    Hale", "Also present was Carl Lund"): the one the sentence brings in, as a subject
    opening it would."""
    opening = _sentence_opening(text, line_start(text, start), start)
    first = text[opening : opening + 12].split(None, 1)[:1]
    return (
        bool(first)
        and first[0].lower() in _FRONTED_PREPOSITIONS
        and _COPULA_BEFORE.search(text, opening, start) is not None
        and "," not in text[opening:start]
    )


# A noun phrase apposed after a name and closed by a comma: ", a florist on Main Street,".
_CLOSED_APPOSITIVE = re.compile(r",\s+(?:a|an|the|his|her|their|its)\s+[^,.;:!?]{1,60},")


def _in_opening_phrase(text: str, start: int, end: int) -> bool:
    """Whether the name text[start:end] ends a phrase opening its sentence on a preposition,
    closed by the comma after it ("For regulars like Gordon Pike, the news hit hard", "In a
    letter to Mayor Ann Vale, the union said"): what follows the comma is the sentence's
    clause, no appositive of the name; not after a verb ("At the centre of it is Dr. Ann Lee,
    a consultant": inverted, the name the subject)."""
    if not text.startswith(",", end) or _CLOSED_APPOSITIVE.match(text, end):
        return False  # "In a letter to Ann Vale, a florist, the landlord said": her role
    opening = _sentence_opening(text, line_start(text, start), start)
    before = text[opening:start].lower().split()
    return (
        bool(before)
        and (before[0] in TOPIC_FRAMES or before[0] in OPENING_PREPOSITIONS)
        and not any("," in word or word in AUXILIARY_VERBS for word in before)
    )


def _sentence_opening(text: str, line: int, start: int) -> int:
    """Where the words of the sentence holding `start` begin, up to white space: after the
    last match of `_SENTENCE_OPENING` in text[line:start], found by trying the marks it opens
    with from `start` back, rather than scanning the paragraph from its start. A match only
    overlaps a later mark when it takes a closing quotation mark with the space after it;
    tried alone, that mark ends where the space begins, which leaves the same words."""
    upper = start
    while (mark := _LAST_OPENING_MARK.match(text, line, upper)) is not None:
        upper = mark.end() - 1
        if text[upper] in TITLE_OPENING_MARKS and opens_title(text, upper):
            continue  # "following “Paper Boats,” Lee laughed": a title inside the sentence
        if (match := _SENTENCE_OPENING.match(text, upper, start)) is not None:
            return match.end()
    return line
