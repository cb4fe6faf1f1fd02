"""Quebec and bilingual Canadian politics as a new analyst reads it: constructions found by
trying whosaid on two invented stories, of language inspections and of a daycare strike vote
(tests/data/speakers/quebec-*.txt), each tested here on other invented sentences."""

import pytest
from extraction_helpers import (
    ARTICLES,
    attributed,
    missing_speakers,
    speaker_of,
    speakers_by_opening,
)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Premier Paul d'Anjou said the bridge would reopen.", "Paul d'Anjou", "Premier"),
        ("Mayor Lise d’Arcy told council the budget was tight.", "Lise d’Arcy", "Mayor"),
        ("The minister, Rémi d'Aoust, said the rule stands.", "Rémi d'Aoust", "minister"),
        ("Josée d'Estimauville, a nurse, said the ward was full.", "Josée d'Estimauville", "nurse"),
    ],
)
def test_a_surname_with_an_elided_particle_is_whole(text: str, name: str, role: str):
    assert speaker_of(text) == (name, "person", role)


def test_an_elided_surname_alone_later_is_the_same_person():
    text = "Paul d'Anjou, the premier, said the bridge would reopen. \"It is safe,\" d'Anjou said."
    assert [s.name for _, s, _ in attributed(text)] == ["Paul d'Anjou", "Paul d'Anjou"]


def test_a_capitalised_elided_surname_is_unchanged():
    assert speaker_of("Nina D'Aoust said the bridge would reopen.")[0] == "Nina D'Aoust"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Hugo Caron said in French the tolls would rise.", "the tolls would rise"),
        ("Hugo Caron said Friday in English the tolls would rise.", "the tolls would rise"),
        ("Ines Roy told the court in Portuguese through an interpreter that she fled.", "she fled"),
        ("Ines Roy said in both French and English there was no deal.", "there was no deal"),
        ("Ines Roy said in Haitian Creole: the shelter was full.", "the shelter was full"),
    ],
)
def test_the_language_spoken_after_the_cue_is_no_content(text: str, content: str):
    [(found, _, _)] = attributed(text)
    assert found == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Hugo Caron said in French schools the rule was new.",
            "in French schools the rule was new",
        ),
        ("Hugo Caron said in Paris French voters were angry.", "in Paris French voters were angry"),
    ],
)
def test_a_language_word_naming_something_else_stays_in_the_content(text: str, content: str):
    [(found, _, _)] = attributed(text)
    assert found == content


def test_the_inspections_article_keeps_its_speakers():
    assert (
        missing_speakers(
            "quebec-language-inspections.txt",
            [
                ("the province will double", "Marie-Ève Tremblay-Côté", "person"),
                ("the Office québécois", "Marie-Ève Tremblay-Côté", "person"),
                ("French is the common", "Marie-Ève Tremblay-Côté", "person"),
                ("he already spent", "Jean-François Bélanger", "person"),
                ("The waiting list", "Daniel O'Hara-Lévesque", "person"),
                ("the measure did not", "Parti Québécois", "organization"),
                ("Our language is fragile", "Luc d'Amours", "person"),
                ("the inspectors would", "Luc d'Amours", "person"),
                ("the extra paperwork", "Quebec Chamber of Commerce", "organization"),
                ("Nobody here is against", "Sophie Gagnon-Roy", "person"),
            ],
        )
        == []
    )


def test_the_inspections_article_reads_no_refusal_and_no_language_as_content():
    text = (ARTICLES / "quebec-language-inspections.txt").read_text(encoding="utf-8")
    found = attributed(text)
    assert not any(cue and cue.lower() in ("declined", "respond") for _, _, cue in found)
    assert not any(content.startswith("in French") for content, _, _ in found)


