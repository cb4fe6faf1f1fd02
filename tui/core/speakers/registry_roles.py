"""Role nouns of people for `Speakers` (registry.py): the person a description names
("the mayor", "the spokesperson", "his opponent", "the former"): the named
holder of the role, the unnamed one brought in before, the one holder of a role by
another name.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from operator import itemgetter
from typing import TypeGuard

from tui.core.lexicon import (
    ANONYMOUS_HEADS,
    ANONYMOUS_POSTMODIFIERS,
    ARTS_ROLE_HYPERNYMS,
    BOSS_TITLE_MODIFIERS,
    CHARGE_VERBS,
    CHARGED_ROLES,
    CHILD_NOUNS,
    COLLECTIVE_HEADS,
    COUNTED_BODIES,
    DESCRIBED_MEMBERS,
    DETERMINERS,
    FORMER_PLAYER_MODIFIERS,
    FUNCTION_WORDS,
    GENDERED_POSSESSIVES,
    HEAD_OF_GOVERNMENT_OFFICES,
    IRREGULAR_VERB_FORMS,
    KIN_CONVERSES,
    NATIONALITY_NOUNS,
    OFFICE_ABBREVIATIONS,
    OFFICER_FIELDS,
    ORGANIZATION_PLURALS,
    ORGANIZATION_WORDS,
    ORIGIN_NOUNS,
    OWNED_ROLE_HEADS,
    PERSONAL_BODIES,
    PLAYER_CAPTAINCIES,
    PLAYER_COMPOUND_POSITIONS,
    PLAYER_MODIFIERS,
    PLAYER_POSITIONS,
    PLAYING_POSITIONS,
    PREPOSITIONS,
    PROFILED_TRADE_NOUNS,
    RANK_MODIFIERS,
    RECIPROCAL_ROLES,
    ROLE_DEEDS,
    ROLE_DEEDS_NOW,
    ROLE_HOLDERS,
    ROLE_SYNONYMS,
    SHARED_POSITIONS,
    SPEECH_CUES,
    SPOKESPERSON_HEADS,
    STATES_AND_PROVINCES,
    STYLED_ROYAL_TITLES,
    TITLES,
    US_STATES,
)
from tui.core.model import Span
from tui.core.organizations import COMPANY_NOUNS
from tui.core.speaker_kinds import (
    BODY_KINDS,
    PERSON_ROLES,
    given_name,
    marked_kind,
    weakly_marked_kind,
)
from tui.core.speakers.kinds import _BODY_ROLES, _PERSON_LIKE, _leads_body
from tui.core.speakers.names import _key, _name_end, _person_start
from tui.core.speakers.records import _Analysis, _Entry, _Person
from tui.core.speakers.registry_shared import (
    _AGE_ASIDE,
    _ANONYMITY_AFTER,
    _CAPITALISED_WORD,
    _DEFINITE_OWNERS,
    _DEMONSTRATIVE_OPENERS,
    _INDEFINITES,
    _MENTION_REACH,
    _NAME_AT,
    _NAME_WORDS,
    _OWNING_PRONOUNS,
    _SAME,
    _SENTENCE_BREAK,
    _SPOKEN_FOR,
    _TITLE_REACH,
    _TITLED_NAME,
    _noble_role,
    _opening_subject,
    _owned_thing,
    _place_or_state,
    _possessive_owner,
    _sentence_before,
    _title_heads,
    _works_name,
)
from tui.core.speakers.roles import (
    _DESCRIPTION_OPENER,
    _ROLE_BEFORE_REACH,
    _office_holder_of,
    _office_words,
    _subordinate,
    _without_honours,
)
from tui.core.speakers.sentences import (
    _after_words,
    _ends_sentence,
    _quoted,
    _sentence_end,
    _sentence_opening,
)
from tui.core.speakers.tokens import (
    _MAX_MODIFIERS,
    _NOT_NAME,
    _OF_TWO,
    _PRONOUN_FORMS,
    INDEFINITE_WORDS,
    parent_of_count,
    past_holder,
)
from tui.core.text import (
    AGE_WORD,
    BUILD_WORD,
    POSSESSIVE_END,
    POSSESSIVE_ENDINGS,
    alternation,
    last_word,
    line_start,
    whole_word_starts,
)


def _origin_described(found: _Analysis) -> bool:
    """Whether the description `found` names a person by the place they come from ("the
    Kelowna native", "the Oakville product"; not "a native", nor "the product")."""
    words = found.name.split()
    return (
        found.head in ORIGIN_NOUNS
        and len(words) > 2
        and words[0].lower() == "the"
        and all(w[0].isupper() for w in words[1:-1])
    )


def _player_role(role: str) -> bool:
    """Whether `role` is a player's position or captaincy ("Goalie", "Centre back",
    "Captain"; not "Coach")."""
    lowered = role.lower()
    head = lowered.rpartition(" ")[2]
    return (
        head in PLAYER_POSITIONS
        or head in PLAYING_POSITIONS
        or lowered in PLAYER_COMPOUND_POSITIONS
        or lowered in PLAYER_CAPTAINCIES
    )


def _player_described(found: _Analysis) -> bool:
    """Whether the description `found` names a player by position ("the forward", "the
    veteran defenceman", "the rookie guard", "the 6-9 center", "the Arsenal striker"; not
    "the crossing guard", "the public defender", nor "the striker" alone, who may be on a
    picket line)."""
    if found.head in PLAYER_POSITIONS and found.head not in SHARED_POSITIONS:
        return True
    words = found.name.split()
    if found.head in PLAYER_COMPOUND_POSITIONS or " ".join(words[-2:]).lower() in (
        PLAYER_COMPOUND_POSITIONS
    ):
        return True  # "the centre back", "the veteran point guard"
    team = found.head in SHARED_POSITIONS  # "the Arsenal striker": a team's name may modify
    named_team = team and any(w[0].isupper() for w in words[1:-1])  # "the former England ..."
    return (
        (found.head in PLAYING_POSITIONS or team)
        and len(words) > 2
        and all(
            w.lower() in PLAYER_MODIFIERS
            or BUILD_WORD.fullmatch(w) is not None  # "the 6-foot-8 center"
            or (team and w[0].isupper())
            or (named_team and w.lower() in FORMER_PLAYER_MODIFIERS)
            for w in words[1:-1]
        )
    )


_ARTICLE_WORDS = frozenset({"the", "a", "an"})

# What an indefinite phrase bringing in an unnamed person opens with ("A nurse", "One
# resident"), or an unnamed group ("two people familiar with the matter", "several sources").
_LOWER_WORDS = re.compile(r"[a-z]+")  # the words of a lower-cased stretch of text
_AFTER_WORD = r"[a-z,]\s+"  # a word written after another's end, not opening a sentence

# What may follow a person's noun ending its phrase: a function word, a verb ("said", "was",
# "disagreed"), a source's post-modifier ("close to"), not a noun it modifies ("an official
# visit").
_AFTER_PERSON = alternation(
    FUNCTION_WORDS
    | PREPOSITIONS
    | SPEECH_CUES
    | IRREGULAR_VERB_FORMS
    | {modifier.split()[0] for modifier in ANONYMOUS_POSTMODIFIERS}
)
# An unnamed person brought in by an indefinite phrase: "Another diplomat", "a senior official"
# (not "an official announcement", the adjective).
_INDEFINITE_MENTION = re.compile(
    r"\b(?i:"
    + alternation(INDEFINITE_WORDS)
    + r")\s+(?:[\w’'-]+\s+){0,2}?(?P<head>"
    + alternation(ANONYMOUS_HEADS)
    + rf")\b(?![^\S\n]+(?!(?:{_AFTER_PERSON})\b)[a-z]+(?<!ed)(?<!s)\b)"
)

# The verb after a subject's name, past a reflexive pronoun and an adverb in -ly, and
# whether it ends its sentence alone: "Wierz himself *disagreed*.", "Lee *said* ...".
_VERB_AFTER_SUBJECT = re.compile(
    r"(?:\s+(?:himself|herself|themselves))?(?:\s+[a-z]+ly)?\s+(?P<verb>[a-z]+)(?P<alone>[.!]?$)?"
)

_OWNER_CHARS = len("their ")  # what holds such a word
# Capitalised words before a role's head that name no owner ("Senior Counsel", "Dr.").
_NO_OWNERS = PERSON_ROLES | TITLES | RANK_MODIFIERS | DETERMINERS
_PLACE_OWNERS = US_STATES | STATES_AND_PROVINCES  # places that own a role before it
_BODY_POSSESSIVES = frozenset({"its", "their"})  # a body's possessive pronouns

# The nouns of bodies a role may be held for ("the city's lawyer", "the family's lawyer"), the
# owner a possessive pronoun before the role stands for when its sentence names one first.
_OWNER_BODIES = ORGANIZATION_WORDS | ORGANIZATION_PLURALS | PERSONAL_BODIES

_UNNAMED_GROUP_OPENERS = (
    *("two ", "three ", "four ", "five ", "several ", "some ", "many ", "people ", "sources "),
    *("officials ", "diplomats ", "analysts ", "economists ", "experts ", "insiders "),
)

_ANTECEDENT_REACH = 600  # characters before a "his" looked at for the sentences it follows

_KIN_HELD = re.compile(r"\b(?:his|her|their)\s+(?:late\s+|own\s+|[a-z]+-year-old\s+)?([a-z]+)")


def _kin_held(text: str, kin: frozenset[str]) -> bool:
    """Whether `text` gives someone one of `kin` by a possessive pronoun ("her late
    husband's", "his son")."""
    return any(match.group(1) in kin for match in _KIN_HELD.finditer(text))


# What tells a minor, whom a count of children describes as no parent: a child's noun
# (`CHILD_NOUNS`), an age under 18 after a name ("Leo Park, 7,") or before it ("the
# 7-year-old Leo Park").
_ADULT_AGE = 18
_ASIDE_AFTER_NAME = re.compile(r",\s+([^,.;:“”\"\n]{1,60})[,.;:]")  # ", 7," ", a student,"
_AGE_BEFORE_NAME = re.compile(r"\b(\d{1,2})-year-old\s+(?:[a-z]+\s+)?\Z")
_AGE_BEFORE_CHARS = 32  # what holds "7-year-old schoolgirl "
_QUOTATION = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"")  # a quotation within a paragraph

