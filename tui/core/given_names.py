"""Given names by their usual gender, as data: a speaker's pronoun must agree with them.

A compact list written for whosaid (common English and international first names, lower case);
a name borne by both men and women in numbers (Jordan, Taylor, Alex, Jean, Andrea) is left out
of the two gendered sets, as it tells no gender, and listed in UNISEX_NAMES: it still tells a
person. Rules read these sets; they never grow from one article's errors.
"""

from __future__ import annotations

MALE_NAMES: frozenset[str] = frozenset(
    """
    aaron abdul abdullah abraham adam adrian ahmad ahmed ajay alan albert alberto aleksandr
    alessandro alexander alexandre alexei alfred ali allen alvin amir anatoly anders andre
    andreas andrei andrew andrey andrii andy angelo anthony anton antonio arjun arnold arthur
    artem ashok barack barry ben benjamin bernard bernie bill billy bob bobby boris brad
    bradley brandon brendan brett brian bruce bryan carl carlos cesar charles charlie chris
    christian christopher chuck clarence claude clifford colin conor craig curtis dale dan
    daniel danny darius darren dave david dean dennis derek diego dmitri dmitry dominic don
    donald doug douglas duncan dwight earl eddie edgar eduardo edward edwin elijah elon emmanuel
    enrique eric erik ernest ethan eugene evan fabio farid felipe felix fernando francesco
    francis francisco frank franklin fred frederick gabriel gareth gary gavin gene geoffrey
    george gerald gerhard giuseppe glenn gordon graham greg gregory gustavo hamid hans harold
    harry hassan hector henry herbert howard hugh hugo hussein ian igor isaac ivan jack jacob
    jake james jamal jared jason javier jay jeb jeff jeffrey jeremy jerome jerry jesse jim
    jimmy joe joel johan john johnny jon jonathan jorge jose joseph josh joshua juan julian
    justin kamal karl keith ken kenneth kevin khalid kirk klaus kurt kyle lance larry lars
    lawrence leo leon leonard liam lloyd louis luca lucas luis luke malcolm
    manuel marc marco marcus mario mark martin matt matthew maurice max maxim michael miguel
    mike mikhail milton mitch mitchell mohamed mohammad mohammed muhammad mustafa nathan neil
    nicholas nick nicolas nikolai noah norman oleg oleksandr oliver omar oscar otto owen pablo
    patrick paul pavel pedro perry pete peter phil philip philippe pierre rafael rahul raj
    ralph ramon randy raul ray raymond reginald reince ricardo richard rick rob robert roberto
    rodrigo roger roman ron ronald ross roy ruben rudy russell rustem ryan salman sam samuel
    sanjay scott sean sebastian sergei sergey sergio seth shawn sidney simon stanley stefan
    stephen steve steven stuart ted terry theodore thomas tim timothy tobias todd tom tommy
    tony travis trevor tyler victor vikram vincent viktor vladimir vladislav volodymyr walter
    warren wayne wesley william willie xavier yevgeny youssef yuri zachary
    """.split()
)
FEMALE_NAMES: frozenset[str] = frozenset(
    """
    abigail ada agnes aisha alexandra alice alicia alison amanda amber amelia amy ana anastasia
    angela angelina anita ann anna anne annie antonia ashley audrey barbara beatrice becky
    betsy betty beverly bonnie brenda bridget brittany camila carla carmen carol caroline
    carolyn catherine cathy cecilia charlotte chelsea cheryl christina christine cindy claire
    clara claudia colleen connie cynthia daisy daniela deborah debbie debra denise diana
    diane donna doris dorothy edith elaine eleanor elena elisabeth elizabeth ella ellen elsa
    emilia emily emma erica erin esther eva evelyn fatima fiona florence frances gabriela
    gabrielle gina gloria grace hannah harriet heather heidi helen helena hillary holly ingrid
    irene iris isabel isabella jacqueline jane janet janice jasmine jennifer jenny
    jessica jill joan joanna josephine joy joyce judith judy julia julie june karen kate
    katherine kathleen kathryn kathy katie kimberly kristen laura lauren leah
    lillian linda lisa liz lorraine louise lucia lucy lydia madeleine madison malala
    margaret maria marie marina marion marjorie martha mary maya megan melania melanie melissa
    meredith mia michelle mildred miriam molly monica nadia nancy naomi natalia natalie
    natasha nicole nina nora olga olivia pamela patricia paula pauline peggy penny phyllis
    priya rachel rebecca regina rita roberta rosa rose ruth sabrina sally samantha sandra
    sara sarah sharon sheila shirley sofia sonia sophia sophie stephanie sue susan suzanne
    sylvia tamara tanya teresa theresa tiffany tina tracy ursula valentina valerie vanessa
    victoria virginia vivian wendy yulia yvonne zoe
    """.split()
)
# Given names borne by men and women alike: a person's name, of no gender ("Alex Reyes").
UNISEX_NAMES: frozenset[str] = frozenset(
    """
    alex jordan taylor jean andrea casey jamie robin kelly leslie dana pat kim lynn riley
    avery quinn drew cameron skyler sasha nikita jackie
    """.split()
)
