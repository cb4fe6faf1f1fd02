"""Words and phrases: `tokens` splits text into `Token`s (a word or one punctuation mark,
with where it starts and ends); a speaker finder returns a `Phrase` (the mention, its words,
its appositive, the pronoun it is). Also the word sets every finder reads and the tests of one
token (a possessive, a title's period, a hyphened name).
"""

from __future__ import annotations

import re
from operator import attrgetter
from typing import NamedTuple

from tui.core.lexicon import (
    ABBREVIATIONS,
    AGENT_NOUN_ENDINGS,
    ANONYMOUS_POSTMODIFIERS,
    BELIEF_CUES,
    CLASS_SUIT_HEADS,
    COLLECTIVE_HEADS,
    COMPANY_ROLE_NOUNS,
    COMPLEMENT_PREPOSITIONS,
    CUE_AUXILIARIES,
    DETERMINERS,
    DOCUMENT_WORDS,
    ELIDED_PARTICLES,
    FEMALE_NOUNS,
    FUNCTION_WORDS,
    HYPHENED_PARTICLES,
    MALE_NOUNS,
    MEDIA_WORDS,
    NAME_PARTICLES,
    NAMING_CUES,
    NOT_ADVERBS,
    NOT_AGENT_NOUNS,
    NUMBER_WORDS,
    OBJECT_PRONOUNS,
    ORDINAL_TITLE_HEADS,
    ORGANIZATION_PLURALS,
    ORGANIZATION_WORDS,
    ORIGIN_NOUNS,
    PARENT_NOUNS,
    PARTICIPLE_ADVERBS,
    PERSON_PRONOUNS,
    PLACE_ABBREVIATIONS,
    PLATFORM_LETTERS,
    PLATFORM_PREPOSITIONS,
    PLURAL_PRONOUNS,
    POSSESSIVE_NAME_CUES,
    POSSESSIVE_PRONOUNS,
    RELATIVE_PRONOUNS,
    ROLE_NOUNS,
    SPEECH_CUES,
    STANCE_CUES,
    THING_PRONOUNS,
    TIME_WORDS,
    TITLES,
    TO_ROLES,
    UNIT_LETTERS,
)
from tui.core.model import Span
from tui.core.text import AGE_WORD, POSSESSIVE_ENDINGS, YEAR_NUMBER, alternation

