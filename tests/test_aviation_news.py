"""Aviation incidents and airline news as wire services write them: constructions found by
trying whosaid on invented stories of an engine failure and diversion, a runway near-collision
and a cabin crew strike (tests/data/speakers/aviation-*.txt), each tested here on other
invented sentences."""

import pytest
from extraction_helpers import ARTICLES, attributed, contents, named, statements

from tui.core.figures import find_figures
from tui.core.statements import find_statements

# -- 1. a listener's place may end in its common noun: "at Frankfurt airport" ------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "He told reporters at Frankfurt airport that the union was wrong.",
            "the union was wrong",
        ),
        (
            "She told reporters at Union station that service would resume.",
            "service would resume",
        ),
        (
            "The minister told journalists at Lisbon airport the strike was illegal.",
            "the strike was illegal",
        ),
    ],
)
def test_a_listeners_place_ends_in_its_common_noun(text: str, content: str):
    assert contents(text) == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "She told journalists in Madrid station managers had been warned.",
            "station managers had been warned",
        ),
        (
            "He told reporters at Frankfurt airport on Monday that the union was wrong.",
            "the union was wrong",
        ),
    ],
)
def test_a_place_noun_before_the_contents_subject_is_the_subjects_modifier(text: str, content: str):
    assert contents(text) == [content]


def test_a_listeners_named_place_alone_stays_as_it_was():
    assert contents("He told reporters in Frankfurt that the union was wrong.") == [
        "the union was wrong"
    ]


# -- 2. a listener of two words before "to" and a quoted order ------------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ('The controller told the cargo crew to "expedite, expedite across."', "to"),
        ("She told the regional crew to “go around now.”", "to"),
        ('The dispatcher asked the ground staff to "clear the stand."', "to"),
    ],
)
def test_a_two_word_listener_before_a_quoted_order_is_not_content(text: str, content: str):
    [found] = contents(text)
    assert found.startswith(content + " ")
    assert "crew to" not in found and "staff to" not in found


def test_an_unquoted_order_after_a_two_word_listener_stays_as_it_was():
    assert contents("She told the cargo crew to hold short.") == ["to hold short"]


# -- 3. a quotation with its own attribution, then "according to" where it was had ------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“Mayday, mayday, we have lost an engine,” the captain told air traffic control,"
            " according to a transcript.",
            "the captain",
        ),
        ('"We are going down," the pilot told the tower, according to the recording.', "the pilot"),
        ('"We are going down," said the pilot, according to the transcript.', "the pilot"),
        ("“Hold your position,” the pilot told his wife, according to police.", "the pilot"),
        ('"Call me," the pilot wrote to his sister, according to the letter.', "the pilot"),
    ],
)
def test_a_quotation_attributed_before_according_to_keeps_its_speaker(text: str, speaker: str):
    [(content, found, _)] = attributed(text)
    assert found is not None and found.name == speaker
    assert "according" not in content and speaker not in content


@pytest.mark.parametrize(
    "text",
    [
        # a quotation inside the clause: the witnesses relay it all
        'The plan is "dead," the mayor told aides, according to two people who attended.',
        # the cue opens the quotation: the document is where it was had
        'The tower said "hold short," according to a recording.',
    ],
)
def test_a_quotation_inside_a_relayed_clause_stays_relayed(text: str):
    assert any(cue == "according to" for _, _, cue in named(text))


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            '"We will win," the mayor told reporters. Turnout fell, according to officials.',
            "Turnout fell",
        ),
        ('"We will win," said Ann Lee. Turnout fell, according to officials.', "Turnout fell"),
        (
            '"We will appeal," the lawyer told the court. The judge disagreed, according to a'
            " transcript.",
            "The judge disagreed",
        ),
    ],
)
def test_according_to_after_a_quotations_sentence_has_ended_keeps_its_own_clause(
    text: str, content: str
):
    assert (content, "according to") in [(found, cue.lower()) for found, _, cue in named(text)]


@pytest.mark.parametrize(
    "text",
    [
        '"We are going down," said Sen. Ann Lee, according to the transcript.',
        '"Hold short," the controller told the crew at 9 p.m., according to a recording.',
    ],
)
def test_an_attribution_with_an_abbreviation_before_according_to_keeps_the_quotation(text: str):
    [(_, _, cue)] = named(text)
    assert cue in {"said", "told"}


