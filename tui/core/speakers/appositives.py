"""A name and its appositive before a cue: "Name, a lawyer, said", "Her neighbor, Tom Hale,
said", "Kall -- co-editor of a book -- said", "Ray Dunn, a farmer who ..."; with what may stand
inside the commas (an age, a party and state, a place, an opening phrase) and what may not.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from tui.core.given_names import UNISEX_NAMES
from tui.core.lexicon import (
    AUXILIARY_VERBS,
    CLAUSE_CONJUNCTIONS,
    CONNECTIVE_ADVERBS,
    DETERMINERS,
    DOCUMENT_WORDS,
    IRREGULAR_VERB_FORMS,
    KIN_BODIES,
    LIST_CONJUNCTIONS,
    OF_PRONOUNS,
    OPENING_PARTICIPLES,
    OPENING_PREPOSITIONS,
    PARTITIVE_QUANTIFIERS,
    PARTY_MEMBERS,
    PERSON_PRONOUNS,
    PLACE_ABBREVIATIONS,
    PLURAL_PRONOUNS,
    POSSESSIVE_PRONOUNS,
    PREPOSITIONS,
    QUESTION_PARTICIPLES,
    RELATIVE_PRONOUNS,
    STATE_ABBREVIATIONS,
    STATES_AND_PROVINCES,
    TITLES,
    US_STATES,
)
from tui.core.model import Span
from tui.core.organizations import MEDIA_NOUNS, ORGANIZATION_NOUNS
from tui.core.speaker_kinds import PERSON_ROLES
from tui.core.speakers.complements import (
    _body_apposed,
    _name_after_named,
    _named_with_complement,
    _participle_description,
    _participle_object,
    _postmodified,
    _relative_subject,
    _role_with_complement,
    _who_head,
)
from tui.core.speakers.gender import _GIVEN_NAMES, GENDERED_NOUNS, _given_gender
from tui.core.speakers.names import _party_tag_opening
from tui.core.speakers.noun_phrases import (
    _modifier,
    _participle,
    _phrase_at,
    _plural_head,
    _proper_name,
)
from tui.core.speakers.registry_shared import _noble_title
from tui.core.speakers.sentences import _opens_line_or_sentence
from tui.core.speakers.tokens import (
    Phrase,
    Token,
    _new_phrase,
    _phrase_of,
    _possessive,
    occupation_noun,
)
from tui.core.text import AGE_WORD, DASHES

_NAME_SUFFIXES = frozenset({"inc", "corp", "co", "ltd", "llc", "plc", "jr", "sr"})  # with "."
_MAX_APPOSITIVE = 30
# The finite verbs that open a predicate, never an appositive: "..., *has* made it her issue".
_FINITE = AUXILIARY_VERBS - {"be", "been", "being"}
# The modifiers that may open an appositive in lower case after a relative aside
# ("Ms. Halvorsen, who is seeking ..., former aide").
_APPOSITIVE_OPENERS = frozenset("former longtime then now once also herself himself".split())
# Before a place of residence or work in an appositive: "a nurse from Aurora, Illinois,".
_RESIDENCE_PREPOSITIONS = frozenset("from in of near outside".split())
_TOWN_WORDS = 5  # the most tokens of a town's name before its comma: "St . John's"
# Adverbs of time before an opening preposition: "Earlier in the week", "Late on Sunday".
_OPENING_TIME_ADVERBS = frozenset("earlier later early late back shortly".split())
# Prepositions after an opening participle besides the opening ones: "Speaking to Radio 4",
# "Asked about the fares".
_PARTICIPLE_OBJECTS = frozenset({"to", "about"})
_OPENING_ADVERBIAL_WORDS = 4  # at most, before the comma: "Also speaking on Sunday,"
_MAX_PARENTHESIS = 8  # tokens searched back for the "(" of a party and state: "(R-Ohio)"
_QUOTE_MARK_TOKENS = frozenset('“”"')
_QUOTED_NAME_TOKENS = 5  # words of a name quoted inside an appositive


def _appositive_phrase(text: str, toks: list[Token], comma: int) -> Phrase | None:
    """'Name, appositive, said': the name before the first comma, with its appositive; a
    second appositive is allowed ("Name, a lawyer, one of the plaintiffs, said")."""
    last = comma
    head: Phrase | None = None
    head_comma = comma
    quoted = comma  # the opening mark of a name quoted inside ("author of “The Tide”,")
    for j in range(comma - 1, comma - _MAX_APPOSITIVE if comma >= _MAX_APPOSITIVE else -1, -1):
        if j >= quoted:
            continue
        if toks[j].word in _QUOTE_MARK_TOKENS and j == comma - 1:
            opening = _opening_mark(toks, j)
            if opening is not None:
                quoted = opening
                continue
        if toks[j].word in {";", ":", "“", "”", '"'}:
            break
        if toks[j].word != ",":
            continue
        if j == last - 1:
            break
        if head is not None and _opening_adverbial(toks, j):
            break  # "Reacting, the minister, Ann Lee, said": the opening names nobody
        if j >= 2 and toks[j - 1].word.isdigit() and toks[j - 2].word == ",":
            continue  # an age: "Schiff, 56, who ..."
        if head is None and _relative_list_comma(toks, j, comma):
            continue  # "Local 12, which represents drivers, mechanics and clerks, said"
        if _party_tag_opening(toks, j) is not None:
            continue  # "Sen. Ann Lee, D-Vt., the ranking member, said"
        if _after_residence(toks, j) and _inside_place(toks, j):
            continue  # "a welder from Dayton, Ohio, said": the state ends the appositive
        end = _before_parenthesis(toks, j - 1)  # "Rep. Jim Jordan (R-Ohio), a member, said"
        if end > 0 and toks[end].word == "." and toks[end - 1].lower in _NAME_SUFFIXES:
            end -= 1  # "Acme Corp., a maker of panels, said"
        # A noun and its relative clause ("A clerk who saw it, fearing reprisals, said"); a
        # role with a bare complement: "The head of security, Ann Lee, said".
        found = (
            _relative_subject(text, toks, end)
            or _phrase_at(text, toks, end)
            or _role_with_complement(text, toks, end)
        )
        if toks[j + 1].lower == "who":  # "An aide familiar with the plan, who ...": no noun ends it
            found = _who_head(text, toks, end, found)
        if end > 0 and toks[end].capitalized and toks[end - 1].capitalized:
            found = _name_after_named(text, toks, end) or found  # "a nurse named Ann Lee, who
        if found is not None:
            found = _one_of(toks, found)  # "One of the organizers, Ingrid Maier, wrote"
        if found is None and _pronoun_partitive(toks, end):
            # "One of them, Joel Ruiz, 34, said", "One of them, the captain, said": the
            # appositive is the speaker, the partitive tells nothing of him
            if head is None:
                # ... or its relative clause: "One of them, a trader who lives abroad, said"
                opening = toks[j + 1].start
                apposed = _phrase_at(text, toks, comma - 1)
                if apposed is None or apposed.span[0] != opening:
                    apposed = _relative_subject(text, toks, comma - 1, comma - j)
                if apposed is None and toks[j + 1].lower == "who":
                    # "One of them, who spoke on condition of anonymity, said": the one the
                    # partitive picks out, described by the clause
                    return _phrase_of(
                        tuple(toks[end - 2 : end + 1]), (opening, toks[comma - 1].end)
                    )
                return apposed if apposed and apposed.span[0] == opening else None
            break
        if found is None:
            if head is not None:
                break  # "The bridge is safe, her aide, Ann Lee, said": content, no name
            return None
        first = next(k for k in range(end, -1, -1) if toks[k].start == found.span[0])
        # "Officials from the delegation, speaking ..., said": a role with its complement, all
        # the words before the comma
        complemented = _named_with_complement(text, toks, found, first)
        if complemented is None or complemented.span[1] != found.span[1]:
            complemented, k = found, first
        else:
            k = bisect_left(toks, (complemented.span[0],))
        # "The union representing workers at the plant, Local 12, said": the union
        described = _participle_object(text, toks, complemented, k)
        if described is not None:
            complemented, k = described, bisect_left(toks, (described.span[0],))
        if complemented is not found and (
            k == 0 or toks[k - 1].word == "," or toks[k - 1].word in _QUOTE_MARK_TOKENS
        ):  # "“...,” the mother of the boy, Liam Shaw, said": all of it, after the quote
            found, first = complemented, k
        if head is not None and _opening_phrase(toks, first):
            break  # "Speaking on Radio 4, the minister, Ann Lee, said": Radio 4 says nothing
        if head is not None and _object_of_preposition(toks, first):
            # "A, it said in a release, the operator, Acme, said": no subject; but "Party
            # secretary in charge of Kerala, Ann Lee, hit back, saying": the role, all of it
            found = _role_with_complement(text, toks, end)
            if found is None:
                break
            first = bisect_left(toks, (found.span[0],))
            if first > 0 and toks[first - 1].word != ",":
                break
        if head is not None and head.words[0].lower() in POSSESSIVE_PRONOUNS:
            break  # "... the ER, its director, Ann Lee, said": the owner is in the content
        if head is None and first > 0 and toks[first - 1].word != ",":
            aside = _relative_aside_comma(toks, first)
            if aside is not None:
                # "Tom Reyes, who lives with his wife, Ana Reyes, said": the noun the name
                # is apposed to is inside the aside; the aside's antecedent speaks
                last = aside
                continue
        head, head_comma = found, j
        if first >= 2 and toks[first - 1].lower in {"of", "from"} and toks[first - 2].word == ",":
            last = first - 2  # "Name, 59, of Dover, Del., said": a place of residence
            continue
        if first == 0 or toks[first - 1].word != "," or last != comma:
            break
        last = first - 1  # the head is itself an appositive: look for the name before it
    if head is None:
        return None
    if head.appositive is not None and head.appositive[1] < head.span[0]:
        return head  # "a deckhand named Olle Brandt, who ...": the description, its role
    after_head = bisect_left(toks, (head.span[1],)) + 1  # tokens are tuples led by their start
    if toks[after_head - 1].word == "(":
        after_head = head_comma + 1  # the appositive after the comma, not the parenthesis
    if (
        toks[after_head].lower in CLAUSE_CONJUNCTIONS
        or toks[after_head].word in _FINITE
        or _predicate_after_aside(toks, bisect_left(toks, (head.span[0],)), after_head)
    ):
        # "..., and the meeting ended, said", "Lee, who seeks the nomination for president,
        # has made it her issue, arguing": a clause or the sentence's predicate, no appositive
        # (in lower case: "Tom Reyes, Will Chen's lawyer, said"; any verb after a relative
        # aside: "..., spent the week in Iowa, arguing")
        return None
    if head.words[-1] == "…" and (
        head.words[-2].lower() in KIN_BODIES or _names_kins_relative(head, toks, after_head)
    ):
        # "The family of the pilot, Evan Roux, said", "the family of the pilot, 34-year-old
        # Evan Roux,", "The mother of the boy, Liam Shaw, said": the appositive names the
        # complement, not the family nor the mother
        return head
    if _agent_participle(toks, after_head, comma) and toks[after_head].lower not in (
        _NAMING_PARTICIPLES
    ):
        # "The employers, represented by the association, said": no role; "The mediators,
        # led by envoy Ann Lee, said": the mediators, not the one who leads them ("The
        # driver, identified by police as Ann Lee," names the driver)
        return head
    apposed = _apposed_name(text, toks, head, after_head, comma)
    if apposed is not None:
        return apposed
    if _describes_complement(text, toks, head, after_head, comma):
        return head  # "Nurses at Greystone, the group's largest hospital, said": its hospital
    if toks[after_head].word.startswith("@"):
        return head  # "Ina Voss, @inavoss on X, wrote": her handle, no role
    opener = toks[after_head].lower
    if opener in _INCLUSION_OPENERS and (opener != "among" or _plural_head(head.words[-1].lower())):
        return head  # "Her allies, including councillor Ann Roe, said": one of them, no role
    # "Ann Roe, among the plan's fiercest critics, said": one person, described
    appositive = (toks[after_head].start, toks[comma - 1].end)
    return _new_phrase(head.span, head.words, appositive, tokens=head.tokens)


def _relative_aside_comma(toks: list[Token], first: int) -> int | None:
    """The comma before "who", "which" or "whose" opening the aside that holds toks[first]
    inside it, after its verb ("Tom Reyes, who lives with his wife, Ana Reyes,": the comma
    after Reyes, for "his wife"); None when another mark or the sentence's start comes first."""
    for k in range(first - 1, 0, -1):
        word = toks[k].word
        if word == ",":
            return None
        if word in {";", ":", "“", "”", '"', "(", ")"} or word in DASHES:
            return None
        if toks[k].lower in _ASIDE_RELATIVES and toks[k - 1].word == ",":
            # a verb stands between ("who lives with"); not the clause's own subject ("whose
            # president, Ann Lee, said", "which the developer, Acme, had said")
            return k - 1 if k < first - 1 else None
    return None


