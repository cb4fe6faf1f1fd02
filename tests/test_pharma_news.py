"""Drug approvals, clinical trials and medicines regulators as a new analyst reads them:
constructions found by trying whosaid on invented stories of an advisory committee's vote, a
weight-loss trial presented at a congress and a gene therapy's approval and price (in
tests/data/speakers/), each tested here on other invented sentences."""

import pytest
from extraction_helpers import ARTICLES, acts_and_contents, attributed, speaker_of

from tui.core.figures import find_figures
from tui.core.statements import find_statements


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Neurologist Ines Varga said the scans were clear.", "Ines Varga", "Neurologist"),
        ("Biostatistician Omar Lind said the margin was thin.", "Omar Lind", "Biostatistician"),
        ("Geriatrician Ada Moss told the panel the doses were high.", "Ada Moss", "Geriatrician"),
        (
            "Ada Moss, a hematologist in Brill, said the doses were high.",
            "Ada Moss",
            "hematologist in Brill",
        ),
    ],
)
def test_a_medical_specialty_before_a_name_is_its_role(text: str, name: str, role: str):
    assert speaker_of(text) == (name, "person", role)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Agency reviewers said the deaths were unrelated.", "group"),
        ("Its maker said the tablet would ship in May.", "organization"),
        ("The infusion is safe, according to a substudy of 90 patients.", "document"),
        ("A preprint shows that the vaccine lasts a year.", "document"),
        ("The effect was small, a meta-analysis found.", "document"),
        ("Liver damage is rare, according to the package insert.", "document"),
        ("The leaflet warns that the pill may cause dizziness.", "document"),
    ],
)
def test_the_reviewers_the_maker_and_the_parts_of_research_have_their_kinds(text: str, kind: str):
    assert speaker_of(text)[1] == kind


def test_a_makers_trade_after_a_persons_name_keeps_the_person():
    text = "Lena Hart, a maker of violins, said the tariff hurt."
    assert speaker_of(text) == ("Lena Hart", "person", "maker of violins")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The group warned the price was too high.", "the price was too high"),
        ("Doctors warned the dose would be cut.", "the dose would be cut"),
        ("She told the court the tablets had been recalled.", "the tablets had been recalled"),
        ("Ruiz warned the public could wait months.", "the public could wait months"),
    ],
)
def test_a_noun_before_a_finite_verb_after_warn_or_tell_is_the_contents_subject(
    text: str, content: str
):
    [(found, _, _)] = attributed(text)
    assert found == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("She told reporters the drug was safe.", "the drug was safe"),
        ("He warned investors the launch would slip.", "the launch would slip"),
        ("Ruiz told the panel she had doubts.", "she had doubts"),
    ],
)
def test_a_listener_before_the_contents_own_subject_is_still_skipped(text: str, content: str):
    [(found, _, _)] = attributed(text)
    assert found == content


@pytest.mark.parametrize(
    "text",
    [
        "Patient advocates packed the hearing room.",
        "Consumer advocates filled a hall in Brill.",
        "Family advocates wrapped the building in banners.",
    ],
)
def test_a_plural_cue_noun_before_a_past_and_its_object_is_a_noun(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The group advocates lower prices.", "lower prices"),
        ("Patient advocates blasted the price.", "the price"),
        ("Patient advocates said the drug should be approved.", "the drug should be approved"),
    ],
)
def test_a_cue_after_a_plural_noun_or_a_singular_subject_still_reports(text: str, content: str):
    assert [c for c, _, _ in attributed(text)] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "The trial was short, a limitation the authors acknowledged in the paper.",
        "It was a risk the company disclosed in its filing.",
        "It is a flaw the researchers conceded during the session.",
        "The investigators reported in March.",
    ],
)
def test_a_cue_followed_only_by_where_or_when_reports_nothing(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Lee believed in the vaccine.", "in the vaccine"),
        ("The authors acknowledged in the paper that the trial was short.", "the trial was short"),
        ("Ode hinted at a second trial.", "at a second trial"),
    ],
)
def test_an_object_after_in_or_at_or_a_clause_after_the_setting_is_still_content(
    text: str, content: str
):
    assert [c for c, _, _ in attributed(text)] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "The results would put it among the best drugs on the market.",
        "The new data puts it ahead of its rivals.",
        "Analysts said the sales put it above the older pill.",
    ],
)
def test_putting_a_thing_in_a_ranking_is_no_cue(text: str):
    assert all(cue != "put it" and cue != "puts it" for _, _, cue in attributed(text))


