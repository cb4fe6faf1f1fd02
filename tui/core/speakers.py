"""Speakers: the phrase that names one, its role, and who a mention refers to.

`phrase_before` and `phrase_after` find the speaker phrase next to a cue ("Ukrainian Defense
Minister Rustem Umerov said", "said Caddell"); `Speakers` turns those phrases into Speaker
records: names and roles split (pre-modifiers and appositives), surnames joined to full names,
pronouns and "who" resolved to the speaker they stand for, anonymous sources marked.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Container, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, chain, islice
from operator import attrgetter
from typing import NamedTuple

from tui.core.given_names import FEMALE_NAMES, MALE_NAMES, UNISEX_NAMES
from tui.core.lexicon import (
    ABBREVIATIONS,
    ANONYMOUS_HEADS,
    ANONYMOUS_POSTMODIFIERS,
    AUTHOR_PRONOUNS,
    BELIEF_CUES,
    BODY_HEAD_ALIASES,
    BOUND_TITLES,
    CATENATIVE_VERBS,
    CHARGE_VERBS,
    CHARGED_ROLES,
    CLAUSE_CONJUNCTIONS,
    COLLECTIVE_HEADS,
    COMPANY_ROLE_NOUNS,
    COMPLEMENT_PREPOSITIONS,
    COURTESY_TITLES,
    CUE_AUXILIARIES,
    DAY_NAME_ENDS,
    DETERMINERS,
    DOCUMENT_PARTICIPLES,
    DOCUMENT_WORDS,
    FEAST_DAYS,
    FEMALE_NOUNS,
    FEMALE_TITLES,
    FUNCTION_WORDS,
    GOVERNMENT_PLACES,
    HYPHENED_PARTICLES,
    IRREGULAR_VERB_FORMS,
    MALE_NOUNS,
    MALE_TITLES,
    MEDIA_WORDS,
    MONTHS,
    MOTIVE_PARTICIPLES,
    NAME_CONNECTORS,
    NAME_PARTICLES,
    NAMING_CUES,
    NAMING_NOUNS,
    NOT_ADVERBS,
    NOUNS_IN_ING_ED,
    NUMBER_WORDS,
    NUMBERED_BODIES,
    OBJECT_PRONOUNS,
    OF_PRONOUNS,
    OFFICE_COMPLEMENTS,
    OFFICE_MODIFIERS,
    OFFICE_SUBORDINATES,
    OFFICE_VERBS,
    OPENING_PARTICIPLES,
    ORGANIZATION_WORDS,
    PARTICIPLE_PREPOSITIONS,
    PARTITIVE_QUANTIFIERS,
    PARTY_MEMBERS,
    PERSON_PRONOUNS,
    PLACE_ABBREVIATIONS,
    PLACE_MODIFIERS,
    PLACE_PREPOSITIONS,
    PLATFORM_LETTERS,
    PLATFORM_PREPOSITIONS,
    PLURAL_HEADS,
    PLURAL_PRONOUNS,
    POSSESSIVE_PRONOUNS,
    POST_NOMINALS,
    PREPOSITIONS,
    QUESTION_PARTICIPLES,
    QUESTION_WORDS,
    RECIPROCAL_ROLES,
    RELATIVE_PRONOUNS,
    ROLE_HOLDERS,
    ROLE_NOUNS,
    SELF_PRONOUNS,
    SERVICE_COMPOUNDS,
    SINGULAR_QUANTIFIERS,
    SINGULAR_THEY_HEADS,
    SPEAKER_DETERMINERS,
    SPEECH_CUES,
    STANCE_CUES,
    SUIT_IDIOM_VERBS,
    SURNAME_FIRST_NAMES,
    THING_PRONOUNS,
    TIME_MODIFIERS,
    TIME_WORDS,
    TITLE_SECONDS,
    TITLES,
    TO_ROLES,
    TRADE_ROLE_NOUNS,
    US_STATES,
)
from tui.core.model import Span, Speaker, SpeakerKind, new_speaker
from tui.core.organizations import (
    COMPANY_NOUNS,
    MEDIA_NOUNS,
    ORGANIZATION_MARKERS,
    ORGANIZATION_NOUNS,
    ORGANIZATION_PLURALS,
    PERSON_TRADES,
    SUBJECT_BODY_HEADS,
)
from tui.core.speaker_kinds import (
    NETWORKS,
    PARTY_STATE,
    PERSON_ROLES,
    TextEvidence,
    appositive_head,
    described_kind,
    given_name,
    marked_kind,
    people_plural,
    weakly_marked_kind,
)
from tui.core.text import (
    DASHES,
    alternation,
    last_word_start,
    occurrences,
    unaccented,
)

# A token (a word, or one punctuation mark) with the spaces before it, the only characters
# between two tokens. Possessive quantifiers ("*+", "++"): nothing ever needs to be given back,
# and the regex engine runs faster without keeping the state for it.
_TOKEN = re.compile(r"\w++(?:(?:[-’'&.]|(?<=\d),(?=\d))\w++)*+|[^\w\s]")
_CUE_WORDS = SPEECH_CUES | BELIEF_CUES | NAMING_CUES | STANCE_CUES
_NOUN_WORDS = ROLE_NOUNS | ORGANIZATION_WORDS | DOCUMENT_WORDS | MEDIA_WORDS | COLLECTIVE_HEADS
_ROLES_AND_BODIES = ROLE_NOUNS | ORGANIZATION_WORDS
_PRONOUNS = PERSON_PRONOUNS | PLURAL_PRONOUNS | THING_PRONOUNS
# Subject pronouns of a relative clause without "who" after a speaker: "the experts I
# interviewed said".
_CONTACT_SUBJECTS = frozenset({"i", "we", "you", "he", "she", "they"})
_PERSONS_OR_GROUPS = PERSON_PRONOUNS | PLURAL_PRONOUNS  # subjects wherever they stand
_NOT_NAME = ROLE_NOUNS | TITLES | FUNCTION_WORDS | DETERMINERS | _CUE_WORDS
# Unions and differences of the word lists used in loops, built once.
# "the former", "the latter": the first or the second of the last two people named.
_OF_TWO = {"former": 0, "latter": 1}
_NOT_BARE = _NOUN_WORDS | _PRONOUNS | RELATIVE_PRONOUNS | frozenset(_OF_TWO)
# The determiners where `_noun_phrase_before` stops, opening its phrase: not the demonstratives.
_PHRASE_DETERMINERS = DETERMINERS - {"that", "this", "these", "those"}
# "Councilwoman", "Congressman" before a name: roles, whatever the role list says.
_GENDERED_ROLES = frozenset(
    w
    for w in MALE_NOUNS | FEMALE_NOUNS
    if w.endswith(("man", "woman")) and w not in {"man", "woman"}
)
_ROLES_OR_TITLES = ROLE_NOUNS | TITLES | _GENDERED_ROLES
_TRADES = COMPANY_ROLE_NOUNS | TRADE_ROLE_NOUNS  # a role before a name, if it opens the phrase
_ROLES_OR_DOCUMENTS = ROLE_NOUNS | DOCUMENT_WORDS
# Heads of a speaker phrase with a complement: "a spokesman for X", "a coalition of X",
# "charities in Calais"; those that speak without an article before them.
_COMPLEMENTED_HEADS = _ROLES_OR_DOCUMENTS | ORGANIZATION_NOUNS | ORGANIZATION_PLURALS
_BARE_COMPLEMENTED_HEADS = _ROLES_OR_DOCUMENTS | ORGANIZATION_PLURALS
# The prepositions between a speaker and where it is ("a passenger on the ferry"), at most
# `_PLACE_CHAIN` of them ("a grower in the back of the hall"), and what may stand before
# such a subject: the clause's opening punctuation or conjunction.
_PLACE_OR_COMPLEMENT = PLACE_PREPOSITIONS | COMPLEMENT_PREPOSITIONS
_PLACE_CHAIN = 3
_INDEFINITE = frozenset({"a", "an", "one", "another"})
_CLAUSE_OPENERS = frozenset({",", ";", ":", "—", "–", "“", '"', "and", "but", "And", "But"})
_ARTICLES = frozenset({"a", "an", "the"})
_FOR_OR_OF = frozenset({"for", "of"})
# A share of people, who speak as a group: "nine percent said", "a majority say".
_SHARE_HEADS = frozenset("percent cent majority minority plurality".split())
# What opens a complement: COMPLEMENT_PREPOSITIONS, and the prepositions of place that tell
# where people who speak are ("residents along the river", "charities across the region").
_COMPLEMENT_OPENERS = COMPLEMENT_PREPOSITIONS | frozenset("across along near throughout".split())
_REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves"})
_SUITS = frozenset({"suit", "suits"})
# "the bank in Ohio", "the mother of the victim": one unnamed source
_COMPLEMENTED_NAMES = (
    ROLE_NOUNS | ORGANIZATION_NOUNS | ORGANIZATION_PLURALS | MALE_NOUNS | FEMALE_NOUNS
)
_TITLES_NOT_ROLES = TITLES - ROLE_NOUNS
_ROLES_NOT_TITLES = ROLE_NOUNS - TITLES
_CONJUNCTIONS = frozenset({"and", "or", "&"})
_NAME_SUFFIXES = frozenset({"inc", "corp", "co", "ltd", "llc", "plc", "jr", "sr"})  # with "."
_LIST_STOPS = _CONJUNCTIONS | {"the"}  # where a name in a list opens, read backward
_ROLE_NEVER_ENDS = _CONJUNCTIONS | COMPLEMENT_PREPOSITIONS | DETERMINERS | {"to", "as", "like"}
_ROLES_NOT_MEDIA = ROLE_NOUNS - MEDIA_WORDS
_ROLES_NOT_ORGANIZATION = ROLE_NOUNS - ORGANIZATION_WORDS
_RELATIVE_WORDS = RELATIVE_PRONOUNS | {"whose", "whom"}
_DOCUMENT_CONNECTORS = frozenset({"of", "by", "in"})  # "a survey of workers", "a report by ..."
# Subjects of a relative clause without "that" after a document's word: "a study he led"
_DOCUMENT_RELATIVE_SUBJECTS = _CONTACT_SUBJECTS - {"you"}
_OWNER_PRONOUNS = frozenset({"their", "its"})  # "Patients and their families"
_DOCUMENT_SOURCES = _DOCUMENT_CONNECTORS - {"of"}  # "a report by X", "a study in The Lancet"
_MAX_MODIFIERS = 3
_AGE = re.compile(r"\d+-year-old")
# An age, a party and state, a place of residence before an appositive role: "58,", "D-Vt.,",
# "of Dover, Del.,".
_AGE_BEFORE_ROLE = re.compile(
    rf"(?:\d{{1,3}}|{PARTY_STATE.pattern}|(?:of|from)\s+[A-Z][\w’'.-]*(?:,?\s+[A-Z][\w’'.-]*)*),\s+"
)
_RESIDENCE = frozenset({"of", "from"})  # before a place of residence: "Tom Hale, of Dover,"
# An appositive that is only an age and a place of residence ("of Dayton, Ohio", "34, of
# Austin"): where the speaker lives, no role.
_RESIDENCE_ONLY = re.compile(
    r"(?:\d{1,3},\s+)?(?:of|from)\s+[A-Z][\w’'.-]*(?:,?\s+[A-Z][\w’'.-]*)*"
)
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
# Prepositions opening an appositive that is an adjunct, no role (`_adjunct_opening`).
_ADJUNCT_PREPOSITIONS = frozenset("in during on after before via through amid".split())
_NAME_NUMBER_DIGITS = 4  # "Local 1199": the longest number inside a name
# Where a relative clause after an appositive's role noun opens: "an engineer who inspected it".
_RELATIVE_CLAUSE = re.compile(r"\s(?:who|which|that|whose|whom)\b")
_CONTRACTED_PRONOUN = re.compile(r"(he|she|they|it|i|we|who)[’'](?:s|ve|d|ll|re|m)")
_TIME_LEADS = frozenset({"on", "last", "this", "earlier", "late"})
_MAX_APPOSITIVE = 30
# Before a place of residence or work in an appositive: "a nurse from Aurora, Illinois,".
_RESIDENCE_PREPOSITIONS = frozenset("from in of near outside".split())
# The phrase finders clamp their bounds with conditional expressions, not max() or min(): in
# Python 3.11 each call of those builtins parses keyword arguments (~3k instructions), and
# they ran thousands of times per article.
PHRASE_WINDOW = 240  # characters around a cue searched for its speaker phrase
_NEAR = 56  # the first, shorter search before a cue
# Quantifiers floated after a plural subject: "they all said", "the two men both argued".
_FLOATING_QUANTIFIERS = frozenset({"all", "both", "each"})
# The words `_skip_between` skips, but for adverbs in -ly and years.
_MAY_STAND_BETWEEN = CUE_AUXILIARIES | TIME_WORDS | _FLOATING_QUANTIFIERS | {"to"}
_PLURAL_SUBJECTS = frozenset({"they", "we", "you"})
# Prepositions that open a sentence before its subject: "With a week to go, Ann Lee, ...".
_OPENING_PREPOSITIONS = frozenset(
    "in on at with after during for from following since before amid despite unlike under "
    "over by as".split()
)
# Adverbs of time before an opening preposition: "Earlier in the week", "Late on Sunday".
_OPENING_TIME_ADVERBS = frozenset("earlier later early late back shortly".split())
# Prepositions after an opening participle besides the opening ones: "Speaking to Radio 4",
# "Asked about the fares".
_PARTICIPLE_OBJECTS = frozenset({"to", "about"})
# Possessive and object pronouns -> their subject forms: "his", "him" -> "he".
_PRONOUN_FORMS = POSSESSIVE_PRONOUNS | OBJECT_PRONOUNS
_OPENING_ADVERBIAL_WORDS = 4  # at most, before the comma: "Also speaking on Sunday,"
_MAX_PARENTHESIS = 8  # tokens searched back for the "(" of a party and state: "(R-Ohio)"
# A speaker's id from the name: "the-white-house" -> "white-house".
_NOT_WORD = re.compile(r"[^\w]+")
_WORD_AT = re.compile(r"\w+")
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)-")
_POSTMODIFIER = re.compile(
    r"\b(?:" + alternation(ANONYMOUS_POSTMODIFIERS) + r")\b[^,.;:“”\"]{0,80}$"
)
_POSTMODIFIER_WORDS = re.compile(alternation(ANONYMOUS_POSTMODIFIERS))
_POSTMODIFIER_OPENING = re.compile(r"(?:" + alternation(ANONYMOUS_POSTMODIFIERS) + r")\b")
# See `_phrase_before`; "who" opens a relative clause ("a nurse who asked not to be named").
_MADE_OR_ANONYMOUS = DOCUMENT_PARTICIPLES | ANONYMOUS_HEADS | {"who"}
_PORTFOLIO_HEADS = frozenset("ministry department office".split())  # "the health ministry"
_QUOTE_MARK_TOKENS = frozenset('“”"')
_QUOTED_NAME_TOKENS = 5  # words of a name quoted inside an appositive
_MAX_RELATIVE = 9  # tokens of a relative clause before a cue ("who treated him on Friday")
_RELATIVE_LEADS = frozenset("first also has have had once".split())  # "that first posted"
_APOSTROPHES = frozenset({"'", "’"})
# Function words that end no speaker phrase right before a cue ("... and said", "a rise in
# attacks", "questions about tweets"): `phrase_before` passes over none of them (as it does
# `_MAY_STAND_BETWEEN`), reads none as a subject (a pronoun, "who", "which", "that"), a noun
# (`_NOUN_WORDS`) or the verb of a contact clause ("the people *we spoke* to", "with" after
# one), and no noun phrase ends at a function word. Before one, a phrase is found only where a
# document is followed by how it was made ("a poll taken in May and ...") or an unnamed source
# by a postmodifier ("those close to him"), which `MADE_OR_DESCRIBED` looks for in the
# lower-cased lead of the cue: the cue stage's test before it asks for the phrase.
ENDS_NO_PHRASE = frozenset(
    word
    for word in FUNCTION_WORDS
    - _MAY_STAND_BETWEEN
    - _NOUN_WORDS
    - (_PRONOUNS | AUTHOR_PRONOUNS | SELF_PRONOUNS | RELATIVE_PRONOUNS)
    - OBJECT_PRONOUNS.keys()  # "quoted him as saying"
    - {"that", "with"}
    if not word.endswith(("ly", "ed", "spoke", "met"))
)
MADE_OR_DESCRIBED = re.compile(
    alternation(DOCUMENT_PARTICIPLES | frozenset(ANONYMOUS_POSTMODIFIERS))
)
_CLAUSE_STOPS = frozenset({",", ".", ";", ":", "“", "”", '"', "(", ")"})


class Token(NamedTuple):
    start: int
    end: int
    word: str
    lower: str

    @property
    def capitalized(self) -> bool:
        # `_name_initial` inlined, as read for most tokens a phrase finder passes
        word = self.word
        initial = word[0].isupper() or "-" in word and _hyphened_name(word)
        return initial and self.lower not in FUNCTION_WORDS


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
        """A common noun phrase alone: no name, no role, no pronoun ("the low")."""
        return not any(
            w.lower() in _NOT_BARE or (w[0].isupper() and w.lower() not in DETERMINERS)
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
    """A surname with its particle hyphened to it: "al-Hassan", "el-Sayed"."""
    particle, _, rest = word.partition("-")
    return rest[:1].isupper() and particle in HYPHENED_PARTICLES


def _name_initial(word: str) -> bool:
    """Whether a word opens as a word of a name does: a capital, or a hyphened particle."""
    return word[0].isupper() or "-" in word and _hyphened_name(word)


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
                toks.append(make(Token, (at, at := at + len(word), word, word.lower())))
        pos += len(piece) + 1
    return toks


def _is_title_dot(toks: list[Token], index: int) -> bool:
    """Whether toks[index] is the period of a title or initial ("Gen.", "J.")."""
    if toks[index].word != "." or index == 0 or toks[index - 1].end != toks[index].start:
        return False
    word = toks[index - 1].lower
    return (
        word in TITLES
        or word in ABBREVIATIONS
        or (len(word) == 1 and word.isalpha() and not _platform_letter(toks, index - 1))
        or ("." in word and toks[index - 1].word.isupper())  # an acronym: S.E.C.
    )


def _place_abbreviation(words: list[str], index: int) -> bool:
    """Whether words[index] ("st", "mt") opens a place's name after a preposition ("of St.
    Paul"), where it is no title of the name after it."""
    return (
        words[index] in PLACE_ABBREVIATIONS
        and index > 0
        and words[index - 1] in COMPLEMENT_PREPOSITIONS
    )


def _platform_letter(toks: list[Token], index: int) -> bool:
    """Whether toks[index], a letter, names a platform after a preposition ("on X.")."""
    return (
        toks[index].lower in PLATFORM_LETTERS
        and index > 0
        and toks[index - 1].lower in PLATFORM_PREPOSITIONS
    )


def _possessive(word: str) -> bool:
    """Whether a token is a possessive ("Trump’s"). A token holds an apostrophe only between
    two word characters, so no regex is needed (it would be tried at every position)."""
    return word.endswith(("’s", "'s"))


def _acronym_title(toks: list[Token]) -> bool:
    """Whether `toks` are a determiner and a title or role in capitals: "the MP", "the SP"
    (Superintendent of Police), "the CEO"; a description, as "the senator" is."""
    return (
        len(toks) == 2
        and toks[0].lower in DETERMINERS
        and toks[1].word.isupper()
        and toks[1].lower in _ROLES_OR_TITLES
    )


def _owner_after_of(toks: list[Token], k: int) -> bool:
    """Whether toks[k] ends an owner standing alone after "of", a possessive name or pronoun:
    "of Dana Holt's", "of hers"."""
    if toks[k].lower not in _INDEPENDENT_POSSESSIVES and not _possessive(toks[k].word):
        return False
    while k > 0 and toks[k - 1].capitalized and toks[k].capitalized:
        k -= 1
    return k > 0 and toks[k - 1].lower == "of"


_INDEPENDENT_POSSESSIVES = frozenset("his hers theirs ours mine yours".split())


def _portfolio(description: str, head: str) -> set[str]:
    """A government department's field in its description, which the department it stands
    for must hold in its name: "health" of "the health ministry" (not the "Ministry of the
    Interior"); none for other heads."""
    if head.lower() not in _PORTFOLIO_HEADS:
        return set()
    return {w.lower() for w in description.split()[1:-1] if w.lower() in OFFICE_COMPLEMENTS}


def _owners(description: str) -> set[str]:
    """The plural possessors in a description ("nurses" of "the nurses' union"), or a plural
    noun modifying its head ("elections" of "the county elections board"): a body named
    otherwise ("Acme Pilots Union", "Board of Commissioners") is not the one it describes."""
    words = description.split()
    owners = {w.lower().rstrip("’'") for w in words if w.endswith(("s'", "s’"))}
    return owners | {w for w in words[1:-1] if _plural_modifier(w)}


def _unbound_title(words: list[str], index: int) -> bool:
    """Whether words[index], a title only before its office's noun ("Prime Minister"), stands
    before another word or last, inside a name ("Harlan Prime Meats", "Mr. Tan")."""
    bound = BOUND_TITLES.get(words[index])
    return bound is not None and (index + 1 == len(words) or words[index + 1] not in bound)


def _second_of_title(words: list[str], index: int) -> bool:
    """Whether words[index] is the second word of a two-word title ("Sri" of "Tan Sri")."""
    firsts = TITLE_SECONDS.get(words[index])
    return firsts is not None and index > 0 and words[index - 1] in firsts


def _possessors(description: str) -> set[str]:
    """The possessors in a description, as `_key` keeps them ("sheriff's" of "the sheriff's
    office"): a body named otherwise ("the Mayor's Office") is not the one it describes."""
    return {w.lower().strip(".’'") for w in description.split() if w.endswith(("'s", "’s"))}


def _body_office(description: str) -> bool:
    """Whether "office" after "the" names a body ("the office", "the sheriff's office"), not
    an owner's ("her office", "Lee's office")."""
    words = description.lower().split()
    return len(words) <= 3 and words[:1] == ["the"] and words[-1:] == ["office"]


def _verb_like(word: str) -> bool:
    """Whether a lower-case word after a subject's noun may be its verb, an adverb or a
    reflexive ("weighed", "says", "also", "himself"), not a noun it modifies ("head cook")."""
    return (
        word.endswith(("ed", "s", "ly"))
        or word in IRREGULAR_VERB_FORMS
        or word in _MAY_STAND_BETWEEN
        or word in _REFLEXIVES  # "The president himself weighed in"
    )


def _office_words(description: str) -> list[str]:
    """The words of an office a description names by its title, capitalised, lower case ("the
    Chief Minister": ["chief", "minister"]); none for a noun alone or a lower-case one ("the
    minister", "the veteran lawmaker")."""
    words = [w for w in description.split() if w.lower() not in DETERMINERS]
    if len(words) < 2 or not all(w[0].isupper() for w in words if w not in NAME_CONNECTORS):
        return []  # "the 47-year-old Republican", "the veteran lawmaker": no title
    return [w.lower() for w in words]


def _office_holder_of(holders: list[_Entry], office: list[str]) -> _Entry | None:
    """The first of `holders` who holds `office`: by its title ("Chief Minister", "Vandhara
    Chief Minister"), else by its words in another order ("Minister of Agriculture" for the
    "Agriculture Minister"), no deputy's, else one of no titled office; None when none is."""
    exact = next((e for e in holders if _holds_office(e.role, office)), None)
    if exact is not None:
        return exact
    wanted = set(office)
    for entry in holders:
        words = set((entry.role or "").lower().split())
        if wanted <= words and words.isdisjoint(OFFICE_SUBORDINATES):
            return entry
    # else one of no other office: "Ann Lee, a minister", not an "Agriculture Minister", nor
    # "the deputy chief minister" or "an ex-minister"
    return next((e for e in holders if not _titled_role(e.role) and not _subordinate(e.role)), None)


def _subordinate(role: str | None) -> bool:
    """Whether a role is a deputy's or a former holder's ("deputy chief minister",
    "ex-minister"): not the office itself."""
    words = (role or "").lower().split()
    return not OFFICE_SUBORDINATES.isdisjoint(words) or any(w.startswith("ex-") for w in words)


def _titled_role(role: str | None) -> bool:
    """Whether a role is an office by its title, a capitalised word before its noun."""
    words = (role or "").split()
    return any(w[0].isupper() for w in words[:-1])


def _holds_office(role: str | None, office: list[str]) -> bool:
    """Whether a role is the office of `office`'s words, maybe with its domain before them
    ("Vandhara Chief Minister"), not a deputy's ("Deputy Chief Minister")."""
    if role is None:
        return False
    words = role.lower().split()
    if words[-len(office) :] != office:
        return False
    return len(words) == len(office) or words[-len(office) - 1] not in OFFICE_SUBORDINATES


def _last_modified(role: str) -> str:
    """The role noun ending `role` with its modifiers, not past a function word ("by", "and")
    or a verb: "actress and activist" is "activist", "pleased the nominee" is "nominee"."""
    words = role.split()
    kept = len(words) - 1
    while kept > 0 and words[kept - 1].lower() not in _NOT_MODIFIERS:
        kept -= 1
    return " ".join(words[kept:])


def _plural_head(head: str) -> bool:
    """Whether a speaker's head noun is plural: in -s (not -ss), a plural of "-man", or one
    of `PLURAL_HEADS`."""
    if head.endswith("s"):
        return not head.endswith("ss")
    return _plural_of_man(head) or head in PLURAL_HEADS


def _plural_of_man(word: str) -> bool:
    """Whether a lower-case word is the plural of a noun in "-man" ("fishermen", "gunmen"; no
    speaker is a "specimen")."""
    return len(word) > 5 and word.endswith("men")


def _plural_modifier(word: str) -> bool:
    """A lowercase plural noun ("elections", "parks"), not an adjective ("various") nor a
    determiner ("its", "this")."""
    return (
        word[-1:] == "s"
        and word.isalpha()
        and word.islower()
        and not word.endswith(("ss", "us", "is"))
        and word not in DETERMINERS
    )


def _plural_possessive(toks: list[Token], j: int) -> bool:
    """Whether toks[j] is the apostrophe of a plural possessive, joined to the plural noun
    before it ("pilots'", "nurses’")."""
    return (
        toks[j].word in _APOSTROPHES
        and j > 0
        and toks[j - 1].end == toks[j].start
        and toks[j - 1].lower.endswith("s")
        and toks[j - 1].word.isalpha()
    )


def _head_ok(token: Token) -> bool:
    return (token.capitalized or token.lower in _NOUN_WORDS) and not _possessive(token.word)


def _modifier(token: Token) -> bool:
    """A lower-case word that may stand before a role noun ("longtime", "former")."""
    word = token.lower
    if word[0].isdigit():
        return _AGE.fullmatch(word) is not None  # "the 31-year-old forward"
    return (
        token.word[0].isalpha()
        and word not in FUNCTION_WORDS
        and word not in _CUE_WORDS
        and word not in CUE_AUXILIARIES
        and not word.endswith("ing")
    )


def _time_modifier(toks: list[Token], j: int, first: int) -> bool:
    """Whether toks[j] is a time adverb used as an adjective before a common noun ("*earlier*
    studies", "*later* reports"), not after a subject ("Lee earlier said")."""
    return toks[j].lower in TIME_MODIFIERS and j == first - 1 and toks[first].word.islower()


def _noun_phrase_before(toks: list[Token], index: int) -> int | None:
    """The index of the first token of the noun phrase ending at toks[index], or None."""
    if index < 0:
        return None
    if not _head_ok(toks[index]) and not _numbered_body(toks, index):
        if toks[index].lower in CHARGED_ROLES and index and toks[index - 1].lower == "the":
            return index - 1  # "The accused said": a participle made a noun
        return _common_noun_phrase(toks, index)
    first = index
    modifiers = 0
    j = index - 1
    while j >= 0:
        tok = toks[j]
        if tok.word == "." and _is_title_dot(toks, j):
            first = j - 1
            j -= 2
            continue
        if tok.lower in _PHRASE_DETERMINERS:
            if not _inner_article(toks, j):
                return j
            first = j  # "the Institute for *the* Study of War"
            j -= 1
            continue
        if tok.word in _APOSTROPHES and _plural_possessive(toks, j):  # "the pilots' union"
            first = j - 1
            j -= 2
            continue
        if tok.capitalized or tok.lower in _NOUN_WORDS or _possessive(tok.word):
            first = j
        elif (
            (
                (tok.lower in NAME_CONNECTORS or tok.word == "&")  # "Keller & Co."
                and j > 0
                and (toks[j - 1].capitalized or toks[j - 1].lower in _NOUN_WORDS)
            )
            or _in_surname(toks, j)
            or _subject_body_on(toks, j)
        ):
            first = j
        elif _dating_year(toks, j) or _numbered_name(toks, j):  # "a 2024 report"
            first = j
        elif (
            (_modifier(tok) or _ing_role_modifier(toks, j) or _time_modifier(toks, j, first))
            and modifiers < _MAX_MODIFIERS
            and (
                not toks[first].word[0].isupper()
                or _has_role(toks, first, index)
                or toks[index].lower in PARTY_MEMBERS  # "the 52-year-old Republican"
            )
        ):
            modifiers += 1
            first = j
        else:
            break
        j -= 1
    return first


def _subject_body_on(toks: list[Token], j: int) -> bool:
    """Whether toks[j] is the "on" inside a body's name, between its capitalised head and its
    capitalised subject ("the Committee on Public Safety"); not before a time ("the
    Committee on Monday", "the Council on Labor Day")."""
    return (
        toks[j].lower == "on"
        and 0 < j < len(toks) - 1
        and toks[j - 1].capitalized
        and toks[j - 1].lower in SUBJECT_BODY_HEADS
        and toks[j + 1].capitalized
        and toks[j + 1].lower not in TIME_WORDS
        and not _named_day(toks, j + 1)
    )


def _named_day(toks: list[Token], k: int) -> bool:
    """Whether toks[k] opens a named day: a feast ("Christmas") or up to three capitalised
    words ending in "Day" or "Eve" ("Labor Day", "Christmas Eve")."""
    if toks[k].lower in FEAST_DAYS:
        return True
    end = k
    while end < min(k + 2, len(toks) - 1) and toks[end + 1].capitalized:
        end += 1
    return end > k and toks[end].lower in DAY_NAME_ENDS


def _inner_article(toks: list[Token], j: int) -> bool:
    """Whether toks[j] is a "the" inside an organization's name, after the "of" or "for"
    after its head ("the Institute for the Study of War", "the Bank of the North"); not after
    a person's name ("Mr. Hale of the Audubon Society")."""
    return (
        toks[j].lower == "the"
        and j >= 2
        and toks[j - 1].lower in {"of", "for"}
        and toks[j - 2].capitalized
        and toks[j - 2].lower in ORGANIZATION_MARKERS
        and j + 1 < len(toks)
        and toks[j + 1].capitalized
    )


def _numbered_body(toks: list[Token], j: int) -> bool:
    """Whether toks[j] is the number that ends a body's name ("Teamsters Local 12")."""
    return j > 0 and toks[j - 1].lower in NUMBERED_BODIES and _numbered_name(toks, j)


def _numbered_name(toks: list[Token], j: int) -> bool:
    """Whether toks[j] is the number of a name ("a Channel 4 spokesperson", "a No 10
    source", "Radio 1 listeners", "Local 1199 president"): a number of up to four digits, not
    a year, after a capitalised word, no preposition."""
    word = toks[j].word
    return (
        word.isdigit()
        and len(word) <= _NAME_NUMBER_DIGITS
        and _YEAR.fullmatch(word) is None
        and j > 0
        and toks[j - 1].capitalized
        and toks[j - 1].lower not in PREPOSITIONS
    )


def _common_noun_phrase(toks: list[Token], index: int) -> int | None:
    """'the New York businessman', 'Ivana Trump's brief': a common noun after a determiner
    or a possessive, within a few modifiers; the index of its first token, or None."""
    head = toks[index]
    if not _modifier(head) or _adverb(head):
        return None
    if not head.word.isalpha() and _AGE.fullmatch(head.lower) is None:
        return None  # an age stands for its person: "the 27-year-old said"
    j = index - 1
    while (
        j >= 0
        and j >= index - _MAX_MODIFIERS - 1
        and (_modifier(toks[j]) or toks[j].capitalized or _ing_modifier(toks[j]))
    ):
        if _possessive(toks[j].word) or toks[j].lower in SPEAKER_DETERMINERS:
            break
        j -= 1
    plural = toks[index].lower.endswith("s") or _plural_of_man(toks[index].lower)
    if plural and (j < 0 or toks[j].lower in {"and", "or"}):
        # A plural opening its clause, or joined to another: "Regulators and environmental
        # groups".
        if j < 0:
            return 0
        return _noun_phrase_before(toks, j - 1) if j > 0 else None
    if plural and _opens_clause(toks[j]):
        return j + 1  # a plural opening its clause after a conjunction: "But economists say"
    if j < 0:
        return None
    if toks[j].lower in SPEAKER_DETERMINERS:
        return j
    if _possessive(toks[j].word) and toks[j].word[0].isupper():
        while j > 0 and toks[j - 1].capitalized:
            j -= 1
        return j
    if _possessive(toks[j].word) and j > 0 and toks[j - 1].lower in SPEAKER_DETERMINERS:
        return j - 1  # "the world's two biggest polluters"
    return None


