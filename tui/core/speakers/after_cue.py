"""`phrase_after`: the speaker phrase after an inverted cue ("said Caddell", "said Tom Hale,
a lawyer in Reno"), read forward: the noun phrase, a name in apposition, a complement ("a
spokesperson for the union"), an age and residence, a postmodifier.
"""

from __future__ import annotations

import re

from tui.core.lexicon import (
    ANONYMOUS_HEADS,
    AUXILIARY_VERBS,
    CLAUSE_CONJUNCTIONS,
    COMPLEMENT_PREPOSITIONS,
    COMPOUND_PARTICIPLES,
    DETERMINERS,
    DOCUMENT_PARTICIPLES,
    DOCUMENT_WORDS,
    ELLIPSIS_LEADS,
    GOVERNMENT_PLACES,
    LEGAL_SUFFIXES,
    MONTHS,
    NAME_CONNECTORS,
    NOBLE_TITLES,
    NOUN_ADJECTIVES,
    NOUNS_IN_ING_ED,
    NUMBER_WORDS,
    ORDINALS,
    PARTY_MEMBERS,
    PLACE_NAMES,
    PLACE_PREPOSITIONS,
    POSSESSIVE_PRONOUNS,
    PREPOSITIONS,
    PRESENT_ROLE_ADVERBS,
    RELATIVE_PRONOUNS,
    ROLE_NOUNS,
    SAID_ADJECTIVES,
    TIME_WORDS,
    TITLES,
    WEEKDAYS,
)
from tui.core.speaker_kinds import PARTY_STATE, PERSON_ROLES
from tui.core.speakers.appositives import _aside, _past_role, state_after_town
from tui.core.speakers.before_cue import _NAMING_REACH, _given_name, _naming_hinted
from tui.core.speakers.complements import (
    _DOCUMENT_CONNECTORS,
    _ROLES_OR_DOCUMENTS,
    _body_apposed,
    _name_after_named,
    _place_named,
    _titled_possessor,
)
from tui.core.speakers.gender import _GIVEN_NAMES
from tui.core.speakers.names import _PARTY_ASIDE_WORDS, _party_aside_opening, _party_tag_opening
from tui.core.speakers.noun_phrases import (
    _APOSTROPHES,
    _ing_modifier,
    _modifier,
    _name_opening_small_word,
    _numbered_body,
    _numbered_name,
    _ordinal_of_office,
    _ordinal_title,
    _plural_possessive,
    _proper_name,
    _small_name_word,
)
from tui.core.speakers.tokens import (
    _ARTICLES,
    _MAX_MODIFIERS,
    _NOUN_WORDS,
    _OF_TWO,
    _ONE_OF_MANY,
    _PRONOUNS,
    _SEXED_NOUNS,
    HOMETOWN_AFTER,
    HOMETOWN_OWNER,
    PHRASE_WINDOW,
    SOURCE_POSTMODIFIER,
    Phrase,
    Token,
    _in_surname,
    _is_title_dot,
    _new_phrase,
    _phrase_of,
    _possessive,
    _saint_in_surname,
    hometown_phrase,
    ly_adverb,
    participle_adverb,
    tokens,
)
from tui.core.text import AGE_WORD, TITLE_OPENING_MARKS, YEAR_NUMBER

# Where a name an inverted speaker is given may end: a comma, or where the clause closes (a
# full stop, a semicolon, a line's end).
_CLAUSE_MARK = re.compile(r"[,.;!?\n]")
# A day and month written with a slash before a noun in lower case, an event's name as a
# modifier: "said 9/11 widow Mary Fenn" (the phrase is read from the noun).
_SLASHED_DATE_MODIFIER = re.compile(r"\d{1,2}/\d{1,2}\s+(?=[a-z])")

_RESIDENCE = frozenset({"of", "from"})  # before a place of residence: "Tom Hale, of Dover,"
_INVERTED_OPENERS = _ARTICLES | _ONE_OF_MANY  # "said the baker", "said one driver"
# What opens a figure's comparison after a source, no appositive: "..., according to the
# ministry, compared with 40", "..., up from 12".
_FIGURE_LEADS = frozenset(lead.split()[0] for lead in ELLIPSIS_LEADS)
_CLAUSE_STOPS = frozenset({",", ".", ";", ":", "“", "”", '"', "(", ")"})


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
    return after == "," and ly_adverb(word) and word not in _GIVEN_NAMES


# Given names spelled as a modal verb, a function word elsewhere: "May Ellis", "Will Harlan".
_MODAL_GIVEN_NAMES = frozenset({"may", "will"})


