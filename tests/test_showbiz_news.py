"""Entertainment news as a new analyst reads it: constructions found by trying whosaid on
invented stories of a biopic's opening weekend, a folk trio's reunion tour and a literary
prize (in tests/data/speakers/), each tested here on other invented sentences."""

import pytest
from extraction_helpers import (
    attributed,
    missing_speakers,
    named,
    speaker_names,
    speaker_of,
    speakers_by_opening,
)

# --- "added another $28.5 million": an amount more, no speech ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Overseas markets added another $28.5 million.",
        "China added a further $9 million over the weekend.",
        "The index added another 40 points.",
        "The streaming release added an extra 3 million viewers.",
    ],
)
def test_an_amount_more_after_added_is_no_statement(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Lee added that another $5 million would come.", "another $5 million would come"),
        ("Lee added another 200 jobs would be cut.", "another 200 jobs would be cut"),
    ],
)
def test_an_amount_more_opening_a_clause_is_still_said(text: str, content: str):
    assert [c for c, _, _ in attributed(text)] == [content]


# --- "the poet who writes as Sable Quill for “Mother of Lakes”": a pen name, a title ----------


@pytest.mark.parametrize(
    "text",
    [
        "The finalists were Ana Cole and the poet who writes as Sable Quill for “Mother of Lakes.”",
        "The nominees included the author who writes as Rook Vale for “The Inland Sea.”",
        'Nominees included Bo Lind, who wrote as Kit Marr for "Salt Wind."',
    ],
)
def test_a_pen_name_before_a_works_title_is_no_statement(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ('She wrote as Kit Marr that "the war was lost."', "the war was lost"),
        ("He wrote for “The Gazette” that the war was lost.", "the war was lost"),
    ],
)
def test_words_reported_after_a_pen_name_or_an_outlet_stay_said(text: str, content: str):
    [(said, _, cue)] = attributed(text)
    assert content in said and cue == "wrote"


# --- "the comedian and broadcaster Desmond O'Halloran": a presenter, not an outlet ------------


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The comedian and broadcaster Desmond O'Halloran joked that he knew.",
            "Desmond O'Halloran",
            "comedian and broadcaster",
        ),
        ("The veteran broadcaster Ana Pruitt said she knew.", "Ana Pruitt", "veteran broadcaster"),
        ("Ana Pruitt, the broadcaster, said she knew.", "Ana Pruitt", "broadcaster"),
    ],
)
def test_a_broadcaster_with_a_given_name_is_a_person(text: str, name: str, role: str):
    assert speaker_of(text) == (name, "person", role)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The public broadcaster RTÉ said it would air the final.", "RTÉ"),
        ("The broadcaster Sky News said it would air the final.", "Sky News"),
        ("Vista, a broadcaster, said it would air the final.", "Vista"),
    ],
)
def test_a_broadcaster_by_its_outlets_name_stays_media(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "media")


# --- "wrote the novel “Nightjar”": a work's one-word title after its noun ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "Tom Wierz wrote the novel “Nightjar.”",
        "Tom Wierz wrote the song “Harbour” in 1958.",
        'Ines Bako wrote the album "Lanterns" alone.',
    ],
)
def test_a_one_word_title_after_a_works_noun_is_no_statement(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Tom Wierz wrote the note “Thanks for nothing.”", "Thanks for nothing"),
        ("Tom Wierz wrote the song “Harbour” was his best.", "was his best"),
        ("Tom Wierz wrote in his book “Harbour” that the war was lost.", "the war was lost"),
    ],
)
def test_a_message_or_a_clause_after_the_title_is_still_said(text: str, content: str):
    [(said, _, _)] = attributed(text)
    assert content in said


# --- "the actress", "the author": an artist's trade for the one just named --------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Marisol Reyes said she had trained. “I'd like to meet her,” the actress said.",
            "Marisol Reyes",
        ),
        (
            "Tom Hale said he had trained for months. “I'd like to meet him,” the actor said.",
            "Tom Hale",
        ),
        (
            "Ines Bako said the tour ended. Critics said it was long. “I'm done,” the singer said.",
            "Ines Bako",
        ),
        (
            "Ana Cole, a Saskatoon author, was absent. Tom Wierz disagreed. “Bernard is kind,” "
            "the author wrote on X.",
            "Tom Wierz",
        ),
    ],
)
def test_an_artists_trade_stands_for_the_one_just_named(text: str, name: str):
    assert speaker_names(text)[-1] == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Tom Hale said he had trained for months. “I'd like to meet her,” the actress said.",
            "the actress",
        ),
        (
            "Tom Hale, the director, said it was long. “I'd like to meet her,” the actress said.",
            "the actress",
        ),
        (
            "Ana Cole, a Saskatoon author, was absent. Critic Tom Wierz disagreed. “Bernard is "
            "kind,” the author wrote on X.",
            "Ana Cole",
        ),
    ],
)
def test_an_artists_trade_skips_the_other_gender_or_another_role(text: str, name: str):
    assert speaker_names(text)[-1] == name


# --- "the band", "the trio": the named ensemble whose role that noun heads --------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The band Hollow Pines said it was thrilled. “We're back,” the band said.",
            "Hollow Pines",
        ),
        (
            "Hollow Pines, a rock band from Winnipeg, said it was thrilled. “We're back,” the band "
            "said.",
            "Hollow Pines",
        ),
        (
            "Kesh, a folk trio from Cork, said the tour was off. The trio added that it was sorry.",
            "Kesh",
        ),
        (
            "The band Hollow Pines said it was thrilled. The label Sunway said it was glad. The "
            "band added that it was tired.",
            "Hollow Pines",
        ),
    ],
)
def test_an_ensembles_noun_stands_for_the_ensemble_it_named(text: str, name: str):
    assert speaker_names(text)[-1] == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Raven Kings said they would play. The band said the crowd was huge.", "The band"),
        (
            "Hollow Pines, a band, said it was thrilled. The orchestra said it was glad.",
            "The orchestra",
        ),
        (
            "Ana Cole, a band manager, said the tour was off. The band added that it was sorry.",
            "The band",
        ),
    ],
)
def test_an_ensembles_noun_no_role_tells_stays_unnamed(text: str, name: str):
    assert speaker_names(text)[-1] == name


