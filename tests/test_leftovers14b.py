"""Session 14's seen-but-left constructions, each tried on invented sentences: variants that
must change and near-misses that must not."""

import pytest
from extraction_helpers import named, speaker_names, speaker_of

# A title-case group's name that says what it is for: a cause after "for" ending it, or a
# campaign's verb and "the" opening it, is one named organization, not its last word.


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Habitat for Humanity said the houses were cold.", "Habitat for Humanity"),
        ("Youth for Climate said the march would go ahead.", "Youth for Climate"),
        ("Veterans for Peace said the war must end.", "Veterans for Peace"),
        ("Grandparents for Justice said the law was unfair.", "Grandparents for Justice"),
        ("The march would go ahead, Stop the War said.", "Stop the War"),
    ],
)
def test_a_group_named_for_its_cause_is_one_organization(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "organization")


def test_a_campaign_name_after_a_role_is_the_role_s_complement():
    name, kind, role = speaker_of("The camps were full, a spokeswoman for Save the Children said.")
    assert (name, kind, role) == (
        "a spokeswoman for Save the Children",
        "person",
        "spokeswoman for Save the Children",
    )


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # people for a person, not a cause: a description, as before
        ("Lawyers for Hale said the appeal was filed.", "Lawyers for Hale", "group"),
        # an office for a cause is a person's
        ("The Minister for Peace said the talks would resume.", "The Minister for Peace", "person"),
    ],
)
def test_people_for_a_person_and_an_office_stay_as_they_were(text: str, name: str, kind: str):
    assert speaker_of(text)[:2] == (name, kind)


# A number or a quantifier before a common noun is indefinite, as "a" is: the place's name
# after it describes who speaks ("two farmers from Ballarat"), it is no speaker itself.


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Two farmers in Ballarat told the paper the rain was late.", "Two farmers in Ballarat"),
        ("Several nurses from Ely said the ward was full.", "Several nurses from Ely"),
        ("The road was shut, three drivers near Tarbes said.", "three drivers near Tarbes"),
    ],
)
def test_a_number_of_people_from_a_place_speak_not_the_place(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "group")


def test_a_spell_of_time_in_a_place_is_no_speaker():
    name, _, _ = speaker_of("Two weeks in Paris, Lee said the talks had failed.")
    assert name == "Lee"


# "per cent of" is a share of people as "percent of" is: the share and its complement speak.


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Nearly 62 per cent of nurses said they were tired.", "Nearly 62 per cent of nurses"),
        ("In the poll, 41 per cent of voters said prices mattered.", "41 per cent of voters"),
        ("The rain was late, 30 per cent of farmers told the survey.", "30 per cent of farmers"),
        ("Some 62 percent of nurses said they were tired.", "Some 62 percent of nurses"),
    ],
)
def test_a_share_per_cent_of_people_speaks(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "group")


def test_a_share_of_a_thing_in_the_content_is_no_speaker():
    assert speaker_of("He paid 5 per cent of the bill, Lee said.")[0] == "Lee"


# A past that only follows a subject ("came", "was") never stands inside a noun phrase: the
# clause before an appositive of residence is the content, the resident speaks.


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "The rain came too late, a nurse from Fresno, Calif., said.",
            "The rain came too late",
            "a nurse from Fresno",
        ),
        (
            "The water was cold, a fisherman from Hull, Mass., said.",
            "The water was cold",
            "a fisherman from Hull",
        ),
        (
            "The bus went too fast, a driver from Dayton, Ohio, said.",
            "The bus went too fast",
            "a driver from Dayton",
        ),
    ],
)
def test_a_clause_before_a_resident_and_a_state_is_what_was_said(
    text: str, content: str, name: str
):
    assert named(text) == [(content, name, "said")]


def test_a_name_before_a_resident_and_a_state_still_speaks():
    assert speaker_of("Ann Lee, a nurse from Fresno, Calif., said the rain came too late.") == (
        "Ann Lee",
        "person",
        "nurse from Fresno, Calif.",
    )


# A link that gives a described person's name ("who goes by the name", "known as", "who
# calls himself") before the cue: the name speaks, the description is its role.


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The group's spokesman, who goes by the name Abu Omar, said the raid was over.",
            "Abu Omar",
            "group's spokesman",
        ),
        ("A commander, known as Abu Saad, said the town had fallen.", "Abu Saad", "commander"),
        (
            "A smuggler, who went by the nickname Falco, said the road was open.",
            "Falco",
            "smuggler",
        ),
    ],
)
def test_a_name_given_by_a_naming_link_speaks(text: str, name: str, role: str):
    got_name, _, got_role = speaker_of(text)
    assert (got_name, got_role) == (name, role)


def test_a_thing_known_as_a_name_is_no_speaker():
    assert named("The tax, known as the levy, was raised, Lee said.") == [
        ("The tax, known as the levy, was raised", "Lee", "said")
    ]
    assert speaker_of("Ann Lee, known as Annie, said the plan failed.")[0] == "Ann Lee"


def test_a_named_person_known_by_a_nickname_is_still_the_named_person():
    assert speaker_of("The deal was off, Rui da Costa, known as Ruca, said.")[0] == "Rui da Costa"


