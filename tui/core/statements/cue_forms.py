"""Cues that take their content in their own way (the cue stage hands them over):

- "according to X": the rest of the sentence, before and after the source (`_according`);
- a passive cue ("was accused of", "is considered"): its whole sentence, from the agent
  after "by" or from a source left unnamed (`_passive_report`);
- a participle with its agent after a noun summing up the clause before ("Acme will cut 500
  jobs, a move first reported by Axios"): that clause, said by the agent (`_summed_report`);
- a participle opening the sentence ("Citing a report, the mayor ..."): its clause, said by
  the subject of the main clause (`_opening_participle`); a participle of questioning ("Asked
  about the fares, Lee said ..."): what was asked, by the asker (`_opening_question`);
- a naming verb ("dubbed it the “...”"): the quoted name (`_naming`);
- a stance verb ("criticized the deal"): its object up to the end of the clause
  (`_stance`), or the quotation just before its speaker ("“Why?” Lee demanded",
  `_quote_before`)."""

from __future__ import annotations

import re

from tui.core.lexicon import (
    ABBREVIATIONS,
    ANONYMOUS_HEADS,
    APPROVAL_VERBS,
    ARRANGED_BY_VERBS,
    ASSESSMENT_PARTICIPLES,
    AUXILIARY_VERBS,
    CHARACTERIZE_CUES,
    CLAIM_ANSWER_VERBS,
    COMPARING_PURPOSES,
    COMPARISON_CUES,
    CONTACT_PARTICIPLES,
    CONTACT_VERBS,
    DATE_NAMES,
    DEFINITE_OPENERS,
    DETERMINERS,
    DOCUMENT_PARTICIPLES,
    DOCUMENT_WORDS,
    FIGURE_APPOSITION_NOUNS,
    FINDING_PARTICIPLES,
    FUNCTION_WORDS,
    GATHERING_VENUES,
    GERUND_ADVICE_CUES,
    INTERROGATED,
    INTERROGATORS,
    IRREGULAR_PARTICIPLES,
    IRREGULAR_VERB_FORMS,
    JUDGEMENT_PARTICIPLES,
    LISTENER_CUES,
    LITERAL_JUDGEMENTS,
    MEDIA_WORDS,
    MESSAGE_VENUES,
    MODALS,
    NAMING_CUES,
    NEWS_RELEASES,
    NUMBER_WORDS,
    OPENING_PARTICIPLES,
    ORGANIZATION_WORDS,
    PASSIVE_CUES,
    POSTMODIFYING_PARTICIPLES,
    PREDICATE_OPENERS,
    PREPOSITIONS,
    PREPOSITIONS_IN_ING,
    PROSPECTIVE_TO_LEADS,
    QUESTIONING_FORMS,
    QUOTED_WORDING_NOUNS,
    RELATIVE_PRONOUNS,
    ROLE_NOUNS,
    SAYING_VERBS,
    SCALE_WORDS,
    SIMPLE_PASTS,
    SO_CLAUSE_VERBS,
    SOURCE_ADJECTIVES,
    SOURCE_PARTICIPLES,
    SPEECH_CUES,
    SUBJECT_PRONOUNS,
    TIME_WORDS,
    VENUE_WORDS,
)
from tui.core.model import Span, StatementKind
from tui.core.organizations import MEDIA_NOUNS, ORGANIZATION_NOUNS, OUTLETS
from tui.core.speaker_kinds import PERSON_ROLES, marked_kind, people_plural
from tui.core.speakers import Phrase, phrase_after
from tui.core.statements.agents import BY_AGENT, VERDICT, late_by, named_agent
from tui.core.statements.clauses import Clauses, _holds_verb
from tui.core.statements.patterns import (
    CLAUSE_COMMA,
    CLAUSE_COMMA_OR_QUOTED,
    CLOSE_MARKS,
    COMMA_LEAD,
    CUE_VERBS,
    FINITE_VERB,
    LEAD,
    LONGEST_CLAUSE,
    NOT_FUNCTION_WORD,
    OBJECT_RELATIVE_BEFORE,
    PER_THEN_PARTICIPLE,
    TIME,
    TIME_ADJUNCT,
    TRIM_END,
    VERB_FORMS,
    WORDS,
    skip_space,
)
from tui.core.statements.rejections import (
    in_naming_aside,
    rejection,
    sent_from,
    told_a_hearing,
    told_the_author,
)
from tui.core.statements.state import Found
from tui.core.text import Quote, alternation, head_before, strip

# Others who took the stance too, after its object: "opposed the plan, as did most of the
# council", "voted against it, as had two trustees": theirs, no part of the object.
_SHARED_STANCE = re.compile(r", as\s+(?:did|do|does|had|has|have|was|were|would|will)\s")

