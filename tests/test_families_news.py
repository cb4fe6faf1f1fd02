"""Stories told through families (missing persons, hostages, victims of an accident or a
crime) as national and local papers write them: constructions found by trying whosaid on
invented stories of a missing kayaker, a freed aid worker and a level-crossing crash (in
tests/data/speakers/), each tested here on other invented sentences."""

import pytest
from extraction_helpers import ARTICLES, attributed, missing_speakers, named, speaker_of

from tui.core.speaker_kinds import appositive_head


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "Water Without Borders' director, Samuel Okafor, said the team was safe.",
            "Samuel Okafor",
            "Water Without Borders' director",
        ),
        (
            "Save the Rivers' founder, Maria Olsen, said the dam was a mistake.",
            "Maria Olsen",
            "Save the Rivers' founder",
        ),
        (
            "Parents Against Knife Crime's chairwoman, Grace Adebayo, said the ban was overdue.",
            "Grace Adebayo",
            "Parents Against Knife Crime's chairwoman",
        ),
    ],
)
def test_a_role_after_a_named_bodys_possessive_is_a_persons(sentence: str, name: str, role: str):
    assert speaker_of(sentence) == (name, "person", role)


def test_the_pronoun_after_a_role_under_a_named_bodys_possessive_keeps_the_person():
    text = (
        "Lukas Brenner said he had spoken to his wife.\n\n"
        "Water Without Borders' director, Samuel Okafor, said in an email that the charity was "
        "relieved. He said it had paused its work."
    )
    assert [s.name if s else None for _, s, _ in attributed(text)][-1] == "Samuel Okafor"


@pytest.mark.parametrize(
    ("appositive", "head"),
    [
        ("director of the city's parks", "director"),  # a possessive after the head's 'of'
        ("the charity's director", "director"),
        ("a firm based in Ohio", "firm"),
    ],
)
def test_the_head_of_an_appositive_without_a_named_possessor_is_unchanged(
    appositive: str, head: str
):
    assert appositive_head(appositive) == head


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "Priya's family said in a separate statement, read outside Lindford Magistrates' "
            "Court by a family liaison officer, that she was kind.",
            "she was kind",
        ),
        (
            "The Osei family said in a statement, released through Greater Manchester Police "
            "on Sunday evening, that Kwame was a gentle boy.",
            "Kwame was a gentle boy",
        ),
        (
            "His parents said in a letter, issued on their behalf by the family's solicitor in "
            "Cardiff, that they forgave the driver.",
            "they forgave the driver",
        ),
    ],
)
def test_a_long_aside_telling_how_a_statement_was_delivered_is_no_content(
    sentence: str, content: str
):
    [(found, _, _)] = named(sentence)
    assert found == content


def test_a_delivery_participle_inside_the_content_is_left_in_it():
    sentence = (
        "The family said the statement, read by their lawyer outside the court on Friday "
        "morning, was accurate."
    )
    [(found, _, _)] = named(sentence)
    assert found.startswith("the statement, read by")


@pytest.mark.parametrize(
    ("text", "giver"),
    [
        (
            "In a statement released through police, his parents, Tom and Ann Lee, said their "
            'son was kind.\n\n"He was the best," the statement said.\n\n'
            "Priya's family said in a separate statement that she was loved.\n\n"
            '"She wanted to be a midwife," the statement read.',
            "Priya's family",
        ),
        (
            "The Hale family said in a statement that Ben was loved.\n\n"
            "“He was the best,” the statement said.\n\n"
            "Sgt. Ivo Marsh said in a statement that a man had been arrested.\n\n"
            "“Inquiries continue,” the statement added.",
            "Ivo Marsh",
        ),
        (
            "Her husband, Omar Said, wrote in a post on Facebook that she was his world.\n\n"
            "“Come home,” the post read.\n\n"
            "Her sister, Leila Haddad, wrote in a post on Instagram that she was praying.\n\n"
            "“We will find you,” the post read.",
            "Leila Haddad",
        ),
    ],
)
def test_the_statement_again_after_a_new_one_is_the_new_ones(text: str, giver: str):
    assert [s.name if s else None for _, s, _ in attributed(text)][-1] == giver


@pytest.mark.parametrize(
    ("text", "giver"),
    [
        (
            "The club said in a statement that the coach had been sacked.\n\n"
            "“We thank him for his work,” the statement said.\n\n"
            "The coach wrote on Instagram that he was hurt.\n\n"
            "“The search for a successor has begun,” the statement added.",
            "The club",
        ),
        (
            "The ministry said in a statement that talks had failed.\n\n"
            "“The door remains open,” the statement said.\n\n"
            "The rebels said on Telegram that they would fight on.\n\n"
            "“We urge calm,” the statement added.",
            "The ministry",
        ),
    ],
)
def test_the_statement_again_after_a_post_on_a_network_keeps_its_giver(text: str, giver: str):
    assert [s.name if s else None for _, s, _ in attributed(text)][-1] == giver


