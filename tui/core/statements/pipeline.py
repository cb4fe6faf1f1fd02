"""The stages in order, over one text: `find_statements`."""

from __future__ import annotations

import re
from operator import itemgetter

from tui.core.model import Span, Speaker, Statement, StatementAct, new_statement
from tui.core.statements.acts import negated_cue, statement_act
from tui.core.statements.brands import brand_cased, restored
from tui.core.statements.cues import CUE_STARTS, CueAttributions
from tui.core.statements.furniture import (
    blanked,
    byline_author,
    entry_headlines,
    item_ends,
    one_name,
)
from tui.core.statements.headlines import headline_ends, without_repeats
from tui.core.statements.labels import (
    Labels,
    section_headings,
    sentence_case_headlines,
    without_post_link,
)
from tui.core.statements.nouns import NOMINAL_STARTS, ReportingNouns
from tui.core.statements.parts import parts_of
from tui.core.statements.patterns import (
    ASKED_OPENING,
    CLOSE_MARKS,
    FINITE_VERB,
    TRIM_END,
    skip_space,
)
from tui.core.statements.rejections import performative
from tui.core.statements.state import Emitted, Found
from tui.core.text import (
    WordStarts,
    paragraphs,
    sentences,
    strip,
    without_closing_punctuation,
)

_TURN_END = re.compile(r"[.!?”\"]")  # a turn's paragraph ends a sentence
# A clause's sign in a turn's paragraph: a finite verb or a subject pronoun (a photo's
# caption, "Ines Marlow at the dock in May.", has neither).
_CLAUSE_SIGN = re.compile(
    FINITE_VERB.pattern + r"|\b(?:I|[Ww]e|[Yy]ou|[Tt]hey|[Ii]t|[Hh]e|[Ss]he)\b"
)
# The first or the second person, which tells a speaker's own words running on from a turn
# ("We fixed it in May."), not a reporter's narration ("Firefighters arrived at 2 a.m.").
_PERSONAL = re.compile(r"\b(?:I|[Mm]e|[Mm]y|[Ww]e|[Uu]s|[Oo]ur|[Yy]ou|[Yy]our)\b")
# The cues and where the reporting nouns may start: one scan of the text's words for both.
_CUES_AND_NOUNS = WordStarts(CUE_STARTS, NOMINAL_STARTS)
# Characters before a question's participle opening a sentence that an opener of
# `ASKED_OPENING` takes: "When asked", "After asked".
_ASKED_CUE_REACH = 6


def find_statements(
    text: str,
    title: str | None = None,
    paras: list[Span] | None = None,
    author: str | None = None,
) -> tuple[list[Speaker], list[Statement]]:
    """The speakers and the statements of `text`, statements in text order, numbered;
    `title`: the article's title, when its reader found one (headlines.py); `paras`: the
    paragraphs of `text`, when the caller has them; `author`: the author the page's metadata
    names, else the one a byline names, is who "I" is (when it is one name)."""
    paras = paragraphs(text) if paras is None else paras
    author = author if author and one_name(author) else byline_author(text, paras)
    return _Finder(*blanked(text, paras), text, title, author).run()


