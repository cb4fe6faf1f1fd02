"""Football club and transfer news: managers' press conferences, players by age, position and
nationality, clubs by nickname, reports by outlet (invented sentences and articles)."""

import pytest
from extraction_helpers import attributed, named, speakers_by_opening, story_statements


def speaker_and_named(text: str) -> list[tuple[str, bool]]:
    """(speaker's name, named) of each statement, in text order."""
    return [(s.name, s.named) if s else ("", False) for _, s, _ in attributed(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Harbourside boss Anders Holmqvist was delighted.\n\n“He gives us pace,” the "
            "49-year-old Swede told reporters at the training ground.",
            "Anders Holmqvist",
        ),
        (
            "Striker Paolo Ruggeri signed a new deal. The Italian said he had never wanted to "
            "leave.",
            "Paolo Ruggeri",
        ),
        (
            "Coach Marta Lindqvist named her squad.\n\n“We are ready,” the Dane said.",
            "Marta Lindqvist",
        ),
        (
            "Defender Kwame Boateng was booked twice.\n\n“I went in too hard,” the 26-year-old "
            "Ghanaian admitted.",
            "Kwame Boateng",
        ),
    ],
)
def test_a_nationality_noun_is_the_person_just_named(text: str, name: str) -> None:
    assert speaker_and_named(text)[-1] == (name, True)


def test_a_nationality_noun_with_no_one_named_or_an_indefinite_one_stays_unnamed() -> None:
    assert speaker_and_named("“We were unlucky,” the Spaniard said.") == [("the Spaniard", False)]
    text = "Manager Anders Holmqvist was delighted. An Italian said the price was high."
    assert speaker_and_named(text) == [("An Italian", False)]
    # a nationality before a noun is that noun's modifier, the body's name
    text = "Manager Anders Holmqvist was delighted. The Italian government said it would act."
    assert [name for name, _ in speaker_and_named(text)] == ["Italian government"]


def test_a_nationality_noun_leaves_no_second_statement_after_told_reporters() -> None:
    text = (
        "Harbourside boss Anders Holmqvist was delighted.\n\n“He gives us pace,” the "
        "49-year-old Swede told reporters at the club’s training ground."
    )
    assert [(content, cue) for content, _, cue in attributed(text)] == [
        ("He gives us pace", "told")
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Dale manager Connor Whelan admitted he was disappointed. The Dale boss said the "
            "club had made a good offer.",
            "Connor Whelan",
        ),
        (
            "Northgate manager Iñaki Castellan insisted the midfielder would stay. “Jamie is "
            "ready,” the Northgate boss said.",
            "Iñaki Castellan",
        ),
        (
            "Dale boss Connor Whelan said he was calm. “We are fine,” the manager said.",
            "Connor Whelan",
        ),
        (
            "Head coach Ruth Arendt said the squad was tired. “We need a rest,” the boss said.",
            "Ruth Arendt",
        ),
    ],
)
def test_a_club_boss_is_its_manager_just_quoted(text: str, name: str) -> None:
    assert speaker_and_named(text)[-1] == (name, True)


def test_a_boss_of_another_name_is_no_manager_of_an_other_body() -> None:
    text = (
        "Acme chief executive Ruth Arendt said sales rose. Store manager Tom Ives said sales "
        "fell. “We are fine,” the Acme boss said."
    )
    assert [name for name, _ in speaker_and_named(text)][-1] == "the Acme boss"


