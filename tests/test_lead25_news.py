"""Everyday news read by the lead in session 25 (a port weighing a fee rise): the
constructions found wrong on invented stories, each tested here on other invented sentences,
with near-misses that must not change."""

import pytest
from extraction_helpers import headlined, story_statements


@pytest.mark.parametrize(
    ("sentence", "content", "cue"),
    [
        ("The coach said bluntly, “We were not good enough.”", "We were not good enough", "said"),
        ("Ana Ruiz said quietly, “I am tired of waiting.”", "I am tired of waiting", "said"),
        (
            "The minister told reporters flatly, “There will be no new tax.”",
            "There will be no new tax",
            "told",
        ),
        ('Omar Diaz said more simply, "The bridge is unsafe."', "The bridge is unsafe", "said"),
    ],
)
def test_a_manner_adverb_before_a_quotation_is_no_part_of_it(
    sentence: str, content: str, cue: str
) -> None:
    """ "said bluntly, “...”": how it was said, between the cue and a comma opening the
    quotation, is no part of the content, as before a colon ("said bluntly: ...")."""
    [(found, _, found_cue)] = headlined(sentence)
    assert (found, found_cue) == (content, cue)


def test_the_role_noun_of_a_trade_alone_is_the_person_described_with_a_relative() -> None:
    """ "A dock worker who has ...", then "said the operator": "operator" is the head of the
    first description, its relative clause cut, so both are one person (was "the operator",
    an organization)."""
    found = story_statements(
        "A forklift operator who has worked nights for a decade said the new rules were unfair."
        "\n\n“Nobody asked us,” said the operator, who did not want to be named."
    )
    assert [(name, kind) for _, name, kind, _ in found] == [
        ("A forklift operator who has worked nights for a decade", "person")
    ] * 2


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("“They built a palace,” said the operator, who asked not to be named.", "person"),
        ("“The terminal will reopen,” said the operator.", "organization"),
        ("“We run six terminals,” said the operator, which is based in Rotterdam.", "organization"),
    ],
)
def test_a_company_role_noun_with_a_who_clause_is_a_person(body: str, kind: str) -> None:
    """ "the operator, who asked not to be named": "who" speaks of a person, where "the
    operator" alone (or with "which") is the company running a service."""
    [(_, _, found, _)] = story_statements(body)
    assert found == kind


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The plan angered farmers, who say they were never consulted.", "farmers"),
        ("The ruling surprised economists, who said it came too early.", "economists"),
        (
            "When the meeting opened residents from the east end argued the fee was unfair.",
            "residents from the east end",
        ),
    ],
)
def test_a_verb_in_ed_after_a_noun_and_its_article_ends_no_speaker_phrase(
    sentence: str, speaker: str
) -> None:
    """ "The plan *angered* farmers, who say": a lower-case noun after its article, a word in
    -ed, then a plural is a clause (subject, verb, object), the speaker the object alone (was
    "The plan angered farmers")."""
    [(_, name, _)] = headlined(sentence)
    assert name == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The newly elected councillors said they would review the budget.",
            "The newly elected councillors",
        ),
        ("The worst affected residents said help came late.", "The worst affected residents"),
    ],
)
def test_a_participle_modifying_a_plural_stays_in_its_phrase(sentence: str, speaker: str) -> None:
    """An adverb or a superlative before the word in -ed makes it a modifier."""
    [(_, name, _)] = headlined(sentence)
    assert name == speaker


@pytest.mark.parametrize(
    ("body", "content", "speaker"),
    [
        (
            "The plan angered farmers, most of whom say they were never consulted.",
            "they were never consulted",
            "farmers",
        ),
        (
            "The rules affect 40 clinics, some of which have said they will close.",
            "they will close",
            "clinics",
        ),
        (
            "The detour frustrated commuters, many of whom told the board it was too long.",
            "it was too long",
            "commuters",
        ),
    ],
)
def test_a_partitive_of_a_relative_speaks_for_the_noun_before_it(
    body: str, content: str, speaker: str
) -> None:
    """ "farmers, most of whom say": the partitive of "whom" or "which" before a cue stands
    for the noun phrase before its comma, as "who" would (was no statement)."""
    assert (content, speaker) in [(c, name) for c, name, _, _ in story_statements(body)]


def test_a_partitive_of_a_pronoun_still_reads_the_pronoun() -> None:
    """ "Two of them said": no relative, the partitive of a pronoun as before."""
    found = story_statements("Six nurses quit last month. Two of them said the ward was unsafe.")
    assert [c for c, _, _, _ in found] == ["the ward was unsafe"]


