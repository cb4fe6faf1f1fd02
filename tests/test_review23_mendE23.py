"""Review 23 findings on the speaker-leftover rules: time words before a participle, the
lede's person named next, witness relays. Every sentence is invented."""

import pytest
from extraction_helpers import attributed

from tui.core.speakers.sentences import _inverted_subject


def _said(text: str) -> list[tuple[str, str | None, str | None]]:
    """(content, speaker name, speaker kind) of each statement of `text`, after a headline."""
    return [
        (content, speaker.name if speaker else None, speaker.kind if speaker else None)
        for content, speaker, _ in attributed("A headline\n\n" + text)
    ]


def _contents(text: str) -> list[str]:
    return [content for content, _, _ in _said(text)]


# -- 1. a bare time before a participle's adjective is the cue's, not the content's subject --


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The minister said Tuesday proposed changes would hurt renters.",
            "proposed changes would hurt renters",
        ),
        (
            "The minister said on Tuesday proposed changes would hurt renters.",
            "proposed changes would hurt renters",
        ),
        (
            "The agency said last week revised figures showed a drop.",
            "revised figures showed a drop",
        ),
        (
            "Police said Friday armed officers were sent to the school.",
            "armed officers were sent to the school",
        ),
        (
            "The union said Monday unvaccinated workers would be sent home.",
            "unvaccinated workers would be sent home",
        ),
        ("The chief said Thursday recorded crime fell.", "recorded crime fell"),
    ],
)
def test_a_bare_time_before_a_participle_is_the_cues(text: str, content: str):
    assert _contents(text) == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # near-misses: a time after an article, or before "was", is the content's subject
        (
            "The organizer said the evening raised $9,000 for the shelter.",
            "the evening raised $9,000 for the shelter",
        ),
        ("The host said the night went well.", "the night went well"),
        ("The minister said March was the worst month.", "March was the worst month"),
    ],
)
def test_a_time_the_verb_makes_a_subject_stays_in_the_content(text: str, content: str):
    assert _contents(text) == [content]


# -- 2. the lede's unnamed person is the one named next only if that sentence reports nothing --


@pytest.mark.parametrize(
    ("text", "lede"),
    [
        (
            "A police officer told the inquest the crowd had turned violent.\n\nAna Ruiz, "
            "29, said she was hit by a baton while filming.",
            "A police officer",
        ),
        (
            "A former employee says the company ignored safety complaints for years.\n\n"
            "Ben Ode, 58, announced his resignation as chief executive on Monday.",
            "A former employee",
        ),
        (
            "A customer says the bank froze her account without warning.\n\nBen Ode, 58, "
            "said the bank did the same to him.",
            "A customer",
        ),
        (
            "A nurse told the inquiry the ward was short-staffed for months.\n\nMarta Osei "
            "said she had raised it with managers twice.",
            "A nurse",
        ),
    ],
)
def test_a_named_person_with_a_report_of_their_own_is_not_the_ledes(text: str, lede: str):
    assert _said(text)[0][1] == lede


@pytest.mark.parametrize(
    "text",
    [
        "A neighbour told jurors she heard two shots.\n\nOdile Farrant, 61, testified on the "
        "second day of the trial. She said the lights went out first.",
        "A neighbour told jurors she heard two shots.\n\nOdile Farrant, 61, testified Tuesday. "
        "She said the lights went out first.",
    ],
)
def test_a_named_person_who_only_testified_is_the_ledes(text: str):
    assert _said(text)[0][1] == "Odile Farrant"


# -- 3, 4. witnesses relay only an inner statement whose speaker opens their report --


@pytest.mark.parametrize(
    "text",
    [
        'The plan is "dead," the mayor told aides, according to two people who attended.',
        "What the mayor said was that the plan was dead, according to two people who attended.",
    ],
)
def test_witnesses_relay_no_inner_statement_after_its_words(text: str):
    said = _said(text)
    assert len(said) == 1
    assert said[0][1] == "two people"


@pytest.mark.parametrize(
    ("text", "inner"),
    [
        # near-misses: the inner speaker opens the report
        (
            "The mayor said the plan was dead, according to two people who attended.",
            "the plan was dead",
        ),
        # 5. the addressee is no part of the inner words
        (
            "The mayor told aides the plan was dead, according to two people who attended.",
            "the plan was dead",
        ),
        (
            "The mayor told aides to drop the plan, according to two people who attended.",
            "to drop the plan",
        ),
    ],
)
def test_witnesses_relay_the_inner_speakers_words(text: str, inner: str):
    said = _said(text)
    assert (inner, "The mayor", "person") in said
    assert any(speaker == "two people" for _, speaker, _ in said)


def test_an_outlet_still_relays_a_post_cue():
    said = _said("Lee told reporters the deal was off, Interfax reported.")
    assert ("the deal was off", "Lee") in [(c, s) for c, s, _ in said]


def test_aides_is_a_listener_only_before_content():
    assert _contents("The mayor told advisers that the plan was dead.") == ["the plan was dead"]
    assert _contents("The mayor told aides were fired.") == ["aides were fired"]


