"""EU and multilateral news as a new analyst reads it: constructions found by trying whosaid
on invented stories of an EU budget summit, a European Parliament vote and a UN agencies'
meeting in Geneva (in tests/data/speakers/), each tested here on other invented sentences."""

from pathlib import Path

import pytest
from extraction_helpers import attributed, contents, speaker_names, speaker_of, unmet_speakers

from tui.core.figures import find_figures
from tui.core.statements import find_statements


@pytest.mark.parametrize(
    ("text", "name", "pronoun"),
    [
        ("Seán Ó Dálaigh took the floor. “We are ready,” he said.", "Seán Ó Dálaigh", "he"),
        ("Pádraig Mulcahy chaired the talks. “It was long,” he said.", "Pádraig Mulcahy", "he"),
        ("Áine Ní Riain led the team. “We held firm,” she said.", "Áine Ní Riain", "she"),
        ("Ciarán Tobin sat in. “No comment,” he said.", "Ciarán Tobin", "he"),
    ],
)
def test_an_irish_name_with_its_fada_or_particle_is_found_before_its_pronoun(
    text: str, name: str, pronoun: str
):
    [(content, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.name == name
    assert pronoun in speaker.aliases


def test_the_surname_with_its_irish_particle_is_the_person_named_in_full():
    text = "Tomás Ó Dálaigh led the delegation. Mr Ó Dálaigh said the talks were over."
    assert speaker_of(text)[:2] == ("Tomás Ó Dálaigh", "person")


def test_a_capital_o_that_opens_no_irish_name_is_no_particle():
    text = "Tom Hale struck a note. Plan O Minus was dropped, he said."
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.name == "Tom Hale"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("The rapporteur, Lena Brandt, said the text was final.", "Lena Brandt", "rapporteur"),
        (
            "The party's co-chair, Joris Pel, said the money was short.",
            "Joris Pel",
            "party's co-chair",
        ),
        ("Its vice-chair, Mia Sorensen, said the vote was close.", "Mia Sorensen", "vice-chair"),
        ("The delegate, Arno Vint, said the clause was gone.", "Arno Vint", "delegate"),
        (
            "The UN under-secretary-general, Kofi Adu, said aid was late.",
            "Kofi Adu",
            "UN under-secretary-general",
        ),
    ],
)
def test_offices_of_parliaments_and_agencies_are_a_persons_roles(text: str, name: str, role: str):
    assert speaker_of(text) == (name, "person", role)


@pytest.mark.parametrize(
    "text",
    [
        "The co-chair said the money was short.",
        "The Greens' co-rapporteur said the money was short.",
        "Its co-leader said the money was short.",
    ],
)
def test_an_office_of_a_group_held_jointly_is_a_speaker_alone(text: str):
    name, kind, _ = speaker_of(text)
    assert kind == "person" and name.endswith(("co-chair", "co-rapporteur", "co-leader"))


def test_a_group_named_with_chair_is_no_person():
    text = "The Chair Foundation said the money was short."
    speakers, _ = find_statements(text)
    assert [(s.name, s.kind) for s in speakers] == [("Chair Foundation", "organization")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The draft urges states to pay more.", "The draft"),
        ("A draft seen by the wire service says aid will rise.", "A draft"),
        ("According to a draft of the communique, aid will rise.", "a draft of the communique"),
        ("The declaration says states must share the burden.", "The declaration"),
        ("The treaty says each state keeps its veto.", "The treaty"),
        ("The summit conclusions say the fund will grow.", "The summit conclusions"),
    ],
)
def test_the_texts_diplomats_negotiate_are_documents(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "document")


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee said the draft was weak.",
        "He was picked in the draft, the coach said.",
        "Tom Hale said he would sign the treaty.",
    ],
)
def test_a_negotiated_text_as_an_object_is_no_speaker(text: str):
    assert speaker_of(text)[1] == "person"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("According to the EU lobby register, firms spent more.", "the EU lobby register"),
        ("According to the city register, 40 firms lobbied.", "the city register"),
        ("The register shows 40 firms lobbied.", "The register"),
    ],
)
def test_a_register_is_a_document_not_the_body_named_before_it(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "document")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Register reported that the mill had laid off staff.", "Register"),
        ("The Record reported that the mill had laid off staff.", "Record"),
    ],
)
def test_a_capitalised_masthead_word_is_a_papers_name_not_a_document_or_role(text: str, name: str):
    assert speaker_of(text) == (name, "unknown", None)


