"""Search and rescue and missing persons as a new analyst reads them: constructions found by
trying whosaid on invented stories of a coast guard search for a missing trawler, cavers
trapped by flood water and a police appeal for a missing walker
(tests/data/speakers/rescue-*.txt), each tested here on other invented sentences."""

import pytest
from extraction_helpers import ARTICLES, contents, missing_speakers, named, speaker_of

from tui.core.statements import find_statements

# A person "of the" body in lower case before the cue: the person speaks, the body is the
# role's complement (as "Sgt. Ann Tully of Dorn Police" was already read).


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "“They are cold,” Chief Inspector Ana Ferrer of the regional police told a briefing.",
            "Ana Ferrer",
            "Chief Inspector of the regional police",
        ),
        ("Tom Hale of the coast guard said the search would go on.", "Tom Hale", "coast guard"),
        (
            "Sgt. Lena Ortiz of the Coast Guard said the raft was empty.",
            "Lena Ortiz",
            "Sgt. of the Coast Guard",
        ),
        ("Ana Ferrer of the hospital said the cavers were stable.", "Ana Ferrer", "hospital"),
        (
            "Inspector Kwame Boateng of the county fire service said pumps were running.",
            "Kwame Boateng",
            "Inspector of the county fire service",
        ),
    ],
)
def test_a_person_of_a_body_in_lower_case_is_the_person(text: str, name: str, role: str):
    assert speaker_of(text) == (name, "person", role)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Ann Lee of the village said the search was over.", None),
        ("Tom Hale of the town said the boat was late.", None),
        ("Mayor Ann Lee of the town said the search was over.", "Mayor of the town"),
        ("Ann Lee of the council said the search was over.", "council"),
    ],
)
def test_of_a_settlement_says_where_one_lives(text: str, role: str | None):
    assert speaker_of(text)[1:] == ("person", role)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Tom Hale of the Acme Fund said the search would go on.", "Tom Hale", "person"),
        (
            "The Ministry of the Interior said the search would go on.",
            "Ministry of the Interior",
            "organization",
        ),
        ("The coast guard said the search would go on.", "The coast guard", "organization"),
    ],
)
def test_bodies_and_capitalised_bodies_stay_as_they_were(text: str, name: str, kind: str):
    assert speaker_of(text)[:2] == (name, kind)


# Whoever put the question a sentence opens with ("Asked by a reporter whether ...,") is not
# the "she" or "he" who answers after it.


@pytest.mark.parametrize(
    ("text", "answerer"),
    [
        (
            "Ana Ferrer spoke at the cave. Asked by a reporter whether the cavers should have "
            "gone in, she declined to comment, saying the priority was bringing them out.",
            "Ana Ferrer",
        ),
        (
            "Tom Hale spoke on Monday. When pressed by a journalist about the delay, he said "
            "the pumps had failed.",
            "Tom Hale",
        ),
        (
            "Rosa Delgado briefed the press. Asked by one reporter why the search had been "
            "scaled back, she said the weather had closed in.",
            "Rosa Delgado",
        ),
    ],
)
def test_the_asker_of_an_opening_question_is_not_who_answers(text: str, answerer: str):
    assert named(text)[-1][1] == answerer


def test_an_answer_put_to_someone_named_still_finds_its_speaker():
    text = "Ann Lee asked Tom Hale whether he was safe. He said he was fine."
    assert named(text)[-1][:2] == ("he was fine", "Tom Hale")


def test_the_asker_keeps_the_question():
    text = "Ana Ferrer spoke. Asked by a reporter whether the search would end, she said no."
    assert ("whether the search would end", "a reporter", "Asked") in named(text)


# One person told, by kin or role after a possessive (a modifier perhaps), is the listener,
# not the content's opening: "telling his wife he planned to ..."; so is "a neighbour".


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Tom Hale left at 9am, telling his wife he planned to walk to the lake.",
            "he planned to walk to the lake",
        ),
        ("Ann Lee told her husband she was leaving.", "she was leaving"),
        ("Ann Lee told her lawyer that she was leaving.", "she was leaving"),
        ("Ann Lee told her elderly mother the house was sold.", "the house was sold"),
        ("The skipper told a neighbour he would be back by Sunday.", "he would be back by Sunday"),
    ],
)
def test_a_possessed_kin_or_role_told_is_the_listener(text: str, content: str):
    assert contents(text) == [content]


