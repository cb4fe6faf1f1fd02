"""Names of people: the capitalised words of a text found by one scan
(`_CapitalisedWords`), what a person's full name, surname, given name alone or popular name
looks like, lineage and family-name-first names, names joined by "and", and the key names are
compared by (`name_key`, `same_person`, also used across articles by the library); and the
title-case names of groups that look like a person's title or role and name ("Parents
United", "Justice Now").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator
from functools import lru_cache
from itertools import accumulate

from tui.core.lexicon import (
    ABBREVIATIONS,
    ADDRESSED_OFFICES,
    DETERMINERS,
    ELIDED_PARTICLES,
    ENDING_IN_S,
    FUNCTION_WORDS,
    GIVEN_NAME_TITLES,
    HYPHENED_PARTICLES,
    INNER_CAPITAL_SPELLINGS,
    IRISH_PARTICLES,
    KIN_CONVERSES,
    MONTHS,
    NAME_CONNECTORS,
    NAME_PARTICLES,
    NUMBERED_BODIES,
    PARTY_MEMBERS,
    PLACE_INITIALS,
    PLAYING_POSITIONS,
    POST_NOMINALS,
    ROLE_NOUNS,
    SENTENCE_ADVERBS,
    SPOKESPERSON_HEADS,
    SURNAME_FIRST_NAMES,
    SURNAME_TITLES,
    TIME_WORDS,
    TITLES,
)
from tui.core.model import Span, SpeakerKind
from tui.core.organizations import (
    CAMPAIGN_VERBS,
    GROUP_CAUSE_ADJECTIVES,
    GROUP_NAME_CAUSES,
    GROUP_NAME_ENDS,
)
from tui.core.speaker_kinds import (
    PARTY_STATE,
    PERSON_ROLES,
    described_kind,
    given_name,
    marked_kind,
    people_plural,
)
from tui.core.speakers.gender import (
    _GENDERED_TITLES,
    _GIVEN_NAMES,
    GENDERED_NOUNS,
    _first_given,
    _given_gender,
    _same_given,
)
from tui.core.speakers.noun_phrases import _small_name_word
from tui.core.speakers.records import _Analysis, _Entry, _Person
from tui.core.speakers.roles import (
    _POPULAR,
    _RELATIVE_CLAUSE,
    _clean_role,
    _office_domain,
    _role_text,
)
from tui.core.speakers.tokens import (
    _ARTICLES,
    _NOT_NAME,
    _ROLES_OR_TITLES,
    Token,
    _is_title_dot,
    _possessive,
)
from tui.core.text import (
    WORD_BEFORE_REACH,
    alternation,
    last_word_start,
    line_start,
    occurrences,
)

_ROLES_NOT_TITLES = ROLE_NOUNS - TITLES


def _post_nominal(toks: list[Token]) -> bool:
    """Whether the tokens end in letters after a name ("Ann Hale KC"), in capitals, after a
    name's word in title case."""
    return (
        len(toks) > 2
        and toks[-1].lower in POST_NOMINALS
        and toks[-1].word.isupper()
        and toks[-2].capitalized
        and not toks[-2].word.isupper()
    )


_CAPITALISED_BEFORE = re.compile(r"\b([A-Z][\w’'-]*)(\.?)\Z")  # and its period, if any
# A comma and an appositive after a name: ", a lawyer", ", president of the union".
_APPOSITIVE_OPENING = re.compile(r",\s+([a-z]+)\b")
_TITLE_WORDS = {t.capitalize() for t in _GENDERED_TITLES} - {"Miss"}  # "Miss Universe"
_GIVEN_WORDS = (
    {n.capitalize() for n in _GIVEN_NAMES}
    | {n.title() for n in _GIVEN_NAMES}
    | INNER_CAPITAL_SPELLINGS
)
# A capital of the Latin alphabets: "Müller", "Łukasz", "Ørsted".
_LATIN_CAPITALS = frozenset(c for c in map(chr, range(0x41, 0x250)) if c.isupper())
_CAPITAL = "[" + "".join(sorted(_LATIN_CAPITALS)) + "]"
# A title (with its period or not) or a given name, and a surname: "Mr. Lee", "Anna J. Lee",
# "Élodie Durand", "Mr van der Berg", "Karim al-Hassan", "Siobhán O'Neill", a given name
# hyphened to another ("Jean-Luc Morel", "Ali-Reza Tavakoli"). Matched only at the
# start of a capitalised word that opens as a title or a given name does (`_CapitalisedWords`).
# The surname's second letter must be lower case (`_CapitalisedWords.people`).
_OPENERS = _TITLE_WORDS | {t + "." for t in _TITLE_WORDS} | _GIVEN_WORDS
_NAME_PIECE = re.compile(r"[-’']")  # between the pieces of a surname: "O'Neill", "al-Hassan"
# After its capital; a participle may be hyphened to it, the name then a modifier ("the Keiko
# Tran-directed thriller", "a Lee-led cast"): the name is still that person's.
_SURNAME_REST = r"[^\W\d_]+(?:-" + _CAPITAL + r"[^\W\d_]+)?(?!\w|-(?![a-z]+(?:ed|ing)\b))"
_SURNAME = (
    r"(?:[A-Z][’']|(?:"
    + alternation(ELIDED_PARTICLES)
    + r")[’']|(?:"
    + alternation(HYPHENED_PARTICLES)
    + r")-)?"
    + _CAPITAL
    + _SURNAME_REST
)
_POPULAR_NAME = re.compile(r", " + _POPULAR + r"(" + _CAPITAL + r"[^\W\d_]+)(?=[,.;])")
# A stage name or handle, then the full name it stands for: "Nyxie, whose real name is Cora
# Vell," (the popular name first, as `_POPULAR_NAME` has it last).
_REAL_NAME = re.compile(
    r"(?<![\w@])(" + _CAPITAL + r"[\w’'-]+), whose (?:real|legal|full|birth) name is "
    r"(" + _CAPITAL + r"[\w’'-]+(?: " + _CAPITAL + r"[\w’'-]+){1,3})(?=[,.;])"
)
# A given name alone and its age or its appositive: "Maya, 9,", "Leo, a sophomore at ...".
_LONE_GIVEN_NAME = re.compile(r"([A-Z][a-z]+),\s(?:\d{1,2},|(an?\s[^,.;:“”\"]{1,60})(?=[,.;:]))")
# A word of a name: a Latin capital and small letters ("Andrés", "Łukasz", "O'Neill").
_NAME_WORD = (
    _CAPITAL
    + "["
    + "".join(sorted(c for c in map(chr, range(0x61, 0x250)) if c.islower()))
    + "’'-]+"
)
# A name apposed to an owner's kin word: "Her mother, Claudette Roy,", "Gwen's daughter,
# Shauna,", "Their son,\nMateo,", a family by its plural after "the" ("the Morans’ son,
# Eli,": its owner "Moran", as "Moran's" would give), the last of a list closed by its period
# ("and his daughter, Anne.") (up to two words before the kin word, any space between).
KIN_APPOSITION = re.compile(
    r"(?P<owner>\b(?:[Hh]is|[Hh]er|[Tt]heir)|\b[A-Z][\w-]*[’']s|(?<=[Tt]he )[A-Z][\w-]*s[’'])"
    r"\s+(?:[a-z]+\s+){0,2}(?P<kin>"
    + alternation(KIN_CONVERSES)
    + r"),\s+(?P<name>"
    + _NAME_WORD
    + r"(?:\s"
    + _NAME_WORD
    + r"){0,2})(?:,|\.(?=\s|\Z))"
)

