"""The English-language press of Africa (Nigerian, Kenyan, South African dailies) as a new
analyst reads it: constructions found by trying whosaid on invented stories of a state's
minimum wage row with labour, a county doctors' strike and a metro's water outage (in
tests/data/speakers/africa-*.txt), each tested here on other invented sentences."""

from pathlib import Path

import pytest
from extraction_helpers import attributed, named, speaker_of

from tui.core.statements import find_statements

ARTICLES = Path(__file__).parent / "data" / "speakers"
_BEFORE = "The talks stalled on Friday. "


@pytest.mark.parametrize(
    ("text", "said", "cue"),
    [
        (
            'The statement read in part, "We have exhausted every avenue of dialogue."',
            "We have exhausted every avenue of dialogue.",
            "read",
        ),
        (
            "The letter, signed by the chairman, read in part: “The talks have failed.”",
            "The talks have failed.",
            "read",
        ),
        ('The communique read, "Workers deserve better."', "Workers deserve better.", "read"),
        (
            "The statement reads in part, “No worker will be victimised.”",
            "No worker will be victimised.",
            "reads",
        ),
        (
            'The union said in part, "We will not back down."',
            "We will not back down.",
            "said",
        ),
    ],
)
def test_a_documents_wording_after_in_part_or_a_comma_is_its_quotation(
    text: str, said: str, cue: str
):
    [(content, _, found)] = named(_BEFORE + text)
    assert said.startswith(content) and len(content) >= len(said) - 1
    assert found == cue


@pytest.mark.parametrize(
    "text",
    [
        'She read, "Once upon a time there was a king."',  # a reader, no document
        "The statement read in parts of the country drew anger.",
    ],
)
def test_reading_without_a_documents_quotation_reports_nothing(text: str):
    assert named(_BEFORE + text) == []


def test_in_part_without_a_quotation_is_no_part_of_what_was_said():
    text = _BEFORE + "The union said in part that it had tried everything."
    assert named(text) == [("it had tried everything", "The union", "said")]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The Speaker of the House, Rt. Hon. Abdul Sule, urged both parties to talk.",
            "Abdul Sule",
            "Speaker of the House",
        ),
        (
            "The Speaker of the Assembly, Rt Hon Ada Okoye, said the talks would resume.",
            "Ada Okoye",
            "Speaker of the Assembly",
        ),
        ("Rt. Hon. Abdul Sule said the talks would resume.", "Abdul Sule", None),
        ("The Right Hon. Abdul Sule said the talks would resume.", "Abdul Sule", None),
    ],
)
def test_the_grade_of_a_courtesy_title_is_no_role_nor_an_outlet(
    text: str, name: str, role: str | None
):
    assert speaker_of(_BEFORE + text) == (name, "person", role)


def test_an_acronym_in_capitals_before_a_period_still_ends_its_sentence():
    text = '"The channel is clear about its aims," Ann Lee said of RT. "It wants viewers."'
    [(content, speaker, _)] = attributed(text)
    assert content.endswith("It wants viewers.") or content.endswith("It wants viewers")
    assert speaker is not None and speaker.name == "Ann Lee"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("The Very Rev. Ann Lee said the talks would resume.", "Very Rev."),
        ("Dr. Ann Lee said the talks would resume.", None),
    ],
)
def test_other_titles_before_a_name_keep_their_roles(text: str, role: str | None):
    assert speaker_of(_BEFORE + text) == ("Ann Lee", "person", role)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Comrade Musa Abdullahi said teachers were ready.", "Musa Abdullahi", None),
        (
            "The union chairman, Comrade Ngozi Eze, said teachers were ready.",
            "Ngozi Eze",
            "union chairman",
        ),
        ("Mama Rehema Achieng said the clinic was shut.", "Rehema Achieng", None),
        (
            "Another resident, Mama Thandiwe Zulu, said the clinic was shut.",
            "Thandiwe Zulu",
            "resident",
        ),
    ],
)
def test_comrade_and_mama_are_honorifics_no_part_of_the_name(
    text: str, name: str, role: str | None
):
    assert speaker_of(_BEFORE + text) == (name, "person", role)


