"""Session 15's statement, act and figure leftovers (list B), each a construction tried on
invented sentences: variants that must change and near-misses that must not."""

import pytest
from extraction_helpers import acts_and_contents, attributed, named, speaker_names, speaker_of

from tui.core.figures import find_figures


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("TASS quoted Petrov as telling reporters: “The talks are over.”", "Petrov", "The talks"),
        (
            "The agency cited Ana Vidal as telling a briefing that the port was shut.",
            "Ana Vidal",
            "the port",
        ),
        (
            "Kyodo quoted the governor, Ken Abe, as telling residents the dam would hold.",
            "Ken Abe",
            "the dam",
        ),
        ("Rosa Pinto was quoted as telling the radio: “We will rebuild.”", "Rosa Pinto", "We"),
        (
            "The daily cited Omar Haddad as warning that the fuel would run out.",
            "Omar Haddad",
            "the fuel",
        ),
    ],
)
def test_one_quoted_as_telling_speaks(text: str, speaker: str, content: str):
    [(said, name, _)] = named(text)
    assert name == speaker
    assert said.startswith(content)


@pytest.mark.parametrize(
    "text",
    [
        "Just as telling, the mayor said the budget was short.",
        "The result is as telling as any poll, Lee said.",
        "As warning lights flashed, the pilot said the engine had failed.",
    ],
)
def test_as_telling_without_a_quoter_is_no_cue(text: str):
    assert [cue for _, _, cue in named(text)] == ["said"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Economists cited rising rents as warning signs of a bubble.", "Economists"),
        ("Nurses cited the queues as warning enough.", "Nurses"),
        ("The senator cited the audit as telling proof of waste.", "The senator"),
    ],
)
def test_citing_a_thing_as_a_warning_sign_is_the_citers(text: str, speaker: str):
    assert [(name, cue) for _, name, cue in named(text)] == [(speaker, "cited")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The daily quoted the mayor as warning residents to stay home.", "the mayor"),
        ("The daily quoted Ana Vidal as warning of floods.", "Ana Vidal"),
        ("The daily cited Ana Vidal as telling him the port was shut.", "Ana Vidal"),
    ],
)
def test_one_quoted_as_warning_a_listener_or_of_a_thing_speaks(text: str, speaker: str):
    assert [name for _, name, _ in named(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Rosa Pinto was adamant: the school would stay open.", "Rosa Pinto", "the school"),
        ("The minister was clear: there will be no new taxes.", "The minister", "there will"),
        ("The Home Office was unequivocal: no visas would be issued.", "Home Office", "no visas"),
        ("Residents were blunt: they want the road fixed.", "Residents", "they want"),
        ("Omar Haddad was equally emphatic: “We will not move.”", "Omar Haddad", "We will"),
    ],
)
def test_a_manner_of_speaking_before_a_colon_introduces_words(
    text: str, speaker: str, content: str
):
    [(said, name, cue)] = named(text)
    assert (name, said.split()[:2]) == (speaker, content.split())
    # a quotation after the colon is the quotation stage's, with no cue
    assert cue is None if "“" in text else cue is not None and cue.endswith(":")
    assert [act for act, _ in acts_and_contents(text)] == ["speech"]


@pytest.mark.parametrize(
    "text",
    [
        "The message was clear: voters want change.",
        "It was clear: the dam had failed.",
        "The sky was clear: no rain fell.",
        "The choice is blunt: build or lose.",
        "The road ahead is clear: more rain is coming.",
    ],
)
def test_a_thing_before_a_colon_says_nothing(text: str):
    assert named(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Charter is clear: no state may leave.",
        "The Fourth Amendment is explicit: searches need a warrant.",
        "The Osmar Treaty is unambiguous: the river is shared.",
        "The Koran is clear: debts must be paid.",
        "The Planning Act is direct: councils decide.",
        "Teenagers were clear: most had no phone.",
    ],
)
def test_a_text_of_law_or_a_plural_described_as_clear_before_a_colon_says_nothing(text: str):
    assert named(text) == []


def test_a_plural_of_people_adamant_before_a_colon_still_speaks():
    assert [name for _, name, _ in named("Teenagers were adamant: the park must stay.")] == [
        "Teenagers"
    ]


