"""`phrase_before`: the speaker phrase ending before a cue ("Ukrainian Defense Minister
Rustem Umerov said"), past the auxiliaries, adverbs and times between them ("just this month
announced"); lists and coordinated subjects ("Ann Hale, Tom Lee and Mary Roe"), pronouns,
documents, and the phrase shapes of complements.py and appositives.py.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from tui.core.lexicon import (
    ACCREDITED_BODIES,
    ANONYMOUS_HEADS,
    ANONYMOUS_POSTMODIFIERS,
    ASPECT_VERBS,
    ATTITUDE_ADJECTIVE_CUES,
    AUTHOR_PRONOUNS,
    AUXILIARY_VERBS,
    BELIEF_CUES,
    CATENATIVE_VERBS,
    CLAUSE_CONJUNCTIONS,
    COMPLEMENT_PREPOSITIONS,
    CONTACT_PARTICIPLES,
    COUNTED_ALONE,
    COUNTS_IN,
    CUE_AUXILIARIES,
    DETERMINERS,
    DOCUMENT_PARTICIPLES,
    DOCUMENT_WORDS,
    EXTENT_PREPOSITIONS,
    FUNCTION_WORDS,
    GOVERNMENT_PLACES,
    GROUP_QUANTITIES,
    HANDLE_NAMING_WORDS,
    HEARD_PASSIVES,
    IRREGULAR_VERB_FORMS,
    KIN_OF_WORDS,
    KNOWN_AS_DEGREES,
    KNOWN_AS_MANNERS,
    LIST_CONJUNCTIONS,
    MEDIA_WORDS,
    MESSAGE_NOUNS,
    NAME_CONNECTORS,
    NAME_GIVING_WORDS,
    NAMING_CUES,
    NAMING_NOUNS,
    NUMBER_WORDS,
    OBJECT_PRONOUNS,
    OBJECT_VERBS_BY_COMPLEMENT,
    OFFICE_MODIFIERS,
    OPENING_PREPOSITIONS,
    ORGANIZATION_PLURALS,
    ORGANIZATION_WORDS,
    OTHERS_ACCOUNTS,
    PASSIVE_BE_FORMS,
    PERSON_PRONOUNS,
    PLACE_MODIFIERS,
    PLACE_PREPOSITIONS,
    PLAYING_POSITIONS,
    PLURAL_HEADS,
    PLURAL_PRONOUNS,
    POSSESSIVE_PRONOUNS,
    PREPOSITIONS,
    RECORDING_MEDIA,
    RECORDING_VERBS,
    RELATIVE_PRONOUNS,
    ROLE_NOUNS,
    SELF_PRONOUNS,
    SOCIAL_NETWORKS,
    SPEECH_CUES,
    SUBORDINATORS,
    SUIT_IDIOM_VERBS,
    THING_PRONOUNS,
    TIME_WORDS,
    TITLES,
    VICTIM_MARKERS,
    WEEKDAYS,
)
from tui.core.model import Span
from tui.core.organizations import NAME_SMALL_WORDS, ORGANIZATION_NOUNS
from tui.core.speaker_kinds import PERSON_ROLES, body_peer, given_name, people_plural
from tui.core.speakers.appositives import (
    _affiliation,
    _appositive_phrase,
    _before_aside,
    _dashed_appositive,
    _described_name,
    _opening_phrase,
    _place_inside,
)
from tui.core.speakers.complements import (
    _BARE_MODIFIERS,
    _COMPLEMENT_OPENERS,
    _MAX_THAT_RELATIVE,
    _THAT_OR_WHICH,
    _bare_plural,
    _contact_clause,
    _document_by,
    _linked_phrase,
    _made_document,
    _name_after_named,
    _named_with_complement,
    _participle_object,
    _place_named,
    _postmodified,
    _postmodifier,
    _relative_head,
    _relative_subject,
    _role_with_complement,
    _time_length,
    _victim_complement,
    _which_head,
    _who_head,
)
from tui.core.speakers.names import _party_aside_opening, _party_tag_opening
from tui.core.speakers.noun_phrases import (
    _REFLEXIVES,
    _adverb,
    _count_word,
    _noun_phrase_before,
    _opens_clause,
    _outlet_end,
    _participle,
    _past_participle,
    _phrase_at,
    _plural_head,
    _proper_name,
    _small_name_word,
)
from tui.core.speakers.sentences import _last_char_before, _opens_line_or_sentence, _word_end
from tui.core.speakers.tokens import (
    _ARTICLES,
    _CONJUNCTIONS,
    _FLOATING_QUANTIFIERS,
    _LOWER,
    _MAY_STAND_BETWEEN,
    _NOUN_WORDS,
    _ONE_OF_MANY,
    _PRONOUNS,
    _ROLES_OR_TITLES,
    FIRM_POSSESSIVE_CUE,
    HOMETOWN_BEFORE,
    HOMETOWN_ENDINGS,
    HOMETOWN_REACH,
    PHRASE_WINDOW,
    Phrase,
    Token,
    _is_title_dot,
    _looked_up,
    _new_phrase,
    _phrase_of,
    _possessive,
    hometown_phrase,
    parent_of_count,
    tokens,
)
from tui.core.text import (
    CLOSING_QUOTE_MARKS,
    DASHES,
    TITLE_OPENING_MARKS,
    alternation,
    opens_title,
    title_words,
)

_PERSONS_OR_GROUPS = PERSON_PRONOUNS | PLURAL_PRONOUNS  # subjects wherever they stand
_INDEFINITES = frozenset({"a", "an", "A", "An"})
# Quantifiers standing for people as the subject of a participle after "with" ("prices rose,
# with many warning that ...", "with others saying ...").
_WITH_QUANTIFIERS = COUNTED_ALONE
# The prepositions between a speaker and where it is ("a passenger on the ferry"), at most
# `_PLACE_CHAIN` of them ("a grower in the back of the hall").
_PLACE_OR_COMPLEMENT = PLACE_PREPOSITIONS | _COMPLEMENT_OPENERS
_PLACE_CHAIN = 3
_FOR_OR_OF = frozenset({"for", "of"})
_OF = frozenset({"of"})  # the link of a chain of "of" complements ("the cost *of* the plan")
_SUITS = frozenset({"suit", "suits"})
_LIST_STOPS = _CONJUNCTIONS | {"the"}  # where a name in a list opens, read backward
# What may stand before a list of speakers opening the sentence: "In Reno, Ann Hale and Tom Lee"
_LIST_OPENING_PREPOSITIONS = (OPENING_PREPOSITIONS - EXTENT_PREPOSITIONS) | COMPLEMENT_PREPOSITIONS
_OWNER_PRONOUNS = frozenset({"their", "its"})  # "Patients and their families"
_CONTRACTED_PRONOUN = re.compile(r"(he|she|they|it|i|we|who)[’'](?:s|ve|d|ll|re|m)")
_NEAR = 56  # the first, shorter search before a cue
_MAX_JOINED_SECOND = 5  # the tokens of the second of two joined subjects ("Premier Tom Hale")
_PLURAL_SUBJECTS = frozenset({"they", "we", "you"})
# The object pronouns that may speak before "as saying" or after a recording verb ("quoted
# him as saying", "caught her asking"): "her" is a possessive's form too.
_OBJECT_FORMS = OBJECT_PRONOUNS.keys() | {"her"}
# See `_phrase_before`; "who" or "whose" opens a relative clause ("a nurse who asked not to be
# named", "farmers whose crops failed").
_MADE_OR_ANONYMOUS = DOCUMENT_PARTICIPLES | ANONYMOUS_HEADS | {"who", "whose"}
# Function words that end no speaker phrase right before a cue ("... and said", "a rise in
# attacks", "questions about tweets"): `phrase_before` passes over none of them (as it does
# `_MAY_STAND_BETWEEN`), reads none as a subject (a pronoun, "who", "which", "that"), a noun
# (`_NOUN_WORDS`) or the verb of a contact clause ("the people *we spoke* to", "with" after
# one), and no noun phrase ends at a function word. Before one, a phrase is found only where a
# document is followed by how it was made ("a poll taken in May and ...") or an unnamed source
# by a postmodifier ("those close to him"), which `MADE_OR_DESCRIBED` looks for in the
# lower-cased lead of the cue: the cue stage's test before it asks for the phrase.
# After the noun they place, or ending its relative clause: "officials there", "residents
# nearby", "a man who lives nearby".
_PLACE_ADVERBS = frozenset({"there", "here", "nearby", "elsewhere"})
# The words `_skip_between` reads past after a subject though they may not stand between it
# and a cue by themselves: a reflexive ("Lee herself said"), a place ("officials there said"),
# "no longer"; one set test tells the common case, a word among none of them.
_SKIPPED_AFTER_SUBJECT = _REFLEXIVES | _PLACE_ADVERBS | {"longer"}
ENDS_NO_PHRASE = frozenset(
    word
    for word in FUNCTION_WORDS
    - _MAY_STAND_BETWEEN
    - _NOUN_WORDS
    - (_PRONOUNS | AUTHOR_PRONOUNS | SELF_PRONOUNS | RELATIVE_PRONOUNS)
    - _OBJECT_FORMS  # "quoted him as saying"
    - {"that", "with"}
    - _PLACE_ADVERBS  # "Officials there said"
    - _WITH_QUANTIFIERS  # "with many warning that"
    if not word.endswith(("ly", "ed", "spoke", "met"))
)
MADE_OR_DESCRIBED = re.compile(
    alternation(DOCUMENT_PARTICIPLES | frozenset(ANONYMOUS_POSTMODIFIERS))
)


_WITH_REACH = 160  # characters before "and others saying" searched for its "with"


def _with_before(text: str, start: int) -> bool:
    """Whether "with" stands earlier in the sentence before `start`, within `_WITH_REACH`
    ("with many warning A and *others* saying B": an absolute construction goes on)."""
    lead = text[max(0, start - _WITH_REACH) : start]
    lead = lead[max(lead.rfind(". "), lead.rfind("\n")) + 1 :]
    return " with " in lead or lead.startswith("With ")


def _participle_at(text: str, cue_start: int) -> str | None:
    """The cue at `cue_start` if it is a participle in -ing ("asking", "shouting"), else
    None."""
    space = text.find(" ", cue_start, cue_start + 20)
    word = (text[cue_start:space] if space >= 0 else text[cue_start : cue_start + 20]).rstrip(",:")
    return word if word.endswith("ing") else None


# An absolute "with" and a bare plural, a modifier before it or not, right before a
# participle cue: "With millers saying ...", "..., with local growers warning ...".
_WITH_PLURAL = re.compile(
    r"(?<![\w’'-])[Ww]ith\s+(?P<np>(?:[a-z][a-z-]*\s+)?[a-z][a-z-]*[a-rt-z]s)\s+\Z"
)
_WITH_PLURAL_REACH = 40  # characters before a cue searched for "with" and its plural
# The participles of saying or thinking that such an unlisted plural speaks by ("With
# millers *saying*", "with growers *fearing*"); else only a plural of people does.
_SAYING_OR_THINKING = frozenset(w for w in SPEECH_CUES | BELIEF_CUES if w.endswith("ing"))


def _with_plural(text: str, lower: int, cue_start: int) -> Phrase | None:
    """The bare plural after "with" that is the subject of the participle cue at `cue_start`
    in an absolute construction ("With millers saying the levy would rise, ..."), though no
    list knows its noun; None elsewhere."""
    begin = cue_start - _WITH_PLURAL_REACH if cue_start - _WITH_PLURAL_REACH > lower else lower
    if text.find("ith ", begin, cue_start) < 0:
        return None
    participle = _participle_at(text, cue_start)
    if participle is None:
        return None
    match = _WITH_PLURAL.search(text, begin, cue_start)
    if match is None:
        return None
    toks = tokens(text, match.start("np"), match.end("np"))
    if any(t.lower in FUNCTION_WORDS or t.lower in DETERMINERS for t in toks):
        return None  # "with this saying": no noun
    if participle.lower() not in _SAYING_OR_THINKING and not people_plural(toks[-1].word):
        return None  # "With futures pointing to a weak open": no speaker
    return _new_phrase(match.span("np"), tuple(t.word for t in toks), tokens=tuple(toks))


# A noun of a few words opening a sentence (group "np") with its complement, a free relative
# naming a quoted term ("Backers of what they call “school choice”", "Foes of what the mayor has
# dubbed a “reset”"), right before the sentence's cue.
_NAMED_TERM_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?”\"] ))[“\"]?(?P<np>[A-Z][\w’'-]*(?: [\w’'-]+){0,3})"
    r" (?:of|about|against|for|to) what (?:[\w’'.-]+ ){1,3}(?:"
    + alternation(NAMING_CUES)
    + r")(?: as)? (?:(?:a|an|the) )?[“\"][^”\"\n]{1,60}[”\"]\s+\Z",
    re.MULTILINE,
)
_NAMED_TERM_REACH = 140  # characters before a cue searched for such a subject


def named_term_subject(text: str, lower: int, cue_start: int) -> Phrase | None:
    """The noun opening a subject whose complement holds a free relative that names a quoted
    term (`_NAMED_TERM_SUBJECT`): "Backers (of what they call “X”) said", as "Backers (of the
    plan) said" is read; its verb of naming is no clause boundary."""
    begin = cue_start - _NAMED_TERM_REACH if cue_start - _NAMED_TERM_REACH > lower else lower
    if text.find(" what ", begin, cue_start) < 0:
        return None
    match = _NAMED_TERM_SUBJECT.search(text, begin, cue_start)
    if match is None:
        return None
    toks = tuple(tokens(text, *match.span("np")))
    return _new_phrase(match.span("np"), tuple(t.word for t in toks), tokens=toks)


def phrase_before(text: str, lower: int, cue_start: int) -> Phrase | None:
    """The speaker phrase that ends just before a cue at `cue_start` (not before `lower`);
    two apposed names joined, each after its role (`_apposed_pair`), or the kin of a victim
    whose complement holds it (`_kin_of_victim`)."""
    if text.startswith(", ", cue_start - 2) and text.find(" and ", lower, cue_start) >= 0:
        pair = _apposed_pair(text, lower, cue_start)
        if pair is not None:
            return pair
    found = _phrase_ending_at(text, lower, cue_start)
    if found is None:  # "The family of a teen killed in a Highway 97 crash says": no phrase
        last = _last_noun_before(text, lower, cue_start)  # read in the victim's complement
        return None if last is None else _kin_of_victim(text, lower, last, cue_start)
    return _kin_of_victim(text, lower, found, cue_start) or found