# Where the source named after "according to" ends, and at most how long it may be.
_SOURCE_END = re.compile(r"[,;:]|\.?$")
_HEAD_BEFORE_COLON = re.compile(r"([\w’'-]+)\s*:[^:]*\Z")  # "the new slogan: “": "slogan"
_SOURCE_LENGTH = 160
# What a comparison's object is likened to, and the two words after: "compared the vote *to
# a circus*", "Talk compared *to a circus*" (a passive), "comparing flyers *with friends online*".
# The question words after a purpose's verb: "to work out whether", "to learn how".
_PURPOSE_QUESTIONS = frozenset({"whether", "if", "how"})
_LIKENED = re.compile(r"\s+(?P<link>to|with)\b(?:\s+(?P<next>[\w’'-]+)(?:\s+(?P<then>[\w’'-]+))?)?")
# A second source joined to the first: "according to two officials *and court records*".
_AND_SOURCE = re.compile(r"\s+(?:and|or)\s+")
# A clause on a source without "which" ("emails *the paper obtained*", "records *it has
# seen*"): who had the document and how, all that follows the source.
_HAD_BY = re.compile(
    r"(?:(?!(?:and|but|or|is|are|was|were|be|been)\b)[\w’'.-]+\s+){1,4}?(?:(?:has|have|had)\s+)?(?:"
    + alternation(DOCUMENT_PARTICIPLES)
    + r")[.!?]?"
)
_RELATIVE = re.compile(r"\s(?:" + alternation(RELATIVE_PRONOUNS) + r")\b")
# The short name a source goes by, after its full one and before a clause's end: "according
# to the Federal Emergency Management Agency*, or FEMA*", "..., or the Corps."; a day or a
# month is the content's other time, no name ("arrives Friday, according to forecasters, or
# Saturday").
_SOURCE_ALIAS = re.compile(
    r",\s+or\s+(?!(?:"
    + alternation(DATE_NAMES)
    + r")\b)(?:the\s+)?[A-Z][\w&’'.-]*(?:\s+[A-Z][\w&’'.-]*){0,3}(?=[,;)]|\.?$)"
)
# A description in apposition after the source: ", a psychologist", ", head of the agency".
_APPOSITIVE = re.compile(r",\s+(?:(?:a|an|the|his|her|its|their)\s+|[a-z]+\s+(?:of|for|at)\s+)")
# A noun of a figure opening what follows the source, apposed to the content's figure, not to
# the source ("About 650,000 people live with it, according to the society, *a number* it
# expects to double").
_FIGURE_APPOSITIVE = re.compile(
    r"(?:a|an|the|its|their)\s+(?:" + alternation(FIGURE_APPOSITION_NOUNS) + r")\b"
)
_CONJUNCTION = re.compile(r"(?:and|but|or|while|so|yet|then)\b")
# What adds to the clause before it and opens none of its own: "According to the board, the
# rise reflects costs, *as well as* a jump in gas prices" (the words before are no appositive,
# unless they describe the source: "According to Ann Vale, the mayor, as well as ...").
_ATTACHED_PHRASE = re.compile(
    r"(?:as\s+well\s+as|along\s+with|together\s+with|including|especially|particularly"
    r"|such\s+as|rather\s+than)\b"
)
# A subject of a few words, a past verb and the determiner of its object: a clause ("the crew
# disabled the alarm", "pilots took the controls"), no appositive (nor a relative clause's verb:
# "a lawyer who represented the family"); the subject's last word is its head ("the *lawyer*
# assigned the case" after a named source: a role and its participle, `_past_clause`).
_PAST_WITH_OBJECT = re.compile(
    r"(?:(?:the|its|their|a|an)\s+)?(?:(?!(?:who|which|that|whom|whose)\b)[\w’'-]+\s+){0,2}?"
    r"(?P<head>(?!(?:who|which|that|whom|whose)\b)[\w’'-]+)\s+"
    r"(?:[a-z]+ed|"
    + alternation(SIMPLE_PASTS)
    + r")\s+(?:the|a|an|its|their|his|her|our|two|three|\d)\b"
)
# A relative clause set off by a comma: ", where the cartel is believed to buy arms,".
_COMMA_RELATIVE = re.compile(r",\s+(?:where|which|who|whom|whose)\b")
# Auxiliaries that make a clause of words after a comma: "According to X, the cars were ...".
_CLAUSE_AUXILIARIES = frozenset("is are was were has have had will would".split())
# The words a document's appositive opens with that are no bare noun: "the first", "a
# survey of 900", "its third", "which lists", "last", "now", "one of".
_APPOSITIVE_OPENERS = (
    DEFINITE_OPENERS
    | RELATIVE_PRONOUNS
    | PREPOSITIONS
    | frozenset(NUMBER_WORDS)
    | frozenset("a an its his her their our one last now still also first".split())
)
# A speaker's attribution ending a sentence whose content cites a source: "(The town had 9,000
# people, according to the census), she said.": the source is the speaker's, who says it all.
_POSTPOSED_SAYING_WORDS = (
    r",\s+(?:he|she|they|we|I|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}"
    r"|(?:the|a|an|his|her|their)\s+[a-z]+(?:\s+[a-z]+)?)\s+"
    r"(?:" + alternation(SAYING_VERBS) + r")"
)
_POSTPOSED_SAID = re.compile(_POSTPOSED_SAYING_WORDS + r"(?=\s*[.;!?]|\s*$)")
# The same anywhere after a clause ("The museum wanted them, she said, but not her"): the
# clause with a stance's object is what the attribution reports, no stance of its own.
_POSTPOSED_SAYING = re.compile(_POSTPOSED_SAYING_WORDS + r"\b")
# A verb of saying in the clause after "According to X,", that quotes nothing: that clause's
# own cue reports it, X the channel it came by ("According to state media, the minister said
# ..."; "According to IRNA, Iran's envoy, Ali Rad, said ..."). A quotation in it is X's to
# give, the clause all X's report.
_MEDIA = MEDIA_WORDS | MEDIA_NOUNS
# A quotation its speaker's cue opens (an object or a time between them), before "according
# to X": 'The pilot said, “We're going around,” according to a transcript.', 'told the tower,
# “...,” according to ...': the quotation is the speaker's, X only where it is told.
_QUOTED_AFTER_CUE = re.compile(
    r"\b(?:"
    + alternation(SPEECH_CUES)
    + r")(?:\s+[\w’'-]+){0,3}\s*[,:]\s*[“\"][^“”\"]{1,600}[”\"]\s*,?\s*$"
)
# The same after a quotation opening a sentence, its attribution after it (a listener or where
# it was said with the cue): '“We have lost an engine,” the captain told the tower, according
# to a transcript.', '“Hold short,” said the controller, according to a recording.'; not a
# quotation inside a clause that witnesses relay ('The plan is “dead,” the mayor told aides,
# according to two people who attended.'), nor one whose sentence ended before "according
# to" ('“We will win,” the mayor told reporters. Turnout fell, according to officials.'): a
# word of the attribution holds a period only inside it ("a.m") or after an abbreviation or
# an initial ("Sen.", "J."). A quotation inside may close with it ('“God says, ‘Wait,’” he
# told them, according to a recording.').
_ATTRIBUTION_WORD = (
    r"(?:(?i:" + alternation(ABBREVIATIONS) + r")\.|[A-Z]\.|[\w’'-]+(?:\.[\w’'-]+)*)(?![\w’'.-])"
)
_QUOTED_BEFORE_CUE = re.compile(
    r"(?:^|[.!?][”\"’]?\s+)[“\"][^“”\"\n]{1,600}?[,!?—][’']?\s*[”\"]\s+(?:(?:"
    + _ATTRIBUTION_WORD
    + r"\s+){1,4}?(?:"
    + alternation(SPEECH_CUES)
    + r")|(?:"
    + alternation(SPEECH_CUES)
    + r")\s+(?:"
    + _ATTRIBUTION_WORD
    + r"\s+){0,3}?"
    + _ATTRIBUTION_WORD
    + r")(?:\s+"
    + _ATTRIBUTION_WORD
    + r"){0,5}\s*,\s*$",
    re.MULTILINE,
)
_QUOTED_REACH = 640  # characters back from "according to" that hold the cue and its quotation
_POSTPOSED_REACH = 100  # characters back from the sentence's end that hold such an attribution
_OWN_SAYING = re.compile(r"[^“”\"]{0,120}?\b(?:" + alternation(SAYING_VERBS) + r")\b[^“”\"]*")
# What follows a clause with a figure and never opens content on its own: its comparison
# ("..., up from 7,000", "..., compared with a year ago", "..., the lowest since 1990"), or
# the level a change reached ("rose 37 percent, to $86 million"; "fell by half, from 900"). A
# superlative only with its reference ("since", "on record", "in <year>"): "the biggest risk is
# inflation" opens a clause.
_COMPARISON = re.compile(
    r"(?:(?:up|down)\s+(?:from|by|on)|(?:compared|set)\s+(?:with|against|to)"
    r"|(?:the|its|their)\s+(?:highest|lowest|largest|smallest|biggest|most|fewest)"
    r"(?:\s+(?:level|rate|total|number|figure))?"
    r"\s+(?:since|ever|on\s+record|(?:in|for)\s+(?:(?:over|more\s+than|nearly|almost)\s+)?"
    r"(?:\d+|a\s+(?:decade|year|generation|century)|decades|years|months))"
    r"|a\s+(?:rise|fall|drop|increase|decrease)\s+of"
    r"|(?:to|from)\s+(?:(?:about|around|nearly|almost|roughly|more\s+than)\s+)?[$€£]?\d+)\b"
)
# A difference set against another figure, after a clause that has one ("..., roughly $6,000
# less than in Ohio", "..., 12 per cent more than last year"); not after a source's short
# description ("According to Ann Lee, the treasurer, about 2,000 fewer than expected paid").
_DIFFERENCE = re.compile(
    r"(?:(?:about|around|nearly|almost|roughly|some)\s+)?[$€£]?\d[\d,.]*"
    r"(?:\s+(?:million|billion|per\s+cent|percent)|%)?\s+(?:less|more|fewer|higher|lower)\s+than\b"
)
# A count set against all others, after a clause that has a count or a verb ("..., more than
# any other member", "..., fewer than ever"; `_counted_clause`): not after a description
# ("According to Ann Lee, a mother of three, more than ever families ...").
_AGAINST_ALL = re.compile(r"(?:more|fewer|less)\s+than\s+(?:any|anyone|anybody|ever)\b")
# A count in a clause: a number of things or a sum ("450 engagements", "£4m"); not a year or
# an age alone ("in 2023", "62").
_COUNT = re.compile(r"[$€£]\d|\b\d[\d,.]*\s+[a-z]")
_DESCRIPTION_WORDS = 4  # the most words of a source's description: "the city's chief planner"
# A verb opening what follows the source and its apposition: they were the clause's subject
# ("According to the audit, the head of the depot, Mara Selby, *had* ignored ...").
_SUBJECTLESS = re.compile(r"(?:" + alternation(AUXILIARY_VERBS) + r"|[a-z]+ed)\b")
# A headline's clause of time after an object, "as" then a subject and its present verb, no
# part of what was backed ("Mayor defends budget *as critics warn* of cuts", "Board backs deal
# as the union balks", "Union Paints Deal as Workers Celebrate Raise"); not "as" and a
# predicate ("defends budget as fair"), nor a noun's modifier and the noun (`_agentive`:
# "hails deal as jobs boost", "cuts as the right moves").
_HEADLINE_AS_CLAUSE = re.compile(
    r"\sas\s+(?:(?:"
    + NOT_FUNCTION_WORD
    + r"[a-z-]+\s+)?"
    + NOT_FUNCTION_WORD
    + r"(?P<subject>[A-Za-z][a-z]+s)\s+"
    + NOT_FUNCTION_WORD
    + r"[A-Za-z][a-z]{2,}(?<!s)(?<!ing)|(?:(?:the|its|his|her|their)\s+|[A-Z][\w’'-]+\s+)?"
    + NOT_FUNCTION_WORD
    + r"(?P<body>[A-Za-z][a-z]*(?:ss|[a-rt-z]))\s+"
    + NOT_FUNCTION_WORD
    + r"[A-Za-z][a-z]+s)\b"
)
# A participle clause with its object or adjunct ("..., *leaving it* stuck", "*burning for* 11
# seconds"), no clause's subject ("rising prices", a gerund before its noun): after "According
# to X, Y," it says Y was the clause, no apposition to X.
# A "per" source's end before a participle's clause: "Prices rose 5%, per the latest
# figures, marking a record": the source's content ends at ", per"; the clause is no role.
_PER_SOURCE_END = re.compile(PER_THEN_PARTICIPLE)
_PARTICIPLE_CLAUSE = re.compile(
    r"(?!(?:" + alternation(PREPOSITIONS_IN_ING) + r")\b)[a-z]+ing\s+"
    r"(?:it|its|them|their|him|his|her|the|a|an|for|in|on|at|to|up|out|off|into|through|\d)\b"
)
# The same with any object ("..., the agency missed its targets, *blaming staff*"; not "According
# to Ann Lee, a spokeswoman, *rising prices* hurt": see `_goes_on`).
_ANY_PARTICIPLE_CLAUSE = re.compile(
    r"(?!(?:" + alternation(PREPOSITIONS_IN_ING) + r")\b)[a-z]+ing\s+[a-z]"
)
# What else may follow "According to X, Y," when Y was the clause's start, not an apposition
# to X (see `_goes_on`): a participle not in -ing going on from it ("the man fled, *driven*
# by fear", "the car, *driven* by a teen, hit a pole"), or a partitive of what it counted
# ("the firm cut 40 jobs, *most of them* in Ohio").
_PARTICIPLE_GOING_ON = re.compile(
    r"(?:" + alternation(IRREGULAR_PARTICIPLES | POSTMODIFYING_PARTICIPLES) + r")\s+[a-z]"
)
_PARTITIVE_GOING_ON = re.compile(
    r"(?:most|some|all|many|half|none|each|both|several|few|including)\s+(?:of\s+)?"
    r"(?:them|those|these|the|its|their|which)\b"
)
# A noun phrase apposed to Y before Y's verb: "the driver, *a 40-year-old man, was* taken".
_APPOSED_BEFORE_VERB = re.compile(
    r"(?:a|an|the|his|her|their|its)\s[^,.;:\"“”]{1,60},\s+(?:"
    + alternation(AUXILIARY_VERBS)
    + r"|[a-z]+ed)\b"
)
# A finite verb in the words before the next comma or the sentence's end, which then hold a
# clause of their own ("the chief, most of the homes *were* empty", "rising costs *forced* the
# layoffs"); not a participle after a partitive's pronoun ("most of them *based* in Ohio"),
# nor a verb of the next sentence ("..., driven by costs. Ridership *has* ...").
_OWN_FINITE = re.compile(
    r"(?:[^,;:.!?“”\"]|\.(?=\d))*?\b(?:(?:"
    + alternation(PREDICATE_OPENERS)
    + r")\b|(?<!them )(?<!those )(?<!these )(?!hundred\b)[a-z]{2,}ed\b)"
)
# A predicate with no subject after the participle phrase's comma: "the car, driven by a
# teen, *was* towed", "..., driven by fear, *fled*".
_PREDICATE_NEXT = re.compile(r"[^,;:“”\"]*,\s+(?:" + alternation(VERB_FORMS) + r"|[a-z]+ed)\b")
# Heads of the words apposed to a source that describe it: "Ann Vale, the fire *chief*",
# "Statistics Canada, the federal *agency*", "the Fraser Institute, a think *tank*", "Acme,
# the town's biggest *employer*".
_DESCRIBING_HEADS = ROLE_NOUNS | ORGANIZATION_WORDS | ORGANIZATION_NOUNS
# A relative clause opening what follows a document and the words apposed to it: they were
# the clause's subject, no document's apposition ("According to the log, the driver, who was
# 54, had slept ..."; not "According to Ann Lee, the mayor, who ...": her role).
_RELATIVE_OPENING = re.compile(r"(?:who|whose|which)\b")
_RELATIVE_AFTER = re.compile(r",\s+(?:who|whose|which)\b")  # ", who spoke on condition ..."
# A name in apposition after the source, up to its comma: "a spokesperson for X, Jane Roe, ...".
_SOURCE_NAME = re.compile(r",\s+([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}),\s+")
# What a hearing body was told, after "told" and a time: a clause, with "that" or without; not
# an infinitive ("was told to disregard it"), "of" or "about".
_TOLD_CLAUSE = re.compile(r"\s+(?:that\s+)?(?!(?:not\s+)?to\b|of\b|about\b)(?=\w)")
# A form of "be" before a passive cue, "it's" too ("It's believed the fire was set"), and
# the author's contracted "I'm", "we're" ("I’m told by two aides that ...").
_PASSIVE_LEAD = re.compile(
    r"(?:\b(?:am|is|are|was|were|be|been|being)|\b[Ii]t[’']s|[’'](?:m|re))"
    r"\s+(?:(?:\w+ly|not|also)\s+)*$"
)
# A modal, or an infinitive's "to" after a word of what is to come, before the "be" of a
# passive (`_PASSIVE_LEAD`), adverbs between: "must still be approved by", "has yet to be
# ratified by", "could be disputed by": what no one has done yet; not "continues to be
# opposed by", "appears to be backed by", a state.
_PROSPECTIVE_BE = re.compile(
    r"\b(?:"
    + alternation(MODALS)
    + r"|(?:"
    + alternation(PROSPECTIVE_TO_LEADS)
    + r")\s+(?:(?:\w+ly|still)\s+)?to)\s+(?:(?:\w+ly|still|also|not|yet|first|now)\s+)*$"
)
# A word or a mark of the phrase after a passive's "by": "by *defence lawyer Ivo Sand*, ...".
_AGENT_TOKEN = re.compile(r"[\w’'-]+|[^\w\s]")
# How a source was made or had, after it and up to its comma: "figures *released by the
# Treasury*, spending on roads rose".
_MADE_BY = re.compile(
    r"\s+(?:[a-z]+ed|"
    + alternation(SOURCE_PARTICIPLES)
    + r")\s+(?:by|in|on|at|from|for)\s[^,.;:“”\"]{1,100}?(?=,)"
)
# What opens what was said after the agent of a passive cue of telling: "was told by aides
# *that* ...", "was warned by police*:* ...", "were warned by police *to* stay indoors" (the
# infinitive is the content), "were informed by managers *of* the closure", or a question
# put, its word the content's ("was asked by the Crown *whether* she saw the car").
_TOLD_CONTENT = re.compile(
    r"\s*,?\s*(?:(?:that\b|:)\s*|(?:of|about)\s+"
    r"|(?=(?:not\s+)?to\s|(?:whether|if|why|how|what|when|where)\b))"
)
# After a passive of characterizing, a view held without "as": "perceived *to be* weak",
# "viewed *by economists* with suspicion" (not "viewed by 2 million people", "by millions").
_VIEW_HELD = re.compile(r"\s+(?:to\s|by\s+(?!\d|(?:millions|thousands|hundreds)\b))")
# Cues of telling whose passive subject may be what was told, not who heard it: "the tale was
# told by the Herald", "the question was asked by a juror".
_TOLD_OR_ASKED = frozenset("tell tells told telling ask asks asked asking".split())
# The word after a judgement's "as" ("hailed as *a* triumph"); a subject pronoun there opens
# a clause of time, no complement ("was hailed as *she* arrived").
_AS_NEXT = re.compile(r"\s+as\s+([\w’'-]+)")
# The word after a naming participle; a preposition, a particle or a time there tells no
# name given: "was called *to* testify", "called *up*", "branded *with* a logo", "branded
# *last* spring".
_NEXT_WORD = re.compile(r"\s+([\w’'-]+)")
_NOT_A_NAME = (
    (PREPOSITIONS - {"as"})
    | TIME_WORDS
    | frozenset("to up down off out back last next this".split())
)
# A noun phrase right before a naming verb's subject, the object of a relative clause with no
# pronoun ("the lake *her family* calls the pond"), and a single name (or one lower-case
# word) after the verb, the clause ending or the main clause's verb after it.
_NOUN_BEFORE_SUBJECT = re.compile(
    r"\b(?i:the|a|an|this|that|its|his|her|their|our)\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"(?P<noun>[a-z][\w-]*)\s+$"
)
_ONE_NAME_AFTER = re.compile(
    r"\s+(?:(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*|the\s+[a-z][\w-]*"
    r"|(?P<word>(?!(?:it|them|him|her|us|me)\b)[a-z][\w-]*))"
    r"(?=\s*(?:[.,;:!?)]|$|\s+(?:is|was|has|had|are|were|will|would|now|still)\b))"
)
# The lower-case words a relative clause of naming gives as a name, not a judgement: "the
# cabin they call home" (but "the tax the premier calls unfair" judges it).
_NAMED_WORDS = frozenset({"home"})
_NOT_GAPPED_NOUNS = FUNCTION_WORDS | PREPOSITIONS | AUXILIARY_VERBS | SAYING_VERBS | TIME_WORDS
# A reflexive object of a naming verb: "(the page, which calls) itself Truth Now".
# When a source's document was made, between it and its maker: "a report *last month* by".
_SOURCE_TIME = re.compile(
    r"(?:last|this|earlier\s+this)\s+(?:week|month|year|spring|summer|autumn|fall|winter)\b"
)
_SELF_NAMED = re.compile(r"\s+(?:itself|himself|herself|themselves|themself)\b")
# A name, and what ends a noun phrase after it: "(a chatbot called) Orla, which", "Nova in".
_THINGS_NAME = re.compile(
    r"\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*"
    r"(?=\s*[,.;)]|\s*$|\s+(?:that|which|who|in|on|for|with|to|at|from|by|and)\b)"
)
# Heads of a noun after a comma that describe a source, not sum up a clause: "Acme, a firm
# owned by ...", "Lee, a lawyer hired by ..." (documents sum up: "a figure published by").
_SOURCE_NOUNS = ROLE_NOUNS | ORGANIZATION_WORDS
# Between that noun and its participle, an adverb at most: "a move first reported by".
_SUMMED_GAP = re.compile(r"\s+(?:(?:\w+ly|first|also|later)\s+)?")
_NEGATIVE_OBJECT = re.compile(r"(?:no|nothing|none)\b")
# A speech cue's participle joined after a stance's object: "touting their records *and saying*
# the other was unfit": the object ends there, the participle reports on its own.
_JOINED_SAYING = re.compile(
    r"\s+and\s+(?:" + alternation(frozenset(w for w in SPEECH_CUES if w.endswith("ing"))) + r")\b"
)
_GERUND = re.compile(r"[a-z]+ing\b")  # "asking" in "recommends asking for a raise"
# "blasted out an email", "blasts out texts": a message sent out, no criticism; what it says
# is its participle's ("... declaring victory", `cues._ISSUED_MESSAGE`).
_SENT_OUT = re.compile(
    r"(?i:blast|blasts|blasted|blasting)\s+out\s+(?:a|an|the|its|his|her|their|[a-z-]+s)\b"
)  # not "blasted out at critics": a criticism
_OUT_AT = re.compile(r"out\s+at\s+")  # its particles before the target: "blasted *out at* critics"
_CLAUSE_END_NEXT = r"(?=\s*(?:[,.;:!?]|$))"  # a clause's end next: a mark or the end
# "that" before a lone noun that a clause end, a preposition or a conjunction follows, or an
# adverb in -ly and a clause end, is a demonstrative opening the object ("opposes that idea",
# "criticized that decision on Monday", "opposed that plan strongly."), not the opener of a
# clause ("criticized that spending rose", "proposed that staff only in Ottawa return": an
# adverb before a preposition may stand inside the clause); a plural noun would take "those"
# ("ruled that failures in care ..." opens a clause).
_DEMONSTRATIVE = re.compile(
    r"that\s+(?!(?:he|she|it|they|we|i|you|there|this|the|a|an|his|her|its|their|our)\b)"
    r"(?![a-z]+[^siu]s\b)"
    r"[a-z]+(?:\s+[a-z]+ly"
    + _CLAUSE_END_NEXT
    + "|"
    + _CLAUSE_END_NEXT
    + r"|(?=\s+(?:"
    + alternation(PREPOSITIONS | frozenset("and but or because while".split()))
    + r")\b))"
)
# After a participle of questioning: the asker, then the preposition before the topic (not
# part of what was asked: "about the fares"); "whether", "how", "to" stay.
_QUESTION_AGENT = re.compile(r"\s+by\s+[^,]*?(?=\s+(?:about|on|over|whether|if|why|how|what|to)\b)")
_QUESTION_TOPIC = re.compile(r"\s+(?:(?:about|on|over)\s+)?(?=\S)")
# Where or when the question was put, before a question word: "Asked on Sky News whether ...".
_QUESTION_SETTING = re.compile(
    r"\s+(?:on|in|at|during)\s+[^,]*?(?=\s+(?:whether|if|why|how|what|when)\b)"
)
_OPENING_MARKS = ' \n“"‘'  # a quotation's opening, after a label's colon
_LABEL_WORDS = 5  # the most words of a label before "according to X:" ("The bottom line")
# Where and when the question was put, closing what was asked before its comma: "Asked about
# the feud *on a podcast in January*,", "Asked about the tour *during an interview*,"; an
# interview or a briefing only, not an event the topic happened at ("the protest at the
# rally", "a vote on a new speaker").
_QUESTION_SETTING_END = re.compile(
    r"\s+(?:on|in|during)\s+(?:an?|the|his|her|their|its)\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?:interview|podcast|briefing|conference|appearance|broadcast|scrum|show)s?"
    r"\b[^,;:“”\"]*$"
)
# What was asked that the setting after it belongs to: a clause ("whether he would back it
# in a vote", "remarks *he* made in an interview", "comments *that* ran on a podcast").
_QUESTION_CLAUSE = re.compile(
    r"\b(?:whether|if|why|how|what|when|that|which|who|he|she|they|we|i|you)\b", re.IGNORECASE
)

