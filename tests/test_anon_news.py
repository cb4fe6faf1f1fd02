"""Scoops built on anonymous and semi-anonymous sources as a new analyst reads them:
constructions found by trying whosaid on invented stories of a cabinet shuffle, a merger in
the works and stalled water talks (in tests/data/speakers/), each tested here on other
invented sentences."""

import pytest
from extraction_helpers import ARTICLES, attributed, missing_speakers, named, run, speaker_of

from tui.core.figures import find_figures


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "One Labour councillor said the vote was lost. Another Labour councillor said "
            "it was not.",
            "One Labour councillor",
            "Another Labour councillor",
        ),
        (
            "One Republican senator said the bill was dead. Another Republican senator said "
            "it could pass.",
            "One Republican senator",
            "Another Republican senator",
        ),
        (
            "One Green MP said the caucus was calm. Another Green MP said it was restless.",
            "One Green MP",
            "Another Green MP",
        ),
    ],
)
def test_one_and_another_before_a_capitalised_role_are_two_unnamed_people(
    text: str, first: str, second: str
):
    found = attributed(text)
    assert [s.name for _, s, _ in found if s is not None] == [first, second]
    assert not any(s is not None and s.named for _, s, _ in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("One Direction said the tour was over.", "One Direction"),
        ("Another Round said the album was done.", "Another Round"),
    ],
)
def test_one_or_another_opening_a_name_keeps_it_named(text: str, name: str):
    speaker = attributed(text)[0][1]
    assert speaker is not None and (speaker.name, speaker.named) == (name, True)


@pytest.mark.parametrize(
    ("text", "earlier"),
    [
        (
            "A senior official said the plan was set. The same official said it would slip.",
            "A senior official",
        ),
        (
            "A person close to the board said the bid was low. The same person said a "
            "second bid was coming.",
            "A person close to the board",
        ),
        (
            "An aide to the minister said the memo was ready. The same aide said it was unsigned.",
            "An aide to the minister",
        ),
    ],
)
def test_the_same_anonymous_source_is_the_one_brought_in(text: str, earlier: str):
    assert [name for _, name, _ in named(text)] == [earlier, earlier]


def test_another_anonymous_source_after_the_same_one_is_new():
    text = (
        "A senior official said the plan was set. The same official said it would slip. "
        "Another official said it was dead."
    )
    assert [name for _, name, _ in named(text)] == [
        "A senior official",
        "A senior official",
        "Another official",
    ]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "A senior administration official told reporters the tariffs would start in May.",
            "senior administration official",
        ),
        (
            "A person familiar with the matter said the deal could close next week.",
            "person familiar with the matter",
        ),
        (
            "Another person with knowledge of the talks said the price was higher.",
            "person with knowledge of the talks",
        ),
        (
            "A second person briefed on the plans said the vote had been moved.",
            "person briefed on the plans",
        ),
        ("One senior government official said the memo was leaked.", "senior government official"),
        ("A diplomat in Vienna said the envoys had left.", "diplomat in Vienna"),
        (
            "A senior official who spoke on condition of anonymity said the list was final.",
            "senior official",
        ),
    ],
)
def test_an_indefinite_description_of_an_anonymous_source_is_its_role(text: str, role: str):
    name, kind, found = speaker_of(text)
    assert (kind, found) == ("person", role)
    assert not any(s is not None and s.named for _, s, _ in attributed(text))


@pytest.mark.parametrize(
    "text",
    [
        "A nurse said the ward was full.",
        "One source said the board had met.",
        "One of the people said the bid was low.",
        "A cashier who declined to give her name said the men fled.",
        "A man who lives nearby said the fire was big.",
    ],
)
def test_a_bare_noun_a_partitive_or_a_relative_clause_gives_no_role(text: str):
    assert all(s is None or s.role is None for _, s, _ in attributed(text))


def test_a_headlines_source_is_not_an_unnamed_source_of_another_body():
    text = (
        "Union official says the plant will close\n\n"
        "The plant will close in May, a senior government official told reporters."
    )
    assert [cue for _, _, cue in named(text)] == ["says", "told"]


