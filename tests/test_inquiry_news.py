"""Public inquiries, royal commissions and coroners' inquests as a new analyst reads them:
constructions found by trying whosaid on invented stories of a ferry sinking's inquiry, a care
home inquest and a flood royal commission (in tests/data/speakers/), each tested here on other
invented sentences."""

import pytest
from extraction_helpers import (
    acts_and_contents,
    attributed,
    missing_speakers,
    named,
    speaker_names,
    speaker_of,
    speakers_by_opening,
)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The jury heard that the van had been stolen in Brill.", "the van had been stolen"),
        ("The tribunal heard that the nurse worked alone that night.", "the nurse worked alone"),
        ("The pump had failed twice before the blast, the inquest heard.", "The pump had failed"),
        (
            "The Royal Commission into the Tarn Fires heard that the siren never sounded.",
            "the siren never sounded",
        ),
        ("The inquest at Dunmore Coroner's Court heard that the gate was open.", "the gate was"),
        ("Bakery owner jailed for fraud, court told", "Bakery owner jailed for fraud"),
    ],
)
def test_what_a_hearing_body_heard_is_speech_of_no_source_named(text: str, content: str):
    [(found, speaker, _)] = attributed(text)
    assert found.startswith(content)
    assert speaker is None
    assert [act for act, _ in acts_and_contents(text)] == ["speech"]


@pytest.mark.parametrize(
    ("text", "name", "act"),
    [
        ("Lena Hart heard that the plant would close.", "Lena Hart", "thought"),
        ("Committee chair Ada Moss heard that costs had doubled.", "Ada Moss", "thought"),
        ("The pump failed twice, the panel told reporters.", "the panel", "speech"),
        ("The committee said that costs had doubled.", "The committee", "speech"),
    ],
)
def test_a_person_hearing_or_a_body_telling_keeps_its_source(text: str, name: str, act: str):
    assert speaker_names(text) == [name]
    assert [a for a, _ in acts_and_contents(text)] == [act]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Judge Omar Lind said he would rule in May.\n\n"
            "Afterwards, Mrs Quill's son, Peter Quill, said the family was relieved.\n\n"
            "“We waited a long time,” he said.",
            "Peter Quill",
        ),
        (
            "Dr. Ines Varga said she would appeal.\n\n"
            "Later, Mr Abbot's daughter, Rosa Abbot, said the home had failed him.\n\n"
            "“He was alone all night,” she said.",
            "Rosa Abbot",
        ),
    ],
)
def test_a_possessors_title_gives_no_gender_to_the_person_it_describes(text: str, name: str):
    assert speaker_names(text)[-1] == name


def test_a_gendered_noun_after_the_possessive_still_genders_the_speaker():
    text = (
        "Rosa Abbot said she would appeal.\n\n"
        "Her son, Kit Abbot, said the home had failed.\n\n"
        "“He was alone all night,” he said."
    )
    assert speaker_names(text)[-1] == "Kit Abbot"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Outside the courthouse, Peter Quill, whose wife died in the fire, said he was angry.",
            None,
        ),
        (
            "Inside the hearing room, Peter Quill, a retired welder, said he was angry.",
            "retired welder",
        ),
        ("Near the harbour, Peter Quill, a retired welder, said he was angry.", "retired welder"),
        ("Elsewhere, his brother, Peter Quill, said he was angry.", "brother"),
        ("Separately, the victim's son, Peter Quill, said he was angry.", "victim's son"),
    ],
)
def test_an_opening_place_or_adverb_is_neither_the_speaker_nor_his_role(
    text: str, role: str | None
):
    assert speaker_of(text) == ("Peter Quill", "person", role)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Outside magazine reported that the trail had closed.", "Outside magazine", "media"),
        ("Inside Climate News reported that the levee had failed.", "Inside Climate News", "media"),
        ("In Brill, Peter Quill, a retired welder, said he was angry.", "Peter Quill", "person"),
    ],
)
def test_an_outlet_named_by_such_a_word_keeps_its_name(text: str, name: str, kind: str):
    assert speaker_of(text)[:2] == (name, kind)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Under questioning, Ms Dole accepted that the logbook was never signed.", "the logbook"),
        ("Mr Fenn accepted that mistakes were made on the night.", "mistakes were made"),
        ("The minutes record that the pump was discussed twice.", "the pump was discussed"),
        ("The ship's log recorded that the engine stopped at 4 a.m.", "the engine stopped"),
        ("Notes from the briefing, also filed as an exhibit, record that the risk was low.", "the"),
    ],
)
def test_conceding_by_accept_and_documents_that_record_report_their_clause(text: str, content: str):
    [(found, _, _)] = attributed(text)
    assert found.startswith(content)


