"""Stories sourced to organisations, documents and outlets as a new analyst reads them:
constructions found by trying whosaid on invented stories of an inhaler recall, a bank
takeover and an airline's maintenance audit (in tests/data/speakers/), each tested here on
other invented sentences."""

from pathlib import Path

import pytest
from extraction_helpers import attributed, speaker_of

# --- a firm named for its partners, joined by "&" ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A spokesperson for Hartley & Voss said the plant was closed.",
            "A spokesperson for Hartley & Voss",
        ),
        ("A lawyer for Pell & Oduya said the fee was fair.", "A lawyer for Pell & Oduya"),
        (
            "A spokeswoman for Garrick & Sons said the shop would reopen.",
            "A spokeswoman for Garrick & Sons",
        ),
    ],
)
def test_someone_for_a_firm_of_partners_is_one_person_not_the_partners(
    text: str, name: str
) -> None:
    assert speaker_of(text)[:2] == (name, "person")


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "A spokesperson for Hartley & Voss, Ann Lee, said the plant was closed.",
            "spokesperson for Hartley & Voss",
        ),
        (
            "A lawyer for Pell & Oduya, Ivo Berg, said the fee was fair.",
            "lawyer for Pell & Oduya",
        ),
    ],
)
def test_a_named_voice_for_a_firm_of_partners_is_that_person(text: str, role: str) -> None:
    name, kind, found_role = speaker_of(text)
    assert kind == "person" and found_role == role and name in ("Ann Lee", "Ivo Berg")


@pytest.mark.parametrize(
    "text",
    [
        "Marks & Spencer said its sales rose.",
        "Fenwick & Moor said it would appeal the ruling.",
    ],
)
def test_a_firm_of_partners_is_an_organization(text: str) -> None:
    assert speaker_of(text)[1] == "organization"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tom & Ann said they would sell the farm.", "Tom & Ann"),
        ("A lawyer for Tom Hale & Ann Lee said they would appeal.", "Tom Hale & Ann Lee"),
    ],
)
def test_people_joined_by_an_ampersand_stay_a_group(text: str, name: str) -> None:
    assert speaker_of(text)[:2] == (name, "group")


# --- an appositive naming a body after its common noun ---------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Its largest shareholder, the investment firm Hallworth Capital, said it backs "
            "the board.",
            "Hallworth Capital",
            "organization",
        ),
        (
            "The bank's auditor, the accounting firm Keel Partners, said the books were sound.",
            "Keel Partners",
            "organization",
        ),
        (
            "The paper's owner, the media group Corran Press, said the paper would close.",
            "Corran Press",
            "media",
        ),
    ],
)
def test_a_body_named_after_its_common_noun_in_an_appositive_is_the_speaker(
    text: str, name: str, kind: str
) -> None:
    assert speaker_of(text)[:2] == (name, kind)


def test_a_person_named_after_a_role_in_an_appositive_is_unchanged() -> None:
    text = "Her husband, the former cyclist Marc Hale, said she was fine."
    assert speaker_of(text) == ("Marc Hale", "person", "husband")


# --- ", whose" after a company's name ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Shares in Orwin Blake rose 3 percent. Orwin Blake, whose founders were two weavers, "
        "said profits rose.",
        "Stock in Dunmore Hale fell. Dunmore Hale, whose name comes from two families, said it "
        "would cut jobs.",
    ],
)
def test_whose_after_a_name_the_article_trades_leaves_it_a_company(text: str) -> None:
    assert speaker_of(text)[1] == "organization"


def test_whose_alone_still_tells_a_person() -> None:
    text = "Varga, whose last two films flopped, spoke to reporters. Varga said she was proud."
    assert speaker_of(text)[:2] == ("Varga", "person")


# --- a newspaper's merged name; a body's name before an opening phrase's comma -----------------


