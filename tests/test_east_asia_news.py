"""East Asian news as a new analyst reads it: constructions found by trying whosaid on
invented stories of a North Korean missile launch, a Chinese ministry briefing and a Japanese
party leadership vote (in tests/data/speakers/), each tested here on other invented
sentences."""

from pathlib import Path

import pytest
from extraction_helpers import attributed, named, speaker_of

from tui.core.figures import find_figures
from tui.core.statements import find_statements


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "The Maritime Affairs Office in Busan, meanwhile, said the port was shut.",
            "Maritime Affairs Office",
            "organization",
        ),
        (
            "The foreign ministry, meanwhile, said talks would resume.",
            "The foreign ministry",
            "organization",
        ),
        ("The trade bureau, however, said exports rose.", "The trade bureau", "organization"),
        ("Park Min-ho, too, said the drills were routine.", "Park Min-ho", "person"),
        # every connective adverb the cue's asides know is an aside here too
        ("The port office, moreover, said ships were late.", "The port office", "organization"),
        ("Kim Ji-woo, likewise, said the drills were routine.", "Kim Ji-woo", "person"),
        ("Lee Soo-jin, furthermore, said the talks had stalled.", "Lee Soo-jin", "person"),
        (
            "The embassy in Hanoi, for its part, said visas were issued.",
            "The embassy in Hanoi",
            "organization",
        ),
    ],
)
def test_an_aside_between_commas_before_the_cue_is_no_role(text: str, name: str, kind: str):
    assert speaker_of(text) == (name, kind, None)


def test_an_appositive_before_the_cue_is_still_a_role():
    assert speaker_of("Park Min-ho, a lawmaker, said the drills were routine.") == (
        "Park Min-ho",
        "person",
        "lawmaker",
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The embassy in Seoul said the visas were valid.", "The embassy in Seoul"),
        ("The consulate in Osaka said the office was closed.", "The consulate in Osaka"),
        ("The trade office in Taipei said exports rose.", "The trade office in Taipei"),
        ("The foreign ministry in Tokyo said the envoy had left.", "The foreign ministry in Tokyo"),
    ],
)
def test_a_body_in_a_named_place_speaks_not_the_place(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "organization")
    # the place's capital names no body: "the embassy" is unnamed, as "officials in Seoul" are
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and not speaker.named


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Ministry of Finance in Lima said the tax would rise.", "Ministry of Finance"),
        ("The Acme office in Busan said the port was shut.", "Acme office"),
    ],
)
def test_a_named_body_in_a_place_stays_named(text: str, name: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and (speaker.name, speaker.named) == (name, True)


def test_a_role_in_a_named_place_is_a_person_and_a_place_in_the_content_no_speaker():
    assert speaker_of("A spokesman in Tokyo said the talks ended.")[:2] == (
        "A spokesman in Tokyo",
        "person",
    )
    assert speaker_of("Exports rose in Seoul, officials said.")[:2] == ("officials", "group")


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "The party elected former trade minister Mori Ken as leader. Mori said he was ready.",
            "former trade minister",
        ),
        (
            "Delegates chose deputy governor Lin Wei on Sunday. Lin said she was honoured.",
            "deputy governor",
        ),
        (
            "The club sacked head coach Bae Jun-ho after the loss. Bae said he had no regrets.",
            "head coach",
        ),
        (
            "The newly appointed finance minister Ota Ryo said the yen was stable.",
            "newly appointed finance minister",
        ),
        ("The elected governor Han Soo-ah said the budget was fair.", "elected governor"),
    ],
)
def test_a_verb_of_choosing_before_a_role_is_no_part_of_it(text: str, role: str):
    speakers, _ = find_statements(text)
    assert [s.role for s in speakers] == [role]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "A taxi driver in Sapporo, who gave only his family name, Abe, said fares were low.",
            "Abe",
            "taxi driver in Sapporo",
        ),
        (
            "A night nurse, who gave only her surname, Liu, said rents had doubled.",
            "Liu",
            "night nurse",
        ),
        (
            "A retired teacher, who gave only her last name, Tran, said prices were high.",
            "Tran",
            "retired teacher",
        ),
        (
            "A student, who gave only his first name, Minho, said the fees rose.",
            "Minho",
            "student",
        ),
    ],
)
def test_a_family_name_given_alone_speaks_and_the_description_is_its_role(
    text: str, name: str, role: str
):
    assert speaker_of(text) == (name, "person", role)