def _modal_given_name(toks: list[Token]) -> bool:
    """Whether the words after a cue open with a given name spelled as a modal, in title case
    before a capitalised word ("said May Ellis", "said Will Harlan"; not "said May 3")."""
    return (
        len(toks) > 1
        and toks[0].lower in _MODAL_GIVEN_NAMES
        and toks[0].word.istitle()
        and toks[1].capitalized
    )


def _time_after_cue(toks: list[Token]) -> bool:
    """Whether the words after a cue open a time, no one: a weekday or a time adverb not
    before a name ("a screenshot of the video, posted Sunday."), a month before its day
    ("posted June 3"); not a month that is a given name ("said June, who asked ...", "said
    April, a cook")."""
    if toks[0].lower not in TIME_WORDS:
        return False
    if toks[0].word in MONTHS:
        return len(toks) > 1 and toks[1].word[0].isdigit()
    return len(toks) == 1 or not toks[1].capitalized


def phrase_after(text: str, start: int, upper: int) -> Phrase | None:
    """The speaker phrase that starts at `start` after an inverted cue ("said Caddell")."""
    toks = tokens(text, start, start + PHRASE_WINDOW if start + PHRASE_WINDOW < upper else upper)
    if not toks:
        return None
    if toks[0].lower in _PRONOUNS or (
        toks[0].lower in _ONE_OF_MANY and (len(toks) == 1 or not toks[1].word[0].isalnum())
    ):  # "said she", "said another."
        return _named_one(toks) or _new_phrase((toks[0].start, toks[0].end), (toks[0].word,))
    if (
        len(toks) > 1
        and toks[0].lower == "the"
        and toks[1].lower in _OF_TWO
        # not "the former mayor", "the former Acme chief": a noun after it
        and (len(toks) == 2 or not (toks[2].capitalized or toks[2].lower in _NOUN_WORDS))
    ):
        return _new_phrase((toks[0].start, toks[1].end), (toks[0].word, toks[1].word))
    if _opening_word(text, toks) or _time_after_cue(toks):
        return None
    dated = _SLASHED_DATE_MODIFIER.match(text, toks[0].start, upper)
    if dated is not None:
        return phrase_after(text, dated.end(), upper)  # "said 9/11 widow Mary Fenn"
    hometown = HOMETOWN_AFTER.match(text, toks[0].start, upper)
    if hometown is not None:
        return hometown_phrase(text, hometown)  # "said the Kelowna, B.C., native"
    owner = HOMETOWN_OWNER.match(text, toks[0].start, upper)
    if owner is not None:
        # "said the Kelowna, B.C., native's mother, Ann Lee": read as "the Kelowna native's
        # mother, Ann Lee", the province blanked out (offsets kept)
        left, right = owner.span("province")
        blanked = text[:left] + " " * (right - left) + text[right:upper]
        return phrase_after(blanked, start, upper)
    given = _given_name_after(text, start, upper)
    if given is not None:
        return given  # "said a woman who gave only her first name, Dana."
    last = _phrase_end(toks, 0)
    if last is None and _modal_given_name(toks):
        last = _phrase_end(toks, 1)  # "said May Ellis", "said Will Harlan": a given name
    if last is None:
        return _named_after_unlisted_noun(toks)
    if (
        last + 1 < len(toks)
        and toks[last + 1].word.islower()
        and not _verb_after_opening_noun(toks, 0, last + 1, None)  # "The board named Ana Roy"
    ):
        # "said the head chef, Ann Lee", "the head of sales, Ann Lee": lower-case words of no
        # list after a listed noun ("head"), then the name
        named = _named_after_unlisted_noun(toks)
        if named is not None:
            return named
    if not toks[last].capitalized:
        last = _person_before_body(toks, last)
    pair_end = _tagged_pair_end(toks, last) if toks[last].capitalized else None
    if pair_end is not None:  # "said Sen. Ida Voss, D-Ore., and Sen. Abe Kolb, R-Utah"
        return _phrase_of(tuple(toks[: pair_end + 1]))
    words = tuple(t.word for t in toks[: last + 1])
    if not any(
        t.word[0].isupper() or t.lower in _NOUN_WORDS or t.lower in _SEXED_NOUNS
        for t in toks[: last + 1]
    ) and not (_age_alone(toks, last) or _ordinal_title(toks, last)):
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
                or _title_case_role(rest[:stop])
            )
            and not _aside(rest[:stop])
            and not _verb_and_object(rest[:stop])
            and rest[0].lower not in AUXILIARY_VERBS  # "..., according to aides, is dead"
            and rest[0].lower not in CLAUSE_CONJUNCTIONS  # "said Voss, D-Ore., and Democrats"
            and rest[0].lower not in _FIGURE_LEADS  # "..., according to Acme, up from 40"
        ):  # "said Ann Lee, the mayor", "..., Acme's chief executive"; not "..., Tom Hale and"
            appositive = (rest[0].start, rest[stop - 1].end)
    return _new_phrase((toks[0].start, end), words, appositive, tokens=tuple(toks[: last + 1]))


