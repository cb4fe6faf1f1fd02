"""High-court and appeals-court rulings as news reports them: constructions found by trying
whosaid on invented stories of a 6-3 groundwater ruling, a divided appeals panel and a state
court's map ruling (in tests/data/speakers/), each tested here on other invented sentences."""

import pytest
from extraction_helpers import ARTICLES, acts_and_contents, attributed, named, speaker_of

from tui.core.figures import find_figures
from tui.core.statements import find_statements


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("“The statute is silent,” the opinion said.", "the opinion"),
        ("“The statute is silent,” the majority opinion said.", "the majority opinion"),
        ("The dissent warned that the ruling would invite more suits.", "The dissent"),
        ("The concurrence noted that the question was left open.", "The concurrence"),
        ("A brief filed by the bar association argues that the rule is void.", None),
    ],
)
def test_what_judges_and_parties_write_is_a_document(text: str, name: str | None):
    found, kind, _ = speaker_of(text)
    assert kind == "document"
    if name is not None:
        assert found == name


def test_according_to_an_opinion_is_the_opinion_not_a_majority_of_people():
    text = "According to the majority opinion, the rule applied only to new wells."
    assert named(text) == [
        ("the rule applied only to new wells", "the majority opinion", "According to")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "In my opinion, the fee is too high, Lee said.",
        "Public opinion has turned against the fee, the pollster said.",
    ],
)
def test_opinion_as_a_view_speaks_not(text: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.kind != "document"


@pytest.mark.parametrize(
    ("text", "speaker", "said"),
    [
        ("The court held that the fee was a tax.", "The court", "the fee was a tax"),
        ("The panel held that the tenants had standing.", "The panel", "the tenants had standing"),
        ("The fee was a tax, the court held.", "the court", "The fee was a tax"),
        ("The justices hold that the search was lawful.", "The justices", "the search was lawful"),
    ],
)
def test_a_court_holding_that_is_its_statement(text: str, speaker: str, said: str):
    [(content, name, cue)] = named(text)
    assert (content, name) == (said, speaker)
    assert cue in {"held", "hold"}
    assert acts_and_contents(text)[0][0] == "stance"


@pytest.mark.parametrize(
    "text",
    [
        "The union held a rally on Monday.",
        "Police held two men overnight.",
        "The bank held rates steady in June.",
        "Two men fled, and a third was held.",
        "The hearing was held in May.",
    ],
)
def test_held_without_that_reports_nothing(text: str):
    assert named(text) == []


@pytest.mark.parametrize(
    ("text", "name", "said"),
    [
        (
            "Justice Ada Morrow wrote for the majority that the tax was lawful.",
            "Ada Morrow",
            "the tax was lawful",
        ),
        (
            "Judge Ada Morrow wrote for a unanimous panel that the tax was lawful.",
            "Ada Morrow",
            "the tax was lawful",
        ),
        (
            "Judge Ada Morrow wrote for the three-judge panel: “The tax is lawful.”",
            "Ada Morrow",
            "The tax is lawful.",
        ),
        (
            "Justice Ada Morrow wrote for the court, “The tax is lawful.”",
            "Ada Morrow",
            "The tax is lawful.",
        ),
    ],
)
def test_the_bench_a_judge_wrote_for_is_no_content(text: str, name: str, said: str):
    [(content, speaker, cue)] = named(text)
    assert (speaker, cue) == (name, "wrote")
    assert content.rstrip(".") == said.rstrip(".")


def test_for_and_a_noun_that_is_no_bench_stays_content():
    [(content, _, cue)] = named("Lee argued for a plan that the council rejected.")
    assert cue == "argued for"
    assert content == "a plan that the council rejected"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Harbor Trust, which filed a brief backing the city, said the ruling was wrong.",
            "Harbor Trust",
        ),
        (
            "The Tenants Union, which filed a brief supporting the landlords, warned that "
            "rents would rise.",
            "Tenants Union",
        ),
        (
            "Mara Quill, who leads a group backing the county, said the ruling was wrong.",
            "Mara Quill",
        ),
        (
            "Attorney General Noor Kettle, a Democrat whose office defended the law in court, "
            "said she would not appeal.",
            "Noor Kettle",
        ),
        ("The fund, whose manager opposed the merger, said it would sell.", "The fund"),
    ],
)
def test_a_cue_inside_a_relative_clause_leaves_the_subject_its_verb(text: str, name: str):
    found = named(text)
    assert found[-1][1] == name
    assert found[-1][2] in {"said", "warned"}
    # the relative clause's object ends at its comma
    assert all(", said" not in content and ", warned" not in content for content, _, _ in found)


def test_a_participle_aside_after_a_comma_is_still_the_subjects():
    text = "Reuters, citing a filing, reported that the deal was off."
    # the filing cited is Reuters' source, no claim of its own (test_nested_news.py)
    assert named(text) == [("the deal was off", "Reuters", "reported")]