@pytest.mark.parametrize(
    "text",
    [
        "Ms Dole accepted the award in Ottawa in May.",
        "Mr Fenn accepted that offer on Monday.",
        "The firm accepted an offer that valued it at 2 billion dollars.",
        "It set a record that stood for a decade.",
        "She recorded a song that topped the charts.",
        "The coroner recorded a conclusion of misadventure.",
        "Temperatures recorded that week broke every record.",
        "The agency’s record that year was poor.",
        "The U.N.’s record on housing is poor.",
        "The panel's record that spring drew criticism.",
    ],
)
def test_accept_and_record_before_a_thing_report_nothing(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "name", "content"),
    [
        (
            "Messages between the guards, shown to the jury, read: “door 4 is stuck again.” "
            "The jury then rose.",
            "Messages between the guards",
            "door 4 is stuck again",
        ),
        (
            "A letter from the mayor, tendered as an exhibit, reads: “Hold it until May.” "
            "The hearing resumed.",
            "A letter from the mayor",
            "Hold it until May",
        ),
        (
            "One placard near the gate read: “Stop the mine.” Police came.",
            "One placard near the gate",
            "Stop the mine",
        ),
    ],
)
def test_a_document_with_a_participles_aside_reads_its_quotation(
    text: str, name: str, content: str
):
    [(found, speaker, _)] = attributed(text)
    assert (found, speaker.name if speaker else None) == (content, name)
    assert speaker is not None and speaker.kind == "document"


def test_a_person_with_an_aside_before_read_is_no_document():
    text = "The clerk, tired and cold, read the verdict aloud. The court rose."
    assert attributed(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ada Moss, who examined the wreck for the panel, testified that the hull failed.",
        "A pathologist who examined the remains testified that the man drowned.",
        "Dr. Moss, who examined the patients in May, said they were dehydrated.",
    ],
)
def test_examining_a_thing_by_hand_is_no_statement(text: str):
    assert len(attributed(text)) == 1


def test_examining_a_question_stays_a_stance():
    assert acts_and_contents("The study examined whether the levee was too low.") == [
        ("stance", "whether the levee was too low")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Omar Lind resigned in May. His lawyer said Lind would co-operate and denied that he "
        "had hidden the map.",
        "The former manager, Omar Lind, is due on Monday. His lawyer told the panel that Mr "
        "Lind would attend and rejected any suggestion that he had hidden the map.",
    ],
)
def test_one_subject_of_two_joined_cues_is_one_speaker(text: str):
    names = speaker_names(text)
    assert len(names) == 2 and names[0] == names[1]


def test_two_subjects_of_two_sentences_stay_two_speakers():
    text = "Ann Lee said the rota was thin. Her lawyer said Lee would appeal."
    assert speaker_names(text) == ["Ann Lee", "Ann Lee’s lawyer"]


