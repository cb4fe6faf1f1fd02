"""Pronoun resolution for `Speakers` (registry.py): the speaker "he", "she", "it"
or "they" stands for (`_antecedent`: the subject opening a recent sentence, the
person or body named since the last attribution, by agreement and salience), and the
owner a possessive ("his lawyer", "its director") names.
"""

from __future__ import annotations

import re
from itertools import chain, takewhile

from tui.core.lexicon import (
    ACCOUNT_VERBS,
    ANSWERING_CUES,
    ASKED_INITIALS,
    AUTHOR_PRONOUNS,
    AUXILIARY_VERBS,
    BELIEF_ADJECTIVES,
    CHILD_NOUNS,
    COMPLEMENT_PREPOSITIONS,
    DETERMINERS,
    DOCUMENT_WORDS,
    FEMALE_NOUNS,
    FUNCTION_WORDS,
    GROUP_QUANTITIES,
    IRREGULAR_DOING_PASTS,
    IRREGULAR_VERB_FORMS,
    KIN_BODIES,
    KIN_CONVERSES,
    KIN_PAIR_NOUNS,
    MALE_NOUNS,
    NATURAL_EVENTS,
    NO_ANTECEDENT_WORDS,
    NOBLE_TITLES,
    NUMBER_WORDS,
    ORGANIZATION_WORDS,
    PAIR_NOUNS,
    PAIR_SUBJECTS,
    PERSON_PRONOUNS,
    PERSONAL_BODIES,
    PLACE_PREPOSITIONS,
    PLURAL_HEADS,
    PLURAL_PRONOUNS,
    POSSESSIVE_PRONOUNS,
    PREPOSITIONS,
    QUESTION_PARTICIPLES,
    QUESTION_WORDS,
    ROLE_NOUNS,
    SETTING_HEADS,
    SETTLEMENT_NOUNS,
    SINGULAR_THEY_HEADS,
    SPEECH_CUES,
    SUBORDINATORS,
    THING_PRONOUNS,
    TITLES,
)
from tui.core.model import Span, SpeakerKind
from tui.core.organizations import GENERIC_BODY_HEADS, ORGANIZATION_NOUNS, SORTED_BODY_HEADS
from tui.core.speaker_kinds import BODY_KINDS, PERSON_ROLES, marked_kind, people_plural
from tui.core.speakers.after_cue import phrase_after
from tui.core.speakers.before_cue import phrase_before
from tui.core.speakers.gender import (
    _AGED_NAME,
    _NEUTRAL_TITLES,
    _NEUTRALLY_TITLED,
    _NOBLE_SUBJECT,
    _OFFICE_TITLES,
    GENDERED_NOUNS,
    _gender,
    _may_be,
    _no_given_name,
    _person_head,
    _subject_agrees,
)
from tui.core.speakers.kinds import _OWNED_BODY, _PERSON_LIKE, _body_end, _unknown_name
from tui.core.speakers.names import _introduced, _key, _name_end, _person_start, couple_named
from tui.core.speakers.noun_phrases import _plural_head, _verb_like
from tui.core.speakers.records import _Analysis, _Entry, _Person
from tui.core.speakers.registry_shared import (
    _CAPITALISED_WORD,
    _COMPANY_NAME_ENDS,
    _LOWER_WORD,
    _MENTION_REACH,
    _NAME_AFTER_ROLE,
    _NAME_AT,
    _NAME_WORDS,
    _OPENING_ROLE,
    _OWNING_PRONOUNS,
    _SENTENCE_BREAK,
    _SUBJECT_NAME,
    _UNKNOWN_OR_ORGANIZATION,
    _end_before,
    _noble_title,
    _opening_subject,
    _owned_thing,
    _place_name,
    _place_or_state,
    _sentence_before,
    _works_name,
)
from tui.core.speakers.roles import _ROLE_REACH
from tui.core.speakers.sentences import (
    _after_opening_clause,
    _framed_topic,
    _inverted_subject,
    _named_subject,
    _opens_line_or_sentence,
    _opens_sentence,
    _quoted,
    _sentence_end,
    _sentence_opening,
)
from tui.core.speakers.tokens import _MAX_MODIFIERS, Phrase, _phrase_of, tokens
from tui.core.text import alternation, last_word, line_start

# The prepositions whose object a relative is told of as, not the subject: "a trip *with* her
# sister, Ana Ruiz", "a book *for* his son, Tom Lee"; and how far back to read for one.
_KIN_PREPOSITIONS = PREPOSITIONS | PLACE_PREPOSITIONS
_KIN_PREPOSITION_REACH = 16

# A speaker's id from the name: "the-white-house" -> "white-house".
_OWNED_PEOPLE = ROLE_NOUNS | PERSONAL_BODIES | KIN_BODIES | PLURAL_HEADS | frozenset(KIN_CONVERSES)
_TWO_WORDS = re.compile(r"\s*([\w’'-]+)(?:\s+([\w’'-]+))?")

# A speaker set off by commas inside another subject's clause, from its mention's end: "The
# report, the union said, was flawed" (then "its" is the report, not the union).
_INSERTED_CUE = re.compile(r"\s+\w+\s*,")
# A sentence opening with a name apposed to a body's noun: "A consumer group, Ratepayers
# United, ...", "Ratepayers United, a consumer group, ...": the name and that noun.
_APPOSED_BODY = re.compile(
    r"(?:(?:An?|The)[^\S\n]+(?:[\w-]+[^\S\n]+){0,3}?(?P<noun>[a-z-]+),[^\S\n]+"
    r"(?P<name>[A-Z][\w&'’-]*(?:[^\S\n]+(?:of|for|and|[A-Z][\w&'’-]*))*),"
    r"|(?P<name2>[A-Z][\w&'’-]*(?:[^\S\n]+(?:of|for|and|[A-Z][\w&'’-]*))*),[^\S\n]+"
    r"(?:an?|the)[^\S\n]+(?:[\w-]+[^\S\n]+){0,3}?(?P<noun2>[a-z-]+),)"
)
# The words a subject phrase interrupted by a cue cannot hold: a verb's auxiliary ("Tom Reed
# was 19, he says,"), a preposition ("looked at the desk, he says,").
_NO_SUBJECT_WORDS = AUXILIARY_VERBS | PREPOSITIONS

# A count opening a sentence before the plural it counts: "About two dozen (drivers)", "Some
# 200 (residents)", "A handful of"-less "A dozen (nurses)".
_COUNT_OPENING = re.compile(
    r"(?i:(?:about|around|some|nearly|almost|roughly|only|more\s+than|at\s+least)\s+)?"
    r"(?:(?:\d[\d,]*|(?i:"
    + alternation(frozenset(NUMBER_WORDS))
    + r"))(?:\s+(?:"
    + alternation(GROUP_QUANTITIES)
    + r"))?|[Aa]\s+(?:"
    + alternation(GROUP_QUANTITIES)
    + r"))\s+(?=[a-zA-Z])"
)
# A question put by someone named after "by", opening a sentence: "Asked by a reporter whether
# ..., she said", "When pressed by reporters on ...,": the asker (group 1, to the comma) is
# not who answers after it.
_ASKER_OPENING = re.compile(
    r"(?:(?i:when|after|once)\s+)?(?i:"
    + alternation(QUESTION_PARTICIPLES)
    + r")\s+by\s+([^,.;:“”\"]{1,80}),"
)
# A complement with a count or an article after a plural opening its sentence, up to the
# verb in the past: "(Members) of 12 families attended", "(Residents) of the four streets
# on the hill packed": the subject's own, read back from that verb as before a cue.
_COUNTED_COMPLEMENT = re.compile(
    r"[^\S\n]+(?:of|from|at|in)[^\S\n]+(?:the[^\S\n]+)?(?:\d[\d,]*|(?i:"
    + alternation(frozenset(NUMBER_WORDS))
    + r")|the)[^\S\n]+(?:[\w’'-]+[^\S\n]+){1,6}?(?P<verb>[a-z]+ed|"
    + alternation(IRREGULAR_VERB_FORMS)
    + r")\b"
)
# After a subject (and its appositive, or its abbreviation's period: "Acme Corp."), a word in
# lower case.
_VERB_NEXT = re.compile(r"\.?[\s,]+[a-z]")
# A passive verb after a subject: "were given", "have been moved" (not "were angry", nor a
# feeling: "were worried").
_PASSIVE_NEXT = re.compile(
    r"\s+(?:(?:is|are|was|were|have\s+been|had\s+been)\s+)(?:\w+ly\s+)?(?!(?:"
    + alternation(BELIEF_ADJECTIVES)
    + r")\b)(?:[a-z]+(?:ed|en)|"
    + alternation(IRREGULAR_VERB_FORMS)
    + r")\b"
)


def _of_people(word: str) -> bool:
    """Whether `word` is a plural of people: "residents", "economists", "Republicans"."""
    lower = word.lower()
    return people_plural(word) or (lower in PERSON_ROLES and _plural_head(lower))


def _of_person(word: str) -> bool:
    """Whether a word in lower case is a noun of people, one or more: "aide", "teens",
    "officers"; not "Police" (capitalised) nor "video"."""
    return word.islower() and (
        word in PERSON_ROLES or word.removesuffix("s") in CHILD_NOUNS or _of_people(word)
    )


def _owns_people(text: str, at: int) -> bool:
    """Whether one of the two words at `at`, after a possessive, names people the owner has,
    not a thing: "Hale’s supporters", "Lee’s closest aides", "Kim’s sons" (not "Hale’s
    resignation")."""
    match = _TWO_WORDS.match(text, at)
    words = [word.lower() for word in match.groups() if word] if match else []
    return any(word in _OWNED_PEOPLE or word.removesuffix("s") in _OWNED_PEOPLE for word in words)


def _previous_opening(text: str, opening: int) -> int:
    """Where the sentence before the one opening at `opening` opens; -2 if none."""
    end = _end_before(text, opening)
    if end < 0:
        return -2
    return _sentence_opening(text, line_start(text, end), end)


_PERSON_PRONOUNS_AND_WHO = PERSON_PRONOUNS | {"who"}

_THINGS = frozenset({"organization", "media", "document"})  # what "it" may stand for

_OPENING_CHARS = 40  # characters of a sentence's opening read for a body as its subject
# "The" and the run of lower-case words after it, a body's description opening a sentence:
# "The *police union* filed", "The *city council* voted" (cut by `_BODY_RUN_STOPS`).
_BODY_OPENING = re.compile(r"The(?P<run>(?:[^\S\n]+[a-z]+\b(?![-'’])){1,3})")
_BODY_RUN_STOPS = FUNCTION_WORDS | PREPOSITIONS | DETERMINERS | IRREGULAR_VERB_FORMS

# The bodies a person has that speak for the one who spoke last: "Lee said ... His office
# said ..." (not "family", as often the family of the person the story is about).
_SPEAKERS_BODIES = PERSONAL_BODIES - {"family"}

_COLLECTIVES = frozenset({"group", "organization", "media"})  # what "they" may stand for

_OWN_SENTENCE_REACH = 200  # characters from a sentence's opening to an "it" it names the body of

_RELATIVE_ASIDE = re.compile(r",\s+(?:who|which)\s")  # "Salas, who was arrested by ..."