# The cue verbs' participles, a speaker going on after a message venue: ", saying", ", adding"
# (not "sing", a verb that only ends so).
_CUE_PARTICIPLES = frozenset(w for w in CUE_VERBS if w.endswith("ing") and len(w) > 4)
# A message or a broadcast closing the sentence after indirect content: " in a blog post on
# Monday.", ", in an interview on the Today programme on Radio Kent.", ", speaking on Sky
# News.", " in a statement carried by state media."; a witness's questioning or evidence:
# ", under cross-examination by Ann Vale.", ", in evidence to the inquiry.", and who the
# questioner is (", who represents the families."); not after a participle, whose own it is
# ("the plan was described in a memo").
_MESSAGE_VENUE_END = re.compile(
    r"(?:(?:(?<!ed)(?<!en)\s+in\s+an?\s+(?:[\w’'-]+\s+){0,2}?(?:"
    + alternation(MESSAGE_VENUES | NEWS_RELEASES)
    + r")\b|,\s+speaking(?=\s+(?:on|to|with|at)\s))"
    r"(?:\s+(?:(?:on|to|with|at|posted|published|carried|released|issued|read(?:\s+out)?)"
    # ... its agent perhaps named after it: "read out by his spokeswoman, Ann Lee."
    r"\s+[^,.;:“”\"]{1,40}?(?:,\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2},?)?"
    # or a time without "on": "in a news release Monday.", "in an email late Monday."
    r"|(?:(?:last|this|earlier|late|early)\s+)?" + TIME + r"\b)){0,3}"
    r"|,\s+(?:under\s+(?:cross-examination|re-examination|questioning)|in\s+(?:evidence|testimony))"
    r"\s+(?:by|from|to|before)\s+[^,.;:“”\"]{1,40}?(?:,\s+who\s+[^,.;:“”\"]{1,60})?)"
    # or before a cue's participle the speaker goes on with: "welcomed the cut in a
    # statement, *saying* it would help", "said rents would rise in a post, *adding* that"
    r"(?:[.!?]?\s*$|(?=,\s+(?:" + alternation(_CUE_PARTICIPLES) + r")\s))"
)
# Where such a closing phrase may start: the first of these found near the end is tried.
_VENUE_MARKS = (" in a", ", speaking ", ", under ", ", in evidence", ", in testimony")
# The interview closing the sentence after indirect content, when the reporter got hold of
# the speaker: ", when I called her on Monday.", " when we spoke last week.", " when I
# interviewed her in 2019, before the merger.", " when reached for comment.", " when
# contacted by The Globe and Mail.", " when asked about the report." (not "when the vote
# came", "when contacted about bills", "when asked to pay", nor a talk's topic, "felt better
# when we talked about her son", a time of the content). Asked about a named topic, the
# `topic` group, it is the interview only when the content's subject is the speaker ("she
# would not resign when asked about the report") or closes a quotation; "the driver became
# aggressive when asked about his licence" is the content's own.
_INTERVIEW_WHEN_END = re.compile(
    r",?\s+when\s+(?:(?:I|we)\s+(?:(?:spoke|talked)(?!\s+about\b)|"
    + alternation(CONTACT_VERBS | CONTACT_PARTICIPLES)
    + r")\b[^,.;:“”\"]{0,60}(?:,\s+(?:before|after|during)\s+[^,.;:“”\"]{1,40})?|(?:(?:"
    + alternation(CONTACT_PARTICIPLES)
    + r")(?:\s+for\s+comment)?(?:\s+by\s+(?:phone|telephone|e-?mail|text"
    r"|(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w’'-]*)*))?"
    r"|asked\s+(?:for\s+comment|about\s+(?:it|this|that|them"
    r"|(?P<topic>(?:the|his|her|their|its)\s+[a-z-]+(?:\s+[a-z-]+)?))))\b"
    r"(?:\s+(?:on|last|this|late|early)\s+[\w-]+|\s+[A-Z][a-z]+day)*)[.!?]?\s*$"
)
# The content's subject when it is the speaker's pronoun: "she would ...", "that we ...".
_CONTENT_SUBJECT = re.compile(r"\s*(?:that\s+)?(?:I|[Ww]e|[Ss]he|[Hh]e)\b")
# A known outlet told, closing the sentence after what was said, and when: "confirmed the
# split to Variety on Monday.", "denied the report to The Hollywood Reporter."
_OUTLET_TOLD_END = re.compile(
    r"\s+to\s+(?=[A-Z])(?i:(?:the\s+)?(?:"
    + alternation(OUTLETS)
    + r"))(?![\w’'-])(?:\s+(?:on|in|last|this|earlier)\s+[^,.;:“”\"]{1,30}?)?[.!?]?\s*$"
)


