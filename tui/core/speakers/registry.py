"""`Speakers`: the speakers of one article, built mention by mention in text order. Each
phrase is analysed (name, role, kind, gender) and joined to the speaker it refers to by
ordered sieves, most precise first: the same name, the same person (a surname joined to the
full name), a role's holder, a description's organization or outlet; pronouns and "who" last,
by agreement and salience. At the end each speaker gets its final id, name and role.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from itertools import chain, islice, takewhile
from operator import attrgetter, itemgetter

from tui.core.given_names import UNISEX_NAMES
from tui.core.lexicon import (
    ABBREVIATIONS,
    ACCOUNT_VERBS,
    ANONYMOUS_HEADS,
    ANONYMOUS_POSTMODIFIERS,
    ARTS_ROLE_HYPERNYMS,
    AUTHOR_POSSESSIVES,
    AUTHOR_PRONOUNS,
    AUXILIARY_VERBS,
    BELIEF_ADJECTIVES,
    BODY_HEAD_ALIASES,
    BOUND_TITLES,
    CHARGE_VERBS,
    CHARGED_ROLES,
    CHILD_NOUNS,
    CIRCLE_NOUNS,
    COLLECTIVE_HEADS,
    COMPANY_ROLE_NOUNS,
    COMPLEMENT_PREPOSITIONS,
    CONTACT_PARTICIPLES,
    COUNTS_IN,
    COURTESY_TITLES,
    CROWN_OFFICES,
    CUE_AUXILIARIES,
    DETERMINERS,
    DOCUMENT_ACRONYMS,
    DOCUMENT_WORDS,
    FEMALE_NOUNS,
    FIGURE_APPOSITION_NOUNS,
    FUNCTION_WORDS,
    GATHERING_NOUNS,
    GIVEN_NAME_TITLES,
    GOING_ON_AIR_VERBS,
    GOVERNMENT_ARM_FIELDS,
    GOVERNMENT_ARM_HEADS,
    GOVERNMENT_PLACES,
    HOLDERS_BODIES,
    IRREGULAR_VERB_FORMS,
    KIN_BODIES,
    KIN_CONVERSES,
    LEADER_NOUNS,
    LEADER_TITLES,
    LEADER_TITLES_AFTER_NAME,
    LEGAL_SUFFIXES,
    MALE_NOUNS,
    MARKET_INSTRUMENTS,
    MEDIA_WORDS,
    MESSAGE_VENUES,
    MILITARY_RANKS,
    MUNICIPAL_BODY_NOUNS,
    NAME_CONNECTORS,
    NAME_PARTICLES,
    NATURAL_EVENTS,
    NETWORK_POSTING_VERBS,
    NETWORK_POSTS,
    NO_ANTECEDENT_WORDS,
    NOBLE_TITLES,
    NOMINAL_CUES,
    NUMBERED_BODIES,
    OF_PRONOUNS,
    OFFICE_COMPLEMENTS,
    OFFICE_MODIFIERS,
    OFFICE_SUBORDINATES,
    OFFICER_FIELDS,
    ORDINALS,
    ORGANIZATION_PLURALS,
    ORGANIZATION_WORDS,
    ORIGIN_NOUNS,
    PARTICIPLE_PREPOSITIONS,
    PARTY_MEMBERS,
    PERFORMATIVE_VERBS,
    PERSON_PRONOUNS,
    PERSONAL_BODIES,
    PLACE_MODIFIERS,
    PLACE_NAME_ENDINGS,
    PLACE_NAME_WORDS,
    PLACE_NAMES,
    PLAYER_CAPTAINCIES,
    PLAYER_COMPOUND_POSITIONS,
    PLAYER_MODIFIERS,
    PLAYER_POSITIONS,
    PLAYING_POSITIONS,
    PLURAL_HEADS,
    PLURAL_PRONOUNS,
    PLURALS_WITHOUT_S,
    POSSESSED_PLACE_HEADS,
    POSSESSED_PLACE_OWNERS,
    POSSESSIVE_PRONOUNS,
    POSTING_VERBS,
    PREPOSITIONS,
    QUESTION_PARTICIPLES,
    QUESTION_WORDS,
    RANK_MODIFIERS,
    RECIPROCAL_ROLES,
    ROLE_DEEDS,
    ROLE_DEEDS_NOW,
    ROLE_HOLDERS,
    ROLE_NOUNS,
    ROLE_SYNONYMS,
    SAYING_VERBS,
    SETTING_HEADS,
    SHARE_HEADS,
    SHARED_POSITIONS,
    SHOP_NAME_HEADS,
    SINGULAR_QUANTIFIERS,
    SINGULAR_THEY_HEADS,
    SPEECH_CUES,
    SPOKEN_FOR_OFFICES,
    SPOKESPERSON_HEADS,
    STATES_AND_PROVINCES,
    STREET_WORDS,
    SUBORDINATORS,
    SURNAME_PLACE_HEADS,
    TESTIFY_FORMS,
    THING_PRONOUNS,
    TIME_LEADS,
    TIME_WORDS,
    TITLE_SECONDS,
    TITLES,
    TOP_ROLE_WORDS,
    TRADE_ROLE_NOUNS,
    US_STATE_ABBREVIATIONS,
    US_STATES,
    VENUE_WORDS,
    WORKS_NAMES,
)
from tui.core.model import Span, Speaker, SpeakerKind, new_speaker
from tui.core.organizations import (
    ARMED_DESCRIPTION_HEADS,
    COMPANY_NOUNS,
    COMPANY_TRADES,
    CORPORATE_NAME_WORDS,
    GENERIC_BODY_HEADS,
    GOVERNING_ORGANS,
    MASTHEAD_WORDS,
    MEDIA_NOUNS,
    NAME_ADVERBS,
    ORGANIZATION_MARKERS,
    ORGANIZATION_NOUNS,
    OUTLETS,
    PERSON_TRADES,
    SORTED_BODY_HEADS,
)
from tui.core.speaker_kinds import (
    BODY_KINDS,
    PERSON_ROLES,
    TextEvidence,
    appositive_head,
    body_peer,
    described_kind,
    given_name,
    marked_kind,
    people_plural,
    vessel_company,
    weakly_marked_kind,
)
from tui.core.speakers.after_cue import phrase_after
from tui.core.speakers.appositives import _NATIONALITY, _affiliation_as, _nationality_before
from tui.core.speakers.complements import (
    _body_described_by_clause,
    _document_head,
    _participle_description,
)
from tui.core.speakers.gender import (
    _AGED_NAME,
    _GIVEN_NAMES,
    _NEUTRALLY_TITLED,
    _NOBLE_SUBJECT,
    _first_given,
    _gender,
    _given,
    _given_names,
    _known_given,
    _may_be,
    _no_given_name,
    _of_gender,
    _person_head,
    _same_given,
    _subject_agrees,
    _surnames_ending,
)
from tui.core.speakers.kinds import (
    _ANY_ORGANIZATION_HEADS,
    _BODY_ROLES,
    _OWNED_BODY,
    _PERSON_LIKE,
    _PERSONAL_TITLES,
    _acronym_key,
    _affiliated_source,
    _bare_full_name,
    _body_after,
    _body_end,
    _company_maker,
    _company_noun_before,
    _firm_suffix,
    _general_body,
    _holds_head,
    _initials,
    _leads_body,
    _legal_name_start,
    _line_break_between,
    _maker_before,
    _medium_noun_before_name,
    _members_of_body,
    _named_person_like,
    _official_publication,
    _opening_capital_only,
    _participle_of,
    _person_of_body,
    _proper_name_around,
    _proper_organization,
    _referred_to,
    _rival_name_start,
    _role_of_body,
    _service_named,
    _unknown_name,
    _venue,
    _with_acronym,
)
from tui.core.speakers.names import (
    _CAPITALISED_SURNAME,
    _NAMES_AFTER,
    _POPULAR_NAME,
    _REAL_NAME,
    _SURNAME_SHAPED,
    _CapitalisedWords,
    _family_name_first,
    _group_named,
    _head,
    _initialled,
    _introduced,
    _joined_names,
    _key,
    _lone_name_role,
    _name_after_role,
    _name_before,
    _name_complemented,
    _name_end,
    _name_end_after,
    _named_after,
    _other_surname,
    _people_opening,
    _person_start,
    _post_nominal,
    _role_as_surname,
    _share_mentions,
    _surname_only,
    joined_given_name,
    kin_appositions,
)
from tui.core.speakers.noun_phrases import (
    _APOSTROPHES,
    _DEMONSTRATIVES,
    _count_alone,
    _fraction_share,
    _fraction_word,
    _inner_article,
    _joined_phrases,
    _lower_case_name_start,
    _name_initial,
    _numbered_body,
    _outlet_end,
    _participle,
    _phrase_at,
    _plural_head,
    _plural_mark,
    _verb_like,
)
from tui.core.speakers.records import _Analysis, _Entry, _Person, _Wording
from tui.core.speakers.roles import (
    _DESCRIPTION_OPENER,
    _ROLE_BEFORE_REACH,
    _ROLE_REACH,
    ANONYMITY_CLAUSE,
    _acronym_title,
    _appositive_role,
    _body_name,
    _body_office,
    _complemented_office,
    _described,
    _last_modified,
    _members_of,
    _office,
    _office_domain,
    _office_holder,
    _office_holder_of,
    _office_start,
    _office_words,
    _owners,
    _party_before_name,
    _past_closing_mark,
    _plural_role_of,
    _portfolio,
    _possessive_seat,
    _possessors,
    _rank_alone,
    _residence,
    _role_apposed_before,
    _role_set_before,
    _role_text,
    _second_of_title,
    _source_role,
    _subordinate,
    _title_role,
    _title_start,
    _unbound_title,
    _unit_of_body,
    _without_article,
    _without_honours,
    _without_leading_article,
)
from tui.core.speakers.sentences import (
    _after_opening_clause,
    _after_words,
    _bare_noun_heading,
    _common_word,
    _ends_sentence,
    _framed_topic,
    _in_opening_phrase,
    _inverted_subject,
    _opens_line_or_sentence,
    _opens_sentence,
    _quoted,
    _sentence_end,
    _sentence_opening,
    _word_matches,
)
from tui.core.speakers.tokens import (
    _AGE,
    _CONJUNCTIONS,
    _MAX_MODIFIERS,
    _NOT_NAME,
    _NOUN_WORDS,
    _OF_TWO,
    _ONE_OF_MANY,
    _PRONOUN_FORMS,
    _ROLES_OR_TITLES,
    INDEFINITE_WORDS,
    PHRASE_WINDOW,
    Phrase,
    Token,
    _in_surname,
    _is_title_dot,
    _phrase_of,
    _place_abbreviation,
    _possessive,
    _role_complement,
    _saint_in_surname,
    parent_of_count,
    past_holder,
    tokens,
    without_possessive,
)
from tui.core.text import (
    NAME_GAP,
    POSSESSIVE_END,
    POSSESSIVE_ENDINGS,
    WORD_BEFORE_REACH,
    alternation,
    last_word,
    line_start,
    whole_word_starts,
)

_TRADES = COMPANY_ROLE_NOUNS | TRADE_ROLE_NOUNS  # a role before a name, if it opens the phrase
_ROLES_NOT_MEDIA = ROLE_NOUNS - MEDIA_WORDS
# A party member is a person, whatever body's word places them: "a House Republican".
# ... nor a place's guards or staff, its people who speak as one: "Hospital security said",
# "according to airport security", "Hospital staff said" (a group, as "campus security" is).
_ROLES_NOT_ORGANIZATION = (
    (ROLE_NOUNS - ORGANIZATION_WORDS) | PARTY_MEMBERS | frozenset({"security", "staff"})
)
# A speaker's id from the name: "the-white-house" -> "white-house".
_OWNED_PEOPLE = ROLE_NOUNS | PERSONAL_BODIES | KIN_BODIES | PLURAL_HEADS | frozenset(KIN_CONVERSES)
_TWO_WORDS = re.compile(r"\s*([\w’'-]+)(?:\s+([\w’'-]+))?")
_NOT_WORD = re.compile(r"[^\w]+")
# The subject of what a bare surname said, or its possessor, right after the cue: "Vell said
# she ...", "For now, Vell said, her mother ...".
_CONTENT_PRONOUN = re.compile(
    r"[^\S\n]+[a-z]+,?[^\S\n]+(?:that[^\S\n]+)?(he|she|his|her)\b", re.IGNORECASE
)
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")  # "in 2003"
# The word after a phrase: `_word_after`.
_NEXT_WORD = re.compile(r"\s*([\w’'-]*)")
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
# The rest of a sentence after a verb, up to its end or an aside's comma (group 1): "testified
# on the second day of the case against Bo Li*,* 34, who ...".
_SENTENCE_REST = re.compile(r"[^.!?,\n]{0,200}(?:([.!?,])|\Z)")
# Words that open a clause of its own in that rest: "testified on Tuesday *that she* was hit".
_CLAUSE_IN_REST = AUXILIARY_VERBS | {"that", "he", "she", "they", "we", "i"}
# A speaker set off by commas inside another subject's clause, from its mention's end: "The
# report, the union said, was flawed" (then "its" is the report, not the union).
_INSERTED_CUE = re.compile(r"\s+\w+\s*,")
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)-")
_LOWER_WORD = re.compile(r"[a-z][a-z’'-]*")
# After a subject (and its appositive, or its abbreviation's period: "Acme Corp."), a word in
# lower case.
_VERB_NEXT = re.compile(r"\.?[\s,]+[a-z]")
# A passive verb after a subject: "were given", "have been moved" (not "were angry", nor a
# feeling: "were worried").
_PASSIVE_NEXT = re.compile(
    r"\s+(?:(?:is|are|was|were|have\s+been|had\s+been)\s+)(?:\w+ly\s+)?(?!(?:"
    + alternation(BELIEF_ADJECTIVES)
    + r")\b)(?:[a-z]+(?:ed|en)|"
    + alternation(IRREGULAR_VERB_FORMS)
    + r")\b"
)


def _headed_by(words: list[str], head: str) -> bool:
    """Whether a description's `words` end in its own `head`, no preposition before it:
    "the school's football team" by "team", not "the home of the team"."""
    return words[-1] == head and not any(word in PREPOSITIONS for word in words)


def _of_people(word: str) -> bool:
    """Whether `word` is a plural of people: "residents", "economists", "Republicans"."""
    lower = word.lower()
    return people_plural(word) or (lower in PERSON_ROLES and _plural_head(lower))


def _of_person(word: str) -> bool:
    """Whether a word in lower case is a noun of people, one or more: "aide", "teens",
    "officers"; not "Police" (capitalised) nor "video"."""
    return word.islower() and (
        word in PERSON_ROLES or word.removesuffix("s") in CHILD_NOUNS or _of_people(word)
    )


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


def _word_after(text: str, end: int) -> str:
    """The word right after `end` (empty before a mark): "say" in "A third say"."""
    return _NEXT_WORD.match(text, end).group(1)  # type: ignore[union-attr]


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


def _owned_by_body(pre: list[Token]) -> bool:
    """Whether the words before a name end in the possessive of a known outlet or
    organization: "Sportsnet's", "the Harbour Alliance's"."""
    if not pre or not _possessive(pre[-1].word):
        return False
    words = [t.word for t in pre[-3:]]
    words[-1] = words[-1][:-2]
    return any(marked_kind(words[k:]) in BODY_KINDS for k in range(len(words)))


def _origin_described(found: _Analysis) -> bool:
    """Whether the description `found` names a person by the place they come from ("the
    Kelowna native", "the Oakville product"; not "a native", nor "the product")."""
    words = found.name.split()
    return (
        found.head in ORIGIN_NOUNS
        and len(words) > 2
        and words[0].lower() == "the"
        and all(w[0].isupper() for w in words[1:-1])
    )


def _player_role(role: str) -> bool:
    """Whether `role` is a player's position or captaincy ("Goalie", "Centre back",
    "Captain"; not "Coach")."""
    lowered = role.lower()
    head = lowered.rpartition(" ")[2]
    return (
        head in PLAYER_POSITIONS
        or head in PLAYING_POSITIONS
        or lowered in PLAYER_COMPOUND_POSITIONS
        or lowered in PLAYER_CAPTAINCIES
    )


def _player_described(found: _Analysis) -> bool:
    """Whether the description `found` names a player by position ("the forward", "the
    veteran defenceman", "the rookie guard", "the Arsenal striker"; not "the crossing guard",
    "the public defender", nor "the striker" alone, who may be on a picket line)."""
    if found.head in PLAYER_POSITIONS and found.head not in SHARED_POSITIONS:
        return True
    words = found.name.split()
    if found.head in PLAYER_COMPOUND_POSITIONS or " ".join(words[-2:]).lower() in (
        PLAYER_COMPOUND_POSITIONS
    ):
        return True  # "the centre back", "the veteran point guard"
    team = found.head in SHARED_POSITIONS  # "the Arsenal striker": a team's name may modify
    return (
        (found.head in PLAYING_POSITIONS or team)
        and len(words) > 2
        and all(w.lower() in PLAYER_MODIFIERS or (team and w[0].isupper()) for w in words[1:-1])
    )


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


def _owned_thing(text: str, at: int) -> bool:
    """Whether the word at `at`, after "her", is what she owns ("her comments"), not what
    follows an object "her" ("met her on Monday", "told her that", "gave her a lift")."""
    word = _LOWER_WORD.match(text, at)
    if word is None:
        return False
    lower = word.group()
    return lower not in FUNCTION_WORDS and lower not in PREPOSITIONS and lower not in DETERMINERS


def _owns_people(text: str, at: int) -> bool:
    """Whether one of the two words at `at`, after a possessive, names people the owner has,
    not a thing: "Hale’s supporters", "Lee’s closest aides", "Kim’s sons" (not "Hale’s
    resignation")."""
    match = _TWO_WORDS.match(text, at)
    words = [word.lower() for word in match.groups() if word] if match else []
    return any(word in _OWNED_PEOPLE or word.removesuffix("s") in _OWNED_PEOPLE for word in words)


def _previous_opening(text: str, opening: int) -> int:
    """Where the sentence before the one opening at `opening` opens; -2 if none."""
    end = len(text[:opening].rstrip()) - 1
    if end < 0:
        return -2
    return _sentence_opening(text, line_start(text, end), end)


def _subject_name(
    text: str, capitalised: _CapitalisedWords, start: int, upper: int
) -> re.Match[str] | None:
    """The name at `start` of one to three capitalised words (`_SUBJECT_NAME`) opening its
    sentence, before `upper`; None if none, or a word of a phrase ("In the cottage"), or a
    word alone that is no surname written in full before ("Inside the cottage", "Slowly";
    "Brink" after "Lotte Brink" is one), or an office whose holder is apposed after it ("The
    islands' Prime Minister, Tevita Lomu,")."""
    name = _SUBJECT_NAME.match(text, start, upper)
    if name is None or not _opens_sentence(text, start):
        return None
    words = name.group().split()
    if words[0].lower() in FUNCTION_WORDS or words[0].lower() in PREPOSITIONS:
        return None
    if words[-1].lower() in ROLE_NOUNS and _office_subject(text, name):
        return None
    if len(words) > 1 or _named_in_full(text, capitalised, words[0], start):
        return name
    return None


def _office_subject(text: str, name: re.Match[str]) -> bool:
    """Whether capitalised words ending in a role noun are an office, not a name whose
    surname is one ("Kim Fisher", "Dana King"): a determiner or an owner before them ("The
    Prime Minister", "The islands' Prime Minister"), or a name apposed after them ("Prime
    Minister, Tevita Lomu,")."""
    if _NAME_AFTER_ROLE.match(text, name.end()) is not None:
        return True
    before = text[max(0, name.start() - 40) : name.start()].split()[-1:]
    return bool(before) and (
        before[0].lower() in FUNCTION_WORDS or before[0].endswith(("'", "’", "'s", "’s"))
    )


def _opening_subject(
    text: str, capitalised: _CapitalisedWords, start: int, upper: int
) -> re.Match[str] | None:
    """The name of the subject opening the sentence at `start`, before `upper`, past what may
    stand before it ("But Lee", "On Friday, Lee", "local farmer Lee": `_opens_sentence`)."""
    while (name := _subject_name(text, capitalised, start, upper)) is None:
        space = text.find(" ", start, upper)
        if space < 0:
            return None
        start = space + 1
    return name


def _named_in_full(text: str, capitalised: _CapitalisedWords, surname: str, upper: int) -> bool:
    """Whether text[:upper] writes `surname` after another capitalised word of a name, as a
    person's full name ("Lotte Brink"), so that "Brink" alone is that person's."""
    for at in capitalised.starts_of(surname, upper):
        if text[at - 1 : at] != " ":
            continue
        before = last_word(text, max(0, at - 1 - WORD_BEFORE_REACH), at - 1)
        if before and _name_before(before) and before.lower() not in FUNCTION_WORDS:
            return True
    return False


# --- Speakers: names, roles, coreference -------------------------------------------------
#
# Each attribution's phrase is analysed (`_analyse`: name, role, kind, gender), then joined to
# an earlier speaker by sieves tried in order, most precise first, as in Stanford's
# deterministic coreference: the same name (`_same_key`), the same person by surname and
# given name (`_same_person`), the holder of a role a description names (`_role_holder`: a
# speaker or a name in the text with that title; by age or party, the person just named),
# the organization or outlet a description names (`_described_outlet`); pronouns last
# (`_antecedent`), by agreement in gender, number and animacy, and salience (the subject of
# the sentence just read, `_latest_subjects`, before the speaker of an older attribution).


_PERSON_PRONOUNS_AND_WHO = PERSON_PRONOUNS | {"who"}
_OWNING_PRONOUNS = {"he": " his ", "she": " her "}  # a pronoun's possessive, as a word
# The titles and roles of no gender before a name that a transcript's label may stand for:
# "Sen. Gill", "Senator Dana Gill" (`Speakers._titled_mentions`).
_NAME_TITLES = TITLES | PERSON_ROLES
# One to three capitalised words before a comma or a lower-case word: a subject's name.
_SUBJECT_NAME = re.compile(r"[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+){0,2}(?=,|\s[a-z])")
# The body a spokesperson speaks for: "A spokeswoman for the union" ("the union").
_SPOKEN_FOR = re.compile(r"\b(?:for|of|at)\s+(.+)$")
_AUTHORED_BY = re.compile(r"\bby\s+(.+)$")  # a document's author: "Polling released by X"
_VOICES_OF_BODIES = frozenset({"person", "document"})  # whose phrase may name the body
_ARTICLE_WORDS = frozenset({"the", "a", "an"})
_THINGS = frozenset({"organization", "media", "document"})  # what "it" may stand for
# What an indefinite phrase bringing in an unnamed person opens with ("A nurse", "One
# resident"), or an unnamed group ("two people familiar with the matter", "several sources").
_LOWER_WORDS = re.compile(r"[a-z]+")  # the words of a lower-cased stretch of text
_OPENING_CHARS = 40  # characters of a sentence's opening read for a body as its subject
# "The" and the run of lower-case words after it, a body's description opening a sentence:
# "The *police union* filed", "The *city council* voted" (cut by `_BODY_RUN_STOPS`).
_BODY_OPENING = re.compile(r"The(?P<run>(?:[^\S\n]+[a-z]+\b(?![-'’])){1,3})")
_BODY_RUN_STOPS = FUNCTION_WORDS | PREPOSITIONS | DETERMINERS | IRREGULAR_VERB_FORMS
_INDEFINITES = tuple(f"{word} " for word in INDEFINITE_WORDS)
_SAME = "same "  # "the same official": a description's key opening, the one brought in
_DEMONSTRATIVE_OPENERS = tuple(f"{word} " for word in _DEMONSTRATIVES)  # "That official said"
_AGAIN_OPENERS = (*_DEMONSTRATIVE_OPENERS, _SAME)  # a mention again, never a fuller name
# What may follow a person's noun ending its phrase: a function word, a verb ("said", "was",
# "disagreed"), a source's post-modifier ("close to"), not a noun it modifies ("an official
# visit").
_AFTER_PERSON = alternation(
    FUNCTION_WORDS
    | PREPOSITIONS
    | SPEECH_CUES
    | IRREGULAR_VERB_FORMS
    | {modifier.split()[0] for modifier in ANONYMOUS_POSTMODIFIERS}
)
# An unnamed person brought in by an indefinite phrase: "Another diplomat", "a senior official"
# (not "an official announcement", the adjective).
_INDEFINITE_MENTION = re.compile(
    r"\b(?i:"
    + alternation(INDEFINITE_WORDS)
    + r")\s+(?:[\w’'-]+\s+){0,2}?(?P<head>"
    + alternation(ANONYMOUS_HEADS)
    + rf")\b(?![^\S\n]+(?!(?:{_AFTER_PERSON})\b)[a-z]+(?<!ed)(?<!s)\b)"
)
# Military ranks that are also common adjectives, no role noun alone: "Major", "Private".
_ADJECTIVE_RANKS = MILITARY_RANKS - ROLE_NOUNS - TITLES - RANK_MODIFIERS
# The words a definite description of a role opens with: "the lawyer", "their attorney".
_DEFINITE_OWNERS = frozenset({"the", *POSSESSIVE_PRONOUNS})
_OWNER_CHARS = len("their ")  # what holds such a word
# Capitalised words before a role's head that name no owner ("Senior Counsel", "Dr.").
_NO_OWNERS = PERSON_ROLES | TITLES | RANK_MODIFIERS | DETERMINERS
_PLACE_OWNERS = US_STATES | STATES_AND_PROVINCES  # places that own a role before it
_BODY_POSSESSIVES = frozenset({"its", "their"})  # a body's possessive pronouns
# The bodies a person has that speak for the one who spoke last: "Lee said ... His office
# said ..." (not "family", as often the family of the person the story is about).
_SPEAKERS_BODIES = PERSONAL_BODIES - {"family"}
# The nouns of bodies a role may be held for ("the city's lawyer", "the family's lawyer"), the
# owner a possessive pronoun before the role stands for when its sentence names one first.
_OWNER_BODIES = ORGANIZATION_WORDS | ORGANIZATION_PLURALS | PERSONAL_BODIES
# A First Nation's government by its sort ("the band"), and the ends of a nation's name it
# stands for ("Tallow Creek First Nation", "Six Nations").
_BAND = "band"
# The words of `BODY_HEAD_ALIASES` that stand for a body only when they end its name and it
# spoke itself: "the health authority" is "Northern Health" that said something, not "Health
# Canada" nor "Vale Health" named only in a physician's role.
_SPEAKING_ALIASES = frozenset({"health"})
_OUTLET_OR_FIRM = frozenset({"media", "organization"})
# Words between a complement's preposition and the name: "of *the* Acme Fund", "of *the late*
# Tom Vale".
_BEFORE_COMPLEMENT_NAME = frozenset({"the", "late"})
_NATION_ENDS = (" nation", "six nations")
_NOT_A_BAND = "assembly of "
# "band" written between the nation and "the band": another band ("The band Northern Lights
# will headline"), whom a later "the band" may be.
_BAND_WORD = re.compile(r"\bband\b", re.IGNORECASE)
_UNNAMED_GROUP_OPENERS = (
    *("two ", "three ", "four ", "five ", "several ", "some ", "many ", "people ", "sources "),
    *("officials ", "diplomats ", "analysts ", "economists ", "experts ", "insiders "),
)
_COLLECTIVES = frozenset({"group", "organization", "media"})  # what "they" may stand for
# The words after a role that describe its holder by more: "the mayor *of* Dover".
_DESCRIBED_ROLE_LINKS = ("of", "at", "for", "from", "in", "with")
_OWN_SENTENCE_REACH = 200  # characters from a sentence's opening to an "it" it names the body of
_SENTENCE_BREAK = re.compile(r"[.!?][”\"’]?\s+(?![\sa-z])")
_CAPITALISED_WORD = re.compile(r"\b([A-Z][\w-]*)(?:['’]s?)?\b")  # "Salas'", "Lee's": the name
_RELATIVE_ASIDE = re.compile(r",\s+(?:who|which)\s")  # "Salas, who was arrested by ..."
_ANTECEDENT_REACH = 600  # characters before a "his" looked at for the sentences it follows
_UNKNOWN_OR_ORGANIZATION = frozenset({"unknown", "organization"})
_VERB_GROUP_WORDS = 3  # a verb and its auxiliaries: "has sued", "will have bought"
_KIN_HELD = re.compile(r"\b(?:his|her|their)\s+(?:late\s+|own\s+|[a-z]+-year-old\s+)?([a-z]+)")


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


def _kin_held(text: str, kin: frozenset[str]) -> bool:
    """Whether `text` gives someone one of `kin` by a possessive pronoun ("her late
    husband's", "his son")."""
    return any(match.group(1) in kin for match in _KIN_HELD.finditer(text))


# What tells a minor, whom a count of children describes as no parent: a child's noun
# (`CHILD_NOUNS`), an age under 18 after a name ("Leo Park, 7,") or before it ("the
# 7-year-old Leo Park").
_ADULT_AGE = 18
_ASIDE_AFTER_NAME = re.compile(r",\s+([^,.;:“”\"\n]{1,60})[,.;:]")  # ", 7," ", a student,"
_AGE_BEFORE_NAME = re.compile(r"\b(\d{1,2})-year-old\s+(?:[a-z]+\s+)?\Z")
_AGE_BEFORE_CHARS = 32  # what holds "7-year-old schoolgirl "
_QUOTATION = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"")  # a quotation within a paragraph
_DESCRIPTION_OPENERS = _DEFINITE_OWNERS - {"its"}  # a person's: "the", "his", "her", "their"
_LEDE_REACH = 800  # characters from the start that a headline and a lede may reach
_CANDIDATES = 40  # the most recent speakers a pronoun or a description may stand for
# Subjects no pronoun after them stands for: nobody, or everybody ("No one expected a long
# debate. He said ...": "he" is someone named before).
_NO_ANTECEDENTS = NO_ANTECEDENT_WORDS
# A description opening with a capital, and the words after it where its head is, if it has
# one: "One woman", "A retired teacher", "The man’s daughter", "Her husband", the author's
# kin ("My mother"); a name's kin ("Holm's daughter"), not its other people ("Brink's coach",
# often the name's own subject) (`Speakers._described_subject`).
_DESCRIBED_PERSON = re.compile(
    r"\b(?:One|A|An|The|His|Her|Their|My|Our|[A-Z][a-z]+[’']s(?=\s+(?:"
    + alternation(MALE_NOUNS | FEMALE_NOUNS)
    + r")\b))\s+(?P<words>(?:[a-z][\w’'-]*\s+){0,3}[a-z][\w’'-]*)"
)
# A name a description is identified with by "is" or "was", past a short title, ending the
# clause: "(The woman at the oars) is Odile Roy.", "(The man behind the counter) was Arturo
# Vell, 71,", "(The woman in the red boat) is Dr. Ines Varga.".
_IDENTIFIED_AS = re.compile(
    r"\s(?:is|was)\s+(?:(?i:"
    + alternation(TITLES)
    + r")\.?\s+)?(?!(?i:"
    + alternation(TITLES)
    + r")\.)([A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+){0,2})(?=[.,;])"
)
# A title's period closing what was read as a sentence ("The woman in the red boat is Dr."):
# the sentence goes on past it.
_TITLE_CLOSING = re.compile(r"\s(?i:" + alternation(TITLES) + r")\.\Z")
# What opens a clause or an aside within a description, before an "is" not the description's
# own: "The woman at the desk, whose hometown is Moncton,"; no bare comma ("The woman at the
# oars, 71, is Odile Roy.", "..., a retired nurse, is Odile Roy." name her).
_RELATIVE_WORDS = frozenset({"who", "whose", "which", "that", "where"})
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
# Each possessive pronoun as written, in lower case and capitalised, with its pronoun.
_POSSESSIVE_FORMS = [
    (form, pronoun)
    for written, pronoun in POSSESSIVE_PRONOUNS.items()
    for form in (written, written.capitalize())
]
_COMPLEMENT_WORDS = COMPLEMENT_PREPOSITIONS | {"to"}  # "adviser to", "partner at"
_ACCORDING = "according to "  # what cites a source before its name
_NARRATIVE_REACH = 3  # sentences of a pronoun's subject a name may stand before
_PRONOUN_OPENING_WORDS = 5  # the words a subject pronoun may stand among ("On Friday he ...")
_PRONOUN_OPENING_CHARS = 60  # characters that hold them
_OPENING_CLAUSE_CHARS = 120  # an opening clause, closed by a comma: "Asked whether ..., she"
_CLAUSE_OPENERS = QUESTION_WORDS | SUBORDINATORS  # before a clause's own subject: "whether she"
_MENTION_REACH = 1500  # characters back a pronoun may reach a person merely mentioned
_SIBLINGS = frozenset(KIN_CONVERSES["sister"])  # "brother", "sisters": kin of one parent
# The kin a person shares with a sibling: "Her sister, Lena," and "her mother": Lena's too;
# not "her husband" (Lena's husband is someone else).
_SIBLINGS_SHARED = frozenset("mother father grandmother grandfather aunt uncle".split())
# An opening clause whose subject is the author, closed by a comma before the pronoun: "When I
# reached Mayor Ivo Lind by phone, he said", "After we called Ann Roe, she said".
_AUTHOR_CLAUSE = re.compile(
    rf"(?P<subordinator>[A-Z][a-z]+)\s+(?:I|we)\s[^.;:!?“”\"]{{3,{_OPENING_CLAUSE_CHARS}}},\s+$"
)
# The author's contact with whom that clause names, right after its "I" or "we": "reached",
# "spoke to", "put that question to"; not whom the author talked of ("When I brought up Ivo
# Lind"), nor what the author watched or where went ("When I visited Lakeview Manor").
_AUTHOR_CONTACT = re.compile(
    r"\s+(?:I|we)\s+(?:(?:first|finally|later|then|also|last)\s+)?"
    r"(?:reached(?:\s+out\s+to)?|contacted|interviewed|approached|called|phoned|rang"
    r"|e-?mailed|texted|messaged|asked|questioned|met(?:\s+with)?|(?:spoke|talked)\s+(?:to|with)"
    r"|sat\s+down\s+with|caught\s+up\s+with|wrote\s+to"
    r"|put\s+(?:that|this|the|my|our)\s+(?:question|questions|point)\s+to)\s+"
)
# A name's person by the name's possessive, contacted by the author: "(met) Ray Tolland's
# daughter", "(called) the mayor's wife".
_OWNER_AND_PERSON = re.compile(
    r"(?:the\s+[a-z]+|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})[’']s\s+(?P<noun>[a-z]+)\b"
)
# What ends the contacted person's phrase: the topic or the time ("asked Ann Roe about the
# ward", "reached Tom Reyes on Monday").
_CONTACT_OBJECT_ENDS = re.compile(
    r"\s(?:about|on|over|regarding|concerning|whether|if|why|how|what|for|after|before)\s"
)
_TITLE_REACH = 3000  # characters back a description may reach a titled name
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
_NOT_SPACE = re.compile(r"\S")  # where the next paragraph opens, past the blank lines
# The last words of a company's full name, whose first word alone may stand for it: "Oramis
# Semiconductor", "Kelby Foods Inc" ("Oramis", "Kelby").
_COMPANY_NAME_ENDS = LEGAL_SUFFIXES | COMPANY_TRADES | CORPORATE_NAME_WORDS
_NAME_GOES_ON = re.compile(r"(?:[ \t]+[A-Z][\w&’'-]*){1,3}")  # "Oramis *Semiconductor Inc.*"
# A description's clause asking anonymity, or telling the source may not speak: "The fire
# chief, who asked not to be named, says", "..., who was not authorized to speak, said".
_ANONYMITY_AFTER = re.compile(r",\s+(?:" + ANONYMITY_CLAUSE + r")\b")
# A named person's appositive or relative clause after the name: "Chief Dana Okafor, who
# heads the fire department,", "..., the head of the fire service,".
_NAMED_CLAUSE = re.compile(r",\s+(?:who|the|a|an)\s+(?P<words>[^,.;:!?“”\"]{1,80})")
_BODY_OR_ROLE = ORGANIZATION_WORDS | ROLE_NOUNS
# What a pollster's finding is told in: "a poll", "surveyed 800"; a share ("38 per cent",
# "41%") only from a firm named as a researcher (`_POLLING_NAME_ENDS`: "Corvid Research"),
# where any body tells its shares ("Statistics Canada said unemployment rose to 7 per cent").
_POLL_WORDS = re.compile(r"\b(?:polls?|polled|surveys?|surveyed)\b")
_SHARE_WORDS = re.compile(r"\b(?:per\s?cent|percent)\b|%")
_POLLING_NAME_ENDS = BODY_HEAD_ALIASES["pollster"] | {"research"}
_COMMISSIONED_NAME_ENDS = _COMPANY_NAME_ENDS | _POLLING_NAME_ENDS  # a company or a pollster
# Between the words of a government arm's name: "Immigration, Refugees and Citizenship Canada".
_ARM_NAME_SPLIT = re.compile(r"[\s,]+")
# The verbs by which the person a lede described is named next: saying and announcing.
_LEADER_TITLE_WORDS = 5  # words of a leader's title and its body's name before a name
_INTRODUCING_VERBS = SAYING_VERBS | PERFORMATIVE_VERBS | TESTIFY_FORMS
# That opener (or an article, "a fisherman who", or a plural's possessive mark, "the
# sisters' mother, June Hale,") up to a description's words before its head (possessives and
# capitalised modifiers too: "the city's mayor", "the Jets captain"), and the name
# after it, a role noun's lower-case words before it ("city councilman Rob Lee").
_APPOSED_OPENER = re.compile(
    r"(?:" + _DESCRIPTION_OPENER + r"|\b[Aa]n?\s+|(?<=[a-z]s)[’']\s+)"
    r"(?P<words>(?:(?:[a-z-]+|[A-Za-z-]+[’']s|[A-Z][a-z-]+)\s+){0,2})\Z"
)
# Two or three capitalised words, on one line or two, never across a paragraph's end (a
# headline's last word is no given name: "Daycare Closes¶Tom Reyes, a nurse,").
_NAME_WORDS = r"[A-Z][\w’'-]+(?:" + NAME_GAP + r"[A-Z][\w’'-]+){1,2}"
_APPOSED_NAME = re.compile(r"(?P<roles>(?:[a-z-]+\s+){0,2})(?P<name>" + _NAME_WORDS + r")\b")
_AGE_ASIDE = re.compile(r"(?:,\s+\d{1,3},)?\s+")  # an age between a name and its verb, if any
_CHARGED = re.compile(r"(?:" + "|".join(CHARGE_VERBS) + r")\b")  # "is charged", "pleaded"
_NAME_AT = re.compile(r"(?P<name>" + _NAME_WORDS + r")\b")
# A body's name and the appositive after it, set off by commas: "Brill Co., the region's
# largest employer,", "The Ridgeline Rams, the school's football team," (the name on one line,
# not a headline's words before it).
_BODY_APPOSED = re.compile(
    r"(?P<name>[A-Z][\w’'&-]*(?:[^\S\n]+[A-Z][\w’'&.-]*){0,3}),\s+"
    r"(?:the|a|an|its|their|[A-Z][\w’'-]*[’']s)\s+(?P<description>[a-z][^,.;:!?“”\"]{0,59}),"
)
_ALL_PEOPLE = frozenset({"everyone", "everybody"})  # "Everyone at the meeting agreed": many
_BODIES_OR_GROUPS = BODY_KINDS | {"group"}  # what "the team" or "the employer" may stand for
# An order, not a work, after the active verb of such a deed: "directed the agency to
# release the files", "directed that the files be released" (no director; "directed the
# film to a prize", "directed the film, which went on to win" are one).
_ORDERED = (
    r"(?!(?:\s+[\w’'-]+){1,4}?\s+to\s+(?!" + alternation(DETERMINERS) + r"\b)[a-z]|\s+that\b)"
)
# The person a deed of the arts or of coaching names ("directed by (comedian) Ana Ruiz", not
# "taught by volunteers from Carleton University": a name after a preposition; "Ana Ruiz,
# who directed", "Mira Stein, who coaches", "Mira Stein has coached"; "had" only after "who":
# "Tom Brandt had coached the team before Mira Stein took over" tells a former coach), by the
# role noun that deed tells (`ROLE_DEEDS`).
_DOER_OF = {
    role: re.compile(
        r"\b(?i:"
        + alternation(frozenset(verbs))
        + r")\s+by\s+(?:(?!(?:"
        + alternation(PREPOSITIONS)
        + r")\s)[a-z-]+\s+){0,2}?(?P<agent>"
        + _NAME_WORDS
        + r")\b|(?P<doer>"
        + _NAME_WORDS
        + r")(?:(?:,\s+who(?:\s+(?:has|had))?|\s+has)?\s+(?:"
        + alternation(frozenset(verbs))
        + ")"
        + (
            r"|,\s+who\s+(?:" + alternation(frozenset(ROLE_DEEDS_NOW[role])) + ")"
            if role in ROLE_DEEDS_NOW
            else ""
        )
        + r")\b"
        + _ORDERED
    )
    for role, verbs in ROLE_DEEDS.items()
}
# A person's titles of courtesy as written before a surname: "Ms. Index", "Dr Index".
_COURTESY_FORMS = tuple(
    title.capitalize() + dot for title in sorted(_PERSONAL_TITLES) for dot in (".", "")
)
_DECLARED_ACRONYM = re.compile(r" \(([A-Z]{2,6})\)")  # "the UN refugee agency (UNHCR)"
_BETWEEN_SENTENCES = frozenset(' \n“"')  # what may stand between a sentence and the next
# What follows a role noun in apposition: its comma, a relative clause, its complement.
_APPOSED_ENDS = (", ", " who ", " of ", " in ", " at ", " with ", " for ")
_NAME_BEFORE_APPOSED = re.compile(r"(?P<roles>)(?<![\w’'-])(?P<name>" + _NAME_WORDS + r"),\s+\Z")
_STREET_WORDS = frozenset(word.lower().rstrip(".") for word in STREET_WORDS) - TITLES
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


