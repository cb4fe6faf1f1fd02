"""Accident and safety investigations as a new analyst reads them: constructions found by
trying whosaid on invented stories of a safety board's report on a floatplane crash and of a
coroner's inquest into a sawmill death (in tests/data/speakers/), each tested here on other
invented sentences, with near-misses that must not change."""

import pytest
from extraction_helpers import contents, missing_speakers, speaker_of, speakers_by_opening

from tui.core.figures import find_figures

# --- The victim of a harm is no speaker: "an inquest into the death of a worker said" ---


@pytest.mark.parametrize(
    ("text", "head"),
    [
        (
            "A jury at an inquest into the death of a welder has recommended that the city act.",
            "A jury",
        ),
        (
            "A panel at a hearing into the drowning of Tavi Olsen said that guards were absent.",
            "A panel",
        ),
        (
            "A jury at an inquest into the death of a roofer crushed by a crane has recommended "
            "that the province act.",
            "A jury",
        ),
        (
            "A coroner's jury examining the death of a guard recommended that cameras be added.",
            "A coroner's jury",
        ),
        (
            "A review panel studying the killing of a cyclist urged that lanes be added.",
            "A review panel",
        ),
    ],
)
def test_the_body_looking_into_a_harm_speaks_not_its_victim(text: str, head: str):
    name, kind, _ = speaker_of(text)
    assert name.startswith(head) and kind == "group"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "An inquiry into the death of Ona Pell found that staffing was short.",
            ("An inquiry", "document"),
        ),
        (
            "A lawyer for the family of a welder said that staffing was short.",
            ("A lawyer for the family of a welder", "person"),
        ),
        (
            "The sister of Ona Pell said that staffing was short.",
            ("The sister of Ona Pell", "person"),
        ),
        (
            "Economists polled by Reuters said that rates would rise.",
            ("Economists polled by Reuters", "group"),
        ),
    ],
)
def test_complements_with_no_harm_keep_their_speakers(text: str, speaker: tuple[str, str]):
    assert speaker_of(text)[:2] == speaker


# --- "said in a report released last year that": a time placed from now after the venue ---


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The agency said in a report released last year that the mill had been cited.",
            "the mill had been cited",
        ),
        (
            "The board said in a bulletin issued earlier this month that crews were tired.",
            "crews were tired",
        ),
        (
            "The union said in a letter sent late last week that members would walk out.",
            "members would walk out",
        ),
    ],
)
def test_a_venue_released_last_year_stays_out_of_the_content(text: str, content: str):
    assert contents(text) == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The firm said in a statement that it released last year's figures late.",
            "it released last year's figures late",
        ),
        ("The board said last year that crews were tired.", "crews were tired"),
        (
            "The agency said in a report released Tuesday that the mill was cited.",
            "the mill was cited",
        ),
    ],
)
def test_a_content_about_last_year_is_kept_whole(text: str, content: str):
    assert contents(text) == [content]


# --- The invented articles: their key statements and speakers ---


def test_floatplane_report_floor():
    assert (
        missing_speakers(
            "safety-floatplane-report.txt",
            [
                ("the hinge had been weakened", "Transportation Safety Board", "organization"),
                ("the aircraft climbed to roughly", "Investigators", "group"),
                ("The crack was visible", "Marta Lindqvist", "person"),
                (
                    "Transport Canada require operators",
                    "Transportation Safety Board",
                    "organization",
                ),
                ("it had already replaced", "Northbay Air Charters", "organization"),
                ("it would review the recommendations", "Transport Canada", "organization"),
                ("He told us the plane", "Camille Roux", "person"),
                ("they felt vindicated", "The family of the pilot", "group"),
                ("he believes many small operators", "Don Acheson", "person"),
            ],
        )
        == []
    )
    found = [c for c, _, _ in speakers_by_opening("safety-floatplane-report.txt")]
    assert not any(c.startswith(("whether the department", "Safety board")) for c in found)


def test_sawmill_coroner_floor():
    jury = "A jury at a coroner's inquest into the death of a sawmill worker crushed by a conveyor"
    assert (
        missing_speakers(
            "safety-sawmill-coroner.txt",
            [
                ("the state require automatic shutoffs", jury, "group"),
                ("There was no reason", "Nadia Okafor", "person"),
                ("a guard had been removed", jury, "group"),
                (
                    "the mill had been cited",
                    "The state Department of Labor and Industries",
                    "organization",
                ),
                ("it disagreed with some", "Pinecrest Lumber", "organization"),
                ("They knew", "Roy Delacruz", "person"),
                ("I want them to remember", "Lorraine Hemsworth", "person"),
                ("he had not known the guard", "Gus Tremblay", "person"),
            ],
        )
        == []
    )
    found = [c for c, _, _ in speakers_by_opening("safety-sawmill-coroner.txt")]
    assert not any(c.startswith(("fear of losing", "released last year")) for c in found)