# A noun in British "-our" is a listener only for "neighbour": "a colour guard", "an hour",
# "a labour tribunal" are no people by an agent's ending.
def test_only_a_neighbour_in_our_is_an_agent_told():
    found = contents("She told a colour guard that the parade was off.")
    assert found and not found[0].startswith("guard")  # not cut inside the noun phrase


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ann Lee told her the doctor was late.", "the doctor was late"),
        ("Ann Lee told reporters her husband was missing.", "her husband was missing"),
    ],
)
def test_a_possessed_noun_opening_the_content_stays_in_it(text: str, content: str):
    assert contents(text) == [content]


# Knowing anything "well" or "better than anyone" is a familiarity, no thought with content;
# inside a reported clause it stays part of that clause.


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee knew the coast well.",
        "The skipper knows the banks better than anyone.",
        'The guide knew the caves "inside out".',
    ],
)
def test_knowing_something_so_well_reports_nothing(text: str):
    assert contents(text) == []


def test_a_familiarity_in_a_reported_clause_stays_in_it():
    text = 'She said her husband had walked the moors for years and knew them "better than anyone".'
    [(content, _, cue)] = named(text)
    assert cue == "said" and content.startswith("her husband had walked")
    assert "knew them" in content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ann Lee knew the boat was safe.", "the boat was safe"),
        ("Ann Lee knew the risks.", "the risks"),
    ],
)
def test_knowing_a_fact_or_a_clause_stays_a_thought(text: str, content: str):
    assert contents(text) == [content]


# A possessive owner in lower case after a modifier or two: "The missing hiker's father said"
# (the statement was lost, no subject read before the cue).


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The missing hiker's father said he was experienced.", "The missing hiker's father"),
        ("The dead man's wife said he was kind.", "The dead man's wife"),
        ("A missing sailor's wife said he knew the risks.", "A missing sailor's wife"),
        ("The missing boy’s grandmother said he was shy.", "The missing boy’s grandmother"),
        (
            "The missing woman's sister, who asked not to be named, said she had struggled.",
            "The missing woman's sister",
        ),
    ],
)
def test_kin_of_a_described_owner_speaks(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "person")


def test_a_named_kin_of_a_described_owner_keeps_the_name():
    text = "The missing hiker's father, Tom Hale, said the search was slow."
    assert speaker_of(text) == ("Tom Hale", "person", "missing hiker's father")


def test_an_owner_after_its_article_is_read_as_before():
    assert speaker_of("The hiker's father said he was fit.")[:2] == ("The hiker's father", "person")


# "one" or "another" before a description a naming link gives a name ("one volunteer, who
# gave her name as Dee,") stands between a quotation and its speaker as an article does.


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ('"It is hard," one volunteer, who gave her name as Dee, said.', "Dee", "volunteer"),
        (
            "“It is a needle in a haystack,” one volunteer, who gave his name only as Dave, said.",
            "Dave",
            "volunteer",
        ),
        (
            '"We will find him," another searcher, who gave his name only as Rui, said.',
            "Rui",
            "searcher",
        ),
    ],
)
def test_one_described_and_named_after_a_quotation_speaks_it(text: str, name: str, role: str):
    assert speaker_of(text) == (name, "person", role)


def test_one_described_but_not_named_after_a_quotation_is_read_as_before():
    text = '"It is hard," one volunteer, who lives nearby, said.'
    assert named(text) == [("It is hard", "one volunteer", "said")]


# The articles' key facts.


def test_trawler_search_speakers():
    assert not missing_speakers(
        "rescue-trawler-search.txt",
        [
            ("We are treating this as an active search", "Farida Okonjo", "person"),
            ("It was not from the Morning Tern", "Daniel Reyes", "person"),
            ("He sounded tired but happy", "Moira Brannigan", "person"),
            ("it was “devastated”", "Aldine Seafoods", "organization"),
            ("the trawler had passed its last safety inspection", "Helen Sorensen", "person"),
            ("we do not need a second emergency", "Gideon Osei", "person"),
            ("it was monitoring the case", "Transportation Safety Board", "organization"),
            ("That is not a decision we take lightly", "Farida Okonjo", "person"),
        ],
    )