_VERB_GROUP_WORDS = 3  # a verb and its auxiliaries: "has sued", "will have bought"

# A description opening with a capital, and the words after it where its head is, if it has
# one: "One woman", "A retired teacher", "The man’s daughter", "Her husband", the author's
# kin ("My mother"); a name's kin ("Holm's daughter"), not its other people ("Brink's coach",
# often the name's own subject) (`Speakers._described_subject`).
_DESCRIBED_PERSON = re.compile(
    r"\b(?:One|A|An|The|His|Her|Their|My|Our|[A-Z][a-z]+[’']s(?=\s+(?:"
    + alternation(MALE_NOUNS | FEMALE_NOUNS)
    + r")\b))\s+(?P<words>(?:[a-z][\w’'-]*\s+){0,3}[a-z][\w’'-]*)"
)
# A name a description is identified with by "is" or "was", past a short title, ending the
# clause: "(The woman at the oars) is Odile Roy.", "(The man behind the counter) was Arturo
# Vell, 71,", "(The woman in the red boat) is Dr. Ines Varga.".
_IDENTIFIED_AS = re.compile(
    r"\s(?:is|was)\s+(?:(?i:"
    + alternation(TITLES)
    + r")\.?\s+)?(?!(?i:"
    + alternation(TITLES)
    + r")\.)([A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+){0,2})(?=[.,;])"
)
# A title's period closing what was read as a sentence ("The woman in the red boat is Dr."):
# the sentence goes on past it.
_TITLE_CLOSING = re.compile(r"\s(?i:" + alternation(TITLES) + r")\.\Z")
# What opens a clause or an aside within a description, before an "is" not the description's
# own: "The woman at the desk, whose hometown is Moncton,"; no bare comma ("The woman at the
# oars, 71, is Odile Roy.", "..., a retired nurse, is Odile Roy." name her).
_RELATIVE_WORDS = frozenset({"who", "whose", "which", "that", "where"})

# Each possessive pronoun as written, in lower case and capitalised, with its pronoun.
_POSSESSIVE_FORMS = [
    (form, pronoun)
    for written, pronoun in POSSESSIVE_PRONOUNS.items()
    for form in (written, written.capitalize())
]
_COMPLEMENT_WORDS = COMPLEMENT_PREPOSITIONS | {"to"}  # "adviser to", "partner at"
_ACCORDING = "according to "  # what cites a source before its name
_NARRATIVE_REACH = 3  # sentences of a pronoun's subject a name may stand before
_PRONOUN_OPENING_WORDS = 5  # the words a subject pronoun may stand among ("On Friday he ...")
_PRONOUN_OPENING_CHARS = 60  # characters that hold them
_OPENING_CLAUSE_CHARS = 120  # an opening clause, closed by a comma: "Asked whether ..., she"
_CLAUSE_OPENERS = QUESTION_WORDS | SUBORDINATORS  # before a clause's own subject: "whether she"

# An opening clause whose subject is the author, closed by a comma before the pronoun: "When I
# reached Mayor Ivo Lind by phone, he said", "After we called Ann Roe, she said".
_AUTHOR_CLAUSE = re.compile(
    rf"(?P<subordinator>[A-Z][a-z]+)\s+(?:I|we)\s[^.;:!?“”\"]{{3,{_OPENING_CLAUSE_CHARS}}},\s+$"
)
# The author's contact with whom that clause names, right after its "I" or "we": "reached",
# "spoke to", "put that question to"; not whom the author talked of ("When I brought up Ivo
# Lind"), nor what the author watched or where went ("When I visited Lakeview Manor").
_AUTHOR_CONTACT = re.compile(
    r"\s+(?:I|we)\s+(?:(?:first|finally|later|then|also|last)\s+)?"
    r"(?:reached(?:\s+out\s+to)?|contacted|interviewed|approached|called|phoned|rang"
    r"|e-?mailed|texted|messaged|asked|questioned|met(?:\s+with)?|(?:spoke|talked)\s+(?:to|with)"
    r"|sat\s+down\s+with|caught\s+up\s+with|wrote\s+to"
    r"|put\s+(?:that|this|the|my|our)\s+(?:question|questions|point)\s+to)\s+"
)
# A name's person by the name's possessive, contacted by the author: "(met) Ray Tolland's
# daughter", "(called) the mayor's wife".
_OWNER_AND_PERSON = re.compile(
    r"(?:the\s+[a-z]+|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})[’']s\s+(?P<noun>[a-z]+)\b"
)
# What ends the contacted person's phrase: the topic or the time ("asked Ann Roe about the
# ward", "reached Tom Reyes on Monday").
_CONTACT_OBJECT_ENDS = re.compile(
    r"\s(?:about|on|over|regarding|concerning|whether|if|why|how|what|for|after|before)\s"
)

_NAME_GOES_ON = re.compile(r"(?:[ \t]+[A-Z][\w&’'-]*){1,3}")  # "Oramis *Semiconductor Inc.*"


def _full_company_name(text: str, at: int, length: int) -> Span | None:
    """The span of a company's full name opening with the `length` characters of a short name
    at `at`, ending in its trade or a legal suffix ("Oramis Semiconductor" for "Oramis"); None
    if the name goes on to no such word ("the Amazon Labour Union", a body of its own)."""
    full = _NAME_GOES_ON.match(text, at + length)
    if (
        full is not None
        and (at == 0 or not text[at - 1].isalnum())
        and full.group().split()[-1].lower() in _COMPANY_NAME_ENDS
    ):
        return at, full.end()
    return None


_JOINED = re.compile(r"\s+(?:and|or|&)\s+[A-Z]")
# One name answering at the end of the sentence before a quotation, no words of its own: "...
# looked at each other before *Oduya* answered.", "..., and *Lee* replied:" (the name, group 1).
_ANSWERED_LAST = re.compile(
    r"(?<![\w’'-])([A-Z][\w’'-]+)\s+(?:"
    + alternation(frozenset(w for w in ANSWERING_CUES if w.endswith("ed")))
    + r")\s*[.:]\s*[“\"‘]?[^.!?“”\"]*[”\"’]?,?\s*\Z"
)
# A capitalised word: its word boundary a look-behind after the capital, so that the scan
# skips from one capital to the next instead of trying the boundary at every position.
_CAPITALISED = re.compile(r"[A-Z](?<!\w.)[\w’'-]+")

_CLAUSE_THE = re.compile(r", the ")  # "the" after a comma: an opening clause's, perhaps
_THE = frozenset({"The"})
# An object pronoun of a person after a speaker's verb and at most two words before it:
# "(The cook) there told *her* to hurry"; "her" as an object (not "told her staff").
_OBJECT_AFTER = re.compile(
    r"(?:[^\S\n]+[a-z]+){1,3}?[^\S\n]+(her|him)(?=[^\S\n]+(?:to|that|about|the|a|an)\b|[,.])"
)
_OBJECT_PRONOUN_OF = {"she": "her", "he": "him"}
# A person's noun (a modifier before it perhaps), a past verb and an object pronoun: "(An)
# officer ordered *him*", "(A) prison guard told *her*".
_DONE_TO = re.compile(
    r"[a-z][\w’'-]*(?:[^\S\n]+[a-z][\w’'-]*)?[^\S\n]+(?:[a-z]+ed|"
    + alternation(IRREGULAR_DOING_PASTS)
    + r")[^\S\n]+(her|him)\b"
)
# The pronouns that tell someone else than a subject of the gender, or a subject of the other.
_GENDER_TELLERS = {
    "she": re.compile(r"\b(?:her|he|him|his|himself)\b", re.IGNORECASE),
    "he": re.compile(r"\b(?:him|she|her|hers|herself)\b", re.IGNORECASE),
}
# A name and the people with it, as a sentence's subject: "Sand and her colleagues".
_NAME_AND_COMPANY = re.compile(
    r"\b(?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+\s+and\s+(?:his|her|their)\s+"
    r"(?:colleagues|team|co-authors|coauthors|aides|lawyers|advisers|advisors|staff|family"
    r"|supporters|allies|partners)\b"
)
# What every match of `_AGED_NAME` holds, an age in commas (", 61,"); the capitalised titles
# one of which every match of `_NEUTRALLY_TITLED` holds ("Dr", "Minister"), and of
# `_NOBLE_SUBJECT` ("Countess"): a window without it has no match, and is spared the scan of
# that pattern, which tries a title or a run of capitalised words at every position (or
# capital), where these skip to a comma or to the titles' first letters.
_AGE_IN_COMMAS = re.compile(r",\s+\d{1,3},")
_GENDERLESS_TITLE = re.compile(
    alternation(frozenset(t.capitalize() for t in _NEUTRAL_TITLES | _OFFICE_TITLES))
)
_NOBLE_TITLE = re.compile(alternation(frozenset(t.capitalize() for t in NOBLE_TITLES)))
# A name right after a role noun, then its verb: " Jude Karr was" ("The drummer Jude Karr").
_NAME_RIGHT_AFTER = re.compile(r"\s(" + _NAME_WORDS + r")(?=\s+[a-z])")


def _named_pair(entry: _Entry | None) -> _Entry | None:
    """`entry` if it is two people named and joined by "and" ("Ann Lee and Mia Roe")."""
    return entry if entry is not None and entry.named and entry.key.count(" and ") == 1 else None


def _pair_subject(name: str) -> bool:
    """Whether a subject stands for two people named together just before: "both", "the
    pair" (`PAIR_SUBJECTS`), or "both" or "the two" and a plural of people ("both women",
    "the two brothers": `PAIR_NOUNS`)."""
    if name in PAIR_SUBJECTS:
        return True
    lead, _, noun = name.rpartition(" ")
    return lead in ("both", "the two") and noun in PAIR_NOUNS


def _pair_gender(name: str) -> str | None:
    """The gender a pair subject's plural gives its two ("both women", "the two brothers":
    "she", "he"), or None ("both", "the siblings")."""
    noun = name.rpartition(" ")[2]
    singular = noun[:-3] + "man" if noun.endswith("men") else noun.removesuffix("s")
    return GENDERED_NOUNS.get(singular)


# A pronoun of each gender as written, found by `find`: "he" carrying on with a speaker ("He
# met Ian Roe"); a word it opens ("here") only makes the rule give up.
_GENDER_FORMS = {
    "he": ("He ", " he ", " he,", "His ", " his ", " him"),
    "she": ("She ", " she ", " she,", "Her ", " her"),
}
# An appositive describing a newcomer after the name: ", a privacy lawyer", ", the author".
_INTRODUCING = re.compile(r", (?:a|an|the) [a-z]")  # starts with a literal: a fast search


