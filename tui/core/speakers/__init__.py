"""Speakers: the phrase that names one, its role, and who a mention refers to.

`phrase_before` and `phrase_after` find the speaker phrase next to a cue ("Ukrainian Defense
Minister Rustem Umerov said", "said Caddell"); `Speakers` turns those phrases into Speaker
records: names and roles split (pre-modifiers and appositives), surnames joined to full names,
pronouns and "who" resolved to the speaker they stand for, anonymous sources marked.

The modules, each importing only from those above it:
- tokens.py        words (`tokens`), the `Phrase` a finder returns, the word sets finders share
- sentences.py     where a mention stands: sentence openings and ends, quotations, word starts
- records.py       the records: a speaker's entry, a phrase's analysis, a person named
- gender.py        gender from titles, nouns and given names; given names of one person
- noun_phrases.py  the noun phrase ending at a token (determiner, modifiers, head); proper names
- complements.py   phrases with words after the head: complements, relative clauses, "named X"
- appositives.py   a name and its appositive before a cue ("Name, a lawyer, said")
- before_cue.py    `phrase_before`: the speaker phrase before a cue; lists, coordination
- after_cue.py     `phrase_after`: the speaker phrase after an inverted cue ("said Caddell")
- roles.py         roles, titles and offices: pre-modifiers, appositive roles, honours
- names.py         people's names: capitalised words scanned once, surnames, `same_person`
- kinds.py         organizations and outlets: bodies' names, acronyms, kinds pronouns tell
- registry_shared.py   patterns, word sets and text tests the registry's modules share
- registry_phrases.py  `_analyse`: what a speaker phrase says (name, role, kind, gender)
- registry_names.py    the name sieves: the same wording, acronyms, surnames, given names
- registry_pronouns.py pronouns and possessives: the speaker they stand for
- registry_roles.py    role nouns of people: "the mayor", "the spokesperson"
- registry_bodies.py   descriptions of bodies, documents and kin: "the company"
- registry_final.py    the records' last pass: fullest names, roles, spoken-for bodies
- registry.py      `Speakers`, the registry: mention by mention, joined by ordered sieves
"""

from tui.core.speakers.after_cue import described_after, phrase_after
from tui.core.speakers.before_cue import (
    ENDS_NO_PHRASE,
    MADE_OR_DESCRIBED,
    _widened,
    account_owner,
    handle_named,
    phrase_before,
)
from tui.core.speakers.names import (
    _CapitalisedWords,
    _family_name_first,
    _paternal_surname,
    name_key,
    same_person,
)
from tui.core.speakers.registry import _OPENING_ROLE, Speakers
from tui.core.speakers.roles import _clean_role
from tui.core.speakers.tokens import _TOKEN, PHRASE_WINDOW, Phrase, tokens

# What code outside the package imports (tests import some private names).
__all__ = [
    "ENDS_NO_PHRASE",
    "MADE_OR_DESCRIBED",
    "PHRASE_WINDOW",
    "Phrase",
    "Speakers",
    "_CapitalisedWords",
    "_OPENING_ROLE",
    "_TOKEN",
    "_clean_role",
    "_family_name_first",
    "_paternal_surname",
    "_widened",
    "account_owner",
    "handle_named",
    "described_after",
    "name_key",
    "phrase_after",
    "phrase_before",
    "same_person",
    "tokens",
]