def _named_one(toks: list[Token]) -> Phrase | None:
    """The name apposed to "one" or "another" after an inverted cue ("said one, Amira Saleh.",
    "said another, Tom Hale, a nurse"): one of a group, then named; None if no name of
    capitalised words ends its clause after the comma, or if it is a known place's."""
    if len(toks) < 4 or toks[0].lower not in _ONE_OF_MANY or toks[1].word != ",":
        return None
    last = _phrase_end(toks, 2)
    if last is None or toks[2].lower in TIME_WORDS:
        return None  # "said one, Monday": when
    place = " ".join(t.lower for t in toks[2 : last + 1])
    if place in PLACE_NAMES or place in GOVERNMENT_PLACES:
        return None  # "said one, in Paris." is where; "said one, Paris." names no one
    if not all(t.capitalized for t in toks[2 : last + 1]):
        return None
    if last + 1 < len(toks) and toks[last + 1].word not in {",", ".", "!", "?"}:
        return None
    return _phrase_of(tuple(toks[2 : last + 1]))


def _tagged_pair_end(toks: list[Token], last: int) -> int | None:
    """The index of the last token of a second lawmaker's name joined by "and" to the first,
    whose name toks[last] ends, after the first's party aside (`_party_aside_opening`):
    "said Sen. Ida Voss (D-Ore.) and Sen. Abe Kolb", "said Voss, a Utah Republican, and
    Kolb"; None if no such pair."""
    opening = last + 1
    if opening + 2 >= len(toks) or toks[opening].word not in {",", "("}:
        return None
    stop = min(opening + 3 + _PARTY_ASIDE_WORDS, len(toks) - 2)
    closing = next(
        (c for c in range(opening + 2, stop) if _party_aside_opening(toks, c) == opening), None
    )
    if closing is None or toks[closing + 1].lower != "and":
        return None
    second = _phrase_end(toks, closing + 2)
    if second is None or not toks[second].capitalized or not _ends_clause(toks, second + 1):
        return None
    return second


def _ends_clause(toks: list[Token], k: int) -> bool:
    """Whether toks[k - 1], a second lawmaker's name, and its party aside are followed by no
    finite verb of their own: nothing, an adjunct, a relative clause, an -ing clause or an
    appositive ("and Sen. Abe Kolb, R-Utah.", "and Kolb (R-Utah) in a statement", "and Kolb,
    R-Utah, who co-sponsored it", "..., adding that", "..., the panel's top Republican"); not
    the subject of a clause of its own ("said Voss, D-Ore., and Democrats cheered", "and Kolb,
    a Utah Republican, agreed")."""
    if k < len(toks) and toks[k].word in {",", "("}:
        stop = min(k + 3 + _PARTY_ASIDE_WORDS, len(toks))
        closing = next((c for c in range(k + 2, stop) if _party_aside_opening(toks, c) == k), None)
        if closing is not None:
            k = closing + 1
        elif toks[k].word == ",":  # an aside the sentence's end closes
            words = [j for j in range(k + 1, stop) if toks[j].word[0].isalnum()]
            if (len(words) == 1 and PARTY_STATE.fullmatch(toks[words[0]].word)) or (
                len(words) > 1
                and toks[words[0]].lower in {"a", "an"}
                and toks[words[-1]].lower in PARTY_MEMBERS
            ):
                k = words[-1] + 1
    word = next((t for t in toks[k:] if t.word[0].isalnum()), None)
    return (
        word is None
        or word.lower in PREPOSITIONS  # "... (R-Utah) in a joint statement"
        or word.lower in RELATIVE_PRONOUNS
        or (word.word.islower() and word.lower.endswith("ing"))
        or (toks[k - 1].word == "," and (word.lower in DETERMINERS or _possessive(word.word)))
    )


def _given_name_after(text: str, start: int, upper: int) -> Phrase | None:
    """The name a naming link gives the person described after an inverted cue, before a
    comma or where its clause closes: "said a bartender who gave only her first name, Tasha."
    (Tasha, a bartender), "..., Karim, as he swept", as before a cue (`_given_name`); None if
    no naming link ends there."""
    end = start + _NAMING_REACH if start + _NAMING_REACH < upper else upper
    if not _naming_hinted(text[start:end]):
        return None  # most inverted speakers: no naming link
    for mark in _CLAUSE_MARK.finditer(text, start, end):
        comma = mark.group() == ","
        given = _given_name(text, start, mark.end() if comma else mark.start())
        if given is not None or not comma:
            return given
    return None


