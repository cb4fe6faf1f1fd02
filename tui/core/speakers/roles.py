"""Roles, titles and offices: a role as a reader writes it (`_clean_role`: "the 31-year-old
forward" is "forward"), the role in an appositive or before a name, titles before a name
("Sen.", "Tan Sri") and honours, the office a title holds ("Secretary of State"), and the
owners and fields of a body a description names ("the nurses' union", "the health
ministry").
"""

from __future__ import annotations

import re

from tui.core.lexicon import (
    ADDRESSING_PARTICIPLES,
    ANONYMOUS_POSTMODIFIERS,
    AUXILIARY_VERBS,
    BOUND_TITLES,
    CALLING_TITLES,
    CHANGE_NOUNS,
    CLERGY_ROLE_NOUNS,
    COMPLEMENT_PREPOSITIONS,
    COUNSEL_PARTICIPLES,
    COUNTED_ALONE,
    COURTESY_TITLES,
    DETERMINERS,
    DOING_PARTICIPLES,
    DURATION_UNITS,
    FEMALE_KIN_NOUNS,
    FUNCTION_WORDS,
    GOVERNMENT_PLACES,
    IRREGULAR_VERB_FORMS,
    KNOWN_AS_DEGREES,
    KNOWN_AS_MANNERS,
    LEVEL_SUPERLATIVES,
    MALE_KIN_NOUNS,
    MILITARY_RANKS,
    MOTIVE_PARTICIPLES,
    MULTIPLE_WORDS,
    NAME_CONNECTORS,
    NAME_PARTICLES,
    NOT_RATES_BEFORE,
    NOUNS_IN_ING_ED,
    NUMBER_WORDS,
    OFFICE_ABBREVIATIONS,
    OFFICE_COMPLEMENTS,
    OFFICE_MODIFIERS,
    OFFICE_SUBORDINATES,
    OFFICE_VERBS,
    ORDINALS,
    ORGANIZATION_WORDS,
    PERSON_NOUNS_IN_ING,
    PLACE_PREPOSITIONS,
    PLURAL_HEADS,
    POSSESSIVE_PRONOUNS,
    PREPOSITIONS,
    PRESENT_ROLE_ADVERBS,
    QUESTION_PARTICIPLES,
    QUESTION_WORDS,
    RANKS_AFTER_ROLE,
    RELATIVE_PRONOUNS,
    ROLE_NOUNS,
    SAYING_VERBS,
    STYLE_TITLES,
    TITLE_GRADES,
    TITLE_GRADING_WORDS,
    TITLE_SECONDS,
    TITLES,
    TRADE_MODIFIERS,
)
from tui.core.model import Span
from tui.core.organizations import ORGANIZATION_MARKERS
from tui.core.speaker_kinds import BODY_KINDS, PARTY_STATE, PERSON_ROLES, given_name, marked_kind
from tui.core.speakers.records import _Analysis, _Entry, _Person
from tui.core.speakers.tokens import (
    _ARTICLES,
    _CONJUNCTIONS,
    _CUE_WORDS,
    _ONE_OF_MANY,
    _ROLES_OR_TITLES,
    INDEFINITE_WORDS,
    SOURCE_POSTMODIFIER,
    Token,
    _is_title_dot,
    _possessive,
    _role_complement,
    ly_adverb,
    tokens,
)
from tui.core.text import POSSESSIVE_ENDINGS, TITLE_OPENING_MARKS, alternation

# Clergy's titles are roles too ("the bishop said"), but a description before the name tells
# more: "The bishop of the diocese, Monsignor Ana Rey," is the bishop of the diocese.
_TITLES_NOT_ROLES = TITLES - (ROLE_NOUNS - CLERGY_ROLE_NOUNS)
_ROLE_NEVER_ENDS = _CONJUNCTIONS | COMPLEMENT_PREPOSITIONS | DETERMINERS | {"to", "as", "like"}
_RELATIVE_WORDS = RELATIVE_PRONOUNS | {"whose", "whom"}
# An age, a party and state, a place of residence before an appositive role: "58,", "D-Vt.,",
# "of Dover, Del.,".
_AGE_BEFORE_ROLE = re.compile(
    rf"(?:\d{{1,3}}|{PARTY_STATE.pattern}|(?:of|from)\s+[A-Z][\w’'.-]*(?:,?\s+[A-Z][\w’'.-]*)*),\s+"
)
# An appositive that is only an age and a place of residence ("of Dayton, Ohio", "34, of
# Austin"): where the speaker lives, no role.
_RESIDENCE_ONLY = re.compile(
    r"(?:\d{1,3},\s+)?(?:of|from)\s+[A-Z][\w’'.-]*(?:,?\s+[A-Z][\w’'.-]*)*"
)
# Prepositions opening an appositive that is an adjunct, no role (`_adjunct_opening`).
_ADJUNCT_PREPOSITIONS = frozenset("in during on after before via through amid".split())
# Where a relative clause after an appositive's role noun opens: "an engineer who inspected it";
# or a clause of time, its subject after it, which says when the role was held, no part of it:
# "an emergency physician *before she* entered politics", "a teacher *until he* was elected",
# "a nurse *when the* pandemic began". A preposition of time opens a clause only before a
# subject pronoun: before a noun it may be a phrase of the role ("an expert on recovery after
# the flood", "author of a book on life after the war").
_RELATIVE_CLAUSE = re.compile(
    r"\s(?:who|which|that|whose|whom)\b|\s(?:(?:when|while|once)\s+(?:the|his|her|their)"
    r"|(?:before|after|until|when|while|since|once)\s+(?:he|she|they|we|I|it))\b"
)
# A second appositive ending a role, an indefinite noun describing the body just named ("a
# coordinator at Terre Commune, *a group* that helps ...", "director of the Food Bank, *a
# charity*"): the role ends before it.
_BODY_DESCRIBED = re.compile(r",\s+(?:a|an)\s+[a-z-]+(?:\s+[a-z-]+){0,2}\s*,?\s*\Z")
# Role nouns that say what a person has been or where they are from, no office held.
_NO_OFFICE = frozenset("veteran veterans resident native survivor graduate alumnus".split())
# The heads of a place's name that a body's words share: "of Cook County", "of Kansas City",
# "of the Upper West Side" say where a speaker lives, not whom the speaker is with.
_PLACE_HEADS = frozenset("county city township borough municipality village town side".split())
_PORTFOLIO_HEADS = frozenset("ministry department office".split())  # "the health ministry"