# A capitalised title and the name after it, not a possessive: "Councilman Rob Lee", "Sen.
# Ann Hale" (a look-ahead, so that each capitalised word may start one).
_TITLED_NAME = re.compile(
    r"(?=\b(?P<title>[A-Z][a-z]+|[A-Z]{2,4})\.?\s+(?P<name>(?:[A-Z][\w-]*\.?\s+){0,2}[A-Z][\w-]+)"
    r"(?![\w’'-]))"
)


def _title_heads(titles: Iterable[str]) -> set[str]:
    """The capitalised words `_TITLED_NAME` may read as one of `titles` (those of lower-case
    ASCII letters): the only words it may match at with one of them ("Sen", "MP")."""
    spelled = [title for title in titles if title.isascii() and title.isalpha()]
    return {title.capitalize() for title in spelled} | {  # "MP Jo Frame", "SP Ravi Nair"
        title.upper() for title in spelled if len(title) < 5
    }


# The heads of `_NAME_TITLES` (`_title_heads`).
_NAME_TITLE_HEADS = _title_heads(_NAME_TITLES)
_TITLE_HEADS = _title_heads(TITLES)  # those of the titles alone ("Dr", "Prof", "Sen")
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
_JOINED = re.compile(r"\s+(?:and|or|&)\s+[A-Z]")
# A capitalised word: its word boundary a look-behind after the capital, so that the scan
# skips from one capital to the next instead of trying the boundary at every position.
_CAPITALISED = re.compile(r"[A-Z](?<!\w.)[\w’'-]+")
# "The" and up to three lower-case words: a sentence's subject may be a role noun among them
# ("The president", "The former governor"). Tried where "The" opens a capitalised word run,
# and at "the" after a comma (`_CLAUSE_THE`).
_OPENING_ROLE = re.compile(r"[Tt]he((?: [a-z-]+){1,3})")
_CLAUSE_THE = re.compile(r", the ")  # "the" after a comma: an opening clause's, perhaps
_THE = frozenset({"The"})
# An object pronoun of a person after a speaker's verb and at most two words before it:
# "(The cook) there told *her* to hurry"; "her" as an object (not "told her staff").
_OBJECT_AFTER = re.compile(
    r"(?:[^\S\n]+[a-z]+){1,3}?[^\S\n]+(her|him)(?=[^\S\n]+(?:to|that|about|the|a|an)\b|[,.])"
)
_OBJECT_PRONOUN_OF = {"she": "her", "he": "him"}
# The pronouns that tell someone else than a subject of the gender, or a subject of the other.
_GENDER_TELLERS = {
    "she": re.compile(r"\b(?:her|he|him|his|himself)\b", re.IGNORECASE),
    "he": re.compile(r"\b(?:him|she|her|hers|herself)\b", re.IGNORECASE),
}
# A name and the people with it, as a sentence's subject: "Sand and her colleagues".
_NAME_AND_COMPANY = re.compile(
    r"\b(?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+\s+and\s+(?:his|her|their)\s+"
    r"(?:colleagues|team|co-authors|coauthors|aides|lawyers|advisers|advisors|staff|family"
    r"|supporters|allies|partners)\b"
)
# A name right after a role noun, then its verb: " Jude Karr was" ("The drummer Jude Karr").
_NAME_RIGHT_AFTER = re.compile(r"\s(" + _NAME_WORDS + r")(?=\s+[a-z])")
# A name (`_NAME_WORDS`) apposed to a role, between commas and not the first of a list ("The
# mayor, Dana Whitlock, spoke"; not "The coach, Real Madrid, and the players").
_NAME_AFTER_ROLE = re.compile(r",\s+(" + _NAME_WORDS + r")\s*,(?!\s+(?:and|or)\s)")
# A state's name or abbreviation after a town and its comma: ", Calif.", ", Nova Scotia"
# A state or province after a town's comma: ", Nev.", ", Ohio", ", N.B." (its initials).
_STATE_AFTER = re.compile(
    r",\s+(?:(?P<state>[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?P<dot>\.)?|(?P<initials>(?:[A-Z]\.){2,3}))"
    r"(?=[,.\s]|\Z)"
)
# A capital not after a letter, a digit or "_", and the letters and digits after it, in a text
# of classes: the head of a capitalised word ("Lee" of "Lee’s", "G" of "G.K."). A pattern of
# the text itself would open with a set of capitals, tried at every character (~50
# instructions each); this one opens with a literal, which the scan skips to.
# Organization markers as capitalised heads: "Airlines" in "SkyBridge Airlines".
_MARKER_HEADS = frozenset(m.capitalize() for m in ORGANIZATION_MARKERS if m.isalpha())
# An appositive opening right after a description: "The company*, a supplier in Ohio,* said".
_APPOSED = re.compile(r",[^\S\n]+(?:a|an|the|its)[^\S\n]")
# A cue that goes on from what the subject said before: "The union *added*", "*also said*".
_GOING_ON = re.compile(r"[^\S\n]+(?:added|adds|continued|continues|also|went[^\S\n]+on)\b")


_GENDERED_OWNERS = frozenset({"his", "her"})  # a description's owner by pronoun: "his lawyer"
# An owner in a role: "Mr. Brandt's lawyer", "Salas’ lawyer"; "lawyer of Derek Salas",
# "lawyer for Mr. Salas": the owner's last word ends the group.
_ROLE_OWNER = re.compile(
    r"(?:^|\s)(?:[A-Z][\w.-]*\s+)*?([A-Z][\w-]*)(?:[’']s?)\s+[a-z]|\s(?:of|for)\s+(?:[A-Z][\w.-]*\s+)*([A-Z][\w-]*)$"
)


def _owner(name: str, role: str | None) -> str | None:
    """The last word of the person a description or a role says it belongs to ("Brandt" of
    "Mr. Brandt's lawyer", "Salas" of "lawyer of Derek Salas"): from `role` when it names
    one, else from `name`; None if neither does."""
    for written in (role, name):
        found = _ROLE_OWNER.search(written or "")
        if found is not None:
            return found.group(1) or found.group(2)
    return None


