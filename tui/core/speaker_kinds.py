"""Kind evidence: whether a capitalised name is a person, an organization or a medium.

A name is a person only with evidence of a person: a personal title or a person's role noun
before it ("Sen.", "spokesman"), a person's role in its appositive ("X, a lawyer"), an age, a
known given name, a surname the article gives a person, a "he"/"she" that refers back to it
(`Speakers` upgrades it then). A name is an organization or a medium when its own words say so
(an outlet of the list, a head word such as "Holdings", "Bank", "News", "Ministry"), when its
appositive names a company or an outlet ("X, the bank"), or when the article refers to it by
"its" or "which", or trades its shares ("shares of X"). With no evidence either way the kind
is `unknown`: a named speaker that may be either ("Northfield said ..." with nothing else
known).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tui.core.given_names import FEMALE_NAMES, MALE_NAMES, UNISEX_NAMES
from tui.core.lexicon import (
    BODY_PEER_NOUNS,
    DEMONYM_ENDINGS,
    DEMONYMS_IN_IS,
    DETERMINERS,
    DOCUMENT_NAME_HEADS,
    DOCUMENT_WORDS,
    FEMALE_NOUNS,
    FUNCTION_WORDS,
    GOVERNMENT_PLACES,
    JURISDICTIONS,
    MALE_NOUNS,
    MEDIA_WORDS,
    NAME_CONNECTORS,
    NAME_PARTICLES,
    NUMBERED_BODIES,
    ORGANIZATION_WORDS,
    PEOPLES_NAMED_PLURAL,
    PLACE_INITIALS,
    PLACE_MODIFIERS,
    PLACE_NAME_WORDS,
    PLACE_PREPOSITIONS,
    PLURAL_HEADS,
    POST_NOMINALS,
    PROVINCIAL_AGENCY_FIELDS,
    RESCUE_ROLE_NOUNS,
    ROLE_ACRONYMS,
    ROLE_NOUNS,
    SHOP_NAME_HEADS,
    SOCIAL_NETWORKS,
    STATES_AND_PROVINCES,
    SURVEY_AGENCY_FIELDS,
    TEAM_ROLES,
    TITLE_SECONDS,
    TITLES,
    TRAVEL_ROLE_NOUNS,
    US_STATES,
    VESSEL_COMPANY_ROLES,
    VESSEL_NOUNS,
    VISITOR_NOUNS,
)
from tui.core.model import SpeakerKind
from tui.core.organizations import (
    ARMED_FRONT_WORDS,
    ARMED_GROUP_HEADS,
    ARMED_GROUP_NAMES,
    BAND_BODY_ENDS,
    EMBLEM_BODY_NAMES,
    HEAD_FIRST_MARKERS,
    MASTHEAD_WORDS,
    MEDIA_MARKERS,
    MEDIA_NOUNS,
    ORGANIZATION_MARKERS,
    ORGANIZATION_NOUNS,
    OUTLETS,
    PARTY_NAMES,
    PERSON_NAMED_COMPANIES,
    REGION_MODIFIERS,
    REGIONAL_ARMS,
    SUBJECT_BODY_HEADS,
    UNION_MEMBER_HEADS,
    UTILITY_NAME_WORDS,
    WEB_SUFFIXES,
)
from tui.core.text import (
    AGE_WORD,
    POSSESSIVE_ENDINGS,
    YEAR_NUMBER,
    last_word_start,
    occurrences,
    unaccented,
    whole_word_starts,
)

# Role nouns that describe one person: not a collective ("police"), a share ("majority"), a
# word of an organization's own ("office") or a trade firms ply too ("Orvex, a miner,").
PERSON_ROLES: frozenset[str] = (
    (
        (ROLE_NOUNS | RESCUE_ROLE_NOUNS | TRAVEL_ROLE_NOUNS)
        - ORGANIZATION_WORDS
        - frozenset("percent majority minority plurality authority authorities troops".split())
        - frozenset("miner miners driller drillers".split())
    )
    | MALE_NOUNS
    | FEMALE_NOUNS
)
# Trades that are common surnames too, kept out of ROLE_NOUNS ("Juniper, a cook,", "Ray Dunn,
# a farmer,", not "Tom Cook said"); not trades a firm has too ("Parcelnet, a courier,", "a
# grower", "a miner").
SURNAME_TRADES: frozenset[str] = frozenset(
    """
    cook chef waiter waitress farmer driver cleaner baker butcher carpenter plumber
    fisherman gardener pensioner homeowner commuter pilot rancher trucker barber
    hairdresser tailor singer painter photographer artist sculptor carer nanny housekeeper
    postman cabbie architect accountant receptionist mason shepherd guard
    """.split()
)
# Nouns of a person only as an appositive's head: adjectives before a noun elsewhere ("Leo, a
# senior, said", "Ana, a junior at Oak High,", not "a senior official"), `SURNAME_TRADES`, and a
# party's member ("Hale, a Republican,", not "a Republican senator").
APPOSITIVE_ROLES: frozenset[str] = (
    frozenset("senior seniors junior juniors".split())
    | SURNAME_TRADES
    | frozenset(
        "republican democrat tory conservative liberal socialist communist centrist".split()
    )
)
_GIVEN: frozenset[str] = MALE_NAMES | FEMALE_NAMES | UNISEX_NAMES
# "of" and "for" inside an organization's name: its head stands before them ("Bank of Erewhon").
# The kinds of a body: what a person is "of" or works "with", what "it" or "its" may stand for.
BODY_KINDS: frozenset[str] = frozenset({"organization", "media"})
HEAD_CONNECTORS = frozenset({"of", "for"})
# A party and a state after a politician's name: "R-Ohio", "D-N.Y.", "I-Vt".
PARTY_STATE = re.compile(r"[RDI]-[A-Z][A-Za-z.]*")
# Demonyms in the plural are groups of people: "Canadians", "Germans", "Asian-Americans", and
# peoples known by name ("Dene", "Inuit"); not a plural noun opening a sentence ("Loans",
# "Scans", "Plans", "Veterans").
DEMONYM_PLURAL = re.compile(
    r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:"
    + "|".join(DEMONYM_ENDINGS)
    + ")|"
    + "|".join(DEMONYMS_IN_IS + PEOPLES_NAMED_PLURAL)
)
# Plurals of nouns for people by what they do, by their endings: "Protesters", "Demonstrators",
# "Activists", "Residents", "Migrants", "Retirees", "Critics", "Conservatives", "Officials",
# "Families", "Deputies", "Regulars", "Scholars"; "Fishermen", "Congresswomen" (four letters
# at least before "men": not "Yemen", "Carmen", nor "Gunmen"). Surnames end so too
# ("Peters", "Connors"): only a word that no name in the text holds is one. A prefix and a
# hyphen may open it: "Counter-protesters", "Ex-workers", "Co-founders".
_PEOPLE_PLURAL = re.compile(
    r"(?:[A-Z][a-z]+-[a-z]|[A-Z])[a-z]+(?:ers|ors|sts|nts|ees|ics|ives|als|ies|lars)"
    r"|[A-Z][a-z]{3,}men"
)
_PLURALS = PLURAL_HEADS | {"others"}
# What the article says after a name elsewhere: ", 45," and ", who" (a person), ", which" (a
# thing); ", whose", said of a company too ("Acme, whose shares fell"), a person only when
# nothing else tells. The capitalised word before the comma is the name's last word.
_AFTER_NAME = re.compile(
    r",\s+(?:(?P<age>\d{1,3}),|(?P<who>who|whom)\b|(?P<whose>whose)\b|(?P<which>which)\b)"
)
_LAST_NAME_WORD = re.compile(r"(?<![\w’'-])([A-Z][\w’'&.-]*)$")
# "X announced its", "X and its": the name one or two lower-case words before "its"; the
# first of them is kept to tell a place's preposition ("skip Halvard on its route").
_SUBJECT_OF_ITS = re.compile(r"(?<![\w’'-])([A-Z][\w’'&.-]*)\s+([a-z]+)(?:\s+[a-z]+)?$")
# "Acme CEO", "Acme board": a name before a word only a company has; "Summit general
# manager": a team's; "Tamarack Power crews", "Coastlinx customers": a utility's or an agency's.
_COMPANY_PARTS = (
    "CEO",
    "CFO",
    "COO",
    "shareholders",
    "board",
    "general manager",
    "crews",
    "customers",
)
_PLURAL_NAME = re.compile(r"[A-Z]\w*(?:[^s’']s|men)")
# "Acme's shares", "Acme's chief executive": after a name's possessive, what only a company
# has; "Railink's customers": a body's, a name no given name opens (a person's is told by
# it first); not a website, which a singer or a doctor has too ("Shakira's website"); not
# after the bare name, where a verb may stand ("Lee shares the view"). Found after the
# possessive's "s" (one search for either apostrophe).
_OWNED_COMPANY_PARTS = ("s shares", "s chief executive", "s customers")
# "the charity Brightwater Relief", "the company Halvern Systems", "the collective Barrio
# Vivo", "the NGO Mar Azul": a body's noun before a capitalised name makes that name an
# organization's (one search for each noun).
_BODY_NOUNS_BEFORE_NAMES = (
    " charity ", " nonprofit ", " company ", " firm ", " ngo ", " NGO ", " collective ",
    " cooperative ",
)  # fmt: skip
_NAME_AFTER_NOUN = re.compile(r"[A-Z][\w&’'-]*(?: (?:of |for |and )?[A-Z][\w&’'-]*)*")
# After a name of one word, what makes it the noun's apposition, not the subject of a clause
# on the noun ("the company Musk runs", "a firm Jones ran"): a mark, an auxiliary or a verb of
# saying ("the charity Oxfam said", "the firm Halvern, based in Leeds,").
_APPOSED_ONE_WORD_END = re.compile(
    r"\s*(?:[,.;:!?)’']|$)"
    r"|\s+(?:said|says|told|announced|added|stated|warned|reported|is|was|has|had|will|would)\b"
)
# "shares of Acme", "stock in Acme": the capitalised name after is a company's. Matched where
# a substring search finds "hares ", "tock " or "take " (the word boundary is checked after).
_SHARES_HEADS = ("hares", "tock", "take")  # less their "s"/"S"
_SHARES_OF = re.compile(
    r"[Ss](?:" + "|".join(_SHARES_HEADS) + r") (?:of|in) ((?:[A-Z][\w&.-]*\s)*[A-Z][\w&-]*)"
)
_SHARES_OF_ENDINGS = tuple(f"{head} " for head in _SHARES_HEADS)
# A network is an outlet when nothing but broadcasting modifies it ("the network", "the cable
# network"), else a body of members ("the legal aid network Open Door", "a rights network").
NETWORKS = frozenset({"network", "networks"})
_BROADCAST_MODIFIERS = frozenset(
    "television tv cable radio news broadcast broadcasting media satellite streaming".split()
)
# What a broadcaster's network airs, before "Network" in its name: "Sun Sports Network".
_BROADCAST_GENRES = frozenset("sports music weather shopping entertainment movie film".split())
_LOOK_BACK = 60  # characters before "its" or a comma searched for the name
# An armed group's head that may open its name, a Spanish particle after it: "Cártel del Norte".
_CARTELS = frozenset({"cartel", "cártel"})


# The companies that run social networks, speaking by their network's name ("Facebook said
# it had removed the post"); not "X" nor "Threads", also a letter and a common noun.
_NETWORK_COMPANIES = frozenset(n.lower() for n in SOCIAL_NETWORKS) - {"x", "threads"}
# The words of a place's name before a utility's word: "Green Mountain", "Northern States".
_PLACE_WORDS = PLACE_NAME_WORDS | PLACE_MODIFIERS


def _plain(word: str) -> str:
    return word.lower().rstrip(".,")


# The number closing a body's name: up to four digits, maybe a letter ("Local 1199", "Local
# 1006A"); after a union's acronym, no year ("CUPE 3903", not "NATO 2030").
NAME_NUMBER = re.compile(r"\d{1,4}[A-Z]?")
_ACRONYM = re.compile(r"[A-Z]{2,6}")
# A North American station's call letters: "KTLA", "WABC"; Canada's "CKNW", "CHCH", "CFRB".
_CALL_SIGN = re.compile(r"[KW][A-Z]{2,3}|C[FHIJK][A-Z]{1,2}")
# A station's number after its call letters: a channel ("KTLA 5", "CHCH 11") or an AM
# frequency ("CKNW 980", "WBZ 1030"); not a union local's ("WFSE 304").
_STATION_NUMBER = re.compile(r"[0-9]{1,2}|(?:[5-9]|1[0-7])[0-9]0")


_UNION_LOCAL = re.compile(r"\blocal\b(?!\s+[^\W\d_])", re.IGNORECASE)


def names_union_local(role: str) -> bool:
    """Whether `role` names a union's local, the noun, not the adjective: "Local 1317
    president", "the local's president", "president of the local"; not "chair of the local
    school board", "head of the local chamber of commerce"."""
    return _UNION_LOCAL.search(role) is not None