@pytest.mark.parametrize(
    ("text", "act", "holder", "content"),
    [
        ("Rosa Pinto's view is that the ferry will survive.", "thought", "Rosa Pinto", "the ferry"),
        ("Her argument was that the levy was unfair.", "speech", "Her", "the levy"),
        ("His position is that the border must stay shut.", "stance", "His", "the border"),
        ("The firm's stance has long been that the mine is safe.", "stance", "The firm", "the"),
        ("Omar Haddad's message to voters was that rents fell.", "speech", "Omar Haddad", "rents"),
        ("The mayor's answer was simply that the money was spent.", "speech", "The mayor", "the"),
    ],
)
def test_a_possessed_view_before_a_copula_and_that_reports_the_clause(
    text: str, act: str, holder: str, content: str
):
    [(said, name, _)] = named(text)
    assert (name, said.split()[0]) == (holder, content.split()[0])
    assert [a for a, _ in acts_and_contents(text)] == [act]


@pytest.mark.parametrize(
    "text",
    [
        "The idea is that the pass will be cheaper.",  # no one holds it
        "The problem is that the bridge is old.",
        "His view is that bad.",  # "that" a pronoun's degree
        "His position is untenable.",
        "Her answer was that of a lawyer.",
    ],
)
def test_a_view_no_one_holds_or_with_no_clause_reports_nothing(text: str):
    assert named(text) == []


@pytest.mark.parametrize(
    ("text", "holder", "content"),
    [
        ("In Rosa Pinto's words, the ferry was “a floating wreck”.", "Rosa Pinto", "the ferry"),
        ("In the words of one official, the plan was “dead on arrival”.", "one official", "the"),
        ("In the mayor's words, the budget is a mess.", "the mayor", "the budget"),
        ("In the words of its founders, the club is “for everyone”.", "its founders", "the club"),
        (
            "Omar Haddad spoke first. In his own words, he was “lucky to be alive”.",
            "Omar Haddad",
            "he was",
        ),
    ],
)
def test_whose_words_open_the_sentence_speaks_it(text: str, holder: str, content: str):
    said, name, cue = named(text)[-1]
    assert (name, cue) == (holder, "In")
    assert said.startswith(content)
    assert acts_and_contents(text)[-1][0] == "speech"


@pytest.mark.parametrize(
    "text",
    [
        "In other words, the plan failed.",
        "In a few words, the plan failed.",
        "In the words of the song, love is all you need.",
        "In the words of the law, a lease is a contract.",
    ],
)
def test_words_of_no_one_open_no_statement(text: str):
    assert named(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Mission control confirmed that the crew was safe.", "Mission control"),
        ("Air traffic control said the runway had been cleared.", "Air traffic control"),
        ("Ground control told reporters the capsule had landed.", "Ground control"),
        ("The flight control said the engine had failed.", "The flight control"),
    ],
)
def test_a_control_centre_in_lower_case_speaks_as_a_body(text: str, speaker: str):
    assert speaker_of(text)[:2] == (speaker, "organization")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # inside a name, "Control" is the name's
        (
            "The Centers for Disease Control and Prevention said the virus was spreading.",
            "Centers for Disease Control and Prevention",
        ),
        # control as a thing, no body
        ("The crew lost control, the pilot said.", "the pilot"),
    ],
)
def test_control_as_a_thing_or_in_a_name_is_unchanged(text: str, speaker: str):
    assert speaker_names(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The service forecast highs of 38C and said the heat would last.", "The service"),
        ("The bank forecast 2% growth and said rates would stay high.", "The bank"),
        ("The agency forecast rain on Monday, saying the storm would pass.", "The agency"),
        ("The Met Office forecast heavy rain and said floods were likely.", "Met Office"),
    ],
)
def test_a_past_like_its_base_after_a_body_is_its_verb(text: str, speaker: str):
    # "forecast highs of 38C" is the service's forecast, a statement of the same speaker
    found = {(s.name, s.kind) for _, s, _ in attributed(text) if s is not None}
    assert found == {(speaker, "organization")}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a document, then its own verb
        ("The service forecast said the heat would last.", "The service forecast"),
        ("The bureau forecast showed rain, officials said.", "officials"),
    ],
)
def test_a_forecast_before_its_verb_stays_a_document(text: str, speaker: str):
    assert speaker_names(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("“The deal is dead.” So says Rosa Pinto, who led the talks.", "The deal", "Rosa Pinto"),
        ("The levy will rise. So said the minister.", "The levy", "the minister"),
        ("The ferry will sink, or so says Ken Abe.", "The ferry", "Ken Abe"),
        ("The depot will close. So says the union.", "The depot", "the union"),
        ("“We will rebuild,” so said the mayor.", "We will", "the mayor"),
    ],
)
def test_so_says_x_gives_x_what_came_before(text: str, content: str, speaker: str):
    said, name, _ = named(text)[-1]
    assert (said.split()[:2], name) == (content.split(), speaker)


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # another paragraph's sentence is no one's
        ("The levy will rise.\nSo said the minister.", []),
        # the sentence before made a statement of its own
        ("Ann Lee said the levy would rise. So said the minister.", ["Ann Lee"]),
        # "so" opening a clause, no inversion
        ("Ann Lee said the port would close. So it did.", ["Ann Lee"]),
        ("He also said the port would close.", ["He"]),
    ],
)
def test_so_says_with_nothing_left_before_is_unchanged(text: str, speakers: list[str]):
    assert speaker_names(text) == speakers