def _title_case_role(toks: list[Token]) -> bool:
    """Whether an appositive is a role written in title case, as releases write it ("Chief
    Executive Officer of Acme", "Chief Financial Officer"): capitalised words up to "of" or
    its end, the last a person's role (not "Tom Hale", "Acme Foods")."""
    end = next((k for k, t in enumerate(toks) if not t.capitalized), len(toks))
    return (
        end > 0
        and toks[end - 1].lower in PERSON_ROLES
        and (end == len(toks) or toks[end].lower == "of")
    )


def _verb_and_object(toks: list[Token]) -> bool:
    """Whether the words after a comma are a verb in lower case and its object opened by a
    determiner, the sentence going on after an inserted attribution ("..., according to the
    federation, cut the budget"), not an appositive ("the mayor", "head of the union")."""
    first = toks[0].lower
    return (
        len(toks) > 1
        and toks[0].word.islower()
        and first not in DETERMINERS
        and first not in PREPOSITIONS
        and first not in PRESENT_ROLE_ADVERBS  # "said Ann Lee, now a retired nurse"
        and toks[1].lower in DETERMINERS
    )


def _postmodified_after(text: str, toks: list[Token], last: int) -> Phrase | None:
    """'according to people familiar with the matter', 'said a former prosecutor close to the
    case': an unnamed source (or a role noun) ending at toks[last] and the words describing it
    after, to the end of their clause; None if none follows."""
    head = toks[last].lower
    if (head not in ANONYMOUS_HEADS and head not in ROLE_NOUNS) or last + 1 >= len(toks):
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
    described = SOURCE_POSTMODIFIER.match(text, toks[last + 1].start, toks[stop - 1].end)
    if described is None:
        return None
    span = (toks[0].start, toks[stop - 1].end)
    return _new_phrase(span, (*(t.word for t in toks[: last + 1]), "…"), tokens=tuple(toks[:stop]))


def _name_after_description(toks: list[Token], described: Phrase) -> Phrase | None:
    """ "said the shadow chancellor, Ann Vale.": a description led by its article or by a
    name's possessive ("said Acme's chief executive, Ann Vale."), a comma and a proper name
    ending the clause, a role in lower case before it or not ("said her neighbour, the garage
    owner Tom Brandt."); the name speaks, the description is its role."""
    if toks[0].lower not in DETERMINERS and not (
        toks[0].capitalized and _named_possessor(toks, described.span[1])
    ):
        return None
    comma = next((k for k, t in enumerate(toks) if t.start >= described.span[1]), len(toks))
    if comma >= len(toks) or toks[comma].word != ",":
        return None
    if _titled_name(toks[1:comma]):
        return None  # "said the Rev Ann Roe, Dean of Avon": her name, then her office
    end = next(
        (
            k
            for k in range(comma + 1, len(toks))
            if toks[k].word in {",", ".", ";"} and not _dot_in_name(toks, k, comma + 1)
        ),
        len(toks),
    )
    first = _past_role(toks, comma + 1, end)  # "said her husband, the former cyclist Marc Hale."
    if end == first or not _proper_name(toks, first, end) or _abbreviation_dot(toks, end):
        return None
    if end == first + 1 and (toks[first].lower in TIME_WORDS or state_after_town(toks, first)):
        return None  # "said the firm's spokesperson, Tuesday.", "the mayor of Brill, Ont."
    name = toks[first:end]
    complement = _body_apposed(toks, comma - 1, name)
    if complement is not None:  # "said a spokesman for the company, Acme Corp."
        return _phrase_of((*toks[:complement], *name))
    return _phrase_of(tuple(name), described.span)


def _titled_name(toks: list[Token]) -> bool:
    """Whether `toks`, after "the", are a title and a name ("Rev Ann Roe", "Rt Rev Ann Roe"),
    its last word capitalised and no role ("Prime Minister" is one: a description)."""
    return (
        len(toks) > 2
        and toks[-1].capitalized
        and toks[-1].lower not in PERSON_ROLES
        and any(t.lower in TITLES for t in toks[:-2])
    )


def _abbreviation_dot(toks: list[Token], k: int) -> bool:
    """Whether toks[k] is a company suffix's period a lower-case word follows, within its
    clause, which then does not end there ("According to a filing, Acme Foods Inc. paid ...");
    not a sentence's end before a lower-case slip ("..., Ann Vale. she added ...")."""
    return (
        0 < k < len(toks) - 1
        and toks[k].word == "."
        and toks[k - 1].lower in LEGAL_SUFFIXES
        and toks[k + 1].word.islower()
    )