def test_the_statement_again_with_no_new_one_keeps_its_giver():
    text = (
        "The Hale family said in a statement that Ben was loved.\n\n"
        "“He was the best,” the statement said.\n\n"
        "Sgt. Ivo Marsh said a man had been arrested.\n\n"
        "“We miss him every day,” the statement added."
    )
    assert [s.name if s else None for _, s, _ in attributed(text)][-1] == "The Hale family"


@pytest.mark.parametrize(
    ("sentence", "speaker", "kind"),
    [
        (
            "The family of a man killed when his van hit a tree near Oldbury said he was kind.",
            "The family of a man killed when his van hit a tree near Oldbury",
            "group",
        ),
        (
            "The mother of a teenager stabbed outside a shop in Leeds said he was gentle.",
            "The mother of a teenager stabbed outside a shop in Leeds",
            "person",
        ),
        (
            "The families of three people killed when a car was struck by a train near Market "
            'Hexley have paid tribute to them as "kind and funny".',
            "The families of three people killed when a car was struck by a train near Market "
            "Hexley",
            "group",
        ),
        (
            "The family of a woman missing since May told reporters she had no enemies.",
            "The family of a woman missing since May",
            "group",
        ),
        (
            "The widow of a diver killed off Malta said he was brave.",
            "The widow of a diver killed off Malta",
            "person",
        ),
    ],
)
def test_the_kin_of_a_victim_opening_the_sentence_speak_not_a_noun_inside(
    sentence: str, speaker: str, kind: str
):
    [(_, found, _)] = attributed(sentence)
    assert found is not None
    assert (found.name, found.kind) == (speaker, kind)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The father of the bride said the day was perfect.", "The father of the bride"),
        (
            "The family of Ann Lee, who was killed in May, said she was kind.",
            "The family of Ann Lee",
        ),
        (
            "The family of a man killed in the crash has hired a lawyer, and Tom Hale said the "
            "road was unsafe.",
            "Tom Hale",
        ),
    ],
)
def test_a_kin_phrase_without_a_victim_to_the_cue_reads_as_before(sentence: str, speaker: str):
    assert [s.name if s else None for _, s, _ in attributed(sentence)][-1] == speaker


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "The family of a man killed in the crash met the minister and Ann Lee said the "
            "road was unsafe.",
            "Ann Lee",
        ),
        (
            "The widow of a soldier killed in 2019 wept as the coroner said he was brave.",
            "the coroner",
        ),
        (
            "Relatives of a woman shot in the raid sat in court while Judge Tom Hale said the "
            "officer had lied.",
            "Tom Hale",
        ),
    ],
)
def test_a_speaker_of_a_clause_after_the_kin_of_a_victim_is_no_part_of_them(
    sentence: str, name: str
):
    speaker = attributed(sentence)[-1][1]
    assert speaker is not None
    assert speaker.name == name
    assert speaker.role is None or not {"killed", "shot"} & set(speaker.role.split())


@pytest.mark.parametrize(
    "sentence",
    [
        "Players observed a minute's silence before the match.",
        "Fans observed two minutes' silence at the ground on Saturday.",
        "The crowd observed a moment of silence for the victims.",
        "Both sides observed the ceasefire for three days.",
    ],
)
def test_a_silence_or_a_truce_observed_is_no_statement(sentence: str):
    assert named(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Ann Lee observed that the silence was deafening.",
        "Ann Lee observed the silence was deafening.",
        "Her mother observed that the vigil had drawn hundreds.",
    ],
)
def test_a_clause_observed_is_still_said(sentence: str):
    assert len(named(sentence)) == 1


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Her brother Tomasz Rydel said she was tired. The Rydels say they plan a small dinner.",
            "The Rydels",
        ),
        ("Ann Jones said the road was dangerous. The Joneses said they would sue.", "The Joneses"),
        (
            "Denise Whitford said her son was strong.\n\nThe Whitfords said they would keep "
            "searching.",
            "The Whitfords",
        ),
    ],
)
def test_the_plural_of_a_surname_given_a_person_is_the_family(text: str, name: str):
    speaker = attributed(text)[-1][1]
    assert speaker is not None
    assert (speaker.name, speaker.kind) == (name, "group")


