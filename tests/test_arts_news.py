"""Entertainment and arts news as a new analyst reads it: constructions found by trying
whosaid on invented stories of a singer's album and tour, a weekend's box office and an
awards night (in tests/data/speakers/), each tested here on other invented sentences."""

import pytest
from extraction_helpers import (
    attributed,
    missing_speakers,
    named,
    speaker_of,
    speakers_by_opening,
    statements,
)

# --- a work's title quoted in the speaker's aside ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "content"),
    [
        (
            "Ola Brandt, who directed “Salt Harbour,” said the shoot ran long.",
            "Ola Brandt",
            "the shoot ran long",
        ),
        (
            'Ola Brandt, who directed "Salt Harbour," said the shoot ran long.',
            "Ola Brandt",
            "the shoot ran long",
        ),
        (
            "Ivo Perl, whose debut “Glass Rivers” flopped, told the Ledger that he nearly quit.",
            "Ivo Perl",
            "he nearly quit",
        ),
        (
            "The drummer, whose band “The Low Tides” split in May, said the tour was cancelled.",
            "The drummer",
            "the tour was cancelled",
        ),
    ],
)
def test_a_quoted_title_in_the_speakers_aside_keeps_the_speaker(text: str, name: str, content: str):
    assert [(c, n) for c, n, _ in named(text)] == [(content, name)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("“Never,” Ola Brandt said.", [("Never", "Ola Brandt")]),
        ("“We Won,” said Ola Brandt.", [("We Won", "Ola Brandt")]),
        (
            "Brandt, who called the remake “a cash grab,” said she would skip it.",
            [("a cash grab", "Brandt"), ("she would skip it", "Brandt")],
        ),
    ],
)
def test_a_quotation_before_the_cue_is_still_what_was_said(text: str, found: list):
    assert [(c, n) for c, n, _ in named(text)] == found


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Tomas Vey, director of “Salt Harbour,” said the cut was final.",
            "director of “Salt Harbour”",
        ),
        ("The Weekly Sentinel's Nina Okafor said the plot was thin.", "Weekly Sentinel"),
        ("Acme’s Tom Hale said the film was late.", "Acme"),
        ("The agency’s Tom Hale said the film was late.", "agency’s"),
    ],
)
def test_a_quoted_title_closes_and_an_outlets_possessive_drops_in_a_role(text: str, role: str):
    assert speaker_of(text)[2] == role


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "“Salt Lines” is her best work yet, the critic wrote.",
            "“Salt Lines” is her best work yet",
        ),
        (
            "Lee said her single “Blue” was written in a day.",
            "her single “Blue” was written in a day",
        ),
        (
            "The single “Harbour Lights” was streamed 12 million times, according to the label.",
            "The single “Harbour Lights” was streamed 12 million times",
        ),
    ],
)
def test_a_content_quoting_only_a_title_is_indirect(text: str, content: str):
    [statement] = statements(text)
    assert (text[statement.span[0] : statement.span[1]], statement.kind) == (content, "indirect")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("“Dust Road,” she said.", "direct"),
        ("Lee said the plan was “absurd.”", "mixed"),
        ("Lee said “Blue Hour” was “the hardest song I ever wrote.”", "mixed"),
    ],
)
def test_a_quotation_of_words_said_keeps_its_kind(text: str, kind: str):
    assert [s.kind for s in statements(text)] == [kind]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Critics have praised the film, calling it “a triumph.”", ["indirect", "mixed"]),
        ("Lee criticized the sequel, calling it “a cash grab.”", ["indirect", "mixed"]),
        ("Lee called the sequel “a cash grab,” adding that it would flop.", ["mixed", "indirect"]),
    ],
)
def test_a_content_cut_before_a_participle_loses_the_quotation_it_no_longer_holds(
    text: str, kinds: list[str]
):
    assert [s.kind for s in statements(text)] == kinds


