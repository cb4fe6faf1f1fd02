"""What a cue finds that is no statement, told from the words around the cue.

A speech verb with a subject and words after it is not always an attribution:

- a **non-answer**: a verb of answering negated ("did not respond to a request for comment",
  "would not say how many", "has not said whether"), or after a verb of refusing ("declined
  to comment", "refused to elaborate", "refused to be drawn on", "refused to take
  questions", "declined an interview request"), or with nothing for object ("said nothing
  about the vote"), or a request for anonymity ("asked not to be named"): nothing was said
  that an analyst could check;
- a speech verb in **another sense**: its object a quantity ("added two goals", "declined 3
  percent"), an event or a prize ("called a timeout", "claimed the title"), a plea
  ("pleaded not guilty to two counts") or a place, a
  vehicle or an armed group ("attacked the convoy": a physical attack), or a reporter's beat
  and outlet ("reports on health for Example News"), or the name one writes under ("posts
  under the name Road King", "writes as Mila K"), and nothing but
  circumstances after it (a preposition, a time, an adverb, the clause end), so no content
  clause; or "call" with one short object and at most a time after it ("called him on
  Friday", "called the mayor", "a river called Blue Creek"), where "called the mayor a liar"
  names and is speech, or with a procedure after its object ("called the meeting to order");
- a **title**: a work's title in quotation marks and title case after a verb of writing it
  ("wrote “A Long Way Home” in 1990", "published “The Tide Tables”");
- a **hypothetical**: a verb of saying or asserting after a modal of possibility ("some might
  say", "critics could argue", "may claim") or after "would" with people in general for
  subject ("most historians would say"), in a condition ("if Lee says ...") or a question
  ("was asked whether he said ..."), or with nobody for subject ("nobody said", "no one has
  claimed"): nobody said it; a verb of believing in a condition or a question ("was asked
  whether she expected ...");
- **questions put** to the subject: a noun of questioning as the object of a verb of
  answering or handling it ("did not answer questions about", "dodged questions over");
- a **passive with no source**: "was charged with fraud", "is accused of", "was told to
  leave", "is said to be", "was reported to have", with no "by" naming who did it: whose
  claim it is, nobody can tell; a size estimated "at" a value with no agent ("The cost was
  estimated at $4 billion") is the writer's figure.

`rejection` names the rule that a statement as found breaks, or None.

An **act with no words reported** is a statement, but of an action taken, not of words said
(a stance, acts.py): a verb of announcing or declaring (a performative) or of telling or
writing whose object is a noun phrase with nothing after it but circumstances ("declared a
state of emergency on Monday", "announced a ban on plastic bags", "told a joke about the
ferry", "wrote a letter to the council"): the object names the act or the message, not what
it says; "announced a ban would start in May", "wrote the ferry was late" and "declared the
bridge unsafe" report a claim (`performative`).
"""

from __future__ import annotations

import re

from tui.core.lexicon import (
    ABBREVIATIONS,
    ADD_FORMS,
    ADMIT_FORMS,
    ANONYMOUS_HEADS,
    ANSWER_VERBS,
    ARGUE_FORMS,
    ASK_FORMS,
    ATTACHMENT_NOUNS,
    AUTHOR_PRONOUNS,
    AUXILIARY_VERBS,
    BELIEF_ADJECTIVES,
    BELIEF_CUES,
    BODY_QUALIFIERS,
    CALL_COMPLEMENTS,
    CHARGE_OBJECT_PREPOSITIONS,
    CHARGE_PREPOSITIONS,
    CITE_FORMS,
    CITED_PAPERS,
    CITED_SOURCES,
    CLAIM_VENUES,
    CLAIM_VERBS,
    CLAUSE_CONJUNCTIONS,
    COMPLEMENT_ADJECTIVES,
    COMPLEMENT_ENDINGS,
    CONCEDED_CONTESTS,
    CONJECTURE_PARTICIPLES,
    COURT_DATES,
    COURT_RULING_VERBS,
    CRIME_AUTHORITIES,
    DECISION_VERBS,
    DENY_FORMS,
    DETERMINERS,
    DISCLOSING_CUES,
    DISCLOSURE_VERBS,
    DISCUSSION_CUES,
    DOCUMENT_WORDS,
    DURATION_UNITS,
    ENDORSING_VERBS,
    ENGAGEMENTS,
    EXPERIENCER_VERBS,
    FEAST_DAYS,
    FEEL_FORMS,
    FEELING_OBJECT_PREPOSITIONS,
    FEELING_PARTICIPLES,
    FINDING_PARTICIPLES,
    FINITE_PASTS,
    FOUND_OUT_CUES,
    HEAR_FORMS,
    HEARING_HEADS,
    IRREGULAR_VERB_FORMS,
    JOINT_CUES,
    JOURNEYS,
    KIN_CONVERSES,
    LEARN_FORMS,
    LEARNING_VERBS,
    MANDATIVE_CUES,
    MEDIA_WORDS,
    MESSAGE_NOUNS,
    MESSAGE_VERBS,
    NAMING_NOUNS,
    NUMBER_WORDS,
    OBJECT_SENSES,
    ONE_OBJECT_VERBS,
    ORDINALS,
    ORGANIZATION_WORDS,
    OUTLET_HEADS,
    PARTITIVE_QUANTIFIERS,
    PASSIVE_BE_FORMS,
    PERFORMATIVE_VERBS,
    PERSON_PRONOUNS,
    PLEA_FORMS,
    PLURAL_PRONOUNS,
    PREPOSITIONS,
    QUALIFIERS_BEFORE,
    QUANTITY_SENSE_VERBS,
    QUESTION_DISMISSING_PARTICLES,
    QUESTION_DISMISSING_VERBS,
    QUESTION_HANDLING_VERBS,
    QUESTION_NOUNS,
    QUESTION_WORDS,
    QUOTED_AS_PARTICIPLES,
    RECALL_FORMS,
    REFUSAL_VERBS,
    REJECT_FORMS,
    REPORT_FORMS,
    REVIEWED_PLAYS,
    ROLE_NOUNS,
    SAYING_VERBS,
    SCHEDULE_PASSIVES,
    SEASONS,
    SIMPLE_PASTS,
    SOURCE_ADJECTIVES,
    SOURCELESS_PASSIVES,
    SPEECH_CUES,
    STANCE_PARTICLES,
    SUBORDINATORS,
    THING_PRONOUNS,
    THOUGHT_WORDS,
    THREATEN_FORMS,
    TIME_WORDS,
    TIMES_OF_DAY,
    TITLES,
    WEAK_CUES,
    WEAPONS,
    WORK_NOUNS,
    WORK_VERBS,
)
from tui.core.model import Span
from tui.core.speaker_kinds import marked_kind, people_plural
from tui.core.speakers.roles import ANONYMOUS_SOURCE
from tui.core.statements.agents import BY_AGENT, VERDICT, late_by, named_agent, names_no_agent
from tui.core.statements.patterns import (
    FINITE,
    FINITE_VERB,
    MANNER,
    NOT_FUNCTION_WORD,
    RELATIVE_VERB,
    RULINGS,
    TIME_ADJUNCT,
    compound_tail,
    heading,
    word_before,
)
from tui.core.text import (
    PHONE,
    POSSESSIVE_END,
    POSSESSIVE_ENDINGS,
    alternation,
    head_before,
    last_word,
    title_words,
)