def test_a_headlines_description_repeated_by_the_body_is_dropped():
    text = (
        "Union official says the plant will close\n\n"
        "The plant will close in May, a senior union official told reporters."
    )
    assert [cue for _, _, cue in named(text)] == ["told"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Mayor to sell the city's airport, sources say\n\n"
            "Mayor Ida Renn plans to sell the city's airport, according to two people "
            "familiar with the plan.",
            "two people familiar with the plan",
        ),
        (
            "Brill Motors to cut 900 jobs, sources say\n\n"
            "Brill Motors will cut about 900 jobs this spring, a senior company official said.",
            "a senior company official",
        ),
        (
            "Envoy recalled over spy row, source says\n\n"
            "The envoy has been recalled over the spy row, a person briefed on the matter said.",
            "a person briefed on the matter",
        ),
    ],
)
def test_a_headlines_bare_sources_are_the_bodys_anonymous_ones(text: str, body: str):
    assert [speaker for _, speaker, _ in named(text)] == [body]


@pytest.mark.parametrize(
    "text",
    [
        # the body's speakers are no anonymous sources: the headline's claim is its own
        "Mill to close in June, sources say\n\nThe mill will close in June, residents said.",
        "Mill to close in June, sources say\n\nThe mill will close in June, Ann Roe said.",
        # the body says something else
        "Mill to close in June, sources say\n\nThe mill hired 40 workers, two officials said.",
    ],
)
def test_a_headlines_sources_stay_when_no_anonymous_source_repeats_them(text: str):
    assert named(text)[0][2] == "say"


ARTICLE_SOURCES = {
    "anon-cabinet-shuffle.txt": [
        (
            "Prime Minister Daniel Ostrander is preparing",
            "three people familiar with the plans",
            "group",
        ),
        ("Ms. Vail had been offered", "One senior government official", "person"),
        ("She has not said yes", "One senior government official", "person"),
        ("at least seven ministers", "One senior government official", "person"),
        ("she has grown frustrated", "People close to the finance minister", "group"),
        ("caucus members were told little", "Another Liberal MP", "person"),
        ("We read about it", "Another Liberal MP", "person"),
        ("Transport Minister Hugo Delacroix", "a draft seating chart", "document"),
        ("You can move the chairs", "Renata Pohl", "person"),
        ("the binders were", "A senior official in the Finance Department", "person"),
        ("I don’t comment", "Daniel Ostrander", "person"),
    ],
    "anon-merger-scoop.txt": [
        ("Harwick Foods is in advanced talks", "people familiar with the matter", "group"),
        ("An agreement could be announced", "two of the people", "group"),
        ("Harwick has lined up financing", "one of the people", "person"),
        ("directors had rejected", "A person close to Pellam's board", "person"),
        ("the board had since hired", "A person close to Pellam's board", "person"),
        (
            "at least one private equity firm",
            "Another person with knowledge of the talks",
            "person",
        ),
        ("We have the balance sheet", "Lorna Baptiste", "person"),
        ("Harwick had approached Pellam", "The Wall Street Journal", "media"),
        ("Its net income fell", "a regulatory filing", "document"),
    ],
    "anon-stalled-talks.txt": [
        ("Talks between Valdoria and Kesmet", "diplomats involved in the negotiations", "group"),
        ("They are in the same building", "A Western diplomat briefed on the talks", "person"),
        ("the mediators have proposed", "a draft text", "document"),
        ("that figure could be revised", "a draft text", "document"),
        ("Kesmet wanted a floor", "a Kesmeti official", "person"),
        ("We cannot sign something", "a Kesmeti official", "person"),
        ("We came here in good faith", "Tomas Rell", "person"),
        ("Washington was", "A senior U.S. official", "person"),
        ("Secretary of State Lorraine Kibbe", "A senior U.S. official", "person"),
        ("it is prepared to leave Geneva", "People close to the Valdorian delegation", "group"),
    ],
}


@pytest.mark.parametrize("name", sorted(ARTICLE_SOURCES))
def test_the_invented_scoops_keep_their_sources(name: str):
    assert missing_speakers(name, ARTICLE_SOURCES[name]) == []


@pytest.mark.parametrize("name", sorted(ARTICLE_SOURCES))
def test_the_invented_scoops_name_no_anonymous_source_and_say_nothing_of_refusals(name: str):
    text = (ARTICLES / name).read_text(encoding="utf-8")
    found = attributed(text)
    anonymous = {"official", "person", "people", "sources", "diplomat", "MP", "source"}
    assert not any(
        s is not None and s.named and not anonymous.isdisjoint(s.name.split()) for _, s, _ in found
    )
    # headlines repeating the body, refusals, "could not confirm": none is a statement
    assert not any(
        content.startswith(("Harwick Foods in advanced", "Prime Minister set to"))
        or cue in {"declined", "respond", "confirm", "verify", "determine"}
        for content, _, cue in found
    )
    assert not any(
        s is not None and s.kind == "media" and s.name in ("The Globe", "Reuters", "The AP")
        for _, s, _ in found
    )