# -- 4. "the airline" stands for no body its appositive calls a union -------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Strikes ground flights\n\nThe airline said 85,000 passengers were affected.\n\n"
            "The union representing cabin crew, KabinenVerband, is demanding a 15 percent"
            " rise. The airline has offered 6 percent over two years.",
            "The airline",
        ),
        (
            "Strikes ground flights\n\nThe company said 300 jobs would go.\n\n"
            "Pilotenbund, the pilots' association, called it a betrayal. The company said"
            " talks would go on.",
            "The company",
        ),
        (
            "Strikes ground flights\n\nThe carrier said fares would rise.\n\n"
            "Velda, a federation of travel agents, said fares were too high. The carrier said"
            " it had no choice.",
            "The carrier",
        ),
    ],
)
def test_a_company_noun_does_not_stand_for_a_union_or_association(text: str, speaker: str):
    assert named(text)[-1][1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Prices rise\n\nAcme Foods, a member of the grocers' association, said prices would"
            " rise. The company said it had no choice.",
            "Acme Foods",
        ),
        (
            "Profits fall\n\nKeller Systems, a campaign software maker, said sales fell. The"
            " company said it would cut jobs.",
            "Keller Systems",
        ),
        (
            "Shares slide\n\nVolta Air, the alliance partner of Renfield, said sales fell. The"
            " carrier said it would cut jobs.",
            "Volta Air",
        ),
    ],
)
def test_a_company_described_by_way_of_a_union_or_a_party_stays_the_company(
    text: str, speaker: str
):
    assert named(text)[-1][1] == speaker


def test_a_company_noun_still_stands_for_the_airline_named_since():
    text = (
        "Fares rise, company says\n\nHalvern Air said fares would rise. The company said it"
        " had no choice."
    )
    assert named(text)[-1][1] == "Halvern Air"


# -- 5. "pushed back on" a claim rejects it, as "rejected" does --------------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The controllers' union pushed back on any suggestion that the controller alone"
            " was to blame.",
            "any suggestion that the controller alone was to blame",
        ),
        (
            "The minister pushed back on claims that the deal was dead.",
            "claims that the deal was dead",
        ),
        ("The airline has pushed back on the ruling.", "the ruling"),
    ],
)
def test_pushing_back_on_a_claim_is_a_stance_of_the_subject(text: str, content: str):
    assert [(s.act, text[s.span[0] : s.span[1]]) for s in statements(text)] == [("stance", content)]
    assert named(text)[0][2] is not None and named(text)[0][2].endswith("back on")


@pytest.mark.parametrize(
    "text",
    [
        "Riot police pushed back against the crowd.",
        "The agency pushed back the launch to May.",
        "He said he would push back on the critics.",
    ],
)
def test_shoves_delays_and_intentions_are_no_rejection(text: str):
    assert [cue for _, _, cue in named(text)] == (["said"] if " said " in text else [])


@pytest.mark.parametrize(
    "text",
    [
        "The flight pushed back on time at 9 a.m.",
        "The jet pushed back on schedule from gate 12.",
        "The union pushed back on Monday against the plan.",
    ],
)
def test_pushing_back_on_a_time_is_a_departure_or_a_delay(text: str):
    assert statements(text) == []


# -- 6. offering travellers goods or a controller's vectors is a deed, no stance ---------------


@pytest.mark.parametrize(
    "text",
    [
        "A controller offered vectors to Halvorsen, 90 nautical miles to the east.",
        "The airline offered refunds.",
        "The carrier offered hotel rooms and meals on Monday.",
        "Solair offered vouchers to passengers on the cancelled flights.",
    ],
)
def test_offering_goods_or_vectors_is_no_statement(text: str):
    assert statements(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The minister offered condolences to the families.",
        "The airline offered an apology.",
        "The airline offered 6 percent over two years.",
    ],
)
def test_offering_words_or_terms_stays_a_stance(text: str):
    assert [s.act for s in statements(text)] == ["stance"]


