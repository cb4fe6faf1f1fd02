"""Religion and education news as a new analyst reads it: constructions found by trying
whosaid on invented stories of a synod closing rural parishes, a mosque refused planning
permission and a university cutting courses (tests/data/speakers/faith-*.txt), each tested
here on other invented sentences and on near-misses that must not change."""

import pytest
from extraction_helpers import attributed, named, speaker_of, speakers_by_opening


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Ruth Okonjo, Bishop of Wexley, said the parishes would merge.",
            "Ruth Okonjo",
            "Bishop of Wexley",
        ),
        (
            "The money has gone, Tomas Vidal, Archbishop of Corran and Lisle, said.",
            "Tomas Vidal",
            "Archbishop of Corran and Lisle",
        ),
        (
            "Miriam Fass, Rabbi of Eastgate Synagogue, told members the roof would be fixed.",
            "Miriam Fass",
            "Rabbi of Eastgate Synagogue",
        ),
    ],
)
def test_a_clerical_title_of_a_see_after_a_name_is_the_names_role(
    text: str, name: str, role: str
) -> None:
    # "Bishop of Wexley" is her see, not someone titled Bishop and named "of Wexley"
    assert speaker_of(text) == (name, "person", role)


@pytest.mark.parametrize(
    "text",
    [
        "The senator from Reno, Sen. Ann Lee, said the bill was dead.",
        "Sen. Ann Lee, the senator from Reno, said the bill was dead.",
    ],
)
def test_a_title_before_a_name_after_a_description_still_opens_the_name(text: str) -> None:
    assert speaker_of(text) == ("Ann Lee", "person", "senator from Reno")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A deacon at one of the churches said the hall would close.",
            "A deacon at one of the churches",
        ),
        ("A nurse at one of the clinics said shifts were cut.", "A nurse at one of the clinics"),
        (
            "A churchwarden from one of the parishes said members were told late.",
            "A churchwarden from one of the parishes",
        ),
    ],
)
def test_a_role_at_one_of_many_places_speaks_not_the_places(text: str, name: str) -> None:
    assert speaker_of(text)[:2] == (name, "person")


def test_one_of_many_places_alone_still_speaks() -> None:
    assert speaker_of("One of the clinics said shifts were cut.")[0] == "One of the clinics"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Parents at St Agnes's in Wexley said the school would close.",
            "Parents at St Agnes's in Wexley",
        ),
        ("Nurses at St Luke's in Corran said shifts were cut.", "Nurses at St Luke's in Corran"),
        (
            "Worshippers at St Bride’s in Corran said they had not been asked.",
            "Worshippers at St Bride’s in Corran",
        ),
    ],
)
def test_people_at_a_saints_place_in_a_town_speak_not_the_town(text: str, name: str) -> None:
    assert speaker_of(text)[:2] == (name, "group")


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Worshippers at the mosque said they were angry.", "Worshippers at the mosque", "group"),
        ("A parishioner said the vicar had left.", "A parishioner", "person"),
        ("The churchwarden said the roof leaked.", "The churchwarden", "person"),
    ],
)
def test_the_people_of_a_congregation_are_people(text: str, name: str, kind: str) -> None:
    assert speaker_of(text)[:2] == (name, kind)


@pytest.mark.parametrize(
    "text",
    [
        "The scheme would have added a prayer hall for women.",
        "The trust added a wing to the school in 2019.",
        "The operator added late-night routes in May.",
    ],
)
def test_adding_a_part_of_a_building_or_a_service_is_no_statement(text: str) -> None:
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("He added the hall was full.", "the hall was full"),
        ("She added that the new wing would open in May.", "the new wing would open in May"),
    ],
)
def test_added_before_a_clause_about_a_building_still_reports(text: str, content: str) -> None:
    assert [c for c, _, _ in attributed(text)] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "\"God says, 'Be patient,'\" he told the congregation, according to a recording. "
        '"We will appeal."',
        "“The psalm says, ‘Fear not,’” she told the choir, according to a transcript shared "
        "with the paper. “We sing on.”",
    ],
)
def test_a_quotation_closing_on_scripture_then_according_to_is_one_statement(
    text: str,
) -> None:
    [(_, speaker, cue)] = attributed(text)
    assert speaker is not None and speaker.name in {"he", "she"} and cue == "told"


def test_a_relayed_quotation_inside_a_clause_is_still_the_sources() -> None:
    text = "The plan is “dead,” the mayor told aides, according to two people who attended."
    assert [name for _, name, _ in named(text)] == ["two people"]


