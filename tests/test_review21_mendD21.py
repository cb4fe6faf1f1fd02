"""Review 4 of session 21 on h/advice and h/celeb: the constructions the reviewer found
wrong, each tested on invented sentences, with near-misses that must not change."""

import pytest

from tui.core.extract import extract
from tui.core.model import Article


def statements(body: str, headline: str = "A headline") -> list[tuple[str | None, str, str]]:
    """(speaker name, speaker kind, content) of each statement of `body` after `headline`."""
    text = headline + "\n\n" + body
    found = extract(Article(id="x", text=text))
    speakers = {s.id: s for s in found.speakers}
    return [
        (
            speakers[s.speaker].name if s.speaker else None,
            speakers[s.speaker].kind if s.speaker else None,
            text[s.span[0] : s.span[1]],
        )
        for s in found.statements
    ]


@pytest.mark.parametrize(
    "body",
    [
        'Neighbours woke to graffiti on the mosque with the words "Go home now."',
        'The singer was sent flowers with a note reading "Get well soon, Mia."',
        'Shoppers saw a sign that read "Closed for good."',
        'The photo was shared by Kay with the caption "Best day ever."',
    ],
)
def test_a_caption_is_not_the_subjects_without_a_verb_of_posting(body: str) -> None:
    """A note or sign the subject found, saw or was sent is someone else's words."""
    assert statements(body) == []


@pytest.mark.parametrize(
    "body",
    [
        'Kay shared a photo with the caption "Best day ever."',
        'Kay took to Instagram on Sunday, posting a photo of the twins with the caption "Best day ever."',
        'Kay captioned the photo, "Best day ever."',
    ],
)
def test_a_caption_of_the_subjects_post_stays_hers(body: str) -> None:
    assert statements(body) == [("Kay", "person", "Best day ever")]
