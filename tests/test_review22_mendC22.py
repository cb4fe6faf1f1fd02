"""Mends of review 22 (h/conflict, h/reactions): a venue's writer is the subject of its verb,
a network only right after "on"/"via", "front" an armed group's head only by its words, no
verb read in "hundred" or "during", "a former war monitor" a person, one family in reach,
the reporter's caveat only at the content's end, tributes with an adjective or a day, and
"-elect" of any office. Invented sentences and near-misses."""

import pytest
from extraction_helpers import named, speaker_of


def _last_speaker(text: str) -> str | None:
    return named(text)[-1][1]


@pytest.mark.parametrize(
    "text",
    [
        'The board named Ana Roy in a statement on Friday. "She will start in May," the '
        "statement read.",
        "The judge criticized defence lawyer Tom Reyes in her ruling. "
        '"His conduct was improper," the ruling read.',
        "Police are investigating threats made against Ana Roy on TikTok. "
        '"You will pay," the video said.',
        'Police found a message on Facebook. "Meet me at the bridge," the post read.',
        "Ada Roy said on Instagram she was retiring. The club said it would honour her. "
        '"Thank you all," the post read.',
    ],
)
def test_a_name_in_passing_or_after_the_venue_is_no_writer(text: str):
    assert _last_speaker(text) not in ("Ana Roy", "Tom Reyes", "Police", "The club")


@pytest.mark.parametrize(
    ("text", "writer"),
    [
        (
            "Ada Roy wrote on Instagram on Monday. Her coach, Tom Reyes, said he was proud. "
            '"I gave it everything," the post read.',
            "Ada Roy",
        ),
        (
            'The union said Friday in a statement it would appeal. "We are disappointed," '
            "the statement read.",
            "The union",
        ),
        (
            '"We will rebuild," said union president Ana Roy in a statement. "Nobody is '
            'leaving," the statement read.',
            "Ana Roy",
        ),
        (
            "Tom Reyes, the club's captain, posted a clip to TikTok. "
            '"See you next season," the video said.',
            "Tom Reyes",
        ),
        (
            'In a statement, the union said it would appeal. "We are disappointed," the '
            "statement read.",
            "the union",
        ),
        (
            "The minister, Ana Roy, said in a statement that the plan would go ahead. "
            '"We have listened," the statement said.',
            "Ana Roy",
        ),
        (
            "Ana Roy took to Instagram on Monday to thank her fans. "
            '"You carried me," the post read.',
            "Ana Roy",
        ),
        (
            'Ana Roy has also posted on X. "Justice at last, after all these years," the post '
            "read.",
            "Ana Roy",
        ),
    ],
)
def test_the_subject_of_a_verb_of_speech_or_posting_writes_the_venue(text: str, writer: str):
    assert _last_speaker(text) == writer


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The mayor wrote on her Facebook page that the pool would reopen.", "the pool would"),
        ("The senator wrote on his X account that the bill was dead.", "the bill was dead"),
        ("The ministry said on its YouTube channel it would appeal the ruling.", "it would"),
        ("The army said on its Telegram channel that two drones were downed.", "two drones"),
        ("The coach said on Facebook Live that the team would rebuild.", "the team would"),
        ("The singer said on Instagram stories that she was fine.", "she was fine"),
        ("The regulator said on Monday Facebook had failed to remove the posts.", "Facebook had"),
        ("The minister said on Friday YouTube would be blocked.", "YouTube would"),
        # near-misses: a network alone after "on"
        ("The army said on Telegram it had downed two drones.", "it had downed"),
        ("The group said via Telegram that its fighters had withdrawn.", "its fighters"),
    ],
)
def test_a_network_is_where_words_were_given_only_right_after_on_or_via(text: str, content: str):
    assert named(text)[0][0].startswith(content)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "The Common Front, which represents 420,000 public sector workers, said it would "
            "strike.",
            "Common Front",
            "organization",
        ),
        ("The Popular Front said it would boycott the election.", "Popular Front", "organization"),
        (
            "The Eastern Liberation Front said the bridge was mined.",
            "Eastern Liberation Front",
            "group",
        ),
        ("The Free Kessa Front said the vote was rigged.", "Free Kessa Front", "group"),
        (
            "The Patriotic Resistance Front said it had shelled the depot.",
            "Patriotic Resistance Front",
            "group",
        ),
    ],
)
def test_a_front_is_an_armed_group_only_by_its_words(text: str, name: str, kind: str):
    assert speaker_of(text)[:2] == (name, kind)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Some two hundred mourners, including the premier, said a prayer for the victims.",
            "a prayer for the victims",
            "Some two hundred mourners",
        ),
        (
            "Several hundred protesters, many of them students, said Tuesday they would return.",
            "they would return",
            "Several hundred protesters",
        ),
        (
            "The blast wounded dozens of people, including three police officers, said Lt. Sam "
            "Park.",
            "The blast wounded dozens of people, including three police officers",
            "Sam Park",
        ),
        # near-miss: a verb right before the object, as before
        (
            "The shell killed six people, including a child, said Gov. Ann Lee.",
            "The shell killed six people, including a child",
            "Ann Lee",
        ),
    ],
)
def test_no_verb_is_read_in_a_number_and_a_count_of_may_stand_before_the_object(
    text: str, content: str, speaker: str
):
    assert [(c, s) for c, s, _ in named(text)] == [(content, speaker)]