def _apposed_pair(text: str, lower: int, cue_start: int) -> Phrase | None:
    """Two people each named after their role, joined ("Her mother, Ann Lee, and father, Tom
    Lee, said", "His mother, Grace, and stepfather, Tunde, said"): one group of both names,
    not the second alone."""
    reach = cue_start - _PAIR_REACH if cue_start - _PAIR_REACH > lower else lower
    pair = _APPOSED_PAIR.search(text, reach, cue_start)
    if pair is None or not _opens_line_or_sentence(text, pair.start()):
        return None
    first = tokens(text, *pair.span("first"))
    second = tokens(text, *pair.span("second"))
    joined = tokens(text, pair.end("first"), pair.start("second"))
    conjunction = [t for t in joined if t.lower == "and"]
    if not first or not second or not conjunction:
        return None
    return _new_phrase(
        (first[0].start, second[-1].end),
        (*(t.word for t in first), "and", *(t.word for t in second)),
        tokens=(*first, conjunction[0], *second),
    )


_PAIR_REACH = 120  # characters at most of two apposed names and their roles before the cue
_PAIR_NAME = r"[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+){0,2}"
# A role with its owner ("the company's" too), a comma, a name and a comma; "and", another role
# (its owner may be left out) and its name, closing at the cue's comma.
_APPOSED_PAIR = re.compile(
    r"(?:\b[Hh]is|\b[Hh]er|\b[Tt]heir|\b[Tt]he|\b[A-Z][\w-]*[’']s)\s+(?:[a-z-]+[’']s\s+)?"
    r"(?:[a-z-]+\s+){0,2}?[a-z-]+,\s+"
    r"(?P<first>" + _PAIR_NAME + r"),\s+and\s+(?:(?:his|her|their|the)\s+)?(?:[a-z-]+\s+){0,2}?"
    r"[a-z-]+,\s+(?P<second>" + _PAIR_NAME + r"),\s+\Z"
)


def _phrase_ending_at(text: str, lower: int, cue_start: int) -> Phrase | None:
    """The speaker phrase that ends just before a cue at `cue_start` (not before `lower`)."""
    with_plural = _with_plural(text, lower, cue_start)
    if with_plural is not None:
        return with_plural
    named_term = named_term_subject(text, lower, cue_start)
    if named_term is not None:
        return named_term
    if text.endswith(HOMETOWN_ENDINGS, lower, cue_start):
        hometown = HOMETOWN_BEFORE.search(text, max(lower, cue_start - HOMETOWN_REACH), cue_start)
        if hometown is not None:
            return hometown_phrase(text, hometown)  # "the Kelowna, B.C., native said"
    near = cue_start - _NEAR if cue_start - _NEAR > lower else lower
    reach = cue_start - _NAMING_REACH if cue_start > _NAMING_REACH else 0
    window = text[reach:cue_start]
    if window.endswith(", ") and not _ends_capitalized(window):  # a reason after the name?
        hinted = _naming_hinted(text[max(0, cue_start - 2 * _NAMING_REACH) : cue_start])
    else:
        hinted = _ends_capitalized(window) and _naming_hinted(window)
    if hinted:
        # a naming link may stand before the cue; most cues have none of these before them
        given = _given_name(text, lower, cue_start)
        if given is not None:
            return given
    told, found = _told_by_last_words(text, lower, near, cue_start)
    if told:
        return found
    near_toks = _without_title_marks(tokens(text, near, cue_start), text)
    found = _phrase_before(text, near_toks, cue_start)
    if near > lower and (
        _near_edge(text, near, cue_start, found) or _condition_with_reason(text, lower, cue_start)
    ):
        # Too close to the edge of the short search: an appositive or a long name.
        wide_start = cue_start - PHRASE_WINDOW if cue_start - PHRASE_WINDOW > lower else lower
        wide = _without_title_marks(_widened(text, wide_start, near_toks, cue_start), text)
        found = _phrase_before(text, wide, cue_start)
    if found is None:
        return None
    end = found.span[1]
    if text[end : end + 1] in CLOSING_QUOTE_MARKS and _scare_opened(text, found.span[0], end):
        found = found._replace(span=(found.span[0], end + 1))  # 'the so-called “reform”': whole
    handle = handle_named(text, found, cue_start)
    if handle is not None:  # "One fan, posting under the handle @tealfox, wrote"
        return handle
    if found.tokens and found.tokens[0].lower.endswith("based"):
        return _based_description(text, lower, found)
    first = found.span[0]  # what stands before the phrase tells the readings below
    if text[first - 5 : first].endswith(("of ", "from ")):
        return _aged_origin(text, lower, found)
    joining = first - 24 if first - 24 > lower else lower
    if text.find("and", joining, first) >= 0:  # most phrases: no "and" before, no regex
        joined = _AND_COUNT.search(text, joining, first)
        if joined is not None:
            return _named_and_others(text, lower, found, joined)
    if text[first - 3 : first] == "in ":
        return _count_in(text, lower, found) or found
    if text[first - 6 : first] == "after ":
        return _one_after_another(text, lower, found) or found
    return found


def account_owner(text: str, found: Phrase) -> Phrase:
    """The owner of the account `found` names, who speaks through it ("The airline's official
    account wrote": the airline; "Northwind's feed said": Northwind; "The Brill Transit
    account said": Brill Transit, its name before the noun, not a network's: "the X
    account"); `found` itself if no owner stands in it or it is a narrative ("the city's
    account of the fire said")."""
    toks = found.tokens or tuple(tokens(text, *found.span))
    if text.startswith(" of ", found.span[1]) or (
        len(toks) > 1 and toks[-2].lower in OTHERS_ACCOUNTS
    ):
        return found  # "a Juno Vale fan account": not hers
    owner = next((k for k in range(len(toks) - 2, -1, -1) if _possessive(toks[k].word)), None)
    if owner is None:
        if toks[-1].lower not in _NAMED_ACCOUNTS:
            return found  # "A GoFundMe page created for the family": the page
        named = [k for k, t in enumerate(toks[:-1]) if t.capitalized and t.lower not in DETERMINERS]
        if not named or named[-1] != len(toks) - 2 or any(toks[k].word in _NETWORKS for k in named):
            return found
        return _phrase_of(toks[named[0] : named[-1] + 1])
    start, end, word, _ = toks[owner]
    bare = word[:-2]
    return _phrase_of((*toks[:owner], Token(start, end - 2, bare, _looked_up(bare))))


_NETWORKS = frozenset(SOCIAL_NETWORKS)  # "the X account", "our Instagram page": no owner
# The nouns a name before stands for the owner of ("the Brill Transit account"); not a page,
# which a platform's name may stand before ("a GoFundMe page").
_NAMED_ACCOUNTS = frozenset({"account", "accounts"})
# A handle given as a user's own name between the user and the verb: "One fan, posting under
# the handle @tealfox, wrote"; "A user, known as @dockrat, said"; "A user who goes by @dockrat
# posted".
_NAMED_HANDLE = re.compile(
    r"\b(?:"
    + alternation(HANDLE_NAMING_WORDS)
    + r"|go(?:es)?\s+by|went\s+by)\s+(@[A-Za-z0-9_]+)(?![\w@])"
)
# A handle right after the user, by a participle of naming: "A user named @dockrat shared".
_HANDLE_CALLED = re.compile(r",?\s+(?:named|called)\s+(@[A-Za-z0-9_]+)(?![\w@])")


def handle_named(text: str, found: Phrase, end: int) -> Phrase | None:
    """The handle that names the unnamed user `found` between it and `end`, its verb ("One
    fan, posting under the handle @tealfox, wrote": @tealfox); None if there is none or
    `found` names someone ("Ana Roy, posting as @anaroy, wrote")."""
    if "@" not in text[found.span[1] : end] or not _unnamed(found):
        return None
    handle = _HANDLE_CALLED.match(text, found.span[1], end) or _NAMED_HANDLE.search(
        text, found.span[1], end
    )
    return None if handle is None else _new_phrase(handle.span(1), (handle.group(1),))


def _unnamed(found: Phrase) -> bool:
    """Whether `found` names no one: a common noun phrase, its first word a determiner or a
    number at most ("One fan", "a user", "the account"; not "Ana Roy", "Coach Lia Brandt")."""
    first, *rest = found.words
    return not any(w[:1].isupper() for w in rest) and (
        first.islower() or first.lower() in DETERMINERS or first.lower() in NUMBER_WORDS
    )


# "and" before a speaker phrase, and a group's quantity the phrase left out: "(Voss) and",
# "(Voss, D-Ore.,) and a dozen (other Democrats)".
_AND_COUNT = re.compile(
    r"\sand\s+(?P<count>an?\s+(?:" + alternation(GROUP_QUANTITIES) + r")\s+(?:of\s+)?)?\Z"
)


def _named_and_others(text: str, lower: int, found: Phrase, joined: re.Match[str]) -> Phrase:
    """ "Sen. Ida Voss and two other senators", "Voss, D-Ore., and four other members of the
    caucus", "Voss and several others", "Voss and a dozen other Democrats": the person named
    and the others of `found` (a count or a quantifier and "other" or "others" opening it,
    or "other" after the quantity `joined` holds), one group; `found` if it opens otherwise
    or no name stands before `joined`'s "and"."""
    opening = found.tokens[:2] or tokens(text, found.span[0], found.span[1])[:2]
    if joined.group("count"):
        if not opening or opening[0].lower not in {"other", "others"}:
            return found
    elif (
        len(opening) < 2
        or opening[1].lower not in {"other", "others"}
        or not (_count_word(opening[0]) or opening[0].lower in COUNTED_ALONE)
    ):
        return found
    conjunction = joined.start() + 1
    person = phrase_before(text, lower, conjunction - 1)
    if person is None or not all(t.capitalized or t.word == "." for t in person.tokens[1:]):
        return found
    if not person.tokens or not person.tokens[0].capitalized:
        return found
    aside = tokens(text, person.span[1], conjunction)  # none, or a party aside: "(D-Ore.)"
    if aside and _party_aside_opening(aside, len(aside) - 1) != 0:
        return found  # "Lee won in Ohio, and two other senators said": a clause before
    both = (person.span[0], found.span[1])
    return _phrase_of(tuple(tokens(text, both[0], both[1])))


def _without_title_marks(toks: list[Token], text: str) -> list[Token]:
    """`toks` without the quotation marks around a work's title in an aside ("Reyner, who
    directed “Cold Water Kings,” said", "The singer, whose single “Blue Hour” topped the
    chart, said": `opens_title`), or around a few words scare-quoted inside a noun phrase
    ("Critics of the “temporary” levy said", `_scare_quoted`), which then reads as it would
    unquoted."""
    if not toks or (
        text.find("“", toks[0].start, toks[-1].end) < 0
        and text.find('"', toks[0].start, toks[-1].end) < 0
    ):
        return toks  # most often: no quotation mark (told by `str.find`, not by each token)
    dropped: set[int] = set()
    for i, tok in enumerate(toks):
        if tok.word not in TITLE_OPENING_MARKS or i in dropped:
            continue
        closing = next(
            (j for j in range(i + 1, len(toks)) if toks[j].word in CLOSING_QUOTE_MARKS), -1
        )
        if closing > 0 and (
            opens_title(text, tok.start)
            or _aside_name(text, tok.start, toks[closing].start)
            or _scare_quoted(toks, i, closing)
        ):
            dropped.update((i, closing))
    return [t for k, t in enumerate(toks) if k not in dropped] if dropped else toks


_SCARE_WORDS = 3  # at most, scare-quoted inside a noun phrase: "the so-called “reform”"


def _scare_quoted(toks: list[Token], opening: int, closing: int) -> bool:
    """Whether the marks at toks[opening] and toks[closing] set off a few words inside a noun
    phrase, no quotation of anyone's: a word in lower case before the opening mark (an
    article, a modifier, a preposition: "the so-called “reform”", "of the “temporary” levy"),
    only words between the marks, and after the closing one the phrase's noun in lower case
    or its end (not '“We will fight,” said', nor '“A.” Lee said')."""
    inner = toks[opening + 1 : closing]
    before = toks[opening - 1].word if opening else ""
    after = toks[closing + 1].word if closing + 1 < len(toks) else ""
    return (
        0 < len(inner) <= _SCARE_WORDS
        and all(t.word.replace("-", "").isalpha() for t in inner)
        and before[:1].islower()
        and before.replace("-", "").isalpha()
        and (not after or after[:1].islower() and after.isalpha())
    )


