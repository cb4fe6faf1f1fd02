"""Stage 1, paragraph by paragraph: speaker labels and headlines.

- A speaker label opening a paragraph ("PENCE: ...", "Sanders on taxes: ...") makes the
  paragraph a statement of the person named; a transcript's "A: ..." is one with no speaker
  named, its "Q: ..." none.
- A headline quoting its subject after a colon ("Mayor Vows: ‘We Will Rebuild’") is said
  by that subject.
- Title-case headlines ("Mayor Warns Council Will Raise Taxes") are put in sentence case for
  their cue and function words before any stage reads the text, so that later stages read
  them as the sentences they are (`sentence_case_headlines`)."""

from __future__ import annotations

import re
from bisect import bisect_left

from tui.core.given_names import GIVEN_NAMES
from tui.core.lexicon import (
    AUTHOR_PRONOUNS,
    CHARACTERIZE_CUES,
    COLLECTIVE_HEADS,
    CUE_AUXILIARIES,
    DETERMINERS,
    DOCUMENT_WORDS,
    FIXTURE_VERBS,
    FRAMING_CUES,
    FUNCTION_WORDS,
    GATHERING_NOUNS,
    INVERTED_CUES,
    KIN_BODIES,
    MEMBERS_BODIES,
    NAME_GIVING_WORDS,
    NATURAL_EVENTS,
    NOT_SPEAKER_LABELS,
    PREPOSITIONS,
    ROLE_NOUNS,
    SOURCE_ADJECTIVES,
    SPEECH_CUES,
    TITLES,
    WORDING_VERBS,
)
from tui.core.model import Span
from tui.core.organizations import SORTED_BODY_HEADS
from tui.core.speakers import Phrase, phrase_after, phrase_before
from tui.core.statements.patterns import (
    AS_WORD,
    ASKED_OPENING,
    CLOSE_MARKS,
    CUE_VERBS,
    TRIM_END,
    WORDS,
    word_before,
)
from tui.core.statements.quotations import with_apposed_role
from tui.core.statements.state import Found, State
from tui.core.text import (
    DASHES,
    LineStarts,
    alternation,
    holds,
    sentences,
    strip,
    title_words,
    whole_word_starts,
)