class Speakers:
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
        self._recent: dict[str, _Entry] = {}  # insertion order: most recent last
        self._clock = 0
        self._last_end = 0  # the end of the last attribution's mention
        # and of its appositive: "X, an analyst at Acme, said" names Acme as X's affiliation,
        # not as a company "the company" may stand for
        self._aside_end = 0
        # ... and of the last attribution to a body, past which a description of a body ("the
        # team", "the department") may reach back over people's statements
        self._body_end = 0
        self._people: dict[str, _Person] | None = None  # surnames first named with a gender
        self._named_people: list[_Person] = []  # named with a title or given name, in order
        # every titled mention of a person ("Sen. Gill"), read once: start, end, name
        self._titled: list[tuple[int, int, str]] | None = None
        # the kin appositions outside quotations (`KIN_APPOSITION`) and their owners, by where
        # the relative's name starts, in text order, read once
        self._kin_apposed: dict[int, tuple[re.Match[str], tuple[str, Span] | None]] | None = None
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
        # Where the full name ends before each name a person is popularly called by ("Luiz
        # da Rocha, known as Carlão,"), by that name in lower case; found on first use.
        self._popular: dict[str, int] | None = None
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
            self._last_end = span[1]
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
        self._last_end = phrase.span[1]
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
        named = self._named_people[: bisect_left(self._named_people, (upper,))]
        people = [p for p in named if p.surname == surname and not p.lone]
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

    def _titled_mentions(self, surname: str, upper: int) -> list[tuple[int, int, str]]:
        """The mentions in text[:upper] of a person of `surname` (lower case) after a title or
        a role ("Sen. Gill", "Senator Dana Gill"): start, end and the name after the title."""
        if self._titled is None:  # the text read once for all its transcript's labels
            self._titled = [
                (found.start(), found.end("name"), found.group("name"))
                for _, start in self._capitalised_words().words(_NAME_TITLE_HEADS)
                if (found := _TITLED_NAME.match(self._text, start)) is not None
                and found.group("title").lower() in _NAME_TITLES
            ]
        return [
            mention
            for mention in self._titled
            if mention[1] <= upper and mention[2].split()[-1].lower() == surname
        ]

    def _titled_surnamed(self, mentions: list[tuple[int, int, str]]) -> str | None:
        """The one person of the titled `mentions` of a surname (`_titled_mentions`), who
        becomes a speaker; None if there is none, or two of two given names."""
        if not mentions or len({name.split()[0] for *_, name in mentions if " " in name}) > 1:
            return None
        phrase = phrase_after(self._text, mentions[-1][0], mentions[-1][1])
        return None if phrase is None else self.resolve(phrase)[0]

    # -- pronouns --

    def _antecedent(self, pronoun: str, position: int) -> _Entry | None:
        """The speaker a pronoun stands for, or None when there is none or several.

        "it" stands for the last organization, medium or document; "they" for the last group
        or organization. "he" and "she" for the last speaker of that gender or of unknown
        gender: one of known gender, or the subject of the last attribution, is taken; else
        a person of that gender named since the last attribution (not in a quotation), if
        only one; else the speaker of unknown gender if no other agrees. After two people of
        that gender opening a sentence together since: none, as a reader could not tell."""
        recent = self._recent_entries()
        if pronoun == "it" and (
            (
                body := self._subject_body(position)
                or self._opening_body(position)
                or self._opening_body(position, self._own_sentence(position))
            )
            is not None
        ):
            return body
        if (
            pronoun == "it"
            and _after_what(self._text, position)
            and self._aside_in_subject(position)
        ):
            # "The group, which calls itself BlackVault, posted samples of what it said were
            # ...": its own sentence's subject, found above or not at all, never an older body
            return None
        if (
            pronoun == "it"
            and recent
            and recent[0].kind not in _THINGS
            and self._document_heard_last()
        ):
            return recent[0]  # "The report says ... It also found": the report, by its author
        if pronoun in THING_PRONOUNS or pronoun == "which":
            if recent and _unknown_name(recent[0]) and self._same_sentence(position):
                # "Brightwater blamed a group, which it said ...": the name that spoke last in
                # the sentence, whose kind no word told, over an older organization
                return recent[0]
            thing = next((e for e in recent if e.kind in _THINGS), None)
            if thing is not None:
                thing = self._citing_owner(thing) or thing
            return thing or next((e for e in recent if _unknown_name(e)), None)
        if pronoun in PLURAL_PRONOUNS:
            what = self._what_subject(pronoun, position)
            if what is not None:
                return what
            if self._singular_they(recent, position):
                return recent[0]
            lower = _sentence_end(self._text, self._last_end, position) if self._last_end else 0
            role = self._opening_role(None, lower, position, plural=True)
            if role is not None:
                return role  # "The researchers made 24 accounts. They said": not the firm before
            people = self._opening_people(position)
            if people is not None:
                return people  # "Critics balked. They say": not the group before
            company = self._name_and_company(lower, position)
            if company is not None:
                return company  # "Sand and her colleagues adjusted for age, but they said"
            return next((e for e in recent if e.kind in _COLLECTIVES), None)
        gender = pronoun if pronoun in PERSON_PRONOUNS else None
        what = self._what_subject(pronoun, position)
        if what is not None:
            return what
        # After the sentence of the last attribution, or from the start before the first:
        # where subjects and openers are read, found once for all.
        lower = position
        if gender:
            lower = _sentence_end(self._text, self._last_end, position) if self._last_end else 0
            if recent and recent[0].kind in _THINGS and self._last_end:
                lower = self._body_sentence(gender, lower)
        met = self._met_by_author(gender, position)
        if met is not None:
            return met
        subjects = self._latest_subjects(gender, lower, position)
        if len(subjects) > 1:
            return None  # "Ann Lee and Rachel Kim met. She said": either, or the last speaker
        opener = self._subject_read(gender, lower, position, subjects)
        if opener is not None:
            return opener
        owner = self._owner_of_last(recent, gender)
        if owner is not None:
            return owner
        agreeing = [
            e
            for e in recent
            if (e.kind == "person" or _unknown_name(e))
            and (gender is None or e.gender in (None, gender))
            and e.key not in AUTHOR_PRONOUNS  # "I" is never "he"
            and e.key not in _NO_ANTECEDENTS  # "No one expected it. He said": not "No one"
        ]
        if gender is not None and len(agreeing) > 1 and _no_given_name(agreeing[0]):
            # "Transport Focus said ... ‘...,’ she said": a name with no given name, title or
            # role tells no person, so the last speaker of that gender is meant
            agreeing = [e for e in agreeing if e.gender == gender][:1] or agreeing
        if (
            gender
            and len(agreeing) > 1
            and agreeing[0].gender is None
            and self._given_gender(agreeing[0], position) not in (None, gender)
            and self._given_gender(agreeing[1], position) == gender
        ):
            agreeing = agreeing[1:]  # "Host Ray Bellamy ... Bellamy asked ... She said": not he
        if gender and agreeing and agreeing[0].gender is None and self._told_other(gender):
            # "The cook told her to hurry. She says ...": "her" is someone else than the
            # cook, so "she" is too, the one of that gender if any
            agreeing = [e for e in agreeing if e.gender == gender][:1] or agreeing
        if agreeing and (
            agreeing[0].gender is not None
            or agreeing[0] is recent[0]
            or _after_other_gender(recent, agreeing[0], gender)
        ):
            if agreeing[0] is not recent[0] and gender is not None:
                # Another source spoke last ("Officials said"): a speaker of that gender
                # named since is the one meant, over an older speaker
                return self._mentioned_person(gender, position, known=True) or agreeing[0]
            return agreeing[0]
        mentioned = self._mentioned_person(gender, position)
        if mentioned is None and not agreeing:
            # "Ana Ruiz met the union. The union said ... She said": no speaker can be meant,
            # so the one person of that gender named before the last attribution is
            mentioned = self._mentioned_person(gender, position, before_last=True)
        if mentioned is not None or len(agreeing) != 1 or agreeing[0].kind != "person":
            return mentioned
        return agreeing[0]

    def _met_by_author(self, gender: str | None, position: int) -> _Entry | None:
        """The one person of `gender` named in an opening clause of the author's, the
        pronoun's sentence opening with it ("When I spoke to Minister Ann Roe last week, she
        said": Roe, not a woman who spoke before), or its one name of no known gender, as a
        speaker, only as the object of the author's contact ("When I brought up Ivo Lind, he
        said" names no one met); None if none or several."""
        if gender is None:
            return None
        text = self._text
        opening = _sentence_opening(text, line_start(text, position), position)
        clause = _AUTHOR_CLAUSE.match(text, opening, position)
        if clause is None or clause["subordinator"].lower() not in SUBORDINATORS:
            return None
        contact = _AUTHOR_CONTACT.match(text, clause.end("subordinator"), position)
        if contact is None:
            return None  # "When I brought up Ivo Lind, he said": whom the author spoke of
        kin = _OWNER_AND_PERSON.match(text, contact.end(), position)
        if kin is not None and _gender(frozenset({kin["noun"]}), "") == gender:
            # "When I met Ray Tolland's daughter, she said": the daughter, not Tolland
            return self._entry_for(_phrase_of(tuple(tokens(text, kin.start(), kin.end()))))[0]
        ends = _CONTACT_OBJECT_ENDS.search(text, contact.end(), position)
        upper = ends.start() if ends is not None else position
        met = {
            person.surname: person
            for person in self._people_between(contact.end(), upper)
            if person.gender == gender
        }
        if met:
            return self._subject(next(iter(met.values()))) if len(met) == 1 else None
        # a name no list tells the gender of ("When I called Grant Pellerin, he said")
        names = [
            name
            for name in _NAME_AT.finditer(text, contact.end(), upper)
            if _names_someone(name.group().split())
        ]
        return (
            self._named_person(names[0].start(), names[0].end(), gender)
            if len(names) == 1
            else None
        )

    def _owner_of_last(self, recent: list[_Entry], gender: str | None) -> _Entry | None:
        """The person whose relative spoke last, described by that person's possessive, when
        the pronoun agrees with the person and not with the relative ("Malhotra isn't sure.
        Dev Malhotra's wife wants to travel. He wants to sleep in": Malhotra, over an older
        speaker); None otherwise."""
        if gender is None or not recent or recent[0].named or recent[0].kind != "person":
            return None
        name = recent[0].name
        cut = max(name.rfind("’s "), name.rfind("'s "))  # "Dev Malhotra’s wife"
        owner = self._by_key.get(_key(name[:cut])) if cut > 0 else None
        if owner is None or owner.kind != "person" or recent[0].gender == gender:
            return None
        return owner if owner.gender == gender else None

    def _document_heard_last(self) -> bool:
        """Whether the last attribution's mention ends with a document's noun ("The report",
        "the audit"), though it stood for the author who gave it ("In a report, Auditor
        General Ann Lee found ... The report says")."""
        text = self._text
        start = text.rfind(" ", max(0, self._last_end - 24), self._last_end) + 1
        return text[start : self._last_end].lower() in DOCUMENT_WORDS

    def _citing_owner(self, thing: _Entry) -> _Entry | None:
        """The body whose own document a speaker cited "according to its ..." is, the body
        opening that sentence as its subject ("Acme has sued Bolt Corp, according to its
        filing": Acme), else the body named last before it, for "it" after ("Vantor Holdings
        said profit rose, according to its annual report. It ..."), as a speaker; None if
        `thing` is no such document."""
        if thing.kind != "document" or not thing.name.lower().startswith("its "):
            return None
        text = self._text
        at = thing.mentions[0][0]
        if not text[max(0, at - len(_ACCORDING)) : at].lower().endswith(_ACCORDING):
            return None  # "Its report said ... It also found": the report
        name = self._mentioned_organization(max(self._floor, at - _MENTION_REACH), at)
        if name is None:
            return None
        owner = self._citing_subject(at, name)
        if owner is not None:
            return owner
        start = text.rfind(name, 0, at)
        phrase = phrase_after(text, start, start + len(name))
        return None if phrase is None else self._entry_for(phrase)[0]

    def _citing_subject(self, at: int, body: str) -> _Entry | None:
        """The name of a body or of no known kind opening the sentence before `at` as its
        subject, with `body`, the body named last, the object of its verb ("Acme has sued
        Bolt Corp, according to its ..."; not "Profit rose at Vantor Holdings"), as a
        speaker; None if none, a person's or if `body` is no such object."""
        text = self._text
        opening = _sentence_opening(text, line_start(text, at), at)
        subject = _SUBJECT_NAME.match(text, opening, at)
        if subject is None or subject.group() == body:
            return None
        object_at = text.find(body, subject.end(), at)
        verb = text[subject.end() : object_at].split()
        if (
            object_at < 0
            or not 0 < len(verb) <= _VERB_GROUP_WORDS
            or not all(word.isalpha() and word.islower() for word in verb)
            or any(word in PREPOSITIONS for word in verb)
        ):
            return None
        phrase = phrase_after(text, subject.start(), subject.end())
        if phrase is None or phrase.pronoun is not None:
            return None
        if self._analysed_phrase(phrase)[0].kind not in _UNKNOWN_OR_ORGANIZATION:
            return None  # "Ann Lee sued Bolt Corp, according to its ...": Bolt Corp's
        return self._entry_for(phrase)[0]

    def _name_and_company(self, lower: int, position: int) -> _Entry | None:
        """A name and the people with it ("Sand and her colleagues") opening the last
        sentence in text[lower:position] that opens so, outside quotations, as a group; None
        if none."""
        text = self._text
        if text.find(" and ", lower, position) < 0:
            return None  # the common case, told at once
        last = None
        for match in _NAME_AND_COMPANY.finditer(text, lower, position):
            if _opens_sentence(text, match.start()) and not _quoted(text, match.start()):
                last = match
        if last is None:
            return None
        return self._entry_for(_phrase_of(tuple(tokens(text, last.start(), last.end()))))[0]

    def _told_other(self, gender: str) -> bool:
        """Whether the last attribution's verb has the object pronoun of `gender` right
        after its speaker ("The cook told *her* to hurry"): someone else than the speaker."""
        told = _OBJECT_AFTER.match(self._text, self._last_end)
        return told is not None and told.group(1) == _OBJECT_PRONOUN_OF[gender]

    def _body_sentence(self, gender: str, lower: int) -> int:
        """Where the sentence of the last attribution, a body's, opens, if a person of
        `gender` opens it as the subject asked a question ("Lee was asked about the party's
        pledge to ... She said": Lee), so that person is read as the sentence's subject; else
        `lower`."""
        text = self._text
        mention = self._last_end
        opening = _sentence_opening(text, line_start(text, mention), mention)
        if opening < lower and any(
            _opens_sentence(text, person.start) and _QUESTIONED.match(text, _name_end(text, person))
            for person in self._latest_subjects(gender, opening, lower)
        ):
            return opening
        return lower

    def _subject_read(
        self, gender: str | None, lower: int, position: int, subjects: list[_Person]
    ) -> _Entry | None:
        """The one person of `gender` opening the last sentence in text[lower:position] that
        opens with one (`subjects`, as `_latest_subjects` finds them), by a name, a role, a
        description or a name whose gender the sentence tells, or the lone name of no known
        gender opening the sentence just before (over an older speaker of that gender: "Ann
        Lee said ... Amara Kone was less sure. “...,” she said"); None if none or several."""
        if len(subjects) > 1:
            return None
        if subjects:
            return self._subject(subjects[0])
        return (
            self._opening_speaker(gender, lower, position)
            or self._opening_role(gender, lower, position)
            or self._described_subject(gender, lower, position)
            or self._owning_subject(gender, lower, position)
            or self._lone_named_subject(gender, lower, position)
        )

    def _same_sentence(self, position: int) -> bool:
        """Whether `position` is in the sentence of the last attribution's mention."""
        return bool(self._last_end) and (
            _sentence_end(self._text, self._last_end, position) == position
        )

    def _singular_they(self, recent: list[_Entry], position: int) -> bool:
        """Whether "they" at `position` stands for the last speaker, one unnamed source of no
        gender ("A spokesperson for the club said ... “...,” they said"), who spoke last in
        the same paragraph."""
        if not recent or "\n" in self._text[self._last_end : position]:
            return False
        last = recent[0]
        return (
            last.kind == "person"
            and not last.named
            and last.gender is None
            and not SINGULAR_THEY_HEADS.isdisjoint(last.key.split()[: _MAX_MODIFIERS + 1])
        )

    def _opening_speaker(self, gender: str | None, lower: int, position: int) -> _Entry | None:
        """A named speaker of unknown gender, or of the pronoun's that no list tells but a
        pronoun before did ("Odd Reinholt", a "he" since; "Okabe Ren ... Okabe, a diplomat, is
        wary. He ..."), whose name opens the last sentence that opens with one in
        text[lower:position], after the last attribution ("Coach Arno Veld was less happy.
        He told ...", by the given name alone, "Juno was less happy", or by a name only a
        pronoun gave a gender, "Asked about it, Reinholt laughed. He said"): the subject just
        read, as in `_latest_subjects`; None if none."""
        if gender is None or not self._by_surname:
            return None
        text = self._text
        for word in reversed(list(_CAPITALISED.finditer(text, lower, position))):
            key = _key(word.group())
            given = self._by_given.get(key, ())
            for entry in chain(self._by_surname.get(key, ()), given if len(given) == 1 else ()):
                words = entry.name.split()
                if entry.kind != "person" or entry.gender not in (None, gender):
                    continue
                if entry.own_gender is not None:
                    continue  # "Ann Lee": `_latest_subjects` reads her name
                if entry.gender is None and len(words) < 2:
                    continue
                given = " ".join(words[:-1]) + " "
                start = word.start()
                if len(words) > 1 and text.startswith(given, start - len(given)):
                    start -= len(given)  # "Millbrook coach *Arno Veld*": the role before it
                if _opens_sentence(text, start) and not _quoted(text, start):
                    return entry
        return None

    def _opening_role(
        self, gender: str | None, lower: int, position: int, *, plural: bool = False
    ) -> _Entry | None:
        """The person a role noun opening the last sentence in text[lower:position] after the
        last attribution stands for ("The president weighed in on Monday. He wrote ..."):
        the name apposed to it ("The mayor, Dana Whitlock, spoke"), else the holder named
        before, else that role unnamed; the people of a plural role for "they" (`plural`:
        "The researchers made 24 accounts. They said ..."); None if no such sentence, or if
        the noun's gender or number is not the pronoun's."""
        if gender is None and not plural:
            return None
        text = self._text
        openings = [
            start for _, start in self._capitalised_words().words(_THE, "", lower, position)
        ]
        # after an opening clause: "Asked about the fares, the mayor shrugged"
        openings.extend(m.start() + 2 for m in _CLAUSE_THE.finditer(text, lower, position))
        for start in sorted(openings, reverse=True):
            match = _OPENING_ROLE.match(text, start, position)
            if match is None:
                continue
            words = match.group(1).split()
            head = next((k for k, word in enumerate(words) if word in PERSON_ROLES), None)
            if head is None or not (
                _opens_line_or_sentence(text, start) or _after_opening_clause(text, start)
            ):
                continue
            if head + 1 < len(words) and not _verb_like(words[head + 1]):
                continue  # "The head cook there told her": "head" modifies the noun after it
            if _plural_head(words[head]) != plural:
                return None  # "The officials met": they, not he; "The chair": not they
            if not plural and _gender(frozenset({words[head]}), "") not in (None, gender):
                return None
            if _quoted(text, match.start()):
                return None
            end = match.start() + len("The ") + len(" ".join(words[: head + 1]))
            named = _NAME_AFTER_ROLE.match(text, end, position) or _NAME_RIGHT_AFTER.match(
                text, end, position
            )
            name = tokens(text, named.start(1), named.end(1)) if named is not None else []
            if name and marked_kind([t.word for t in name]) is None:
                # "The mayor, Dana Whitlock, spoke", "The drummer Jude Karr was less sure":
                # the name, so described; not a body's
                return self._entry_for(_phrase_of(tuple(name), (match.start(), end)))[0]
            toks = tokens(text, match.start(), end)
            return self._entry_for(_phrase_of(tuple(toks)))[0]
        return None

    def _described_subject(self, gender: str | None, lower: int, position: int) -> _Entry | None:
        """A person brought in as the subject opening the last sentence in text[lower:position]
        that opens with one, outside quotations: by a description whose person's noun
        agrees with the pronoun's `gender` ("One woman, a nurse on nights, keeps a list.
        ..., she said", "The man’s daughter arrives. She asks ..."), or by a name of no other
        gender with an age ("Gil Marchetti, 61, has pushed trolleys for years. He jokes ...")
        or a title of no gender ("Dr. Amara Kone struck a note. “...,” he said"); as a
        speaker; for a description identified with a name, that person ("The woman at the
        oars is Odile Roy."); None if none."""
        if gender is None:
            return None
        text = self._text
        lower = max(lower, position - _MENTION_REACH)  # the subject just read, not far back
        candidates = [
            *_DESCRIBED_PERSON.finditer(text, lower, position),
            *_AGED_NAME.finditer(text, lower, position),
            *_NEUTRALLY_TITLED.finditer(text, lower, position),
            *_NOBLE_SUBJECT.finditer(text, lower, position),
        ]
        candidates.sort(key=re.Match.start, reverse=True)  # the last first: read lazily
        last = next(
            (
                match
                for match in candidates
                if _subject_agrees(match, gender)
                and _opens_sentence(text, match.start())
                and not _quoted(text, match.start())
                and (
                    match.re is not _NOBLE_SUBJECT
                    or _noble_title(tokens(text, match.start(), match.end("name"))) is not None
                )  # "The Prince of Wales Hospital treated ...": no person
            ),
            None,
        )
        if last is None:
            return None
        start = last.start()
        if last.re is _DESCRIBED_PERSON:
            # "The woman at the oars is Odile Roy.": the person so named
            # the description's own "is", not one of a clause after it ("The woman at the desk,
            # whose hometown is Moncton,"), nor a place
            end = _sentence_end(text, start, position)
            if _TITLE_CLOSING.search(text, start, end):  # "is Dr. Ines Varga": no sentence's end
                end = _sentence_end(text, end, position)
            named = _IDENTIFIED_AS.search(text, start, end)
            if named is not None and (
                not _RELATIVE_WORDS.isdisjoint(
                    text[start : named.start()].replace(",", " , ").split()
                )
                or _place_or_state(named[1])
            ):
                named = None
            person = None if named is None else self._named_person(*named.span(1), gender)
            if person is not None:
                return person
        # a description with its appositive ("a nurse on nights"); a name before its age
        upper = (
            _sentence_end(text, start, position)
            if last.re is _DESCRIBED_PERSON
            else last.end("name")
        )
        phrase = (
            _phrase_of(tuple(tokens(text, start, upper)))
            if last.re is _NOBLE_SUBJECT  # "The Countess of Brill": the title and its place
            else phrase_after(text, start, upper)
        )
        if phrase is None and last.re is _DESCRIBED_PERSON:
            # "The man’s daughter": a person's noun that no role list holds, up to its head
            head = _person_head(last)
            phrase = None if head is None else _phrase_of(tuple(tokens(text, start, head.end())))
        return None if phrase is None else self._entry_for(phrase)[0]

    def _owning_subject(self, gender: str | None, lower: int, position: int) -> _Entry | None:
        """A person whose name, one no list tells a gender, is the subject opening the last
        sentence in text[lower:position] that says "his" or "her" (the pronoun's) of a thing,
        outside quotations: the gender that sentence tells ("Brink, reached by phone, stood by
        her comments. “...,” the 29-year-old said"; "Inside, Marit Oyelaran keeps her late
        husband's logs"); as a speaker; None if that sentence opens with no such name."""
        if gender not in _OWNING_PRONOUNS:
            return None
        text = self._text
        own = _OWNING_PRONOUNS[gender]
        lower = max(lower, position - _MENTION_REACH)
        at = text.rfind(own, lower, position)
        while at >= 0 and (_quoted(text, at) or not _owned_thing(text, at + len(own))):
            at = text.rfind(own, lower, at)
        if at < 0:
            return None
        start = _sentence_opening(text, line_start(text, at), at)
        name = _opening_subject(text, self._capitalised_words(), start, at)
        if name is None:
            return None
        return self._named_person(name.start(), name.end(), gender)

    def _named_person(self, start: int, end: int, gender: str | None) -> _Entry | None:
        """The person a subject's name at text[start:end] names, of `gender` or of none the
        name or a pronoun before told, as a speaker; None if it is a pronoun or names no
        person."""
        phrase = phrase_after(self._text, start, end)
        if phrase is None or phrase.pronoun is not None:
            return None
        found, _ = self._analysed_phrase(phrase)
        if not found.named or found.kind not in _PERSON_LIKE or found.gender not in (None, gender):
            return None
        words = found.name.split()
        if found.role is None and (_place_name(words) or words[0].lower() in NATURAL_EVENTS):
            return None  # "Main Street was shut", "Storm Babet flooded ...": no person
        entry = self._entry_for(phrase)[0]
        return entry if entry.gender in (None, gender) else None

    def _lone_named_subject(self, gender: str | None, lower: int, position: int) -> _Entry | None:
        """The name of no known gender opening the sentence just before the pronoun's, after
        the last attribution, when no other name stands in either outside quotations ("Amara
        Kone struck a note of caution. “...,” he said"), or before sentences whose subject is
        that pronoun already ("Arne Holm has rowed the ferry. On Friday he makes his last
        crossing. “...,” he says"): the only person a reader could mean; as a speaker; None
        if none, or if another name competes."""
        if gender is None:
            return None
        text = self._text
        span = _sentence_before(
            text, lower, _sentence_opening(text, line_start(text, position), position)
        )
        for _ in range(_NARRATIVE_REACH):
            if span is None or not _pronoun_opens(text, span, gender):
                break
            span = _sentence_before(text, lower, span[0])
        if span is None or _pronoun_opens(text, span, gender):
            return None
        start, end = span
        # the subject, after an opening phrase, a conjunction or a role if any ("On Monday,
        # local farmer Amara Kone struck ...")
        name = _opening_subject(text, self._capitalised_words(), start, end)
        if name is None:
            return None
        # the words before a name apposed to them are its role ("The Orun Islands' Prime
        # Minister, Tevita Lomu, was"), no one else
        lowest = name.start() if _apposed_subject(text, name) else start
        if any(
            (other.end() <= name.start() or other.start() >= name.end())
            and not _quoted(text, other.start())
            and _names_someone(other.group().split())
            for other in _NAME_AT.finditer(text, lowest, position)
        ):
            return None  # "Amara Kone met Ivo Perl": either
        if _someone_else_told(text, name.end(), position, gender):
            return None  # "Marit Oyelaran met her on Monday. “...,” she said": another woman
        if _works_name(name.group().split()):
            return None  # "Brackton Mills employs 400 people": a company, perhaps
        return self._named_person(name.start(), name.end(), gender)

    def _mentioned_person(
        self,
        gender: str | None,
        position: int,
        *,
        known: bool = False,
        before_last: bool = False,
        owner: bool = False,
    ) -> _Entry | None:
        """The one person of `gender` named since the last attribution (`before_last`: also
        before it, as far back as a mention is looked for), not in a quotation ("Ms. Lee
        arrived. “...,” she said."), as a speaker; None if none or several, or (`known`) if
        that person has not spoken before. For a possessive's `owner`, not a relative named in
        a kin apposition ("Odile Roy rows. Her mother, Rosa, drives her. ... her mother":
        Odile Roy's)."""
        if gender is None:
            return None
        lower = position - _MENTION_REACH if before_last else self._last_end
        lower = max(lower, position - _MENTION_REACH, self._floor)
        text = self._text
        found = {
            person.surname: person
            for person in self._people_between(lower, position)
            if person.gender == gender
            and not _quoted(text, person.start)
            and not (owner and self._kin_apposed_at(person.start))
        }
        if len(found) != 1:
            return None
        (person,) = found.values()
        analysis = self._person_analysis(person, gender)
        same = self._same_person(analysis)
        return same if same is not None or known else self._new(analysis)

    def _subject(self, person: _Person) -> _Entry:
        """A person named as a subject, as a speaker."""
        analysis = self._person_analysis(person, person.gender)
        return self._same_person(analysis) or self._new(analysis)

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
        return _Analysis(person.name, role, "person", True, (0, 0), gender=gender)

    def _latest_subjects(self, gender: str | None, lower: int, position: int) -> list[_Person]:
        """The people of `gender` in the last subject that opens a sentence in
        text[lower:position], after the one of the last attribution, outside quotations
        ("“...,” Lee said. Ann Hale disagreed. “...,” she said": Hale): one name, or names
        joined by "and" or "or" ("Hale and Kim met": both women for "she"; "Okoye and Kim
        met": Okoye for "he"); none if no such subject has one of that gender. A possessive
        opening a sentence is its subject ("Hale’s bill passed. She said": Hale) unless it
        owns people ("Hale’s supporters cried foul") or the sentence just before has a
        subject of that gender ("Ann Dorr was away. Kessling’s exit shocked. She said":
        Dorr); another possessive is none. Salience, as a reader weighs it: the subject of
        the sentence just read over the speaker of an older one."""
        if gender is None or lower >= position:
            return []
        text = self._text
        people = [
            person
            for person in self._people_between(lower, position)
            if not _quoted(text, person.start)
        ]
        by_start = {person.start: person for person in people}
        latest: list[_Person] = []
        latest_opening = -1  # where the sentence of `latest` opens
        joined: set[int] = set()  # the starts of names joined to one before them
        taken = (-1, "")  # where the sentence of the last subject found opens, and its surname
        for person in sorted(people, key=_person_start):
            if person.start in joined:
                continue
            opens = (
                _opens_sentence(text, person.start)
                or _framed_topic(text, person.start, _name_end(text, person))
                or _inverted_subject(text, person.start)  # "Among the guests was Ana Ruiz."
            )
            if not opens and not _introduced(text, person):
                continue
            opening = -1
            if opens:
                opening = _sentence_opening(text, line_start(text, person.start), person.start)
                if opening == taken[0] and person.surname != taken[1]:
                    continue  # "Lee, 58, met his rival, councilman Ed Hale, ...": Lee's sentence
            group = [person]
            end = _name_end(text, person)
            while (match := _JOINED.match(text, end)) and match.end() - 1 in by_start:
                group.append(by_start[match.end() - 1])
                joined.add(match.end() - 1)
                end = _name_end(text, group[-1])
            if text.startswith(("’s", "'s"), end):
                if (
                    opens
                    and len(group) == 1
                    and group[0].gender == gender
                    and not _owns_people(text, end + 2)
                    and not (latest and latest_opening == _previous_opening(text, opening))
                ):
                    # "Hale’s first bill was a hospital act. She said": the sentence is of
                    # her, its owner; a name in apposition after it may still be its subject
                    latest, latest_opening = group, opening
                continue  # "a rival of Hale’s": no subject
            if opens:
                taken = (opening, person.surname)
            agreeing = [member for member in group if member.gender == gender]
            if agreeing:
                latest, latest_opening = agreeing, opening
        return latest

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
            inside = {p.start + len(p.name) - len(p.surname) for p in people if " " in p.name}
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
            for person in self._named_people:
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

    # -- possessors --

    def _with_possessor(self, found: _Analysis, position: int) -> _Analysis:
        """A person described by a role or kin through a possessive pronoun ("Its director",
        "his lawyer", "her daughter"), the possessor resolved as that pronoun would be: named
        as a reader would say it, "Port Authority’s director", with the role "director of Port
        Authority". Unchanged when nothing agrees with the pronoun. `position`: where the
        phrase is mentioned. After a body's description ("The union ... struck, its president
        said"), the role only: "president of the union"."""
        if found.named and found.kind == "person" and found.role:
            return self._possessed_role(found, position)
        first, _, described = found.name.partition(" ")
        pronoun = POSSESSIVE_PRONOUNS.get(first.lower())
        if found.named or pronoun is None or not described:
            return found
        if not _owned_speaker(found):
            return found  # "his account", "her body mass index": no person's role or kin
        possessor = self._possessor(pronoun, position, described.rsplit(None, 1)[-1].lower())
        if possessor is None:
            return found
        if possessor.startswith("the "):  # a body's description: "its president", of the union
            return found._replace(role=f"{described} of {possessor}")
        owner = f"{possessor}’" if possessor.endswith("s") else f"{possessor}’s"  # "Acme Foods’"
        return found._replace(name=f"{owner} {described}", role=f"{described} of {possessor}")

    def _possessed_role(self, found: _Analysis, position: int) -> _Analysis:
        """A named person's role written after "his" or "her" next to the name ("His lawyer,
        Tom Bell", "Ana Ruiz, her neighbour"): the possessor resolved as the pronoun would be,
        "lawyer of Dmitri Valchek"; after "its", the body only when the sentence just before
        named it last (`_body_just_heard`); unchanged when nothing agrees, and after "their",
        whose body is too often not the one named last."""
        text, role = self._text, found.role or ""
        if not _COMPLEMENT_WORDS.isdisjoint(role.split()):
            return found  # "former partner at Lenox": its own complement
        body = self._body_of_described_owner(role, position)
        if body is not None:
            return found._replace(role=f"{role.split(' ', 1)[1]} of {body}")
        lower = max(self._floor, position - _ROLE_REACH)
        upper = min(len(text), position + len(found.name) + _ROLE_REACH)
        for written, pronoun in _POSSESSIVE_FORMS:
            at = text.find(f"{written} {role}", lower, upper)
            if at < 0 or (at > 0 and text[at - 1].isalnum()):
                continue
            if pronoun == "it" and (body := self._body_just_heard(at)) is not None:
                return found._replace(role=f"{role} of {body}")  # "The union disputes it. Its"
            if pronoun not in PERSON_PRONOUNS:
                return found  # "its" of no body just heard, "their": too often not the last
            possessor = self._possessor(pronoun, at, role.rsplit(None, 1)[-1].lower())
            if possessor is None or possessor == found.name:
                return found
            return found._replace(role=f"{role} of {possessor}")
        return found

    def _body_of_described_owner(self, role: str, position: int) -> str | None:
        """The body a role's possessor stands for when it is a description by a body's sort
        ("the group's director" after "The Kelder League said ..."), as "the group" would
        (`_last_named_body`); None for any other role."""
        owner, _, rest = role.partition(" ")
        head = owner[:-2].lower()
        if not rest or owner[-2:] not in ("'s", "’s"):
            return None  # the common case: no possessive opens the role
        if head not in GENERIC_BODY_HEADS and head not in SORTED_BODY_HEADS:
            return None
        body = self._last_named_body(head, position)
        return None if body is None or body.kind == "unknown" else body.name

    def _body_just_heard(self, position: int) -> str | None:
        """The organization last mentioned in the sentence right before `position` ("The
        union disputes the figures. Its president, ..."), when that was its last mention:
        the body "its" there stands for, as a reader takes it ("the union"); None otherwise."""
        recent = self._recent_entries()
        if not recent or recent[0].kind != "organization" or not recent[0].mentions:
            return None
        mentioned = recent[0].mentions[-1][1]
        between = self._text[mentioned:position].rstrip()
        if mentioned > position or "\n" in between or between.count(". ") != 0:
            return None  # not the sentence just read
        if not between.endswith((".", ".”", '."')):
            return None
        opening = recent[0].mentions[-1][0]
        if self._text[:opening].rstrip().endswith(",") and _INSERTED_CUE.match(
            self._text, mentioned
        ):
            return None  # "The report, the union said, was flawed. Its author ...": the report's
        name = recent[0].name
        return "the " + name[4:] if name.startswith("The ") else name

    def _possessor(self, pronoun: str, position: int, head: str) -> str | None:
        """The name a possessive pronoun before `position` stands for: "his"/"her" a person
        named since the last attribution, else the speaker "he"/"she" would be, unless
        another person of that gender is named within reach before and `head`, what is owned,
        is no body a speaker has ("her sister", "his lawyer": of the victim as likely; "his
        office": the speaker's); "its"/"their" an organization or outlet named since the last
        attribution, else the speaker "it"/"they" would be, else one named before; "its" in a
        sentence opening with a body's description, that description ("the union"). None when
        nothing agrees, or the one agreeing is not named."""
        reach = max(self._floor, position - _MENTION_REACH)
        if pronoun in PERSON_PRONOUNS:
            entry = self._mentioned_person(pronoun, position, owner=True)
            if entry is not None and self._named_in_relative_aside(entry, reach, position):
                return None  # "Salas, who was arrested by Tom Brandt, ... His lawyer": Salas'
        else:
            if pronoun == "it" and (body := self._opened_by_body(position)) is not None:
                return body  # "The union ... at the Port of Corliss struck, its president said"
            named = self._mentioned_organization(max(self._last_end, reach), position)
            if named is not None:
                return named
            entry = None
        if entry is None:
            entry = self._antecedent(pronoun, position)
            if (
                entry is not None
                and pronoun in PERSON_PRONOUNS
                and head not in _SPEAKERS_BODIES
                and self._rival(entry, position)
            ):
                return None  # "Ann Kell died. ... Ruth Pym said .... Her sister": Kell's or Pym's
        if entry is not None:
            return entry.name if entry.named else None
        return None if pronoun in PERSON_PRONOUNS else self._mentioned_organization(reach, position)

    def _opened_by_body(self, position: int) -> str | None:
        """The body's description the sentence of `position` opens with for subject, "the
        union" of "The union representing dockworkers at the Port of Corliss served notice, its
        president said": "its" there stands for that body, not for a name after it. None when
        the sentence opens otherwise, a named body too ("The Bank of Canada will hold its rate,
        its governor said": the name is what "its" stands for)."""
        text = self._text
        opening = _sentence_opening(text, line_start(text, position), position)
        run = _BODY_OPENING.match(text, opening, min(position, opening + _OPENING_CHARS))
        if run is None:
            return None
        words = list(takewhile(_body_run_word, run.group("run").split()))
        last = max((i for i, w in enumerate(words) if w in ORGANIZATION_WORDS), default=-1)
        return "the " + " ".join(words[: last + 1]) if last >= 0 else None

    def _named_in_relative_aside(self, entry: _Entry, reach: int, position: int) -> bool:
        """Whether the last mention of `entry` before `position` (from `reach`) stands in a
        "who" or "which" aside its sentence opens on another subject ("Salas, who was
        arrested by Officer Tom Brandt, did not appear": Brandt is no antecedent)."""
        text = self._text
        surname = entry.name.rsplit(None, 1)[-1]
        words = _CAPITALISED_WORD.finditer(text, reach, position)
        named = max((w.start() for w in words if w.group(1) == surname), default=-1)
        if named < 0:
            return False
        opening = _sentence_opening(text, line_start(text, named), named)
        aside = _RELATIVE_ASIDE.search(text, opening, named)
        return aside is not None and text.find(",", aside.end(), named) < 0

    def _rival(self, speaker: _Entry, position: int) -> bool:
        """Whether another person of the gender of `speaker`, the speaker a possessive "his" or
        "her" before `position` would stand for, is named within reach before it, outside
        quotations, and has not spoken: the person the story is about, as likely the owner
        ("Ann Kell died. ... Ruth Pym said .... Her sister"); not another speaker ("Rob Dunn
        said .... Ed Lee said .... his opponent": Lee's)."""
        reach = max(self._floor, position - _MENTION_REACH)
        surname = speaker.name.rsplit(None, 1)[-1].lower()
        return any(
            person.gender == speaker.gender
            and person.surname != surname
            and not _quoted(self._text, person.start)
            and self._kin_apposed_at(person.start) is None
            and self._same_person(self._person_analysis(person, person.gender)) is None
            for person in self._people_between(reach, position)
        )

    def _subject_body(self, position: int) -> _Entry | None:
        """The body a country or a name owns, opening a sentence since the last attribution
        as its subject ("China’s coast guard gave its account. ... it said"; "Japan’s foreign
        ministry"), as a speaker: the last one, not in a quotation; None if none."""
        text = self._text
        lower = self._last_end
        if text.find("’s ", lower, position) < 0 and text.find("'s ", lower, position) < 0:
            return None  # no possessive since the last attribution: the common case, told at once
        found = None
        for match in _OWNED_BODY.finditer(text, lower, position):
            end = _body_end(match)
            if end and _opens_sentence(text, match.start()) and not _quoted(text, match.start()):
                found = (match.start(), end)
        if found is None:
            return None
        return self._entry_for(_phrase_of(tuple(tokens(text, *found))))[0]

    def _what_subject(self, pronoun: str, position: int) -> _Entry | None:
        """For a person's or a body's pronoun after "what", the subject opening its own
        sentence (`_own_sentence`): "Kell released a letter from what she said was a former
        aide" (Kell), "Police released video of what they said was the car" (police); None
        elsewhere, if that subject's gender disagrees, or if a noun of people stands between
        ("Police charged two teens over what they said was a prank": the teens', maybe)."""
        text = self._text
        if not _after_what(text, position):
            return None
        sentence = self._own_sentence(position)
        if sentence is None:
            return None
        words = text[slice(*sentence)].split()
        run = list(takewhile(lambda word: word[:1].isupper(), words))
        if any(_of_person(word) for word in words[len(run) :]):
            return None
        if pronoun in PLURAL_PRONOUNS:
            return self._opening_body(position, sentence)
        if not 0 < len(run) < 4:
            return None
        ref = self.person_surnamed(run[-1].lower(), position)  # "Kell", "Ann Kell" named before
        if ref is None:  # "Ann Kell", named here
            phrase = phrase_after(text, sentence[0], sentence[0] + len(" ".join(run)))
            ref = None if phrase is None else self.resolve(phrase)[0]
        entry = self._entries.get(ref) if ref is not None else None
        if entry is None or entry.kind not in _PERSON_LIKE or entry.gender not in (None, pronoun):
            return None
        return entry

    def _aside_in_subject(self, position: int) -> bool:
        """Whether the sentence holding `position` opens with a noun phrase, no pronoun, and
        holds a comma before `position` ("The group, which calls itself X, posted ...": a
        subject `_own_sentence` does not read); not "It is denouncing what it calls ..."."""
        text = self._text
        opening = _sentence_opening(text, line_start(text, position), position)
        first = text[opening : opening + 4].split()[:1]
        return (
            bool(first)
            and first[0] not in ("It", "It’s", "It's")
            and (text.find(",", opening, position) >= 0)
        )

    def _own_sentence(self, position: int) -> Span | None:
        """The sentence holding `position`, from its opening up to `position`, when no
        attribution nor comma stands in it before (the pronoun's own: "The ministry released a
        photo of what it said was ..."); None otherwise."""
        text = self._text
        opening = _sentence_opening(text, line_start(text, position), position)
        if opening < self._last_end or position - opening > _OWN_SENTENCE_REACH:
            return None
        if text.find(",", opening, position) >= 0:
            return None  # "The average fee, it says, ...": an aside in the subject, not its
        return opening, position

    def _opening_body(self, position: int, sentence: Span | None = None) -> _Entry | None:
        """The organization or outlet whose name opens the sentence just before `position`
        (or `sentence`) after the last attribution as its subject: one that spoke before
        ("Acme has 30 days to appeal. It said ..."), or one its own words mark as a body,
        spoken or not ("Norvale Mining Corp. is closing a mine. It says ..."), or whose short
        name stands for a company named in full before ("Oramis makes chips. It said":
        `_body_named_in_full`); None if no such sentence or name."""
        sentence = sentence or self._sentence_just_before(position)
        if sentence is None:
            return None
        opening, end = sentence
        words = self._text[opening:end].split()
        if words[:1] == ["the"]:  # read after its opening time: "On Tuesday the club posted"
            return self._described_thing(opening, end) if len(words) > 1 else None
        run = list(takewhile(lambda word: word[:1].isupper(), words))
        if not run or len(run) == len(words):
            return None
        if run[-1].endswith(","):
            run[-1] = run[-1][:-1]  # "Oramis, based in Austin, makes chips": the name
        entry = self._by_key.get(_key(" ".join(run)))
        if entry is not None and entry.kind in BODY_KINDS:
            return entry
        if words[0] == "The" or marked_kind(run) in BODY_KINDS:
            return self._described_thing(opening, end)
        return self._body_named_in_full(" ".join(run), opening)

    def _body_named_in_full(self, name: str, upper: int) -> _Entry | None:
        """The body a short name opening a sentence ("Oramis makes chips. It said ...") was
        named in full by before `upper`, a company's name ending in its trade or a legal
        suffix ("... to buy Oramis Semiconductor"), as a speaker; None if it was not."""
        text = self._text
        at = text.find(name + " ", 0, upper)
        while at >= 0:
            full = _NAME_GOES_ON.match(text, at + len(name))
            if (
                full is not None
                and (at == 0 or not text[at - 1].isalnum())
                and full.group().split()[-1].lower() in _COMPANY_NAME_ENDS
            ):  # "Oramis Semiconductor"; not "the Amazon Labour Union", a body of its own
                return self._entry_for(_phrase_of(tuple(tokens(text, at, full.end()))))[0]
            at = text.find(name + " ", at + 1, upper)
        return None

    def _sentence_just_before(self, position: int) -> Span | None:
        """Where the sentence just before the one at `position` opens and ends, after the last
        attribution and not in a quotation; None if the last attribution's sentence is that
        one, or if there is none. A period before a lower-case word ends no sentence ("Corp.
        is")."""
        text = self._text
        lower = self._last_end
        breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text, lower, position)]
        if not breaks:
            return None
        line = text.rfind("\n", lower, breaks[-1] - 2)  # the line of the sentence before
        if len(breaks) > 1:
            opening = max(breaks[-2], line + 1)
        elif line >= 0 or lower == 0:
            opening = line + 1  # a paragraph, or the text, opens the sentence before
        else:
            return None  # the last attribution's sentence is the one before: the common case
        return None if _quoted(text, opening) else (opening, breaks[-1])

    def _opening_people(self, position: int) -> _Entry | None:
        """The people a plural opening the sentence just before `position` as its subject
        names, after a quantifier or a modifier if any and with its complement ("Residents of
        Pine Street packed the hall. They said ...", "Many economists shrugged. They say ...",
        "House Republicans balked"), for "they"; None if that sentence opens no such plural
        as its head ("Complaints from parents", "Residents' complaints") before its verb, or
        the verb is a passive ("Patients were given a placebo": those acted on)."""
        sentence = self._sentence_just_before(position)
        if sentence is None:
            return None
        phrase = phrase_after(self._text, *sentence)
        if phrase is None or phrase.pronoun is not None or phrase.span[0] != sentence[0]:
            return None
        words = list(takewhile(lambda w: w not in PREPOSITIONS, phrase.words))
        if len(words) > 3 or not _of_people(words[-1]):  # "Complaints from parents": no head
            return None
        if _VERB_NEXT.match(self._text, phrase.span[1]) is None:
            return None
        if _PASSIVE_NEXT.match(self._text, phrase.span[1]):  # "Patients were given a placebo"
            return None
        found, _ = self._analysed_phrase(phrase)
        return self._entry_for(phrase)[0] if found.kind == "group" else None

    def _described_thing(self, start: int, end: int) -> _Entry | None:
        """The body or document a description opening the sentence text[start:end] names as
        its subject, before its verb ("The Kelsan presidency gave a shorter account. It
        said ..."; "The communique, a 14-page text, was signed ... It also said"), as a
        speaker; None if the description names no such thing, or a place or channel something
        befalls ("The site was cleared", "The council's website went down": the last body is
        still meant), not one that puts out an account ("The agency's report found ...")."""
        phrase = phrase_after(self._text, start, end)
        if phrase is None or phrase.pronoun is not None:
            return None
        verb = _VERB_NEXT.match(self._text, (phrase.appositive or phrase.span)[1])
        if verb is None:
            return None
        if phrase.tokens[-1].lower in SETTING_HEADS:
            word = _LOWER_WORD.match(self._text, verb.end() - 1)
            if word is None or word.group() not in ACCOUNT_VERBS:
                return None
        found, _ = self._analysed_phrase(phrase)
        return self._entry_for(phrase)[0] if found.kind in _THINGS else None

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
            if run and tok.capitalized and _line_break_between(text, run[-1], tok):
                found.extend(self._mentioned_organizations(run[0].start, run[-1].end)[:1])
                run = []  # "Rules tighten\n\nTransport Canada": a line break ends a name
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

    def _unresolved(self, phrase: Phrase, pronoun: str) -> _Entry:
        """A speaker known only by its pronoun ("he"), not named: nobody, or several, agree."""
        written = self._text[phrase.span[0] : phrase.span[1]]
        kind: SpeakerKind = (
            "person"
            if pronoun in _PERSON_PRONOUNS_AND_WHO
            else "group"
            if pronoun in PLURAL_PRONOUNS
            else "unknown"
        )
        return self._new(_Analysis(written, None, kind, False, phrase.span), indexed=False)

    # -- names and descriptions --

    def _entry_for(self, phrase: Phrase) -> tuple[_Entry, Span]:
        found, mention = self._analysed_phrase(phrase)
        found = self._with_possessor(found, mention[0])
        entry = (
            self._one_of_two(found, mention[0])
            or self._government_arm(
                found, mention[0]
            )  # before "the agency" of a headline is met again
            or self._named_kin(found, mention[0])
            or self._named_since(self._same_key(found), found)
            or self._acronym_of(found)
            or self._spelled_out(found)
            or self._described_in_apposition(found)
            or self._same_person(found, mention[0])
            or self._given_name_alone(found, mention[0])
            or self._popularly_named(found, mention[0])
            or self._short_company_name(found)
            or self._name_without_place(found)
            or self._other_side(found, mention[0])
            or self._role_holder(found, mention[0])
            or self._anonymous_again(found, mention[0])
            or self._sole_holder(found, mention[0])
            or self._described_outlet(found, mention[0])
            or self._named_body(found, mention[0])
            or self._apposed_body(found, mention[0])
            or self._family_again(found, mention[0])
            or self._nation_as_band(found, mention[0])
            or self._described_document(found, mention[0])
            or self._venue_giver(found, mention[0])
        )
        if entry is None:
            entry = self._new(found)
        else:
            self._merge(entry, found)
        self._note(entry, mention)
        if self._text.startswith(" (", mention[1]) and entry.kind in BODY_KINDS:
            self._declare_acronym(entry, mention[1])
        return entry, mention

    def _declare_acronym(self, entry: _Entry, end: int) -> None:
        """File a body under the acronym the text declares in parentheses right after its
        mention ending at `end` ("the UN refugee agency (UNHCR)"), whatever its initials: a
        later "UNHCR" alone is that body."""
        declared = _DECLARED_ACRONYM.match(self._text, end)
        if declared is not None and entry.key != declared.group(1).lower():
            self._by_acronym.setdefault(declared.group(1).lower(), entry)

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
            if entry.kind == "organization" and entry.named and _holds_head(entry.key, head):
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
                or _same_given(given, _first_given(entry.key.split()))
                or _surnames_ending(words, entry.key)
            )
        ]
        if given is None and len(words) == 1:
            kin = [entry for entry in matching if _named_with_kin(entry)]
            if kin:
                return self._namesake(words[0], found.gender, kin, matching, position)
        return max(matching, key=lambda entry: entry.last, default=None)

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
        told = _CONTENT_PRONOUN.match(self._text, position + len(surname)) if position else None
        if told is not None:  # "Vell said she was proud of her father": not Tomas Vell
            word = told[1].lower()
            pronoun = _PRONOUN_FORMS.get(word, word)  # "his" -> "he"
            others = [entry for entry in others if entry.gender in (None, pronoun)]
            kin = [entry for entry in kin if entry.gender in (None, pronoun)] or kin
            gender = gender or pronoun
        if others:
            return max(others, key=lambda entry: entry.last)
        self._known_people()
        keys = {entry.key for entry in kin}
        first = next((p for p in self._named_people if p.surname == surname and not p.lone), None)
        if (
            first is not None
            and _key(first.name) not in keys
            and (gender is None or first.gender in ("", gender))
            and position is not None
            and self._dated(position)
        ):
            return self._subject(first)
        return max(kin, key=lambda entry: entry.last)

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
            if " known as " in text or " nicknamed " in text or " called " in text:
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

    def _role_holder(self, found: _Analysis, position: int) -> _Entry | None:
        """Sieve 3: the holder of the role a description names (`_described_holder`), unless
        the description and the holder's role name different owners ("Mr. Salas's lawyer",
        "his lawyer" of Salas, is not Ann Lee, "Mr. Brandt's lawyer")."""
        holder = self._described_holder(found, position)
        if holder is None:
            return None
        owner, holder_owner = _owner(found.name, found.role), _owner(holder.role or "", None)
        pronoun = found.name.partition(" ")[0].lower()
        if owner is None and holder_owner and pronoun in _GENDERED_OWNERS:
            owner = self._last_person(  # "His lawyer"
                _PRONOUN_FORMS[pronoun], position, holder_owner.lower()
            )
        return None if owner and holder_owner and owner != holder_owner else holder

    def _last_person(self, gender: str, position: int, owner: str) -> str | None:
        """The surname, as written, that "his" or "her" at `position` stands for: the first
        word of the sentence up to it, else of the sentence before, that is the surname of a
        person of `gender` ("he") named before or the description's `owner` (lower case):
        the subject ("Tom Brandt declined to comment. *His* lawyer said": Brandt; "Salas,
        who was arrested by Officer Tom Brandt, did not appear. His lawyer": Salas; not
        "Lee" in "Leeds"); None if neither sentence holds one."""
        self._known_people()
        named = self._named_people[: bisect_left(self._named_people, (position,))]
        wanted = {p.name.split()[-1] for p in named if p.gender in ("", gender)}
        owners = set(owner.split())
        text = self._text
        lower = max(self._floor, position - _ANTECEDENT_REACH)
        breaks = [lower] + [m.end() for m in _SENTENCE_BREAK.finditer(text, lower, position)]
        spans = [(breaks[-1], position)]
        if len(breaks) > 1:
            spans.append((breaks[-2], breaks[-1]))  # the sentence before
        for start, end in spans:
            for word in _CAPITALISED_WORD.finditer(text, start, end):
                if word.group(1) in wanted or word.group(1).lower() in owners:
                    return word.group(1)
        return None

    def _described_holder(self, found: _Analysis, position: int) -> _Entry | None:
        """The named person who holds the role a description names ("the mayor",
        "the veteran lawmaker": a "Sen."), of the same gender: the holder of that very office
        ("the Chief Minister"), else the most recent speaker who does with the description's
        modifiers ("the fire chief": the Fire Chief), or an unnamed one of that head brought
        in since; else the person last named with that title before `position` ("Councilman
        Rob Lee ... the councilman said"), in apposition to that description ("the moderator,
        Jan Pruitt,") or after that role noun ("striker Ida Berg"); "the defendant", the
        person named as charged. A description by age or party ("the 52-year-old", "the Ohio
        Republican"), by a player's position ("the veteran defenceman") or by origin ("the
        Kelowna native") stands for the subject of the sentence just before, else the person
        a "he" or "she" there would: it is only ever said of someone just named; a player
        just named wins a position over an older speaker holding it. Never for a past holder
        ("the ex-mayor")."""
        if not found.description or past_holder(found.name.rpartition(" ")[2]):
            return None  # "the ex-mayor": not the mayor
        if found.head == "officer":  # an office by its field (`_one_office`)
            return self._office_holder(found, position)
        if _origin_described(found):
            # "the Kelowna native": the person just named, never an older native of elsewhere
            gender = found.gender or self._subject_gender(position)
            holder = self._subject_just_named(position, found.gender) or self._antecedent(
                gender, position
            )
            return holder if self._may_be_player(holder, position) else None
        wanted = ROLE_HOLDERS.get(found.head, frozenset()) | {found.head}
        holders = self._holders(found, wanted)
        # "the Chief Minister" after an "Agriculture Minister": the holder of that very office
        office = _office_words(found.name)
        if office:
            holder = _office_holder_of(list(holders), office)
        else:
            holder = self._modified_holder(found, list(holders), wanted, position)
        if holder is not None and not office:
            # "Ann Lee, an economist, said ... Another economist said ... the economist said":
            # the unnamed one brought in since
            brought = self._brought_in(found.head)
            if brought is not None and brought.last > holder.last:
                return brought
        if (
            holder is not None
            and not office
            and (_player_described(found) or found.head in PLAYING_POSITIONS)
        ):
            # "Ivo Lind said the team was tired. “...,” the guard said": the player just named,
            # of no role told, over an older speaker holding that position (a "guard" of a
            # team, since a speaker holds it)
            just = self._subject_just_named(position, found.gender)
            if just is not None and just.named and just.role is None:
                holder = just
        if holder is None:  # by its own title only when it names a body: "Leader Ann Lee"
            titles = frozenset({found.head}) if found.head in _BODY_ROLES else wanted
            holder = self._titled_person(titles, found.gender, position)
        if holder is None:  # "A nurse at the clinic said ... the nurse said"
            holder = self._brought_in(found.head)
        if holder is None and not office and found.name.lower().startswith(("the ", "their ")):
            holder = self._apposed_holder(found.head, found.gender, position)
            holder = holder or self._named_after_role(found.head, found.gender, position)
            kinds = ARTS_ROLE_HYPERNYMS.get(found.head, frozenset())
            holder = holder or self._named_after_kind(kinds, found.gender, position)
            holder = holder or self._doer(found.head, found.gender, position)
        if holder is None and found.head in CHARGED_ROLES:
            holder = self._charged_person(found.gender, position)
        if (
            holder is None
            and found.head in KIN_CONVERSES
            and found.name.lower() == f"the {found.head}"
        ):
            # "Marit Oyelaran keeps her late husband's logs. “...,” the widow said": the subject
            # just read, never an older speaker; but not in "Ann Lee treated the boy. “...,”
            # the mother said" (the boy's mother)
            lower = _sentence_end(self._text, self._last_end, position) if self._last_end else 0
            if _kin_held(self._text[lower:position], KIN_CONVERSES[found.head]):
                gender = found.gender or self._subject_gender(position)
                subjects = self._latest_subjects(gender, lower, position)
                holder = self._subject_read(gender, lower, position, subjects)
        parent = parent_of_count(found.name.lower().split())
        if holder is None and (
            found.head in PARTY_MEMBERS
            or _player_described(found)
            or _AGE.search(found.name)
            or parent
        ):
            gender = found.gender or self._subject_gender(position)
            just = None if parent else self._subject_just_named(position, found.gender)
            holder = just or self._antecedent(gender, position)
            if holder is not None and (
                not holder.named
                or (parent and not self._may_be_parent(holder, gender, position))
                or (_player_described(found) and not self._may_be_player(holder, position))
            ):
                holder = None
        return holder

    def _may_be_player(self, holder: _Entry | None, position: int) -> bool:
        """Whether `holder` is a named person a player's or a native's description at
        `position` may stand for: one of no role, nor title before (`_titled_mentions`), but a
        player's position ("Goalie Mikko Aalto"; not "Coach Ann Vale", nor "Vale" after
        "Premier Ann Vale")."""
        if holder is None or not holder.named:
            return False
        if holder.role is not None:
            return _player_role(holder.role)
        mentions = self._titled_mentions(holder.name.split()[-1].lower(), position)
        return all(
            _player_role(self._text[start : end - len(name)].strip())
            for start, end, name in mentions
        )

    def _subject_just_named(self, position: int, gender: str | None = None) -> _Entry | None:
        """The person named as the subject of the sentence just before the one at
        `position`, whatever gender the name tells or not ("Goalie Mikko Aalto made 27 saves.
        “...,” the 24-year-old said": Aalto; "Aalto said the ice was slow. “...,” the
        Finnish netminder said": Aalto), as a speaker; None if that sentence opens with no
        person's name, with one of a gender other than `gender` ("Dan Vale said ... the
        grandmother said"), or with one holding a role other than a player's position
        ("Coach Ann Vale said ... the Helsinki native said": not the coach)."""
        text = self._text
        opening = _sentence_opening(text, line_start(text, position), position)
        span = _sentence_before(text, 0, opening)
        if span is None:
            return None
        name = _opening_subject(text, self._capitalised_words(), *span)
        if name is None or _works_name(name.group().split()):
            return None
        start = name.start()
        first, _, rest = name.group().partition(" ")
        if first.lower() in PLAYING_POSITIONS and " " in rest:
            start += len(first) + 1  # "Forward Lia Brandt": a position no role list holds
        entry = next(
            (
                entry
                for told in (None, "he", "she")
                if (entry := self._named_person(start, name.end(), told)) is not None
            ),
            None,
        )
        if entry is None or (gender and entry.gender not in (None, gender)):
            return None
        return entry if entry.role is None or _player_role(entry.role) else None

    def _office_holder(self, found: _Analysis, position: int) -> _Entry | None:
        """The recent named speaker whose own role is the officer of the field `found` names,
        else the person last apposed to that office before `position` ("the chief financial
        officer": Ann Lee, "the chief financial officer", not Tom Reyes, "the chief executive
        officer"; "the medical officer": never "Sgt. Ken Olds"); None if none."""
        words = found.name.lower().split()
        fields = OFFICER_FIELDS.intersection(words)
        holder = next(
            (
                holder
                for holder in self._holders(found, frozenset({found.head}))
                if fields <= set(_LOWER_WORDS.findall((holder.role or "").lower()))
            ),
            None,
        )
        if holder is None:  # "Ann Lee, the chief financial officer, spoke first."
            at = words.index(found.head)
            office = " ".join(words[max(0, at - 1) : at + 1])
            holder = self._apposed_holder(office, found.gender, position)
        if holder is None:  # "Chief Financial Officer Ann Lee spoke first."
            role = found.name.removeprefix("the ")
            holder = self._named_after_role(role, found.gender, position, role.title())
        return holder

    def _may_be_parent(self, person: _Entry, gender: str, position: int) -> bool:
        """Whether a named person may be the parent a count of children describes at
        `position` ("Rosa Diaz got the letter. The mother of two said"): not a minor, by an
        age under 18 ("Leo Park, 7,", "the 7-year-old") or a child's noun ("Mia Roy, a Grade 2
        student"), nor the one a quotation in the paragraph speaks of by `gender`'s pronoun
        ("“He loved that bike,” the father of three said": the father of the boy)."""
        if not CHILD_NOUNS.isdisjoint(person.described):
            return False
        text = self._text
        named = text.rfind(person.name, max(self._floor, position - _MENTION_REACH), position)
        spans = [*person.mentions, *([(named, named + len(person.name))] if named >= 0 else [])]
        for start, end in spans:
            before = _AGE_BEFORE_NAME.search(text, max(0, start - _AGE_BEFORE_CHARS), start)
            aside = _ASIDE_AFTER_NAME.match(text, end)
            if before is not None and int(before.group(1)) < _ADULT_AGE:
                return False  # "the 7-year-old Leo Park"
            if aside is None:
                continue
            words = aside.group(1).lower().split()
            minor = words[0].isdigit() and int(words[0]) < _ADULT_AGE  # "Leo Park, 7,"
            if minor or not CHILD_NOUNS.isdisjoint(words):
                return False  # "Mia Roy, a Grade 2 student,"
        end = text.find("\n", position)
        paragraph = text[line_start(text, position) : len(text) if end < 0 else end]
        # the words of each closed quotation, found again: `_quoted` tests one position
        return not any(
            _PRONOUN_FORMS.get(word, word) == gender
            for quote in _QUOTATION.findall(paragraph)
            for word in _LOWER_WORDS.findall(quote.lower())
        )

    def _modified_holder(
        self, found: _Analysis, holders: list[_Entry], wanted: frozenset[str], position: int
    ) -> _Entry | None:
        """Of `holders` (the most recent first), the one whose role has the description's
        modifiers ("the fire chief": "Fire Chief Ana Ruiz", not "Police Chief Dana Cole"
        who spoke since), else the person last named with that title and those modifiers
        ("Fire Chief Ana Ruiz" never quoted), else the most recent holder."""
        words = found.name.lower().split()
        modifiers = words[1:-1] if words[0] == "the" and words[-1] == found.head else []
        if not modifiers:
            return holders[0] if holders else None
        for holder in holders:
            if all(m in holder.described or m in (holder.role or "").lower() for m in modifiers):
                return holder
        titled = self._titled_person(wanted, found.gender, position, tuple(modifiers))
        return titled or (holders[0] if holders else None)

    def _subject_gender(self, position: int) -> str:
        """The gender of the person last named as a subject since the last attribution
        ("Midfielder Tomas Brel scored. The 24-year-old said": "he"), as `_latest_subjects`
        finds them; else the gender of the last "his" or "her" of a thing since, outside
        quotations ("Brink stood by her comments. The 29-year-old said": "she"); "" if none."""
        text = self._text
        lower = _sentence_end(text, self._last_end, position) if self._last_end else 0
        latest = [
            (subjects[-1].start, gender)
            for gender in ("he", "she")
            if (subjects := self._latest_subjects(gender, lower, position))
        ]
        if not latest:
            latest = [
                (at, gender)
                for gender, own in _OWNING_PRONOUNS.items()
                if (at := text.rfind(own, lower, position)) >= 0
                and not _quoted(text, at)
                and _owned_thing(text, at + len(own))
            ]
        return max(latest)[1] if latest else ""

    def _one_of_two(self, found: _Analysis, position: int) -> _Entry | None:
        """Sieve 0: "the former" or "the latter", the first or the second of the last two
        people named before `position` outside quotations ("Lee praised Dunn. The latter
        said ...": Dunn), by a name a list knows or a speaker's name (one no list knows:
        "Wren said ..."), as a speaker; None if not such a phrase, or fewer than two."""
        which = _OF_TWO.get(found.head)
        if which is None or found.named or found.name.lower() != f"the {found.head}":
            return None
        text = self._text
        lower = max(self._floor, position - _MENTION_REACH)
        named: list[tuple[int, str, _Person | _Entry]] = [
            (person.start, person.surname, person)
            for person in self._people_between(lower, position)
        ]
        named.extend(
            (start, key[-1], entry)
            for entry in self._recent_entries()
            if entry.kind in _PERSON_LIKE and entry.named
            for start, end in entry.mentions
            if lower <= start < position
            # by a word of its name, not "she" nor "the former"
            and _key(text[start:end]).split()[-1] in (key := _key(entry.name).split())
        )
        surnames: list[str] = []  # of the last two, the latest first
        last_two: list[_Person | _Entry] = []
        for start, surname, who in sorted(named, key=itemgetter(0), reverse=True):
            if _quoted(text, start) or surname in surnames:
                continue
            surnames.append(surname)
            last_two.append(who)
            if len(last_two) == 2:
                meant = last_two[1 - which]
                return meant if isinstance(meant, _Entry) else self._subject(meant)
        return None

    def _holders(self, found: _Analysis, wanted: frozenset[str]) -> Iterator[_Entry]:
        """The recent named speakers, the most recent first, who hold one of the roles or
        titles `wanted` that the description `found` may stand for, a title also where the
        text writes it before the person's full name outside an attribution."""
        titled = not wanted.isdisjoint(TITLES)  # "the doctor": a "Dr."
        return (
            entry
            for entry in self._recent_entries()
            if entry.kind == "person"
            and entry.named
            and (
                not wanted.isdisjoint(entry.described)
                or (titled and not wanted.isdisjoint(self._titles_of(entry.name)))
            )
            and (found.gender is None or entry.gender in (None, found.gender))
            and _leads_body(found, entry)
        )

    def _titles_of(self, name: str) -> frozenset[str]:
        """The titles, lower case, the text writes before the full name `name` anywhere, or
        before any full name of the surname `name` alone: "Dr. Ana Holm chaired the briefing.
        Holm said ..." makes "Holm" (or "Ana Holm") a "dr", a doctor, though no attribution of
        hers gave the title; never her brother "Mark Holm"."""
        if self._name_titles is None:
            found: dict[str, set[str]] = {}
            for _, start in self._capitalised_words().words(_TITLE_HEADS):
                named = _TITLED_NAME.match(self._text, start)
                if named is not None and named["title"].lower() in TITLES:
                    title = named["title"].lower()
                    full = " ".join(named["name"].split())
                    found.setdefault(full, set()).add(title)
                    found.setdefault(full.rpartition(" ")[2], set()).add(title)
            self._name_titles = {name: frozenset(t) for name, t in found.items()}
        return self._name_titles.get(name, frozenset())

    def _named_since(self, unnamed: _Entry | None, found: _Analysis) -> _Entry | None:
        """A definite description's same wording spoken before unnamed ("A prosecutor told
        jurors ..."): the person named with that role who has spoken since ("Prosecutor Ed
        Aalto said ... the prosecutor said"), the most salient; else the unnamed person of
        that bare head brought in since ("An aide said ... the aide said ... A second aide
        said ... the aide said": the second aide); else `unnamed`."""
        if unnamed is None or unnamed.named or found.named:
            return unnamed
        holder = (
            next(self._holders(found, frozenset({found.head})), None) if found.description else None
        )
        if holder is None and found.kind == "person" and _key(found.name) == found.head:
            holder = self._brought_in(found.head)
        return holder if holder is not None and holder.last > unnamed.last else unnamed

    def _other_side(self, found: _Analysis, position: int) -> _Entry | None:
        """Sieve 3a: a reciprocal role with its possessor resolved ("his opponent", "her
        counterpart", `RECIPROCAL_ROLES`): the person other than that possessor mentioned
        last before `position`, a speaker or a name outside quotations, as in a debate or
        talks between two; None if none."""
        if found.named or found.head not in RECIPROCAL_ROLES:
            return None
        owner = found.name[: -len(found.head)].rstrip()  # "Okafor’s", "Ann Lee's", "Jones’"
        possessor = (
            owner.removesuffix("s").rstrip("’'") if owner.endswith(POSSESSIVE_ENDINGS) else ""
        )
        if not possessor or " " in found.name[len(owner) :].strip():
            return None
        surname = _key(possessor).split()[-1]
        spoken = next(
            (
                e
                for e in self._recent_entries()
                if e.kind == "person"
                and e.named
                and e.mentions
                and _key(e.name).split()[-1] != surname
                and (found.gender is None or e.gender in (None, found.gender))
            ),
            None,
        )
        text = self._text
        named = max(
            (
                p
                for p in self._people_between(max(self._floor, position - _MENTION_REACH), position)
                if p.surname != surname and not _quoted(text, p.start)
            ),
            key=_person_start,
            default=None,
        )
        if named is not None and (spoken is None or spoken.mentions[-1][0] < named.start):
            return self._subject(named)
        return spoken

    def _apposed_holder(self, head: str, gender: str | None, position: int) -> _Entry | None:
        """The person last named in apposition to a description of that head before
        `position`, within reach, outside quotations ("the moderator, Jan Pruitt of WHRL,
        asked ...", "met his challenger, city councilman Rob Lee", "Ivo Rey, the bishop of
        Tarn, led ..."), or after that name by an
        indefinite one going on with a relative clause ("Cal Munro, a fisherman who moved
        here"), as a speaker with that role, passing a deputy or a former holder ("Tom Reyes,
        the former chief financial officer,": the one named before him); None if none."""
        text = self._text
        lower = max(self._floor, position - _TITLE_REACH)
        end = position
        while True:
            # the word, not "mischief, "; or before its complement ("Ivo Rey, the bishop of
            # Tarn,", "Ed Ruiz, a broker in Ashby,", "an economist at Vale Bank", "a planner
            # with the city")
            at = max(text.rfind(f" {head}{after}", lower, end) for after in _APPOSED_ENDS)
            at += 1
            if at <= 0 or _quoted(text, at):
                return None
            opener = _APPOSED_OPENER.search(text, max(lower, at - _ROLE_BEFORE_REACH), at)
            if opener is None:
                return None
            if not _subordinate(opener["words"] + head):
                break
            end = at - 1  # "Tom Reyes, the former chief financial officer,": one before him
        # the name before it ("Ed Lee, the incumbent, ..."), else after it
        named = _NAME_BEFORE_APPOSED.search(
            text, max(lower, opener.start() - _ROLE_BEFORE_REACH), opener.start()
        )
        if named is None and text[at + len(head)] == ",":
            named = _APPOSED_NAME.match(text, at + len(head) + 2, position)
        if named is None:
            return None
        roles = named["roles"].split()
        if roles and roles[-1] not in PERSON_ROLES:
            return None  # "the incumbent, faced Rob Park": a verb, no role, before the name
        role = opener["words"] + head
        name = named["name"]
        first, _, rest = name.partition(" ")
        if first.lower() in _NOT_NAME and " " in rest:
            name = rest  # "Then Rob Park, the senator,": an adverb opening the sentence
        analysis = _Analysis(name, role, "person", True, (0, 0), gender=gender)
        return self._same_person(analysis) or self._new(analysis)

    def _named_after_role(
        self, head: str, gender: str | None, position: int, written: str | None = None
    ) -> _Entry | None:
        """The person last named right after the role noun `head` in lower case (or as
        `written`, "Financial Officer") before `position`, within reach, outside quotations
        ("coach Ana Ruiz and striker Ida Berg faced reporters. The striker said": Ida Berg), as
        a speaker with that role; None if none, or a deputy's or former holder's ("Deputy Chief
        Financial Officer Tom Reyes")."""
        text = self._text
        written = written or head
        lower = max(self._floor, position - _TITLE_REACH)
        at = max(text.rfind(f"{space}{written} ", lower, position) for space in " \n")
        if at < 0 or _quoted(text, at):
            return None
        if _subordinate(" ".join(text[max(0, at - _ROLE_BEFORE_REACH) : at].split()[-1:])):
            return None  # "Deputy Chief Financial Officer Tom Reyes": not the office's holder
        named = _NAME_AT.match(text, at + len(written) + 2, position)
        if named is None or any(
            word.endswith(POSSESSIVE_ENDINGS) for word in named["name"].split()
        ):
            return None  # "striker Ida Berg’s goal": hers, but no subject
        known = self._by_key.get(_key(named["name"]))
        if known is not None and known.kind == "organization":
            return known  # "gold miner Acme Ltd said ... the miner said": the company
        analysis = _Analysis(named["name"], head, "person", True, (0, 0), gender=gender)
        return self._same_person(analysis) or self._new(analysis)

    def _named_after_kind(
        self, kinds: frozenset[str], gender: str | None, position: int
    ) -> _Entry | None:
        """The person last named right after each of the role nouns `kinds` that a
        description stands for (`ARTS_ROLE_HYPERNYMS`: "rapper Dano Pell ... the artist
        wrote": Dano Pell), when it is one and the same; None if none, or if another person
        or a name no reader can take follows another of them ("country singer Wes Tamblyn ...
        rapper K-Lune ... the artist")."""
        text, lower = self._text, max(self._floor, position - _TITLE_REACH)
        named: dict[str | None, str] = {}  # each name after one of them, and that noun
        for kind in kinds:
            for written in (kind, kind.capitalize()):  # "rapper Dano Pell", "Rapper Dano Pell"
                at = max(
                    text.rfind(f" {written} ", lower, position),
                    text.rfind(f"\n{written} ", lower, position),
                    -1 if lower or not text.startswith(f"{written} ") else 0,
                )
                if at >= 0 and not _quoted(text, at):
                    name = _NAME_AT.match(text, text.find(" ", at + 1) + 1, position)
                    named[None if name is None else name["name"]] = kind
        if len(named) != 1 or None in named:
            return None
        name, kind = named.popitem()
        if name is None or any(word.endswith(POSSESSIVE_ENDINGS) for word in name.split()):
            return None  # "rapper Dano Pell’s set": his, but no subject
        analysis = _Analysis(name, kind, "person", True, (0, 0), gender=gender)
        return self._same_person(analysis) or self._new(analysis)

    def _doer(self, head: str, gender: str | None, position: int) -> _Entry | None:
        """The one person named as the doer of the deed the role noun `head` tells, within
        reach before `position`, outside quotations ("The film was directed by Ana Ruiz ...
        the director said": Ana Ruiz), the name after "by" and its role; None if none, if two
        people did it, or if a body did ("coached by staff from Rowing Canada")."""
        pattern = _DOER_OF.get(head)
        if pattern is None:
            return None
        text = self._text
        names = {
            match["agent"] or match["doer"]
            for match in pattern.finditer(text, max(self._floor, position - _TITLE_REACH), position)
            if not _quoted(text, match.start())
        }
        if len(names) != 1 or _body_named(next(iter(names))):
            return None
        analysis = _Analysis(names.pop(), head, "person", True, (0, 0), gender=gender)
        return self._same_person(analysis) or self._new(analysis)

    def _charged_person(self, gender: str | None, position: int) -> _Entry | None:
        """The person last named before `position`, within reach, outside quotations, as
        charged ("Ed Lee, 37, is charged with fraud", "Lee pleaded not guilty"): whom "the
        defendant" stands for, as a speaker; None if none."""
        text = self._text
        people = self._people_between(max(self._floor, position - _TITLE_REACH), position)
        for person in sorted(people, key=_person_start, reverse=True):
            end = _name_end(text, person)
            aside = _AGE_ASIDE.match(text, end)
            if aside is not None and not _quoted(text, person.start):
                verb = _CHARGED.match(text, aside.end())
                if verb is not None and (gender is None or person.gender == gender):
                    return self._subject(person)
        return None

    def _anonymous_again(self, found: _Analysis, position: int) -> _Entry | None:
        """Sieve 3b: "the spokesperson", "the official": the unnamed person of that head a
        recent speaker brought in ("A spokesperson for the board said ... the spokesperson
        said"), else the one named person described by it (`_sole_described`), and "a
        spokesperson" or "a company spokesperson" again, a body's one voice; "the team", the
        unnamed group ("An international team reported ... the team found"); None if none."""
        if found.named:
            return None
        if _spokesperson_again(found):
            earlier = self._brought_in(found.head)
            same = earlier is not None and self._same_voice(earlier, found, position)
            return earlier if same else None
        key = _key(found.name)
        if key.startswith(_DEMONSTRATIVE_OPENERS):
            key = key.split(" ", 1)[1]  # "That person said", as "The person said"
        elif not found.name.lower().startswith("the "):
            return None
        same = key.startswith(_SAME)
        if same:  # "The same official said", "that same official": the one who spoke before
            key = key[len(_SAME) :]
        if found.kind == "person" and found.head in ANONYMOUS_HEADS:
            earlier = self._brought_in(found.head)
            if earlier is None and (key == found.head or key.endswith(f" {found.head}")):
                return self._sole_described(key, found.head, position)
            told = key == found.head or (same and f" {earlier.key}".endswith(f" {key}"))
            if earlier is None or not told:
                return None  # "the same senior official": the one brought in as such
            if self._another_since(earlier, found.head, position):
                return None  # which of the two: left to a speaker of its own
            return earlier
        if key != found.head:
            return None
        if found.kind == "group" and found.head in COLLECTIVE_HEADS:
            return self._brought_in(found.head, "group")
        if found.kind == "group" and found.head in ANONYMOUS_HEADS:
            # "The people, who asked not to be named, said": the people familiar with the
            # matter an attribution brought in ("according to two people familiar with ...")
            return self._brought_in(found.head, "group", _UNNAMED_GROUP_OPENERS)
        return None

    def _sole_described(self, key: str, head: str, position: int) -> _Entry | None:
        """The one named person an appositive described by `head` ("Ana Ruiz, a senior
        official, said ... The official said", "The senior official said": Ana Ruiz, whose
        role has the modifiers of `key`); None if none or several were, or the description
        at `position` asks anonymity ("The official, who asked not to be named, said": no
        one named), or the text writes `head` again after the sentence of that person's last
        mention (another official, perhaps)."""
        holders = self._sole_holders(frozenset({head}))
        if len(holders) != 1 or not holders[0].named or not holders[0].mentions:
            return None
        if not set(key.split()) <= set((holders[0].role or "").lower().split()):
            return None  # "The junior official": not "a senior official"
        written = self._text[position : position + _OWNER_CHARS + len(key)].lower().find(head)
        if written >= 0 and _ANONYMITY_AFTER.match(self._text, position + written + len(head)):
            return None
        since = _sentence_end(self._text, holders[0].mentions[-1][1], position)
        if whole_word_starts(self._text, head, since, position):
            return None
        return holders[0]

    def _another_since(self, earlier: _Entry, head: str, position: int) -> bool:
        """Whether the text brings in another unnamed person of `head` by an indefinite phrase
        between the last mention of `earlier` and `position` ("A diplomat said ... Another
        diplomat, from Oslo, was more hopeful. “...,” that diplomat said"): "that diplomat" is
        perhaps that one, not surely `earlier`."""
        since = earlier.mentions[-1][1] if earlier.mentions else position
        return any(
            m["head"].lower() == head
            for m in _INDEFINITE_MENTION.finditer(self._text, since, position)
        )

    def _sole_holder(self, found: _Analysis, position: int) -> _Entry | None:
        """Sieve 3c: a definite description by a role of several names (`ROLE_SYNONYMS`:
        "their attorney", "the spokeswoman"), written at `position`, that stands for the one
        named person given that role by any of its names ("The family's lawyer, Marcus
        Ellery, said ... their attorney said"); None if no one or several hold it, or the
        gender disagrees, or a name owns it ("Acme's attorney": Acme's, perhaps another)."""
        if found.named or found.kind != "person" or found.head not in ROLE_SYNONYMS:
            return None
        if past_holder(found.name.rpartition(" ")[2]):
            return None  # "the ex-spokeswoman": not the spokeswoman
        written = self._text[position : position + _OWNER_CHARS].split(None, 1)[:1]
        if not written or written[0].lower() not in _DEFINITE_OWNERS:
            return None  # "a lawyer": another one, perhaps
        holders = self._sole_holders(ROLE_SYNONYMS[found.head])
        if len(holders) != 1 or not holders[0].named:
            return None
        holder = holders[0]
        held = max((end for _, end in holder.mentions if end <= position), default=position)
        if not self._owned_alike(holder, found.role, found.name, position, (held, position)):
            return None  # "the city's attorney" is no "family's lawyer"
        return (
            holder
            if None in (holder.gender, found.gender) or holder.gender == found.gender
            else None
        )

    def _sole_holders(self, role: frozenset[str]) -> list[_Entry]:
        """The named people given a role by one of its names (`role`), and the unnamed ones an
        indefinite phrase brought in ("A spokeswoman for the union said")."""
        return [
            entry
            for entry in self._entries.values()
            if entry.kind == "person"
            and (entry.named or entry.name.lower().startswith(_INDEFINITES))
            and not role.isdisjoint(entry.described)
        ]

    def _owned_alike(
        self,
        holder: _Entry,
        role: str | None,
        name: str,
        position: int,
        between: Span | None,
    ) -> bool:
        """Whether a named person's role (`holder`) and a description of a person (its `role`
        and `name`, written at `position`) name the same owner, or one of them none ("the
        city's attorney" is no "family's lawyer"; "the school's headteacher" is "the
        headteacher"). A possessive pronoun's owner is the body its sentence names first
        ("The family will sue the city, their attorney said": the family's), or unknown
        (the story's, perhaps: not compared). With `between`, the text from one to the other,
        one naming no owner is the other's only when that names no other body ("Ann Vale, a
        spokeswoman for Acme Foods, said ... The city disagreed. The spokesperson said": not
        Ann Vale)."""
        owned = _role_owner(role or "") or _role_owner(name)
        possessive = name.split(" ", 1)[0].lower()
        pronoun = possessive in _BODY_POSSESSIVES
        if not owned and pronoun:
            owned = self._pronoun_owner(position)
        holding = _role_owner(holder.role or "")
        if not owned and holding and possessive in _GENDERED_OWNERS:
            # "Tom Brandt declined to comment. His lawyer said": Brandt's, not Salas's
            owned = (self._last_person(_PRONOUN_FORMS[possessive], position, holding) or "").lower()
        if owned and holding:
            return _same_owner(owned, holding)
        if between is None or pronoun or not (owned or holding):
            return True
        words = _LOWER_WORDS.findall(self._text[between[0] : between[1]].lower())
        owner = (owned or holding).split()
        return not any(word in _OWNER_BODIES and word not in owner for word in words)

    def _pronoun_owner(self, position: int) -> str:
        """The body a description's possessive pronoun ("their attorney", "its spokeswoman"),
        written at `position`, stands for: the first body its sentence names before it, by
        its noun ("family" of "The family will sue the city, their attorney said"); "" if
        none."""
        text = self._text
        opening = _sentence_opening(text, line_start(text, position), position)
        words = _LOWER_WORDS.findall(text[opening:position].lower())
        return next((word for word in words if word in _OWNER_BODIES), "")

    def _same_voice(self, earlier: _Entry, found: _Analysis, position: int) -> bool:
        """Whether "a spokesperson" or "a company spokesperson" (`found`) may be the earlier
        one brought in: with a company's noun, one of no body or of a company, not "A
        spokeswoman for the union"; bare, one with no other body named between them ("A
        spokesman for the hospital said ... Police are investigating. A spokesman said": no)."""
        body = _SPOKEN_FOR.search(earlier.name)
        if len(_key(found.name).split()) > 1:
            return body is None or _company_body(body.group(1).split())
        between = self._text[earlier.mentions[-1][1] : position] if earlier.mentions else ""
        return not any(
            word in ORGANIZATION_WORDS or word in ORGANIZATION_PLURALS
            for word in _LOWER_WORDS.findall(between.lower())
        )

    def _brought_in(
        self, head: str, kind: str = "person", openers: tuple[str, ...] = _INDEFINITES
    ) -> _Entry | None:
        """The recent unnamed person (or group) an indefinite phrase of that head brought in
        ("A nurse at the clinic", "Another nurse", "One resident"; `openers`, the words such
        a phrase opens with), or None."""
        return next(
            (
                e
                for e in self._recent_entries()
                if e.kind == kind
                and not e.named
                and e.name.lower().startswith(openers)
                and head in e.key.split()[: _MAX_MODIFIERS + 1]
            ),
            None,
        )

    def _titled_person(
        self,
        titles: frozenset[str],
        gender: str | None,
        position: int,
        modifiers: tuple[str, ...] = (),
    ) -> _Entry | None:
        """The person last named with one of `titles` before `position`, within reach
        ("Councilman Rob Lee", "Sen. Ann Hale"), the title after `modifiers` if any ("Fire
        Chief Ana Ruiz"), as a speaker; None if none."""
        lower = max(self._floor, position - _TITLE_REACH)
        named = None
        # Where one of `titles` heads a capitalised word: the only places it may match with
        # one of them, found among the text's capitalised words, with no pattern compiled.
        heads = _title_heads(titles)
        for _, start in self._capitalised_words().words(heads, "", lower, position):
            found = _TITLED_NAME.match(self._text, start, position)
            if (
                found is not None
                and found["title"].lower() in titles
                and not _ends_sentence(self._text, found.end("title"), found["title"])
                and _after_words(self._text, start, modifiers)
            ):
                named = found
        if named is None or _quoted(self._text, named.start()):
            return None
        name = _without_honours(self._text, named)
        sharing = self._by_surname.get(_key(name).split()[-1], [])
        holder = next((e for e in sharing if not titles.isdisjoint(e.described)), None)
        if holder is not None or (len(sharing) > 1 and " " not in name):
            return holder  # "President Lee", two Lees, neither known by the title: not guessed
        analysis = _Analysis(name, None, "person", True, (0, 0), gender=gender)
        return self._same_person(analysis) or self._new(analysis)

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
        """ "The operator" (a company's role noun alone) after "the crane operator", a person
        of that trade unnamed who spoke last of the speakers so described: that person."""
        head = found.head
        if head not in COMPANY_ROLE_NOUNS or found.name.lower() != f"the {head}":
            return None
        return next(
            (
                e
                for e in self._recent_entries()
                if e.kind == "person" and not e.named and e.key.rpartition(" ")[2] == head
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
            if not voice or voice[0].lower() not in SPOKESPERSON_HEADS:
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
        if kind is None and head in COMPANY_NOUNS and not given_name(words[0]):
            kind = "organization"  # "Kessel Power", not "Dana Kell", then "the utility"
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
        for name in names:
            if name.lower() in STATES_AND_PROVINCES:
                continue  # "its mine in Western Australia. The company said": no place
            spelled = self._by_acronym.get(_key(name)) if name.isupper() else None
            if spelled is not None:  # "fined by the FAA": the Federal Aviation Administration
                return spelled if _holds_head(spelled.key, head) else None
            if _holds_head(_key(name), head):
                analysis = _Analysis(name, None, "organization", True, (0, 0), head)
                return self._by_key.get(_key(name)) or self._new(analysis)
        return None

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
                at = len(text[: line - 1].rstrip()) - 1 if line > 0 else -1
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
        lower = max(self._body_end, position - _MENTION_REACH)
        named = next(
            (n for n in self._mentioned_organizations(lower, position) if _arm_name(n)),
            None,
        )
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

    def _named_kin(self, found: _Analysis, position: int) -> _Entry | None:
        """Sieve 0b: an owner's kin described ("her mother", role "mother of Odile Roy") at
        `position`, the one speaker the text named before in apposition to that kin word of
        that owner or, for kin siblings share (`_SIBLINGS_SHARED`), of the owner's sibling
        ("Her mother, Claudette Roy, ...", "Her sister, Lena, ..." for "Lena's mother") or
        whose kin of the converse word the owner was ("Gwen's daughter, Shauna, ..." for
        "Shauna's mother", Gwen); the owners are those of `_kin_appositions`. None if none
        or two were named so."""
        kin, role = found.head, found.role or ""
        if found.named or kin not in KIN_CONVERSES or not role.startswith(f"{kin} of "):
            return None
        owners = {role.removeprefix(f"{kin} of ")}
        gender = _gender(frozenset({kin}), "")
        apposed = [
            (m, owner) for m, owner in self._kin_appositions().values() if m.end() <= position
        ]
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
        if len(spans) != 1:
            return None
        [(start, end)] = spans.values()
        return self._named_person(start, end, gender)

    def _kin_appositions(self) -> dict[int, tuple[re.Match[str], tuple[str, Span] | None]]:
        """The kin appositions of the text outside quotations (`KIN_APPOSITION`), by where the
        relative's name starts, each with the name of its owner and where it is, found once:
        "Gwen" of "Gwen's daughter"; for "his" or "her", the last person of that gender named
        before it within reach, or, that person a relative named so, that relative's own owner
        of the same gender ("Odile Roy rows. Her mother, Rosa, .... Her sister, Lena,": Odile
        Roy's; "Petra Lund bakes. Her husband, Jon, .... His brother, Ed,": none, never a man
        named before Petra); None for none."""
        if self._kin_apposed is not None:
            return self._kin_apposed
        text = self._text
        matches = [m for m in kin_appositions(text) if not _quoted(text, m.start())]
        self._kin_apposed = {}
        for match in matches:
            written = match["owner"]
            gender = POSSESSIVE_PRONOUNS.get(written.lower())
            owner: tuple[str, Span] | None = None
            if gender is None:
                owner = written[:-2], (match.start(), match.end("owner") - 2)
            else:
                reach = max(0, match.start() - _MENTION_REACH)
                people = [
                    p for p in self._people_between(reach, match.start()) if p.gender == gender
                ]
                last = max(people, key=_person_start, default=None)
                relative = None if last is None else self._kin_apposed.get(last.start)
                if relative is not None:
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

    def _given_gender(self, entry: _Entry, position: int) -> str | None:
        """The gender a speaker's own mention gives ("Ann Kwan", "Ms. Kwan"), or, for a
        surname speaking alone, the one its full name gave before `position` ("Host Ray
        Bellamy ... Bellamy asked": he); a given name is a weaker sign than a pronoun, so this
        only chooses between speakers."""
        if entry.own_gender is not None or " " in entry.name or not entry.named:
            return entry.own_gender
        known = self._known_people().get(entry.name)
        return known.gender if known is not None and known.start < position else None

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
            entry.gender = gender
        self._clock += 1
        entry.before, entry.last = entry.last, self._clock
        self._recent.pop(entry.ref, None)
        self._recent[entry.ref] = entry

    def _analysed_phrase(self, phrase: Phrase) -> tuple[_Analysis, Span]:
        """`_analyse`, done once for each wording of a phrase: the analysis as kept for the
        wording (its `span` relative to the phrase's start), and the mention in the text."""
        text = self._text
        start, end = phrase.span
        appositive = phrase.appositive
        key = (
            text[start:end],
            phrase.words,
            text[appositive[0] : appositive[1]] if appositive else None,
            # "A third say" (a share) and "A third said" (one more person): the verb tells
            _word_after(text, end) if phrase.words[-1].lower() in ORDINALS else None,
        )
        found = self._analysed.get(key)
        if found is None:
            found = self._analyse(phrase)
            first, last = found.span
            # The span made relative: the tuple built at once, where `_replace` maps every field
            found = self._analysed[key] = _Analysis._make(
                (*found[:4], (first - start, last - start), *found[5:])
            )
        first, last = found.span
        return found, (start + first, start + last)

    def _analyse(self, phrase: Phrase) -> _Analysis:
        """What a non-pronoun phrase says of its speaker: name, role, kind, mention, gender."""
        text = self._text
        toks = list(phrase.tokens) or tokens(text, phrase.span[0], phrase.span[1])
        if len(toks) == 1 and toks[0].lower in AUTHOR_POSSESSIVES:
            # "My guess is that ...": the author's view, held by "I" ("our": "we")
            return _Analysis(AUTHOR_POSSESSIVES[toks[0].lower], None, "person", True, phrase.span)
        if len(toks) > 1 and toks[-1].lower in PARTY_MEMBERS and toks[0].lower in DETERMINERS:
            toks[-1] = toks[-1]._replace(word=toks[-1].lower)  # "the 52-year-old Republican"
        if _acronym_title(toks):
            toks[1] = toks[1]._replace(word=toks[1].lower)  # "the MP", "the SP": as "the senator"
        if toks[-1].lower in DOCUMENT_ACRONYMS:
            toks[-1] = toks[-1]._replace(word=toks[-1].lower)  # "the FAQ": as "the notice"
        if (
            len(toks) == 1
            and toks[0].lower not in self._by_surname
            and (
                toks[0].lower in ANONYMOUS_HEADS  # "Another wrote", "Pals say": nobody's name
                or toks[0].lower in _ONE_OF_MANY  # "One, a nurse, said": one of a group
                or _common_word(text, toks[0])
                or _bare_noun_heading(text, toks[0])
                or _people_opening(text, toks[0])
                or _count_alone(toks[0].lower)
                or _marker_alone(text, toks[0])
            )
        ):
            toks[0] = toks[0]._replace(word=toks[0].lower)  # "Protesters said": no name
        elif (
            len(toks) > 1
            and not any(t.capitalized for t in toks[1:])
            and toks[0].lower not in self._by_surname
            and _common_word(text, toks[0])
        ):
            # "Hospital board defends overhaul" atop "the hospital": a common word opening
            # the sentence, before the rest in lower case, names nobody
            toks[0] = toks[0]._replace(word=toks[0].lower)
        if len(toks[-1].word) > 2 and _possessive(toks[-1].word):  # "Hale’s": the name is "Hale"
            last = toks[-1]
            toks[-1] = Token(last.start, last.end - 2, last.word[:-2], last.lower[:-2])
        title = _noble_title(toks)
        if title is not None:  # "The Duchess of Avon": a person, by the title and its place
            span = (toks[0].start, toks[-1].end)
            head = toks[title].lower
            return _Analysis(
                text[span[0] : span[1]],
                text[toks[title].start : span[1]],
                "person",
                False,
                span,
                head,
                _gender(frozenset({head}), ""),
                frozenset({head}),
                True,
            )
        if _named_after_title(toks):  # "The Prince of Wales Hospital said": the hospital
            span = (toks[int(toks[0].lower == "the")].start, toks[-1].end)
            return _Analysis(
                text[span[0] : span[1]], None, "organization", True, span, toks[-1].lower
            )
        if len(toks) > 2 and toks[1].lower == "in" and toks[0].lower in COUNTS_IN:
            # "Some in the party", "Those in the administration": part of the body, a group
            span = (toks[0].start, toks[-1].end)
            return _Analysis(text[span[0] : span[1]], None, "group", False, span, toks[0].lower)
        if parent_of_count([tok.word for tok in toks[-3:]]):
            # "The mother of two": the parent described, with the count of children in role
            parent = self._analyse(_phrase_of(tuple(toks[:-2])))
            mention = (parent.span[0], toks[-1].end)
            whole = text[mention[0] : mention[1]]
            role = _without_leading_article(whole) if parent.role in (None, parent.head) else None
            return parent._replace(name=whole, role=role or parent.role, span=mention)
        if _adverb_after_surname(toks) and self._known_surname(toks[-2].word):
            # "Lee Now said", Ann Lee named: her surname and an adverb, no "Justice Now"
            return self._analyse(_phrase_of(tuple(toks[:-1]), phrase.appositive))
        if _post_nominal(toks):  # "Priya Lennox MP": the name, and the office for role
            found = self._analyse(_phrase_of(tuple(toks[:-1]), phrase.appositive))
            if found.kind == "person" and found.named:
                return found._replace(role=found.role or toks[-1].word)
        if _body_named_for_person(toks):  # "The Centre Jean Tardif": no person titled Centre
            span = (toks[1].start, toks[-1].end)
            name = text[span[0] : span[1]]
            return _Analysis(name, None, "organization", True, span, toks[1].lower)
        body = _lower_case_name_start(toks)
        if body is not None and body == int(toks[0].lower == "the"):  # "Québec solidaire"
            name = text[toks[body].start : toks[-1].end]
            return _Analysis(name, None, "organization", True, phrase.span, toks[body].lower)
        if body is not None:  # "Ann Lee of the Centrale des syndicats": its words as a name's
            toks[body + 1 :] = [
                t._replace(word=t.word[:1].upper() + t.word[1:]) for t in toks[body + 1 :]
            ]
        words = [t.lower for t in toks]
        span = phrase.span
        document_head = _document_head(toks)
        if document_head is not None:  # "a survey of dock workers", "a report by the council"
            return _Analysis(text[span[0] : span[1]], None, "document", False, span, document_head)
        contacted = _contacted_people(toks)
        if contacted is not None:  # "Voters interviewed by The Canadian Press": the voters
            end, head, kind = contacted
            if kind == "group":
                return _Analysis(text[span[0] : span[1]], None, kind, False, span, head)
            # "A nurse reached by the Gazette", role nurse: named whole, so that another nurse
            # reached by another outlet stays another person
            return _Analysis(text[span[0] : span[1]], head, kind, False, span, head)
        body_head = _body_described_by_clause(toks)
        if body_head is not None:  # "the company Musk runs": a body not named
            return _Analysis(text[span[0] : span[1]], None, "organization", False, span, body_head)
        if _possessive_seat(words):  # "Queen's Park said": the seat, no owner's "Park"
            return _Analysis(text[span[0] : span[1]], None, "organization", True, span, words[-1])
        place = _municipal_body(toks)
        if place is not None:  # "the town of Brill said": its council, no one named Brill
            name = text[toks[toks[0].lower == "the"].start : toks[-1].end]
            return _Analysis(name, None, "organization", True, span, words[place])
        if _office_body_name(toks):  # "the Joint Chiefs of Staff": a body, no members
            name = text[toks[1].start : toks[-1].end]
            return _Analysis(name, None, "organization", True, span, words[-1])
        if _joined_phrases(toks):  # "the museum and the government": both speak, a group
            # the first word's capital may be the sentence's ("Farmers and an aid group"), as
            # a collective's is below
            first = int(_opens_line_or_sentence(text, toks[0].start))
            named = any(t.capitalized and t.lower not in DETERMINERS for t in toks[first:])
            return _Analysis(text[span[0] : span[1]], None, "group", named, span, words[-1])
        who_head = _who_clause_head(phrase, toks)
        if who_head is not None:
            # "Farmers who sell at the Saltmarsh Market say": the farmers, not the market
            head = who_head.lower
            written = text[span[0] : span[1]]
            if head in ORGANIZATION_WORDS:  # "Police who arrested Tom Hale said": the force
                return _Analysis(written, None, "organization", False, span, head)
            if _plural_head(head) or head in COLLECTIVE_HEADS or head in PLURALS_WITHOUT_S:
                # "Staff who work at Kell General say": many, as "staff said" is
                return _Analysis(written, None, "group", False, span, head)
            described = frozenset({head})
            gender = _gender(described, "")
            return _Analysis(written, None, "person", False, span, head, gender, described)
        appositive_role = _appositive_role(text, phrase.appositive)
        # The name: the trailing run of capitalised words that are not titles or role nouns.
        k = len(toks)
        while (
            k > 0
            and (
                _name_initial(toks[k - 1].word)
                and (
                    words[k - 1] not in _ROLES_OR_TITLES
                    or _unbound_title(words, k - 1)
                    or _role_as_surname(toks, k - 1)
                    or _crown_in_name(toks, k - 1)
                    or _firm_suffix(toks, k - 1)
                    or _outlet_end(toks, k - 1)
                    or _general_body(words, k - 1)
                )
                and words[k - 2 : k] != ["in", "charge"]  # "Special Agent in Charge Ann Lee"
                and not _second_of_title(words, k - 1)  # "Tan Sri Ali Musa"
                and not _adjective_rank(toks, k - 1)  # "Major Tom Reyes"
                and not _affiliation_as(toks, k)  # "a driver who identified himself as Syrian"
                # "Acme’s Tom Hale": a name never is one; but "Regent's Park" is one name
                and (
                    not _possessive(toks[k - 1].word)
                    or _possessed_place(toks, k - 1)
                    or _members_possessive(toks, k - 1)
                )
                and not (words[k - 1] in PARTY_MEMBERS and _party_before_name(toks, k))
                # "Promoter Apex Live", "Steelmaker Ostrava": the trade opening the phrase
                and not (
                    k == 1 and len(toks) > 1 and (words[0] in _TRADES or _maker_before(toks[:1]))
                )
                or _in_surname(toks, k - 1)  # "Mr van der Berg"
                or (toks[k - 1].word in _APOSTROPHES and _members_possessive(toks, k - 1))
                or _numbered_body(toks, k - 1)  # "Teamsters Local 12", a role its word before
                or _group_named(toks[k - 1 :])  # "... and Parents United": a group's name
                or _inner_article(toks, k - 1)  # "Rage Against the Machine"
                or (k < len(toks) and words[k] in NUMBERED_BODIES and toks[k - 1].capitalized)
            )
        ):
            k -= 1
            if k >= 2 and toks[k - 1].word == "." and _is_title_dot(toks, k - 1):
                if _place_abbreviation(words, k - 2):
                    k -= 2  # "Tom Hale of St. Paul": the place's, not a title
                    break
                if _saint_in_surname(toks, k - 2):
                    k -= 2  # "Marc St. Pierre": the surname's, not a title
                    continue
                if words[k - 2] in TITLES or words[k - 2] in ABBREVIATIONS:
                    break  # "Maj. Charlie Dietz": the title is not part of the name
                k -= 1  # an initial: "John F. Kerry"
        while k < len(toks) and (
            toks[k].word == "." or words[k] in NAME_CONNECTORS and not _in_surname(toks, k)
        ):
            k += 1
        if 0 < k and words[k - 1] in NAME_CONNECTORS and not _name_complemented(toks, k - 1):
            k = _name_after_role(toks, k)  # "Secretary of State Jon Husted"
        # "A nurse at the clinic in Reno …", "A lawyer representing Ann Lee …": the name ends
        # the complement or the participle's object, not the speaker's.
        name_toks = toks[k:]
        titled = _title_start(toks, k)  # "a spokesman for Mayor Tom Hale": at "Mayor"
        if (
            phrase.words[-1] == "…"
            and 0 < titled
            and (
                words[_after_possessor(toks, titled) - 1] in PARTICIPLE_PREPOSITIONS
                or (titled >= 2 and _role_complement(words[titled - 2], words[titled - 1]))
                or _complemented_office(toks, titled)
                or words[titled - 1] == "by"
                or words[titled - 2 : titled] == ["by", "the"]  # "... reviewed by The Times"
                or _participle(toks[titled - 1])
                or _participle_description(self._text, toks, titled) is not None
            )
        ):
            name_toks = []
        pre = toks[:k]
        elided = len(phrase.words) > 1 and phrase.words[-1] == "…"  # not "…" alone, in noise
        head = (phrase.words[-2] if elided else words[-1]).lower().rstrip("’'")
        own_kind = _proper_organization(toks) or _service_named(words) or _group_named(toks)
        kind = own_kind  # told by its own words
        # "Tom Hale of the Acme Fund"; "a spokesman for Sen. Tom Hale": the name's title and
        # the name complement the role before them
        if titled < k:
            titled = _office_start(toks, titled)  # "a spokesperson for Health Minister Ann Lee"
        of = titled
        while of >= 3 and words[of - 1] in _BEFORE_COMPLEMENT_NAME:
            of -= 1  # "Tom Hale of the Acme Fund", "the family of the late Tom Vale"
        if kind is None and toks[0].lower in DETERMINERS and _holders_body(toks, 3):
            # "The office of Immigration Minister Ann Lee said": her office speaks, as "Lee's
            # office" does
            span = (toks[0].start, toks[-1].end)
            return _Analysis(text[span[0] : span[1]], None, "organization", True, span, words[1])
        body = _person_of_body(toks) if kind is None else None
        if body is not None:  # "Sgt. Ann Tully of Dorn Police": a body's word is no title
            complemented = self._complemented(phrase, toks, body)
            if complemented is not None:
                return complemented
        if kind is None and name_toks and 2 <= of and words[of - 1] in COMPLEMENT_PREPOSITIONS:
            of = _group_name_start(toks, of)  # "a spokeswoman for Parents for Safer Streets"
            complemented = self._complemented(phrase, toks, of)  # "Tom Hale of Acme"
            if complemented is not None:
                return complemented
        conjunction = _title_start(toks, k) - 1  # "Tom Hale and Mr. Lee": before "Mr."
        if conjunction == k - 1 >= 2 and toks[k - 1].word in PERSON_ROLES:
            conjunction -= 1  # "Ann Lee and (former) councillor Tom Hale": a role in lower case
        if conjunction >= 1 and words[conjunction] in OFFICE_MODIFIERS:
            conjunction -= 1  # "Ann Lee and former Premier Tom Hale": before "former"
        place = conjunction  # "Gov. Ann Lee and Seattle Mayor Tom Hale": before the place too
        while place > conjunction - 2 and place >= 1 and toks[place].capitalized:
            place -= 1
        if (
            place < conjunction
            and place >= 2
            and words[place] in _CONJUNCTIONS
            and any(
                given_name(toks[j].word)
                or (
                    toks[j].capitalized
                    and toks[j].lower in _ROLES_OR_TITLES
                    and toks[j + 1].lower != "of"
                )
                for j in range(max(0, place - 3), place)
            )
        ):  # a person's name or title before it, not a portfolio ("Fisheries and Oceans
            # Minister"): "Gov. Ann Lee and Seattle Mayor", "Premier Dawn Reiss and ...";
            # a title before "of" is an office's, its domain after it ("Minister of Health
            # and Wellness Dr. Ravi Singh")
            conjunction = place
        if (
            kind is None
            and name_toks
            and conjunction >= 1
            and words[conjunction] in _CONJUNCTIONS
            and not _office_domain(toks, conjunction)  # "Minister of Mines and Energy Ann Lee"
        ):
            joined = _joined_names(text, toks, conjunction)  # "Tom Hale and Ann Lee"
            first = bisect_left(toks, (joined.span[0],)) if joined is not None else 0
            if first >= 2 and _plural_role_of(toks, first):
                # "the ministers of France and Italy": the names complement the role
                return self._complemented(phrase, toks, first) or joined
            if joined is not None and not _people_in_places(toks, first):
                return joined
        # "The Register", "The Record": a paper's short name, not the document words; so is
        # any capitalised one an appositive calls an outlet or a firm ("The Outlook, a weekly
        # paper,", "Numbers, a data firm,")
        titled = bool(name_toks) and name_toks[-1].capitalized
        outlet = titled and (
            described_kind((), appositive_role) in _OUTLET_OR_FIRM
            or " ".join(t.lower for t in name_toks) in OUTLETS  # "Billboard", not "a billboard"
        )
        noun_head = head in _NOUN_WORDS and not (titled and head in MASTHEAD_WORDS or outlet)
        if name_toks and not noun_head:
            words = [t.lower for t in name_toks]
        acronym = len(name_toks) == 1 and len(name_toks[0].word) > 1 and name_toks[0].word.isupper()
        # "A cook who saw the raid …": its head's words, not the clause's ("who" is the WHO's)
        head_words = words[: len(phrase.words) - 1] if phrase.words[-1] == "…" else words
        vessels = vessel_company(words)  # "the ship's operator", "the tanker's owner"
        is_org = (
            acronym
            or not _role_of_body(head_words)
            and any(w in ORGANIZATION_WORDS for w in head_words)
            or " ".join(words) in GOVERNMENT_PLACES
            or (words == ["the", head] and head in COMPANY_ROLE_NOUNS)  # "the operator"
            or (words == ["the", head] and head in SHOP_NAME_HEADS)  # "the bakery"
            or (head == "maker" and not name_toks and _company_maker(words))  # "its maker"
            or vessels
            or (  # "the Dallas-based carmaker", not "the film maker"
                words[0] == "the" and head in COMPANY_NOUNS and _company_maker(words)
            )
        )
        is_media = any(w in MEDIA_WORDS for w in words) and (
            # a capital of its own: "The agency said" opens a sentence, not a name
            any(t.word[0].isupper() and t.lower not in DETERMINERS for t in toks)
            or head in MEDIA_NOUNS  # "the newspaper"
        )
        described = _described(pre, appositive_role)
        if (
            kind is None
            and name_toks
            and not (len(name_toks) == 1 and noun_head)
            # "the House committee" is no name; "Speaker of the House Tom Hale" is, the role
            # before "of" its head; so is "Joe Fox", a given name before a medium's word.
            and (
                not noun_head
                or _company_noun_before(pre)  # "the firm Castell Data": a name, its noun's
                or head in PERSON_ROLES
                or not (is_org or is_media)
                or (
                    len(name_toks) == 2
                    and given_name(name_toks[0].word)
                    and (is_media or self._person_told(name_toks[-1].word))
                )  # "Ann Post"; "Ann Bank, who runs a bakery"
                or (
                    len(name_toks) == 2
                    and is_media
                    and described_kind([t.word for t in _office_holder(pre)], appositive_role)
                    == "person"
                )  # "Attorney General Merrill Fox", "Merrill Post, the attorney general"
            )
        ):
            gender = _gender(described, name_toks[0].lower if len(name_toks) > 1 else "")
            kind = self._name_kind(name_toks, pre, appositive_role, gender)
            if kind == "person" and _body_peer(text, pre, phrase.appositive, name_toks[0].word):
                kind = "organization"  # "its neighbour Altavia": a body like the one "its" is
            if kind == "unknown" and _residence(text, phrase.appositive):
                kind = "person"  # "Jo Reyes, of Dover, Del.,": someone who lives there
            if kind == "unknown" and _maker_before(pre):
                kind = "organization"  # "drug maker Vantrex", "automaker Corvane": a company
            # "the tracking firm Brillo": a company's noun before its name is its role; so
            # is any noun before a group's name ("the band Rage Against the Machine")
            if (
                kind in _PERSON_LIKE
                or kind == "organization"
                and (
                    _company_noun_before(pre)
                    or bool(pre)
                    and (
                        _group_named(name_toks) is not None
                        or _trade_before(pre)
                        or _maker_before(pre)
                    )
                )
            ):
                if kind == "organization" and _members_of(pre):
                    # "Members of the group Mothers Against Cuts": its members, not the group;
                    # the name's closing mark kept ('Members of the group "Mothers Against Cuts"')
                    span = (toks[0].start, _past_closing_mark(text, toks[0].start, toks[-1].end))
                    return _Analysis(text[span[0] : span[1]], None, "group", False, span, head)
                name = text[name_toks[0].start : name_toks[-1].end]
                title = _title_role(text, pre)
                # "Sgt. Amy Lowe, of Westshire Police,", "Constable Ray Pike, of the RCMP
                # detachment in Surrey,", "Coun. Amy Lowe, of Ward 5,": the title at that body
                # or ward, the role; not at a home ("Dr. Amy Lowe, of Dover,")
                body = None
                if title and phrase.appositive and text.startswith("of ", phrase.appositive[0]):
                    written = appositive_role or text[slice(*phrase.appositive)]
                    of = written.startswith("of ")
                    body = _unit_of_body(written) if of else written
                at_body = f"{title} of {body}" if body else None
                role = (
                    at_body
                    or (appositive_role if _rank_alone(pre) and _office(appositive_role) else None)
                    or _role_text(text, pre)
                    or appositive_role
                    or title
                )
                mention = (name_toks[0].start, name_toks[-1].end)
                return _Analysis(name, role, kind, True, mention, head, gender, described)
            if kind == "document":  # "The report, Lost Seasons, finds": the report by its title
                # a place's capitals before it are its own ("the U.S. Geological Survey")
                mention = (_capitals_before(pre, name_toks[0].start), name_toks[-1].end)
                name = text[mention[0] : mention[1]]
                return _Analysis(name, appositive_role, kind, True, mention, head)
            if kind == "group" and marked_kind([t.word for t in toks]) == "group":
                # an armed movement by its name: "Hezbollah", "the Houthis", "the Taliban";
                # the capitals before its head are its own ("the Eastern Liberation Front")
                name = text[_capitals_before(pre, name_toks[0].start) : name_toks[-1].end]
                return _Analysis(name, None, kind, True, span, head)
        if kind is not None:
            is_media, is_org = kind == "media", kind == "organization"
        document = head in DOCUMENT_WORDS and (
            toks[-1].word.islower()  # "a post", not "The Post"
            or (len(toks) == 1 and (head in PLURAL_HEADS or head.endswith("s")) and not outlet)
        )  # "Data show"
        document = document or _official_publication(words)  # "the official gazette"
        if is_media and not document and (head not in _ROLES_NOT_MEDIA or outlet):
            noun = _medium_noun_before_name(toks)
            if noun is not None:  # "trade publication Pollstar Weekly": its noun a role
                first = 1 if toks[0].lower in DETERMINERS else 0
                role = text[toks[first].start : toks[noun].end]
                mention = (toks[noun + 1].start, toks[-1].end)
                name = text[mention[0] : mention[1]]
                described = frozenset(_key(role).split())  # "the agency" finds it again
                return _Analysis(name, role, "media", True, mention, head, None, described)
            named = any(t.word[0].isupper() and t.lower not in DETERMINERS for t in toks)
            return _Analysis(_without_article(text, toks), None, "media", named, span, head)
        if document:
            return _Analysis(text[span[0] : span[1]], None, "document", False, span, head)
        # "the Board of Commissioners": a proper name, headed by its marker, names no members
        if is_org and (
            head not in _ROLES_NOT_ORGANIZATION
            or own_kind == "organization"
            or vessels
            or _members_of_body(words)
        ):
            # "the Nasdaq-listed firm": a capital in a participle names nobody
            # "Retailers said": a trade's plural, capitalised to open the sentence, names none
            # "the embassy in Seoul …": the place a body sits in names no body
            heading = toks[: len(phrase.words) - 1] if phrase.words[-1] == "…" else toks
            naming = [
                t
                for t in heading
                if t.lower not in DETERMINERS
                and not _participle_of(t)
                and not (t.lower[-1:] == "s" and t.lower[:-1] in ORGANIZATION_WORDS)
            ]
            # "the Vesta maker", "the Detroit automaker": a company told by what it makes or
            # where it is, under its trade's noun, names none
            trade = toks[0].lower == "the" and toks[-1].word in COMPANY_NOUNS
            # "a northern Alberta First Nation": one of a kind, the capitals its place's; "Each
            # side", "Every ministry" opening a sentence: any one of them, no name
            indefinite = toks[0].lower in {"a", "an", "each", "every", "either"}
            named = not trade and not indefinite and any(t.word[0].isupper() for t in naming)
            if named and _opening_capital_only(text, toks):
                named = False  # "State worker unions said": bodies of a kind, none named
            # "The Pentagon" opening a sentence is the Pentagon: the article is no part of
            # an organization's name (a newspaper's "The" is: media keep it, above).
            proper = (
                named
                and len(toks) > 1
                and toks[0].lower == "the"
                and toks[1].word[0].isupper()
                and not _participle_of(toks[1])
            )
            legal = _legal_name_start(toks) or _rival_name_start(toks)
            if legal is not None:
                # "lithium producer Redhill Minerals Ltd": its trade before it is its role;
                # where it is based alone is none ("Toronto-based Vale Metals Inc", as
                # "Calgary-based Vale Gas")
                mention = (toks[legal].start, toks[-1].end)
                name = text[mention[0] : mention[1]]
                before = [t for t in toks[:legal] if t.lower not in DETERMINERS]
                based = len(before) == 1 and _participle_of(before[0])
                role = None if based else _role_text(text, toks[:legal])
                return _Analysis(name, role, "organization", True, mention, head)
            own_words = toks[1:] if proper else toks
            joined = 1 if own_words[0].lower in DETERMINERS else 0
            if (
                named
                and len(own_words) > joined + 1
                and _participle_of(own_words[joined])
                and own_words[joined + 1].capitalized
            ):
                own_words = own_words[joined + 1 :]  # "(the) Calgary-based Vale Gas": no name
            name = _without_article(text, own_words)
            # its appositive's role: "the Council on Planning, an advisory body, said"
            return _Analysis(name, appositive_role, "organization", named, span, head)
        anonymous = head in ANONYMOUS_HEADS or "…" in phrase.words
        # "one of the sources": a person; "two of them": a group
        # "Member(s) of House panel": the role heads the phrase, and tells one or many
        role_head = head_words[0] if _role_of_body(head_words) else head
        plural = toks[0].lower not in SINGULAR_QUANTIFIERS and (
            _plural_head(role_head) or head in OF_PRONOUNS
        )
        # "9 percent said"; "Two said", "31 said", "Most said", "A third said": a count of people
        collective = (
            role_head in COLLECTIVE_HEADS
            or _repeated_around_after(toks)
            or head in _ALL_PEOPLE
            or head in SHARE_HEADS
            or _count_alone(head)
            or _fraction_share(
                head, toks[0].lower, toks[-1].lower, _word_after(text, phrase.span[1])
            )
            or (_fraction_word(head) and _after_part_opener(text, span[0]))
        )
        kind: SpeakerKind = "group" if plural or collective else "person"
        if head in NOMINAL_CUES:
            kind = "document"  # "according to the claim", "the announcement": words, not people
        name = _without_article(text, toks) if not anonymous else text[span[0] : span[1]]
        if phrase.words[-1] == "…":
            name = text[span[0] : span[1]]
            if (
                appositive_role is None
                and kind == "person"
                and head in ROLE_NOUNS
                and words[:2] == ["the", head]
                and name.lower().split()[2:3] == ["of"]
            ):  # "The Queen of Denmark, who opened the bridge,": the office and its domain
                appositive_role = _without_leading_article(name)
        # The words that describe the speaker: after a possessive ("Lee’s doctor"), the
        # possessor's words describe someone else.
        own = next(
            (
                j + 1
                for j in range(len(toks) - 2, -1, -1)
                if _possessive(toks[j].word)
                or (toks[j].word in _APOSTROPHES and j and toks[j - 1].word.endswith("s"))
            ),
            0,
        )  # "Lee’s doctor", "the Jets’ captain" (a plural's mark, a token of its own)
        # Named only by a capitalised word: "the President", not "her daughter"; never by an
        # indefinite description ("a Ukrainian soldier", "a UN doctor": one of many).
        # Nor by the capital that opens a sentence before a collective's noun ("Former staff
        # say", "Hospital staff said"): many unnamed people.
        first = own + 1 if collective and _opens_line_or_sentence(text, toks[own].start) else own
        named = not _indefinite_description(words, head) and any(
            t.word[0].isupper() and t.lower not in DETERMINERS and not _nationality_before(toks, k)
            for k, t in enumerate(toks[first:], first)
        )
        # One person described: "the mayor", "her father", "the 31-year-old forward", "that
        # minister" (the one just told of, as "the minister").
        definite = own > 0 or words[0] in _DESCRIPTION_OPENERS or words[0] in _DEMONSTRATIVES
        description = kind == "person" and definite and (not anonymous or _one_office(words, head))
        if own:
            described = _described(toks[own:], None)
        # and the possessor's given name is not the speaker's ("Ann Lee's opponent")
        given = "" if own else words[0]
        gender = _gender(described | {head}, given) if kind == "person" else None
        return _Analysis(
            name,
            appositive_role,
            kind,
            named and not anonymous and not plural,
            span,
            head,
            gender,
            described | {head} if description else described,
            description,
        )

    # -- kinds --

    def _name_kind(
        self, name_toks: list[Token], pre: list[Token], appositive: str | None, gender: str | None
    ) -> SpeakerKind:
        """The kind of a capitalised name, by the evidence of `speaker_kinds`, most telling
        first: the words around it (a title, a role, an appositive), its own words (an outlet,
        "Holdings", "Ministry"), a given name or a surname the text gives a person, a place,
        a word of an organization inside it, what the article says after it elsewhere;
        `unknown` when nothing tells."""
        words = [t.word for t in name_toks]
        if len(words) == 1 and words[0].lower() in AUTHOR_PRONOUNS:
            return "person"  # the author: "I said", "we found"
        affiliated = appositive is not None and _body_name(appositive)
        if affiliated:
            appositive = None  # "Sue Patel, of the Harbour Alliance": hers, not her kind
        kind = described_kind([t.word for t in _office_holder(pre)], appositive)
        given = len(words) > 1 and (given_name(words[0]) or _initialled(words))
        trades = (appositive_head(appositive or ""), pre[-1].lower if pre else "")
        if kind == "organization" and given and not PERSON_TRADES.isdisjoint(trades):
            # "Paola Reyes, a supplier from Lima", "cheese maker Ann Lowe": a person in that trade
            kind = None
        if (
            kind == "person"
            and not given
            and not appositive
            and pre
            and _trade_before(pre)
            and marked_kind(words) == "organization"
        ):
            kind = None  # "gold miner Orbis Resources": a company in that trade, by its words
            # (not "Ms. Index": a courtesy title tells a person)
        if kind is not None:
            return kind
        article = ["the"] if pre and pre[-1].lower == "the" else []  # "The Hill"
        marked = marked_kind(article + words)
        if marked is not None and not (
            given and len(words) == 2 and (marked == "media" or self._person_told(words[-1]))
        ):
            return marked  # "Howard University"; but "Ann Post" is a person
        first = _capitals_before(pre, name_toks[0].start)
        if marked_kind([t.word for t in pre if t.start >= first] + words) == "group":
            return "group"  # "the Free Kessa Front": the capitals before it tell an armed one
        if _group_named(name_toks):
            return "organization"  # "the campaign Clean Rivers Now"
        last = words[-1]
        if gender is not None or given or self._known_surname(last):
            return "person"
        if len(words) > 1 and _family_name_first(" ".join(words)):
            return "person"  # "Lim Boon Huat", "Choi Dong-woo": a family name written first
        if " ".join(w.lower() for w in words) in GOVERNMENT_PLACES:
            return "organization"  # a country speaks through its government
        if " ".join(words) in self._organization_openers():
            return "organization"  # "SkyBridge said" after "SkyBridge Airlines"
        kind = weakly_marked_kind(words) or self._text_evidence().kind(last)
        # "Kiri Moana, of the Harbour Alliance", "Sportsnet's Blair Marrin": someone of a
        # body; not a word alone ("Orvell, of the Vantor Group": a unit of the group, perhaps)
        affiliated = affiliated or _owned_by_body(pre)
        return kind or ("person" if affiliated and len(words) > 1 else "unknown")

    def _person_told(self, surname: str) -> bool:
        """Whether the text tells elsewhere that a surname, an organization's word, is a
        person's ("Ann Index"): a courtesy title before it ("Ms. Index"), an age or "who"
        after it."""
        if self._text_evidence().kind(surname) == "person":
            return True
        text = self._text
        return any(f"{title} {surname}" in text for title in _COURTESY_FORMS)

    def _organization_openers(self) -> set[str]:
        """The names the text writes before a capitalised organization marker ("SkyBridge"
        and "Blue Harbor" of "SkyBridge Airlines" and "Blue Harbor Group"): the capitalised
        words, one to three, before it. Found once, among the capitalised words."""
        if self._openers is None:
            text = self._text
            self._openers = set()
            for _, start in self._capitalised_words().words(_MARKER_HEADS):
                run = text[max(0, start - 48) : start].split(" ")[-4:-1]
                if text[start - 1 : start] != " " or not run:
                    continue
                for n in range(len(run)):
                    if not (run[-1 - n].isalpha() and run[-1 - n][0].isupper()):
                        break
                    self._openers.add(" ".join(run[len(run) - 1 - n :]))
        return self._openers

    def _text_evidence(self) -> TextEvidence:
        if self._evidence is None:
            self._evidence = TextEvidence(self._text)
        return self._evidence

    def _known_surname(self, word: str) -> bool:
        """Whether the text gives a person this surname: a named person already speaking, or
        one named anywhere with a gendered title or a given name."""
        self._known_people()
        return _key(word) in self._by_surname or word in self._person_surnames

    def _complemented(self, phrase: Phrase, toks: list[Token], k: int) -> _Analysis | None:
        """A name after a preposition is a complement: "Rep. Tom Hale of Ohio" is Tom Hale;
        "the chief executive of Acme" is the chief executive, not named. None if the words
        before the preposition (toks[k - 1]) are neither a name nor a person's role."""
        before = toks[k - 2]
        if before.lower in KIN_BODIES and toks[k - 1].lower == "of":
            # "The family of Ann Lee said": her family, not Ann Lee (who may have died), as
            # "Ann Lee's family" is
            span = (toks[0].start, toks[-1].end)
            return _Analysis(self._text[span[0] : span[1]], None, "group", False, span, "family")
        if _people_of_name(toks, k):  # "The Mothers of Parva Street": one group's name
            span = (toks[0].start, toks[-1].end)
            name = self._text[toks[1].start : span[1]]
            return _Analysis(name, None, "group", True, span, before.lower)
        if _body_of_named(toks, k):
            # "The state's Office of Health Information": the body's whole name, without the
            # lower-case owner before it (as "The Office of Health Information" is read)
            return self._analyse(_phrase_of(tuple(toks[k - 2 :]), phrase.appositive))
        if (
            k == 2
            and toks[1].lower == "for"
            and all(t.capitalized for t in toks[2:])
            and before.lower not in PERSON_ROLES
        ):
            # "Citizens for Clean Water", "Taxpayers for Harbor City": one body's name (not
            # "Lawyers for Mara Quill", "Reporters for the Herald": people by their work)
            span = (toks[0].start, toks[-1].end)
            return _Analysis(self._text[span[0] : span[1]], None, "organization", True, span, "")
        if before.word[0].isupper() and (
            before.lower not in _ROLES_OR_TITLES or before.lower in BOUND_TITLES
        ):  # "Grace Tan of Acme": a title only before its bound word ("Tan Sri") is a name
            shorter = toks[: k - 1]
            found = self._analyse(_phrase_of(tuple(shorter), phrase.appositive))
            if (
                found.kind == "unknown"
                and found.named
                and _bare_full_name(shorter)
                and (given_name(shorter[0].word) or _body_after(toks[k:]))
            ):  # "Kai Munro of Fellgate Bank": hers; not "Credit Suisse of Zurich"
                found = found._replace(kind="person")
            if found.kind != "person" or not found.named:
                return found
            # Where the person is from completes the role, or is it: "Ambassador of the
            # Alliance of Small States", "Sierra Club" ("Tom Hale of the Sierra Club")
            first = k + 1 if toks[k].lower == "the" and k + 1 < len(toks) else k
            if toks[k - 1].lower == "of" and (
                self._residence(toks, k, found.role is None)
                or self._text[toks[k - 2].end : toks[k - 1].start].strip(" ,").isdigit()
                and marked_kind([t.word for t in toks[k:]]) not in BODY_KINDS
            ):
                # "Sen. Ann Lee of Ohio", "Maya Lind, 16, of Toronto": where she lives, no
                # part of her role
                return found
            where = toks[k - 1] if found.role else toks[first]
            affiliation = self._text[where.start : toks[-1].end]
            return found._replace(role=f"{found.role} {affiliation}" if found.role else affiliation)
        if before.lower not in PERSON_ROLES:
            return None
        span = (toks[0].start, toks[-1].end)
        written = self._text[span[0] : span[1]]
        if before.lower in PLURAL_HEADS or before.lower.endswith("s"):  # "members of the board"
            return _Analysis(written, None, "group", False, span, before.lower)
        definite = toks[0].lower in _DESCRIPTION_OPENERS
        gender = _gender(frozenset({before.lower}), "")
        role = _without_leading_article(written)
        if "," in self._text[toks[k - 1].end : toks[k].start]:
            # "A spokesperson for the utility, Harlow Power": the tokens skip the body's noun
            # its name apposes (`_body_apposed`); the role names the body
            apposed = self._text[toks[k].start : span[1]]
            role = _without_leading_article(f"{self._text[span[0] : toks[k - 1].end]} {apposed}")
        return _Analysis(
            written,
            role,
            "person",
            False,
            span,
            before.lower,
            gender,
            frozenset({before.lower}),
            definite,
        )

    def _residence(self, toks: list[Token], k: int, roleless: bool) -> bool:
        """Whether the name after "of" (toks[k:]) says where a person lives: a state ("Sen.
        Ann Lee of Ohio"); for a person of no role (`roleless`), whose office it cannot
        complete as in "Ambassador Ann Lee of Norway" or "Mayor Tom Hale of Reno, Nev.", a
        country or a capital ("Tom Hale of London") or a town before a state's name or its
        initials ("Ann Lee of Fresno, Calif.,", "Ann Lee of Moncton, N.B.,")."""
        text = self._text
        place = _key(text[toks[k].start : toks[-1].end])
        if place in US_STATES:
            return True
        if not roleless:
            return False
        if place in GOVERNMENT_PLACES:
            return True
        state = _STATE_AFTER.match(text, toks[-1].end)
        if state is None:
            return False
        if state["initials"]:
            return True  # "Ann Lee of Moncton, N.B.,"
        name = state["state"].lower()
        if state["dot"] and name in US_STATE_ABBREVIATIONS:
            return True
        return name in US_STATES or name in STATES_AND_PROVINCES

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
                    name=_with_acronym(entry),
                    kind=entry.kind,
                    role=entry.role,
                    named=entry.named,
                    aliases=tuple(a for a in entry.aliases if a != entry.name),
                    mentions=tuple(sorted(set(entry.mentions))),
                )
            )
        for ref, entry in merged.items():
            ids[ref] = ids[entry.ref]
        return records, ids

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
        headline it is first mentioned in ("Mayor defends budget"): no one's name; unless the
        story describes one holder of it by more ("A nurse at Dover General says", "The mayor
        of Dover said"), whom the headline means, not a holder named later."""
        name = entry.name
        if not (
            " " not in name
            and name.lower() in PERSON_ROLES
            and name[1:].islower()
            and bool(entry.mentions)
            and self._text.find("\n", 0, entry.mentions[0][0]) < 0
        ):
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
        # where each is first mentioned before this pass, kept as the loop gives them the
        # descriptions' mentions: a headline's description given to one ("Auditor general
        # says ...") moves no holder before a lede's ("Nova Scotia's auditor general says")
        first_named = {e.ref: min(start for start, _ in e.mentions) for e in named}
        for entry in self._entries.values():
            words = entry.name.lower().split()
            # a headline's: "Auditor general says ...", "Mayor defends budget"
            bare = _bare_role(entry.name) or self._headline_role(entry)
            owner = _possessive_owner(words)
            led = (  # "the head of the rail agency"
                len(words) > 3
                and words[0] == "the"
                and words[1] in LEADER_NOUNS
                and words[2] == "of"
            )
            # "Lorne's health minister", "the province's top doctor": its role is its name
            described = entry.role in (entry.name, _without_leading_article(entry.name))
            if entry.kind == "person" and (described and owner or led):
                # "Lorne's health minister says", "The head of the rail agency said"
                introduced = self._named_next(entry, named, words[-1] if led else "")
                if introduced is not None:
                    introduced.mentions.extend(entry.mentions)
                    own = introduced.role
                    if own is None or set(own.lower().split()) <= set(entry.role.lower().split()):
                        introduced.role = entry.role  # "Ana Ruiz, the minister": Lorne's
                    else:  # "Administrator Paula Kersey": her title, the description beside it
                        introduced.role = f"{own}, {entry.role}"
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
            last = max(start for start, _ in entry.mentions)
            if last > _LEDE_REACH and words[0] in ("a", "an"):
                continue
            holders = [e for e in named if _holds_role(e, words[1:])]
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
                and first_named[holders[0].ref] > last
                and (entry.gender in (None, holders[0].gender) or holders[0].gender is None)
                and "of" not in (holders[0].role or "").split()  # not "architect of X"
                and self._owned_alike(holders[0], entry.role, entry.name, last, between)
            ):
                holders[0].mentions.extend(entry.mentions)
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
            named_at = min(start for start, _ in person.mentions)
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
                _share_mentions(people, surname, forms)
                continue
            (entry,) = people
            if _surname_only(entry.name):
                names = [name for name, _ in forms if _may_be(name, entry.own_gender)]
                if len(_given_names(names)) > 1:
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

    def _fill_roles(self) -> None:
        """Give a named person (or a name of unknown kind) with no role the role a role noun
        before the first mention of the full name gives ("Food critic Ann Lee"; "Acme's
        chief, Ann Lee, ..." opening a sentence), or an appositive opened by an article
        after it ("At its centre is Dr. Ann Lee, a consultant in emergency medicine ..."):
        a profile presents its people before they speak. A
        person's role makes the name a person's."""
        text = self._text
        for entry in self._entries.values():
            if entry.role is not None or entry.kind not in _PERSON_LIKE or not entry.named:
                continue
            if " " not in entry.name:
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


