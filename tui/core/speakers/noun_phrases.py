"""The noun phrase that ends at a token, read backward: determiners, up to a few
modifiers (ages, years, participles, possessives), a head noun, and whether capitalised words
are a proper name. `_phrase_at` makes the `Phrase` of the one ending at a token.
"""

from __future__ import annotations

import re

from tui.core.lexicon import (
    AGENT_NOUN_ENDINGS,
    ANONYMOUS_HEADS,
    CHARGED_ROLES,
    CLAUSE_CONJUNCTIONS,
    CLAUSE_RELATIVES,
    COLLECTIVE_HEADS,
    CONTROL_CENTRES,
    COUNTED_ALONE,
    COUNTED_BODIES,
    CUE_AUXILIARIES,
    CUE_COMPOUND_HEADS,
    CUE_COMPOUNDS,
    DAY_NAME_ENDS,
    DESCRIBED_MEMBERS,
    DETERMINERS,
    FEAST_DAYS,
    FINITE_PASTS,
    FRACTION_WORDS,
    FUNCTION_WORDS,
    GOVERNMENT_PLACES,
    IRREGULAR_VERB_FORMS,
    MODALS,
    NAME_CONNECTORS,
    NOT_AGENT_NOUNS,
    NOUNS_IN_ING_ED,
    NUMBER_WORDS,
    ORDINAL_TITLE_HEADS,
    ORDINALS,
    ORGANIZATION_WORDS,
    PART_OPENERS,
    PEOPLES_NAMED_PLURAL,
    PERSON_MAKER_CRAFTS,
    PERSON_OBJECT_VERBS,
    PLAYING_POSITIONS,
    PLURAL_HEADS,
    PREPOSITIONS,
    QUALIFIERS_BEFORE,
    ROLE_NOUNS,
    SETTLEMENT_NOUNS,
    SHARE_HEADS,
    SHARE_LEADS,
    SPEAKER_DETERMINERS,
    SPEECH_CUES,
    SUBORDINATORS,
    TIME_MODIFIERS,
    TIME_WORDS,
    TITLE_GRADES,
    TITLES,
    UNINFLECTED_PASTS,
)
from tui.core.organizations import (
    CAMPAIGN_VERBS,
    NAME_SMALL_WORDS,
    ORGANIZATION_MARKERS,
    OUTLETS,
    PARTY_NAMES,
    ROMANCE_BODY_HEADS,
    ROMANCE_NAME_LINKS,
    SUBJECT_BODY_HEADS,
)
from tui.core.speaker_kinds import NAME_NUMBER, given_name, numbering_word
from tui.core.speakers.tokens import (
    _ARTICLES,
    _CUE_WORDS,
    _ELISIONS,
    _LOWER,
    _MAX_MODIFIERS,
    _MAY_STAND_BETWEEN,
    _NOUN_WORDS,
    _ROLES_OR_TITLES,
    _SEXED_NOUNS,
    Phrase,
    Token,
    _hyphened_name,
    _in_surname,
    _is_title_dot,
    _phrase_of,
    _possessive,
    ly_adverb,
    occupation_noun,
)
from tui.core.text import AGE_WORD, BUILD_WORD, CLOSING_QUOTE_MARKS, YEAR_NUMBER

# Heads a participle may name the kind of: "managing director", "the farming community".
_ROLES_AND_BODIES = ROLE_NOUNS | ORGANIZATION_WORDS | COLLECTIVE_HEADS
_CONTROL_HEADS = frozenset(centre.split()[-1] for centre in CONTROL_CENTRES)  # lower case
# The determiners where `_noun_phrase_before` stops, opening its phrase: not the demonstratives.
_DEMONSTRATIVES = frozenset({"that", "this"})  # singular: "those" may open a relative's head
# Prepositions before a demonstrative that make it a determiner: "contacted *by* this
# newspaper", "speaking *to* this reporter".
_AGENT_PREPOSITIONS = frozenset({"by", "to", "with"})
_PLURAL_DEMONSTRATIVES = frozenset({"these", "those"})
_PHRASE_DETERMINERS = DETERMINERS - _DEMONSTRATIVES - _PLURAL_DEMONSTRATIVES
# What a count after "of" counts the members or the people of: "a group of 40 doctors", "a
# town of 800 people" (`_noun_phrase_before`).
_COUNTED_IN = COUNTED_BODIES | SETTLEMENT_NOUNS
_PERSON_HEADS = _ROLES_OR_TITLES | ANONYMOUS_HEADS  # "That official", "this person"
_REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves"})
_APOSTROPHES = frozenset({"'", "’"})
# The heads of a body named after its members, a plural's mark before them: "the Farmers'
# Union", "the Ontario Nurses' Association".
MEMBERS_BODY_HEADS = ORGANIZATION_MARKERS | {"union"}
_ROMANCE_NAME_WORDS = 10  # the most words of a Romance body's name after its head
# Marks before a word that opens a clause: not a currency's sign ("$20 million experts").
_CLAUSE_MARKS = frozenset(',;:("“‘—–')
# The words of a qualifier before a count ("at least", "more than", "nearly"), longest first
# ("no fewer than" before "fewer than").
_COUNT_QUALIFIERS = sorted(
    (tuple(q.split()) for q in QUALIFIERS_BEFORE if q.replace(" ", "").isalpha()),
    key=len,
    reverse=True,
)
# ... by their last word, the one right before the count: the only ones a count may follow.
_QUALIFIERS_ENDING: dict[str, list[tuple[str, ...]]] = {
    last: [q for q in _COUNT_QUALIFIERS if q[-1] == last]
    for last in {q[-1] for q in _COUNT_QUALIFIERS}
}


def _name_initial(word: str) -> bool:
    """Whether a word opens as a word of a name does: a capital, or a hyphened particle."""
    return word[0].isupper() or (("-" in word or word[1:2] in _ELISIONS) and _hyphened_name(word))


def _verb_like(word: str) -> bool:
    """Whether a lower-case word after a subject's noun may be its verb, an adverb or a
    reflexive ("weighed", "says", "also", "himself"), not a noun it modifies ("head cook")."""
    return (
        word.endswith(("ed", "s", "ly"))
        or word in IRREGULAR_VERB_FORMS
        or word in _MAY_STAND_BETWEEN
        or word in _REFLEXIVES  # "The president himself weighed in"
    )


_PEOPLES = frozenset(w.lower() for w in PEOPLES_NAMED_PLURAL)  # "the dene": a head in lower case