def _gathering_end(determiners: str) -> re.Pattern[str]:
    """A gathering closing the sentence after a stance's object, and when or where it was
    held: " at a briefing on Friday.", " during a hearing of the committee."; not after a
    participle ("the plan approved at a meeting")."""
    return re.compile(
        r"(?<!ed)(?<!en)\s+(?:at|during)\s+(?:"
        + determiners
        + r")\s+(?:[\w’'-]+\s+){0,2}?(?:"
        + alternation(GATHERING_VENUES)
        + r")\b(?:\s+(?:on|in|at|of|with|held|hosted)\s+[^,.;:“”\"]{1,40}?){0,2}[.!?]?\s*$"
    )


_GATHERING_END = _gathering_end("an?|the")
# After a verb of judgement a gathering known to the reader is most often the object's ("condemned
# the violence at the rally", "praised the turnout at the rally"); one brought in, where it
# was said ("praised the crews at a ceremony").
_GATHERING_END_INDEFINITE = _gathering_end("an?")
_JUDGEMENT_VERBS = APPROVAL_VERBS | JUDGEMENT_PARTICIPLES
_MESSAGE_VENUE_REACH = 130
_PARTICIPLE_REACH = 12  # characters before a venue that hold a participle


def _judges(word: str) -> bool:
    """Whether a cue verb is one of blame or praise in any form: its past is one of
    `_JUDGEMENT_VERBS` ("slam", "slams", "slammed", "praises", "criticize", "slamming",
    "praising")."""
    if word.endswith("ing"):
        return word[:-3] + "ed" in _JUDGEMENT_VERBS  # "slamm-ed", "prais-ed", "criticiz-ed"
    base = word[:-1] if word.endswith("s") else word
    return word in _JUDGEMENT_VERBS or not _JUDGEMENT_VERBS.isdisjoint(
        (base + "ed", base + "d", base + base[-1:] + "ed")
    )


def _label(words: str) -> bool:
    """Whether `words`, before "according to X:", are a short label, no clause ("The bottom
    line"; not "Prices will rise", "The company lost $4 million last year")."""
    found = WORDS.findall(words)
    return (
        len(found) <= _LABEL_WORDS
        and FINITE_VERB.search(words) is None
        and not any(w.lower() in IRREGULAR_VERB_FORMS for w in found)
    )


def _arranged_by(text: str, at: int) -> bool:
    """Whether the "according to" at `at` follows a verb of `ARRANGED_BY_VERBS` with no comma
    between and names a criterion ("weighted according to age", "according to their
    income"), not a source ("allocated according to the ministry", "varied according to
    witnesses")."""
    before = text[max(0, at - _ARRANGED_REACH) : at]
    if not before.endswith(" "):
        return False
    words = before.split()
    if not words or words[-1] not in ARRANGED_BY_VERBS:
        return False
    criterion = _CRITERION.match(text, at + len("according to"))
    return criterion is not None and not any(
        w[0].isupper()
        or w in ROLE_NOUNS
        or w in ANONYMOUS_HEADS
        or people_plural(w.capitalize())
        or marked_kind([w]) is not None
        for w in criterion.group(1).split()
    )


_ARRANGED_REACH = 16  # characters before "according to" that hold the verb
# What follows "according to" up to "of", "and" or a mark: "age", "the ministry", "their size".
_CRITERION = re.compile(r"\s+(?:(?:the|their|its|his|her)\s+)?((?:(?!of\b|and\b)[\w-]+\s*){1,3})")