# A token (a word, or one punctuation mark) with the spaces before it, the only characters
# between two tokens; an initialism's possessive is one token ("B.C.’s", "U.S.'s"). Possessive
# quantifiers ("*+", "++"): nothing ever needs to be given back, and the regex engine runs
# faster without keeping the state for it.
# A party's initials with its faction's letter in brackets are one word: "JD(S)", "CPI(M)".
_TOKEN = re.compile(
    r"[A-Z]{2,}\([A-Z]{1,2}\)(?![\w(])"
    r"|\w++(?:(?:[-’'&.]|(?<=\d),(?=\d))\w++)*+(?:(?<=\.\w)\.[’']s\b)?|[^\w\s]"
)
_CUE_WORDS = SPEECH_CUES | BELIEF_CUES | NAMING_CUES | STANCE_CUES
_NOUN_WORDS = (
    ROLE_NOUNS
    | COMPANY_ROLE_NOUNS  # "said a spokesman for the utility"
    | ORGANIZATION_WORDS
    | ORGANIZATION_PLURALS
    | DOCUMENT_WORDS
    | MEDIA_WORDS
    | COLLECTIVE_HEADS
)
_PRONOUNS = PERSON_PRONOUNS | PLURAL_PRONOUNS | THING_PRONOUNS
_NOT_NAME = ROLE_NOUNS | TITLES | FUNCTION_WORDS | DETERMINERS | _CUE_WORDS
# Unions and differences of the word lists used in loops, built once.
# "the former", "the latter": the first or the second of the last two people named.
_OF_TWO = {"former": 0, "latter": 1}
# Pronouns of one of a group, a speaker alone next to its cue: "“...,” one said", "said another."
_ONE_OF_MANY = frozenset({"one", "another"})
INDEFINITE_WORDS = frozenset({"a", "an"}) | _ONE_OF_MANY  # "a nurse", "one resident"
# A post-modifier that tells an anonymous source ("familiar with", "close to", "briefed on").
SOURCE_POSTMODIFIER = re.compile(r"\b(?:" + alternation(ANONYMOUS_POSTMODIFIERS) + r")\b")
_SEXED_NOUNS = MALE_NOUNS | FEMALE_NOUNS  # kin and persons by their sex: "his daughter"
# "said the first mate": a head an ordinal makes a title of is a person too.
_NOT_BARE = (
    _NOUN_WORDS
    | _SEXED_NOUNS
    | ORDINAL_TITLE_HEADS
    | _PRONOUNS
    | RELATIVE_PRONOUNS
    | frozenset(_OF_TWO)
)
# "Councilwoman", "Congressman" before a name: roles, whatever the role list says.
_GENDERED_ROLES = frozenset(
    w
    for w in MALE_NOUNS | FEMALE_NOUNS
    if w.endswith(("man", "woman")) and w not in {"man", "woman"}
)
_ROLES_OR_TITLES = ROLE_NOUNS | TITLES | _GENDERED_ROLES
_ARTICLES = frozenset({"a", "an", "the"})
_CONJUNCTIONS = frozenset({"and", "or", "&"})
_MAX_MODIFIERS = 3
# The phrase finders clamp their bounds with conditional expressions, not max() or min(): in
# Python 3.11 each call of those builtins parses keyword arguments (~3k instructions), and
# they ran thousands of times per article.
PHRASE_WINDOW = 240  # characters around a cue searched for its speaker phrase
# Quantifiers floated after a plural subject: "they all said", "the two men both argued".
_FLOATING_QUANTIFIERS = frozenset({"all", "both", "each"})
# The words `_skip_between` skips, but for adverbs in -ly and years.
_MAY_STAND_BETWEEN = CUE_AUXILIARIES | TIME_WORDS | _FLOATING_QUANTIFIERS | {"to"}
# Possessive and object pronouns -> their subject forms: "his", "him" -> "he".
_PRONOUN_FORMS = POSSESSIVE_PRONOUNS | OBJECT_PRONOUNS


class Token(NamedTuple):
    start: int
    end: int
    word: str
    lower: str  # the word looked up (`_looked_up`): lower case, "then-minister" as "minister"

    @property
    def capitalized(self) -> bool:
        # `_name_initial` inlined, as read for most tokens a phrase finder passes
        word = self.word
        if word[0].isupper():
            return self.lower not in FUNCTION_WORDS
        return (
            ("-" in word or word[1:2] in _ELISIONS)
            and _hyphened_name(word)
            and self.lower not in FUNCTION_WORDS
        )


_ELISIONS = frozenset("'’")  # after an elided particle: "d'Amours"
_WORD = attrgetter("word")
_LOWER = attrgetter("lower")


class Phrase(NamedTuple):
    """A speaker phrase: `span` is the mention; `words` its tokens; `appositive` if any (a
    tuple, as thousands are made in a long article)."""

    span: Span
    words: tuple[str, ...]
    appositive: Span | None = None
    antecedent: Phrase | None = None  # for "who": the phrase it stands for
    tokens: tuple[Token, ...] = ()  # of `span`, when known

    @property
    def bare(self) -> bool:
        """A common noun phrase alone: no name, no role, no pronoun, no age standing for its
        person ("the low"; not "the 26-year-old")."""
        if len(self.words) == 1 and self.words[0].lower() in _ONE_OF_MANY:
            return False  # "said another.": one of a group
        words = self.words
        if len(words) > 1 and class_suit(words[-2].lower(), words[-1]):
            return False  # "a class action claims": a suit, as "a lawsuit claims" (class_suit)
        return not any(
            _looked_up(w) in _NOT_BARE
            or (w[0].isupper() and w.lower() not in DETERMINERS)
            or AGE_WORD.fullmatch(w) is not None
            for w in self.words
        )

    @property
    def end(self) -> int:
        """Where the phrase ends with its appositive, set after it ("Lee, a nurse,") or before
        it ("a nurse who gave her name as Lee")."""
        appositive = self.appositive
        return self.span[1] if appositive is None or appositive[1] < self.span[1] else appositive[1]

    @property
    def pronoun(self) -> str | None:
        """The subject pronoun a one-word phrase is ("he"; "his", "him" count as "he"), or None."""
        if len(self.words) != 1:
            return None
        word = self.words[0].lower()
        if word in RELATIVE_PRONOUNS and self.words[0].isupper():
            return None  # "WHO": the World Health Organization
        word = _PRONOUN_FORMS.get(word, word)
        return word if word in _PRONOUNS or word in RELATIVE_PRONOUNS else None