def test_a_surname_after_an_honorific_finds_the_full_name():
    text = (
        _BEFORE + "The union chairman, Comrade Ngozi Eze, said teachers were ready. "
        "Eze said the strike would go on."
    )
    assert [name for _, name, _ in named(text)] == ["Ngozi Eze", "Ngozi Eze"]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("His old comrade, Ivan Petrov, said the party was dead.", ("Ivan Petrov", "old comrade")),
        ('"Go home," Mama said.', ("Mama", None)),
    ],
)
def test_comrade_and_mama_as_plain_nouns_stay(text: str, said: tuple[str, str | None]):
    assert speaker_of(_BEFORE + text)[::2] == said


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "The state governor, Prince Ade Bello, insisted that the offer was fair.",
            "state governor",
        ),
        (
            "The party chairman, Chief Ade Bello, insisted that the offer was fair.",
            "party chairman",
        ),
        ("The commissioner, Pastor Ada Eze, insisted that the offer was fair.", "commissioner"),
    ],
)
def test_an_office_apposed_before_a_style_title_is_the_role(text: str, role: str):
    assert speaker_of(_BEFORE + text)[2] == role


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Chief Ade Bello insisted that the offer was fair.", "Chief"),
        ("The state governor, Governor Ade Bello, insisted that the offer was fair.", "Governor"),
        # after the name, the title stays: a fire chief by rank
        ("Chief Dana Roe, the head of the fire service, said crews would stay.", "Chief"),
    ],
)
def test_a_title_alone_or_of_an_office_or_before_its_appositive_stays_the_role(
    text: str, role: str
):
    assert speaker_of(_BEFORE + text)[2] == role


@pytest.mark.parametrize(
    ("text", "said", "name"),
    [
        (
            "According to a statement made available to reporters on Tuesday, the municipality "
            "said the outage was caused by a pump failure.",
            "the outage was caused by a pump failure",
            "the municipality",
        ),
        (
            "According to a press release issued on Sunday, the union said the strike would go on.",
            "the strike would go on",
            "the union",
        ),
        (
            "According to a statement, the company said the plant would close.",
            "the plant would close",
            "the company",
        ),
    ],
)
def test_a_saying_after_according_to_a_release_is_its_subjects_alone(
    text: str, said: str, name: str
):
    assert named(_BEFORE + text) == [(said, name, "said")]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # a report or court papers keep their report of all of it
        (
            "According to the report, the minister said the plant would close.",
            ("the minister said the plant would close", "the report", "According to"),
        ),
        # no saying after the release: the release reports the clause
        (
            "According to a statement, the plant would close.",
            ("the plant would close", "a statement", "According to"),
        ),
        # a release by another: the union's report of what the league said
        (
            "According to a statement released by the players' union, the league said it "
            "would review the ban.",
            ("the league said it would review the ban", "a statement", "According to"),
        ),
    ],
)
def test_other_sources_and_a_release_without_a_saying_keep_their_report(
    text: str, first: tuple[str, str, str]
):
    assert named(_BEFORE + text)[0] == first


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The Inspector-General of Police (IGP), Musa Bello, said the road was shut. "
            "The IGP said 40 officers had been deployed.",
            "Musa Bello",
            "Inspector-General of Police",
        ),
        (
            "The county Health Executive Committee Member (CECM), Dr. Hassan Abdi, said the "
            "county had paid salaries. The CECM said 40 doctors had been hired.",
            "Hassan Abdi",
            "county Health Executive Committee Member",
        ),
        (
            "The Chief Medical Officer (CMO), Grace Mwangi, said the ward was shut. "
            "The CMO said 40 nurses had been hired.",
            "Grace Mwangi",
            "Chief Medical Officer",
        ),
    ],
)
def test_an_offices_acronym_declared_before_a_name_is_that_person_later(
    text: str, name: str, role: str
):
    speakers = [s for _, s, _ in attributed(_BEFORE + text)]
    assert [(s.name, s.role) for s in speakers if s] == [(name, role), (name, role)]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The director of the Federal Bureau of Inquiry (FBI), Kash Doyle, said the case "
            "was open. The FBI said later that it had closed the file.",
            "FBI",
        ),
        (
            "The chief executive of Harlan Meats Holdings (HMH), Ann Lee, said profits fell. "
            "HMH said in a filing that it would cut 40 jobs.",
            "HMH",
        ),
        (
            "The head of the National Rowing League (NRL), Roger Dell, said the season would "
            "start on time. The NRL said in a statement that it had agreed a deal.",
            "NRL",
        ),
    ],
)
def test_a_bodys_acronym_after_an_office_of_it_stays_the_bodys(text: str, body: str):
    # the acronym spells the body the office is of, not the office: "the FBI" is no director
    names = [name for _, name, _ in named(_BEFORE + text)]
    assert len(names) == 2 and names[1] == body


