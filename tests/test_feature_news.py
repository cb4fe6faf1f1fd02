"""Long narrative features and profiles as a new analyst reads them: several people of one
gender speaking in turn around one subject, kin named in apposition ("Her sister, Lena,")
and met again as "her mother" or "his grandfather", "the coach" who coached her, the
subject described before the name, "a decision to make". Constructions found by trying
whosaid on invented features (a rower's profile, a family bakery, a town losing its mine,
in tests/data/speakers/), each tested here on other invented sentences."""

import pytest
from extraction_helpers import attributed, last_speaker, missing_speakers, speakers_by_opening

# -- a given name alone apposed to a kin word is a person the next pronoun may stand for --


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Petra Lund runs a bakery. Her daughter, Lena, drives a truck. "
            "“I am staying,” she says.",
            "Lena",
        ),
        (
            "Karl Brandt farms rye. His younger son, Tobias, keeps the books. "
            "“We lost money,” he says.",
            "Tobias",
        ),
        (
            "Petra Lund runs a bakery. Petra's older sister, Ines, kneads the dough. "
            "“I miss the smell,” she says.",
            "Ines",
        ),
    ],
)
def test_a_given_name_apposed_to_a_kin_word_is_the_subject_the_pronoun_means(text: str, name: str):
    assert last_speaker(text)[0] == name


def test_a_given_name_apposed_to_a_kin_word_opens_a_later_sentence_as_its_subject():
    text = (
        "Petra Lund runs a bakery. Her daughter, Lena, drives a truck. "
        "The mayor, Rita Vogel, says the town will cope. “We will find work,” Vogel says.\n\n"
        "Lena is not convinced. “Tourism is a summer job,” she says."
    )
    assert last_speaker(text)[0] == "Lena"


@pytest.mark.parametrize(
    "text",
    [
        # no kin word before the name: a list, not an apposition
        "Petra Lund runs a bakery. Bakers, Lena, cooks and drivers came. “We stay,” she says.",
        # a kin word of no owner: "the sister" is no possessive
        "Petra Lund runs a bakery. The sister, Lena, left. “We stay,” she says.",
    ],
)
def test_a_given_name_without_an_owners_kin_word_before_leaves_the_speaker(text: str):
    assert last_speaker(text)[0] == "Petra Lund"


# -- "her mother" is the mother the text named before --


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ana Ruiz rows. Her mother, Rosa, works nights. “She is tough,” Rosa says. "
            "Ana says the water is cold. “I love it,” her mother says.",
            "Rosa",
        ),
        (
            "Ana Ruiz rows. Her mother, Rosa Ruiz, works nights. “She is tough,” Rosa says. "
            "Ana says the water is cold. “I love it,” her mother says.",
            "Rosa Ruiz",
        ),
        # the converse: "Hilde's daughter, Mara," makes Hilde Mara's mother
        (
            "Hilde Sorensen cuts hair. “It is slow,” she says. Hilde's daughter, Mara, drives "
            "a truck. “I stay,” Mara says. Her mother hopes the school stays open.",
            "Hilde Sorensen",
        ),
        # the mother of the sister named: the subject's too
        (
            "Odile Roy rows. Her mother, Rosa, works nights. Her sister, Lena, swims. "
            "“I was busy,” Lena says. “We said no to a lot,” her mother says.",
            "Rosa",
        ),
        # after "His": the last man named before the apposition
        (
            "Tom Vell bakes rye. His grandson, Mateo, works the till. “He is slow,” Mateo "
            "says. “I am careful,” his grandfather says.",
            "Tom Vell",
        ),
    ],
)
def test_an_owners_kin_described_is_the_kin_named_before(text: str, name: str):
    assert last_speaker(text)[0] == name


@pytest.mark.parametrize(
    "text",
    [
        # two mothers named: whose?
        "Ana Ruiz rows. Her mother, Rosa, works nights. Bea Kim swims. Her mother, Ida, "
        "cooks. “I love it,” her mother says.",
        # another owner's mother
        "Ana Ruiz rows. Tom Lee's mother, Rosa, works nights. “I love it,” her mother says.",
        # "Her" of the apposition is the first woman's: the second's mother is not named
        "Ana Ruiz rows. Her mother, Rosa, works nights. “She is tough,” Rosa says. Bea Kim, "
        "her rival, swims. “I hate the cold,” Kim says. “I love it,” her mother says.",
        # a father is not the mother named
        "Ana Ruiz rows. Her mother, Rosa, works nights. “I love it,” her father says.",
    ],
)
def test_a_kin_description_with_no_one_kin_named_before_stays_a_description(text: str):
    name, role = last_speaker(text)
    assert name.endswith(("mother", "father")) and role is not None


# -- a description the text then names: "The woman at the oars is Odile Roy." --


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The woman at the oars is Odile Roy. “I row every day,” she says.", "Odile Roy"),
        (
            "Ana Lee said the lake was low. The woman in the red boat is Ines Varga. "
            "“It is lower every year,” she says.",
            "Ines Varga",
        ),
        (
            "Tom Hale said the shop was quiet. The man at the counter was Arturo Vell, "
            "71. He says he has baked there for 40 years.",
            "Arturo Vell",
        ),
    ],
)
def test_a_description_identified_with_a_name_is_that_person(text: str, name: str):
    assert last_speaker(text)[0] == name


