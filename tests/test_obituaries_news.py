"""Obituaries, tributes and memorial stories as local and national papers write them:
constructions found by trying whosaid on invented stories of a minor-hockey coach's death, a
former state senator's obituary and a firefighter's funeral (in tests/data/speakers/), each
tested here on other invented sentences."""

import pytest
from extraction_helpers import ARTICLES, attributed, missing_speakers, speaker_names, speaker_of

from tui.core.figures import find_figures
from tui.core.statements import find_statements

LEAD = "Tomas Vell, a baker in Lorne for 30 years, has died. He was 77.\n\n"


@pytest.mark.parametrize(
    ("relative", "later"),
    [
        ('"He loved bread," his son, Pieter Vell, said.', '"I just bake," Vell said in 2003.'),
        (
            '"He never sat down," said Nora Vell, his daughter.',
            "Vell said in a 1999 interview that he rose at four.",
        ),
        (
            "His brother, Anton Vell, said the ovens ran all night.",
            '"Flour is honest," Vell told the paper in 2010.',
        ),
    ],
)
def test_a_bare_surname_after_a_relative_of_that_name_is_the_namesake(relative: str, later: str):
    text = LEAD + relative + "\n\nThe shop opened in 1961.\n\n" + later
    assert speaker_names(text)[-1] == "Tomas Vell"


@pytest.mark.parametrize(
    "text",
    [
        LEAD + '"He loved bread," his son, Pieter Vell, said. Vell said the shop would stay open.',
        "Lee Chan said the ferry was late. Ms. Chan's brother, Tom Chan, said he disagreed. "
        "Chan said the fares were too high.",
    ],
)
def test_a_relative_speaking_again_in_the_same_paragraph_keeps_the_surname(text: str):
    names = speaker_names(text)
    assert names[-1] == names[-2]


def test_two_namesakes_without_kin_leave_the_surname_to_the_last_named():
    text = (
        "Ada Roe said the pier was unsafe.\n\nIvo Roe, a diver, said the pilings were rotten."
        "\n\nRoe said repairs would take a year."
    )
    assert speaker_names(text)[-1] == "Ivo Roe"


@pytest.mark.parametrize(
    "sentence",
    [
        "Vell's brother, Anton Vell, also baked. He said the shop would stay open.",
        "Anton Vell, his brother, also baked. He said the shop would stay open.",
        "His brother, Anton Vell, also baked. He said the shop would stay open.",
    ],
)
def test_the_surname_inside_a_relatives_full_name_is_no_mention_of_the_namesake(sentence: str):
    text = LEAD + '"He loved bread," Ada Moss said.\n\n' + sentence
    assert speaker_names(text)[-1] == "Anton Vell"


def test_a_bare_surname_subject_still_stands_for_the_namesake():
    text = LEAD + '"He loved bread," Ada Moss said.\n\nVell also farmed. He said rye was best.'
    assert speaker_names(text)[-1] == "Tomas Vell"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ruth Kessling, a former senator, died Tuesday.\n\n"
            '"She changed the state," Gov. Elena Marquez said.\n\n'
            "Kessling's first bill was a hospital act.\n\n"
            "She often said the law began at a kitchen table.",
            "Ruth Kessling",
        ),
        (
            "Ada Moss said the pier was unsafe. Ivy Lund's boat sank there in May. "
            "She said the town had ignored her.",
            "Ivy Lund",
        ),
    ],
)
def test_a_possessive_opening_the_sentence_before_a_pronoun_is_its_antecedent(text: str, name: str):
    assert speaker_names(text)[-1] == name


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Lee's brother, Tom Hale, said he disagreed. He said the fare was high.",
            ["Tom Hale", "Tom Hale"],
        ),
        (
            "Ann Lee said the ferry was late. The plan drew on Mary Hale's report. "
            "She said it was rushed.",
            ["Ann Lee", "Ann Lee"],
        ),
    ],
)
def test_a_possessive_inside_the_sentence_or_before_an_apposed_name_is_no_antecedent(
    text: str, names: list[str]
):
    assert speaker_names(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "She learned to skate on the river at four.",
        "Ada Moss, who learned to paint in Lyon, said the show was late.",
        "He knew to stay away from the dock.",
        "She learned how to weld in 1962.",
    ],
)
def test_learning_or_knowing_to_do_something_is_a_skill_not_a_thought(text: str):
    assert all(cue not in {"learned", "knew"} for _, _, cue in attributed(text))


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("She learned that the mill would close.", "learned"),
        ("He knew the mill would close.", "knew"),
        ("They hoped to win the cup.", "hoped"),
        ("She knows how much the town cares.", "knows"),
    ],
)
def test_learning_or_knowing_a_clause_and_hoping_to_still_report(text: str, cue: str):
    assert [found for _, _, found in attributed(text)] == [cue]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Eldon Marsh, a pharmacist in Grey Harbour, died Friday.\n\n"
            "Marsh once said the pharmacy was the town's living room.",
            "Eldon Marsh",
        ),
        (
            "Verna Kolb, who ran the ferry for 30 years, has died.\n\n"
            '"Boats are patient," Kolb told the paper in 1998.',
            "Verna Kolb",
        ),
    ],
)
def test_a_bare_surname_takes_the_full_name_the_text_first_gave_it(text: str, name: str):
    assert speaker_names(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mayor Kolb opened the pier.\n\nKolb said the pier was safe.", "Kolb"),
        ("The Kolb Foundation paid for it. Kolb said the pier was safe.", "Kolb"),
    ],
)
def test_a_title_or_an_article_before_the_surname_is_no_given_name(text: str, name: str):
    assert speaker_names(text)[-1] == name