_LONGEST_INITIALS = 3  # "PM", "MLA", "CEO"; not "HOST:"


def _acronym_title(toks: list[Token]) -> int | None:
    """The index of a title or role in capitals after a determiner ("the MP", "the SP" of a
    Superintendent of Police, "the CEO") or of initials alone, as a headline writes them
    ("PM says ...", "CM vows ..."): a description, as "the senator" and "Premier says" are;
    else None. A word alone in capitals is a transcript's label ("MODERATOR:"), no initials."""
    if len(toks) == 2 and toks[0].lower not in DETERMINERS or len(toks) > 2:
        return None
    last = toks[-1]
    if len(toks) == 1 and len(last.word) > _LONGEST_INITIALS:
        return None
    return len(toks) - 1 if last.word.isupper() and last.lower in _ROLES_OR_TITLES else None


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
    return owners | {w for w in words[1:-1] if plural_modifier(w)}


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


def _office_words(description: str) -> list[str]:
    """The words of an office a description names by its title, capitalised, lower case ("the
    Chief Minister": ["chief", "minister"]); none for a noun alone or a lower-case one ("the
    minister", "the veteran lawmaker")."""
    words = [w for w in description.split() if w.lower() not in DETERMINERS]
    if len(words) == 1 and words[0].isupper() and words[0].lower() in OFFICE_ABBREVIATIONS:
        return list(OFFICE_ABBREVIATIONS[words[0].lower()])  # "the CM": the Chief Minister
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


def plural_modifier(word: str) -> bool:
    """A lowercase plural noun ("elections", "parks"), not an adjective ("various") nor a
    determiner ("its", "this")."""
    return (
        word[-1:] == "s"
        and word.isalpha()
        and word.islower()
        and not word.endswith(("ss", "us", "is"))
        and word not in DETERMINERS
    )


_ROLE_BEFORE_REACH = 48  # characters looked at before a name for its role
# Words no modifier of a role is: "had met Prime Minister Ann Lee" gives "Prime Minister",
# "stood beside Premier Ann Lee" gives "Premier" (a place's preposition; not "past president",
# "outside counsel", which modify the role).
_NOT_MODIFIERS = (
    FUNCTION_WORDS
    | DETERMINERS
    | PREPOSITIONS
    | (PLACE_PREPOSITIONS - {"past", "outside"})
    | _CONJUNCTIONS
    | (IRREGULAR_VERB_FORMS - {"left"})
)
_ASKED_NEXT = QUESTION_WORDS | {"to"}  # "asked whether", "asked to comment"
# What opens a description set before a name in apposition: an article, a possessive
# pronoun or a possessor's "’s" ("the moderator, ", "its chairman, ", "Norland's fisheries
# minister, ").
_DESCRIPTION_OPENER = r"(?:\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)|[’']s)\s+"
# Determiners left out of a description taken as a role.
_ROLE_DETERMINERS = frozenset("the a an his her their its our my your that this".split())
# A company's offices by their initials and their words: "the CEO" is "the chief executive".
_OFFICE_ABBREVIATIONS = {
    "ceo": frozenset({"chief", "executive"}),
    "cfo": frozenset({"chief", "financial"}),
    "coo": frozenset({"chief", "operating"}),
}
# The name a person is popularly called by, after the full name: "Luiz da Rocha, known as
# Carlão,", "Ana Souza, better known as Aninha,", "Ana Knowles, known simply as Ree,",
# "Oleg Ivanov, nicknamed Bear,"; or was
# born with: "Kip Dee, born Dario Okafor,", "Ann Hale, née Berg," (no role either).
_POPULAR = (
    r"(?:(?:" + alternation(KNOWN_AS_DEGREES) + r") )?"
    r"(?:known (?:(?:" + alternation(KNOWN_AS_MANNERS) + r") )?as|nicknamed|called|born"
    r"|n[ée]e) "
)
_POPULAR_OPENING = re.compile(_POPULAR)  # the appositive that gives it is no role


def _office_domain(toks: list[Token], k: int) -> bool:
    """Whether toks[k] is a word of an office's domain after its title ("Minister of *Mines
    and Energy*"): a domain word, or "and" or "&" between two."""
    lower = toks[k].lower
    if lower in OFFICE_COMPLEMENTS:
        return True
    return (
        (lower == "and" or lower == "&")
        and 0 < k < len(toks) - 1
        and toks[k - 1].lower in OFFICE_COMPLEMENTS
        and toks[k + 1].lower in OFFICE_COMPLEMENTS
    )


def _office_holder(pre: list[Token]) -> list[Token]:
    """The words before a name up to the office its title holds, the office's domain after it
    dropped ("Secretary of State": "Secretary"), which tells a person."""
    k = len(pre)
    while k > 0 and _office_domain(pre, k - 1):
        k -= 1
    if k == len(pre) or k < 2 or pre[k - 1].lower not in {"of", "for"}:
        return pre
    return pre[: k - 1]


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
    Health Minister Ann Lee": the minister complements the spokesperson; "the" in "an aide to
    the lawyer Ann Lee"), else `titled`."""
    j = titled
    while j >= 1 and (
        toks[j - 1].capitalized
        or toks[j - 1].lower in OFFICE_MODIFIERS
        or toks[j - 1].lower in PERSON_ROLES  # "a friend of the lawyer Ann Lee"
    ):
        j -= 1
    if j < titled and j >= 3 and toks[j - 1].lower in _ARTICLES and toks[j].word.islower():
        j -= 1  # the article of a role in lower case, not of an office ("of the House")
    if (
        j >= 2
        and toks[j - 2].lower in PERSON_ROLES
        and _role_complement(toks[j - 2].lower, toks[j - 1].lower)
        # "Minister of Health Dr. Ravi Singh": the capitalised office's own domain before a
        # title of courtesy, no second person's office
        and not (
            toks[j - 2].capitalized and titled < len(toks) and toks[titled].lower in COURTESY_TITLES
        )
    ):
        return j
    return titled