# The invented articles: their key statements and speakers, and what is no statement.
def test_the_ferry_inquiry_floor():
    name = "inquiry-ferry-sinking.txt"
    assert (
        missing_speakers(
            name,
            [
                ("he raised the cracks", "Darren Molloy", "person"),
                ("Every day", "Darren Molloy", "person"),
                ("Not that I saw", "Darren Molloy", "person"),
                ("the cracks were", "Notes from the August safety meeting", "document"),
                ("the budget for the year", "Glen Hatcher", "person"),
                ("These families have waited", "Ann Vale", "person"),
                ("The commission cannot", "Marguerite Fontaine", "person"),
                ("the hull failed", "Sofia Brandt", "person"),
                ("I want to look them", "Cheryl Banks", "person"),
            ],
        )
        == []
    )
    found = speakers_by_opening(name)
    assert not any(content.startswith("the wreck") for content, _, _ in found)
    headline = found[0]
    assert headline[0].startswith("Ferry captain warned") and headline[1] is None


def test_the_care_home_inquest_floor():
    name = "inquiry-care-home-inquest.txt"
    assert (
        missing_speakers(
            name,
            [
                ("If I had heard it", "Jodie Pratt", "person"),
                ("Nobody ever showed me how", "Jodie Pratt", "person"),
                ("training records", "Rachel Oduya", "person"),
                ("Not a written one", "Rachel Oduya", "person"),
                ("mat in room 12", "Internal messages between night staff", "document"),
                ("Edith Marlowe should", "Anthony Pell", "person"),
                ("Mum taught", "Graham Marlowe", "person"),
                ("We are deeply sorry", "Brightwell Care Group", "organization"),
                ("carers were", "Kevin Stroud", "person"),
            ],
        )
        == []
    )
    heard = [(c, s) for c, s, _ in speakers_by_opening(name) if c.startswith("the sensor mat")]
    assert heard == [
        ("the sensor mat beside her bed had been switched to silent during a night shift", None)
    ]


def test_the_flood_commission_floor():
    name = "inquiry-royal-commission-floods.txt"
    assert (
        missing_speakers(
            name,
            [
                ("It sat in a drawer", "Neil Strathdee", "person"),
                ('the modelling "should', "The note", "document"),
                ("So you were told", "Fiona Kettering", "person"),
                ("I wouldn't say bury", "Neil Strathdee", "person"),
                ("That's not what I asked", "Helen Ashdown", "person"),
                ("People lost everything", "Tess Waller", "person"),
                ("This is a different council", "Brett Lianos", "person"),
            ],
        )
        == []
    )
    found = speakers_by_opening(name)
    assert not any(
        kind == "organization" and "commission" in (s or "").lower() for _, s, kind in found
    )
    lawyers = {s for c, s, _ in found if c.startswith(("Mr Feeney", "any suggestion"))}
    assert len(lawyers) == 1


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mr Quill's evidence was that the gate had been locked.", "Quill"),
        ("The nurse's testimony that the alarm was silent went unchallenged.", "The nurse"),
        ("Ms Dole gave an assurance that the logbook would be kept.", "Dole"),
    ],
)
def test_a_witness_evidence_testimony_and_assurance_report_their_clause(text: str, name: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.name == name


@pytest.mark.parametrize(
    "text",
    [
        "There is no evidence that the gate had been locked.",
        "The evidence was that the pump had failed twice.",
        "Her evidence was clear and short.",
    ],
)
def test_evidence_without_a_witness_reports_nothing(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Mr Quill said he did not recall the briefing, under questioning from Ann Roe, "
            "who represents the crew.",
            "he did not recall the briefing",
        ),
        (
            "Ms Dole said the valve was old, under cross-examination by Kit Abbot.",
            "the valve was old",
        ),
        ("Ms Dole said the valve was old, in evidence to the tribunal.", "the valve was old"),
        ("Mr Quill said the rota was thin, in testimony before the panel.", "the rota was thin"),
    ],
)
def test_the_questioning_closing_a_sentence_is_no_part_of_the_content(text: str, content: str):
    [(found, _, _)] = attributed(text)
    assert found == content