_LEAD = 40  # characters looked at before a cue for a negation or a form of "be"
_ADVERB = r"(?!only\b)[a-z]+ly"  # "immediately", "publicly"; "not only said" is no negation
# The adverbs of rarity, as good as a negation: "has rarely commented", "seldom speaks about".
_RARELY = r"(?:\b(?:rarely|seldom|hardly|scarcely))"
# A negation just before a verb of answering: "did not immediately respond", "isn't saying",
# "has never commented", "has rarely commented", "cannot say". Each alternative opens with its
# letter and checks the word start after it ("n(?<=\bn)ot" is "\bnot"), so that the regex
# engine jumps from one "n" or "c" to the next instead of trying a match at every position.
_NEGATED = re.compile(
    r"(?:n(?<=\bn)ot|c(?<=\bc)annot|n[’']t|n(?<=\bn)ever|" + _RARELY + r")\s+"
    r"(?:(?:yet|" + _ADVERB + r"|be|been|being)\s+)*$"
)
# A negation put first, its auxiliary before the subject, opening the clause: "*Not once
# did* the minister mention the strike", "*Never has* the board mentioned it", "*At no point
# did* she mention"; the subject at most four words.
_INVERTED_NEGATION = re.compile(
    r"(?:^|[.!?;:“\"]\s*|,\s+|\bbut\s+)(?:[Nn]ot\s+once|[Nn]ever|[Aa]t\s+no\s+(?:point|time))\s+"
    r"(?:did|does|do|has|have|had)\s+(?:[\w’'.-]+\s+){1,4}$"
)
_NEGATED_ENDINGS = ("not", "n't", "n’t", "never", "yet", "ly", "be", "been", "being", "seldom")
# Willingness or ability denied before "to" and a verb of answering: "few are willing to
# predict", "no one was prepared to say", "None of the experts were willing to predict", "is
# reluctant to speculate", "were not ready to comment", "was unable to confirm", "is not able
# to verify" (not "a few are willing": some are).
_UNWILLING = re.compile(
    r"(?:\b(?<!\b[Aa]\s)(?i:few|nobody|no\s+one|none)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:willing|prepared|ready|able)"
    r"|\b(?i:none)\s+of\s+(?:[a-z]+\s+){1,3}?(?:willing|prepared|ready|able)"
    r"|\b(?:unwilling|reluctant|hesitant|unable)"
    r"|(?:n(?<=\bn)ot|n[’']t)\s+(?:(?:yet|" + _ADVERB + r")\s+)?(?:willing|prepared|ready|able))"
    r"\s+to\s+$"
)
# Speaking or talking to the press, or at all: "to speak to reporters", "to talk publicly",
# "to speak." (not "to talk about wages until ...": a stance on talks).
_SPEAK_TO_PRESS = (
    r"(?:speak|talk)(?=\s*[,.;]|\s+(?:to\s+(?:reporters|journalists|the\s+(?:media|press))"
    r"|publicly|on\s+the\s+record)\b)"
)
# Committing to an answer, with nothing committed to: "declined to commit.", "refused to
# commit either way" (not "refused to commit troops": a stance on troops).
_COMMIT = r"commit(?=\s*[,.;]|\s+(?:either\s+way|one\s+way\s+or\s+the\s+other)\b)"
# After a verb of refusing: "to" and a verb of answering ("declined to comment further",
# "refused to speak to reporters"), or comment as a noun ("declined comment").
_TO_ANSWER = re.compile(
    r"\s+(?:"
    + _ADVERB
    + r"\s+)?(?:to\s+(?:"
    + _ADVERB
    + r"\s+)?(?:"
    + alternation(ANSWER_VERBS)
    + r"|"
    + _SPEAK_TO_PRESS
    + r"|"
    + _COMMIT
    + r"|be\s+(?:interviewed|drawn))|(?:further\s+)?comment)\b"
)
# A refusal to answer ending its clause before ", citing": "declined to comment, citing",
# "would not discuss the crash, citing" (the reason no answer was given, no claim).
_REFUSAL_BEFORE_CITING = re.compile(
    r"\b(?:(?:" + alternation(REFUSAL_VERBS) + r")\s+(?:to\s+)?"
    r"|(?:would|could|did|does|will)\s+not\s+|(?:would|could|did|does|wo)n[’']t\s+)"
    r"(?:" + alternation(ANSWER_VERBS) + r"|comment|discuss|" + _SPEAK_TO_PRESS + r")\b"
    r"[^,.;:!?“”\"]{0,80},\s*$"
)
# After a verb of refusing: "to" and a verb of giving before information ("declined to give
# details", "refused to provide a breakdown", "declined to give her surname", "declined to
# release the full results").
_TO_GIVE_INFORMATION = re.compile(
    r"\s+to\s+(?:give|provide|offer|release)\s+(?:(?:any|further|more|the|an?|his|her|their|its"
    r"|exact|precise|specific|full)\s+)*(?:details?|information|names?|surname|figures?|numbers?"
    r"|results|data|evidence|breakdown|timeline|specifics|estimate|reasons?|explanation|comment)\b"
)
# After a verb of refusing: "to" and a verb of disclosing with no object in its clause, what
# is withheld the antecedent of a relative before ("three buyers, which he declined to name,";
# "a fee the firm refused to disclose."): nothing said, unlike "refused to name the buyers".
_TO_DISCLOSE_GAP = re.compile(
    r"\s+to\s+(?:"
    + alternation(DISCLOSURE_VERBS | DISCLOSING_CUES)
    + r")(?:\s+(?:publicly|exactly|precisely))?(?=\s*(?:[,.;:!?)”\"]|$))"
)
# After a verb of refusing: a request for an interview or a comment as its object ("declined
# an interview request", "refused repeated requests for comment", "declined CBC's requests for
# an interview"): nothing said, unlike another object refused ("declined the offer").
_REQUEST_REFUSED = re.compile(
    r"\s+(?:(?:an?|the|all|repeated|multiple|several|numerous|further|[\w’'.]+(?:’s|'s))\s+)*"
    r"(?:(?:interview|media|comment)\s+requests?|requests?\s+for\s+(?:an?\s+)?"
    r"(?:interviews?|comment)|interviews?)\b"
)
# After a verb of refusing: "to" and a verb of handling questions before them ("refused to
# take questions", "declined to answer any more questions").
_TO_TAKE_QUESTIONS = re.compile(
    r"\s+to\s+(?:"
    + alternation(QUESTION_HANDLING_VERBS)
    + r")\s+(?:(?:any|more|further|the|reporters['’])\s+)*(?:"
    + alternation(QUESTION_NOUNS)
    + r")\b"
)
# A verb of answering with nothing for object: "said nothing about the vote", "said little
# more"; not "said nothing would change", a clause.
_NOTHING = re.compile(
    r"\s+(?:(?:nothing|little)(?:\s+(?:more|else|new|further))?|no(?:\s+further)?\s+comment)"
    r"(?=\s*(?:[.,;:]|$)|\s+(?:about|on|of|in|at|to|when|during|regarding|beyond)\b)"
)
# A request not to be named: "asked not to be identified", "requested anonymity", "insisted on
# anonymity", "asked to remain anonymous", "asked to be identified only by her initial", "asked
# that her name not be used"; a wish not to be: "did not want to be named", "wished to stay
# anonymous".
_REQUEST_VERBS = frozenset(
    "ask asks asked asking request requests requested requesting insist insists insisted"
    " insisting".split()
)
_WISH_VERBS = frozenset("want wants wanted wish wishes wished".split())
_BE_NAMED = r"be\s+(?:named|identified|quoted|cited)"  # after "(not) to"
_STAY_ANONYMOUS = r"(?:remain|stay)\s+anonymous"  # after "to"
# ... or in a clause: "asked that her name not be used", "asked that he not be identified",
# "requested that their names be withheld", "that only her first name be used".
_POSSESSIVE = r"(?:his|her|their)\s+"
_OWN_NAME = _POSSESSIVE + r"(?:full\s+|last\s+|first\s+|given\s+)?(?:sur)?names?"  # "her last name"
# What a name is not to be: "did not want her name published", "asked that it not be used".
_MADE_PUBLIC_FORMS = frozenset("used published printed revealed disclosed".split())
_MADE_PUBLIC = "(?:" + alternation(_MADE_PUBLIC_FORMS) + ")"
# ... the part of it that may be, perhaps with that part given: "only her first name be used",
# "only his surname, Chen, be published", "only their initials be printed".
_PART_OF_NAME = (
    r"(?:first\s+|last\s+|given\s+|family\s+)?"
    + alternation(NAMING_NOUNS)
    + r"(?:\s*,\s*[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?\s*,)?"
)
# ... and that part asked to be the one made public: "only her first name be used".
_ONLY_PART_MADE_PUBLIC = r"only\s+" + _POSSESSIVE + _PART_OF_NAME + r"\s+be\s+" + _MADE_PUBLIC
_WITHHELD_NAME = (
    r"that\s+(?:"
    + _OWN_NAME
    + r"\s+(?:not\s+be\s+(?:named|identified|"
    + _MADE_PUBLIC
    + r")|be\s+withheld)|(?:he|she|they)\s+not\s+"
    + _BE_NAMED
    + r"|"
    + _ONLY_PART_MADE_PUBLIC
    + r")"
)
# ... or to be named in part: "asked to be identified only by her first name", "asked to be
# identified as Karim", "to be quoted only as a sergeant".
_NAMED_IN_PART = r"to\s+be\s+(?:named|identified|quoted|cited|called)\s+(?:only\s+)?(?:by|as)\s+"
# ... or asked of the outlet or its reporters: "asked CBC not to use her name", "asked The
# Canadian Press not to publish his last name", "asked reporters not to identify her"; not
# of a titled person ("asked Judge Ann Hale not to name him"), nor of naming another ("not
# to name her son") or naming to a post ("not to name him to the board").
_OUTLET_NOT_NAMING = (
    r"(?:(?:us|reporters|the|(?!"
    + alternation(frozenset(title.capitalize() for title in TITLES))
    + r"\b)[A-Z][\w.’'-]*)\s+){1,3}not\s+to\s+(?:(?:use|publish|print|reveal|disclose)\s+"
    + _OWN_NAME
    + r"|(?:name|identify)\s+(?:him|her|them)(?=\s*[,.;:]|\s*$|\s+(?:because|for|so|since|out)\b))"
)
_ANONYMITY = re.compile(
    r"\s+(?:not\s+to\s+"
    + _BE_NAMED
    + r"|"
    + _NAMED_IN_PART
    + r"|"
    + _OUTLET_NOT_NAMING
    + r"|anonymity|(?P<on>on\s+anonymity(?P<end>(?!\s+for\s+(?!fear\b)))?)|to\s+"
    + _STAY_ANONYMOUS
    + r"|"
    + _WITHHELD_NAME
    + r")\b"
)
_AFTER_WHO = re.compile(r"\bwho\s+(?:[a-z]+ly\s+)?$")  # "who (reportedly) insisted on anonymity"
_WHO_REACH = 40  # characters before a cue looked at for it: "who reportedly insisted"
# A source not permitted to speak: "was not authorized to discuss", "is not allowed to
# publicly comment". "not(?<=\bnot)" is "\bnot" opening with its letters (see `_NEGATED`).
_NOT_PERMITTED = re.compile(
    r"not(?<=\bnot)\s+(?:authori[sz]ed|allowed|permitted|cleared)\s+to\s+(?:" + _ADVERB + r"\s+)?$"
)
# Why a source spoke without a name, the verb of its purpose the cue: "speaking on condition
# of anonymity to discuss the plans", "speaking anonymously to describe"; the cue may be the
# participle with its adverb ("speaking anonymously to").
_PURPOSE_VERBS = (
    ANSWER_VERBS
    | DISCUSSION_CUES
    | frozenset("describe brief speak talk detail share characterize characterise assess".split())
)
_ANONYMOUS_PURPOSE = re.compile(
    r"anonym(?:ity|ously)\s+(?:because\s+[^,]*\s)?to(?:\s+(?:" + _ADVERB + r"\s+)?\w+)?$"
)
_NOT_NAMED = re.compile(
    r"\s+(?:to\s+(?:"
    + _BE_NAMED
    + "|"
    + _STAY_ANONYMOUS
    + r"|(?:give|provide|share|disclose|reveal)\s+"
    + _OWN_NAME
    + r")|"
    + _OWN_NAME
    + r"\s+"
    + _MADE_PUBLIC
    + r")\b"
)
_WITHHOLDING_VERBS = _WISH_VERBS | REFUSAL_VERBS  # "did not want", "declined": to be named
# A wish about one's own name before the participle of making it public, the cue: "did not
# want her last name *published*", "did not want his name used".
_NAME_WISHED = r"\b(?:" + alternation(_WISH_VERBS) + r")\s+" + _OWN_NAME + r"\s+"
_NAME_WISHED_UNPUBLISHED = re.compile(_NAME_WISHED + "$")
# An outlet's agreement to keep a source unnamed, after a form of "agree" (`JOINT_CUES`): "has
# agreed not to publish her name", "agreed to withhold his surname", "has agreed to identify
# him only by his first name", "agreed to use a pseudonym", "whose name the Star agreed not
# to print": an editorial decision, nobody's words.
_NAMING_VERBS = r"(?:publish|print|use|name|identify|reveal|disclose|release|share)"
_KEPT_UNNAMED = (
    r"(?:not\s+to\s+"
    + _NAMING_VERBS
    # its object a person or a name, or left out: not "agreed not to publish the terms"
    + r"(?=\s*[,.;]|\s+(?:him|her|them|his|their|because|for|to)\b)"
    # a name withheld, or nothing after: not "agreed to withhold the grant"
    r"|to\s+(?:withhold|conceal)\b(?=\s+(?:his|her|their)\s+(?:full\s+)?names?\b|\s*[,.;]"
    r"|\s+because\b)"
    r"|to\s+(?:protect|change)\s+(?:his|her|their)\s+(?:identity|names?)\b"
    r"|to\s+use\s+(?:an?\s+)?(?:pseudonym|alias|first\s+names?|initials?)\b"
    r"|to\s+(?:identify|name|refer\s+to|call)\s+(?:\w+\s+){1,3}?only\s+(?:by|as)\b)"
)
_NAME_KEPT = re.compile(r"\s+" + _KEPT_UNNAMED)
# Why a source is unnamed, a clause of its own after the condition: "asked not to be named
# because she feared retaliation", "spoke anonymously because they were afraid of losing their
# jobs", "has agreed not to name her because she fears ...", "whose name has been changed
# because she fears ...", "did not want her last name published because she fears ..."; its
# cue, a fear or a worry, is part of the condition, no statement.
# Looked for only after a "because" found by str.find (most cues have none before them).
_UNNAMED_BECAUSE = re.compile(
    r"(?:not\s+to\s+"
    + _BE_NAMED
    + r"|anonym(?:ity|ous|ously)|to\s+"
    + _STAY_ANONYMOUS
    + r"|names?\s+(?:not\s+be\s+(?:named|"
    + _MADE_PUBLIC
    + r")|be\s+withheld)|(?:whose|his|her|their)\s+names?\s+(?:has\s+been|have\s+been|was|were"
    r"|is)\s+changed|"
    + _NAMED_IN_PART
    + r"(?:[\w’'.-]+\s+){0,3}?[\w’'.-]+(?:,\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)?,)?|"
    + _ONLY_PART_MADE_PUBLIC
    + r"|(?:gave|provided|offered|shared)\s+only\s+"
    + _POSSESSIVE
    + _PART_OF_NAME
    + r"|"
    + _OUTLET_NOT_NAMING
    + r"|"
    + _NAME_WISHED
    + _MADE_PUBLIC
    + r"|agree[sd]?\s+"
    + _KEPT_UNNAMED
    + r"(?:\s+[\w’'.-]+){0,4}?|"
    + ANONYMOUS_SOURCE
    + r")\s+because\s+[^,.;:“”\"]*$"
)
# The one quoted, then "as saying": "quoted the governor, Ann Lee, as saying".
_AS_SAYING = re.compile(r"\s[^;:“”\"\n]{1,80}?\sas\s+(" + "|".join(QUOTED_AS_PARTICIPLES) + r")\b")
# What follows "as telling/warning" told: a listener, a clause or a quotation ("as telling
# reporters", "as telling a briefing that", "as warning of floods", "as warning: “...”"),
# not an adjective's noun ("cited falling sales as warning signs", "as telling evidence").
_AS_TOLD_NEXT = re.compile(
    r"\s*(?:[“\"‘:,]|(?:that|of|about|him|her|them|us|me|the|an?|his|its|their|our)\b|[A-Z])"
)
_AS_TOLD_WORD = re.compile(r"\s+([a-z]+)\b")
# A finite verb after "images of X", before any "and" or relative pronoun: the pictures are a
# clause's subject ("shows images of the ballots were stored ..."), not what is screened.
_PICTURED_CLAUSE = (
    r"(?:(?!\b(?:and|who|which|that)\b)[^,.;:“”\"\n])*?"
    r"\b(?:was|were|is|are|had|has|have|will|would|could|can|may|might|did|does)\b"
)
# Pictures a verb of showing (`SHOW_FORMS`) screens: "showed footage of", "shows graphic images".
_PICTURES = re.compile(
    r"\s+(?:(?:the|some|its|their|new|live|graphic|amateur|grainy|dramatic|aerial)\s+)*"
    r"(?:footage|pictures?|images?|photos?|photographs?|videos?|clips?|scenes)"
    # not a clause's subject: "shows the photo dates", "shows images of X were stored"
    r"(?=\s+and\b|\s*[,.;]|\s+(?:of|from)\b(?!" + _PICTURED_CLAUSE + r"))"
)
# Where or to whom a thing was shown, after the participle: "footage shown on television",
# "the clips shown to each account", "ads shown in the feed".
_SHOWN_WHERE = re.compile(r"\s+(?:on|at|during|to|in)\s")
_LAST_WORD = re.compile(r"(\w+)\s+$")
_BECAUSE_REACH = 80  # characters looked at before a cue for "because"
_BELIEF_WORDS = BELIEF_CUES | BELIEF_ADJECTIVES  # "feared", "was afraid"
# The cues of a source's reason to be unnamed: a fear or a thought ("because she feared"), a
# wish ("because he did not want to be seen as ...").
_REASON_WORDS = _BELIEF_WORDS | THOUGHT_WORDS | _WISH_VERBS
# A form of "be" just before a participle, which makes it passive: "was charged", "has been
# accused", "wasn't told"; "it's" too ("It's alleged that ...", where "’s" is "is", not "has"
# as in "She’s said").
_BE = re.compile(
    r"\b(?:(?:is|are|was|were)(?:n[’']t)?|am|be|been|being|it[’']s)\s+"
    r"(?:(?:not|never|also|" + _ADVERB + r")\s+)*$",
    re.IGNORECASE,
)
# A legal charge's preposition (`CHARGE_PARTICIPLES`): "charged with", "accused of", "charged
# in a stabbing that left one dead", "charged for the theft", a headline's "charged after a
# shooting that injured a teen".
_CHARGE_NEXT = re.compile(
    r"\s+(?:"
    + "|".join(CHARGE_OBJECT_PREPOSITIONS)
    + "|("
    + "|".join(p for p in CHARGE_PREPOSITIONS if p not in CHARGE_OBJECT_PREPOSITIONS)
    + r"))\s"
)
# Where the active verb's charge is written, after "in": "Critics charged in a letter that".
_CHARGED_IN_WRITING = re.compile(
    r"\s+in\s+(?:[\w’'-]+\s+){0,2}?(?:" + alternation(CLAIM_VENUES) + r")\b"
)
# The active verb's clause after where or how long it charged, in at most five words: "charged
# in court *that the deal*", "charged for years *that she*" (not a relative's verb: "in a case
# that shocked", nor another verb's clause: "in connection with the fire said in a statement").
_CHARGED_THAT = re.compile(
    r"[\w’'-]+(?:\s+[\w’'-]+){0,4}?\s+that\s+(?:[A-Z]|(?:the|a|an|his|her|their|its|our|this|"
    r"he|she|they|it|we|you|there)\b)"
)
_BE_ENDINGS = (
    *("is", "are", "was", "were", "n't", "n’t", "am", "be", "been", "being", "it's", "it’s"),
    *("not", "never", "also", "ly"),
)
# A condition ("If Lee says", "unless the mayor claims") or a question ("asked whether Lee
# expected") before a cue: what it holds was neither said nor believed; not across the end of
# a sentence ("asked whether the dose matters. She believes ...": a lowercase word's period).
_CONDITIONAL = re.compile(
    r"\b(?i:if|unless|whether)\s+(?:(?![a-z]{2,}\.\s)[\w’'.-]+\s+){1,4}?(?:(?:does|do|did|ever|"
    + _ADVERB
    + r")\s+)*$"
)
# A condition whose subject is anyone of a kind, or the reader's own: "If a lender asks
# you", "unless your insurer demands": a case that may arise, not an event.
_GENERIC_CONDITION = re.compile(
    r"\b(?i:if|unless)\s+(?:a|an|any|another|your|anyone|someone)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:(?:does|do|ever|also|" + _ADVERB + r")\s+)*$"
)
# Before a cue of hypothetical saying (or a condition): a modal of possibility ("might say",
# "could well argue", "may have claimed") or of duty ("neither side should claim it proves
# their case", "officials must explain"): what one may or ought to say, nothing said; but
# not the writer's "I should say", "we must admit", saying it in saying so; nobody for
# subject ("Nobody said") is `_NOBODY`.
_HYPOTHETICAL = re.compile(
    r"\b(?:might|could|may|(?<!\bI\s)(?<!\b[Ww]e\s)(?:should|must))\s+"
    r"(?:(?:well|also|even|have|" + _ADVERB + r")\s+)*$"
)
# Nobody of a body or place for subject: "No one from the ministry said", "No one on council
# said", "Nobody at the plant has claimed" (the words of `_NOBODY`, a complement between).
_NOBODY_FROM = re.compile(
    r"(?<![\w’'-])(?i:nobody|no\s+one|no-one)\s+(?:from|at|in|on|inside|within)\s+"
    r"[^,.;:!?“”\"\n]{1,40}?\s+(?:(?:has|have|had|ever|yet|" + _ADVERB + r")\s+)*$"
)
# Nobody for subject, with no complement: "Nobody said", "no one has claimed", "No one opposed
# the plan", "No one else backed it", "Not one councillor opposed the plan", "Not a single
# member voted", "Not one single Liberal MP voted", "Not one of the councillors opposed", "None
# of the officials said"; after a quotation mark too ("'No one said ...'"), not inside a word
# ("didn't", "well-no").
_NOBODY = re.compile(
    r"(?<![\w-])(?<!\w[’'])(?i:(?:nobody|no\s+one|no-one)(?:\s+else)?"
    r"|not\s+(?:one|a\s+single)(?:\s+single)?"
    r"(?:\s+of\s+(?:the|its|their|our)\s+[\w-]+|(?:\s+[\w-]+){0,3})"
    r"|none\s+of\s+(?:the|its|their|our|them|those|us)(?:\s+[\w-]+)?)"
    r"\s+(?:(?:has|have|had|ever|yet|" + _ADVERB + r")\s+)*$"
)
_NOBODY_WORD = re.compile(  # its cheap test
    r"(?i:nobody|no(?:\s+|-)one|not\s+one|not\s+a\s+single|none\s+of)"
)
# A content that only announces the list after its colon: "(offered) these tips for saving:",
# "(suggested) a few ways to add steps:", "(shared) the following:".
_LIST_ANNOUNCED = re.compile(
    r"(?i:these|the|a\s+few|several|some|many|his|her|their|its|our|my|two|three|four|five"
    r"|six|seven|eight|nine|ten|\d+)\s+(?:[a-z-]+\s+)?"
    r"(?:tips|ways|suggestions|steps|rules|pointers|strategies|ideas|guidelines)"
    r"(?:\s+(?:for|to|on|about|from)\s[^:.;\n]*)?"
    r"|(?i:the\s+following)"
    # the topic alone of what is quoted after the colon: "(Here is what Roe said Tuesday)
    # about the bridge, the ferry and the tolls:"
    r"|about\s[^:.;\n]*"
)
# After a verb of asking, whom, then a reply asked for: "asked the city *for comment*",
# "asked for a response": words requested, none given (not "asked for a recount").
_COMMENT_ASKED = re.compile(
    r"(?:(?:\s+(?!(?:for|whether|if|that|to|what|why|how|when|who|and|but)\b)[\w.&’'-]+){0,5}?"
    r"\s+for)?\s+(?:(?:a|an|any|further|more)\s+)?"
    r"(?:comments?|response|reaction|interview|statement)\b(?!\s+of\b)"
)
# A verb of requesting in the bare form after a modal of ability or permission: "cannot ask
# you to leave", "may require a deposit", "can't demand cash": what one may or may not ask,
# a right or a rule, not a request made ("would urge" is one: not here).
_PERMITTED_REQUESTS = frozenset(
    w for w in MANDATIVE_CUES if not w.endswith("ed") and (w.endswith("ss") or w[-1] != "s")
)  # bare forms: "press" too, not "presses", "asks"
_PERMISSION = re.compile(
    r"\b(?:can|cannot|can[’']t|could|couldn[’']t|may|might|must|mustn[’']t)\s+"
    r"(?:(?:not|never|also|only|still|" + _ADVERB + r")\s+)*$",
    re.IGNORECASE,
)
_HYPOTHETICAL_ENDINGS = (
    "might",
    "could",
    "may",
    "should",
    "must",
    "well",
    "also",
    "even",
    "have",
    "ly",
)
# A quantified subject of people in general and "would" before a cue: the writer's guess at
# what such people would say, no one's words ("Most historians would say", "many economists
# would argue", "Few voters would disagree"); not "would later say", what someone went on to
# say, a subject without the quantifier ("Lee would say only that ...") nor a part of a
# group told of ("Many of the workers would say in interviews ...": their habit, narrated).
_GENERIC_WOULD = re.compile(
    r"(?<![\w’'-])(?i:most|many|few|any)\s+(?!of\b)(?:[a-z][\w’'-]*\s+){0,3}?would\s+"
    r"(?:(?!later\b)(?:also|probably|surely|likely|certainly|" + _ADVERB + r")\s+)*$"
)
_GENERIC_WOULD_ENDINGS = ("would", "ly", "also")
# A noun negated by "no" opening the clause of a cue, its subject: "(Quake rattles coast,) no
# damage reported", "No official said ...", "and no injuries were reported"; not a "no" inside
# the subject's phrase ("Residents with no power said", "Lee, who for no reason said"), nor "no
# longer", "no doubt" (adverbs: "Lee no longer says"), nor "no one" (read with the other words
# of nobody: `_NOBODY`).
_NEGATED_SUBJECT = re.compile(
    r"(?:^|(?<=[\n“\"])|(?<=[.!?;:,“”\"]\s)|(?<=\b(?:and|but)\s))"
    r"[Nn]o\s+(?!longer\b|doubt\b|one\b)[a-z]+\s+$"
)
# "Neither" opening the clause of a cue, its subject: "Neither Hale nor his lawyer (has)
# responded", "Neither side commented", "..., and neither of them said" (an appositive of the
# last may stand before the cue: "nor his lawyer, Dana Ruiz, responded").
_NEITHER_NOR = re.compile(
    r"(?:^|(?<=\n)|(?<=[.,;:!?“”\"]\s)|(?<=\b(?:and|but)\s))(?i:neither)\s+"
    r"([^,;:!?“”\"\n]{1,140}?(?:,\s+[^,;:!?“”\"\n]{1,60},)?)"
    r"\s+(?:(?:has|have|had|did|would|could|was|were|" + _ADVERB + r")\s+)*$"
)
# Words that end the subject after "Neither": a clause goes on ("Neither party won a majority
# *and* Hale said", "Neither Hale nor Voss *was* charged *after* police said", "the meeting
# *where* residents said").
_NOT_IN_NEITHER = (
    CLAUSE_CONJUNCTIONS | AUXILIARY_VERBS | FINITE_PASTS | frozenset("where who which whom".split())
)
_NEITHER_WORDS = 4  # words of a subject without "nor": "Neither side", "Neither of them"
_NEITHER_NOR_WORDS = 12  # with "nor" and an appositive: "Hale nor his lawyer, Dana Ruiz,"
_NEITHER_DETERMINERS = frozenset("the a an of his her their its".split())
# A verb negated or refused, and "or" or "nor" before the cue joined to it: "does not
# confirm or", "declined to confirm or", "would neither confirm nor", "can't say or".
_REFUSED_OR = re.compile(
    r"\b(?:not|n[’']t|never|neither|(?:"
    + alternation(REFUSAL_VERBS)
    + r")\s+to)\s+(?:"
    + _ADVERB
    + r"\s+)?[a-z]+\s+n?or\s+$"
)
_NEITHER_REACH = 160  # characters before a cue looked at for its subjects
_PERIOD_BEFORE_CAPITAL = re.compile(r"([\w.]+)\.\s+[A-Z]")  # a sentence's end, or "Mr. Lee"
# A participle of disclosing after a hedge is a consequence that may follow, not words said:
# "took the logs, *potentially revealing* who was watched", "thereby disclosing" (a thought so
# hedged is the writer's guess at one: "perhaps recognizing that ...").
_HEDGES = ("potentially", "possibly", "perhaps", "conceivably", "thereby")
_HEDGED_DISCLOSURES = frozenset(w for w in DISCLOSING_CUES if w.endswith("ing"))
_HEDGED = re.compile(r"\b(?:" + "|".join(_HEDGES) + r")\s+$")
_LONGEST_ENDING = max(map(len, _NEGATED_ENDINGS + _BE_ENDINGS + _HYPOTHETICAL_ENDINGS + _HEDGES))
# The letters outside ASCII that IGNORECASE matches to ASCII ones, and `str.lower` does not
# ("ı" and "İ" to "i", "ſ" to "s"; the Kelvin sign to "k", as `str.lower` does).
_FOLDED_LETTERS = frozenset("ıİſ\u212a")
_AGENT = re.compile(r"\s+(?:" + _ADVERB + r"\s+)?by\s")
_YEAR = re.compile(r"\d{4}\b")  # a year after "by": when, no agent ("by 2030")
# What tells a reported clause after a cue: "that", a colon or a quotation mark.
_REPORTED = re.compile(r"\bthat\b|[:“”\"‘«'`]")
# Quantities: "two", "300", "$5", "3.5%", "40 percent", "a third", "another", "another $5"
# or "a further 40" (an amount more), after a qualifier ("roughly", "up to", "at least":
# `QUALIFIERS_BEFORE`) or a change's "by".
_NUMBER_WORDS = alternation(frozenset(NUMBER_WORDS))
_WORD_QUALIFIER = alternation(
    frozenset(q for q in QUALIFIERS_BEFORE if q.replace(" ", "").isalpha())
)
# The qualifiers of an object quantity as often as of a subject's ("added *about* 200 jobs"):
# after the others ("at least", "under", "up to") the quantity is put somewhere only with its
# "to" ("adding at least $2 to a pass", not "added at least 200 homes remain dark").
_OBJECT_QUALIFIERS = frozenset("about nearly almost some over".split()) | {"more than"}
_QUANTITY = re.compile(
    r"\s+(?:(?:by|from|to)\s+)?(?:(?P<qualifier>" + _WORD_QUALIFIER + r")\s+)?"
    r"(?:(?:another|a\s+further|an\s+additional|an\s+extra)\s+(?=[$€£]?\d))?"
    r"(?:[$€£]?\d[\d,.]*(?:\s*(?:%|percent|per\s+cent))?|(?i:"
    + _NUMBER_WORDS
    + r")\b|(?:a|an|another)\s+(?:"
    + alternation(ORDINALS)
    + r")\b|another\b)"
)
# A quantity that opens a clause, its verb before any comma or relative: "claimed at least
# five of his colleagues *have* agreed" (not "added £180 a year to fares that *are* high").
_QUANTITY_SUBJECT = re.compile(
    r"(?:(?!\b(?:that|which|who)\b)[^,;:.!?])*?\b(?:is|are|was|were|will|would|can|could|"
    r"should|may|might|must|has|have|had)\b"
)
# Where a quantity is put, after its nouns: "(adding at least $2) to a monthly pass".
_TO_PLACE = re.compile(r"\s+to\s")
# A plural noun, no infinitive after "to": "commutes", "fares", "bills" (not "discuss", "focus").
_PLURAL_NOUN = re.compile(r"[a-z]+[^suiy\W]s|[a-z]+ies")
# "and" joining a second object or a second clause: "added two goals *and* an assist".
_AND = re.compile(r"\s+and(?=\s)")
# A rate after a quantity: "£180 a year", "5 per cent a month", "$20 per head".
_RATE = re.compile(
    r"\s+(?:a|an|per|each|every)\s+(?:year|month|week|day|hour|annum|head|person|household)\b"
)
# "declined slightly", "declined sharply from": a change, told by an adverb of degree.
_CHANGE = re.compile(r"\s+" + _ADVERB + r"(?=\s+(?:by|from|to|in|over|since|after)\b|[\s.,;]*$)")
_DETERMINER = r"(?:(?:a|an|the|his|her|their|its|our|my|another|this|that)\s+)"
_DETERMINERS = frozenset("a an the his her their its our my another this that".split())
# A document or a message that a verb of writing makes, its object, and the relative or
# participle of its own saying after it ("wrote a letter to trustees that says ...", "posted
# a video saying ..."): the words are the letter's, read at its own cue.
_WRITTEN_THING = re.compile(
    r"\s+"
    + _DETERMINER
    + r"(?:[\w’'-]+\s+){0,2}?(?:"
    + alternation(MESSAGE_NOUNS | DOCUMENT_WORDS)
    + r")\b"
)
_OWN_SAYING = re.compile(r"\b(?:that|which)\s+([a-z]+)\b|\b([a-z]+ing)\b")
_OWN_SAYING_REACH = 60  # characters after the thing: a recipient ("to the school's trustees")
_CLAUSE_PUNCTUATION = re.compile(r"[.;:!?“”\"]")  # none between the thing and its saying
_THAT_OR_QUOTE = re.compile(r"\s+(?:that\b|[“\"])")  # what a weak cue needs after it
# After the object of "call": a procedure ("called the meeting to order").
_CALL_COMPLEMENT = re.compile(
    r"\s+"
    + _DETERMINER
    + r"?[\w-]+(?:\s+[\w-]+)?\s+(?:"
    + alternation(frozenset(CALL_COMPLEMENTS))
    + r")\b"
)
# "Counter" and its forms, whose "that" may be a demonstrative ("counter that narrative").
_COUNTER_FORMS = frozenset("counter counters countered countering".split())
_THAT_ALONE = re.compile(r"\s+that\s+")
# A present's verb in "-s" after a subject's first word: "counter that it *saves* money".
_PRESENT_VERB = re.compile(r"\s(?!(?:its|his|this|has|was|is)\b)[a-z]{2,}s\b")
# A court's verb and the manner of its deciding, then a preposition or the clause's end ("could
# rule narrowly on the facts", "ruled swiftly, striking the law down"): how it decides, no
# finding (not "ruled narrowly that ...", nor a side taken: "ruled unanimously in favour of
# the province", "for the city", "against the union").
_MANNER_OF_RULING = re.compile(
    r"\s+[a-z]+ly(?=\s*(?:[,;.]|$)|\s+(?!for\b|against\b|in\s+favou?r\b)(?:"
    + alternation(PREPOSITIONS)
    + r")\b)"
)
# The object of such a verb: a noun of its list, up to two modifiers before it ("the Republican
# presidential nomination"), a possessive among them ("a minute's silence", "two minutes'
# silence"), perhaps a part of them ("most of the songs"); no preposition among the
# modifiers, which would make the noun a circumstance's, no object ("asked in question period",
# "asked during the question period": where it was asked, not what), unless a number follows
# it, which it makes a guess of ("asked about 20 questions", "asked over forty questions").
_PART_OF = r"(?:(?:" + alternation(PARTITIVE_QUANTIFIERS) + r")\s+of\s+)?"
_NOT_PREPOSITION = (
    r"(?!(?:" + alternation(PREPOSITIONS - {"of"}) + r")\s(?!\d|(?:" + _NUMBER_WORDS + r")\b))"
)
_OBJECTS = {
    form: re.compile(
        r"\s+"
        + _PART_OF
        + _DETERMINER
        + r"?(?:"
        + _NOT_PREPOSITION
        + r"[\w-]+(?:['’]s?)?\s+){0,2}(?:"
        + alternation(nouns)
        + r")\b(?![’'-])"
    )
    for forms, nouns in OBJECT_SENSES.items()
    for form in forms.split()
}
# One short object: a noun after a determiner, a pronoun, a name of up to four words, a bare
# plural ("called reporters"; not an adjective in -ss or -ous: "called reckless").
_ONE_OBJECT = re.compile(
    r"\s+(?:" + _DETERMINER + r"[\w-]+|him|her|them|me|us|you|[a-z][\w-]*[^\Wsu]s"
    r"|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})(?![\w’'-])"
)
_WORD = re.compile(r"[\w’'-]+")
# Hashtags and handles closing a content: "the hashtag *#NoMore #Ridgeway*".
_TRAILING_TAGS = re.compile(r"(?:\s+[#@][\w-]+)+[.!?]?\s*$")
# An invitation turned down (`OBJECT_SENSES`), with what it invited to ("rejected two
# invitations *to debate*"), or judged ("rejected the invitation *as* a stunt"): a stance.
# Verbs of refusing a thing asked, whose noun may take what it asked to do: "rejected two
# invitations to debate", "denied a defence motion to exclude the video".
_REFUSE_FORMS = frozenset(REJECT_FORMS.split()) | frozenset(DENY_FORMS.split())
_PURPOSE = re.compile(r"\s+to\s+[a-z]+")
# "That" or a quotation after such a purpose, perhaps what was said of it (an apostrophe is a
# possessive's: "a motion to strike Lee's testimony"); not a relative "that" before its verb
# ("the motion to exclude evidence *that was* seized").
_SAID_AFTER_PURPOSE = re.compile(r"\bthat\b(?!\s+" + RELATIVE_VERB + r"\b)|[:“”\"«]")
# ... or a finite verb within a few words after it, the refused thing a clause's subject:
# "denied the motion to dismiss *was* a stalling tactic"; not the verb of a clause of its
# own ("the motion to dismiss *because it was* filed late", "evidence *that was* seized").
_VERB_AFTER_PURPOSE = re.compile(
    r"\s+(?:(?!(?:because|that|which|who|if|when)\b)[\w’'-]+\s+){0,3}?"
    r"(?:was|is|were|are|had|has|would|will)\b"
)
_JUDGED_AS = re.compile(r"\s+as\s")
# "describe" with a one-word object alone, perhaps how or to whom: "Witnesses described the
# car", "described the attack in detail", "described the plan to reporters": no claim (not
# "described a chaotic scene", "described crass behaviour by the host", "described the plan
# as reckless": what is said of it).
_DESCRIBE_FORMS = frozenset("describe describes described describing".split())
_DESCRIBED_OBJECT_ONLY = re.compile(
    r"(?:the|a|an|his|her|their|its)\s+[\w-]+"
    r"(?:\s+(?:in\s+(?:great\s+|some\s+)?detail|to\s+(?:the\s+)?[\w-]+))?[.!?]?"
)
_PASSIVE_SUBJECT_CHARS = 80  # characters looked at before a passive's "be" for its subject
# An aside between a passive's subject and its "be": "The inquest, which sat in May, was told".
_SUBJECT_ASIDE = re.compile(r",[^,]*,\s*(?:(?:have|has|had)\s+)?$")
_PERFECT = frozenset("have has had".split())  # before "been": "Jurors have been told"
# A span of time after "recalled" is remembered, not called back: "recalled 20 years of work".
_RECALL_WORDS = frozenset(RECALL_FORMS.split())
_DURATION = re.compile(r"\s+(?:years?|decades?|months?|weeks?|days?|nights?|hours?)\b")
# "added a clause to the bill", "adds Peru to its list": a thing put somewhere, no speech.
_PUT_TO = re.compile(r"\s+to\s")
# A player taken off another team's roster: "claimed forward Ian Roy off waivers".
_CLAIM_FORMS = frozenset("claim claims claimed claiming".split())
_OFF_WAIVERS = re.compile(r"(?:\s+[\w’'.-]+){1,5}?\s+off\s+(?:the\s+)?waivers?\b")
# Stopping, not naming: "called it a career", "called it quits", "call it a night".
_CALLED_IT_OFF = re.compile(r"\s+it\s+(?:quits\b|an?\s+(?:day|night|career|season)\b(?!\s+of\b))")
_BACK = re.compile(r"\s+back\b")  # "called back": a recall or a call returned, no speech
# The particle after the object of "call" that makes it a summons or a cancelling: "called
# Moss up from Buffalo", "called the game off" (not "called Moss upbeat").
_UP_OR_OFF = re.compile(r"\s+(?:up|off)(?![\w’'-])")
# A thing named by the participle "called" after it: "tested *a drug* called velorastat",
# "joined *a new group* called Kin", "*A page* called Real Talk shared it": an indefinite
# article (after a lower-case word, or opening its clause) and one to three words before the
# cue.
_NAMED_THING = re.compile(r"\b(?:[a-z]+\s+(?:a|an)|An?)\s+(?:[\w-]+\s+){1,3}$")
# The name that follows: a run of capitalised words, a handle ("@RoadKing"), or one word that
# is no determiner.
_GIVEN_NAME = re.compile(
    r"\s+(?:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}|@\w+|(?!"
    + _DETERMINER
    + r")[\w-]+)(?![\w’'-])"
)
# An aside that opens a relative clause with no pronoun, up to its verb "call": ", a man she
# will only *call* Tomas,", ", the dog they *called* Rex,": the name the subject is called by.
_NAMING_RELATIVE = re.compile(
    r",\s+(?:a|an|the)\s+(?:[a-z-]+\s+){1,2}(?:he|she|they|we|I|you|locals|everyone)"
    r"\s+(?:[a-z’']+\s+){0,2}\Z"
)
_NAMING_REACH = 60  # characters before the cue in which the aside opens
# The verb of what was named, right after a proper name: "a page called Real Talk *shared*
# it", "a group called Kin *says* ...": the name is no object of "called" with its complement
# ("called Smith a liar").
_NAMED_SUBJECTS_VERB = re.compile(r"\s+([a-z]+)\b")
# Prepositions of place and opposition that PREPOSITIONS leaves out: "attacked the convoy *near*
# the border", "tested a drug called velorastat *against* a placebo".
_PLACE_PREPOSITIONS = frozenset(
    "near outside inside along across around behind beyond against".split()
)
# An object after the named thing's own verb in -ed ("shared *it*", "posted *a* clip"), not
# an adjective's complement or the sentence's end ("called Lee unqualified for the job").
_OBJECT_NEXT = re.compile(
    r"\s+(?:" + _DETERMINER + r"|(?:it|them|him|us|me)\b|[A-Z@\d“\"$£€]"
    # a bare noun ("reported record sales"), not a preposition after an adjective
    r"|(?!(?:" + alternation(PREPOSITIONS | _PLACE_PREPOSITIONS) + r")\b)[a-z]+\s+[a-z]+)"
)
# The object of a verb of feeling, then at once a preposition, a punctuation mark or the end:
# who is worried, no thought ("worries these ranchers in the foothills", "worried health
# officials.", "worries Premier Dan Holt"; not "worries the boat won't last", "worried the
# mill shut for good"). The object: a pronoun; a determiner, a word, and a plural after it;
# a bare plural; a name.
_PLURAL = r"(?!(?:its|his|this|has|was|is|does)\b)[a-z]{2,}s\b"
_EXPERIENCER = re.compile(
    r"\s+(?:him|her|them|me|us|you"
    r"|(?:"
    + alternation(DETERMINERS)
    + r")\s+[\w’'-]+(?:\s+"
    + _PLURAL
    + r")?"
    + r"|(?:[a-z]+\s+)?"
    + _PLURAL
    + r"|(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*)"
    r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:" + alternation(PREPOSITIONS | _PLACE_PREPOSITIONS) + r")\b)"
)
_PLEAS = frozenset(PLEA_FORMS.split())
# The one word after "felt" that opens its content, then only circumstances (`_nothing_after`)
# and no verb of a clause: a quality or a sensation ("the pedal felt soft under his foot", "he
# felt sick after the crash"), no belief ("felt the deal was unfair", "felt sure of it") nor
# a feeling towards others in a participle ("felt betrayed when", "felt stung after").
_FELT_WORD = re.compile(r"\s+([a-z]+)\b(?![’'-])")
_NOT_A_QUALITY = (
    DETERMINERS
    | BELIEF_ADJECTIVES
    | PERSON_PRONOUNS
    | PLURAL_PRONOUNS
    | THING_PRONOUNS
    | AUTHOR_PRONOUNS
    | FEELING_PARTICIPLES
    | frozenset("him them me us you that like as if".split())
)
_CLAUSE_AUXILIARY = re.compile(r"\b(?:" + alternation(AUXILIARY_VERBS) + r")\b")
# Counts of a charge admitted, a number or "all" before them: "admitted 14 counts of fraud",
# "admits two charges" (not "admitted the charges against her were true": a claim owned).
_COUNTS_ADMITTED = re.compile(
    r"\s+(?:all\s+|both\s+)?(?:\d+\s+|" + alternation(frozenset(NUMBER_WORDS)) + r"\s+)?"
    r"(?:[a-z-]+\s+)?"
    r"(?:counts?|charges?|offen[cs]es)\s+of\b"
)
# The subject's next verb after the object, no words between: "acknowledged the call and
# cleared the plane to land", "called a timeout and then walked off".
_ARGUE_WORDS = frozenset(ARGUE_FORMS.split())
# What questions asked were about, after them: "asked questions about the cost", "the
# question of whether it was safe" (reported; not "asked questions of every witness").
_ASK_WORDS = frozenset(ASK_FORMS.split())
_QUESTION_TOPIC = re.compile(
    r"\s+(?:about|over|regarding|into|of\s+(?:"
    + alternation(QUESTION_WORDS - {"whom", "whose", "which"})
    + r"))\b"
)
# What a dispute is over, or whom with, right after "argue": "argued over the budget",
# "arguing about taxes", "argued with the moderator": a quarrel and its topic, no claim.
_DISPUTE = re.compile(r"\s+(?:over|about|with)\s")
# What is reported after it ("argued with reporters that ..."), not a demonstrative "that"
# after the preposition or an adverb ("arguing about (exactly) that choice").
_REPORTED_IN_DISPUTE = re.compile(r"(?<!\sabout\s)(?<!\sover\s)(?<!ly\s)\bthat\b|[:“”\"‘«'`]")
# A finite verb a few words after the object, with no comma between: the object is the subject
# of a clause ("argued the case for a new stadium *was* strong", "added runs on deposits
# *were* unlikely"), not of a relative or an adverbial clause ("argued the appeal that was
# heard in May", "added a goal as the team was short").
_CLAUSE_VERB = re.compile(
    r"(?:\s+(?!(?:that|which|who|as|and|but|"
    + alternation(SUBORDINATORS)
    + r")\b)[\w’'-]+){0,5}?\s+(?:is|was|are|were|has|had|will|would|should|could|must|can"
    r"|did|does|remains|remained|lacked|lacks)\b"
)
_CLAUSE_PASTS = frozenset({"lost", "won"})  # with SIMPLE_PASTS: "The Leafs lost to Boston"
_NEXT_VERB = re.compile(
    r"\s+and\s+(?:then\s+)?(?:[a-z]+ed|" + alternation(SIMPLE_PASTS | _CLAUSE_PASTS) + r")\b"
)  # "conceded a penalty and lost 2-1", "added a goal and assisted another"
# An aside or an adverb after that object, then a finite verb: the object is a clause's
# subject ("claimed the rebate, not the tax, drove prices down", "claimed the rebates mostly
# went to landlords").
_ASIDE_THEN_VERB = re.compile(
    r"(?:\s*,[^,;:.!?\n]{1,40},|\s+[a-z]+ly)\s+(?:(?:is|was|are|were|has|had|will|would|could"
    r"|can|did|does)\b|[a-z]{2,}ed\b|(?:" + alternation(SIMPLE_PASTS) + r")\b|[a-z]{2,}[^s\W]s\b)"
)
# A participle after that object, whose subject it is: "wrote a dissent warning that ...",
# "called a strike demanding ...": what is reported is the participle's.
_OBJECT_PARTICIPLE = re.compile(r",?\s+[a-z]+ing\b")
# A noun phrase's opening: a determiner or a possessive, or a lower-case word ("bankruptcy"),
# not a subject pronoun ("said they support ...").
_NOUN_PHRASE = re.compile(
    r"\s+(?:" + _DETERMINER + r"|(?!(?:he|she|they|we|i|you|it|there|this|these|those)\b)(?=[a-z]))"
)
# A quotation after a verb of making a work, a few words before it ("the song"): its title.
_TITLE = re.compile(r"(?:\s+[\w’'-]+){0,3}?\s+[“\"‘«]([^“”\"‘’«»\n]{1,80}?)[”\"’»]")
_QUOTE_MARKS = re.compile(r"[“”\"‘’«»„']")
_TIME_ADVERBS = frozenset("last this next earlier later ago again late early".split())
# Adverbs of company after an object: "wrote the songs *together*", "wrote the album alone".
_COMPANY_ADVERBS = frozenset("together alone".split())
# The words of a time alone after a verb, with the bounds of a schedule: "on Friday", "late
# last week", "by the end of the month", "not expected *until June*", "due *before Christmas*".
_WHEN_WORDS = (
    TIME_WORDS
    | _TIME_ADVERBS
    | FEAST_DAYS
    | frozenset("on in at by the early late mid of end start middle beginning".split())
    | SEASONS
    | TIMES_OF_DAY
    | frozenset({"before", "until"})
)
# A span of time ahead after such a passive, its count perhaps a range or a qualifier's:
# "is expected in 12 to 18 months", "within days", "in about a year", "in the next few weeks".
_TIME_AHEAD = re.compile(
    r"\s+(?:in|within)\s+(?:(?:about|around|roughly|approximately|another|the\s+next|the\s+coming)"
    r"\s+)?(?:(?:(?:a\s+)?few|several|\d+|a|an|(?i:"
    + _NUMBER_WORDS
    + r"))(?:\s*(?:to|or|-|–)\s*(?:\d+|(?i:"
    + _NUMBER_WORDS
    + r")))?\s+)?"
    + alternation(frozenset(u for u in DURATION_UNITS if " " not in u and "-" not in u))
    + r"\b[\s.]*"
)
# A clock time or a year among them: "at 3am", "at 14:30", "by 2030".
_CLOCK_OR_YEAR = re.compile(r"\d{1,2}(?:[:.]\d\d)?(?:am|pm)?|\d{4}")
_NOUN_WORDS = 3  # at most this many words after a quantity belong to its noun phrase
# A reporter's beat and outlet: "reports on health for Example News", "writes about courts
# for the Daily Herald"; the name of the outlet ends the content.
_BEAT_VERBS = frozenset("report reports reported write writes wrote".split())
_BEAT_OBJECT = r"\s+[^.,;:“”\"]{1,60}?\s+for\s+(?:the\s+)?[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*)*"
_BEAT = re.compile(r"\s+(?:on|about)" + _BEAT_OBJECT)
_BEAT_AFTER_PARTICLE = re.compile(_BEAT_OBJECT)  # after a cue "wrote about"
# A company's results released on a day, with nothing else after them: "reports third-quarter
# results next week", "reported earnings on Tuesday" (not "reported earnings of $2 a share").
# Up to two words may say which results, their period or kind ("fiscal first-quarter", "trial",
# "2025"); any other ("reported positive trial results", "strong earnings") judges them, a claim.
_RESULTS_NAMING = frozenset(
    "fiscal quarterly annual full-year year-end half-year interim preliminary final financial "
    "latest unaudited clinical trial study".split()
)
_RESULTS_RELEASED = re.compile(
    r"\s+(?:(?:its|their|the)\s+)?(?i:(?:(?:"
    + alternation(_RESULTS_NAMING)
    + r"|(?:first|second|third|fourth)[\s-](?:quarter|half)|q[1-4]|(?:19|20)\d\d)\s+){0,2}?)"
    r"(?:results|earnings)\b(?![’'-])"
)
# Words between a verb of handling questions and the question: "did not answer *any more*
# questions", "ignored *a follow-up* question about".
_QUESTION_MODIFIERS = frozenset(
    "to any more further follow-up followup specific detailed written emailed repeated "
    "additional several".split()
    # who put them, a noun for a modifier: "answers reader questions about money"
    + "reader viewer listener caller audience".split()
)
# Counsel given to a client, not advice reported: "(who) advises companies on mergers",
# "advised Oxhill on the deal", "is being advised by Dunmore Partners"; a client, then what
# the counsel is on (not a time: "advised patients on Monday to rest", "advised residents on
# Tuesday against drinking it" report advice), or the adviser as agent; with no "that", and
# after an agent no "to" of what to do ("was advised by police to leave" reports advice).
_COUNSEL_VERBS = frozenset("advise advises advised advising".split())
# Participles of being won over, whose passive and its agent with nothing reported after them
# tell a mind changed or not, no saying: "(Few were) persuaded by the figures", "convinced by
# her"; not "persuaded by Lee to run", "convinced by aides that".
_SWAYED_PARTICIPLES = frozenset({"persuaded", "convinced"})
_COUNSEL_TIME = r"(?i:" + alternation(TIME_WORDS) + r")\b"
_COUNSEL_CLIENT = re.compile(
    r"\s+(?:(?:the|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?[\w-]+|[A-Z][\w’'&.-]*"
    r"(?:\s+[A-Z&][\w’'&.-]*)*|(?:[a-z-]+\s+)?[a-z-]+s)(?:\s+on\s+"
    + _COUNSEL_TIME
    + r")?\s+(?:on|over)\s+(?!"
    + _COUNSEL_TIME
    + r")"
)  # a client: "the government", "Oxhill", "retail banks" (not "advised caution on the roads")
_TO_DO = re.compile(r"\bto\s+(?!(?:the|a|an|its|his|her|their|our|my)\b)[a-z]")
# A name one writes under: "(who posts) under the name Road King", "(writes) as @mila_k".
_HANDLE_VERBS = frozenset("post posts posted write writes wrote tweet tweets tweeted".split())
_HANDLE = re.compile(
    r"\s+(?:under\s+(?:the\s+)?(?:(?:user)?name|handle|pseudonym|alias|pen\s+name)\b"
    r"|as\s+[“\"@A-Z])"
)
# A work's title after the name one writes under, no words reported: "(who writes as Sable
# Quill) for “Mother of Lakes”", "(wrote as Kit Marr) for \"Salt\"", up to its closing mark.
_FOR_TITLE = re.compile(r"for\s[“\"‘][^“”\"\n]{1,80}[”\"’]")
_FOR_WIDTH = len("for ")


