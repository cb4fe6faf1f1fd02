"""Courtroom trials as a new analyst reads them: constructions found by trying whosaid on
invented stories of a murder trial's day, a fraud trial's cross-examination and a sentencing
hearing (in tests/data/speakers/), each tested here on other invented sentences."""

import pytest
from extraction_helpers import ARTICLES, attributed, contents, missing_speakers, named, speaker_of


def _text(name: str) -> str:
    return (ARTICLES / f"{name}.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "text",
    [
        "Mira Tolle, 44, testified on the second day of the trial of Ben Arko.",
        "Mira Tolle testified at the preliminary hearing of Ben Arko.",
        "Mira Tolle testified for the defence.",
        "Sven Odde was testifying for the prosecution in the trial of Ben Arko, who is charged.",
        "Mira Tolle testified by video link from Halden.",
        "Mira Tolle testified against her former boss.",
        "A second officer testified during the afternoon session.",
    ],
)
def test_testifying_where_when_or_for_whom_reports_nothing(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Mira Tolle testified on Tuesday that she saw the car.", "she saw the car"),
        ("Mira Tolle testified she saw the car.", "she saw the car"),
        ("Mira Tolle testified on the second day of the trial that she ran.", "she ran"),
        ("The van was blue, Mira Tolle testified at the trial.", "The van was blue"),
        ("Mira Tolle testified about the night of the fire.", "about the night of the fire"),
        ("Mira Tolle testified at the trial: “I saw the car.”", "I saw the car"),
    ],
)
def test_a_testimony_after_or_before_its_setting_is_still_content(text: str, content: str):
    assert [c for c, _, _ in attributed(text)] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "The judge denied a defence motion to exclude the video.",
        "Judge Amos Reddy denied the motion to strike part of Lee's testimony.",
        "Justice Lena Roos denied bail to the accused.",
        "The ministry denied the request for documents.",
        "The parole board denied his application for early release.",
        "The council rejected two invitations to debate the mayor.",
    ],
)
def test_refusing_a_thing_asked_is_no_denial(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Arko denied the allegations.", "the allegations"),
        ("Arko denied any wrongdoing.", "any wrongdoing"),
        ("Arko denied that the motion was filed late.", "the motion was filed late"),
        ("Arko denied the request was ever made.", "the request was ever made"),
    ],
)
def test_denying_a_claim_is_still_speech(text: str, content: str):
    assert [c for c, _, _ in attributed(text)] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "Ben Arko showed no emotion as the verdict was read.",
        "The accused showed little reaction when the sentence was read.",
        "Orla Fenn showed no remorse during the hearing.",
    ],
)
def test_a_demeanour_shown_is_no_stance(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The data showed no link between the two.", "no link between the two"),
        ("The poll showed strong support for the strike.", "strong support for the strike"),
    ],
)
def test_a_finding_shown_is_still_a_stance(text: str, content: str):
    assert [c for c, _, _ in attributed(text)] == [content]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Wray spoke to lawyer Zorvan Ortt. “You lied,” Ortt said.", "lawyer"),
        ("Wray met defence attorney Zorvan Ortt. “You lied,” Ortt said.", "defence attorney"),
        ("Wray was questioned by prosecutor Zorvan Ortt. “Why?” Ortt asked.", "prosecutor"),
    ],
)
def test_a_persons_role_before_a_name_named_earlier_makes_a_person(text: str, role: str):
    assert speaker_of(text) == ("Zorvan Ortt", "person", role)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Wray spoke to Zorvan Ortt. “You lied,” Ortt said.", "unknown"),
        ("Wray sued the firm Zorvan Ortt. “You lied,” Ortt said.", "organization"),
    ],
)
def test_a_name_with_no_persons_role_keeps_its_kind(text: str, kind: str):
    assert speaker_of(text)[1] == kind


@pytest.mark.parametrize(
    ("text", "asker"),
    [
        (
            "“Were you there?” asked lawyer Dunya Pelk. “Yes,” said Haro Venn. “At what time?”"
            " she asked.",
            "Dunya Pelk",
        ),
        (
            '"Where was the car?" Crown attorney Ilka Moravec asked. "On the lane," Tam Brodie'
            ' replied. "Was it moving?" she asked.',
            "Ilka Moravec",
        ),
        (
            "“Were you there?” asked Tom Pelk. “Yes,” said Haro Venn. “Are you sure?” he asked.",
            "Tom Pelk",
        ),
    ],
)
def test_a_pronoun_asking_again_after_an_answer_is_the_one_who_asked(text: str, asker: str):
    assert named(text)[-1][1] == asker


@pytest.mark.parametrize(
    ("text", "asker"),
    [
        # the answerer, a woman, asks back: not the man who asked
        (
            "“Were you there?” asked lawyer Tom Pelk. “Yes,” said Ana Venn. “Why do you ask?”"
            " she asked.",
            "Ana Venn",
        ),
        # no question before the answer: the last speaker asks
        (
            "“The deal is off,” said Zarko Pelk. “Yes,” said Haro Venn. “Why?” he asked.",
            "Haro Venn",
        ),
    ],
)
def test_a_pronoun_of_the_answerers_gender_or_after_no_question_is_not_the_asker(
    text: str, asker: str
):
    assert named(text)[-1][1] == asker


@pytest.mark.parametrize(
    "text",
    [
        "Farrant was questioned by police for six hours.",
        "Dov Amsel was questioned by defence lawyer Ivo Sand about the car.",
        "He was quizzed by detectives over the missing ledger.",
        "The witness, who was questioned by Crown attorney Lia Fors, wept.",
    ],
)
def test_a_person_questioned_in_the_passive_is_an_interrogation(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The plan was questioned by critics.", "The plan was questioned by critics"),
        ("The budget's cost was questioned by auditors.", "The budget's cost was questioned"),
    ],
)
def test_a_thing_questioned_in_the_passive_is_still_doubted(text: str, content: str):
    assert [c for c, _, _ in attributed(text)][0].startswith(content)


