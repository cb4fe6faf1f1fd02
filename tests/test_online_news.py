"""Online creators, platforms and games as a new analyst reads them: constructions found by
trying whosaid on invented stories of a streamer's apology, a game studio's layoffs and a
regulator's fine on a video platform (in tests/data/speakers/), each tested here on other
invented sentences."""

from pathlib import Path

import pytest
from extraction_helpers import attributed, contents, unmet_speakers

from tui.core.figures import find_figures
from tui.core.statements import find_statements

ARTICLES = Path(__file__).parent / "data" / "speakers"


def _figures(text: str) -> list[tuple[str, str | None]]:
    return [(text[f.span[0] : f.span[1]], f.unit) for f in find_figures(text)]


@pytest.mark.parametrize(
    ("text", "head", "content"),
    [
        (
            "Two testers who spoke on condition of anonymity because they were not authorized"
            " to talk to reporters said the patch was rushed.",
            "Two testers",
            "the patch was rushed",
        ),
        (
            "A producer who asked not to be named because she feared losing her job said the"
            " sequel was cancelled.",
            "A producer",
            "the sequel was cancelled",
        ),
        (
            "Four moderators who requested anonymity because they had signed confidentiality"
            " agreements told the paper the queue was endless.",
            "Four moderators",
            "the queue was endless",
        ),
    ],
)
def test_an_unnamed_source_whose_condition_has_a_reason_still_speaks(
    text: str, head: str, content: str
):
    [(said, speaker, _)] = attributed(text)
    assert said == content
    assert speaker is not None and speaker.name.startswith(head)
    assert not speaker.named


@pytest.mark.parametrize(
    "text",
    [
        "Players stayed because the studio said refunds were coming.",
        "The servers crashed because the publisher said the launch could not slip.",
    ],
)
def test_a_because_clause_with_a_speaker_of_its_own_is_read_as_before(text: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.name.lower().startswith("the")
    assert "because" not in speaker.name


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("“Refund us,” one commenter wrote below the clip.", "one commenter"),
        ("“He lied,” one streamer said during the stream.", "one streamer"),
        ("“This is a scam,” one vlogger posted.", "one vlogger"),
    ],
)
def test_one_creator_or_commenter_quoted_is_an_anecdote_not_a_count(text: str, count: str):
    assert count not in [span for span, _ in _figures(text)]
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.name == count


def test_only_one_streamer_is_still_a_count():
    assert ("one streamer", "streamer") in _figures("Only one streamer said yes to the deal.")


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("One patch doesn't fix the servers.", "One patch", "patch"),
        ("One ban won’t stop the cheaters.", "One ban", "ban"),
        ("Two updates didn't help.", "Two updates", "updates"),
        ("At least one developer wasn't paid.", "At least one developer", "developer"),
    ],
)
def test_a_contracted_negation_ends_the_counted_noun(text: str, span: str, unit: str):
    assert (span, unit) in _figures(text)


@pytest.mark.parametrize(
    "text",
    [
        "The team logged the first 500 clips shown to each account.",
        "Researchers counted the ads shown in the feed of each user.",
    ],
)
def test_a_thing_shown_to_someone_is_no_claim(text: str):
    assert contents(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The study has shown that teens stay online longer.", "teens stay online longer"),
        ("Data shown to investors suggests the game sold well.", "the game sold well"),
    ],
)
def test_a_finding_shown_or_a_document_shown_to_someone_still_speaks(text: str, content: str):
    assert content in contents(text)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Vexa said it would appeal. A poll by the firm Dunmore found that 60% of players"
            " backed a ban. Vexa has 30 days to appeal. It said it would keep talking.",
            "Vexa",
        ),
        (
            "Glimmerline said it was reviewing the clips. A report by the group found that"
            " ads ran for weeks.\n\nGlimmerline removed 3,000 videos last month.\n\n"
            "It said the rules were clear.",
            "Glimmerline",
        ),
    ],
)
def test_it_stands_for_the_body_opening_the_sentence_before(text: str, body: str):
    speaker = attributed(text)[-1][1]
    assert speaker is not None and speaker.name == body