def _reported_after_name(text: str, start: int, end: int) -> bool:
    """Whether words are reported between `start` and `end`, after a name one writes under:
    "that", a colon or a quotation, not the title of a work it is "for" (but what follows
    that title: "wrote as Kit Marr for “The Ledger” that ...")."""
    while (reported := _REPORTED.search(text, start, end)) is not None:
        title = (
            _FOR_TITLE.match(text, reported.start() - _FOR_WIDTH)
            if reported.group() in '“"‘'
            else None
        )
        if title is None:
            return True
        start = title.end()
    return False


# The people cited as a report's sources, up to four words before their noun, no preposition
# among them ("citing two senior administration officials", "citing people familiar with
# the talks"; not "citing complaints from people ..."); what may follow them and keep them
# sources: a relative clause, what they know ("familiar with"), their knowledge, how they
# spoke ("speaking on condition of anonymity").
_CITED_SOURCE = re.compile(
    r"\s+(?:(?!(?:"
    + alternation(PREPOSITIONS | {"that", "and", "or"})
    + r")\b)[\w’'-]+\s+){0,4}?(?:"
    + alternation(CITED_SOURCES)
    + r")\b(?![’'-])"
)
# A body, an outlet or a paper cited, up to four words before its noun and a complement of
# a few words after it, ending the content: "citing the union", "citing a letter from the
# owners" (not "citing a report, dated May 4, that warned ...", "citing a letter from the
# owners warning of losses": what the report or the letter said).
_CITED_BODY = re.compile(
    r"\s+(?:(?!(?:"
    + alternation(PREPOSITIONS | {"that", "and", "or"})
    + r")\b)[\w’'-]+\s+){0,4}?(?:"
    + alternation(CITED_PAPERS | ORGANIZATION_WORDS | OUTLET_HEADS)
    + r")\b(?![’'-])(?:\s+(?:from|of|by|at|in)(?:\s+(?![\w’'-]+ing\b)[\w’'-]+){1,5})?[\s.!?\"”’]*$"
)
# Not a relative clause that says what they said: "citing officials who said the plan was
# dead" holds a claim.
_SOURCE_DESCRIBED = re.compile(
    r"\s+(?:who\b(?!\s+(?:had\s+|have\s+|has\s+)?(?:"
    + alternation(SAYING_VERBS)
    + r")\b)|speaking|(?:"
    + alternation(SOURCE_ADJECTIVES)
    + r")|with\s+(?:direct\s+|firsthand\s+)?knowledge)\b"
)
# What makes the people cited a report's sources: a cue of reporting before "cite" in its
# sentence ("CNN reported ..., citing", "..., the Ledger reported, citing", "according to
# the Post, citing"), or an outlet or a document citing them ("Reuters, citing ...", "The
# report, citing officials who reviewed it, found"); not "Vale resigned, citing officials
# who ignored her warnings", her reason.
_REPORTING = re.compile(
    r"\b(?:" + alternation(REPORT_FORMS | SAYING_VERBS | {"according to"}) + r")\b"
)
_CITER = re.compile(r"(?:[A-Z][\w’'.&-]*\s+){0,3}([\w’'.&-]+)\s*,?\s*$")
_SENTENCE_MARKS = (". ", "? ", "! ", "\n")
_CITING_REACH = 160  # characters looked at before a form of "cite" for its sentence's report
# The words each rule of `rejection` concerns, and those whose rules read the word before them.
_NON_ANSWER_WORDS = REFUSAL_VERBS | _REQUEST_VERBS | _WISH_VERBS | ANSWER_VERBS | DISCLOSING_CUES
_OTHER_SENSE_WORDS = (
    THREATEN_FORMS
    | QUANTITY_SENSE_VERBS
    | _BEAT_VERBS
    | frozenset(_OBJECTS)
    | ONE_OBJECT_VERBS
    | EXPERIENCER_VERBS
    | ADMIT_FORMS
    | LEARNING_VERBS
    | _DESCRIBE_FORMS
    | FEEL_FORMS
)
# An object of "report" (up to five words) and the authority it was reported to: "reported
# the assault to police", "reported it to the local RCMP detachment".
_TO_AUTHORITY = re.compile(
    r"\s+(?:[\w’'-]+\s+){1,5}?(?P<to>to)\s+(?:(?:the|local|city|provincial|state)\s+){0,2}(?i:"
    + alternation(CRIME_AUTHORITIES)
    + r")\b"
)
# "it" or "them" reported, before an infinitive that is not a report's ("has not reported it
# to call the detachment": the call is asked for; not "reported it to be", "to have").
_IT_BEFORE_INFINITIVE = re.compile(r"\s+(?:it|them)\s+to\s+(?!(?:be|have)\b)[a-z]+\b")


