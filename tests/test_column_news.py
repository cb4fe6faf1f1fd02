"""Opinion columns, first-person features and reporters' notebooks as a new analyst reads
them: constructions found by trying whosaid on invented columns of a streetcar fare rise, a
care home's closing and a school board's budget (in tests/data/speakers/), each tested here on
other invented sentences. The columnist is the author: "I think ..." and "My guess is that
..." are the author's own statements (speaker "I", named from a byline), never a quoted
source's."""

import pytest
from extraction_helpers import ARTICLES, attributed, missing_speakers, named, speaker_of

from tui.core.figures import find_figures
from tui.core.statements import find_statements
from tui.core.statements.furniture import byline_author
from tui.core.text import paragraphs

# -- the pronoun after the author's opening clause is the person the author reached --


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Rosa Quint said the roof leaks. When I spoke to Minister Ines Varga last week, "
            "she said no bed would be lost.",
            "Ines Varga",
        ),
        (
            "Tom Ruiz said the roof leaks. After I called Omar Pellerin on Monday, he said the "
            "forecast was wrong.",
            "Omar Pellerin",
        ),
        (
            "Tom Ruiz said the roof leaks. When I put that question to the finance chief, "
            "Omar Pellerin, he said the forecast was wrong.",
            "Omar Pellerin",
        ),
        (
            "Rosa Quint said the roof leaks. When we reached Ada Moss by phone, she said the "
            "ward was full.",
            "Ada Moss",
        ),
        # a name no list tells the gender of
        (
            "Tom Ruiz said the roof leaks. After I called Grant Pellerin on Monday, he said the "
            "forecast was wrong.",
            "Grant Pellerin",
        ),
    ],
)
def test_the_pronoun_after_the_authors_clause_is_the_person_reached(text: str, name: str):
    assert named(text)[-1][1] == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the clause's subject is no author: the pronoun is read as before
        (
            "Tom Ruiz said the roof leaks. When Ann Lee called Omar Pellerin, he said the "
            "forecast was wrong.",
            "Tom Ruiz",
        ),
        # no one named in the author's clause
        (
            "Tom Ruiz said the roof leaks. When I called, he said the forecast was wrong.",
            "Tom Ruiz",
        ),
        # a street, no person
        (
            "Tom Ruiz said the roof leaks. When I drove down Queen Street, he said the "
            "forecast was wrong.",
            "Tom Ruiz",
        ),
        # a woman named in it, and "he"
        (
            "Tom Ruiz said the roof leaks. When I called Ann Pellerin, he said the forecast "
            "was wrong.",
            "Tom Ruiz",
        ),
        # two of her gender in it: either
        (
            "Tom Ruiz said the roof leaks. When I spoke to Ann Lee and Mia Cole, she said the "
            "forecast was wrong.",
            "she",
        ),
    ],
)
def test_the_pronoun_after_another_clause_is_read_as_before(text: str, name: str):
    assert named(text)[-1][1] == name


# -- a reporter's contact verb is no part of the contacted person's role --


@pytest.mark.parametrize("verb", ["reached", "phoned", "emailed", "interviewed", "called"])
def test_the_reporters_contact_verb_is_no_part_of_the_role(verb: str):
    text = f'I {verb} Mayor Ivo Brandt on Monday. "We had no choice," Brandt said.'
    assert speaker_of(text) == ("Ivo Brandt", "person", "Mayor")


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Retired Judge Ann Lee said the ruling was wrong.", "Retired Judge"),
        ("The newly elected Mayor Ann Lee said the budget was tight.", "newly elected Mayor"),
    ],
)
def test_a_participle_modifying_a_title_keeps_its_role(text: str, role: str):
    assert speaker_of(text) == ("Ann Lee", "person", role)


# -- a role noun that is also a cue, before a name opening a sentence after a quotation --


@pytest.mark.parametrize(
    "text",
    [
        "The riders were “livid.”\n\nHousing advocate Nora Pell, who runs Fair Rent, has "
        "been counting evictions.",
        "The riders were “livid.” Tenant advocate Nora Pell, who runs Fair Rent, has been "
        "counting evictions.",
        'The riders were "livid." Tenant advocate Nora Pell has been counting evictions.',
    ],
)
def test_a_role_noun_before_a_name_after_a_closing_quotation_is_no_cue(text: str):
    assert attributed(text) == []


def test_a_cue_after_a_closing_quotation_still_reports():
    text = "He said it was “late.” Ann Lee warned the line would close."
    assert named(text)[-1] == ("the line would close", "Ann Lee", "warned")


@pytest.mark.parametrize(
    "text", ["Public comment is open to anyone who signs up.", "Public comment closes on Friday."]
)
def test_comment_before_its_verb_is_a_noun(text: str):
    assert attributed(text) == []


def test_comment_as_a_verb_still_reports():
    text = "The chief was asked about it. “It is not our fault,” Marks comments."
    assert named(text) == [("It is not our fault", "Marks", "comments")]