def test_it_after_a_document_that_spoke_last_is_still_the_document():
    text = "Vexa said it would appeal. A report by the group found that ads ran. It said more."
    speaker = attributed(text)[-1][1]
    assert speaker is not None and speaker.kind == "document"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The rival posted clips showing Mara Quell urging fans to bet early.", "Mara Quell"),
        ("He shared a video showing Tom Brisk saying the match was fixed.", "Tom Brisk"),
        ("Fans circulated footage showing the streamer telling viewers to deposit.", "streamer"),
    ],
)
def test_the_one_shown_speaking_in_pictures_is_the_speaker(text: str, name: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.name.endswith(name)


def test_a_speaker_whose_words_hold_show_is_read_as_before():
    text = "Showrunner Ana Bell, speaking at the panel, said fans would be pleased."
    speaker = attributed(text)[-1][1]
    assert speaker is not None and speaker.name == "Ana Bell"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Vexa said it would appeal. The researchers built 30 test profiles. Within an"
            " hour, they said, the feed had turned dark.",
            "The researchers",
        ),
        (
            "Glimmerline said it was reviewing the clips. The moderators walked out on"
            " Friday.\n\nThey said the queue had doubled.",
            "The moderators",
        ),
    ],
)
def test_they_stands_for_the_plural_role_opening_the_sentence_before(text: str, name: str):
    speaker = attributed(text)[-1][1]
    assert speaker is not None and speaker.name == name


@pytest.mark.parametrize(
    "text",
    [
        "Vexa said it would appeal. The moderator quit. They said the feed was dark.",
        "Vexa said it would appeal. They said the feed was dark.",
    ],
)
def test_they_after_a_singular_role_or_no_sentence_stays_the_body(text: str):
    speaker = attributed(text)[-1][1]
    assert speaker is not None and speaker.name == "Vexa"


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("About 40% of the top 200 creators carried the ads.", "creators"),
        ("A third of the last 60 patches broke saved games.", "patches"),
        ("Half of the bottom 50 channels lost viewers.", "channels"),
    ],
)
def test_a_share_of_a_ranked_or_spanned_set_counts_the_set_not_top(text: str, unit: str):
    first = find_figures(text)[0]
    assert first.subject == unit
    assert not text[first.span[0] : first.span[1]].endswith(("top", "last", "bottom"))


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("Roughly 9,000 games jobs went this year.", "Roughly 9,000 games jobs", "jobs"),
        ("About 300 sports fans queued.", "About 300 sports fans", "fans"),
    ],
)
def test_a_plural_modifier_before_a_plural_noun_gives_the_nouns_unit(
    text: str, span: str, unit: str
):
    assert (span, unit) in _figures(text)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The studio shipped 12 games last year.", "12 games"),
        ("It sold 40 games, the firm says.", "40 games"),
    ],
)
def test_games_counted_alone_stay_games(text: str, span: str):
    assert (span, "games") in _figures(text)


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        (
            "streamer-controversy.txt",
            {
                ("Corinne Vallard", "person", None),
                ("Kade Morrow", "person", None),
                ("Glintch", "organization", None),
                ("Dorian Fell", "person", "Vallard's manager"),
            },
        ),
        (
            "studio-layoffs.txt",
            {
                ("Halvard Rennick", "person", "chief executive"),
                ("Castellan Interactive", "organization", None),
                ("Odile Marchetti", "person", "spokeswoman for the company"),
                ("Wren Adeyemi", "person", "analyst at the research firm Pixelgate"),
            },
        ),
        (
            "platform-fine.txt",
            {
                ("Fionnuala Grady", "person", "commission's deputy commissioner"),
                ("ClipVerse", "organization", None),
                ("The researchers", "group", None),
                ("Lumi Okafor", "person", None),
            },
        ),
    ],
)
def test_the_invented_online_articles_find_their_speakers_and_kinds(
    article: str, expected: set[tuple[str, str, str | None]]
):
    speakers, _ = find_statements((ARTICLES / article).read_text(encoding="utf-8"))
    assert unmet_speakers(speakers, expected) == []
    assert all(s.name not in {"he", "she", "they", "it"} for s in speakers)


def test_the_invented_online_articles_keep_their_anonymous_developers():
    text = (ARTICLES / "studio-layoffs.txt").read_text(encoding="utf-8")
    said = [content for content, _, _ in attributed(text)]
    assert "the layoffs had been planned for months" in said


@pytest.mark.parametrize(
    ("text", "full", "stage"),
    [
        (
            "Vortex, whose real name is Tom Brisk, streams daily. Vortex said the deal was bad.",
            "Tom Brisk",
            "Vortex",
        ),
        (
            "Pixelmaw, whose legal name is Anna Rowe, has 2 million followers. Pixelmaw said"
            " she was sorry.",
            "Anna Rowe",
            "Pixelmaw",
        ),
    ],
)
def test_a_stage_name_before_whose_real_name_is_the_person_named_in_full(
    text: str, full: str, stage: str
):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.name == full
    assert stage in speaker.aliases


def test_a_stage_name_with_no_real_name_given_stays_its_own_speaker():
    text = "Vortex, whose stream ran late, lost fans. Vortex said the deal was bad."
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.name == "Vortex"