def _one_of(toks: list[Token], found: Phrase) -> Phrase:
    """`found` with "One of" before it when they open the sentence's first phrase ("One of
    the organizers, Ingrid Maier,": one of them, not all of them); `found` otherwise."""
    first = bisect_left(toks, (found.span[0],))
    if (
        first >= 2
        and toks[first - 1].lower == "of"
        and toks[first - 2].word == "One"
        and (first == 2 or toks[first - 3].word in {",", "“", '"'})
        and found.tokens
    ):
        return _phrase_of((*toks[first - 2 : first], *found.tokens))
    return found


_ASIDE_RELATIVES = RELATIVE_PRONOUNS | {"whose"}  # "Ann Lee, whose members include ..."


def _relative_list_comma(toks: list[Token], j: int, comma: int) -> bool:
    """Whether the comma toks[j] parts the items of a list that ends a relative clause
    before the cue's comma toks[comma]: "Local 12, which represents about 900 drivers,
    mechanics and clerks, said": words and commas back to the comma before "which", "who" or
    "whose", the last item after "and" or "or" (a serial comma before it too: "drivers,
    mechanics, and clerks"), no auxiliary verb or other mark among them."""
    items = toks[j + 1 : comma]
    serial = len(items) >= 2 and items[0].lower in LIST_CONJUNCTIONS  # ", and clerks,"
    if not serial and (
        len(items) < 3 or not any(t.lower in LIST_CONJUNCTIONS for t in items[1:-1])
    ):
        return False
    if any(not (t.word == "," or t.word[0].isalnum()) or t.lower in AUXILIARY_VERBS for t in items):
        return False
    for k in range(j - 1, max(j - _MAX_APPOSITIVE, 0), -1):
        word = toks[k].word
        if word == "," and toks[k + 1].lower in _ASIDE_RELATIVES:
            return True
        if not (word[0].isalnum() or word == "," or word in {"-", "’", "'"}):
            return False
    return False


