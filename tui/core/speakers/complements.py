"""A speaker phrase with words after its head, read backward from the cue: a complement
("the head of the agency", "a report by the council"), a relative clause ("the nurse who
treated him", "the experts I interviewed"), a postmodifier ("a person familiar with the
talks"), how a document was made ("a survey conducted in May"), "named" and a name.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from tui.core.given_names import UNISEX_NAMES
from tui.core.lexicon import (
    ACT_ROLE_NOUNS,
    ANONYMOUS_HEADS,
    ANONYMOUS_POSTMODIFIERS,
    AUTHOR_PRONOUNS,
    AUTHORED_PARTICIPLES,
    BODY_ARMS,
    BODY_CLAUSE_VERBS,
    COMMON_SURNAMES,
    COMPLEMENT_PREPOSITIONS,
    COPY_WORDS,
    DETERMINERS,
    DOCUMENT_DEEDS,
    DOCUMENT_PARTICIPLES,
    DOCUMENT_WORDS,
    FEMALE_NOUNS,
    FUNCTION_WORDS,
    HARM_EVENTS,
    INSTITUTION_OF_HEADS,
    INVERTING_VERBS,
    KIN_BODIES,
    MALE_NOUNS,
    NUMBER_WORDS,
    PARTICIPLE_PREPOSITIONS,
    PARTITIVE_QUANTIFIERS,
    PARTY_MEMBERS,
    PEOPLE_WITHOUT_S,
    PERSON_BODY_LINKS,
    PERSON_PRONOUNS,
    PLACE_MODIFIERS,
    PLACE_NAME_ENDINGS,
    PLACE_NAMES,
    PLACE_PREPOSITIONS,
    PLURAL_PRONOUNS,
    ROLE_NOUNS,
    THING_PRONOUNS,
    TIME_LEADS,
    TIME_WORDS,
    TITLES,
    TO_ROLES,
)
from tui.core.organizations import (
    MEDIA_NOUNS,
    ORGANIZATION_MARKERS,
    ORGANIZATION_NOUN_PLURALS,
    ORGANIZATION_NOUNS,
    UTILITY_NAME_WORDS,
)
from tui.core.speaker_kinds import BODY_KINDS, PERSON_ROLES, marked_kind, people_plural
from tui.core.speakers.gender import _known_given
from tui.core.speakers.noun_phrases import (
    _adverb,
    _count_word,
    _fraction_word,
    _noun_phrase_before,
    _participle,
    _past_participle,
    _per_cent,
    _percent_sign,
    _phrase_at,
    _plural_head,
)
from tui.core.speakers.sentences import _opens_line_or_sentence
from tui.core.speakers.tokens import (
    _ARTICLES,
    _LOWER,
    _NOT_NAME,
    _NOUN_WORDS,
    INDEFINITE_WORDS,
    SOURCE_POSTMODIFIER,
    Phrase,
    Token,
    _is_title_dot,
    _new_phrase,
    _phrase_of,
    _possessive,
    class_suit,
    participle_adverb,
)
from tui.core.text import alternation

# Subject pronouns of a relative clause without "who" after a speaker: "the experts I
# interviewed said".
_CONTACT_SUBJECTS = frozenset({"i", "we", "you", "he", "she", "they"})
_ROLES_OR_DOCUMENTS = ROLE_NOUNS | DOCUMENT_WORDS
# Heads of a speaker phrase with a complement: "a spokesman for X", "a coalition of X",
# "charities in Calais", "a Democrat from Maple Grove", "staff at a clinic in Leeds"; those
# that speak without an article before them.
_COMPLEMENTED_HEADS = (
    _ROLES_OR_DOCUMENTS
    | ORGANIZATION_NOUNS
    | ORGANIZATION_NOUN_PLURALS
    | PARTY_MEMBERS
    | INSTITUTION_OF_HEADS
    | PEOPLE_WITHOUT_S
)
_BARE_COMPLEMENTED_HEADS = _ROLES_OR_DOCUMENTS | ORGANIZATION_NOUN_PLURALS | PEOPLE_WITHOUT_S
# Institutions named by their field, which speak only as an article and the noun ("The board
# of trade said"); inside a longer phrase the role before them speaks.
_INSTITUTIONS_ONLY = INSTITUTION_OF_HEADS - _ROLES_OR_DOCUMENTS - ORGANIZATION_NOUNS
_THAT_OR_WHICH = frozenset({"that", "which"})
_PERFECT_AUXILIARIES = frozenset({"has", "have", "had"})
# Determiners of an indefinite plural that a place's name after it describes ("two farmers
# from Reno", "several nurses in Ely"): quantities, spelled out or in digits.
_INDEFINITE_PLURAL = frozenset(NUMBER_WORDS) | frozenset({"several", "some", "many", "few"})
# What opens a complement: COMPLEMENT_PREPOSITIONS, and the prepositions of place that tell
# where people who speak are ("residents along the river", "charities across the region",
# "protesters outside the Legislature").
_COMPLEMENT_OPENERS = COMPLEMENT_PREPOSITIONS | frozenset(
    "across along near outside throughout without".split()
)
# The last words of a body's name apposed to the noun of a body ("the utility, Harlow Power";
# the markers hold the trades and the corporate words): no surname's alone ("Morgan Steel")
_BODY_NAME_ENDS = ORGANIZATION_MARKERS | UTILITY_NAME_WORDS
# "the bank in Ohio", "the mother of the victim", "the youth wing of the party": one unnamed
# source
_COMPLEMENTED_NAMES = (
    ROLE_NOUNS - ACT_ROLE_NOUNS  # "the signing of the treaty": an act, not a player
    | ORGANIZATION_NOUNS
    | ORGANIZATION_NOUN_PLURALS
    | MALE_NOUNS
    | FEMALE_NOUNS
    | KIN_BODIES
    | BODY_ARMS
)
# Words that lead a name after a description: "a farmer named Ali Saleh", "nicknamed", "a
# commander known as Abu Omar".
_NAMING_LEADS = frozenset({"named", "nicknamed", "as"})
_DOCUMENT_CONNECTORS = frozenset({"of", "by", "in"})  # "a survey of workers", "a report by ..."
# Subjects of a relative clause without "that" after a document's word: "a study he led"
_DOCUMENT_RELATIVE_SUBJECTS = _CONTACT_SUBJECTS - {"you"}
# When a document was made, before the event that dates it: "polls before the vote", "a
# survey after the debate" (the document speaks, not the event).
_DOCUMENT_TIMES = frozenset({"before", "after", "during"})
# "a report by X", "a study in The Lancet", "the poll before the debate"
_DOCUMENT_SOURCES = _DOCUMENT_CONNECTORS - {"of"} | _DOCUMENT_TIMES
# After a document's word heading a speaker phrase: "two reports from Geneva" (the place's
# name after "from" is left in the phrase; a body's or a person's speaks alone)
_DOCUMENT_HEAD_CONNECTORS = _DOCUMENT_CONNECTORS | _DOCUMENT_TIMES | {"from"}
_POSTMODIFIER = re.compile(
    r"\b(?P<modifier>" + alternation(ANONYMOUS_POSTMODIFIERS) + r")\b[^,.;:“”\"]{0,80}$"
)
_REASON_AFTER = re.compile(r"\s+because\b")  # why the source is unnamed, after its condition
# A lower-case word right before a phrase: the verb it is the object of ("read *the letter*").
_WORD_BEFORE = re.compile(r"[a-z] ")
# Tokens of a relative clause before a cue: with "who", a clause of its own ("Truckers who
# haul fish across the bay say"); with "that" or "which", fewer ("The union which was hit by
# walkouts in the last three years said": the union, not all of it).
_MAX_RELATIVE = 14
# From so many tokens on, a conjunction at most `_JOINED_SUBJECT` tokens before the cue ends a
# "who" clause: the words after it are the next clause's subject ("thanked the volunteers who
# cleaned up the park along the river *and officials* said": officials; not "a trader who now
# lives abroad and spoke to the Herald on condition ..., said").
_JOINED_RELATIVE = 9
_JOINED_SUBJECT = 4
_CLAUSE_JOINERS = frozenset({"and", "or", "but", "yet"})
_MAX_THAT_RELATIVE = 9
_RELATIVE_LEADS = frozenset("first also has have had once".split())  # "that first posted"


def _owner_after_of(toks: list[Token], k: int) -> bool:
    """Whether toks[k] ends an owner standing alone after "of", a possessive name or pronoun:
    "of Dana Holt's", "of hers"."""
    if toks[k].lower not in _INDEPENDENT_POSSESSIVES and not _possessive(toks[k].word):
        return False
    while k > 0 and toks[k - 1].capitalized and toks[k].capitalized:
        k -= 1
    return k > 0 and toks[k - 1].lower == "of"


_INDEPENDENT_POSSESSIVES = frozenset("his hers theirs ours mine yours".split())


def _participle_object(text: str, toks: list[Token], found: Phrase, first: int) -> Phrase | None:
    """'A lawyer representing Ann Lee', 'the firm advising the city': the role or the
    organization before a participle speaks, not the participle's object (`found`, whose first
    token is toks[first]); one unnamed speaker, described by all of it."""
    described = _participle_description(text, toks, first)
    counted = _counted_object(toks, first)
    if described is None and counted < first:
        # "The union representing about 9,000 of its drivers and mechanics": the union
        described = _participle_description(text, toks, counted)
    if described is None and first >= 3 and toks[first - 1].lower in _OWNER_LINKS:
        # "A lawyer representing the family of the victim": the object is "the family of
        # ..."; "Voters interviewed outside polling places in Elm County": the places' town
        owner = _phrase_at(text, toks, first - 2)
        if owner is not None:
            described = _participle_description(text, toks, first - 1 - len(owner.tokens))
        bare = _bare_plural(toks, first - 1) if described is None else None
        if bare is not None:
            described = _participle_description(text, toks, bare)
    if described is None:
        return None
    return _new_phrase((described.span[0], found.span[1]), described.words + ("…",))


_BARE_MODIFIERS = 2  # the most lower-case words before a bare plural: "rural polling places"


def _bare_plural(toks: list[Token], link: int) -> int | None:
    """Where a bare plural in lower case ending before toks[link] opens ("*polling places*
    in", "*malls* in"), after the preposition of a participle before it; None if no such
    plural stands there."""
    head = link - 1
    if not toks[head].word.islower() or not _plural_head(toks[head].lower):
        return None
    k = head
    while (
        k > head - _BARE_MODIFIERS
        and k >= 1
        and toks[k - 1].word.islower()
        and toks[k - 1].lower not in FUNCTION_WORDS
        and toks[k - 1].lower not in PARTICIPLE_PREPOSITIONS
    ):
        k -= 1
    return k if k >= 1 and toks[k - 1].lower in PARTICIPLE_PREPOSITIONS else None


# Words before a count of a participle's object: "about 9,000", "more than 400".
_COUNT_QUALIFIERS = frozenset("about around roughly nearly almost some approximately over".split())
_COUNT_PAIRS = frozenset({("more", "than"), ("up", "to"), ("at", "least"), ("fewer", "than")})
_OWNER_LINKS = PLACE_PREPOSITIONS | {"of"}  # between a participle's object and its complement
_OWNER_WORDS = frozenset("the its their his her our".split())  # before a first conjunct


def _counted_object(toks: list[Token], first: int) -> int:
    """Where the object of a participle opens when the phrase at toks[first] ends it after a
    count or a conjunct that cut it: "representing [about 9,000 of] its drivers", "advising
    [two of] the banks", "representing [bus drivers and] mechanics"; `first` if neither
    stands before it, or if no present participle stands before them ("gathered at the hall
    and police said": two clauses)."""
    k = first
    if k >= 2 and toks[k - 1].lower in ("and", "or") and toks[k - 2].word.islower():
        k -= 2  # "drivers and": the first conjunct, a lower-case noun
        # "Corvane's drivers and", "its drivers and"
        k -= k >= 1 and (_possessive(toks[k - 1].word) or toks[k - 1].lower in _OWNER_WORDS)
    if k >= 2 and toks[k - 1].lower == "of" and _count_word(toks[k - 2]):
        k -= 1  # "two of the banks"
    if k >= 1 and _count_word(toks[k - 1]):
        k -= 1
        if k >= 1 and toks[k - 1].lower in _COUNT_QUALIFIERS:
            k -= 1
        elif k >= 2 and (toks[k - 2].lower, toks[k - 1].lower) in _COUNT_PAIRS:
            k -= 2
    if k >= 2 and _count_word(toks[k]):
        if toks[k - 1].lower in _OWNER_WORDS:
            k -= 1  # the owner before the count: "the 16 teachers", "its 40 drivers"
        elif _possessive(toks[k - 1].word):
            k -= 1  # "the school's 16 teachers"
            k -= k >= 2 and toks[k - 1].lower == "the"
    return k if k >= 1 and _participle(toks[k - 1]) else first


def _name_after_named(text: str, toks: list[Token], i: int) -> Phrase | None:
    """'a retired machinist named Tom Vale said', 'a commander known as Abu Omar said': a
    description in lower case, "named" (or another `_NAMING_LEADS`) and a name of up to three
    capitalised words ending at toks[i]: the name speaks, the description is its role."""
    j = next(
        (k for k in range(i - 1, i - 4 if i > 3 else 0, -1) if toks[k].lower in _NAMING_LEADS), 0
    )
    if not j or not all(t.capitalized for t in toks[j + 1 : i + 1]):
        return None  # most calls: no "named" among the three words before
    name = tuple(toks[j + 1 : i + 1])
    if toks[j].lower == "as":
        if toks[j - 1].lower != "known":
            return None
        j -= 1  # "known as"
    described = _phrase_at(text, toks, j - 1)
    if described is None or not all(
        w.islower() or w.lower() in DETERMINERS for w in described.words
    ):
        return None
    return _phrase_of(name, described.span)


def _postmodifier(text: str, start: int, end: int) -> re.Match[str] | None:
    """`_POSTMODIFIER` in text[start:end], searched only where one of its words is."""
    if SOURCE_POSTMODIFIER.search(text, start, end) is None:
        return None  # the common case: a scan without a word boundary tried at each position
    return _POSTMODIFIER.search(text, start, end)


def _made_document(text: str, toks: list[Token], i: int) -> Phrase | None:
    """'a survey conducted in May shows', 'the average of polls taken this week shows',
    'emails first reported by the Courier show': a document before a participle saying how it
    was made (an adverb at most between) is the speaker phrase (with the noun whose complement
    it is), not a noun inside the participle's adjunct ("this week")."""
    if DOCUMENT_PARTICIPLES.isdisjoint(map(_LOWER, toks)):
        return None  # the common case, told at once
    for k in range(i, 0, -1):
        if toks[k].lower not in DOCUMENT_PARTICIPLES:  # each a word: tried first, as cheaper
            if not toks[k].word[0].isalnum():
                return None
            continue
        head = k - 1  # the document's noun, or an adverb before the participle
        if k >= 2 and participle_adverb(toks[head].lower):
            head -= 1  # "emails *first* reported"
        if toks[head].lower in DOCUMENT_WORDS or (
            head > 0 and class_suit(toks[head - 1].lower, toks[head].lower)
        ):  # "a class action": its word before, never the last token's
            document = _phrase_at(text, toks, head)
            if document is None:
                return None
            first = bisect_left(toks, (document.span[0],))
            if first >= 2 and toks[first - 1].lower == "of":  # "the average of polls"
                outer = _phrase_at(text, toks, first - 2)
                if outer is not None:
                    first = bisect_left(toks, (outer.span[0],))
            return _phrase_of(tuple(toks[first : head + 1]))
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
    belong to it ("Nurses in northern Ontario"), and so does "the late" before a name ("the
    family of the late Tom Vale")."""
    if first > 3 and toks[first - 1].lower == "late" and toks[first - 2].lower == "the":
        found = _phrase_of(tuple(toks[first - 2 : first + len(found.tokens)]))
        first -= 2
    elif first > 2 and toks[first - 1].lower == "no" and toks[first - 2].lower == "with":
        # "Workers with no contract": "no" is the complement's determiner
        found = _phrase_of(tuple(toks[first - 1 : first + len(found.tokens)]))
        first -= 1
    elif first > 4 and toks[first - 1].lower == "to" and (ties := _ties(toks, first - 2)):
        # "A group with ties to the party": the ties open the complement, the party no speaker
        found = _phrase_of(tuple(toks[ties : first + len(found.tokens)]))
        first = ties
    elif (
        first > 3
        and toks[first - 1].lower == "of"
        and toks[first - 2].lower in _PARTITIVES
        and _complement_opens(toks, first - 3)
    ):  # "A teacher at one of the schools": the partitive opens the complement
        found = _phrase_of(tuple(toks[first - 2 : first + len(found.tokens)]))
        first -= 2
    else:  # "Families of the four victims", "of the 12 miners": the count and its article
        counted = first - 1 if first > 3 and toks[first - 1].word.isdigit() else first
        if toks[counted - 1].lower in DETERMINERS and _count_word(toks[counted]):
            found = _phrase_of(tuple(toks[counted - 1 : first + len(found.tokens)]))
            first = counted - 1
        elif first > 2 and _count_word(toks[first - 1]) and _complement_opens(toks, first - 2):
            # "A union with 900 members", "Lawyers for 12 families": the count opens it
            found = _phrase_of(tuple(toks[first - 1 : first + len(found.tokens)]))
            first -= 1
    modified = first
    while modified > 2 and toks[modified - 1].lower in PLACE_MODIFIERS:
        modified -= 1
    if modified < first and toks[first].capitalized:
        found = _phrase_of(tuple(toks[modified : first + len(found.tokens)]))
        first = modified
    if first < 2 or not _complement_opens(toks, first - 1):
        return None
    if toks[first - 1].lower == "of" and toks[first - 2].lower in HARM_EVENTS:
        return _victim_complement(text, toks, found, first)
    if _owner_after_of(toks, first - 2) or _in_charge_of(toks, first - 1):
        # "a colleague of Lee's at the bank", "a friend of hers at school", "the officer in
        # charge of the case": the role speaks
        return _role_with_complement(text, toks, first + len(found.tokens) - 1)
    before = first - 2
    if _acronym_bracket(toks, before) and before >= 3:
        before -= 3  # "the Trade Union Congress (TUC) in the state": the body's name
    name = _phrase_at(text, toks, before)
    if name is None and _possessive(toks[first - 2].word):
        # "Parents at St Joseph's in Kilmorack": a place named by a possessive, itself a
        # role's complement, as "Nurses at Mercy Hospital in Dayton" below
        return _role_with_complement(text, toks, first + len(found.tokens) - 1)
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
    if (
        toks[first - 1].lower == "of"
        and name.words[-1].lower() in COPY_WORDS
        and found.words[-1] in DOCUMENT_WORDS
    ):  # "Copies of the emails show": the copies with the text they copy, a document
        return _phrase_of(tuple(toks[k : first + len(found.tokens)]))
    described = toks[first - 1].lower != "of" and _someone_described(name)
    capitals = [w for w in name.words if w[0].isupper() and w.lower() not in _NOT_NAME]
    if capitals and not described and not _capital_of_the_opening_only(text, name, capitals):
        if toks[first - 1].lower in PERSON_BODY_LINKS and marked_kind(found.words) in BODY_KINDS:
            # "Lionel Achebe of the Rasmund Institute", "Sgt. Ann Tully with the Dorn Police
            # Department": the body after "of" is the name's, read as after the cue ("said
            # Lionel Achebe of the Rasmund Institute")
            return _phrase_of(tuple(toks[k : first + len(found.tokens)]))
        return name
    if (
        name.words[-1].lower() in _COMPLEMENTED_NAMES
        or _share_of(toks, first - 2)
        or described
        or _bare_people(name)
    ):  # "the head of the agency", "a farmer in Reno" (not "a series of tweets"): one unnamed
        return _new_phrase((name.span[0], found.span[1]), name.words + ("…",))
    return None


def _in_charge_of(toks: list[Token], of: int) -> bool:
    """Whether "of" at toks[of] ends "in charge of" after a role ("the officer in charge of
    the case"), not the title "Special Agent in Charge" before a name."""
    return (
        of >= 3
        and toks[of].lower == "of"
        and toks[of - 1].word == "charge"
        and toks[of - 2].lower == "in"
    )


_PARTITIVES = frozenset(PARTITIVE_QUANTIFIERS)  # "at one of the schools", "for some of them"
_TIES = frozenset({"ties", "links", "connections"})  # "with ties to" a body or a person


def _ties(toks: list[Token], k: int) -> int:
    """Where "ties" (or "links", "connections") at toks[k] and their modifiers open after
    "with": "with (close) ties to"; 0 if they are no such complement."""
    if toks[k].lower not in _TIES:
        return 0
    first = k
    while first > 2 and toks[first - 1].word.isalpha() and toks[first - 1].word.islower():
        if toks[first - 1].lower == "with":
            return first
        first -= 1
    return 0


def _bare_people(name: Phrase) -> bool:
    """Whether `name` is a plural noun for people by what they do, with no article, a
    modifier or two before it or none ("riders", "Commuters", "Lobster fishermen"), which a
    complement after it describes: "riders at several stops said", "commuters on two lines
    reported", "Lobster fishermen in Halifax say" (the people, not the stops or the town)."""
    words = name.words
    return (
        len(words) <= 3
        and people_plural(words[-1].capitalize())
        and (len(words) == 1 or words[0].lower() not in DETERMINERS)
        and all(w.islower() for w in words[1:])
    )


def _victim_complement(text: str, toks: list[Token], found: Phrase, first: int) -> Phrase | None:
    """'A jury at an inquest into the death of a worker recommended', 'the panel examining
    the killing of Ann Lee said': the victim (`found`, from toks[first]) after a harm's noun
    and "of" is no speaker; the noun phrase the chain of complements and participles before
    the harm opens with speaks, one unnamed source described by all of it."""
    if first < 3 or toks[first - 1].lower != "of" or toks[first - 2].lower not in HARM_EVENTS:
        return None
    head, j = None, first - 2
    while (phrase := _linked_phrase(text, toks, j)) is not None:
        head, k = phrase, bisect_left(toks, (phrase.span[0],))
        if k < 2 or not (toks[k - 1].lower in _HARM_LINKS or _participle(toks[k - 1])):
            break
        j = k - 2
    if head is None or head.words[-1].lower() in HARM_EVENTS:
        return None
    if head.words[-1].lower() in DOCUMENT_WORDS:
        return head  # "An inquiry into the death of Ann Lee found": the inquiry, a document
    return _new_phrase((head.span[0], found.span[1]), head.words + ("…",))


def _linked_phrase(text: str, toks: list[Token], j: int) -> Phrase | None:
    """The noun phrase ending at toks[j], or an article and a noun in -ing ("the drowning", "a
    hearing"), which `_phrase_at` reads as a participle."""
    if j >= 1 and toks[j - 1].lower in _ARTICLES and _participle(toks[j]):
        return _phrase_of((toks[j - 1], toks[j]))
    return _phrase_at(text, toks, j)


# Prepositions linking a body to the harm it looks into: "an inquest *into* the death of".
_HARM_LINKS = COMPLEMENT_PREPOSITIONS | frozenset({"into"})


def _share_of(toks: list[Token], k: int) -> bool:
    """Whether toks[k], before "of", ends a share of the people after it: "per cent", a "%"
    after its number, a fraction ("62 per cent of nurses", "41% of voters", "a third of
    respondents", "two-thirds of drivers")."""
    return (
        _per_cent(toks, k)
        or _percent_sign(toks, k)
        or _fraction_word(toks[k].lower)
        and toks[k + 1].lower == "of"
    )


def _someone_described(name: Phrase) -> bool:
    """Whether `name` is an indefinite common noun phrase ("A farmer", "two shopkeepers", "12
    nurses") or party member ("a Liberal", "two Republicans"), which a place's name after it
    describes: no document ("a survey in Reno" is made), no spell of time ("two weeks in
    Paris")."""
    words = name.words
    first = words[0].lower()
    return (
        len(words) >= 2
        and (first in INDEFINITE_WORDS or first in _INDEFINITE_PLURAL or first.isdigit())
        and (words[-1].islower() or words[-1].lower().removesuffix("s") in PARTY_MEMBERS)
        and words[-1] not in DOCUMENT_WORDS
        and words[-1] not in TIME_WORDS
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
    words = name.words
    return (
        capitals == [words[0]]
        and (words[-1].islower() if len(words) > 1 else words[0].lower() in KIN_BODIES)
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
    if (
        toks[first - 1].lower in _DOCUMENT_TIMES
        and _agent(found)
        and _WORD_BEFORE.fullmatch(text, max(0, document.span[0] - 2), document.span[0])
    ):
        # "read the letter after *the board* voted": a clause's subject, no event, when a
        # word (its verb) stands before the document; not the sentence's subject ("The
        # report before the council warned", "On Monday, the report ...": the report's)
        return None
    last = next(k for k in range(len(toks) - 1, -1, -1) if toks[k].end == found.span[1])
    joined = document.tokens + tuple(toks[first - 1 : last + 1])
    if _document_head(list(joined)) is None:
        return None
    return _phrase_of(joined)


def _agent(found: Phrase) -> bool:
    """Whether `found` is headed by people or a body ("the board", "lawmakers"), who act, not
    by an event ("the debate"): after "before" or "after" it opens a clause, not a time."""
    return found.words[-1].lower() in ROLE_NOUNS or marked_kind(found.words) in BODY_KINDS


def _body_described_by_clause(toks: list[Token]) -> str | None:
    """The body noun of a phrase that describes the body by a clause with a name for its
    subject and no "that" ("the company Musk runs", "a firm Jones founded", "the charity Lee
    set up"), lower case: a body not named; None if the phrase is no such one ("the firm
    Brillo" names it)."""
    end = len(toks) - (toks[-1].lower == "up" and toks[-2].lower == "set")
    verb = end - 1
    if verb < 3 or toks[verb].lower not in BODY_CLAUSE_VERBS or toks[0].lower not in _ARTICLES:
        return None
    head = next((j for j in range(1, verb) if toks[j].capitalized), verb) - 1
    if not 1 <= head < verb - 1 or not all(t.capitalized for t in toks[head + 1 : verb]):
        return None
    noun = toks[head]
    if not noun.word.islower() or noun.lower not in ORGANIZATION_NOUNS:
        return None
    return noun.lower if all(t.word.islower() for t in toks[1:head]) else None


def _document_head(toks: list[Token]) -> str | None:
    """The document word heading a noun phrase before its first "of", "by", "in" or "from"
    ("a survey of dock workers", "a report by the council", "a study in The Lancet") or before
    the subject of
    its relative clause ("a study she led"), lower case; None if the word before is no document
    word, or a capitalised one ("The Post of ..."), or if a common noun stands before it: the
    phrase is then no noun phrase ("the ad uses footage of ..."). A participle and its
    preposition after a document word end its head too: "a post shared on Facebook", "a video
    circulating on TikTok" (the document, not the platform, speaks)."""
    for j in range(1, len(toks)):
        lower = toks[j].lower
        if toks[j - 1].lower in DOCUMENT_WORDS and _circulated(toks, j):
            plain = toks[j - 1].word.islower() or _opening_plain(toks, j)  # "Polling released"
            return toks[j - 1].lower if plain else None
        if lower == "by" and j > 1 and toks[j - 1].lower in AUTHORED_PARTICIPLES:
            j -= 1  # "Polling released by the institute": the document before its participle
        if lower in _DOCUMENT_HEAD_CONNECTORS or lower in _DOCUMENT_RELATIVE_SUBJECTS:
            head = toks[j - 1]
            if head.lower not in DOCUMENT_WORDS or not (
                head.word.islower() or _opening_plain(toks, j)
            ):
                return None
            if any(t.lower in _NOUN_WORDS and t.word.islower() for t in toks[: j - 1]):
                return None
            return head.lower
    return None


def _opening_plain(toks: list[Token], j: int) -> bool:
    """Whether toks[j - 1], a document's word before the connector toks[j], is the phrase's
    first word, capitalised only as such, a lower-case word after it: "Tests of the water"
    (not the name "Journal of Commerce")."""
    return (
        j == 1 and toks[0].word[1:].islower() and j + 1 < len(toks) and toks[j + 1].word.islower()
    )


def _circulated(toks: list[Token], j: int) -> bool:
    """Whether toks[j] is a participle with a preposition after it, an adverb between or
    none: "shared on", "circulating widely on", "posted to"."""
    tok = toks[j]
    if not (_participle(tok) or _past_participle(tok)):
        return False
    k = j + 2 if j + 2 < len(toks) and _adverb(toks[j + 1]) else j + 1
    return k < len(toks) and toks[k].lower in PARTICIPLE_PREPOSITIONS


def _place_named(name: Sequence[Token]) -> bool:
    """Whether `name` is a known place's that is no seat of government ("Geneva", a town's
    "Lakeview"), where documents come from ("two reports from Geneva": the reports speak); any
    other name is the source ("a report from Reuters", "a letter from Biden", "a statement from
    Downing Street")."""
    words = [t.word for t in name]
    if not all(t.capitalized for t in name) or marked_kind(words) is not None:
        return False
    joined = " ".join(words).lower()
    return joined in PLACE_NAMES or len(name) == 1 and joined.endswith(PLACE_NAME_ENDINGS)


def _complement_opens(toks: list[Token], k: int) -> bool:
    """Whether toks[k] is a preposition that may open the complement of the word before it
    ("of", "at"; "to" after "ambassador", "adviser"; "responsible for")."""
    connector = toks[k].lower
    return (
        connector in _COMPLEMENT_OPENERS
        or (connector == "to" and k > 0 and toks[k - 1].lower in TO_ROLES)
        # "the minister responsible for housing": an office's charge after an adjective
        or (connector == "responsible" and k + 1 < len(toks) and toks[k + 1].lower == "for")
    )


def _role_with_complement(text: str, toks: list[Token], index: int) -> Phrase | None:
    """'Experts on Iran and missile defence', '62 per cent of nurses': a role noun or a share
    and its prepositional complement, ending at toks[index]."""
    if toks[index].lower in FUNCTION_WORDS:
        return None  # "a review of the defenses and": no noun ends the phrase
    # "chairman of the Trade Union Congress (TUC) in the state": a body's acronym in
    # parentheses, three tokens more within reach
    reach = 12 if text.find(")", toks[max(0, index - 8)].start, toks[index].start) >= 0 else 9
    for k in range(index - 2, index - reach if index > reach - 1 else -1, -1):
        if (
            not toks[k + 1].word[0].isalnum()
            and not _is_title_dot(toks, k + 1)
            and toks[k + 1].word != "&"  # "for Hartley & Voss": a firm's partners
        ):
            if _acronym_bracket(toks, k + 1):
                continue
            return None  # a title's period may stand in the complement: "for St. Jude"
        if not _complement_opens(toks, k + 1):
            continue  # most words: no preposition after them, told before a share is looked for
        share = _share_of(toks, k)
        if toks[k].lower in _COMPLEMENTED_HEADS or share:
            head = _phrase_at(text, toks, k)
            if head is None:
                return None
            if toks[k].lower in _INSTITUTIONS_ONLY and not _article_and_noun(head):
                continue  # "A spokesperson for Chile's Ministry of Mining": the role speaks
            if (
                toks[k].lower not in _BARE_COMPLEMENTED_HEADS
                and not share
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
            elif not share and _titled_possessor(toks, k + 1, index - 1):
                return None  # "the secretary of state's office": the office speaks
            return _new_phrase((head.span[0], toks[index].end), head.words + ("…",))
    return None


def _acronym_bracket(toks: list[Token], j: int) -> bool:
    """Whether toks[j] is a bracket of a body's acronym in parentheses, "(TUC)", "(CoG)"."""
    word = toks[j].word
    if word == ")":
        inside = j - 1
    elif word == "(":
        inside = j + 1
    else:
        return False
    return (
        0 < inside < len(toks) - 1
        and toks[inside - 1].word == "("
        and toks[inside + 1].word == ")"
        and _ACRONYM.fullmatch(toks[inside].word) is not None
    )


# An acronym: two to six letters, capitals but for a lower-case one inside ("TUC", "CoG").
_ACRONYM = re.compile(r"[A-Z][A-Za-z]?[A-Z]{0,4}[A-Z]")


def _article_and_noun(head: Phrase) -> bool:
    """Whether `head` is an article and common nouns or adjectives ("The board", "the local
    chamber"), no name ("Chile's Ministry")."""
    return head.words[0].lower() in _ARTICLES and all(w.islower() for w in head.words[1:])


def _titled_possessor(toks: list[Token], of: int, possessor: int) -> bool:
    """Whether a role, "of" (toks[of]) and one bare word in the possessive (toks[possessor])
    make a title that owns the noun after it ("the secretary of state's office": the office
    heads); not a role of a determined owner ("the chairman of the company's board": the
    chairman heads)."""
    return toks[of].lower == "of" and possessor == of + 1 and _possessive(toks[possessor].word)


def _body_name(name: Sequence[Token]) -> bool:
    """Whether a name apposed to a body's noun is a body's though no kind marks it: its last
    word a company's or a utility's ("the utility, Harlow Power", "the agency, Brill
    Transit") after no given name, or one word that is no given name nor common surname
    ("the company, Vexor"); not a person's ("the company, Grant Hale", "the company, Tom
    Power", "the company, Smith", "the company, Morgan Steel": "Steel" a surname too)."""
    last = name[-1].lower.rstrip(".")
    if len(name) == 1:
        return not (
            _known_given(last) or last in UNISEX_NAMES or last in TITLES or last in COMMON_SURNAMES
        )
    first = name[0].lower
    return last in _BODY_NAME_ENDS and not (_known_given(first) or first in UNISEX_NAMES)


def _body_apposed(toks: list[Token], last: int, name: Sequence[Token]) -> int | None:
    """The index of the first word of the complement ending at toks[last], a body's noun,
    when `name`, after a comma, is an organization's or an outlet's that apposes it ("a
    spokesman for *the company*, Acme Corp": 'the'); None if not ("the head of the agency, Ann
    Lee": a person's name apposes the head)."""
    noun = toks[last].lower
    if noun not in ORGANIZATION_NOUNS and noun not in MEDIA_NOUNS:
        return None
    if marked_kind([t.word for t in name]) not in BODY_KINDS and not _body_name(name):
        return None
    k = last
    while k > 0 and toks[k - 1].lower not in COMPLEMENT_PREPOSITIONS:
        k -= 1
    return k if k > 1 else None


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
        if at >= 2 and _adverb(toks[at]):
            at -= 1  # "a video circulating widely on TikTok"
    if at < 1 or not (
        _participle(toks[at]) or preposition in PLACE_PREPOSITIONS and _past_participle(toks[at])
    ):
        return None
    noun = toks[at - 1].lower
    if (
        noun not in ORGANIZATION_NOUNS
        and noun not in PERSON_ROLES
        and noun not in DOCUMENT_WORDS  # "a clip circulating with the post"
        and not (_plural_head(noun) and _common_noun(text, toks[at - 1]))
    ):
        return None  # "delegates gathering at": people, by their plural
    return _phrase_at(text, toks, at - 1)


def _common_noun(text: str, tok: Token) -> bool:
    """Whether `tok` may be a common noun: in lower case, or capitalised only as its
    sentence's first word ("Delegates gathered at", not the surname in "..., Adams said in a
    research note")."""
    return tok.word.islower() or _opens_line_or_sentence(text, tok.start)


def _who_head(text: str, toks: list[Token], end: int, head: Phrase | None) -> Phrase | None:
    """What "who" after toks[end] stands for: a person's role and its complement ("A nurse at
    the clinic in Reno, who ..."), or an unnamed source and its postmodifier ("A person
    familiar with the talks, who ..."), not the place or the thing ending it; else `head`."""
    return _role_with_complement(text, toks, end) or _postmodified(text, toks, end) or head


def _which_head(text: str, toks: list[Token], head: Phrase, cue: str) -> Phrase:
    """What "which" before the cue word `cue` stands for after `head`, the agent of a
    document's "by": the document with it when the cue is a document's deed ("a 2019 review by
    the trade office, which found ..."); else `head` ("a lawsuit by the union, which said")."""
    k = bisect_left(toks, (head.span[0],))
    if cue not in DOCUMENT_DEEDS or k < 2 or toks[k - 1].lower != "by":
        return head
    noun = toks[k - 2]
    if noun.lower not in DOCUMENT_WORDS or not noun.word.islower():
        return head
    first = _noun_phrase_before(toks, k - 2)
    if first is None:
        return head
    return _phrase_of(tuple(toks[first : bisect_left(toks, (head.span[1],))]))


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
    # "A father of two who asked not to be named": the noun "of" complements speaks
    outer = _named_with_complement(text, toks, found, bisect_left(toks, (found.span[0],)))
    if outer is not None and outer.span[0] < found.span[0]:
        found = outer
    end = toks[i].end
    if _REASON_AFTER.match(text, postmodified.end("modifier")):
        # "A resident who did not want to be named because he feared ...": the reason is no
        # part of the description
        end = postmodified.end("modifier")
    return _new_phrase((found.span[0], end), found.words + ("…",))


# The relative pronouns opening a clause on a person, its subject or its possessor: "The
# nurse *who* treated him said", "Farmers *whose* crops failed said".
_SUBJECT_RELATIVES = frozenset({"who", "whose"})


def _relative_subject(
    text: str, toks: list[Token], i: int, reach: int = _MAX_RELATIVE
) -> Phrase | None:
    """'The nurse who treated him said', 'Officials who oversee the program said', 'The firm
    which owns the mill said', 'Farmers whose crops failed said': a noun phrase and its
    relative clause with "who" or "whose" (or "that",
    "which" after a noun of the lexicon), no punctuation in it, ending at toks[i], are
    the speaker phrase, headed by the noun (not the clause's object); None if no such
    clause ends there; `reach` tokens are looked at (more between commas)."""
    joined = False
    for j in range(i - 1, max(0, i - reach), -1):
        if not toks[j].word[0].isalnum():
            return None
        joined = joined or (i - j <= _JOINED_SUBJECT and toks[j].lower in _CLAUSE_JOINERS)
        if toks[j].lower in _SUBJECT_RELATIVES:
            if j >= 2 and toks[j - 1].lower == "and":
                if toks[j].lower == "who" and _object_relative(toks[j + 1]):
                    return None  # "... and who the government said it would deport"
                return _second_relative(text, toks, j - 2, i, reach)
            if joined and i - j >= _JOINED_RELATIVE:
                return None
            if _name_after_clause(toks, j, i):
                return None  # "Among those who booked is Ann Lee": the clause ended before
            head = _relative_head(text, toks, j - 1)
            if head is None or not (
                head.words[-1].islower() or all(w in PLACE_MODIFIERS for w in head.words[:-1])
            ):
                return None  # "Ann Lee who ...": a name is read as it was, not "rural Ohio"
            # "The family of a man who died said": the noun the clause's head complements
            outer = _named_with_complement(text, toks, head, bisect_left(toks, (head.span[0],)))
            if outer is not None and outer.words[-1] == "…":
                return _new_phrase((outer.span[0], toks[i].end), outer.words)
            return _new_phrase((head.span[0], toks[i].end), head.words + ("…",))
        if (
            toks[j].lower in _THAT_OR_WHICH
            and i - j < _MAX_THAT_RELATIVE
            and (_relative_verb(toks, j + 1, i) or _document_object(toks, j, i))
        ):
            # "A report last week that examined hiring said": the report's, past its time
            timed = _time_length(toks, j - 1) if j >= 3 else 0
            head = _phrase_at(text, toks, j - 1 - timed)
            if head is not None and head.words[-1] in _NOUN_WORDS:  # not "found that ..."
                return _new_phrase((head.span[0], toks[i].end), head.words + ("…",))
    return None


def _name_after_clause(toks: list[Token], relative: int, i: int) -> bool:
    """Whether a relative clause opened at toks[relative] ends before a verb of an inverted
    sentence and a name ending at toks[i]: "Among those who booked *is Ann Lee*", "Those who
    came *included Ann Lee*" (the clause has a word of its own before the verb)."""
    for k in range(relative + 2, i):
        if toks[k].lower in INVERTING_VERBS:
            return all(t.capitalized for t in toks[k + 1 : i + 1])
    return False


_SUBJECT_PRONOUNS = PERSON_PRONOUNS | PLURAL_PRONOUNS | THING_PRONOUNS | AUTHOR_PRONOUNS


def _object_relative(after_who: Token) -> bool:
    """Whether the word after "who" opens the clause's own subject ("who *the* government
    said it would deport", "who *she* met", "who *Lee* hired"): "who" its object."""
    return (
        after_who.lower in DETERMINERS
        or after_who.lower in _SUBJECT_PRONOUNS
        or after_who.word[0].isupper()
    )


def _second_relative(text: str, toks: list[Token], k: int, i: int, reach: int) -> Phrase | None:
    """A second relative clause joined by "and who" after the first, ending at toks[i]: "Two
    employees who were laid off, and who asked not to be named, told" (the clause before
    "and", a comma after it or not, ends at toks[k]); None if no first clause ends there."""
    if toks[k].word == ",":
        k -= 1
    first = _relative_subject(text, toks, k, reach) if k > 0 else None
    if first is None:
        return None
    end = toks[i].end
    condition = _postmodifier(text, toks[k].end, end)
    if condition is not None and _REASON_AFTER.match(text, condition.end("modifier")):
        # "..., and who asked not to be named because she still works there,": the reason
        # is no part of the description, as after one clause (`_postmodified`)
        end = condition.end("modifier")
    return _new_phrase((first.span[0], end), first.words)


def _time_length(toks: list[Token], i: int) -> int:
    """How many tokens a time ending at toks[i] takes: two for a lead and a time word ("this
    week", "on Friday"), one for a capitalised one ("Friday"), else none; a day's part after
    the day adds one ("on Monday afternoon": three)."""
    if toks[i].lower not in TIME_WORDS:
        return 0
    part = (  # "Monday afternoon", "Friday night"
        i >= 1
        and toks[i].word.islower()
        and toks[i - 1].lower in TIME_WORDS
        and toks[i - 1].word[0].isupper()
    )
    day = i - 1 if part else i
    if day >= 1 and toks[day - 1].lower in TIME_LEADS:
        return i - day + 2
    return i - day + 1 if toks[day].word[0].isupper() else 0


def _document_object(toks: list[Token], j: int, i: int) -> bool:
    """Whether toks[j], "that" or "which" after a document's word, opens a relative clause
    whose subject, up to three words, and past verb follow, ending by toks[i]: "the report
    that officials released on Friday", "the memo which the ministry sent"."""
    if j == 0 or toks[j - 1].lower not in DOCUMENT_WORDS:
        return False
    return any(
        _past_participle(toks[k]) and all(t.word.isalpha() for t in toks[j + 1 : k])
        for k in range(j + 2, min(j + 5, i + 1))
    )


def _relative_head(text: str, toks: list[Token], j: int) -> Phrase | None:
    """The noun phrase ending at toks[j] that a relative pronoun after it stands for, or
    "those" ("Those who voted for it said")."""
    head = _phrase_at(text, toks, j)
    if head is None and j >= 0 and toks[j].lower == "those":
        return _new_phrase(toks[j][:2], (toks[j].word,), tokens=(toks[j],))
    return head


def _relative_verb(toks: list[Token], k: int, i: int) -> bool:
    """Whether a relative clause's verb opens toks[k:i] after "that" or "which", past an
    adverb or an auxiliary: a past ("the page that (first) shared the claim"), any participle
    after "has" ("the firm which has lost"), a present in -s ("the firm that owns"); not a
    subject ("that officials", "that the page")."""
    perfect = False
    while k < i and (toks[k].lower in _RELATIVE_LEADS or _adverb(toks[k])):
        perfect = perfect or toks[k].lower in _PERFECT_AUXILIARIES
        k += 1
    if k >= i:
        return False
    verb = toks[k]
    return (
        _past_participle(verb)
        or (perfect and verb.word.isalpha() and verb.word.islower())
        or _present_in_s(verb)
    )


def _present_in_s(tok: Token) -> bool:
    """Whether `tok` may be a verb in the present's third person ("owns", "runs"): a lower-case
    word in -s (not -ss) that is no noun of the lexicon nor a function word."""
    word = tok.word
    return (
        word.isalpha()
        and word.islower()
        and len(word) > 3
        and word.endswith("s")
        and not word.endswith("ss")
        and word not in _NOUN_WORDS
        and word not in FUNCTION_WORDS
    )


def _anonymous_head(head: Token, modifier: Token) -> bool:
    """Whether `head` heads an unnamed source whose postmodifier opens with `modifier`: a
    head of `ANONYMOUS_HEADS` ("a person familiar with"), or any noun before a relative
    clause asking anonymity ("a nurse who asked not to be named")."""
    if head.lower in ANONYMOUS_HEADS:
        return True
    return (
        modifier.lower == "who"
        and head.word.isalpha()
        and head.word.islower()
        and head.lower not in _CLAUSE_JOINERS  # "... and who asked not to be named"
    )
