"""Session 16's leftovers on speakers, kinds and pronouns, each a construction class tested
on invented sentences, with near-misses that must not change."""

import pytest
from extraction_helpers import attributed, speaker_names, speaker_of


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Amara Kone struck a note of caution. “We are not there yet,” he said.", "Amara Kone"),
        ("Oyelaran Bisi looked tired.\n\n“It was a long night,” she said.", "Oyelaran Bisi"),
        (
            "Tom Hale said the vote was close. Nneka Eze was less sure. “Wait,” she said.",
            "Nneka Eze",
        ),
        (
            "Tavi Ansah, the chief executive, struck a hopeful tone. “We will grow,” he said.",
            "Tavi Ansah",
        ),
        ("On Monday, Dagny Holm sounded tired. “It was a long night,” she said.", "Dagny Holm"),
        ("But Dagny Holm sounded tired. “It was a long night,” she said.", "Dagny Holm"),
        (
            "Finance Minister Tavi Ansah struck a hopeful tone. “We will grow,” he said.",
            "Tavi Ansah",
        ),
        # the subject found as for "his"/"her" (registry._opening_subject): any aside after a
        # comma, not only one opening with an article
        (
            "Tavi Ansah, who runs the co-op, struck a hopeful tone. “We will grow,” he said.",
            "Tavi Ansah",
        ),
    ],
)
def test_a_pronoun_stands_for_the_one_name_opening_the_sentence_before(text: str, name: str):
    assert speaker_names(text)[-1] == name


@pytest.mark.parametrize(
    "text",
    [
        # another name competes in that sentence
        "Amara Kone met Oba Tunde on Monday. “We are not there yet,” he said.",
        "On Monday, Amara Kone met Oba Tunde. “We are not there yet,” he said.",
        "Amara Kone, who met Oba Tunde, struck a note. “We are not there yet,” he said.",
        # a body's name, by its marker
        "Brightwater Capital struck a note of caution. “We are not there yet,” he said.",
        # a given name of the other gender
        "Anna Berg struck a note of caution. “We are not there yet,” he said.",
        # the name is not in the sentence just before
        "Amara Kone struck a note on Monday. The mood was grim. “We are not there,” he said.",
        # the name does not open its sentence
        "The rain fell as Amara Kone spoke. “We are not there yet,” he said.",
    ],
)
def test_no_pronoun_is_resolved_to_a_name_another_competes_with_or_far_back(text: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and not speaker.named


def test_the_lone_subject_just_read_is_taken_over_a_speaker_of_that_gender_before():
    # as for "Nneka Eze" above, whose given name tells her gender (session 17, leftovers A #1)
    text = "Ann Lee said the vote was close. Amara Kone was less sure. “Wait,” she said."
    assert speaker_names(text) == ["Ann Lee", "Amara Kone"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The UN refugee agency (UNHCR) said the camps were full. UNHCR added that tents "
            "were needed.",
            "UN refugee agency (UNHCR)",
        ),
        (
            "The national weather office (NWX) said storms were coming. NWX added that roads "
            "would flood.",
            "The national weather office (NWX)",
        ),
        (
            "ICRA, the UN food agency, said stocks were low. The UN food agency added that "
            "trucks were stuck.",
            "UN food agency (ICRA)",
        ),
        (
            "ICRA, the UN food agency, said stocks were low. The agency added that trucks were "
            "stuck.",
            "ICRA",
        ),
        (
            "ICRA, the UN food agency, said stocks were low. The food agency added that trucks "
            "were stuck.",
            "ICRA",
        ),
    ],
)
def test_a_body_and_its_declared_acronym_or_apposed_description_are_one_speaker(
    text: str, name: str
):
    assert speaker_names(text) == [name, name]


@pytest.mark.parametrize(
    "text",
    [
        # another sort of agency
        "ICRA, the UN food agency, said stocks were low. The health agency added that clinics "
        "were shut.",
        # an acronym never declared
        "The UN refugee agency said the camps were full. UNHCR added that tents were needed.",
        # a parenthesis that is no acronym
        "The UN refugee agency (in Geneva) said the camps were full. UNHCR added that tents "
        "were needed.",
    ],
)
def test_a_description_or_acronym_not_declared_for_a_body_stays_apart(text: str):
    first, second = speaker_names(text)
    assert first != second


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The mayor said the bridge would close. Mayor Salvo Martello later said repairs "
            "would take a year.",
            "Salvo Martello",
        ),
        (
            "The fire chief said the blaze was out. Fire Chief Dana Cole said two homes were lost.",
            "Dana Cole",
        ),
        (
            "The headteacher said the school would shut.\n\nThe school's headteacher, Ines "
            "Maro, said lessons would move online.",
            "Ines Maro",
        ),
    ],
)
def test_a_role_said_before_its_only_named_holder_is_that_holder(text: str, name: str):
    assert speaker_names(text) == [name, name]