def test_a_plural_name_no_person_of_the_text_bears_is_left_as_it_was():
    speaker = attributed("The Obamas said they were delighted.")[-1][1]
    assert speaker is not None
    assert speaker.kind != "group"


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("Dean Patricia Olufemi said the campus was grieving.", "Patricia Olufemi", "Dean"),
        ("Rector Ian Moss said the chapel would stay open.", "Ian Moss", "Rector"),
        ("Canon Ruth Agu said prayers would be held at noon.", "Ruth Agu", "Canon"),
    ],
)
def test_a_title_that_is_also_a_name_before_a_full_name_is_the_role(
    sentence: str, name: str, role: str
):
    assert speaker_of(sentence) == (name, "person", role)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Dean Martin said the show would go on.", "Dean Martin"),
        ("Canon Europe said the printers were safe.", "Canon Europe"),
    ],
)
def test_such_a_title_before_no_given_name_is_the_names_own_word(sentence: str, name: str):
    assert speaker_of(sentence)[0] == name


@pytest.mark.parametrize(
    "sentence",
    [
        "Dean Michael Walsh, 34, told the court he was sorry for the attack.",
        "Dean Andrew Price said he would appeal against the three-match ban.",
        "Dean Robert Hale, the firm's founder, said profits had doubled.",
    ],
)
def test_a_title_that_is_a_given_name_is_one_only_where_the_text_tells_its_setting(
    sentence: str,
):
    # a given name and a middle one (court reports, sport, business), no dean of anything
    name, _, role = speaker_of(sentence)
    assert name.startswith("Dean ")
    assert role != "Dean"


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "Callum's parents, Brendan and Siobhan Doherty, said their son was kind.",
            "Brendan and Siobhan Doherty",
            "Callum's parents",
        ),
        (
            "Ruth and Amos Kaye, the twins' grandparents, said the girls were fearless.",
            "Ruth and Amos Kaye",
            "twins' grandparents",
        ),
        (
            "Terry Flint and Ann Lee, the club's co-owners, said the club was grieving.",
            "Terry Flint and Ann Lee",
            "club's co-owners",
        ),
    ],
)
def test_a_plural_appositive_of_two_names_is_their_role(sentence: str, name: str, role: str):
    assert speaker_of(sentence) == (name, "group", role)


def test_a_singular_appositive_after_two_names_is_not_both_of_theirs():
    sentence = "Ann Lee and Tom Hale, the mayor's aide, said the road was closed."
    assert speaker_of(sentence)[2] is None


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("His mother, Grace, and stepfather, Tunde, said they had not slept.", "Grace and Tunde"),
        (
            "Her mother, Ann Lee, and her father, Tom Lee, said they had not slept.",
            "Ann Lee and Tom Lee",
        ),
        (
            "The mayor, Ann Lee, and the police chief, Tom Hale, said the road was closed.",
            "Ann Lee and Tom Hale",
        ),
        (
            "The company's chief executive, Ann Lee, and its chairman, Tom Hale, said profits "
            "rose.",
            "Ann Lee and Tom Hale",
        ),
        (
            "The team's captain, Tom Hale, and its coach, Ann Lee, said the players were tired.",
            "Tom Hale and Ann Lee",
        ),
    ],
)
def test_two_people_each_named_after_a_role_and_joined_are_one_group(sentence: str, name: str):
    assert speaker_of(sentence)[:2] == (name, "group")


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Tom Hale and Ann Lee said the road was closed.", "Tom Hale and Ann Lee"),
        ("The road is closed, her aide, Ann Lee, said.", "Ann Lee"),
    ],
)
def test_joined_names_and_a_single_apposed_name_read_as_before(sentence: str, name: str):
    assert speaker_of(sentence)[0] == name


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("His brother, 17-year-old Liam, said he was scared.", "Liam", "brother"),
        ("Her daughter, six-year-old Maya, said she missed her dad.", "Maya", "daughter"),
        (
            "The victim's neighbour, 70-year-old Doris Kemp, said she heard shouting.",
            "Doris Kemp",
            "victim's neighbour",
        ),
    ],
)
def test_a_name_after_its_age_in_an_appositive_is_the_speaker(sentence: str, name: str, role: str):
    assert speaker_of(sentence) == (name, "person", role)


