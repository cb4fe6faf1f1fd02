"""Stage 3, in a sentence the cues left: quotations and the speakers they take without a
cue of their own.

- A floating quotation, with no attribution in its sentence, continues the last statement
  of its paragraph (or the paragraph before): it joins the quotation that statement
  comments on, or becomes a statement of the same speaker (`_continue_quote`); a quoted
  heading ("‘Ferries Are Not the Problem.’") is left alone. Of three words or more; of
  fewer, a whole sentence after a statement of its paragraph ("“We're done,” Lee said.
  “Done.”").
- A quotation after a colon and what its speaker said, by possessive ("Her verdict: “...”",
  "The chef’s advice to cooks: “...”"), is said by the possessor (`_verdict`).
- A quotation closing a sentence after a post's caption or message ("She shared a photo
  with the caption, “...”") is the post's text, said by the sentence's subject (`_captioned`).
- A quotation followed by a dash and a name ("“...” — Jane Roe") is said by that name.
- A quotation ending in a comma, "?" or "!" and followed by a name and a verb ("“Promise
  me,” Lee sings") is said by that name, whatever the verb (`_opening_quote`).
- Two helpers of the cue stage: a quotation resumed after its attribution ('“A,” Lee
  said, referring to B, “C.”': one statement over both, `_resumed_quote`), and the
  quotation a colon introduces ("Lee said: “...”", or the next paragraph, `_colon`)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from tui.core.lexicon import (
    ALL_SAID_CUES,
    ASKED_INITIALS,
    DOCUMENT_WORDS,
    FRAMING_VERBS,
    GESTURE_LINKS,
    INTERPRETING_VERBS,
    IRREGULAR_VERB_FORMS,
    LISTENER_CUES,
    NAME_GIVING_WORDS,
    NUMBER_WORDS,
    PERSON_PRONOUNS,
    PLACE_PREPOSITIONS,
    POSSESSIVE_PRONOUNS,
    POSTING_VERBS,
    QUESTION_PARTICIPLES,
    ROLE_NOUNS,
    RULE_NOUNS,
    SPEECH_CUES,
    SUBORDINATORS,
    TIME_WORDS,
    VERDICT_NOUNS,
    WORDING_VERBS,
)
from tui.core.model import Span, StatementKind
from tui.core.speaker_kinds import people_noun
from tui.core.speakers import Phrase, handle_named, phrase_after, tokens
from tui.core.speakers.tokens import _phrase_of
from tui.core.statements.patterns import (
    ALL_SAID_AUXILIARY,
    ALL_THAT_WAS,
    ASKED_OPENING,
    FINITE,
    WORDS,
    heading,
    skip_space,
)
from tui.core.statements.state import Emitted, Found, State
from tui.core.text import POSSESSIVE_END, Quote, alternation, line_start, sentences

# The name after a dash closing a quotation, and maybe an appositive of no quotation after it
# ("“...” — Ana Ruiz", "“...” — Ana Ruiz, 34, a nurse from Leith.").
_DASH_NAME = re.compile(
    r"\s*[―—–-]\s*([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4})(?P<apposed>,\s[^“”\"‘]*?)?\s*\.?\s*$"
)
_LOWER_WORD = re.compile(r"\b[a-z]")  # a word in lower case: no citation's item
# A relative pronoun (and an adverb) before a cue, opening a clause on the listener ("told the
# crowd, *which* chanted"); a sentence's end between two cues ("Lee said. Roe, who").
_RELATIVE_CUE = re.compile(r",\s+(?:which|who)\s+(?:[a-z]+\s+)?$")
_SENTENCE_END = re.compile(r"[.!?][”\"’']?\s+[A-Z“\"]")
# A free relative opening a heading before a colon: "What the experts say:", "**What they
# said:**".
_WHAT_HEADING = re.compile(r"(?:\*\*)?What\s")
# A role apposed to a colon's subject, no article, up to the colon: "Tom Reyes*, actuary*:
# “...”", "Lila Marsh, fee-only planner in Kessel:".
_APPOSED_ROLE = re.compile(
    r",\s+(?P<role>(?:[a-z][\w-]*\s+){0,3}(?P<head>[a-z][\w-]*)"
    r"(?:\s+(?:in|of|at|for)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})?)\s*"
)
# A list item's mark before a quotation that opens it: '- “...” — Ana Ruiz', '• “...”'.
_LIST_MARK = re.compile(r"[-–*•·▪]\s+")


def _possessed_saying(
    pronouns: frozenset[str], shortest: bool, nouns: frozenset[str] = VERDICT_NOUNS
) -> str:
    """A possessor, by one of `pronouns` or by a name's possessive ('Lee’s'), then a noun of
    what was said (one of `nouns`), after at most two lower-case words ("her blunt reply");
    `shortest`: each run of words as short as a match allows (read after a quotation, to the
    first noun)."""
    lazy = "?" if shortest else ""
    return (
        r"(?:(?P<pronoun>"
        + alternation(pronouns)
        + r")|(?P<owner>(?:[\w.-]+\s+){0,3}"
        + lazy
        + r"[\w.-]+)[’']s?)\s+(?:[a-z]+\s+){0,2}"
        + lazy
        + r"(?:"
        + alternation(nouns)
        + r")"
    )


# What opens a sentence before a colon and a quotation of what the possessor said: "Her
# verdict:", "Lee’s advice to young cooks:", "The chef’s one answer:", "Her reply was short:".
_VERDICT = re.compile(
    _possessed_saying(frozenset(p.capitalize() for p in POSSESSIVE_PRONOUNS), shortest=False)
    + r"(?:\s+(?:to|for|on)\s+[\w\s-]{1,40}?)?(?:\s+(?:was|is)\s+(?:[\w-]+\s+){0,2}[\w-]+)?:\s*"
)
# The same after a quotation that opens the sentence: '“No,” was Lee’s reply', '“...” is her
# answer to every question', '“...” were Lee’s only words', or set off by a dash: '“...” —
# Lee’s words at a rally — was painted on a banner', '“...” — those were Lee’s words'.
_VERDICT_AFTER = re.compile(
    r"(?:,?\s+(?:was|is|were|are)|(?:\s*[—–―]|\s+-{1,2})(?:\s+(?i:those|that|these|this)"
    r"\s+(?:were|was|are|is))?)\s+"
    + _possessed_saying(frozenset(POSSESSIVE_PRONOUNS) - {"its"}, shortest=True)
    + r"\b"
)
# A sentence after a quotation that closes its own, telling whose words they were: "That is
# how Ann Lee sums it up", "That’s how the mayor described it" (`_HOW_NEXT`, its verb one of
# `FRAMING_VERBS`), "Those were the words of the mayor" (`_WORDS_OF_NEXT`), "Those were
# Lee’s words" (`_OWNED_NEXT`); and in the quotation's own sentence, '“...,” is how one
# tenant described it' (`_HOW_AFTER`).
_HOW_NEXT = re.compile(r"(?:That|This|Which)(?:\s+(?:is|was)|[’']s)\s+how\s+")
_HOW_AFTER = re.compile(r",?\s+(?:is|was)\s+how\s+")
_WORDS_OF_NEXT = re.compile(
    r"(?:Those|These|That|This)\s+(?:were|was|are|is)\s+the\s+(?:[a-z]+\s+){0,2}?(?:"
    + alternation(VERDICT_NOUNS)
    + r")\s+(?:of|from)\s+"
)
_OWNED_NEXT = re.compile(
    r"(?:Those|These|That|This)\s+(?:were|was|are|is)\s+"
    + _possessed_saying(
        frozenset(POSSESSIVE_PRONOUNS) - {"its"}, shortest=True, nouns=VERDICT_NOUNS | RULE_NOUNS
    )
    + r"\b"
)
_FRAME_OPENINGS = frozenset("That This Which Those These".split())  # what opens such a sentence
# An opening that names whose view or answer a colon's quotation is, before a clause on that
# view: "For Ruth Ames, the answer is simple: “...”", "For the union, the next step has
# always seemed clear:" (`_FOR_VIEW`, after "For" and the holder); "Ask Omar Diaz why he
# stayed and the reply comes fast:" (`_ASK_REPLY`, after "Ask" and whom it asks).
_HOLDER_LEAD = re.compile(r"(?P<lead>For|Ask)\s+")
_FOR_VIEW = re.compile(
    r",\s+(?:the|her|his|their|its|our|my)\s+(?:[\w’'-]+\s+){0,4}?"
    r"(?:is|was|are|were|seems|seemed|comes|came|remains|remained|looks|looked)\s+"
    r"(?:[\w’'-]+\s+){0,2}?[\w’'-]+\s*:"
)
_ASK_REPLY = re.compile(
    r"\s+(?:why|what|how|whether|if|about|where|when|who)\b[^:;“”\"\n]{0,120}?\s+and\s+"
    r"(?:the|her|his|their|its)\s+(?:[\w’'-]+\s+){0,2}?(?:"
    + alternation(VERDICT_NOUNS)
    + r")\s+(?:comes|came|is|was)\b[^:;“”\"\n]{0,30}:"
)
# ... or a noun of what was said and whom it came from: '“Not today,” came the reply from Lee',
# '“...” was the blunt answer from the mayor'.
_VERDICT_FROM_AFTER = re.compile(
    r",?\s+(?:came|was)\s+(?:the|an?)\s+(?:[a-z]+\s+){0,2}?(?:"
    + alternation(VERDICT_NOUNS)
    + r")\s+(?:from|of)\s+"
)
# ... or all that was said, and whom by: '“Enough,” was all she would say', '“No comment”
# was all Lee said', '“Thanks” were the only words he offered' (the speaker, group "speaker").
_ALL_SAID_AFTER = re.compile(
    r",?\s+"
    + ALL_THAT_WAS
    + r"(?P<speaker>(?:[\w’'.-]+\s+){0,4}?[\w’'.-]+)\s+"
    + ALL_SAID_AUXILIARY
    + r"(?:"
    + alternation(ALL_SAID_CUES)
    + r")\b"
)
# The clause before a colon whose subject said the quotation after it: a few words, none
# opening another clause ("Lee was blunter:", "Lee had a simpler answer for them:").
_COLON_CLAUSE_WORDS = 6
_SAYING_NOUN_WORDS = 3  # more of them when a noun of what was said is one ("a blunt message")
# What follows a verb that has no object: the clause's end, or whom it was done for
# ("translated.", "interpreted:", "translated for her mother").
_NO_OBJECT = re.compile(r"\s*[:.]|\s+for\s")
_CLAUSE_WORDS = frozenset("that which who whom because so when if as and but while".split())
# A noun of what was said and who it came from, opening the sentence before its subject:
# "The message from (the union) was clear:", "The verdict of (the judges) was blunt:".
_VERDICT_FROM = re.compile(
    r"(?i:the|a|an|his|her|its|their)\s+(?:[a-z]+\s+)?(?:"
    + alternation(VERDICT_NOUNS)
    + r")\s+(?:from|of)\s+"
)
# Subjects that introduce another's words with a colon: a thing ("It ends with a line:") or a
# document ("The piece used her words as its headline:").
_NOT_COLON_SUBJECTS = DOCUMENT_WORDS | {"it", "this", "that", "these", "those"}
# The caption or message a post went out with, right before the quotation that is its text:
# "shared a photo with the caption, “...”", "alongside a message that read: “...”",
# "captioned the photo, “...”", "carried signs reading “...”"; the poster, the sentence's
# subject, wrote it.
_CAPTION_LEAD = re.compile(
    r"\b(?:(?:with|alongside)\s+(?:the|a|an)\s+(?:[a-z-]+\s+)?"
    r"(?:caption|message|note|words)"
    r"|(?:caption|message|note|post|sign|tweet|placard|banner)s?\s+(?:that\s+)?"
    r"(?:read|reads|reading|said|saying)"
    r"|captioned\s+(?:it|(?:the|her|his|their)\s+(?:[a-z-]+\s+)?[a-z]+))\s*[,:]?\s*\Z"
)
_CAPTION_REACH = 60  # characters before a quotation that `_CAPTION_LEAD` reads
# The subject's own act of posting, between it and `_CAPTION_LEAD` ("Kay shared a photo with
# the caption"); not a passive or another's sign seen ("The singer was sent flowers with a
# note reading", "Shoppers saw a sign that read": the words are someone else's).
_POSTED = re.compile(
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbeing\s)\b(?:"
    + alternation(POSTING_VERBS)
    + r")\b"
)
# A subordinate clause's opening, whose subject a posting verb after it takes: "(held a news
# conference) while protesters (waved signs)", "as residents (carried)".
_SUBORDINATE_OPENING = re.compile(
    r"\b(?:" + alternation(tuple(SUBORDINATORS | {"as", "whereas"})) + r")\s+"
)
_RESUMING = re.compile(r",\s(?:(?:but|and)\s)?$")  # before a resumed quotation: ", but “...”"
# After a quotation a cue took as its object, what cannot go on with the quoted words: a
# circumstance ("as they marched", "outside the ministry") or a verb joined by "and" ("and
# left"; not "and “...”", a second quotation of the same clause).
_ADJUNCT_AFTER_QUOTE = re.compile(
    r",?\s+(?:(?:as|while|when|whenever|before|after|during|outside|inside|near|along|across"
    r"|through|until|at|in|on)\b|and\s+(?![“\"‘])(?![^“\"‘.;:]{0,40},\s*[“\"‘]))"
)  # not "and then, seconds later, “...”": a second quotation, of the same words said
# Between two quoted utterances of one list: "“A” and “B”", "“A,” “B” or “C”".
_LISTED_QUOTE = re.compile(r",?\s+(?:and|or)\s+(?=[“\"‘])|,\s+(?=[“\"‘])")
_QUOTE_MARKS = re.compile(r"[“”\"‘]")
_TALKS_OF = re.compile(r"(?:He|She)\b")  # a quotation opening with a person talked of
# Characters of a participle's adjunct before a colon, at most: "..., adding later:".
_PARTICIPLE_ADJUNCT_CHARS = 40
_CUE_AFTER_REACH = 40  # characters after a quotation searched for its cue word
# A dash closing a quotation's content, or right after its closing mark: "“A —” she paused",
# "“A” — she paused — “B.”"; and the comma or dash before the quotation resumed.
_DASH_CLOSE = re.compile(r"(?:[—–―]|\s-{1,2})\s*$")
_DASH_NEXT = re.compile(r"\s*[—–―]\s*|\s+-{1,2}\s+")
_BEFORE_RESUMED = re.compile(r"(?:,|\s[—–―]|\s-{1,2})\s*$")
_NARRATION_WORDS = 16  # words of the speaker's gesture between the two pieces, at most


class Quotations(State):
    """Floating, dash-attributed, opening, resumed and colon-introduced quotations."""

    def _unattributed(self, sentence: Span, para: int) -> bool:
        """A sentence without a cue: whether a quotation opening it makes a statement (a
        dash attribution, a subject after it) or continues the last one; a quoted heading
        is taken too, and makes nothing."""
        text = self.text
        start, end = sentence
        quote = self._first_quote(sentence)
        if quote is not None and _LIST_MARK.fullmatch(text, start, quote.start):
            start = quote.start  # the quotation opens its list item
        if quote is not None and quote.start > start:
            if self._captioned(sentence, quote, para):
                return True
            colon = self._colon_before(start, quote.start)
            if colon < 0:
                return False  # both readings take a quotation after a colon
            return self._verdict(sentence, quote, para) or self._after_clause(
                sentence, quote, colon, para
            )
        if quote is not None and quote.start == start:
            if quote.end > end and self._opens_paragraph(start) and self._cue_after(quote.end):
                return False  # a quotation over paragraphs, attributed where it ends
            rest = text[quote.end : end]
            dash = _DASH_NAME.match(rest)
            if dash is not None:
                # its appositive closed at the paragraph's end as by a period ("— Ana Ruiz, 34,
                # a nurse¶"): the text read to there, a period after it (offsets kept)
                closed = text[:end] + "." if not rest.rstrip().endswith(".") else text
                phrase = phrase_after(closed, quote.end + dash.start(1), len(closed))
                if (
                    phrase is not None
                    and dash["apposed"]
                    and _LOWER_WORD.search(text, phrase.end, quote.end + dash.end("apposed"))
                ):
                    # "— Hale, and then the police, ignored it": a clause after the phrase
                    # read (not "— Ada Lind, Mayor, The Gazette": a citation's items)
                    phrase = None
                if phrase is not None:
                    self._emit(Found(quote.content, "direct", phrase, None), para)
                    return True
            if not rest.strip(" .!?"):
                framed = self._framed_next(end, self._opens_paragraph(start))
                if framed is not None:  # "“We were never asked.” That is how Lee sums it up."
                    self._emit(Found(quote.content, "direct", *framed), para)
                    return True
            words = WORDS.findall(text, *quote.content)
            short = para == self.last_para and text[quote.content[1] - 1] in ".!?"
            if (len(words) >= 3 or (words and short)) and not rest.strip(" .,;:!?"):
                if not heading(text[quote.content[0] : quote.content[1]]):
                    self._continue_quote(quote, para)
                return True
            subject = self._subject_after_quote(quote, end) or self._owner_after_quote(quote, end)
            if subject is not None:
                content = (quote.content[0], self._resumed_after_gesture(subject, end, quote))
                self._emit(Found(content, "direct", subject, self._wording_verb(subject)), para)
                return True
        return False

    def _opens_paragraph(self, position: int) -> bool:
        """Whether `position` opens its paragraph (a quotation over paragraphs opens one; one
        left open after an attribution in its paragraph ends at the line break)."""
        return not self.text[line_start(self.text, position) : position].strip()

    def _cue_after(self, position: int) -> bool:
        """Whether a cue word follows `position`, the end of a quotation, on its line and
        within reach ("..., said Mayor Ann Lee.", "..., Lee said."): its attribution, which the
        cue stage reads over the whole quotation."""
        i = bisect.bisect_left(self.cue_starts, position)
        return (
            i < len(self.cue_starts)
            and self.cue_starts[i] < position + _CUE_AFTER_REACH
            and "\n" not in self.text[position : self.cue_starts[i]]
        )

    def _owner_after_quote(self, quote: Quote, end: int) -> Phrase | None:
        """ "“No,” was Lee’s reply": the owner of a noun of what was said, after the quotation
        and a form of "be" (`_VERDICT_AFTER`), said it; "“No,” came the reply from Lee": so did
        whom it came from (`_VERDICT_FROM_AFTER`)."""
        verdict = _VERDICT_AFTER.match(self.text, quote.end, end)
        if verdict is None:
            framed = self._framed_after(quote, end)
            if framed is not None:
                return framed[0]
            source = _VERDICT_FROM_AFTER.match(self.text, quote.end, end)
            if source is not None:
                return phrase_after(self.text, source.end(), end)
            only = _ALL_SAID_AFTER.match(self.text, quote.end, end)
            return None if only is None else phrase_after(self.text, *only.span("speaker"))
        return self._owner_phrase(verdict)

    def _framed_next(self, end: int, own_paragraph: bool) -> tuple[Phrase, Span | None] | None:
        """The speaker (and the verb, a cue) that the sentence after a quotation closing its
        own at `end` gives it, in the same paragraph or, for a quotation that is its
        paragraph (`own_paragraph`), opening the next: "That is how Ann Lee sums it up",
        "Those were the words of the mayor", "That was the message from Mayor Ann Lee",
        "Those were Lee’s words" (`_HOW_NEXT`, `_WORDS_OF_NEXT`, `_OWNED_NEXT`); None if it
        gives none ("That is how the campaign began": no verb of wording)."""
        text = self.text
        start = skip_space(text, end)
        first = WORDS.match(text, start)
        if first is None or first.group() not in _FRAME_OPENINGS:
            return None
        if "\n" in text[end:start] and not own_paragraph:
            return None
        upper = text.find("\n", start)
        upper = len(text) if upper < 0 else upper
        how = _HOW_NEXT.match(text, start, upper)
        if how is not None:
            return self._framer(how.end(), upper)
        words_of = _WORDS_OF_NEXT.match(text, start, upper)
        if words_of is not None:
            phrase = phrase_after(text, words_of.end(), upper)
            return None if phrase is None else (phrase, None)
        owned = _OWNED_NEXT.match(text, start, upper)
        if owned is None:
            return None
        phrase = self._owner_phrase(owned)
        return None if phrase is None else (phrase, None)

    def _owner_phrase(self, owned: re.Match[str]) -> Phrase | None:
        """The speaker a match's "pronoun" or "owner" group names ("Her verdict", "Those
        were Lee’s words")."""
        if owned["pronoun"]:
            return Phrase(owned.span("pronoun"), (owned["pronoun"],))
        return phrase_after(self.text, owned.start("owner"), owned.end("owner"))

    def _framed_after(self, quote: Quote, end: int) -> tuple[Phrase, Span] | None:
        """ "“...,” is how one tenant described it": the speaker and the verb of wording after
        "is how" right after a quotation opening its sentence (to `end`); None if none."""
        how = _HOW_AFTER.match(self.text, quote.end, end)
        return None if how is None else self._framer(how.end(), end)

    def _framer(self, start: int, upper: int) -> tuple[Phrase, Span] | None:
        """The speaker phrase at `start` after "is how" and its verb of wording (one of
        `FRAMING_VERBS`: "Ann Lee sums (it up)", "one tenant described"); None if no such
        verb follows the phrase."""
        phrase = phrase_after(self.text, start, upper)
        if phrase is None or phrase.bare:
            return None
        verb = WORDS.match(self.text, skip_space(self.text, phrase.end, ","))
        if verb is None or verb.group() not in FRAMING_VERBS:
            return None
        return phrase, verb.span()

    def _verdict(self, sentence: Span, quote: Quote, para: int) -> bool:
        """ "Her verdict: “...”": a quotation after a colon and a noun of what was said, which
        opens the sentence with its possessor, is said by the possessor; whether it was."""
        verdict = _VERDICT.fullmatch(self.text, sentence[0], quote.start)
        if verdict is None:
            return False
        if verdict["pronoun"]:
            phrase: Phrase | None = Phrase(verdict.span("pronoun"), (verdict["pronoun"],))
        else:
            phrase = phrase_after(self.text, sentence[0], verdict.end("owner"))
        if phrase is None:
            return False
        self._emit(Found(quote.content, "direct", phrase, None), para)
        return True

    def _captioned(self, sentence: Span, quote: Quote, para: int) -> bool:
        """ "She shared a photo with the caption, “Forever starts now.”": a quotation of two
        words or more closing the sentence after the caption or message of a post
        (`_CAPTION_LEAD`) is the post's text, said by the sentence's subject; whether it was."""
        text = self.text
        lead = _CAPTION_LEAD.search(
            text, max(sentence[0], quote.start - _CAPTION_REACH), quote.start
        )
        if lead is None:
            return False
        last = self._last_listed(quote, sentence[1])  # 'placards reading “A” and “B.”'
        if not self._only_punctuation(last.end, sentence[1]):
            return False
        if len(WORDS.findall(text, *quote.content)) < 2 or heading(text[slice(*quote.content)]):
            return False  # a title: "with the caption “Home”", "“Paper Moon”"
        opening = skip_space(text, sentence[0])
        phrase = self._sentence_subject(opening, lead.start()) or self._people_subject(
            opening, lead.start(), POSTING_VERBS
        )
        if phrase is None or not self._opens_main_clause(opening, phrase):
            return False
        if not text.startswith("captioned", lead.start()):
            phrase = self._poster(phrase, lead.start())
            if phrase is None:
                return False  # "Neighbours woke to graffiti with the words “...”": not theirs
        if phrase.words[-1].lower() in _NOT_COLON_SUBJECTS:
            return False  # "The memo closes with the words: “...”": someone else's
        self._emit(Found((quote.content[0], last.content[1]), "direct", phrase, None), para)
        return True

    def _opens_main_clause(self, opening: int, phrase: Phrase) -> bool:
        """Whether `phrase` opens the sentence at `opening`, or its main clause after an
        opening phrase and its comma, or its appositive does ("On Friday, Ana Lee held",
        "His wife, Ana Lee, held"), with no quotation before it."""
        first = phrase.appositive[0] if phrase.appositive else phrase.span[0]
        before = self.text[opening : min(first, phrase.span[0])]
        return not before or before.rstrip().endswith(",") and not _QUOTE_MARKS.search(before)

    def _poster(self, subject: Phrase, lead: int) -> Phrase | None:
        """Who posted the sign or caption opening at `lead`: the subject of the posting verb
        nearest it, the sentence's `subject` ("Marchers carried placards that read"); after a
        subordinator, that clause's ("The mayor held a news conference while protesters
        waved signs reading": the protesters); people a participle follows, its own ("Police
        held back protesters carrying signs that read": the protesters); None if no posting
        verb stands between (`_POSTED`)."""
        text = self.text
        verbs = list(_POSTED.finditer(text, subject.end, lead))
        if not verbs:
            return None
        verb = verbs[-1]
        clauses = [
            clause
            for clause in _SUBORDINATE_OPENING.finditer(text, subject.end, verb.start())
            if "," not in text[clause.end() : verb.start()]  # "after dawn, holding": no clause
        ]
        toks = tokens(text, clauses[-1].end(), verb.start()) if clauses else []
        if toks:  # "while protesters outside waved": the protesters, if people
            head = next((k for k, t in enumerate(toks[:3]) if people_noun(t.word)), None)
            return None if head is None else _phrase_of(tuple(toks[: head + 1]))
        last = tokens(text, subject.end, verb.start())[-2:]
        if verb.group().endswith("ing") and last and people_noun(last[-1].word):
            # "held back protesters carrying": the protesters; "arrested two men carrying":
            # some of the many, nobody named, no one's words
            counted = last[0].word.isdigit() or last[0].lower in NUMBER_WORDS
            return None if counted else _phrase_of(tuple(last[-1:]))
        # "Lee waved while holding a sign": Lee; "A user who goes by @dockrat posted":
        # @dockrat
        return handle_named(text, subject, verb.start()) or subject

    def _after_clause(self, sentence: Span, quote: Quote, colon: int, para: int) -> bool:
        """ "Her neighbor, Ed Sorrel, was blunter: “...”", "Lee had a simpler answer: “...”":
        a quotation of three words or more after the colon (at `colon`, at most three
        characters before it) closing a clause with no cue, to the end of the sentence, is
        said by that clause's subject; whether it was."""
        text = self.text
        gap = text[colon + 1 : quote.start].lstrip("*")
        if len(gap) > 3 or not self._only_punctuation(quote.end, sentence[1]):
            return False
        quoted = WORDS.findall(text, *quote.content)
        if len(quoted) < 2 or len(quoted) == 2 and not _short_sentence(text, quote, quoted):
            return False  # a name or a title: "The film is called: “Dust”", "“Red Sky”"
        opening = skip_space(text, sentence[0])
        opening += text.startswith("@", opening)  # "@RoadKing posted it with a caption:"
        opening += 2 * text.startswith("**", opening)  # "**Tom Reyes, actuary:** “...”"
        if text[opening : opening + 1] in ASKED_INITIALS and ASKED_OPENING.match(
            text, opening, colon
        ):
            # "Asked about prices, he shrugs: “...”": the answer of the subject after the
            # question put to it, no one named "Asked"
            comma = text.find(",", opening, colon)
            if comma < 0:
                return False
            opening = skip_space(text, comma + 1)
        holder = self._holder_before_colon(opening, colon)
        if holder is not None:  # "For Ruth Ames, the answer is simple:": hers
            self._emit(Found(quote.content, "direct", holder, None), para)
            return True
        source = _VERDICT_FROM.match(text, opening, quote.start)
        if source is not None:  # "The message from the union was clear:": the union's words
            phrase = phrase_after(text, source.end(), quote.start)
        else:
            phrase = self._sentence_subject(opening, quote.start)
        if phrase is None or source is None and phrase.span[0] != opening:
            return False  # none, or one after an opening phrase, which may be a subject's aside
        if phrase.words[-1].lower() in _NOT_COLON_SUBJECTS and not _handle_apposed(text, phrase):
            return False  # "It ends with a line: “...”", "The memo quotes her: “...”"
        between = text[phrase.end : quote.start].lstrip(" ,")
        words = WORDS.findall(between)
        # a noun of what was said among them allows a few more: "had a simple message for the
        # staff:"
        most = _COLON_CLAUSE_WORDS + _SAYING_NOUN_WORDS * any(w in VERDICT_NOUNS for w in words)
        if len(words) > most or not _CLAUSE_WORDS.isdisjoint(words):
            return False  # "She was upset, so upset that I had to answer: “...”": more clauses
        if any(w.lower() in NAME_GIVING_WORDS for w in words):
            return False  # "Ann Lee named her boat: “Sea breeze.”": a name
        if _interprets(text, phrase.end):
            self._continue_quote(quote, para)  # "Her son translated: “...”": his mother's words
            return True
        phrase = with_apposed_role(text, phrase, colon)
        self._emit(Found(quote.content, "direct", phrase, None), para)
        return True

    def _holder_before_colon(self, opening: int, colon: int) -> Phrase | None:
        """Whose view or answer the quotation after the colon at `colon` is, by the opening
        from `opening` ("For Ruth Ames, the answer is simple:", "Ask Omar Diaz why he stayed
        and the reply comes fast:"); None if the sentence opens no such frame or its holder
        names no one ("For now, the answer is simple:", "For January, ...", "Ask around town
        what ...")."""
        text = self.text
        lead = _HOLDER_LEAD.match(text, opening, colon)
        if lead is None:
            return None
        phrase = phrase_after(text, lead.end(), colon)
        if phrase is None or phrase.bare:
            return None
        first = phrase.words[0].lower()
        if lead["lead"] == "For" and first in TIME_WORDS:
            return None  # "For now,", "For January,": a time (after "Ask", "Jan" is a person)
        if first in PLACE_PREPOSITIONS:
            return None  # "Ask around town what ...": where, no one asked
        frame = _FOR_VIEW if lead["lead"] == "For" else _ASK_REPLY
        return phrase if frame.fullmatch(text, phrase.end, colon + 1) else None

    def _opening_quote(self, sentence: Span, para: int, taken: Sequence[Emitted]) -> None:
        """A quotation opening a sentence whose cue reports something else: '“Promise me,”
        Blige sings before asking her, “...”' — said by the subject after it."""
        quote = self._first_quote(sentence)
        if quote is None or quote.start != sentence[0]:
            return
        if any(s.span[0] <= quote.content[1] and quote.content[0] <= s.span[1] for s in taken):
            return
        subject = self._subject_after_quote(quote, sentence[1])
        if subject is not None:
            self._emit(Found(quote.content, "direct", subject, self._wording_verb(subject)), para)
            return
        framed = self._framed_after(quote, sentence[1])
        if framed is not None:  # "“...,” is how one tenant described it": its verb a cue
            self._emit(Found(quote.content, "direct", *framed), para)

    def _subject_after_quote(self, quote: Quote, end: int) -> Phrase | None:
        """ "“Promise me,” Blige sings": a quotation ending in a comma, "?" or "!" (or broken
        off by a dash: "“We were —” she paused") and followed by a name or pronoun and a verb
        is said by them, whatever the verb. A quotation followed by a dashed aside is theirs
        only when it is resumed after it ("“A” — she paused — “B.”"; not "“Safe Harbour
        Now” — the group Roa founded — wants ...", a name)."""
        text = self.text
        after = quote.end
        aside = False
        if text[quote.content[1] - 1 : quote.content[1]] not in (",", "?", "!"):
            dash = _DASH_NEXT.match(text, quote.end, end)
            if dash is not None:
                after, aside = dash.end(), True  # "“A” — she paused — “B.”"
            elif _DASH_CLOSE.search(text, quote.content[0], quote.content[1]) is None:
                return None
        if len(WORDS.findall(text, *quote.content)) < 3:
            return None  # a title or a name: "“Hamilton,” Broadway’s biggest hit, ..."
        phrase = phrase_after(text, skip_space(text, after), end)
        if phrase is None or phrase.bare or phrase.appositive is not None:
            return None
        if POSSESSIVE_END.search(phrase.words[-1]):
            return None
        verb = WORDS.match(self.text, skip_space(self.text, phrase.span[1]))
        if verb is None or not verb.group().islower():
            return None
        if aside and self._resumed_after_gesture(phrase, end, quote) == quote.content[1]:
            return None  # no piece resumed after the aside: a title or a name before it
        return phrase

    def _resumed_after_gesture(self, subject: Phrase, end: int, quote: Quote) -> int:
        """Where what `subject` said ends, the quotation `quote` opening its sentence (to
        `end`) and a gesture of theirs after it: at the end of a quotation resumed after a
        comma or a dash, closing the sentence ("“We lost,” she sighed, “all of it.”", "“I
        thought —” he paused — “we were done.”"); else at the end of `quote`."""
        last = self._last_quote((subject.end, end))
        if last is None or last.start < subject.end or not self._only_punctuation(last.end, end):
            return quote.content[1]
        text = self.text
        if not _BEFORE_RESUMED.search(text, subject.end, last.start):
            return quote.content[1]
        gesture = WORDS.findall(text, subject.end, last.start)
        if len(gesture) > _NARRATION_WORDS:
            return quote.content[1]
        if self._other_cue_in(gesture):
            return quote.content[1]  # "pointing at a sign that read, “...”": not hers
        if self._first_quote((subject.end, last.start)) is not None:
            return quote.content[1]  # another quotation between: not one piece resumed
        return last.content[1]

    @staticmethod
    def _other_cue_in(gesture: list[str]) -> bool:
        """Whether a verb of speech or wording in the words of a speaker's `gesture` (its own
        verb first) has a subject of its own, not the speaker ("pointing at a sign that read",
        "the note her son wrote"); not a verb the speaker goes on with ("she sighed, adding",
        "she stopped, then added")."""
        return any(
            (word in SPEECH_CUES or word in WORDING_VERBS) and gesture[i - 1] not in GESTURE_LINKS
            for i, word in enumerate(gesture[2:], 2)
        )

    def _wording_verb(self, subject: Phrase) -> Span | None:
        """The verb of a text's wording after the subject that gives a quotation before it,
        its cue: "“...,” the release reads" (`WORDING_VERBS`); None for any other verb."""
        verb = WORDS.match(self.text, skip_space(self.text, subject.span[1]))
        return verb.span() if verb is not None and verb.group() in WORDING_VERBS else None

    def _continue_quote(self, quote: Quote, para: int) -> None:
        """A quotation without attribution: part of the previous statement, or its speaker's,
        or said by the person the sentence just before introduces (`_turn_taker`)."""
        if not self.statements or para - self.last_para > 1:
            # "Ann Lee runs the shop.¶“It is bad.”"; with no speaker just before, a "she"
            # there is the person she stands for ("The manager met us. She knows us all.¶“...”")
            turn = self._turn_taker(quote, para, opening_he_she=True)
            if turn is not None:
                self._emit(Found(quote.content, "direct", turn, None), para)
            return
        turn = self._turn_taker(quote, para) or self._answerer(quote, para)
        if turn is not None:
            self._emit(Found(quote.content, "direct", turn, None), para)
            return
        previous = self.statements[-1]
        para_end = self.paras[para][1]
        if quote.end > para_end and self._holds((quote.end, quote.end + 4), self.cue_starts):
            # Left open at the paragraph's end, resumed in the next one before an attribution
            # of its own: after a statement of this paragraph ("“A,” Lee said. “B.¶“C,” added
            # Roe.") it ends with its paragraph; else that attribution takes all of it ("“A.¶“B,”
            # Roe said.").
            if para != self.last_para:
                return
            quote = Quote(quote.start, para_end, (quote.content[0], para_end))
        if self._said_in_relative_aside(previous):
            previous = self.statements[-2]  # '“A,” Lee told the crowd, which chanted “B.” “C.”'
        elif para == self.last_para:
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
        speaker, mention = previous.speaker, previous.speaker_span
        if self.speakers.addressed(speaker, self.text[quote.content[0] : quote.content[1]]):
            speaker = mention = None  # "“Mr. Talbot, your answer?”": asked of him, not his
        self.statements.append(Emitted(quote.content, "direct", speaker, mention))
        self.covered = max(self.covered, quote.end)
        self.last_para = para

    def _said_in_relative_aside(self, previous: Emitted) -> bool:
        """Whether the last statement's cue opens a relative clause on the listener the
        statement before it was told to, in the same sentence ("“A,” Lee told the crowd,
        *which chanted* “B.”"): an aside, so a quotation floating after it goes on with Lee's
        words (a clause on the speaker, "“A,” said Lee, who proposed the ban.", or on whom he
        spoke of, "said of the premier, who wrote: “B.”", leaves the last statement's)."""
        if len(self.statements) < 2 or previous.cue_span is None:
            return False
        told = self.statements[-2]
        main = told.cue_span
        if (
            main is None
            or (told.cue or "").lower() not in LISTENER_CUES  # "said of the premier, who"
            or main[1] > previous.cue_span[0]
            or previous.speaker == told.speaker
            or ":" in self.text[previous.cue_span[1] : previous.span[0]]  # "who wrote: “...”"
        ):
            return False
        between = self.text[main[1] : previous.cue_span[0]]
        return _RELATIVE_CUE.search(between) is not None and not _SENTENCE_END.search(between)

    def _turn_taker(self, quote: Quote, para: int, opening_he_she: bool = False) -> Phrase | None:
        """The subject of the sentence right before a floating quotation, in its paragraph
        or ending the paragraph before when the quotation opens its own, one that made no
        statement, a name or a role and its verb ("Lee pressed him. “So ...?”"): who takes
        the turn from the last speaker. None if that sentence has none, a pronoun ("He paused.
        “...”": the last speaker still; unless `opening_he_she` and a "he" or "she" opens
        the sentence) or no person ("Prices rose"),
        or if the quotation opens with "he" or "she", talking of someone ("Hale scored
        twice. “He was brilliant.”")."""
        text = self.text
        start, end = self.idle
        if (
            para > 0
            and quote.start == self.paras[para][0]
            and (end < 0 or text[end : quote.start].strip())
        ):
            # a paragraph of no cue was not read, nor its last sentence kept as idle
            start, end = self._last_sentence(para - 1)
        if start < self.paras[max(0, para - 1)][0] or text[end : quote.start].strip():
            return None  # not the sentence just before, in this paragraph or the last
        if _TALKS_OF.match(text, quote.content[0]):
            return None  # “He was brilliant today.”: the last speaker, of the subject just read
        start = skip_space(text, start)
        phrase = self._sentence_subject(start, end)
        if phrase is None:
            return None
        if phrase.pronoun is not None:
            opening = opening_he_she and phrase.span[0] == start
            return phrase if opening and phrase.pronoun in PERSON_PRONOUNS else None
        apposed = phrase.appositive
        if phrase.span[0] != start and (
            apposed is None
            or apposed[0] != start
            or any(
                word.lower() in POSSESSIVE_PRONOUNS or POSSESSIVE_END.search(word)
                for word in text[start : apposed[1]].rstrip(" ,").split()
            )
        ):
            # "The deputy, Omar Saleh, agreed.": the role before the name; not "His father,
            # Anton, sat in the car. “Dad never ...”" nor "Lee's father, Anton, ...": whose
            # kin, maybe the speaker
            return None
        if _interprets(text, phrase.end):
            return None  # "Her son Karim translated. “...”": the words of whom he translated for
        return phrase if self.speakers.names_person(phrase) else None

    def _last_sentence(self, para: int) -> Span:
        """The last sentence of the paragraph `para`."""
        span = self.paras[para]
        return sentences(self.text, span, self._quotes_in(span), self.marks)[-1]

    def _answerer(self, quote: Quote, para: int) -> Phrase | None:
        """The subject of the main clause after a question opening the sentence right before
        a floating quotation in its paragraph ("Asked about the fares, Lee laughed. “...”"):
        who answers, as that quotation does. None if the last statement is no such question
        (`_opening_question`, by an unnamed asker) or the subject does not follow its comma."""
        previous = self.statements[-1]
        cue = previous.cue or ""
        if previous.speaker is not None or cue.lower() not in QUESTION_PARTICIPLES:
            return None
        if not cue[0].isupper() or previous.span[0] < self.paras[para][0]:
            return None
        text = self.text
        after = skip_space(text, previous.span[1], ",")
        phrase = self._sentence_subject(after, quote.start)
        if phrase is None or phrase.span[0] != after:
            return None
        rest = text[phrase.end : quote.start].rstrip()
        return phrase if rest.endswith(".") and ". " not in rest else None  # that one sentence

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
        comment = WORDS.findall(self.text, cue[1], last.start)
        if any(word.endswith("ing") and word in SPEECH_CUES for word in comment):
            return None  # '“A,” he said, adding, “B.”': B is a statement of its own
        return (before[0][0], last.content[1])

    def _colon(self, cue: Span, phrase: Phrase, sentence: Span, when: str | None) -> Found | None:
        """ "X said:" and the quotation that follows, in this sentence or the next paragraph."""
        text = self.text
        if self._colon_before(cue[1], sentence[1]) < 0:
            return None
        quote = self._first_quote((sentence[1], min(len(text), sentence[1] + 3)))
        following = self._paragraph_after(sentence[1])
        if quote and not text[sentence[1] : quote.start].strip():
            if following is not None and _DASH_NAME.match(text, quote.end, following[1]):
                return None  # 'What they said:' over '“...” — Ana Ruiz', which names its own
            return Found(quote.content, "direct", phrase, cue, when)
        if following is None or len(WORDS.findall(text, *following)) < 6:
            return None
        if _WHAT_HEADING.match(text, sentence[0], cue[0]) and not _told_before(
            text, cue, phrase, sentence[0]
        ):
            return None  # "What the experts say:" over prose: a section's heading, no one's words
        return Found(following, "direct", phrase, cue, when)  # a block quotation

    def _quote_before_adjunct(self, content: Span) -> Span | None:
        """'chanted “Bread and freedom” as they marched', 'shouted “Resign!” outside the
        ministry': mixed content opening with a quoted utterance (capitalised, ending as a
        sentence does, or a clause), then a circumstance or another verb of the subject: the
        quotation alone is what was said; so are several such utterances listed ('chanted
        “A” and “B,” and many carried signs', 'chanted “A” and “B.”': one statement, a part
        each). None if the content is no such thing."""
        quote = self._quote_at(content[0])
        if quote is None or quote.content[0] != content[0] or not self._utterance(quote):
            return None  # a noun phrase quoted ("“the old rules” in the city no longer apply")
        first, quote = quote, self._last_listed(quote, content[1])
        if quote is not first and quote.end >= content[1]:
            return (first.content[0], quote.content[1])  # 'chanted “A” and “B.”'
        if quote.end >= content[1]:
            return None
        quoted = self.text[quote.content[0] : quote.content[1]].rstrip()
        adjunct = _ADJUNCT_AFTER_QUOTE.match(self.text, quote.end, content[1])
        if adjunct is None:
            return None
        if quoted[-1:].isalnum() and FINITE.search(quoted) is None:
            # a capitalised title, then a place and its verb: the title is the content's
            # subject ('said “Frozen” at the Apollo had sold out')
            comma = self.text.find(",", adjunct.end(), content[1])
            if FINITE.search(self.text, adjunct.end(), comma if comma >= 0 else content[1]):
                return None
        if self.text.find(" that ", quote.end, content[1]) >= 0:
            return None  # 'told “Morning Joe” on Friday that ...', '... “A” and that B'
        return (first.content[0], quote.content[1])

    def _last_listed(self, quote: Quote, end: int) -> Quote:
        """The last of the quoted utterances listed from `quote` on, before `end` ("“A”,
        “B” and “C”": “C”); `quote` itself when no other follows it."""
        while (link := _LISTED_QUOTE.match(self.text, quote.end, end)) is not None:
            listed = self._quote_at(link.end())
            if listed is None or not self._utterance(listed):
                break
            quote = listed
        return quote

    def _utterance(self, quote: Quote) -> bool:
        """Whether a quotation is an utterance of its own: capitalised, ending as a sentence
        does, or a clause ("“Resign!”", "“Bread and freedom”"; not "“the old rules”")."""
        quoted = self.text[quote.content[0] : quote.content[1]].rstrip()
        return (
            quoted[:1].isupper()
            or quoted.endswith(("!", "?", "."))
            or FINITE.search(quoted) is not None
        )

    def _quote_after_object(self, content: Span, end: int) -> Span | None:
        """ "asks a question back: “Who ...?”", "told them one thing: “...”": a cue's object,
        a noun phrase with no verb, then a colon and a quotation to the sentence's end
        (`end`): the quotation is what was said. None if the content is no such thing, or if
        a participle of speech introduces the quotation ("said sales fell, adding: “...”":
        the participle's)."""
        text = self.text
        colon = text.find(":", content[0], content[1])
        if colon < 0 or FINITE.search(text, content[0], colon):
            return None
        if self._participle_adjunct(content[0], colon):
            return None
        quote = self._first_quote((colon, end))
        if quote is None or self._colon_before(colon, quote.start) != colon:
            return None
        return quote.content if self._only_punctuation(quote.end, end) else None

    def _participle_adjunct(self, start: int, colon: int) -> bool:
        """Whether a short adjunct after a comma, opening with a participle of speech, ends
        at `colon` ("said sales fell, adding:", "..., adding later:"); not a cue's object
        ending in an -ing noun ("told motorists a simple warning:")."""
        text = self.text
        comma = text.rfind(",", start, colon)
        if comma < 0 or colon - comma > _PARTICIPLE_ADJUNCT_CHARS:
            return False
        adjunct = text[comma + 1 : colon]
        words = adjunct.split(None, 1)
        return (
            bool(words)
            and words[0].endswith("ing")
            and words[0] in SPEECH_CUES
            and not any(mark in adjunct for mark in '“"')
        )

    def _colon_before(self, start: int, end: int) -> int:
        """Where the colon ending text[start:end] stands, only spaces after it ("said: “") or
        the close of Markdown bold ("**Lee:** “"), or -1 if no colon does."""
        text = self.text
        while end > start and text[end - 1].isspace():
            end -= 1
        if text.endswith(":**", start, end):
            end -= 2  # "**Tom Reyes, actuary:** “...”": Markdown bold closing after the colon
        return end - 1 if end > start and text[end - 1] == ":" else -1

    def _paragraph_after(self, pos: int) -> Span | None:
        """The paragraph that follows `pos` when `pos` ends a paragraph."""
        i = bisect.bisect_left(self.para_starts, pos)
        if i == 0 or i >= len(self.paras) or self.paras[i - 1][1] != pos:
            return None
        return self.paras[i]