@pytest.mark.parametrize(
    "text",
    [
        # another office of that noun
        "The mayor said the bridge would close. Tom Hale, the deputy mayor, said repairs "
        "would take a year.",
        "The mayor said the bridge would close. Former mayor Ivo Pel said repairs would "
        "take a year.",
        # the modifiers name another chief
        "The fire chief said the blaze was out. Police Chief Dana Cole said two homes were lost.",
        # two holders of the role
        "The mayor said the bridge would close. Mayor Salvo Martello said repairs would "
        "take a year. Mayor Ana Ruiz of Brill said her town would help.",
        # another gender
        "The spokeswoman said the bridge would close. Spokesman Tom Hale said repairs would "
        "take a year.",
    ],
)
def test_a_role_said_before_is_no_holder_of_another_office_or_of_two(text: str):
    first = attributed(text)[0][1]
    assert first is not None and not first.named


@pytest.mark.parametrize(
    "description",
    ["grid operator", "national grid operator", "rail operator", "pipeline operator"],
)
def test_the_operator_of_a_system_is_an_organization_and_the_operator_after_it(description):
    text = f"The {description} said supplies were tight. The operator added that prices would rise."
    (_, first, _), (_, second, _) = attributed(text)
    assert first is not None and first.kind == "organization"
    assert second is first


@pytest.mark.parametrize("description", ["crane operator", "camera operator", "radio operator"])
def test_the_operator_of_a_machine_stays_a_person(description: str):
    [(_, speaker, _)] = attributed(f"The {description} said the load slipped.")
    assert speaker is not None and speaker.kind == "person"


@pytest.mark.parametrize(
    "paper",
    [
        "The Orange County Register",
        "The Tarn Valley Register",
        "The Brill County Sentinel",
        "The Tarn County Ledger",
    ],
)
def test_a_masthead_after_the_and_a_place_of_two_words_is_media(paper: str):
    [(_, speaker, _)] = attributed(f"{paper} said the plan was flawed.")
    assert speaker is not None and speaker.kind == "media"


@pytest.mark.parametrize(
    "body", ["The Orange County Council", "The Tarn Valley Authority", "The Brill County Board"]
)
def test_a_body_after_the_and_a_place_of_two_words_stays_an_organization(body: str):
    [(_, speaker, _)] = attributed(f"{body} said the plan was flawed.")
    assert speaker is not None and speaker.kind == "organization"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Msgr. Ivo Rey said the church would reopen.", "Ivo Rey", "Msgr."),
        ("Msgr. Rey said the church would reopen.", "Rey", "Msgr."),
        ("Abbot Anselm Kopp said the monks were safe.", "Anselm Kopp", "Abbot"),
        ("Abbess Hild Marsh said the abbey was closed.", "Hild Marsh", "Abbess"),
        ("Mullah Karim Tahar said the talks had failed.", "Karim Tahar", "Mullah"),
    ],
)
def test_clerical_titles_are_titles_not_part_of_the_name(text: str, name: str, role: str):
    assert speaker_of(text) == (name, "person", role)


def test_the_monsignor_is_the_msgr_named_before():
    text = "Msgr. Ivo Rey said the church would reopen. The monsignor added that it was cold."
    assert speaker_names(text) == ["Ivo Rey", "Ivo Rey"]


@pytest.mark.parametrize(
    ("text", "name"),
    [("Canon said profits rose.", "Canon"), ("Canon Europe said profits rose.", "Canon Europe")],
)
def test_a_company_named_like_a_clerical_title_is_no_title(text: str, name: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None
    # the whole name, no clerical role taken from it, and no person; its kind is a known gap:
    # a bare company name with no marker is still "unknown", not yet "organization"
    assert (speaker.name, speaker.role) == (name, None)
    assert speaker.kind in {"organization", "unknown"}


@pytest.mark.parametrize(
    "text",
    [
        "Analyst Ann Index said the plan was flawed.",
        "Ann Index, 42, said the plan was flawed.",
        "Ann Index, an analyst at Brill, said the plan was flawed.",
        "Ms. Index said the plan was flawed.",
        "Ann Bank, who runs a bakery, said the plan was flawed.",
        "Tom Church said the plan was flawed. Mr. Church farms near Tarn.",
        # every title of courtesy, not only "Mr." and "Ms.": "Dr.", "Prof.", "Dame"
        "Dr. Ann Seeds said the plan was flawed.",
        "Dr Index said the plan was flawed.",
        "Prof. Ann Index said the plan was flawed.",
        "Dame Ann Produce said the plan was flawed.",
        "Tom Bank said the plan was flawed. Dr. Bank farms near Tarn.",
    ],
)
def test_a_persons_surname_that_is_an_organizations_word_stays_a_persons(text: str):
    speaker = attributed(text)[0][1]
    assert speaker is not None and speaker.kind == "person"


@pytest.mark.parametrize(
    "text",
    [
        "Walter Energy said the plan was flawed.",
        "Grace Church said the service was cancelled.",
        "Queen Elizabeth Hospital said the ward was closed.",
        # a title only before a place's or another word's name: no person's
        "St Helens Water said the plan was flawed.",
        "Tan Holdings said the plan was flawed.",
        "The Wildlife Justice Network said the plan was flawed.",
    ],
)
def test_a_body_named_for_a_person_or_a_cause_stays_an_organization(text: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.kind == "organization"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Critics say the company Elon Musk runs is overvalued. Musk said the shares were "
            "cheap.",
            "Elon Musk",
        ),
        (
            "Critics say the charity Ann Lee set up is badly run. Lee said the charity was well "
            "run.",
            "Ann Lee",
        ),
        ("Critics say a firm Tom Jones founded is failing. Jones said it was fine.", "Tom Jones"),
    ],
)
def test_a_name_inside_a_contact_clause_stays_the_persons(text: str, name: str):
    speaker = attributed(text)[1][1]
    assert speaker is not None and (speaker.name, speaker.kind) == (name, "person")