@pytest.mark.parametrize(
    "text",
    [
        "The Courier-Ledger reported that the plant had closed.",
        "The Post-Gazette said the mayor had resigned.",
        "The Star-Tribune reported on Sunday that the bridge was unsafe.",
    ],
)
def test_a_paper_named_for_two_merged_papers_is_media(text: str) -> None:
    assert speaker_of(text)[1] == "media"


def test_a_hyphenated_surname_is_no_paper() -> None:
    text = "Ann Smith-Jones said the bridge was unsafe."
    assert speaker_of(text)[:2] == ("Ann Smith-Jones", "person")


@pytest.mark.parametrize(
    "text",
    [
        "According to emails seen by The Courier-Ledger, a quality engineer at the plant "
        "warned that a part had changed. “We will hurt someone,” the engineer wrote.",
        "In files obtained by the Herald, an engineer at the depot warned that a part had "
        "changed. “We will hurt someone,” the engineer wrote.",
    ],
)
def test_an_outlet_ending_an_opening_phrase_is_not_the_role_after_its_comma(text: str) -> None:
    name, kind, _ = attributed_speakers(text)[-1]
    assert kind == "person" and "Ledger" not in name and "Herald" not in name


def test_a_person_apposed_to_a_role_is_still_that_role_later() -> None:
    text = "The letter went to Ann Voss, a nurse at the clinic. “I was shocked,” the nurse said."
    assert speaker_of(text)[:2] == ("Ann Voss", "person")


def attributed_speakers(text: str) -> list[tuple[str, str, str | None]]:
    """(name, kind, role) of each statement's speaker, in text order."""
    return [
        (speaker.name, speaker.kind, speaker.role)
        for _, speaker, _ in attributed(text)
        if speaker is not None
    ]


# --- a claim filed in court speaks as a lawsuit does -----------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The claim says the board hid a higher offer.", "The claim"),
        ("The claim, filed in July, alleges that the board hid an offer.", "The claim"),
        ("A claim filed at the High Court alleges that the trustees lied.", "A claim"),
    ],
)
def test_a_claim_filed_is_a_document_speaking(text: str, name: str) -> None:
    assert speaker_of(text)[:2] == (name, "document")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The claim is false, the mayor said.", "The claim is false"),
        (
            "The company claims the board preferred another buyer.",
            "the board preferred another buyer",
        ),
    ],
)
def test_a_claim_judged_or_the_verb_claims_is_unchanged(text: str, content: str) -> None:
    [(said, speaker, _)] = attributed(text)
    assert said == content and speaker is not None and speaker.kind != "document"


def test_a_claim_someone_shares_is_still_theirs() -> None:
    text = "A page called Vale Watch shared it with the claim that the vote was rigged."
    [(_, speaker, cue)] = attributed(text)
    assert cue == "claim" and speaker is not None and speaker.name == "A page"


# --- "the regulator" after a body named for two fields joined by "and" ------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Competition and Markets Authority opened a review. The deal harms savers, the "
            "regulator said.",
            "Competition and Markets Authority",
        ),
        (
            "The Food and Drug Administration issued a warning. The pills are unsafe, the agency "
            "said.",
            "Food and Drug Administration",
        ),
        (
            "Dockers in the Harbour and Dock Workers' Union began a strike on Monday. The talks "
            "failed, the union said.",
            "the Harbour and Dock Workers' Union",
        ),
    ],
)
def test_a_body_named_for_two_fields_is_named_in_full_by_its_noun(text: str, name: str) -> None:
    assert speaker_of(text)[0].lower().removeprefix("the ") == name.lower().removeprefix("the ")


def test_an_acronym_before_and_is_another_body() -> None:
    text = (
        "The FBI and Drug Enforcement Administration raided a lab. It was lawful, the agency said."
    )
    assert speaker_of(text)[0] == "Drug Enforcement Administration"