class _Finder(Labels, CueAttributions, ReportingNouns):
    """Every stage over one text: labels and headlines by paragraph, then cues, quotations
    and reporting nouns by sentence; speakers are resolved as statements are emitted."""

    def __init__(
        self, blanked: str, paras: list[Span], raw: str, title: str | None, author: str | None
    ) -> None:
        """`blanked`: the article `raw` with its furniture blanked (same length); `paras`: its
        paragraphs; `author`: the article's one author, who "I" is."""
        text, headlines = sentence_case_headlines(blanked, paras)
        text, self.brands = brand_cased(text)
        cues, nouns = _CUES_AND_NOUNS.find(text)
        super().__init__(
            blanked, text, paras, headlines, cues, [start for start, _ in nouns], item_ends(raw)
        )
        self.headline_ends = headline_ends(raw, blanked, paras, title)
        self.entries = entry_headlines(raw, paras)  # a live blog's, reporting a saying
        self.headings = section_headings(raw)
        self.author = author

    def run(self) -> tuple[list[Speaker], list[Statement]]:
        """Stage 1 on each paragraph, the others on each sentence (`_sentence`) of a paragraph
        that holds a quotation, a cue or a reporting noun."""
        for index, para in enumerate(self.paras):
            before = self.turn
            if para[0] >= self.covered and self._labelled(para, index):
                if self.turn != before and self.turn is not None:  # a transcript's turn
                    if self.turn[0] == index and self.turn[1] is not None:
                        self._quoted_inside(self.statements[-1].span, index)
                    if before is not None and before[1] is not None:
                        self._run_on(before[0], index, before[1])
                continue
            body = self._past_label(para)  # what it says, after a label naming no speaker
            inside = self._quotes_in(body)
            if not inside and not self._holds(body, self.cue_starts, self.nominal_starts):
                continue  # nothing in it can be a statement
            for sentence in sentences(self.text, body, inside, self.marks):
                if sentence[1] <= self.covered:
                    continue
                self._sentence(sentence, index)
        return self._numbered()

    def _run_on(self, turn: int, index: int, speaker: tuple[str | None, Span | None]) -> None:
        """The paragraphs between a turn's (`turn`) and the next turn's (`index`) are the turn
        running on, said by its `speaker`, up to the first paragraph opening a turn read as
        prose or asking, when nothing was said in them: "A: Faster than we feared.¶We will
        run dry in August.¶Q: ..."; in the first or second person, or any clause in a whole
        transcript's answers (`announced`). Not a reporter's narration between excerpts
        ("Firefighters arrived six minutes later."), a paper's next question, an insertion in
        brackets, nor a heading or a caption with no sentence's end or no clause."""
        spans = []
        for para in range(turn + 1, index):
            span = strip(self.text, self.paras[para], TRIM_END + CLOSE_MARKS)
            if self._opens_turn(self.paras[para]) or self.text.endswith("?", *span):
                break  # "Q: Let us talk about the levy.": a turn read as prose
            spans.append((span, para))
        if not spans:
            return
        for said in reversed(self.statements):
            if said.span[0] < spans[0][0][0]:
                break
            if said.span[0] < spans[-1][0][1]:
                return  # something was said between
        prose = bool(self.announced)
        for span, para in spans:
            if (
                span[0] == span[1]
                or self.text[span[0]] in "[("
                or not _TURN_END.search(self.text, span[1] - 1, span[1])
                or not (
                    _PERSONAL.search(self.text, *span)
                    or (prose and _CLAUSE_SIGN.search(self.text, *span))
                )
            ):
                continue
            self._emit(Found(span, "direct", None, None), para, speaker)
            self.speakers.answered(speaker[0], span[1])
            self._quoted_inside(span, para)

    def _quoted_inside(self, turn: Span, para: int) -> None:
        """The sayings a turn `turn` quotes, each its own statement besides the turn, the
        quotation its content: "A: My mother used to say, ‘Never sign on a Friday.’" (the
        mother's); not the turn's speaker's own words again ("I told them, ‘No.’"), nor what
        it reports unquoted, nor a pronoun's the turn does not tell (`_antecedent_in_turn`); a
        mixed one running into its quotation kept whole (`_runs_into`)."""
        quoted = self._quotes_in(turn)
        if not quoted:
            return
        speaker = self.statements[-1].speaker
        covered, made = self.covered, len(self.statements)
        # whom a pronoun stands for, the turn's sentences tell (`_emit`)
        self.within_turn = sentences(self.text, turn, quoted, self.marks)
        for sentence in self.within_turn:
            if self._quotes_in(sentence):
                self.covered = sentence[0]
                self._attributions(sentence, para)
        self.within_turn = None
        self.statements[made:] = [
            s if self._runs_into(s, span[0]) else s._replace(span=span, kind="direct")
            for s in self.statements[made:]
            if s.speaker is not None
            and s.speaker != speaker
            and (span := self._quoted_span(s.span)) is not None
        ]
        self.covered = max(covered, self.covered)

    def _runs_into(self, said: Emitted, quoted: int) -> bool:
        """Whether the mixed statement `said` runs its words unquoted into the quotation
        whose words start at `quoted`, no comma nor colon between: "the plan was “dead on
        arrival”" (not "to me last week, “I have no phone”")."""
        lead = self.text[said.span[0] : quoted - 1].rstrip()
        return said.kind == "mixed" and lead != "" and lead[-1] not in ",:"

    def _quoted_span(self, span: Span) -> Span | None:
        """The quotations in the content `span`, from the first's opening to the last's
        closing; None when it holds none."""
        inside = [q for q in self._quotes_in(span) if span[0] <= q.content[0] < span[1]]
        if not inside:
            return None
        return (inside[0].content[0], inside[-1].content[1])

    def _sentence(self, sentence: Span, para: int) -> None:
        """One sentence: its cue attributions; then a quotation opening it and its reporting
        nouns, or, with no cue, a quotation taking it or else its reporting nouns."""
        start = sentence[0] if sentence[0] > self.covered else self.covered
        rest = (start, sentence[1])  # not taken by earlier statements
        made = len(self.statements)
        found = self._attributions(sentence, para)
        if found:
            self._opening_quote(rest, para, found)
            self._answer_after_question(rest, para, found)
            self._nominals(rest, para, found)
        elif not self._unattributed(rest, para):
            self._nominals(rest, para)
        if len(self.statements) == made:
            self.idle = rest

    def _answer_after_question(self, rest: Span, para: int, found: list[Emitted]) -> None:
        """After a question put that opens the sentence `rest` ("Asked what she will miss,
        the chef does not hesitate: “The printer.”"), its only statement, the clause after
        it read as a sentence of its own: a quotation after its colon is the subject's
        answer."""
        asked = found[0]
        if len(found) != 1 or asked.speaker is not None or asked.cue_span is None:
            return
        text = self.text
        if asked.cue_span[0] > rest[0] + _ASKED_CUE_REACH or not ASKED_OPENING.match(text, rest[0]):
            return
        comma = text.find(",", asked.span[1], rest[1])
        if comma >= 0 and text.find(":", comma, rest[1]) >= 0:
            self._unattributed((skip_space(text, comma + 1), rest[1]), para)

    def _numbered(self) -> tuple[list[Speaker], list[Statement]]:
        """The statements in text order, numbered, with their speakers' ids, acts (a
        performative's act is an action taken: a stance) and parts,
        without the punctuation closing them, but for those that are no statement
        (rejections.py) or a headline's repeat of the body (headlines.py); the speakers
        quoted."""
        if self.author is not None:
            self.speakers.name_the_author(self.author)
        speakers, ids = self.speakers.speakers()
        kept = [s for s in self.statements if self._kept(s)]
        if self.headline_ends or self.entries:
            # content words and starts: the same with the punctuation
            by_slug = {s.id: s for s in speakers}
            sources = {work: by_slug[slug] for work, slug in ids.items() if slug in by_slug}
            if self.headline_ends:
                kept = without_repeats(self.text, self.headline_ends, kept, sources)
            for start, end in self.entries:  # "10:42 a.m. ET¶Premier says ...": as a headline
                kept = without_repeats(self.text, [end], kept, sources, start)
        trimmed = [
            (without_closing_punctuation(self.text, without_post_link(self.text, s.span)), s)
            for s in kept
        ]
        statements = [
            self._statement(f"st-{n}", span, s, ids)
            for n, (span, s) in enumerate(sorted(trimmed, key=itemgetter(0)), start=1)
        ]
        quoted = {s.speaker for s in statements}
        return restored([s for s in speakers if s.id in quoted], self.brands), statements

    def _statement(self, sid: str, span: Span, emitted: Emitted, ids: dict[str, str]) -> Statement:
        """The statement `emitted` as `sid`, its content `span`, its speaker's id from `ids`,
        its act, its parts, and a thought's or stance's negation kept in its cue ("does not
        believe")."""
        act = self._act(span, emitted)
        negated = negated_cue(self.text, act, emitted.cue_span)
        return new_statement(
            sid,
            span,
            emitted.kind,
            ids.get(emitted.speaker) if emitted.speaker else None,
            emitted.speaker_span,
            emitted.cue if negated is None else self.original[negated[0] : negated[1]],
            negated or emitted.cue_span,
            emitted.when,
            act=act,
            parts=parts_of(
                self.text,
                self.quotes,
                self.quote_starts,
                span,
                emitted.kind,
                _inside(span, emitted.speaker_span, emitted.cue_span),
            ),
        )

    def _act(self, span: Span, emitted: Emitted) -> StatementAct:
        """The act of the statement `emitted` whose content is `span`: a performative's act
        is an action taken, a stance; else its cue's (acts.py)."""
        if performative(self.text, span, emitted.cue_span):
            return "stance"
        return statement_act(emitted.cue, self.text, span, emitted.speaker_span)


def _inside(span: Span, *spans: Span | None) -> Span | None:
    """What of `spans` lies inside `span`, as one span: the attribution interrupting it."""
    inside = None  # a loop: no list and generators for each of hundreds of statements
    for s in spans:
        if s is not None and span[0] < s[0] and s[1] < span[1]:
            inside = s if inside is None else (min(inside[0], s[0]), max(inside[1], s[1]))
    return inside