# A speaker label opening a paragraph, and its topic in a headline: "Obama on Climate: ...",
# in Markdown bold too ("**Lee:** ..."), or after a bullet ("•", "-", "–", "1.") before a
# quotation running to the paragraph's end ("• Health Canada: “Stay indoors.”"); a bullet's
# label before words unquoted, or a title quoted, is its topic: "• Adults: $3", "- Friday:
# "Hamilton" opens". A topic may list words ("Klopp on injuries, form and the title race:").
_LABEL = re.compile(
    r"(?:(?:[•▪◦‣*–-]|\d{1,2}[.)])[^\S\n]+(?=[^:\n]{1,60}:\s+[“\"][^\n]*[”\"][^\S\n]*(?:\n|$)))?"
    r"(?:\*\*)?[\"“]?([A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*){0,2})(?:\s+on\s+[^:\n]{1,60}?)?:"
    r"(?:\*\*)?\s+(?=\S)"
)
# A clause after a comma in a label's topic ("Preaching on Sunday, *the* bishop quoted"):
# with a participle for the label, an opening participle's phrase, prose.
_COMMA_CLAUSE = re.compile(r",\s+[a-z]")
# An amount alone after a label, a few words of its unit after it: a fact sheet's or a
# table's row ("Seniors: $2.35 per ride", "Turnout: 61 per cent"), no one's words.
_AMOUNT_ONLY = re.compile(r"(?:about |up to |roughly )?[$€£]?\d[\d,.]*(?:\s+[a-z%]+){0,3}\.?\s*")
# Heads of a label naming a group or a body, who speak even when the text writes them in
# lower case ("Teachers' Union: ...", "the teachers' union").
_SPEAKING_BODIES = MEMBERS_BODIES | KIN_BODIES | COLLECTIVE_HEADS | SORTED_BODY_HEADS
_FIRST_PLURAL = re.compile(r"\b(?:We|Our|Us)\b")  # a headline in the label's voice
_TOPIC_REACH = 2000  # characters after a headline where its topic is written in lower case
_LABEL_REACH = 140  # how far into a paragraph the colon of a label or a headline may be
# A headline quoting its subject after a colon: "Mayor Slams Port Chief: ‘You Must Answer For
# This.’"; the words before the colon hold no clause end or quotation.
_HEADLINE_QUOTE = re.compile(r"[A-Z][^\n:;.!?“”\"‘’]{1,100}?:\s+(?=[“\"‘'])")
_QUOTE_OPENINGS = ("“", '"', "‘")  # a label's words quoted after it
_QUOTE_OPENING = re.compile("[" + "".join(_QUOTE_OPENINGS) + "]")
# A quotation after a label closing on a comma, and the five words after it, which may hold
# a cue: '“Expect rain,” forecasters said', '"Snow by Friday," Environment Canada said'.
_CUE_AFTER_QUOTE = re.compile(r"[“\"‘][^“”\"\n]{1,400}?,[”\"’]\s+((?:[\w.’'-]+\s+){0,4}[\w’'-]+)")
_NOT_LABEL = NOT_SPEAKER_LABELS | FUNCTION_WORDS | SPEECH_CUES
# The rest of a work's title quoted whole, past the colon of its subtitle, and the word after
# it in lower case: '“Dune: *Part Three” earned*', '"Mission: *Impossible" opens*'.
_SUBTITLE_REST = re.compile(r"([^“”\"\n.!?:,;]{1,60})[”\"](?=\s+[a-z]|[’']s\b)")
# A label that names no speaker, opening a paragraph: "UPDATE: ", "THE FACTS: ", "Our verdict: ",
# a word before it too: "Injury update: ", "Editor's note: ".
_PLAIN_LABEL = re.compile(r"(?i:(?:the|our)\s+)?(?:[A-Za-z'’-]+\s+)?([A-Za-z'’-]+):\s+(?=\S)")
_PLAIN_LABEL_REACH = 24  # how far into a paragraph the colon of such a label may be
_PERSON_POSSESSIVE = re.compile(r"(?:Her|His|Their)\s")  # opening a possessor's noun, no label
# A live blog's entry time opening its paragraph before a colon: "Update 4:15 p.m. PT: The
# fire has grown ...", "9:40 a.m.: Officials say ..."; what the entry says comes after it.
_TIME_LABEL = re.compile(r"(?:Update\s+)?\d{1,2}:\d\d\s*[ap]\.?m\.?(?:\s+[A-Z]{2,4})?\s*:\s+(?=\S)")
# The line signing a social post quoted whole in the paragraph before it, as a page keeps an
# embedded post: "— Ann Lee (@SenAnnLee) March 3, 2024" (a dash, the account's name, its
# handle, the date), or "A post shared by Ann Lee (@annlee)". Group "name": who posted it.
_POST_SIGNATURE = re.compile(
    r"(?:[-—–―]{1,2}\s*|A post shared by\s+)(?P<name>[^()@\n—–]{2,60}?)\s*\(@\w{1,30}\)"
    r"(?P<date>\s+[A-Za-z]{3,9}\.?\s+\d{1,2},\s+\d{4})?\s*"  # "May" lowered with a headline's
)
# A transcriber's note in a turn, no words said: "(Laughter)", "[crosstalk]", "Inaudible."
_TRANSCRIBER_NOTE = re.compile(
    r"[(\[]|(?i:inaudible|crosstalk|laughter|applause|unintelligible|silence)\b"
)
# Links to a post's picture or to the post ending its text, and any punctuation after them:
# "pic.twitter.com/aB3d".
_POST_LINK = re.compile(r"(?:\s+(?:pic\.twitter\.com|https?://t\.co)/\w+)+[\s,;:.]*\Z")
_POST_LINK_REACH = 80  # characters at a span's end that hold such links
# A section's heading in capitals, a line of its own: "UP NEXT", "TIP-INS", "KEY STAT".
_HEADING = LineStarts(r"[^\S\n]*[A-Z][A-Z’'&-]+(?:[^\S\n][A-Z’'&-]+){0,3}:?[^\S\n]*$")
_SECTION_ENTRIES = 8  # how many paragraphs of entries opened by labels a heading may head
# The labels of a transcript's turns, and whether each is an answer.
_INTERVIEW_TURNS = {"q": False, "question": False, "a": True, "answer": True}
# An answer's own attribution closing it, outside quotation marks, after a comma: a cue, then
# a name with any words before it and an aside after ("A: It depends, says Ana Ruiz, a
# planner.", "A: ... , said the Moncton planner Ana Ruiz."; a column's answer quoting an
# expert; not "My mother, said Quon, never read it."): the whole answer is that person's.
_ANSWER_ATTRIBUTED = re.compile(
    r",\s+(?P<cue>"
    + alternation(INVERTED_CUES)
    + r")\s+(?P<who>(?:[\w’'.-]+\s+){0,4}?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)"
    r"(?:,\s+(?:(?:a|an|the|who|whose|his|her|their|its)\s|[A-Z])[^“”\"‘’,.]+"
    r"(?:,\s+[^“”\"‘’,.]+)?)?[.!]?\s*\Z"
)
# A court transcript's turns, with a full stop: "Q. Did you read it?", "A. I did." (an "A."
# is an answer only after a question: "A. J. Lee said" opens prose).
_DOTTED_TURN = re.compile(r"([QA])\.\s+(?=\S)")
# A word a role's noun may follow: a name or a show's title ("CBC host", "The Current host"),
# a possessive ("the paper's host"), a determiner ("the host", "its host").
_NOUN_BEFORE = re.compile(r"[A-Z][\w’'.-]*|[\w.-]+[’']s?|(?i:" + alternation(DETERMINERS) + r")")
# An introduction announcing an interview printed whole: "This interview has been edited and
# condensed.", "The Ledger spoke with Ines Marlow about the ferry."
_ANNOUNCED = re.compile(
    r"\b(?:edited|condensed|(?:spoke|talked|sat\s+down)\s+(?:with|to))\b", re.IGNORECASE
)
_EXCERPTS = re.compile(r"\b(?:excerpts?|highlights|portions)\b", re.IGNORECASE)  # not whole
# Title-case headlines: at most this long, their cues and function words put in lower case.
_HEADLINE_LENGTH = 200
_LONG_WORD = re.compile(r"[^\W\d_]{4,}")
_LOWER_LONG_WORD = re.compile(r"(?<![^\W\d_])[a-z][^\W\d_]{3}")
_CAPITAL_WORD = re.compile(r"(?<![^\W\d_])[A-Z][^\W\d_]{2}")  # "See", "Job", "Levy"
# A headline's capitalised word, a negated auxiliary too ("... Miracle That Wasn’t": lowered,
# "that" reads as the relative pronoun it is before it, not as a cue's "that").
_HEADLINE_WORD = re.compile(r"(?<![\w’'-])[A-Z][a-z]+(?:n[’']t)?(?![\w’'-])")
_HEADLINE_LOWER = (
    CUE_VERBS
    | FUNCTION_WORDS
    | PREPOSITIONS
    | DETERMINERS
    | {word for word in CUE_AUXILIARIES if word.endswith(("n't", "n’t"))}
)
# The present of a verb of framing or seeing as, lowered only after a person or a body and
# before the headline's "as": "Mayor Pitches Levy as Fix for Ferries", "Gov. Ann Lee Frames
# Cut as Relief", a plural's "Critics See Levy as Job Killers" (not of harsh criticism: "Lee
# Hammers Bank Chief: ‘...’" quotes its subject; not a noun: "Lake Views Draw Buyers as
# Prices Climb"): the -s forms, and by name the bare forms a plural subject takes ("Critics
# See", "Voters View"), not "bill", "present", "cast", "frame", "spin", "saw", a given name or
# a noun too ("Premier Bill Davis Remembered as Builder").
_FRAMING_BARE = frozenset("see view regard perceive envision envisage depict".split())
_FRAMING_PRESENTS = (
    frozenset(word for word in FRAMING_CUES | CHARACTERIZE_CUES if word.endswith("s"))
    | _FRAMING_BARE
) - _HEADLINE_LOWER
# Of those, the ones that are never a noun's plural: after any capitalised word ("Marsh Sees
# Tax Cut as Boon"), where "Lake Views Draw Buyers" has a noun.
_FRAMING_VERBS_ONLY = frozenset(
    "see sees perceive perceives envision envisions envisage envisages depict depicts".split()
)
_WORD_BEFORE = re.compile(r"([\w’'-]+)\.?\s+(?:([\w’'-]+)\.?\s+)?\Z")
# The adjective of an unnamed source before its preposition, lowered too: "People *Familiar*
# With Inquiry Say", no name (not "Glenn Close Says ...": a name).
_SOURCE_ADJECTIVE_AFTER = re.compile(r" (?i:with|to|in|on|about|of)\b")
# An attribution closing a paragraph, its source and a verb of speech after a comma: "...,
# the operator said.", "..., Acme says." (a brief's own source, no turn of a transcript).
# A turn's own voice, which a brief's heading never has: "PRICE: Well, according to *our*
# numbers ...".
# A word of the first person; "I" after a capitalised word is a numeral ("Phase I", `numeral`).
_FIRST_PERSON = re.compile(r"\b(?:(?P<numeral>[A-Z][a-z]+\s+)I|I|[Ww]e|[Oo]ur|[Mm]y|[Uu]s|[Mm]e)\b")
# "according to" naming a source of the paragraph's own, not the speaker's ("according to
# our numbers").
_ACCORDING_TO_SOURCE = re.compile(r"\baccording to (?!(?:our|my|us|me)\b)")
_CLOSING_ATTRIBUTION = re.compile(
    r",\s[^,.;:!?“”\"\n]{1,60}?\s(?:said|says|reported|reports|announced)\.?\s*\Z"
)


