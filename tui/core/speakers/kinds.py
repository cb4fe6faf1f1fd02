"""Organizations, outlets and the kind of a name: proper names of bodies ("the Department
of Fisheries and Oceans"), services named by a person's noun ("the coast guard"), acronyms,
a medium's noun before its name ("state news agency KCNA"), the body a description's head
fits, and what a pronoun tells of a name of unknown kind ("it": an organization).
"""

from __future__ import annotations

import re
from functools import lru_cache

from tui.core.lexicon import (
    BOUND_TITLES,
    COURTESY_TITLES,
    DEFINITE_SERVICES,
    DETERMINERS,
    LEGAL_SUFFIXES,
    MEMBERS_BODIES,
    NAME_CONNECTORS,
    NETWORK_POSTS,
    OFFICE_SUBORDINATES,
    OFFICER_FIELDS,
    ORGANIZATION_WORDS,
    PERSON_BODY_LINKS,
    PERSON_MAKER_CRAFTS,
    PERSON_PRONOUNS,
    PLACE_ABBREVIATIONS,
    PLACE_NAME_WORDS,
    RANK_MODIFIERS,
    RIVAL_NOUNS,
    SERVICE_COMPOUNDS,
    SOCIAL_NETWORKS,
    SPEAKER_DETERMINERS,
    THING_PRONOUNS,
    TITLES,
)
from tui.core.model import SpeakerKind
from tui.core.organizations import (
    COMPANY_NOUNS,
    CORPORATE_NAME_WORDS,
    MEDIA_NOUNS,
    NONCOMMERCIAL_BODY_NOUNS,
    ORGANIZATION_MARKERS,
    ORGANIZATION_NOUNS,
    STATE_MEDIA_MODIFIERS,
)
from tui.core.speaker_kinds import (
    BODY_KINDS,
    NETWORKS,
    PERSON_ROLES,
    appositive_head,
    given_name,
    marked_kind,
    names_union_local,
    numbered_body,
)
from tui.core.speakers.names import _key, _name_shaped
from tui.core.speakers.noun_phrases import (
    _goods_maker,
    _inner_article,
    _plural_possessive,
    _subject_body_on,
)
from tui.core.speakers.records import _Analysis, _Entry
from tui.core.speakers.sentences import _opens_line_or_sentence
from tui.core.speakers.tokens import _ROLES_OR_TITLES, Token, _possessive, class_suit, tokens
from tui.core.text import alternation


def _ends_body(before: str, last: str) -> bool:
    """Whether `last` (in lower case, after `before`) ends a body's common noun phrase: an
    organization's word ("ministry") or a service compound ("coast guard")."""
    return last in ORGANIZATION_WORDS or f"{before} {last}" in SERVICE_COMPOUNDS


def _body_end(match: re.Match[str]) -> int | None:
    """Where the body owned in an `_OWNED_BODY` match ends: after the first of its words that
    is an organization's ("coast guard", "foreign ministry" in "... ministry gave"); None if
    none is."""
    words = match["body"].split()
    end = match.start("body")
    for k, word in enumerate(words):
        end += len(word)
        if _ends_body(words[k - 1].lower() if k else "", word.lower()):
            return end
        end += 1
    return None


# A body a capitalised owner holds: "China’s coast guard", "Japan’s foreign ministry" (its
# last word, or last two, an organization's).
_OWNED_BODY = re.compile(
    r"\b[A-Z][\w.-]*(?: [A-Z][\w.-]*)*[’']s (?P<body>(?:[a-z]+ ){0,2}[a-z]+)\b"
)
# Named speakers that may be people: a person, or a name of unknown kind ("Hale said").
_PERSON_LIKE = frozenset({"person", "unknown"})


# A social network after the preposition that places a post on it: "wrote *on Instagram*",
# "posted a video *to TikTok*", "a statement *on its official X account*".
_ON_NETWORK = (
    r"(?<![\w’'-])(?:on|to|via)\s+(?:(?:its|his|her|their|our)\s+(?:official\s+)?)?(?:"
    + alternation(SOCIAL_NETWORKS)
    + r")(?![\w-])"
)