def test_no_speaker_after_an_object_when_a_speech_cue_stands_before_it_in_its_clause():
    text = (
        "Ana Roy said the fire destroyed four homes, including a heritage house, added Chief "
        "Tom Reyes."
    )
    assert "Tom Reyes" not in [s for _, s, _ in named(text)]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("A former war monitor said the ceasefire was holding.", "person"),
        ("A war monitor said the ceasefire was holding.", "person"),
        ("The former war monitor said the ceasefire was holding.", "person"),
        ("The Brodek-based war monitor said 12 people were killed.", "organization"),
        ("Syria's war monitor said 12 people were killed.", "organization"),
    ],
)
def test_a_war_monitor_is_a_body_only_as_the_monitor(text: str, kind: str):
    assert speaker_of(text)[1] == kind


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Ana Roy's family spoke to reporters. Tom Lee's family declined to comment. "
            '"We want answers," the family said.',
            "the family",
        ),
        (
            "The family of Tom Lee said he was a gentle man. Ana Roy's family also attended the "
            'vigil. "He was kind," the family said.',
            "the family",
        ),
        # near-misses: one family in reach
        (
            'Tom Lee\'s family said they were heartbroken. "He was our rock," the family said.',
            "Tom Lee's family",
        ),
        (
            "Ana Roy was killed in the crash. Her family said she loved to travel. "
            '"We miss her," the family said.',
            "Ana Roy’s family",
        ),
    ],
)
def test_the_family_is_the_one_family_in_reach(text: str, speaker: str):
    assert _last_speaker(text) == speaker


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The hospital said two patients were in critical condition, which could not be "
            "confirmed and that five others had been released.",
            "two patients were in critical condition, which could not be confirmed and that "
            "five others had been released",
        ),
        (
            "The army said it had downed a jet, a claim that cannot be independently verified.",
            "it had downed a jet",
        ),
        (
            "The rebels said they had taken the airport, which could not immediately be verified.",
            "they had taken the airport",
        ),
        (
            "The rebels said they had taken the airport, which CBC News could not "
            "independently verify.",
            "they had taken the airport",
        ),
        # near-misses: the caveat at the end, and one set off by commas before more
        (
            "The rebels said they had taken the airport, which could not be confirmed.",
            "they had taken the airport",
        ),
        (
            "The ministry said 40 people had died, which could not be verified, and that aid was "
            "on the way.",
            "40 people had died, which could not be verified, and that aid was on the way",
        ),
    ],
)
def test_the_reporters_caveat_is_cut_only_at_the_contents_end(text: str, content: str):
    assert named(text)[0][0] == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Voss paid a moving tribute to Reyes as a coach who never gave up.", "Reyes as a coach"),
        ("Voss paid heartfelt tribute to Reyes as a mentor to young players.", "Reyes as a mentor"),
        ("Voss paid tribute on Monday to Reyes as the finest player of his era.", "Reyes as the"),
        ("Voss paid tribute to Reyes as a man of principle.", "Reyes as a man"),
    ],
)
def test_a_tribute_with_an_adjective_or_a_day_is_a_cue_with_as(text: str, content: str):
    assert named(text)[0][0].startswith(content)


def test_a_tribute_without_as_says_nothing():
    assert named("Voss paid a moving tribute to Reyes on Sunday.") == []


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Councillor-elect Ana Roy said the ward needed a new library.",
            "Ana Roy",
            "Councillor-elect",
        ),
        ("MP-elect Tom Reyes told supporters the win was theirs.", "Tom Reyes", "MP-elect"),
        ("MLA-elect Ana Roy said she would hold a town hall.", "Ana Roy", "MLA-elect"),
        ("Mayor-elect Tom Bryce said he would cut taxes.", "Tom Bryce", "Mayor-elect"),
    ],
)
def test_an_office_elect_of_any_title_is_the_role(text: str, name: str, role: str):
    found = speaker_of(text)
    assert (found[0], found[2]) == (name, role)