def test_an_offices_acronym_never_declared_stays_a_description():
    text = (
        "The Inspector-General of Police, Musa Bello, said the road was shut. "
        "The IGP said 40 officers had been deployed."
    )
    assert [name for _, name, _ in named(_BEFORE + text)] == ["Musa Bello", "The IGP"]


def test_a_bodys_acronym_stays_the_body_after_a_person_is_named():
    text = (
        "The Nigeria Labour Congress (NLC) said the road was shut. The chairman, Musa "
        "Bello, said the strike would go on. The NLC said 40 officers had been deployed."
    )
    names = [name for _, name, _ in named(_BEFORE + text)]
    assert names[1] == "Musa Bello" and names[0] == names[2] != "Musa Bello"


@pytest.mark.parametrize(
    ("text", "role", "later"),
    [
        (
            "Residents demanded to see the executive mayor, Cllr Nomvula Dube. Dube said the "
            "pumps had failed. The mayor said the tankers were coming.",
            "executive mayor",
            "Nomvula Dube",
        ),
        (
            "Protesters marched to the office of the ward councillor, Cllr Thabo Nkosi. "
            "Nkosi said the tankers would come. The councillor said talks would resume.",
            "ward councillor",
            "Thabo Nkosi",
        ),
    ],
)
def test_an_office_apposed_before_a_titled_name_outside_its_phrase_is_the_role(
    text: str, role: str, later: str
):
    *_, (_, surnamed, _), (_, described, _) = attributed(_BEFORE + text)
    assert surnamed is not None and (surnamed.name, surnamed.role) == (later, role)
    assert described is not None and described.name == later


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Dr. Ann Lee said the pumps had failed.", None),
        ("Sen. Ann Lee said the pumps had failed.", "Sen."),
    ],
)
def test_a_titled_name_with_nothing_apposed_before_keeps_its_title(text: str, role: str | None):
    assert speaker_of(_BEFORE + text)[2] == role


@pytest.mark.parametrize(
    ("article", "people"),
    [
        (
            "africa-minimum-wage",
            {
                "Adewale Babatunde-Ogundipe": "Chairman",
                "Oluwaseun Adeyemi-Balogun": "state governor",
                "Tunde Olaniyan": "Chief Press Secretary",
                "Ibrahim Musa Danjuma": "Commissioner for Finance",
                "Abdulrahman Oyetola-Sule": "Speaker of the Ogbara State House of Assembly",
                "Musa Abdullahi": "state chairman of the Nigeria Union of Teachers",
                "Chinedu Okafor": "chairman of the Trade Union Congress (TUC) in the state",
            },
        ),
        (
            "africa-county-hospital-strike",
            {
                "Wycliffe Otieno Ochieng": "KMPDU branch secretary",
                "Hassan Abdi Mohamed": "county Health Executive Committee Member",
                "Jane Wambui Kariuki": "Governor",
                "Mary Wanjiru": "resident of Gatundu-Kiruri",
                "Rehema Achieng": "resident",
            },
        ),
        (
            "africa-water-outage",
            {
                "Sipho Mahlangu": (
                    "community leader and member of the Kwa-Thembisa ward committee"
                ),
                "Thabo Mokoena": "Municipal spokesperson",
                "Nomvula Dlamini-Khumalo": "executive mayor",
                "Thandiwe Zulu": "resident of Ntuzuma Extension 4",
            },
        ),
    ],
)
def test_the_invented_articles_keep_their_speakers(article: str, people: dict[str, str]):
    speakers, _ = find_statements((ARTICLES / f"{article}.txt").read_text(encoding="utf-8"))
    roles = {s.name: s.role for s in speakers if s.kind == "person"}
    assert people.items() <= roles.items()


def _said(article: str) -> list[tuple[str, str | None, str | None]]:
    return named((ARTICLES / f"{article}.txt").read_text(encoding="utf-8"))


def test_the_minimum_wage_story_keeps_its_statements():
    said = _said("africa-minimum-wage")
    assert ("We have exhausted every avenue of dialogue.", "The statement", "read") in {
        (content[:43], name, cue) for content, name, cue in said
    }
    assert (
        "the union would not accept any figure below what had been agreed at the national level",
        "Adewale Babatunde-Ogundipe",
        "noted",
    ) in said
    speakers_of_the_speaker = [name for content, name, _ in said if "the House would" in content]
    assert speakers_of_the_speaker == ["Abdulrahman Oyetola-Sule"]
    assert not any(name in {"both parties", "Prince"} for _, name, _ in said)