def reported_deed(text: str, word: str, cue: Span, end: int) -> bool:
    """Whether the cue `word` at `cue` is "report" for a crime reported, no words given:
    its object to an authority with no clause ("reported the assault to police", "reported
    it to the RCMP"), or "it" before an infinitive of another verb ("anyone who has not
    reported it to call police"); not "reported to police that ..."."""
    if word not in REPORT_FORMS:
        return False
    if _IT_BEFORE_INFINITIVE.match(text, cue[1], end):
        return True
    authority = _TO_AUTHORITY.match(text, cue[1], end)
    return authority is not None and not FINITE.search(text, cue[1], authority.start("to"))


# See `_court_date`: "to appear", "to be sentenced"; "to rule", "to deliver her decision".
_COURT_DATE = re.compile(r"\s+to\s+(?:" + alternation(frozenset(COURT_DATES)) + r")\b")
# See `ENGAGEMENTS` and `JOURNEYS`: "to visit", "to attend", "to travel to", "to arrive in".
_ENGAGEMENT = re.compile(
    r"\s+to\s+(?:(?:"
    + alternation(ENGAGEMENTS)
    + r")\b|(?:"
    + alternation(JOURNEYS)
    + r")\s+(?:to|in|from)\b)"
)
_COURT_RULING = re.compile(
    r"\s+to\s+(?:" + alternation(COURT_RULING_VERBS) + r")(?:\s+down)?"
    r"(?:\s+(?:(?:a|the|its|his|her|their)\s+)?(?:decision|ruling|verdict|sentence|judgment))?\b"
)
# Whom "threaten" menaces and the weapon it is done with: "threatened a clerk with a knife",
# "threatening staff with what appeared to be a handgun".
_WITH_WEAPON = re.compile(
    r"\s+(?:[\w’'-]+\s+){1,4}?with\s+(?:what\s+appeared\s+to\s+be\s+)?"
    r"(?:(?:an?|the|his|her|their)\s+)?(?:[\w-]+\s+){0,2}?(?:" + alternation(WEAPONS) + r")\b"
)
# What follows "learn" or "hear" when it tells how news came ("learned *of* the closure",
# "heard *about* it"; not "about" before a quantity, an approximation: "learned about 40
# per cent had left"); "find" and "discover" never take it ("the survey found about half
# ...", "found of the 120 files, 30 ...").
_NEWS_VERBS = LEARN_FORMS | HEAR_FORMS | {"hearing"}
_NEWS_CAME = re.compile(
    r"\s+(?:of|about)\b(?!\s+(?:[$€£]?\d|(?:"
    + alternation(frozenset(NUMBER_WORDS) | {"half", "a third", "a quarter", "a dozen"})
    + r")\b))"
)
# What opens what "found out" learned ("found out *that* ...", "*whether*", a quotation, a
# clause with no "that": "found out the plant would shut"), past a time between ("found out
# Tuesday that", "found out last week the plant would shut"): else it tells only when or how
# ("found out by email").
_FOUND_OUT_WHAT = re.compile(
    r"(?:"
    + TIME_ADJUNCT.pattern
    + r")?(?:\s+(?P<question>whether|if|why|how|what|who|when|where)\b|\s+that\b|\s*[:“\"]"
    r"|\s+(?!(?:about|on|in|at|by|from|through|via|after|before|with)\b)(?:[\w’'-]+\s+){1,4}?"
    r"(?:" + alternation(AUXILIARY_VERBS - {"be", "been", "being"}) + r")\b)"
)
# Before "find out": a time to come or an aim ("will find out whether", "wants to find out
# what"): with a question after it, nothing learned yet.
_TO_FIND_OUT = re.compile(
    r"\b(?:will|would|could|can|may|might|must|to)\s+(?:\w+ly\s+)?$|[’']ll\s+$"
)
_HYPOTHETICAL_WORDS = MESSAGE_VERBS | CLAIM_VERBS
# Verbs whose act, negated before a bare noun phrase, was not done: "has not announced a
# price", "has not endorsed a candidate".
_UNDONE_ACTS = PERFORMATIVE_VERBS | ENDORSING_VERBS
# The objects of an endorsement not given that name no one ("has not endorsed *a candidate*",
# "did not back *either contender*", "has not endorsed *anyone*"): a policy or a person
# named is a stance refused ("has never backed the pipeline", "has not endorsed Voss").
_CONTENDERS = r"(?:candidate|contender|nominee|hopeful|challenger|successor)"
_NO_ONE_ENDORSED = re.compile(
    r"\s+(?:(?:a|any|either|another)\s+(?:[a-z]+\s+)?" + _CONTENDERS + r"s?"
    r"|any\s+of\s+(?:the\s+|their\s+|its\s+)?(?:[a-z]+\s+){0,2}?" + _CONTENDERS + r"s"
    r"|anyone|anybody|either|any\s+of\s+them)\b"
)
# Verbs of mentioning, with a person for object whom a speech was about, negated or not:
# "booed when she mentioned the governor", "did not mention her rival by name".
_MENTIONING = frozenset("mention mentions mentioned mentioning".split())
# The forms of speaking and talking that open a phrase cue of a topic ("spoken about").
_TALK_FORMS = frozenset("speak speaks spoke spoken speaking talk talks talked talking".split())
_READ_BEFORE = (
    ANSWER_VERBS
    | DISCLOSING_CUES
    | _UNDONE_ACTS
    | _MENTIONING
    | _HYPOTHETICAL_WORDS
    | BELIEF_CUES
    | SOURCELESS_PASSIVES
    | SCHEDULE_PASSIVES
    | CONJECTURE_PARTICIPLES
)
# "at" and a value after a participle of estimating, a quantity's size: "The cost was
# estimated *at $4 billion*", "at more than 100 degrees" (not "estimated that ...").
_VALUED_AT = re.compile(r"\s+at\s+(?:[a-z]+\s+){0,3}?[$€£]?\d")
# A comma ending the clause where the agent may be, not a number's: "at 12,000 by organizers".
_CLAUSE_COMMA = re.compile(r",(?!\d{3})")
# Where a thing is put, after "put it" in its physical sense ("put it back", "puts it down"),
# or in a ranking ("would put it among the best", "puts it ahead of its rivals").
_PUT_IT = frozenset({"put it", "puts it"})
# A manner alone after "put it", the words themselves elsewhere: "put it more bluntly.",
# "puts it simply", "put it best", "this way" (not "put it this way: the fares will rise").
_MANNER_ONLY = re.compile(MANNER + r"[\s.!?]*")
_CALLS_FOR = frozenset({"call for", "calls for"})
# A play of a game after "challenge": a coach asks the officials to review it, no claim
# disputed ("challenged the goal for offside", "will challenge the catch"; not "challenged
# the ruling in court", "challenged the claim"). The play ends its clause or a reason, a
# link or a time follows: not "challenged the goal of cutting emissions", "the spot chosen
# for the stadium", "the goal for 2030".
_CHALLENGE_FORMS = frozenset("challenge challenges challenged challenging".split())
_REVIEWED_PLAY = re.compile(
    r"\s+the\s+(?:" + alternation(REVIEWED_PLAYS) + r"|call\s+on\s+the\s+(?:field|ice))"
    r"(?=\s*[,.;:!?)]|\s*\Z|\s+(?:for\s+(?!\d)|and\b|but\b|late\b|early\b))"
)
# "called for" or "called on" after a form of "be": what the subject was penalized for or
# summoned to do, or when a vote was set ("was called for hooking", "is called on to kill
# the penalty", "was called for Tuesday"); nobody named speaks.
_CALLED_PASSIVE = frozenset({"called for", "called on", "called upon"})
_NEGATIONS_BEFORE = frozenset({"not", "never"})
# A person named after "referring to" or a verb of mentioning, which tells whom a quote or a
# speech was about, not what was said: a name ("referring to Ada Voss", "mentioned Sen.
# Voss"), an object pronoun ("referring to him") or a person by role ("when she mentioned her
# opponent"); not a thing ("referring to the tax claim").
_REFERRING = frozenset({"referring to", "referred to", "refers to"})
_REFERRED_PRONOUNS = frozenset("him her them".split())
_REFERRED_DETERMINERS = frozenset("the his her their".split())
_CLOSING = " .,;:!?”’\"'"  # what may close the content as found: "referring to Voss."
_REFERRED_WORDS = 4  # words in the longest name or role noun phrase read as a person
_REFERRED_TIMES = frozenset("former late then".split())  # "referring to former President Hale"
_REFERRED_ADVERBS = frozenset("once twice thrice again".split())  # "mentioned Biden twice"
# How, where or when a person was referred to ("Biden twice *in* her speech", "Voss *by*
# name"); not "of" ("Bank of America", a name) nor "as" ("Marin *as* a running mate", a claim).
_REFERRED_PLACES = frozenset("by in at on during".split())
_NAME_MARKS = re.compile(r"[’'-]")  # inside a name: "O'Rourke", "Ocasio-Cortez"
# What "tell" may have after its listener that says nothing of what was told: "has not told
# his brother *this*", "told her mother *everything*".
_TOLD_NOTHING = frozenset("this that it so everything anything nothing".split())
_POSSESSIVES = frozenset("his her their my our your".split())
# "tell it" tells a version of events only where its clause ends after it ("To hear critics
# tell it, the law failed", "..., as Lee tells it."); not "tell it to stop", "tells it apart".
_TELL_IT = frozenset({"tell it", "tells it"})
_CLAUSE_ENDS = re.compile(r"\s*(?:[,.;:!?—–]|$)")
# Passives of sight that report a view only before "as", "to", "by" or "that" ("is seen as a
# threat", "was seen to falter"); else a thing or a person seen ("will be seen faster").
_SIGHT_PASSIVES = frozenset({"seen"})
# "As ... put it" and, after it, a time set off by a comma: "As Lee put it ahead of the vote,
# ...", "As the mayor put it within hours of the fire, ..."; not "put it ahead of its rivals".
_AS_BEFORE_PUT = re.compile(r"\b[Aa]s\s+[^,.;:!?“”\"]{1,60}$")
_TIME_SET_OFF = re.compile(r"[^,.;:!?“”\"]{1,60},")
_SIGHT_CLAIM = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:as|to|by|that)\b")
_PLACED = re.compile(
    r"\s+(?:back|down|away|aside|off|up|out|into|onto|there|here|together|through|under"
    r"|behind|inside|among|above|below|alongside|atop|(?P<time>ahead|beyond|within))\b"
)


