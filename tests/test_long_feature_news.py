"""Long features with many speakers, as a new analyst reads them: who speaks across a long
article (names on no list of given names, pronouns after a subject just read, answers to a
question put by the reporter, full names opening a paragraph). Constructions found by
trying whosaid on invented features about a lighthouse's last keeper, an interview with a
rowing coach and two sisters' orchard (in tests/data/speakers/long-feature-*.txt), each
tested here on other invented sentences."""

from pathlib import Path

import pytest
from extraction_helpers import attributed, named

from tui.core.statements import find_statements


def _speakers(text: str) -> list[str | None]:
    """The name of each statement's speaker, in order."""
    return [name for _, name, _ in named(text)]


# A name no list of given names knows ("Ysolde", "Odd") gets its gender from a pronoun that
# stood for it; opening the sentence just read, it is what a later pronoun of that gender
# stands for, over an older speaker of that gender whose given name a list knows.


@pytest.mark.parametrize(
    "opening",
    [
        "Later, Farr was quiet.",
        "Asked about the bridge, Farr laughed.",
        "On Friday evening, Farr closed the book.",
        "Farr shook her head.",
    ],
)
def test_a_subject_a_pronoun_gave_a_gender_is_what_that_pronoun_stands_for(opening: str):
    text = (
        "Ysolde Farr said the bridge was old. “It will not last the winter,” she said. "
        f"Nora Lind said the road was closed. {opening} “It is gone,” she said."
    )
    assert _speakers(text)[-1] == "Ysolde Farr"


def test_a_subject_of_the_other_gender_is_passed_over():
    text = (
        "Odd Reinholt said the light was old. “It will not last the winter,” he said. Nora "
        "Lind said the road was closed. Later, Reinholt was quiet. “It is gone,” she said."
    )
    assert _speakers(text)[-1] == "Nora Lind"


def test_a_possessive_opening_the_sentence_is_no_subject():
    text = (
        "Ysolde Farr said the bridge was old. “It will not last the winter,” she said. "
        "Nora Lind said the road was closed. Farr’s car was gone. “It is gone,” she said."
    )
    assert _speakers(text)[-1] == "Nora Lind"


# A question the reporter puts opens the sentence ("Asked whether ..., Lee laughed."), and a
# quotation with no cue follows in the paragraph: the answer, by the main clause's subject.


@pytest.mark.parametrize(
    ("middle", "name"),
    [
        ("Asked whether she would stay, Lind smiled.", "Nora Lind"),
        ("Asked about the ferry, Lind laughed.", "Nora Lind"),
        ("Pressed on the cost, Lind shrugged.", "Nora Lind"),
        ("Asked whether the road would reopen, Tom Lee sighed.", "Tom Lee"),
    ],
)
def test_a_floating_quotation_after_an_opening_question_is_the_answerers(middle: str, name: str):
    text = (
        "Tom Lee said the bridge was old. Nora Lind said the road was closed. "
        f"{middle} “He knows what I think. I am staying.”"
    )
    assert _speakers(text)[-1] == name


def test_the_question_itself_stays_the_unnamed_askers():
    text = "Nora Lind said the road was closed. Asked about the ferry, Lind laughed. “Never.”"
    found = named(text)
    assert [(name, cue) for _, name, cue in found[1:]] == [(None, "Asked"), ("Nora Lind", None)]


@pytest.mark.parametrize(
    "middle",
    [
        "Asked whether she would stay, Lind smiled. The bus left.",
        "Asked whether she would stay, Lind smiled. Her brother Tom drove off.",
    ],
)
def test_a_floating_quotation_after_another_sentence_is_no_answer(middle: str):
    text = (
        "Tom Lee said the bridge was old. Nora Lind said the road was closed. "
        f"{middle} “He knows what I think. I am staying.”"
    )
    assert _speakers(text)[-1] is None


# A full name opening a paragraph ("Signe Paavola, the harbour master, ...") names the
# speaker quoted later by the surname alone, with the role given there.