def test_the_county_strike_story_keeps_its_statements():
    said = _said("africa-county-hospital-strike")
    by_content = {content: name for content, name, _ in said}
    assert (
        by_content[
            "the county had also hired 40 locum doctors to keep the emergency and maternity "
            "wings running"
        ]
        == "Hassan Abdi Mohamed"
    )
    assert by_content["Counties are not ATMs. We can only pay what we receive"] == (
        "Abdullahi Yusuf Hirsi"
    )
    assert by_content["the money was meant for her daughter's school fees"] == "Rehema Achieng"


def test_the_water_outage_story_keeps_its_statements():
    said = _said("africa-water-outage")
    outage = [
        (name, cue) for content, name, cue in said if content.startswith("the outage was caused")
    ]
    assert outage == [("Mzansi Bay Metropolitan Municipality", "said")]
    mayor = [name for content, name, _ in said if content.startswith("the motion as")]
    assert mayor == ["Nomvula Dlamini-Khumalo"]
    assert ("two of her children had developed diarrhoea", "Lungile Ngcobo", "said") in said


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The chairman of the Trade Union Congress (TUC) in the state, Comrade Chinedu "
            "Okafor, said the claim was false.",
            "Chinedu Okafor",
            "chairman of the Trade Union Congress (TUC) in the state",
        ),
        (
            "The head of the Kenya Medical Union (KMU) in Kiruri, Musa Bello, said the road "
            "was shut.",
            "Musa Bello",
            "head of the Kenya Medical Union (KMU) in Kiruri",
        ),
    ],
)
def test_a_bodys_acronym_inside_an_apposed_role_keeps_the_role_whole(
    text: str, name: str, role: str
):
    assert speaker_of(_BEFORE + text) == (name, "person", role)


def test_a_longer_parenthesis_inside_a_role_still_ends_it():
    text = (
        "A spokesman for the agency (which runs the port) in the city, Musa Bello, said the "
        "road was shut."
    )
    assert speaker_of(_BEFORE + text)[:2] == ("Musa Bello", "person")
    assert "(" not in (speaker_of(_BEFORE + text)[2] or "")


@pytest.mark.parametrize(
    ("text", "said", "cue"),
    [
        ('"Where is the money?" he posed.', "Where is the money?", "posed"),
        ('"Who approved this payment?" Ann Lee queried.', "Who approved this payment?", "queried"),
        ("Ann Lee posited that the money was gone.", "the money was gone", "posited"),
        (
            "The lawyer, Ada Eze, submitted that the charge was defective.",
            "the charge was defective",
            "submitted",
        ),
    ],
)
def test_posing_querying_positing_and_submitting_that_report_what_was_said(
    text: str, said: str, cue: str
):
    [(content, _, found)] = named(_BEFORE + text)
    assert (content, found) == (said, cue)


@pytest.mark.parametrize(
    "text",
    [
        "He submitted the report on Monday.",
        "She posed for photos with the winners.",
        "Auditors queried the payment last year.",
        "The question posed by the judge was simple.",
    ],
)
def test_posing_querying_and_submitting_a_thing_report_nothing(text: str):
    assert named(_BEFORE + text) == []


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Police spokesperson Colonel Nqobile Gwala said three people had been arrested.",
            "Nqobile Gwala",
            "Police spokesperson",
        ),
        (
            "SAHRC provincial manager Advocate Zanele Mthembu said water was a right.",
            "Zanele Mthembu",
            "SAHRC provincial manager",
        ),
        (
            "Army spokesman Major General Ann Lee said three people had been arrested.",
            "Ann Lee",
            "Army spokesman",
        ),
    ],
)
def test_a_rank_or_counsels_title_spelled_out_after_a_role_is_no_part_of_it(
    text: str, name: str, role: str
):
    assert speaker_of(_BEFORE + text) == (name, "person", role)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Lieutenant Colonel Ann Lee said three people had been arrested.", "Lieutenant Colonel"),
        ("Consumer advocate Ann Lee said three people had been arrested.", "Consumer advocate"),
    ],
)
def test_a_rank_alone_or_an_advocate_in_lower_case_stays_the_role(text: str, role: str):
    assert speaker_of(_BEFORE + text)[2] == role