def _scare_opened(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], a phrase read without a scare quote's marks, holds the
    opening mark of the one its last word closes."""
    return (
        text.rfind("“", start, end) > text.rfind("”", start, end)
        or text.count('"', start, end) % 2 == 1
    )


_ASIDE_NAME_WORDS = 4  # at most, in a name given in quotation marks: "known as “the Professor”"
_NAME_LEAD_REACH = 16  # characters before a name's opening mark where its lead is read
_NAME_LEADS = NAME_GIVING_WORDS | {"as"}


def _aside_name(text: str, opening: int, closing: int) -> bool:
    """Whether the quotation whose marks stand at `opening` and `closing` is a name in an
    aside: a work's title apposed after a comma ("The report, “Broken Promises,” says"), or a
    name of a few words after a word of naming ("The senator, known as “the Professor,”
    said", "the ad, titled “Truth Hurts,” claims"); not a quotation that is a sentence."""
    words = text[opening + 1 : closing].split()
    if any(w.rstrip(",")[-1:] in ".!?;:" for w in words if w.rstrip(",")):
        return False
    if not (words[-1:] and words[-1].endswith(",") or text.startswith(",", closing + 1)):
        return False  # no aside closed with it: "Supporters of what they call “X” said"
    lead = text[max(0, opening - _NAME_LEAD_REACH) : opening].rstrip()
    if lead.endswith(","):
        return title_words(words)
    last = lead.rsplit(None, 1)[-1:]
    return bool(last) and last[0].lower() in _NAME_LEADS and 0 < len(words) <= _ASIDE_NAME_WORDS


def _closes_title(text: str, start: int, mark: int) -> bool:
    """Whether the closing quotation mark at `mark` closes a work's title opened since
    `start` ("who directed “Cold Water Kings,”") or a name in an aside (`_aside_name`), not a
    quotation ('“We won,”')."""
    opening = max(text.rfind("“", start, mark), text.rfind('"', start, mark))
    return opening >= start and (opens_title(text, opening) or _aside_name(text, opening, mark))


# A count of people standing alone before "in" and the body or the gathering they are part
# of, opening its clause: "Some in the party said", "“...,” many in the crowd shouted" (or
# "‘...!’ some in the crowd shouted"), "Those in the administration say".
_COUNT_IN = re.compile(
    r"(?:^|(?<=[.!?,”\"’']\s)|(?<=[.!?,][”’]\s)|(?<=\n)|(?<=\band\s)|(?<=\bbut\s)|(?<=\bor\s))"
    r"(?P<q>(?i:" + alternation(COUNTS_IN) + r"))\s+in\s+\Z"
)
_COUNT_REACH = 16  # characters before the body that `_COUNT_IN` reads


def _count_in(text: str, lower: int, found: Phrase) -> Phrase | None:
    """ "Some in the party said": the part of the body or the gathering `found` ("the
    party") that speaks, a group, not the body; None if no count opens the clause before it."""
    count = _COUNT_IN.search(text, max(lower, found.span[0] - _COUNT_REACH), found.span[0])
    if count is None:
        return None
    return _new_phrase((count.start(), found.span[1]), (count.group("q"), "in", *found.words))


# A noun and "after" before the same noun: "Speaker after speaker (told)".
_NOUN_AFTER = re.compile(r"(?<![\w’'-])([A-Za-z]+)\s+after\s+\Z")


def _one_after_another(text: str, lower: int, found: Phrase) -> Phrase | None:
    """ "Speaker after speaker told trustees ...", "Parent after parent urged ...": the noun
    repeated around "after", many of them one at a time, a group; None if `found`, one word,
    does not repeat the noun before "after"."""
    if len(found.words) != 1:
        return None
    before = _NOUN_AFTER.search(text, max(lower, found.span[0] - 24), found.span[0])
    if before is None or before.group(1).lower() != found.words[0].lower():
        return None
    word = found.words[0]
    return _new_phrase((before.start(), found.span[1]), (before.group(1), "after", word))


# An age between a person and where they are from: "Ann Lee, 54, of Fresno said".
_AGE_BEFORE_ORIGIN = re.compile(r",\s*\d{1,3}\s*,\s*(?P<of>of|from)\s+\Z")
_AGE_REACH = 16  # characters before the place that `_AGE_BEFORE_ORIGIN` reads


def _aged_origin(text: str, lower: int, found: Phrase) -> Phrase:
    """ "Ann Lee, 54, of Fresno said": the person before the age, of the place (or the body)
    `found` ("Fresno"), as "Ann Lee of Fresno" reads; a description before the age alone ("A
    nurse, 54, from Fresno said": "A nurse"); `found` if no age and person stand before it."""
    age = _AGE_BEFORE_ORIGIN.search(text, max(lower, found.span[0] - _AGE_REACH), found.span[0])
    person = None if age is None else phrase_before(text, lower, age.start())
    if age is None or person is None:
        return found
    if not all(token.capitalized for token in person.tokens):
        return person
    of = Token(age.start("of"), age.end("of"), age.group("of"), age.group("of").lower())
    return _new_phrase(
        (person.span[0], found.span[1]),
        (*person.words, of.word, *found.words),
        tokens=(*person.tokens, of, *found.tokens),
    )


# A clause or participle by which a person described is given a name ("a woman, who gave only
# her first name, Daniela,", "who gave only his family name, Ito,", "one man, who gave his
# name as Yusuf,", "a man who asked to be identified only by his first name, Karim,", "a man
# identified in court papers only as Ruiz"; a nickname, a pseudonym, an alias or an initial
# too: "who gave only his nickname, Tiger,"; "who goes by the name Abu Omar", "known as
# Abu Saad", "who calls himself Rook"; a group's own name: "which calls itself Grey Lantern",
# "calling itself Grey Lantern"), and the name, ending just before a cue: the name speaks,
# the description is its role.
_HIS_OR_HER = (
    r"(?:his|her|their)\s+(?:(?:first|given|family|last)\s+)?(?:"
    + alternation(NAMING_NOUNS)
    + r")(?:\s+only)?"
)
_NAMING_LINK = re.compile(
    r"(?:,\s*|\s+)(?P<lead>who\s+|which\s+|that\s+|and\s+)?(?:"
    r"(?:would\s+(?:only\s+)?)?(?:gave|give|gives|provided|offered|shared)\s+(?:only\s+)?"
    + _HIS_OR_HER
    + r"(?:\s+as|\s*,)"
    + r"|(?:asked|wanted|agreed|preferred|chose)\s+to\s+be\s+(?:identified|named|called)\s+"
    r"(?:only\s+)?(?:by\s+" + _HIS_OR_HER + r"\s*,|as)"
    r"|(?:asked|requested)\s+that\s+(?:only\s+)?" + _HIS_OR_HER + r"\s*,"
    r"|identified\s+(?:himself|herself|themselves)\s+(?:only\s+)?as"
    r"|(?:goes|went)\s+by\s+(?:the\s+(?:" + alternation(NAMING_NOUNS) + r")(?:\s+of)?)?"
    r"|(?:calls|called|calling)\s+(?:himself|herself|themselves|itself)"
    r"|(?:(?:" + alternation(KNOWN_AS_DEGREES) + r")\s+)?known\s+"
    r"(?:(?:" + alternation(KNOWN_AS_MANNERS) + r")\s+)?as"
    r"|(?:identified|named|known)\s+(?:in\s+(?:court\s+)?(?:papers|documents|filings|records)\s+)?"
    r"only\s+as"
    r")\s+[“\"‘]?(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})"
    r"(?:[”\"’]\s*,?|,\s*[”\"’]?)?\s*$"  # quoted or not: 'who goes by “Ghost” said'
)
_NAMING_REACH = 120  # characters before a cue searched for a naming link and its name
# A place after a preposition, then a comma: what the name of its region or state follows ("in
# Surrey, B.C.,", "from Flushing, Queens,").
_PLACE_BEFORE = re.compile(r"\b(?:in|from|near)\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2},\s+$")
# What may follow the name a naming link gives before the cue: the rest of a request ("that
# only her surname, Chen, be used") or the reason for it ("his first name, Omar, for fear of
# reprisals,", "..., Omar, because he feared for his visa,"), closing at the cue's comma.
_NAMING_TAIL = re.compile(
    r",\s+(?:be\s+(?:used|published|printed)\b|for\s+fear\b|because\b|fearing\b|citing\b"
    r"|out\s+of\s+(?:fear|concern)\b|to\s+(?:protect|avoid)\b)[^;:“”\"]*,\s*$"
)
# One of these words stands in each naming link: testing for them tells most cues have none.
_NAMING_HINTS = (
    "name",
    " as ",
    "initial",
    "alias",
    "pseudonym",
    "goes by ",
    "went by ",
    "self ",
    "selves ",
)


def _naming_hinted(window: str) -> bool:
    """Whether `window` holds one of `_NAMING_HINTS`: a substring test for each, a third
    faster than a regex of them, which the engine tries at every position."""
    for hint in _NAMING_HINTS:
        if hint in window:
            return True
    return False


_NAME_OPENING = '“"‘'  # marks around a name a person goes by: "who goes by “Ghost”"
_NAME_CLOSING = '”"’'


def _ends_capitalized(window: str) -> bool:
    """Whether `window` ends in a word opening with a capital A-Z, a comma or quotation marks
    perhaps around it: where the name of a naming link ends (`_NAMING_LINK`); told before
    `_naming_hinted`, which takes longer and most cues fail as well."""
    last = window.rstrip().rstrip(_NAME_CLOSING).removesuffix(",").rstrip().rsplit(None, 1)
    if last and last[-1][0] in _NAME_OPENING:
        last[-1] = last[-1][1:]  # a name of one word in quotation marks: "goes by “Ghost”"
    return bool(last) and last[-1] != "" and "A" <= last[-1][0] <= "Z"


def _given_name(text: str, lower: int, cue_start: int) -> Phrase | None:
    """The name a naming link gives a person just before a cue (`_NAMING_LINK`), with the
    description before the link as its appositive, or alone when that is a pronoun's partitive
    ("One of them, who gave his name only as Yusuf, said"); None where no such link ends."""
    begin = cue_start - _NAMING_REACH if cue_start - _NAMING_REACH > lower else lower
    link = _NAMING_LINK.search(text, begin, cue_start)
    if link is None and text.startswith(", ", cue_start - 2):
        tail = _NAMING_TAIL.search(text, begin, cue_start)
        if tail is not None:  # the name closes at the tail's comma, the link before it
            end = tail.start() + 1
            begin = end - _NAMING_REACH if end - _NAMING_REACH > lower else lower
            link = _NAMING_LINK.search(text, begin, end)
    if link is None:
        return None
    name = tokens(text, link.start("name"), link.end("name"))
    if not _proper_name(name, 0, len(name)):
        return None
    if text[link.start("name") - 3 : link.start("name")] == "as " and _affiliation(name):
        return None  # "identified herself as Republican"; not "his surname, Tran,"
    described = None if link["lead"] == "and " else phrase_before(text, lower, link.start())
    if (
        described is not None
        and described.words[0][:1].isupper()
        and not given_name(described.words[0])  # "A driver from Luton, Tom Hale, who ...": his
        and _PLACE_BEFORE.search(text, max(lower, described.span[0] - 40), described.span[0])
    ):  # "A woman in Flushing, Queens, who gave ...": the woman in that place, not Queens
        described = phrase_before(text, lower, described.span[0] - 2) or described
    if described is not None and (
        not any(w.islower() for w in described.words) or described.words[-1][:1].isupper()
    ):  # "Ann Lee, who asked to be identified as Ann,", "Rui da Costa, known as Ruca,": named
        return described
    if described is None or described.words[-1].lower() in _PRONOUNS:
        return _phrase_of(tuple(name))
    role = described.span
    lead = described.tokens or ()
    if len(lead) > 1 and lead[0].lower in {"one", "another"}:
        role = (lead[1].start, role[1])  # "Another man, who gave ...": a man
    return _phrase_of(tuple(name), role)


# "The San Mateo, Calif.-" before "based company", "The Austin, " before "Texas-based company":
# the article of a company placed by its city and state, opening the sentence.
_PLACE_BASED = re.compile(r"(?:^|(?<=[.!?]\s))([Tt]he)\s+[A-Z][\w .,’'-]{1,40}?(?:-|,\s)$")
_WORD_AT = re.compile(r"[\w’'-]+")  # the cue word: `_cue_word`


def _based_description(text: str, lower: int, found: Phrase) -> Phrase:
    """ "The San Mateo, Calif.-based company" (whose tokens split at the city's comma and the
    state's period): the article and the rest ("The company", "The Texas-based company"),
    which the company named before is; `found` when no such place stands before it."""
    opener = _PLACE_BASED.search(text, max(lower, found.span[0] - 48), found.span[0])
    if opener is None:
        return found
    article = Token(opener.start(1), opener.end(1), opener[1], opener[1].lower())
    kept = (article, *(found.tokens[1:] if found.tokens[0].lower == "based" else found.tokens))
    return _new_phrase((article.start, found.span[1]), tuple(t.word for t in kept), tokens=kept)


# Words a run of capitalised names told by `_told_by_last_words` never holds: each would send
# a reading somewhere else (a determiner, a pronoun, a time skipped, a document's participle).
_NOT_IN_NAME_RUN = (
    FUNCTION_WORDS
    | DETERMINERS
    | _MAY_STAND_BETWEEN
    | TIME_WORDS
    | _PRONOUNS
    | AUTHOR_PRONOUNS
    | RELATIVE_PRONOUNS
    | SELF_PRONOUNS
    | DOCUMENT_PARTICIPLES
    | {"that"}
)
# Marks that stop every reading back before a run of names: none is read as part of a phrase,
# and `_POSTMODIFIER` runs over none of them.
_NAME_RUN_STOPS = frozenset(',;:“”"')


def _told_by_last_words(
    text: str, lower: int, near: int, cue_start: int
) -> tuple[bool, Phrase | None]:
    """(True, the phrase before a cue) where the last words tell it, whatever the tokens before
    them and whichever search reads them, so none is made: a pronoun standing as a whole word
    ("he said"); capitalised names after a comma, a colon or a quotation mark (', Ann Lee
    said'), or opening the sentence; a quotation's closing mark after its punctuation ('...,”
    said': no phrase, as every reading stops at a punctuation mark there). (False, None)
    elsewhere. (`str.split` and the tokens' regex agree on what a space is.)"""
    begin = cue_start - 40 if cue_start - 40 > near else near
    lead = text[begin:cue_start].rstrip()
    if not lead or not (lead[-1].isalpha() or lead[-1] in '”"'):
        return False, None
    last = lead.rsplit(None, 1)[-1]
    if len(last) > 1 and last[-1] in '”"' and not (last[-2].isalnum() or last[-2] == "_"):
        return not _closes_title(text, near, begin + len(lead) - 1), None
    end = begin + len(lead)
    if last.lower() in _PERSONS_OR_GROUPS:  # letters only: one token, the search's last
        start = end - len(last)
        if (start > near and text[start - 1].isspace()) or start == lower:
            return True, _new_phrase((start, end), (last,))
        return False, None
    if not (last.isalpha() and last[0].isupper()):
        return False, None  # most calls: no name ends the words, told before they are split
    words = lead.split()
    k = len(words)
    while k and words[k - 1].isalpha() and words[k - 1][0].isupper():
        if words[k - 1].lower() in _NOT_IN_NAME_RUN:
            return False, None
        k -= 1
    if k and words[k - 1][-1] not in _NAME_RUN_STOPS:
        return False, None
    names: list[Token] = []
    for word in reversed(words[k:]):  # each a token: letters only, a space either side
        start = end - len(word)
        names.append(tuple.__new__(Token, (start, end, word, word.lower())))  # as in `tokens`
        end = begin + len(lead[: start - begin].rstrip())
    if not k and names[-1].start != lower:
        return False, None  # a word the short search may cut, not the sentence's first
    return True, _phrase_of(tuple(reversed(names)))


def _near_edge(text: str, near: int, cue_start: int, found: Phrase | None) -> bool:
    """Whether the phrase `found` before a cue in text[near:cue_start] may start before
    `near`: it starts close to it, or after a preposition (a complement: "... at the clinic in
    Reno, who", its head further back), or after a comma, itself apposed ("..., Dr Ann Lee,
    said"); or, none found, a comma or a dash stands just before the cue (an appositive:
    "Unions, including X, have also endorsed", "Kall -- co-editor of a book -- said"), or a
    relative pronoun after a cut word ("An association that represents 3,000 pharmacies
    said": the clause's head before it); or a word or a number stands before a phrase with an
    appositive (the object of a clause on the head before it)."""
    if found is None:
        lead = text[cue_start - 24 if cue_start - 24 > near else near : cue_start]
        return (
            "," in lead
            or lead.rstrip()[-1:] in DASHES
            # "An association that represents 3,000 independent pharmacies said": a relative
            # clause whose head the window's edge cut
            or (
                text[near - 1].isalnum()
                and _RELATIVE_WORD.search(text, near, cue_start) is not None
            )
        )
    first = found.span[0]
    if found.appositive is not None:
        if found.appositive[0] < first:
            first = found.appositive[0]
            if _last_char_before(text, first).isdigit():
                return True  # "The union representing 40 farmers, the X Union,": the count's
                # participle and its head are further back
        elif _last_char_before(text, first).isalnum() or text[first - 2 : first] == ", ":
            # "A man who gave his name, fearing ...,", "which represents 900 drivers, cooks
            # and clerks,": its head is further back; "Party secretary in charge of Kerala,
            # Ann Lee, hit back, saying": a description may be apposed before the name too
            return True
    elif text[first - 2 : first] == ", " and found.span[1] < cue_start - 1:
        return True  # "The chief executive of the X Trust, Dr Ann Lee, said": a description
        # apposed before the name, which may start before `near`
    if found.antecedent is not None and found.antecedent.span[0] < first:
        first = found.antecedent.span[0]
    return (
        first < near + 12
        or text.find(" ", near, first - 1) < 0  # the word before it cut by the window's edge
        or _after_preposition(text, near, first)
        # inside a relative clause: "A lawyer who has filed a suit against the company said"
        or _WHO.search(text, near - 3 if near > 3 else 0, first) is not None
    )


_WHO = re.compile(r"\bwho\b")
_RELATIVE_WORD = re.compile(r"\b(?:that|which|who)\b")


_REASON_REACH = 120  # characters before a cue searched for "because" or "anonymity to"


def _condition_with_reason(text: str, lower: int, cue_start: int) -> bool:
    """Whether an unnamed source's condition and its reason or purpose end before a cue: "Two
    staff who spoke on condition of anonymity because they were not allowed to talk to the
    press said" (the source speaks, not "the press"), "An aide who requested anonymity to
    discuss private talks said" (not "private talks"); its head is further back than the
    short search."""
    begin = cue_start - _REASON_REACH if cue_start - _REASON_REACH > lower else lower
    reason = text.find(" because ", begin, cue_start)
    if reason < 0:
        reason = text.find(" anonymity to ", begin, cue_start)
    return reason >= 0 and _postmodifier(text, max(lower, reason - 60), cue_start) is not None


def _widened(text: str, start: int, toks: list[Token], end: int) -> list[Token]:
    """The tokens of text[start:end], given `toks`, those of a later start: a space ends
    every token, so from the first of `toks` after a space on they are the same."""
    after_space = next((k for k, tok in enumerate(toks) if text[tok.start - 1].isspace()), None)
    if after_space is None:
        return tokens(text, start, end)
    return tokens(text, start, toks[after_space].start) + toks[after_space:]


# A participle, its object and a conjunction before a second conjunct, no clause between:
# "representing about 6,000 of its drivers and", "covering nurses or".
_PARTICIPLE_CONJUNCTS = re.compile(
    r"\b[a-z]{3,}ing\s(?:(?!(?:that|which|who|whom)\b)[^,;:.!?“”\"]|(?<=\d)[,.](?=\d))*?"
    r"\s(?:and|or)\s+\Z"
)
_CONJUNCT_REACH = 100  # characters before a conjunct searched for its participle


def _after_preposition(text: str, lower: int, start: int) -> bool:
    """Whether the word before `start` (after `lower`) is a preposition of a complement, or
    a conjunction after a participle's object (a second conjunct: "representing its drivers
    and mechanics", the first and what governs it further back; not "a text that rights
    groups called a milestone and police unions": a clause of its own), or a place's
    modifier ("a lawyer from rural Ohio")."""
    words = text[start - 24 if start - 24 > lower else lower : start].split()
    if len(words) > 1 and words[-1][0].isdigit():
        words.pop()  # "of 40 charities": the count opens the complement
    if not words:
        return False
    if words[-1] in ("and", "or"):
        reach = start - _CONJUNCT_REACH if start > _CONJUNCT_REACH else 0
        return _PARTICIPLE_CONJUNCTS.search(text, reach, start) is not None
    # or an agent: "a report released Tuesday by X", the document further back; or a place's
    # preposition ("angered by the death of a boy outside a store") or a present participle
    # ("The union representing the mill's workers, Local 12,"), its head further back
    return (
        words[-1].lower() in COMPLEMENT_PREPOSITIONS
        or words[-1] in PLACE_PREPOSITIONS
        or words[-1] == "by"
        or (words[-1].endswith("ing") and words[-1].islower())
        or words[-1] in PLACE_MODIFIERS
    )


def _cue_word(text: str, cue_start: int) -> str:
    """The cue word at `cue_start`, in lower case."""
    word = _WORD_AT.match(text, cue_start)
    return word.group().lower() if word else ""


def _phrase_before(text: str, toks: list[Token], cue_start: int) -> Phrase | None:
    """The speaker phrase ending at the cue at `cue_start`, from `toks`, the tokens before it,
    with the role of an aside of "as" ("Ann Roe, as mayor, said": the mayor)."""
    last = len(toks) - 1
    if (word := _cue_word(text, cue_start)).endswith("ing") and word in SPEECH_CUES:
        last = _before_participle_verb(toks, last)  # "kept saying", not "began calling 911"
    between = _skip_between(toks, last, text[cue_start].islower())  # read by both
    found = _subject_before(text, toks, cue_start, between)
    if found is None or found.appositive is not None:
        return found
    role = _role_aside(toks, between)
    return (
        found if role is None else _new_phrase(found.span, found.words, role, tokens=found.tokens)
    )


def _before_participle_verb(toks: list[Token], i: int) -> int:
    """The index before a verb that takes its subject's participle of saying, ending at
    toks[i]: one of going on ("kept saying", "went on telling": `ASPECT_VERBS`), or a passive
    of hearing or recording, perhaps with its medium ("can be heard saying", "was caught on
    camera telling": `HEARD_PASSIVES`); `i` if none stands there."""
    if i >= 0 and toks[i].lower in ASPECT_VERBS:
        return i - 1  # "kept saying"
    if i >= 1 and toks[i].lower == "on" and toks[i - 1].lower in ASPECT_VERBS:
        return i - 2  # "went on saying"
    j = i
    if j >= 2 and toks[j - 1].lower == "on" and toks[j].lower in RECORDING_MEDIA:
        j -= 2  # "caught on camera"
    if j >= 1 and toks[j].lower in HEARD_PASSIVES and toks[j - 1].lower in PASSIVE_BE_FORMS:
        # "could be heard saying": "be" for `_skip_between`, a cue's auxiliary; "can" before
        # it too, which that reads as a noun's word ("a tin can")
        return j - 3 if j >= 3 and toks[j - 2].lower == "can" else j - 1
    return i


def _possessive_name(toks: list[Token], i: int) -> Phrase | None:
    """A capitalised name written as a possessive right before a cue, with nothing owned after
    it: a firm named for its founder ("Moody's said", "Sainsbury's", "Standard & Poor's"), or
    a name and "has" contracted ("Lee's said"); its capitalised words and an "&" between
    them, from the start of its clause only (not "the firm's said"). None otherwise, and for
    a pronoun or a role's word and "has" ("He's told", "Everyone's said", "Nobody's said")."""
    first = i
    while first > 0 and (
        toks[first - 1].capitalized
        or toks[first - 1].word == "&"
        and first > 1
        and toks[first - 2].capitalized
    ):
        first -= 1
    if (
        first > 0
        and toks[first - 1].word[0].isalnum()
        and toks[first - 1].lower not in CLAUSE_CONJUNCTIONS
    ):
        return None  # "told Moody's", "the firm's": no subject
    if any(_possessive(t.word) for t in toks[first:i]) or toks[first].lower in DETERMINERS:
        return None
    if first == i and (toks[i].lower[:-2] in FUNCTION_WORDS or toks[i].lower[:-2] in ROLE_NOUNS):
        # "He's told reporters", "That's said", "Everyone's said": a pronoun, or a word for
        # people ("everyone", "nobody"), and a verb contracted; no firm's name
        return None
    return _phrase_of(tuple(toks[first : i + 1]))


def _role_aside(toks: list[Token], i: int) -> Span | None:
    """The role in an aside of "as" just before a cue, "as" and its article left out ("Roe,
    *as mayor*, said", "as a *former mayor*"), toks[i] the last token before what may stand
    between a subject and the cue (`_skip_between`); None if no such aside stands there, or
    if a verb or a determiner stands after the article ("Roe, as did the mayor, said")."""
    if i <= 1 or toks[i].word != "," or toks[i - 1].lower not in PERSON_ROLES:
        return None
    aside = _before_aside(toks, i)
    if aside is None or toks[aside + 1].lower != "as":
        return None
    first = aside + 2 + (toks[aside + 2].lower in _ARTICLES)
    if first >= i or any(
        tok.lower in DETERMINERS or tok.lower in AUXILIARY_VERBS for tok in toks[first:i]
    ):
        return None  # "Ann Roe, as did the mayor, said": a comparison, no role
    return toks[first].start, toks[i - 1].end


def _subject_before(text: str, toks: list[Token], cue_start: int, i: int) -> Phrase | None:
    """The speaker phrase ending at the cue at `cue_start`, from `toks`, the tokens before it
    (`_phrase_before`), toks[i] the last before what may stand between a subject and the cue
    (`_skip_between`), past an aside between it and the cue ("The office, meanwhile,
    said")."""
    if i > 1 and toks[i].word == ",":
        aside = _before_aside(toks, i)
        if aside is not None:
            # "Ann Lee, the mayor, meanwhile, said": the name and its appositive before it
            apposed = _appositive_phrase(text, toks, aside)
            if (
                apposed is not None
                and apposed.appositive is not None
                # "In Reno, the mayor, meanwhile, said": no one named Reno
                and not _opening_phrase(toks, bisect_left(toks, (apposed.span[0],)))
            ):
                return apposed
            # "The office, meanwhile, said": the office
            i = _skip_between(toks, aside - 1, text[cue_start].islower())
    if i < 0:
        return None
    if i > 0 and _verb_after_subject(text, toks, i, cue_start):
        i -= 1  # "She gives credit to", "Hale avoids condemning": the subject, not its verb
    start, end, word, lower = toks[i]  # unpacked once: read below a dozen times
    if i > 0 and toks[i - 1].word == "@" and _handle_at(toks, i - 1):
        # "A hacker using the handle @dusk_owl wrote": the account's handle speaks
        return _new_phrase((start - 1, end), ("@" + word,))
    if (
        i >= 2
        and toks[i - 1].lower == "of"  # told before the words are listed: most cues have none
        and parent_of_count([t.lower for t in toks[i - 2 : i + 1]])
    ):
        # "The mother of two said": a parent described by the count of their children
        parent = _phrase_at(text, toks, i - 2)
        if parent is not None:
            return _phrase_of((*parent.tokens, toks[i - 1], toks[i]))
    contracted = _CONTRACTED_PRONOUN.fullmatch(lower) if "’" in word or "'" in word else None
    if contracted is not None:  # "he’s claiming", "they’ve said": the pronoun alone
        end = start + contracted.end(1)
        word, lower = word[: end - start], contracted.group(1)
        if lower not in RELATIVE_PRONOUNS:
            return _new_phrase((start, end), (word,))
    if lower in _PERSONS_OR_GROUPS or (
        (lower in _PRONOUNS or lower in AUTHOR_PRONOUNS)
        and (i == 0 or not toks[i - 1].word[0].isalnum() or toks[i - 1].lower in FUNCTION_WORDS)
    ):
        return _new_phrase((start, end), (word,))
    if (
        i == len(toks) - 1
        and _possessive(word)  # told before `capitalized`, a property's call, which costs more
        and toks[i].capitalized
        and FIRM_POSSESSIVE_CUE.match(text, cue_start)
    ):
        owned = _possessive_name(toks, i)
        if owned is not None:
            return owned  # "Moody's said", "Standard & Poor's warned": a firm so named
    if lower in _ONE_OF_MANY and i > 0 and not toks[i - 1].word[0].isalnum():
        return _new_phrase((start, end), (word,))  # "“We lost,” one said": one of them
    if (
        (lower in _WITH_QUANTIFIERS or lower in _ONE_OF_MANY)
        and i > 0
        and (
            toks[i - 1].lower == "with"
            or (toks[i - 1].lower == "and" and _with_before(text, start))
        )
        and _participle_at(text, cue_start)
    ):  # "..., with many warning that", "with one writing": of them; "with many warning A
        # and others saying B": the next subject of the same absolute construction
        return _new_phrase((start, end), (word,))
    if lower in _OBJECT_FORMS and (
        text.startswith("as ", cue_start)
        or (i >= 1 and toks[i - 1].lower in RECORDING_VERBS and _participle_at(text, cue_start))
    ):  # "quoted him as saying", "captured him asking": he said it
        return _new_phrase((start, end), (word,))
    relative = lower in RELATIVE_PRONOUNS and not word.isupper()  # not "the WHO"
    if (relative or lower == "that") and i >= 1:
        # "Smith, who said", "the study -- which notes", or without the comma: "the police
        # department which reported", "a letter that says"
        j = i - 1
        while j >= 0 and (toks[j].word == "," or toks[j].word in DASHES):
            j -= 1
        if j >= 1 and _is_title_dot(toks, j):
            j -= 1  # "Boreal Metals Inc., which says": the company's abbreviation
        if lower == "who" and _age_aside(toks, j):
            j -= 2  # "Ann Lee, 34, who said": the age set off is hers
        timed = _time_length(toks, j) if j >= 2 else 0
        if lower == "who" and timed == 1 and toks[j].lower not in WEEKDAYS:
            timed = 0  # "a woman named May who said": a name, no time
        # "released a video on Friday that accuses", "an audit last year that found", "spoke
        # to reporters Friday who asked": the video's, the audit's, theirs, past its time
        antecedent = _relative_head(text, toks, j - timed)
        if lower != "who" and antecedent is not None:
            antecedent = _sent_before_recipient(text, toks, antecedent)
        if lower == "who":
            if antecedent is not None:
                antecedent = _who_head(text, toks, j - timed, antecedent)
                first = bisect_left(toks, (antecedent.span[0],))
            else:  # "asked Ann Vale about the vote, who said": a noun no phrase is read of
                first = j - timed - (j > timed and toks[j - timed - 1].lower in _ARTICLES)
            one_person = j == i - 1 or _he_or_she_after(text, cue_start)
            antecedent = _complement_antecedent(text, toks, first, one_person, antecedent)
            if antecedent is not None:
                antecedent = _described_name(text, toks, i, antecedent) or antecedent
        elif lower == "which" and antecedent is not None:
            antecedent = _which_head(text, toks, antecedent, _cue_word(text, cue_start))
        if antecedent is None or (lower == "that" and j < i - 1):
            return None
        if lower == "that":
            # "Acme Foods, a firm that has lobbied for ...": the name, as after "who"
            return _described_name(text, toks, i, antecedent) or antecedent
        return _new_phrase((start, end), (word,), antecedent=antecedent)
    if lower in SELF_PRONOUNS:
        return None
    if word == "," and i >= 1:
        apposed = _appositive_phrase(text, toks, i)
        if apposed is None or apposed.appositive is not None:
            apposed = _placed_before_aside(text, toks, i) or apposed
        if apposed is not None and _party_aside_opening(toks, i) is not None:
            return _tagged_pair(text, toks, apposed) or apposed
        if apposed is None and text.find(" and who ", toks[0].start, toks[i].start) >= 0:
            # "Two employees who were laid off, and who asked not to be named, told"
            apposed = _relative_subject(text, toks, i - 1)
        return apposed or _subject_at_place(text, toks, i)
    if word in DASHES and i >= 1:
        return _dashed_appositive(text, toks, i)
    if word == "." and _is_title_dot(toks, i):
        i -= 1
    if word == ")":
        stop = i - 12 if i > 11 else -1
        opening = next((j for j in range(i - 1, stop, -1) if toks[j].word == "("), None)
        if opening is None:
            return None
        if _party_tag_opening(toks, i) == opening and opening >= 1:
            tagged = _phrase_at(text, toks, opening - 1)  # "Sen. Abe Kolb (R-Utah) said"
            pair = _tagged_pair(text, toks, tagged) if tagged is not None else None
            if pair is not None:
                return pair
        i = opening - 1
    named = (
        (_name_after_outlet(toks, i) or _name_after_named(text, toks, i))
        if toks[i].capitalized
        else None
    )
    if named is not None:
        return named
    # One pass tells the common case: no document made, no source described, no relative clause.
    worded = not _MADE_OR_ANONYMOUS.isdisjoint(map(_LOWER, toks))
    # An unnamed source described, then a relative clause ("Researchers who led the study
    # said"), then a document made ("a poll taken in May"): each before the nouns inside.
    postmodified = _postmodified(text, toks, i) if worded else None
    if postmodified is not None:
        return postmodified
    relative = _relative_subject(text, toks, i) if worded or _that_before(toks, i) else None
    if relative is not None:
        return relative
    made = (worded and _made_document(text, toks, i)) or _contact_clause(text, toks, i)
    if made is not None:
        return made
    if lower in TIME_WORDS and (i == 0 or not toks[i - 1].capitalized):
        return None  # "... a “disgrace” Wednesday": a day is no speaker
    if lower in _SUITS and i > 0 and toks[i - 1].lower in SUIT_IDIOM_VERBS:
        return None  # "filed suit challenging the law": the verb's idiom, no document
    found = _phrase_at(text, toks, i)
    if found is not None and _contact_clause_subject(toks, found):
        # "heard about the money prosecutors say she spent": the prosecutors, the subject of
        # a relative clause with no pronoun on the preposition's object
        return _phrase_of(found.tokens[2:])
    if (
        found is None
        and i >= 3
        and (toks[i - 1].lower == "of" or toks[i - 1].lower in _CAUSE_LINKS)
        and word.isalpha()
        and word.islower()
    ):
        # "Drivers alarmed about the cost of fuel said", "Farmers angry about prices said": a
        # bare noun ending the chain of complements after the participle (or an adjective of
        # attitude) and its cause; the noun before them speaks
        agent = _participle_agent(text, toks, _phrase_of((toks[i],)), i)
        if agent is not None:
            return _kin_of_described(text, toks, agent)
    bare = _bare_object(toks, i) if found is None and i >= 2 and word.isalpha() else None
    if bare is not None:
        # "Families facing eviction said", "A union representing 900 hospital cleaners said",
        # "Drivers with older cars said": a bare noun no phrase is read of, the participle's
        # object (after a count) or the complement of "with"; the people or the body before
        # them speak
        bare_noun = _phrase_of(tuple(toks[bare : i + 1]))
        described = (
            _named_with_complement(text, toks, bare_noun, bare)
            if toks[bare - 1].lower == "with"
            else _participle_object(text, toks, bare_noun, bare)
        )
        if described is not None:
            return described
    if found is not None and found.words[0] in _INDEFINITES:
        found = _contact_subject(found) or _titled_subject(found) or found
    if found is None or len(found.tokens) > 3 and _role_inside(found.tokens):
        # "A spokesman for Kenya's foreign ministry": the role speaks, the ministry after a
        # possessive complements it
        found = _role_with_complement(text, toks, i) or found
    else:
        found = (
            _listed(toks, found)
            or _coordinated(toks, found)
            or _complement_list(toks, found)
            or _with_own_people(text, toks, found)
            or found
        )
        first = i + 1 - len(found.tokens)
        complemented = _named_with_complement(text, toks, found, first)
        if complemented is not None:
            # "The union representing workers at the plant": the union, not the workers
            outer = bisect_left(toks, (complemented.span[0],))
            found = _participle_object(text, toks, complemented, outer) or complemented
            if found is complemented:
                # "The father of a boy hurt in the crash", "a lawyer for the family of a man
                # hurt in it": a person described by where they were hurt is a role's complement
                found = complemented = _kin_of_described(text, toks, found)
                outer = bisect_left(toks, (found.span[0],))
                # "Neighbours stunned by the death of a girl outside a store": the noun before
                # the participle and the chain its complement ends
                found = _participle_agent(text, toks, found, outer) or found
                if found is not complemented:
                    found = _kin_of_described(text, toks, found)
        else:
            described = _participle_object(text, toks, found, first)
            if described is None:  # "A friend of the woman killed by ...": the friend
                agent = _participle_agent(text, toks, found, first)
                described = agent and _kin_of_described(text, toks, agent)
            found = described or found
    if (
        found is not None
        and found.tokens
        and (_places_no_speaker(found) or _place_of_body(toks, found))
    ):
        found = _person_at_place(text, toks, found) or found
    if found is not None and found.tokens and found.tokens[0].capitalized:
        found = _role_of_field(toks, found) or found
    return found and (_document_by(text, toks, found) or found)


def _bare_object(toks: list[Token], i: int) -> int | None:
    """Where a bare noun in lower case ending at toks[i] opens when a present participle, a
    count or "with" stands before it ("facing *eviction*", "representing 900 *hospital
    cleaners*", "with *older cars*": up to `_BARE_MODIFIERS` modifiers after a count or
    "with"); None if none does."""
    if not toks[i].word.islower():
        return None
    if _participle(toks[i - 1]):
        return i
    k = i
    while (
        k > i - _BARE_MODIFIERS
        and k >= 2
        and toks[k - 1].word.isalpha()
        and toks[k - 1].word.islower()
        and toks[k - 1].lower != "with"
    ):
        k -= 1
    return k if _count_word(toks[k - 1]) or toks[k - 1].lower == "with" else None


_FIELD_WORDS = 3  # lower-case words of a role's field: "of network planning"


def _role_of_field(toks: list[Token], found: Phrase) -> Phrase | None:
    """The name `found` with the role before it that opens its sentence, a role noun or a
    title, "of" and its field in lower case ("Director of operations Lee Crane said", "Head
    of sales Ann Vale"), where the name alone was read; None if no such role stands there."""
    first = bisect_left(toks, (found.span[0],))
    k = first - 1
    while (
        k >= 0 and first - k <= _FIELD_WORDS and toks[k].word.isalpha() and toks[k].word.islower()
    ):
        if toks[k].lower in FUNCTION_WORDS:
            break
        k -= 1
    if k == first - 1 or k < 1 or toks[k].lower != "of":
        return None
    role = toks[k - 1]
    if not role.capitalized or role.lower not in _ROLES_OR_TITLES:
        return None
    if k >= 2 and toks[k - 2].word[0].isalnum():
        return None  # "the board's Head of sales ...": only a role opening its sentence
    return _phrase_of(tuple(toks[k - 1 : first + len(found.tokens)]))


# Prepositions whose object a relative clause with no pronoun may follow: "(about) the money
# prosecutors say she spent"; not "of" (a partitive's, "two of the union leaders"), "by" (an
# agent's) nor "as" or a subordinator, which a subject may follow ("as the city officials say").
_OBJECT_PREPOSITIONS = PREPOSITIONS - SUBORDINATORS - {"of", "by", "as"}
# ... and those of a verb's object, before it: "spoke *to* reporters", "met *with* residents"
_VERB_PREPOSITIONS = _OBJECT_PREPOSITIONS | {"to"}


def _contact_clause_subject(toks: list[Token], found: Phrase) -> bool:
    """Whether `found`, an article, a noun in lower case and a plural of people (a noun
    perhaps before it), right after a preposition, is the preposition's object and the
    subject (from its third word) of a relative clause with no pronoun: "about the money
    prosecutors say she spent", "on the plan union leaders say will cut jobs"; not a subject
    of its own ("The city officials say"), nor the object of the preposition of a plural
    subject ("When the hearing opened lawyers for the hereditary chiefs argued"); but that
    plural may be a verb's object through the preposition right after it ("spoke to
    reporters about the money prosecutors say"; not "opened lawyers for", a clause's end)."""
    if not 3 <= len(found.tokens) <= 4:
        return False
    article, noun, *modifier, people = found.tokens
    first = bisect_left(toks, (found.span[0],))
    if first >= 2 and (
        people_plural(toks[first - 2].word) or toks[first - 2].lower in PERSON_ROLES
    ):
        verb = first - 4  # "*spoke* to reporters about"
        if not (
            verb >= 0
            and toks[verb + 1].lower in _VERB_PREPOSITIONS
            and (toks[verb].lower in IRREGULAR_VERB_FORMS or toks[verb].lower.endswith("ed"))
        ):
            return False  # "When the hearing opened lawyers for the hereditary chiefs argued"
    return (
        first >= 1
        and toks[first - 1].lower in _OBJECT_PREPOSITIONS
        and article.lower in _ARTICLES
        and noun.word.isalpha()
        and noun.word.islower()
        and all(t.word.isalpha() and t.word.islower() for t in modifier)
        and people.word.islower()
        and (
            people_plural(people.word)
            or people.lower in PERSON_ROLES
            and _plural_head(people.lower)
        )
    )


def _tagged_pair(text: str, toks: list[Token], second: Phrase) -> Phrase | None:
    """Two lawmakers, each named with a party aside (`_party_aside_opening`), joined by
    "and" before the cue, the second found (`second`): the phrase of both, from the first
    name to the second ("Sen. Ida Voss, D-Ore., and Sen. Abe Kolb, R-Utah, said", "Voss
    (D-Ore.) and Kolb (R-Utah) said", "Voss, an Ohio Democrat, and Kolb, a Utah Republican,
    said"); None if the first is not so named."""
    start = bisect_left(toks, (second.span[0],))
    if start < 4 or toks[start - 1].lower != "and":
        return None
    opening = _party_aside_opening(toks, start - 2)
    if opening is None or opening < 1 or not toks[opening - 1].capitalized:
        return None
    first = _phrase_at(text, toks, opening - 1)
    if first is None:
        return None
    end = bisect_left(toks, (second.span[1],))
    return _phrase_of(tuple(toks[bisect_left(toks, (first.span[0],)) : end]))


def _age_aside(toks: list[Token], j: int) -> bool:
    """Whether toks[j] is an age set off by commas after a name or a noun ("Ann Lee, 34,
    who said", "a nurse, 58, who"): one to three digits after a comma, a word before it."""
    word = toks[j].word
    return (
        j >= 2
        and word.isdigit()
        and len(word) <= 3
        and toks[j - 1].word == ","
        and toks[j - 2].word[0].isalpha()
    )


_KIN_LINKS = frozenset({"of", "for"})  # a role and its complement: "the father of", "a lawyer for"


def _handle_at(toks: list[Token], at: int) -> bool:
    """Whether the "@" at toks[at] opens a handle: the word after it joined to it, no word
    joined before it (not an email address, "ann@example.com")."""
    return toks[at].end == toks[at + 1].start and (at == 0 or toks[at - 1].end < toks[at].start)


def _contact_subject(found: Phrase) -> Phrase | None:
    """'a decision aides said he had made', 'a move officials said was overdue': after "a"
    and a singular noun (a modifier or none before it), a bare plural is the subject of a
    relative clause without its pronoun, and speaks; not "a few aides", "a dozen officials",
    "a 40-member team". An organization's noun before the plural is its modifier ("a move
    party leaders said was overdue": party leaders)."""
    words = found.words
    if not 3 <= len(words) <= 4 or not _plural_head(words[-1].lower()):
        return None
    between = words[1:-1]
    if any(
        not w.islower()
        or w in FUNCTION_WORDS
        or w in NUMBER_WORDS
        or w in GROUP_QUANTITIES
        or any(c.isdigit() for c in w)
        or _plural_head(w)
        for w in between
    ):
        return None
    compound = len(words) == 4 and words[-2] in ORGANIZATION_WORDS
    return _phrase_of(found.tokens[-2:] if compound else found.tokens[-1:])


def _titled_subject(found: Phrase) -> Phrase | None:
    """'a move Mayor Ann Lee called "a small win"': after "a" and a noun in lower
    case, a title and a name are the subject of a relative clause without its pronoun, and
    speak, as a bare plural does (`_contact_subject`); not a modifier of the title ("a former
    Mayor", "a committee Chair")."""
    words = found.words
    title = next((j for j in range(2, len(words) - 1) if words[j][0].isupper()), 0)
    if not title or words[title].lower().rstrip(".") not in _ROLES_OR_TITLES:
        return None
    if any(
        not w.islower()
        or w in FUNCTION_WORDS
        or w in ROLE_NOUNS
        or w in ORGANIZATION_WORDS
        or w in OFFICE_MODIFIERS
        or w.endswith(("ing", "ed", "time"))  # "an outgoing Mayor", "a longtime Coun."
        for w in words[1:title]
    ):
        return None
    return _phrase_of(found.tokens[title:])


def _subject_at_place(text: str, toks: list[Token], comma: int) -> Phrase | None:
    """'A farmer from Ballarat, Victoria, said': no appositive before the comma toks[comma],
    the subject itself ends with a town and its state; the subject read as if the cue
    followed the town, when it opens its clause ("in Dayton, Ohio, said Tom Vale" names no
    speaker before the cue). None if the comma closes no such place."""
    inside = _place_inside(toks, comma)
    if inside is None:
        return None
    found = _phrase_before(text, toks[:inside], toks[inside].start)
    if found is None or (
        found.span[1] != toks[inside - 1].end and not _name_in_town(toks, found, inside)
    ):
        return None
    first = bisect_left(toks, (found.span[0],))
    return found if first == 0 or not toks[first - 1].word[0].isalnum() else None


def _placed_before_aside(text: str, toks: list[Token], comma: int) -> Phrase | None:
    """'A teacher in Dayton, Ohio, who asked not to be named, said', 'A farmer in Fresno,
    Calif., who grows wheat, said': the subject that ends with a town and its state
    (`_subject_at_place`) before a relative aside closing at the comma toks[comma], with that
    aside (not the state, nor nobody after the state's dot); None if no such place ends
    before it."""
    reach = toks[comma - _PLACED_ASIDE_TOKENS].start if comma > _PLACED_ASIDE_TOKENS else 0
    who = text.rfind(", who ", reach, toks[comma].start)
    if who < 0:
        return None
    before = bisect_left(toks, (who,))
    if before < 1 or not (toks[before - 1].capitalized or toks[before - 1].word == "."):
        return None  # most relative asides: no state or region ends before them
    if any(t.word in _NAME_RUN_STOPS and t.word != "," for t in toks[before:comma]):
        return None
    placed = _subject_at_place(text, toks, before)
    if placed is None:
        return None
    return _new_phrase(
        placed.span, placed.words, (who + 2, toks[comma - 1].end), tokens=placed.tokens
    )


_PLACED_ASIDE_TOKENS = 24  # tokens before a cue's comma searched for a place's ", who"


def _name_in_town(toks: list[Token], found: Phrase, inside: int) -> bool:
    """Whether a name `found` is followed, up to the town before its state (toks[inside]),
    only by "in" or "at" and that town: "The National Weather Service (office) in Gray,
    Maine, said" (the service speaks, not the town)."""
    after = bisect_left(toks, (found.span[1],))
    return (
        inside - after >= 2
        and toks[after].lower in {"in", "at"}
        and all(t.capitalized or t.word == "." for t in toks[after + 1 : inside])
    )  # "in St. Catharines"


def _places_no_speaker(found: Phrase) -> bool:
    """Whether `found` is a common noun phrase that no person, body, medium or document heads
    ("the ferry", "the back of the hall"): a place or a thing, which says nothing."""
    head = found.tokens[-1]
    return (
        found.tokens[0].lower in _ARTICLES
        and head.word.islower()
        and head.lower not in _NOUN_WORDS
        and all(not t.capitalized for t in found.tokens[1:])
    )


_BODY_PLACE_LINKS = frozenset({"from", "to", "in"})  # before the place: `_place_of_body`


def _place_of_body(toks: list[Token], found: Phrase) -> bool:
    """Whether `found`, a name, is the place "in" which a body or a role just before it sits
    ("the embassy in Seoul", "a spokesman in Tokyo"), or "to" which a state's envoy is sent
    ("Norway's delegation to Canada", `ACCREDITED_BODIES`), or the place documents come "from"
    ("two reports from Geneva"; not "a report from Reuters", "a letter from Ann Lee", nor
    "Data from Eurostat", a document opening its sentence): the body or the document speaks,
    not the place. "The" may open the name ("the United Nations")."""
    first = bisect_left(toks, (found.span[0],))
    if first < 2 or toks[first - 1].lower not in _BODY_PLACE_LINKS:
        return False  # most phrases: none of the links before, told before the name is read
    noun = toks[first - 2]
    if _documents_in_place(toks, found, first):
        return True
    if not noun.word.islower():
        return False
    named = found.tokens[1:] if found.tokens[0].lower == "the" else found.tokens
    if not named or not named[0].capitalized:
        return False
    if toks[first - 1].lower == "from":
        return noun.lower in DOCUMENT_WORDS and _place_named(found.tokens)
    if toks[first - 1].lower == "to":
        return noun.lower in ACCREDITED_BODIES  # "the EU's delegation to Canada"
    return toks[first - 1].lower == "in" and (
        noun.lower in ORGANIZATION_WORDS
        or noun.lower in PERSON_ROLES
        or _site(toks, first - 2) is not None  # "Workers at two plants in Brandon say"
    )


def _documents_in_place(toks: list[Token], found: Phrase, first: int) -> bool:
    """Whether `found`, a country's or a known place's name at toks[first], is where the
    documents before "in" appeared ("Reports in Italy claim", "Press reports in Germany
    suggest"), or the place plural documents come "from" ("Reports from Spain suggest"): the
    reports speak, not the place; not "a report in the Gazette", a medium's, nor "a statement
    from Spain", its government's."""
    link, noun = toks[first - 1].lower, toks[first - 2].lower
    if not (link == "in" or link == "from" and noun.endswith("s")) or noun not in DOCUMENT_WORDS:
        return False
    place = " ".join(t.lower for t in found.tokens)
    return place in GOVERNMENT_PLACES or _place_named(found.tokens)


def _site(toks: list[Token], k: int) -> int | None:
    """Where the site a place name after "in" locates opens, when it ends at toks[k]: a plural
    in lower case that a number counts ("two plants") or that a preposition of place governs,
    bare or after its modifiers ("at plants", "at polling places"), or a noun phrase that
    preposition governs ("outside the arena"); None if toks[k] ends no such site."""
    if k < 1 or not toks[k].word.islower():
        return None
    if toks[k].word.endswith("s") and _counted(toks, k) is not None:
        return k - 1
    bare = _bare_plural(toks, k + 1)
    if bare is not None and toks[bare - 1].lower in _PLACE_OR_COMPLEMENT:
        return bare
    opening = _noun_phrase_before(toks, k)
    if (
        opening is not None
        and opening >= 2
        and toks[opening].lower in _ARTICLES
        and toks[opening - 1].lower in _PLACE_OR_COMPLEMENT
    ):
        return opening
    return None


def _counted(toks: list[Token], k: int) -> Phrase | None:
    """A number and the plural noun it counts, ending at toks[k] ("two towns", "40 families"),
    which `_phrase_at` does not read; None if toks[k] is no such noun."""
    if k < 1 or not toks[k].word.islower() or not toks[k].word.endswith("s"):
        return None
    number = toks[k - 1]
    if not _count_word(number):
        return None
    return _phrase_of((number, toks[k]))


def _person_at_place(text: str, toks: list[Token], found: Phrase) -> Phrase | None:
    """ "A passenger on the ferry said", "One grower in the back of the hall said": the noun
    phrase before the prepositions that lead to a place or a thing (`found`), when it opens
    its clause, is the speaker; None if no such phrase stands there."""
    first = bisect_left(toks, (found.span[0],))
    outer = None
    for _ in range(_PLACE_CHAIN):
        if first < 2 or toks[first - 1].lower not in _PLACE_OR_COMPLEMENT:
            break
        head = _phrase_at(text, toks, first - 2) or _counted(toks, first - 2)
        site = _site(toks, first - 2) if head is None else None
        if site is not None:  # "at polling places in Brandon": a bare plural
            head = _phrase_of(tuple(toks[site : first - 1]))
        if head is None or head.tokens[-1].lower in _PRONOUNS:
            return None
        outer, first = head, bisect_left(toks, (head.span[0],))
    if outer is None or (first > 0 and not _opens_clause(toks[first - 1])):
        return None
    return _new_phrase((outer.span[0], found.span[1]), outer.words + ("…",))


def _role_inside(found: tuple[Token, ...]) -> bool:
    """Whether a person's role in lower case stands inside the tokens of a phrase, before
    "for" or "of" and a possessive ("a spokesman for Kenya's foreign ministry"): the rest is
    the role's complement."""
    if _FOR_OR_OF.isdisjoint(map(_LOWER, found[1:-1])):
        return False  # most phrases: neither word inside, told in one pass
    return any(
        tok.lower in _FOR_OR_OF
        and found[k - 1].lower in PERSON_ROLES
        and found[k - 1].word.islower()
        and any(_possessive(after.word) for after in found[k + 1 : k + 4])
        for k, tok in enumerate(found[1:-1], 1)
    )


def _kin_of_victim(text: str, lower: int, found: Phrase, cue_start: int) -> Phrase | None:
    """The kin opening the sentence whose victim's complement holds `found` ("The family of
    a man killed when his van hit a tree near Oldbury said", "The mother of a teenager
    stabbed outside a shop in Leeds said": not the tree, not the shop's town): one unnamed
    source described by all of it; None unless a word of what befell the victim
    (`VICTIM_MARKERS`) follows "of", with no comma, colon or quotation mark to the cue; None
    too when `found` opens a clause after a conjunction or joins two with "and" or "or"."""
    start = found.span[0]
    reach = start - _VICTIM_KIN_REACH if start - _VICTIM_KIN_REACH > lower else lower
    if text.find(" of ", reach, start) < 0 or not _kin_before_of(text, reach, start):
        return None  # most phrases: no "of" before them, or none after a kin word
    opens_clause = _AFTER_CONJUNCTION.search(text, reach, start) is not None
    if opens_clause or not LIST_CONJUNCTIONS.isdisjoint(found.words):
        # a clause of its own, or a subject joined: "The family of a man killed in May wept as
        # the coroner said", "... met the mayor and Ann Lee said"
        return None
    kins = list(_KIN_OF.finditer(text, reach, start))
    kin = kins[-1] if kins else None  # the last "<kin> of" before the phrase
    if kin is None or not _opens_line_or_sentence(text, kin.start()):
        return None
    end = found.span[1]
    skipped = _SKIPPED_TIME.match(text, end, cue_start)
    if skipped is not None:
        end = skipped.end(1)  # "missing since May said": the time skipped is the victim's
    between = text[kin.end() : end]
    if _CLAUSE_MARKS.search(between) or VICTIM_MARKERS.isdisjoint(between.lower().split()):
        return None
    return _new_phrase((kin.start(), end), (*kin.group("kin").split(), "…"))


def _last_noun_before(text: str, lower: int, cue_start: int) -> Phrase | None:
    """The word just before a cue at `cue_start` as a phrase of its own when it may end a
    noun phrase no speaker phrase was read in ("crash" of "a Highway 97 crash", of a
    headline's "teen killed in crash"): a lower-case word of letters, no function word nor
    auxiliary; for `_kin_of_victim` to read as the victim's complement's end. None for any
    other."""
    word = _LAST_WORD.search(text, max(lower, cue_start - _LAST_WORD_REACH), cue_start)
    if word is None or word.group(1) in FUNCTION_WORDS or word.group(1) in AUXILIARY_VERBS:
        return None
    return _new_phrase(word.span(1), (word.group(1),))


_LAST_WORD = re.compile(r"(?<![\w’'.-])([a-z]+)\s+\Z")  # "crash " before the cue
_LAST_WORD_REACH = 24  # characters before the cue read for it


def _kin_before_of(text: str, reach: int, start: int) -> bool:
    """Whether a word ending in a kin word stands before some "of" in text[reach:start], as
    `_KIN_OF` needs: told by the few "of"s there, not by that pattern's slow scan."""
    for of in _OF_WORD.finditer(text, reach, start):
        before = text[reach : of.start()].rstrip()
        if before and before.rsplit(None, 1)[-1].lower().endswith(_KIN_ENDINGS):
            return True
    return False


_OF_WORD = re.compile(r"(?<=\s)of\s")
_KIN_ENDINGS = tuple(sorted(KIN_OF_WORDS))
_VICTIM_KIN_REACH = 160  # characters at most from a kin word and "of" to the found phrase
# A kin word and "of", with a determiner or a count and one modifier before it: "The
# heartbroken family of", "Relatives of", "Two sisters of".
_KIN_OF = re.compile(
    r"(?P<kin>(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Bb]oth|[Tt]wo|[Tt]hree|\d+)\s+)?"
    r"(?:[a-z-]+\s+)?(?i:" + alternation(KIN_OF_WORDS) + r"))\s+of\s+"
)
# A capitalised word (a month or a day, which the subject's reading skipped as when it was
# said; a headline's skipped "Now" too) or a year alone before the cue: "missing since *May*
# said", "killed in *2019* told".
_SKIPPED_TIME = re.compile(r"\s+([A-Z][a-z]+|\d{4})\s+$")
# A conjunction right before the found phrase, which opens a clause of its own: its subject.
_AFTER_CONJUNCTION = re.compile(r"\b(?:" + alternation(CLAUSE_CONJUNCTIONS) + r")\s+\Z")
_CLAUSE_MARKS = re.compile(r"[,;:“”\"()\u2013\u2014]")


def _kin_of_described(text: str, toks: list[Token], described: Phrase) -> Phrase:
    """The role or kin whose complement the person `described` by a participle and its agent
    is ("A friend of the woman killed by the collapse of the roof", "Relatives of a man killed
    by officers of the police"): the speaker, walked out over "of" and "for"; `described` if
    no such link comes before it."""
    found = described
    outer = bisect_left(toks, (found.span[0],))
    while outer >= 2 and toks[outer - 1].lower in _KIN_LINKS:
        wider = _named_with_complement(text, toks, found, outer)
        if wider is None:
            break
        found = wider
        outer = bisect_left(toks, (wider.span[0],))
    return found


def _participle_agent(text: str, toks: list[Token], found: Phrase, first: int) -> Phrase | None:
    """'Economists polled by Reuters', 'a man detained by police', 'a delegation led by Ann
    Lee', 'Parents worried about the cuts': the noun before a past participle and its agent
    or cause (`found`, whose first token is toks[first], or the phrase a chain of complements
    ending with it opens: 'Residents angered by the closure of the mill') speaks, not the
    agent; one unnamed speaker, described by all of it."""
    first = _chain_start(text, toks, first, _PLACE_OR_COMPLEMENT, _linked_phrase)
    if first > 3 and toks[first - 1].lower == "this" and toks[first - 2].lower == "for":
        first -= 1  # "interviewed for this article": the outlet's own, read as its author
    if first < 3 or not (
        toks[first - 1].lower in _CAUSE_LINKS
        and _past_participle(toks[first - 2])
        or _attitude_before(toks, first - 1)
        # "Residents interviewed for this story": those a reporter reached, for what
        or toks[first - 1].lower == "for"
        and toks[first - 2].lower in CONTACT_PARTICIPLES
    ):
        return None
    head = _phrase_at(text, toks, first - 3)
    victim = head and _victim_complement(text, toks, found, bisect_left(toks, (head.span[0],)))
    if victim is not None:
        return victim  # "the inquest into the death of a man struck by a bus": the inquest
    if head is None or not (
        _describes_speaker(text, head) or _complements_speaker(text, toks, head)
    ):
        return None  # "Acme Corp., backed by": a name; "in no way affected by": no speaker
    return _new_phrase((head.span[0], found.span[1]), head.words + ("…",))


# What links a past participle to its agent or its cause: "angered *by*", "worried *about*",
# "threatened *with* eviction".
_CAUSE_LINKS = frozenset({"by", "about", "over", "with"})


# The adjectives of attitude, and the links to what the attitude is about after them: "angry
# at", "upset with", "worried over".
_ATTITUDE_ADJECTIVES = frozenset(cue.partition(" ")[0] for cue in ATTITUDE_ADJECTIVE_CUES)
_ATTITUDE_LINKS = frozenset({"about", "at", "over", "with", "by"})


def _attitude_before(toks: list[Token], link: int) -> bool:
    """Whether an adjective of attitude and its preposition end at toks[link], a cause's link
    like a participle's: "Farmers *angry about* the price of milk said", "Nurses *angry at*
    the province said", "Voters *upset with* the tax said"."""
    adjective = toks[link - 1]
    return (
        adjective.word.islower()
        and adjective.lower in _ATTITUDE_ADJECTIVES
        and toks[link].lower in _ATTITUDE_LINKS
    )


def _chain_start(
    text: str,
    toks: list[Token],
    first: int,
    links: frozenset[str],
    owner_at: Callable[[str, list[Token], int], Phrase | None],
) -> int:
    """Where the chain of complements ending with the phrase opening at toks[first] opens,
    back over the `links` between them, each owner read by `owner_at` ending before its link
    ("the killing *of* a boy *outside* a store": the killing's first token); `first` if none
    comes before it."""
    for _ in range(_PLACE_CHAIN):
        if first < 3 or toks[first - 1].lower not in links:
            break
        owner = owner_at(text, toks, first - 2)
        if owner is None:
            break
        first = bisect_left(toks, (owner.span[0],))
    return first


def _complements_speaker(text: str, toks: list[Token], head: Phrase) -> bool:
    """Whether the noun phrase `head` is the complement of "of" after a noun that describes
    who may speak ("Members of *the community* interviewed for ...", "leaders of *the
    diaspora* reached by ..."): those speak, walked out to by `_kin_of_described`."""
    at = bisect_left(toks, (head.span[0],))
    return (
        at >= 2
        and toks[at - 1].lower == "of"
        and _describes_speaker(text, _phrase_of((toks[at - 2],)))
    )


def _describes_speaker(text: str, head: Phrase) -> bool:
    """Whether the noun phrase `head` describes who may speak: its noun a person's role, an
    organization's noun or a plural ("economists"), in lower case or opening its sentence or
    its line (after a headline and a dateline: "ALDER BAY, Ont. — Tenants angered by ...")."""
    noun = head.words[-1]
    lower = noun.lower()
    if not noun.isalpha() or not (
        lower in PERSON_ROLES
        or lower in ORGANIZATION_NOUNS
        or lower in ORGANIZATION_WORDS
        or lower in PLURAL_HEADS
        or lower.endswith("s")
        and not lower.endswith("ss")
    ):
        return False
    before = _last_char_before(text, head.span[0])
    return noun.islower() or (
        len(head.words) == 1
        and (
            before in ("", *'.!?:"”')
            or _opens_line_or_sentence(text, head.span[0])  # after a dateline, blanked
        )
    )


def _name_after_outlet(toks: list[Token], i: int) -> Phrase | None:
    """'... with the editors of the Boston Globe Ford said': a name of one to three words
    (ending at toks[i]) just after an outlet's name ("Boston Globe", a capitalised word and a
    medium's word) with no comma between, is the subject; the outlet ends a complement."""
    if MEDIA_WORDS.isdisjoint(map(_LOWER, toks[i - 3 if i > 3 else 0 : i])):
        return None  # most names: no medium's word before them, told in one pass
    j = i
    while j > 0 and i - j < 3 and toks[j].capitalized and toks[j].lower not in _NOUN_WORDS:
        j -= 1
    if j == i or toks[j].lower not in MEDIA_WORDS or j == 0 or not toks[j - 1].capitalized:
        return None
    # "State broadcaster TTV": a medium's noun, no outlet's name; "Vice-President Sun Li": a
    # title, and a family name that is a paper's word too
    if not toks[j].capitalized or toks[j - 1].lower in _ROLES_OR_TITLES:
        return None
    return _phrase_of(tuple(toks[j + 1 : i + 1]))


def _verb_after_subject(text: str, toks: list[Token], i: int, cue_start: int) -> bool:
    """Whether toks[i], a lower-case word in -s before a cue, is the verb of the word before
    it, not a plural that word modifies: after "he", "she" or "it" ("She gives credit"), or
    after a capitalised word before a cue in -ing ("Hale avoids condemning", not "Acme
    workers saying"), when it is no noun of the lexicon nor has a plural for people's shape."""
    word, before = toks[i], toks[i - 1]
    if not (word.word.islower() and word.word.endswith("s")):
        return False
    if before.lower in PERSON_PRONOUNS or before.lower in THING_PRONOUNS:
        return True
    if not (
        before.capitalized
        and before.lower not in DETERMINERS
        and word.lower not in _NOUN_WORDS
        and not people_plural(word.word.capitalize())
        and text.startswith("ing", _word_end(text, cue_start) - 3)
    ):
        return False
    first = i - 1  # the name opens its clause: "Hale avoids", not "... Act lawsuits seeking"
    while first > 0 and toks[first - 1].capitalized:
        first -= 1
    if first > 0:
        return _opens_clause(toks[first - 1])
    return _last_char_before(text, toks[0].start) in ("", *'.!?\n"“”')


def _with_own_people(text: str, toks: list[Token], found: Phrase) -> Phrase | None:
    """'Ann Hale and her aides', 'Patients and their families', 'Nurses and their union': a
    speaker and the people or the body of its own (`found`, a noun phrase opened by a
    possessive after "and") are one group's phrase; None if `found` is no such phrase, if no
    speaker stands before "and", or if a name comes with one person of its own ("Ann Lee and
    her lawyer": two speakers, read as they are)."""
    if len(found.tokens) < 2 or found.tokens[0].lower not in POSSESSIVE_PRONOUNS:
        return None
    conjunction = bisect_left(toks, (found.span[0],)) - 1
    if conjunction < 1 or toks[conjunction].lower != "and":
        return None
    before = _phrase_at(text, toks, conjunction - 1)
    if before is None or before.pronoun is not None:
        return None
    named = before.words[-1][0].isupper() and len(before.words) > 1
    if not _plural_head(found.tokens[-1].lower) and (
        found.tokens[0].lower not in _OWNER_PRONOUNS or named
    ):
        return None
    first = bisect_left(toks, (before.span[0],))
    if first > 0 and toks[first - 1].word[0].isalnum():
        return None  # "Acme fired 30 workers and their managers said": a clause of its own
    return _phrase_of(tuple(toks[first : conjunction + 1]) + found.tokens)


# The heads of one body or more, after the names they take: "the Rail, Maritime and Transport
# *union*", "the Liberal and Green *parties*".
_BODY_HEADS = ORGANIZATION_WORDS | ORGANIZATION_PLURALS


def _listed(toks: list[Token], found: Phrase) -> Phrase | None:
    """'Ann Hale, Tom Lee and Mary Roe', 'the Department of Housing, Infrastructure and
    Communities': capitalised names in a list, the last two joined by "and" or "or" (`found`,
    the phrase ending the tokens), are one speaker phrase, and so are such names before the
    body or bodies they name ("the Rail, Maritime and Transport union", "the Liberal, Green
    and Labour parties"); None if `found` is no such pair
    or no comma and name stand before it."""
    if len(found.tokens) < 3 or _CONJUNCTIONS.isdisjoint(map(_LOWER, found.tokens[1:-1])):
        return None
    named_body = found.tokens[-1].lower in _BODY_HEADS
    names = found.tokens[:-1] if named_body else found.tokens
    if not all(_listed_word(t) for t in names):
        return None
    first = start = listed = bisect_left(toks, (found.span[0],))
    while start >= 2 and toks[start - 1].word == "," and _listed_word(toks[start - 2]):
        k = start - 2
        while k > 0 and _listed_word(toks[k - 1]) and toks[k - 1].lower not in _LIST_STOPS:
            k -= 1
        if not toks[k].capitalized or any(t.lower in TIME_WORDS for t in toks[k : start - 1]):
            break  # "On Monday, Ann Hale and Tom Lee": a day is no speaker
        listed, start = start, k
    if start > 0 and toks[start - 1].lower == "the":
        start -= 1
    if start > 0 and toks[start - 1].lower in _LIST_OPENING_PREPOSITIONS:
        # "In Reno, Ann Hale and Tom Lee": a place, then the speakers; "In a letter to the
        # Star, Immigration, Refugees and Citizenship Canada": the list after the outlet; not
        # after one of extent ("a post shared across Facebook, X and Reddit": the list where)
        start = listed
    if start == first:
        return None
    return _phrase_of(tuple(toks[start : first + len(found.tokens)]))


def _coordinated(toks: list[Token], found: Phrase) -> Phrase | None:
    """'The museum and the government', 'the company and the union', 'local chiefs and an aid
    group': two noun phrases joined by "and" (`found`, the second, led by a determiner)
    opening their clause are one subject;
    None if no such phrase stands before `found` ("met the mayor and the chief said")."""
    first = bisect_left(toks, (found.span[0],))
    if first < 2 or toks[first - 1].lower != "and" or toks[first].lower not in DETERMINERS:
        return None
    last = toks[first - 2]
    if not (last.lower in _NOUN_WORDS or last.capitalized) or last.lower in _PRONOUNS:
        return None
    start = _noun_phrase_before(toks, first - 2)
    # the first led by a determiner, or a bare plural: "local chiefs and an aid group"
    if start is None or toks[start].lower not in DETERMINERS and not _plural_head(last.lower):
        return None
    if not (
        start == 0 and toks[0].word[0].isupper() or start > 0 and _opens_clause(toks[start - 1])
    ):
        return None
    return _phrase_of(tuple(toks[start : first + len(found.tokens)]))


def _complement_list(toks: list[Token], found: Phrase) -> Phrase | None:
    """'Negotiators from Turkey, Iran and the European Union', 'Diplomats from Brazil and the
    United States': names listed after a complement's preposition, the last of them (or the
    last two, joined) `found` after "and", "or" or a comma, are the whole complement, which
    the role before it takes (see `_named_with_complement`); None if no such list stands
    before `found`."""
    first = bisect_left(toks, (found.span[0],))
    if first < 4:
        return None
    before = toks[first - 1]
    if before.lower not in _CONJUNCTIONS and (
        before.word != "," or _CONJUNCTIONS.isdisjoint(map(_LOWER, found.tokens[1:-1]))
    ):
        return None
    if not all(_listed_word(t) or t.lower == "the" for t in _peer_named(found.tokens)):
        return None  # "Ada Brill and her advisers": people of her own
    k = first - 1  # a conjunction or a comma, before which a name ends
    while True:
        j = k - 1
        while j >= 0 and _listed_word(toks[j]) and toks[j].lower not in _LIST_STOPS:
            j -= 1
        if j == k - 1 or not toks[j + 1].capitalized:
            return None
        if j >= 0 and toks[j].lower == "the":
            j -= 1
        if j < 1 or toks[j].word != ",":
            break
        k = j
    if j < 1 or toks[j].lower not in COMPLEMENT_PREPOSITIONS or not toks[j - 1].word.isalpha():
        return None  # "In Reno, Ann Hale and ...": a place opening the sentence
    return _phrase_of(tuple(toks[j + 1 : first + len(found.tokens)]))


def _peer_named(toks: tuple[Token, ...]) -> tuple[Token, ...]:
    """`toks`, a name listed after "and", without the words that place it beside the name
    before ("its northern neighbour Ostrava", "neighbouring Ostrava": `BODY_PEER_NOUNS`,
    `PLACE_MODIFIERS`), the name alone."""
    if toks and toks[0].lower in PLACE_MODIFIERS:
        return toks[1:]
    for k in (2, 3):
        if body_peer([t.lower for t in toks[:k]]):
            return toks[k:]
    return toks


def _listed_word(tok: Token) -> bool:
    """A word of a capitalised name in a list: a name's word, a connector, a title's period,
    a small word written with a capital ("Justice Now")."""
    return (
        (tok.capitalized and not _possessive(tok.word))
        or tok.lower in NAME_CONNECTORS
        or (tok.word[0].isupper() and tok.lower in NAME_SMALL_WORDS)
        or (tok.word == ".")
    )


_SENT_THINGS = DOCUMENT_WORDS | MESSAGE_NOUNS  # "a mailer", "a letter": what a relative may cite


def _sent_before_recipient(text: str, toks: list[Token], head: Phrase) -> Phrase:
    """The thing sent before "to" and `head`, its recipient, that a relative "that" (after
    a time or not) stands for: "sent a mailer to voters this week that says", "a letter to
    trustees that says" (the mailer's words, not the voters'); `head` if no "to" opens it
    or no noun of a document or a message stands before it ("spoke to a panel last week
    that found", "sent inspectors to a plant on Friday that claims": the panel's, the
    plant's)."""
    k = bisect_left(toks, (head.span[0],)) - 1
    if k >= 1 and toks[k].lower == "to" and toks[k - 1].lower in _SENT_THINGS:
        return _relative_head(text, toks, k - 1) or head
    return head


# The word before a stretch's closing capitalised words, up to three ("asked *Transport
# Minister* Hal Voss"): a verb whose object is the name after them.
_VERB_BEFORE_TITLES = re.compile(r"\b([a-z]+)\s+(?:[A-Z][\w.’'-]*\s+){0,3}$")


# The prepositions of an occasion after a complement: "(asked her about it) after the
# meeting", "at the hearing", "during a break".
_OCCASION_PREPOSITIONS = frozenset("after at during before following".split())
_OBJECT_REACH = 60  # characters before a complement read for the object before it


# A cue word and "he" or "she" opening what it reports: "(who) said he had asked to leave".
_HE_OR_SHE_AFTER_CUE = re.compile(r"[\w’'-]+\s+(?:that\s+)?(?:he|she)\b")


def _he_or_she_after(text: str, cue_start: int) -> bool:
    """Whether the cue at `cue_start` reports a clause "he" or "she" opens: a person's words,
    which no team or city says ("sent the winger to Kell, who said he wanted to go")."""
    return _HE_OR_SHE_AFTER_CUE.match(text, cue_start) is not None


def _complement_antecedent(
    text: str, toks: list[Token], first: int, one_person: bool, topic: Phrase | None
) -> Phrase | None:
    """What a relative "who" after the noun opening at toks[first] stands for when that noun
    is a verb's complement: the verb's object before it for a topic no person ("asked Ann
    Vale about the fire, who said": Vale's words), `topic` itself for a person's ("asked
    Voss about Premier Ann Lee, who has said": Lee's); None for a thing's with no such verb
    ("spoke to the minister about the fire, who said"). After "to", the object only for a
    place's name when the "who" is `one_person`'s, restrictive (no comma) or reporting "he"
    or "she", which a place or a team takes neither ("traded a pitcher to Boston on Monday
    who said", "sent a winger to Kell, who said he": the player's; not "sold a house to a
    neighbour who said", nor "to the Kings, who said they"), and only for a person's object
    (not "sold the arena to Murray, who said he": Murray's). `topic` when no such complement
    opens the noun."""
    k = _chain_start(text, toks, first, _OF, _phrase_at) - 1  # "about the cost *of* the plan"
    if k >= 3 and toks[k].lower in _OCCASION_PREPOSITIONS:
        # "asked the trustee about the cost after the meeting, who said": past the occasion
        before = _phrase_at(text, toks, k - 1)
        if before is not None:
            k = _chain_start(text, toks, bisect_left(toks, (before.span[0],)), _OF, _phrase_at) - 1
    verbs = OBJECT_VERBS_BY_COMPLEMENT.get(toks[k].lower) if k >= 1 else None
    if verbs is None:
        return topic
    if toks[k].lower != "to":
        if topic is not None and _personal(topic):
            return topic  # "asked Voss about Premier Ann Lee, who has said": Lee's
        return _verb_object(text, toks, k, verbs)
    place = toks[k + 1].word
    if not one_person or not place[0].isupper() or _full_name_at(toks, k + 1):
        return topic  # "to residents who", "to an investor who", "to Ann Lee who"
    sent = _verb_object(text, toks, k, verbs)
    if sent is None or not _one_of_people(sent):
        return topic  # "sold the arena to Murray, who said he": Murray's
    return sent  # "sent winger Jake Orr to Kell, who said he", "traded a pitcher to Boston"


def _full_name_at(toks: list[Token], k: int) -> bool:
    """Whether a person's full name opens at toks[k]: a known given name and a capitalised
    word ("Ann Lee"; not "Regina" alone, a city's name too)."""
    return k + 1 < len(toks) and given_name(toks[k].word) and toks[k + 1].word[:1].isupper()


def _personal(phrase: Phrase) -> bool:
    """Whether `phrase` may name a person or people a "who" stands for: a name ("Premier Ann
    Lee"), a person's noun ("the premier", "nurses") or a body's ("the union"); not a thing
    ("the fire", "the cost")."""
    last = phrase.words[-1]
    return (
        last[:1].isupper()
        or last.lower() in PERSON_ROLES
        or last.lower() in ORGANIZATION_WORDS
        or people_plural(last.capitalize())
    )


def _one_of_people(phrase: Phrase) -> bool:
    """Whether `phrase` names a person or people: a person's name ("winger Jake Orr", "Dr.
    Orr", "Kayla"), a role ("a scout") or a playing position ("a pitcher"); not a thing
    ("the jersey", "the Stanley Cup", "the Ferrari")."""
    words = phrase.words
    last = words[-1]
    if last[:1].isupper():
        before = words[-2] if len(words) > 1 else ""
        return words[0].lower() != "the" and (
            given_name(last)
            or (before[:1].isupper() and given_name(before))
            or before.lower().rstrip(".") in TITLES
        )
    return (
        last.lower() in PERSON_ROLES
        or last.lower() in PLAYING_POSITIONS
        or people_plural(last.capitalize())
    )


def _verb_object(text: str, toks: list[Token], k: int, verbs: frozenset[str]) -> Phrase | None:
    """The object of one of `verbs` ending before the complement's preposition toks[k] ("asked
    Ann Vale | about"); None if no such verb stands before it."""
    # the object read again from the words before it: the tokens may open inside it, after
    # a cue ("asked | Bram Ostrowski") or inside a word
    end = toks[k - 1].end
    wide = tokens(
        text, text.rfind(" ", 0, end - _OBJECT_REACH if end > _OBJECT_REACH else 0) + 1, end
    )
    obj = _phrase_at(text, wide, len(wide) - 1)
    if obj is None:
        return None
    # the verb read as a modifier inside the phrase ("The club *sent* winger Jake Mallory"):
    # the object is the words after it
    inner = [j for j, t in enumerate(obj.tokens[:-1]) if t.lower in verbs]
    if inner and obj.tokens[inner[-1]].word.islower():
        return _phrase_of(obj.tokens[inner[-1] + 1 :])
    # the verb, maybe a cue's, maybe a title before the object
    verb = _VERB_BEFORE_TITLES.search(text, max(0, obj.span[0] - 48), obj.span[0])
    if verb is not None and (verb.group(1) in PERSON_ROLES or verb.group(1) in PLAYING_POSITIONS):
        # a role before the name: "sent *winger* Jake Orr", "traded *centre* Lia Brandt"
        verb = _VERB_BEFORE_TITLES.search(text, max(0, verb.start(1) - 48), verb.start(1))
    return obj if verb is not None and verb.group(1).lower() in verbs else None


def _skip_between(toks: list[Token], i: int, prose: bool) -> int:
    """The index before the auxiliaries, adverbs and times that may stand between a speaker
    and the cue ending at toks[i]: "Wells Fargo just this month announced". `prose`: the cue
    is in lower case, so a capital tells a name ("Justice Now said"), as it does not in a
    title-case headline ("Ann Lee Now Says")."""
    while i >= 0:
        _, _, word, lower = tok = toks[i]
        if lower not in _MAY_STAND_BETWEEN and not word.endswith("ly") and not word.isdigit():
            if lower not in _SKIPPED_AFTER_SUBJECT:
                break  # the common case (a name, a noun), told at once
            if lower in _REFLEXIVES and i >= 1 and toks[i - 1].word[0].isalnum():
                i -= 1  # "Marchand herself told": the subject, emphasized
                continue
            if lower in _PLACE_ADVERBS and i >= 2 and _placed_by_participle(toks, i - 1):
                i -= 2  # "People living nearby said": the participle with its place
                continue
            if lower in _PLACE_ADVERBS and i >= 1 and _place_modified(toks, i - 1):
                i -= 1  # "Officials there said", "the head cook there told"
                continue
            if lower == "longer" and i >= 1 and toks[i - 1].lower == "no":
                i -= 2  # "The caucus no longer believes"
                continue
            break
        if lower in CUE_AUXILIARIES or _adverb(tok):
            if prose and _small_name_word(toks, i):
                break  # "Justice Now said", "Families First said": a name's last word
            i -= 1
        elif _outlet_end(toks, i):
            break  # "Entertainment Tonight reported": the outlet's name, no day
        elif (timed := _time_length(toks, i)) >= 2:
            i -= timed  # "Wells Fargo this month announced", "Lee on Monday night said"
        elif timed:
            i -= 1  # "Umerov Tuesday said"
            if i >= 0 and _reduced_relative(toks, i):
                i -= 1  # "the poll released Friday shows"
        elif i >= 1 and word.isdigit() and toks[i - 1].lower in {"in", "since"}:
            i -= 2  # "a panel in 2001 found"
        elif lower == "to" and (verb := _catenative(toks, i)) is not None:
            i = verb - 1  # "he appeared to suggest", "went on to say"
        elif lower in _FLOATING_QUANTIFIERS and _quantifiable(toks, i - 1):
            i -= 1  # "Brown and Menendez all suggested", "they both said"
        else:
            break
    return i


def _place_modified(toks: list[Token], j: int) -> bool:
    """Whether toks[j], a word before "there" or "here", may be the noun it places
    ("officials there"), not a verb or a function word ("is there", "and there"), nor the
    verb of a relative clause ("Residents who work there": the clause is the subject's)."""
    tok = toks[j]
    return (
        tok.word.isalpha()
        and tok.lower not in FUNCTION_WORDS
        and tok.lower not in CUE_AUXILIARIES
        and not tok.lower.endswith("ed")
        and (j == 0 or toks[j - 1].lower not in RELATIVE_PRONOUNS)
    )


def _placed_by_participle(toks: list[Token], j: int) -> bool:
    """Whether toks[j] is a participle in -ing between a noun and its place ("People *living*
    nearby", "workers *staying* there"), no verb of the sentence ("Lee is living there")."""
    word = toks[j].word
    return (
        word.islower() and word.endswith("ing") and len(word) > 5 and _place_modified(toks, j - 1)
    )


def _catenative(toks: list[Token], to: int) -> int | None:
    """The index of the verb that "to" at `to` joins to the cue after it ("appeared to",
    "went on to"), or None."""
    j = to - 1 if to >= 1 and toks[to - 1].lower != "on" else to - 2
    # "had to": a catenative verb where the cue's stage found it one ("what Lee had to say")
    return j if j >= 0 and (toks[j].lower in CATENATIVE_VERBS or toks[j].lower == "had") else None


def _reduced_relative(toks: list[Token], i: int) -> bool:
    """Whether toks[i] is a past participle after its noun ("the poll released Friday
    shows"): a lower-case word in -ed after a noun or a name. Only before a time, where the
    word cannot be the main verb of a noun cue ("Obama scrutinized reports")."""
    word = toks[i].word
    if i < 1 or len(word) <= 4 or not word.endswith("ed") or not word.isalpha():
        return False
    if not word.islower() or toks[i].lower in FUNCTION_WORDS:
        return False
    before = toks[i - 1]
    return before.word[0].isalnum() and before.lower not in FUNCTION_WORDS and not _adverb(before)


def _quantifiable(toks: list[Token], i: int) -> bool:
    """Whether toks[i] may end the plural subject a floating quantifier follows: the last of
    names joined by "and" ("Brown and Menendez all"), a parenthesis ("Menendez (D-N.J.)
    all"), a plural pronoun or a plural noun ("officials both"), not a function word. The
    second of the joined may be a name of several words or a noun with its article ("Dr. Ann
    Lee and Premier Tom Hale both", "the mayor and the premier both")."""
    if i < 0:
        return False
    tok = toks[i]
    if tok.word == ")" or tok.lower in _PLURAL_SUBJECTS:
        return True
    if not tok.word.isalpha() or tok.lower in FUNCTION_WORDS:
        return False
    if tok.word.islower() and tok.word.endswith("s"):
        return True
    j = i - 1
    while (
        j > i - _MAX_JOINED_SECOND
        and j >= 1
        and (toks[j].capitalized or toks[j].word == "." or toks[j].lower in DETERMINERS)
    ):
        j -= 1  # "... and *Premier Tom* Hale", "... and *the* premier"
    return j >= 1 and toks[j].lower == "and" and (tok.capitalized or j < i - 1)


def _that_before(toks: list[Token], i: int) -> bool:
    """Whether "that" or "which" stands among the few tokens before toks[i]
    (`_relative_subject`)."""
    first = i - _MAX_THAT_RELATIVE if i > _MAX_THAT_RELATIVE else 0
    return not _THAT_OR_WHICH.isdisjoint(map(_LOWER, toks[first:i]))
