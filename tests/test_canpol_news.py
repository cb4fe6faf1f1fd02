"""Canadian federal and provincial politics as Canadian outlets write it: constructions found by
trying whosaid on three invented articles (tests/data/speakers/canpol-*.txt: a Commons
question period, a Queen's Park scrum, First Nations leaders on a water bill), each tested here
on other invented sentences and near-misses."""

import pytest
from extraction_helpers import attributed, missing_speakers, named, run


@pytest.mark.parametrize(
    "text",
    [
        "“Where has the minister been?” she asked in question period.",
        "“Who signed the contract?” Lee asked during question period on Tuesday.",
        "“Why the delay?” the critic asked in the question period.",
        "“Is that the plan?” Ann Lee asked at question time.",
    ],
)
def test_a_question_asked_in_question_period_is_a_quotation(text: str) -> None:
    [(_, speaker, cue)] = named(text)
    assert cue == "asked"
    assert speaker is not None


@pytest.mark.parametrize(
    "text",
    [
        "Lee asked tough questions of the staff.",
        "Lee asked questions sparingly during the hearing.",
        # a preposition before a number guesses the count, no circumstance
        "Lee asked about 20 questions during the hearing.",
        "Lee asked over forty questions of the minister.",
    ],
)
def test_questions_asked_with_no_content_are_still_no_statement(text: str) -> None:
    assert named(text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Heckling grew, prompting Speaker Ruth Adeyemi to call for calm in the House.",
            "Ruth Adeyemi",
            "calm in the House",
        ),
        (
            "The ruling angered residents, prompting Mayor Ann Lee to demand an apology.",
            "Ann Lee",
            "an apology",
        ),
        ("The report prompted the NDP to call for a public inquiry.", "NDP", "a public inquiry"),
        (
            "The scandal has led some Liberals to say the minister should resign.",
            "some Liberals",
            "the minister should resign",
        ),
    ],
)
def test_whom_a_verb_made_speak_is_the_speaker(text: str, speaker: str, content: str) -> None:
    [(said, name, _)] = named(text)
    assert (name, said) == (speaker, content)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plea: the one urged has not spoken
        (
            "The council urged the union to call for calm.",
            [("the union to call for calm", "The council", "urged")],
        ),
        ("The premier was forced to call an election.", []),
        ("The ruling prompted questions about whether to demand a recount.", []),
    ],
)
def test_whom_a_verb_urged_or_a_passive_made_is_no_speaker(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert named(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # where or by whom, no one made to speak: a preposition after the verb
        "Ann Lee drove to Ottawa on Monday to say the deal was done.",
        "Ann Lee led a delegation to Ottawa to argue for more funding.",
        "Ann Lee was prompted by reporters to say the tax would rise.",
        # an idiom, no purpose
        "The vote caused a stir to say the least.",
    ],
)
def test_a_place_or_an_agent_after_a_verb_of_making_is_no_speaker(text: str) -> None:
    assert named(text) == []


def test_a_place_after_a_verb_of_making_leaves_the_purpose_with_its_subject() -> None:
    assert named("Ann Lee will lead the talks in Geneva to discuss a ceasefire.") == [
        ("a ceasefire", "Ann Lee", "discuss")
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Finance Minister says deficit will shrink\n\n"
            "Finance Minister Linda Okwu said the deficit would fall to $40 billion.\n",
            "Linda Okwu",
        ),
        (
            "Ferry fares to rise\n\nTransport Minister says new boats are on the way\n\n"
            "HALIFAX — Transport Minister Omar Haddad said Monday that two ferries were ordered.\n",
            "Omar Haddad",
        ),
        (
            "Rents soar\n\nPremier says relief is coming\n\n"
            "VICTORIA — B.C. Premier Naveen Sandhu said Tuesday the province would cap rents.\n",
            "Naveen Sandhu",
        ),
        (
            "Wait times grow\n\nPremier says help is coming\n\n"
            "REGINA — Saskatchewan Premier Darren Kowal said Tuesday that 40 doctors were hired.\n",
            "Darren Kowal",
        ),
    ],
)
def test_a_headline_title_is_the_holder_the_story_names(text: str, name: str) -> None:
    assert named(text)[0][1] == name


def test_a_headline_title_is_no_holder_of_another_office() -> None:
    text = (
        "Finance Minister says deficit will shrink\n\n"
        "Health Minister Ana Ruiz said the hospital budget would grow by $2 billion.\n"
    )
    assert [name for _, name, _ in named(text)] == ["Finance Minister", "Ana Ruiz"]