def test_a_nationality_given_as_an_identity_is_still_no_name():
    assert speaker_of("A voter, who identified herself only as Iraqi, said turnout was low.")[
        :2
    ] == (
        "A voter",
        "person",
    )


@pytest.mark.parametrize(
    ("text", "shown", "unit"),
    [
        ("The yuan slipped to 7.31 per dollar on Friday.", "7.31 per dollar", "yuan per dollar"),
        (
            "The yen firmed, trading at 149.8 to the dollar in Tokyo.",
            "149.8 to the dollar",
            "yen per dollar",
        ),
        (
            "The won weakened to 1,402 against the US dollar.",
            "1,402 against the US dollar",
            "won per dollar",
        ),
        (
            "The ringgit was quoted at 4.41 to the dollar.",
            "4.41 to the dollar",
            "ringgit per dollar",
        ),
        # a currency after a country's adjective; the one of the rate's own clause
        ("The Korean won fell to 1,380 per dollar.", "1,380 per dollar", "won per dollar"),
        (
            "The yuan was weak, and the Korean won fell to 1,380 per dollar.",
            "1,380 per dollar",
            "won per dollar",
        ),
        (
            "The Japanese yen fell to 151 against the dollar.",
            "151 against the dollar",
            "yen per dollar",
        ),
        # the euro and the pound are quoted in the base: dollars per euro
        (
            "The euro fell to 1.08 against the US dollar.",
            "1.08 against the US dollar",
            "dollar per euro",
        ),
        (
            "The pound rose to 1.27 against the dollar.",
            "1.27 against the dollar",
            "dollar per pound",
        ),
        ("The pound fell to 1.17 against the euro.", "1.17 against the euro", "euro per pound"),
        # so is the dollar against the others (review 3)
        ("The dollar rose to 151 against the yen.", "151 against the yen", "yen per dollar"),
        ("The dollar slid to 0.92 against the euro.", "0.92 against the euro", "euro per dollar"),
        # "per" says which is counted whatever the currency
        ("The euro traded at 0.92 per dollar.", "0.92 per dollar", "euro per dollar"),
    ],
)
def test_a_bare_exchange_rate_takes_the_currency_named_before_it(text: str, shown: str, unit: str):
    figure = next(f for f in find_figures(text) if text[f.span[0] : f.span[1]] == shown)
    assert (figure.unit, figure.kind) == (unit, "money")


@pytest.mark.parametrize(
    "text",
    [
        "Turnout rose to 7 per dollar of spending.",  # no currency named before
        "He paid the dollar. Prices rose 4 per dollar spent.",  # the currency in another sentence
        "The euro rose 0.3 percent against the dollar.",  # a unit already
    ],
)
def test_a_rate_against_a_currency_with_no_currency_before_is_left_alone(text: str):
    assert all(f.unit is None or "per dollar" not in f.unit for f in find_figures(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ri Song-il issued a statement through the state news agency warning that talks "
            "were over.",
            "Ri Song-il",
        ),
        (
            "His deputy, Jo Min-chol, released a statement via KCNA saying the drills were a "
            "threat.",
            "Jo Min-chol",
        ),
        (
            "The ministry put out a brief statement on Sunday saying the envoy had left.",
            "The ministry",
        ),
        (
            "The embassy sent a letter to the council warning that visas would be cut.",
            "The embassy",
        ),
    ],
)
def test_the_issuer_of_a_statement_speaks_through_its_participle(text: str, name: str):
    assert speaker_of(text)[0] == name