# -- 7. "is expected in 12 to 18 months": a schedule, nobody's belief --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The board's final report is expected in 12 to 18 months.",
        "The verdict is expected within days.",
        "A final report is expected in about a year.",
        "A ruling is expected in the next few weeks.",
    ],
)
def test_a_thing_expected_within_a_span_of_time_is_no_statement(text: str):
    assert statements(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Prices are expected to rise in 12 months.",
        "The deal is expected in six months to lift profits.",
    ],
)
def test_a_forecast_with_a_span_of_time_stays_a_thought(text: str):
    assert [s.act for s in statements(text)] == ["thought"]


def test_a_schedule_with_its_source_stays_the_sources():
    text = "A final report is expected in about a year, the agency said."
    assert named(text) == [("A final report is expected in about a year", "the agency", "said")]


# -- 8. "can be heard saying", "kept saying": the verb group is the subject's -----------------


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            'The captain can be heard saying, "We are losing altitude."',
            "We are losing altitude",
            "The captain",
        ),
        ('"Pull up, pull up," the first officer can be heard saying.', "Pull up, pull up", None),
        (
            "The pilot could be heard telling controllers that the gear would not lower.",
            "the gear would not lower",
            "The pilot",
        ),
        (
            "The mayor was caught on camera saying the plan was dead.",
            "the plan was dead",
            "The mayor",
        ),
        ('"Brace," the purser kept shouting.', "Brace", "the purser"),
    ],
)
def test_a_participle_of_saying_after_its_verb_group_is_the_subjects(
    text: str, content: str, speaker: str | None
):
    [(found, who, _)] = attributed(text)
    assert found == content
    assert who is not None
    assert who.name == (speaker or "the first officer")


@pytest.mark.parametrize(
    "text",
    [
        "Dozens of people began calling 911 after the shots.",
        "We will keep pushing for the bridge",
        "The pilot can be seen waving from the cockpit.",
    ],
)
def test_other_participles_after_such_verbs_report_nothing(text: str):
    assert statements(text) == []


def test_a_participle_trailing_its_clause_stays_the_subjects():
    assert named("The mayor kept the plan, saying it worked.") == [
        ("it worked", "The mayor", "saying")
    ]


# -- 9. "apologised to passengers": the addressees are no content -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The chief executive apologised to passengers.",
        "The airline apologized to customers on Monday.",
        "The carrier apologised to travellers for the delay.",
    ],
)
def test_an_apology_to_people_alone_has_no_content(text: str):
    assert statements(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Tom Hale wrote to donors asking for help.", "to donors asking for help"),
        ("The union vowed to fight the cuts.", "to fight the cuts"),
        ("She pledged to voters that taxes would fall.", "taxes would fall"),
        ("She pledged to voters she would cut taxes.", "to voters she would cut taxes"),
    ],
)
def test_what_follows_the_addressees_or_an_infinitive_stays_content(text: str, content: str):
    assert contents(text) == [content]


# -- 10. "called out", "yelled out": a verb of crying out with its particle ----------------------


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        ('The first officer called out "Stall, stall."', "Stall, stall", "called out"),
        ('"Stall, stall," the first officer called out.', "Stall, stall", "called out"),
        ("The crew yelled out “Evacuate!”", "Evacuate!", "yelled out"),
        ("She cried out that she could not breathe.", "she could not breathe", "cried out"),
    ],
)
def test_a_verb_of_crying_out_reports_what_follows_or_went_before(
    text: str, content: str, cue: str
):
    [(found, _, found_cue)] = named(text)
    assert (found, found_cue) == (content, cue)


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        ('"You lied," a heckler shouted out as the mayor spoke.', "You lied", "shouted out"),
        ('"Shame on you," she called out to the minister.', "Shame on you", "called out"),
        ('"No," the striker hit back at his critics.', "No", "hit back"),
    ],
)
def test_a_reply_or_crying_out_after_its_quotation_and_speaker_reports_it(
    text: str, content: str, cue: str
):
    [(found, _, found_cue)] = named(text)
    assert (found, found_cue) == (content, cue)


@pytest.mark.parametrize(
    "text",
    [
        '"It is over," Lee said as rivals hit back at him.',
        '"We won," the coach said before fans called out the referee.',
    ],
)
def test_a_reply_after_another_cue_of_the_quotation_reports_nothing(text: str):
    assert [cue for _, _, cue in named(text)] == ["said"]