# The same apposition the other way round, a full name first, its owner a pronoun: "Theo
# Bassett, her adult son," (not "Lena, her sister,": a given name alone is read first).
_KIN_OWNED_TAIL = r"(?:[a-z]+\s+){0,2}(?P<kin>" + alternation(KIN_CONVERSES) + r")(?=[,.;])"
KIN_APPOSITION_AFTER = re.compile(
    r"(?P<name>"
    + _NAME_WORD
    + r"(?:\s"
    + _NAME_WORD
    + r"){1,2}), (?P<owner>his|her|their)\s+"
    + _KIN_OWNED_TAIL
)
# Where a scan for `KIN_APPOSITION_AFTER` starts: a comma, a space and a possessive pronoun
# (a literal prefix the regex engine skips to), its kin word matched after (`_KIN_OWNED`).
_OWNER_AFTER_COMMA = re.compile(r", (?:his|her|their) ")
_KIN_OWNED = re.compile(_KIN_OWNED_TAIL)
_NAME_BEFORE_REACH = 60  # characters of a full name before `_OWNER_AFTER_COMMA`

# A comma and a capital after it, as after the kin word of `KIN_APPOSITION` ("daughter, S"):
# a scan for them finds the few appositions many times faster than one for their owners.
_COMMA_CAPITAL = re.compile(r",\s+" + _CAPITAL)
_KIN_REACH = max(map(len, KIN_CONVERSES)) + 1  # characters looked back for the kin word


@lru_cache(maxsize=1)
def kin_appositions(text: str) -> tuple[re.Match[str], ...]:
    """Every `KIN_APPOSITION` and `KIN_APPOSITION_AFTER` of `text`, in text order by where
    each match starts (a `KIN_APPOSITION_AFTER` at its name, not its owner): read by the
    people list here and by the speaker registry. `KIN_APPOSITION` is found from each kin word
    and its comma back (`_kin_words`): an apposition holds one, and its owner opens within
    the three words before it (owner, and two words at most)."""
    found: list[re.Match[str]] = []
    end = 0  # where the last one found ends: no other starts before it
    for start in _kin_words(text):
        if start <= end:
            continue
        for at in range(max(end, _words_back(text, start, 3)), start):
            match = KIN_APPOSITION.match(text, at)
            if match is not None:
                found.append(match)
                end = match.end()
                break
    after = _kin_after(text)
    if after:
        starts = {m.start("name") for m in found} | {m.start("kin") for m in found}
        found.extend(  # not "In New York, her daughter, Mia,": the kin word's name is after
            m for m in after if m.start("name") not in starts and m.start("kin") not in starts
        )
        found.sort(key=lambda m: m.start())
    return tuple(found)


def _kin_after(text: str) -> list[re.Match[str]]:
    """Every `KIN_APPOSITION_AFTER` of `text`: the name read back from each owner and kin
    word after a comma (`_OWNER_AFTER_COMMA`, `_KIN_OWNED`), its words at most three; not a
    name whose given name is of the other gender than the kin word's (a list of two)."""
    found: list[re.Match[str]] = []
    for owned in _OWNER_AFTER_COMMA.finditer(text):
        if _KIN_OWNED.match(text, owned.end()) is None:
            continue
        comma = owned.start()
        for at in range(max(0, _words_back(text, comma, 3), comma - _NAME_BEFORE_REACH), comma):
            if at and not text[at - 1].isspace():
                continue
            match = KIN_APPOSITION_AFTER.match(text, at)
            if match is not None and match.end("name") == comma:
                given = _GIVEN_NAMES.get(match["name"].split()[0].lower())
                if given is None or given == GENDERED_NOUNS.get(match["kin"], given):
                    found.append(match)  # not "Ana Cruz, her son, and ...": a list of two
                break
    return found


def _kin_words(text: str) -> Iterator[int]:
    """Where each kin word (`KIN_CONVERSES`) after a space and before a comma and a capital
    (`_COMMA_CAPITAL`) starts, in text order."""
    for comma in _COMMA_CAPITAL.finditer(text):
        at = comma.start()
        words = text[max(0, at - _KIN_REACH) : at].split()
        if words and words[-1] in KIN_CONVERSES:
            start = at - len(words[-1])
            if start and text[start - 1].isspace():
                yield start


def _words_back(text: str, end: int, words: int) -> int:
    """Where the `words`-th word (a run of non-space characters) before `end` starts."""
    at = end
    for _ in range(words):
        while at and text[at - 1].isspace():
            at -= 1
        while at and not text[at - 1].isspace():
            at -= 1
    return at


# A verb in the present telling what a subject does or is, after its apposition and an
# adverb if any: "swims", "still bakes", "is one of the drivers" of "Her sister, Lena, swims";
# not "was", "has", an adverb in "s" ("always helped", "perhaps the best baker"; nor "died",
# "moved": no "s"), nor "is" of one gone ("is dead", "is away").
_PRESENT_ACTION = re.compile(
    r"\s+(?:(?:"
    + alternation(SENTENCE_ADVERBS | {"still", "also", "now", "always", "never", "just", "even"})
    + r"|[a-z]+ly)\s+)?(?:is\s(?!(?:dead|gone|away|buried|missing)\b)|(?!(?:"
    + alternation(ENDING_IN_S)
    + r")\b)[a-z]+[^s\W]s\b)"
)
_PERSON_NAME = re.compile(
    "(?P<opener>"
    + alternation(_OPENERS)
    + r")(?:-[A-Z][a-z]+)?\s(?:[A-Z]\.\s)?(?P<particles>(?:(?:"
    + alternation(NAME_PARTICLES | {p.capitalize() for p in IRISH_PARTICLES})
    + r")\s)*)(?P<surname>"
    + _SURNAME
    + ")"
)
# Any word of a surname's shape. A known surname occurs where one of these is that surname:
# the shape parses a word one way only, so this finds what a pattern of the article's
# surnames would, without compiling one for each article. The look-ahead of its first letters
# spares the other positions the tries of its optional openings.
_SURNAME_SHAPED = re.compile(
    "(?="
    + _CAPITAL[:-1]
    + "".join(sorted({p[0] for p in HYPHENED_PARTICLES | ELIDED_PARTICLES}))
    + "])"
    + _SURNAME
)
# The same, of the surnames that open with a capital ("Lee", "O'Neill": not "al-Hassan"),
# tried where a capitalised word opens with a surname's head (`Speakers._surname_words`).
_CAPITALISED_SURNAME = re.compile(_CAPITAL + r"(?:(?<=[A-Z])[’']" + _CAPITAL + ")?" + _SURNAME_REST)
_NOT_ALNUM = re.compile(r"[\W_]")


# An Arabic or Malay name's lineage after a given name: "bin" and the father's name (and
# his father's), then the family name with its article ("Khalid bin Saad al-Harbi", "Tamim
# bin Faisal Al Thani", "Anwar bin Yusof").
_LINEAGE = re.compile(
    r"(?: (?:bin|ibn|bint|binti) [A-Z][a-z]+)+(?: (?:al-|el-|Al-|El-|Al )[A-Z][\w’'-]+)?"
    r"(?![\w’'-])"
)
_LINEAGE_WORDS = (" bin ", " ibn ", " bint ", " binti ")
_LINEAGE_ENDS = frozenset(word[-3:-1] + " " for word in _LINEAGE_WORDS)  # "in ", "nt ", "ti "