# A clause's "which" (or "That", "This" opening a sentence) telling the author something:
# "..., which tells me the strings are loose", "That tells us the rules bend": the author's
# inference from a fact, no one's claim (not "a memo that tells us ...", "The report tells
# us ..."). After "which" only the present: "Acme, which told us that ..." is Acme's act of
# telling; and only after a clause, not after a speaker's phrase (`_speaker_antecedent`).
_TELLING_FORMS = frozenset({"tells", "told", "tell"})
# What "tell" has after its object when it means to distinguish: "told the twins *apart*".
_APART = re.compile(r"apart\b(?!\s+from\b)")
_WHICH_TELLING_FORMS = frozenset({"tells", "tell"})
_FACT_BEFORE = re.compile(
    r"(?:(?P<which>,\s*which)|(?:^|\n|[.!?][”\"]?\s+)(?:That|This))"
    r"\s+(?:(?:only|also|just)\s+)?$"
)
_AUTHOR_TOLD = re.compile(r"\s+(?:me|us|you)\b")
# The speakers' nouns a relative "which" may stand for: a body, a document, a role
_SPEAKER_ANTECEDENTS = DOCUMENT_WORDS | ROLE_NOUNS | ANONYMOUS_HEADS | MEDIA_WORDS
# A sentence's subject of at most six words before the comma of ", which": "A leaked memo"
_SUBJECT_BEFORE = re.compile(r"(?:^|\n|[.!?][”\"]?\s+)(?:[^\s,.;:!?“”\"]+\s+){0,5}\S+$")


def _clause_before(text: str, start: int, comma: int) -> bool:
    """Whether the sentence's words text[start:comma] before the comma of ", which" are a
    clause, so that "which" stands for what happened: a finite verb after its first word
    ("Rents rose again in Toronto", "Acme posted a loss", "The Leafs lost to Boston"); not "A
    leaked memo" (an -ed word after a determiner), "Health Canada"."""
    words = text[start:comma].lower().split()
    return any(
        words[n] in SIMPLE_PASTS
        or words[n] in _CLAUSE_PASTS
        or FINITE_VERB.fullmatch(words[n]) is not None
        and words[n - 1] not in DETERMINERS
        for n in range(1, len(words))
    )


def _which_infers(text: str, word: str, comma: int) -> bool:
    """Whether ", which tells me" at `comma` is the author's inference: "tells" after a clause
    ("Nobody showed up for Ann Lee, which tells me") or after no speaker ("Fares went up,
    which tells me"); past "told" only after a clause ending in no speaker ("Acme posted a
    loss, which told us"; not "I called the premier's office, which told me")."""
    subject = _SUBJECT_BEFORE.search(text, max(0, comma - 80), comma)
    if subject is None:
        return word in _WHICH_TELLING_FORMS  # no subject read: no clause, no speaker
    clause = _clause_before(text, subject.start(), comma)
    if word in _WHICH_TELLING_FORMS:
        return clause or not _speaker_antecedent(text, comma)
    return clause and not _speaker_antecedent(text, comma)


def _speaker_antecedent(text: str, comma: int) -> bool:
    """Whether the last word of the sentence's subject before the comma of ", which" names
    who may tell: a name ("Acme, which tells us"), a possessor's or a body's, a document's or
    a role's noun ("A leaked memo, which tells us"); not a clause's ("Fares went up twice in a
    year, which tells me", "The board moved $9,000 into a dashboard, which tells me")."""
    word = last_word(text, max(0, comma - 40), comma).strip('”"’)')
    if not word:
        return False
    if word[0].isupper() or word.endswith(POSSESSIVE_ENDINGS[:2]):
        return True
    lower = word.lower()
    return lower in _SPEAKER_ANTECEDENTS or marked_kind([lower]) is not None


def _placed(text: str, cue: Span) -> bool:
    """Whether "put it" sets a thing somewhere ("put it back", "put it among the best"), not
    how one spoke: "ahead", "beyond" or "within" may be a time after "As ... put it"."""
    placed = _PLACED.match(text, cue[1])
    if placed is None or placed.group("time") is None:
        return placed is not None
    return not (
        _AS_BEFORE_PUT.search(text, max(0, cue[0] - 64), cue[0])
        and _TIME_SET_OFF.match(text, placed.end())
    )


def _passive_called(text: str, cue: Span) -> bool:
    """Whether the cue "called for" or "called on" at `cue` is a passive with no agent: a form
    of "be", a "not" or "never" at most between ("was called for hooking", "were not called on
    to testify"); not "was called for by the union" (the union called for it)."""
    if text.startswith(" by ", cue[1]):
        return False
    before = word_before(text, cue[0]).lower()
    if before in _NEGATIONS_BEFORE:
        before = word_before(text, cue[0] - len(before) - 1).lower()
    return before in PASSIVE_BE_FORMS