# --- a refusal to disclose what a relative clause's antecedent names --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The bank has received interest from three buyers, which he declined to name.",
        "The buyers, whom she refused to identify, are foreign.",
        "It paid a settlement that the company declined to disclose.",
    ],
)
def test_declining_to_name_a_relatives_antecedent_says_nothing(text: str) -> None:
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("He declined to name the buyers.", "to name the buyers"),
        ("She refused to resign.", "to resign"),
    ],
)
def test_a_refusal_with_its_object_stays_a_stance(text: str, content: str) -> None:
    [(said, _, _)] = attributed(text)
    assert said == content


# --- a body's filed accounts are a document ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Skyvale lost money. The airline's accounts say the company had cut spending.",
            "The airline's accounts",
        ),
        ("Dorrin's accounts show that the firm lost money.", "Dorrin's accounts"),
        ("Its latest accounts show that it lost money.", "Its latest accounts"),
    ],
)
def test_a_bodys_accounts_saying_or_showing_are_its_financial_statements(
    text: str, name: str
) -> None:
    assert speaker_of(text)[:2] == (name, "document")


@pytest.mark.parametrize(
    "text",
    [
        "The airline's account said the flights were cancelled.",
        "The ministry's accounts posted that the border was closed.",
    ],
)
def test_an_owners_social_account_still_speaks_as_its_owner(text: str) -> None:
    assert speaker_of(text)[1] == "organization"


# --- an assessment in the passive, its verdict, then its agent -------------------------------


@pytest.mark.parametrize(
    ("text", "name", "content"),
    [
        (
            "The hospital was rated inadequate by the Care Quality Commission last year.",
            "Care Quality Commission",
            "The hospital was rated inadequate",
        ),
        (
            "The bridge was deemed unsafe by engineers.",
            "engineers",
            "The bridge was deemed unsafe",
        ),
        (
            "The loan is considered a risk by most lenders.",
            "most lenders",
            "The loan is considered a risk",
        ),
    ],
)
def test_the_agent_after_an_assessments_verdict_holds_it(
    text: str, name: str, content: str
) -> None:
    [(said, speaker, _)] = attributed(text)
    assert said == content and speaker is not None and speaker.name == name


@pytest.mark.parametrize(
    "text",
    ["The plan is considered risky.", "The road was deemed safe by Monday."],
)
def test_an_assessment_with_no_agent_is_still_no_ones(text: str) -> None:
    [(said, speaker, _)] = attributed(text)
    assert said == text.rstrip(".") and speaker is None


# --- "the company" is not the body a filing or a letter went to -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Acme Corp lost money. In a filing with the SEC, the company said it expected losses.",
        "Brill Foods wrote to the FTC last week. The company said it would appeal.",
        "Brill Foods complained to Ofcom. The company said the rules were unfair.",
    ],
)
def test_the_company_is_not_the_body_it_wrote_or_filed_to(text: str) -> None:
    assert speaker_of(text)[0] in ("Acme Corp", "Brill Foods")


def test_the_company_with_no_company_named_stays_unnamed() -> None:
    text = "In a filing with the SEC, the company said it expected losses."
    assert speaker_of(text)[:2] == ("the company", "organization")


def test_a_company_named_after_a_filing_is_still_the_company() -> None:
    text = "In a filing, Acme Corp said it expected losses. The company said it would cut jobs."
    assert [s[0] for s in attributed_speakers(text)] == ["Acme Corp", "Acme Corp"]


# --- a body of people counted after "of" ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A group of 40 doctors said the ward was unsafe.", "A group of 40 doctors"),
        ("A group of 1,200 members said the vote was rushed.", "A group of 1,200 members"),
        ("A team of 30 scientists found that the water was safe.", "A team of 30 scientists"),
        ("A coalition of 12 charities said the plan was unfair.", "A coalition of 12 charities"),
    ],
)
def test_a_body_and_its_counted_members_speak_as_one_phrase(text: str, name: str) -> None:
    assert speaker_of(text)[0] == name


@pytest.mark.parametrize(
    "text",
    [
        "A group of 40 doctors said the ward was unsafe. The doctors said the minister knew.",
        "A group of doctors said the ward was unsafe. The doctors said the minister knew.",
    ],
)
def test_the_members_again_are_the_body_they_were_counted_in(text: str) -> None:
    assert attributed_speakers(text)[-1][0].startswith("A group of")