class Labels(State):
    """Speaker labels and headline quotes, each a paragraph of its own."""

    def _labelled(self, para: Span, index: int) -> bool:
        """ "PENCE: ..." or "Sanders: Clinton needs ...": a speaker label opening a paragraph;
        an interview's turn (a "Q:" asking nothing is prose, its cues read as any), or a
        court transcript's "Q. ..." asking something and the "A. ..." after one; or a social
        post quoted whole, signed on the line after it (`_embedded_post`)."""
        if self._embedded_post(para, index):
            return True
        dotted = _DOTTED_TURN.match(self.text, para[0], para[1])
        if dotted is not None and dotted.group(1) == "Q":
            if self._asks_only(dotted.end(), para[1]):
                return self._interview_turn(para, index, dotted.end(), False)
            self._fix_interviewee(para[0])  # "Q. The union says ... What do you tell them?"
        elif dotted is not None and self.interviewee is not None:
            return self._interview_turn(para, index, dotted.end(), True)
        reach = para[0] + _LABEL_REACH
        if self.text.find(":", para[0], reach if reach < para[1] else para[1]) < 0:
            return False  # most paragraphs: no colon where a label or a headline could end
        label = _LABEL.match(self.text, para[0], para[1])
        if label is None or self._participle_label(label):
            return self._headline_quote(para, index)
        if self._quoted_title(label, para[1]):
            return False  # '“Dune: Part Three” earned $90 million, the studio said': a title
        turn = label.group(1).lower()
        if turn in _INTERVIEW_TURNS:
            answer = _INTERVIEW_TURNS[turn]
            if not answer and not self._asks_only(label.end(), para[1]):
                self._fix_interviewee(para[0])  # the first turn, though read as prose
                return False  # "Q: Lee told the paper that ...": no question, read as prose
            return self._interview_turn(para, index, label.end(), answer)
        words = label.group(1).split()
        if any(w.lower() in _NOT_LABEL for w in words) or self._topic(words, label.end(), para[1]):
            return False
        if self.text.startswith("**", para[0]) and not self._bold_speaker(words, label, para[0]):
            return False  # "**Weather:** Expect rain ...": a run-in heading, no one speaks
        if (
            not label.group(1).isupper()
            and self._under_heading(index)
            and self._team_note(label.group(1), label.end(), para[1])
        ):
            return False  # "UP NEXT¶Tidemen: Host Quebec on Tuesday.": a section's entries
        if words[-1].lower() in GATHERING_NOUNS:
            return False  # "Golden Globes: Ruiz wins": where it happened, no one speaks
        if any(word.lower() in NATURAL_EVENTS for word in words[:2]):
            return False  # "Storm Idris: thousands without power", "Tropical Storm Lee: ...":
            # what happened, a live blog's title, no one speaks
        if _last_said(self.text, label.end(1), label.end()) is not None:
            return False  # "Speaking on the radio, Lee said: ...": the cue stage reads it
        if (
            not label.group(1).isupper()
            and _AMOUNT_ONLY.fullmatch(self.text, label.end(), para[1])
            and not self._answers_turn(index)
        ):
            return False  # "Adults: $3.45 a ride": a table's row; not a turn, "LEE: 12."
        found = self._content(label.end(), para[1])
        one_word = found is None and self._one_word_turn(label, para[1], index)
        named = self._named_in_capitals(words, para[0]) if found or one_word else None
        if found is None and named is None:
            return False
        if named is None and self._heading_in_capitals(words, label.end(), para[1]):
            self.brief_labels[para[0]] = label.end()  # read past it (`_past_label`)
            return False  # "PENSIONS: Each year you delay ..., according to a report"
        span = (found[0][0], min(found[0][1], para[1])) if found else (label.end(), para[1])
        kind = found[1] if found and not label.group(1).isupper() else "direct"
        content = strip(self.text, span, TRIM_END + CLOSE_MARKS)
        if named is None:
            phrase = Phrase(label.span(1), tuple(words))
            self._emit(Found(content, kind, phrase, None), index)
        else:  # "TALBOT: ..." after "Owen Talbot": his, the label its mention
            self._emit(Found(content, kind, None, None), index, (named, label.span(1)))
            self.speakers.answered(named, para[1])  # the last speaker heard
        if index:  # not a headline's "Limbaugh: Rival's Plea ‘Reeks of Fear’"
            self._announce(para[0])
            emitted = self.statements[-1]
            self.turn = (index, (emitted.speaker, emitted.speaker_span))
        self.covered = max(self.covered, para[1])
        return True

    def _quoted_title(self, label: re.Match[str], end: int) -> bool:
        """Whether a label opened by a quotation mark is a work's title quoted whole, its
        subtitle after the colon in title words and the sentence going on after the closing
        mark ('“Dune: Part Three” earned ...', '"Mission: Impossible" opens ...')."""
        if self.text[label.start(1) - 1 : label.start(1)] not in _QUOTE_OPENINGS:
            return False
        rest = _SUBTITLE_REST.match(self.text, label.end(), end)
        return rest is not None and title_words(rest.group(1).split())

    def _heading_in_capitals(self, words: list[str], start: int, end: int) -> bool:
        """Whether a label in capitals that names no person heard or named (`named`) is the
        heading of a brief, no speaker: a common noun its paragraph (text[start:end]) writes
        in lower case too, or its singular ("LEVY: ... a proposed levy", "FERRIES: ... the
        ferry"), or a heading whose paragraph names its own source ("MOVIES: ..., according
        to studio estimates", "FERRIES: Our service ..., the operator said."); not a role
        ("HOST: ..."), nor else a turn in the first person before any quotation ("PRICE:
        Well, according to our numbers, the price ...", "BAKER: We will see. The baker ...")."""
        if not all(w.isupper() for w in words) or words[-1].lower() in ROLE_NOUNS:
            return False
        if (
            _CLOSING_ATTRIBUTION.search(self.text, start, end) is not None
            or _ACCORDING_TO_SOURCE.search(self.text, start, end) is not None
        ):
            return True  # "FERRIES: Our service resumes Monday, the operator said."
        quoted = _QUOTE_OPENING.search(self.text, start, end)
        upto = quoted.start() if quoted else end
        if any(m["numeral"] is None for m in _FIRST_PERSON.finditer(self.text, start, upto)):
            return False
        phrase = " ".join(words).lower()
        forms = [phrase]
        if phrase.endswith("ies"):
            forms.append(phrase[:-3] + "y")  # "FERRIES": "the ferry"
        elif phrase.endswith("s"):
            forms.append(phrase[:-1])
        return any(whole_word_starts(self.text, form, start, end) for form in forms)

    def _one_word_turn(self, label: re.Match[str], end: int, index: int) -> bool:
        """Whether a label in capitals opens a turn of one word, its paragraph ending at `end`
        ("GILL: No.", "TALBOT: Twice."): a statement of a person the text names, answering
        a question the turn before asks; not a transcriber's note ("TALBOT: (Laughter)",
        "VARNUM: Inaudible.") nor an entry of a list ("TALBOT: Liberal")."""
        if not label.group(1).isupper() or WORDS.search(self.text, label.end(), end) is None:
            return False
        if _TRANSCRIBER_NOTE.match(self.text, label.end(), end):
            return False
        if index == 0:
            return False
        before = self.paras[index - 1]
        asked = self.text.rfind("?", *before)
        return asked >= 0 and _LABEL.match(self.text, *before) is not None

    def _bold_speaker(self, words: list[str], label: re.Match[str], upper: int) -> bool:
        """Whether a label in Markdown bold names a speaker: its words are quoted ("**Lee:**
        “We won.”") with no cue of their own after the quotation ('**Forecast:** "Snow by
        Friday," Environment Canada said.'), or it names a person by a given name and a
        surname or a title ("**Omar Pike:** ...", "**Mayor Holt:** ...") or by the surname
        of a person named before `upper`; not a run-in heading ("**Weather:** Expect rain",
        "**Cost:** About $40 million") nor a lone given or place name ("**Victoria:** ...")."""
        if self.text.startswith(_QUOTE_OPENINGS, label.end()) and not self._quote_cued(label):
            return True
        first = words[0].lower().rstrip(".")
        return (
            (len(words) > 1 and first in GIVEN_NAMES)
            or first in TITLES
            or (len(words) > 1 and first in ROLE_NOUNS)
            or self.speakers.person_surnamed(words[-1].lower(), upper) is not None
        )

    def _quote_cued(self, label: re.Match[str]) -> bool:
        """Whether the quotation right after a bold label closes on a comma and a speech cue
        of its own ('**Weather:** “Expect rain,” forecasters said.'): the cue's subject
        speaks, the label is a heading."""
        cued = _CUE_AFTER_QUOTE.match(self.text, label.end())
        return cued is not None and any(w.lower() in SPEECH_CUES for w in cued.group(1).split())

    def _answers_turn(self, index: int) -> bool:
        """Whether the paragraph at `index` follows a labelled turn asking a question ("Q:
        How much do you pay?¶Lee: $1,200 a month."): an answer, even an amount alone."""
        if index == 0:
            return False
        start, end = self.paras[index - 1]
        return (
            self.text[start:end].rstrip().endswith("?")
            and _LABEL.match(self.text, start, end) is not None
        )

    def _named_in_capitals(self, words: list[str], upper: int) -> str | None:
        """The speaker a transcript's label in capitals stands for ("TALBOT:", "SEN.
        TALBOT:"): the one person of that surname heard or named before `upper` ("Owen
        Talbot"); else the person a whole name in capitals spells, named so before with the
        title before it ("TOVA BRASK:" after "Mayor Tova Brask", a given name no list knows);
        None for a label in title case or no such person."""
        word = words[-1]
        if not word.isupper() or len(word) < 2:
            return None
        if len(words) == 1 and word.lower() in ROLE_NOUNS:
            return self._role_named_before(word, upper)
        surnamed = self.speakers.person_surnamed(word.lower(), upper)
        if surnamed is not None or len(words) == 1 or not all(w.isalpha() for w in words):
            return surnamed
        mentions = self._prose_mentions(words)
        if not mentions or mentions[0][0] >= upper:
            return None
        start, end = mentions[0]
        title = word_before(self.text, start)
        if title[:1].isupper() and title.rstrip(".").lower() in ROLE_NOUNS:
            start -= len(title) + 1  # "Mayor Tova Brask": her title too
        phrase = Phrase((start, end), tuple(self.text[start:end].split()))
        return self.speakers.resolve(phrase)[0]

    def _role_named_before(self, role: str, upper: int) -> str | None:
        """The person a role label in capitals stands for ("HOST:", "MODERATOR:"): the one
        that role, a noun, last presented before `upper`, with a name after it ("The Current
        host Ana Lee spoke with ..."; not the verb of "Tollis Bay will host Premier Dan
        Holt"); None when no role with a name stands before."""
        mentions = self._prose_mentions([role])
        for start, _ in reversed(mentions[: bisect_left(mentions, (upper,))]):
            before = word_before(self.text, start)
            if before and not _NOUN_BEFORE.fullmatch(before):
                continue  # "will host", "to host": a verb
            phrase = phrase_after(self.text, start, upper)
            if phrase is not None and len(phrase.words) > 1 and phrase.words[-1][:1].isupper():
                return self.speakers.resolve(phrase)[0]
            return None
        return None

    def _prose_mentions(self, words: list[str]) -> list[Span]:
        """Where the words of a label in capitals stand in the text, as whole words in any
        case but all capitals (a mention in prose, not another label): "Host", "host" for
        "HOST"; the text scanned once for each label's words."""
        key = " ".join(words).lower()
        found = self.prose_mentions.get(key)
        if found is None:
            pattern = re.compile(r"\b" + r"\s+".join(map(re.escape, words)) + r"\b", re.I)
            found = [m.span() for m in pattern.finditer(self.text) if not m.group().isupper()]
            self.prose_mentions[key] = found
        return found

    def _embedded_post(self, para: Span, index: int) -> bool:
        """A post quoted whole as its page embeds it: the paragraph's words, up to a link to
        its picture, are what the account signing the next paragraph wrote ("The mayor must
        go. pic.twitter.com/aB3d" over "— Ann Lee (@SenAnnLee) March 3, 2024"); the signature
        is taken with it. False if the next paragraph signs no post."""
        if index + 1 >= len(self.paras):
            return False
        start, end = self.paras[index + 1]
        if self.text[start] not in DASHES and not self.text.startswith("A post", start):
            return False  # most paragraphs: the next one opens with no dash
        signature = _POST_SIGNATURE.fullmatch(self.text, start, end)
        if signature is None:
            return False
        phrase = phrase_after(self.text, signature.start("name"), signature.end("name"))
        if phrase is None:
            return False
        unlinked = without_post_link(self.text, para)
        if signature.group("date") is None and unlinked == para and self.text[start] in DASHES:
            return False  # an author's closing line, "— Ann Lee (@annlee)", signs no post
        span = strip(self.text, unlinked, TRIM_END)
        signed = signature.group("date") is not None or unlinked != para
        if span[1] <= span[0] or self._tells_of_post(span, phrase, signed):
            return False
        self._emit(Found(span, "direct", phrase, None), index)
        self.covered = max(self.covered, end)
        return True

    def _tells_of_post(self, span: Span, signer: Phrase, signed: bool) -> bool:
        """Whether the paragraph at `span` over a post's signature is the writer's, not the
        post: it names the signer ("Sen. Ann Lee quickly fired back on social media.") or
        quotes with a cue of its own ("“The mayor lied,” Lee wrote."). Over a post `signed`
        with a date or a link, the signer's last word alone is no name ("Snow crews are out
        across Toronto" over "— City of Toronto (@cityoftoronto) January 5, 2026"), nor a
        quotation and a cue without it ('We said “no more delays”': the post)."""
        words = WORDS.findall(self.text, *span)
        named = signer.words[-1] in words
        if signed and " ".join(signer.words) in " ".join(words):
            return True
        if named and not signed:
            return True
        quoted = any(self.text.find(mark, *span) >= 0 for mark in '“"')
        cue = any(word.lower() in SPEECH_CUES for word in words)
        return quoted and cue and (named or not signed)

    def _team_note(self, label: str, start: int, end: int) -> bool:
        """Whether text[start:end], after `label`, reads as a game story's note on a team
        rather than words said: no quotation, question, "I" nor "we", and either a team's
        next game (`_fixture`) or a note on a team whose label opens one elsewhere ("Miners:
        Lindahl has scored in 11 straight." with "Miners: Host Phoenix on Sunday."); not
        "Lee: I wrote it in a year." nor "Republicans: It will pass." (under "Q&A",
        "REACTION")."""
        text = self.text
        if any(text.find(mark, start, end) >= 0 for mark in '“"?'):
            return False
        if any(word.lower() in AUTHOR_PRONOUNS for word in WORDS.findall(text, start, end)):
            return False
        if _fixture(text, start, end):
            return True
        if self.teams is None:  # the labels of the text's schedule entries, found once
            labels = ((_LABEL.match(text, *para), para[1]) for para in self.paras)
            self.teams = frozenset(
                match.group(1)
                for match, end in labels
                if match and _fixture(text, match.end(), end)
            )
        return label in self.teams

    def _under_heading(self, index: int) -> bool:
        """Whether the paragraph `index` is an entry of a section under a heading in capitals
        on a line of its own (`section_headings`), right before it or before entries opened
        by labels too: a game story's notes, team by team ("UP NEXT¶Hawks: At Regina on
        Monday."), which no one says."""
        for entry in range(index, max(0, index - _SECTION_ENTRIES), -1):
            start = self.paras[entry - 1][1] if entry else 0
            if holds(self.headings, start, self.paras[entry][0]):
                return True
            heading = self.paras[entry - 1][0]  # where the paragraph before opens
            if entry and holds(self.headings, heading, heading + 1):
                return True  # "UP NEXT:", a paragraph of its own
            if entry == 0 or _LABEL.match(self.text, *self.paras[entry - 1]) is None:
                return False
        return False

    def _past_label(self, para: Span) -> Span:
        """The paragraph `para` past a label opening it that names no speaker: "THE FACTS:
        The clip is old, the county said." says what the county said after the label, as a
        brief's heading ("LEVY: ...", `_heading_in_capitals`) does."""
        if para[0] in self.brief_labels:
            return self.brief_labels[para[0]], para[1]
        text = self.text
        reach = para[0] + _PLAIN_LABEL_REACH
        if text.find(":", para[0], reach if reach < para[1] else para[1]) < 0:
            return para
        label = _PLAIN_LABEL.match(text, para[0], para[1])
        if (
            label is None
            or label.group(1).lower() not in NOT_SPEAKER_LABELS
            # "The statement read: “...”": a document's verb of wording, no "Read:" link
            or (label.group(1).lower() in WORDING_VERBS and label.start(1) > para[0])
            # "Her verdict: “...”": a person's, no review's "Our verdict:"
            or _PERSON_POSSESSIVE.match(text, para[0]) is not None
        ):
            stamp = _TIME_LABEL.match(text, para[0], para[1])
            return para if stamp is None else (stamp.end(), para[1])
        return label.end(), para[1]

    def _topic(self, words: list[str], label_end: int, end: int) -> bool:
        """Whether a label in title case is a headline's topic, a common noun or compound
        that the text after its paragraph (from `end`, within `_TOPIC_REACH`) writes in lower
        case too ("Floods: Death toll rises ..."; "the floods"; "Box Office: ..."; "the
        weekend box office"), not a name nor a role or a document ("Police: ...", "Poll:
        ..."), nor a group or a body, who speak ("Royal Family: We Are Proud ...", "City
        Council: Budget Vote Delayed"), nor one whose headline after it (from `label_end`)
        speaks as "we"."""
        head = words[-1].lower()
        if words[0].isupper() or head in ROLE_NOUNS or head in DOCUMENT_WORDS:
            return False
        if head in _SPEAKING_BODIES or _FIRST_PLURAL.search(self.text, label_end, end):
            return False
        reach = min(len(self.text), end + _TOPIC_REACH)
        return bool(whole_word_starts(self.text, " ".join(words).lower(), end, reach))

    def _opens_turn(self, para: Span) -> bool:
        """Whether the paragraph `para` opens with an interview's turn, "Q:" or "A." (read as
        prose or not)."""
        label = _LABEL.match(self.text, para[0], para[1])
        return (
            label is not None and label.group(1).lower() in _INTERVIEW_TURNS
        ) or _DOTTED_TURN.match(self.text, para[0], para[1]) is not None

    def _asks_only(self, start: int, end: int) -> bool:
        """Whether a question turn from `start` to `end` only asks: its first sentence holds
        a "?"; "Q: Your critics say the levy is too high. Is that fair?" opens with a claim it
        reports, read as prose."""
        first = sentences(self.text, (start, end), self._quotes_in((start, end)), self.marks)
        return bool(first) and self.text.find("?", *first[0]) >= 0

    def _fix_interviewee(self, upper: int) -> None:
        """The one interviewed, fixed at the first turn (at `upper`) from the text before it,
        though that turn be read as prose (`interviewee`): "Ines Marlow runs the ferry.¶Q:
        Premier Dan Holt says it loses money. Is he right?¶A: ..." (Marlow's, not Holt's);
        and whether that text announces a whole transcript (`_announce`)."""
        self._announce(upper)
        if self.interviewee is None:
            phrase = self.speakers.most_named_person(upper)
            self.interviewee = (None, None) if phrase is None else self.speakers.resolve(phrase)

    def _announce(self, upper: int) -> None:
        """Whether the text before the first turn (at `upper`) announces a transcript printed
        whole (`announced`), whose answers run on in any clause: "This interview has been
        edited.", "Host Omar Lind spoke with Mayor Tova Brask." (not "excerpts of the call")."""
        if self.announced is None:
            self.announced = (
                _ANNOUNCED.search(self.text, 0, upper) is not None
                and _EXCERPTS.search(self.text, 0, upper) is None
            )

    def _interview_turn(self, para: Span, index: int, start: int, answer: bool) -> bool:
        """ "Q: ..." and "A: ...", a transcript's turns: a question reports nothing; an answer
        is said by the one interviewed, not by the "I" inside it: the person the text before
        the first turn presents, named most (`most_named_person`), or no speaker."""
        attributed = _ANSWER_ATTRIBUTED.search(self.text, start, para[1]) if answer else None
        if attributed is not None:  # "A: It depends, says Ana Ruiz, a planner.": all Ruiz's
            phrase = phrase_after(self.text, attributed.start("who"), para[1])
            if phrase is not None:
                span = strip(self.text, (start, attributed.start()), TRIM_END + CLOSE_MARKS)
                self._emit(Found(span, "direct", phrase, attributed.span("cue")), index)
                self.turn = (index, None)  # a column's expert: no turn running on
                self.covered = max(self.covered, para[1])
                return True
        self._fix_interviewee(para[0])
        content = self._content(start, para[1]) if answer else None
        if content is not None:
            span = strip(self.text, content[0], TRIM_END + CLOSE_MARKS)
            self._emit(Found(span, "direct", None, None), index, self.interviewee)
            self.speakers.answered(self.interviewee[0], para[1])
        self.turn = (index, self.interviewee if content is not None else None)
        self.covered = max(self.covered, para[1])
        return True

    def _participle_label(self, label: re.Match[str]) -> bool:
        """Whether `label` is no label but an opening participle's phrase, a clause after its
        comma ("Preaching on Sunday, the bishop quoted Isaiah: “...”"); a label's topic may
        list words after commas ("Klopp on injuries, form and the title race: “...”"); a
        question put is one before any clause ("Pressed on the cuts, Lee was blunt: “...”")."""
        head = label.group(1)
        if " " in head:
            return False
        if ASKED_OPENING.match(self.text, label.start(1)):
            # a cue before the colon is read by the cue stage ("Asked on the radio whether
            # she would go, Lee said: “...”"), as in `_labelled`
            return (
                self.text.find(",", label.end(1), label.end()) >= 0
                and _last_said(self.text, label.end(1), label.end()) is None
            )
        return (
            self._participle_at(head, label.end(1))
            and _COMMA_CLAUSE.search(self.text, label.end(1), label.end()) is not None
        )

    def _headline_quote(self, para: Span, index: int) -> bool:
        """ "Mayor Slams Port Chief: ‘You Must Answer ...’": a paragraph that is only a
        subject, a colon and a quotation; the subject opening it said the quotation."""
        head = _HEADLINE_QUOTE.match(self.text, para[0], para[1])
        if head is None:
            return False
        quote = self._first_quote((head.end(), para[1]))
        if quote is None or quote.start != head.end():
            return False
        if not self._only_punctuation(quote.end, para[1]):
            return False
        if len(WORDS.findall(self.text, *quote.content)) < 3:
            return False  # a title or a name, not a quotation
        cue = _last_said(self.text, para[0], head.end())
        opened = False  # the subject after an opening participle's phrase
        if cue is None and any(
            w in NAME_GIVING_WORDS for w in WORDS.findall(self.text, para[0], head.end())
        ):
            return False  # "Ann Lee named her boat: “Sea breeze and storm.”": a name
        if cue is not None:  # "Speaking on the radio, Lee said: “...”"
            phrase = phrase_before(self.text, para[0], cue.start())
        else:  # "Mayor Slams Port Chief: “...”": the subject opening the headline
            phrase = phrase_after(self.text, para[0], head.end())
            if phrase is not None and ASKED_OPENING.match(self.text, phrase.span[0]):
                return False  # "Pressed on the cuts, Lee was blunt: “...”": the sentence
                # stage reads the answer of the subject after the question (`_after_clause`)
            if phrase is not None and self._participle_opening(phrase):
                # "Preaching on Sunday, the bishop quoted Isaiah: “...”": the subject after
                # the opening participle's phrase, an article before it too
                phrase = self._sentence_subject(para[0], head.end())
                opened = phrase is not None and phrase.span[0] > para[0]
        if phrase is None or phrase.bare or (not opened and phrase.words[0].lower() in _NOT_LABEL):
            return False
        if cue is None:  # "Tom Reyes, actuary: “...”": the role apposed before the colon
            phrase = with_apposed_role(self.text, phrase, self.text.rfind(":", para[0], head.end()))
        span = strip(self.text, quote.content, TRIM_END + CLOSE_MARKS)
        self._emit(Found(span, "direct", phrase, None if cue is None else cue.span()), index)
        self.covered = max(self.covered, para[1])
        return True