def figures_of(text: str) -> list[str]:
    return [text[f.span[0] : f.span[1]] for f in find_figures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Tom Hale, who taught three generations of children, has died. He was 83.",
        "Ann Vale died Sunday at 91 in Lorne.",
        "Tom Hale dies at 83.",
        "I was 22 and working nights.",
        "He was 30 when he left the mill.",
        "He retired at 65 and moved to Lorne.",
        "She married at 19, in a church in Dell.",
    ],
)
def test_a_persons_age_said_of_a_pronoun_or_an_event_of_a_life_is_no_figure(text: str):
    assert [f for f in figures_of(text) if f.isdigit()] == []


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The index was 83.", "83"),
        ("It closed at 45.", "45"),
        ("They were 4 in all.", "4"),
        ("The service began at 8.", "8"),
        ("He retired at 65 percent of his pay.", "65 percent of his pay"),
    ],
)
def test_a_bare_number_of_a_thing_stays_a_figure(text: str, figure: str):
    assert figure in figures_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Visitation is from 4 to 7 p.m. Sunday at the funeral home.",
        "A service will be held between 9 and 11 a.m. Monday.",
        "Doors open 10-11:30 am on Friday.",
    ],
)
def test_the_first_hour_of_a_span_of_clock_times_is_no_figure(text: str):
    assert figures_of(text) == []


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The shelter took 4 to 7 dogs a day.", "4 to 7 dogs a day"),
        ("Shares rose 4 to 7 percent.", "4 to 7 percent"),
    ],
)
def test_a_range_of_counts_or_percentages_stays_a_figure(text: str, figure: str):
    assert figures_of(text) == [figure]


@pytest.mark.parametrize(
    "text",
    [
        "She coached the town's under-15 girls.",
        "The under-18 team trained on Sundays.",
        "A league for over-50s opened in May.",
    ],
)
def test_an_under_or_over_age_class_is_no_count(text: str):
    assert figures_of(text) == []


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Prices fell to sub-7 levels.", "sub-7 levels"),
        ("It was minus-5 degrees.", "minus-5 degrees"),
    ],
)
def test_other_glued_prefixes_keep_their_figure(text: str, figure: str):
    assert figures_of(text) == [figure]


ARTICLE_STATEMENTS = {
    "obituaries-rink-coach.txt": [
        ("He never missed a practice", "Marc Dubeau", "person"),
        ("Harlan described every kid", "Rowan Telford", "person"),
        ("it was “heartbroken”", "Pemberton Falls Minor Hockey", "organization"),
        ("Harlan was the heart", "Pemberton Falls Minor Hockey", "organization"),
        ("her husband would have been", "Louise Dubeau", "person"),
        ("Every town has a few people", "Colleen Abernethy", "person"),
        ("his old coach was", "Gregor Halvorsen", "person"),
        ("him as a patient teacher", "Those players", "group"),
    ],
    "obituaries-former-senator.txt": [
        ("She went the way she lived", "Janet Kessling-Ward", "person"),
        ("Ruth Ann would read every page", "Tom Brayfield", "person"),
        ("Senator Kessling proved", "Elena Marquez", "person"),
        ('Kessling "opened doors', "Ovid County Democratic Party", "organization"),
        ("At least nine of them", "a 2015 analysis by the state auditor's office", "document"),
        ("She'd explain a tax bill", "Walter Kessling", "person"),
        ("We treat 12,000 patients", "Samuel Okafor", "person"),
    ],
    "obituaries-firefighter-memorial.txt": [
        ("Dylan used to tell our girls", "Tara", "person"),
        ("He was the kind of captain", "Andrea Kowalchuk", "person"),
        ("its members were", "Kelso Bay Professional Fire Fighters Association", "organization"),
        ("his brother talked him", "Kyle Ostrowski", "person"),
        ("I was 22 and working", "Kyle Ostrowski", "person"),
        ("Anybody on this crew", "Dylan Ostrowski", "person"),
        ("People are going to talk", "Simone Abara", "person"),
        ("him as a practical joker", "Simone Abara", "person"),
    ],
}


@pytest.mark.parametrize("name", sorted(ARTICLE_STATEMENTS))
def test_the_invented_obituaries_keep_their_speakers(name: str):
    assert missing_speakers(name, ARTICLE_STATEMENTS[name]) == []


