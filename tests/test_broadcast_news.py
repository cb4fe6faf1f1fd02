"""News written from broadcast interviews as a new analyst reads it: constructions found by
trying whosaid on invented stories of a minister's radio interview, the Sunday television
shows and a chief executive's podcast (in tests/data/speakers/), each tested here on other
invented sentences."""

import pytest
from extraction_helpers import speaker_names

_MARSH = "Ivo Marsh said the plan failed. "


@pytest.mark.parametrize(
    "exchange",
    [
        'Kay Dunn asked him whether he would quit. "Never, not while work remains," he said.',
        'Dunn asked him whether he would quit. "Of course," he replied. "But walking is easy."',
        'Dunn asked him why he stayed. "Because the job is not done yet," he answered.',
    ],
)
def test_the_one_asked_answers_not_the_asker(exchange: str):
    assert speaker_names(_MARSH + exchange)[-1] == "Ivo Marsh"


@pytest.mark.parametrize(
    "text",
    [
        # The asker's own comment: no one was asked, no verb of answering.
        _MARSH + 'Tom Dunn asked why the council waited. "People died," he said.',
        # The one other speaker is a woman: no one else is meant.
        'Ann Hale said it failed. Tom Dunn asked why it waited. "People died there," he replied.',
    ],
)
def test_a_pronoun_after_a_question_no_one_else_answers_is_not_moved(text: str):
    assert speaker_names(text)[-1] not in ("Ivo Marsh", "Ann Hale")