@pytest.mark.parametrize(
    ("text", "name", "said"),
    [
        (
            "Justice Ravi Hollis filed a concurring opinion arguing that the court should go "
            "further.",
            "Ravi Hollis",
            "the court should go further",
        ),
        (
            "Judge Tess Arno wrote a sharp dissent warning that the ruling would backfire.",
            "Tess Arno",
            "the ruling would backfire",
        ),
        (
            "The Bar Council filed a brief urging the justices to strike the law.",
            "Bar Council",
            "the justices to strike the law",
        ),
    ],
)
def test_a_judges_or_a_partys_writing_then_a_participle_is_theirs(text: str, name: str, said: str):
    assert [(content, speaker) for content, speaker, _ in named(text)] == [(said, name)]


def test_a_pronoun_after_a_concurrence_is_its_author():
    text = (
        "Justice Ravi Hollis filed a concurring opinion arguing that the court should go "
        "further. He wrote that the older ruling was stale."
    )
    assert [speaker for _, speaker, _ in named(text)] == ["Ravi Hollis", "Ravi Hollis"]


def test_a_lawsuit_filed_still_argues_for_itself():
    text = "The group filed a lawsuit arguing that the law was void."
    assert named(text) == [("the law was void", "a lawsuit", "arguing")]


@pytest.mark.parametrize(
    "text",
    [
        "Justice Ira Fenn wrote a separate concurrence.",
        "Justice Ira Fenn wrote the majority opinion.",
        "Ms. Okoro argued the appeal in March.",
        "Ms. Okoro has argued dozens of cases before the court.",
    ],
)
def test_an_opinion_written_or_a_case_argued_is_no_statement(text: str):
    assert named(text) == []


def test_argued_with_a_clause_still_reports():
    assert named("Ms. Okoro argued the case was moot.") == [
        ("the case was moot", "Okoro", "argued")
    ]


@pytest.mark.parametrize(
    ("text", "head"),
    [
        (
            "A lawyer who has argued cases before the court, speaking on condition of "
            "anonymity, said the opinion was narrow.",
            "A lawyer",
        ),
        (
            "A clerk who argued appeals for the state, speaking on condition of anonymity, "
            "said the opinion was narrow.",
            "A clerk",
        ),
    ],
)
def test_a_source_whose_relative_clause_made_no_statement_is_the_speaker(text: str, head: str):
    [(content, speaker, _)] = attributed(text)
    assert content == "the opinion was narrow"
    assert speaker is not None and speaker.name.startswith(head)
    assert speaker.kind == "person"


def _speaker_rows(text: str) -> list[tuple[str, int]]:
    speakers, found = find_statements(text)
    return [(s.name, sum(1 for st in found if st.speaker == s.id)) for s in speakers]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Marrow Supreme Court ruled that the map was void. The Supreme Court said the "
            "trial judge erred.",
            "Marrow Supreme Court",
        ),
        (
            "The Fennick Basin Water Board said it was disappointed. The Water Board added that "
            "it would appeal.",
            "Fennick Basin Water Board",
        ),
    ],
)
def test_a_bodys_name_without_its_place_is_the_same_body(text: str, name: str):
    assert _speaker_rows(text) == [(name, 2)]


def test_a_short_name_two_bodies_end_with_stays_apart():
    text = (
        "The Orvale Supreme Court and the Dunmore Supreme Court disagreed, the report said. "
        "The Supreme Court said the trial judge erred."
    )
    assert [name for name, _ in _speaker_rows(text)] == ["the report", "Supreme Court"]


def test_a_plural_title_before_listed_names_is_no_part_of_a_name():
    text = (
        "Justices Paul Tremaine, Ana Ruiz and Ira Fenn joined the opinion. Justice Tremaine "
        "wrote that the law was void."
    )
    speakers, _ = find_statements(text)
    assert [(s.name, s.role) for s in speakers] == [("Paul Tremaine", "Justice")]


@pytest.mark.parametrize(
    "text",
    [
        "A sister court ruled the opposite way in a similar case in 2024.",
        "The judge ruled the same way last year.",
        "The old king ruled the country for 30 years.",
    ],
)
def test_ruling_a_way_or_a_land_reports_nothing(text: str):
    assert named(text) == []


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("The judge ruled the law void.", "the law void"),
        ("The court ruled that the state must pay.", "the state must pay"),
    ],
)
def test_ruling_a_thing_so_or_that_still_reports(text: str, said: str):
    assert [content for content, _, _ in named(text)] == [said]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("A coalition of 14 privacy and press freedom groups signed the brief.", "groups"),
        ("The rule binds 12 state and federal agencies.", "agencies"),
        ("The city hired 30 health and safety inspectors.", "inspectors"),
    ],
)
def test_a_count_of_a_plural_after_joined_modifiers_counts_the_plural(text: str, unit: str):
    [figure] = find_figures(text)
    assert figure.unit == unit


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The stall sold 3 apples and pears.", "apples"),
        ("She bought 3 bread and some apples.", "bread"),
    ],
)
def test_and_before_another_phrase_or_after_a_plural_ends_the_count(text: str, unit: str):
    assert find_figures(text)[0].unit == unit