@pytest.mark.parametrize(
    "text",
    ["The senator called out the company for its prices.", "The team called out for help."],
)
def test_crying_out_a_rebuke_or_for_help_reports_no_words(text: str):
    assert named(text) == []


# -- the invented articles: a few speakers and statements each ----------------------------------


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        (
            "aviation-engine-diversion.txt",
            {
                ("Kjersti Lindqvist", "person"),
                ("Amira Haddad", "person"),
                ("Tomas Ekberg", "person"),
                ("Lars Ekberg", "person"),
                ("Ruth Abernathy", "person"),
                ("Korrin Aero", "organization"),
                ("Nordaval Airways", "organization"),
            },
        ),
        (
            "aviation-runway-incursion.txt",
            {
                ("Dolores Whitcombe", "person"),
                ("Marcus Delacroix", "person"),
                ("Gabriela Santos", "person"),
                ("Rafael Santos", "person"),
                ("Hiroshi Tanabe", "person"),
                ("Elaine Prescott", "person"),
                ("Civil Aeronautics Administration", "organization"),
            },
        ),
        (
            "aviation-strike-delays.txt",
            {
                ("Benedikt Aurelius", "person"),
                ("Sabine Krull", "person"),
                ("Jana Novak", "person"),
                ("Kofi Mensah", "person"),
                ("Matteo Ricci", "person"),
                ("Ingrid Solberg", "person"),
                ("Friedrich Lanz", "person"),
                ("KabinenVerband", "organization"),
            },
        ),
    ],
)
def test_the_invented_aviation_articles_name_their_speakers(
    article: str, expected: set[tuple[str, str]]
):
    speakers, _ = find_statements((ARTICLES / article).read_text(encoding="utf-8"))
    assert expected <= {(s.name, s.kind) for s in speakers}


def _article(name: str) -> list[tuple[str, str | None, str | None]]:
    text = (ARTICLES / name).read_text(encoding="utf-8")
    return [(content, s.name if s else None, cue) for content, s, cue in attributed(text)]


def test_the_diversion_article_keeps_the_mayday_call_once_and_no_vectors():
    found = _article("aviation-engine-diversion.txt")
    mayday = [row for row in found if row[0].startswith("Mayday")]
    assert [(name, cue) for _, name, cue in mayday] == [("the captain", "told")]
    assert not any(content.startswith("vectors") for content, _, _ in found)
    assert ("the crew", "Norwegian Pilots' Association", "praised") in found
    assert any(name == "Ruth Abernathy" and cue == "believes" for _, name, cue in found)


def test_the_runway_article_keeps_the_controllers_order_and_the_unions_rejection():
    found = _article("aviation-runway-incursion.txt")
    assert [row for row in found if "expedite" in row[0]][0][:2] == (
        'to "expedite, expedite across',
        "the controller",
    )
    assert not any(cue == "suggestion" for _, _, cue in found)
    assert not any(content.startswith("The NASB's final report") for content, _, _ in found)
    rejected = [row for row in found if row[2] == "pushed back on"]
    assert [name for _, name, _ in rejected] == ["The controllers' union"]


def test_the_strike_article_keeps_the_airlines_offer_apart_from_the_union():
    found = _article("aviation-strike-delays.txt")
    offered = [name for content, name, cue in found if cue == "offered"]
    assert offered == ["The airline"]
    told = [
        content for content, name, cue in found if name == "Benedikt Aurelius" and cue == "told"
    ]
    assert told and told[0].startswith("average working time")


# -- 11. a runway's number and a transponder code are identifiers, no figures -------------------


@pytest.mark.parametrize(
    "text",
    [
        "Flight 2204 was cleared to land on runway 27.",
        "The crew squawked 7700 over the sea.",
        "The jet turned off onto taxiway 4.",
    ],
)
def test_a_runway_or_a_squawk_code_is_no_figure(text: str):
    assert find_figures(text) == []


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The jet reached the runway 40 minutes later.", 40.0, "minute"),
        ("The plane left the runway 20 minutes after the storm.", 20.0, "minute"),
        ("The flight 40 minutes later landed safely.", 40.0, "minute"),
    ],
)
def test_a_time_after_an_identifiers_noun_stays_a_figure(text: str, value: float, unit: str):
    assert [(f.value, f.unit) for f in find_figures(text)] == [(value, unit)]