def numbered_body(word: str, number: str) -> bool:
    """Whether `word` and `number` close a body's name: a local and its number ("Local 12",
    "Local 1006A") or a union's acronym and its local's ("CUPE 3903", "SEIU 1199")."""
    if NAME_NUMBER.fullmatch(number) is None:
        return False
    if word.lower() in NUMBERED_BODIES:
        return True
    return numbering_word(word) and YEAR_NUMBER.fullmatch(number) is None


def numbering_word(word: str) -> bool:
    """Whether a number after `word` may close a body's name: a local ("Local") or a union's
    acronym ("CUPE")."""
    return word.lower() in NUMBERED_BODIES or _ACRONYM.fullmatch(word) is not None


def marked_kind(words: Sequence[str]) -> SpeakerKind | None:
    """The kind a name's own words give ("Fox News": media, "Acme Holdings", "Ministry of
    Fisheries", "Labour": organization), or None when they say nothing. The head is the last
    word, or the word before "of"/"for" ("Bank of Erewhon"), or before the "on" of a body named
    for its subject ("Committee on Public Safety")."""
    lower = [_plain(w) for w in words if w]
    if not lower:
        return None
    joined = " ".join(lower)
    if joined in OUTLETS or joined.removeprefix("the ") in OUTLETS or "news" in lower:
        return "media"  # "Fox News", "The Hill", "Acme News Service"
    if lower[-1].endswith(WEB_SUFFIXES):
        return "media"  # a website: "Example.com"
    inner = [
        j
        for j, w in enumerate(lower)
        if j > 0 and (w in HEAD_CONNECTORS or w == "on" and lower[j - 1] in SUBJECT_BODY_HEADS)
    ]
    head = lower[inner[0] - 1] if inner else lower[-1]
    if _members_network(lower, head):
        return "organization"  # "the Wildlife Justice Network"; not "Cartoon Network"
    if head in MEDIA_MARKERS:
        return "media"
    if head == lower[-1] in MASTHEAD_WORDS and lower[0] == "the" and len(lower) > 2:
        return "media"  # "The Sacramento Bee"; not "the Bee", nor "Globe"
    if head == lower[-1] and _merged_mastheads(head):
        return "media"  # "The Courier-Ledger", "Post-Gazette": two papers' words, merged
    if (
        head in ARMED_GROUP_HEADS
        or head == "front"
        and not ARMED_FRONT_WORDS.isdisjoint(lower)
        or joined.removeprefix("the ") in ARMED_GROUP_NAMES
    ):
        return "group"  # "the Liwa al-Fajr militia", "the Eastern Liberation Front", "Hamas"
    first = int(lower[0] == "the")
    if len(lower) > first + 2 and lower[first] in _CARTELS and lower[first + 1] in ("de", "del"):
        return "group"  # "Cártel del Poniente"; not "The Gang of Four"
    if head == lower[-1] == "health" and len(lower) > 1 and lower[-2].endswith(POSSESSIVE_ENDINGS):
        return "media"  # a magazine's title: "Men's Health"; not "Northern Health"
    if (
        head in ORGANIZATION_MARKERS
        or head in ORGANIZATION_WORDS
        or joined in PARTY_NAMES
        or joined in _NETWORK_COMPANIES
    ):
        return "organization"
    if (last_two := " ".join(lower[-2:])) in EMBLEM_BODY_NAMES or last_two in BAND_BODY_ENDS:
        # "the Red Cross", "the Kenyan Red Cross", "Red Crescent", "the Osoyoos Indian Band"
        return "organization"
    if len(lower) > 1 and lower[lower[0] == "the"] in HEAD_FIRST_MARKERS:
        return "organization"  # "Fundación Aguas Vivas", "the Partido Verde"
    if joined in PERSON_NAMED_COMPANIES:
        return "organization"  # "J.P. Morgan", "Morgan Stanley": no person
    if head == lower[-1] in DOCUMENT_NAME_HEADS and len(lower) - (lower[0] == "the") >= 2:
        if head == "survey" and lower[-2] in SURVEY_AGENCY_FIELDS:
            return "organization"  # "the U.S. Geological Survey": an agency
        return "document"  # "the Harlow Poll", "Eastmere Survey"; not "Poll" alone
    if len(lower) > 1 and numbered_body(words[-2], words[-1]):
        if len(lower) == 2 and (
            lower[0] in OUTLETS
            or (_CALL_SIGN.fullmatch(words[0]) and _STATION_NUMBER.fullmatch(words[1]))
        ):
            return "media"  # a station and its channel: "NBC 4", "KTLA 5"
        return "organization"  # a union's local: "Teamsters Local 12", "CUPE 3903"
    if head == lower[-1] in UNION_MEMBER_HEADS and len(lower) - (lower[0] == "the") >= 3:
        return "organization"  # a union named for its members: "United Assembly Workers"
    if inner and head[-1:] == "s" and head[:-1] in ORGANIZATION_MARKERS:
        return "organization"  # institutions named with their field: "Centers for X and Y"
    if len(lower) > 1 and lower[0] in OUTLETS and next(filter(None, lower[1:]), "") not in TITLES:
        return "media"  # "CNN International"; not "Rt Hon Ann Lee" (a title's grade, "RT")
    if _utility_name(lower) or _provincial_agency(lower):
        return "organization"  # "Manitoba Hydro", "Hydro One", "Alberta Wildfire"
    if _placed_acronym(words[-1], lower):
        return "organization"  # a party's or a club's branch: "Ontario NDP", "Toronto FC"
    if _placed_arm(lower):
        # "Air Canada", "Parks Canada", "Hydro Ottawa", "Canon Europe"; not "Ann France", nor
        # "China and Russia"
        return "organization" if "and" not in lower or _department_of(lower) else None
    if len(lower) == 1 and words[-1][-1:].isupper() and _glued_initials(words[-1]):
        return "organization"  # "DriveBC", "WorkSafeBC"
    return None


