"""The words and patterns more than one stage reads: word boundaries, how far a stage
looks back from a cue, what trims a content span."""

from __future__ import annotations

import re

from tui.core.lexicon import (
    ABBREVIATED_MONTHS,
    ASKED_OPENERS,
    BELIEF_CUES,
    CUE_AUXILIARIES,
    CUE_COMPOUND_MODIFIERS,
    DETERMINERS,
    FUNCTION_WORDS,
    IRREGULAR_VERB_FORMS,
    MONTHS,
    NAMING_CUES,
    NUMBER_WORDS,
    PARTITIVE_QUANTIFIERS,
    PASSIVE_CUES,
    PREDICATE_OPENERS,
    QUESTION_PARTICIPLES,
    RULE_FORMS,
    SIMPLE_PASTS,
    SPEECH_CUES,
    STANCE_CUES,
    SUMMING_NOUNS,
    TIME_ADVERBS,
    TIME_WORDS,
)
from tui.core.text import alternation

# Verbs that may follow a subject with no regular ending to tell them: the irregular forms
# (`IRREGULAR_VERB_FORMS`: "left", "ran") and the predicate openers (`PREDICATE_OPENERS`:
# auxiliaries, pasts, "rose", "remains").
VERB_FORMS = IRREGULAR_VERB_FORMS | PREDICATE_OPENERS

# A noun phrase in which the narrator sums up a clause before it: "a move", "a bold claim",
# "the latest sign" (`SUMMING_NOUNS`), and the spaces after it.
SUMMING_HEAD = r"(?:an?|the\s+latest)\s+(?:[a-z-]+\s+)?(?:" + alternation(SUMMING_NOUNS) + r")s?\s+"

# No function word opens what follows: "(?!the|of|...)" before a content word.
NOT_FUNCTION_WORD = r"(?!(?:" + alternation(FUNCTION_WORDS) + r")\b)"