# -- 7. "the official" is the one named official unless it asks anonymity --


def test_an_anonymous_official_is_not_the_named_one():
    text = (
        "Ana Ruiz, a senior official, said the talks stalled. The official, who asked not to "
        "be named, said the deal was close."
    )
    assert _said(text)[1][1] == "The official"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Ana Ruiz, a senior official, said the talks stalled. The senior official said "
            "the deal was close.",
            "Ana Ruiz",
        ),
        (
            "Ana Ruiz, a senior official, said the talks stalled. The official said the deal "
            "was close.",
            "Ana Ruiz",
        ),
        # near-misses: other modifiers, another official
        (
            "Ana Ruiz, a senior official, said the talks stalled. The junior official said "
            "the deal was close.",
            "The junior official",
        ),
        (
            "Ana Ruiz, an official, said the talks stalled. The senior official said the deal "
            "was close.",
            "The senior official",
        ),
    ],
)
def test_the_official_with_the_appositives_modifiers(text: str, speaker: str):
    assert _said(text)[1][1] == speaker


# -- 8. a post's body past an auxiliary --


def test_the_post_of_a_body_that_has_posted_it():
    text = (
        "The Kelby Rowing Club has posted a message on Facebook. “We are heartbroken,” the "
        "post read."
    )
    assert _said(text)[0][1] == "Kelby Rowing Club"


# -- 9. "what she said was": the subject of the pronoun's own sentence --


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Mara Kell resigned in May.\n\nKell released a letter from what she said was a "
            "former aide.",
            "Mara Kell",
        ),
        ("Anna Kell released a letter from what she said was a former aide.", "Anna Kell"),
        ("Police released video of what they said was the suspect's car.", "Police"),
        # near-misses: a gender or a kind that disagrees
        ("Tom Kell released a letter from what she said was a former aide.", "she"),
        ("Acme Corp released a letter from what she said was a former aide.", "she"),
    ],
)
def test_what_a_pronoun_said_was(text: str, speaker: str):
    assert _said(text)[0][1] == speaker


# -- 6. the witnesses' postmodifier inside their phrase, after its head --


@pytest.mark.parametrize(
    "text",
    [
        "The mayor said the plan was dead, according to a person briefed on the talks.",
        "The mayor said the plan was dead, according to two people at the meeting, who spoke "
        "on condition of anonymity.",
        "The mayor said the plan was dead, according to participants in the call.",
        "The mayor said the plan was dead, according to attendees at the dinner.",
        "The mayor said the plan was dead, two people who attended the meeting said.",
    ],
)
def test_witnesses_whose_phrase_holds_the_postmodifier_relay(text: str):
    assert ("the plan was dead", "The mayor", "person") in _said(text)


def test_witnesses_relay_a_warning():
    text = "Harlan Voss warned staff that the plan was dead, according to two people who attended."
    assert ("the plan was dead", "Harlan Voss") in [(c, s) for c, s, _ in _said(text)]


@pytest.mark.parametrize(
    "text",
    [
        # near-misses: sources not told as there, a thought, an act
        "The mayor said the plan was dead, according to two people familiar with the talks.",
        "The mayor said the plan was dead, according to two sources at the paper.",
        "Harlan Voss thinks the plan is dead, according to two people who attended.",
        "The mayor walked out, according to two people who attended.",
    ],
)
def test_no_inner_statement_without_witnesses_of_a_saying(text: str):
    assert len(_said(text)) == 1


# -- 13. a sentence an adverb or adjective inverts --


@pytest.mark.parametrize(
    ("text", "name", "inverted"),
    [
        ("Next to him was Ed Hale.", "Ed Hale", True),
        ("Also present was Carl Lund.", "Carl Lund", True),
        ("Also, Carl Lund was there.", "Carl Lund", False),
        ("Next week Carl Lund will speak.", "Carl Lund", False),
    ],
)
def test_an_inverted_subject(text: str, name: str, inverted: bool):
    assert _inverted_subject(text, text.find(name)) is inverted


# -- 12. a document's author ends the speaker's name --


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Polling released by the Harbourline Institute on Monday found 40 per cent backed "
            "the plan.",
            "Polling released by the Harbourline Institute",
        ),
        (
            "A report prepared by Deloitte for the city found the pool was unsafe.",
            "A report prepared by Deloitte",
        ),
        (
            "A report by the Bank of Canada found rates were too high.",
            "A report by the Bank of Canada",
        ),
    ],
)
def test_a_documents_name_ends_after_its_author(text: str, speaker: str):
    assert _said(text)[0][1] == speaker


# -- 11. a time owning the content's subject stays in the content --


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The senator said Tuesday night's vote showed support for the bill.",
            "Tuesday night's vote showed support for the bill",
        ),
        ("The senator said Monday's vote showed support.", "Monday's vote showed support"),
        # near-misses: the time is the cue's
        ("The senator said Tuesday night the vote showed support.", "the vote showed support"),
        ("The senator said Tuesday the vote showed support.", "the vote showed support"),
    ],
)
def test_a_time_owning_the_subject(text: str, content: str):
    assert _contents(text) == [content]
