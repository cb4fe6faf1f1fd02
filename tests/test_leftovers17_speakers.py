"""Session 16's closing leftovers on speakers, kinds and pronouns (session 17, list A), each a
construction class tested on invented sentences, with near-misses that must not change."""

import pytest
from extraction_helpers import attributed, speaker_names

from tui.core.speaker_kinds import marked_kind


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ann Lee said the fund was safe. Amara Kone was less sure. “Wait for it,” she said.",
            "Amara Kone",
        ),
        (
            "Tom Hale said the plan was sound. Oba Tunde was not convinced. “Show me,” he said.",
            "Oba Tunde",
        ),
        (
            "Mark Bell said rents would rise. On Friday, Kiri Moana disagreed. “They will fall,” "
            "he said.",
            "Kiri Moana",
        ),
        # a role before the name, apposed
        (
            "Ana Ruiz said the port was ready. The city's police chief, Jo Kirra, disagreed. "
            "She said crime was up.",
            "Jo Kirra",
        ),
        (
            "Ana Ruiz said the port was ready. Kelmar's finance minister, Ode Baptiste, was "
            "less sure. “We need time,” he said.",
            "Ode Baptiste",
        ),
        (
            "Tom Bakr said the deal was good. The Orun Islands' Prime Minister, Tevita Lomu, "
            "was more cautious. He told reporters the deal was not done.",
            "Tevita Lomu",
        ),
        (
            "The Orun Islands' Prime Minister, Tevita Lomu, was more cautious. He told "
            "reporters the deal was not done.",
            "Tevita Lomu",
        ),
    ],
)
def test_the_lone_subject_just_read_is_taken_over_an_older_speaker(text: str, name: str):
    assert speaker_names(text)[-1] == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # another name competes in the sentence just read
        (
            "Ann Lee said the fund was safe. Amara Kone met Oba Tunde. “Wait for it,” she said.",
            "Ann Lee",
        ),
        # the subject just read is of the other gender
        (
            "Ann Lee said the fund was safe. Tom Hale was less sure. “Wait for it,” she said.",
            "Ann Lee",
        ),
        # a pronoun there tells someone else, or the other gender
        (
            "Ann Lee said the fund was safe. Amara Kone phoned her. “Wait for it,” she said.",
            "Ann Lee",
        ),
        (
            "Ann Lee said the fund was safe. Amara Kone sold his shares. “Wait for it,” she said.",
            "Ann Lee",
        ),
        # the name is not in the sentence just before
        (
            "Ann Lee said the fund was safe. Amara Kone was less sure. The mood was grim. "
            "“Wait for it,” she said.",
            "Ann Lee",
        ),
        # the apposed name's role noun is of the other gender
        (
            "Ann Lee said the fund was safe. Amara Kone's son, Ekow Kone, was there. "
            "“Wait for it,” she said.",
            "Ann Lee",
        ),
    ],
)
def test_the_older_speaker_stays_when_the_subject_just_read_cannot_be_meant(text: str, name: str):
    assert speaker_names(text)[-1] == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "For 41 years, Arne Holm has rowed the ferry. On Friday he makes his last crossing. "
            "“It is time,” he says.",
            "Arne Holm",
        ),
        (
            "Sela Vunipola has run the bakery since 1990. She still opens at five. “Bread "
            "waits for no one,” she said.",
            "Sela Vunipola",
        ),
        (
            "Dagny Holm has taught in the village for decades. Now she is retiring. She will "
            "miss the children. “They kept me young,” she said.",
            "Dagny Holm",
        ),
    ],
)
def test_a_pronoun_chain_through_narrative_carries_the_one_person_named(text: str, name: str):
    assert speaker_names(text)[-1] == name


