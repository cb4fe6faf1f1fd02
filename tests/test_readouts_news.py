"""State media and official readouts as a new analyst reads them: constructions found by
trying whosaid on invented wire stories of a leaders' phone call, a summit's communique and a
vice-premier's visit (in tests/data/speakers/), each tested here on other invented
sentences."""

import pytest
from extraction_helpers import ARTICLES, attributed, speaker_of

from tui.core.figures import find_figures
from tui.core.statements import find_statements


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The readout said the ministers spoke for an hour.", "The readout"),
        ("The Belmarian readout said the call was warm.", "The Belmarian readout"),
        ("A Foreign Ministry readout said the envoys met twice.", "A Foreign Ministry readout"),
        (
            "According to a government readout, the two premiers agreed to meet again.",
            "a government readout",
        ),
        (
            "The envoys agreed to meet again, according to the Osmari readout of the call.",
            "the Osmari readout",
        ),
    ],
)
def test_a_readout_of_a_call_is_a_document(text: str, name: str):
    assert speaker_of(text) == (name, "document", None)


def test_a_readout_from_a_body_is_the_bodys_word():
    # the body that gave the readout out speaks: no person named "readout"
    name, kind, _ = speaker_of(
        "According to a readout from the Trade Ministry, the envoys agreed to meet again."
    )
    assert kind in ("organization", "document")
    assert "Trade Ministry" in name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Osmari side said the call lasted an hour.", "Osmari side"),
        ("The other side said the talks were over.", "The other side"),
        ("The Presidential Palace said the envoy had left.", "Presidential Palace"),
        ("The palace said the visit was private.", "The palace"),
        ("The Lodan Chamber of Commerce said exports fell.", "Lodan Chamber of Commerce"),
        ("Exports will rise next year, the chamber said.", "the chamber"),
    ],
)
def test_a_side_in_talks_a_seat_of_government_and_a_chamber_are_bodies(text: str, name: str):
    assert speaker_of(text) == (name, "organization", None)


def test_a_side_as_a_place_in_the_sentence_is_no_speaker():
    assert speaker_of("On the other side, Ana Brel said the talks were over.")[0] == "Ana Brel"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("State broadcaster KTV said the visit was welcome.", "KTV", "State broadcaster"),
        ("Public broadcaster RNO said the visit was welcome.", "RNO", "Public broadcaster"),
        ("State television OTR said the visit was welcome.", "OTR", "State television"),
        ("The state broadcaster KTV said the visit was welcome.", "KTV", "state broadcaster"),
        ("State radio Belmar FM said the port was shut.", "Belmar FM", "State radio"),
    ],
)
def test_a_mediums_noun_opening_the_sentence_is_its_role(text: str, name: str, role: str):
    assert speaker_of(text) == (name, "media", role)


def test_a_capitalised_outlets_name_before_a_name_still_ends_a_complement():
    # "Globe" capitalised is the outlet's own word: the person after it speaks
    text = "In an interview with the Lodan Globe Mara Quist said the port was shut."
    assert speaker_of(text)[0] == "Mara Quist"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Vice-Premier Sun Haolin said the talks were good.", "Sun Haolin", "Vice-Premier"),
        (
            "Osmari Vice-Premier Sun Haolin said the talks were good.",
            "Sun Haolin",
            "Osmari Vice-Premier",
        ),
        ("Vice-Minister Ra Joon-ho said the visit was useful.", "Ra Joon-ho", "Vice-Minister"),
        ("Vice-Chairman Tomas Erk said the board agreed.", "Tomas Erk", "Vice-Chairman"),
        # a family name that is a paper's word too ("the Sun") after a title
        ("Vice-President Sun Haolin said the talks were good.", "Sun Haolin", "Vice-President"),
    ],
)
def test_a_hyphened_deputys_title_is_a_role_not_a_name(text: str, name: str, role: str):
    assert speaker_of(text) == (name, "person", role)


@pytest.mark.parametrize(
    "text",
    [
        "The official Osmar News Agency (ONA) said the talks were good. ONA later said the "
        "envoy had left.",
        "The Osmar News Agency said the talks were good. ONA later said the envoy had left.",
        "State news agency Belmar Press Service said the talks were good. BPS later said the "
        "envoy had left.",
    ],
)
def test_a_news_agency_is_found_again_by_its_acronym(text: str):
    speakers, statements = find_statements(text)
    assert len({st.speaker for st in statements}) == 1
    assert [s.kind for s in speakers] == ["media"]


def test_an_acronym_of_no_outlet_is_still_a_body_of_its_own():
    text = "The Osmar News Agency said the talks were good. The OAA later said the envoy left."
    speakers, statements = find_statements(text)
    assert len({st.speaker for st in statements}) == 2