@pytest.mark.parametrize(
    ("text", "pointer", "act"),
    [
        ("Rosa Pinto said the count was rigged. Officials disputed that.", "that", "speech"),
        ("Rosa Pinto said the count was rigged. She later denied it.", "it", "speech"),
        ("The report said the ferry was unsafe. The ministry confirmed this.", "this", "speech"),
        ("Rosa Pinto said the count was rigged. The board rejected that.", "that", "stance"),
        ("Will rents fall? Ken Abe doesn't think so.", "so", "thought"),
    ],
)
def test_a_demonstrative_object_answering_a_claim_is_the_content(text: str, pointer: str, act: str):
    assert acts_and_contents(text)[-1] == (act, pointer)


@pytest.mark.parametrize(
    "text",
    [
        "Having said that, the plan is sound.",
        "He supports it.",  # no answer to a claim
        "She said it.",
        "I think that.",  # "that" after a verb of thinking: no clause it stands for
        "She denied so.",
        "The mayor called reporters to deny it.",  # what the call was for
        "Ken Abe denied it.",  # no claim before it to point back at
    ],
)
def test_a_demonstrative_after_another_verb_is_no_content(text: str):
    assert named(text) == []


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # a relative clause on what is counted: its subject is no head of the count's noun
        ("The league played 40 games players said were too many.", "games"),
        ("The club staged 12 games experts believe were fixed.", "games"),
        ("Police seized 20 arms dealers said were stolen.", "arms"),
        # a compound: the plural after heads the noun counted
        ("About 300 sports fans said the game was dull.", "fans"),
        ("The firm sold 300 goods trucks last year.", "trucks"),
        ("Some 30 police officers said they were attacked.", "officers"),
    ],
)
def test_a_plural_after_a_modifying_plural_heads_the_count_unless_a_clause_follows(
    text: str, unit: str
):
    [figure] = find_figures(text)
    assert figure.unit == unit


def test_a_demonstrative_points_at_no_claim_of_another_paragraph():
    text = "Rosa Pinto said the count was rigged.\nOfficials disputed that."
    assert speaker_names(text) == ["Rosa Pinto"]


@pytest.mark.parametrize(
    "text",
    [
        "Osk said the count was wrong. Will the board dispute it?",
        "Osk said the count was wrong. Why would the board deny that?",
        "Osk said the count was wrong. Did the board deny it?",
    ],
)
def test_a_question_whether_a_claim_is_denied_denies_nothing(text: str):
    assert [cue for _, _, cue in named(text)] == ["said"]


@pytest.mark.parametrize(
    "text",
    [
        "Osk said the count was wrong. Will the board dispute the claim?",
        "Osk said the count was wrong. Why would the board deny the report?",
        "Osk said the count was wrong. Did the board admit the error?",
    ],
)
def test_a_question_with_a_noun_object_reports_nothing(text: str):
    assert [cue for _, _, cue in named(text)] == ["said"]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Will the pier reopen? Osk said it would.", "said"),
        ('Osk asked: "Will the board deny it?"', "asked"),
        ("Osk asked whether the board would deny the claim.", "asked"),
    ],
)
def test_a_statement_after_or_about_a_question_stays(text: str, cue: str):
    assert [found for _, _, found in named(text)] == [cue]
