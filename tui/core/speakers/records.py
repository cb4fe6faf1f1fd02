"""What the speaker registry builds and reads: an `_Entry` per speaker (until
`Speakers.speakers` makes it a `Speaker`), the `_Analysis` of one speaker phrase, and a
`_Person` named in the text, speaker or not.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from tui.core.model import Span, SpeakerKind


@dataclass(eq=False)
class _Entry:
    """A speaker as the extraction builds it up, before `Speakers.speakers` makes it a Speaker."""

    ref: str  # the working id, until `Speakers.speakers` gives the final slug
    name: str
    kind: SpeakerKind
    role: str | None
    named: bool
    key: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)
    gender: str | None = None  # "he" or "she", once a title, a name or a pronoun says it
    own_gender: str | None = None  # what its own words say: a title, a given name, a noun
    described: set[str] = field(default_factory=set)  # its titles and role nouns, lower case
    last: int = 0  # when it was last mentioned: a higher number is more recent
    before: int = 0  # `last` before its last mention, for `Speakers.forget`
    acronym: str | None = None  # a body's acronym, when it was named by it too: "FAA"
    gendered_at: Span | None = None  # the pronoun's mention that gave `gender`, if one did


_Wording = tuple[str, tuple[str, ...], str | None]  # a phrase's text, words and appositive


class _Analysis(NamedTuple):
    """What one speaker phrase (not a pronoun) says of its speaker."""

    name: str
    role: str | None
    kind: SpeakerKind
    named: bool
    span: Span  # the mention
    head: str = ""  # the head noun, lower case: "mayor" in "the longtime mayor"
    gender: str | None = None
    described: frozenset[str] = frozenset()  # titles and role nouns, lower case
    description: bool = False  # one person described, not named: "the mayor", "her father"


class _Person(NamedTuple):
    """A person named in the text, speaker or not: "Mrs. Smith", "Anna Smith"."""

    start: int
    name: str
    surname: str
    gender: str
    called: str = ""  # the given name alone, when that is how it is written here ("Kenzie")
    lone: bool = False  # written here as a given name alone, with an age or an appositive