class CueForms(Clauses):
    """ "according to", passives, opening participles, naming and stance cues."""

    def _quotes_wording(self, start: int, quote: int) -> bool:
        """Whether the object between `start` and the colon before the quotation at `quote`
        ends in a noun of words someone else wrote (`QUOTED_WORDING_NOUNS`: "the slogan:
        “...”"): the quotation is that wording, not what is said."""
        head = _HEAD_BEFORE_COLON.search(self.text, start, quote)
        return head is not None and head.group(1).lower() in QUOTED_WORDING_NOUNS

    def _before_message_venue(self, start: int, end: int, told: bool = True) -> int:
        """Where content after a cue ends before the message or broadcast it was said in,
        closing the sentence ("said prices would rise in a blog post on Monday.", "...,
        speaking on Sky News.", "..., under questioning from Ann Vale.") or the interview
        ("... when I reached her by phone."); `end` if none does. A known outlet told
        closing it is cut off first after a verb of telling, `told` ("confirmed the split to
        Variety."; not "said the rights would move to TSN.")."""
        if told:
            end = self._before_venue(start, end, _OUTLET_TOLD_END, (" to ",))
        cut = self._before_venue(start, end, _INTERVIEW_WHEN_END, (", when ", " when "))
        if cut < end and not self._asked_the_speaker(start, cut, end):
            cut = end
        if cut < end:
            self.interview = (cut, end)
        return self._before_venue(start, cut, _MESSAGE_VENUE_END, _VENUE_MARKS)

    def _asked_the_speaker(self, start: int, cut: int, end: int) -> bool:
        """Whether the interview closing text[start:end] at `cut` is the speaker's: any but
        "asked about <det> N" is; that one when the content's subject is the speaker, "I",
        "we", "he", "she" ("she would not resign when asked about the report"), or the
        content closes a quotation ("was “a mess” when asked about the deal")."""
        match = _INTERVIEW_WHEN_END.match(self.text, cut, end)
        if match is None or match.group("topic") is None:
            return True
        if self.text[start:cut].rstrip().endswith(("”", '"')):
            return True
        subject = _CONTENT_SUBJECT.match(self.text, start, cut)
        return subject is not None

    def _before_venue(
        self, start: int, end: int, venue: re.Pattern[str], marks: tuple[str, ...]
    ) -> int:
        """Where content ends before the `venue` closing text[start:end], looked for from
        the first of `marks` found near the end (most often none: no pattern is tried)."""
        reach = end - _MESSAGE_VENUE_REACH if end - _MESSAGE_VENUE_REACH > start else start
        at = -1
        for mark in marks:
            at = self.text.find(mark, reach, end)
            if at >= 0:
                break
        match = None if at < 0 else venue.search(self.text, at, end)
        if match is None or self._quote_at(match.start()) is not None:
            return end
        before = self.text[max(start, match.start() - _PARTICIPLE_REACH) : match.start()]
        if (
            venue is not _INTERVIEW_WHEN_END  # "was sold when I called her": no participle's
            and self.text[match.start()] != ","
            and before.rpartition(" ")[2].lower() in POSTMODIFYING_PARTICIPLES
        ):
            return end  # "the remarks made at the dinner": the participle's own (not "the
            # memo was never sent, under cross-examination by ...", the comma between)
        return match.start()

    def _according(self, cue: Span, sentence: Span) -> Found | None:
        """ "according to X": the content is the rest of the sentence, on either side."""
        text = self.text
        if _arranged_by(text, cue[0]):
            return None  # "weighted according to age": how it was done, no source
        start = skip_space(text, cue[1])
        phrase = phrase_after(text, start, sentence[1]) or self._source_phrase(start, sentence[1])
        if phrase is None:
            return None
        bare = Phrase(phrase.span, phrase.words)
        if _PER_SOURCE_END.match(text, phrase.span[1]) and (
            text[cue[0] : cue[1]] == "per" or text[cue[0] - 2 : cue[0]] == ", "
        ):
            # "..., per X, marking ...", "..., according to reports, leaving ...": the source
            # ends at the participle's comma
            phrase, sentence = bare, (sentence[0], phrase.span[1])
        # at the sentence's end only: an endless sentence costs each "according to" the same
        said = _POSTPOSED_SAID.search(
            text, max(phrase.span[1], sentence[1] - _POSTPOSED_REACH), sentence[1]
        )
        if said is not None:
            sentence = (sentence[0], said.start())  # the speaker's cue reports it all
        phrase, source_end = self._source_rest(phrase, sentence[1])
        source_end = self._joined_source(source_end, sentence[1])
        before = self._content(sentence[0], cue[0])
        if text.startswith(", or ", source_end):
            alias = _SOURCE_ALIAS.match(text, source_end, sentence[1])
            if alias is not None:  # after the content, its relative clause is the source's too
                relative = before is not None and _RELATIVE_AFTER.match(text, alias.end())
                source_end = sentence[1] if relative else alias.end()
        if before is not None and _APPOSITIVE.match(text, source_end, sentence[1]):
            source_end = sentence[1]  # "..., according to Ann Lee, a psychologist."
        # Each quotation's attribution ends the words before "according to": with a closing
        # mark and perhaps a comma (`_QUOTED_AFTER_CUE`), or with a comma at the end of a line
        # (`_QUOTED_BEFORE_CUE`, "$" of any line); most end otherwise, and are not searched.
        reach = max(0, cue[0] - _QUOTED_REACH)
        lead = text[reach : cue[0]]
        ending = lead.rstrip()
        if (
            before is not None
            and ending.removesuffix(",").rstrip().endswith(("”", '"'))
            and _QUOTED_AFTER_CUE.search(text, reach, cue[0])
        ) or (
            (ending.endswith(",") or "\n" in lead)
            and _QUOTED_BEFORE_CUE.search(text, reach, cue[0])
        ):
            return None  # the quotation's own cue reports it
        after = self._content(source_end, sentence[1])
        if (
            before is not None
            and phrase.appositive is not None
            and _FIGURE_APPOSITIVE.match(text, phrase.appositive[0])
        ):  # "..., according to the society, a number it expects to double": the figure's
            phrase, after = bare, None
        if before is not None and after is not None and _opens_contrast(text, after[0][0]):
            after = None  # "..., according to X, though officials say ...": not X's
        if (
            before is not None
            and after is not None
            and text[source_end : after[0][0]].strip(_OPENING_MARKS) == ":"
            and _label(text[slice(*before[0])])
        ):
            before = None  # "The bottom line, according to Rao: start early" (or "“Start"): a label
        if before is not None and after is not None and self._on_source(source_end, after[0]):
            after = None  # "..., according to emails the paper obtained": how X was had
        if (
            (
                after is None
                and phrase.appositive is not None
                and (before is None or _CONJUNCTION.match(text, phrase.appositive[0]))
            )
            or (
                before is None
                and phrase.appositive is not None
                and (
                    self._clause(phrase.appositive)
                    or self._past_clause(bare, phrase.appositive)
                    or self._bare_clause_after_document(bare, phrase.appositive)
                    or self._runs_into_quotation(phrase.appositive)
                )
            )
            or (
                before is None
                and after is not None
                and phrase != bare
                and (
                    _SUBJECTLESS.match(text, after[0][0])
                    or _PARTICIPLE_CLAUSE.match(text, after[0][0])
                    or _APPOSED_BEFORE_VERB.match(text, after[0][0])
                    or _goes_on(text, phrase, after[0][0])
                    or _CONJUNCTION.match(text, after[0][0])
                    or (
                        _ATTACHED_PHRASE.match(text, after[0][0])
                        and not _describes_source(text, phrase.appositive)
                    )
                    or _COMPARISON.match(text, after[0][0])
                    or (
                        _DIFFERENCE.match(text, after[0][0])
                        and not _describes_source(text, phrase.appositive)
                    )
                    or (
                        _AGAINST_ALL.match(text, after[0][0])
                        and not _describes_source(text, phrase.appositive)
                        and _counted_clause(text, phrase.appositive)
                    )
                    or (
                        bare.words[-1].lower() in DOCUMENT_WORDS
                        and _RELATIVE_OPENING.match(text, after[0][0])
                    )
                )
            )
        ):  # no appositive after all: "According to Lee, the talks will resume", "..., and";
            # "According to Lee, sales fell, and prices rose": a clause, then one joined to it;
            # "According to Lee, sales rose to 900, up from 700": a clause and its comparison
            phrase = bare
            made = _MADE_BY.match(text, phrase.span[1], sentence[1])
            after = self._content(made.end() if made else phrase.span[1], sentence[1])
        if before is None and after is not None:
            subject = self._one_word_subject(sentence[0], cue[0], after[0])
            before = None if subject is None else (subject, "indirect")  # "Sales, according to"
        if before is not None and after is not None:
            span = (before[0][0], after[0][1])
            return Found(
                span, "mixed" if "direct" in {before[1], after[1]} else before[1], phrase, cue
            )
        found = before or after
        if found is None or before is None and self._own_saying(found[0], bare):
            return None
        return Found(found[0], found[1], phrase, cue)

    def _on_source(self, source_end: int, after: Span) -> bool:
        """Whether the words text[after] right after the source of a sentence-final "according
        to" tell how the source was had or made, not a content of its own: a participle ("emails
        the paper obtained") or a clause with no comma before it ("a survey the union carried
        out in May", "measurements her team took last year")."""
        text = self.text
        if _HAD_BY.fullmatch(text, *after):
            return True
        gap = text[source_end : after[0]]
        return not gap.strip() and not _CONJUNCTION.match(text, after[0])

    def _past_clause(self, source: Phrase, span: Span) -> bool:
        """Whether text[span], taken for the appositive of `source`, is a clause of a past
        verb and its object after a subject of a few words ("According to the report, the crew
        disabled the alarm, a step ..."; not a participle's "the first filed in May"); after a
        named source, not a role and its participle with an object ("According to Tom Reyes,
        the lawyer assigned the case, ...", "Ann Lee, a researcher awarded a grant")."""
        past = _PAST_WITH_OBJECT.match(self.text, *span)
        if past is None:
            return False
        named = source.words[-1][:1].isupper()
        return not (named and past.group("head").lower() in _DESCRIBING_HEADS)

    def _clause(self, span: Span) -> bool:
        """Whether text[span], taken for an appositive, is a clause: an auxiliary comes before
        any relative pronoun ("the heaters were made by Halvern", not "a firm that was sold")."""
        for word in WORDS.findall(self.text, *span):
            lower = word.lower()
            if lower in _CLAUSE_AUXILIARIES:
                return True
            if lower in RELATIVE_PRONOUNS or lower == "that":
                return False
        return False

    def _runs_into_quotation(self, span: Span) -> bool:
        """Whether text[span], taken for an appositive, runs with no comma into a quotation
        opening after it: a clause quoting its words ("According to the report, the envoys
        agreed to “deepen ties”"), no appositive, which a comma closes."""
        quote = self._quote_at(skip_space(self.text, span[1]))
        return quote is not None and quote.start >= span[1]

    def _bare_clause_after_document(self, source: Phrase, span: Span) -> bool:
        """Whether text[span], taken for the appositive of a document after "According to",
        opens as a clause does, with a bare noun ("According to the register, firms spent
        €5m, a rise"): a document's appositive opens with a determiner, a name, a number, a
        participle or an adverb ("the first of its kind", "published in May", "last updated")."""
        if source.words[-1].lower() not in DOCUMENT_WORDS:
            return False
        first = WORDS.match(self.text, span[0])
        if first is None:
            return False
        word = first.group()
        return (
            word.islower()
            and word not in _APPOSITIVE_OPENERS
            and not word.endswith(("ed", "ing", "ly"))
            and word not in IRREGULAR_PARTICIPLES
            and word not in SOURCE_PARTICIPLES
        )

    def _own_saying(self, span: Span, source: Phrase) -> bool:
        """Whether the clause text[span] after "According to X," where X is the media ("state
        media", "the news agency") or a news agency by its letters alone ("IRNA"), has a verb
        of saying of its own and quotes nothing (`_OWN_SAYING`): X is only the channel. Other
        sources report what was said to them ("According to the indictment, Lee told agents
        ...": the indictment's)."""
        words = source.words
        return (
            (
                not _MEDIA.isdisjoint(w.lower() for w in words)
                or len(words) == 1
                and words[0].isupper()
                and len(words[0]) > 1
            )
            and not self._starts_quote(span)
            and bool(_OWN_SAYING.fullmatch(self.text, *span))
        )

    def _source_rest(self, phrase: Phrase, end: int) -> tuple[Phrase, int]:
        """The source after "according to" past what continues it ("a spokesperson *for the
        ministry*", "two people *familiar with the talks*") up to its comma, and past a name
        in apposition ("..., Jane Roe,"), which then is the speaker; and where it ends."""
        text = self.text
        # After its appositive, or after a name apposed to its description, which the phrase
        # may end with ("according to a spokesperson for the union, Jean Roe, ...").
        source_end = phrase.end
        first = WORDS.match(text, skip_space(text, source_end), end)
        if first is not None and (
            _continues_source(first.group()) or _SOURCE_TIME.match(text, first.start(), end)
        ):  # "a report *last month* by the firm Northgate Labs,": when it was made
            comma = CLAUSE_COMMA.search(text, first.start(), min(end, source_end + _SOURCE_LENGTH))
            source_end = comma.start() if comma else end  # not "8,000"'s
        if _RELATIVE_AFTER.match(text, source_end, end):
            # "two people briefed on the talks, who spoke on condition of anonymity": the
            # relative clause tells of the source, up to its own comma
            comma = CLAUSE_COMMA.search(text, source_end + 1, min(end, source_end + _SOURCE_LENGTH))
            source_end = comma.start() if comma else end
        name = _SOURCE_NAME.match(text, source_end, end)
        if name is None or self._quote_at(name.start(1)) is not None:
            return phrase, source_end
        return Phrase(name.span(1), tuple(name.group(1).split())), name.end()

    def _joined_source(self, source_end: int, end: int) -> int:
        """Where the sources after "according to" end when a second one is joined to the
        first by "and" or "or" ("according to two officials and court records reviewed by
        the paper"): after the second and what continues it, if a clause's end (a comma,
        the sentence's end) follows; else at `source_end`, the first's end."""
        joined = _AND_SOURCE.match(self.text, source_end, end)
        if joined is None:
            return source_end
        second = phrase_after(self.text, joined.end(), end)
        if second is None:
            return source_end
        # its noun phrase alone: what follows its comma is the content, not an appositive
        second_end = self._source_rest(Phrase(second.span, second.words), end)[1]
        closed = _SOURCE_END.match(self.text, second_end, end)
        return second_end if closed is not None else source_end

    def _source_phrase(self, start: int, end: int) -> Phrase | None:
        """Any noun phrase after "according to", up to its clause end or a relative clause:
        "federal statistics", "a 12-count lawsuit brought by the state"."""
        clause = _SOURCE_END.search(self.text, start, min(end, start + _SOURCE_LENGTH))
        if clause is None:
            return None
        relative = _RELATIVE.search(self.text, start, clause.start())  # "monitors who count"
        span = strip(self.text, (start, relative.start() if relative else clause.start()), TRIM_END)
        words = tuple(self.text[span[0] : span[1]].split())
        return Phrase(span, words) if words and words[0].lower() not in RELATIVE_PRONOUNS else None

    def _passive_report(self, cue: Span, word: str, sentence: Span) -> Found | None:
        """ "Quiros was accused of fraud", "it is considered a threat": a passive cue reports
        its whole sentence, from its agent ("criticized by Democrats") or a source left
        unnamed; in a relative clause after a comma, nothing."""
        text = self.text
        lead = _PASSIVE_LEAD.search(text, max(sentence[0], cue[0] - LEAD), cue[0])
        if lead is None:
            return None
        if word in QUESTIONING_FORMS and _interrogated(text, (sentence[0], lead.start()), cue[1]):
            return None  # "Farrant was questioned by police for six hours": an interrogation
        if (
            word in CHARACTERIZE_CUES
            and text.find(" as ", cue[1], cue[1] + LEAD) < 0
            and _VIEW_HELD.match(text, cue[1]) is None
        ):
            # "had been viewed 3 million times": watched; a view is held "as" Y, "to be" Y or
            # by someone ("is regarded by lawyers to be ...")
            return None
        agent = BY_AGENT.match(text, cue[1])
        if not named_agent(text, agent):
            agent = None  # "is expected by Friday", "was passed by a wide margin": no agent
        comma = text.rfind(",", sentence[0], cue[0])
        if (
            comma >= 0
            and _COMMA_RELATIVE.match(text, comma)
            and (agent is None or word not in LISTENER_CUES)
        ):
            # "In Brazil, where the cartel is believed to buy arms, police said ...": a belief
            # of no one inside a relative clause reports nothing; the sentence is the main
            # clause's (but "One MP, who was told by CSIS that she is a target, said": what
            # CSIS told her, up to the clause's close)
            return None
        if comma >= 0 and agent is not None and _COMMA_RELATIVE.match(text, comma):
            close = self._relative_close(cue[1], sentence[1])
            if (
                close == sentence[1]
                and text.find(",", sentence[0], comma) < 0
                and not _holds_verb(text[sentence[0] : comma].lower().split())
            ):
                # on the sentence's subject, it closes before the subject's own verb, at its
                # last comma ("The envoy, who was told by Ottawa that his post was closed,
                # flew home"); not one on an object ("met Lee, who was told by police that")
                last = text.rfind(", ", cue[1], sentence[1])
                close = close if last < 0 else last
            sentence = (sentence[0], close)
        # "was hailed as a triumph", "was branded a disgrace", "was described as reckless":
        # a judgement or a name given, its agent after it
        complemented = self._complemented(word, cue[1])
        if agent is None and (complemented or self._assessed(word, cue[1])):
            # "was rated inadequate by inspectors": the verdict, then its agent
            agent = self._agent_after_complement(cue[1], sentence[1])
        if agent is None and word == "told":
            if told_the_author(text, cue):
                return self._told_the_author(cue, sentence)
            sender = sent_from(text, cue)
            if sender is not None:  # "Staff were told in an email from the registrar that ..."
                phrase = phrase_after(text, sender, sentence[1])
                if phrase is not None and not phrase.bare:
                    return self._told_by(phrase, cue, sentence[1])
            return self._told_to_a_hearing(cue, sentence)
        judged = complemented and word in JUDGEMENT_PARTICIPLES
        participle = word.endswith("ed") or word in IRREGULAR_PARTICIPLES
        if word not in PASSIVE_CUES and not judged and (agent is None or not participle):
            return None  # other cues only with their agent: "his views were echoed by ..."
        if (
            word not in PASSIVE_CUES
            and text.startswith("be ", lead.start())
            and _PROSPECTIVE_BE.search(text, max(sentence[0], lead.start() - LEAD), lead.start())
        ):
            return None  # "must still be approved by the council": an act to come, none done
        phrase = None if agent is None else phrase_after(text, agent.end(), sentence[1])
        if agent is not None and (phrase is None or phrase.bare):
            return None
        if phrase is not None and word in LISTENER_CUES:
            told = self._told_by(phrase, cue, sentence[1])
            if told is not None or word not in _TOLD_OR_ASKED:
                return told  # "was warned by the Speaker": who was told, nothing said
        if (
            word in FINDING_PARTICIPLES
            and not complemented
            and (phrase is None or VERDICT.match(text, phrase.end) is None)
        ):
            return None  # "was found by a walker": a thing come upon, no finding
        late = agent is not None and agent.start() > cue[1]
        # after a complement, the agent and what follows it are no part of the judgement:
        # "(He was called a liar) by critics for his claims"
        # a clause after a semicolon is no part of it: "(was expected to cost $3bn); its latest
        # estimate is $9bn"
        semicolon = text.find("; ", cue[1], sentence[1])
        end = agent.start() if late else sentence[1] if semicolon < 0 else semicolon
        content = self._content(sentence[0], end)
        if word == "told" and told_the_author(text, cue):
            quoted = self._quoted_to_the_author(cue, sentence, phrase)
            if quoted is not None:
                return quoted  # "“It's over,” I'm told by an aide": the aide's words
        if content is None or (agent is None and rejection(text, content[0], cue) == "no source"):
            # "no deaths have been reported, the agency said": a passive naming no source
            return None  # leaves its sentence to the attribution after it
        return Found(content[0], content[1], phrase, cue)

    def _told_the_author(self, cue: Span, sentence: Span) -> Found | None:
        """ "I'm told the premier will resign", "The deal, I'm told, is done": what the
        author was told by a source left unnamed, no claim of the author's, the clause after
        "told" or the sentence around it set off by commas (after it, when it opens the
        sentence: "As I'm told, the plan is dead"), with no speaker (as "It is understood
        that ..."); None for no clause ("I'm told to wait", "told of the delay")."""
        text = self.text
        quoted = self._quoted_to_the_author(cue, sentence, None)
        if quoted is not None:
            return quoted
        if text.startswith(",", cue[1]) and text.find(",", sentence[0], cue[0]) < 0:
            content = self._content(cue[1] + 1, sentence[1])  # "As I'm told, the plan is dead"
        elif text.startswith(",", cue[1]):
            content = self._content(sentence[0], sentence[1])
        else:
            time = TIME_ADJUNCT.match(text, cue[1], sentence[1])  # "I'm told on good authority"
            opener = _TOLD_CLAUSE.match(text, time.end() if time else cue[1], sentence[1])
            content = None if opener is None else self._content(opener.end(), sentence[1])
        if content is None or FINITE_VERB.search(text, *content[0]) is None:
            return None
        return Found(content[0], content[1], None, cue)

    def _quoted_to_the_author(
        self, cue: Span, sentence: Span, phrase: Phrase | None
    ) -> Found | None:
        """The quotation opening the sentence right before "I'm told" at `cue`, as the
        words of the source `phrase` (None: unnamed): "“It's over,” I'm told (by an aide)."
        gives "It's over"; None if no quotation stands there."""
        quote = self._quote_at(sentence[0])
        if quote is None or quote.end > cue[0] or self.text.count(" ", quote.end, cue[0]) > 4:
            return None
        return Found(strip(self.text, quote.content, " ,"), "direct", phrase, cue)

    def _told_to_a_hearing(self, cue: Span, sentence: Span) -> Found | None:
        """ "The inquest was told (that) the gate was open", "Jurors were told the knife had
        been cleaned": what a hearing body was told, with no source named, is what a witness
        said there (as "the inquest heard that ..."), the clause after "told"; None for
        another subject ("She was told the job was gone": news she was given) or no clause
        after it ("was told to wait", "was told of the delay")."""
        text = self.text
        time = TIME_ADJUNCT.match(text, cue[1], sentence[1])  # "was told on Monday that"
        opener = _TOLD_CLAUSE.match(text, time.end() if time else cue[1], sentence[1])
        if opener is None or not told_a_hearing(text, cue):
            return None
        content = self._content(opener.end(), sentence[1])
        if content is None or FINITE_VERB.search(text, *content[0]) is None:
            return None
        return Found(content[0], content[1], None, cue)

    def _told_by(self, phrase: Phrase, cue: Span, end: int) -> Found | None:
        """ "was warned by police that the road was shut": the subject of a passive cue of
        telling is who was told; what was said follows the agent, after "that", a colon,
        "of" or "about", or is its infinitive ("to stay indoors"); else None ("was warned by
        the Speaker")."""
        opener = _TOLD_CONTENT.match(self.text, phrase.span[1], end)
        content = None if opener is None else self._content(opener.end(), end)
        return None if content is None else Found(content[0], content[1], phrase, cue)

    def _complemented(self, word: str, at: int) -> bool:
        """Whether the participle `word` takes at `at` the complement of a judgement ("hailed
        as a triumph", "dismissed as unworkable"), a name ("branded a disgrace", "described
        as reckless") or a verdict ("found to be unlawful"); not a clause of time ("hailed as
        she arrived"), a job ("dismissed as manager"), a preposition or a particle ("called to
        testify", "called up", "labelled in French")."""
        text = self.text
        if word in FINDING_PARTICIPLES:
            return VERDICT.match(text, at) is not None
        after_as = _AS_NEXT.match(text, at)
        following = after_as.group(1).lower() if after_as is not None else None
        if following in SUBJECT_PRONOUNS:
            return False
        if word in JUDGEMENT_PARTICIPLES and following is not None:
            return word not in LITERAL_JUDGEMENTS or not (
                following in ROLE_NOUNS or following in DEFINITE_OPENERS
            )
        if word not in NAMING_CUES:
            return False
        after = _NEXT_WORD.match(text, at)
        return after is not None and after.group(1).lower() not in _NOT_A_NAME

    def _assessed(self, word: str, at: int) -> bool:
        """Whether the participle `word` of assessing takes its verdict at `at`, an adjective
        or a noun ("rated *inadequate*", "deemed *a risk*"); not a manner, a preposition or a
        time ("judged *fairly*", "considered *in* detail", "deemed *last* year")."""
        if word not in ASSESSMENT_PARTICIPLES:
            return False
        after = _NEXT_WORD.match(self.text, at)
        verdict = after.group(1).lower() if after is not None else ""
        return bool(verdict) and verdict not in _NOT_A_NAME and not verdict.endswith("ly")

    def _agent_after_complement(self, pos: int, end: int) -> re.Match[str] | None:
        """The "by" of the agent after a judgement's complement, in its clause: "was hailed
        as a triumph *by* critics", "was branded a disgrace by the union"; None if none, if it
        tells a time or an amount ("as a triumph by 2030") or names no one who may speak ("by
        the sea"): the judgement is then no one's."""
        text = self.text
        at = late_by(text, pos, end)
        if at is None:
            return None
        phrase = phrase_after(text, at + 4, end)
        return None if phrase is None or phrase.bare else BY_AGENT.match(text, at)

    def _summed_report(self, cue: Span, word: str, sentence: Span, phrase: Phrase) -> Found | None:
        """ "Acme will cut 500 jobs, a move first reported by Axios": a participle with its
        agent after an indefinite noun in apposition to the clause before (`phrase`, the noun)
        reports that clause, said by the agent; None if the cue stands otherwise."""
        text = self.text
        if phrase.words[0].lower() not in {"a", "an"}:  # a participle in "-ed", told first
            return None
        if phrase.words[-1].lower() in MEDIA_NOUNS or phrase.words[-1].lower() in _SOURCE_NOUNS:
            return None  # "The Sentinel, a tabloid published by ...": a source described
        agent = BY_AGENT.match(text, cue[1])
        # the comma before a noun summing up the clause before it: ", a move"
        lead = COMMA_LEAD.search(text, max(sentence[0], phrase.span[0] - LEAD), phrase.span[0])
        if agent is None or lead is None or not _SUMMED_GAP.fullmatch(text, phrase.span[1], cue[0]):
            return None
        source = phrase_after(text, agent.end(), sentence[1])
        if source is None or source.bare:
            return None
        if _SUBJECTLESS.match(text, skip_space(text, source.end)):
            return None  # "a coalition backed by the West is blamed": the noun is a subject
        content = self._content(sentence[0], lead.start())
        return None if content is None else Found(content[0], content[1], source, cue)

    def _opening_participle(self, cue: Span, word: str, sentence: Span) -> Found | None:
        """ "Citing a theory, Trump accused ...": a participle opening its sentence reports its
        clause, up to the comma, and its speaker is the subject of the main clause."""
        comma = self.text.find(",", cue[1], min(sentence[1], cue[1] + LONGEST_CLAUSE))
        if comma < 0:
            return None
        after = comma + 1  # past a closing mark: 'Bemoaning the "phony system," Trump ...'
        while after < sentence[1] and self.text[after] in CLOSE_MARKS:
            after += 1
        phrase = self._sentence_subject(after, sentence[1]) or self._people_subject(
            skip_space(self.text, after), sentence[1]
        )  # "Saying the plan was unfair, protesters walked out"
        after_start, when, _ = self._after_cue(cue, word, comma)
        content = self._content(after_start, after)
        if (
            phrase is None
            or content is None
            or _named_again(self.text, content[0])
            or self._answers_to(word, cue[1], content[0])
        ):
            return None
        return Found(content[0], content[1], phrase, cue, when)

    def _answers_to(self, word: str, cue_end: int, span: Span) -> bool:
        """Whether an opening participle of speaking or answering has only a preposition's
        phrase for its clause ("Responding to an intervention,", "Testifying before the
        panel,"), or what it answered with no "that" ("Answering questions in the Lords,"):
        whom, where or what it answered, not what it said."""
        if word not in OPENING_PARTICIPLES:
            return False
        if word == "answering" and "that" not in self.text[cue_end : span[0]].split():
            return True
        first = WORDS.match(self.text, span[0], span[1])
        return first is not None and (
            first.group().lower() in PREPOSITIONS or first.group() == "to"
        )

    def _opening_question(self, cue: Span, sentence: Span) -> Found | None:
        """ "Asked about the fares, Lee said ...": what was asked, up to the comma, by the
        asker named after "by" ("pressed by reporters on ...") or left unnamed; not a work's
        title alone, which no one said ("Asked about “Paper Boats,” Keene said ...")."""
        text = self.text
        reach = min(sentence[1], cue[1] + LONGEST_CLAUSE)
        closing = CLAUSE_COMMA_OR_QUOTED.search(text, cue[1], reach)
        if closing is None:
            return None
        comma = closing.end() if text[closing.start()] != "," else closing.start()
        pos, phrase = cue[1], None
        agent = _QUESTION_AGENT.match(text, pos, comma)
        if agent is not None:
            phrase = phrase_after(text, skip_space(text, pos) + 3, agent.end())
            pos = agent.end()
        setting = _QUESTION_SETTING.match(text, pos, comma)
        if setting is not None:
            pos = setting.end()
        topic = _QUESTION_TOPIC.match(text, pos, comma)
        if topic is None or topic.end() == cue[1]:
            return None  # "Asked, he said": no topic
        if agent is None and text.startswith("by ", topic.end()):
            return None  # "Questioned by the Crown, she said": the asker, nothing asked
        setting = _QUESTION_SETTING_END.search(text, topic.end(), comma)
        end = comma
        if setting is not None and setting.start() > topic.end():
            asked = text[topic.end() : setting.start()]
            last = asked.rsplit(None, 1)[-1].lower()
            if not _QUESTION_CLAUSE.search(asked) and not (
                last.endswith("ed") or last in IRREGULAR_VERB_FORMS
            ):  # not "comments made on a podcast": the setting of what was asked about
                end = setting.start()
        content = self._content(topic.end(), end)
        if content is None:
            return None
        quote = self._first_quote(content[0]) if content[1] == "direct" else None
        if quote is not None and self._titles_only(quote, comma):
            return None
        return Found(content[0], content[1], phrase, cue)

    def _naming(self, cue: Span, sentence: Span, phrase: Phrase) -> Found | None:
        """ "dubbed it the “battle of the bulge”": the quoted name is what was said. "a
        chatbot called Orla, which ...": a thing and its name, nothing said."""
        if phrase.words[0].lower() in {"a", "an"} and _THINGS_NAME.match(self.text, cue[1]):
            return None
        if phrase.pronoun in RELATIVE_PRONOUNS and _SELF_NAMED.match(self.text, cue[1]):
            return None  # "the page, which calls itself Truth Now, claimed": a name it goes by
        quote = self._first_quote((cue[1], sentence[1]))
        if quote and len(self.text[cue[1] : quote.start].split()) <= 4:
            if (
                self._only_punctuation(quote.end, sentence[1])
                or self._relative(phrase, quote)
                or self._object_gap_name(cue, phrase, quote)
            ):
                return Found(quote.content, "direct", phrase, cue)
            content = self._content(cue[1], self._before_message_venue(cue[1], sentence[1]))
            return None if content is None else Found(content[0], content[1], phrase, cue)
        if in_naming_aside(self.text, cue):  # "The bill, a measure she called reckless, passed"
            closing = CLAUSE_COMMA.search(self.text, cue[1], sentence[1])
            end = closing.start() if closing else sentence[1]
            start = cue[1] + 3 if self.text.startswith(" as ", cue[1]) else cue[1]  # "as lawful"
            content = self._content(start, end, one_word=True)
            return None if content is None else Found(content[0], content[1], phrase, cue)
        named = self._zero_relative_name(cue, phrase)
        if named is not None:
            word = named.span("word")
            if word[0] < 0 or named["word"] in _NAMED_WORDS:
                return None  # "the lake her family still calls the pond": a name, nothing said
            content = self._content(word[0], word[1], one_word=True)  # "calls *unfair* is gone"
            return None if content is None else Found(content[0], content[1], phrase, cue)
        return self._stance(cue, sentence, phrase)

    def _zero_relative_name(self, cue: Span, phrase: Phrase) -> re.Match[str] | None:
        """The name after the naming verb (`_ONE_NAME_AFTER`) when the verb is in a relative
        clause with no pronoun, its object the noun before its subject, and that one name or
        lower-case word ends its clause: "the lake her family still calls the pond", "the bluff
        locals call the Rock has a cafe", "the tax the premier calls unfair is gone" (a
        judgement, group "word"); None for "Lee calls the plan a disaster", "After the vote Lee
        called it a farce" (an object and what it is called)."""
        text = self.text
        before = _NOUN_BEFORE_SUBJECT.search(text, max(0, phrase.span[0] - 40), phrase.span[0])
        if before is None or before.group("noun") in _NOT_GAPPED_NOUNS:
            return None
        return _ONE_NAME_AFTER.match(text, cue[1])

    def _object_gap_name(self, cue: Span, phrase: Phrase, quote: Quote) -> bool:
        """Whether the naming verb's object is the relative pronoun before its subject and the
        quote right after the verb is the name ("A budget that Greaves called “bare bones”
        now pays for ...", "the levy which Lee calls “a tax on bread” is gone"): the name is
        all it reports, the main clause going on after it."""
        return not self.text[cue[1] : quote.start].strip() and (
            OBJECT_RELATIVE_BEFORE.search(self.text, max(0, phrase.span[0] - 12), phrase.span[0])
            is not None
        )

    def _relative(self, phrase: Phrase, quote: Quote) -> bool:
        """Whether the naming verb is in a relative clause that a comma closes at `quote`
        ("the plan, which she called “a bargain,” would cost", "the union, which called it
        “a betrayal,” said"): the name is all it reports."""
        text = self.text
        if phrase.pronoun not in RELATIVE_PRONOUNS and not OBJECT_RELATIVE_BEFORE.search(
            text, max(0, phrase.span[0] - 12), phrase.span[0]
        ):
            return False
        return text[quote.content[1] - 1 : quote.content[1]] == "," or text.startswith(
            ",", quote.end
        )

    def _stance(self, cue: Span, sentence: Span, phrase: Phrase) -> Found | None:
        """ "criticized the deal, ...": the object, up to the end of its clause, with "that"
        when it is a demonstrative ("opposes that idea"). None before an attribution after a
        comma in that clause ("backed the deal, the mayor said"), which reports the clause;
        none for a negative object: "offered no details" reports nothing, and so does a
        participle saying how the document just before it was made ("a study published in
        May shows ..."): the document's verb reports."""
        if self._document_participle(cue, sentence, phrase) or self.text.startswith(",", cue[1]):
            return None  # a comma right after: a noun ("had 38 percent support, ..."), no object
        if _SENT_OUT.match(self.text, cue[0]):
            return None  # "The campaign blasted out an email saying ...": the email's words
        word = self.text[cue[0] : cue[1]].lower()
        passive = word in COMPARISON_CUES and _LIKENED.match(
            self.text, cue[1]
        )  # "Talk compared to a circus": a comparison its subject does not make
        start, when, that = self._after_cue(cue, "", sentence[1])
        if (out := _OUT_AT.match(self.text, start)) is not None:
            start = out.end()  # "blasted out at critics": the critics, its target
        if phrase.pronoun in RELATIVE_PRONOUNS and "," in self.text[cue[1] : start]:
            return None  # "Lee, who voted against, believes ...": the comma closes the clause
        if that:
            opener = self.text.rfind("that", cue[1], start)
            if word in NAMING_CUES or _DEMONSTRATIVE.match(self.text, opener, sentence[1]):
                # "opposes that idea", "called that claim absurd" (a naming verb takes no
                # clause): the object's determiner
                start = opener
        if _NEGATIVE_OBJECT.match(self.text, start) or self._amount_after_about(cue, start):
            return None
        end = self._before_consequence(start, self._clause_end(start, sentence[1]), objects=True)
        bare = False  # a bare noun alone, the object a headline's clause of time cut
        if self.headline_ends and sentence[1] <= self.headline_ends[0]:  # the headline's
            time_clause = next(
                (
                    found
                    for found in _HEADLINE_AS_CLAUSE.finditer(self.text, start, end)
                    if _agentive((found.group("subject") or found.group("body")).lower())
                ),
                None,
            )
            if time_clause is not None:
                end = time_clause.start()
                bare = True  # "Mayor defends budget as critics warn": headlines drop the article
        joined = _JOINED_SAYING.search(self.text, start, end)
        if joined is not None and self._quote_at(joined.start()) is None:
            end = joined.start()  # "touted the deal and saying ...": the deal only
        if _judges(word):
            end = self._before_adverbial_clause(start, end)  # "slammed Lee after a report found"
        end = self._before_joined_predicate(start, end, word)
        if word in COMPARISON_CUES and not _likeness(self.text, cue[1], end):
            return None  # "was comparing two bags of rice": no likeness claimed, nothing said
        if self._saying_postposed(start, end):
            return None  # "The museum wanted them, she said, ...": hers to report, all of it
        end = self._before_main_verb(start, end, phrase, object_only=True)
        end = self._before_coordinated_cue(cue, start, end)
        end = self._before_relative_close(start, end, phrase)
        end = self._before_message_venue(start, end)
        gathering = _GATHERING_END_INDEFINITE if word in _JUDGEMENT_VERBS else _GATHERING_END
        end = self._before_venue(start, end, gathering, (" at ", " during "))
        if self.text.find(", as ", start, end) >= 0:
            shared = _SHARED_STANCE.search(self.text, start, end)
            end = end if shared is None else shared.start()  # "..., as did Tom Hale": his too
        content = self._content(start, end, name=True, one_word=bare) or self._pointed_back(
            word, cue, sentence[1]
        )  # "Officials rejected that."
        if content is None or not self._opens_content(content[0]):
            return None
        introduced = self._quote_after_object(content[0], sentence[1])
        if introduced is not None and not self._quotes_wording(content[0][0], introduced[0]):
            # "thanked the fans: “Forever grateful.”": the quotation; not "criticised the
            # slogan: “...”", another's words
            return Found(introduced, "direct", phrase, cue, when)
        if self._subordinate(content[0]) and not (
            word in GERUND_ADVICE_CUES
            and not self.text[cue[1] : content[0][0]].strip()
            and (gerund := _GERUND.match(self.text, content[0][0])) is not None
            and gerund.group() not in PREPOSITIONS  # "proposed during his term": when
        ):  # "recommends asking for a raise": the gerund is the advice, no clause of its own
            return None
        return Found(content[0], content[1], None if passive else phrase, cue, when)

    def _pointed_back(self, word: str, cue: Span, end: int) -> tuple[Span, StatementKind] | None:
        """ "(Officials) disputed that.", "(She) denied it.", "(He doesn't) think so.": a
        demonstrative alone closing the sentence (at `end`) after a finite verb answering a
        claim reported before it in its paragraph, or "so" after a verb of thinking, points
        back at what was claimed: the pronoun is the content (not "phoned the paper to deny
        it": what the call was for; nor "Lee denied it." with no claim before)."""
        pointer = _POINTER.fullmatch(self.text, cue[1], end)
        if pointer is None or self.text.endswith(" to", 0, cue[0] - 1):
            return None
        if pointer.group(1).lower() == "so":
            return (pointer.span(1), "indirect") if word in SO_CLAUSE_VERBS else None
        if word not in CLAIM_ANSWER_VERBS or not self.statements:
            return None
        claimed = self.statements[-1].span[1]
        if claimed > cue[0] or "\n" in self.text[claimed : cue[0]]:
            return None  # no claim before it in its paragraph
        return pointer.span(1), "indirect"

    def _saying_postposed(self, start: int, end: int) -> bool:
        """Whether an attribution of saying set off after a comma follows an object from
        `start` within a clause's reach ("(wanted) them, she said, ...", "(found) cracks, she
        said, and ..."): the clause is what it reports, no stance of its own."""
        limit = end if end < start + LONGEST_CLAUSE else start + LONGEST_CLAUSE
        return _POSTPOSED_SAYING.search(self.text, start, limit) is not None

    def _amount_after_about(self, cue: Span, start: int) -> bool:
        """Whether the cue ends in "about" and a number follows: "wrote about 300 letters",
        "spoke about 20 minutes", an amount and not a topic."""
        if not self.text.endswith("about", cue[0], cue[1]):
            return False
        if self.text[start : start + 1] in _CURRENCY_OR_DIGIT:
            return True
        word = _AMOUNT_WORD.match(self.text, start)  # "about a dozen", "about forty"
        return word is not None and word.group(1).lower() in _AMOUNT_WORDS

    def _document_participle(self, cue: Span, sentence: Span, phrase: Phrase) -> bool:
        """Whether the cue at `cue` is a participle right after a document that it describes,
        the subject opening the sentence ("A study *published* in May shows ...", "The poll
        *conducted* last week found ...") or the phrase of its venue ("In a report *issued* on
        Monday, the agency said ..."); not "drew on a paper published in May"."""
        word = self.text[cue[0] : cue[1]].lower()
        if word not in DOCUMENT_PARTICIPLES or self.text[phrase.span[1] : cue[0]].strip():
            return False
        lead = self.text[sentence[0] : phrase.span[0]].strip().lower()
        if lead in _DOCUMENT_LEADS:  # in an opening venue, its head may have a complement
            words = phrase.words if lead else phrase.words[-1:]  # "In a post on her blog"
            return any(w.lower() in _DOCUMENTS_OR_VENUES for w in words)
        # "In an interview with Beat magazine published on Monday, she said ...": the
        # participle describes the interview, whose other party the phrase is
        return _VENUE_WITH.fullmatch(lead) is not None

    def _quote_before(self, start: int, phrase: Phrase, cue: Span) -> Found | None:
        """ "“Why isn’t this proof?” Vitter demanded.": a stance cue with no object after it
        reports the direct quotation just before its speaker."""
        if not self._after_boundary(start, phrase.span[0]):
            return None
        before = self._content(start, phrase.span[0])
        if before is None or before[1] != "direct":
            return None
        return Found(before[0], before[1], phrase, cue)