# "The group", "the organization" right after a named organization or group spoke, in its
# paragraph, stand for it; "the union", "the campaign" only for a body whose name tells no
# other sort.


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Hezbollah said the strike had hit a depot. The group added that it would respond.",
            "Hezbollah",
        ),
        (
            "Veterans for Peace said the war must end. The group added that it would march.",
            "Veterans for Peace",
        ),
        (
            "Youth for Climate said the march would go. The campaign added that it would be big.",
            "Youth for Climate",
        ),
    ],
)
def test_a_generic_body_noun_is_the_named_body_just_heard(text: str, name: str):
    assert speaker_names(text) == [name, name]


@pytest.mark.parametrize(
    "text",
    [
        "Acme Corp said sales fell. The union said jobs would go.",
        "The Health Ministry said beds were short. The union said nurses were tired.",
        "Senator Ann Lee said the bill was dead. The campaign said she would fight on.",
        "Hezbollah said the strike was over.\nAnn Lee toured Tyre. The group said it would build.",
    ],
)
def test_a_body_noun_of_another_sort_or_after_a_person_is_not_linked(text: str):
    names = speaker_names(text)
    assert names[0] != names[-1] or len(names) == 1


# A noun for someone by what they do (in -er, -or, -ist, -ian) between a clause-opening "the"
# and a name is the name's role, listed as a role noun or not.


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("The singer Ann Lee said the tour was off.", "singer"),
        ("The sculptor Ivo Perl said the bronze had cracked.", "sculptor"),
        ("The tour was off, the historian Ann Lee said.", "historian"),
        ("But the cellist Rui Sato said the hall was cold.", "cellist"),
    ],
)
def test_an_occupation_before_a_name_is_its_role(text: str, role: str):
    assert speaker_of(text)[2] == role


@pytest.mark.parametrize(
    "text",
    [
        "After the winter Ann Lee said the tour was off.",
        "The younger Ann Lee said the tour was off.",
    ],
)
def test_a_time_or_a_comparative_before_a_name_is_no_role(text: str):
    assert speaker_of(text)[2] is None


# A relative clause with "which" or "that" and no commas after a noun of the lexicon, its verb
# a present in -s or any participle after "has": the noun and its clause speak.


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The firm which has lost money for three years said it would close.",
            "The firm which has lost money for three years",
        ),
        (
            "The ministry which runs the port said the ships were late.",
            "The ministry which runs the port",
        ),
        ("The union that represents nurses said pay was low.", "The union that represents nurses"),
    ],
)
def test_a_body_and_its_relative_clause_without_commas_speak(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "organization")


def test_a_relative_clause_inside_commas_is_still_no_speaker():
    assert named("The road, which Lee said would be shut, was open.") == [
        ("would be shut", "Lee", "said")
    ]


# A role after a named possessor ("Pask's spokesperson") is the unnamed person's role, as
# "a Kessler spokesman" and "a spokesperson for Pask" are; after a common noun's possessive
# it stays as it was.


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Pask's spokesperson said the senator was ill.", "Pask's spokesperson"),
        ("Acme’s spokesman said sales fell.", "Acme’s spokesman"),
        ("Senator Pask's aide said the vote was close.", "Senator Pask's aide"),
    ],
)
def test_a_named_possessor_s_role_is_the_role(text: str, role: str):
    assert speaker_of(text)[1:] == ("person", role)


def test_a_common_possessor_s_role_is_unchanged():
    assert speaker_of("The minister's spokesperson said the talks were over.")[2] is None


# An interview's "Q:" turn that asks nothing (no question mark) is read as prose: reported
# speech in it is a statement; a turn that asks stays a question, reporting nothing. A turn
# that reports a claim and then asks about it ("... that the mine was safe. Is it?") reports
# that claim as it would without the question (test_qa_news.py).

_INTRO = "Vera Holm runs the mine.\n\n"
_ANSWER = "\n\nA: It is safe."


@pytest.mark.parametrize(
    ("question", "content", "name"),
    [
        ("Q: Ole Brink told the Courier that the mine was safe.", "the mine was safe", "Ole Brink"),
        ("Q: The union says the shafts are flooded.", "the shafts are flooded", "The union"),
        (
            "Q: Ole Brink told the Courier that the mine was safe. Is it?",
            "the mine was safe",
            "Ole Brink",
        ),
    ],
)
def test_reported_speech_in_a_question_turn_that_asks_nothing_is_a_statement(
    question: str, content: str, name: str
):
    assert named(_INTRO + question + _ANSWER)[0][:2] == (content, name)


@pytest.mark.parametrize(
    "question",
    [
        "Q: Did the council say the mine was safe?",
        "Q: Ole Brink told the Courier that the mine was safe, didn't he?",
    ],
)
def test_a_question_turn_that_asks_reports_nothing(question: str):
    assert [content for content, _, _ in named(_INTRO + question + _ANSWER)] == ["It is safe"]


# A participle and its agent after a noun describing a source ("a tabloid published by",
# "a firm owned by") describe that source: no clause is summed up, no statement is made;
# after a noun summing up a clause ("a move reported by") the clause is the agent's.


@pytest.mark.parametrize(
    "text",
    [
        "The Sentinel, a tabloid published by Vane Media, ran the story.",
        "The Sentinel, a weekly backed by Vane Media, ran the story.",
        "Korlo, a firm backed by Acme, opened a plant.",
    ],
)
def test_a_source_described_by_a_participle_and_its_agent_says_nothing(text: str):
    assert named(text) == []


def test_a_clause_summed_up_by_a_noun_is_still_the_agent_s():
    assert named("Acme will cut 500 jobs, a move first reported by Axios.") == [
        ("Acme will cut 500 jobs", "Axios", "reported")
    ]