def _dating_year(toks: list[Token], j: int) -> bool:
    """A year between a determiner and its noun, dating it: "a 2024 report", "the 1998 study"
    (not a bare year opening a clause: "in 2019 officials said")."""
    word = toks[j].word
    return (
        word[0] in "12"  # told at once for most words, without the regex
        and _YEAR.fullmatch(word) is not None
        and j > 0
        and toks[j - 1].lower in SPEAKER_DETERMINERS
    )


def _ing_modifier(tok: Token) -> bool:
    """A participle before a noun, not a cue: "running mate", "leading expert"."""
    return _participle(tok) and tok.lower not in _CUE_WORDS


def _ing_role_modifier(toks: list[Token], j: int) -> bool:
    """A participle naming a kind of role or of body, after a name, a determiner, a number,
    a role's adjective or a possessive: "the club's *sporting* director", "Acme *managing*
    director", "the union's *bargaining* committee", "two former *billing* clerks" (not
    "After *meeting* officials")."""
    before = toks[j - 1] if j > 0 else None
    return (
        _ing_modifier(toks[j])
        and toks[j + 1].lower in _ROLES_AND_BODIES
        and before is not None
        and before.lower not in PREPOSITIONS
        and (
            before.capitalized
            or before.lower in _PHRASE_DETERMINERS
            or before.lower in _ING_MODIFIER_OPENERS
            or before.word[0].isdigit()
            or _possessive(before.word)
        )
    )


# Words after which a participle may name a kind of role, as after a determiner: "two former
# *billing* clerks", "three senior *nursing* staff".
_ING_MODIFIER_OPENERS = frozenset(NUMBER_WORDS) | frozenset(
    "former senior junior retired longtime veteran current".split()
)


def _opens_clause(tok: Token) -> bool:
    """Whether a noun phrase after `tok` opens a clause: after punctuation or a conjunction."""
    return not tok.word[0].isalnum() or tok.lower in CLAUSE_CONJUNCTIONS


def _has_role(toks: list[Token], first: int, last: int) -> bool:
    return any(t.lower in _NOUN_WORDS or t.lower in TITLES for t in toks[first : last + 1])


def phrase_before(text: str, lower: int, cue_start: int) -> Phrase | None:
    """The speaker phrase that ends just before a cue at `cue_start` (not before `lower`)."""
    near = cue_start - _NEAR if cue_start - _NEAR > lower else lower
    reach = cue_start - _NAMING_REACH if cue_start > _NAMING_REACH else 0
    if text.find("name", reach, cue_start) >= 0 or text.find(" as ", reach, cue_start) >= 0:
        # a naming link may stand before the cue; most cues have neither word before them
        given = _given_name(text, lower, cue_start)
        if given is not None:
            return given
    told, found = _told_by_last_words(text, lower, near, cue_start)
    if told:
        return found
    near_toks = tokens(text, near, cue_start)
    found = _phrase_before(text, near_toks, cue_start)
    if near > lower and _near_edge(text, near, cue_start, found):
        # Too close to the edge of the short search: an appositive or a long name.
        wide_start = cue_start - PHRASE_WINDOW if cue_start - PHRASE_WINDOW > lower else lower
        wide = _widened(text, wide_start, near_toks, cue_start)
        found = _phrase_before(text, wide, cue_start)
    if found is not None and found.tokens and found.tokens[0].lower.endswith("based"):
        return _based_description(text, lower, found)
    return found


# A clause or participle by which a person described is given a name ("a woman, who gave only
# her first name, Daniela,", "one man, who gave his name as Yusuf,", "a man who asked to be
# identified only by his first name, Karim,", "a man identified in court papers only as Ruiz"),
# and the name, ending just before a cue: the name speaks, the description is its role.
_HIS_OR_HER = r"(?:his|her|their)\s+(?:first\s+|given\s+)?name(?:\s+only)?"
_NAMING_LINK = re.compile(
    r"(?:,\s*|\s+)(?P<lead>who\s+|and\s+)?(?:"
    r"(?:would\s+(?:only\s+)?)?(?:gave|give|gives|provided|offered|shared)\s+(?:only\s+)?"
    + _HIS_OR_HER
    + r"(?:\s+as|\s*,)"
    + r"|(?:asked|wanted|agreed|preferred|chose)\s+to\s+be\s+(?:identified|named|called)\s+"
    r"(?:only\s+)?(?:by\s+" + _HIS_OR_HER + r"\s*,|as)"
    r"|identified\s+(?:himself|herself|themselves)\s+(?:only\s+)?as"
    r"|(?:identified|named|known)\s+(?:in\s+(?:court\s+)?(?:papers|documents|filings|records)\s+)?"
    r"only\s+as"
    r")\s+(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})\s*,?\s*$"
)
_NAMING_REACH = 120  # characters before a cue searched for a naming link and its name


def _given_name(text: str, lower: int, cue_start: int) -> Phrase | None:
    """The name a naming link gives a person just before a cue (`_NAMING_LINK`), with the
    description before the link as its appositive, or alone when that is a pronoun's partitive
    ("One of them, who gave his name only as Yusuf, said"); None where no such link ends."""
    begin = cue_start - _NAMING_REACH if cue_start - _NAMING_REACH > lower else lower
    link = _NAMING_LINK.search(text, begin, cue_start)
    if link is None:
        return None
    name = tokens(text, link.start("name"), link.end("name"))
    if not _proper_name(name, 0, len(name)):
        return None
    described = None if link["lead"] == "and " else phrase_before(text, lower, link.start())
    if described is not None and not any(w.islower() for w in described.words):
        return described  # "Ann Lee, who asked to be identified as Ann,": named before
    if described is None or described.words[-1].lower() in _PRONOUNS:
        return _phrase_of(tuple(name))
    return _phrase_of(tuple(name), described.span)


# "The San Mateo, Calif.-" before "based company", "The Austin, " before "Texas-based company":
# the article of a company placed by its city and state, opening the sentence.
_PLACE_BASED = re.compile(r"(?:^|(?<=[.!?]\s))([Tt]he)\s+[A-Z][\w .,’'-]{1,40}?(?:-|,\s)$")


def _based_description(text: str, lower: int, found: Phrase) -> Phrase:
    """ "The San Mateo, Calif.-based company" (whose tokens split at the city's comma and the
    state's period): the article and the rest ("The company", "The Texas-based company"),
    which the company named before is; `found` when no such place stands before it."""
    opener = _PLACE_BASED.search(text, max(lower, found.span[0] - 48), found.span[0])
    if opener is None:
        return found
    article = Token(opener.start(1), opener.end(1), opener[1], opener[1].lower())
    kept = (article, *(found.tokens[1:] if found.tokens[0].lower == "based" else found.tokens))
    return _new_phrase((article.start, found.span[1]), tuple(t.word for t in kept), tokens=kept)


# Words a run of capitalised names told by `_told_by_last_words` never holds: each would send
# a reading somewhere else (a determiner, a pronoun, a time skipped, a document's participle).
_NOT_IN_NAME_RUN = (
    FUNCTION_WORDS
    | DETERMINERS
    | _MAY_STAND_BETWEEN
    | TIME_WORDS
    | _PRONOUNS
    | AUTHOR_PRONOUNS
    | RELATIVE_PRONOUNS
    | SELF_PRONOUNS
    | DOCUMENT_PARTICIPLES
    | {"that"}
)
# Marks that stop every reading back before a run of names: none is read as part of a phrase,
# and `_POSTMODIFIER` runs over none of them.
_NAME_RUN_STOPS = frozenset(',;:“”"')


def _told_by_last_words(
    text: str, lower: int, near: int, cue_start: int
) -> tuple[bool, Phrase | None]:
    """(True, the phrase before a cue) where the last words tell it, whatever the tokens before
    them and whichever search reads them, so none is made: a pronoun standing as a whole word
    ("he said"); capitalised names after a comma, a colon or a quotation mark (', Ann Lee
    said'), or opening the sentence; a quotation's closing mark after its punctuation ('...,”
    said': no phrase, as every reading stops at a punctuation mark there). (False, None)
    elsewhere. (`str.split` and the tokens' regex agree on what a space is.)"""
    begin = cue_start - 40 if cue_start - 40 > near else near
    lead = text[begin:cue_start].rstrip()
    if not lead or not (lead[-1].isalpha() or lead[-1] in '”"'):
        return False, None
    last = lead.rsplit(None, 1)[-1]
    if len(last) > 1 and last[-1] in '”"' and not (last[-2].isalnum() or last[-2] == "_"):
        return True, None
    end = begin + len(lead)
    if last.lower() in _PERSONS_OR_GROUPS:  # letters only: one token, the search's last
        start = end - len(last)
        if (start > near and text[start - 1].isspace()) or start == lower:
            return True, _new_phrase((start, end), (last,))
        return False, None
    if not (last.isalpha() and last[0].isupper()):
        return False, None  # most calls: no name ends the words, told before they are split
    words = lead.split()
    k = len(words)
    while k and words[k - 1].isalpha() and words[k - 1][0].isupper():
        if words[k - 1].lower() in _NOT_IN_NAME_RUN:
            return False, None
        k -= 1
    if k and words[k - 1][-1] not in _NAME_RUN_STOPS:
        return False, None
    names: list[Token] = []
    for word in reversed(words[k:]):  # each a token: letters only, a space either side
        start = end - len(word)
        names.append(tuple.__new__(Token, (start, end, word, word.lower())))  # as in `tokens`
        end = begin + len(lead[: start - begin].rstrip())
    if not k and names[-1].start != lower:
        return False, None  # a word the short search may cut, not the sentence's first
    return True, _phrase_of(tuple(reversed(names)))


def _near_edge(text: str, near: int, cue_start: int, found: Phrase | None) -> bool:
    """Whether the phrase `found` before a cue in text[near:cue_start] may start before
    `near`: it starts close to it, or after a preposition (a complement: "... at the clinic in
    Reno, who", its head further back); or, none found, a comma or a dash stands just before
    the cue (an appositive: "Unions, including X, have also endorsed", "Kall -- co-editor of
    a book -- said"); or a word stands before a phrase with an appositive (the object of a
    clause on the head before it)."""
    if found is None:
        lead = text[cue_start - 24 if cue_start - 24 > near else near : cue_start]
        return "," in lead or lead.rstrip()[-1:] in DASHES
    first = found.span[0]
    if found.appositive is not None:
        if found.appositive[0] < first:
            first = found.appositive[0]
        elif _last_char_before(text, first).isalpha():
            return True  # "A man who gave his name, fearing ...,": its head is further back
    if found.antecedent is not None and found.antecedent.span[0] < first:
        first = found.antecedent.span[0]
    return first < near + 12 or _after_preposition(text, near, first)


def _widened(text: str, start: int, toks: list[Token], end: int) -> list[Token]:
    """The tokens of text[start:end], given `toks`, those of a later start: a space ends
    every token, so from the first of `toks` after a space on they are the same."""
    after_space = next((k for k, tok in enumerate(toks) if text[tok.start - 1].isspace()), None)
    if after_space is None:
        return tokens(text, start, end)
    return tokens(text, start, toks[after_space].start) + toks[after_space:]


def _after_preposition(text: str, lower: int, start: int) -> bool:
    """Whether the word before `start` (after `lower`) is a preposition of a complement."""
    words = text[start - 8 if start - 8 > lower else lower : start].split()
    # or an agent: "a report released Tuesday by X", the document further back
    return bool(words) and (words[-1].lower() in COMPLEMENT_PREPOSITIONS or words[-1] == "by")


def _phrase_before(text: str, toks: list[Token], cue_start: int) -> Phrase | None:
    """The speaker phrase ending at the cue at `cue_start`, from `toks`, the tokens before it."""
    i = _skip_between(toks, len(toks) - 1)
    if i < 0:
        return None
    if i > 0 and _verb_after_subject(text, toks, i, cue_start):
        i -= 1  # "She gives credit to", "Hale avoids condemning": the subject, not its verb
    start, end, word, lower = toks[i]  # unpacked once: read below a dozen times
    contracted = _CONTRACTED_PRONOUN.fullmatch(lower) if "’" in word or "'" in word else None
    if contracted is not None:  # "he’s claiming", "they’ve said": the pronoun alone
        end = start + contracted.end(1)
        word, lower = word[: end - start], contracted.group(1)
        if lower not in RELATIVE_PRONOUNS:
            return _new_phrase((start, end), (word,))
    if lower in _PERSONS_OR_GROUPS or (
        (lower in _PRONOUNS or lower in AUTHOR_PRONOUNS)
        and (i == 0 or not toks[i - 1].word[0].isalnum() or toks[i - 1].lower in FUNCTION_WORDS)
    ):
        return _new_phrase((start, end), (word,))
    if lower in OBJECT_PRONOUNS and text.startswith("as ", cue_start):
        return _new_phrase((start, end), (word,))  # "quoted him as saying": he said it
    relative = lower in RELATIVE_PRONOUNS and not word.isupper()  # not "the WHO"
    if (relative or lower == "that") and i >= 1:
        # "Smith, who said", "the study -- which notes", or without the comma: "the police
        # department which reported", "a letter that says"
        j = i - 1
        while j >= 0 and (toks[j].word == "," or toks[j].word in DASHES):
            j -= 1
        antecedent = _relative_head(text, toks, j)
        if lower == "who" and antecedent is not None:
            antecedent = _who_head(text, toks, j, antecedent)
            antecedent = _described_name(text, toks, i, antecedent) or antecedent
        if antecedent is None or (lower == "that" and j < i - 1):
            return None
        if lower == "that":
            return antecedent
        return _new_phrase((start, end), (word,), antecedent=antecedent)
    if lower in SELF_PRONOUNS:
        return None
    if word == "," and i >= 1:
        return _appositive_phrase(text, toks, i)
    if word in DASHES and i >= 1:
        return _dashed_appositive(text, toks, i)
    if word == "." and _is_title_dot(toks, i):
        i -= 1
    if word == ")":
        stop = i - 12 if i > 11 else -1
        opening = next((j for j in range(i - 1, stop, -1) if toks[j].word == "("), None)
        if opening is None:
            return None
        i = opening - 1
    named = (
        (_name_after_outlet(toks, i) or _name_after_named(text, toks, i))
        if toks[i].capitalized
        else None
    )
    if named is not None:
        return named
    # One pass tells the common case: no document made, no source described, no relative clause.
    worded = not _MADE_OR_ANONYMOUS.isdisjoint(map(_LOWER, toks))
    # An unnamed source described, then a relative clause ("Researchers who led the study
    # said"), then a document made ("a poll taken in May"): each before the nouns inside.
    postmodified = _postmodified(text, toks, i) if worded else None
    if postmodified is not None:
        return postmodified
    relative = _relative_subject(text, toks, i) if worded or _that_before(toks, i) else None
    if relative is not None:
        return relative
    made = (worded and _made_document(text, toks, i)) or _contact_clause(text, toks, i)
    if made is not None:
        return made
    if lower in TIME_WORDS and (i == 0 or not toks[i - 1].capitalized):
        return None  # "... a “disgrace” Wednesday": a day is no speaker
    if lower in _SUITS and i > 0 and toks[i - 1].lower in SUIT_IDIOM_VERBS:
        return None  # "filed suit challenging the law": the verb's idiom, no document
    found = _phrase_at(text, toks, i)
    if found is None or len(found.tokens) > 3 and _role_inside(found.tokens):
        # "A spokesman for Kenya's foreign ministry": the role speaks, the ministry after a
        # possessive complements it
        found = _role_with_complement(text, toks, i) or found
    else:
        found = (
            _listed(toks, found)
            or _coordinated(toks, found)
            or _with_own_people(text, toks, found)
            or found
        )
        first = i + 1 - len(found.tokens)
        complemented = _named_with_complement(text, toks, found, first)
        if complemented is not None:
            # "The union representing workers at the plant": the union, not the workers
            outer = bisect_left(toks, (complemented.span[0],))
            found = _participle_object(text, toks, complemented, outer) or complemented
        else:
            found = (
                _participle_object(text, toks, found, first)
                or _participle_agent(text, toks, found, first)
                or found
            )
    if found is not None and found.tokens and _places_no_speaker(found):
        found = _person_at_place(text, toks, found) or found
    return found and (_document_by(text, toks, found) or found)


def _places_no_speaker(found: Phrase) -> bool:
    """Whether `found` is a common noun phrase that no person, body, medium or document heads
    ("the ferry", "the back of the hall"): a place or a thing, which says nothing."""
    head = found.tokens[-1]
    return (
        found.tokens[0].lower in _ARTICLES
        and head.word.islower()
        and head.lower not in _NOUN_WORDS
        and all(not t.capitalized for t in found.tokens[1:])
    )


def _person_at_place(text: str, toks: list[Token], found: Phrase) -> Phrase | None:
    """ "A passenger on the ferry said", "One grower in the back of the hall said": the noun
    phrase before the prepositions that lead to a place or a thing (`found`), when it opens
    its clause, is the speaker; None if no such phrase stands there."""
    first = bisect_left(toks, (found.span[0],))
    outer = None
    for _ in range(_PLACE_CHAIN):
        if first < 2 or toks[first - 1].lower not in _PLACE_OR_COMPLEMENT:
            break
        head = _phrase_at(text, toks, first - 2)
        if head is None or head.tokens[-1].lower in _PRONOUNS:
            return None
        outer, first = head, bisect_left(toks, (head.span[0],))
    if outer is None or (first > 0 and toks[first - 1].word not in _CLAUSE_OPENERS):
        return None
    return _new_phrase((outer.span[0], found.span[1]), outer.words + ("…",))


def _role_inside(found: tuple[Token, ...]) -> bool:
    """Whether a person's role in lower case stands inside the tokens of a phrase, before
    "for" or "of" and a possessive ("a spokesman for Kenya's foreign ministry"): the rest is
    the role's complement."""
    return any(
        tok.lower in _FOR_OR_OF
        and found[k - 1].lower in PERSON_ROLES
        and found[k - 1].word.islower()
        and any(_possessive(after.word) for after in found[k + 1 : k + 4])
        for k, tok in enumerate(found[1:-1], 1)
    )


def _participle_agent(text: str, toks: list[Token], found: Phrase, first: int) -> Phrase | None:
    """'Economists polled by Reuters', 'a man detained by police', 'a delegation led by Ann
    Lee': the noun before a past participle and its agent (`found`, whose first token is
    toks[first]) speaks, not the agent; one unnamed speaker, described by all of it."""
    if first < 3 or toks[first - 1].lower != "by" or not _past_participle(toks[first - 2]):
        return None
    head = _phrase_at(text, toks, first - 3)
    if head is None or not _describes_speaker(text, head):
        return None  # "Acme Corp., backed by": a name; "in no way affected by": no speaker
    return _new_phrase((head.span[0], found.span[1]), head.words + ("…",))


def _describes_speaker(text: str, head: Phrase) -> bool:
    """Whether the noun phrase `head` describes who may speak: its noun a person's role, an
    organization's noun or a plural ("economists"), in lower case or opening its sentence."""
    noun = head.words[-1]
    lower = noun.lower()
    if not noun.isalpha() or not (
        lower in PERSON_ROLES
        or lower in ORGANIZATION_NOUNS
        or lower in ORGANIZATION_WORDS
        or lower in PLURAL_HEADS
        or lower.endswith("s")
        and not lower.endswith("ss")
    ):
        return False
    before = _last_char_before(text, head.span[0])
    return noun.islower() or len(head.words) == 1 and before in ("", *'.!?:"”')


def _past_participle(tok: Token) -> bool:
    """Whether `tok` may be a past participle: a lower-case word in -ed, or an irregular one."""
    return tok.word.islower() and (tok.lower.endswith("ed") or tok.lower in IRREGULAR_VERB_FORMS)


def _participle_object(text: str, toks: list[Token], found: Phrase, first: int) -> Phrase | None:
    """'A lawyer representing Ann Lee', 'the firm advising the city': the role or the
    organization before a participle speaks, not the participle's object (`found`, whose first
    token is toks[first]); one unnamed speaker, described by all of it."""
    described = _participle_description(text, toks, first)
    if described is None:
        return None
    return _new_phrase((described.span[0], found.span[1]), described.words + ("…",))


def _name_after_outlet(toks: list[Token], i: int) -> Phrase | None:
    """'... with the editors of the Boston Globe Ford said': a name of one to three words
    (ending at toks[i]) just after an outlet's name ("Boston Globe", a capitalised word and a
    medium's word) with no comma between, is the subject; the outlet ends a complement."""
    j = i
    while j > 0 and i - j < 3 and toks[j].capitalized and toks[j].lower not in _NOUN_WORDS:
        j -= 1
    if j == i or toks[j].lower not in MEDIA_WORDS or j == 0 or not toks[j - 1].capitalized:
        return None
    return _phrase_of(tuple(toks[j + 1 : i + 1]))


def _name_after_named(text: str, toks: list[Token], i: int) -> Phrase | None:
    """'a retired machinist named Tom Vale said': a description in lower case, "named" and a
    name of up to three capitalised words ending at toks[i]: the name speaks, the description
    is its role."""
    j = next((k for k in range(i - 1, i - 4 if i > 3 else 0, -1) if toks[k].lower == "named"), 0)
    if not j or not all(t.capitalized for t in toks[j + 1 : i + 1]):
        return None  # most calls: no "named" among the three words before
    described = _phrase_at(text, toks, j - 1)
    if described is None or not all(
        w.islower() or w.lower() in DETERMINERS for w in described.words
    ):
        return None
    return _phrase_of(tuple(toks[j + 1 : i + 1]), described.span)


def _named_end(toks: list[Token], last: int) -> int | None:
    """Where a name ends that "named" puts after the phrase ending at toks[last] ("a rancher
    named Wes Cardle"), or toks[last] itself in such a name; None when none follows."""
    if toks[last].capitalized:
        return last
    if last + 2 >= len(toks) or toks[last + 1].lower != "named":
        return None
    end = last + 2
    while end + 1 < len(toks) and end - last < 4 and toks[end + 1].capitalized:
        end += 1
    return end if toks[last + 2].capitalized else None


def _verb_after_subject(text: str, toks: list[Token], i: int, cue_start: int) -> bool:
    """Whether toks[i], a lower-case word in -s before a cue, is the verb of the word before
    it, not a plural that word modifies: after "he", "she" or "it" ("She gives credit"), or
    after a capitalised word before a cue in -ing ("Hale avoids condemning", not "Acme
    workers saying"), when it is no noun of the lexicon nor has a plural for people's shape."""
    word, before = toks[i], toks[i - 1]
    if not (word.word.islower() and word.word.endswith("s")):
        return False
    if before.lower in PERSON_PRONOUNS or before.lower in THING_PRONOUNS:
        return True
    if not (
        before.capitalized
        and before.lower not in DETERMINERS
        and word.lower not in _NOUN_WORDS
        and not people_plural(word.word.capitalize())
        and text.startswith("ing", _word_end(text, cue_start) - 3)
    ):
        return False
    first = i - 1  # the name opens its clause: "Hale avoids", not "... Act lawsuits seeking"
    while first > 0 and toks[first - 1].capitalized:
        first -= 1
    if first > 0:
        return _opens_clause(toks[first - 1])
    return _last_char_before(text, toks[0].start) in ("", *'.!?\n"“”')


def _word_end(text: str, start: int) -> int:
    """The end of the word that starts at `start`."""
    match = _WORD_AT.match(text, start)
    return match.end() if match else start


def _with_own_people(text: str, toks: list[Token], found: Phrase) -> Phrase | None:
    """'Ann Hale and her aides', 'Patients and their families', 'Nurses and their union': a
    speaker and the people or the body of its own (`found`, a noun phrase opened by a
    possessive after "and") are one group's phrase; None if `found` is no such phrase, if no
    speaker stands before "and", or if a name comes with one person of its own ("Ann Lee and
    her lawyer": two speakers, read as they are)."""
    if len(found.tokens) < 2 or found.tokens[0].lower not in POSSESSIVE_PRONOUNS:
        return None
    conjunction = bisect_left(toks, (found.span[0],)) - 1
    if conjunction < 1 or toks[conjunction].lower != "and":
        return None
    before = _phrase_at(text, toks, conjunction - 1)
    if before is None or before.pronoun is not None:
        return None
    named = before.words[-1][0].isupper() and len(before.words) > 1
    if not _plural_head(found.tokens[-1].lower) and (
        found.tokens[0].lower not in _OWNER_PRONOUNS or named
    ):
        return None
    first = bisect_left(toks, (before.span[0],))
    if first > 0 and toks[first - 1].word[0].isalnum():
        return None  # "Acme fired 30 workers and their managers said": a clause of its own
    return _phrase_of(tuple(toks[first : conjunction + 1]) + found.tokens)


def _listed(toks: list[Token], found: Phrase) -> Phrase | None:
    """'Ann Hale, Tom Lee and Mary Roe', 'the Department of Housing, Infrastructure and
    Communities': capitalised names in a list, the last two joined by "and" or "or" (`found`,
    the phrase ending the tokens), are one speaker phrase; None if `found` is no such pair or
    no comma and name stand before it."""
    if len(found.tokens) < 3 or _CONJUNCTIONS.isdisjoint(map(_LOWER, found.tokens[1:-1])):
        return None
    if not all(_listed_word(t) for t in found.tokens):
        return None
    first = start = bisect_left(toks, (found.span[0],))
    while start >= 2 and toks[start - 1].word == "," and _listed_word(toks[start - 2]):
        k = start - 2
        while k > 0 and _listed_word(toks[k - 1]) and toks[k - 1].lower not in _LIST_STOPS:
            k -= 1
        if not toks[k].capitalized or any(t.lower in TIME_WORDS for t in toks[k : start - 1]):
            break  # "On Monday, Ann Hale and Tom Lee": a day is no speaker
        start = k
    if start == first:
        return None
    if start > 0 and toks[start - 1].lower == "the":
        start -= 1
    if start > 0 and toks[start - 1].lower in _OPENING_PREPOSITIONS | COMPLEMENT_PREPOSITIONS:
        return None  # "In Reno, Ann Hale and Tom Lee": a place, then the speakers
    return _phrase_of(tuple(toks[start : first + len(found.tokens)]))


def _coordinated(toks: list[Token], found: Phrase) -> Phrase | None:
    """'The museum and the government', 'the company and the union': two noun phrases joined
    by "and" (`found`, the second, led by a determiner) opening their clause are one subject;
    None if no such phrase stands before `found` ("met the mayor and the chief said")."""
    first = bisect_left(toks, (found.span[0],))
    if first < 2 or toks[first - 1].lower != "and" or toks[first].lower not in DETERMINERS:
        return None
    last = toks[first - 2]
    if not (last.lower in _NOUN_WORDS or last.capitalized) or last.lower in _PRONOUNS:
        return None
    start = _noun_phrase_before(toks, first - 2)
    if start is None or toks[start].lower not in DETERMINERS:
        return None
    if not (
        start == 0 and toks[0].word[0].isupper() or start > 0 and _opens_clause(toks[start - 1])
    ):
        return None
    return _phrase_of(tuple(toks[start : first + len(found.tokens)]))


def _listed_word(tok: Token) -> bool:
    """A word of a capitalised name in a list: a name's word, a connector, a title's period."""
    return (
        (tok.capitalized and not _possessive(tok.word))
        or tok.lower in NAME_CONNECTORS
        or (tok.word == ".")
    )


def _postmodifier(text: str, start: int, end: int) -> re.Match[str] | None:
    """`_POSTMODIFIER` in text[start:end], searched only where one of its words is."""
    if _POSTMODIFIER_WORDS.search(text, start, end) is None:
        return None  # the common case: a scan without a word boundary tried at each position
    return _POSTMODIFIER.search(text, start, end)


def _made_document(text: str, toks: list[Token], i: int) -> Phrase | None:
    """'a survey conducted in May shows', 'the average of polls taken this week shows': a
    document before a participle saying how it was made is the speaker phrase (with the noun
    whose complement it is), not a noun inside the participle's adjunct ("this week")."""
    if DOCUMENT_PARTICIPLES.isdisjoint(map(_LOWER, toks)):
        return None  # the common case, told at once
    for k in range(i, 0, -1):
        if toks[k].lower not in DOCUMENT_PARTICIPLES:  # each a word: tried first, as cheaper
            if not toks[k].word[0].isalnum():
                return None
        elif toks[k - 1].lower in DOCUMENT_WORDS:
            document = _phrase_at(text, toks, k - 1)
            if document is None:
                return None
            first = bisect_left(toks, (document.span[0],))
            if first >= 2 and toks[first - 1].lower == "of":  # "the average of polls"
                outer = _phrase_at(text, toks, first - 2)
                if outer is not None:
                    first = bisect_left(toks, (outer.span[0],))
            return _phrase_of(tuple(toks[first:k]))
    return None


def _contact_clause(text: str, toks: list[Token], i: int) -> Phrase | None:
    """'the experts I interviewed said', 'everyone we spoke to said': a noun phrase and a
    relative clause without its pronoun (a subject pronoun and a past verb) are one speaker
    phrase, headed by the noun."""
    j = i - 1 if toks[i].lower in {"to", "with"} else i
    verb = toks[j]
    if j < 2 or not verb.word.islower() or not verb.lower.endswith(("ed", "spoke", "met")):
        return None
    if toks[j - 1].lower not in _CONTACT_SUBJECTS:
        return None
    head = _phrase_at(text, toks, j - 2)
    if head is None:
        return None
    first = bisect_left(toks, (head.span[0],))
    return _phrase_of(tuple(toks[first : i + 1]))


def _named_with_complement(
    text: str, toks: list[Token], found: Phrase, first: int
) -> Phrase | None:
    """'Mr. Morgan of the Sierra Club', 'the head of the agency': the name or role before a
    prepositional complement is the speaker, not the complement's noun phrase (`found`, whose
    first token is toks[first]); words of where in a region before a complement's name
    belong to it ("Nurses in northern Ontario")."""
    modified = first
    while modified > 2 and toks[modified - 1].lower in PLACE_MODIFIERS:
        modified -= 1
    if modified < first and toks[first].capitalized:
        found = _phrase_of(tuple(toks[modified : first + len(found.tokens)]))
        first = modified
    if first < 2 or not _complement_opens(toks, first - 1):
        return None
    if _owner_after_of(toks, first - 2):
        # "a colleague of Lee's at the bank", "a friend of hers at school": the role speaks
        return _role_with_complement(text, toks, first + len(found.tokens) - 1)
    name = _phrase_at(text, toks, first - 2)
    if name is None or all(w.lower() in TIME_WORDS for w in name.words):
        return None  # "a “disgrace” Wednesday on The Morning Show": a day is no speaker
    k = bisect_left(toks, (name.span[0],))  # tokens are tuples led by their start
    if toks[first - 1].lower == "in" and toks[first].lower == "charge":
        # "Special Agent in Charge Ann Lee": one title, then the name
        return _phrase_of(tuple(toks[k : first + len(found.tokens)]))
    if k > 0 and toks[k - 1].lower in COMPLEMENT_PREPOSITIONS:
        # "Nurses at Mercy Hospital in Dayton", "the head of security at the ministry": the
        # phrase before the complement is itself a role's complement
        outer = _role_with_complement(text, toks, first + len(found.tokens) - 1)
        if outer is not None:
            return outer
    if toks[first - 1].lower == "from" and _opening_document(text, name):
        return None  # "Data from the county show": documents from a source are its own
    capitals = [w for w in name.words if w[0].isupper() and w.lower() not in _NOT_NAME]
    if capitals and not _capital_of_the_opening_only(text, name, capitals):
        return name
    if name.words[-1].lower() in _COMPLEMENTED_NAMES or (
        toks[first - 1].lower != "of" and _someone_described(name)
    ):  # "the head of the agency", "a farmer in Reno" (not "a series of tweets"): one unnamed
        return _new_phrase((name.span[0], found.span[1]), name.words + ("…",))
    return None


def _someone_described(name: Phrase) -> bool:
    """Whether `name` is an indefinite common noun phrase ("A farmer", "a shopkeeper"), which
    a place's name after it describes: no document ("a survey in Reno" is made)."""
    words = name.words
    return (
        len(words) >= 2
        and words[0].lower() in _INDEFINITE
        and words[-1].islower()
        and words[-1] not in DOCUMENT_WORDS
    )


def _opening_document(text: str, name: Phrase) -> bool:
    """Whether `name` is one document noun opening its sentence ("Data", "Figures")."""
    return (
        len(name.words) == 1
        and name.words[0].lower() in DOCUMENT_WORDS
        and _opens_line_or_sentence(text, name.span[0])
    )