# --- "known simply as Ree": a popular name after an adverb, no role ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ana Knowles, known simply as Queen Ree, said she was done.",
        "Ana Knowles, known professionally as Queen Ree, said she was done.",
        "Ana Knowles, better known as Queen Ree, said she was done.",
    ],
)
def test_a_name_known_by_after_an_adverb_is_no_role(text: str):
    assert speaker_of(text) == ("Ana Knowles", "person", None)


def test_what_a_person_is_known_for_stays_a_role():
    text = "Tom Hale, known for his role in “Dust,” said he was done."
    assert speaker_of(text)[2] == "known for his role in “Dust”"


# --- "the Oscar winner", "the Grammy-winning singer": a prize describes, names no one ---------


@pytest.mark.parametrize(
    "description",
    [
        "the Oscar winner",
        "the Booker Prize winner",
        "the Nobel laureate",
        "the Grammy-winning singer",
        "the Emmy-nominated actor",
    ],
)
def test_a_prize_before_a_description_names_no_one(description: str):
    [(_, speaker, _)] = attributed(f"“It's a love letter,” {description} said.")
    assert speaker is not None and (speaker.name, speaker.named) == (description, False)


@pytest.mark.parametrize("description", ["the President", "the Prime Minister"])
def test_a_capitalised_title_stays_named(description: str):
    [(_, speaker, _)] = attributed(f"“It's a love letter,” {description} said.")
    assert speaker is not None and speaker.named


# --- '“Dune: Part Three” earned ...': a title's subtitle after a colon, no speaker label ------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "“Dune: Part Three” earned $90 million, the studio said.",
            "“Dune: Part Three” earned $90 million",
        ),
        (
            '"Mission: Impossible" opens in June, the studio said.',
            '"Mission: Impossible" opens in June',
        ),
        (
            "“Star Wars: The Long Night” will stream in May, the studio said.",
            "“Star Wars: The Long Night” will stream in May",
        ),
    ],
)
def test_a_quoted_title_with_a_subtitle_opening_a_paragraph_is_no_label(text: str, content: str):
    assert named(f"Headline\n\n{text}")[-1] == (content, "the studio", "said")


def test_a_quoted_label_before_words_said_stays_a_label():
    text = 'Headline\n\n"Lee: We will win. We will win big."\n'
    assert named(text)[-1][:2] == ("We will win. We will win big", "Lee")


# --- the invented articles -------------------------------------------------------------------

ARTICLE_STATEMENTS = {
    "showbiz-biopic-casting.txt": [
        ("We knew there was an audience", "Gavin Threlkeld", "person"),
        ("I never pretended to be her", "Marisol Okonkwo-Reyes", "person"),
        ("the family had been consulted", "Chiamaka Nwosu", "person"),
        ("My sister is right", "Obinna Nwosu", "person"),
        ("That is on me", "Tobias Wennerström", "person"),
        ("the performance “a marvel", "Harriet Oyelaran-Moss", "person"),
        ("Every think piece was a trailer", "Dana Kurokawa", "person"),
        ("she had received the letter", "Chiamaka Nwosu", "person"),
        ("I'd like to sit with her", "Marisol Okonkwo-Reyes", "person"),
    ],
    "showbiz-band-reunion.txt": [
        ("We didn't plan this", "Niamh Keane", "person"),
        ("People think we fought", "Orla Keane", "person"),
        ('the reunion was "fragile"', "Róisín Keane", "person"),
        ("There are songs", "Fergal Donnachie", "person"),
        ("he had known about the reunion", "Desmond O'Halloran", "person"),
        ("nostalgia tours had become", "Lukas Brenner", "person"),
        ("I said to them", "Bríd Keane", "person"),
        ("We'd be run out of the building", "Niamh Keane", "person"),
    ],
    "showbiz-book-prize.txt": [
        ("My father used to say", "Priyanka Raghunathan", "person"),
        ("There is not a single scene", "Étienne Larochelle-Bouchard", "person"),
        ("the author had watched the livestream", "Marguerite Osei-Bonsu", "person"),
        ("We are a press", "Rory Balasubramaniam", "person"),
        ("Canadian prizes had grown wary", "Bernard Fitzsimmons", "person"),
        ("My grandmother believed", "Siobhan Halloran", "person"),
        ("My daughter knows", "Priyanka Raghunathan", "person"),
        ("Bernard is very kind", "Tomasz Wierzbicki", "person"),
    ],
}


@pytest.mark.parametrize("name", sorted(ARTICLE_STATEMENTS))
def test_the_articles_key_statements_have_their_speakers(name: str):
    assert missing_speakers(name, ARTICLE_STATEMENTS[name]) == []


@pytest.mark.parametrize(
    ("name", "not_said"),
    [
        ("showbiz-biopic-casting.txt", "another $28.5 million"),
        ("showbiz-biopic-casting.txt", "Don't wake the harbour"),
        ("showbiz-band-reunion.txt", "I am not the girl"),
        ("showbiz-book-prize.txt", "as Sable Quill"),
    ],
)
def test_what_the_articles_only_name_sing_or_count_is_no_statement(name: str, not_said: str):
    assert not any(c.startswith(not_said) for c, _, _ in speakers_by_opening(name))