def test_a_headline_title_gives_its_holder_no_word_of_another_title() -> None:
    text = (
        "Water bill tabled\n\nIndigenous Services Minister says Ottawa is listening\n\n"
        "OTTAWA — Indigenous Services Minister Jean Roy said Monday the bill was ready.\n\n"
        "Chief Ana Moose said she had asked to meet Prime Minister Dan Hale.\n\n"
        "According to the Prime Minister's Office, no meeting had been set.\n"
    )
    speakers, _ = run(text)
    [roy] = [s for s in speakers.values() if s.name == "Jean Roy"]
    assert [text[a:b] for a, b in roy.mentions] == [
        "Indigenous Services Minister",
        "Indigenous Services Minister",
        "Jean Roy",
    ]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Yasmin Farouk, an emergency physician before she entered politics, said the "
            "numbers were wrong.",
            "emergency physician",
        ),
        ("Omar Lee, a teacher until he was elected in 2019, said schools need staff.", "teacher"),
        ("Ann Roe, a nurse when the pandemic began, said the plan would fail.", "nurse"),
        # near-misses: a relative clause as before; a role's own complement stays
        ("Ann Roe, a former nurse who now sits on council, said it would fail.", "former nurse"),
        (
            "Ann Roe, a professor at York University, said it would fail.",
            "professor at York University",
        ),
    ],
)
def test_a_clause_of_when_closes_an_appositive_role(text: str, role: str) -> None:
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None
    assert speaker.role == role


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # a preposition of time before a noun: a phrase of the role, no clause
        (
            "Ann Roe, an expert on recovery after the flood, said the town would rebuild.",
            "expert on recovery after the flood",
        ),
        (
            "Ann Roe, author of a book on life after the war, said the peace was fragile.",
            "author of a book on life after the war",
        ),
    ],
)
def test_a_phrase_of_time_in_an_appositive_role_stays(text: str, role: str) -> None:
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None
    assert speaker.role == role


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Critics say that standard is too vague.", "that standard is too vague"),
        ("The minister said that timeline was realistic.", "that timeline was realistic"),
        ("Lee said that approach had failed twice.", "that approach had failed twice"),
        # near-misses: a mass noun or a plural stands bare, "that" opens the clause
        ("Lee said that progress was slow.", "progress was slow"),
        ("Lee said that standards were too low.", "standards were too low"),
    ],
)
def test_that_before_a_count_noun_and_its_verb_is_a_demonstrative(text: str, content: str) -> None:
    [(said, _, _)] = named(text)
    assert said == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The government tabled a bill that it says will force grocers to publish markups, "
            "setting off a heated question period.",
            "will force grocers to publish markups",
        ),
        (
            "The minister said the plant would close in June, setting off protests in the town.",
            "the plant would close in June",
        ),
        (
            "Lee said the province would cut 500 jobs, touching off a fierce debate.",
            "the province would cut 500 jobs",
        ),
        # near-misses: setting off on a journey, and setting off inside the clause
        (
            "Lee said the crew left at dawn, setting off for Halifax with the catch.",
            "the crew left at dawn, setting off for Halifax with the catch",
        ),
        (
            "Lee said the new rules were setting off alarm bells among farmers.",
            "the new rules were setting off alarm bells among farmers",
        ),
    ],
)
def test_setting_off_a_reaction_after_a_comma_is_the_writers(text: str, content: str) -> None:
    [(said, _, _)] = named(text)
    assert said == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Police said the man forced open a rear door, setting off the alarm.",
            "the man forced open a rear door, setting off the alarm",
        ),
        (
            "Police said the suspect entered the depot, setting off a homemade bomb.",
            "the suspect entered the depot, setting off a homemade bomb",
        ),
        (
            "Witnesses said the crowd gathered at midnight, setting off fireworks.",
            "the crowd gathered at midnight, setting off fireworks",
        ),
        # a figure of a reaction stays the writer's
        (
            "Lee said the firm would cut 500 jobs, setting off alarm bells in the town.",
            "the firm would cut 500 jobs",
        ),
        (
            "Lee said the deal was dead, touching off an explosion of anger.",
            "the deal was dead",
        ),
    ],
)
def test_a_thing_set_off_after_what_was_said_is_part_of_it(text: str, content: str) -> None:
    [(said, _, _)] = named(text)
    assert said == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Paul Roy said Quebec should get its share with no strings attached, a position "
            "the Quebec government shares.",
            "Quebec should get its share with no strings attached",
        ),
        ("Lee said the tax should go, a stance most economists reject.", "the tax should go"),
        # near-miss: a stance described, no one else holding it, stays with the content
        (
            "Lee said the tax should go, a stance that puts her at odds with her party.",
            "the tax should go, a stance that puts her at odds with her party",
        ),
    ],
)
def test_a_position_others_hold_after_what_was_said_is_the_writers(text: str, content: str) -> None:
    [(said, _, _)] = named(text)
    assert said == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Ana Kowal rose in the House to ask why the minister had not acted.",
            "why the minister had not acted",
        ),
        (
            "Ana Kowal stood up in the legislature to say the bill was unconstitutional.",
            "the bill was unconstitutional",
        ),
        (
            "Ana Kowal rose in question period on Tuesday to demand a public inquiry.",
            "a public inquiry",
        ),
    ],
)
def test_who_rose_to_speak_is_the_speaker(text: str, content: str) -> None:
    [(said, name, _)] = named(text)
    assert (said, name) == (content, "Ana Kowal")