def _lineage_start(text: str, start: int) -> int:
    """Where the name whose lineage text[start] continues starts ("Badr" before "bin Hamad"),
    the fathers' names before it included; `start` if no "bin" comes before it."""
    while text[max(0, start - 7) : start].endswith(_LINEAGE_WORDS):  # a slice: narrow, fast
        space = text.rfind(" ", start - 7, start - 1)  # the space before "bin"
        before = text.rfind(" ", max(0, space - 24), space)  # the space before the name
        word = text[before + 1 : space] if before >= 0 else ""
        if not (word[:1].isupper() and word.isalpha()):
            break
        start = before + 1
    return start


def _hyphened_given_start(text: str, start: int) -> int:
    """Where a given name hyphened after a capitalised word starts ("Ali" of "Ali-Reza"):
    `start` if no such word is joined to it."""
    if text[start - 1 : start] != "-":
        return start
    first = start - 1
    while first > 0 and text[first - 1].isalpha():
        first -= 1
    return first if first < start - 1 and text[first].isupper() else start


def _char_class(char: str) -> int:
    """A character's class as a byte: "A" a Latin capital, "a" another letter or digit, "_"
    itself, " " anything else."""
    if char in _LATIN_CAPITALS:
        return ord("A")
    return ord("a") if char.isalnum() else ord("_") if char == "_" else ord(" ")


# The class of each Latin-1 character ("?" stands for any character beyond, see `_classes`).
_LATIN1_CLASSES = bytes(map(_char_class, map(chr, range(256))))
_CAPITALISED_HEAD = re.compile(b"(A(?<![Aa_].)[Aa]*)")


def _classes(text: str) -> bytes:
    """The class of each character of `text` (`_char_class`), one byte each."""
    latin = text.encode("latin-1", "replace")
    classes = bytearray(latin.translate(_LATIN1_CLASSES))
    for at in occurrences(latin, b"?"):  # a "?" of the text, or a character beyond Latin-1
        # Only a letter or a digit changes the class "?" has (" "): quotation marks and dashes,
        # most of these, are told by that test alone
        if (char := text[at]).isalnum():
            classes[at] = _char_class(char)
    return bytes(classes)


def _head(word: str) -> str:
    """The letters and digits `word` opens with, as `_CAPITALISED_HEAD` reads a word's head."""
    return _NOT_ALNUM.split(word, 1)[0]


_OPENER_HEADS = frozenset(map(_head, _OPENERS))
# The surname after a given name: " Tate" of "Sir Roland Tate".
_SURNAME_AFTER = re.compile(r" (" + _SURNAME + ")")


class _CapitalisedWords:
    """The words of a text that open with a Latin capital, each by its head and where it
    starts, found by one scan of the text and shared by the finders of names: each looks the
    heads up in a set of its own and tries its pattern only there. A scan by a pattern opening
    with a set of letters costs about the same whatever it looks for (the set is tried at every
    position), and a pattern of one article's names costs more to compile than to run."""

    def __init__(self, text: str) -> None:
        self._text = text
        # The classes of: text, head, text, head, ..., text
        parts = _CAPITALISED_HEAD.split(_classes(text))
        ends = list(accumulate(map(len, parts)))
        self._starts = ends[:-1:2]
        self._heads = [text[start:end] for start, end in zip(self._starts, ends[1::2], strict=True)]
        self._by_head: dict[str, list[int]] | None = None  # the starts by head, on first use

    def starts_of(self, word: str, upper: int) -> Iterator[int]:
        """Where the capitalised `word` stands as a whole word in text[:upper] ("Brink",
        "Brink’s", not inside "Brinkley", "McBrink" nor "Brink-Oduya"), in order, looked up
        by its head."""
        text = self._text
        for start in self._starts_by_head().get(_head(word), ()):
            if start >= upper:
                return
            following = text[start + len(word) : start + len(word) + 1]
            if text.startswith(word, start) and not following.isalnum() and following != "-":
                yield start

    def _starts_by_head(self) -> dict[str, list[int]]:
        """The words' starts by head, in order, built on first use."""
        if self._by_head is None:
            by_head: defaultdict[str, list[int]] = defaultdict(list)  # no empty list per word
            for head, start in zip(self._heads, self._starts, strict=True):
                by_head[head].append(start)
            self._by_head = dict(by_head)  # a plain dict: a head looked up is not added
        return self._by_head

    def words(
        self, heads: Collection[str], glue: str = "", lower: int = 0, upper: int | None = None
    ) -> Iterator[tuple[str, int]]:
        """The heads among `heads` and their starts, of the words not after a `glue` character,
        in text[lower:upper]. Over the whole text, the heads are looked up in the index of
        starts by head, not each word of the text in `heads`."""
        text = self._text
        found: Iterable[tuple[int, str]]
        if lower == 0 and upper is None:
            by_head = self._starts_by_head()
            # the smaller looked up in the other: a short text's few heads in a list of given
            # names, not each of those names in its index (as `by_head.keys() & heads` does)
            common = (
                [head for head in by_head if head in heads]
                if len(by_head) < len(heads)
                else [head for head in heads if head in by_head]
            )
            found = sorted([(start, head) for head in common for start in by_head[head]])
        else:
            first = bisect_left(self._starts, lower)
            last = len(self._starts) if upper is None else bisect_left(self._starts, upper)
            found = (
                (start, head)
                for start, head in zip(
                    self._starts[first:last], self._heads[first:last], strict=True
                )
                if head in heads
            )
        for start, head in found:
            if not (start and text[start - 1] in glue):
                yield head, start

    def people(self) -> list[_Person]:
        """The people named with a gendered title or a given name, as a scan of the text by
        `_PERSON_NAME` finds them (none overlapping another)."""
        text = self._text
        people = []
        end = 0
        kin: dict[int, re.Match[str]] | None = None  # the kin appositions, read on first use
        for _, start in self.words(_OPENER_HEADS):
            if start < end:
                continue
            match = _PERSON_NAME.match(text, start)
            if match is None:
                if kin is None:
                    kin = {m.start("name"): m for m in kin_appositions(text)}
                lone = _lone_given_name(text, start, kin)
                if lone is not None:
                    people.append(lone)
                continue
            end = match.end()
            opener, surname = match["opener"], match["surname"]
            if not _NAME_PIECE.split(surname)[-1][1:2].islower():
                continue  # "Ms. NATO": no surname
            title = opener.removesuffix(".")
            if title in _TITLE_WORDS:  # a title, even one spelt as a given name is
                gender, name = _GENDERED_TITLES[title.lower()], match["particles"] + surname
                knighted = _SURNAME_AFTER.match(text, end)
                if title.lower() in GIVEN_NAME_TITLES and knighted is not None:
                    # "Sir Roland Tate": a given name after the honour, then the surname
                    surname, end = knighted.group(1), knighted.end()
                    name += knighted.group()
            else:
                gender, name = _GIVEN_NAMES[opener.lower()], match.group()
                if surname.lower() in _GIVEN_NAMES:
                    # "Ruth Ann Kessling": a second given name, then the surname
                    more = _NAMES_AFTER.match(text, end)
                    if (
                        _named_after(text, more, 1)
                        and more[1].lower() not in _GIVEN_NAMES
                        and not _role_after(text, more.end(1))
                    ):
                        surname, end = more[1], more.end(1)
                        name = text[start:end]
                elif text[end + 1 : end + 2].isupper():
                    # "Lucía Ferrer Ortiz": her second surname too, as the speakers' index
                    # reads the name (`_name_end_after`); she is known alone as "Ferrer"
                    longer = _name_end_after(text, start, end, surname)
                    if longer != end:
                        end, name = longer, text[start:longer]
                first = _hyphened_given_start(text, start)  # "Zed-Ann Lee": all of it
                start, name = first, text[first:start] + name
                sharing = _sharing_surname(text, start, name)
                if sharing is not None:
                    people.append(sharing)  # "Lena and Mira Kovac": Lena Kovac too
            # "Sheikh Ali bin Saad al-Thani": all of it (told first by the letter after it)
            lineage = _LINEAGE.match(text, end) if text[end + 1 : end + 2] in "bi" else None
            if lineage is not None:
                end = lineage.end()
                name += lineage.group()
                surname = name.rpartition(" ")[2]
            if text[start - 3 : start] in _LINEAGE_ENDS:  # "Hamad ..." of "Badr bin Hamad ..."
                first = _lineage_start(text, start)
                start, name = first, text[first:start] + name
            people.append(_Person(start, name, surname.lower(), gender))
        return _with_kin_named(text, people)

    def occurrences(self, words: set[str]) -> list[tuple[str, int]]:
        """Where each capitalised one of `words` (names) occurs as a whole word ("Umerov",
        "Umerov’s"), in order: not inside a word ("Cain" in "McCain", "Smith-Lee"), the
        longest where several start at one place, none overlapping another.

        A name stands where a word has its head ("G" for "G.K.") and goes on as it does. When
        a name opens with no Latin capital, a pattern of the names scans the text instead."""
        names = frozenset(w for w in words if w[:1].isupper())
        text = self._text
        if not all(name[0] in _LATIN_CAPITALS for name in names):
            pattern = re.compile(r"\b(?<![’'-])(?:" + alternation(names) + r")(?![^\W_])")
            return [(m.group(), m.start()) for m in pattern.finditer(text)]
        by_head: dict[str, list[str]] = {}
        for name in sorted(names, key=len, reverse=True):
            by_head.setdefault(_head(name), []).append(name)
        found = []
        end = 0
        for head, start in self.words(by_head, glue="’'-"):
            if start < end:
                continue
            for name in by_head[head]:
                after = start + len(name)
                if text.startswith(name, start) and not text[after : after + 1].isalnum():
                    found.append((name, start))
                    end = after
                    break
        return found