def _complemented_office(toks: list[Token], titled: int) -> bool:
    """Whether the office before the title at toks[titled] complements a role in lower case
    before it: "an aide to Finance Minister Ann Lee", "a friend of the lawyer Ann Lee" (the aide
    and the friend speak), not "Special Agent in Charge Ann Lee"."""
    j = _office_start(toks, titled)
    return j < titled and toks[j - 2].word.islower()


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


# A role set before a name, opening its sentence: "Acme's head of hardware, " (Tom Hale ...),
# "The company's president, ": its owner or article, and lower-case words.
# ... a plural's too: "The Magpies’ sporting director, ", "The nurses' union leader, ".
_ROLE_BEFORE_NAME = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:The\s+|the\s+)?"
    r"(?P<role>(?:[a-z-]+\s+)?(?:[A-Z][\w&-]*|[a-z-]+)(?:[’']s|(?<=s)[’'])(?:\s+[a-z-]+){1,5}),\s+$"
)
_ROLE_REACH = 80  # characters before a name searched for its role
# A role serving someone or a body, in apposition before a name: "A spokesman for the mayor,
# " (Paul Greer), "(met) an aide to the governor, ", "The head of the union, "; the whole
# description, not its last noun ("the mayor"), when its head is a person's role.
_ROLE_FOR_BEFORE_NAME = re.compile(
    r"(?:^|(?<=\s))(?:[Aa]n?|[Tt]he)\s+(?P<role>(?:[a-z-]+\s+){0,2}(?P<head>[a-z-]+)\s+"
    r"(?:for|to|of)\s+(?:the\s+)?[A-Za-z][\w’'-]*(?:\s+[A-Za-z][\w’'-]*){0,3}),\s+\Z"
)
# A role after an article or a possessive inside a sentence, in apposition before a name:
# "her Westmark counterpart, " (Ida Berg), "the club's head coach, " (its words after the
# possessive), "the fisheries minister, ", an office capitalised ("the Speaker, ").
_ROLE_WITHIN = re.compile(_DESCRIPTION_OPENER + r"(?P<role>(?:[A-Za-z-]+\s+){0,2}[A-Za-z-]+),\s+\Z")
# An indefinite role opening a sentence, in apposition before a name: "A third scientist, "
# (Ann Lee), "Another outside expert, " (Dr. Ravi Das of the Kell Institute).
_ROLE_INDEFINITE_OPENING = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:An?|Another)\s+(?P<role>(?:[a-z-]+\s+){0,2}[a-z-]+),\s+\Z"
)
# ... the name after it may have its institution after "of" before the closing comma.
_NAME_WORDS = re.compile(r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}")
_NAME_OF_BODY = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][^,.;:!?\n]{0,80},")
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


_COUNSEL_OPENING = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?”\"]\s))((?i:" + alternation(frozenset(COUNSEL_PARTICIPLES)) + r")),\s+$"
)


def counsel_role_before(text: str, start: int) -> str | None:
    """The role of counsel whose words a court report opens with a participle before the
    speaker's phrase at `start` ("Prosecuting, Ms Ann Vane told the court": "prosecutor";
    "Defending, Mr Tom Grant said": "defence counsel"), or None."""
    if text[start - 2 : start] != ", ":
        return None
    found = _COUNSEL_OPENING.search(text, max(0, start - 16), start)
    return COUNSEL_PARTICIPLES[found.group(1).lower()] if found is not None else None


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
    serving = _ROLE_FOR_BEFORE_NAME.search(text, lower, start)
    if serving is not None and serving["head"] not in PERSON_ROLES:
        serving = None  # "In an essay for the Observer, Ann Lee": no role of hers
    found = (
        _ROLE_BEFORE_NAME.search(text, lower, start)
        or serving
        or _ROLE_WITHIN.search(text, lower, start)
    )
    if found is None:
        return _indefinite_role_before(text, lower, start, name_start)
    if not _CLOSED_NAME.match(text, name_start):
        return None
    role = found["role"]
    head = role.split(" of ")[0].split()[-1]
    if head[0].isupper() and head.lower() not in TITLES and _addressed_paper(text, found.start()):
        return None  # "In an essay for the Observer, Ann Lee": the paper she wrote in
    return role if head.lower() in PERSON_ROLES else None


def _indefinite_role_before(text: str, lower: int, start: int, name_start: int) -> str | None:
    """The indefinite role opening the sentence in apposition before the name at
    `name_start` ("A third scientist, Ann Lee, was ...", "Another expert, Dr. Ravi Das of the
    Kell Institute, ..."), without its ordinal ("scientist"), when its head is a person's
    role and the name closes with a comma, its institution after "of" or not; else None."""
    found = _ROLE_INDEFINITE_OPENING.search(text, lower, start)
    if found is None:
        return None
    name = _CLOSED_NAME.match(text, name_start)
    if name is not None:
        if text[name.end() : name.end() + 1] != ",":
            return None  # "A third scientist, Ann Lee said, ...": no apposition
    elif (name := _NAME_WORDS.match(text, name_start)) is None or not _NAME_OF_BODY.match(
        text, name.end()
    ):
        return None
    words = found["role"].split()
    while len(words) > 1 and words[0] in ORDINALS:
        del words[0]  # "a third scientist": the role alone
    return " ".join(words) if words[-1] in PERSON_ROLES else None


# Prepositions before a paper or a body written or spoken to: "for the Observer", "to the Advocate".
_ADDRESS_PREPOSITIONS = PREPOSITIONS | {"to"}
# Words of a piece written for a paper or of speaking to one, before its preposition.
_MEDIA_CONTEXT = frozenset(
    "essay interview column op-ed article piece speaking talking writing told".split()
)