def test_a_papers_short_name_is_the_paper_named_before():
    text = (
        "The Dover County Register said the mayor would quit. "
        "The Register said later that the deal had collapsed."
    )
    assert speaker_names(text) == ["The Dover County Register", "The Dover County Register"]


def test_register_as_a_verb_is_no_speaker():
    assert speaker_of("Voters must register by May, the clerk said.")[:2] == ("the clerk", "person")


@pytest.mark.parametrize(
    "text",
    [
        "Ann Vigo told the fund's board of governors that the money was gone.",
        "Ann Vigo told the board of governors that the money was gone.",
        "Ann Vigo told the bank's staff that the money was gone.",
        "Ann Vigo told the committee of experts that the money was gone.",
        "Ann Vigo warned the council's members that the money was gone.",
    ],
)
def test_a_listener_with_a_possessive_or_an_of_complement_is_no_content(text: str):
    assert contents(text) == ["the money was gone"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ann Vigo told the board the plan that failed was hers.", "the plan that failed was hers"),
        ("Ann Vigo told the board the money was gone.", "the money was gone"),
        ("Ann Vigo told reporters that the money was gone.", "the money was gone"),
    ],
)
def test_a_listener_without_that_or_with_a_clause_after_it_is_read_as_before(
    text: str, content: str
):
    assert contents(text) == [content]


@pytest.mark.parametrize(
    "text",
    [
        "A ruling is not expected until March.",
        "The second reading is not expected before next autumn.",
        "The final text is expected before Easter.",
    ],
)
def test_an_expected_event_bounded_by_a_time_only_is_no_statement(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The ruling is expected to fail before March.",
        "The text is expected before Easter by most diplomats.",
    ],
)
def test_an_expectation_with_a_content_or_an_agent_before_a_time_stays(text: str):
    assert len(attributed(text)) == 1


def _figures(text: str) -> list[tuple[str, str | None, str]]:
    """(span, unit, qualifier) of each figure in `text`."""
    return [(text[f.span[0] : f.span[1]], f.unit, f.qualifier) for f in find_figures(text)]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Ministers clash over €30bn farm fund.", "€30bn"),
        ("A row over £4bn in rail cuts deepened.", "£4bn"),
        ("Member states remain divided over €12bn in loans.", "€12bn"),
        ("The feud over $2 billion in tariffs went on.", "$2 billion"),
        ("A row over 4 billion euros in aid deepened.", "4 billion euros"),
        ("The feud over 5m pounds in fees went on.", "5m pounds"),
    ],
)
def test_over_after_a_dispute_gives_its_subject_not_more_than(text: str, span: str):
    [(found, _, qualifier)] = _figures(text)
    assert found.startswith(span) and qualifier == "exact"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The plan will cost over €30bn.", "over €30bn"),
        ("The protest drew over 5,000 people.", "over 5,000 people"),
        ("Over 40 states signed the pledge.", "Over 40 states"),
        # after a word of dispute, "over" a count is still more than it
        ("The clinic was sued over 150 times.", "over 150 times"),
        ("Parents raised concerns over 2,000 times last year.", "over 2,000 times"),
        ("Drivers staged protests over 30 cities.", "over 30 cities"),
    ],
)
def test_over_after_other_words_is_still_more_than(text: str, span: str):
    [(found, _, qualifier)] = _figures(text)
    assert (found, qualifier) == (span, "more_than")


@pytest.mark.parametrize(
    ("text", "amount", "period"),
    [
        ("Latvia will pay €1.2bn over five years.", "€1.2bn", "five years"),
        ("The scheme costs £3m over two years.", "£3m", "two years"),
        ("Output rose 4pc over ten years.", "4pc", "ten years"),
    ],
)
def test_a_period_after_an_amount_with_a_scale_letter_is_spread_across(
    text: str, amount: str, period: str
):
    assert [(span, qualifier) for span, _, qualifier in _figures(text)] == [
        (amount, "exact"),
        (period, "exact"),
    ]