def _names_kins_relative(head: Phrase, toks: list[Token], first: int) -> bool:
    """Whether the name opening at toks[first], maybe after an age, apposed to a kin noun and
    its complement (`head`: "The mother of the boy"), names the complement: its given name
    tells the other gender than the kin noun ("The mother of the boy, (19-year-old) Liam
    Shaw,": the boy's name; "The mother of the boy, Ann Shaw,": the mother's; "The father of
    the boy, Tom Shaw,": either, read as before)."""
    if AGE_WORD.fullmatch(toks[first].word) and first + 1 < len(toks):
        first += 1
    kin = GENDERED_NOUNS.get(head.words[-2].lower())
    given = _given_gender(toks[first].lower)
    return kin is not None and given is not None and given != kin


def _predicate_after_aside(toks: list[Token], head: int, after: int) -> bool:
    """Whether toks[after] opens the sentence's predicate after a relative aside that the
    head at toks[head] ends ("Ms. Halvorsen, who is seeking the nomination for president,
    *spent* the week in Iowa, arguing"): a word in lower case that opens no noun phrase
    (no determiner, role or modifier of one: "..., who ran in 2019, a former aide,")."""
    comma = next((k for k in range(head - 1, -1, -1) if toks[k].word == ","), -1)
    if comma < 0 or toks[comma + 1].lower not in RELATIVE_PRONOUNS:
        return False
    word = toks[after].word
    return (
        word.isalpha()
        and word.islower()
        and word not in DETERMINERS
        and word not in POSSESSIVE_PRONOUNS
        and word not in PERSON_ROLES
        and word not in _APPOSITIVE_OPENERS
        and not word.endswith(("ing", "ly"))
        and not word.startswith("wh")  # "..., where the drought hit hardest,": another aside
    )