@lru_cache(maxsize=64)
def _venue(head: str) -> re.Pattern[str]:
    """ "in a statement", "in an emailed statement": the document `head` as where words were
    given; for a post (NETWORK_POSTS), also any network words went on ("wrote on Instagram ...
    the post read"), and for a statement, a network it went on by name ("shared a statement on
    X"; not "wrote on X that ...", a post). The word boundary is a look-behind after the "I"
    or "i", so that the scan skips from one such letter to the next instead of trying it at
    every position."""
    if head in NETWORK_POSTS:
        network = "|" + _ON_NETWORK
    elif head == "statement":
        network = r"|statement\s+" + _ON_NETWORK
    else:
        network = ""
    return re.compile(
        r"[Ii](?<!\w.)n\s+(?:a|an|her|his|their|its)\s+(?:[a-z]+\s+)?"
        + re.escape(head)
        + r"\b"
        + network
    )


# Titles of courtesy that only ever open a person's name: not "St" ("St Helens Bank") nor
# "Tan" ("Tan Holdings"), a title only before another word.
_PERSONAL_TITLES = COURTESY_TITLES - PLACE_ABBREVIATIONS - BOUND_TITLES.keys()
_BODY_ROLES = frozenset({"leader", "head"})  # of a body the description may name
# Words of an organization's name that make it no company: "Bureau of Mines", "City Council"
# (not a company's own: "Northway Airlines"); a trade a public body shares stays one ("the
# Special Investigations Unit", "Westfield Co-op": not "the company").
_PUBLIC_BODY_WORDS = (
    ORGANIZATION_WORDS
    - CORPORATE_NAME_WORDS
    - frozenset("company firm corporation corp inc ltd plc group bank fund".split())
)
# Descriptions that stand for an organization of any name: "the group said"; but for no
# company's or bank's ("Acme Corp", "Brill Bank": "the company", "the bank"), unless it is
# named a group ("Acme Group").
_ANY_ORGANIZATION_HEADS = frozenset("group organization organisation".split())
_COMPANY_NAME_WORDS = frozenset(
    "inc corp corporation co llc ltd plc llp ag gmbh holdings company bank bancorp".split()
)


def _legal_name_start(toks: list[Token]) -> int | None:
    """Where a company's name closing a phrase with its legal suffix starts, after the
    lower-case words of its trade or where it is based ("lithium producer *Redhill Minerals
    Ltd*", "the zinc smelter *Ostrava Metals plc*", "Toronto-based *Vale Metals Inc*"); None
    if the phrase ends otherwise or no such word stands before the name."""
    last = len(toks) - 1
    if last < 2 or toks[last].lower not in LEGAL_SUFFIXES:
        return None
    k = last
    while k > 0 and toks[k - 1].capitalized and not _participle_of(toks[k - 1]):
        k -= 1
    before = toks[k - 1] if 0 < k < last else None
    return (
        k
        if before is not None
        and (before.word.islower() or _participle_of(before))  # "Toronto-based Vale Metals Inc"
        and before.lower not in DETERMINERS
        else None
    )


def _service_named(words: list[str]) -> SpeakerKind | None:
    """ "organization" for a service named by a person's noun with the word before it ("the
    coast guard", "China's Coast Guard", "the National Guard"; a "guard" alone is a person,
    so is "a former war monitor"); else None. `words`: a speaker phrase's words, in lower case."""
    compound = " ".join(words[-2:])
    if compound in DEFINITE_SERVICES and (
        words[0] in ("a", "an") or not OFFICE_SUBORDINATES.isdisjoint(words)
    ):
        return None  # "a former war monitor said": a person
    return "organization" if compound in SERVICE_COMPOUNDS else None


def _rival_name_start(toks: list[Token]) -> int | None:
    """Where a company's name starts after the word of its rivalry opening the sentence in
    capitals ("*Rival* Vintner Brands said", "*Competitor* Aalders Foods said"); None if none."""
    return 1 if len(toks) > 2 and toks[0].lower in RIVAL_NOUNS and toks[1].capitalized else None


def _general_body(words: list[str], i: int) -> bool:
    """Whether "general" (words[i]), a rank before a name, opens a body's name before its
    body's word ("the General Administration of Customs", not "General Tom Hale")."""
    return words[i] == "general" and i + 1 < len(words) and words[i + 1] in ORGANIZATION_WORDS