# One word of capitalised words glued to a province's or a state's initials: a body's name
# ("DriveBC", "WorkSafeBC", "FortisBC"); a surname in capitals inside ends in lower case
# ("McDonald", "DeSantis", "LeBlanc").
_GLUED_INITIALS = re.compile(r"(?:[A-Z][a-z]+)+([A-Z]{2})")


def _glued_initials(word: str) -> bool:
    """Whether `word` is capitalised words glued to a place's initials (`_GLUED_INITIALS`)."""
    glued = _GLUED_INITIALS.fullmatch(word)
    return glued is not None and glued[1].lower() in _PROVINCE_INITIALS


def _placed_acronym(last: str, lower: Sequence[str]) -> bool:
    """Whether a name (its last word as written, and its words in lower case) is a place and an
    acronym, a body's branch there ("Ontario NDP", "B.C. NDP", "Alberta UCP", "Toronto FC"):
    a person's name ends in capitals only with letters after it ("Ann Hale KC"), and a
    person's job is none ("The Toronto DJ", "the Ottawa CEO")."""
    acronym = last.rstrip(".,")
    return (
        2 <= len(acronym) <= 6
        and acronym.isalpha()
        and acronym.isupper()
        and lower[-1] not in POST_NOMINALS
        and lower[-1] not in ROLE_NOUNS
        and lower[-1] not in ROLE_ACRONYMS
        and _place(" ".join(lower[lower[0] == "the" : -1]), JURISDICTIONS)
    )


