"""A speaker phrase analysed for `Speakers` (registry.py): what a phrase, no pronoun,
says of its speaker (name, role, kind, mention, gender), kept once per wording; a
name's kind by the article's evidence; a complement after the name ("of Ohio").
"""

from __future__ import annotations

import re
from bisect import bisect_left

from tui.core.lexicon import (
    ABBREVIATIONS,
    ANONYMOUS_HEADS,
    AUTHOR_POSSESSIVES,
    AUTHOR_PRONOUNS,
    BOUND_TITLES,
    CIRCLE_NOUNS,
    COLLECTIVE_HEADS,
    COMPANY_ROLE_NOUNS,
    COMPLEMENT_PREPOSITIONS,
    CONTACT_PARTICIPLES,
    COUNTS_IN,
    CROWN_OFFICES,
    DEMONYMS_IN_IS,
    DESCRIBED_MEMBERS,
    DETERMINERS,
    DOCUMENT_ACRONYMS,
    DOCUMENT_NAME_HEADS,
    DOCUMENT_WORDS,
    FEMALE_NOUNS,
    GENDERED_POSSESSIVES,
    GOVERNMENT_PLACES,
    HOLDERS_BODIES,
    INSTITUTION_OF_HEADS,
    INTELLIGENCE_QUALIFIERS,
    INTELLIGENCE_SERVICE_MODIFIERS,
    INVARIANT_NATIONALITY_NOUNS,
    KIN_BODIES,
    KIN_PAIR_NOUNS,
    MALE_NOUNS,
    MEDIA_WORDS,
    MILITARY_RANKS,
    MUNICIPAL_BODY_NOUNS,
    NAME_CONNECTORS,
    NAME_LIKE_TITLE_SETTINGS,
    NAME_LIKE_TITLES,
    NO_ANTECEDENT_WORDS,
    NOBLE_TITLES,
    NOMINAL_CUES,
    NUMBERED_BODIES,
    OF_PRONOUNS,
    OFFICE_MODIFIERS,
    OFFICER_FIELDS,
    ORDINALS,
    ORGANIZATION_WORDS,
    PARTICIPLE_PREPOSITIONS,
    PARTY_MEMBERS,
    PLACE_MODIFIERS,
    PLURAL_HEADS,
    PLURALS_WITHOUT_S,
    POLICE_RANKS,
    POLICE_WINGS,
    POSSESSED_PLACE_HEADS,
    POSSESSED_PLACE_OWNERS,
    PRIZE_HOLDER_HEADS,
    PRIZE_PARTICIPLE_ENDS,
    RANK_MODIFIERS,
    ROLE_NOUNS,
    ROYAL_STYLES,
    SETTLEMENT_NOUNS,
    SHARE_HEADS,
    SHOP_NAME_HEADS,
    SINGULAR_QUANTIFIERS,
    STATE_ABBREVIATIONS,
    STATES_AND_PROVINCES,
    SURNAME_PLACE_HEADS,
    TITLES,
    TRADE_ROLE_NOUNS,
    US_STATES,
)
from tui.core.model import Span, SpeakerKind
from tui.core.organizations import (
    COMPANY_NOUNS,
    FELLOWSHIP_HEADS,
    MASTHEAD_WORDS,
    MEDIA_DESCRIPTORS,
    MEDIA_NOUNS,
    MEDIUM_ABBREVIATIONS,
    NAME_ADVERBS,
    ORGANIZATION_MARKERS,
    OUTLETS,
    PERSON_TRADES,
)
from tui.core.speaker_kinds import (
    BODY_KINDS,
    HEAD_CONNECTORS,
    PERSON_ROLES,
    SURNAME_TRADES,
    TextEvidence,
    appositive_head,
    body_peer,
    described_kind,
    given_name,
    marked_kind,
    people_plural,
    vessel_company,
    weakly_marked_kind,
    workplace,
)
from tui.core.speakers.appositives import _NATIONALITY, _affiliation_as, _nationality_before
from tui.core.speakers.complements import (
    _body_described_by_clause,
    _document_head,
    _participle_description,
)
from tui.core.speakers.gender import _gender, telling_given
from tui.core.speakers.kinds import (
    _PERSON_LIKE,
    _PERSONAL_TITLES,
    _bare_full_name,
    _body_after,
    _company_maker,
    _company_noun_before,
    _document_compound,
    _firm_suffix,
    _general_body,
    _legal_name_start,
    _maker_before,
    _medium_noun_before_name,
    _members_of_body,
    _opening_capital_only,
    _participle_of,
    _person_of_body,
    _proper_organization,
    _rival_name_start,
    _role_of_body,
    _service_named,
    partners_joined,
)
from tui.core.speakers.names import (
    _family_name_first,
    _group_named,
    _initialled,
    _joined_names,
    _key,
    _name_after_role,
    _name_complemented,
    _people_opening,
    _post_nominal,
    _role_as_surname,
)
from tui.core.speakers.noun_phrases import (
    _APOSTROPHES,
    _DEMONSTRATIVES,
    MEMBERS_BODY_HEADS,
    _body_at_place,
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
    _past_participle,
    _plural_head,
)
from tui.core.speakers.records import _Analysis
from tui.core.speakers.registry_names import content_pronoun
from tui.core.speakers.registry_shared import (
    _DEFINITE_OWNERS,
    _noble_role,
    _noble_title,
    _word_after,
)
from tui.core.speakers.roles import (
    _acronym_title,
    _appositive_role,
    _body_name,
    _complemented_office,
    _described,
    _described_body,
    _members_of,
    _office,
    _office_domain,
    _office_holder,
    _office_start,
    _party_before_name,
    _past_closing_mark,
    _plural_role_of,
    _possessive_seat,
    _rank_alone,
    _residence,
    _role_apposed_before,
    _role_text,
    _second_of_title,
    _style_alone,
    _title_role,
    _title_start,
    _unbound_title,
    _unit_of_body,
    _without_article,
    _without_leading_article,
    counsel_role_before,
)
from tui.core.speakers.sentences import _bare_noun_heading, _common_word, _opens_line_or_sentence
from tui.core.speakers.tokens import (
    _CONJUNCTIONS,
    _NOUN_WORDS,
    _ONE_OF_MANY,
    _ROLES_OR_TITLES,
    FIRM_POSSESSIVE_CUE,
    INDEFINITE_WORDS,
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
    tokens,
    without_possessive,
)
from tui.core.text import alternation