def _proper_organization(toks: list[Token]) -> SpeakerKind | None:
    """The kind of a proper name of several words that heads an organization's or an
    outlet's name, "of" and "and" inside it: "the Department of Fisheries and Oceans", "Bank
    of Erewhon", "the Committee on Public Safety". None if any word is a title or a person's
    role ("Bank of Erewhon CEO Tom Hale" is a person); a plural role may name members
    ("Association of Flight Nurses")."""
    own = toks[1:] if toks and toks[0].lower == "the" else toks
    if len(own) < 2 or _person_before_marker(own, own is toks) or _person_of_body(own) is not None:
        return None
    # An institution named for the role it serves, that role ending it: "the Office of the
    # Inspector General", "Bureau of the Public Counsel" (not "Office of the Mayor Tom Hale").
    served = own[1].lower == "of" and own[0].lower in ORGANIZATION_MARKERS
    served = served and (own[-1].lower in TITLES or own[-1].lower in PERSON_ROLES)
    # A title inside a name its body's noun ends is the body's cause: "the Wildlife Justice
    # Network", "the Ranger Welfare Foundation" (not "Bank of Erewhon CEO Tom Hale").
    served = served or own[-1].lower in ORGANIZATION_MARKERS or own[-1].lower in NETWORKS
    # Its members by their plural role after the body's noun and "of": "the Royal College of
    # General Practitioners", "the Association of Head Teachers" (their titles are theirs).
    served = served or _members_of_body([t.lower for t in own])
    for k, tok in enumerate(own):
        if tok.word[0].isupper():
            if (
                not served
                and (
                    tok.lower in TITLES
                    or (tok.lower in PERSON_ROLES and not tok.lower.endswith("s"))
                )
                and not _general_body([t.lower for t in own], k)
            ):
                return None
        elif (
            tok.lower not in NAME_CONNECTORS
            and tok.word not in {"&", ".", ","}
            and not _subject_body_on(own, k)
            and not _inner_article(own, k)  # "the Center for a Fair Tax"
        ):
            return None
    if _firm_of_partners(own):
        return "organization"
    # with its article: "The Orange County Register", a masthead after "The" and a place
    kind = marked_kind([t.word for t in toks if t.word[0].isalnum()])
    return kind if kind in ("organization", "media") else None


def _firm_of_partners(toks: list[Token]) -> bool:
    """Whether capitalised names are joined by "&", as firms are named ("Mirren & Vance",
    "Keel, Abbott & Shore"); not people by their given names ("Tom & Ann")."""
    amp = next((k for k, t in enumerate(toks) if t.word == "&"), 0)
    return 0 < amp < len(toks) - 1 and partners_joined(toks, amp)


def partners_joined(toks: list[Token], amp: int) -> bool:
    """Whether the "&" at toks[amp] joins the partners of a firm's name: a name after it that
    is no given name ("Hartley & Voss", "Keller & Co."), or two single words of which only the
    second is one ("Marks & Spencer"); not people ("Tom & Ann", "Tom Hale & Ann Lee")."""
    after = toks[amp + 1].word
    if not given_name(after):
        return True
    one_each = amp + 2 == len(toks) and (amp == 1 or not toks[amp - 2].capitalized)
    return one_each and not given_name(toks[amp - 1].word)


def _members_of_body(words: list[str]) -> bool:
    """Whether lower-case `words` hold a body's noun, "of" and its members' plural after any
    modifiers, no determiner after "of": "the College of General Practitioners", "a coalition
    of dairy farmers", "an alliance of growers" (an organization; its members' words are
    theirs). Not a quantity or a troupe ("an army of volunteers": `MEMBERS_BODIES`), nor a
    person's role and surname in -s ("Bank of Erewhon CEO Rogers", "Union of Bakers chair Tom
    Evers"), nor "the office of the governor"."""
    last = words[-1]
    if len(words) < 3 or not last.endswith("s") or "of" not in words:
        return False  # the common case, told at once
    before = words[-2]
    if last not in PERSON_ROLES and (
        given_name(before)
        or before in TITLES
        or (before in PERSON_ROLES and before not in RANK_MODIFIERS)  # "Master Bakers"
    ):
        return False
    return any(
        words[j] == "of" and words[j - 1] in MEMBERS_BODIES and words[j + 1] not in DETERMINERS
        for j in range(1, len(words) - 1)
    )


