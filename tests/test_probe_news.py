"""US investigation and scandal news as a new analyst reads it: constructions found by trying
whosaid on invented stories of an F.B.I. inquiry into steered grants, state attorneys
general subpoenaing a pharmacy chain and an inspector general's report on a surveillance
database (in tests/data/speakers/probe-*.txt), each tested here on other invented sentences.
"""

import pytest
from extraction_helpers import ARTICLES, attributed, contents, missing_speakers, speaker_of

from tui.core.statements import find_statements


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("One of those people said the ledger was altered.", "One of those people", "person"),
        ("One of these officials said the vault was empty.", "One of these officials", "person"),
        ("Another of the people said the vault was empty.", "Another of the people", "person"),
        ("Another of them said the vault was empty.", "Another of them", "person"),
        ("The vault was empty, another of those aides said.", "another of those aides", "person"),
        ("The vault was empty, said one of those aides.", "one of those aides", "person"),
        ("Two of those officials said the vault was empty.", "Two of those officials", "group"),
        ("Some of these people said the vault was empty.", "Some of these people", "group"),
    ],
)
def test_a_partitive_of_a_demonstrative_or_another_is_one_of_the_group(
    text: str, name: str, kind: str
):
    assert speaker_of(text)[:2] == (name, kind)


@pytest.mark.parametrize(
    "text",
    [
        "Those people said the vault was empty.",
        "He phoned one of those people and said the vault was empty.",
        "They warned one another and said the vault was empty.",
    ],
)
def test_a_demonstrative_or_a_partitive_object_is_no_partitive_subject(text: str):
    assert not speaker_of(text)[0].lower().startswith(("one of", "another of"))


@pytest.mark.parametrize(
    "text",
    [
        "An aide, who spoke under ground rules set by the agency, said the files were gone.",
        "The board follows rules written by the legislature.",
        "Agents reviewed notes taken by the clerk.",
        "The trustees ignored reports drawn up by auditors and made by staff.",
        "The panel cited claims filed by two former tenants.",
    ],
)
def test_a_cue_word_in_s_before_a_participle_and_by_is_a_plural_noun(text: str):
    assert [
        c for c in contents(text) if c.startswith(("set by", "written", "taken", "drawn"))
    ] == []
    assert all(cue not in {"rules", "notes", "reports", "claims"} for _, _, cue in attributed(text))


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The judge rules that the wiretap was lawful.", "the wiretap was lawful"),
        ("The memo notes that agents were warned by email.", "agents were warned by email"),
        ("Ortiz says fired by the firm, she was owed back pay.", "fired by the firm"),
        ("The audit reports that fees were set by the board.", "fees were set by the board"),
    ],
)
def test_a_cue_verb_before_a_clause_or_a_say_form_still_reports(text: str, content: str):
    [(found, _, _)] = attributed(text)
    assert found.startswith(content)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Warden Hid Logbooks, People Familiar With Inquiry Say\n\nBody.", "people", "group"),
        ("Warden Hid Logbooks, Person Briefed on Case Says\n\nBody.", "person", "person"),
        ("Officials Close to Warden Say Logbooks Were Hidden\n\nBody.", "officials", "group"),
    ],
)
def test_a_title_case_headlines_unnamed_source_is_no_name(text: str, name: str, kind: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None
    assert speaker.name.lower().startswith(name) and (speaker.kind, speaker.named) == (kind, False)


def test_a_headline_of_familiar_people_repeats_the_body_of_more_familiar_people():
    text = (
        "Warden Hid Logbooks From Auditors, People Familiar With Inquiry Say\n\n"
        "The warden of Brackett County jail hid logbooks from auditors, according to three "
        "people familiar with the matter.\n"
    )
    [(content, speaker, _)] = attributed(text)
    assert content.startswith("The warden of Brackett")
    assert speaker is not None and speaker.name == "three people familiar with the matter"


def test_a_headline_of_familiar_people_is_kept_above_other_sources():
    text = (
        "Warden Hid Logbooks From Auditors, People Familiar With Inquiry Say\n\n"
        "The warden of Brackett County jail hid logbooks from auditors, two guards said.\n"
    )
    assert len(attributed(text)) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Neither Ostrander nor his lawyer responded to requests for comment.",
        "Neither Mr. Ostrander nor his lawyer, Ina Belk, responded to repeated requests.",
        "Neither the county nor its insurer replied to questions on Friday.",
        "Neither side responded to requests for comment.",
        "Neither of them said the ledger was altered.",
        "Neither Ostrander nor Belk has claimed the ledger was altered.",
    ],
)
def test_neither_and_nor_for_subject_say_nothing(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The county said neither Ostrander nor his lawyer had responded.",
            "neither Ostrander nor his lawyer had responded",
        ),
        ("Belk said the ledger was neither lost nor altered.", "the ledger was neither lost"),
        ("Neither candidate won a majority, officials said.", "Neither candidate won a majority"),
        (
            "Neither bid was read, and the clerk said the tender was void.",
            "the tender was void",
        ),
        ("Either Ostrander or his lawyer said the ledger was altered.", "the ledger was altered"),
    ],
)
def test_neither_inside_the_content_or_another_clause_leaves_the_statement(text: str, content: str):
    [(found, _, _)] = attributed(text)
    assert found.startswith(content)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ostrander has denied any wrongdoing and has not been charged.", "any wrongdoing"),
        ("Ostrander denied wrongdoing and was released on bail.", "wrongdoing"),
        ("Ostrander denied the allegations and resigned on Friday.", "the allegations"),
        ("The sheriff criticized the audit and was later suspended.", "the audit"),
    ],
)
def test_a_predicate_joined_after_an_object_is_no_part_of_the_content(text: str, content: str):
    [(found, _, _)] = attributed(text)
    assert found == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ostrander denied the allegations and related charges.", "the allegations and related"),
        ("Belk said the county paid the fine and has not been charged.", "the county paid"),
        ("Ostrander denied that he took the cash and has not been charged.", "he took the cash"),
        ("The warden vowed not to rehire guards and has kept that word.", "not to rehire"),
        ("Belk cited a firm that audits jails and has offices in Ohio.", "a firm that audits"),
        ("The county ignored letters seeking to stop it and was sued.", "letters seeking"),
    ],
)
def test_a_noun_or_a_clause_after_and_stays_in_the_content(text: str, content: str):
    [(found, _, _)] = attributed(text)
    assert found.startswith(content) and " and " in found