@pytest.mark.parametrize(
    ("intro", "name", "role"),
    [
        ("Signe Paavola, the harbour master, is not convinced.", "Signe Paavola", "harbour master"),
        ("Calder Munro, a fisherman, sees both sides.", "Calder Munro", "fisherman"),
        ("Yara Feld has run the shop since 2009.", "Yara Feld", None),
    ],
)
def test_a_full_name_opening_a_paragraph_names_the_surname_quoted_later(
    intro: str, name: str, role: str | None
):
    surname = name.split()[-1]
    text = (
        "The ferry will stop in May, the agency said.\n\n"
        f"{intro}\n\n“It is a mistake,” {surname} said."
    )
    speakers, _ = find_statements(text)
    person = next(s for s in speakers if s.name.endswith(surname))
    assert (person.name, person.role) == (name, role)


@pytest.mark.parametrize("opening", ["But Feld", "Mayor Feld", "Later, Feld"])
def test_a_word_opening_a_paragraph_before_a_surname_is_no_given_name(opening: str):
    text = f"The ferry will stop, the agency said.\n\n{opening} said it was a mistake."
    speakers, _ = find_statements(text)
    assert [s.name for s in speakers if s.name.endswith("Feld")] == ["Feld"]


# A description ("the fisherman") stands for the person an indefinite appositive gave it
# to, in a sentence that quoted no one ("Cal Munro, a fisherman who moved here, ...").


@pytest.mark.parametrize(
    "intro",
    [
        "Calder Munro, a fisherman who moved here in 2011, sees both sides.",
        "Calder Munro, a fisherman, sees both sides.",
        "The port hired a fisherman, Calder Munro, last year.",
    ],
)
def test_a_description_stands_for_the_name_an_indefinite_appositive_described(intro: str):
    text = f"{intro} Ann Lee said the port was busy. “Old habits,” the fisherman said."
    assert _speakers(text) == ["Ann Lee", "Calder Munro"]


def test_a_description_of_someone_else_with_that_noun_stays_unnamed():
    text = (
        "Calder Munro bought a boat from a fisherman who moved away. Ann Lee said the port "
        "was busy. “Old habits,” the fisherman said."
    )
    assert _speakers(text) == ["Ann Lee", "the fisherman"]


# A name no list gives a gender, opening a sentence that says "her" or "his" of something:
# the person a later pronoun of that gender, or a description by age, stands for.


@pytest.mark.parametrize(
    ("middle", "pronoun", "name"),
    [
        (
            "Inside the cottage, Marit Oyelaran keeps her late husband's books.",
            "she",
            "Marit Oyelaran",
        ),
        ("Marit Oyelaran lost her job in May.", "she", "Marit Oyelaran"),
        ("On Friday, Odd Reinholt closed his logbook.", "he", "Odd Reinholt"),
    ],
)
def test_a_subject_saying_her_or_his_of_a_thing_is_what_that_pronoun_stands_for(
    middle: str, pronoun: str, name: str
):
    other = "Ann Lee" if pronoun == "she" else "Tom Lee"
    text = f"{other} said the road was closed. {middle} “He wrote everything,” {pronoun} said."
    assert _speakers(text) == [other, name]


@pytest.mark.parametrize(
    "middle",
    [
        # an object "her", not what she owns
        "Inside the cottage, Marit Oyelaran met her on Monday.",
        "Marit Oyelaran gave her a lift home.",
        # no name opens the sentence
        "Slowly, the town lost her trust.",
        # "his", not "her"
        "Marit Oyelaran sold his boat.",
    ],
)
def test_no_subject_saying_her_of_a_thing_leaves_the_last_speaker(middle: str):
    text = f"Ann Lee said the road was closed. {middle} “He wrote everything,” she said."
    assert _speakers(text) == ["Ann Lee", "Ann Lee"]


@pytest.mark.parametrize("description", ["the 29-year-old", "the Republican"])
def test_a_description_by_age_or_party_stands_for_a_subject_told_by_her(description: str):
    text = (
        "Ines Vale said the trials were fair. Lotte Brink disagreed last year. Brink, reached "
        f"by phone, stood by her comments. “I do not doubt it,” {description} said."
    )
    assert _speakers(text) == ["Ines Vale", "Lotte Brink"]


