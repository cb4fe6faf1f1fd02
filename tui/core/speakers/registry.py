"""`Speakers`: the speakers of one article, built mention by mention in text order. Each
phrase is analysed (name, role, kind, gender) and joined to the speaker it refers to by
ordered sieves, most precise first: the same name, the same person (a surname joined to the
full name), a role's holder, a description's organization or outlet; pronouns and "who" last,
by agreement and salience. At the end each speaker gets its final id, name and role.

`Speakers` holds the state, the public API and the sieves' order (`_entry_for`); its
jobs are mixins, each a module: registry_names.py (the name sieves, the people named),
registry_pronouns.py (pronouns and possessives), registry_roles.py (role nouns of
people), registry_bodies.py (descriptions of bodies, documents and kin),
registry_phrases.py (a phrase's analysis), registry_final.py (the records' last pass);
registry_shared.py holds what several of them read.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from itertools import islice
from operator import attrgetter

from tui.core.lexicon import PERSON_PRONOUNS, RECIPROCAL_ROLES
from tui.core.model import Span, Speaker, SpeakerKind, new_speaker
from tui.core.speaker_kinds import BODY_KINDS, TextEvidence
from tui.core.speakers.after_cue import phrase_after
from tui.core.speakers.gender import _given
from tui.core.speakers.kinds import (
    _PERSON_LIKE,
    _affiliated_source,
    _initials,
    _named_person_like,
    _referred_to,
    _with_acronym,
)
from tui.core.speakers.names import _CapitalisedWords, _key, _other_surname
from tui.core.speakers.records import _Analysis, _Entry, _Person, _Wording
from tui.core.speakers.registry_bodies import BodyNouns
from tui.core.speakers.registry_final import FinalPass
from tui.core.speakers.registry_names import NameSieves
from tui.core.speakers.registry_phrases import PhraseAnalysis
from tui.core.speakers.registry_pronouns import Pronouns
from tui.core.speakers.registry_roles import RoleNouns
from tui.core.speakers.registry_shared import _DEMONSTRATIVE_OPENERS, _SAME
from tui.core.speakers.registry_shared import _OPENING_ROLE as _OPENING_ROLE
from tui.core.speakers.roles import _source_role, _without_leading_article
from tui.core.speakers.tokens import _ROLES_OR_TITLES, PHRASE_WINDOW, Phrase
from tui.core.text import whole_word_starts

# The spaces a blanked nickname leaves in a name, read as one: "Luca “the Hammer” Moretti"
# is named "Luca Moretti" (`furniture.nicknames`).
_BLANKED_GAP = re.compile(r" {3,}")

_NOT_WORD = re.compile(r"[^\w]+")

_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)-")

_AGAIN_OPENERS = (*_DEMONSTRATIVE_OPENERS, _SAME)  # a mention again, never a fuller name

_CANDIDATES = 40  # the most recent speakers a pronoun or a description may stand for


# Each attribution's phrase is analysed (`_analyse`: name, role, kind, gender), then joined to
# an earlier speaker by sieves tried in order, most precise first, as in Stanford's
# deterministic coreference: the same name (`_same_key`), the same person by surname and
# given name (`_same_person`), the holder of a role a description names (`_role_holder`: a
# speaker or a name in the text with that title; by age or party, the person just named),
# the organization or outlet a description names (`_described_outlet`); pronouns last
# (`_antecedent`), by agreement in gender, number and animacy, and salience (the subject of
# the sentence just read, `_latest_subjects`, before the speaker of an older attribution).


class Speakers(NameSieves, Pronouns, RoleNouns, BodyNouns, PhraseAnalysis, FinalPass):
    """The speakers of one article, built mention by mention in text order.

    `resolve` gives working ids; `speakers` gives the records and the map from working ids
    to their final slugs (made from the fullest name, known only at the end)."""

    def __init__(self, text: str, items: Sequence[int] = ()) -> None:
        """`items`: where a briefs page's items end, in text order (`item_ends`)."""
        self._text = text
        self._items = items
        self._item = 0  # the next of `items` not yet passed
        self._floor = 0  # where the item of the last mention opens: the text's start, else
        # the end of the last of `items` passed
        self._entries: dict[str, _Entry] = {}  # by working id
        self._by_key: dict[str, _Entry] = {}
        self._by_surname: dict[str, list[_Entry]] = {}  # named people
        # Speakers by the first word of their key, each time a key is set: where
        # `_short_company_name` looks, instead of going through every speaker.
        self._by_first_word: dict[str, list[_Entry]] = {}
        # And by the last word of their key, each by working id (filed once): where
        # `_name_without_place` looks.
        self._by_last_word: dict[str, dict[str, _Entry]] = {}
        self._by_acronym: dict[str, _Entry] = {}  # bodies by their initials: "faa"
        # people by the acronym of their office declared after it: "The Inspector-General of
        # Police (IGP), Musa Bello," ... "the IGP": "igp"
        self._by_office_acronym: dict[str, _Entry] = {}
        self._recent: dict[str, _Entry] = {}  # insertion order: most recent last
        self._clock = 0
        self._last_end = 0  # the end of the last attribution's mention
        self._taken_back = False  # whether `forget` took back the last attribution's mention
        # and of its appositive: "X, an analyst at Acme, said" names Acme as X's affiliation,
        # not as a company "the company" may stand for
        self._aside_end = 0
        # ... and of the last attribution to a body, past which a description of a body ("the
        # team", "the department") may reach back over people's statements
        self._body_end = 0
        self._opened = (-1, 0)  # the last position `_opening_at` read, where its sentence opens
        self._people: dict[str, _Person] | None = None  # surnames first named with a gender
        self._named_people: list[_Person] = []  # named with a title or given name, in order
        # and by surname, each with its index in `_named_people`, in that order
        self._named_by_surname: dict[str, list[tuple[int, _Person]]] = {}
        # those named in full, by the last word of the name's key ("Ali Akbar Hosseini":
        # "hosseini", whose `surname` is "akbar"), in order
        self._full_by_surname: dict[str, list[_Person]] = {}
        # every titled mention of a person ("Sen. Gill"), read once: start, end, name; by the
        # last word of the name in lower case
        self._titled: dict[str, list[tuple[int, int, str]]] | None = None
        # the kin appositions outside quotations (`KIN_APPOSITION`) and their owners, by where
        # the relative's name starts, in text order, read once
        self._kin_apposed: dict[int, tuple[re.Match[str], tuple[str, Span] | None]] | None = None
        self._sibling_at: int | None = None  # where the first sibling word is (`registry_bodies`)
        # the titles written before each full name and its surname ("Dr. Ana Holm": "dr"),
        # read once
        self._name_titles: dict[str, frozenset[str]] | None = None
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
        # the words written after a title of courtesy, sorted (`_after_courtesy_titles`)
        self._courtesy_followers: list[str] | None = None
        # Where the full name ends before each name a person is popularly called by ("Luiz
        # da Rocha, known as Carlão,"), by that name in lower case; found on first use.
        self._popular: dict[str, int] | None = None
        # Where a company's full name that a short name opens first stands ("Oramis
        # Semiconductor" for "Oramis"), by the short name: how far the text was searched, and
        # that name's span if found (`_body_named_in_full`), each stretch searched once.
        self._named_in_full: dict[str, tuple[int, Span | None]] = {}
        self._voiced: set[str] = set()  # the working ids `resolve` gave: speakers heard

    def resolve(
        self, phrase: Phrase, asker: str | None = None, questioner: str | None = None
    ) -> tuple[str | None, Span]:
        """The working id of the speaker `phrase` refers to (new if needed) and the mention.
        A pronoun with no antecedent, or more than one, is a speaker of its own, not named;
        one whose antecedent would be `asker` (or is unclear) after `asker` asked what the
        speaker answers is the last other speaker of its gender (`_answerer`), if any; one
        asking again after `questioner`'s question was answered is `questioner` when the
        antecedent is unclear or of no known gender and `questioner` agrees in gender."""
        if self._item < len(self._items) and self._items[self._item] <= phrase.span[0]:
            self._open_item(phrase.span[0])
        pronoun = phrase.pronoun
        if pronoun is None:
            entry, span = self._entry_for(phrase)
            self._last_end, self._taken_back = span[1], False
            if entry.kind in BODY_KINDS:
                self._body_end = span[1]
            self._aside_end = (phrase.appositive or span)[1]
            self._voiced.add(entry.ref)
            return entry.ref, span
        if phrase.antecedent is not None:
            entry, _ = self._entry_for(phrase.antecedent)
        else:
            entry = self._antecedent(pronoun, phrase.span[0])
            if asker is not None and (entry is None or entry.ref == asker):
                entry = self._answerer(pronoun, asker)
            if questioner is not None and (entry is None or entry.gender is None):
                entry = self._asking_again(pronoun, questioner) or entry
            if entry is None:
                entry = self._unresolved(phrase, pronoun)
        self._note(entry, phrase.span, gender=pronoun)
        self._last_end, self._taken_back = phrase.span[1], False
        if entry.kind in BODY_KINDS:
            self._body_end = phrase.span[1]
        self._voiced.add(entry.ref)
        return entry.ref, phrase.span

    def _open_item(self, position: int) -> None:
        """Past the end of a briefs page's item, before `position`: no speaker of an earlier
        item is recent, so a pronoun or a description ("She said", "the mayor said") reaches
        no further back than its own item's line break."""
        while self._item < len(self._items) and self._items[self._item] <= position:
            self._item += 1
        self._recent.clear()
        self._floor = self._items[self._item - 1]
        self._last_end = self._body_end = self._aside_end = self._floor

    def _answerer(self, pronoun: str, asker: str) -> _Entry | None:
        """The person who answers what `asker` asked: the last other person speaker of
        `pronoun`'s gender, else of none known ("Hohl spoke. Kerr asked him why. “...,” he
        replied": Hohl)."""
        others = [e for e in self._recent_entries() if e.ref != asker and e.kind == "person"]
        return next((e for e in others if e.gender == pronoun), None) or next(
            (e for e in others if e.gender is None), None
        )

    def _asking_again(self, pronoun: str, ref: str) -> _Entry | None:
        """The person `ref` asking again, if named and `pronoun` may stand for that person
        (not "a reporter": an unnamed asker is no antecedent to reach back to)."""
        entry = self._entries.get(ref)
        if entry is None or not entry.named:
            return None
        if entry.kind not in _PERSON_LIKE or entry.gender not in (None, pronoun):
            return None
        return entry

    def forget(self, ref: str | None, mention: Span | None) -> None:
        """Take back a mention `resolve` gave, of an attribution that a later one takes in
        ("The minister had promised her that ..., she said": the words are hers): a speaker
        named there alone is no antecedent of a pronoun after it (not the minister)."""
        entry = self._entries.get(ref or "")
        if entry is None or mention not in entry.mentions:
            return
        entry.mentions.remove(mention)
        if entry.gendered_at == mention:  # "He told her to leave, she said": no "he" told
            entry.gender = entry.gendered_at = None
        if self._last_end == mention[1]:  # nor is its verb's object anyone else
            self._taken_back = True
        self._recent.pop(entry.ref, None)
        if entry.mentions:  # back where its mention before put it
            entry.last = entry.before
            recent = [*self._recent.values(), entry]
            self._recent = {e.ref: e for e in sorted(recent, key=attrgetter("last"))}

    def answered(self, ref: str | None, end: int) -> None:
        """The speaker `ref` answered again in a transcript's turn ending at `end` ("A: ..."):
        the last speaker heard, and the last attribution, for what a pronoun or a
        description after it stands for; no mention of the name."""
        entry = self._entries.get(ref or "")
        if entry is None:
            return
        self._clock += 1
        entry.before, entry.last = entry.last, self._clock
        self._recent.pop(entry.ref, None)
        self._recent[entry.ref] = entry
        self._last_end = end

    def addressed(self, ref: str | None, quoted: str) -> bool:
        """Whether the quotation `quoted` opens by calling the named speaker `ref` by a word
        of the name, maybe after a title, and a comma ("Dana, I've been here for years",
        "Mr. Talbot, your answer?"): spoken to, not by."""
        entry = self._entries.get(ref or "")
        if entry is None or not entry.named:
            return False
        comma = quoted.find(",", 0, _VOCATIVE_REACH)
        if comma <= 0:
            return False
        title, _, called = quoted[:comma].rpartition(" ")
        if title and title.rstrip(".").lower() not in _ROLES_OR_TITLES:
            called = quoted[:comma]  # "Dana Whitcombe", or no title: the words called
        names = entry.name.split()
        if called in names:
            return True
        return f"{called} {names[-1]}" in self._text  # "Whitcombe", named "Dana Whitcombe"

    def kind_of(self, ref: str | None) -> SpeakerKind | None:
        """The kind of the speaker `ref` as resolved so far ("media" for "the Ledger" once
        "the Eastern Ledger" was named), None for no speaker."""
        entry = self._entries.get(ref or "")
        return None if entry is None else entry.kind

    def phrase_kind(self, phrase: Phrase) -> SpeakerKind:
        """The kind `phrase` (no pronoun) says its speaker is, by its own words ("the
        lawsuit": a document, "the Herald": a medium), before any resolving."""
        return self._analysed_phrase(phrase)[0].kind

    def names_person(self, phrase: Phrase) -> bool:
        """Whether `phrase` (no pronoun) is a person's: by its words ("Ed Sund", "the
        lawyer"), or a name a person who spoke bears ("Sund"); not "Prices", "The company"."""
        found, _ = self._analysed_phrase(phrase)
        return found.kind == "person" or self._same_person(found) is not None

    def gender(self, ref: str) -> str | None:
        """The pronoun known for speaker `ref` ("he", "she"), None if unknown or not heard."""
        entry = self._entries.get(ref)
        return None if entry is None else entry.gender

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

    def person_surnamed(self, surname: str, upper: int) -> str | None:
        """The speaker a transcript's label in capitals stands for ("TALBOT: ..."): the one
        named person of `surname` (lower case) heard before, else the one person named in
        text[:upper] with a given name or a gendered title and that surname ("Owen Talbot"),
        who becomes a speaker; None if there is none, or two."""
        heard = {e.ref for e in self._by_surname.get(surname, ()) if e.kind == "person"}
        if len(heard) == 1:
            return heard.pop()
        if heard:
            return None
        self._known_people()
        cut = bisect_left(self._named_people, (upper,))  # those named in text[:upper]
        people = [p for k, p in self._named_by_surname.get(surname, ()) if k < cut and not p.lone]
        titled = self._titled_mentions(surname, upper)
        if not people:
            return self._titled_surnamed(titled)
        full_names = {p.name for p in people} | {name for *_, name in titled}
        if (
            len({name.split()[0] for name in full_names if " " in name}) > 1  # "Ann B. Gill"
            or len({p.gender for p in people if p.gender}) > 1
        ):
            return None  # two people: "Mr. Ross" and "Diana Ross", "Sen. Alex Gill", "Ann Gill"
        start = people[-1].start  # the mention to its surname: not "Ann Lee and Tom Hale"
        window = self._text[start : start + PHRASE_WINDOW].lower()
        found = whole_word_starts(window, surname, 0, len(window))
        if not found:  # the surname as a word, not inside "Kathleen"
            return None
        end = start + found[0] + len(surname)
        phrase = phrase_after(self._text, start, end)
        return None if phrase is None else self.resolve(phrase)[0]

    def _entry_for(self, phrase: Phrase) -> tuple[_Entry, Span]:
        found, mention = self._analysed_phrase(phrase)
        position = mention[0]  # where the sieves look back from
        found = self._with_possessor(found, position)
        seniority = self._seniority_before(found, position)
        elder = None
        if seniority is not None:  # "the elder Vell": no role
            found = found._replace(role=None, described=frozenset())
            elder = self._elder_or_younger(found, position, seniority)
        if elder is not None and " " not in elder.name and elder.kind in ("person", "unknown"):
            # "his son Luis ... the younger Reyes": Luis Reyes, a person, not Reyes alone
            elder.kind = "person"
            found = found._replace(name=f"{elder.name} {found.name}")
        entry = (
            elder
            or self._one_of_two(found, position)
            # before "the agency" of a headline is met again
            or self._government_arm(found, position)
            or self._named_kin(found, position)
            or self._pair_again(found, position)
            or self._venue_giver_again(found, position)
            or self._named_since(self._same_key(found), found, position)
            or self._acronym_of(found)
            or self._office_acronym_of(found)
            or self._spelled_out(found)
            or self._described_in_apposition(found)
            or self._same_person(found, position)
            or self._given_name_alone(found, position)
            or self._popularly_named(found, position)
            or self._short_company_name(found)
            or self._name_without_place(found)
            or self._other_side(found, position)
            or self._role_holder(found, position)
            or self._anonymous_again(found, position)
            or self._sole_holder(found, position)
            or self._described_outlet(found, position)
            or self._named_body(found, position)
            or self._apposed_body(found, position)
            or self._ensemble_again(found)
            or self._family_again(found, position)
            or self._nation_as_band(found, position)
            or self._described_document(found, position)
            or self._venue_giver(found, position)
        )
        if entry is None:
            entry = self._new(found)
        else:
            self._merge(entry, found)
        self._note(entry, mention)
        if self._text.startswith(" (", mention[1]) and entry.kind in BODY_KINDS:
            self._declare_acronym(entry, mention[1])
        elif found.role and found.named and entry.kind == "person":
            self._declare_office_acronym(entry, found.role, mention[0])
        return entry, mention

    def _new(self, found: _Analysis, indexed: bool = True) -> _Entry:
        """A new speaker; not `indexed`, the name sieves never find it (a lone pronoun)."""
        role = found.role
        if role is None and (found.description or _affiliated_source(found)):
            role = _without_leading_article(found.name)
        role = role or _source_role(found)
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
        self._file_by_words(entry, "", "")
        if indexed:
            self._index(entry, found)
        return entry

    def _file_by_words(self, entry: _Entry, first_word: str, last_word: str) -> None:
        """`entry` among the speakers whose key opens with the same word, where
        `_short_company_name` looks, and among those whose key ends with the same word, where
        `_name_without_place` looks; each unless the word is still the one it was filed under,
        `first_word` or `last_word` (an unindexed one, key "", is looked for by no word)."""
        if not entry.key:
            return
        first, last = entry.key.partition(" ")[0], entry.key.rpartition(" ")[2]
        if first != first_word:
            self._by_first_word.setdefault(first, []).append(entry)
        if last != last_word:
            self._by_last_word.setdefault(last, {})[entry.ref] = entry

    def _merge(self, entry: _Entry, found: _Analysis) -> None:
        """What a new mention adds to its speaker: a fuller name, a role, a gender."""
        if (
            len(found.name) > len(entry.name)
            and found.kind == entry.kind
            and not found.description
            and (found.named or not entry.named)  # "the fund" never renames "IMF"
            and not _key(found.name).startswith(_AGAIN_OPENERS)  # "that same official"
        ):
            entry.aliases.append(entry.name)
            entry.name = found.name
            first_word, last_word = entry.key.partition(" ")[0], entry.key.rpartition(" ")[2]
            entry.key = _key(found.name)
            self._file_by_words(entry, first_word, last_word)  # under its new words too
        if entry.role is None and found.role is not None and found.head not in RECIPROCAL_ROLES:
            entry.role = found.role  # not "opponent of Lee": a side, not a role
        if entry.gender is None:
            entry.gender = found.gender
        entry.own_gender = entry.own_gender or found.gender
        if entry.kind == "unknown" and found.kind != "unknown" and not _words_given(found):
            entry.kind = found.kind  # evidence in a later mention: "Mr. Hale"
        entry.described |= found.described
        self._index(entry, found)

    def _index(self, entry: _Entry, found: _Analysis) -> None:
        self._by_key.setdefault(_key(found.name), entry)
        if found.kind in BODY_KINDS and found.named:  # "the Federal Aviation Administration"
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
            entry.gender, entry.gendered_at = gender, span
        self._clock += 1
        entry.before, entry.last = entry.last, self._clock
        self._recent.pop(entry.ref, None)
        self._recent[entry.ref] = entry

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
        self._fill_spoken_for()
        # Entries that are another's: a headline's short name, an unnamed person of the lede
        # named later; by working id, the entry they are.
        merged = {
            **self._headline_short_forms(),
            **self._headline_bodies(),
            **self._named_later(),
            **self._called_by_given_name(),
        }
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
                    name=_BLANKED_GAP.sub(" ", _with_acronym(entry)),
                    kind=entry.kind,
                    role=entry.role,
                    named=entry.named,
                    aliases=tuple(
                        _BLANKED_GAP.sub(" ", a) for a in entry.aliases if a != entry.name
                    ),
                    mentions=tuple(sorted(set(entry.mentions))),
                )
            )
        for ref, entry in merged.items():
            ids[ref] = ids[entry.ref]
        return records, ids


def _words_given(found: _Analysis) -> bool:
    """Whether `found` describes a document and names none ("the statement", "the email"):
    the words a speaker gave, no evidence of what the giver is ("Pine Market said in a
    statement ... the statement said": Pine Market stays of unknown kind, no document)."""
    return found.kind == "document" and not found.named


_VOCATIVE_REACH = 20  # characters of a quotation opening with a name called: "Dana, ..."