# That opener (or an article, "a fisherman who", or a plural's possessive mark, "the
# sisters' mother, June Hale,") up to a description's words before its head (possessives and
# capitalised modifiers too: "the city's mayor", "the Jets captain"), and the name
# after it, a role noun's lower-case words before it ("city councilman Rob Lee").
_APPOSED_OPENER = re.compile(
    r"(?:" + _DESCRIPTION_OPENER + r"|\b[Aa]n?\s+|(?<=[a-z]s)[’']\s+)"
    r"(?P<words>(?:(?:[a-z-]+|[A-Za-z-]+[’']s|[A-Z][a-z-]+)\s+){0,2})\Z"
)

_WORD_BEFORE_REACH = 24  # characters before a name read for its role: "critic Helene Dufray"
# A description apposed right after a name, its head last: "Ann Lee*, a retired teacher,*".
_DESCRIPTION_AFTER = re.compile(r",\s+(?:an?|the)\s+(?:[\w’'-]+\s+){0,2}?([a-z-]+)[,.;]")

_APPOSED_NAME = re.compile(r"(?P<roles>(?:[a-z-]+\s+){0,2})(?P<name>" + _NAME_WORDS + r")\b")

_CHARGED = re.compile(r"(?:" + "|".join(CHARGE_VERBS) + r")\b")  # "is charged", "pleaded"

# An order, not a work, after the active verb of such a deed: "directed the agency to
# release the files", "directed that the files be released" (no director; "directed the
# film to a prize", "directed the film, which went on to win" are one).
_ORDERED = (
    r"(?!(?:\s+[\w’'-]+){1,4}?\s+to\s+(?!" + alternation(DETERMINERS) + r"\b)[a-z]|\s+that\b)"
)
# The person a deed of the arts or of coaching names ("directed by (comedian) Ana Ruiz", not
# "taught by volunteers from Carleton University": a name after a preposition; "Ana Ruiz,
# who directed", "Mira Stein, who coaches", "Mira Stein has coached"; "had" only after "who":
# "Tom Brandt had coached the team before Mira Stein took over" tells a former coach), by the
# role noun that deed tells (`ROLE_DEEDS`).
_DOER_OF = {
    role: re.compile(
        r"\b(?i:"
        + alternation(frozenset(verbs))
        + r")\s+by\s+(?:(?!(?:"
        + alternation(PREPOSITIONS)
        + r")\s)[a-z-]+\s+){0,2}?(?P<agent>"
        + _NAME_WORDS
        + r")\b|(?P<doer>"
        + _NAME_WORDS
        + r")(?:(?:,\s+who(?:\s+(?:has|had))?|\s+has)?\s+(?:"
        + alternation(frozenset(verbs))
        + ")"
        + (
            r"|,\s+who\s+(?:" + alternation(frozenset(ROLE_DEEDS_NOW[role])) + ")"
            if role in ROLE_DEEDS_NOW
            else ""
        )
        + r")\b"
        + _ORDERED
    )
    for role, verbs in ROLE_DEEDS.items()
}

# What follows a role noun in apposition: its comma, a relative clause, its complement.
_APPOSED_ENDS = (", ", " who ", " of ", " in ", " at ", " with ", " for ")
_NAME_BEFORE_APPOSED = re.compile(r"(?P<roles>)(?<![\w’'-])(?P<name>" + _NAME_WORDS + r"),\s+\Z")

_TITLE_HEADS = _title_heads(TITLES)  # those of the titles alone ("Dr", "Prof", "Sen")

# An owner in a role: "Mr. Brandt's lawyer", "Salas’ lawyer"; "lawyer of Derek Salas",
# "lawyer for Mr. Salas": the owner's last word ends the group.
_ROLE_OWNER = re.compile(
    r"(?:^|\s)(?:[A-Z][\w.-]*\s+)*?([A-Z][\w-]*)(?:[’']s?)\s+[a-z]|\s(?:of|for)\s+(?:[A-Z][\w.-]*\s+)*([A-Z][\w-]*)$"
)


def _owner(name: str, role: str | None) -> str | None:
    """The last word of the person a description or a role says it belongs to ("Brandt" of
    "Mr. Brandt's lawyer", "Salas" of "lawyer of Derek Salas"): from `role` when it names
    one, else from `name`; None if neither does."""
    for written in (role, name):
        found = _ROLE_OWNER.search(written or "")
        if found is not None:
            return found.group(1) or found.group(2)
    return None