def test_over_a_period_after_a_verb_of_lasting_is_still_more_than():
    assert _figures("She served over four years in Brussels.") == [
        ("over four years", "year", "more_than")
    ]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The number of people displaced from their villages has reached 2 million.", "people"),
        ("The number of migrants detained at sea rose to 4,000.", "migrants"),
        ("The number of cases linked to the camp rose to 60.", "cases"),
    ],
)
def test_a_counted_noun_with_a_participles_phrase_still_gives_the_unit(text: str, unit: str):
    [(_, found, _)] = _figures(text)
    assert found == unit


def test_a_participle_that_is_the_verb_gives_no_unit_of_its_own():
    [(_, found, _)] = _figures("Officials counted 300 at the border.")
    assert found is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The bloc said the tariffs were unlawful.", "The bloc"),
        ("The summit agreed to extend the naval mission.", "The summit"),
        ("The conference called for a ceasefire.", "The conference"),
        ("The Czech presidency proposed a cap on prices.", "Czech presidency"),
    ],
)
def test_a_bloc_and_the_meetings_that_speak_for_it_are_organizations(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "organization")


@pytest.mark.parametrize(
    "text",
    [
        "A summit spokeswoman said the tariffs were unlawful.",
        "Ann Vigo told the conference that the tariffs were unlawful.",
        "Ann Vigo, who chaired the summit, said the tariffs were unlawful.",
    ],
)
def test_a_person_at_a_summit_stays_a_person(text: str):
    assert speaker_of(text)[1] == "person"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "According to the lobby register, banks spent €40m last year, a 9% rise.",
            "banks spent €40m last year, a 9% rise",
        ),
        (
            "According to the audit, member states lost €2bn, mostly to fraud.",
            "member states lost €2bn, mostly to fraud",
        ),
    ],
)
def test_a_bare_clause_after_a_documents_comma_is_its_content_not_an_appositive(
    text: str, content: str
):
    assert contents(text) == [content]


@pytest.mark.parametrize(
    "text",
    [
        "According to the audit, published in May, member states lost €2bn.",
        "According to the audit, the first of its kind, member states lost €2bn.",
        "According to the audit, which was leaked, member states lost €2bn.",
        "According to the census, last held in 2021, member states lost €2bn.",
    ],
)
def test_a_documents_appositive_stays_out_of_the_content(text: str):
    assert contents(text) == ["member states lost €2bn"]


@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("The amendment passed by 301 votes to 244.", "244"),
        ("The alliance won 41 seats to 17.", "17"),
    ],
)
def test_the_other_side_of_a_tally_counts_what_the_first_counts(text: str, other: str):
    first, second = _figures(text)
    assert second[0] == other and second[1] == first[1]


def test_a_bare_number_after_an_amount_of_money_and_to_stays_bare():
    assert _figures("Fares rose 12 euros to 15.")[1][1] is None


ARTICLES = Path(__file__).parent / "data" / "speakers"


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        (
            "eu-summit-budget.txt",
            {
                ("Seán Ó Briain", "person", "Irish Taoiseach"),
                ("Pieter van der Berg", "person", "Dutch finance minister"),
                ("Claire de Montfort", "person", "French Europe minister"),
                ("Eleni Papadopoulos", "person", "Greek deputy foreign minister"),
                ("a draft of the conclusions", "document", None),
                ("The summit", "organization", None),
            },
        ),
        (
            "eu-parliament-vote.txt",
            {
                ("Kadri Tamm", "person", None),
                ("Bas Hendriksen", "person", "Greens' co-chair"),
                ("the EU transparency register", "document", None),
                ("Anouk de Vries", "person", "Dutch Green MEP"),
            },
        ),
        (
            "un-refugee-meeting.txt",
            {
                ("a draft text", "document", None),
                ("Rafael Montero Ibáñez", "person", None),
                ("World Trade Organization (WTO)", "organization", None),
            },
        ),
    ],
)
def test_the_invented_eu_articles_find_their_speakers_and_kinds(
    article: str, expected: set[tuple[str, str, str | None]]
):
    speakers, _ = find_statements((ARTICLES / article).read_text(encoding="utf-8"))
    assert unmet_speakers(speakers, expected) == []
    assert all(s.name not in {"he", "she"} for s in speakers)