def _person_of_body(toks: list[Token]) -> int | None:
    """Where a body's name starts after a person's name, given name or title first, and "of"
    or "with" (the index after the preposition): "Sgt. Rhea Tully *of the* Vell County
    Sheriff's Office", "Ann Tully *of* Dorn Police"; None if no person stands there ("the
    Jane Hale Institute of Art", the body's noun before "of"; "Boy Scouts of America"). A
    role opening the name is a title too: "Police Chief Rhea Tully *of the* Vell Police
    Service"; so is a rank's grade before the title: "Staff Sgt. Lee Park *of the* Kell
    Police Service"; not a role's own last word, "Chief Medical *Officer of* Health". The
    body may be a common noun after "the": "Insp. Ana Ferrer *of the* regional police", "Tom
    Hale *of the* coast guard" (`_common_body`)."""
    j = next((k for k, t in enumerate(toks) if t.lower in PERSON_BODY_LINKS), 0)
    rank = int(toks[0].lower in RANK_MODIFIERS)  # "Staff Sgt. Lee Park of": the title's grade
    if (
        j >= 2
        and j + 1 < len(toks)
        and toks[j - 1].capitalized
        and toks[j - 1].lower not in ORGANIZATION_MARKERS
        and (toks[-1].capitalized or _common_body(toks, j + 1))
        and (
            given_name(toks[j - 2].word)
            or (j >= 3 + rank and toks[rank].lower in TITLES)
            or (
                j >= 3
                and toks[j - 2].capitalized
                and _capitalised_role(toks[: j - 2])
                # "Chief Medical Officer of Health Ann Lee": the office's own words, no name;
                # not a surname that is a role word ("Fire Chief Xiomara Fisher of")
                and not (
                    toks[j - 1].lower in PERSON_ROLES
                    and (toks[j - 2].lower in OFFICER_FIELDS or toks[j - 2].lower in PERSON_ROLES)
                )
            )
        )
    ):
        return j + 1
    return None


def _common_body(toks: list[Token], k: int) -> bool:
    """Whether toks[k:] is "the" and a body by its common noun in lower case, as one person
    works there: "the regional police", "the county fire service", "the coast guard" (not
    "the night shift", "the rest")."""
    if len(toks) - k < 2 or toks[k].lower != "the":
        return False
    if not _ends_body(toks[-2].lower, toks[-1].lower):
        return False
    return all(t.word.islower() for t in toks[k + 1 :])


def _capitalised_role(toks: list[Token]) -> bool:
    """Whether a role written as a title, with its capital, stands in `toks`: "*Police Chief*
    Rhea Tully", "*Detective* Sgt."; not "a spokesman for"."""
    return any(t.word[0].isupper() and t.lower in PERSON_ROLES for t in toks)


def _person_before_marker(own: list[Token], bare: bool) -> bool:
    """Whether a name opens with what only a person's name has, so that its last word, an
    organization's ("Index", "Bank"), does not make it a body by itself: a courtesy title
    ("Ms. Index"), a person's role before a given name ("Analyst Ann Index"), or (`bare`, no
    "the" before it) a given name and one word more ("Ann Index"). The rest of the text then
    tells: a title, a role, an age, else the marker ("Walter Energy")."""
    words = [t for t in own if t.word != "."]
    if not words:
        return False  # only dots ("according to..:"): no name
    first = words[0].lower
    if first in _PERSONAL_TITLES:
        return True
    if first in PERSON_ROLES and len(words) > 2 and given_name(words[1].word):
        return True
    return bare and len(words) == 2 and given_name(words[0].word)


def _with_acronym(entry: _Entry) -> str:
    """A body's name as a reader knows it: with its acronym, when the text names it by that
    too ("Federal Aviation Administration (FAA)")."""
    if entry.acronym is None or entry.acronym in entry.name.split():
        return entry.name
    return f"{entry.name} ({entry.acronym})"