def _dot_in_name(toks: list[Token], k: int, first: int) -> bool:
    """Whether the period toks[k] is inside a name opening at toks[first]: a title's opening
    it ("Dr. Ann Vale", "the Rev. Ann Vale"), or a saint's in a surname before a capitalised
    word ("Marc St. Pierre"; "Marc St." ends with its clause)."""
    if not _is_title_dot(toks, k):
        return False
    if k - 1 > first and _saint_in_surname(toks, k - 1):
        return k + 1 < len(toks) and toks[k + 1].capitalized
    opening = first + (toks[first].lower == "the")
    return toks[k - 1].lower in TITLES and k - 1 == opening


_UNLISTED_REACH = 3  # lower-case words of an unlisted description after its article


def _named_after_unlisted_noun(toks: list[Token]) -> Phrase | None:
    """ "said the farmer, Eli Stroud.": an article and a lower-case noun of no role list
    ("farmer" is a surname too), after up to two lower-case words or a year ("the 2024
    winner"), then a proper name in apposition: the name speaks, the noun is its role. None
    without such a name ("said the farmer.": `described_after` reads it), or after a
    possessive ("Her husband, Jon,": the husband, described)."""
    if len(toks) < 4 or toks[0].lower not in _ARTICLES:
        return None
    reach = min(len(toks), _UNLISTED_REACH + 2)
    comma = next((k for k in range(2, reach) if toks[k].word == ","), None)
    if comma is None or not all(
        (t.word.isalpha() and t.word.islower()) or YEAR_NUMBER.fullmatch(t.word) is not None
        for t in toks[1:comma]
    ):
        return None
    if not toks[comma - 1].word.isalpha():
        return None  # "the 2024, Ann Lee": no noun
    words = tuple(t.word for t in toks[:comma])
    described = _new_phrase((toks[0].start, toks[comma - 1].end), words)
    return _name_after_description(toks, described)


# What ends a description after an inverted cue: a preposition, of place too ("said the boy
# *near* the door"), not "to", which a description's infinitive may follow ("the plan to").
_DESCRIPTION_ENDS = PREPOSITIONS | PLACE_PREPOSITIONS - {"to"}


def described_after(text: str, start: int, upper: int) -> Phrase | None:
    """ "said the head chef, who was tired.": after an inverted cue, an article (or "one",
    "another": "said one driver from Barrie") and one to three lower-case words of no list,
    then the clause's end (a stop, a preposition, "who"): a description whose last word is its
    head, a trade most often ("said a baker in Dover", "said the boy near his mother").
    None when anything else follows ("said the plan would", "said the baker's wife")."""
    toks = tokens(text, start, min(upper, start + PHRASE_WINDOW))
    if len(toks) < 2 or toks[0].lower not in _INVERTED_OPENERS:
        return None
    for k in range(1, min(len(toks), _UNLISTED_REACH + 2)):
        tok = toks[k]
        if tok.word in _CLAUSE_STOPS or tok.lower in _DESCRIPTION_ENDS or tok.lower == "who":
            if k == 1 or toks[k - 1].lower in SAID_ADJECTIVES:
                return None  # "said the same, Tuesday": what was said
            if toks[k - 1].lower.endswith("ing"):
                return None  # a participle ends no description ("the crossing guard" does)
            if _adjective_as_noun(toks[k - 1].lower):
                return None  # "said the injured", "said the poor": no noun, no speaker
            return _new_phrase((toks[0].start, toks[k - 1].end), tuple(t.word for t in toks[:k]))
        if not (tok.word.isalpha() and tok.word.islower()):
            return None
        if not _modifier(tok) and not _ing_modifier(tok):
            return None
    return None


def _adjective_as_noun(word: str) -> bool:
    """Whether a word ending a description after "the" is an adjective standing for people
    with no noun ("the last", "the poor": `NOUN_ADJECTIVES`, "the third": `ORDINALS`), or a
    participle in -ed ("the injured", "the tired")."""
    return word in NOUN_ADJECTIVES or word in ORDINALS or word.endswith("ed")


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
    """The index of an appositive's first token from toks[first], past an age, a party and
    state, and a place of residence between the name and it ("said Tom Hale, 58, of Dover,
    Del., a retired teacher", "said Sen. Ida Voss, D-Ore., the panel's chair"); `first` when
    none stands there or nothing follows them."""
    while first + 1 < len(toks):
        if toks[first].word.isdigit() and toks[first + 1].word == ",":
            first += 2
            continue
        tagged = next(
            (
                c
                for c in (first + 1, first + 2)
                if c < len(toks) - 1 and _party_tag_opening(toks, c) == first - 1
            ),
            None,
        )
        if tagged is not None:
            first = tagged + 1
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


