"""Drug approvals, clinical trials and medicines regulators as a new analyst reads them:
constructions found by trying whosaid on invented stories of an advisory committee's vote, a
weight-loss trial presented at a congress and a gene therapy's approval and price (in
tests/data/speakers/), each tested here on other invented sentences."""

import pytest
from extraction_helpers import attributed, speaker_of


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