def _agent_participle(toks: list[Token], first: int, comma: int) -> bool:
    """Whether the words toks[first:comma] open with a participle and its agent ("represented
    by the association", "led by their union", "run by a charity"): what is done to the
    speaker, no role of theirs."""
    word = toks[first].word
    return (
        first + 1 < comma
        and word.isalpha()
        and word.islower()
        and (word.endswith(("ed", "en")) or word in IRREGULAR_VERB_FORMS)
        and toks[first + 1].lower == "by"
    )  # not "lawyer by training": a role


# Words opening one thing described: "*the* group's largest hospital", "*its* main plant".
_ONE_THING_OPENERS = frozenset("the a an its".split())


def _describes_complement(
    text: str, toks: list[Token], head: Phrase, after_head: int, comma: int
) -> bool:
    """Whether the appositive toks[after_head:comma] describes one thing, the named complement
    of the many of `head` ("Nurses at Greystone General, the group's largest hospital,"; not
    "Nurses at the clinic, members of the union,", who are the many, nor "Nurses at the clinic,
    the backbone of the service,", a common noun's complement)."""
    described = _role_with_complement(text, toks, after_head - 2)
    if described is None or described.span[0] != head.span[0] or described.words[-1] != "…":
        return False
    noun, last = described.words[-2], toks[comma - 1]
    return (
        toks[after_head - 2].capitalized
        and noun.isalpha()
        and _plural_head(noun.lower())
        and toks[after_head].lower in _ONE_THING_OPENERS
        and last.word.isalpha()
        and last.word.islower()
        and not _plural_head(last.lower)
        and last.lower not in PERSON_ROLES
    )


def _aside(toks: list[Token]) -> bool:
    """Whether the words between commas around a subject are an aside, not an appositive saying
    who it is: an adverb, or a preposition with no name after it ("Voss, for her part,", "Lee,
    in an interview,"; not "Lee, at Brill Bank,")."""
    first = toks[0].lower
    if first in CONNECTIVE_ADVERBS:
        return True
    return first in PREPOSITIONS and not any(t.word[0].isupper() for t in toks[1:])


# Prepositions opening an aside between a subject and its cue: "in a statement", "for its part",
# "as usual", "as expected".
_ASIDE_PREPOSITIONS = frozenset({"in", "for", "as"})
_MAX_ASIDE = 4  # tokens between the commas
# Subordinators of time opening an aside without a subject ("while speaking to reporters"),
# and the most tokens such an aside, or one of reason ("because he feared ..."), holds.
_ASIDE_SUBORDINATORS = frozenset({"while", "when", "after", "before"})
_MAX_SUBORDINATE_ASIDE = 12
# The pronouns that speak in an aside or are a reason's subject: "— no relation, he said —",
# "because they feared ...".
_ASIDE_SPEAKERS = PERSON_PRONOUNS | PLURAL_PRONOUNS


def _before_aside(toks: list[Token], comma: int) -> int | None:
    """The index of the comma opening an aside that the comma at `comma` closes, just before a
    cue ("The office in Seoul, meanwhile, said", "..., for its part, said"): one aside adverb,
    or a short phrase of "in" or "for" with no name; or a subordinate clause of time with no
    subject of its own ("Ann Lee, while speaking to reporters, said", "..., when asked about
    the delay, said"), or one of reason whose subject is a pronoun ("A student, because he
    feared for his visa, said"); None if there is none."""
    stop = max(-1, comma - _MAX_SUBORDINATE_ASIDE - 2)
    opening = next((j for j in range(comma - 1, stop, -1) if toks[j].word == ","), None)
    if opening is None or opening == comma - 1:
        return None
    between = toks[opening + 1 : comma]
    if (
        len(between) > 1
        and between[0].lower in _ASIDE_SUBORDINATORS
        and between[1].word.islower()
        and (between[1].lower.endswith(("ing", "ed")) or between[1].lower in PREPOSITIONS)
    ):
        return opening  # "while speaking to reporters", "when asked", "while in Delhi"
    if len(between) > 2 and between[0].lower == "because" and between[1].lower in _ASIDE_SPEAKERS:
        return opening  # "A student, because he feared for his visa, said": his reason
    if len(between) > _MAX_ASIDE:
        return None
    if len(between) == 1:
        return opening if between[0].lower in CONNECTIVE_ADVERBS else None
    return opening if between[0].lower in _ASIDE_PREPOSITIONS and _aside(between) else None


