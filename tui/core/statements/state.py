"""What every stage shares: the text, its paragraphs, quotations, cues and reporting nouns
(found once, looked up by bisection), the statements emitted so far, and the helpers that
turn a stretch of text into content.

A stage finds a statement as a `Found` (span, kind, speaker phrase, cue) and hands it to
`State._emit`, which resolves the speaker and appends an `Emitted`; `covered` (the end of the
last statement) keeps later stages off text already taken."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from itertools import islice
from operator import itemgetter
from typing import NamedTuple

from tui.core.given_names import FEMALE_NAMES, GIVEN_NAMES, MALE_NAMES
from tui.core.lexicon import (
    ANSWERING_CUES,
    ASKING_CUES,
    AUTHOR_PRONOUNS,
    AUXILIARY_VERBS,
    EXTRAPOSING_WORDS,
    FUNCTION_WORDS,
    IRREGULAR_VERB_FORMS,
    MARKET_INSTRUMENTS,
    NO_ANTECEDENT_WORDS,
    OPENING_PREPOSITIONS,
    ORGANIZATION_WORDS,
    PAST_AS_BASE_VERBS,
    PERSON_PRONOUNS,
    PREDICATE_OPENERS,
    PREPOSITIONS,
    QUESTION_WORDS,
    RAISING_WORDS,
    ROLE_NOUNS,
    THING_PRONOUNS,
    WORK_NOUNS,
)
from tui.core.model import Span, StatementKind
from tui.core.speaker_kinds import people_noun
from tui.core.speakers import Phrase, Speakers, phrase_after, phrase_before
from tui.core.speakers.gender import GENDERED_NOUNS
from tui.core.speakers.registry_shared import _AGE_ASIDE
from tui.core.speakers.tokens import _ARTICLES, Token, _phrase_of, tokens
from tui.core.statements.patterns import (
    ADJUNCT_BEFORE_SUBJECT,
    CLAUSE_COMMA_OR_QUOTED,
    CUE_VERBS,
    FINITE_VERB,
    LONGEST_CLAUSE,
    PARTITIVE_AT,
    PARTITIVE_OF,
    TRIM_END,
    WORDS,
    skip_space,
    word_before,
)
from tui.core.statements.rejections import rejection
from tui.core.text import (
    Quote,
    alternation,
    holds,
    opens_title,
    quotes,
    strip,
    terminal_marks,
    title_words,
)

# The verb ending a subject with an "of" phrase: a finite verb, or a past not in "-ed" ("A
# group of nurses *held* signs", "A handful of staff *made* banners").
_OF_SUBJECT_VERB = re.compile(
    FINITE_VERB.pattern + r"|\b(?:" + alternation(IRREGULAR_VERB_FORMS) + r")\b"
)
_PEOPLE_DETERMINERS = frozenset({"the", "its", "their", "his", "her"})  # "The marchers"
_COUNTED_SUBJECT_WORDS = 7  # words of a counted subject and its verb: "A handful of ... held"
# A clause of cause or time after a market's move: "fell *after* the company cut ...".
_CAUSE = re.compile(r"\s(?:after|as|when|because)\s+")
_ASKED_PERSONS = frozenset({"him", "her"})  # "asked him whether ...": put to someone
# A subject pronoun, a copula or a word ending as a verb may ("died", "knows"): two words
# with one are a clause, no short answer.
_CLAUSE_WORD = re.compile(r"\b(?i:i|we|you|he|she|they|it|is|was|are|were)\b|\w(?:ed|s)\b")

_START = itemgetter(0)  # of a span, or of a quote
_TRIM = TRIM_END + " \n•·▪"  # around content, once stripped of spaces (and list marks)
_TWO_WORDS = re.compile(r"\w+\W+\w")
# After a quotation, where it was had: no more of what was said ('said, “...,” according to
# a transcript').
# Between two quotations of one speaker's, the narrator's "and" and a time: 'said, “A,” and
# then, seconds later, “B.”' (one statement in two parts; not '“A” and that “B”').
_SECOND_QUOTE_GAP = re.compile(r"\s*,?\s*and\b(?!\s+that\b)[^“”\"‘’.;:]{0,40},\s*")
_ACCORDING_TAIL = re.compile(r"\W*according\s+to\b[^“”\"]*")
# The writer's aside between a quotation and its attribution, in brackets or between dashes:
# a translation ("“Nous sommes prêts” (We are ready), Roy said", "“Basta” — enough — Roy
# said") or a note ("(translated from French)"); not the speaker's words.
_ASIDE_TAIL = re.compile(
    r"\s*(?:\([^()\n]{1,200}\)|\[[^\[\]\n]{1,200}\]|[—–] [^—–\n“”\"]{1,120}(?: [—–])?)\W*"
)
# The writer's translation of a quotation, a second one after it: "“Nous sommes prêts,”
# which translates to “We are ready,” Roy said"; the first alone is what was said.
_TRANSLATED_AS = re.compile(
    r"\s*,?\s*(?:which|that)\s+(?:roughly\s+)?(?:translates|means)\s+(?:roughly\s+)?(?:to|as)?\s*"
)
# A pronoun opening what a speaker said that stands for the speaker: "X said he ...", "X
# said it ...": a hint of X's gender, or of X's kind when X is a name of unknown kind.
_REFERRING_PRONOUNS = PERSON_PRONOUNS | THING_PRONOUNS
# An "it" that stands for the clause after it, no one: "Hale said it was too early to tell",
# "it was likely that ..." (not "it was likely to cut jobs": the speaker).
_EXTRAPOSED_IT = re.compile(
    r"\s+(?:is|was|will\s+be|would\s+be|has\s+been|had\s+been|seemed|seems|remained|remains)"
    r"\s+(?:(?:" + alternation(EXTRAPOSING_WORDS) + r")\b"
    r"|(?:" + alternation(RAISING_WORDS) + r")\b(?!\s+to\b))",
    re.IGNORECASE,
)
_ONE_NAME = re.compile(r"[A-Z][\w’'-]+\.?")
# The ends of sentences: a question and its answer are at most one apart ("She asked one
# resident how long it took. He replied ...").
_SENTENCE_ENDS = re.compile(r"[.?!][”\"’]?\s")
# One word, no pronoun ("denied wrongdoing", not "denied it": what, the text before tells) and
# no adverb ("denied again", "denied strongly").
_ONE_WORD = re.compile(
    r"(?!(?i:it|this|that|these|those|them|him|her|so|again|too|also|once|twice|repeatedly)\b)"
    r"(?![^\W\d_]+ly\b)[^\W\d_]+\.?"
)
# Where the object of a stance cue ends: a new clause, not a comma inside a list or before a
# relative clause ("cited delays in the harbour, the yards and elsewhere that ..."), nor
# ", and" before more of the object ("public safety, and a need to ..."), nor "but" before
# one last word ("described her as demanding but fair."); a concessive clause is one ("backs
# the deal although ...").
_CLAUSE_END = re.compile(
    r"[;—–―\s,](?:(?<=[;—–―])|(?<=\s)-\s|(?<=,)\s(?:but|while|because)\s"
    r"|(?<=\s)(?:but(?!\s+[a-z]+[.,;!?])|while|because|despite|although|(?:even\s+)?though)\s"
    r"|(?<=,)\s+and\s+(?=(?:he|she|they|it|we|I)\s|" + ADJUNCT_BEFORE_SUBJECT + r"))"
)  # = r"[;—–―]|\s-\s|,?\s(?:but(?!...)|while|...)\s|,\s+and\s+(?=...)", its first
# character a set, so the regex engine skips to the next candidate by a table lookup

# "but" joining two modifiers of one noun after "a" or "an", no clause: "a tough but fair
# boss", "a small but vocal group" (not "a complaint but police said", "a call but no one").
_MODIFIER_BEFORE_BUT = re.compile(r"\b(?i:a|an)\s+[a-z]+$")
_MODIFIER_AFTER_BUT = re.compile(r"\s+but\s+([a-z]+)\s+([a-z]+)\b(?:\s+([a-z]+)\b)?")


def _verb_like(lower: str) -> bool:
    """Whether a lower-case word may be a verb: a cue, an auxiliary or a past in -ed."""
    return lower in CUE_VERBS or lower in AUXILIARY_VERBS or lower.endswith("ed")


def _joins_modifiers(text: str, pos: int) -> bool:
    """Whether " but " at `pos` joins two modifiers of the noun after them ("a tough but
    fair boss"): "a" or "an" and one word before it, and after it two words, neither a
    function word nor a verb's ("but police said", "but the mayor"), and only a function word
    or nothing after them: not "a levy but city staff said it was illegal", "a failure but
    council staff disagree" (a clause of its own, its verb after the two words)."""
    after = _MODIFIER_AFTER_BUT.match(text, pos)
    if after is None or _MODIFIER_BEFORE_BUT.search(text, max(0, pos - 24), pos) is None:
        return False
    modifier, noun, verb = after.groups()
    return (
        modifier not in FUNCTION_WORDS
        and noun not in FUNCTION_WORDS
        and not _verb_like(noun)
        and (verb is None or verb in FUNCTION_WORDS)
    )


def _market_head(words: tuple[str, ...]) -> bool:
    """Whether a subject's head, before its "of" or "in" if any, is a thing a market trades
    ("Shares of Orvell", "Bond yields", "The stock")."""
    lower = [w.lower() for w in words]
    cut = next((k for k, w in enumerate(lower) if w in ("of", "in")), len(lower))
    return cut > 0 and lower[cut - 1] in MARKET_INSTRUMENTS


def _resumed_at(text: str, pos: int) -> bool:
    """Whether `pos` opens a paragraph with a quotation mark: where a quotation that runs over
    paragraphs resumes."""
    if text[pos : pos + 1] not in _RESUMING_MARKS:
        return False
    while pos > 0 and text[pos - 1] in " \t":
        pos -= 1
    return pos == 0 or text[pos - 1] == "\n"


_RESUMING_MARKS = frozenset("“\"‘«„»'")


# A determiner opening a phrase that may name a person (`_person_in`): "the union boss".
_PERSON_DETERMINER = re.compile(r"\b(?:[Tt]he|[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir|[Yy]our)\s")
_PLURAL_HEAD = re.compile(r"[^s']s$")  # "liberals", "nurses"; not "boss", "actress"


class Emitted(NamedTuple):
    """A statement as found, its speaker a working id: numbered and made a `Statement` at
    the end (a tuple, as thousands are made and amended on the way)."""

    span: Span
    kind: StatementKind
    speaker: str | None
    speaker_span: Span | None
    cue: str | None = None
    cue_span: Span | None = None
    when: str | None = None


class Found(NamedTuple):
    """A statement before its speaker is resolved (a tuple, as thousands are made)."""

    span: Span
    kind: StatementKind
    phrase: Phrase | None
    cue: Span | None
    when: str | None = None


class State:
    """The text and what is found in it, shared by every stage."""

    def __init__(
        self,
        original: str,
        text: str,
        paras: list[Span],
        headlines: frozenset[int],
        cues: list[Span],
        nominal_starts: list[int],
        items: Sequence[int] = (),
    ) -> None:
        """`text` is `original` with its title-case `headlines` (their starts) in sentence
        case; `cues` and `nominal_starts` are where its cues and reporting nouns are; `items`
        where a briefs page's items end (`item_ends`)."""
        self.original = original
        self.text = text
        self.paras = paras
        self.headlines = headlines
        self.headings: list[int] = []  # the starts of sections' headings (labels.py)
        self.headline_ends: list[int] = []  # the headline's and standfirsts' (pipeline.py)
        self.teams: frozenset[str] | None = None  # the labels of schedule entries (labels.py)
        # The ends of the labels in capitals heading briefs, by paragraph start (labels.py)
        self.brief_labels: dict[int, int] = {}
        self.quotes = quotes(text, paras)
        self.marks = terminal_marks(text)  # where sentences may end, for `sentences`
        self.para_starts = list(map(_START, paras))  # map: no Python loop over thousands
        self.quote_starts = list(map(_START, self.quotes))
        # Every cue and reporting noun, found in one scan each: most sentences have neither,
        # and a sentence looks its own up by bisection.
        self.cues = cues
        self.cue_starts = list(map(_START, cues))
        self.nominal_starts = nominal_starts
        self.speakers = Speakers(text, items)
        self.statements: list[Emitted] = []
        self.covered = 0  # the end of the last statement: text before it is taken
        # The narrator's appositions summing up a clause reported ("..., a claim that critics
        # disputed"): no reporting noun in them makes a statement.
        self.summings: list[Span] = []
        # The last interview cut off a content's end ("..., when I called her about the
        # layoffs."): the reporter's contact, whose cues make no statement.
        self.interview: Span = (-1, -1)
        # Comparisons with what others expected after an interrupting attribution ("..., the
        # agency said, below the 2% forecast by economists"): the reporter's, whose cues
        # make no statement.
        self.compared: list[Span] = []
        self.last_para = -1  # the paragraph of the last statement
        self.idle: Span = (-1, -1)  # the last sentence read that made no statement
        self.clause_start = 0  # where the sentence whose cues are read starts, past taken text
        # The speaker of a transcript's answers and its mention, once its first turn is read.
        self.interviewee: tuple[str | None, Span | None] | None = None
        # Whether the text before the first turn announces a whole transcript ("edited"),
        # once a turn is read.
        self.announced: bool | None = None
        # Where the words of each label in capitals stand in prose (`Labels._prose_mentions`).
        self.prose_mentions: dict[str, list[Span]] = {}
        # The sentences of the transcript's turn whose quoted sayings are read
        # (`_antecedent_in_turn`), if any.
        self.within_turn: list[Span] | None = None
        # The last transcript's turn ("A: ...", "LEE: ..."): its paragraph, and who spoke it
        # (a speaker and its mention), or None for a question.
        self.turn: tuple[int, tuple[str | None, Span | None] | None] | None = None
        self._rejections: dict[tuple[Span, Span | None], str | None] = {}  # by content and cue
        # A cue's verb of contact before its purpose "to" (cues.py), asked of up to three
        # stages per cue: by the start searched from and the cue's start.
        self.contacts: dict[Span, re.Match[str] | None] = {}
        # The last subject phrase resolved, and its speaker and mention (`_emit`).
        self.last_subject: tuple[Span | None, tuple[str | None, Span | None]] = (None, (None, None))

    def _kept(self, statement: Emitted) -> bool:
        """Whether `statement` may be a statement (no `rejection`), judged once for its content
        and cue: a reporting noun's sentence asks before the end does."""
        key = (statement.span, statement.cue_span)
        if key not in self._rejections:
            self._rejections[key] = rejection(self.text, *key)
        return self._rejections[key] is None

    def _quotes_in(self, span: Span) -> list[Quote]:
        """The quotes overlapping `span`."""
        first = self._first_index(span)
        last = bisect.bisect_left(self.quote_starts, span[1])
        return self.quotes[first:last] if first < last else []

    def _first_index(self, span: Span) -> int:
        i = bisect.bisect_left(self.quote_starts, span[0])
        return i - 1 if i and self.quotes[i - 1].end > span[0] else i

    def _first_quote(self, span: Span) -> Quote | None:
        """The first quote overlapping `span`, found in logarithmic time."""
        quotes = self.quotes
        i = bisect.bisect_left(self.quote_starts, span[0])
        if i and quotes[i - 1].end > span[0]:
            return quotes[i - 1]
        return quotes[i] if i < len(quotes) and quotes[i].start < span[1] else None

    def _last_quote(self, span: Span) -> Quote | None:
        """The last quote overlapping `span`."""
        i = bisect.bisect_left(self.quote_starts, span[1]) - 1
        if i < 0:
            return None
        quote = self.quotes[i]
        return quote if quote.end > span[0] else None

    def _quote_at(self, pos: int) -> Quote | None:
        """The quote whose marks enclose `pos`, if any."""
        i = bisect.bisect_right(self.quote_starts, pos) - 1
        if i < 0:
            return None
        quote = self.quotes[i]  # its start is at or before `pos`
        return quote if pos < quote.end else None

    def _quote_opening_at(self, pos: int) -> bool:
        """Whether a quotation's content starts at `pos`."""
        quote = self._quote_at(pos)
        return quote is not None and quote.content[0] == pos

    @staticmethod
    def _holds(span: Span, *starts: list[int]) -> bool:
        """Whether any of the sorted positions `starts` lies in `span`."""
        for positions in starts:
            if holds(positions, span[0], span[1]):
                return True
        return False

    def _only_punctuation(self, start: int, end: int) -> bool:
        """Whether text[start:end] holds nothing but a few spaces and punctuation marks."""
        return end - start <= 4 and not self.text[start:end].strip(" .,;:!?\n")

    def _content(
        self,
        start: int,
        end: int,
        reported: bool = False,
        name: bool = False,
        one_word: bool = False,
    ) -> tuple[Span, StatementKind] | None:
        """The content in text[start:end] and its kind, or None if too short to be one.

        `reported`: introduced as reported speech ("that"), so a quotation in it is mixed.
        `name`: the object of a stance cue, which may be a single name ("endorsed Trump").
        `one_word`: the object of a denial or an admission, which may be one word ("denied
        wrongdoing").
        One word is content as a whole quotation ("“Yes,” she said"; "“Hopefully,” he said,
        “...”"; "she said: “No.”")."""
        span = strip(self.text, (start, end))
        span = strip(self.text, span, _TRIM)
        if not _TWO_WORDS.search(self.text, span[0], span[1]) and not (
            (name and _ONE_NAME.fullmatch(self.text, span[0], span[1]))
            or (one_word and _ONE_WORD.fullmatch(self.text, span[0], span[1]))
            or self._one_word_quote(span)
        ):
            return None
        last = self._last_quote(span)
        if last is None:
            return span, "indirect"
        first = self._first_quote(span)
        if first is None:
            return span, "indirect"
        if (first.start > span[0] or first.end < span[1] - 1) and self._titles_only(first, span[1]):
            # a title among other words, not a quotation that is all the content; a comma
            # inside its closing mark is the sentence's, so the content ends before it, as a
            # span cannot leave it out and keep the mark ('went to "Cold Water Kings," said
            # Lee': 'went to "Cold Water Kings'; 'went to "Cold Water Kings" on Friday, said
            # Lee' keeps the mark)
            if last.end >= span[1] and self.text[last.content[1] - 1] == ",":
                return (span[0], last.content[1] - 1), "indirect"
            return span, "indirect"
        tail = not self._only_punctuation(last.end, span[1]) and not (
            _ACCORDING_TAIL.fullmatch(self.text, last.end, span[1])
            or _ASIDE_TAIL.fullmatch(self.text, last.end, span[1])
        )
        # A quotation opening the span, or one that runs over paragraphs and resumes at its
        # start ("“A.¶“B,” Lee said": the span opens at the mark before B); from there only
        # when its earlier paragraphs are another statement's.
        opening = first.content[0]
        opens = first.start == span[0]
        if first.start < span[0] and _resumed_at(self.text, span[0]):
            opens = True
            if first.start < self.covered:
                opening = span[0] + 1
        if opens and first is last and not tail:
            return (opening, first.content[1]), "mixed" if reported else "direct"
        if opens and not tail and _SECOND_QUOTE_GAP.fullmatch(self.text, first.end, last.start):
            return (opening, last.content[1]), "mixed" if reported else "direct"
        if opens and not tail and _TRANSLATED_AS.fullmatch(self.text, first.end, last.start):
            return (opening, first.content[1]), "mixed" if reported else "direct"
        s, e = span
        if opens:
            s = opening
        if last.end > e:
            e = last.content[1]
        elif last.end >= e - 1 and not tail:
            e = last.content[1]
        return (s, e), "mixed"

    def _titles_only(self, first: Quote, end: int) -> bool:
        """Whether the quotations from `first` up to `end` are all works' titles, no words
        said: the words of each capitalised but the small ones, no sentence's mark ending
        them, two words or more or one after a work's noun ("“Salt Lines” is her best work,
        the critic wrote", "her single “Blue” topped the chart"; not "called it “Absurd”")."""
        text = self.text
        i = bisect.bisect_left(self.quote_starts, first.start)
        for quote in self.quotes[i : bisect.bisect_left(self.quote_starts, end, i)]:
            words = text[quote.content[0] : quote.content[1]].split()
            if (
                not title_words(words)
                or text[quote.content[1] - 1] in ".!?"
                or (len(words) < 2 and word_before(text, quote.start).lower() not in WORK_NOUNS)
            ):
                return False
        return True

    def _one_word_subject(self, start: int, end: int, predicate: Span) -> Span | None:
        """The subject of one word in text[start:end] (no pronoun, no adverb) before an
        interrupting attribution whose other side, `predicate`, opens with a verb: "Turnout,
        she said, was 61 percent" ("Turnout"); None before "However, she said, the plan"."""
        span = strip(self.text, strip(self.text, (start, end)), _TRIM)
        first = WORDS.match(self.text, predicate[0], predicate[1])
        if (
            first is None
            or not (first.group().lower() in PREDICATE_OPENERS or first.group().endswith("ed"))
            or not self.text[span[0] : span[0] + 1].isupper()
            or _ONE_WORD.fullmatch(self.text, span[0], span[1]) is None
        ):
            return None
        return span

    def _one_word_quote(self, span: Span) -> bool:
        """Whether `span` is one quoted word ending in a comma, "?", "!" or "." ("“Yes,”")."""
        quote = self._quote_at(span[0])
        return (
            quote is not None
            and quote.start == span[0]
            and quote.end >= span[1]
            and self.text[quote.content[1] - 1 : quote.content[1]] in (",", "?", "!", ".")
        )

    def _clause_end(self, start: int, end: int) -> int:
        """Where the clause from `start` ends: a clause boundary, or the sentence end `end`.
        The search is bounded, so a sentence of any length costs each cue the same."""
        reach = min(end, start + LONGEST_CLAUSE)
        clause = _CLAUSE_END.search(self.text, start, reach)
        while clause is not None and _joins_modifiers(self.text, clause.start()):
            clause = _CLAUSE_END.search(self.text, clause.end(), reach)  # "a tough but fair"
        return clause.start() if clause is not None else end

    def _sentence_subject(
        self, start: int, end: int, *, skip_participles: bool = True
    ) -> Phrase | None:
        """The name, role or pronoun opening a sentence (or its main clause, after an
        opening phrase: "On Thursday, however, Trump spoke ...") and followed by its verb:
        the speaker of a participle cue later in it ("..., saying ..."). After a quotation
        opening the sentence, the subject follows it: "“...,” Blige sings before asking".
        A capitalised participle opening it is passed over (`skip_participles`) when a subject
        is found after it, else read as a name ("Browning on the bench read it and said")."""
        quote = self._quote_at(start)
        if quote is not None and quote.start == start:
            start = skip_space(self.text, quote.end)
        first, skipped = start, False
        for _ in range(3):
            phrase = phrase_after(self.text, start, end)
            if skip_participles and phrase is not None and self._participle_opening(phrase):
                phrase, skipped = None, True  # "Standing on the steps, Lee read it and said"
            if phrase is not None and phrase.words[0].lower() in OPENING_PREPOSITIONS:
                phrase = None  # "Outside the venue, a handful of staff held": no one "Outside"
            if phrase is not None and not phrase.bare:
                after = phrase.end
                aged = _AGE_ASIDE.match(self.text, after)
                if aged is not None:  # "Emeka Obi, 31, filed ...": past an age set off, if any
                    after = aged.end()
                verb = WORDS.match(self.text, skip_space(self.text, after, ","))
                body = _body_before_its_verb(phrase, verb.group() if verb else "")
                if body is not None:
                    return body
                if verb is not None and verb.group() == "of":
                    return self._of_subject(phrase.span[0], verb.end(), end) or phrase
                if verb is not None and verb.group().islower():
                    if _market_head(phrase.words):
                        return self._cause_subject(after, end) or phrase
                    return phrase
            elif phrase is None and (partitive := PARTITIVE_AT.match(self.text, start)):
                group = self._of_subject(partitive.end(), partitive.end(), end)
                if group is not None and group.words[0].lower() in PARTITIVE_OF:
                    # "One of the senators walked out, saying": the partitive of the group
                    words = (*partitive.group().split(), *group.words)
                    return Phrase((start, group.span[1]), words, group.appositive)
            # the opening phrase ends at a comma, or at the mark after a title's comma ("After
            # the success of “Paper Boats,” Lee laughed, saying ..."; not a quotation's)
            reach = min(end, start + LONGEST_CLAUSE)
            comma = CLAUSE_COMMA_OR_QUOTED.search(self.text, start, reach)
            while comma is not None and comma.group() != "," and not self._closes_title(comma):
                comma = CLAUSE_COMMA_OR_QUOTED.search(self.text, comma.end(), reach)
            if comma is None:
                break
            start = skip_space(self.text, comma.end())
        # no subject after the participle: it was a surname ("Manning on the bench said")
        return self._sentence_subject(first, end, skip_participles=False) if skipped else None

    def _people_subject(
        self, start: int, end: int, verbs: frozenset[str] | None = None
    ) -> Phrase | None:
        """A common noun of people, a determiner before it or none, opening the clause at
        `start` before its verb (one of `verbs`, if given), which `_sentence_subject` passes
        over as bare ("Saying the plan was unfair, *protesters* walked out", "*The marchers*
        held banners reading"); None for any other opening."""
        ahead = tokens(self.text, start, end)[:_COUNTED_SUBJECT_WORDS]
        toks = ahead[:3]
        head = 1 if toks and toks[0].lower in _PEOPLE_DETERMINERS else 0
        if verbs is not None and (counted := self._counted_people(ahead, start, verbs)):
            return counted  # "Dozens of nurses held", "A handful of former staff held"
        if len(toks) < head + 2 or not people_noun(toks[head].word):
            return None
        verb = toks[head + 1]
        if not verb.word.isalpha() or not verb.word.islower() or verb.lower in PREPOSITIONS:
            return None
        if verbs is not None and verb.lower not in verbs:
            return None
        return _phrase_of(tuple(toks[: head + 1]))

    def _counted_people(
        self, toks: list[Token], start: int, verbs: frozenset[str]
    ) -> Phrase | None:
        """The subject from `start` up to the first of `verbs` in its next words `toks`, as
        read before a cue, when it ends in a noun of people ("Dozens of nurses", "A handful of
        former employees"); None otherwise."""
        verb = next((t for t in toks[1:] if t.lower in verbs), None)
        if verb is None:
            return None
        whole = phrase_before(self.text, start, verb.start)
        if whole is None or whole.span[0] != start or not people_noun(whole.words[-1]):
            return None
        return whole

    def _participle_opening(self, phrase: Phrase) -> bool:
        """Whether a phrase of one capitalised word in "-ing" opening a clause is a participle
        before a preposition or an article ("*Standing* on the steps,", "*Holding* a
        sign,"), no name ("Manning said")."""
        return len(phrase.words) == 1 and self._participle_at(phrase.words[0], phrase.span[1])

    def _participle_at(self, word: str, end: int) -> bool:
        """Whether `word`, ending at `end`, is a capitalised participle in "-ing" before a
        preposition or an article, as `_participle_opening` reads it."""
        if not word.endswith("ing"):
            return False
        following = WORDS.match(self.text, skip_space(self.text, end))
        return (
            word[0].isupper()
            and word not in GIVEN_NAMES
            and following is not None
            and (following.group() in PREPOSITIONS or following.group() in _ARTICLES)
        )

    def _of_subject(self, first: int, of_end: int, end: int) -> Phrase | None:
        """The subject from `first` with the "of" phrase ending at `of_end`, up to its verb,
        as read before a cue ("A group of white voters sued, arguing ...": not "A group"); None
        when no verb ends it before a comma or a subject phrase does not end there."""
        comma = self.text.find(",", of_end, end)
        upper = end if comma < 0 else comma
        for verb in islice(_OF_SUBJECT_VERB.finditer(self.text, of_end, upper), 3):
            # "A group of retired teachers sued": not "retired", a modifier
            whole = phrase_before(self.text, first, verb.start())
            if whole is not None and whole.span[0] == first and whole.span[1] > of_end:
                return whole
        return None

    def _closes_title(self, mark: re.Match[str]) -> bool:
        """Whether the closing mark `mark` (after a comma) ends a quotation that is a work's
        title ("“Paper Boats,”"), not words said ("“It never ended,”")."""
        quote = self._quote_at(mark.start())
        return quote is not None and opens_title(self.text, quote.start)

    def _cause_subject(self, start: int, end: int) -> Phrase | None:
        """The subject of the clause of cause in text[start:end] after a market's mover
        ("Shares fell after *the company* cut its forecast, citing ..."): shares and yields
        say nothing, the one whose act moved them spoke; None if no such clause (the shares
        are kept then: a statement with a poor speaker, not none)."""
        cause = _CAUSE.search(self.text, start, min(end, start + LONGEST_CLAUSE))
        if cause is None:
            return None
        phrase = phrase_after(self.text, cause.end(), end)
        if phrase is None or phrase.bare:
            return None
        verb = WORDS.match(self.text, skip_space(self.text, phrase.end))
        return phrase if verb is not None and verb.group().islower() else None

    def _asker(self, found: Found) -> str | None:
        """The speaker who asked the question the quotation `found` answers, after a pronoun
        ("Kerr asked what colour it was. “Red,” she said.": not Kerr, who asked): the last
        statement's, if a question (a question word, "if" or "whether" opening it, or its
        mark ending it) asked just before the quotation, itself no question, and the quotation
        an answer (`_answer`), or any words when the question was put to someone ("asked Tom
        Lee what ...", "asked him why"), when a verb of answering reports them, or when they
        call the asker by name ("Dana, ..."); else None. A clause after a question no one is
        asked is the asker's comment ("Lee asked why the council waited. “People died,” he
        said.")."""
        phrase = found.phrase
        if found.kind != "direct" or not self.statements or phrase is None:
            return None
        if self.text[found.span[1] - 1 : found.span[1]] == "?":
            return None  # a question again, no answer: maybe the asker's
        if phrase.pronoun not in PERSON_PRONOUNS or phrase.antecedent is not None:
            return None
        last = self.statements[-1]
        if last.cue is None or last.cue.lower() not in ASKING_CUES or last.span[1] > found.span[0]:
            return None
        quoted = self.text[found.span[0] : found.span[1]]
        if not (
            _answer(quoted)
            or self._replied(found)
            or self._put_to_someone(last)
            or self.speakers.addressed(last.speaker, quoted)
        ):
            return None
        opening = WORDS.match(self.text, last.span[0])
        question = opening is not None and opening.group().lower() in QUESTION_WORDS
        return (
            last.speaker
            if question or "?" in self.text[last.span[1] - 1 : last.span[1] + 1]
            else None
        )

    def _addressee_answering(self, found: Found) -> Phrase | None:
        """`found`'s pronoun (a person's, with no antecedent given) standing for the person a
        question was just put to, described and not named, when a verb of answering reports
        it ("She asked one resident how long it lasted, and he replied that ...": the
        resident; a name put to is found as a speaker already); None otherwise."""
        phrase = found.phrase
        if phrase is None or phrase.pronoun not in PERSON_PRONOUNS or phrase.antecedent is not None:
            return None
        if not self.statements or not self._replied(found):
            return None
        last = self.statements[-1]
        if last.cue is None or last.cue.lower() not in ASKING_CUES or last.cue_span is None:
            return None
        if (
            last.span[1] > phrase.span[0]
            or len(_SENTENCE_ENDS.findall(self.text, last.span[1] - 1, phrase.span[0])) > 1
        ):
            return None  # "asked one resident how ... . Tom Lee spoke next. He replied": Lee
        put = phrase_after(self.text, last.cue_span[1], last.span[0])
        if put is None or not put.words[0].islower() or not _may_be(put, phrase.pronoun):
            return None  # "asked him", "asked Tom Lee": resolved as it is
        return Phrase(phrase.span, phrase.words, antecedent=put)

    def _questioner(self, found: Found) -> str | None:
        """Who asked the question just answered, when a pronoun's quotation `found` asks
        again ("“Did you sign?” Ortt asked. “Yes,” Wray said. “Why?” she asked.": Ortt, who
        asked, not Wray, who answered; `Speakers.resolve` takes it only for a named asker);
        None if `found` is no question, or the two statements before it are no question and
        another speaker's answer, or if `found` speaks in the first person and the answerer's
        gender is unknown (“Why would I?” he asked, after Lind's answer: Lind's follow-up)."""
        phrase = found.phrase
        if found.kind != "direct" or phrase is None or len(self.statements) < 2:
            return None
        if phrase.pronoun not in PERSON_PRONOUNS or phrase.antecedent is not None:
            return None
        if self.text[found.span[1] - 1 : found.span[1]] != "?":
            return None
        question, answer = self.statements[-2], self.statements[-1]
        if (
            question.speaker is None
            or answer.speaker == question.speaker
            or not self._is_question(question)
            or self._is_question(answer)
        ):
            return None
        if answer.speaker is not None and self.speakers.gender(answer.speaker) is None:
            words = WORDS.findall(self.text, *found.span)
            if any(word.lower() in AUTHOR_PRONOUNS for word in words):
                return None
        return question.speaker

    def _is_question(self, statement: Emitted) -> bool:
        """Whether a statement asks: by its cue ("asked") or a question mark ending it."""
        cue = statement.cue
        end = statement.span[1]
        return (cue is not None and cue.lower() in ASKING_CUES) or "?" in self.text[
            end - 1 : end + 1
        ]

    def _replied(self, found: Found) -> bool:
        """Whether the cue of `found` is a verb of answering ("“...,” he replied")."""
        cue = found.cue
        return cue is not None and self.text[cue[0] : cue[1]].lower() in ANSWERING_CUES

    def _put_to_someone(self, question: Emitted) -> bool:
        """Whether the question was put to someone, named or by a pronoun, between its cue
        and what was asked, right after the cue ("asked Tom Lee what ...", "asked him whether
        ..."; not "asked in her speech whether", "asked on Monday why")."""
        if question.cue_span is None:
            return False
        first = self.text[question.cue_span[1] : question.span[0]].split()[:1]
        return bool(first) and (first[0][0].isupper() or first[0] in _ASKED_PERSONS)

    def _not_the_speakers_it(self, it: re.Match[str], cue: Span | None) -> bool:
        """Whether the "it" opening a content (`it`) stands for no speaker: the
        clause after it ("said it was too early to tell"), or a body told right between the
        cue and the content ("told the school board it had failed": the board)."""
        if _EXTRAPOSED_IT.match(self.text, it.end()):
            return True
        if cue is None:
            return False
        between = self.text[cue[1] : it.start()].split()
        # not a venue ("said in a statement that it ...") nor "that" after its listener; a
        # body told, which "it" may stand for (not "told reporters it", "said Monday it")
        return (
            bool(between)
            and between[0] not in PREPOSITIONS
            and between[-1] != "that"
            and any(word.lower() in ORGANIZATION_WORDS for word in between)
        )

    def _antecedent_in_turn(self, phrase: Phrase, turn: list[Span]) -> Phrase | None:
        """The speaker `phrase` of a saying quoted in a transcript's turn, its sentences
        `turn`: a name or a noun as it is; "he" or "she" standing for the person its own
        sentence opens with ("My uncle fished, and he always said, ‘...’"), else for the first
        person of the sentence right before in the turn ("My father mended nets. He used to
        say, ‘...’", "I called the union boss. She said, ‘...’"), of no other gender
        (`_may_be`); None for "I", "we", "they", "it", or no such person."""
        pronoun = phrase.pronoun
        if pronoun is None and phrase.words[0].lower() not in AUTHOR_PRONOUNS:
            return phrase
        if pronoun not in PERSON_PRONOUNS:
            return None
        told = [s for s in turn if s[0] <= phrase.span[0]]
        own = phrase_after(self.text, told[-1][0], phrase.span[0]) if told else None
        if own is not None and _may_be(own, pronoun):
            opening: Phrase | None = own  # "My uncle fished, and he said"
        else:
            opening = _person_in(self.text, told[-2], pronoun) if len(told) > 1 else None
        return None if opening is None else Phrase(phrase.span, phrase.words, antecedent=opening)

    def _emit(
        self, found: Found, para: int, resolved: tuple[str | None, Span | None] | None = None
    ) -> None:
        """Append `found` with its speaker resolved (or `resolved` already: a speaker and
        its mention); the text before its end is taken."""
        speaker, mention = resolved or (None, None)
        if found.phrase is not None and found.phrase.span == self.last_subject[0]:
            # "His lawyer said A and denied B": one subject of both verbs, one speaker, though
            # A named others its "his" might now stand for
            speaker, mention = self.last_subject[1]
        elif found.phrase is not None and self.within_turn is not None:
            told = self._antecedent_in_turn(found.phrase, self.within_turn)
            speaker, mention = (None, None) if told is None else self.speakers.resolve(told)
        elif found.phrase is not None:
            addressee = self._addressee_answering(found)
            speaker, mention = (
                self.speakers.resolve(addressee)
                if addressee is not None  # the antecedent given: no asker to weigh
                else self.speakers.resolve(
                    found.phrase, self._asker(found), self._questioner(found)
                )
            )
            self.last_subject = (found.phrase.span, (speaker, mention))
        span, kind, _, cue, when = found
        # In a quotation "she" is someone the speaker talks of: "“She is unfit,” Lee said";
        # reported speech quoting a phrase opens with the speaker's own pronoun ("said it
        # “complies with the law”").
        first = WORDS.match(self.text, span[0]) if kind in ("indirect", "mixed") else None
        pronoun = first.group().lower() if first else None
        if pronoun in _REFERRING_PRONOUNS and not (
            pronoun == "it" and first and self._not_the_speakers_it(first, cue)
        ):
            self.speakers.hint_gender(speaker, pronoun)
        cue_text = None if cue is None else self.original[cue[0] : cue[1]]
        self.statements.append(Emitted(span, kind, speaker, mention, cue_text, cue, when))
        self.covered = span[1] if span[1] > self.covered else self.covered
        self.last_para = para


def _person_in(text: str, sentence: Span, pronoun: str) -> Phrase | None:
    """The first person `sentence` names who may be "he" or "she" (`pronoun`): its
    opening phrase ("My father mended nets"), else the first phrase after a determiner
    ("In 1998 my father bought ...", "I called the union boss"); None when there is none
    ("Ottawa refused to help", "Tom Reyes quit" for "she")."""
    opening = phrase_after(text, *sentence)
    if opening is not None and _may_be(opening, pronoun):
        return opening
    for determiner in _PERSON_DETERMINER.finditer(text, *sentence):
        phrase = phrase_after(text, determiner.start(), sentence[1])
        if phrase is not None and _may_be(phrase, pronoun):
            return phrase
    return None


def _may_be(phrase: Phrase, pronoun: str) -> bool:
    """Whether `phrase` may be who "he" or "she" (`pronoun`) is: a role or a gendered noun
    for its head ("My neighbour", "My mother"), or a name whose given name a list knows
    ("Ann Lee"), of no other gender; not a body or a place ("Ottawa", "The Liberals", "The
    Coast Guard"), a determiner or a pronoun ("That"), nor "Nobody"."""
    if phrase.pronoun is not None:
        return False
    head = phrase.words[-1].lower()
    if head in NO_ANTECEDENT_WORDS:
        return False  # "Nobody came. He said": no person told
    if head in ROLE_NOUNS or head in GENDERED_NOUNS:  # of one, not "The Liberals", "the nurses"
        return GENDERED_NOUNS.get(head, pronoun) == pronoun and not _PLURAL_HEAD.search(head)
    given = phrase.words[0].lower()
    if len(phrase.words) < 2 or given not in GIVEN_NAMES:
        return False  # "The plan failed. He said", "Ottawa refused. She said"
    return pronoun == ("he" if given in MALE_NAMES else "she" if given in FEMALE_NAMES else pronoun)


def _answer(quoted: str) -> bool:
    """Whether a quotation is a short answer, no clause: a word ("Red"), or two with no
    subject pronoun nor verb in them ("Not today"; not "People died")."""
    words = quoted.split()
    return len(words) == 1 or (len(words) == 2 and not _CLAUSE_WORD.search(quoted))


def _body_before_its_verb(phrase: Phrase, next_word: str) -> Phrase | None:
    """ "The service forecast highs of 38C": a verb whose past is its base (`PAST_AS_BASE_VERBS`)
    ending a subject `phrase` after a body's noun or a name, with no verb after it
    (`next_word`), is the subject's verb: the phrase before it; None for any other phrase ("The
    service forecast said": a document)."""
    words = phrase.words
    if (
        len(words) < 2
        or phrase.appositive is not None
        or words[-1].lower() not in PAST_AS_BASE_VERBS
        or not (words[-2][0].isupper() or words[-2].lower() in ORGANIZATION_WORDS)
    ):
        return None
    lower = next_word.lower()
    if _verb_like(lower):
        return None  # "The bureau forecast showed rain": a document, then its verb
    end = phrase.span[1] - len(words[-1]) - 1
    return Phrase((phrase.span[0], end), words[:-1])