def _place(words: str, places: frozenset[str]) -> bool:
    """Whether lower-case `words`, their closing period stripped, are one of `places` or a
    place's initials, with their periods or without ("b.c", "bc": `PLACE_INITIALS`,
    `_PROVINCE_INITIALS`)."""
    return (
        words in places
        or f"{words}." in PLACE_INITIALS
        or words.replace(".", "") in _PROVINCE_INITIALS
    )


def _utility_name(lower: Sequence[str]) -> bool:
    """Whether a name's words (lower case) name a utility by a word that is a surname too
    (`UTILITY_NAME_WORDS`): after a state or province ("Manitoba Hydro", "Georgia Power"),
    "Hydro" after one word ("Toronto Hydro") or before one ("Hydro One"), or after two words
    or more of a place's name with no given name, title or initial ("Green Mountain Power",
    "Northern States Power"); not a person ("Ann Power", "Mr. Power", "Nguyen Thi Power"),
    nor a surname after one word ("Harlow Power": a body's after "the utility")."""
    words = lower[lower[0] == "the" :]
    if len(words) < 2:
        return False
    if words[0] == "hydro":
        return len(words) == 2
    if words[-1] not in UTILITY_NAME_WORDS:
        return False
    before = words[:-1]
    if " ".join(before) in US_STATES or _place(" ".join(before), STATES_AND_PROVINCES):
        return True  # "Georgia Power", "Manitoba Hydro", "B.C. Hydro"
    if words[-1] == "hydro" and len(before) == 1:
        return before[0] not in _GIVEN and before[0] not in TITLES and "." not in before[0]
    return (
        len(before) >= 2
        and not any(w in _GIVEN or w in TITLES or "." in w or len(w) < 2 for w in before)
        and not _PLACE_WORDS.isdisjoint(before)
    )