def _opening_mark(toks: list[Token], closing: int) -> int | None:
    """The index of the quotation mark opening a short quoted name that toks[closing] closes
    ("“The Long Road”", "\"Truth Now\""), its words capitalised; None if there is none."""
    for k in range(closing - 1, max(-1, closing - _QUOTED_NAME_TOKENS - 2), -1):
        if toks[k].word in _QUOTE_MARK_TOKENS:
            inside = toks[k + 1 : closing]
            return k if inside and inside[0].word[:1].isupper() else None
        if not toks[k].word[:1].isalnum():
            return None
    return None


def _object_of_preposition(toks: list[Token], first: int) -> bool:
    """Whether the phrase opening at toks[first] is a preposition's object inside a clause
    ("in 2019 during a routine release"), not after a comma ("Ann Lee, 59, of Dover")."""
    return first >= 2 and toks[first - 1].lower in PREPOSITIONS and toks[first - 2].word != ","


def _pronoun_partitive(toks: list[Token], end: int) -> bool:
    """Whether toks[:end + 1] end with the partitive of a pronoun that opens its clause ("One
    of them", "..., two of us")."""
    return (
        end >= 2
        and toks[end].lower in OF_PRONOUNS
        and toks[end - 1].lower == "of"
        and toks[end - 2].lower in PARTITIVE_QUANTIFIERS
        and (end == 2 or not toks[end - 3].word[0].isalnum())
    )


# A state's or province's dotted initials, as a token holds them: "N.B", "P.E.I" ("N.B.").
_DOTTED_STATE = re.compile(r"[A-Z](?:\.[A-Z])+")


def _place_inside(toks: list[Token], comma: int) -> int | None:
    """The comma inside a place of residence that the comma toks[comma] closes ("a farmer
    from Ballarat, Victoria, said", "in Fresno, Calif., said"), else None."""
    j = comma - 2 - (toks[comma - 1].word == ".")
    if j >= 2 and toks[j].word == "," and _after_residence(toks, j):
        return j if _inside_place(toks, j) else None
    return None


def _after_residence(toks: list[Token], comma: int) -> bool:
    """Whether the town before the comma toks[comma] follows a preposition of residence, the
    town a few capitalised words, "St.", "Mt." or "Ft." among them ("in Dayton,", "in
    Thunder Bay,", "in St. John's,")."""
    k = comma - 1
    while (
        k > comma - _TOWN_WORDS
        and k >= 1
        and (
            toks[k].capitalized or toks[k].word == "." and toks[k - 1].lower in PLACE_ABBREVIATIONS
        )
    ):
        k -= 1 if toks[k].word != "." else 2
    return comma - 1 > k >= 0 and toks[k].lower in _RESIDENCE_PREPOSITIONS


def state_after_town(toks: list[Token], k: int) -> bool:
    """Whether toks[k], after a comma closing "of", "in" or "from" and a town, is that town's
    state or province, abbreviated with its dot or in its initials ("the mayor of Fresno,
    Calif.", "a nurse from Red Deer, Alta.", "of St. John's, N.L."); not a surname ("the
    mayor of Brill, Lee.")."""
    if k < 3 or toks[k - 1].word != "," or not _after_residence(toks, k - 1):
        return False
    if _DOTTED_STATE.fullmatch(toks[k].word.rstrip(".")) is not None:
        return True
    return k + 1 < len(toks) and toks[k + 1].word == "." and toks[k].lower in STATE_ABBREVIATIONS


def _inside_place(toks: list[Token], j: int) -> bool:
    """Whether the comma toks[j], after a preposition and a capitalised word, is the one
    inside a place ("from Dayton, Ohio,", "in Fresno, Calif.,", "in Moncton, N.B.,"): one
    capitalised word or dotted initials (and the abbreviation's dot) and a comma follow it;
    not a given name ("a woman from Honduras, Daniela, said": her name), unless a state's too
    ("from Seattle, Washington,", "from Perth, Victoria,")."""
    if not toks[j - 1].word[:1].isupper() or j + 2 >= len(toks):
        return False
    state = toks[j + 1].word
    after = j + 3 if toks[j + 2].word == "." else j + 2
    return (
        state[:1].isupper()
        and (state.isalpha() or _DOTTED_STATE.fullmatch(state) is not None)
        and after < len(toks)
        and toks[after].word == ","
        and (
            (toks[j + 1].lower not in _GIVEN_NAMES and toks[j + 1].lower not in UNISEX_NAMES)
            or toks[j + 1].lower in US_STATES
            or toks[j + 1].lower in STATES_AND_PROVINCES
        )
    )


