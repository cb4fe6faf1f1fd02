"""The name sieves of `Speakers` (registry.py): the speakers the text names, and a
mention joined to one by its name: the same wording, an acronym and its body spelled
out, a surname or a given name alone for the person named in full, a company's or a
body's short name; the people named with a title or a given name, read once.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from tui.core.lexicon import (
    GIVEN_NAME_TITLES,
    KIN_CONVERSES,
    MEDIA_WORDS,
    NAME_PARTICLES,
    OFFICE_COMPLEMENTS,
    PARENT_NOUNS,
    PARTY_MEMBERS,
    PLAYING_POSITIONS,
    STATES_AND_PROVINCES,
    TITLE_SECONDS,
    TITLES,
    US_STATES,
)
from tui.core.model import Span, SpeakerKind
from tui.core.organizations import COMPANY_NOUNS, GOVERNING_ORGANS
from tui.core.speaker_kinds import BODY_KINDS, PERSON_ROLES, given_name, marked_kind
from tui.core.speakers.after_cue import phrase_after
from tui.core.speakers.gender import (
    _GIVEN_NAMES,
    _first_given,
    _given,
    _may_be,
    _same_given,
    _surnames_ending,
    _unlisted_given_apart,
)
from tui.core.speakers.kinds import (
    _ANY_ORGANIZATION_HEADS,
    _PERSON_LIKE,
    _acronym_key,
    _described_as_no_company,
    _holds_head,
    _initials,
)
from tui.core.speakers.names import (
    _CAPITALISED_SURNAME,
    _NAMES_AFTER,
    _POPULAR_NAME,
    _REAL_NAME,
    _SURNAME_SHAPED,
    _CapitalisedWords,
    _head,
    _key,
    _lone_name_role,
    _name_before,
    _name_end_after,
    _named_after,
    _paternal_surname,
    joined_given_name,
    kin_beside,
)
from tui.core.speakers.noun_phrases import _phrase_at
from tui.core.speakers.records import _Analysis, _Entry, _Person
from tui.core.speakers.registry_shared import _TITLED_NAME, _title_heads
from tui.core.speakers.roles import _role_set_before, _second_of_title
from tui.core.speakers.sentences import _word_matches
from tui.core.speakers.tokens import _NOT_NAME, _PRONOUN_FORMS, PHRASE_WINDOW, tokens
from tui.core.text import line_start

# The title just before a name: "Senator" of "Senator Ann Lee", "Sen." of "Sen. Ann Lee".
_TITLE_BEFORE = re.compile(r"\b([A-Z][a-z]+)\.? $")

# The subject of what a bare surname said, or its possessor, right after the cue: "Vell said
# she ...", "For now, Vell said, her mother ...".
_CONTENT_PRONOUN = re.compile(
    r"[^\S\n]+[a-z]+,?[^\S\n]+(?:that[^\S\n]+)?(he|she|his|her)\b", re.IGNORECASE
)
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")  # "in 2003"


def content_pronoun(text: str, end: int) -> str | None:
    """The subject pronoun opening what a name ending at `end` said (`_CONTENT_PRONOUN`: "Vell
    said she ..."; "his" and "her" as "he" and "she"), or None."""
    told = _CONTENT_PRONOUN.match(text, end)
    if told is None:
        return None
    word = told[1].lower()
    return _PRONOUN_FORMS.get(word, word)


# "The elder Vell", "the younger Vell" right before a surname: of two people of that name
_SENIORITY_BEFORE = re.compile(r"\b(?:the|The) (elder|older|younger)[^\S\n]+$")
_AGE_AFTER = re.compile(r",[^\S\n]+(\d{1,3}),")  # "Joel Vell, 26,"
# Kin nouns of an older generation than the relative they are named for, and of a younger
_OLDER_KIN = PARENT_NOUNS | frozenset("aunt uncle".split())
_YOUNGER_KIN = frozenset(kin for kin, converse in KIN_CONVERSES.items() if converse & _OLDER_KIN)
_GENERATION_KIN = _OLDER_KIN | _YOUNGER_KIN  # kin words that tell an older or younger relative

# The titles and roles of no gender before a name that a transcript's label may stand for:
# "Sen. Gill", "Senator Dana Gill" (`Speakers._titled_mentions`).
_NAME_TITLES = TITLES | PERSON_ROLES


def _acronym_fits(acronym: SpeakerKind, body: SpeakerKind) -> bool:
    """Whether an acronym alone, of the kind it was taken for, may stand for a body of that
    kind: a name that may be a person's, the body's own kind, and an outlet's for a body's
    (an acronym tells no outlet: "TNA" after "the Tianmar News Agency")."""
    return (
        acronym in _PERSON_LIKE or acronym == body or (acronym, body) == ("organization", "media")
    )


def _named_with_kin(entry: _Entry) -> bool:
    """Whether a speaker was named with kin: "his son, Pieter Vell" ("son of Tomas Vell"),
    "Vell's younger brother, Anton Vell"."""
    if not entry.described.isdisjoint(KIN_CONVERSES):
        return True
    held = (entry.role or "").lower().partition(" of ")[0]
    return held.rpartition(" ")[2] in KIN_CONVERSES


_DECLARED_ACRONYM = re.compile(r" \(([A-Z]{2,6})\)")  # "the UN refugee agency (UNHCR)"
# The most characters between an office's acronym and the name after it: "), Dr. Hassan Abdi".
_OFFICE_ACRONYM_REACH = 24


def _office_initials(role: str, acronym: str) -> bool:
    """Whether `acronym` (lower case), declared in parentheses after `role`, is the office's
    ("Inspector-General of Police (IGP)": its first letter the office's), not the body's the
    role ends with ("director of the Federal Bureau of Investigation (FBI)", "chief executive
    of Harlan Meats Holdings (HMH)": a later "the FBI" is the bureau, not its director)."""
    if role[:1].lower() != acronym[:1]:
        return False
    _, of, body = role.partition(" of ")
    return not of or _initials(body) != acronym


# The heads of `_NAME_TITLES` (`_title_heads`).
_NAME_TITLE_HEADS = _title_heads(_NAME_TITLES)


class NameSieves:
    """The name sieves and the people the text names (mixed into `Speakers`)."""

    def _titled_mentions(self, surname: str, upper: int) -> list[tuple[int, int, str]]:
        """The mentions in text[:upper] of a person of `surname` (lower case) after a title or
        a role ("Sen. Gill", "Senator Dana Gill"): start, end and the name after the title."""
        if self._titled is None:  # the text read once for all its transcript's labels
            self._titled = {}
            for _, start in self._capitalised_words().words(_NAME_TITLE_HEADS):
                found = _TITLED_NAME.match(self._text, start)
                if found is not None and found.group("title").lower() in _NAME_TITLES:
                    name = found.group("name")
                    self._titled.setdefault(name.split()[-1].lower(), []).append(
                        (found.start(), found.end("name"), name)
                    )
        return [mention for mention in self._titled.get(surname, ()) if mention[1] <= upper]

    def _titled_surnamed(self, mentions: list[tuple[int, int, str]]) -> str | None:
        """The one person of the titled `mentions` of a surname (`_titled_mentions`), who
        becomes a speaker; None if there is none, or two of two given names."""
        if not mentions or len({name.split()[0] for *_, name in mentions if " " in name}) > 1:
            return None
        phrase = phrase_after(self._text, mentions[-1][0], mentions[-1][1])
        return None if phrase is None else self.resolve(phrase)[0]

    def _person_analysis(self, person: _Person, gender: str) -> _Analysis:
        """What a person named in the text is, with the role set before the name; a given
        name alone ("Amber, 25,") is the one person named before in full with it."""
        full = self._bare_given.get(person.name) if person.lone else None
        if full is not None and full.start < person.start:
            person = full
        role = _role_set_before(self._text, person) or _lone_name_role(self._text, person)
        apposed = self._kin_apposed_at(person.start) if role in KIN_CONVERSES else None
        if apposed is not None and apposed[1] is not None:
            role = f"{role} of {apposed[1][0]}"  # "Jon Lund ... His wife, Petra,": Lund's wife
        title = _TITLE_BEFORE.search(self._text, max(0, person.start - 16), person.start)
        described = (
            frozenset({title[1].lower()})
            if title and (title[1].lower() in TITLES or title[1].lower() in PERSON_ROLES)
            else frozenset()
        )  # "Senator Ann Lee", heard through "she" since, is still "the senator"
        return _Analysis(
            person.name, role, "person", True, (0, 0), gender=gender, described=described
        )

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
            # the surname of a name in full is no bare surname: "Anton Vell" is not "Vell"
            # nor is the first of two ("Ferrer" of "Lucía Ferrer Ortiz")
            inside = {p.start + p.name.lower().rfind(p.surname) for p in people if " " in p.name}
            people.extend(
                _Person(match.start(), known.name, known.surname, known.gender, lone=known.lone)
                for match in self._surname_words(lower, upper)
                if match.start() not in inside
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
            for k, person in enumerate(self._named_people):
                self._named_by_surname.setdefault(person.surname, []).append((k, person))
                if " " in person.name:  # by the last word of the name's key, not `surname`
                    by_last = self._full_by_surname.setdefault(_key(person.name).split()[-1], [])
                    by_last.append(person)
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

    def _declare_acronym(self, entry: _Entry, end: int) -> None:
        """File a body under the acronym the text declares in parentheses right after its
        mention ending at `end` ("the UN refugee agency (UNHCR)"), whatever its initials: a
        later "UNHCR" alone is that body."""
        declared = _DECLARED_ACRONYM.match(self._text, end)
        if declared is not None and entry.key != declared.group(1).lower():
            self._by_acronym.setdefault(declared.group(1).lower(), entry)

    def _declare_office_acronym(self, entry: _Entry, role: str, start: int) -> None:
        """File a person under the acronym the text declares in parentheses right after the
        office apposed before their name starting at `start` ("The Inspector-General of
        Police (IGP), Musa Bello,", "the county Health Executive Committee Member (CECM),
        Dr. Hassan Abdi,"): a later "the IGP" alone is that person."""
        at = self._text.rfind(role + " (", max(0, start - len(role) - _OFFICE_ACRONYM_REACH), start)
        if at < 0:
            return
        declared = _DECLARED_ACRONYM.match(self._text, at + len(role))
        if declared is not None and _office_initials(role, declared.group(1).lower()):
            self._by_office_acronym.setdefault(declared.group(1).lower(), entry)

    def _office_acronym_of(self, found: _Analysis) -> _Entry | None:
        """Sieve 1b': the person an office's acronym alone stands for, declared after that
        office apposed to their name before ("the IGP", "The CECM said";
        `_declare_office_acronym`)."""
        if not self._by_office_acronym or found.named and found.kind == "person":
            return None
        bare = found.name.rpartition(" ")[2]
        if not (bare.isupper() and bare.isalpha()) or len(found.name.split()) > 2:
            return None
        return self._by_office_acronym.get(bare.lower())

    def _same_key(self, found: _Analysis) -> _Entry | None:
        """Sieve 1: the speaker of the same name or wording ("the mayor" again). A bare
        surname is left to `_same_person`: it means the last person of that name."""
        key = _key(found.name)
        if found.kind in _PERSON_LIKE and found.named and " " not in key:
            # a one-word name of no known kind: the organization already given that name
            # ("the tracking firm Brillo" ... "Brillo added")
            known = self._by_key.get(key) if found.kind == "unknown" else None
            return known if known is not None and known.kind in BODY_KINDS else None
        known = self._by_key.get(key)
        if known is None:
            return None
        # "the company" unnamed before; "the group" again after another group spoke: the
        # named body that has spoken since
        if (not known.named and found.head in COMPANY_NOUNS) or (
            not found.named and found.head in _ANY_ORGANIZATION_HEADS
        ):
            return self._company_named_since(known, found.head) or known
        return known

    def _company_named_since(self, unnamed: _Entry, head: str) -> _Entry | None:
        """The named company that has spoken since `unnamed` ("the company") last did and
        that the head fits: a headline's "company says", then "Pulso said", then "the company
        said" is Pulso; None if none."""
        for entry in self._recent_entries():
            if entry is unnamed:
                return None
            if (
                entry.kind == "organization"
                and entry.named
                and _holds_head(entry.key, head)
                and not _described_as_no_company(entry, head)
            ):
                return entry
        return None

    def _acronym_of(self, found: _Analysis) -> _Entry | None:
        """Sieve 1b: the body an acronym alone stands for, named in full before ("the FAA"
        after "the Federal Aviation Administration"), of its kind ("ABC", an outlet, is no
        "Acme Brands Corporation"); an acronym taken for a body may be an outlet's ("TNA"
        after "the Tianmar News Agency")."""
        entry = self._by_acronym.get(_acronym_key(found))
        if entry is None or not _acronym_fits(found.kind, entry.kind):
            return None
        entry.acronym = found.name.rpartition(" ")[2]
        return entry

    def _spelled_out(self, found: _Analysis) -> _Entry | None:
        """Sieve 1c: the body whose acronym alone named it before ("the Federal Aviation
        Administration" after "the FAA"), of the same kind."""
        initials = _initials(found.name) if found.kind in BODY_KINDS and found.named else None
        entry = self._by_key.get(initials) if initials is not None else None
        if entry is None or entry.kind != found.kind or not entry.name.split()[-1].isupper():
            return None
        entry.acronym = entry.name.split()[-1]
        return entry

    def _same_person(self, found: _Analysis, position: int | None = None) -> _Entry | None:
        """Sieve 2: a person of the same surname, given name and gender (when both are
        known): the one mentioned last. "Anna Smith" and "John Smith" stay two. A bare
        surname at `position` may mean another than a relative named with kin (`_namesake`)."""
        if found.kind not in _PERSON_LIKE or not found.named or found.description:
            return None
        words = _key(found.name).split()
        if len(words) == 1 and not found.described.isdisjoint(GIVEN_NAME_TITLES):
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
                or (
                    _same_given(given, _first_given(entry.key.split()))
                    and not _unlisted_given_apart(words, entry.key.split())
                )
                or _surnames_ending(words, entry.key)
            )
            and not (given is not None and self._named_otherwise_before(entry, given))
        ]
        if given is None and len(words) == 1 and len(matching) > 1:
            # "Ortiz" is Carmen Ortiz, not Lucía Ferrer Ortiz, whom Spanish calls "Ferrer"
            own = [e for e in matching if _paternal_surname(e.name) in (None, words[0])]
            matching = own or matching
        if given is None and len(words) == 1 and len(matching) > 1 and found.described:
            # "Captain Ferrer" is Captain Lucía Ferrer, not Ana Ferrer, heard since
            titled = [e for e in matching if not found.described.isdisjoint(e.described)]
            matching = titled or matching
        if given is None and len(words) == 1:
            kin = [entry for entry in matching if _named_with_kin(entry)]
            if kin:
                return self._namesake(words[0], found.gender, kin, matching, position)
            if len(matching) > 1 and position is not None:
                # "Tremblay said he ...", a Jenna and a Bill Tremblay named: the one of the
                # pronoun's gender opening what was said
                pronoun = content_pronoun(self._text, position + len(words[0]))
                if pronoun is not None:
                    matching = [e for e in matching if e.gender in (None, pronoun)] or matching
                owner = self._surname_owner(words[0], matching, position)
                if owner is not None:
                    return owner
        return max(matching, key=lambda entry: entry.last, default=None)

    def _surname_owner(self, surname: str, matching: list[_Entry], position: int) -> _Entry | None:
        """Of two or more people of `surname` (`matching`), the one the text called by the
        bare surname before it named any other in full: writers go on calling that one so and
        name the other in full ("DeShawn Carter ... Carter said ... his brother Jamal Carter
        said ... Carter said": DeShawn); None when none was, or when the last one heard was
        mentioned in the paragraph of `position` (its voice goes on)."""
        text = self._text
        last = max(matching, key=lambda entry: entry.last)
        if not last.mentions or text.find("\n", last.mentions[-1][1], position) < 0:
            return None
        firsts = [min(entry.mentions)[0] if entry.mentions else position for entry in matching]
        owners = [
            entry
            for k, entry in enumerate(matching)
            if any(
                text[start:end].lower() == surname
                and all(start < first for j, first in enumerate(firsts) if j != k)
                for start, end in entry.mentions
            )
        ]
        return owners[0] if len(owners) == 1 else None

    def _named_otherwise_before(self, entry: _Entry, given: str) -> bool:
        """Whether a person heard by surname alone ("Mrs Ashworth said", "Ashworth said") was
        named in full before that, and by another given name than `given` that may be of the
        gender the person was heard with, if any ("Among them was Gwen Ashworth"): a later
        "Claire Ashworth" (or "Ken Ashworth") is someone else; not after "Ruth Obi" for "Mr
        Obi" (no man), whose later "Ade Obi" may be him."""
        if _given(entry.key) is not None or not entry.mentions:
            return False
        self._known_people()
        first = entry.mentions[0][0]
        return any(
            not _same_given(given, _first_given(_key(person.name).split()))
            for person in self._full_by_surname.get(entry.key.split()[-1], ())
            if person.start < first and (entry.gender is None or _may_be(person.name, entry.gender))
        )

    def _namesake(
        self,
        surname: str,
        gender: str | None,
        kin: list[_Entry],
        matching: list[_Entry],
        position: int | None,
    ) -> _Entry | None:
        """The person a bare surname at `position` means when `kin`, relatives of the same
        surname named with their kin ("his son, Pieter Vell"), are among its `matching`
        speakers: the last one mentioned when it is a relative mentioned in the same
        paragraph (its voice goes on), else the last other speaker heard of the name ("Tomas
        Vell" quoted), else the first person the text named in full with it when the
        paragraph dates the words to a year ("Vell said in 2003": the late baker), else the
        relative; a pronoun or a possessive opening what was said keeps those of the other
        gender out ("Vell said she ...", "Vell said, her mother ..."). "Ruiz said" after
        "Carlos Ruiz was shot ... His mother, Ana Ruiz, said ..." is the mother."""
        last = max(matching, key=lambda entry: entry.last)
        if (
            position is not None
            and last in kin
            and last.mentions
            and self._text.find("\n", last.mentions[-1][1], position) < 0
        ):
            return last
        others = [entry for entry in matching if entry not in kin and entry.ref in self._voiced]
        pronoun = content_pronoun(self._text, position + len(surname)) if position else None
        if pronoun is not None:  # "Vell said she was proud of her father": not Tomas Vell
            others = [entry for entry in others if entry.gender in (None, pronoun)]
            kin = [entry for entry in kin if entry.gender in (None, pronoun)] or kin
            gender = gender or pronoun
        if others:
            return max(others, key=lambda entry: entry.last)
        self._known_people()
        keys = {entry.key for entry in kin}
        first = next((p for _, p in self._named_by_surname.get(surname, ()) if not p.lone), None)
        if (
            first is not None
            and _key(first.name) not in keys
            and (gender is None or first.gender in ("", gender))
            and position is not None
            and self._dated(position)
        ):
            return self._subject(first)
        return max(kin, key=lambda entry: entry.last)

    def _elder_or_younger(
        self, found: _Analysis, position: int, seniority: re.Match[str]
    ) -> _Entry | None:
        """Sieve 0, before all: "the elder Vell", "the younger Vell" (`seniority`, as
        `_seniority_before` read it): of the two people named in full with that surname
        before `position`, the one the text makes older or younger, by the kin one was named
        with ("his son, Joel Vell": the younger) or else by their ages ("Joel Vell, 26,");
        None if the text names not two such, or does not tell."""
        self._known_people()
        people: dict[str, _Person] = {}
        for _, person in self._named_by_surname.get(_key(found.name), ()):
            if person.start < position and not person.lone and " " in person.name:
                people.setdefault(person.name, person)
        if len(people) == 1:
            return self._elder_or_younger_kin(next(iter(people.values())), seniority[1], position)
        if len(people) != 2:
            return None
        pair = list(people.values())
        kin = [self._generation(person) for person in pair]
        if any(kin):
            if kin[0] == kin[1]:
                return None  # "his son, ... her son, ...": no telling
            ranks = [generation or -sum(kin) for generation in kin]
        else:
            ages = [_AGE_AFTER.match(self._text, p.start + len(p.name)) for p in pair]
            if ages[0] is None or ages[1] is None or ages[0][1] == ages[1][1]:
                return None
            ranks = [int(age[1]) for age in ages]
        older = 0 if ranks[0] > ranks[1] else 1
        return self._subject(pair[1 - older] if seniority[1] == "younger" else pair[older])

    def _elder_or_younger_kin(
        self, person: _Person, seniority: str, position: int
    ) -> _Entry | None:
        """ "the younger Reyes" after one Reyes named in full ("Tom Reyes") and a relative of
        his named by the given name alone ("his son Luis", "His son, Luis,"): of the two, the
        one the kin word makes younger or older; None if no such relative was named."""
        relatives: list[tuple[str, Span]] = []
        for kin in _GENERATION_KIN:
            beside = kin_beside(self._text, person.name, kin, position)
            if beside is not None:
                relatives.append((kin, beside))
        for match, owner in self._kin_appositions().values():
            if owner is not None and owner[0] == person.name and match.end() <= position:
                if match["kin"] in _GENERATION_KIN:
                    relatives.append((match["kin"], match.span("name")))
        if len({span for _, span in relatives}) != 1:
            return None
        kin, span = relatives[0]
        relative_older = kin in _OLDER_KIN
        if relative_older == (seniority != "younger"):
            return self._named_person(*span, None)
        return self._subject(person)

    def _seniority_before(self, found: _Analysis, position: int) -> re.Match[str] | None:
        """ "the elder", "the younger" right before a surname alone at `position`, telling one
        of two of that name apart (no role: "the elder Green" is no elder); else None."""
        if found.kind not in _PERSON_LIKE or not found.named or " " in _key(found.name):
            return None
        return _SENIORITY_BEFORE.search(self._text, max(0, position - 12), position)

    def _generation(self, person: _Person) -> int:
        """1 for a person named in full after the noun of an older generation's kin ("his
        father, Neil Vell"), -1 after a younger's ("his son, Joel Vell"), else 0."""
        kin = (_role_set_before(self._text, person) or "").lower().rpartition(" ")[2]
        return 1 if kin in _OLDER_KIN else -1 if kin in _YOUNGER_KIN else 0

    def _dated(self, position: int) -> bool:
        """Whether the paragraph at `position`, or the one before, names a year ("In a 2018
        interview, he ... ¶ “...,” Vell said then")."""
        text = self._text
        line = text.rfind("\n", 0, max(0, position - 1))  # the break before this paragraph
        start = text.rfind("\n", 0, line - 1) if line > 0 else -1  # a negative end counts back
        end = text.find("\n", position)
        return _YEAR.search(text, start + 1, len(text) if end < 0 else end) is not None

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
        if not speakers and not people:
            return self._joined_given(found, position)
        if len(speakers.keys() | people.keys()) != 1:
            return None
        if speakers:
            return next(iter(speakers.values()))
        (person,) = people.values()
        return self._subject(person)

    def _joined_given(self, found: _Analysis, position: int) -> _Entry | None:
        """Sieve 2a, for a given name no list need know: the person the text named before
        `position` by it and the surname another given name joined by "and" shares ("Mira said"
        after "Lena and Mira Kovac own the cafe": Mira Kovac); None if none."""
        full = joined_given_name(self._text, self._capitalised_words(), found.name, position)
        if full is None:
            return None
        known = self._by_key.get(_key(full))  # not "Lena Kovac" for Mira: the given names differ
        found = _Analysis(full, None, "person", True, (0, 0), gender=found.gender)
        return known or self._new(found)

    def _popularly_named(self, found: _Analysis, position: int) -> _Entry | None:
        """Sieve 2a': a person called by a popular name ("Carlão said") given before
        `position` after the full name ("Luiz da Rocha, known as Carlão,") or before it
        ("Nyxie, whose real name is Cora Vell,"): the speaker of that full name; None if no
        such name was given."""
        key = _key(found.name)
        if found.kind not in _PERSON_LIKE or not found.named or " " in key:
            return None
        if self._popular is None:
            text = self._text
            self._popular = {}
            # "known as", "known simply as", "nicknamed", "called": `_POPULAR_NAME`
            if " known " in text or " nicknamed " in text or " called " in text:
                for match in _POPULAR_NAME.finditer(text):
                    self._popular.setdefault(_key(match[1]), match.start())
            if " name is " in text:
                for match in _REAL_NAME.finditer(text):  # the full name ends the match
                    self._popular.setdefault(_key(match[1]), match.end())
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
        mentioned last; not a body's governing organ ("Acme" after "the Acme board", "the
        Acme board of directors": `_governing_organ`). A person of that surname is found
        first (`_same_person`)."""
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
            and not _governing_organ(entry.key.split()[len(words) :])
        ]
        return max(matching, key=lambda entry: entry.last, default=None)

    def _name_without_place(self, found: _Analysis) -> _Entry | None:
        """Sieve 2c: a body's name without the place or owner that opened it ("the Supreme
        Court" after "the Kessland Supreme Court", "the Water Board" after "the Verdant Basin
        Water Board"): the one organization, named before, whose name ends with these words
        (two or more); none when two do (another court of that name may be meant), nor when
        a state's or province's name is dropped before "Supreme Court" ("the Ohio Supreme
        Court" and then "the Supreme Court": the national court is meant)."""
        if found.kind != "organization" or not found.named:
            return None
        words = _key(found.name).split()
        if len(words) < 2:
            return None
        ending = " " + " ".join(words)  # keys are words one space apart: a suffix test
        matching = [
            entry
            for entry in self._by_last_word.get(words[-1], {}).values()
            if entry.key.endswith(ending) and entry.kind == "organization" and entry.named
        ]
        if len(matching) != 1:
            return None
        place = " ".join(matching[0].key.split()[: -len(words)])
        national = words == ["supreme", "court"] and (
            place in US_STATES or place in STATES_AND_PROVINCES
        )
        return None if national else matching[0]

    def _known_surname(self, word: str) -> bool:
        """Whether the text gives a person this surname: a named person already speaking, or
        one named anywhere with a gendered title or a given name."""
        self._known_people()
        return _key(word) in self._by_surname or word in self._person_surnames

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
                window = start - 30 if start > 30 else 0
                word_start = text.rfind(" ", window, start - 1) + 1 or window
                if "\n" in text[word_start : start - 1]:  # "Ann" opening a paragraph
                    word_start = line_start(text, start - 1)
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
                if names and lower in PLAYING_POSITIONS:
                    break  # a position before a given name: "Guard Marcus Reed scored"
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


def _governing_organ(rest: list[str]) -> bool:
    """Whether the words after a body's name (lower case) are its governing organ
    (`GOVERNING_ORGANS`), alone or with its members after "of": "board", "board of
    directors", "council of trustees"; not "Foods Corp."."""
    return bool(rest) and rest[0] in GOVERNING_ORGANS and (len(rest) == 1 or rest[1] == "of")