def test_a_participle_after_a_comma_keeps_the_sentences_subject():
    text = "Lee Jae-won issued a statement on the talks, saying they had failed."
    assert speaker_of(text)[0] == "Lee Jae-won"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The official Chosun Central Radio said the test worked.",
            "Chosun Central Radio",
            "official",
        ),
        (
            "The state-run Hanoi Evening Post said the fire was out.",
            "Hanoi Evening Post",
            "state-run",
        ),
        (
            "The government-owned Orient Daily said the plan was new.",
            "Orient Daily",
            "government-owned",
        ),
    ],
)
def test_who_runs_a_medium_is_its_role_not_part_of_its_name(text: str, name: str, role: str):
    assert speaker_of(text) == (name, "media", role)


def test_an_official_who_is_a_person_stays_a_person():
    assert speaker_of("The official Wen Guoqing said the plan was new.")[:2] == (
        "Wen Guoqing",
        "person",
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "In a survey by the Kobe Herald, 38 percent of respondents said they backed the plan.",
            "38 percent of respondents",
        ),
        ("Only 12 percent said they trusted the cabinet.", "12 percent"),
        ("In the poll, 52.5 percent of voters said taxes were too high.", "52.5 percent of voters"),
    ],
)
def test_the_number_of_a_share_is_part_of_the_group_that_speaks(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "group")


def test_a_subject_whose_gender_a_pronoun_told_is_the_next_pronouns_antecedent():
    # "Ren" is on no list of given names: "he" told Okabe's gender, and Okabe, the subject
    # just read, is meant over the last speaker
    text = (
        "Okabe Ren said he would run. Tom Hale said the race was open. Okabe, a former "
        "diplomat, is known for his caution. He has said taxes should fall."
    )
    assert [n for _, n, _ in named(text)] == ["Okabe Ren", "Tom Hale", "Okabe Ren"]


def test_with_no_subject_between_the_last_speaker_is_still_meant():
    text = "Okabe Ren said he would run. Tom Hale said the race was open. He added it was late."
    assert [n for _, n, _ in named(text)] == ["Okabe Ren", "Tom Hale", "Tom Hale"]


ARTICLES = Path(__file__).parent / "data" / "speakers"


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        (
            "east-asia-missile-launch.txt",
            {
                ("Kim Sol-hwa", "person"),
                ("Korean Central News Agency (KCNA)", "media"),
                ("Han Jae-sung", "person"),
                ("Choi Eun-ha", "person"),
            },
        ),
        (
            "east-asia-ministry-briefing.txt",
            {
                ("Taiwan Affairs Office", "organization"),
                ("He Yanling", "person"),
                ("Xinhua", "media"),
                ("Chen Binhua", "person"),
            },
        ),
        (
            "east-asia-tokyo-election.txt",
            {
                ("Shimada Kenta", "person"),
                ("Ito", "person"),
                ("41 percent of respondents", "group"),
                ("Pham Thu Hang", "person"),
            },
        ),
    ],
)
def test_the_invented_east_asian_articles_name_their_speakers(
    article: str, expected: set[tuple[str, str]]
):
    speakers, _ = find_statements((ARTICLES / article).read_text(encoding="utf-8"))
    assert expected <= {(s.name, s.kind) for s in speakers}
    assert not any(s.role in {"meanwhile", "family name"} for s in speakers)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Yonhap reported, citing military officials, that the drills would start Monday.",
            "the drills would start Monday",
        ),
        (
            "NHK said, citing government sources, the cabinet would meet on Friday.",
            "the cabinet would meet on Friday",
        ),
    ],
)
def test_the_source_a_report_cites_between_commas_is_no_part_of_its_content(
    text: str, content: str
):
    assert [c for c, _, _ in named(text)] == [content]


def test_a_citing_participle_after_the_content_leaves_it_whole():
    text = "The agency said the talks had failed, citing a senior official."
    assert named(text)[0][0] == "the talks had failed"