def rejection(text: str, span: Span, cue: Span | None) -> str | None:
    """Why the statement whose content is `span`, found by the cue at `cue`, is no statement
    ("non-answer", "other sense", "title", "hypothetical", "no source"), or None when it may
    be one. Each rule is tried only for the words it concerns: most cues meet one or two."""
    if cue is None:
        return None
    word = text[cue[0] : cue[1]].lower()
    if text.startswith(":", span[1]) and _LIST_ANNOUNCED.fullmatch(text, span[0], span[1]):
        return "other sense"  # "Planners offered these tips:" and a list: the list says it
    if word.startswith("ask") and _COMMENT_ASKED.match(text, cue[1]):
        return "non-answer"  # "asked the city for comment": a request for words, none said
    if " " in word:  # a phrase cue: "according to", "called for", "questions about"
        if word in _PUT_IT and _placed(text, cue):
            return "other sense"  # "She puts it back carefully": a thing set somewhere
        if word in _PUT_IT and _MANNER_ONLY.fullmatch(text, span[0], span[1]):
            return "other sense"  # "Lee puts it more bluntly.": how, the words elsewhere
        if word in _TELL_IT and not _CLAUSE_ENDS.match(text, cue[1]):
            return "other sense"  # "The agency told it to stop", "can tell it apart"
        if word.partition(" ")[0] in _BEAT_VERBS and _beat(text, _BEAT_AFTER_PARTICLE, cue, span):
            return "other sense"  # "wrote about courts for the Daily Herald"
        if word in _CALLS_FOR and compound_tail(text, cue[0], "call"):
            return "other sense"  # "hosts a conference call for analysts": a meeting
        if word in _CALLED_PASSIVE and _passive_called(text, cue):
            return "other sense"  # "was called for tripping", "were not called on to defend"
        if word in _REFERRING and _person_referred(text, span):
            return "other sense"  # "Teague, referring to Voss, said ...": whom, not what
        if word in FOUND_OUT_CUES:
            what = _FOUND_OUT_WHAT.match(text, cue[1])
            if what is None:
                return "other sense"  # "found out by email on Friday": when, not what
            if what.group("question") and _lead(_TO_FIND_OUT, text, cue):
                return "hypothetical"  # "will find out whether the plant closes"
        if word.partition(" ")[0] in _TALK_FORMS and _negated(text, cue, None):
            return "non-answer"  # "has never spoken about the split": nothing said of it
        if _questions_put(text, word, cue, span):
            return "non-answer"
        if word in STANCE_PARTICLES and _nobody_holds(text, cue):
            return "hypothetical"  # "Not one Liberal MP voted against the bill": no one's
        conditional = _conditional(text, cue, None)
        return "hypothetical" if _in_condition(text, word, cue, conditional) else None
    if (
        word.endswith("ed")
        and text.startswith("by ", span[0])
        and not text[cue[1] : span[0]].strip()
        and not names_no_agent(text, span[0] + 3)  # "announced by Friday", "by hand"
        and not _YEAR.match(text, span[0] + 3)  # "predicted by 2030 half of ...": when
    ):
        return "other sense"  # "Changes announced by the Treasury will ...": a passive's agent
    if word in _TELLING_FORMS:
        if (
            _AUTHOR_TOLD.match(text, cue[1])
            and (fact := _FACT_BEFORE.search(text, max(0, cue[0] - 14), cue[0])) is not None
            and (fact.group("which") is None or _which_infers(text, word, fact.start()))
        ):
            return "no source"  # "..., which tells me the strings are loose": the author infers
        if _APART.match(text, span[0], span[1]):
            return "other sense"  # "told the twins apart by their boots": distinguished them
        if _listener_only(text, cue, span):
            return "other sense"  # "He has not told his apprentice this": to whom, not what
    if word in _CHALLENGE_FORMS and _REVIEWED_PLAY.match(text, cue[1]):
        return "other sense"  # "challenged the goal for offside": a coach's challenge, a review
    before = _word_before(text, cue) if word in _READ_BEFORE else None  # else never read
    if word in _NON_ANSWER_WORDS and _non_answer(text, word, cue, before):
        return "non-answer"
    if word in QUESTION_NOUNS and _PUT_TO.match(text, cue[1]):
        return "other sense"  # "Send questions to the desk": the noun, not "Lee questions"
    if word in _MENTIONING and _person_referred(text, span):
        return "other sense"  # "booed when Ortega mentioned the governor": whom, not what
    if word in _MENTIONING and (
        _negated(text, cue, before) or _lead(_INVERTED_NEGATION, text, cue)
    ):
        return "non-answer"  # "did not mention the launch", "never mentioned that": nothing said
    if (
        word in _UNDONE_ACTS
        and (word not in ENDORSING_VERBS or _NO_ONE_ENDORSED.match(text, cue[1]))
        and _negated(text, cue, before)
        and _noun_object(text, cue, span)
    ):
        return "non-answer"  # "has not announced a price": an act not done, nothing to check
    if word in _OTHER_SENSE_WORDS and _other_sense(text, word, cue, span):
        return "other sense"
    if word in _COUNSEL_VERBS and _counsel(text, cue, span):
        return "other sense"
    if word in _SWAYED_PARTICIPLES and span[0] < cue[1] and _counsel(text, cue, span):
        return "other sense"  # "Few were persuaded by the figures.": the agent of a passive
    if word in _COUNTER_FORMS and _countered_object(text, cue, span):
        return "other sense"  # "will counter that claim in court": a demonstrative's noun
    if word in CITE_FORMS and _sourcing(text, cue, span):
        return "other sense"
    if word == "citing" and _REFUSAL_BEFORE_CITING.search(text, max(0, cue[0] - 120), cue[0]):
        return "non-answer"  # "declined to comment, citing the inquiry": why nothing was said
    if (
        word in REPORT_FORMS
        and (released := _RESULTS_RELEASED.match(text, cue[1], span[1])) is not None
        and _only_time_after(text, released.end(), span[1])
    ):
        return "other sense"  # "Halvern reports its results on Thursday": a release, no claim
    if word in _SIGHT_PASSIVES and not _SIGHT_CLAIM.match(text, cue[1]):
        return "other sense"  # "Patients will be seen faster": seen by a doctor, no view held
    if word in WORK_VERBS and _title(text, cue, span):
        return "title"
    if (
        word in _HANDLE_VERBS
        and _HANDLE.match(text, cue[1])
        and not _reported_after_name(text, cue[1], span[1])  # 'wrote as “K” that ...' reports
    ):
        return "other sense"  # "who posts under the name Road King": the name, no content
    conditional = _conditional(text, cue, before)  # read by the two tests of a condition below
    if word in _HYPOTHETICAL_WORDS and _hypothetical(text, cue, before, conditional):
        return "hypothetical"
    if word not in _HYPOTHETICAL_WORDS and word not in BELIEF_CUES and _nobody_holds(text, cue):
        return "hypothetical"  # "Nobody at the meeting opposed the plan": no one's stance
    lead = cue[0] - _LEAD if cue[0] > _LEAD else 0
    if text.find("o ", lead, cue[0]) >= 0 and _NEGATED_SUBJECT.search(text, lead, cue[0]):
        return "hypothetical"  # "Quake rattles coast, no damage reported": nobody's words
    if word in _PERMITTED_REQUESTS and _lead(_PERMISSION, text, cue):
        return "hypothetical"  # "The landlord cannot ask you to leave": a rule, no request
    if word in _HEDGED_DISCLOSURES and _may_end(before, _HEDGES) and _lead(_HEDGED, text, cue):
        return "hypothetical"  # "potentially revealing which ...": a consequence
    if _in_condition(text, word, cue, conditional):
        return "hypothetical"  # "was asked whether she expected", "If the plan rejected them"
    if (
        word in SOURCELESS_PASSIVES
        and _no_source(text, cue, before)
        and not _found_by(text, cue)
        and not told_a_hearing(text, cue)
        and not (word == "told" and (told_the_author(text, cue) or sent_from(text, cue)))
    ):
        return "no source"
    if (
        word in SCHEDULE_PASSIVES
        and (
            _only_time_after(text, cue[1], span[1])
            or _court_date(text, cue[1], span[1])
            or (
                _ENGAGEMENT.match(text, cue[1], span[1]) is not None
                and "," not in text[cue[1] : span[1] + 1]
            )  # "is expected to visit Fiji.", not "... next month, the ministry said"
            or _TIME_AHEAD.fullmatch(text, cue[1], span[1]) is not None
        )
        and _no_source(text, cue, before)
    ):
        return "no source"  # "results are expected on Saturday": a schedule, nobody's belief
    if (
        word in CONJECTURE_PARTICIPLES
        and (valued := _VALUED_AT.match(text, cue[1])) is not None
        and _no_source(text, cue, before)
        and not _agent_after(text, valued.end(), span[1])
    ):
        return "no source"  # "The cost was estimated at $4 billion": a size given, no claim
    return None


def _person_referred(text: str, span: Span) -> bool:
    """Whether the content `span` of "referring to" or "mentioned" is a person
    (`_person_words`)."""
    return _person_words(text[span[0] : span[1]].rstrip(_CLOSING).split())


def _listener_only(text: str, cue: Span, span: Span) -> bool:
    """Whether what follows the cue "tell" to the end of its content `span` is its listener
    alone, perhaps with a pronoun for what was told, a time or an adverb ("has not told his
    brother", "told her lawyer on Monday", "has not told his apprentice this directly"): to
    whom, nothing of what."""
    told = text[cue[1] : span[1]]
    if span[0] < cue[1] or "“" in told or '"' in told:
        return False  # the content before the cue, or quoted after it
    words = told.rstrip(_CLOSING).split()
    if "that" in words[:-1] or "to" in words:
        return False  # "told Reuters by phone that ...", "tells parents to boil water"
    trail = _trail_start(words)
    if not _told_trail(words[trail:]):
        return False  # "told her son on Monday the school would close": a clause after
    words = words[:trail]
    if len(words) > 1 and words[-1] in _TOLD_NOTHING:
        words.pop()  # "told his apprentice this": what was told, by a pronoun
        if words[0] in _POSSESSIVES and len(words) <= _REFERRED_WORDS:
            return all(word.islower() for word in words)
    return _person_words(words)


# The most words how or when one was told may take after the listener: "on Monday night".
_TOLD_TRAIL_WORDS = 3
# Words that open a clause, not a time or a manner: "told his wife again *he* was wrong".
_CLAUSE_SUBJECTS = PERSON_PRONOUNS | PLURAL_PRONOUNS | THING_PRONOUNS | AUTHOR_PRONOUNS


def _told_trail(trail: list[str]) -> bool:
    """Whether `trail`, the words after a listener of "tell" from where how or when starts
    (`_trail_start`), is only that ("on Monday", "by phone in May", "directly"), no clause
    told after it ("again the boat was safe", "on Monday the school would close"): a few
    words, no verb's auxiliary, no subject pronoun, a determiner only after a preposition."""
    if len(trail) > _TOLD_TRAIL_WORDS:
        return False
    for k, word in enumerate(trail):
        lower = word.lower()
        if lower in AUXILIARY_VERBS or lower in _CLAUSE_SUBJECTS:
            return False
        if k and lower in DETERMINERS and trail[k - 1] not in PREPOSITIONS:
            return False
    return True


def _person_words(words: list[str]) -> bool:
    """Whether `words` are a person, by name or not: "Ada Voss", "Sen. Voss", "him", "the
    governor", "her Democratic opponent", "his brother", "Voss by name" (not "the 2 percent
    claim")."""
    words = words[: _trail_start(words)]
    if words[:1] and words[0].lower() in _REFERRED_TIMES:
        words = words[1:]  # "referring to *former* President Hale"
    if not words or len(words) > _REFERRED_WORDS:
        return False
    first = words[0].lower()
    if len(words) == 1 and first in _REFERRED_PRONOUNS:
        return True
    if first in _REFERRED_DETERMINERS:
        if any(w in _REFERRED_DETERMINERS for w in words[1:]):
            return False  # "her mother the lawyer": two phrases, a clause's subject the second
        return len(words) > 1 and (
            words[-1].lower() in ROLE_NOUNS or (first != "the" and words[-1] in KIN_CONVERSES)
        )
    if first.rstrip(".").removeprefix("then-") in TITLES:
        words = words[1:]
    return bool(words) and all(w[:1].isupper() and _NAME_MARKS.sub("", w).isalpha() for w in words)


def _trail_start(words: list[str]) -> int:
    """Where how often, where or how a person was referred to or told starts after them
    ("mentioned President Biden *twice in her speech*", "by name", "told his apprentice this
    *directly*"), or the end: an adverb in -ly before a lower-case word of no trail is an
    adjective of the person's noun ("told her *elderly* mother the house was sold")."""
    last = len(words) - 1
    for k in range(1, len(words)):
        word = words[k]
        if not _referred_trail(word):
            continue
        if word.endswith("ly") and k < last and words[k + 1].islower():
            if not _referred_trail(words[k + 1]):
                continue
        return k
    return len(words)


def _referred_trail(word: str) -> bool:
    """Whether `word` after a person referred to opens how often or where, no part of the
    person: "twice", "again", "repeatedly", "in" ("Biden twice in her speech")."""
    return word.islower() and (
        word in _REFERRED_ADVERBS or word.endswith("ly") or word in _REFERRED_PLACES
    )


def _non_answer(text: str, word: str, cue: Span, before: str | None) -> bool:
    """ "did not respond to a request", "would not say whether", "declined to comment",
    "declined an interview request", "said nothing about", "few were willing to predict"; a
    request for anonymity ("asked
    not to be named"). `before`: the word before the cue (`_word_before`)."""
    if word in REFUSAL_VERBS:
        return bool(
            _TO_ANSWER.match(text, cue[1])
            or _TO_TAKE_QUESTIONS.match(text, cue[1])
            or _TO_GIVE_INFORMATION.match(text, cue[1])
            or _TO_DISCLOSE_GAP.match(text, cue[1])
            or _REQUEST_REFUSED.match(text, cue[1])
        )
    if word in _REQUEST_VERBS or word in _WISH_VERBS:
        return anonymity(text, word, cue)
    if word not in ANSWER_VERBS and word not in DISCLOSING_CUES:
        return False
    if _NOTHING.match(text, cue[1]):
        return True
    if _may_end(before, ("to",)) and _lead(_UNWILLING, text, cue):
        return True  # "few are willing to predict", "was reluctant to say"
    return _negated(text, cue, before)


def _negated(text: str, cue: Span, before: str | None) -> bool:
    """Whether the cue at `cue` is negated ("did not", "never"); `before`: the word before
    it (`_word_before`)."""
    return (_may_end(before, _NEGATED_ENDINGS) and _lead(_NEGATED, text, cue)) or _neither_nor(
        text, cue
    )


def or_after_refusal(text: str, cue: Span) -> bool:
    """Whether the cue at `cue` is joined by "or" or "nor" to a verb negated or refused
    (`_REFUSED_OR`): "does not confirm or *deny*", "declined to confirm or *deny*", "would
    neither confirm nor *deny*": nothing said either way. Most cues follow neither word. A
    past is no such verb's ("did not vote or *said* they were undecided": said)."""
    if not (text.startswith("or ", cue[0] - 3) or text.startswith("nor ", cue[0] - 4)):
        return False
    word = text[cue[0] : cue[1]].lower()
    if word.endswith("ed") or word in IRREGULAR_VERB_FORMS:
        return False
    return _REFUSED_OR.search(text, max(0, cue[0] - _LEAD), cue[0]) is not None


def _neither_nor(text: str, cue: Span) -> bool:
    """Whether the cue at `cue` has a subject opened by "neither" that opens its clause
    ("Neither Hale nor his lawyer responded", "Neither side said ..."): none of them spoke.
    Most leads hold no "either": looked for first."""
    lower = cue[0] - _NEITHER_REACH if cue[0] > _NEITHER_REACH else 0
    if text.find("either ", lower, cue[0]) < 0:
        return False
    found = _NEITHER_NOR.search(text, lower, cue[0])
    return (
        found is not None
        and _neither_subject(found.group(1))
        and all(
            # no sentence ends between: "... neither could give ground. Lee said" (not "Mr. Lee")
            end.group(1).lower() in ABBREVIATIONS
            for end in _PERIOD_BEFORE_CAPITAL.finditer(text, found.start(), cue[0])
        )
    )


def _neither_subject(words_after: str) -> bool:
    """Whether `words_after` "Neither" are only its subject ("Hale nor his lawyer", "of
    the three main party leaders", "side"), no clause with a verb of its own: not "party won
    a majority in the election and Hale" (a past in -ed after a noun is a verb: "Hale nor
    Voss *charged* ... and", not "of the *accused* men", nor a participle last or before a
    preposition: "of the councillors *contacted*", "of the firms *named* in the suit"). The
    words of an aside after a comma are not looked at ("nor the agency, which oversees")."""
    words = _WORD.findall(words_after.split(",", 1)[0])
    if len(words) > (
        _NEITHER_NOR_WORDS if "nor" in words or words[:1] == ["of"] else _NEITHER_WORDS
    ):
        return False
    return not any(
        word.lower() in _NOT_IN_NEITHER
        or (
            word.endswith("ed")
            and k
            and words[k - 1].lower() not in _NEITHER_DETERMINERS
            and k + 1 < len(words)
            and words[k + 1].lower() not in PREPOSITIONS
        )
        for k, word in enumerate(words)
    )


def _questions_put(text: str, phrase: str, cue: Span, span: Span) -> bool:
    """ "did not answer questions about", "dodged questions over", "brushed off a question
    about", "brushed questions about her future aside" (the particle after the content
    `span`'s words): questions that are the object of a verb of handling them were put to the
    subject, not asked by it."""
    if phrase.split()[0] not in QUESTION_NOUNS:
        return False
    before = [w.lower() for w in _WORD.findall(text, max(0, cue[0] - _LEAD), cue[0])]
    while before and (
        before[-1] in _DETERMINERS
        or before[-1] in _QUESTION_MODIFIERS
        or POSSESSIVE_END.search(before[-1]) is not None  # "answers readers' questions about"
    ):
        before.pop()
    if len(before) > 1 and before[-1] in QUESTION_DISMISSING_PARTICLES:
        return before[-2] in QUESTION_DISMISSING_VERBS  # "brushed off a question about"
    if before and before[-1] in QUESTION_DISMISSING_VERBS:
        after = _WORD.findall(text, cue[1], max(cue[1], span[1]))
        return not QUESTION_DISMISSING_PARTICLES.isdisjoint(w.lower() for w in after)
    return bool(before) and before[-1] in QUESTION_HANDLING_VERBS


def _beat(text: str, pattern: re.Pattern[str], cue: Span, span: Span) -> bool:
    """Whether `pattern`, a beat's object and outlet, follows the cue and nothing is reported
    after it ("reports on health for Example News.")."""
    beat = pattern.match(text, cue[1], span[1])
    return beat is not None and _nothing_after(text, beat.end(), span[1])


def _counsel(text: str, cue: Span, span: Span) -> bool:
    """Whether a form of "advise" at `cue` is counsel given to a client (`_COUNSEL_CLIENT`)
    or by an adviser as agent of the passive (`BY_AGENT`), nothing reported after it."""
    end = max(span[1], cue[1])
    if span[0] < cue[1]:
        return (
            BY_AGENT.match(text, cue[1], end) is not None
            and _REPORTED.search(text, cue[1], end) is None
            and _TO_DO.search(text, cue[1], end) is None
        )
    # "to" in the topic or a relative clause is no advice: "on its bid to buy Vantor"
    return (
        _COUNSEL_CLIENT.match(text, cue[1], end) is not None
        and _REPORTED.search(text, cue[1], end) is None
    )