def _new_phrase(
    span: Span,
    words: tuple[str, ...],
    appositive: Span | None = None,
    antecedent: Phrase | None = None,
    tokens: tuple[Token, ...] = (),
) -> Phrase:
    """Phrase(...), made without the NamedTuple's Python-level __new__ (~6k instructions a call
    from C; a call of this function is inlined by the interpreter)."""
    return tuple.__new__(Phrase, (span, words, appositive, antecedent, tokens))


def _phrase_of(found: tuple[Token, ...], appositive: Span | None = None) -> Phrase:
    """The phrase of the tokens `found` (none empty), with an appositive if any. Made without
    Phrase's Python-level __new__, whose keyword arguments cost more than all the rest: a
    phrase is made for most cues."""
    span = (found[0].start, found[-1].end)
    return tuple.__new__(Phrase, (span, tuple(map(_WORD, found)), appositive, None, found))


def _hyphened_name(word: str) -> bool:
    """A surname with its lower-case particle hyphened or elided onto it: "al-Hassan",
    "el-Sayed", "d'Amours"."""
    if "-" in word:
        particle, _, rest = word.partition("-")
        if rest[:1].isupper() and particle in HYPHENED_PARTICLES:
            return True
    return word[1:2] in _ELISIONS and word[2:3].isupper() and word[0] in ELIDED_PARTICLES


def _in_surname(toks: list[Token], k: int) -> bool:
    """Whether toks[k] is a particle opening a surname or inside a name, the surname's
    capitalised word after it, other particles between: "Pieter van der Berg", "Mr van der
    Berg", "von der Leyen said", "Von der Leyen", "bin Salman"; not "van" alone."""
    if toks[k].lower not in NAME_PARTICLES:
        return False
    j = k + 1
    while j < len(toks) and toks[j].lower in NAME_PARTICLES:
        j += 1
    return j < len(toks) and toks[j].capitalized


def tokens(text: str, start: int, end: int) -> list[Token]:
    """The word and punctuation tokens of text[start:end]."""
    # For speed: no token holds a space (`str.split` and the regex agree on what one is), and
    # most words between two single spaces hold no punctuation, each then one token whose
    # start is counted, not searched for; so are a word and the one mark after it ("said,",
    # "Lee."), as the regex reads them (a joiner it reads inside a word has a word character
    # after it), and "" (two spaces, or the space ending the text before a cue) holds none.
    # The regex runs only on the others. `tuple.__new__` makes a Token without its
    # Python-level __new__.
    make = tuple.__new__
    toks: list[Token] = []
    pos = start
    for piece in text[start:end].split(" "):  # `pos`: where the piece starts
        if piece.isalnum():
            toks.append(make(Token, (pos, pos := pos + len(piece), piece, piece.lower())))
            pos += 1
            continue
        if not piece:
            pos += 1
            continue
        word, mark = piece[:-1], piece[-1]
        if word.isalnum() and mark != "_" and not mark.isspace():
            toks.append(make(Token, (pos, pos := pos + len(word), word, word.lower())))
            toks.append(make(Token, (pos, pos := pos + 1, mark, mark.lower())))
            pos += 1
            continue
        at = pos
        for chunk in piece.split():  # none ("" between two spaces), or split by a "\n"
            at = text.find(chunk, at)  # only other spaces stand between `at` and the chunk
            for word in _TOKEN.findall(text, at, at + len(chunk)):
                toks.append(make(Token, (at, at := at + len(word), word, _looked_up(word))))
        pos += len(piece) + 1
    return toks


# Prefixes of a past holder of a role, joined by a hyphen: "the then-minister", "an ex-mayor".
_PAST_PREFIXES = ("then-", "ex-")