@pytest.mark.parametrize(
    "text",
    [
        "The 34-year-old suspect fled on foot.",
        "A 19-year-old suspect was questioned by police.",
        "The so-called witness appeared in court.",
        "The teenage suspect appeared in court.",
        "The armed suspect fled on foot.",
        "The main suspect remains in custody.",
        "The prime suspect has not been found.",
    ],
)
def test_a_noun_after_the_and_a_modifier_before_its_predicate_is_no_cue(text: str):
    assert all(cue not in {"suspect", "witness"} for _, _, cue in attributed(text))


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The 19-year-old suspects the fire was set.", "the fire was set"),
        ("Police suspect the fire was set.", "the fire was set"),
        ("The two suspect the fire was set.", "the fire was set"),
        ("The well-known critic doubts the plan will work.", "the plan will work"),
        ("The wealthy fear armed gangs will come.", "armed gangs will come"),
        ("The police suspect he fled on foot.", "he fled on foot"),
        ("The young doubt the plan will work.", "the plan will work"),
    ],
)
def test_a_verb_after_a_singular_subject_or_a_plural_still_reports(text: str, content: str):
    assert [c for c, _, _ in attributed(text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Questioned by defence lawyer Ivo Sand, Farrant said she ran.", "she ran"),
        ("Pressed by Crown attorney Lia Fors, the witness admitted he lied.", "he lied"),
    ],
)
def test_an_opening_asked_by_someone_with_nothing_asked_reports_nothing(text: str, content: str):
    assert [c for c, _, _ in attributed(text)] == [content]


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Pressed by reporters on the delay, Lee said it was hard.", "the delay"),
        ("Asked by the Crown whether he ran, Amsel said no.", "whether he ran"),
    ],
)
def test_an_opening_asked_by_someone_about_something_still_asks(text: str, asked: str):
    assert [c for c, _, _ in attributed(text)][0] == asked


@pytest.mark.parametrize(
    ("text", "content", "asker", "cue"),
    [
        (
            "Farrant was asked by defence lawyer Ivo Sand whether she saw the car.",
            "whether she saw the car",
            "Ivo Sand",
            "asked",
        ),
        (
            "The witness was asked by Judge Lu Penn why she waited.",
            "why she waited",
            "Lu Penn",
            "asked",
        ),
        (
            "He was told by police when the road would open.",
            "when the road would open",
            "police",
            "told",
        ),
    ],
)
def test_a_question_put_in_the_passive_is_the_askers(text: str, content: str, asker: str, cue: str):
    assert named(text) == [(content, asker, cue)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("He was warned by police that the road was shut.", "the road was shut"),
        ("She was asked by police to leave the building.", "to leave the building"),
    ],
)
def test_a_told_that_or_an_infinitive_in_the_passive_is_unchanged(text: str, content: str):
    assert [c for c, _, _ in attributed(text)] == [content]


def test_the_murder_trials_day_keeps_its_speakers():
    expected = [
        ("It sounded like somebody dropping", "Odile Farrant", "person"),
        ("You can't say what colour", "Ivo Sand", "person"),
        ("she had taken a sleeping pill", "Odile Farrant", "person"),
        ("This was not a moment of anger", "Hanna Brisco", "person"),
        ("Quell's phone", "an agreed statement of facts filed with the court", "document"),
        ("the two shells found on the porch", "Dev Anand", "person"),
        ("they were", "Dev Anand", "person"),
        ("they must decide the case", "Mara Olin", "person"),
        ("the family was", "Ruth Lomond", "person"),
    ]
    assert missing_speakers("trial-murder-day.txt", expected) == []
    found = contents(_text("trial-murder-day"))
    assert not any(c.startswith(("on the third day", "no reaction")) for c in found)


def test_the_fraud_trials_cross_examination_keeps_its_speakers():
    expected = [
        ("You knew those numbers were fake", "Selma Ortt", "person"),
        ("I knew they were high", "Gideon Wray", "person"),
        ("What's the difference?", "Selma Ortt", "person"),
        ("At the time, I told myself", "Gideon Wray", "person"),
        ("he had signed off on at least 60 loans", "Gideon Wray", "person"),
        ('Petrakis "built a house of cards', "Colm Vasquez", "person"),
        ("investors lost about $31 million", "the indictment", "document"),
        ("his account of meetings", "Amos Keele", "person"),
    ]
    assert missing_speakers("trial-fraud-cross.txt", expected) == []
    found = contents(_text("trial-fraud-cross"))
    assert not any(c.startswith(("for the prosecution", "a defense motion")) for c in found)


def test_the_sentencing_hearing_keeps_its_speakers():
    expected = [
        ("Mr. Dray made a choice", "Pilar Moreau", "person"),
        ("Dray's blood-alcohol level", "an agreed statement of facts", "document"),
        ("He is not asking for sympathy", "Caleb Ostrow", "person"),
        ("she still sets two plates", "Adele Fenn", "person"),
        ("You took the person", "Adele Fenn", "person"),
        ("I am sorry", "Emmett Dray", "person"),
        ("Remorse does not bring", "Pilar Moreau", "person"),
        ("the Crown was satisfied", "Lucia Barre", "person"),
    ]
    assert missing_speakers("trial-sentencing-hearing.txt", expected) == []
    found = contents(_text("trial-sentencing-hearing"))
    assert not any("pleaded guilty" in c or "banned" in c for c in found)