def _other_sense(text: str, word: str, cue: Span, span: Span) -> bool:
    """ "added two goals", "called a timeout", "claimed the title", "called him on Friday":
    an object of a kind that is no content, or one short object of "call", and nothing
    reported after it; before the content too ("..., a firm that had declared bankruptcy")."""
    found = _OBJECTS.get(word)
    if span[0] < cue[1]:  # the content before: the cue has no object of its own sense
        return found is not None and found.match(text, cue[1]) is not None
    if _REPORTED.search(text, cue[1], span[0]):
        return False  # the content introduced as reported
    end = span[1]
    if word in _DESCRIBE_FORMS and _DESCRIBED_OBJECT_ONLY.fullmatch(text, span[0], end):
        return True  # "Witnesses described the car", "described the attack in detail": no claim
    if word in EXPERIENCER_VERBS and _EXPERIENCER.match(text, cue[1], end):
        return True  # "the levy worries many farmers in Brill": who is worried, no thought
    if (
        word in _ARGUE_WORDS
        and _DISPUTE.match(text, cue[1], end)
        and not _REPORTED_IN_DISPUTE.search(text, cue[1], end)
    ):
        return True  # "The candidates argued over the budget": a quarrel, its topic
    if word in QUANTITY_SENSE_VERBS:
        quantity = _QUANTITY.match(text, cue[1], end) or _CHANGE.match(text, cue[1], end)
        if quantity is not None:
            rate = _RATE.match(text, quantity.end(), end)  # "adding £180 a year to fares"
            noun_end = _past_joined_quantity(
                text, _past_nouns(text, (rate or quantity).end(), end), end
            )
            qualifier = quantity.groupdict().get("qualifier")
            if (
                _nothing_after(text, noun_end, end)
                and not (word in _RECALL_WORDS and _DURATION.match(text, quantity.end(), end))
                and (
                    qualifier is None
                    or qualifier.lower() in _OBJECT_QUALIFIERS
                    or _TO_PLACE.match(text, noun_end, end) is not None
                )
                and not _QUANTITY_SUBJECT.match(text, quantity.end(), end)
            ):  # "recalled 20 years of work": a memory, no product called back
                return True
    if word in FEEL_FORMS and _felt_quality(text, cue, span):
        return True  # "the brakes felt spongy on cold mornings": a quality, no belief
    if word in THREATEN_FORMS and _WITH_WEAPON.match(text, cue[1], end):
        return True  # "threatened a clerk with a knife": a deed, no threat worded
    if word in _NEWS_VERBS and _NEWS_CAME.match(text, cue[1], end):
        return True  # "learned of the closure by email", "heard about it from a friend"
    if word in ADD_FORMS and (_put_somewhere(text, cue, end) or _attached(text, cue, span)):
        return True
    if word in ADMIT_FORMS and _COUNTS_ADMITTED.match(text, cue[1], end):
        return True  # "admitted 14 counts of fraud": a plea, as "pleaded guilty" is
    if word in _BEAT_VERBS:  # "reports on health for Example News": a reporter's beat
        if _beat(text, _BEAT, cue, span):
            return True
    if found is not None:
        noun = found.match(text, cue[1], end)
        joined = None if noun is None else _AND.match(text, noun.end(), end)
        if joined is not None:  # "added a goal and two assists": both of that sense
            noun = found.match(text, joined.end(), end) or noun
        if noun is not None and word in _REFUSE_FORMS:
            if _JUDGED_AS.match(text, noun.end(), end):
                return False  # "rejected the invitation as “a publicity stunt”": a judgement
            purpose = _PURPOSE.match(text, noun.end(), end)  # "invitations *to debate*"
            if (
                purpose is not None
                and _SAID_AFTER_PURPOSE.search(text, purpose.end(), end) is None
                and _VERB_AFTER_PURPOSE.match(text, purpose.end(), end) is None
            ):
                return True  # "motion to exclude the video": what was asked, no claim
        if noun is not None and word in _ASK_WORDS and _QUESTION_TOPIC.match(text, noun.end()):
            return False  # "asked questions about the cost": what was asked, reported
        if noun is not None and _ASIDE_THEN_VERB.match(text, noun.end(), end):
            return False  # "claimed the rebate, not the tax, drove prices down": a clause
        if (
            (word in _ARGUE_WORDS or word in ADD_FORMS)
            and noun is not None
            and _CLAUSE_VERB.match(text, noun.end(), end)
        ):
            return False  # "argued the case against him was weak", "added assists from the
            # bench were key": the object is a clause's subject
        if noun is not None and (
            word in _PLEAS
            or _nothing_after(text, noun.end(), end)
            or _NEXT_VERB.match(text, noun.end(), end)
            or _OBJECT_PARTICIPLE.match(text, noun.end(), end)
        ):
            return True
    if word in RULINGS and _MANNER_OF_RULING.match(text, cue[1], end):
        return True  # "could rule narrowly on the facts": how a court may decide, no finding
    if word in _CLAIM_FORMS and _OFF_WAIVERS.match(text, cue[1], end):
        return True  # "claimed forward Ian Roy off waivers": a player taken, no claim made
    if word in ONE_OBJECT_VERBS:
        if _BACK.match(text, cue[1], end) or PHONE.search(text, cue[1], end):
            return True  # "called back 800 trucks", "call the hotline at 555-0142"
        if _CALLED_IT_OFF.match(text, cue[1], end):
            return True  # "called it a career on Tuesday", "called it quits": stopped
        one = _ONE_OBJECT.match(text, cue[1], end)
        if one is not None and _UP_OR_OFF.match(text, one.end(), end):
            return True  # "called Moss up from Buffalo", "called the game off": summoned
        procedure = _CALL_COMPLEMENT.match(text, cue[1], end)
        if procedure is not None and _nothing_after(text, procedure.end(), end):
            return True  # "called the meeting to order", not "... to order a review"
        if one is not None and _only_time_after(text, one.end(), end) and not gapped(text, cue):
            return True
        return word == "called" and named_thing(text, cue, end)
    return False


def _countered_object(text: str, cue: Span, span: Span) -> bool:
    """Whether a form of "counter" at `cue` takes an object, no clause: "that" and a noun with
    no verb after it ("Officials will counter that claim in court", "countered that view"),
    or an infinitive's "counter" ("moved to counter that narrative with data": an act); not
    "countered that the claim was false"."""
    if text.endswith("to ", 0, cue[0]) and text[cue[0] : cue[1]].lower() == "counter":
        return True
    return bool(_THAT_ALONE.fullmatch(text, cue[1], span[0])) and not (
        FINITE_VERB.search(text, *span) or _PRESENT_VERB.search(text, *span)
    )


def _sourcing(text: str, cue: Span, span: Span) -> bool:
    """Whether "cite" at `cue` names the people, the body, the outlet or the paper a report
    came from, and nothing they said ("CNN reported the vote would slip, citing two aides
    familiar with the count", "Lee said the mill would close, citing the union")."""
    if span[0] < cue[1]:
        return False
    source = _CITED_SOURCE.match(text, cue[1], span[1])
    cited = (
        source is not None
        and (
            _nothing_after(text, source.end(), span[1])
            or _SOURCE_DESCRIBED.match(text, source.end(), span[1]) is not None
        )
    ) or _CITED_BODY.match(text, cue[1], span[1]) is not None
    return cited and _reported(text, cue)


def _reported(text: str, cue: Span) -> bool:
    """Whether the form of "cite" at `cue` tells a report's sources (`_REPORTING`): a cue of
    reporting before it in its sentence, or an outlet or a document just before it."""
    lead = max(0, cue[0] - _CITING_REACH)
    start = max(lead, *(text.rfind(mark, lead, cue[0]) + 1 for mark in _SENTENCE_MARKS))
    if _REPORTING.search(text, start, cue[0]) is not None:
        return True
    citer = _CITER.search(text, start, cue[0])
    if citer is None:
        return False
    head = citer[1].lower()
    return (
        head in OUTLET_HEADS
        or head in DOCUMENT_WORDS
        or marked_kind(citer.group().rstrip(" ,").split()) == "media"
    )


def named_in_aside(text: str, cue: Span) -> bool:
    """Whether a form of "call" (at `cue`) gives the name a person goes by in an aside of
    no relative pronoun, one capitalised name and a comma after it ("The cook,
    a man she will only call Tomas, told her ..."; not "a measure she called reckless,"): no
    speech, and the aside's head is the subject of what follows."""
    one = _ONE_OBJECT.match(text, cue[1])
    return (
        one is not None
        and one.group().lstrip()[:1].isupper()  # not "a measure she called reckless,"
        and text.startswith(",", one.end())
        and in_naming_aside(text, cue)
    )


def in_naming_aside(text: str, cue: Span) -> bool:
    """Whether the cue at `cue` is in an aside of no relative pronoun after a comma ("The
    bill, a measure she called reckless, passed"), which the next comma closes."""
    return _NAMING_RELATIVE.search(text, max(0, cue[0] - _NAMING_REACH), cue[0]) is not None


def _attached(text: str, cue: Span, span: Span) -> bool:
    """ "she wrote, adding a photo of the pair", "adding the hashtag #NoMore": the object of
    "add" a thing posted beside the words (ATTACHMENT_NOUNS), its tags after it, and nothing
    reported after it."""
    tags = _TRAILING_TAGS.search(text, span[0], span[1])
    end = tags.start() if tags is not None else span[1]
    return _noun_object(text, cue, (span[0], end), heads=ATTACHMENT_NOUNS)


def _put_somewhere(text: str, cue: Span, end: int) -> bool:
    """ "added a warning to the article", "adds Peru to its list": one object, then "to" and
    a noun phrase with nothing reported after it; no word of the object is a past tense ("added
    the team wanted to win" reports)."""
    thing = _ONE_OBJECT.match(text, cue[1], end)
    if thing is None:
        return False
    noun_end = _past_nouns(text, thing.end(), end)
    if any(w.endswith("ed") for w in _WORD.findall(text, thing.start(), noun_end)):
        return False
    return _PUT_TO.match(text, noun_end, end) is not None and _nothing_after(text, noun_end, end)


def named_thing(text: str, cue: Span, end: int) -> bool:
    """ "tested a drug called velorastat against a placebo", "A page called Real Talk shared
    it": the participle names a thing introduced just before it, with only circumstances or,
    after a proper name, the named thing's own verb after the name (a verb in -ed only with
    its object)."""
    if _NAMED_THING.search(text, max(0, cue[0] - 60), cue[0]) is None:
        return False
    name = _GIVEN_NAME.match(text, cue[1], end)
    if name is None:
        return False
    if _nothing_after(text, name.end(), end):
        return True
    verb = _NAMED_SUBJECTS_VERB.match(text, name.end(), end)
    if verb is None or name.group().lstrip()[0].islower():
        return False
    if verb[1] in SAYING_VERBS or verb[1] in CLAIM_VERBS:
        return True
    # "A page called Real Talk shared it"; not "A senator called Lee biased against ..."
    return verb[1].endswith("ed") and _OBJECT_NEXT.match(text, verb.end(), end) is not None


def performative(text: str, span: Span, cue: Span | None) -> bool:
    """Whether the statement whose content is `span`, found by the cue at `cue`, reports an
    act and no words ("declared a state of emergency", "wrote a letter to the council"): a
    verb of announcing, declaring, telling or writing, a noun phrase and only circumstances
    after it, no clause, no quotation."""
    if cue is None:
        return False
    word = text[cue[0] : cue[1]].lower()
    if word in PERFORMATIVE_VERBS:
        return _noun_object(text, cue, span)
    return word in MESSAGE_VERBS and _noun_object(text, cue, span, heads=MESSAGE_NOUNS)


def _noun_object(text: str, cue: Span, span: Span, heads: frozenset[str] | None = None) -> bool:
    """Whether the verb at `cue` has for object a noun phrase with only circumstances after
    it ("a state of emergency on Monday", "a letter to the council"), no clause ("the ferry
    was late"), no infinitive, no quotation and no object complement; its last word one of
    `heads` when given."""
    if span[0] < cue[1]:
        return False
    if _REPORTED.search(text, cue[1], span[0]) or _QUOTE_MARKS.search(text, span[0], span[1]):
        return False
    opening = _NOUN_PHRASE.match(text, cue[1], span[1]) or _QUANTITY.match(text, cue[1], span[1])
    if opening is None or opening.group().split()[:1] == ["it"]:
        return False  # "declared it a success": a judgement
    if FINITE.search(text, cue[1], span[1]):
        return False  # "said praise from abroad would not sway him": a clause after all
    start = opening.end() - 1 if text[opening.end() - 1].isspace() else opening.end()
    end = _past_nouns(text, start, span[1])
    words = _WORD.findall(text, start, end)
    if heads is not None and (not words or words[-1].lower() not in heads):
        return False  # "said the deal raises wages": a clause without "that"
    if len(words) > 1 and _complement(words[-1]):
        return False  # "declared the bridge unsafe": the object and a judgement of it
    if _infinitive_next(text, end, span[1]):
        return False  # "announced plans this week to give ...": what is intended, a claim
    if text[end : span[1]].lstrip()[:1] in (",", ";"):
        return False  # "said the man, who was 45, was arrested": more of a clause
    return end > start and _nothing_after(text, end, span[1])


def _infinitive_next(text: str, pos: int, end: int) -> bool:
    """Whether "to" and a verb stand next at `pos`, past a time ("this week to give"); not
    "to" before a determiner or a name ("a letter to the council")."""
    words = _WORD.findall(text, pos, end)
    for index, word in enumerate(words):
        lower = word.lower()
        if lower not in TIME_WORDS and lower not in _TIME_ADVERBS:
            following = words[index + 1 : index + 2]
            return lower == "to" and not (
                following and (following[0][0].isupper() or following[0].lower() in _DETERMINERS)
            )
    return False


def _complement(word: str) -> bool:
    """Whether `word` reads as an adjective after an object ("unsafe", "fraudulent")."""
    lower = word.lower()
    if lower in COMPLEMENT_ADJECTIVES:
        return True
    return lower.endswith(COMPLEMENT_ENDINGS) and not lower.endswith("ment")


def _title(text: str, cue: Span, span: Span) -> bool:
    """ "wrote “A Long Way Home” in 1990", "wrote the novel “Nightjar”": a work's title in
    quotation marks after the verb of making it at `cue` (of one word after a work's noun),
    and only circumstances after it."""
    if span[0] < cue[1]:
        return False
    title = _TITLE.match(text, cue[1], span[1] + 1)
    if title is None:
        return False
    if not heading(title.group(1)) and not (
        word_before(text, title.start(1) - 1).lower() in WORK_NOUNS
        and title_words(title.group(1).rstrip(".").split())
    ):
        return False
    return _nothing_after(text, title.end(), max(span[1], title.end()))


def anonymity(text: str, word: str, cue: Span) -> bool:
    """Whether the cue `word` at `cue` asks or wishes not to be named ("asked not to be
    named", "requested anonymity", "did not want to be identified", "declined to give her
    name", "did not want his name used"), is an outlet's agreement to keep it unnamed
    ("whose name CBC News agreed not to publish"), says why it is unnamed ("on condition of
    anonymity to discuss", "not to be named because she feared") or is not permitted ("was
    not authorized to discuss"): a source's condition, no statement; the cue stage passes
    over it, so that the attribution around it is read ("‘...,’ one nurse, who asked not to
    be named, told the Herald")."""
    if word in _REQUEST_VERBS:
        found = _ANONYMITY.match(text, cue[1])
        # "insisted on anonymity" and no "for" after it, or the source's own reason
        # ("because she was not authorized", "to discuss the talks", "for fear of reprisal"),
        # or a source's: "who insisted on anonymity for ..." (not "The candidate insisted on
        # anonymity for her donors": hers)
        return found is not None and (
            not found.group("on")
            or found.group("end") is not None
            or _AFTER_WHO.search(text, max(0, cue[0] - _WHO_REACH), cue[0]) is not None
        )
    if word in _WITHHOLDING_VERBS and _NOT_NAMED.match(text, cue[1]) is not None:
        return True
    if word in JOINT_CUES and _NAME_KEPT.match(text, cue[1]) is not None:
        return True
    if word in _MADE_PUBLIC_FORMS and _lead(_NAME_WISHED_UNPUBLISHED, text, cue):
        return True  # "who did not want her last name published because ..."
    # Each pattern opens with a word (case and all) found by `find` before the regex engine
    # is started on the lead: most cues have neither before them.
    lead = cue[0] - _LEAD if cue[0] > _LEAD else 0
    if (
        (word in _PURPOSE_VERBS or "anonym" in word)
        and text.find("anonym", lead, cue[1]) >= 0
        and _ANONYMOUS_PURPOSE.search(text, lead, cue[1])
    ):
        return True
    if text.find("not", lead, cue[0]) >= 0 and _NOT_PERMITTED.search(text, lead, cue[0]):
        return True
    if word.partition(" ")[0] not in _REASON_WORDS:  # "feared", "feared for"
        return False  # a reason for anonymity is a fear or a wish: other cues are told here
    because = text.find("because", max(0, cue[0] - _BECAUSE_REACH), cue[0])
    return (
        because >= 0
        and _UNNAMED_BECAUSE.search(text, max(0, because - _BECAUSE_REACH), cue[0]) is not None
    )


def quoting_another(text: str, cue: Span) -> bool:
    """Whether the verb of quoting (`QUOTING_VERBS`) at `cue` quotes or cites another as
    saying ("TNA quoted the governor, Harun Yilt, as saying ...", "cited him as saying"): the
    one quoted is the speaker, found at "as saying"; the outlet quoting says nothing of its
    own; "cited falling sales as warning signs" cites a thing (`told_after_as`)."""
    quoted = _AS_SAYING.match(text, cue[1])
    return quoted is not None and (quoted[1] == "saying" or told_after_as(text, quoted.end()))


def told_after_as(text: str, at: int) -> bool:
    """Whether "as telling/warning" ending at `at` takes a listener, a clause or a quotation
    after it (`_AS_TOLD_NEXT`, or a plural of people: "as warning residents")."""
    if _AS_TOLD_NEXT.match(text, at):
        return True
    word = _AS_TOLD_WORD.match(text, at)
    return word is not None and people_plural(word[1].capitalize())


# A contest or its outcome conceded, then only where, to whom, when or how: "conceded defeat in
# a speech", "conceded the race to Ames", "conceded the seat shortly before midnight", "conceded
# defeat." (not "conceded the race was close", "conceded the race remains close": a clause).
_CONCEDED_CONTEST = re.compile(
    r"\s+(?:(?:the|her|his|their|its)\s+)?(?:"
    + alternation(CONCEDED_CONTESTS)
    + r")\b(?=\s*(?:[.,;:!?”\"]|$)|\s+(?:to|in|on|at|late|early|shortly|just|after|before"
    r"|minutes|hours|moments|overnight|graciously|publicly|quickly|finally)\b)"
)