class RoleNouns:
    """Descriptions of people by a role: whom they stand for (mixed into `Speakers`)."""

    def _role_holder(self, found: _Analysis, position: int) -> _Entry | None:
        """Sieve 3: the holder of the role a description names (`_described_holder`), unless
        the description and the holder's role name different owners ("Mr. Salas's lawyer",
        "his lawyer" of Salas, is not Ann Lee, "Mr. Brandt's lawyer")."""
        holder = self._described_holder(found, position)
        if holder is None:
            return None
        owner, holder_owner = _owner(found.name, found.role), _owner(holder.role or "", None)
        pronoun = found.name.partition(" ")[0].lower()
        if owner is None and holder_owner and pronoun in GENDERED_POSSESSIVES:
            owner = self._last_person(  # "His lawyer"
                _PRONOUN_FORMS[pronoun], position, holder_owner.lower()
            )
        return None if owner and holder_owner and owner != holder_owner else holder

    def _last_person(self, gender: str, position: int, owner: str) -> str | None:
        """The surname, as written, that "his" or "her" at `position` stands for: the first
        word of the sentence up to it, else of the sentence before, that is the surname of a
        person of `gender` ("he") named before or the description's `owner` (lower case):
        the subject ("Tom Brandt declined to comment. *His* lawyer said": Brandt; "Salas,
        who was arrested by Officer Tom Brandt, did not appear. His lawyer": Salas; not
        "Lee" in "Leeds"); None if neither sentence holds one."""
        self._known_people()
        named = self._named_people[: bisect_left(self._named_people, (position,))]
        wanted = {p.name.split()[-1] for p in named if p.gender in ("", gender)}
        owners = set(owner.split())
        text = self._text
        lower = max(self._floor, position - _ANTECEDENT_REACH)
        breaks = [lower] + [m.end() for m in _SENTENCE_BREAK.finditer(text, lower, position)]
        spans = [(breaks[-1], position)]
        if len(breaks) > 1:
            spans.append((breaks[-2], breaks[-1]))  # the sentence before
        for start, end in spans:
            for word in _CAPITALISED_WORD.finditer(text, start, end):
                if word.group(1) in wanted or word.group(1).lower() in owners:
                    return word.group(1)
        return None

    def _described_holder(self, found: _Analysis, position: int) -> _Entry | None:
        """The named person who holds the role a description names ("the mayor",
        "the veteran lawmaker": a "Sen."), of the same gender: the holder of that very office
        ("the Chief Minister"), else the most recent speaker who does with the description's
        modifiers ("the fire chief": the Fire Chief), or an unnamed one of that head brought
        in since; else the person last named with that title before `position` ("Councilman
        Rob Lee ... the councilman said"), in apposition to that description ("the moderator,
        Jan Pruitt,") or after that role noun ("striker Ida Berg"); "the defendant", the
        person named as charged. A description by age or party ("the 52-year-old", "the Ohio
        Republican"), by a player's position ("the veteran defenceman") or by origin ("the
        Kelowna native") stands for the subject of the sentence just before, else the person
        a "he" or "she" there would: it is only ever said of someone just named; a player
        just named wins a position over an older speaker holding it, and a profiled trade
        ("the author", "the chef") is the subject just named who spoke or reacted, else a
        holder of it, else the one a "he" or "she" would be if of no role told, else the latest
        named person of no role told (`_latest_without_role`). Never for a past holder ("the
        ex-mayor")."""
        if not found.description or past_holder(found.name.rpartition(" ")[2]):
            return None  # "the ex-mayor": not the mayor
        if found.head == "officer":  # an office by its field (`_one_office`)
            return self._office_holder(found, position)
        if _origin_described(found):
            # "the Kelowna native": the person just named, never an older native of elsewhere
            return self._just_named(found, position, False, True)
        player = _player_described(found)
        wanted = _wanted_titles(found.head)
        holders = self._holders(found, wanted)
        if found.head in OWNED_ROLE_HEADS:
            holders = (h for h in holders if found.head in h.described or self._boss_title(h))
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
            retitled = self._retitled(holder, found, wanted, position)
            if retitled is not None:
                return retitled
        if holder is not None and not office and (player or found.head in PLAYING_POSITIONS):
            # "Ivo Lind said the team was tired. “...,” the guard said": the player just named,
            # of no role told, over an older speaker holding that position (a "guard" of a
            # team, since a speaker holds it)
            holder = self._subject_of_no_role(position, found.gender) or holder
        if holder is None:  # by its own title only when it names a body: "Leader Ann Lee"
            # "the CM" by its own initials only, no "Water Minister" by the title "Minister"
            own = found.head in _BODY_ROLES or found.head in OFFICE_ABBREVIATIONS
            titles = frozenset({found.head}) if own else wanted
            holder = self._titled_person(titles, found.gender, position)
        if holder is None:  # "A nurse at the clinic said ... the nurse said"
            holder = self._brought_in(found.head)
        if holder is None and not office and found.name.lower().startswith(("the ", "their ")):
            holder = self._apposed_holder(found.head, found.gender, position)
            holder = holder or self._named_after_role(found.head, found.gender, position)
            kinds = ARTS_ROLE_HYPERNYMS.get(found.head, frozenset())
            holder = holder or self._named_after_kind(kinds, found.gender, position)
            holder = holder or self._doer(found.head, found.gender, position)
        if found.head in PROFILED_TRADE_NOUNS and found.name.lower() == f"the {found.head}":
            if holder is not None:
                # "Ana Cole, a Saskatoon author, ... Tom Wierz disagreed. “...,” the author
                # wrote": the subject who just spoke or reacted, of no role told, over an
                # older holder of that trade
                holder = self._subject_reacting(position, found.gender) or holder
            else:
                # "Marisol Reyes said ... “...,” the actress said": the one a "she" would be,
                # of no role told; if that one has a role ("Dufray, a critic, says ... The chef
                # shrugs"), the latest speaker of none before
                just = self._just_named(found, position, False, False)
                holder = just if self._no_role_told(just, position) else None
                if just is not None and holder is None:
                    holder = self._latest_without_role(found.gender, position)
        if holder is None and found.head in CHARGED_ROLES:
            holder = self._charged_person(found.gender, position)
        if (
            holder is None
            and found.head in KIN_CONVERSES
            and found.name.lower() == f"the {found.head}"
        ):
            # "Marit Oyelaran keeps her late husband's logs. “...,” the widow said": the subject
            # just read, never an older speaker; but not in "Ann Lee treated the boy. “...,”
            # the mother said" (the boy's mother)
            lower = _sentence_end(self._text, self._last_end, position) if self._last_end else 0
            if _kin_held(self._text[lower:position], KIN_CONVERSES[found.head]):
                gender = found.gender or self._subject_gender(position)
                subjects = self._latest_subjects(gender, lower, position)
                holder = self._subject_read(gender, lower, position, subjects)
        parent = parent_of_count(found.name.lower().split())
        if holder is None and (
            found.head in DESCRIBED_MEMBERS or player or AGE_WORD.search(found.name) or parent
        ):
            # "the former England defender": a past player's, who may hold any role now
            former = not FORMER_PLAYER_MODIFIERS.isdisjoint(found.name.lower().split())
            holder = self._just_named(found, position, parent, player and not former)
        return holder

    def _no_role_told(self, entry: _Entry | None, position: int) -> bool:
        """Whether `entry` is a named person of no role, none told before its name in the
        text before `position` either ("Food critic Helene Dufray ... Dufray says") nor
        apposed after it ("Ann Lee, a teacher, ate there")."""
        if not _of_no_role(entry):
            return False
        self._known_people()
        text = self._text
        for _, person in self._named_by_surname.get(entry.name.split()[-1].lower(), ()):
            if person.start < position:
                before = last_word(text, max(0, person.start - _WORD_BEFORE_REACH), person.start)
                if before.lower() in PERSON_ROLES:
                    return False  # "Food critic Helene Dufray": a role told before the name
                after = _DESCRIPTION_AFTER.match(text, _name_end(text, person), position)
                if after is not None and after[1] in PERSON_ROLES:
                    return False  # "Ann Lee, a teacher,": a role apposed after it
        return True

    def _latest_without_role(self, gender: str | None, position: int) -> _Entry | None:
        """The latest named person spoken of, of no role told (`_no_role_told`) and of
        `gender` if it is told, for a trade's noun another's description passed over; None if
        none is."""
        return next(
            (
                e
                for e in self._recent_entries()
                if e.kind == "person"
                and (gender is None or e.gender in (None, gender))
                and self._no_role_told(e, position)
            ),
            None,
        )

    def _just_named(
        self, found: _Analysis, position: int, parent: bool, player: bool
    ) -> _Entry | None:
        """The named person a description by age, party, origin, a player's position or a
        parent's count (`parent`) at `position` stands for: the subject of the sentence just
        before (not for a parent), else the person a "he" or "she" there would; a parent
        only one who may be (`_may_be_parent`), a player or a native (`player`) only one of
        no other role (`_may_be_player`)."""
        gender = found.gender or self._subject_gender(position)
        just = None if parent else self._subject_just_named(position, found.gender)
        holder = just or self._antecedent(gender, position)
        if holder is not None and (
            not holder.named
            or (found.head in NATIONALITY_NOUNS and holder.kind != "person")  # "Eastwick"
            or (parent and not self._may_be_parent(holder, gender, position))
            or (player and not self._may_be_player(holder, position))
        ):
            return None
        return holder

    def _may_be_player(self, holder: _Entry | None, position: int) -> bool:
        """Whether `holder` is a named person a player's or a native's description at
        `position` may stand for: one of no role, nor title before (`_titled_mentions`), but a
        player's position ("Goalie Mikko Aalto"; not "Coach Ann Vale", nor "Vale" after
        "Premier Ann Vale")."""
        if holder is None or not holder.named:
            return False
        if holder.role is not None:
            return _player_role(holder.role)
        mentions = self._titled_mentions(holder.name.split()[-1].lower(), position)
        return all(
            _player_role(self._text[start : end - len(name)].strip())
            for start, end, name in mentions
        )

    def _subject_just_named(self, position: int, gender: str | None = None) -> _Entry | None:
        """The person named as the subject of the sentence just before the one at
        `position`, whatever gender the name tells or not ("Goalie Mikko Aalto made 27 saves.
        “...,” the 24-year-old said": Aalto; "Aalto said the ice was slow. “...,” the
        Finnish netminder said": Aalto), as a speaker; None if that sentence opens with no
        person's name, with one of a gender other than `gender` ("Dan Vale said ... the
        grandmother said"), or with one holding a role other than a player's position
        ("Coach Ann Vale said ... the Helsinki native said": not the coach)."""
        subject = self._subject_before(position, gender)
        return subject[0] if subject is not None else None

    def _subject_of_no_role(self, position: int, gender: str | None) -> _Entry | None:
        """The subject just named (`_subject_just_named`) when it is named and of no role
        told, who a description of a player's position may stand for over an older holder of
        it."""
        just = self._subject_just_named(position, gender)
        return just if _of_no_role(just) else None

    def _subject_reacting(self, position: int, gender: str | None) -> _Entry | None:
        """The subject just named and of no role told (`_subject_of_no_role`) when the verb
        after its name is one of speaking ("Tom Wierz said the list was safe.") or ends the
        sentence alone ("Tom Wierz disagreed.", "Wierz himself demurred."): the one whose
        words the quotation after goes on with; None after any other deed ("Tom Wierz bought
        three copies.": an apposed "author" before him is still the author)."""
        subject = self._subject_before(position, gender)
        if subject is None:
            return None
        just, name_end, end = subject
        if not _of_no_role(just):
            return None
        verb = _VERB_AFTER_SUBJECT.match(self._text, name_end, end)
        if verb is None:
            return None
        return just if verb["alone"] is not None or verb["verb"] in SPEECH_CUES else None

    def _subject_before(self, position: int, gender: str | None) -> tuple[_Entry, int, int] | None:
        """`_subject_just_named`'s person, with where its name and its sentence end."""
        text = self._text
        opening = _sentence_opening(text, line_start(text, position), position)
        span = _sentence_before(text, 0, opening)
        if span is None:
            return None
        name = _opening_subject(text, self._capitalised_words(), *span)
        if name is None or _works_name(name.group().split()):
            return None
        start = name.start()
        first, _, rest = name.group().partition(" ")
        if first.lower() in PLAYING_POSITIONS and " " in rest:
            start += len(first) + 1  # "Forward Lia Brandt": a position no role list holds
        entry = next(
            (
                entry
                for told in (None, "he", "she")
                if (entry := self._named_person(start, name.end(), told)) is not None
            ),
            None,
        )
        if entry is None or (gender and entry.gender not in (None, gender)):
            return None
        if entry.role is not None and not _player_role(entry.role):
            return None
        return entry, name.end(), span[1]

    def _office_holder(self, found: _Analysis, position: int) -> _Entry | None:
        """The recent named speaker whose own role is the officer of the field `found` names,
        else the person last apposed to that office before `position` ("the chief financial
        officer": Ann Lee, "the chief financial officer", not Tom Reyes, "the chief executive
        officer"; "the medical officer": never "Sgt. Ken Olds"); None if none."""
        words = found.name.lower().split()
        fields = OFFICER_FIELDS.intersection(words)
        holder = next(
            (
                holder
                for holder in self._holders(found, frozenset({found.head}))
                if fields <= set(_LOWER_WORDS.findall((holder.role or "").lower()))
            ),
            None,
        )
        if holder is None:  # "Ann Lee, the chief financial officer, spoke first."
            at = words.index(found.head)
            office = " ".join(words[max(0, at - 1) : at + 1])
            holder = self._apposed_holder(office, found.gender, position)
        if holder is None:  # "Chief Financial Officer Ann Lee spoke first."
            role = found.name.removeprefix("the ")
            holder = self._named_after_role(role, found.gender, position, role.title())
        return holder

    def _may_be_parent(self, person: _Entry, gender: str, position: int) -> bool:
        """Whether a named person may be the parent a count of children describes at
        `position` ("Rosa Diaz got the letter. The mother of two said"): not a minor, by an
        age under 18 ("Leo Park, 7,", "the 7-year-old") or a child's noun ("Mia Roy, a Grade 2
        student"), nor the one a quotation in the paragraph speaks of by `gender`'s pronoun
        ("“He loved that bike,” the father of three said": the father of the boy)."""
        if not CHILD_NOUNS.isdisjoint(person.described):
            return False
        text = self._text
        named = text.rfind(person.name, max(self._floor, position - _MENTION_REACH), position)
        spans = [*person.mentions, *([(named, named + len(person.name))] if named >= 0 else [])]
        for start, end in spans:
            before = _AGE_BEFORE_NAME.search(text, max(0, start - _AGE_BEFORE_CHARS), start)
            aside = _ASIDE_AFTER_NAME.match(text, end)
            if before is not None and int(before.group(1)) < _ADULT_AGE:
                return False  # "the 7-year-old Leo Park"
            if aside is None:
                continue
            words = aside.group(1).lower().split()
            minor = words[0].isdigit() and int(words[0]) < _ADULT_AGE  # "Leo Park, 7,"
            if minor or not CHILD_NOUNS.isdisjoint(words):
                return False  # "Mia Roy, a Grade 2 student,"
        end = text.find("\n", position)
        paragraph = text[line_start(text, position) : len(text) if end < 0 else end]
        # the words of each closed quotation, found again: `_quoted` tests one position
        return not any(
            _PRONOUN_FORMS.get(word, word) == gender
            for quote in _QUOTATION.findall(paragraph)
            for word in _LOWER_WORDS.findall(quote.lower())
        )

    def _modified_holder(
        self, found: _Analysis, holders: list[_Entry], wanted: frozenset[str], position: int
    ) -> _Entry | None:
        """Of `holders` (the most recent first), the one whose role has the description's
        modifiers ("the fire chief": "Fire Chief Ana Ruiz", not "Police Chief Dana Cole"
        who spoke since), else the person last named with that title and those modifiers
        ("Fire Chief Ana Ruiz" never quoted), else the most recent holder; not for a boss's or a
        manager's title (`OWNED_ROLE_HEADS`): the titled one or None."""
        words = found.name.lower().split()
        modifiers = words[1:-1] if words[0] == "the" and words[-1] == found.head else []
        if not modifiers:
            # "the minister": one of a minister's office before a later "Chief Minister"
            return next(
                (h for h in holders if _office_end(h.role) not in HEAD_OF_GOVERNMENT_OFFICES),
                holders[0] if holders else None,
            )
        for holder in holders:
            if all(m in holder.described or m in (holder.role or "").lower() for m in modifiers):
                return holder
        titled = self._titled_person(wanted, found.gender, position, tuple(modifiers))
        if not OWNED_ROLE_HEADS.isdisjoint(wanted):  # `wanted` holds `found.head`
            # "the Acme boss": no "Store manager Tom Ives" who spoke last; "the store
            # manager": no "Tesco boss Ken Lee"
            return titled
        return titled or (holders[0] if holders else None)

    def _boss_title(self, holder: _Entry) -> bool:
        """Whether `holder`'s title of another name than "boss" (a manager's, a coach's)
        makes them a body's boss: bare or "head" ("Head coach Ruth Arendt"), or of a body by
        its name, a word the text writes capitalised after another word ("Dale manager Connor
        Whelan ... the Dale boss"); not "Assistant manager Tom Ives", "Campaign manager Ann
        Lee" (capitalised at the sentence's start only), "fund manager Ana Ruiz"."""
        return all(
            word.lower() in BOSS_TITLE_MODIFIERS
            or (word[:1].isupper() and re.search(_AFTER_WORD + re.escape(word) + r"\b", self._text))
            for word in (holder.role or "").split()[:-1]
        )

    def _subject_gender(self, position: int) -> str:
        """The gender of the person last named as a subject since the last attribution
        ("Midfielder Tomas Brel scored. The 24-year-old said": "he"), as `_latest_subjects`
        finds them; else the gender of the last "his" or "her" of a thing since, outside
        quotations ("Brink stood by her comments. The 29-year-old said": "she"); "" if none."""
        text = self._text
        lower = _sentence_end(text, self._last_end, position) if self._last_end else 0
        latest = [
            (subjects[-1].start, gender)
            for gender in ("he", "she")
            if (subjects := self._latest_subjects(gender, lower, position))
        ]
        if not latest:
            latest = [
                (at, gender)
                for gender, own in _OWNING_PRONOUNS.items()
                if (at := text.rfind(own, lower, position)) >= 0
                and not _quoted(text, at)
                and _owned_thing(text, at + len(own))
            ]
        return max(latest)[1] if latest else ""

    def _one_of_two(self, found: _Analysis, position: int) -> _Entry | None:
        """Sieve 0: "the former" or "the latter", the first or the second of the last two
        people named before `position` outside quotations ("Lee praised Dunn. The latter
        said ...": Dunn), by a name a list knows or a speaker's name (one no list knows:
        "Wren said ..."), as a speaker; None if not such a phrase, or fewer than two."""
        which = _OF_TWO.get(found.head)
        if which is None or found.named or found.name.lower() != f"the {found.head}":
            return None
        text = self._text
        lower = max(self._floor, position - _MENTION_REACH)
        named: list[tuple[int, str, _Person | _Entry]] = [
            (person.start, person.surname, person)
            for person in self._people_between(lower, position)
        ]
        named.extend(
            (start, key[-1], entry)
            for entry in self._recent_entries()
            if entry.kind in _PERSON_LIKE and entry.named
            for start, end in entry.mentions
            if lower <= start < position
            # by a word of its name, not "she" nor "the former"
            and _key(text[start:end]).split()[-1] in (key := _key(entry.name).split())
        )
        surnames: list[str] = []  # of the last two, the latest first
        last_two: list[_Person | _Entry] = []
        for start, surname, who in sorted(named, key=itemgetter(0), reverse=True):
            if _quoted(text, start) or surname in surnames:
                continue
            surnames.append(surname)
            last_two.append(who)
            if len(last_two) == 2:
                meant = last_two[1 - which]
                return meant if isinstance(meant, _Entry) else self._subject(meant)
        return None

    def _holders(self, found: _Analysis, wanted: frozenset[str]) -> Iterator[_Entry]:
        """The recent named speakers, or those known by a title only one person holds
        (`_noble_role`), the most recent first, who hold one of the roles or
        titles `wanted` that the description `found` may stand for, a title also where the
        text writes it before the person's full name outside an attribution."""
        titled = not wanted.isdisjoint(TITLES)  # "the doctor": a "Dr."
        return (
            entry
            for entry in self._recent_entries()
            if entry.kind == "person"
            and (entry.named or _noble_role(entry.role))  # "the Duchess of Avon": one holds it
            and (
                not wanted.isdisjoint(entry.described)
                or (titled and not wanted.isdisjoint(self._titles_of(entry.name)))
            )
            and (found.gender is None or entry.gender in (None, found.gender))
            and _leads_body(found, entry)
        )

    def _titles_of(self, name: str) -> frozenset[str]:
        """The titles, lower case, the text writes before the full name `name` anywhere, or
        before any full name of the surname `name` alone: "Dr. Ana Holm chaired the briefing.
        Holm said ..." makes "Holm" (or "Ana Holm") a "dr", a doctor, though no attribution of
        hers gave the title; never her brother "Mark Holm"."""
        if self._name_titles is None:
            found: dict[str, set[str]] = {}
            for _, start in self._capitalised_words().words(_TITLE_HEADS):
                named = _TITLED_NAME.match(self._text, start)
                if named is not None and named["title"].lower() in TITLES:
                    title = named["title"].lower()
                    full = " ".join(named["name"].split())
                    found.setdefault(full, set()).add(title)
                    found.setdefault(full.rpartition(" ")[2], set()).add(title)
            self._name_titles = {name: frozenset(t) for name, t in found.items()}
        return self._name_titles.get(name, frozenset())

    def _named_since(
        self, unnamed: _Entry | None, found: _Analysis, position: int = 0
    ) -> _Entry | None:
        """A definite description's same wording spoken before unnamed ("A prosecutor told
        jurors ..."): the person named with that role who has spoken since ("Prosecutor Ed
        Aalto said ... the prosecutor said"), the most salient; else the unnamed person of
        that bare head brought in since ("An aide said ... the aide said ... A second aide
        said ... the aide said": the second aide); else `unnamed`, unless it is named and
        another holder of its title was named since (`_retitled`), before `position`."""
        if unnamed is not None and unnamed.named and found.description and not found.named:
            wanted = _wanted_titles(found.head)
            return self._retitled(unnamed, found, wanted, position) or unnamed
        if unnamed is None or unnamed.named or found.named:
            return unnamed
        holder = (
            next(self._holders(found, frozenset({found.head})), None) if found.description else None
        )
        if holder is None and found.kind == "person" and _key(found.name) == found.head:
            holder = self._brought_in(found.head)
        if holder is None and found.description and _headline_role_words(unnamed.name):
            # "Premier says ..." above "a warning Premier Ann Hale dismissed ... “...,” the
            # premier says": the holder the story names with that title since, if one speaks;
            # "PM says ..." above "Prime Minister Ruth Hale said ... the PM said": by office
            office_holder = (
                self._described_holder(found, position) if _office_words(found.name) else None
            )
            if office_holder is not None and office_holder.last > unnamed.last:
                return office_holder
            wanted = _wanted_titles(found.head)
            return self._retitled(unnamed, found, wanted, position) or unnamed
        return holder if holder is not None and holder.last > unnamed.last else unnamed

    def _retitled(
        self, holder: _Entry, found: _Analysis, wanted: frozenset[str], position: int
    ) -> _Entry | None:
        """Another speaker named with the title of the bare description `found` after the
        sentence where `holder` was last heard, before `position`: the one it stands for
        ("Sen. Ann Lee spoke last ... a reply from Senator Rae. “...,” the senator said":
        Rae); None if none."""
        if (
            not holder.mentions
            or found.head in OWNED_ROLE_HEADS
            or not position
            or found.name.lower() != f"the {found.head}"  # "the fire chief": its own holder
        ):
            return None
        # after the sentence of the holder's last mention: not one the holder acted on in it
        # ("She thanked Senator Rae. “...,” the senator said": still she)
        since = _sentence_end(self._text, holder.mentions[-1][1], position)
        retitled = self._titled_person(wanted, found.gender, position, since=since)
        return retitled if retitled is not None and retitled is not holder else None

    def _other_side(self, found: _Analysis, position: int) -> _Entry | None:
        """Sieve 3a: a reciprocal role with its possessor resolved ("his opponent", "her
        counterpart", `RECIPROCAL_ROLES`): the person other than that possessor mentioned
        last before `position`, a speaker or a name outside quotations, as in a debate or
        talks between two; None if none."""
        if found.named or found.head not in RECIPROCAL_ROLES:
            return None
        owner = found.name[: -len(found.head)].rstrip()  # "Okafor’s", "Ann Lee's", "Jones’"
        possessor = (
            owner.removesuffix("s").rstrip("’'") if owner.endswith(POSSESSIVE_ENDINGS) else ""
        )
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
                for p in self._people_between(max(self._floor, position - _MENTION_REACH), position)
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
        asked ...", "met his challenger, city councilman Rob Lee", "Ivo Rey, the bishop of
        Tarn, led ..."), or after that name by an
        indefinite one going on with a relative clause ("Cal Munro, a fisherman who moved
        here"), as a speaker with that role, passing a deputy or a former holder ("Tom Reyes,
        the former chief financial officer,": the one named before him); None if none."""
        text = self._text
        lower = max(self._floor, position - _TITLE_REACH)
        end = position
        while True:
            # the word, not "mischief, "; or before its complement ("Ivo Rey, the bishop of
            # Tarn,", "Ed Ruiz, a broker in Ashby,", "an economist at Vale Bank", "a planner
            # with the city"), its capital too ("The Prime Minister, Ann Lee,")
            at = max(
                text.rfind(f" {word}{after}", lower, end)
                for word in (head, head.capitalize())
                for after in _APPOSED_ENDS
            )
            at += 1
            if at <= 0 or _quoted(text, at):
                return None
            opener = _APPOSED_OPENER.search(text, max(lower, at - _ROLE_BEFORE_REACH), at)
            if opener is None:
                return None
            if not _subordinate(opener["words"] + head):
                break
            end = at - 1  # "Tom Reyes, the former chief financial officer,": one before him
        # the name before it ("Ed Lee, the incumbent, ..."), else after it
        named = _NAME_BEFORE_APPOSED.search(
            text, max(lower, opener.start() - _ROLE_BEFORE_REACH), opener.start()
        )
        if named is None and text[at + len(head)] == ",":
            named = _APPOSED_NAME.match(text, at + len(head) + 2, position)
        if named is None:
            return None
        roles = named["roles"].split()
        if roles and roles[-1] not in PERSON_ROLES:
            return None  # "the incumbent, faced Rob Park": a verb, no role, before the name
        role = text[opener.start("words") : at + len(head)]  # as written: "Health Minister"
        name = named["name"]
        first, _, rest = name.partition(" ")
        if first.lower() in _NOT_NAME and " " in rest:
            name = rest  # "Then Rob Park, the senator,": an adverb opening the sentence
        if _body_named(name) or marked_kind(name.split()) in BODY_KINDS:
            return None  # "emails seen by The Courier-Ledger, a clerk at the plant warned"
        analysis = _Analysis(name, role, "person", True, (0, 0), gender=gender)
        return self._same_person(analysis) or self._new(analysis)

    def _named_after_role(
        self, head: str, gender: str | None, position: int, written: str | None = None
    ) -> _Entry | None:
        """The person last named right after the role noun `head` in lower case (or as
        `written`, "Financial Officer") before `position`, within reach, outside quotations
        ("coach Ana Ruiz and striker Ida Berg faced reporters. The striker said": Ida Berg), as
        a speaker with that role; None if none, or a deputy's or former holder's ("Deputy Chief
        Financial Officer Tom Reyes")."""
        text = self._text
        written = written or head
        lower = max(self._floor, position - _TITLE_REACH)
        at = max(text.rfind(f"{space}{written} ", lower, position) for space in " \n")
        if at < 0 or _quoted(text, at):
            return None
        if _subordinate(" ".join(text[max(0, at - _ROLE_BEFORE_REACH) : at].split()[-1:])):
            return None  # "Deputy Chief Financial Officer Tom Reyes": not the office's holder
        named = _NAME_AT.match(text, at + len(written) + 2, position)
        if named is None or any(
            word.endswith(POSSESSIVE_ENDINGS) for word in named["name"].split()
        ):
            return None  # "striker Ida Berg’s goal": hers, but no subject
        known = self._by_key.get(_key(named["name"]))
        if known is not None and known.kind == "organization":
            return known  # "gold miner Acme Ltd said ... the miner said": the company
        analysis = _Analysis(named["name"], head, "person", True, (0, 0), gender=gender)
        return self._same_person(analysis) or self._new(analysis)

    def _named_after_kind(
        self, kinds: frozenset[str], gender: str | None, position: int
    ) -> _Entry | None:
        """The person last named right after each of the role nouns `kinds` that a
        description stands for (`ARTS_ROLE_HYPERNYMS`: "rapper Dano Pell ... the artist
        wrote": Dano Pell), when it is one and the same; None if none, or if another person
        or a name no reader can take follows another of them ("country singer Wes Tamblyn ...
        rapper K-Lune ... the artist")."""
        text, lower = self._text, max(self._floor, position - _TITLE_REACH)
        named: dict[str | None, str] = {}  # each name after one of them, and that noun
        for kind in kinds:
            for written in (kind, kind.capitalize()):  # "rapper Dano Pell", "Rapper Dano Pell"
                at = max(
                    text.rfind(f" {written} ", lower, position),
                    text.rfind(f"\n{written} ", lower, position),
                    -1 if lower or not text.startswith(f"{written} ") else 0,
                )
                if at >= 0 and not _quoted(text, at):
                    name = _NAME_AT.match(text, text.find(" ", at + 1) + 1, position)
                    named[None if name is None else name["name"]] = kind
        if len(named) != 1 or None in named:
            return None
        name, kind = named.popitem()
        if name is None or any(word.endswith(POSSESSIVE_ENDINGS) for word in name.split()):
            return None  # "rapper Dano Pell’s set": his, but no subject
        analysis = _Analysis(name, kind, "person", True, (0, 0), gender=gender)
        return self._same_person(analysis) or self._new(analysis)

    def _doer(self, head: str, gender: str | None, position: int) -> _Entry | None:
        """The one person named as the doer of the deed the role noun `head` tells, within
        reach before `position`, outside quotations ("The film was directed by Ana Ruiz ...
        the director said": Ana Ruiz), the name after "by" and its role; None if none, if two
        people did it, or if a body did ("coached by staff from Rowing Canada")."""
        pattern = _DOER_OF.get(head)
        if pattern is None:
            return None
        text = self._text
        names = {
            match["agent"] or match["doer"]
            for match in pattern.finditer(text, max(self._floor, position - _TITLE_REACH), position)
            if not _quoted(text, match.start())
        }
        if len(names) != 1 or _body_named(next(iter(names))):
            return None
        analysis = _Analysis(names.pop(), head, "person", True, (0, 0), gender=gender)
        return self._same_person(analysis) or self._new(analysis)

    def _charged_person(self, gender: str | None, position: int) -> _Entry | None:
        """The person last named before `position`, within reach, outside quotations, as
        charged ("Ed Lee, 37, is charged with fraud", "Lee pleaded not guilty"): whom "the
        defendant" stands for, as a speaker; None if none."""
        text = self._text
        people = self._people_between(max(self._floor, position - _TITLE_REACH), position)
        for person in sorted(people, key=_person_start, reverse=True):
            end = _name_end(text, person)
            aside = _AGE_ASIDE.match(text, end)
            if aside is not None and not _quoted(text, person.start):
                verb = _CHARGED.match(text, aside.end())
                if verb is not None and (gender is None or person.gender == gender):
                    return self._subject(person)
        return None

    def _anonymous_again(self, found: _Analysis, position: int) -> _Entry | None:
        """Sieve 3b: "the spokesperson", "the official": the unnamed person of that head a
        recent speaker brought in ("A spokesperson for the board said ... the spokesperson
        said"), else the one named person described by it (`_sole_described`), and "a
        spokesperson" or "a company spokesperson" again, a body's one voice; "the team", the
        unnamed group ("An international team reported ... the team found"); None if none."""
        if found.named:
            return None
        if _spokesperson_again(found):
            earlier = self._brought_in(found.head)
            same = earlier is not None and self._same_voice(earlier, found, position)
            return earlier if same else None
        key = _key(found.name)
        if key.startswith(_DEMONSTRATIVE_OPENERS):
            key = key.split(" ", 1)[1]  # "That person said", as "The person said"
        elif not found.name.lower().startswith("the "):
            return None
        same = key.startswith(_SAME)
        if same:  # "The same official said", "that same official": the one who spoke before
            key = key[len(_SAME) :]
        if found.kind == "person" and found.head in ANONYMOUS_HEADS:
            earlier = self._brought_in(found.head)
            if earlier is None and (key == found.head or key.endswith(f" {found.head}")):
                return self._sole_described(key, found.head, position)
            told = key == found.head or (same and f" {earlier.key}".endswith(f" {key}"))
            if earlier is None or not told:
                return None  # "the same senior official": the one brought in as such
            if self._another_since(earlier, found.head, position):
                return None  # which of the two: left to a speaker of its own
            return earlier
        if key != found.head:
            return None
        if found.kind == "group" and found.head in COLLECTIVE_HEADS:
            return self._brought_in(found.head, "group")
        if found.kind == "group" and found.head in ANONYMOUS_HEADS:
            # "The people, who asked not to be named, said": the people familiar with the
            # matter an attribution brought in ("according to two people familiar with ...")
            return self._brought_in(found.head, "group", _UNNAMED_GROUP_OPENERS)
        if found.kind == "group" and found.head.endswith("s"):
            # "A group of 38 lawmakers wrote ... the lawmakers said": the body's members
            return self._counted_body_of(found.head)
        return None

    def _sole_described(self, key: str, head: str, position: int) -> _Entry | None:
        """The one named person an appositive described by `head` ("Ana Ruiz, a senior
        official, said ... The official said", "The senior official said": Ana Ruiz, whose
        role has the modifiers of `key`); None if none or several were, or the description
        at `position` asks anonymity ("The official, who asked not to be named, said": no
        one named), or the text writes `head` again after the sentence of that person's last
        mention (another official, perhaps)."""
        holders = self._sole_holders(frozenset({head}))
        if len(holders) != 1 or not holders[0].named or not holders[0].mentions:
            return None
        if not set(key.split()) <= set((holders[0].role or "").lower().split()):
            return None  # "The junior official": not "a senior official"
        written = self._text[position : position + _OWNER_CHARS + len(key)].lower().find(head)
        if written >= 0 and _ANONYMITY_AFTER.match(self._text, position + written + len(head)):
            return None
        since = _sentence_end(self._text, holders[0].mentions[-1][1], position)
        if whole_word_starts(self._text, head, since, position):
            return None
        return holders[0]

    def _another_since(self, earlier: _Entry, head: str, position: int) -> bool:
        """Whether the text brings in another unnamed person of `head` by an indefinite phrase
        between the last mention of `earlier` and `position` ("A diplomat said ... Another
        diplomat, from Oslo, was more hopeful. “...,” that diplomat said"): "that diplomat" is
        perhaps that one, not surely `earlier`."""
        since = earlier.mentions[-1][1] if earlier.mentions else position
        return any(
            m["head"].lower() == head
            for m in _INDEFINITE_MENTION.finditer(self._text, since, position)
        )

    def _sole_holder(self, found: _Analysis, position: int) -> _Entry | None:
        """Sieve 3c: a definite description by a role of several names (`ROLE_SYNONYMS`:
        "their attorney", "the spokeswoman"), written at `position`, that stands for the one
        named person given that role by any of its names ("The family's lawyer, Marcus
        Ellery, said ... their attorney said"); None if no one or several hold it, or the
        gender disagrees, or a name owns it ("Acme's attorney": Acme's, perhaps another)."""
        if found.named or found.kind != "person" or found.head not in ROLE_SYNONYMS:
            return None
        if past_holder(found.name.rpartition(" ")[2]):
            return None  # "the ex-spokeswoman": not the spokeswoman
        written = self._text[position : position + _OWNER_CHARS].split(None, 1)[:1]
        if not written or written[0].lower() not in _DEFINITE_OWNERS:
            return None  # "a lawyer": another one, perhaps
        holders = self._sole_holders(ROLE_SYNONYMS[found.head])
        if len(holders) != 1 or not holders[0].named:
            return None
        holder = holders[0]
        held = max((end for _, end in holder.mentions if end <= position), default=position)
        if not self._owned_alike(holder, found.role, found.name, position, (held, position)):
            return None  # "the city's attorney" is no "family's lawyer"
        return (
            holder
            if None in (holder.gender, found.gender) or holder.gender == found.gender
            else None
        )

    def _sole_holders(self, role: frozenset[str]) -> list[_Entry]:
        """The named people given a role by one of its names (`role`), and the unnamed ones an
        indefinite phrase brought in ("A spokeswoman for the union said")."""
        return [
            entry
            for entry in self._entries.values()
            if entry.kind == "person"
            and (entry.named or entry.name.lower().startswith(_INDEFINITES))
            and not role.isdisjoint(entry.described)
        ]

    def _owned_alike(
        self,
        holder: _Entry,
        role: str | None,
        name: str,
        position: int,
        between: Span | None,
    ) -> bool:
        """Whether a named person's role (`holder`) and a description of a person (its `role`
        and `name`, written at `position`) name the same owner, or one of them none ("the
        city's attorney" is no "family's lawyer"; "the school's headteacher" is "the
        headteacher"). A possessive pronoun's owner is the body its sentence names first
        ("The family will sue the city, their attorney said": the family's), or unknown
        (the story's, perhaps: not compared). With `between`, the text from one to the other,
        one naming no owner is the other's only when that names no other body ("Ann Vale, a
        spokeswoman for Acme Foods, said ... The city disagreed. The spokesperson said": not
        Ann Vale)."""
        owned = _role_owner(role or "") or _role_owner(name)
        possessive = name.split(" ", 1)[0].lower()
        pronoun = possessive in _BODY_POSSESSIVES
        if not owned and pronoun:
            owned = self._pronoun_owner(position)
        holding = _role_owner(holder.role or "")
        if not owned and holding and possessive in GENDERED_POSSESSIVES:
            # "Tom Brandt declined to comment. His lawyer said": Brandt's, not Salas's
            owned = (self._last_person(_PRONOUN_FORMS[possessive], position, holding) or "").lower()
        if owned and holding:
            return _same_owner(owned, holding)
        if between is None or pronoun or not (owned or holding):
            return True
        words = _LOWER_WORDS.findall(self._text[between[0] : between[1]].lower())
        owner = (owned or holding).split()
        return not any(word in _OWNER_BODIES and word not in owner for word in words)

    def _pronoun_owner(self, position: int) -> str:
        """The body a description's possessive pronoun ("their attorney", "its spokeswoman"),
        written at `position`, stands for: the first body its sentence names before it, by
        its noun ("family" of "The family will sue the city, their attorney said"); "" if
        none."""
        text = self._text
        opening = _sentence_opening(text, line_start(text, position), position)
        words = _LOWER_WORDS.findall(text[opening:position].lower())
        return next((word for word in words if word in _OWNER_BODIES), "")

    def _same_voice(self, earlier: _Entry, found: _Analysis, position: int) -> bool:
        """Whether "a spokesperson" or "a company spokesperson" (`found`) may be the earlier
        one brought in: with a company's noun, one of no body or of a company, not "A
        spokeswoman for the union"; bare, one with no other body named between them ("A
        spokesman for the hospital said ... Police are investigating. A spokesman said": no)."""
        body = _SPOKEN_FOR.search(earlier.name)
        if len(_key(found.name).split()) > 1:
            return body is None or _company_body(body.group(1).split())
        between = self._text[earlier.mentions[-1][1] : position] if earlier.mentions else ""
        return not any(
            word in ORGANIZATION_WORDS or word in ORGANIZATION_PLURALS
            for word in _LOWER_WORDS.findall(between.lower())
        )

    def _counted_body_of(self, members: str) -> _Entry | None:
        """The recent unnamed body an indefinite phrase brought in by its members, counted or
        not ("A group of 38 lawmakers", "a team of scientists": `members` its plural), or
        None."""
        for e in self._recent_entries():
            words = e.key.split()
            if e.named or not e.name.lower().startswith(("a ", "an ")) or words[-1] != members:
                continue
            of = len(words) - 2 - (len(words) > 2 and words[-2] != "of")
            if of >= 1 and words[of] == "of" and words[of - 1] in COUNTED_BODIES:
                return e
        return None

    def _brought_in(
        self, head: str, kind: str = "person", openers: tuple[str, ...] = _INDEFINITES
    ) -> _Entry | None:
        """The recent unnamed person (or group) an indefinite phrase of that head brought in
        ("A nurse at the clinic", "Another nurse", "One resident"; `openers`, the words such
        a phrase opens with), or None."""
        return next(
            (
                e
                for e in self._recent_entries()
                if e.kind == kind
                and not e.named
                and e.name.lower().startswith(openers)
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
        since: int = 0,
    ) -> _Entry | None:
        """The person last named with one of `titles` before `position`, within reach
        ("Councilman Rob Lee", "Sen. Ann Hale"), the title after `modifiers` if any ("Fire
        Chief Ana Ruiz"), as a speaker; None if none. After `since`, only a speaker known
        already."""
        lower = max(self._floor, position - _TITLE_REACH, since)
        named = None
        # Where one of `titles` heads a capitalised word: the only places it may match with
        # one of them, found among the text's capitalised words, with no pattern compiled.
        heads = _title_heads(titles)
        for _, start in self._capitalised_words().words(heads, "", lower, position):
            found = _TITLED_NAME.match(self._text, start, position)
            if (
                found is not None
                and found["title"].lower() in titles
                and not _ends_sentence(self._text, found.end("title"), found["title"])
                and _after_words(self._text, start, modifiers)
                and not _styled_title(found["title"], found["name"])
                and (modifiers or not _heads_government(self._text, start, found["title"]))
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
        known = self._same_person(analysis)
        return known if known is not None or since else self._new(analysis)


def _wanted_titles(head: str) -> frozenset[str]:
    """The titles a holder of the role `head` may be named with: its own and those of
    `ROLE_HOLDERS` ("the coach": "coach", "manager")."""
    return ROLE_HOLDERS.get(head, frozenset()) | {head}


def _office_end(role: str | None) -> str:
    """The last two words of a role, lower case ("Karnataka Chief Minister": "chief
    minister")."""
    return " ".join((role or "").lower().split()[-2:])


def _heads_government(text: str, start: int, title: str) -> bool:
    """Whether the title at `start` ends a head of government's office with the word before
    it ("Chief Minister Ann Rao"): another office than a bare "minister"'s."""
    before = text[max(0, start - 7) : start].split()
    return bool(before) and f"{before[-1].lower()} {title.lower()}" in HEAD_OF_GOVERNMENT_OFFICES


def _headline_role_words(name: str) -> bool:
    """Whether an unnamed speaker's name is a role as a headline writes it, with no
    determiner and capitalised only as its first word ("Premier", "Health minister"), or an
    office's initials alone ("PM"); not "the premier", "A nurse"."""
    first = name.partition(" ")[0]
    if first.lower() in DETERMINERS:
        return False
    return name.isupper() and " " not in name or name[:1].isupper() and name[1:].islower()


def _styled_title(title: str, name: str) -> bool:
    """Whether a title and the one word after it are a royal style, no title and a surname
    ("Princess Royal", "Queen Mother")."""
    return " " not in name and (title.lower(), name.lower()) in STYLED_ROYAL_TITLES


def _body_named(name: str) -> bool:
    """Whether a name is a body's by its own words ("Carleton University") or by the place
    ending it ("Rowing Canada", "Hockey Nova Scotia"): no one person's. A known given name
    opening it makes the place a surname ("Maya Washington", "Ann Paris")."""
    words = name.split()
    return weakly_marked_kind(words) in BODY_KINDS or (
        not given_name(words[0]) and _place_or_state(words[-1])
    )


def _company_body(words: list[str]) -> bool:
    """Whether a spokesperson's body ("the company", "Bolt Corp", "Acme") may be what a
    later "company spokesperson" speaks for: a company's noun or a name, not "the union"."""
    words = [word for word in words if word.lower() not in _ARTICLE_WORDS]
    return bool(words) and (
        any(word.lower() in COMPANY_NOUNS for word in words) or words[0][:1].isupper()
    )


def _spokesperson_again(found: _Analysis) -> bool:
    """Whether an unnamed person is "a spokesperson" with no body of its own, or only a
    company's noun before it ("a company spokesperson"): the body's one voice, brought in
    before."""
    words = _key(found.name).split()
    return (
        found.kind == "person"
        and found.head in SPOKESPERSON_HEADS
        and found.name.lower().startswith(("a ", "an "))
        and words[-1] == found.head
        and all(word in COMPANY_NOUNS for word in words[:-1])
    )


def _role_owner(role: str) -> str:
    """The owner a person's role or description names, as `_key` keeps it, with no possessive
    ending: the body after "for", "of" or "at" ("acme foods" of "spokeswoman for Acme Foods"),
    its possessor ("city" of "the city's attorney", "nova scotia" of "Nova Scotia's auditor
    general"), or the capitalised words before its head in lower case that are no title or
    role ("acme" of "Acme spokesperson"); "" if none ("the lawyer", "their attorney", "Health
    Minister": a title's words)."""
    after = _SPOKEN_FOR.search(role)
    words = role.split()
    if after is not None:
        words = after.group(1).split()
    elif owner := _possessive_owner([w.lower() for w in words]):
        words = words[: len(owner)]
    elif words and _place_before_role(words[0]):
        words = words[:1]  # "B.C. Health Minister": the province's
    elif words and words[-1].islower():
        words = [w for w in words[:-1] if w[:1].isupper() and w.lower() not in _NO_OWNERS]
    else:
        words = []
    return _key(" ".join(POSSESSIVE_END.sub("", w) for w in words))


# A place abbreviated before a role: "B.C.", "N.S.", "U.S.".
_PLACE_ABBREVIATION = re.compile(r"(?:[A-Z]\.){2,3}")


def _place_before_role(word: str) -> bool:
    """Whether the first word of a role is a place that owns it, a province or a state, whole
    or abbreviated ("*B.C.* Health Minister", "*Alberta* Premier")."""
    return bool(_PLACE_ABBREVIATION.fullmatch(word)) or word.lower() in _PLACE_OWNERS


def _same_owner(one: str, other: str) -> bool:
    """Whether two owners `_role_owner` read are one, the words of one among the other's
    ("acme" and "acme foods"; not "city" and "acme foods")."""
    words, others = set(one.split()), set(other.split())
    return words <= others or others <= words


def _of_no_role(entry: _Entry | None) -> TypeGuard[_Entry]:
    """Whether `entry` is a named person of no role told: one a description may stand for."""
    return entry is not None and entry.named and entry.role is None