# A given name joined by "and" before another person's given name, the two sharing the
# surname after it: "(Lena) and (Mira Kovac)", "Tom and Ann Reyes".
_GIVEN_AND = re.compile(r"(?<![\w’'-])([A-Z][a-z’'-]+) and \Z")


def _sharing_surname(text: str, start: int, name: str) -> _Person | None:
    """The person named by a given name alone before "and" and the full name at `start`,
    with that name's surname ("Lena and Mira Kovac": Lena Kovac); None if no known given
    name stands there."""
    before = _GIVEN_AND.search(text, max(0, start - 24), start)
    _, _, surname = name.partition(" ")
    if before is None or not surname:
        return None
    gender = _GIVEN_NAMES.get(before[1].lower())
    if gender is None:
        return None
    return _Person(before.start(1), f"{before[1]} {surname}", surname.split()[-1].lower(), gender)


# A given name and a surname of a name's shape after "and" and another given name, no capital
# after it: "Mira Kovac" in "Lena and Mira Kovac" (not "Lena and Mira Kovac Foundation").
_GIVEN_AND_SURNAME = re.compile(r"([A-Z][a-z]+) (" + _SURNAME + r")(?! [A-Z])")
# A couple named by two given names joined by "and" before the surname they share: "Ann and
# Peter Moss" (the given names, groups 1 and 2; the surname, group 3): `_GIVEN_AND`'s given
# name, then `_GIVEN_AND_SURNAME`.
_COUPLE = re.compile(_GIVEN_AND.pattern.removesuffix(r"\Z") + _GIVEN_AND_SURNAME.pattern)


def spouse_in_couple(text: str, owner: str, upper: int) -> str | None:
    """The full name of the spouse of `owner` ("Ann Moss") where the text, before `upper`,
    names a couple by two given names joined by "and" before the surname they share: "Peter
    Moss" in "Ann and Peter Moss run the inn", "Ann Moss" in "Peter and Ann Moss"; None if
    the text names no such pair with the owner's given name."""
    given, _, surname = owner.partition(" ")
    if not surname or " " in surname or not given[:1].isupper():
        return None
    for pair in _COUPLE.finditer(text, 0, upper):
        if pair[3] != surname or pair[1] == pair[2]:
            continue
        if pair[1] == given:
            return f"{pair[2]} {surname}"
        if pair[2] == given:
            return f"{pair[1]} {surname}"
    return None


def couple_named(text: str, lower: int, upper: int) -> Span | None:
    """Where the last couple named by two known given names and their shared surname stands
    in text[lower:upper] ("Ingrid and Tunde Moss planted the vines"); None if none."""
    pairs = [
        m.span()
        for m in _COUPLE.finditer(text, lower, upper)
        if given_name(m[1]) and given_name(m[2])
    ]
    return pairs[-1] if pairs else None


def kin_beside(text: str, owner: str | None, kin: str, upper: int) -> Span | None:
    """Where the name of the relative `kin` of `owner` ("Ann Lee"; None: any name) stands,
    set after the owner, "and" and the kin word with no comma, before `upper`: "Tom Lee" in
    "Ann Lee and her husband Tom Lee run the inn", "Tim" in "Paul Green, 60, and his son
    Tim"; the last such; None if none."""
    beside = re.compile(
        (r"[A-Z][\w’'-]+" if owner is None else re.escape(owner))
        + r"(?:,\s+\d{1,3},)?\s+and\s+(?:his|her)\s+(?:(?!late\b)[a-z]+\s+)?"
        + re.escape(kin)
        + r"\s+([A-Z][a-z’'-]+(?:\s[A-Z][a-z’'-]+)?)(?![\w’'-])"
    )
    found = [match.span(1) for match in beside.finditer(text, 0, upper)]
    return found[-1] if found else None


# Plural kin words that may open such a pair ("Sisters Ysolde and Brisa Halm"); any other
# plural before it is a title of several people, each of a surname ("Councillors Brandt and
# Mira Kovac").
_KIN_PLURALS = frozenset(kin for kins in KIN_CONVERSES.values() for kin in kins if kin[-1] == "s")


