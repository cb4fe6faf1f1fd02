"""Review 22's findings on today's merged rules, mended: each construction tested on invented
sentences, with near-misses that must not change."""

import pytest
from extraction_helpers import attributed


def _spoken(text: str) -> list[tuple[str, str | None, str | None]]:
    """(content, speaker's name, speaker's kind) of each statement."""
    return [
        (content, s.name if s else None, s.kind if s else None)
        for content, s, _ in attributed(text)
    ]


# -- 1. a name apposed to a body's noun is the body's only if a company's word ends it --


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "A spokesman for the company, Grant Hale, said the plant would reopen.",
            "Grant Hale",
            "spokesman for the company",
        ),
        (
            "A spokesman for the company, Morgan Steel, said the plant would reopen.",
            "Morgan Steel",
            "spokesman for the company",
        ),
        (
            "A spokeswoman for the airline, Wren Okonkwo, said flights would resume.",
            "Wren Okonkwo",
            "spokeswoman for the airline",
        ),
        (
            "“We will appeal,” said a spokesman for the agency, Ostrow Mbeki.",
            "Ostrow Mbeki",
            "spokesman for the agency",
        ),
    ],
)
def test_a_persons_name_without_a_known_given_name_apposed_to_a_body_is_the_speaker(
    text: str, name: str, role: str
):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None
    assert (speaker.name, speaker.kind, speaker.role) == (name, "person", role)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("A spokesperson for the utility, Harlow Power, said the outage was over.", "Harlow"),
        ("A spokesman for the company, Norwind Energy, said the plant would reopen.", "Norwind"),
        ("A spokesman for the company, Vexa Corp, said the plant would reopen.", "Vexa"),
        ("A spokeswoman for the utility, Kessel Hydro, said crews were out.", "Kessel"),
        ("A spokesman for the company, Vexor, said the plant would reopen.", "Vexor"),
    ],
)
def test_a_companys_name_apposed_to_a_body_leaves_the_spokesperson_speaking(text: str, body: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.kind == "person" and not speaker.named
    assert body in speaker.name and "spokes" in speaker.name


# -- 2. a "who" after "to" and a name stands for the verb's object only if a person --


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The team sent the jersey to Crosby, who said he was touched.", "Crosby"),
        ("The Flames sold the arena to Murray, who said he would renovate it.", "Murray"),
        ("The club sent winger Jake Mallory to Kell, who said he wanted to go.", "Jake Mallory"),
        ("The Jays traded a pitcher to Boston on Monday who said he was relieved.", "a pitcher"),
    ],
)
def test_who_after_to_stands_for_a_person_not_a_thing(text: str, name: str):
    [(_, speaker, _)] = _spoken(text)
    assert speaker == name


# -- 3. a sign's words are the posting verb's own subject's --


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Police held back protesters carrying signs that read “No pipeline on our land.”",
            "protesters",
        ),
        (
            "The mayor held a news conference while protesters outside waved signs reading "
            "“Resign now.”",
            "protesters",
        ),
        (
            "The council held its meeting as residents carried signs reading “Save our library.”",
            "residents",
        ),
        ("Marchers carried placards that read “Hands off our pensions.”", "Marchers"),
        ("Protesters outside city hall held signs reading “No more cuts.”", "Protesters"),
        ("Kay shared a photo with the caption “Forever starts now.”", "Kay"),
    ],
)
def test_a_signs_words_go_to_who_holds_it(text: str, speaker: str):
    [(_, name, _)] = _spoken(text)
    assert name == speaker


def test_a_sign_held_by_some_of_many_is_nobodys():
    assert not any(
        name == "Police"
        for _, name, _ in _spoken(
            "Police arrested two men carrying a banner reading “Free them all.”"
        )
    )


# -- 4. a noble title naming an institution is no "he" or "she" --


@pytest.mark.parametrize(
    "text",
    [
        "The Prince of Wales Hospital treated 40 patients on Friday. He said the wait was long.",
        "The Duchess of Avon Trust gave $2 million. She said the gift was overdue.",
    ],
)
def test_an_institution_named_after_a_title_is_no_pronouns_antecedent(text: str):
    [(_, _, kind)] = _spoken(text)
    assert kind == "person"
    assert _spoken(text)[0][1] in ("He", "She")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Duchess of Avon opened the wing on Friday. She said the gift was overdue.",
            "The Duchess of Avon",
        ),
        ("The Earl of Brill spoke first. He said the estate would be sold.", "The Earl of Brill"),
    ],
)
def test_a_noble_title_and_its_place_is_the_pronouns_person(text: str, name: str):
    assert _spoken(text)[0][1:] == (name, "person")