@pytest.mark.parametrize(
    "text",
    [
        "Headline\n\nAn open letter signed by 300 academics from Harrowfield and other "
        "universities, published on Wednesday, called the plan “a disgrace”.",
        "Headline\n\nA survey of nurses working night shifts at hospitals across Harrowfield "
        "and nearby counties, published in May, found that most were exhausted.",
    ],
)
def test_a_documents_participle_aside_after_a_long_postmodifier_is_no_cue(text: str) -> None:
    [(_, speaker, cue)] = attributed(text)
    assert speaker is not None and speaker.kind == "document"
    assert cue in {"called", "found"}


# The three articles: a few speakers and statements each, not the exact full output.


def _find(rows: list[tuple[str, str | None, str | None]], opening: str) -> tuple:
    return next(row for row in rows if row[0].startswith(opening))


def test_synod_article_speakers() -> None:
    rows = speakers_by_opening("faith-synod-parishes.txt")
    assert _find(rows, "the diocese could no longer pay")[1:] == ("Anne Kelso", "person")
    assert _find(rows, "We are not closing the church")[1] == "Anne Kelso"  # "the bishop said"
    assert _find(rows, "they had not been consulted")[1:] == (
        "Worshippers at St Bride’s in Kilmorack",
        "group",
    )
    assert _find(rows, "members had been told the figures")[1] == (
        "A churchwarden from one of those parishes"
    )
    assert _find(rows, "We were handed a spreadsheet")[1] == (
        "A churchwarden from one of those parishes"
    )
    assert _find(rows, "Our Lord said")[1] == "Callum Baird"
    assert _find(rows, "On a Tuesday we feed")[1] == "Bernadette Walsh"
    assert _find(rows, "consultation meetings had been held")[1:] == (
        "The diocese",
        "organization",
    )
    assert _find(rows, "the diocesan finance committee")[2] == "document"


def test_mosque_article_speakers() -> None:
    rows = speakers_by_opening("faith-mosque-planning.txt")
    assert not any(content.startswith("a prayer hall") for content, _, _ in rows)
    assert _find(rows, "Every week we have men")[1] == "Yusuf Hamdan"
    assert _find(rows, "This committee judges buildings")[1] == "Martin Pryce"
    assert _find(rows, "Our own synagogue was refused")[1] == "Daniel Sassoon"
    assert _find(rows, "the mosque's food bank")[1] == "Kevin Doyle"
    assert _find(rows, "God says")[1] == "Yusuf Hamdan"
    assert not any(speaker == "a recording" for _, speaker, _ in rows)
    assert _find(rows, "members had been")[2] == "person"


def test_university_article_speakers() -> None:
    rows = speakers_by_opening("faith-university-cuts.txt")
    assert _find(rows, "the university faced a shortfall")[1] == "Richard Ambrose"
    assert _find(rows, "the plan “an act of cultural vandalism”")[1:] == (
        "An open letter",
        "document",
    )
    assert _find(rows, "They called it a conversation")[1] == "Mei Ling Chow"
    assert _find(rows, "I found out my job")[1] == "A senior lecturer in the philosophy department"
    assert _find(rows, "We know this is painful")[1] == "Helen Adeyemi"
    assert _find(rows, "the board had")[1] == "Patricia Olowe"
    assert _find(rows, "We have been digging")[1] == "Karen Ambrose"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Preaching on Sunday, the bishop quoted Isaiah: “Comfort ye my people.”", "the bishop"),
        (
            "Standing on the steps, the principal had one message: “Go home safely.”",
            "the principal",
        ),
        ("Speaking at the gates, Imam Hamdan was blunt: “We are not going anywhere.”", "Hamdan"),
    ],
)
def test_a_colon_quotation_after_an_opening_participle_is_the_subjects(
    body: str, speaker: str
) -> None:
    assert [s for _, s, _ in named(f"Headline\n\n{body}")] == [speaker]


def test_a_speaker_label_with_its_topic_still_speaks() -> None:
    assert [s for _, s, _ in named("Headline\n\nObama on Climate: “We must act now.”")] == ["Obama"]


@pytest.mark.parametrize(
    "text",
    [
        "“We will rebuild,” said the Rev Anne Kelso, Bishop of Dunmore.",
        "“We will rebuild,” said the Rt Rev Anne Kelso, Bishop of Dunmore and Glenarden.",
        "“We will rebuild,” said the Rev Anne Kelso, Dean of Dunmore.",
    ],
)
def test_an_office_after_a_titled_name_after_the_cue_is_no_name(text: str) -> None:
    assert speaker_of(text)[:2] == ("Anne Kelso", "person")


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("“We will rebuild,” said the Prime Minister, Anne Kelso.", "Prime Minister"),
        ("“We will rebuild,” said the Chief Rabbi, Anne Kelso.", "Chief Rabbi"),
    ],
)
def test_a_capitalised_role_before_a_name_after_the_cue_is_still_its_role(
    text: str, role: str
) -> None:
    assert speaker_of(text) == ("Anne Kelso", "person", role)