# -- the interview closing the sentence is no part of what was said --


@pytest.mark.parametrize(
    "text",
    [
        "Ruiz said the plan was dead when reached by phone on Monday.",
        "Ruiz said the plan was dead when contacted by the Ledger.",
        "Ruiz said the plan was dead when asked for comment.",
        "Ruiz said the plan was dead, when I called her on Monday.",
        "Ruiz told me the plan was dead when we spoke last week.",
        "Ruiz said the plan was dead when I reached him by phone on Monday.",
    ],
)
def test_the_interview_closing_the_sentence_is_no_content(text: str):
    [(content, _, _)] = attributed(text)
    assert content == "the plan was dead"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Ruiz said the plan would fail when the vote came.",
            "the plan would fail when the vote came",
        ),
        (
            "Ruiz said workers quit when asked to work nights.",
            "workers quit when asked to work nights",
        ),
        (
            "Ruiz said nurses were rude when contacted about bills.",
            "nurses were rude when contacted about bills",
        ),
    ],
)
def test_a_when_clause_of_the_content_stays(text: str, content: str):
    [(found, _, _)] = attributed(text)
    assert found == content


# -- the author's view: "My guess is that ..." --


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        ("My guess is that the board will fold.", "the board will fold", "I"),
        ("My view is that the board should wait.", "the board should wait", "I"),
        ("Our position is that the bylaw is unlawful.", "the bylaw is unlawful", "we"),
    ],
)
def test_the_authors_possessive_holds_a_view(text: str, content: str, name: str):
    assert named(text) == [(content, name, text.split()[1])]


def test_the_authors_view_is_the_author_who_thinks():
    text = "I think the plan is dead. My hunch is that the board will fold."
    speakers, statements = find_statements(text)
    assert len(speakers) == 1
    assert [s.act for s in statements] == ["thought", "thought"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Her guess is that the board will fold.", "Her"),
        ("Lee's sense was that the board would fold.", "Lee"),
    ],
)
def test_a_persons_guess_or_sense_is_a_view_too(text: str, name: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.name == name


@pytest.mark.parametrize(
    "text",
    [
        "My point is simple.",
        "My guess was right.",
        "The feeling is that the board will fold.",
    ],
)
def test_a_view_noun_with_no_holder_or_no_clause_reports_nothing(text: str):
    assert attributed(text) == []


def test_a_quoted_view_is_the_quoted_speakers():
    text = '"My view is that we should wait," Lee said.'
    assert named(text) == [("My view is that we should wait", "Lee", "said")]


# -- the author's kin opening a sentence is who "she" or "he" is after it --


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Nadia Farouk said the closing was sad. My mother was tired. She said the food "
            "was cold.",
            "My mother",
        ),
        (
            "Omar Farouk said the closing was sad. My father was tired. “The food was cold,” "
            "he said.",
            "My father",
        ),
    ],
)
def test_the_authors_kin_opening_a_sentence_is_the_pronouns(text: str, name: str):
    assert named(text)[-1][1] == name


def test_the_authors_kin_of_another_gender_is_not():
    text = "Nadia Farouk said the closing was sad. My husband drove. She said the food was cold."
    assert named(text)[-1][1] == "Nadia Farouk"


# -- "put it" with only how it was put --


@pytest.mark.parametrize(
    "text",
    ["A father put it more bluntly.", "Lee put it best.", "Lee puts it differently."],
)
def test_put_it_with_only_a_manner_reports_nothing(text: str):
    assert attributed(text) == []


def test_as_someone_put_it_still_reports():
    text = "As one nurse put it, the ward is a war zone."
    assert named(text) == [("the ward is a war zone", "one nurse", "put it")]


# -- a fact "which tells me": the author's inference --


@pytest.mark.parametrize(
    "text",
    [
        "The board moved $900,000 into a dashboard, which tells me the strings are loose.",
        "The board moved $900,000 into a dashboard, which only tells us the rules bend.",
        "The board moved $900,000 into a dashboard. That tells me the strings are loose.",
    ],
)
def test_a_fact_telling_the_author_is_no_ones_claim(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The board sent a memo that tells us the office will close.", "a memo"),
        ("The report tells us the office will close.", "The report"),
        ("Lee told me the office will close.", "Lee"),
        ("Ruiz, who told me the office would close, was wrong.", "Ruiz"),
    ],
)
def test_a_source_telling_the_author_still_reports(text: str, speaker: str):
    [(content, name, _)] = named(text)
    assert (content.split()[:2], name) == (["the", "office"], speaker)


# -- "I'm told": the author told by someone unnamed, no statement of the author's but an
# unnamed source's (no speaker), as "It is understood that ..." --