def test_a_nationality_noun_is_no_club_that_opened_the_sentence_before() -> None:
    text = (
        "Eastwick confirmed on their website that striker Paolo Ruggeri had signed a new "
        "deal. The Italian said he had never wanted to leave."
    )
    assert speaker_and_named(text)[-1] == ("The Italian", False)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Rovers manager Heather Calloway said her players were ready. “Records are there "
            "to be broken,” the former England defender said.",
            "Heather Calloway",
        ),
        (
            "Connor Whelan admitted he was disappointed. “We are fine,” the former Ireland "
            "international said.",
            "Connor Whelan",
        ),
        (
            "Pundit Gary Pennock said the club needed a striker. “The lad is not enough,” the "
            "former Wales midfielder said.",
            "Gary Pennock",
        ),
        (
            "Striker Emeka Obiora scored twice. “I felt sharp,” the Nigeria international said.",
            "Emeka Obiora",
        ),
    ],
)
def test_a_former_player_of_a_named_team_is_the_person_just_named(text: str, name: str) -> None:
    assert speaker_and_named(text)[-1] == (name, True)


def test_a_former_player_of_no_team_or_a_present_one_keeps_its_own_reading() -> None:
    text = "Connor Whelan admitted he was disappointed. “We are fine,” the former defender said."
    assert speaker_and_named(text)[-1] == ("the former defender", False)
    # a present player is no manager just quoted
    text = (
        "Rovers manager Heather Calloway said her players were ready. “We are ready,” the "
        "England defender said."
    )
    assert speaker_and_named(text)[-1][0] == "the England defender"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Reports in Italy claim the club have opened talks with Lazio.", "Reports in Italy"),
        (
            "Reports in Germany suggest Eintracht are monitoring the situation.",
            "Reports in Germany",
        ),
        (
            "Press reports in Italy claim the club have opened talks.",
            "Press reports in Italy",
        ),
        ("Media reports in Spain say the deal is close.", "Media reports in Spain"),
    ],
)
def test_reports_in_a_country_speak_not_the_country(text: str, name: str) -> None:
    assert speaker_and_named(text) == [(name, False)]


def test_people_or_a_report_in_a_paper_keep_their_reading() -> None:
    text = "Fans in Italy say the deal is close."
    assert speaker_and_named(text) == [("Fans in Italy", False)]
    text = "A report in the Gazette said the deal was close."
    assert speaker_and_named(text) == [("A report in the Gazette", False)]
    text = "Ann Lee reports from Madrid that the deal is close."
    assert [(content, cue) for content, _, cue in attributed(text)] == [
        ("the deal is close", "reports")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Calloway had told her own press conference on Thursday that Rovers had nothing to fear.",
        "Calloway told her press conference that Rovers had nothing to fear.",
        "Ines Duarte told her own board last week that Rovers had nothing to fear.",
    ],
)
def test_her_before_her_own_gathering_is_its_possessive(text: str) -> None:
    assert [content for content, _, _ in attributed(text)] == ["Rovers had nothing to fear"]


def test_her_as_the_listener_keeps_its_reading() -> None:
    text = "Whelan told her the press conference was over."
    assert [content for content, _, _ in attributed(text)] == ["the press conference was over"]
    text = "Whelan told her that the board had met."
    assert [content for content, _, _ in attributed(text)] == ["the board had met"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("“I am happy here,” the left-back said.", "the left-back"),
        ("The full-back insisted that he was happy.", "The full-back"),
        (
            "The 24-year-old right-back, who joined from Benfica in 2022, said he was happy.",
            "The 24-year-old right-back",
        ),
        ("The centre-forward told reporters the goal was a relief.", "The centre-forward"),
    ],
)
def test_a_hyphenated_position_speaks(text: str, name: str) -> None:
    assert speaker_and_named(text) == [(name, False)]


def test_a_hyphenated_position_is_the_player_just_named() -> None:
    text = (
        "Jamie Crook came into the side.\n\n“I was ready,” the 19-year-old centre-back told "
        "reporters."
    )
    assert speaker_and_named(text)[-1] == ("Jamie Crook", True)
    # a keeper is a lighthouse's or a zoo's as often: left as it was
    text = "A keeper at the zoo said the lions were calm."
    assert speaker_and_named(text) == [("A keeper at the zoo", False)]