# The initials a province or a state of several words is written by, periods dropped ("BC",
# "B.C.", "PEI", "NSW").
_PROVINCE_INITIALS = frozenset(
    "".join(w[0] for w in p.split()) for p in STATES_AND_PROVINCES if " " in p
)


def _provincial_agency(lower: Sequence[str]) -> bool:
    """Whether a name's words (lower case) are a province or an Australian state and the
    field its agency is named by (`PROVINCIAL_AGENCY_FIELDS`): "Alberta Wildfire", "Ontario
    Parks", "Yukon Public Safety", "BC Wildfire"; not a given name before it ("Victoria
    Parks": a person), nor a U.S. state, many a given name no list holds ("Georgia Parks")."""
    words = lower[lower[0] == "the" :]
    for cut in (1, 2):
        place, field = " ".join(words[:cut]), " ".join(words[cut:])
        if field in PROVINCIAL_AGENCY_FIELDS and _place(place, STATES_AND_PROVINCES):
            return place not in _GIVEN
    return False


def _placed_arm(lower: Sequence[str]) -> bool:
    """Whether a name's words (lower case) end with a place of government or a region after
    a word of its own, no given name ("air canada", "canon europe", hyphened "hydro-québec"):
    a body or a company's arm there; not a region's own name ("north america", "east asia"),
    nor two places hyphened ("Asia-Europe service", "Canada-U.S. talks": a route, a pair)."""
    if len(lower) == 1 and "-" in lower[0]:
        lower = lower[0].split("-")
        if lower[0] in GOVERNMENT_PLACES or lower[0] in REGIONAL_ARMS:
            return False
    return (
        len(lower) > 1
        and (lower[-1] in GOVERNMENT_PLACES or lower[-1] in REGIONAL_ARMS)
        and lower[0] not in _GIVEN
        and lower[-2] not in REGION_MODIFIERS
    )


def _members_network(lower: Sequence[str], head: str) -> bool:
    """Whether a name ending in "Network" after two words or more names a body of members by
    its cause ("the Wildlife Justice Network", "Harbor Watch Network"); a broadcaster's
    ("Pacific Radio Network", "Sun Sports Network") or a two-word name ("Cartoon Network")
    stays an outlet."""
    words = lower[lower[0] == "the" :]
    return (
        len(words) >= 3
        and head == words[-1] in NETWORKS
        and words[-2] not in _BROADCAST_MODIFIERS
        and words[-2] not in _BROADCAST_GENRES
    )