def test_a_cue_joined_after_an_object_keeps_both_statements():
    text = "The audit recommended reforms and urged the warden to resign."
    assert [cue for _, _, cue in attributed(text)] == ["recommended", "urged"]


def _article(name: str) -> str:
    return (ARTICLES / name).read_text(encoding="utf-8")


def test_the_steered_grants_floor():
    name = "probe-fbi-grants.txt"
    assert (
        missing_speakers(
            name,
            [
                (
                    "Federal agents are investigating",
                    "four people familiar with the matter",
                    "group",
                ),
                ("her client “followed", "Renata Oyelaran", "person"),
                ("Mr. Whitcombe's office asked", "Internal emails", "document"),
                ("he had never discussed", "A person close to him", "person"),
                ("the findings were troubling", "Dana Kerrigan", "person"),
                ("the transfer was retaliation", "The complaint", "document"),
                ("the agency does not comment", "Luis Arbeláez", "person"),
                ("agents had also asked", "One of those people", "person"),
                ("her client attended the dinner", "Renata Oyelaran", "person"),
            ],
        )
        == []
    )
    found = contents(_article(name))
    assert not any(c.startswith("F.B.I. Examining") for c in found)  # the headline repeats
    assert not any("comment" in c and len(c) < 40 for c in found)  # no declining


