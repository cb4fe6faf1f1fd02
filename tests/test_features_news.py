"""Features, profiles and interviews as a new analyst reads them: constructions found by
trying whosaid on invented long-form stories (a chef's profile, an architect's interview in
questions and answers, a hospital's night shift, in tests/data/speakers/), each tested here
on other invented sentences."""

from pathlib import Path

import pytest
from extraction_helpers import attributed

from tui.core.statements import find_statements


@pytest.mark.parametrize(
    "noun", ["trust", "school", "charity", "society", "club", "church", "library", "theatre"]
)
def test_an_institution_described_by_its_noun_is_an_organization(noun: str):
    [(_, speaker, _)] = attributed(f"The {noun} said the hall would reopen in May.")
    assert speaker is not None
    assert (speaker.kind, speaker.role) == ("organization", None)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("The school teacher said the hall would reopen.", "school teacher"),
        ("The charity's director said the hall would reopen.", "charity's director"),
    ],
)
def test_a_person_whose_role_an_institution_modifies_stays_a_person(text: str, role: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None
    assert (speaker.kind, speaker.role) == ("person", role)


def test_an_institution_named_before_is_the_one_its_noun_stands_for():
    text = (
        "Waits have grown at the Brookfield Care Trust. "
        "The trust said it had hired more staff. "
        "Tom Reyes, a porter, said the corridors were full. He says that nothing has changed."
    )
    found = attributed(text)
    assert [(s.name, s.kind) for _, s, _ in found if s is not None] == [
        ("the Brookfield Care Trust", "organization"),
        ("Tom Reyes", "person"),
        ("Tom Reyes", "person"),
    ]


INTERVIEW = (
    "A Talk With Hanna Solberg\n\n"
    "Hanna Solberg has run the Tidewater Theatre for twelve years. Her deputy, Mark Ostby, "
    "joined in 2019. Solberg spoke to us in her office.\n\n"
    "Q: Why did the theatre close for a year?\n\n"
    "A: The roof was failing. We had no choice, and Mark agreed.\n\n"
    "Q: Will ticket prices rise?\n\n"
    "A: Not this season. I promised our members that."
)


def test_a_transcripts_answers_are_said_by_the_person_its_introduction_presents():
    found = attributed(INTERVIEW)
    assert [(content, s.name if s else None) for content, s, _ in found] == [
        ("The roof was failing. We had no choice, and Mark agreed", "Hanna Solberg"),
        ("Not this season. I promised our members that", "Hanna Solberg"),
    ]


def test_the_person_presented_is_the_one_named_most_not_the_first_named():
    text = (
        INTERVIEW.replace("A Talk With Hanna Solberg\n\n", "")
        .replace("Hanna Solberg has run", "Mark Ostby's boss, Hanna Solberg, has run")
        .replace("in her office.", "in her office, where Solberg keeps a piano.")
    )
    assert {s.name for _, s, _ in attributed(text) if s is not None} == {"Hanna Solberg"}


def test_an_answer_with_nobody_presented_before_has_no_speaker():
    text = "The theatre reopens today.\n\nQ: Why the delay?\n\nA: The roof was failing badly."
    [(content, speaker, _)] = attributed(text)
    assert (content, speaker) == ("The roof was failing badly", None)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Dr. Amara Quist runs the ward. The doctor says the beds are always full.",
            "Amara Quist",
        ),
        (
            "Prof. Ivo Lind teaches on Mondays. The professor said the course was full.",
            "Ivo Lind",
        ),
    ],
)
def test_the_role_a_title_names_stands_for_the_person_of_that_title(text: str, name: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.name == name


def test_the_doctor_with_no_doctor_named_stays_a_description():
    text = "Amara Quist runs the ward. The doctor says the beds are always full."
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.name == "The doctor"


def test_she_after_a_speaker_of_unknown_gender_may_be_the_woman_quoted_before():
    text = (
        "Nora Vik said the plans were late. "
        "Aldo Brenn says she has always been her own harshest critic. "
        '"We still won," he says.'
    )
    assert [s.name for _, s, _ in attributed(text) if s is not None] == [
        "Nora Vik",
        "Aldo Brenn",
        "Aldo Brenn",
    ]


def test_she_after_the_only_speaker_still_tells_that_speakers_gender():
    text = (
        "Brenn says she has always been tired. Tom Hale said the bus was late. "
        '"We still won," she says.'
    )
    assert [s.name for _, s, _ in attributed(text) if s is not None] == [
        "Brenn",
        "Tom Hale",
        "Brenn",
    ]


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "Critic Ana Dufray was blunter. Her verdict: “It is the most honest soup in town.”",
            "It is the most honest soup in town",
            "Ana Dufray",
        ),
        (
            "Ana Dufray tasted it. Dufray’s advice to young cooks: “Taste everything twice.”",
            "Taste everything twice",
            "Ana Dufray",
        ),
        (
            "The mayor was asked again. The mayor’s only answer: “We will rebuild the pier.”",
            "We will rebuild the pier",
            "The mayor",
        ),
        (
            "Ana Dufray tasted it. Her verdict was short: “Too much salt.”",
            "Too much salt",
            "Ana Dufray",
        ),
        (
            "Ana Dufray tasted it. “Too much salt,” was her verdict.",
            "Too much salt",
            "Ana Dufray",
        ),
        (
            "“We will rebuild the pier” is the mayor’s answer to every question.",
            "We will rebuild the pier",
            "the mayor",
        ),
    ],
)
def test_a_quotation_tied_to_a_possessed_noun_of_saying_is_the_possessors(
    text: str, content: str, name: str
):
    [(found, speaker, _)] = attributed(text)
    assert speaker is not None
    assert (found, speaker.name) == (content, name)