def last_role(text: str) -> tuple[str, str | None]:
    """(name, role) of the last statement's speaker."""
    speaker = attributed(text)[-1][1]
    assert speaker is not None
    return speaker.name, speaker.role


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "The Magpies’ sporting director, Klaus Brenner, is understood to be keen. Brenner "
            "told the channel that the board would not panic.",
            "Magpies’ sporting director",
        ),
        (
            "The Gunners' manager, Klaus Brenner, was busy. Brenner said the board was calm.",
            "Gunners' manager",
        ),
        (
            "The Magpies’ sporting director, Klaus Brenner, said the board was calm.",
            "Magpies’ sporting director",
        ),
        (
            "The nurses’ union leader, Ann Vale, was busy. Vale said the offer was poor.",
            "nurses’ union leader",
        ),
    ],
)
def test_a_role_after_a_plural_possessive_is_the_apposed_persons(text: str, role: str) -> None:
    assert last_role(text)[1] == role


def test_a_singular_possessive_role_keeps_its_reading() -> None:
    text = "Northgate’s sporting director, Klaus Brenner, was busy. Brenner said it was calm."
    assert last_role(text) == ("Klaus Brenner", "Northgate’s sporting director")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Castellan rules out January exit for Okafor.", "January exit for Okafor"),
        ("Castellan ruled out January signings.", "January signings"),
        ("Lee announced January layoffs at the plant.", "January layoffs at the plant"),
    ],
)
def test_a_bare_month_before_its_noun_opens_what_is_said(text: str, content: str) -> None:
    assert [c for c, _, _ in attributed(text)] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "Lee said January 5 that the plant would close.",
        "Lee said in January that the plant would close.",
        "Lee said Monday that the plant would close.",
    ],
)
def test_a_month_or_day_as_the_cues_time_keeps_its_reading(text: str) -> None:
    assert [c for c, _, _ in attributed(text)] == ["the plant would close"]


# --- the invented articles' key facts ---------------------------------------------------------


def _found(name: str) -> list[tuple[str, str | None, str | None]]:
    """(each statement's content, speaker's name, kind) of an invented article."""
    return speakers_by_opening(name)


def _has(found: list[tuple[str, str | None, str | None]], opening: str, *who: str) -> bool:
    """Whether a statement of `found` opens with `opening`, its speaker's (name, kind) `who`."""
    return any(c.startswith(opening) and (w, k) == who for c, w, k in found)


def test_winger_signing_article() -> None:
    found = _found("transfers-winger-signing.txt")
    assert _has(found, "Tiago gives us something we did not hav", "Anders Holmqvist", "person")
    assert _has(found, "he may start on the bench after only fou", "Anders Holmqvist", "person")
    assert _has(found, "Nobody pushes Atlético Serrano around,” ", "Wagner Lacerda", "person")
    assert _has(found, "Harbourside have opened talks with Lazio", "Reports in Italy", "document")
    assert _has(
        found, "a striker remains a priority before the ", "Sources close to the club", "group"
    )
    # no second statement of "told reporters at the club’s training ground"
    assert not any(content.startswith("at the club") for content, _, _ in found)


def test_derby_presser_article() -> None:
    found = _found("transfers-derby-presser.txt")
    assert ("January exit for Okafor", "Iñaki Castellan", "person") in found
    assert _has(found, "Rovers had “nothing to fear” at St Anse", "Heather Calloway", "person")
    assert _has(found, "Records are there to be broken,” the for", "Heather Calloway", "person")
    assert _has(found, "Jamie is ready,” the Northgate boss said", "Iñaki Castellan", "person")
    assert _has(found, "the board would “not panic” in the winte", "Klaus Brenner", "person")
    # the club that opened the sentence before is no Italian
    assert _has(found, "he had “never wanted to be anywhere else", "The Italian", "person")