@pytest.mark.parametrize(
    ("body", "speaker", "role"),
    [
        ("“It is wrong,” said 2020 candidate Omar Diaz.", "Omar Diaz", "candidate"),
        (
            "“We will be back,” said 2024 presidential hopeful Ann Roy.",
            "Ann Roy",
            "presidential hopeful",
        ),
        ("“We are still waiting,” said 9/11 widow Mary Fenn.", "Mary Fenn", "widow"),
    ],
)
def test_a_year_or_a_slashed_date_before_an_inverted_speakers_role(
    body: str, speaker: str, role: str
) -> None:
    """ "said 2020 candidate Omar Diaz", "said 9/11 widow Mary Fenn": a number before the
    role noun, no article, is its modifier (the quotation was lost with its speaker)."""
    [(_, name, _, found_role)] = story_statements(body)
    assert (name, found_role) == (speaker, role)


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("Lee said 2021 revenue fell by a third.", "2021 revenue fell by a third"),
        ("Lee said 9/11 changed the airport for good.", "9/11 changed the airport for good"),
    ],
)
def test_a_year_after_a_cue_with_its_speaker_before_opens_the_content(
    sentence: str, content: str
) -> None:
    """The speaker before the cue: the number opens what was said."""
    assert headlined(sentence) == [(content, "Lee", "said")]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (
            "Ana Ruiz said the detour harmed merchants, many of whom say sales have fallen.",
            [
                ("the detour harmed merchants", "Ana Ruiz", "said"),
                ("sales have fallen", "merchants", "say"),
            ],
        ),
        (
            "Tom Reyes said the levy was a blow to landlords, most of whom have said rents "
            "will rise.",
            [
                ("the levy was a blow to landlords", "Tom Reyes", "said"),
                ("rents will rise", "landlords", "said"),
            ],
        ),
    ],
)
def test_a_partitive_relative_inside_reported_content_cuts_it(
    sentence: str, found: list[tuple[str, str, str]]
) -> None:
    """ "said X hurt merchants, many of whom say Y": the relative's cue is a second
    attribution, its content no part of the first (was one statement running over both)."""
    assert headlined(sentence) == found


@pytest.mark.parametrize(
    "sentence",
    [
        "Rents rose 9 per cent, according to a survey of 2,400 tenants released Monday by the "
        "housing agency.",
        "Fewer teens smoke, according to a study of 12,000 students published in May in a "
        "medical journal.",
    ],
)
def test_a_thousands_comma_in_a_sentence_final_source_ends_nothing(sentence: str) -> None:
    """ "according to a survey of 2,400 tenants released ...": the comma of a number is no
    comma closing the source (the content ran over the whole attribution)."""
    [(content, _, cue)] = headlined(sentence)
    assert (content, cue) == (sentence.split(", according")[0], "according to")


@pytest.mark.parametrize(
    "opening",
    [
        "Ana Diaz and Mia Roth walked out on Monday.",
        "Nurses Ana Diaz and Mia Roth walked out on Monday.",
    ],
)
def test_they_after_two_names_opening_the_sentence_before_is_the_pair(opening: str) -> None:
    """ "Ana Diaz and Mia Roth walked out. They said": the two named as the last sentence's
    subject, not a group that spoke earlier (was the earlier pair)."""
    found = story_statements(
        f"Lee Park and Sam Cho said the vote was fair.\n\nThe mayor spoke.\n\n{opening} They "
        "said the ward was unsafe."
    )
    assert [(c, name) for c, name, _, _ in found] == [
        ("the vote was fair", "Lee Park and Sam Cho"),
        ("the ward was unsafe", "Ana Diaz and Mia Roth"),
    ]


def test_a_partitive_relative_set_off_by_commas_ends_at_its_closing_comma() -> None:
    """ "Relatives of miners, many of whom say X, met on Monday": X ends at the comma closing
    the relative clause, as after "who" (the sentence's own verb ran into it)."""
    found = story_statements("Relatives of miners, many of whom say the mine was unsafe, met.")
    assert [(c, name) for c, name, _, _ in found] == [
        ("the mine was unsafe", "Relatives of miners")
    ]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The much maligned landlords said rents were fair.", "The much maligned landlords"),
        (
            "The government funded schools said they were short of staff.",
            "The government funded schools",
        ),
    ],
)
def test_a_word_in_ed_with_no_clause_around_it_stays_a_modifier(
    sentence: str, speaker: str
) -> None:
    """No comma after the plural and no subordinator before the article: the word in -ed may
    be a participle modifying the subject, which stays whole."""
    [(_, name, _)] = headlined(sentence)
    assert name == speaker


def test_a_manner_adverb_before_a_straight_single_quote() -> None:
    [(content, _, _)] = headlined("Omar Diaz said quietly, 'The bridge is unsafe.'")
    assert content == "The bridge is unsafe"