def conceded_contest(text: str, cue: Span) -> bool:
    """Whether the verb of conceding (`CONCEDE_FORMS`) at `cue` concedes a contest or its
    outcome ("Ames conceded defeat shortly before midnight"): a loss owned, no claim."""
    return _CONCEDED_CONTEST.match(text, cue[1]) is not None


def shown_pictures(text: str, cue: Span) -> bool:
    """Whether the verb of showing (`SHOW_FORMS`) at `cue` shows pictures ("State television
    showed footage of burning bins"), or is a participle after its noun telling where that was
    shown ("data *shown on* the webcast", not "has shown on"): a thing screened, no claim; the
    subject's next verb ("... and described them as ...") is read on."""
    if _PICTURES.match(text, cue[1]) is not None:
        return True
    if text[cue[0] : cue[1]].lower() != "shown" or not _SHOWN_WHERE.match(text, cue[1]):
        return False
    before = _LAST_WORD.search(text, max(0, cue[0] - _LEAD), cue[0])
    return before is not None and before.group(1).lower() not in AUXILIARY_VERBS


def _hypothetical(text: str, cue: Span, before: str | None, conditional: bool) -> bool:
    """ "some might say", "if Lee says", "nobody said": words that were not said;
    `conditional` is the cue's `_conditional`."""
    if _may_end(before, _HYPOTHETICAL_ENDINGS) and _lead(_HYPOTHETICAL, text, cue):
        return True
    if _nobody_holds(text, cue):
        return True  # "Nobody said", "No one from the ministry said", "Not one councillor said"
    if _may_end(before, _GENERIC_WOULD_ENDINGS) and _lead(_GENERIC_WOULD, text, cue):
        return True
    return conditional or _neither_nor(text, cue)


def _nobody_holds(text: str, cue: Span) -> bool:
    """Whether nobody is the subject of a cue, alone or of a body or place ("No one opposed
    the motion", "Nobody at the meeting opposed the plan", "Not one councillor said"): a
    stance no one takes, words no one said. (A belief of nobody's, "No one expected a vote",
    is the writer's report of one.)"""
    return _lead(_NOBODY_WORD, text, cue) and (
        _lead(_NOBODY, text, cue) or _lead(_NOBODY_FROM, text, cue)
    )


def _in_condition(text: str, word: str, cue: Span, conditional: bool) -> bool:
    """Whether the cue `word` at `cue` is in a condition that no one has met: a belief ("if
    he believed"), a stance ("If the board approves the plan, ...": a vote not yet cast), a
    document's act ("If the plan rejected them") or anyone's of a kind ("If a lender asks
    for", `_GENERIC_CONDITION`); `conditional` is the cue's `_conditional`."""
    return conditional and (
        word in BELIEF_CUES
        or word in DECISION_VERBS
        or _document_before(text, cue)
        or _lead(_GENERIC_CONDITION, text, cue)
    )


def generic_condition(text: str, cue: Span) -> bool:
    """Whether the cue at `cue` is in a condition on anyone of a kind ("If a tenant asks for
    repairs, ..."), a case that may arise: its words are no one's, and a later cue of the
    sentence ("..., said Mara Quint") reports it all."""
    return _conditional(text, cue, None) and _lead(_GENERIC_CONDITION, text, cue)


def _document_before(text: str, cue: Span) -> bool:
    """Whether the word just before the cue at `cue` is a document's noun ("the plan
    rejected", "the audit finds"), the subject of the cue."""
    word = _LAST_WORD.search(text, max(0, cue[0] - _LEAD), cue[0])
    return word is not None and word[1].lower() in DOCUMENT_WORDS


def _conditional(text: str, cue: Span, before: str | None) -> bool:
    """ "if Lee says", "was asked whether she expected": a condition or a question before the
    cue. Most leads hold no "if", "unless" or "whether" in any case: looked for first."""
    if before == "":
        return False
    lead = text[cue[0] - _LEAD if cue[0] > _LEAD else 0 : cue[0]]
    if lead.isascii() or _FOLDED_LETTERS.isdisjoint(lead):  # else "ıf" may be "if": search
        lower = lead.lower()
        if "if" not in lower and "unless" not in lower and "whether" not in lower:
            return False
    return _lead(_CONDITIONAL, text, cue)


def _lead(pattern: re.Pattern[str], text: str, cue: Span) -> bool:
    """Whether `pattern` (ending in "$") is found in the lead of the cue at `cue`."""
    return pattern.search(text, max(0, cue[0] - _LEAD), cue[0]) is not None


def _word_before(text: str, cue: Span) -> str | None:
    """The end of the word before the cue at `cue` (up to `_LONGEST_ENDING` characters) when
    one space stands between them; "" when no space stands before the cue; None when it
    cannot tell (more spaces or another space, or a letter that IGNORECASE matches to an ASCII
    one: "ſ" to "s"). Every lead pattern ends in a word, spaces and "$": this word, found by
    a few string operations, spares most of their searches (~270 instructions a position of
    the lead, as they open with a word boundary)."""
    end = cue[0] - 1
    if end < 0 or not text[end].isspace():
        return ""
    tail = text[end - _LONGEST_ENDING if end > _LONGEST_ENDING else 0 : end]
    if text[end] != " " or tail[-1:].isspace() or not _FOLDED_LETTERS.isdisjoint(tail):
        return None
    return tail


def _may_end(before: str | None, endings: tuple[str, ...], fold: bool = False) -> bool:
    """Whether a lead pattern ending in one of `endings` (in any case if `fold`) may be found
    before a cue whose word before is `before` (`_word_before`)."""
    if before is None:
        return True
    return (before.lower() if fold else before).endswith(endings)


def _agent_after(text: str, pos: int, end: int) -> bool:
    """Whether "by" and an agent come in text[pos:end] before a comma, after what the verb
    took: "was estimated at $40 million *by analysts*" (not "by Friday", nor ", with most of
    it approved by Congress")."""
    comma = _CLAUSE_COMMA.search(text, pos, end)
    end = comma.start() if comma is not None else end
    return any(named_agent(text, by) for by in BY_AGENT.finditer(text, pos, end))


def charge_passive(text: str, pos: int) -> bool:
    """Whether a participle of a legal charge ending at `pos` is passive, its preposition at
    once after it ("charged with", "accused of", "charged in a stabbing that left one dead"),
    not the active verb with where, when or how long it charged and its clause ("charged in a
    letter that ...", "charged in court that the deal was rigged", "charged for years that")."""
    after = _CHARGE_NEXT.match(text, pos)
    if after is None:
        return False
    if after.group(1) is None:
        return True  # "charged with", "accused of"
    return not _CHARGED_IN_WRITING.match(text, pos) and not _CHARGED_THAT.match(text, after.end())


def _no_source(text: str, cue: Span, before: str | None) -> bool:
    """ "was charged with", "is accused of", "was told to leave": the verb at `cue` passive,
    and no "by" naming an agent ("was told by Friday" names none)."""
    if not _may_end(before, _BE_ENDINGS, fold=True) or not _lead(_BE, text, cue):
        return False
    return not named_agent(text, _AGENT.match(text, cue[1]))


# The author told by no one named, before "told": "I'm told the premier will resign", "The
# deal, I am told, is done", "we're told".
_AUTHOR_TOLD_LEAD = re.compile(r"\b(?:I[’']m|I\s+am|[Ww]e[’']re|[Ww]e\s+are)\s+(?:\w+ly\s+)?$")
_AUTHOR_TOLD_REACH = 24  # characters before "told" that hold its lead


# The message a passive of telling came in and its sender, before the sender: "were told *in
# an email from* the registrar that ...": the sender speaks, as after "by"; not a date after
# "from" ("in a filing from March that", "in a letter from 2019 that"): when it was sent.
_SENT_FROM = re.compile(
    r"\s+in\s+(?:an?|the)\s+(?:[a-z-]+\s+)?(?:" + alternation(DOCUMENT_WORDS) + r")\s+from\s+"
    r"(?!\d|(?i:" + alternation(TIME_WORDS) + r")\b)"
)


def sent_from(text: str, cue: Span) -> int | None:
    """Where the sender starts after a passive of telling and the message it came in ("were
    told in an email from *the registrar* that"); None if no such message follows."""
    if not text.startswith(" in ", cue[1]):
        return None  # most cues: no message after them
    sent = _SENT_FROM.match(text, cue[1])
    return None if sent is None else sent.end()


def told_the_author(text: str, cue: Span) -> bool:
    """Whether the passive "told" at `cue` has the author for subject ("I'm told ...", "we
    are told that ..."): a source's word the author passes on, the source left unnamed."""
    lead = cue[0] - _AUTHOR_TOLD_REACH if cue[0] - _AUTHOR_TOLD_REACH > 0 else 0
    return _AUTHOR_TOLD_LEAD.search(text, lead, cue[0]) is not None


def told_a_hearing(text: str, cue: Span) -> bool:
    """Whether the passive "told" at `cue` has a hearing body for subject: "The inquest was
    told ...", "Jurors were told ..." (what a witness said there), not "She was told ..."."""
    if text[cue[0] : cue[1]].lower() != "told":
        return False
    lower = max(0, cue[0] - _PASSIVE_SUBJECT_CHARS)
    be = _BE.search(text, lower, cue[0])
    if be is None:
        return False
    end = max(text.rfind(mark, lower, be.start()) for mark in ".!?\n")  # the sentence's start
    start = end + 1 if end >= 0 else lower
    aside = _SUBJECT_ASIDE.search(text, start, be.start())  # "The inquest, which was ..., was"
    words = _WORD.findall(text, start, aside.start() if aside else be.start())
    while words and words[-1].lower() in _PERFECT:  # "Jurors have been told"
        words.pop()
    return bool(words) and head_before(words, BODY_QUALIFIERS) in HEARING_HEADS


def _found_by(text: str, cue: Span) -> bool:
    """Whether a participle of finding has a verdict and then its agent: "was found to be
    unlawful by the court" (the court's finding), not "was found guilty"."""
    if text[cue[0] : cue[1]].lower() not in FINDING_PARTICIPLES:
        return False
    verdict = VERDICT.match(text, cue[1])
    return verdict is not None and late_by(text, verdict.end(), len(text)) is not None


def _past_joined_quantity(text: str, pos: int, end: int) -> int:
    """Past a second quantity and its nouns joined by "and" at `pos` ("added 42 firms *and 11
    people* to the list"); `pos` if none is."""
    joined = _AND.match(text, pos, end)
    quantity = _QUANTITY.match(text, joined.end(), end) if joined is not None else None
    return pos if quantity is None else _past_nouns(text, quantity.end(), end)


def _past_nouns(text: str, pos: int, end: int) -> int:
    """Where the noun phrase of a quantity ends: past its nouns ("two *late goals*"), before
    a verb, a preposition or a time word."""
    for _ in range(_NOUN_WORDS):
        word = _WORD.match(text, pos + 1, end) if text[pos : pos + 1] == " " else None
        if word is None or not _noun_like(word.group()):
            break
        pos = word.end()
    return pos


def _felt_quality(text: str, cue: Span, span: Span) -> bool:
    """Whether the content of "felt" is one word of a quality and its circumstances, no
    clause: "felt loose before the problem worsened", "felt sluggish on the highway"; not
    when a preposition after the word opens what the feeling is about ("felt uneasy about
    the vote", "felt bitter toward the board": a stance)."""
    found = _FELT_WORD.match(text, cue[1], span[1])
    if found is None or found.start(1) != span[0]:
        return False
    quality = found.group(1)
    if (
        quality[-2:] == "ed"
        or quality in _NOT_A_QUALITY
        or _PLURAL_NOUN.fullmatch(quality) is not None
        or not _nothing_after(text, found.end(), span[1])
        or _CLAUSE_AUXILIARY.search(text, found.end(), span[1]) is not None
    ):
        return False
    after = _FELT_WORD.match(text, found.end(), span[1])
    # not what the feeling is about: "felt uneasy about the vote" is a stance
    return after is None or after.group(1) not in FEELING_OBJECT_PREPOSITIONS


def _noun_like(word: str) -> bool:
    """Whether `word` may be a noun of a quantity's phrase: a lower-case word that is no
    function, time or manner word, or the plural of an acronym ("9,000 SUVs", "40 EVs")."""
    if word[-1:] == "s" and len(word) > 2 and word[:-1].isupper():
        return True
    lower = word.lower()
    return word.islower() and not (
        lower in AUXILIARY_VERBS
        or lower in PREPOSITIONS
        or lower in TIME_WORDS
        or lower in _TIME_ADVERBS
        or lower in {"that", "to", "and", "or", "but", "the", "a", "an"}
        or lower.endswith("ly")
    )


def _court_date(text: str, pos: int, end: int) -> bool:
    """Whether text[pos:end] is a date a court set, after "expected": "to appear in court on
    Friday", "to be sentenced next month", or a ruling with only its time ("to rule in May",
    "to deliver her decision on March 8", "to hand down a sentence next week")."""
    if _COURT_DATE.match(text, pos, end) is not None:
        return True
    ruling = _COURT_RULING.match(text, pos, end)
    return ruling is not None and _only_time_after(text, ruling.end(), end)


# A noun phrase, then the subject of a relative clause with no pronoun, up to its verb: "a
# plan *the mayor* (called)", "A move *critics* (called)" opening a sentence; the verb's object
# is the noun before.
# No preposition nor question word stands in that subject: "the staff *for what* they call
# the reading" is a name given, no relative clause.
_SUBJECT_WORD = r"(?!(?:" + alternation(PREPOSITIONS | QUESTION_WORDS) + r")\b)[a-z]+\s+"
_GAPPED_BEFORE = re.compile(
    r"\b(?i:a|an|the|this|that|its|their|his|her)\s+(?:"
    + NOT_FUNCTION_WORD
    + r"[a-z-]+\s+){0,2}?(?P<noun>"
    + NOT_FUNCTION_WORD
    + r"[a-z]{3,})"
    r"\s+(?:(?:the|its|their|his|her|some|many)\s+)?(?:"
    + _SUBJECT_WORD
    + r")?"
    + _SUBJECT_WORD
    + r"\Z"
)


def gapped(text: str, cue: Span) -> bool:
    """Whether the cue at `cue` opens a relative clause with no pronoun on the noun before
    its subject, whose object that noun is ("a plan the mayor called a relief"): what
    follows names it, no call made (not "the night the mayor called a cab": a time)."""
    gap = _GAPPED_BEFORE.search(text, max(0, cue[0] - _LEAD), cue[0])
    return gap is not None and gap.group("noun") not in TIME_WORDS


def _only_time_after(text: str, pos: int, end: int) -> bool:
    """Whether text[pos:end] holds nothing but when: "on Friday", "late last week", "at
    3am", "by 2030"."""
    return all(
        w.lower() in _WHEN_WORDS or _CLOCK_OR_YEAR.fullmatch(w) is not None
        for w in _WORD.findall(text, pos, end)
    )


def saying_object(text: str, cue_end: int, end: int) -> bool:
    """Whether the verb of writing ending at `cue_end` has for its object a document or a
    message whose own saying follows it, by a relative or a participle, before `end` ("a
    letter to trustees that says the bus is unsafe", "a video saying ..."): that cue reports
    it, not the verb of writing. Only a document's own cue, read as one ("a memo that stated
    that ..."): not "a memo that stated the office would close" (a weak cue without "that"),
    nor "a column that argues ..." (a column no document's word: its writer argues)."""
    thing = _WRITTEN_THING.match(text, cue_end, end)
    if thing is None or text[thing.start() : thing.end()].split()[-1] not in DOCUMENT_WORDS:
        return False
    own = _OWN_SAYING.search(text, thing.end(), min(end, thing.end() + _OWN_SAYING_REACH))
    if own is None or _CLAUSE_PUNCTUATION.search(text, thing.end(), own.start()) is not None:
        return False
    verb = own.group(1) or own.group(2)
    return verb in SPEECH_CUES and (
        verb not in WEAK_CUES or _THAT_OR_QUOTE.match(text, own.end()) is not None
    )


def _nothing_after(text: str, pos: int, end: int) -> bool:
    """Whether text[pos:end] holds only circumstances: nothing, a comma or a full stop, or a
    phrase opened by a preposition, a time word or an adverb ("in the second half", "last
    week", "late")."""
    rest = text[pos:end].lstrip()
    if not rest.strip(" .,;!?"):
        return True
    if rest[0] in ",;":
        return True
    first = _WORD.match(rest)
    if first is None:
        return False
    word = first.group().lower()
    if word == "to":  # "to the council", "to Lee", "to two counts": not "to give"
        following = _WORD.match(rest, first.end() + 1)
        return following is not None and (
            following.group()[0].isupper()
            or following.group()[0].isdigit()
            or following.group().lower() in _DETERMINERS
            or following.group().lower() in NUMBER_WORDS
            or _PLURAL_NOUN.fullmatch(following.group()) is not None  # "to commutes"
        )
    return (
        word in PREPOSITIONS
        or word in _PLACE_PREPOSITIONS
        or word in TIME_WORDS
        or word in _TIME_ADVERBS
        or word in _COMPANY_ADVERBS
        or (word.endswith("ly") and word != "only")
    )