def _initials(name: str) -> str | None:
    """The acronym of a body's name, lower case: the initials of its capitalised words ("World
    Health Organization": "who", "the Bureau of Land Management": "blm"); None for a name of
    fewer than two such words."""
    words = [w for w in name.split() if w[0].isupper() and w.lower() not in DETERMINERS]
    return "".join(w[0] for w in words).lower() if len(words) >= 2 else None


def _acronym_key(found: _Analysis) -> str:
    """The key an acronym standing alone is known by ("the FAA": "faa"), "" for any other name
    (no body is filed under it)."""
    key = _key(found.name)
    if found.kind in ("person", "group") and found.description or " " in key:
        return ""
    bare = found.name.rpartition(" ")[2]
    return key if 2 <= len(bare) <= 6 and bare.isupper() and bare.isalpha() else ""


def _company_noun_before(pre: list[Token]) -> bool:
    """Whether a company's or an institution's noun stands just before a name ("the auction
    house Berrin", "the label Sunway", "the legal aid network Open Door")."""
    return bool(pre) and (pre[-1].word in ORGANIZATION_NOUNS or pre[-1].word in NETWORKS)


def _medium_noun_before_name(toks: list[Token]) -> int | None:
    """Where a medium's common noun in lower case stands right before its capitalised name
    ("trade publication *Pollstar Weekly*", "state news agency *KCNA*"), or a word saying who
    runs it ("the official *Korean Central News Agency*"), or None."""
    k = len(toks)
    while k > 0 and toks[k - 1].word[0].isupper():
        k -= 1
    if k == 0 or k == len(toks) or not toks[k - 1].word.islower():
        return None
    noun = toks[k - 1].lower
    if noun in MEDIA_NOUNS or noun in STATE_MEDIA_MODIFIERS:
        return k - 1
    if noun == "agency" and k > 1 and toks[k - 2].lower == "news":
        return k - 1
    return None


def _named_person_like(kind: SpeakerKind, named: bool) -> bool:
    """A named person, or a name that may be one (of unknown kind)."""
    return named and kind in _PERSON_LIKE


def _unknown_name(entry: _Entry) -> bool:
    """A named speaker of unknown kind: a pronoun may refer back to it, and tell its kind."""
    return entry.kind == "unknown" and entry.named


def _referred_to(entry: _Entry, pronoun: str) -> None:
    """What a pronoun referring back to a name of unknown kind tells: "he", "she", "who" a
    person; "it", "its", "which" an organization."""
    if not _unknown_name(entry):
        return
    if pronoun in PERSON_PRONOUNS or pronoun == "who":
        entry.kind = "person"
    elif pronoun in THING_PRONOUNS or pronoun in {"its", "which"}:
        entry.kind = "organization"


def _leads_body(found: _Analysis, entry: _Entry) -> bool:
    """Whether a speaker may be the leader or head a description names by its body: "the
    union leader" is the "head of the union" or a local's ("Local 12 president"), not the
    head of a band; other descriptions
    ("the leader", "the veteran lawmaker") may be anyone holding the role."""
    if found.head not in _BODY_ROLES:
        return True
    body = set(_key(found.name).split()[:-1]) - SPEAKER_DETERMINERS
    role = set(_key(entry.role or "").split())
    if names_union_local(entry.role or ""):
        role.add("union")  # "Local 1317 president": a union's local, the union leader
    return not body or not body.isdisjoint(role)


def _proper_name_around(text: str, start: int, end: int) -> str | None:
    """The proper name of several words holding text[start:end], a capitalised word: the
    capitalised words before it (not a possessive: "Ontario's", but an office holder's:
    "Sheriff's Office", or a plural's: "Longshore Workers' Union"), then "of", "for", "and" or
    "the" and capitalised words after it ("Ministry of Transportation"); None if one word. A
    line break ends it ("Department of Roads\nPublished 12 March": the next line's word is no
    part of it)."""
    toks = tokens(text, max(0, start - 80), min(len(text), end + 80))
    at = next(k for k, t in enumerate(toks) if t.start == start)
    first = at
    while first > 0 and not _line_break_between(text, toks[first - 1], toks[first]):
        if toks[first - 1].capitalized and _name_word_before(toks[first - 1].word):
            first -= 1
        elif first > 1 and toks[first - 2].capitalized and _plural_possessive(toks, first - 1):
            first -= 2  # "the Longshore Workers' Union": a plural's mark inside the name
        elif joined := _joined_name_words(toks, first):
            first -= joined  # "the Food and Drug Administration": its first field and "and"
            break
        else:
            break
    if first > 0 and toks[first - 1].lower == "the":
        first -= 1
    last = at
    k = at + 1
    while k < len(toks) and not _line_break_between(text, toks[k - 1], toks[k]):
        if toks[k].capitalized or (k == last + 1 and numbered_body(toks[last].word, toks[k].word)):
            last = k  # "Ministry of Transportation", "Teamsters Local 12"
        elif toks[k].lower not in NAME_CONNECTORS:
            break
        k += 1
    if first == at and last == at:
        return None
    return text[toks[first].start : toks[last].end]