def _capital_of_the_opening_only(text: str, name: Phrase, capitals: list[str]) -> bool:
    """Whether the only capital of a noun phrase in lower case is its first word's, opening
    the sentence: "Senior analysts at Corvel Research said" (a description, not a name)."""
    return (
        capitals == [name.words[0]]
        and len(name.words) > 1
        and name.words[-1].islower()
        and _opens_line_or_sentence(text, name.span[0])
    )


def _document_by(text: str, toks: list[Token], found: Phrase) -> Phrase | None:
    """'a report by the council', 'a study by researchers at X', 'a study in The Lancet': a
    document before "by" and its author, or before "in" and where it was published
    (`found`, the phrase ending the tokens), is one speaker phrase, headed by the document."""
    first = bisect_left(toks, (found.span[0],))  # tokens are tuples led by their start
    if first < 2 or toks[first - 1].lower not in _DOCUMENT_SOURCES:
        return None
    document = _phrase_at(text, toks, first - 2)
    if document is None:
        return None
    last = next(k for k in range(len(toks) - 1, -1, -1) if toks[k].end == found.span[1])
    joined = document.tokens + tuple(toks[first - 1 : last + 1])
    if _document_head(list(joined)) is None:
        return None
    return _phrase_of(joined)


def _document_head(toks: list[Token]) -> str | None:
    """The document word heading a noun phrase before its first "of", "by" or "in" ("a survey of
    dock workers", "a report by the council", "a study in The Lancet") or before the subject of
    its relative clause ("a study she led"), lower case; None if the word before is no document
    word, or a capitalised one ("The Post of ..."), or if a common noun stands before it: the
    phrase is then no noun phrase ("the ad uses footage of ...")."""
    for j in range(1, len(toks)):
        if toks[j].lower in _DOCUMENT_CONNECTORS or toks[j].lower in _DOCUMENT_RELATIVE_SUBJECTS:
            head = toks[j - 1]
            if not head.word.islower() or head.lower not in DOCUMENT_WORDS:
                return None
            if any(t.lower in _NOUN_WORDS and t.word.islower() for t in toks[: j - 1]):
                return None
            return head.lower
    return None


def _complement_opens(toks: list[Token], k: int) -> bool:
    """Whether toks[k] is a preposition that may open the complement of the word before it
    ("of", "at"; "to" after "ambassador", "adviser")."""
    connector = toks[k].lower
    return connector in _COMPLEMENT_OPENERS or (
        connector == "to" and k > 0 and toks[k - 1].lower in TO_ROLES
    )


def _role_with_complement(text: str, toks: list[Token], index: int) -> Phrase | None:
    """'Experts on Iran and missile defence': a role noun and its
    prepositional complement, ending at toks[index]."""
    if toks[index].lower in FUNCTION_WORDS:
        return None  # "a review of the defenses and": no noun ends the phrase
    for k in range(index - 2, index - 9 if index > 8 else -1, -1):
        if not toks[k + 1].word[0].isalnum() and not _is_title_dot(toks, k + 1):
            return None  # a title's period may stand in the complement: "for St. Jude"
        if toks[k].lower in _COMPLEMENTED_HEADS and _complement_opens(toks, k + 1):
            head = _phrase_at(text, toks, k)
            if head is None:
                return None
            if (
                toks[k].lower not in _BARE_COMPLEMENTED_HEADS
                and head.words[0].lower() not in _ARTICLES
            ):
                continue  # "their shop from ads …": an organization's noun speaks after an article
            first = bisect_left(toks, (head.span[0],))  # tokens are tuples led by their start
            if (
                first >= 2
                and toks[first - 1].lower in COMPLEMENT_PREPOSITIONS
                and toks[first - 2].lower in _COMPLEMENTED_HEADS
            ):  # "a spokeswoman for the secretary of state's office": the outer role
                head = _phrase_at(text, toks, first - 2) or head
            return _new_phrase((head.span[0], toks[index].end), head.words + ("…",))
    return None


def _skip_between(toks: list[Token], i: int) -> int:
    """The index before the auxiliaries, adverbs and times that may stand between a speaker
    and the cue ending at toks[i]: "Wells Fargo just this month announced"."""
    while i >= 0:
        _, _, word, lower = tok = toks[i]
        if lower not in _MAY_STAND_BETWEEN and not word.endswith("ly") and not word.isdigit():
            break  # the common case (a name, a noun), told at once
        if lower in CUE_AUXILIARIES or _adverb(tok):
            i -= 1
        elif i >= 1 and lower in TIME_WORDS and toks[i - 1].lower in _TIME_LEADS:
            i -= 2
        elif lower in TIME_WORDS and word[0].isupper():
            i -= 1  # "Umerov Tuesday said"
            if i >= 0 and _reduced_relative(toks, i):
                i -= 1  # "the poll released Friday shows"
        elif i >= 1 and word.isdigit() and toks[i - 1].lower in {"in", "since"}:
            i -= 2  # "a panel in 2001 found"
        elif lower == "to" and (verb := _catenative(toks, i)) is not None:
            i = verb - 1  # "he appeared to suggest", "went on to say"
        elif lower in _FLOATING_QUANTIFIERS and _quantifiable(toks, i - 1):
            i -= 1  # "Brown and Menendez all suggested", "they both said"
        else:
            break
    return i


def _catenative(toks: list[Token], to: int) -> int | None:
    """The index of the verb that "to" at `to` joins to the cue after it ("appeared to",
    "went on to"), or None."""
    j = to - 1 if to >= 1 and toks[to - 1].lower != "on" else to - 2
    return j if j >= 0 and toks[j].lower in CATENATIVE_VERBS else None


def _reduced_relative(toks: list[Token], i: int) -> bool:
    """Whether toks[i] is a past participle after its noun ("the poll released Friday
    shows"): a lower-case word in -ed after a noun or a name. Only before a time, where the
    word cannot be the main verb of a noun cue ("Obama scrutinized reports")."""
    word = toks[i].word
    if i < 1 or len(word) <= 4 or not word.endswith("ed") or not word.isalpha():
        return False
    if not word.islower() or toks[i].lower in FUNCTION_WORDS:
        return False
    before = toks[i - 1]
    return before.word[0].isalnum() and before.lower not in FUNCTION_WORDS and not _adverb(before)


def _quantifiable(toks: list[Token], i: int) -> bool:
    """Whether toks[i] may end the plural subject a floating quantifier follows: the last of
    names joined by "and" ("Brown and Menendez all"), a parenthesis ("Menendez (D-N.J.)
    all"), a plural pronoun or a plural noun ("officials both"), not a function word."""
    if i < 0:
        return False
    tok = toks[i]
    if tok.word == ")" or tok.lower in _PLURAL_SUBJECTS:
        return True
    if not tok.word.isalpha() or tok.lower in FUNCTION_WORDS:
        return False
    if tok.word.islower():
        return tok.word.endswith("s")
    return i >= 2 and toks[i - 1].lower == "and"


def _adverb(tok: Token) -> bool:
    return (
        tok.word.islower()
        and tok.word.endswith("ly")
        and len(tok.word) > 4
        and tok.lower not in NOT_ADVERBS
    )


def _phrase_at(text: str, toks: list[Token], index: int) -> Phrase | None:
    first = _noun_phrase_before(toks, index)
    if first is None:
        return None
    return _phrase_of(tuple(toks[first : index + 1]))


def _appositive_phrase(text: str, toks: list[Token], comma: int) -> Phrase | None:
    """'Name, appositive, said': the name before the first comma, with its appositive; a
    second appositive is allowed ("Name, a lawyer, one of the plaintiffs, said")."""
    last = comma
    head: Phrase | None = None
    head_comma = comma
    quoted = comma  # the opening mark of a name quoted inside ("author of “The Tide”,")
    for j in range(comma - 1, comma - _MAX_APPOSITIVE if comma >= _MAX_APPOSITIVE else -1, -1):
        if j >= quoted:
            continue
        if toks[j].word in _QUOTE_MARK_TOKENS and j == comma - 1:
            opening = _opening_mark(toks, j)
            if opening is not None:
                quoted = opening
                continue
        if toks[j].word in {";", ":", "“", "”", '"'}:
            break
        if toks[j].word != ",":
            continue
        if j == last - 1:
            break
        if head is not None and _opening_adverbial(toks, j):
            break  # "Reacting, the minister, Ann Lee, said": the opening names nobody
        if j >= 2 and toks[j - 1].word.isdigit() and toks[j - 2].word == ",":
            continue  # an age: "Schiff, 56, who ..."
        if _party_state_before(toks, j):
            continue  # "Sen. Ann Lee, D-Vt., the ranking member, said"
        if j >= 2 and toks[j - 2].lower in _RESIDENCE_PREPOSITIONS and _inside_place(toks, j):
            continue  # "a welder from Dayton, Ohio, said": the state ends the appositive
        end = _before_parenthesis(toks, j - 1)  # "Rep. Jim Jordan (R-Ohio), a member, said"
        if end > 0 and toks[end].word == "." and toks[end - 1].lower in _NAME_SUFFIXES:
            end -= 1  # "Acme Corp., a maker of panels, said"
        # A noun and its relative clause ("A clerk who saw it, fearing reprisals, said"); a
        # role with a bare complement: "The head of security, Ann Lee, said".
        found = (
            _relative_subject(text, toks, end)
            or _phrase_at(text, toks, end)
            or _role_with_complement(text, toks, end)
        )
        if toks[j + 1].lower == "who":  # "An aide familiar with the plan, who ...": no noun ends it
            found = _who_head(text, toks, end, found)
        if end > 0 and toks[end].capitalized and toks[end - 1].capitalized:
            found = _name_after_named(text, toks, end) or found  # "a nurse named Ann Lee, who
        if found is None and (_pronoun_partitive(toks, end) or toks[end].lower in NAMING_NOUNS):
            # "One of them, Joel Ruiz, 34, said", "One of them, the captain, said", "who gave
            # only her first name, Dora, said": the appositive is the speaker, the partitive
            # or the name given tells nothing of him
            if head is None:
                # ... or its relative clause: "One of them, a trader who lives abroad, said"
                opening = toks[j + 1].start
                apposed = _phrase_at(text, toks, comma - 1)
                if apposed is None or apposed.span[0] != opening:
                    apposed = _relative_subject(text, toks, comma - 1, comma - j)
                return apposed if apposed and apposed.span[0] == opening else None
            break
        if found is None:
            if head is not None:
                break  # "The bridge is safe, her aide, Ann Lee, said": content, no name
            return None
        first = next(k for k in range(end, -1, -1) if toks[k].start == found.span[0])
        # "Officials from the delegation, speaking ..., said": a role with its complement, all
        # the words before the comma
        complemented = _named_with_complement(text, toks, found, first)
        if complemented is not None and complemented.span[1] == found.span[1]:
            k = bisect_left(toks, (complemented.span[0],))
            # "The union representing workers at the plant, Local 12, said": the union
            described = _participle_object(text, toks, complemented, k)
            if described is not None:
                complemented, k = described, bisect_left(toks, (described.span[0],))
            if k == 0 or toks[k - 1].word == ",":
                found, first = complemented, k
        if head is not None and _opening_phrase(toks, first):
            break  # "Speaking on Radio 4, the minister, Ann Lee, said": Radio 4 says nothing
        if head is not None and _object_of_preposition(toks, first):
            break  # "A, it said in a release, the operator, Acme, said": no subject
        head, head_comma = found, j
        if first >= 2 and toks[first - 1].lower in {"of", "from"} and toks[first - 2].word == ",":
            last = first - 2  # "Name, 59, of Dover, Del., said": a place of residence
            continue
        if first == 0 or toks[first - 1].word != "," or last != comma:
            break
        last = first - 1  # the head is itself an appositive: look for the name before it
    if head is None:
        return None
    if head.appositive is not None and head.appositive[1] < head.span[0]:
        return head  # "a deckhand named Olle Brandt, who ...": the description, its role
    after_head = bisect_left(toks, (head.span[1],)) + 1  # tokens are tuples led by their start
    if toks[after_head - 1].word == "(":
        after_head = head_comma + 1  # the appositive after the comma, not the parenthesis
    if toks[after_head].lower in CLAUSE_CONJUNCTIONS:
        return None  # "..., and the meeting ended, said": a clause, not an appositive
    apposed = _apposed_name(text, toks, head, after_head, comma)
    if apposed is not None:
        return apposed
    appositive = (toks[after_head].start, toks[comma - 1].end)
    return _new_phrase(head.span, head.words, appositive, tokens=head.tokens)


def _post_nominal(toks: list[Token]) -> bool:
    """Whether the tokens end in letters after a name ("Ann Hale KC"), in capitals, after a
    name's word in title case."""
    return (
        len(toks) > 2
        and toks[-1].lower in POST_NOMINALS
        and toks[-1].word.isupper()
        and toks[-2].capitalized
        and not toks[-2].word.isupper()
    )


def _opening_mark(toks: list[Token], closing: int) -> int | None:
    """The index of the quotation mark opening a short quoted name that toks[closing] closes
    ("“The Long Road”", "\"Truth Now\""), its words capitalised; None if there is none."""
    for k in range(closing - 1, max(-1, closing - _QUOTED_NAME_TOKENS - 2), -1):
        if toks[k].word in _QUOTE_MARK_TOKENS:
            inside = toks[k + 1 : closing]
            return k if inside and inside[0].word[:1].isupper() else None
        if not toks[k].word[:1].isalnum():
            return None
    return None


def _object_of_preposition(toks: list[Token], first: int) -> bool:
    """Whether the phrase opening at toks[first] is a preposition's object inside a clause
    ("in 2019 during a routine release"), not after a comma ("Ann Lee, 59, of Dover")."""
    return first >= 2 and toks[first - 1].lower in PREPOSITIONS and toks[first - 2].word != ","


def _body_end(match: re.Match[str]) -> int | None:
    """Where the body owned in an `_OWNED_BODY` match ends: after the first of its words that
    is an organization's ("coast guard", "foreign ministry" in "... ministry gave"); None if
    none is."""
    words = match["body"].split()
    end = match.start("body")
    for k, word in enumerate(words):
        end += len(word)
        lower = word.lower()
        if lower in ORGANIZATION_WORDS or " ".join(words[k - 1 : k + 1]) in SERVICE_COMPOUNDS:
            return end
        end += 1
    return None


def _pronoun_partitive(toks: list[Token], end: int) -> bool:
    """Whether toks[:end + 1] end with the partitive of a pronoun that opens its clause ("One
    of them", "..., two of us")."""
    return (
        end >= 2
        and toks[end].lower in OF_PRONOUNS
        and toks[end - 1].lower == "of"
        and toks[end - 2].lower in PARTITIVE_QUANTIFIERS
        and (end == 2 or not toks[end - 3].word[0].isalnum())
    )


def _party_state_before(toks: list[Token], j: int) -> bool:
    """Whether a party and a state set off by commas end at the comma toks[j] ("Lee, R-Ohio,",
    "Lee, D-N.Y.,")."""
    k = j - 1 - (toks[j - 1].word == ".")
    return k >= 1 and toks[k - 1].word == "," and PARTY_STATE.fullmatch(toks[k].word) is not None


def _inside_place(toks: list[Token], j: int) -> bool:
    """Whether the comma toks[j], after a preposition and a capitalised word, is the one
    inside a place ("from Dayton, Ohio,", "in Fresno, Calif.,"): one capitalised word (and
    its abbreviation's dot) and a comma follow it; not a given name ("a woman from Honduras,
    Daniela, said": her name), unless a state's too ("from Seattle, Washington,")."""
    if not toks[j - 1].word[:1].isupper() or j + 2 >= len(toks):
        return False
    state = toks[j + 1].word
    after = j + 3 if toks[j + 2].word == "." else j + 2
    return (
        state[:1].isupper()
        and state.isalpha()
        and after < len(toks)
        and toks[after].word == ","
        and (
            (toks[j + 1].lower not in _GIVEN_NAMES and toks[j + 1].lower not in UNISEX_NAMES)
            or toks[j + 1].lower in US_STATES
        )
    )


def _apposed_name(
    text: str, toks: list[Token], head: Phrase, after_head: int, comma: int
) -> Phrase | None:
    """'Her neighbor, Tom Hale, said', 'A spokeswoman for the agency, Ann Lee, said', 'The
    contractor, Acme Builders, said': a description before the comma and a proper name after
    it; the name is the speaker, the description its appositive (its role). Also a name led by
    a title after an opening phrase ("With a week to go, Sen. Ann Lee said"; "The senator from
    Reno, Sen. Ann Lee, said"). None when the words after the head are no proper name."""
    end = next((k for k in range(after_head, comma) if toks[k].word == ","), comma)
    last = after_head - 2  # the head's last token, before its comma
    after_head = _past_role(toks, after_head, end)
    if after_head < end and not _proper_name(toks, after_head, end):
        end = _before_affiliation(toks, after_head, end)
    name = toks[after_head:end]
    if not name or not _proper_name(toks, after_head, end):
        return None
    first = bisect_left(toks, (head.span[0],))
    if head.words[-1].lower() in NAMING_NOUNS:
        return _phrase_of(tuple(name))  # "who gave only her first name, Dora, said": no role
    description = _role_with_complement(text, toks, last) or head
    head_word = description.words[-2] if description.words[-1] == "…" else head.words[-1]
    described = (
        head_word.isalpha()
        and head_word.islower()
        or (description is not head or head.words[0].lower() in DETERMINERS)
        and head_word.lower() in PERSON_ROLES  # "The Opposition Leader, Ann Vale, said": a role
    ) and head_word.lower() not in DOCUMENT_WORDS
    by_participle = _participle_description(text, toks, first)
    if by_participle is not None:
        # "The bank advising Acme, Morrow & Co., said": Acme is the participle's object
        role: Span | None = (by_participle.span[0], head.span[1])
    elif _opening_phrase(toks, first):
        # "In Reno, Ann Lee, a nurse, said": the phrase is no description; the name's own
        # appositive, if any, is.
        role = (toks[end + 1].start, toks[comma - 1].end) if end + 1 < comma else None
    elif described:
        role = description.span
    elif name[0].lower in TITLES and len(name) > 2 and description is head:
        role = None
    else:
        return None
    return _phrase_of(tuple(name), role)


# A nationality's shape ("Chilean", "Slovenian", "Congolese", "Danish", "Iraqi", "French"),
# before a role in lower case.
_NATIONALITY = re.compile(r"[A-Z][a-z]+(?:an|ese|ish|i|ic|ch)")


def _nationality_before(toks: list[Token], k: int) -> bool:
    """Whether toks[k] is a nationality before a lower-case word ("the Chinese premier"),
    which names nobody."""
    return (
        k + 1 < len(toks)
        and toks[k + 1].word[:1].islower()
        and _NATIONALITY.fullmatch(toks[k].word) is not None
    )


def _past_role(toks: list[Token], start: int, end: int) -> int:
    """Where the name starts in an appositive toks[start:end] that puts a role in lower case
    before it ("Her husband, *the former cyclist* Marc Hale, said"; a nationality among its
    words: "*former Chilean foreign minister* Ana Diaz"): after the role noun, or at a title
    after a lower-case scope ("*state* Rep. Ana Diaz"); else `start`."""
    k = start
    while k < end and (
        toks[k].word.islower()
        and toks[k].word.isalpha()
        or k + 1 < end
        and _NATIONALITY.fullmatch(toks[k].word) is not None
        and toks[k + 1].word.islower()
    ):
        k += 1
    if start < k < end and toks[k - 1].lower in PERSON_ROLES and _proper_name(toks, k, end):
        return k
    if k == start + 1 and toks[start].lower == "the" and _proper_name(toks, k, end):
        return k  # "A union, *the* Pilots Association, said": the name after its article
    if (
        start < k < end
        and toks[k].lower in TITLES
        and all(_modifier(t) and t.lower not in PREPOSITIONS for t in toks[start:k])
        and _proper_name(toks, k, end)
    ):
        return k  # "His running mate, *state* Rep. Ana Diaz, said": the title opens the name
    return start


def _participle_description(text: str, toks: list[Token], first: int) -> Phrase | None:
    """The description a name at toks[first] is the object of, through a participle and its
    preposition if any: "the bank advising", "a lawyer representing", "officials meeting
    in", "passengers stranded at" (a past participle only before a preposition); None if no
    organization's or person's noun and participle stand before it."""
    at = first - 1  # the participle
    if at >= 2 and toks[at].lower == "the" and toks[at - 1].lower in PARTICIPLE_PREPOSITIONS:
        at -= 1  # "living near the Elm River"
    preposition = toks[at].lower if at >= 2 and toks[at].lower in PARTICIPLE_PREPOSITIONS else ""
    if preposition:
        at -= 1
    if at < 1 or not (
        _participle(toks[at]) or preposition in PLACE_PREPOSITIONS and _past_participle(toks[at])
    ):
        return None
    noun = toks[at - 1].lower
    if (
        noun not in ORGANIZATION_NOUNS
        and noun not in PERSON_ROLES
        and noun not in DOCUMENT_WORDS  # "a clip circulating with the post"
        and not _plural_head(noun)
    ):
        return None  # "delegates gathering at": people, by their plural
    return _phrase_at(text, toks, at - 1)


def _participle(tok: Token) -> bool:
    """Whether `tok` may be a present participle: a lower-case word in -ing."""
    return tok.word.islower() and tok.lower.endswith("ing")


def _before_affiliation(toks: list[Token], start: int, end: int) -> int:
    """Where a person's name of two words or more ends before "of" and the body the person
    belongs to ("Zeynep Arslan of the opposition party"); `end` if no "of" follows one."""
    for k in range(start + 2, end):
        if toks[k].lower == "of":
            return k if _proper_name(toks, start, k) else end
    return end


def _proper_name(toks: list[Token], start: int, end: int) -> bool:
    """Whether toks[start:end] are a proper name: capitalised words (not only titles, roles or
    places), initials and titles with their periods, "of" or "&" inside."""
    words = toks[start:end]
    if not _name_initial(words[0].word):
        return False
    if not words[-1].word[0].isalnum() and not _is_title_dot(toks, end - 1):
        return False
    plain = 0
    for k, tok in enumerate(words, start):
        if tok.word == "." and _is_title_dot(toks, k):
            continue
        if tok.lower in NAME_CONNECTORS or tok.word == "&" or _in_surname(toks, k):
            continue
        if not tok.capitalized or _possessive(tok.word) or tok.lower in DETERMINERS:
            return False
        if tok.lower not in _ROLES_OR_TITLES:
            plain += 1
    return plain > 0 and " ".join(t.lower for t in words) not in GOVERNMENT_PLACES


def _opening_adverbial(toks: list[Token], comma: int) -> bool:
    """Whether the words that open the sentence up to toks[comma] are a short adverbial, a
    participle or a preposition's phrase ("Reacting,", "Also speaking,", "In response,")."""
    j = comma
    while j > 0 and comma - j < _OPENING_ADVERBIAL_WORDS:
        j -= 1
        if toks[j].word in {",", ";", ":"}:
            return False
        if toks[j].word in {".", "“", "”", '"', "?", "!"}:
            j += 1
            break
    else:
        if j > 0:
            return False  # longer than an adverbial: a name's words, a list
    words = [t.lower for t in toks[j:comma]]
    return bool(words) and (
        words[0] in _OPENING_PREPOSITIONS or any(w in OPENING_PARTICIPLES for w in words)
    )


def _opening_phrase(toks: list[Token], first: int) -> bool:
    """Whether toks[first] stands in a phrase that opens its sentence, or follows a comma, with
    a preposition ("With a week to go", "Last week, in Reno"), or with a participle and its
    preposition ("Speaking on Radio 4", "Writing in the Herald", "Asked about the fares"), as
    far as the tokens reach."""
    j = first
    while j > 0 and toks[j - 1].word not in {".", "“", "”", '"', ";", ":", "?", "!", ","}:
        j -= 1
    opening = j > 0 or toks[j].word[0].isupper()
    if j + 1 < first and (
        toks[j].lower.endswith("ing")
        or toks[j].lower in QUESTION_PARTICIPLES
        or toks[j].lower in _OPENING_TIME_ADVERBS
    ):
        j += 1  # the preposition after the participle or the adverb ("Earlier in the week")
    return (
        j < first
        and opening
        and (toks[j].lower in _OPENING_PREPOSITIONS or toks[j].lower in _PARTICIPLE_OBJECTS)
    )


def _who_head(text: str, toks: list[Token], end: int, head: Phrase | None) -> Phrase | None:
    """What "who" after toks[end] stands for: a person's role and its complement ("A nurse at
    the clinic in Reno, who ..."), or an unnamed source and its postmodifier ("A person
    familiar with the talks, who ..."), not the place or the thing ending it; else `head`."""
    return _role_with_complement(text, toks, end) or _postmodified(text, toks, end) or head


def _described_name(text: str, toks: list[Token], who: int, head: Phrase) -> Phrase | None:
    """'Ray Dunn, a farmer who ...', 'Ray Dunn, one of the farmers, who ...': "who" after an
    indefinite or a partitive description set after a name and its comma stands for the name,
    the description its appositive; None if `head`, what ends before toks[who], is no such
    description."""
    first = bisect_left(toks, (head.span[0],))
    if head.words[0].lower() in {"a", "an"}:
        comma = first - 1
    elif first >= 3 and toks[first - 1].lower == "of" and toks[first - 2].lower == "one":
        comma = first - 3  # "Jo Ames, one of the members who ...": she is one of them
    else:
        return None
    if comma < 1 or toks[comma].word != ",":
        return None
    # "Ray Dunn, a farmer, who ...": the comma closing the description ends it as "who" does
    name = _appositive_phrase(text, toks, who - 1 if toks[who - 1].word == "," else who)
    if name is None or _opening_phrase(toks, bisect_left(toks, (name.span[0],))):
        return None  # "In Reno, a farmer who ...": a place, then the description
    return name


def _postmodified(text: str, toks: list[Token], i: int) -> Phrase | None:
    """'a person familiar with the talks', 'officials close to the case': an unnamed source
    and the words describing it, ending at toks[i]; None if no such source ends there."""
    postmodified = _postmodifier(text, toks[0].start, toks[i].end)
    if postmodified is None:
        return None
    k = next((j for j, t in enumerate(toks) if t.start >= postmodified.start()), None)
    if k is None or k < 1 or not _anonymous_head(toks[k - 1], toks[k]):
        return None
    head = toks[k - 1]
    found = _phrase_at(text, toks, k - 1) or _new_phrase((head.start, head.end), (head.word,))
    return _new_phrase((found.span[0], toks[i].end), found.words + ("…",))


def _relative_subject(
    text: str, toks: list[Token], i: int, reach: int = _MAX_RELATIVE
) -> Phrase | None:
    """'The nurse who treated him said', 'Officials who oversee the program said': a noun
    phrase and its relative clause with "who", no punctuation in it, ending at toks[i], are
    the speaker phrase, headed by the noun (not the clause's object); None if no such
    clause ends there; `reach` tokens are looked at (more between commas)."""
    for j in range(i - 1, max(0, i - reach), -1):
        if not toks[j].word[0].isalnum():
            return None
        if toks[j].lower == "who":
            head = _relative_head(text, toks, j - 1)
            if head is None or not (head.words[-1].islower() or len(head.words) == 1):
                return None  # "Ann Lee who ...": a name is read as it was
            return _new_phrase((head.span[0], toks[i].end), head.words + ("…",))
        if toks[j].lower == "that" and _relative_verb(toks, j + 1, i):
            head = _phrase_at(text, toks, j - 1)
            if head is not None and head.words[-1] in _NOUN_WORDS:  # not "found that ..."
                return _new_phrase((head.span[0], toks[i].end), head.words + ("…",))
    return None


def _relative_head(text: str, toks: list[Token], j: int) -> Phrase | None:
    """The noun phrase ending at toks[j] that a relative pronoun after it stands for, or
    "those" ("Those who voted for it said")."""
    head = _phrase_at(text, toks, j)
    if head is None and j >= 0 and toks[j].lower == "those":
        return _new_phrase(toks[j][:2], (toks[j].word,), tokens=(toks[j],))
    return head


def _that_before(toks: list[Token], i: int) -> bool:
    """Whether "that" stands among the few tokens before toks[i] (`_relative_subject`)."""
    return any(t.lower == "that" for t in toks[max(0, i - _MAX_RELATIVE) : i])


def _relative_verb(toks: list[Token], k: int, i: int) -> bool:
    """Whether a relative clause's verb in the past opens toks[k:i] after "that", past an
    adverb or an auxiliary ("the page that (first) shared the claim", "the group that has
    organized"), not a subject ("that officials", "that the page")."""
    while k < i and (toks[k].lower in _RELATIVE_LEADS or _adverb(toks[k])):
        k += 1
    return k < i and _past_participle(toks[k])


def _anonymous_head(head: Token, modifier: Token) -> bool:
    """Whether `head` heads an unnamed source whose postmodifier opens with `modifier`: a
    head of `ANONYMOUS_HEADS` ("a person familiar with"), or any noun before a relative
    clause asking anonymity ("a nurse who asked not to be named")."""
    if head.lower in ANONYMOUS_HEADS:
        return True
    return modifier.lower == "who" and head.word.isalpha() and head.word.islower()


def _dashed_appositive(text: str, toks: list[Token], dash: int) -> Phrase | None:
    """'Kall -- co-editor of a book -- said': the name before the opening dash, with the
    words between the dashes as its appositive."""
    close = dash
    while close > 0 and toks[close - 1].word in DASHES:  # "--"
        close -= 1
    for j in range(close - 1, close - _MAX_APPOSITIVE if close > _MAX_APPOSITIVE else 0, -1):
        if toks[j].word in {";", ":", "“", "”", '"'}:
            return None
        if toks[j].word not in DASHES:
            continue
        opening = j
        while j > 0 and toks[j - 1].word in DASHES:
            j -= 1
        head = _phrase_at(text, toks, j - 1) if opening + 1 < close else None
        if head is None:
            return None
        appositive = (toks[opening + 1].start, toks[close - 1].end)
        return _new_phrase(head.span, head.words, appositive, tokens=head.tokens)
    return None


def _opening_word(text: str, toks: list[Token]) -> bool:
    """Whether the first token, opening its sentence, is an adverb or a participle with its
    agent, not a subject: "Recently, it issued ...", "Stung by the reviews, Lee ..."."""
    if len(toks) < 2 or not toks[0].word[0].isupper():
        return False
    before = text[toks[0].start - 8 if toks[0].start > 8 else 0 : toks[0].start].rstrip()
    if before and before[-1] not in '.!?:\n”"':
        return False
    word, after = toks[0].lower, toks[1].lower
    if after == "by":
        return word.isalpha() and word not in _GIVEN_NAMES and word not in TITLES
    adverb = word.endswith("ly") and len(word) > 4 and word not in NOT_ADVERBS
    return after == "," and adverb and word not in _GIVEN_NAMES


def _before_parenthesis(toks: list[Token], i: int) -> int:
    """The token before a short parenthesis ending at `i` ("Jordan (R-Ohio)"), else `i`."""
    if i < 1 or toks[i].word != ")":
        return i
    for j in range(i - 1, i - _MAX_PARENTHESIS if i > _MAX_PARENTHESIS else 0, -1):
        if toks[j].word == "(":
            return j - 1
        if toks[j].word in {")", ",", ";", "“", "”", '"'}:
            break
    return i


def phrase_after(text: str, start: int, upper: int) -> Phrase | None:
    """The speaker phrase that starts at `start` after an inverted cue ("said Caddell")."""
    toks = tokens(text, start, start + PHRASE_WINDOW if start + PHRASE_WINDOW < upper else upper)
    if not toks:
        return None
    if toks[0].lower in _PRONOUNS:
        return _new_phrase((toks[0].start, toks[0].end), (toks[0].word,))
    if (
        len(toks) > 1
        and toks[0].lower == "the"
        and toks[1].lower in _OF_TWO
        # not "the former mayor", "the former Acme chief": a noun after it
        and (len(toks) == 2 or not (toks[2].capitalized or toks[2].lower in _NOUN_WORDS))
    ):
        return _new_phrase((toks[0].start, toks[1].end), (toks[0].word, toks[1].word))
    if _opening_word(text, toks):
        return None
    last = _phrase_end(toks, 0)
    if last is None:
        return None
    words = tuple(t.word for t in toks[: last + 1])
    if not any(w[0].isupper() or w.lower() in _NOUN_WORDS for w in words):
        return None
    named_end = _named_end(toks, last)
    if named_end is not None and (named := _name_after_named(text, toks, named_end)):
        return named  # "said a farmer named Joe Kirby"
    complemented = (
        _complement_after(toks, last)
        or _made_after(toks, last)
        or _postmodified_after(text, toks, last)
    )
    described = complemented or _new_phrase((toks[0].start, toks[last].end), words)
    named = _name_after_description(toks, described)
    if named is not None:
        return named
    if complemented is not None:
        return complemented
    end = toks[last].end
    appositive = None
    if last + 1 < len(toks) and toks[last + 1].word == ",":
        first = _past_age_and_residence(toks, last + 2)
        rest = toks[first:]
        stop = _apposition_end(toks, first)
        if (
            stop
            and (
                not rest[0].word[0].isupper()
                or rest[0].lower in DETERMINERS
                or (stop > 1 and _possessive(rest[0].word) and rest[1].word.islower())
            )
            and not _aside(rest[:stop])
        ):  # "said Ann Lee, the mayor", "..., Acme's chief executive"; not "..., Tom Hale and"
            appositive = (rest[0].start, rest[stop - 1].end)
    return _new_phrase((toks[0].start, end), words, appositive, tokens=tuple(toks[: last + 1]))


