"""Everyday news read by the lead in session 26: the constructions found wrong on invented
stories, each tested here on other invented sentences, with near-misses that must not change."""

import pytest
from extraction_helpers import headlined, story_statements


@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        (
            "The vote hurt merchants, who say sales fell by a third.",
            "sales fell by a third",
            "merchants",
        ),
        (
            "The closure cost workers, who said they were never warned.",
            "they were never warned",
            "workers",
        ),
        (
            "The curfew hit retirees, many of whom say they cannot pay.",
            "they cannot pay",
            "retirees",
        ),
        (
            "The ruling shut bakeries, whose owners said the fines were unfair.",
            "the fines were unfair",
            "owners",
        ),
    ],
)
def test_a_past_spelt_as_its_present_ends_the_clause_before_its_object(
    sentence: str, content: str, speaker: str
) -> None:
    """ "The vote *hurt* merchants, who say": a past with no -ed is the verb of the noun
    before it, as "angered" is, so the plural after it speaks alone (was missed, or "The
    closure cost workers")."""
    assert [(found, name) for found, name, _ in headlined(sentence)] == [(content, speaker)]


@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        (
            "The price cuts angered farmers, who say they were ignored.",
            "they were ignored",
            "farmers",
        ),
        ("Laid-off workers say the plant was unsafe.", "the plant was unsafe", "Laid-off workers"),
    ],
)
def test_near_misses_of_the_uninflected_past_keep_their_readings(
    sentence: str, content: str, speaker: str
) -> None:
    """An -ed verb keeps its reading; a modifier before a plural subject stays in it."""
    [(found, name, _)] = headlined(sentence)
    assert (found, name) == (content, speaker)


@pytest.mark.parametrize(
    ("sentence", "content", "cue"),
    [
        (
            "Ana Diaz tells anyone who will listen that the dam is cracked.",
            "the dam is cracked",
            "tells",
        ),
        (
            "Omar Haddad told everyone he met that the ferry was late.",
            "the ferry was late",
            "told",
        ),
        (
            "Jo Park told reporters who had gathered at the gate that talks had failed.",
            "talks had failed",
            "told",
        ),
        (
            "Paul Kim told the nurses who work nights that the ward would close.",
            "the ward would close",
            "told",
        ),
        ("Rita Moss told everyone that the mill was unsafe.", "the mill was unsafe", "told"),
    ],
)
def test_a_listeners_relative_clause_is_no_part_of_the_content(
    sentence: str, content: str, cue: str
) -> None:
    """ "told reporters *who gathered outside* that ...", "tells anyone *who will listen*
    that ...": the relative clause on the listener, up to the content's "that", is the
    listener's (the content ran from it)."""
    [(found, _, found_cue)] = headlined(sentence)
    assert (found, found_cue) == (content, cue)


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        # a pronoun and a verb after a definite listener: the content itself
        (
            "Ana Ruiz told them she knew that the plant was unsafe.",
            "she knew that the plant was unsafe",
        ),
        # a request to an indefinite: the request is the content, as before
        (
            "Police asked anyone with information to call the tip line.",
            "anyone with information to call the tip line",
        ),
    ],
)
def test_near_misses_of_the_listeners_relative_keep_their_content(
    sentence: str, content: str
) -> None:
    [(found, _, _)] = headlined(sentence)
    assert found == content


@pytest.mark.parametrize(
    "sentence",
    [
        "The new rule angered retirees across the county.",
        "The latest rule has angered retirees.",
        "A strict plan cost farmers millions.",
        "The new claim angered voters in the north.",
    ],
)
def test_a_cue_noun_after_an_adjective_and_before_a_verb_is_no_cue(sentence: str) -> None:
    """ "The new *rule* angered retirees": the cue word after a determiner and an adjective,
    a verb right after it, is the subject's noun (was a stance of "The new")."""
    assert headlined(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        ("The poor say they are ignored.", "they are ignored", "The poor"),
        ("The wealthy fear armed gangs will come.", "armed gangs will come", "The wealthy"),
        (
            "The union opposed the plan, which the mayor said was costly.",
            "was costly",
            "the mayor",
        ),
    ],
)
def test_near_misses_of_the_modified_cue_noun_keep_their_verb(
    sentence: str, content: str, speaker: str
) -> None:
    """An adjective standing for people, or a role, before the cue word leaves it a verb."""
    assert (content, speaker) in [(found, name) for found, name, _ in headlined(sentence)]


@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        ("The new plan angered retirees, who say it is unfair.", "it is unfair", "retirees"),
        (
            "The strict curfew hurt bakers, many of whom say sales fell.",
            "sales fell",
            "bakers",
        ),
    ],
)
def test_an_adjective_before_the_noun_of_the_verbs_subject_keeps_the_object_alone(
    sentence: str, content: str, speaker: str
) -> None:
    """ "The *new* plan angered retirees, who say": the object after the verb speaks alone
    with an adjective before its subject's noun too (was "The new plan angered retirees")."""
    assert [(found, name) for found, name, _ in headlined(sentence)] == [(content, speaker)]