@pytest.mark.parametrize(
    "text",
    [
        "Prices rose to record levels.",
        "Ana Kowal rose to become deputy leader in 2019.",
        "The company stands to lose millions if the bill passes.",
    ],
)
def test_rising_to_no_cue_is_no_statement(text: str) -> None:
    assert named(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # no where or when after the verb: "stand" as a link ("stands accused") or a
        # phrasal verb ("stood by"), the infinitive another verb's
        "Ana Kowal stands accused of failing to disclose the loans.",
        "Ana Kowal stood accused of trying to claim expenses twice.",
    ],
)
def test_standing_accused_of_failing_to_is_no_statement(text: str) -> None:
    assert named(text) == []


def test_standing_by_a_decision_to_is_no_purpose() -> None:
    # the noun's infinitive, as before the rule of rising to speak
    assert named("Ana Kowal stood by her decision to announce the cuts.") == [
        ("to announce the cuts", "Ana Kowal", "decision")
    ]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Chief Wilfred King of Gull Bay First Nation said the wait was 15 years.",
            "Wilfred King",
            "Chief of Gull Bay First Nation",
        ),
        ("Mayor Ann King of Brampton said the city would sue.", "Ann King", "Mayor of Brampton"),
        # near-misses: the crown's office before "of" after a title or none stays an office
        ("King Charles of Britain said the Commonwealth was strong.", "Charles", "King of Britain"),
        (
            "Crown Prince Frederik of Denmark said the visit went well.",
            "Frederik",
            "Crown Prince of Denmark",
        ),
    ],
)
def test_a_surname_that_is_a_crowns_office_is_a_name_before_of(
    text: str, name: str, role: str
) -> None:
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None
    assert (speaker.name, speaker.role) == (name, role)


def test_the_question_period_article_keeps_its_speakers() -> None:
    assert not missing_speakers(
        "canpol-question-period-grocery.txt",
        [
            ("Canadians deserve to know", "Mélanie Gauthier-Roy", "person"),
            ("After ten years of this government", "Brent Halvorsen", "person"),
            ("The member opposite likes slogans", "Daniel Ashworth", "person"),
            ("order twice", "Raymond Boateng", "person"),
            ("the bill would add", "Retail Council of Canada", "organization"),
            ("The data exists", "Hélène Marchand", "person"),
            ("Price controls have been tried", "Susan Whitfield", "person"),
            ("Quebec already has the tools", "Jean-Philippe Lavoie", "person"),
            ("he hoped to pass the bill", "Kevin Marchand", "person"),
        ],
    )


def test_the_queens_park_article_keeps_its_speakers() -> None:
    assert not missing_speakers(
        "canpol-queens-park-highway.txt",
        [
            ("the Highway 418 extension will save", "Doug Fenwick", "person"),
            ("We were elected to get shovels", "Doug Fenwick", "person"),
            ("The ministry could not show us", "Priya Raghunathan", "person"),
            ("The auditor is entitled", "Nadia Haddad-Boyle", "person"),
            ("This premier has never met", "Marit Johansson", "person"),
            ("They'd have everyone riding", "Doug Fenwick", "person"),
            ("that distinction was", "Priya Raghunathan", "person"),
            ("We need the highway", "Patrick Osei", "person"),
            ("her city had not been consulted", "Carolyn Nguyen", "person"),
            ("If they want this bill", "Marit Johansson", "person"),
        ],
    )


def test_the_water_bill_article_keeps_its_speakers() -> None:
    assert not missing_speakers(
        "canpol-first-nations-water.txt",
        [
            ("Ottawa is ‘listening’", "Jean-François Bélanger", "person"),
            ("We've been here before", "Marlene Bearspaw", "person"),
            ("the assembly would ask", "Marlene Bearspaw", "person"),
            ("I'm listening", "Jean-François Bélanger", "person"),
            ("A plant that works on Monday", "Walter Moonias", "person"),
            ("They always say", "Rosalie Kakegamic", "person"),
            ("that standard is too vague", "Critics", "group"),
            ("Comparable to what?", "Deborah Tso", "person"),
            ("We're not going to be rushed", "Marlene Bearspaw", "person"),
        ],
    )