@pytest.mark.parametrize(
    "text",
    [
        "Pastor Ruth Ode told her congregation that the building would be sold.",
        "Ruth Ode told her staff that the building would be sold.",
        "Ruth Ode told her team the building would be sold.",
    ],
)
def test_her_own_collective_listener_is_no_part_of_the_content(text: str) -> None:
    assert [c for c, _, _ in attributed(text)] == ["the building would be sold"]


@pytest.mark.parametrize(
    "text",
    [
        "Ruth Ode told her that the building would be sold.",
        "Ruth Ode told her the building would be sold.",
    ],
)
def test_her_alone_is_still_the_listener(text: str) -> None:
    assert [c for c, _, _ in attributed(text)] == ["the building would be sold"]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "The Archbishop of Corran, the Most Rev Peter Lund, said it was final.",
            "Archbishop of Corran",
        ),
        ("The archbishop, the Most Rev Peter Lund, said it was final.", "archbishop"),
        ("The archbishop, Most Rev Peter Lund, said it was final.", "archbishop"),
    ],
)
def test_a_graded_title_opens_a_name_apposed_to_a_role(text: str, role: str) -> None:
    assert speaker_of(text) == ("Peter Lund", "person", role)


def test_most_before_a_plural_is_still_a_quantifier() -> None:
    assert speaker_of("Most residents said the vote was final.")[:2] == ("Most residents", "group")


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "The Rt Rev Anne Kelso, Bishop of Dunmore and Glenarden, told the synod it was broke.",
            "Bishop of Dunmore and Glenarden",
        ),
        ("The Rt Hon Ann Lee, the MP for Corran, said the bill was dead.", "MP for Corran"),
    ],
)
def test_an_appositive_outranks_a_graded_title_as_the_role(text: str, role: str) -> None:
    assert speaker_of(text)[2] == role


def test_a_graded_title_alone_is_still_the_role() -> None:
    assert speaker_of("The Rt Rev Anne Kelso said the diocese was broke.")[2] == "Rt Rev"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The cuts are “an act of vandalism,” said an open letter signed by 300 academics.",
            "The cuts are “an act of vandalism",
            "an open letter",
        ),
        (
            "“The cuts are wrong,” said a report published by the union on Monday.",
            "The cuts are wrong",
            "a report",
        ),
        (
            "The cuts are wrong, said a petition signed by 2,000 parents.",
            "The cuts are wrong",
            "a petition",
        ),
    ],
)
def test_a_document_and_its_participle_after_an_inverted_cue_speaks(
    text: str, content: str, speaker: str
) -> None:
    assert named(text) == [(content, speaker, "said")]


def test_a_person_before_a_participle_after_an_inverted_cue_is_no_speaker() -> None:
    assert named("“The cuts are wrong,” said a reporter published by the union.") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Staff were told in an email from the registrar that exams would go ahead.",
            "the registrar",
        ),
        ("Parents were told in a letter from the head that the trip was off.", "the head"),
    ],
)
def test_a_passive_of_telling_in_a_message_from_someone_is_theirs(text: str, speaker: str) -> None:
    [(_, found, cue)] = attributed(text)
    assert found is not None and found.name == speaker and cue == "told"


def test_a_passive_of_telling_in_a_message_from_no_one_has_no_source() -> None:
    assert attributed("Staff were told in an email that exams would go ahead.") == []


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Klopp on injuries, form and the title race: “We keep going every week.”", "Klopp"),
        ("Okafor on tariffs, jobs and the budget: “None of this is negotiable.”", "Okafor"),
    ],
)
def test_a_speaker_labels_topic_may_list_words_after_commas(body: str, speaker: str) -> None:
    assert [s for _, s, _ in named(f"Headline\n\n{body}")] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Investors were told in a filing from March that the fund was sound.",
        "Season-ticket holders were told in a letter from 2019 that their seats would be kept.",
        "Tenants were told in a notice from Friday that rents would rise.",
    ],
)
def test_a_date_after_a_message_from_is_no_sender(text: str) -> None:
    assert attributed(text) == []


def test_a_document_before_an_earlier_comma_makes_no_aside_of_a_reporting_verb() -> None:
    text = (
        "Days after the lawsuit against the senator was thrown out by a federal judge, the"
        " Tribune, its rival, reported on Sunday, citing aides, that he would resign."
    )
    assert [(c, s) for c, s, _ in named(text)] == [("he would resign", "the Tribune")]
