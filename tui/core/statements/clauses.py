"""Where the content around a cue starts and ends, for the cue stages.

After a cue: a listener ("told reporters"), places and times ("said in an interview on
Tuesday"), then "that", a colon or a comma (`_after_cue`); content that is only where or
when it was said is a circumstance, not content (`_is_circumstance`, `_when`). Reported
content may not open with a conjunction, a place or an addressee (`_opens_content`), nor be
a subordinate or adverbial clause (`_subordinate`, `_adverbial`). Before a cue: the last
characters (`_lead`) and whether a clause boundary ends them (`_after_boundary`)."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from tui.core.lexicon import (
    ADJUNCT_PARTICIPLES,
    ARGUE_FORMS,
    AUTHOR_PRONOUNS,
    AUXILIARY_VERBS,
    BELIEF_CUES,
    BENCH_WORDS,
    CHILD_NOUNS,
    CLAIM_VERBS,
    CONNECTIVE_ADVERBS,
    CONSEQUENCE_GROUNDS,
    CONSEQUENCE_GROUNDS_FOR,
    CONSEQUENCE_PARTICIPLES,
    CONSEQUENCE_PHRASES,
    DELIVERY_PARTICIPLES,
    DEMONSTRATED_NOUNS,
    DETERMINERS,
    DURATION_UNITS,
    ENGAGEMENTS_DONE,
    FEMALE_NOUNS,
    FINITE_PASTS,
    FRACTION_WORDS,
    FUNCTION_WORDS,
    GATHERED_PARTICIPLES,
    INTERVIEWER_NOUNS,
    KIN_CONVERSES,
    LANGUAGE_NAMES,
    LISTENER_CUES,
    MALE_NOUNS,
    MODALS,
    MONTHS,
    NAMED_PLACE_NOUNS,
    NAMING_PARTICIPLES,
    NEARNESS_ADVERBS,
    NO_ANTECEDENT_WORDS,
    NOT_CONTENT_OPENERS,
    NUMBER_WORDS,
    ONE_PERSON_NOUNS,
    ORDINALS,
    OUTCOME_PARTICIPLES,
    PEOPLE_WITHOUT_S,
    PERSON_PRONOUNS,
    PLACE_PREPOSITIONS,
    PLURAL_PRONOUNS,
    POSSIBILITY_MODALS,
    POSTMODIFYING_PARTICIPLES,
    PREPOSITIONS,
    QUESTION_PARTICIPLES,
    RAISED_CONSEQUENCES,
    RELATIVE_PRONOUNS,
    ROLE_NOUNS,
    SCALE_WORDS,
    SCENE_PREPOSITIONS,
    SEASONS,
    SET_OFF_DEVICES,
    SHOWDOWN_NOUNS,
    SIMPLE_PASTS,
    SOCIAL_NETWORKS,
    SOURCE_PARTICIPLES,
    SPEECH_CUES,
    STANCE_CUES,
    STATE_PARTICIPLE_ADJECTIVES,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
    SUBSTANCE_DEMONSTRATED_NOUNS,
    TESTIFY_FORMS,
    TIME_AMOUNT_UNITS,
    TIME_LEADS,
    TIME_WORDS,
    TIMES_OF_DAY,
    UNINFLECTED_PASTS,
    VENUE_RELEASE_VERBS,
    VENUE_WORDS,
)
from tui.core.model import Span
from tui.core.organizations import MEDIA_NOUNS
from tui.core.speaker_kinds import people_plural
from tui.core.speakers import Phrase
from tui.core.statements.patterns import (
    BOUND_R,
    CLOSE_MARKS,
    FINITE_VERB,
    LATER_OPENERS,
    LEAD,
    LONGEST_CLAUSE,
    MANNER,
    MONTH_DOT,
    NOT_FUNCTION_WORD,
    RELATIVE_TIME,
    RELATIVE_VERB,
    SUMMING_HEAD,
    TALLY,
    TIME,
    TIME_ADJUNCT,
    VERB_FORMS,
    WORDS,
    comma_before_verb,
)
from tui.core.statements.rejections import gapped
from tui.core.statements.state import State
from tui.core.text import POSSESSIVE_ENDINGS, alternation

_VENUE = alternation(VENUE_WORDS)
# A network named right after "on" or "via", perhaps with the noun of its place, as where words
# were given: "said on Telegram it had ...", "said on its YouTube channel it would", "said on
# Facebook Live that", "posted on Instagram Reels that"; not the content's subject before its
# verb ("said on Monday Facebook had failed", "said via Telegram was ...").
_NETWORK = alternation(frozenset(SOCIAL_NETWORKS))
_NETWORK_PLACE = (
    r"\s+(?:[Pp]age|[Aa]ccount|[Cc]hannel|[Ff]eed|[Ss]tory|[Ss]tories|[Rr]eels?|[Pp]osts?"
    r"|[Ll]ive)\b"
)
_ON_NETWORK = (
    r"(?:on|via)\s+(?:(?:"
    + _NETWORK
    + r")(?:"
    + _NETWORK_PLACE
    + r")?|(?:his|her|its|their|our)\s+(?:"
    + _NETWORK
    + r")"
    + _NETWORK_PLACE
    + r")(?!\s+(?:"
    + RELATIVE_VERB
    + r"|[a-z]{2,}ed)\b)"
)
# "and" and a predicate of the cue's own subject after its object, an auxiliary or a past in
# "-ed" before a circumstance: "denied wrongdoing *and has not been charged*", "denied the
# claims *and resigned on Friday*" (not "denied the claims and related charges": a noun).
_JOINED_PREDICATE = re.compile(
    r"\s+and\s+(?:(?:also|later|then|[a-z]+ly)\s+)?(?:has|have|had|was|were|is|are|will|would"
    r"|[a-z]{3,}ed(?=\s*(?:[.,;]|$)|\s+(?:on|in|at|from|to|for|after|before|last|this|the|an?"
    r"|his|her|its|their)\b))\b"
)
# "and" and a verb of pointing to evidence, the speaker's own predicate after what was said
# ("shot back that the claim was false *and pointed to* her record", "said the fee was fair
# *and referred to* the audit"): what was pointed to is the speaker's evidence, not the claim.
_POINTED_TO = re.compile(
    r"\s+and\s+(?:(?:also|then|[a-z]+ly)\s+)?(?:pointed|points|referred|refers)\s+to\s"
)
# A short noun phrase, such an object: at most five words, none an auxiliary, a past in "-ed"
# or an infinitive's "to" ("any wrongdoing", "the charges against him"; not "queries seeking
# to confirm", "not to repeat it"; a relative pronoun is told apart: "a nation that borders").
_SHORT_OBJECT = re.compile(
    r"(?!(?:not|to)\b)(?:(?!" + FINITE_VERB.pattern + r"|to\b)[\w’'-]++\s*){1,5}"
)
# Cues whose object is most often a clause with no "that", its verb in any form: no
# predicate of the cue's subject is cut after it ("Lee claimed voters *want* change and will
# punish incumbents", "Critics argue the bill goes too far and will be struck down").
_CLAUSE_OBJECT_CUES = CLAIM_VERBS | BELIEF_CUES | frozenset(ARGUE_FORMS.split())
_SCENE_WORDS = 4  # the most words of a phrase of scene: "For the whole family"
_DEADLINE_TIMES = TIME_WORDS | TIMES_OF_DAY | SEASONS  # after "by": "By Thursday", "By noon"
# The words of a time phrase opening a sentence, no scene's preposition before them: "Last
# week", "Late on Friday", "Earlier this month"; and a count of time's ("Two days later",
# "Within hours", "A few weeks after").
_OPENING_TIMES = _DEADLINE_TIMES | frozenset("last late early this next on".split())
_TIME_COUNTS = NUMBER_WORDS | DURATION_UNITS.keys() | frozenset("a an few several moments".split())
_COUNTED_TIME_ENDS = frozenset("later earlier afterwards afterward ago after".split())
# How long the speaking lasted, and when: "testified for two hours on Tuesday"; how long a
# claim has been made ("has argued for years that", "has said since 2019 that"); which time
# it was said ("told the council for the first time that").
DURATION = (
    r"(?:for\s+(?:(?:(?:about|nearly|almost|roughly|some|over|more\s+than|less\s+than)\s+)?"
    r"(?:an?|\d+|several|a\s+few|(?i:" + alternation(frozenset(NUMBER_WORDS)) + r"))\s+"
    r"(?:second|minute|hour|day|week|month|year|decade)s?"
    r"|(?:many\s+)?(?:minutes|hours|days|weeks|months|years|decades)"
    r"|the\s+(?:last|" + alternation(ORDINALS) + r")\s+time)"
    r"|since\s+\d{4})\b"
)
DURATION_ADJUNCT = re.compile(r"\s*,?\s*" + DURATION + r"(?:" + TIME_ADJUNCT.pattern + r")?")
# How the venue reached its audience, before "by" or "on": "in a statement carried by state
# media", "in a video posted on Telegram", "in a message read out on television", "in a
# letter sent before the vote", "in a statement released Monday", "in a statement issued
# through their lawyer", "in a report seen by Reuters", "in a filing made public on Friday":
# a participle in -ed or of `SOURCE_PARTICIPLES`, perhaps after an adverb ("first seen by
# Reuters") and before a particle or an adjective ("drawn up last week", "put out on Monday",
# "made known to staff").
_VENUE_PARTICIPLE = (
    r"(?:(?:first|[a-z]+ly)\s+)?(?:[a-z]+ed|broadcast|read|put|"
    + alternation(SOURCE_PARTICIPLES)
    + r")(?:\s+(?:up|out|public|available|known))?"
)
# Where a venue was put, by an adverb, and perhaps when: "in a video posted online on Sunday",
# "in remarks broadcast live".
_VENUE_WHERE = r"(?:online|live)"
# Words that place a time from now before it: "in a report released *last* year", "issued
# *earlier this* month".
_TIME_DEICTIC = r"(?:(?:last|this|earlier|late|early)\s+){0,2}"
# A relative clause on the venue, before the content's own "that" or at the end: "in a letter
# *that was posted online*", "in a filing *that it made public on Monday*" (a verb of release
# with no object after it: not "in a statement that it released the hostages").
_VENUE_RELATIVE = (
    r"that\s+(?:(?:was|were|(?:has|had)\s+been)\s+"
    r"|(?:it|he|she|they|we|the\s+[a-z]+|[A-Z][\w’'.-]*)\s+(?:had\s+)?(?:"
    + alternation(VENUE_RELEASE_VERBS)
    + r")(?:\s+public)?(?=\s*[,.;:!?]|\s*$|\s+(?:"
    + alternation(PREPOSITIONS | TIME_WORDS | {"to", "online", "late", "early", "earlier", "last"})
    + r")\b))[^,.;:“”\"]{0,60}?"
)
_AUXILIARY = alternation(AUXILIARY_VERBS)
# What may follow a venue adjunct with its tail: "that" opening the content, a quotation
# resumed ("wrote in an email to a friend, and “B”"), or the sentence's end ("A, the district
# said in a statement released before the meeting.").
_VENUE_BEFORE_THAT = r"\s*,?\s+that\b|\s*,\s*(?:(?:and|but)\s+)?[“\"]"
_VENUE_FOLLOWS = r"(?=" + _VENUE_BEFORE_THAT + r"|[.!?]?\s*$)"
_VENUE_ADJUNCT_HEAD = (
    r"\s*,?\s*(?:(?:in|on|at|during|via|through|over|after|before)\s+"
    # not past "that" ("said on Monday that the vote"), a verb ("said on Tuesday the airline
    # was in talks": the content's) nor an infinitive's "to" ("agreed on Monday to hold
    # talks"), a preposition's before a determiner ("in reply to a letter")
    r"(?:(?!(?:that|"
    + _AUXILIARY
    + r")\b|to\s+(?!(?:a|an|the|his|her|their|its|our)\b))[\w’'.-]+\s+){0,5}?(?:"
    + _VENUE
    + r")s?|"
    + _ON_NETWORK
    + r")(?:\s+(?:"
    + _VENUE
    + r")s?)*"
    + BOUND_R
    + r"(?:(?:\s+(?:(?:"
    + _VENUE_PARTICIPLE
    + r"\s+)?(?:with|to|on|at|for|in|from|by|via|through|before|after|during)\s+[^,.;:“”\"]{1,60}?|"
    + _VENUE_PARTICIPLE
    + r"\s+"
    + _TIME_DEICTIC
    + TIME
    + r"\b|(?:"
    + _VENUE_PARTICIPLE
    + r"\s+)?"
    + _VENUE_WHERE
    + r"(?:\s+(?:on\s+)?"
    + TIME
    + r")?\b))?"
)
_VENUE_ADJUNCT = re.compile(
    _VENUE_ADJUNCT_HEAD + r"(?:\s+" + _VENUE_RELATIVE + r")?" + _VENUE_FOLLOWS + r")?"
)
# After a cue with no content before it, a relative "that" on the venue only before the
# content's own "that": else it opens the content ("said in a statement that it filed for
# protection on Monday"; "said in a filing that it released on Tuesday that ..." has one).
_VENUE_ADJUNCT_OPENING = re.compile(
    _VENUE_ADJUNCT_HEAD
    + r"(?:\s+"
    + _VENUE_RELATIVE
    + r"(?="
    + _VENUE_BEFORE_THAT
    + r"))?"
    + _VENUE_FOLLOWS
    + r")?"
)
# An aside set off by commas between a cue (or its adjuncts) and "that": "wrote on X, formerly
# Twitter, that", "told the Echo, a weekly paper, that", "said on Monday, a day after the
# vote, that", and a time after it: "wrote on X, formerly Twitter, late Sunday that" (not a
# relative "that": "told the Echo, a weekly, that was founded in 1890"); one that tells how a
# statement was delivered may run longer ("said in a statement, read outside Lindford
# Magistrates' Court by a family liaison officer, that").
_ASIDE_THAT = (
    r"\s*,\s*(?:(?:"
    + alternation(DELIVERY_PARTICIPLES)
    + r")\s[^,.;:“”\"\n]{1,100}?|[^,.;:“”\"\n]{1,60}?),\s+(?:(?:"
    + TIME_ADJUNCT.pattern
    + r")\s+)?(?=that\s+(?!"
    + RELATIVE_VERB
    + r"\b))"
)
_ASIDE_BEFORE_THAT = re.compile(_ASIDE_THAT)
_REPORT_CUES = SPEECH_CUES | BELIEF_CUES
# A programme's or a show's title in quotation marks, after its network's possessive or a
# preposition: "on NBC’s “Meet the Week”", "on “Face the County”" (title case, short); or,
# in title case, with the comma of an aside inside its closing mark, the aside after it to
# its comma before "that": 'said in "The Long Road," her memoir, that'.
_SHOW_TITLE = (
    r"(?<=[’'s\s])[“\"][A-Z](?:[^“”\"\n,.;:!?]{0,40}[”\"](?=\s)"
    r"|[\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|a|an|the|and|of|in|on|to|for|at|with)){0,5},[”\"]"
    r"\s+[^,.;:“”\"\n]{1,40}?,(?=\s+that\b))"
)
# an hour's dots and a clock's colon inside the phrase: "in its 5 p.m. advisory", "at 5:30"
_CLOCK_DOTS = r"(?<=\d\s)[ap]\.m\.|(?<=\d):(?=\d\d)"
# A past and the start of its object or particle right after "that": the adjunct's noun's
# relative clause ("apologized on Monday for an outage *that cut off* service", "for a
# failure that knocked out 911"), no content clause (whose "that" its subject follows).
_PAST_WITH_OBJECT = (
    r"(?:[a-z]{2,}ed|"
    + alternation(SIMPLE_PASTS | UNINFLECTED_PASTS)
    + r")\s+(?:out|off|up|down|the|a|an|its|his|her|their|\d)\b"
)
# A phrase between a cue and "that": "said in an interview on Tuesday that", "told the
# committee that", "told reporters outside the court that", "said on NBC’s “Meet the Week”
# that"; "to" before a listener ("to police that"), not before a verb ("agreed to clean up
# ..."); how near in time before "before" or "after" ("conceded shortly after midnight that").
_THAT_ADJUNCT = re.compile(
    r"\s*,?\s*(?:(?:(?:"
    + alternation(NEARNESS_ADVERBS)
    + r")\s+(?=before\b|after\b))?(?:on|in|at(?!\s+(?:least|most)\b)|during|via|through"
    r"|over(?!\s+(?:\d|a\s+(?:dozen|hundred|thousand|million)\b))|with|after|before|by"
    r"|outside|inside|near|following|dated)\s+"
    r"|to\s+(?=(?:the|a|an|his|her|their|its|our|my|police|[a-z]+s)\b|[A-Z]))"
    r"(?:[^,.;:“”\"]|" + MONTH_DOT + "|" + _CLOCK_DOTS + "|" + _SHOW_TITLE + r"){1,60}?"
    r"(?:,?\s+(?=that\s+(?!"
    + RELATIVE_VERB
    + r"\b|"
    + _PAST_WITH_OBJECT
    + r"))|(?="
    + _ASIDE_THAT
    + r"))"
)
# The judges a judge wrote for, after the cue: "wrote for the majority that", "wrote for a
# unanimous court,", "wrote for the three-judge panel:".
_BENCH_ADJUNCT = re.compile(
    r"\s*,?\s*for\s+(?:(?:the|a|an|its|his|her|their)\s+)?(?:[\w-]+\s+){0,2}?"
    + alternation(BENCH_WORDS)
    + r"\b(?=\s*(?:,?\s+that\b|[,:]))"
)
# The source a report cites, or the anonymity its speaker was granted and why, set off by
# commas between the cue and the content: "reported, citing party sources, that ...", "said,
# citing a leaked memo, the plan was dead", "said, speaking on condition of anonymity because
# the talks were private, that ...".
_CITING_ADJUNCT = re.compile(
    r"\s*,\s*(?:citing|speaking\s+on\s+(?:the\s+)?condition\s+of\s+anonymity)"
    r"(?:\s+[^,.;:“”\"]{1,80}?)?,(?=\s+\w)"
)
# A connective adverb between commas after the cue: "warned, however, that costs rise".
_CONNECTIVE_ADJUNCT = re.compile(
    r"\s*,\s*(?:" + alternation(CONNECTIVE_ADVERBS) + r")\s*,(?=\s+[\w“\"])"
)
# How near in time, before a comma or a clause's subject and auxiliary, and the content: "said
# just before the vote, the count was fair", "said shortly after 9pm a man had been held"
# (with neither, `_near_time` finds no content: "conceded just before midnight").
_NEAR_TIME_ADJUNCT = re.compile(
    r"\s*,?\s*(?:" + alternation(NEARNESS_ADVERBS) + r")\s+(?:before|after)\s+"
    r"[^,.;:“”\"\n]{1,40}?(?=\s*,\s|\s+(?:an?|the|he|she|they|we|I|it)\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?:had|has|have|was|were|is|are|would|will|could)\b)"
)
# A time told from another between the cue and the content, before "that", a comma, a
# quotation or the content's own subject: "said the next day that", "wrote hours later,
# “...”", "said the next day the ferry was unsafe"; not the content's subject itself, a verb
# after it ("said the following week brought more rain", "said the same day saw three fires").
_LATER_ADJUNCT = re.compile(
    r"\s*,?\s*"
    + RELATIVE_TIME
    + r"(?=\s*[,“\"]|\s+(?:that|an?|the|he|she|they|we|I|it|his|her|their|its)\b|\s+[A-Z])"
)
# A time before the comma ending it and the content: "(put it) ahead of the vote, “...”",
# "(said) within hours of the fire, the city would rebuild".
_AHEAD_ADJUNCT = re.compile(r"\s*,?\s*(?:ahead\s+of|within)\s+[^,.;:“”\"\n]{1,40}?(?=\s*,\s)")
# A clause of when it was said between the cue and a quotation after a comma: "(put it) when
# the shift gathered, “...”", "(said) as the crowd cheered, “...”"; not before "that" or a
# clause of content ("said when the fund ran dry the staff would go": no comma and quotation),
# nor a participle's clause, another act of the speaker's ("before asking them, “...”").
_WHEN_CLAUSE_OPENERS = frozenset("when while as after before once until".split())
_WHEN_CLAUSE_ADJUNCT = re.compile(
    r"\s*,?\s*(?:"
    + alternation(_WHEN_CLAUSE_OPENERS)
    + r")\s+(?![a-z]+ing\b)[^,.;:“”\"\n]{1,60}?(?=,\s*[“\"])"
)
# A comparison of equality opening a content, a quotation's mark maybe before it: "as fair as
# any", "“as safe as houses”" (not "as she left", "as far as": a clause, a limit).
_AS_COMPARISON = re.compile(r"[“\"‘]?as\s+(?!far\b|long\b|soon\b|much\b)[a-z-]+\s+as\b")
# How often it was said, between the cue and its content: "said twice that", "told them
# several times the plant was safe", "said dozens of times that", "has said more than once the
# deal was dead", "said on three occasions that" (not a comparison: "said many times more
# people came", "twice the cost").
_COUNT_BOUND = r"(?:(?:up\s+to|at\s+least|more\s+than|about|nearly|some)\s+)?"
_VAGUE_COUNT = (
    r"(?:several|many|multiple|numerous|countless|a\s+few|a\s+dozen"
    r"|(?:dozens|scores|hundreds|thousands)\s+of)"
)
_NUMBER_COUNT = r"(?:\d{1,3}|(?i:" + alternation(frozenset(NUMBER_WORDS)) + r"))"
_COMPARISON_NEXT = r"\s+(?:more|less|fewer|as|higher|lower|larger|greater|bigger|what)\b"
_FREQUENCY_ADJUNCT = re.compile(
    r"\s*,?\s*(?:twice(?!" + _COMPARISON_NEXT + r"|\s+(?:the|an?)\b)"
    r"|more\s+than\s+once|again\s+and\s+again|over\s+and\s+over(?:\s+again)?"
    r"|on\s+" + _COUNT_BOUND + r"(?:" + _VAGUE_COUNT + "|" + _NUMBER_COUNT + r")\s+occasions"
    r"|" + _COUNT_BOUND + _VAGUE_COUNT + r"\s+times(?!" + _COMPARISON_NEXT + r"))(?![\w’'-])"
)
# A number of times, skipped only before "that", a colon or a quotation, perhaps after one
# more adjunct (`Clauses._marked_after`): "said three times that", "has said up to 10 times in
# interviews that"; else the count is the content's ("said 100 times is too many", "said five
# times out of six the pumps failed").
_COUNTED_ADJUNCT = re.compile(r"\s*,?\s*" + _COUNT_BOUND + _NUMBER_COUNT + r"\s+times(?![\w’'-])")
_MARKED_NEXT = re.compile(r"\s*,?\s*(?:that\b|:|[“\"])")
_FREQUENCY_OPENERS = frozenset(
    """twice more again over up at about nearly some several many multiple numerous countless
    a on dozens scores hundreds thousands""".split()
) | frozenset(NUMBER_WORDS)
# The language spoken, perhaps through an interpreter, before the content's subject, a mark or
# "that": "said in French the law would pass", "told reporters in Mandarin through an
# interpreter that", "said in Haitian Creole:" (not "said in French schools the rule is new").
_LANGUAGE_ADJUNCT = re.compile(
    r"\s*,?\s*in\s+(?:both\s+)?(?:[A-Z][a-z]+\s+)?(?:"
    + alternation(LANGUAGE_NAMES)
    + r")(?:\s+(?:and|or)\s+(?:"
    + alternation(LANGUAGE_NAMES)
    + r"))?(?:\s+(?:through|via)\s+(?:an?|the|his|her|their)\s+(?:interpreter|translator))?"
    r"(?=\s*[,.;:!?(“\"]|\s*$|\s+(?:that|the|a|an|his|her|its|their|our|this|these|those"
    r"|he|she|it|they|we|I|there)\b)"
)
# "raising" and what it raises, a consequence as `CONSEQUENCE_PARTICIPLES` are: "raising the
# prospect of closures", "raising fresh doubts about" (not "raising rates").
_RAISING_CONSEQUENCE = re.compile(
    r"raising\s+(?:(?:the|new|fresh|further|serious)\s+)?(?:"
    + alternation(RAISED_CONSEQUENCES)
    + r")\b"
)
# A phrase of a consequence (`CONSEQUENCE_PHRASES`: "putting an end to talks"; "setting the
# stage for a strike", "setting up a legal fight", "a Stanley Cup showdown", "a Game 7 fight";
# "setting off a heated question period", "touching off protests";
# "opening the door to a strike": to/for and a/an/more/further/new and no person's noun; not
# "opening the door to find two men", "for her", "to two masked men", "to a stranger", nor
# "to the officers").
_CONSEQUENCE_PHRASE = re.compile(
    r"(?:"
    + r"|".join(p.replace(" ", r"\s+") for p in sorted(CONSEQUENCE_PHRASES))
    + r"|(?:setting|laying)\s+the\s+(?:"
    + alternation(CONSEQUENCE_GROUNDS)
    + r"|(?:"
    + alternation(CONSEQUENCE_GROUNDS_FOR)
    + r")\s+for)"
    + r"|setting\s+up\s+an?\s+(?:[A-Za-z0-9]+\s+){0,2}(?:"
    + alternation(SHOWDOWN_NOUNS)
    + r")"
    # "setting off a heated debate", "touching off protests" (not "setting off for home", nor
    # "setting off the fire alarm": `SET_OFF_DEVICES`)
    + r"|(?:setting|touching)\s+off\s+(?!(?:"
    + alternation(PLACE_PREPOSITIONS | {"for", "down", "up", "with", "by"})
    + r")\b|(?:[\w-]+\s+){0,3}?(?:"
    + alternation(SET_OFF_DEVICES)
    + r")\b(?!\s+(?:bells|of)\b))"
    + r"|opening\s+the\s+door\s+(?:to|for)\s+(?:an?|more|further|new)\s+(?!(?:"
    + alternation(ONE_PERSON_NOUNS | {"stranger", "intruder", "visitor", "neighbour"})
    + r")\b))\b"
)
_CONSEQUENCE_OPENERS = frozenset(
    {p.split()[0] for p in CONSEQUENCE_PHRASES} | {"setting", "laying", "opening", "touching"}
)
# The words each adjunct pattern may open with (a time word too, for `TIME_ADJUNCT`).
_VENUE_OPENERS = frozenset("in on at during via through over after before".split())
_TIME_OPENERS = frozenset("on last this late early earlier next in the a".split())
_THAT_OPENERS = (
    frozenset(
        """on in at during via through over with after before by to outside inside near
        following dated""".split()
    )
    | NEARNESS_ADVERBS
)
# After the comma closing a relative clause on the subject, the sentence's own verb: an
# auxiliary, a past that only follows a subject (lexicon.FINITE_PASTS: "..., spoke first"),
# or a verb in -s or -ed (not "-ss") or another past not in -ed, a participle too (patterns.
# VERB_FORMS: "left", "fell"), before a preposition, a
# determiner or a number ("..., leads by 40 points", "..., is running", "..., won the seat",
# "..., left the meeting"; not "..., left stranded").
_MAIN_VERB_NEXT = re.compile(
    r"\s+(?:(?:also|now|still|later|then|[a-z]+ly)\s+)?(?:(?:is|are|was|were|has|have|had"
    r"|will|would|can|could|may|might|must|should|does|did|"
    + alternation(FINITE_PASTS)
    + r")\b|(?:[a-z]*[a-rt-z]s|[a-z]+ed|"
    + alternation(VERB_FORMS | {"won", "lost"})
    + r")\s+(?:by|to|in|on|at|with|for|from|among|the|a|an|his|her|its|their|\d))"
)
# The sentence's own verb after a noun, its subject's relative clause and the object ending
# it: an auxiliary or a past that only follows a subject, or a past in -ed before a particle,
# a preposition or a determiner ("Voters who opposed the levy *turned* out", "... *have* not
# backed down"); not after "to", a modal, a relative pronoun or an auxiliary ("who opposed the
# plan to have the city pay", "the levy that was passed").
_OWN_VERB_NEXT = re.compile(
    r"(?<=[a-z0-9’'])\s+(?:(?:"
    + alternation(
        AUXILIARY_VERBS - {"be", "been", "being"} | MODALS | FINITE_PASTS | {"lost", "won"}
    )
    + r")\b|(?P<past>[a-z]+ed)\s+(?:out|up|down|back|off|to|in|on|at|with|for|from|the|a|an"
    r"|his|her|its|their|\d))"
)
# The sentence's own verb that `_OWN_VERB_NEXT` found; when it is an auxiliary or a modal,
# the reported clause's as likely ("who fear the school *will* close", "who said the talks
# *had* collapsed"), as is a form of "be" ("who believe the vote *was* rigged").
_VERB_WORD_AFTER = re.compile(r"\s+([a-z]+)")
_NOT_SOLE_VERBS = AUXILIARY_VERBS | MODALS
# Particles after that verb ("turned *out*", "gave *up* their savings").
_SOLE_VERB_PARTICLES = frozenset("out up down back off away over".split())
# Where the predicate of that verb stops being read: a clause's or the sentence's punctuation.
_PREDICATE_STOP = re.compile(r"[,.;:!?]")
_PREDICATE_WORD = re.compile(r"[\w’'$-]+")
# What ends an object after a predicate's verb: a preposition, "to", a determiner.
_PREDICATE_LINKS = PREPOSITIONS | DETERMINERS | {"to"}
# What opens an object after that verb, or stands for one: "lost *their* savings", "raised
# *them* instead".
_OBJECT_OPENERS = DETERMINERS | frozenset("them it him us me".split())
# A verb after a past in -ed that makes it a participle in the object ("the motion *tabled*
# by Lee *were* outnumbered", "the plan passed in May *packed* the hall").
_LATER_VERB = re.compile(
    r"\b(?:"
    + alternation(AUXILIARY_VERBS - {"be", "been", "being"} | MODALS | FINITE_PASTS)
    + r"|[a-z]+ed)\b"
)
# Where the clause of a past in -ed ends: a comma or a relative word ("turned out at city
# hall*, where* police had", "on a night *that* was billed").
_CLAUSE_BREAK = re.compile(r",|\b(?:which|that|who|whom|whose|where|when)\b")
# A clause of time or cause after an object: a subordinator, its subject (a pronoun, a name,
# or a determiner and up to three words) and a finite verb ("after a report found", "when
# Lee said", "because its members had").
_ADVERBIAL_CLAUSE = re.compile(
    r"[ ,]+(?:after|when|because|while|although|though|since|before|once)\s+(?:"
    r"(?:he|she|they|it|we|I)|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}"
    r"|(?:the|an?|his|her|its|their|this|these|those)(?:\s+[\w’'-]+){1,3}?)\s+(?:"
    + alternation(VERB_FORMS | MODALS | FINITE_PASTS)
    + r"|[a-z]{3,}ed)\b"
)
# The narrator's apposition after what was said, summing it up (`SUMMING_HEAD`), and the
# start of a relative clause on it with a subject of its own, its pronoun said or not, or of
# a participle's agent: "said crime fell, a claim that the data contradicts", "..., an
# assertion critics disputed", "..., a figure police disputed", "..., a view shared by few"
# (not "..., a claim that surprised observers", a description with no other source). Group
# 1: the spaces after the comma.
_SUMMING_APPOSITION = re.compile(
    r",[”\"’]?(\s+)"
    + SUMMING_HEAD
    + r"(?:[a-z]+ed\s+by|(?:(?:that|which)\s+)?(?:his|her|its|their|the|he|she|it|they|many"
    r"|most|some|few|(?:[a-z]+s|"
    + alternation(PEOPLE_WITHOUT_S)
    + r")\s+(?:(?:[a-z]+ly|have|had)\s+)?[a-z]+ed|[A-Z][\w’'-]+))\b"
)
# The reporter's caveat after what was said, which no one else voiced: "said it had downed
# a jet, a claim that could not be independently verified", "..., which could not be
# confirmed", "that cannot be verified", "which could not immediately be verified", "which the
# Star could not verify", "which CBC News could not independently verify"; ending its clause,
# not before more of what was said ("..., which could not be confirmed and that five others
# ..."). Group 1: the spaces after the comma.
_CAVEAT_ADVERB = r"(?:(?:yet|immediately|independently)\s+)?"
_UNVERIFIED = re.compile(
    r",[”\"’]?(\s+)(?:"
    + SUMMING_HEAD
    + r")?(?:that|which)\s+(?:(?:[Tt]he\s+)?(?:[A-Z][\w’'.-]*\s+){1,3})?"
    r"(?:(?:could|can|has|have|had|was|were|is|are)(?:\s+not|n[’']t)|cannot)\s+"
    + _CAVEAT_ADVERB
    + r"(?:be(?:en)?\s+)?"
    + _CAVEAT_ADVERB
    + r"(?:verified|confirmed|verify|confirm)\b(?!\s+(?:and|but)\s)"
)
_CONJUNCTION = re.compile(r"\s(?:and|or|but)\s")  # a second verb of the clause may follow it
# A relative pronoun between a comma and a phrase in its clause, and how far back it is sought.
_RELATIVE_WORD = re.compile(r"(?<![\w’'-])(?:who|which|whose)\s")
_RELATIVE_REACH = 60
# A name's comma and a description that "that" opens a relative clause on: ", a firm that".
_APPOSED_THAT = re.compile(r",\s+(?:an?|the)\s[^,;:“”\"()]{1,60}?\sthat\s")
_BEFORE_OR_AFTER = re.compile(r"\s+(?:before|after)\b")
# What opens content after a cue: "that" (not the demonstrative subject of "said that was
# wrong", "said that's wrong", "say that figure is inflated"), a colon or a comma, and after
# an adjunct "that" after a comma too ("said on May 2, 2025, that"; not "so bad, Lee noted,
# that it ...", where the content goes on); "that" after an adverb ("said repeatedly that",
# "saying only that", "said then that"), tried only where " that " follows closely.
_THAT = (
    r"that\b(?![’']s\b|\s+(?:(?:"
    + alternation(DEMONSTRATED_NOUNS - SUBSTANCE_DEMONSTRATED_NOUNS)
    + r"|(?:"
    + alternation(SUBSTANCE_DEMONSTRATED_NOUNS)
    + r")(?!\s+(?:was|were|is|are)\s+(?:[a-z]+ed|found|seen|shown|known)\b)"
    + r")\s+)?"
    + RELATIVE_VERB
    + r"\b)"
)
_OPENER = re.compile(r"\s*(?:" + _THAT + r"|:|,)?\s*")
_OPENER_AFTER_ADJUNCT = re.compile(r"\s*(?:,?\s*" + _THAT + r"|:|,)?\s*")
# An adverb or a vote's tally just after a cue, before "that" ("voted 9-4 that") or before an
# adjunct ("said *publicly* on Monday that", "voted 9 to 4 on Thursday that").
_ADVERB_OPENER = re.compile(
    r"\s*(?:[a-z]+ly|only|again|also|often|once|then|" + TALLY + r")\s+" + _THAT + r"\s*"
)
_ADVERB_FIRST = re.compile(r"\s+(?:[a-z]+ly|" + TALLY + r")(?=\s)")
# How it was said, then a colon before the words: "said bluntly:", "puts it more simply:",
# "said it best:" (the content follows the colon); or a comma before a quotation: "said
# quietly, “We stay.”", "told reporters bluntly, “No.”"; and "in part": "said in part, “...”".
_MANNER_COLON = re.compile(r"\s+(?:(?:it\s+)?" + MANNER + r"|in\s+part)\s*(?::|,(?=\s*[“\"‘']))")
_ADJUNCT_THAT_REACH = 60  # " in a statement posted on its website late on Monday that "
_ADVERB_REACH = 24  # " unequivocally that " and shorter
# Who was told: a pronoun, a group, "the ..." noun or name ("the Kell Valley Gazette"), a
# bare plural of people by its ending ("councillors", "investors", "residents"), the press
# with its scope ("state media", "Russian television"), a name; a name's later words may be
# numbers ("Radio 4", "Channel 4’s") and a station's call sign may open with one ("2GB’s Ben
# Fordham"), and a broadcast's name may end in its common noun ("BBC Radio 4’s Today
# programme", "ABC’s Insiders program", "Channel 9’s Today show").
_PRESS_SCOPE = "(?:state|local|foreign|national|international)"
# The outlet the story appears in and its reporter, pointed at: "told this newspaper that".
_THIS_OUTLET = MEDIA_NOUNS | frozenset(
    "reporter writer correspondent journalist interviewer publication programme program".split()
)
# Listeners named by a plural noun of people with no ending `_LISTENER` knows them by:
# "told trustees", "told families", "told faculty", "told fans" (and by "members" after their
# body).
_PLURAL_LISTENERS = frozenset(w for w in ROLE_NOUNS if w.endswith("ees")) | frozenset(
    "families faculty colleagues classmates alumni staffers fans aides advisers advisors".split()
)
# What opens a content's subject after its listener: "told aid workers *the* boat sank",
# "told RAC1 radio *the* city would ban ...", "told Kyiv television *I* was safe".
_SUBJECT_OPENER = r"(?:that|the|an?|his|her|its|their|he|she|it|they|we|I|there)"
# The common noun a named programme, publication or station may end in (after a programme's
# quoted title before "that": "MSNBC’s “Early Hours” that"): "Heat magazine", "the
# BBC's Today programme", "ABC's Insiders program", a station before "that" ("told Al Shams
# television that"), a venue ("the Rover Club podcast"), a news agency ("the Interfax news
# agency", "the Kelsa-Press agency").
_MEDIUM_NOUN = (
    r"(?:(?<=[’']s)\s+" + _SHOW_TITLE + r"(?=(?:\s+(?:programme|program|show|podcast))?\s+that\b))?"
    r"(?:\s+(?:programme|program|show|magazine|newspaper|paper|website|channel|(?:news\s+)?agency|"
    r"(?:(?:television|radio)(?:\s+station)?|broadcaster)(?=\s*,?\s+that\b|\s*[,.;:!?]|\s+"
    + _SUBJECT_OPENER
    + r"\b)|"
    + alternation(VENUE_WORDS)
    + r"))?"
)
# A later word of an outlet's name, its particle with it: "Folha *do Sul*", "Sawt *al-Balad*".
_LATER_NAME_WORD = (
    r"(?:(?:de|do|da|del|di|dos|das|el|la|le|al)\s+|(?:al|el)-)?"
    r"(?!(?:He|She|It|They|We)\b)[A-Z][\w’'.-]*"  # a headline's subject next: "Tells Inquiry She"
)
# An outlet by its common noun and then its name, a few words before the noun: "the Brazilian
# newspaper Folha do Sul", "the state news agency TASS", "state broadcaster CCTV"; "that" or
# punctuation after the name (a time between), or the content's subject's opener ("told the
# broadcaster TV3 the city would ..."): else the name is the content's subject ("told the
# network Ford would cut jobs").
_NAMED_OUTLET = (
    r"(?:(?:the|its|his|her|their)\s+)?(?:[\w’'-]+\s+){0,2}?(?:"
    + alternation(MEDIA_NOUNS | {"agency", "television", "radio"})
    + r")\s+[A-Z][\w’'.-]*(?:\s+"
    + _LATER_NAME_WORD
    + ")*"
    + r"(?=(?:\s+[a-z]+){0,2}(?:\s+"
    + TIME
    + r")?\s+that\b|\s*[,.;:!?]|\s+"
    + _SUBJECT_OPENER
    + r"\b)"
)
# An interviewer as listener: "CNN anchor Ann Ruiz", "host Ismaila Alfa", or "the Metro Morning
# host" before "that". A name after a determiner and the noun, with no "that", is the
# content's subject: "told the anchor Republicans would lose".
_INTERVIEWER_NOUN = r"(?:[A-Z][\w’'.-]*\s+){0,3}(?:" + alternation(INTERVIEWER_NOUNS) + r")"
_INTERVIEWER = (
    _INTERVIEWER_NOUN
    + r"\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}(?![\w’'-])"
    + r"|(?:(?:the|its|his|her|their|an?)\s+)?"
    + _INTERVIEWER_NOUN
    + r"(?:\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})?(?=\s+that\b)"
)
# Cues whose listener is optional, read as one only before "that": "radioed the tower that
# ..." (but "radioed the engine had failed": no listener).
_THAT_LISTENER_CUES = frozenset({"radioed", "radioing"})
# What a listener was warned of: "warning drivers *of* blowing snow", "warned parents *about*
# a scam that targets seniors" (the danger is the content, after the listener); not when the
# of-phrase is the listener's and a clause follows it (`_WARNED_CLAUSE`): "warned parents of
# young children *to keep* them indoors", "warned residents of Elm Street *the water was*
# unsafe", "warned residents of Elm Street *that the* water" (not "of the storm to come").
_WARN_FORMS = frozenset("warn warns warned warning".split())
_WARNED_OF = re.compile(r"\s+(?:(of)|about)\s+(?=[\w“\"$£€])")
# "told police he fled", "told police that", "told police in Lyon": the police listen when a
# pronoun, a determiner, "that", a preposition, a name or punctuation follows them; not before
# a verb, as the content's subject ("warned police would be overwhelmed"), nor before a noun
# ("told police officers to leave").
_AFTER_POLICE = (
    DETERMINERS | PREPOSITIONS | PERSON_PRONOUNS | PLURAL_PRONOUNS | {"it", "we", "there"}
) - {"that"}
_POLICE_LISTENER = (
    r"police(?=\s*[,.;:!?]|\s+(?:[A-Z]|(?:" + alternation(_AFTER_POLICE) + r"|that)\b(?!’s)))"
)
# The finite auxiliaries that show the words before them to be a subject, not a listener.
_FINITE_AUXILIARIES = AUXILIARY_VERBS - {"be", "been", "being", "do", "does", "did"}
_DETERMINER = r"(?:the|an?|this|these|those|that|his|her|its|their)\b"  # no noun's word
# The clause after a warned listener's of-phrase (`_WARNED_OF`).
_WARNED_CLAUSE = re.compile(
    r"(?:(?:[a-z][\w’'-]*\s+){1,3}?(?=to\s+(?!come\b)[a-z]{2,}\b)"
    r"|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}\s+(?:that\s+)?(?=" + _SUBJECT_OPENER + r"\s))"
)
_NOT_AFTER_PREPOSITION = "".join(
    rf"(?<!\s{p})" for p in ("of", "at", "in", "on", "from", "for", "with", "to", "by")
)
# Bodies that are told things as one: "told the school board", "told a Senate committee".
_LISTENING_BODIES = frozenset(
    """board council committee commission panel jury court tribunal inquiry assembly
    cabinet senate chamber legislature parliament congress meeting hearing conference
    audience crowd rally summit forum gathering trial inquest""".split()
)
# Who belong to a body or lead it, after its noun: "board members", "union leaders".
_BODY_MEMBERS = r"(?:members|leaders|officials|staff|executives|employees|workers|chiefs)"
_BODY_OR_VENUE = "(?:" + alternation(_LISTENING_BODIES | VENUE_WORDS) + ")s?"
# The people of the speaker's own told, a plural of people after a possessive, before the
# content's subject: "told her fans the tour was over", "told his players that", "told his
# neighbours the fence" (a Canadian "-ours" too); or a collective noun of them ("told her
# congregation that", "told his staff the plant would close").
_OWN_COLLECTIVES = frozenset("congregation congregations flock staff team class pupils".split())
_OWN_PEOPLE = (
    r"(?:his|her|their|its|our|my)\s+(?:[a-z-]+\s+){0,2}?(?:"
    + alternation(
        _PLURAL_LISTENERS | _OWN_COLLECTIVES | {"reporters", "supporters", "viewers", "listeners"}
    )
    + r"|[a-z]+(?:our|or|er|ist|ant|ent|ian)s)(?=\s+"
    + _SUBJECT_OPENER
    + r"\b)"
)
# A gathering of the speaker's own told, before "that", perhaps after a time or an adjunct:
# "told her own press conference on Thursday that", "told his weekly briefing that"; "her" is
# its possessive, no listener of its own.
_OWN_GATHERING = (
    r"(?:his|her|their|its|our|my)\s+(?:own\s+)?(?:[a-z-]+\s+){0,2}?"
    + alternation(_LISTENING_BODIES)
    + r"(?=(?:\s+(?:(?:on|last|this|earlier)\s+)?"
    + TIME
    + r"\b)?\s+that\s)"
)
# A time or an adjunct between a listener and "that", for every kind of listener: "told
# senior managers last week that", "told the plant's manager on Sept. 12 that", "told the
# finance committee in a letter that", "warned the city's inspectors in 2023 that"; not the
# adjunct's own relative "that" ("in a meeting that lasted an hour", "in areas that flooded").
_ADJUNCT_THEN_THAT = (
    r"\s+(?:(?:last|this|earlier)\s+)?"
    + TIME
    + r"\b(?:\s+\d{1,2}\b)?\s+that\s"
    + r"|\s+(?:in|at|during|on|via|over)\s"
    + r"(?:[^,.;:“”\"]|(?<=\b[A-Z][a-z]{2})\.|(?<=\b[A-Z][a-z]{3})\.){1,60}?\s+that\s"
    + r"(?!(?:"
    + RELATIVE_VERB
    + r"|[a-z]+ed)\b)"
)
# Where the listeners are, no time: "told reporters *in Washington* the plan was dead"; the
# place's common noun with it before "that", the content's subject's opener, an adjunct and
# "that" or a comma or colon ("told reporters at Frankfurt *airport* the union was wrong"),
# not the subject's own modifier ("told journalists in Madrid station managers had ...").
_LISTENERS_PLACE = (
    rf"(?:\s+(?:in|from|at)\s+(?!(?i:{TIME})\b)[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){{0,2}}"
    r"(?:\s+"
    + alternation(NAMED_PLACE_NOUNS)
    + r"(?=\s+"
    + _SUBJECT_OPENER
    + r"\b|"
    + _ADJUNCT_THEN_THAT
    + r"|\s*[,:]))?(?![\w’'-]))?"
)
# A time after a bare body told, with "on" or "last" perhaps: "told council *on Tuesday*",
# "told court *last week*".
_BODY_TIME = r"\s+(?:(?:on|last|this|earlier)\s+)?" + TIME + r"\b(?:\s+\d{1,2}\b)?"
# A capitalised title or body ending a listener after lower-case modifiers: "Labour Minister",
# "Labour Board".
_CAPITALISED_TITLE = (
    r"(?:" + alternation(frozenset(w.capitalize() for w in ROLE_NOUNS | _LISTENING_BODIES)) + r")\b"
)
# A word of a listener's noun phrase before an infinitive: no pronoun, function word,
# auxiliary or past ("the court she wanted to", "the board staff needed to" are clauses).
_LISTENER_WORD = (
    r"(?!(?:"
    + alternation(FUNCTION_WORDS | AUXILIARY_VERBS | SUBJECT_PRONOUNS)
    + r")\b)(?![a-z]+ed\b)[a-z-]+"
)
# Someone of the speaker's own told, by kin or role after a possessive and a modifier perhaps,
# before "that" or the content's subject: "told his wife he planned to", "told her lawyer
# that", "told her elderly mother the house was sold", "told their sons that" (before
# `him|her` alone, which would leave the noun to the content).
_ONE_OF_OWN = (
    r"(?:his|her|their|its|our|my|your)\s+(?:"
    + _LISTENER_WORD
    + r"\s+)?(?:"
    + alternation(frozenset(KIN_CONVERSES) | {f"{kin}s" for kin in KIN_CONVERSES} | ROLE_NOUNS)
    + r")(?=\s+"
    + _SUBJECT_OPENER
    + r"\b)"
)
# A network's or a body's possessive and what of it listens, before "that" (and a time): a
# programme's title in title case, its small words too, or a common noun ("told CBC Radio's
# *On the Coast* that", "told NBC's *Meet the Press* on Sunday that", "told Acme's *board
# members* at the meeting that"); a role or a body, and a name, before the content's subject
# ("told Ottawa's *mayor (Ann Kwan)* the bridge was safe").
_POSSESSED_LISTENER = (
    r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}[’']s(?:"
    r"(?:\s+(?:[A-Z][\w’'-]*|the|of|and|on|in|a|an|to|for|at|with|&)){0,4}?"
    r"\s+(?:[A-Z][\w’'-]*|[a-z-]+(?:\s+[a-z-]+)?)(?=(?:\s+"
    + TIME
    + r")?(?:\s+(?:in|at|during|via|over)\s[^,.;:“”\"]{1,60}?)?\s+that\b)"
    r"|(?:\s+[a-z-]+){0,2}?\s+"
    + alternation(_LISTENING_BODIES | ROLE_NOUNS)
    + r"s?(?:\s+[A-Z][\w’'.-]*){0,3}(?=\s+"
    + _SUBJECT_OPENER
    + r"\b))"
)
# The "that" of the content after a listener's relative clause, not a demonstrative before a
# time in that clause ("told everyone who called *that morning* that", "reporters who
# gathered *that day* that").
_CONTENT_THAT_NEXT = (
    r"(?=\s+that\s(?!\s*(?:" + TIME + r"|" + alternation(frozenset(DURATION_UNITS)) + r")\b))"
)
# Anyone at all, perhaps a relative clause of a few words after it (with its pronoun or
# without), before "that": "tells *anyone who asks* that", "told *everyone who would listen*
# that", "told *everyone he met* that", "told *everyone* that"; not "asked anyone with
# information to call", the request.
_ANYONE_WHO = (
    r"(?:"
    + alternation(NO_ANTECEDENT_WORDS - {"no one", "no-one", "nobody"})
    + r"|those(?=\s+who\s))(?:\s+(?:who|whom|he|she|they|we|I|you)(?:\s+[a-z]+){1,3}?)?"
    + _CONTENT_THAT_NEXT
)
_LISTENER = re.compile(
    r"\s+(?:"
    + _POSSESSED_LISTENER
    + r"|"
    + _INTERVIEWER
    + r"|"
    + _ANYONE_WHO
    + r"|"
    + _OWN_PEOPLE
    + r"|"
    + _ONE_OF_OWN
    + r"|"
    + _OWN_GATHERING
    # a show by its quoted title before "that": 'told "Good Morning Ottawa" that'
    + r"|(?:"
    + _SHOW_TITLE
    + r")(?=\s+that\b)"
    # "you" before a clause, not before what is asked of you ("asks you to confirm")
    + r"|him|her|them|us|me|you(?!\s+to\s)|reporters|journalists|lawmakers|supporters"
    r"|listeners|viewers"
    r"|analysts|clients|parliament|congress|diplomats|delegates"
    # the members of a treaty body, perhaps after its acronym, or allies: "told member states
    # in a confidential report that", "told EU member states", "told NATO allies"; a pair
    # joined by "and" only before a venue or "that" ("told member states and donors in a
    # report that"), not the first of listeners joined ("warned member states and candidate
    # countries about")
    r"|(?:[A-Z]{2,}\s+)?(?:member\s+(?:states|countries|nations)|allies)"
    r"(?:\s+and\s+(?:[a-z]+\s+)?[a-z]+s(?=\s+(?:in|at|on|during|that)\b)|(?!\s+(?:and|or)\b))|"
    + _POLICE_LISTENER
    # "told faculty members", "told the school board members"; not "warned that members"
    + r"|(?:(?:the|its|his|her|their)\s+)?(?:(?!that\b)[a-z]+\s+){0,2}?members|"
    + alternation(_PLURAL_LISTENERS)
    # a body's part or its "of" complement before "that", or before "whether" or "if" what
    # was asked of them: "told the agency's board of governors that", "told the committee of
    # experts that", "told the bank's staff that", "asked the housing secretary whether",
    # "warned the failed lender's lawyers that"
    + r"|(?:the|its|his|her|their)\s+(?:(?:[a-z-]+\s+){0,2}?[\w-]+[’']s\s+)?(?:(?!"
    + _DETERMINER
    + r"|to\b)[a-z-]+\s+){0,2}?"
    r"[a-z-]+(?:\s+of\s+(?:the\s+)?(?:(?!" + _DETERMINER + r")[\w-]+\s+){0,2}?[\w-]+)?"
    r"(?=\s+(?:whether|if)\b|"
    + _ADJUNCT_THEN_THAT
    + r"|\s+that\s+(?!"
    + RELATIVE_VERB
    + r"\b))"
    # a body or a gathering, its modifiers before it, the last of its nouns: "told a
    # parliamentary committee", "told an investor conference", "told a board meeting"
    + r"|an?\s+(?:(?!of\b)[\w’'-]+\s+){0,2}?"
    + _BODY_OR_VENUE
    + r"\b(?!\s+"
    + _BODY_OR_VENUE
    # and its complement before "that" or the content's subject: "a jury of her peers", "a
    # crowd of about 3,000 supporters on Saturday", "an invited crowd at the Union League club",
    # "told a crowd of 3,000 supporters the fight was not over" (not after a preposition: "a
    # crowd of supporters in the capital")
    + r"\b)(?:\s+(?:of|at|in|from)\s+(?:[^,.;:“”\"]|(?<=\d)[,.](?=\d)){1,60}?(?=\s+that\b|"
    + _NOT_AFTER_PREPOSITION
    + r"\s+"
    + _SUBJECT_OPENER
    + r"\s))?"
    # a venue or one person by an agent noun: "told a reporter", "told one passenger", "told
    # a neighbour" (its British spelling only: not "a colour guard", "an hour"); or one person
    # by a noun of no agent ending, before "that" or what was asked: "told a friend that",
    # "told an aide on Monday that", "asked a nurse why", "asked one resident whether"
    + r"|(?:an?|one)\s+(?:(?!of\b)[\w’'-]+\s+){0,2}?(?:(?:"
    + _VENUE
    + r"|[a-z]+(?:or|(?<=neighb)our|er|ist|ant|ent|ian))"
    r"(?:\s+of\s+[^,.;:“”\"]{1,40}?(?=\s+that\b))?"
    + r"|"
    + alternation(ONE_PERSON_NOUNS | ROLE_NOUNS)
    + r"(?="
    + _ADJUNCT_THEN_THAT
    + r"|\s+that\s|\s+(?:whether|if|why|how|what|when|where)\b))"
    r"|"
    + _NAMED_OUTLET
    # a body or a role told, its modifiers before it, then the clause's subject: "told the
    # health board she would leave", "told the health minister the plan had failed" (not
    # "the health" alone)
    + r"|(?:the|its|his|her|their)\s+(?:[\w-]+[’']s\s+(?:[a-z-]+\s+){0,2}?|(?:[a-z-]+\s+){1,2}?)"
    + alternation(_LISTENING_BODIES | ROLE_NOUNS)
    + r"(?="
    + _ADJUNCT_THEN_THAT
    + r"|\s+"
    + _SUBJECT_OPENER
    + r"\b)"
    # a lower-case modifier or two before a capitalised title ("the federal Labour
    # Minister"; not "the jury Smith": a name, the content's subject)
    + r"|the\s+(?:(?:[a-z-]+\s+){1,2}(?:[A-Z][\w’'.-]*\s+){0,3}"
    + _CAPITALISED_TITLE
    # a name with its "of" ("the House of Commons", "the Bank of England")
    + r"|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*"
    + r"(?:\s+of\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)?"
    + _MEDIUM_NOUN
    # or its modifiers and noun before an infinitive or "for" what is asked: "asked the
    # federal government to act", "asked the city council for a crossing" (not a clause's
    # subject and verb: "told the court she wanted to go")
    + r"|(?:"
    + _LISTENER_WORD
    + r"\s+){1,2}"
    + _LISTENER_WORD
    + r"(?=\s+(?:to\s+[“\"‘]?[a-z]|for\s))|\w+)"
    r"|[a-z]+(?:or|er|ist|ant|ent|ian|al)s"
    # the same after nouns of their trade, when "that" or a subject's determiner or pronoun
    # follows: "told aid workers the boat had sunk", "told coast guard officers he"; not
    # "warned aid workers would leave"
    r"|(?:[a-z]+\s+){1,2}[a-z]+(?:or|er|ist|ant|ent|ian|al)s(?="
    + _ADJUNCT_THEN_THAT
    + r"|\s+"
    + _SUBJECT_OPENER
    + r"\b)"
    r"|this\s+(?:" + alternation(_THIS_OUTLET) + r")"
    # "told analysts that", "told staff in a memo that", "told staff the files were lost"
    r"|(?:staff|[a-z]{3,}s)(?=\s+that\s|" + _ADJUNCT_THEN_THAT + r")"
    r"|staff(?=\s+" + _SUBJECT_OPENER + r"\b)"
    # a body bare, as Canadian and British copy writes it: "told council the plan was sound",
    # "told city council that", "told court he was sorry", its time with it ("told council
    # (on) Tuesday the plan was sound", "..., a fire chief told council on Tuesday."); a
    # hearing's, a headline's "tells inquiry she", "tells fraud trial she"
    r"|(?:(?:city|town|county|regional|municipal|village|district)\s+)?"
    r"(?:council|court|cabinet|caucus|committee|inquiry|inquest|tribunal|jury"
    r"|(?:[a-z]+\s+)?(?:trial|hearing))(?:"
    + _BODY_TIME
    + r"(?=\s+"
    + _SUBJECT_OPENER
    + r"\b|\s*[.,;!?]))?(?=\s+that\s|"
    + _ADJUNCT_THEN_THAT
    + r"|\s+"
    + _SUBJECT_OPENER
    + r"\b|\s*[.,;!?])"
    r"|(?:[A-Z][a-z]+\s+(?:" + _PRESS_SCOPE + r"\s+)?|" + _PRESS_SCOPE + r"\s+)"
    r"(?:media|press|television|TV|radio)"
    # a name, of two joined by "and" or "&" too: "told The Globe and Mail", "told Ann and Tom";
    # a brand's "!" with it ("told E! that", "told Hello! magazine")
    r"|(?:\d+)?[A-Z][\w’'.-]*(?:(?<=[A-Za-z])!)?(?:\s+(?:"
    + _LATER_NAME_WORD
    + r"|(?:and|&)\s+[A-Z][\w’'.-]*|\d+(?:[’']s)?))*"
    + _MEDIUM_NOUN
    + r")"
    + BOUND_R
    + _LISTENERS_PLACE
    # no listener before a finite verb, whose subject it is: "warned the price was too high",
    # nor the first noun of a body's members or leaders before one ("told the board members
    # would vote", "warned the union leaders were misleading workers")
    + r"(?!(?:(?<=[a-rt-z])(?<!\bhim)(?<!\bher)(?<!\bme)(?<!\bthem)(?:\s+(?!"
    + _SUBJECT_OPENER
    + r"\b)[a-z]+)?\s+"
    + _BODY_MEMBERS
    + r")?\s+(?:"
    + alternation(_FINITE_AUXILIARIES)
    + r")\b)"
)
# A participle's phrase after a listener, where it stands and why, up to "that" ("told the
# crowd *gathered for the rally* that", "told reporters *assembled Tuesday* that"), or up to
# the content's pronoun subject when a place word or "to" and a verb follows the participle,
# with no finite verb before the pronoun: "told reporters *waiting outside* he would run"
# (not the content's modifier: "told reporters waiting lists would shrink if they", "told the
# committee standing orders had been ignored when she", "told reporters waiting times had
# grown and that he").
_NO_FINITE_AUXILIARY = r"(?:(?!\s(?:" + alternation(_FINITE_AUXILIARIES) + r")\s)[^,.;:“”\"\n])"
_LISTENER_PARTICIPLE = re.compile(
    r"\s+(?:"
    + alternation(GATHERED_PARTICIPLES)
    + r")\b(?:"
    + _NO_FINITE_AUXILIARY
    + r"{1,60}?(?=\s+that\s)|(?:\s+up)?\s+(?:"
    + alternation(PLACE_PREPOSITIONS - {"to"} | {"here", "there"})
    + r"|to\s+(?!"
    + _SUBJECT_OPENER
    + r"\b)[a-z]+)\b"
    + _NO_FINITE_AUXILIARY
    + r"{0,60}?(?=\s+(?:he|she|they|we|I)\s))"
)
# A relative clause on a listener, up to the "that" of the content: "told reporters *who
# gathered outside* that" (an indefinite's: `_ANYONE_WHO`).
_LISTENER_RELATIVE = re.compile(r"\s+(?:who|whom)\s+[^,.;:“”\"\n]{1,50}?" + _CONTENT_THAT_NEXT)
# "and" (or "as", "even as": a clause of time), then a subject of up to three words and no
# function word, just before a cue: a second attribution joined to the first ("called it a
# relief *and tenant groups* said", "backed the plan *and critics* warned", "defended the plan,
# *even as critics* warned"; not "and the judge who wrote", nor "as" of a comparison or an
# example: "measures such as rent caps landlords say", "known as", "as well as").
_AND_SUBJECT_BEFORE = re.compile(
    r",?\s+(?:and|(?:even\s+)?(?<!\bsuch\s)(?<!\bso\s)(?<!\bknown\s)(?<!\bsame\s)(?<!\bwell\s)as)\s+(?:(?:the|a|an|its|their|his|her|some|many|most)\s+)?(?:"
    + NOT_FUNCTION_WORD
    + r"[\w’'-]+\s+){1,3}\Z",
    re.IGNORECASE,
)
# A finite auxiliary or a modal right after a cue, the verb of its content with no subject of
# its own: the cue is in a relative clause without its pronoun ("increases economists warned
# *would* fuel inflation").
_FINITE_NEXT = re.compile(r"\s+(?:" + alternation(_FINITE_AUXILIARIES | MODALS) + r")\b")
# What makes "and" join a list's last item or a clause's subjects inside an object ("as
# Britain, France and Spain say", "a deal that Lee and Ames say"), no second attribution.
_LIST_OR_CLAUSE = re.compile(
    r",|\b(?:that|which|who|whom|as|because|while|when|if|since|after|before|where)\b"
)
# A phrase of time or place of at most two words after its determiner, and nothing else:
# "at 3 a.m.", "at funerals", "in the lobby" (not "in 2019 prices fell").
_CIRCUMSTANCE_OBJECT = (
    r"\s+(?:(?:the|a|an|this|that|his|her|their|its)\s+)?[\w’'-]+(?:\s+[\w’'-]+)?"
    r"(?:\s+[ap]\.m\.)?[.!?]?"
)
_SHORT_CIRCUMSTANCE = re.compile(r"(?:at|in|during|before|after)" + _CIRCUMSTANCE_OBJECT)
# Such a phrase whose preposition no cue takes for its object (as "hinted at a reunion"
# does): after any cue, where or when, and the object went before ("a limitation the
# authors acknowledged in the paper").
_SHORT_SETTING = re.compile(r"(?:in|during)" + _CIRCUMSTANCE_OBJECT)
# A deadline and nothing else after a cue: "(had not conceded) by early Wednesday", "(had
# not commented) by midnight", "by Tuesday evening" (not "said by Friday the count ends").
_SHORT_DEADLINE = re.compile(
    r"by\s+(?:(?:late|early)\s+)?(?:"
    + TIME
    + "|"
    + alternation(TIMES_OF_DAY | SEASONS)
    + r")(?:\s+"
    + TIME
    + r")?[.!?]?"
)
# The prepositions `_SHORT_CIRCUMSTANCE`, `_SHORT_SETTING` and `_SHORT_DEADLINE` open with.
_SHORT_OPENERS = ("at", "in", "during", "before", "after", "by")
# The prepositions of a testimony's setting or side (`TESTIFY_FORMS`): "testified at the
# trial", "against her former boss"; not its topic ("testified about the fire").
_TESTIMONY_SETTINGS = (PREPOSITIONS - {"about"}) | {"against", "behind"}
# "That" or a quotation mark in a testimony's prepositional phrase: the testimony may follow.
_THAT_OR_QUOTE = re.compile(r"\bthat\b|[“”\"‘:]")
# A word in lower case after a participle, the noun it modifies: "(of freezing) rain".
_NOUN_AFTER = re.compile(r"[^\S\n]+[a-z]{3,}\b")
# A preposition making an amount approximate, the amount opening a clause's subject: "about
# 14", "at least a third", "over $2 million", "under half".
_APPROXIMATE_AMOUNT = re.compile(
    r"(?i:about|over|under|at\s+(?:least|most))\s+(?:[$€£]?\d|(?:an?\s+)?(?i:"
    + alternation(frozenset(NUMBER_WORDS) | frozenset(SCALE_WORDS) | frozenset(FRACTION_WORDS))
    + r")\b)"
)
# The word after such an amount's number (past "a" or "an"): its unit ("two *days*", "a
# dozen *times*", "half an *hour*").
_UNIT_AFTER_AMOUNT = re.compile(r"[\w.,]*\s+(?:an?\s+)?([a-z]+)")
# "up to" and an amount opening content, the most of it, no particle: "(said) up to 40 homes
# flooded", "up to $2 million", "up to a foot of snow" (not "showed up to vote"); not how
# often or how long before the saying ("said up to 10 times that", "said up to half an hour
# before the storm that", "said up to a point, ..."), an adjunct of the cue.
_UP_TO_AMOUNT = re.compile(
    r"up\s+to\s+(?!a\s+point\b|(?:\S+\s+){1,2}times\b(?!\s+(?:as|more|the)\b)|(?:\S+\s+){1,3}(?:"
    + alternation(frozenset(DURATION_UNITS))
    + r")\s+(?:before|after|earlier|later|ago)\b)(?:[$€£]?\d|(?:an?|half|(?i:"
    + alternation(frozenset(NUMBER_WORDS))
    + r"))\b)"
)
# "On" before a time, a testimony's setting ("testified on Tuesday", "on the second day"), not
# its topic ("testified on the dangers of opioids").
_ON_TIME = re.compile(
    r"\s*on\s+(?:(?:the|that|this)\s+)?(?:[\w-]+\s+){0,2}?(?:"
    + TIME
    + r"|(?i:day|days|night|nights|morning|afternoon|evening))\b"
)
# A clause after a testimony's setting, its "that" left out: a subject not after a
# preposition, then its finite verb ("testified in court Tuesday *the victim died* within
# minutes"; not "at the trial of *a man charged* with fraud").
_CLAUSE_AFTER_SETTING = re.compile(
    r"(?<![\w’'-])(?!(?:"
    + alternation(PREPOSITIONS)
    + r")\s)[\w’'-]+\s+(?:the|a|an|his|her|their|its)\s+(?:[\w’'-]+\s+){0,2}?"
    + FINITE_VERB.pattern
)
# Cues whose object "in" opens: "believed in the drug".
_IN_OBJECT_CUES = frozenset("believe believes believed believing".split())
_SAY_FORMS = frozenset("say says said saying".split())  # no preposition after them
_BOUNDARIES = ",'―—–:" + CLOSE_MARKS  # what ends a clause before a cue or a speaker
_FIRST_WORD = re.compile(r"[\s,]*(\w+)")  # past spaces and commas
_PARTICIPLES = ADJUNCT_PARTICIPLES | SPEECH_CUES | STANCE_CUES | BELIEF_CUES


class Clauses(State):
    """The bounds of content beside a cue."""

    def _after_comma(self, at: int) -> bool:
        """Whether a comma (and spaces) stands just before `at`."""
        return self.text[max(0, at - 3) : at].rstrip().endswith(",")

    def _before_main_verb(self, start: int, end: int, phrase: Phrase, object_only: bool) -> int:
        """Where the content from `start` (to `end` at most) of a cue in a relative clause
        set without a comma on the sentence's subject ends: before the sentence's own verb of
        speech or thought, the first after it ("Residents who back the plan *said* ...": the
        plan); `end` if the cue is in no such clause or no such verb follows. `object_only`:
        the cue takes an object, not a clause, so the verb may follow a name ("Voters who back
        Lee say ..."); else a name or a pronoun before it is its own subject ("who fear Lee
        said ...")."""
        if restrictive_subject(self.text, phrase) is None:
            return end
        head = (phrase.antecedent or phrase).words[-1].lower()
        plural = head in _PLURAL_SUBJECTS or head.endswith("s") and not head.endswith("ss")
        first = bisect.bisect_right(self.cue_starts, start)
        for cue_start, cue_end in self.cues[first : bisect.bisect_left(self.cue_starts, end)]:
            verb = self.text[cue_start:cue_end].lower()
            if verb not in _MAIN_VERBS or (verb in _PRESENT_SINGULAR if plural else verb in _BASE):
                continue  # "Officials who believe the report *says* ...": the clause's verb
            before = self.text[max(start, cue_start - 24) : cue_start].split()
            if not before or before[-1].lower() in _NOT_BEFORE_MAIN_VERB:
                continue
            if object_only or not (before[-1][0].isupper() or before[-1] in SUBJECT_PRONOUNS):
                return cue_start
        if not object_only:  # past the reported clause's own verb: "would win *lost* money"
            verb = FINITE_VERB.search(self.text, start, end)
            sole = self._sole_own_verb(start, end, verb)
            if sole is not None:
                return sole  # "Lenders that promised high yields *turned* out to be broke"
            if verb is None:
                return end
            start = verb.end()
        return self._own_verb(start, end)

    def _sole_own_verb(self, start: int, end: int, verb: re.Match[str] | None) -> int | None:
        """Where the sentence's own verb stands in the content from `start` (to `end` at most)
        of a cue that may take a clause, in its subject's relative clause, when it is the only
        verb there (`verb`: the first finite verb from `start`): the cue took an object, no
        clause, which would leave the sentence no verb ("Investors who believed the hype
        *lost* their savings"); not "Officials who said the plan was safe were fired" (two
        verbs: the clause's, then the sentence's), None then."""
        own = self._own_verb(start, end)
        if own == end or verb is not None and verb.start() < own:
            return None
        after = _VERB_WORD_AFTER.match(self.text, own)
        if after is None or after.group(1) in _NOT_SOLE_VERBS:
            return None  # "who fear the school *will* close", "who believe the vote *was* rigged"
        later = after.end()
        if self._own_verb(later, end) < end or _finite(self.text, FINITE_VERB, later, end):
            return None  # a verb of its own after it
        if not _predicate_alone(self.text, later, end):
            return None  # "who fear the school lost its funding *keep* their children home"
        return own

    def _own_verb(self, start: int, end: int) -> int:
        """Where the sentence's own verb (`_OWN_VERB_NEXT`) after its subject's relative
        clause stands in text[start:end], before any "and" and its clause; `end` if none."""
        joined = _CONJUNCTION.search(self.text, start, end)  # "... and said they were"
        limit = joined.start() if joined else end
        for own in _OWN_VERB_NEXT.finditer(self.text, start, limit):
            before = self.text[max(start, own.start() - 12) : own.start()].split()
            if (
                not before
                or before[-1].lower() in _NOT_BEFORE_OWN_VERB
                and not (before[-1][0].isupper() and before[-1].lower() in MODALS)
            ):  # "drafted in May *were*": a month or a name, no modal
                continue
            if own.group("past") and self._verb_after(own.end("past"), limit):
                continue  # a participle in the object: "the ruling handed down by ..."
            return own.start()  # "Activists who backed the cuts *have* not backed down"
        return end

    def _verb_after(self, start: int, end: int) -> bool:
        """Whether a verb, or a cue that may be one, stands in text[start:end] before a comma
        or a relative word ("... called in to radio *shows*"): the past in -ed before it is
        no predicate of its own ("showed up at the meeting, which had been *delayed*": one)."""
        clause = _CLAUSE_BREAK.search(self.text, start, end)
        end = clause.start() if clause else end
        first = bisect.bisect_left(self.cue_starts, start)
        return (
            first < len(self.cue_starts)
            and self.cue_starts[first] < end
            or _finite(self.text, _LATER_VERB, start, end)
        )

    def _before_coordinated_cue(self, cue: Span, start: int, end: int) -> int:
        """Where the object from `start` (to `end` at most) of the cue at `cue` ends before
        "and", a subject and a cue of its own ("a plan the mayor called a relief and tenant
        groups said would fail", "backed the plan and critics warned it would fail"): that
        subject's attribution; `end` if none stands in it. A cue with no subject after it
        joins a relative clause with no pronoun to the noun before, unless `cue` is one too
        ("opposed the tax cuts and spending increases economists warned would fuel
        inflation": one object)."""
        first = bisect.bisect_right(self.cue_starts, start)
        for cue_start, cue_end in self.cues[first : bisect.bisect_left(self.cue_starts, end)]:
            if self.text[cue_start:cue_end].lower() not in _MAIN_VERBS:
                continue  # "drones and other commonly *held* gear", "ads and phone *calls*"
            if _FINITE_NEXT.match(self.text, cue_end) and not gapped(self.text, cue):
                continue  # "spending increases economists warned *would* fuel": a gap's cue
            joined = _AND_SUBJECT_BEFORE.search(self.text, max(start, cue_start - 48), cue_start)
            if joined is not None and not _LIST_OR_CLAUSE.search(self.text, start, joined.start()):
                return joined.start()
        return end

    def _after_coordinated_object(self, start: int, cue_start: int) -> int:
        """Where the subject of a cue at `cue_start` may start, not before `start`: after the
        object of the statement just before it when "and" and that subject stand between
        ("backed the plan *and critics* warned": critics, not "the plan and critics")."""
        if not self.statements:
            return start
        last_end = self.statements[-1].span[1]
        if not start < last_end < cue_start:
            return start
        if _AND_SUBJECT_BEFORE.fullmatch(self.text, last_end, cue_start) is None:
            return start
        verb = WORDS.match(self.text, cue_start)
        return last_end if verb is not None and verb.group().lower() in _MAIN_VERBS else start

    def _before_relative_close(self, start: int, end: int, phrase: Phrase) -> int:
        """Where the object from `start` (to `end` at most) of a cue in a relative clause set
        off by commas ends: at the comma just before a later cue, the sentence's own verb
        ("Ray Imbert, who voted against the levy, later said ...": the levy); `end` if the
        cue is in no such clause or no cue follows a comma."""
        if phrase.pronoun in RELATIVE_PRONOUNS:
            if not self._after_comma(phrase.span[0]):
                return end
        elif self._phrase_relative_comma(phrase, start) < 0:
            return end
        return self._relative_close(start, end)

    def _relative_close(self, start: int, end: int) -> int:
        """Where the relative clause set off by commas that text[start] is in closes: at the
        comma just before a later cue or before the sentence's own verb; `end` if none."""
        text = self.text
        first = bisect.bisect_right(self.cue_starts, start)
        for cue_start, _ in self.cues[first : bisect.bisect_left(self.cue_starts, end)]:
            comma = comma_before_verb(text, start, cue_start)  # past "later", "has also"
            if comma >= 0:
                return comma
        comma = text.find(", ", start, end)
        while comma >= 0:
            if _MAIN_VERB_NEXT.match(text, comma + 1, end):
                return comma  # "Lee, who backs the plan, leads by 40 points": the plan
            comma = text.find(", ", comma + 2, end)
        return end

    def _apposed_relative(self, phrase: Phrase, inside: int) -> bool:
        """Whether `phrase` is a name with a description after its comma, an article opening
        it, that "that" opens a relative clause on, whose closing comma comes after `inside`
        ("Acme Foods, a firm that has lobbied for lower taxes, said ...": the clause's
        closing comma ends the object of its cue, not the object of "said")."""
        described = _APPOSED_THAT.match(self.text, phrase.span[1])
        return described is not None and inside < self.text.find(",", described.end())

    def _phrase_relative_comma(self, phrase: Phrase, inside: int) -> int:
        """Where the comma opening a relative clause that `phrase` is within, not as its
        pronoun, stands (`_relative_comma`), or that `phrase`, a name, is the subject of by
        its description (`_apposed_relative`), `inside` that clause; -1 if none."""
        if self._apposed_relative(phrase, inside):
            return phrase.span[1]  # the comma after the name
        return self._relative_comma(phrase.span[0])

    def _relative_comma(self, at: int) -> int:
        """Where the comma opening a relative clause that the words at `at` are within, not
        as its pronoun, stands ("The trust, which filed *a brief* backing the city, said ...",
        "Ann Lee, a Democrat whose *office* defended the law, said ..."): the clause's closing
        comma ends its cue's object, and the sentence's subject is before it; -1 if none."""
        text = self.text
        comma = text.rfind(", ", max(0, at - _RELATIVE_REACH), at)
        if comma < 0 or _RELATIVE_WORD.search(text, comma, at) is None:
            return -1
        return comma

    def _after_cue(
        self, cue: Span, word: str, end: int, opening: bool = False
    ) -> tuple[int, str | None, bool]:
        """Where the content after a cue starts (past listener, adjuncts, "that"), when it was
        said, and whether a "that" introduced it; `opening`: no content stands before the cue,
        so a venue's "that" opens the content unless another "that" follows."""
        text = self.text
        pos = cue[1]
        when = None
        if word in LISTENER_CUES or word in _THAT_LISTENER_CUES:
            listener = _LISTENER.match(text, pos, end)
            if listener is not None and (
                word in LISTENER_CUES or THAT_NEXT.match(text, listener.end(), end)
            ):
                pos = self._before_language(listener.start(), listener.end(), end)
                gathered = _LISTENER_PARTICIPLE.match(text, pos, end) or _LISTENER_RELATIVE.match(
                    text, pos, end
                )
                pos = gathered.end() if gathered is not None else pos
                topic = _WARNED_OF.match(text, pos, end) if word in _WARN_FORMS else None
                if topic is not None:
                    clause = topic[1] and _WARNED_CLAUSE.match(text, topic.end(), end)
                    pos = topic.end() if clause is None else clause.end()
        adverb = _ADVERB_FIRST.match(text, pos, end)
        if (
            adverb is not None
            and self._adjuncts_at(adverb.end(), end)
            and text.find(" that ", adverb.end(), adverb.end() + _ADJUNCT_THAT_REACH) > 0
        ):
            pos = adverb.end()  # "said separately on Thursday that": the adverb, the adjunct
        for _ in range(3):
            # Most often none (the loop ends at once), only those the first word may open.
            for pattern in self._adjuncts_at(pos, end):
                if opening and pattern is _VENUE_ADJUNCT:
                    pattern = _VENUE_ADJUNCT_OPENING
                adjunct = pattern.match(text, pos, end)
                if adjunct is not None and adjunct.end() > pos:
                    phrase = text[adjunct.start() : adjunct.end()].strip(" ,")
                    if pattern is _THAT_ADJUNCT and _absolute_report(phrase):
                        continue
                    if pattern is _COUNTED_ADJUNCT and not self._marked_after(adjunct.end(), end):
                        continue
                    # A time adjunct is a time; another may hold one ("in May at a rally").
                    if when is None and (
                        pattern is _CUE_TIME_ADJUNCT or TIME_ADJUNCT.search(phrase)
                    ):
                        when = phrase
                    pos = adjunct.end()
                    break
            else:
                break
        aside = _ASIDE_BEFORE_THAT.match(text, pos, end) or _MANNER_COLON.match(text, pos, end)
        if aside is not None:
            pos = aside.end()  # "said, in part, that", "puts it bluntly: debt is a trap"
        opener = (_OPENER if pos == cue[1] else _OPENER_AFTER_ADJUNCT).match(text, pos, end)
        if text.find(" that ", pos, pos + _ADVERB_REACH) > pos:
            opener = _ADVERB_OPENER.match(text, pos, end) or opener
        if opener is not None:
            pos = opener.end()
        return pos, when, bool(opener and "that" in opener.group())

    def _marked_after(self, pos: int, end: int) -> bool:
        """Whether "that", a colon or a quotation follows `pos`, perhaps after one adjunct:
        a number of times before it is how often it was said ("said three times *that*",
        "said 10 times in interviews *that*"), not a count in the content."""
        if _MARKED_NEXT.match(self.text, pos, end):
            return True
        for pattern in self._adjuncts_at(pos, end):
            adjunct = (
                pattern.match(self.text, pos, end) if pattern is not _COUNTED_ADJUNCT else None
            )
            if adjunct is not None and adjunct.end() > pos:
                return _MARKED_NEXT.match(self.text, adjunct.end(), end) is not None
        return False

    def _before_language(self, start: int, listener_end: int, end: int) -> int:
        """Where a listener from `start` ends: at `listener_end`, or before a language it
        took for a place when the language adjunct runs on past it ("told reporters *in
        English and French* that": the listener is "reporters")."""
        language = self.text.find(" in ", start, listener_end)
        if language < 0:
            return listener_end
        adjunct = _LANGUAGE_ADJUNCT.match(self.text, language, end)
        return language if adjunct is not None and adjunct.end() > listener_end else listener_end

    def _before_adverbial_clause(self, start: int, end: int) -> int:
        """Where an object from `start` (to `end` at most) ends before a clause of time or
        cause with its own subject and verb ("slammed the mayor *after a report found* that
        ...", "blasted the board *because its members had* ..."): when or why the object was
        taken on, not part of it; `end` if no such clause follows (not "after the vote")."""
        clause = _ADVERBIAL_CLAUSE.search(self.text, start, end)
        return clause.start() if clause is not None and clause.start() > start else end

    def _before_pointed_to(self, start: int, end: int) -> int:
        """Where a clause reported from `start` (to `end` at most) ends before "and" and a
        verb of pointing to evidence (`_POINTED_TO`: "... *and pointed to* her record"), when
        the clause says what is (`_states`: "that the charge was false"), its subject could
        point at nothing ("costs rose") or its words quoted end right before it ("she was
        “recycling old attacks” and pointed to ...": the speaker's own deed after the words);
        `end` if none, inside a quotation, or after a deed of people who may well have pointed
        themselves ("the man walked up to the counter and pointed to the safe")."""
        at = self.text.find(" and ", start, end)
        while at >= 0:
            if (
                _POINTED_TO.match(self.text, at, end)
                and self._quote_at(at) is None
                and (
                    self.text[at - 1] in '”"'
                    or _states(self.text, start, at)
                    or not _people_open(self.text, start, at)
                    or _STATE_VERB.search(self.text, start, at) is not None
                )
            ):
                return at
            at = self.text.find(" and ", at + 5, end)
        return end

    def _before_joined_predicate(self, start: int, end: int, word: str) -> int:
        """Where an object after the cue `word` from `start` ends before "and" and a
        predicate of the cue's subject (`_JOINED_PREDICATE`: "Lee denied wrongdoing *and has
        not been charged*"): nothing the subject said; `end` if none follows, if the cue
        most often reports a clause (`_CLAUSE_OBJECT_CUES`) and the words up to it hold a
        verb of their own ("insisted the mayor knew and has the emails"; not "expects strong
        sales and has hired 200 workers"), or if the content up to it is a clause, whose own
        subject the predicate may have ("said the fee rose and will rise again")."""
        at = self.text.find(" and ", start, end)
        joined = _JOINED_PREDICATE.match(self.text, at, end) if at >= 0 else None
        if joined is None:
            return end  # most often no "and" and an auxiliary: no more is tried
        words = self.text[start:at].lower().split()
        if word in _CLAUSE_OBJECT_CUES and _holds_verb(words):
            return end
        cue = bisect.bisect_left(self.cue_starts, at)
        if (
            # "and urged the board to", "and is expected to": a cue of its own, of the subject
            (cue < len(self.cue_starts) and self.cue_starts[cue] <= joined.end() + 1)
            or not _SHORT_OBJECT.fullmatch(self.text, start, at)
            or not FINITE_PASTS.isdisjoint(words)
            or not RELATIVE_PRONOUNS.isdisjoint(words)
            or "that" in words[1:]  # "a firm that audits jails and has": a relative clause
            or self._quote_at(at) is not None
        ):
            return end
        return at

    def _before_consequence(self, start: int, end: int, *, objects: bool = False) -> int:
        """Where content after a cue from `start` ends before a participle of a consequence
        after a comma (`CONSEQUENCE_PARTICIPLES`: "said the drug was safe, clearing the way
        for sales"), before the news set against it ("..., even as rivals dug in": the
        writer's, `_CONTRAST`), before how long before or after something it was said
        ("..., hours before council met", `_TIME_APART`) after `objects`, a stance's object
        ("criticized the cuts"), or a clause saying what is (`_STATE`: "the fares were
        unfair"), not one of an event, whose time it may be ("said the driver fled, minutes
        after the crash") nor a modal's, or before the narrator's apposition summing it up,
        closing the clause
        (`_SUMMING_APPOSITION`), or `start` itself when the content would open with a
        consequence after an interrupting attribution's comma; `end` if none does. Looked
        for as far as a clause runs. Not in a quotation, a list of -ing phrases ("means
        cutting costs, sending staff home and closing two branches") or after a modal of
        what may happen ("could flood roads, triggering")."""
        text = self.text
        # Every pattern read after `start` opens with a comma: none is tried from before the
        # first (most contents hold none).
        comma = text.find(",", start, end)
        summed = (
            None
            if comma < 0
            else _SUMMING_APPOSITION.search(text, comma, end)
            or _UNVERIFIED.search(text, comma, end)
        )
        if summed is not None and text.find(",", summed.end(), end) < 0:
            # "said crime fell, *a claim* the data contradicts": the narrator's, its noun
            # reporting nothing (not "said the levy, a move ..., would pass": apposed inside)
            self.summings.append((summed.end(1), end))
            end = summed.start(1)
        if text[start - 2 if start > 2 else 0 : start].rstrip().endswith(",") and (
            _consequence_at(text, start)
            or _OUTCOME.match(text, start)
            or _RECORD_OUTCOME.match(text, start)
        ):
            return start  # "Rents will rise, the minister said, *prompting* an outcry"
        engaged = _engaged_as(text, start, end)
        if engaged is not None and (
            self._quote_at(engaged[0].start()) is None
            and not _OPENS_WITH_PRONOUN[engaged[0]["pronoun"]].match(text, start)
            and not _may_stand_for(text, start, engaged[1], engaged[0]["pronoun"])
        ):
            # "said nurses were heroes as she opened a ward": the writer's time, not "said she
            # cried as she opened the letter" (her own deed she tells of) nor "said the man
            # was shouting as he opened the door" (the man's, told in the content)
            end = engaged[1]
            comma = text.find(",", start, end)
        if comma < 0:
            return end
        reach = start + LONGEST_CLAUSE if start + LONGEST_CLAUSE < end else end
        contrast = _CONTRAST.search(text, comma, reach)
        if (
            contrast is not None
            and self._quote_at(contrast.start(1)) is None
            and not _same_subject(text, start, contrast.end())
        ):
            end = reach = contrast.start(1)  # "said the plan was “dead,” even as talks went on"
        report = _WITH_REPORT.search(text, comma, reach)
        if (
            report is not None
            and (report.group(1) in _REPORT_CUES or report.group(1) in NAMING_PARTICIPLES)
            and self._quote_at(report.start()) is None
        ):
            end = reach = report.start()  # "..., with critics calling it a stunt": theirs
        apart = _TIME_APART.search(text, comma, reach)
        if (
            apart is not None
            and self._quote_at(apart.start(1)) is None
            and (objects or _states(text, start, apart.start()))
        ):
            end = reach = apart.start()  # "..., hours before council met": the writer's time
        at = text.find(", ", comma, reach)
        while at >= 0:
            if _RECORD_OUTCOME.match(text, at + 2) and self._quote_at(at) is None:
                if not _HOPED_FOR.search(text, start, at):
                    return at  # "won the seat, becoming the first to ...": the writer's note
                return end  # "would win, becoming the first": what may happen, theirs
            word = _consequence_at(text, at + 2)
            if word is not None:
                before = text[start:at].lower().split()
                if (
                    self._quote_at(at) is not None
                    or (
                        any(w.endswith("ing") for w in before[-3:])
                        and _GERUND_ITEM.match(text, word.end(), end) is not None
                    )
                    or not POSSIBILITY_MODALS.isdisjoint(before)
                ):
                    return end
                return at
            at = text.find(", ", at + 2, reach)
        return end

    def _is_adjunct(self, span: Span) -> bool:
        """Whether the content after a cue is only where or when it was said."""
        for pattern in self._adjuncts_at(span[0], span[1] + 1):
            if pattern is _THAT_ADJUNCT:
                continue  # a listener or place before "that", not all of the content
            match = pattern.match(self.text, span[0], span[1] + 1)
            if match and self._only_punctuation(match.end(), span[1] + 1):
                return True
        return False

    def _adjuncts_at(self, pos: int, end: int) -> tuple[re.Pattern[str], ...]:
        """The adjunct patterns text[pos:end] may open with, by its first word after spaces
        and a comma: most often none, and the others are not tried."""
        first = _FIRST_WORD.match(self.text, pos, end)
        return () if first is None else _adjuncts(first.group(1))

    def _is_circumstance(self, span: Span, has_before: bool, cue: Span) -> bool:
        """Whether content after the cue at `cue` is only where or when it was said ("at the
        time."): an adjunct; a short phrase of time or place after a listener or "say" ("the
        things patients ask her at 3 a.m.", "the words people say at funerals": the object
        went to a clause before; not "hinted at a reunion"), after any cue one in "in" or
        "during"; or (when there is content before the cue) a prepositional phrase."""
        if self._is_adjunct(span):
            return True
        if not has_before:
            text = self.text
            cue_word = text[cue[0] : cue[1]].lower()
            if cue_word in TESTIFY_FORMS and self._testimony_setting(span):
                return True
            if not text.startswith(_SHORT_OPENERS, span[0]):
                return False  # most contents: none of the short phrases below
            if (
                cue_word not in _IN_OBJECT_CUES
                and _SHORT_SETTING.fullmatch(text, span[0], span[1]) is not None
            ) or _SHORT_DEADLINE.fullmatch(text, span[0], span[1]) is not None:
                return True
            return (
                cue_word in _SAY_FORMS or bool(text[cue[1] : span[0]].strip())
            ) and _SHORT_CIRCUMSTANCE.fullmatch(text, span[0], span[1]) is not None
        words = WORDS.findall(self.text, span[0], min(span[1], span[0] + 40))
        if not words:
            return False
        first = words[0].lower()
        if self._as_comparison(first, span):
            return False  # "was, she said, as fair as any": a comparison, the predicate's
        if first in PREPOSITIONS:
            return not self._amount_opens(span)  # "A, she said, about 14 would see ..."
        return first == "to" and _names_listener(words[1:])

    def _testimony_setting(self, span: Span) -> bool:
        """Whether content after "testify" is only a prepositional phrase of where, when or
        for whom ("testified for the prosecution in the trial of Ben Arko", "on the second
        day", "against her boss"), no "that" nor quotation in it, nor a clause after it
        ("in court Tuesday the victim died"); "on" a topic is no setting ("on the dangers")."""
        first = _FIRST_WORD.match(self.text, span[0], span[1])
        if first is None:
            return False
        word = first.group(1).lower()
        return (
            word in _TESTIMONY_SETTINGS
            and (word != "on" or _ON_TIME.match(self.text, span[0], span[1]) is not None)
            and _THAT_OR_QUOTE.search(self.text, span[0], span[1]) is None
            and _CLAUSE_AFTER_SETTING.search(self.text, first.end(), span[1]) is None
        )

    def _when(self, span: Span) -> str | None:
        phrase = self.text[span[0] : span[1]].rstrip(" .")
        return phrase if len(phrase) < 60 and TIME_ADJUNCT.search(phrase) else None

    def _opens_content(self, span: Span) -> bool:
        """Whether reported content may start as `span` does: not with a conjunction ("who
        said and did ..."), nor with a place or an addressee ("did not respond to requests",
        "reported from Midway", "apologised to passengers"), nor with a participle phrase
        ("responded by saying"); a quotation opening with a capitalised conjunction is a
        sentence of its own ('said, “And then it rained.”', 'adding: “But we made it.”')."""
        end = span[0] + 40 if span[0] + 40 < span[1] else span[1]
        first = WORDS.search(self.text, span[0], end)
        if first is None:
            return False
        opener = first.group().lower()
        if opener in NOT_CONTENT_OPENERS:
            if first.group()[0].isupper() and self._quote_opening_at(first.start()):
                return True
            return opener == "up" and _UP_TO_AMOUNT.match(self.text, first.start()) is not None
        if opener not in PREPOSITIONS and opener not in {"to", "from"}:
            return True  # the common case, told without reading the second word
        second = WORDS.search(self.text, first.end(), end)
        if second is None:
            return True
        word = second.group()
        if opener in PREPOSITIONS and word.endswith("ing"):
            # "responded by saying ...": the participle is the cue; but "(warning) of
            # freezing rain": the participle modifies the topic's noun
            return opener == "of" and _NOUN_AFTER.match(self.text, second.end()) is not None
        if opener in {"to", "from"} and not self._headline(span[0]):
            return not (
                word.lower() in DETERMINERS
                or word[0].isupper()
                or word.isdigit()
                # "apologised to passengers (for the delay)": the addressees, people by what
                # they do, alone or before an adjunct (not before what was said to them:
                # "wrote to donors asking for help", "pledged to voters she would ...")
                or (
                    opener == "to"
                    and word.islower()
                    and people_plural(word.capitalize())
                    and self._adjunct_or_nothing_after(second.end(), span[1])
                )
            )
        return True

    def _adjunct_or_nothing_after(self, start: int, end: int) -> bool:
        """Whether text[start:end], after an addressee, holds nothing, opens with a
        preposition other than "to" ("for the delay", "on Monday") or with a participle set off
        by a comma, which says what was said in its own statement ("apologised to customers,
        saying"); no words said to them ("asking for help", "she would ...", "to ask for
        money")."""
        after = WORDS.search(self.text, start, end)
        if after is None or (after.group() != "to" and after.group() in PREPOSITIONS):
            return True
        return after.group().endswith("ing") and self.text[start : after.start()].strip() == ","

    def _near_time(self, span: Span) -> bool:
        """Whether content after a verb of saying opens with how near in time and "before"
        or "after" ("conceded just before midnight", "spoke shortly after the polls
        closed"): when it was said, not what."""
        first = WORDS.search(self.text, span[0], min(span[1], span[0] + 24))
        return (
            first is not None
            and first.group().lower() in NEARNESS_ADVERBS
            and _BEFORE_OR_AFTER.match(self.text, first.end(), span[1]) is not None
        )

    def _headline(self, pos: int) -> bool:
        """Whether `pos` is in a title-case headline ("Sanders vows To Eliminate Tax Breaks")."""
        para = bisect.bisect_right(self.para_starts, pos) - 1
        return para >= 0 and self.paras[para][0] in self.headlines

    def _starts_quote(self, span: Span) -> bool:
        """Whether `span` opens with a quotation (at its mark or just inside it)."""
        quote = self._quote_at(span[0] - 1) or self._quote_at(span[0])
        return quote is not None and span[0] in (quote.start, quote.content[0])

    def _as_comparison(self, first: str, span: Span) -> bool:
        """Whether the content at `span`, opening with the word `first` (in lower case), is a
        comparison of equality ("as fair as any"), the predicate going on, no clause of "as"."""
        return first == "as" and _AS_COMPARISON.match(self.text, span[0], span[1]) is not None

    def _subordinate(self, span: Span) -> bool:
        """Whether content after "X said," is a subordinate clause ("as they ...", "adding")."""
        first = WORDS.search(self.text, span[0], span[1])
        word = first.group().lower() if first is not None else ""
        if self._as_comparison(word, span):
            return False  # "The count was, she said, “as fair as any”": the predicate goes on
        return word in PREPOSITIONS or (word.endswith("ing") and word in _PARTICIPLES)

    def _amount_opens(self, span: Span) -> bool:
        """Whether `span` opens with an approximate amount made with a preposition ("about 14
        would ...", "at least a third of the ice is ...", "over 200 were ..."), the subject of
        a clause and not a phrase of a preposition; not an amount of time or of times, which
        may say when or how often it was said ("..., the prosecutor said, over two days of
        hearings", "..., he said, about a dozen times")."""
        amount = _APPROXIMATE_AMOUNT.match(self.text, span[0])
        if amount is None:
            return False
        unit = _UNIT_AFTER_AMOUNT.match(self.text, amount.end(), span[1])
        return unit is None or unit[1] not in TIME_AMOUNT_UNITS

    def _adverbial(self, span: Span) -> bool:
        """Whether text[span] is only an adverbial clause ("But when Congress cut funding",
        "Asked whether the pier would close"), which sets the scene of an attribution and is
        not what was said; with a main clause after a comma ("If Trump wins, the rules go") it
        is content."""
        if self.text.find(",", span[0], span[1]) >= 0:
            return False
        words = WORDS.findall(self.text, span[0], min(span[1], span[0] + 24))[:2]
        if words and words[0].lower() in {"but", "and", "so", "yet"}:
            words = words[1:]
        return bool(words) and (
            words[0].lower() in SUBORDINATORS or words[0].lower() in QUESTION_PARTICIPLES
        )

    def _scene_phrase(self, span: Span) -> bool:
        """Whether text[span] is only a short prepositional phrase with no verb and no number
        ("For the family", "In the end", "To Ana Ruiz"), or "by" and a time ("By Thursday",
        "By noon"), a time after it aside ("In a statement on Tuesday", "In a post late
        Friday"), which sets the scene of the clause after its comma ("For the family, the
        board felt distant", "By Friday, 300 people had replied") and is not what was said."""
        words = WORDS.findall(self.text, span[0], span[1])
        if 0 < len(words) <= _SCENE_WORDS and _time_phrase([w.lower() for w in words]):
            return True  # "Within hours", "Hours later", "Late last week": when, no content
        while len(words) > 2 and words[-1].lower() in TIME_WORDS and words[-2] in TIME_LEADS:
            del words[-2:]  # "In a statement on Tuesday": the scene and its time
        return (
            0 < len(words) <= _SCENE_WORDS
            and (
                words[0].lower() in SCENE_PREPOSITIONS
                or words[0].lower() == "by"
                and words[-1].lower() in _DEADLINE_TIMES
            )
            # an auxiliary as written: "In May", "For Will Hurd" are a month and a name
            and not any(
                w.isdigit() or w.lower() in NUMBER_WORDS or w in AUXILIARY_VERBS or w.endswith("ed")
                for w in words
            )
        )

    def _after_boundary(self, start: int, pos: int) -> bool:
        """Whether `pos` follows a clause boundary: a comma, a closing mark or a dash."""
        return self._boundary_ends(self._lead(start, pos))

    @staticmethod
    def _boundary_ends(lead: str) -> bool:
        """Whether `lead` (a `_lead`) ends with a clause boundary."""
        return bool(lead) and lead[-1] in _BOUNDARIES

    def _lead(self, start: int, pos: int) -> str:
        """The last characters before `pos` (not before `start`), trailing spaces removed."""
        return self.text[pos - LEAD if pos - LEAD > start else start : pos].rstrip()


# A public act the speaker did while speaking, after the content: ", as she opened a new
# ward", " as he unveiled a plaque" (`ENGAGEMENTS_DONE`), its pronoun named. Not
# "when", which most often times the event told ("said sales fell when they launched the
# phone"), nor "opened fire", a deed never done while speaking.
_ENGAGED = (
    r"\s+(?P<pronoun>he|she|they)\s+(?:formally\s+|officially\s+)?(?:"
    + alternation(ENGAGEMENTS_DONE)
    + r")\b(?!\s+fire\b)"
)
# One pattern for each conjunction, which opens it as a literal the regex engine skips to,
# the space before it looked behind from its end: "(?<=\s)(?:as|while)" opened by the look
# behind was tried at every position, for four times the cost. What ends the content before it:
_ENGAGED_AS = tuple(
    re.compile(conjunction + r"(?<=\s" + conjunction + ")" + _ENGAGED)
    for conjunction in ("as", "while")
)
_AFTER_CONTENT = re.compile(r",?[”\"’]?\s+\Z")
# The act's pronoun opening the content, a word of its own ("said she cried as she opened
# ...": hers; not "said health workers ...").
_OPENS_WITH_PRONOUN = {p: re.compile(p + r"\b") for p in ("he", "she", "they")}


def _engaged_as(text: str, start: int, end: int) -> tuple[re.Match[str], int] | None:
    """The first public act done while speaking in text[start:end] (`_ENGAGED_AS`) and
    where the content ends before it (its comma, closing mark and spaces), or None."""
    acts = [act for pattern in _ENGAGED_AS for act in pattern.finditer(text, start, end)]
    for engaged in sorted(acts, key=re.Match.start):  # in the order of the text
        cut = _AFTER_CONTENT.search(text, start, engaged.start())
        if cut is not None:
            return engaged, cut.start()
    return None


# The news a writer sets against what was said, after a comma (maybe inside a quotation's
# closing mark): "said a deal was “close,” *even as* talks stalled".
_CONTRAST = re.compile(r",[”\"’]?\s+(even\s+as)\s")
# Another's report set after a comma by "with", its subject (a name set off after a description
# perhaps) and a participle: "promised to scrap the tax, *with critics calling it* a stunt",
# "..., with its leader, Ann Lee, warning": the content ends before it (a participle of
# `_REPORT_CUES` or of naming, `NAMING_PARTICIPLES`; not "with rivals seeking 40 seats").
_WITH_REPORT = re.compile(
    r",\s+with\s+(?:[^,;:.“”\"]{1,40}?|[^,;:.“”\"]{1,50},\s+[A-Z][^,;:.]{1,40},)\s+([a-z]+ing)\b"
)
# A copula and what its subject is, no participle of an event after it: "the fares *were
# unfair*", "it *is a disgrace*", "the site *was not safe*"; not "the bridge was closed", "the
# boy was last seen", "the deal is expected to ...", "crews were driving".
_STATE = re.compile(
    r"\b(?:is|are|was|were|been)\s+(?:(?:not|never|still|also|too|so|very|quite|last|first"
    r"|\w+ly)\s+)*+(?!(?:being|"
    + alternation(POSTMODIFYING_PARTICIPLES)
    + r")\b|(?!(?:"
    + alternation(STATE_PARTICIPLE_ADJECTIVES)
    + r")\b|committed\s+to\b)[a-z]+(?:ed|ing)\b)[\w$][\w’'-]*"  # the word whole: no verb
)


# Words of people, who may do what a reported clause tells ("the girl cried and pointed").
_PEOPLE_WORDS = (
    ROLE_NOUNS
    | ONE_PERSON_NOUNS
    | CHILD_NOUNS
    | MALE_NOUNS
    | FEMALE_NOUNS
    | PERSON_PRONOUNS
    | PLURAL_PRONOUNS
    | AUTHOR_PRONOUNS
)
_CLAUSE_SUBJECT_WORDS = 3  # the words a clause's subject is looked for in: "that the young girl"
# Verbs of a state, no deed that a pointing may join: "residents *deserved* better".
_STATE_VERB = re.compile(
    r"\b(?:deserved|needed|wanted|owed|lacked|knew|believed|feared|liked|loved|hated|owned"
    r"|understood|remained|seemed|appeared|meant)\b"
)


def _may_stand_for(text: str, start: int, end: int, pronoun: str) -> bool:
    """Whether the content text[start:end] names someone that `pronoun` after it may stand
    for, as well as the speaker: for "he" or "she" a name or one person's noun ("said *the
    man* was shouting as he opened the door"), for "they" people's plural noun ("said
    *workers* were angry as they met ministers"); not "said nurses at a Shropshire hospice
    were heroes as she opened a ward" (no one "she" means but the speaker; a capitalised
    word after a determiner modifies a noun)."""
    before = ""
    for word in text[start:end].split():
        bare = word.strip(',;:“”"‘’()')
        lower = bare.lower()
        plural = lower.endswith("s") and lower[:-1] in _PEOPLE_WORDS
        if pronoun in PLURAL_PRONOUNS:
            if plural or people_plural(bare):
                return True
        elif (bare[:1].isupper() and not plural and before not in DETERMINERS) or (
            lower in _PEOPLE_WORDS
            and not plural
            and lower not in PLURAL_PRONOUNS
            and lower not in AUTHOR_PRONOUNS
        ):
            return True
        before = lower
    return False


def _people_open(text: str, start: int, end: int) -> bool:
    """Whether the clause in text[start:end] opens on people, its subject a name, a pronoun
    of people or a noun of them ("the man walked", "she cried", "officials ignored"; not
    "costs rose", "the economy was slowing", "Ontario's deficit grew": a possessive's)."""
    words = text[start:end].split(None, _CLAUSE_SUBJECT_WORDS + 1)
    if words[:1] == ["that"]:
        words = words[1:]
    return any(
        (word[0].isupper() and not word.endswith(POSSESSIVE_ENDINGS[:2]))
        or word.lower() in _PEOPLE_WORDS
        or word.lower()[:-1] in _PEOPLE_WORDS
        for word in words[:_CLAUSE_SUBJECT_WORDS]
    )


def _states(text: str, start: int, end: int) -> bool:
    """Whether the clause in text[start:end] ends saying what its subject is (`_STATE`), no
    event nor a modal after it: "the fares were unfair", not "crews arrived", "the bridge
    was closed", "the shelter would close"."""
    last = None
    for found in _STATE.finditer(text, start, end):
        last = found
    return (
        last is not None
        and FINITE_VERB.search(text, last.end(), end) is None
        and MODALS.isdisjoint(text[start:end].lower().split())
    )


# How long before or after something else it was said, after a comma: the writer's time
# ("criticized the cuts, *hours before* council met", "said it was unfair, *two days after*
# the budget came out", "..., *a week ahead of* the vote", "..., *shortly after* the verdict").
_TIME_APART = re.compile(
    r",[”\"’]?\s+((?:(?:just|only|barely|some|a\s+few|several|an?|\d+|(?i:"
    + alternation(frozenset(NUMBER_WORDS))
    + r"))\s+)*(?:moments|minutes?|hours?|days?|weeks?|months?)\s+(?:before|after|ahead\s+of)"
    r"|shortly\s+(?:before|after))\s"
)
# A content opening with a noun or "it"/"they" as its subject, before a modal of what it will
# do: "*the company* would keep hiring", "*it* will not cut"; group 1 its noun, 2 its pronoun.
_NOUN_SUBJECT = re.compile(
    r"(?:(?:the|its|their|his|her|our|a|an)\s+(?:[\w-]+\s+){0,2}?([a-z]+)|(it|they))\s+(?:"
    + alternation(MODALS)
    + r")\b"
)
# "it" or "they" and a verb in the present or a modal after "even as": what goes on while the
# plan holds ("even as *it cuts*", "even as *they are*"); not a past ("even as it lost").
_CONTRAST_PRONOUN = re.compile(
    r"(?:it\s+(?:(?:still|also|now)\s+)?(?:(?:"
    + alternation(MODALS | {"is", "has", "does"})
    + r")\b|(?!(?:was|has|does)\b)[a-z]+[^s\W]s\b)"
    + r"|(they)\s+(?:(?:still|also|now)\s+)?(?!(?:"
    + alternation(FINITE_PASTS | {"were", "lost", "won"})
    + r")\b)(?![a-z]+ed\b)[a-z]+\b)"
)


def _same_subject(text: str, start: int, after: int) -> bool:
    """Whether the clause after "even as" at `after` has for its subject a pronoun standing
    for the subject of the content opening at `start` with a modal, and a verb in the present:
    the speaker's own plan, not the writer's news ("said the company would keep hiring in
    Canada, even as *it cuts* jobs in Ohio", "said it would keep hiring, even as it cuts";
    not "..., even as rivals dug in", "said the plan was dead, even as it passed", "said it
    would not cut services, even as it posted a deficit")."""
    pronoun = _CONTRAST_PRONOUN.match(text, after)
    noun = _NOUN_SUBJECT.match(text, start)
    if pronoun is None or noun is None:
        return False
    they = pronoun.group(1) is not None
    if noun.group(2):
        return (noun.group(2) == "they") == they
    head = noun.group(1)
    plural = head in _PLURAL_SUBJECTS or head.endswith("s") and not head.endswith("ss")
    return they == plural


# A participle of an outcome (`OUTCOME_PARTICIPLES`): "..., CBC projected, *ending* a decade".
_OUTCOME = re.compile(alternation(OUTCOME_PARTICIPLES) + r"\b")
# A modal or an infinitive before such a record: what may happen, the record its part ("hopes
# to win the cup, becoming the first team to"; not "to" before a place: "moved to Halifax").
_HOPED_FOR = re.compile(
    r"\b(?:(?i:" + alternation(MODALS) + r")\s|[Tt]o\s+(?!" + _DETERMINER + r")[a-z])"
)
# A record the outcome sets, the writer's note after any comma: "..., *becoming the first*
# woman to hold the seat", "..., *making her the third* minister to quit", "..., *becoming
# only the third* club to".
_RECORD_OUTCOME = re.compile(
    r"(?:becoming|making\s+(?:him|her|it|them))\s+(?:(?:only|just)\s+)?(?:the|its|his|her|their)\s+(?:"
    + alternation(ORDINALS | {"latest", "only", "last"})
    + r")\b"
)


def _consequence_at(text: str, pos: int) -> re.Match[str] | None:
    """The participle of a consequence at `pos` ("clearing the way", "raising the prospect
    of", "setting the stage for"), or None."""
    word = WORDS.match(text, pos)
    if word is None:
        return None
    if word.group() in CONSEQUENCE_PARTICIPLES:
        return word
    if word.group() == "raising":
        return _RAISING_CONSEQUENCE.match(text, pos)
    return _CONSEQUENCE_PHRASE.match(text, pos) if word.group() in _CONSEQUENCE_OPENERS else None


def _absolute_report(phrase: str) -> bool:
    """Whether a phrase read as an adjunct before "that" is a report of its own, "with" and
    a subject before a cue's participle ("said, with some growers warning that ..."): the
    "that" is the participle's, not the cue's ("said, with a smile, that ..." is)."""
    last = phrase[phrase.rfind(" ") + 1 :].lower()
    return phrase[:5].lower() == "with " and last.endswith("ing") and last in _REPORT_CUES


def _time_phrase(words: list[str]) -> bool:
    """Whether lower-case words are only a time: time words ("last week", "earlier this
    month"), a count of time before "later" or "ago" ("two days later", "moments later"), or
    "within" and a count of time ("within hours", "within a week")."""
    if all(w in _OPENING_TIMES for w in words):
        return True
    counted = words[1:] if words[0] == "within" else words[:-1]
    return (
        bool(counted)
        and (
            words[-1] in DURATION_UNITS if words[0] == "within" else words[-1] in _COUNTED_TIME_ENDS
        )
        and all(w in _TIME_COUNTS or w.isdigit() for w in counted)
    )


# A time right after a cue, but no bare month before a word of its own that no function word
# is: the month modifies that word, what is said opens with it ("ruled out January signings",
# "rules out January exit"; not "said January 5 that", "said in January that"); nor "later"
# or "earlier" before a plural and its verb, which they modify ("said later starts would
# hurt", "said earlier reports were wrong"; not "said later the plan would fail").
_CUE_TIME_ADJUNCT = re.compile(
    r"(?!\s*,?\s*"
    + alternation(MONTHS)
    + r"\s+"
    + NOT_FUNCTION_WORD
    + r"[a-z][\w-]*(?![\w’'-]))"
    + r"(?!\s+(?:later|earlier)\s+[a-z]+s\s+(?:"
    + alternation(AUXILIARY_VERBS)
    + r")\b)"
    + TIME_ADJUNCT.pattern
)


@lru_cache(maxsize=4096)
def _adjuncts(word: str) -> tuple[re.Pattern[str], ...]:
    """The adjunct patterns that may open with `word`, in the order `_after_cue` tries them
    (a word beyond ASCII may be a time word by case folding: "ſunday")."""
    time = word in _TIME_OPENERS or word.lower() in TIME_WORDS or not word.isascii()
    opens = (
        (_WHEN_CLAUSE_ADJUNCT, word in _WHEN_CLAUSE_OPENERS),
        (_LANGUAGE_ADJUNCT, word == "in"),
        (_VENUE_ADJUNCT, word in _VENUE_OPENERS),
        (_CUE_TIME_ADJUNCT, time),
        (DURATION_ADJUNCT, word in ("for", "since")),
        (_BENCH_ADJUNCT, word == "for"),
        (_THAT_ADJUNCT, word in _THAT_OPENERS),
        (_CITING_ADJUNCT, word in ("citing", "speaking")),
        (_CONNECTIVE_ADJUNCT, word in CONNECTIVE_ADVERBS),
        (_NEAR_TIME_ADJUNCT, word in NEARNESS_ADVERBS),
        (_AHEAD_ADJUNCT, word in ("ahead", "within")),
        (_FREQUENCY_ADJUNCT, word.lower() in _FREQUENCY_OPENERS),
        (_COUNTED_ADJUNCT, word.isdigit() or word.lower() in _FREQUENCY_OPENERS),
        (_LATER_ADJUNCT, word in LATER_OPENERS or word.isdigit()),
    )
    return tuple(pattern for pattern, may in opens if may)


_LISTENER_WORDS = 3
# The last item of a list of -ing phrases, before its clause ends: ", and closing two branches".
_GERUND_ITEM = re.compile(r"[^.;:!?]*?\s(?:and|or)\s+[a-z]+ing\b")


def _holds_verb(words: list[str]) -> bool:
    """Whether the lower-case words of an object are a clause: a finite verb in them, or a
    word after its first noun ("voters *want* change", "the mayor *knew*"), not the last
    word after a bare first ("strong sales", "growth of 2 per cent", "a compromise")."""
    if FINITE_VERB.search(" ".join(words)):
        return True
    verb = 2 if words and words[0] in DETERMINERS else 1
    return (
        verb < len(words) - (verb == 1)
        and words[verb].isalpha()
        and words[verb] not in FUNCTION_WORDS
        and words[verb] not in PREPOSITIONS
    )


def _names_listener(words: list[str]) -> bool:
    """Whether the few words after "to" are a listener: "(wrote) to Roe", "to the council";
    not "to Mr. Lee's claim that ...", what was answered."""
    return 0 < len(words) <= _LISTENER_WORDS and (
        words[0][0].isupper() or words[0].lower() in DETERMINERS
    )


def _predicate_alone(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], after a verb, to its first punctuation, is that verb's
    predicate alone: a particle, an object (one word, or up to two after a determiner, a
    number or a pronoun), then phrases of a preposition, or an infinitive and its own object
    ("turned out *to have lent the money*", "lost *their savings in May*", "lost *heavily*",
    "raised *them instead*"); not when a word follows where none of these can stand, a verb
    the detectors do not know ("lost its funding *keep* their children home", "went bust
    *stay* away", "took bribes *plan* to protest")."""
    stop = _PREDICATE_STOP.search(text, start, end)
    words = [w.lower() for w in _PREDICATE_WORD.findall(text, start, stop.start() if stop else end)]
    count = len(words)
    i = 1 if words[:1] and words[0] in _SOLE_VERB_PARTICLES else 0
    bare = 1  # an object with no determiner: one word ("lost heavily"); after a preposition, two
    while True:
        determiner = False
        while i < count and (words[i] in _OBJECT_OPENERS or words[i][0] in "$0123456789"):
            determiner = True
            i += 1
        run = i
        while i < count and words[i] not in _PREDICATE_LINKS:
            i += 1
        if i - run > (2 if determiner else bare):
            return False
        if i == count:
            return True
        if words[i] in DETERMINERS:
            return False  # a determiner right after a noun: "keep *their* children home"
        i += 1
        bare = 2
        if words[i - 1] == "to" and i < count and words[i] not in _OBJECT_OPENERS:
            verb = i  # an infinitive's verb, "have" or "be" before it; its object next
            while i < count and words[i] not in _PREDICATE_LINKS and i - verb < 2:
                i += 1


def _finite(text: str, verbs: re.Pattern[str], start: int, end: int) -> bool:
    """Whether one of `verbs` stands in text[start:end] as a finite verb, not an infinitive
    after "to" ("turned out to *have* lent")."""
    return any(
        not text.endswith("to ", start, verb.start()) for verb in verbs.finditer(text, start, end)
    )


def restrictive_subject(text: str, phrase: Phrase) -> int | None:
    """Where the sentence's subject starts, if `phrase`, the speaker phrase of a cue, is "who"
    or "which" after the noun opening the sentence, or that noun before "that", with no comma
    between ("Residents who ...", "Groups that ...", not "Lee, who ..."): the clause it opens
    is in the subject, and the sentence's own verb comes after it; or the same after a
    subordinator, in a subordinate clause's subject ("..., when platforms that ..."); else
    None."""
    antecedent = phrase.antecedent
    if antecedent is not None and phrase.words[0].lower() in RELATIVE_PRONOUNS:
        if text[antecedent.span[1] : phrase.span[0]].strip():
            return None
        head = antecedent
    elif THAT_NEXT.match(text, phrase.span[1]) or _TIMED_THAT_NEXT.match(text, phrase.span[1]):
        head = phrase  # "Groups that", "A report last week that"
    else:
        return None
    before = text[max(0, head.span[0] - 4) : head.span[0]].rstrip(" “\"‘'")
    if not before or before[-1] in '.!?”"\n':  # or a paragraph's
        return head.span[0]
    # or a subordinate clause's: "..., when platforms that promised high yields failed"
    opener = text[max(0, head.span[0] - _SUBORDINATOR_REACH) : head.span[0]].split()[-1:]
    return head.span[0] if opener and opener[0] in SUBORDINATORS else None


_SUBORDINATOR_REACH = 9  # characters before a subject for the subordinator opening its clause
THAT_NEXT = re.compile(r"\s+that\b")  # "that" after a word
# A time between a noun and its relative "that": "(a report) last week that", "(an audit) on
# Friday that".
_TIMED_THAT_NEXT = re.compile(
    r"\s+(?:(?:" + alternation(TIME_LEADS) + r")\s+)?" + TIME + r"\s+that\b"
)
THAT_CLAUSE_NEXT = re.compile(r"\s+" + _THAT)  # "that" opening a clause, not a relative's
# The verbs of speech or thought that may be a sentence's own after its subject's relative
# clause, and the words that make one no such verb before it ("to say", "would say").
_MAIN_VERBS = frozenset(
    """said says say told tells tell believe believes think thinks argue argues argued warn
    warns warned insist insists insisted claim claims claimed""".split()
)
# Their present forms, which agree with a singular subject or with a plural one: a verb
# that does not agree with the sentence's subject is the verb of the clause reported.
_PRESENT_SINGULAR = frozenset(v for v in _MAIN_VERBS if v.endswith("s"))
_BASE = frozenset({"say", "tell", "believe", "think", "argue", "warn", "insist", "claim"})
_PLURAL_SUBJECTS = frozenset({"those", "people", "police"})
_NOT_BEFORE_MAIN_VERB = MODALS | {"to", "not", "never", "who", "which", "that", "and", "or", "but"}
_NOT_BEFORE_OWN_VERB = _NOT_BEFORE_MAIN_VERB | AUXILIARY_VERBS
