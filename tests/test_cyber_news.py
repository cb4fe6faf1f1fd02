"""Cybersecurity news as a new analyst reads it: constructions found by trying whosaid on
invented stories of a ransomware attack on a hospital group, a retailer's data breach and a
security firm's report on a state-linked espionage campaign (in tests/data/speakers/), each
tested here on other invented sentences."""

from pathlib import Path

import pytest
from extraction_helpers import attributed, named, speaker_of

from tui.core.figures import find_figures


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("At least three banks said on Friday that their apps were down.", "At least three banks"),
        ("More than 20 clinics said they had cancelled surgeries.", "More than 20 clinics"),
        ("Nearly 40 agencies said the outage had ended.", "Nearly 40 agencies"),
        ("No fewer than 12 insurers said claims had doubled.", "No fewer than 12 insurers"),
        ("By Friday, 30 companies said they had patched the flaw.", "30 companies"),
        ("Five universities said their portals were offline.", "Five universities"),
        ("At least 40 nurses said the charts were on paper.", "At least 40 nurses"),
        ("The line was cut, and about 30 engineers said it was sabotage.", "about 30 engineers"),
    ],
)
def test_a_count_of_organizations_opening_its_clause_speaks(text: str, name: str):
    [(_, speaker, cue)] = attributed(text)
    assert speaker is not None and speaker.name == name
    assert cue == "said"


@pytest.mark.parametrize(
    "text",
    [
        "The worm reached 30 companies, researchers said.",
        "Regulators listed 14 carriers as well as 31 others that had merely said they were"
        " checking logs.",
    ],
)
def test_a_count_inside_a_clause_is_no_subject(text: str):
    assert all(not (n or "").endswith(("companies", "others")) for _, n, _ in named(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A user going by the handle @grey_finch wrote on X that the logs were real.",
            "@grey_finch",
        ),
        ("The account @leakwatch posted that the files were genuine.", "@leakwatch"),
        ("@corvid_ops wrote on Telegram that the deadline had passed.", "@corvid_ops"),
        ("The files were genuine, @leakwatch said.", "@leakwatch"),
    ],
)
def test_an_accounts_handle_speaks(text: str, name: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.name == name


def test_an_email_address_is_no_handle():
    text = "Write to tips@ledger.example said the notice on the door."
    assert all(not (n or "").startswith("@") for _, n, _ in named(text))


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Analysts said the insurer, which reported a loss of $40 million, could be sold.",
            "the insurer, which reported a loss of $40 million, could be sold",
        ),
        (
            "Ruiz said the director, who announced the audit last week, would step down.",
            "the director, who announced the audit last week, would step down",
        ),
    ],
)
def test_a_relative_clause_with_a_cue_inside_a_reported_clause_stays_inside(
    text: str, content: str
):
    assert named(text)[0][0] == content


def test_a_relative_clause_closing_a_reported_clause_is_still_its_own_statement():
    text = "Ruiz said she had called the director, who said the audit was over."
    assert named(text) == [
        ("she had called the director", "Ruiz", "said"),
        ("the audit was over", "the director", "said"),
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The two banks said separately on Friday that they had restored online access.",
            "they had restored online access",
        ),
        (
            "The vendor said publicly on its website that it had restored online access.",
            "it had restored online access",
        ),
        (
            "The insurer said quietly in a filing that it had restored online access.",
            "it had restored online access",
        ),
    ],
)
def test_an_adverb_before_an_adjunct_and_that_opens_no_content(text: str, content: str):
    assert [c for c, _, _ in named(text)] == [content]


def test_an_adverb_and_an_adjunct_without_that_keep_their_statement():
    text = "The vendor said privately in a call with clients it had restored access."
    [(content, name, _)] = named(text)
    assert content.endswith("it had restored access") and name == "The vendor"