def test_as_someone_put_it_is_still_a_cue():
    text = "As she put it in an interview, the pill is a breakthrough."
    assert [(c, cue) for c, _, cue in attributed(text)] == [
        ("the pill is a breakthrough", "put it")
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The panel voted that the tablet was safe.", "the tablet was safe"),
        ("Advisers voted 11-2 that the data were adequate.", "the data were adequate"),
        (
            "The committee voted 8 to 5 on Friday that the benefits outweigh the risks.",
            "the benefits outweigh the risks",
        ),
        ("The panel voted unanimously that the dose was too high.", "the dose was too high"),
    ],
)
def test_a_vote_that_a_clause_is_true_is_a_stance(text: str, content: str):
    assert acts_and_contents(text) == [("stance", content)]


@pytest.mark.parametrize(
    "text",
    [
        "The council voted 7-2.",
        "The board voted on the budget.",
        "Residents voted in large numbers.",
        "He voted no.",
    ],
)
def test_a_vote_without_that_reports_nothing(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The board voted 5 to 2 to sell the clinic.", "voted 5 to 2 to", "sell the clinic"),
        ("Advisers voted 10-3 against the drug.", "voted 10-3 against", "the drug"),
        ("The panel voted in favor of the drug.", "voted in favor of", "the drug"),
        (
            "The panel voted 14 to 0 in favour of the pill.",
            "voted 14 to 0 in favour of",
            "the pill",
        ),
    ],
)
def test_a_votes_tally_stands_between_the_verb_and_its_particle(text: str, cue: str, content: str):
    assert [(c, found) for c, _, found in attributed(text)] == [(content, cue)]


@pytest.mark.parametrize(
    "text",
    [
        "The panel said the drug was safe.",
        "The advisory panel warned that the dose was high.",
        "The expert panel found that the trial was flawed.",
    ],
)
def test_an_advisory_panel_speaks_as_a_group(text: str):
    assert speaker_of(text)[1] == "group"


def test_a_member_of_a_panel_is_a_person():
    text = "A member of the House panel said the drug was safe."
    assert speaker_of(text)[1] == "person"


@pytest.mark.parametrize(
    "text",
    [
        "It slowed the loss on a memory and thinking scale by 31%.",
        "Children took a listening and speaking test in May.",
        "Each visit included a mood and thinking survey at the clinic.",
    ],
)
def test_a_word_in_ing_joined_to_a_noun_is_no_cue(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("She was reading and thinking the dose was wrong.", "thinking"),
        ("He spent May writing and arguing the trial was flawed.", "arguing"),
    ],
)
def test_a_participle_joined_to_another_is_still_a_cue(text: str, cue: str):
    assert [found for _, _, found in attributed(text)] == [cue]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "The Varro Institute, a patients' group, said the price was high. "
            '"It is out of reach," said Dr. Ines Holm, the group\'s director.',
            "director of Varro Institute",
        ),
        (
            'The Clotting League said it was worried. "Access matters," the group\'s policy '
            "director, Ada Fenn, said.",
            "policy director of Clotting League",
        ),
        (
            'The Nurses Union said the ward was short. "We can\'t cope," said Ivo Marr, '
            "the union's secretary.",
            "secretary of Nurses Union",
        ),
    ],
)
def test_a_role_owned_by_the_group_just_heard_names_that_group(text: str, role: str):
    speakers, _ = find_statements(text)
    assert speakers[-1].role == role