class Pronouns:
    """Pronouns and possessives: whom they stand for (mixed into `Speakers`)."""

    def _antecedent(self, pronoun: str, position: int) -> _Entry | None:
        """The speaker a pronoun stands for, or None when there is none or several.

        "it" stands for the last organization, medium or document; "they" for the last group
        or organization. "he" and "she" for the last speaker of that gender or of unknown
        gender: one of known gender, or the subject of the last attribution, is taken; else
        a person of that gender named since the last attribution (not in a quotation), if
        only one; else the speaker of unknown gender if no other agrees. After two people of
        that gender opening a sentence together since: none, as a reader could not tell."""
        recent = self._recent_entries()
        if pronoun in PERSON_PRONOUNS:
            recent = self._without_asker(recent, position)
        if pronoun == "it" and (
            (
                body := self._subject_body(position)
                or self._opening_body(position)
                or self._opening_body(position, self._own_sentence(position))
            )
            is not None
        ):
            return body
        if (
            pronoun == "it"
            and _after_what(self._text, position)
            and self._aside_in_subject(position)
        ):
            # "The group, which calls itself BlackVault, posted samples of what it said were
            # ...": its own sentence's subject, found above or not at all, never an older body
            return None
        if (
            pronoun == "it"
            and recent
            and recent[0].kind not in _THINGS
            and self._document_heard_last()
        ):
            return recent[0]  # "The report says ... It also found": the report, by its author
        if pronoun in THING_PRONOUNS or pronoun == "which":
            if recent and _unknown_name(recent[0]) and self._same_sentence(position):
                # "Brightwater blamed a group, which it said ...": the name that spoke last in
                # the sentence, whose kind no word told, over an older organization
                return recent[0]
            thing = next((e for e in recent if e.kind in _THINGS), None)
            if thing is not None:
                thing = self._citing_owner(thing) or thing
            return thing or next((e for e in recent if _unknown_name(e)), None)
        if pronoun in PLURAL_PRONOUNS:
            what = self._what_subject(pronoun, position)
            if what is not None:
                return what
            if self._singular_they(recent, position):
                return recent[0]
            lower = _sentence_end(self._text, self._last_end, position) if self._last_end else 0
            role = self._opening_role(None, lower, position, plural=True)
            if role is not None:
                return role  # "The researchers made 24 accounts. They said": not the firm before
            people = self._opening_people(position)
            if people is not None:
                return people  # "Critics balked. They say": not the group before
            company = self._name_and_company(lower, position)
            if company is not None:
                return company  # "Sand and her colleagues adjusted for age, but they said"
            return next((e for e in recent if e.kind in _COLLECTIVES), None)
        gender = pronoun if pronoun in PERSON_PRONOUNS else None
        what = self._what_subject(pronoun, position)
        if what is not None:
            return what
        # After the sentence of the last attribution, or from the start before the first:
        # where subjects and openers are read, found once for all.
        lower = position
        if gender:
            lower = _sentence_end(self._text, self._last_end, position) if self._last_end else 0
            if recent and recent[0].kind in _THINGS and self._last_end:
                lower = self._body_sentence(gender, lower)
        met = self._met_by_author(gender, position)
        if met is not None:
            return met
        reach = self._before_inserted_cue(pronoun, position)
        subjects = self._latest_subjects(gender, lower, reach)
        if len(subjects) > 1:
            # "Lee and Roe looked at each other before Roe answered. “No,” she said": Roe
            answered = _ANSWERED_LAST.search(self._text, lower, reach)
            one = [p for p in subjects if answered and _key(answered[1]) == p.surname]
            if len(one) == 1:
                return self._subject(one[0])
            return None  # "Ann Lee and Rachel Kim met. She said": either, or the last speaker
        opener = self._subject_read(gender, lower, reach, subjects)
        if opener is not None:
            return opener
        owner = self._owner_of_last(recent, gender)
        if owner is not None:
            return owner
        agreeing = [
            e
            for e in recent
            if (e.kind == "person" or _unknown_name(e))
            and (
                gender is None
                or e.gender == gender
                # of no gender told, nor one whose given name tells the other gender ("Krull
                # said" of a Sabine Krull named before is no "he"), when no pronoun told it
                or (e.gender is None and self._given_gender(e, position) in (None, gender))
            )
            and e.key not in AUTHOR_PRONOUNS  # "I" is never "he"
            and e.key not in NO_ANTECEDENT_WORDS  # "No one expected it. He said": not "No one"
        ]
        if gender is not None and len(agreeing) > 1 and _no_given_name(agreeing[0]):
            # "Transport Focus said ... ‘...,’ she said": a name with no given name, title or
            # role tells no person, so the last speaker of that gender is meant
            agreeing = [e for e in agreeing if e.gender == gender][:1] or agreeing
        if (
            gender
            and len(agreeing) > 1
            and agreeing[0].gender is None
            and self._given_gender(agreeing[0], position) not in (None, gender)
            and self._given_gender(agreeing[1], position) == gender
        ):
            agreeing = agreeing[1:]  # "Host Ray Bellamy ... Bellamy asked ... She said": not he
        if gender and agreeing and agreeing[0].gender is None and self._told_other(gender):
            # "The cook told her to hurry. She says ...": "her" is someone else than the
            # cook, so "she" is too, the one of that gender if any
            agreeing = [e for e in agreeing if e.gender == gender][:1] or agreeing
        if (
            gender
            and agreeing
            and agreeing[0] is recent[0]
            and (introduced := self._introduced_person(gender, position, recent[0])) is not None
            and self._introduced_after(position)
        ):
            return introduced  # "... did not impress Ian Roe, a lawyer. “...,” he said": Roe
        if agreeing and (
            agreeing[0].gender is not None
            or agreeing[0] is recent[0]
            or _after_other_gender(recent, agreeing[0], gender)
        ):
            if agreeing[0] is not recent[0] and gender is not None:
                # Another source spoke last ("Officials said"): a speaker of that gender
                # named since is the one meant, over an older speaker; after a relative of
                # the other gender ("Her husband, Tom Lamb, says ..."), the one they are kin of
                return (
                    self._mentioned_person(gender, position, known=True)
                    or self._kin_spoken_of(recent, agreeing, gender)
                    or agreeing[0]
                )
            return agreeing[0]
        mentioned = self._mentioned_person(gender, position)
        if mentioned is None and not agreeing:
            # "Ana Ruiz met the union. The union said ... She said": no speaker can be meant,
            # so the one person of that gender named before the last attribution is
            mentioned = self._mentioned_person(gender, position, before_last=True)
        if mentioned is not None or len(agreeing) != 1 or agreeing[0].kind != "person":
            return mentioned
        return agreeing[0]

    def _without_asker(self, recent: list[_Entry], position: int) -> list[_Entry]:
        """`recent` without whoever put the question that opens the pronoun's sentence ("Asked
        by a reporter whether ..., she declined": she is not the reporter)."""
        opening = self._opening_at(position)
        if self._text[opening : opening + 1] not in ASKED_INITIALS:
            return recent  # most sentences: no question participle opens them
        asker = _ASKER_OPENING.match(self._text, opening, position)
        if asker is None:
            return recent
        start, end = asker.span(1)
        return [e for e in recent if not (e.mentions and start <= e.mentions[-1][0] < end)]

    def _opening_at(self, position: int) -> int:
        """Where the sentence holding `position` opens (`_sentence_opening`): read once for a
        pronoun at `position`, whose readings (`_met_by_author`, `_lone_named_subject`, ...)
        each ask for it."""
        if self._opened[0] != position:
            text = self._text
            opening = _sentence_opening(text, line_start(text, position), position)
            self._opened = (position, opening)
        return self._opened[1]

    def _before_inserted_cue(self, pronoun: str, position: int) -> int:
        """Where the subjects a pronoun may stand for end: at the opening of its own sentence
        when it speaks in a cue set off by commas inside it ("A nurse, he says, told him":
        he says a nurse told him, so he is not the nurse), else at the pronoun."""
        text = self._text
        if text[position - 2 : position] != ", ":
            return position
        cue = _INSERTED_CUE.match(text, position + len(pronoun))
        if cue is None or text[cue.start() : cue.end() - 1].strip().lower() not in SPEECH_CUES:
            return position
        opening = self._opening_at(position)
        if not _subject_phrases(text[opening : position - 2]):
            return position  # "Tom Reed was 19 when she started, she says,": his own clause
        return opening

    def _met_by_author(self, gender: str | None, position: int) -> _Entry | None:
        """The one person of `gender` named in an opening clause of the author's, the
        pronoun's sentence opening with it ("When I spoke to Minister Ann Roe last week, she
        said": Roe, not a woman who spoke before), or its one name of no known gender, as a
        speaker, only as the object of the author's contact ("When I brought up Ivo Lind, he
        said" names no one met); None if none or several."""
        if gender is None:
            return None
        text = self._text
        opening = self._opening_at(position)
        clause = _AUTHOR_CLAUSE.match(text, opening, position)
        if clause is None or clause["subordinator"].lower() not in SUBORDINATORS:
            return None
        contact = _AUTHOR_CONTACT.match(text, clause.end("subordinator"), position)
        if contact is None:
            return None  # "When I brought up Ivo Lind, he said": whom the author spoke of
        kin = _OWNER_AND_PERSON.match(text, contact.end(), position)
        if kin is not None and _gender(frozenset({kin["noun"]}), "") == gender:
            # "When I met Ray Tolland's daughter, she said": the daughter, not Tolland
            return self._entry_for(_phrase_of(tuple(tokens(text, kin.start(), kin.end()))))[0]
        ends = _CONTACT_OBJECT_ENDS.search(text, contact.end(), position)
        upper = ends.start() if ends is not None else position
        met = {
            person.surname: person
            for person in self._people_between(contact.end(), upper)
            if person.gender == gender
        }
        if met:
            return self._subject(next(iter(met.values()))) if len(met) == 1 else None
        # a name no list tells the gender of ("When I called Grant Pellerin, he said")
        names = [
            name
            for name in _NAME_AT.finditer(text, contact.end(), upper)
            if _names_someone(name.group().split())
        ]
        return (
            self._named_person(names[0].start(), names[0].end(), gender)
            if len(names) == 1
            else None
        )

    def _owner_of_last(self, recent: list[_Entry], gender: str | None) -> _Entry | None:
        """The person whose relative spoke last, described by that person's possessive, when
        the pronoun agrees with the person and not with the relative ("Malhotra isn't sure.
        Dev Malhotra's wife wants to travel. He wants to sleep in": Malhotra, over an older
        speaker); None otherwise."""
        if gender is None or not recent or recent[0].named or recent[0].kind != "person":
            return None
        name = recent[0].name
        cut = max(name.rfind("’s "), name.rfind("'s "))  # "Dev Malhotra’s wife"
        owner = self._by_key.get(_key(name[:cut])) if cut > 0 else None
        if owner is None or owner.kind != "person" or recent[0].gender in (gender, None):
            return None
        return owner if owner.gender == gender else None

    def _document_heard_last(self) -> bool:
        """Whether the last attribution's mention ends with a document's noun ("The report",
        "the audit"), though it stood for the author who gave it ("In a report, Auditor
        General Ann Lee found ... The report says")."""
        text = self._text
        start = text.rfind(" ", max(0, self._last_end - 24), self._last_end) + 1
        return text[start : self._last_end].lower() in DOCUMENT_WORDS

    def _citing_owner(self, thing: _Entry) -> _Entry | None:
        """The body whose own document a speaker cited "according to its ..." is, the body
        opening that sentence as its subject ("Acme has sued Bolt Corp, according to its
        filing": Acme), else the body named last before it, for "it" after ("Vantor Holdings
        said profit rose, according to its annual report. It ..."), as a speaker; None if
        `thing` is no such document."""
        if thing.kind != "document" or not thing.name.lower().startswith("its "):
            return None
        text = self._text
        at = thing.mentions[0][0]
        if not text[max(0, at - len(_ACCORDING)) : at].lower().endswith(_ACCORDING):
            return None  # "Its report said ... It also found": the report
        name = self._mentioned_organization(max(self._floor, at - _MENTION_REACH), at)
        if name is None:
            return None
        owner = self._citing_subject(at, name)
        if owner is not None:
            return owner
        start = text.rfind(name, 0, at)
        phrase = phrase_after(text, start, start + len(name))
        return None if phrase is None else self._entry_for(phrase)[0]

    def _citing_subject(self, at: int, body: str) -> _Entry | None:
        """The name of a body or of no known kind opening the sentence before `at` as its
        subject, with `body`, the body named last, the object of its verb ("Acme has sued
        Bolt Corp, according to its ..."; not "Profit rose at Vantor Holdings"), as a
        speaker; None if none, a person's or if `body` is no such object."""
        text = self._text
        opening = _sentence_opening(text, line_start(text, at), at)
        subject = _SUBJECT_NAME.match(text, opening, at)
        if subject is None or subject.group() == body:
            return None
        object_at = text.find(body, subject.end(), at)
        verb = text[subject.end() : object_at].split()
        if (
            object_at < 0
            or not 0 < len(verb) <= _VERB_GROUP_WORDS
            or not all(word.isalpha() and word.islower() for word in verb)
            or any(word in PREPOSITIONS for word in verb)
        ):
            return None
        phrase = phrase_after(text, subject.start(), subject.end())
        if phrase is None or phrase.pronoun is not None:
            return None
        if self._analysed_phrase(phrase)[0].kind not in _UNKNOWN_OR_ORGANIZATION:
            return None  # "Ann Lee sued Bolt Corp, according to its ...": Bolt Corp's
        return self._entry_for(phrase)[0]

    def _name_and_company(self, lower: int, position: int) -> _Entry | None:
        """A name and the people with it ("Sand and her colleagues") opening the last
        sentence in text[lower:position] that opens so, outside quotations, as a group; None
        if none."""
        text = self._text
        if text.find(" and ", lower, position) < 0:
            return None  # the common case, told at once
        last = None
        for match in _NAME_AND_COMPANY.finditer(text, lower, position):
            if _opens_sentence(text, match.start()) and not _quoted(text, match.start()):
                last = match
        if last is None:
            return None
        return self._entry_for(_phrase_of(tuple(tokens(text, last.start(), last.end()))))[0]

    def _told_other(self, gender: str) -> bool:
        """Whether the last attribution's verb has the object pronoun of `gender` right
        after its speaker ("The cook told *her* to hurry"): someone else than the speaker."""
        if self._taken_back:  # "He told her to leave, she said": she was told, and says so
            return False
        told = _OBJECT_AFTER.match(self._text, self._last_end)
        return told is not None and told.group(1) == _OBJECT_PRONOUN_OF[gender]

    def _body_sentence(self, gender: str, lower: int) -> int:
        """Where the sentence of the last attribution, a body's, opens, if a person of
        `gender` opens it as the subject asked a question ("Lee was asked about the party's
        pledge to ... She said": Lee), so that person is read as the sentence's subject; else
        `lower`."""
        text = self._text
        mention = self._last_end
        opening = _sentence_opening(text, line_start(text, mention), mention)
        if opening < lower and any(
            _opens_sentence(text, person.start) and _QUESTIONED.match(text, _name_end(text, person))
            for person in self._latest_subjects(gender, opening, lower)
        ):
            return opening
        return lower

    def _subject_read(
        self, gender: str | None, lower: int, position: int, subjects: list[_Person]
    ) -> _Entry | None:
        """The one person of `gender` opening the last sentence in text[lower:position] that
        opens with one (`subjects`, as `_latest_subjects` finds them), by a name, a role, a
        description or a name whose gender the sentence tells, or the lone name of no known
        gender opening the sentence just before (over an older speaker of that gender: "Ann
        Lee said ... Amara Kone was less sure. “...,” she said"); None if none or several."""
        if len(subjects) > 1:
            return None
        if subjects:
            # "Lucía Ferrer runs it. Her friend, Amara Diallo, studies law. She says": the
            # name apposed to the one "her" stands for's friend, just read, is someone else
            apposed = self._lone_named_subject(gender, lower, position, apposed_only=True)
            return apposed or self._subject(subjects[0])
        return (
            self._opening_speaker(gender, lower, position)
            or self._opening_role(gender, lower, position)
            or self._described_subject(gender, lower, position)
            or self._owning_subject(gender, lower, position)
            or self._lone_named_subject(gender, lower, position)
        )

    def _same_sentence(self, position: int) -> bool:
        """Whether `position` is in the sentence of the last attribution's mention."""
        return bool(self._last_end) and (
            _sentence_end(self._text, self._last_end, position) == position
        )

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
        """A named speaker of unknown gender, or of the pronoun's that no list tells but a
        pronoun before did ("Odd Reinholt", a "he" since; "Okabe Ren ... Okabe, a diplomat, is
        wary. He ..."), whose name opens the last sentence that opens with one in
        text[lower:position], after the last attribution ("Coach Arno Veld was less happy.
        He told ...", by the given name alone, "Juno was less happy", or by a name only a
        pronoun gave a gender, "Asked about it, Reinholt laughed. He said"): the subject just
        read, as in `_latest_subjects`; None if none."""
        if gender is None or not self._by_surname:
            return None
        text = self._text
        for word in reversed(list(_CAPITALISED.finditer(text, lower, position))):
            key = _key(word.group())
            given = self._by_given.get(key, ())
            for entry in chain(self._by_surname.get(key, ()), given if len(given) == 1 else ()):
                words = entry.name.split()
                if entry.kind != "person" or entry.gender not in (None, gender):
                    continue
                if entry.own_gender is not None:
                    continue  # "Ann Lee": `_latest_subjects` reads her name
                if entry.gender is None and len(words) < 2:
                    continue
                given = " ".join(words[:-1]) + " "
                start = word.start()
                if len(words) > 1 and text.startswith(given, start - len(given)):
                    start -= len(given)  # "Millbrook coach *Arno Veld*": the role before it
                if _opens_sentence(text, start) and not _quoted(text, start):
                    return entry
        return None

    def _opening_role(
        self, gender: str | None, lower: int, position: int, *, plural: bool = False
    ) -> _Entry | None:
        """The person a role noun opening the last sentence in text[lower:position] after the
        last attribution stands for ("The president weighed in on Monday. He wrote ..."):
        the name apposed to it ("The mayor, Dana Whitlock, spoke"), else the holder named
        before, else that role unnamed; the people of a plural role for "they" (`plural`:
        "The researchers made 24 accounts. They said ..."); None if no such sentence, or if
        the noun's gender or number is not the pronoun's."""
        if gender is None and not plural:
            return None
        text = self._text
        openings = [
            start for _, start in self._capitalised_words().words(_THE, "", lower, position)
        ]
        # after an opening clause: "Asked about the fares, the mayor shrugged"
        openings.extend(m.start() + 2 for m in _CLAUSE_THE.finditer(text, lower, position))
        for start in sorted(openings, reverse=True):
            match = _OPENING_ROLE.match(text, start, position)
            if match is None:
                continue
            words = match.group(1).split()
            head = next((k for k, word in enumerate(words) if word in PERSON_ROLES), None)
            if head is None or not (
                _opens_line_or_sentence(text, start) or _after_opening_clause(text, start)
            ):
                continue
            if head + 1 < len(words) and not _verb_like(words[head + 1]):
                continue  # "The head cook there told her": "head" modifies the noun after it
            if _plural_head(words[head]) != plural:
                return None  # "The officials met": they, not he; "The chair": not they
            if not plural and _gender(frozenset({words[head]}), "") not in (None, gender):
                return None
            if _quoted(text, match.start()):
                return None
            end = match.start() + len("The ") + len(" ".join(words[: head + 1]))
            named = _NAME_AFTER_ROLE.match(text, end, position) or _NAME_RIGHT_AFTER.match(
                text, end, position
            )
            name = tokens(text, named.start(1), named.end(1)) if named is not None else []
            if name and not plural and marked_kind([t.word for t in name]) is None:
                # "The mayor, Dana Whitlock, spoke", "The drummer Jude Karr was less sure":
                # the name, so described; not a body's, nor the first of the people of a
                # plural role ("The two men, Al Roe, 34, and Ty Bell, 41, appeared"): they
                return self._entry_for(_phrase_of(tuple(name), (match.start(), end)))[0]
            toks = tokens(text, match.start(), end)
            return self._entry_for(_phrase_of(tuple(toks)))[0]
        return None

    def _described_subject(self, gender: str | None, lower: int, position: int) -> _Entry | None:
        """A person brought in as the subject opening the last sentence in text[lower:position]
        that opens with one, outside quotations: by a description whose person's noun
        agrees with the pronoun's `gender` ("One woman, a nurse on nights, keeps a list.
        ..., she said", "The man’s daughter arrives. She asks ..."), or by a name of no other
        gender with an age ("Gil Marchetti, 61, has pushed trolleys for years. He jokes ...")
        or a title of no gender ("Dr. Amara Kone struck a note. “...,” he said"); as a
        speaker; for a description identified with a name, that person ("The woman at the
        oars is Odile Roy."); None if none."""
        if gender is None:
            return None
        text = self._text
        lower = max(lower, position - _MENTION_REACH)  # the subject just read, not far back
        candidates = list(_DESCRIBED_PERSON.finditer(text, lower, position))
        # most windows hold no age nor title: spared the scans of the patterns that need one
        if _AGE_IN_COMMAS.search(text, lower, position):
            candidates.extend(_AGED_NAME.finditer(text, lower, position))
        if _GENDERLESS_TITLE.search(text, lower, position):
            candidates.extend(_NEUTRALLY_TITLED.finditer(text, lower, position))
        if _NOBLE_TITLE.search(text, lower, position):
            candidates.extend(_NOBLE_SUBJECT.finditer(text, lower, position))
        candidates.sort(key=re.Match.start, reverse=True)  # the last first: read lazily
        last = next(
            (
                match
                for match in candidates
                if _subject_agrees(match, gender)
                and _opens_sentence(text, match.start())
                and not _quoted(text, match.start())
                and (
                    match.re is not _NOBLE_SUBJECT
                    or _noble_title(tokens(text, match.start(), match.end("name"))) is not None
                )  # "The Prince of Wales Hospital treated ...": no person
            ),
            None,
        )
        if last is None or (last.re is _DESCRIBED_PERSON and _did_to_other(text, last, gender)):
            return None
        start = last.start()
        if last.re is _DESCRIBED_PERSON:
            # "The woman at the oars is Odile Roy.": the person so named
            # the description's own "is", not one of a clause after it ("The woman at the desk,
            # whose hometown is Moncton,"), nor a place
            end = _sentence_end(text, start, position)
            if _TITLE_CLOSING.search(text, start, end):  # "is Dr. Ines Varga": no sentence's end
                end = _sentence_end(text, end, position)
            named = _IDENTIFIED_AS.search(text, start, end)
            if named is not None and (
                not _RELATIVE_WORDS.isdisjoint(
                    text[start : named.start()].replace(",", " , ").split()
                )
                or _place_or_state(named[1])
            ):
                named = None
            person = None if named is None else self._named_person(*named.span(1), gender)
            if person is not None:
                return person
        # a description with its appositive ("a nurse on nights"); a name before its age
        upper = (
            _sentence_end(text, start, position)
            if last.re is _DESCRIBED_PERSON
            else last.end("name")
        )
        phrase = (
            _phrase_of(tuple(tokens(text, start, upper)))
            if last.re is _NOBLE_SUBJECT  # "The Countess of Brill": the title and its place
            else phrase_after(text, start, upper)
        )
        if phrase is None and last.re is _DESCRIBED_PERSON:
            # "The man’s daughter": a person's noun that no role list holds, up to its head
            head = _person_head(last)
            phrase = None if head is None else _phrase_of(tuple(tokens(text, start, head.end())))
        return None if phrase is None else self._entry_for(phrase)[0]

    def _owning_subject(self, gender: str | None, lower: int, position: int) -> _Entry | None:
        """A person whose name, one no list tells a gender, is the subject opening the last
        sentence in text[lower:position] that says "his" or "her" (the pronoun's) of a thing,
        outside quotations: the gender that sentence tells ("Brink, reached by phone, stood by
        her comments. “...,” the 29-year-old said"; "Inside, Marit Oyelaran keeps her late
        husband's logs"); as a speaker; None if that sentence opens with no such name."""
        if gender not in _OWNING_PRONOUNS:
            return None
        text = self._text
        own = _OWNING_PRONOUNS[gender]
        lower = max(lower, position - _MENTION_REACH)
        at = text.rfind(own, lower, position)
        while at >= 0 and (_quoted(text, at) or not _owned_thing(text, at + len(own))):
            at = text.rfind(own, lower, at)
        if at < 0:
            return None
        start = _sentence_opening(text, line_start(text, at), at)
        name = _opening_subject(text, self._capitalised_words(), start, at)
        if name is None:
            return None
        return self._named_person(name.start(), name.end(), gender)

    def _named_person(self, start: int, end: int, gender: str | None) -> _Entry | None:
        """The person a subject's name at text[start:end] names, of `gender` or of none the
        name or a pronoun before told, as a speaker; None if it is a pronoun or names no
        person."""
        phrase = phrase_after(self._text, start, end)
        if phrase is None or phrase.pronoun is not None:
            return None
        found, _ = self._analysed_phrase(phrase)
        if not found.named or found.kind not in _PERSON_LIKE or found.gender not in (None, gender):
            return None
        words = found.name.split()
        if found.role is None and (_place_name(words) or words[0].lower() in NATURAL_EVENTS):
            return None  # "Main Street was shut", "Storm Babet flooded ...": no person
        entry = self._entry_for(phrase)[0]
        return entry if entry.gender in (None, gender) else None

    def _lone_named_subject(
        self, gender: str | None, lower: int, position: int, *, apposed_only: bool = False
    ) -> _Entry | None:
        """The name of no known gender opening the sentence just before the pronoun's, after
        the last attribution, when no other name stands in either outside quotations ("Amara
        Kone struck a note of caution. “...,” he said"), or before sentences whose subject is
        that pronoun already ("Arne Holm has rowed the ferry. On Friday he makes his last
        crossing. “...,” he says"): the only person a reader could mean; as a speaker; None
        if none, or if another name competes."""
        if gender is None:
            return None
        text = self._text
        span = _sentence_before(text, lower, self._opening_at(position))
        for _ in range(_NARRATIVE_REACH):
            if span is None or not _pronoun_opens(text, span, gender):
                break
            span = _sentence_before(text, lower, span[0])
        if span is None or _pronoun_opens(text, span, gender):
            return None
        start, end = span
        if apposed_only and not _owned_by(text, start, gender):
            return None  # `apposed_only`: told cheaply first, as most sentences open otherwise
        # the subject, after an opening phrase, a conjunction or a role if any ("On Monday,
        # local farmer Amara Kone struck ...")
        name = _opening_subject(text, self._capitalised_words(), start, end)
        if name is None or self._kin_told_of(name.start(), gender):
            return None  # "... a trip with her sister, Ana Ruiz. She says": not Ruiz
        # the words before a name apposed to them are its role ("The Orun Islands' Prime
        # Minister, Tevita Lomu, was"), no one else
        apposed = _apposed_subject(text, name)
        if apposed_only and not (
            apposed and _person_not_kin(text[start : name.start() - 2].rpartition(" ")[2])
        ):
            # `apposed_only`: a role of another of that gender's ("Her friend,"); a relative
            # ("Her daughter,") is read with her kin (`_with_kin_named`); a thing of hers
            # named ("His latest book, Ward Nine,") is no one
            return None
        lowest = name.start() if apposed else start
        if any(
            (other.end() <= name.start() or other.start() >= name.end())
            and not _quoted(text, other.start())
            and _names_someone(other.group().split())
            for other in _NAME_AT.finditer(text, lowest, position)
        ):
            return None  # "Amara Kone met Ivo Perl": either
        if _someone_else_told(text, name.end(), position, gender):
            return None  # "Marit Oyelaran met her on Monday. “...,” she said": another woman
        if _works_name(name.group().split()):
            return None  # "Brackton Mills employs 400 people": a company, perhaps
        return self._named_person(name.start(), name.end(), gender)

    def _mentioned_person(
        self,
        gender: str | None,
        position: int,
        *,
        known: bool = False,
        before_last: bool = False,
        owner: bool = False,
    ) -> _Entry | None:
        """The one person of `gender` named since the last attribution (`before_last`: also
        before it, as far back as a mention is looked for), not in a quotation ("Ms. Lee
        arrived. “...,” she said."), as a speaker; None if none or several, or (`known`) if
        that person has not spoken before. For a possessive's `owner`, not a relative named in
        a kin apposition ("Odile Roy rows. Her mother, Rosa, drives her. ... her mother":
        Odile Roy's)."""
        if gender is None:
            return None
        lower = position - _MENTION_REACH if before_last else self._last_end
        lower = max(lower, position - _MENTION_REACH, self._floor)
        text = self._text
        found = {
            person.surname: person
            for person in self._people_between(lower, position)
            if person.gender == gender
            and not _quoted(text, person.start)
            and not (owner and self._kin_apposed_at(person.start))
        }
        if len(found) != 1:
            return None
        (person,) = found.values()
        analysis = self._person_analysis(person, gender)
        same = self._same_person(analysis)
        return same if same is not None or known else self._new(analysis)

    def _introduced_after(self, position: int) -> bool:
        """Whether a name is described by an appositive ("Ian Roe, a builder") after the
        sentence of the last attribution, before `position`: not as what that sentence's
        speaker did or said ("He said the plan was praised by Ian Roe, a builder", "The mayor
        thanked Ian Roe, a donor"), which carries on with that speaker."""
        text = self._text
        return (
            _INTRODUCING.search(text, _sentence_end(text, self._last_end, position), position)
            is not None
        )

    def _introduced_person(self, gender: str, position: int, last: _Entry) -> _Entry | None:
        """The one person of `gender` named and described by an appositive since the last
        attribution, in a sentence before the pronoun's, when no pronoun of that gender
        carried on with the last speaker before: a newcomer introduced to be heard ("The
        figure did not impress Ian Roe, a privacy lawyer. “...,” he said."); not one the
        last speaker met ("He met Ian Roe, a lawyer.") nor the last speaker again."""
        text = self._text
        lower = max(self._last_end, position - _MENTION_REACH, self._floor)
        if (
            not self._last_end
            or not _INTRODUCING.search(text, lower, position)
            or any(text.find(form, lower, position) >= 0 for form in _GENDER_FORMS[gender])
        ):
            return None
        people = {
            person.surname: person
            for person in self._people_between(lower, position)
            if person.gender == gender and not _quoted(text, person.start)
        }
        if len(people) != 1:
            return None
        (person,) = people.values()
        after = person.start + len(person.name)
        if not _INTRODUCING.match(text, after) or self._opening_at(position) <= person.start:
            return None
        analysis = self._person_analysis(person, gender)
        same = self._same_person(analysis)
        if same is last:
            return None
        return same or self._new(analysis)

    def _subject(self, person: _Person) -> _Entry:
        """A person named as a subject, as a speaker."""
        analysis = self._person_analysis(person, person.gender)
        return self._same_person(analysis) or self._new(analysis)

    def _latest_subjects(self, gender: str | None, lower: int, position: int) -> list[_Person]:
        """The people of `gender` in the last subject that opens a sentence in
        text[lower:position], after the one of the last attribution, outside quotations
        ("“...,” Lee said. Ann Hale disagreed. “...,” she said": Hale): one name, or names
        joined by "and" or "or" ("Hale and Kim met": both women for "she"; "Okoye and Kim
        met": Okoye for "he"); none if no such subject has one of that gender. A possessive
        opening a sentence is its subject ("Hale’s bill passed. She said": Hale) unless it
        owns people ("Hale’s supporters cried foul") or the sentence just before has a
        subject of that gender ("Ann Dorr was away. Kessling’s exit shocked. She said":
        Dorr); another possessive is none. Salience, as a reader weighs it: the subject of
        the sentence just read over the speaker of an older one."""
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
        latest_opening = -1  # where the sentence of `latest` opens
        joined: set[int] = set()  # the starts of names joined to one before them
        taken = (-1, "")  # where the sentence of the last subject found opens, and its surname
        for person in sorted(people, key=_person_start):
            if person.start in joined:
                continue
            opens = (
                _opens_sentence(text, person.start)
                or _framed_topic(text, person.start, _name_end(text, person))
                or _inverted_subject(text, person.start)  # "Among the guests was Ana Ruiz."
                # "A driver named Sam Okoro stops.": "named " or "called " before, read last
                or (text[person.start - 2] == "d" and _named_subject(text, person.start))
            )
            if not opens and not _introduced(text, person):
                continue
            if self._kin_told_of(person.start, gender):
                continue  # "... a trip with her sister, Ana Ruiz, a chef. She says": not Ruiz
            opening = -1
            if opens:
                opening = _sentence_opening(text, line_start(text, person.start), person.start)
                if opening == taken[0] and person.surname != taken[1]:
                    continue  # "Lee, 58, met his rival, councilman Ed Hale, ...": Lee's sentence
            group = [person]
            end = _name_end(text, person)
            while (match := _JOINED.match(text, end)) and match.end() - 1 in by_start:
                group.append(by_start[match.end() - 1])
                joined.add(match.end() - 1)
                end = _name_end(text, group[-1])
            if text.startswith(("’s", "'s"), end):
                if (
                    opens
                    and len(group) == 1
                    and group[0].gender == gender
                    and not _owns_people(text, end + 2)
                    and not (latest and latest_opening == _previous_opening(text, opening))
                ):
                    # "Hale’s first bill was a hospital act. She said": the sentence is of
                    # her, its owner; a name in apposition after it may still be its subject
                    latest, latest_opening = group, opening
                continue  # "a rival of Hale’s": no subject
            if opens:
                taken = (opening, person.surname)
            agreeing = [member for member in group if member.gender == gender]
            if agreeing:
                latest, latest_opening = agreeing, opening
        return latest

    def _kin_told_of(self, start: int, gender: str) -> bool:
        """Whether the name at `start` is in apposition to kin of a "her" or "his" of
        `gender` that a preposition takes as object ("Next month brings a trip with her
        sister, Ana Ruiz, a chef"): told of as the relative of the one that pronoun stands
        for, who stays the one a later pronoun of that gender is; not when the kin is the
        subject, opening the sentence or after an opening phrase ("Her sister, Ana Ruiz,
        visits often", "On Monday, her sister, Ana Ruiz, took over")."""
        if self._text[start - 2 : start] != ", ":
            return False  # told cheaply first: most names follow no comma
        apposed = self._kin_apposed_at(start)
        if apposed is None or POSSESSIVE_PRONOUNS.get(apposed[0]["owner"].lower()) != gender:
            return False
        kin = apposed[0].start()
        return (
            last_word(self._text, max(0, kin - _KIN_PREPOSITION_REACH), kin).lower()
            in _KIN_PREPOSITIONS
        )

    def _with_possessor(self, found: _Analysis, position: int) -> _Analysis:
        """A person described by a role or kin through a possessive pronoun ("Its director",
        "his lawyer", "her daughter"), the possessor resolved as that pronoun would be: named
        as a reader would say it, "Port Authority’s director", with the role "director of Port
        Authority". Unchanged when nothing agrees with the pronoun. `position`: where the
        phrase is mentioned. After a body's description ("The union ... struck, its president
        said"), the role only: "president of the union"."""
        if found.named and found.kind == "person" and found.role:
            return self._possessed_role(found, position)
        first, _, described = found.name.partition(" ")
        pronoun = POSSESSIVE_PRONOUNS.get(first.lower())
        if found.named or pronoun is None or not described:
            return found
        if not _owned_speaker(found):
            return found  # "his account", "her body mass index": no person's role or kin
        if _of_described_subject(self._text, position, pronoun):
            return found  # "The boy is in hospital, his aunt said": the boy's, not named
        possessor = self._possessor(pronoun, position, described.rsplit(None, 1)[-1].lower())
        if possessor is None:
            return found
        if possessor.startswith("the "):  # a body's description: "its president", of the union
            return found._replace(role=f"{described} of {possessor}")
        owner = f"{possessor}’" if possessor.endswith("s") else f"{possessor}’s"  # "Acme Foods’"
        return found._replace(name=f"{owner} {described}", role=f"{described} of {possessor}")

    def _possessed_role(self, found: _Analysis, position: int) -> _Analysis:
        """A named person's role written after "his" or "her" next to the name ("His lawyer,
        Tom Bell", "Ana Ruiz, her neighbour"): the possessor resolved as the pronoun would be,
        "lawyer of Dmitri Valchek"; after "its", the body only when the sentence just before
        named it last (`_body_just_heard`); unchanged when nothing agrees, and after "their",
        whose body is too often not the one named last."""
        text, role = self._text, found.role or ""
        if not _COMPLEMENT_WORDS.isdisjoint(role.split()):
            return found  # "former partner at Lenox": its own complement
        body = self._body_of_described_owner(role, position)
        if body is not None:
            return found._replace(role=f"{role.split(' ', 1)[1]} of {body}")
        lower = max(self._floor, position - _ROLE_REACH)
        upper = min(len(text), position + len(found.name) + _ROLE_REACH)
        if text.find(f" {role}", lower, upper) < 0:
            return found  # the role after no word in reach, no possessive's: the common case
        for written, pronoun in _POSSESSIVE_FORMS:
            at = text.find(f"{written} {role}", lower, upper)
            if at < 0 or (at > 0 and text[at - 1].isalnum()):
                continue
            if pronoun == "it" and (body := self._body_just_heard(at)) is not None:
                return found._replace(role=f"{role} of {body}")  # "The union disputes it. Its"
            if pronoun == "it" and (body := self._sole_body_before(at)) is not None:
                return found._replace(role=f"{role} of {body}")  # "Acme took a middle course."
            if pronoun not in PERSON_PRONOUNS:
                return found  # "its" of no body just heard, "their": too often not the last
            if _of_described_subject(text, at, pronoun):
                return found  # "The boy is in hospital, his aunt, Ana Ruiz, said": the boy's
            # "Costa, her successor,": "her" stands for someone named before Costa
            where = min(at, position)
            possessor = self._possessor(pronoun, where, role.rsplit(None, 1)[-1].lower())
            if possessor is None or possessor == found.name or possessor.endswith(f" {found.name}"):
                return found  # "Costa, her successor": not Ana Costa's own
            return found._replace(role=f"{role} of {possessor}")
        return found

    def _sole_body_before(self, position: int) -> str | None:
        """The organization opening the sentence just before `position` as its subject, after
        the last attribution: the body "its" stands for ("Acme Corp cut 200 jobs. Its chief
        executive, ..."); so is a name apposed to a body's noun ("A consumer group, Ratepayers
        United, took a middle course. Its director, ..."). None when that sentence names no
        body or another first ("The plan was backed by Acme Corp. Its author": the plan's), or
        another body or a place by its common noun ("Acme Corp sued the city. Its mayor")."""
        sentence = self._sentence_just_before(position)
        if sentence is None:
            return None
        text = self._text
        apposed = _APPOSED_BODY.match(text, *sentence)
        if apposed is not None and (apposed["noun"] or apposed["noun2"]) in ORGANIZATION_NOUNS:
            if _other_owner_told(text[apposed.end() : sentence[1]]):
                return None  # "A group, Ratepayers United, sued the city. Its mayor"
            return apposed["name"] or apposed["name2"]  # its noun tells what it is
        bodies = self._mentioned_organizations(*sentence)
        if len(bodies) != 1:
            return None
        opening = text[sentence[0] : sentence[1]]
        if not opening.startswith((bodies[0], f"The {bodies[0]}")):
            return None
        rest = opening.partition(bodies[0])[2]
        if rest.startswith(","):
            rest = rest[1:].partition(",")[2]  # "Acme, the Ohio company that ..., did": its own
        return None if _other_owner_told(rest) else bodies[0]

    def _body_of_described_owner(self, role: str, position: int) -> str | None:
        """The body a role's possessor stands for when it is a description by a body's sort
        ("the group's director" after "The Kelder League said ..."), as "the group" would
        (`_last_named_body`); None for any other role."""
        owner, _, rest = role.partition(" ")
        head = owner[:-2].lower()
        if not rest or owner[-2:] not in ("'s", "’s"):
            return None  # the common case: no possessive opens the role
        if head not in GENERIC_BODY_HEADS and head not in SORTED_BODY_HEADS:
            return None
        body = self._last_named_body(head, position)
        return None if body is None or body.kind == "unknown" else body.name

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
        opening = recent[0].mentions[-1][0]
        if self._text[:opening].rstrip().endswith(",") and _INSERTED_CUE.match(
            self._text, mentioned
        ):
            return None  # "The report, the union said, was flawed. Its author ...": the report's
        name = recent[0].name
        return "the " + name[4:] if name.startswith("The ") else name

    def _possessor(self, pronoun: str, position: int, head: str) -> str | None:
        """The name a possessive pronoun before `position` stands for: "his"/"her" a person
        named since the last attribution, else the speaker "he"/"she" would be, unless
        another person of that gender is named within reach before and `head`, what is owned,
        is no body a speaker has ("her sister", "his lawyer": of the victim as likely; "his
        office": the speaker's); "its"/"their" an organization or outlet named since the last
        attribution, else the speaker "it"/"they" would be, else one named before; "its" in a
        sentence opening with a body's description, that description ("the union"). None when
        nothing agrees, or the one agreeing is not named."""
        reach = max(self._floor, position - _MENTION_REACH)
        if pronoun in PERSON_PRONOUNS:
            entry = self._mentioned_person(pronoun, position, owner=True)
            if entry is not None and self._named_in_relative_aside(entry, reach, position):
                return None  # "Salas, who was arrested by Tom Brandt, ... His lawyer": Salas'
        else:
            if pronoun == "it" and (body := self._opened_by_body(position)) is not None:
                return body  # "The union ... at the Port of Corliss struck, its president said"
            named = self._mentioned_organization(max(self._last_end, reach), position)
            if named is not None:
                return named
            entry = None
        if entry is None:
            entry = self._antecedent(pronoun, position)
            if (
                entry is not None
                and pronoun in PERSON_PRONOUNS
                and head not in _SPEAKERS_BODIES
                and self._rival(entry, position)
            ):
                return None  # "Ann Kell died. ... Ruth Pym said .... Her sister": Kell's or Pym's
        if entry is not None and head in KIN_CONVERSES and pronoun in PERSON_PRONOUNS:
            entry = self._kin_of_kin(entry, pronoun)
        if entry is not None:
            return entry.name if entry.named else None
        return None if pronoun in PERSON_PRONOUNS else self._mentioned_organization(reach, position)

    def _kin_spoken_of(
        self, recent: list[_Entry], agreeing: list[_Entry], gender: str
    ) -> _Entry | None:
        """The speaker of a pronoun's gender (of `agreeing`) whom a relative of the other
        gender who spoke since the last of that gender is kin of ("Her husband, Tom Lamb,
        says his wife ... He is right, and she says": his wife, not the daughter heard
        before him); None if no relative spoke since."""
        for entry in takewhile(lambda e: e is not agreeing[0], recent):
            owner = self._kin_of_kin(entry, gender)
            if owner is not entry and owner in agreeing:
                return owner
        return None

    def _kin_of_kin(self, entry: _Entry, gender: str) -> _Entry:
        """The owner of a kin word a possessive pronoun standing for `entry` introduces: when
        `entry` is herself a relative of a speaker of the pronoun's gender, that speaker, of
        whom a profile tells the relatives ("Her daughter, Nkem Lamb, says ... “...,” she
        says. Her husband, Tom Lamb, says": the husband of the one Nkem is the daughter of);
        else `entry`."""
        kin, _, owner = (entry.role or "").partition(" of ")
        if kin not in KIN_CONVERSES or not owner:
            return entry
        known = self._by_key.get(_key(owner))
        if known is None or known.kind != "person" or known.gender not in (None, gender):
            return entry
        return known

    def _opened_by_body(self, position: int) -> str | None:
        """The body's description the sentence of `position` opens with for subject, "the
        union" of "The union representing dockworkers at the Port of Corliss served notice, its
        president said": "its" there stands for that body, not for a name after it. None when
        the sentence opens otherwise, a named body too ("The Bank of Canada will hold its rate,
        its governor said": the name is what "its" stands for)."""
        text = self._text
        opening = self._opening_at(position)
        run = _BODY_OPENING.match(text, opening, min(position, opening + _OPENING_CHARS))
        if run is None:
            return None
        words = list(takewhile(_body_run_word, run.group("run").split()))
        last = max((i for i, w in enumerate(words) if w in ORGANIZATION_WORDS), default=-1)
        return "the " + " ".join(words[: last + 1]) if last >= 0 else None

    def _named_in_relative_aside(self, entry: _Entry, reach: int, position: int) -> bool:
        """Whether the last mention of `entry` before `position` (from `reach`) stands in a
        "who" or "which" aside its sentence opens on another subject ("Salas, who was
        arrested by Officer Tom Brandt, did not appear": Brandt is no antecedent)."""
        text = self._text
        surname = entry.name.rsplit(None, 1)[-1]
        words = _CAPITALISED_WORD.finditer(text, reach, position)
        named = max((w.start() for w in words if w.group(1) == surname), default=-1)
        if named < 0:
            return False
        opening = _sentence_opening(text, line_start(text, named), named)
        aside = _RELATIVE_ASIDE.search(text, opening, named)
        return aside is not None and text.find(",", aside.end(), named) < 0

    def _rival(self, speaker: _Entry, position: int) -> bool:
        """Whether another person of the gender of `speaker`, the speaker a possessive "his" or
        "her" before `position` would stand for, is named within reach before it, outside
        quotations, and has not spoken: the person the story is about, as likely the owner
        ("Ann Kell died. ... Ruth Pym said .... Her sister"); not another speaker ("Rob Dunn
        said .... Ed Lee said .... his opponent": Lee's)."""
        reach = max(self._floor, position - _MENTION_REACH)
        surname = speaker.name.rsplit(None, 1)[-1].lower()
        return any(
            person.gender == speaker.gender
            and person.surname != surname
            and not _quoted(self._text, person.start)
            and self._kin_apposed_at(person.start) is None
            and self._same_person(self._person_analysis(person, person.gender)) is None
            for person in self._people_between(reach, position)
        )

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

    def _what_subject(self, pronoun: str, position: int) -> _Entry | None:
        """For a person's or a body's pronoun after "what", the subject opening its own
        sentence (`_own_sentence`): "Kell released a letter from what she said was a former
        aide" (Kell), "Police released video of what they said was the car" (police); None
        elsewhere, if that subject's gender disagrees, or if a noun of people stands between
        ("Police charged two teens over what they said was a prank": the teens', maybe)."""
        text = self._text
        if not _after_what(text, position):
            return None
        sentence = self._own_sentence(position)
        if sentence is None:
            return None
        words = text[slice(*sentence)].split()
        run = list(takewhile(lambda word: word[:1].isupper(), words))
        if any(_of_person(word) for word in words[len(run) :]):
            return None
        if pronoun in PLURAL_PRONOUNS:
            return self._opening_body(position, sentence)
        if not 0 < len(run) < 4:
            return None
        ref = self.person_surnamed(run[-1].lower(), position)  # "Kell", "Ann Kell" named before
        if ref is None:  # "Ann Kell", named here
            phrase = phrase_after(text, sentence[0], sentence[0] + len(" ".join(run)))
            ref = None if phrase is None else self.resolve(phrase)[0]
        entry = self._entries.get(ref) if ref is not None else None
        if entry is None or entry.kind not in _PERSON_LIKE or entry.gender not in (None, pronoun):
            return None
        return entry

    def _aside_in_subject(self, position: int) -> bool:
        """Whether the sentence holding `position` opens with a noun phrase, no pronoun, and
        holds a comma before `position` ("The group, which calls itself X, posted ...": a
        subject `_own_sentence` does not read); not "It is denouncing what it calls ..."."""
        text = self._text
        opening = self._opening_at(position)
        first = text[opening : opening + 4].split()[:1]
        return (
            bool(first)
            and first[0] not in ("It", "It’s", "It's")
            and (text.find(",", opening, position) >= 0)
        )

    def _own_sentence(self, position: int) -> Span | None:
        """The sentence holding `position`, from its opening up to `position`, when no
        attribution nor comma stands in it before (the pronoun's own: "The ministry released a
        photo of what it said was ..."); None otherwise."""
        text = self._text
        opening = self._opening_at(position)
        if opening < self._last_end or position - opening > _OWN_SENTENCE_REACH:
            return None
        if text.find(",", opening, position) >= 0:
            return None  # "The average fee, it says, ...": an aside in the subject, not its
        return opening, position

    def _opening_body(self, position: int, sentence: Span | None = None) -> _Entry | None:
        """The organization or outlet whose name opens the sentence just before `position`
        (or `sentence`) after the last attribution as its subject: one that spoke before
        ("Acme has 30 days to appeal. It said ..."), or one its own words mark as a body,
        spoken or not ("Norvale Mining Corp. is closing a mine. It says ..."), or whose short
        name stands for a company named in full before ("Oramis makes chips. It said":
        `_body_named_in_full`); None if no such sentence or name."""
        sentence = sentence or self._sentence_just_before(position)
        if sentence is None:
            return None
        opening, end = sentence
        words = self._text[opening:end].split()
        if words[:1] == ["the"]:  # read after its opening time: "On Tuesday the club posted"
            return self._described_thing(opening, end) if len(words) > 1 else None
        run = list(takewhile(lambda word: word[:1].isupper(), words))
        if not run or len(run) == len(words):
            return None
        if run[-1].endswith(","):
            run[-1] = run[-1][:-1]  # "Oramis, based in Austin, makes chips": the name
        entry = self._by_key.get(_key(" ".join(run)))
        if entry is not None and entry.kind in BODY_KINDS:
            return entry
        if words[0] == "The" or marked_kind(run) in BODY_KINDS:
            return self._described_thing(opening, end)
        return self._body_named_in_full(" ".join(run), opening)

    def _body_named_in_full(self, name: str, upper: int) -> _Entry | None:
        """The body a short name opening a sentence ("Oramis makes chips. It said ...") was
        named in full by before `upper`, a company's name ending in its trade or a legal
        suffix ("... to buy Oramis Semiconductor"), as a speaker; None if it was not."""
        text = self._text
        sought = name + " "
        # the first such full name is the same for every `upper`: the text before the one
        # searched so far holds none, so the search goes on from there
        searched, full = self._named_in_full.get(name, (0, None))
        if full is None:
            at = text.find(sought, searched, upper)
            while at >= 0 and full is None:
                full = _full_company_name(text, at, len(name))
                at = text.find(sought, at + 1, upper)
            searched = max(searched, upper - len(sought) + 1)
            self._named_in_full[name] = (searched, full)
        if full is None or full[0] + len(sought) > upper:
            return None
        return self._entry_for(_phrase_of(tuple(tokens(text, *full))))[0]

    def _sentence_just_before(self, position: int) -> Span | None:
        """Where the sentence just before the one at `position` opens and ends, after the last
        attribution and not in a quotation; None if the last attribution's sentence is that
        one, or if there is none. A period before a lower-case word ends no sentence ("Corp.
        is")."""
        text = self._text
        lower = self._last_end
        breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text, lower, position)]
        if not breaks:
            return None
        line = text.rfind("\n", lower, breaks[-1] - 2)  # the line of the sentence before
        if len(breaks) > 1:
            opening = max(breaks[-2], line + 1)
        elif line >= 0 or lower == 0:
            opening = line + 1  # a paragraph, or the text, opens the sentence before
        else:
            return None  # the last attribution's sentence is the one before: the common case
        return None if _quoted(text, opening) else (opening, breaks[-1])

    def _pair_again(self, found: _Analysis, position: int) -> _Entry | None:
        """Sieve 0c: "Both", "the pair", "the two" at `position` (`_pair_subject`): the two
        people joined by "and" opening the sentence just before as its subject, as "they"
        would be ("Ann Lee and Mia Roe wrote the album. Both say ..."), or heard last there,
        or named as a couple in the paragraph ("Ann and Tom Moss"); for a pair of kin ("both
        siblings"), the one pair heard within reach; None if none."""
        if found.named or not _pair_subject(found.name.lower()):
            return None
        people = _named_pair(self._opening_people(position))
        if people is None:  # the pair heard last, in the sentence just before
            recent = self._recent_entries()
            last = recent[0] if recent and recent[0].mentions else None
            if last is not None:
                between = self._text[last.mentions[-1][1] : position]
                if len(_SENTENCE_BREAK.findall(between)) == 1:
                    people = _named_pair(last)
        if people is None:  # "Ann and Tom Moss planted the vines, and the couple say ..."
            couple = couple_named(self._text, line_start(self._text, position), position)
            phrase = None if couple is None else phrase_after(self._text, *couple)
            people = None if phrase is None else _named_pair(self._entry_for(phrase)[0])
        if people is None and found.name.lower().rsplit(" ", 1)[-1] in KIN_PAIR_NOUNS:
            # "Both siblings said" paragraphs after "The siblings (Emeka and Astrid) said"
            pairs = [
                e
                for e in self._recent_entries()
                if _named_pair(e) and e.mentions and position - e.mentions[-1][1] < _MENTION_REACH
            ]
            people = pairs[0] if len(pairs) == 1 else None
        gender = _pair_gender(found.name.lower())
        if people is not None and gender is not None:
            # "Ann Lee and Tom Roe ... The two men said": no pair of men
            if not all(_may_be(one, gender) for one in people.name.split(" and ")):
                return None
        return people

    def _opening_people(self, position: int) -> _Entry | None:
        """The people a plural opening the sentence just before `position` as its subject
        names, after a quantifier or a modifier if any and with its complement ("Residents of
        Pine Street packed the hall. They said ...", "Many economists shrugged. They say ...",
        "House Republicans balked"), or two names joined ("Ana Diaz and Mia Roth walked out"),
        for "they"; None if that sentence opens no such plural
        as its head ("Complaints from parents", "Residents' complaints") before its verb, or
        the verb is a passive ("Patients were given a placebo": those acted on)."""
        sentence = self._sentence_just_before(position)
        if sentence is None:
            return None
        counted = _COUNT_OPENING.match(self._text, *sentence)
        if counted is not None:  # "About two dozen counter-protesters gathered": the count too
            head = tokens(self._text, counted.end(), sentence[1])[:1]
            phrase: Phrase | None = (
                _phrase_of(tuple(tokens(self._text, sentence[0], head[0].end))) if head else None
            )
        else:
            phrase = phrase_after(self._text, *sentence)
        if phrase is None or phrase.pronoun is not None or phrase.span[0] != sentence[0]:
            return None
        words = (
            [phrase.words[-1].capitalize()]  # the plural counted ("About two dozen drivers")
            if counted is not None
            else list(takewhile(lambda w: w not in PREPOSITIONS, phrase.words))
        )
        paired = "and" in words and words[-1][0].isupper()  # "Ana Diaz and Mia Roth"
        if not paired and (len(words) > 3 or not _of_people(words[-1])):
            return None  # "Complaints from parents": no head
        if _VERB_NEXT.match(self._text, phrase.span[1]) is None:
            return None
        if _PASSIVE_NEXT.match(self._text, phrase.span[1]):  # "Patients were given a placebo"
            return None
        if counted is None and len(phrase.words) == 1:
            complement = _COUNTED_COMPLEMENT.match(self._text, phrase.span[1], sentence[1])
            if complement is not None:  # "Members of 12 families attended": with its count
                whole = phrase_before(self._text, sentence[0], complement.start("verb"))
                if whole is not None and whole.span[0] == sentence[0]:
                    phrase = whole
        found, _ = self._analysed_phrase(phrase)
        return self._entry_for(phrase)[0] if found.kind == "group" else None

    def _described_thing(self, start: int, end: int) -> _Entry | None:
        """The body or document a description opening the sentence text[start:end] names as
        its subject, before its verb ("The Kelsan presidency gave a shorter account. It
        said ..."; "The communique, a 14-page text, was signed ... It also said"), as a
        speaker; None if the description names no such thing, or a place or channel something
        befalls ("The site was cleared", "The council's website went down": the last body is
        still meant), not one that puts out an account ("The agency's report found ...")."""
        phrase = phrase_after(self._text, start, end)
        if phrase is None or phrase.pronoun is not None:
            return None
        verb = _VERB_NEXT.match(self._text, (phrase.appositive or phrase.span)[1])
        if verb is None:
            return None
        if phrase.tokens[-1].lower in SETTING_HEADS:
            word = _LOWER_WORD.match(self._text, verb.end() - 1)
            if word is None or word.group() not in ACCOUNT_VERBS:
                return None
        found, _ = self._analysed_phrase(phrase)
        return self._entry_for(phrase)[0] if found.kind in _THINGS else None

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

    def _given_gender(self, entry: _Entry, position: int) -> str | None:
        """The gender a speaker's own mention gives ("Ann Kwan", "Ms. Kwan"), or, for a
        surname speaking alone, the one its full name gave before `position` ("Host Ray
        Bellamy ... Bellamy asked": he); a given name is a weaker sign than a pronoun, so this
        only chooses between speakers."""
        if entry.own_gender is not None or " " in entry.name or not entry.named:
            return entry.own_gender
        known = self._known_people().get(entry.name)
        return known.gender if known is not None and known.start < position else None