@pytest.mark.parametrize(
    "text",
    [
        "Okoro, who examined a sample of the leaked files, said they were real.",
        "The engineer examined the malware and said it was a new strain.",
        "Investigators examined the wreckage on Sunday, police said.",
    ],
)
def test_examining_a_thing_by_hand_is_no_stance(text: str):
    assert "examined" not in [cue for _, _, cue in named(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The audit examined whether the vendor had encrypted the backups.",
        "The review examined the causes of the outage.",
    ],
)
def test_examining_a_question_stays_a_stance(text: str):
    assert [cue for _, _, cue in named(text)] == ["examined"]


@pytest.mark.parametrize(
    "text",
    [
        "An aide said the intruders copied the call logs, potentially revealing who was watched.",
        "The bug let outsiders read the chats, possibly disclosing what the board had discussed.",
        "The leak named the donors, thereby revealing who had paid for the campaign.",
    ],
)
def test_a_participle_after_a_hedge_is_a_consequence_not_a_statement(text: str):
    assert all(not cue.endswith("ing") for _, _, cue in named(text) if cue)


def test_a_participle_without_a_hedge_still_reports():
    text = "The agency released a report, revealing that the carriers had been warned."
    assert [cue for _, _, cue in named(text)] == ["revealing"]


@pytest.mark.parametrize(
    "text",
    [
        "Nurses at Calder Royal, the trust's busiest hospital, said the charts were on paper.",
        "Engineers at Tessel Grid, its main supplier, said the patch had failed.",
    ],
)
def test_one_thing_apposed_to_many_describes_their_complement(text: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.role is None
    assert speaker.name.startswith(("Nurses at", "Engineers at"))


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Nurses at the clinic, members of the union, said the charts were on paper.",
            "members of the union",
        ),
        # a common noun's complement: the one-thing appositive describes the many
        (
            "Nurses at the clinic, the backbone of the service, said they were tired.",
            "backbone of the service",
        ),
        (
            "Drivers at the depot, the heart of the network, said the buses were late.",
            "heart of the network",
        ),
    ],
)
def test_an_appositive_after_a_common_complement_still_describes_the_many(text: str, role: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.role == role


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The crew, which calls itself Ash Wren, said it held the keys.", "Ash Wren"),
        ("A gang calling itself Ash Wren said it held the keys.", "Ash Wren"),
        ("A group that calls itself Ash Wren claimed it held the keys.", "Ash Wren"),
        ("A man calling himself Vetch said he held the keys.", "Vetch"),
    ],
)
def test_a_name_a_group_calls_itself_speaks(text: str, name: str):
    [(_, speaker, cue)] = attributed(text)
    assert speaker is not None and speaker.name == name
    assert cue in {"said", "claimed"}


def test_calling_oneself_something_still_says_it():
    assert [cue for _, _, cue in named("Ruiz calls himself a realist.")] == ["calls"]


def test_a_thought_after_a_hedge_stays_a_thought():
    text = "The aides were gracious, perhaps recognizing that the debate was lost."
    assert [cue for _, _, cue in named(text)] == ["recognizing"]


@pytest.mark.parametrize(
    "text",
    [
        "The crew has been active since at least 2019, the advisory said.",
        "The contract runs until at least 2031.",
        "The group was active from at least 2018, the agency said.",
    ],
)
def test_a_year_bounded_by_at_least_is_no_figure(text: str):
    assert find_figures(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The breach hit at least 2000 accounts.", 2000),
        ("The vendor has paid at least 2021 claims since May.", 2021),
        # "from at least <n> to <m>": a move between two levels, no year
        ("Visits rose from at least 2000 to 3100 a week.", 2000),
        ("Output grew from at least 1950 to 2400 tonnes.", 1950),
    ],
)
def test_a_count_after_at_least_is_still_a_figure(text: str, value: int):
    [figure] = find_figures(text)
    assert figure.value == value and figure.qualifier == "at_least"