def _arm_name(name: str) -> bool:
    """Whether `name` is a government arm's, named by its fields and its country
    ("Statistics Canada", "Immigration, Refugees and Citizenship Canada"; not "Air Canada")."""
    words = _ARM_NAME_SPLIT.split(name.lower())
    return (
        len(words) > 1
        and words[-1] in GOVERNMENT_PLACES
        and all(w in GOVERNMENT_ARM_FIELDS or w == "and" for w in words[:-1] if w)
    )


def _body_named_for_person(toks: list[Token]) -> bool:
    """Whether `toks` are "the", a body's marker and a person's name after it, all capitalised
    ("The Centre Marcel Vézina", "the Foundation Ann Lee"): a body named for that person, as
    Quebec's are, not a person with a title ("the Centre" is no title; "The Board Chair Ann
    Lee", "The Center Ann Lee founded" are no such names)."""
    return (
        len(toks) >= 4
        and toks[0].lower == "the"
        and toks[1].capitalized
        and toks[1].lower in ORGANIZATION_MARKERS
        and given_name(toks[2].word)
        and all(t.capitalized or t.lower in NAME_CONNECTORS for t in toks[3:])
        and toks[-1].capitalized
    )


def _after_what(text: str, position: int) -> bool:
    """Whether "what" stands right before `position` ("what *it* said was")."""
    return text[max(0, position - 5) : position].lower() == "what "


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