def _after_what(text: str, position: int) -> bool:
    """Whether "what" stands right before `position` ("what *it* said was")."""
    return text[max(0, position - 5) : position].lower() == "what "


def _pronoun_opens(text: str, sentence: Span, pronoun: str) -> bool:
    """Whether the `sentence` has `pronoun` ("he", "she") as its subject among its
    first words, a verb after it ("She still opens at five", "On Friday he makes ..."), or
    right after an opening clause ("Asked whether she would stay, she laughed"); not a
    clause's opened by a question word or a subordinator ("Asked whether she would stay, Ann
    Vale paused": Ann Vale's sentence)."""
    start, end = sentence
    opening = text[start : min(end, start + _PRONOUN_OPENING_CHARS)].split()
    words = ["", *opening[:_PRONOUN_OPENING_WORDS]]
    if any(
        word.lower() == pronoun and after[:1].islower() and before.lower() not in _CLAUSE_OPENERS
        for before, word, after in zip(words, words[1:], words[2:], strict=False)
    ):
        return True
    comma = text.find(", ", start, min(end, start + _OPENING_CLAUSE_CHARS))
    after = text[comma + 2 : comma + 2 + len(pronoun) + 2] if comma >= 0 else ""
    return after[:-2].lower() == pronoun and after[-2] == " " and after[-1].islower()