@pytest.mark.parametrize(
    "text",
    [
        # two names, so either
        "Arne Holm met Nils Dahl at the dock. He rows on Friday. “It is time,” he says.",
        # a name in the narrative between
        "Arne Holm has rowed the ferry. He met Nils Dahl on Friday. “It is time,” he says.",
        # too many sentences between
        "Arne Holm has rowed the ferry. He rows at dawn. He rows at dusk. He rests at noon. "
        "He sleeps at night. “It is time,” he says.",
        # a sentence between whose subject is no pronoun
        "Arne Holm has rowed the ferry. The sea was rough. He rows on. “It is time,” he says.",
    ],
)
def test_no_pronoun_chain_past_another_name_or_far_back(text: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.name != "Arne Holm"


@pytest.mark.parametrize(
    "name",
    ["Canon Europe", "Fenwick Asia", "Marlow Global", "Tesco UK", "Pellam Americas"],
)
def test_a_name_with_a_region_or_reach_after_its_own_word_is_an_organization(name: str):
    [(_, speaker, _)] = attributed(f"{name} said sales fell in the second quarter.")
    assert speaker is not None and (speaker.name, speaker.kind) == (name, "organization")


@pytest.mark.parametrize(
    ("words", "kind"),
    [
        (["Canon", "Europe"], "organization"),
        (["North", "America"], None),
        (["East", "Asia"], None),
        (["Sub-Saharan", "Africa"], None),
        (["Continental", "Europe"], None),
        (["Europe"], None),
    ],
)
def test_a_region_after_a_word_that_makes_a_place_of_it_is_no_company(
    words: list[str], kind: str | None
):
    assert marked_kind(words) == kind


@pytest.mark.parametrize(
    "again",
    [
        "A spokesperson added that repairs would start soon.",
        "A company spokesperson said repairs would start soon.",
        "The spokesperson added that repairs would start soon.",
        "Repairs would start soon, a spokesperson added.",
    ],
)
def test_a_spokesperson_again_is_the_one_of_the_body_brought_in(again: str):
    text = f"A spokesperson for Dunmore Water said the pipes were old. {again}"
    first, second = attributed(text)
    assert first[1] is second[1]
    assert second[1] is not None and second[1].name == "A spokesperson for Dunmore Water"


@pytest.mark.parametrize(
    "again",
    [
        "Another spokesperson added that repairs would start soon.",
        "A police spokesperson said repairs would start soon.",
        "A spokesperson for Kelby Rail said repairs would start soon.",
        "A resident added that repairs would start soon.",
    ],
)
def test_another_or_another_body_s_spokesperson_is_someone_else(again: str):
    text = f"A spokesperson for Dunmore Water said the pipes were old. {again}"
    first, second = attributed(text)
    assert first[1] is not second[1]


@pytest.mark.parametrize(
    "phrase",
    [
        "The company Musk runs",
        "The charity Ann Lee set up",
        "A firm Jones founded",
        "The bank Tom Hale chairs",
        "The small agency Odile Bern started",
    ],
)
def test_a_body_described_by_a_clause_with_a_name_for_subject_is_not_named(phrase: str):
    [(_, speaker, _)] = attributed(f"{phrase} said it would appeal the ruling.")
    assert speaker is not None
    assert (speaker.name, speaker.kind, speaker.named) == (phrase, "organization", False)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the name in apposition names the body
        ("The tracking firm Brillo said sales fell.", "Brillo"),
        # the verb is the speaker's, the name its object's
        ("The company said Musk runs it.", "The company"),
    ],
)
def test_a_body_named_in_apposition_or_a_clause_of_the_content_stays(text: str, name: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.name == name


@pytest.mark.parametrize(
    ("text", "role", "kind"),
    [
        (
            "Sue Patel, of the Harbour Alliance, said the port was busy.",
            "Harbour Alliance",
            "person",
        ),
        (
            "Sue Patel, 44, of the Harbour Alliance, said the port was busy.",
            "Harbour Alliance",
            "person",
        ),
        ("Lena Berg, of Greenway Trust, said the park would close.", "Greenway Trust", "person"),
        (
            "Ann Lee, of the University of Leeds, said the data were thin.",
            "University of Leeds",
            "person",
        ),
        (
            "Kiri Moana, of the Harbour Alliance, said the port was busy.",
            "Harbour Alliance",
            "person",
        ),
    ],
)
def test_an_appositive_of_a_body_named_is_the_affiliation(text: str, role: str, kind: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and (speaker.role, speaker.kind) == (role, kind)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # where the speaker lives
        ("Tom Hale, of Dover, said the port was busy.", None),
        ("Tom Hale, 58, of Dover, a retired teacher, said the port was busy.", "retired teacher"),
    ],
)
def test_an_appositive_of_a_place_is_no_affiliation(text: str, role: str | None):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.role == role


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Vantor Holdings said profit rose. According to its annual report, sales fell in "
            "Asia. It said costs were up.",
            "Vantor Holdings",
        ),
        (
            "Profit at Vantor Holdings rose 5%, according to its annual report. It said costs "
            "were up.",
            "Vantor Holdings",
        ),
        (
            "The Harlow Trust said it had 300 members. According to its accounts, it spent "
            "£2m. It said the money was well used.",
            "Harlow Trust",
        ),
    ],
)
def test_it_after_a_body_s_own_document_cited_is_the_body(text: str, name: str):
    assert speaker_names(text)[-1] == name


@pytest.mark.parametrize(
    "text",
    [
        # the document speaks itself
        "Its annual report said sales rose. It also found costs were up.",
        # a document of no "its"
        "Vantor Holdings said profit rose. According to a court filing, sales fell. It said "
        "costs were up.",
    ],
)
def test_it_after_a_document_speaking_or_not_the_body_s_stays_the_document(text: str):
    _, *_, (_, speaker, _) = attributed(text)
    assert speaker is not None and speaker.kind == "document"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("The Emir of Qatar, Sheikh Tamim, said the talks were over.", "Tamim", "Emir of Qatar"),
        (
            "The Sultan of Bantar, Idris Shah, said the talks were over.",
            "Idris Shah",
            "Sultan of Bantar",
        ),
        (
            "The King of Lesotho, Letsie Mohato, said the talks were over.",
            "Letsie Mohato",
            "King of Lesotho",
        ),
        ("Prince Kofi Adjei said the palace would reopen.", "Kofi Adjei", "Prince"),
        ("“We will rebuild,” said Queen Amina.", "Amina", "Queen"),
        # a surname that is a title's word stays a name
        ("Ann King said the road was shut.", "Ann King", None),
    ],
)
def test_a_crown_s_office_is_a_role_with_its_place_and_its_holder_apposed(
    text: str, name: str, role: str | None
):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and (speaker.name, speaker.role) == (name, role)