def _body_named(name: str) -> bool:
    """Whether a name is a body's by its own words ("Carleton University") or by the place
    ending it ("Rowing Canada", "Hockey Nova Scotia"): no one person's. A known given name
    opening it makes the place a surname ("Maya Washington", "Ann Paris")."""
    words = name.split()
    return weakly_marked_kind(words) in BODY_KINDS or (
        not given_name(words[0]) and _place_or_state(words[-1])
    )


def _place_or_state(name: str) -> bool:
    """Whether a name is a place's (`_place_name`) or a state's or province's ("Texas")."""
    lowered = name.lower()
    return _place_name(name.split()) or lowered in US_STATES or lowered in STATES_AND_PROVINCES


def _place_name(words: list[str]) -> bool:
    """Whether capitalised words, no known given name opening them, name a place: a known
    place ("New York"), a word of a place in them ("Main Street", "Lake Tahoe", "Kings
    Cross"), a word of where opening them ("North Lanark", "New Dorn") or a town's ending
    ("Brookville"). A person's name ("Tom Lake", "Amara Kone") is none."""
    if not words or given_name(words[0]):
        return False
    lowered = [word.lower() for word in words]
    joined = " ".join(lowered)
    return (
        joined in PLACE_NAMES
        or joined in GOVERNMENT_PLACES
        or lowered[0] in PLACE_MODIFIERS
        or lowered[0] == "new"
        or lowered[-1].endswith(PLACE_NAME_ENDINGS)
        or any(
            word in PLACE_NAME_WORDS or word in _STREET_WORDS or word in POSSESSED_PLACE_HEADS
            for word in lowered
        )
        # a surname's word after an owner ("Kings Cross", "Regent's Park"), not after a
        # given name no list holds ("Jin Park", "Tariku Hill")
        or (
            len(lowered) > 1
            and lowered[-1] in SURNAME_PLACE_HEADS
            and lowered[-2].rstrip("s’'") in POSSESSED_PLACE_OWNERS
        )
    )