def _did_to_other(text: str, described: re.Match[str], gender: str) -> bool:
    """Whether the person `described` (`_DESCRIBED_PERSON`) did something, in a past verb, to
    someone of `gender` by the object pronoun right after it ("An officer ordered *him* out
    of the car, he said", "A guard pushed *her* against the wall, she said"; not "The nurse
    checked her notes"): the one done to speaks, not the subject."""
    done = _DONE_TO.match(text, described.start("words"))
    return (
        done is not None
        and done[1] == _OBJECT_PRONOUN_OF[gender]
        and not (done[1] == "her" and _owned_thing(text, done.end() + 1))
    )


def _someone_else_told(text: str, lower: int, upper: int, gender: str) -> bool:
    """Whether text[lower:upper] has, outside quotations, the object pronoun of `gender`
    ("met *her* on Monday", not "her comments") or a pronoun of the other gender that is no
    object ("sold *his* boat", not "disagreed with *him*", the person answered): someone else
    than a subject of `gender`, or a subject of the other."""
    other_object = _OBJECT_PRONOUN_OF["he" if gender == "she" else "she"]
    for match in _GENDER_TELLERS[gender].finditer(text, lower, upper):
        if _quoted(text, match.start()):
            continue
        word = match.group().lower()
        owning = word == "her" and _owned_thing(text, match.end() + 1)
        if owning and gender == "she":
            continue  # "her comments": the subject's own
        if word == other_object and not owning:
            continue  # "disagreed with him": the person answered
        return True
    return False