@pytest.mark.parametrize(
    "earlier",
    [
        "",
        # a longer name that opens with the surname, or holds it, is not it in full
        "Sela Brinkley disagreed last year. ",
        "Tom McBrink disagreed last year. ",
        "Sela Brink-Oduya disagreed last year. ",
    ],
)
def test_a_bare_surname_never_written_in_full_is_no_such_subject(earlier: str):
    text = (
        f"Ines Vale said the trials were fair. {earlier}Brink, reached by phone, stood by her "
        "comments. “I do not doubt it,” the 29-year-old said."
    )
    assert _speakers(text)[-1] != "Brink"
    assert "Brink" not in _speakers(text)[-1].split()


@pytest.mark.parametrize("full", ["Lotte Brink", "Dr. Lotte Brink", "Lotte Brink’s"])
def test_a_surname_written_in_full_with_a_possessive_or_title_is_that_subject(full: str):
    text = (
        f"Ines Vale said the trials were fair. {full} coach disagreed last year. Brink, "
        "reached by phone, stood by her comments. “I do not doubt it,” the 29-year-old said."
    )
    assert _speakers(text)[-1] == "Lotte Brink"


# In a transcript, each answer ("A: ...") is the interviewee's turn: what comes after it is
# read after the answer, not after the introduction that named the interviewee.


def test_a_subject_after_a_transcripts_answer_is_read_after_that_answer():
    text = (
        "Ines Vale took over the national eight in May. She spoke to the Courier.\n\n"
        "Q: Lotte Brink says the trials were unfair.\n\n"
        "A: Lotte is a great athlete. But she is wrong about that.\n\n"
        "Brink, reached by phone, stood by her comments. “I do not doubt it,” the "
        "29-year-old said."
    )
    # the question reports Brink's claim, a statement of hers; the answer is Vale's
    assert _speakers(text) == ["Lotte Brink", "Ines Vale", "Lotte Brink"]


def test_a_pronoun_after_a_transcripts_answer_with_no_subject_between_is_the_interviewees():
    text = (
        "Ines Vale took over the national eight in May. She spoke to the Courier.\n\n"
        "Q: Lotte Brink says the trials were unfair.\n\n"
        "A: Lotte is a great athlete. But she is wrong about that.\n\n"
        "Told of the comment, Vale smiled. “I stand by it,” she said."
    )
    assert _speakers(text) == ["Lotte Brink", "Ines Vale", "Ines Vale"]


# "The former" and "the latter" are the last two people named, by a name a list of given
# names knows or by a speaker's own name ("Wren said ..."), not by a pronoun or by "the
# former" itself.


def test_the_former_and_the_latter_may_be_speakers_named_by_no_list():
    text = (
        "Wren Keel said the farm was lost. “It is over,” she said. Della Moore said it was "
        "not. The former wants to sell. The latter wants to drill."
    )
    assert _speakers(text) == ["Wren Keel", "Wren Keel", "Della Moore", "Wren Keel", "Della Moore"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ann Lee praised Tom Dunn. The latter said the plan was fine.", "Tom Dunn"),
        ("Ann Lee praised Tom Dunn. The former said the plan was fine.", "Ann Lee"),
    ],
)
def test_the_former_and_the_latter_by_listed_names_are_as_before(text: str, name: str):
    assert _speakers(text)[-1] == name


def test_the_former_with_one_person_named_is_no_one():
    text = "Wren Keel said the farm was lost. “It is over,” she said. The former wants to sell."
    assert _speakers(text)[-1] == "The former"


# A family word ("the widow", "the father") stands for the person of the sentence just read,
# never for an older speaker of that gender.


@pytest.mark.parametrize(
    ("middle", "description", "name"),
    [
        ("Inside, Marit Oyelaran keeps her late husband's books.", "the widow", "Marit Oyelaran"),
        ("Rosa Vint lost her husband in May.", "the widow", "Rosa Vint"),
        ("Ed Moss lost his son in the flood.", "the father", "Ed Moss"),
        ("Ana Ruiz buried her daughter on Monday.", "the mother", "Ana Ruiz"),
        ("Tom Vale sat by the bed of his son.", "the father", "Tom Vale"),
    ],
)
def test_a_family_word_stands_for_the_subject_just_read(middle: str, description: str, name: str):
    text = f"Sheriff Ann Hale said the boy drowned. {middle} “He wrote to us,” {description} said."
    assert _speakers(text) == ["Ann Hale", name]