@pytest.mark.parametrize(
    "text",
    [
        "He told the Vestia-Press news agency that the visit was welcome.",
        "He told the Vestia news agency that the visit was welcome.",
        "He told the Ria-Lodan agency that the visit was welcome.",
        "She told the Vestia news agency on Monday that the visit was welcome.",
        "She told the Vestia news agency the visit was welcome.",
    ],
)
def test_a_news_agency_told_is_the_listener_not_the_content(text: str):
    [(content, _, cue)] = attributed(text)
    assert (content, cue) == ("the visit was welcome", "told")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The readout said the two ministers met twice and agreed to talk again.",
            "the two ministers met twice and agreed to talk again",
        ),
        (
            "Lee said both sides had talked and agreed to a truce.",
            "both sides had talked and agreed to a truce",
        ),
        (
            "The statement said the envoys exchanged gifts and agreed to meet in May.",
            "the envoys exchanged gifts and agreed to meet in May",
        ),
    ],
)
def test_a_joint_act_of_the_contents_plural_subject_stays_in_the_content(text: str, content: str):
    [(found, _, cue)] = attributed(text)
    assert (found, cue) == (content, "said")


@pytest.mark.parametrize(
    "text",
    [
        "Lee said the plan was good and agreed to fund it.",
        "Lee said the process was slow and agreed to speed it up.",
        "The envoys said they met twice and agreed to keep talking.",
        "The mayor said the piers were damaged and vowed to rebuild them.",
    ],
)
def test_the_speakers_own_act_after_the_content_is_still_a_statement(text: str):
    assert len(attributed(text)) == 2


@pytest.mark.parametrize(
    "text",
    [
        "The envoy said the crisis had passed and agreed to stay on.",
        "Osk said the talks went smoothly and agreed to return in June.",
        "The premier said the news was welcome and agreed to visit.",
        "Osk said the delegates were tired and agreed to adjourn.",
    ],
)
def test_the_speaker_agrees_after_a_content_whose_subject_is_no_party(text: str):
    assert [cue for _, _, cue in attributed(text)] == ["said", "agreed"]


def test_parties_who_met_agree_together_in_the_content():
    text = "The readout said the delegates met in Osmar and agreed to trade grain."
    assert [cue for _, _, cue in attributed(text)] == ["said"]


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Exports could rise by 10% to 15% next year.", 10, 15),
        ("Prices may fall by 2% to 3% this spring.", 2, 3),
        ("Output will grow by 4 to 6 percent.", 4, 6),
        ("Rents are expected to climb by 3% to 5% in the spring.", 3, 5),
        ("The board plans to cut fees by 6% to 9%.", 6, 9),
    ],
)
def test_a_range_after_by_with_near_ends_is_one_figure(text: str, low: float, high: float):
    [figure] = find_figures(text)
    assert (figure.value, figure.high, figure.unit) == (low, high, "percent")


@pytest.mark.parametrize(
    "text",
    [
        "Unemployment rose by 0.2% to 4.5% in May.",
        "The population grew by 7 million to 67 million.",
        # near ends after a past verb of change: still the change, then the level
        "The central bank raised its rate by 0.25% to 0.5%.",
        "Inflation rose by 1.8% to 4.6% over the year.",
        "The budget gap widened by $20 billion to $55 billion in June.",
        "The index has climbed by 1.4 points to 3.9 points.",
    ],
)
def test_a_change_by_then_the_level_it_reached_stays_two_figures(text: str):
    assert [f.high for f in find_figures(text)] == [None, None]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The ministers agreed to open a joint office, but the statement gave no date.",
            "to open a joint office",
        ),
        ("Osk promised to cut tariffs, and the talks were later extended.", "to cut tariffs"),
        ("The envoy vowed to return, though he did not say when.", "to return"),
    ],
)
def test_an_infinitives_content_ends_before_a_clause_of_its_own(text: str, content: str):
    assert attributed(text)[0][0] == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Vellor said it hopes to hire 80 staff, but the posts would be part-time.",
            "it hopes to hire 80 staff, but the posts would be part-time",
        ),
        (
            "Osk said the plan to merge the ports was sound, and the board would vote soon.",
            "the plan to merge the ports was sound, and the board would vote soon",
        ),
        (
            "The envoy said he intends to stay, and he has the backing to do so.",
            "he intends to stay, and he has the backing to do so",
        ),
    ],
)
def test_a_said_clause_with_an_infinitive_inside_runs_on(text: str, content: str):
    [(found, _, _)] = attributed(text)
    assert found == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Osk agreed to lease the dock, but the deal fell through.", "to lease the dock"),
        ("The envoy vowed not to resign, though he went in the end.", "not to resign"),
        ("The union urged its members to vote, but the turnout sank.", "its members to vote"),
    ],
)
def test_an_infinitive_ends_before_a_clause_with_an_irregular_past(text: str, content: str):
    assert attributed(text)[0][0] == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Osk pledged to fix the roads, and the bridges that were damaged.",
            "to fix the roads, and the bridges that were damaged",
        ),
        (
            "Osk pledged to fix the roads, and the bridges too.",
            "to fix the roads, and the bridges too",
        ),
        (
            "Osk said the roads would be fixed, but the council balked at the cost.",
            "the roads would be fixed, but the council balked at the cost",
        ),
    ],
)
def test_more_of_the_object_or_a_said_clause_runs_on(text: str, content: str):
    [(found, _, _)] = attributed(text)
    assert found == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'According to the readout, the two envoys agreed to "deepen ties" in trade.',
            'the two envoys agreed to "deepen ties" in trade',
        ),
        (
            'According to the report, the ministers backed "closer ties" in farming.',
            'the ministers backed "closer ties" in farming',
        ),
    ],
)
def test_a_clause_quoting_words_after_according_to_is_no_appositive(text: str, content: str):
    [(found, speaker, cue)] = attributed(text)
    assert (found, cue) == (content, "According to")
    assert speaker is not None and speaker.kind == "document"