@pytest.mark.parametrize(
    "text",
    [
        "According to an advisory last week by the agency, the flaw was exploited in May.",
        "According to a study this year from Halvard Labs, the flaw was exploited in May.",
    ],
)
def test_when_a_sources_document_was_made_is_no_content(text: str):
    assert [c for c, _, _ in named(text)] == ["the flaw was exploited in May"]


def test_a_time_opening_the_content_after_according_to_stays_content():
    text = "According to officials this week was the worst, and more attacks came."
    assert named(text)[0][0].startswith("this week was the worst")


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        (
            "Halvard Labs attributed the intrusion to a crew it tracks as Dun Crane.",
            "the intrusion to a crew it tracks as Dun Crane",
            "attributed",
        ),
        (
            "The advisory attributes the attacks to the country's military intelligence.",
            "the attacks to the country's military intelligence",
            "attributes",
        ),
    ],
)
def test_attributing_an_attack_is_a_statement(text: str, content: str, cue: str):
    assert [(c, found) for c, _, found in named(text)] == [(content, cue)]


@pytest.mark.parametrize(
    "text",
    ["The remark was attributed to Lincoln.", "Outages attributed to the storm rose to 40."],
)
def test_attributed_in_the_passive_without_a_source_is_no_statement(text: str):
    assert named(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The county's Board of Elections said no votes were altered.",
            "Board of Elections",
        ),
        (
            "The city's Office of Emergency Management said no votes were altered.",
            "Office of Emergency Management",
        ),
        ("The state Department of Revenue said no returns were altered.", "Department of Revenue"),
    ],
)
def test_a_bodys_name_after_a_lower_case_owner_is_whole(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "organization")


def test_a_person_of_a_body_keeps_the_body_as_complement():
    text = "Ann Lee of the Board of Elections said no votes were altered."
    assert speaker_of(text)[0] == "Ann Lee"


@pytest.mark.parametrize(
    "text",
    [
        "The audit found gaps in the logs. Corvane blamed a crew, which it said had kept a key.",
        "The audit found gaps in the logs. Corvane said the logs were wiped, and it said a key "
        "was missing.",
    ],
)
def test_it_in_the_sentence_of_a_bare_name_stands_for_that_name(text: str):
    names = [n for _, n, _ in named(text)]
    assert names[1:] == ["Corvane"] * (len(names) - 1)
    assert len(names) == 3


def test_it_in_a_later_sentence_still_stands_for_the_organization():
    text = "The agency said it was fixed. Ann Lee said it was late, and it said more would come."
    assert named(text)[-1][1] == "The agency"


def _article(slug: str) -> str:
    path = Path(__file__).parent / "data" / "speakers" / f"cyber-{slug}.txt"
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("slug", "expected"),
    [
        (
            "hospital-ransomware",
            {
                ("Dana Okafor", "person"),
                ("Marcus Tully", "person"),
                ("FBI", "organization"),
                ("Nurses at Greystone General", "group"),
                ("Office of Health Information", "organization"),
            },
        ),
        (
            "retailer-breach",
            {
                ("Mira Castell", "person"),
                ("@dusk_ledger", "person"),
                ("At least two law firms", "group"),
                ("Ireland's Data Protection Commission", "organization"),
            },
        ),
        (
            "espionage-report",
            {
                ("Lukas Feld", "person"),
                ("Brightwater", "organization"),
                ("Ren Kavos", "person"),
                ("One U.S. official", "person"),
            },
        ),
    ],
)
def test_the_invented_articles_keep_their_speakers(slug: str, expected: set[tuple[str, str]]):
    text = _article(slug)
    found = {(s.name, s.kind) for _, s, _ in attributed(text) if s is not None}
    assert expected <= found


def test_the_espionage_report_keeps_no_hedged_consequence_nor_bounded_year():
    text = _article("espionage-report")
    assert "revealing" not in [cue for _, _, cue in attributed(text)]
    assert all(f.value != 2021 for f in find_figures(text))