def _looked_up(word: str) -> str:
    """The lower case a hyphenated word is looked up by: a role after a prefix of a past
    holder as the role ("then-minister": "minister"), for the lists to know it; else the
    word in lower case. `Token.lower` holds it; what matches a role to its holder reads the
    word as written (`past_holder`, `roles._described`)."""
    lower = word.lower()
    if lower.startswith(_PAST_PREFIXES):
        role = lower.partition("-")[2]
        if role in ROLE_NOUNS or role in _SEXED_NOUNS:
            return role
    return lower


def ly_adverb(word: str) -> bool:
    """Whether a word in lower case is an adverb in -ly ("visibly", "reportedly"): not a short
    word ("only") nor a noun or an adjective in -ly (`NOT_ADVERBS`: "family", "weekly")."""
    return len(word) > 4 and word.endswith("ly") and word not in NOT_ADVERBS


def participle_adverb(word: str) -> bool:
    """Whether a word may be an adverb between a document's noun and its participle ("emails
    *first* reported", "a memo *quietly* released"): any word in -ly will do."""
    return word in PARTICIPLE_ADVERBS or word.endswith("ly")


def class_suit(before: str, head: str) -> bool:
    """Whether a lower-case `head` after the word `before` is a suit filed for a class of
    people ("class action"): a document, as "lawsuit" is."""
    return before == "class" and head in CLASS_SUIT_HEADS


def past_holder(word: str) -> bool:
    """Whether a word is a role written after a prefix of a past holder ("ex-mayor",
    "then-minister"): looked up as the role, but never its present holder."""
    return _looked_up(word) != word.lower()


SURNAME_SAINTS = frozenset({"st"})  # "Marc St. Pierre", "Ann St. John"


# The titles a period may follow: short ones ("Mme.", "Brig-Gen."); one spelled out in full
# ("Justice", "Speaker", "King") takes none, and a period after it ends its sentence ("said
# Ann Lee, the House Speaker.").
_SHORT_TITLES = frozenset(title for title in TITLES if len(title) < 4 or "-" in title)


def _is_title_dot(toks: list[Token], index: int) -> bool:
    """Whether toks[index] is the period of a title or initial ("Gen.", "J.")."""
    if toks[index].word != "." or index == 0 or toks[index - 1].end != toks[index].start:
        return False
    word = toks[index - 1].lower
    return (
        word in _SHORT_TITLES
        or word in ABBREVIATIONS
        or (
            len(word) == 1
            and word.isalpha()
            and not _platform_letter(toks, index - 1)
            and not _unit_letter(toks, index - 1)
        )
        or ("." in word and toks[index - 1].word.isupper())  # an acronym: S.E.C.
    )


def _unit_letter(toks: list[Token], index: int) -> bool:
    """Whether the letter toks[index] is a measure's unit after its number ("reach 40 C."),
    no initial (nor after a year: "in 2019 C. Ann Lee")."""
    return (
        toks[index].word in UNIT_LETTERS
        and index > 0
        and toks[index - 1].word[-1:].isdigit()
        and YEAR_NUMBER.fullmatch(toks[index - 1].word) is None
    )


def _place_abbreviation(words: list[str], index: int) -> bool:
    """Whether words[index] ("st", "mt") opens a place's name after a preposition ("of St.
    Paul"), where it is no title of the name after it."""
    return (
        words[index] in PLACE_ABBREVIATIONS
        and index > 0
        and words[index - 1] in COMPLEMENT_PREPOSITIONS
    )


def _saint_in_surname(toks: list[Token], index: int) -> bool:
    """Whether toks[index] ("St") opens a surname after a given name ("Marc St. Pierre",
    "Ann St. John"), where it is no title of the name after it."""
    return (
        toks[index].lower in SURNAME_SAINTS
        and index > 0
        and toks[index - 1].capitalized
        and toks[index - 1].lower not in TITLES
    )


def _role_complement(role: str, preposition: str) -> bool:
    """Whether a preposition (lower case) may join a role noun to its complement: "spokesman
    *for*", "friend *of*", and "to" after the roles that take it ("an aide *to*")."""
    return preposition in COMPLEMENT_PREPOSITIONS or (preposition == "to" and role in TO_ROLES)