# Who put a question, after its participle: "asked *by reporters* whether".
ASKER = r"(?:by\s+[^,.;:“”\"]{1,40}?\s+)?"
# A question put, opening the sentence: "Asked whether she would resign, ...", "When pressed
# on the cuts, ...", "Asked by reporters whether ...", "Asked to resign, ...".
ASKED_OPENING = re.compile(
    r"\s*(?:(?i:"
    + "|".join(ASKED_OPENERS)
    + r")\s+)?(?i:"
    + alternation(QUESTION_PARTICIPLES)
    + r")\s+"
    + ASKER
    + r"(?:whether|if|about|on|why|what|how|when|to)\b"
)
# A word end: no letter, digit, apostrophe or hyphen follows.
BOUND_R = r"(?![\w’'-])"
# What a quotation before it was, all its speaker said, and the auxiliary before the verb:
# '“Thanks,” *was all* Lee said', '“No” *were the only words that* he *would* say'.
ALL_THAT_WAS = (
    r"(?:was|were)\s+(?:all|everything|the\s+only\s+(?:thing|things|word|words))\s+(?:that\s+)?"
)
ALL_SAID_AUXILIARY = r"(?:(?:would|could|did|had|has)\s+)?"
# A time word, in any case, but a month only capitalised ("said the march would", "may").
TIME = (
    "(?:(?i:"
    + alternation(TIME_WORDS - frozenset(m.lower() for m in MONTHS))
    + ")|"
    + alternation(MONTHS)
    + ")"
)
# A time after a cue (or after "found out", before what was learned), not one the content
# opens with: not a month or a time adverb after an article ("said the March samples were",
# "said the earlier ruling was wrong"), nor a time before a verb of its own ("said March was
# the worst").
_ARTICLE_NOT_MONTH = (
    r"(?:(?P<time_article>the|a)\s+(?!(?:"
    + alternation(MONTHS)
    + "|"
    + alternation(TIME_ADVERBS)
    + r")\b))?"
)
# Nor a time the verb after it makes a subject ("said March *was* the worst"); after an
# article a past in -ed or an irregular form too: "said the evening *raised* $9,000", "said
# the night *went* well". After a bare time, a past that is no participle ("said Tuesday
# *went* well", "said Friday *saw* record crowds") or in -ed before a determiner or a number
# ("said Monday *marked a* turning point"); not a participle's adjective before a bare noun:
# "said Tuesday *proposed* changes would hurt", "said last week *revised* figures show".
# Nor a time before a time of its own that owns the subject: "said Tuesday *night's* vote".
_NO_VERB_NEXT = (
    r"(?!\s+"
    + TIME
    + r"[’']s\b)"
    + r"(?(time_article)(?!\s+(?:is|was|were|are|will|would|has|had|have|[a-z]+ed|"
    + alternation(IRREGULAR_VERB_FORMS)
    + r")\b)|(?!\s+(?:is|was|were|are|will|would|has|had|have|"
    + alternation(SIMPLE_PASTS)
    + r"|[a-z]+ed\s+(?:\d|(?:"
    + alternation(DETERMINERS)
    + r")\b))\b))"
)
# The period of an abbreviated month before its day ("Nov. 20", "Sept. 3"): no sentence end.
MONTH_DOT = (
    "(?:"
    + "|".join(f"(?<={month})" for month in sorted(ABBREVIATED_MONTHS))
    + r")\.(?=\s+\d{1,2}\b)"
)
TIME_ADJUNCT = re.compile(
    r"\s*,?\s*(?:(?:(?:late|early)\s+on|on|last|this|late|early|earlier|next|in)\s+)?"
    + _ARTICLE_NOT_MONTH
    + TIME
    + r"\b(?:\s+"
    + TIME
    + r")?(?:"
    + MONTH_DOT
    + r")?(?:\s+\d{1,2}\b)?(?:,?\s+\d{4}\b)?"
    + BOUND_R
    + _NO_VERB_NEXT
)
# A time told from another ("the next day", "the following morning", "hours later", "a day
# later", "six days later"), an adjunct of a cue: "said the next day that", "responded hours
# later with"; LATER_OPENERS are the words it may open with.
_LATER_COUNTS = frozenset(NUMBER_WORDS) | {"several", "a", "an"}
LATER_OPENERS: frozenset[str] = _LATER_COUNTS | frozenset(
    "the moments minutes hours days weeks months years".split()
)
RELATIVE_TIME = (
    r"(?:the\s+(?:next|following|same|previous)\s+"
    r"(?:day|morning|afternoon|evening|night|week|month|year)"
    r"|(?:(?:" + alternation(_LATER_COUNTS) + r"|\d{1,2})\s+)?"
    r"(?:minutes?|hours?|days?|weeks?|months?|years?)\s+later"
    r"|moments\s+later)\b"
    r"(?!\s+(?:is|was|were|are|will|would|could|should|has|had|have|may|might|must|can)\b)"
)
# A vote's tally after its verb, where an adverb may stand: "voted 7-2 to", "voted 9 to 4
# that".
TALLY = r"\d{1,3}(?:[-–]|\s+to\s+)\d{1,3}"
# Every cue verb (and participle), of any act.
CUE_VERBS = SPEECH_CUES | BELIEF_CUES | NAMING_CUES | STANCE_CUES | PASSIVE_CUES
# An auxiliary (or its negation) or a verb of meaning after "that" makes it a subject or a
# relative pronoun ("said that was wrong", "said that wasn't enough", "said that meant a
# lockout", "a study that was cited"), not the opener of a content clause. Not the verbs
# that are also plural nouns ("said that shows were cancelled").
RELATIVE_VERB = (
    r"(?:(?:is|was|were|are|has|had|have|would|could|should|did|does|do)(?:n[’']t)?"
    r"|will|won[’']t|can|can[’']t|cannot|may|might|must|shall"
    r"|means|meant|seems|seemed|proves|proved|showed|remained|suggests|suggested)"
)
WORDS = re.compile(r"\w+")
# An adjunct of time or place set off by commas, then a subject: after ", and" the opening of a
# clause of its own (", and in a letter last month, its council demanded ...").
ADJUNCT_BEFORE_SUBJECT = (
    r"(?:in|on|at|after|before|during|since|last|earlier|later)\s[^,;:\n]{1,60},\s+"
    r"(?:the|its|his|her|their|he|she|they|it|we|I|[A-Z][\w’'-]*)\s"
)
# A finite verb or "that", which make what follows a cue a clause.
FINITE = re.compile(
    r"\b(?:that|is|are|was|were|will|would|can|could|should|may|might|must|has|have|had"
    r"|does|did|do)\b"
)
# A finite verb or auxiliary, a past in "-ed" too: a clause's sign ("the driver *had* been
# drinking", "the pump *failed*").
FINITE_VERB = re.compile(
    r"\b(?:had|has|have|was|were|is|are|would|will|could|can|did|does|do|[a-z]{2,}ed)\b"
)
_SENTENCE_INSIDE = re.compile(r"[.!?]\s+\S")  # a sentence end before more words
# A participle's clause after a comma, which may close a sentence after a "per" source: "...,
# per studio estimates, easily beating tracking.", "..., per Deadline, marking ...".
PER_THEN_PARTICIPLE = r",\s+(?:[a-z]+ly\s+)?[a-z]+ing\b"
# How something was said, a manner with no words of its own: "more bluntly", "simply",
# "best", "this way" (after "put it", before a colon: `clauses`, `rejections`).
MANNER = (
    r"(?:(?:more|most|less|even|very|quite|rather)\s+)?"
    r"(?:[a-z]+ly|best|better|well|differently|(?:this|that|another)\s+way)"
)
# The speaker's own wording marked inside reported content, between commas: "he had, *as he
# puts it,* no idea", "was, *as the auditor put it,* a house of cards", "*as one critic put
# it,*", "*as she puts it bluntly,*" (an attribution of the words after it, cut out).
WORDING_ASIDE = re.compile(
    r",\s*as\s+(?:(?i:he|she|they|it|we|I)|(?i:the|one|a|an|his|her|their|its|our)\s+"
    r"(?:[a-z][\w’'-]*\s+)?[a-z][\w’'-]*|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"
    r"\s+(?:puts|put)\s+it(?:\s+" + MANNER + r")?\s*,"
)
LEAD = 48  # characters looked at before a cue for a boundary or a conjunction
# The relative pronoun that is a verb's object, just before that verb's subject: "(a budget)
# that (Lee called reckless)", "the levy which (Lee calls ...)", "what (Greaves called ...)".
OBJECT_RELATIVE_BEFORE = re.compile(r"\b(?:that|which|what|whom)\s+$")
# The word "as" and the spaces around it, in any case (a headline's "Pitches Levy As Fix").
AS_WORD = re.compile(r"\s+(?i:as)\s+")
# A comma ending what stands before: "endorses Trump, who says ...", "..., she summed up".
COMMA_LEAD = re.compile(r",\s+$")
# A comma closing a clause or an aside, not the comma of "2,521".
CLAUSE_COMMA = re.compile(r",(?=\s)")
# ... or one inside a closing quotation mark, as North American style sets it: "the success
# of “Paper Boats,” Keene said"; the mark is read with the clause before it.
CLAUSE_COMMA_OR_QUOTED = re.compile(r",(?=\s)|(?<=,)[”\"](?=\s)")
CLOSE_MARKS = '”"’»“«‘'  # the last three close German quotations: „…“, »…«, ‚…‘
LONGEST_CLAUSE = 1000  # characters searched for the end of a clause
TRIM_END = " \t,;:—–-―"
# The forms of "rule" (`RULE_FORMS`): a court's ruling, which may close its content as "said"
# does ("..., the judge ruled"), or be given in a manner that is no finding ("ruled narrowly
# on").
RULINGS = frozenset(RULE_FORMS.split())