def test_acre_feet_are_one_unit_of_water():
    [figure] = find_figures("The cap would have saved 90,000 acre-feet of water a year.")
    assert figure.unit == "acre-feet per year"
    [figure] = find_figures("The dam holds a 5,000 acre-foot reservoir.")
    assert figure.unit == "acre-foot"


@pytest.mark.parametrize(
    ("article", "spoken"),
    [
        (
            "rulings-high-court-vote.txt",
            {
                ("Corwin Ashby", "person", "wrote"),
                ("Paul Tremaine", "person", "arguing"),
                ("Paul Tremaine", "person", "wrote"),
                ("The nation's highest court", "organization", "held"),
                ("the opinion", "document", "said"),
                ("Basin Keepers Alliance", "organization", "said"),
                ("A lawyer who has argued several cases before the court", "person", "said"),
            },
        ),
        (
            "rulings-appeals-panel.txt",
            {
                ("Ninth Regional Circuit Court of Appeals", "organization", "held"),
                ("the majority opinion", "document", "According to"),
                ("Association of Police Executives", "organization", "warned"),
                ("Harold Penstock", "person", "interjected"),
            },
        ),
        (
            "rulings-state-maps.txt",
            {
                ("Leonard Fisk", "person", "saying"),
                ("Nora Kettleby", "person", "said"),
                ("The Kessland Supreme Court", "organization", "said"),
            },
        ),
    ],
)
def test_the_ruling_articles_keep_their_sources(article: str, spoken: set[tuple[str, str, str]]):
    text = (ARTICLES / article).read_text(encoding="utf-8")
    found = {(s.name, s.kind, cue) for _, s, cue in attributed(text) if s is not None and cue}
    assert spoken <= found


def test_the_map_ruling_has_one_supreme_court_and_no_written_concurrence_statement():
    text = (ARTICLES / "rulings-state-maps.txt").read_text(encoding="utf-8")
    speakers, found = find_statements(text)
    assert sum("Supreme Court" in s.name for s in speakers) == 1
    assert all(text[st.span[0] : st.span[1]] != "a separate concurrence" for st in found)


@pytest.mark.parametrize(
    "text",
    [
        "A House Republican said the map went too far.",
        "One senior Senate Democrat said the map went too far.",
        "One senior House Republican, who was not authorized to speak, said the map went too far.",
    ],
)
def test_a_party_member_of_a_chamber_is_a_person(text: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None
    assert speaker.kind == "person"


def test_a_party_member_of_a_chamber_after_an_article_is_unnamed():
    [(_, speaker, _)] = attributed("A House Republican said the map went too far.")
    assert speaker is not None and not speaker.named


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The House Republican Caucus said the map was fair.", "organization"),
        ("The Republican Party said the map was fair.", "organization"),
        ("Senate Democrats said the map was fair.", "group"),
    ],
)
def test_a_partys_body_or_its_members_keep_their_kind(text: str, kind: str):
    assert speaker_of(text)[1] == kind


@pytest.mark.parametrize(
    "text",
    [
        "The Nevada Supreme Court said the tax was lawful. The Supreme Court said in 2015 that "
        "states could levy it.",
        "The Alberta Supreme Court said the bylaw stood. The Supreme Court said it would not "
        "hear the appeal.",
    ],
)
def test_the_supreme_court_after_a_states_supreme_court_is_the_national_one(text: str):
    assert [count for _, count in _speaker_rows(text)] == [1, 1]


def test_a_provinces_court_of_appeal_without_its_name_is_the_same_court():
    text = (
        "The Ontario Court of Appeal said the bylaw stood. The Court of Appeal said the city "
        "could enforce it."
    )
    assert _speaker_rows(text) == [("Ontario Court of Appeal", 2)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Defenders argued the case against the mayor was thin.",
            "the case against the mayor was thin",
        ),
        (
            "Neighbours argued the case for a bigger park had been made.",
            "the case for a bigger park had been made",
        ),
        ("The firm argued the motion for delay should fail.", "the motion for delay should fail"),
    ],
)
def test_argued_a_case_and_a_verb_after_it_reports_a_clause(text: str, content: str):
    assert [c for _, c in acts_and_contents(text)] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Dane argued the case before the appeals court in June.",
        "She argued two appeals for the state last year.",
    ],
)
def test_argued_a_case_with_only_a_place_or_a_time_after_it_is_advocacy(text: str):
    assert attributed(text) == []