def _joined_name_words(toks: list[Token], first: int) -> int:
    """How many tokens before toks[first] are "and" or "&" and the first of a body's fields
    inside its name, after "the" and one to three capitalised words ("the *Food and* Drug
    Administration", "the *Federal Energy and* Mines Commission", "the *Fire &* Rescue
    Service"); 0 when they are not: a name or an acronym of its own ("Tom Hale and", "the FBI
    and"), a body's own word ("the Army and Air Force": two bodies), words with no article
    before them ("met Hale and Harbour Authority staff": two parties), nor a role or title
    after another word ("the Ontario Premier and Toronto City Council": an office holder)."""
    if first < 3 or toks[first - 1].lower not in {"and", "&"}:
        return 0
    for k in range(first - 2, max(0, first - 5), -1):
        word = toks[k]
        if not word.capitalized or word.word.isupper() or word.lower in ORGANIZATION_WORDS:
            return 0
        if toks[k - 1].lower == "the":
            return 0 if given_name(word.word) else first - k
        if word.lower in _ROLES_OR_TITLES:
            return 0
    return 0


def _line_break_between(text: str, before: Token, after: Token) -> bool:
    """Whether a line break stands between two tokens."""
    return text.find("\n", before.end, after.start) != -1


def _name_word_before(word: str) -> bool:
    """Whether a capitalised word before a body's head is part of its name: no possessive
    ("Ontario's Ministry"), unless a role's ("the Sheriff's Office", "Attorney's Office")."""
    return not _possessive(word) or word[:-2].lower() in PERSON_ROLES


def _participle_of(token: Token) -> bool:
    """Whether a word is a participle joined to a name: "Dallas-based", "Nasdaq-listed",
    "state-owned"."""
    return "-" in token.word and token.lower.endswith("ed")


def _affiliated_source(found: _Analysis) -> bool:
    """Whether an unnamed person is described by a role and the organization or person it
    serves, named before the role ("a Kessler spokesman", "an Acme engineer", "Pask's
    spokesperson"): the words without the article are a role, as "spokesman for Kessler" is."""
    words = found.name.split()
    if found.kind != "person" or found.named or words[-1].lower() not in PERSON_ROLES:
        return False
    if len(words) >= 2 and words[-2][0].isupper() and words[-2].endswith(("'s", "’s")):
        return True  # "Pask's spokesperson", "Senator Pask's aide"
    return (
        len(words) > 2
        and words[0].lower() in {"a", "an"}
        and any(w[0].isupper() for w in words[1:-1])
    )


def _holds_head(key: str, head: str) -> bool:
    """Whether an organization's name (its key) fits a description's head: holds it ("the
    commission": "harbor commission"), or, for "the company", "the carmaker" and other
    `COMPANY_NOUNS`, names no public body ("Acme Builders", not "Bureau of Mines"); "the
    group" and "the organization" fit any but a company's or a bank's ("the Ohio Chapter of
    the Lung Association", not "Acme Corp")."""
    words = key.split()
    if head in words:
        return True
    if head in _ANY_ORGANIZATION_HEADS:
        return _COMPANY_NAME_WORDS.isdisjoint(words)
    return head in COMPANY_NOUNS and _PUBLIC_BODY_WORDS.isdisjoint(words)


