"""Review 28 of the entertainment-news branch (culture31), mended: an artist's trade after a
subject who did something else, a broadcaster by its outlet's name, a pen name's title
before words reported. Invented sentences only."""

import pytest
from extraction_helpers import attributed, speaker_names, speaker_of

# --- "the author": the subject just before only when they spoke or reacted ------------------


@pytest.mark.parametrize(
    "text",
    [
        "Lena Voss, a Halifax novelist, signed copies on Sunday. Piet Brand bought four of "
        "them. “I write for the bus,” the novelist said.",
        "Lena Voss, a Halifax poet, read for an hour. Piet Brand fixed the microphone. “Poems "
        "are weather,” the poet said.",
    ],
)
def test_an_artists_trade_keeps_its_holder_after_a_subject_who_did_another_deed(text: str):
    assert speaker_names(text)[-1] == "Lena Voss"


@pytest.mark.parametrize(
    "text",
    [
        "Lena Voss, a Halifax novelist, was not there. Piet Brand objected. “It's a fine "
        "book,” the novelist wrote.",
        "Lena Voss, a Halifax novelist, was not there. Piet Brand himself quietly objected. "
        "“It's a fine book,” the novelist wrote.",
        "Lena Voss, a Halifax novelist, was not there. Piet Brand said the list was safe. "
        "“It's a fine book,” the novelist wrote.",
    ],
)
def test_an_artists_trade_is_the_subject_who_just_spoke_or_reacted(text: str):
    assert speaker_names(text)[-1] == "Piet Brand"


# --- "the broadcaster Joy News": an outlet by its own words stays media ------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The broadcaster Joy News said it would carry the match.", "Joy News"),
        ("Rival broadcaster Grace Radio said it would carry the match.", "Grace Radio"),
        ("The broadcaster Victoria TV said it would carry the match.", "Victoria TV"),
    ],
)
def test_a_broadcaster_named_by_its_medium_stays_media(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "media")


def test_a_broadcaster_with_a_given_name_and_no_medium_is_still_a_person():
    assert speaker_of("The broadcaster Lena Voss said she would retire.")[:2] == (
        "Lena Voss",
        "person",
    )


# --- "wrote as Kit Marr for “The Ledger” that ...": words reported after the title -----------


@pytest.mark.parametrize(
    "text",
    [
        "She wrote as Kit Marr for “The Ledger” that the harbour was lost.",
        'He wrote as Rook Vale for "The Ledger" that the harbour was lost.',
    ],
)
def test_words_reported_after_a_pen_names_title_are_still_said(text: str):
    [(said, _, cue)] = attributed(text)
    assert said.endswith("the harbour was lost") and cue == "wrote"


def test_a_pen_names_title_alone_is_still_no_statement():
    assert attributed("The shortlist named the poet who writes as Kit Marr for “The Ledger.”") == []


# --- "known simply as Ree": the popular name read again later, every adverb the same ----------


@pytest.mark.parametrize("known", ["known simply as", "known professionally as", "better known as"])
def test_a_popular_name_after_an_adverb_is_the_full_names_speaker_later(known: str):
    text = f"Lena Voss, {known} Vosa, said the tour was over. Later, Vosa said she was tired."
    assert speaker_names(text) == ["Lena Voss", "Lena Voss"]


@pytest.mark.parametrize(
    "text",
    [
        "The drummer, known affectionately as Kip Dane, said he was done.",
        "The drummer, popularly known as Kip Dane, said he was done.",
    ],
)
def test_a_popular_name_after_a_description_is_the_speaker_whatever_the_adverb(text: str):
    assert speaker_of(text)[:2] == ("Kip Dane", "person")


def test_a_deed_one_is_known_for_is_still_no_popular_name():
    text = (
        "Lena Voss, known for her work in “Dust,” said the tour was over. Later, Vosa said it "
        "was late."
    )
    assert speaker_names(text)[-1] == "Vosa"