# --- A plural subject with a complement, then a verb of change: what the level counts ---


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Deaths in the logging sector rose to 14 last year.", "deaths"),
        ("Collisions at the rail crossing fell to three from seven.", "collisions"),
        ("Fatal crashes on the coastal highway have risen to 12.", "crashes"),
        ("Complaints about the ferry operator climbed to 41 in May.", "complaints"),
    ],
)
def test_a_complemented_plural_subject_counts_its_level(text: str, unit: str):
    assert {f.unit for f in find_figures(text)} == {unit}


@pytest.mark.parametrize(
    "text",
    [
        "Jones rose to 300.",
        "Officers at the scene counted 12.",
        "Rents in the city rose to 1,742.",
        "Shares in the carrier rose to 12.",
    ],
)
def test_a_name_a_value_or_no_change_counts_nothing(text: str):
    assert {f.unit for f in find_figures(text)} <= {None, "dollar"}


# --- A kin or a role of a person hurt somewhere: "the father of a boy hurt in the crash" ---


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("The father of a cyclist hurt in the crash said that the lane was dark.", "The father"),
        (
            "The widow of a diver killed in the collapse told reporters that it was unsafe.",
            "The widow",
        ),
        ("The sister of a tenant trapped in the fire said that alarms failed.", "The sister"),
        (
            "A lawyer for the family of a trucker injured in the pileup said that it was icy.",
            "A lawyer",
        ),
    ],
)
def test_the_kin_of_someone_hurt_speaks_not_the_hurt(text: str, head: str):
    name, kind, _ = speaker_of(text)
    assert name.startswith(head) and kind == "person"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A cyclist hurt in the crash said that the lane was dark.", "A cyclist hurt in the crash"),
        (
            "Nurses at Hollin Hospital in Dayton said that staffing was short.",
            "Nurses at Hollin Hospital in Dayton",
        ),
        ("A farmer in Brack County said that the road was icy.", "A farmer in Brack County"),
    ],
)
def test_a_person_described_by_place_alone_still_speaks(text: str, speaker: str):
    assert speaker_of(text)[0] == speaker


# --- "The family of the pilot, Evan Roux, said": the name is the pilot's, the family speaks ---


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The family of the deckhand, Piet Laan, said they were grieving.",
            "The family of the deckhand",
        ),
        (
            "The family of the driver, 52-year-old Ines Moro, said she loved the job.",
            "The family of the driver",
        ),
        (
            "The families of the miners, Ari Holt and Ben Sayer, said they were angry.",
            "The families of the miners",
        ),
    ],
)
def test_a_name_after_a_family_of_someone_is_not_the_family(text: str, name: str):
    assert speaker_of(text)[:3] == (name, "group", None)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A lawyer for the family, Ines Moro, said the brakes failed.", "Ines Moro"),
        ("The Laan family, Piet and Ona, said they were grieving.", "Piet and Ona"),
        ("The lawyer for the driver, Ines Moro, said the brakes failed.", "Ines Moro"),
    ],
)
def test_a_name_apposed_to_a_role_or_to_the_family_itself_speaks(text: str, name: str):
    assert speaker_of(text)[0] == name


# --- "declined to comment, citing the inquiry": the reason for saying nothing ---


@pytest.mark.parametrize(
    "text",
    [
        "Crew members declined to comment, citing fear of reprisals.",
        "The operator would not discuss the derailment, citing the ongoing inquiry.",
        "Two mechanics refused to speak to reporters, citing company policy.",
        "The railway didn't comment on the findings, citing legal advice.",
    ],
)
def test_citing_after_a_refusal_to_answer_says_nothing(text: str):
    assert contents(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The ferry company cancelled its sailings, citing high winds.", "high winds"),
        ("The inspector resigned, citing health reasons.", "health reasons"),
        (
            "The union refused to talk about overtime until the yard reopens.",
            "to talk about overtime until the yard reopens",
        ),
        (
            "The board declined to comment on the timeline but said, citing its rules, that "
            "it would act.",
            "it would act",
        ),
    ],
)
def test_citing_after_any_other_deed_keeps_its_statement(text: str, content: str):
    assert contents(text) == [content]


# --- "according to testimony": a witness's testimony on record is a document ---


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The belt was running fast, according to testimony.", "testimony"),
        ("The belt was running fast, according to witness testimony.", "witness testimony"),
        ("Her testimony showed that the belt was running fast.", "Her testimony"),
    ],
)
def test_testimony_speaks_as_a_document(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "document")


def test_a_witness_saying_it_in_testimony_stays_a_person():
    assert speaker_of("Ines Moro said in testimony that the belt was fast.")[:2] == (
        "Ines Moro",
        "person",
    )
