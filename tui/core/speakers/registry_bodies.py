"""Descriptions of bodies and documents for `Speakers` (registry.py): the organization,
outlet or document "the company", "the ministry", "the newspaper", "the report"
or "the statement" stands for; kin ("her mother", "the family") and bodies named
in apposition.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import takewhile
from operator import itemgetter

from tui.core.lexicon import (
    ADDRESSING_VERBS,
    BODY_HEAD_ALIASES,
    BODY_LEADER_HEADS,
    COMPANY_ROLE_NOUNS,
    CUE_AUXILIARIES,
    DETERMINERS,
    ENSEMBLE_NOUNS,
    FUNCTION_WORDS,
    GOING_ON_AIR_VERBS,
    GOVERNMENT_ARM_FIELDS,
    GOVERNMENT_ARM_HEADS,
    GOVERNMENT_PLACES,
    KIN_BODIES,
    KIN_CONVERSES,
    MARKET_INSTRUMENTS,
    MESSAGE_VENUES,
    NAME_CONNECTORS,
    NETWORK_POSTING_VERBS,
    NETWORK_POSTS,
    POSSESSIVE_PRONOUNS,
    POSTING_VERBS,
    PREPOSITIONS,
    RELATIVE_PRONOUNS,
    SAYING_VERBS,
    SPEECH_CUES,
    SPOKESPERSON_HEADS,
    STATES_AND_PROVINCES,
    TIME_LEADS,
    TIME_WORDS,
    TITLES,
    VENUE_WORDS,
)
from tui.core.model import Span
from tui.core.organizations import (
    ARMED_DESCRIPTION_HEADS,
    COMPANY_NOUNS,
    GENERIC_BODY_HEADS,
    ORGANIZATION_MARKERS,
    ORGANIZATION_NOUNS,
    SORTED_BODY_HEADS,
)
from tui.core.speaker_kinds import (
    BODY_KINDS,
    given_name,
    marked_kind,
    people_plural,
    weakly_marked_kind,
)
from tui.core.speakers.gender import _GIVEN_NAMES, _gender, _may_be
from tui.core.speakers.kinds import (
    _ANY_ORGANIZATION_HEADS,
    _PERSON_LIKE,
    _described_as_no_company,
    _holds_head,
    _line_break_between,
    _proper_name_around,
    _unknown_name,
    _venue,
)
from tui.core.speakers.names import (
    _key,
    _name_end,
    _person_start,
    kin_appositions,
    kin_beside,
    spouse_in_couple,
)
from tui.core.speakers.noun_phrases import _plural_mark
from tui.core.speakers.records import _Analysis, _Entry
from tui.core.speakers.registry_shared import (
    _COMPANY_NAME_ENDS,
    _INDEFINITES,
    _MENTION_REACH,
    _SENTENCE_BREAK,
    _SPOKEN_FOR,
    _TITLE_REACH,
    _end_before,
)
from tui.core.speakers.roles import (
    _body_office,
    _owners,
    _portfolio,
    _possessors,
    _without_leading_article,
)
from tui.core.speakers.sentences import (
    _bare_noun_heading,
    _common_word,
    _opens_line_or_sentence,
    _quoted,
    _sentence_opening,
)
from tui.core.speakers.tokens import Token, _phrase_of, _possessive, tokens, without_possessive
from tui.core.text import POSSESSIVE_ENDINGS, alternation, line_start, whole_word_starts

# A time opening a sentence before its subject: "On Tuesday (the club posted)", "Last week,".
_OPENING_TIME = re.compile(
    r"(?:On|Last|This|Earlier|Late)\s+(?:" + alternation(TIME_WORDS) + r")\b(?:\s+\d{1,2}\b)?,?\s+",
    re.IGNORECASE,
)
# A verb that puts out a post of one's own, after its subject: "posted", "has shared", "then
# tweeted", "wrote" before "that", "on" or a colon ("wrote on X that", not "wrote to donors",
# a letter); not when its object is another's ("shared the city's statement", "shared a
# post from the county": that owner's words).
_POSTING_VERB = (
    r"\s+(?:(?:has|had|have|also|then|later)\s+)?(?:"
    + alternation(NETWORK_POSTING_VERBS)
    + r"|wr(?:ote|ites?)(?=\s+(?:that|on)\b|:))\b"
    + r"(?!\s+(?:(?:a|an|the)\s+)?[\w-]+[’']s\s|\s+(?:[\w-]+\s+){1,3}(?:from|by)\b)"
)
# "She posted", "On Tuesday they shared": a pronoun the subject of a verb of posting.
_PRONOUN_POSTED = re.compile(r"(?P<pronoun>[Hh]e|[Ss]he|[Tt]hey)" + _POSTING_VERB)
# A name the subject of a verb of posting, past an aside: "@tealfox wrote that", "One fan,
# posting under a handle, wrote that", "her manager, Ben Ode, posted".
_POSTER_VERB = re.compile(r"(?:,[^,.;:“”\"\n]{1,60},|,)?" + _POSTING_VERB)


# The words that end a description's head, a preposition or a relative clause's first word:
# "a firm *in* Raleigh", "a firm *that* sponsors the team".
_AFTER_HEAD = PREPOSITIONS | RELATIVE_PRONOUNS | {"that", "whose"}


def _headed_by(words: list[str], head: str) -> bool:
    """Whether a description's `words` up to a preposition or a relative pronoun end in its
    own `head`: "the school's football team" by "team", "a consumer law firm in Raleigh" by
    "firm" (where it is), not "the home of the team", nor "a firm that sponsors the team"."""
    head_end = next((k for k, word in enumerate(words) if word in _AFTER_HEAD), len(words))
    return head_end > 0 and words[head_end - 1] == head


# A family named by its owner's name: "Ana Roy’s family", "the relatives of Tom Lee".
_NAMED_FAMILY = re.compile(
    r"\b[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}[’']s\s+(?:"
    + alternation(KIN_BODIES)
    + r")\b|\b[Tt]he\s+(?:"
    + alternation(KIN_BODIES)
    + r")\s+of\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}"
)


def _family_owner(key: str) -> str:
    """The surname of the owner of a family by its key or its words in lower case ("ana roy’s
    family", "relatives of tom lee": "roy", "lee")."""
    owner = key.partition(" of ")[2] if " of " in key else key.rpartition(" ")[0]
    return without_possessive(owner).rpartition(" ")[2]


def _gave_in(text: str, start: int, end: int, venue: int) -> bool:
    """Whether the name from `start` to `end` is the subject of a verb of speech or posting
    whose venue opens at `venue` ("Ada Roy wrote on X", "The union said Friday in a
    statement", "said Ana Roy in a statement"), not its object nor a name in passing ("The
    board named Ana Roy in a statement", "threats made against Ana Roy on TikTok")."""
    if not 0 <= venue - end < _VENUE_OPENING:
        return False
    between = _GIVER_TO_VENUE.fullmatch(text, end, venue)
    if between is not None:
        return between.group("verb") in _GIVING_VERBS
    if _VENUE_ASIDE_OPENING.fullmatch(text, end, venue):
        # "Ana Roy, in a statement, said": the venue an aside before the name's verb
        after = _VENUE_ASIDE_VERB.match(text, venue)
        return after is not None and after.group("verb") in _GIVING_VERBS
    if venue - end > 1:
        return False
    before = _SAYING_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and before.group("verb") in _INVERTED_SAYING


def _venue_recipient(text: str, start: int) -> bool:
    """Whether the name at `start` receives what was said ("in a filing to the ASX", "a
    statement to the exchange"): where the speaker spoke, not one "the company" stands for."""
    before = text[max(0, start - 30) : start].lower().split()
    if before[-1:] == ["the"]:
        before.pop()
    return len(before) >= 2 and before[-1] == "to" and before[-2] in VENUE_WORDS


# Where a speaker's key ends its head and a relative clause begins: "crane operator who has
# worked at port for 22 years" (the head: "operator").
_RELATIVE_IN_KEY = re.compile(r" (?:who|whose|that|which) ")
_AUTHORED_BY = re.compile(r"\bby\s+(.+)$")  # a document's author: "Polling released by X"
_VOICES_OF_BODIES = frozenset({"person", "document"})  # whose phrase may name the body
_BODY_VOICES = SPOKESPERSON_HEADS | BODY_LEADER_HEADS  # a person's roles that speak for a body
_ANY_BODY_NOUNS = COMPANY_NOUNS | GENERIC_BODY_HEADS  # "the utility", "the group": any name fits

# A First Nation's government by its sort ("the band"), and the ends of a nation's name it
# stands for ("Tallow Creek First Nation", "Six Nations").
_BAND = "band"
# The words of `BODY_HEAD_ALIASES` that stand for a body only when they end its name and it
# spoke itself: "the health authority" is "Northern Health" that said something, not "Health
# Canada" nor "Vale Health" named only in a physician's role.
_SPEAKING_ALIASES = frozenset({"health"})

_NATION_ENDS = (" nation", "six nations")
_NOT_A_BAND = "assembly of "
# "band" written between the nation and "the band": another band ("The band Northern Lights
# will headline"), whom a later "the band" may be.
_BAND_WORD = re.compile(r"\bband\b", re.IGNORECASE)


def _same_names(name: str, names: set[str]) -> bool:
    """Whether `name` is one of `names`, or one name's word alone is the other's given name or
    surname: "Marchetti" and "Odile Marchetti" name one person, "Lena" and "Lena Roy" too;
    not "Lena Roy" and "Claudette Roy", kin of one family."""
    words = name.split()
    for other in names:
        others = other.split()
        if words == others:
            return True
        if 1 in (len(words), len(others)) and (words[0] == others[0] or words[-1] == others[-1]):
            return True
    return False


_SIBLINGS = frozenset(KIN_CONVERSES["sister"])  # "brother", "sisters": kin of one parent
# The kin a person shares with a sibling: "Her sister, Lena," and "her mother": Lena's too;
# not "her husband" (Lena's husband is someone else).
_SIBLINGS_SHARED = frozenset("mother father grandmother grandfather aunt uncle".split())
_SPOUSES = KIN_CONVERSES["widow"]  # "husband", "wife", "spouse": one of a couple
# A sibling word anywhere: the text tells of siblings ("the Lund brothers", "his younger
# brother Anton"), as a story naming two of one surname need not ("Judge Alan Kemp", "the
# defendant, Victor Kemp").
_SIBLING_WORD = re.compile(r"\b(?:" + alternation(_SIBLINGS) + r")\b", re.IGNORECASE)
_KIN_REACH = max(map(len, KIN_CONVERSES)) + 3  # a kin word, a comma and a space before a name


# A whole paragraph between two places: a line with words after one line break, before another.
_PARAGRAPHS_APART = re.compile(r"\n\s*\S[^\n]*\n")
# The rest of a name's sentence that speaks of it as a thing ("it", "its"), no person's pronoun
# before: "(Lynxtel) says hackers took the data it held."
_THING_SENTENCE = re.compile(
    r"(?:(?!\b(?:he|she|his|her|him)\b)(?:[^.!?\n]|\.(?=\S)))*\b(?:it|its)\b"
)  # a full stop inside a number or an abbreviation ("2.3 million") ends no sentence
# A person's word that stands for a body named before too: "the pollster" for "Northline
# Research", "the forecaster" for "the National Weather Service".
_BODY_PEOPLE = frozenset({"pollster", "forecaster"})
# The weather services whose name "Met" opens (not "the Met Police", "the Met Gala").
_MET_SERVICES = ("Met Office", "Met Éireann")

# What a pollster's finding is told in: "a poll", "surveyed 800"; a share ("38 per cent",
# "41%") only from a firm named as a researcher (`_POLLING_NAME_ENDS`: "Corvid Research"),
# where any body tells its shares ("Statistics Canada said unemployment rose to 7 per cent").
_POLL_WORDS = re.compile(r"\b(?:polls?|polled|surveys?|surveyed)\b")
_SHARE_WORDS = re.compile(r"\b(?:per\s?cent|percent)\b|%")
_POLLING_NAME_ENDS = BODY_HEAD_ALIASES["pollster"] | {"research"}
_COMMISSIONED_NAME_ENDS = _COMPANY_NAME_ENDS | _POLLING_NAME_ENDS  # a company or a pollster
# Between the words of a government arm's name: "Immigration, Refugees and Citizenship Canada".
_ARM_NAME_SPLIT = re.compile(r"[\s,]+")
# The word such a name ends with, a place of `GOVERNMENT_PLACES` ("canada", "u.s."), as a
# word of a text in lower case: where no such word stands, no arm is named.
_ARM_PLACE = re.compile(
    r"(?<!\w)(?:"
    + alternation(frozenset(place for place in GOVERNMENT_PLACES if " " not in place))
    + r")(?!\w)"
)

# A body's name and the appositive after it, set off by commas or closing its sentence:
# "Brill Co., the region's largest employer,", "The Ridgeline Rams, the school's football
# team,", "Kline & Achebe, a law firm in Raleigh." (the name on one line, not a headline's
# words before it).
_BODY_APPOSED = re.compile(
    r"(?P<name>[A-Z][\w’'&-]*(?:[^\S\n]+(?:[A-Z][\w’'&.-]*|&)){0,3}),\s+"
    r"(?:the|a|an|its|their|[A-Z][\w’'-]*[’']s)\s+(?P<description>[a-z][^,.;:!?“”\"]{0,59})"
    r"(?:,|\.(?=\s))"
)

_BODIES_OR_GROUPS = BODY_KINDS | {"group"}  # what "the team" or "the employer" may stand for

_VENUE_GAP = 24  # characters at most between a speaker and its "in a statement"
_VENUE_OPENING = 80  # characters at most of "In a statement ..." opening a sentence
# The verb of its subject between a speaker and where it spoke, perhaps after an appositive or
# the comma closing one, and a few words of object or time: "Ada Roy* wrote *on X", "Tom
# Reyes*, the club’s captain, posted a clip *to TikTok", "The minister, Ana Roy*, said Friday
# *in a statement".
_GIVER_TO_VENUE = re.compile(
    r"(?:,(?:[^,.;:“”\"\n]{1,60},)?)?\s+(?:(?:has|had|have)\s+)?(?:(?:[a-z]+ly|also|later|then"
    r"|again|too)\s+)?(?P<verb>[a-z]+)"
    r"(?:\s+[\w’'-]+){0,3}\s+"
)
# A venue or a verb of writing or filing, a few words of its object, and the preposition of
# its addressee, before the addressee's name: "a filing *with the* SEC", "a letter *to*
# Ofcom", "wrote *to the* FTC", "reported the breach *to the* ICO".
_TO_VENUE_ADDRESSEE = re.compile(
    r"\b(?:"
    + alternation(VENUE_WORDS | ADDRESSING_VERBS)
    + r")s?(?:\s+[\w’'-]+){0,3}?\s+(?:with|to)\s+(?:the\s+)?\Z"
)
# A venue set off by commas between a speaker and the verb: "Ana Roy*, in *a statement, said".
_VENUE_ASIDE_OPENING = re.compile(r",\s+(?:in|on)?\s*")
_VENUE_ASIDE_VERB = re.compile(r"[^,.;:“”\"\n]{1,60},\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)\b")
# A saying verb right before a speaker named after it, perhaps with the words of its role:
# "said* union president Ana Roy *in a statement" (not "told Ana Roy").
_SAYING_BEFORE = re.compile(r"\b(?P<verb>[a-z]+)\s+(?:[a-z]+\s+){0,3}$")
# The verbs a speaker gives words in a venue by: speech, posting and going to a network ("took
# to Instagram", "went on X").
_GIVING_VERBS = SPEECH_CUES | POSTING_VERBS | GOING_ON_AIR_VERBS
_INVERTED_SAYING = SAYING_VERBS - {"told", "tells"}

# Heads of public bodies that, later in a name, make an earlier body's word a modifier: "the
# Delmore County Board of Elections" is a board, not "the county".
_BODY_HEADS = frozenset(
    """board office committee commission council department ministry agency bureau
    administration hospital clinic school college university institute""".split()
)


def _headed_by_another_body(name: str, word: str) -> bool:
    """Whether a body's head after `word` in `name`, before any "of", heads the name instead
    ("County" in "Delmore County Board of Elections"; not in "County Council of X")."""
    words = name.split()
    at = words.index(word) if word in words else len(words)
    for later in words[at + 1 :]:
        if later.lower() in {"of", "for"}:
            return False
        if later.lower() in _BODY_HEADS:
            return True
    return False


# Heads of a description that a person owns: "the campaign", "the office" (whose?).
_OWNED_HEADS = frozenset({"campaign", "office", "team", "family", "state"})

# An appositive opening right after a description: "The company*, a supplier in Ohio,* said".
_APPOSED = re.compile(r",[^\S\n]+(?:a|an|the|its)[^\S\n]")
# An appositive's opening and its modifiers before its head: ", a market-making (firm)".
_APPOSED_HEAD = re.compile(r",[^\S\n]+(?:a|an|the|its)(?:[^\S\n]+[\w’'-]+){0,3}[^\S\n]+\Z")
_APPOSED_HEAD_REACH = 48  # characters looked at before a head for its appositive's opening
# A cue that goes on from what the subject said before: "The union *added*", "*also said*".
_GOING_ON = re.compile(r"[^\S\n]+(?:added|adds|continued|continues|also|went[^\S\n]+on)\b")

# A capitalised word right before a name's first word: no given name opens the name there.
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w’'-]*\s+\Z")
_NAME_REACH = 40  # characters before a name's first word looked at for another


def _surnamed_kin(
    text: str, match: re.Match[str], gender: str, reach: int
) -> tuple[str, Span] | None:
    """The person named in full last before the kin apposition `match` ("Her brother, Bao
    Nguyen,") with the relative's surname, from `reach`: whose relative a shared surname tells
    ("Linh Nguyen, 44, fled. ... Her brother, Bao Nguyen,"), when that person's given name is
    of no other gender than the possessive's, `gender`; None for a relative by a given name
    alone, or no such person named."""
    name = match["name"].split()
    if len(name) < 2:
        return None  # "Her mother, Rosa,": most relatives, and no pattern is tried
    surname = name[-1]
    if text.find(f" {surname}", reach, match.start()) < 0:
        return None
    named = re.compile(rf"\b([A-Z][\w’'-]+)\s+{re.escape(surname)}\b(?!\s+[A-Z])")
    full = None
    for found in named.finditer(text, reach, match.start()):
        given = found[1].lower()
        if (
            given not in FUNCTION_WORDS  # "The Lee family"
            and given not in TITLES  # "Mr Lee"
            and not _CAPITALISED_BEFORE.search(text, found.start() - _NAME_REACH, found.start())
        ):  # not "Rosa Ferrer Ortiz" for "... Ortiz"
            full = found  # the last
    if full is None or full[1] == name[0] or _GIVEN_NAMES.get(full[1].lower(), gender) != gender:
        return None
    return full.group(), full.span()


class BodyNouns:
    """Descriptions of bodies, documents and kin: what they stand for (mixed into `Speakers`)."""

    def _mentioned_organization(self, lower: int, position: int) -> str | None:
        """The last organization or outlet named by its own words ("the Port Authority",
        "Acme Holdings") or after its trade's noun ("the fitness app Pulso") in
        text[lower:position], not in a quotation; None if none."""
        return next(iter(self._mentioned_organizations(lower, position)), None)

    def _mentioned_organizations(self, lower: int, position: int) -> list[str]:
        """The organizations and outlets `_mentioned_organization` reads in
        text[lower:position], the last first."""
        text = self._text
        found: list[str] = []
        run: list[Token] = []
        trade = False  # whether the run follows a company's noun
        for tok in [*tokens(text, lower, position), Token(position, position, ".", ".")]:
            if (
                run
                and (tok.capitalized or tok.lower in NAME_CONNECTORS)
                and _line_break_between(text, run[-1], tok)
            ):
                found.extend(self._mentioned_organizations(run[0].start, run[-1].end)[:1])
                # "Rules tighten\n\nTransport Canada", "Science Reporter\n\nThe Space
                # Agency": a line break ends a name
                run = []
            if tok.capitalized or (
                run
                and (
                    tok.lower in NAME_CONNECTORS
                    or tok.word == "&"
                    or run[-1].capitalized
                    and _plural_mark(run[-1], tok)
                )
            ):
                run.append(tok)  # "Bank of Erewhon", "Morrow & Co.", "Longshore Workers' Union"
                continue
            while run and not run[-1].capitalized:
                run.pop()  # "the Bank of": the connector ends no name
            if run and _possessive(run[-1].word):  # "Acme Foods’s plant": Acme Foods
                owner = run[-1]
                run[-1] = Token(owner.start, owner.end - 2, owner.word[:-2], owner.lower[:-2])
            if (
                len(run) > 2
                and run[1].lower == "of"
                and (
                    run[0].lower in MARKET_INSTRUMENTS
                    or _opens_line_or_sentence(text, run[0].start)
                    and (
                        people_plural(run[0].word)
                        or run[0].lower.endswith("s")
                        and not run[0].lower.endswith("ss")
                        and marked_kind([t.word for t in run[2:]]) in BODY_KINDS
                    )
                )
            ):
                # "Shares of Acme Power Co. rose", "Customers of Westmere Capital face ...",
                # "Fans of Ridgeway Studios were angry": the company, not its shares nor its
                # customers, nor its fans
                run = run[2:]
            client = next((k for k, t in enumerate(run) if t.lower == "for"), 0)
            commissioner = marked_kind([t.word for t in run[client + 1 :]]) if client else None
            if commissioner == "media" or (
                commissioner in BODY_KINDS and run[client - 1].lower in _COMMISSIONED_NAME_ENDS
            ):
                # "Pollara Insights for the Harlow Courier", "Corvane Research for Westshire
                # Public Health": the pollster (not "the Centre for Addiction and Mental
                # Health", "the Society for Television Arts": one name)
                run = run[:client]
            words = [t.word for t in run]
            if words and tok.lower in COMPANY_NOUNS and not marked_kind(words):
                run = []  # "EV maker", "AI startup": a word modifying the trade noun after it
            if words and (marked_kind(words) or weakly_marked_kind(words)) not in BODY_KINDS:
                # a name the article trades ("Shares of Acme"): its words after any connector
                own = [t for t in run if t.lower in NAME_CONNECTORS or t.word == "&"]
                run = run[run.index(own[-1]) + 1 :] if own else run
                if not run or not (
                    trade or self._text_evidence().kind(run[-1].word) == "organization"
                ):
                    run = []
            # not in a quotation, nor a ticker in parentheses: "Acme (ACME.N)", nor where a
            # filing went, nor a common noun capitalised by its place ("Airline outage strands
            # thousands" atop "The airline said": no airline named "Airline"), nor a trade or
            # a company's word alone ("Mining profits soar": no company named "Mining")
            if (
                run
                and not (
                    len(run) == 1
                    and (
                        _bare_noun_heading(text, run[0])
                        or _common_word(text, run[0])
                        or run[0].lower in _COMPANY_NAME_ENDS  # "Retail results": a trade's
                    )
                )
                and not _quoted(text, run[0].start)
                and text[run[0].start - 1 : run[0].start] != "("
                and not _venue_recipient(text, run[0].start)
            ):
                found.append(text[run[0].start : run[-1].end])
            run = []
            trade = tok.lower in COMPANY_NOUNS and tok.word.islower()
        return found[::-1]

    def _described_in_apposition(self, found: _Analysis) -> _Entry | None:
        """Sieve 1d: the body whose appositive worded this description ("UNHCR, the UN
        refugee agency, said ... The UN refugee agency added"), of the same kind; None if
        none."""
        if found.kind not in BODY_KINDS:
            return None
        key = _key(found.name)
        entry = next(
            (
                e
                for e in self._recent_entries()
                if e.kind == found.kind and e.role is not None and _key(e.role) == key
            ),
            None,
        )
        if entry is not None and entry.name.isupper() and " " not in entry.name:
            entry.acronym = entry.name  # renamed by the description: "UN refugee agency (UNHCR)"
        return entry

    def _described_outlet(self, found: _Analysis, position: int) -> _Entry | None:
        """Sieve 4: "the commission", "the newspaper", "the militia": the organization, outlet
        or armed group that spoke last whose name holds the description's head ("the
        Commission on Debates", "the Eastern Liberation Front"), or the only outlet that
        spoke; None if none, or if the head is something a person owns ("the campaign":
        whose?)."""
        if found.kind == "person" and found.description and found.head in ORGANIZATION_MARKERS:
            # "the center", "the foundation": the named body, if one spoke; else a person
            # ("the center said" of a player)
            found = found._replace(kind="organization", description=False)
        # "the company", or a headline's bare "company" ("..., company says")
        described = found.name[:4].lower() == "the " or (
            found.name == found.head and found.head in COMPANY_NOUNS
        )
        armed = found.kind == "group" and found.head in ARMED_DESCRIPTION_HEADS  # "the militia"
        if found.named or (found.kind not in BODY_KINDS and not armed) or not described:
            return None
        if _bare_description(found.name, found.head) and not armed:
            last = self._last_named_body(found.head, position)  # "Hezbollah said. The group"
            if last is not None:
                return last
        if found.head in _OWNED_HEADS:
            return None
        named = [
            e
            for e in self._recent_entries()
            if e.kind == found.kind
            and (e.named or e.key.endswith(f" {found.head}"))  # "the pilots' union"
        ]
        owners = _owners(found.name) | _portfolio(found.name, found.head)
        holding = next(
            (
                e
                for e in named
                if _holds_head(e.key, found.head)
                and owners <= set(e.key.split())
                and not _described_as_no_company(e, found.head)
                or _apposed_description(e, found.name)
            ),
            None,
        )
        # "X fell after the company said", "the State Bank of Sarawan raised its rate. The bank
        # said" (after another bank spoke): the body of that head named in passing since the
        # last attribution; else the body the last speaker speaks for ("A spokesman for Orlin
        # Marine said ... The company said", after another company spoke)
        if found.head in COMPANY_NOUNS or holding is not None and found.kind == "organization":
            holding = (
                self._mentioned_company(found.head, position)
                or self._body_spoken_for(found.head, position)
                or holding
            )
        if (
            holding is not None
            and not holding.named
            and holding.name.lower().startswith(_INDEFINITES)
        ):
            # "A northern First Nation says ...", the body the story names ("the Redwater
            # First Nation"), then "the nation said": the named one
            kind = holding.kind
            holding = next(
                (e for e in named if e.named and e.kind == kind and _holds_head(e.key, found.head)),
                holding,
            )
        if holding is None and found.kind == "organization":
            holding = (
                self._outlet_holding(found.name)
                or self._person_of_trade(found)
                or self._body_spoken_for(found.head, position)
            )
        return holding or (named[0] if found.kind == "media" and len(named) == 1 else None)

    def _person_of_trade(self, found: _Analysis) -> _Entry | None:
        """ "The operator" (a company's role noun alone) after "the crane operator" or "a crane
        operator who has ...", a person of that trade unnamed who spoke last of the speakers so
        described: that person."""
        head = found.head
        if head not in COMPANY_ROLE_NOUNS or found.name.lower() != f"the {head}":
            return None
        return next(
            (
                e
                for e in self._recent_entries()
                if e.kind == "person"
                and not e.named
                and _RELATIVE_IN_KEY.split(e.key, 1)[0].rpartition(" ")[2] == head
            ),
            None,
        )

    def _last_named_body(self, head: str, position: int) -> _Entry | None:
        """The speaker mentioned last, in the paragraph before `position` (where "the <head>"
        stands), when it is a named organization or group, which "the group"
        (`GENERIC_BODY_HEADS`) right after stands for, or "the union" (`SORTED_BODY_HEADS`)
        when its name tells no other sort ("Acme Corp"); or a name of unknown kind, which a
        description by a sort of organization stands for ("Unite said ... The union added"),
        unless a body of that sort was brought in before or the description has an appositive;
        else None."""
        recent = self._recent_entries()
        if not recent or not recent[0].named or not recent[0].mentions:
            return None
        last = recent[0]
        between = self._text[last.mentions[-1][1] : position]
        if "\n" in between and (
            last.kind != "unknown"
            or _PARAGRAPHS_APART.search(between)
            or not _THING_SENTENCE.match(between)
            or whole_word_starts(self._text, last.name.lower(), 0, len(self._text))
        ):
            # a name of unknown kind may open the paragraph before when its sentence speaks
            # of it as a thing ("Lynxtel says it lost data ... / In a filing, the company
            # said"; not "Drake said his tour ..."), unless the text writes it in lower case
            # too ("Shares in Acme fell": a common noun opening a sentence); any other body
            # only this paragraph's
            return None
        if last.kind == "unknown":
            # a sort the name may be ("the union", "the bank"; not "the regulator"), and no
            # description of its own ("The company, a supplier in Ohio, said": another); a
            # union, charity or party, often the other side of a company's news ("X cut 200
            # jobs. The union said"), only when it goes on speaking ("The union added")
            after = position + len(head) + 4
            if (
                head not in ORGANIZATION_NOUNS
                or _APPOSED.match(self._text, after)
                or head in SORTED_BODY_HEADS
                and not _GOING_ON.match(self._text, after)
            ):
                return None
            return None if self._head_written_apart(head, last, position) else last
        if head not in GENERIC_BODY_HEADS and head not in SORTED_BODY_HEADS:
            return None
        if last.kind not in {"organization", "group"}:
            return None
        if head in SORTED_BODY_HEADS and any(w in ORGANIZATION_MARKERS for w in last.key.split()):
            return None
        if head in _ANY_ORGANIZATION_HEADS and not _holds_head(last.key, head):
            return None  # "Acme Corp said ... the group said": a company is no group
        return last

    def _head_written_apart(self, head: str, entry: _Entry, position: int) -> bool:
        """Whether the text, within reach before `position`, writes `head` ("union") in a
        sentence that does not name `entry`: a body of that sort brought in there, which "the
        union" stands for ("Tesco workers joined the union. Tesco said ... The union said").
        A headline's "company" ("Data of 2 million exposed, company says") is the story's
        company, which the body names: no other."""
        text = self._text
        lower = max(self._floor, position - _TITLE_REACH)
        if head in COMPANY_NOUNS:
            lower = max(lower, text.find("\n") + 1)
        return any(
            all(_sentence_apart(text, at, start) for start, _ in entry.mentions)
            and not _described_there(text, entry.name, at)
            for at in whole_word_starts(text, head, lower, position)
        )

    def _body_spoken_for(self, head: str, position: int) -> _Entry | None:
        """The body the speaker heard last speaks for, named only in its phrase: a
        spokesperson's role ("A spokesman for Acme Corp said ... The company said") or a
        document's author ("Polling released by the Harbourline Institute found ... The firm
        said"), when its name fits `head`, within reach; None otherwise."""
        recent = self._recent_entries()
        if not recent or recent[0].kind not in _VOICES_OF_BODIES or not recent[0].mentions:
            return None
        last = recent[0]
        if position - last.mentions[-1][1] > _MENTION_REACH:
            return None
        if last.kind == "person":
            role = last.role or ""
            spoken_for = _SPOKEN_FOR.search(role)
            voice = role[: spoken_for.start()].split()[-1:] if spoken_for else []
            if not voice or voice[0].lower() not in _BODY_VOICES:
                return None  # "an analyst at Penfold Bank": no voice of the bank
        else:
            spoken_for = _AUTHORED_BY.search(last.name)
        if spoken_for is None:
            return None
        words = list(
            takewhile(
                lambda w: w[:1].isupper() or w in NAME_CONNECTORS,
                _without_leading_article(spoken_for.group(1)).split(),
            )
        )
        while words and words[-1] in NAME_CONNECTORS:
            words.pop()  # "the Harbourline Institute on Monday": its name
        if not words or len(words) < len(spoken_for.group(1).split()) and last.kind == "person":
            return None  # "spokesman for the company", "aide to Ana Ruiz's rival": no body's name
        name = " ".join(words)
        kind = weakly_marked_kind(words) or self._text_evidence().kind(words[-1])
        if kind is None and head in _ANY_BODY_NOUNS and not given_name(words[0]):
            # "Kessel Power", not "Dana Kell", then "the utility"; "Ratepayers United" then
            # "the group"
            kind = "organization"
        if kind not in BODY_KINDS or not _holds_head(_key(name), head):
            return None
        analysis = _Analysis(name, None, kind, True, (0, 0), head)
        return self._by_key.get(_key(name)) or self._new(analysis)

    def _outlet_holding(self, description: str) -> _Entry | None:
        """The recent outlet or organization whose name and description hold every word of an
        organization's description: "the agency" for "the state news agency KCNA", not "the
        spy agency"; "the regulator" for "media regulator Ofcom"; None if none."""
        wanted = set(_key(description).split())
        return next(
            (
                e
                for e in self._recent_entries()
                if e.kind in BODY_KINDS and wanted <= e.described | set(e.key.split())
            ),
            None,
        )

    def _mentioned_company(self, head: str, position: int) -> _Entry | None:
        """The company a description by `head` ("the company", "the carmaker") stands for
        when it was named by its own words since the last attribution, spoken or not, as a
        speaker; None if none was."""
        lower = max(self._last_end, self._aside_end, position - _MENTION_REACH)
        names = self._mentioned_organizations(lower, position)
        if not names or marked_kind(names[0].split()) == "media":
            return None  # "In a statement to the Herald, the company said": not the outlet
        # the last that fits the head, past a public body or a place named after it ("Acme
        # Foods will close its plant in Port Alder, the company said")
        addressed: list[str] = []
        for name in names:
            if name.lower() in STATES_AND_PROVINCES:
                continue  # "its mine in Western Australia. The company said": no place
            if self._addressed_by_venue(name, lower, position):
                addressed.append(name)
                continue  # "In a filing with the SEC, the company said": to whom it wrote
            spelled = self._by_acronym.get(_key(name)) if name.isupper() else None
            if spelled is not None:  # "fined by the FAA": the Federal Aviation Administration
                return spelled if _holds_head(spelled.key, head) else None
            if _holds_head(_key(name), head):
                return self._company_named(name, head)
        for name in addressed:
            # "Ofcom wrote to Brill Foods. The company said": with no other company named, the
            # one written to in a sentence before answers; not an acronym, a regulator's
            # ("wrote to the FTC"), nor a venue of the saying itself ("In a letter to Brill
            # Foods, the company said": the writer, unnamed)
            if name.isupper() or not _SENTENCE_BREAK.search(
                self._text, self._text.rfind(name, lower, position), position
            ):
                continue
            if _holds_head(_key(name), head):
                return self._company_named(name, head)
        return None

    def _company_named(self, name: str, head: str) -> _Entry:
        """The speaker of the company `name`, described by `head`: known, else new."""
        analysis = _Analysis(name, None, "organization", True, (0, 0), head)
        return self._by_key.get(_key(name)) or self._new(analysis)

    def _addressed_by_venue(self, name: str, lower: int, position: int) -> bool:
        """Whether `name`, last written in text[lower:position], is whom a message or a
        filing went to ("a filing with the SEC", "a letter to Ofcom", "a submission to the
        regulator"), no one who spoke in it."""
        text = self._text
        at = text.rfind(name, lower, position)
        return (
            at >= 0
            and _TO_VENUE_ADDRESSEE.search(text, max(lower, at - _VENUE_GAP), at) is not None
        )

    def _described_document(self, found: _Analysis, position: int) -> _Entry | None:
        """Sieve 6: "the report", "the study": the document last quoted, shortly before
        `position`, whose description holds the head ("a 2024 report by the budget office",
        "the Commission's impact study"); None if none. "A report" brings in a new one,
        unless the headline named it ("..., new study finds" above "A study found")."""
        if found.kind != "document" or _key(found.name) != found.head:
            return None
        indefinite = found.name.split()[0].lower() in ("a", "an")
        headline_end = self._text.find("\n")
        return next(
            (
                e
                for e in self._recent_entries()
                if e.kind == "document"
                and found.head in e.key.split()
                and e.key != found.head
                and position - e.mentions[-1][1] < _MENTION_REACH
                and (not indefinite or e.mentions[-1][1] <= headline_end)
            ),
            None,
        )

    def _venue_giver_again(self, found: _Analysis, position: int) -> _Entry | None:
        """Sieve 0d: "the statement" again, after a new one was given ("In a statement, his
        parents said ... || Her family said in a separate statement ... || “...,” the statement
        read"): the latest statement's giver (`_venue_giver`), not the one "the statement"
        first stood for; None when that is the one already of the same wording, or none, or
        when the latest venue names no such document ("The coach wrote on Instagram that ...":
        a post, no new statement)."""
        if found.kind != "document" or found.named:
            return None
        known = self._by_key.get(_key(found.name))
        if known is None or known.kind == "document":
            return None
        lead = max(self._floor, position - _MENTION_REACH)
        venues = list(_venue(found.head).finditer(self._text, lead, position))
        if not venues or found.head not in venues[-1].group():
            return None
        giver = self._venue_giver(found, position)
        return giver if giver is not known else None

    def _venue_giver(self, found: _Analysis, position: int) -> _Entry | None:
        """Sieve 6b: "the statement", "the email", "her post": the speaker who last spoke "in a
        statement" ("X said in a statement", "In a statement, X said"; "X wrote on Instagram
        ... the post read"; "X, an aide, said in a statement"), shortly before `position`;
        for an owner named before the message, `_message_owner`'s; None if nobody did."""
        if found.kind != "document" or found.named:
            return None
        owner = _key(found.name).rpartition(" ")[0]
        if owner not in ("", *POSSESSIVE_PRONOUNS) and not owner.endswith(POSSESSIVE_ENDINGS):
            return None
        if owner and owner not in POSSESSIVE_PRONOUNS:
            return self._message_owner(owner, found.head, position)
        lead = max(self._floor, position - _MENTION_REACH)
        text = self._text
        venues = list(_venue(found.head).finditer(text, lead, position))
        poster = self._poster(found.head, venues[-1].end() if venues else lead, position)
        if poster is not None:
            return poster
        if not venues:
            return None
        start, end = venues[-1].span()
        if len(venues) > 1 and venues[-2].end() + 1 >= start and text[venues[-2].start()] == "I":
            start = venues[-2].start()  # "In a post on X, the agency said": the post's opening
        if text[start] == "I":  # "In a statement released by X on Friday, the board said"
            comma = text.find(", ", end, end + _VENUE_OPENING)
            end = comma + 1 if comma >= 0 else end
        heard = next(
            (
                e
                for e in self._recent_entries()
                if e.kind != "document"
                and any(
                    _gave_in(text, a, b, start) or text[start] == "I" and 0 <= a - end < _VENUE_GAP
                    for a, b in e.mentions
                )
            ),
            None,
        )
        if heard is not None:
            return heard
        # "The club posted a message on Facebook. “...,” the post read": the body opening
        # the venue's sentence as the subject of a verb of posting, speaker or not; else a
        # person named before
        sentence = self._own_sentence(start)
        if sentence is not None and (time := _OPENING_TIME.match(text, *sentence)) is not None:
            sentence = time.end(), sentence[1]  # "On Tuesday the club posted": "the club"
        words = text[slice(*sentence)].split()[1:] if sentence else []
        # "The club posted", "Acme shared", past auxiliaries: "The club has posted", a time:
        # "The club on Monday posted"
        lower = [
            w for w in words if w.islower() and w not in CUE_AUXILIARIES and w not in TIME_LEADS
        ]
        posted = not POSTING_VERBS.isdisjoint(lower[:2])
        return (self._opening_body(start, sentence) if posted else None) or self._person_before(
            start
        )

    def _poster(self, head: str, after: int, position: int) -> _Entry | None:
        """Who put out the message `head` ("the post", "the note") read just before
        `position`: the one "he", "she" or "they" stands for as the subject of a verb of
        posting opening the sentence before the quotation, in its paragraph or ending the one
        before ("She posted a photo on Facebook. || “...,” the post read"); else, for a
        network's post (NETWORK_POSTS), the one last named after `after` (the last venue's
        end) as such a subject ("One fan, posting under the handle @tealfox, wrote that ...
        The post read": @tealfox; "Later, her manager, Ben Ode, posted a message"). None if
        none did, or the message was another's ("She shared the city's statement")."""
        text = self._text
        line = line_start(text, position)
        close = max(text.rfind("”", line, position), text.rfind('"', line, position))
        if close >= 0:
            opening = text.rfind("“" if text[close] == "”" else '"', line, close)
            before = len(text[line:opening].rstrip()) if opening > line else 0
            if before:  # the sentence before the quotation in its paragraph
                at = line + before - 1
            else:  # the quotation opens its paragraph: the one before ends with it
                at = _end_before(text, line - 1) if line > 0 else -1
            found = self._pronoun_poster(at) if at > 0 else None
            if found is not None:
                return found
        if head not in NETWORK_POSTS:
            return None
        heard = max(
            (
                (a, e)
                for e in self._recent_entries()
                if e.kind != "document"
                for a, b in e.mentions
                if after <= a and b < position and _POSTER_VERB.match(text, b) is not None
            ),
            key=itemgetter(0),
            default=(after, None),
        )
        self._known_people()
        for person in reversed(self._named_people[: bisect_left(self._named_people, (position,))]):
            if person.start <= heard[0]:
                break  # a speaker who posted since is the poster
            if _POSTER_VERB.match(text, person.start + len(person.name)) is not None:
                ref = self.person_surnamed(person.surname, position)
                return self._entries.get(ref) if ref is not None else heard[1]
        return heard[1]

    def _pronoun_poster(self, at: int) -> _Entry | None:
        """The person "he" or "she" stands for, or the body or group "they" does, the subject
        of a verb of posting opening the sentence that holds `at` ("She posted a message on
        Facebook", "On Tuesday they shared a photo"); None if none opens it."""
        text = self._text
        opening = _sentence_opening(text, line_start(text, at), at)
        time = _OPENING_TIME.match(text, opening, at)
        posted = _PRONOUN_POSTED.match(text, time.end() if time else opening)
        if posted is None:
            return None
        pronoun = posted["pronoun"].lower()
        found = self._antecedent(pronoun, posted.start("pronoun"))
        if found is None or found.kind == "document":
            return None
        return found if (found.kind == "person") == (pronoun != "they") else None

    def _person_before(self, at: int) -> _Entry | None:
        """The person named just before `at`, speaker or not, who becomes one ("Ada Roy wrote
        on X. “...,” the post read": she wrote nothing reported before); None if none is."""
        self._known_people()
        k = bisect_left(self._named_people, (at,))
        if k == 0:
            return None
        person = self._named_people[k - 1]
        if not _gave_in(self._text, person.start, person.start + len(person.name), at):
            return None
        ref = self.person_surnamed(person.surname, at)
        return None if ref is None else self._entries.get(ref)

    def _message_owner(self, owner: str, head: str, position: int) -> _Entry | None:
        """ "Rusk’s post", "the club’s statement": the speaker, no document, heard last shortly
        before `position` whose name ends with `owner` (its key with the possessive ending),
        else the one person of that surname named before, if the message `head` is one of
        MESSAGE_VENUES; None otherwise."""
        if head not in MESSAGE_VENUES:
            return None
        last = without_possessive(owner).rstrip("’'")
        heard = next(
            (
                e
                for e in self._recent_entries()
                if e.kind != "document"
                and (e.key == last or e.key.endswith(f" {last}"))
                and position - e.mentions[-1][1] < _MENTION_REACH
            ),
            None,
        )
        if heard is not None or " " in last:
            return heard
        ref = self.person_surnamed(last, position)  # "Amy Rusk shared a photo ... Rusk’s post"
        return None if ref is None else self._entries.get(ref)

    def _government_arm(self, found: _Analysis, position: int) -> _Entry | None:
        """Sieve 0b: "the agency", "the federal department" at `position`: the government arm
        named by its fields and its country, no head word in its name, last named since the
        last attribution to a body (a person's may stand between), spoken or not ("Transport
        Canada issued rules ... The department said"), else the last body that spoke if it is
        one ("Statistics Canada said ... The agency said", "according to Health Norway ... the
        department said"); None if another body spoke since, for a company's arm ("Air
        Canada", "Vale Canada Ltd", "the Bank of Canada"), or if a name headed by the
        description's own word came before ("The Canadian Transportation Agency ordered ...
        Statistics Canada said ... The agency said": `_named_body`'s)."""
        if found.named or found.head not in GOVERNMENT_ARM_HEADS or found.kind not in BODY_KINDS:
            return None
        if found.name[:4].lower() != "the ":
            return None
        named = self._mentioned_arm(max(self._body_end, position - _MENTION_REACH), position)
        if named is not None:
            analysis = _Analysis(named, None, "organization", True, (0, 0), found.head)
            body = self._by_key.get(_key(named)) or self._new(analysis)
        else:
            body = self._last_named_organization()
            if body is None or not _arm_name(body.key):
                return None  # "Air Canada said ... The agency said": a company, no arm
        text = self._text
        head = found.head.capitalize()
        lower = max(self._floor, position - _TITLE_REACH)
        if any(
            not _quoted(text, start) and _proper_name_around(text, start, start + len(head))
            for start in whole_word_starts(text, head, lower, position)
        ):
            return None  # the "... Agency" named before is the agency
        return body

    def _mentioned_arm(self, lower: int, position: int) -> str | None:
        """The last government arm named in text[lower:position] (`_arm_name`), as
        `_mentioned_organizations` reads names; None if none. Its names are read only where
        a word is a place an arm's name may end with (`_ARM_PLACE`): most stretches name none."""
        if _ARM_PLACE.search(self._text[lower:position].lower()) is None:
            return None
        return next(
            (n for n in self._mentioned_organizations(lower, position) if _arm_name(n)), None
        )

    def _named_kin(self, found: _Analysis, position: int) -> _Entry | None:
        """Sieve 0b: an owner's kin described ("her mother", role "mother of Odile Roy") at
        `position`, the one speaker the text named before in apposition to that kin word of
        that owner or, for kin siblings share (`_SIBLINGS_SHARED`), of the owner's sibling
        ("Her mother, Claudette Roy, ...", "Her sister, Lena, ..." for "Lena's mother") or
        whose kin of the converse word the owner was ("Gwen's daughter, Shauna, ..." for
        "Shauna's mother", Gwen); the owners are those of `_kin_appositions`. None if none
        or two were named so."""
        kin, role = found.head, found.role or ""
        if found.named or kin not in KIN_CONVERSES:
            return None
        gender = _gender(frozenset({kin}), "")
        apposed = [
            (m, owner) for m, owner in self._kin_appositions().values() if m.end() <= position
        ]
        if role in ("", kin) and found.name.lower() in (f"the {kin}", f"his {kin}", f"her {kin}"):
            # "Ann Lee and her daughter, Mia, run the shop. ... said the daughter": the one
            # relative apposed to that kin word, or whose relative of the converse word is
            # ("... said the mother": Ann Lee)
            named = {m["name"]: m.span("name") for m, _ in apposed if m["kin"] == kin}
            for match, owner in apposed:
                if match["kin"] in KIN_CONVERSES[kin] and owner is not None:
                    named.setdefault(owner[0], owner[1])
            beside = kin_beside(self._text, None, kin, position)  # "Tom Reyes and his son Luis"
            if beside is not None:
                named.setdefault(self._text[beside[0] : beside[1]], beside)
            if not named and kin in _SIBLINGS and not found.name.lower().startswith("the "):
                return self._sibling_of_last(found.name.lower()[:3], gender, position)
            return (
                self._named_person(*next(iter(named.values())), gender) if len(named) == 1 else None
            )
        if not role.startswith(f"{kin} of "):
            return None
        owners = {role.removeprefix(f"{kin} of ")}
        if kin in _SIBLINGS_SHARED:
            for match, owner in apposed:  # "Her sister, Lena,": Lena's mother is her sister's
                if match["kin"] in _SIBLINGS and owner and _same_names(match["name"], owners):
                    owners.add(owner[0])
        spans: dict[str, Span] = {}  # each name meant, at one of its mentions
        for match, owner in apposed:
            if owner is None:
                continue
            if match["kin"] == kin and _same_names(owner[0], owners):
                spans[match["name"]] = match.span("name")  # "Her mother, Claudette Roy,"
            elif match["kin"] in KIN_CONVERSES[kin] and _same_names(match["name"], owners):
                spans[owner[0]] = owner[1]  # "Gwen's daughter, Shauna,", "His grandson, Mateo,"
        if not spans:
            owner = role.removeprefix(f"{kin} of ")  # the role's own, not a sibling's
            beside = kin_beside(self._text, owner, kin, position)
            if beside is not None:  # "Ann Lee and her husband Tom Lee": no comma
                return self._named_person(*beside, gender)
            if kin in _SIBLINGS:  # "Erik Lund's brother": the other Lund named
                return self._sibling_of(owner, gender, position)
            return self._spouse_in_couple(owner, gender, position) if kin in _SPOUSES else None
        if len(spans) != 1:
            return None
        [(start, end)] = spans.values()
        return self._named_person(start, end, gender)

    def _first_sibling_word(self) -> int:
        """Where the text's first sibling word (`_SIBLING_WORD`) starts, or its length if none:
        found once an article, not again for each "his brother" of a long one."""
        if self._sibling_at is None:
            match = _SIBLING_WORD.search(self._text)
            self._sibling_at = len(self._text) if match is None else match.start()
        return self._sibling_at

    def _sibling_of_last(self, possessive: str, gender: str | None, position: int) -> _Entry | None:
        """The sibling "his brother" or "her sister" at `position` means when no relative was
        apposed to the word and no owner is known: the sibling of the last speaker, a person
        of the possessive's gender (`_sibling_of`)."""
        recent = self._recent_entries()
        last = recent[0] if recent else None
        owner = "he" if possessive == "his" else "she"
        if last is None or last.kind != "person" or last.gender not in (None, owner):
            return None
        return self._sibling_of(last.name, gender, position)

    def _sibling_of(self, owner: str, gender: str | None, position: int) -> _Entry | None:
        """The sibling of `owner` (a name in full) that a kin word of siblings at `position`
        means when no relative was apposed to it: the one other person the text named in
        full before with the owner's surname, of the kin word's `gender` and not apposed to
        another kin word ("Erik Lund said ... Anton Lund ... his brother said": Anton Lund),
        once the text told of siblings before (`_SIBLING_WORD`: "the Lund brothers"); None if
        it did not, or if none or two."""
        key = _key(owner)
        if " " not in key or self._first_sibling_word() >= position:
            return None  # no siblings told of before: "Judge Alan Kemp ... his brother said"
        self._known_people()
        others = {
            person.name: person
            for person in self._full_by_surname.get(key.split()[-1], ())
            if person.start < position
            and _key(person.name) != key
            and _may_be(person.name, gender)
            and not self._other_kin_before(person.start)
        }
        if len(others) != 1:
            return None
        (person,) = others.values()
        return self._named_person(person.start, person.start + len(person.name), gender)

    def _other_kin_before(self, start: int) -> bool:
        """Whether a kin word other than a sibling's is apposed right before the name at
        `start` ("His father, Anton Lund", "her mother Rosa Diaz"): a relative of another
        kind, no sibling."""
        words = self._text[max(0, start - _KIN_REACH) : start].split()
        kin = words[-1].rstrip(",").lower() if words else ""
        return kin in KIN_CONVERSES and kin not in _SIBLINGS

    def _spouse_in_couple(self, owner: str, gender: str | None, position: int) -> _Entry | None:
        """The spouse of `owner` the text named before `position` in a couple's names ("Ann
        and Peter Moss" for "Ann Moss's husband"), of the kin word's `gender` or of none its
        given name tells; None if none."""
        spouse = spouse_in_couple(self._text, owner, position)
        if spouse is None or not _may_be(spouse, gender):
            return None
        found = _Analysis(spouse, None, "person", True, (0, 0), gender=gender)
        return self._by_key.get(_key(spouse)) or self._new(found)

    def _kin_appositions(self) -> dict[int, tuple[re.Match[str], tuple[str, Span] | None]]:
        """The kin appositions of the text outside quotations (`kin_appositions`), by where the
        relative's name starts, each with the name of its owner and where it is, found once:
        "Gwen" of "Gwen's daughter"; for "his" or "her", the last person of that gender named
        before it within reach, or, that person a relative named so, that relative's own owner
        of the same gender ("Odile Roy rows. Her mother, Rosa, .... Her sister, Lena,": Odile
        Roy's; "Petra Lund bakes. Her husband, Jon, .... His brother, Ed,": none, never a man
        named before Petra); None for none, or for a family's plural ("The Okafors’ son, Tom,")."""
        if self._kin_apposed is not None:
            return self._kin_apposed
        text = self._text
        matches = [m for m in kin_appositions(text) if not _quoted(text, m.start())]
        self._kin_apposed = {}
        for match in matches:
            written = match["owner"]
            gender = POSSESSIVE_PRONOUNS.get(written.lower())
            owner: tuple[str, Span] | None = None
            if written[-1] in "’'":
                owner = None  # "The Okafors’ son, Tom,": a family, no one parent of his
            elif gender is None:
                owner = written[:-2], (match.start(), match.end("owner") - 2)
            else:
                reach = max(0, match.start() - _MENTION_REACH)
                people = [
                    p for p in self._people_between(reach, match.start()) if p.gender == gender
                ]
                last = max(people, key=_person_start, default=None)
                relative = None if last is None else self._kin_apposed.get(last.start)
                kin = _surnamed_kin(text, match, gender, reach)
                if kin is not None and kin[1][0] not in self._kin_apposed:
                    owner = kin  # "Linh Nguyen ... Her brother, Bao Nguyen,": Linh Nguyen's
                elif relative is not None:
                    if POSSESSIVE_PRONOUNS.get(relative[0]["owner"].lower()) == gender:
                        owner = relative[1]  # "Her mother, Rosa, ... Her sister,": Rosa's owner
                elif last is not None:
                    owner = last.name, (last.start, _name_end(text, last))
            self._kin_apposed[match.start("name")] = (match, owner)
        return self._kin_apposed

    def _kin_apposed_at(self, start: int) -> tuple[re.Match[str], tuple[str, Span] | None] | None:
        """The kin apposition whose name starts at `start` and its owner ("Lena" of "Her
        daughter, Lena, cooks": a relative told of, not the person a story is about); None
        for a name not so apposed."""
        return self._kin_appositions().get(start)

    def _family_again(self, found: _Analysis, position: int) -> _Entry | None:
        """Sieve 5b: "the family" (KIN_BODIES) at `position`: the one family heard shortly
        before, by whose it is ("His family said ... “...,” the family said": Ada Roy's
        family; "The family of Ada Roy said"); None if none was, or two were, or if another's
        family was named in reach, heard or not ("Ada Roy's family spoke to reporters. Tom
        Lee's family declined to comment. “...,” the family said": whose?)."""
        head = found.head
        if found.named or head not in KIN_BODIES or found.name.lower() != f"the {head}":
            return None
        families = {
            e.ref: e
            for e in self._recent_entries()
            if e.kind == found.kind
            and (e.key.endswith(f" {head}") or e.key.startswith(f"{head} of "))
            and position - e.mentions[-1][1] < _MENTION_REACH
        }
        if len(families) != 1:
            return None
        family = next(iter(families.values()))
        owners = {_family_owner(family.key)}
        for match in _NAMED_FAMILY.finditer(
            self._text, max(self._floor, position - _MENTION_REACH), position
        ):
            if not _quoted(self._text, match.start()):
                owners.add(_family_owner(match.group().lower()))
        return family if len(owners) == 1 else None  # "Roy's family ... Lee's family": whose?

    def _apposed_body(self, found: _Analysis, position: int) -> _Entry | None:
        """Sieve 5a: "the team", "the employer" at `position`: the body named since the last
        attribution to a body (a person's may stand between), spoken or not, with an
        appositive whose head is the description's head
        ("The Ridgeline Rams, the school's football team, wore armbands ... The team said";
        "Brill Co., the region's largest employer, cut 90 jobs. The employer said"; not "Elk
        Lake, the home of the team,", nor a person: "Ann Lee, a forward with the team,");
        the last so described; None if none was."""
        head = found.head
        if (
            found.named
            or found.kind not in _BODIES_OR_GROUPS
            or found.name.lower() != f"the {head}"
            or head in ENSEMBLE_NOUNS  # "Kesh, a folk trio, said ... the trio": Sieve 5a'
        ):
            return None
        text = self._text
        lower = max(self._body_end, position - _MENTION_REACH)
        described = [
            match
            for match in _BODY_APPOSED.finditer(text, lower, position)
            if _headed_by(match.group("description").split(), head)
            and not _quoted(text, match.start())
        ]
        if not described:
            return None
        toks = tokens(text, described[-1].start("name"), described[-1].end("name"))
        # "The Ridgeline Rams", "Brill Co.": neither the article nor the period is the name's
        toks = toks[toks[0].lower in DETERMINERS : len(toks) - (toks[-1].word == ".")]
        entry = self._entry_for(_phrase_of(tuple(toks)))[0] if toks else None
        return entry if entry is not None and entry.kind != "person" else None

    def _ensemble_again(self, found: _Analysis) -> _Entry | None:
        """Sieve 5a': "the band", "the trio": the most recent named speaker of a body or a
        group whose role that ensemble's noun heads ("The band Hollow Pines said ... “...,”
        the band said"; "Kesh, a folk trio from Cork, said ... the trio said", a name of no
        kind told); None if none ("The Raven Kings said ... The band said": no role tells it
        a band)."""
        head = found.head
        if found.named or head not in ENSEMBLE_NOUNS or found.name.lower() != f"the {head}":
            return None
        for entry in self._recent_entries():
            if (
                entry.named
                and entry.role
                and (entry.kind in _BODIES_OR_GROUPS or _unknown_name(entry))
            ):
                words = list(takewhile(lambda w: w not in PREPOSITIONS, entry.role.split()))
                if words and words[-1] == head:
                    return entry
        return None

    def _nation_as_band(self, found: _Analysis, position: int) -> _Entry | None:
        """Sieve 5b: "the band" at `position` after a First Nation named as a speaker, the last
        body that spoke ("The Tallow Creek First Nation said ... Chief Moose said ... The band
        said"): its government, as Canadian news calls it; None if no such nation spoke last
        (not "The United Nations said ...", "The Assembly of First Nations said ..."), or if
        another band was written of since ("... The band Northern Lights will headline")."""
        if found.named or _key(found.name) != _BAND:
            return None
        body = self._last_named_organization()  # "The Raven Kings said ... The band said": none
        if body is None or not body.key.endswith(_NATION_ENDS) or body.key.startswith(_NOT_A_BAND):
            return None
        since = body.mentions[-1][1]
        return None if _BAND_WORD.search(self._text, since, position) else body

    def _named_body(self, found: _Analysis, position: int) -> _Entry | None:
        """Sieve 5: "the ministry", "the Bee": the organization or outlet last named before
        `position` (outside quotations, within reach) by a proper name holding the head
        ("Ontario's Ministry of Transportation", "The Sacramento Bee"), as a speaker; None if
        none, or if the head is something a person owns."""
        text = self._text
        name = found.name
        if found.named and found.kind in _PERSON_LIKE and " " not in name:
            if text[max(0, position - 4) : position].lower() != "the ":
                return None
            head = name  # "the Bee": a capitalised word after "the", named in full before
        elif name.lower() == "police":
            head = "police"  # "police said": the police force named before, if one was
        elif found.named or (found.kind not in BODY_KINDS and found.head not in _BODY_PEOPLE):
            return None
        elif found.head in _OWNED_HEADS and not _body_office(found.name):
            return None
        elif name[:4].lower() != "the " or not name.lower().endswith(found.head):
            return None
        else:
            head = found.head  # "the ministry", "the central bank"
        lower = max(self._floor, position - _TITLE_REACH)
        # "the agency": an Agency, or an Administration, a Bureau named before
        heads = (head, *BODY_HEAD_ALIASES[head]) if head in BODY_HEAD_ALIASES else (head,)
        starts = sorted(
            (start, len(word))
            for word in heads
            for start in whole_word_starts(text, word.title(), lower, position)
        )
        for start, length in reversed(starts):
            met = text.startswith("Met ", start)
            if _quoted(text, start) or met and not text.startswith(_MET_SERVICES, start):
                continue  # "Met" of "the Met Police": no weather body
            name = _proper_name_around(text, start, start + length)
            if (
                name is None
                or (
                    head != "police"  # "Police" of "the Akron Police Department": its force
                    and not met  # "Met" of "the Met Office": a weather body
                    and _headed_by_another_body(name, text[start : start + length])
                )
            ):
                continue
            spoken = self._by_key.get(_key(name))
            if text[start : start + length].lower() in _SPEAKING_ALIASES and (
                spoken is None or not name.endswith(text[start : start + length])
            ):
                continue  # "Health Canada said ...", "a physician at Vale Health": no authority
            kind = marked_kind(name.split())
            words = set(_key(name).split())
            owners = _owners(found.name) | _possessors(found.name) | _portfolio(found.name, head)
            if kind in BODY_KINDS and owners <= words:
                analysis = _Analysis(name, None, kind, True, (0, 0), head.lower())
                return spoken or self._new(analysis)
        return self._polling_body(position) if head in _BODY_PEOPLE else None

    def _last_named_organization(self) -> _Entry | None:
        """The last speaker that is no person, if it is an organization named by its name
        (not a group, an outlet nor "the ministry"); None otherwise."""
        body = next((e for e in self._recent_entries() if e.kind != "person"), None)
        if body is None or not body.named or body.kind != "organization":
            return None
        return body

    def _polling_body(self, position: int) -> _Entry | None:
        """ "The pollster" at `position`, no "Pollster" named: the last body that spoke, an
        organization by its name, when a poll's or survey's words stand between its first
        mention within reach and `position` ("Corvid Research found 38 per cent backed Mercer
        ... The pollster said", not "Statistics Canada said unemployment rose to 7 per cent");
        None if none did (a name of unknown kind may be a person's)."""
        body = self._last_named_organization()
        if body is None:
            return None
        since = next(
            (start for start, _ in body.mentions if position - start <= _MENTION_REACH), -1
        )
        if since < 0:
            return None
        text = self._text
        polled = _POLL_WORDS.search(text, since, position) is not None
        if not polled and body.key.rsplit(None, 1)[-1] in _POLLING_NAME_ENDS:
            polled = _SHARE_WORDS.search(text, since, position) is not None
        return body if polled else None


def _arm_name(name: str) -> bool:
    """Whether `name` is a government arm's, named by its fields and its country
    ("Statistics Canada", "Immigration, Refugees and Citizenship Canada"; not "Air Canada")."""
    words = _ARM_NAME_SPLIT.split(name.lower())
    return (
        len(words) > 1
        and words[-1] in GOVERNMENT_PLACES
        and all(w in GOVERNMENT_ARM_FIELDS or w == "and" for w in words[:-1] if w)
    )


def _bare_description(name: str, head: str) -> bool:
    """Whether `name` is "the" and `head` alone, or with where the body is based between
    ("the company", "the Calgary-based company"): a description a body named before fits."""
    words = name.lower().split()
    return (
        len(words) in (2, 3)
        and words[0] == "the"
        and words[-1] == head
        and (len(words) == 2 or words[1].endswith("-based"))
    )


def _apposed_description(entry: _Entry, description: str) -> bool:
    """Whether a body's appositive ends with a description's head and holds its modifiers
    ("UNHCR, the UN refugee agency," for "the agency", "the refugee agency"; not for "the
    health agency")."""
    if entry.role is None:
        return False
    words = _key(entry.role).split()
    *modifiers, head = _key(description).split()
    return bool(words) and words[-1] == head and set(modifiers) <= set(words)


def _described_there(text: str, name: str, at: int) -> bool:
    """Whether the head at `at` closes an appositive right after `name`, its own description
    ("paid Halden Digital, a market-making *firm* in which ..."), no other body of its sort."""
    apposed = _APPOSED_HEAD.search(text, max(0, at - _APPOSED_HEAD_REACH), at)
    return apposed is not None and text.startswith(name, apposed.start() - len(name))


def _sentence_apart(text: str, one: int, other: int) -> bool:
    """Whether a sentence's or a paragraph's end stands between two positions of `text`."""
    start, end = min(one, other), max(one, other)
    return text.find(". ", start, end) >= 0 or text.find("\n", start, end) >= 0