def test_an_age_before_a_common_noun_in_an_appositive_is_no_name():
    assert speaker_of("His brother, a 17-year-old student, said he was scared.")[0] == "His brother"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "families-missing-kayaker.txt",
            [
                ("Every hour matters to us", "Denise Whitford", "person"),
                ("He knows this water", "Graham Whitford", "person"),
                ("We have no evidence of foul play", "Lorraine Bakshi", "person"),
                ("My brother is the guy", "Amber Whitford", "person"),
                ("I'm not blaming anybody", "Russell Whitford", "person"),
                ("Come home", "Denise Whitford", "person"),
                ("the campus was", "Patricia Olufemi", "person"),
            ],
        ),
        (
            "families-hostage-release.txt",
            [
                ("When she said", "Tomasz Rydel", "person"),
                ("For a year we lived in silence", "Halina Rydel", "person"),
                ("the family would not discuss", "Krzysztof Wawer", "person"),
                ("Rydel was “safe", "Pawel Kosinski", "person"),
                ("the organization was", "Samuel Okafor", "person"),
                ("the charity had suspended", "Samuel Okafor", "person"),
                ("they plan a small family dinner", "The Rydels", "group"),
                ("She shared her bread", "Joseph Mwangi", "person"),
            ],
        ),
        (
            "families-crossing-crash.txt",
            [
                (
                    "them as",
                    "The families of three people killed when a car was struck by a "
                    "train at a level crossing near Market Hexley",
                    "group",
                ),
                ("their son", "Brendan and Siobhan Doherty", "group"),
                ('she was "a daughter', "Priya's family", "group"),
                ("Priya wanted to be a midwife", "Priya's family", "group"),
                ("We keep waiting", "Harjit Sandhu", "person"),
                ("Fly high", "Aoife Doherty", "person"),
                ("Our thoughts remain", "Mark Holloway", "person"),
                ("I said of course", "Siobhan Doherty", "person"),
            ],
        ),
    ],
)
def test_the_family_articles_key_speakers(name: str, expected: list[tuple[str, str, str]]):
    assert missing_speakers(name, expected) == []


def test_the_crash_articles_minute_of_silence_is_no_statement():
    text = (ARTICLES / "families-crossing-crash.txt").read_text(encoding="utf-8")
    assert not any(content.startswith("a minute's silence") for content, _, _ in attributed(text))


@pytest.mark.parametrize(
    "sentence",
    [
        "According to Tomasz, he raised his hand and said one word: “Finally.”",
        "According to Ewa, her uncle told them: “Go home.”",
    ],
)
def test_a_clause_after_a_source_of_according_to_is_no_role_of_the_source(sentence: str):
    speakers = [speaker for _, speaker, _ in attributed(sentence)]
    assert speakers
    assert all(speaker is not None and speaker.role is None for speaker in speakers)


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Ann Lee, editor of Field Notes, said the magazine would close.", "editor of Field Notes"),
        (
            "Tom Hale, host of the podcast Mother Says, said the show would end.",
            "host of the podcast Mother Says",
        ),
    ],
)
def test_a_saying_verb_in_a_title_within_an_appositive_keeps_the_role(sentence: str, role: str):
    assert speaker_of(sentence)[2] == role


def test_an_appositive_role_after_according_to_is_kept():
    [(_, speaker, _)] = attributed(
        "According to Ann Lee, a nurse at the clinic, the ward was full."
    )
    assert speaker is not None
    assert (speaker.name, speaker.role) == ("Ann Lee", "nurse at the clinic")


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Her sister Chloe said she was kind.", "Chloe", "sister"),
        ("His younger son Luis said he was kind.", "Luis", "son"),
        (
            "In a tribute posted on Facebook, her sister Chloe wrote that she was kind.",
            "Chloe",
            "sister",
        ),
        (
            "Tom Reyes and his son Luis own the garage. His son said the lease was up.",
            "Luis",
            "son of Tom Reyes",
        ),
    ],
)
def test_a_given_name_alone_after_an_owners_kin_word_takes_it_for_role(
    text: str, name: str, role: str
):
    speaker = attributed(text)[-1][1]
    assert speaker is not None
    assert (speaker.name, speaker.role) == (name, role)


@pytest.mark.parametrize(
    ("text", "role"),
    [("Chloe said she was kind.", None), ("Sister Agnes said the convent was closing.", "Sister")],
)
def test_a_given_name_with_no_owners_kin_word_before_it_reads_as_before(
    text: str, role: str | None
):
    assert speaker_of(text)[2] == role


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "One of the organizers, Ingrid Maier, wrote that the group would meet.",
            "Ingrid Maier",
            "one of the organizers",
        ),
        (
            "One of the divers, Ana Ruiz, 29, said the water was cold.",
            "Ana Ruiz",
            "one of the divers",
        ),
        (
            "Ingrid Maier, one of the organizers, wrote that the group would meet.",
            "Ingrid Maier",
            "one of the organizers",
        ),
    ],
)
def test_one_of_many_before_a_name_is_its_role_whole(sentence: str, name: str, role: str):
    assert speaker_of(sentence) == (name, "person", role)


def test_one_of_them_before_a_name_still_gives_no_role():
    assert speaker_of("One of them, Joel Ruiz, said the boat sank.") == (
        "Joel Ruiz",
        "person",
        None,
    )