def joined_given_name(
    text: str, capitalised: _CapitalisedWords, given: str, upper: int
) -> str | None:
    """The full name of a given name no list need know, where the text joins it by "and" to
    another given name before one surname before `upper`: "Lena Kovac" for "Lena", and "Mira
    Kovac" for "Mira", in "Lena and Mira Kovac own the cafe" (each of the two a single
    capitalised word, no name's or body's word around them: not "New York and Ohio State");
    the first such, or None. Not where the first word is no given name a list knows and the
    second is one, a surname beside it ("backed by Ostrander and Lena Kovac"), nor after a
    plural other than kin's ("Councillors Brandt and Mira Kovac")."""
    for start in capitalised.starts_of(given, upper):
        if text.startswith(" and ", start + len(given)):  # "(Lena) and Mira Kovac"
            first, pair = start, _GIVEN_AND_SURNAME.match(text, start + len(given) + 5)
        elif before := _GIVEN_AND.search(text, max(0, start - 24), start):
            first, pair = before.start(1), _GIVEN_AND_SURNAME.match(text, start)  # "Mira"
        else:
            continue
        if pair is None:
            continue
        words = [text[first : text.index(" ", first)], pair[1], pair[2]]
        if given_name(pair[1]) and not given_name(words[0]):
            continue  # "Ostrander and Lena Kovac": a surname and a full name
        opener = _CAPITALISED_BEFORE.search(
            text, max(0, first - WORD_BEFORE_REACH), max(0, first - 1)
        )
        if opener is not None and text[first - 1 : first] == " ":
            if people_plural(opener[1]):
                if opener[1].lower() not in _KIN_PLURALS:
                    continue  # "Councillors Brandt and Mira Kovac", not "Sisters Ysolde and"
            elif opener[1].lower() not in _NOT_NAME:
                continue  # "New York and Ohio State": a name's word before it
        if any(w.lower() in _NOT_NAME or w in MONTHS or marked_kind([w]) for w in words):
            continue  # "Tuesday and Friday Mass", "Smith and Wesson Holdings"
        return f"{given} {pair[2]}"
    return None


def _lone_given_name(text: str, start: int, kin: dict[int, re.Match[str]]) -> _Person | None:
    """A person named by a given name alone at `start`, told a person by an age or a person's
    role in its appositive ("Maya, 9, said", "Leo, a sophomore, said": minors go by a first
    name), or by a kin word it is apposed to (`_kin_given_name`; `kin`: those appositions by
    where their names start); None for another name ("Jordan, a key ally, said")."""
    match = _LONE_GIVEN_NAME.match(text, start)
    if match is None:
        return _kin_given_name(text, kin.get(start))
    name = match.group(1)
    gender = _GIVEN_NAMES.get(name.lower())
    if gender is None or (match[2] and described_kind([], match[2]) != "person"):
        return None
    return _Person(start, name, name.lower(), gender, lone=True)


def _with_kin_named(text: str, people: list[_Person]) -> list[_Person]:
    """`people` (in text order) and the people named in full in a kin apposition by a given
    name no list knows, of the gender the kin word tells: "Her daughter, Nkem Whitcombe,"
    (she), "His brother, Obiora Lamb," (he)."""
    starts = {person.start for person in people}
    for apposed in kin_appositions(text):
        name = apposed["name"]
        gender = GENDERED_NOUNS.get(apposed["kin"])
        if gender is None or " " not in name or apposed.start("name") in starts:
            continue
        insort(
            people, _Person(apposed.start("name"), name, name.rpartition(" ")[2].lower(), gender)
        )
    return people


# What opens an owner of kin as a phrase: a family's plural ("The Morans’ son") or any other
# owner after "The" ("The Governor’s daughter").
_THE_FAMILY = ("The ", "the ")


def _kin_given_name(text: str, apposed: re.Match[str] | None) -> _Person | None:
    """The person named by a given name alone in a kin apposition (`KIN_APPOSITION`) that
    opens its sentence, as its subject doing something now ("Her sister, Lena, swims",
    "His son, Rafael, runs the till"), of the gender the list of given names tells; None
    otherwise: a relative told of ("Her mother, Rosa, died in 2019", "Her daughter, Lena,
    moved away"), one of two subjects ("Her daughter, Lena, and her son, Marco, help"), one
    named after the subject ("... and her other daughter, Ines, bakes"), or a full name."""
    if apposed is None or " " in apposed["name"]:
        return None
    start = apposed.start()
    if start >= 4 and text.startswith(_THE_FAMILY, start - 4):
        start -= 4  # "The Morans’ son, Eli, runs the till", "The Mayor's son, Eli, runs it"
    if _line_opening(text, start) != start:
        return None
    if not _PRESENT_ACTION.match(text, apposed.end()):
        return None
    name = apposed["name"]
    gender = _GIVEN_NAMES.get(name.lower())
    if gender is None:
        return None
    return _Person(apposed.start("name"), name, name.lower(), gender, lone=True)


def _lone_name_role(text: str, person: _Person) -> str | None:
    """The role in the appositive of a given name named alone ("Maya, a fifth-grader at Elm
    Park,": "fifth-grader at Elm Park"), or None."""
    if " " in person.name or not text.startswith(", ", person.start + len(person.name)):
        return None
    match = _LONE_GIVEN_NAME.match(text, person.start)
    if match is None or not match[2]:
        return None
    appositive = match[2].split(None, 1)[1]  # past "a"/"an"
    relative = _RELATIVE_CLAUSE.search(appositive)
    return _clean_role(appositive[: relative.start()] if relative else appositive)


# Up to two capitalised words after a name, one space apart, each a name's shape: a given name
# after a family name ("Kim Soo-yeon", "Tran Van Khoa"), a second surname ("Ruiz Cárdenas").
_CAPITALISED_NEXT = re.compile(r" [A-Z]")
_LOWER_WORD_AFTER = re.compile(r" ([a-z]+)\b")
_NAMES_AFTER = re.compile(r" ([A-Z][^\W\d_]+(?:-[a-z]+)?)(?: ([A-Z][^\W\d_]+))?(?![\w’'-])")


def _name_end_after(text: str, start: int, end: int, surname: str) -> int:
    """Where the name text[start:end] of `surname` ends, with the words after it that make
    it a name by which that surname is known alone (`_other_surname`): the given name after a
    family name written first ("Kim" in "President Kim Soo-yeon was"), the second surname of
    a given name and two surnames ("María Ruiz Cárdenas"); `end` if none."""
    match = _NAMES_AFTER.match(text, end)
    for group in (2, 1):
        if _named_after(text, match, group):
            assert match is not None
            name = text[start : match.end(group)]
            if _other_surname(name) == surname.lower():
                return match.end(group)
    return end


def _role_after(text: str, end: int) -> bool:
    """Whether a role in lower case follows `end`, where a place or a team's name before it
    is its modifier, no word of a name: "Chris Paul Phoenix guard", "Ann Marie Boston lawyer"."""
    match = _LOWER_WORD_AFTER.match(text, end)
    return match is not None and (match[1] in ROLE_NOUNS or match[1] in PLAYING_POSITIONS)


def _named_after(text: str, match: re.Match[str] | None, group: int) -> bool:
    """Whether the words of `_NAMES_AFTER`'s `match` up to `group` (1 or 2) are more of a
    person's name: each of a name's shape, no time, and the last no body's word nor before
    another capital ("Tom Hale Center", "Ann Hale Goes After ..." are a body, a title)."""
    if match is None:
        return False
    words = match.group(1, group)[:group]
    if words[-1] is None or any(
        w.lower() in _NOT_NAME or w.lower() in TIME_WORDS or w in MONTHS or len(w) < 3
        for w in words
    ):
        return False
    return marked_kind([words[-1]]) is None and not _CAPITALISED_NEXT.match(text, match.end(group))


def _surname_only(name: str) -> bool:
    """Whether a name is a surname alone, with its particles if any ("Lee", "van der Berg")."""
    *particles, _ = name.split()
    return all(word.lower() in NAME_PARTICLES for word in particles)


def _name_before(word: str) -> bool:
    """Whether `word` may stand before a surname in the same name: a capitalised word with no
    punctuation after it, or an initial ("J.")."""
    if not word[0].isupper() or _possessive(word):
        return False  # "Acme’s Tom Hale": the possessor is no part of the name
    return word[-1].isalnum() or (len(word) == 2 and word[1] == ".")