# Adverbs that stand between commas after a subject as an aside, not an appositive.
_ASIDE_ADVERBS = frozenset("however meanwhile too though nonetheless instead also again".split())


def _aside(toks: list[Token]) -> bool:
    """Whether the words between commas after a name are an aside, not an appositive saying
    who it is: an adverb, or a preposition with no name after it ("Voss, for her part,", "Lee,
    in an interview,"; not "Lee, at Brill Bank,")."""
    first = toks[0].lower
    if first in _ASIDE_ADVERBS:
        return True
    return first in PREPOSITIONS and not any(t.word[0].isupper() for t in toks[1:])


def _postmodified_after(text: str, toks: list[Token], last: int) -> Phrase | None:
    """'according to people familiar with the matter': an unnamed source ending at toks[last]
    and the words describing it after, to the end of their clause; None if none follows."""
    if toks[last].lower not in ANONYMOUS_HEADS or last + 1 >= len(toks):
        return None
    stop = next(
        (
            j
            for j in range(last + 1, len(toks))
            # "... familiar with the talks who asked not to be named": the clause on them ends
            if toks[j].word in _CLAUSE_STOPS or toks[j].lower in RELATIVE_PRONOUNS
        ),
        len(toks),
    )
    described = _POSTMODIFIER_OPENING.match(text, toks[last + 1].start, toks[stop - 1].end)
    if described is None:
        return None
    span = (toks[0].start, toks[stop - 1].end)
    return _new_phrase(span, (*(t.word for t in toks[: last + 1]), "…"), tokens=tuple(toks[:stop]))


def _name_after_description(toks: list[Token], described: Phrase) -> Phrase | None:
    """ "said the shadow chancellor, Ann Vale.": a description led by its article or by a
    name's possessive ("said Acme's chief executive, Ann Vale."), a comma and a proper name
    ending the clause; the name speaks, the description is its role."""
    if toks[0].lower not in DETERMINERS and not (
        toks[0].capitalized and _named_possessor(toks, described.span[1])
    ):
        return None
    comma = next((k for k, t in enumerate(toks) if t.start >= described.span[1]), len(toks))
    if comma >= len(toks) or toks[comma].word != ",":
        return None
    end = next(
        (k for k in range(comma + 1, len(toks)) if toks[k].word in {",", ".", ";"}), len(toks)
    )
    if end == comma + 1 or not _proper_name(toks, comma + 1, end):
        return None
    if end == comma + 2 and toks[comma + 1].lower in TIME_WORDS:
        return None  # "said the firm's spokesperson, Tuesday."
    return _phrase_of(tuple(toks[comma + 1 : end]), described.span)


def _named_possessor(toks: list[Token], end: int) -> bool:
    """Whether the phrase ending at `end` opens with a capitalised name in the possessive and
    goes on in lower case ("Acme's chief executive"), as an article would open it."""
    owner = next((k for k, t in enumerate(toks) if not t.capitalized or _possessive(t.word)), 0)
    return (
        _possessive(toks[owner].word)
        and toks[owner].capitalized
        and owner + 1 < len(toks)
        and toks[owner + 1].end <= end
        and toks[owner + 1].word.islower()
    )


def _past_age_and_residence(toks: list[Token], first: int) -> int:
    """The index of an appositive's first token from toks[first], past an age and a place of
    residence between the name and it ("said Tom Hale, 58, of Dover, Del., a retired teacher");
    `first` when neither stands there or nothing follows them."""
    while first + 1 < len(toks):
        if toks[first].word.isdigit() and toks[first + 1].word == ",":
            first += 2
            continue
        if toks[first].lower not in _RESIDENCE or not toks[first + 1].capitalized:
            break
        comma = first + 1
        while comma < len(toks) and (toks[comma].capitalized or toks[comma].word in {".", ","}):
            if (
                toks[comma].word == ","
                and comma + 1 < len(toks)
                and not toks[comma + 1].capitalized
            ):
                break
            comma += 1
        if comma >= len(toks) or toks[comma].word != "," or comma + 1 >= len(toks):
            break
        first = comma + 1
    return first


def _phrase_end(toks: list[Token], first: int) -> int | None:
    """The index of the last token of the noun phrase read forward from toks[first] (a
    determiner, modifiers, names and nouns, connectors inside a name), or None."""
    last = None
    modifiers = 0
    for j in range(first, len(toks)):
        tok = toks[j]
        if j == first and tok.lower in DETERMINERS:
            continue
        if tok.word == "." and _is_title_dot(toks, j):
            continue
        if j > 0 and tok.lower in TIME_WORDS and toks[j - 1].word[0].islower():
            break  # "Ann Lee spoke out Tuesday": the day is no part of the subject
        if j > first and tok.word in RELATIVE_PRONOUNS:
            break  # "analysts who track the war": "who" opens a clause, it is not the WHO
        if tok.capitalized or tok.lower in _NOUN_WORDS or _ing_noun_after(toks, j, last):
            last = j
        elif (
            tok.lower in NAME_CONNECTORS
            and last is not None
            # "Bank of America"; after "a spokesperson", a complement (`_complement_after`)
            and (toks[last].capitalized or toks[last].lower not in _ROLES_OR_DOCUMENTS)
            and j + 1 < len(toks)
            and (toks[j + 1].capitalized or toks[j + 1].lower in {"the"})
        ) or _in_surname(toks, j):
            continue
        elif tok.word in _APOSTROPHES and last == j - 1 and _plural_possessive_mark(toks, j):
            continue  # "the Ontario Nurses' Association", "veterans’ groups"
        elif last == j - 1 and tok.lower.endswith("ed") and not toks[last].capitalized:
            break  # "The officers arrived minutes later": a verb after the noun, no modifier
        elif tok.word[-1] == "s" and _verb_between_names(toks, j):
            break  # "Justice Department sues Vantix, alleging ...": a verb, not a modifier
        elif _modifier(tok) and modifiers < _MAX_MODIFIERS:
            modifiers += 1
        elif _gerund_modifier(toks, j) and modifiers < _MAX_MODIFIERS:
            modifiers += 1  # "charging documents", "polling data"
        else:
            break
    return last


def _plural_possessive_mark(toks: list[Token], j: int) -> bool:
    """Whether toks[j] is the apostrophe of a plural possessive inside a noun phrase: right
    after a word in "s", a name or a noun after it ("Nurses' Association", "veterans’ groups"),
    not a closing quotation mark."""
    if toks[j].word not in _APOSTROPHES or j + 1 >= len(toks) or j == 0:
        return False
    before, after = toks[j - 1], toks[j + 1]
    return (
        before.word.endswith("s")
        and before.end == toks[j].start
        and after.start == toks[j].end + 1
        and (after.capitalized or after.lower in _NOUN_WORDS)
    )


def _ing_noun_after(toks: list[Token], j: int, last: int | None) -> bool:
    """Whether toks[j] is a noun in -ing that a singular common noun before it modifies ("a
    board meeting", "the council hearing"), not a participle ("officials meeting in Paris")."""
    if last != j - 1 or toks[j].lower not in NOUNS_IN_ING_ED or not toks[j].lower.endswith("ing"):
        return False
    noun = toks[last]
    return noun.word.islower() and noun.lower in _NOUN_WORDS and not noun.lower.endswith("s")


def _verb_between_names(toks: list[Token], j: int) -> bool:
    """Whether toks[j], a lower-case word in "-s" between two capitalised words, is a verb in
    the present ("Vexo buys Nimbo", "Justice Department sues Vantix")."""
    word = toks[j].word
    return (
        0 < j < len(toks) - 1
        and word.endswith("s")
        and not word.endswith("ss")
        and word.islower()
        and toks[j - 1].capitalized
        and toks[j + 1].capitalized
    )


def _gerund_modifier(toks: list[Token], j: int) -> bool:
    """Whether toks[j] is a lower-case word in -ing that modifies the noun after it, as a noun
    does ("charging documents", "housing officials"), not a cue ("saying")."""
    return _ing_modifier(toks[j]) and j + 1 < len(toks) and toks[j + 1].lower in _NOUN_WORDS


def _apposition_end(toks: list[Token], first: int) -> int | None:
    """The index, counted from toks[first], of the comma, quotation mark or sentence period
    ending the apposition that starts at toks[first]; None if none."""
    return next(
        (
            k
            for k, t in enumerate(toks[first:])
            if t.word in {",", ";", "“", "”", '"'}
            or (t.word == "." and not _is_title_dot(toks, first + k))
            or (t.word == "." and toks[first + k - 1].word.islower())  # "the union's president."
        ),
        None,
    )


def _made_after(toks: list[Token], last: int) -> Phrase | None:
    """'court documents filed in May, ...', 'a poll released Monday, ...': a document (ending
    at toks[last]) and the participle saying how it was made, read forward: the document is
    the speaker phrase, the participle's clause up to its comma its appositive (what the
    content follows). None if toks[last] is no such document."""
    head = toks[last]
    if last + 2 >= len(toks) or head.lower not in DOCUMENT_WORDS or not head.word.islower():
        return None
    if toks[last + 1].lower not in DOCUMENT_PARTICIPLES:
        return None
    comma = next((k for k in range(last + 2, len(toks)) if toks[k].word in ',.;:“”"'), None)
    if comma is None or toks[comma].word != ",":
        return None
    made = (toks[last + 1].start, toks[comma - 1].end)
    return _phrase_of(tuple(toks[: last + 1]), made)


def _complement_after(toks: list[Token], last: int) -> Phrase | None:
    """A role or document noun (toks[last]) and its prepositional complement, read forward:
    "a spokesperson for the union, Jean Roe, ...": the name in apposition is the speaker, the
    description its role; without one, the role and its complement are one unnamed speaker
    ("a spokesperson for the union"), as read backward before a cue. "a statement from the
    ministry": a document from a source is that source's; "a report by the council" is the
    document with its author. None if toks[last] has no such complement."""
    head, preposition = toks[last], last + 1
    if preposition + 1 >= len(toks) or not head.word.islower():
        return None
    connector = toks[preposition].lower
    document = head.lower in DOCUMENT_WORDS
    if document and connector not in _DOCUMENT_CONNECTORS and connector != "from":
        return None
    if not document and (head.lower not in ROLE_NOUNS or connector not in COMPLEMENT_PREPOSITIONS):
        return None
    end = _phrase_end(toks, preposition + 1)
    if end is None:
        return None
    if document and connector == "from":
        return _phrase_of(tuple(toks[preposition + 1 : end + 1]))
    described = _phrase_of(tuple(toks[: end + 1]))
    span = described.span
    if document:
        return described
    stop = _apposition_end(toks, end + 2) if end + 2 < len(toks) else None
    if (
        toks[end + 1 : end + 2]
        and toks[end + 1].word == ","
        and stop
        and head.lower in PERSON_ROLES
    ):
        name = toks[end + 2 : end + 2 + stop]
        if _proper_name(toks, end + 2, end + 2 + stop):
            return _phrase_of(tuple(name), span)
    return _new_phrase(span, (*(t.word for t in toks[: last + 1]), "…"))


# --- Speakers: names, roles, coreference -------------------------------------------------
#
# Each attribution's phrase is analysed (`_analyse`: name, role, kind, gender), then joined to
# an earlier speaker by sieves tried in order, most precise first, as in Stanford's
# deterministic coreference: the same name (`_same_key`), the same person by surname and
# given name (`_same_person`), the holder of a role a description names (`_role_holder`: a
# speaker or a name in the text with that title; by age or party, the person just named),
# the organization or outlet a description names (`_described_outlet`); pronouns last
# (`_antecedent`), by agreement in gender, number and animacy, and salience (the subject of
# the sentence just read, `_latest_subjects`, before the speaker of an older attribution).


@dataclass(eq=False)
class _Entry:
    """A speaker as the extraction builds it up, before `Speakers.speakers` makes it a Speaker."""

    ref: str  # the working id, until `Speakers.speakers` gives the final slug
    name: str
    kind: SpeakerKind
    role: str | None
    named: bool
    key: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)
    gender: str | None = None  # "he" or "she", once a title, a name or a pronoun says it
    own_gender: str | None = None  # what its own words say: a title, a given name, a noun
    described: set[str] = field(default_factory=set)  # its titles and role nouns, lower case
    last: int = 0  # when it was last mentioned: a higher number is more recent
    before: int = 0  # `last` before its last mention, for `Speakers.forget`
    acronym: str | None = None  # a body's acronym, when it was named by it too: "FAA"


_Wording = tuple[str, tuple[str, ...], str | None]  # a phrase's text, words and appositive


class _Analysis(NamedTuple):
    """What one speaker phrase (not a pronoun) says of its speaker."""

    name: str
    role: str | None
    kind: SpeakerKind
    named: bool
    span: Span  # the mention
    head: str = ""  # the head noun, lower case: "mayor" in "the longtime mayor"
    gender: str | None = None
    described: frozenset[str] = frozenset()  # titles and role nouns, lower case
    description: bool = False  # one person described, not named: "the mayor", "her father"


class _Person(NamedTuple):
    """A person named in the text, speaker or not: "Mrs. Smith", "Anna Smith"."""

    start: int
    name: str
    surname: str
    gender: str
    called: str = ""  # the given name alone, when that is how it is written here ("Kenzie")
    lone: bool = False  # written here as a given name alone, with an age or an appositive


_PERSON_PRONOUNS_AND_WHO = PERSON_PRONOUNS | {"who"}
# A body a capitalised owner holds: "China’s coast guard", "Japan’s foreign ministry" (its
# last word, or last two, an organization's).
_OWNED_BODY = re.compile(
    r"\b[A-Z][\w.-]*(?: [A-Z][\w.-]*)*[’']s (?P<body>(?:[a-z]+ ){0,2}[a-z]+)\b"
)
_THINGS = frozenset({"organization", "media", "document"})  # what "it" may stand for
# Named speakers that may be people: a person, or a name of unknown kind ("Hale said").
_PERSON_LIKE = frozenset({"person", "unknown"})
_COLLECTIVES = frozenset({"group", "organization", "media"})  # what "they" may stand for
_UNKNOWN_OR_ORGANIZATION = frozenset({"unknown", "organization"})
_OWN_VOICES = frozenset({"organization", "media"})  # what "its" may stand for, named in passing
_DESCRIPTION_OPENERS = frozenset({"the", "his", "her", "their"})
_LEDE_REACH = 800  # characters from the start that a headline and a lede may reach
_CANDIDATES = 40  # the most recent speakers a pronoun or a description may stand for
# Subjects no pronoun after them stands for: nobody, or everybody ("No one expected a long
# debate. He said ...": "he" is someone named before).
_NO_ANTECEDENTS = frozenset("no one|no-one|nobody|everyone|everybody|anyone|anybody".split("|"))
_COMMON_WORD_REACH = 2000  # characters either side searched for a word in lower case
# A description opening with a capital, and the words after it where its head is, if it has
# one: "One woman", "A retired teacher", "The man’s daughter", "Her husband"
# (`Speakers._described_subject`).
_DESCRIBED_PERSON = re.compile(
    r"\b(?:One|A|An|The|His|Her|Their)\s+(?P<words>(?:[a-z][\w’'-]*\s+){0,3}[a-z][\w’'-]*)"
)
# A name of two or three words and an age in commas: "Gil Marchetti, 61," (a person).
_AGED_NAME = re.compile(r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2}),\s+\d{1,3},")
_PERSON_WORD = re.compile(r"[a-z][\w’'-]*")  # a word, possessive or not ("man’s" is no "man")
# What follows the head of a description: a comma, a preposition, a verb in -s or -ed.
_HEAD_END = re.compile(r"\s*,|\s+(?:" + alternation(PREPOSITIONS) + r"|[a-z]+(?:s|ed))\b")
# A role noun right before a name, with a lower-case modifier or one opening its sentence
# ("Food critic", "pastry chef"): the group is the role, "role" its noun.
_ROLE_BEFORE = re.compile(
    r"(?:(?<=[.!?]\s)|(?<=\n)|\A|(?<=\s)(?=[a-z]))((?:[A-Za-z][a-z-]*\s+){0,2}(?P<role>[a-z][a-z-]*))\s+\Z"
)
_ROLE_BEFORE_REACH = 48  # characters looked at before a name for its role
# Words no modifier of a role is: "had met Prime Minister Ann Lee" gives "Prime Minister".
_NOT_MODIFIERS = (
    FUNCTION_WORDS | DETERMINERS | PREPOSITIONS | _CONJUNCTIONS | (IRREGULAR_VERB_FORMS - {"left"})
)
_ARTICLE_APPOSITIVE = re.compile(r",\s+(?:a|an|the)\s")  # after a name: ", a consultant"
_CAPITALISED_BEFORE = re.compile(r"\b([A-Z][\w’'-]*)(\.?)\Z")  # and its period, if any
# Each possessive pronoun as written, in lower case and capitalised, with its pronoun.
_POSSESSIVE_FORMS = [
    (form, pronoun)
    for written, pronoun in POSSESSIVE_PRONOUNS.items()
    for form in (written, written.capitalize())
]
_COMPLEMENT_WORDS = COMPLEMENT_PREPOSITIONS | {"to"}  # "adviser to", "partner at"
_MENTION_REACH = 1500  # characters back a pronoun may reach a person merely mentioned
_TITLE_REACH = 3000  # characters back a description may reach a titled name
_ASKED_NEXT = QUESTION_WORDS | {"to"}  # "asked whether", "asked to comment"
_OWNING = ("’s", "'s", "’", "'")  # a possessive's ending
# What opens a description set before a name in apposition: an article, a possessive
# pronoun or a possessor's "’s" ("the moderator, ", "its chairman, ", "Norland's fisheries
# minister, ").
_DESCRIPTION_OPENER = r"(?:\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)|[’']s)\s+"
# That opener up to a description's words before its head, and the name after it, a role
# noun's lower-case words before it ("city councilman Rob Lee").
_APPOSED_OPENER = re.compile(_DESCRIPTION_OPENER + r"(?P<words>(?:[a-z-]+\s+){0,2})\Z")
_NAME_WORDS = r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2}"  # two or three capitalised words
_APPOSED_NAME = re.compile(r"(?P<roles>(?:[a-z-]+\s+){0,2})(?P<name>" + _NAME_WORDS + r")\b")
_AGE_ASIDE = re.compile(r"(?:,\s+\d{1,3},)?\s+")  # an age between a name and its verb, if any
_CHARGED = re.compile(r"(?:" + "|".join(CHARGE_VERBS) + r")\b")  # "is charged", "pleaded"
_NAME_AT = re.compile(r"(?P<name>" + _NAME_WORDS + r")\b")
_NAME_BEFORE_APPOSED = re.compile(r"(?P<roles>)(?<![\w’'-])(?P<name>" + _NAME_WORDS + r"),\s+\Z")
# Determiners left out of a description taken as a role.
_ROLE_DETERMINERS = frozenset("the a an his her their its our my your".split())
_VENUE_GAP = 24  # characters at most between a speaker and its "in a statement"
_VENUE_OPENING = 80  # characters at most of "In a statement ..." opening a sentence


@lru_cache(maxsize=64)
def _venue(head: str) -> re.Pattern[str]:
    """ "in a statement", "in an emailed statement": the document `head` as where words were
    given. The word boundary is a look-behind after the "I" or "i", so that the scan skips
    from one such letter to the next instead of trying it at every position."""
    return re.compile(
        r"[Ii](?<!\w.)n\s+(?:a|an|her|his|their|its)\s+(?:[a-z]+\s+)?" + re.escape(head) + r"\b"
    )


# A capitalised title and the name after it, not a possessive: "Councilman Rob Lee", "Sen.
# Ann Hale" (a look-ahead, so that each capitalised word may start one).
_TITLED_NAME = re.compile(
    r"(?=\b(?P<title>[A-Z][a-z]+|[A-Z]{2,4})\.?\s+(?P<name>(?:[A-Z][\w-]*\.?\s+){0,2}[A-Z][\w-]+)"
    r"(?![\w’'-]))"
)
# Heads of a description that a person owns: "the campaign", "the office" (whose?).
_OWNED_HEADS = frozenset({"campaign", "office", "team", "family", "state"})
_BODY_ROLES = frozenset({"leader", "head"})  # of a body the description may name
_GIVEN_NAME_TITLES = frozenset({"sir", "dame"})  # said before a given name alone: "Sir Alan"
# Words of an organization's name that make it no company: "Bureau of Mines", "City Council".
_PUBLIC_BODY_WORDS = ORGANIZATION_WORDS - frozenset(
    "company firm corporation corp inc ltd group bank fund".split()
)
# Descriptions that stand for an organization of any name: "the group said".
_ANY_ORGANIZATION_HEADS = frozenset("group organization organisation".split())
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
_JOINED = re.compile(r"\s+(?:and|or|&)\s+[A-Z]")
# A comma and an appositive after a name: ", a lawyer", ", president of the union".
_APPOSITIVE_OPENING = re.compile(r",\s+([a-z]+)\b")
# Conjunctions that may open a sentence before its subject: "But Lee said".
_COORDINATORS = frozenset({"but", "and", "so", "yet", "then", "still"})
# A company's offices by their initials and their words: "the CEO" is "the chief executive".
_OFFICE_ABBREVIATIONS = {
    "ceo": frozenset({"chief", "executive"}),
    "cfo": frozenset({"chief", "financial"}),
    "coo": frozenset({"chief", "operating"}),
}
# Offices named with "-man" that women hold under the same name in news copy.
_OFFICES_IN_MAN = frozenset(w for w in MALE_NOUNS if w.endswith("man") and w != "man")
_GENDERED_NOUNS = {**dict.fromkeys(MALE_NOUNS, "he"), **dict.fromkeys(FEMALE_NOUNS, "she")}
_GENDERED_TITLES = {**dict.fromkeys(MALE_TITLES, "he"), **dict.fromkeys(FEMALE_TITLES, "she")}
_GIVEN_NAMES = {**dict.fromkeys(MALE_NAMES, "he"), **dict.fromkeys(FEMALE_NAMES, "she")}
_TITLE_WORDS = {t.capitalize() for t in _GENDERED_TITLES} - {"Miss"}  # "Miss Universe"
# A capitalised word: its word boundary a look-behind after the capital, so that the scan
# skips from one capital to the next instead of trying the boundary at every position.
_CAPITALISED = re.compile(r"[A-Z](?<!\w.)[\w’'-]+")
# "The" and up to three lower-case words: a sentence's subject may be a role noun among them
# ("The president", "The former governor"). Tried where "The" is a capitalised word's head.
_OPENING_ROLE = re.compile(r"The((?: [a-z-]+){1,3})")
_THE = frozenset({"The"})
_GIVEN_WORDS = {n.capitalize() for n in _GIVEN_NAMES} | {n.title() for n in _GIVEN_NAMES}
# A capital of the Latin alphabets: "Müller", "Łukasz", "Ørsted".
_LATIN_CAPITALS = frozenset(c for c in map(chr, range(0x41, 0x250)) if c.isupper())
_CAPITAL = "[" + "".join(sorted(_LATIN_CAPITALS)) + "]"
# A title (with its period or not) or a given name, and a surname: "Mr. Lee", "Anna J. Lee",
# "Élodie Durand", "Mr van der Berg", "Karim al-Hassan", "Siobhán O'Neill", a given name
# hyphened to another ("Jean-Luc Morel", "Ali-Reza Tavakoli"). Matched only at the
# start of a capitalised word that opens as a title or a given name does (`_CapitalisedWords`).
# The surname's second letter must be lower case (`_CapitalisedWords.people`).
_OPENERS = _TITLE_WORDS | {t + "." for t in _TITLE_WORDS} | _GIVEN_WORDS
_NAME_PIECE = re.compile(r"[-’']")  # between the pieces of a surname: "O'Neill", "al-Hassan"
_SURNAME_REST = r"[^\W\d_]+(?:-" + _CAPITAL + r"[^\W\d_]+)?(?![\w-])"  # after its capital
_SURNAME = (
    r"(?:[A-Z][’']|(?:" + alternation(HYPHENED_PARTICLES) + r")-)?" + _CAPITAL + _SURNAME_REST
)
# The name a person is popularly called by, after the full name: "Luiz da Rocha, known as
# Carlão,", "Ana Souza, better known as Aninha,", "Oleg Ivanov, nicknamed Bear,".
_POPULAR = r"(?:(?:also|better|popularly|widely) )?(?:known as|nicknamed|called) "
_POPULAR_NAME = re.compile(r", " + _POPULAR + r"(" + _CAPITAL + r"[^\W\d_]+)(?=[,.;])")
_POPULAR_OPENING = re.compile(_POPULAR)  # the appositive that gives it is no role
# A given name alone and its age or its appositive: "Maya, 9,", "Leo, a sophomore at ...".
_LONE_GIVEN_NAME = re.compile(r"([A-Z][a-z]+),\s(?:\d{1,2},|(an?\s[^,.;:“”\"]{1,60})(?=[,.;:]))")
_PERSON_NAME = re.compile(
    "(?P<opener>"
    + alternation(_OPENERS)
    + r")(?:-[A-Z][a-z]+)?\s(?:[A-Z]\.\s)?(?P<particles>(?:(?:"
    + alternation(NAME_PARTICLES)
    + r")\s)*)(?P<surname>"
    + _SURNAME
    + ")"
)
# Any word of a surname's shape. A known surname occurs where one of these is that surname:
# the shape parses a word one way only, so this finds what a pattern of the article's
# surnames would, without compiling one for each article. The look-ahead of its first letters
# spares the other positions the tries of its optional openings.
_SURNAME_SHAPED = re.compile(
    "(?=" + _CAPITAL[:-1] + "".join(sorted({p[0] for p in HYPHENED_PARTICLES})) + "])" + _SURNAME
)
# The same, of the surnames that open with a capital ("Lee", "O'Neill": not "al-Hassan"),
# tried where a capitalised word opens with a surname's head (`Speakers._surname_words`).
_CAPITALISED_SURNAME = re.compile(_CAPITAL + r"(?:(?<=[A-Z])[’']" + _CAPITAL + ")?" + _SURNAME_REST)
_NOT_ALNUM = re.compile(r"[\W_]")


# An Arabic or Malay name's lineage after a given name: "bin" and the father's name (and
# his father's), then the family name with its article ("Khalid bin Saad al-Harbi", "Tamim
# bin Faisal Al Thani", "Anwar bin Yusof").
_LINEAGE = re.compile(
    r"(?: (?:bin|ibn|bint|binti) [A-Z][a-z]+)+(?: (?:al-|el-|Al-|El-|Al )[A-Z][\w’'-]+)?"
    r"(?![\w’'-])"
)
_LINEAGE_WORDS = (" bin ", " ibn ", " bint ", " binti ")
_LINEAGE_ENDS = frozenset(word[-3:-1] + " " for word in _LINEAGE_WORDS)  # "in ", "nt ", "ti "


def _lineage_start(text: str, start: int) -> int:
    """Where the name whose lineage text[start] continues starts ("Badr" before "bin Hamad"),
    the fathers' names before it included; `start` if no "bin" comes before it."""
    while text[max(0, start - 7) : start].endswith(_LINEAGE_WORDS):  # a slice: narrow, fast
        space = text.rfind(" ", start - 7, start - 1)  # the space before "bin"
        before = text.rfind(" ", max(0, space - 24), space)  # the space before the name
        word = text[before + 1 : space] if before >= 0 else ""
        if not (word[:1].isupper() and word.isalpha()):
            break
        start = before + 1
    return start


def _hyphened_given_start(text: str, start: int) -> int:
    """Where a given name hyphened after a capitalised word starts ("Ali" of "Ali-Reza"):
    `start` if no such word is joined to it."""
    if text[start - 1 : start] != "-":
        return start
    first = start - 1
    while first > 0 and text[first - 1].isalpha():
        first -= 1
    return first if first < start - 1 and text[first].isupper() else start


def _char_class(char: str) -> int:
    """A character's class as a byte: "A" a Latin capital, "a" another letter or digit, "_"
    itself, " " anything else."""
    if char in _LATIN_CAPITALS:
        return ord("A")
    return ord("a") if char.isalnum() else ord("_") if char == "_" else ord(" ")


# The class of each Latin-1 character ("?" stands for any character beyond, see `_classes`).
_LATIN1_CLASSES = bytes(map(_char_class, map(chr, range(256))))
# A capital not after a letter, a digit or "_", and the letters and digits after it, in a text
# of classes: the head of a capitalised word ("Lee" of "Lee’s", "G" of "G.K."). A pattern of
# the text itself would open with a set of capitals, tried at every character (~50
# instructions each); this one opens with a literal, which the scan skips to.
# Organization markers as capitalised heads: "Airlines" in "SkyBridge Airlines".
_MARKER_HEADS = frozenset(m.capitalize() for m in ORGANIZATION_MARKERS if m.isalpha())
_CAPITALISED_HEAD = re.compile(b"(A(?<![Aa_].)[Aa]*)")


def _classes(text: str) -> bytes:
    """The class of each character of `text` (`_char_class`), one byte each."""
    latin = text.encode("latin-1", "replace")
    classes = bytearray(latin.translate(_LATIN1_CLASSES))
    for at in occurrences(latin, b"?"):  # a "?" of the text, or a character beyond Latin-1
        # Only a letter or a digit changes the class "?" has (" "): quotation marks and dashes,
        # most of these, are told by that test alone
        if (char := text[at]).isalnum():
            classes[at] = _char_class(char)
    return bytes(classes)


def _head(word: str) -> str:
    """The letters and digits `word` opens with, as `_CAPITALISED_HEAD` reads a word's head."""
    return _NOT_ALNUM.split(word, 1)[0]


_OPENER_HEADS = frozenset(map(_head, _OPENERS))


class _CapitalisedWords:
    """The words of a text that open with a Latin capital, each by its head and where it
    starts, found by one scan of the text and shared by the finders of names: each looks the
    heads up in a set of its own and tries its pattern only there. A scan by a pattern opening
    with a set of letters costs about the same whatever it looks for (the set is tried at every
    position), and a pattern of one article's names costs more to compile than to run."""

    def __init__(self, text: str) -> None:
        self._text = text
        # The classes of: text, head, text, head, ..., text
        parts = _CAPITALISED_HEAD.split(_classes(text))
        ends = list(accumulate(map(len, parts)))
        self._starts = ends[:-1:2]
        self._heads = [text[start:end] for start, end in zip(self._starts, ends[1::2], strict=True)]

    def words(
        self, heads: Container[str], glue: str = "", lower: int = 0, upper: int | None = None
    ) -> Iterator[tuple[str, int]]:
        """The heads among `heads` and their starts, of the words not after a `glue` character,
        in text[lower:upper]."""
        text = self._text
        first = bisect_left(self._starts, lower)
        last = len(self._starts) if upper is None else bisect_left(self._starts, upper)
        for head, start in zip(self._heads[first:last], self._starts[first:last], strict=True):
            if head in heads and not (start and text[start - 1] in glue):
                yield head, start

    def people(self) -> list[_Person]:
        """The people named with a gendered title or a given name, as a scan of the text by
        `_PERSON_NAME` finds them (none overlapping another)."""
        text = self._text
        people = []
        end = 0
        for _, start in self.words(_OPENER_HEADS):
            if start < end:
                continue
            match = _PERSON_NAME.match(text, start)
            if match is None:
                lone = _lone_given_name(text, start)
                if lone is not None:
                    people.append(lone)
                continue
            end = match.end()
            opener, surname = match["opener"], match["surname"]
            if not _NAME_PIECE.split(surname)[-1][1:2].islower():
                continue  # "Ms. NATO": no surname
            title = opener.removesuffix(".")
            if title in _TITLE_WORDS:  # a title, even one spelt as a given name is
                gender, name = _GENDERED_TITLES[title.lower()], match["particles"] + surname
            else:
                gender, name = _GIVEN_NAMES[opener.lower()], match.group()
                first = _hyphened_given_start(text, start)  # "Zed-Ann Lee": all of it
                start, name = first, text[first:start] + name
            # "Sheikh Ali bin Saad al-Thani": all of it (told first by the letter after it)
            lineage = _LINEAGE.match(text, end) if text[end + 1 : end + 2] in "bi" else None
            if lineage is not None:
                end = lineage.end()
                name += lineage.group()
                surname = name.rpartition(" ")[2]
            if text[start - 3 : start] in _LINEAGE_ENDS:  # "Hamad ..." of "Badr bin Hamad ..."
                first = _lineage_start(text, start)
                start, name = first, text[first:start] + name
            people.append(_Person(start, name, surname.lower(), gender))
        return people

    def occurrences(self, words: set[str]) -> list[tuple[str, int]]:
        """Where each capitalised one of `words` (names) occurs as a whole word ("Umerov",
        "Umerov’s"), in order: not inside a word ("Cain" in "McCain", "Smith-Lee"), the
        longest where several start at one place, none overlapping another.

        A name stands where a word has its head ("G" for "G.K.") and goes on as it does. When
        a name opens with no Latin capital, a pattern of the names scans the text instead."""
        names = frozenset(w for w in words if w[:1].isupper())
        text = self._text
        if not all(name[0] in _LATIN_CAPITALS for name in names):
            pattern = re.compile(r"\b(?<![’'-])(?:" + alternation(names) + r")(?![^\W_])")
            return [(m.group(), m.start()) for m in pattern.finditer(text)]
        by_head: dict[str, list[str]] = {}
        for name in sorted(names, key=len, reverse=True):
            by_head.setdefault(_head(name), []).append(name)
        found = []
        end = 0
        for head, start in self.words(by_head, glue="’'-"):
            if start < end:
                continue
            for name in by_head[head]:
                after = start + len(name)
                if text.startswith(name, start) and not text[after : after + 1].isalnum():
                    found.append((name, start))
                    end = after
                    break
        return found