def _platform_letter(toks: list[Token], index: int) -> bool:
    """Whether toks[index], a letter, names a platform after a preposition ("on X.")."""
    return (
        toks[index].lower in PLATFORM_LETTERS
        and index > 0
        and toks[index - 1].lower in PLATFORM_PREPOSITIONS
    )


def parent_of_count(words: list[str]) -> bool:
    """Whether lower-case `words` end with a parent's kin word, "of" and a count: a parent
    described by the count of their children ("the mother of two", "a grandfather of 11")."""
    return (
        len(words) > 2
        and words[-2] == "of"
        and words[-3] in PARENT_NOUNS
        and (words[-1].isdigit() or words[-1] in NUMBER_WORDS)
    )


def without_possessive(word: str) -> str:
    """`word` without its possessive ending ("Roy’s": "Roy")."""
    return word.removesuffix("’s").removesuffix("'s")


_POSSESSIVE_S = POSSESSIVE_ENDINGS[:2]  # "'s", "’s"; not "the Hales'": a plural's mark alone


def _possessive(word: str) -> bool:
    """Whether a token is a possessive ("Trump’s"). A token holds an apostrophe only between
    two word characters, so no regex is needed (it would be tried at every position)."""
    return word.endswith(_POSSESSIVE_S)


# A person by hometown and its province or state in commas, as Canadian Press writes it: "the
# Kelowna, B.C., native", "the Moose Jaw, Sask., product", "the St. Albert, Alta., native";
# read as "the Kelowna native". After a cue the province may be left out where the clause
# ends ("said the Helsinki native."); never a possessive ("the Kelowna native's mother").
_PLACE = (
    r"(?P<det>[Tt]he)\s+(?P<town>(?:(?:St|Ste|Mt|Fort)\.?\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)"
)
_PROVINCE = r",\s+[A-Z][A-Za-z.]{1,7},"
_ORIGIN_NOUN = r"\s+(?P<noun>" + alternation(ORIGIN_NOUNS) + r")"
HOMETOWN_BEFORE = re.compile(  # "..., native said"
    r"(?<![\w’'-])" + _PLACE + _PROVINCE + _ORIGIN_NOUN + r"\s+\Z"
)
HOMETOWN_AFTER = re.compile(  # "said the ..., native", "said the Helsinki native."
    _PLACE
    + r"(?P<province>"
    + _PROVINCE
    + r")?"
    + _ORIGIN_NOUN
    + r"(?![’'\w])(?(province)|(?=\s*(?:[.,;:!?]|\Z)))"
)
# ... and a possessive of one: "the Kelowna, B.C., native's mother", matched up to the noun.
HOMETOWN_OWNER = re.compile(
    _PLACE + r"(?P<province>" + _PROVINCE + r")\s+(?=(?:" + alternation(ORIGIN_NOUNS) + r")[’']s\b)"
)
HOMETOWN_ENDINGS = tuple(noun + " " for noun in ORIGIN_NOUNS)  # what "..., native said" ends in
HOMETOWN_REACH = 48  # characters before a cue that `HOMETOWN_BEFORE` reads


def hometown_phrase(text: str, match: re.Match[str]) -> Phrase:
    """The speaker phrase of a hometown description (`HOMETOWN_BEFORE`, `HOMETOWN_AFTER`),
    its province left out of the words: "the Kelowna native"."""
    found = tokens(text, match.start("det"), match.end("town"))
    found += tokens(text, match.start("noun"), match.end("noun"))
    return _phrase_of(tuple(found))


# The verbs that a firm named as a possessive speaks by (`POSSESSIVE_NAME_CUES`): "Moody's
# said", "Sainsbury's warned", "McDonald's says"; not a noun it owns ("Lee's claim", "Hale's
# show") nor an adjective ("Lee's repeated emphasis").
FIRM_POSSESSIVE_CUE = re.compile(alternation(POSSESSIVE_NAME_CUES) + r"\b")


def occupation_noun(word: str) -> bool:
    """Whether `word`, as written, is a noun for someone by what they do, by its ending
    (`AGENT_NOUN_ENDINGS`: "singer", "sculptor", "cellist", "shipbuilder"), in lower case."""
    return (
        word.isalpha()
        and word.islower()
        and len(word) > 4
        and word.endswith(AGENT_NOUN_ENDINGS)
        and word not in NOT_AGENT_NOUNS
    )