# --- a reporter's question with a title ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Asked whether she fears following “Paper Lanterns,” Mina Sato laughed.",
        "Asked about the sequel to “Dust Road,” Mina Sato shrugged.",
        'Asked if the album "Night Ferry" was her last, Mina Sato smiled.',
    ],
)
def test_a_question_ending_in_a_quoted_title_is_the_askers_not_the_answerers(text: str):
    [(content, speaker, cue)] = attributed(text)
    assert (speaker, cue) == (None, "Asked")
    assert content.startswith(("whether", "the sequel", "if"))


def test_the_quotation_after_such_a_question_is_the_answerers():
    text = (
        "Ruth Lamm said the tour was long. Asked whether she fears following “Paper "
        "Lanterns,” Mina Sato laughed. “Every day,” she said."
    )
    assert [n for _, n, _ in named(text)][-1] == "Mina Sato"


# --- an event's name heading a headline ------------------------------------------------------


@pytest.mark.parametrize(
    "headline",
    [
        "Golden Globes: Mira Solberg wins best actress",
        "Harbourfront Film Festival: Ivo Perl takes the jury prize",
        "Prairie Music Awards: Hollow Pines sweep rock categories",
    ],
)
def test_an_events_name_before_a_headlines_colon_is_no_speaker(headline: str):
    text = f"{headline}\n\nThe ceremony ran late, organizers said."
    assert [(c, n) for c, n, _ in named(text)] == [("The ceremony ran late", "organizers")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hale Foundation: Grants will double next year\n\nIt was late.", "Hale Foundation"),
        ("MORROW: We will not cut the arts budget.", "MORROW"),
    ],
)
def test_a_body_or_a_person_before_a_colon_still_speaks(text: str, name: str):
    assert [n for _, n, _ in named(text)][:1] == [name]


# --- "singer" before a name ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Singer Ada Wren said the record was finished.", "Ada Wren", "Singer"),
        ("Folk singer Ada Wren said the record was finished.", "Ada Wren", "Folk singer"),
        ("The record is finished, singer Ada Wren said.", "Ada Wren", "singer"),
        ("Singer Wren said the record was finished.", "Wren", "Singer"),
    ],
)
def test_singer_before_a_name_is_a_role(text: str, name: str, role: str):
    assert speaker_of(text) == (name, "person", role)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Ada Singer said the record was finished.", ["Ada Singer"]),
        ("Mr. Singer said the record was finished.", ["Singer"]),
        (
            "Ada Singer, a lawyer, said the deal was done. Singer added that it was late.",
            ["Ada Singer", "Ada Singer"],
        ),
    ],
)
def test_singer_as_a_surname_stays_the_name(text: str, names: list[str]):
    assert [n for _, n, _ in named(text)] == names


# --- the fans and followers told -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The singer told fans the tour was over.", "the tour was over"),
        ("She told her fans the show was cancelled.", "the show was cancelled"),
        ("He told his followers that the album was done.", "the album was done"),
        ("She told her supporters the plan had failed.", "the plan had failed"),
        ("He told his players they had let the city down.", "they had let the city down"),
    ],
)
def test_fans_and_ones_own_people_told_are_listeners(text: str, content: str):
    assert [c for c, _, _ in attributed(text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("She told her the tour was over.", "the tour was over"),
        ("Lee warned fans would be angry.", "fans would be angry"),
        ("She told her sisters were angry.", "sisters were angry"),
    ],
)
def test_a_listener_before_a_finite_verb_is_the_contents_subject(text: str, content: str):
    assert [c for c, _, _ in attributed(text)] == [content]


# --- a pronoun after a passive's agent -------------------------------------------------------


@pytest.mark.parametrize(
    "middle",
    [
        "The gala was hosted by comedian Priya Sandhu, who opened with a song.",
        "The film was directed by Priya Sandhu.",
        "The evening's tribute was written by playwright Priya Sandhu.",
    ],
)
def test_she_after_a_passives_named_agent_is_that_agent(middle: str):
    text = f"Ann Rusk said the show was late.\n\n{middle}\n\n“It was a long night,” she said."
    assert [n for _, n, _ in named(text)] == ["Ann Rusk", "Priya Sandhu"]