def _told_before(text: str, cue: Span, phrase: Phrase, start: int) -> bool:
    """Whether a "What ..." sentence opening at `start` before a colon tells what someone
    named or described said on an occasion, in the past, out of bold: "What the judge told
    the court:" over her words, a block quotation; not a section's heading ("What the
    planners say:", "What they told us:", "**What the judge said:**")."""
    verb = text[cue[0] : cue[1]].lower()
    return (
        not text.startswith("**", start)
        and phrase.pronoun is None
        and (verb.endswith("ed") or verb in IRREGULAR_VERB_FORMS)
    )


def with_apposed_role(text: str, phrase: Phrase, colon: int) -> Phrase:
    """`phrase`, the subject before a colon at `colon`, with the role apposed to it up to the
    colon and no article as its appositive ("Tom Reyes, actuary: “...”", "**Lila Marsh,
    fee-only planner in Kessel:**"); unchanged if it has one or none is there."""
    role = _APPOSED_ROLE.fullmatch(text, phrase.end, colon)
    if phrase.appositive is None and role is not None and role.group("head") in ROLE_NOUNS:
        return phrase._replace(appositive=role.span("role"))
    return phrase


def _handle_apposed(text: str, phrase: Phrase) -> bool:
    """Whether a handle apposes `phrase` ("Another account, @RoadKing,"): a user's account,
    no document."""
    return (
        phrase.appositive is not None
        and "@" in text[phrase.appositive[0] - 1 : phrase.appositive[0] + 1]
    )


def _interprets(text: str, end: int) -> bool:
    """Whether the verb after a subject ending at `end` renders another's words, with no
    object ("Her son Karim, 19, translated.", "Lee interpreted for her:"; `INTERPRETING_VERBS`):
    what is quoted next is not the subject's. Not "Justice Ross interpreted the bylaw
    plainly:" or "The broker translated the offer:", a reading of the subject's own."""
    verb = WORDS.match(text, skip_space(text, end, ","))
    return (
        verb is not None
        and verb.group() in INTERPRETING_VERBS
        and _NO_OBJECT.match(text, verb.end()) is not None
    )


def _short_sentence(text: str, quote: Quote, words: list[str]) -> bool:
    """Whether a quotation of two words is a sentence, not a title: a sentence's mark ends it,
    inside or right after its closing mark, and its second word is in lower case ("“We
    lost.”", "“Absolutely not!”", "'We lost'.")."""
    return (
        text[quote.content[1] - 1] in ".!?" or text[quote.end : quote.end + 1] in (".", "!", "?")
    ) and words[1].islower()