def test_other_members_again_are_others() -> None:
    text = "A group of 40 doctors said the ward was unsafe. The nurses said the minister knew."
    assert [s[0] for s in attributed_speakers(text)] == ["A group of 40 doctors", "The nurses"]


def test_residents_of_counted_homes_are_unchanged() -> None:
    text = "Residents of 40 homes said the water was brown."
    assert speaker_of(text)[0] == "Residents of 40 homes"


# --- a firm whose name is a possessive ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Moody's warned that the bank's capital was thin.", "Moody's"),
        ("Sainsbury's said its sales rose in the spring.", "Sainsbury's"),
        ("Standard & Poor's said it might cut the rating.", "Standard & Poor's"),
        ("Sales rose, Sainsbury's said.", "Sainsbury's"),
    ],
)
def test_a_firm_named_as_a_possessive_speaks_by_its_name(text: str, name: str) -> None:
    assert speaker_of(text)[0] == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ann Hale spoke first. Hale's said she would appeal.", "Ann Hale"),
        ("He's told reporters the plant will close.", "He"),
        (
            "Tom Reyes said the dock was unsafe. Ivy Lund's boat sank there in May. She said "
            "the town had ignored her.",
            "Ivy Lund",
        ),
    ],
)
def test_a_persons_possessive_or_contraction_is_unchanged(text: str, name: str) -> None:
    assert attributed_speakers(text)[-1][0] == name


def test_an_adjective_after_a_possessive_is_no_cue() -> None:
    text = "Stumpf's repeated emphasis that few staff were involved angered senators."
    assert attributed(text) == []


# --- the three invented articles: key speakers and statements ----------------------------------

ARTICLES = Path(__file__).parent / "data" / "speakers"


def article_said(name: str) -> dict[str, tuple[str, str]]:
    """Each statement's content of an invented article, with its speaker's (name, kind)."""
    text = (ARTICLES / name).read_text(encoding="utf-8")
    return {
        said: (speaker.name, speaker.kind)
        for said, speaker, _ in attributed(text)
        if speaker is not None
    }


def test_the_recall_article_keeps_its_firm_its_outlet_and_its_documents() -> None:
    said = article_said("institutions-inhaler-recall.txt")
    speakers = set(said.values())
    assert ("A spokesperson for Hartley & Voss", "person") in speakers
    assert ("Hartley & Voss", "organization") in speakers
    assert ("Morgan Stanley", "organization") in speakers
    assert not any("Courier-Ledger" in name for name, _ in speakers)
    assert said["No deaths have been reported"][0] == "A spokesperson for Hartley & Voss"
    assert said["If we keep shipping these, somebody is going to get hurt"] == (
        "the engineer",
        "person",
    )
    assert said["The public deserves to know what the FDA knew, and when"] == (
        "the letter",
        "document",
    )


def test_the_bank_article_keeps_its_regulator_its_claim_and_its_members() -> None:
    said = article_said("institutions-bank-merger.txt")
    speakers = set(said.values())
    assert ("Whitlock Fairbanks", "organization") in speakers
    assert ("Competition and Markets Authority", "organization") in speakers
    assert ("Markets Authority", "organization") not in speakers
    assert ("The claim", "document") in speakers
    assert ("A group of 1,200 members", "group") in speakers
    assert ("The Financial Times", "media") in speakers
    assert not any(content == "to name" for content in said)


def test_the_airline_article_keeps_its_shareholder_and_its_accounts() -> None:
    said = article_said("institutions-airline-audit.txt")
    speakers = set(said.values())
    assert ("Hallworth Capital", "organization") in speakers
    assert ("The airline's accounts", "document") in speakers
    assert ("The 46-page audit", "document") in speakers
    assert ("Ingrid Solberg", "person") in speakers
    assert ("Reuters", "media") in speakers