def test_cave_rescue_speakers():
    assert not missing_speakers(
        "rescue-cave-divers.txt",
        [
            ("They are cold, they are hungry", "Ana Lucía Ferrer", "person"),
            ("the hardest part was still ahead", "Ana Lucía Ferrer", "person"),
            ("You are feeling your way along a line", "Rhodri Pugh", "person"),
            ("Engineers from the county fire service", "a fire service spokeswoman", "person"),
            ("he had been told his daughter", "Venkat Raman", "person"),
            ("the priority was bringing them out", "Ana Lucía Ferrer", "person"),
            ("This was a very experienced group", "Tomás Iglesias", "person"),
            ("The cave doesn’t care", "Margaret Oyelaran", "person"),
        ],
    )


def test_cave_rescue_officer_of_a_lower_case_police():
    text = (ARTICLES / "rescue-cave-divers.txt").read_text(encoding="utf-8")
    speakers = {s.name: s for s in find_statements(text)[0]}
    assert "Chief Inspector Ana Lucía Ferrer of the regional police" not in speakers
    assert speakers["Ana Lucía Ferrer"].role == "Chief Inspector of the regional police"


def test_missing_walker_speakers_and_contents():
    assert not missing_speakers(
        "rescue-missing-walker.txt",
        [
            ("he planned to walk to the reservoir and back", "Harold Nwachukwu", "person"),
            ("Harold is an experienced walker", "Grace Lindqvist", "person"),
            ("her husband had walked the moors", "Eleanor Nwachukwu", "person"),
            ("We've had people turn up", "David Nwachukwu", "person"),
            ("The ground up there can hide a person", "Owain Rees", "person"),
            ("there was nothing to suggest", "A police spokeswoman", "person"),
            ("He was the teacher who took us", "Ravinder Sandhu", "person"),
            ("We have not given up", "Grace Lindqvist", "person"),
        ],
    )
    text = (ARTICLES / "rescue-missing-walker.txt").read_text(encoding="utf-8")
    assert not [c for c in contents(text) if c.startswith(("his wife", "them"))]


# A document's aside may hold an irregular participle: "The message, sent to her sister,
# read: ..." (the statement was lost after another sentence).


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'Sofia Marchetti was climbing. The last message, sent to her sister, read: "Wind is'
            ' crazy."',
            "Wind is crazy",
        ),
        (
            'Tom Hale was missing. The note, left on the dashboard, read: "Back by six."',
            "Back by six",
        ),
        (
            'Tom Hale was missing. The note, written in pencil, read: "Back by six."',
            "Back by six",
        ),
    ],
)
def test_a_document_with_an_irregular_participles_aside_gives_its_words(text: str, content: str):
    assert contents(text) == [content]


# The people of the outdoors are persons by their role: "cave diver Rhodri Pugh", "Lee, a
# kayaker,".


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Veteran climber Ann Lee said the route was icy.",
            ("Ann Lee", "person", "Veteran climber"),
        ),
        (
            "Cave diver Rhodri Pugh told the briefing he was hopeful.",
            ("Rhodri Pugh", "person", "Cave diver"),
        ),
        ("Lee, a kayaker, said the water was cold.", ("Lee", "person", "kayaker")),
        ("Okafor, a searcher, said the boot was new.", ("Okafor", "person", "searcher")),
    ],
)
def test_outdoor_people_by_their_role(text: str, expected: tuple[str, str, str]):
    assert speaker_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Medics Without Walls, a charity, said it was full.",
            ("Medics Without Walls", "organization", "charity"),
        ),
        ("Tom Angler said it was cold.", ("Tom Angler", "person", None)),
    ],
)
def test_names_with_such_words_stay_names(text: str, expected: tuple[str, str, str | None]):
    assert speaker_of(text) == expected


# "denied that, saying ...": "that" is the denial's object, and the participle reports (the
# denial took "saying ..." for its content, and the participle was lost).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The company denied that, saying all inspections had been passed.",
            [("all inspections had been passed", "The company", "saying")],
        ),
        (
            "The skipper denied that, adding that the boat was sound.",
            [("the boat was sound", "The skipper", "adding")],
        ),
    ],
)
def test_a_demonstrative_denied_then_a_participle_that_reports(text: str, expected: list):
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The company denied that all inspections had been passed.",
            [("all inspections had been passed", "The company", "denied")],
        ),
        (
            "Officials said that, despite the storm, the search would resume.",
            [("despite the storm, the search would resume", "Officials", "said")],
        ),
        (  # a participle's aside closed by a comma: "that" opens the clause
            "Ann Lee said that, noting the rise in costs, the board would act.",
            [("noting the rise in costs, the board would act", "Ann Lee", "said")],
        ),
    ],
)
def test_that_opening_a_clause_stays_the_opener(text: str, expected: list):
    assert named(text) == expected