def _sentence_before(text: str, lower: int, opening: int) -> tuple[int, int] | None:
    """The start and end of the sentence before the one opening at `opening`, outside
    quotations and within text[lower:]; None if there is none."""
    end = opening
    while end > lower and text[end - 1] in _BETWEEN_SENTENCES:
        end -= 1
    if '"' in text[end:opening]:
        # a quotation in straight marks read as a sentence of its own ('"...," he said'):
        # the sentence before it is meant
        end = text.rfind('"', lower, end)
        while end > lower and text[end - 1] in _BETWEEN_SENTENCES:
            end -= 1
    if end <= lower:
        return None
    start = _sentence_opening(text, line_start(text, end - 1), end - 1)
    if start < lower or _quoted(text, start):
        return None
    return start, end


def _pronoun_opens(text: str, sentence: Span, pronoun: str) -> bool:
    """Whether the `sentence` has `pronoun` ("he", "she") as its subject among its
    first words, a verb after it ("She still opens at five", "On Friday he makes ..."), or
    right after an opening clause ("Asked whether she would stay, she laughed"); not a
    clause's opened by a question word or a subordinator ("Asked whether she would stay, Ann
    Vale paused": Ann Vale's sentence)."""
    start, end = sentence
    opening = text[start : min(end, start + _PRONOUN_OPENING_CHARS)].split()
    words = ["", *opening[:_PRONOUN_OPENING_WORDS]]
    if any(
        word.lower() == pronoun and after[:1].islower() and before.lower() not in _CLAUSE_OPENERS
        for before, word, after in zip(words, words[1:], words[2:], strict=False)
    ):
        return True
    comma = text.find(", ", start, min(end, start + _OPENING_CLAUSE_CHARS))
    after = text[comma + 2 : comma + 2 + len(pronoun) + 2] if comma >= 0 else ""
    return after[:-2].lower() == pronoun and after[-2] == " " and after[-1].islower()