def _plural_head(head: str) -> bool:
    """Whether a speaker's head noun is plural: in -s (not -ss), a plural of "-man", one of
    `PLURAL_HEADS`, or a people's name ("the Dene", `PEOPLES_NAMED_PLURAL`)."""
    if head.endswith("s"):
        return not head.endswith("ss")
    return _plural_of_man(head) or head in PLURAL_HEADS or head in _PEOPLES


def _plural_of_man(word: str) -> bool:
    """Whether a lower-case word is the plural of a noun in "-man" ("fishermen", "gunmen"; no
    speaker is a "specimen")."""
    return len(word) > 5 and word.endswith("men")


def _plural_possessive(toks: list[Token], j: int) -> bool:
    """Whether toks[j] is the apostrophe of a plural possessive, joined to the plural noun
    before it ("pilots'", "nurses’")."""
    return j > 0 and _plural_mark(toks[j - 1], toks[j])


def _plural_mark(plural: Token, mark: Token) -> bool:
    """Whether `mark` is the apostrophe closing the plural `plural` right before it."""
    return (
        mark.word in _APOSTROPHES
        and plural.end == mark.start
        and plural.lower.endswith("s")
        and plural.word.isalpha()
    )


def _head_ok(token: Token) -> bool:
    # the list first: a set's lookup costs less than `capitalized`, a property's call
    return (token.lower in _NOUN_WORDS or token.capitalized) and not _possessive(token.word)


def _modifier(token: Token) -> bool:
    """A lower-case word that may stand before a role noun ("longtime", "former")."""
    word = token.lower
    if word[0].isdigit():
        # "the 31-year-old forward", "the 6-foot-8 forward"
        return AGE_WORD.fullmatch(word) is not None or BUILD_WORD.fullmatch(word) is not None
    return (
        token.word[0].isalpha()
        and word not in FUNCTION_WORDS
        and word not in _CUE_WORDS
        and word not in CUE_AUXILIARIES
        and not word.endswith("ing")
    )


def _ordinal_of_office(toks: list[Token], j: int, first: int) -> bool:
    """Whether toks[j] is an ordinal naming an office with the role noun after it, after an
    article or a possessive ("the *first* minister", "Scotland's *first* minister", "the
    *second* officer", "the *first* lady"), not an adverb before a cue ("Lee *first* said")."""
    return (
        toks[j].lower in ORDINALS
        and j == first - 1
        and j > 0
        and first < len(toks)  # "said the first" ending a text: no noun after it
        and (toks[first].lower in ROLE_NOUNS or toks[first].lower in ORDINAL_TITLE_HEADS)
        and (toks[j - 1].lower in DETERMINERS or _possessive(toks[j - 1].word))
    )


def _ordinal_title(toks: list[Token], j: int) -> bool:
    """Whether toks[j] is a head that the ordinal before it makes a person's title of, with no
    role of its own ("the first *mate*", "a first *responder*")."""
    return j > 0 and toks[j].lower in ORDINAL_TITLE_HEADS and toks[j - 1].lower in ORDINALS


def _participle_after_article(toks: list[Token], j: int, first: int) -> bool:
    """Whether toks[j] is a cue's past participle used as an adjective, between an article
    and the noun it modifies ("a *proposed* class action", "the *disputed* report"): no verb
    of a subject, which an article cannot end (not "the board *proposed* cuts")."""
    return (
        j == first - 1
        and j > 0
        and toks[j - 1].lower in _ARTICLES
        and toks[j].lower.endswith("ed")
        and toks[j].lower in _CUE_WORDS
        and toks[first].word.islower()
    )


def _time_modifier(toks: list[Token], j: int, first: int) -> bool:
    """Whether toks[j] is a time adverb used as an adjective before a common noun ("*earlier*
    studies", "*later* reports"), not after a subject ("Lee earlier said")."""
    return toks[j].lower in TIME_MODIFIERS and j == first - 1 and toks[first].word.islower()


def _count_alone(word: str) -> bool:
    """Whether a subject of one word is a count of people standing for them ("Two said",
    "31 said", "thirty-one said", "Most said"), not "one", a person."""
    return word in COUNTED_ALONE or (word != "one" and _count_number(word))


def _fraction_word(word: str) -> bool:
    """Whether a lower-case word is a fraction or ends a hyphenated one ("third", "two-thirds")."""
    return word.rpartition("-")[2] in FRACTION_WORDS


def _fraction_share(head: str, first: str, last: str, verb: str) -> bool:
    """Whether a phrase headed by a fraction (`head`), from the lower-case word `first` to
    `last` and followed by the word `verb`, is a share of people ("A quarter said", "a third
    of voters", "A third say"), not a person counted in order ("the third said"). An ordinal
    alone is one more of people counted ("Two were hurt. A third said ...") unless a plural
    verb follows it."""
    if not _fraction_word(head) or first == "the":
        return False
    return head not in ORDINALS or last != head or _plural_verb(verb)


def _plural_verb(word: str) -> bool:
    """Whether a word after a subject is a verb in the plural ("say", "were", "think"), not
    one in the singular or the past ("says", "said", "was", "told")."""
    return (
        word.isalpha()
        and word.islower()
        and not word.endswith(("s", "ed"))
        and word not in IRREGULAR_VERB_FORMS
        and word not in FUNCTION_WORDS - _PLURAL_AUXILIARIES
    )


_PLURAL_AUXILIARIES = frozenset("are were have do".split())


def _count_number(word: str) -> bool:
    """Whether a lower-case word is a count in digits or words: "31", "1,200", "thirty-one"."""
    if word[:1].isdigit():
        return word.replace(",", "").isdigit()
    return all(part in NUMBER_WORDS for part in word.split("-"))


def _count_opening(toks: list[Token], index: int) -> bool:
    """Whether toks[index] is a number or a quantifier standing alone for the people it
    counts, opening its sentence or after a comma ("31 said", "Of those asked, most said",
    "In part, all agreed") or a quotation ('“We lost,” two said'), or opening a clause joined
    after a comma ("Residents said A, and two said B", "..., but most say B") or a relative
    clause ("a survey in which most said")."""
    word = toks[index].lower
    number = _count_number(word)
    if not (number or word in COUNTED_ALONE):
        return False
    if index == 0:
        return True
    if _after_comma_conjunction(toks, index) or toks[index - 1].lower in CLAUSE_RELATIVES:
        return True  # ", and two said"; "a survey in which most said"
    if toks[index - 1].word in _QUOTE_CLOSINGS:
        return True  # '“We lost,” most said': the attribution after a quotation opens with it
    if toks[index - 1].word != ",":
        return False
    # a number after a comma, only after a part's opener: not an age ("Lee, 58, who ...")
    return not number or any(t.word in PART_OPENERS for t in toks[: index - 1])