def test_contract_standoff_article() -> None:
    found = _found("transfers-contract-standoff.txt")
    assert _has(found, 'the club had "made a very good offer, the', "Connor Whelan", "person")
    assert _has(found, "it had not", "Connor Whelan", "person")
    assert _has(found, "Bundesliga side Eintracht Halden are als", "Reports in Germany", "document")
    assert _has(found, "Marko loves the club and the supporters,", "Dragan Petrovic", "person")
    assert _has(found, "If he is not going to sign, then sell hi", "Linda Osei", "person")


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Sky Sports understands that the add-ons are tied to appearances.", "Sky Sports"),
        ("According to Marca, the club have made an offer.", "Marca"),
        ("Globo Esporte has learned that the deal is done.", "Globo Esporte"),
    ],
)
def test_footballs_outlets_are_media(text: str, outlet: str) -> None:
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and (speaker.name, speaker.kind) == (outlet, "media")


def test_a_club_of_no_outlets_name_stays_unknown() -> None:
    [(_, speaker, _)] = attributed("Harbourside said the deal was subject to a work permit.")
    assert speaker is not None and speaker.kind == "unknown"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Okafor thanked the fans: “Forever grateful.”", "Forever grateful"),
        ("Okafor slammed the referee: “Shameful.”", "Shameful"),
        (
            "Okafor thanked the fans for their “amazing” support: “Forever grateful.”",
            "Forever grateful",
        ),
    ],
)
def test_a_short_quotation_after_a_stance_verbs_object_and_a_colon_is_what_is_said(
    text: str, content: str
) -> None:
    assert [(c, name) for c, name, _ in named(text)] == [(content, "Okafor")]


def test_a_scare_quote_inside_a_stance_verbs_object_keeps_its_reading() -> None:
    assert [c for c, _, _ in attributed("Okafor praised the “incredible” fans.")] == [
        "the “incredible” fans"
    ]


@pytest.mark.parametrize(
    ("headline", "content"),
    [
        (
            "Castellan rules out January exit for Okafor as Magpies boss fires derby warning",
            "January exit for Okafor",
        ),
        ("Minister defends plan as boss quits", "plan"),
        ("Lee hails deal as union boss quits", "deal"),
    ],
)
def test_a_headlines_as_clause_of_a_bare_singular_role_ends_the_object(
    headline: str, content: str
) -> None:
    assert story_statements("Body text here.", headline)[0][0] == content


def test_a_headlines_as_of_no_agent_stays_in_the_object() -> None:
    found = story_statements("Body text here.", "Lee hails deal as good news arrives")
    assert found[0][0] == "deal as good news arrives"


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "Vukovic has told the club he will not sign a new deal, according to reports, "
            "leaving the side facing a loss.",
            "Vukovic has told the club he will not sign a new deal",
            "reports",
        ),
        (
            "Prices rose 5%, according to the figures, marking a record.",
            "Prices rose 5%",
            "the figures",
        ),
    ],
)
def test_according_to_before_a_participles_clause_ends_at_its_comma(
    text: str, content: str, source: str
) -> None:
    assert (content, source, "according to") in named(text)


def test_the_inner_cue_stops_before_according_to() -> None:
    text = (
        "Vukovic has told the club he will not sign a new deal, according to reports, "
        "leaving the side facing a loss."
    )
    assert ("he will not sign a new deal", "Vukovic", "told") in named(text)
    # an opening "According to" keeps its reading
    text = "According to the figures, prices rose 5%."
    assert named(text) == [("prices rose 5%", "the figures", "According to")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The new signing said he was happy.", ("The new signing", False)),
        ("“It felt good,” the 22-year-old signing said.", ("the 22-year-old signing", False)),
        (
            "Winger Tiago Rezende scored. “It felt good,” the new signing said.",
            ("Tiago Rezende", True),
        ),
    ],
)
def test_a_clubs_signing_is_a_player(text: str, name: tuple[str, bool]) -> None:
    assert speaker_and_named(text)[-1] == name