@pytest.mark.parametrize(
    "text",
    [
        "Ana Dufray tasted it. The menu: “Soup, bread and fish.”",
        "Ana Dufray tasted it. Her kitchen: “a mess of pans and smoke.”",
        "Ana Dufray tasted it. “Soup, bread and fish,” was the menu in the window.",
        "Ana Dufray tasted it. “Eat local” is the motto on the menu.",
    ],
)
def test_a_quotation_after_a_colon_and_another_noun_is_said_by_nobody_named(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("One woman, a nurse on nights, keeps a list. Most of it, she said, is dull.", "One woman"),
        (
            "A retired teacher lives on the corner. He said the rent had doubled.",
            "A retired teacher",
        ),
        (
            "Ann Lee said the ward was full. A woman in the queue shouted. She said it was bad.",
            "A woman",
        ),
    ],
)
def test_a_pronoun_after_an_unnamed_person_opening_the_sentence_before_is_that_person(
    text: str, name: str
):
    speaker = attributed(text)[-1][1]
    assert speaker is not None
    assert (speaker.name, speaker.kind, speaker.named) == (name, "person", False)


@pytest.mark.parametrize(
    "text",
    [
        # the noun does not agree with the pronoun
        "Ann Lee said the ward was full. A man in the queue shouted. She said it was a disgrace.",
        # not opening its sentence: the object of another subject
        "Ann Lee said the ward was full. Later she met a nurse. She said it was a disgrace.",
    ],
)
def test_a_pronoun_stays_with_the_speaker_when_no_unnamed_person_agrees_or_opens(text: str):
    speaker = attributed(text)[-1][1]
    assert speaker is not None and speaker.name == "Ann Lee"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("She asks a question back: “Who would taste the broth?”", "Who would taste the broth?"),
        ("He told the crew one thing: “Nobody goes home early.”", "Nobody goes home early"),
        ("The coach told us his rule: “Run until you drop.”", "Run until you drop"),
    ],
)
def test_a_quotation_after_a_cues_object_and_a_colon_is_what_was_said(text: str, content: str):
    [(found, _, _)] = attributed(text)
    assert found == content


def test_a_clause_before_the_colon_keeps_the_whole_content():
    text = "She said the answer was simple: “We close the kitchen.”"
    [(found, _, _)] = attributed(text)
    assert found.startswith("the answer was simple")