def _lone_given_name(text: str, start: int) -> _Person | None:
    """A person named by a given name alone at `start`, told a person by an age or a person's
    role in its appositive ("Maya, 9, said", "Leo, a sophomore, said": minors go by a first
    name); None for another name ("Jordan, a key ally, said")."""
    match = _LONE_GIVEN_NAME.match(text, start)
    if match is None:
        return None
    name = match.group(1)
    gender = _GIVEN_NAMES.get(name.lower())
    if gender is None or (match[2] and described_kind([], match[2]) != "person"):
        return None
    return _Person(start, name, name.lower(), gender, lone=True)


def _lone_name_role(text: str, person: _Person) -> str | None:
    """The role in the appositive of a given name named alone ("Maya, a fifth-grader at Elm
    Park,": "fifth-grader at Elm Park"), or None."""
    if " " in person.name or not text.startswith(", ", person.start + len(person.name)):
        return None
    match = _LONE_GIVEN_NAME.match(text, person.start)
    if match is None or not match[2]:
        return None
    appositive = match[2].split(None, 1)[1]  # past "a"/"an"
    relative = _RELATIVE_CLAUSE.search(appositive)
    return _clean_role(appositive[: relative.start()] if relative else appositive)


class Speakers:
    """The speakers of one article, built mention by mention in text order.

    `resolve` gives working ids; `speakers` gives the records and the map from working ids
    to their final slugs (made from the fullest name, known only at the end)."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._entries: dict[str, _Entry] = {}  # by working id
        self._by_key: dict[str, _Entry] = {}
        self._by_surname: dict[str, list[_Entry]] = {}  # named people
        # Speakers by the first word of their key, each time a key is set: where
        # `_short_company_name` looks, instead of going through every speaker.
        self._by_first_word: dict[str, list[_Entry]] = {}
        self._by_acronym: dict[str, _Entry] = {}  # bodies by their initials: "faa"
        self._recent: dict[str, _Entry] = {}  # insertion order: most recent last
        self._clock = 0
        self._last_end = 0  # the end of the last attribution's mention
        # and of its appositive: "X, an analyst at Acme, said" names Acme as X's affiliation,
        # not as a company "the company" may stand for
        self._aside_end = 0
        self._people: dict[str, _Person] | None = None  # surnames first named with a gender
        self._named_people: list[_Person] = []  # named with a title or given name, in order
        # `_analyse` by the phrase's words (the same names and roles come back again and
        # again), the mention span kept relative to the phrase's start.
        self._analysed: dict[_Wording, _Analysis] = {}
        self._evidence: TextEvidence | None = None  # what the article says of names' kinds
        self._person_surnames: set[str] = set()  # given a person's title or name, any gender
        # Surnames a man and a woman share ("Clara Dumont", "Marc Dumont"), both people, so
        # that a pronoun's gender tells which a bare "Dumont" opening a sentence is.
        self._shared: dict[str, list[_Person]] = {}
        # The people a surname alone may stand for: those sharing it, else the one first named.
        self._by_bare_surname: dict[str, list[_Person]] = {}
        # The people named in full whom the given name alone may stand for ("Kenzie" for
        # "Kenzie Rowe"), by that name as written: the one person named with it.
        self._bare_given: dict[str, _Person] = {}
        # The people the scan names in full, by given name in lower case, each as first named.
        self._full_by_given: dict[str, list[_Person]] = {}
        self._by_given: dict[str, list[_Entry]] = {}  # named people, by given name
        # The heads of those surnames (`_CapitalisedWords`), where one of them may stand; None
        # when one opens in lower case ("al-Hassan"): `_SURNAME_SHAPED` finds those.
        self._surname_heads: set[str] | None = set()
        self._capitalised: _CapitalisedWords | None = None  # built on first use
        self._openers: set[str] | None = None  # built on first use
        # Where the full name ends before each name a person is popularly called by ("Luiz
        # da Rocha, known as Carlão,"), by that name in lower case; found on first use.
        self._popular: dict[str, int] | None = None

    def resolve(self, phrase: Phrase, asker: str | None = None) -> tuple[str | None, Span]:
        """The working id of the speaker `phrase` refers to (new if needed) and the mention.
        A pronoun with no antecedent, or more than one, is a speaker of its own, not named;
        so is one whose antecedent would be `asker`, who asked what the speaker answers."""
        pronoun = phrase.pronoun
        if pronoun is None:
            entry, span = self._entry_for(phrase)
            self._last_end = span[1]
            self._aside_end = (phrase.appositive or span)[1]
            return entry.ref, span
        if phrase.antecedent is not None:
            entry, _ = self._entry_for(phrase.antecedent)
        else:
            entry = self._antecedent(pronoun, phrase.span[0])
            if entry is None or entry.ref == asker:
                entry = self._unresolved(phrase, pronoun)
        self._note(entry, phrase.span, gender=pronoun)
        self._last_end = phrase.span[1]
        return entry.ref, phrase.span

    def forget(self, ref: str | None, mention: Span | None) -> None:
        """Take back a mention `resolve` gave, of an attribution that a later one takes in
        ("The minister had promised her that ..., she said": the words are hers): a speaker
        named there alone is no antecedent of a pronoun after it (not the minister)."""
        entry = self._entries.get(ref or "")
        if entry is None or mention not in entry.mentions:
            return
        entry.mentions.remove(mention)
        self._recent.pop(entry.ref, None)
        if entry.mentions:  # back where its mention before put it
            entry.last = entry.before
            recent = [*self._recent.values(), entry]
            self._recent = {e.ref: e for e in sorted(recent, key=attrgetter("last"))}

    def names_person(self, phrase: Phrase) -> bool:
        """Whether `phrase` (no pronoun) is a person's: by its words ("Ed Sund", "the
        lawyer"), or a name a person who spoke bears ("Sund"); not "Prices", "The company"."""
        found, _ = self._analysed_phrase(phrase)
        return found.kind == "person" or self._same_person(found) is not None

    def hint_gender(self, ref: str | None, pronoun: str) -> None:
        """Record that `pronoun` ("he", "she", "it") refers to the speaker, as in "X said he
        ..." or "Acme said it ...": a gender, or the kind of a name of unknown kind. Not a
        gender when another recent speaker has it ("Lee says she ...", of a woman quoted
        before): the pronoun may be hers."""
        entry = self._entries.get(ref or "")
        if entry is not None:
            _referred_to(entry, pronoun)
        if entry is not None and entry.kind == "person" and entry.gender is None:
            if pronoun in PERSON_PRONOUNS and not any(
                e.gender == pronoun for e in self._recent_entries()
            ):
                entry.gender = pronoun

    def most_named_person(self, upper: int) -> Phrase | None:
        """The person named in text[:upper] with a given name or a gendered title whose
        surname the whole text repeats most (the first of those tied), as the phrase of that
        mention: whom an interview's introduction presents, the one its answers are by. None
        if nobody is so named."""
        self._known_people()
        named = self._named_people[: bisect_left(self._named_people, (upper,))]
        if not named:
            return None
        surnames = {person.name.split()[-1] for person in named}
        counts = Counter(name for name, _ in self._capitalised_words().occurrences(surnames))
        person = max(named, key=lambda p: counts[p.name.split()[-1]])  # the first of the most
        line_end = self._text.find("\n", person.start, upper)
        return phrase_after(self._text, person.start, upper if line_end < 0 else line_end)

    # -- pronouns --

    def _antecedent(self, pronoun: str, position: int) -> _Entry | None:
        """The speaker a pronoun stands for, or None when there is none or several.

        "it" stands for the last organization, medium or document; "they" for the last group
        or organization. "he" and "she" for the last speaker of that gender or of unknown
        gender: one of known gender, or the subject of the last attribution, is taken; else
        a person of that gender named since the last attribution (not in a quotation), if
        only one; else the speaker of unknown gender if no other agrees. After two people of
        that gender opening a sentence together since: none, as a reader could not tell."""
        recent = self._recent_entries()
        if pronoun == "it" and (body := self._subject_body(position)) is not None:
            return body
        if pronoun in THING_PRONOUNS or pronoun == "which":
            thing = next((e for e in recent if e.kind in _THINGS), None)
            return thing or next((e for e in recent if _unknown_name(e)), None)
        if pronoun in PLURAL_PRONOUNS:
            if self._singular_they(recent, position):
                return recent[0]
            return next((e for e in recent if e.kind in _COLLECTIVES), None)
        gender = pronoun if pronoun in PERSON_PRONOUNS else None
        # After the sentence of the last attribution, or from the start before the first:
        # where subjects and openers are read, found once for all.
        lower = position
        if gender:
            lower = _sentence_end(self._text, self._last_end, position) if self._last_end else 0
        subjects = self._latest_subjects(gender, lower, position)
        if len(subjects) > 1:
            return None  # "Ann Lee and Rachel Kim met. She said": either, or the last speaker
        if subjects:
            return self._subject(subjects[0])
        opener = (
            self._opening_speaker(gender, lower, position)
            or self._opening_role(gender, lower, position)
            or self._described_subject(gender, lower, position)
        )
        if opener is not None:
            return opener
        agreeing = [
            e
            for e in recent
            if (e.kind == "person" or _unknown_name(e))
            and (gender is None or e.gender in (None, gender))
            and e.key not in AUTHOR_PRONOUNS  # "I" is never "he"
            and e.key not in _NO_ANTECEDENTS  # "No one expected it. He said": not "No one"
        ]
        if gender is not None and len(agreeing) > 1 and _no_given_name(agreeing[0]):
            # "Transport Focus said ... ‘...,’ she said": a name with no given name, title or
            # role tells no person, so the last speaker of that gender is meant
            agreeing = [e for e in agreeing if e.gender == gender][:1] or agreeing
        if agreeing and (agreeing[0].gender is not None or agreeing[0] is recent[0]):
            if agreeing[0] is not recent[0] and gender is not None:
                # Another source spoke last ("Officials said"): a speaker of that gender
                # named since is the one meant, over an older speaker
                return self._mentioned_person(gender, position, known=True) or agreeing[0]
            return agreeing[0]
        mentioned = self._mentioned_person(gender, position)
        if mentioned is None and not agreeing:
            # "Ana Ruiz met the union. The union said ... She said": no speaker can be meant,
            # so the one person of that gender named before the last attribution is
            mentioned = self._mentioned_person(gender, position, before_last=True)
        if mentioned is not None or len(agreeing) != 1 or agreeing[0].kind != "person":
            return mentioned
        return agreeing[0]

    def _singular_they(self, recent: list[_Entry], position: int) -> bool:
        """Whether "they" at `position` stands for the last speaker, one unnamed source of no
        gender ("A spokesperson for the club said ... “...,” they said"), who spoke last in
        the same paragraph."""
        if not recent or "\n" in self._text[self._last_end : position]:
            return False
        last = recent[0]
        return (
            last.kind == "person"
            and not last.named
            and last.gender is None
            and not SINGULAR_THEY_HEADS.isdisjoint(last.key.split()[: _MAX_MODIFIERS + 1])
        )

    def _opening_speaker(self, gender: str | None, lower: int, position: int) -> _Entry | None:
        """A named speaker of unknown gender whose name opens the last sentence that opens
        with one in text[lower:position], after the last attribution ("Coach Arno Veld was
        less happy. He told ...", or by the given name alone, "Juno was less happy"): the
        subject just read, as in `_latest_subjects`; None if none."""
        if gender is None or not self._by_surname:
            return None
        text = self._text
        for word in reversed(list(_CAPITALISED.finditer(text, lower, position))):
            key = _key(word.group())
            given = self._by_given.get(key, ())
            for entry in chain(self._by_surname.get(key, ()), given if len(given) == 1 else ()):
                words = entry.name.split()
                if entry.kind != "person" or entry.gender is not None or len(words) < 2:
                    continue
                given = " ".join(words[:-1]) + " "
                start = word.start()
                if text.startswith(given, start - len(given)):
                    start -= len(given)  # "Millbrook coach *Arno Veld*": the role before it
                if _opens_sentence(text, start) and not _quoted(text, start):
                    return entry
        return None

    def _opening_role(self, gender: str | None, lower: int, position: int) -> _Entry | None:
        """The person a role noun opening the last sentence in text[lower:position] after the
        last attribution stands for ("The president weighed in on Monday. He wrote ..."):
        the holder named before, else that role unnamed; None if no such sentence, or if the
        noun's gender is not the pronoun's."""
        if gender is None:
            return None
        text = self._text
        openings = list(self._capitalised_words().words(_THE, "", lower, position))
        for _, start in reversed(openings):
            match = _OPENING_ROLE.match(text, start, position)
            if match is None:
                continue
            words = match.group(1).split()
            head = next((k for k, word in enumerate(words) if word in PERSON_ROLES), None)
            if head is None or not _opens_line_or_sentence(text, match.start()):
                continue
            if head + 1 < len(words) and not _verb_like(words[head + 1]):
                continue  # "The head cook there told her": "head" modifies the noun after it
            if _plural_head(words[head]):
                return None  # "The officials met": they, not he
            if _gender(frozenset({words[head]}), "") not in (None, gender):
                return None
            if _quoted(text, match.start()):
                return None
            end = match.start() + len("The ") + len(" ".join(words[: head + 1]))
            toks = tokens(text, match.start(), end)
            return self._entry_for(_phrase_of(tuple(toks)))[0]
        return None

    def _described_subject(self, gender: str | None, lower: int, position: int) -> _Entry | None:
        """A person brought in as the subject opening the last sentence in text[lower:position]
        that opens with one, outside quotations: by a description whose person's noun
        agrees with the pronoun's `gender` ("One woman, a nurse on nights, keeps a list.
        ..., she said", "The man’s daughter arrives. She asks ..."), or by a name and an age
        of no other gender ("Gil Marchetti, 61, has pushed trolleys for years. He jokes
        ..."); as a speaker; None if none."""
        if gender is None:
            return None
        text = self._text
        lower = max(lower, position - _MENTION_REACH)  # the subject just read, not far back
        candidates = [
            *_DESCRIBED_PERSON.finditer(text, lower, position),
            *_AGED_NAME.finditer(text, lower, position),
        ]
        candidates.sort(key=re.Match.start, reverse=True)  # the last first: read lazily
        last = next(
            (
                match
                for match in candidates
                if _subject_agrees(match, gender)
                and _opens_sentence(text, match.start())
                and not _quoted(text, match.start())
            ),
            None,
        )
        if last is None:
            return None
        start = last.start()
        # a description with its appositive ("a nurse on nights"); a name before its age
        upper = last.end("name") if last.re is _AGED_NAME else _sentence_end(text, start, position)
        phrase = phrase_after(text, start, upper)
        if phrase is None and last.re is _DESCRIBED_PERSON:
            # "The man’s daughter": a person's noun that no role list holds, up to its head
            head = _person_head(last)
            phrase = None if head is None else _phrase_of(tuple(tokens(text, start, head.end())))
        return None if phrase is None else self._entry_for(phrase)[0]

    def _mentioned_person(
        self, gender: str | None, position: int, *, known: bool = False, before_last: bool = False
    ) -> _Entry | None:
        """The one person of `gender` named since the last attribution (`before_last`: also
        before it, as far back as a mention is looked for), not in a quotation ("Ms. Lee
        arrived. “...,” she said."), as a speaker; None if none or several, or (`known`) if
        that person has not spoken before."""
        if gender is None:
            return None
        lower = position - _MENTION_REACH if before_last else self._last_end
        lower = max(lower, position - _MENTION_REACH, 0)
        text = self._text
        found = {
            person.surname: person
            for person in self._people_between(lower, position)
            if person.gender == gender and not _quoted(text, person.start)
        }
        if len(found) != 1:
            return None
        (person,) = found.values()
        analysis = self._person_analysis(person, gender)
        same = self._same_person(analysis)
        return same if same is not None or known else self._new(analysis)

    def _subject(self, person: _Person) -> _Entry:
        """A person named as a subject, as a speaker."""
        analysis = self._person_analysis(person, person.gender)
        return self._same_person(analysis) or self._new(analysis)

    def _person_analysis(self, person: _Person, gender: str) -> _Analysis:
        """What a person named in the text is, with the role set before the name; a given
        name alone ("Amber, 25,") is the one person named before in full with it."""
        full = self._bare_given.get(person.name) if person.lone else None
        if full is not None and full.start < person.start:
            person = full
        role = _role_set_before(self._text, person) or _lone_name_role(self._text, person)
        return _Analysis(person.name, role, "person", True, (0, 0), gender=gender)

    def _latest_subjects(self, gender: str | None, lower: int, position: int) -> list[_Person]:
        """The people of `gender` in the last subject that opens a sentence in
        text[lower:position], after the one of the last attribution, outside quotations
        ("“...,” Lee said. Ann Hale disagreed. “...,” she said": Hale): one name, or names
        joined by "and" or "or" ("Hale and Kim met": both women for "she"; "Okoye and Kim
        met": Okoye for "he"); none if no such subject has one of that gender. A possessive
        is no subject. Salience, as a reader weighs it: the subject of the sentence just read
        over the speaker of an older one."""
        if gender is None or lower >= position:
            return []
        text = self._text
        people = [
            person
            for person in self._people_between(lower, position)
            if not _quoted(text, person.start)
        ]
        by_start = {person.start: person for person in people}
        latest: list[_Person] = []
        joined: set[int] = set()  # the starts of names joined to one before them
        taken = (-1, "")  # where the sentence of the last subject found opens, and its surname
        for person in sorted(people, key=_person_start):
            if person.start in joined:
                continue
            opens = _opens_sentence(text, person.start)
            if not opens and not _introduced(text, person):
                continue
            opening = -1
            if opens:
                opening = _sentence_opening(
                    text, text.rfind("\n", 0, person.start) + 1, person.start
                )
                if opening == taken[0] and person.surname != taken[1]:
                    continue  # "Lee, 58, met his rival, councilman Ed Hale, ...": Lee's sentence
            group = [person]
            end = _name_end(text, person)
            while (match := _JOINED.match(text, end)) and match.end() - 1 in by_start:
                group.append(by_start[match.end() - 1])
                joined.add(match.end() - 1)
                end = _name_end(text, group[-1])
            if text.startswith(("’s", "'s"), end):
                continue  # "Hale’s plan": no subject
            if opens:
                taken = (opening, person.surname)
            agreeing = [member for member in group if member.gender == gender]
            if agreeing:
                latest = agreeing
        return latest

    def _people_between(self, lower: int, upper: int) -> list[_Person]:
        """The people named in text[lower:upper] with a gendered title or a given name
        ("Ms. Lee", "Anna Lee"), or by the surname alone after such a mention."""
        self._known_people()
        named = self._named_people
        people = named[bisect_left(named, (lower,)) : bisect_left(named, (upper,))]
        if self._bare_given:
            given = list(self._given_names_between(lower, upper))
            called = {person.start for person in given}  # "Maya, 12,", after "Maya Ruiz"
            people = [p for p in people if not (p.lone and p.start in called)] + given
        if by_surname := self._by_bare_surname:
            people.extend(
                _Person(match.start(), known.name, known.surname, known.gender, lone=known.lone)
                for match in self._surname_words(lower, upper)
                for known in by_surname.get(match.group(), ())
                if known.start < match.start()
            )
        return people

    def _surname_words(self, lower: int, upper: int) -> Iterator[re.Match[str]]:
        """The words of a surname's shape in text[lower:upper] (`_word_matches`) that may be
        one of the bare surnames: when each opens with a capital, only those where a word
        opens with one of their heads, found in the capitalised words instead of by a scan."""
        text = self._text
        if self._surname_heads is None:
            yield from _word_matches(_SURNAME_SHAPED, text, lower, upper)
            return
        words = self._capitalised_words().words(self._surname_heads, "’'-", lower, upper)
        for _, start in words:
            match = _CAPITALISED_SURNAME.match(text, start, upper)
            if match is not None:
                yield match

    def _known_people(self) -> dict[str, _Person]:
        """The surnames the text gives a person with a gendered title or a given name ("Ms.
        Lee", "Anna Lee"), each as first named, of one gender only; built once."""
        if self._people is None:
            first: dict[str, _Person] = {}
            by_gender: dict[str, dict[str, _Person]] = {}
            self._named_people = self._capitalised_words().people()
            for person in self._named_people:
                known = first.setdefault(person.surname, person)
                genders = by_gender.setdefault(person.name.split()[-1], {})
                genders.setdefault(person.gender, person)
                if known.gender != person.gender:
                    first[person.surname] = known._replace(gender="")
            self._people = {p.name.split()[-1]: p for p in first.values() if p.gender}
            # not a given name written alone ("Tayla, 29,"): "Tayla Brookes" may be called so
            self._person_surnames = {p.name.split()[-1] for p in first.values() if not p.lone}
            self._shared = {
                surname: list(genders.values())
                for surname, genders in by_gender.items()
                if set(genders) == {"he", "she"}
            }
            self._by_bare_surname = {surname: [p] for surname, p in self._people.items()}
            self._by_bare_surname.update(self._shared)
            if all(surname[0].isupper() for surname in self._by_bare_surname):
                self._surname_heads = set(map(_head, self._by_bare_surname))
            else:
                self._surname_heads = None
            self._bare_given = self._given_names_alone()
        return self._people

    def _given_names_alone(self) -> dict[str, _Person]:
        """The people the scan named in full ("Kenzie Rowe") whom the given name alone may
        stand for, by that name: only a given name one person has and no person has as a
        surname. Indexes the people named in full by given name (`_full_by_given`)."""
        named: dict[str, dict[str, _Person]] = {}
        surnames = self._person_surnames
        for person in self._named_people:
            given, _, rest = person.name.partition(" ")
            if rest and given not in surnames:
                named.setdefault(given, {}).setdefault(person.name, person)
        by_given = self._full_by_given
        for given, people in named.items():
            if given.lower() in _GIVEN_NAMES:
                by_given.setdefault(given.lower(), []).extend(people.values())
        return {
            known[0].name.partition(" ")[0]: known[0]
            for known in by_given.values()
            if len(known) == 1
        }

    def _given_names_between(self, lower: int, upper: int) -> Iterator[_Person]:
        """Where text[lower:upper] calls a person named in full before by the given name alone
        ("Kenzie, 27, took to Instagram"), as that person."""
        text = self._text
        bare = self._bare_given
        for given, start in self._capitalised_words().words(bare, "’'-", lower, upper):
            person = bare[given]
            if start > person.start and not text.startswith(person.name, start):
                yield person._replace(start=start, called=given)

    # -- possessors --

    def _with_possessor(self, found: _Analysis, position: int) -> _Analysis:
        """A person described by a role or kin through a possessive pronoun ("Its director",
        "his lawyer", "her daughter"), the possessor resolved as that pronoun would be: named
        as a reader would say it, "Port Authority’s director", with the role "director of Port
        Authority". Unchanged when nothing agrees with the pronoun. `position`: where the
        phrase is mentioned."""
        if found.named and found.kind == "person" and found.role:
            return self._possessed_role(found, position)
        first, _, described = found.name.partition(" ")
        pronoun = POSSESSIVE_PRONOUNS.get(first.lower())
        if found.kind != "person" or found.named or pronoun is None or not described:
            return found
        if found.head not in PERSON_ROLES:
            return found  # "his account", "her body mass index": no person's role or kin
        possessor = self._possessor(pronoun, position)
        if possessor is None:
            return found
        owner = f"{possessor}’" if possessor.endswith("s") else f"{possessor}’s"  # "Acme Foods’"
        return found._replace(name=f"{owner} {described}", role=f"{described} of {possessor}")

    def _possessed_role(self, found: _Analysis, position: int) -> _Analysis:
        """A named person's role written after "his" or "her" next to the name ("His lawyer,
        Tom Bell", "Ana Ruiz, her neighbour"): the possessor resolved as the pronoun would be,
        "lawyer of Dmitri Valchek"; unchanged when nothing agrees, or after "its" and "their",
        whose body is too often not the one named last."""
        text, role = self._text, found.role or ""
        if not _COMPLEMENT_WORDS.isdisjoint(role.split()):
            return found  # "former partner at Lenox": its own complement
        lower = max(0, position - _ROLE_REACH)
        upper = min(len(text), position + len(found.name) + _ROLE_REACH)
        for written, pronoun in _POSSESSIVE_FORMS:
            at = text.find(f"{written} {role}", lower, upper)
            if at < 0 or (at > 0 and text[at - 1].isalnum()):
                continue
            if pronoun == "it" and (body := self._body_just_heard(at)) is not None:
                return found._replace(role=f"{role} of {body}")  # "The union disputes it. Its"
            if pronoun not in PERSON_PRONOUNS:
                return found  # "its", "their": a body too often not the one named last
            possessor = self._possessor(pronoun, at)
            if possessor is None or possessor == found.name:
                return found
            return found._replace(role=f"{role} of {possessor}")
        return found

    def _body_just_heard(self, position: int) -> str | None:
        """The organization last mentioned in the sentence right before `position` ("The
        union disputes the figures. Its president, ..."), when that was its last mention:
        the body "its" there stands for, as a reader takes it ("the union"); None otherwise."""
        recent = self._recent_entries()
        if not recent or recent[0].kind != "organization" or not recent[0].mentions:
            return None
        mentioned = recent[0].mentions[-1][1]
        between = self._text[mentioned:position].rstrip()
        if mentioned > position or "\n" in between or between.count(". ") != 0:
            return None  # not the sentence just read
        if not between.endswith((".", ".”", '."')):
            return None
        name = recent[0].name
        return "the " + name[4:] if name.startswith("The ") else name

    def _possessor(self, pronoun: str, position: int) -> str | None:
        """The name a possessive pronoun before `position` stands for: "his"/"her" a person
        named since the last attribution, else the speaker "he"/"she" would be; "its"/"their"
        an organization or outlet named since the last attribution, else the speaker "it"/"they"
        would be, else one named before. None when nothing agrees, or the one agreeing is not
        named."""
        reach = max(0, position - _MENTION_REACH)
        if pronoun in PERSON_PRONOUNS:
            entry = self._mentioned_person(pronoun, position)
        else:
            named = self._mentioned_organization(max(self._last_end, reach), position)
            if named is not None:
                return named
            entry = None
        entry = entry or self._antecedent(pronoun, position)
        if entry is not None:
            return entry.name if entry.named else None
        return None if pronoun in PERSON_PRONOUNS else self._mentioned_organization(reach, position)

    def _subject_body(self, position: int) -> _Entry | None:
        """The body a country or a name owns, opening a sentence since the last attribution
        as its subject ("China’s coast guard gave its account. ... it said"; "Japan’s foreign
        ministry"), as a speaker: the last one, not in a quotation; None if none."""
        text = self._text
        lower = self._last_end
        if text.find("’s ", lower, position) < 0 and text.find("'s ", lower, position) < 0:
            return None  # no possessive since the last attribution: the common case, told at once
        found = None
        for match in _OWNED_BODY.finditer(text, lower, position):
            end = _body_end(match)
            if end and _opens_sentence(text, match.start()) and not _quoted(text, match.start()):
                found = (match.start(), end)
        if found is None:
            return None
        return self._entry_for(_phrase_of(tuple(tokens(text, *found))))[0]

    def _mentioned_organization(self, lower: int, position: int) -> str | None:
        """The last organization or outlet named by its own words ("the Port Authority",
        "Acme Holdings") or after its trade's noun ("the fitness app Pulso") in
        text[lower:position], not in a quotation; None if none."""
        text = self._text
        last = None
        run: list[Token] = []
        trade = False  # whether the run follows a company's noun
        for tok in [*tokens(text, lower, position), Token(position, position, ".", ".")]:
            if tok.capitalized or (run and (tok.lower in NAME_CONNECTORS or tok.word == "&")):
                run.append(tok)  # "Bank of Erewhon", "Morrow & Co."
                continue
            while run and not run[-1].capitalized:
                run.pop()  # "the Bank of": the connector ends no name
            if run and _possessive(run[-1].word):  # "Acme Foods’s plant": Acme Foods
                owner = run[-1]
                run[-1] = Token(owner.start, owner.end - 2, owner.word[:-2], owner.lower[:-2])
            words = [t.word for t in run]
            if words and tok.lower in COMPANY_NOUNS and not marked_kind(words):
                run = []  # "EV maker", "AI startup": a word modifying the trade noun after it
            if words and (marked_kind(words) or weakly_marked_kind(words)) not in _OWN_VOICES:
                # a name the article trades ("Shares of Acme"): its words after any connector
                own = [t for t in run if t.lower in NAME_CONNECTORS or t.word == "&"]
                run = run[run.index(own[-1]) + 1 :] if own else run
                if not run or not (
                    trade or self._text_evidence().kind(run[-1].word) == "organization"
                ):
                    run = []
            # not in a quotation, nor a ticker in parentheses: "Acme (ACME.N)"
            if (
                run
                and not _quoted(text, run[0].start)
                and text[run[0].start - 1 : run[0].start] != "("
            ):
                last = text[run[0].start : run[-1].end]
            run = []
            trade = tok.lower in COMPANY_NOUNS and tok.word.islower()
        return last

    def _unresolved(self, phrase: Phrase, pronoun: str) -> _Entry:
        """A speaker known only by its pronoun ("he"), not named: nobody, or several, agree."""
        written = self._text[phrase.span[0] : phrase.span[1]]
        kind: SpeakerKind = (
            "person"
            if pronoun in _PERSON_PRONOUNS_AND_WHO
            else "group"
            if pronoun in PLURAL_PRONOUNS
            else "unknown"
        )
        return self._new(_Analysis(written, None, kind, False, phrase.span), indexed=False)

    # -- names and descriptions --

    def _entry_for(self, phrase: Phrase) -> tuple[_Entry, Span]:
        found, mention = self._analysed_phrase(phrase)
        found = self._with_possessor(found, mention[0])
        entry = (
            self._one_of_two(found, mention[0])
            or self._named_since(self._same_key(found), found)
            or self._acronym_of(found)
            or self._spelled_out(found)
            or self._same_person(found)
            or self._given_name_alone(found, mention[0])
            or self._popularly_named(found, mention[0])
            or self._short_company_name(found)
            or self._other_side(found, mention[0])
            or self._role_holder(found, mention[0])
            or self._anonymous_again(found)
            or self._described_outlet(found, mention[0])
            or self._named_body(found, mention[0])
            or self._described_document(found, mention[0])
            or self._venue_giver(found, mention[0])
        )
        if entry is None:
            entry = self._new(found)
        else:
            self._merge(entry, found)
        self._note(entry, mention)
        return entry, mention

    def _same_key(self, found: _Analysis) -> _Entry | None:
        """Sieve 1: the speaker of the same name or wording ("the mayor" again). A bare
        surname is left to `_same_person`: it means the last person of that name."""
        key = _key(found.name)
        if found.kind in _PERSON_LIKE and found.named and " " not in key:
            # a one-word name of no known kind: the organization already given that name
            # ("the tracking firm Brillo" ... "Brillo added")
            known = self._by_key.get(key) if found.kind == "unknown" else None
            return known if known is not None and known.kind in _OWN_VOICES else None
        known = self._by_key.get(key)
        if known is not None and not known.named and found.head in COMPANY_NOUNS:
            return self._company_named_since(known, found.head) or known
        return known

    def _company_named_since(self, unnamed: _Entry, head: str) -> _Entry | None:
        """The named company that has spoken since `unnamed` ("the company") last did and
        that the head fits: a headline's "company says", then "Pulso said", then "the company
        said" is Pulso; None if none."""
        for entry in self._recent_entries():
            if entry is unnamed:
                return None
            if entry.kind == "organization" and entry.named and _holds_head(entry.key, head):
                return entry
        return None

    def _acronym_of(self, found: _Analysis) -> _Entry | None:
        """Sieve 1b: the body an acronym alone stands for, named in full before ("the FAA"
        after "the Federal Aviation Administration"), of its kind ("ABC", an outlet, is no
        "Acme Brands Corporation")."""
        entry = self._by_acronym.get(_acronym_key(found))
        if entry is None or found.kind not in _PERSON_LIKE and found.kind != entry.kind:
            return None
        entry.acronym = found.name.rpartition(" ")[2]
        return entry

    def _spelled_out(self, found: _Analysis) -> _Entry | None:
        """Sieve 1c: the body whose acronym alone named it before ("the Federal Aviation
        Administration" after "the FAA"), of the same kind."""
        initials = _initials(found.name) if found.kind in _OWN_VOICES and found.named else None
        entry = self._by_key.get(initials) if initials is not None else None
        if entry is None or entry.kind != found.kind or not entry.name.split()[-1].isupper():
            return None
        entry.acronym = entry.name.split()[-1]
        return entry

    def _same_person(self, found: _Analysis) -> _Entry | None:
        """Sieve 2: a person of the same surname, given name and gender (when both are
        known): the one mentioned last. "Anna Smith" and "John Smith" stay two."""
        if found.kind not in _PERSON_LIKE or not found.named or found.description:
            return None
        words = _key(found.name).split()
        if len(words) == 1 and not found.described.isdisjoint(_GIVEN_NAME_TITLES):
            # "Sir Alan", "Dame Ann": the given name of a knight or a dame named in full
            knighted = [e for e in self._entries.values() if e.named and _given(e.key) == words[0]]
            return max(knighted, key=lambda entry: entry.last, default=None)
        given = _first_given(words)
        matching = [
            entry
            for entry in self._by_surname.get(words[-1] if words else "", [])
            if (found.gender is None or entry.gender in (None, found.gender))
            and (
                given is None
                or _same_given(given, _first_given(entry.key.split()))
                or _surnames_ending(words, entry.key)
            )
        ]
        return max(matching, key=lambda entry: entry.last, default=None)

    def _given_name_alone(self, found: _Analysis, position: int) -> _Entry | None:
        """Sieve 2a: a person called by the given name alone, as tabloids and features call
        one ("Kenzie said" after "Kenzie Rowe"): the one person named before `position` in
        full with that given name, a speaker or a given name's mention; None if none, or
        several ("Ann Lee" and "Ann Hale"). A bare surname is `_same_person`'s."""
        key = _key(found.name)
        if found.kind not in _PERSON_LIKE or not found.named or found.description or " " in key:
            return None
        speakers = {
            e.key: e
            for e in self._by_given.get(key, ())
            if e.kind == "person" and e.named and e.mentions and e.mentions[0][0] < position
        }
        self._known_people()
        people = {_key(p.name): p for p in self._full_by_given.get(key, ()) if p.start < position}
        for name in [name for name in people if any(s.startswith(name + " ") for s in speakers)]:
            del people[name]  # "Anwar Hakim" of the speaker "Anwar Hakim bin Yusof": the same
        if len(speakers.keys() | people.keys()) != 1:
            return None
        if speakers:
            return next(iter(speakers.values()))
        (person,) = people.values()
        return self._subject(person)

    def _popularly_named(self, found: _Analysis, position: int) -> _Entry | None:
        """Sieve 2a': a person called by a popular name ("Carlão said") given before
        `position` after the full name ("Luiz da Rocha, known as Carlão,"): the speaker
        of that full name; None if no such name was given."""
        key = _key(found.name)
        if found.kind not in _PERSON_LIKE or not found.named or " " in key:
            return None
        if self._popular is None:
            text = self._text
            self._popular = {}
            if " known as " in text or " nicknamed " in text or " called " in text:
                for match in _POPULAR_NAME.finditer(text):
                    self._popular.setdefault(_key(match[1]), match.start())
        end = self._popular.get(key)
        if end is None or end > position:
            return None
        toks = tokens(self._text, max(0, end - PHRASE_WINDOW), end)
        phrase = _phrase_at(self._text, toks, len(toks) - 1) if toks else None
        if phrase is None:
            return None
        entry = self._entry_for(phrase)[0]
        return entry if entry.kind == "person" and entry.named else None

    def _short_company_name(self, found: _Analysis) -> _Entry | None:
        """Sieve 2b: a company's short name ("Corrib" after "Corrib Foods Corp."): the
        organization, named before, whose name opens with the same words and is marked a
        company or an institution by the words that follow ("Foods Corp."); the one
        mentioned last. A person of that surname is found first (`_same_person`)."""
        if found.kind not in ("organization", "unknown") or not found.named:
            return None
        words = _key(found.name).split()
        known = self._by_first_word.get(words[0], []) if words else self._entries.values()
        matching = [
            entry
            for entry in known
            if entry.kind == "organization"
            and entry.named
            and len(entry.key.split()) > len(words)
            and entry.key.split()[: len(words)] == words
            and marked_kind(entry.name.split()) == "organization"
        ]
        return max(matching, key=lambda entry: entry.last, default=None)

    def _role_holder(self, found: _Analysis, position: int) -> _Entry | None:
        """Sieve 3: the named person who holds the role a description names ("the mayor",
        "the veteran lawmaker": a "Sen."), of the same gender: the holder of that very office
        ("the Chief Minister"), else the most recent speaker who does with the description's
        modifiers ("the fire chief": the Fire Chief), or an unnamed one of that head brought
        in since; else the person last named with that title before `position` ("Councilman
        Rob Lee ... the councilman said"), in apposition to that description ("the moderator,
        Jan Pruitt,") or after that role noun ("striker Ida Berg"); "the defendant", the
        person named as charged. A description by age or party ("the 52-year-old", "the Ohio
        Republican") stands for the person a "he" or "she" there would: it is only ever said
        of someone just named."""
        if not found.description:
            return None
        wanted = ROLE_HOLDERS.get(found.head, frozenset()) | {found.head}
        holders = self._holders(found, wanted)
        # "the Chief Minister" after an "Agriculture Minister": the holder of that very office
        office = _office_words(found.name)
        if office:
            holder = _office_holder_of(list(holders), office)
        else:
            holder = self._modified_holder(found, list(holders), wanted, position)
        if holder is not None and not office:
            # "Ann Lee, an economist, said ... Another economist said ... the economist said":
            # the unnamed one brought in since
            brought = self._brought_in(found.head)
            if brought is not None and brought.last > holder.last:
                return brought
        if holder is None:  # by its own title only when it names a body: "Leader Ann Lee"
            titles = frozenset({found.head}) if found.head in _BODY_ROLES else wanted
            holder = self._titled_person(titles, found.gender, position)
        if holder is None:  # "A nurse at the clinic said ... the nurse said"
            holder = self._brought_in(found.head)
        if holder is None and not office and found.name[:4].lower() == "the ":
            holder = self._apposed_holder(found.head, found.gender, position)
            holder = holder or self._named_after_role(found.head, found.gender, position)
        if holder is None and found.head in CHARGED_ROLES:
            holder = self._charged_person(found.gender, position)
        if holder is None and (found.head in PARTY_MEMBERS or _AGE.search(found.name)):
            holder = self._antecedent(found.gender or self._subject_gender(position), position)
            if holder is not None and not holder.named:
                holder = None
        return holder

    def _modified_holder(
        self, found: _Analysis, holders: list[_Entry], wanted: frozenset[str], position: int
    ) -> _Entry | None:
        """Of `holders` (the most recent first), the one whose role has the description's
        modifiers ("the fire chief": "Fire Chief Ana Ruiz", not "Police Chief Dana Cole"
        who spoke since), else the person last named with that title and those modifiers
        ("Fire Chief Ana Ruiz" never quoted), else the most recent holder."""
        words = found.name.lower().split()
        modifiers = words[1:-1] if words[0] == "the" and words[-1] == found.head else []
        if not modifiers:
            return holders[0] if holders else None
        for holder in holders:
            if all(m in holder.described or m in (holder.role or "").lower() for m in modifiers):
                return holder
        titled = self._titled_person(wanted, found.gender, position, tuple(modifiers))
        return titled or (holders[0] if holders else None)

    def _subject_gender(self, position: int) -> str:
        """The gender of the person last named as a subject since the last attribution
        ("Midfielder Tomas Brel scored. The 24-year-old said": "he"), as `_latest_subjects`
        finds them; "" if none."""
        lower = _sentence_end(self._text, self._last_end, position) if self._last_end else 0
        latest = [
            (subjects[-1].start, gender)
            for gender in ("he", "she")
            if (subjects := self._latest_subjects(gender, lower, position))
        ]
        return max(latest)[1] if latest else ""

    def _one_of_two(self, found: _Analysis, position: int) -> _Entry | None:
        """Sieve 0: "the former" or "the latter", the first or the second of the last two
        people named before `position` outside quotations ("Lee praised Dunn. The latter
        said ...": Dunn), as a speaker; None if not such a phrase, or fewer than two."""
        which = _OF_TWO.get(found.head)
        if which is None or found.named or found.name.lower() != f"the {found.head}":
            return None
        text = self._text
        people = self._people_between(max(0, position - _MENTION_REACH), position)
        last_two: list[_Person] = []  # the last mention of each, the latest first
        for person in sorted(people, key=_person_start, reverse=True):
            if _quoted(text, person.start) or any(p.surname == person.surname for p in last_two):
                continue
            last_two.append(person)
            if len(last_two) == 2:
                return self._subject(last_two[1 - which])
        return None

    def _holders(self, found: _Analysis, wanted: frozenset[str]) -> Iterator[_Entry]:
        """The recent named speakers, the most recent first, who hold one of the roles or
        titles `wanted` that the description `found` may stand for."""
        return (
            entry
            for entry in self._recent_entries()
            if entry.kind == "person"
            and entry.named
            and not wanted.isdisjoint(entry.described)
            and (found.gender is None or entry.gender in (None, found.gender))
            and _leads_body(found, entry)
        )

    def _named_since(self, unnamed: _Entry | None, found: _Analysis) -> _Entry | None:
        """A definite description's same wording spoken before unnamed ("A prosecutor told
        jurors ..."): the person named with that role who has spoken since ("Prosecutor Ed
        Aalto said ... the prosecutor said"), the most salient; else `unnamed`."""
        if unnamed is None or unnamed.named or not found.description or found.named:
            return unnamed
        holder = next(self._holders(found, frozenset({found.head})), None)
        return holder if holder is not None and holder.last > unnamed.last else unnamed

    def _other_side(self, found: _Analysis, position: int) -> _Entry | None:
        """Sieve 3a: a reciprocal role with its possessor resolved ("his opponent", "her
        counterpart", `RECIPROCAL_ROLES`): the person other than that possessor mentioned
        last before `position`, a speaker or a name outside quotations, as in a debate or
        talks between two; None if none."""
        if found.named or found.head not in RECIPROCAL_ROLES:
            return None
        owner = found.name[: -len(found.head)].rstrip()  # "Okafor’s", "Ann Lee's", "Jones’"
        possessor = owner.removesuffix("s").rstrip("’'") if owner.endswith(_OWNING) else ""
        if not possessor or " " in found.name[len(owner) :].strip():
            return None
        surname = _key(possessor).split()[-1]
        spoken = next(
            (
                e
                for e in self._recent_entries()
                if e.kind == "person"
                and e.named
                and e.mentions
                and _key(e.name).split()[-1] != surname
                and (found.gender is None or e.gender in (None, found.gender))
            ),
            None,
        )
        text = self._text
        named = max(
            (
                p
                for p in self._people_between(max(0, position - _MENTION_REACH), position)
                if p.surname != surname and not _quoted(text, p.start)
            ),
            key=_person_start,
            default=None,
        )
        if named is not None and (spoken is None or spoken.mentions[-1][0] < named.start):
            return self._subject(named)
        return spoken

    def _apposed_holder(self, head: str, gender: str | None, position: int) -> _Entry | None:
        """The person last named in apposition to a description of that head before
        `position`, within reach, outside quotations ("the moderator, Jan Pruitt of WHRL,
        asked ...", "met his challenger, city councilman Rob Lee"), as a speaker with that
        role; None if none."""
        text = self._text
        lower = max(0, position - _TITLE_REACH)
        at = text.rfind(f" {head}, ", lower, position) + 1  # the word, not "mischief, "
        if at <= 0 or _quoted(text, at):
            return None
        opener = _APPOSED_OPENER.search(text, max(lower, at - _ROLE_BEFORE_REACH), at)
        if opener is None:
            return None
        # the name before it ("Ed Lee, the incumbent, ..."), else after it
        named = _NAME_BEFORE_APPOSED.search(
            text, max(lower, opener.start() - _ROLE_BEFORE_REACH), opener.start()
        ) or _APPOSED_NAME.match(text, at + len(head) + 2, position)
        if named is None:
            return None
        roles = named["roles"].split()
        if roles and roles[-1] not in PERSON_ROLES:
            return None  # "the incumbent, faced Rob Park": a verb, no role, before the name
        role = opener["words"] + head
        if _subordinate(role):
            return None  # "Ann Lee, the deputy minister, ...": not "the minister"
        analysis = _Analysis(named["name"], role, "person", True, (0, 0), gender=gender)
        return self._same_person(analysis) or self._new(analysis)

    def _named_after_role(self, head: str, gender: str | None, position: int) -> _Entry | None:
        """The person last named right after the role noun `head` in lower case before
        `position`, within reach, outside quotations ("coach Ana Ruiz and striker Ida Berg
        faced reporters. The striker said": Ida Berg), as a speaker with that role; None if
        none."""
        text = self._text
        at = text.rfind(f" {head} ", max(0, position - _TITLE_REACH), position)
        if at < 0 or _quoted(text, at):
            return None
        named = _NAME_AT.match(text, at + len(head) + 2, position)
        if named is None or any(word.endswith(_OWNING) for word in named["name"].split()):
            return None  # "striker Ida Berg’s goal": hers, but no subject
        analysis = _Analysis(named["name"], head, "person", True, (0, 0), gender=gender)
        return self._same_person(analysis) or self._new(analysis)

    def _charged_person(self, gender: str | None, position: int) -> _Entry | None:
        """The person last named before `position`, within reach, outside quotations, as
        charged ("Ed Lee, 37, is charged with fraud", "Lee pleaded not guilty"): whom "the
        defendant" stands for, as a speaker; None if none."""
        text = self._text
        people = self._people_between(max(0, position - _TITLE_REACH), position)
        for person in sorted(people, key=_person_start, reverse=True):
            end = _name_end(text, person)
            aside = _AGE_ASIDE.match(text, end)
            if aside is not None and not _quoted(text, person.start):
                verb = _CHARGED.match(text, aside.end())
                if verb is not None and (gender is None or person.gender == gender):
                    return self._subject(person)
        return None

    def _anonymous_again(self, found: _Analysis) -> _Entry | None:
        """Sieve 3b: "the spokesperson", "the official": the unnamed person of that head a
        recent speaker brought in ("A spokesperson for the board said ... the spokesperson
        said"); None if none."""
        if found.kind != "person" or found.named or _key(found.name) != found.head:
            return None
        if not found.name.lower().startswith("the ") or found.head not in ANONYMOUS_HEADS:
            return None
        return self._brought_in(found.head)

    def _brought_in(self, head: str) -> _Entry | None:
        """The recent unnamed person an indefinite phrase of that head brought in ("A nurse
        at the clinic", "Another nurse", "One resident"), or None."""
        return next(
            (
                e
                for e in self._recent_entries()
                if e.kind == "person"
                and not e.named
                and e.name.lower().startswith(("a ", "an ", "another ", "one "))
                and head in e.key.split()[: _MAX_MODIFIERS + 1]
            ),
            None,
        )

    def _titled_person(
        self,
        titles: frozenset[str],
        gender: str | None,
        position: int,
        modifiers: tuple[str, ...] = (),
    ) -> _Entry | None:
        """The person last named with one of `titles` before `position`, within reach
        ("Councilman Rob Lee", "Sen. Ann Hale"), the title after `modifiers` if any ("Fire
        Chief Ana Ruiz"), as a speaker; None if none."""
        lower = max(0, position - _TITLE_REACH)
        named = None
        # Where one of `titles` (those of lower-case ASCII letters, as `_TITLED_NAME` reads
        # them) heads a capitalised word: the only places it may match with one of them,
        # found among the text's capitalised words, with no pattern compiled for the titles.
        spelled = [title for title in titles if title.isascii() and title.isalpha()]
        heads = {title.capitalize() for title in spelled} | {  # "MP Jo Frame", "SP Ravi Nair"
            title.upper() for title in spelled if len(title) < 5
        }
        for _, start in self._capitalised_words().words(heads, "", lower, position):
            found = _TITLED_NAME.match(self._text, start, position)
            if (
                found is not None
                and found["title"].lower() in titles
                and not _ends_sentence(self._text, found.end("title"), found["title"])
                and _after_words(self._text, start, modifiers)
            ):
                named = found
        if named is None or _quoted(self._text, named.start()):
            return None
        name = _without_honours(self._text, named)
        sharing = self._by_surname.get(_key(name).split()[-1], [])
        holder = next((e for e in sharing if not titles.isdisjoint(e.described)), None)
        if holder is not None or (len(sharing) > 1 and " " not in name):
            return holder  # "President Lee", two Lees, neither known by the title: not guessed
        analysis = _Analysis(name, None, "person", True, (0, 0), gender=gender)
        return self._same_person(analysis) or self._new(analysis)

    def _described_outlet(self, found: _Analysis, position: int) -> _Entry | None:
        """Sieve 4: "the commission", "the newspaper": the organization or outlet that spoke
        last whose name holds the description's head ("the Commission on Debates"), or the
        only outlet that spoke; None if none, or if the head is something a person owns ("the
        campaign": whose?)."""
        if found.kind == "person" and found.description and found.head in ORGANIZATION_MARKERS:
            # "the center", "the foundation": the named body, if one spoke; else a person
            # ("the center said" of a player)
            found = found._replace(kind="organization", description=False)
        # "the company", or a headline's bare "company" ("..., company says")
        described = found.name[:4].lower() == "the " or (
            found.name == found.head and found.head in COMPANY_NOUNS
        )
        if found.named or found.kind not in _OWN_VOICES or not described:
            return None
        if found.head in _OWNED_HEADS:
            return None
        named = [
            e
            for e in self._recent_entries()
            if e.kind == found.kind
            and (e.named or e.key.endswith(f" {found.head}"))  # "the pilots' union"
        ]
        owners = _owners(found.name) | _portfolio(found.name, found.head)
        holding = next(
            (e for e in named if _holds_head(e.key, found.head) and owners <= set(e.key.split())),
            None,
        )
        # "X fell after the company said", "the State Bank of Sarawan raised its rate. The bank
        # said" (after another bank spoke): the body of that head named in passing since the
        # last attribution
        if found.head in COMPANY_NOUNS or holding is not None and found.kind == "organization":
            holding = self._mentioned_company(found.head, position) or holding
        if holding is None and found.kind == "organization":
            holding = self._outlet_holding(found.name)
        return holding or (named[0] if found.kind == "media" and len(named) == 1 else None)

    def _outlet_holding(self, description: str) -> _Entry | None:
        """The recent outlet or organization whose name and description hold every word of an
        organization's description: "the agency" for "the state news agency KCNA", not "the
        spy agency"; "the regulator" for "media regulator Ofcom"; None if none."""
        wanted = set(_key(description).split())
        return next(
            (
                e
                for e in self._recent_entries()
                if e.kind in _OWN_VOICES and wanted <= e.described | set(e.key.split())
            ),
            None,
        )

    def _mentioned_company(self, head: str, position: int) -> _Entry | None:
        """The company a description by `head` ("the company", "the carmaker") stands for
        when it was named by its own words since the last attribution, spoken or not, as a
        speaker; None if none was."""
        lower = max(self._last_end, self._aside_end, position - _MENTION_REACH)
        name = self._mentioned_organization(lower, position)
        if name is None or not _holds_head(_key(name), head):
            return None
        analysis = _Analysis(name, None, "organization", True, (0, 0), head)
        return self._by_key.get(_key(name)) or self._new(analysis)

    def _described_document(self, found: _Analysis, position: int) -> _Entry | None:
        """Sieve 6: "the report", "the study": the document last quoted, shortly before
        `position`, whose description holds the head ("a 2024 report by the budget office",
        "the Commission's impact study"); None if none. "A report" brings in a new one,
        unless the headline named it ("..., new study finds" above "A study found")."""
        if found.kind != "document" or _key(found.name) != found.head:
            return None
        indefinite = found.name.split()[0].lower() in ("a", "an")
        headline_end = self._text.find("\n")
        return next(
            (
                e
                for e in self._recent_entries()
                if e.kind == "document"
                and found.head in e.key.split()
                and e.key != found.head
                and position - e.mentions[-1][1] < _MENTION_REACH
                and (not indefinite or e.mentions[-1][1] <= headline_end)
            ),
            None,
        )

    def _venue_giver(self, found: _Analysis, position: int) -> _Entry | None:
        """Sieve 6b: "the statement", "the email": the speaker who last spoke "in a statement"
        ("X said in a statement", "In a statement, X said"), shortly before `position`; None
        if nobody did."""
        if found.kind != "document" or _key(found.name) != found.head:
            return None
        lead = max(0, position - _MENTION_REACH)
        venues = list(_venue(found.head).finditer(self._text, lead, position))
        if not venues:
            return None
        start, end = venues[-1].span()
        text = self._text
        if text[start] == "I":  # "In a statement released by X on Friday, the board said"
            comma = text.find(", ", end, end + _VENUE_OPENING)
            end = comma + 1 if comma >= 0 else end
        return next(
            (
                e
                for e in self._recent_entries()
                if e.kind != "document"
                and any(
                    0 <= start - b < _VENUE_GAP or 0 <= a - end < _VENUE_GAP for a, b in e.mentions
                )
            ),
            None,
        )

    def _named_body(self, found: _Analysis, position: int) -> _Entry | None:
        """Sieve 5: "the ministry", "the Bee": the organization or outlet last named before
        `position` (outside quotations, within reach) by a proper name holding the head
        ("Ontario's Ministry of Transportation", "The Sacramento Bee"), as a speaker; None if
        none, or if the head is something a person owns."""
        text = self._text
        name = found.name
        if found.named and found.kind in _PERSON_LIKE and " " not in name:
            if text[max(0, position - 4) : position].lower() != "the ":
                return None
            head = name  # "the Bee": a capitalised word after "the", named in full before
        elif name.lower() == "police":
            head = "police"  # "police said": the police force named before, if one was
        elif found.named or found.kind not in _OWN_VOICES:
            return None
        elif found.head in _OWNED_HEADS and not _body_office(found.name):
            return None
        elif name[:4].lower() != "the " or not name.lower().endswith(found.head):
            return None
        else:
            head = found.head  # "the ministry", "the central bank"
        lower = max(0, position - _TITLE_REACH)
        # "the agency": an Agency, or an Administration, a Bureau named before
        heads = (head, *BODY_HEAD_ALIASES[head]) if head in BODY_HEAD_ALIASES else (head,)
        starts = sorted(
            (start, len(word))
            for word in heads
            for start in _whole_word_starts(text, word.capitalize(), lower, position)
        )
        for start, length in reversed(starts):
            if _quoted(text, start):
                continue
            name = _proper_name_around(text, start, start + length)
            if name is None:
                continue
            kind = marked_kind(name.split())
            words = set(_key(name).split())
            owners = _owners(found.name) | _possessors(found.name) | _portfolio(found.name, head)
            if kind in _OWN_VOICES and owners <= words:
                analysis = _Analysis(name, None, kind, True, (0, 0), head.lower())
                return self._by_key.get(_key(name)) or self._new(analysis)
        return None

    def _new(self, found: _Analysis, indexed: bool = True) -> _Entry:
        """A new speaker; not `indexed`, the name sieves never find it (a lone pronoun)."""
        role = found.role
        if role is None and (found.description or _affiliated_source(found)):
            role = _without_leading_article(found.name)
        entry = _Entry(
            f"#{len(self._entries)}",
            found.name,
            found.kind,
            role,
            found.named,
            _key(found.name) if indexed else "",
            gender=found.gender,
            own_gender=found.gender,
            described=set(found.described),
        )
        self._entries[entry.ref] = entry
        self._file_by_first_word(entry)
        if indexed:
            self._index(entry, found)
        return entry

    def _file_by_first_word(self, entry: _Entry) -> None:
        """`entry` among the speakers whose key opens with the same word, where
        `_short_company_name` looks (an unindexed one, key "", is looked for by no word)."""
        if entry.key:
            self._by_first_word.setdefault(entry.key.partition(" ")[0], []).append(entry)

    def _merge(self, entry: _Entry, found: _Analysis) -> None:
        """What a new mention adds to its speaker: a fuller name, a role, a gender."""
        if (
            len(found.name) > len(entry.name)
            and found.kind == entry.kind
            and not found.description
            and (found.named or not entry.named)  # "the fund" never renames "IMF"
        ):
            entry.aliases.append(entry.name)
            entry.name = found.name
            first_word = entry.key.partition(" ")[0]
            entry.key = _key(found.name)
            if entry.key.partition(" ")[0] != first_word:  # filed under its new first word too
                self._file_by_first_word(entry)
        if entry.role is None and found.role is not None and found.head not in RECIPROCAL_ROLES:
            entry.role = found.role  # not "opponent of Lee": a side, not a role
        if entry.gender is None:
            entry.gender = found.gender
        entry.own_gender = entry.own_gender or found.gender
        if entry.kind == "unknown" and found.kind != "unknown":
            entry.kind = found.kind  # evidence in a later mention: "Mr. Hale"
        entry.described |= found.described
        self._index(entry, found)

    def _index(self, entry: _Entry, found: _Analysis) -> None:
        self._by_key.setdefault(_key(found.name), entry)
        if found.kind in _OWN_VOICES and found.named:  # "the Federal Aviation Administration"
            initials = _initials(found.name)
            if initials is not None:
                self._by_acronym.setdefault(initials, entry)
        if _named_person_like(found.kind, found.named) and _named_person_like(
            entry.kind, entry.named
        ):
            same = self._by_surname.setdefault(entry.key.split()[-1] if entry.key else "", [])
            if entry not in same:
                same.append(entry)
                given = _given(entry.key)
                if given is not None:
                    self._by_given.setdefault(given, []).append(entry)
                other = _other_surname(entry.name)
                if other is not None:  # "Choi Dong-woo": a later "Choi" is he
                    self._by_surname.setdefault(other, []).append(entry)

    def _recent_entries(self) -> list[_Entry]:
        """The `_CANDIDATES` most recently mentioned speakers, the most recent first."""
        return list(islice(reversed(self._recent.values()), _CANDIDATES))

    def _note(self, entry: _Entry, span: Span, gender: str | None = None) -> None:
        written = self._text[span[0] : span[1]]
        if written != entry.name and written not in entry.aliases and "\n" not in written:
            entry.aliases.append(written)
        entry.mentions.append(span)
        if gender is not None:
            _referred_to(entry, gender)
        if gender in PERSON_PRONOUNS and entry.gender is None and entry.kind == "person":
            entry.gender = gender
        self._clock += 1
        entry.before, entry.last = entry.last, self._clock
        self._recent.pop(entry.ref, None)
        self._recent[entry.ref] = entry

    def _analysed_phrase(self, phrase: Phrase) -> tuple[_Analysis, Span]:
        """`_analyse`, done once for each wording of a phrase: the analysis as kept for the
        wording (its `span` relative to the phrase's start), and the mention in the text."""
        text = self._text
        start, end = phrase.span
        appositive = phrase.appositive
        key = (
            text[start:end],
            phrase.words,
            text[appositive[0] : appositive[1]] if appositive else None,
        )
        found = self._analysed.get(key)
        if found is None:
            found = self._analyse(phrase)
            first, last = found.span
            # The span made relative: the tuple built at once, where `_replace` maps every field
            found = self._analysed[key] = _Analysis._make(
                (*found[:4], (first - start, last - start), *found[5:])
            )
        first, last = found.span
        return found, (start + first, start + last)

    def _analyse(self, phrase: Phrase) -> _Analysis:
        """What a non-pronoun phrase says of its speaker: name, role, kind, mention, gender."""
        text = self._text
        toks = list(phrase.tokens) or tokens(text, phrase.span[0], phrase.span[1])
        if len(toks) > 1 and toks[-1].lower in PARTY_MEMBERS and toks[0].lower in DETERMINERS:
            toks[-1] = toks[-1]._replace(word=toks[-1].lower)  # "the 52-year-old Republican"
        if _acronym_title(toks):
            toks[1] = toks[1]._replace(word=toks[1].lower)  # "the MP", "the SP": as "the senator"
        if (
            len(toks) == 1
            and toks[0].lower not in self._by_surname
            and (
                toks[0].lower in ANONYMOUS_HEADS  # "Another wrote", "Pals say": nobody's name
                or _common_word(text, toks[0])
                or _people_opening(text, toks[0])
            )
        ):
            toks[0] = toks[0]._replace(word=toks[0].lower)  # "Protesters said": no name
        if len(toks[-1].word) > 2 and _possessive(toks[-1].word):  # "Hale’s": the name is "Hale"
            last = toks[-1]
            toks[-1] = Token(last.start, last.end - 2, last.word[:-2], last.lower[:-2])
        if _post_nominal(toks):  # "Priya Lennox MP": the name, and the office for role
            found = self._analyse(_phrase_of(tuple(toks[:-1]), phrase.appositive))
            if found.kind == "person" and found.named:
                return found._replace(role=found.role or toks[-1].word)
        words = [t.lower for t in toks]
        span = phrase.span
        document_head = _document_head(toks)
        if document_head is not None:  # "a survey of dock workers", "a report by the council"
            return _Analysis(text[span[0] : span[1]], None, "document", False, span, document_head)
        if _possessive_seat(words):  # "Queen's Park said": the seat, no owner's "Park"
            return _Analysis(text[span[0] : span[1]], None, "organization", True, span, words[-1])
        if _joined_phrases(toks):  # "the museum and the government": both speak, a group
            named = any(t.capitalized and t.lower not in DETERMINERS for t in toks)
            return _Analysis(text[span[0] : span[1]], None, "group", named, span, words[-1])
        appositive_role = _appositive_role(text, phrase.appositive)
        # The name: the trailing run of capitalised words that are not titles or role nouns.
        k = len(toks)
        while k > 0 and (
            _name_initial(toks[k - 1].word)
            and (
                words[k - 1] not in _ROLES_OR_TITLES
                or _unbound_title(words, k - 1)
                or _role_as_surname(toks, k - 1)
            )
            and words[k - 2 : k] != ["in", "charge"]  # "Special Agent in Charge Ann Lee"
            and not _second_of_title(words, k - 1)  # "Tan Sri Ali Musa"
            and not _possessive(toks[k - 1].word)  # "Acme’s Tom Hale": a name never is one
            and not (words[k - 1] in PARTY_MEMBERS and _party_before_name(toks, k))
            and not (k == 1 and words[0] in _TRADES and len(toks) > 1)  # "Promoter Apex Live"
            or _in_surname(toks, k - 1)  # "Mr van der Berg"
            or _numbered_body(toks, k - 1)  # "Teamsters Local 12", a role its word before
            or (k < len(toks) and words[k] in NUMBERED_BODIES and toks[k - 1].capitalized)
        ):
            k -= 1
            if k >= 2 and toks[k - 1].word == "." and _is_title_dot(toks, k - 1):
                if _place_abbreviation(words, k - 2):
                    k -= 2  # "Tom Hale of St. Paul": the place's, not a title
                    break
                if words[k - 2] in TITLES or words[k - 2] in ABBREVIATIONS:
                    break  # "Maj. Charlie Dietz": the title is not part of the name
                k -= 1  # an initial: "John F. Kerry"
        while k < len(toks) and (
            toks[k].word == "." or words[k] in NAME_CONNECTORS and not _in_surname(toks, k)
        ):
            k += 1
        if 0 < k and words[k - 1] in NAME_CONNECTORS and not _name_complemented(toks, k - 1):
            k = _name_after_role(toks, k)  # "Secretary of State Jon Husted"
        # "A nurse at the clinic in Reno …", "A lawyer representing Ann Lee …": the name ends
        # the complement or the participle's object, not the speaker's.
        name_toks = toks[k:]
        titled = _title_start(toks, k)  # "a spokesman for Mayor Tom Hale": at "Mayor"
        if (
            phrase.words[-1] == "…"
            and 0 < titled
            and (
                words[titled - 1] in PARTICIPLE_PREPOSITIONS
                or words[titled - 1] == "by"
                or _participle(toks[titled - 1])
                or _participle_description(self._text, toks, titled) is not None
            )
        ):
            name_toks = []
        pre = toks[:k]
        head = (phrase.words[-2] if phrase.words[-1] == "…" else words[-1]).lower().rstrip("’'")
        kind = own_kind = _proper_organization(toks) or _service_named(words)  # its own words
        # "Tom Hale of the Acme Fund"; "a spokesman for Sen. Tom Hale": the name's title and
        # the name complement the role before them
        if titled < k:
            titled = _office_start(toks, titled)  # "a spokesperson for Health Minister Ann Lee"
        of = titled - 1 if 3 <= titled and words[titled - 1] == "the" else titled
        if kind is None and name_toks and 2 <= of and words[of - 1] in COMPLEMENT_PREPOSITIONS:
            complemented = self._complemented(phrase, toks, of)  # "Tom Hale of Acme"
            if complemented is not None:
                return complemented
        conjunction = _title_start(toks, k) - 1  # "Tom Hale and Mr. Lee": before "Mr."
        if kind is None and name_toks and conjunction >= 1 and words[conjunction] in _CONJUNCTIONS:
            joined = _joined_names(text, toks, conjunction)  # "Tom Hale and Ann Lee"
            first = bisect_left(toks, (joined.span[0],)) if joined is not None else 0
            if first >= 2 and _plural_role_of(toks, first):
                # "the ministers of France and Italy": the names complement the role
                return self._complemented(phrase, toks, first) or joined
            if joined is not None:
                return joined
        if name_toks and head not in _NOUN_WORDS:
            words = [t.lower for t in name_toks]
        acronym = len(name_toks) == 1 and len(name_toks[0].word) > 1 and name_toks[0].word.isupper()
        # "A cook who saw the raid …": its head's words, not the clause's ("who" is the WHO's)
        head_words = words[: len(phrase.words) - 1] if phrase.words[-1] == "…" else words
        is_org = (
            acronym
            or any(w in ORGANIZATION_WORDS for w in head_words)
            or " ".join(words) in GOVERNMENT_PLACES
            or (words == ["the", head] and head in COMPANY_ROLE_NOUNS)  # "the operator"
            or (words[0] == "the" and head in COMPANY_NOUNS)  # "the Dallas-based carmaker"
        )
        is_media = any(w in MEDIA_WORDS for w in words) and (
            # a capital of its own: "The agency said" opens a sentence, not a name
            any(t.word[0].isupper() and t.lower not in DETERMINERS for t in toks)
            or head in MEDIA_NOUNS  # "the newspaper"
        )
        described = _described(pre, appositive_role)
        if (
            kind is None
            and name_toks
            and not (len(name_toks) == 1 and head in _NOUN_WORDS)
            # "the House committee" is no name; "Speaker of the House Tom Hale" is, the role
            # before "of" its head; so is "Joe Fox", a given name before a medium's word.
            and (
                head not in _NOUN_WORDS
                or _company_noun_before(pre)  # "the firm Castell Data": a name, its noun's
                or head in PERSON_ROLES
                or not (is_org or is_media)
                or (is_media and len(name_toks) == 2 and given_name(name_toks[0].word))
            )
        ):
            gender = _gender(described, name_toks[0].lower if len(name_toks) > 1 else "")
            kind = self._name_kind(name_toks, pre, appositive_role, gender)
            if kind == "unknown" and _residence(text, phrase.appositive):
                kind = "person"  # "Jo Reyes, of Dover, Del.,": someone who lives there
            # "the tracking firm Brillo": a company's noun before its name is its role
            if kind in _PERSON_LIKE or kind == "organization" and _company_noun_before(pre):
                name = text[name_toks[0].start : name_toks[-1].end]
                role = _role_text(text, pre) or appositive_role or _title_role(text, pre)
                mention = (name_toks[0].start, name_toks[-1].end)
                return _Analysis(name, role, kind, True, mention, head, gender, described)
        if kind is not None:
            is_media, is_org = kind == "media", kind == "organization"
        document = head in DOCUMENT_WORDS and toks[-1].word.islower()  # "a post", not "The Post"
        if is_media and not document and head not in _ROLES_NOT_MEDIA:
            noun = _medium_noun_before_name(toks)
            if noun is not None:  # "trade publication Pollstar Weekly": its noun a role
                first = 1 if toks[0].lower in DETERMINERS else 0
                role = text[toks[first].start : toks[noun].end]
                mention = (toks[noun + 1].start, toks[-1].end)
                name = text[mention[0] : mention[1]]
                described = frozenset(_key(role).split())  # "the agency" finds it again
                return _Analysis(name, role, "media", True, mention, head, None, described)
            named = any(t.word[0].isupper() and t.lower not in DETERMINERS for t in toks)
            return _Analysis(_without_article(text, toks), None, "media", named, span, head)
        if document:
            return _Analysis(text[span[0] : span[1]], None, "document", False, span, head)
        # "the Board of Commissioners": a proper name, headed by its marker, names no members
        if is_org and (head not in _ROLES_NOT_ORGANIZATION or own_kind == "organization"):
            # "the Nasdaq-listed firm": a capital in a participle names nobody
            # "Retailers said": a trade's plural, capitalised to open the sentence, names none
            naming = [
                t
                for t in toks
                if t.lower not in DETERMINERS
                and not _participle_of(t)
                and not (t.lower[-1:] == "s" and t.lower[:-1] in ORGANIZATION_WORDS)
            ]
            # "the Vesta maker", "the Detroit automaker": a company told by what it makes or
            # where it is, under its trade's noun, names none
            trade = toks[0].lower == "the" and toks[-1].word in COMPANY_NOUNS
            named = not trade and any(t.word[0].isupper() for t in naming)
            # "The Pentagon" opening a sentence is the Pentagon: the article is no part of
            # an organization's name (a newspaper's "The" is: media keep it, above).
            proper = (
                named
                and len(toks) > 1
                and toks[0].lower == "the"
                and toks[1].word[0].isupper()
                and not _participle_of(toks[1])
            )
            own_words = toks[1:] if proper else toks
            name = _without_article(text, own_words)
            # its appositive's role: "the Council on Planning, an advisory body, said"
            return _Analysis(name, appositive_role, "organization", named, span, head)
        anonymous = head in ANONYMOUS_HEADS or "…" in phrase.words
        # "one of the sources": a person; "two of them": a group
        plural = toks[0].lower not in SINGULAR_QUANTIFIERS and (
            _plural_head(head) or head in OF_PRONOUNS
        )
        collective = head in COLLECTIVE_HEADS or head in _SHARE_HEADS  # "9 percent said"
        kind: SpeakerKind = "group" if plural or collective else "person"
        name = _without_article(text, toks) if not anonymous else text[span[0] : span[1]]
        if phrase.words[-1] == "…":
            name = text[span[0] : span[1]]
        # The words that describe the speaker: after a possessive ("Lee’s doctor"), the
        # possessor's words describe someone else.
        own = next((j + 1 for j in range(len(toks) - 2, -1, -1) if _possessive(toks[j].word)), 0)
        # Named only by a capitalised word: "the President", not "her daughter"; never by an
        # indefinite description ("a Ukrainian soldier", "a UN doctor": one of many).
        named = words[0] not in {"a", "an"} and any(
            t.word[0].isupper() and t.lower not in DETERMINERS and not _nationality_before(toks, k)
            for k, t in enumerate(toks[own:], own)
        )
        # One person described: "the mayor", "her father", "the 31-year-old forward".
        definite = own > 0 or words[0] in _DESCRIPTION_OPENERS
        description = kind == "person" and not anonymous and definite
        if own:
            described = _described(toks[own:], None)
        # and the possessor's given name is not the speaker's ("Ann Lee's opponent")
        given = "" if own else words[0]
        gender = _gender(described | {head}, given) if kind == "person" else None
        return _Analysis(
            name,
            appositive_role,
            kind,
            named and not anonymous and not plural,
            span,
            head,
            gender,
            described | {head} if description else described,
            description,
        )

    # -- kinds --

    def _name_kind(
        self, name_toks: list[Token], pre: list[Token], appositive: str | None, gender: str | None
    ) -> SpeakerKind:
        """The kind of a capitalised name, by the evidence of `speaker_kinds`, most telling
        first: the words around it (a title, a role, an appositive), its own words (an outlet,
        "Holdings", "Ministry"), a given name or a surname the text gives a person, a place,
        a word of an organization inside it, what the article says after it elsewhere;
        `unknown` when nothing tells."""
        words = [t.word for t in name_toks]
        if len(words) == 1 and words[0].lower() in AUTHOR_PRONOUNS:
            return "person"  # the author: "I said", "we found"
        kind = described_kind([t.word for t in _office_holder(pre)], appositive)
        given = len(words) > 1 and (given_name(words[0]) or _initialled(words))
        if kind == "organization" and given and appositive_head(appositive or "") in PERSON_TRADES:
            kind = None  # "Paola Reyes, a supplier from Lima": a person in that trade
        if kind is not None:
            return kind
        article = ["the"] if pre and pre[-1].lower == "the" else []  # "The Hill"
        marked = marked_kind(article + words)
        if marked is not None and not (given and len(words) == 2 and marked == "media"):
            return marked  # "Howard University"; but "Ann Post" is a person
        last = words[-1]
        if gender is not None or given or self._known_surname(last):
            return "person"
        if len(words) > 1 and _family_name_first(" ".join(words)):
            return "person"  # "Lim Boon Huat", "Choi Dong-woo": a family name written first
        if " ".join(w.lower() for w in words) in GOVERNMENT_PLACES:
            return "organization"  # a country speaks through its government
        if " ".join(words) in self._organization_openers():
            return "organization"  # "SkyBridge said" after "SkyBridge Airlines"
        return weakly_marked_kind(words) or self._text_evidence().kind(last) or "unknown"

    def _organization_openers(self) -> set[str]:
        """The names the text writes before a capitalised organization marker ("SkyBridge"
        and "Blue Harbor" of "SkyBridge Airlines" and "Blue Harbor Group"): the capitalised
        words, one to three, before it. Found once, among the capitalised words."""
        if self._openers is None:
            text = self._text
            self._openers = set()
            for _, start in self._capitalised_words().words(_MARKER_HEADS):
                run = text[max(0, start - 48) : start].split(" ")[-4:-1]
                if text[start - 1 : start] != " " or not run:
                    continue
                for n in range(len(run)):
                    if not (run[-1 - n].isalpha() and run[-1 - n][0].isupper()):
                        break
                    self._openers.add(" ".join(run[len(run) - 1 - n :]))
        return self._openers

    def _text_evidence(self) -> TextEvidence:
        if self._evidence is None:
            self._evidence = TextEvidence(self._text)
        return self._evidence

    def _known_surname(self, word: str) -> bool:
        """Whether the text gives a person this surname: a named person already speaking, or
        one named anywhere with a gendered title or a given name."""
        self._known_people()
        return _key(word) in self._by_surname or word in self._person_surnames

    def _complemented(self, phrase: Phrase, toks: list[Token], k: int) -> _Analysis | None:
        """A name after a preposition is a complement: "Rep. Tom Hale of Ohio" is Tom Hale;
        "the chief executive of Acme" is the chief executive, not named. None if the words
        before the preposition (toks[k - 1]) are neither a name nor a person's role."""
        before = toks[k - 2]
        if before.word[0].isupper() and (
            before.lower not in _ROLES_OR_TITLES or before.lower in BOUND_TITLES
        ):  # "Grace Tan of Acme": a title only before its bound word ("Tan Sri") is a name
            shorter = toks[: k - 1]
            found = self._analyse(_phrase_of(tuple(shorter), phrase.appositive))
            if found.kind != "person" or not found.named:
                return found
            # Where the person is from completes the role, or is it: "Ambassador of the
            # Alliance of Small States", "Sierra Club" ("Tom Hale of the Sierra Club")
            first = k + 1 if toks[k].lower == "the" and k + 1 < len(toks) else k
            if (
                toks[k - 1].lower == "of"
                and _key(self._text[toks[k].start : toks[-1].end]) in US_STATES
            ):
                return found  # "Sen. Ann Lee of Ohio": her state, no part of her role
            where = toks[k - 1] if found.role else toks[first]
            affiliation = self._text[where.start : toks[-1].end]
            return found._replace(role=f"{found.role} {affiliation}" if found.role else affiliation)
        if before.lower not in PERSON_ROLES:
            return None
        span = (toks[0].start, toks[-1].end)
        written = self._text[span[0] : span[1]]
        if before.lower in PLURAL_HEADS or before.lower.endswith("s"):  # "members of the board"
            return _Analysis(written, None, "group", False, span, before.lower)
        definite = toks[0].lower in _DESCRIPTION_OPENERS
        gender = _gender(frozenset({before.lower}), "")
        return _Analysis(
            written,
            _without_leading_article(written),
            "person",
            False,
            span,
            before.lower,
            gender,
            frozenset({before.lower}),
            definite,
        )

    def name_the_author(self, name: str) -> None:
        """The article's one author (`name`, from its byline) is who "I" is outside
        quotations: the speaker "I" takes that name, the role "author" and "I" as an alias."""
        entry = self._by_key.get("i")
        if entry is None or entry.name != "I" or _key(name) in self._by_key:
            return  # no "I" speaks, or the author is also a speaker by name: left apart
        entry.name, entry.role = name, entry.role or "author"
        entry.aliases.append("I")

    def speakers(self) -> tuple[list[Speaker], dict[str, str]]:
        """The Speaker records, with every mention of each name in the text, and the map
        from the working ids `resolve` gave to the records' ids."""
        self._fill_names()
        self._fill_roles()
        # Entries that are another's: a headline's short name, an unnamed person of the lede
        # named later; by working id, the entry they are.
        merged = {**self._headline_short_forms(), **self._named_later()}
        ids: dict[str, str] = {}
        taken: set[str] = set()
        records = []
        for entry in self._entries.values():
            if entry.ref in merged:
                continue
            base = _NOT_WORD.sub("-", entry.name.lower()).strip("-")
            base = _LEADING_ARTICLE.sub("", base) or "speaker"
            slug, n = base, 2
            while slug in taken:
                slug, n = f"{base}-{n}", n + 1
            taken.add(slug)
            ids[entry.ref] = slug
            records.append(
                new_speaker(
                    id=slug,
                    name=_with_acronym(entry),
                    kind=entry.kind,
                    role=entry.role,
                    named=entry.named,
                    aliases=tuple(a for a in entry.aliases if a != entry.name),
                    mentions=tuple(sorted(set(entry.mentions))),
                )
            )
        for ref, entry in merged.items():
            ids[ref] = ids[entry.ref]
        return records, ids

    def _headline_short_forms(self) -> dict[str, _Entry]:
        """The organizations a headline names by the first word of their name alone ("Acme
        says ..." above "Acme Corp said ..."), each given the headline's mentions: by the
        short form's working id. A name of one word, of unknown kind or an organization's,
        first said in the headline, whose word opens the name of one organization only (not
        "Brill" when "Brill Bank" and "Brill Capital" both speak)."""
        headline_end = self._text.find("\n")
        found: dict[str, _Entry] = {}
        for entry in self._entries.values():
            if not (
                entry.named
                and entry.kind in _UNKNOWN_OR_ORGANIZATION
                and " " not in entry.name
                and entry.mentions
                and min(entry.mentions)[0] < headline_end
            ):
                continue
            opening = entry.name.lower() + " "
            bodies = [
                e
                for e in self._entries.values()
                if e.kind == "organization" and e.named and e.key.startswith(opening)
            ]
            if len(bodies) != 1:
                continue
            (body,) = bodies
            inside = [m for m in entry.mentions if any(b[0] <= m[0] < b[1] for b in body.mentions)]
            body.mentions.extend(m for m in entry.mentions if m not in inside)
            body.aliases.append(entry.name)
            found[entry.ref] = body
        return found

    def _named_later(self) -> dict[str, _Entry]:
        """The unnamed people a headline and lede bring in by an indefinite description ("A
        prosecutor told jurors ..."), all of whose mentions are there, and the one named
        person with that role who is mentioned after them ("Prosecutor Ed Aalto said ..."),
        who they are, by working id; their mentions go to that person."""
        found: dict[str, _Entry] = {}
        for entry in self._entries.values():
            words = entry.name.lower().split()
            if entry.named or entry.kind != "person" or words[0] not in ("a", "an"):
                continue
            if not entry.mentions or len(words) > _MAX_MODIFIERS + 2:
                continue
            last = max(start for start, _ in entry.mentions)
            if last > _LEDE_REACH:
                continue
            holders = [
                e
                for e in self._entries.values()
                if e.named
                and e.kind == "person"
                and e.mentions
                and (e.role or "").lower().split()[-1:] == words[-1:]  # not "architect of X"
            ]
            if len(holders) == 1 and min(start for start, _ in holders[0].mentions) > last:
                holders[0].mentions.extend(entry.mentions)
                found[entry.ref] = holders[0]
        return found

    def _fill_names(self) -> None:
        """Give each named person the fullest form of the name in the text, and every mention
        of that name (full or surname) as a mention. Where people share a surname, a bare
        surname is a mention of the one mentioned last before it."""
        sharing: dict[str, list[_Entry]] = {}
        for entry in self._entries.values():
            if entry.kind in _PERSON_LIKE and entry.named:
                sharing.setdefault(entry.name.split()[-1], []).append(entry)
        index = self._name_index(set(sharing))
        for surname, people in sharing.items():
            forms = index.get(surname, [])
            if len(people) > 1:
                _share_mentions(people, surname, forms)
                continue
            (entry,) = people
            if _surname_only(entry.name):
                names = [name for name, _ in forms if _may_be(name, entry.own_gender)]
                if len(_given_names(names)) > 1:
                    # "Ann Lee" and "Tom Lee" in the text: the one of the speaker's gender, if
                    # a pronoun tells them apart; else the surname alone, not a guess.
                    names = [name for name in names if _of_gender(name, entry.gender)]
                    if len(_given_names(names)) > 1:
                        names = []
                best = max(names, key=len, default=entry.name)
                if len(best) > len(entry.name):
                    entry.aliases.append(entry.name)
                    entry.name = best
            if entry.kind == "unknown" and any(
                given_name(name.split()[0]) or _family_name_first(name) for name, _ in forms
            ):
                entry.kind = "person"  # "Hale said", and elsewhere "Tom Hale" or "Lim Boon Huat"
            if entry.role is None and entry.kind == "person":
                entry.role = self._role_where_named(entry.name, forms)
            entry.mentions.extend(
                span for name, span in forms if name == surname or entry.name.endswith(name)
            )

    def _role_where_named(self, name: str, forms: list[tuple[str, Span]]) -> str | None:
        """The role written before a person's full name where the text first gives it outside
        the person's own attributions ("Rep. Ann Lee attended the hearing. She said ...")."""
        text = self._text
        span = next((span for form, span in forms if form == name), None)
        if span is None or span[0] < 2 or text[span[0] - 1] != " ":
            return None
        before = text[max(0, span[0] - 40) : span[0] - 1].rsplit(None, 1)[-1:] or [""]
        if not before[0][:1].isupper() and before[0].rstrip(".") not in _ROLES_OR_TITLES:
            return None  # the common case, told at once: "said Ann Lee", "that Ann Lee"
        # within the name's paragraph: a subhead above it is no role ("Court rules\n\nJustice")
        start = text.rfind("\n", max(0, span[0] - PHRASE_WINDOW), span[0]) + 1
        toks = tokens(text, max(start, span[0] - PHRASE_WINDOW), span[1])
        found = _phrase_at(text, toks, len(toks) - 1)
        if found is None:
            return None
        analysis = self._analyse(found)
        role = analysis.role if analysis.name == name and analysis.kind == "person" else None
        if role is None or not any(
            word.lower().rstrip(".") in _ROLES_OR_TITLES for word in role.split()
        ):
            return None  # "a preview clip for Ann Lee": no role of hers
        return _last_modified(role)

    def _fill_roles(self) -> None:
        """Give a named person (or a name of unknown kind) with no role the role a role noun
        before the first mention of the full name gives ("Food critic Ann Lee"; "Acme's
        chief, Ann Lee, ..." opening a sentence), or an appositive opened by an article
        after it ("At its centre is Dr. Ann Lee, a consultant in emergency medicine ..."):
        a profile presents its people before they speak. A
        person's role makes the name a person's."""
        text = self._text
        for entry in self._entries.values():
            if entry.role is not None or entry.kind not in _PERSON_LIKE or not entry.named:
                continue
            if " " not in entry.name:
                continue
            # its mentions end every occurrence of the full name (`_fill_names`)
            name = entry.name
            first = min(
                (
                    m[1] - len(name)
                    for m in entry.mentions
                    if m[1] >= len(name) and text.startswith(name, m[1] - len(name))
                ),
                default=-1,
            )
            if first < 0:
                continue
            before = text[max(0, first - _ROLE_BEFORE_REACH) : first].split()
            role_before = (
                _ROLE_BEFORE.search(text, max(0, first - _ROLE_BEFORE_REACH), first)
                if before and before[-1] in PERSON_ROLES  # most often not: no regex tried
                else None
            )
            if role_before is not None:
                entry.role = _last_modified(role_before.group(1))  # "Food critic Ann Lee, who"
                continue
            if (apposed := _role_apposed_before(text, first)) is not None:
                entry.role = apposed  # "Norland's fisheries minister, Ann Lee, met ..."
                continue
            if not _ARTICLE_APPOSITIVE.match(text, first + len(name)):
                continue  # not "X, a ...": "X, 61, has ...", "X, now runs ..."
            phrase = phrase_after(text, first, _sentence_end(text, first, len(text)))
            if phrase is None or phrase.appositive is None or phrase.span[0] != first:
                continue
            entry.role = _appositive_role(text, phrase.appositive)
            if entry.role and not PERSON_ROLES.isdisjoint(entry.role.lower().split()):
                entry.kind = "person"  # "X, a consultant in ...": a person's role

    def _capitalised_words(self) -> _CapitalisedWords:
        if self._capitalised is None:
            self._capitalised = _CapitalisedWords(self._text)
        return self._capitalised

    def _name_index(self, surnames: set[str]) -> dict[str, list[tuple[str, Span]]]:
        """Every occurrence of the `surnames` in the text, each with the capitalised words
        before it that complete the name (roles and titles dropped), by surname."""
        index: dict[str, list[tuple[str, Span]]] = {}
        if not surnames:
            return index
        text = self._text
        headline_end = text.find("\n")
        for surname, start in self._capitalised_words().occurrences(surnames):
            end = start + len(surname)
            names = 0
            while names < 2:  # up to two capitalised words before the surname, one space apart
                if start < 2 or text[start - 1] != " " or text[start - 2].isspace():
                    break
                window = max(0, start - 30)
                word_start = text.rfind(" ", window, start - 1) + 1 or window
                word = text[word_start : start - 1]
                if word in NAME_PARTICLES and names == 0:  # "van der" before "Berg"
                    start = word_start
                    continue
                if not word[0].isupper():
                    break  # not a name (`_name_before`): the most common word, told first
                lower = word.lower().rstrip(".")
                if "\n" in word or not _name_before(word) or lower in _NOT_NAME:
                    break  # not a name: "Tuesday.", "Europe,", "Gen."
                if lower in PARTY_MEMBERS or lower in OFFICE_COMPLEMENTS:
                    break  # a party, a role: "Democrat Ann Lee", "Secretary of State Lee"
                if lower in TITLE_SECONDS and _second_of_title(
                    [
                        text[max(0, word_start - 7) : word_start - 1].rpartition(" ")[2].lower(),
                        lower,
                    ],
                    1,
                ):
                    break  # an honour's second word after its first: "Datuk Seri Ali"
                if lower in MEDIA_WORDS and not given_name(word):
                    break  # an outlet: "told the Washington Post Lee said"
                start = word_start
                names += 1
            # a capital after the name (a headline's capitals say nothing of one)
            if text[end + 1 : end + 2].isupper() and start > headline_end:
                longer = _name_end_after(text, start, end, surname)
                if (
                    longer == end
                    and given_name(surname)
                    and _named_after(text, _NAMES_AFTER.match(text, end), 1)
                ):
                    continue  # "Ann" in "Mary Ann Hendry": a given name inside another's name
                end = longer
            index.setdefault(surname, []).append((text[start:end], (start, end)))
        return index


