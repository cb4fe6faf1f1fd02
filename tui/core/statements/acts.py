"""What a statement's source did with it: said it, thought it, or took a stance on it.

The act is read from the cue by word classes in lexicon.py (`THOUGHT_WORDS`, `STANCE_WORDS`;
every other cue is speech): "said" is speech, "believes" thought, "wants" stance. Nouns of
attitude before what they are about ("criticism of", "its pledge to") are stances; nouns of
speech before a that-clause ("a report that", "claims that") speech. A statement without a
cue (a quotation with no verb, a speaker label, a headline quote) is speech. After a verb of
expression the noun expressed gives the act: "expressed concern that" is a thought, "voiced
support for" a stance (`statement_act`); after a verb of approval an event named as its object makes
a stance ("welcomed the news", "hailed the ruling"). In the passive with no agent a judgement
is a stance ("has been widely criticised as too costly"), an estimate a thought ("growth is
projected to slow"). What a hearing "heard" with no source named is speech ("the inquest
heard that the alarm was off").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import cast

from tui.core.lexicon import (
    APPROVAL_VERBS,
    ATTITUDE_ADJECTIVE_CUES,
    ATTITUDE_NOUNS,
    BELIEF_PARTICIPLES,
    CONDUCT_NOUNS,
    CONJECTURE_PARTICIPLES,
    DISCUSSION_CUES,
    DISREGARD_CUES,
    EVENT_NOUNS,
    EXPRESSION_VERBS,
    HEAR_FORMS,
    INTENT_NOUNS,
    JUDGEMENT_PARTICIPLES,
    PASSIVE_BE_FORMS,
    PHRASE_ACTS,
    PLEDGE_FORMS,
    RESEARCH_DOCUMENTS,
    STANCE_WORDS,
    THOUGHT_WORDS,
    TOPIC_NOUN_CUES,
)
from tui.core.model import Span, StatementAct
from tui.core.statements.agents import names_no_agent

_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
# Words a cue may hold that say nothing of its act: "has said", "did not", "has long opposed".
_AUXILIARIES = frozenset(
    "is are was were be been being has have had do does did will would can could may might "
    "should must also not never to long still often again now then already even just".split()
)
_NOT_BE = _AUXILIARIES - PASSIVE_BE_FORMS  # skipped between a form of "be" and its participle

# "criticism of the deal", "questions about his health", "its pledge to": a noun of attitude
# names a position taken, not words said (unless a noun of thought: "concerns about").
_TOPIC_NOUNS = frozenset(TOPIC_NOUN_CUES)
_ATTITUDES = frozenset(ATTITUDE_ADJECTIVE_CUES)
# Words heading a cue of stance: verbs and nouns of attitude and intention, verbs of
# discussion and of disregard.
_STANCE_HEADS = STANCE_WORDS | INTENT_NOUNS | DISCUSSION_CUES | DISREGARD_CUES
_PLEDGED = INTENT_NOUNS & PLEDGE_FORMS  # "vow", "pledge", "promise": verb and noun alike


@lru_cache(maxsize=4096)  # a few hundred wordings, each met again and again in an article
def act_of(cue: str | None) -> StatementAct:
    """The act of a statement whose cue reads `cue` ("said", "called for", "concerns")."""
    if not cue or cue[-1] == ":":
        return "speech"  # none, or a manner of speaking before the words ("was adamant:")
    phrase = " ".join(_WORD.findall(cue.lower()))
    if phrase in PHRASE_ACTS:
        return cast(StatementAct, PHRASE_ACTS[phrase])
    verb, _, particle = phrase.rpartition(" ")
    split = f"{verb.partition(' ')[0]} {particle}"  # "pushed for months for": "pushed for"
    if " " in verb and split in PHRASE_ACTS:
        return cast(StatementAct, PHRASE_ACTS[split])
    if phrase in _ATTITUDES:
        return "stance"  # "critical of", "worried about": an attitude taken
    words = [w for w in phrase.split() if w not in _AUXILIARIES and not w.endswith("ly")]
    head = words[0] if words else ""
    if head in THOUGHT_WORDS or head in BELIEF_PARTICIPLES:
        return "thought"
    return "stance" if head in _STANCE_HEADS or phrase in _TOPIC_NOUNS else "speech"


# How many words of an expressed object may stand before its noun: "his deep concern".
_OBJECT_LEAD = 3
# What approval is a stance on: an event or a decision, or a person's part in a cause
# ("welcomed the decision", "praised their efforts").
_APPROVED_NOUNS = EVENT_NOUNS | CONDUCT_NOUNS
# Words around "as" that make it no judgement: "as well as", "as soon as", "as expected".
_NOT_JUDGED_AS = frozenset(
    "well soon long much far expected usual planned promised part if".split()
)
_AS_REACH = 80  # characters of the object that hold its first words and the word after "as"


def _judged_as(words: list[str]) -> bool:
    """Whether "as" among the object's first words (`_OBJECT_LEAD`) gives a judgement of it
    ("welcomed the ruling as a victory"), not "as well as", "as expected"."""
    for k, word in enumerate(words[: _OBJECT_LEAD + 1]):
        if word != "as":
            continue
        after = words[k + 1] if k + 1 < len(words) else ""
        before = words[k - 1] if k else ""
        if after and after not in _NOT_JUDGED_AS and before not in _NOT_JUDGED_AS:
            return True
    return False


def statement_act(
    cue: str | None, text: str, content: Span, source: Span | None = None
) -> StatementAct:
    """The act of a statement whose cue reads `cue`, whose content is text[content] and whose
    source is text[source]: that of the cue, but after a verb of expression that of the
    attitude its object names ("expressed deep concern that ..." a thought, "voiced support
    for ..." a stance), and after "In" opening its sentence that of the document it names ("In
    the latest poll, ..." a finding, a stance; "In a statement, ..." speech); a participle of
    judgement or of estimating in an agentless passive makes its own act
    (`_agentless_passive_act`). The content and the source are read only for those few cues."""
    act = act_of(cue)
    if source is None and cue is not None and cue.lower() in HEAR_FORMS:
        return "speech"  # "the inquest heard that ...": what a witness said there (cues.py)
    if act == "stance" and _pledged_object(cue, text, content):
        return "speech"
    if (
        source is None
        and act == "speech"
        and (passive := _agentless_passive_act(cue, text, content))
    ):
        return passive
    verb = _verb_class(cue)
    if verb == "in":
        words = text[source[0] : source[1]].lower().split() if source else []
        return "stance" if words and words[-1] in RESEARCH_DOCUMENTS else "speech"
    if not verb:
        return act
    lead = _WORD.findall(text[content[0] : content[1]].lower())[: _OBJECT_LEAD + 1]
    if verb == "approval":  # "welcomed the news", "the plan was welcomed by unions": a stance
        # on an event (not "The law was hailed as a breakthrough by X", a judgement "as" Y)
        # (nor "condemned the test as reckless": the judgement "as" Y said of its object)
        judged = cue is not None and f"{cue.lower()} as " in text[content[0] : content[1]].lower()
        opening = text[content[0] : min(content[1], content[0] + _AS_REACH)].lower()
        judged = judged or _judged_as(_WORD.findall(opening))
        return "stance" if not judged and any(word in _APPROVED_NOUNS for word in lead) else act
    for word in lead:
        if word in ATTITUDE_NOUNS:
            return "stance"
        if word in THOUGHT_WORDS or word in STANCE_WORDS:
            return act_of(word)
    return act


def _pledged_object(cue: str | None, text: str, content: Span) -> bool:
    """Whether a verb of pledging whose bare form is also a noun of intention ("vow",
    "pledge", "promise") has any content but an infinitive, what is promised ("Officials vow
    consequences", "vowed he would resign": speech), not an infinitive ("vow to act", as "a
    vow to act" is, a stance)."""
    return cue is not None and cue.lower() in _PLEDGED and not text.startswith("to ", content[0])


def _agentless_passive_act(cue: str | None, text: str, content: Span) -> StatementAct | None:
    """The act of a content holding its cue, a participle of judgement (a stance) or of
    estimating (a thought), after a form of "be" and no "by" after it: "the bridge has long
    been praised as a marvel", "it is estimated that ..."; None for any other."""
    verb = cue.lower() if cue else ""
    act: StatementAct | None = (
        "stance"
        if verb in JUDGEMENT_PARTICIPLES
        else "thought"
        if verb in CONJECTURE_PARTICIPLES
        else None
    )
    if act is None:
        return None
    found = [*_WORD.finditer(text[content[0] : content[1]].lower())]
    words = [w.group() for w in found]
    if verb not in words:
        return None
    at = words.index(verb)
    before = [w for w in words[:at] if not w.endswith("ly") and w not in _NOT_BE]
    if not before or (before[-1] not in PASSIVE_BE_FORMS and before[-2:] != ["it", "s"]):
        return None  # ("it", "s"): "it's estimated that ...", "it is"
    if any(  # "praised by critics" names its agent; "finished by 2030" none
        w.group() == "by" and not names_no_agent(text, content[0] + w.end() + 1)
        for w in found[at + 1 :]
    ):
        return None
    return act


@lru_cache(maxsize=4096)
def _verb_class(cue: str | None) -> str:
    """ "in" for a cue "In", "approval" or "expression" for a cue whose last word is a verb of
    approval or of expression, else ""."""
    if not cue:
        return ""
    lower = cue.lower()
    if lower == "in":
        return "in"
    verb = lower.split()[-1]
    if verb in APPROVAL_VERBS:
        return "approval"
    return "expression" if verb in EXPRESSION_VERBS else ""


# A negation with its auxiliary just before a verb of thought or stance: "*does not* believe",
# "*doesn't* think", "*has never* supported", "*did not* want".
_NEGATION_BEFORE = re.compile(
    r"(?:\b(?:do|does|did|is|are|was|were|has|have|had|will|would|could|should|can|may|might"
    r"|must)\s+(?:not|never)|\b[A-Za-z]+n[’']t|\bcannot|\bnever)"
    r"(?:\s+(?:(?!only\b)[a-z]+ly|really|even|yet|still|always|ever))*\s+\Z"
)
_NEGATION_REACH = 40  # characters before a cue looked at for its negation


def negated_cue(text: str, act: StatementAct, cue: Span | None) -> Span | None:
    """The cue of a thought or a stance with the negation before it ("Vale *does not
    believe* the levy will pass", "*has never supported* the plan"), so that the statement
    keeps it: what is held is the opposite of its content; None when none stands there."""
    if cue is None or act == "speech":
        return None
    negation = _NEGATION_BEFORE.search(text, max(0, cue[0] - _NEGATION_REACH), cue[0])
    return None if negation is None else (negation.start(), cue[1])