@pytest.mark.parametrize("description", ["the father", "the mother", "the widow"])
def test_a_family_word_with_no_subject_just_read_is_no_older_speaker(description: str):
    text = f"Sheriff Ann Hale said the boy drowned. “He had warned him,” {description} said."
    assert _speakers(text)[-1] == description


@pytest.mark.parametrize(
    ("middle", "description"),
    [
        ("Nurse Ana Ruiz treated the boy for burns.", "the mother"),
        ("Tom Vale coached the boy for years.", "the father"),
        ("Ana Ruiz praised her brother at the funeral.", "the mother"),
        ("Officer Tom Vale found the girl at dawn.", "the father"),
    ],
)
def test_a_family_word_the_subject_just_read_is_not_is_someone_else(middle: str, description: str):
    """The sentence just read gives its subject no kin of whom the family word is the
    converse ("her son" for "the mother"): the word is another's kin (the boy's mother)."""
    text = f"Sheriff Ann Hale said the boy drowned. {middle} “He was brave,” {description} said."
    assert _speakers(text)[-1] == description


# A person quoted by a given name no list knows ("Wren said") is the one speaker whose full
# name opens with it ("Wren Haskell said"): one person, not two.


def test_a_given_name_alone_is_the_speaker_whose_full_name_opens_with_it():
    text = (
        "Wren Haskell and Della Moore own the farm. “It is lost,” Wren said. Della Moore "
        "said it was not. Wren Haskell said she would sell."
    )
    speakers, statements = find_statements(text)
    assert sorted(s.name for s in speakers) == ["Della Moore", "Wren Haskell"]
    assert _speakers(text) == ["Wren Haskell", "Della Moore", "Wren Haskell"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (  # two full names open with it: either
            "“It is lost,” Wren said. Wren Haskell said it was. Wren Moss said it was not.",
            ["Wren", "Wren Haskell", "Wren Moss"],
        ),
        (  # a speaker's surname: Ann Lee, not Lee Moss
            "Ann Lee said the farm was lost. “It is,” Lee said. Lee Moss said it was not.",
            ["Ann Lee", "Ann Lee", "Lee Moss"],
        ),
    ],
)
def test_a_word_alone_that_opens_no_one_full_name_stays_apart(text: str, names: list[str]):
    assert _speakers(text) == names


# A description with a possessive determiner stands for the person an appositive gave it
# to, after a plural's possessive mark too ("The sisters' mother, June Hale, ...").


@pytest.mark.parametrize(
    ("intro", "description"),
    [
        ("The sisters' mother, June Hale, 78, lives in town.", "Their mother"),
        ("The sisters' mother, June Hale, lives in town.", "The mother"),
        ("Their mother, June Hale, lives in town.", "Their mother"),
        ("The boy's mother, June Hale, lives in town.", "The boy's mother"),
    ],
)
def test_a_possessed_description_stands_for_its_apposed_name(intro: str, description: str):
    text = f"{intro} Ann Lee said the farm was lost. {description} said she would keep the jam."
    assert _speakers(text) == ["Ann Lee", "June Hale"]


# After an attribution inserted mid-sentence ("and, according to the federation, cut ..."),
# a verb and its object go on with the sentence: no appositive, no role.


@pytest.mark.parametrize(
    "text",
    [
        "The coach moved the base and, according to the federation, cut the budget by 15 percent.",
        "The coach, according to the federation, dropped the two rowers in May.",
    ],
)
def test_a_verb_and_its_object_after_an_inserted_source_is_no_role(text: str):
    ((_, speaker, _),) = attributed(text)
    assert speaker is not None and (speaker.name, speaker.role) == ("the federation", None)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("The budget was cut, said Ann Lee, head of the union.", "head of the union"),
        ("The budget was cut, said Ann Lee, mother of two.", "mother of two"),
        ("The budget was cut, said Ann Lee, the union's chair.", "union's chair"),
    ],
)
def test_an_appositive_of_a_noun_is_still_a_role(text: str, role: str):
    ((_, speaker, _),) = attributed(text)
    assert speaker is not None and speaker.role == role