def _apposed_name(
    text: str, toks: list[Token], head: Phrase, after_head: int, comma: int
) -> Phrase | None:
    """'Her neighbor, Tom Hale, said', 'A spokeswoman for the agency, Ann Lee, said', 'The
    contractor, Acme Builders, said': a description before the comma and a proper name after
    it; the name is the speaker, the description its appositive (its role). Also a name led by
    a title after an opening phrase ("With a week to go, Sen. Ann Lee said"; "The senator from
    Reno, Sen. Ann Lee, said"); a description naming one ("One caller, a nurse named Ann,
    said": Ann). None when the words after the head are no proper name."""
    named = _name_after_named(text, toks, comma - 1) if toks[comma - 1].capitalized else None
    if named is not None and named.appositive is not None:
        if named.appositive[0] == toks[after_head].start:
            return named  # "Another caller, a student named Ivo, said": Ivo, a student
    end = next((k for k in range(after_head, comma) if toks[k].word == ","), comma)
    # the head's last token, before its comma and an acronym's parenthesis ("The
    # Inspector-General of Police (IGP), Musa Bello,")
    last = _before_parenthesis(toks, after_head - 2)
    after_head = _past_role(toks, after_head, end)
    if after_head < end and not _proper_name(toks, after_head, end):
        end = _before_affiliation(toks, after_head, end)
    name = toks[after_head:end]
    if not name or not _proper_name(toks, after_head, end):
        return None
    if _noble_title(name) == 0 and head.words[0].lower() not in DETERMINERS:
        # "Ann Lee, the Duchess of Avon, said": her title, no name of another (not "the
        # Prince of Wales Hospital", an institution)
        return None
    described_group = _postmodified(text, toks, last) or _role_with_complement(text, toks, last)
    if described_group is not None and described_group.span[0] > head.span[0]:
        described_group = None  # "The union representing nurses at the clinic": the union's
    described_words = described_group.words if described_group else ()
    group_head = described_words[-2] if described_words[-1:] == ("…",) else ""  # its noun
    if (
        group_head.isalpha()
        and _plural_head(group_head.lower())
        and not any(t.lower in {"and", "&"} for t in name)
    ):  # "Sources close to the Chancellor, Maeve Dunleavy, said": one name apposes the
        # complement's noun, not the many before it, who speak ("Nurses at the clinic, Ann
        # Lee and Tom Hale," are the names of the many)
        return described_group
    complement = _body_apposed(toks, last, name) if group_head else None
    if described_group is not None and complement is not None:
        # "A spokesman for the company, Acme Corp, said": the spokesman, for Acme Corp
        return _phrase_of(
            (*toks[bisect_left(toks, (described_group.span[0],)) : complement], *name)
        )
    first = bisect_left(toks, (head.span[0],))
    # "The union representing nurses at the clinic, Local 401,": all of it describes the name
    by_participle_object = head.words[-1] == "…" and _participle(toks[first + len(head.words) - 1])
    description = head if by_participle_object else _role_with_complement(text, toks, last) or head
    head_word = description.words[-2] if description.words[-1] == "…" else head.words[-1]
    # "Counsel assisting the inquiry, Ann Roe, said": a role capitalised as its sentence's
    # first word only
    opening = head_word == head.words[0] and _opens_line_or_sentence(text, head.span[0])
    described = (
        head_word.isalpha()
        and head_word.islower()
        or (description is not head or _determined(head.words) or opening)
        and head_word.lower() in PERSON_ROLES  # "The Opposition Leader, Ann Vale, said": a role
    ) and head_word.lower() not in DOCUMENT_WORDS
    by_participle = _participle_description(text, toks, first)
    if by_participle is not None:
        # "The bank advising Acme, Morrow & Co., said": Acme is the participle's object
        role: Span | None = (by_participle.span[0], head.span[1])
    elif _opening_phrase(toks, first):
        # "In Reno, Ann Lee, a nurse, said": the phrase is no description; the name's own
        # appositive, if any, is.
        role = (toks[end + 1].start, toks[comma - 1].end) if end + 1 < comma else None
    elif described:
        role = description.span
    elif name[0].lower in TITLES and len(name) > 2 and description is head:
        if name[1].lower == "of":
            return None  # "Ann Roe, Bishop of Avon, said": her see, no one titled "Bishop"
        role = None
    else:
        return None
    return _phrase_of(tuple(name), role)


def _determined(words: tuple[str, ...]) -> bool:
    """Whether a determiner or a possessive opens a description ("The Mines Minister",
    "Ghana's Mines Minister"): a role, not a name, however capitalised."""
    return words[0].lower() in DETERMINERS or any(_possessive(w) for w in words[:-1])


# A nationality's shape ("Chilean", "Slovenian", "Congolese", "Danish", "Iraqi", "French"),
# before a role in lower case.
_NATIONALITY = re.compile(r"[A-Z][a-z]+(?:an|ese|ish|i|ic|ch)")


def _affiliation(name: list[Token]) -> bool:
    """Whether a naming link's one capitalised word is a party or a nationality, not a name
    ("who identified herself as Republican", "as Iraqi"); a given name of that shape ("Brian",
    "Ali") is still a name."""
    if len(name) != 1:
        return False
    lower = name[0].lower
    if lower in PARTY_MEMBERS:
        return True
    known = lower in _GIVEN_NAMES or lower in UNISEX_NAMES
    return not known and _NATIONALITY.fullmatch(name[0].word) is not None