# The marks closing a quotation before its attribution, single ones too ("‘We lost,’ most said").
_QUOTE_CLOSINGS = frozenset({"”", '"', "’", "'"})
_CLAUSE_JOINS = frozenset({"and", "but", "while", "yet", "though", "although"})


def _after_comma_conjunction(toks: list[Token], index: int) -> bool:
    """Whether toks[index] opens a clause joined after a comma (", and two said", ", but
    28% say", ", while 12 said"): its subject, a count or a share of its own."""
    return index > 1 and toks[index - 1].lower in _CLAUSE_JOINS and toks[index - 2].word == ","


def _only_one(toks: list[Token], j: int) -> bool:
    """Whether toks[j] is "only" after a determiner or a possessive, an adjective ("the
    town's *only* doctor", "the *only* witness"), not an adverb ("Lee only said")."""
    return (
        toks[j].lower == "only"
        and j > 0
        and (toks[j - 1].lower in _PHRASE_DETERMINERS or _possessive(toks[j - 1].word))
    )


def _romance_body_start(toks: list[Token]) -> int | None:
    """Where the Romance body's name that ends a phrase starts: its capitalised head
    (`ROMANCE_BODY_HEADS`) opening the phrase or after a preposition or "the", then its words
    in lower case as French and Spanish write them, one of them a linking word ("the
    Fédération des cadres du Québec", "Ann Lee of the Regroupement des parents d'Alma"; not
    "Fundación Aguas Vivas", told by its capitals, nor "the Fédération spokesperson Ann Lee",
    a role and a name after the head, nor "Centre forward Luis de Souza", a person's name
    before the first linking word, which is the name's own); None if no such name ends it."""
    for b, tok in enumerate(toks[:-2]):
        if tok.lower not in ROMANCE_BODY_HEADS or not tok.word[:1].isupper():
            continue
        if b and toks[b - 1].lower not in ("the", "of", "at", "for", "from"):
            return None
        rest = toks[b + 1 :]
        link = next(
            (
                j
                for j, t in enumerate(rest)
                if t.lower in ROMANCE_NAME_LINKS
                or (t.lower[1:2] in _APOSTROPHES and t.lower[:2] in ROMANCE_NAME_LINKS)
            ),
            None,
        )
        if link is None or _person_named(rest, link):
            return None
        roled = any(
            t.lower in _ROLES_OR_TITLES
            and (j in (0, len(rest) - 1) or rest[j + 1].word[:1].isupper())
            for j, t in enumerate(rest)
        )
        possessed = any(_possessive(t.word) for t in rest)
        return b if not roled and not possessed else None
    return None


def _person_named(toks: list[Token], end: int) -> bool:
    """Whether a known given name before toks[end] is followed by a capitalised word or a
    surname's particle: a person's name ("forward *Luis de Souza*", "*Ann Lee*")."""
    return any(
        toks[j].capitalized
        and given_name(toks[j].word)
        and (toks[j + 1].capitalized or _in_surname(toks, j + 1))
        for j in range(min(end, len(toks) - 1))
    )


# The last words of the parties' names of two words ("solidaire"): told before the two are
# joined and looked up, as most phrases end with none of them.
_PARTY_NAME_ENDS = frozenset(name.rpartition(" ")[2] for name in PARTY_NAMES if " " in name)


def _lower_case_party(toks: list[Token], end: int) -> bool:
    """Whether toks[end - 1] and toks[end] are a party's name that goes on in lower case
    ("Québec solidaire")."""
    return (
        toks[end].lower in _PARTY_NAME_ENDS
        and f"{toks[end - 1].lower} {toks[end].lower}" in PARTY_NAMES
    )


def _lower_case_name_start(toks: list[Token]) -> int | None:
    """Where a name that ends a phrase and goes on in lower case after its head starts: a
    Romance body's (`_romance_body_start`) or a party's ("Québec solidaire"); None if none."""
    if len(toks) > 1 and _lower_case_party(toks, len(toks) - 1):
        return len(toks) - 2
    return _romance_body_start(toks)


def _romance_body_before(toks: list[Token], index: int) -> int | None:
    """The first token of a Romance body's name ending at toks[index], "the" before it
    included ("the Fédération autonome de l'enseignement", `_romance_body_start`), or None."""
    stop = index - _ROMANCE_NAME_WORDS if index >= _ROMANCE_NAME_WORDS else -1
    if ROMANCE_BODY_HEADS.isdisjoint(map(_LOWER, toks[stop + 1 : index])):
        return None  # most phrases: no head of such a body, told in one pass
    for b in range(index - 1, stop, -1):
        if toks[b].lower in ROMANCE_BODY_HEADS:
            if _romance_body_start(toks[b : index + 1]) != 0:
                return None
            return b - 1 if b and toks[b - 1].lower == "the" else b
        if not toks[b].word[:1].isalpha():
            return None
    return None


def _name_or_share_end(toks: list[Token], index: int) -> bool:
    """Whether toks[index] ends a name or a share: an outlet's ("Entertainment Tonight"), a
    numbered body's ("Local 12"), a small word's ("Justice Now") or a "%" after a number."""
    return (
        _outlet_end(toks, index)  # "Entertainment Tonight said": no day
        or _numbered_body(toks, index)
        or _percent_sign(toks, index)
        or _small_name_word(toks, index)
    )