@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        ("Taxes will rise, the council voted.", None, None),
        (
            "On Friday, the mayor said, the council will vote.",
            "On Friday, the mayor said, the council will vote",
            "the mayor",
        ),
        ("The board voted 5-2 that the pool is unsafe.", "the pool is unsafe", "The board"),
    ],
)
def test_a_vote_reports_nothing_before_it(
    sentence: str, content: str | None, speaker: str | None
) -> None:
    """ "Taxes will rise, the council voted": a vote is a judgment only before "that", never
    of the clause before it (was a stance of the council, and took the mayor's words)."""
    found = [(text, name) for text, name, _ in headlined(sentence)]
    assert found == ([] if content is None else [(content, speaker)])


@pytest.mark.parametrize(
    ("sentence", "statements"),
    [
        ("The priest knows most of the villagers by name.", []),
        ("Lee knows every nurse on the ward.", []),
        ("Ana Ruiz knows the residents well.", []),
        # a clause after the people known: what is known
        ("The priest knows most of the villagers are poor.", ["most of the villagers are poor"]),
    ],
)
def test_knowing_a_part_of_people_is_acquaintance(sentence: str, statements: list[str]) -> None:
    """ "knows *most of* the villagers *by name*": people known, no belief (was a thought)."""
    assert [found for found, _, _ in headlined(sentence)] == statements


def test_a_floating_quotation_after_a_paragraph_about_a_person_is_hers() -> None:
    """A paragraph of no statement describes a person, its last sentence's subject "she";
    a quotation opening the next paragraph, with no speaker just before, is hers (was
    dropped)."""
    found = story_statements(
        "“We will fight it,” said Omar Haddad, who farms below the ridge.\n\n"
        "The site manager meets visitors at the gate. She has run the depot since 2011.\n\n"
        "“People think we hide things. We do not.”"
    )
    assert [(content, name) for content, name, _, _ in found] == [
        ("We will fight it", "Omar Haddad"),
        ("People think we hide things. We do not", "The site manager"),
    ]


@pytest.mark.parametrize(
    "between",
    [
        "Prices rose in May. Rents rose too.",  # no person: no one's
        "The river rose overnight.",
    ],
)
def test_a_floating_quotation_after_no_person_stays_unattributed(between: str) -> None:
    found = story_statements(
        f"“We will fight it,” said Omar Haddad, who farms below the ridge.\n\n{between}\n\n"
        "“It cannot go on like this.”"
    )
    assert [(content, name) for content, name, _, _ in found] == [
        ("We will fight it", "Omar Haddad")
    ]


# --- mended in review (mendS26)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "A few local retired teachers, who say the library is vital, signed the letter.",
            "A few local retired teachers",
        ),
        (
            "Several local retired teachers, who say the library is vital, signed it.",
            "Several local retired teachers",
        ),
    ],
)
def test_a_quantifier_is_no_adjective_before_a_subjects_noun(sentence: str, speaker: str) -> None:
    """ "A few local retired teachers, who say": "few" counts, it describes no noun "local"
    whose verb "retired" would be (was "teachers" alone)."""
    [(_, name, _)] = headlined(sentence)
    assert name == speaker


def test_an_adjective_in_s_before_a_cue_noun_and_a_verb_is_no_plural_subject() -> None:
    """ "The famous *rule* angered parents": an adjective in "-ous" is no plural subject of a
    verb "rule" (was a stance of "The famous"); a plural before the cue word still is."""
    assert headlined("The famous rule angered parents across the district.") == []
    assert headlined("The local residents plan to protest on Monday, she said.") == [
        ("The local residents plan to protest on Monday", "she", "said")
    ]


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("Jo Park told reporters who waited that day that talks had failed.", "talks had failed"),
        (
            "Ana Ruiz told reporters who gathered that afternoon that the dam held.",
            "the dam held",
        ),
    ],
)
def test_a_demonstrative_time_in_the_listeners_relative_clause_is_no_content_that(
    sentence: str, content: str
) -> None:
    """ "told reporters who waited *that day* that ...": the "that" of a time stays in the
    relative clause; the content opens at the next "that" (was "day that talks had
    failed")."""
    [(found, _, _)] = headlined(sentence)
    assert found == content


@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        (
            "Opponents of the so-called “reform” said it would fail.",
            "it would fail",
            "Opponents of the so-called “reform”",
        ),
        (
            'Critics of the "temporary" levy said it would never end.',
            "it would never end",
            'Critics of the "temporary" levy',
        ),
        (
            "Backers of the “Save the Pool” campaign said the vote was a win.",
            "the vote was a win",
            "Backers of the “Save the Pool” campaign",
        ),
    ],
)
def test_a_scare_quote_inside_the_subject_keeps_its_statement(
    sentence: str, content: str, speaker: str
) -> None:
    """ "Critics of the “temporary” levy said": a few words quoted inside the noun phrase,
    a lower-case word before them, are part of the speaker phrase (the statement was lost)."""
    assert [(found, name) for found, name, _ in headlined(sentence)] == [(content, speaker)]


@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        ("“We will fight,” said Ana Ruiz.", "We will fight", "Ana Ruiz"),
        (
            "He called it “a disaster” and critics said the plan was dead.",
            "the plan was dead",
            "critics",
        ),
    ],
)
def test_near_misses_of_the_scare_quote_keep_their_quotation(
    sentence: str, content: str, speaker: str
) -> None:
    """A quotation before its attribution, or one closed before another clause, stays one."""
    assert (content, speaker) in [(found, name) for found, name, _ in headlined(sentence)]