@pytest.mark.parametrize(
    "text",
    [
        # the name owns the person described: someone else
        "Ana Lee said the lake was low. The woman in the red boat is Ines Varga's sister. "
        "“It is lower every year,” she says.",
        # no name after the copula
        "Ana Lee said the lake was low. The woman in the red boat is tired. "
        "“It is lower every year,” she says.",
    ],
)
def test_a_description_not_identified_with_a_name_stays_a_description(text: str):
    assert last_speaker(text)[0] == "The woman"


# -- "the coach" is the one named as having coached --


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "“She never quits,” says Mira Stein, who has coached her since 2015. Odile Roy "
            "laughs. “I quit once,” she says.\n\nThe coach says the squad rows 160 km a week.",
            "Mira Stein",
        ),
        (
            "Ana Ruiz said the school was cold. Her sons were taught by Lena Park for years. "
            "The teacher says the roof leaks.",
            "Lena Park",
        ),
        (
            "Ana Ruiz said the club was broke. Tom Vell, who had mentored her, left in May. "
            "The mentor says the money ran out.",
            "Tom Vell",
        ),
    ],
)
def test_a_coach_or_teacher_is_the_one_named_as_coaching_or_teaching(text: str, name: str):
    assert last_speaker(text)[0] == name


@pytest.mark.parametrize(
    "text",
    [
        # no one named as coaching
        "Ana Ruiz said the team was tired. The coach says the roof leaks.",
        # two people coached: either
        "Mira Stein, who coached her, and Ida Holm, who coached her sister, came. "
        "The coach says the roof leaks.",
    ],
)
def test_a_coach_no_one_or_several_coached_stays_a_description(text: str):
    assert last_speaker(text)[0] == "The coach"


# -- "a decision to make": the noun is the infinitive's object, no intention held --


@pytest.mark.parametrize(
    "text",
    [
        "The Okafors have a decision to make by the end of the summer.",
        "The co-op board has a hard decision to make.",
        "Rhee has a promise to keep, she says, and little time.",
        "The league has a decision to take before the draft.",
    ],
)
def test_an_intention_noun_that_its_infinitive_takes_as_object_reports_nothing(text: str):
    assert [c for c, _, cue in attributed(text) if cue in ("decision", "promise")] == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The co-op board made a decision to make cuts.", "to make cuts"),
        ("Rhee made a promise to keep the clinic open.", "to keep the clinic open"),
        ("The league reached a decision to take the title away.", "to take the title away"),
    ],
)
def test_an_intention_nouns_infinitive_with_its_own_object_stays(text: str, content: str):
    assert [c for c, _, _ in attributed(text)] == [content]


# -- the invented features --

_FEATURES = {
    "feature-rower-profile.txt": [
        ("She will not get out of the boat", "Mira Stein", "person"),
        ("Mira exaggerates", "Odile Marchetti", "person"),
        ("She came home soaked", "Claudette", "person"),
        ("I was a teenager", "Lena", "person"),
        ("We said no to a lot of things", "Claudette", "person"),
        ("Every single one", "Odile Marchetti", "person"),
        ("Odile does 200", "Mira Stein", "person"),
        ("She counts everything", "Lena", "person"),
        ("She says she doesn’t mind", "Claudette", "person"),
    ],
    "feature-bakery-family.txt": [
        ("I knew how to bake", "Arturo Vasquez", "person"),
        ("My father thinks spreadsheets", "Rafael", "person"),
        ("Every ten years", "Arturo Vasquez", "person"),
        ("Grandpa thinks the internet", "Mateo", "person"),
        ("I have placed ads", "Rafael", "person"),
        ("Because it happened differently", "Arturo Vasquez", "person"),
        ("This corner is the only place", "Rafael", "person"),
    ],
    "feature-mine-town.txt": [
        ("It's like waiting for a funeral", "Gwen Abernathy", "person"),
        ("I'm not moving to Alberta", "Shauna", "person"),
        ("People are saving", "Gwen Abernathy", "person"),
        ("I'm not going to stand here", "Delia Fontaine", "person"),
        ("Tourism is a summer job", "Shauna", "person"),
        ("the school stays open", "Gwen Abernathy", "person"),
        ("the closure will cost", "A report", "document"),
    ],
}


@pytest.mark.parametrize("name", sorted(_FEATURES))
def test_each_invented_feature_gives_its_quotes_to_the_right_people(name: str):
    assert missing_speakers(name, _FEATURES[name]) == []


def test_the_invented_features_narration_is_no_statement():
    openings = ("Rowing Canada", "She was 12", "Her mother, Claudette", "Her older sister")
    found = speakers_by_opening("feature-rower-profile.txt")
    assert not [c for c, _, _ in found if c.startswith(openings)]
    found = speakers_by_opening("feature-bakery-family.txt")
    assert not [c for c, _, _ in found if c.startswith("to make by the end")]