@pytest.mark.parametrize(
    "listener", ["this newspaper", "this magazine", "this reporter", "this website"]
)
def test_the_outlet_of_the_story_told_is_the_listener_not_the_content(listener: str):
    [(found, _, cue)] = attributed(f"Rikke Aalstad told {listener} that the school would close.")
    assert (found, cue) == ("the school would close", "told")


def test_this_before_another_noun_stays_in_the_content():
    [(found, _, _)] = attributed("Rikke Aalstad told this story to the court.")
    assert found == "this story to the court"


def test_he_after_a_name_and_an_age_opening_the_sentence_before_is_that_person():
    text = (
        "Tom Hale said the ward was full. Gil Marchetti, 61, has pushed trolleys for years. "
        "He jokes that he has walked to the moon."
    )
    found = [s for _, s, _ in attributed(text) if s is not None]
    assert [(s.name, s.role) for s in found] == [("Tom Hale", None), ("Gil Marchetti", None)]


def test_a_name_and_an_age_of_the_other_gender_leaves_the_pronoun_to_the_speaker():
    text = (
        "Tom Hale said the ward was full. Ann Marchetti, 61, has pushed trolleys for years. "
        "He jokes that he has walked to the moon."
    )
    assert [s.name for _, s, _ in attributed(text) if s is not None] == ["Tom Hale", "Tom Hale"]


@pytest.mark.parametrize(
    "text",
    [
        "She keeps a list of the things patients ask her at 3 a.m.",
        "These are the words people say at funerals.",
    ],
)
def test_a_cue_whose_object_a_clause_before_took_reports_nothing(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("He said in 2019 prices fell.", "in 2019 prices fell"),
        ("She commented on the plan.", "on the plan"),
        ("Brandt hinted at a reunion.", "at a reunion"),
    ],
)
def test_a_content_opened_by_a_preposition_but_longer_stays(text: str, content: str):
    [(found, _, _)] = attributed(text)
    assert found == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Amritraj describes her as demanding but fair.", "her as demanding but fair"),
        ("Lee described the deal as slow but sure; Kim disagreed.", "the deal as slow but sure"),
        ("Lee criticized the plan but praised the staff.", "the plan"),
    ],
)
def test_but_before_one_last_word_ends_no_clause_of_an_object(text: str, content: str):
    assert attributed(text)[0][0] == content


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Tom Lee said it was late. The man’s daughter arrives later. "
            "She says the bus never came.",
            "The man’s daughter",
        ),
        (
            "Ann Lee said the ward was full. The nurse, the one with the list, waits. "
            "Then she says the night was long.",
            "The nurse",
        ),
    ],
)
def test_a_pronoun_after_a_definite_description_opening_the_sentence_before_is_it(
    text: str, name: str
):
    speaker = attributed(text)[-1][1]
    assert speaker is not None and speaker.name.startswith(name)


def test_a_definite_description_of_the_other_gender_leaves_the_pronoun_to_the_speaker():
    text = "Ann Lee said it was late. The man’s son arrives later. She says the bus never came."
    speaker = attributed(text)[-1][1]
    assert speaker is not None and speaker.name == "Ann Lee"


@pytest.mark.parametrize(
    "text",
    [
        "She picks up the model. She puts it back carefully.",
        "He put it down on the bench and left.",
    ],
)
def test_put_it_with_a_place_is_no_cue(text: str):
    assert attributed(text) == []


def test_put_it_with_a_manner_is_still_a_cue():
    [(found, _, cue)] = attributed("As Lee put it, “the ferry is dead.”")
    assert (found, cue) == ("the ferry is dead", "put it")


def test_a_role_given_where_a_person_is_presented_is_kept_when_they_speak_later():
    text = (
        "At the centre of it is Dr. Amara Quist, a consultant in emergency medicine who "
        "has led the team since 2020. Quist says the beds are always full."
    )
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None
    assert (speaker.name, speaker.role) == ("Amara Quist", "consultant in emergency medicine")