def test_a_signing_ceremony_is_no_speaker() -> None:
    text = "At the signing, the mayor said the deal was historic."
    assert speaker_and_named(text) == [("the mayor", False)]
    assert [c for c, _, _ in attributed("The signing was delayed, Lee said.")] == [
        "The signing was delayed"
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Manager Iñaki Castellan was asked about the run. The Basque insisted his side "
            "were calm.",
            "Iñaki Castellan",
        ),
        (
            "Striker Sipho Dlamini scored twice. “It felt good,” the South African said.",
            "Sipho Dlamini",
        ),
    ],
)
def test_a_regional_or_two_word_nationality_is_the_person_just_named(text: str, name: str) -> None:
    assert speaker_and_named(text)[-1] == (name, True)


@pytest.mark.parametrize(
    "text",
    [
        "Tom Hale, who runs the bakery, spoke on Monday. The Japanese say they will not sign.",
        "Envoy Ray Dunn visited Dakar. The Senegalese said they would not accept the terms.",
        "Winger Rui Costa scored twice. “It was a good night,” the Portuguese said.",
    ],
)
def test_a_nationality_noun_that_is_a_peoples_plural_too_is_no_person_just_named(
    text: str,
) -> None:
    name, named_person = speaker_and_named(text)[-1]
    assert name in ("Japanese", "Senegalese", "Portuguese") and named_person


def test_a_modified_nationality_noun_in_ese_is_the_person_just_named() -> None:
    text = "Winger Rui Costa scored twice. “It was a good night,” the 26-year-old Portuguese said."
    assert speaker_and_named(text)[-1] == ("Rui Costa", True)


@pytest.mark.parametrize(
    "text",
    [
        "Campaign manager Tom Ives said the senator was tired. The boss said she needed a rest.",
        "Fund manager Ana Ruiz said markets were calm. “We are cautious,” the boss said.",
        "Assistant manager Tom Ives said the squad was tired. “We need a rest,” the boss said.",
    ],
)
def test_a_boss_is_no_deputy_nor_a_manager_of_another_trade(text: str) -> None:
    name, named_person = speaker_and_named(text)[-1]
    assert (name.lower(), named_person) == ("the boss", False)


def test_a_boss_is_a_club_manager_named_with_the_clubs_name() -> None:
    text = (
        "Asked about the derby, Dale manager Connor Whelan said he was calm. “We are fine,” "
        "the boss said."
    )
    assert speaker_and_named(text)[-1] == ("Connor Whelan", True)


def test_a_manager_of_another_body_is_no_boss_just_quoted() -> None:
    text = "Tesco boss Ken Lee said profits rose. The store manager said staff were tired."
    assert speaker_and_named(text)[-1] == ("The store manager", False)
    text = "Tesco boss Ken Lee said profits rose. The Tesco manager said staff were tired."
    assert speaker_and_named(text)[-1] == ("Ken Lee", True)


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Ann Lee spoke on Monday. The Australian reported that taxes would rise.",
        "First Minister Ann Lee spoke on Monday. The Scotsman reported that taxes would rise.",
        "Ray Dunn spoke on Monday. According to The Australian, taxes would rise.",
    ],
)
def test_a_paper_named_by_a_nationality_noun_is_no_person_just_named(text: str) -> None:
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.kind == "media"


def test_a_lower_case_nationality_noun_like_a_papers_name_is_the_person_just_named() -> None:
    text = "Striker Jack Lee scored twice. “It was great,” the Australian said."
    assert speaker_and_named(text)[-1] == ("Jack Lee", True)


@pytest.mark.parametrize(
    "text",
    [
        "The senator criticised the slogan: “Make it fair.”",
        "The mayor praised the new slogan: “Build it here.”",
    ],
)
def test_a_quoted_slogan_after_a_stance_verbs_object_is_no_word_of_the_subjects(
    text: str,
) -> None:
    assert all(not c.startswith(("Make", "Build")) for c, _, _ in attributed(text))
    assert [cue for _, _, cue in attributed(text)] == [text.split()[2]]


def test_the_signing_of_a_thing_is_an_act_not_a_player() -> None:
    [(_, speaker, cue)] = attributed(
        "The signing of the treaty showed that both sides wanted peace."
    )
    assert cue == "showed" and speaker is not None and speaker.kind != "person"