def _addressed_paper(text: str, start: int) -> bool:
    """Whether the word just before `start` is a preposition after words of writing for or
    speaking to a paper ("In an essay for the Observer", "Speaking to the Advocate"), not
    an office's agent or addressee ("opened by the Governor", "wrote to the Registrar")."""
    before = text[max(0, start - 48) : start].lower().split()
    return (
        bool(before)
        and before[-1] in _ADDRESS_PREPOSITIONS
        and not _MEDIA_CONTEXT.isdisjoint(before[-5:-1])
    )


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
    """A role as a reader writes it: no age, number, "one" or "another" before it ("the 31-year-old
    forward": "forward"), no conjunction, preposition or article after it ("Tom Hale and": nothing),
    a possessor's name without its "’s" ("Acme’s Tom Hale": "Acme"), a work's title quoted
    whole, in curly or straight marks ("director of “Dust”", 'member of "Save Our Pier"'), no
    opening mark alone at its end; None if nothing is left."""
    if role is None:
        return None
    words = role.split()
    while words and (words[0][0].isdigit() or words[0].lower() in _ONE_OF_MANY):
        if len(words) > 1 and words[1].lower() in COMPLEMENT_PREPOSITIONS:
            break  # "a 19-year-old from Guinea", "one of the bidders": what the complement is of
        words.pop(0)  # "Another leader, Ann Lee,", "One long-time fan, Ron Busby,": a leader, a fan
    while words and (
        (words[-1].lower() in _ROLE_NEVER_ENDS and not _count_complement(words))
        or words[-1] in TITLE_OPENING_MARKS  # 'Members of the group "' before its name
    ):
        words.pop()
    if words and _possessive(words[-1]) and all(w[:1].isupper() for w in words):
        words[-1] = words[-1][:-2]  # "The Daily Courier’s Nina Paek": "Daily Courier"
    if not any(c.isalpha() for word in words for c in word) or _state_aside(words):
        return None
    if _time_ago(words):
        return None  # "A year ago, Tom Hale, the mayor, said": when, no role
    role = " ".join(words)
    if role.rfind("“") > role.rfind("”"):
        return role + "”"  # "director of “Dust”"
    return role + '"' if role.count('"') % 2 else role  # 'director of "Dust"'


def _time_ago(words: list[str]) -> bool:
    """Whether `words` are only a time before or after another ("year ago", "two days
    later", "a week earlier"): no role, whatever the apposition around them; not "analyst
    quoted two years ago", a role the time describes."""
    return (
        1 < len(words) <= 3
        and words[-1] in NOT_RATES_BEFORE
        and words[-2].lower() in DURATION_UNITS
        and all(w[0].isdigit() or w.lower() in _COUNTS_OF_TIME for w in words[:-2])
    )


_COUNTS_OF_TIME = frozenset(NUMBER_WORDS) | {"a", "an", "few", "several", "many"}
# Adverbs opening an aside on how a speaker is or was, not who: "never shy", "not known for".
_ASIDE_ADVERBS = frozenset({"never", "not", "ever", "always", "still"})


def _state_aside(words: list[str]) -> bool:
    """Whether the words set off after a name tell how the speaker was, not who ("Ann Lee,
    *visibly angry*, said", "..., *never one to back down*,"): an adverb opens them, and no
    role noun, title nor article follows ("formerly the mayor", "newly elected mayor", "The
    newly elected Sen. Ida Voss" are roles)."""
    first = words[0].lower()
    adverb = first in _ASIDE_ADVERBS or ly_adverb(first)
    return adverb and not any(
        word.lower() in ROLE_NOUNS or word.lower() in _ARTICLES or word[:1].isupper()
        for word in words[1:]
    )


def _count_complement(words: list[str]) -> bool:
    """Whether a role ends in "of" and a number, a count that completes it ("mother of three")."""
    return len(words) > 2 and words[-2].lower() == "of" and words[-1].lower() in NUMBER_WORDS


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
        or kept[-1].lower in TITLE_GRADES  # "the Speaker, Rt. Hon.": the title's grade
    ):
        if kept[-1].word == "." and len(kept) >= 2 and kept[-2].lower in ROLE_NOUNS:
            kept.pop()
            break
        dot = int(kept[-1].word == ".")
        if len(kept) >= 2 + dot and (
            kept[-2 - dot].lower in TITLE_GRADING_WORDS
            or kept[-2 - dot].lower in OFFICE_SUBORDINATES
        ):
            break  # "Master Sgt.", "Chief Const.", "Associate Justice": one rank
        kept.pop()
    ranked = len(kept)
    while (
        ranked > 1 and kept[ranked - 1].capitalized and kept[ranked - 1].lower in RANKS_AFTER_ROLE
    ):
        ranked -= 1
    if (
        ranked < len(kept)
        and kept[ranked - 1].word.islower()
        and kept[ranked - 1].lower in ROLE_NOUNS
    ):
        # "Police spokesperson Colonel", "provincial manager Advocate": the name's rank or
        # title spelled out after the role in lower case, as "Col." is
        del kept[ranked:]
    if all(t.lower in DETERMINERS or t.lower in TITLE_GRADES for t in kept):
        # "The Rev.", "The Very Rev.": a title alone, which an appositive outranks
        # (`_title_role`)
        return None
    if not any(t.lower in ROLE_NOUNS for t in kept):
        # "Retired Gen.": the title is what the modifier modifies ("State climatologist Dr.":
        # no title of courtesy)
        kept = _without_courtesy(pre)
    return _role_of(text, kept)


def _members_of(pre: list[Token]) -> bool:
    """Whether the words before an organization's name open with its people in the plural
    and "of" ("Members of the group", "Two supporters of the charity"), who speak, not the
    body; not "A spokesperson for the group"."""
    of = next((j for j, t in enumerate(pre) if t.lower == "of"), 0)
    before = pre[of - 1].lower if of else ""
    return before in PERSON_ROLES and (before in PLURAL_HEADS or before.endswith("s"))