@pytest.mark.parametrize(
    "text",
    [
        "Lee said the suspect had cracked under questioning from detectives.",
        "Lee said the man, under questioning from detectives, confessed.",
        "Lee said the guard was still under cross-examination by the Crown.",
    ],
)
def test_questioning_inside_the_content_stays_in_it(text: str):
    [(found, _, _)] = attributed(text)
    assert found.startswith("the ") and found.endswith(text.split()[-1].rstrip("."))


@pytest.mark.parametrize(
    ("text", "act"),
    [
        (
            "The judge ordered the firm to hand over its logs, rejecting an argument from its "
            "lawyers that they were private.",
            "stance",
        ),
        ("The judge rejected an argument from the firm that the logs were private.", "stance"),
        ("The judge dismissed the claim that the logs were private.", "speech"),
    ],
)
def test_rejecting_as_a_participle_is_a_stance_as_rejected_is(text: str, act: str):
    assert [a for a, _ in acts_and_contents(text)][-1] == act


def test_a_court_transcripts_dotted_turns_are_answers_of_the_witness():
    text = (
        "Commission counsel Ben Orr questioned Omar Quill about the logbook. Mr Quill said he "
        "had seen it once.\n\nQ. Did you sign it?\n\nA. I signed the first page.\n\n"
        "Q. Only the first page?\n\nA. That is right."
    )
    assert named(text)[1:] == [
        ("I signed the first page", "Omar Quill", None),
        ("That is right", "Omar Quill", None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "A. J. Lake said the road would reopen in May.\n\nA. Lake is a common name here.",
        "Q. Lake said the road would reopen in May.",
    ],
)
def test_an_initial_or_a_question_asking_nothing_is_no_turn(text: str):
    assert speaker_names(text) == [speaker_names(text)[0]] and len(named(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Commission counsel questioned him about the contract.",
        "Detectives questioned the suspect about the fire.",
        "The panel questioned Mr Quill over the missing files.",
        "Senators quizzed the minister on the budget.",
    ],
)
def test_questioning_a_person_about_a_topic_is_no_statement(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ms Dole questioned the wisdom of the plan.", "the wisdom of the plan"),
        ("Ms Dole questioned whether the plan would work.", "whether the plan would work"),
        ("Ms Dole questioned Acme's figures on Monday.", "Acme's figures"),
        ("Ms Dole questioned the decision on Monday.", "the decision"),
    ],
)
def test_questioning_a_thing_stays_a_statement(text: str, content: str):
    [(found, _, _)] = attributed(text)
    assert found.startswith(content)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The family of Edith Quill said they were heartbroken.", "The family of Edith Quill"),
        ("The families of the victims said they felt vindicated.", "The families of the victims"),
        ("The family of the victim said they felt vindicated.", "The family of the victim"),
        ("The families of the miners said they would appeal.", "The families of the miners"),
    ],
)
def test_the_family_of_someone_is_the_family_who_speaks(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "group")


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Edith Quill's family said they were heartbroken.", "Edith Quill's family", "group"),
        ("The lawyer of Kit Abbot said he would appeal.", "The lawyer of Kit Abbot", "person"),
        ("Kit Abbot, of the Abbot family, said he was relieved.", "Kit Abbot", "person"),
    ],
)
def test_a_family_owned_or_named_keeps_its_speaker(text: str, name: str, kind: str):
    assert speaker_of(text)[:2] == (name, kind)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Counsel for the commission, Ida Kett SC, said the note was clear.",
            "Counsel for the commission",
        ),
        ("Ida Kett SC said the note was clear.", "SC"),
        ("Ed Roy MPP said the bill was late.", "MPP"),
    ],
)
def test_a_rank_at_the_bar_or_a_seat_after_a_name_is_no_part_of_it(text: str, role: str):
    assert speaker_of(text) == (speaker_of(text)[0], "person", role)
    assert speaker_of(text)[0] in ("Ida Kett", "Ed Roy")


def test_the_name_with_its_rank_and_the_name_without_are_one_speaker():
    text = "Ida Kett SC said the note was clear. Ms Kett said it was late."
    assert speaker_names(text) == ["Ida Kett", "Ida Kett"]
