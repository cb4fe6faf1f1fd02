"""Stage 4, after cues and quotations: nouns that report content.

"a report that ..." (a speech noun before a that-clause: to the end of the sentence),
"questions about ...", "criticism of ...", "its pledge to ..." (a noun of attitude or
intent: to the end of the clause). The holder is the possessor ("the mayor’s claim", "his
pledge"), the document itself ("a report that"), or else the subject of the sentence. A
sentence with no cue opened by the document it comes from ("In the latest poll, Lee leads
by 5 points") reports the rest of the sentence, held by the document."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence

from tui.core.lexicon import (
    ABANDON_VERBS,
    CAUSING_VERBS,
    CONSEQUENCE_PARTICIPLES,
    DETERMINERS,
    DOCUMENT_WORDS,
    HELD_DOCUMENTS,
    HELD_VIEW_NOUNS,
    INTENT_NOUNS,
    IRREGULAR_VERB_FORMS,
    NOMINAL_CUES,
    NUMBER_WORDS,
    PROSECUTION_VERBS,
    ROLE_NOUNS,
    SEASONS,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
    TIME_WORDS,
    TIMES_OF_DAY,
    TOPIC_NOUN_CUES,
)
from tui.core.model import Span
from tui.core.organizations import ORGANIZATION_MARKERS, ORGANIZATION_NOUNS
from tui.core.speakers import Phrase, phrase_after, phrase_before
from tui.core.statements.patterns import (
    CLAUSE_COMMA,
    LEAD,
    LONGEST_CLAUSE,
    RELATIVE_VERB,
    word_before,
)
from tui.core.statements.state import Emitted, Found, State
from tui.core.text import WordPattern, alternation, last_word_start

# A word start: "\b" first, which the regex engine tests far faster than a look-behind alone.
_BOUND_L = r"\b(?<![’'-])"
# A noun that reports content: "a report that ...", "questions about ...", "a pledge to ...";
# one trie of all of them, told apart by what follows.
_NOMINAL_WORDS = NOMINAL_CUES | INTENT_NOUNS | frozenset(TOPIC_NOUN_CUES) | HELD_VIEW_NOUNS
_HELD_VIEWS = NOMINAL_CUES | HELD_VIEW_NOUNS
_HELD_ONLY = HELD_VIEW_NOUNS - NOMINAL_CUES - INTENT_NOUNS  # a cue only before a copula
# A copula and "that" opening a clause after such a noun, and after whom it was for: "(Lee's
# view) is that", "(her message) to voters was always that", "(its position) has long been
# that"; not "that" as a pronoun ("is that bad", "was that of a lawyer").
_COPULA_THAT = re.compile(
    r"(?:(?:to|for)\s+(?:[\w’'-]+\s+){1,3}?)?"
    r"(?:is|was|remains|remained|(?:has|had)\s+(?:long\s+|[a-z]+ly\s+)?been)\s+"
    r"(?:(?:still|always|simply|[a-z]+ly)\s+)?"
    r"that\s+(?!(?:" + RELATIVE_VERB + r"|[a-z]+ed|of|bad|good|simple|easy|hard)\b)"
)
# Or a colon, perhaps after a copula and a word of how plain it is: "(Rao's advice): start
# early", "(her message) to voters was clear: ...", "(his warning) is simple: ...".
_COPULA_COLON = re.compile(
    r"(?:(?:(?:to|for)\s+(?:[\w’'-]+\s+){1,3}?)?(?:is|was|remains|remained)\s+"
    r"(?:(?:still|always|very|quite|pretty|[a-z]+ly)\s+)?"
    r"(?:simple|clear|blunt|plain|direct|straightforward|consistent|unequivocal))?\s*:\s+(?=\S)"
)
_NOMINAL = re.compile(_BOUND_L + r"(?P<cue>" + alternation(_NOMINAL_WORDS) + r")(?:\s+|(?=:))")
# Where to look for `_NOMINAL`: tried only where a noun's first word stands, found with the
# cues in one scan of the text (pipeline.py).
# Those of `_HELD_ONLY` ("point", "line", "case") before a copula, or after whom the view was
# for, only; and "words" for `_IN_WORDS`, `_IN_WORDS_AFTER` ("in Lee's words.").
NOMINAL_STARTS = WordPattern(
    "(?:(?:"
    + alternation(_NOMINAL_WORDS - _HELD_ONLY)
    + r")[\s,:]|(?:"
    + alternation(_HELD_ONLY)
    + r")(?:\s+(?=(?:is|was|remains|remained|has|had|to|for)\s)|:)|words(?=[,.;!?]|\s+of\s|\s*$))",
    frozenset(word.split(" ", 1)[0] for word in _NOMINAL_WORDS) | {"words"},
)
# A sentence opened by the document it comes from: "In the latest poll, ...", "In a report,
# released Monday, ..."; the source is the phrase after "In", the content what follows.
_IN_DOCUMENT = re.compile(
    r"(?P<cue>In)\s+(?P<source>(?:the|a|an|this|that|its|his|her|their|one)\s+"
    r"(?:[^\s,.;:“”\"]+\s+){0,6}?(?:"
    + alternation(NOMINAL_CUES & DOCUMENT_WORDS)
    + r"))(?:,\s+(?:conducted|released|published|taken|issued)\b[^,]{0,80})?,\s+"
)
# A sentence opened by whose words it gives: "In the words of one aide, ...", "In Lee's words,
# ...", "In her own words, ..."; the source is the phrase after "of", the possessor or the
# pronoun, the content what follows.
_WHOSE_WORDS = (
    r"(?:the\s+words\s+of\s+(?P<source>[^\s,.;:“”\"][^,.;:“”\"]{0,60}?)"
    r"|(?P<owner>(?:(?:the|an?)\s+)?(?:[\w.-]+\s+){0,3}?[\w.-]+)[’']s?\s+(?:own\s+)?words"
    r"|(?P<pronoun>his|her|their|its|our)\s+(?:own\s+)?words)"
)
_WORDS_OF = _WHOSE_WORDS + r",\s+"
_IN_WORDS = re.compile(r"(?P<cue>In)\s+" + _WORDS_OF)
# The same set off inside its sentence, before a quotation (a copula between may be the
# sentence's: "The plan, in Lee's words, is “a disaster”"): "The plan was, in Lee's words,
# “a disaster”": the sentence up to the quotation's end is Lee's, the quotation the words.
_IN_WORDS_ASIDE = re.compile(
    r",\s+(?P<cue>in)\s+" + _WORDS_OF + r"(?=(?:(?:is|was|are|were|remains|remained)\s+)?[“\"])"
)
# The same closing a sentence after its quotation: "“...,” in the words of Ann Lee, the mayor.",
# "The plan is “a mess,” in Lee's words.": the sentence to the quotation's end is Lee's.
_IN_WORDS_AFTER = re.compile(r",?\s+(?P<cue>in)\s+" + _WHOSE_WORDS + r"(?=\s*[,.;!?]|\s*$)")
_NOUN_DETERMINERS = frozenset("its their his her our the a an".split())
_APPOSITIVE_CLOSE = re.compile(r",\s+")  # the comma closing a source's appositive
# A coordinator right before an aside of whose words a quotation is: "(cost $3m) and, in her
# words, “...”": the quotation is a predicate of its own, the words alone.
_COORDINATOR_END = re.compile(r"\s(?:and|but|or)$")
# "that" opening a content clause, not a relative one ("a study that appeared in ..."), after
# whose words they are, if the noun names them ("warnings from fishermen that ..."; not places
# "from Oslo to Rome"), a copula after them no part of them ("the consensus among economists
# is that ...").
_NOUN_THAT = re.compile(
    r"(?:(?:from|by|among)\s+(?P<source>(?:(?!(?:to|is|was|are|were)\s)[^\s,;:.“”\"]+\s+){1,5}?)"
    r"(?:(?:is|was|are|were)\s+)?)?"
    r"that\s+(?!(?:" + RELATIVE_VERB + r"|[a-z]+ed)\b)"
)
_TO_WORD = re.compile(r"to\s+[\w’'-]+")  # an infinitive's "to" and its verb
# "to" before a verb, not before a noun phrase: "a promise to stay", not "a promise to her
# mother" (whom it was made to).
_TO_VERB = re.compile(r"to\s+(?!(?:the|a|an|his|her|their|its|our|my|your|him|them|me|us)\b)[a-z]")
# An infinitive whose object is the noun of intention itself, none after it: "a decision *to
# make* by June", "a promise to keep.", "a tough call to make on the pipeline" (the choice
# still open, no intention held). After "this" or "next", and after "in", "on", "at" for a
# verb that takes them as a particle ("take in", "keep on"), only a phrase holding a time, a
# season or a year up to the clause's end: "to make in the coming weeks", "to take next
# spring"; not "a decision to make cuts", "to take in refugees", "to keep on hiring", "to make
# this right", "to make next year's budget smaller".
_PHRASE_END = r"\s*(?:[.,;:!?)\n]|$)"
_TIME_TOKEN = (
    r"\b(?:(?:19|20)\d\d|(?i:"
    + alternation(
        TIME_WORDS
        | SEASONS
        | TIMES_OF_DAY
        | {"now", "soon", "fall", "coming", "end", "day", "hour"}
    )
    + r")s?)\b(?![’']s)"
)
_TIME_PHRASE = (
    r"(?:in|on|at|this|next)\s+(?=[^.,;:!?)\n]*?"
    + _TIME_TOKEN
    + r")(?:[^\s.,;:!?)\n]+\s*){1,8}?"
    + _PHRASE_END
)
_GAPPED_INFINITIVE = re.compile(
    r"to\s+(?:(?:make|reach|honou?r|break)(?=\s+(?:in|on|at)\b)"  # no particle of these
    r"|(?:make|reach|honou?r|break|take|keep)(?="
    + _PHRASE_END
    + r"|\s+(?:by|before|after|within|now|soon|today)\b|\s+"
    + _TIME_PHRASE
    + "))"
)
# A passive verb group and its "by": "is not supported by", "was flatly rejected by", "has been
# disputed by"; searched back from the "by" over `_PASSIVE_REACH` characters.
_PASSIVE_BY = re.compile(
    r"\s+(?:is|was|are|were|(?:has|have|had)\s+been)\s+(?:not\s+)?(?:[a-z]+ly\s+)?"
    r"(?:[a-z]+(?:ed|en|wn)|shared|held|upheld|taken)\s+by\s"
)
_PASSIVE_REACH = 48
# A finite verb's auxiliary or copula: the verb of a content clause before the sentence's own.
_FINITE = re.compile(
    r"\b(?:is|was|are|were|has|have|had|will|would|can|could|may|might|should|must|does|did)\b"
)
# What opens another clause after the content's verb, whose verb a passive after it is: "that
# the river would rise and that homes were threatened by flooding".
# (not a subordinator that is also a preposition: "have doubled since 2015 is not supported").
_CLAUSE_OPENER = re.compile(
    r"\b(?:and|but|or|that|which|who|"
    + alternation(SUBORDINATORS - {"after", "before", "since", "until", "once"})
    + r")\b"
)
_WORD = re.compile(r"[A-Za-z][\w’'-]*")
_SUBJECT_WORDS = 6  # at most, before a noun heading its sentence's subject
# A position or view not taken, right before its noun: "has not taken a (public) position
# on", "has taken no position on", "has yet to take a stance on", "declined to state a view
# on", "without taking a position on".
_NONE_TAKEN = re.compile(
    r"(?:\b(?:not|never|yet\s+to|declined\s+to|refused\s+to|without)\s+(?:\w+\s+)?"
    r"(?:take|takes|taken|took|taking|state|stated|stating|adopt|adopted|adopting)\s+"
    r"(?:an?|any)\s+|\b(?:taken|took|takes|take|taking)\s+no\s+)(?:[a-z]+\s+)?\Z"
)
_NONE_TAKEN_REACH = 60  # characters before the noun where its verb may stand
# Words inside a verb group after its first verb: "was *not* damaged", "had *been* hit".
_VERB_GROUP = frozenset("not never be been being also already just still indeed".split())


def _verb_like(word: str) -> bool:
    """Whether a lower-case word may be a finite verb: an auxiliary or copula, a past in -ed,
    an irregular past ("went", "led")."""
    return (
        _FINITE.fullmatch(word) is not None
        or word in IRREGULAR_VERB_FORMS
        or (len(word) > 4 and word.endswith("ed") and word not in _ED_NON_VERBS)
    )


_ED_NON_VERBS = frozenset("hundred indeed kindred".split())
# A comma that may open a clause, not one grouping a number's digits ("$50,000").
# Words before an -ed word that make it an adjective ("the *sacred* site", "two *armed*
# men"), and before a verb that make it a relative clause's ("money *it* received").
_MODIFIER_LEADS = DETERMINERS | NUMBER_WORDS.keys()
# A noun phrase set off by commas after a content's words, closed or still open: ", a female
# named Tembo,".
_APPOSED_NOUN = re.compile(r",\s(?:a|an|the)\s[^,;:]*,(?=\s)")
_OPEN_APPOSED_NOUN = re.compile(r",\s(?:a|an|the)\s[^,;:]*$")


# What stands before such a noun: a possessor ("Trump’s claim", "the party’s plan", "his
# pledge"), the author's ("My guess is that", "our view"), or a determiner, and at most one
# modifier.
_NOMINAL_LEAD = re.compile(
    r"(?:(?P<possessor>[’']s?)|(?<![\w’'-])(?P<pronoun>(?i:its|their|his|her))"
    r"|(?<![\w’'-])(?P<author>(?i:my|our))|(?<![\w’'-])(?:a|an|the|this))\s+(?:[\w-]+\s+)?$"
)

# A participle of a consequence and the start of its object before a reporting noun: "...,
# sparking fears that", "..., raising questions about"; the noun is held by those it names
# ("from the union", "among traders"), never by the sentence's subject.
_CONSEQUENCE_LEAD = re.compile(
    r",\s+" + alternation(CONSEQUENCE_PARTICIPLES | {"raising"}) + r"\s+(?:[\w-]+\s+){0,2}$"
)

# A verb of causing and up to two words before a reporting noun: "raised fresh questions
# about", "is likely to revive", "has sparked".
_CAUSED = re.compile(r"\b" + alternation(CAUSING_VERBS) + r"\s+(?:[\w-]+\s+){0,2}$")

# What makes "charges of" a court's: a verb of prosecution and up to two words ("laid two
# new charges of"), "on" ("was arrested on charges of"), "guilty to" ("pleaded guilty to").
_PROSECUTED = re.compile(
    r"\b(?:" + alternation(PROSECUTION_VERBS) + r"|on|guilty\s+to)\s+(?:[\w-]+\s+){0,2}$"
)


def _passive_subject(
    taken: Sequence[Emitted], at: int, lead: re.Match[str] | None, passive: int | None
) -> bool:
    """Whether the noun at `at`, possessed (`lead`), heads the subject of the passive verb at
    `passive` that is the cue of each `taken` statement holding it: "The mayor's claim that
    crime is falling is not supported by police data" reports the claim's content too (not
    "Lee said his claim that ... was supported by data": inside what Lee said)."""
    if passive is None or lead is None or not (lead["possessor"] or lead["pronoun"]):
        return False
    return all(
        s.cue_span is not None and s.cue_span[0] >= passive
        for s in taken
        if s.span[0] <= at < s.span[1]
    )


class ReportingNouns(State):
    """Statements held by a reporting noun."""

    def _nominals(self, sentence: Span, para: int, taken: Sequence[Emitted] = ()) -> None:
        """The nouns that report content in `sentence`: "a report that ..." (to the end of the
        sentence), "questions about ...", "its pledge to ..." (to the end of the clause). The
        speaker is the possessor ("Trump’s claim", "his pledge"), the document itself, or else
        the subject of the sentence ("Trump is raising questions about").
        Beside the `taken` statements (found by cues), a noun's content ends where the next of
        them begins, and nouns inside them are left out."""
        starts = self.nominal_starts
        starts = starts[
            bisect.bisect_left(starts, sentence[0]) : bisect.bisect_left(starts, sentence[1])
        ]
        if not starts:
            return  # most sentences: no reporting noun
        text = self.text
        start = sentence[0]
        if not taken and self._in_document(sentence, para):
            return
        # Each taken statement from its first word (speaker, cue or content) to its end, but
        # those that will be no statement ("would assert his rights": rejections.py).
        spans = [
            (min(p[0] for p in (s.span, s.speaker_span, s.cue_span) if p), s.span[1])
            for s in taken
            if self._kept(s)
        ]
        for nominal in self._nominal_matches(starts, sentence[1]):
            at = nominal.start()
            if self._quote_at(at) is not None:
                continue
            # two runs at most: the lead word, perhaps a modifier
            lead = _NOMINAL_LEAD.search(text, last_word_start(text, max(start, at - 40), at, 2), at)
            passive = self._passive_after(nominal.end(), sentence[1])
            if any(a <= at < b for a, b in spans) and not _passive_subject(
                taken, at, lead, passive
            ):
                continue  # a noun inside what was said
            if any(a <= at < b for a, b in self.summings):
                continue  # "..., the minister said, a claim that landlords disputed"
            if self._given_up(at):
                continue  # "Bank scraps plans for a branch": plans given up, no stance held
            if _NONE_TAKEN.search(text, max(start, at - _NONE_TAKEN_REACH), at):
                continue  # "has not taken a public position on the cap": no stance held
            if text.startswith("charge", at) and _PROSECUTED.search(text, max(start, at - 40), at):
                continue  # "faces two charges of fraud": a court's charges, no words said
            end = min([a for a, _ in spans if a > at] + [passive or sentence[1]])
            word = nominal.group("cue")
            that = _NOUN_THAT.match(text, nominal.end(), end)
            infinitive = (
                word in INTENT_NOUNS
                and _TO_VERB.match(text, nominal.end(), end)
                and not _GAPPED_INFINITIVE.match(text, nominal.end(), end)
            )
            if " " in word or infinitive:
                clause_end = self._clause_end(nominal.end(), end)
                verb = _TO_WORD.match(text, nominal.end(), clause_end) if infinitive else None
                if verb is not None and self._opens_subject(start, at):
                    # "His vow to rebuild drew praise": up to the sentence's own verb
                    clause_end = (
                        self._predicate_after(verb.end(), clause_end, infinitive=True) or clause_end
                    )
                if self._relative_comma(at) >= 0:
                    # "Lee, who signalled support for the plan, voted no": the clause's object
                    clause_end = self._relative_close(nominal.end(), clause_end)
                content = self._content(nominal.end(), clause_end)
            elif word in _HELD_VIEWS and that is None and _held_by(lead):
                copula = _COPULA_THAT.match(text, nominal.end(), end) or _COPULA_COLON.match(
                    text, nominal.end(), end
                )
                if copula is None:
                    continue
                content = self._content(copula.end(), end)  # "Lee's view is that ...", "...: "
            elif word in NOMINAL_CUES and that is not None:
                if self._opens_subject(start, at):
                    end = self._predicate_after(that.end(), end) or end
                content = self._content(that.end(), end)
            else:
                continue
            if content is None:
                continue
            cue = nominal.span("cue")
            holder = self._possessor(lead, cue, start) or (
                that is not None and self._named_source(that, word)
            )
            if not holder:
                if _CONSEQUENCE_LEAD.search(text, max(start, at - LEAD), at):
                    continue  # "..., sparking fears that": no one's named
                holder = self._sentence_subject(start, at)
                if _caused_by_thing(holder) and _CAUSED.search(text, max(start, at - LEAD), at):
                    continue  # "The ruling raised questions about ...": a thing's, no one's
            self._emit(Found(content[0], content[1], holder, cue), para)

    def _passive_after(self, start: int, end: int) -> int | None:
        """Where the passive verb of the sentence whose subject holds the noun before `start`
        begins, its agent after "by", after the verb of the noun's content ("The mayor's claim
        that crime is falling *is not supported by* police data": the claim's content ends
        before it); None if none stands within a clause's length."""
        reach = min(end, start + LONGEST_CLAUSE)
        at = self.text.find(" by ", start, reach)  # most often none: no pattern is tried
        if at < 0:
            return None
        passive = _PASSIVE_BY.search(self.text, max(start, at - _PASSIVE_REACH), at + 4)
        if passive is None:
            return None
        finites = [*_FINITE.finditer(self.text, start, passive.start())]
        if not finites and _TO_VERB.match(self.text, start) is None:
            # "Lee's claim that the vote was rigged by officials": its own verb; an infinitive
            # has none ("His vow to rebuild homes was welcomed by unions": the sentence's)
            return None
        if finites and _CLAUSE_OPENER.search(self.text, finites[-1].end(), passive.start()):
            return None  # "that the river would rise and that homes were threatened by": its own
        return passive.start()

    def _opens_subject(self, start: int, at: int) -> bool:
        """Whether the noun at `at` heads the subject of its sentence (from `start`): a few
        words before it, no comma, no verb ("The mayor's warning", "Her claim")."""
        before = _WORD.findall(self.text, start, at)
        return (
            len(before) <= _SUBJECT_WORDS
            and "," not in self.text[start:at]
            and not any(_verb_like(w.lower()) for w in before)
        )

    def _predicate_after(self, start: int, end: int, infinitive: bool = False) -> int | None:
        """Where the sentence's own verb begins after the content clause from `start` that its
        subject's noun holds: the first verb after the clause's own verb group, with words
        between and no clause opened between ("The mayor's warning that the bridge was unsafe
        *went* unheeded"; not "was badly damaged", nor "was unsafe and needed repairs"); after
        an `infinitive`, whose verb is no finite one, the first verb ("The governor's vow to
        rebuild *drew* praise"); None if none stands there."""
        text = self.text
        verb: re.Match[str] | None = None
        previous = ""
        for word in _WORD.finditer(text, start, end):
            lower, before = word.group().lower(), previous
            previous = lower
            if not _verb_like(lower):
                continue
            if lower.endswith("ed") and (
                before in _MODIFIER_LEADS or text[word.start() - 2 : word.start() - 1].isdigit()
            ):
                continue  # "the sacred site", "a hundred armed men", "40 armed men"
            if (verb is not None or infinitive) and (
                before in SUBJECT_PRONOUNS or text.startswith(" by ", word.end())
            ):
                continue  # "money it received", "funds donated by the public": a relative's
            if verb is not None or infinitive:
                between = text[verb.end() if verb is not None else start : word.start()]
                if "," in between:
                    # "The zoo's decision to keep its elephant, a female named Tembo, has set
                    # off a debate": a noun phrase set off by commas is no clause of its own,
                    # and a verb inside it ("named") is none of the sentence's
                    between = _APPOSED_NOUN.sub(" ", between)
                    if _OPEN_APPOSED_NOUN.search(between):
                        continue
                grouped = (
                    verb is not None
                    and _FINITE.fullmatch(verb.group().lower()) is not None
                    and all(w in _VERB_GROUP or w.endswith("ly") for w in between.lower().split())
                )
                if (
                    not grouped
                    and not CLAUSE_COMMA.search(between)
                    and not _CLAUSE_OPENER.search(between)
                ):
                    return word.start()
                if infinitive:
                    return None  # a clause of its own opened first: no predicate told
            verb = word
        return None

    def _given_up(self, at: int) -> bool:
        """Whether a verb of giving up stands before the noun at `at`, a determiner between at
        most: "scraps plans for", "shelved its pledge to"."""
        before = word_before(self.text, at)
        if before.lower() in _NOUN_DETERMINERS:
            before = word_before(self.text, at - len(before) - 1)
        return before in ABANDON_VERBS

    def _in_document(self, sentence: Span, para: int) -> bool:
        """ "In the latest poll, Lee leads by 5 points", "In Lee's words, ...": a sentence with
        no cue opened by the document it comes from, or by whose words it gives, reports the
        rest of it, held by the document or that speaker."""
        opening = (
            _IN_DOCUMENT.match(self.text, sentence[0], sentence[1])
            or _IN_WORDS.match(self.text, sentence[0], sentence[1])
            or self._words_aside(sentence)
        )
        if opening is None:
            return self._words_after(sentence, para)
        if self._quote_at(opening.start()) is not None:
            return False
        aside = opening.re is _IN_WORDS_ASIDE  # the sentence to the quotation's end is the content
        end = sentence[1]
        if aside and (quote := self._first_quote((opening.end(), sentence[1]))) is not None:
            end = quote.end  # not "..., and the council agreed": the narrator's
        words = opening.re is _IN_WORDS or aside
        apposed = self._apposed_source(opening, end) if opening.re is _IN_WORDS else None
        content_start = opening.end()
        if aside and _COORDINATOR_END.search(self.text, sentence[0], opening.start()) is None:
            content_start = sentence[0]  # not "... and, in Lee's words, “...”": the quotation
        content = self._content(content_start if apposed is None else apposed[1], end)
        if content is None:
            return False
        if apposed is not None:
            holder = apposed[0]
        else:
            groups = ("source", "owner", "pronoun") if words else ("source",)
            source = next(opening.span(g) for g in groups if opening[g])
            holder = Phrase(source, tuple(self.text[source[0] : source[1]].split()))
        if words and not opening["pronoun"] and not _speaks(holder.words[-1]):
            return False  # "In the words of the song": no one's
        # "In" is the cue: a finding, a stance (acts.py)
        self._emit(Found(content[0], content[1], holder, opening.span("cue")), para)
        return True

    def _words_after(self, sentence: Span, para: int) -> bool:
        """ "“...,” in the words of Ann Lee, the mayor.", "The plan is “a mess,” in Lee's
        words.": a sentence with no cue whose quotation, a comma closing it, is followed by
        whose words it gives (`_IN_WORDS_AFTER`) is theirs up to the quotation's end; whether
        it was."""
        text = self.text
        quote = self._last_quote(sentence)
        if quote is None or quote.end >= sentence[1] or text[quote.content[1] - 1] != ",":
            return False
        after = _IN_WORDS_AFTER.match(text, quote.end, sentence[1])
        if after is None:
            return False
        content = self._content(sentence[0], quote.end)
        if content is None:
            return False
        if after["pronoun"]:
            holder: Phrase | None = Phrase(after.span("pronoun"), (after["pronoun"],))
        elif after["owner"]:
            holder = phrase_after(text, after.start("owner"), after.end("owner"))
        else:  # its appositive with it: "the words of Ann Lee, the mayor"
            holder = phrase_after(text, after.start("source"), sentence[1])
        if holder is None or not (after["pronoun"] or _speaks(holder.words[-1])):
            return False  # "“...,” in the words of the song": no one's
        self._emit(Found(content[0], content[1], holder, after.span("cue")), para)
        return True

    def _apposed_source(self, opening: re.Match[str], end: int) -> tuple[Phrase, int] | None:
        """ "In the words of Sam Ito, a lecturer, the strike is ...", "In the words of the lead
        investigator, Sgt Ann Lee, ...": the source of "In the words of" and its appositive (a
        name, or a role: "a" or "an" opening it, or a role noun ending it; not "one aide, the
        plan, ..."), as the speaker phrase, and where the content after them starts; None if
        no appositive follows the source."""
        if not opening["source"]:
            return None
        text = self.text
        phrase = phrase_after(text, opening.start("source"), end)
        if phrase is None:
            return None
        last = max(phrase.span[1], phrase.appositive[1] if phrase.appositive else 0)
        after = _APPOSITIVE_CLOSE.match(text, last, end)
        if last <= opening.end("source") or after is None:
            return None
        apposed = text[opening.end() : last].split()
        if not (
            apposed[0][0].isupper()
            or apposed[0] in ("a", "an")
            or apposed[-1].lower() in ROLE_NOUNS
        ):
            return None
        return phrase, after.end()

    def _words_aside(self, sentence: Span) -> re.Match[str] | None:
        """ ", in Lee's words, “...”" inside `sentence` (found by `str.find` first)."""
        at = self.text.find(" words", sentence[0], sentence[1])
        if at < 0:
            return None
        comma = self.text.rfind(",", max(sentence[0], at - 80), at)
        return _IN_WORDS_ASIDE.match(self.text, comma, sentence[1]) if comma >= 0 else None

    def _nominal_matches(self, starts: list[int], end: int) -> Iterator[re.Match[str]]:
        """The matches of `_NOMINAL` before `end`, as `finditer` finds them from the first of
        `starts` (where `nominal_starts` found a reporting noun), tried only there, not at
        every position."""
        done = 0  # the end of the last match: matches do not overlap
        for at in starts:
            nominal = _NOMINAL.match(self.text, at, end) if at >= done else None
            if nominal is not None:
                done = nominal.end()
                yield nominal

    def _named_source(self, that: re.Match[str], word: str) -> Phrase | None:
        """Whose words a reporting noun says they are, between it and "that" ("fears among
        shop owners that ..."); None if it names none, or is a document ("a report by the
        agency that ...": the report holds it)."""
        if that.group("source") is None or _document_noun(word):
            return None
        source = (that.start("source"), that.start("source") + len(that.group("source").rstrip()))
        words = tuple(self.text[source[0] : source[1]].split())
        return Phrase(source, words) if _speaks(words[-1]) else None

    def _possessor(self, lead: re.Match[str] | None, cue: Span, start: int) -> Phrase | None:
        """Who holds the claim a reporting noun names: the possessor before it, within its
        sentence from `start` (not a headline's word: "Markets¶Osei's view:"), or the noun
        phrase itself when it is a document ("a report that ...")."""
        if lead is None:
            return None
        if lead.group("possessor"):
            return phrase_before(self.text, max(start, lead.start() - LEAD), lead.start())
        if lead.group("pronoun"):
            return Phrase(lead.span("pronoun"), (lead.group("pronoun"),))
        if lead.group("author"):  # "My guess is that": the author's
            return Phrase(lead.span("author"), (lead.group("author"),))
        if _document_noun(self.text[cue[0] : cue[1]]):
            span = (lead.start(), cue[1])
            return Phrase(span, tuple(self.text[span[0] : span[1]].split()))
        return None