@pytest.mark.parametrize(
    "middle",
    [
        "She was interrupted by Priya Sandhu.",
        "The prize went to Priya Sandhu last year.",
    ],
)
def test_she_after_a_sentence_the_speaker_keeps_stays_the_speaker(middle: str):
    text = f"Ann Rusk said the show was late. {middle} “It was a long night,” she said."
    assert [n for _, n, _ in named(text)][-1] == "Ann Rusk"


# --- "the artist", "the star" for the one performer named ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A set by rapper Dano Pell was cut short. The artist later wrote that he was sorry.",
        "Rapper Dano Pell played first. The star later wrote that he was sorry.",
        "Drummer Dano Pell played first. The musician later wrote that he was sorry.",
        "Rapper Dano Pell said the set was short. The artist added that he was sorry.",
    ],
)
def test_a_word_for_any_artist_is_the_one_performer_named(text: str):
    assert [n for _, n, _ in named(text)][-1] == "Dano Pell"


@pytest.mark.parametrize(
    "text",
    [
        "Singer Ann Lee and rapper Dano Pell played. The artist later wrote that it was loud.",
        "Country singer Wes Tam lost. Rapper K-Vee sang. The artist later wrote that it was loud.",
    ],
)
def test_a_word_for_any_artist_after_two_performers_stays_unnamed(text: str):
    assert [n for _, n, _ in named(text)][-1] == "The artist"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Directed by Ana Ruiz, the film opens Friday. The director said it took years.",
            "Ana Ruiz",
        ),
        (
            "Ana Ruiz, who directed the film, left early. The director said it took years.",
            "Ana Ruiz",
        ),
        (
            "The gala was hosted by comedian Priya Sandhu. The host said the night was long.",
            "Priya Sandhu",
        ),
        ("The score was composed by Ivo Perl. The composer said it took a month.", "Ivo Perl"),
    ],
)
def test_the_role_a_deed_of_the_arts_tells_is_its_doers(text: str, name: str):
    assert [n for _, n, _ in named(text)] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz directed one film and Tom Hale directed another. The director said it was hard.",
        "The film opens Friday. The director said it took years.",
    ],
)
def test_a_role_two_or_no_doers_did_stays_unnamed(text: str):
    assert [n for _, n, _ in named(text)] == ["The director"]


# --- posts on social networks ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ana Ruiz posted a video to TikTok saying the tour was off.", "Ana Ruiz"),
        ("The singer posted on Instagram saying the show was cancelled.", "The singer"),
        ("Ivo Perl sent a message via WhatsApp claiming the vote was rigged.", "Ivo Perl"),
    ],
)
def test_the_network_a_post_went_to_is_not_the_poster(text: str, name: str):
    assert [n for _, n, _ in named(text)] == [name]


def test_a_network_that_speaks_as_a_company_still_does():
    assert speaker_of("TikTok said on Monday it would appeal.")[:2] == ("TikTok", "organization")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Fans posted tributes, with one writing, “Rest easy, legend.”", "Rest easy, legend"),
        ("Fans posted tributes, with one writing that he was a legend.", "he was a legend"),
        ("With another saying the vote was rigged, the crowd grew angry.", "the vote was rigged"),
    ],
)
def test_one_of_them_after_with_speaks_by_its_participle(text: str, content: str):
    [(found, speaker, _)] = attributed(text)
    assert (found, speaker.kind if speaker else None) == (content, "person")


def test_with_one_thing_before_a_participle_leaves_the_subject_speaking():
    text = "The crowd grew with one song, singing that love was enough."
    assert [n for _, n, _ in named(text)] == ["The crowd"]