def without_post_link(text: str, span: Span) -> Span:
    """`span` without the links to a post or its picture ending it (`_POST_LINK`), which are
    no words of the post: "The mayor must go. pic.twitter.com/aB3d"."""
    start, end = span
    near = end - _POST_LINK_REACH if end - _POST_LINK_REACH > start else start
    if text.find("/", near, end) < 0:
        return span  # most statements: no link near their end
    link = _POST_LINK.search(text, near, end)
    return (start, link.start()) if link is not None and link.start() > start else span


def section_headings(raw: str) -> list[int]:
    """The starts of the lines of `raw` that are a section's heading in capitals ("UP NEXT",
    "TIP-INS:"), in order: the entries under one are furniture (`Labels._under_heading`)."""
    return [start for start, _ in _HEADING.spans(raw)]


def _fixture(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], after a label, is a team's next game, opening on a verb of
    playing or a preposition: "Host Quebec on Tuesday.", "At Regina on Monday night."."""
    opener = WORDS.match(text, start, end)
    return opener is not None and (
        opener.group().lower() in PREPOSITIONS or opener.group().lower() in FIXTURE_VERBS
    )


def _last_said(text: str, start: int, end: int) -> re.Match[str] | None:
    """The last verb of speech in lower case in text[start:end], if any (a headline's verbs
    are capitalised: "Mayor Slams Port Chief")."""
    said = [word for word in WORDS.finditer(text, start, end) if word.group() in SPEECH_CUES]
    return said[-1] if said else None


def sentence_case_headlines(text: str, paras: list[Span]) -> tuple[str, frozenset[int]]:
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
    more after the first is capitalised, and there are at least three of them, or, in a
    short headline, one and four capitalised words of three letters or more in all
    ("Critics See Levy as Job Killers", "Ann Lee Sees Tax Cut as Boon")."""
    first = _LONG_WORD.search(text, start, end)
    if first is None or _LOWER_LONG_WORD.search(text, first.end(), end):
        return False  # most paragraphs: a long word in lower case, found early
    long_words = _LONG_WORD.findall(text, first.end(), end)
    if not long_words or not all(w[0].isupper() for w in long_words):
        return False
    return len(long_words) >= 3 or len(_CAPITAL_WORD.findall(text, start, end)) >= 4