def _person_before_body(toks: list[Token], last: int) -> int:
    """Where a person's name before "of" ends, when the body after it ends in lower case and
    so is no name of which hers is part ("said Ann Lee of the Western State law school": Ann
    Lee; not "Bank of the West"); else `last`."""
    for j in range(1, last):
        if toks[j].lower == "of" and toks[j - 1].capitalized:
            return j - 1 if any(t.lower in _GIVEN_NAMES for t in toks[:j]) else last
    return last


def _verb_after_opening_noun(toks: list[Token], first: int, j: int, last: int | None) -> bool:
    """Whether toks[j], a word in "-ed", is the verb of the name or common noun before it
    that opens the phrase, an object after it: a number or a determiner ("Police arrested
    *two* men"), or a noun of the list ("The station aired *footage*", "The Halifax station
    aired *footage*", "Acme Corp aired *footage*"); not a modifier ("the newly elected
    council", "residents affected by it")."""
    if not toks[j].lower.endswith("ed") or j + 1 >= len(toks) or j == first:
        return False
    before, after = toks[j - 1], toks[j + 1].lower
    # "station", a noun of no list, after "The" and any words before it ("The Halifax
    # television station")
    if last is None or last < j - 1:
        opening = before.word.islower() and j - 1 > first and toks[first].lower in DETERMINERS
        if not opening or before.lower.endswith("ly") or before.lower in DETERMINERS:
            return False
        if toks[j + 1].capitalized:
            return True  # "The board named Ana Roy": a name its object
    elif last != j - 1:
        return False  # "Police", "Acme Corp": capitalised
    return after in _NOUN_WORDS or after in DETERMINERS or after in NUMBER_WORDS or after.isdigit()


def _titled_place(toks: list[Token], j: int) -> bool:
    """Whether toks[j] is the "of" of a title of royalty or the peerage and its place in
    capitals ("said the Duke *of* Kent", "the Duchess of Avon"): the title goes on."""
    return (
        toks[j].lower == "of"
        and toks[j - 1].capitalized
        and toks[j - 1].lower in NOBLE_TITLES
        and j + 1 < len(toks)
        and toks[j + 1].capitalized
    )


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
        if (
            j > 0
            and tok.lower in TIME_WORDS
            and toks[j - 1].word[0].islower()
            and not (
                j == first + 1
                and tok.capitalized
                and toks[first].lower in DETERMINERS
                and j + 1 < len(toks)
                and toks[j + 1].capitalized
            )
        ):  # "Ann Lee spoke out Tuesday", "a report from the Monday meeting": the day is no
            break  # part of the subject; but "the *Evening* Ledger", "the *Sunday* Chronicle"
        if (
            j > first
            and tok.lower in WEEKDAYS
            and toks[j - 1].capitalized
            and last == j - 1
            and not _lone_given_name(toks, first, j - 1)
        ):
            break  # "said Ann Lee *Wednesday*": the day after a name is when it was said
        if j > first and tok.word in RELATIVE_PRONOUNS:
            break  # "analysts who track the war": "who" opens a clause, it is not the WHO
        if j > first and tok.lower in POSSESSIVE_PRONOUNS:
            # "measurements *her* team took": a clause's subject after the noun; "Orvell
            # reaffirmed *its* guidance": a verb's object, after the subject and its verb
            break
        if (
            tok.lower in _NOUN_WORDS  # the lists before `capitalized`, a property's call
            or tok.lower in _SEXED_NOUNS  # "said his daughter", "said the king"
            or tok.capitalized
            or _ing_noun_after(toks, j, last)
            or _age_alone(toks, j)
            or _ordinal_title(toks, j)  # "said the first mate"
        ):
            last = j
        elif last == j - 1 and toks[last].lower in _SEXED_NOUNS and not _titled_place(toks, j):
            break  # "The man's daughter *arrives*": the phrase ends at its person
        elif last == j - 1 and _numbered_name(toks, j) and _named_after_number(toks, j):
            last = j  # "said Local 583 President Ann Lee", "said Ward 3 Councillor Ann Lee"
        elif last == j - 1 and _numbered_body(toks, j):
            last = j  # "said Local 444.", "said CUPE 3903 in a statement", "said Teamsters
            break  # Local 52 Wednesday night": the body's number ends its name
        elif last == j - 1 and _small_name_word(toks, j):
            last = j  # "Mothers *Against* Drunk Driving", "Justice *Now*"
        elif j == first and _name_opening_small_word(toks, j, j + 1):
            last = j  # "said a spokeswoman for *No* Frills": a name's opening word
        elif (
            (tok.lower in NAME_CONNECTORS or tok.word == "&")  # "Bank of America", "Keller & Co."
            and last is not None
            # after "a spokesperson", a complement (`_complement_after`)
            and (toks[last].capitalized or toks[last].lower not in _ROLES_OR_DOCUMENTS)
            and j + 1 < len(toks)
            and (toks[j + 1].capitalized or toks[j + 1].lower in {"the"})
        ) or _in_surname(toks, j):
            continue
        elif tok.word in _APOSTROPHES and last == j - 1 and _plural_possessive_mark(toks, j):
            continue  # "the Ontario Nurses' Association", "veterans’ groups"
        elif last == j - 1 and tok.lower.endswith("ed") and not toks[last].capitalized:
            break  # "The officers arrived minutes later": a verb after the noun, no modifier
        elif _verb_after_opening_noun(toks, first, j, last):
            # "Police arrested two men", "The station aired footage": its verb; the noun
            # before it ends the phrase, of no list as it may be ("station")
            last = j - 1
            break
        elif tok.word[-1] in "sd" and _verb_between_names(toks, j):
            break  # "Justice Department sues Vantix, alleging ...": a verb, not a modifier
        elif last == j - 1 and tok.lower in PLACE_PREPOSITIONS and not _possessive(toks[last].word):
            break  # "said the mayor *outside* city hall": where the speaker is, no modifier
        elif (_modifier(tok) or _ordinal_of_office(toks, j, j + 1)) and modifiers < _MAX_MODIFIERS:
            modifiers += 1  # "said the *senior* aide", "said the *first* lady"
        elif (
            (j == first + 1 and toks[first].lower in DETERMINERS)
            or (j == first and j + 1 < len(toks) and toks[j + 1].word.islower())
        ) and YEAR_NUMBER.fullmatch(tok.word):
            # "a 2021 assessment", "the 2019 census"; with no article, before a word in lower
            # case: "said 2020 candidate Omar Diaz", "said 2024 presidential hopeful Ann Roy"
            modifiers += 1
        elif _gerund_modifier(toks, j) and modifiers < _MAX_MODIFIERS:
            modifiers += 1  # "charging documents", "polling data"
        else:
            break
    return last