def _department_of(lower: Sequence[str]) -> bool:
    """Whether a name listing its fields with "and" and ending in a country is a government
    department's ("Fisheries and Oceans Canada", "Immigration, Refugees and Citizenship
    Canada"): the country follows a field, not "and" or another place ("China and Russia")."""
    before = lower[-2]
    return before != "and" and before not in GOVERNMENT_PLACES and before not in _GIVEN


def weakly_marked_kind(words: Sequence[str]) -> SpeakerKind | None:
    """The kind a word inside a name suggests when nothing says it is a person: an acronym
    (an organization), an organization's or an outlet's word anywhere, a demonym plural (a
    group); None when nothing does."""
    if len(words) == 1 and len(words[0]) > 1 and words[0].isupper():
        return "organization"  # an acronym: "NATO"
    lower = [_plain(w) for w in words]
    if len(words) == 1 and (DEMONYM_PLURAL.fullmatch(words[0]) or lower[0] in _PLURALS):
        return "group"  # "Canadians said", "Others said"
    if any(w in ORGANIZATION_WORDS or w in ORGANIZATION_MARKERS for w in lower):
        return "organization"
    if len(words) > 1 and lower[-1] in SHOP_NAME_HEADS and words[-2].endswith(POSSESSIVE_ENDINGS):
        return "organization"  # "Brennick's Bakehouse": a shop named for its owner
    if any(w in MEDIA_WORDS for w in lower):
        return "media"
    return None


def described_kind(before: Sequence[str], appositive: str | None) -> SpeakerKind | None:
    """The kind the words around a name give: a title or a person's role just before it
    ("spokesman Tom Hale", "Sen. Tom Hale"), an age, an outlet's noun ("the daily Arko"); an
    appositive headed by a person's role ("a lawyer for the firm": person), a company ("the
    bank"), an outlet ("the network") or a document ("the report", a title's).
    `before` are the words before the name."""
    near = [w for w in before[-3:] if w != "."][-1:]  # the word before the name, "." skipped
    for word in near:
        plain = _plain(word)
        if (
            plain in TITLES
            or plain in TITLE_SECONDS
            or plain in PERSON_ROLES
            or plain in SURNAME_TRADES  # "farmer Ann Lee", "Baker Ann Lee": no surname
        ):
            return "person"  # "Sen. Tom Hale", "Tan Sri Ali Musa", "spokesman Tom Hale"
        if AGE_WORD.fullmatch(plain):
            return "person"
        if plain in NETWORKS and not _broadcasting(before[: before.index(word)]):
            return "organization"  # "the legal aid network Open Door", not "the TV network"
        if plain in MEDIA_NOUNS or (plain == "agency" and "news" in map(_plain, before)):
            return "media"  # "the broadcaster Arko", "state news agency Ralta"
        if plain in ORGANIZATION_NOUNS and word.islower():
            # "the tracking firm Brillo", "the auction house Berrin"; not "Speaker of the House"
            return "organization"
    if not appositive:
        return None
    if PARTY_STATE.match(appositive):
        return "person"
    head = appositive_head(appositive)
    if head in PERSON_ROLES or head in TITLES or head in APPOSITIVE_ROLES:
        return "person"
    if head in ORGANIZATION_NOUNS or head in ORGANIZATION_MARKERS:
        return "organization"
    if vessel_company(appositive.lower().split()):
        return "organization"  # "Halden Tankers, the ship's operator,"
    if head in NETWORKS and not _broadcasting(appositive.lower().split()[:-1]):
        return "organization"  # "Open Door, a legal aid network,"
    if head in MEDIA_NOUNS:
        return "media"
    if head in DOCUMENT_WORDS and appositive.islower():
        return "document"  # "The report, Lost Seasons, finds": the report by its title
    return None


def vessel_company(words: Sequence[str]) -> bool:
    """Whether lower-cased words are a vessel's company by its role ("the ship's operator",
    "the tanker's owners", an appositive's "ship's manager"); not "the owner", nor "the
    shop's owner"."""
    if words[:1] == ["the"]:
        words = words[1:]
    return (
        len(words) == 2
        and words[1] in VESSEL_COMPANY_ROLES
        and words[0].endswith(("'s", "’s"))
        and words[0][:-2] in VESSEL_NOUNS
    )


def _broadcasting(words: Sequence[str]) -> bool:
    """Whether the last of `words`, before "network", makes it a broadcaster's ("the TV
    network"); with no modifier, a network is an outlet ("the network said")."""
    modifier = _plain(words[-1]) if words else "the"
    return modifier in _BROADCAST_MODIFIERS or modifier in DETERMINERS