def _past_closing_mark(text: str, start: int, end: int) -> int:
    """`end`, or past the quotation mark at `end` that closes one opened in text[start:end]
    ('the group "Save Our Pier"', "the group “Save Our Pier”")."""
    mark = text[end : end + 1]
    opened = (mark == "”" and text.find("“", start, end) >= 0) or (
        mark == '"' and text.count('"', start, end) % 2 == 1
    )
    return end + 1 if opened else end


def _rank_alone(pre: list[Token]) -> bool:
    """Whether the words before a name are a military rank and nothing else ("General",
    "Rear Admiral", "Lt. Col."), or the title of a calling (`CALLING_TITLES`: "Professor",
    "the Very Rev."), which an appositive's office outranks as the role."""
    words = [t for t in pre if t.word != "."]
    calling = [t for t in words if t.lower not in DETERMINERS and t.lower not in TITLE_GRADES]
    if len(calling) == 1 and calling[0].capitalized and calling[0].lower in CALLING_TITLES:
        return True
    return bool(words) and all(t.capitalized and t.lower in MILITARY_RANKS for t in words)


def _style_alone(pre: list[Token]) -> bool:
    """Whether the word before a name is a title of birth, chieftaincy or calling alone
    (`STYLE_TITLES`: "Prince", "Chief", "Pastor"), which an office apposed before the name
    outranks as the role ("The state governor, Prince Ade Bello,")."""
    return len(pre) == 1 and pre[0].capitalized and pre[0].lower in STYLE_TITLES


def _office(role: str | None) -> bool:
    """Whether an appositive's role is an office, its head (before "of" or "for") a role
    noun ("the army's chief of staff", "deputy commander for supply"), not what the person
    is besides ("mother of two", "veteran of two wars"), which a rank outranks."""
    if role is None:
        return False
    words = role.lower().split()
    ends = [j for j, word in enumerate(words) if word in ("of", "for")]
    head = words[ends[0] - 1] if ends and ends[0] > 0 else words[-1]
    return head in ROLE_NOUNS and head not in _NO_OFFICE


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
        if kept[-1 - dot].lower not in COURTESY_TITLES and (
            kept[-1 - dot].lower not in TITLE_GRADES or len(kept) == len(pre)
        ):
            break  # a grade of a courtesy title goes with it: "Rt. Hon.", "the Right Hon."
        del kept[-1 - dot :]
    return kept


def _role_of(text: str, kept: list[Token]) -> str | None:
    """The role the words `kept` write, determiners before them dropped."""
    while kept and kept[0].lower in DETERMINERS:
        kept.pop(0)
    if not kept:
        return None
    if (
        len(kept) > 1
        and text[kept[0].start - 4 : kept[0].start] == " to "
        and _verb_after_to(kept[0].word)
        and kept[1].lower not in ROLE_NOUNS  # "to campaign chair": a noun modifying it
        and _opens_role(kept[1].word)  # "to school board trustee": nouns modifying it
    ):
        kept.pop(0)  # "voted to summon Bell chief executive Mirko Bibic": the infinitive's
    return _clean_role(text[kept[0].start : kept[-1].end])


# Endings of the adjectives that may open a role after an infinitive's verb ("to summon
# *regional* director", "to invite *senior* adviser"), no noun's ("-er": "water", "-ing":
# "housing").
_ADJECTIVE_ENDINGS = ("al", "ary", "ic", "ive", "ant", "ent", "ior")
# Endings of the adjectives and participles that may modify a role after "to" ("spoke to
# local MP", "wrote to outgoing chair"), no verb of an infinitive.
_MODIFIER_ENDINGS = (*_ADJECTIVE_ENDINGS, "ing", "ed", "ly", "er")


def _verb_after_to(word: str) -> bool:
    """Whether `word`, opening the words before a name after "to", is the verb of an
    infinitive ("to *invite* Telus president Ann Lee"), no role's modifier ("to former
    minister", "to senior adviser", "to local MP", "to Bell chief executive")."""
    lower = word.lower()
    return (
        word.isalpha()
        and word.islower()
        and lower not in ROLE_NOUNS
        and lower not in TITLES
        and lower not in OFFICE_MODIFIERS
        and lower not in TRADE_MODIFIERS
        and not lower.endswith(_MODIFIER_ENDINGS)
    )


def _opens_role(word: str) -> bool:
    """Whether `word`, after the verb of an infinitive, may open the role of the name after
    it: a capitalised word (a body's name: "to summon *Bell* chief executive"), a title or an
    office's modifier ("to summon *former* minister"), an adjective ("to invite *senior*
    adviser", "to hear *long-time* adviser": a compound); not a lower-case noun, which may
    as well be the second of two nouns modifying the role ("to school *board* trustee", "to
    county *health* officer")."""
    lower = word.lower()
    return (
        word[:1].isupper()
        or lower in TITLES
        or lower in OFFICE_MODIFIERS
        or lower.endswith(_ADJECTIVE_ENDINGS)
        or "-" in lower
    )


_COMPARATIVE = re.compile(r"(?:more|less|fewer|\w{2,}er)", re.IGNORECASE)
_CHANGE_AFTER = frozenset("of from on in since over compared".split())
_LEVEL_AFTER = frozenset("since in on ever yet for".split())


