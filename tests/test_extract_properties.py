"""Properties of `extract` over any text: it never raises and every span is real.

Every span it reports (statements, their speaker and cue, speaker mentions, figures) is
non-empty and inside the text. Texts are arbitrary Unicode and news-like mixtures of quotes,
cue verbs, names, numbers and punctuation, where the extractors do most of their work.
"""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.core.extract import extract
from tui.core.model import Article, Document, Span

PIECES = [
    "“",
    "”",
    '"',
    "'",
    "‘",
    "’",
    "«",
    "»",
    ", ",
    ". ",
    "\n\n",
    " — ",
    "-",
    ":",
    "(",
    ")",
    " said",
    " says",
    " according to ",
    " told reporters",
    "He",
    " she ",
    "Mr. ",
    "Rustem Umerov",
    " the Ukrainian Defense Minister",
    " officials",
    " about ",
    " at least ",
    " more than ",
    " between ",
    " and ",
    " to ",
    " of ",
    "45,000",
    " 1.2 million",
    "$",
    "€",
    "£",
    "%",
    " per cent",
    " troops",
    " months",
    " a month",
    " one week",
    " tens of thousands of",
    " two-thirds",
    " 1/16",
    "200-300",
    " 2019",
    " Aug. 14",
    " 10:30 a.m.",
    " Route 66",
    "555-123-4567",
    "3rd",
    "½",
    "×10−8",
    " ",
    "\t",
    "\u00a0",
    "\u200b",
    "\ufeff",
]

news_like = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=4)), max_size=40).map(
    "".join
)


def spans_of(document: Document) -> list[tuple[str, Span]]:
    """Every span of a document, named for the failure message."""
    found: list[tuple[str, Span]] = []
    for statement in document.statements:
        found.append((f"{statement.id}.span", statement.span))
        if statement.speaker_span is not None:
            found.append((f"{statement.id}.speaker_span", statement.speaker_span))
        if statement.cue_span is not None:
            found.append((f"{statement.id}.cue_span", statement.cue_span))
    for speaker in document.speakers:
        found.extend((f"{speaker.id}.mentions", mention) for mention in speaker.mentions)
    found.extend((f"{figure.id}.span", figure.span) for figure in document.figures)
    return found


def check(text: str) -> None:
    document = extract(Article(id="prop", text=text))
    for name, (start, end) in spans_of(document):
        assert 0 <= start < end <= len(text), (name, start, end, len(text))
    ids = {s.id for s in document.statements}
    for figure in document.figures:
        assert figure.statement is None or figure.statement in ids


SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(st.text(max_size=300))
def test_any_unicode_text(text: str) -> None:
    check(text)


@SETTINGS
@given(news_like)
def test_news_like_text(text: str) -> None:
    check(text)


# Units of one endless sentence: thousands of cues and no clause boundary. Each cue looks a
# bounded way ahead, so twice the text should cost about twice the time, never four times:
# bench/hostile_input_speed.py measures that.
ENDLESS_UNITS = (
    "Trump criticized the deal and ",
    "questions about the deal and ",
    "Citing it Trump said it ",
    "Lee said it rained but the mayor said ",  # a refusal after "but" looked for
    "Critics say it is low; the levy fell, according to a report ",  # a post-posed "said"
)


def endless_sentence(unit: str, repeat: int) -> str:
    return unit * repeat + "end."


@pytest.mark.parametrize("unit", ENDLESS_UNITS)
def test_one_endless_sentence_is_read(unit: str) -> None:
    check(endless_sentence(unit, 3000))