def skip_space(text: str, pos: int, also: str = "") -> int:
    """The first position from `pos` that is not a space (nor one of `also`)."""
    while pos < len(text) and (text[pos].isspace() or text[pos] in also):
        pos += 1
    return pos


def comma_before_verb(text: str, start: int, pos: int) -> int:
    """Where the comma closing a clause stands before the cue at `pos` (not before `start`),
    past spaces and closing quotation marks and up to two of the verb's adverbs or
    auxiliaries ("..., who backed it, later said", "..., has also said", "..., which called
    it “X,” said"); -1 if none."""
    k = pos
    for _ in range(3):
        while k > start and (text[k - 1].isspace() or text[k - 1] in CLOSE_MARKS):
            k -= 1
        if k > start and text[k - 1] == ",":
            return k - 1
        word = max(start, text.rfind(" ", start, k) + 1)
        if text[word:k].lower() not in CUE_AUXILIARIES:
            return -1
        k = word
    return -1


def word_before(text: str, end: int) -> str:
    """The word of at most 19 characters that ends one space before `end` (a cue's start), on
    its line, or "": "cuts" before "forecast" in "Acme cuts forecast"."""
    if text[end - 1 : end] != " ":
        return ""
    lower = max(0, end - 20)
    space = max(text.rfind(" ", lower, end - 1), text.rfind("\n", lower, end - 1))
    if space < 0 and lower > 0:
        return ""  # a longer word, or none
    return text[space + 1 : end - 1]


def heading(quoted: str) -> bool:
    """Whether quoted words are a heading or a title ("‘Ferries Are Not the Problem.’", “A
    Long Way Home”), not a quotation: one sentence of a few words, each capitalised but short
    function words, one capitalised word of four letters or more after the first ("The
    Ferry. Big Boat." and "The big one." are quotations)."""
    words = WORDS.findall(quoted)
    return (
        len(words) <= 8
        and all(w[0].isupper() or len(w) < 4 for w in words)
        and any(w[0].isupper() and len(w) >= 4 for w in words[1:])
        and _SENTENCE_INSIDE.search(quoted) is None
    )


# The longest word of `CUE_COMPOUND_MODIFIERS` and its space: "interference call".
_LONGEST_MODIFIER = 1 + max(len(w) for words in CUE_COMPOUND_MODIFIERS.values() for w in words)


def compound_tail(text: str, start: int, cue: str) -> bool:
    """Whether the word before the cue `cue` at `start` makes it a compound noun's head ("a
    phone call", "a conference call for analysts": `CUE_COMPOUND_MODIFIERS`)."""
    before = text[max(0, start - _LONGEST_MODIFIER) : start].split()
    return bool(before) and before[-1].lower() in CUE_COMPOUND_MODIFIERS[cue]


# A partitive's quantifier ("one", "two", "most") before "of" and the group it takes from.
PARTITIVE_QUANTIFIER = r"(?i:" + "|".join(PARTITIVE_QUANTIFIERS) + ")"
# The determiners of that group: "one of the senators", "one of his aides".
PARTITIVE_OF = frozenset("the those these its their his her".split())
# A partitive before such a group, up to the group: "One of the senators", "said one of his
# advisers".
PARTITIVE_AT = re.compile(
    PARTITIVE_QUANTIFIER + r"\s+of\s+(?=(?i:" + alternation(PARTITIVE_OF) + r")\s)"
)