# A spell of time right before a cue ("over the past two years said") says nothing: the
# sentence's subject said it; a participle after "spent two years" reports no one.


@pytest.mark.parametrize(
    "text",
    [
        "The union, troubled by walkouts for three years, said it would merge.",
        "The union which was troubled by walkouts in the last three years said it would merge.",
        "The union which has been hit by defections over the last six months said it would merge.",
    ],
)
def test_a_time_before_a_finite_cue_leaves_the_subject_the_speaker(text: str):
    ((_, speaker, _),) = attributed(text)
    assert speaker is not None and speaker.name == "The union"


@pytest.mark.parametrize(
    "text",
    [
        "The sisters have spent the past two years arguing about the choice.",
        "The council spent months debating about the well.",
    ],
)
def test_a_participle_after_a_spell_of_time_reports_nothing(text: str):
    assert attributed(text) == []


# Floors on the invented features: the speakers found with their kinds, and the statements
# whose speaker only a reader of the whole article can tell (not the full output).

_ARTICLES = Path(__file__).parent / "data" / "speakers"


@pytest.mark.parametrize(
    ("slug", "people", "told"),
    [
        (
            "long-feature-lighthouse",
            {"Odd Reinholt", "Signe Paavola", "Tamsin Greer", "Marit Oyelaran", "Calder Munro"},
            {
                "He knows what I think": "Tamsin Greer",
                "He wrote down every ship": "Marit Oyelaran",
                "That is it": "Odd Reinholt",
                "Old habits": "Calder Munro",
            },
        ),
        (
            "long-feature-coach-interview",
            {"Ines Vantongeren", "Lotte Brink", "Piet Hollander", "Mira Oduya", "Fenna Aldous"},
            {
                "I do not doubt that she believes": "Lotte Brink",
                "she had not decided": "Lotte Brink",
                "Much harder": "Ines Vantongeren",
            },
        ),
        (
            "long-feature-orchard",
            {"Wren Haskell", "Della Haskell-Moore", "June Haskell", "Teodora Vasquez"},
            {
                "to sell the water rights": "Wren Haskell",
                "to drill a well": "Della Haskell-Moore",
                "That is true": "Wren Haskell",
                "she would keep the apricot jam": "June Haskell",
            },
        ),
    ],
)
def test_the_invented_features_keep_their_speakers(
    slug: str, people: set[str], told: dict[str, str]
):
    text = (_ARTICLES / f"{slug}.txt").read_text(encoding="utf-8")
    speakers, _ = find_statements(text)
    assert people <= {s.name for s in speakers if s.kind == "person" and s.named}
    found = {content: name for content, name, _ in named(text)}
    for opening, name in told.items():
        assert [n for c, n in found.items() if c.startswith(opening)] == [name], opening


# A stance's clause with an attribution after a comma ("The museum wanted them, she said")
# is what that attribution reports, the speaker's words; no stance of the clause's subject.


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The council rejected it, she said.", "The council rejected it"),
        ("The museum wanted them, she said, but not her.", "The museum wanted them"),
        ("The union backed the deal, the mayor said, but not the tax.", "The union backed"),
    ],
)
def test_a_stance_clause_before_a_postposed_attribution_is_the_attributions(
    text: str, content: str
):
    text = f"Ann Lee said the road was closed. {text}"
    found = named(text)
    assert len(found) == 2
    assert found[1][0].startswith(content) and found[1][1] in ("Ann Lee", "the mayor")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The union backed the deal, saying it was fair.", "the deal"),
        ("The union opposed the plan, which the mayor said was costly.", "the plan"),
    ],
)
def test_a_stance_before_other_words_after_a_comma_stays(text: str, content: str):
    assert named(text)[0][:2] == (content, "The union")