def _works_name(words: list[str]) -> bool:
    """Whether a name ends in the works a company is named for ("Brackton Mills"), with no
    given name a list knows or initials before it ("Kim Mills", "J. R. Mills" are people)."""
    return (
        len(words) > 1
        and words[-1].lower() in WORKS_NAMES
        and not _known_given(words[0].lower())
        and words[0].lower() not in UNISEX_NAMES
    )


def _someone_else_told(text: str, lower: int, upper: int, gender: str) -> bool:
    """Whether text[lower:upper] has, outside quotations, the object pronoun of `gender`
    ("met *her* on Monday", not "her comments") or a pronoun of the other gender that is no
    object ("sold *his* boat", not "disagreed with *him*", the person answered): someone else
    than a subject of `gender`, or a subject of the other."""
    other_object = _OBJECT_PRONOUN_OF["he" if gender == "she" else "she"]
    for match in _GENDER_TELLERS[gender].finditer(text, lower, upper):
        if _quoted(text, match.start()):
            continue
        word = match.group().lower()
        owning = word == "her" and _owned_thing(text, match.end() + 1)
        if owning and gender == "she":
            continue  # "her comments": the subject's own
        if word == other_object and not owning:
            continue  # "disagreed with him": the person answered
        return True
    return False


def _company_body(words: list[str]) -> bool:
    """Whether a spokesperson's body ("the company", "Bolt Corp", "Acme") may be what a
    later "company spokesperson" speaks for: a company's noun or a name, not "the union"."""
    words = [word for word in words if word.lower() not in _ARTICLE_WORDS]
    return bool(words) and (
        any(word.lower() in COMPANY_NOUNS for word in words) or words[0][:1].isupper()
    )