_TRADES = COMPANY_ROLE_NOUNS | TRADE_ROLE_NOUNS  # a role before a name, if it opens the phrase
_ROLES_NOT_MEDIA = ROLE_NOUNS - MEDIA_WORDS
# A party member is a person, whatever body's word places them: "a House Republican".
# ... nor a place's guards or staff, its people who speak as one: "Hospital security said",
# "according to airport security", "Hospital staff said" (a group, as "campus security" is).
_ROLES_NOT_ORGANIZATION = (
    (ROLE_NOUNS - ORGANIZATION_WORDS) | PARTY_MEMBERS | frozenset({"security", "staff"})
)


def _owned_by_body(pre: list[Token]) -> bool:
    """Whether the words before a name end in the possessive of a known outlet or
    organization: "Sportsnet's", "the Harbour Alliance's"."""
    if not pre or not _possessive(pre[-1].word):
        return False
    words = [t.word for t in pre[-3:]]
    words[-1] = words[-1][:-2]
    return any(marked_kind(words[k:]) in BODY_KINDS for k in range(len(words)))


# Military ranks that are also common adjectives, no role noun alone: "Major", "Private".
_ADJECTIVE_RANKS = MILITARY_RANKS - ROLE_NOUNS - TITLES - RANK_MODIFIERS
# Words that are a title only before a given name and a surname, a name's word elsewhere: a
# rank that is an adjective ("Major Tom Reyes", "Major League Soccer"), a title that is a
# name ("Dean Patricia Olufemi", "Dean Martin").
_TITLES_BEFORE_FULL_NAMES = _ADJECTIVE_RANKS | NAME_LIKE_TITLES

_OUTLET_OR_FIRM = frozenset({"media", "organization"})
# Words between a complement's preposition and the name: "of *the* Acme Fund", "of *the late*
# Tom Vale".
_BEFORE_COMPLEMENT_NAME = frozenset({"the", "late"})

_DESCRIPTION_OPENERS = _DEFINITE_OWNERS - {"its"}  # a person's: "the", "his", "her", "their"

_ALL_PEOPLE = frozenset({"everyone", "everybody"})  # "Everyone at the meeting agreed": many

# A person's titles of courtesy as written before a surname ("Ms. Index", "Dr Index"), by
# the heads of the capitalised words they are (`_after_courtesy_titles`).
_COURTESY_HEADS = frozenset(title.capitalize() for title in _PERSONAL_TITLES)
_NON_SPACE = re.compile(r"\S+")  # the word after a title: "Index," of "Ms. Index, 52,"

# A state or province after a town's comma: ", Calif.", ", Ohio", ", Nova Scotia", ", N.B."
# (its initials).
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