def appositive_head(appositive: str) -> str:
    """The head noun of an appositive: its last word before a function word or a participle
    ("a polling firm based in ...": "firm"; "director of the program": "director"; "the
    union representing nurses": "union"; "Save the Rivers' founder": "founder", a name's
    words before its possessive passed over)."""
    head = ""
    words = appositive.split()
    start = _named_possessor_end(words)
    for i, word in enumerate(words[start:], start):
        plain = word.lower().strip(",.;:’'")
        if plain == "and" and head and _coordinated_modifiers(words[i + 1 : i + 3]):
            continue  # "a trust and safety manager": two modifiers of the one role noun
        if head and (
            plain in FUNCTION_WORDS
            or plain.endswith("ed")
            or plain.endswith("ing")
            and (head in PERSON_ROLES or head in ORGANIZATION_NOUNS)
        ):
            break  # "a firm based in Ohio": a participle ends the noun phrase
        if plain.endswith(("’s", "'s")):
            head = ""  # "the nation's largest carrier": the possessor is not the head
            continue
        head = plain
    return head


def _coordinated_modifiers(after: Sequence[str]) -> bool:
    """Whether the two words after an appositive's "and" are a modifier and a person's role,
    so that the words before "and" modified that role too ("a trust and safety manager", "a
    health and safety officer"); not "a lawyer and the firm's founder" nor "the union and
    its members"."""
    if len(after) < 2 or not after[0].islower() or after[0] in FUNCTION_WORDS:
        return False
    return after[1].lower().strip(",.;:’'") in PERSON_ROLES


# Lower-case words inside an organization's title-case name: the article and connectors of
# `NAME_CONNECTORS` (no surname particles), "&", and a few small words: "Save the Rivers",
# "Friends of Lake Orra", "Mothers for Safe Roads".
_NAME_INNER_WORDS = (NAME_CONNECTORS - NAME_PARTICLES) | frozenset(
    ("&", "on", "in", "without", "against")
)


def _named_possessor_end(words: Sequence[str]) -> int:
    """How many of an appositive's opening words are a capitalised name's possessive
    ("Water Without Borders'", "Save the Rivers'", "Friends of Lake Orra's"), words inside
    the name lower case only where a name has them ("the", "of"); 0 for none, or for a
    possessive after a lower-case word of the phrase ("director of the city's parks": the
    function word ends the head there)."""
    if not words or not words[0][:1].isupper():
        return 0
    for i, word in enumerate(words):
        if word.endswith(POSSESSIVE_ENDINGS):
            return i + 1
        if not word[:1].isupper() and word not in _NAME_INNER_WORDS:
            return 0
    return 0


def people_plural(word: str) -> bool:
    """Whether a capitalised word has the shape of a plural noun for people by what they do
    ("Protesters", "Residents"), and is no outlet's or organization's own word ("Reuters")."""
    return (
        _PEOPLE_PLURAL.fullmatch(word) is not None
        and marked_kind([word]) is None
        and _plain(word) not in MEDIA_WORDS
    )


def people_noun(word: str) -> bool:
    """Whether a word is a plural of people or a person's role, in any case ("protesters",
    "Marchers", "a nurse")."""
    return people_plural(word.capitalize()) or word.lower() in PERSON_ROLES


def body_peer(words: Sequence[str]) -> bool:
    """Whether lowercased `words` are "its", at most a direction or place word, and a body's
    peer noun: "its northern neighbour", "its rival" (`BODY_PEER_NOUNS`); not "its senior
    partner" or "its chief rival" (a person may be either)."""
    return (
        2 <= len(words) <= 3
        and words[0] == "its"
        and words[-1] in BODY_PEER_NOUNS
        and all(w in PLACE_MODIFIERS for w in words[1:-1])
    )


def _merged_mastheads(word: str) -> bool:
    """Whether a hyphenated word joins two words of newspapers' names, as papers merged are
    named ("Courier-Ledger", "Star-Tribune", "Post-Gazette"); not "Smith-Jones"."""
    parts = word.split("-")
    return len(parts) == 2 and all(p in MEDIA_MARKERS or p in MASTHEAD_WORDS for p in parts)


def workplace(text: str, name: str) -> bool:
    """Whether `text` writes the name `name` (of two words or more) after a person's role or
    a plural of one and "at" ("a glaciologist at ETH Zurich", "researchers at Kell Labs"):
    where people work, an organization; read only where " at " and the name stand. Not the
    whole name before more of a word or a possessive ("a lawyer at Mbali Dube's hearing":
    her hearing), nor after a visitor's noun ("a tourist at Niagara Falls")."""
    for at in occurrences(text, " at " + name):
        end = at + 4 + len(name)
        if text[end : end + 1].isalnum() or text.startswith(POSSESSIVE_ENDINGS, end):
            continue
        word = text[text.rfind(" ", max(0, at - _LOOK_BACK), at) + 1 : at]
        plural = word[-1:] == "s"
        if word in VISITOR_NOUNS or (plural and word[:-1] in VISITOR_NOUNS):
            continue  # "tourists at Niagara Falls": a place they came to
        if word in PERSON_ROLES or (plural and word[:-1] in PERSON_ROLES):
            return True
    return False


def given_name(word: str) -> bool:
    """Whether a word is a known given name, of either gender ("Anna", "Alex"), its accents
    aside ("Óscar" as "Oscar")."""
    plain = _plain(word)
    return plain in _GIVEN or unaccented(plain) in _GIVEN