# Up to two capitalised words after a name, one space apart, each a name's shape: a given name
# after a family name ("Kim Soo-yeon", "Tran Van Khoa"), a second surname ("Ruiz Cárdenas").
_CAPITALISED_NEXT = re.compile(r" [A-Z]")
_NAMES_AFTER = re.compile(r" ([A-Z][^\W\d_]+(?:-[a-z]+)?)(?: ([A-Z][^\W\d_]+))?(?![\w’'-])")


def _name_end_after(text: str, start: int, end: int, surname: str) -> int:
    """Where the name text[start:end] of `surname` ends, with the words after it that make
    it a name by which that surname is known alone (`_other_surname`): the given name after a
    family name written first ("Kim" in "President Kim Soo-yeon was"), the second surname of
    a given name and two surnames ("María Ruiz Cárdenas"); `end` if none."""
    match = _NAMES_AFTER.match(text, end)
    for group in (2, 1):
        if _named_after(text, match, group):
            assert match is not None
            name = text[start : match.end(group)]
            if _other_surname(name) == surname.lower():
                return match.end(group)
    return end


def _named_after(text: str, match: re.Match[str] | None, group: int) -> bool:
    """Whether the words of `_NAMES_AFTER`'s `match` up to `group` (1 or 2) are more of a
    person's name: each of a name's shape, no time, and the last no body's word nor before
    another capital ("Tom Hale Center", "Ann Hale Goes After ..." are a body, a title)."""
    if match is None:
        return False
    words = match.group(1, group)[:group]
    if words[-1] is None or any(
        w.lower() in _NOT_NAME or w.lower() in TIME_WORDS or w in MONTHS or len(w) < 3
        for w in words
    ):
        return False
    return marked_kind([words[-1]]) is None and not _CAPITALISED_NEXT.match(text, match.end(group))