@pytest.mark.parametrize(
    "presented",
    [
        "Gil Marchetti, 61, has pushed trolleys for years.",
        "That porter, Gil Marchetti, now runs the night desk.",
    ],
)
def test_what_follows_a_name_presented_without_an_article_gives_no_role(presented: str):
    [(_, speaker, _)] = attributed(f"{presented} Marchetti says the corridors are cold.")
    assert speaker is not None
    assert (speaker.name, speaker.role) == ("Gil Marchetti", None)


def test_a_modifier_of_a_description_is_not_its_head():
    text = (
        "Ann Lee said it was late. The head cook there told her to hurry. "
        "She says the kitchen was loud."
    )
    speaker = attributed(text)[-1][1]
    assert speaker is not None and speaker.name == "Ann Lee"


ARTICLES = Path(__file__).parent / "data" / "speakers"


@pytest.mark.parametrize(
    ("slug", "expected"),
    [
        (
            "chef-profile",
            {
                ("Marisol Ventrano", "person"),
                ("Dev Amritraj", "person"),
                ("Harrow Neighbourhood Association", "organization"),
                ("Helene Dufray", "person"),
                ("Paulo Serrat", "person"),
                ("One retired bus driver", "person"),
            },
        ),
        (
            "architect-interview",
            {
                ("Ilse Brandvold", "person"),
                ("Jonas Velde", "person"),
                ("Vessund Architecture Council", "organization"),
                ("Rikke Aalstad", "person"),
            },
        ),
        (
            "night-shift-feature",
            {
                ("One woman", "person"),
                ("Femi Okonkwo-Hale", "person"),
                ("the Lowmarch Health Trust", "organization"),
                ("Carla Imbert", "person"),
                ("Gil Marchetti", "person"),
            },
        ),
    ],
)
def test_each_invented_feature_keeps_its_sources_and_resolves_every_pronoun(
    slug: str, expected: set[tuple[str, str]]
):
    speakers, _ = find_statements((ARTICLES / f"{slug}.txt").read_text(encoding="utf-8"))
    assert expected <= {(s.name, s.kind) for s in speakers}
    assert not [s.name for s in speakers if s.name.lower() in {"he", "she", "they"}]


def test_the_invented_interviews_answers_are_all_its_subjects():
    text = (ARTICLES / "architect-interview.txt").read_text(encoding="utf-8")
    speakers, statements = find_statements(text)
    by_id = {s.id: s.name for s in speakers}
    answers = [st for st in statements if text[: st.span[0]].endswith("A: ")]
    assert len(answers) == 9
    assert {by_id.get(st.speaker or "") for st in answers} == {"Ilse Brandvold"}


@pytest.mark.parametrize(
    ("presented", "role"),
    [
        ("Food critic Helene Dufray, who reviewed it twice, was blunter.", "Food critic"),
        (
            "The menu pleased the vice presidential nominee Helene Dufray.",
            "vice presidential nominee",
        ),
        ("The menu pleased actress and activist Helene Dufray.", "activist"),
        ("The menu pleased Helene Dufray.", None),
    ],
)
def test_a_role_noun_before_the_name_where_a_person_is_presented_is_their_role(
    presented: str, role: str | None
):
    [(_, speaker, _)] = attributed(f"{presented} Dufray says the menu is old.")
    assert speaker is not None
    assert (speaker.name, speaker.role) == ("Helene Dufray", role)


@pytest.mark.parametrize(
    ("text", "name", "cue"),
    [
        ("“We are not going anywhere,” a defiant Ruiz said.", "Ruiz", "said"),
        ("“We are staying,” an emotional Ana Ruiz told the crowd.", "Ana Ruiz", "told"),
        ("“We are staying,” a visibly shaken Ruiz said.", "Ruiz", "said"),
        ("The plan failed, the ever cautious Ruiz said.", "Ruiz", "said"),
    ],
)
def test_a_name_described_by_an_article_and_an_adjective_keeps_its_cue(
    text: str, name: str, cue: str
):
    [(_, speaker, found_cue)] = attributed(text)
    assert speaker is not None
    assert (speaker.name, found_cue) == (name, cue)