def test_counted_runways_stay_figures():
    assert [(f.value, f.unit) for f in find_figures("The airport has two runways.")] == [
        (2.0, "runways")
    ]


# -- 12. a model's name with its series letters stays in the counted noun phrase ---------------


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The airline grounded 24 Boeing 737 MAX 8 planes.", 24.0, "planes"),
        ("It bought 12 Boeing 777X jets.", 12.0, "jets"),
        ("It flies eight Boeing 787-9 aircraft.", 8.0, "aircraft"),
    ],
)
def test_a_counted_model_with_series_letters_counts_its_noun(text: str, value: float, unit: str):
    assert [(f.value, f.unit) for f in find_figures(text)] == [(value, unit)]


def test_a_named_list_number_before_a_noun_stays_as_it_was():
    assert [(f.value, f.unit) for f in find_figures("Two Fortune 500 companies left.")] == [
        (2.0, "companies")
    ]


# -- 13. "he" is no speaker heard by surname whose given name, named before, is a woman's -------


@pytest.mark.parametrize(
    "text",
    [
        "Strike\n\nSabine Krull met Benedikt Aurelius on Friday. Krull said the talks had"
        " failed. He said progress had been made.",
        "Strike\n\nThe union's leader, Sabine Krull, and the airline's chief, Benedikt Aurelius,"
        " met on Friday. Krull said the talks had failed. He disagreed, saying progress had been"
        " made.",
    ],
)
def test_he_is_not_a_woman_heard_by_her_surname(text: str):
    assert named(text)[-1][1] in {"He", "Benedikt Aurelius"}


def test_she_is_still_the_woman_heard_by_her_surname():
    text = (
        "Strike\n\nSabine Krull met the minister on Friday. Krull said the talks had failed."
        " She said progress had been made."
    )
    assert named(text)[-1][1] == "Sabine Krull"


# -- 14. "According to X, <a clause>, <its appositive>": the clause is no source's appositive ----


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "According to the preliminary report, the crew disabled the autothrottle, a step the"
            " manufacturer advises against.",
            "the crew disabled the autothrottle, a step the manufacturer advises against",
        ),
        (
            "According to the report, pilots took the controls, a rare move.",
            "pilots took the controls, a rare move",
        ),
    ],
)
def test_a_clause_after_the_source_is_content_not_its_appositive(text: str, content: str):
    [(found, who, _)] = named(text)
    assert found == content
    assert who is not None and who.endswith("report")


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "According to Ann Lee, a lawyer who represented the family, the bridge is safe.",
            "lawyer",
        ),
        ("According to Ann Lee, a lawyer, the bridge is safe.", "lawyer"),
    ],
)
def test_a_sources_appositive_with_its_relative_clause_stays_its_role(text: str, role: str):
    [(found, who, _)] = attributed(text)
    assert found == "the bridge is safe"
    assert who is not None and (who.name, who.role) == ("Ann Lee", role)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "According to Tom Reyes, the lawyer assigned the case, the bridge is safe.",
            "lawyer assigned the case",
        ),
        (
            "According to Ann Lee, a researcher awarded a grant by the city, the bridge is safe.",
            "researcher awarded a grant by the city",
        ),
        (
            "According to Mark Ruiz, an analyst quoted two years ago, the bridge is safe.",
            "analyst quoted two years ago",
        ),
    ],
)
def test_a_named_sources_role_with_a_participle_and_its_object_stays_its_role(text: str, role: str):
    [(found, who, _)] = attributed(text)
    assert found == "the bridge is safe"
    assert who is not None and who.role == role


# -- 15. a purser is a person of the crew -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Holt, a purser, said the airline had run out of excuses.",
        "Maren Holt, a former purser, said the airline had run out of excuses.",
        "Holt, a loadmaster, said the cargo had shifted.",
    ],
)
def test_a_purser_or_a_loadmaster_is_a_person(text: str):
    [(_, who, _)] = attributed(text)
    assert who is not None and who.kind == "person"