def _noun_phrase_before(toks: list[Token], index: int) -> int | None:
    """The index of the first token of the noun phrase ending at toks[index], or None."""
    if index < 0:
        return None
    romance = _romance_body_before(toks, index)
    if romance is not None:
        return romance
    if index and toks[index].word.islower() and _lower_case_party(toks, index):
        return index - 1  # "Québec solidaire said": a party's name in lower case
    if (
        not _head_ok(toks[index])
        and not _control_centre(toks, index)
        and not _per_cent(toks, index)
        # the other heads open with a capital, a digit or "%", which most words here do not
        and (toks[index].word[0].islower() or not _name_or_share_end(toks, index))
    ):
        if toks[index].lower in CHARGED_ROLES and index and toks[index - 1].lower == "the":
            return index - 1  # "The accused said": a participle made a noun
        if _count_opening(toks, index):
            return index  # "Of the 40 fishermen, 31 said", "Of those asked, most said"
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
        if tok.lower in _DEMONSTRATIVES and (
            _demonstrative_determiner(toks, j, index) or _complements_this(toks, j, index)
        ):
            return j  # "That official said", "“...,” this person said": no relative "that"
        if tok.lower in _PLURAL_DEMONSTRATIVES and _plural_demonstrative(toks, j, index):
            return j  # "Those bidders said", "one of these investors"
        if tok.lower in _PHRASE_DETERMINERS:
            if _two_word_determiner(toks, j):
                return j - 1  # "Two other nurses", "several other officials", "a few aides"
            if not _inner_article(toks, j):
                if _count_word(tok) and _plural_head(toks[index].lower):
                    # "At least three banks": the count's qualifier, when they open the clause
                    counted = _counted_subject(toks, j, index)
                    if counted is None and j and toks[j - 1].lower in _DEFINITE_BEFORE_COUNT:
                        return j - 1  # "(Two of) the four victims": the article counts too
                    return j if counted is None else counted
                return j
            first = j  # "the Institute for *the* Study of War"
            j -= 1
            continue
        if tok.word in _APOSTROPHES and _plural_possessive(toks, j):  # "the pilots' union"
            first = j - 1
            j -= 2
            continue
        if len(tok.word) == 1 and not tok.word.isalnum() and tok.word != "&":
            break  # any other mark ends the phrase, told before the readings below ask
        if tok.lower in _NOUN_WORDS or tok.capitalized or _possessive(tok.word):
            first = j
        elif (
            (
                (tok.lower in NAME_CONNECTORS or tok.word == "&")  # "Keller & Co."
                and j > 0
                and (
                    toks[j - 1].capitalized
                    or toks[j - 1].lower in _NOUN_WORDS
                    or _small_name_word(toks, j - 1)  # "Justice Now and ..."
                    or _trade_plural_opening(toks, j)  # "..., farmers and analysts said"
                )
            )
            or _in_surname(toks, j)
            or _subject_body_on(toks, j)
        ):
            first = j
        elif tok.lower == "at" and first == j + 1 and _body_at_place(toks, j):
            first = j  # "the Sanctuary *at* Hohenwald": one body's name
        elif tok.lower == "and" and first == j + 1 < index and _joined_domains(toks, j, index):
            first = j  # "the band's fish *and* wildlife director"
        elif _dating_year(toks, j) or _numbered_name(toks, j):  # "a 2024 report"
            first = j
        elif _share_number(toks, j, index, first):  # "Only 9 percent", "41 percent of them"
            first = j
        elif _small_name_word(toks, j) or _name_opening_small_word(toks, j, first):
            first = j  # "Doctors *Without* Borders", "for *No* Frills"
        elif _occupation_before_name(toks, j, first):  # "the *singer* Ann Lee"
            first = j
        elif (
            j == first - 1
            and j > 0
            and tok.lower in PLAYING_POSITIONS
            and toks[first].capitalized
            and toks[j - 1].capitalized
            and not toks[j - 1].lower.endswith("ing")  # "Going forward Lee said": no team
        ):
            first = j  # "Stags *forward* Jordan Blake": a position after the team's name
        elif (
            j == first - 1
            and tok.word.islower()
            and toks[first].capitalized
            and _goods_maker(tok.lower, toks[j - 1].lower if j else "")
        ):
            first = j  # "drug *maker* Vantrex": the company's trade
        elif (
            (
                _modifier(tok)
                or _ing_role_modifier(toks, j)
                or _time_modifier(toks, j, first)
                or _only_one(toks, j)
                or _ordinal_of_office(toks, j, first)
                or _participle_after_article(toks, j, first)
            )
            and modifiers < _MAX_MODIFIERS
            and (tok.lower not in PERSON_OBJECT_VERBS or not _subjects_verb(toks, j))
            and (j == 0 or toks[j - 1].lower not in MODALS)  # "would *meet* Sen. Ann Lee"
            and not _verb_after_name(toks, j)
            and not _verb_after_plural(toks, j)
            and (
                not toks[first].word[0].isupper()
                or _has_role(toks, first, index)
                or toks[index].lower in DESCRIBED_MEMBERS  # "the 52-year-old Republican"
            )
        ):
            modifiers += 1
            first = j
        else:
            break
        j -= 1
    if first and _count_word(toks[first - 1]) and _plural_head(toks[index].lower):
        if first >= 4 and toks[first - 2].lower == "of" and toks[first - 3].lower in _COUNTED_IN:
            # "A group of 40 doctors": the body whose members are counted; "(the mayor of) a
            # town of 800 people": the place its people are counted in
            return _noun_phrase_before(toks, first - 3)
        # "At least 40 nurses": the count and its qualifier, when they open the clause
        counted = _counted_subject(toks, first - 1, index)
        return first if counted is None else counted
    return first


def _joined_domains(toks: list[Token], j: int, index: int) -> bool:
    """Whether "and" at toks[j] joins two lower-case domains of one role before its noun,
    toks[index] ("the band's fish and wildlife director", "the city's parks and recreation
    manager"), a domain after it too: the word before it a plain lower-case one after an
    owner's name or "the" (not "his wife and business partner": a pronoun's kin and a role;
    not "the river and officials": no domain before the noun, two noun phrases)."""
    before = toks[j - 1].word if j >= 2 else ""
    return (
        before.isalpha()
        and before.islower()
        and toks[index].lower in ROLE_NOUNS
        and (_possessive(toks[j - 2].word) or toks[j - 2].lower == "the")
    )


def _body_at_place(toks: list[Token], j: int) -> bool:
    """Whether "at" at toks[j] is inside a body's name, between its capitalised noun after
    "the" and the capitalised place ("the Sanctuary at Hohenwald", "the University at
    Buffalo"); not "Officials at Acme", "Police at Heathrow" (people of a place), nor "the
    Council at Christmas", "the Board at Monday's meeting" (a time)."""
    return (
        j >= 2
        and toks[j + 1].capitalized
        and toks[j - 1].capitalized
        and toks[j - 1].lower in ORGANIZATION_WORDS
        and toks[j - 2].lower == "the"
        and toks[j + 1].lower not in TIME_WORDS
        and not _named_day(toks, j + 1)
    )


_QUOTE_ENDINGS = frozenset(",?!")  # what closes a quotation before its attribution


def _plural_demonstrative(toks: list[Token], j: int, index: int) -> bool:
    """Whether toks[j], "these" or "those", is the determiner of a plural noun phrase ending at
    toks[index]: opening its sentence capitalised ("Those bidders said") or after a partitive's
    "of" ("One of those investors"); not "those" heading a relative ("those who ...", "those
    familiar with it"), which ends in no plural noun."""
    return (toks[j].word[0].isupper() or (j > 0 and toks[j - 1].lower == "of")) and _plural_head(
        toks[index].lower
    )