def _described_as_no_company(entry: _Entry, head: str) -> bool:
    """Whether a company's noun ("the airline", "the company") cannot stand for a body that
    its appositive's head gives a sort no company is ("KabinenVerband, the union representing
    cabin crew": a union; "Orla, the pilots' association"); not a company described by such a
    body ("a member of the industry association", "a campaign software maker")."""
    return (
        head in COMPANY_NOUNS
        and entry.role is not None
        and appositive_head(entry.role) in NONCOMMERCIAL_BODY_NOUNS
    )


_PUBLICATION_HEADS = frozenset("gazette journal bulletin register".split())
_OFFICIAL_WORDS = frozenset({"official", "government"})


def _document_compound(words: list[str]) -> bool:
    """Whether lower-case `words` end in a document a modifier makes of their noun: a
    government's own publication, "official" or "government" before a periodical's noun
    ("the union's official journal", "the government gazette": a document of record, no
    outlet, not "the Lodan Gazette"); a suit filed for a class of people ("the proposed class
    action alleges": not "action" alone, a deed)."""
    return len(words) >= 2 and (
        (words[-1] in _PUBLICATION_HEADS and words[-2] in _OFFICIAL_WORDS)
        or class_suit(words[-2], words[-1])
    )


def _firm_suffix(toks: list[Token], i: int) -> bool:
    """Whether the role word toks[i] ends a firm's name: a capitalised body's marker after a
    capitalised word of the name ("Fellgate Partners", not "The Partners", "Acme's partners")."""
    if i < 1 or toks[i].lower not in ORGANIZATION_MARKERS or not toks[i].word[0].isupper():
        return False
    before = toks[i - 1]
    return (
        _name_shaped(before.word)
        and not _possessive(before.word)
        and (before.lower not in _ROLES_OR_TITLES and before.lower not in DETERMINERS)
    )


_BODY_OR_PLACE_WORDS = ORGANIZATION_WORDS | PLACE_NAME_WORDS


def _bare_full_name(toks: list[Token]) -> bool:
    """Whether `toks` are two or three name-shaped words, no body's or place's word: a full
    name, its given name unknown, before "of" and a body ("Stijn Adler of Norrland Bank")
    is a person's, as a body's name of plain names has its body's word ("Bank of Lodan")."""
    return 2 <= len(toks) <= 3 and all(
        _name_shaped(t.word) and t.lower not in _BODY_OR_PLACE_WORDS for t in toks
    )


def _body_after(toks: list[Token]) -> bool:
    """Whether `toks`, after "of" or "with", name a body by its own words ("Norrland Bank",
    "the Lodan Herald") or by more than one word ("Harlow Markets"), not a place of one word
    ("Zurich")."""
    words = [t.word for t in toks if t.lower != "the"]
    return len(words) > 1 or marked_kind(words) in BODY_KINDS


def _company_maker(words: list[str]) -> bool:
    """Whether a phrase with no name may be a company by its "maker": "its maker", "the drug
    maker", "a maker of valves" (and any phrase without "maker"); not "the film maker", a
    person (`PERSON_MAKER_CRAFTS`)."""
    at = words.index("maker") if "maker" in words else 0
    return at == 0 or words[at - 1] not in PERSON_MAKER_CRAFTS


def _role_of_body(words: list[str]) -> bool:
    """Whether lower-case `words` open with one person's role and "of" or "for", the body
    after them its complement, as a headline writes it without an article: "Member of House
    panel", "Spokesman for Senate committee" (a person, whatever body follows)."""
    return len(words) > 2 and words[1] in ("of", "for") and words[0] in PERSON_ROLES


def _opening_capital_only(text: str, toks: list[Token]) -> bool:
    """Whether the only capital of a plural description is the one opening its sentence
    ("State worker unions", "Major lenders"): bodies of a kind, none named."""
    return (
        len(toks) > 1
        and toks[-1].lower.endswith("s")
        and all(t.word.islower() for t in toks[1:])
        and _opens_line_or_sentence(text, toks[0].start)
    )


def _maker_before(pre: list[Token]) -> bool:
    """Whether the words before a name end in a maker of goods, a company's trade ("drug
    maker Vantrex", "Automaker Corvane", "chipmaker Arlo"), not a person's craft ("film maker
    Ann Lowe", "Lawmaker Ann Lee": `PERSON_MAKER_CRAFTS`)."""
    return bool(pre) and _goods_maker(pre[-1].lower, pre[-2].lower if len(pre) > 1 else "")
