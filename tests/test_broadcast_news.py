"""News written from broadcast interviews as a new analyst reads it: constructions found by
trying whosaid on invented stories of a minister's radio interview, the Sunday television
shows and a chief executive's podcast (in tests/data/speakers/), each tested here on other
invented sentences."""

import pytest
from extraction_helpers import contents, missing_speakers, speaker_names, speaker_of

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


@pytest.mark.parametrize(
    "text",
    [
        'Lia Orr asked in her column whether the pier was safe. "It is not," she said.',
        'Lia Orr asked on Friday why the pier shut. "Nobody told us," she said.',
        'Lia Orr asked in his presence whether the pier was safe. "It is not," she said.',
    ],
)
def test_a_question_put_to_no_one_after_the_cue_leaves_the_asker_speaking(text: str):
    assert speaker_names(text) == ["Lia Orr", "Lia Orr"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "When the presenter asked whether the talks were over, the minister smiled.",
            "whether the talks were over",
        ),
        ("After Ann Cole said the vote was lost, her rivals cheered.", "the vote was lost"),
        (
            "When Tom Wu asked if the plant would close, the manager paused.",
            "if the plant would close",
        ),
    ],
)
def test_a_cue_in_an_opening_clause_of_time_reports_up_to_the_main_clause(text: str, content: str):
    assert contents(text) == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "When Orr said the rent, the budget and the fees were too high, the mayor sighed.",
            "the rent, the budget and the fees were too high",
        ),
        (
            "After Orr said the pier, the council or the school would close, the host cut in.",
            "the pier, the council or the school would close",
        ),
    ],
)
def test_a_list_in_the_content_of_an_opening_clause_of_time_is_not_cut(text: str, content: str):
    assert contents(text) == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Rita Lane asked if the bridge would reopen.", "if the bridge would reopen"),
        ("The host asked him if the budget was fair.", "if the budget was fair"),
        # Near miss: a condition after what was said stays in it.
        ("Rita Lane said she would quit if the bill failed.", "she would quit if the bill failed"),
    ],
)
def test_asked_if_asks_as_asked_whether_does(text: str, content: str):
    assert contents(text) == [content]


def test_a_verb_before_a_comma_has_no_object_there():
    assert contents("The mayor had 41 percent support, the governor 30 percent.") == []
    assert contents("Most voters support the plan, a poll found.") == [
        "Most voters support the plan"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Ola Brandt said the tax was fair, in a tense interview on the Late Review programme on "
        "Radio Vellmouth.",
        "Ola Brandt said the tax was fair, speaking on Channel Nine.",
        "Ola Brandt said the tax was fair, speaking to Radio Vell on Friday.",
        "Ola Brandt said the tax was fair in an interview with the Weekend Show.",
    ],
)
def test_the_broadcast_closing_the_sentence_is_no_content(text: str):
    assert contents(text) == ["the tax was fair"]


def test_speaking_in_the_content_stays_without_its_comma():
    text = "Ola Brandt said the union was speaking to members on Friday."
    assert contents(text) == ["the union was speaking to members on Friday"]


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (
            "Pressed on reports that 14,000 jobs would go, Ola Brandt said no decision was made.",
            "reports that 14,000 jobs would go",
        ),
        (
            "Asked about the 2,500 complaints, Ola Brandt said they were taken seriously.",
            "the 2,500 complaints",
        ),
    ],
)
def test_what_was_asked_runs_past_a_thousands_comma(text: str, asked: str):
    assert contents(text)[0] == asked


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Ivo Marsh of the Renters' Alliance said the cap helped.",
            "Ivo Marsh",
            "Renters' Alliance",
        ),
        ("Ivo Marsh of the Growers’ Union said the cap helped.", "Ivo Marsh", "Growers’ Union"),
        ("Ada Fenn of the Women's Institute said the cap helped.", "Ada Fenn", "Women's Institute"),
    ],
)
def test_a_plural_owner_inside_a_bodys_name_leaves_the_person(text: str, name: str, role: str):
    assert speaker_of(text) == (name, "person", role)


def test_a_plural_owners_body_alone_is_an_organization():
    assert speaker_of("The Growers' Union said the cap helped.")[:2] == (
        "Growers' Union",
        "organization",
    )


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Another caller, a student named Piet, said his rent rose.", "Piet", "student"),
        (
            "One listener, a retired nurse named Edna Polk, said bills doubled.",
            "Edna Polk",
            "retired nurse",
        ),
    ],
)
def test_an_appositive_naming_someone_gives_the_name(text: str, name: str, role: str):
    assert speaker_of(text) == (name, "person", role)


def test_an_appositive_with_no_name_stays_the_role():
    assert speaker_of("The caller, a man from Leeds, said his rent rose.")[0] == "The caller"


def test_a_quotation_calling_the_asker_by_name_is_the_others():
    text = (
        "Rosa Quill said the vote was close. When Nina Dorr asked if it would pass, she "
        'laughed. "Nina, I have stopped making predictions," she said.'
    )
    assert speaker_names(text)[-1] == "Rosa Quill"


def test_a_quotation_calling_another_by_name_may_be_the_askers():
    text = (
        "Rosa Quill said the vote was close. Nina Dorr asked whether it would pass. "
        '"Rosa, I have stopped making predictions," she said.'
    )
    assert speaker_names(text)[-1] == "Nina Dorr"


@pytest.mark.parametrize("verb", ["was asked", "was pressed", "was questioned"])
def test_the_one_asked_about_a_bodys_pledge_is_she_after_it(verb: str):
    text = (
        "Mona Reyes said the plan was sound. Kate Olin said it was thin. Later, Reyes "
        f"{verb} about the party's pledge to hire 900 nurses. She conceded that it was hard."
    )
    assert speaker_names(text)[-1] == "Mona Reyes"


def test_a_body_speaking_in_its_own_sentence_leaves_the_last_speaker():
    text = (
        "Mona Reyes said the plan was sound. Kate Olin said it was thin. The party said "
        "it would hire 900 nurses. She conceded that it was hard."
    )
    assert speaker_names(text)[-1] == "Kate Olin"


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        (
            "radio-minister-grilled.txt",
            [
                ("the target was", "Delia Farrant", "person"),
                ("I'm not going to pretend", "Delia Farrant", "person"),
                ("the cap was", "Jonah Pike", "person"),
                ("his rent had gone up", "Tomas", "person"),
            ],
        ),
        (
            "tv-sunday-shows.txt",
            [
                ("if a deal would be done", "Dana Whitcombe", "person"),
                ("I work for the people", "Carla Mendrow", "person"),
            ],
        ),
        (
            "podcast-ceo-confession.txt",
            [
                ("Of course", "Marcus Hohl", "person"),
                ("whether he had", "Priya Castellane", "person"),
            ],
        ),
    ],
)
def test_the_invented_broadcast_articles_keep_their_speakers(
    article: str, expected: list[tuple[str, str, str]]
):
    assert missing_speakers(article, expected) == []


def test_the_answerer_is_the_last_other_speaker_of_the_pronouns_gender():
    text = (
        "Rosa Quill said the vote was close. A senior aide said talks went on. When Nina Dorr "
        'asked if it would pass, she laughed. "Nina, I have stopped making predictions," she said.'
    )
    assert speaker_names(text)[-1] == "Rosa Quill"