def _surname_only(name: str) -> bool:
    """Whether a name is a surname alone, with its particles if any ("Lee", "van der Berg")."""
    *particles, _ = name.split()
    return all(word.lower() in NAME_PARTICLES for word in particles)


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


def _whole_word_starts(text: str, word: str, start: int, end: int) -> list[int]:
    """Where `word` stands in text[start:end] as `\\b<word>\\b` matches it there (the window's
    edges are boundaries): by substring searches, where a pattern would be compiled for each
    word."""
    found: list[int] = []
    opens, closes = _word_char(word[0]), _word_char(word[-1])
    at = text.find(word, start, end)
    while at >= 0:
        after = at + len(word)
        if opens != (at > start and _word_char(text[at - 1])) and closes != (
            after < end and _word_char(text[after])
        ):
            found.append(at)
            at = text.find(word, after, end)
        else:
            at = text.find(word, at + 1, end)
    return found


def _word_char(char: str) -> bool:
    """Whether `char` is one of a regular expression's word characters (`\\w`)."""
    return char.isalnum() or char == "_"


def _in_word(char: str) -> bool:
    """Whether `char` continues a word: a letter, a digit, "_", an apostrophe or a hyphen."""
    return char.isalnum() or char in "_’'-"


def _name_before(word: str) -> bool:
    """Whether `word` may stand before a surname in the same name: a capitalised word with no
    punctuation after it, or an initial ("J.")."""
    if not word[0].isupper() or _possessive(word):
        return False  # "Acme’s Tom Hale": the possessor is no part of the name
    return word[-1].isalnum() or (len(word) == 2 and word[1] == ".")


def _name_complemented(toks: list[Token], connector: int) -> bool:
    """Whether a name, no role, stands before the connectors that end at toks[connector]:
    "Rosa Lind *of the* Basin Fire District" names Rosa Lind by where she works (not "Secretary
    *of* State Jon Husted", the role's complement before the name)."""
    while connector > 0 and toks[connector].lower in NAME_CONNECTORS:
        connector -= 1
    before = toks[connector]
    return before.capitalized and before.lower not in _ROLES_OR_TITLES


def _name_after_role(toks: list[Token], first: int) -> int:
    """The start of the name in toks[first:], the words after a role's complement: from the
    first given name ("Secretary of State Ana Sofia Marques"), else the last two names,
    initials between them kept ("Secretary of State Jon Q. Husted")."""
    office = first
    while office < len(toks) - 1 and toks[office].lower in OFFICE_COMPLEMENTS:
        office += 1  # "Secretary of State Vale": the office's domain, then the name
    if office > first:
        return office
    given = next((k for k in range(first, len(toks) - 1) if toks[k].lower in _GIVEN_NAMES), None)
    if given is not None:
        return given
    role = first - 1
    while role > 0 and toks[role].lower in NAME_CONNECTORS:
        role -= 1
    if toks[role].lower not in NAME_CONNECTORS and not toks[role].capitalized:
        return first  # "a spokesman for the Basin Fire District": a body, the role's complement
    start, names = len(toks), 0
    while start > first and names < 2:
        start -= 1
        if toks[start].word != "." and len(toks[start].word) > 1:
            names += 1
    while start - 2 >= first and toks[start - 1].word == "." and _initial(toks[start - 2].word):
        start -= 2  # "Leader of the Opposition K. Annadurai Pillai": initials open the name
    return start


def _initialled(words: list[str]) -> bool:
    """Whether a name opens with a person's initials before the surname: "K. Annamalai",
    "M.K. Selvan"."""
    return len(words) > 2 and words[1] == "." and _initial(words[0])


def _initial(word: str) -> bool:
    """Whether `word`, before a period, is one initial or several run together ("K", "M.K")."""
    return word.isupper() and all(len(part) == 1 for part in word.split("."))


def _office_holder(pre: list[Token]) -> list[Token]:
    """The words before a name up to the office its title holds, the office's domain after it
    dropped ("Secretary of State": "Secretary"), which tells a person."""
    k = len(pre)
    while k > 0 and pre[k - 1].lower in OFFICE_COMPLEMENTS:
        k -= 1
    if k == len(pre) or k < 2 or pre[k - 1].lower not in {"of", "for"}:
        return pre
    return pre[: k - 1]


def _service_named(words: list[str]) -> SpeakerKind | None:
    """ "organization" for a service named by a person's noun with the word before it ("the
    coast guard", "China's Coast Guard", "the National Guard"; a "guard" alone is a person);
    else None. `words`: a speaker phrase's words, in lower case."""
    return "organization" if " ".join(words[-2:]) in SERVICE_COMPOUNDS else None


def _proper_organization(toks: list[Token]) -> SpeakerKind | None:
    """The kind of a proper name of several words that heads an organization's or an
    outlet's name, "of" and "and" inside it: "the Department of Fisheries and Oceans", "Bank
    of Erewhon", "the Committee on Public Safety". None if any word is a title or a person's
    role ("Bank of Erewhon CEO Tom Hale" is a person); a plural role may name members
    ("Association of Flight Nurses")."""
    own = toks[1:] if toks and toks[0].lower == "the" else toks
    if len(own) < 2:
        return None
    # An institution named for the role it serves, that role ending it: "the Office of the
    # Inspector General", "Bureau of the Public Counsel" (not "Office of the Mayor Tom Hale").
    served = own[1].lower == "of" and own[0].lower in ORGANIZATION_MARKERS
    served = served and (own[-1].lower in TITLES or own[-1].lower in PERSON_ROLES)
    for k, tok in enumerate(own):
        if tok.word[0].isupper():
            if not served and (
                tok.lower in TITLES or (tok.lower in PERSON_ROLES and not tok.lower.endswith("s"))
            ):
                return None
        elif (
            tok.lower not in NAME_CONNECTORS
            and tok.word not in {"&", ".", ","}
            and not _subject_body_on(own, k)
        ):
            return None
    kind = marked_kind([t.word for t in own if t.word[0].isalnum()])
    return kind if kind in ("organization", "media") else None


def _title_start(toks: list[Token], k: int) -> int:
    """Where the titles and capitalised roles before the name at toks[k] start ("Mr." in "and
    Mr. Lee", "Gov." in "a spokesman for Gov. Ann Lee", "Mayor" in "an aide to Mayor Tom
    Hale"), else `k`."""
    while k >= 1 and (
        toks[k - 1].lower in TITLES
        or _is_title_dot(toks, k - 1)
        or toks[k - 1].capitalized
        and toks[k - 1].lower in _ROLES_OR_TITLES
    ):
        k -= 1
    return k


def _possessive_seat(words: list[str]) -> bool:
    """Whether two words are a seat of government written with a possessive ("Queen's
    Park", `GOVERNMENT_PLACES`)."""
    if len(words) != 2 or not _possessive(words[0]):
        return False
    return words[0][:-2] + "'s " + words[1] in GOVERNMENT_PLACES


def _office_start(toks: list[Token], titled: int) -> int:
    """Where an office of several words before the title at toks[titled] starts, when a
    person's role and its preposition come before it ("Health" in "a spokesperson for federal
    Health Minister Ann Lee": the minister complements the spokesperson), else `titled`."""
    j = titled
    while j >= 1 and (toks[j - 1].capitalized or toks[j - 1].lower in OFFICE_MODIFIERS):
        j -= 1
    if (
        j >= 2
        and toks[j - 1].lower in COMPLEMENT_PREPOSITIONS
        and toks[j - 2].lower in PERSON_ROLES
    ):
        return j
    return titled