@pytest.mark.parametrize(
    "text",
    [
        "I'm told the depot will be sold.",
        "I’m told the depot will be sold.",
        "I am told the depot will be sold.",
        "We’re told the depot will be sold.",
    ],
)
def test_the_author_told_by_no_one_named_reports_an_unnamed_source(text: str):
    assert named(text) == [("the depot will be sold", None, "told")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("I'm told by two aides that the depot will be sold.", "two aides"),
        ("He’s told reporters the depot will be sold.", "He"),  # "has told": active
        ("I told her the depot would be sold.", "I"),
    ],
)
def test_a_teller_named_or_the_author_telling_still_reports(text: str, speaker: str):
    [(content, name, _)] = named(text)
    assert (content.startswith("the depot"), name) == (True, speaker)


# -- one of the audience is a speaker, no count --


@pytest.mark.parametrize(
    "text",
    [
        "One reader wrote that her pass cost too much.",
        "One reader, a nurse in Brill, wrote that her pass cost too much.",
        "One caller said the road was shut.",
    ],
)
def test_one_reader_who_writes_counts_nothing(text: str):
    assert find_figures(text) == []


@pytest.mark.parametrize(
    "text", ["Only one reader wrote back.", "The paper has one reader in Brill."]
)
def test_one_reader_counted_is_still_a_figure(text: str):
    [figure] = find_figures(text)
    assert figure.unit == "reader"


# -- a byline's trade after the name --


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("By Ann Roe Columnist", "Ann Roe"),
        ("By ANN ROE COLUMNIST", "Ann Roe"),
        ("By Ann Roe, Columnist", "Ann Roe"),
        ("By Ann Roe", "Ann Roe"),
        ("By Ann Editor", "Ann Editor"),  # two words: a name
    ],
)
def test_a_bylines_trade_is_no_part_of_the_authors_name(byline: str, author: str):
    text = f"{byline}\n\nI think the plan will fail."
    assert byline_author(text, paragraphs(text)) == author


# -- the invented articles --

STREETCAR = "column-streetcar-fares.txt"
CARE_HOME = "column-care-home-notebook.txt"
SCHOOL_BUDGET = "column-school-budget-metro.txt"

ARTICLE_SPEAKERS = {
    STREETCAR: [
        ("the money is needed", "Delia Fairweather", "person"),
        ("We are patching vehicles", "Delia Fairweather", "person"),
        ("the commission was studying", "Delia Fairweather", "person"),
        ("the fare hike will push", "Miriam Okafor", "person"),
        ("the city had no choice", "Tobias Lindqvist", "person"),
        ("I don’t like it either", "Tobias Lindqvist", "person"),
        ("the grant had been", "A spokesperson for the transportation ministry", "person"),
        ("it was shelved", "Miriam Okafor", "person"),
        ("she already skips meals", "One reader", "person"),
        ("the group had gathered", "Ruth Abernathy", "person"),
        ("People are not asking", "Ruth Abernathy", "person"),
        ("the increase will raise", "The commission’s own report", "document"),
        ("ridership forecasts were", "Grant Pellerin", "person"),
    ],
    CARE_HOME: [
        ("I found out the same week", "Colette Brisebois", "person"),
        ("she could not answer that", "Colette Brisebois", "person"),
        ("the operator", "A 2023 inspection report", "document"),
        ("the ministry had followed", "Evelyn Castellanos", "person"),
        ("We will place every single person", "Evelyn Castellanos", "person"),
        ("he had already been offered", "Gerald Whitlock", "person"),
        ("he was no longer its counsel", "Desmond Achterberg", "person"),
        ("it lets the province off the hook", "I", "person"),
        ("the closing was", "Nadia Farouk", "person"),
    ],
    SCHOOL_BUDGET: [
        ("the consultants would help", "Marisol Ferreira", "person"),
        ("People are comparing apples", "Marisol Ferreira", "person"),
        ("he was", "Leonard Ashby", "person"),
        ("Nobody on this board", "Leonard Ashby", "person"),
        ("a district that can find millions", "Dale Kuznetsov", "person"),
        ("her school library", "One reader", "person"),
        ("They took the books", "A father in the Eastgate neighborhood", "person"),
        ("libraries were", "Annette Kowalczyk", "person"),
        ("it would be released", "Tamsin Oduya", "person"),
        ("his members would raise", "Rafael Quintero", "person"),
        ("the board will quietly restore", "Dale Kuznetsov", "person"),
    ],
}


@pytest.mark.parametrize("article", sorted(ARTICLE_SPEAKERS))
def test_the_invented_column_articles_keep_their_speakers(article: str):
    assert missing_speakers(article, ARTICLE_SPEAKERS[article]) == []


@pytest.mark.parametrize("article", sorted(ARTICLE_SPEAKERS))
def test_the_invented_column_articles_hold_no_nouns_or_manners_as_statements(article: str):
    text = (ARTICLES / article).read_text(encoding="utf-8")
    found = attributed(text)
    assert "advocate" not in {cue for _, _, cue in found}
    assert "comment" not in {cue for _, _, cue in found}
    assert not any(content == "more bluntly" for content, _, _ in found)
    assert not any(content.endswith(("by phone", "by phone on Monday")) for content, _, _ in found)