def _lone_given_name(toks: list[Token], first: int, k: int) -> bool:
    """Whether toks[k] is a given name with no name before it, so that a capitalised word
    after it is its surname, a weekday's as it may be ("said Joe *Friday*"; not "said Ann
    Lee Friday", a surname before)."""
    return toks[k].lower in _GIVEN_NAMES and (k == first or toks[k - 1].lower not in _GIVEN_NAMES)


def _named_after_number(toks: list[Token], j: int) -> bool:
    """Whether a capitalised word or a role follows the number toks[j] of a name, so that the
    number is inside the speaker's title ("Local 583 President Ann Lee"), not a count or a
    time after a name ("said Lee 20 minutes later", "said Teamsters Local 52 Wednesday")."""
    if j + 1 >= len(toks):
        return False
    after = toks[j + 1]
    return (after.capitalized and after.lower not in TIME_WORDS) or after.lower in ROLE_NOUNS


def _age_alone(toks: list[Token], j: int) -> bool:
    """Whether toks[j] is an age with no noun after it, standing for its person: "said the
    26-year-old, who ...", "said the 40-year-old." (not "the 26-year-old student")."""
    return AGE_WORD.fullmatch(toks[j].lower) is not None and (
        j + 1 == len(toks) or not toks[j + 1].word[0].isalnum()
    )


def _plural_possessive_mark(toks: list[Token], j: int) -> bool:
    """Whether toks[j] is the apostrophe of a plural possessive (`_plural_possessive`) inside a
    noun phrase read forward: a name or a noun after it ("Nurses' Association", "veterans’
    groups"), not a closing quotation mark."""
    if j + 1 >= len(toks) or not _plural_possessive(toks, j):
        return False
    after = toks[j + 1]
    return after.start == toks[j].end + 1 and (after.capitalized or after.lower in _NOUN_WORDS)


def _ing_noun_after(toks: list[Token], j: int, last: int | None) -> bool:
    """Whether toks[j] is a noun in -ing that a singular common noun before it modifies ("a
    board meeting", "the council hearing"), not a participle ("officials meeting in Paris")."""
    if last != j - 1 or toks[j].lower not in NOUNS_IN_ING_ED or not toks[j].lower.endswith("ing"):
        return False
    noun = toks[last]
    return noun.word.islower() and noun.lower in _NOUN_WORDS and not noun.lower.endswith("s")