def _name_complemented(toks: list[Token], connector: int) -> bool:
    """Whether a name, no role, stands before the connectors that end at toks[connector]:
    "Rosa Lind *of the* Basin Fire District" names Rosa Lind by where she works (not "Secretary
    *of* State Jon Husted", the role's complement before the name, nor "Minister of Lands
    *and* Natural Resources Ann Lee", its domains joined)."""
    if _office_domain(toks, connector):
        return False
    while connector > 0 and toks[connector].lower in NAME_CONNECTORS:
        connector -= 1
    before = toks[connector]
    # "Minister of State *for* Home Affairs Ann Lee": an office's domain, then another
    return (
        before.capitalized
        and before.lower not in _ROLES_OR_TITLES
        and not (connector >= 2 and _office_domain(toks, connector))
    )


def _name_after_role(toks: list[Token], first: int) -> int:
    """The start of the name in toks[first:], the words after a role's complement: from the
    first given name ("Secretary of State Ana Sofia Marques"), else the last two names,
    initials between them kept ("Secretary of State Jon Q. Husted"). A spokesperson holds no
    office of a domain: "a spokesman for Home Hardware" names the company whole; nor do
    people by their plural: "Residents of Kettle Lake First Nation" are the band's."""
    if first >= 2 and (
        toks[first - 2].lower in SPOKESPERSON_HEADS
        or people_plural(toks[first - 2].word.capitalize())
    ):
        return first
    office = first
    while office < len(toks) and _office_domain(toks, office):
        office += 1  # "Secretary of State Vale": the office's domain, then the name
    if first < office < len(toks):
        return office
    if office == len(toks) and office - first > 1:
        return first  # "the Minister of Home Affairs": all of it the office's domain
    given = next((k for k in range(first, len(toks) - 1) if toks[k].lower in _GIVEN_NAMES), None)
    if given is not None:
        return _initials_before(toks, first, given)  # "Leader of the Opposition R. Ashok Kumar"
    role = first - 1
    while role > 0 and toks[role].lower in NAME_CONNECTORS:
        role -= 1
    if toks[role].lower not in NAME_CONNECTORS and not toks[role].capitalized:
        return first  # "a spokesman for the Basin Fire District": a body, the role's complement
    start, names = len(toks), 0
    while start > first and names < 2:
        start -= 1
        if names and _office_domain(toks, start):
            start += 1  # "... for External Affairs V. Muraleedharan": the office's, no name
            break
        if toks[start].word != "." and len(toks[start].word) > 1:
            names += 1
    return _initials_before(toks, first, start)  # "... the Opposition K. Annadurai Pillai"


def _initials_before(toks: list[Token], first: int, start: int) -> int:
    """Where the name starting at toks[start] starts with the initials before it, back to
    toks[first]: "K. Annadurai", "S. R. Bommai"."""
    while start - 2 >= first and toks[start - 1].word == "." and _initial(toks[start - 2].word):
        start -= 2
    return start


def _initialled(words: list[str]) -> bool:
    """Whether a name opens with a person's initials before the surname: "K. Annamalai",
    "M.K. Selvan"; not a place's ("B.C. Hydro": `PLACE_INITIALS`)."""
    return (
        len(words) > 2
        and words[1] == "."
        and _initial(words[0])
        and f"{words[0].lower()}." not in PLACE_INITIALS
    )


def _initial(word: str) -> bool:
    """Whether `word`, before a period, is one initial or several run together ("K", "M.K")."""
    return word.isupper() and all(len(part) == 1 for part in word.split("."))


def _joined_names(text: str, toks: list[Token], conjunction: int) -> _Analysis | None:
    """Two names joined by a conjunction before the cue ("Tom Hale and Ann Lee said"): one
    group speaker of both, the words before the first name its role. None if the words
    before the conjunction (toks[conjunction]) are no name, or all of it is one numbered body
    ("United Food and Commercial Workers Local 88")."""
    if toks[-1].word.isdigit() and len(toks) > 2 and toks[-2].lower in NUMBERED_BODIES:
        return None
    k = conjunction + 1
    first = k - 1
    while first > 0:
        tok = toks[first - 1]
        tagged = _party_aside_opening(toks, first - 1)
        if tagged is not None:
            first = tagged  # "Sen. Ida Voss (D-N.Y.) and ...": her party set off
            continue
        listed = tok.word == "," and first >= 2 and _name_word(toks[first - 2])  # "A, B and C"
        if not (_is_title_dot(toks, first - 1) or _name_word(tok) or listed):
            break  # "Democratic Senator Tom Hale and ...": the role is no part of the names
        first -= 1
    end = first  # the first name's end, before a comma ("A, B and C") or the conjunction
    while end < conjunction and toks[end].word != ",":
        end += 1
    if first > 0 and _group_named(toks[first - 1 : end]):
        first -= 1  # "Parents United and ...": a plural role opens a group's name
    if first == k - 1 or _names_complement(toks, first):
        return None
    span = (toks[first].start, toks[-1].end)
    role = _role_text(text, toks[:first])
    second = _second_name_start(toks, k)  # "and (British Columbia Premier) Tom Hale"
    if second > k and (role or "").lower() != text[toks[k].start : toks[second - 1].end].lower():
        role = None  # "Premier Ann Lee and Finance Minister Tom Hale": no one role of both
    name = text[span[0] : toks[k].start] + text[toks[second].start : span[1]]
    if text[toks[k - 1].end : toks[k].start].strip():
        # tokens of two apposed names, their roles left out ("Her mother, Ann Lee, and
        # father, Tom Lee,": `_apposed_pair`): the names alone
        first_name = text[span[0] : toks[k - 1].start].rstrip(", ")
        name = f"{first_name} and {text[toks[second].start : span[1]]}"
    return _Analysis(name, role, "group", True, span, toks[-1].lower)


def _second_name_start(toks: list[Token], k: int) -> int:
    """Where the name after a conjunction, from toks[k], opens past its own title and the
    words before the title ("and *British Columbia Premier* Tom Hale", "and Liberal Leader
    Omar Haddad", "and Manitoba Premier Wab Kinew": the capitalised word after it; "and
    former councillor Tom Hale", a role in lower case), the title no part of the group's
    name; `k` if no title stands before a name ("and Parents United"), or the title is an
    abbreviation, a name's own ("and Sen. Abe Kolb", as "Sen. Ida Voss")."""
    for t in range(len(toks) - 2, k - 1, -1):
        word = toks[t]
        if (
            word.word[0].isupper()
            and (word.lower in TITLES or word.lower in ROLE_NOUNS)
            or word.word.islower()  # "and former councillor Tom Hale"
            and word.lower in ROLE_NOUNS
        ):
            after = toks[t + 1]
            named = not _is_title_dot(toks, t + 1) and (
                given_name(after.word)
                or after.word[0].isupper()
                and after.lower not in TITLES
                and after.lower not in ROLE_NOUNS
                and not word.lower.endswith("s")  # "and Patients First": a group's name
            )
            return t + 1 if named else k
    return k


def _party_tag_opening(toks: list[Token], j: int) -> int | None:
    """The index of the comma or the parenthesis opening a lawmaker's party and state that
    the comma or parenthesis toks[j] closes ("Voss, D-Ore.,", "Kolb (R-N.Y.)"), else None."""
    closing = toks[j].word
    if closing not in {",", ")"}:
        return None
    k = j - 1 - (j >= 1 and toks[j - 1].word == ".")
    opening = "," if closing == "," else "("
    if k >= 1 and toks[k - 1].word == opening and PARTY_STATE.fullmatch(toks[k].word):
        return k - 1
    return None