def _lower_known(match: re.Match[str]) -> str:
    word = match.group()
    lower = word.lower()
    if lower in SOURCE_ADJECTIVES:
        after = _SOURCE_ADJECTIVE_AFTER.match(match.string, match.end())
        return lower if after is not None else word
    if lower in _FRAMING_PRESENTS:
        return lower if _framer_before(match) else word
    return lower if lower in _HEADLINE_LOWER and len(lower) == len(word) else word


def _framer_before(match: re.Match[str]) -> bool:
    """Whether a headline's verb of framing at `match` has "as" after it and, right before
    it, a person's or a body's noun ("Mayor Pitches", "Critics See", "Union Paints") or a
    name after a given name or a title ("Ann Lake Sees", "Gov. Tarrow Pitches"); not a
    noun's plural ("Lake Views Draw Buyers as Prices Climb")."""
    headline = match.string
    if AS_WORD.search(headline, match.end()) is None:
        return False
    before = _WORD_BEFORE.search(headline, 0, match.start())
    if before is None:
        return False
    last, first = before.group(2) or before.group(1), before.group(1)
    lower = last.lower()
    if lower in ROLE_NOUNS or lower in _SPEAKING_BODIES or lower in TITLES:
        return True
    if match.group().lower() in _FRAMING_VERBS_ONLY and last[0].isupper():
        return True  # "Marsh Sees Tax Cut as Boon": a surname, as "sees" is no noun
    return before.group(2) is not None and (first.lower() in GIVEN_NAMES or first.lower() in TITLES)
