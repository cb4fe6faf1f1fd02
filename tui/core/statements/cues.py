"""Stage 2, sentence by sentence: attributions by cue verbs.

A cue (lexicon.py: speech, belief, stance and naming verbs, "according to") outside
quotation marks with a speaker phrase next to it is an attribution (`_attributions`, one
scan of the sentence's cues). Its speaker stands before the cue ("Lee said"), after an
inverted one ("said Lee"), or is the subject already found for a participle or a conjoined
cue ("..., saying", "and also said") (`_speaker_of`). Its content is the reported clause
after it (pre-posed: "X said that ..."), the clause or quote before it (post-posed: "“...,” X
said", "..., said X"), or both sides (interrupted: "“...,” he said, “...”"; "..., as police
have said") (`_attribution`). A second attribution joined by "and", "but", a relative
pronoun ("Lee, who says ...") or a participle ("..., arguing that") cuts the content of the
first (`_coordinated`); a sentence-final one ("..., according to an aide") reports the
whole sentence (`_outer`). "according to", passives, opening participles, naming and stance
cues are in cue_forms.py; where content starts and ends, in clauses.py."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import takewhile

from tui.core.kept_patterns import kept
from tui.core.lexicon import (
    ACCOUNT_NOUNS,
    ACQUAINTANCE_VERBS,
    ADJUNCT_PARTICIPLES,
    ADMIT_FORMS,
    ADVICE_NOUNS,
    ADVISE_FORMS,
    AGE_GROUP_NOUNS,
    ALL_SAID_CUES,
    ALLEGE_FORMS,
    ANIMAL_NOUNS,
    ANSWER_VERBS,
    ANSWERING_FORMS,
    ANSWERING_PARTICIPLES,
    ANY_LISTENERS,
    AS_CUES,
    ASKING_CUES,
    ASPECT_VERBS,
    ATTITUDE_ADJECTIVE_CUES,
    AUTHORED_PARTICIPLES,
    AUXILIARY_VERBS,
    BELIEF_ADJECTIVES,
    BELIEF_CUES,
    BELIEF_PARTICIPLES_NOT_ED,
    BLOW_MEANS,
    BLOW_PARTICIPLES,
    BLOW_PARTICLES,
    BODY_QUALIFIERS,
    CAST_FORMS,
    CASTING_WORDS,
    CATENATIVE_VERBS,
    CAUSED_TO_VERBS,
    CAUSING_VERBS,
    CHANGE_VERBS,
    CHARACTERIZE_CUES,
    CHARGE_EVENT_PREPOSITIONS,
    CHARGE_PARTICIPLES,
    CHARGE_PREPOSITIONS,
    CLAUSE_CONJUNCTIONS,
    CLAUSE_ONLY_CUES,
    COLLECTIVE_HEADS,
    COLON_MANNER_ADJECTIVES,
    CONCEDE_FORMS,
    CONJECTURE_PARTICIPLES,
    CONTACT_PARTICIPLES,
    CONTACT_VERBS,
    COUNTED_ALONE,
    COUNTED_BODIES,
    CUE_AUXILIARIES,
    CUE_COMPOUND_HEADS,
    CUE_COMPOUND_MODIFIERS,
    CUE_COMPOUNDS,
    CUE_NOUNS,
    CURRENCY_WORDS,
    DENY_FORMS,
    DETERMINERS,
    DISCLOSING_CUES,
    DISCLOSURE_VERBS,
    DISCUSSION_CUES,
    DOCUMENT_PARTICIPLES,
    DOCUMENT_POSTMODIFIERS,
    DOCUMENT_WORDS,
    DOUBTING_PHRASES,
    DURATION_UNITS,
    ED_NOT_PASTS,
    ESTIMATE_COMPARISONS,
    ESTIMATE_NOUNS,
    ESTIMATE_PUT_VERBS,
    ESTIMATED_NOUNS,
    EVENT_NOUNS,
    EXPECTED_PARTICIPLES,
    FILED_ACCOUNTS_CUES,
    FIND_FORMS,
    FINDING_PARTICIPLES,
    FINITE_PASTS,
    FOUND_INJURIES,
    FOUND_PASSIVE_STATES,
    FOUND_STATES,
    FOUND_VERDICTS,
    FRACTION_WORDS,
    FRAMING_CUES,
    FUNCTION_WORDS,
    GERUND_ADVICE_CUES,
    GROUP_QUANTITIES,
    HANDLING_BODIES,
    HARM_EVENTS,
    HARSH_CRITICISM_CUES,
    HEAR_FORMS,
    HEARD_PASSIVES,
    HEARING_BODIES,
    HEARING_HEADS,
    HOLD_CUES,
    INTENT_NOUNS,
    INTERROGATED,
    INTERROGATORS,
    INVERTED_CUES,
    IRREGULAR_PARTICIPLES,
    IRREGULAR_VERB_FORMS,
    JOINT_CUES,
    KNOW_FORMS,
    LEARN_FORMS,
    LIFE_STAGE_NOUNS,
    LIST_CONJUNCTIONS,
    LISTENER_CUES,
    MANDATIVE_CUES,
    MANNER_OF_SPEAKING_CUES,
    MESSAGE_VERBS,
    MODALS,
    MONTHS,
    NAME_CONNECTORS,
    NAMING_CUES,
    NATURAL_EVENTS,
    NEGATED_QUANTIFIERS,
    NOT_ADVERBS,
    NOT_CONTENT_OPENERS,
    NOUN_ADJECTIVES,
    NUMBER_WORDS,
    OBJECT_BEFORE_TO_PARTICIPLES,
    OBJECT_ONLY_PASTS,
    OBJECT_OR_CLAUSE_CUES,
    OBJECT_PRONOUNS,
    OBTAINED_OBJECTS,
    ODDS_NOUNS,
    ODDS_SEEING_VERBS,
    OF_PRONOUNS,
    ONE_OBJECT_VERBS,
    ONE_PERSON_NOUNS,
    OPINION_HELD_CUES,
    ORGANIZATION_PLURALS,
    ORGANIZATION_WORDS,
    OUT_CUES,
    OUTLET_HEADS,
    OUTLET_TOLD_CUES,
    PART_OPENERS,
    PARTICIPLE_ADVERBS,
    PASSIVE_BE_FORMS,
    PASSIVE_CUES,
    PASSIVE_TO_PARTICIPLES,
    PAST_AS_BASE_VERBS,
    PERFORMER_WORDS,
    PERSON_PRONOUNS,
    PHRASE_CUES,
    PLACE_PREPOSITIONS,
    PLATFORM_WORDS,
    PLEDGE_FORMS,
    PLURAL_HEADS,
    PLURAL_PRONOUNS,
    PLURALS_WITHOUT_S,
    POSSESSIVE_PRONOUNS,
    POSTING_VERBS,
    POSTMODIFYING_PARTICIPLES,
    PREDICATE_OPENERS,
    PREPOSITIONS,
    PREPOSITIONS_IN_ING,
    PREVERBAL_ADVERBS,
    PRICED_IN_CUES,
    PUNCTUAL_NOUNS,
    QUESTION_PARTICIPLES,
    QUESTION_WORDS,
    QUESTIONING_FORMS,
    QUOTED_AS_CUES,
    QUOTING_VERBS,
    RECORD_FORMS,
    RECORDING_MEDIA,
    RECORDING_VERBS,
    REJECTING_PARTICLES,
    RELATIVE_PRONOUNS,
    RELEASE_WORDS,
    RENDERING_WORDS,
    REPLY_CUES,
    RESEARCH_DOCUMENTS,
    RISING_VERBS,
    ROLE_NOUNS,
    SAMPLE_WORDS,
    SAYING_VERBS,
    SCENE_PREPOSITIONS,
    SCENE_VERB_PASTS,
    SEASONS,
    SHARE_HEADS,
    SHOW_FORMS,
    SIGN_NOUNS,
    SIMPLE_PASTS,
    SINGULARS_IN_S,
    SKILL_VERBS,
    SOCIAL_NETWORKS,
    SPEAKER_DETERMINERS,
    SPEECH_CUES,
    SPEECH_PARTICIPLES,
    STANCE_CUES,
    STANCE_PARTICLES,
    STANDING_PREPOSITIONS,
    SUBORDINATORS,
    THOUGHT_WORDS,
    THREATENED_FORMS,
    TIME_PREPOSITIONS,
    TIME_WORDS,
    UNINFLECTED_PASTS,
    VENUE_PREPOSITIONS,
    VENUE_WORDS,
    VERB_ONLY_S_FORMS,
    VERDICT_NOUNS,
    VOTE_CUES,
    WAGER_VERBS,
    WARNING_LEVELS,
    WEAK_CUES,
    WEEKDAYS,
    WITNESS_POSTMODIFIERS,
    WITNESS_SOURCE_HEADS,
    WORDING_VERBS,
    WORK_VERBS,
    YOUNG_STAGE_NOUNS,
)
from tui.core.model import Span, StatementKind
from tui.core.organizations import ORGANIZATION_MARKERS
from tui.core.speaker_kinds import PERSON_ROLES, marked_kind, people_plural
from tui.core.speakers import (
    ENDS_NO_PHRASE,
    MADE_OR_DESCRIBED,
    PHRASE_WINDOW,
    Phrase,
    account_owner,
    described_after,
    phrase_after,
    phrase_before,
    tokens,
)
from tui.core.speakers.before_cue import named_term_subject
from tui.core.speakers.noun_phrases import _plural_head
from tui.core.speakers.roles import plural_modifier
from tui.core.speakers.tokens import Token, participle_adverb
from tui.core.statements.clauses import (
    _SAY_FORMS,
    DURATION,
    DURATION_ADJUNCT,
    THAT_CLAUSE_NEXT,
    THAT_NEXT,
    restrictive_subject,
)
from tui.core.statements.cue_forms import CueForms
from tui.core.statements.patterns import (
    ADJUNCT_BEFORE_SUBJECT,
    ALL_SAID_AUXILIARY,
    ALL_THAT_WAS,
    AS_WORD,
    ASKED_OPENING,
    ASKER,
    BOUND_R,
    CLAUSE_COMMA,
    CLOSE_MARKS,
    CUE_VERBS,
    FINITE,
    FINITE_VERB,
    LEAD,
    LONGEST_CLAUSE,
    NOT_FUNCTION_WORD,
    OBJECT_RELATIVE_BEFORE,
    PARTITIVE_AT,
    PARTITIVE_OF,
    PARTITIVE_QUANTIFIER,
    PER_THEN_PARTICIPLE,
    RELATIVE_TIME,
    RULINGS,
    SUMMING_HEAD,
    TALLY,
    TIME,
    TIME_ADJUNCT,
    TRIM_END,
    VERB_FORMS,
    WORDS,
    comma_before_verb,
    compound_tail,
    skip_space,
    word_before,
)
from tui.core.statements.quotations import Quotations
from tui.core.statements.rejections import (
    anonymity,
    charge_passive,
    conceded_contest,
    generic_condition,
    named_in_aside,
    named_thing,
    or_after_refusal,
    quoting_another,
    reported_deed,
    saying_object,
    shown_pictures,
    told_after_as,
)
from tui.core.statements.state import Emitted, Found
from tui.core.text import (
    DASHES,
    POSSESSIVE_END,
    POSSESSIVE_ENDINGS,
    WordPattern,
    alternation,
    head_before,
    last_word,
    last_word_start,
    strip,
)

# Stance participles, which may open a sentence capitalised: "Citing a report, ...".
_STANCE_PARTICIPLES = frozenset(w for w in STANCE_CUES if w.endswith("ing"))
_ANY_PREPOSITIONS = PREPOSITIONS | PLACE_PREPOSITIONS  # of any kind: "of", "near", "across"
# The speakers whose statement may only relay another's saying: "The Courier reported that
# Vance admitted ...", "according to the suit, Vance told ..." (`_saying_reported`).
_RELAYING_KINDS = frozenset({"media", "document"})
# What tells an unnamed source was there to hear a saying: "two people *who attended*".
_WITNESSED = re.compile(r"\s+(?:" + alternation(WITNESS_POSTMODIFIERS) + r")\b")
_INFINITIVE = re.compile(r"\bto\s+[a-z]")  # an order's infinitive: "told clerks *to wait*"
_NOT = re.compile(r"\b(?:not|never)\b|n[’']t\b")  # "Vance *never* told", "*didn't* tell"
# Participles that are cues only in the passive: "is considered", "are known".
_PASSIVE_ONLY = PASSIVE_CUES - SPEECH_CUES - BELIEF_CUES - NAMING_CUES - STANCE_CUES
_CALL_FORMS = frozenset("call calls called".split())
# The indefinite article, and the nouns of a quantity of people that agree in the plural after
# it ("a few call it luck", "a majority call for a vote").
_INDEFINITE = frozenset({"a", "an"})
_COLLECTIVE_QUANTITIES = GROUP_QUANTITIES | SHARE_HEADS
_AND_BEFORE = re.compile(r"[^,\s]\s+and\s+\Z")  # a verb joined, no comma: "... and intended"
_INFINITIVE_NEXT = re.compile(r"\s+to\s+([a-z]+)")  # "(intended) to sell"
# ... or a negated one after a headline's passive: "Evacuees told not to return".
_NEGATED_INFINITIVE_NEXT = re.compile(r"\s+(?:not|never)\s+to\s+[a-z]")
# A wish, no habit: a modal before "like" or "love" ("would like to say", "'d love to say",
# "would have liked to say"); "liked to say", "likes to say" tell a habit of saying.
_WISHING_MODAL = (
    r"(?:\b(?:would|should|could)|\w[’']d)(?:\s+(?:have|really|also|still|just|dearly))?\s+"
)
_WISHED = re.compile(_WISHING_MODAL + "$")  # before the cue "like", "love"
_WISHED_TO = re.compile(_WISHING_MODAL + r"(?:like|liked|love|loved)\s+to\s+$")  # before "say"
_WISH_REACH = 40  # characters looked at before a cue for a wish's modal
# "had to" lends its subject as a catenative verb does in a free relative ("here's what the
# mayor had to say: ...") and before owning up, a duty met ("Lee had to admit it failed");
# not another duty ("the board had to report the breach", "had to say whether"), nor one
# not met: a condition, a negation, a modal's perfect ("if she had to admit", "never had
# to", "would have had to").
_WHAT_HAD_TO = re.compile(r"\b[Ww]hat\s+(?:[\w.’'-]+\s+){1,4}had\s+to\s+$")
_HAD_TO = re.compile(r"\bhad\s+to\s+$")
_DUTY_UNMET = re.compile(
    r"\b(?:[Ii]f|[Uu]nless|never|not|have|had)\b[^,;:.!?]*had\s+to\s+$|n[’']t\s"
)
_OWNING_UP = (
    ADMIT_FORMS | CONCEDE_FORMS | frozenset("acknowledge acknowledged confess confessed".split())
)
_THAT_AFTER = re.compile(r"\s*,?\s+that\b")  # "(argued for years) that"
# "spent" and what a participle cue fills, up to six words ending just before it, in any case:
# "spent *two hours*", "spent *the debate*", "spent *Monday*", "spent *the better part of an
# hour*"; no preposition but "of", relative word or participle in it ("spent the afternoon
# listening to nurses warning": the nurses'). The subject of "spent" speaks, not the time.
_SPENT_TIME = re.compile(
    r"\b(?:spend|spends|spent|spending)(?:\s+(?:"
    + alternation(frozenset(w for w in TIME_WORDS | SEASONS if w.endswith("ing")))
    + r"|(?!(?:"
    + alternation(PREPOSITIONS - {"of"} | {"to", "who", "whom", "whose", "which", "that", "where"})
    + r")\b)(?![\w’'-]+ing\b)[\w’'-]+)){1,6}\s+\Z",
    re.IGNORECASE,
)
# A relative pronoun before a verb (an auxiliary at most between): before "spent", the cue's
# content must be a clause, with "that" or a subject and a finite verb ("who spent weeks
# insisting *the plan was* sound"; "Varnum, who spent two hours explaining her plan, said": no
# claim of hers in "explaining"); before a verb of standing, its noun is the participle's
# speaker ("a man who stood outside the court shouting").
_RELATIVE_BEFORE_VERB = re.compile(r"\b(?:who|which|that)\s+(?:\w+\s+)?\Z")
_CLAUSE_AFTER_SPENT = re.compile(
    r"\s+(?:that\b|(?:the|a|an|his|her|their|its|this|these|he|she|they|we|it|I|[A-Z][\w’'-]*)"
    r"(?:\s+[\w’'-]+){0,3}?\s+(?:is|are|was|were|will|would|had|has|have|could|can|did|does"
    r"|should|must|might)\b)"
)
_SPENT_REACH = 56  # how far before the cue its "spent" may start
# A subject's legal charge or arrest before its cue, which the phrase before the participle
# holds: "A man charged with murder (told reporters)", "A teen arrested in connection with the
# fire (said)", "A man arrested after a crash that killed two cyclists (told)"; no comma,
# quotation mark, sentence end, "and" or relative but a subject's relative with its past verb
# inside it ("in the attack that hurt a woman who (said)": hers), no clause after "after"
# ("was charged after police (said)": theirs).
_CHARGED_SUBJECT = re.compile(
    r"\s(?:"
    + alternation(CHARGE_PARTICIPLES)
    + r")\s+(?:"
    + "|".join(p for p in CHARGE_PREPOSITIONS if p not in CHARGE_EVENT_PREPOSITIONS)
    + "|(?:"
    + "|".join(CHARGE_EVENT_PREPOSITIONS)
    + r")(?=\s+(?:a|an|the|his|her|their|its)\s))\s+"
    r"(?:(?!\b(?:that|who|which|whom|whose|and|or)\b)[^,;:.!?“”\"]|\bthat\s+(?=[a-z]+ed\b|"
    + alternation(SIMPLE_PASTS)
    + r"\b)){1,60}$"
)
# What each `_CHARGED_SUBJECT` holds: its participle's ending ("-ed") and its preposition,
# which a scan finds by the literal opening it; most sentences have none, and that pattern,
# opening with a space, is tried at each one.
_CHARGE_LINK = re.compile(
    "(?:"
    + alternation(frozenset(p[-2:] for p in CHARGE_PARTICIPLES))
    + r")\s+(?:"
    + "|".join(CHARGE_PREPOSITIONS)
    + r")\s"
)
# Verbs of saying after "declined to", "refused to": a speaker's refusal to say more.
_SPEAKING_INFINITIVES = (
    ANSWER_VERBS | DISCLOSING_CUES | frozenset("say specify speculate name identify".split())
)
# An infinitive opening a content ("(agreed) to", "(vowed) not to"), after a listener of up to
# three words for a cue that takes one ("(asked) him to", "(urged) members to"); not a
# clause's "(said) it plans to", "(said) the decision to close".
_INFINITIVE_OPENING = re.compile(r"(?:not\s+)?to\s")
_SKILL_OPENING = re.compile(r"(?:(?:how|when|where)\s+)?to\s+[a-z]")  # "(learned) how to weld"
_LISTENER_INFINITIVE_OPENING = re.compile(r"(?:[\w’'-]+\s+){0,3}?(?:not\s+)?to\s")

_PLURAL_NOUNS = COLLECTIVE_HEADS | PLURALS_WITHOUT_S  # "the agency's data show"
# Adjectives that are cues only before "that": "Democrats are afraid that ...".
_ADJECTIVE_ONLY = BELIEF_ADJECTIVES - CUE_VERBS
# Between a verb and its particle, an adverb, a day (after "on", "late", "early" or not), how
# long (`DURATION`) or a vote's tally: "spoke emotionally of", "called Friday for", "spoke
# out Tuesday about", "complained for months about", "pushed for two years for", "voted 7-2
# to", "voted 4-1 on Tuesday night to"; the cue is read as the verb and particle alone.
_TIMES_BETWEEN = alternation(
    frozenset(w for w in TIME_WORDS if len(w) > 3) | {w.capitalize() for w in TIME_WORDS}
)
_BETWEEN_PARTICLE = (
    r"(?:\s+(?:out|again|often|last|this|at length|[a-z]+ly"
    r"|"
    + DURATION
    + r"|"
    + TALLY
    + r"|(?:on|late|early)(?=\s+(?:"
    + _TIMES_BETWEEN
    + r")\b)|"
    + _TIMES_BETWEEN
    + r")(?![\w’'-])){1,4}\s+"
)
_SPLIT_PARTICLES = {tuple(p.split(" ", 1)) for p in STANCE_PARTICLES}
# "Lee was blunt:": an adjective of a manner of speaking is a cue only with its colon.
_COLON_CUES = frozenset(
    adjective + topic + ":"
    for adjective in COLON_MANNER_ADJECTIVES
    # "was blunt about it:", "were clear on that:": what the manner is about, then the words
    for topic in ("", " about it", " about that", " about this", " on it", " on that", " on this")
)
# Of those, the adjectives that mostly describe things: "The rules are clear:".
_THING_COLON_CUES = frozenset("clear: explicit: unambiguous: direct:".split())
# Prepositions before the noun a colon cue's subject phrase took, the object of another noun
# ("Her message *to* residents was clear:"): the subject is that noun, not those people. Not
# "from": a message from someone is theirs ("The message from residents was clear:").
_COLON_SUBJECT_OBJECTS = frozenset("to for of about with".split())
# Texts of law and scripture, which set out but say nothing: "The Constitution is clear:".
_LAW_WORDS = frozenset(
    "constitution amendment amendments treaty treaties convention conventions charter act "
    "statute code bible scripture scriptures koran quran torah rules regulations".split()
)
# Every cue, at the start of a word. Capitalised, a cue may open a sentence ("Says Ellis:
# ..."), but not a weak one, which is then a noun ("the United States").
_CUE_WORDS = (
    PHRASE_CUES
    | frozenset(STANCE_PARTICLES + ATTITUDE_ADJECTIVE_CUES)
    | {"according to", "According to"}
    | CUE_VERBS
    | CHARACTERIZE_CUES
    | FRAMING_CUES
    | HARSH_CRITICISM_CUES
    | DISCUSSION_CUES
    | QUESTION_PARTICIPLES
    | {w.capitalize() for w in QUESTION_PARTICIPLES}
    | {w.capitalize() for w in (SPEECH_CUES | BELIEF_CUES | _STANCE_PARTICIPLES) - WEAK_CUES}
    # a participle of a manner of speaking opening its sentence, before the quotation it
    # reports: "Chanting “Shame on you,” the marchers left"
    | {w.capitalize() for w in MANNER_OF_SPEAKING_CUES if w.endswith("ing")}
    | BELIEF_ADJECTIVES
    | ESTIMATE_PUT_VERBS
    | WORDING_VERBS
    | _COLON_CUES
)
_SPLIT_VERBS = frozenset(verb for verb, _ in _SPLIT_PARTICLES)


def _split_rest(verbs: frozenset[str]) -> str:
    """What follows a verb of `verbs` split from its particle: the words between, then one of
    their own particles ("spoke ... of", not "spoke ... to", another verb's particle)."""
    particles = frozenset(particle for verb, particle in _SPLIT_PARTICLES if verb in verbs)
    return _BETWEEN_PARTICLE + "(?:" + alternation(particles) + ")" + BOUND_R


_SPLIT_REST = _split_rest(_SPLIT_VERBS)
# A cue that is a split verb with its particle ("called Friday for"), read whole.
_SPLIT_PARTICLE = re.compile("(?:" + alternation(_SPLIT_VERBS) + ")" + _SPLIT_REST)


def _split_cues() -> str:
    """Every verb of `_SPLIT_VERBS` with its own particle ("called Friday for", not "called
    Friday to"), the verbs of the same particles in one trie, after a look-ahead for any split
    verb and a space. A space after the verb, only one can match at a word: tried before any
    other cue, it is the match a trie of every cue would find first. The words between (~2,000
    characters of pattern) are written once per set of particles (18), not once per verb
    (83): a pattern compiled at import, ~4x faster."""
    verbs_of: dict[frozenset[str], set[str]] = {}
    for verb in sorted(_SPLIT_VERBS):
        own = frozenset(particle for split, particle in _SPLIT_PARTICLES if split == verb)
        verbs_of.setdefault(own, set()).add(verb)
    return (
        r"(?=(?:"
        + alternation(_SPLIT_VERBS)
        + r")\s)(?:"
        + "|".join(
            "(?:" + alternation(verbs) + ")" + _split_rest(frozenset(verbs))
            for verbs in verbs_of.values()
        )
        + ")"
    )


def _cue_trie(node: dict[str, dict]) -> str:
    """The trie `node` as a regular expression: longer words first, then the end of a word
    (key "")."""
    options = [re.escape(char) + _cue_trie(child) for char, child in node.items() if char]
    options += [""] if "" in node else []
    return options[0] if len(options) == 1 else "(?:" + "|".join(options) + ")"


def _cue_pattern(words: frozenset[str]) -> str:
    """The regex matching any word of `words`, written as a trie (`_cue_regex`): as an earlier
    run wrote it (`kept`; ~14 ms of the start-up of `whosaid extract` otherwise)."""
    return kept(_cue_regex, words, _cue_trie)


def _cue_regex(words: frozenset[str]) -> str:
    """The regex matching any word of `words`, its alternatives shared as in a trie ("said|
    says" as "sa(?:id|ys)"), the words sorted so that it is the same in every run."""
    trie: dict = {}
    for word in sorted(words):
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _cue_trie(trie)


# "per" naming a source, as "according to" does: after a comma, the source ending the
# sentence or its clause (`_PER_THEN_PARTICIPLE`) ("..., per the sheriff's office.", "...,
# per state police.", not "..., per the plan, is $400", what is in keeping with it), or
# opening the sentence with a comma after the source ("Per the report, ..."; not the rate of
# "Per student costs rose"); before a determiner, a name, police or a plural, a modifier
# first or not ("per fire officials", "per court records"); not a rate ("2 inches per hour",
# "per capita"). A name and an appositive after an opening "Per" are a person so named ("Per
# Sandberg, the party's deputy, said").
_PER_PHRASE = r"(?:the|a|an|[A-Z][\w’'-]*|(?:[a-z]+\s+)?(?:[a-z]+s|police))(?![\w’'-])"
_PER_TO_COMMA = r"(?:(?!(?<=[a-z])\.\s)[^,;:!?\n]){0,60}?,"  # up to a comma in its sentence
# ", the chief, said": an appositive, then the person's own cue (not "Per Reuters, the talks
# collapsed, ending ...": the source's report)
_PER_APPOSITIVE = (
    r"\s+(?:the|an?|his|her|its|their)\s[^,;:.!?\n]*,\s+(?:"
    + alternation(w for w in SPEECH_CUES if w.isalpha() and not w.endswith("ing"))
    + r")\b"
)
# The source may end at a comma before a participle's clause ending the sentence
# (`PER_THEN_PARTICIPLE`).
_PER_SOURCE = (
    r"(?:(?<=, )per(?=\s+"
    + _PER_PHRASE
    + r"[^,;:!?\n]*(?:[.!?][\"”’)]?(?:\s|$)|"
    + PER_THEN_PARTICIPLE
    + "))"
    + (r"|Per(?=\s+(?=[A-Z])" + _PER_TO_COMMA + r"(?!" + _PER_APPOSITIVE + r"))")
    + (r"|Per(?=\s+(?![A-Z])" + _PER_PHRASE + _PER_TO_COMMA + r"))")
)
# The cues that name a source and report the rest of the sentence (`_according`).
_SOURCE_CUES = frozenset({"according to", "per"})
# One trie, which the regex engine runs far faster than a list of alternatives; it tries
# every branch of an alternation at every word start, so the branches a common word passes
# are what the scan costs: a verb's particle is tried only after a split verb and a space
# (`_split_cues`), capitalised cues only before a capital (not at every lowercase word).
# Found with the reporting nouns in one scan of the text (pipeline.py).
CUE_STARTS = WordPattern(
    "(?:"
    + _split_cues()
    + "|"
    + _cue_pattern(frozenset(w for w in _CUE_WORDS if not w[0].isupper()))
    + "|(?=[A-Z])"
    + _cue_pattern(frozenset(w for w in _CUE_WORDS if w[0].isupper()))
    + "|"
    + _PER_SOURCE
    + ")"
    + BOUND_R,
    frozenset(cue.split(" ", 1)[0].rstrip(":") for cue in _CUE_WORDS | _SPLIT_VERBS) | {"per"},
)
# What may stand before a phrase opening its sentence (nothing, at the text's start).
_OPENS = '.!?“"\n'
# A sentence's end before a name opening the next one, past a closing quotation mark: 'the
# line was “late.” Transit advocate Ann Roe', "“... every day.”" closing a paragraph.
_ENDED_BEFORE = re.compile(r"(?:[.!?]|[.!?][”’]|\n)\s*$")
_TOPIC_NEXT = re.compile(r"\s+(?:of|about)\s")  # what a verb of knowing is acquainted with
# On whose behalf one answers, and nothing after it: "answering for himself.", "replying for
# her mother,"; not "answering for years that ...".
_BEHALF_NEXT = re.compile(
    r"\s+for\s+(?:(?:him|her|it|them|my|your|our)sel(?:f|ves)|(?:his|her|their|its|the)\s+[a-z]+)"
    r"\s*(?:[,.;)]|$)"
)
_SAY_THE_LEAST = re.compile(r"say\s+the\s+least\b")  # an idiom, no purpose
# "knows the mayor well", "knew him from school", "knows the union's leaders well": a person
# known (after a possessive too), with how well or since when (no finite verb in it: "knows
# the senator from Ohio will vote no" is a belief), then the clause's end; no clause follows
# the object, so no belief is told. How well (`degree`, perhaps quoted) makes anything known
# a familiarity: "knew the coast well", 'knows the moors "better than anyone"'.
_KNOWN_PERSON = re.compile(
    r"\s+(?:(?:him|her|them|me|us)"
    # a part of people known: "knows *most of the* villagers", "knew *all* the guards"
    r"|(?:(?:most|all|many|some|each|both|half|several|none)\s+(?:of\s+)?)?"
    r"(?:(?:the|his|her|their|our|my|a|an|every)\s+|[A-Z][\w-]*[’']s\s+)"
    r"(?:[\w’'-]+\s+){0,2}?(?P<noun>[a-z-]+)"
    r"|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})"
    r"(?:\s+[“\"‘]?(?P<degree>(?:very\s+|so\s+)?(?:well|personally|intimately|slightly|vaguely)"
    r"|better\s+than\s+[\w’' -]{1,30}?|best|inside\s+out|by\s+(?:name|sight))[”\"’]?)?"
    r"(?:\s+(?:from|for|since|through|at|in|on|across)\s+(?:(?!"
    + FINITE.pattern
    + r")[^,.;:!?“”\"]){1,60})?"
    r"\s*(?:[,.;:!?]|$)"
)
# A belief adjective after a copula takes a clause without "that" when a subject opens it:
# "we are convinced this route ...", "she was confident they would ...".
_COPULA_BEFORE = re.compile(
    r"(?:\b(?:is|are|was|were|am|be|been|remain|remains|remained)|[’']m|[’']re|[’']s)"
    r"(?:\s+(?:not|so|very|quite|still|\w+ly))?\s+$"
)
_CLAUSE_NEXT = re.compile(r"\s+(?:he|she|they|we|I|it|this|there|you)\s+\w")
# Words between "and" and a second cue of the same subject: "and has also said".
_CONJOINED_AUXILIARY = (
    r"also|then|later|has|have|had|would|will|did|\w+ly|(?:"
    + alternation(CATENATIVE_VERBS)
    + r")\s+(?:on\s+)?to"
)
_CONJUNCTIONS = "and|but|yet|or|while|whereas|although|though"  # that may join a second cue
_EVENT_STRENGTHS = frozenset({"Tropical", "Super"})  # "Tropical Storm Lee", "Super Typhoon Kai"
# A subject that "and" may join to another before a cue: "said he and his wife had left".
_LONE_SUBJECTS = frozenset({"he", "she", "they", "we", "i", "you", "it"})
# What joins a second attribution to the content of the last: a conjunction ("and he urged",
# "..., as officials warned", "..., when regulators say"), or a relative pronoun that is the
# object of the new cue ("..., which he said were").
# A relative aside's opening, its cue's statement inside the last content, and its close
# before that content's verb: "the fund*, which* auditors say was sound*, was* insured" (no
# cut of the last content there).
_RELATIVE_LEAD = re.compile(r",\s+(?:which|whom)\s+\Z")
_ASIDE_CLOSED = re.compile(r"[,―—–]\s+(?:" + alternation(AUXILIARY_VERBS) + r"|[a-z]+ed|[a-z]+s)\b")
_COORDINATOR = re.compile(
    r"(?:,?\s+(?:"
    + _CONJUNCTIONS
    + r")(?:\s+(?:"
    + _CONJOINED_AUXILIARY
    + r"))*|;|,\s+(?:(?:in|of|on|about)\s+)?(?:which|whom|what)|,\s+(?:as|when)|[,―—–]"
    # the head of a relative clause without its pronoun: ", a decision aides said he made"
    + r"|,\s+an?\s+[a-z-]+(?:\s+[a-z-]+)?)\s+$"
)
# What alone may follow a sentence-final attribution, up to its sentence's end (matched from
# the cue: it stops at the first other character, so no cue reads on to that end).
_SENTENCE_TAIL = re.compile("[\\s.!?\"”’']*$")
# The object of a verb whose past is its base, then a figure or a comparison: "(Dunmore)
# forecast quarterly revenue of $2 billion", "forecast annual sales above estimates", not a
# noun's compound ("the Dunmore forecast of $2 billion", "The bureau forecast showed rain").
_FIGURE_OBJECT = re.compile(
    r"\s+(?:[a-z][\w-]*\s+){1,3}?(?:of|above|below|between|at|near|around|in\s+line\s+with)"
    r"\s+(?:[$€£]|[A-Z]{1,3}\$|\d|(?:the\s+|analysts[’']\s+)?(?:"
    + alternation(ESTIMATE_NOUNS)
    + r")\b)"
)
# A figure set against an estimate after a comma, which a source after "according to" gives:
# ", short of the average estimate of", ", above analysts' expectations of", ", beating the
# consensus forecast"; not the speaker's own (", beating its own forecast"), which no other
# source gives.
_ESTIMATE_COMPARED = re.compile(
    r",\s+(?:(?:well|just|slightly|narrowly)\s+)?(?:"
    + alternation(ESTIMATE_COMPARISONS)
    + r")\s+(?!(?:"
    + alternation(frozenset(POSSESSIVE_PRONOUNS))
    + r"|our|my)\s)(?=[^,.;:“”\"]{0,50}?\b(?:"
    + alternation(ESTIMATE_NOUNS)
    + r")\b)"
)
# The same comparison after an interrupting attribution, the reporter's and not the speaker's
# (`_ESTIMATE_COMPARED`, `_expectation_compared`), the estimate a noun or what others expected,
# numbers' points and commas read through: "(Payrolls rose 228,000, the department said,)
# *well above the 135,000 economists had expected*", "*below the 0.2% rise analysts had
# forecast*"; not the speaker's own (", ahead of its own forecast").
_EXPECTATION_COMPARED = re.compile(
    r"(?:(?:well|far|just|slightly|narrowly)\s+)?(?:"
    + alternation(ESTIMATE_COMPARISONS)
    + r")\s+(?!(?:"
    + alternation(frozenset(POSSESSIVE_PRONOUNS))
    + r"|our|my)\s)(?:[^,.;:“”\"]|[.,](?=\d)){0,60}?\b(?:(?P<noun>"
    + alternation(ESTIMATE_NOUNS)
    + r")|"
    + alternation(EXPECTED_PARTICIPLES)
    + r")\b"
)
_DIGIT = re.compile(r"\d")
# The subject and modal of a clause a verb of staking takes with no "that" (`_wagered_clause`):
# "(betting) *the central bank will*", "*voters would*", "*Ottawa's plan won't*".
_WAGERED_CLAUSE = re.compile(
    r"(?:(?:the|a|an|its|their|his|her)\s+)?(?!(?:"
    + alternation(PREPOSITIONS)
    + r")\s)[\w’'.-]+(?:\s+[\w’'.-]+){0,3}?\s+"
    r"(?:will|would|could|can|might|may|won[’']t|wouldn[’']t|is\s+going\s+to|are\s+going\s+to)\s"
)
# A clause joined after an interrupting attribution: "A, Lee said, *but* B"; past the
# listener of a cue that takes one ("A, Lee told *CBC News*, but B", "told *reporters*").
_JOINED_AFTER = re.compile(r"[^\S\n]*,\s+(?:but|and|yet|while|though|although)\s")
_LISTENER_BEFORE_JOINED = re.compile(
    r"(?:[^\S\n]+[\w’'.-]+){1,4}?(?=" + _JOINED_AFTER.pattern + ")"
)
# "which" or "who" and a short subject (not an auxiliary) before a cue ("the board, *which
# it* said met twice"): the content after the cue may be the relative clause's predicate.
_RELATIVE_SPEAKER = re.compile(
    r"\b(?:which|who)\s+(?!(?:" + alternation(AUXILIARY_VERBS) + r")\s)(?:(?:the\s+)?[\w’'-]+"
    r"|[A-Z][\w’'-]*\s+[A-Z][\w’'-]*)\s+$"
)
# "what" opening a free relative before a cue's subject: "What critics fear is ...".
_FREE_RELATIVE = re.compile(r"(?<![\w’'-])(?i:what)\s+$")
# "Here's", "here is", "this is" or "that's" (maybe "exactly") before such a "what", or a
# "how": the free relative points at what follows it or came before, and a clause after its
# cue is still inside it ("Here's what experts say you should do.", "Here's how experts say
# you should prepare.", "That's what critics say the plan would bring."; not "the gap
# between what Lee says his plan would do", nor a reason's "why": "That is why Lee said the
# plan failed" reports it).
_POINTING_WHAT = re.compile(
    r"(?<![\w’'-])(?i:here[’']s|here\s+is|this\s+is|that[’']s|that\s+is)"
    r"\s+(?:(?:exactly|precisely|just)\s+)?(?:what|how)\s+$"
)
_POINTING_REACH = 28  # characters before a phrase that `_POINTING_WHAT` reads
# "advising" as advice given: after a form of "be" (an adverb between: "are now advising",
# "is strongly advising"), "that" or "against" after it, or its listener and "to", "that"
# or "against" ("The agency is advising people to stay home", "residents of Ashford and
# Brill to shelter"); not "The bank advising Corrib said", "has been advising the family",
# a counsel's role, nor a relative clause after the listener ("advising clients who want to
# sell", "the team that won the title").
_ADVICE_BE = re.compile(r"\b(?:is|are|was|were|been|be)\s+(?:(?:now|still|also|[a-z]+ly)\s+)?$")
_ADVICE_REACH = 24  # characters looked at before "advising" for `_ADVICE_BE`
_NOT_RELATIVE = r"(?!(?:who|which|that)\b)"  # a listener's word, no relative pronoun
# "that" opening the advice's clause, its subject after it: "advised them that the road ..."
_ADVICE_THAT = (
    r"that(?=\s+(?:he|she|it|they|we|I|you|there|his|her|its|their|our|my|the|this|these|those"
    r"|a|an|all|no)\s)"
)
_ADVICE_AFTER = re.compile(
    r"\s+(?:that\b|(?:"
    + _NOT_RELATIVE
    + r"[\w’'-]+\s+){0,6}?(?:to|against|"
    + _ADVICE_THAT
    + r")\b)"
)
# A word of a listener of advice: no relative or interrogative word ("advises Acme and Orla
# on *how* to grow": a counsel's topic), verb of saying or conjunction.
_ADVISEE_WORD = (
    r"(?!(?:who|which|that|how|what|whether|where|when|said|says|told|and|or)\b)[\w’'-]+"
)
# What gives advice after "advise": "that", or "to", "against" or "that" after its listeners,
# however long, before any comma or relative pronoun ("advised families with children under 6
# and pregnant women to drink ...", "advised on Monday that the road was shut"), or after a
# list of a few words each ("advised children, pregnant women and the elderly to stay in"); a
# noun of advice as its object, an adjective at most before it and no noun after it ("advised
# caution", "advised extreme caution near the cliffs"; not "advises care homes"); a colon
# ("advised: do not drink the water"); a gerund and its object, the advice itself
# (GERUND_ADVICE_CUES: "advise limiting screen time"; not "advises mining companies"); or
# anyone of a description and its "to" (`ANY_LISTENERS`: "advise anyone who feels unwell to").
_ADVICE_CLAUSE_AFTER = re.compile(
    r"\s+(?:that\b|(?:"
    + _NOT_RELATIVE
    + r"[^,.;:!?“”\"])*?\b(?:to\s+[a-z]|against\s|"
    + _ADVICE_THAT
    + r"))"
    + rf"|(?:\s+(?:{_ADVISEE_WORD}\s+){{0,3}}{_ADVISEE_WORD},){{1,5}}"
    + rf"\s+(?:{_ADVISEE_WORD}\s+){{0,3}}(?:and|or)\s+(?:{_ADVISEE_WORD}\s+){{0,4}}to\s+[a-z]"
    + r"|\s+(?:(?!(?:the|a|an|this|that|his|her|its|their|our|your|my)\b)[a-z]+\s+)?(?:"
    + alternation(ADVICE_NOUNS)
    + r")\b(?!\s+(?!(?:"
    + alternation(_ANY_PREPOSITIONS | {"and", "or", "if"})
    + r")\b)[a-z])"
    + r"|\s*:\s+\S"
    + r"|\s+[a-z]{2,}ing\s+(?!(?:"
    + alternation(ORGANIZATION_PLURALS | ORGANIZATION_WORDS)
    + r")\b)[a-z]"
    + r"|\s+(?:"
    + alternation(ANY_LISTENERS)
    + r")\s+who\s+[\w’'-]+\s+(?!to\b)[^,.;:!?“”\"]*?\bto\s+"
    + NOT_FUNCTION_WORD
    + r"[a-z]"
)
_ADVICE_CLAUSE_REACH = 120  # characters after "advise" searched for its "to" or "against"
_SENTENCE_END_NEXT = re.compile(r"\s*(?:[.!?]|\Z)")  # "..., the agency advises."
_AFTER_WHAT_WAS_SAID = frozenset(",”\"’'")  # before a cue's space: "“...,” advised Dr. Roe"


def _advice_given_at(text: str, cue: Span, end: int) -> bool:
    """Whether a form of "advise" at `cue` gives advice: after what was said and its comma or
    closing mark ("“Boil your water,” advised Dr. Ann Roe"), a clause after it
    (`_ADVICE_CLAUSE_AFTER`), a quotation ("advised: “...”"), or the sentence's end, its
    advice before it ("Delete it, the agency advises.")."""
    pos = cue[1]
    return (
        text[cue[0] - 2 : cue[0] - 1] in _AFTER_WHAT_WAS_SAID
        or _ADVICE_CLAUSE_AFTER.match(text, pos, min(end, pos + _ADVICE_CLAUSE_REACH)) is not None
        or _QUOTE_NEXT.match(text, pos) is not None
        or _SENTENCE_END_NEXT.match(text, pos, end) is not None
    )


# The forms of "see" and its kin: what someone has seen is no claim ("What he has seen are
# the charts"); "seen" is listed with the passive cues, not with CHARACTERIZE_CUES.
_PERCEPTION = CHARACTERIZE_CUES | {"seen"}
# A clause's subject after a cue in a free relative: "what" is taken from inside that
# clause, which is what was said ("the gap between what Lee says *his plan* would do and ...").
_SUBJECT_NEXT = re.compile(
    r"\s+(?:that\s+)?(?:he|she|it|they|we|I|you|there|his|her|its|their|our|my|the|this|these"
    r"|those)\s"
)
# A passive of quoting with its quoter before "as saying": "Lee was quoted by TASS as saying",
# where the subject, not the quoter, speaks.
_QUOTED_BY = re.compile(
    r"\b(?:is|was|were|been|being)\s+(?:quoted|cited)\s+(?:by|in)\s[^;:“”\"\n]{1,80}\Z"
)
# "as saying" and "as telling" after the object of a verb of quoting: the object speaks.
_AS_QUOTED = frozenset(cue for cue in QUOTED_AS_CUES if cue.startswith("as "))
_AS_QUOTED_ONLY = _AS_QUOTED - {"as saying"}  # a cue only after a verb of quoting
_QUOTER_BEFORE = re.compile(r"\b(?:" + alternation(QUOTING_VERBS) + r")\s[^;:“”\"\n]{1,80}\Z")
_QUOTER_REACH = 100  # characters before "as telling" searched for the verb of quoting
# "so" or "or so" right before an inverted cue: "..., or so says Lee", "So said the minister."
_SO_BEFORE = re.compile(r"(?:\b(?i:or)\s+)?\b(?i:so)\s+$")
# A colon a few words after such a cue, none of them a copula: "Here is what she said: “...”",
# "Here is what Lee said at the afternoon news conference:"; not "What she said at the
# meeting was clear:", a pseudo-cleft.
_COLON_NEXT = re.compile(r"(?:,?\s+(?!(?i:is|was|are|were)\b)[\w’'-]+){0,12}?\s*:")
# The copula of a pseudo-cleft after such a cue and up to three words (its object, an
# adverb): "What she told me *was that* ...", "What critics fear most *is* ...".
_CLEFT_COPULA = re.compile(r"(?:\s+[\w’'-]+){0,3}?\s+(?:is|was|are|were)\s+(?:that\s+)?")
# What may stand before a participle cue opening a sentence: nothing, or a preposition.
_OPENING_LEAD = re.compile(r"\s*(?:(?i:in|after|while|when|by|before)\s+)?")
# The comma before "as" opening the attribution after its content, inside a closing quotation
# mark too ("..., as police have said", "“...,” as Lee put it").
_AS_CLAUSE = re.compile(r",[”\"’]?\s+as\s+$")
# A source's preposition ending the text before a phrase: "per ", "according to ".
_SOURCE_BEFORE = re.compile(r"\b(?:[Pp]er|[Aa]ccording to)\s+\Z")
_SOURCE_REACH = 14  # characters before a phrase that `_SOURCE_BEFORE` reads
# The prepositions that open no clause (not "while", "as", "after": "while a study reported
# ...", its verb's subject): a noun phrase after one is no subject.
_PLAIN_PREPOSITIONS = PREPOSITIONS - SUBORDINATORS - {"as"}
# A preposition opening the sentence, whose object a phrase right after it is, never the
# subject of a verb in "-s": "Under the new rules, ...", "On The Late Show, ..."; not a
# subordinator ("After Lee says ...").
_OPENING_PREPOSITION = re.compile(r"\s*(?i:" + alternation(_PLAIN_PREPOSITIONS - {"of"}) + r")\s+")
# Not a word in "-ed" that is no past (`ED_NOT_PASTS`: "says *indeed* the city is broke").
_NOT_ED_NOT_PAST = r"(?!(?:" + alternation(ED_NOT_PASTS) + r")\b)"
# A modal or a past in "-ed" after a cue word, the verb of the clause it bridges: see
# `VERB_ONLY_S_FORMS` ("a change the city says will hurt", "the council, which he says
# ignored warnings").
_GAP_VERB_NEXT = re.compile(
    r"\s+(?:will|would|could|can|may|might|should|must|" + _NOT_ED_NOT_PAST + r"[a-z]{2,}ed)\b"
)
# A clause before the relative clause a cue bridges, whose object the clause's head is: a
# comma, a relative pronoun, an auxiliary or a past in "-ed" ("It is a change the city
# says will hurt", "a berm that the mayor says"). With none, the sentence opens on the head,
# its subject, and the modal after the cue is the sentence's verb ("The only fix the mayor
# thinks will work is a tax", "Everything Lee says will be checked").
_CLAUSE_BEFORE = re.compile(
    r"[,;]|\b(?:that|which|who|is|are|was|were|has|have|had|will|would|[a-z]{2,}ed)\b"
)
# A body after a plural noun, then the body's verb: "the city plans *panel voted*" ("plans"
# modifies the body's noun, no cue; not "plans committee changes": its object).
_BODY_THEN_VERB = re.compile(
    r"\s+(?:" + alternation(HANDLING_BODIES) + r")\s+(?:has|have|had|is|was|will|would|[a-z]+ed)\b"
)
# After a cue word, the verb or preposition that makes it a noun: "health worries have", "Republican
# support was", "support among voters", "which advocates say"; or a cue verb in the past
# ("patient advocates welcomed", "its supporters praised"), or any past before its object
# ("patient advocates packed the hall"; not a word in "-ed" that is no past: "says indeed the
# city is broke", "argues need the").
_AUXILIARY_NEXT = re.compile(
    r"\s+(?:has|have|had|is|are|was|were|will|would|can|could|among"
    r"|say|said|believe|think|argue|warn|fear|worry|contend|note"
    r"|shows?|finds?|found|suggests?|indicates?"
    r"|" + _NOT_ED_NOT_PAST + r"[a-z]+ed\s+(?:the|an?|their|its|his|her|our)"
    r"|"
    + alternation(w for w in _CUE_WORDS if w.endswith("ed") and w.isalpha() and w.islower())
    + r")\b"
)
# A place named after a plural noun, then a plural verb: the noun is the verb's subject ("Press
# reports in Italy claim", "Media reports from Spain suggest"; not "Lee reports from Madrid
# that", nor "Lee claims in Ohio he was misled").
_PLACE_THEN_PLURAL_VERB = re.compile(
    r"\s+(?:in|from)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,3}"
    r"(?:say|said|claim|claimed|suggest|suggested|insist|believe|indicate|state|have|are|were)\b"
)
# A singular finite verb right after a noun, maybe past a comma: "(the find) is", "(the find), has".
_SINGULAR_VERB_NEXT = re.compile(r",?\s+(?:is|was|has|will|would|could|can|may|might)\b")
_ING_WORD = re.compile(r"[a-z]ing\b")  # a word in "-ing", a participle most often
# A gerund and its object of a word to three, then "and" or "or" with no comma: the conjunct
# before another gerund in a list ("cancelling cards, changing passwords and *filing*"; not
# "prices kept rising and polling", no object; not "..., and polling shows", a clause).
_GERUND_CONJUNCT = re.compile(
    r"\b[a-z]+ing\s+(?![a-z]+ly\b)[a-z][\w’'-]*(?:\s+[\w’'-]+){0,2}\s+(?:and|or)\s+$"
)
_GERUND_CONJUNCT_REACH = 60  # characters before the gerund: `_GERUND_CONJUNCT`
_CONJOINED = re.compile(r"\b(?:and|but|yet|or)\s+(?:(?:" + _CONJOINED_AUXILIARY + r")\s+)*$")
# What may stand before a participle cue whose subject is the sentence's ("..., saying", "by
# saying", '...," adding'), an adverb between ("..., even suggesting"), and a participle
# joined by "to" to the cue after it ("..., going on to say", "by trying to argue").
_PARTICIPLE_OPENER = r"(?:,[”\"’]?|\b(?:by|after|before|while|when|without|in))"
_ADVERB_BEFORE_CUE = r"(?:even|also|then|again|perhaps|still|later|[a-z]+ly)"
_TO_PARTICIPLE = r"[a-z]+ing(?:\s+on)?\s+to"
# "held" as a participle with its complement, no "that" coming but a demonstrative of time
# ("gains held for a year would pay", "talks held in May failed", "protests held in the
# capital that weekend"), not a court's ruling ("held
# on appeal that", "held Monday that", "..., the judge held.").
_HELD_PARTICIPLE = re.compile(
    r"\s+(?:"
    + alternation(PREPOSITIONS - {"that"})
    + r")\s(?![^.;:“\"]{0,40}\bthat\s(?!(?:week|weekend|day|night|morning|afternoon|evening"
    r"|month|year|spring|summer|fall|autumn|winter|time)\b))"
)
# "with" before the subject of a participle, which is no noun after it ("..., with many
# *warning* that ...", "with the union *warning*").
_WITH_BEFORE = re.compile(r"\bwith\s+$")
# "with", a description and the name set off after it, before a participle: "..., with the
# bank's governor, Ann Lee, warning ...": the participle's subject, not the sentence's.
_WITH_APPOSED = re.compile(
    r"\bwith\s+(?:the|its|their|his|her)\s+[^,;:.“”\"]{1,50},\s+[A-Z][^,;:.]{1,40},\s*$"
)
_WITH_APPOSED_REACH = 110  # characters before a participle searched for it
_DISTRIBUTIVE = r"(?:each|both|all)"  # standing for the many before it: "..., *both* saying"
# ..., and a distributive after the comma: "Both campaigns claimed the win, *each* insisting".
_PARTICIPLE_LEAD = re.compile(
    _PARTICIPLE_OPENER + r"(?:(?<=,)\s+" + _DISTRIBUTIVE + r")?(?:\s+" + _ADVERB_BEFORE_CUE + r")?$"
)
# The verb group between a participle of saying (`SPEECH_CUES`) and its subject, which makes
# the participle the subject's own verb, no participle trailing its clause: an auxiliary ("was
# saying"), a verb of going on ("kept saying", "went on telling") or a passive of hearing or
# recording ("can be heard saying", "was caught on camera telling").
_VERB_GROUP_BEFORE_PARTICIPLE = re.compile(
    r"(?:\s+(?:"
    + alternation(frozenset(w for w in CUE_AUXILIARIES if w.isalpha()) | {"can"})
    + r"))*(?:\s+(?:"
    + alternation(ASPECT_VERBS)
    + r")(?:\s+on)?|\s+(?:"
    + alternation(PASSIVE_BE_FORMS)
    + r")\s+(?:"
    + alternation(HEARD_PASSIVES)
    + r")(?:\s+on\s+(?:"
    + alternation(RECORDING_MEDIA)
    + r"))?)?\s+",
    re.IGNORECASE,
)
# The distributive itself, after the comma: the participle is the subject's only when no
# plural object stands between ("The company laid off 300 workers, *all* saying": theirs).
_DISTRIBUTIVE_LEAD = re.compile(
    r",[”\"’]?\s+" + _DISTRIBUTIVE + r"(?:\s+" + _ADVERB_BEFORE_CUE + r")?$"
)
# A plural direct object right after the subject's verb (and its particle): a determiner,
# number or quantifier and up to three words before a comma or a preposition ("interviewed
# *three witnesses*", "laid off *300 workers* at the plant"); not one in a prepositional phrase
# ("shook hands after the two debates").
_PLURAL_OBJECT = re.compile(
    r"\s+[a-z]+(?:\s+(?:off|up|out|down))?\s+(?P<object>(?:the|these|those|both|all|several"
    r"|many|some|dozens\s+of|hundreds\s+of|his|her|their|its|\d[\d,]*|"
    + alternation(frozenset(NUMBER_WORDS))
    + r")\s+(?:[a-z-]+\s+){0,2}?(?P<head>[a-z]+))(?=\s*,|\s+(?:at|in|on|after|before|during"
    r"|from|to|with|for|outside|near|across|over|since|until)\b)"
)


def _plural_noun(word: str) -> bool:
    """Whether a lower-case object noun is plural: `_plural_head`, not a singular in -s ("the
    *news* conference", "toured the *campus*", "discussed the *crisis*")."""
    return _plural_head(word) and word not in SINGULARS_IN_S and not word.endswith(("us", "is"))


_CATENATIVE_PARTICIPLE = re.compile(_PARTICIPLE_OPENER + r"\s+" + _TO_PARTICIPLE + "$")
# A message issued, and the medium that carried it, before a participle cue whose subject is
# the issuer: "Kim issued a statement through the state news agency warning that ...", and a
# judge's or a party's writing in a case: "Justice Lee filed a concurring opinion arguing", a
# submission to a hearing ("submitted a 14-page brief arguing", its length a modifier); a
# campaign's email sent out: "The campaign blasted out an email declaring victory", "blasts
# out a tweet calling Lee a liar", "blasted out texts calling"; the medium ends before a
# participle ("posted a video to Facebook *showing* nurses saying": the nurses')."
_ISSUED_MESSAGE = re.compile(
    r"\b(?:issue[sd]|release[sd]|publish(?:e[sd])?|posts?|posted|send|sends|sent"
    r"|(?:send|sends|sent|puts?|blasts?|blasted)\s+out|files|filed|writes|wrote|submit(?:s|ted))"
    r"\s+(?:(?:a|an|its|his|her|their)\s+(?:[a-z0-9-]+\s+){0,2}(?P<one>)|(?:[a-z-]+\s+)?)"
    r"(?:statement|message|communiqu[eé]|letter|note|opinion|concurrence|dissent|brief|e-?mail"
    r"|submission"
    r"|tweet|post|text|video)(?(one)|s)"
    r"(?:\s+(?:through|via|on|to|carried\s+by)(?:\s+(?![a-z]+ing\b)[^\s,;.“”\"]+){1,8})?\s*$"
)
_ISSUE_REACH = 120  # characters before a participle cue searched for the message issued
# The comma where the content before such a participle ends.
_PARTICIPLE_COMMA = re.compile(
    # '« A », before adding': said in turn, only after a quotation's close (not "said the
    # suspect fled, before telling ...": the clause's subject's)
    r"(?:(?:(?<=[»”\"])|(?<=[»”\"]\s)),\s+before\s+|,[”\"]\s+before\s+|,[”\"’]?\s+)(?:"
    + _DISTRIBUTIVE
    + r"\s+)?(?:"  # "..., both saying": the subjects, shared
    + _ADVERB_BEFORE_CUE
    + r"\s+)?(?P<to>"
    + _TO_PARTICIPLE
    + r"\s+)?$"
)
_ATTITUDES = frozenset(ATTITUDE_ADJECTIVE_CUES)
# What may follow a ruling that closes its content, after its time: where or how it was
# given ("in Washington", "in a written decision released Monday"; not "in her favour", what
# was decided), then the sentence's end, a headline's, or a clause joined on (", but ...").
_RULING_CLOSES = re.compile(
    r"(?:\s+in\s+(?![\w’'.]+\s+favou?r\b|favou?r\b)[^,.!?;:]{1,60}?)?"
    r"(?:\s*[.!?]|,\s+(?:but|and|while|though)\s|\s*$)"
)
# The bodies and officers that give a ruling: "the court", "a judge", "the justices".
_RULING_BODIES = HEARING_BODIES | frozenset(
    "judge judges justice justices arbitrator arbitrators coroner coroners board".split()
)
# Participles not in -ed passive after "is", "was": "was told by police to leave", "was found
# to be unlawful by the court" (not "is seen", "was known as": no passive report there).
_PASSIVE_NOT_ED = FINDING_PARTICIPLES | {"told"}
_IRREGULAR = frozenset("said told wrote".split())
# Pasts not in -ed that may follow a subject and its aside: "Voters, fearing a tax, *sent* ...":
# those that never modify a noun (`FINITE_PASTS`), and those that are participles too.
_PAST_FORMS = FINITE_PASTS | frozenset(
    "left met kept began spent sent built fled shut sold".split()
)
# A reason set off after a subject, its pronoun the subject's, up to a cue inside it: "Two
# nurses, because they (feared for ...)".
_REASON_ASIDE = re.compile(r"\w,\s+because\s+(?:he|she|they)\s+(?:[a-z]+\s+){0,2}$")
_REASON_REACH = 32  # characters before a cue searched for that reason's opening
# The comma closing a participle's aside, before its subject's own cue verb in the past or
# present: "Reuters, citing a source, *reported*", "Lee, citing a poll, *says*"; or before
# any verb in the past before its object's determiner, not a participle before its
# complement ("Officials, fearing a second wave, *closed* the schools"; not "the storm,
# located off the coast, ..."), or a past in -ed before a bare plural or a preposition.
_SUBJECTS_VERB = re.compile(
    r",\s+(?=(?:"
    + alternation(frozenset(w for w in CUE_VERBS if w.endswith(("ed", "s")) or w in _IRREGULAR))
    + r")\b|(?:[a-z]+ed|"
    + alternation(_PAST_FORMS)
    + r")\s+(?:the|an?|its|their|his|her|our|all|some|more|new|\d)\b"
    # or a past in -ed before a bare plural, a time's or a place's preposition or the
    # sentence's end ("The firm, citing turmoil, *halted* withdrawals", "Marr, denying
    # wrongdoing, *resigned* on Friday."; not "by", a passive's agent), unless "and" and a
    # comma close a list it opens ("citing costs, *reduced* revenues and delays, closed")
    r"|(?![a-z]+ed\b[^,.;]*\b(?:and|or)\b[^,.;]*,)"
    r"[a-z]+ed(?:\s+(?:on|in|at|for|from|after|over|with|[a-z]+s)\b|\s*[.;]))"
)


def _subjects_verb(text: str, start: int, end: int) -> int:
    """Where `_SUBJECTS_VERB` first matches in text[start:end], -1 if nowhere: not at a
    document's participle and its date after the document ("citing a memo, dated 4 May,
    that ...": the aside goes on the participle's object; "Lee, citing a memo, signed the
    deal" ends it)."""
    for verb in _SUBJECTS_VERB.finditer(text, start, end):
        dated = _DATED.match(text, verb.end())
        before = text[max(start, verb.start() - 24) : verb.start()].rsplit(None, 1)[-1:]
        if not (
            dated is not None
            and dated["participle"].lower() in DOCUMENT_POSTMODIFIERS
            and before
            and before[0].lower() in DOCUMENT_WORDS
        ):
            return verb.start()
    return -1


# A demonstrative "that" as a cue's object, a comma and a speech cue's participle after it:
# "denied that, saying ...", "disputed that, adding that ..." (no clause opens after "that");
# not a participle's aside closed by a comma before the clause "that" opens ("said that,
# noting the costs, the board would act").
_THAT_THEN_SAYING = re.compile(
    r"\s+that\s*,\s+(?:"
    + alternation(frozenset(w for w in SPEECH_CUES if w.endswith("ing")))
    + r")\b"
)
_DATED = re.compile(r"(?P<participle>[a-z]+)\s+\d")  # "dated 4 May"
# What a quotation was addressed to, after it: ' to a post', ' to the user'.
_TO_ADDRESSEE = re.compile(r"\s+to\s+(?:an?|the|his|her|their|its|one)\s")
# Cues whose object may be one word: "denied wrongdoing", "admitted guilt", "vows retaliation",
# "alleging fraud".
_ONE_WORD_OBJECTS = frozenset(DENY_FORMS.split()) | ADMIT_FORMS | PLEDGE_FORMS | ALLEGE_FORMS
# A refusal joined to what was said: "said A but would not say when", "but did not release
# the names", "but gave no details", "but stopped short of naming", "but left open whether":
# the speaker's non-answer, after the content, with or without "he"/"she" (the speaker; a
# plural or "it" may be the content's own subject). Without them, "stopped short of" only
# before an -ing verb and "left open" before a wh-word: "troops advanced, but stopped short of
# the capital" and "shut the library but left open the museum" are the content's subject's.
# Giving out what is known is a refusal when it did not happen ("did not give a date"), not
# when it will not ("would not give ground on pay": what was said); "gave no" only with a noun
# of information ("but gave no bonus" may be the content's own subject's).
_JOINED_NON_ANSWER = re.compile(
    r",?\s+but\s+(?:"
    r"(?:he|she)\s+(?:(?:stopped|stops)\s+short\s+of|(?:left|leaves)\s+open\s+the)"
    r"|(?:(?:he|she)\s+)?"
    r"(?:(?:stopped|stops)\s+short\s+of\s+[a-z]+ing"
    r"|(?:left|leaves)\s+open\s+(?:whether|when|how|what|who)"
    r"|(?:(?:did|does|do|has|have|had)(?:\s+not|n[’']t)|(?:declined|refused)\s+to)"
    r"\s+(?:" + alternation(ANSWER_VERBS | DISCLOSURE_VERBS) + r")"
    r"|(?:would|could|will)(?:\s+not|n[’']t)\s+(?:" + alternation(ANSWER_VERBS) + r")"
    r"|(?:gave|gives|offered|offers|provided|provides)\s+no\s+(?:(?:further|more|other)\s+)?"
    r"(?:details?|figures?|evidence|explanation|reasons?|names?|dates?|numbers?|information"
    r"|specifics|indication|proof|timeline|timetable)))\b"
)
# A passive participle in the content before a cue (`PASSIVE_TO_PARTICIPLES`) joined by "and"
# without a subject or object, which shares the passive ("had been questioned twice and warned
# to drop it": he was warned); looked for in the last `_PASSIVE_REACH` characters before the "and".
_PASSIVE_JOINED = re.compile(
    r"\b(?:been|was|were|being|is|are)\s+(?:\w+ly\s+)?(?:\w+(?:ed|en)|held|told|kept|made"
    r"|left|put|sent|shot|hit|caught|brought|led|set|cut|hurt)\b[^,;:“”\"]*$"
)
_PASSIVE_REACH = 120
# A clause with its own subject and finite verb after a comma and a conjunction, which no
# infinitive runs on into: "agreed to build it, *but the communique made* no mention", "vowed
# to stay, and he has", "urged members to strike, but few did", a bare plural before an
# auxiliary ("denied wrongdoing, and prosecutors have not charged him"); not more of the
# infinitive's object ("to fix the roads, and the bridges too", "and the bridges that were
# damaged").
_CLAUSE_AFTER_INFINITIVE = re.compile(
    r",\s+(?:but|and|while|whereas|although|though|yet)\s+"
    r"(?:(?:the|an?|his|her|its|their|this|these|those)\s+"
    r"(?:(?!(?:that|which|who|whom|whose)\b)[\w’'-]+\s+){0,3}?"
    r"|(?:he|she|it|they|we|I|few|none|most|many|nobody|no\s+one)\s+"
    r"|[a-z]{3,}[^\Wsu]s\s+(?=(?:have|had|were|are|did|would|will|could)\b))"
    r"(?:[a-z]+ed|is|was|were|are|has|have|had|made|did|does|would|will|could|can|may|might"
    r"|gave|held|said|says|told|fell|rose|grew|sank|won|lost|" + alternation(_PAST_FORMS) + r")\b"
)
# The words between "who" and its clause's cue: none, or an adverb or two ("who later
# said", "who has long argued"); no form of "be", whose cue is passive and the relative no
# speaker ("doctors, who are being asked to cover").
_RELATIVE_CUE_GAP = re.compile(r"(?:(?!(?:is|are|was|were|be|being|been)\s)[a-z]+\s+){0,2}")
# The auxiliary of a perfect between "who" and its verb: "who had complained".
_WHO_PERFECTS = (" who had ", " who has ", " who have ")
# A main clause's finite verb right after a relative's cue: "(who complained) were relieved".
_MAIN_VERB_NEXT = re.compile(r" (?:were|was|are|is|had|have|has|will|would)\b")
# A comma and a word opening an indirect question after a relative aside: the asking cue's
# question goes on after it ("asked the creator, who posts as “Kip”, *where* it came from").
_QUESTION_AFTER_ASIDE = re.compile(r",\s+(?:" + alternation(QUESTION_WORDS) + r")\s")
# ", and", an adjunct set off by commas and a subject: a clause joined to a noun phrase.
_JOINED_ADJUNCT = re.compile(r",\s+and\s+" + ADJUNCT_BEFORE_SUBJECT)
# A content opened by a plural subject: "the two presidents", "both sides", "the envoys" (not
# "the process", "the bus", "the crisis", "the news", "the plan was", "the plan has rivals";
# not a possessive: "the envoys' aides"); its head a group.
_NO_VERB = r"(?!(?:is|was|has|had|does|did|are|were|have)\b)"
_PLURAL_OPENING = re.compile(
    r"(?i:the|both|all)\s+(?:"
    + _NO_VERB
    + r"[\w-]+\s+){0,2}?"
    + _NO_VERB
    + r"([a-z-]+[^\Wsuiw]s)\b(?![’'])",
    re.ASCII,
)
# Plurals of parties who act together beyond people's and roles' ("both sides agreed").
_PARTY_PLURALS = frozenset("sides parties nations countries governments allies".split())
_BODY_PLURALS = frozenset("clubs teams states cities boards".split())  # bodies that can act
# A count opening what follows a colon: "(were clear:) most had no phone".
_COUNT_NEXT = re.compile(
    r":?\s+(?:" + alternation(COUNTED_ALONE | {"none"}) + r"|\d+)\b", re.IGNORECASE
)
# People counted for what befell them, of whom "were clear:" tells a finding, not their words.
_PATIENT_PLURALS = frozenset("victims casualties dead injured fatalities deaths".split())
_COPULA = re.compile(r"\b(?:is|are|was|were|be|been)\b")
_ASIDE_CLOSE = re.compile(r"[”\"’]?,\s+")
_COMPOUND = re.compile(r"(?i:" + alternation(CUE_COMPOUNDS) + r")" + BOUND_R)  # "think tank"
_STANCE = STANCE_CUES | frozenset(STANCE_PARTICLES) | _ATTITUDES
# Pasts not in -ed that follow a clause's subject: "as the union *struck*", "as the firm *cut*
# costs", "as the premier *hit* back".
_CLAUSE_PASTS = SIMPLE_PASTS | IRREGULAR_VERB_FORMS | UNINFLECTED_PASTS | frozenset({"struck"})
# Words in "-ed" or "-ing" that are no verb: a number's ("two hundred"), a preposition's
# ("during"), a time's ("morning") or a pronoun's ("nothing").
_NOT_VERB_ED_ING = alternation(
    GROUP_QUANTITIES
    | PREPOSITIONS_IN_ING
    | TIME_WORDS
    | frozenset("nothing something anything everything".split())
)
# A verb right before a phrase, maybe with a qualifier of its number or a count "of", whose
# object the phrase is, no subject: "The shell *killed* six people, including a child, said
# ...", "*wounding at least 12* people", "*wounded dozens of* people" (not "Some two
# *hundred* mourners, including ..., said").
_VERB_BEFORE_OBJECT = re.compile(
    r"\b(?:(?!(?:"
    + _NOT_VERB_ED_ING
    + r")\b)[a-z]{2,}(?:ed|ing)|"
    + alternation(_CLAUSE_PASTS)
    + r")\s+"
    r"(?:(?:at\s+least|more\s+than|as\s+many\s+as|up\s+to|about|some|nearly|almost)\s+)?"
    r"(?:\d[\d,.]*\s+)?(?:(?:dozens|hundreds|thousands|scores)\s+of\s+)?$"
)
# ... or a finite verb read inside the phrase, its subject before it: "the shelling
# *destroyed* four homes" taken as one phrase.
_VERB_INSIDE = re.compile(
    r"(?!(?:" + _NOT_VERB_ED_ING + r")$)[a-z]{2,}ed|" + alternation(_CLAUSE_PASTS)
)
# The object of a characterize verb, then "as" and what it is seen as, not a clause (a verb
# within three words after "as": "saw sales rise as prices fell", "pitched the tent as rain
# began to fall", or a headline's "as council weighs cuts"; not an adjective in -ed after an
# article: "as a bloated mess", nor a relative's verb: "as an overreach that benefited
# developers") or an idiom ("see it as well", "viewed as soon as").
_AS_COMPLEMENT = re.compile(
    r"\s+(?:(?![’']|as\b)[^\s,;:.!?]+\s+){1,8}?as\s+(?!(?:well|much|many|long|soon|far|if"
    r"|though|of|such|usual|expected|part|a result|he|she|they|we|I|it|you)\b)"
    r"(?!(?:(?!and\b|or\b)\w+\s+){1,3}(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?<!\bthat\s)"
    r"(?<!\bwho\s)(?<!\bwhich\s)(?:\w+ed|"
    + alternation(_CLAUSE_PASTS)
    + r"|were|is|are|has|have|will|would|could|can|may|might)\b)"
)
# After the "as" of a headline, a clause in the present, no framing: a bare subject, its verb
# and an object ("as council weighs cuts", "as Rival questions Record"), a plural's ("as
# Workers Celebrate Raise", "as Prices Climb"), or a verb ending the headline ("as Revenue
# Climbs"); not "as job killers", "as a fix for towns", "as tax grabs by the city". Prose
# frames so: "see the bike lanes as safety improvements everyone needs".
_NO_OBJECT = r"(?i:for|of|to|in|on|at|by|with|and|or|that|who|which)\b"
_PARTICIPLE = re.compile(r"\b[A-Za-z]{2,}ing\b")  # "Sees Deficit *Vanishing* as ..."
_HEADLINE_PRESENT_CLAUSE = re.compile(
    r"(?!(?:an?|the|that)\b)(?:\w+\s+[A-Za-z][a-z]+(?<!ss)s\s+(?!" + _NO_OBJECT + r")\w"
    r"|\w+\s+[A-Za-z][a-z]+(?<!ss)(?<!er|or|an|nt|st)s[.!?]?\s*$"
    r"|\w+(?<!s)s\s+[A-Za-z][a-z]+(?<!s)(?:\s+(?!" + _NO_OBJECT + r")\w|[.!?]?\s*$))"
)
# The object of a verb of harsh criticism, then "for" and the fault found, a gerund or a noun
# the object owns: "trashed the plan *for ignoring* drivers", "panned the film for dragging",
# "trashed the sequel for its wooden dialogue" (not "for something", "for hours").
_FAULT_FOR = re.compile(
    r"\s+(?P<object>(?:[^\s,;:.!?]+\s+){1,6}?)for\s+"
    r"(?:(?!(?:some|any|no|every)thing\b|morning\b|evening\b)[a-z]+ing\b|(?:its|his|her|their)\s)"
)
# The verbs of harsh criticism with a common literal sense ("roasted the peppers for making
# salsa", "torched the stubble", "hammered the stakes"): the fault found only in a person, a
# body, a name or a pronoun ("roasted the minister for dodging").
_LITERAL_HARSH_CUES = frozenset(
    word for word in HARSH_CRITICISM_CUES if word.startswith(("torch", "hammer", "roast", "bash"))
)
_PERSON_OBJECTS = frozenset({"him", "her", "them", "us", "me", "you"})
# Verbs of doubt or scorn with their noun, and the heads of things that may be their subject,
# no one's view ("Rain cast doubt on the parade"): harms, the weather, events.
_DOUBTING = frozenset(DOUBTING_PHRASES)
_THING_HEADS = HARM_EVENTS | NATURAL_EVENTS | WARNING_LEVELS | (EVENT_NOUNS - DOCUMENT_WORDS)
# "cast" and a vote ("cast its vote as the last province to sign"): a vote given, no framing.
_VOTE_CAST = re.compile(
    r"\s+(?:(?:its|his|her|their|our|my|a|the)\s+)?(?:\w+\s+)?(?:votes?|ballots?)\b"
)
# ... or a production where the part is played, after "as": "as the queen *in the new
# production*".
_PART_PLAYED_IN = re.compile(
    r"\s(?:in|on)\s+(?:the|an?|its|his|her|their)\s+(?:[\w’'-]+\s+){0,2}?(?i:"
    + alternation(CASTING_WORDS - PERFORMER_WORDS)
    + r")\b"
)
# ... or a name and a capitalised role after "as": "cast Ann Roe as Lady Macbeth", casting.
_NAME_AS_ROLE = re.compile(r"\s+(?:[A-Z][\w’'-]*\s+){1,3}as\s+(?:the\s+)?[A-Z][\w-]*\b(?![’'])")
# Blows after a phrasal verb of harsh criticism ("lashed out at officers, *kicking* one",
# "laid into him *with a bat*", "laid into the soil *a* new pipe", the verb's own object):
# force, no criticism; a blow has its victim next ("kicking one", "striking him", "punching
# and biting the officer"; not "striking back at critics", "hitting out at neglect").
_BLOW_VICTIM = (
    r"(?:\s+and\s+[a-z]+ing)?\s+(?:"
    + alternation(
        DETERMINERS | frozenset(NUMBER_WORDS) | frozenset(OBJECT_PRONOUNS) | {"her", "me", "us"}
    )
    + r"|\d+)\b"
)
_BLOWS_AFTER = re.compile(
    r"[^.;:!?“”\"]{0,80}?(?:,\s+(?:"
    + alternation(BLOW_PARTICIPLES)
    + r")(?="
    + _BLOW_VICTIM
    + r")|\s+with\s+(?:(?:a|an|the|his|her|their|its|[a-z]+s)\s+)?(?:[a-z]+\s+)?(?:"
    + alternation(BLOW_MEANS)
    + r"))\b|\s+the\s+[a-z]+\s+(?:a|an)\s"
)
# A time after "pushed back on" (`REJECTING_PARTICLES`): a departure or a delay, nothing
# rejected ("the jet pushed back on time", "talks were pushed back on Monday").
_TIME_AFTER_PARTICLE = re.compile(
    r"\s+(?:" + alternation(PUNCTUAL_NOUNS) + r"|" + TIME + r")\b", re.IGNORECASE
)
_REJECTING_PARTICLES = frozenset(REJECTING_PARTICLES)
# An animal that lashed out, in lower case or opening the sentence ("the horse lashed out",
# "Dogs lashed out"; not "The Chicago Bears lashed out at the referees", a team).
_ANIMAL_BEFORE = re.compile(r"\b(?:" + alternation(ANIMAL_NOUNS) + r")\s+(?:\w+ly\s+)?$")
_ANIMAL_OPENING = re.compile(r"(?i:" + alternation(ANIMAL_NOUNS) + r")\s+(?:\w+ly\s+)?$")
# A noun after "as" that may be a stage of a life: "(as) a young boy" (not "a child of").
_LIFE_STAGE = re.compile(r"(?:a|an)\s+(?:(young)\s+|little\s+)?(\w+)\b(?![-’']|\s+of\b)")
# A question's opening up to a bare cue, with no quotation: "Will officials (deny)", "Why
# would the board (dispute)".
_QUESTION_OPENING = re.compile(
    r"\s*(?:(?i:why|how|when|where|what)\s+)?(?i:will|would|did|does|do|can|could|should|might)"
    r"\s+[^“”\"\n]{1,60}\Z"
)
# A verb of advising or requesting right before a participle cue, whose gerund is its object:
# "recommends *asking for* a raise", "suggested calling for a review": the advice, no cue.
_GERUND_OBJECT_OF = re.compile(r"\b(?:" + alternation(GERUND_ADVICE_CUES) + r")\s+\Z")
# A subordinator of time opening the sentence before a cue's subject: "When the host asked
# if it was over, she laughed": the cue's content ends before the main clause.
_SUBORDINATE_LEAD = re.compile(
    r"\s*(?:(?:(?i:but|and)\s+)?(?i:when|after|once|as|while|before)\s+"
    # an absolute "with" construction opening the sentence, its cue's subject first or after
    # "and": "With many saying ..., the board met", "With the vote done and many saying ..."
    r"|With\s+(?:[^,.;:“”\"\n]{1,80}?,?\s+and\s+)?)"
)
# A comma, past a closing quotation mark or not, that may open the main clause after a
# subordinate one: "When Lee said it was “over,” the room fell silent".
_MAIN_COMMA = re.compile(r",[”\"’]?(?= )")
# A subject of no list and its finite verb opening the main clause: "..., the race is open",
# "..., the room fell silent", a bare plural "..., bakers raised prices" (not "..., the tax
# and the fee").
_UNLISTED_SUBJECT = re.compile(
    r"\s+(?:(?:the|a|an|this|its|their|his|her)\s+(?:(?!(?:and|or)\s)[a-z][\w-]*\s+){0,2}"
    r"[a-z][\w-]*|(?:(?!(?:and|or)\s)[a-z][\w-]*\s+)?[a-z][\w-]*[a-rt-z]s)\s+(?:"
    + FINITE_VERB.pattern
    + "|"
    + alternation(VERB_FORMS | _PAST_FORMS)
    + r"\b)"
)
# What may open a sentence before a participle of questioning: "When pressed on ...".
_QUESTION_LEAD = re.compile(r"\s*(?:(?i:when|after|if|once)\s+)?")
# The object that makes "find" mean obtain, after up to three modifiers: "found new ways to".
_OBTAINED = re.compile(
    r"(?:\s+(?:a|an|the|some|other|new|better|no|own|their|its|his|her|our|my|your|\w+ly|\w+ing))*\s+(?:"
    + alternation(OBTAINED_OBJECTS)
    + r")\b"
)
# The object of "find" and the state it was found in, what makes "find" mean come upon: "found
# two men wounded", "found a woman with stab wounds"; or the verdict on it ("found Hamill not
# guilty"); the object holds no verb of a clause ("found the man was injured").
_FOUND_IN_STATE = re.compile(
    r"(?:\s+(?!(?:that|to|had|has|have|was|were|is|are|would|could)\b)[\w’'-]+){1,5}?\s+(?:"
    + alternation(FOUND_STATES | FOUND_VERDICTS)
    + r"|with\s+(?:[a-z-]+\s+){0,3}(?:"
    + alternation(FOUND_INJURIES)
    + r"))\b"
)
# "found" right before a verdict or a state, no object between, then a preposition or the
# clause's end: a passive ("Ex-aide found guilty of fraud", "Hiker found dead near ..."; not
# "found the aide guilty", `_FOUND_IN_STATE`, nor "found guilty pleas had risen").
_FOUND_PASSIVE = re.compile(
    r"\s+(?:not\s+)?(?:"
    + alternation(FOUND_PASSIVE_STATES)
    + r")(?=\s+(?:of|for|in|on|at|near|after|over|inside|outside)\b|\s*(?:[,.;:]|$))"
)
# A relative pronoun for the object of the cue, its subject between ("which inspectors found",
# "that the cook finds"): what the cue found is the noun before, no clause after it.
_OBJECT_RELATIVE = re.compile(r"\b(?:which|that)\s+(?:[\w’'-]+\s+){1,3}$")
_OBJECT_RELATIVE_REACH = 40
# A preposition after such a cue: where or in what state the thing was found ("found on Monday
# with no hot water", "found in a dry-storage room").
_PLACE_OR_STATE_NEXT = re.compile(r"\s+(?:" + alternation(_ANY_PREPOSITIONS) + r")\b")
# "found with" and no object between, no "that" of a finding after it: a passive telling
# what someone carried ("adults found with up to 2.5 grams were not charged", "Anyone found
# with a weapon will be arrested"); not "The audit found with some concern that staff ...".
_FOUND_WITH = re.compile(r"\s+with\s(?![^.;:!?]*\bthat\b)")
# A form of "be" right before "found": "was found guilty by a jury" is left to the agent rule
# (the jury's finding), not read as a bare passive.
_BE_BEFORE = re.compile(r"\b(?:" + alternation(PASSIVE_BE_FORMS) + r")\s+$")
# The auxiliaries of the perfect, and a clause whose verb opens with one after a subject of
# up to five words: "her client has stayed sober".
_PERFECT_AUXILIARIES = frozenset("has have had".split())
_AUXILIARY_REACH = 24  # characters before a cue where its own auxiliary stands: "has long said"
# The auxiliary of a cue's progressive ("are now *betting*", "is *pricing in*") or perfect
# ("have already *priced in*"), up to two adverbs between, ending just before the cue.
_ASPECT_BEFORE = re.compile(
    r"(?:(?P<be>\b(?:is|are|was|were|am|be|been)|[’'](?:m|re|s))|(?P<have>\b(?:"
    + alternation(_PERFECT_AUXILIARIES)
    + r")|[’'](?:ve|d)))(?:\s+(?:not|now|still|also|already|\w+ly)){0,2}\s+$"
)
_PERFECT_OPENING = re.compile(
    r"(?:[\w’'.-]+\s+){1,5}?("
    + alternation(_PERFECT_AUXILIARIES)
    + r")\s+(?:not\s+|also\s+)?[a-z]+"
)
# "It's" alone before a cue: "it is", the cue a passive ("It's believed that ...").
_LEAD_SPACE = 64  # characters before a phrase searched for the comma that closes a clause
_IT_IS_BEFORE = re.compile(r"[Ii]t[’']s\s+")  # read whole over the phrase (fullmatch)
# A verb opening what a cue reports, with no subject before it: the subject is the noun a
# relative clause without its pronoun is on ("The car police say *was* stolen").
_GAP_NEXT = re.compile(r"\s+(?:was|were|is|are|had|has|have)\s+(?!(?:to|that)\b)")
# Where that relative clause closes, at a comma or before the main clause's verb: "(was
# stolen) has been found", "(was speeding), a red sedan".
_GAP_CLOSED = re.compile(
    r",|\s(?=(?:has|have|had|is|are|was|were|did|does|do|will|would|can|could|may|might)\b)"
)
# What stands between a subject and an attitude adjective: a copula, with its auxiliaries,
# negation and adverbs ("has long been critical of", "weren’t too concerned about").
_COPULA_BETWEEN = re.compile(
    r"(?:\s+(?:has|have|had|is|are|was|were|be|been|being|remain|remains|remained|remaining"
    r"|became|become|becomes|grew|grown|seem|seems|seemed|appear|appears|appeared|not|also"
    r"|still|so|very|too|quite|more|less|long|always|never|now|\w+ly|\w+n[’']t)|[’'](?:s|re|m))+"
    r"\s+$"
)
# A dash between clauses: where a parenthetical attribution ("-- which notes that ... --")
# ends.
_DASH = re.compile(r"\s-{1,2}\s|\s?[—–―]")
# The closing dash of an aside a reporting clause ends, up to three lower-case words after the
# cue ("— no relation, he stressed to laughter — said"): `_dashed_aside`.
_ASIDE_TAIL = 40  # the reach of three words and a dash after the cue
_ASIDE_CLOSING_DASH = re.compile(r"(?:\s+[a-z]+){0,3}?(?P<dash>" + _DASH.pattern + ")")
_DETERMINERS = frozenset("the a an his her their its".split())  # before a noun, not a verb
# ... and before an adverb in -ly and a past participle modifying the noun after it: "a
# *widely cited* study", "One *frequently quoted* estimate puts ..." (not "Another reportedly
# said the memo was fake", "Each loudly claimed innocence": a verb, its object or clause next).
_ADVERB_DETERMINERS = _DETERMINERS | frozenset("one another this each".split())
_PARTICIPLE_THEN_NOUN = re.compile(
    r"(?:[a-z]+ed|" + alternation(IRREGULAR_PARTICIPLES) + r")\s+([a-z][a-z-]*)\b(?![’'])"
    r"(?=\s+[\w$])"  # more of the phrase after it: "Each flatly denied wrongdoing." is a verb's
)
# What opens a clause or an object after a verb, never the noun a participle modifies.
_NO_MODIFIED_NOUN = (
    FUNCTION_WORDS
    | DETERMINERS
    | PERSON_PRONOUNS
    | PLURAL_PRONOUNS
    | frozenset(POSSESSIVE_PRONOUNS)
    | frozenset(OBJECT_PRONOUNS)
    | frozenset({"any", "every", "each"})
)
# Cue words in a verb's base form, whose -s form is a cue too ("recount", "estimate"), less
# those whose past is the same ("forecast"): after "a" or "an" and a modifier or two, such a
# word is a noun, as a singular subject's present verb takes -s ("ordered a full hand
# recount", "requires an automatic recount"; not "a senior aide recounted").
_BASE_FORMS = (
    frozenset(w for w in _CUE_WORDS if w + "s" in _CUE_WORDS or w + "es" in _CUE_WORDS)
    - PAST_AS_BASE_VERBS
)
# "a"/"an" and one or two lowercase words before a word: see `_BASE_FORMS`.
_ARTICLE_MODIFIERS = re.compile(
    r"(?<![\w’'-])(?:[Aa]n?\s+((?:[a-z0-9][a-z0-9-]*\s+){1,2})"
    # or "the" and one compound of a singular's age or kind ("the 34-year-old", "the
    # so-called"): no plural, its base form no verb ("the 34-year-old suspect fled")
    r"|[Tt]he\s+((?:\d+|[a-z]+)(?:-[a-z]+)*-[a-z]*[^\Ws]\s+))$"
)
# "The" and one lower-case modifier before a base form, and a predicate with no subject after
# it: the base form is the subject's noun ("The teenage suspect *was* questioned", "The armed
# suspect *fled on* foot"; not "The wealthy fear armed gangs", "The police suspect he fled").
_THE_MODIFIER = re.compile(r"(?<![\w’'-])[Tt]he\s+[a-z]+\s+$")
_PREDICATE_NEXT = re.compile(
    r"\s+(?:(?:was|is|has|had|remains|remained)\b"
    r"|(?:[a-z]+ly\s+)?[a-z]{2,}ed\s+(?:in|on|at|from|into|after|before|with|to)\b)"
)
# A past that takes an object, then "the" and one modifier, lower case or an acronym, before
# a base form: the base form is the object's noun ("received the GST credit this fall", "got
# the fuel forecast"), when no object of its own follows it, only a time, a preposition or
# a clause's end; not after a cue or a mandative ("said the staff credit her"), nor the verb of
# a subject with a relative clause ("Voters who elected the mayor credit her").
_OBJECT_THE_MODIFIER = re.compile(r"\b([a-z]+)\s+the\s+(?:[a-z]+|[A-Z]{2,6})\s+$")
_NO_OBJECT_NEXT = re.compile(
    r"\s*(?:[,.;:)]|(?:this|last|next|in|on|at|for|from|and|or|was|is|will|would|has|had)\b)"
)
# A relative pronoun in the clause before such a phrase: the phrase is an object in the
# subject, the base form the subject's verb ("Traders who expect a rate cut say"), as after a
# preposition ("Critics of a flat tax claim").
_RELATIVE_IN_CLAUSE = re.compile(r"\b(?:who|that|which)\b[^,;:.!?]*$")
# Words opening a scene or a time, not a subject: "In the end", "When it passed".
_SCENE_OPENERS = PREPOSITIONS | SUBORDINATORS
_JOINING_OPENERS = CLAUSE_CONJUNCTIONS - _SCENE_OPENERS  # before such an opening: "So when"
# A relative pronoun opening a clause inside a noun phrase: "a case *that* could decide it".
_RELATIVE_WORD = re.compile(r"\b(?:who|that|which)\b")
# Prepositions heading an adjunct of the clause before an article's noun phrase, never a
# phrase after a subject's noun: a noun phrase after one holds no subject's modifier ("spoke
# during a public comment period"), as after "of" it may ("Critics of a flat tax claim").
# (Not speakers.roles' prepositions opening an appositive adjunct, "in" and "on" among them.)
_CLAUSE_ADJUNCT_PREPOSITIONS = frozenset("during amid amidst throughout despite via".split())
# Modifiers after "a" that make its noun phrase plural ("a few aides say", "a majority say",
# "a hundred residents say", "a third say").
_PLURAL_QUANTITIES = SHARE_HEADS | GROUP_QUANTITIES | FRACTION_WORDS.keys()
# An infinitive with its object before "and" and a bare verb: "... vessels *to exercise caution
# and* report"; the word before "to" lends no subject if it is an object ("vessels").
_JOINED_INFINITIVE = re.compile(
    r"(?P<lender>[\w’'-]+)\s+to\s+(?!(?:the|an?|his|her|their|its|this|that)\b)[a-z]+\b"
    r"[^,;:.!?“”\"]*\s+and\s+$"
)
_JOINED_REACH = 80  # characters back from the bare verb that hold "to" and its verb
_INFLECTED_ENDINGS = ("s", "ed", "ing", "said", "told", "thought", "wrote")
# A platform and a purpose infinitive: "took to X to", "went on television on Sunday to"; or a
# verb of getting up to speak, then nothing or where and when, opened by "up", a preposition of
# place or time or a time word: "rose to ask", "rose in question period on Tuesday to", "stood
# up in the legislature to" (not "stands accused of failing to", "stood by her decision to").
_RISEN_WHERE_OR_WHEN = PLACE_PREPOSITIONS | TIME_WORDS | {"up", "during", "after", "before"}
_PLATFORM_TO = re.compile(
    r"(?<![\w’'-])(?:(?:(?i:"
    + alternation(PLATFORM_WORDS | VENUE_WORDS)
    + r")s?|"
    + alternation(frozenset(SOCIAL_NETWORKS))
    + r")(?:\s+[\w’'-]+){0,3}?|(?:"
    + alternation(RISING_VERBS)
    + r")(?:\s+(?i:"
    + alternation(_RISEN_WHERE_OR_WHEN)
    + r")\b(?:\s+[\w’'-]+){0,5}?)?)\s+to\s+$"
)
# A social network after the preposition that places a post on it, ending before a
# participle cue: "posted a video to *TikTok* saying", "on Instagram" (the network, group 1).
_ON_NETWORK = re.compile(
    r"(?<![\w’'-])(?:on|to|via)\s+(" + alternation(frozenset(SOCIAL_NETWORKS)) + r")\s*\Z"
)
# The preposition of a place or a body one went to or spoke at, right before its noun:
# "spoke *at* the council", "appeared *before* the committee".
_SCENE_BEFORE = re.compile(
    r"(?<![\w’'-])(?:" + alternation(VENUE_PREPOSITIONS) + r")\s+\Z", re.IGNORECASE
)
# The words opening a clause whose subject went or stood somewhere ("as farmers marched to");
# not those that are prepositions of time too ("appeared before the committee").
_SCENE_CLAUSE_OPENERS: frozenset[str] = (SUBORDINATORS | {"as"}) - TIME_PREPOSITIONS
# A verb of standing or gathering and the preposition of its place: "stood *outside* the
# court", "gathered *at* the gates" ...
# ... or a protest staged or held there, in one or two words: "staged a dharna *in front of*
# the Collectorate", "held a sit-in *outside* the ministry" (the protesters' words).
_STOOD_AT = re.compile(
    r"(?<![\w’'-])(?:"
    + alternation(SCENE_VERB_PASTS)
    + r"|(?:staged|held)\s+an?\s+[\w-]+(?:\s+[\w-]+)?"
    + r")\s+(?:in\s+front\s+of|"
    + alternation(STANDING_PREPOSITIONS)
    + r")\s+",
    re.IGNORECASE,
)
_STOOD_REACH = 48  # characters before a place's noun searched for its verb and preposition
# A part of a place and "of" right before the place's name: "(stood at) the gates of", "(rallied
# on) the steps of".
_PART_OF_PLACE = re.compile(r"(?<![\w’'-])the\s+[a-z]+\s+of\s+\Z")
# A part of the day after a day or a time: "(Monday) night", "(last week) morning".
_PART_OF_DAY_AFTER = r"(?:\s+(?:morning|afternoon|evening|night))?"
# A time alone between a noun and a participle cue: " last month ", " on Monday ", " Friday ".
_TIME_BETWEEN = re.compile(
    r"\s+(?:(?:on|last|this|next|early|late|in)\s+)?(?:"
    + alternation(TIME_WORDS)
    + r")"
    + _PART_OF_DAY_AFTER
    + r"\s+",
    re.IGNORECASE,
)


def _scene_end(text: str, start: int, phrase: Phrase, cue_start: int) -> int | None:
    """Where the clause's subject ends when the phrase before a participle cue is the place
    its subject stood or spoke at, not its speaker; else None. A reduced relative stands right
    after its noun, so a participle after a place's noun and a time is the clause's ("spoke at
    the council on Monday urging ...", "stood outside the court last month accusing her"), as
    it is right after the place one stood or gathered at ("stood outside the court accusing
    her", "rallied at the gates demanding", "stood at the gates of the works demanding"). Not
    a document's ("issued a resolution on Monday
    asking"), an object's or a source's ("met the protesters on Monday demanding", "a petition
    from residents last week demanding"), nor a person's beside whom ("stood beside a
    neighbour shouting", "spoke to a man outside the court shouting", "rushed to the side of a
    neighbour shouting")."""
    if not DOCUMENT_WORDS.isdisjoint(map(str.lower, phrase.words)):
        return None
    first, last = phrase.span
    if last + 1 == cue_start:
        toks = phrase.tokens
        if len(toks) > 1 and toks[0].lower in STANDING_PREPOSITIONS:
            first = toks[1].start  # "rallied outside City Hall": "outside" read as an adjective
        # before the place's noun, or inside a subject read as "farmers (who were) gathered
        # at the depot"
        stood = _STOOD_AT.search(text, max(start, first - _STOOD_REACH), last)
        if (
            stood is not None
            and stood.end() == first
            and stood.group().split()[-1].lower() == "on"
            and phrase.words[-1].lower() in COUNTED_BODIES
        ):
            return None  # "sat on a committee urging": a body one is a member of, its words
        if (
            stood is not None
            and (
                stood.end() == first
                or stood.start() > first
                # "staged a dharna in front of the Collectorate": the protest, or the place's name
                # after its article, read as the phrase
                or stood.start() < first < stood.end()
                or text[stood.end() : first].lower() == "the "
            )
        ):
            return stood.start()
        head = phrase.words[-1].lower()
        if head in ONE_PERSON_NOUNS or head in ROLE_NOUNS:
            return None  # "rushed to the side of a neighbour shouting": the person's words
        if part := _PART_OF_PLACE.search(text, max(start, first - _STOOD_REACH), first):
            # "stood at the gates of St Mary's Hospital demanding": the place's part before it
            stood = _STOOD_AT.search(text, max(start, part.start() - _STOOD_REACH), part.start())
            if stood is not None and stood.end() == part.start():
                return stood.start()
        return None
    if (
        first > start
        and _TIME_BETWEEN.fullmatch(text, last, cue_start)
        and _SCENE_BEFORE.search(text, max(start, first - 12), first)
    ):
        return cue_start
    return None


# A verb of getting in touch, whom, and a purpose infinitive: "called reporters to", "wrote to
# members on Monday to" (at most seven words between, within `LEAD`); not a clause reported
# after it, with its "that" or its auxiliary ("wrote that the firm had failed to disclose").
_CONTACTED_TO = re.compile(
    r"(?<![\w’'-])(?i:"
    + alternation(CONTACT_VERBS)
    + r")(?!\s+that\b)(?:\s+(?!(?:had|has|have|was|were|is|are|would|will)\b)[\w’'-]+){1,7}?"
    r"\s+to\s+$"
)
# A verb of making someone do a thing (`CAUSED_TO_VERBS`), whom, and "to": "prompting Speaker
# Rae Boa to", "led the union to", "led some of the Liberals to" (up to six words, no question
# word: "prompting doubts about whether to" is no one made to speak; no preposition but "of",
# which makes them where or by whom, no one made: "drove to Ottawa to", "led a delegation to
# Ottawa to", "talks in Geneva to", "was prompted by reporters to").
_NOT_CAUSED_OBJECT = (
    r"(?!(?:whether|how|what|when|why|if|" + alternation(_ANY_PREPOSITIONS - {"of"}) + r")\b)"
)
_CAUSED_TO = re.compile(
    r"(?<![\w’'-])(?i:"
    + alternation(CAUSED_TO_VERBS)
    + r")\s+(?P<object>"
    + _NOT_CAUSED_OBJECT
    + r"[\w’'.-]+(?:\s+"
    + _NOT_CAUSED_OBJECT
    + r"[\w’'.-]+){0,5}?)\s+to\s+$"
)
# A relative pronoun before a speaker, the subject of what was said: "which Lee said would".
_RELATIVE_SUBJECTS = frozenset({"who", "which"})
_REPLY_CUES = frozenset(REPLY_CUES) | frozenset(OUT_CUES)  # cues only before what was said
_WRITING_VERBS = MESSAGE_VERBS & POSTING_VERBS  # "wrote", "posted", "tweets": a thing made
# What follows a reply cue (`REPLY_CUES`): "that", a colon or a quotation, or its clause's end
# (not a participle's comma: "hit back, saying ..." is the participle's).
_REPLY_NEXT = re.compile(r"\s*(?:that\b|[:“\"‘.;]|,(?!\s+[a-z]+ing\b)|$)")
# Or what was said before it, a quotation closed by its comma and then its speaker of a few
# words, no cue of its own among them: '“You lied,” a heckler shouted out as the mayor spoke',
# '“No,” he hit back at them' (not '“It is over,” Lee said as rivals hit back at him').
_QUOTATION_THEN_SPEAKER = re.compile(
    r"[,!?—]\s*[”\"]\s+(?:(?!(?:"
    + alternation(SPEECH_CUES)
    + r")\b)[\w’'-]+(?:\.[\w’'-]+)*\s+){1,4}$"
)
_QUOTATION_REACH = 64  # characters back from a reply cue that hold the closing mark and speaker
# What follows "put" giving an estimate: a determiner, what is counted, "at" and a number
# ("put the number of marchers at about 12,000", "puts its toll at several hundred", quoted
# or not: "put the figure at “several hundred”"), one of
# `ESTIMATED_NOUNS` among its words; not a thing placed or set ("put the phone down at 9",
# "put the thermostat at 68 degrees").
_PUT_AT = re.compile(
    r"\s+(?:the|its|their|his|her|that|this)\s+"
    r"(?=(?:[\w’'-]+\s+){0,4}?(?:" + alternation(ESTIMATED_NOUNS) + r")\s)"
    r"(?:(?!(?:down|up|back|out|off|away|aside|on|in|into|over)\s)[\w’'-]+\s+){0,5}?at\s+"
    r"[“\"‘]?(?:(?:about|around|roughly|some|nearly|almost|only|just|over|under|at\s+least|more"
    r"\s+than|fewer\s+than|less\s+than|between)\s+)?(?:(?:US|C|A)?[$€£¥]?\d|"
    + alternation(frozenset(NUMBER_WORDS))
    + r"\b|several\b|tens\b|hundreds\b|thousands\b)"
)
# What follows "see" giving odds: an amount or a degree, a noun of odds, then "that" or "of"
# ("see roughly a 60 per cent chance that", "saw little risk of", "see better than even odds
# of"); not "see a chance to win", "saw the risks", nor a bare "a/the chance of" with no
# degree (`_sees_odds`: "saw a chance of a lifetime", "saw the risk of flooding firsthand").
_SEES_ODDS = re.compile(
    r"\s+(?:(?:now|still|also|only)\s+)?(?P<odds>(?:(?:about|around|roughly|some|nearly|almost|"
    r"just|less\s+than|more\s+than|better\s+than)\s+)?(?:(?:a|an|the|little|no|some|even)\s+)?"
    r"(?:[\w%.’'-]+\s+){0,4}?)(?:" + alternation(ODDS_NOUNS) + r")\s+(?P<link>that|of)\s"
)
# What stands before a noun of odds giving no degree of them: "(saw) a (chance of)".
_NO_DEGREE = frozenset({"", "a", "an", "the"})
# A currency after "priced in" (`PRICED_IN_CUES`), perhaps its country's: "priced in euros",
# "pricing in U.S. dollars", "priced in (the) local currency".
_IN_CURRENCY = re.compile(
    r"\s+(?:the\s+)?(?:(?:U\.S\.|US|Canadian|Australian|local|American|Hong\s+Kong)\s+)?(?:"
    + alternation(CURRENCY_WORDS | {"currency", "currencies"})
    + r")\b"
)
# When an answer came, before how it came: "(responded) Monday with a video", "(replied) the
# next morning on X".
_ANSWER_WHEN = re.compile(TIME_ADJUNCT.pattern + r"|\s*" + RELATIVE_TIME)
_QUOTE_NEXT = re.compile(r"\s*:?\s*[“\"‘]")  # after a verb of wording: "read: “"
# A release's author named after it: "a statement issued by the union", "a release from X".
_RELEASE_AUTHOR = re.compile(r"\s(?:by|from)\s")
# After a verb of wording, its quotation after a comma too, or after "in part", set off or
# not: "read, “", "read in part: “", "reads in part, “", "read, in part: “".
_WORDED_QUOTE_NEXT = re.compile(r"\s*(?:,?\s*in\s+part\s*)?[:,]?\s*[“\"‘]")
# Irregular participles of a document's aside, besides those in -ed, -en, -wn: "The message,
# *sent* to her sister, read", "The note, *left* on the dashboard, read".
_ASIDE_PARTICIPLES = IRREGULAR_VERB_FORMS - {"was", "did", "had"}
# The subject of a verb of wording, opening its clause (the sentence, or after "and" or a
# semicolon): a document, a few words before its noun, what describes it after, to the verb
# ("One large placard near the gate read"; not "The student who held the banner read"), and a
# participle's or a relative's aside in commas ("An email from the manager, entered as an
# exhibit, reads", "The post, since deleted, read", "The post, which drew 900 replies, read"),
# or a relative "that" after it ("A banner that read"). Without an article, no past before
# the document, nor after an article a verb of carrying or posting one: "Marchers carried
# placards that read", "Residents hung banners that read", "The marchers held banners
# reading", "Its members waved signs that read" are the marchers', the residents', the
# members' (`_captioned`).
_WORDED_SUBJECT = re.compile(
    r"(?:\A|(?<=[.!?]\s)|(?<=\n)|(?<=\sand\s)|(?<=;\s))"
    r"(?:(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+"
    r"(?:[\w’'-]+\s+(?:(?!(?:"
    + alternation(POSTING_VERBS)
    + r")\s)[\w’'-]+\s+)??)??|(?:(?![a-z]*ed\s|"
    + alternation(_CLAUSE_PASTS)
    + r"\s)[\w’'-]+\s+){0,2}?)(?P<head>(?i:"
    + alternation(DOCUMENT_WORDS)
    + r"))\b(?P<described>[^,;:“”\"]{0,60}?)"
    r"(?:,\s+(?:(?:which|that)\s+[^,;:“”\"]{1,60}|(?:(?:also|since|now|later)\s+)?"
    r"(?:[a-z]+(?:ed|en|wn)|"
    + alternation(_ASIDE_PARTICIPLES)
    + r")(?:\s[^,;:“”\"]{1,60})?),)?(?:\s+(?:that|which))?(?=\s*$)"
)
# A sign right before a verb of wording: "banners reading", "placards that read".
_SIGN_BEFORE = re.compile(
    r"\b(?P<sign>" + alternation(SIGN_NOUNS) + r")\s+(?P<relative>that\s+|which\s+)?\Z"
)
_CLOSED_BEFORE_CUE = re.compile(r"\s*")  # a quotation's end right before an inverted cue
_QUOTE_CLOSED_BEFORE = re.compile(r"[,!?]?[”\"’]\s+\Z")  # '“...,” read one sign
_SIGN_REACH = 24  # characters before a verb of wording where its sign may stand
_WORDED_REACH = 100  # characters before a verb of wording looked at for its subject
_RELATIVE_BEFORE = re.compile(r"(?<![\w’'-])(?:who|which)\s+$")
_RELATIVE_BEFORE_REACH = 8  # characters before a speaker phrase where "who " may start
# A possessive relative after a comma, before its clause's subject: "Rovers, *whose* fans
# chant ..., drew", "the senator, *whose* aides say she is tired, skipped".
_WHOSE_BEFORE = re.compile(r",\s+whose\s+$")
_WHOSE_REACH = 9  # characters before a speaker phrase where ", whose " may start
# A clause opening after "voted that": a determiner, pronoun, name or number, or a bare noun
# before its verb ("voted that prices be capped"), a plural and its verb ("voted 9-4 that
# benefits outweigh the risks"); not a demonstrative "that" and its noun
# ("voted that night to close", "voted that bill down", "voted that same afternoon").
_VOTED_CLAUSE = re.compile(
    r"(?:(?:the|a|an|this|these|those|its|their|his|her|our|it|they|he|she|we|there|all|no|"
    r"each|every|any|some)\b|[A-Z0-9]|[a-z]+\s+(?:be|is|are|was|were|should|must|would|will|"
    r"could|may|might|can|had|has|have|[a-z]+ed|[a-z]+s)\b|[a-z]+s\s+[a-z]+\b)"
)
# A person questioned, then the topic: "(questioned) him about", "Mr Pym over", "the
# witness on".
_PERSON_QUESTIONED = re.compile(
    r"\s+(?:him|her|them|me|us|the\s+(?:"
    + alternation(ROLE_NOUNS)
    + r")|(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*)\s+(?:about|over|on|regarding)\s"
)
_LOWER_WORD = re.compile(r"[a-z]+")


def _interrogation(text: str, start: int, cue: Span) -> bool:
    """Whether a verb of questioning (`cue`, in the sentence at `start`) with a person for
    object and the topic after it is an interrogation: by police, counsel or a hearing body,
    or of a suspect or a witness ("Detectives questioned Mr Pym about the fire", "Ms Dole
    questioned the witness over the memo"); not a challenge ("Opposition MPs questioned the
    minister over the contract", "Critics questioned Ottawa on its handling of the file")."""
    questioned = _PERSON_QUESTIONED.match(text, cue[1])
    if questioned is None:
        return False
    if any(word in INTERROGATED for word in _LOWER_WORD.findall(questioned.group().lower())):
        return True
    lead = _LOWER_WORD.findall(text[start : cue[0]].lower())
    return any(word in INTERROGATORS or word in HEARING_BODIES for word in lead)


# A time after a demonstrative "that": "recorded that week", "voted that same day". Its own
# alternation, in lower case only: `patterns.TIME` reads any case and a month capitalised.
_TIME_NEXT = re.compile(r"(?:same\s+)?" + alternation(TIME_WORDS) + r"\b")
_VOTES_CAST = frozenset({"no", "yes"})  # after "voted": "A senator who voted no said"
# A bare answer after a cue: "said no", "said yes".
_ANSWER_WORD = re.compile(r"(?i:yes|no)[\s.!]*")
# A question put to the subject, in an aside its commas open after the subject: "(Lee), asked
# by reporters whether the firm planned cuts(, said ...)", up to a cue inside the question;
# the preposition before a topic's noun ("asked *about* the plan") in the group "topic".
_QUESTION_ASIDE = re.compile(
    r"(?i:when\s+|after\s+|once\s+)?(?:"
    + alternation(QUESTION_PARTICIPLES)
    + r")\s+"
    + ASKER
    + r"(?:whether|if|why|what|how|when|(?P<topic>about|on))\s"
    + r"[^,;:.!?“”\"]*"
)
# A relative clause's opener after a question's topic: its cue is asserted, no question ("asked
# about a study *that* found prices rose", "about a report *in which* the regulator said").
_TOPIC_RELATIVE = re.compile(r"\b(?:that|which|who|whom|whose)\b")
_QUESTION_ASIDE_REACH = 120  # characters before a cue searched for the aside's comma
# The words such an aside opens with: a participle in lower case, "when", "after" or "once" in
# either case (as `_QUESTION_ASIDE` reads them).
_QUESTION_ASIDE_OPENERS = (
    *(f"{participle} " for participle in QUESTION_PARTICIPLES),
    *(f"{word} " for opener in ("when", "after", "once") for word in (opener, opener.capitalize())),
)
# A noun phrase summing up the clause before an interrupting attribution, the narrator's
# apposition, no content resumed: "(Fees will rise, the mayor said,) *a move that* critics
# called reckless", "*the latest sign that* talks have stalled"; or a zero relative, a subject
# and a cue verb: "*a move she said* would cut waits", "*a figure the army disputed*".
_SUMMING_UP = re.compile(
    SUMMING_HEAD + r"(?:that|which|(?:the\s+)?[\w’'-]+\s+(?:" + alternation(CUE_VERBS) + r"))\b"
)
# A relative clause that a comma closes, the content resuming after it: "the plan, which she
# called “a bargain,” would cost millions".
_WHICH = re.compile(r"\b(?:which|whom|what)\b")
# A reflexive and a name after "call", quoted or not ("calling itself Grey Lantern", "that
# calls himself “Rook”"); not "calls himself a patriot", which says something of him.
_SELF_NAMED = re.compile(r"\s+(?:itself|himself|herself|themselves)\s+[“\"‘']?[A-Z]")
# A naming aside: "as" and a subject of a few words before "call", its object a pronoun that the
# aside's closing mark follows ("The Hammer, *as fans call* him, said", "Rome (as critics call
# it) is"): the name a thing goes by, no saying.
_AS_CALLED_BEFORE = re.compile(r"[,(—–][”\"’]?\s*as\s+(?:[\w’'-]+\s+){1,3}$")
_AS_CALLED_REACH = 40
_PRONOUN_ASIDE_CLOSED = re.compile(r"\s+(?:him|her|it|them|me|us)\s*[,)—–]")
_CLAUSE_RESUMES = re.compile(r"(?:,[”\"’»]*|.[”\"’»]+,)\s+[a-z]")
# A relative clause set off by commas, closed, its clause's verb next ("the firm, which
# reported a loss, could close"), not a conjunction ("Orla, which announced it, and said").
_RELATIVE_CLOSED = re.compile(r",\s+(?!(?:" + "|".join(sorted(CLAUSE_CONJUNCTIONS)) + r")\b)[a-z]")
# A comma after a cue, past at most two words ("she said on Monday, ..."): the attribution
# interrupts its content, on both sides of it.
# Opening participles of speaking or appearing with their preposition: "Speaking on", "Writing
# in", "Appearing at".
_ADJUNCT_OPENERS = tuple(
    w.capitalize() for w in ADJUNCT_PARTICIPLES | {"writing", "talking", "appearing", "posting"}
)
_ADJUNCT_OPENING = re.compile(
    r"(?:"
    + alternation(frozenset(_ADJUNCT_OPENERS))
    + r")\s+(?:on|to|at|in|with|during|before|from)\b"
)
# A place gone to between a subject and the infinitive of its cue: "parents went *to the
# microphone* to plead", "came *before the board* to ask".
_WENT_SOMEWHERE = re.compile(r"\s(?:to|at|before|into|onto|in|on)\s+(?:the|a|an|their|his|her)\s")
_TITLE_REACH = 12  # characters from a comma to the speaker's name past a title: ", Gov. Ann"
_PARENTHETICAL = re.compile(r"(?:\s+[\w’'-]+){0,2},\s+\S")
_NAME_DETERMINERS = frozenset("the a an".split())  # before a name modifying a noun
# Before "to" and a verb of discussion, a schedule, not a purpose: "are scheduled to debate",
# "is set to discuss" (nothing said yet).
_SCHEDULED = frozenset("scheduled set due slated expected poised".split())
# Participles of speech that open a participle clause, never a speaker phrase of their own.
_PARTICIPLE_SUBJECTS = SPEECH_PARTICIPLES | ADJUNCT_PARTICIPLES
# A past participle and "by" right after a cue word in -s: that word is a plural noun with
# a reduced relative clause ("the rules *set by* the board", "notes *taken by* agents"), no
# verb with its content.
_NO_NOUN_FORMS = frozenset({"says", "tells"})  # "Lee says fired by the firm, he sued": verbs
# A document and an adverb at most before a participle of how it came out
# (`DOCUMENT_PARTICIPLES`): "emails *first* reported by the Courier", "records published".
_DOCUMENT_BEFORE = re.compile(
    r"\b(?i:"
    + alternation(DOCUMENT_WORDS)
    + r")(?:\s+(?:"
    + alternation(PARTICIPLE_ADVERBS)
    + r"|\w+ly))?\s+$"
)
_DOCUMENT_REACH = 48  # characters looked at before the participle for its document
# Its agent after it, up to the document's verb (the next cue), a comma or the sentence's
# end: "(reported) *by the Courier* show", "by the Courier, which ...", "according to emails
# first reported by the Courier."; not "(reported) by 2030 ...", a time, nor words holding
# the content's "that" ("The study reported by region that cases rose": its own report).
_AGENT_BEFORE_VERB = re.compile(
    r"\s+by\s+(?!\d)(?:(?!\sthat\s)[^,.;:“”\"]){1,40}?(?:,|\s+$|[.!?][”\"]?\s*$)"
)
# A short adjunct closed by a comma and a verb in lower case after it: the rest of an aside
# opened by a participle (" in May, found", " last spring, shows").
_ASIDE_THEN_VERB = re.compile(r"\s+[^,.;:“”\"]{1,48}?,\s+[a-z]+\b(?!,)")
_DOCUMENT_WORD = re.compile(r"\b(?i:" + alternation(DOCUMENT_WORDS) + r")\b")
_DOCUMENT_SUBJECT_REACH = 64  # characters before the aside's comma searched for its document
# ... and up to this many past a long postmodifier with no comma in it ("An open letter signed
# by 300 academics from Leeds and other universities, published ..."; not "Days after the
# lawsuit was thrown out by a judge, the Tribune, its rival, reported on Sunday, citing ...")
_DOCUMENT_POSTMODIFIER_REACH = 120
# "all" that a quotation before it was, and who said it, right before the cue: "(“Thanks,”)
# was all Lee (said)", "were the only words the coach (offered)": the quotation is its object.
_ALL_THAT_WAS_SAID = re.compile(
    r"[”\"]\s*,?\s+" + ALL_THAT_WAS + r"(?:[\w’'.-]+\s+){1,5}" + ALL_SAID_AUXILIARY + r"\Z"
)
_ALL_SAID_REACH = 64  # characters before the cue searched for it
# A relative pronoun that is its verb's object, before the verb's subject, opening a clause
# set off by a comma (`OBJECT_RELATIVE_BEFORE`, restrictive too, is any): "(The deal), which
# (Lee announced)", "(the aide) whom (Lee named)"; not "To which (she said)".
_OBJECT_RELATIVE_AFTER_COMMA = re.compile(r"(?:,\s+(?:which|that)|(?<![Tt]o)\s+whom)\s+\Z")
# A verb's time or place adjunct at most, then the comma closing its relative clause: "(announced)
# on Monday,", "(published) online,", "(wrote),", a day alone ("(unveiled) Monday,", "(tabled)
# Tuesday night,"); no verb in it ("said in May would fail,"), no quotation after it ("said,
# “...”").
_ADJUNCT_CLOSED = re.compile(
    r"(?:\s+(?:in|on|at|last|this|earlier|online|during|over|before|after|from)\b"
    r"(?:\s+(?!(?:would|will|was|is|were|are|had|has|have|could|should|might|may|must|can)\b)"
    r"[\w’'-]+){0,4}"
    r"|\s+(?:"
    + alternation({day.capitalize() for day in WEEKDAYS} | {"yesterday", "today"})
    + r")"
    + _PART_OF_DAY_AFTER
    + r")?\s*,(?!\s*[“\"])"
)
_PARTICIPLE_BY_NEXT = re.compile(
    r"\s+(?:[a-z]+ed|" + alternation(POSTMODIFYING_PARTICIPLES | PAST_AS_BASE_VERBS) + r")\s+by\s"
)
# A partitive before a group named as the speaker: "..., one of the sources said", "said
# two of the people involved": the speaker is one (or some) of them, and the content ends
# before the quantifier.
_PARTITIVE_BEFORE = re.compile(
    r"(?<![\w’'-])" + PARTITIVE_QUANTIFIER + r"\s+of\s+(?P<d>(?:those|these)\s+)?$"
)
# "of" and a demonstrative that the phrase before a cue leaves out: "one of those *people*".
_OF_DEMONSTRATIVE = ("of those ", "of these ")
# A partitive of a pronoun, a speaker no phrase finder reads: "one of them said", "said both
# of those"; a perfect's auxiliary or an adverb may stand between it and the cue ("some
# of them have argued", "some of us had also said").
_PERFECT_BETWEEN = ("have", "has", "had", "also", "already")
_PARTITIVE_LEAD_ENDS = tuple(" " + word for word in (*OF_PRONOUNS, *_PERFECT_BETWEEN))
_PARTITIVE_PRONOUN = re.compile(
    r"(?<![\w’'-])"
    + PARTITIVE_QUANTIFIER
    + r"\s+of\s+(?P<p>"
    + "|".join(OF_PRONOUNS)
    + r")(?:\s+(?:"
    + "|".join(_PERFECT_BETWEEN)
    + r"))*\s*$"
)
# A partitive of a relative pronoun after the noun phrase it stands for: "farmers, most of
# whom say", "40 clinics, some of which have said" (`_partitive_relative`).
_PARTITIVE_RELATIVE = re.compile(
    r",\s+"
    + PARTITIVE_QUANTIFIER
    + r"\s+of\s+(?P<p>whom|which)(?:\s+(?:"
    + "|".join(_PERFECT_BETWEEN)
    + r"))*\s*$"
)
# The comma before a relative pronoun, or before a partitive of one ("merchants, many of
# whom say"), where a content the relative's cue joins is cut.
_RELATIVE_COMMA = re.compile(r",\s+(?:" + PARTITIVE_QUANTIFIER + r"\s+of\s+)?$")
# A name's comma and a description a "who" after it is on: "Ann Lee, a chef who says".
_DESCRIBED_COMMA = re.compile(r",\s+(?:an?|the)\s[^,;:“”\"()\n]{1,50}?\s$")
_DESCRIBED_REACH = 60  # characters before "who" read for that description
_BARE_PLURAL_REACH = 24  # characters before a comma read for a bare plural ("merchants")
# A verb in -ed and the plural it takes as object, ending the text: "angered farmers".
_VERB_THEN_PLURAL = re.compile(
    r"\b(?:[a-z]{3,}ed|" + alternation(UNINFLECTED_PASTS) + r")\s+[a-z]{3,}s$"
)  # "angered farmers", "hurt merchants"
_PARTITIVE_RELATIVE_ENDS = tuple(" " + word for word in ("whom", "which", *_PERFECT_BETWEEN))
# The same with an appositive between it and the cue: "One of them, a nurse who left in 2020,
# said".
_PARTITIVE_PRONOUN_APPOSED = re.compile(
    r"(?<![\w’'-])"
    + PARTITIVE_QUANTIFIER
    + r"\s+of\s+(?P<p>"
    + "|".join(OF_PRONOUNS)
    + r"),\s+(?P<a>(?i:an?|the)\s[^,;:“”\"]{2,120}),\s*$"
)
_APPOSED_REACH = 160  # characters before a cue searched for a partitive with its appositive
_PARTITIVE_PRONOUN_AT = re.compile(
    PARTITIVE_QUANTIFIER + r"\s+of\s+(?:" + "|".join(OF_PRONOUNS) + r")(?=\s*(?:[,.;:!?”\"]|$))"
)
# The prepositions that tie a person to a body in an appositive: "a trader at Brill Bank".
_AFFILIATIONS = frozenset("at for of with".split())
_PLACE_RELATIVES = ("which ", "where ")  # a relative clause on a body or a place
# Between a subject and a speech verb: the future ("will report", "is due to announce").
_FUTURE = re.compile(
    r",?\s+(?:will|(?:is|are)\s+(?:due|set|scheduled|expected|likely)\s+to)"
    r"(?:\s+(?:also|then|later|again))?\s+"
)
_FUTURE_LEAST, _FUTURE_REACH = 5, 30  # " will ", and at most "is scheduled to also"
_CLAUSE_END = ',;:—–-"”'  # a string: "" (the sentence's start) is in it too
_JOINING = (" and", " but", " And", " But")  # a conjunction before a clause's subject
# An article and a word or two describing a name before it: '“...,” *a defiant* Ruiz said',
# '*an emotional* Ana Ruiz told the crowd'; or the partitive a description given a name
# leaves out of its role: '“...,” *one* volunteer, who gave her name as Dee, said'.
_DESCRIBED_NAME = re.compile(
    r"(?<=\s)(?:(?:an?|the)\s+(?:[a-z][\w-]*\s+){1,2}|(?:one|another)\s+)$"
)
# A document "from" its source, whom it speaks for, after the content's comma: '..., *new data
# from* the board showed', '..., *a report from* the agency found' (the source speaks).
_DOCUMENT_FROM = re.compile(
    r"(?<=,\s)(?:(?:the|a|an|new|its|their|this)\s+)?(?:[a-z][\w-]*\s+){0,2}?(?:"
    + alternation(DOCUMENT_WORDS)
    + r")\s+from\s+$"
)
_DOCUMENT_FROM_REACH = 60  # characters before the source searched for its document
# A capitalised cue word inside a name of an institution or a place, before at most two
# more capitalised words and the noun that heads the name: "Greater Hope Baptist Church",
# "New Promise Chapel", "Hope Street".
_NAME_HEADS = ORGANIZATION_MARKERS | frozenset(
    "chapel cathedral temple mosque synagogue tabernacle ministries street avenue road".split()
)
_NAME_WORD_REACH = 30  # characters looked at before a capitalised cue word for a name's word
_NAME_REST = re.compile(r"(?:\s+[A-Z][\w’'-]*){0,2}\s+([A-Z][a-z]+)\b")


def _after_of(text: str, at: int) -> bool:
    """Whether "of", or "of" and a demonstrative, stands right before `at`: "one of *the
    sources*", "one of those *people*" (whose phrase leaves "those" out)."""
    return text.startswith("of ", at - 3) or text.startswith(_OF_DEMONSTRATIVE, at - 9)


def _with_partitive(phrase: Phrase | None, partitive: re.Match[str] | None) -> Phrase | None:
    """`phrase` widened to the partitive before it ("one of" + "the sources"), if any and if
    the phrase is a group with a determiner, not a name."""
    if phrase is None or partitive is None:
        return phrase
    if phrase.words[0].lower() not in PARTITIVE_OF and not partitive.groupdict().get("d"):
        return phrase
    words = (*partitive.group().split(), *phrase.words)
    return Phrase((partitive.start(), phrase.span[1]), words, phrase.appositive)


def _with_negation(text: str, start: int, phrase: Phrase) -> Phrase:
    """`phrase`, a quantifier's ("all residents", "everyone in town"), with the "Not" before
    it that makes it a part of the group ("Not all residents agree"); else `phrase`."""
    negation = phrase.span[0] - 4
    if negation < start or text[negation : phrase.span[0]] not in ("Not ", "not "):
        return phrase
    toks = (Token(negation, negation + 3, "not", "not"), *tokens(text, *phrase.span))
    words = ("not", *phrase.words)  # lower case: no name's word
    return Phrase((negation, phrase.span[1]), words, phrase.appositive, tokens=toks)


def _inside_name(text: str, pos: int) -> bool:
    """Whether the capitalised words from `pos` end a name that a noun of institutions or
    places heads ("... Baptist Church", "... Chapel"): a capitalised cue word before them is
    part of that name."""
    rest = _NAME_REST.match(text, pos)
    return rest is not None and rest.group(1).lower() in _NAME_HEADS


def _after_name_word(text: str, pos: int) -> bool:
    """Whether a capitalised word ("Sleep") and one space stand just before `pos`: a
    capitalised cue word there ends a title, not a clause's verb ("published in Clinical
    Sleep Reports", "in Cardiac Notes"; a title-case headline is sentence-cased before)."""
    if pos < 2 or text[pos - 1] != " ":
        return False
    word = text[max(0, pos - _NAME_WORD_REACH) : pos - 1].rpartition(" ")[2]
    return word.isalpha() and word[0].isupper() and word[1:].islower()


def _singular_name(word: str) -> bool:
    """A capitalised word, not a plural ("Music", "TV"; not "Democrats")."""
    return word[:1].isupper() and not word.endswith("s") and word.isalpha()


# What must stand before a cue inside the last content for it to make a statement of its own:
# a conjunction or a comma that joins it (`_coordinated`), or a clause boundary or quotation
# mark before its speaker or itself, where content before it would end ("..., as X said",
# `_outer`). With none between that content's start (or the last cue) and the cue, the cue is
# the content's own verb ("said she expects ..."); its phrase and content are not read. (A
# speaker after the cue, "said X", "by X", stands after nothing that could join it.)
_MAY_JOIN = re.compile("[,;:'―—–" + CLOSE_MARKS + r"]|\b(?:" + _CONJUNCTIONS + r")\b")
_LONGEST_JOIN = max(map(len, _CONJUNCTIONS.split("|")))
# What opens a prepositional object ("thought of home", "knew about it"): a conjoined cue
# inside reported content with only that after it is the content's own verb, not a second
# attribution.
_OBJECT_OF = re.compile(r"(?:of|about)\b")
# A document opening its sentence: a determiner, up to two modifiers ("a separate", "Board",
# "An internal"), its head noun (`_document_subject`).
_THOUSANDS_COMMA = re.compile(r"(?<=\d),(?=\d{3})")  # "1,100": a number's, no clause's
_OF_LOWER = re.compile(r"\s+of\s+[a-z]")  # "Tests of the water": no name's "of Commerce"
# A document's participle and its agent: "Polling *released by* the institute".
_DOCUMENTS = DOCUMENT_WORDS | {w.capitalize() for w in DOCUMENT_WORDS}  # as written
_MADE_BY_AGENT = re.compile(r"\s+(?:" + alternation(AUTHORED_PARTICIPLES) + r")\s+by\s")
# A document's author by name, up to the name's end: "(Polling released) by the Harbourline
# Institute (on Monday)", "(A report prepared) by Deloitte (for the city)".
_AGENT_NAME = re.compile(
    r"(?:\s+[a-z]+)?\s+by\s+(?:the\s+)?[A-Z][\w’'&.-]*(?:\s+(?:(?:of|and|&)\s+)?[A-Z][\w’'&.-]*)*"
    # a body's officer after its possessive: "by the Justice Department's inspector general"
    r"(?:(?<=['’]s)(?:\s+(?!(?:on|in|for|at|to|of|from|with|last|this|and)\b)[a-z]+){1,3})?"
)
_DOCUMENT_OPENING = re.compile(
    r"(?:(?:the|a|an|this|another|its|their|his|her)\s+)?((?:[\w’'-]+\s+){0,2}?)("
    + alternation(DOCUMENT_WORDS)
    + r")\b",
    re.IGNORECASE,
)
# Words no document's postmodifier holds outside a relative clause: a finite verb of its own
# ("the lawsuit by the Smiths is frivolous, said Lee") or a subject pronoun ("the memo in
# which she said").
_NO_POSTMODIFIER = AUXILIARY_VERBS | CUE_VERBS - DOCUMENT_POSTMODIFIERS
_SUBJECT_PRONOUNS = PERSON_PRONOUNS | PLURAL_PRONOUNS | {"we", "i", "you"}
# A free relative's subject pronoun ending a document's postmodifier before the cue: "video
# of what *it* said were drones": the cue is the pronoun's, inside the free relative.
_FREE_RELATIVE_SUBJECT = re.compile(r"\bwhat\s+(?:it|he|she|they|we|i|you)\s*$", re.IGNORECASE)
# What ends a reported clause's subject (`_agent_subject`): an auxiliary or a past not in -ed.
_VERB_OPENERS = PREDICATE_OPENERS | FIND_FORMS
_CLAUSE_SUBJECT_CHARS = 60  # characters of a reported clause read for its subject
# Plurals of people by their endings: "inspectors", "auditors", "scientists", "technicians";
# a singular agent in -er or -or ("the driver", "the auditor").
_PEOPLE_ENDING = re.compile(r"(?:ers?|ors?|ists|ians|ees|ants|ents)$")
# Verbs of inquiry: a clause's subject that searched or tested finds what it found, whoever it
# is ("said police searched the home and found that ...", "Acme tested it and found that").
_INQUIRY_VERBS = frozenset(
    """
    searched inspected reviewed tested examined visited audited checked studied investigated
    surveyed analyzed analysed
    """.split()
)
_RELATIVE_OPENERS = frozenset({"who", "whose", "whom", "which", "that", "where"})
# The outlet a document appeared in, named after it: " in The Lancet", " in Nature".
_IN_OUTLET = re.compile(r"\s+in\s+(?:the\s+)?(?!(?:" + alternation(MONTHS) + r")\b)[A-Z]")
# Irregular past forms of a document's cue verbs, read as verbs after a singular document.
_PAST_CUES = _IRREGULAR | {"found", "held", "put"}


def _opens_with_what(text: str, start: int, phrase: Phrase) -> bool:
    """Whether only "what" (and an opening quotation mark) stands between the sentence's
    `start` and the speaker `phrase`: a pseudo-cleft ("What she said was ...")."""
    return text[start : phrase.span[0]].strip(" “\"'‘").lower() == "what"


def _document_subject(text: str, start: int, cue: int, word: str) -> Phrase | None:
    """The document opening the sentence as the subject of the cue at `cue` when only its
    postmodifiers stand between ("A memo dated May 3 says", "A transcript of the call between
    X and Y shows", "The memo, signed by the director, Ann Lee, warns", "A lawsuit filed by
    Roe, who was fired, alleges"): the document (with its "by" complement, its author), not
    a noun inside them. None elsewhere."""
    first = skip_space(text, start)
    lead = text[first : first + 40 if first + 40 < cue else cue].lower().replace(",", " ")
    if DOCUMENT_WORDS.isdisjoint(lead.split(None, 4)[:4]):
        return None  # the common case: no document among the sentence's first four words
    opening = _DOCUMENT_OPENING.match(text, first, cue)
    if opening is None or not (
        opening.group(2).islower() or _opening_plain_noun(text, opening, first)
    ):
        return None
    verb = word.partition(" ")[0]  # "calls" of "calls for"
    if not (verb.endswith(("s", "ed")) or verb in _PAST_CUES or opening.group(2).endswith("s")):
        return None  # "a transcript of a January call between ...": the cue word a noun
    if any(
        w.lower() in FUNCTION_WORDS or w.lower() in DETERMINERS for w in opening.group(1).split()
    ):
        return None  # "The mayor rejected the report by ...": a verb or a clause before it
    tail = text[opening.end() : cue]
    words = WORDS.findall(tail.lower())
    if not words:
        return None  # "The memo says": read as every phrase is
    closed = tail.rstrip().endswith(",")
    if (
        any(mark in tail for mark in '“”"():;―—–')
        or ("," in _THOUSANDS_COMMA.sub("", tail) and not closed)  # "a survey of 1,100 nurses"
        or (words[0] not in DOCUMENT_POSTMODIFIERS and not tail.lstrip().startswith(","))
        or words[0] == "from"
    ):
        return None
    if opening.group(2).lower() in SAMPLE_WORDS and words[0] == "of" and _people(words[-1]):
        return None  # "A sample of 1,200 voters showed": the people sampled speak
    if _FREE_RELATIVE_SUBJECT.search(tail):
        return None  # "footage of what it said was ...": the free relative's subject speaks
    relative, previous = False, ""
    for word, written in zip(words, WORDS.findall(tail), strict=True):
        relative = relative or word in _RELATIVE_OPENERS
        if word in _SUBJECT_PRONOUNS:
            return None
        # A verb of its own, not a month ("dated May 3") or a noun ("a January call").
        verb = written[0].islower() and previous not in DETERMINERS and previous not in TIME_WORDS
        if verb and word in _NO_POSTMODIFIER and not relative:
            return None
        previous = word
    end = opening.end()
    if words[0] == "by" or _IN_OUTLET.match(tail) or _MADE_BY_AGENT.match(tail):
        # "a report by the council", "an editorial in The Lancet", "Polling released by the
        # institute": the document and its author or the outlet that published it
        end = opening.end() + len(tail.split(",")[0].rstrip())
        named = _AGENT_NAME.match(text, opening.end(), end)
        end = named.end() if named is not None else end  # not "on Monday", "for the city"
    span = (opening.start(), end)
    return Phrase(span, tuple(text[span[0] : span[1]].split()))


def _opening_plain_noun(text: str, opening: re.Match[str], first: int) -> bool:
    """Whether a document's word capitalised (`opening`, of `_DOCUMENT_OPENING`) only opens
    its sentence at `first`, a lower-case word after its "of" ("Tests of the water showed";
    not the name "Journal of Commerce") or its participle and agent ("Polling released by
    the institute found")."""
    word = opening.group(2)
    after = _OF_LOWER.match(text, opening.end()) or _MADE_BY_AGENT.match(text, opening.end())
    return opening.start(2) == first and word[1:].islower() and after is not None


def _people(word: str) -> bool:
    """Whether `word`, in lower case, is a plural of people: "voters", "adults"."""
    return word in ROLE_NOUNS or word in AGE_GROUP_NOUNS


def _knows_a_person(text: str, start: int, end: int) -> bool:
    """Whether the words from `start` after a verb of knowing to the clause's end name a
    person known (`_KNOWN_PERSON`: a pronoun, a name, or a person's noun), or anything known
    so well ("knew the coast well"), not a belief."""
    known = _KNOWN_PERSON.match(text, start, end)
    return known is not None and (
        known["noun"] is None or known["noun"] in PERSON_ROLES or known["degree"] is not None
    )


def _names(words: list[str]) -> bool:
    """Whether a verb of contact and the words up to a purpose "to" (`_CONTACTED_TO`) name
    rather than get in touch: a second noun phrase after the object ("called the offer a ploy
    to"), or a noun of intention the infinitive complements ("called the decision to announce
    cuts a mistake")."""
    if words[-2].lower() in INTENT_NOUNS:
        return True
    return words[0].lower() in NAMING_CUES and any(
        word in {"a", "an"} and words[k - 1].lower() not in PREPOSITIONS
        for k, word in enumerate(words[2:-1], 2)
    )


def _closed_by_comma(lead: str) -> bool:
    """Whether `lead`, the words before a cue, ends at a comma closing a clause, or at one and
    up to two of the verb's adverbs or auxiliaries ("..., who backed it, later said", "...,
    has also said")."""
    return comma_before_verb(lead, 0, len(lead)) >= 0


def _no_phrase_before(text: str, start: int, cue: int, lead: str) -> bool:
    """Whether `phrase_before(text, start, cue)` is sure to find nothing, told from `lead`
    (`_lead(start, cue)`) without reading tokens: nothing stands before the cue in its
    sentence, or one of `ENDS_NO_PHRASE` does, with no document or unnamed source before it
    as far back as `phrase_before` reads (`PHRASE_WINDOW`: in an endless sentence, a search
    from its start at every cue took time growing with the square of its length). (The word
    is whole: after a space, or at the sentence's start.)"""
    word = lead[lead.rfind(" ") + 1 :]
    if word not in ENDS_NO_PHRASE:
        return not lead and cue - LEAD <= start  # the cue opens its sentence
    if word in _VOTES_CAST and word_before(text, cue - len(word) - 1) in VOTE_CUES:
        return False  # "A Republican who voted no said": a relative clause ends there
    read_from = cue - PHRASE_WINDOW if cue - PHRASE_WINDOW > start else start
    return (len(word) < len(lead) or cue - LEAD <= start) and MADE_OR_DESCRIBED.search(
        text[read_from:cue].lower()
    ) is None


def _thing_subject(phrase: Phrase) -> bool:
    """Whether the subject `phrase` of a verb of doubt is a thing, no one holding a view: a
    harm, the weather or an event ("The knee injury casts doubt on his return", "Rain cast
    doubt on the parade", "The merger casts doubt on ..."); not a person, a body or a
    document ("Auditors", "The report casts doubt on ...")."""
    return phrase.pronoun is None and phrase.words[-1].lower() in _THING_HEADS


def _faulted_person(words: list[str]) -> bool:
    """Whether the object `words` of a verb of harsh criticism with a literal sense name a
    person or a body: a name ("roasted Ortt"), a pronoun ("torched them"), a person's or a
    body's noun ("hammered the minister", "bashed the council"); not a thing ("roasted the
    peppers", "torched the stubble")."""
    head = words[-1].lower().strip("’'")
    return (
        any(word[0].isupper() for word in words)
        or words[0].lower() in _PERSON_OBJECTS
        or head in ROLE_NOUNS
        or head in PERSON_ROLES
        or head in ORGANIZATION_WORDS
    )


def _worded_subject(text: str, start: int, cue_start: int) -> Phrase | None:
    """The text a verb of wording at `cue_start` gives the words of, its subject in
    text[start:cue_start] ("A banner held up near the court read", "The note reads"): a
    document and what describes it, no comma between; None if no document is the subject."""
    lead = max(start, cue_start - _WORDED_REACH)
    subject = _WORDED_SUBJECT.search(text, lead, cue_start)
    if subject is None:
        return None
    words = tuple(text[subject.start() : subject.end("head")].split())
    end = subject.end("described")
    if subject.end("head") < end:
        words += ("…",)  # described after its noun: "a banner held up near the court"
    return Phrase((subject.start(), end), words)


# Where a clause opens: the sentence's start, a mark, a conjunction after a comma ("..., but
# *buyers*"; not "with many warning A and *others* saying B", an absolute's second subject).
_CLAUSE_OPENING_BEHIND = re.compile(
    rf"(?:\A|[,;:—–](?:\s+(?:{alternation(CLAUSE_CONJUNCTIONS)}))?)[\s\"“‘']*\Z", re.IGNORECASE
)


# The rest of a clause after a participle, up to a mark: "... for a cut *may wait*".
_CLAUSE_REST = re.compile(r"[^,;:.!?—–\"“”]*")
# A verb of a finite predicate in it: an auxiliary, a modal, a past ("tenants worrying about
# rents *packed* the hall", "a nurse who checked on him *found* no pulse").
_PREDICATE_VERB = re.compile(
    rf"\b(?:{alternation(PREDICATE_OPENERS | MODALS | FINDING_PARTICIPLES)}|[a-z]+ed)\b",
    re.IGNORECASE,
)
_QUOTES_AND_SPACE = " \n\"“‘'"
# A sentence's opening up to a bare comma that is an adjunct, no clause: "In May,", "Still,".
_OPENING_ADJUNCT = re.compile(
    rf"[\s\"“‘']*(?:(?:{alternation(SCENE_PREPOSITIONS)})\b[^,;:]*|\w+),\s*\Z", re.IGNORECASE
)


def _many(subject: Phrase) -> bool:
    """Whether `subject` names more than one: a plural ("The rivals", "they") or names
    joined by "and" ("Lee and Roe", "The mayors of X and Y")."""
    return _plural_words([w.lower() for w in subject.words if w != "…"])


_PLURAL_SUBJECTS = PLURAL_PRONOUNS | {"we"}


def _plural_words(words: list[str]) -> bool:
    """Whether lower-case `words` of a subject name more than one: a plural last, or "and"."""
    return words[-1] in _PLURAL_SUBJECTS or _plural_head(words[-1]) or "and" in words


# The participles of a survey's people: "Of the 40 nurses *asked*", "Among those *polled*".
_SURVEYED = CONTACT_PARTICIPLES | {"asked"}
_PART_OPENING = re.compile(r"\s*(?:" + alternation(PART_OPENERS) + r")\s")


def _question_aside(text: str, start: int, end: int) -> tuple[int, re.Match[str]] | None:
    """The comma opening a question put to the subject in an aside after it, and the aside's
    match, up to `end` (in the sentence at `start`): "Lee*,* asked whether the firm planned
    cuts"; None if no such aside ends at `end`."""
    comma = text.rfind(", ", max(start, end - _QUESTION_ASIDE_REACH), end)
    if comma < 0 or not text.startswith(_QUESTION_ASIDE_OPENERS, comma + 2):
        return None  # told first: most asides
    aside = _QUESTION_ASIDE.fullmatch(text, comma + 2, end)
    return None if aside is None else (comma, aside)


def _in_question_aside(text: str, start: int, cue: Span) -> bool:
    """Whether the cue at `cue` (of the sentence at `start`) is inside a question put to the
    subject, an aside after a comma ("Whitford, asked whether the agency *planned* to act,
    said ..."): what was asked, neither said nor held by anyone."""
    found = _question_aside(text, start, cue[0])
    if found is None:
        return False
    aside = found[1]
    # "asked about rivals *who argued* the merger hurt them": a relative clause of the topic,
    # its speaker's claim
    return aside["topic"] is None or not _TOPIC_RELATIVE.search(text, aside.end("topic"), cue[0])


def _question_aside_before(text: str, start: int, cue_start: int) -> int:
    """Where the comma opening a question's aside stands that the comma just before the cue
    at `cue_start` closes (in the sentence at `start`): "Lee*,* asked about the plan, said";
    else -1."""
    if text[cue_start - 2 : cue_start] != ", ":
        return -1
    found = _question_aside(text, start, cue_start - 2)
    return -1 if found is None else found[0]


def _surveyed_part(text: str, start: int, phrase: Phrase | None, cue: Span) -> bool:
    """Whether a survey's participle ends the opener of a part before its comma, the people
    asked (in the sentence at `start`): "Of the 40 nurses *asked*, most said", "Among the
    voters *polled*, 62 per cent said"; the share after the comma speaks, asked nothing."""
    return (
        phrase is not None
        and text.startswith(",", cue[1])
        and _PART_OPENING.match(text, start, phrase.span[0]) is not None
    )


def _reduced_relative(text: str, start: int, phrase: Phrase, cue: Span) -> bool:
    """Whether a participle cue right after `phrase`, the subject opening its clause (in the
    sentence at `start`), modifies that subject, the subject's own finite verb following in
    the clause: "Buyers *hoping* for a cut may wait", "..., but renters *hoping* for relief
    will wait", "In May, tenants *worrying* about rents packed the hall" (not "..., saying",
    "She is hoping", "The firm tried persuading", "Keeps saying", "It's worth noting", nor
    before a quotation: "footage of Lee asking, “...”", nor an absolute after a clause and
    a bare comma: "Sales fell 9%, the board *saying* demand had cooled", "Talks collapsed,
    both sides *blaming* the other"): a noun phrase, determined or plural, whose last word
    is no verb."""
    last = phrase.words[-1].lower()
    lead = text[start : phrase.span[0]]
    opening = _CLAUSE_OPENING_BEHIND.search(lead)
    rest = _CLAUSE_REST.match(text, cue[1])
    return (
        text[phrase.span[1] : cue[0]] == " "
        and text[cue[1] : cue[1] + 1] not in {",", ":"}
        and opening is not None
        and (
            lead.strip(_QUOTES_AND_SPACE) == ""  # the sentence's start
            or opening.group().strip(_QUOTES_AND_SPACE + ",;:—–") != ""  # ", but"
            or _OPENING_ADJUNCT.fullmatch(lead) is not None
        )
        and _PREDICATE_VERB.search(rest.group()) is not None
        and (phrase.words[0].lower() in DETERMINERS or last.endswith("s"))
        and last not in COUNTED_ALONE  # "..., and many saying ...": an absolute's subject
        and last not in CATENATIVE_VERBS
        and last not in CHANGE_VERBS
        and not last.endswith("ed")
    )


_RECORDING_PRONOUNS = PERSON_PRONOUNS | PLURAL_PRONOUNS  # "A, she recorded": a person


def _records_after(words: tuple[str, ...], word: str) -> bool:
    """Whether a subject (its `words`) after the content may be the one that records it:
    one that keeps records (`_keeps_records`), plural before a bare "record" ("A, the
    minutes record"), or a person's pronoun ("A, he recorded in his log"); not "A, the team's
    worst record", "A, a franchise record", "A, an NBA record" (a singular: a noun)."""
    if len(words) == 1 and words[0].lower() in _RECORDING_PRONOUNS:
        return True
    if not _keeps_records(words):
        return False
    if word != "record" or _plural_noun(words[-1].lower()):
        return True
    return words[-1][:1].isupper() and words[0].lower() not in {"a", "an"}


def _keeps_records(words: tuple[str, ...]) -> bool:
    """Whether a subject of "record that" (its `words`) may tell what it records: a document
    or a body ("The minutes record that ...", "The court recorded that ...") or one named or
    of a role ("Lee recorded that ...", "The coroner recorded ..."); not an instrument
    ("Weather stations recorded that the heat hit 41 C")."""
    head = words[-2] if words[-1] == "…" and len(words) > 1 else words[-1]
    lower = head.lower()
    singular = lower[:-3] + "y" if lower.endswith("ies") else lower.removesuffix("s")
    named = not head.islower() and not (len(words) == 1 and head.endswith("s"))  # "Sensors"
    return named or any(
        word in DOCUMENT_WORDS
        or word in ORGANIZATION_WORDS
        or word in HEARING_BODIES
        or word in ROLE_NOUNS
        for word in (lower, singular)  # "the authorities": "authority"
    )


def _warning_level(words: tuple[str, ...]) -> bool:
    """Whether the `words` before "warning" are one bare word naming a public warning's level
    or hazard, the noun's modifier ("Amber warning for snow", "Flood warning issued"), not a
    source warning ("Police warning drivers", "The union warning of strikes")."""
    return len(words) == 1 and (
        words[0].lower() in WARNING_LEVELS or words[0].lower() in NATURAL_EVENTS
    )


_KNOWING = KNOW_FORMS | LEARN_FORMS  # "What police know so far:", "What we have learned:"


def _writers_findings(phrase: Phrase, word: str) -> bool:
    """Whether a free relative before a colon is the newsroom's heading over what is known:
    its verb one of knowing or learning, whoever knows ("What police know so far:", "What
    investigators have learned:"), or any verb of thought of the writers' "we" ("What we
    think happened:"); not anyone's words ("Here is what she said:")."""
    lower = word.lower()
    return lower in _KNOWING or phrase.words == ("we",) and lower in THOUGHT_WORDS


def _natural_event(words: tuple[str, ...]) -> bool:
    """Whether a speaker phrase's `words` name a natural event: its head ("the wildfire"), or
    its first words, an event's word and a name ("Hurricane Delia", "Tropical Storm Lee"; not
    "Storm Prediction Center", an organization's name)."""
    head = words[-2] if words[-1] == "…" and len(words) > 1 else words[-1]
    if head.islower() and head in NATURAL_EVENTS:
        return True
    named = words[1:] if words[0] in _EVENT_STRENGTHS else words
    return (
        len(named) > 1
        and named[0].lower() in NATURAL_EVENTS
        and named[0][0].isupper()
        and named[1][:1].isupper()
        and not any(word.lower() in ORGANIZATION_MARKERS for word in named[1:])
    )


# Characters before a source: plural documents and "from", or a participle and "by"
# ("internal documents obtained by").
_DOCUMENTS_SOURCE_REACH = 32


# Words after "a" that count a plural ("a few nurses", "a dozen aides"): a subject.
_ARTICLE_QUANTIFIERS = frozenset(
    "few dozen couple handful lot number hundred thousand million score great good".split()
)


# A relative clause after the subject's comma, still open at a cue joined to its first verb:
# "Ann Lee, who chairs the board and voted against the plan, ...".
_OPEN_RELATIVE = re.compile(r",\s+(who|which)\s[^,;:“”\"]*\Z")


def _relative_still_open(text: str, subject: Phrase, cue_start: int) -> Phrase | None:
    """The relative pronoun whose clause, opened after `subject` and not yet closed, holds a
    cue joined to its verb ("Ann Lee, who chairs the board and *voted against* the plan, was
    blunter": "who", for Ann Lee, so that its closing comma ends what she opposed); None if
    the cue is the subject's own."""
    relative = _OPEN_RELATIVE.match(text, subject.end, cue_start)
    if relative is None:
        return None
    return Phrase(relative.span(1), (relative.group(1),), None, subject)


def _before_parallel_verb(text: str, phrase: Phrase) -> Phrase:
    """The subject of a cue in the present joined by "and" to a verb of its own, or of a
    headline's participle after a comma ("Province ends pilot early, citing ..."), read
    forward past that verb ("Mayor opens new library and hails volunteers": "Mayor", not
    "Mayor opens new library"): a lower-case word in -s right after the name's capitalised
    words, with more words after it, is the first verb, for a cue's "-s" is a singular
    subject's, no plural noun's ("Toronto residents ... and say" has no "-s"); not a
    singular noun in -s ("Calor gas firm raises prices and says": the firm)."""
    toks = tokens(text, *phrase.span)
    for k in range(1, len(toks) - 1):
        word = toks[k].word
        if not toks[k - 1].capitalized:
            break
        if (
            word.islower()
            and word.endswith("s")
            and not word.endswith(("ss", "us", "is"))
            and word not in SINGULARS_IN_S
        ):
            return Phrase((toks[0].start, toks[k - 1].end), tuple(t.word for t in toks[:k]))
    return phrase


def _gerund_joined_to_noun(text: str, start: int, cue: int, word: str) -> bool:
    """Whether the cue word in "-ing" at `cue`, after "and" or "or", is joined to a noun, no
    verb: no word in "-ing" stands before it in its sentence, as a participle it would be
    joined to ("a memory and *thinking* scale"; not "reading and thinking the drug was safe",
    "praising the staff and saying"), and a noun follows it, no content ("were angry and
    *demanding* that the council act", "arrived and *saying* the leak was contained")."""
    if not (word.endswith("ing") and text.endswith((" and ", " or "), max(start, cue - 5), cue)):
        return False
    following = WORDS.match(text, skip_space(text, cue + len(word)))
    if following is None or following.group().lower() in FUNCTION_WORDS:
        return False
    return _ING_WORD.search(text, start, cue - 5) is None


def _gerund_in_series(text: str, start: int, phrase: Phrase) -> bool:
    """Whether a lower-case one-word phrase in "-ing" (a document's noun: "filing", "polling")
    is a gerund joined by "and" or "or" to a gerund and its object before it, the cue word
    its object's noun ("changing passwords and filing reports with police": no one reports),
    not a subject (`_GERUND_CONJUNCT`)."""
    word = phrase.words[0]
    if len(phrase.words) > 1 or not word.endswith("ing") or not word.islower():
        return False
    at = phrase.span[0]
    return _GERUND_CONJUNCT.search(text, max(start, at - _GERUND_CONJUNCT_REACH), at) is not None


def _quoted_object(text: str, phrase: Phrase, cue_start: int) -> Phrase | None:
    """The object of a verb of quoting inside the phrase before "as saying", which speaks
    ("KNA quoted Interior Ministry spokesman Omar Rahimi as saying": Omar Rahimi, the
    spokesman); `phrase` if no such verb stands inside it."""
    verb = next((t for t in reversed(phrase.tokens[1:]) if t.lower in QUOTING_VERBS), None)
    return phrase if verb is None else phrase_before(text, verb.end, cue_start)


def _modified_participle(words: list[str], text: str, pos: int) -> bool:
    """Whether the cue word at `pos` is a past participle modifying the noun after it, a
    determiner and an adverb in -ly before it (the `words` before `pos`): "a widely cited
    study", "One frequently quoted estimate"; not "Another reportedly said the memo was fake"
    (a clause after it), "The weekly reported that ..." or "Many of the elderly said ..." (no
    adverbs)."""
    if not (
        len(words) > 1
        and words[-1].islower()
        and words[-1].endswith("ly")
        and words[-1] not in NOT_ADVERBS  # "The family said", "The weekly reported"
        and words[-2].lower() in _ADVERB_DETERMINERS
    ):
        return False
    noun = _PARTICIPLE_THEN_NOUN.match(text, pos)
    return noun is not None and noun.group(1) not in _NO_MODIFIED_NOUN


def _plural_modifier(words: list[str], text: str, pos: int) -> bool:
    """Whether the cue word at `pos` heads a noun phrase opened by "a" or "an" whose plural
    modifies it ("a public *records* request", "an *arms* deal"): the article agrees with no
    plural subject, so the cue word is that phrase's noun, no verb."""
    if len(words) < 2 or not words[-1].endswith("s") or not words[-1].islower():
        return False
    article = next((k for k in (-2, -3) if -k <= len(words) and words[k] in {"a", "an"}), None)
    if article is None or article == -3 and words[-2].lower() in _ARTICLE_QUANTIFIERS:
        return False  # "a few nurses claim", "a dozen nurses warn": the plural is the subject
    word = WORDS.match(text, pos)
    return word is not None and word.group() in CUE_NOUNS and not word.group().endswith("s")


def _counted_noun(words: list[str], text: str, pos: int) -> bool:
    """Whether the cue word in -s at `pos` is a plural noun that a determiner and a number above
    one count: "one of the two *votes* in favour", "its three *warnings*"; no verb agrees with
    such a subject ("the two say", "the two discuss" stay verbs; "A memo dated June 9 says":
    a date, no determiner)."""
    if len(words) < 2 or words[-2].lower() not in _DETERMINERS:
        return False
    number = words[-1].lower()
    if not (number.isdigit() and number != "1") and NUMBER_WORDS.get(number, 1) < 2:
        return False
    word = WORDS.match(text, pos)
    return word is not None and word.group().endswith("s") and not word.group().endswith("ss")


def _plural_before_verb(words: list[str], text: str, pos: int) -> bool:
    """Whether the cue word in -s at `pos` is the plural noun of a phrase a determiner (maybe
    and a number) or a possessive noun and a modifier open, its verb right after it ("its
    value *brands* held up", "its two Value *brands* held up", "the chain's value *brands*
    held up", "the union *calls* went unanswered"; a past in -ed may be a participle: "The
    company expects adjusted margins"): not after a role ("his lawyer claims ..."), nor
    "says", "tells"."""
    if len(words) < 2:
        return False
    opener = words[-2].lower()
    if (
        len(words) > 2
        and (opener.isdigit() or opener in NUMBER_WORDS)
        and words[-3].lower() in _DETERMINERS
    ):
        opener = words[-3].lower()  # "its two value brands"
    if not (opener in _DETERMINERS or opener.endswith(POSSESSIVE_ENDINGS)):
        return False
    modifier = words[-1]
    if not (modifier.isalpha() and modifier[1:].islower()) or modifier.lower() in ROLE_NOUNS:
        return False
    word = WORDS.match(text, pos)
    if word is None or not word.group().endswith("s") or word.group() in _NO_NOUN_FORMS:
        return False
    verb = WORDS.match(text, word.end() + 1)
    return verb is not None and (verb.group() in AUXILIARY_VERBS or verb.group() in _CLAUSE_PASTS)


def _modified_noun_before_verb(words: list[str], text: str, pos: int) -> bool:
    """Whether the cue word at `pos`, a noun in its base form ("claim", "plan", "rule"), is
    the noun of a phrase a determiner and one modifier in lower case open, a past or an
    auxiliary right after it ("The new *rule* angered retirees", "a strict *plan* cost
    millions"): no verb follows a subject's verb so. Not after an adjective standing for
    people ("The elderly claim ..."), a role ("the mayor said was"), nor a plural ("the local
    residents plan to")."""
    if len(words) < 2 or words[-2].lower() not in _DETERMINERS:
        return False
    modifier = words[-1]
    if (
        not (modifier.isalpha() and modifier.islower())
        or plural_modifier(modifier)  # "the local residents plan to"; not "the previous plan"
        or modifier in NOUN_ADJECTIVES
        or modifier in ROLE_NOUNS
    ):
        return False
    word = WORDS.match(text, pos)
    if (
        word is None
        or word.group().endswith("s")
        or not (word.group() in CUE_NOUNS or word.group() in RULINGS)
    ):
        return False
    verb = WORDS.match(text, word.end() + 1)
    return verb is not None and (
        verb.group() in AUXILIARY_VERBS
        or verb.group() in _CLAUSE_PASTS
        or _VERB_INSIDE.fullmatch(verb.group()) is not None
    )


def _possessed_noun(words: list[str], text: str, pos: int) -> bool:
    """Whether the cue word at `pos` heads a noun phrase after a possessive and a singular
    noun that modifies it ("Lee's rail *plan* faces", "the city's budget *request*"): in its
    base form after a singular noun, no verb of it (not "the firm's staff plan to", a
    collective or a plural, nor "the bank's chief forecast", a past)."""
    if len(words) < 2 or not words[-2].endswith(POSSESSIVE_ENDINGS):
        return False
    noun = words[-1]
    if not (noun.isalpha() and noun.islower()) or noun.endswith("s") or noun in _PLURAL_NOUNS:
        return False
    word = WORDS.match(text, pos)
    return (
        word is not None
        and word.group() in CUE_NOUNS
        and not word.group().endswith("s")
        and word.group() not in PAST_AS_BASE_VERBS
    )


def _plain_document(phrase: Phrase) -> bool:
    """Whether a source's first document word names no research ("a regulatory filing", "a
    company statement"; not "LSEG data", "a Reuters poll of analysts", "Lee")."""
    word = next((w.lower() for w in phrase.words if w.lower() in DOCUMENT_WORDS), None)
    return word is not None and word not in RESEARCH_DOCUMENTS


def _documents_source(words: list[str]) -> bool:
    """Whether `words` end in plural documents and "from", or in plural documents, a
    participle of how they came to light (an adverb at most before it) and "by", a source
    after them ("data from the county show", "figures from the Home Office show", "emails
    seen by the Herald show", "emails first reported by the Courier show"): the verb after
    the source agrees with the documents, so it is no noun of a compound ("the Lee show")."""
    if len(words) < 2 or words[-1] not in {"from", "by"}:
        return False
    if words[-1] == "by":
        if len(words) < 3 or words[-2] not in DOCUMENT_PARTICIPLES:
            return False
        words = words[:-1]
        if len(words) > 2 and participle_adverb(words[-2]):
            words = words[:-1]  # "emails *first* reported by"
    head = words[-2].lower()
    return head in DOCUMENT_WORDS and (head.endswith("s") or head == "data")


# What may follow an inverted speaker in its clause: a preposition, of place too ("said a
# shopper *near* the till", "said Ann Lee *outside* the store"), a time ("said Teamsters
# Local 52 *Wednesday* night", "said the union *today*"; not "may", "march": verbs too).
_AFTER_SPEAKER = _ANY_PREPOSITIONS | (TIME_WORDS - {"may", "march"})
# How near in time, before the preposition of a time ("shortly after", "moments before"),
# or how it was said, ending the clause ("happily.").
_ADVERB_AFTER_SPEAKER = re.compile(
    r"(?:[a-z]+ly|soon|moments|minutes|hours|just|right)\s+(?:after|before|following)\b"
    r"|[a-z]+ly\s*(?:[.,;!?]|\Z)"
)


class CueAttributions(CueForms, Quotations):
    """Statements introduced by a cue word and its speaker."""

    def _attributions(self, sentence: Span, para: int) -> list[Emitted]:
        """The statements the cues of `sentence` introduce, emitted in order; a cue inside
        the content of an earlier one is no statement of its own, unless coordinated."""
        start, end = sentence
        here = 0  # statements found in this sentence
        last_phrase: Phrase | None = None
        first = floor = self.clause_start = start if start > self.covered else self.covered
        content_end = floor  # the end of the content of the last statement of this sentence
        first_cue = bisect.bisect_left(self.cue_starts, floor)
        last_cue = bisect.bisect_left(self.cue_starts, end, first_cue)
        if first_cue == last_cue:
            return []
        text, quotes, quote_starts = self.text, self.quotes, self.quote_starts
        unjoined = (-1, -1)  # (from, to): no `_MAY_JOIN` in text[from:to]
        relay: int | None = None  # the index of a relay whose inner saying was emitted
        for cue in self.cues[first_cue:last_cue]:
            if cue[0] < floor or cue[1] > end:
                continue
            i = bisect.bisect_right(quote_starts, cue[0]) - 1  # `_quote_at`, inlined
            if i >= 0 and cue[0] < quotes[i].end:
                continue
            word = text[cue[0] : cue[1]]
            if (
                word[0].isupper()
                and " " not in word
                and (_inside_name(text, cue[1]) or _after_name_word(text, cue[0]))
            ):
                continue  # "pastor of Greater Hope Baptist Church", "in Clinical Sleep
                # Reports": a name, no verb (not "According to Acme Group": a phrase cue
                # before the name)
            lower = word.lower()
            # Inside the last content with nothing that could join a cue of its own between
            # (`_MAY_JOIN`), the cue is that content's verb: told first, as most such cues are
            # passed over and the tests below cost more; a verb of saying may yet relay a
            # statement of its own (`_saying_reported`, below).
            unread = False
            if cue[0] < content_end and last_phrase is not None and lower not in _SOURCE_CUES:
                joins_from = min(floor, self.statements[-1].span[0])
                # Searched on from where the last search found nothing (less the longest
                # conjunction), not from `joins_from` again: an endless sentence of cues
                # inside one content took time growing with the square of its length.
                searched = unjoined[1] - _LONGEST_JOIN if unjoined[0] == joins_from else -1
                if not _MAY_JOIN.search(text, max(joins_from, searched), cue[0]):
                    unjoined = (joins_from, cue[0])
                    unread = True
                    if lower not in SAYING_VERBS and lower not in ADMIT_FORMS:
                        continue  # "said she expects ...": inside the last content, told unread
            if word in _ADJECTIVE_ONLY and not self._takes_clause(cue):
                continue
            if lower in CUE_COMPOUND_HEADS and _COMPOUND.match(text, cue[0]):
                continue  # "a think tank": a noun
            head = lower.partition(" ")[0]  # "call" of "call on"
            if head in CUE_COMPOUND_MODIFIERS and compound_tail(text, cue[0], head):
                continue  # "a phone call", "a phone call on Tuesday to ...": a noun
            if head == "call" and _after_indefinite(text, start, cue[0]):
                continue  # "a pass interference call against", "a bad call on": a noun
            if (
                lower in _REPLY_CUES
                and not _REPLY_NEXT.match(text, cue[1])
                and not _QUOTATION_THEN_SPEAKER.search(
                    text, max(start, cue[0] - _QUOTATION_REACH), cue[0]
                )
            ):
                continue  # "fired back at the gunmen", "hit back in the second half"
            if (
                lower in OBJECT_OR_CLAUSE_CUES
                and text[cue[0] - 1 : cue[0]].isspace()
                and text[max(start, cue[0] - 4) : cue[0]].rstrip().endswith(POSSESSIVE_ENDINGS)
            ):
                continue  # "the U.N.’s record that year": a noun
            if lower in THREATENED_FORMS and text.startswith(" with ", cue[1]):
                continue  # "a school threatened with closure": a threat to it, none made
            if lower in ESTIMATE_PUT_VERBS and not _PUT_AT.match(text, cue[1]):
                continue  # "put the plan on hold": no estimate given
            if lower in PRICED_IN_CUES and not _priced_in_belief(text, lower, cue):
                continue  # "tickets priced in euros", "surge pricing in cities": no belief
            if lower in _COLON_CUES and (
                _QUOTE_NEXT.match(text, cue[1])
                or not _COPULA_BEFORE.search(text, max(start, cue[0] - 24), cue[0])
            ):
                continue  # a quotation's (quotations.py), or "a clear: ...": no one's manner
            if (
                lower in WORDING_VERBS
                and not _WORDED_QUOTE_NEXT.match(text, cue[1])
                and not _QUOTE_CLOSED_BEFORE.search(text, max(start, cue[0] - 3), cue[0])
            ):
                continue  # "read the statement aloud": no wording given (not '“...,” read')
            if lower in _WRITING_VERBS and saying_object(text, cue[1], end):
                continue  # "wrote a letter to trustees that says ...": the letter's cue reports
            if self._no_verb_at(start, cue[0]):
                continue  # "the plan", "his remarks", "to support"
            if (
                text.find("who ", max(start, cue[0] - 13), cue[0]) >= 0
                and self._restrictive_who(start, cue)
                and (self._cue_next(cue) or _MAIN_VERB_NEXT.match(text, cue[1]))
            ):
                continue  # "Residents who (had) testified said ...", "Parents who complained
                # were relieved": the relative's verb, the main clause's verb after it
            if (
                lower.endswith("s")
                and lower not in _NO_NOUN_FORMS
                and _PARTICIPLE_BY_NEXT.match(text, cue[1])
            ):
                continue  # "ground rules set by the agency": a plural noun and what made it
            if word in _BASE_FORMS and self._after_article(cue[0]):
                continue  # "a full hand recount"
            if (
                word in _BASE_FORMS
                and _PREDICATE_NEXT.match(text, cue[1])
                and _THE_MODIFIER.search(text, max(start, cue[0] - LEAD), cue[0])
            ):
                continue  # "The teenage suspect was questioned": a noun, its predicate after
            if (
                word in _BASE_FORMS
                and _NO_OBJECT_NEXT.match(text, cue[1])
                and self._object_noun(start, cue[0])
            ):
                continue  # "received the GST credit this fall": the object's noun
            if or_after_refusal(text, cue):
                continue  # "would not confirm or deny that ...": neither said
            if self.interview[0] <= cue[0] < self.interview[1]:
                continue  # "said it would close when I called her about it": the reporter's
            if self.compared and any(a <= cue[0] < b for a, b in self.compared):
                continue  # "..., the agency said, below the 2% forecast by economists"
            if lower not in _SOURCE_CUES and generic_condition(text, cue):
                continue  # "If a tenant asks for repairs, ..., said Quint": Quint's, all of it
            if anonymity(text, lower, cue):
                continue  # "..., who asked not to be named, told ...": a source's condition
            if _in_question_aside(text, start, cue):
                continue  # "Lee, asked whether the firm planned cuts, said ...": what was put
                # to Lee, no one's claim; Lee's cue after the aside reports
            if reported_deed(text, lower, cue, end):
                continue  # "reported the assault to police": a complaint made, no words
            if lower in _CALL_FORMS and named_in_aside(text, cue):
                continue  # "The cook, a man she calls Tomas, told her": his name
            if (
                lower in ALL_SAID_CUES
                and _ALL_THAT_WAS_SAID.search(text, max(start, cue[0] - _ALL_SAID_REACH), cue[0])
                # not a clause of the cue's own: "“Peace” was all the protesters said they
                # wanted" (what they wanted)
                and not (lower in _SAY_FORMS and _SUBJECT_NEXT.match(text, cue[1], end))
            ):
                continue  # "“Thanks,” was all Lee said as she left": the quotation, Lee's
            if lower in NAMING_CUES and self._named_in_subject(cue, start):
                continue  # "Backers of what they call “school choice” said": a term
            if lower == "advising" and not self._advice_given(start, cue):
                continue  # "a lawyer who has been advising the family": a counsel's role
            if lower in ADVISE_FORMS and not _advice_given_at(text, cue, end):
                continue  # "her firm advises the company": a counsel's role, no advice
            if lower in _AS_QUOTED_ONLY and not (
                _QUOTER_BEFORE.search(text, max(start, cue[0] - _QUOTER_REACH), cue[0])
                and told_after_as(text, cue[1])
            ):
                continue  # "as telling a sign as any", "cited X as warning signs": no one quoted
            if lower in QUOTING_VERBS and quoting_another(text, cue):
                continue  # "quoted the minister as saying": the minister's words
            if lower in DOCUMENT_PARTICIPLES and self._document_agent(cue, start, end):
                continue  # "emails first reported by the Courier": how they came out, no claim
            if lower in DOCUMENT_PARTICIPLES and self._document_aside(cue, start, end):
                continue  # "A survey of farmers, published in May, found ...": how it came out
            if lower in BLOW_PARTICLES and (
                _BLOWS_AFTER.match(text, cue[1], end)
                or _ANIMAL_BEFORE.search(text, max(start, cue[0] - LEAD), cue[0])
                or _ANIMAL_OPENING.match(text, start, cue[0])
            ):
                continue  # "lashed out at officers, kicking one": blows, no criticism
            if lower in _REJECTING_PARTICLES and _TIME_AFTER_PARTICLE.match(text, cue[1], end):
                continue  # "the jet pushed back on time": a departure, nothing rejected
            if lower in SHOW_FORMS and shown_pictures(text, cue):
                continue  # "showed footage of burning bins": a thing screened
            if lower in CONCEDE_FORMS and conceded_contest(text, cue):
                continue  # "conceded defeat in a speech": a loss owned, no claim
            if lower in QUESTIONING_FORMS and _interrogation(text, start, cue):
                continue  # "counsel questioned Mr Pym about the memo": no doubt voiced
            if lower in ACQUAINTANCE_VERBS and _TOPIC_NEXT.match(text, cue[1]):
                continue  # "knew of the leak", "thought about her mother": no claim
            if lower in ANSWERING_PARTICIPLES and _BEHALF_NEXT.match(text, cue[1], end):
                continue  # "answering for himself": on whose behalf, no words
            if lower in CONTACT_VERBS and self._speech_purpose_after(cue, end):
                continue  # "called reporters to say ...": the infinitive reports
            if lower in KNOW_FORMS and _knows_a_person(text, cue[1], end):
                continue  # "she knows the mayor well": acquaintance, no claim
            if here and lower in _SOURCE_CUES and self._cut_before_rendering(cue, end):
                continue  # "He said it had stalled, according to a translation": his words
            if (
                cue[0] < content_end
                and (lower in SAYING_VERBS or lower in ADMIT_FORMS)
                and (inner := self._saying_reported(cue, end, last_phrase)) is not None
            ):
                self._emit(inner, para)  # "According to the suit, Vance told ...": Vance's
                relay = len(self.statements) - 2
                if self._rendering(self.statements[relay]) or self._release(relay):
                    # "According to a translation, Roy said": his; "According to a statement,
                    # the council said": the council's own release
                    del self.statements[relay]
                    relay = None
                else:
                    here += 1
                last_phrase, floor, content_end = inner.phrase, cue[1], inner.span[1]
                continue
            if unread:
                continue  # "said she expects ...": inside the last content, told unread
            if (
                cue[0] < content_end
                and last_phrase is not None
                and (lower in STANCE_CUES or lower in BELIEF_CUES)
                and self._joined_to_content_verb(cue)
            ):
                continue  # "said Doyle had repaid it and intended to sell": Doyle's
            found = (
                self._wording(cue, end, floor)
                if lower in WORDING_VERBS
                else self._attribution(cue, (floor, end), last_phrase)
            )
            if found is None and here and last_phrase is None:
                # "Two climbers are believed dead, police said": the words after a passive of
                # no one's are no content alone, but the attribution may report it all (below)
                found = self._attribution(cue, (first, end), None)
            if found is None:
                # "Lee denies wrongdoing, his lawyer said.": too little after the last cue for
                # a content of its own, the sentence-final attribution reports it all; so does
                # a source the last content ran on into ("Lee urged calm, according to an aide")
                if not here or (
                    _SENTENCE_TAIL.match(text, cue[1], end) is None
                    and not (lower in _SOURCE_CUES and self.statements[-1].span[1] > cue[0])
                    and not (lower in SAYING_VERBS and self._circumstance_tail(cue, end))
                ):
                    continue
                found = self._outer(None, here, (first, end), cue)
                if found is None:
                    continue
            clause = self._own_clause(found) if here else None
            outer = None if here == 0 or clause else self._outer(found, here, (first, end), cue)
            if clause is not None:  # "Critics say A; B, according to C": C reports B only
                found = clause
            elif outer is not None and (estimate := self._estimate_sourced(outer)):
                found = estimate  # "X said it earned A, above estimates of B, according to C"
            elif outer is not None:  # "A plans B, according to C": C reports all of it
                plain = self._plain_told_after(here, outer)
                self._take_back(here, outer)
                if plain is not None:  # "A, the mayor told aides, according to C": A, twice
                    outer = outer._replace(span=plain.span)
                else:
                    here = self._relayed(here, outer)
                found, relay = outer, None
            elif cue[0] < content_end and not self._coordinated(found):
                continue  # a cue inside reported content: not a statement of its own
            if relay is not None and clause is None and outer is None:
                self._cut_relay(relay, found)
            self._emit(_unheard_source(text, found), para)
            if here:
                self._clause_held_by_subject()
            here += 1
            last_phrase = found.phrase
            floor = (
                found.span[1]
                if _opening_clause(found, first)
                else found.cue[1]
                if found.cue
                else found.span[1]
            )
            if (
                found.cue
                and found.phrase
                and text[found.phrase.span[0] - 2] == ","  # told first: a call costs more
                and self._dashed_aside(first, found.phrase.span[0], found.cue[1])
            ):
                floor = first  # "Raj Lee — no relation, he said — told": the subject before
            content_end = found.span[1]
        return self.statements[len(self.statements) - here :] if here else []

    def _clause_held_by_subject(self) -> None:
        """The statement before the last, its cue inside the last one's speaker phrase, is
        held by that phrase's speaker: "Growers that oppose the levy say ...": the stance
        in the relative clause is the growers that oppose it, one speaker, not "Growers"."""
        previous, last = self.statements[-2], self.statements[-1]
        if last.speaker_span is None or previous.cue_span is None:
            return
        if previous.speaker == last.speaker or not (
            last.speaker_span[0] <= previous.cue_span[0] < last.speaker_span[1]
        ):
            return
        self.speakers.forget(previous.speaker, previous.speaker_span)
        self.statements[-2] = previous._replace(
            speaker=last.speaker, speaker_span=last.speaker_span
        )

    def _wording(self, cue: Span, end: int, floor: int) -> Found | None:
        """'A banner held up by students read: “...”': the quotation after a verb of wording
        is the words of the document that is its subject; None without such a subject ('She
        read “Hamlet”', a reader)."""
        subject = _worded_subject(self.text, floor, cue[0])
        if subject is None and (inverted := self._worded_after(cue, floor, end)) is not None:
            return inverted
        if subject is None:
            subject = self._worded_carrier(cue, floor, end)
        quote = None if subject is None else self._first_quote((cue[1], end))
        if subject is None or quote is None:
            return None
        if not self._utterance(quote):
            return Found(quote.content, "direct", subject, cue)
        last = self._last_listed(quote, end)  # 'Signs read “A” and “B.”': a part each
        return Found((quote.content[0], last.content[1]), "direct", subject, cue)

    def _characterized(self, cue: Span, sentence: Span, phrase: Phrase) -> Found | None:
        """ "Critics see the reform as a chance": the object and what it is seen as, up to
        the end of the clause; no cue without "as" after the object ("saw the film"), but for
        a verb of harsh criticism "for" and the fault found ("trashed the plan for ignoring
        drivers"; not "trashed the office for hours")."""
        complement = _AS_COMPLEMENT.match(self.text, cue[1], sentence[1])
        verb = self.text[cue[0] : cue[1]].lower()
        if complement is None and verb in HARSH_CRITICISM_CUES:
            fault = _FAULT_FOR.match(self.text, cue[1], sentence[1])
            if fault is not None and (
                verb not in _LITERAL_HARSH_CUES or _faulted_person(fault.group("object").split())
            ):
                return self._stance(cue, sentence, phrase)  # "trashed the plan for ignoring"
            return None
        if complement is None or self._quote_at(complement.start()) is not None:
            return None
        if self.headline_ends and sentence[1] <= self.headline_ends[0]:
            when = self._headline_when(cue, complement, sentence)
            if when is not None and when < complement.start():
                return None  # "Mayor pitches levy as council weighs cuts": when, no framing
            if when is not None:  # "Union Views Offer as Insult as Talks Stall": up to "as"
                sentence = (sentence[0], when)
        if (
            phrase.antecedent is not None
            and phrase.words[0].lower() in _RELATIVE_SUBJECTS
            and not self.text[max(0, phrase.span[0] - _LEAD_SPACE) : phrase.span[0]]
            .rstrip()
            .endswith(",")
        ):
            return None  # "Voters who remember X as Y voted for Lee": a restrictive clause's
        stage = _LIFE_STAGE.match(self.text, complement.end(), sentence[1])
        if stage is not None and (
            stage.group(2).lower() in LIFE_STAGE_NOUNS
            or (stage.group(1) is not None and stage.group(2).lower() in YOUNG_STAGE_NOUNS)
        ):
            return None  # "remembered him as a boy", "as a young man": when, not what he was
        if self.text[cue[0] : cue[1]].lower() in CAST_FORMS and self._cast_part(cue, sentence):
            return None
        return self._stance(cue, sentence, phrase)

    def _headline_when(self, cue: Span, complement: re.Match[str], sentence: Span) -> int | None:
        """Where the "as" of a headline's clause in the present starts, which tells when, not
        what the object is seen as: after the complement ("Union Views Offer as Insult *as*
        Talks Stall"), or the complement's own after an object and its participle ("Premier
        Sees Deficit Vanishing *as* Revenue Climbs"); -1 if the complement's own "as" opens
        it after a bare object ("Mayor Pitches Levy as Council Weighs Cuts"); else None."""
        for as_ in AS_WORD.finditer(self.text, complement.start(), sentence[1]):
            if _HEADLINE_PRESENT_CLAUSE.match(self.text, as_.end(), sentence[1]):
                if as_.end() > complement.end() or _PARTICIPLE.search(
                    self.text, cue[1], as_.start()
                ):
                    return as_.start()
                return -1
        return None

    def _cast_part(self, cue: Span, sentence: Span) -> bool:
        """Whether "cast" at `cue` gives a part or a vote, no framing: "Producers cast Ann Roe
        as Lady Macbeth", "cast the veteran actor as a villain", "cast Lind as the queen in the
        new production" (a word of the stage as its subject, object or where the part is
        played), "Ottawa cast its vote as the last province to sign"; not "The Globe cast the
        merger as a rescue", "The union cast the studio's offer as an insult"."""
        if (
            _VOTE_CAST.match(self.text, cue[1], sentence[1]) is not None
            or _NAME_AS_ROLE.match(self.text, cue[1], sentence[1]) is not None
        ):
            return True
        subject = WORDS.findall(self.text[max(sentence[0], cue[0] - 24) : cue[0]].lower())
        if subject and subject[-1] in CASTING_WORDS:
            return True
        as_at = AS_WORD.search(self.text, cue[1], sentence[1])
        if as_at is None:
            return False
        performers = WORDS.findall(self.text[cue[1] : as_at.start()].lower())
        return not PERFORMER_WORDS.isdisjoint(performers) or (
            _PART_PLAYED_IN.search(self.text, as_at.end(), sentence[1]) is not None
        )

    def _takes_clause(self, cue: Span) -> bool:
        """Whether the belief adjective at `cue` reports a clause: before "that", or after a
        copula and before a subject ("we are sure it will")."""
        if THAT_NEXT.match(self.text, cue[1]):
            return True
        before = _COPULA_BEFORE.search(self.text, max(0, cue[0] - 24), cue[0])
        return before is not None and _CLAUSE_NEXT.match(self.text, cue[1]) is not None

    def _no_verb_at(self, start: int, pos: int) -> bool:
        """Whether the words before `pos` make the cue word there no verb of its own: a
        determiner makes it a noun ("the plan", "his remarks"); "to" an infinitive, unless
        after a verb that lends it its subject ("appeared to suggest", "went on to say"), for a
        purpose ("met to discuss", "called reporters to say", not "are scheduled to discuss")
        or after whom a verb made do it ("prompting the Speaker to call for order")."""
        head = self.text[pos - 24 if pos - 24 > start else start : pos]
        if not head.endswith((" ", "\n")):
            return False
        words = head.split()
        if not words:
            return False
        last = words[-1]
        if last.lower() in _DETERMINERS or (
            # each reading below needs a word before `last`, which those of a modifier, a
            # noun or an adverb need in lower case, that of a name capitalised
            len(words) > 1
            and (
                (
                    (
                        _modified_participle(words, self.text, pos)
                        or _plural_modifier(words, self.text, pos)
                        or _possessed_noun(words, self.text, pos)
                        or _modified_noun_before_verb(words, self.text, pos)
                    )
                    if last.islower()
                    else self._named_noun(words, pos)
                )
                or _plural_before_verb(words, self.text, pos)
                or _counted_noun(words, self.text, pos)
            )
        ):
            # but not an object "her": "quoted her as saying", "caught her saying"
            return not (
                last == "her"
                and (
                    self.text.startswith("as ", pos)
                    or (len(words) > 1 and words[-2] in RECORDING_VERBS)
                )
            )
        if words[-1] == "and" and self._joined_infinitive(start, pos):
            return True
        if words[-1] != "to" or len(words) < 2:
            return False
        lender = words[-3] if words[-2] == "on" and len(words) > 2 else words[-2]
        return (
            (
                (lender.lower() not in CATENATIVE_VERBS and not self._had_to_lends(start, pos))
                # "would like to say": a wish, no saying
                or _WISHED_TO.search(self.text, max(0, pos - _WISH_REACH), pos) is not None
            )
            and not (self._purpose(pos) and lender not in _SCHEDULED)
            and not self._platform(start, pos)
            and self._contacted(start, pos) is None
            and self._caused(start, pos) is None
        )

    def _after_article(self, pos: int) -> bool:
        """Whether the cue word at `pos`, in its base form (`_BASE_FORMS`), follows "a" or
        "an" and a modifier or two, none a function word, a verb or a plural quantity,
        nor a noun and a plural of people; or "the" and a singular's compound modifier
        ("the 19-year-old suspect", not "the two suspect")."""
        text = self.text
        # three runs at most: the article, one or two modifiers
        article = _ARTICLE_MODIFIERS.search(
            text, last_word_start(text, max(0, pos - 30), pos, 3), pos
        )
        if article is None:
            return False
        modifiers = (article.group(1) or article.group(2)).split()
        if any(
            w in FUNCTION_WORDS or w in MODALS or w in AUXILIARY_VERBS or w in _PLURAL_QUANTITIES
            for w in modifiers
        ) or (
            len(modifiers) == 2
            and (
                people_plural(modifiers[1].capitalize())
                or modifiers[1] in PLURALS_WITHOUT_S
                or modifiers[1] in PLURAL_PRONOUNS
            )
        ):
            # "a bid rivals say", "a man police say", "a man they say": a noun and a plural
            # of people, the subject of a relative clause with no pronoun
            # (`_contact_subject`); not "a new jobs report"
            return False
        before = text[max(0, article.start() - LEAD) : article.start()]
        last = before.rsplit(None, 1)[-1].lower() if before.strip() else ""
        return (
            (last not in PREPOSITIONS or last in _CLAUSE_ADJUNCT_PREPOSITIONS)
            and last not in NOT_CONTENT_OPENERS
            and _RELATIVE_IN_CLAUSE.search(before) is None
        )

    def _advice_given(self, start: int, cue: Span) -> bool:
        """Whether "advising" at `cue` gives advice (`_ADVICE_BE`, `_ADVICE_AFTER`)."""
        return (
            _ADVICE_BE.search(self.text, max(start, cue[0] - _ADVICE_REACH), cue[0]) is not None
            and _ADVICE_AFTER.match(self.text, cue[1]) is not None
        )

    def _had_to_lends(self, start: int, pos: int) -> bool:
        """Whether "had to" before the cue word at `pos` lends it its subject (`_HAD_TO`):
        "what the mayor had to say", "Lee had to admit"; not "if Lee had to admit"."""
        reach = max(start, pos - _WISH_REACH)
        if _HAD_TO.search(self.text, reach, pos) is None:
            return False
        if _WHAT_HAD_TO.search(self.text, reach, pos) is not None:
            return True
        word = WORDS.match(self.text, pos)
        return (
            word is not None
            and word.group().lower() in _OWNING_UP
            and _DUTY_UNMET.search(self.text, max(start, pos - LEAD), pos) is None
        )

    def _object_noun(self, start: int, pos: int) -> bool:
        """Whether the base form at `pos` ends an object after a past that takes no clause
        (`_OBJECT_THE_MODIFIER`): "-ed" or `OBJECT_ONLY_PASTS`, no cue and no mandative
        ("received the tax credit", "got the CRA notice"); not in a subject's relative
        clause, where the base form is the subject's verb ("Families who survived the fire
        say in a lawsuit that ...", `_RELATIVE_IN_CLAUSE`)."""
        found = _OBJECT_THE_MODIFIER.search(self.text, max(start, pos - LEAD), pos)
        if found is None:
            return False
        verb = found.group(1)
        before = self.text[max(start, found.start() - LEAD) : found.start()]
        return (
            (verb.endswith("ed") or verb in OBJECT_ONLY_PASTS)
            and verb not in CUE_VERBS
            and verb not in MANDATIVE_CUES
            and _RELATIVE_IN_CLAUSE.search(before) is None
        )

    def _joined_infinitive(self, start: int, pos: int) -> bool:
        """Whether the cue word at `pos`, after "and", is a bare verb joined to an infinitive
        with an object's "to" before it: "advised ships to keep clear and *report* any
        sightings", "told crews to slow down and report"; not "said it would stay and
        reported", nor after a verb lending its subject ("continue to monitor and say")."""
        word = WORDS.match(self.text, pos)
        if word is None or word.group().endswith(_INFLECTED_ENDINGS):
            return False
        before = _JOINED_INFINITIVE.search(self.text, max(start, pos - _JOINED_REACH), pos)
        return before is not None and before["lender"].lower() not in CATENATIVE_VERBS

    def _named_noun(self, words: list[str], pos: int) -> bool:
        """Whether the cue word at `pos` heads a noun phrase after "the" or "a" and a name
        ("the Apple Music show", "a TV show", "the Lee plan", "the Tallow Creek find is"):
        a cue noun, or a base form before a verb, after a singular name cannot be its verb."""
        if len(words) < 2 or not _singular_name(words[-1]):
            return False  # no name before the cue word: the common case, told first
        word = WORDS.match(self.text, pos)
        if word is None or word.group().endswith("s"):
            return False
        if word.group() not in CUE_NOUNS and not self._base_form_before_a_verb(word):
            return False
        names = 0
        while names < min(3, len(words) - 1) and _singular_name(words[-1 - names]):
            names += 1
        before = len(words) - 1 - names
        while before > 0 and any(c.isdigit() for c in words[before]):
            before -= 1  # "the 10-year Treasury note", "a $5 Lotto ticket": a numeral between
        if names == 0 or words[before].lower() not in _NAME_DETERMINERS:
            return False
        at = pos  # where words[before] starts, whatever the spaces between the words
        for piece in reversed(words[before:]):
            at = self.text.rfind(piece, 0, at)
        return not self._documents_from(at)

    def _source_named(self, phrase: Phrase) -> bool:
        """Whether `phrase` opens on "per", or right after "per" or "according to": the
        modifier of a source noun ("per studio estimates", "according to trade reports"),
        never the subject of that noun read as a verb."""
        if phrase.words[0].lower() == "per":
            return True
        before = self.text[max(0, phrase.span[0] - _SOURCE_REACH) : phrase.span[0]]
        return _SOURCE_BEFORE.search(before) is not None

    def _base_form_before_a_verb(self, word: re.Match[str]) -> bool:
        """Whether a cue word in its base form ("find", whose "finds" is a cue too) is followed
        by a singular finite verb ("the Tallow Creek find is owned by", "the Oduya find, has
        drawn"): the noun a name modifies, no verb of that name."""
        base = word.group()
        return (
            f"{base}s" in _CUE_WORDS
            and _SINGULAR_VERB_NEXT.match(self.text, word.end()) is not None
        )

    def _purpose(self, pos: int) -> bool:
        """Whether the cue at `pos`, after "to", is a verb of discussion in a purpose
        infinitive ("met Friday to discuss the test")."""
        word = WORDS.match(self.text, pos)
        return word is not None and word.group() in DISCUSSION_CUES

    def _contacted(self, start: int, pos: int) -> re.Match[str] | None:
        """The verb of getting in touch and whom (`_CONTACTED_TO`) before the cue at `pos`,
        after "to", that says why its subject got in touch ("called reporters to say"); None
        if none, or if the cue opens an idiom ("a betrayal to say the least")."""
        if (start, pos) in self.contacts:
            return self.contacts[start, pos]
        contact = None
        if not _SAY_THE_LEAST.match(self.text, pos):
            contact = _CONTACTED_TO.search(self.text, max(start, pos - LEAD), pos)
            if contact is not None and _names(contact.group().split()):
                contact = None
        self.contacts[start, pos] = contact
        return contact

    def _caused(self, start: int, pos: int) -> re.Match[str] | None:
        """The verb of making someone do a thing and whom (`_CAUSED_TO`) before the cue at
        `pos`, after "to" ("prompting the Speaker to call for order"); None if none, or if
        the cue opens an idiom ("caused a stir, to say the least")."""
        if _SAY_THE_LEAST.match(self.text, pos):
            return None
        return _CAUSED_TO.search(self.text, max(start, pos - LEAD), pos)

    def _speech_purpose_after(self, cue: Span, end: int) -> bool:
        """Whether a verb of getting in touch at `cue` is followed by "to" and a cue ("called
        reporters to say ..."), within `_CONTACTED_TO`'s bounds (seven words, the verb
        within `LEAD` characters of the cue): the infinitive reports, not the verb."""
        reach = min(end, cue[0] + LEAD)  # where "to" ends at the latest, LEAD from the verb
        at = self.text.find(" to ", cue[1], reach)
        while at >= 0:
            k = bisect.bisect_left(self.cue_starts, at + 4)
            if k < len(self.cue_starts) and self.cue_starts[k] == at + 4:
                return self._contacted(cue[0], at + 4) is not None
            at = self.text.find(" to ", at + 1, reach)
        return False

    def _platform(self, start: int, pos: int) -> bool:
        """Whether the cue at `pos`, after "to", says why its subject went where it is heard
        ("took to X to say", "went on television on Sunday to argue")."""
        return _PLATFORM_TO.search(self.text, max(start, pos - LEAD), pos) is not None

    def _ruling_closes(self, word: str, cue: Span, phrase: Phrase, sentence: Span) -> bool:
        """ "The man will stay in jail, a judge ruled Monday.": "rule" closing its sentence,
        a time or where it was given at most after it ("the justices ruled Friday in
        Washington"), reports the clause before it (not "ruled in her favour"), when that
        clause has a verb or a court rules ("For four decades, the Liberals ruled": a reign)."""
        if word not in RULINGS:
            return False
        text, (start, end) = self.text, sentence
        time = TIME_ADJUNCT.match(text, cue[1], end)
        if _RULING_CLOSES.match(text, time.end() if time else cue[1], end) is None:
            return False
        return (
            phrase.words[-1].lower() in _RULING_BODIES
            or FINITE_VERB.search(text, start, phrase.span[0]) is not None
        )

    def _worded_after(self, cue: Span, floor: int, end: int) -> Found | None:
        """'“No justice, no peace,” read one sign': a quotation closing right before a verb
        of wording, the document after it its subject (inverted, as "said Lee" is); None
        when no such quotation or no document follows ('“Hamlet,” read Lee')."""
        quote = self._last_quote((floor, cue[0]))
        if quote is None or not _CLOSED_BEFORE_CUE.fullmatch(self.text, quote.end, cue[0]):
            return None
        phrase = phrase_after(self.text, skip_space(self.text, cue[1]), end)
        if phrase is None or phrase.words[-1].lower() not in DOCUMENT_WORDS:
            return None
        return Found(quote.content, "direct", phrase, cue)

    def _worded_carrier(self, cue: Span, floor: int, end: int) -> Phrase | None:
        """Who carries the signs whose wording the cue at `cue` gives, in a sentence that
        goes on after their words with a verb of its own ("Its members held banners reading
        “...” and argued that ...": the members), where `_captioned` does not read it; None
        when no sign stands before the cue or no one in the clause carries it."""
        sign = _SIGN_BEFORE.search(self.text, max(floor, cue[0] - _SIGN_REACH), cue[0])
        quote = self._first_quote((cue[1], end))
        if sign is None or quote is None or self._only_punctuation(quote.end, end):
            return None
        if not sign["relative"] and not self.text.endswith("ing", cue[0], cue[1]):
            return None  # "The student who held the banner read “...” aloud": the student's
        phrase = Phrase(sign.span("sign"), (sign["sign"],))
        return self._sign_carrier(phrase, floor, None)

    def _sign_carrier(self, sign: Phrase, start: int, last: Phrase | None) -> Phrase | None:
        """Who carries, holds or put up the sign that is a cue's subject (`sign`): the
        subject of the posting verb before it ("Marchers held signs saying", "Ana Lee held up
        a banner that said": the marchers, Ana Lee), or the subject of the sentence's last
        cue (`last`) the verb is joined to ("They shouted “...” and held up signs saying");
        None when no one in the clause from `start` does ("Shoppers saw a sign that said",
        "A sign that said": the sign's)."""
        subject = self._sentence_subject(start, sign.span[0]) or last
        if subject is None or subject.span[1] > sign.span[0]:
            return None
        return self._poster(subject, sign.span[0])

    def _dashed_aside(self, start: int, speaker: int, cue_end: int) -> Span | None:
        """The aside between dashes that a reporting clause after a comma ends, its speaker at
        `speaker` ("Raj Lee — no relation, he stressed — said": from "no" to "stressed"), as
        its own sentence: what it reports is before the clause, and nothing after the closing
        dash is; None when no dash opens the aside after the sentence's first word or closes
        it within three words of the cue."""
        text = self.text
        if not text.startswith(", ", speaker - 2) or DASHES.isdisjoint(
            text[cue_end : cue_end + _ASIDE_TAIL]
        ):
            return None
        closing = _ASIDE_CLOSING_DASH.match(text, cue_end)
        if closing is None:
            return None
        openings = list(_DASH.finditer(text, start + 1, speaker - 2))
        opening = openings[-1] if openings else None  # the last dash before the clause
        if opening is None or any(mark in text[opening.end() : speaker] for mark in '“”"'):
            return None
        opened = opening.end() + (text[opening.end()] == " ")
        return opened, closing.start("dash")

    def _attribution(self, cue: Span, sentence: Span, last: Phrase | None) -> Found | None:
        """The statement the cue at `cue` introduces, if a speaker phrase and content stand
        by it."""
        text = self.text
        start, end = sentence
        word = _cue_word(text[cue[0] : cue[1]].lower())
        if word.endswith(" for") and self._for_a_while_that(cue[1] - 4):
            # "has argued for years that ...": the verb, then how long it has argued
            cue, word = (cue[0], cue[1] - 4), word[:-4]
        if word in _SOURCE_CUES:
            return self._according(cue, sentence)
        participle = _participle(word)  # "arguing", "referring to"
        if word in CHARGE_PARTICIPLES and charge_passive(text, cue[1]):
            return None  # "A man charged with arson said ...": a modifier; "said" is read
        if text[end - 1 : end] == "?" and _QUESTION_OPENING.match(text, start, cue[0]):
            return None  # "Will officials deny the claim?": asked whether, nothing said
        if (participle and self._lead(start, cue[0]).endswith(",")) or (
            text.find(", because ", max(0, cue[0] - _REASON_REACH), cue[0]) >= 0
            and _REASON_ASIDE.search(text, max(start, cue[0] - _REASON_REACH), cue[0])
        ):
            # "Reuters, citing people familiar with the matter, reported ...", "Two nurses,
            # because they feared for their jobs, told ...": the aside ends where its
            # subject's own verb follows
            verb = _subjects_verb(text, cue[1], end)
            if verb >= 0:
                end = verb
                sentence = (start, end)
        if participle and last is None and _OPENING_LEAD.fullmatch(text, start, cue[0]):
            # "Before asking her, X said ...", not the rest of a sentence after an earlier
            # attribution ("“A,” X says before asking her, “B”")
            return self._opening_participle(cue, word, sentence)
        if (
            word in QUESTION_PARTICIPLES
            and last is None
            and _QUESTION_LEAD.fullmatch(text, start, cue[0])
        ):
            return self._opening_question(cue, sentence)
        if word in QUESTION_PARTICIPLES and word not in CUE_VERBS:
            return None  # "pressed the button": a cue only opening its sentence
        if participle and _GERUND_OBJECT_OF.search(
            text, last_word_start(text, max(start, cue[0] - 16), cue[0]), cue[0]
        ):
            return None  # "recommends asking for a raise": the advice, no cue of its own
        if word in FIND_FORMS and _OBTAINED.match(text, cue[1], end):
            return None  # "found ways to", "find themselves": obtaining, not concluding
        if (
            word in FIND_FORMS
            and (state := _FOUND_IN_STATE.match(text, cue[1], end))
            and not FINITE_VERB.search(text, state.end(), end)
        ):
            return None  # "found a man injured": came upon him; "found him guilty": a verdict
        if (
            word in FIND_FORMS
            and _OBJECT_RELATIVE.search(text, max(start, cue[0] - _OBJECT_RELATIVE_REACH), cue[0])
            and _PLACE_OR_STATE_NEXT.match(text, cue[1], end)
            and text.find(" that ", cue[1], end) < 0
            and not self._auxiliary_before_comma(cue[1], end)
        ):
            # "the diner, which inspectors found on Monday with no hot water"; not "the audit,
            # which regulators found in 2019 was flawed": a clause found
            return None
        if (
            word == "found"
            and _FOUND_PASSIVE.match(text, cue[1], end)
            and not _BE_BEFORE.search(text, max(start, cue[0] - 8), cue[0])
        ):
            return None  # "his partner found guilty of fraud": a passive, "was" left out
        if word == "found" and _FOUND_WITH.match(text, cue[1], end):
            return None  # "drivers found with open containers": what they carried
        if word in ONE_OBJECT_VERBS and _SELF_NAMED.match(text, cue[1], end):
            return None  # "a crew calling itself Grey Lantern": the name it goes by
        if (
            word in ONE_OBJECT_VERBS
            and _PRONOUN_ASIDE_CLOSED.match(text, cue[1], end)
            and _AS_CALLED_BEFORE.search(text, max(start, cue[0] - _AS_CALLED_REACH), cue[0])
        ):
            return None  # "The Hammer, as fans call him, said": the name he goes by
        if word == "called" and named_thing(text, cue, end):
            return None  # "A page called Real Talk shared it": its name; its verb may report
        if word in HOLD_CUES and _HELD_PARTICIPLE.match(text, cue[1], end):
            return None  # "gains held for two years", "talks held in May": a participle
        if word in OPINION_HELD_CUES and word_before(text, cue[0]).lower() not in PASSIVE_BE_FORMS:
            return None  # "Much of the opinion that followed": no opinion held by a subject
        phrase, inverted = self._speaker_of(cue, word, sentence, last)
        if phrase is not None and not inverted and phrase.words[-1].lower() in SIGN_NOUNS:
            phrase = self._sign_carrier(phrase, start, last) or phrase
        if phrase is not None and phrase.words[0] in _RELATIVE_SUBJECTS and len(phrase.words) > 1:
            phrase = _without_pronoun(self.text, phrase)  # "who police said": police
        gap = None if phrase is None or inverted else _GAP_NEXT.match(text, cue[1], end)
        if gap is not None and phrase is not None and phrase.words[0] not in _RELATIVE_SUBJECTS:
            gapped = _gapped_source(phrase)  # "The car police say was stolen": police
            gap = gap if gapped is not phrase else None
            phrase = gapped
        if phrase is not None and _IT_IS_BEFORE.fullmatch(text, phrase.span[0], cue[0]):
            phrase = None  # "It's believed the fire was set": "it is", a passive of no one's
        if phrase is None:
            return self._passive_report(cue, word, sentence)
        if (
            not inverted
            and text[phrase.span[0] - 2] == ","  # told first: a call costs more
            and (aside := self._dashed_aside(start, phrase.span[0], cue[1]))
        ):
            # "Ann Roe — no relation, she noted — said": the aside, what it reports before
            # the cue ("noted to laughter": an adjunct after it)
            start, end = sentence = (aside[0], cue[1])
        if (
            not inverted
            and word not in CLAUSE_ONLY_CUES  # "which Lee said, in May, would fail"
            and _OBJECT_RELATIVE_AFTER_COMMA.search(
                text, max(start, phrase.span[0] - 9), phrase.span[0]
            )
            and _ADJUNCT_CLOSED.match(text, cue[1], end)
        ):
            return None  # "The deal, which Lee announced on Monday, gives": the deal, its object
        if word in _COLON_CUES and (
            not _may_speak(phrase, word, _COUNT_NEXT.match(text, cue[1]))
            or word_before(text, phrase.span[0]).lower() in _COLON_SUBJECT_OBJECTS
            or _message_for(phrase)
        ):  # "The message was clear:", "Her message to residents was clear:": no speaker
            return None
        # Both free relatives end in "what" or "how" right before the phrase, which most
        # phrases are not after: neither is searched for then.
        reach = max(start, phrase.span[0] - _POINTING_REACH)
        what = text[reach : phrase.span[0]].rstrip().lower().endswith(("what", "how"))
        pointing = what and _POINTING_WHAT.search(text, reach, phrase.span[0])
        if (
            not inverted
            and word not in NAMING_CUES
            and what
            and (
                _FREE_RELATIVE.search(
                    text,
                    phrase.span[0] - 6 if phrase.span[0] - 6 > start else start,
                    phrase.span[0],
                )
                or pointing
            )
            and (
                not _COLON_NEXT.match(text, cue[1], end)  # "Here is what she said: “...”"
                or _writers_findings(phrase, word)  # "What we know so far:", a list's heading
            )
            and not (
                _SUBJECT_NEXT.match(text, cue[1], end)  # "what Lee says his plan would do"
                and not pointing
            )
            and not (
                _GAP_NEXT.match(text, cue[1], end) and not _opens_with_what(text, start, phrase)
            )
        ):  # "footage of what it said was a drone": "what" the subject of what it said
            return self._pseudo_cleft(cue, sentence, phrase)
        if (
            not inverted
            and word[-2:] == "ed"
            and (summed := self._summed_report(cue, word, sentence, phrase))
        ):
            return summed
        if word in AS_CUES and not (word in ODDS_SEEING_VERBS and _sees_odds(text, cue)):
            # "viewed X as Y" too, though "viewed" alone is passive; "rated X as Y", "framed
            # X as Y", "torched X as Y"; not "see a 60% chance that" (odds seen, a belief)
            return self._characterized(cue, sentence, phrase)
        if word in _PASSIVE_ONLY:
            return None  # "considered", "known": a cue only in the passive
        if word in NAMING_CUES:
            return self._naming(cue, sentence, phrase)

        if word in _DOUBTING and _thing_subject(phrase):
            return None  # "Rain cast doubt on the parade": a cause, no one's stance
        if word in _STANCE:
            if (
                word in CATENATIVE_VERBS
                and self._saying_next(cue[1])
                and _WISHED.search(text, max(0, cue[0] - _WISH_REACH), cue[0]) is None
            ):
                return None  # "She liked to say that ...": her habit of saying, read at "say"
            if text.endswith(" about", cue[0], cue[1]) and (
                quoted := self._quote_before(start, phrase, (cue[0], text.find(" ", cue[0])))
            ):
                return quoted  # '“A,” she wrote about the camp': "about" gives the topic
            if word in WORK_VERBS and self._announced(phrase, cue):
                return None  # "The bank will publish its report on May 4": nothing said yet
            found = None if inverted else self._stance(cue, sentence, phrase)
            found = found or self._quote_before(start, phrase, cue)
            if found is not None or not self._ruling_closes(word, cue, phrase, sentence):
                return found
            # "The man will stay in jail, a judge ruled": a ruling reported before its court
        # A role set before the name ("“A,” the mayor, Ann Vale, said") is the speaker's too.
        so = self._so_lead(start, cue[0]) if inverted else -1  # "..., or so says Lee"
        before_end = (
            (so if so >= 0 else cue[0])
            if inverted
            else min(phrase.span[0], (phrase.appositive or phrase.span)[0])
        )
        if not inverted and phrase.words[0][:1].isupper():
            described = _DESCRIBED_NAME.search(text, max(start, before_end - 40), before_end)
            before_end = described.start() if described is not None else before_end
        elif not inverted and text.startswith("from ", before_end - 5):
            reach = max(start, before_end - _DOCUMENT_FROM_REACH)
            document = _DOCUMENT_FROM.search(text, reach, before_end)
            before_end = document.start() if document is not None else before_end
        lead = self._lead(start, before_end)
        # "as" ends the lead before `_AS_CLAUSE` is tried: "..., as police have said".
        as_clause = lead.endswith("as") and _AS_CLAUSE.search(
            text, max(start, before_end - LEAD), before_end
        )
        as_start = start
        if as_clause and text[as_clause.start() + 1] in CLOSE_MARKS:
            # '“...,” as Lee put it': after another cue, the quotation's clause only
            as_start = self._quoted_clause_start(start, as_clause.start(), last is not None)
            as_clause = as_clause if as_start >= 0 else None
        if as_clause:  # the content ends at the comma, a clause boundary
            before_end = as_clause.start() + 1
        before = None
        # A participle after its subject's clause ("..., before asking her") reports only
        # what follows it.
        # So does a purpose infinitive after a verb of contact or a platform ("Lee phoned the
        # paper to deny it"; not "A, Lee was quick to say").
        purpose = text.startswith(" to ", cue[0] - 4) and (
            self._contacted(start, cue[0]) is not None or self._platform(start, cue[0])
        )
        trailing = (
            (participle or purpose)
            and phrase.span[1] < cue[0] - 1
            and not (
                participle
                and word in SPEECH_CUES
                and _VERB_GROUP_BEFORE_PARTICIPLE.fullmatch(text, phrase.span[1], cue[0])
            )
        )
        # "The group, which argues ...", "a problem: a party that agrees ...": the words
        # before a relative pronoun are what it stands for, never content
        relative = (
            phrase.pronoun in RELATIVE_PRONOUNS and phrase.span[0] > start
        ) or text.startswith(" that ", phrase.span[1])
        # A vote is a judgment only before "that" (`VOTE_CUES`): "Taxes will rise, the
        # council voted" reports nothing before it.
        if (
            not trailing
            and not relative
            and word not in VOTE_CUES
            and (as_clause or self._boundary_ends(lead))
        ):
            before = self._content(as_start if as_clause else start, before_end)
            if (
                before is not None
                and (
                    before[1] == "indirect"
                    and (self._adverbial(before[0]) or self._scene_phrase(before[0]))
                    or _opening_adjunct(text, before[0])
                )
                and not _PARENTHETICAL.match(text, cue[1], end)
            ):
                before = None  # "But when Congress cut funding, Mexico said ...", "For the
                # family, the board felt distant", not
                # "Though the vote was close, she said, the result will stand"
            elif (
                before is not None
                and before[1] == "indirect"
                and self._lead(start, cue[0]).endswith(" to")
                and _WENT_SOMEWHERE.search(text, phrase.span[1], cue[0])
            ):
                before = None  # "In the end, parents went to the board to plead ...": when,
                # not what the infinitive's cue reports (not "A, Lee was quick to say")
        if inverted:
            if before is None and so >= 0:
                before = self._idle_before(start)  # "A. So says Lee.": A is Lee's
            if before is not None:  # '“A,” said X, “B.”': B resumes A
                return Found(
                    self._resumed_quote(before, cue, end) or before[0], before[1], phrase, cue
                )
            following = self._first_quote((phrase.end, end))
            if following and not text[phrase.end : following.start].strip(" ,:"):
                # "Said Ellis: “...”", "Said Ann Ellis, a nurse: “...”"
                return Found(following.content, "direct", phrase, cue)
            return self._colon(cue, phrase, sentence, None)
        after_start, when, reported = self._after_cue(cue, word, end, opening=before is None)
        if (
            reported
            and text.startswith("that,", cue[1] + 1)  # told first: most "that"s open a clause
            and (saying := _THAT_THEN_SAYING.match(text, cue[1], end)) is not None
            and text.find(",", saying.end(), end) < 0  # not "said that, noting X, the board"
        ):
            return None  # "denied that, saying ...": "that" its object; the participle reports
        if before is None and word in SKILL_VERBS and _SKILL_OPENING.match(text, after_start, end):
            return None  # "who learned to skate at four": a skill, no content
        if before is not None and word in RECORD_FORMS and not _records_after(phrase.words, word):
            return None  # "The team went 20-40, its worst record in years": a noun
        if (
            reported
            and (word in VOTE_CUES or word in OBJECT_OR_CLAUSE_CUES)
            and (
                not _VOTED_CLAUSE.match(text, after_start, end)
                or _TIME_NEXT.match(text, after_start, end)
            )
        ):
            reported = False  # "voted that night to close", "accepted that offer": no clause
        if reported and word in RECORD_FORMS and not _keeps_records(phrase.words):
            reported = False  # "Weather stations recorded that ...": an instrument's reading
        answer = text[after_start : after_start + 1] in "yYnN" and bool(
            _ANSWER_WORD.fullmatch(text, after_start, end)
        )
        if answer and not ASKED_OPENING.match(text, self.clause_start):
            # "..., Lee said no.": an answer to a question reported elsewhere (one the
            # sentence opens with is its own: "Asked whether she would resign, Lee said no.",
            # "Asked by reporters whether ...", "Asked to resign, ...")
            return None
        if self._in_relative_clause(start, phrase):
            # "The ferry, which Lee said would be sold, sank": to the relative clause's end
            comma = CLAUSE_COMMA.search(text, after_start, end)
            end = comma.start() if comma is not None else end
        elif self._apposed_relative(phrase, after_start) or self._described_who(phrase):
            # "Acme, a firm that says it employs 400, said ...", "Acme, the company that
            # argued the levy was illegal, lost", "Ann Lee, a chef who says butter is
            # overrated, opened a bakery": to the clause's closing comma
            end = self._relative_close(after_start, end)
        if gap is not None and (main := _GAP_CLOSED.search(text, gap.end(), end)) is not None:
            end = main.start()  # "The car police say was stolen *has* been found"
        end = self._before_main_verb(after_start, end, phrase, object_only=False)
        if not inverted and _SUBORDINATE_LEAD.fullmatch(text, start, phrase.span[0]):
            end = self._main_clause_comma(after_start, end)
        if phrase.pronoun in RELATIVE_PRONOUNS and self._lead(start, phrase.span[0])[-1:] in DASHES:
            # "the study -- which notes that ... --": the content ends at the closing dash
            dash = _DASH.search(text, after_start, end)
            end = dash.start() if dash is not None else end
        end = self._before_non_answer(after_start, end)
        end = self._before_clause_after_infinitive(word, after_start, end)
        end = self._before_consequence(after_start, end)
        end = self._before_joined_clause(after_start, end)
        end = self._before_pointed_to(after_start, end)
        end = self._before_relative_cue(after_start, end)
        if not reported and word not in SAYING_VERBS:
            end = self._before_joined_predicate(after_start, end, word)
            if word in FIND_FORMS and self._saying_postposed(after_start, end):
                return None  # "Inspectors found cracks, she said, and ...": all hers
        after = self._content(
            after_start,
            self._before_message_venue(after_start, end, word in OUTLET_TOLD_CUES),
            reported,
            one_word=answer or word in _ONE_WORD_OBJECTS,
        )
        if after is None:
            after = self._pointed_back(word, cue, end)  # "Officials disputed that."
        if after is not None and after[1] == "mixed":
            after = self._quote_to_addressee(after, after_start)
        gap = text[cue[1] : after_start].rstrip()
        # set off by commas, or by dashes on both sides: "The count — Lee said — was fair"
        interrupted = gap.endswith(",") or (
            lead[-1:] in DASHES
            and after is not None
            and text[cue[1] : after[0][0]].rstrip()[-1:] in DASHES
        )
        if (
            after is not None
            and before is not None
            and interrupted
            and self._subordinate(after[0])
            and not self._amount_opens(after[0])  # "A, the team estimates, about 14 would ..."
        ):
            after = None
        if (
            before is not None
            and after is not None
            and interrupted
            and (summing := _SUMMING_UP.match(text, after[0][0])) is not None
            and text.find(",", summing.end(), after[0][1]) < 0  # not "a plan, which cost X, failed"
        ):
            self.summings.append(after[0])
            after = None  # "A, Lee said on Monday, a move that critics called reckless"
        if (
            before is not None
            and after is not None
            and interrupted
            and after[1] == "indirect"
            and _expectation_compared(text, before[0], after[0])
            and last_word(text, before[0][0], before[0][1]) not in AUXILIARY_VERBS
        ):
            self.compared.append(after[0])
            after = None  # "A rose 3%, the agency said, above the 2% economists had expected"
        introduced = reported or gap.endswith(":")
        content_before = before is not None and not introduced
        if after is not None and self._is_circumstance(after[0], content_before, cue):
            when = when or self._when(after[0])
            after = None
        if (
            after is not None
            and not reported
            and after[1] == "indirect"
            and self._adverbial(after[0])
            and not (word in ASKING_CUES and text.startswith("if ", after[0][0]))
        ):
            after = None  # "... what she said when she resigned": when, not what; "asked if
            # it was over" asks, as "asked whether" does
        resumes = (
            before is not None
            and after is not None
            and interrupted
            and self._starts_quote(after[0])
            and self._ends_quote(before[0])
        )
        if before is not None and (after is None or before[1] == "direct" or resumes):
            if after is not None and resumes:  # '“A,” he said, “B.”', 'A is “B,” he said, “C.”'
                span = (before[0][0], after[0][1])
                return Found(
                    span, "direct" if before[1] == "direct" else "mixed", phrase, cue, when
                )
            resumed = self._resumed_quote(before, cue, end)
            return Found(resumed or before[0], before[1], phrase, cue, when)
        if after is None:
            return self._colon(cue, phrase, sentence, when)
        if (
            word in WEAK_CUES
            and not _heard_by_a_hearing(text, word, phrase, after[0])
            and not _directed_listener(text, word, cue, after[0])
            and not _wagered_clause(text, word, cue, after[0])
            or not reported
            and word in SPEECH_CUES
            and self._announced(phrase, cue)
        ) and not (reported or self._starts_quote(after[0])):
            return None  # "Acme will report its results in May": nothing said yet
        if before is None and after is not None and interrupted and self._boundary_ends(lead):
            subject = self._one_word_subject(start, before_end, after[0])
            before = None if subject is None else (subject, "indirect")  # "Turnout, she said,"
        if (
            before is not None
            and interrupted
            and (not self._starts_quote(after[0]) or self._quote_goes_on(before[0], after[0]))
        ):
            kinds = {before[1], after[1]}
            kind: StatementKind = "indirect" if kinds == {"indirect"} else "mixed"
            return Found((before[0][0], after[0][1]), kind, phrase, cue, when)
        if (
            not self._opens_content(after[0])
            or self._near_time(after[0])
            or (word in ANSWERING_FORMS and self._answer_adjunct(after[0]))
        ):
            return None
        introduced_quote = self._quote_after_object(after[0], end)
        if introduced_quote is not None:  # "asks a question back: “...?”"
            return Found(introduced_quote, "direct", phrase, cue, when)
        quoted_object = self._quote_before_adjunct(after[0]) if after[1] == "mixed" else None
        if quoted_object is not None:  # 'chanted “Resign!” outside the ministry'
            return Found(quoted_object, "direct", phrase, cue, when)
        return Found(after[0], after[1], phrase, cue, when)

    def _answer_adjunct(self, span: Span) -> bool:
        """Whether what follows a verb of answering is only whom, how or when it answered, a
        phrase of a preposition or of time ("was replying to hundreds of customers",
        "responded with a video", "replied the next morning on X"), no quotation in it nor
        one that opens it and is all of it."""
        text = self.text
        if any(mark in text[span[0] : span[1]] for mark in '“"'):
            return False
        if self._starts_quote(span):
            # "replied: ‘With hindsight, no.’": a quotation in single marks, after a colon or
            # a comma or ending its sentence, is the answer; not "responded ‘with grace’ to
            # the heckling", scare marks on how it answered
            quote = self._quote_at(span[0] - 1) or self._quote_at(span[0])
            if quote is not None and (
                text[quote.start - 3 if quote.start > 3 else 0 : quote.start].rstrip()[-1:]
                in (":", ",")
                or text[quote.content[0] : quote.content[1]].rstrip()[-1:] in (".", "?", "!")
            ):
                return False
        when = _ANSWER_WHEN.match(text, span[0], span[1])
        first = WORDS.search(text, when.end() if when else span[0], span[1])
        if first is None:
            return when is not None
        opener = first.group().lower()
        return opener in PREPOSITIONS or opener == "to" or self._is_adjunct(span)

    def _quote_goes_on(self, before: Span, span: Span) -> bool:
        """Whether the quotation `span` opens with goes on with the clause `before` an
        interrupting attribution, its first word in lower case and a predicate's ("What comes
        next, one aide said, “is anyone's guess.”", "“and twice as slow”") or completing a
        verb that clause ends in ("It was, she said, “a stone of memory.”"), not a sentence of
        its own ("“We will win.”", "Speaking to reporters, Lee said, “we are ready.”"); not
        after a scene or a time ("In the end, she said, “we won.”", "So when it passed, ...":
        only the quotation)."""
        opener = WORDS.match(self.text, before[0])
        if opener is not None and opener.group().lower() in _JOINING_OPENERS:
            opener = WORDS.search(self.text, opener.end(), before[1])  # "So when ..."
        if opener is None or opener.group().lower() in _SCENE_OPENERS:
            return False
        quote = self._quote_at(span[0] - 1) or self._quote_at(span[0])
        if quote is None:
            return False
        words = WORDS.findall(self.text, quote.content[0], min(quote.content[1], span[1]))[:2]
        if not words or not words[0].islower():
            return False
        last = WORDS.findall(self.text, before[0], before[1])[-1:]
        return _predicate_opens(words) or bool(last and _PREDICATE_VERB.fullmatch(last[0]))

    def _pseudo_cleft(self, cue: Span, sentence: Span, phrase: Phrase) -> Found | None:
        """A cue in a free relative ("what critics fear", "what she told me") with no clause
        after it: its object is "what", so only a copula gives the content, where it opens
        the sentence, a pseudo-cleft ("What critics fear is a repeat", "What she told me was
        that ..."); else nothing is reported ("What Lee said next surprised the room", "not
        what the mayor promised voters")."""
        opens = _opens_with_what(self.text, sentence[0], phrase)
        copula = _CLEFT_COPULA.match(self.text, cue[1], sentence[1]) if opens else None
        if copula is None or self.text[cue[0] : cue[1]].lower() in _PERCEPTION:
            return None  # "the gap between what we expect and ...", "What he has seen are"
        content = self._content(copula.end(), sentence[1])
        return None if content is None else Found(content[0], content[1], phrase, cue)

    def _auxiliary_before_comma(self, start: int, end: int) -> bool:
        """Whether an auxiliary or a form of "be" (`AUXILIARY_VERBS`) stands in
        text[start:end] before its first comma: a clause's ("found in 2019 *was* flawed")."""
        comma = self.text.find(",", start, end)
        words = self.text[start : end if comma < 0 else comma].lower().split()
        return not AUXILIARY_VERBS.isdisjoint(words)

    def _described_who(self, phrase: Phrase) -> bool:
        """Whether `phrase` is a "who" after a description set off by a name's comma ("Ann
        Lee, a chef who says ...")."""
        at = phrase.span[0]
        return (
            phrase.words[0] == "who"
            and _DESCRIBED_COMMA.search(self.text, max(0, at - _DESCRIBED_REACH), at) is not None
        )

    def _in_relative_clause(self, start: int, phrase: Phrase) -> bool:
        """Whether the cue of `phrase` is in a relative clause that a comma will close: its
        subject after the pronoun ("the man, who police said was armed, fled"), the pronoun
        itself after a comma ("the port, which reported a loss, is busy"), or the possessor's
        noun after a comma and "whose" ("the senator, whose aides say she is tired, left")."""
        first = phrase.words[0].lower()
        if first in _RELATIVE_SUBJECTS:
            lead = self._lead(start, phrase.span[0])
            # "miners, who say", or a partitive's "miners, many of whom say"
            return len(phrase.words) > 1 or _RELATIVE_COMMA.search(lead + " ") is not None
        if self.text.find("wh", max(start, phrase.span[0] - _WHOSE_REACH), phrase.span[0]) < 0:
            return False
        return (
            _RELATIVE_BEFORE.search(
                self.text, max(start, phrase.span[0] - _RELATIVE_BEFORE_REACH), phrase.span[0]
            )
            is not None
            or _WHOSE_BEFORE.search(
                self.text, max(start, phrase.span[0] - _WHOSE_REACH), phrase.span[0]
            )
            is not None
        )

    def _ends_quote(self, span: Span) -> bool:
        """Whether `span` ends with a quotation ("The ferry is “old as the hills")."""
        last = self._last_quote(span)
        return last is not None and last.content[1] >= span[1]

    def _distributed_object(self, subject: Phrase, comma: int) -> Span | None:
        """The plural direct object after the verb of the sentence's `subject`, before the
        comma at `comma` of "..., each/both/all ...": the participle's subject ("Police
        interviewed *three witnesses*, all saying"); None if the object is singular or none
        stands."""
        # the verb after the subject, or one the phrase took for a participle ("Police
        # interviewed three witnesses" read as one phrase)
        verbs = [
            t.start - 1 for t in subject.tokens[1:] if t.word.islower() and t.word.endswith("ed")
        ]
        for at in (*verbs, subject.span[1]):
            found = _PLURAL_OBJECT.match(self.text, at, comma + 1)
            if found is not None:
                return found.span("object") if _plural_noun(found.group("head")) else None
        return None

    def _distributes_subject(self, subject: Phrase | None, comma: int) -> bool:
        """Whether "each", "both" or "all" after the comma at `comma` may stand for the
        sentence's `subject`: a plural or two joined names, with a verb of its own ("The
        rivals shook hands, both promising": theirs), when no plural object stands after it
        (`_distributed_object`, tried first)."""
        if subject is None or not self.text[subject.span[1] : comma].strip():
            return False  # no verb of its own before the comma
        return _many(subject)

    def _speaker_of(
        self, cue: Span, word: str, sentence: Span, last: Phrase | None
    ) -> tuple[Phrase | None, bool]:
        """The speaker phrase of a cue, and whether it follows the cue ("said Caddell").

        Before the cue ("Umerov said"); the subject already found in this sentence for a
        participle or a conjoined cue ("..., saying", "and also said"); after an inverted
        cue. None when the cue word is a noun or passive here ("a strong signal")."""
        text = self.text
        start, end = sentence
        lead = self._lead(start, cue[0])
        to = lead.endswith(" to")
        participle_form = _participle(word)  # "arguing", "referring to"
        in_s, in_ing = word.endswith("s"), word.endswith("ing")  # "says", "saying"
        previous = word_before(text, cue[0]) if in_s else ""  # the word before "says", "plans"
        participle = bool(
            (
                participle_form
                and _PARTICIPLE_LEAD.search(lead)
                and not _WITH_APPOSED.search(text, max(start, cue[0] - _WITH_APPOSED_REACH), cue[0])
            )
            or (to and _CATENATIVE_PARTICIPLE.search(lead))
        )
        if participle and _DISTRIBUTIVE_LEAD.search(lead):
            comma = text.rindex(",", start, cue[0])
            subject = self._sentence_subject(start, comma)
            distributed = None if subject is None else self._distributed_object(subject, comma)
            if distributed is not None:  # "interviewed three witnesses, all saying": theirs
                return phrase_before(text, distributed[0], distributed[1]), False
            if last is not None and last.span[1] <= start and _many(last):
                # "Lee and Roe discussed the crisis, both saying": the object of the cue
                # before, whose speakers they are
                return last, False
            participle = self._distributes_subject(subject, comma)
        issued = (
            _ISSUED_MESSAGE.search(text, max(start, cue[0] - _ISSUE_REACH), cue[0])
            if not participle and in_ing
            else None
        )
        if issued is not None:
            return phrase_before(text, start, issued.start()), False  # the issuer speaks
        if word in _AS_QUOTED and (quoted := _QUOTED_BY.search(text, start, cue[0])) is not None:
            return phrase_before(text, start, quoted.start()), False  # the one quoted speaks
        if word in _AS_QUOTED and (
            quoter := _QUOTER_BEFORE.search(text, max(start, cue[0] - _QUOTER_REACH), cue[0])
        ):
            # "The release quoted Chief Omar Dale as saying": the object speaks, its title
            # after the verb
            return phrase_before(text, text.index(" ", quoter.start()), cue[0]), False
        contact = self._contacted(start, cue[0]) if to else None
        if contact is not None:
            # "called reporters to say he would resign": the subject of the verb of contact
            return phrase_before(text, start, contact.start()), False
        caused = self._caused(start, cue[0]) if to else None
        if caused is not None:  # "prompting the Speaker to call for order": the one made to
            return phrase_before(text, caused.start("object"), caused.end("object")), False
        if to and (word in DISCUSSION_CUES or self._platform(start, cue[0])):
            # "met to discuss the test", "took to X to say the vote was rigged"
            return self._sentence_subject(start, cue[0]), False
        if word in DISCUSSION_CUES and word not in CUE_VERBS:
            return None, False  # "lawmakers debate the bill": a cue only for a purpose
        # A noun before its verb ("health worries have dogged") has no speaker, whatever
        # stands before it: decided before the phrase is looked for, unless the cue may be
        # inverted ("..., says Lee"), which decides it below.
        noun = (
            (
                (in_s or word in CUE_NOUNS)
                and _AUXILIARY_NEXT.match(text, cue[1])
                and not (
                    word in VERB_ONLY_S_FORMS
                    and _GAP_VERB_NEXT.match(text, cue[1])
                    and _CLAUSE_BEFORE.search(lead)
                )
            )
            or (
                # "the city plans panel voted", "the council's claims team has": a plural noun
                # after a common noun or a possessive (not "Lee claims board was misled", "the
                # union warns panel will": a subject's verb)
                in_s
                and word in CUE_NOUNS
                and _BODY_THEN_VERB.match(text, cue[1])
                and (previous[:1].islower() or previous.endswith(POSSESSIVE_ENDINGS))
            )
            or (in_s and word in CUE_NOUNS and _PLACE_THEN_PLURAL_VERB.match(text, cue[1]))
        )
        if noun and word not in INVERTED_CUES:
            return None, False
        if in_s and previous in CAUSING_VERBS:
            return None, False  # "The ruling sparked fears that ...": the verb's object
        if (
            last is not None
            and (opening := _question_aside_before(text, self.clause_start, cue[0])) >= 0
        ):
            # "Lee, asked about rivals who argued the merger hurt them, said": the subject
            # before the question's aside, not the speaker of a relative clause inside it
            whole = phrase_before(text, self.clause_start, opening)
            if whole is not None:
                return whole, False
        if last is not None and self._after_aside(last, cue[0]):
            # "Officials in Ohio, which has reported the most cases, said": the subject before
            # the relative clause set off by commas, which a cue of its own made a statement
            whole = phrase_before(text, self.clause_start, cue[0])
            if whole is not None:
                return whole, False
        closed = -1 if last is None else self._closed_relative(last, cue[0])
        if closed >= 0:
            # "The trust, which filed a brief backing the city, said": the subject before the
            # relative clause, whose cue's object the comma before this cue closed
            whole = phrase_before(text, self.clause_start, closed)
            if whole is not None:
                return whole, False
        subject = None if last is None else self._subject_before_its_verb(last, cue[0])
        if subject is not None and last is not None:
            # "Residents who back the plan said ...": the subject with its relative clause,
            # headed by the relative's noun ("Groups that oppose it say": read here)
            whole = phrase_before(text, subject, cue[0])
            if whole is None or whole.span[0] != subject:
                head = last.antecedent or last
                whole = Phrase((subject, self.statements[-1].span[1]), (*head.words, "…"))
            return whole, False
        spent = (
            _SPENT_TIME.search(text, max(start, cue[0] - _SPENT_REACH), cue[0])
            if in_ing and not participle
            else None
        )
        relative = spent is not None and _RELATIVE_BEFORE_VERB.search(
            text, max(start, spent.start() - 12), spent.start()
        )
        if relative and not _CLAUSE_AFTER_SPENT.match(text, cue[1]):
            spent = None
        if spent is not None:  # "Lee spent the evening insisting ...": Lee's
            if relative:  # "Roe, who spent weeks insisting": the pronoun, its clause closed
                return phrase_before(text, start, spent.start()), False
            return self._sentence_subject(start, spent.start()), False
        charged = (
            _CHARGED_SUBJECT.search(text, start, cue[0] - 1)
            if not participle and _CHARGE_LINK.search(text, start, cue[0] - 1)
            else None
        )
        if charged is not None and (held := phrase_before(text, start, charged.start())):
            return held, False  # "A woman accused of fraud told the court": the woman
        phrase = (
            None
            if participle or _no_phrase_before(text, start, cue[0], lead)
            else phrase_before(text, self._after_coordinated_object(start, cue[0]), cue[0])
        )
        if phrase is not None and word in _AS_QUOTED:
            phrase = _quoted_object(text, phrase, cue[0])
        # "Polling released by X found", "A survey conducted by X found": the document with
        # its agent, not "Polling" or "A survey" alone
        lone = phrase is not None and phrase.words[-1] in _DOCUMENTS
        if not participle and (phrase is None or phrase.span[0] > start or lone):
            document = _document_subject(text, start, cue[0], word)
            if document is not None and (
                phrase is None
                or phrase.span[0] > document.span[0]
                or (lone and document.span[1] > phrase.span[1])
            ):
                phrase = document
        if (
            phrase is not None
            and phrase.words
            and phrase.words[-1].lower() in ACCOUNT_NOUNS
            and not (phrase.words[-1].lower() == "accounts" and word in FILED_ACCOUNTS_CUES)
        ):
            phrase = account_owner(text, phrase)  # "The airline's account wrote": the airline
        if (
            phrase is not None
            and in_ing
            and (
                network := _ON_NETWORK.search(text, max(start, phrase.span[0] - 8), phrase.span[1])
            )
            and (
                network.start(1) == phrase.span[0]
                or (
                    phrase.span[0] <= start
                    and DOCUMENT_WORDS.isdisjoint(map(str.lower, phrase.words))
                )
            )
        ):
            # "Lee posted a video to TikTok saying ...": the poster, not the network, nor the
            # clause up to it ("The singer posted on Instagram saying"); not a post on it ("a
            # post from a resident on Facebook saying": the post)
            phrase = self._sentence_subject(start, cue[0])
        if phrase is not None and in_ing:
            scene_end = _scene_end(text, start, phrase, cue[0])
            if scene_end is not None and _RELATIVE_BEFORE_VERB.search(
                text, max(start, scene_end - 24), scene_end
            ):
                # "Police arrested a man who stood outside the mosque shouting": the relative
                # pronoun's, its noun's ("Roe, who spent weeks insisting", above)
                phrase = phrase_before(text, start, scene_end) or phrase
            elif scene_end is not None:
                # "... as Opposition members trooped into the Well demanding": the subject of
                # the clause "as" opens, not the sentence's
                near = phrase_before(text, start, scene_end)
                opened = near is not None and (
                    word_before(text, near.span[0]).lower() in _SCENE_CLAUSE_OPENERS
                )
                phrase = (near if opened else self._sentence_subject(start, scene_end)) or phrase
        if phrase is not None and last is not None and last.antecedent is not None:
            phrase = self._past_relative_clause(last, phrase, cue[0])
        if phrase is None and lead.endswith(_PARTITIVE_LEAD_ENDS):
            phrase = self._partitive_pronoun(start, cue[0])  # "one of them said"
        elif phrase is None and lead.endswith(","):
            phrase = self._apposed_partitive_pronoun(start, cue[0])
        if phrase is None and lead.endswith(_PARTITIVE_RELATIVE_ENDS):
            phrase = self._partitive_relative(start, cue[0])  # "farmers, most of whom say"
        if phrase is not None and (
            phrase.appositive is not None or _after_of(text, phrase.span[0])
        ):
            phrase = self._whole_subject(phrase, start)
        if phrase is not None and phrase.words[0].lower() in NEGATED_QUANTIFIERS:
            phrase = _with_negation(text, start, phrase)
        if phrase is not None and phrase.words[-1].lower() in _PARTICIPLE_SUBJECTS:
            phrase = None  # "Speaking on Lee's radio show, ...": an opening participle, no subject
        if phrase is not None and in_ing and phrase.span[1] - phrase.span[0] > 8:
            phrase = _shown_speaker(text, phrase, cue[0]) or phrase
        if phrase is not None and _gerund_in_series(text, start, phrase):
            return None, False  # "changing passwords and filing reports": the gerund's object
        if phrase is not None and _natural_event(phrase.words):
            return None, False  # "Hurricane Delia slams the coast": a storm says nothing
        if phrase is not None and word == "warning" and _warning_level(phrase.words):
            return None, False  # "Red warning for wind extended": a warning, no one warns
        if phrase is not None and participle_form and _reduced_relative(text, start, phrase, cue):
            return None, False  # "Buyers hoping for a cut may wait": the subject's modifier
        if (
            phrase is not None
            and word in DOCUMENT_POSTMODIFIERS
            and phrase.words[-1].lower() in DOCUMENT_WORDS
            and text[phrase.span[1] : cue[0]] == " "
            and word_before(text, phrase.span[0]).lower() in _PLAIN_PREPOSITIONS
        ):
            return None, False  # "Acme, in a blog post published Friday, said": a
            # preposition's object, the participle its modifier, no finite verb of it
        if word in _SURVEYED and _surveyed_part(text, start, phrase, cue):
            return None, False  # "Of the 40 nurses asked, most said": who was asked
        if phrase is not None and phrase.words[-1] in DURATION_UNITS:
            # a time says nothing: "The firm, beset by rows over the past two years, said" is
            # the subject's; "after two years arguing" no one's (after "spent": `_SPENT_TIME`)
            if in_ing:
                return None, False
            return self._sentence_subject(start, cue[0]), False  # the time ends its clause
        if (
            phrase is not None
            and in_s
            and _OPENING_PREPOSITION.fullmatch(text, start, phrase.span[0])
        ):  # "Under the new rules, ...": a plural noun; "With Lee worried about ..." has one
            return None, False
        if phrase is not None and word in CUE_NOUNS and self._source_named(phrase):
            return None, False  # "..., per studio estimates, beating ...": the source's noun
        if (
            phrase is not None
            and word in INVERTED_CUES
            and lead.endswith(",")
            and (inverted := self._speaker_after_object(phrase, start, cue[1], end)) is not None
        ):
            return inverted, True
        if phrase is not None:
            subject_end = phrase.end
            if word in _ATTITUDES and not _COPULA_BETWEEN.fullmatch(text, subject_end, cue[0]):
                return None, False  # "voters critical of the plan said": no clause of its own
            passive = (
                (
                    subject_end + 1 < cue[0]  # "X said": most often nothing stands between
                    and word not in BELIEF_ADJECTIVES
                    and word not in _ATTITUDES
                    and _passive(text[subject_end : cue[0]], word)
                )
                or (
                    word in OBJECT_BEFORE_TO_PARTICIPLES
                    and (
                        _INFINITIVE_NEXT.match(text, cue[1], end) is not None
                        or _NEGATED_INFINITIVE_NEXT.match(text, cue[1], end) is not None
                    )
                )
            )  # "Patients told to stay home": told, not telling
            if passive or (
                word in CUE_NOUNS
                and not (in_ing and _WITH_BEFORE.search(text, start, phrase.span[0]))
                and (
                    phrase.bare
                    or self._compound(phrase, cue)
                    or word_before(text, cue[0]) in CHANGE_VERBS  # "Acme cuts forecast"
                )
            ):
                return None, False
        elif participle or _CONJOINED.search(text, max(start, cue[0] - LEAD), cue[0]):
            if _gerund_joined_to_noun(text, start, cue[0], word):
                return None, False
            in_relative = last is not None and (
                participle
                and OBJECT_RELATIVE_BEFORE.search(text, max(0, last.span[0] - 8), last.span[0])
                or _FREE_RELATIVE.search(text, max(0, last.span[0] - 8), last.span[0])
            )
            if in_relative:
                # "The party seized on a budget that Lee called reckless, saying ...": the
                # party, the subject of the clause the relative one is in, not Lee; "The group
                # posted what it said were records and threatened ...": the group, not "it"
                phrase = self._sentence_subject(self.clause_start, last.span[0])
            else:
                phrase = last or self._sentence_subject(start, cue[0])
                if (
                    last is None
                    and phrase is not None
                    and (
                        in_s
                        and previous == "and"
                        # a headline's participle: "Province ends pilot early, citing ..."
                        or participle
                        and bool(self.headline_ends)
                        and end <= self.headline_ends[0]
                    )
                ):
                    phrase = _before_parallel_verb(text, phrase)
                if last is None and phrase is not None:
                    phrase = _relative_still_open(text, phrase, cue[0]) or phrase
        elif (
            last is not None and last.antecedent is not None and _closed_by_comma(lead)
        ):  # "Obama, who understood that ..., told his advisers", '..., which called it “X,” said'
            phrase = last.antecedent
        elif last is not None and self._aside_before(cue[0]):
            phrase = last  # "Reuters, citing people familiar with the matter, reported"
        elif word in INVERTED_CUES and (
            self._after_boundary(start, cue[0])
            or not text[max(start, cue[0] - 2) : cue[0]].strip()
            or self._so_lead(start, cue[0]) >= 0
        ):
            inverted = self._inverted_subject(cue[1], end)
            return inverted, inverted is not None
        return (None if noun else phrase), False

    def _quote_to_addressee(
        self, after: tuple[Span, StatementKind], start: int
    ) -> tuple[Span, StatementKind]:
        """'(replied) “Exactly” to a post claiming ...': a quotation opening the content and
        followed by whom or what it answered is all that was said; else `after`."""
        quote = self._quote_at(skip_space(self.text, start))
        if quote is None or not _TO_ADDRESSEE.match(self.text, quote.end, after[0][1]):
            return after
        return quote.content, "direct"

    def _main_clause_comma(self, start: int, end: int) -> int:
        """The comma in text[start:end] (or past a closing quotation mark) before a subject
        and its verb in lower case, which open the main clause after a subordinate one ("...,
        she laughed", "..., the senator paused", "..., the race is open"), not one of a list;
        `end` if none within a clause's reach."""
        text = self.text
        limit = min(end, start + LONGEST_CLAUSE)
        for comma in _MAIN_COMMA.finditer(text, start, limit):
            if _UNLISTED_SUBJECT.match(text, comma.end(), end):
                return comma.start()  # "With the mayor saying ..., the race is open"
            phrase = phrase_after(text, comma.end(), end)
            if phrase is not None and not phrase.bare:
                verb = WORDS.match(text, skip_space(text, phrase.end))
                # not an item of a list ("said the plan, the budget and the schedule were")
                if (
                    verb is not None
                    and verb.group().islower()
                    and verb.group() not in LIST_CONJUNCTIONS
                ):
                    return comma.start()
        return end

    def _after_aside(self, last: Phrase, cue_start: int) -> bool:
        """Whether the cue at `cue_start` follows, past one comma, the content of the last
        statement, made by "which" or "who" after a comma ("X, which reported Y, said")."""
        antecedent = last.antecedent
        if (
            antecedent is None
            or not self.statements
            or last.words[0].lower() not in RELATIVE_PRONOUNS
        ):
            return False
        text, previous_end = self.text, self.statements[-1].span[1]
        return (
            previous_end <= cue_start
            and text[previous_end:cue_start].strip() == ","
            and text[antecedent.span[1] : last.span[0]].strip() == ","
        )

    def _past_relative_clause(self, last: Phrase, phrase: Phrase, cue_start: int) -> Phrase:
        """The subject with its relative clause, read from the sentence's start, when
        `phrase`, found before the cue at `cue_start`, is inside the relative clause of
        `last` (a relative pronoun) whose cue made no statement ("A lawyer who has argued
        cases before the court, speaking ..., said": the lawyer, not the court); else
        `phrase`."""
        if last.pronoun not in RELATIVE_PRONOUNS or phrase.span[0] < last.span[1]:
            return phrase
        whole = phrase_before(self.text, self.clause_start, cue_start)
        antecedent = last.antecedent
        if whole is None or antecedent is None or whole.span[0] != antecedent.span[0]:
            return phrase
        return whole

    def _closed_relative(self, last: Phrase, cue_start: int) -> int:
        """Where the comma opening the relative clause stands that held the last statement's
        speaker (`_relative_comma`), if that statement's content ends at the comma just
        before the cue at `cue_start`; else -1."""
        if not self.statements or last.pronoun in RELATIVE_PRONOUNS:
            return -1
        previous_end = self.statements[-1].span[1]
        if previous_end > cue_start or self.text[previous_end:cue_start].strip() != ",":
            return -1
        return self._phrase_relative_comma(last, self.statements[-1].span[0])

    def _subject_before_its_verb(self, last: Phrase, cue_start: int) -> int | None:
        """Where the sentence's subject starts, if the cue at `cue_start` is its own verb
        right after the content of the last statement, made in a relative clause on that
        subject (`restrictive_subject`); else None."""
        if not self.statements:
            return None
        previous_end = self.statements[-1].span[1]
        if previous_end > cue_start or self.text[previous_end:cue_start].strip():
            return None
        return restrictive_subject(self.text, last)

    def _for_a_while_that(self, pos: int) -> bool:
        """Whether how long, then "that", follow `pos`: "(argued) for years that", "(pushed)
        for months that"; not "(argued) for a new law", nor "(pushed) for months for a rota"
        (a split cue: `_BETWEEN_PARTICLE`)."""
        duration = DURATION_ADJUNCT.match(self.text, pos)
        return duration is not None and _THAT_AFTER.match(self.text, duration.end()) is not None

    def _saying_next(self, pos: int) -> bool:
        """Whether "to" and a verb of saying follow `pos`: "(liked) to say", "(loves) to joke",
        "(liked) to put it"; not one of the manner of the voice ("likes to sing")."""
        infinitive = _INFINITIVE_NEXT.match(self.text, pos)
        verb = infinitive.group(1) if infinitive is not None else ""
        return verb == "put" or verb in SPEECH_CUES and verb not in MANNER_OF_SPEAKING_CUES

    def _joined_to_content_verb(self, cue: Span) -> bool:
        """Whether a stance or belief cue taking an infinitive after "and" ("and intended to
        sell", "and planned to hire", "and expected to open") joins the verb of the last
        content, a clause with a subject of its own ("said Doyle had repaid the money and
        intended to sell her house"), not the speaker's cue ("said the plan failed and warned
        that ...", a clause after it)."""
        text = self.text
        if not _AND_BEFORE.search(text, max(0, cue[0] - 6), cue[0]):
            return False
        infinitive = _INFINITIVE_NEXT.match(text, cue[1])
        if infinitive is None or infinitive.group(1) in _SPEAKING_INFINITIVES:
            return False  # "and declined to comment": the speaker's own refusal
        last = self.statements[-1]
        if last.kind == "direct" or last.cue_span is None or last.span[0] < last.cue_span[1]:
            return False
        # a clause with a finite verb of its own ("Doyle *had* repaid"), not an object
        # ("accused officials of fraud and refused to concede": the speaker refused), whose
        # subject may intend ("said the crisis was over and intended to stay": the speaker)
        return FINITE_VERB.search(text, last.span[0], cue[0]) is not None and self._agent_subject(
            last.span
        )

    def _before_non_answer(self, start: int, end: int) -> int:
        """Where content after a cue from `start` ends before a refusal joined to it ("said
        the count was on time but would not say when it ends"); `end` if none is. Looked
        for as far as a clause runs: an endless sentence of cues costs each the same."""
        reach = start + LONGEST_CLAUSE if start + LONGEST_CLAUSE < end else end
        at = self.text.find(" but ", start, reach)  # most often none: no pattern is tried
        refusal = None if at < 0 else _JOINED_NON_ANSWER.search(self.text, at - 1, reach)
        if refusal is None or self._quote_at(refusal.start()) is not None:
            return end
        return refusal.start()

    def _before_joined_clause(self, start: int, end: int) -> int:
        """Where a noun phrase after a cue from `start` ends before ", and", maybe an adjunct,
        and a clause of the narrator's ("declared a moratorium on logging, and in a letter
        last month, its council asked ...", "rejected the offer, and the council voted");
        `end` if none, or if the content opens with no determiner (but is no one noun) or
        holds a finite verb: a clause, which the conjoined one may go on reporting."""
        text = self.text
        reach = start + LONGEST_CLAUSE if start + LONGEST_CLAUSE < end else end
        at = text.find(", and ", start, reach)
        if at < 0 or not (
            _JOINED_ADJUNCT.match(text, at, end) or _CLAUSE_AFTER_INFINITIVE.match(text, at, end)
        ):
            return end  # most often no ", and": no pattern is tried
        opening = WORDS.match(text, start)
        if (
            opening is None
            # "he intends to stay, and ...": no determiner, and more than one word ("denied
            # wrongdoing, and the board ...")
            or (opening.group().lower() not in _DETERMINERS and opening.end() < at)
            or FINITE.search(text, start, at)
            or self._quote_at(at) is not None
        ):
            return end
        return at

    def _before_relative_cue(self, start: int, end: int) -> int:
        """Where content after a cue from `start` ends before ", who" and a cue of its own
        closing the sentence ("asked Ann Vale about the fire, who said it was arson": what was
        asked is the fire; Vale's words are a statement of their own); `end` if no such
        clause follows in reach or it is an aside the sentence goes on after."""
        at = self.text.find(", who ", start, min(end, start + LONGEST_CLAUSE))
        if at < 0 or self._quote_at(at) is not None:
            return end
        verb = at + len(", who ")
        first = bisect.bisect_left(self.cue_starts, verb)
        if first == len(self.cue_starts) or not _RELATIVE_CUE_GAP.fullmatch(
            self.text, verb, self.cue_starts[first]
        ):
            return end
        if _QUESTION_AFTER_ASIDE.search(self.text, verb, end):
            return end  # "asked the creator, who posts as “Kip”, where it came from": an aside
        # "said the director, who announced the audit, would step down": an aside in it
        return at if self._relative_close(verb, end) == end else end

    def _before_clause_after_infinitive(self, word: str, start: int, end: int) -> int:
        """Where an infinitive's content from `start` ("agreed *to build a cable*", "asked
        him *to move north*", "urged members *to strike*") ends before a clause of its own
        joined by a comma and a conjunction ("..., but the communique made no mention of
        it", "..., but he has refused", "..., but few did"); `end` if none, or if the
        content is no infinitive (a clause, whose "but ..." may be the speaker's: "said it
        plans to ..."). A listener before the infinitive only after the cue `word` that
        takes one. Looked for as far as a clause runs."""
        takes_listener = word in LISTENER_CUES or word in PASSIVE_TO_PARTICIPLES
        opening = _LISTENER_INFINITIVE_OPENING if takes_listener else _INFINITIVE_OPENING
        if opening.match(self.text, start, end) is None:
            return end
        clause = _CLAUSE_AFTER_INFINITIVE.search(self.text, start, min(end, start + LONGEST_CLAUSE))
        if clause is None or self._quote_at(clause.start()) is not None:
            return end
        return clause.start()

    def _aside_before(self, cue_start: int) -> bool:
        """Whether the last statement is a participle's aside that the comma just before
        `cue_start` closes ("Reuters, citing a source, reported")."""
        if not self.statements:
            return False
        previous = self.statements[-1]
        if previous.cue is None or not _participle(previous.cue.lower()):
            return False
        if previous.cue_span is not None and not self._after_comma(previous.cue_span[0]):
            return False  # "X, which filed a brief backing Y, said": the brief's, no aside
        return _ASIDE_CLOSE.fullmatch(self.text, previous.span[1], cue_start) is not None

    def _partitive_pronoun(self, start: int, cue_start: int) -> Phrase | None:
        """The partitive of a pronoun that opens its clause just before a cue ("One of them
        said", "..., both of us said") as the speaker phrase; None if there is none."""
        found = _PARTITIVE_PRONOUN.search(self.text, max(start, cue_start - LEAD), cue_start)
        return self._partitive_subject(start, found, None)

    def _partitive_relative(self, start: int, cue_start: int) -> Phrase | None:
        """The partitive of a relative pronoun just before a cue ("farmers, most of whom
        say", "40 clinics, some of which have said"): the relative of the noun phrase before
        its comma, as "who" or "which" would be; None if there is none."""
        found = _PARTITIVE_RELATIVE.search(self.text, max(start, cue_start - LEAD), cue_start)
        if found is None:
            return None
        comma = found.start()
        if _VERB_THEN_PLURAL.search(self.text, max(start, comma - _BARE_PLURAL_REACH), comma):
            head = self._bare_plural(start, comma)  # "The plan angered farmers, most of whom"
        else:
            head = phrase_before(self.text, start, comma) or self._bare_plural(start, comma)
        if head is None:
            return None
        pronoun = "which" if found.group("p") == "which" else "who"
        return Phrase(found.span("p"), (pronoun,), antecedent=head)

    def _bare_plural(self, start: int, end: int) -> Phrase | None:
        """The plural noun in lower case just before `end`, after a preposition or a verb
        that no speaker phrase opens ("a blow to merchants", "hurt merchants"), as a phrase of
        its own; None if the word before `end` is none."""
        toks = tokens(self.text, max(start, end - _BARE_PLURAL_REACH), end)
        last = toks[-1] if toks else None
        if (
            last is None
            or not last.word.isalpha()
            or not last.word.islower()
            or len(last.word) < 4
            or last.lower in FUNCTION_WORDS
            or not _plural_head(last.lower)
        ):
            return None
        return Phrase((last.start, last.end), (last.word,), tokens=(last,))

    def _apposed_partitive_pronoun(self, start: int, cue_start: int) -> Phrase | None:
        """The partitive of a pronoun with an appositive between it and the cue ("One of
        them, a nurse who left in 2020, said") as the speaker phrase; None if there is none."""
        lower = max(start, cue_start - _APPOSED_REACH)
        found = _PARTITIVE_PRONOUN_APPOSED.search(self.text, lower, cue_start)
        appositive = found.span("a") if found else None
        if appositive is not None and " and " in self.text[appositive[0] : appositive[1]]:
            appositive = None  # "Two of them, a nurse and a porter,": each, no one role
        return self._partitive_subject(start, found, appositive)

    def _partitive_subject(
        self, start: int, found: re.Match[str] | None, appositive: Span | None
    ) -> Phrase | None:
        """The phrase of a partitive pronoun `found` (its group "p") when it opens its clause
        ("gave one of them" is an object, no subject), with its appositive."""
        if found is None:
            return None
        if self._lead(start, found.start()) and not self._after_boundary(start, found.start()):
            return None  # "gave one of them": an object, no subject
        span = (found.start(), found.end("p"))
        words = tuple(self.text[span[0] : span[1]].split())
        return Phrase(span, words, appositive)

    def _announced(self, phrase: Phrase, cue: Span) -> bool:
        """Whether the speech cue is in the future, after its subject: "will report", "is due
        to announce", "is set to publish" (a speech to come)."""
        subject_end = phrase.end
        return _FUTURE_LEAST < cue[0] - subject_end < _FUTURE_REACH and bool(
            _FUTURE.fullmatch(self.text, subject_end, cue[0])
        )

    def _whole_subject(self, phrase: Phrase, start: int) -> Phrase:
        """The subject of which the phrase before a cue is a part: with the partitive before
        it ("one of" + "the sources"; "some in the party" is before_cue's), or the person whose
        appositive names the body `phrase` stands for, when a relative clause on that body
        ends the appositive ("Jo Reyes, a trader at Brill Bank, which owns the shares,
        said": Reyes, not the bank); else `phrase`."""
        text = self.text
        if _after_of(text, phrase.span[0]):
            lower = max(start, phrase.span[0] - 18)
            partitive = _PARTITIVE_BEFORE.search(text, lower, phrase.span[0])
            before = text[start : partitive.start()].rstrip() if partitive is not None else ""
            if partitive is not None and (
                before[-1:] in _CLAUSE_END or before.endswith((" by", " By"))
            ):
                # the subject of its clause, or the agent of a document read or released
                # ("A statement read by one of the organisers demanded")
                return _with_partitive(phrase, partitive)
        clause = phrase.appositive
        if clause is None or not text.startswith(_PLACE_RELATIVES, clause[0]):
            return phrase
        words = text[max(start, phrase.span[0] - 5) : phrase.span[0]].split()
        if words and words[-1] in _AFFILIATIONS:
            outer = phrase_before(text, start, phrase.span[1] + 1)
            if outer is not None and outer.appositive is not None:
                if outer.appositive[1] == phrase.span[1]:
                    return outer
        return self._subject_ending_with(phrase, start)

    def _subject_ending_with(self, phrase: Phrase, lower: int) -> Phrase:
        """ "Officials in central Valmora, which declared an emergency, said", "Economists
        polled by Reuters, which ...": a relative clause on the last noun of a subject leaves
        the subject whole, read back to `lower` by `phrase_before` (which knows complements and
        their words of where); `phrase` if no longer subject opening its clause ends there."""
        outer = phrase_before(self.text, lower, phrase.span[1])
        if outer is None or outer.span[0] >= phrase.span[0]:
            return phrase
        before = self.text[lower : outer.span[0]].rstrip()
        if before and before[-1] not in _CLAUSE_END and not before.endswith(_JOINING):
            return phrase  # "Lee, who met growers in Valmora, where ...": an object, no subject
        return outer

    def _quoted_clause_start(self, start: int, comma: int, after_other: bool) -> int:
        """Where the content of '“...,” as Lee put it' starts, from `start`, its comma at
        `comma` inside the quotation's closing mark: at `start` when no other attribution
        (`after_other`) nor cue stands before the quotation; else after the last comma before
        the quotation, the clause holding it ("Members echo her fears because, while ..., the
        rule is “A,” as a memo put it": "the rule is “A”"); -1 if none."""
        quote = self._quote_at(comma)
        if quote is None or quote.start < start:
            return -1
        i = bisect.bisect_left(self.cue_starts, quote.start) - 1
        if not after_other and (i < 0 or self.cue_starts[i] < start):
            return start
        clause = self.text.rfind(", ", start, quote.start)
        return clause + 2 if clause >= 0 else -1

    def _so_lead(self, start: int, cue_start: int) -> int:
        """Where "so" or "or so" right before the cue at `cue_start` starts, when it opens
        the sentence from `start` or follows a clause boundary ("..., or so says Lee", "So
        said the minister."); -1 if no such word stands there ("also said", "so-called")."""
        if self.text[cue_start - 3 : cue_start].lower() != "so ":
            return -1  # most cues: no pattern tried
        so = _SO_BEFORE.search(self.text, max(start, cue_start - 8), cue_start)
        if so is None:
            return -1
        at = so.start()
        return at if not self.text[start:at].strip() or self._after_boundary(start, at) else -1

    def _idle_before(self, start: int) -> tuple[Span, StatementKind] | None:
        """The content of the sentence right before `start` in its paragraph, if it made no
        statement (`idle`): what "So says Lee." opening the next sentence gives to Lee."""
        idle_start, idle_end = self.idle
        if idle_start < 0 or idle_end > start or self.text[idle_end:start].strip():
            return None
        if "\n" in self.text[idle_end:start]:
            return None  # another paragraph's
        return self._content(idle_start, idle_end)

    def _speaker_after_object(
        self, phrase: Phrase, start: int, pos: int, end: int
    ) -> Phrase | None:
        """The speaker after an inverted cue when the phrase before it, set off by a comma, is
        the object of a verb of its clause, not its subject ("The shell killed six people,
        including a child, said Gov. Ann Lee."): what `_inverted_subject` finds after the
        cue; None when no verb stands right before it or inside it ("Six people, including a
        child, said"), or when a speech cue stands before it in its clause."""
        lower = max(start, phrase.span[0] - LEAD)
        if _VERB_BEFORE_OBJECT.search(self.text, lower, phrase.span[0]) is None and not any(
            _VERB_INSIDE.fullmatch(w) for w in phrase.words[1:-1]
        ):
            return None
        if not SPEECH_CUES.isdisjoint(WORDS.findall(self.text, lower, phrase.span[0])):
            return None  # "Ana Roy said the fire destroyed four homes, ..., added X": hers
        return self._inverted_subject(pos, end)

    def _inverted_subject(self, pos: int, end: int) -> Phrase | None:
        """The speaker after an inverted cue ("..., said Caddell."): a phrase that ends its
        clause or its relative clause ("said a man who lives nearby"), or a description of
        no list that ends it ("said the head chef, who was tired": `described_after`), not the
        possessor or subject of more words ("explains America’s history")."""
        pos = skip_space(self.text, pos)
        of_pronoun = _PARTITIVE_PRONOUN_AT.match(self.text, pos, end)
        if of_pronoun is not None:  # "said one of them."
            return Phrase(of_pronoun.span(), tuple(of_pronoun.group().split()))
        partitive = PARTITIVE_AT.match(self.text, pos, end)
        phrase = phrase_after(self.text, partitive.end() if partitive else pos, end)
        phrase = _with_partitive(phrase, partitive)
        if phrase is not None and POSSESSIVE_END.search(phrase.words[-1]):
            return None
        if phrase is not None and not phrase.bare:
            last = phrase.span[1]  # after a description before the name too: "a farmer named X"
            rest = self.text[max(last, phrase.end) : end].lstrip()
            first = WORDS.match(rest)
            if not rest[:1].isalnum() or (
                first
                and (
                    first.group().lower() in _AFTER_SPEAKER
                    or first.group() == "who"
                    or _ADVERB_AFTER_SPEAKER.match(rest) is not None
                )
            ):
                return phrase  # "said Ann Lee *outside* the store.", "*shortly after*", "*wryly*."
            if (
                first
                and first.group().lower() in DOCUMENT_POSTMODIFIERS
                and phrase.words[-1].lower() in DOCUMENT_WORDS
            ):
                return phrase  # "said a letter *signed* by 300 academics.": how it was made
        # "said the head chef, who was tired.": a description of no list ending the clause
        return None if partitive else described_after(self.text, pos, end)

    def _compound(self, phrase: Phrase, cue: Span) -> bool:
        """Whether a cue word that is also a noun ends a compound with the singular noun
        before it ("a government plan", "the McKinley plan", a headline's "Harbor plan
        faces vote"): in its base form, right after "the" or "a" and a singular noun, or
        after a name of capitalised words opening its sentence (not a pronoun, not two
        joined by "and"; "Data from the X Survey show" is no compound), it cannot be the
        verb of that noun. A past the same as the base before a clause's "that" is that
        verb ("The agency forecast that prices would rise")."""
        word = phrase.words[-1].lower()
        first = phrase.words[0]
        described = len(phrase.words) > 1 and first.lower() in SPEAKER_DETERMINERS
        named = (
            phrase.pronoun is None
            and all(w[0].isupper() for w in phrase.words)
            and (
                self.text[max(0, phrase.span[0] - 3) : phrase.span[0]].strip()[-1:] in _OPENS
                or _ENDED_BEFORE.search(self.text, max(0, phrase.span[0] - 4), phrase.span[0])
                is not None
            )
        )
        return (
            phrase.span[1] + 1 >= cue[0]
            and (described or named or self._cue_next(cue))
            and not any(w.lower() in {"and", "&"} for w in phrase.words)
            and word not in PLURAL_HEADS
            and not word.endswith("s")
            and self.text[cue[1] - 1 : cue[1]] not in "sdg"
            and not self._documents_from(phrase.span[0])
            and not (
                self.text[cue[0] : cue[1]].lower() in PAST_AS_BASE_VERBS
                and (
                    THAT_CLAUSE_NEXT.match(self.text, cue[1])
                    or _FIGURE_OBJECT.match(self.text, cue[1])
                )
            )
        )

    def _documents_from(self, start: int) -> bool:
        """Whether documents and "from" or "by" stand just before `start`
        (`_documents_source`)."""
        return _documents_source(self.text[max(0, start - _DOCUMENTS_SOURCE_REACH) : start].split())

    def _restrictive_who(self, start: int, cue: Span) -> bool:
        """Whether the cue at `cue` is the verb of a restrictive "who" clause, perhaps after
        a perfect's auxiliary: "Residents who testified", "Parents who had complained"."""
        text = self.text
        if text.endswith("who ", max(start, cue[0] - 4), cue[0]):
            return True
        return any(text.startswith(perfect, cue[0] - len(perfect)) for perfect in _WHO_PERFECTS)

    def _cue_next(self, cue: Span) -> bool:
        """Whether another cue follows the one at `cue` after a single space: the first is
        then a noun, the second its verb ("agency report says", "new poll shows")."""
        k = bisect.bisect_left(self.cue_starts, cue[1])
        return (
            k < len(self.cue_starts)
            and self.cue_starts[k] == cue[1] + 1
            and (self.text[cue[1]] == " ")
        )

    def _own_clause(self, found: Found) -> Found | None:
        """`found`, a post-posed attribution inside the last statement's content, reporting
        only the clause after a semicolon before it ("Critics say A; B, according to C"), the
        last statement cut at that semicolon; None if no semicolon stands between them."""
        if found.cue is None or found.span[1] > found.cue[0]:
            return None
        previous = self.statements[-1]
        semicolon = self.text.rfind(";", max(found.span[0], previous.span[0]), found.cue[0])
        if semicolon < 0 or previous.span[1] <= semicolon or self._quote_at(semicolon):
            return None
        cut = strip(self.text, (previous.span[0], semicolon), TRIM_END + " \n")
        content = self._content(semicolon + 1, found.span[1])
        if content is None or cut[1] <= cut[0]:
            return None
        kind = previous.kind if self._quotes_in(cut) else "indirect"
        self.statements[-1] = previous._replace(span=cut, kind=kind)
        return found._replace(span=content[0])

    def _outer(self, found: Found | None, here: int, sentence: Span, cue: Span) -> Found | None:
        """The post-posed attribution that reports everything before it in its sentence,
        statements found there included ("Clinton plans to visit, according to an aide");
        `found`, what the cue reports from the last content on, if anything."""
        if not here or found is not None and (found.cue is None or self._inside_content(found)):
            return None
        outer = self._attribution(cue, sentence, None)
        if outer is None or outer.cue is None or self._inside_content(outer):
            return None
        # what it reports opens the statements it takes in: not "According to the report,
        # officials knew ...", whose content follows all it would report
        inner = self.statements[-here].span
        return outer if outer.span[0] <= inner[0] < outer.span[1] else None

    def _circumstance_tail(self, cue: Span, end: int) -> bool:
        """Whether only when or where it was said follows the cue of saying at `cue` to the
        sentence's end `end` ("..., she said on Tuesday.", "..., the agency said in a
        statement."): the attribution closes its sentence as if nothing followed it."""
        span = strip(self.text, (cue[1], end), TRIM_END + " \n")
        return span[1] > span[0] and self._is_adjunct(span)

    def _inside_content(self, found: Found) -> bool:
        """Whether the content `found` goes on after its cue other than by a clause joined
        to it ("A, Lee said, but B": Lee reports A and B, as a post-posed "Lee said" would A;
        not "A, Lee said, adding that B" nor "Lee said B")."""
        assert found.cue is not None
        if found.span[1] <= found.cue[0]:
            return False
        if found.span[0] >= found.cue[0]:
            return True
        text = self.text
        attribution_end = max(found.cue[1], found.phrase.span[1] if found.phrase else 0)
        if text[found.cue[0] : found.cue[1]].lower() in LISTENER_CUES:
            listener = _LISTENER_BEFORE_JOINED.match(text, attribution_end)
            attribution_end = listener.end() if listener else attribution_end
        return not _JOINED_AFTER.match(text, attribution_end)

    def _saying_reported(self, cue: Span, end: int, source: Phrase | None) -> Found | None:
        """The words of the speaker whose saying the last statement (its speaker's phrase
        `source`), a medium's, a document's or witnesses', reports: its content opens with
        their subject, the cue of speech at `cue` ("According to the suit, Vance told the
        board the pumps were worn", "The Courier reported that Vance admitted ...", "According
        to two people who attended, Vance told aides ...": Vance's, as the suit, the paper or
        the witnesses tell, which keeps its report of all of it, as `_relayed` does after the
        words). None for any other speaker ("Police said the driver told them ...": the
        police's; "According to two people familiar with the talks, ...": not told as there
        to hear it), research ("A poll
        found 60 percent said ...": the poll's finding), a pronoun's saying ("The statement
        noted they had said ...": its own authors'), a saying denied ("According to the suit,
        Vance never told investors ...": no words of his) or other content ("The suit says the
        pumps, Vance told the board, ...")."""
        last = self.statements[-1]
        witnessed = (
            source is not None
            and source.pronoun is None
            and (last.cue or "").lower() in _SOURCE_CUES
            and self._witnessed(source)
        )
        relaying = self.speakers.kind_of(last.speaker) in _RELAYING_KINDS
        if (not relaying and not witnessed and not self._rendering(last)) or (
            last.speaker_span is not None
            and not RESEARCH_DOCUMENTS.isdisjoint(
                self.text[last.speaker_span[0] : last.speaker_span[1]].lower().split()
            )
        ):
            return None
        found = self._attribution(cue, (last.span[0], end), None)
        if (
            found is None
            or found.phrase is None
            or found.phrase.pronoun is not None
            or found.cue is None
            or (found.kind == "direct" and not witnessed)  # heard: “...”, as witnesses tell
            or found.span[0] < found.cue[1]
            or found.phrase.span[0] != last.span[0]
            or _NOT.search(self.text, found.phrase.span[1], found.cue[0]) is not None
            or self._directive(found.span)
        ):
            return None
        return found

    def _release(self, relay: int) -> bool:
        """Whether the statement at `relay`, a source's ("According to ..."), is a release
        by a determiner and at most one word before its noun ("a statement", "a press
        release", `RELEASE_WORDS`) with no author named after it ("by", "from"): its
        subject's own words, no report of them."""
        statement = self.statements[relay]
        if statement.speaker_span is None or (statement.cue or "").lower() not in _SOURCE_CUES:
            return False
        words = self.text[statement.speaker_span[0] : statement.speaker_span[1]].lower().split()
        if not words or words[0] not in DETERMINERS or RELEASE_WORDS.isdisjoint(words[1:3]):
            return False
        # "According to a statement released by the players' union, the league said": the
        # union's release, which reports the league; its report stays
        told = self.statements[relay + 1].speaker_span
        end = told[0] if told is not None else statement.speaker_span[1]
        return _RELEASE_AUTHOR.search(self.text, statement.speaker_span[1], end) is None

    def _rendering(self, statement: Emitted) -> bool:
        """Whether `statement`'s speaker renders another's words in another tongue ("a
        translation of his remarks", "an interpreter"; `RENDERING_WORDS`), no source of them."""
        if statement.speaker_span is None:
            return False
        return _renders(self.text[statement.speaker_span[0] : statement.speaker_span[1]].split())

    def _document_agent(self, cue: Span, start: int, end: int) -> bool:
        """Whether the participle at `cue` (of a sentence from `start` to `end`) tells how the
        document before it came out and by whom, its verb after the agent: "Emails first
        reported by the Courier show ...", "Records obtained by the Ledger, which ..., show";
        not "(the study) reported by region that ...", no verb after its agent."""
        if not _DOCUMENT_BEFORE.search(self.text, max(start, cue[0] - _DOCUMENT_REACH), cue[0]):
            return False
        k = bisect.bisect_right(self.cue_starts, cue[0])
        verb = self.cue_starts[k] if k < len(self.cue_starts) else end
        return _AGENT_BEFORE_VERB.match(self.text, cue[1], min(verb, end)) is not None

    def _named_in_subject(self, cue: Span, start: int) -> bool:
        """Whether the naming cue at `cue` is in a free relative inside the complement of a
        noun opening the sentence, the quoted term it names right before the sentence's next
        cue (`named_term_subject`): "Backers of what they call “school choice” said"; not a
        verb's or a preposition's object of a clause of its own ("Lee objected to what she
        called “a smear” and said", "Responding to what he called “fake news”, the senator
        said"), whose term is the caller's words."""
        k = bisect.bisect_right(self.cue_starts, cue[0])
        if k == len(self.cue_starts):
            return False
        subject = named_term_subject(self.text, start, self.cue_starts[k])
        return subject is not None and subject.span[1] < cue[0]

    def _document_aside(self, cue: Span, start: int, end: int) -> bool:
        """Whether the participle at `cue` opens an aside set off by commas on a document
        named before it, of how it came out, the document's verb after the aside: "A survey
        of farmers, published in May, found ...", "The study by Ana Ruiz, released last
        week, shows ..."; not "Ann Lee, 45, posted on Facebook ...", no document's."""
        text = self.text
        if text[cue[0] - 2 : cue[0]] != ", " or not _ASIDE_THEN_VERB.match(text, cue[1], end):
            return False
        comma = cue[0] - 2
        # the document's word within the subject's reach, or after the last comma within a
        # postmodifier's: one search over the wider of the two windows, which both end here
        postmodifier = max(comma - _DOCUMENT_POSTMODIFIER_REACH, text.rfind(",", start, comma) + 1)
        reach = max(start, min(comma - _DOCUMENT_SUBJECT_REACH, postmodifier))
        return _DOCUMENT_WORD.search(text, reach, comma) is not None

    def _cut_relay(self, relay: int, found: Found) -> None:
        """The relay at `relay` (its inner saying next) cut where that saying ends when
        `found`, a later cue's statement of the sentence, opens inside it: "According to the
        suit, Vance told investors it was insured, but prosecutors say it was not": the suit
        reports Vance's words, not what the prosecutors say."""
        outer, inner = self.statements[relay], self.statements[relay + 1]
        opens = min(
            found.span[0],
            found.span[0] if found.phrase is None else found.phrase.span[0],
            found.span[0] if found.cue is None else found.cue[0],
        )
        if not inner.span[1] <= opens < outer.span[1]:
            return
        span = (outer.span[0], inner.span[1])
        kind = outer.kind if self._quotes_in(span) else "indirect"
        self.statements[relay] = outer._replace(span=span, kind=kind)

    def _directive(self, span: Span) -> bool:
        """Whether the content at `span` is an order, an infinitive before any finite verb
        ("clerks to wait", "staff to shred the files"), no claim to check."""
        verb = FINITE_VERB.search(self.text, span[0], span[1])
        order = _INFINITIVE.search(self.text, span[0], span[1])
        return verb is None or (order is not None and order.start() < verb.start())

    def _cut_before_rendering(self, cue: Span, end: int) -> bool:
        """Whether "according to" or "per" at `cue` names a rendering of the words before it
        ("a translation"), no source; if so, the last statement is shortened to end before
        it."""
        phrase = phrase_after(self.text, skip_space(self.text, cue[1]), end)
        if phrase is None or not _renders(phrase.words):
            return False
        last = self.statements[-1]
        if last.span[1] > cue[0]:
            cut = strip(self.text, (last.span[0], cue[0]), TRIM_END + " \n")
            self.statements[-1] = last._replace(span=cut)
        return True

    def _estimate_sourced(self, outer: Found) -> Found | None:
        """`outer`, a source after "according to" or "per", reporting only the estimate that
        the last statement's figure is set against ("Dalton said it earned $2.10 a share,
        above the average estimate of $1.95, according to LSEG": LSEG gives the estimate,
        Dalton's words end before it), the last statement cut there; None if no comparison
        with an estimate stands between the last statement's cue and the source, or if the
        source is a document other than research ("according to a regulatory filing" reports
        all of it; "according to LSEG data" gives the estimate)."""
        assert outer.cue is not None
        last = self.statements[-1]
        if (
            self.text[outer.cue[0] : outer.cue[1]].lower() not in _SOURCE_CUES
            or (outer.phrase is not None and _plain_document(outer.phrase))
            or last.cue_span is None
            or not last.cue
            or last.cue.lower() not in SAYING_VERBS
        ):
            return None
        attribution = min(outer.cue[0], outer.phrase.span[0] if outer.phrase else outer.cue[0])
        compared = _ESTIMATE_COMPARED.search(self.text, last.cue_span[1], attribution)
        if compared is None or not last.span[0] < compared.start() < last.span[1]:
            return None
        cut = strip(self.text, (last.span[0], compared.start()), TRIM_END + " \n")
        self.statements[-1] = last._replace(span=cut)
        estimate = strip(self.text, (compared.end(), attribution), TRIM_END + " \n")
        return outer._replace(span=estimate, kind="indirect")

    def _relayed(self, here: int, outer: Found) -> int:
        """Drop the last `here` statements, which `outer` reports, but those an outlet relays
        of someone's saying ("Lee told reporters the deal was off, Interfax reported": Lee
        said it, and the agency reports that he did); how many are kept."""
        inner = len(self.statements) - here
        if outer.phrase is None or outer.cue is None or not self._relaying(outer.phrase):
            del self.statements[inner:]
            return 0
        attribution = min(outer.phrase.span[0], outer.cue[0])  # where "..., Interfax said" opens
        witnessed = not self._relaying(outer.phrase, witnesses=False)
        relayed = [
            s._replace(span=strip(self.text, (s.span[0], attribution), TRIM_END + " \n"))
            if s.span[1] > attribution
            else s
            for s in self.statements[inner:]
            if s.cue
            and s.cue.lower() in (SPEECH_CUES if witnessed else SAYING_VERBS)  # "warned" heard
            and s.span[0] < attribution
            and not (witnessed and self._told_after(s, outer.span[0]))
        ]
        self.statements[inner:] = relayed
        return len(relayed)

    def _plain_told_after(self, here: int, outer: Found) -> Emitted | None:
        """The one statement of the last `here` that witnesses (`outer`) relay, a plain clause
        with its speaker and cue after it, as the witnesses' report opens ("The plan was dead,
        the mayor told aides, according to people briefed on it"): the mayor's statement,
        whose words bound the witnesses' report; None if there is not just one, or its words
        hold a quotation or a comma. The statement kept ends before its speaker."""
        if here != 1 or outer.phrase is None or self._relaying(outer.phrase, witnesses=False):
            return None
        inner = self.statements[-1]
        cue, speaker = inner.cue_span, inner.speaker_span
        if (
            cue is None
            or speaker is None
            or inner.kind != "indirect"
            or inner.span[0] != outer.span[0]
            or not inner.span[0] < speaker[0] < cue[0]
            or not self._witnessed(outer.phrase)
        ):
            return None
        end = self.text.rfind(",", inner.span[0], speaker[0])
        words = self.text[inner.span[0] : end]
        if (
            end < 0
            or self.text[end : speaker[0]].strip(" ,\n")
            or any(m in words for m in ',“”"():;―—–')
        ):
            return None
        inner = inner._replace(span=strip(self.text, (inner.span[0], end), TRIM_END + " \n"))
        self.statements[-1] = inner
        return inner

    def _relaying(self, phrase: Phrase, witnesses: bool = True) -> bool:
        """Whether `phrase` names an outlet or a document, which may relay another's saying
        ("Interfax", "the Herald", "the lawsuit"; not "an aide", "Lee"), or (if `witnesses`)
        unnamed people told as there to hear it (`WITNESS_SOURCE_HEADS`: "two people who
        attended")."""
        return _outlet(phrase) or (
            phrase.pronoun is None
            and (
                (witnesses and self._witnessed(phrase))
                or self.speakers.phrase_kind(phrase) in _RELAYING_KINDS
            )
        )

    def _witnessed(self, phrase: Phrase) -> bool:
        """Whether `phrase` is of unnamed people (`WITNESS_SOURCE_HEADS`) a postmodifier tells
        were there to hear it, after the phrase or inside it, after its head ("two people
        *who attended*", "a person *briefed on* the talks", "two people *at the meeting*",
        "participants *in the call*")."""
        head = next((w for w in phrase.words if w.lower() in WITNESS_SOURCE_HEADS), None)
        if head is None:
            return False
        at = self.text.find(head, *phrase.span)
        return at >= 0 and _WITNESSED.match(self.text, at + len(head)) is not None

    def _told_after(self, inner: Emitted, start: int) -> bool:
        """Whether a statement that witnesses relay (their report opening at `start`) has its
        speaker after its words, but a plain clause (`_plain_told_after`) ("The plan, which
        failed, is dead, the mayor said, according to two people who attended"; '“Dead,” the
        mayor told aides, according to ...') or a pseudo-cleft's
        ("What the mayor said was ..."): the witnesses' report alone is kept, not a statement
        of the inner speaker, whose words would run into the cue or be the addressee."""
        cue, speaker = inner.cue_span, inner.speaker_span
        if cue is None or speaker is None or inner.span[0] < cue[0]:
            return True
        before = self.text[start : speaker[0]].strip(" “”\"'‘’")
        return before.endswith(",") or before.lower() == "what"

    def _take_back(self, here: int, outer: Found) -> None:
        """Forget the speakers of the last `here` statements, reported speech that a pronoun's
        attribution `outer` reports: whom those words name is not who says them ("The
        minister had promised her that ..., she said"). Not after a quotation, which its
        own speaker may open ("Lee scolded him: “...,” she said")."""
        if outer.phrase is None or outer.phrase.pronoun not in PERSON_PRONOUNS:
            return
        for inner in self.statements[len(self.statements) - here :]:
            if inner.kind == "indirect":
                self.speakers.forget(inner.speaker, inner.speaker_span)

    def _gapped_predicate(self, previous: Emitted) -> bool:
        """Whether `previous` reports a relative clause's predicate, right after its cue, the
        clause's subject the relative pronoun before its speaker ("the board, which it said
        met twice"): a verb joined to it is that clause's too, no cue of the speaker's."""
        cue = previous.cue_span
        if cue is None or self.text[cue[1] : previous.span[0]].strip():
            return False
        return _RELATIVE_SPEAKER.search(self.text, max(0, cue[0] - LEAD), cue[0]) is not None

    def _coordinated(self, found: Found) -> bool:
        """Whether `found` is a second attribution joined to the last one ("X said A, and he
        urged B"); if so, the last statement is cut where the second begins."""
        previous = self.statements[-1]
        if found.phrase is None or found.cue is None or found.span[0] < found.cue[0]:
            return False
        if found.phrase.words[0] == "that" and len(found.phrase.words) > 1:
            return False  # "said A, but that most refused B": the same cue's second clause
        if _OBJECT_OF.match(self.text, found.span[0]):
            return False  # "said she walked home and thought of the war": no clause of its own
        lead = _PARTICIPLE_COMMA.search(
            self.text, max(previous.span[0], found.cue[0] - LEAD), found.cue[0]
        )
        # A participle with a subject of its own after the last content ("A, and Lee is
        # promising B") is a finite verb: joined like any other cue, below.
        own_subject = lead is None and found.phrase.span[0] > previous.span[0]
        participle = _participle(self.text[found.cue[0] : found.cue[1]]) and not own_subject
        if participle or (lead is not None and lead.group("to")):  # "..., arguing that"
            cue = previous.cue_span
            if cue is not None and previous.span[0] < cue[0] and previous.span[1] > found.cue[1]:
                return False  # '“A,” he said, referring to B, “C.”': inside an interrupted quote
            if lead is None:
                return False
            cut = strip(self.text, (previous.span[0], lead.start()), TRIM_END + " \n")
            if cut[1] <= cut[0]:
                return False
            quote = self._quote_at(cut[0])
            kind = previous.kind if self._quotes_in(cut) else "indirect"  # its quotation cut off
            if quote is not None and quote.content[0] == cut[0] and quote.end >= lead.start():
                cut, kind = quote.content, "direct"  # 'said: “A,” adding that B': A is quoted
            self.statements[-1] = previous._replace(span=cut, kind=kind)
            return True
        phrase = found.phrase
        last_cue = previous.cue_span
        if (
            last_cue is not None
            and previous.speaker_span == phrase.span
            and previous.span[0] < last_cue[0]
            and self._content_finds(previous.span, found.cue, last_cue[0])
        ):
            return False  # "Engineers checked the tanks, she said, and found flaws": theirs
        # Before the cue's own subject (with a description set before its name: "and a
        # spokeswoman for the ministry, Ann Lee, said"), or before the cue when it shares the
        # last one's.
        subject = min(phrase.span[0], (phrase.appositive or phrase.span)[0])
        anchor = subject if phrase.span[0] > previous.span[0] else found.cue[0]
        pattern = _RELATIVE_COMMA if found.phrase.pronoun in RELATIVE_PRONOUNS else _COORDINATOR
        lead = pattern.search(self.text, max(previous.span[0], anchor - LEAD), anchor)
        if lead is None:
            return False
        if (
            _RELATIVE_LEAD.match(lead.group())
            and previous.span[1] > found.span[1]
            and _ASIDE_CLOSED.match(self.text, found.span[1]) is not None
        ):
            return True  # "told them the fund, which auditors say was sound, was insured": whole
        if anchor == found.cue[0] and self._content_verb(previous, found.cue, lead):
            return False  # "said residents should stay home and call a doctor": one clause
        if phrase.span[0] == previous.span[0] and phrase.appositive is not None:
            return False  # "show that Lee, the director, asked ...": the content's subject
        if anchor == found.cue[0] and self._gapped_predicate(previous):
            return False  # "the board, which it said met twice and approved ...": its verbs
        if (
            anchor == found.cue[0]
            and lead.group().strip() == "and"
            and self.text.startswith(" to ", found.cue[1])
            and self.text[found.cue[0] : found.cue[1]].lower() in PASSIVE_TO_PARTICIPLES
            and _PASSIVE_JOINED.search(
                self.text, max(previous.span[0], lead.start() - _PASSIVE_REACH), lead.start()
            )
        ):
            return False  # "said he had been questioned twice and warned to ...": passive too
        if anchor == found.cue[0] and self._joint_act_in_content(previous, found.cue, lead):
            return False  # "said the two leaders met and agreed to ...": the leaders agreed
        cut = strip(self.text, (previous.span[0], lead.start()), TRIM_END + " \n")
        if cut[1] <= cut[0]:
            return False
        if lead.group().strip(" ―—–") == "," and self._subordinate(cut):
            # "noted that at a meeting in 1972, he supported ...": one clause; not with a
            # conjunction ("..., though she stressed ...")
            return False
        if (
            lead.group().lstrip()[:1].isalpha()
            and not self._absolute_pair(previous, found.cue)
            and self._name_only(cut, anchor == subject)
        ):
            return False  # "said the city and its unions will seek ...": one subject
        if _WHICH.search(lead.group()) and _CLAUSE_RESUMES.match(self.text, found.span[1] - 1):
            return False  # "the plan, which she called “a bargain,” would cost ...": inside
        if phrase.pronoun in RELATIVE_PRONOUNS and _RELATIVE_CLOSED.match(self.text, found.span[1]):
            return False  # "said the firm, which reported a loss, could close": inside too
        span = self._before_own_cue(previous, cut)
        kind = previous.kind if self._quotes_in(span) else "indirect"  # its quotation cut off
        quote = self._quote_at(span[0])
        if quote is not None and quote.start == span[0] and quote.end == span[1]:
            span, kind = quote.content, "direct"  # 'read “Let Kids Read,” and she said': quoted
        self.statements[-1] = previous._replace(span=span, kind=kind)
        return True

    def _absolute_pair(self, previous: Emitted, cue: Span) -> bool:
        """Whether the last statement's cue and the one at `cue` are both participles, two
        absolutes joined ("with the mayor defending his record and his rival calling for an
        inquiry"): the noun before the second is its subject, no object of the first."""
        last = previous.cue_span
        return (
            last is not None
            and _participle(self.text[last[0] : last[1]])
            and _participle(self.text[cue[0] : cue[1]])
        )

    def _joint_act_in_content(self, previous: Emitted, cue: Span, lead: re.Match[str]) -> bool:
        """Whether a cue of a joint act after "and" (`JOINT_CUES`) shares the plural subject
        opening the last content, its speaker one alone ("The readout said the envoys met and
        agreed to ...")."""
        speaker = previous.speaker_span
        if (
            speaker is None
            or lead.group().strip() != "and"
            or self.text[cue[0] : cue[1]].lower() not in JOINT_CUES
        ):
            return False
        plural = _PLURAL_OPENING.match(self.text, previous.span[0])
        if plural is None or not _agent_plural(plural.group(1)):
            return False  # "said the talks went well and agreed to ...": the speaker agreed
        if _COPULA.search(self.text, plural.end(), lead.start()):
            return False  # "said the ministers were wrong and agreed to ...": a description
        last = self.text[speaker[0] : speaker[1]].rsplit(None, 1)[-1].lower()
        return not (last.endswith("s") and not last.endswith("ss")) and last not in PLURAL_PRONOUNS

    def _before_own_cue(self, previous: Emitted, cut: Span) -> Span:
        """`cut`, the last statement cut before a joined attribution, without its own speaker
        and cue left at its end ("A, he said, and teachers reported B": A alone)."""
        cue, speaker = previous.cue_span, previous.speaker_span
        if cue is None or speaker is None or not previous.span[0] < speaker[0] < cue[1] <= cut[1]:
            return cut
        if self.text[cue[1] : cut[1]].strip(" ,"):
            return cut  # more content after the cue ("A, he said, B, and ...")
        subject = min(speaker[0], cue[0])
        comma = self.text.rfind(",", max(previous.span[0], subject - _TITLE_REACH), subject)
        end = comma if comma > previous.span[0] else subject  # "A, Mr. Orr said": before "Mr."
        return strip(self.text, (previous.span[0], end), TRIM_END + " \n")

    def _content_verb(self, previous: Emitted, cue: Span, lead: re.Match[str]) -> bool:
        """Whether the cue at `cue`, joined by `lead` with no subject of its own to the last
        statement `previous`, is a verb of its content instead: after a modal ("said it would
        hold talks and would publish the results"), or in its bare form after a modal in the
        content ("said residents should stay home and call a doctor") or in the subjunctive
        clause of a mandative cue ("recommended that the agency collect and publish the
        data") or after an inflected cue whose subject it cannot share, a cue in the present
        third person singular or a singular's ("says many renters pay late and ask for
        extensions", "Lee said most buyers skip it and demand"; not "Tenants said the landlord
        ignored them and ask the city": "said" shows no number); "found" with an object,
        what the content's subject found ("said inspectors had visited the site and found no
        faults", "said staff had toured the mall and found that the cleanup ..."); not "said
        ... and urged", "refused to release it or explain", "agreed and seemed to think", "said
        costs had doubled and found that ..." (no subject that finds)."""
        content = previous.span
        joining = lead.group().split()
        if any(word in MODALS for word in joining):
            return True
        perfect = _PERFECT_AUXILIARIES.intersection(joining)
        if (
            perfect
            and "," not in lead.group()
            and self._perfect_content(previous, perfect, lead.start())
        ):
            return True  # "said her client has stayed sober and has shown remorse"
        if self._content_finds(content, cue, lead.start()):
            return True  # "said inspectors had visited the site and found (that) ..."
        return (
            "to" not in joining
            and _bare(self.text[cue[0] : cue[1]])
            and (
                previous.cue is not None
                and not _bare(previous.cue)
                and (_third_singular(previous.cue) or not self._plural_speaker(previous))
                and not self.text.startswith("to ", content[0])  # "refuses to pay or explain"
                or any(word in MODALS for word in self.text[content[0] : lead.start()].split())
                or self._mandative_clause(previous)
            )
        )

    def _content_finds(self, content: Span, cue: Span, joined: int) -> bool:
        """Whether the cue at `cue` is a form of "find" joined at `joined` to the clause
        opening `content`, whose subject may find things: what that subject found ("said
        inspectors had visited the site and found no faults", "Engineers checked the tanks,
        she said, and found flaws"), not the speaker."""
        return (
            self.text[cue[0] : cue[1]].lower() in FIND_FORMS
            and content[0] < joined
            and self._agent_subject(content, THAT_NEXT.match(self.text, cue[1]) is not None)
        )

    def _plural_speaker(self, previous: Emitted) -> bool:
        """Whether the subject of the last statement's cue is plural ("Tenants", "they", "Lee
        and Roe")."""
        if previous.speaker_span is None:
            return False
        return _plural_words(self.text[slice(*previous.speaker_span)].lower().split())

    def _perfect_content(self, previous: Emitted, perfect: set[str], joined: int) -> bool:
        """Whether the last statement `previous`, after its cue ("said her client has stayed
        sober"), opens with a clause whose verb has the auxiliary of `perfect`, that of a
        verb joined after it at `joined` with no comma ("and has shown remorse"), which the
        cue itself does not have ("Lee has said ... and has warned": the speaker's two
        verbs)."""
        cue = previous.cue_span
        if cue is None or cue[1] > previous.span[0]:
            return False
        opening = _PERFECT_OPENING.match(self.text, previous.span[0], joined)
        if opening is None or opening[1].lower() not in perfect:
            return False
        before = self.text[max(0, cue[0] - _AUXILIARY_REACH) : cue[0]].lower().split()[-2:]
        return not perfect.intersection(before)

    def _mandative_clause(self, previous: Emitted) -> bool:
        """Whether the statement `previous` is the that-clause of a mandative cue not in the
        bare form, whose verb is in the subjunctive ("urged that the clinic hire nurses"), so
        that a bare verb joined to it is no cue of the speaker's; not its object ("recommended
        rest and urged ..."), nor after a bare cue ("Nurses demand that ... and urge": theirs)."""
        cue = previous.cue_span
        word = (previous.cue or "").lower()
        return (
            cue is not None
            and word in MANDATIVE_CUES
            and not _bare(word)
            and "that" in self.text[cue[1] : previous.span[0]].split()
        )

    def _agent_subject(self, content: Span, people_only: bool = False) -> bool:
        """Whether the clause opening `content` has a subject that may find things, up to its
        verb: a pronoun, a name, a role, a body, or a noun of people by its ending
        ("inspectors had visited", "she had searched", "Acme reviewed", "the driver was",
        "staff had toured");
        not "costs had risen", "spending rose", "the crisis was". With `people_only` (before
        "found that"), only people in the plural or a collective of them ("crews", "staff",
        "they"), unless the clause's verb is one of inquiry ("police searched the home and
        found that", "Acme tested it and found that"): "said the ministry ignored its rules
        and found that ..." is the speaker's."""
        words = WORDS.findall(
            self.text, content[0], min(content[1], content[0] + _CLAUSE_SUBJECT_CHARS)
        )
        subject = list(
            takewhile(lambda w: w.lower() not in _VERB_OPENERS and not w.endswith("ed"), words)
        )
        while len(subject) > 1 and (
            subject[-1] in PREVERBAL_ADVERBS
            or (subject[-1].endswith("ly") and subject[-1].islower())
        ):
            subject.pop()  # "Engineers then checked": the adverb is no part of the subject
        if not subject or len(subject) == len(words):
            return False
        head = next(  # the noun before a complement: "costs at Acme", "spending by the city"
            (subject[k - 1] for k in range(1, len(subject)) if subject[k].lower() in PREPOSITIONS),
            subject[-1],
        )
        lower = head.lower()
        verb = next(
            (w.lower() for w in words[len(subject) :] if w.lower() not in AUXILIARY_VERBS), ""
        )
        # "staff had toured", "the team visited", "crews were called"
        collective = lower in COLLECTIVE_HEADS or lower.removesuffix("s") in COLLECTIVE_HEADS
        people = _PEOPLE_ENDING.search(lower) is not None
        if people_only and verb not in _INQUIRY_VERBS:
            return (
                lower in _PLURAL_SUBJECTS or collective or (lower.endswith("s") and people)
            ) and head.islower()
        return (
            lower in _SUBJECT_PRONOUNS
            or head[0].isupper()
            or lower in PERSON_ROLES
            or lower in ORGANIZATION_WORDS
            or collective
            or people
        )

    def _name_only(self, span: Span, before_subject: bool) -> bool:
        """Whether text[span] is only a noun phrase of a name ("the United Nations"), which
        "and" joins to the next subject, not to the next clause; before the next cue's own
        subject, also a pronoun ("he") or a determiner and a noun ("his wife"): "said he and
        his wife had left", where "said it would veto and argued" shares its subject."""
        if self.text.endswith(_QUOTED_WITH_COMMA, span[0], span[1] + 1):
            return False  # 'said “Read Banned Books,” and she said': a quotation, no name
        words = WORDS.findall(self.text, span[0], span[1])
        if before_subject and (
            len(words) == 1
            and words[0].lower() in _LONE_SUBJECTS
            or len(words) == 2
            and words[0].lower() in DETERMINERS
            and words[1].islower()
        ):
            return True
        return 0 < len(words) <= 6 and all(
            w[0].isupper() or w.lower() in DETERMINERS or w in NAME_CONNECTORS for w in words
        )


# A quotation's closing marks after the comma that ends it, and a space perhaps: what a name
# joined to the next subject never ends with.
_QUOTED_WITH_COMMA = (",”", ',"', ",” ", '," ')
# The verb of pictures before the one pictured speaking: "clips *showing* Lee urging fans".
_SHOWING = re.compile(r"\b(?:show|shows|showed|showing)\s+")


# A hearing body's head before a word that tells which it is, when the subject phrase read is
# only the name after it ("the Royal Commission into *the Brill Floods*", "the inquest into the
# death of *Ann Lee*").
_BODY_BEFORE = re.compile(
    r"\b(?:"
    + alternation(HEARING_HEADS)
    + r")\s+(?:"
    + alternation(BODY_QUALIFIERS)
    + r")\s+(?:the\s+)?(?:deaths?\s+of\s+(?:the\s+(?:late\s+)?)?)?$",
    re.IGNORECASE,
)
_BODY_REACH = 40  # characters before the phrase searched for that head
_QUOTE_COORDINATORS = frozenset("and but or yet nor".split())  # '“and twice as slow”'
_TOLD_ENDS = re.compile(r"\s*(?:[.!?]|\n|$)")  # "..., inquest told": nothing after it
# A relative clause's verb group right after its "who"/"that" ("who *was driving*", "that
# *struck*", "that *would have blocked*"): its first word (a modal with its "have"), then
# the participles joined to it.
_RELATIVE_VERB_GROUP = re.compile(
    r"\s*(?:(?:"
    + alternation(MODALS)
    + r")(?:\s+not)?\s+(?:have|be)\b|[\w’'-]+)(?:\s+(?:be|been|being|not|[a-z]+(?:ing|ed|en))\b)*"
)


def _predicate_opens(words: list[str]) -> bool:
    """Whether the first (one or two) `words` open a predicate, not a clause with its subject:
    a finite verb or auxiliary ("is anybody's guess", "depends on the Senate") or a
    coordinator ("and twice as slow"), not "we are ready", "nobody should panic", "voters
    are angry"."""
    lower, second = words[0].lower(), words[1] if len(words) > 1 else ""
    if lower in _QUOTE_COORDINATORS or _PREDICATE_VERB.fullmatch(lower):
        return True
    return (
        lower.endswith("s")
        and lower not in DETERMINERS
        and _PREDICATE_VERB.fullmatch(second) is None  # "voters are", no "depends on"
    )


def _sees_odds(text: str, cue: Span) -> bool:
    """Whether a verb of seeing gives a belief as odds (`_SEES_ODDS`): odds that a thing will
    be ("see a chance that the bank will cut"), or a degree of the odds of it ("see a 40%
    chance of a recession", "saw little risk of a default"); not a bare chance or risk of a
    thing, which is seen or met ("saw a chance of a lifetime", "saw the risk of flooding
    firsthand")."""
    odds = _SEES_ODDS.match(text, cue[1])
    return odds is not None and (
        odds["link"] == "that" or odds["odds"].strip().lower() not in _NO_DEGREE
    )


def _priced_in_belief(text: str, lower: str, cue: Span) -> bool:
    """Whether "pricing in" or "priced in" (`PRICED_IN_CUES`) gives a market's belief: the
    verb's progressive or perfect ("Markets are pricing in two cuts", "Investors have already
    priced in a slowdown") with no currency after it; not a noun ("Surge pricing in big
    cities"), a passive or a price's description ("Gold is priced in dollars", "Homes priced
    in the low $500,000s"), nor a price's currency ("The company is pricing in U.S. dollars")."""
    aspect = _ASPECT_BEFORE.search(text, max(0, cue[0] - _AUXILIARY_REACH), cue[0])
    if aspect is None or aspect["be" if lower.startswith("pricing") else "have"] is None:
        return False
    return _IN_CURRENCY.match(text, cue[1]) is None


def _expectation_compared(text: str, figure: Span, comparison: Span) -> bool:
    """Whether `comparison`, after an interrupting attribution, sets the figure the content
    before it gives (`figure`, a number in it) against what others expected
    (`_EXPECTATION_COMPARED`): an estimate's noun ("slightly ahead of the consensus estimate")
    or a number others expected ("well above the 15,000 economists had expected"); not a
    clause the speaker goes on with ("The team won, the coach said, beating the side everyone
    had expected to win"; "Inflation will remain, she said, well above what economists
    expected")."""
    compared = _EXPECTATION_COMPARED.match(text, comparison[0], comparison[1])
    return (
        compared is not None
        and _DIGIT.search(text, figure[0], figure[1]) is not None
        and (compared["noun"] is not None or _DIGIT.search(compared[0]) is not None)
    )


def _wagered_clause(text: str, word: str, cue: Span, content: Span) -> bool:
    """Whether a verb of staking (`WAGER_VERBS`) has for object a clause with no "that", a
    short subject and a modal: "traders are betting the bank will cut in June", "wagered
    voters would not notice" (a belief acted on, as "betting that ..."); not a stake ("bet
    $50 on the game", "gambled away her savings"), nor a bettor's description before the
    sentence's own modal, in a relative clause or a participle with no "be" ("Players who bet
    on games will be banned", "Anyone betting the rent money will regret it")."""
    if word not in WAGER_VERBS or _WAGERED_CLAUSE.match(text, content[0], content[1]) is None:
        return False
    lower = max(0, cue[0] - _AUXILIARY_REACH)
    relative = _RELATIVE_BEFORE_VERB.search(text, lower, cue[0])
    if relative is not None and not relative[0].startswith("that"):
        return False  # "who bet", "who also bet"; not "(clear) that traders bet"
    if not word.endswith("ing"):
        return True
    aspect = _ASPECT_BEFORE.search(text, lower, cue[0])
    return aspect is not None and aspect["be"] is not None


def _directed_listener(text: str, word: str, cue: Span, content: Span) -> bool:
    """Whether a weak cue that takes a listener tells the listener to do something: its
    content opens with "to" after the listener ("are reminding visitors to carry bear
    spray"), as "reminded visitors to" does; not "reminding to" with no one told, nor "to"
    before a question's word or a determiner ("reminding voters to what extent ...")."""
    if not (
        word in LISTENER_CUES and content[0] > cue[1] + 1 and text.startswith("to ", content[0])
    ):
        return False
    verb = text[content[0] + 3 : content[0] + 20].split(None, 1)
    return bool(verb) and verb[0] not in QUESTION_WORDS and verb[0] not in DETERMINERS


def _heard_by_a_hearing(text: str, word: str, phrase: Phrase, content: Span) -> bool:
    """Whether a hearing body "heard" a clause with no "that" before it ("Court heard the
    driver had been drinking", "The jury heard the victim called 911"): evidence given there,
    though "heard" is a cue only before "that" elsewhere ("heard the news": none); not a verb
    in a relative clause after the object ("will hear arguments in a case that could decide
    it": a proceeding heard), unless a verb follows that clause's own ("heard the man who was
    driving had been drinking")."""
    opening = text[content[0] : content[1]].split(None, 1)
    if not (
        word in HEAR_FORMS
        and head_before(phrase.words, BODY_QUALIFIERS) in HEARING_HEADS
        and bool(opening)
        and opening[0].lower() not in PREPOSITIONS  # "heard from residents who said ..."
    ):
        return False
    relative = _RELATIVE_WORD.search(text, *content)
    if relative is None:
        return FINITE_VERB.search(text, *content) is not None
    if FINITE_VERB.search(text, content[0], relative.start()):
        return True
    group = _RELATIVE_VERB_GROUP.match(text, relative.end(), content[1])
    return (
        _PREDICATE_VERB.search(text, group.end() if group else relative.end(), content[1])
        is not None
    )


def _unheard_source(text: str, found: Found) -> Found:
    """`found` without its subject when that is a body that hears evidence and its cue
    "heard", or "told" ending the sentence (a headline's passive): "The inquest at Leeds
    heard that the alarm was off", "Pump failed twice, inquest told" tell what someone said
    there, the inquest no source of it (not "Lee heard that ...", a person's learning, nor
    "the panel told reporters")."""
    phrase, cue = found.phrase, found.cue
    if phrase is None or cue is None:
        return found
    word = text[cue[0] : cue[1]].lower()
    if word not in HEAR_FORMS and not (word == "told" and _TOLD_ENDS.match(text, cue[1])):
        return found
    # no head when the phrase opens with a qualifier ("at Leeds"): none read before it
    opened = bool(phrase.words) and phrase.words[0].lower() in BODY_QUALIFIERS
    head = "" if opened else head_before(phrase.words, BODY_QUALIFIERS)
    if head in HEARING_HEADS or _BODY_BEFORE.search(
        text, max(0, phrase.span[0] - _BODY_REACH), phrase.span[0]
    ):
        return found._replace(phrase=None)
    return found


def _outlet(phrase: Phrase) -> bool:
    """Whether `phrase` names a news outlet ("Interfax", "state media", "the agency")."""
    return phrase.words[-1].lower() in OUTLET_HEADS or marked_kind(phrase.words) == "media"


def _shown_speaker(text: str, phrase: Phrase, cue_start: int) -> Phrase | None:
    """ "posted a video showing Lee saying ...": the one shown speaks (the phrase after the
    verb of showing inside `phrase`), not the pictures; None if no such verb is in it."""
    if text.find("show", phrase.span[0], cue_start) < 0:
        return None  # the common case, told by one search
    ends = [showing.end() for showing in _SHOWING.finditer(text, phrase.span[0], cue_start)]
    return phrase_before(text, ends[-1], cue_start) if ends else None


def _opening_clause(found: Found, first: int) -> bool:
    """Whether `found` is a clause opening its sentence, its speaker (if any) after it:
    "Asked about the fire, a spokesman, Ray Tolliver, said ...", "Citing a study, Lee
    argued ...". A later cue's speaker is sought after it, not inside it."""
    cue, phrase = found.cue, found.phrase
    return (
        cue is not None
        and cue[0] == first
        and cue[1] <= found.span[0]
        and (phrase is None or phrase.span[0] >= found.span[1])
    )


def _opening_adjunct(text: str, span: Span) -> bool:
    """Whether text[span] is only an opening participle of speaking or appearing and its
    complement ("Speaking on a podcast last month", "Writing in the Ledger"), which says where
    its subject spoke, not what: no verb of its own ("Speaking to reporters was hard" is)."""
    return (
        text.startswith(_ADJUNCT_OPENERS, span[0])
        and _ADJUNCT_OPENING.match(text, span[0], span[1]) is not None
        and not any(w in AUXILIARY_VERBS for w in text[span[0] : span[1]].split())
    )


def _agent_plural(head: str) -> bool:
    """Whether a plural noun names parties who can act ("ministers", "envoys", "sides"), not
    things ("talks", "figures")."""
    return (
        head in _PARTY_PLURALS
        or head in ORGANIZATION_PLURALS  # "the unions met and agreed to ..."
        or head in _BODY_PLURALS
        or head[:-1] in PERSON_ROLES
        or _PEOPLE_ENDING.search(head) is not None
    )


@lru_cache(maxsize=4096)
def _may_speak(phrase: Phrase, cue: str, counted: re.Match[str] | None) -> bool:
    """Whether the subject `phrase` of the colon cue `cue` ("clear:") names who may speak: a
    name, a personal pronoun, a role or a body ("Lee", "she", "the minister", "the
    ministry"), not a thing ("The message", "The Constitution is clear:"); after an adjective
    that mostly describes things, no people things befell ("The victims were clear:") nor
    people counted after the colon (`counted`: "Teenagers were clear: most had no phone"),
    findings about them as likely as their words."""
    head = phrase.words[-1]
    lower = head.lower()
    if lower in DOCUMENT_WORDS or lower in _LAW_WORDS:
        return False
    plural = people_plural(head.capitalize()) or lower.endswith("s") and lower in PERSON_ROLES
    if plural and cue in _THING_COLON_CUES and (lower in _PATIENT_PLURALS or counted):
        # "The victims were clear: ...", "Teenagers were clear: most had no phone": a finding
        # about them, not their words ("The teachers were clear: they will strike")
        return False
    return (
        head[0].isupper()
        and lower not in FUNCTION_WORDS  # "It was clear:"
        or lower in _SUBJECT_PRONOUNS
        or lower in PERSON_ROLES
        or lower in ORGANIZATION_WORDS
        or plural
    )


def _cue_word(cue: str) -> str:
    """The cue word or phrase `cue` stands for: a verb and its particle without what splits
    them ("spoke emotionally of": "spoke of")."""
    if " " not in cue or cue in _STANCE or cue in PHRASE_CUES:
        return cue
    split = _SPLIT_PARTICLE.fullmatch(cue)
    if split is None:
        return cue
    words = cue.split()
    return f"{words[0]} {words[-1]}"


def _after_indefinite(text: str, start: int, pos: int) -> bool:
    """Whether "a" or "an" and at most two more words of a noun phrase (no function word, no
    modal, no quantity of people) stand right before `pos`, in the sentence from `start`: a
    bare verb there has a singular subject it cannot agree with, so it is a noun ("a pass
    interference call", "a late call on"; not "a few call it", "a team would call for", nor
    a plural subject of a relative clause with no pronoun: "a silence critics call odd", "a
    day people call for peace")."""
    words = text[max(start, pos - 40) : pos].split()[-3:]
    for i, word in enumerate(words):
        if word.lower() in _INDEFINITE:
            rest = [w.lower() for w in words[i + 1 :]]
            if rest and (
                (rest[-1].endswith("s") and not rest[-1].endswith("ss"))
                or rest[-1] in PLURALS_WITHOUT_S
            ):
                return False  # "a silence critics call telling", "a week police call on"
            return all(
                w.isalpha() and w not in FUNCTION_WORDS and w not in _COLLECTIVE_QUANTITIES
                for w in rest
            )
    return False


@lru_cache(maxsize=4096)
def _bare(cue: str) -> bool:
    """Whether a cue's verb is its bare form ("call", "urge"): one whose "-s" form is a cue
    too ("said", "calls", "urged" are not)."""
    verb = cue.split(" ", 1)[0].lower()
    return verb + "s" in _CUE_WORDS or verb + "es" in _CUE_WORDS


def _message_for(phrase: Phrase) -> bool:
    """Whether a colon cue's subject phrase is a message and whom it was for ("Her message
    for Ottawa was blunt:"): the message's holder speaks (reporting nouns), not the phrase."""
    words = [w.lower() for w in phrase.words]
    return any(
        w in _COLON_SUBJECT_OBJECTS and words[i - 1] in VERDICT_NOUNS
        for i, w in enumerate(words[1:], start=1)
    )


def _third_singular(cue: str) -> bool:
    """Whether a cue's verb is its present third person singular ("says", "urges"; not
    "said", "discuss")."""
    verb = cue.split(" ", 1)[0].lower()
    return verb.endswith("s") and not verb.endswith("ss") and verb in _CUE_WORDS


@lru_cache(maxsize=4096)
def _participle(cue: str) -> bool:
    """Whether a cue is a participle ("arguing", "referring to")."""
    return cue.split(" ", 1)[0].endswith("ing")


def _passive(between: str, word: str) -> bool:
    """Whether the words between subject and cue make the cue passive ("has been charged"):
    those after an aside in commas ("X, who has been leading the talks, said": active), and
    before a source's reason to be unnamed ("who asked not to be named because she did not
    want to be seen as rude said": active)."""
    if _participle(word):
        return False  # "have been demanding", "has been calling for": progressive, not passive
    words = between.rpartition(",")[2].lower().partition("because ")[0].split()
    if not words:
        return False  # "X said": most often nothing stands between
    if any(w in {"been", "being", "be"} for w in words):
        return True
    return (
        word.endswith("ed")
        or word in BELIEF_PARTICIPLES_NOT_ED
        or word in _PASSIVE_NOT_ED
        or word in CONJECTURE_PARTICIPLES
    ) and any(w in _BE_PRESENTS_AND_PASTS for w in words)


# The forms of "be" before a passive participle, contracted too ("I’m told", "they're told";
# not "’s", which may be "has": "He’s told reporters").
_BE_PRESENTS_AND_PASTS = frozenset({"am", "is", "are", "was", "were", "’m", "'m", "’re", "'re"})


def _gapped_source(phrase: Phrase) -> Phrase:
    """The source alone of `phrase`, when it is a noun phrase and, in lower case, the subject
    of a relative clause without its pronoun whose cue's clause has no subject of its own:
    "The car police say was stolen" (police), "the man witnesses believe was armed";
    `phrase` itself otherwise ("The city police said", "Transit police say": no gap after
    them)."""
    toks = phrase.tokens
    if (
        len(toks) < 3
        or toks[0].lower not in DETERMINERS
        or not toks[-1].word.isalpha()
        or not toks[-1].word.islower()
        or not toks[-2].word.isalpha()
        or not toks[-2].word.islower()
        or phrase.appositive is not None
    ):
        return phrase
    last = toks[-1]
    return Phrase((last.start, last.end), (last.word,), None, None, (last,))


def _without_pronoun(text: str, phrase: Phrase) -> Phrase:
    """`phrase` without the relative pronoun opening it ("who police" is "police")."""
    start = skip_space(text, phrase.span[0] + len(phrase.words[0]))
    return Phrase(
        (start, phrase.span[1]), phrase.words[1:], phrase.appositive, None, phrase.tokens[1:]
    )


def _renders(words: Sequence[str]) -> bool:
    """Whether a phrase's `words` open with a rendering of someone's words in another tongue,
    a determiner and its lowercase noun, at most a word between ("a translation of his
    remarks", "an English translation", "her interpreter"; `RENDERING_WORDS`); not a name
    ("Interpreters Without Borders") or a reading ("an interpretation of the rules")."""
    return (
        bool(words)
        and words[0].lower() in DETERMINERS
        and not RENDERING_WORDS.isdisjoint(words[1:3])
    )
