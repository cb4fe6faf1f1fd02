"""Direct, indirect and mixed statements, their cues ("said", "according to") and speakers.

One pass over the sentences of each paragraph. A cue (lexicon.py: speech, belief, stance and
naming verbs, "according to") outside quotation marks with a speaker phrase next to it is an
attribution; its content is the reported clause after it (pre-posed: "X said that ..."), the
clause or quote before it (post-posed: "“...,” X said", "..., said X"), or both sides
(interrupted: "“...,” he said, “...”"; "..., as police have said"). A second attribution
joined by "and", "but", "yet", a relative pronoun ("Trump, who says ...") or a participle
("..., arguing that") splits the content; a sentence-final one ("..., according to an aide")
reports the whole sentence; a participle opening the sentence ("Citing a report, Trump ...")
is said by the main subject; a passive cue ("he was accused of ...") reports its sentence,
from its agent or an unnamed source. Quotes without an attribution continue the previous
speaker; "X:" opens a labelled paragraph; nouns report content too ("a report that ...",
"Trump's criticism of ...", "its pledge to ..."), held by their possessor or the document.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from tui.core.furniture import without_furniture
from tui.core.lexicon import (
    ADJUNCT_PARTICIPLES,
    BELIEF_ADJECTIVES,
    BELIEF_CUES,
    CATENATIVE_VERBS,
    CUE_NOUNS,
    DETERMINERS,
    DOCUMENT_WORDS,
    FUNCTION_WORDS,
    INTENT_NOUNS,
    INVERTED_CUES,
    IRREGULAR_PARTICIPLES,
    LISTENER_CUES,
    NAMING_CUES,
    NOMINAL_CUES,
    NOT_CONTENT_OPENERS,
    NOT_SPEAKER_LABELS,
    PASSIVE_CUES,
    PERSON_PRONOUNS,
    PHRASE_CUES,
    PLURAL_HEADS,
    PREPOSITIONS,
    RELATIVE_PRONOUNS,
    SPEAKER_DETERMINERS,
    SPEECH_CUES,
    STANCE_CUES,
    STANCE_PARTICLES,
    SUBORDINATORS,
    TIME_WORDS,
    TOPIC_NOUN_CUES,
    VENUE_WORDS,
    WEAK_CUES,
)
from tui.core.model import Span, Speaker, Statement, StatementKind
from tui.core.rejections import rejection
from tui.core.speakers import Phrase, Speakers, phrase_after, phrase_before
from tui.core.text import (
    DASHES,
    Quote,
    WordStarts,
    alternation,
    paragraphs,
    quotes,
    sentences,
    strip,
)

# A word start: "\b" first, which the regex engine tests far faster than a look-behind alone.
_BOUND_L = r"\b(?<![’'-])"
# Stance participles, which may open a sentence capitalised: "Citing a report, ...".
_STANCE_PARTICIPLES = frozenset(w for w in STANCE_CUES if w.endswith("ing"))
# Participles that are cues only in the passive: "is considered", "are known".
_PASSIVE_ONLY = PASSIVE_CUES - SPEECH_CUES - BELIEF_CUES - NAMING_CUES - STANCE_CUES
_BOUND_R = r"(?![\w’'-])"
_CUE_VERBS = SPEECH_CUES | BELIEF_CUES | NAMING_CUES | STANCE_CUES | PASSIVE_CUES
# Adjectives that are cues only before "that": "Democrats are afraid that ...".
_ADJECTIVE_ONLY = BELIEF_ADJECTIVES - _CUE_VERBS
# Every cue, found as one trie, which the regex engine runs far faster than a list of
# alternatives, at the start of a word (`_BOUND_L`). Capitalised, a cue may open a sentence
# ("Says Ellis: ..."), but not a weak one, which is then a noun ("the United States").
_CUES = WordStarts.of(
    frozenset(PHRASE_CUES + STANCE_PARTICLES)
    | {"according to", "According to"}
    | _CUE_VERBS
    | {w.capitalize() for w in (SPEECH_CUES | BELIEF_CUES | _STANCE_PARTICIPLES) - WEAK_CUES}
    | BELIEF_ADJECTIVES,
    _BOUND_R,
)
# Where the source named after "according to" ends, and at most how long it may be.
_SOURCE_END = re.compile(r"[,;:]|\.?$")
_SOURCE_LENGTH = 160
_THAT_NEXT = re.compile(r"\s+that\b")
_TIME = alternation(TIME_WORDS)
_VENUE = alternation(VENUE_WORDS)
_TIME_ADJUNCT = re.compile(
    r"\s*,?\s*(?:(?:on|last|this|late|early|earlier|next|in)\s+)?(?:(?:the|a)\s+)?"
    r"(?i:" + _TIME + r")\b(?:\s+(?i:" + _TIME + r"))?(?:\s+\d{1,2}\b)?(?:,?\s+\d{4}\b)?" + _BOUND_R
)
_VENUE_ADJUNCT = re.compile(
    r"\s*,?\s*(?:in|on|at|during|via|through|over|after|before)\s+"
    r"(?:[\w’'.-]+\s+){0,5}?(?:"
    + _VENUE
    + r")s?(?:\s+(?:"
    + _VENUE
    + r")s?)*"
    + _BOUND_R
    + r"(?:\s+(?:with|to|on|at|for|in|from)\s+[^,.;:“”\"]{1,60}?(?=\s*,?\s+that\b))?"
)
# A phrase between a cue and "that": "said in an interview on Tuesday that", "told the
# committee that"; "to" before a listener, not before a verb ("agreed to clean up ...").
_RELATIVE_VERB = r"(?:is|was|were|are|has|had|have|will|would|could|can|may|might|should|did|does)"
_THAT_ADJUNCT = re.compile(
    r"\s*,?\s*(?:(?:on|in|at|during|via|through|over|with|after|before)\s+"
    r"|to\s+(?=(?:the|a|an|his|her|their|its|our|my|[A-Z]|[a-z]+s)\b))"
    r"[^,.;:“”\"]{1,60}?,?\s+(?=that\s+(?!" + _RELATIVE_VERB + r"\b))"
)
_ADJUNCT_OPENERS = frozenset(
    "in on at during via through over after before with to last this late early earlier next "
    "the a".split()
)
# What opens content after a cue: "that" (not the demonstrative subject of "said that was
# wrong"), a colon or a comma.
_OPENER = re.compile(r"\s*(?:that\b(?!\s+" + _RELATIVE_VERB + r"\b)|:|,)?\s*")
_LISTENER = re.compile(
    r"\s+(?:him|her|them|us|me|reporters|journalists|lawmakers|supporters|listeners|viewers"
    r"|the\s+\w+|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)" + _BOUND_R
)
_WORDS = re.compile(r"\w+")
_TWO_WORDS = re.compile(r"\w+\W+\w")
_ONE_NAME = re.compile(r"[A-Z][\w’'-]+\.?")
_DASH_NAME = re.compile(r"\s*[―—–-]\s*([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4})\s*\.?\s*$")
# A noun that reports content: "a report that ...", "questions about ...", "a pledge to ...";
# one trie of all of them, told apart by what follows.
_NOMINAL_WORDS = NOMINAL_CUES | INTENT_NOUNS | frozenset(TOPIC_NOUN_CUES)
_NOMINAL = re.compile(_BOUND_L + r"(?P<cue>" + alternation(_NOMINAL_WORDS) + r")\s+")
_NOMINAL_STARTS = WordStarts.of(_NOMINAL_WORDS, r"\s")  # where to look for `_NOMINAL`
# "that" opening a content clause, not a relative one ("a study that appeared in ...").
_NOUN_THAT = re.compile(r"that\s+(?!(?:" + _RELATIVE_VERB + r"|[a-z]+ed)\b)")
_TO_VERB = re.compile(r"to\s+[a-z]")
# What stands before such a noun: a possessor ("Trump’s claim", "the party’s plan", "his
# pledge") or a determiner, and at most one modifier.
_NOMINAL_LEAD = re.compile(
    r"(?:(?P<possessor>[’']s?)|(?<![\w’'-])(?P<pronoun>(?i:its|their|his|her))"
    r"|(?<![\w’'-])(?:a|an|the|this))\s+(?:[\w-]+\s+)?$"
)
# A speaker label opening a paragraph, and its topic in a headline: "Obama on Climate: ...".
_LABEL = re.compile(
    r"[\"“]?([A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*){0,2})(?:\s+on\s+[^:\n]{1,60}?)?:\s+(?=\S)"
)
_LABEL_REACH = 140  # how far into a paragraph the colon of a label or a headline may be
# A headline quoting its subject after a colon: "Warren Hammers Wells Fargo CEO: ‘You Should
# Be Criminally Investigated.’"; the words before the colon hold no clause end or quotation.
_HEADLINE_QUOTE = re.compile(r"[A-Z][^\n:;.!?“”\"‘’]{1,100}?:\s+(?=[“\"‘'])")
# Words between "and" and a second cue of the same subject: "and has also said".
_CONJOINED_AUXILIARY = (
    r"also|then|later|has|have|had|would|will|did|\w+ly|(?:"
    + alternation(CATENATIVE_VERBS)
    + r")\s+(?:on\s+)?to"
)
# What joins a second attribution to the content of the last: a conjunction ("and he urged"),
# or a relative pronoun that is the object of the new cue ("..., which he said were").
_COORDINATOR = re.compile(
    r"(?:,?\s+(?:and|but|yet|or|while|whereas|although|though)(?:\s+(?:"
    + _CONJOINED_AUXILIARY
    + r"))*|;|,\s+(?:(?:in|of|on|about)\s+)?(?:which|whom|what)|[,―—–])\s+$"
)
_RELATIVE_LEAD = re.compile(r",\s+$")  # "endorses Trump, who says ...": before "who"
# What may stand before a participle cue opening a sentence: nothing, or a preposition.
_OPENING_LEAD = re.compile(r"\s*(?:(?i:in|after|while|when|by|before)\s+)?")
_PASSIVE_LEAD = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:(?:\w+ly|not|also)\s+)*$")
_BY_AGENT = re.compile(r"\s+by\s+")
_RESUMING = re.compile(r",\s(?:(?:but|and)\s)?$")  # before a resumed quotation: ", but “...”"
_AS_CLAUSE = re.compile(r",\s+as\s+$")
# After a cue word, the verb or preposition that makes it a noun: "health worries have", "Republican
# support was", "support among voters", "which advocates say".
_AUXILIARY_NEXT = re.compile(
    r"\s+(?:has|have|had|is|are|was|were|will|would|can|could|among"
    r"|say|said|believe|think|argue|argued|warn|warned|fear|feared|worry|contend|note)\b"
)
_POSSESSIVE_END = re.compile(r"[’']s?$")
_NOT_LABEL = NOT_SPEAKER_LABELS | FUNCTION_WORDS | SPEECH_CUES
_CONJOINED = re.compile(r"\b(?:and|but|yet|or)\s+(?:(?:" + _CONJOINED_AUXILIARY + r")\s+)*$")
# What may stand before a participle cue whose subject is the sentence's ("..., saying", "by
# saying", '...," adding'), an adverb between ("..., even suggesting"), and a participle
# joined by "to" to the cue after it ("..., going on to say", "by trying to argue").
_PARTICIPLE_OPENER = r"(?:,[”\"’]?|\b(?:by|after|before|while|when|without|in))"
_ADVERB_BEFORE_CUE = r"(?:even|also|then|again|[a-z]+ly)"
_TO_PARTICIPLE = r"[a-z]+ing(?:\s+on)?\s+to"
_PARTICIPLE_LEAD = re.compile(_PARTICIPLE_OPENER + r"(?:\s+" + _ADVERB_BEFORE_CUE + r")?$")
_CATENATIVE_PARTICIPLE = re.compile(_PARTICIPLE_OPENER + r"\s+" + _TO_PARTICIPLE + "$")
# The comma where the content before such a participle ends.
_PARTICIPLE_COMMA = re.compile(
    r",[”\"’]?\s+(?:" + _ADVERB_BEFORE_CUE + r"\s+)?(?P<to>" + _TO_PARTICIPLE + r"\s+)?$"
)
_LEAD = 48  # characters looked at before a cue for a boundary or a conjunction
_PARTICIPLES = ADJUNCT_PARTICIPLES | SPEECH_CUES | STANCE_CUES | BELIEF_CUES
_STANCE = STANCE_CUES | frozenset(STANCE_PARTICLES)
# Where the object of a stance cue ends: a new clause, not a comma inside a list or before a
# relative clause ("cited problems in the Middle East, China and elsewhere that ..."), nor
# ", and" before more of the object ("economic fairness, and a need to ...").
_CLAUSE_END = re.compile(
    r"[;—–―]|\s-\s|,?\s(?:but|while|because)\s|,\s+and\s+(?=(?:he|she|they|it|we|I)\s)"
)
# A dash between clauses: where a parenthetical attribution ("-- which notes that ... --")
# ends.
_DASH = re.compile(r"\s-{1,2}\s|\s?[—–―]")
_DETERMINERS = frozenset("the a an his her their its".split())  # before a noun, not a verb
_NEGATIVE_OBJECT = re.compile(r"(?:no|nothing|none)\b")
_CLOSE_MARKS = '”"’»'
_LONGEST_CLAUSE = 1000  # characters searched for the end of a clause
_TRIM_END = " \t,;:—–-―"
# Title-case headlines: at most this long, their cues and function words put in lower case.
_HEADLINE_LENGTH = 200
_LONG_WORD = re.compile(r"[^\W\d_]{4,}")
_LOWER_LONG_WORD = re.compile(r"(?<![^\W\d_])[a-z][^\W\d_]{3}")
_HEADLINE_WORD = re.compile(r"(?<![\w’'-])[A-Z][a-z]+(?![\w’'-])")
_HEADLINE_LOWER = _CUE_VERBS | FUNCTION_WORDS | PREPOSITIONS | DETERMINERS


class _Emitted(NamedTuple):
    """A statement as found, its speaker a working id: numbered and made a `Statement` at
    the end (a tuple, as thousands are made and amended on the way)."""

    span: Span
    kind: StatementKind
    speaker: str | None
    speaker_span: Span | None
    cue: str | None = None
    cue_span: Span | None = None
    when: str | None = None


@dataclass(frozen=True, slots=True)
class _Found:
    """A statement before its speaker is resolved."""

    span: Span
    kind: StatementKind
    phrase: Phrase | None
    cue: Span | None
    when: str | None = None


def find_statements(text: str) -> tuple[list[Speaker], list[Statement]]:
    """The speakers and the statements of `text`, statements in text order, numbered."""
    return _Finder(without_furniture(text)).run()


class _Finder:
    def __init__(self, text: str) -> None:
        self.original = text
        self.paras = paragraphs(text)
        text, self.headlines = _sentence_case_headlines(text, self.paras)
        self.text = text
        self.quotes = quotes(text, self.paras)
        self.para_starts = [p[0] for p in self.paras]
        self.quote_starts = [q.start for q in self.quotes]
        # Every cue and reporting noun, found in one scan each: most sentences have neither,
        # and a sentence looks its own up by bisection.
        self.cues = list(_CUES.finditer(text))
        self.cue_starts = [c[0] for c in self.cues]
        self.nominal_starts = [span[0] for span in _NOMINAL_STARTS.finditer(text)]
        self.speakers = Speakers(text)
        self.statements: list[_Emitted] = []
        self.covered = 0  # the end of the last statement: text before it is taken
        self.last_para = -1  # the paragraph of the last statement

    def run(self) -> tuple[list[Speaker], list[Statement]]:
        for index, para in enumerate(self.paras):
            if para[0] >= self.covered and self._labelled(para, index):
                continue
            inside = self._quotes_in(para)
            if not inside and not self._holds(para, self.cue_starts, self.nominal_starts):
                continue  # nothing in it can be a statement
            for sentence in sentences(self.text, para, inside):
                if sentence[1] <= self.covered:
                    continue
                self._sentence(sentence, index)
        speakers, ids = self.speakers.speakers()
        kept = [s for s in self.statements if rejection(self.text, s.span, s.cue_span) is None]
        statements = [
            Statement(
                f"st-{n}",
                s.span,
                s.kind,
                ids.get(s.speaker) if s.speaker else None,
                s.speaker_span,
                s.cue,
                s.cue_span,
                s.when,
            )
            for n, s in enumerate(sorted(kept, key=_span_key), start=1)
        ]
        quoted = {s.speaker for s in statements}
        return [s for s in speakers if s.id in quoted], statements  # sources only

    def _labelled(self, para: Span, index: int) -> bool:
        """ "PENCE: ..." or "Sanders: Clinton needs ...": a speaker label opening a paragraph."""
        if self.text.find(":", para[0], min(para[1], para[0] + _LABEL_REACH)) < 0:
            return False  # most paragraphs: no colon where a label or a headline could end
        label = _LABEL.match(self.text, para[0], para[1])
        if label is None:
            return self._headline_quote(para, index)
        words = label.group(1).split()
        if any(w.lower() in _NOT_LABEL for w in words):
            return False
        content = self._content(label.end(), para[1])
        if content is None:
            return False
        span = (content[0][0], min(content[0][1], para[1]))  # the paragraph, never beyond
        kind = "direct" if label.group(1).isupper() else content[1]
        phrase = Phrase(label.span(1), tuple(words))
        self._emit(
            _Found(strip(self.text, span, _TRIM_END + _CLOSE_MARKS), kind, phrase, None), index
        )
        self.covered = max(self.covered, para[1])
        return True

    def _headline_quote(self, para: Span, index: int) -> bool:
        """ "Warren Hammers Wells Fargo CEO: ‘You Should Be ...’": a paragraph that is only a
        subject, a colon and a quotation; the subject opening it said the quotation."""
        head = _HEADLINE_QUOTE.match(self.text, para[0], para[1])
        if head is None:
            return False
        quote = self._first_quote((head.end(), para[1]))
        if quote is None or quote.start != head.end():
            return False
        if not self._only_punctuation(quote.end, para[1]):
            return False
        if len(_WORDS.findall(self.text, *quote.content)) < 3:
            return False  # a title or a name, not a quotation
        phrase = phrase_after(self.text, para[0], head.end())
        if phrase is None or phrase.bare or phrase.words[0].lower() in _NOT_LABEL:
            return False
        span = strip(self.text, quote.content, _TRIM_END + _CLOSE_MARKS)
        self._emit(_Found(span, "direct", phrase, None), index)
        self.covered = max(self.covered, para[1])
        return True

    # --- quotes -----------------------------------------------------------------------

    def _quotes_in(self, span: Span) -> list[Quote]:
        """The quotes overlapping `span`."""
        first = self._first_index(span)
        last = bisect.bisect_left(self.quote_starts, span[1])
        return self.quotes[first:last] if first < last else []

    def _first_index(self, span: Span) -> int:
        i = bisect.bisect_left(self.quote_starts, span[0])
        return i - 1 if i > 0 and self.quotes[i - 1].end > span[0] else i

    def _first_quote(self, span: Span) -> Quote | None:
        """The first quote overlapping `span`, found in logarithmic time."""
        i = self._first_index(span)
        return self.quotes[i] if i < len(self.quotes) and self.quotes[i].start < span[1] else None

    def _last_quote(self, span: Span) -> Quote | None:
        """The last quote overlapping `span`."""
        i = bisect.bisect_left(self.quote_starts, span[1]) - 1
        return self.quotes[i] if i >= 0 and self.quotes[i].end > span[0] else None

    def _quote_at(self, pos: int) -> Quote | None:
        """The quote whose marks enclose `pos`, if any."""
        i = bisect.bisect_right(self.quote_starts, pos) - 1
        if i >= 0 and self.quotes[i].start <= pos < self.quotes[i].end:
            return self.quotes[i]
        return None

    # --- one sentence -------------------------------------------------------------------

    def _sentence(self, sentence: Span, para: int) -> None:
        start, end = sentence
        here = 0  # statements found in this sentence
        last_phrase: Phrase | None = None
        first = floor = max(start, self.covered)
        content_end = floor  # the end of the content of the last statement of this sentence
        first_cue = bisect.bisect_left(self.cue_starts, floor)
        last_cue = bisect.bisect_left(self.cue_starts, end, first_cue)
        for cue in self.cues[first_cue:last_cue]:
            if cue[0] < floor or cue[1] > end or self._quote_at(cue[0]) is not None:
                continue
            word = self.text[cue[0] : cue[1]]
            if word in _ADJECTIVE_ONLY and not _THAT_NEXT.match(self.text, cue[1]):
                continue
            if self._no_verb_at(start, cue[0]):
                continue  # "the plan", "his remarks", "to support"
            found = self._attribution(cue, (floor, end), last_phrase)
            if found is None:
                continue
            outer = self._outer(found, here, (first, end), cue)
            if outer is not None:  # "A plans B, according to C": C reports all of it
                del self.statements[len(self.statements) - here :]
                found, here = outer, 0
            elif cue[0] < content_end and not self._coordinated(found):
                continue  # a cue inside reported content: not a statement of its own
            self._emit(found, para)
            here += 1
            last_phrase = found.phrase
            floor = found.cue[1] if found.cue else found.span[1]
            content_end = found.span[1]
        if not here:
            self._unattributed((floor, end), para)
        else:
            found_here = self.statements[len(self.statements) - here :]
            self._opening_quote((first, end), para, found_here)
            self._nominals((first, end), para, found_here)

    def _no_verb_at(self, start: int, pos: int) -> bool:
        """Whether the words before `pos` make the cue word there no verb of its own: a
        determiner makes it a noun ("the plan", "his remarks"); "to" an infinitive, unless
        after a verb that lends it its subject ("appeared to suggest", "went on to say")."""
        head = self.text[max(start, pos - 24) : pos]
        words = head.split()
        if not head.endswith((" ", "\n")) or not words:
            return False
        if words[-1].lower() in _DETERMINERS:
            return True
        if words[-1] != "to" or len(words) < 2:
            return False
        lender = words[-3] if words[-2] == "on" and len(words) > 2 else words[-2]
        return lender.lower() not in CATENATIVE_VERBS

    @staticmethod
    def _holds(span: Span, *starts: list[int]) -> bool:
        """Whether any of the sorted positions `starts` lies in `span`."""
        for positions in starts:
            i = bisect.bisect_left(positions, span[0])
            if i < len(positions) and positions[i] < span[1]:
                return True
        return False

    def _inverted_subject(self, pos: int, end: int) -> Phrase | None:
        """The speaker after an inverted cue ("..., said Caddell."): a phrase that ends its
        clause, not the possessor or subject of more words ("explains America’s history")."""
        phrase = phrase_after(self.text, _skip_space(self.text, pos), end)
        if phrase is None or phrase.bare or _POSSESSIVE_END.search(phrase.words[-1]):
            return None
        rest = self.text[(phrase.appositive or phrase.span)[1] : end].lstrip()
        first = _WORDS.match(rest)
        if rest[:1].isalnum() and not (first and first.group().lower() in PREPOSITIONS):
            return None
        return phrase

    def _sentence_subject(self, start: int, end: int) -> Phrase | None:
        """The name, role or pronoun opening a sentence (or its main clause, after an
        opening phrase: "On Thursday, however, Trump spoke ...") and followed by its verb:
        the speaker of a participle cue later in it ("..., saying ..."). After a quotation
        opening the sentence, the subject follows it: "“...,” Blige sings before asking"."""
        quote = self._quote_at(start)
        if quote is not None and quote.start == start:
            start = _skip_space(self.text, quote.end)
        for _ in range(3):
            phrase = phrase_after(self.text, start, end)
            if phrase is not None and not phrase.bare:
                after = (phrase.appositive or phrase.span)[1]
                verb = _WORDS.match(self.text, _skip_space(self.text, after, ","))
                if verb is not None and verb.group().islower():
                    return phrase
            comma = self.text.find(", ", start, min(end, start + _LONGEST_CLAUSE))
            if comma < 0:
                return None
            start = comma + 2
        return None

    def _outer(self, found: _Found, here: int, sentence: Span, cue: Span) -> _Found | None:
        """The post-posed attribution that reports everything before it in its sentence,
        statements found there included ("Clinton plans to visit, according to an aide")."""
        if not here or found.cue is None or found.span[1] > found.cue[0]:
            return None
        outer = self._attribution(cue, sentence, None)
        if outer is None or outer.cue is None or outer.span[1] > outer.cue[0]:
            return None
        return outer if outer.span[0] <= self.statements[-here].span[0] else None

    def _coordinated(self, found: _Found) -> bool:
        """Whether `found` is a second attribution joined to the last one ("X said A, and he
        urged B"); if so, the last statement is cut where the second begins."""
        previous = self.statements[-1]
        if found.phrase is None or found.cue is None or found.span[0] < found.cue[0]:
            return False
        lead = _PARTICIPLE_COMMA.search(
            self.text, max(previous.span[0], found.cue[0] - _LEAD), found.cue[0]
        )
        participle = _participle(self.text[found.cue[0] : found.cue[1]])
        if participle or (lead is not None and lead.group("to")):  # "..., arguing that"
            cue = previous.cue_span
            if cue is not None and previous.span[0] < cue[0] and previous.span[1] > found.cue[1]:
                return False  # '“A,” he said, referring to B, “C.”': inside an interrupted quote
            if lead is None:
                return False
            cut = strip(self.text, (previous.span[0], lead.start()), _TRIM_END + " \n")
            if cut[1] <= cut[0]:
                return False
            quote = self._quote_at(cut[0])
            kind = previous.kind
            if quote is not None and quote.content[0] == cut[0] and quote.end >= lead.start():
                cut, kind = quote.content, "direct"  # 'said: “A,” adding that B': A is quoted
            self.statements[-1] = previous._replace(span=cut, kind=kind)
            return True
        # Before the cue's own subject, or before the cue when it shares the last one's.
        anchor = found.phrase.span[0] if found.phrase.span[0] > previous.span[0] else found.cue[0]
        pattern = _RELATIVE_LEAD if found.phrase.pronoun in RELATIVE_PRONOUNS else _COORDINATOR
        lead = pattern.search(self.text, max(previous.span[0], anchor - _LEAD), anchor)
        if lead is None:
            return False
        cut = strip(self.text, (previous.span[0], lead.start()), _TRIM_END + " \n")
        if cut[1] <= cut[0]:
            return False
        if lead.group().lstrip(" ―—–")[:1] == "," and self._subordinate(cut):
            return False  # "noted that at a meeting in 1972, he supported ...": one clause
        self.statements[-1] = previous._replace(span=cut)
        return True

    def _attribution(self, cue: Span, sentence: Span, last: Phrase | None) -> _Found | None:
        """The statement the cue at `cue` introduces, if a speaker phrase and content stand
        by it."""
        text = self.text
        start, end = sentence
        word = text[cue[0] : cue[1]].lower()
        if word == "according to":
            return self._according(cue, sentence)
        if _participle(word) and _OPENING_LEAD.fullmatch(text, start, cue[0]):
            return self._opening_participle(cue, word, sentence)
        phrase, inverted = self._speaker_of(cue, word, sentence, last)
        if phrase is None:
            return self._passive_report(cue, word, sentence)
        if word in _PASSIVE_ONLY:
            return None  # "considered", "known": a cue only in the passive
        if word in NAMING_CUES:
            return self._naming(cue, sentence, phrase)
        if word in _STANCE:
            found = None if inverted else self._stance(cue, sentence, phrase)
            return found or self._quote_before(start, phrase, cue)
        before_end = cue[0] if inverted else phrase.span[0]
        as_clause = _AS_CLAUSE.search(text, max(start, before_end - _LEAD), before_end)
        if as_clause is not None:  # "..., as police have said": the content ends at the comma
            before_end = as_clause.start() + 1
        before = None
        # A participle after its subject's clause ("..., before asking her") reports only
        # what follows it.
        trailing = _participle(word) and phrase.span[1] < cue[0] - 1
        if not trailing and self._after_boundary(start, before_end):
            before = self._content(start, before_end)
            if before is not None and before[1] == "indirect" and self._adverbial(before[0]):
                before = None  # "But when Congress cut funding, Mexico said ..."
        if inverted:
            if before is not None:
                return _Found(before[0], before[1], phrase, cue)
            following = self._first_quote(((phrase.appositive or phrase.span)[1], end))
            if following and not text[phrase.span[1] : following.start].strip(" ,:"):
                return _Found(following.content, "direct", phrase, cue)  # "Said Ellis: “...”"
            return self._colon(cue, phrase, sentence, None)
        after_start, when, reported = self._after_cue(cue, word, end)
        if phrase.pronoun in RELATIVE_PRONOUNS and self._lead(start, phrase.span[0])[-1:] in DASHES:
            # "the study -- which notes that ... --": the content ends at the closing dash
            dash = _DASH.search(text, after_start, end)
            end = dash.start() if dash is not None else end
        after = self._content(after_start, end, reported)
        interrupted = text[cue[1] : after_start].rstrip().endswith(",")
        if after is not None and before is not None and interrupted and self._subordinate(after[0]):
            after = None
        introduced = reported or text[cue[1] : after_start].rstrip().endswith(":")
        content_before = before is not None and not introduced
        if after is not None and self._is_circumstance(after[0], content_before):
            when = when or self._when(after[0])
            after = None
        if before is not None and (after is None or before[1] == "direct"):
            if after is not None and interrupted and self._starts_quote(after[0]):
                return _Found((before[0][0], after[0][1]), "direct", phrase, cue, when)
            resumed = self._resumed_quote(before, cue, end)
            return _Found(resumed or before[0], before[1], phrase, cue, when)
        if after is None:
            return self._colon(cue, phrase, sentence, when)
        if word in WEAK_CUES and not reported and not self._starts_quote(after[0]):
            return None
        if before is not None and interrupted and not self._starts_quote(after[0]):
            kinds = {before[1], after[1]}
            kind: StatementKind = "indirect" if kinds == {"indirect"} else "mixed"
            return _Found((before[0][0], after[0][1]), kind, phrase, cue, when)
        if not self._opens_content(after[0]):
            return None
        return _Found(after[0], after[1], phrase, cue, when)

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
        participle = bool(
            (_participle(word) and _PARTICIPLE_LEAD.search(lead))
            or (lead.endswith(" to") and _CATENATIVE_PARTICIPLE.search(lead))
        )
        phrase = None if participle else phrase_before(text, start, cue[0])
        if phrase is not None:
            passive = word not in BELIEF_ADJECTIVES and _passive(
                text[(phrase.appositive or phrase.span)[1] : cue[0]], word
            )
            if passive or (word in CUE_NOUNS and (phrase.bare or self._compound(phrase, cue))):
                return None, False
        elif participle or _CONJOINED.search(text, max(start, cue[0] - _LEAD), cue[0]):
            phrase = last or self._sentence_subject(start, cue[0])
        elif last is not None and last.antecedent is not None and lead.endswith(","):
            phrase = last.antecedent  # "Obama, who understood that ..., told his advisers"
        elif word in INVERTED_CUES and (
            self._after_boundary(start, cue[0]) or not text[max(start, cue[0] - 2) : cue[0]].strip()
        ):
            inverted = self._inverted_subject(cue[1], end)
            return inverted, inverted is not None
        if (word.endswith("s") or word in CUE_NOUNS) and _AUXILIARY_NEXT.match(text, cue[1]):
            return None, False  # a noun before its verb: "health worries have dogged"
        return phrase, False

    def _compound(self, phrase: Phrase, cue: Span) -> bool:
        """Whether a cue word that is also a noun ends a compound with the singular noun
        before it ("a government plan", "the McKinley plan"): in its base form, right after
        "the" or "a" and a singular noun, it cannot be the verb of that noun."""
        word = phrase.words[-1].lower()
        return (
            phrase.span[1] + 1 >= cue[0]
            and len(phrase.words) > 1
            and phrase.words[0].lower() in SPEAKER_DETERMINERS
            and word not in PLURAL_HEADS
            and not word.endswith("s")
            and self.text[cue[1] - 1 : cue[1]] not in "sdg"
        )

    def _passive_report(self, cue: Span, word: str, sentence: Span) -> _Found | None:
        """ "Quiros was accused of fraud", "it is considered a threat": a passive cue reports
        its whole sentence, from its agent ("criticized by Democrats") or a source left
        unnamed."""
        text = self.text
        if not _PASSIVE_LEAD.search(text, max(sentence[0], cue[0] - _LEAD), cue[0]):
            return None
        agent = _BY_AGENT.match(text, cue[1])
        participle = word.endswith("ed") or word in IRREGULAR_PARTICIPLES
        if word not in PASSIVE_CUES and (agent is None or not participle):
            return None  # other cues only with their agent: "his views were echoed by ..."
        phrase = None if agent is None else phrase_after(text, agent.end(), sentence[1])
        if agent is not None and (phrase is None or phrase.bare):
            return None
        content = self._content(*sentence)
        return None if content is None else _Found(content[0], content[1], phrase, cue)

    def _opening_participle(self, cue: Span, word: str, sentence: Span) -> _Found | None:
        """ "Citing a theory, Trump accused ...": a participle opening its sentence reports its
        clause, up to the comma, and its speaker is the subject of the main clause."""
        comma = self.text.find(",", cue[1], min(sentence[1], cue[1] + _LONGEST_CLAUSE))
        if comma < 0:
            return None
        after = comma + 1  # past a closing mark: 'Bemoaning the "phony system," Trump ...'
        while after < sentence[1] and self.text[after] in _CLOSE_MARKS:
            after += 1
        phrase = self._sentence_subject(after, sentence[1])
        after_start, when, _ = self._after_cue(cue, word, comma)
        content = self._content(after_start, after)
        if phrase is None or content is None:
            return None
        return _Found(content[0], content[1], phrase, cue, when)

    def _quote_before(self, start: int, phrase: Phrase, cue: Span) -> _Found | None:
        """ "“Why isn’t this proof?” Vitter demanded.": a stance cue with no object after it
        reports the direct quotation just before its speaker."""
        if not self._after_boundary(start, phrase.span[0]):
            return None
        before = self._content(start, phrase.span[0])
        if before is None or before[1] != "direct":
            return None
        return _Found(before[0], before[1], phrase, cue)

    def _stance(self, cue: Span, sentence: Span, phrase: Phrase) -> _Found | None:
        """ "criticized the deal, ...": the object, up to the end of its clause. None for a
        negative object: "offered no details" reports nothing."""
        start, when, _ = self._after_cue(cue, "", sentence[1])
        if _NEGATIVE_OBJECT.match(self.text, start):
            return None
        end = self._clause_end(start, sentence[1])
        content = self._content(start, end, name=True)
        if content is None or self._subordinate(content[0]) or not self._opens_content(content[0]):
            return None
        return _Found(content[0], content[1], phrase, cue, when)

    def _clause_end(self, start: int, end: int) -> int:
        """Where the clause from `start` ends: a clause boundary, or the sentence end `end`.
        The search is bounded, so a sentence of any length costs each cue the same."""
        clause = _CLAUSE_END.search(self.text, start, min(end, start + _LONGEST_CLAUSE))
        return clause.start() if clause is not None else end

    def _opens_content(self, span: Span) -> bool:
        """Whether reported content may start as `span` does: not with a conjunction ("who
        said and did ..."), nor with a place or an addressee ("did not respond to requests",
        "reported from Midway"), nor with a participle phrase ("responded by saying")."""
        words = _WORDS.findall(self.text, span[0], min(span[1], span[0] + 40))
        if not words or words[0].lower() in NOT_CONTENT_OPENERS:
            return False
        if words[0].lower() in PREPOSITIONS and len(words) > 1 and words[1].endswith("ing"):
            return False  # "responded by saying ...": the participle is the cue
        if words[0].lower() in {"to", "from"} and len(words) > 1 and not self._headline(span[0]):
            second = words[1]
            return not (second.lower() in DETERMINERS or second[0].isupper() or second.isdigit())
        return True

    def _headline(self, pos: int) -> bool:
        """Whether `pos` is in a title-case headline ("Sanders vows To Eliminate Tax Breaks")."""
        para = bisect.bisect_right(self.para_starts, pos) - 1
        return para >= 0 and self.paras[para][0] in self.headlines

    def _starts_quote(self, span: Span) -> bool:
        """Whether `span` opens with a quotation (at its mark or just inside it)."""
        quote = self._quote_at(span[0] - 1) or self._quote_at(span[0])
        return quote is not None and span[0] in (quote.start, quote.content[0])

    def _is_circumstance(self, span: Span, has_before: bool) -> bool:
        """Whether content after a cue is only where or when it was said ("at the time."):
        an adjunct, or (when there is content before the cue) a prepositional phrase."""
        if self._is_adjunct(span):
            return True
        first = _WORDS.search(self.text, span[0], span[1])
        return has_before and first is not None and first.group().lower() in PREPOSITIONS

    def _when(self, span: Span) -> str | None:
        phrase = self.text[span[0] : span[1]].rstrip(" .")
        return phrase if _TIME_ADJUNCT.search(phrase) and len(phrase) < 60 else None

    def _after_boundary(self, start: int, pos: int) -> bool:
        """Whether `pos` follows a clause boundary: a comma, a closing mark or a dash."""
        head = self._lead(start, pos)
        return bool(head) and head[-1] in ",”\"’'»―—–:"

    def _lead(self, start: int, pos: int) -> str:
        """The last characters before `pos` (not before `start`), trailing spaces removed."""
        return self.text[max(start, pos - _LEAD) : pos].rstrip()

    def _is_adjunct(self, span: Span) -> bool:
        """Whether the content after a cue is only where or when it was said."""
        for pattern in (_TIME_ADJUNCT, _VENUE_ADJUNCT):
            match = pattern.match(self.text, span[0], span[1] + 1)
            if match and self._only_punctuation(match.end(), span[1] + 1):
                return True
        return False

    def _only_punctuation(self, start: int, end: int) -> bool:
        """Whether text[start:end] holds nothing but a few spaces and punctuation marks."""
        return end - start <= 4 and not self.text[start:end].strip(" .,;:!?\n")

    def _after_cue(self, cue: Span, word: str, end: int) -> tuple[int, str | None, bool]:
        """Where the content after a cue starts (past listener, adjuncts, "that"), when it was
        said, and whether a "that" introduced it."""
        text = self.text
        pos = cue[1]
        when = None
        if word in LISTENER_CUES:
            listener = _LISTENER.match(text, pos, end)
            if listener is not None:
                pos = listener.end()
        for _ in range(3):
            first = _WORDS.match(text, _skip_space(text, pos, ","), end)
            if first is None or not _may_open_adjunct(first.group()):
                break  # the common case, told without trying the adjunct patterns
            for pattern in (_VENUE_ADJUNCT, _TIME_ADJUNCT, _THAT_ADJUNCT):
                adjunct = pattern.match(text, pos, end)
                if adjunct is not None and adjunct.end() > pos:
                    phrase = text[adjunct.start() : adjunct.end()].strip(" ,")
                    if when is None and _TIME_ADJUNCT.search(phrase):
                        when = phrase
                    pos = adjunct.end()
                    break
            else:
                break
        opener = _OPENER.match(text, pos, end)
        if opener is not None:
            pos = opener.end()
        return pos, when, bool(opener and "that" in opener.group())

    def _resumed_quote(
        self, before: tuple[Span, StatementKind], cue: Span, end: int
    ) -> Span | None:
        """'“X,” Tester said, referring to the excuse, “Y.”': a direct quotation resumed at
        the end of its sentence after a comment on it; the span over both parts."""
        last = self._last_quote((cue[1], end))
        if before[1] != "direct" or last is None or last.start < cue[1]:
            return None
        if not self._only_punctuation(last.end, end) or not _RESUMING.search(
            self.text, max(cue[1], last.start - 8), last.start
        ):
            return None
        comment = _WORDS.findall(self.text, cue[1], last.start)
        if any(word.endswith("ing") and word in SPEECH_CUES for word in comment):
            return None  # '“A,” he said, adding, “B.”': B is a statement of its own
        return (before[0][0], last.content[1])

    def _adverbial(self, span: Span) -> bool:
        """Whether text[span] is only an adverbial clause ("But when Congress cut funding"),
        which sets the scene of an attribution and is not what was said; with a main clause
        after a comma ("If Trump wins, the rules go") it is content."""
        if "," in self.text[span[0] : span[1]]:
            return False
        words = _WORDS.findall(self.text, span[0], min(span[1], span[0] + 24))[:2]
        if words and words[0].lower() in {"but", "and", "so", "yet"}:
            words = words[1:]
        return bool(words) and words[0].lower() in SUBORDINATORS

    def _subordinate(self, span: Span) -> bool:
        """Whether content after "X said," is a subordinate clause ("as they ...", "adding")."""
        first = _WORDS.search(self.text, span[0], span[1])
        word = first.group().lower() if first is not None else ""
        return word in PREPOSITIONS or (word.endswith("ing") and word in _PARTICIPLES)

    def _content(
        self, start: int, end: int, reported: bool = False, name: bool = False
    ) -> tuple[Span, StatementKind] | None:
        """The content in text[start:end] and its kind, or None if too short to be one.

        `reported`: introduced as reported speech ("that"), so a quotation in it is mixed.
        `name`: the object of a stance cue, which may be a single name ("endorsed Trump")."""
        span = strip(self.text, (start, end))
        span = strip(self.text, span, _TRIM_END + " \n")
        if not _TWO_WORDS.search(self.text, span[0], span[1]) and not (
            name and _ONE_NAME.fullmatch(self.text, span[0], span[1])
        ):
            return None
        first, last = self._first_quote(span), self._last_quote(span)
        if first is None or last is None:
            return span, "indirect"
        tail = not self._only_punctuation(last.end, span[1])
        if first.start == span[0] and first is last and not tail:
            return first.content, "mixed" if reported else "direct"
        s, e = span
        if first.start == s:
            s = first.content[0]
        if last.end > e:
            e = last.content[1]
        elif last.end >= e - 1 and not tail:
            e = last.content[1]
        return (s, e), "mixed"

    def _colon(self, cue: Span, phrase: Phrase, sentence: Span, when: str | None) -> _Found | None:
        """ "X said:" and the quotation that follows, in this sentence or the next paragraph."""
        text = self.text
        if not text[cue[1] : sentence[1]].rstrip().endswith(":"):
            return None
        quote = self._first_quote((sentence[1], min(len(text), sentence[1] + 3)))
        if quote and not text[sentence[1] : quote.start].strip():
            return _Found(quote.content, "direct", phrase, cue, when)
        following = self._paragraph_after(sentence[1])
        if following is None or len(_WORDS.findall(text, *following)) < 6:
            return None
        return _Found(following, "direct", phrase, cue, when)  # a block quotation

    def _paragraph_after(self, pos: int) -> Span | None:
        """The paragraph that follows `pos` when `pos` ends a paragraph."""
        i = bisect.bisect_left(self.para_starts, pos)
        if i == 0 or i >= len(self.paras) or self.paras[i - 1][1] != pos:
            return None
        return self.paras[i]

    def _naming(self, cue: Span, sentence: Span, phrase: Phrase) -> _Found | None:
        """ "dubbed it the “battle of the bulge”": the quoted name is what was said."""
        quote = self._first_quote((cue[1], sentence[1]))
        if quote and len(self.text[cue[1] : quote.start].split()) <= 4:
            if self._only_punctuation(quote.end, sentence[1]):
                return _Found(quote.content, "direct", phrase, cue)
            content = self._content(cue[1], sentence[1])
            return None if content is None else _Found(content[0], content[1], phrase, cue)
        return self._stance(cue, sentence, phrase)

    def _according(self, cue: Span, sentence: Span) -> _Found | None:
        """ "according to X": the content is the rest of the sentence, on either side."""
        text = self.text
        start = _skip_space(text, cue[1])
        phrase = phrase_after(text, start, sentence[1]) or self._source_phrase(start, sentence[1])
        if phrase is None:
            return None
        before = self._content(sentence[0], cue[0])
        after = self._content((phrase.appositive or phrase.span)[1], sentence[1])
        if after is None and phrase.appositive is not None:  # no appositive after all
            phrase = Phrase(phrase.span, phrase.words)
            after = self._content(phrase.span[1], sentence[1])
        if before is not None and after is not None:
            span = (before[0][0], after[0][1])
            return _Found(
                span, "mixed" if "direct" in {before[1], after[1]} else before[1], phrase, cue
            )
        found = before or after
        if found is None:
            return None
        return _Found(found[0], found[1], phrase, cue)

    def _source_phrase(self, start: int, end: int) -> Phrase | None:
        """Any noun phrase after "according to", up to its clause end: "federal statistics",
        "a 52-count civil complaint filed by the S.E.C."."""
        clause = _SOURCE_END.search(self.text, start, min(end, start + _SOURCE_LENGTH))
        if clause is None:
            return None
        span = strip(self.text, (start, clause.start()), _TRIM_END)
        words = tuple(self.text[span[0] : span[1]].split())
        return Phrase(span, words) if words and words[0].lower() not in RELATIVE_PRONOUNS else None

    def _unattributed(self, sentence: Span, para: int) -> None:
        """A sentence without a cue: a continued quote, a dash attribution, or "a report that"."""
        text = self.text
        start, end = sentence
        quote = self._first_quote(sentence)
        if quote is not None and quote.start == start:
            rest = text[quote.end : end]
            dash = _DASH_NAME.match(rest)
            if dash is not None:
                phrase = phrase_after(text, quote.end + dash.start(1), end)
                if phrase is not None:
                    self._emit(_Found(quote.content, "direct", phrase, None), para)
                    return
            words = _WORDS.findall(text, *quote.content)
            if len(words) >= 3 and not rest.strip(" .,;:!?"):
                if not _heading(words):
                    self._continue_quote(quote, para)
                return
            subject = self._subject_after_quote(quote, end)
            if subject is not None:
                self._emit(_Found(quote.content, "direct", subject, None), para)
                return
        self._nominals(sentence, para)

    def _opening_quote(self, sentence: Span, para: int, taken: Sequence[_Emitted]) -> None:
        """A quotation opening a sentence whose cue reports something else: '“Promise me,”
        Blige sings before asking her, “...”' — said by the subject after it."""
        quote = self._first_quote(sentence)
        if quote is None or quote.start != sentence[0]:
            return
        if any(s.span[0] <= quote.content[1] and quote.content[0] <= s.span[1] for s in taken):
            return
        subject = self._subject_after_quote(quote, sentence[1])
        if subject is not None:
            self._emit(_Found(quote.content, "direct", subject, None), para)

    def _subject_after_quote(self, quote: Quote, end: int) -> Phrase | None:
        """ "“Promise me,” Blige sings": a quotation ending in a comma, "?" or "!" and followed
        by a name or pronoun and a verb is said by them, whatever the verb."""
        if self.text[quote.content[1] - 1 : quote.content[1]] not in (",", "?", "!"):
            return None
        if len(_WORDS.findall(self.text, *quote.content)) < 3:
            return None  # a title or a name: "“Hamilton,” Broadway’s biggest hit, ..."
        phrase = phrase_after(self.text, _skip_space(self.text, quote.end), end)
        if phrase is None or phrase.bare or phrase.appositive is not None:
            return None
        if _POSSESSIVE_END.search(phrase.words[-1]):
            return None
        verb = _WORDS.match(self.text, _skip_space(self.text, phrase.span[1]))
        return phrase if verb is not None and verb.group().islower() else None

    def _nominals(self, sentence: Span, para: int, taken: Sequence[_Emitted] = ()) -> None:
        """The nouns that report content in `sentence`: "a report that ..." (to the end of the
        sentence), "questions about ...", "its pledge to ..." (to the end of the clause). The
        speaker is the possessor ("Trump’s claim", "his pledge"), the document itself, or else
        the subject of the sentence ("Trump is raising questions about").
        Beside the `taken` statements (found by cues), a noun's content ends where the next of
        them begins, and nouns inside them are left out."""
        if not self._holds(sentence, self.nominal_starts):
            return
        text = self.text
        start = sentence[0]
        # Each taken statement from its first word (speaker, cue or content) to its end.
        spans = [
            (min(p[0] for p in (s.span, s.speaker_span, s.cue_span) if p), s.span[1]) for s in taken
        ]
        for nominal in _NOMINAL.finditer(text, *sentence):
            at = nominal.start()
            if self._quote_at(at) is not None or any(a <= at < b for a, b in spans):
                continue
            end = min([a for a, _ in spans if a > at], default=sentence[1])
            lead = _NOMINAL_LEAD.search(text, max(start, at - 40), at)
            word = nominal.group("cue")
            that = _NOUN_THAT.match(text, nominal.end(), end)
            if " " in word or (word in INTENT_NOUNS and _TO_VERB.match(text, nominal.end(), end)):
                content = self._content(nominal.end(), self._clause_end(nominal.end(), end))
            elif word in NOMINAL_CUES and that is not None:
                content = self._content(that.end(), end)
            else:
                continue
            if content is None:
                continue
            cue = nominal.span("cue")
            holder = self._possessor(lead, cue) or self._sentence_subject(start, at)
            self._emit(_Found(content[0], content[1], holder, cue), para)

    def _possessor(self, lead: re.Match[str] | None, cue: Span) -> Phrase | None:
        """Who holds the claim a reporting noun names: the possessor before it, or the noun
        phrase itself when it is a document ("a report that ...")."""
        if lead is None:
            return None
        if lead.group("possessor"):
            return phrase_before(self.text, max(0, lead.start() - _LEAD), lead.start())
        if lead.group("pronoun"):
            return Phrase(lead.span("pronoun"), (lead.group("pronoun"),))
        if self.text[cue[0] : cue[1]].split()[0].lower() in DOCUMENT_WORDS:
            span = (lead.start(), cue[1])
            return Phrase(span, tuple(self.text[span[0] : span[1]].split()))
        return None

    def _continue_quote(self, quote: Quote, para: int) -> None:
        """A quotation without attribution: part of the previous statement, or its speaker's."""
        if not self.statements or para - self.last_para > 1:
            return
        previous = self.statements[-1]
        if para == self.last_para:
            # The quotation the last one comments on, if any: '“A,” said X, speaking of B. “C.”'
            for index in (-1, -2)[: len(self.statements)]:
                quoted = self.statements[index]
                if quoted.kind not in ("direct", "mixed") or quoted.speaker != previous.speaker:
                    continue
                if self.paras[para][0] <= quoted.span[1] > quote.start - 200:
                    span = (quoted.span[0], max(quoted.span[1], quote.content[1]))
                    self.statements[index] = quoted._replace(span=span)
                    self.covered = max(self.covered, quote.end)
                    return
        self.statements.append(
            _Emitted(quote.content, "direct", previous.speaker, previous.speaker_span)
        )
        self.covered = max(self.covered, quote.end)
        self.last_para = para

    def _emit(self, found: _Found, para: int) -> None:
        speaker, mention = (None, None)
        if found.phrase is not None:
            speaker, mention = self.speakers.resolve(found.phrase)
        first = _WORDS.match(self.text, found.span[0])
        if first is not None and first.group().lower() in PERSON_PRONOUNS:
            self.speakers.hint_gender(speaker, first.group().lower())
        cue_text = None if found.cue is None else self.original[found.cue[0] : found.cue[1]]
        self.statements.append(
            _Emitted(found.span, found.kind, speaker, mention, cue_text, found.cue, found.when)
        )
        self.covered = max(self.covered, found.span[1])
        self.last_para = para


def _sentence_case_headlines(text: str, paras: list[Span]) -> tuple[str, frozenset[int]]:
    """`text` with its title-case headlines ("Trump Warns Clinton Will Raise Taxes") in
    sentence case for the cues and function words ("Trump warns Clinton will Raise Taxes"),
    so that they read as the sentences they are; names keep their capitals. Same length.
    Also the starts of those headlines."""
    parts: list[str] = []
    starts: set[int] = set()
    done = 0
    for start, end in paras:
        if end - start > _HEADLINE_LENGTH or not _title_case(text, start, end):
            continue
        parts.append(text[done:start])
        parts.append(_HEADLINE_WORD.sub(_lower_known, text[start:end]))
        starts.add(start)
        done = end
    if not parts:
        return text, frozenset()
    parts.append(text[done:])
    return "".join(parts), frozenset(starts)


def _title_case(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a headline in title case: every word of four letters or
    more after the first is capitalised, and there are at least three of them."""
    first = _LONG_WORD.search(text, start, end)
    if first is None or _LOWER_LONG_WORD.search(text, first.end(), end):
        return False  # most paragraphs: a long word in lower case, found early
    long_words = _LONG_WORD.findall(text, first.end(), end)
    return len(long_words) >= 3 and all(w[0].isupper() for w in long_words)


def _lower_known(match: re.Match[str]) -> str:
    word = match.group()
    lower = word.lower()
    return lower if lower in _HEADLINE_LOWER and len(lower) == len(word) else word


def _heading(words: list[str]) -> bool:
    """Whether quoted words are a section heading ("‘Coal Isn’t the Villain.’"), not a
    quotation: a few words, each capitalised but short function words."""
    return len(words) <= 8 and all(w[0].isupper() or len(w) < 4 for w in words)


def _may_open_adjunct(word: str) -> bool:
    """Whether `word` may open a place, time or listener phrase after a cue (what
    `_VENUE_ADJUNCT`, `_TIME_ADJUNCT` and `_THAT_ADJUNCT` may match)."""
    return word in _ADJUNCT_OPENERS or word.lower() in TIME_WORDS


def _participle(cue: str) -> bool:
    """Whether a cue is a participle ("arguing", "referring to")."""
    return cue.split(" ", 1)[0].endswith("ing")


def _span_key(statement: _Emitted) -> Span:
    return statement.span


def _passive(between: str, word: str) -> bool:
    """Whether the words between subject and cue make the cue passive ("has been charged")."""
    if word.endswith("ing"):
        return False  # "have been demanding": progressive, not passive
    words = between.lower().split()
    if any(w in {"been", "being", "be"} for w in words):
        return True
    return word.endswith("ed") and any(w in {"is", "are", "was", "were"} for w in words)


def _skip_space(text: str, pos: int, also: str = "") -> int:
    """The first position from `pos` that is not a space (nor one of `also`)."""
    while pos < len(text) and (text[pos].isspace() or text[pos] in also):
        pos += 1
    return pos