@pytest.mark.parametrize(
    ("craft", "kind"),
    [("boat", "person"), ("trawler", "person"), ("yacht", "person"), ("tanker", "organization")],
)
def test_a_small_crafts_owner_is_a_person_a_tankers_a_company(craft: str, kind: str):
    [(_, speaker, _)] = attributed(f"The {craft}'s owner said the crew had been rescued.")
    assert speaker is not None and speaker.kind == kind


@pytest.mark.parametrize("text", ["Ann Now said the plan was flawed.", "Kim Now said it was late."])
def test_a_known_given_name_and_a_slogans_adverb_is_a_persons_name(text: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.kind == "person"


@pytest.mark.parametrize("trade", ["crane operator", "camera operator", "forklift operator"])
def test_a_companys_role_noun_alone_after_a_person_of_that_trade_is_that_person(trade: str):
    noun = trade.split()[-1]
    text = f"The {trade} said the load slipped. The {noun} added that the wind was strong."
    (_, first, _), (_, second, _) = attributed(text)
    assert first is not None and first.kind == "person" and second is first


def test_a_companys_role_noun_alone_with_no_such_person_stays_a_body():
    [(_, speaker, _)] = attributed("The operator said the load slipped.")
    assert speaker is not None and speaker.kind == "organization"


@pytest.mark.parametrize(
    "opening",
    [
        "Harbour Road was shut for a day.",
        "Lake Morra froze over last week.",
        "Fenn Valley flooded again on Monday.",
        "South Arlow was quiet.",
        "New Tessel was calm on Sunday.",
        "Upper Brookville stayed dark.",
        "Queen's Cross was closed on Friday.",
    ],
)
def test_a_pronoun_stands_for_no_place_opening_the_sentence_before(opening: str):
    text = f"Police said the bridge was closed. {opening} “It was grim,” he said."
    assert speaker_names(text)[-1] == "he"


@pytest.mark.parametrize(
    ("opening", "name"),
    [
        # a known given name, or a role, tells a person despite a place's word
        ("Tom Lake was angry.", "Tom Lake"),
        ("Councillor Abi Valley was angry.", "Abi Valley"),
        ("Amara Kone was angry.", "Amara Kone"),
    ],
)
def test_a_pronoun_still_stands_for_a_person_named_like_a_place(opening: str, name: str):
    text = f"Police said the bridge was closed. {opening} “It was grim,” he said."
    assert speaker_names(text)[-1] == name


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a role, a title or a given name before a surname in -s: one person
        ("Bank of Tessaly CEO Withers said margins held.", "Withers", "Bank of Tessaly CEO"),
        ("Union of Tessaly Chair Sanders said margins held.", "Sanders", "Union of Tessaly Chair"),
        (
            "Bank of Tessaly Governor Peters said margins held.",
            "Peters",
            "Bank of Tessaly Governor",
        ),
    ],
)
def test_a_surname_in_s_after_a_bodys_role_is_a_person(text: str, name: str, role: str):
    assert speaker_of(text) == (name, "person", role)


@pytest.mark.parametrize(
    "text",
    [
        # near-misses: the members' plural after the body's noun and "of"
        "The Guild of Master Weavers said margins held.",
        "The Union of Tessaly Bakers said margins held.",
        "The Society of Head Gardeners said margins held.",
    ],
)
def test_a_bodys_members_after_of_still_name_the_body(text: str):
    assert speaker_of(text)[1] == "organization"


@pytest.mark.parametrize(
    "text",
    [
        # a bare role noun before a holder of a named portfolio: maybe another minister
        "The minister said the talks had stalled. Trade Minister Ivo Brask said a deal was near.",
        "The officer said the gate was shut. Customs Officer Ivo Brask said a lorry was held.",
        "The judge said the trial would resume. High Court Judge Ivo Brask said a date was set.",
    ],
)
def test_a_bare_role_said_before_a_holder_of_a_named_portfolio_stays_apart(text: str):
    first = attributed(text)[0][1]
    assert first is not None and not first.named