_PARTY_ASIDE_WORDS = 4  # "a New Mexico Republican": the longest party member described


def _party_aside_opening(toks: list[Token], j: int) -> int | None:
    """The index of the comma or the parenthesis opening a lawmaker's party aside that the
    comma or parenthesis toks[j] closes: a party and state (`_party_tag_opening`) or a party
    member described by a state alone ("Voss, a Texas Republican,", "Kolb, an Ohio
    Democrat,"); else None."""
    tagged = _party_tag_opening(toks, j)
    if tagged is not None or toks[j].word != "," or j < 3 or toks[j - 1].lower not in PARTY_MEMBERS:
        return tagged
    for k in range(j - 2, max(j - 2 - _PARTY_ASIDE_WORDS, 0), -1):
        if toks[k].lower in {"a", "an"}:
            return k - 1 if toks[k - 1].word == "," else None
        if not toks[k].capitalized:
            return None
    return None


# The lower-case words inside a group's name: "Farmers for Climate Action", "Save the Children".
_GROUP_NAME_CONNECTORS = frozenset({"for", "the"})


def _group_named(toks: list[Token]) -> SpeakerKind | None:
    """ "organization" for a group's or a campaign's title-case name of common words, a small
    word written with a capital inside it ("Doctors Without Borders") or a slogan's word
    ending it ("Parents United", "Justice Now", "Farmers for Climate Action"): one name, no
    title or role before a surname ("Justice Ann Lee", "Nurse Ann Lee"); else None."""
    own = toks[1:] if toks and toks[0].lower == "the" else toks
    if len(own) < 2 or not own[0].capitalized or given_name(own[0].word):
        return None
    if not all(t.word[0].isupper() or t.lower in _GROUP_NAME_CONNECTORS for t in own):
        return None  # "Ann Lee of Parents United": a person, then her group
    if any(_office(own, k) for k in range(len(own) - 1)):
        return None  # "the Minister for Climate Action": a person's office
    if (
        own[-1].lower in GROUP_NAME_ENDS
        or any(_small_name_word(own, k) for k in range(1, len(own) - 1))
        or _cause_named(own)
    ):
        return "organization"
    return None


def _cause_named(own: list[Token]) -> bool:
    """Whether a title-case name says what it is for: a cause after "for" ending it
    ("Veterans for Peace"), or an adjective of a cause and what it wants ("Parents for Safer
    Streets"), or a campaign's verb and "the" opening it ("Save the Children")."""
    if own[-2].lower == "for":
        return own[-1].lower in GROUP_NAME_CAUSES
    if len(own) >= 4 and own[-3].lower == "for" and own[-2].lower in GROUP_CAUSE_ADJECTIVES:
        return not given_name(own[-1].word)  # not "Lawyers for Fair Isaac": a name
    return len(own) >= 3 and own[0].lower in CAMPAIGN_VERBS and own[1].lower == "the"


def _office(toks: list[Token], k: int) -> bool:
    """Whether toks[k], a title or a person's role ("Minister", "Director"), opens an office
    inside the words of `toks`, its portfolio after it ("Commissioner for Housing First");
    not a title before a slogan's word alone ("Justice Now") or a small word ("Judges
    Against Cuts", a plural)."""
    lower = toks[k].lower
    if lower not in TITLES and (lower not in ROLE_NOUNS or lower.endswith("s")):
        return False
    after = toks[k + 1]
    return not (
        k + 2 == len(toks) and after.lower in GROUP_NAME_ENDS or _small_name_word(toks, k + 1)
    )


def _names_complement(toks: list[Token], first: int) -> bool:
    """Whether the names from toks[first] on complete a capitalised head before "of" or
    "for": one organization's name ("the Centers for Soil and Water", "the Department of
    Fisheries and Oceans"), not people joined."""
    return first >= 2 and toks[first - 1].lower in ("of", "for") and _name_word(toks[first - 2])


def _name_word(tok: Token) -> bool:
    """A capitalised word that may be part of a name: not a role, not a possessive."""
    word = tok.word
    return word[0].isupper() and tok.lower not in _ROLES_NOT_TITLES and not _possessive(word)


@lru_cache(maxsize=4096)  # the sieves ask for the key of the same few names again and again
def _key(name: str) -> str:
    words = [w.lower().strip(".’'") for w in name.split()]
    words = [w for w in words if w and w not in {"the", "a", "an"}]
    return " ".join(words)


def _share_mentions(people: list[_Entry], surname: str, forms: list[tuple[str, Span]]) -> None:
    """The occurrences of a surname that `people` share: a fuller form goes to the person of
    that name; a bare surname to the person whose own mention comes last before it."""
    own = sorted(((span[0], entry) for entry in people for span in entry.mentions), key=_first)
    starts = [start for start, _ in own]
    for name, span in forms:
        if name != surname:
            owner = next((e for e in people if e.name.endswith(name)), None)
        elif own:
            owner = own[max(0, bisect_right(starts, span[0]) - 1)][1]
        else:
            owner = None
        if owner is not None:
            owner.mentions.append(span)


def _first(item: tuple[int, _Entry]) -> int:
    return item[0]


def _role_as_surname(toks: list[Token], i: int) -> bool:
    """Whether the role word toks[i] is a surname: capitalised, last in the phrase and after a
    given name ("Tom Friend", "Ann Judge") or a title only a surname follows ("Ms King", "Mr.
    Bishop")."""
    if not (0 < i == len(toks) - 1 and toks[i].word[0].isupper()):
        return False
    before = i - 1 - (i >= 2 and toks[i - 1].word == ".")
    if toks[before].lower in SURNAME_TITLES:
        return toks[i].lower not in ADDRESSED_OFFICES  # not "Mr Speaker": the office's
    return given_name(toks[i - 1].word)


def _people_opening(text: str, token: Token) -> bool:
    """Whether a capitalised word opening a sentence is a plural noun for people ("Protesters
    said", "Residents say"): of that shape, and no part of a name anywhere in the text (after
    a capitalised word, as "Peters" in "Tom Peters" or "Mr. Peters")."""
    if not people_plural(token.word):
        return False
    before = token.start
    while before > 0 and text[before - 1] in " \t":
        before -= 1
    if before and text[before - 1] not in '.!?:\n"”“':
        return False
    # Each occurrence of the word after a space (a substring search), then the word before
    # it, where one pattern opening with the word before would be tried at every capital.
    spaced = " " + token.word
    at = text.find(spaced)
    while at >= 0:
        after = at + len(spaced)
        if after == len(text) or not (text[after].isalnum() or text[after] in "_’'-"):
            word = _CAPITALISED_BEFORE.search(text, last_word_start(text, max(0, at - 60), at), at)
            if word is not None and _name_or_title(word[1], word[2]):
                return False
        at = text.find(spaced, after)
    return True


def _name_or_title(word: str, period: str) -> bool:
    """Whether a capitalised word, and the period after it if any, may stand before a surname:
    a given name or a title ("Tom", "Mr."), not a function word nor a sentence's last word."""
    plain = word.lower()
    if period:
        return plain in TITLES or plain in ABBREVIATIONS or len(plain) == 1
    return plain not in FUNCTION_WORDS


# A Korean name in its usual romanization: a family name, then a hyphenated given name
# whose second syllable is in lower case ("Choi Dong-woo", "Park Min-ho").
_HYPHENATED_GIVEN = re.compile(r"([A-Z][a-z]+) [A-Z][a-z]+-[a-z]+")