@pytest.mark.parametrize("name", sorted(ARTICLE_STATEMENTS))
def test_the_invented_obituaries_report_no_skill_and_count_no_age_or_hour(name: str):
    text = (ARTICLES / name).read_text(encoding="utf-8")
    _, statements = find_statements(text)
    assert all(s.cue != "learned" for s in statements)
    found = figures_of(text)
    assert not {"83", "91", "22", "4", "15 girls"} & set(found)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            '"He was kind," said his daughter, Dr. Karen Lowe.',
            "Karen Lowe",
            "daughter of Wendell Ashby",
        ),
        ('"He was kind," said his son, the Rev. Paul Ashby.', "Paul Ashby", "son of Wendell Ashby"),
        ('"He was kind," said the mayor, Dr. Ines Holm.', "Ines Holm", "mayor"),
    ],
)
def test_a_titled_name_after_a_role_and_an_inverted_cue_is_the_speaker(
    text: str, name: str, role: str
):
    found = speaker_of("Wendell Ashby died Monday. " + text)
    assert found == (name, "person", role)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"He was kind," said his daughter, Karen Lowe.', "Karen Lowe"),
        ('"He was kind," said the firm\'s spokesperson, Tuesday.', "the firm's spokesperson"),
    ],
)
def test_an_untitled_name_or_a_day_after_the_role_reads_as_before(text: str, name: str):
    assert speaker_of("Wendell Ashby died Monday. " + text)[0] == name


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Friends remembered him as a quiet man who never locked his door.", "him as a quiet man"),
        ("Her students remember her as a demanding teacher.", "her as a demanding teacher"),
        ("Lt. Ana Ruiz remembered him as a practical joker.", "him as a practical joker"),
    ],
)
def test_remembering_someone_as_something_is_a_tribute(text: str, content: str):
    [(found, _, cue)] = attributed(text)
    assert found.startswith(content) and cue.startswith("remember")  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    [
        "She remembered the war.",
        "He will be remembered as a builder.",
        "I remember her as a young girl in pigtails.",
        "Ada Moss, who remembered him as a boy, said the town was grieving.",
    ],
)
def test_remembering_a_thing_a_stage_of_life_or_a_passive_without_source_is_no_tribute(
    text: str,
):
    assert all(not (cue or "").startswith("remember") for _, _, cue in attributed(text))


def test_a_life_stage_with_a_complement_still_characterizes():
    text = "Critics saw him as a child of privilege."
    assert [c for c, _, _ in attributed(text)] == ["him as a child of privilege"]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Ruth Ann Kessling, a former senator, died Tuesday. "
            "Her daughter, Janet Ward, said she was 91.",
            "daughter of Ruth Ann Kessling",
        ),
        (
            "Billy Joe Tate, who farmed near Dell, has died. "
            "His son, Cody Tate, said the farm would be sold.",
            "son of Billy Joe Tate",
        ),
    ],
)
def test_a_double_given_name_is_part_of_the_full_name(text: str, role: str):
    assert speaker_of(text)[2] == role


def test_a_bare_surname_after_a_double_given_name_is_that_person():
    text = "Mary Beth Hollis said the mill would close. Hollis said it was sad."
    assert speaker_names(text) == ["Mary Beth Hollis", "Mary Beth Hollis"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ann Lee Tuesday said the ferry was late.", "Ann Lee"),
        ("Ann Lee Hospital said the ward was full.", "Ann Lee Hospital"),
    ],
)
def test_a_day_or_a_bodys_word_after_a_given_name_and_surname_is_no_surname(text: str, name: str):
    assert speaker_names(text) == [name]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Gil Marchand died Monday. Marchand's daughter-in-law, Priya Marchand, said the "
            "family was overwhelmed.",
            "Priya Marchand",
            "Marchand's daughter-in-law",
        ),
        (
            "Gil Marchand died Monday. His son-in-law, Dev Rao, said the house would be sold.",
            "Dev Rao",
            "son-in-law of Gil Marchand",
        ),
        (
            "Gil Marchand died Monday. His sister-in-law said the service was full.",
            "Gil Marchand’s sister-in-law",
            "sister-in-law of Gil Marchand",
        ),
    ],
)
def test_an_in_law_before_the_cue_is_the_speaker(text: str, name: str, role: str):
    assert speaker_of(text) == (name, "person", role)


@pytest.mark.parametrize(
    "text",
    [
        "A well-known critic said the plan failed.",
        "The state-owned firm said the plan failed.",
    ],
)
def test_other_hyphened_heads_read_as_before(text: str):
    assert len(attributed(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The obituary said he had 14 grandchildren.",
        "His obituary described him as a man who never met a stranger.",
        "He died at home, according to an obituary published by the funeral home.",
    ],
)
def test_an_obituary_speaks_as_a_document(text: str):
    assert speaker_of(text)[1] == "document"