# --- the entertainment press -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Billboard reported that the album sold 40,000 copies.", "Billboard"),
        ("The studio shelved the film, The Hollywood Reporter reported.", "The Hollywood Reporter"),
        ("Rolling Stone said the band had split.", "Rolling Stone"),
        ("The premiere was moved, Deadline reported.", "Deadline"),
    ],
)
def test_the_trade_press_is_media(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "media")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("A billboard said the road was closed.", "document"),
        ("The reporter said the trial was long.", "person"),
        ("Court reporter Ann Lee said the trial was long.", "person"),
    ],
)
def test_the_common_nouns_of_those_names_keep_their_kinds(text: str, kind: str):
    assert speaker_of(text)[1] == kind


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Her publicist confirmed to Billboard that the tour was off.", "the tour was off"),
        ("Lee said to CNN that the album was done.", "the album was done"),
        ("Lee admitted to Variety last year that the sequel was dead.", "the sequel was dead"),
    ],
)
def test_an_outlet_told_with_to_before_that_is_a_listener(text: str, content: str):
    assert [c for c, _, _ in attributed(text)] == [content]


def test_to_before_a_relative_that_is_no_listener():
    assert attributed("Lee agreed to a deal that would end the strike.") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Her publicist confirmed the news to Billboard.", "the news"),
        ("He confirmed the split to Variety on Monday.", "the split"),
        ("Lee denied the report to The Hollywood Reporter.", "the report"),
    ],
)
def test_an_outlet_told_closing_the_sentence_is_no_content(text: str, content: str):
    assert [c for c, _, _ in attributed(text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Lee said the tour would move to Toronto.", "the tour would move to Toronto"),
        ("Lee said the rights were sold to Variety.", "the rights were sold to Variety"),
    ],
)
def test_a_place_or_a_buyer_after_to_stays_content(text: str, content: str):
    assert [c for c, _, _ in attributed(text)] == [content]


# --- the invented articles -------------------------------------------------------------------

ARTICLE_STATEMENTS = {
    "arts-album-return.txt": [
        ("I kept telling myself", "Marisol Keene", "person"),
        ("She would walk in", "Dev Amari", "person"),
        ("Three years is a long time", "Marisol Keene", "person"),
        ("the album “beautiful but relentless", "Paula Drenthe", "person"),
        ("the singer will launch", "A representative for Keene", "person"),
        ("Marisol started on our stage", "Rhea Connolly", "person"),
        ("I used to", "Marisol Keene", "person"),
    ],
    "arts-box-office.txt": [
        ("We knew audiences", "Dana Whitcomb", "person"),
        ("he had fought to shoot", "Tomas Reyner", "person"),
        ("I wanted the dust", "Tomas Reyner", "person"),
        ('the movie "looks like', "Arlo Bristow", "person"),
        ('it "the rare summer movie', "Nina Paek", "person"),
        ("she never expected it", "Vale", "person"),
        ("Two healthy openings", "Paul Geffen", "person"),
    ],
    "arts-awards-night.txt": [
        ("I wrote this song", "Odile Ferran", "person"),
        ("she had not prepared", "Odile Ferran", "person"),
        ("the band had nearly broken up", "Cal Odegaard", "person"),
        ("We were done", "Cal Odegaard", "person"),
        ("Tamblyn was “genuinely happy", "Joanne Rusk", "person"),
        ("Streaming has been great", "Priya Dhaliwal", "person"),
        ("The talent in this country", "Harold Bisset", "person"),
        ("She has earned every one", "Steph Lacroix", "person"),
    ],
}


@pytest.mark.parametrize("name", sorted(ARTICLE_STATEMENTS))
def test_the_articles_key_statements_have_their_speakers(name: str):
    assert missing_speakers(name, ARTICLE_STATEMENTS[name]) == []


@pytest.mark.parametrize(
    ("name", "not_said"),
    [
        ("arts-awards-night.txt", "Odile Ferran wins top prize"),
        ("arts-album-return.txt", "following up the success"),
        ("arts-box-office.txt", "Cold Water Kings"),
        ("arts-box-office.txt", "Iron Orchard' Tops"),
    ],
)
def test_what_the_articles_only_name_or_narrate_is_no_statement(name: str, not_said: str):
    assert not any(c.startswith(not_said) for c, _, _ in speakers_by_opening(name))


def test_the_artist_after_a_stage_name_no_list_knows_is_left_unnamed():
    found = {(c[:21], n) for c, n, _ in speakers_by_opening("arts-awards-night.txt")}
    assert ("Y'all deserved better", "the artist") in found