# What else "its" may stand for in a sentence whose subject is a body: a place or a body by
# its common noun ("sued *the city*", "bought *a rival firm*").
_OTHER_OWNERS = ORGANIZATION_NOUNS | SETTLEMENT_NOUNS
_WORD_EDGES = ".,;:!?“”\"’'()"  # punctuation about a word


def _other_owner_told(words: str) -> bool:
    """Whether `words`, after a sentence's subject, hold a place or a body by its common
    noun in lower case (`_OTHER_OWNERS`): another owner "its" could stand for."""
    return any(word.strip(_WORD_EDGES) in _OTHER_OWNERS for word in words.split())


def _person_not_kin(noun: str) -> bool:
    """Whether `noun`, apposed to a name, is a person's role but no kin word ("friend",
    "co-founder"; not "daughter", nor "book", a thing named)."""
    return noun in PERSON_ROLES and noun not in KIN_CONVERSES


def _owned_by(text: str, start: int, gender: str) -> bool:
    """Whether the sentence at `start` opens with the possessive of `gender` ("Her closest
    friend, ...")."""
    return text.startswith(_OWNING_PRONOUNS[gender][1:].capitalize(), start)


def _apposed_subject(text: str, name: re.Match[str]) -> bool:
    """Whether a subject's `name` stands between commas after the words opening its sentence
    ("The city's police chief, Jo Kirra, disagreed"): apposed to them."""
    return text.endswith(", ", 0, name.start()) and text.startswith(",", name.end())