def _verb_between_names(toks: list[Token], j: int) -> bool:
    """Whether toks[j], a lower-case word in "-s" or "-ed" between two capitalised words, is
    a verb in the present or the past ("Vexo buys Nimbo", "Justice Department sues Vantix",
    "The SEC sued Trellium", "Police arrested Tom Lee"); not a participle of a compound
    modifier ("said Paris *based* Vexo spokesman Ann Lee")."""
    word = toks[j].word
    return (
        0 < j < len(toks) - 1
        and (
            word.endswith("s")
            and not word.endswith("ss")
            or word.endswith("ed")
            and word not in COMPOUND_PARTICIPLES
        )
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
    ending the apposition that starts at toks[first], or of a colon before a quotation ("Said
    Ann Lee, a nurse: “...”"); None if none."""
    return next(
        (
            k
            for k, t in enumerate(toks[first:])
            if t.word in {",", ";", "“", "”", '"'}
            or (
                t.word == ":"
                and first + k + 1 < len(toks)
                and toks[first + k + 1].word in TITLE_OPENING_MARKS
            )
            or (t.word == "." and not _is_title_dot(toks, first + k))
            or (t.word == "." and toks[first + k - 1].word.islower())  # "the union's president."
        ),
        None,
    )


def _made_after(toks: list[Token], last: int) -> Phrase | None:
    """'court documents filed in May, ...', 'a poll released Monday, ...', 'emails first
    reported by the Courier, ...': a document (ending at toks[last]) and the participle
    saying how it was made, an adverb at most between, read forward: the document is the
    speaker phrase, the participle's clause up to its comma its appositive (what the content
    follows). None if toks[last] is no such document."""
    head = toks[last]
    if last + 2 >= len(toks) or head.lower not in DOCUMENT_WORDS or not head.word.islower():
        return None
    made_at = last + 1
    if participle_adverb(toks[made_at].lower):
        made_at += 1
    if made_at + 1 >= len(toks) or toks[made_at].lower not in DOCUMENT_PARTICIPLES:
        return None
    comma = next((k for k in range(made_at + 1, len(toks)) if toks[k].word in ',.;:“”"'), None)
    if comma is None or toks[comma].word != ",":
        return None
    made = (toks[last + 1].start, toks[comma - 1].end)
    return _phrase_of(tuple(toks[: last + 1]), made)


def _department_end(toks: list[Token], first: int) -> int | None:
    """The index of the last of one or two lower-case words from `first` that a comma
    closes, a role's field or department ("head of *distribution*, Kofi Mensah", "director of
    *retail sales*,"); None if no comma closes them there."""
    for k in range(first, min(len(toks), first + 3)):
        if toks[k].word == "," and k > first:
            return k - 1
        if not (toks[k].word.isalpha() and toks[k].word.islower()):
            return None
    return None


def _in_charge_of(toks: list[Token], k: int) -> bool:
    """Whether toks[k:] open with "in charge of" and a word, a role's complement ("the
    minister in charge of ports")."""
    return (
        k + 3 < len(toks)
        and toks[k].lower == "in"
        and toks[k + 1].lower == "charge"
        and toks[k + 2].lower == "of"
    )


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
    if _in_charge_of(toks, preposition):
        preposition += 2  # "the secretary in charge of Kerala, Ann Lee": "of" its complement's
    connector = toks[preposition].lower
    document = head.lower in DOCUMENT_WORDS
    if document and connector not in _DOCUMENT_CONNECTORS and connector != "from":
        return None
    if not document and (head.lower not in ROLE_NOUNS or connector not in COMPLEMENT_PREPOSITIONS):
        return None
    end = _phrase_end(toks, preposition + 1)
    if end is None and not document:
        end = _department_end(toks, preposition + 1)  # "head of distribution, Kofi Mensah"
    if end is None:
        return None
    source = toks[preposition + 1 : end + 1]
    if document and connector == "from" and not _place_named(source):
        return _phrase_of(tuple(source))  # "a statement from the ministry": the ministry's
    described = _phrase_of(tuple(toks[: end + 1]))
    if _titled_possessor(toks, preposition, end - 1):
        return described  # "the secretary of state's office": the office, no role's
    span = described.span
    if document:
        return described
    stop = _apposition_end(toks, end + 2) if end + 2 < len(toks) else None
    if (
        toks[end + 1 : end + 2]
        and toks[end + 1].word == ","
        and stop
        and head.lower in PERSON_ROLES
        and not state_after_town(toks, end + 2)  # "the mayor of Brill, Ont.,"
    ):
        name = toks[end + 2 : end + 2 + stop]
        if _proper_name(toks, end + 2, end + 2 + stop):
            complement = _body_apposed(toks, end, name)
            if complement is not None:  # "a spokesman for the utility, Harlow Power, ..."
                return _phrase_of((*toks[:complement], *name))
            return _phrase_of(tuple(name), span)
    return _new_phrase(span, (*(t.word for t in toks[: last + 1]), "…"))
