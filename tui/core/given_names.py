"""Given names by their usual gender, as data: a speaker's pronoun must agree with them.

Written for whosaid, lower case, each list sorted (accents aside): common given names of the
English-speaking, Irish and Scottish, Hispanic and Portuguese, Francophone, German, Dutch and
Scandinavian, Italian, Greek, Slavic and Baltic, Arabic, Persian and Turkish, South Asian, East
and Southeast Asian, African and Hebrew naming traditions, with their accented and plain
spellings ("José", "Jose"). A name borne by both men and women in numbers (Jordan, Taylor, Alex,
Jean, Andrea, which is a man's name in Italy) is left out of the two gendered sets, as it tells
no gender, and listed in UNISEX_NAMES: it still tells a person.

Left out on purpose: given names that are as often a place, a month, a common word or a
company's first word in news ("Georgia", "April", "Hope", "Wagner", "Sierra", "German",
"Eli Lilly"), since a name whose first word is a given name counts as a person's. Rules read
these sets; they never grow from one article's errors.
"""

from __future__ import annotations

MALE_NAMES: frozenset[str] = frozenset(
    """
    aamir aaron abbas abdel abdelaziz abdelkader abdelmadjid abdul abdulaziz abdullah abdulrahman
    abe abebe abel abhishek abiy abolfazl abraham abubakar achille achim adam adebayo adel aditya
    adnan adolfo adrian adrien aengus afonso agustin agustín ahmad ahmed ahmet aidan ajay ajit
    akash akhil akin akinwumi akira akram akshay alain alan alasdair alassane alastair albert
    alberto alec alejandro aleksandar aleksander aleksandr aleksei aleksey alessandro alessio
    alexander alexandre alexei alexey alfie alfonso alfred alfredo ali ali-akbar aliko alistair
    allan allen alois alok alonso alphonse alvaro álvaro alvin amado amadou ambrose amedeo amin
    aminul amir amit amitabh amjad amos amr anand anas anatoli anatoly anders andre andré andreas
    andrei andres andrés andrew andrey andrii andriy andrzej andy angel ángel angelo angus anibal
    anil anisur ankit anthony antoine anton antonio antonis anupam anurag anwar arash archie
    ardeshir aristide arjun arkady armand armando armin arnaud arnold arsene arsène arseniy arshad
    artem arthur arturo artyom arun arvind asad ashish ashok ashraf asif aslam atef athar attilio
    atul aurelien aurélien aurelio avi avigdor avraham axel ayman azhar aziz babak babatunde bandar
    bao baptiste barack barney barry bart bashar basil bassam bassem beau behrouz ben benedict
    benito benjamin benny benoit benoît beppe bernard bernd bernhard bernie bert bertrand beto
    bhupendra bijan bilal bilawal bill billy binyamin bjarne bjorn björn bjørn blaise bob bobby
    bogdan bohdan boris borislav boubacar boyd brad bradley brady brandon branko brendan brent
    brett brian brock bruce bruno bryan bryce burkhard burt byron caetano caleb callum calvin
    camilo carl carlo carlos carlton carson cathal cecil cedric cédric cesar césar cesare cezary
    chad chaim charles charlie chester chidi chinedu chris christian christoph christophe
    christopher christos chuck chukwuemeka cian ciaran ciarán clarence clark claude claudio clay
    clayton clement clément cliff clifford clint clyde cody colby cole colin colm conal conall
    connor conor conrad corey cormac corrado cory costas craig cristian cristiano cristobal
    cristóbal curt curtis cyril cyrille cyrus daisuke dale damian damien damon dan daniel daniele
    danny dante danylo dapo dario darío darius dariush darnell darragh darrell darren darryl dave
    david davide dawit dean deandre declan deepak demarcus demetrius denis dennis denys derek
    dermot derrick deshawn desmond detlef dev devin devonte dhruv dick didier diego dieter dietmar
    dietrich dimitris dinesh dirk dmitri dmitriy dmitry dmytro domenico dominic don donal dónal
    donald donnie doug douglas dragan dror duane duarte duc dudley duncan dusan dušan dustin dwayne
    dwight dylan eamon éamon eamonn earl ebrahim eckart ed eddie edgar edmund edouard édouard
    eduardo edward edwin efrain efraín egon ehud eitan ejaz elad eladio elias eliezer elijah elliot
    elliott elmer elon elvis emanuele emeka emile émile emiliano emilio emmanuel emmett emre emyr
    enda enrico enrique enzo eric éric erich erik ernest ernesto ernie ernst esteban ethan etienne
    étienne ettore euan eugene eusebio evan evgeny evo ewan ezekiel ezequiel ezra fabian fabián
    fabien fabio fabrice fabrizio facundo fadi fahad fahd faisal fares farhan farid farooq farouk
    farrukh fawad fawaz fawzi federico fedor felipe felix femi fergal fergus fermin fernando fidel
    filippo fintan flavio florencio florent florian floyd fouad francesco francis francisco franco
    francois françois frank frank-walter franklin fraser fred freddie frederic frédéric frederick
    frederik fritz fumio fyodor gabriel gael gaël gaetan gaétan gaetano gareth garrett gary gaston
    gaurav gavin gene gennadiy gennady geoffrey george georgios georgy gerald gérald gerard gérard
    gerardo gerd gerhard gert gethin ghassan ghislain ghulam giacomo giancarlo gianluca gianni
    gideon gilad gilbert gilberto gilles gilmar gino giorgio giorgos giovanni girish giulio
    giuseppe glen glenn goncalo gonçalo gonzalo goodluck gopal goran gordon gottfried govind graham
    greg gregg gregoire grégoire gregor gregory grigori grigory grzegorz guido guillaume guillermo
    gunter günter gunther gus gustav gustave gustavo guy habib habibur hadi haider haile haitham
    hakan hamad hamdan hamid hamish hamza hani hannes hans hans- hans-dietrich hans-jurgen
    hans-jürgen hans-peter hao haris harish harjit harold haroun harry hartmut haruki haruto harvey
    hassan hatem hazem hector heiko heiner heinrich heinz helmut hemant henri henrik henry herbert
    heriberto herman hernan hernán herve hervé hideki hipolito hiroshi hiroyuki hisham holger homer
    horace horacio horst hosni hossein howard hubert hubertus hugh hugo hugues humberto husam
    hussain hussein iain ian ibrahim ibrahima ichiro ido idrissa ieuan ignacio ignazio igor ihor
    ijaz ikenna ilan ilya imad imran imtiaz inacio iñaki ingo ioannis irfan isaac isaiah ismael
    ismail issa itamar itzhak ivan ivo jaber jabulani jack jacob jacques jagdish jagmeet jair jake
    jakub jalal jalen jamal jamar james jamil jan-peter jared jaroslav jaroslaw jason jasper jassim
    javad javed javier jawad jay jayant jayden jaylen jean- jean-baptiste jean-claude jean-francois
    jean-françois jean-jacques jean-louis jean-luc jean-marc jean-marie jean-michel jean-noel
    jean-paul jean-pierre jean-yves jeb jed jeff jeffrey jens jeremiah jeremie jérémie jeremy
    jermaine jerome jérôme jerry jerzy jesper jesse jesus jesús ji-hoon jim jimmy jiri jiří joachim
    joao joão joaquin joaquín jochen joe joel joël joey johan john johnny jomo jon jonah jonathan
    jorg jörg jorge jorgen jose josé josef joseph josh joshua josiah juan jules julian julien julio
    julius jun-ho junaid junichiro jurgen jürgen justin kagiso kamal kamil kamran kapil karan
    kareem karel karim karl karl-heinz karsten kashif kaveh kazimierz kazuo kebede keir keith kemal
    ken kenji kenneth kenta kevin khaled khalid khalil khurram kian kieran kirill kirk kjell klaus
    kofi koji kojo konstantin konstantinos kostas krishna krzysztof kurt kwabena kwaku kwame kwasi
    kwesi kyle kyriakos kyrylo lachlan lalit lamar lance larry lars laurent lawrence leandro lech
    leo léo leon leonard leonardo leonid leopoldo leroy lester levi lewis liam liaquat lionel lloyd
    loic loïc lorcan lorenzo lothar lou louis lubomir luc luca lucas luciano lucien ludwig luigi
    luis luiz lukas lukasz łukasz luke luther lutz lyle maciej macky magnus mahesh mahmoud mahmud
    mahmudul majed majid makoto malcolm malik malte mamadou mamdouh mandla manfred manish manmohan
    manoj manolis mansoor mansour manuel marc marcel marcello marcelo marcio marco marcos marcus
    marek mariano mario mark markus marquis martin martín marty marvin marwan masahiro masayoshi
    masood massimo mateo mateusz mathieu matias matías mats matt matteo matthew matthias matthieu
    mattia matvei maurice mauricio maurizio mauro max maxim maxime maximiliano mazen mehdi mehmet
    meir melvin menachem merrick mevlut micah michael micheal micheál michel mick mickey micky
    miguel mikael mike mikhail milan miles milos miloš milton min-jun minh miroslav mitch mitchell
    mitt mizanur mohamed mohammad mohammed mohannad mohiuddin mohsen mohsin moises moisés mordechai
    moritz moshe mounir moussa mubashir muhammad muhammadu mujtaba mukesh mulugeta munir murad
    murdo musa mushtaq mustafa mwai mykhailo mykola nabil nadeem nader naftali naguib najib nandan
    naoki narendra nasser nate nathan nathaniel nauman naveed naveen nawaf nawaz nazmul necmettin
    ned nehemiah neil nelson nestor néstor newt niall niccolò nicholas nick nicolas nicolás nicolo
    nigel nikhil niklas nikola nikolai nikolay nikos nils nir nisar nitin nitish nizar nnamdi noah
    noam noel noël norbert norman normand nouri obaid obinna octavio ofer oisin oisín olaf ole oleg
    oleh oleksandr oleksii oleksiy oliver olivier ollie olof olusegun oluwaseun omar omer ömer
    ondrej ondřej oren osama oscar otavio otis otto ousmane owain owen pablo paco paddy padraig
    pádraig panagiotis pankaj paolo pascal patrice patrick paul paulo pavel pavlo pavlos pawel
    paweł pedro percy perry pervaiz pervez pete peter petr petro phil philip philipp philippe
    phillip pierluigi piero pierre pieter pietro piotr pradeep prakash pranab prashant praveen
    przemyslaw pyotr qasim quang quentin radek radoslaw radosław rafael rafal rafał raffaele rafik
    rafiqul rahul rainer raj rajesh rajiv rakesh ralf ralph ramesh rami ramiro ramon ramón randall
    randy raphael raphaël rashad rashid rasmus rauf raul raúl ravi ray raymond reece reggie
    reginald regis régis reinaldo reince reinhard reinhold rejean réjean remi rémi rémy renato
    renaud rene rené reuven rex reza rhodri rhys riad riaz ricardo riccardo richard rick ricky
    rishi riyad rizwan rob robbie robert roberto rod rodney rodolfo rodrigo rogelio roger rohan
    rohit roland rolando rolf romain roman romano ron ronald ronan ronen ronnie rory ross rostislav
    roy ruairi ruben rubén rudiger rüdiger rudolf rudy rui rupert ruslan russ russell rustem rusty
    rutger ryan ryota saad saber sachin saeed saiful sajid salah saleem saleh salim salman salvador
    salvatore sam sami samir samuel sandeep sander sandro sanjay sanjeev santiago santosh sarfraz
    satish satoshi saul saurabh sayed scott seamus séamus sean seán sebastian sebastián sebastien
    sébastien segun sekou selahattin serge sergei sergey sergii sergio serhii serhiy seth seydou
    shafiqul shahbaz shahid shahzad shakeel shane sharif shashi shaun shawn shehbaz sheldon shigeru
    shimon shinji shinzo shlomo shmuel shoaib shota sid siddharth sidney siegfried sigmar silvio
    simon sipho slawomir slobodan sohail sonny spencer spyros stan stanislav stanislaw stanley
    stavros stefan stefano steffen stepan stephane stéphane stephen steve steven stewart stig
    stuart subhash sudhir sung-min sunil suresh sushil sven sviatoslav svyatoslav sylvain tadeusz
    tadhg tahir takashi takeshi takis talal talha tamer tamim tanveer tanvir taras tarek tarik
    tariq taro tarun tayyip ted teddy tedros teodoro terence terrance terrell terrence terry
    tesfaye tetsuya thabo thanos themba theo theodore thiago thibault thierry thijs thilo thomas
    thorsten tiago tim timofey timothy tobias toby todd tom tomas tomás tomáš tomasz tomislav
    tommaso tommy tony torsten toshiro travis tremaine trent trevor troy tuan tucker tunde ty tyler
    tyrell tyrone tyson uday udo ugo uhuru ulf ulises ulrich umar umberto uri usman uwe vadim vadym
    vahid valentin valentín valerio valeriy valery valéry vangelis varun vasily vasyl vaughn venkat
    vernon viacheslav vicente victor vijay vikas vikram viktor vince vincent vincenzo vinicius
    vinod vipin vishal vitali vitaliy vitaly vittorio vivek vladimir vladislav vojtech volker
    volodymyr vsevolod vyacheslav wade wael wajid waleed walid wallace walt walter waqar warren
    waseem wasim wayne wen-jie wendell werner wes wesley wilbur wilfried wilhelm willard willem
    william willie wim winfried winston wojciech wole wolfgang wouter wyatt xavier xiaoming yaakov
    yahya yair yakov yann yannick yannis yaroslav yash yasir yasser yassin yasuo yaw yegor yehuda
    yevgeny yevhen yiannis yisrael yitzhak yoav yogesh yonatan yosef yoshihide yoshiro yossi yousef
    youssef yoweri yukio yuri yuriy yusuf yves yvon zach zachary zack zafar zaheer zahid zahoor
    zaid zakaria zbigniew zdenek zeeshan zeev zhiwei ziad zoran zubair zubin zulfikar
    """.split()
)
FEMALE_NAMES: frozenset[str] = frozenset(
    """
    aaliyah abby abena abigail ada adaeze adaora addison adela adele adèle adelina adriana adrienne
    adwoa afia afua agatha agnes agnès agnieszka aiko aileen aine áine aisha aishwarya aisling
    akiko akua alana alejandra alena alesha alessandra alessia alexa alexandra alice alicia alina
    alisha alison aliya alla allison alma almaz almut alyssa ama amaka amal amanda amani amber
    amelia amelie amélie amina aminata amira amna amparo amy ana ananya anastasia anastasiya angela
    angelica angélica angelika angelina angie anita anja anjali anke ann anna annalena anne
    anne-marie annette annick annie annika antje antoinette antonella antonia anusha anya aoife
    araceli archana aretha ariana arianna arlene ashley asma assunta aster astrid athena aubrey
    audrey aurelie aurélie ava awa aya ayelet ayesha ayse ayşe ayumi azadeh barbara barbel bärbel
    bea beata beatrice béatrice beatriz becky belen belén bella benazir bernadette beth bethany
    betsy betty beverly bianca birgit birgitta birte blanca bonnie bozena brenda briana brianna
    bridget brigitte britta brittany bronagh brooke bukola bushra caitlin camila candace candice
    caoimhe cara carla carlota carly carmen carol carole caroline carolyn carrie cassandra cassidy
    catalina caterina catherine cathy cecile cécile cecilia celeste celia celine céline chanelle
    chantal charlene charlotte chelsea cheryl chiamaka chiara chimamanda chloe christa christiane
    christie christina christine ciara cindy cinzia claire clara clare claudia claudine clemence
    clémence coleen colette colleen conceicao conceição connie constance consuelo corinne courtney
    cristina cynthia dafna dagmar daisy dalia daniela danielle daphne daria darlene darya debbie
    deborah debra deepa deepika deirdre deja delia della delphine demi denise diana diane dianne
    dilma dimitra dina divya dolly dolores donatella donna dora doreen doris dorota dorothy duaa
    ebba ebony edith édith edna efrat efua eileen eilidh eimear ekaterina elaine eleanor elena
    eleni elif elin elinor elisa elisabeth elisabetta elise élise eliza elizabeth elke ella ellen
    ellie elodie élodie eloise elsa elsie elvira elzbieta elżbieta eman emanuela emiko emilia
    emilie émilie emily emine emma erica erika erin esi esme esperanza estela esther ethel eugenia
    eunice eva evelyn evgenia evie ewa fabiana farah fariba farideh farzana fatima fatma fatou
    fatoumata faye federica felicity fernanda fiona flora florence folake frances francesca
    francine francoise françoise franziska frauke freya frida funmilayo gabi gabriela gabriella
    gabrielle gail galina galit gemma genevieve geneviève geraldine gerda gertrud gertrude ghada
    ghislaine giada gillian gina ginette ginger ginny giorgia giovanna gisela gisele gisèle giselle
    gita giulia gladys glenda gloria golnar grace graciela grainne greta gretchen guadalupe gudrun
    guylaine gwen gwendolyn hadas hailey hala halina halyna hanaa hanan hanna hannah hanne
    hannelore harriet haruka hazel heather heba heidi heike helen helena helene hélène helga helle
    henrietta hiba hila hildegard hillary hina hiroko hiwot holly hua huda humaira ida ilaria ilse
    iman imani imogen inbal indira ines inés ingeborg ingrid inna irene irina iris irmgard iryna
    isabel isabella isabelle isla itziar iwona jacqueline jada jadwiga jamila jana jane janet
    janice janine jasmine jaya jayla jeanette jeanne jenna jennifer jenny jessica jesy ji-yeon
    jia-yi jill jillian jimena jo joan joann joanna joanne jocelyn jodi jodie johanne jolene josee
    josée josefina josephine josiane joy joyce juana judith judy julia juliana julianne julie
    juliet juliette june junko justine justyna jutta kaitlyn kajsa kalpana kamala karen kari karin
    karine karla katarina katarzyna kate katelyn katerina kateryna katherine kathleen kathryn kathy
    katie katja katrin katrina katya kavita kay kayla kayleigh keiko keisha kellyanne kelsey kendra
    kenzie keren kerstin khadija khloe kiara kimberly kirsten kirsty kourtney krista kristen
    kristin kristina kristy ksenia kseniya kulsoom kumiko kylie kyoko lacey laetitia laila lakisha
    lakshmi lamia larisa larysa lashonda latifa latoya laura laure lauren laurie layla lea léa leah
    leanne leigh leila lena lenka lesley leticia leyla li-na lia liat lidia lieselotte lila lillian
    lily limor lina linda lindiwe lindsay ling lisa lise liselotte liudmila liv liz liza lois
    loredana lorena loretta lori lorna lorraine lottie louisa louise lourdes luana lubna lucia
    lucía lucie lucille lucy ludmila luisa luz lydia lyla lynda lynne lyudmila mabel madeleine
    madeline madhuri madison mae maeve magdalena maggie maha mahnaz mahnoor mairead maisie maja
    makena malala malgorzata małgorzata malu manal mandy manon manuela marcia márcia margaret
    margarethe margarita margie margo margot marguerite maria maría mariam mariama marian mariana
    marianne maribel marie marie-christine marie-claire marie-france marie-louise mariella marija
    mariko marilyn marina marine marion marisa marisol marjorie marla marlene marta martha martina
    martine mary maryam masako masoumeh mathilde maude maureen maxine maya meena meera megan meghan
    megumi mehwish mei mei-ling melania melanie mélanie melinda melissa melody merav meredith
    meseret mette mia michal micheline michelle michiko milagros mildred milena millie mindy mira
    miranda miri miriam misty moira molly mona monica monika monique morag muriel murielle mya
    myleene myra myriam naama nabila nadege nadezhda nadia nadine naila najat naledi nancy nandini
    naomi narges nasreen nasrin natalia natalie nataliya natalya nataša natasha nathalie nawal
    nazia neha nell nellie ngozi nia niamh nicole nikki nina nirmala nisha nisreen njeri nkechi
    nkosazana noa nomsa nomvula nora noriko norma noura nuala nuria odile oksana olena olga olivia
    orit orla órla orly ornella osnat oxana paige paloma pamela paola parisa parvin pascale
    patricia patrizia patsy patti paula pauline peggy penelope penny perrie petra phoebe phyllis
    pilar polina polly pooja preeti priscilla priya priyanka rabia rachel rachida radha raffaella
    rahaf raisa rana rani rania raquel rasha raylene rebeca rebecca reem regina rehana reiko
    réjeanne rekha renata renate renee rhiannon rhonda ricarda rima rita ritu rivka roberta robyn
    rochelle rocio rocío roisin róisín ronit rosa rosalia rosalind rosalyn rose roselyne rosemary
    rosie rossella roxanne roya ruba ruby rukhsana ruth sabine sabrina sachiko sadia sadie sahra
    saima sakura sally salma samantha samar samia samina samira sana sandra sandrine sangeeta sania
    sanne saoirse sara sarah sarita saskia scarlett seema segolene ségolène selena seo-yeon serena
    severine séverine shabana shabnam shaima shameka shanice shaniqua shanti sharon shauna shazia
    sheila shelley sheryl shilpa shira shirin shirley shreya shulamit sian sidra sienna sigal
    sigrid silke silvia simona sinead sinéad siobhan siobhán smriti sobia sofia sofiya soheila
    solange soledad solveig sonali sonia sonja sonya sophia sophie sorcha stacey stacy stefania
    stella stephanie sue suha sumaira sunita susan susana susanna susanne sushma susie suzanne
    svenja svetlana swati sybille sylvia sylvie tabitha tahira tahmina tali tamar tamara tameka
    tamika tammy tamsin tanisha tanja tanvi tanya tara tatiana tatyana tayla teodora teresa terri
    tess tessa tetiana thandi thandiwe thelma theresa tia tiffany tilly tina tomoko toni tonya tove
    tracey tracy trisha trudy tulay tulsi tzipi ulla ulrika ulrike ulyana uma una ursula urszula
    usha ute uzma valentina valeria valerie valérie vandana vanessa vasiliki vasilisa vera veronica
    veronika veronique véronique vicki vickie victoria vidya viktoria viktoriya viola violet
    virginia virginie vitoria vitória vittoria vivian wafa waltraud wanda wangari wanjiru wendy
    whitney wiebke willa winifred winnie xiaoling ximena yaa yael yan-ling yana yasmin yasmine
    yekaterina yelena yesenia yetunde yevgenia yoko yolanda yoshiko yuko yulia yuliya yumi yuriko
    yvette yvonne zahra zainab zanele zawadi zeinab zeynep zoe zoë zoey zofia zoya zuzana
    """.split()
)
# Given names borne by men and women alike: a person's name, of no gender ("Alex Reyes").
UNISEX_NAMES: frozenset[str] = frozenset(
    """
    adi alex alexis amara amarjeet andrea ariel ashton
    avery bailey blake cameron camille carey casey dana
    dominique drew eden ellis emerson frankie gabby
    gabriele gal gurpreet harpreet hayden hikaru hilary hui jackie
    jaime jamie jan jaspreet jean jessie jing jody
    jordan jun kaoru kelly kendall kerry kim kiran kris lan
    laurence leslie lindsey lior lynn mackenzie manpreet marley
    michele nana navdeep nicky nicola nikita noor nour pat
    peyton quinn reese riley robin rowan sandy sasha shai shannon shelby simone simran skyler tal
    taylor tendai valya wei yan yemi ying yuki
    """.split()
)
# Any given name of the lists, of a man, a woman or either ("omar", "ann", "robin").
GIVEN_NAMES: frozenset[str] = MALE_NAMES | FEMALE_NAMES | UNISEX_NAMES