def _words_given(found: _Analysis) -> bool:
    """Whether `found` describes a document and names none ("the statement", "the email"):
    the words a speaker gave, no evidence of what the giver is ("Pine Market said in a
    statement ... the statement said": Pine Market stays of unknown kind, no document)."""
    return found.kind == "document" and not found.named


def _spokesperson_again(found: _Analysis) -> bool:
    """Whether an unnamed person is "a spokesperson" with no body of its own, or only a
    company's noun before it ("a company spokesperson"): the body's one voice, brought in
    before."""
    words = _key(found.name).split()
    return (
        found.kind == "person"
        and found.head in SPOKESPERSON_HEADS
        and found.name.lower().startswith(("a ", "an "))
        and words[-1] == found.head
        and all(word in COMPANY_NOUNS for word in words[:-1])
    )


def _apposed_subject(text: str, name: re.Match[str]) -> bool:
    """Whether a subject's `name` stands between commas after the words opening its sentence
    ("The city's police chief, Jo Kirra, disagreed"): apposed to them."""
    return text.endswith(", ", 0, name.start()) and text.startswith(",", name.end())


def _one_office(words: list[str], head: str) -> bool:
    """Whether a phrase's head, one of the anonymous heads, is an office by the field before
    it (`OFFICER_FIELDS`): "the medical officer of health", "the chief financial officer"
    describe the one holder; "the officer", "the police officer" do not."""
    if head != "officer" or head not in words:
        return False
    at = words.index(head)
    return at > 0 and words[at - 1] in OFFICER_FIELDS


def _names_someone(words: list[str]) -> bool:
    """Whether capitalised words may name a person: two or more after any function word
    opening them ("On Monday" names none), and no organization's marker."""
    while words and (words[0].lower() in FUNCTION_WORDS or words[0].lower() in PREPOSITIONS):
        words = words[1:]
    return len(words) >= 2 and marked_kind(words) is None


def _marker_alone(text: str, tok: Token) -> bool:
    """Whether `tok`, a plural head of bodies' names opening its sentence alone ("Markets
    said"; "Lakeview Markets" names one), is the common noun: no name (a body's own plural,
    "Supermarkets said", is read as bodies of a kind)."""
    return (
        tok.lower in ORGANIZATION_MARKERS
        and tok.lower.endswith("s")
        and tok.lower[:-1] not in ORGANIZATION_WORDS
        and _opens_line_or_sentence(text, tok.start)
    )


def _repeated_around_after(toks: list[Token]) -> bool:
    """Whether `toks` repeat a noun around "after" ("Speaker after speaker"): many, a group."""
    return len(toks) == 3 and toks[1].lower == "after" and toks[0].lower == toks[2].lower


def _indefinite_description(words: list[str], head: str) -> bool:
    """Whether a phrase's lower-case `words` open with an indefinite article, or with "one"
    or "another" before a role ("One Liberal MP", "another Labour councillor"): one of many,
    whatever its capitals; not "One Direction", a name."""
    return words[0] in {"a", "an"} or (
        words[0] in _ONE_OF_MANY and (head in _ROLES_OR_TITLES or head in ANONYMOUS_HEADS)
    )


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


def _possessive_owner(words: list[str]) -> list[str]:
    """The possessive owner opening a description of a person, lower case: a place's or a
    body's name, or "the" and a jurisdiction ("nova scotia's" in "Nova Scotia's auditor
    general", "the province's" in "the province's health minister"); [] if none."""
    for k, word in enumerate(words[:3]):
        if word.endswith(POSSESSIVE_ENDINGS):
            return words[: k + 1] if k + 1 < len(words) else []
    return []


def _role_owner(role: str) -> str:
    """The owner a person's role or description names, as `_key` keeps it, with no possessive
    ending: the body after "for", "of" or "at" ("acme foods" of "spokeswoman for Acme Foods"),
    its possessor ("city" of "the city's attorney", "nova scotia" of "Nova Scotia's auditor
    general"), or the capitalised words before its head in lower case that are no title or
    role ("acme" of "Acme spokesperson"); "" if none ("the lawyer", "their attorney", "Health
    Minister": a title's words)."""
    after = _SPOKEN_FOR.search(role)
    words = role.split()
    if after is not None:
        words = after.group(1).split()
    elif owner := _possessive_owner([w.lower() for w in words]):
        words = words[: len(owner)]
    elif words and _place_before_role(words[0]):
        words = words[:1]  # "B.C. Health Minister": the province's
    elif words and words[-1].islower():
        words = [w for w in words[:-1] if w[:1].isupper() and w.lower() not in _NO_OWNERS]
    else:
        words = []
    return _key(" ".join(POSSESSIVE_END.sub("", w) for w in words))


# A place abbreviated before a role: "B.C.", "N.S.", "U.S.".
_PLACE_ABBREVIATION = re.compile(r"(?:[A-Z]\.){2,3}")


def _place_before_role(word: str) -> bool:
    """Whether the first word of a role is a place that owns it, a province or a state, whole
    or abbreviated ("*B.C.* Health Minister", "*Alberta* Premier")."""
    return bool(_PLACE_ABBREVIATION.fullmatch(word)) or word.lower() in _PLACE_OWNERS


def _same_owner(one: str, other: str) -> bool:
    """Whether two owners `_role_owner` read are one, the words of one among the other's
    ("acme" and "acme foods"; not "city" and "acme foods")."""
    words, others = set(one.split()), set(other.split())
    return words <= others or others <= words


def _holds_role(entry: _Entry, described: list[str]) -> bool:
    """Whether a person's role, up to an "of", ends with a description's head (or is its
    title cut short: "Capt." for "captain") and holds its modifiers (`described`, lower case:
    "fire chief" for "Fire Chief"; "mayor" for "Mayor of Brill", a rival holder that
    `_named_later` then declines to merge), and no word of another office ("mayor" is no
    "deputy mayor"). A bare head is
    held only by a role of that head alone, its body's possessive aside ("the school's
    headteacher"): "the minister" may be another minister than "Finance Minister Ann Lee"."""
    role = (entry.role or "").lower().split()
    if "of" in role:
        role = role[: role.index("of")]
    if not role or not set(described[:-1]) <= set(role):
        return False
    # or its title cut short, alone: "Capt." holds "captain", "Insp." "inspector"
    last = role[-1].rstrip(".")
    if last != described[-1] and not (
        len(role) == 1 and len(last) > 2 and described[-1].startswith(last)
    ):
        return False
    if len(described) == 1 and not all(_possessive(word) for word in role[:-1]):
        return False
    return not _subordinate(" ".join(w for w in role if w not in described))


def _apposed_description(entry: _Entry, description: str) -> bool:
    """Whether a body's appositive ends with a description's head and holds its modifiers
    ("UNHCR, the UN refugee agency," for "the agency", "the refugee agency"; not for "the
    health agency")."""
    if entry.role is None:
        return False
    words = _key(entry.role).split()
    *modifiers, head = _key(description).split()
    return bool(words) and words[-1] == head and set(modifiers) <= set(words)


def _body_of_named(toks: list[Token], k: int) -> bool:
    """Whether toks[k - 2] is a body's capitalised noun ("Office", "Board") after a lower-case
    owner or modifier ("the state's", "the city"), with "of" and a capitalised name after it
    ("the county's Board of Elections"): one name, not a body and its complement."""
    return (
        k >= 3
        and toks[k - 1].lower == "of"
        and toks[k - 2].capitalized
        and toks[k - 2].lower in ORGANIZATION_WORDS
        and toks[k - 3].word.islower()
        and toks[k - 3].lower not in DETERMINERS  # "Ann Lee of the Board of Elections"
        and toks[k].capitalized
    )


def _group_name_start(toks: list[Token], k: int) -> int:
    """Where the complement after the preposition toks[k - 1] starts: at `k`, or earlier at
    a group's name that holds that preposition, itself after a preposition ("a spokeswoman
    for *Parents for Safer Streets*", "a spokesman for *Friends of the Valley*": the body
    whole, not "Parents")."""
    j = k - 1
    while j > 0 and toks[j - 1].capitalized:
        j -= 1
    if (
        2 <= j < k - 1
        and toks[j - 1].lower in COMPLEMENT_PREPOSITIONS
        and (_group_named(toks[j:]) is not None or j == k - 2 and _named_people(toks, k))
    ):
        return j
    return k


def _people_of_name(toks: list[Token], k: int) -> bool:
    """Whether "the", a capitalised plural of people (or collective noun) and a capitalised
    complement after the preposition toks[k - 1] make one group's name ("The Mothers of Parva
    Street", "the Friends of Kelby Park", "The Gang of Four"), not people from a place
    ("Residents of Parva Street") nor holders of an office ("The Leaders of Acme Corp", "The
    Ministers of Finance"): kin and friends, or a plural of people that is no role."""
    return k == 3 and toks[0].lower == "the" and _named_people(toks, k)


def _named_people(toks: list[Token], k: int) -> bool:
    """Whether a capitalised plural of people (or collective noun), "of" at toks[k - 1] and
    a capitalised complement make one group's name (`_people_of_name`): "Friends of the
    Valley", "Mothers of Parva Street"."""
    head = toks[k - 2]
    if not head.capitalized or toks[k - 1].lower != "of" or k >= len(toks):
        return False
    complement = toks[k + 1] if toks[k].lower == "the" and k + 1 < len(toks) else toks[k]
    singular = head.lower[:-1]
    return complement.capitalized and (
        head.lower in COLLECTIVE_HEADS  # "The Gang of Four", "The Band of Brothers"
        or head.lower.endswith("s")
        and (
            singular in MALE_NOUNS
            or singular in FEMALE_NOUNS
            or singular in CIRCLE_NOUNS
            or people_plural(head.word)
            and singular not in ROLE_NOUNS
            and head.lower not in ROLE_NOUNS
        )
    )


def _holders_body(toks: list[Token], k: int) -> bool:
    """Whether toks[k - 2] is a body in lower case that speaks for the person named after
    "of" at toks[k - 1] (`HOLDERS_BODIES`), capitalised words with a title or a given name:
    "the office of Immigration Minister Ann Lee", "the campaign of Tom Hale"; not "the Office
    of Health Information", nor "the government of Canada"."""
    if len(toks) <= k:
        return False
    before = toks[k - 2]
    if before.lower not in HOLDERS_BODIES or not before.word.islower() or toks[k - 1].lower != "of":
        return False
    named = toks[k:]
    return all(t.capitalized or t.word == "." for t in named) and any(
        t.lower in TITLES or given_name(t.word) for t in named
    )


def _adverb_after_surname(toks: list[Token]) -> bool:
    """Whether the phrase ends in a capitalised adverb that may end a slogan's name ("Justice
    Now", "Families First") after a capitalised word, which may be a surname ("Lee Now")."""
    return (
        len(toks) > 1
        and toks[-1].lower in NAME_ADVERBS
        and toks[-1].word[0].isupper()
        and toks[-2].capitalized
    )


def _contacted_people(toks: list[Token]) -> tuple[int, str, SpeakerKind] | None:
    """Where the people whom a reporter reached end in a phrase "<people> reached by
    <outlet>", their head and kind: a group by a plural, of people or of bodies ("Several
    nurses contacted by CBC News", "Unions reached by Radio-Canada", "Grocers polled by
    Northline Research"), as "Unions said" is, a person by a role ("A nurse reached by the
    Gazette", role nurse); None for another phrase, or a singular that is no role."""
    for p in range(1, len(toks) - 2):
        if toks[p + 1].lower == "by" and toks[p].lower in CONTACT_PARTICIPLES:
            head = toks[p - 1].lower
            if _plural_head(head):
                return p, head, "group"
            return (p, head, "person") if head in PERSON_ROLES else None
    return None


def _governing_organ(rest: list[str]) -> bool:
    """Whether the words after a body's name (lower case) are its governing organ
    (`GOVERNING_ORGANS`), alone or with its members after "of": "board", "board of
    directors", "council of trustees"; not "Foods Corp."."""
    return bool(rest) and rest[0] in GOVERNING_ORGANS and (len(rest) == 1 or rest[1] == "of")


def _municipal_body(toks: list[Token]) -> int | None:
    """Where the place's noun (`MUNICIPAL_BODY_NOUNS`) stands when "the", that noun maybe
    after a capitalised modifier, "of" and a capitalised name make a local government's name
    ("the town of Brill", "The Town of Brill", "the Regional Municipality of Orla"; not
    "residents of the town of Brill", "the town of 3,800", nor a title before a name after
    the place, its holder's: "The city of Toronto Mayor Olivia Chow"); None when they do not."""
    of = next((k for k, t in enumerate(toks) if t.lower == "of"), 0)
    first = int(toks[0].lower == "the")
    found = (
        0 < of - first <= 2
        and of + 1 < len(toks)
        and toks[of - 1].lower in MUNICIPAL_BODY_NOUNS
        and all(t.capitalized for t in toks[first : of - 1])
        and all(t.capitalized for t in toks[of + 1 :])
        and not any(t.lower in ROLE_NOUNS or t.lower in TITLES for t in toks[of + 2 :])
    )
    return of - 1 if found else None


def _office_body_name(toks: list[Token]) -> bool:
    """Whether "the", capitalised words and "of" make the name of a body by the plural of
    its members' office, a capitalised word before it, and a common noun after "of" ("the
    Joint Chiefs of Staff"; not "The Chiefs of Police" alone, "the Senate Republicans", "The
    Mothers of Parva Street", nor "The Regional Directors of Halvorsen", people holding an
    office at a named body)."""
    if len(toks) < 5 or toks[0].lower != "the":
        return False
    of = next((k for k, t in enumerate(toks) if t.lower == "of"), 0)
    if of < 3 or of + 1 == len(toks):
        return False
    office = toks[of - 1]
    return (
        office.lower.endswith("s")
        and office.lower[:-1] in ROLE_NOUNS
        and office.lower not in PARTY_MEMBERS
        and all(t.capitalized or t.lower in {"of", "the"} for t in toks[1:])
        and toks[of + 1].capitalized
        and toks[-1].lower in _NOUN_WORDS
    )


def _sentence_apart(text: str, one: int, other: int) -> bool:
    """Whether a sentence's or a paragraph's end stands between two positions of `text`."""
    start, end = min(one, other), max(one, other)
    return text.find(". ", start, end) >= 0 or text.find("\n", start, end) >= 0


def _after_other_gender(recent: list[_Entry], entry: _Entry, gender: str | None) -> bool:
    """Whether only people of the other gender spoke after `entry` ("The keeper said ...
    His daughter asked him to move. “...,” he asked": the keeper, of no gender told)."""
    if gender is None or entry.kind != "person":
        return False
    before = recent[: recent.index(entry)]
    return all(e.kind == "person" and e.gender not in (None, gender) for e in before)


def _people_in_places(toks: list[Token], first: int) -> bool:
    """Whether the names joined from toks[first] are where the people before them are
    ("Authorities in France and Italy", "Police in Paris and Lyon"): one group, as
    "Officials in Kyiv" is, not two speakers named."""
    if first < 2 or toks[first - 1].lower not in {"in", "across"}:
        return False
    people = toks[first - 2].lower
    return people in _NOUN_WORDS and (
        people.endswith("s") or people in COLLECTIVE_HEADS or people in PLURALS_WITHOUT_S
    )


def _owned_speaker(found: _Analysis) -> bool:
    """Whether a speaker after a possessive pronoun is someone's: a person's role or kin ("his
    spokesman", "her daughter"), those in that role ("his lawyers"), or a body a person has
    ("his office", "her campaign", `PERSONAL_BODIES`)."""
    head = found.head
    if found.kind == "person":
        return head in PERSON_ROLES
    if found.kind == "group" and head.endswith("s") and head[:-1] in PERSON_ROLES:
        return True
    return found.kind in {"organization", "group"} and head in PERSONAL_BODIES


def _adjective_rank(toks: list[Token], i: int) -> bool:
    """Whether toks[i] is a military rank that is also an adjective (`_ADJECTIVE_RANKS`),
    capitalised before a given name a list knows and a surname: the person's role ("Major
    Tom Reyes"), not a name's word ("Major League Soccer", "Private Eye")."""
    return (
        toks[i].lower in _ADJECTIVE_RANKS
        and toks[i].capitalized
        and i + 2 < len(toks)
        and given_name(toks[i + 1].word)
        and toks[i + 2].capitalized
    )


def _crown_in_name(toks: list[Token], i: int) -> bool:
    """Whether the office of a crown toks[i] ends a name ("Burger King", "Dairy Queen"):
    capitalised, last in the phrase, after a capitalised word that is no title, role,
    nationality or "Crown" ("Crown Prince", "the Danish Queen" are offices)."""
    if not (0 < i == len(toks) - 1 and toks[i].lower in CROWN_OFFICES and toks[i].capitalized):
        return False
    before = toks[i - 1]
    return (
        before.capitalized
        and before.lower not in _ROLES_OR_TITLES
        and before.lower != "crown"
        and _NATIONALITY.fullmatch(before.word) is None
    )


def _after_part_opener(text: str, start: int) -> bool:
    """Whether the phrase at `start` follows a part's opener and its comma in its sentence
    ("Of the 1,200 adults surveyed, a third said", "Among those polled, a fifth said"): a
    share of them, not one more person counted."""
    lead = text[max(0, start - _PART_REACH) : start]
    lead = lead[max(lead.rfind(". "), lead.rfind("\n")) + 1 :].lstrip()
    return lead.startswith(("Of ", "Among ")) and lead.rstrip().endswith(",")


_PART_REACH = 120  # characters before a share searched for its part's opener


def _capitals_before(pre: list[Token], start: int) -> int:
    """Where a name that starts at `start` starts with the capitalised words of `pre` (those
    before it) that end right before it, no possessive among them: "the *U.S.* Geological
    Survey", "the *Eastern* Liberation Front"; `start` when none does."""
    first = len(pre)
    while first > 0 and (
        pre[first - 1].capitalized
        and not _possessive(pre[first - 1].word)
        or pre[first - 1].word == "."
    ):
        first -= 1
    return pre[first].start if first < len(pre) and pre[first].capitalized else start


def _trade_before(pre: list[Token]) -> bool:
    """Whether a role noun in lower case ends the words before a company's name, the trade
    it plies ("gold *miner* Orbis Resources")."""
    return pre[-1].word.islower() and pre[-1].lower in ROLE_NOUNS


def _after_possessor(toks: list[Token], k: int) -> int:
    """Where the possessor owning the name at toks[k] starts ("in *the country's*
    Copperbelt", "near *Ghana's* Ashanti Region"), its article kept; k if no possessive
    stands right before it."""
    j = k - 1
    if j < 1 or not _possessive(toks[j].word):
        return k
    while j > 0 and toks[j - 1].capitalized:
        j -= 1  # "Western Australia's"
    return j - 1 if j > 0 and toks[j - 1].lower in DETERMINERS else j


# A subject asked a question, after its name: "Lee *was asked* about ...", "was pressed on".
_QUESTIONED = re.compile(
    r"\s+(?:was|were|is|has been)\s+(?:" + "|".join(sorted(QUESTION_PARTICIPLES)) + r")\b"
)
_VOCATIVE_REACH = 20  # characters of a quotation opening with a name called: "Dana, ..."
_MEMBERS_BODY_HEADS = ORGANIZATION_MARKERS | {"union"}  # "the Farmers' Union"
_IRREGULAR_PLURALS = frozenset(
    {"women's", "women’s", "men's", "men’s", "children's", "children’s", "people's", "people’s"}
)


def _members_possessive(toks: list[Token], k: int) -> bool:
    """Whether toks[k], a plural's possessive (an apostrophe after a capitalised word in
    "s", or "Women's"), names the members of the body whose capitalised head follows it:
    "the Renters' Alliance", "the Women's Institute" (one name, not an owner's)."""
    if k + 1 >= len(toks) or not toks[k + 1].capitalized:
        return False
    if toks[k + 1].lower not in _MEMBERS_BODY_HEADS:
        return False
    if toks[k].word in _APOSTROPHES:
        return k > 0 and toks[k - 1].capitalized and toks[k - 1].lower.endswith("s")
    return toks[k].lower in _IRREGULAR_PLURALS


def _body_run_word(word: str) -> bool:
    """Whether `word` may stand in the run of a body's description after "The": "police",
    "union" of "The police union filed"; not a verb ("filed", "were") nor a function word."""
    return word not in _BODY_RUN_STOPS and not word.endswith("ed")


def _possessed_place(toks: list[Token], k: int) -> bool:
    """Whether the possessive toks[k] belongs to a place's, an institution's or a shop's
    name whose last word follows it ("Regent's Park", "St Mary's Hospital", "Mo's Diner"),
    not to an owner ("Acme's Tom Hale")."""
    if not (k == len(toks) - 2 and toks[k + 1].capitalized and toks[k].capitalized):
        return False
    head = toks[k + 1].lower
    if head in POSSESSED_PLACE_HEADS or head in SHOP_NAME_HEADS:
        return True  # "Regent's Park", "Brennick's Bakehouse"
    owner = without_possessive(toks[k].lower)
    return head in SURNAME_PLACE_HEADS and (
        owner in POSSESSED_PLACE_OWNERS
        or any(toks[j].lower in ("st", "saint") for j in range(max(0, k - 2), k))
    )


# Head nouns of an institution, a building or a prize named after a title ("The Princess of
# Wales Theatre", "the Duke of Edinburgh Award", "Prince of Wales Bridge"): no person.
_NAMED_AFTER_TITLE_HEADS = (
    ORGANIZATION_WORDS
    | GATHERING_NOUNS
    | POSSESSED_PLACE_HEADS
    | SURNAME_PLACE_HEADS
    | PLACE_NAME_WORDS
    | frozenset("centre center stadium arena scheme".split())
)


def _who_clause_head(phrase: Phrase, toks: list[Token]) -> Token | None:
    """The noun in lower case that `phrase` ends with and a relative clause with "who" and a
    name follows (`_relative_subject`): a person or people by that "who", the speaker,
    whatever the clause names ("Farmers who sell at the Saltmarsh Market", "The farmer who
    sells at the Kell Market", "Parents who know Ann Lee"); None if no such noun heads it."""
    at = len(phrase.words) - 2
    if phrase.words[-1] != "…" or at < 0 or at + 2 >= len(toks) or toks[at + 1].lower != "who":
        return None
    head = toks[at]
    if not (head.word.islower() or at == 0 and head.word[1:].islower()):
        return None
    if not any(t.capitalized for t in toks[at + 2 :]):
        return None  # "The farmer who sells at the market": read as ever
    if any(t.lower == "as" for t in toks[at + 2 :]):
        return None  # "A man who served as Mayor Tom Lee": the name is his
    return head if head.word.isalpha() else None


def _named_after_title(toks: list[Token]) -> bool:
    """Whether `toks` name an institution after a title of the crown or the peerage, every
    word capitalised and its last an institution's: "The Prince of Wales Hospital", "the
    Queen Elizabeth II Health Sciences Centre", "Duke of Kell School"; no person."""
    at = int(toks[0].lower == "the")
    return (
        len(toks) >= at + 3
        and (toks[at].lower in NOBLE_TITLES or toks[at].lower in CROWN_OFFICES)
        and toks[-1].lower in _NAMED_AFTER_TITLE_INSTITUTIONS
        and all(t.word[:1].isupper() or t.lower in NAME_CONNECTORS for t in toks[at:])
    )


# The heads of an institution named after a title that may speak: a hospital, a school.
_NAMED_AFTER_TITLE_INSTITUTIONS = ORGANIZATION_WORDS | frozenset({"centre", "center"})


def _noble_title(toks: list[Token]) -> int | None:
    """The index of a title of royalty or the peerage opening `toks`, after "the" if any, then
    "of" and a place in capitals ("The Duchess of Avon", "the Earl of Brill"); None if the
    phrase is no such title, or the title names an institution ("The Prince of Wales
    Hospital")."""
    at = int(toks[0].lower == "the")
    if len(toks) < at + 3 or toks[at].lower not in NOBLE_TITLES or toks[at + 1].lower != "of":
        return None
    place = toks[at + 2 :]
    if place[0].lower == "the":
        place = place[1:]
    if not place or not all(t.word[:1].isupper() for t in place):
        return None
    if any(t.lower in _NAMED_AFTER_TITLE_HEADS for t in place[1:]):
        return None
    return at if toks[at].word[:1].isupper() else None


def _body_peer(text: str, pre: list[Token], appositive: Span | None, first: str) -> bool:
    """Whether the words before a name, or its appositive, end in "its" and a body's peer noun
    (`body_peer`: "its northern neighbour Altavia", "Altavia, its neighbour,", "its rival
    Brel Foods"), and the name opens with no given name `first` and follows no title ("Mr.
    Okafor, its neighbour": a person)."""
    titles = [t.lower for t in pre if t.word != "."][-1:]
    if given_name(first) or (titles and titles[0] in TITLES):
        return False
    for words in (
        [t.lower for t in pre],
        text[slice(*appositive)].lower().split() if appositive else [],
    ):
        if body_peer(words[-2:]) or body_peer(words[-3:]):
            return True
    return False