def test_the_strike_vote_article_keeps_its_speakers():
    assert (
        missing_speakers(
            "quebec-union-strike-vote.txt",
            [
                ("94 per cent of its", "Confédération des syndicats nationaux", "organization"),
                ("Our members are", "Caroline Després-Ouellet", "person"),
                ("the government's offer of", "Jean-Philippe St-Onge", "person"),
                ("We want an agreement", "Jean-Philippe St-Onge", "person"),
                ("his members would decide", "Marc-André Bédard", "person"),
                ("they were worried", "Parents reached by The Canadian Press", "group"),
                ("I don't have a plan B", "Émilie Nadeau-Perron", "person"),
                ("They made a promise", "Anne-Sophie Dufresne", "person"),
                ("he did not want", "Luc d'Amours", "person"),
                ("there are roughly", "Quebec's Ministry of Families", "organization"),
            ],
        )
        == []
    )
    contents = [c for c, _, _ in speakers_by_opening("quebec-union-strike-vote.txt")]
    assert not any(c.startswith(("in French", 'to "go down')) for c in contents)
    assert not any("raising the prospect" in c for c in contents)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Fédération des cadres scolaires (FCS) said the offer was an insult.",
            "Fédération des cadres scolaires",
        ),
        (
            "The Centrale des employés de Rivière-Noire said talks had stalled.",
            "Centrale des employés de Rivière-Noire",
        ),
        (
            "The Fédération autonome des infirmières et infirmiers said the wards were full.",
            "Fédération autonome des infirmières et infirmiers",
        ),
        (
            "Regroupement des locataires d'Alma said rents rose.",
            "Regroupement des locataires d'Alma",
        ),
        (
            "The Syndicat des chauffeurs de Lévis said buses would stop.",
            "Syndicat des chauffeurs de Lévis",
        ),
        (
            "The Office des eaux de Rivière-Noire said the water was safe.",
            "Office des eaux de Rivière-Noire",
        ),
        (
            "The Commission scolaire de Lorne said the school would close.",
            "Commission scolaire de Lorne",
        ),
        (
            "The Union des producteurs de bleuets said the frost hurt.",
            "Union des producteurs de bleuets",
        ),
    ],
)
def test_a_french_body_named_in_lower_case_after_its_head_is_one_organization(text: str, name: str):
    assert speaker_of(text) == (name, "organization", None)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Lise Caron of the Fédération des cadres scolaires said the offer was low.",
            "Lise Caron",
            "Fédération des cadres scolaires",
        ),
        (
            "Fédération des cadres president Lise Caron said the offer was low.",
            "Lise Caron",
            "Fédération des cadres president",
        ),
        (
            "The Fédération spokesperson, Lise Caron, said talks stalled.",
            "Lise Caron",
            "Fédération spokesperson",
        ),
        ("The Fundación Aguas Claras said the wells were dry.", "Fundación Aguas Claras", None),
        (
            "Ruth Caron of Québec solidaire said the tolls were unfair.",
            "Ruth Caron",
            "Québec solidaire",
        ),
    ],
)
def test_a_person_of_a_french_body_and_a_capitalised_body_are_unchanged(
    text: str, name: str, role: str | None
):
    assert speaker_of(text)[::2] == (name, role)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Paramedics will walk out Friday, their union said, raising the prospect of delays.",
            "Paramedics will walk out Friday",
        ),
        (
            "The plant said it would close by fall, raising fears of an exodus.",
            "it would close by fall",
        ),
        (
            "The board said tuition would rise, raising fresh doubts about access.",
            "tuition would rise",
        ),
        ("The mayor said fares would double, raising the ire of riders.", "fares would double"),
    ],
)
def test_raising_a_prospect_after_the_report_is_the_writers_note(text: str, content: str):
    [(found, _, _)] = attributed(text)
    assert found == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The bank said it would hold rates, raising them in June.",
            "it would hold rates, raising them in June",
        ),
        (
            "The board said it was raising the prospect of a levy with parents.",
            "it was raising the prospect of a levy with parents",
        ),
    ],
)
def test_raising_something_else_or_no_comma_stays_in_the_content(text: str, content: str):
    [(found, _, _)] = attributed(text)
    assert found == content


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Several tenants interviewed by The Canadian Press said rents had doubled.", "group"),
        ("Parents reached by The Canadian Press said they were worried.", "group"),
        ("Farmers contacted by the Gazette said the frost came early.", "group"),
        ("A nurse reached by The Canadian Press said the ward was full.", "person"),
    ],
)
def test_people_a_reporter_reached_speak_not_the_outlet(text: str, kind: str):
    assert speaker_of(text)[1] == kind


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Ann Lee, reached by phone, said the ward was full.", "Ann Lee", "person"),
        ("The Canadian Press reported that the ward was full.", "The Canadian Press", "media"),
    ],
)
def test_a_name_reached_by_phone_and_the_outlet_alone_are_unchanged(
    text: str, name: str, kind: str
):
    assert speaker_of(text)[:2] == (name, kind)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Office of the Fire Marshal said the exits were blocked.",
            "Office of the Fire Marshal",
        ),
        ("The Commission on Rural Roads said the bridge was unsafe.", "Commission on Rural Roads"),
        ("The Centre for Harbour Studies said the tide was high.", "Centre for Harbour Studies"),
    ],
)
def test_an_english_body_with_a_shared_head_is_unchanged(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "organization")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hydro-Québec said the outage would last a day.", "Hydro-Québec"),
        ("Loto-Québec said ticket sales fell.", "Loto-Québec"),
        ("Hydro-Ottawa said the outage would last a day.", "Hydro-Ottawa"),
        ("Santé Québec said the wait times fell.", "Santé Québec"),
    ],
)
def test_a_body_named_for_its_province_by_a_hyphen_or_in_french_is_an_organization(
    text: str, name: str
):
    assert speaker_of(text)[:2] == (name, "organization")


@pytest.mark.parametrize(
    "text",
    [
        "Marie-France Caron said the rink would close.",
        "Anne Dupré-Canada said the rink would close.",
    ],
)
def test_a_hyphened_given_name_or_surname_stays_a_persons(text: str):
    assert speaker_of(text)[1] == "person"


def test_a_co_spokesperson_before_a_name_is_the_role():
    text = "Solidaire co-spokesperson Ruth Caron said the rink would close."
    assert speaker_of(text) == ("Ruth Caron", "person", "Solidaire co-spokesperson")


_LEDE = (
    "Bus fares to rise in Lorne\n\n"
    "Lorne's transport minister says bus fares will rise in the spring.\n\n"
)


@pytest.mark.parametrize(
    "body",
    [
        "Ana Ruiz announced Tuesday that fares would rise by 10 per cent.",
        "Ana Ruiz said Tuesday the increase was overdue, and that drivers needed raises.",
        "Marie-Ève Caron told reporters the increase was overdue.",
    ],
)
def test_a_ledes_owned_description_is_the_person_named_next_with_no_role(body: str):
    names = [s.name if s else None for _, s, _ in attributed(_LEDE + body)]
    assert len(names) > 1
    assert len(set(names)) == 1 and names[0] in ("Ana Ruiz", "Marie-Ève Caron")


@pytest.mark.parametrize(
    "body",
    [
        "Ana Ruiz, a driver in Brill, said the increase was unfair.",
        "Nurse Ana Ruiz said the increase was unfair.",
        "The increase follows two years of losses.\n\nAna Ruiz said the increase was unfair.",
    ],
)
def test_a_person_described_apart_or_named_later_is_not_the_ledes(body: str):
    [(_, lede, _), (_, body_speaker, _)] = attributed(_LEDE + body)
    assert lede is not None and lede.name == "Lorne's transport minister"
    assert body_speaker is not None and body_speaker.name == "Ana Ruiz"