def _affiliation_as(toks: list[Token], k: int) -> bool:
    """Whether toks[k - 1], a phrase's last word, is a party or a nationality after "as" ("a
    voter who registered as Republican", "who identified himself as Syrian"): no name."""
    return k == len(toks) and k >= 2 and toks[k - 2].lower == "as" and _affiliation(toks[k - 1 : k])


def _nationality_before(toks: list[Token], k: int) -> bool:
    """Whether toks[k] is a nationality before a lower-case word ("the Chinese premier"),
    which names nobody."""
    return (
        k + 1 < len(toks)
        and toks[k + 1].word[:1].islower()
        and _NATIONALITY.fullmatch(toks[k].word) is not None
    )


# Words opening an appositive that names one or some of the many before it.
_INCLUSION_OPENERS = frozenset("including notably especially particularly among".split())
_NAMING_PARTICIPLES = frozenset({"identified", "named"})  # "..., identified as Ann Lee,"


# An age as a word before a name, in figures or in words: "17-year-old", "six-year-old",
# "twenty-one-year-old", "18-month-old".
_AGE_WORD = re.compile(r"(?:\d+|[a-z]+(?:-[a-z]+)?)-(?:year|month)-old")


def _past_role(toks: list[Token], start: int, end: int) -> int:
    """Where the name starts in an appositive toks[start:end] that puts a role in lower case
    before it ("Her husband, *the former cyclist* Marc Hale, said"; a nationality among its
    words: "*former Chilean foreign minister* Ana Diaz"): after the role noun, or at a title
    after a lower-case scope ("*state* Rep. Ana Diaz"); else `start`, as when a word of
    inclusion opens it ("Her allies, *including* councillor Ann Roe, said": the allies speak,
    one of them named); after a determiner and "late" ("Her mentor, the late Carl Berg,",
    "Her father, her late ...")."""
    if start < end and toks[start].lower in _INCLUSION_OPENERS:
        return start
    if (
        start + 1 < end
        and _AGE_WORD.fullmatch(toks[start].lower)
        and _proper_name(toks, start + 1, end)
    ):
        return start + 1  # "His brother, *17-year-old* Liam, said", "six-year-old Maya": his age
    k = start
    while k < end and (
        toks[k].word.islower()
        and toks[k].word.isalpha()
        or k + 1 < end
        and _NATIONALITY.fullmatch(toks[k].word) is not None
        and toks[k + 1].word.islower()
    ):
        k += 1
    if start < k < end and toks[k - 1].lower in PERSON_ROLES and _proper_name(toks, k, end):
        return k
    if (
        start < k < end
        and (toks[k - 1].lower in ORGANIZATION_NOUNS or toks[k - 1].lower in MEDIA_NOUNS)
        and _proper_name(toks, k, end)
    ):
        return k  # "Its largest shareholder, *the investment firm* Hallworth Capital, said"
    if (
        start < k < end
        and occupation_noun(toks[k - 1].word)
        and all(_modifier(t) for t in toks[start : k - 1])
        and _proper_name(toks, k, end)
    ):
        return k  # "The chair, *retired shipbuilder* Hal Nkem, said": a trade by its ending
    if k == start + 1 and toks[start].lower == "the" and _proper_name(toks, k, end):
        return k  # "A union, *the* Pilots Association, said": the name after its article
    if k == start + 2 and toks[start + 1].lower == "late" and _proper_name(toks, k, end):
        return k  # "Her mentor, *the late* Carl Berg" (or "her late"): a dead person's name
    if (
        start + 1 < k < end
        and toks[start].lower in _NAMING_PARTICIPLES
        and toks[k - 1].lower == "as"
        and _proper_name(toks, k, end)
    ):
        return k  # "The father, *identified by police as* Derek Salcido, told officers"
    if (
        start < k < end
        and toks[k].lower in TITLES
        and all(_modifier(t) and t.lower not in PREPOSITIONS for t in toks[start:k])
        and _proper_name(toks, k, end)
    ):
        return k  # "His running mate, *state* Rep. Ana Diaz, said": the title opens the name
    return start


def _before_affiliation(toks: list[Token], start: int, end: int) -> int:
    """Where a person's name of two words or more ends before "of" and the body the person
    belongs to ("Zeynep Arslan of the opposition party"), or a name of one word or more
    before "from" and a capitalised town ("Another customer, *Leila* from Oakland, said");
    `end` if no such word follows one."""
    for k in range(start + 1, end):
        word = toks[k].lower
        if (word == "from" and k + 1 < end and toks[k + 1].capitalized) or (
            word == "of" and k > start + 1
        ):
            return k if _proper_name(toks, start, k) else end
    return end