def _figure_compared(words: list[str]) -> bool:
    """Whether an appositive's words compare a figure, no role: a comparative before "than"
    ("more than in May", "higher than forecast"), a change's noun after "a" and at most two
    words or a figure, then "of", "from" ... or the end ("a rise of 8%", "a sharp rise from
    May", "a 20% increase"), a level's superlative after "the" ("the highest since 2010",
    "the lowest in a decade"), a multiple ("twice as many"), or "well above/below" ("well
    above forecasts"); not "a more cautious analyst", "the largest shareholder"."""
    bare = [w.strip(".,;:").lower() for w in words]
    if len(bare) > 1 and bare[1] == "than" and _COMPARATIVE.fullmatch(bare[0]):
        return True
    if bare and bare[0] in MULTIPLE_WORDS:
        return True
    if len(bare) > 1 and bare[0] == "well" and bare[1] in {"above", "below"}:
        return True
    if len(bare) > 1 and bare[0] == "the" and bare[1] in LEVEL_SUPERLATIVES:
        return len(bare) == 2 or bare[2] in _LEVEL_AFTER
    if bare and bare[0] in {"a", "an"}:
        for k in range(1, min(4, len(bare))):
            if bare[k] in CHANGE_NOUNS and words[k].islower():
                return k + 1 == len(bare) or bare[k + 1] in _CHANGE_AFTER
    return False


def _some_of_them(words: list[str]) -> bool:
    """Whether an appositive tells of a part of a group, a quantifier and a participle or
    "of" ("many wearing red", "some carrying flags", "most of them students"): no role."""
    return (
        len(words) > 1
        and words[0].lower() in COUNTED_ALONE
        and (words[1] == "of" or words[1].endswith("ing"))
    )


def _appositive_role(text: str, appositive: Span | None) -> str | None:
    if appositive is None:
        return None
    start = appositive[0]
    before_role = _AGE_BEFORE_ROLE.match(text, start, appositive[1])
    while before_role is not None:  # "Hale, 58, of Dover, a retired teacher"
        start = before_role.end()
        before_role = _AGE_BEFORE_ROLE.match(text, start, appositive[1])
    words = text[start : appositive[1]].split()
    if _place_lived_in(words):
        return None
    affiliation = _affiliated_body(words)
    if affiliation is not None:
        return affiliation
    if _residence(text, appositive):
        return None
    if words and words[0].lower() in _RELATIVE_WORDS:
        return _office_held(words)
    if not words or PARTY_STATE.fullmatch(words[0]):
        return None  # "Rep. Ann Lee, R-Ariz., said": the title is her role
    if _figure_compared(words):
        return None  # "according to the army, more than last year": a figure compared
    if _some_of_them(words):
        return None  # "Demonstrators, many wearing red, said": some of the group, no role
    if len(words) > 1 and _participle_clause(words[0], words[1]):
        # "speaking on condition of anonymity", "asking not to be named"; but "elected in
        # 2020 as mayor", "trained as a nurse": the role after "as"
        return _role_as(words) if words[0] in _APPOINTING_PARTICIPLES else None
    if _POPULAR_OPENING.match(text, start, appositive[1]):
        return None  # "known as Dinho": a name, no role
    if len(words) == 1 and _manner_participle(words[0].rstrip(",")):
        return None  # "said Ann Lee, laughing, as she ...": how she said it, no role
    if (
        len(words) == 1
        and _bare_past(words[0].rstrip(","))
        and _PARTICIPLE_NEXT.match(text, appositive[1])
    ):
        # "Emeka Obi, 31, resigned, saying ...": the subject's verb, no role; not before a
        # verb of its own ("Tom Reed, 54, unemployed, said": his state)
        return None
    if len(words) > 1 and _adjunct_opening(words[0], words[1]):
        return None  # "in a memo to staff", "during a deposition in May": where, not who
    if not any(c.isalpha() for c in words[0]):
        return None  # an age or a number: "Ruiz, 31, said"
    if words[0] in PRESENT_ROLE_ADVERBS and (
        (len(words) > 2 and words[1] in _ARTICLES)
        or (len(words) > 1 and words[1].rstrip(",") in ROLE_NOUNS)
    ):
        # "now (a) president of the union", "now mayor": the role, not when it is held
        start = text.index(words[1], start + len(words[0]))
        words = words[1:]
    if words[0].lower() in _ARTICLES or words[0].lower() in POSSESSIVE_PRONOUNS:
        start += len(words[0]) + 1  # "Her neighbor, Tom Hale": "neighbor"
    relative = _RELATIVE_CLAUSE.search(text, start, appositive[1])
    # the comma before a relative clause closes the role: "Ray Dunn, a farmer, who ..."
    end = relative.start() if relative else appositive[1]
    body = _BODY_DESCRIBED.search(text, start, end)
    # the body's own description closes it: "a lawyer at Hale Partners, a firm that ..."
    role = text[start : body.start() if body else end].rstrip(",")
    if not SAYING_VERBS.isdisjoint(role.split()[1:]):
        # "According to Tomasz, his father said: ...": a clause, no role; a verb in lower case
        # only ("editor of Field Notes" is a role)
        return None
    if role.startswith("One of "):
        role = role.replace("One of ", "one of ", 1)  # "One of the organizers, Ingrid Maier,"
    return _clean_role(role)


# The nouns of a service's units and a city's wards, where an officer or a councillor serves:
# "Sgt. Ray Pike, of the detachment", "Coun. Amy Lowe, of Ward 5".
_SERVICE_UNITS = frozenset("unit detachment division precinct squad ward".split())
_MAX_BODY_DESCRIPTION = 3  # the most lower-case words before a body's name: "pro-EU campaign group"


def _affiliated_body(words: list[str]) -> str | None:
    """The body an appositive "of [the] <name>" names, whose own words tell a body ("of the
    Harbour Alliance", "of Greenway Trust"): the speaker's affiliation, the role; None if
    the appositive is no such one ("of Dover": where the speaker lives)."""
    if len(words) < 2 or words[0] != "of":
        return None
    body = " ".join(word.rstrip(",") for word in words[1 + (words[1] == "the") :])
    return body if _body_name(body) or _described_body(body.split()) else None


def _described_body(words: list[str]) -> bool:
    """Whether `words` are a body's noun in lower case, with its modifiers, and the body's
    name in capitals after it ("campaign group Republic North", "housing charity Shelter"):
    the speaker's affiliation, as the name alone would be."""
    noun = next((k for k, word in enumerate(words) if word[:1].isupper()), 0) - 1
    return (
        0 <= noun < _MAX_BODY_DESCRIPTION
        and all(word.islower() for word in words[: noun + 1])
        and words[noun] in ORGANIZATION_WORDS
        and all(w[:1].isupper() or w in NAME_CONNECTORS for w in words[noun + 1 :])
    )