def _complements_this(toks: list[Token], j: int, index: int) -> bool:
    """Whether toks[j] is "this" determining the singular common noun at toks[index] after a
    complement's "of": "(the mayor) of this town", "(residents) of this fishing village"; not
    "because of this officials said" (a plural), nor a name ("of this Ann Lee")."""
    return (
        toks[j].lower == "this"
        and j > 0
        and toks[j - 1].lower == "of"
        and toks[index].word.islower()
        and not _plural_head(toks[index].lower)
    )


def _demonstrative_determiner(toks: list[Token], j: int, index: int) -> bool:
    """Whether toks[j], "that" or "this", is the determiner of a person's noun phrase ending at
    toks[index], not a relative pronoun or a conjunction: opening a sentence capitalised ("That
    person said"), after a sentence's capitalised conjunction ("But that official said"), or
    right after what it tells, closed by a comma or a quotation's closing mark ("No deal is
    near, that official said", "“...,” that official said"); not "the plan that officials said
    would fail", "said that officials", "and that officials said", a time's ("But this week
    officials said"), nor after a comma but a singular noun's with its cue right after ("The
    rules, that officials say will cut waits,")."""
    tok = toks[j]  # "that" or "this", as the caller found
    if j + 1 < len(toks) and toks[j + 1].lower in TIME_WORDS:
        return False  # "But this week officials said": the time's
    if j and toks[j - 1].lower in _AGENT_PREPOSITIONS and not _plural_head(toks[index].lower):
        return True  # "presidents contacted by this newspaper": its agent, further back
    if toks[index].lower not in _PERSON_HEADS:
        return False
    if tok.word[0].isupper():
        return True
    before = toks[j - 1] if j else None
    if before is None:
        return False
    if before.word == ",":
        return (
            index == j + 1
            and not _plural_head(toks[index].lower)
            and (index + 1 == len(toks) or toks[index + 1].lower in SPEECH_CUES)
        )
    if before.lower in CLAUSE_CONJUNCTIONS and before.word[0].isupper():
        return True
    # a quotation closed by its comma or mark, not a scare quote's ('remained “hopeful” that
    # ministers could agree')
    return j > 1 and before.word in CLOSING_QUOTE_MARKS and toks[j - 2].word in _QUOTE_ENDINGS


def _verb_after_name(toks: list[Token], j: int) -> bool:
    """Whether toks[j], a lower-case word in -ed between a capitalised word that is no title
    or role and a capitalised one, is a name's verb and its object ("Sen. Ann Gill *faced*
    Rep. Jo Lee"), no modifier of a role ("Acme retired engineer", "Retired teacher")."""
    before = toks[j - 1] if j else None
    return (
        before is not None
        and toks[j].lower.endswith("ed")
        and j + 1 < len(toks)
        and toks[j + 1].capitalized
        and before.capitalized
        and before.word[0].isalpha()
        and before.lower not in _ROLES_OR_TITLES
    )


def _trade_plural_opening(toks: list[Token], j: int) -> bool:
    """Whether toks[j], "and", joins a lower-case plural of people by their trade that opens
    its clause to the head after it: "Yields fell, *farmers* and analysts said", "growers
    and traders" ("farmer", "grower", surnames or trades of firms too, are no role nouns);
    not "issued new orders and officials said", where the plural opens no clause."""
    if toks[j].lower != "and" or j < 1:
        return False
    word = toks[j - 1].word
    return (
        (j == 1 or _opens_clause(toks[j - 2]))
        and word.isalpha()
        and word.islower()
        and word.endswith("s")
        and word[:-1].endswith(AGENT_NOUN_ENDINGS)
        and word[:-1] not in NOT_AGENT_NOUNS
    )


def _occupation_before_name(toks: list[Token], j: int, first: int) -> bool:
    """Whether toks[j] is a noun for someone by what they do (`occupation_noun`) between
    "the" opening its clause and the name from toks[first]: the name's role (not "After the
    winter Ann Lee said", a time)."""
    return (
        j == first - 1
        and j > 0
        and toks[j - 1].lower == "the"
        and (j == 1 or not toks[j - 2].word[0].isalnum() or toks[j - 2].lower in {"and", "but"})
        and toks[first].capitalized
        and occupation_noun(toks[j].word)
    )


def _goods_maker(word: str, before: str) -> bool:
    """Whether `word` (lower case), after the word `before`, is a maker of goods, a company's
    trade ("drug maker", "steelmaker", "chipmaker"), not a person's craft ("film maker",
    "lawmaker": `PERSON_MAKER_CRAFTS`)."""
    if word == "maker":
        return before not in PERSON_MAKER_CRAFTS
    return word.endswith("maker") and word[: -len("maker")].rstrip("-") not in PERSON_MAKER_CRAFTS


def _small_name_word(toks: list[Token], j: int) -> bool:
    """Whether toks[j] is a small word written with a capital after a capitalised word, so
    inside a title-case name ("Doctors *Without* Borders", "Justice *Now*"): not "Then I"."""
    tok = toks[j]
    return (
        tok.word[0].isupper()
        and tok.lower in NAME_SMALL_WORDS
        and j > 0
        and toks[j - 1].capitalized
        and not tok.word.isupper()
    )


def _outlet_end(toks: list[Token], i: int) -> bool:
    """Whether toks[i], a role word or a time word, ends a known outlet's name (`OUTLETS`:
    "The Hollywood Reporter", "Entertainment Tonight"), capitalised as it is there."""
    return (
        i >= 1
        and toks[i].word[0].isupper()
        and toks[i - 1].word[0].isupper()
        and f"{toks[i - 1].lower} {toks[i].lower}" in OUTLETS
    )


def _name_opening_small_word(toks: list[Token], j: int, first: int) -> bool:
    """Whether toks[j], a function word written with a capital inside a sentence (after a
    word in lower case), opens the capitalised name after it: "a spokesman for *No* Frills",
    "nurses at *All* Saints"; not "Then I" nor a sentence's "No one"."""
    tok = toks[j]
    return (
        first == j + 1
        and j > 0
        and tok.word[0].isupper()
        and not tok.word.isupper()
        and tok.lower in FUNCTION_WORDS
        and toks[j - 1].word.islower()
        and toks[first].capitalized
    )


_NUMBER = re.compile(r"[0-9][0-9,]*(?:\.[0-9]+)?")


def _percent_after(toks: list[Token], j: int) -> bool:
    """Whether toks[j] is the number of a share after it ("41 percent", "12.5 per cent",
    "41%")."""
    after = toks[j + 1].lower
    per_cent = after == "per" and j + 2 < len(toks) and toks[j + 2].lower == "cent"
    return (after == "percent" or per_cent or _percent_sign(toks, j + 1)) and (
        _NUMBER.fullmatch(toks[j].word) is not None
    )