# A word made of the syllables of romanized Japanese ("morita", "ishiba", "kondo"): no "l",
# no cluster but "sh", "ch", "ts" or a doubled consonant. Not "lee", "costa", "garcia".
_JAPANESE_SHAPED = re.compile(r"(?:(?:[kgsztdnhbpmyrwfj]|sh|ch|ts|kk|ss|tt|pp)?y?[aiueo]|n)+")


def _family_name_first(name: str) -> str | None:
    """The family name of a name written family name first, in lower case: before a
    hyphenated given name ("Choi Dong-woo"), a common East Asian family name opening a name
    of two to four words ("Kim Yo Jong", "Wang Liqun", "Nguyen Thi Kim Lan"), or a Japanese
    family name, no given name, before a given name ("Morita Kenji"); else None."""
    hyphenated = _HYPHENATED_GIVEN.fullmatch(name)
    if hyphenated is not None:
        return hyphenated.group(1).lower()
    words = name.lower().split()
    if 1 < len(words) <= 4 and words[0] in SURNAME_FIRST_NAMES:
        return words[0]
    if len(words) == 2 and _given_gender(words[1]) and not given_name(words[0]):
        if _JAPANESE_SHAPED.fullmatch(words[0]):
            return words[0]
    return None


def _paternal_surname(name: str) -> str | None:
    """The first of two surnames after a given name, in lower case, by which a person is
    known alone ("Salas" of "Hernán Salas Villanueva", "Ruiz" of "María Fernanda Ruiz
    Cárdenas", "Villalobos" of "Ana Villalobos de la Fuente"): the word before the last
    surname (with its particles) of a name of three or four such words, after no particle.
    That word is no particle nor initial, and no given name unless the name is spelled as
    an Iberian one ("Duarte" of "Esteban Duarte Benítez"). "John Paul Jones" and "Hamad bin
    Khalifa al-Thani" have none."""
    words = name.split()
    last = len(words) - 1
    while last > 1 and words[last - 1] in NAME_PARTICLES:  # "de la Fuente": one surname
        last -= 1
    words[last:] = [words[-1]]
    if not 3 <= len(words) <= 4 or not all(map(_name_shaped, words)):
        return None
    if words[0].lower() in _NOT_NAME:
        return None  # "The Trump Team", "Former DNC Chairman"
    paternal = words[-2]
    lower = paternal.lower()
    if len(paternal) < 3 or not paternal[0].isupper() or paternal[-1] == ".":
        return None
    if any(w.lower() in NAME_PARTICLES for w in words[:-1]):
        return None
    if given_name(lower) and not _iberian_spelled(words):
        return None  # "John Paul Hendry": a middle name (not "Esteban Duarte Benítez")
    return lower


# The accented letters of Spanish and Portuguese, which tell a name is spelled as theirs.
_IBERIAN_LETTERS = frozenset("áéíóúñãõç")


def _iberian_spelled(words: list[str]) -> bool:
    """Whether a name is written as a Spanish or Portuguese one, whose second word is a
    surname even where it is a given name elsewhere ("Duarte", "Martín", "León"): a letter
    of those languages' accents ("Benítez"). Not an "-ez" alone: "Mary Ann Lopez" has a
    double given name, as often in US news."""
    return any(c in _IBERIAN_LETTERS for w in words for c in w)


def _other_surname(name: str) -> str | None:
    """The word besides the last by which a person is known alone, in lower case: a family
    name written first, or the paternal one of two surnames; else None."""
    return _family_name_first(name) or _paternal_surname(name)


def _name_shaped(word: str) -> bool:
    """Whether a word has a name's shape: a capital, letters, not all capitals ("Ruiz",
    "al-Thani" with its particle, "Soo-yeon", "McCain"); not "DNC", "Jr.", "III"."""
    letters = word.rpartition("-")[2] if word[:1].islower() else word
    plain = letters.replace("-", "").replace("'", "").replace("’", "")  # "O'Brien"
    return letters[:1].isupper() and plain.isalpha() and not letters.isupper()


def _name_end(text: str, person: _Person) -> int:
    """Where the name of `person` ends in the text."""
    if person.called:
        return person.start + len(person.called)
    at = text[person.start : person.start + 80].lower().find(person.surname)
    return person.start + at + len(person.surname) if at >= 0 else person.start


def _introduced(text: str, person: _Person) -> bool:
    """Whether a person is introduced by a full name and an appositive, or as the agent of
    a passive in a sentence that no pronoun opens, at the name's first mention ("..., said
    Tom Hale, a lawyer in Reno"; "The gala was hosted by comedian Ana Ruiz"): a new voice,
    about to be quoted."""
    end = _name_end(text, person)
    if " " not in person.name:
        return False
    opening = _APPOSITIVE_OPENING.match(text, end)
    if opening is None or (opening[1] not in _ARTICLES and opening[1] not in PERSON_ROLES):
        # "the figure of Tom Hale, sheltered in ...": no appositive
        agent = _AGENT_BEFORE.search(text, max(0, person.start - _AGENT_REACH), person.start)
        if agent is None or not _thing_subject(text, _line_opening(text, agent.start()), agent):
            return False
    return text.find(text[end - len(person.surname) : end]) == end - len(person.surname)


# The agent of a passive before a name, a role or two between: "was hosted by comedian",
# "written by".
_AGENT_BEFORE = re.compile(
    r"\b(?:was|were|been|being|is|are)\s+[a-z]+(?:ed|en)\s+by\s+(?:[a-z-]+\s+){0,2}\Z"
)
_AGENT_REACH = 48  # characters before a name that `_AGENT_BEFORE` reads
_SUBJECT_WORD = re.compile(r"[\w’'-]+")


def _thing_subject(text: str, start: int, agent: re.Match[str]) -> bool:
    """Whether the passive `agent` ends, in the sentence opening at `start`, has a thing for
    its subject: a determiner and a noun that is no person's role ("The gala was hosted by
    ..."); not a person, whom the sentence keeps as its topic ("Ann Vale was interviewed by
    Mia Hale", "She was ...", "The mayor was ...")."""
    words = _SUBJECT_WORD.findall(text, start, agent.start())
    return (
        len(words) > 1 and words[0].lower() in DETERMINERS and words[-1].lower() not in PERSON_ROLES
    )


def _line_opening(text: str, at: int) -> int:
    """Where the sentence holding `at` opens, read back past a sentence's end (".", "?" or
    "!" and a space) or a line's; 0 if none is before it ("Go! She was hosted by": where
    "She" opens)."""
    ends = [i + 2 for mark in (". ", "? ", "! ") if (i := text.rfind(mark, 0, at)) >= 0]
    return max([line_start(text, at), *ends])


def _person_start(person: _Person) -> int:
    return person.start


# --- across articles (the library) -----------------------------------------------------------


def name_key(name: str) -> str:
    """A name as the sieves compare it: lower case, no 'the', no dots or apostrophes."""
    return _key(name)


def same_person(key: str, other: str) -> bool:
    """Whether two people's name keys may be one person's, by the rule used inside an article:
    the same surname, and given names that may be the same (`_same_given`: 'j.' and 'john',
    or one of them a surname alone)."""
    if key.split()[-1:] != other.split()[-1:]:
        return False
    given = _first_given(key.split())
    return given is None or _same_given(given, _first_given(other.split()))