def _unit_of_body(role: str) -> str | None:
    """The unit of a named body an appositive's role "of the <name> <unit noun> [in
    <place>]" names ("of the RCMP detachment in Surrey", "of the Surrey RCMP detachment"),
    or a service's unit or a ward by its noun ("of the traffic unit", "of the major crime
    unit in Halifax", "of Ward 5"), where a title's holder serves, without "of the" ("major
    crime unit in Halifax"); None if it names no such unit ("of the local food bank")."""
    words = [word.rstrip(",") for word in role.split()]
    if len(words) < 2 or words[0] != "of" or words[1:] == ["the"]:
        return None
    named = words[1 + (words[1] == "the") :]
    at = named.index("in") if "in" in named[1:-1] else len(named)
    unit, place = named[:at], named[at + 1 :]
    of_service = unit[-1].lower() in _SERVICE_UNITS or _ward(unit)
    serves = (
        of_service
        or (
            len(unit) > 1
            and unit[0][:1].isupper()
            and unit[-1] in ORGANIZATION_MARKERS
            and marked_kind(unit) in BODY_KINDS
        )
    ) and all(word[:1].isupper() for word in place)
    return " ".join(named) if serves else None


def _ward(words: list[str]) -> bool:
    """Whether `words` name a ward by its number ("Ward 5")."""
    return len(words) == 2 and words[0] == "Ward" and words[1].isdigit()


def _place_lived_in(words: list[str]) -> bool:
    """Whether an appositive "of [the] <name>" names a place by a place's head ("of Cook
    County", "of the Upper West Side"), or a ward by its number ("of Ward 5"): where the
    speaker lives, no affiliation."""
    if len(words) < 2 or words[0] != "of":
        return False
    place = [word.rstrip(",") for word in words[1 + (words[1] == "the") :]]
    if _ward(place):
        return True
    return (
        bool(place)
        and all(word[:1].isupper() for word in place)
        and place[-1].lower() in _PLACE_HEADS
    )


def _body_name(role: str) -> bool:
    """Whether a role is a body's own name, the speaker's affiliation ("Harbour Alliance",
    "Daily Courier", "Ward 5 Residents Association"), which says where the speaker is, not
    what kind of speaker."""
    words = role.split()
    return (
        bool(words)
        and words[0][:1].isupper()
        and all(w[:1].isupper() or w.isdigit() or w in NAME_CONNECTORS for w in words)
        and marked_kind(words) in BODY_KINDS
    )


def _office_held(words: list[str]) -> str | None:
    """The office a relative clause gives ("who chairs the board": "chair of the board"; "who
    chairs the board and backs the plan": the same, the verb joined after it no office; up
    to a comma, "who heads the union with her deputy, Tom Hale": "head of the union with
    her deputy"), or None: another relative clause ("who teaches math"), a past one ("who
    chaired ...")."""
    if len(words) < 3 or words[0].lower() != "who":
        return None
    office = OFFICE_VERBS.get(words[1].lower())
    if office is None:
        return None
    held = words[2:]
    for k, word in enumerate(held[:-1]):
        if word.endswith(","):  # "who heads the union with her deputy, Tom Hale,": his name
            held = held[: k + 1]  # is apposed to a noun of the clause, no part of the office
            break
    for k in range(1, len(held) - 1):
        if held[k] == "and" and _verb_after_and(held[k + 1]):
            held = held[:k]
            break
    return _clean_role(f"{office} of {' '.join(held).rstrip(',.;:')}")


def _verb_after_and(word: str) -> bool:
    """Whether a word after "and" in a relative clause is its second verb ("and *has* backed
    it", "and *voted* no", "and *opposes* it"), not the office's name going on ("the board
    of Acme and Sons", "the arts and culture committee", "Smith and United Holdings", "the
    Feed and Seed Cooperative": a name's word in "-ed" is capitalised)."""
    return word.islower() and (
        word in AUXILIARY_VERBS or (len(word) > 4 and word.endswith("ed")) or word in _CUE_WORDS
    )


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


# Participles of being given an office or a trade, whose "as" names a role ("elected in 2020
# as mayor", "trained as a nurse"); not "hailed as a hero", "listed as missing".
_APPOINTING_PARTICIPLES = frozenset(
    """elected appointed named hired trained chosen selected installed employed nominated
    confirmed ordained qualified retrained reelected re-elected""".split()
)


def _role_as(words: list[str]) -> str | None:
    """The role a participle's clause names after "as", a noun in lower case ("elected in
    2020 as mayor": "mayor"; "trained as a nurse": "nurse"); None if none ("named as Ann
    Lee", "founded in 1921")."""
    if "as" not in words:
        return None
    role = [word.rstrip(",") for word in words[words.index("as") + 1 :]]
    if role and role[0].lower() in _ARTICLES:
        role = role[1:]
    if not role or not role[0].islower():
        return None
    return _clean_role(" ".join(role))


def _manner_participle(word: str) -> bool:
    """Whether a one-word appositive is a participle telling how its speaker spoke or stood
    ("laughing", "smiling", "shrugging"), no role; not a noun in -ing ("sibling", "king")."""
    return (
        word.isalpha()
        and word.islower()
        and len(word) > 5
        and word.endswith("ing")
        and word not in NOUNS_IN_ING_ED
        and word not in PERSON_NOUNS_IN_ING
    )


# A present participle right after an appositive, past its comma: "resigned*, saying*".
_PARTICIPLE_NEXT = re.compile(r"[,\s]*[a-z]+ing\b")


def _bare_past(word: str) -> bool:
    """Whether a one-word appositive is a verb's past in -ed ("resigned", "agreed"), which
    before a participle is the sentence's verb after an age set off, no role; not "retired",
    a person's state."""
    return word.isalpha() and word.islower() and word.endswith("ed") and word != "retired"