class TextEvidence:
    """What an article says of names elsewhere, by a name's last word as written: an age or
    "who" after it (a person; ", whose" too, when nothing else tells); "which" or "its" after
    it, a word only a company or a team has ("Acme CEO", "Herons coach", "Oilers captain", a
    plural's), its shares ("shares of Acme") or a body's noun before it ("the charity Acme
    Aid") (an organization). Built once, on first use.

    The words after a name ("its", "CEO", "shares of") are found by substring searches, each
    a fast pass over the text, where a regular expression opening with a space or a set of
    letters would be tried at each space or letter; the order of the findings is no matter."""

    def __init__(self, text: str) -> None:
        found: dict[str, set[SpeakerKind]] = {}
        whose: set[str] = set()  # the names before ", whose": people if nothing else tells
        for match in _AFTER_NAME.finditer(text):
            word = _name_word_before(text, match.start())
            if word is None:
                continue
            if match["whose"]:
                whose.add(word.group(1))
                continue
            kind: SpeakerKind = "organization" if match["which"] else "person"
            found.setdefault(word.group(1), set()).add(kind)
        for at in _after_space(text, "its"):
            word = _SUBJECT_OF_ITS.search(text, max(0, at - _LOOK_BACK), at)
            # a name before a preposition of place is where, not who: "stop at Halvard on its
            # way", "flights to Varna in its schedule"
            if word is not None and word.group(2) not in PLACE_PREPOSITIONS:
                found.setdefault(word.group(1), set()).add("organization")
        for part in _COMPANY_PARTS:
            for at in _after_space(text, part):
                word = _name_word_before(text, at)
                if word is not None:
                    found.setdefault(word.group(1), set()).add("organization")
        for role in TEAM_ROLES:
            for at in _after_space(text, role):
                word = _name_word_before(text, at)
                if (
                    word is not None
                    and _PLURAL_NAME.fullmatch(word.group(1))
                    and not _surname_named(text, word.group(1))
                ):
                    found.setdefault(word.group(1), set()).add("organization")
        for part in _OWNED_COMPANY_PARTS:
            for at in whole_word_starts(text, part, 0, len(text)):
                apostrophe = at - 1
                if apostrophe > 0 and text[apostrophe] in "’'":
                    word = _name_word_before(text, apostrophe)
                    if word is not None:
                        found.setdefault(word.group(1), set()).add("organization")
        for noun in _BODY_NOUNS_BEFORE_NAMES:
            for at in occurrences(text, noun):
                name = _NAME_AFTER_NOUN.match(text, at + len(noun))
                if name is None or (
                    " " not in name.group() and not _APPOSED_ONE_WORD_END.match(text, name.end())
                ):
                    continue
                found.setdefault(name.group().rsplit(" ", 1)[-1], set()).add("organization")
        for match in _shares_of(text):
            if match.start() > 0 and text[match.start() - 1].isalnum():
                continue  # "reshares of", "Restock in"
            found.setdefault(match.group(1).split()[-1], set()).add("organization")
        for word in whose:
            found.setdefault(word, {"person"})
        self._kinds = {word: next(iter(kinds)) for word, kinds in found.items() if len(kinds) == 1}

    def kind(self, last_word: str) -> SpeakerKind | None:
        """The kind the article gives a name ending in `last_word`, or None (none or both)."""
        return self._kinds.get(last_word)


def _after_space(text: str, word: str) -> list[int]:
    """Where a space and `word` (a word character at each end) stand in `text`, `word` a whole
    word (`whole_word_starts`): the space's positions, where a name before it ends."""
    return [
        at - 1 for at in whole_word_starts(text, word, 0, len(text)) if text[at - 1 : at] == " "
    ]


def _shares_of(text: str) -> list[re.Match[str]]:
    """The matches of `_SHARES_OF`, as its scan of the whole text finds them (in order, none
    overlapping another), tried only where one of its endings ("hares ") stands."""
    starts = sorted(
        at - 1
        for ending in _SHARES_OF_ENDINGS
        for at in occurrences(text, ending)
        if at > 0 and text[at - 1] in "Ss"
    )
    matches: list[re.Match[str]] = []
    for start in starts:
        match = _SHARES_OF.match(text, start) if not matches or start >= matches[-1].end() else None
        if match is not None:
            matches.append(match)
    return matches


def _surname_named(text: str, word: str) -> bool:
    """Whether `word` follows a given name somewhere in `text`, a person's surname ("Tennis
    star Dana Rollins ... Rollins coach Ann Lee": Rollins's coach, no team's)."""
    for at in _after_space(text, word):
        before = _name_word_before(text, at)
        if before is not None and given_name(before.group(1)):
            return True
    return False


def _name_word_before(text: str, end: int) -> re.Match[str] | None:
    """`_LAST_NAME_WORD` ending at `end`, searched from the last word's start only."""
    return _LAST_NAME_WORD.search(text, last_word_start(text, max(0, end - _LOOK_BACK), end), end)