def test_a_role_owned_by_a_group_after_a_company_stays_as_written():
    text = 'Acme Corp said it was worried. "Access matters," the group\'s director, Ada Fenn, said.'
    speakers, _ = find_statements(text)
    assert speakers[-1].role == "group's director"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Member of Senate panel says the vaccine is late\n\nBody.", "person"),
        ("Spokesman for House committee says the pill is safe\n\nBody.", "person"),
        ("Members of Senate panel say the vaccine is late\n\nBody.", "group"),
        ("Members of House committee say the pill is safe\n\nBody.", "group"),
    ],
)
def test_a_role_of_a_body_in_a_headline_is_the_roles_kind(text: str, kind: str):
    assert attributed(text)[0][1].kind == kind  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The agency said the tablet was safe, clearing the way for sales in May.",
            "the tablet was safe",
        ),
        (
            "Brenna said the trial had met its goal, sending its shares up 9%.",
            "the trial had met its goal",
        ),
        (
            "The ministry said the price would rise, prompting a rush to stockpile.",
            "the price would rise",
        ),
    ],
)
def test_a_participle_of_a_consequence_after_a_comma_is_the_writers(text: str, content: str):
    assert [c for c, _, _ in attributed(text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            '"It works, making life easier for patients," Ruiz said.',
            "It works, making life easier for patients",
        ),
        (
            "Ruiz said the drug worked, adding that it was cheap.",
            "the drug worked",
        ),
    ],
)
def test_a_quoted_consequence_or_another_participle_stays(text: str, content: str):
    assert attributed(text)[0][0] == content


ARTICLE_SPEAKERS = {
    "pharma-advisory-vote.txt": [
        ("Renata Kolbeck", "person"),
        ("Priya Sandhurst", "person"),
        ("agency reviewers", "group"),
        ("Alzheimer's Families Network", "organization"),
        ("Denise Whitlock", "person"),
    ],
    "pharma-congress-trial.txt": [
        ("Hélène Marchetti", "person"),
        ("Torsten Aalund", "person"),
        ("Kwame Adjei-Bonsu", "person"),
        ("its maker", "organization"),
        ("a substudy", "document"),
    ],
    "pharma-price-regulator.txt": [
        ("Medicines Evaluation Agency", "organization"),
        ("Anton Verhoeven", "person"),
        ("Independent Drug Value Council", "organization"),
        ("Hemophilia Alliance", "organization"),
        ("Rachel Yoon", "person"),
    ],
}


@pytest.mark.parametrize("name", sorted(ARTICLE_SPEAKERS))
def test_the_invented_pharma_articles_keep_their_speakers_and_kinds(name: str):
    text = (ARTICLES / name).read_text(encoding="utf-8")
    speakers, statements = find_statements(text)
    found = {(s.name, s.kind) for s in speakers}
    assert set(ARTICLE_SPEAKERS[name]) <= found
    cues = {st.cue for st in statements}
    assert not cues & {"thinking", "advocates", "put it"}


def figures_of(text: str) -> list[tuple[str, str | None, str, str | None]]:
    return [(text[f.span[0] : f.span[1]], f.unit, f.kind, f.subject) for f in find_figures(text)]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Levels above 150 nanomoles per liter are high.", "nanomoles per liter"),
        ("Her level was 260 nmol/L.", "nmol per l"),
        ("Glucose was 6.4 mmol/L at entry.", "mmol per l"),
        ("Each child got 1,000 IU daily.", "IU"),
    ],
)
def test_the_labs_amounts_of_substance_are_measures(text: str, unit: str):
    [(_, found_unit, kind, _)] = figures_of(text)
    assert (found_unit, kind) == (unit, "measure")


def test_three_moles_are_no_amount_of_substance():
    assert figures_of("He had 3 moles removed.")[0][2] != "measure"


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        (
            "Rashes occurred in 8.1% of the drug group versus 2.2% of the placebo group.",
            ["drug group", "placebo group"],
        ),
        ("Nausea hit 41% of patients vs. 12% of controls.", ["patients", "controls"]),
    ],
)
def test_a_share_of_one_arm_ends_before_versus(text: str, subjects: list[str]):
    assert [subject for _, _, _, subject in figures_of(text)] == subjects


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The agency approved the pill on Monday, sparking a rush for it.",
            "the pill on Monday",
        ),
        ("Advisers backed the vaccine, sending the maker's shares up 7%.", "the vaccine"),
    ],
)
def test_a_stances_object_ends_before_a_consequence(text: str, content: str):
    assert [c for c, _, _ in attributed(text)] == [content]