def _participle_clause(first: str, second: str) -> bool:
    """Whether an appositive opening with `first`, `second` is a participle's clause saying
    what the speaker did ("speaking on condition of anonymity", "declining to be named",
    "speaking privately", "speaking an hour later", "fearing retaliation", "briefing
    reporters", "giving evidence"), where or how the speaker stood ("standing outside her
    flooded home", "shovelling his driveway") or was asked ("asked about the remark", "pressed
    on the cost") or where or when it was set up ("based in Brackton", "founded in 1921",
    "listed on the exchange"), not a role ("acting director of the agency")."""
    if first in QUESTION_PARTICIPLES:
        return second in PREPOSITIONS or second in _ASKED_NEXT
    if first.endswith("ed") and first.islower():
        return second in PREPOSITIONS
    return (
        first in MOTIVE_PARTICIPLES
        or first in ADDRESSING_PARTICIPLES
        or first in DOING_PARTICIPLES  # "giving evidence", "answering questions"
        or (
            first.islower()
            and first.endswith("ing")
            and (
                second in PREPOSITIONS
                or second in PLACE_PREPOSITIONS
                or second in POSSESSIVE_PRONOUNS
                or second in _ARTICLES
                or second in {"not", "to"}
                or second.endswith("ly")
            )
        )
    )


def _past_possessor(words: list[str]) -> int:
    """The index after the last possessive in `words`, 0 if none: "mrs hale's *son*"."""
    return next(
        (k + 1 for k in range(len(words) - 1, -1, -1) if words[k].endswith(POSSESSIVE_ENDINGS)), 0
    )


def _described(pre: list[Token], appositive_role: str | None) -> frozenset[str]:
    """The titles and role words of a speaker phrase, lower case: the words before the name,
    and those of an appositive up to its first function word ("a forward for the club":
    "forward"); after a possessive only, the words before it the possessor's, not this
    speaker's ("Mrs Hale's son": "son", no "Mrs"); as written, a past holder's too ("Ex-Mayor":
    "ex-mayor", no "mayor")."""
    own = _past_possessor([t.lower for t in pre])
    words = {t.word.lower().rstrip(".") for t in pre[own:] if t.word[0].isalpha()}
    role_words = (appositive_role or "").lower().split()
    for word in role_words[_past_possessor(role_words) :]:
        if word in FUNCTION_WORDS:
            break
        words.add(word.strip(",.’'"))
    for short, spelled in _OFFICE_ABBREVIATIONS.items():
        if short in words:
            words |= spelled  # "CEO Ann Lee ... the chief executive said"
        elif spelled <= words:
            words.add(short)  # "Ann Lee, the chief executive ... the CEO said"
    return frozenset(words)


def _party_before_name(toks: list[Token], k: int) -> bool:
    """Whether the party toks[k - 1] is set before a person's given name, a role like a title
    ("Democrat Ann Lee", "Republican Tom Hale"), not a word of the name; "Republican National
    Committee" opens no given name."""
    return k < len(toks) and given_name(toks[k].word)


def _without_leading_article(name: str) -> str | None:
    """A description as a role: "the longtime mayor" -> "longtime mayor", "his attorney" ->
    "attorney" (a possessive pronoun is whose, not what, the speaker is)."""
    first, _, rest = name.partition(" ")
    return _clean_role(rest if rest and first.lower() in _ROLE_DETERMINERS else name)


# A source's clause asking anonymity ("(an official) speaking on condition of anonymity", "who
# asked not to be named"), or also telling it may not speak ("who was not authorized to").
ANONYMOUS_SOURCE = alternation(
    tuple(m for m in ANONYMOUS_POSTMODIFIERS if m.startswith(("who", "speaking")))
)
ANONYMITY_CLAUSE = ANONYMOUS_SOURCE + r"|who\s+(?:is|was|are|were)\s+not\s+authori[sz]ed"
_ANONYMITY_CLAUSE = re.compile(r"(?:^|\s)(?:" + ANONYMITY_CLAUSE + r")\b")
# Heads that say only a gender or kin, no role: "a woman in her 60s", "a 34-year-old man".
_KIN_HEADS = MALE_KIN_NOUNS | FEMALE_KIN_NOUNS


def _listed_in_name(words: list[str], k: int) -> bool:
    """Whether the comma after words[k] parts the capitalised fields a name lists up to its
    end, "and" before the last: "the Ministry of Housing, Communities and Local Government"."""
    rest = words[k + 1 :]
    return (
        words[k][:1].isupper()
        and "and" in rest
        and all(word[:1].isupper() or word == "and" for word in rest)
    )


def _source_role(found: _Analysis) -> str | None:
    """The role of an unnamed person brought in by an indefinite description that says more
    than its noun: a role noun with modifiers ("a senior administration official", "One
    Liberal MP", "a diplomat in Geneva"), or anyone described as a source ("a person familiar
    with the matter", "a second man close to the mayor"): the description without its
    article or ordinal ("person familiar with the matter"); None for "a nurse" (its noun
    alone) and "one of the people" (a partitive)."""
    words = found.name.split()
    if found.kind != "person" or found.named or len(words) < 3:
        return None
    if words[0].lower() not in INDEFINITE_WORDS or words[1].lower() == "of":
        return None
    # up to a relative clause or an aside: "A cashier who declined to give her name" is a
    # cashier, no role more
    clause = next(
        (
            k
            for k, word in enumerate(words)
            if (word.endswith(",") and not _listed_in_name(words, k)) or word in _RELATIVE_WORDS
        ),
        len(words),
    )
    described = words[2:clause] if words[1].lower() in ORDINALS else words[1:clause]
    role = " ".join(described).rstrip(",")
    anonymity = _ANONYMITY_CLAUSE.search(role)  # "official speaking on condition of anonymity"
    if anonymity is not None:
        role = role[: anonymity.start()]
    if len(role.split()) < 2 or (
        (found.head not in PERSON_ROLES or found.head in _KIN_HEADS)
        and SOURCE_POSTMODIFIER.search(role) is None
    ):
        return None
    return role