# -- 5. a collective before "who" keeps its kind --


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Staff who work at Kell General say they are exhausted.", "group"),
        ("Police who arrested Tom Hale said he resisted.", "organization"),
        ("The crew who rescued Ann Lee said the sea was rough.", "group"),
        ("Farmers who sell at the Saltmarsh Market said prices fell.", "group"),
        ("The farmer who sells at the Kell Market said prices fell.", "person"),
    ],
)
def test_a_who_clauses_head_keeps_its_collective_kind(text: str, kind: str):
    [(_, name, found)] = _spoken(text)
    assert found == kind and name is not None and " who " in name


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "A spokesperson for the utility, Harlow Power, said the outage was over.",
            "spokesperson for Harlow Power",
        ),
        (
            "“Fares will rise,” said a spokeswoman for the agency, Brill Transit.",
            "spokeswoman for Brill Transit",
        ),
        ("A spokesman for Acme Corp said the plant would close.", "spokesman for Acme Corp"),
    ],
)
def test_the_spokespersons_role_names_the_apposed_body(text: str, role: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.role == role


# -- 6. a source's reason to be unnamed is no statement, nor part of its name --


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A resident who did not want to be named because he thought the landlord would "
            "retaliate said the heat was off.",
            "A resident who did not want to be named",
        ),
        (
            "A resident who asked not to be named because he believed the landlord would "
            "retaliate said the heat was off.",
            "A resident who asked not to be named",
        ),
        (
            "A tenant who declined to give her name because she feared eviction said the heat "
            "was off.",
            "A tenant who declined to give her name",
        ),
        (
            "A resident who asked not to be named said the heat was off.",
            "A resident who asked not to be named",
        ),
    ],
)
def test_an_unnamed_sources_reason_is_neither_said_nor_its_name(text: str, name: str):
    assert _spoken(text) == [("the heat was off", name, "person")]


def test_a_source_familiar_with_a_matter_keeps_its_object():
    assert _spoken("A person familiar with the talks said a deal was near.") == [
        ("a deal was near", "A person familiar with the talks", "person")
    ]


# -- 7. a rank's grade before a title opens the person's name before "of" a body --


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Staff Sgt. Lee Park of the Kell Police Service said the road was closed.", "Lee Park"),
        (
            "Detective Sgt. Ann Moss of the Kell Police Service said the road was closed.",
            "Ann Moss",
        ),
        ("Sgt. Lee Park of the Kell Police Service said the road was closed.", "Lee Park"),
    ],
)
def test_a_graded_rank_before_a_name_of_a_body_is_a_person(text: str, name: str):
    assert _spoken(text) == [("the road was closed", name, "person")]


def test_staff_at_a_body_stay_a_group():
    assert _spoken("Staff at the Kell Police Service said the road was closed.") == [
        ("the road was closed", "Staff", "group")
    ]


# -- 8. a name opening with a capitalised function word, after the cue --


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("“We regret the closure,” said a spokeswoman for No Frills.", "spokeswoman for No Frills"),
        (
            "“We regret it,” said a spokesman for All Saints Hospital.",
            "spokesman for All Saints Hospital",
        ),
        ("“It is over,” said a spokesman for the union.", "spokesman for the union"),
    ],
)
def test_a_spokespersons_body_opening_with_a_small_word_after_the_cue(text: str, role: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.role == role


# -- 9. two titled names, the second's role in lower case --


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Ann Lee and former councillor Tom Hale said the plan was sound.",
        "Mayor Ann Lee and councillor Tom Hale said the plan was sound.",
        "Ann Lee and former mayor Tom Hale said the plan was sound.",
        "Mayor Ann Lee and Councillor Tom Hale said the plan was sound.",
    ],
)
def test_two_names_joined_with_a_lower_case_role_are_a_group(text: str):
    assert _spoken(text) == [("the plan was sound", "Ann Lee and Tom Hale", "group")]


def test_a_role_joined_to_a_role_before_one_name_stays_one_person():
    [(_, name, kind)] = _spoken("The mayor and councillor Tom Hale said the plan was sound.")
    assert (name, kind) == ("Tom Hale", "person")


# -- 10. the subject of a relative clause with no pronoun on a preposition's object --


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The board voted on the plan union leaders say will cut jobs.", "union leaders"),
        (
            "Lee spoke to reporters about the money prosecutors say she spent on travel.",
            "prosecutors",
        ),
        ("Lee heard about the money prosecutors say she spent.", "prosecutors"),
        (
            "Lawyers for the hereditary chiefs argued the law was void.",
            "Lawyers for the hereditary chiefs",
        ),
        (
            "The defence lawyers for the hereditary chiefs argued the law was void.",
            "The defence lawyers for the hereditary chiefs",
        ),
    ],
)
def test_a_contact_clauses_subject_after_a_verbs_object(text: str, speaker: str):
    [(_, name, _)] = _spoken(text)
    assert name == speaker


# -- 11. a graded clergy title yields its role to the appositive --


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "The Very Rev. Ann Cole, dean of St. Paul's, said the roof would be fixed.",
            "dean of St. Paul's",
        ),
        (
            "The Most Rev. Tom Hale, archbishop of Kell, said the roof would be fixed.",
            "archbishop of Kell",
        ),
        (
            "The Rev. Ann Cole, dean of St. Paul's, said the roof would be fixed.",
            "dean of St. Paul's",
        ),
        ("The Very Rev. Ann Cole said the roof would be fixed.", "Very Rev."),
        ("Retired Gen. Tom Hale said the war was over.", "Retired Gen."),
    ],
)
def test_a_graded_title_yields_to_the_appositives_role(text: str, role: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.role == role
