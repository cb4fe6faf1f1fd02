"""The last pass of `Speakers` (registry.py), once the article is read: every named
person's fullest name and role, the body a bare spokesperson speaks for, the people a
headline or lede brings in and names later.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter

from tui.core.lexicon import (
    AUXILIARY_VERBS,
    COURTESY_TITLES,
    DEATH_PREDICATES,
    DETERMINERS,
    FIGURE_APPOSITION_NOUNS,
    JURISDICTIONS,
    KIN_MODIFIERS,
    KIN_OF_WORDS,
    LEADER_NOUNS,
    LEADER_TITLES,
    LEADER_TITLES_AFTER_NAME,
    OFFICE_MODIFIERS,
    OFFICE_SUBORDINATES,
    ORGANIZATION_WORDS,
    PERFORMATIVE_VERBS,
    PREPOSITIONS,
    ROLE_NOUNS,
    ROLE_SYNONYMS,
    SAYING_VERBS,
    SPOKEN_FOR_OFFICES,
    SPOKESPERSON_HEADS,
    TESTIFY_FORMS,
    TIME_LEADS,
    TIME_WORDS,
    TOP_ROLE_WORDS,
)
from tui.core.model import Span
from tui.core.organizations import COMPANY_NOUNS, ORGANIZATION_NOUNS
from tui.core.speaker_kinds import PERSON_ROLES, appositive_head, given_name
from tui.core.speakers.after_cue import phrase_after
from tui.core.speakers.gender import _given_names, _may_be, _of_gender
from tui.core.speakers.kinds import _PERSON_LIKE
from tui.core.speakers.names import (
    _LINEAGE_WORDS,
    _family_name_first,
    _person_start,
    _share_mentions,
    _surname_only,
)
from tui.core.speakers.noun_phrases import _phrase_at
from tui.core.speakers.records import _Entry, _Person
from tui.core.speakers.registry_shared import (
    _AGE_ASIDE,
    _ANONYMITY_AFTER,
    _DEFINITE_OWNERS,
    _LOWER_WORD,
    _NEXT_WORD,
    _TITLE_REACH,
    _UNKNOWN_OR_ORGANIZATION,
    _place_or_state,
    _possessive_owner,
    _word_after,
)
from tui.core.speakers.roles import (
    _ROLE_BEFORE_REACH,
    _appositive_role,
    _last_modified,
    _role_apposed_before,
    _subordinate,
    _without_leading_article,
)
from tui.core.speakers.sentences import _in_opening_phrase, _sentence_end, _sentence_opening
from tui.core.speakers.tokens import (
    _CONJUNCTIONS,
    _MAX_MODIFIERS,
    _ROLES_OR_TITLES,
    PHRASE_WINDOW,
    _possessive,
    tokens,
)
from tui.core.text import POSSESSIVE_ENDINGS, alternation, line_start

# The rest of a sentence after a verb, up to its end or an aside's comma (group 1): "testified
# on the second day of the case against Bo Li*,* 34, who ...".
_SENTENCE_REST = re.compile(r"[^.!?,\n]{0,200}(?:([.!?,])|\Z)")
# Words that open a clause of its own in that rest: "testified on Tuesday *that she* was hit".
_CLAUSE_IN_REST = AUXILIARY_VERBS | {"that", "he", "she", "they", "we", "i"}


def _leader_title(title: str, body: str) -> bool:
    """Whether `title`, the words before a name, is one of the titles of the leader of a
    `body` ("agency", "bank"), maybe after the body's own capitalised name or acronym:
    "Administrator", "Chief Executive", "FRA Administrator", "Acme Bank President"; not
    "Governor", "Deputy Administrator", nor "President" of a bank, who may lead a country."""
    words = title.split()
    titles = LEADER_TITLES.get(body, frozenset())
    after_name = LEADER_TITLES_AFTER_NAME.get(body, frozenset())
    return len(words) <= _LEADER_TITLE_WORDS and any(
        " ".join(words[n:]).lower() in titles
        and (n or " ".join(words).lower() not in after_name)
        and all(w[:1].isupper() and w.lower() not in OFFICE_SUBORDINATES for w in words[:n])
        for n in range(len(words))
    )


def _says_nothing(text: str, end: int) -> bool:
    """Whether the verb ending at `end` reports nothing: the sentence ends, or a phrase of a
    preposition or a time and then the sentence's end or a comma ("testified on Tuesday.",
    "spoke at the hearing."); not a clause after it ("said in an interview she was hit",
    "testified on Tuesday that she was hit")."""
    word = _word_after(text, end).lower()
    if not word:
        return text[end : end + 1] == "."
    if word not in PREPOSITIONS and word not in TIME_WORDS and word not in TIME_LEADS:
        return False
    rest = _SENTENCE_REST.match(text, end)
    return (
        rest is not None
        and rest[1] is not None
        and _CLAUSE_IN_REST.isdisjoint(rest[0].lower().split())
    )


# The words after a role that describe its holder by more: "the mayor *of* Dover".
_DESCRIBED_ROLE_LINKS = ("of", "at", "for", "from", "in", "with")

_LEDE_REACH = 800  # characters from the start that a headline and a lede may reach
# The lines above a story's body: a headline, a deck, a byline, none closed by a stop (the
# lede is: "OTTAWA — The minister said ... Tuesday.").
_HEADLINES = re.compile(r"(?:[^\n]{0,300}(?<![.!?])(?<![.!?][”\"’'])\n+)+")

# A role noun right before a name, with a lower-case modifier or one opening its sentence
# ("Food critic", "pastry chef"): the group is the role, "role" its noun.
_ROLE_BEFORE = re.compile(
    r"(?:(?<=[.!?]\s)|(?<=\n)|\A|(?<=\s)(?=[a-z]))((?:[A-Za-z][a-z-]*\s+){0,2}(?P<role>[a-z][a-z-]*))\s+\Z"
)
# After a name, an age or not: ", a consultant", ", 41, a swim coach"; or a role with no
# article before what it heads: ", president of the nurses' union", ", executive director at".
_APPOSITIVE_AFTER_NAME = re.compile(
    r"(?:,\s+\d{1,3})?,\s+(?:(?:a|an|the)\s|(?=(?:[a-z-]+\s+){0,2}(?:"
    + alternation(ROLE_NOUNS)
    + r")\s+(?:of|at|for|with)\s))"
)
_ACCORDING_TO = re.compile(r"\b[Aa]ccording\s+to\s+(?:the\s+)?$")  # before a source's name

_NOT_SPACE = re.compile(r"\S")  # where the next paragraph opens, past the blank lines

# A named person's appositive or relative clause after the name: "Chief Dana Okafor, who
# heads the fire department,", "..., the head of the fire service,".
_NAMED_CLAUSE = re.compile(r",\s+(?:who|the|a|an)\s+(?P<words>[^,.;:!?“”\"]{1,80})")
_BODY_OR_ROLE = ORGANIZATION_WORDS | ROLE_NOUNS

# The verbs by which the person a lede described is named next: saying and announcing.
_LEADER_TITLE_WORDS = 5  # words of a leader's title and its body's name before a name
_INTRODUCING_VERBS = SAYING_VERBS | PERFORMATIVE_VERBS | TESTIFY_FORMS


class FinalPass:
    """The records completed at the end (mixed into `Speakers`)."""

    def _fill_spoken_for(self) -> None:
        """Give an unnamed spokesperson written bare ("a spokeswoman said") the body the
        article is about as the one it speaks for: the one named organization that speaks in
        it ("The Brackton School District said ... a spokeswoman said": spokeswoman for
        Brackton School District). None when several bodies speak, or a named person holding
        an office that has spokespeople of its own ("Mayor Ivo Pel"), or named more often
        than the body, the story's subject ("Singer Ann Vale cancelled ... Live Nation said
        ... a spokeswoman said": hers, perhaps); nor for one whose sentence names a person
        ("A spokeswoman said Vale was ill")."""
        entries = self._entries.values()
        bodies = [e for e in entries if e.kind == "organization"]
        if (
            len(bodies) != 1
            or not bodies[0].named
            or any(
                e.kind == "person" and e.named and not SPOKEN_FOR_OFFICES.isdisjoint(e.described)
                for e in entries
            )
        ):
            return
        text = self._text
        people: list[_Person] = []
        for person in sorted(self._people_between(0, len(text)), key=_person_start):
            if not people or person.start >= people[-1].start + len(people[-1].name):
                people.append(person)  # not "Vale" inside "Ann Vale" again
        if max(Counter(p.name for p in people).values(), default=0) > text.count(bodies[0].name):
            return
        starts = [person.start for person in people]
        for entry in entries:
            words = entry.name.lower().split()
            if (
                not entry.named
                and entry.role is None
                and len(words) == 2
                and words[0] in ("a", "an", "the")
                and words[1] in SPOKESPERSON_HEADS
                and not any(self._names_a_person(starts, start) for start, _ in entry.mentions)
            ):
                entry.role = f"{words[1]} for {bodies[0].name}"

    def _names_a_person(self, starts: list[int], position: int) -> bool:
        """Whether the sentence holding `position` names a person, one of those starting at
        `starts` (sorted)."""
        text = self._text
        opening = _sentence_opening(text, line_start(text, position), position)
        k = bisect_left(starts, opening)
        return k < len(starts) and starts[k] < _sentence_end(text, position, len(text))

    def _headline_short_forms(self) -> dict[str, _Entry]:
        """The organizations a headline names by the first words of their name alone ("Acme
        says ..." above "Acme Corp said ...", "Trevane Industrial rejects ..." above "Trevane
        Industrial Corp said ..."), each given the headline's mentions: by the short form's
        working id. A name of unknown kind or an organization's, first said in the headline,
        whose words open the name of one organization only (not "Brill" when "Brill Bank" and
        "Brill Capital" both speak), and no place's or state's ("New Jersey" above "New Jersey
        Transit said": the state's government)."""
        headline_end = self._text.find("\n")
        found: dict[str, _Entry] = {}
        for entry in self._entries.values():
            if not (
                entry.named
                and entry.kind in _UNKNOWN_OR_ORGANIZATION
                and entry.mentions
                and min(entry.mentions)[0] < headline_end
            ):
                continue
            if _place_or_state(entry.name):
                continue  # "New Jersey says ..." above "New Jersey Transit said": the state
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

    def _headline_bodies(self) -> dict[str, _Entry]:
        """The unnamed organizations the headlines bring in by their sort alone ("Bank agrees
        to pay ..." above "Piedmont Federal Bank said", "Union says ..." above "the Harbour
        Workers Union said"), with the mentions "the bank" got as theirs: the one named
        organization whose name holds that noun, named in the lede, by working id; their
        mentions go to it. None when no named body holds it, or several do ("Bank" above
        "Brill Bank said" and "Acme Bank said"), or the one holding it is named only later
        ("Council ignored ...", the story's council unnamed, above the Insurance Council of
        Australia quoted at its end), or the lede brings in an unnamed body of that sort, the
        story's ("Union says ..." above "A union for bus drivers said ... The Harlow Teachers
        Union said"; not "the country's navy", the one named)."""
        headlines = _HEADLINES.match(self._text)
        if headlines is None:
            return {}
        found: dict[str, _Entry] = {}
        bodies = [e for e in self._entries.values() if e.named and e.kind == "organization"]
        unnamed = [
            e
            for e in self._entries.values()
            if not e.named and e.kind == "organization" and e.mentions
        ]
        for entry in self._entries.values():
            if (
                entry.named
                or entry.kind != "organization"
                or " " in entry.key
                or entry.key in COMPANY_NOUNS  # "..., company says": its own (registry_bodies)
                or not entry.mentions
                or min(entry.mentions)[0] >= headlines.end()
            ):
                continue
            fitting = [e for e in bodies if entry.key in e.key.split()]
            if (
                len(fitting) != 1
                or min(fitting[0].mentions, default=(_LEDE_REACH + 1,))[0] > _LEDE_REACH
            ):
                continue  # none, several, or one the lede does not name: not the story's
            if any(
                e is not entry
                and e.name.lower().startswith(("a ", "an "))
                and entry.key in e.key.split()
                and headlines.end() <= min(e.mentions)[0] <= _LEDE_REACH
                for e in unnamed
            ):
                continue  # "A union for bus drivers said": the story's own, left unnamed
            fitting[0].mentions.extend(entry.mentions)
            found[entry.ref] = fitting[0]
        return found

    def _called_by_given_name(self) -> dict[str, _Entry]:
        """The people quoted by a given name alone that no list knows ("Wren said"), whom
        another speaker's full name opens ("Wren Haskell said"), the one such: that person,
        given the mentions, by working id. Not a name that is a speaker's surname ("Lee")."""
        people = [e for e in self._entries.values() if e.kind in _PERSON_LIKE and e.named]
        full: dict[str, list[_Entry]] = {}
        surnames: set[str] = set()
        for entry in people:
            words = entry.name.split()
            if len(words) > 1:
                full.setdefault(words[0], []).append(entry)
                surnames.add(words[-1])
        found: dict[str, _Entry] = {}
        for entry in people:
            named = full.get(entry.name, [])
            if entry.name in surnames or len(named) != 1:
                continue
            (person,) = named
            if None not in (entry.gender, person.gender) and entry.gender != person.gender:
                continue
            person.mentions.extend(entry.mentions)
            found[entry.ref] = person
        return found

    def _headline_role(self, entry: _Entry) -> bool:
        """Whether a speaker is a role of one word, capitalised only as the first word of the
        headline or the deck it is first mentioned in ("Mayor defends budget", "Premier says
        ..."), or a title of capitalised words with no name ("Finance Minister says ...", as
        Canadian Press capitalises an office): no one's name; unless the story describes one
        holder of it by more ("A nurse at Dover General says", "The mayor of Dover said"),
        whom the headline means, not a holder named later."""
        name = entry.name
        if (
            not entry.mentions
            or name.split()[-1].lower() not in PERSON_ROLES
            or not (
                (" " not in name and name[1:].islower())
                or (name.istitle() and not given_name(name.split()[0]))
            )
        ):
            return False
        headlines = _HEADLINES.match(self._text)
        if headlines is None or entry.mentions[0][1] > headlines.end():
            return False
        body = self._text[entry.mentions[0][1] :].lower().replace("\n", " ")
        role = name.lower()
        return not (
            f" a {role} " in body
            or f" an {role} " in body
            or any(f"the {role} {link} " in body for link in _DESCRIBED_ROLE_LINKS)
        )

    def _named_later(self) -> dict[str, _Entry]:
        """The unnamed people a headline and lede bring in by an indefinite description ("A
        prosecutor told jurors ..."), all of whose mentions are there, or the story anywhere
        by a definite one ("The mayor said ..."), and the one named person with that role
        who is mentioned after them ("Prosecutor Ed Aalto said ...", "Mayor Ivo Pel said"),
        with the description's modifiers and a gender that agrees, who they are, by working
        id; their mentions go to that person."""
        found: dict[str, _Entry] = {}
        # The named people mentioned, who may hold a role: listed once, not for each
        # description (the loop below only adds mentions to people who have some).
        named = [e for e in self._entries.values() if e.named and e.kind == "person" and e.mentions]
        by_role_head = _by_role_head(named)  # refiled when the loop gives one a role
        # where each is first mentioned before this pass, kept as the loop gives them the
        # descriptions' mentions: a headline's description given to one ("Auditor general
        # says ...") moves no holder before a lede's ("Nova Scotia's auditor general says")
        first_named = {e.ref: min(e.mentions)[0] for e in named}
        for entry in self._entries.values():
            words = entry.name.lower().split()
            # a headline's: "Auditor general says ...", "Mayor defends budget"
            headline = self._headline_role(entry)
            bare = headline or _bare_role(entry.name)
            owner = _possessive_owner(words)
            led = (  # "the head of the rail agency"
                len(words) > 3
                and words[0] == "the"
                and words[1] in LEADER_NOUNS
                and words[2] == "of"
            )
            # "Lorne's health minister", "the province's top doctor": its role is its name
            described = bool(owner) and entry.role in (
                entry.name,
                _without_leading_article(entry.name),
            )
            if entry.kind == "person" and (described or led):
                # "Lorne's health minister says", "The head of the rail agency said"
                introduced = self._named_next(entry, named, words[-1] if led else "")
                if introduced is not None:
                    introduced.mentions.extend(entry.mentions)
                    own = introduced.role
                    if own is None or set(own.lower().split()) <= set(entry.role.lower().split()):
                        introduced.role = entry.role  # "Ana Ruiz, the minister": Lorne's
                    else:  # "Administrator Paula Kersey": her title, the description beside it
                        introduced.role = f"{own}, {entry.role}"
                    by_role_head = _by_role_head(named)
                    found[entry.ref] = introduced
                    continue
            if (entry.named and not bare) or entry.kind != "person" or not entry.mentions:
                continue
            if owner:
                words = ["the", *words[len(owner) :]]  # "Nova Scotia's auditor general"
            elif bare:
                words = ["the", *words]
            if "of" in words[2:]:  # "the captain of the MV Tern": the role, not its domain
                words = words[: words.index("of", 2)]
            synonyms = ROLE_SYNONYMS.get(words[-1]) if words[0] in _DEFINITE_OWNERS else None
            if (words[0] not in ("a", "an", "the") and synonyms is None) or not (
                2 <= len(words) <= _MAX_MODIFIERS + 2
            ):
                continue
            # a headline's title is named after the headline, whatever words of titles in the
            # story it was given ("Minister" of "Prime Minister Dan Roe"), or in another of
            # the headlines ("Fenwick government defends plan" above "Premier says ...")
            last = entry.mentions[0][0] if headline else max(entry.mentions)[0]
            if last > _LEDE_REACH and words[0] in ("a", "an"):
                continue
            holders = [e for e in _may_hold(by_role_head, words[-1]) if _holds_role(e, words[1:])]
            if not holders and words[0] in ("a", "an"):
                # "A neighbour told jurors ..." and, opening the next paragraph, "Odile
                # Farrant, 61, testified ...": the lede's person, named there
                introduced = self._named_next(entry, named, silent=True)
                holders = [introduced] if introduced is not None else []
            if not holders and len(words) > 2:
                # "The fire chief says ..." and, opening the next paragraph, "Chief Dana
                # Okafor told ...": the title alone of the described role
                opening = self._next_paragraph(last)
                holders = (
                    []
                    if opening is None
                    else [e for e in named if self._titled_next(e, entry, words[1:], opening)]
                )
            between = None
            if not holders and synonyms is not None:
                # "their attorney said ... The family's lawyer, Marcus Ellery, said": the one
                # holder of the role by another of its names
                sole = [e for e in self._sole_holders(synonyms) if e is not entry]
                holders = sole if all(e.named for e in sole) else []
                between = (last, min((s for h in holders for s, _ in h.mentions), default=last))
            if (
                len(holders) == 1
                and (first_named[holders[0].ref] > last or headline)
                and (entry.gender in (None, holders[0].gender) or holders[0].gender is None)
                and "of" not in (holders[0].role or "").split()  # not "architect of X"
                and self._owned_alike(holders[0], entry.role, entry.name, last, between)
            ):
                holders[0].mentions.extend(
                    # a headline's title: its own words, not a last word of another's title
                    # it was given ("Minister" of "Prime Minister Dan Roe")
                    [m for m in entry.mentions if self._text[m[0] : m[1]] != words[-1].title()]
                    if headline and len(words) > 2
                    else entry.mentions
                )
                found[entry.ref] = holders[0]
        return found

    def _next_paragraph(self, position: int) -> int | None:
        """Where the paragraph after the one at `position` opens, past the blank lines; None
        if there is none."""
        end = self._text.find("\n", position)
        opening = _NOT_SPACE.search(self._text, end) if end >= 0 else None
        return None if opening is None else opening.start()

    def _titled_next(
        self, person: _Entry, described: _Entry, words: list[str], opening: int
    ) -> bool:
        """Whether a named person is brought in by a title alone that the head of the
        description's `words` is or cuts short ("Chief" for "the fire chief", "Coun." for "a
        city councillor"), opening the paragraph that opens at `opening`, the one after the
        description's. Not for a source asking anonymity ("The fire chief, who asked not
        to be named, says"), nor when the person's appositive or relative clause names a body
        or a role without the description's modifiers ("The police chief says ..." and "Chief
        Dana Okafor, who heads the fire department, said")."""
        text = self._text
        title = (person.role or "").lower().rstrip(".")
        if " " in title or len(title) < 3 or not words[-1].startswith(title):
            return False
        first, first_end = min(person.mentions)
        if not opening < first <= opening + len(title) + 2:
            return False
        if any(_ANONYMITY_AFTER.match(text, mention_end) for _, mention_end in described.mentions):
            return False  # the source kept unnamed is no one named after
        clause = _NAMED_CLAUSE.match(text, first_end)
        if clause is None:
            return True
        told = set(clause["words"].lower().split())
        return not (told & _BODY_OR_ROLE) or set(words[:-1]) <= told

    def _named_next(
        self, entry: _Entry, named: list[_Entry], body: str = "", silent: bool = False
    ) -> _Entry | None:
        """The person a lede's owned or indefinite description stands for, named as the next
        paragraph's subject (a title of courtesy before it, perhaps) with no role (an age
        aside) or the description's own, or after the office that fits the description
        (`_fitting_role_before`: "Chief medical officer Dr. Ana Ruiz told ..." after "the
        province's top doctor says"), before a verb of saying or announcing ("A neighbour
        told jurors ..." and "Odile Farrant, 61, testified ..."):
        "Lorne's transport minister says fares will rise ..." and then "Ana Ruiz announced
        Tuesday ..." or "Ana Ruiz, the minister, said ..." (not "Ana Ruiz, a nurse, said",
        someone described apart, nor "Ana Ruiz waited 14 hours ...", someone the news is
        about, nor a name further on); None if no one is. `body`: the noun of the body whose
        leader the description is ("agency" of "The head of the rail agency said"), who may
        open the paragraph by a title of its leader, maybe after the body's name ("(FRA)
        Administrator Paula Kersey told ..."; not "Governor Tom Ellis told"). `silent`: only
        if that verb reports nothing of its own, a time, a place or the sentence's end after it
        ("Odile Farrant, 61, testified on the second day"; not "Ana Ruiz, 29, said she was hit
        ...", someone else with a story of her own)."""
        text = self._text
        office = set((entry.role or "").lower().split())  # "lorne's", "transport", "minister"
        # the paragraph after the headline's mention, or after the lede's, if both have one
        ends = {text.find("\n", start) for start, _ in entry.mentions if start <= _LEDE_REACH}
        for end in sorted(ends - {-1})[:2]:
            opening = len(text) - len(text[end:].lstrip())
            found = self._named_opening(entry, named, body, silent, office, opening)
            if found is not None:
                return found
        return None

    def _named_opening(
        self,
        entry: _Entry,
        named: list[_Entry],
        body: str,
        silent: bool,
        office: set[str],
        opening: int,
    ) -> _Entry | None:
        """`_named_next` for the paragraph opening at `opening`."""
        text = self._text
        for person in named:
            named_at = min(person.mentions)[0]
            # "Ana Ruiz" or "Dr. Ana Ruiz" opening it
            at_opening = named_at == opening or _courtesy_title(text[opening:named_at])
            if (
                # "Administrator" before the name, if titled; or the office that fits
                (
                    at_opening
                    or body
                    and _leader_title(text[opening:named_at].rstrip(), body)
                    or _fitting_role_before(text[opening:named_at], person.role, office)
                )
                and given_name(person.name.split("-")[0].split()[0])  # not "Driver Ana Ruiz"
                and entry.gender in (None, person.gender)
            ):
                after = min(person.mentions)[1]
                if person.role is not None and at_opening:
                    # "Ana Ruiz, the (transport) minister, said" (a title before the name is
                    # a leader's: "Administrator Paula Kersey told"); "Dr. Ana Ruiz, the
                    # province's chief medical officer, said" after "the province's top doctor"
                    aside = f", the {person.role}, "
                    fits = set(person.role.lower().split()) <= office or _office_fits(
                        person.role, office
                    )
                    if not fits or not text.startswith(aside, after):
                        return None
                    after += len(aside) - 1
                aged = _AGE_ASIDE.match(text, after)  # "Odile Farrant, 61, testified"
                after = aged.end() if aged is not None and person.role is None else after
                verb = _NEXT_WORD.match(text, after)
                if verb[1] not in _INTRODUCING_VERBS:  # type: ignore[index]
                    return None
                return person if not silent or _says_nothing(text, verb.end()) else None  # type: ignore[union-attr]
        return None

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
                for entry in people:
                    _full_name_before(self._text, entry, people, forms)
                    if entry.name != surname and surname in entry.aliases:
                        _own_kin_role(people, surname, entry.name)
                _share_mentions(people, surname, forms)
                continue
            (entry,) = people
            if _surname_only(entry.name):
                names = [
                    name
                    for name, _ in forms
                    if _may_be(name, entry.own_gender) and not _lineage_ending(name)
                ]
                # the surname alone opens no other given name, though one ("Cole said")
                others = [name for name in names if name != entry.name]
                if len(_given_names(others)) > 1:
                    # "Gail Vell" and "Kyle Vell", who died: the living one
                    living = _living(self._text, set(names), forms)
                    names = [name for name in names if name in living]
                    others = [name for name in names if name != entry.name]
                if len(_given_names(others)) > 1:
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
        joined = next(
            (
                j
                for j in range(len(toks) - 1, -1, -1)
                if not (toks[j].capitalized or toks[j].word == ".")
            ),
            -1,
        )
        if (
            joined > 1
            and toks[joined].lower in OFFICE_MODIFIERS
            and toks[joined - 1].lower in _CONJUNCTIONS
        ):
            toks = toks[joined:]  # "Premier Ann Lee and *former Premier Tom Hale*": his alone
        elif joined > 0 and toks[joined].lower in {"and", "or"}:
            toks = toks[joined + 1 :]  # "Sen. Ann Gill and *Sen. Ida Voss* met": hers alone
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

    def _kin_before_given_name(self, entry: _Entry) -> str | None:
        """The kin word before the first mention of a person named by a given name alone
        ("Her sister Chloe said", "His son Luis"): the role the full name would take."""
        text = self._text
        first = min((m[0] for m in entry.mentions if text[m[0] : m[1]] == entry.name), default=-1)
        return _kin_word_before(text, first) if first > 0 else None

    def _fill_roles(self) -> None:
        """Give a named person (or a name of unknown kind) with no role the role a role noun
        before the first mention of the full name gives ("Food critic Ann Lee"; "Acme's
        chief, Ann Lee, ..." opening a sentence), or an appositive opened by an article
        after it ("At its centre is Dr. Ann Lee, a consultant in emergency medicine ..."):
        a profile presents its people before they speak. A
        person's role makes the name a person's."""
        text = self._text
        for entry in self._entries.values():
            if entry.role is not None or not entry.named:
                continue
            if entry.kind == "organization":
                self._body_apposed(entry)  # "sent it to Halden Digital, a trading firm"
                continue
            if entry.kind not in _PERSON_LIKE:
                continue
            if " " not in entry.name:
                kin = self._kin_before_given_name(entry)
                if kin is not None:
                    entry.role, entry.kind = kin, "person"  # "Her sister Chloe said"
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
                entry.kind = "person"  # "lawyer Zorvan Ortt": a person's role before the name
                continue
            if (apposed := _role_apposed_before(text, first)) is not None:
                entry.role = apposed  # "Norland's fisheries minister, Ann Lee, met ..."
                continue
            apposed = _APPOSITIVE_AFTER_NAME.match(text, first + len(name))
            if apposed is None:
                continue  # not "X, a ...": "X, 61, has ...", "X, now runs ..."
            noun = _LOWER_WORD.match(text, apposed.end())
            if noun is not None and noun.group() in FIGURE_APPOSITION_NOUNS:
                continue  # "according to Dr. Ann Lee, the rate doubling": the content's figure
            if _ACCORDING_TO.search(text, max(0, first - len("according to the ")), first):
                continue  # "According to X, the river has flooded": the clause, no role
            if _in_opening_phrase(text, first, first + len(name)):
                continue  # "For X, the wait was the worst part": the clause, no role
            phrase = phrase_after(text, first, _sentence_end(text, first, len(text)))
            if phrase is None or phrase.appositive is None or phrase.span[0] != first:
                continue
            entry.role = _appositive_role(text, phrase.appositive)
            if entry.role and not PERSON_ROLES.isdisjoint(entry.role.lower().split()):
                entry.kind = "person"  # "X, a consultant in ...": a person's role
            elif entry.role and entry.kind == "unknown" and _body_role(entry.role):
                entry.kind = "organization"  # "sent it to X, a market-making firm in ..."

    def _body_apposed(self, entry: _Entry) -> None:
        """Give a named organization with no role the role its first mention's appositive
        gives, when that appositive's head is a body's noun ("paid Halden Digital, a trading
        firm in which ...": "trading firm"), a description the text gave it, within reach,
        before it spoke."""
        text = self._text
        name = entry.name
        said = min((start for start, _ in entry.mentions), default=-1)
        first = text.find(name, max(0, said - _TITLE_REACH), said) if said > 0 else -1
        if first < 0 or not _APPOSITIVE_AFTER_NAME.match(text, first + len(name)):
            return
        phrase = phrase_after(text, first, _sentence_end(text, first, len(text)))
        if phrase is None or phrase.appositive is None or phrase.span[0] != first:
            return
        role = _appositive_role(text, phrase.appositive)
        if role and _body_role(role):
            entry.role = role


def _body_role(role: str) -> bool:
    """Whether an appositive's role names a body by its head ("a market-making firm")."""
    return appositive_head(role) in ORGANIZATION_NOUNS


# After a name: an age or "who" set off, then what tells the person died (`DEATH_PREDICATES`).
_DIED_AFTER_NAME = re.compile(
    r"(?:,\s+(?:\d{1,3},\s+)?(?:who\s+)?|\s+)(?:"
    + alternation(DEATH_PREDICATES).replace(r"\ ", r"\s+")
    + r")\b"
)


def _living(text: str, names: set[str], forms: list[tuple[str, Span]]) -> set[str]:
    """Of two or more full `names` a bare surname may stand for, those the text does not
    say died right after naming them (`_DIED_AFTER_NAME`): "For Gail Vell ... Her son, Kyle
    Vell, died in March ... “...,” Vell said" is Gail; all `names` if that leaves none."""
    dead = {name for name, span in forms if _DIED_AFTER_NAME.match(text, span[1])}
    return names - dead or names


def _own_kin_role(people: list[_Entry], surname: str, name: str) -> None:
    """Name the owner of a relative's role ("husband of Vell") by the full name the bare
    surname has been given (`name`, "Gail Vell"): "Her husband, Doug Vell," heard after
    "Vell said" is Gail Vell's husband."""
    owned = f" of {surname}"
    for other in people:
        if other.role is not None and other.role.endswith(owned):
            other.role = other.role[: -len(surname)] + name


def _full_name_before(
    text: str, entry: _Entry, people: list[_Entry], forms: list[tuple[str, Span]]
) -> None:
    """Give a person heard by surname alone, of a surname `people` share, the one full name
    of that surname the text wrote before their first mention and no other of them bears:
    "Among them was Gwen Ashworth ... Mrs Ashworth said ... Her daughter, Claire Ashworth,
    said": the surname is Gwen's; of two such, the one the text does not say died
    (`_living`)."""
    if not _surname_only(entry.name) or not entry.mentions:
        return
    first = min(start for start, _ in entry.mentions)
    taken = {other.name for other in people if other is not entry}
    names = {
        name
        for name, span in forms
        if span[0] < first
        and name != entry.name
        and name not in taken
        and _may_be(name, entry.own_gender)
        and not _lineage_ending(name)
    }
    if len(names) > 1:
        names = _living(text, names, forms)
    if len(names) == 1 and len(_given_names(list(names))) == 1:
        entry.aliases.append(entry.name)
        entry.name = names.pop()


def _kin_word_before(text: str, start: int) -> str | None:
    """The kin word an owner's possessive opens just before `start` ("Her sister Chloe",
    "his younger brother Tom", "Callum's cousin Niamh"), or None."""
    found = _KIN_BEFORE_NAME.search(text, max(0, start - _KIN_BEFORE_REACH), start)
    return found.group("kin") if found is not None else None


_KIN_BEFORE_REACH = 40  # characters looked at before a given name for its kin word
# A possessive, a modifier at most and a kin word, right before a given name alone.
_KIN_BEFORE_NAME = re.compile(
    r"(?:\b(?:[Hh]is|[Hh]er|[Tt]heir)|[\w-][’']s)\s+(?:(?:"
    + alternation(KIN_MODIFIERS)
    + r")\s+)?(?P<kin>"
    + alternation(KIN_OF_WORDS)
    + r")\s+\Z"
)


def _lineage_ending(name: str) -> bool:
    """Whether a name ends with a father's name after "bin" or "ibn" ("Omar bin Rashid"): no
    surname, so no full form of the word alone ("Rashid")."""
    words = name.split()
    return len(words) > 2 and f" {words[-2].lower()} " in _LINEAGE_WORDS


def _bare_role(name: str) -> bool:
    """Whether a name is a role of two words or more with no determiner, capitalised only as
    a headline's first word ("Auditor general", "Health minister"): no one's name."""
    words = name.split()
    return (
        len(words) > 1
        and words[-1] in PERSON_ROLES
        and words[0].lower() not in DETERMINERS
        and name[1:].islower()
    )


def _fitting_role_before(before: str, role: str | None, office: set[str]) -> bool:
    """Whether `before`, the words opening a paragraph up to a person's name, is the person's
    `role` (a title of courtesy after it kept apart) and that role is the office a lede's
    owned description holds (`office`, its lower-case words): all the description's words but
    its owner and "top", or the role's words a "top" noun stands for (`TOP_ROLE_WORDS`).
    "The province's top doctor says ..." and "Chief medical officer Dr. Ana Ruiz told ...";
    "Lorne's transport minister says ..." and "Transport Minister Ana Ruiz said ..."; not
    "Health Minister Ana Ruiz said ..." after the transport minister."""
    if not role or not before.startswith(role):
        return False
    rest = before[len(role) :]
    return (not rest.strip() or _courtesy_title(rest)) and _office_fits(role, office)


def _courtesy_title(words: str) -> bool:
    """Whether `words` are one title of courtesy alone ("Dr. ", "Ms ")."""
    split = words.split()
    return len(split) == 1 and split[0].lower().rstrip(".") in COURTESY_TITLES


def _office_fits(role: str, office: set[str]) -> bool:
    """Whether a person's `role` is the office a lede's owned description's lower-case words
    (`office`) hold (`_fitting_role_before`)."""
    words = set(role.lower().split())
    wanted = {w for w in office if not w.endswith(POSSESSIVE_ENDINGS)} - {"top"}
    if "top" in office:
        head = next((w for w in TOP_ROLE_WORDS if w in wanted), None)
        if head is not None:  # "Chief medical officer (of health)", not "Health Minister",
            told, heads = TOP_ROLE_WORDS[head]  # nor "Deputy chief medical officer"
            titled = role.lower().split(" of ")[0].split()
            return (
                titled[-1] in heads
                and not words.isdisjoint(told)
                and words.isdisjoint(OFFICE_SUBORDINATES)
            )
    return bool(wanted) and wanted <= words


def _role_words(entry: _Entry) -> list[str]:
    """The words of a person's role up to an "of", lower case: "mayor" of "Mayor of Brill"."""
    role = (entry.role or "").lower().split()
    return role[: role.index("of")] if "of" in role else role


def _by_role_head(people: list[_Entry]) -> dict[str, list[_Entry]]:
    """The `people` with a role, by the last of its words up to an "of" (`_role_words`), its
    dot dropped: "captain" of "Fire Captain", "capt" of "Capt."."""
    by_head: dict[str, list[_Entry]] = {}
    for entry in people:
        role = _role_words(entry)
        if role:
            by_head.setdefault(role[-1].rstrip("."), []).append(entry)
    return by_head


def _may_hold(by_role_head: dict[str, list[_Entry]], head: str) -> list[_Entry]:
    """The people `_by_role_head` filed whose role may end with a description's `head`
    (lower case), the only ones `_holds_role` may find holding it: those filed under the head
    and under a cut title it opens with, of three letters or more ("capt" for "captain")."""
    heads = [head, *(head[:n] for n in range(3, len(head)))]
    return [entry for cut in heads for entry in by_role_head.get(cut, ())]


def _holds_role(entry: _Entry, described: list[str]) -> bool:
    """Whether a person's role, up to an "of", ends with a description's head (or is its
    title cut short: "Capt." for "captain") and holds its modifiers (`described`, lower case:
    "fire chief" for "Fire Chief"; "mayor" for "Mayor of Brill", a rival holder that
    `_named_later` then declines to merge), and no word of another office ("mayor" is no
    "deputy mayor"). A bare head is
    held only by a role of that head alone, its body's possessive or its jurisdiction aside
    ("the school's headteacher", "Ontario Premier Dan Roe" for "the premier"): "the minister"
    may be another minister than "Finance Minister Ann Lee"."""
    role = _role_words(entry)
    if not role or not set(described[:-1]) <= set(role):
        return False
    # or its title cut short, alone: "Capt." holds "captain", "Insp." "inspector"
    last = role[-1].rstrip(".")
    if last != described[-1] and not (
        len(role) == 1 and len(last) > 2 and described[-1].startswith(last)
    ):
        return False
    if (
        len(described) == 1
        and not all(_possessive(word) for word in role[:-1])
        and " ".join(role[:-1]) not in JURISDICTIONS
    ):
        return False
    return not _subordinate(" ".join(w for w in role if w not in described))