def test_the_pharmacy_subpoenas_floor():
    name = "probe-state-ag-pharmacy.txt"
    assert (
        missing_speakers(
            name,
            [
                ("Attorneys general in five states", "court filings", "document"),
                ("We are looking at whether", "Simone Achterberg", "person"),
                ("it was cooperating with", "Crestway Pharmacy Holdings", "organization"),
                ("the chain set a goal", "The complaint", "document"),
                ("Any suggestion that we told", "Ivy Maldonado", "person"),
                ("the states were also examining", "One person familiar with the matter", "person"),
                ("the subpoenas were", "Felix Nakamura", "person"),
                ("the company had set aside", "Kendra Voss", "person"),
                ("his state had received", "Roy Pendergast", "person"),
            ],
        )
        == []
    )
    found = contents(_article(name))
    assert not any(c.startswith(("to comment", "to a request")) for c in found)


def test_the_surveillance_report_floor():
    name = "probe-ig-surveillance.txt"
    assert (
        missing_speakers(
            name,
            [
                ("The bureau's own rules", "the report", "document"),
                ("the errors were mostly", "A senior FBI official", "person"),
                ("Nobody was trying", "A senior FBI official", "person"),
                ("he would oppose any extension", "Arlo Brennan", "person"),
                ("We were told for years", "Tamsin Fairweather", "person"),
                (
                    "at least nine employees",
                    "Two current officials familiar with the bureau's internal review",
                    "group",
                ),
                ("the department “welcomes", "Noor Hadley", "person"),
                ("Every time one of these", "Patrice Omondi", "person"),
                (
                    "officials were unlikely",
                    "a person familiar with the administration's thinking",
                    "person",
                ),
            ],
        )
        == []
    )
    _, found = find_statements(_article(name))
    text = _article(name)
    assert not any(text[s.span[0] : s.span[1]].startswith("set by") for s in found)


@pytest.mark.parametrize(
    "text",
    [
        "The sheriff's office declined to confirm or deny that deputies searched the barn.",
        "A spokeswoman would not confirm or deny that the clerk had been interviewed.",
        "The county refused to confirm or deny the audit.",
        "Belk would neither confirm nor deny that her client was a target.",
    ],
)
def test_a_cue_joined_by_or_to_a_refused_or_negated_verb_says_nothing(text: str):
    assert attributed(text) == []


def test_a_refused_pair_inside_reported_content_stays_in_it():
    text = "The bureau said it does not confirm or deny the existence of inquiries."
    assert contents(text) == ["it does not confirm or deny the existence of inquiries"]


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ("Belk confirmed the audit or denied it, depending on the week.", ["confirmed", "denied"]),
        ("Belk said the ledger was lost or denied it was hers.", ["said", "denied"]),
    ],
)
def test_a_cue_joined_by_or_to_a_verb_said_stays_a_statement(text: str, cues: list[str]):
    assert [cue for _, _, cue in attributed(text)] == cues


_LAWYER = "Ms. Tran's lawyer, Joel Abara, said his client was innocent. "


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            _LAWYER + "Ivo Marsh did not return calls. His lawyer said Mr. Marsh had paid.",
            "Ivo Marsh’s lawyer",
        ),
        (_LAWYER + "Mr. Marsh's lawyer said the invoices were real.", "Mr. Marsh's lawyer"),
        (
            "Joel Abara, a lawyer for Ms. Tran, spoke first. The county's spokesman, Ed Lyle, "
            "said the review was over. Mr. Marsh's spokesman said the review was a sham.",
            "Mr. Marsh's spokesman",
        ),
    ],
)
def test_a_role_of_another_owner_is_no_earlier_holder_of_that_role(text: str, name: str):
    *_, (_, speaker, _) = attributed(text)
    assert speaker is not None and speaker.name == name


@pytest.mark.parametrize(
    "text",
    [
        _LAWYER + "Later, Ms. Tran's lawyer said the invoices were real.",
        _LAWYER + "“She paid every bill,” her lawyer said.",
        "Joel Abara, a lawyer for Ms. Tran, spoke first. The lawyer said the invoices were real.",
    ],
)
def test_a_role_of_the_same_owner_or_of_none_is_the_earlier_holder(text: str):
    *_, (_, speaker, _) = attributed(text)
    assert speaker is not None and speaker.name == "Joel Abara"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "“The books were cooked,” said one former auditor familiar with the case.",
            "one former auditor familiar with the case",
        ),
        (
            "“The books were cooked,” said a prosecutor close to the inquiry.",
            "a prosecutor close to the inquiry",
        ),
        (
            "The books were cooked, according to a detective involved in the case.",
            "a detective involved in the case",
        ),
        (
            "The books were cooked, said one official briefed on the matter.",
            "one official briefed on the matter",
        ),
    ],
)
def test_a_role_noun_with_what_it_knows_after_an_inverted_cue_is_the_whole_source(
    text: str, name: str
):
    assert speaker_of(text)[:2] == (name, "person")