def _names_someone(words: list[str]) -> bool:
    """Whether capitalised words may name a person: two or more after any function word
    opening them ("On Monday" names none), and no organization's marker."""
    while words and (words[0].lower() in FUNCTION_WORDS or words[0].lower() in PREPOSITIONS):
        words = words[1:]
    return len(words) >= 2 and marked_kind(words) is None


def _after_other_gender(recent: list[_Entry], entry: _Entry, gender: str | None) -> bool:
    """Whether only people of the other gender spoke after `entry` ("The keeper said ...
    His daughter asked him to move. “...,” he asked": the keeper, of no gender told)."""
    if gender is None or entry.kind != "person":
        return False
    before = recent[: recent.index(entry)]
    return all(e.kind == "person" and e.gender not in (None, gender) for e in before)


def _owned_speaker(found: _Analysis) -> bool:
    """Whether a speaker after a possessive pronoun is someone's: a person's role or kin ("his
    spokesman", "her daughter"), those in that role ("his lawyers"), or a body a person has
    ("his office", "her campaign", `PERSONAL_BODIES`)."""
    head = found.head
    if found.kind == "person":
        return head in PERSON_ROLES
    if found.kind == "group" and head.endswith("s") and head[:-1] in PERSON_ROLES:
        return True
    return found.kind in {"organization", "group"} and head in PERSONAL_BODIES