# A demonstrative alone closing a sentence after its verb, no question: "disputed that.",
# "think so." (not "Will officials deny it?").
_POINTER = re.compile(r"\s*((?i:it|that|this|so))\s*[.!]?[\s”\"’]*")
_CURRENCY_OR_DIGIT = frozenset("0123456789$£€¥")
_AMOUNT_WORD = re.compile(r"(?:an?\s+)?(\w+)")
_AMOUNT_WORDS = frozenset(NUMBER_WORDS) | frozenset(SCALE_WORDS)
# What may open a sentence before a document and its participle: nothing, or the preposition
# of its venue ("In a report released ...").
_DOCUMENT_LEADS = frozenset({"", "in", "on", "via", "through"})
# What such a participle may follow: a document, or where words were said ("In an interview
# published last week, ...").
_DOCUMENTS_OR_VENUES = DOCUMENT_WORDS | VENUE_WORDS
# An opening venue phrase up to the other party or the place: "in an interview with", "in a
# post on her".
_VENUE_WITH = re.compile(
    r"(?:in|on|during)\s+(?:an?|the|his|her|their|its)\s+(?:[\w-]+\s+)?(?:"
    + alternation(VENUE_WORDS)
    + r")\s+(?:with|on|to|for)(?:\s+(?:an?|the|his|her|their|its))?"
)