def test_a_role_noun_with_a_plain_complement_keeps_its_role():
    assert speaker_of("“The books were cooked,” said the auditor in the case.")[0] == "the auditor"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The judge, Ines Varo, wrote that the county had failed to show cause.",
            "the county had failed to show cause",
        ),
        (
            "Varo wrote that the clerk had tried to disclose the loans.",
            "the clerk had tried to disclose the loans",
        ),
        ("Varo wrote the clerk had failed to report the loans.", "the clerk had failed to report"),
    ],
)
def test_a_clause_after_a_verb_of_writing_is_no_purpose_of_getting_in_touch(
    text: str, content: str
):
    [(found, _, cue)] = attributed(text)
    assert found.startswith(content) and cue == "wrote"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Varo wrote to members on Monday to say the vote was off.", "say"),
        ("Varo called reporters to say the vote was off.", "say"),
        ("Varo wrote to the board to urge a recount.", "urge"),
    ],
)
def test_a_verb_of_getting_in_touch_before_a_purpose_still_lends_it(text: str, cue: str):
    [(_, _, found)] = attributed(text)
    assert found == cue


@pytest.mark.parametrize(
    "text",
    [
        "BALTIMORE—The county paid the vendor twice, two auditors said.",
        "SANTA FE, N.M.—The county paid the vendor twice, two auditors said.",
        "BALTIMORE — The county paid the vendor twice, two auditors said.",
    ],
)
def test_a_dateline_before_an_em_dash_with_or_without_spaces_is_no_content(text: str):
    assert contents(text) == ["The county paid the vendor twice"]


def test_a_capitalised_word_and_a_lower_case_word_after_a_dash_stay_content():
    text = "Varo said the vote—and the NATO—backed plan—would fail."
    assert contents(text)[0].startswith("the vote")


@pytest.mark.parametrize(
    "text",
    [
        "The subpoena, dated May 2, seeks “every invoice for the gears.”",
        "One of the subpoenas, issued in June, demands the ledgers.",
        "The transcripts show that the clerk knew.",
    ],
)
def test_subpoenas_and_transcripts_are_documents(text: str):
    assert speaker_of(text)[1] == "document"


@pytest.mark.parametrize(
    "text",
    [
        "The fees were padded, according to people familiar with the audit and documents "
        "reviewed by The Wall Street Journal.",
        "The fees were padded, according to people close to the board and emails seen by The "
        "Washington Post.",
    ],
)
def test_sources_joined_to_documents_had_by_an_outlet_are_a_group_not_the_outlet(text: str):
    assert speaker_of(text)[1] == "group"


def test_a_reporter_for_an_outlet_keeps_the_outlet_in_the_role():
    name, kind, role = speaker_of("The fees were padded, said a reporter for The Ledger Tribune.")
    assert (kind, role) == ("person", "reporter for The Ledger Tribune")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ostrander has denied wrongdoing, and prosecutors have not charged him.", "wrongdoing"),
        (
            "Ostrander denied the allegations, and auditors were unable to confirm them.",
            "the allegations",
        ),
        ("The board urged Ostrander to resign, but members have since relented.", "Ostrander to"),
    ],
)
def test_a_clause_of_a_bare_plural_after_an_object_is_the_narrators(text: str, content: str):
    assert contents(text)[0].startswith(content) and "," not in contents(text)[0]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Ostrander denied the allegations, and the bridges and roads too.",
            "the allegations, and the bridges",
        ),
        ("Belk said the county grew, and analysts were surprised.", "the county grew"),
    ],
)
def test_a_plural_without_an_auxiliary_or_after_a_clause_is_left(text: str, content: str):
    assert contents(text)[0].startswith(content)