# A subject asked a question, after its name: "Lee *was asked* about ...", "was pressed on".
_QUESTIONED = re.compile(
    r"\s+(?:was|were|is|has been)\s+(?:" + "|".join(sorted(QUESTION_PARTICIPLES)) + r")\b"
)


def _body_run_word(word: str) -> bool:
    """Whether `word` may stand in the run of a body's description after "The": "police",
    "union" of "The police union filed"; not a verb ("filed", "were") nor a function word."""
    return word not in _BODY_RUN_STOPS and not word.endswith("ed")


def _subject_phrases(stretch: str) -> bool:
    """Whether `stretch`, from a sentence's opening to an inserted cue, is a subject and its
    appositives and nothing more: a name ("Tom Reed", "Grace Oduya, 34") or a determiner and
    at most three words ("A nurse", "The charge nurse, Tom Reed"), no verb's auxiliary nor
    preposition among them; not a clause ("Tom Reed was exhausted by midnight")."""
    for chunk in stretch.split(", "):
        words = chunk.split()
        if not words:
            return False
        if all(word[0].isupper() or word.isdigit() for word in words):
            continue
        if (
            words[0].lower() not in DETERMINERS
            or len(words) > 4
            or any(word.lower() in _NO_SUBJECT_WORDS or word.endswith("ed") for word in words)
        ):
            return False
    return True


# The nouns of a person described, not named, that may open a sentence as its subject ("The
# friend who was driving", "A 19-year-old woman"), and the articles before them; the words
# after such a noun that name it ("A teen named Tom Lee").
_DESCRIBED_PEOPLE = PERSON_ROLES | CHILD_NOUNS | GENDERED_NOUNS.keys()
_DESCRIBED_LEADS = frozenset({"The", "A", "An"})
_NAMING_PARTICIPLES = frozenset({"named", "called"})


def _of_described_subject(text: str, at: int, pronoun: str) -> bool:
    """Whether "his" or "her" at `at` opens an attribution after a comma that closes what its
    sentence says of a person described, not named, as its subject, whose relative or aide
    it names: "The friend who was driving remains in hospital, his aunt, Ana Ruiz, said";
    "A 19-year-old woman is stable, her sister says" (not "His aunt, Ana Ruiz, said ...", nor
    "The vote will pass, his brother, Tom Lee, said", nor a person of the other gender; nor
    one the subject names, "The teen, Tom Lee,", "A teen named Tom Lee", nor "The mayor"
    after "Mayor Doug Fraser": a holder named before, the pronoun's antecedent)."""
    if pronoun not in PERSON_PRONOUNS or text[at - 2 : at] != ", ":
        return False
    opening = _sentence_opening(text, line_start(text, at), at)
    words = text[opening:at].split(None, 5)
    if len(words) < 3 or words[0] not in _DESCRIBED_LEADS:
        return False
    for index, word in enumerate(words[1:4], 1):
        noun = word.rstrip(",").lower()
        if noun in _DESCRIBED_PEOPLE:
            after = words[index + 1] if index + 1 < len(words) else ""
            if (word.endswith(",") and after[:1].isupper()) or after in _NAMING_PARTICIPLES:
                return False  # "The teen, Tom Lee, was arrested", "A teen named Tom Lee"
            if words[0] == "The" and _titled_before(text, noun, opening):
                return False  # "Mayor Doug Fraser said ... The mayor was moved, his wife said"
            return GENDERED_NOUNS.get(noun, pronoun) == pronoun
    return False


def _titled_before(text: str, noun: str, end: int) -> bool:
    """Whether `noun` stands capitalised as a title before a capitalised name in text[:end]
    ("Mayor Doug Fraser" for "mayor"): "The mayor" opening a later sentence is that holder."""
    title = f"{noun.capitalize()} "
    at = text.rfind(title, 0, end)
    while at >= 0:
        name = at + len(title)
        if name < end and text[name].isupper() and (at == 0 or not text[at - 1].isalnum()):
            return True
        at = text.rfind(title, 0, at)
    return False