def _percent_sign(toks: list[Token], index: int) -> bool:
    """Whether toks[index] is a "%" joined to the number before it, a share's head ("41%
    said")."""
    return (
        toks[index].word == "%"
        and index > 0
        and toks[index - 1].end == toks[index].start
        and _NUMBER.fullmatch(toks[index - 1].word) is not None
    )


def _subjects_verb(toks: list[Token], j: int) -> bool:
    """Whether toks[j], a verb taking a person (`PERSON_OBJECT_VERBS`), follows its subject
    ("the party *elected* former minister Ann Lee", "Critics *included* Sen. Ann Marsh"), not
    an article, a possessive or an adverb ("the newly elected", "Oregon's *featured*")."""
    if j == 0:
        return False
    before = toks[j - 1]
    return (
        before.lower not in DETERMINERS
        and not before.lower.endswith("ly")
        and not _possessive(before.word)
    )


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
    after its head ("the Institute for the Study of War", "the Bank of the North"; "a" after
    "for": "the Center for a Fair Tax") or after a small word written with a capital ("Rage
    Against the Machine") or a campaign's verb ("Save the Children"); not after a person's
    name ("Mr. Hale of the Audubon Society")."""
    article = toks[j].lower
    if article not in {"the", "a"} or j < 1 or j + 1 == len(toks) or not toks[j + 1].capitalized:
        return False
    before = toks[j - 1]
    if before.lower in ({"of", "for"} if article == "the" else {"for"}):
        return j > 1 and toks[j - 2].capitalized and toks[j - 2].lower in ORGANIZATION_MARKERS
    if article == "a":
        return False
    return _small_name_word(toks, j - 1) or before.capitalized and before.lower in CAMPAIGN_VERBS


def _control_centre(toks: list[Token], j: int) -> bool:
    """Whether toks[j], in lower case, heads a control centre named with the word before it
    (`CONTROL_CENTRES`: "Mission *control*", "air traffic *control*")."""
    word = toks[j].word
    return word in _CONTROL_HEADS and j > 0 and f"{toks[j - 1].lower} {word}" in CONTROL_CENTRES


def _numbered_body(toks: list[Token], j: int) -> bool:
    """Whether toks[j] is the number that ends a body's name: a local's ("Teamsters Local
    12", "Local 1006A") or a union's acronym's ("CUPE 3903", "SEIU 1199")."""
    return _numbered_name(toks, j) and numbering_word(toks[j - 1].word)


def _per_cent(toks: list[Token], index: int) -> bool:
    """Whether toks[index] is the "cent" of "per cent", a share of people ("62 per cent said")."""
    return toks[index].lower == "cent" and index > 0 and toks[index - 1].lower == "per"


def _share_number(toks: list[Token], j: int, index: int, first: int) -> bool:
    """Whether toks[j] is the number of a share of people: of the share heading the phrase at
    toks[index] ("9 percent", "nine per cent", the "per" too), which the share's phrase holds
    when it opens its clause (at its start, after a mark or a capitalised word, or after
    `SHARE_LEADS`, or after a comma and "and" or "but": ", and 28% said"); or of a share
    before the phrase read so far, from toks[first] ("41 percent of respondents")."""
    if toks[index].lower not in SHARE_HEADS:  # "62 per cent of nurses": "per", then "62"
        return j == first - 1 and (_per_cent(toks, first) or _percent_after(toks, j))
    if j == index - 1 and toks[j].lower == "per":
        return True
    if j != index - 1 - (toks[index - 1].lower == "per"):
        return False
    if not (toks[j].word[0].isdigit() or toks[j].lower in NUMBER_WORDS):
        return False
    before = toks[j - 1] if j > 0 else None
    return (
        before is None
        or not before.word[0].isalnum()
        or before.capitalized
        or before.lower in SHARE_LEADS
        or _after_comma_conjunction(toks, j)
    )


def _numbered_name(toks: list[Token], j: int) -> bool:
    """Whether toks[j] is the number of a name ("a Channel 4 spokesperson", "a No 10
    source", "Radio 1 listeners", "Local 1199 president"): a number of up to four digits (a
    letter may close it: "Local 1006A"), not a year, after a capitalised word, no preposition."""
    word = toks[j].word
    return (
        word[0].isdigit()  # told before the patterns are tried: most words open with a letter
        and NAME_NUMBER.fullmatch(word) is not None
        and YEAR_NUMBER.fullmatch(word) is None
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
    if not head.word.isalpha() and AGE_WORD.fullmatch(head.lower) is None:
        if head.lower not in _SEXED_NOUNS:
            return None  # an age stands for its person: "the 27-year-old said"
        # kin hyphened: "her daughter-in-law said"
    j = index - 1
    while (
        j >= 0
        and j >= index - _MAX_MODIFIERS - 1
        and (
            _modifier(toks[j])
            or toks[j].capitalized
            or _ing_modifier(toks[j])
            or _compound_opener(toks, j)  # "her loved ones"
            or _only_one(toks, j)  # "its only shareholder"
            or _ordinal_of_office(toks, j, j + 1)  # "the first lady"
            or _participle_after_article(toks, j, j + 1)  # "a proposed class action"
        )
        and toks[j].lower not in FINITE_PASTS  # "The rain came too late": a clause
        and not _verb_after_plural(toks, j)
    ):
        if _possessive(toks[j].word) or toks[j].lower in SPEAKER_DETERMINERS:
            break
        j -= 1
    if j >= 1 and _plural_possessive(toks, j):
        j -= 2  # "Veterans' groups", "the farmers’ unions": the owners modify the noun
        while j >= 0 and _modifier(toks[j]) and toks[j].lower not in SPEAKER_DETERMINERS:
            j -= 1  # "disabled veterans' groups"
    plural = toks[index].lower.endswith("s") or _plural_of_man(toks[index].lower)
    if plural and j < index - 1 or plural and j >= 0 and toks[j].word[0].isdigit():
        counted = _counted_subject(toks, j if j > 0 else 0, index)
        if counted is not None:
            return counted
    if plural and (j < 0 or toks[j].lower in {"and", "or"}):
        # A plural opening its clause, or joined to another: "Regulators and environmental
        # groups".
        if j < 0:
            return 0
        return _noun_phrase_before(toks, j - 1) if j > 0 else None
    if plural and (_opens_clause(toks[j]) or _verb_after_plural(toks, j)):
        # a plural opening its clause after a conjunction ("But economists say") or the
        # object after a verb ("The plan angered drivers, many of whom say")
        return j + 1
    if j < 0:
        return None
    if toks[j].lower in SPEAKER_DETERMINERS or (
        toks[j].lower in _PLURAL_DEMONSTRATIVES and _plural_demonstrative(toks, j, index)
    ):
        return j
    if _possessive(toks[j].word) and toks[j].word[0].isupper():
        while j > 0 and toks[j - 1].capitalized:
            j -= 1
        return j
    if _possessive(toks[j].word) and j > 0 and toks[j - 1].lower in SPEAKER_DETERMINERS:
        return j - 1  # "the world's two biggest polluters"
    if _possessive(toks[j].word) and j > 1 and toks[j].word.islower():
        return _owner_opening(toks, j)  # "the missing hiker's father"
    return None


def _owner_opening(toks: list[Token], j: int) -> int | None:
    """Where a possessive owner in lower case (toks[j]) opens, a modifier or two in lower case
    between it and its determiner ("*the* missing hiker's father", "*a* dead sailor's widow",
    "*the* 71-year-old man's son"); None if no determiner stands there."""
    k = j - 1
    while (
        k > 0
        and k >= j - 2
        and toks[k].word.islower()
        and toks[k].lower not in SPEAKER_DETERMINERS
        and (_modifier(toks[k]) or _ing_modifier(toks[k]))
    ):
        k -= 1
    return k if k < j - 1 and toks[k].lower in SPEAKER_DETERMINERS else None


# Superlatives not in -est and words of order, which a participle after them modifies ("the
# worst affected areas", "the last remaining residents").
_DEGREE_WORDS = frozenset("best worst most least last next".split())
_CLAUSE_OPENERS = SUBORDINATORS | {"as"}  # "As the trial resumed lawyers for ... argued"


def _verb_after_plural(toks: list[Token], j: int) -> bool:
    """Whether toks[j], a lower-case word in -ed, is the verb of the noun before it: a plural
    ("Protesters *carried* placards that read", "Officials *released* documents that show"),
    or a noun in lower case after its article, a plural after the verb, where a clause must
    be: a comma after the plural ("The plan *angered* farmers, who say") or a subordinator
    before the article ("When the hearing *opened* lawyers for ... argued"); there a past
    spelt as its present may be the verb too ("The vote *hurt* merchants, who say"); no
    modifier of the noun after it ("the *elected* officials", "its *retired* staff", "the
    *first* elected mayor", "the worst affected areas", "The much maligned landlords said")."""
    if j < 1 or not toks[j].word.islower():
        return False
    in_ed = toks[j].lower.endswith("ed")
    if not in_ed and toks[j].lower not in UNINFLECTED_PASTS:
        return False
    before = toks[j - 1]
    if (
        len(before.word) <= 3
        or not before.word.isalpha()
        or before.lower in FUNCTION_WORDS
        or before.lower in DETERMINERS
    ):
        return False
    if in_ed and _plural_head(before.lower):
        return True
    # the article, perhaps with an adjective before the noun: "The new plan angered farmers"
    article = j - 2
    if article >= 1 and toks[article].lower not in _ARTICLES and _plain_adjective(toks[article]):
        article -= 1
    return (
        article >= 0
        and j + 1 < len(toks)
        and _plural_head(toks[j + 1].lower)  # its object a plural: "angered farmers"
        and toks[article].lower in _ARTICLES
        and (
            (j + 2 < len(toks) and toks[j + 2].word == ",")
            or (article >= 1 and toks[article - 1].lower in _CLAUSE_OPENERS)
        )
        and before.word.islower()
        and before.lower not in ORDINALS
        and before.lower not in _DEGREE_WORDS
        and not before.lower.endswith(("est", "ly"))
    )


def _plain_adjective(tok: Token) -> bool:
    """Whether `tok` may be an adjective between an article and its noun: a word in lower
    case, no number, quantity, order or degree ("new", "strict"; not "two", "few", "first",
    "most": "A few local *retired* nurses" has no verb)."""
    return (
        tok.word.isalpha()
        and tok.word.islower()
        and tok.lower not in NUMBER_WORDS
        and tok.lower not in DETERMINERS
        and tok.lower not in ORDINALS
        and tok.lower not in _DEGREE_WORDS
        and not tok.lower.endswith(("est", "ly"))
    )


_DEFINITE_BEFORE_COUNT = frozenset("the these those".split())


def _counted_subject(toks: list[Token], lowest: int, index: int) -> int | None:
    """'At least two law firms', 'More than 20 banks', 'In May, 30 companies': a count (and
    the qualifier before it) opening its clause, of the plural common noun at toks[index],
    the index of its first token; None if no number in toks[lowest:index] opens a clause
    ("as well as 29 others", "the minimum $20 million experts" open none)."""
    k = next((k for k in range(lowest, index) if _count_word(toks[k])), None)
    if k is None:
        return None
    qualifiers = _QUALIFIERS_ENDING.get(toks[k - 1].lower, ()) if k else ()
    first = next((k - len(q) for q in qualifiers if k >= len(q) and _words_before(toks, k, q)), k)
    before = toks[first - 1] if first else None
    if before is None or before.word in _CLAUSE_MARKS:
        return first
    return first if before.lower in CLAUSE_CONJUNCTIONS and before.lower != "as" else None


def _count_word(tok: Token) -> bool:
    """Whether `tok` is a count: digits ("40", "1,200") or a number word ("two")."""
    return (
        tok.word[0].isdigit() and tok.word.replace(",", "").isdigit() or (tok.lower in NUMBER_WORDS)
    )


def _words_before(toks: list[Token], k: int, words: tuple[str, ...]) -> bool:
    """Whether `words` are the lower-case words of the tokens just before toks[k]."""
    return all(toks[k - len(words) + n].lower == word for n, word in enumerate(words))


def _two_word_determiner(toks: list[Token], j: int) -> bool:
    """Whether toks[j] is "other" after a number or a quantifier ("two other", "several
    other"), or "few" after "a" ("a few"): both open the phrase."""
    if j < 1:
        return False
    before = toks[j - 1].lower
    if toks[j].lower == "few":
        return before == "a"
    return toks[j].lower == "other" and (before in DETERMINERS or toks[j - 1].word.isdigit())


def _dating_year(toks: list[Token], j: int) -> bool:
    """A year between a determiner and its noun, dating it: "a 2024 report", "the 1998 study"
    (not a bare year opening a clause: "in 2019 officials said")."""
    word = toks[j].word
    return (
        word[0] in "12"  # told at once for most words, without the regex
        and YEAR_NUMBER.fullmatch(word) is not None
        and j > 0
        and toks[j - 1].lower in SPEAKER_DETERMINERS
    )


def _compound_opener(toks: list[Token], j: int) -> bool:
    """Whether toks[j] is a cue word opening a compound noun with the word after it, a
    modifier in a speaker's phrase, no verb: "the *think* tank", "her *loved* ones"."""
    return (
        toks[j].lower in CUE_COMPOUND_HEADS
        and j + 1 < len(toks)
        and f"{toks[j].lower} {toks[j + 1].lower}" in CUE_COMPOUNDS
    )


def _ing_modifier(tok: Token) -> bool:
    """A participle before a noun, not a cue: "running mate", "leading expert"."""
    return _participle(tok) and tok.lower not in _CUE_WORDS


def _ing_role_modifier(toks: list[Token], j: int) -> bool:
    """A participle naming a kind of role or of body, after a name, a determiner, a number,
    a role's adjective or a possessive, or one naming a role after a comma or a quotation
    mark: "the club's *sporting* director", "Acme *managing* director", "the union's
    *bargaining* committee", "two former *billing* clerks", "“...,” *managing* director Ann
    Lee said"; a noun in -ing after any adjective: "the federal *housing* agency" (not "After
    *meeting* officials")."""
    before = toks[j - 1] if j > 0 else None
    if toks[j].lower in _ROLE_CUE_PARTICIPLES:  # "the *defending* champion": no cue here
        return (
            toks[j + 1].lower in _ROLES_AND_BODIES
            and before is not None
            and before.lower in _PHRASE_DETERMINERS
        )
    return (
        _ing_modifier(toks[j])
        and toks[j + 1].lower in _ROLES_AND_BODIES
        and before is not None
        and before.lower not in PREPOSITIONS
        and (
            before.capitalized
            or before.lower in _PHRASE_DETERMINERS
            or before.lower in _ING_MODIFIER_OPENERS
            or _complements_this(toks, j - 1, j + 1)  # "of this *fishing* town"
            or before.word[0].isdigit()
            or _possessive(before.word)
            or _plural_possessive(toks, j - 1)  # "the Magpies’ *sporting* director"
            or (toks[j].lower in NOUNS_IN_ING_ED and _modifier(before))
            or before.word in _ROLE_PARTICIPLE_MARKS
            and toks[j].lower in _ROLE_PARTICIPLES
        )
    )


# Marks after which a participle opening a subject may name a kind of role, one of
# `_ROLE_PARTICIPLES` (not "some Republicans, *including* Senator Ann Lee").
_ROLE_PARTICIPLE_MARKS = frozenset({",", '"', "“", "”"})
_ROLE_PARTICIPLES = frozenset(
    "managing acting presiding ranking founding visiting outgoing incoming consulting "
    "supervising commanding reigning".split()
)
# Cue words in -ing that name a kind of role after a determiner: "the *defending* champion"
# (not "lawyers defending clients").
_ROLE_CUE_PARTICIPLES = frozenset({"defending"})
# Words after which a participle may name a kind of role, as after a determiner: "two former
# *billing* clerks", "three senior *nursing* staff", "the shadow *housing* secretary".
_ING_MODIFIER_OPENERS = frozenset(NUMBER_WORDS) | frozenset(
    "former senior junior retired longtime veteran current shadow acting interim deputy".split()
)


def _opens_clause(tok: Token) -> bool:
    """Whether a noun phrase after `tok` opens a clause: after punctuation or a conjunction."""
    return not tok.word[0].isalnum() or tok.lower in CLAUSE_CONJUNCTIONS


def _has_role(toks: list[Token], first: int, last: int) -> bool:
    return any(t.lower in _NOUN_WORDS or t.lower in TITLES for t in toks[first : last + 1])


def _past_participle(tok: Token) -> bool:
    """Whether `tok` may be a past participle: a lower-case word in -ed, or an irregular one."""
    return tok.word.islower() and (tok.lower.endswith("ed") or tok.lower in IRREGULAR_VERB_FORMS)


def _adverb(tok: Token) -> bool:
    return tok.word.islower() and ly_adverb(tok.lower)


def _phrase_at(text: str, toks: list[Token], index: int) -> Phrase | None:
    first = _noun_phrase_before(toks, index)
    if first is None:
        return None
    return _phrase_of(tuple(toks[first : index + 1]))


def _participle(tok: Token) -> bool:
    """Whether `tok` may be a present participle: a lower-case word in -ing."""
    return tok.word.islower() and tok.lower.endswith("ing")


def _proper_name(toks: list[Token], start: int, end: int) -> bool:
    """Whether toks[start:end] are a proper name: capitalised words (not only titles, roles or
    places), initials and titles with their periods, "of" or "&" inside, a number closing it
    ("Local 417", "District 9")."""
    words = toks[start:end]
    if not words or not _name_initial(words[0].word):
        return False
    if not words[-1].word[0].isalnum() and not _is_title_dot(toks, end - 1):
        return False
    plain = 0
    for k, tok in enumerate(words, start):
        if (
            tok.word == "."
            and _is_title_dot(toks, k)
            or k == end - 1 > start
            and tok.word.isdigit()
        ):
            continue
        if tok.lower in NAME_CONNECTORS or tok.word == "&" or _in_surname(toks, k):
            continue
        if tok.lower in TITLE_GRADES and k + 1 < end and toks[k + 1].lower in TITLES:
            continue  # "Most Rev Peter Lund": the grade of the title after it
        if not tok.capitalized or _possessive(tok.word) or tok.lower in DETERMINERS:
            if (
                tok.word in _APOSTROPHES
                and start < k < end - 1
                and _plural_possessive(toks, k)
                and toks[k + 1].capitalized
                and toks[end - 1].lower in MEMBERS_BODY_HEADS
            ):
                continue  # "the Lakeshore Teachers' Federation": a plural's mark inside it
                # (not "the Wilsons' Farm": the family's farm, no body of them)
            return False
        if tok.lower not in _ROLES_OR_TITLES:
            plain += 1
    return plain > 0 and " ".join(t.lower for t in words) not in GOVERNMENT_PLACES


def _joined_phrases(toks: list[Token]) -> bool:
    """Whether the tokens are two noun phrases joined by "and", the second led by a
    determiner, the first too or by a bare plural ("the company and the union", "local chiefs
    and an aid group", `_coordinated`)."""
    determined = toks[0].lower in DETERMINERS
    return len(toks) >= 4 and any(
        t.lower == "and"
        and toks[c + 1].lower in DETERMINERS
        and (determined and c >= 2 or _plural_head(toks[c - 1].lower))
        for c, t in enumerate(toks[1:-2], start=1)
    )