def _goes_on(text: str, source: Phrase, at: int) -> bool:
    """Whether the words at `at`, after "According to X, Y,", a participle or a partitive,
    go on from Y, then the clause's start, not an apposition to X ("According to police,
    the man fled, *driven by fear*"; "..., the firm cut 40 jobs, *most of them* in Ohio"):
    not when they hold a finite verb of their own before their comma ("According to Ann
    Vale, the fire chief, most of the homes *were* empty") or Y names a role or a body
    ("According to Statistics Canada, the federal agency, falling demand hurt exports"),
    unless a predicate with no subject follows their comma ("the van, driven by a driver,
    *was* towed")."""
    participle = _ANY_PARTICIPLE_CLAUSE.match(text, at) or _PARTICIPLE_GOING_ON.match(text, at)
    if source.appositive is None or not (participle or _PARTITIVE_GOING_ON.match(text, at)):
        return False
    if _OWN_FINITE.match(text, at):
        return False
    if participle and _PREDICATE_NEXT.match(text, at):
        return True
    return _apposed_head(text, source.appositive) not in _DESCRIBING_HEADS


def _describes_source(text: str, span: Span | None) -> bool:
    """Whether the words text[span] apposed to a source are a short description of it, a
    role or a body ("Ann Lee, *the treasurer*,"), no clause ("the average nurse earns ...")."""
    if span is None:
        return False
    words = WORDS.findall(text, *span)
    return len(words) <= _DESCRIPTION_WORDS and _apposed_head(text, span) in _DESCRIBING_HEADS