def test_an_appositive_closed_by_a_comma_before_a_quotation_stays_the_sources():
    text = 'According to Ilse Varn, a lawyer, "the case is weak."'
    assert speaker_of(text) == ("Ilse Varn", "person", "lawyer")


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Ilse Varn said the talks went well. The Osmari presidency gave a shorter account. "
            "It said the talks were useful.",
            "Osmari presidency",
            "organization",
        ),
        (
            "The agency ONA said the talks went well. The Osmari presidency gave a shorter "
            "account. In a statement, it said the talks were useful.",
            "Osmari presidency",
            "organization",
        ),
        (
            "The agency ONA said the talks went well. The communique, a long text, was signed "
            "by four leaders. It also said an office would open.",
            "The communique",
            "document",
        ),
    ],
)
def test_it_after_a_sentence_opened_by_a_body_or_a_document_is_that_subject(
    text: str, name: str, kind: str
):
    _, last, _ = attributed(text)[-1]
    assert last is not None and (last.name, last.kind) == (name, kind)


@pytest.mark.parametrize(
    "text",
    [
        "The agency ONA said the talks went well. The bridge was shut on Monday. It said the "
        "bridge would reopen.",
        "The agency ONA said the talks went well. The minister was silent. It said the talks "
        "had stalled.",
    ],
)
def test_it_after_a_sentence_opened_by_no_body_is_still_the_last_one(text: str):
    _, last, _ = attributed(text)[-1]
    assert last is not None and last.name == "ONA"


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        (
            "readout-leaders-call.txt",
            {
                ("Presidential Palace", "organization"),
                ("Sorvian side", "organization"),
                ("The Sorvian readout", "document"),
                ("Liang Wen", "person"),
                ("TNA", "media"),
            },
        ),
        (
            "readout-summit-communique.txt",
            {
                ("the communique", "document"),
                ("a Tianmari government readout", "document"),
                ("Guo Liqiang", "person"),
                ("Mirela Kostan", "person"),
            },
        ),
        (
            "readout-vice-premier-visit.txt",
            {
                ("Song Yiping", "person"),
                ("Tianmar News Agency (TNA)", "media"),
                ("TTV", "media"),
                ("Kelsan presidency", "organization"),
            },
        ),
    ],
)
def test_the_invented_readout_articles_name_their_speakers(
    article: str, expected: set[tuple[str, str]]
):
    speakers, _ = find_statements((ARTICLES / article).read_text(encoding="utf-8"))
    assert expected <= {(s.name, s.kind) for s in speakers}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Teo Varga said the plan was bad. Orun Prime Minister Tevita Lomu was more "
            "cautious. He told reporters the money mattered.",
            "Tevita Lomu",
        ),
        (
            "Teo Varga said the plan was bad. Ambassador Ika Mosese was less sure. He told "
            "reporters the money mattered.",
            "Ika Mosese",
        ),
        (
            "Teo Varga said the plan was bad. Vice-Premier Gao Haolin stayed silent. He later "
            "told reporters the money mattered.",
            "Gao Haolin",
        ),
    ],
)
def test_an_office_holder_of_no_known_gender_opening_the_last_sentence_is_he(text: str, name: str):
    _, last, _ = attributed(text)[-1]
    assert last is not None and last.name == name


def test_an_office_holder_of_the_other_gender_is_not_he():
    text = (
        "Teo Varga said the plan was bad. Prime Minister Anna Lomu was more cautious. He told "
        "reporters the money mattered."
    )
    _, last, _ = attributed(text)[-1]
    assert last is not None and last.name == "Teo Varga"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # a place or channel something befalls
        (
            "The utility said the outage was over. The pumping station was flooded overnight. "
            "It said repairs would take a week.",
            "The utility",
        ),
        (
            "Varn Mining said no one was hurt. The site was sealed off by noon. It said the "
            "shaft would reopen.",
            "Varn Mining",
        ),
        (
            "The assembly said the session would go on. The chamber was evacuated at noon. It "
            "said members were safe.",
            "The assembly",
        ),
        (
            "The agency said the data were late. The agency's website crashed twice. It said "
            "a fix was coming.",
            "The agency",
        ),
        # near-miss: a body's document that gives an account speaks
        (
            "The ministry said the canal was safe. The board's audit, out on Friday, found "
            "leaks. It said repairs would take a year.",
            "The board's audit",
        ),
    ],
)
def test_it_after_a_sentence_opened_by_a_place_or_a_bodys_thing_is_still_the_body(
    text: str, body: str
):
    _, last, _ = attributed(text)[-1]
    assert last is not None and last.name == body
