"""Stories sourced to organisations, documents and outlets as a new analyst reads them:
constructions found by trying whosaid on invented stories of an inhaler recall, a bank
takeover and an airline's maintenance audit (in tests/data/speakers/), each tested here on
other invented sentences."""

import pytest
from extraction_helpers import speaker_of

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
def test_someone_for_a_firm_of_partners_is_one_person_not_the_partners(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "person")


@pytest.mark.parametrize(
    "text",
    [
        "Marks & Spencer said its sales rose.",
        "Fenwick & Moor said it would appeal the ruling.",
    ],
)
def test_a_firm_of_partners_is_an_organization(text: str):
    assert speaker_of(text)[1] == "organization"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tom & Ann said they would sell the farm.", "Tom & Ann"),
        ("A lawyer for Tom Hale & Ann Lee said they would appeal.", "Tom Hale & Ann Lee"),
    ],
)
def test_people_joined_by_an_ampersand_stay_a_group(text: str, name: str):
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
):
    assert speaker_of(text)[:2] == (name, kind)


def test_a_person_named_after_a_role_in_an_appositive_is_unchanged():
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
def test_whose_after_a_name_the_article_trades_leaves_it_a_company(text: str):
    assert speaker_of(text)[1] == "organization"


def test_whose_alone_still_tells_a_person():
    text = "Varga, whose last two films flopped, spoke to reporters. Varga said she was proud."
    assert speaker_of(text)[:2] == ("Varga", "person")