def _counted_clause(text: str, span: Span | None) -> bool:
    """Whether the words text[span] apposed to a source are a clause: a finite verb ("the
    princess carried out 450 engagements", "the suspect fled"), or a verb after the subject
    and a count ("the charity spent £4m"); no description ("a mother of three", "a mother
    of 3", "the top scorer in 2023")."""
    if span is None:
        return False
    words = text[span[0] : span[1]]
    return FINITE_VERB.search(words) is not None or (
        _COUNT.search(words) is not None and _holds_verb(words.lower().split())
    )


def _apposed_head(text: str, span: Span) -> str:
    """The head of the words text[span] apposed to a source: the word before a preposition
    or the last ("the largest *maker* of tiles", "a conservative think *tank*")."""
    return head_before(WORDS.findall(text, *span), PREPOSITIONS)


def _opens_contrast(text: str, start: int) -> bool:
    """Whether text at `start` opens with a conjunction of concession or contrast, whose
    clause after "according to X" sets another view against X's ("..., according to X,
    though officials put it higher")."""
    word = WORDS.match(text, start)
    return word is not None and word.group().lower() in {"though", "although", "whereas", "but"}


def _interrogated(text: str, subject: Span, cue_end: int) -> bool:
    """Whether a passive of questioning ending at `cue_end` is an interrogation: by police
    or counsel ("Farrant was questioned by police", "was quizzed by defence
    lawyer Ivo Sand"), or, with no agent, of a suspect or a witness (text[subject]: "The
    suspect was questioned for hours"); not a challenge or a doubt ("The minister was
    questioned by opposition MPs", "The plan was questioned by critics")."""
    agent = BY_AGENT.match(text, cue_end)
    if agent is None:
        words = text[subject[0] : subject[1]].split()
        return bool(words) and words[-1].strip(",").lower() in INTERROGATED
    for token in _AGENT_TOKEN.finditer(text, agent.end(), agent.end() + LEAD):
        word = token.group().lower()
        if not word[0].isalnum() or word in PREPOSITIONS:
            return False  # the agent's phrase ends: "by reporters about whether police ..."
        if word in INTERROGATORS:
            return True
    return False


def _continues_source(word: str) -> bool:
    """Whether `word`, after the noun phrase of a source, continues it: a preposition ("for
    the ministry"), a participle ("briefed on", "held in May"), an adjective of knowing
    ("familiar with"), a relative pronoun ("analysts who track the war"), how a document
    was had ("seen by")."""
    return word.islower() and (
        word in PREPOSITIONS
        or word in SOURCE_ADJECTIVES
        or word in RELATIVE_PRONOUNS
        or word.endswith(("ed", "ing"))
        or word in SOURCE_PARTICIPLES
        or word in DOCUMENT_PARTICIPLES
    )


def _named_again(text: str, span: Span) -> bool:
    """Whether text[span] only names again what the text told before, a definite noun alone
    ("Announcing the decision, the governor said"): nothing a reader could check."""
    words = text[span[0] : span[1]].split()
    return len(words) == 2 and words[0].lower() in DEFINITE_OPENERS


_PARTAKERS = frozenset({"each", "one"})  # "with each other", "with one another"


def _likeness(text: str, start: int, end: int) -> bool:
    """Whether what follows a comparing's cue, from `start` to `end`, likens its object (or
    its subject, in the passive: "Fares compared to a toll") to something ("the vote to a
    circus", "Lee with his predecessor"); not "to" a purpose's verb ("two bags of rice to see
    which was cheaper", "prices to figure out which") nor "with" the people taking part when
    the object names no one ("flyers with friends online", "receipts with each other")."""
    for found in _LIKENED.finditer(text, start, end):
        word = (found.group("next") or "").lower()
        then = (found.group("then") or "").lower()
        if found.group("link") == "to":
            if word in COMPARING_PURPOSES or (
                then in _PURPOSE_QUESTIONS  # not "to Toronto where prices doubled": a relative
                and word.isalpha()
                and word not in DETERMINERS
                and not word.endswith(("s", "ing"))
            ):
                continue  # "to see which", "to work out whether"
            return True
        person = then if word in DETERMINERS or word in _PARTAKERS else word
        if person in PERSON_ROLES or (word in _PARTAKERS and then in {"other", "another"}):
            if not _names_someone(text, start, found.start()):
                continue  # "comparing flyers with friends": the people comparing too
        return True
    return False


def _names_someone(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], a comparing's object, names a person or people: a capitalised
    word or a noun of a role, in the singular or the plural ("the two candidates", "Lee")."""
    return any(
        word[0].isupper() or word.lower().removesuffix("s") in PERSON_ROLES or word in PERSON_ROLES
        for word in WORDS.findall(text, start, end)
    )


def _agentive(noun: str) -> bool:
    """Whether a headline's lower-case noun names people or a body that may act, the subject
    of a clause ("critics", "unions", "the union"), not a thing ("jobs", "rights", "right")."""
    single = noun[:-1] if noun.endswith("s") else noun
    return noun in PERSON_ROLES or single in ORGANIZATION_NOUNS or people_plural(noun.capitalize())