def _joined_names(text: str, toks: list[Token], conjunction: int) -> _Analysis | None:
    """Two names joined by a conjunction before the cue ("Tom Hale and Ann Lee said"): one
    group speaker of both, the words before the first name its role. None if the words
    before the conjunction (toks[conjunction]) are no name."""
    k = conjunction + 1
    first = k - 1
    while first > 0:
        tok = toks[first - 1]
        listed = tok.word == "," and first >= 2 and _name_word(toks[first - 2])  # "A, B and C"
        if not (_is_title_dot(toks, first - 1) or _name_word(tok) or listed):
            break  # "Democratic Senator Tom Hale and ...": the role is no part of the names
        first -= 1
    if first == k - 1 or _names_complement(toks, first):
        return None
    span = (toks[first].start, toks[-1].end)
    role = _role_text(text, toks[:first])
    return _Analysis(text[span[0] : span[1]], role, "group", True, span, toks[-1].lower)


def _joined_phrases(toks: list[Token]) -> bool:
    """Whether the tokens are two noun phrases joined by "and", each led by a determiner
    ("the company and the union", `_coordinated`)."""
    return (
        len(toks) >= 5
        and toks[0].lower in DETERMINERS
        and any(
            t.lower == "and" and toks[c + 1].lower in DETERMINERS
            for c, t in enumerate(toks[2:-2], start=2)
        )
    )


def _with_acronym(entry: _Entry) -> str:
    """A body's name as a reader knows it: with its acronym, when the text names it by that
    too ("Federal Aviation Administration (FAA)")."""
    if entry.acronym is None or entry.acronym in entry.name.split():
        return entry.name
    return f"{entry.name} ({entry.acronym})"


def _initials(name: str) -> str | None:
    """The acronym of a body's name, lower case: the initials of its capitalised words ("World
    Health Organization": "who", "the Bureau of Land Management": "blm"); None for a name of
    fewer than two such words."""
    words = [w for w in name.split() if w[0].isupper() and w.lower() not in DETERMINERS]
    return "".join(w[0] for w in words).lower() if len(words) >= 2 else None


def _acronym_key(found: _Analysis) -> str:
    """The key an acronym standing alone is known by ("the FAA": "faa"), "" for any other name
    (no body is filed under it)."""
    key = _key(found.name)
    if found.kind in ("person", "group") and found.description or " " in key:
        return ""
    bare = found.name.rpartition(" ")[2]
    return key if 2 <= len(bare) <= 6 and bare.isupper() and bare.isalpha() else ""


def _names_complement(toks: list[Token], first: int) -> bool:
    """Whether the names from toks[first] on complete a capitalised head before "of" or
    "for": one organization's name ("the Centers for Soil and Water", "the Department of
    Fisheries and Oceans"), not people joined."""
    return first >= 2 and toks[first - 1].lower in ("of", "for") and _name_word(toks[first - 2])


def _plural_role_of(toks: list[Token], first: int) -> bool:
    """Whether the names from toks[first] complement a plural role before them ("the
    leaders *of* France and Italy"); not a name ("Ann Hale of Acme and Tom Lee"), nor one
    holder ("the head of Acme and Tom Lee", which may be two speakers)."""
    role = toks[first - 2]
    return (
        toks[first - 1].lower in COMPLEMENT_PREPOSITIONS
        and (role.word.islower() or first == 2)  # "Leaders of ..." opening the phrase
        and role.lower.endswith("s")
        and role.lower[:-1] in PERSON_ROLES
    )


def _name_word(tok: Token) -> bool:
    """A capitalised word that may be part of a name: not a role, not a possessive."""
    word = tok.word
    return word[0].isupper() and tok.lower not in _ROLES_NOT_TITLES and not _possessive(word)


def _company_noun_before(pre: list[Token]) -> bool:
    """Whether a company's or an institution's noun stands just before a name ("the auction
    house Berrin", "the label Sunway", "the legal aid network Open Door")."""
    return bool(pre) and (pre[-1].word in ORGANIZATION_NOUNS or pre[-1].word in NETWORKS)


# A role set before a name, opening its sentence: "Acme's head of hardware, " (Tom Hale ...),
# "The company's president, ": its owner or article, and lower-case words.
_ROLE_BEFORE_NAME = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:The\s+|the\s+)?(?P<role>(?:[A-Z][\w&-]*[’']s|[a-z-]+[’']s)"
    r"(?:\s+[a-z-]+){1,5}),\s+$"
)
_ROLE_REACH = 80  # characters before a name searched for its role
# A role after an article or a possessive inside a sentence, in apposition before a name:
# "her Westmark counterpart, " (Ida Berg), "the club's head coach, " (its words after the
# possessive), "the fisheries minister, ".
_ROLE_WITHIN = re.compile(_DESCRIPTION_OPENER + r"(?P<role>(?:[A-Za-z-]+\s+){0,2}[a-z-]+),\s+\Z")
# A name that closes an apposition: its words, then a mark ("the tenant, Ann Vale, said",
# "met the minister, Ann Vale."), not a verb or "and": "The fire was started by the tenant,
# Ann Vale said", "thanked the nurses, Ann Vale and two doctors" name no tenant, no nurse.
_CLOSED_NAME = re.compile(
    r"(?:(?:[A-Z][\w’'-]*\.?|" + alternation(NAME_PARTICLES) + r")\s+)*?[A-Z][\w’'-]*"
    r"(?=\s*(?:[,;:.!?()\[\]—–\n]|\s-|\Z))"
)


def _role_set_before(text: str, person: _Person) -> str | None:
    """The role in apposition before the person's name (in full, when its surname is what was
    found) when both open a sentence ("Acme's head of hardware, Tom Hale, ..."): its head,
    before any "of", a person's role; else None."""
    start = person.start + len(person.surname) - len(person.name)
    if start < 0 or not text.startswith(person.name, start):
        start = person.start
    return _role_apposed_before(text, start)


def _role_apposed_before(text: str, start: int) -> str | None:
    """The role in apposition before the name at `start`, both opening a sentence (as in
    `_role_set_before`), or after an article or a possessive in a sentence ("Hale and her
    Westmark counterpart, Ida Berg, met"), or None; past the name's titles and capitalised roles
    ("Iran's top judge, Hojatoleslam Ali Rahimi,": `_title_start`)."""
    reach = max(0, start - _ROLE_BEFORE_REACH)
    if text.find(", ", reach, start) < 0:
        return None  # most names: no apposition before them, and no token is read
    toks = tokens(text, reach, start)
    titled = _title_start(toks, len(toks))
    name_start = start
    start = toks[titled].start if titled < len(toks) else start
    if text[start - 2 : start] != ", ":
        return None  # the comma before another word: no apposition, and no pattern is tried
    lower = max(0, start - _ROLE_REACH)
    found = _ROLE_BEFORE_NAME.search(text, lower, start) or _ROLE_WITHIN.search(text, lower, start)
    if found is None or not _CLOSED_NAME.match(text, name_start):
        return None
    role = found["role"]
    head = role.split(" of ")[0].split()[-1]
    return role if head in PERSON_ROLES else None


# Up to three capitalised words of a name, an initial with its period among them.
_NAME_RUN = re.compile(r"(?:[A-Z](?:[\w-]+|\.) ){0,2}[A-Z][\w-]+(?![\w’'-])")


def _without_honours(text: str, named: re.Match[str]) -> str:
    """The name `_TITLED_NAME` found after an office's title, the honours opening it dropped
    ("Anwar Hakim" of "Prime Minister Datuk Seri Anwar Hakim")."""
    words = named["name"].lower().split()
    k = 0
    while k < len(words) - 1 and (words[k] in TITLES or _second_of_title(words, k)):
        k += 1
    if k == 0:
        return named["name"]
    start = named.start("name")
    for word in named["name"].split()[:k]:
        start = text.index(word, start) + len(word)
    found = _NAME_RUN.match(text, start + 1)
    return found.group() if found is not None else named["name"]


def _clean_role(role: str | None) -> str | None:
    """A role as a reader writes it: no age or number before it ("the 31-year-old forward":
    "forward"), no conjunction, preposition or article after it ("Tom Hale and": nothing),
    a possessor alone without its "’s" ("Acme’s Tom Hale": "Acme"); None if nothing is left."""
    if role is None:
        return None
    words = role.split()
    while words and words[0][0].isdigit():
        words.pop(0)
    while words and words[-1].lower() in _ROLE_NEVER_ENDS and not _count_complement(words):
        words.pop()
    if len(words) == 1 and _possessive(words[0]):
        words[0] = words[0][:-2]
    if not any(c.isalpha() for word in words for c in word):
        return None
    return " ".join(words)


def _count_complement(words: list[str]) -> bool:
    """Whether a role ends in "of" and a number, a count that completes it ("mother of three")."""
    return len(words) > 2 and words[-2].lower() == "of" and words[-1].lower() in NUMBER_WORDS


@lru_cache(maxsize=4096)  # the sieves ask for the key of the same few names again and again
def _key(name: str) -> str:
    words = [w.lower().strip(".’'") for w in name.split()]
    words = [w for w in words if w and w not in {"the", "a", "an"}]
    return " ".join(words)


def _without_article(text: str, toks: list[Token]) -> str:
    return text[toks[0].start : toks[-1].end]


def _role_text(text: str, pre: list[Token]) -> str | None:
    """The role of a pre-modified name: titles and determiners dropped, unless only
    modifiers of the title stand before it ("Retired Gen.", "Former Sen.")."""
    kept = list(pre)
    while kept and (
        kept[-1].word == "."
        or kept[-1].lower in _TITLES_NOT_ROLES
        or kept[-1].lower in TITLE_SECONDS  # "Prime Minister Datuk Seri": the honour's
    ):
        if kept[-1].word == "." and len(kept) >= 2 and kept[-2].lower in ROLE_NOUNS:
            kept.pop()
            break
        kept.pop()
    if kept and not any(t.lower in ROLE_NOUNS for t in kept):
        # "Retired Gen.": the title is what the modifier modifies ("State climatologist Dr.":
        # no title of courtesy)
        kept = _without_courtesy(pre)
    return _role_of(text, kept)


def _title_role(text: str, pre: list[Token]) -> str | None:
    """The title of an office or a rank alone before a name ("Gov.", "the Rev."), the role
    when no other words give one; a title of courtesy ("Dr.", "Mr.") is none."""
    return _role_of(text, _without_courtesy(pre))


def _without_courtesy(pre: list[Token]) -> list[Token]:
    """`pre` without the titles of courtesy that end it ("Dr.", "Mr")."""
    kept = list(pre)
    while kept:
        dot = int(kept[-1].word == "." and len(kept) > 1)
        if _second_of_title([t.lower for t in kept[-2:]], len(kept[-2:]) - 1):
            del kept[-2:]  # "Tan Sri", "Datuk Seri": honours, as their first words are
            continue
        if kept[-1 - dot].lower not in COURTESY_TITLES:
            break
        del kept[-1 - dot :]
    return kept


def _role_of(text: str, kept: list[Token]) -> str | None:
    """The role the words `kept` write, determiners before them dropped."""
    while kept and kept[0].lower in DETERMINERS:
        kept.pop(0)
    if not kept:
        return None
    return _clean_role(text[kept[0].start : kept[-1].end])


def _appositive_role(text: str, appositive: Span | None) -> str | None:
    if appositive is None or _residence(text, appositive):
        return None
    start = appositive[0]
    before_role = _AGE_BEFORE_ROLE.match(text, start, appositive[1])
    while before_role is not None:  # "Hale, 58, of Dover, a retired teacher"
        start = before_role.end()
        before_role = _AGE_BEFORE_ROLE.match(text, start, appositive[1])
    words = text[start : appositive[1]].split()
    if words and words[0].lower() in _RELATIVE_WORDS:
        return _office_held(words)
    if not words or PARTY_STATE.fullmatch(words[0]):
        return None  # "Rep. Ann Lee, R-Ariz., said": the title is her role
    if len(words) > 1 and _participle_clause(words[0], words[1]):
        return None  # "speaking on condition of anonymity", "asking not to be named"
    if _POPULAR_OPENING.match(text, start, appositive[1]):
        return None  # "known as Dinho": a name, no role
    if len(words) > 1 and _adjunct_opening(words[0], words[1]):
        return None  # "in a memo to staff", "during a deposition in May": where, not who
    if not any(c.isalpha() for c in words[0]):
        return None  # an age or a number: "Ruiz, 31, said"
    if words[0].lower() in _ARTICLES or words[0].lower() in POSSESSIVE_PRONOUNS:
        start += len(words[0]) + 1  # "Her neighbor, Tom Hale": "neighbor"
    relative = _RELATIVE_CLAUSE.search(text, start, appositive[1])
    # the comma before a relative clause closes the role: "Ray Dunn, a farmer, who ..."
    return _clean_role(text[start : relative.start() if relative else appositive[1]].rstrip(","))


def _office_held(words: list[str]) -> str | None:
    """The office a relative clause gives ("who chairs the board": "chair of the board"), or
    None: another relative clause ("who teaches math"), a past one ("who chaired ...")."""
    if len(words) < 3 or words[0].lower() != "who":
        return None
    office = OFFICE_VERBS.get(words[1].lower())
    if office is None:
        return None
    return _clean_role(f"{office} of {' '.join(words[2:]).rstrip(',.;:')}")


def _residence(text: str, appositive: Span | None) -> bool:
    """Whether an appositive is only an age and a place of residence (`_RESIDENCE_ONLY`)."""
    return appositive is not None and _RESIDENCE_ONLY.fullmatch(text, *appositive) is not None


def _adjunct_opening(first: str, second: str) -> bool:
    """Whether an appositive opening with `first`, `second` says where or when the speaker
    spoke ("in a memo to staff", "during a deposition", "at a hearing on Tuesday"), not a
    role ("with the Kell Institute", "at Kell University", "in charge of the unit")."""
    if first == "at":
        return second in {"a", "an"}
    return first in _ADJUNCT_PREPOSITIONS and second != "charge"  # "in charge of X": a role


def _participle_clause(first: str, second: str) -> bool:
    """Whether an appositive opening with `first`, `second` is a participle's clause saying
    what the speaker did ("speaking on condition of anonymity", "declining to be named",
    "speaking privately", "speaking an hour later", "fearing retaliation") or was asked
    ("asked about the remark", "pressed on the cost"), not a role ("acting director of the
    agency")."""
    if first in QUESTION_PARTICIPLES:
        return second in PREPOSITIONS or second in _ASKED_NEXT
    return first in MOTIVE_PARTICIPLES or (
        first.islower()
        and first.endswith("ing")
        and (
            second in PREPOSITIONS
            or second in _ARTICLES
            or second in {"not", "to"}
            or second.endswith("ly")
        )
    )


def _share_mentions(people: list[_Entry], surname: str, forms: list[tuple[str, Span]]) -> None:
    """The occurrences of a surname that `people` share: a fuller form goes to the person of
    that name; a bare surname to the person whose own mention comes last before it."""
    own = sorted(((span[0], entry) for entry in people for span in entry.mentions), key=_first)
    starts = [start for start, _ in own]
    for name, span in forms:
        if name != surname:
            owner = next((e for e in people if e.name.endswith(name)), None)
        elif own:
            owner = own[max(0, bisect_right(starts, span[0]) - 1)][1]
        else:
            owner = None
        if owner is not None:
            owner.mentions.append(span)


def _first(item: tuple[int, _Entry]) -> int:
    return item[0]


def _medium_noun_before_name(toks: list[Token]) -> int | None:
    """Where a medium's common noun in lower case stands right before its capitalised name
    ("trade publication *Pollstar Weekly*", "state news agency *KCNA*"), or None."""
    k = len(toks)
    while k > 0 and toks[k - 1].word[0].isupper():
        k -= 1
    if k == 0 or k == len(toks) or not toks[k - 1].word.islower():
        return None
    noun = toks[k - 1].lower
    if noun in MEDIA_NOUNS or (noun == "agency" and k > 1 and toks[k - 2].lower == "news"):
        return k - 1
    return None


def _role_as_surname(toks: list[Token], i: int) -> bool:
    """Whether the role word toks[i] is a surname: capitalised, last in the phrase and after a
    given name ("Tom Friend", "Ann Judge")."""
    return 0 < i == len(toks) - 1 and toks[i].word[0].isupper() and given_name(toks[i - 1].word)


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


def _people_opening(text: str, token: Token) -> bool:
    """Whether a capitalised word opening a sentence is a plural noun for people ("Protesters
    said", "Residents say"): of that shape, and no part of a name anywhere in the text (after
    a capitalised word, as "Peters" in "Tom Peters" or "Mr. Peters")."""
    if not people_plural(token.word):
        return False
    before = token.start
    while before > 0 and text[before - 1] in " \t":
        before -= 1
    if before and text[before - 1] not in '.!?:\n"”“':
        return False
    # Each occurrence of the word after a space (a substring search), then the word before
    # it, where one pattern opening with the word before would be tried at every capital.
    spaced = " " + token.word
    at = text.find(spaced)
    while at >= 0:
        after = at + len(spaced)
        if after == len(text) or not (text[after].isalnum() or text[after] in "_’'-"):
            word = _CAPITALISED_BEFORE.search(text, last_word_start(text, max(0, at - 60), at), at)
            if word is not None and _name_or_title(word[1], word[2]):
                return False
        at = text.find(spaced, after)
    return True


def _name_or_title(word: str, period: str) -> bool:
    """Whether a capitalised word, and the period after it if any, may stand before a surname:
    a given name or a title ("Tom", "Mr."), not a function word nor a sentence's last word."""
    plain = word.lower()
    if period:
        return plain in TITLES or plain in ABBREVIATIONS or len(plain) == 1
    return plain not in FUNCTION_WORDS


def _described(pre: list[Token], appositive_role: str | None) -> frozenset[str]:
    """The titles and role words of a speaker phrase, lower case: the words before the name,
    and those of an appositive up to its first function word ("a forward for the club":
    "forward")."""
    words = {t.lower.rstrip(".") for t in pre if t.word[0].isalpha()}
    for word in (appositive_role or "").lower().split():
        if word in FUNCTION_WORDS:
            break
        words.add(word.strip(",.’'"))
    for short, spelled in _OFFICE_ABBREVIATIONS.items():
        if short in words:
            words |= spelled  # "CEO Ann Lee ... the chief executive said"
        elif spelled <= words:
            words.add(short)  # "Ann Lee, the chief executive ... the CEO said"
    return frozenset(words)


def _gender(described: frozenset[str], given: str) -> str | None:
    """ "he" or "she" as a title ("Mrs."), a gendered noun ("father") or a given name says.
    An office named with "-man" ("chairman", "spokesman") is held by women too: a woman's
    given name outweighs it ("Kessler's chairman, Anna Fischer")."""
    by_office = None
    for word in described:
        gender = _GENDERED_TITLES.get(word) or _GENDERED_NOUNS.get(word)
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
    "oscar"); None if it is no given name of the lists of one gender."""
    gender = _GIVEN_NAMES.get(word)
    if gender is None and not word.isascii():
        gender = _GIVEN_NAMES.get(unaccented(word))
    return gender


def _given_names(names: list[str]) -> set[str]:
    """The known given names that open `names` ("Ann" of "Ann Lee"; not "Van" of "Van Lee")."""
    return {first for name in names if _given_gender(first := name.split()[0].lower())}


def _may_be(name: str, gender: str | None) -> bool:
    """Whether a name may be of `gender`: "Ann Lee" is no "Mr. Lee"."""
    given = _given_gender(name.split()[0].lower()) if " " in name else None
    return gender is None or given in (None, gender)


def _of_gender(name: str, gender: str | None) -> bool:
    """Whether a full name's given name is known to be of `gender` ("Ann Lee": "she")."""
    return gender is not None and " " in name and _given_gender(name.split()[0].lower()) == gender


def _party_before_name(toks: list[Token], k: int) -> bool:
    """Whether the party toks[k - 1] is set before a person's given name, a role like a title
    ("Democrat Ann Lee", "Republican Tom Hale"), not a word of the name; "Republican National
    Committee" opens no given name."""
    return k < len(toks) and given_name(toks[k].word)


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
    """Whether a name's key `words` are two surnames ending the longer name `key`, the first
    no given name: "Rocha Prado" of "Luiz Carlos da Rocha Prado", "Gonçalves Müller" of "Ana
    Paula Gonçalves Müller" (not "Ann Lee" of "Mary Ann Lee")."""
    return (
        len(words) == 2
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


def _known_given(word: str) -> bool:
    """A given name of the list, or an initial: "Democrat" before a name tells nothing."""
    return _given_gender(word) is not None or len(word) == 1


# A Korean name in its usual romanization: a family name, then a hyphenated given name
# whose second syllable is in lower case ("Choi Dong-woo", "Park Min-ho").
_HYPHENATED_GIVEN = re.compile(r"([A-Z][a-z]+) [A-Z][a-z]+-[a-z]+")


# A word made of the syllables of romanized Japanese ("morita", "ishiba", "kondo"): no "l",
# no cluster but "sh", "ch", "ts" or a doubled consonant. Not "lee", "costa", "garcia".
_JAPANESE_SHAPED = re.compile(r"(?:(?:[kgsztdnhbpmyrwfj]|sh|ch|ts|kk|ss|tt|pp)?y?[aiueo]|n)+")


def _family_name_first(name: str) -> str | None:
    """The family name of a name written family name first, in lower case: before a
    hyphenated given name ("Choi Dong-woo"), a common East Asian family name opening a name
    of two to four words ("Kim Yo Jong", "Wang Liqun", "Nguyen Thi Kim Lan"), or a Japanese
    family name, no given name, before a given name ("Morita Kenji"); else None."""
    hyphenated = _HYPHENATED_GIVEN.fullmatch(name)
    if hyphenated is not None:
        return hyphenated.group(1).lower()
    words = name.lower().split()
    if 1 < len(words) <= 4 and words[0] in SURNAME_FIRST_NAMES:
        return words[0]
    if len(words) == 2 and _given_gender(words[1]) and not given_name(words[0]):
        if _JAPANESE_SHAPED.fullmatch(words[0]):
            return words[0]
    return None


def _paternal_surname(name: str) -> str | None:
    """The first of two surnames after a given name, in lower case, by which a person is
    known alone ("Salas" of "Hernán Salas Villanueva", "Ruiz" of "María Fernanda Ruiz
    Cárdenas", "Villalobos" of "Ana Villalobos de la Fuente"): the word before the last
    surname (with its particles) of a name of three or four such words, after no particle.
    That word is no particle nor initial, and no given name unless the name is spelled as
    an Iberian one ("Duarte" of "Esteban Duarte Benítez"). "John Paul Jones" and "Hamad bin
    Khalifa al-Thani" have none."""
    words = name.split()
    last = len(words) - 1
    while last > 1 and words[last - 1] in NAME_PARTICLES:  # "de la Fuente": one surname
        last -= 1
    words[last:] = [words[-1]]
    if not 3 <= len(words) <= 4 or not all(map(_name_shaped, words)):
        return None
    if words[0].lower() in _NOT_NAME:
        return None  # "The Trump Team", "Former DNC Chairman"
    paternal = words[-2]
    lower = paternal.lower()
    if len(paternal) < 3 or not paternal[0].isupper() or paternal[-1] == ".":
        return None
    if any(w.lower() in NAME_PARTICLES for w in words[:-1]):
        return None
    if given_name(lower) and not _iberian_spelled(words):
        return None  # "John Paul Hendry": a middle name (not "Esteban Duarte Benítez")
    return lower


# The accented letters of Spanish and Portuguese, which tell a name is spelled as theirs.
_IBERIAN_LETTERS = frozenset("áéíóúñãõç")


def _iberian_spelled(words: list[str]) -> bool:
    """Whether a name is written as a Spanish or Portuguese one, whose second word is a
    surname even where it is a given name elsewhere ("Duarte", "Martín", "León"): a letter
    of those languages' accents ("Benítez"). Not an "-ez" alone: "Mary Ann Lopez" has a
    double given name, as often in US news."""
    return any(c in _IBERIAN_LETTERS for w in words for c in w)


def _other_surname(name: str) -> str | None:
    """The word besides the last by which a person is known alone, in lower case: a family
    name written first, or the paternal one of two surnames; else None."""
    return _family_name_first(name) or _paternal_surname(name)


def _name_shaped(word: str) -> bool:
    """Whether a word has a name's shape: a capital, letters, not all capitals ("Ruiz",
    "al-Thani" with its particle, "Soo-yeon", "McCain"); not "DNC", "Jr.", "III"."""
    letters = word.rpartition("-")[2] if word[:1].islower() else word
    plain = letters.replace("-", "").replace("'", "").replace("’", "")  # "O'Brien"
    return letters[:1].isupper() and plain.isalpha() and not letters.isupper()


def _named_person_like(kind: SpeakerKind, named: bool) -> bool:
    """A named person, or a name that may be one (of unknown kind)."""
    return named and kind in _PERSON_LIKE


def _unknown_name(entry: _Entry) -> bool:
    """A named speaker of unknown kind: a pronoun may refer back to it, and tell its kind."""
    return entry.kind == "unknown" and entry.named


def _subject_agrees(match: re.Match[str], gender: str) -> bool:
    """Whether the subject `match` found (`_DESCRIBED_PERSON`, `_AGED_NAME`) is a person who
    may be "he" or "she" (`gender`): a person's noun or a name of that gender or of none."""
    if match.re is _AGED_NAME:
        return _GIVEN_NAMES.get(match.group().split()[0].lower(), gender) == gender
    head = _person_head(match)
    return head is not None and _GENDERED_NOUNS.get(head.group(), gender) == gender


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


def _referred_to(entry: _Entry, pronoun: str) -> None:
    """What a pronoun referring back to a name of unknown kind tells: "he", "she", "who" a
    person; "it", "its", "which" an organization."""
    if not _unknown_name(entry):
        return
    if pronoun in PERSON_PRONOUNS or pronoun == "who":
        entry.kind = "person"
    elif pronoun in THING_PRONOUNS or pronoun in {"its", "which"}:
        entry.kind = "organization"


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
    end of the sentence or line before it."""
    before = text[max(0, start - 4) : start].rstrip(' “"')
    return not before or before[-1] in '.!?\n”"'


def _after_words(text: str, start: int, words: tuple[str, ...]) -> bool:
    """Whether `words` (lower case) stand right before `start`, in any case ("Fire Chief")."""
    if not words:
        return True
    before = " ".join(words) + " "
    return text[max(0, start - len(before)) : start].lower() == before


def _quoted(text: str, position: int) -> bool:
    """Whether `position` lies inside a quotation of its paragraph."""
    start = text.rfind("\n", 0, position) + 1  # counted in place: no copy of the paragraph
    opened = text.count("“", start, position) > text.count("”", start, position)
    return opened or text.count('"', start, position) % 2 == 1


def _without_leading_article(name: str) -> str | None:
    """A description as a role: "the longtime mayor" -> "longtime mayor", "his attorney" ->
    "attorney" (a possessive pronoun is whose, not what, the speaker is)."""
    first, _, rest = name.partition(" ")
    return _clean_role(rest if rest and first.lower() in _ROLE_DETERMINERS else name)


def _leads_body(found: _Analysis, entry: _Entry) -> bool:
    """Whether a speaker may be the leader or head a description names by its body: "the
    union leader" is the "head of the union", not the head of a band; other descriptions
    ("the leader", "the veteran lawmaker") may be anyone holding the role."""
    if found.head not in _BODY_ROLES:
        return True
    body = set(_key(found.name).split()[:-1]) - SPEAKER_DETERMINERS
    return not body or not body.isdisjoint(_key(entry.role or "").split())


def _proper_name_around(text: str, start: int, end: int) -> str | None:
    """The proper name of several words holding text[start:end], a capitalised word: the
    capitalised words before it (not a possessive: "Ontario's", but an office holder's:
    "Sheriff's Office"), then "of", "for", "and" or "the" and capitalised words after it
    ("Ministry of Transportation"); None if one word."""
    toks = tokens(text, max(0, start - 80), min(len(text), end + 80))
    at = next(k for k, t in enumerate(toks) if t.start == start)
    first = at
    while first > 0 and toks[first - 1].capitalized and _name_word_before(toks[first - 1].word):
        first -= 1
    if first > 0 and toks[first - 1].lower == "the":
        first -= 1
    last = at
    k = at + 1
    while k < len(toks):
        if toks[k].capitalized:
            last = k
        elif toks[k].lower not in NAME_CONNECTORS:
            break
        k += 1
    if first == at and last == at:
        return None
    return text[toks[first].start : toks[last].end]


def _name_word_before(word: str) -> bool:
    """Whether a capitalised word before a body's head is part of its name: no possessive
    ("Ontario's Ministry"), unless a role's ("the Sheriff's Office", "Attorney's Office")."""
    return not _possessive(word) or word[:-2].lower() in PERSON_ROLES


def _participle_of(token: Token) -> bool:
    """Whether a word is a participle joined to a name: "Dallas-based", "Nasdaq-listed",
    "state-owned"."""
    return "-" in token.word and token.lower.endswith("ed")


def _affiliated_source(found: _Analysis) -> bool:
    """Whether an unnamed person is described by a role and the organization it serves,
    named before the role ("a Kessler spokesman", "an Acme engineer"): the words without
    the article are a role, as "spokesman for Kessler" is."""
    words = found.name.split()
    return (
        found.kind == "person"
        and not found.named
        and len(words) > 2
        and words[0].lower() in {"a", "an"}
        and words[-1].lower() in PERSON_ROLES
        and any(w[0].isupper() for w in words[1:-1])
    )


def _holds_head(key: str, head: str) -> bool:
    """Whether an organization's name (its key) fits a description's head: holds it ("the
    commission": "harbor commission"), or, for "the company", "the carmaker" and other
    `COMPANY_NOUNS`, names no public body ("Acme Builders", not "Bureau of Mines"); "the
    group" and "the organization" fit any ("the Ohio Chapter of the Lung Association")."""
    words = key.split()
    if head in words or head in _ANY_ORGANIZATION_HEADS:
        return True
    return head in COMPANY_NOUNS and _PUBLIC_BODY_WORDS.isdisjoint(words)


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
    ..."), and the name's title and role ("House Speaker", "presidential nominee")."""
    opening = _sentence_opening(text, text.rfind("\n", 0, start) + 1, start)
    before = [word for word in text[opening:start].split() if word != "“"]
    if len(before) == 1 and before[0].lower() in _COORDINATORS:
        return True
    role = before[max((k + 1 for k, w in enumerate(before) if w.endswith(",")), default=0) :]
    if not role:
        return True
    if any(w.endswith(("’s", "'s")) or w.lower() in FUNCTION_WORDS for w in role):
        return False
    if role[-1].lower().rstrip(".") in _ROLES_OR_TITLES and len(role) <= _MAX_MODIFIERS + 1:
        return True  # "Conservative economist Ann Lee", "In May, presidential nominee Ann Lee"
    return all(word[0].isupper() and word.lower() not in CLAUSE_CONJUNCTIONS for word in role)


def _sentence_opening(text: str, line: int, start: int) -> int:
    """Where the words of the sentence holding `start` begin, up to white space: after the
    last match of `_SENTENCE_OPENING` in text[line:start], found by trying the marks it opens
    with from `start` back, rather than scanning the paragraph from its start. A match only
    overlaps a later mark when it takes a closing quotation mark with the space after it;
    tried alone, that mark ends where the space begins, which leaves the same words."""
    upper = start
    while (mark := _LAST_OPENING_MARK.match(text, line, upper)) is not None:
        upper = mark.end() - 1
        if (match := _SENTENCE_OPENING.match(text, upper, start)) is not None:
            return match.end()
    return line


def _name_end(text: str, person: _Person) -> int:
    """Where the name of `person` ends in the text."""
    if person.called:
        return person.start + len(person.called)
    at = text[person.start : person.start + 80].lower().find(person.surname)
    return person.start + at + len(person.surname) if at >= 0 else person.start


def _introduced(text: str, person: _Person) -> bool:
    """Whether a person is introduced by a full name and an appositive, at the name's first
    mention ("..., said Tom Hale, a lawyer in Reno"): a new voice, about to be quoted."""
    end = _name_end(text, person)
    opening = _APPOSITIVE_OPENING.match(text, end)
    if " " not in person.name or opening is None:
        return False
    if opening[1] not in _ARTICLES and opening[1] not in PERSON_ROLES:
        return False  # "the figure of Tom Hale, sheltered in ...": no appositive
    return text.find(text[end - len(person.surname) : end]) == end - len(person.surname)


def _person_start(person: _Person) -> int:
    return person.start


# --- across articles (the library) -----------------------------------------------------------


def name_key(name: str) -> str:
    """A name as the sieves compare it: lower case, no 'the', no dots or apostrophes."""
    return _key(name)


def same_person(key: str, other: str) -> bool:
    """Whether two people's name keys may be one person's, by the rule used inside an article:
    the same surname, and given names that may be the same (`_same_given`: 'j.' and 'john',
    or one of them a surname alone)."""
    if key.split()[-1:] != other.split()[-1:]:
        return False
    given = _first_given(key.split())
    return given is None or _same_given(given, _first_given(other.split()))