def _opening_adverbial(toks: list[Token], comma: int) -> bool:
    """Whether the words that open the sentence up to toks[comma] are a short adverbial, a
    participle or a preposition's phrase ("Reacting,", "Also speaking,", "In response,")."""
    j = comma
    while j > 0 and comma - j < _OPENING_ADVERBIAL_WORDS:
        j -= 1
        if toks[j].word in {",", ";", ":"}:
            return False
        if toks[j].word in {".", "“", "”", '"', "?", "!"}:
            j += 1
            break
    else:
        if j > 0:
            return False  # longer than an adverbial: a name's words, a list
    words = [t.lower for t in toks[j:comma]]
    return bool(words) and (
        words[0] in OPENING_PREPOSITIONS or any(w in OPENING_PARTICIPLES for w in words)
    )


def _opening_phrase(toks: list[Token], first: int) -> bool:
    """Whether toks[first] stands in a phrase that opens its sentence, or follows a comma, with
    a preposition ("With a week to go", "Last week, in Reno"), or with a participle and its
    preposition ("Speaking on Radio 4", "Writing in the Herald", "Asked about the fares"), or
    with a participle of speaking and its object ("Opening the debate for the government"), as
    far as the tokens reach."""
    j = first
    while j > 0 and toks[j - 1].word not in {".", "“", "”", '"', ";", ":", "?", "!", ","}:
        j -= 1
    opening = j > 0 or toks[j].word[0].isupper()
    if opening and j < first and toks[j].lower in OPENING_PARTICIPLES:
        return True  # "Giving evidence to the committee, the chief, Ann Lee, said"
    if j + 1 < first and (
        toks[j].lower.endswith("ing")
        or toks[j].lower in QUESTION_PARTICIPLES
        or toks[j].lower in _OPENING_TIME_ADVERBS
    ):
        j += 1  # the preposition after the participle or the adverb ("Earlier in the week")
    return (
        j < first
        and opening
        and (toks[j].lower in OPENING_PREPOSITIONS or toks[j].lower in _PARTICIPLE_OBJECTS)
    )


def _described_name(text: str, toks: list[Token], who: int, head: Phrase) -> Phrase | None:
    """'Ray Dunn, a farmer who ...', 'Ray Dunn, the nurse who ...', 'Ray Dunn, one of the
    farmers, who ...': "who" after a description with an article or a partitive one set after
    a name and its comma stands for the name, the description its appositive; so does "who"
    after a name set after a description ("a farmer, Ray Dunn, who ..."); None if `head`,
    what ends before toks[who], is neither."""
    first = bisect_left(toks, (head.span[0],))
    if toks[who - 1].word == "," and first >= 2 and toks[first - 1].word == ",":
        # "a former clerk, Ann Lee, who ...": the name, the description before it its role
        described = _appositive_phrase(text, toks, who - 1)
        if described is not None and described.span == head.span:
            return described
    if first >= 3 and toks[first - 1].lower == "of" and toks[first - 2].lower == "one":
        comma = first - 3  # "Jo Ames, one of the members who ...": she is one of them
    elif head.words[0].lower() in {"a", "an", "the"}:
        comma = first - 1
    else:
        return None
    if comma < 1 or toks[comma].word != ",":
        return None
    # "Ray Dunn, a farmer, who ...": the comma closing the description ends it as "who" does
    name = _appositive_phrase(text, toks, who - 1 if toks[who - 1].word == "," else who)
    if name is None or _opening_phrase(toks, bisect_left(toks, (name.span[0],))):
        return None  # "In Reno, a farmer who ...": a place, then the description
    return name


def _dashed_appositive(text: str, toks: list[Token], dash: int) -> Phrase | None:
    """'Kall -- co-editor of a book -- said': the name before the opening dash, with the
    words between the dashes as its appositive."""
    close = dash
    while close > 0 and toks[close - 1].word in DASHES:  # "--"
        close -= 1
    for j in range(close - 1, close - _MAX_APPOSITIVE if close > _MAX_APPOSITIVE else 0, -1):
        if toks[j].word in {";", ":", "“", "”", '"'}:
            return None
        if toks[j].word not in DASHES:
            continue
        opening = j
        while j > 0 and toks[j - 1].word in DASHES:
            j -= 1
        head = _phrase_at(text, toks, j - 1) if opening + 1 < close else None
        if head is None:
            return None
        if any(
            toks[k].word == "," and toks[k + 1].lower in _ASIDE_SPEAKERS
            for k in range(opening + 1, close - 1)
        ):
            return head  # "Ana Cruz — a landlord for years, she noted — said": an aside said
        if not head.words[-1][0].isupper():
            # "The group's founder — Walter Osei — said", "— a judge named Walter Osei —": the
            # name between the dashes speaks, described by the head, as between commas
            named = _apposed_name(text, toks, head, opening + 1, close)
            if named is not None:
                return named
        appositive = (toks[opening + 1].start, toks[close - 1].end)
        return _new_phrase(head.span, head.words, appositive, tokens=head.tokens)
    return None


def _before_parenthesis(toks: list[Token], i: int) -> int:
    """The token before a short parenthesis ending at `i` ("Jordan (R-Ohio)"), else `i`."""
    if i < 1 or toks[i].word != ")":
        return i
    for j in range(i - 1, i - _MAX_PARENTHESIS if i > _MAX_PARENTHESIS else 0, -1):
        if toks[j].word == "(":
            return j - 1
        if toks[j].word in {")", ",", ";", "“", "”", '"'}:
            break
    return i
