"""Direct, indirect and mixed statements, their cues ("said", "according to") and speakers.

`find_statements(text)` runs ordered stages over the text (pipeline.py), most of them a
module to read on its own, all sharing one state (state.py: the text, its paragraphs,
quotations, cues and reporting nouns found once, the statements emitted so far):

0. furniture.py: page furniture (captions and credits, "READ MORE:" lines, bylines,
   contribution lines, ALL-CAPS section labels) is blanked, same length, before any stage.
1. labels.py, by paragraph: title-case headlines are put in sentence case before anything
   reads the text; a speaker label ("PENCE: ...") or a headline quoting its subject
   ("Mayor Vows: ‘...’") makes its paragraph a statement.
2. cues.py, by sentence: a cue (lexicon.py: speech, belief, stance and naming verbs,
   "according to") with a speaker phrase next to it is an attribution; its content lies
   after it ("X said that ..."), before it ("“...,” X said"), or on both sides; a second
   attribution joined by "and", "who" or a participle cuts the first; "..., according to
   an aide" reports the whole sentence. cue_forms.py holds the cues that take content their
   own way ("according to", passives, opening participles, naming and stance verbs),
   clauses.py where content beside a cue starts and ends.
3. quotations.py: a quotation with no cue continues the last speaker, or is said by a name
   after a dash or before a verb ("“...,” Lee sings"); resumed and colon-introduced
   quotations, for the cue stage.
4. nouns.py: nouns report content too ("a report that ...", "criticism of ...", "its
   pledge to ..."), held by their possessor, the document, or the sentence's subject.
5. Speakers: each statement's speaker phrase is resolved as it is emitted (speakers/);
   at the end what is no statement is dropped (rejections.py: non-answers, speech verbs
   in another sense, passives with no source, their "by" naming no agent when it tells a
   time, an amount or a manner, agents.py; headlines.py: a headline or standfirst
   statement that the body repeats), and every statement gets its act (acts.py:
   speech, thought or stance, from its cue) and its parts (parts.py: its content without
   the attribution inside it).
"""

from tui.core.statements.pipeline import find_statements

__all__ = ["find_statements"]
