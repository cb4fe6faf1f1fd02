"""The cheap test that spares a cue the search for its speaker phrase: it may say "nothing
there" only where `phrase_before` finds nothing, on invented sentences."""

import pytest

from tui.core.speakers import phrase_before
from tui.core.statements import find_statements
from tui.core.statements.cues import _no_phrase_before
from tui.core.statements.patterns import LEAD
from tui.core.text import LONGEST_SENTENCE, article_sentences


def _told(sentence: str, cue: str) -> bool:
    pos = sentence.index(cue)
    lead = sentence[max(0, pos - LEAD) : pos].rstrip()
    return _no_phrase_before(sentence, 0, pos, lead)


_FAR = " and the talks went on" * 12  # 264 characters: past what `phrase_before` reads


@pytest.mark.parametrize(
    ("sentence", "cue", "told"),
    [
        ("The port reopened and said it would hire.", "said", True),  # a conjunction
        ("A rise in attacks worried the town.", "attacks", True),  # a preposition
        ("Said the mayor: the port is open.", "Said", True),  # nothing before the cue
        ("Those close to him say he will run.", "say", False),  # an unnamed source
        ("A poll taken in May and shows a lead.", "shows", False),  # a document made
        ("The mayor said the port is open.", "said", False),  # a subject
        ("Officials told reporters the port is open.", "told", False),
        ("He has long said the port is open.", "said", False),  # an auxiliary between
        ("The aides they spoke with said no.", "said", False),  # a contact clause
        ("In the end, mayors can say no.", "say", True),  # a modal not passed over
        # a document or a source counts only as far back as the phrase search reads
        ("A poll taken in May" + _FAR + " and shows a lead.", "shows", True),
        ("Those close to him" + _FAR + " and say he will run.", "say", True),
        ("The talks" + _FAR + " and a poll taken in May and shows a lead.", "shows", False),
    ],
)
def test_a_cue_is_spared_its_phrase_search_only_where_none_is_found(
    sentence: str, cue: str, told: bool
):
    assert _told(sentence, cue) is told
    if told:
        assert phrase_before(sentence, 0, sentence.index(cue)) is None


def test_a_word_cut_by_the_lead_is_not_read_as_a_function_word():
    # The lead's first characters are "and", the end of "Holland": not a word of its own.
    sentence = "Holland" + " " * 45 + "said it would."
    assert sentence[sentence.index("said") - LEAD :].startswith("and ")
    assert not _told(sentence, "said")


def test_an_unnamed_source_before_a_function_word_still_speaks():
    text = "Those close to him say the senator will run again."
    _, (statement,) = find_statements(text)
    assert statement.speaker_span is not None
    assert text[statement.speaker_span[0] : statement.speaker_span[1]].startswith("Those")


def test_an_endless_sentence_of_cues_inside_one_content_is_one_statement():
    # Every later cue stands inside the first one's content with nothing joining it: each is
    # told unread, as one is in a short sentence.
    text = "Citing it Trump said it " * 80 + "end."
    assert len(text) < LONGEST_SENTENCE
    _, statements = find_statements(text)
    assert len(statements) == 1
    short = "Citing it Trump said it " * 3 + "end."
    assert len(find_statements(short)[1]) == 1
    # a longer run is cut into sentences of at most LONGEST_SENTENCE characters: one each
    endless = "Citing it Trump said it " * 400 + "end."
    assert len(find_statements(endless)[1]) == len(article_sentences(endless)) > 1