@pytest.mark.parametrize(
    ("name", "speaker", "role"),
    [
        (
            "anon-cabinet-shuffle.txt",
            "One senior government official",
            "senior government official",
        ),
        (
            "anon-merger-scoop.txt",
            "A person close to Pellam's board",
            "person close to Pellam's board",
        ),
        ("anon-stalled-talks.txt", "A senior U.S. official", "senior U.S. official"),
    ],
)
def test_the_invented_scoops_describe_their_anonymous_sources(name: str, speaker: str, role: str):
    text = (ARTICLES / name).read_text(encoding="utf-8")
    roles = {s.name: s.role for _, s, _ in attributed(text) if s is not None}
    assert roles[speaker] == role


@pytest.mark.parametrize(
    "text",
    [
        "The Ledger was unable to confirm the figures.",
        "The Courier was not immediately able to confirm the account.",
        "Police were not able to say how many people were hurt.",
        "Mr. Orrin was unable to confirm that the plant would close.",
        "Few were able to predict the outcome.",
    ],
)
def test_an_inability_to_confirm_or_say_is_no_statement(text: str):
    assert named(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ms. Orrin was able to confirm that the plant would close.", "the plant would close"),
        (
            "Ms. Orrin said she was unable to attend but that the plant would close.",
            "she was unable to attend but that the plant would close",
        ),
        ("Mr. Orrin was unable to travel, his lawyer said.", "Mr. Orrin was unable to travel"),
    ],
)
def test_an_ability_or_an_inability_to_do_something_else_keeps_its_statement(
    text: str, content: str
):
    assert [c for c, _, _ in named(text)] == [content]


def _counts(text: str) -> list[str]:
    return [text[f.span[0] : f.span[1]] for f in find_figures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "“The board is split,” said one person familiar with the talks.",
        "The offer is final, said one senior banker, who asked not to be named.",
        "“We are close,” said one person with direct knowledge of the bank’s plans.",
        "The vote will slip, one aide close to the speaker said.",
        "“It is a mess,” said one teacher.",
    ],
)
def test_one_anonymous_source_counts_no_one(text: str):
    assert _counts(text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Police said one person died in the blaze.", "one person"),
        ("He said one person close to the mayor was fired.", "one person"),
        ("The firm said one banker was let go.", "one banker"),
        ("The deal is done, said two people familiar with it.", "two people"),
    ],
)
def test_one_person_in_what_was_said_is_still_a_count(text: str, count: str):
    assert count in _counts(text)


@pytest.mark.parametrize(
    ("text", "earlier", "mention"),
    [
        (
            "A senior official said the plan was set. “It is over,” that official said.",
            "A senior official",
            "that official",
        ),
        (
            "A person close to the board said the bid was low. That person said a second bid "
            "was coming.",
            "A person close to the board",
            "That person",
        ),
        (
            "A diplomat in Vienna said the envoys had left. This diplomat said they would return.",
            "A diplomat in Vienna",
            "This diplomat",
        ),
    ],
)
def test_a_demonstrative_before_an_anonymous_source_is_the_one_brought_in(
    text: str, earlier: str, mention: str
):
    speakers, found = run(text)
    [first, second] = found
    assert second.cue == "said" and second.speaker == first.speaker
    assert speakers[first.speaker].name == earlier
    assert text[second.speaker_span[0] : second.speaker_span[1]] == mention


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Lee said that officials said the plan would fail.",
            "officials said the plan would fail",
            "Lee",
        ),
        (
            "Ann Lee warned that this official would resign.",
            "this official would resign",
            "Ann Lee",
        ),
    ],
)
def test_a_relative_or_a_conjunction_that_opens_no_speaker(text: str, content: str, speaker: str):
    assert named(text)[0][:2] == (content, speaker)


@pytest.mark.parametrize(
    "text",
    [
        "A Western diplomat said the rooms were empty. Another diplomat, from a mediating "
        "country, was more hopeful. “Nobody has walked out,” that diplomat said.",
        "A senior official said the plan was set. A second official, who works for the "
        "treasury, disagreed. “It is not set,” the official said.",
    ],
)
def test_an_anonymous_source_after_another_is_brought_in_is_not_the_first(text: str):
    speakers, found = run(text)
    [first, second] = found
    assert second.speaker != first.speaker
    assert not speakers[second.speaker].named