def _document_noun(cue: str) -> bool:
    """Whether a reporting noun's first word is a document's, which holds what it reports ("a
    report that ..."); not a claim, someone's ("the claim that ...")."""
    word = cue.split()[0].lower()
    return word in DOCUMENT_WORDS and word not in HELD_DOCUMENTS


def _held_by(lead: re.Match[str] | None) -> bool:
    """Whether the lead of a noun names who holds it: a possessor ("Lee's", "the firm's") or
    a possessive pronoun ("her", the author's "my")."""
    return lead is not None and bool(lead["possessor"] or lead["pronoun"] or lead["author"])


def _caused_by_thing(subject: Phrase | None) -> bool:
    """Whether the subject of a verb of causing before a reporting noun is no one, or a thing
    or a document, which holds no view ("The ruling sparked fears that ...", "The lawsuit
    raised questions about ..."; not "Residents raised ...", "She raised ...")."""
    return subject is None or subject.pronoun is None and not _speaks(subject.words[-1])


def _speaks(head: str) -> bool:
    """Whether the head of a reporting noun's source may be who speaks: a name, a role or a
    body, or people in the plural ("from divers"), not a time ("from the start")."""
    lower = head.lower()
    return (
        head[0].isupper()
        or lower in ROLE_NOUNS
        or lower in ORGANIZATION_NOUNS
        or lower in ORGANIZATION_MARKERS
        or lower.endswith("s")
        and not lower.endswith("ss")
        and lower not in TIME_WORDS
    )