class PhraseAnalysis:
    """What a phrase says of its speaker (mixed into `Speakers`)."""

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

    def _named_possessive(self, toks: list[Token]) -> bool:
        """Whether capitalised words ending in a possessive are a firm's name as written
        ("Moody's", "Sainsbury's", "Standard & Poor's") before the verb it speaks by; no given
        name opens them and the text gives no person that surname ("Hale's" after "Ann Hale"
        is hers, "Lund's boat" an owner's)."""
        bare = toks[-1].word[:-2]
        after = toks[-1].end + 1
        return (
            self._text[toks[-1].end : after] == " "
            and FIRM_POSSESSIVE_CUE.match(self._text, after) is not None  # "Moody's said"
            and all(t.capitalized or t.word == "&" for t in toks)
            and not given_name(toks[0].word)  # "Ivy Lund's": hers
            and not self._known_surname(bare)
        )

    def _analyse(self, phrase: Phrase) -> _Analysis:
        """What a non-pronoun phrase says of its speaker: name, role, kind, mention, gender."""
        text = self._text
        toks = list(phrase.tokens) or tokens(text, phrase.span[0], phrase.span[1])
        if len(toks) == 1 and toks[0].lower in AUTHOR_POSSESSIVES:
            # "My guess is that ...": the author's view, held by "I" ("our": "we")
            return _Analysis(AUTHOR_POSSESSIVES[toks[0].lower], None, "person", True, phrase.span)
        if (
            len(toks) > 1
            and toks[-1].lower in DESCRIBED_MEMBERS
            and toks[0].lower in DETERMINERS
            and (len(toks) > 2 or toks[-1].lower not in INVARIANT_NATIONALITY_NOUNS)
            and not (toks[0].word[0].isupper() and " ".join(t.lower for t in toks) in OUTLETS)
        ):
            # "the 52-year-old Republican"; not "The Japanese", a people perhaps, nor a paper
            # ("The Australian reported")
            toks[-1] = toks[-1]._replace(word=toks[-1].lower)
        acronym = _acronym_title(toks)
        if acronym is not None:  # "the MP", "the SP", a headline's "PM": as "the senator"
            toks[acronym] = toks[acronym]._replace(word=toks[acronym].lower)
        if toks[-1].lower in DOCUMENT_ACRONYMS:
            toks[-1] = toks[-1]._replace(word=toks[-1].lower)  # "the FAQ": as "the notice"
        if len(toks) == 2 and f"{toks[0].lower} {toks[1].lower}" in NO_ANTECEDENT_WORDS:
            toks[0] = toks[0]._replace(word=toks[0].lower)  # "No one expected": nobody's name
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
            and (_common_word(text, toks[0]) or toks[0].lower in OFFICE_MODIFIERS)
        ):
            # "Hospital board defends overhaul" atop "the hospital": a common word opening
            # the sentence, before the rest in lower case, names nobody; nor does a role's
            # modifier ("Former planner says ...")
            toks[0] = toks[0]._replace(word=toks[0].lower)
        possessive_last = len(toks[-1].word) > 2 and _possessive(toks[-1].word)
        firm_possessive = possessive_last and self._named_possessive(toks)
        if possessive_last and not firm_possessive:
            last = toks[-1]  # "Hale’s": the name is "Hale"
            toks[-1] = Token(last.start, last.end - 2, last.word[:-2], last.lower[:-2])
        title = _noble_title(toks)
        if (
            title is None
            and len(toks) == 2
            and toks[0].lower == "the"
            and toks[1].lower in NOBLE_TITLES
            and toks[1].capitalized
        ):
            title = 1  # "the Duke", "the Earl" after "the Duke of Kent": by the title, no name
        if _royal_style(toks):  # "His Majesty", "Her Royal Highness": a person by the style
            span = (toks[0].start, toks[-1].end)
            head = toks[-1].lower
            gender = "he" if toks[0].lower == "his" else "she"
            return _Analysis(
                text[span[0] : span[1]],
                None,
                "person",
                False,
                span,
                head,
                gender,
                frozenset({head}),
                True,
            )
        if title is not None and phrase.appositive is not None:
            # "The Duke of Brill, Prince Tom, said": the person named, the title the role
            named = self._analyse(_phrase_of(tuple(tokens(text, *phrase.appositive))))
            if named.kind == "person" and named.named:
                return named._replace(role=text[toks[title].start : toks[-1].end])
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
            # "the" goes only before the body's own name, not before its owner's ("The
            # army's Joint Chiefs of Staff" whole)
            cut = toks[0].lower == "the" and _office_body_start(toks) == 1
            name = text[toks[int(cut)].start : toks[-1].end]
            return _Analysis(name, None, "organization", True, span, words[-1])
        served = _owned_served_office(toks)
        if served is not None:  # "the state's Office of Consumer Counsel": the office
            mention = (toks[served].start, toks[-1].end)
            name = text[mention[0] : mention[1]]
            return _Analysis(name, None, "organization", True, mention, words[served])
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
                and not _adjective_rank(text, toks, k - 1)  # "Major Tom Reyes"
                and not _affiliation_as(toks, k)  # "a driver who identified himself as Syrian"
                # "Acme’s Tom Hale": a name never is one; but "Regent's Park" is one name
                and (
                    not _possessive(toks[k - 1].word)
                    or _possessed_place(toks, k - 1)
                    or _members_possessive(toks, k - 1)
                    or (firm_possessive and k == len(toks))  # "Moody's said"
                )
                and not (words[k - 1] in PARTY_MEMBERS and _party_before_name(toks, k))
                # "Promoter Apex Live", "Steelmaker Ostrava": the trade opening the phrase
                and not (
                    k == 1 and len(toks) > 1 and (words[0] in _TRADES or _maker_before(toks[:1]))
                )
                and not _surname_trade_before_name(toks, k - 1)  # "Farmer Mere Pohatu"
                # "SSP Operations Ayesha Khalid": the rank's wing, no given name
                and not (words[k - 1] in POLICE_WINGS and k >= 2 and words[k - 2] in POLICE_RANKS)
                or _in_surname(toks, k - 1)  # "Mr van der Berg"
                or (toks[k - 1].word in _APOSTROPHES and _members_possessive(toks, k - 1))
                # "the Ontario Nurses' Association": the members' plural, a role or not
                or (k < len(toks) and toks[k].word in _APOSTROPHES and _members_possessive(toks, k))
                or _numbered_body(toks, k - 1)  # "Teamsters Local 12", a role its word before
                or _group_named(toks[k - 1 :])  # "... and Parents United": a group's name
                or _inner_article(toks, k - 1)  # "Rage Against the Machine"
                # "Hartley & Voss": the "&" of a firm's partners, inside its name
                or (toks[k - 1].word == "&" and 2 <= k < len(toks) and partners_joined(toks, k - 1))
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
        if (
            0 < k
            and words[k - 1] in NAME_CONNECTORS
            and not _name_complemented(toks, k - 1)
            and not _people_of_name(toks, k)  # "The Veterans of Foreign Wars": one name
        ):
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
                # "the widow of a diver killed off Malta": a place at sea, after a past
                # participle
                or (
                    titled >= 2
                    and words[titled - 1] == "off"
                    and _past_participle(toks[titled - 2])
                )
                or _participle_description(self._text, toks, titled) is not None
            )
        ):
            name_toks = []
        elif phrase.words[-1] == "…" and _body_name_ends(toks, k):
            # "a spokesperson for the Department of Health and Social Care": all of it the role
            name_toks, k = [], len(toks)
        pre = toks[:k]
        elided = len(phrase.words) > 1 and phrase.words[-1] == "…"  # not "…" alone, in noise
        head = (phrase.words[-2] if elided else words[-1]).lower().rstrip("’'")
        own_kind = _proper_organization(toks)
        # "Ann Tully of Dorn Police", "... of the coast guard": read only if no kind is yet
        body = _person_of_body(toks) if own_kind is None else None
        own_kind = (
            own_kind or (_service_named(words) if body is None else None) or _group_named(toks)
        )
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
        body = body if kind is None else None
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
            of = _owned_body_of(toks, conjunction)
            if of is not None:  # "the provincial Ministry of Forestry and Parks": one name
                return self._analyse(_phrase_of(tuple(toks[of - 2 :]), phrase.appositive))
            joined = _joined_names(text, toks, conjunction)  # "Tom Hale and Ann Lee"
            first = bisect_left(toks, (joined.span[0],)) if joined is not None else 0
            if first >= 2 and _plural_role_of(toks, first):
                # "the ministers of France and Italy": the names complement the role
                return self._complemented(phrase, toks, first) or joined
            if joined is not None and not _people_in_places(toks, first):
                return _with_plural_appositive(joined, appositive_role)
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
            or (  # "the operator", not "the operator, who asked not to be named"
                words == ["the", head]
                and head in COMPANY_ROLE_NOUNS
                and not (phrase.appositive and text.startswith("who ", phrase.appositive[0]))
            )
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
            # "Ms King": a role's word for surname after a title only a surname follows
            and not (len(name_toks) == 1 and noun_head and not _role_as_surname(toks, k))
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
            given = telling_given([t.lower for t in name_toks]) if len(name_toks) > 1 else ""
            gender = _gender(described, given)
            kind = self._name_kind(name_toks, pre, appositive_role, gender)
            if kind == "person" and _body_peer(text, pre, phrase.appositive, name_toks[0].word):
                kind = "organization"  # "its neighbour Altavia": a body like the one "its" is
            if kind == "unknown" and firm_possessive:
                kind = "organization"  # "Moody's said", "Sainsbury's said": a firm's name
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
                # "to see the executive mayor, Cllr Ann Dube": the office apposed before the
                # titled name, outside its phrase; "the mayor" later is her
                apposed_before = (
                    _role_apposed_before(text, name_toks[0].start)
                    if phrase.appositive is None and _titles_alone(pre)
                    else None
                )
                if apposed_before is not None:
                    described = _described(pre, apposed_before)
                counsel = counsel_role_before(text, toks[0].start)  # "Prosecuting, Ms Ann Vane"
                if counsel is not None:
                    described = described | frozenset(counsel.split())  # "the prosecutor" later
                role = (
                    at_body
                    or counsel
                    or (appositive_role if _rank_alone(pre) and _office(appositive_role) else None)
                    or (
                        appositive_role
                        if _style_alone(pre)
                        and phrase.appositive
                        and phrase.appositive[1] < name_toks[0].start
                        and _office(appositive_role)
                        else None
                    )
                    # "Prince Tom, the Duke of Brill,": the title he holds, over "Prince"
                    or (appositive_role if _noble_role(appositive_role) else None)
                    or apposed_before
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
        document = document or _document_compound(words)  # "the official gazette"
        if is_media and not document and (head not in _ROLES_NOT_MEDIA or outlet):
            noun = _medium_noun_before_name(toks)
            if noun is not None:  # "trade publication Pollstar Weekly": its noun a role
                first = 1 if toks[0].lower in DETERMINERS else 0
                role = text[toks[first].start : toks[noun].end]
                mention = (toks[noun + 1].start, toks[-1].end)
                name = text[mention[0] : mention[1]]
                described = frozenset(_key(role).split())  # "the agency" finds it again
                return _Analysis(name, role, "media", True, mention, head, None, described)
            named = _medium_named(toks)
            return _Analysis(_without_article(text, toks), None, "media", named, span, head)
        if document and head == "intelligence" and _intelligence_service(toks):
            return _Analysis(text[span[0] : span[1]], None, "organization", False, span, head)
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
            # "the Labour Force Survey": a body's word only modifies a document's own name
            titled_document = (
                named
                and head == own_words[-1].lower
                and head in DOCUMENT_NAME_HEADS
                and marked_kind([t.word for t in own_words]) == "document"
            )
            # its appositive's role: "the Council on Planning, an advisory body, said"
            kind = "document" if titled_document else "organization"
            return _Analysis(name, appositive_role, kind, named, span, head)
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
        # Nor by that capital before one person's role in lower case ("Defence counsel added",
        # "Legal counsel said"): a description.
        described_role = (
            kind == "person" and not own and len(toks) == 2 and head in ROLE_NOUNS
        ) and toks[1].word.islower()
        first = (
            own + 1
            if (collective or described_role) and _opens_line_or_sentence(text, toks[own].start)
            else own
        )
        # nor by a prize's capital: "the Oscar winner", "the Grammy-winning singer"
        prized = head in PRIZE_HOLDER_HEADS or "-" in name
        named = not _indefinite_description(words, head) and any(
            t.word[0].isupper()
            and t.lower not in DETERMINERS
            and not _nationality_before(toks, k)
            and not (prized and _prize_modifier(toks, k, head))
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
        affiliated = appositive is not None and (
            _body_name(appositive) or _described_body(appositive.split())
        )
        if affiliated:
            # "Sue Patel, of the Harbour Alliance", "of the campaign group Citizens Committee":
            # hers, not her kind
            appositive = None
        kind = described_kind([t.word for t in _office_holder(pre)], appositive)
        given = len(words) > 1 and (given_name(words[0]) or _initialled(words))
        if (
            kind == "person"
            and pre
            and people_plural(pre[-1].word.capitalize())
            and not given
            and "and" not in words
        ):
            kind = "organization"  # "Protest organisers Fair Pay Now": one body, many people
        trades = (appositive_head(appositive or ""), pre[-1].lower if pre else "")
        if (
            kind in ("organization", "media")
            and given
            and not PERSON_TRADES.isdisjoint(trades)
            and (kind == "organization" or marked_kind(words) != "media")
        ):
            # "Paola Reyes, a supplier from Lima", "cheese maker Ann Lowe", "the broadcaster
            # Desmond Hale": a person in that trade; not "the broadcaster Joy News", an
            # outlet by its own words
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
        capitals = [t.word for t in pre if t.start >= first]
        # read again only with other words before it (most names have none: `marked` again)
        if (marked if capitals == article else marked_kind(capitals + words)) == "group":
            return "group"  # "the Free Kessa Front": the capitals before it tell an armed one
        if _group_named(name_toks):
            return "organization"  # "the campaign Clean Rivers Now"
        last = words[-1]
        if article and len(words) == 1 and self._family_by_surname(last):
            return "group"  # "The Rydels say" after "Tomasz Rydel": his family
        if gender is not None or given or self._known_surname(last):
            return "person"
        if len(words) > 1 and _family_name_first(" ".join(words)):
            return "person"  # "Lim Boon Huat", "Choi Dong-woo": a family name written first
        if " ".join(w.lower() for w in words) in GOVERNMENT_PLACES:
            return "organization"  # a country speaks through its government
        if (
            " ".join(words) in self._organization_openers()
            and content_pronoun(self._text, name_toks[-1].end) is None  # "Morgan said he"
            and not (len(words) == 1 and self._person_told(last))
        ):
            return "organization"  # "SkyBridge said" after "SkyBridge Airlines"; not "Morgan
            # said he ..." after "Morgan Stanley Capital", nor "Harris" after "Dr. Harris"
        kind = weakly_marked_kind(words) or self._text_evidence().kind(last)
        # "Kiri Moana, of the Harbour Alliance", "Sportsnet's Blair Marrin": someone of a
        # body; not a word alone ("Orvell, of the Vantor Group": a unit of the group, perhaps)
        affiliated = affiliated or _owned_by_body(pre)
        if kind is None and len(words) > 1 and workplace(self._text, " ".join(words)):
            return "organization"  # "a glaciologist at ETH Zurich ... according to ETH Zurich"
        return kind or ("person" if affiliated and len(words) > 1 else "unknown")

    def _family_by_surname(self, word: str) -> bool:
        """Whether `word` is the plural of a surname the text gives a person ("Rydels" after
        "Tomasz Rydel", "Joneses" after "Ann Jones"): the family, as "the Rydels"."""
        if not word.endswith("s") or len(word) < 4:
            return False
        return self._known_surname(word[:-1]) or (
            word.endswith("es") and self._known_surname(word[:-2])
        )

    def _person_told(self, surname: str) -> bool:
        """Whether the text tells elsewhere that a surname, an organization's word, is a
        person's ("Ann Index"): a courtesy title before it ("Ms. Index"), an age or "who"
        after it."""
        if self._text_evidence().kind(surname) == "person":
            return True
        # a title and the surname written anywhere (as "Ms. Index" in the text, so "Ms.
        # Indexer" too): the surname opens a word after a title, found by a look-up
        after = self._after_courtesy_titles()
        at = bisect_left(after, surname)
        return at < len(after) and after[at].startswith(surname)

    def _after_courtesy_titles(self) -> list[str]:
        """The words the text writes after a title of courtesy and a space ("Index," of
        "Ms. Index,"), sorted, so that those a word opens stand together; read once."""
        if self._courtesy_followers is None:
            # looked up among the capitalised words, not by a pattern of the titles, which
            # opens with a set of capitals tried at every character of the text
            text = self._text
            followers = []
            for title, start in self._capitalised_words().words(_COURTESY_HEADS):
                space = start + len(title)
                space += text.startswith(". ", space)  # "Ms. Index": past the title's dot
                word = _NON_SPACE.match(text, space + 1) if text[space : space + 1] == " " else None
                if word is not None:
                    followers.append(word.group())  # "Index," (a title it holds is met too)
            self._courtesy_followers = sorted(followers)
        return self._courtesy_followers

    def _organization_openers(self) -> set[str]:
        """The names the text writes before a capitalised organization marker ("SkyBridge"
        and "Blue Harbor" of "SkyBridge Airlines" and "Blue Harbor Group"): the capitalised
        words, one to three, before it, and the first of several ("Blue"). Found once, among
        the capitalised words."""
        if self._openers is None:
            text = self._text
            self._openers = set()
            for _, start in self._capitalised_words().words(_MARKER_HEADS):
                run = text[max(0, start - 48) : start].split(" ")[-4:-1]
                if text[start - 1 : start] != " " or not run:
                    continue
                first = len(run)
                for n in range(len(run)):
                    if not (run[-1 - n].isalpha() and run[-1 - n][0].isupper()):
                        break
                    first = len(run) - 1 - n
                    self._openers.add(" ".join(run[first:]))
                if first < len(run) - 1:  # and the first word of several, a short form:
                    self._openers.add(run[first])  # "Kestrel" of "Kestrel Urban Developments"
        return self._openers

    def _text_evidence(self) -> TextEvidence:
        if self._evidence is None:
            self._evidence = TextEvidence(self._text)
        return self._evidence

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
            name = self._text[before.start : span[1]]
            return _Analysis(name, None, "group", True, span, before.lower)
        if toks[k - 1].lower == "at" and _body_at_place(toks, k - 1):
            # "The Sanctuary at Hohenwald said": one body's name, its place inside it
            span = (before.start, toks[-1].end)
            name = self._text[span[0] : span[1]]
            return _Analysis(name, None, "organization", True, span, before.lower)
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
            before.lower not in _ROLES_OR_TITLES
            or before.lower in BOUND_TITLES
            # a crown's office after a name is a surname: "Mayor Ann King of Brampton"
            or (before.lower in CROWN_OFFICES and k >= 3 and _name_before_crown(toks[k - 3]))
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
                self._residence(toks, k, found.role is None or self._described_before(phrase))
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

    def _described_before(self, phrase: Phrase) -> bool:
        """Whether the phrase's appositive before it is an indefinite description ("Another
        owner, Sofia Marchetti of Windsor, Ontario,", "A resident, ..."): one of many, whose
        noun no place completes as an office's does ("the mayor, Tom Hale of Reno, Nev.")."""
        if phrase.appositive is None or phrase.appositive[1] > phrase.span[0]:
            return False
        opening = self._text[phrase.appositive[0] : phrase.appositive[1]].split(" ", 1)[0]
        return opening.lower() in INDEFINITE_WORDS

    def _residence(self, toks: list[Token], k: int, roleless: bool) -> bool:
        """Whether the name after "of" (toks[k:]) says where a person lives: a state ("Sen.
        Ann Lee of Ohio"); for a person of no role (`roleless`), whose office it cannot
        complete as in "Ambassador Ann Lee of Norway" or "Mayor Tom Hale of Reno, Nev.", a
        country or a capital ("Tom Hale of London") or a town before a state's name or its
        initials ("Ann Lee of Fresno, Calif.,", "Ann Lee of Moncton, N.B.,"), or a settlement's
        noun in lower case ("Ann Lee of the village")."""
        text = self._text
        place = _key(text[toks[k].start : toks[-1].end])
        if place in US_STATES:
            return True
        if not roleless:
            return False
        if place in GOVERNMENT_PLACES:
            return True
        if len(toks) - k == 2 and toks[k].lower == "the" and toks[-1].word in SETTLEMENT_NOUNS:
            return True  # "Ann Lee of the village": where she lives, no body she serves
        state = _STATE_AFTER.match(text, toks[-1].end)
        if state is None:
            return False
        if state["initials"]:
            return True  # "Ann Lee of Moncton, N.B.,"
        name = state["state"].lower()
        if state["dot"] and name in STATE_ABBREVIATIONS:
            return True  # "Ann Lee of Fresno, Calif.,", "of Red Deer, Alta.,"
        return name in US_STATES or name in STATES_AND_PROVINCES


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


def _one_office(words: list[str], head: str) -> bool:
    """Whether a phrase's head, one of the anonymous heads, is an office by the field before
    it (`OFFICER_FIELDS`): "the medical officer of health", "the chief financial officer"
    describe the one holder; "the officer", "the police officer" do not."""
    if head != "officer" or head not in words:
        return False
    at = words.index(head)
    return at > 0 and words[at - 1] in OFFICER_FIELDS


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


def _owned_body_of(toks: list[Token], conjunction: int) -> int | None:
    """Where the name after "of" opens in a body's name after a lower-case owner or
    modifier, the conjunction at `conjunction` inside that name ("the provincial Ministry of
    *Forestry and Parks*", "the state Department of *Fish and Wildlife*"): as
    `_body_of_named`, all words after "of" the name's. None if not so: a person's name, a
    title, a role or another body after it ("the state Board of Elections and Ann Lee", "...
    and Premier Ann Lee", "... and Acme Corp")."""
    for k in range(3, conjunction):
        if toks[k - 1].lower == "of" and _body_of_named(toks, k):
            rest = toks[k:]
            own = all(t.capitalized or t.lower in NAME_CONNECTORS for t in rest) and not any(
                t.lower in TITLES or t.lower in PERSON_ROLES or t.lower in ORGANIZATION_WORDS
                for t in rest
            )
            return k if own and not given_name(toks[conjunction + 1].word) else None
    return None


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
    Ministers of Finance"): kin and friends, or a plural of people that is no role; without
    "the", a plural of fellowship ("Knights of Columbus", not "Friends of Ann Lee")."""
    if k == 2:
        return (
            toks[0].lower in FELLOWSHIP_HEADS
            and _named_people(toks, k)
            and not given_name(toks[k].word)
        )
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
        or head.lower in FELLOWSHIP_HEADS  # "The Veterans of Foreign Wars"
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


def _intelligence_service(toks: list[Token]) -> bool:
    """Whether "intelligence" ending `toks` is the services that gather it, after a state's
    name or adjective in capitals or a modifier of `INTELLIGENCE_SERVICE_MODIFIERS` ("U.S.
    intelligence", "British intelligence", "Military intelligence"), not what they gather
    ("The intelligence", "the leaked intelligence", "Fresh intelligence", "Human
    intelligence")."""
    k = len(toks) - 2
    if k >= 1 and toks[k].word == ".":
        k -= 1  # "U.S. intelligence"
    if k < 0:
        return False
    state = toks[k]
    return state.lower in INTELLIGENCE_SERVICE_MODIFIERS or (
        k == 0
        and (
            state.word.replace(".", "").isupper()  # "U.S.", "UK"
            or state.lower in GOVERNMENT_PLACES
            or (_nationality(state) and state.lower not in INTELLIGENCE_QUALIFIERS)
        )
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


def _medium_named(toks: list[Token]) -> bool:
    """Whether a medium's capitalised words name it ("Kyodo news agency", "Iran's Press TV",
    "the official KCNA news agency", "Xinhua state news agency", "Iran's IRNA state news
    agency"), not only whose it is and what kind ("Iranian state media", "the North's state
    television", "China state TV", "North Korean state media", "State media" opening a
    sentence). After the last possessive, any capitalised word names it but a word of whose
    or what kind (`_medium_kind_word`: "state", "Iranian", "North", "China") before a common
    word ("media", "TV") or another such word."""
    owner = max((k for k, t in enumerate(toks[:-1]) if _possessive(t.word)), default=-1)
    for k in range(owner + 1, len(toks)):
        t = toks[k]
        if not t.word[0].isupper() or t.lower in DETERMINERS or _common_medium_word(t):
            continue
        after = toks[k + 1] if k + 1 < len(toks) else None
        kind = _medium_kind_word(toks, k)
        if not (kind and after is not None):
            return True
        if not (_common_medium_word(after) or _medium_kind_word(toks, k + 1)):
            return True
    return False


def _medium_kind_word(toks: list[Token], k: int) -> bool:
    """Whether toks[k] says whose a medium is or what kind: a word of `MEDIA_DESCRIPTORS`, a
    compass word ("North"), a country or capital (`GOVERNMENT_PLACES`), or a nationality,
    but not a masthead of that shape, one capitalised word alone after a capital "The"
    before the outlet's noun ("The Oregonian newspaper", "The Republican newspaper"; "The
    Iranian media", "The Chinese state media" stay whose)."""
    t = toks[k]
    if t.lower in MEDIA_DESCRIPTORS or t.lower in PLACE_MODIFIERS:
        return True
    if t.lower in GOVERNMENT_PLACES:
        return True
    if not _nationality(t):
        return False
    masthead = (
        k == 1
        and toks[0].word == "The"
        and all(_common_medium_word(u) for u in toks[2:])
        and len(toks) > 2
        and toks[2].lower not in MEDIA_DESCRIPTORS
        and toks[2].lower not in _COLLECTIVE_MEDIA_NOUNS
    )
    return not masthead


def _common_medium_word(token: Token) -> bool:
    """Whether a word is written as a common word: in lower case, or "TV"."""
    return token.word.islower() or token.lower in MEDIUM_ABBREVIATIONS


# The nouns of a country's media as a whole ("The Iranian media", "the Israeli press"), not
# of one paper whose name a demonym's shape can take ("The Oregonian newspaper").
_COLLECTIVE_MEDIA_NOUNS: frozenset[str] = frozenset({"media", "press", "outlets"})


def _nationality(token: Token) -> bool:
    """Whether a capitalised word is a nationality ("Iranian", "Chinese", "Iraqi"), not an
    outlet's name of that shape ("Guardian", "Nikkei")."""
    if token.lower in MEDIA_WORDS or _NATIONALITY.fullmatch(token.word) is None:
        return False
    return not token.word.endswith("i") or token.word + "s" in DEMONYMS_IN_IS


def _office_body_name(toks: list[Token]) -> bool:
    """Whether "the", capitalised words and "of" make the name of a body by the plural of
    its members' office, a capitalised word before it, and a common noun after "of" ("the
    Joint Chiefs of Staff", "South Korea's Joint Chiefs of Staff"; not "The Chiefs of Police"
    alone, "the Senate Republicans", "The Mothers of Parva Street", nor "The Regional Directors
    of Halvorsen", people holding an office at a named body)."""
    first = _office_body_start(toks)
    if first is None or len(toks) < first + 4:
        return False
    of = next((k for k, t in enumerate(toks) if t.lower == "of"), 0)
    if of < first + 2 or of + 1 == len(toks):
        return False
    office = toks[of - 1]
    return (
        office.lower.endswith("s")
        and office.lower[:-1] in ROLE_NOUNS
        and office.lower not in PARTY_MEMBERS
        and all(t.capitalized or t.lower in {"of", "the"} for t in toks[first:])
        and toks[of + 1].capitalized
        and toks[-1].lower in _NOUN_WORDS
    )


def _office_body_start(toks: list[Token]) -> int | None:
    """Where the name of a body by its members' office starts: after "the" or after its
    owner's possessive ("South Korea's Joint Chiefs of Staff", "the army's ..."); None when
    neither opens the phrase."""
    owned = next((k + 1 for k in range(min(3, len(toks))) if _possessive(toks[k].word)), None)
    return 1 if owned is None and toks[0].lower == "the" else owned


def _owned_served_office(toks: list[Token]) -> int | None:
    """Where an institution named for the role it serves starts after its owner's possessive
    ("the state's *Office of Consumer Counsel*", "the agency's *Office of the Inspector
    General*"), its noun and "of" first: the office, no holder of the role its name ends in;
    None else ("the company's Chief Executive", "Acme's Tom Hale", and "the city's Department
    of Transportation", whose name the trailing capitals already make)."""
    last = toks[-1].lower if toks else ""
    if len(toks) < 4 or (last not in TITLES and last not in PERSON_ROLES):
        return None  # no role ending the phrase: the common case, told at once
    start = _office_body_start(toks)
    if start is None or start == 1 or len(toks) < start + 3:
        return None
    opens = toks[start].capitalized and toks[start].lower in ORGANIZATION_MARKERS
    if not opens or toks[start + 1].lower != "of":
        return None
    return start if _proper_organization(toks[start:]) == "organization" else None


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


def _with_plural_appositive(joined: _Analysis, appositive_role: str | None) -> _Analysis:
    """Two names joined (`_joined_names`) with the role of their appositive when it is
    plural or a pair's ("Callum's parents, Brendan and Siobhan Doherty,", "Ann Lee and Tom
    Hale, the club's co-owners,"); not a singular one, the second name's alone ("Ann Lee and
    Tom Hale, the mayor's aide,"), nor over a role before the names."""
    if joined.role or not appositive_role:
        return joined
    head = appositive_head(appositive_role)
    if not (_plural_head(head) or head in KIN_PAIR_NOUNS):
        return joined
    return joined._replace(role=appositive_role)


def _adjective_rank(text: str, toks: list[Token], i: int) -> bool:
    """Whether toks[i] is a military rank that is also an adjective, or a title that is also
    a name (`_TITLES_BEFORE_FULL_NAMES`), capitalised before a given name a list knows and a
    surname: the person's role ("Major Tom Reyes", "Dean Patricia Olufemi"), not a name's
    word ("Major League Soccer", "Private Eye", "Dean Martin"). A title that is a given name
    itself is one only in a text that tells its setting (`NAME_LIKE_TITLE_SETTINGS`): "Dean
    Michael Walsh, 34," in a court report is a given name and a middle one."""
    return (
        toks[i].lower in _TITLES_BEFORE_FULL_NAMES
        and toks[i].capitalized
        and i + 2 < len(toks)
        and given_name(toks[i + 1].word)
        and toks[i + 2].capitalized
        and (not given_name(toks[i].word) or _TITLE_SETTING.search(text) is not None)
    )


# A word of the setting of a title that is also a given name ("the university", "Campus").
_TITLE_SETTING = re.compile(r"(?i:\b(?:" + alternation(NAME_LIKE_TITLE_SETTINGS) + r")\b)")


def _royal_style(toks: list[Token]) -> bool:
    """Whether `toks` are a royal style of address: "His" or "Her", "Royal" if any, then
    "Majesty" or "Highness", in capitals ("His Majesty", "Her Royal Highness")."""
    return (
        2 <= len(toks) <= 3
        and toks[0].lower in GENDERED_POSSESSIVES
        and toks[-1].lower in ROYAL_STYLES
        and all(t.capitalized for t in toks)
        and (len(toks) == 2 or toks[1].lower == "royal")
    )


def _crown_in_name(toks: list[Token], i: int) -> bool:
    """Whether the office of a crown toks[i] ends a name ("Burger King", "Dairy Queen"):
    capitalised, last in the phrase, after a capitalised word that is no title, role,
    nationality or "Crown" ("Crown Prince", "the Danish Queen" are offices)."""
    if not (0 < i == len(toks) - 1 and toks[i].lower in CROWN_OFFICES and toks[i].capitalized):
        return False
    return _name_before_crown(toks[i - 1])


def _name_before_crown(before: Token) -> bool:
    """Whether the word before an office of a crown makes it a name's last word: capitalised,
    no title, role, nationality or "Crown" ("Dana King", not "Crown Prince", "Danish Queen")."""
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


_IRREGULAR_PLURALS = frozenset(
    {"women's", "women’s", "men's", "men’s", "children's", "children’s", "people's", "people’s"}
)


def _members_possessive(toks: list[Token], k: int) -> bool:
    """Whether toks[k], a plural's possessive (an apostrophe after a capitalised word in
    "s", or "Women's"), names the members of the body whose capitalised head follows it:
    "the Renters' Alliance", "the Women's Institute" (one name, not an owner's)."""
    if k + 1 >= len(toks) or not toks[k + 1].capitalized:
        return False
    if toks[k + 1].lower not in MEMBERS_BODY_HEADS:
        return False
    if toks[k].word in _APOSTROPHES:
        return k > 0 and toks[k - 1].capitalized and toks[k - 1].lower.endswith("s")
    return toks[k].lower in _IRREGULAR_PLURALS


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


def _body_peer(text: str, pre: list[Token], appositive: Span | None, first: str) -> bool:
    """Whether the words before a name, or its appositive, end in "its" and a body's peer noun
    (`body_peer`: "its northern neighbour Altavia", "Altavia, its neighbour,", "its rival
    Brel Foods"), and the name opens with no given name `first` and follows no title ("Mr.
    Okafor, its neighbour": a person)."""
    before = [t.lower for t in pre]
    titles = [w for w in before if w != "."][-1:]
    if given_name(first) or (titles and titles[0] in TITLES):
        return False
    for words in (
        before,
        text[slice(*appositive)].lower().split() if appositive else [],
    ):
        if body_peer(words[-2:]) or body_peer(words[-3:]):
            return True
    return False


def _surname_trade_before_name(toks: list[Token], k: int) -> bool:
    """Whether toks[k] opens the phrase with a trade that is a surname too, before a name of
    two capitalised words: "Farmer Mere Pohatu", "Baker Ann Lee" (not "Tom Cook", "Farmer
    Brown": a surname may be all of the name)."""
    return (
        k == 0
        and len(toks) > 2
        and toks[0].lower in SURNAME_TRADES
        and toks[1].capitalized
        and toks[2].capitalized
    )


def _body_name_ends(toks: list[Token], k: int) -> bool:
    """Whether the capitalised words from toks[k] on end a body's name after a conjunction,
    the fields of the body named after its noun and "of" or "for": "the Department of Health
    and Social Care", "the Ministry of Housing, Communities and Local Government" (no "Social
    Care" joined to a person)."""
    if k < 4 or k == len(toks) or toks[k - 1].lower not in _CONJUNCTIONS:
        return False
    if given_name(toks[k].word):
        return False  # "a lawyer for the Board of Trade and Tom Hale": his name
    j = k - 2
    while j >= 0 and (toks[j].capitalized or toks[j].word == ","):
        j -= 1
    return (
        1 <= j < k - 2
        and toks[j].lower in HEAD_CONNECTORS  # between a body's noun and its fields
        and toks[j - 1].capitalized
        and toks[j - 1].lower in INSTITUTION_OF_HEADS
    )


def _titles_alone(pre: list[Token]) -> bool:
    """Whether the words before a name are titles and their periods only ("Cllr", "Sen.")."""
    return bool(pre) and all(t.word == "." or t.lower in TITLES for t in pre)


def _prize_modifier(toks: list[Token], k: int, head: str) -> bool:
    """Whether the capitalised toks[k] is a prize's name describing the one a description
    names, no name of theirs: before a holder's head ("the *Oscar* winner", "the *Booker
    Prize* finalist") or joined to a participle of winning ("the *Grammy-winning* singer")."""
    if toks[k].lower.endswith(PRIZE_PARTICIPLE_ENDS):
        return True
    return head in PRIZE_HOLDER_HEADS and k < len(toks) - 1 and toks[-1].lower == head
