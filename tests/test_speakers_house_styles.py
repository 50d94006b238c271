"""Speakers as US and British papers write them: one case per construction, each written for the
test after copy seen in PolNeAR's and highlights_dev2's tuned parts, with ordinary copy beside
it where a rule could over-reach."""

from __future__ import annotations

import pytest

from summ.highlight import find_quotes

CASES = {
    # "the statement said" quotes the statement the copy says someone issued, else nobody's:
    # not the last speaker's
    "the statement said": (
        (
            '"It has not been determined if any crime occurred," Keith Robb said.\n\nIn a '
            "statement, college administrators said the chapter had been suspended. "
            '"The evidence offered by the postings is appalling," the statement said.\n\n'
            "Sale High School issued a statement on Friday. "
            '"The aim of our world book day was to celebrate reading," the statement said.'
        ),
        ["Keith Robb", None, "Sale High School"],
    ),
    # "the rights group" is the organisation its qualifier names, not the last body opening a
    # sentence; "the city" is no other body's
    "a body described": (
        (
            "Boko Haram attacks have killed 1,000 civilians this year, according to a Human "
            "Rights Watch statement.\n\nBoko Haram fighters rounded up 300 residents. "
            '"Each week we learn of more brutal abuses against civilians," the rights group said.'
            '\n\nThe Cleveland Police Department said it had no comment. "The injuries were caused '
            'by the failure to exercise due care," the city says.'
        ),
        ["Human Rights Watch", None],
    ),
    # a plural source opening a sentence is nobody's name
    "witnesses said": (
        (
            "Witnesses said LaBeouf yelled at the actors on stage during the show.\n\n"
            '"He understands that these recent actions are a symptom of a larger problem."'
        ),
        [None],
    ),
    # a name in a list the sentence opens with is no subject; an unnamed relative who is one
    # takes the pronoun from the previous speaker
    "a list, then a relative": (
        (
            '"Second place is unacceptable," says center Hakeem Olajuwon.\n\nWith teammates such '
            "as Shaquille O'Neal, Charles Barkley and Scottie Pippen, the Nigerian-American won. "
            '"You are expected to win gold," he told CNN.\n\n"You never know when it will end," '
            "John Sharp said.\n\nIn many ways his son is getting a real-world education. "
            '"It has been a great lesson for me," he said.'
        ),
        ["Hakeem Olajuwon", "Hakeem Olajuwon", "John Sharp", None],
    ),
    # one name, then what the person does: a person, the subject "he" stands for
    "a first name and a role": (
        (
            '"The security is bad," Rafik Chelly said.\n\nA shopkeeper said people noticed '
            "strangers. Bassim, a taxi driver on the island of Djerba, was of a similar view. "
            '"The people need to be the third eye of the security forces," he said.'
        ),
        ["Rafik Chelly", "Bassim"],
    ),
    # "…, said McGuire." reports as "McGuire said." does
    "said, then the reporter": (
        (
            '"We will appeal this ruling," Roger Federer said.\n\nWhat happened in the final '
            'was awful, said McGuire Bart. "I thought it was horrible," he told CNN.\n\n"We were '
            'there all along," Anna Hale said. Lady Anna Hale, sitting with Lord Bingham, said '
            "many Roma Czechs had reason to leave. But she said they were treated "
            '"more sceptically than the others".'
        ),
        ["Roger Federer", "McGuire Bart", "Anna Hale", "Anna Hale"],
    ),
    # a common first name says the person's gender where no title does: "he" is not Kathleen
    "a first name's gender": (
        (
            'Kathleen Ross runs the shop on the corner.\n\n"It is a hard time for all of us," he '
            'said.\n\nMichael Ross opened it in 1990. "We will get through it," he said.'
        ),
        [None, "Michael Ross"],
    ),
    # "the Indiana Republican" describes the person in focus; "a Florida Republican" nobody
    "a party member described": (
        (
            'Rep. Susan Brooks, a member of the committee, said, "There is no way for us to know '
            'what we have." "The only way to know is by having access to the server," the Indiana '
            'Republican added.\n\n"It is time for her to come clean," a Florida Republican said.'
        ),
        ["Susan Brooks", "Susan Brooks", None],
    ),
    # an acronym is its own organisation, not the longer name that holds it
    "an acronym stays itself": (
        (
            "Clarkson said on the BBC Newsbeat website that it was a coincidence.\n\n"
            'The BBC said Clarkson had "a fracas with a BBC producer" in a statement.'
        ),
        ["BBC"],
    ),
    # a quote inside the next sentence is carried on only across an attribution ('," she said,
    # "'): here another person speaks, the one who called the dip what the quote says
    "no carrying across another subject": (
        (
            '"We are surprised that the index has taken such a knock," said economist Bernd '
            'Weidensteiner. "The domestic economy is still weak." Economy and Labour Minister '
            'Wolfgang Clement called the dip "a very mild decline in the figure".'
        ),
        ["Bernd Weidensteiner", "Bernd Weidensteiner", "Wolfgang Clement"],
    ),
    # two people share a surname: the bare surname is the one the story introduced first (and
    # "Ministries" makes an organisation's name, not a longer form of a person's)
    "a shared surname": (
        (
            "Robert Durst was charged with murder on Monday. Durst, 71, was arrested in New "
            "Orleans.\n\nHis first wife, Kathleen McCormack Durst, vanished in 1982.\n\n"
            '"I have nothing to say about any of it," Durst said.\n\nThe pastor Creflo Dollar '
            "leads Creflo Dollar Ministries.\n\n"
            '"We need your help to reach a lost world," Dollar said.'
        ),
        ["Robert Durst", "Creflo Dollar"],
    ),
    # the person reported in the sentence before the quote, though no sentence opens with them;
    # a possessive before a noun that is also a verb ("Cruz's remarks") reports nothing
    "reported just before the quote": (
        (
            '"We had to act," Amit Rai said.\n\nPolice used tear gas but were not successful, '
            'Doungal Sen said. "There were students in uniform," he said.'
        ),
        ["Amit Rai", "Doungal Sen"],
    ),
    "a possessive reports nothing": (
        (
            "The crowd in Iowa cheered for Ted Cruz on Monday.\n\nHalfway through Cruz's remarks, "
            'a business owner in the audience stood up. "It is D-Day in America, folks," he said.'
        ),
        [None],
    ),
    # the reporter may have an appositive in lower case; not one that is another's
    "reported with an appositive": (
        (
            '"We will be there," Martin Scorsese said.\n\nTasked with attracting film makers, '
            "Jennifer Jao, head of the Taipei Film Commission, said that 92 crews came. "
            '"We hope the whole island can be like a big studio," she told CNN.'
        ),
        ["Martin Scorsese", "Jennifer Jao"],
    ),
    "the reporter's relative is not the reporter": (
        (
            "The police named Yassine Labidi on Friday.\n\nA cousin of Yassine Labidi, "
            'who asked not to be named, told CNN the family was shocked. "We are all shocked, we '
            'lost someone," he said.'
        ),
        [None],
    ),
    "reported two sentences before": (
        (
            '"We will take the right steps," Denzil Suite said.\n\nA thousand people were '
            "marching when it happened, Maggie Negussie said. She said the marchers ignored the "
            "words. "
            '"It was more important to continue marching," she said.'
        ),
        ["Denzil Suite", "Maggie Negussie"],
    ),
    # a dateline opens no sentence with a name: "New Delhi" is nobody's
    "mixed-case dateline": (
        (
            'New Delhi, India (CNN)A mob stormed a jail on Thursday. "Many of them were '
            'students," he said.'
        ),
        [None],
    ),
    # a title that names its portfolio with "of": its holder opens the sentence, and "he" is his
    "portfolio title": (
        (
            '"We are at war," Hollande said.\n\nFrench President Francois Hollande released a '
            "statement. U.S. Secretary of State John Kerry expressed his condolences in Paris. "
            '"This is an act of cowardice," he said.'
        ),
        ["Francois Hollande", "John Kerry"],
    ),
    # "as X put it" and "opined" attribute; "put" alone does not ('to put "in practice"')
    "put it, opined": (
        (
            'As anti-terrorist prosecutor Marc Trevidic put it, "there was not much to complain '
            'about."\n\n"Gun owners should leave their weapons at home," opined the Plain Dealer.'
            '\n\nSidi Mohammed told the BBC that Morocco would now put "in practice decisions '
            'taken by the AU".'
        ),
        ["Marc Trevidic", "Plain Dealer", "Sidi Mohammed"],
    ),
    # a role of four lower-case words before the name after the quote
    "long lower-case role": (
        '"I have never been prouder," former policy planning director Anne-Marie Slaughter wrote.',
        ["Anne-Marie Slaughter"],
    ),
    # "the Vermont senator" is the one introduced as "Vermont Sen. Bernie Sanders"
    "short title, then the role": (
        (
            "Vermont Sen. Bernie Sanders on Wednesday called on the U.S. to press China.\n\n"
            '"China is equally concerned," the Vermont senator told ABC.'
        ),
        ["Bernie Sanders"],
    ),
    # a hotel or a venue named after a quote is nobody who could have said it; a person is
    "an establishment is no person": (
        (
            'Sooner or later, the New Jersey governor told reporters, "it starts to pay off."\n\n'
            "Another workout at a Hilton Garden Inn, another huddle with pastors."
        ),
        [None],
    ),
    "a person named after the quote": (
        (
            '"It is all about taking an opportunity," says the outgoing leader of the council.\n\n'
            "Byron Rhodes is taking me around the council headquarters."
        ),
        ["Byron Rhodes"],
    ),
    # "III" is written as an acronym is, but an acronym would make the name an organisation's
    "generation suffix": (
        (
            '"We will keep up the fight for the whole season," Brent Bozell III, founder of the '
            'Media Group, told reporters.\n\n"It is early days yet for us," Bozell said.'
        ),
        ["Brent Bozell III", "Brent Bozell III"],
    ),
    "institution before a title": (
        (
            '"The roll call is extremely important to all of us," House Speaker Paul Ryan, the '
            'convention chair, told the delegates.\n\n"We have a duty to our members," Police '
            "Chief Ann Cole said."
        ),
        ["Paul Ryan", "Ann Cole"],
    ),
    # the second quote is Jo Li's ("She was"), not Ann Cole's, whose verb follows it
    "lower-case role before the name": (
        (
            '"He will be the flavour of the week for sure," election law expert Rick Hasen tweeted.'
            '\n\nJo Li was on the fence. She was "kind of riding the fence for a while" until Ann '
            "Cole said she backed him."
        ),
        ["Rick Hasen", "Jo Li"],
    ),
    "middle initial": (
        (
            '"He is not doing well at all as president," Gallup\'s Jeffrey M. Jones wrote.\n\n'
            '"Most voters have made up their minds," Jones said.'
        ),
        ["Jeffrey M. Jones", "Jeffrey M. Jones"],
    ),
    "appositive naming an organisation": (
        (
            "Ben Jealous, the former president of the NAACP, told The Huffington Post that Clinton "
            'must reach out to Sanders "in the way Obama reached out to her eight years ago."'
        ),
        ["Ben Jealous"],
    ),
    "capitalised adjective opening the subject": (
        (
            'Famed fight doctor Ferdie Pacheco once said: "Cassius Clay was born in Louisville. '
            'Muhammad Ali was born in Rome."'
        ),
        ["Ferdie Pacheco"],
    ),
    "person of an organisation, auxiliary": (
        (
            '"This is a stretch for the North Koreans," Jeffrey Lewis of the James Martin Center '
            'for Nonproliferation Studies wrote.\n\n"It is the best we can do," Jo Li of Acme has '
            "said."
        ),
        ["Jeffrey Lewis", "Jo Li"],
    ),
    "with and a participle": (
        (
            "Jo Bell and Ann Cole saw the raid as a sign of disarray, with Cole noting the "
            'absurdity of positioning "a couple of hundred guys here, a couple of hundred there" '
            "in the city."
        ),
        ["Ann Cole"],
    ),
    # web copy (HuffPost, many CMSs) puts U+00A0 before an opening mark and after a closing one
    "no-break spaces": (
        (
            "Hayek said,\u00a0\u201cAmerica has a very severe problem with discrimination.\u201d"
            "\u00a0She said she was hopeful."
        ),
        ["Hayek"],
    ),
    "curly mark after a comma without its space": (
        "Ryan said,\u201cLook, those images have no place in a campaign.\u201d",
        ["Ryan"],
    ),
    "name before a relative clause": (
        (
            "Jo Bell spoke first.\n\nBell, who leads in delegates, mocked her rival for "
            '"having a tough night in the state."'
        ),
        ["Jo Bell"],
    ),
    # the nearest verb's subject speaks when named after the first verb; not a second verb
    # that shares the first one's subject
    "nearest verb": (
        (
            "When Jo Bell suggested that the city would sue, Ann Cole fired back: "
            '"If they sue us in a court here, they are going to lose."\n\n'
            "Manchester City boss Pep Guardiola says his season was poor but promised "
            '"in the future I will be better than this".'
        ),
        ["Ann Cole", "Pep Guardiola"],
    ),
    "place and age appositives": (
        (
            "Hillary Clinton toured the state.\n\nClinton, during a town hall meeting in Columbus, "
            'Ohio, said she was "going to put a lot of coal miners out of business."\n\nDean '
            "Johnson, a 55-year-old salesman from Sumter, South Carolina, said the race was "
            '"a lot closer than anyone here thinks it is."'
        ),
        ["Hillary Clinton", "Dean Johnson"],
    ),
    "attribution closing the sentence the quote opened": (
        (
            "Democratic strategists are more sceptical.\n\n"
            '"He can assert it, but it seems extremely unlikely" that Sanders can catch Clinton, '
            "said Steve Elmendorf, a strategist.\n\n"
            '"They have no choice" but to take the lead, says Evan Tracey, a consultant in '
            "Alexandria, Va."
        ),
        ["Steve Elmendorf", "Evan Tracey"],
    ),
    "initials before the name, 'Former' and an acronym before a title": (
        (
            "Former U.N. Ambassador John Bolton spoke first.\n\n"
            '"We have to be ready for what comes next," he said.\n\n'
            '"It is early days for the team," J.R. Smith said.'
        ),
        ["John Bolton", "J.R. Smith"],
    ),
    "role words around a place before the name": (
        (
            '"Our friends no longer think we have their back," former Florida governor Jeb Bush '
            "said.\n\nBernie Sanders, celebrating a victory in his home state, is pledging to "
            '"win many hundreds of delegates" on Tuesday.'
        ),
        ["Jeb Bush", "Bernie Sanders"],
    ),
    # a long title after "titled," is no quote, nor does it take the next quote's speaker
    "a piece titled, then a quote": (
        (
            '"She dictates the way she wishes to be treated," writes Jo Bell in a more recent '
            'piece titled, "Why Pretty Woman Should Be Considered a Feminist Classic Today." '
            '"Let us never forget that when the prince rescues her, she rescues him right back."'
        ),
        ["Jo Bell", "Jo Bell"],
    ),
    # Found checking speakers on unmarked CNN/DM validation articles:
    "the one told is not who speaks": (
        (
            "Thomas Jackson spoke. Jackson tells CNN's Erin Burnett he plans to stay in his job. "
            '"I intend to see this thing through to the end," he says.'
        ),
        ["Thomas Jackson"],
    ),
    "a title of several words, a role and its holder": (
        (
            "National Security Adviser Susan Rice did not mince words when she called the move "
            '"destructive to the fabric of the relationship."\n\n"The rescheduling did affect '
            'the voters\' enthusiasm," explains YIAGA Program Manager, Cynthia Mbamalu.'
        ),
        ["Susan Rice", "Cynthia Mbamalu"],
    ),
    "an organisation closing a person's appositive, a CEO": (
        (
            "Meir Dagan spoke first. Meir Dagan, former head of the intelligence agency, Mossad, "
            'told a newspaper: "The person who has caused the greatest damage is the minister."'
            '\n\n"He was cooperative with all the authorities here," Lufthansa CEO Carsten Spohr '
            "said."
        ),
        ["Meir Dagan", "Carsten Spohr"],
    ),
    # a place qualifying the titled person after it is no subject
    "a place before a titled person": (
        (
            "Think back to your own school's last-day prank. Maybe you and your friends hid a "
            "goat in the gym or glued the lockers shut. So it's no surprise that Wichita high "
            "school Principal Sherman Padgett was reluctant to play along last week when a "
            'student showed up and told him to stand in the hallway holding a bucket. "She '
            "didn't say anything about why. She just said 'hold the bucket,' \" the North High "
            "School principal told a local station."
        ),
        ["Sherman Padgett"],
    ),
    # a nationality's noun names nobody we can tell when nobody was introduced
    "the Frenchman": (
        '"We know we have a mountain to climb as far as pace goes," the Frenchman said.',
        [None],
    ),
    "verb first, surname before its role": (
        (
            "FBI Director James Comey spoke on Monday. Randi Weingarten spoke too.\n\n"
            'Said Comey, "The thought that an error on our part is connected to this is painful."'
            "\n\nWeingarten, a longtime Clinton supporter, said that the unions "
            '"have too often been in a reactive position" on the matter.'
        ),
        ["James Comey", "Randi Weingarten"],
    ),
    # a surname that is also a word or a nationality ("Bishop", "English") is that person once
    # the article has named them; a nationality alone, or after a word that is no first name,
    # stays nobody's
    "a surname that is an ordinary word": (
        (
            "Foreign Minister Julie Bishop flew to Jakarta. Mr. Tom English met her there.\n\n"
            '"We appeal to the president to show mercy to these men," Bishop told reporters.\n\n'
            '"It was a long and difficult meeting for all of us," Mr. English said.\n\n'
            "Fighters of the Joint Iraqi command held the bridge.\n\n"
            '"We need air cover to repel these attacks right now," Iraqi said.'
        ),
        ["Julie Bishop", "Tom English", None],
    ),
    # a pronoun's gender agrees with a common first name's short form ("Steve", "Kate")
    "a short first name": (
        (
            "Rep. Steve Nolan spoke to voters. A local woman, Kate Dunne, pulled Rep. Nolan aside."
            '\n\n"I am so glad you came to our small town today," she told him.'
        ),
        ["Kate Dunne"],
    ),
    # a role before the name and an appositive after it keep the verb from the name: the
    # subject is read past them; with a second appositive, the name before both speaks
    "an appositive between the name and the verb": (
        (
            'The ship was unveiled on Monday.\n\n"There will be no pool tables on board," '
            "Italian designer, Lidia Bersani, told CNN.\n\n"
            '"It was a great idea to make the film ourselves," Dortmund fan Jo Pansch, who also '
            "donated, told CNN.\n\n"
            '"Why was he not handcuffed at the door?" Ana Ruiz, mother of the victim, Tomas Ruiz, '
            "told reporters."
        ),
        ["Lidia Bersani", "Jo Pansch", "Ana Ruiz"],
    ),
    # a participle after a quote has a clause for its object: its pronoun is not the speaker
    "a participle and its clause": (
        (
            "Jo Kasich quit on Tuesday.\n\nAl Trump welcomed the news, saying the Ohio man was "
            '"doing the right thing for his party," suggesting he might consider Kasich for it.'
        ),
        ["Al Trump"],
    ),
    # a description qualified by a person's name is someone of that person's, not the last
    # speaker; a description qualified by a club or a town still is the person in focus
    "someone of a named person": (
        (
            'Sen. Roy Blunt spoke first. "We are going to win this state, we know it," Blunt said.'
            " Sen. Ted Cruz arrived later.\n\n"
            '"I think politicians are practical people," said the senior Cruz adviser.\n\n'
            'Pep Guardiola spoke. "This season has been a lesson for me," Guardiola said.\n\n'
            '"In future I will be better - definitely," said the former Barcelona coach.'
        ),
        ["Roy Blunt", None, "Pep Guardiola", "Pep Guardiola"],
    ),
    # a name that owns the subject is not it: "Hunt's lawyer" is not Hunt, "Given Sanders'
    # success" opens with no name; what a name owns otherwise is its words ("Hoff's letter")
    "a possessive before a quote": (
        (
            "Kaitlyn Hunt was charged. Rachel Hoff wrote to the party.\n\n"
            "Hunt's lawyer did not dispute that there \"has been some contact with the victim\" "
            "at the school.\n\n"
            "Hoff's letter makes a case: \"Followers of radical Islam hate everything we stand "
            'for."\n\nBen Sanders won. Given Sanders\' success, his endorsements carry "a great '
            'deal of weight in the party" this year.'
        ),
        [None, "Rachel Hoff", None],
    ),
    # a role, then the name in commas; the verb before its speaker in mid-sentence
    "a role set off, a verb before its speaker": (
        (
            'Barack Obama spoke on Sunday.\n\n"Is Obama going to finally mention the words? He '
            'should resign!" the presumptive GOP nominee, Donald Trump, tweeted on Sunday.\n\n'
            "Simon Rosenberg is a strategist. Because of how Democrats made the calendar, "
            'explained Rosenberg, "there is a scenario where it is hard to see her on TV."\n\n'
            'Abe Foxman spoke. Abe Foxman, the director, said Adler\'s "lack of judgment as a '
            'publisher raises serious questions."'
        ),
        ["Donald Trump", "Simon Rosenberg", "Abe Foxman"],
    ),
    # a question's auxiliary opens no name ("Did I", "Was Tsarnaev"); after a quote that ended
    # its sentence, a description opening the next sentence is a new speaker, not the last
    "an auxiliary, a description after a full stop": (
        (
            "Roseann Sdoia spoke on Monday. She started thinking -- Did I wear socks today? "
            '"It was almost like I was starring in a horror movie," she said.\n\n'
            'Dakota Johnson plays the daughter. Johnson replies: "Dad! It is just the army." The '
            'father then turns to a soldier and says, with emotion, "Take care of her."'
        ),
        ["Roseann Sdoia", "Dakota Johnson", None],
    ),
    # a source is nobody named, even a candidate's; a noun in -ly is no adverb ("the Houston
    # family said"); a title ending a run of capitals belongs to the next name
    "sources, a family, a title before a name": (
        (
            'Alison Grimes debated on Monday.\n\n"Money is not an issue in this campaign," a '
            'Grimes source said.\n\nBobbi Brown is in hospital.\n\n"She is fighting for her '
            'life," the Houston family said.\n\n"The pilot ditched his airplane and climbed '
            'onto the wing," said Coast Guard Lt. Gene Maestas.'
        ),
        [None, None, "Gene Maestas"],
    ),
    # a person's role with a place for its owner speaks for nobody but the person
    "a role of a place": (
        (
            'Cuts hit the health budget. As Greece\'s health minister observed, "these are cuts '
            'with a butcher\'s knife."\n\n"I was just taking it one word at a time," the '
            "eighth-grader from San Diego told CNN."
        ),
        [None, None],
    ),
    # a verb of naming: the quote is what its subject called something; after a participle,
    # the main clause's subject; a relative clause set off after a quote passes over
    "called it": (
        (
            'Jane Harman spoke. Former Rep. Jane Harman called it "the least bad option under the '
            'circumstances."\n\nBen Carson endorsed Al Trump at a news conference on Friday, '
            'calling him "actually a very intelligent man who cares deeply."\n\n"It was a game '
            'to forget, it started badly," Dortmund coach Jurgen Klopp, who led his side to the '
            "final, told reporters."
        ),
        ["Jane Harman", "Ben Carson", "Jurgen Klopp"],
    ),
    # verbs of talk shows and debates ("pressed", "went on", "chimed in"), but not "went on to"
    # do something; "as X said" after a quote; a plural owner before a name is no part of it
    "pressed, went on, as X said": (
        (
            '"Would it be negotiable about the 11 million?" Fox News\' Sean Hannity pressed.\n\n'
            'Rand Paul spoke next. "There can be some rules, but it ought to be voluntary," Paul '
            'went on.\n\nAndre Geim is a physicist. Years later he went on to receive the Nobel '
            'for his "groundbreaking experiments regarding graphene."\n\nStill, the race "is a '
            'dead heat right now," as Ted Cruz said on Monday.'
        ),
        ["Sean Hannity", "Rand Paul", None, "Ted Cruz"],
    ),
    # "Turk" and "French" are surnames too; a subject after ", but" opens its clause for "he";
    # an organisation named after the kind of body it is speaks ("the site Youku")
    "a surname nationality, a clause after but, a body named": (
        (
            'Karl Turk coaches basketball.\n\n"Most patients do not recover well," said Turk.'
            "\n\nThe chapter suspended them, but David Boren took it a step further. He told "
            'students over a bullhorn, "I have a message for those who misused their freedom."'
            '\n\n"May the world treat you gently," the video-sharing site Youku told its users.'
        ),
        ["Karl Turk", "David Boren", "Youku"],
    ),
    # before anyone has spoken, a description of a person is the one a sentence opened with;
    # not an anonymous expert's ("the analyst"), nor a paper's or a firm's
    "a description before anyone spoke": (
        (
            "Adam Jones says the Wales forwards are determined to dominate in Paris.\n\n"
            'The striker said: "If we get stuffed in the front five our backs have had it."\n\n'
            'Bo Xilai fell from power last year.\n\n"In the U.S. you have wall-to-wall '
            'coverage of what candidates say," says the analyst.\n\nPaul Rand runs the mill. '
            '"We know everything about you and your children," the newspaper wrote.'
        ),
        ["Adam Jones", None, None],
    ),
    # a name governed by a preposition and an article is no subject ("on a MediaPost article")
    "one commenter on a site": (
        (
            'Millennials care about authenticity. As one commenter on a MediaPost article put it, '
            '"If brands cannot be authentic we will call them on it."'
        ),
        [None],
    ),
    # "the 29-year-old" is the person the copy has just introduced, as "he" would be; a
    # particle opening a sentence opens the name ("Van der Burgh"), even where the article
    # writes it lower case too
    "an age for a name": (
        (
            '"I am feeling very good," Adam Peaty said.\n\nVan der Burgh, the world champion, '
            "paid tribute to Peaty's performances. Cameron van der Burgh has won twice.\n\n"
            '"I think I have to retire and give it a few years," joked the 29-year-old.'
        ),
        ["Adam Peaty", "Van der Burgh"],
    ),
    # a statement named with its issuer ("a statement from X") is X's; not "a statement from
    # Thailand's supreme court", which is not Thailand's
    "a statement from": (
        (
            "The crimes are subject to a statute of limitation, according to a statement from "
            'Marianne Ny, the director of public prosecutions. "If he gives his consent, the '
            'prosecutor will submit a request," the statement said.\n\nThe hearing is on May 19, '
            'a statement from Thailand\'s supreme court said. "This case falls under our '
            'jurisdiction alone," the statement said.'
        ),
        ["Marianne Ny", None],
    ),
    # "the N-word", "a T-shirt" are no names; the words a T-shirt says are nobody's; an
    # unnamed subject of the verb next to the quote ("and one man said") leaves it nobody's
    "letters, shirts, one man": (
        (
            "Richard Williams told USA Today that people kept calling him the N-word and one man "
            'said: "I wish it was the old days again, we would skin you."\n\nNeil Prescott was '
            'arrested. When police met Prescott, he was wearing a T-shirt saying, "Guns do not '
            'kill people. I do."\n\nAnne Frank wrote to her cousin. The Anne Frank Fonds owns the '
            'letters. "Maybe we can skate as a pair together someday," Anne wrote.'
        ),
        [None, None, "Anne Frank"],
    ),
    # a person of a body opens the sentence as its subject ("George Willeit of SOS said")
    "a person of a body, then he": (
        (
            "Police brought the children to the charity. George Willeit of SOS Children's "
            'Villages said some of them have living relatives.\n\n"Some of them for sure are '
            'not orphans at all," he told CNN.'
        ),
        ["George Willeit"],
    ),
    # a hyphenated description before a name is no part of it ("London-based", "Co-host");
    # a name written only before a role and its holder ("Global Insight economist Howard
    # Archer") is no person
    "descriptions before names": (
        (
            '"We are very happy with the result," said London-based analyst Jo Reed.\n\n'
            '"The figures show a recovery this year," said Global Insight economist Howard '
            'Archer.\n\nCo-host Richard Hammond spoke. "It was a great day for all of us," '
            "Hammond said."
        ),
        ["Jo Reed", "Howard Archer", "Richard Hammond"],
    ),
    # a portfolio's holder speaks ("Secretary of State John Kerry said that …"); a member of
    # a body with "the" in its name ("of the Organization for the Conservation of Animals");
    # "remembers" reports speech
    "portfolios, members, remembering": (
        (
            'In Washington, U.S. Secretary of State John Kerry said officials were "deeply '
            'engaged in trying to help this country."\n\n"We see that in their bodies there are '
            'air bubbles," Carlos Yaipen of the Organization for the Conservation of Aquatic '
            'Animals told reporters.\n\n"We did not want to leave our mom at all," David Dahl '
            "remembers."
        ),
        ["John Kerry", "Carlos Yaipen", "David Dahl"],
    ),
    # a video link's imperative opens no name ("Watch Bill Clinton talk about …"); a name
    # before "host X" qualifies the role ("Grammy host LL Cool J")
    "a video link, a show's host": (
        (
            "Bill Clinton spoke at the dinner. Watch Bill Clinton talk about the campaign.\n\n"
            '"We are going to win this election," Clinton said.\n\nAfter the show began, '
            'Grammy host Jo Cool began by thanking God "for sharing our sister Whitney with us."'
        ),
        ["Bill Clinton", "Jo Cool"],
    ),
    # a dispatcher, a caller, an ad's narrator are never the previous speaker
    "voices of a call or an ad": (
        (
            '"My brother is in shock," Chou Hsi-tung told the police.\n\n"A remote-controlled '
            'model plane?" the dispatcher asked.\n\n"Canceled health plans. Higher premiums," '
            "says the narrator in a TV commercial."
        ),
        ["Chou Hsi-tung", None, None],
    ),
    # the attribution that ends the sentence a quote stands inside ("…, Spohr said.",
    # "…, according to Navarrette."); not after a quote that ended its own sentence
    "an attribution at the sentence's end": (
        (
            'Carsten Spohr runs the airline. It\'s unclear whether Lubitz "put the lever on '
            'lock," which would have stopped the code, Spohr said.\n\nRuben Navarrette writes a '
            'column. The comments are like "an end zone dance, a celebration" after a win, '
            'according to Navarrette.\n\nKevin Kobza leads the inquiry. One tweet reads, "I '
            'miss you always, Conrad." In 2014, Carter raised $2,300, according to Kobza.'
        ),
        ["Carsten Spohr", "Ruben Navarrette", None],
    ),
    # two verbs, two speakers: "Axelrod tweeted after Clinton argued that": the quote before is
    # the first verb's subject's, the quote after the second's; not "X remembers Y telling"
    "one sentence, two speakers": (
        (
            "David Axelrod is a strategist. Hillary Clinton is a candidate.\n\n"
            '"It is misleading to imply that it was an auto bailout bill," Axelrod tweeted after '
            'Clinton argued that "if everyone had voted as he voted, we would not have rescued '
            'the industry."\n\nCynthia Falardeau raised Wyatt. "I want one of these robot arms!" '
            "Falardeau remembers Wyatt telling her."
        ),
        ["David Axelrod", "Hillary Clinton", "Wyatt"],
    ),
    # "in the words of X, "…"" attributes as "according to X" does
    "in the words of": (
        (
            'Joss Whedon rewrote the film. (In the words of Joss Whedon, "The original Woody was '
            'a thundering bully of a man.")'
        ),
        ["Joss Whedon"],
    ),
    # "X is quoted as saying", "X was reported as saying by AFP"
    "quoted as saying": (
        (
            'Razali Daud runs the department.\n\n"The boys involved were selected from most '
            'schools in the state," Daud is quoted as saying.'
        ),
        ["Razali Daud"],
    ),
    # a transcript's labels after the previous line's end; a speaker right after "after";
    # "yelling" reports speech
    "labels, after, yelling": (
        (
            'Hillary Clinton and Jeb Bush spoke.\n\nClinton: "Our goal is to defeat ISIS in the '
            'end." Bush: "The mission is to destroy ISIS, not to contain it."\n\nThe endorsement '
            'came days after Donald Trump told the Post he was "not quite there yet" on Ryan.'
        ),
        ["Hillary Clinton", "Jeb Bush", "Donald Trump"],
    ),
    # after a verb, the holder of a role is the speaker, not the body or person the role
    # belongs to ("said Huckabee spokesman Hogan Gidley")
    "a role's holder after the verb": (
        (
            'Mike Huckabee is running.\n\n"We will win this state," said Huckabee spokesman '
            'Hogan Gidley.\n\n"We will meet the player to finalise the contract," said Atletico '
            "sporting director Toni Munoz."
        ),
        ["Hogan Gidley", "Toni Munoz"],
    ),
    # an organisation's name keeps its ordinary words, though the article writes them lower
    # case too ("North Yorkshire Police", "International Monetary Fund")
    "a body's whole name": (
        (
            "The economy grew in the north and the international markets rose.\n\n"
            '"Government revenues have more than doubled this year," the International Monetary '
            'Fund said.\n\n"No one was injured in the crash," North Yorkshire Police said.'
        ),
        ["International Monetary Fund", "North Yorkshire Police"],
    ),
    # "one former senior Clinton administration official" is someone unnamed, not Clinton
    "one of them": (
        (
            'Bill Clinton spoke.\n\n"They hyped their findings unbelievably," one former senior '
            'Clinton administration official said to me. "They mis-stated their level of '
            'certainty, and the analysts knew it."'
        ),
        [None, None],
    ),
    # a cue set in after an earlier quote of the sentence speaks for the rest of it when a
    # participle carries it on ("Lewandowski added, saying it should be …")
    "a cue inside the sentence": (
        (
            "James Comey is the FBI director. Corey Lewandowski is a manager.\n\n"
            'Comey cannot say that "from his perspective," Lewandowski added, saying it should '
            'be "up to the prosecutor to move forward or not."'
        ),
        ["Corey Lewandowski"],
    ),
    # a nationality alone is the person just introduced, as an age is
    "a nationality for a name": (
        (
            "Andre Agassi beat Nicolas Massu on Tuesday. Agassi was delighted with the victory."
            '\n\n"I felt pretty good out there today," said the American.'
        ),
        ["Andre Agassi"],
    ),
    # a name after a verb in the past is its object, not a new subject: the quote after
    # "Wood called Boyd the real hero" is not Boyd's, nor "he" after "Meng said Tamerlan
    # Tsarnaev demanded cash"; a role between two names is no verb ("Real coach Carlo
    # Ancelotti"), and the one asked answers ("Zakaria asked Abdullah ...")
    "a name after a verb": (
        (
            "Kyesha Wood posted a plea. Rebecca Boyd saw it. "
            '"The note from their mom brought me to tears," Boyd wrote. '
            'Wood called Boyd the real hero of the story. "She took it upon herself."\n\n'
            "Dun Meng was driving. Meng said Tamerlan Tsarnaev demanded cash. He said he had "
            '$45 on him. "So I give him my wallet," he said.\n\n'
            "Real coach Carlo Ancelotti is feeling the strain. "
            '"There is no link-up play," he said.\n\n'
            'Zakaria asked King Abdullah about it. "It is our war," he answered.'
        ),
        ["Rebecca Boyd", None, "Dun Meng", "Carlo Ancelotti", "Abdullah"],
    ),
    # a role opening a sentence since the subject takes "he": its holder, else nobody; not
    # a person described with no role ("The man laughed.")
    "a role since the subject": (
        (
            "Prosecutor Bob McCulloch announced the arrest of Jeffrey Williams. Williams was on "
            "probation. The prosecutor thanked the public. He said police seized a gun, "
            '"which has been tied to the shell casings."\n\n'
            "Mayor Mark Boughton closed the schools. Sal Pascarella runs them. The mayor says "
            'he wants to be funny. "I like to have a good chuckle," he said.\n\n'
            "Dun Meng was driving. The man laughed at his name. "
            '"I tell him the PIN code," he testified.\n\n'
            "Jo Hart was arrested. The officer pointed at her. "
            '"She was not armed," she said.'
        ),
        ["Bob McCulloch", "Mark Boughton", "Dun Meng", None],
    ),
    # "according to" a description and its appositive name, or a role and its holder, is the
    # name's; a name with no comma after it is the document's subject, not its source
    "according to a description and a name": (
        (
            "Martese Johnson was arrested. According to the student's attorney, Daniel "
            'Watkins, "police took Martese to the ground and struck his head."\n\n'
            "Jo Li was there. According to lawyer Ann Bell, "
            '"the officers never told him why he was stopped."\n\n'
            "According to the document, Home Secretary Theresa May "
            '"maintained she has reasonable grounds for suspicion that he is a danger."'
        ),
        ["Daniel Watkins", "Ann Bell", None],
    ),
    # an Arabic article glued to the surname is part of the name, and the surname alone or
    # with the article is that person: not "Adel" alone, nor the body in focus for "Abadi"
    "a surname with al-": (
        (
            '"We are determined to protect the government of Yemen," said Adel al-Jubeir, '
            "the Saudi ambassador to the United States.\n\n"
            "Iraqi Prime Minister Haider al-Abadi visited the troops. "
            '"We will retake the city within days," Abadi said.\n\n'
            '"I saw parts of the wall all over the course," says al-Masri.'
        ),
        ["Adel al-Jubeir", "Haider al-Abadi", None],
    ),
    # a role nobody was introduced with is not the last speaker when the copy titles that
    # speaker with another office; a noun for any office-holder still is
    "a role the last speaker does not hold": (
        (
            "Home Secretary David Blunkett spoke on Monday. "
            '"We have more officers than ever before," Mr Blunkett said.\n\n'
            "The prime minister said the citizen should be in charge and "
            '"not the minority who want to cause trouble".\n\n'
            'President Vladimir Putin met reporters. "He is a very bright and talented man," '
            'Putin said. "He is the absolute leader of the race," the Russian leader said.'
        ),
        ["David Blunkett", None, "Vladimir Putin", "Vladimir Putin"],
    ),
    # a brand's last word that is a plural noun names nobody when it opens a sentence: "she"
    # is still the woman who spoke
    "a brand ending in a plural noun": (
        (
            "Dove Men+Care sponsored the event. Sheryl Sandberg spoke. "
            '"If you see change, you could be nervous," said Sandberg. Men need to realize it '
            'is not a zero sum game, she said.\n\n"When companies do better, there are more '
            'jobs," she said.'
        ),
        ["Sheryl Sandberg", "Sheryl Sandberg"],
    ),
    # a possessive opening the sentence is nobody's name: "His tweets ranged from …"
    "a possessive for a name": (
        (
            "Critics attacked the film, led by astrophysicist Neil deGrasse Tyson. His tweets "
            "ranged from criticizing the debris to faulting filmmakers for showing that the "
            'stations were, "all in sight lines of one another."'
        ),
        [None],
    ),
    # a party label before a first name is no part of the name ("fellow Tory David
    # Heathcoat-Amory said"); a party's body keeps its word ("Democratic National Committee")
    "a party label before a name": (
        (
            'Ken Clarke spoke on Radio 4. "It is a good deal for everyone," he said. But fellow '
            "Tory David Heathcoat-Amory said the folly of the system was in its rules. "
            '"The essential point is that the pact has turned out to be a fake," he said.\n\n'
            "The Democratic National Committee issued a statement on Wednesday, saying it was "
            '"another example of his dangerous and divisive race-baiting."'
        ),
        ["Ken Clarke", "David Heathcoat-Amory", "Democratic National Committee"],
    ),
    # a role opening the sentence before a first name is no part of the name; a first name
    # with a role's ending is ("Walter John Smith")
    "a role opening the sentence before a name": (
        (
            "The show will open in Toronto. Producer Kevin Wallace said it would be worth the "
            'wait. "It will be like nothing they have ever seen before," Wallace said.\n\n'
            'Walter John Smith said: "We will be there for the whole of next year."'
        ),
        ["Kevin Wallace", "Walter John Smith"],
    ),
    # "PA Sport quoted him as saying": the one quoted, not the outlet, for the quote and the
    # one that goes on from it
    "an outlet quoted someone as saying": (
        (
            "David Beckham moved to Milan this month and scored on Sunday.\n\n"
            '"I can\'t say what will happen," PA Sport quoted him as saying on Sunday. "Even if '
            'my contract ends in May, we will see."\n\n'
            '"A few weeks ago I had a conversation with him," Ukrinform quoted Petro Poroshenko '
            "as saying."
        ),
        ["David Beckham", "David Beckham", "Petro Poroshenko"],
    ),
    # the names of a credit line are the newsroom's: no description or first name of the
    # story is one of them
    "a credit line": (
        (
            "Denise Huskins was kidnapped on Monday. Huskins' father, Michael, made an appeal "
            'to the kidnappers: "Don\'t hurt her, please don\'t hurt her."\n\n'
            '"It is probable that these deaths were not accidental," the officer added.\n\n'
            "CNN's Holly Yan and Michael Martinez contributed to this report."
        ),
        [None, None],
    ),
    "a credit line for a story": (
        (
            "Denise Huskins was kidnapped on Monday. Huskins' father, Michael, made an appeal "
            'to the kidnappers: "Don\'t hurt her, please don\'t hurt her."\n\n'
            '"It is probable that these deaths were not accidental," the officer added.\n\n'
            "CNN's Holly Yan and Michael Martinez contributed to this story."
        ),
        [None, None],
    ),
    # a hyphenated word of a role before the name ("co-founder", "vice-chair") is still a role
    "a hyphenated role before a name": (
        (
            "But hacking specialists say the most harmful material might not be genuine.\n\n"
            '"You may have material that is 95 percent authentic," Acme co-founder Dana Ruiz told '
            'reporters.\n\n"We will see who says what," vice-chair Tom Hale said.'
        ),
        ["Dana Ruiz", "Tom Hale"],
    ),
    # a quotation closed on a comma is said, even when "policy" or "campaign" comes next: the
    # noun opens its cue, not a name as the "Fair Pay" campaign's
    "a cue opening on a campaign's noun": (
        (
            '"We have to act now and the whole world is watching," policy director Ann Bell wrote.'
            '\n\n"We will not give the money back to anyone," campaign manager Rob Moss said.'
            '\n\nThey backed the "Fair Pay For All Workers Now" campaign last year.'
        ),
        ["Ann Bell", "Rob Moss"],
    ),
    # a portfolio's title before its holder ("Secretary of State", "Minister for Health") gives
    # the holder, wherever the cue stands: before the verb, after it, before the quote
    "a portfolio before its holder": (
        (
            '"We prepared for this possibility in advance," said former Secretary of State Ann '
            'Bell.\n\n"Legislation was approved by the cabinet," Minister for Health Leo Hart '
            "said.\n\nFormer Secretary of State Ruth Stone urged voters to back Clinton, saying, "
            '"There is a special place for those who stay at home."'
        ),
        ["Ann Bell", "Leo Hart", "Ruth Stone"],
    ),
    # a portfolio that itself runs over "for" still leaves its holder's name alone
    "a portfolio of two parts before its holder": (
        (
            "In July, Undersecretary of Defense for Intelligence Mike Vance told the filmmakers "
            'about the raid.\n\n"You are going to get a little bit of operational stuff," Vance '
            'says.\n\n"We are watching the region closely," said Assistant Secretary of State '
            'for Western Hemisphere Affairs Ana Ruiz.\n\n"It is not going to be easy for him to '
            'do it," said Representative Peter T. Kingston of New York.'
        ),
        ["Mike Vance", "Ana Ruiz", "Peter T. Kingston"],
    ),
    # a name ending in -ly is no adverb between the speaker and the verb: "his publicist John
    # Kelly said" is Kelly's, not "his publicist John" (who read as the novelist, John Grisham)
    "a name in -ly after a description": (
        (
            "Novelist John Grisham has apologised for his remarks on sentencing.\n\n"
            '"The comments were taken out of context, and they hurt," his publicist John Kelly '
            'said.\n\n"He never meant to defend anyone," her lawyer Ann Reilly told reporters.'
        ),
        ["John Kelly", "Ann Reilly"],
    ),
    # a first name in common is no sign of one person: after "Grisham issued an apology" a role
    # ("the author") is not the previous speaker, John Kelly; unsure whose it is, nobody's
    "a subject sharing only a first name with the last speaker": (
        (
            "Novelist John Grisham has apologised for his remarks on sentencing.\n\n"
            '"How do you think any of this is made?" a reader named John Kelly asked on his '
            'page.\n\nAfter the uproar began, Grisham issued an apology.\n\n"Anyone who harms '
            'a child should be punished to the fullest extent," the author said.'
        ),
        ["John Kelly", None],
    ),
    # a name set off by commas after a description, before its verb, is its clause's subject:
    # a pronoun or an age after it is that person's, however far from the sentence's start;
    # not a place so set off, nor the subject of a passive
    "a subject set off by commas after a description": (
        (
            "When French legend Ann Bell wore a knee-length skirt, the ripples were felt.\n\n"
            "Fast forward to 2010, and her modern equivalent as the queen of style, Maria Ruiz, "
            'has just signed a record deal.\n\n"It is really incredible to bring these looks to '
            'so many women," the 23-year-old said.\n\nRuth Stone, a philanthropist from Monsey, '
            'New York, said she had given to many candidates.\n\n"I feel bad to say it," she '
            'said.\n\n"We want a deal that lasts for everyone," Javad Zarif said.\n\nTehran has '
            "sent advisers, and one of its top generals, Qassim Ali, has been sent to the "
            'country.\n\n"We do not have forces on the ground in Iraq," he said.'
        ),
        ["Maria Ruiz", "Ruth Stone", "Javad Zarif", "Javad Zarif"],
    ),
    # a body described with its nation ("the Russian foreign ministry") is not another nation's
    # body that spoke last; it may be the same nation's
    "a body described by its nation": (
        (
            '"We will respond with force if we must," South Korea said in a statement.\n\n'
            '"Moscow expects all parties to show restraint," the Russian foreign ministry said.'
            '\n\n"We will not hold talks under these threats," Russia said on Sunday.\n\n'
            '"Our position has not changed at all," the Russian foreign ministry added.'
        ),
        ["South Korea", None, "Russia", "Russia"],
    ),
    # a critics' round-up runs each review under its critic's byline, a paragraph of its own:
    # the review is the critic's, not carried on from the one before
    "a review under its critic's byline": (
        (
            "Critics were not kind to the volcano film this weekend.\n\n"
            'Ann Bell (Entertainment Weekly) \u25bc\n\n"The volcano spews an endless shower of '
            'fire, and the script is no better."\n\nTom Hale (Variety)\n\n"Taking a page from '
            'older disaster films, it invents nothing of its own."'
        ),
        ["Ann Bell", "Tom Hale"],
    ),
    # a sentence quoting two phrases ends on one attribution: a quoted phrase on the way to it
    # is no attribution of its own (the second, a short phrase, is no quotation here)
    "two quoted phrases before the sentence's cue": (
        (
            "The group endorsed the senator before backing his rival.\n\n"
            'His endorsements will carry "a great deal of weight" and help bring candidates the '
            '"grass-roots firepower" they need to win, DFA spokesman Neil Sroka said.'
        ),
        ["Neil Sroka"],
    ),
    # a role names whom its appositive is about, as its head: "Busra, a video shows a man" is
    # no man named Busra; "Ann Bell, the city's mayor" is the mayor
    "a role only as the head of an appositive": (
        (
            "In Homs, Ann Bell, the city's mayor, met aid workers.\n\n\"We are running out of "
            'everything," the mayor said.\n\nIn the Syrian city of Busra, a video shows a man '
            'gathering snow in a bucket.\n\n"We do not have water, we do not have heat," the man '
            "says."
        ),
        ["Ann Bell", None],
    ),
    # "his spokesman" speaks for whom "his" stands for, not for the previous speaker
    "a spokesman of his": (
        (
            '"I knew I would not want him married to anyone close to me," Matt Dunne said.\n\n'
            "Several women have accused Harvey Weinberg of misconduct. Weinberg has acknowledged "
            'inappropriate behaviour.\n\n"Any allegations of assault are unequivocally denied by '
            'Mr. Weinberg," his spokesman previously said.'
        ),
        ["Matt Dunne", "Harvey Weinberg"],
    ),
    # a fact check labels in capitals whose claim it checks; a transcript's label in capitals
    # is the one reading out someone else's words
    "a fact check's label in capitals": (
        (
            'President Donald Trump spoke in Ohio on Tuesday.\n\nTRUMP: "ISIS has spread like '
            'cancer, another mess I inherited."\n\nTHE FACTS: The group began to lose ground '
            'before Trump took office.\n\nCLINTON: "We will not be building any wall at all."'
            '\n\nCarl Azuz hosted the show.\n\nAZUZ: "The rescue teams are prepared and ready to '
            'go." That is what the governor of West Virginia said yesterday.'
        ),
        ["Donald Trump", None, None],
    ),
    # a pronoun's contraction opens no name: "I'm Carl Azuz." names Carl Azuz, and "I'll"
    # is nobody who speaks
    "a contraction before a name": (
        (
            "Bringing you the headlines from around the world. I'm Carl Azuz.\n\n"
            '"We have ten minutes of news for you today," Azuz said.\n\nI\'ll tell you more, '
            'he said: "It starts right now."'
        ),
        ["Carl Azuz", "Carl Azuz"],
    ),
    # a quoted transcript's turn opens on its speaker's label in capitals: the label's, or
    # nobody's when the article names nobody so, never carried from another turn
    "a transcript's turns under their labels": (
        (
            "Indiana Gov. Mike Pence spoke to the host on Sunday about Hillary Clinton.\n\n"
            'Partial transcript as follows:\n\n"WALLACE: Let us start with the debate story. '
            'Will Jo Li be there?\n\n"PENCE: Well, look, Hillary Clinton apparently thinks this '
            'is a game.\n\n"WALLACE: Do you really see those two as equivalent?\n\n"PENCE: Jo Li '
            'will not be attending the debate tomorrow night."'
        ),
        [None, "Mike Pence", None, "Mike Pence"],
    ),
    # a person named after "in" ("Interested in Harvey Wex?", a page's furniture) is still a
    # person, and an imperative opens no name ("Add Harvey Wex as an interest")
    "a first-named person after a preposition": (
        (
            '"I knew I would not want him near anyone close to me," Matt Dunne said.\n\n'
            "Interested in Harvey Wex? Add Harvey Wex as an interest to stay up to date.\n\n"
            "Several women have accused Wex of misconduct. Wex has acknowledged inappropriate "
            'behaviour.\n\n"Any allegations of assault are unequivocally denied," his spokesman '
            "said."
        ),
        ["Matt Dunne", "Harvey Wex"],
    ),
    # a person brought in unnamed (by a man, a man who) may be whom "he" and "the officer"
    # stand for: nobody's rather than the last speaker's
    "an unnamed person brought in since the last speaker": (
        (
            '"People are afraid of driving through the city," said bar manager Cesar Marquez.\n\n'
            "Hosting foreign guests was not unusual for the Kelleys, a high-ranking former "
            'CENTCOM military officer said.\n\n"They frankly did not have a lot to do," the '
            'former officer said.\n\n"Tourists still come by ship," said guide Tom Hale.\n\n'
            "Later, in Tijuana, we were approached by a man with an outdated nylon jacket.\n\n"
            '"I can help you find whatever you need," he said.'
        ),
        ["Cesar Marquez", None, "Tom Hale", None],
    ),
    # a pull-out repeats words the article attributes where it quotes them: the attributed
    # speaker's, not carried from whoever spoke before the pull-out
    "a pull-out quote": (
        (
            '"We will not print money to pay the debt," Hillary Clinton said.\n\n'
            '"I worry that we may see a resurgence of Democrats singing the virtues of balanced '
            'budgets."\n\nEconomists were divided on the plan.\n\n"I worry that we may see a '
            'resurgence of Democrats singing the virtues of balanced budgets," said Dean Baker, '
            "co-director of a think tank."
        ),
        ["Hillary Clinton", "Dean Baker", "Dean Baker"],
    ),
    # "added Bentley on Ellison": the one spoken of is no speaker
    "a cue naming whom the words are about": (
        (
            'Kevin Ellison, 37, got the only goal of the game at Yeovil.\n\n"People say about '
            'his age and this and that, but work with him and you see it," added Bentley on '
            "Ellison."
        ),
        ["Bentley"],
    ),
    # a plural title opens a list of names, and is no part of the first one
    "a plural title before names": (
        (
            "Senators Marco Rubio and Ted Cruz attacked the frontrunner on Thursday.\n\n"
            '"You know where he would be? Selling watches in Manhattan," Mr Rubio said.'
        ),
        ["Marco Rubio"],
    ),
    # a description ending on a title in capitals ("the President", "The St Helens MP") is
    # whom the copy introduced with that title, or nobody; never its words read as a name
    "a title in capitals after an article": (
        (
            'President Ann Bell spoke in Selma on Saturday.\n\n"If Selma taught us anything, '
            'it is that our work is never done," the President said.\n\nLabour MP Tom Hale '
            'said he had been threatened.\n\nThe St Helens MP told the BBC: "The people around '
            'him were trying to put pressure on my family."'
        ),
        ["Ann Bell", None],
    ),
    # a name that qualifies the role after it in an appositive ("an Obama supporter",
    # "Indonesia AirAsia chief") is not the sentence's subject
    "a name qualifying a role in an appositive": (
        (
            '"We will find the plane," Tony Fernandes said.\n\nSunu Widyatmoko, Indonesia '
            'AirAsia chief, told reporters the airline would cooperate.\n\n"The government has '
            'suspended our flights to Singapore," he said.\n\nJamal Simmons, an Obama supporter, '
            'said he saw the shift in his own family.\n\n"It is challenging our assumptions," he '
            "said."
        ),
        ["Tony Fernandes", "Sunu Widyatmoko", "Jamal Simmons"],
    ),
    # a sentence opening on a described person whose owner is named ("A spokesman for the
    # German Olympic Sports Federation said") may be whom "he" then stands for
    "a described opener with a named owner": (
        (
            '"Israel is confident the Games will be safe," said Israeli official Vladimir '
            "Shklyar.\n\nA spokesman for the German Olympic Sports Federation said Germany also "
            'trusted the authorities.\n\n"But we will look closely at the situation," he said.'
        ),
        ["Vladimir Shklyar", None],
    ),
    # a paragraph signing the quote above it ("- Steve Carell") names its speaker, when that
    # person is named; a signature of an outlet ("- Reuters.") names nobody
    "a quote signed in the paragraph after it": (
        (
            'Comedian Steve Carell joined the show in 1999.\n\n"While you were chairman of '
            'the committee, it set a record for unauthorized appropriations."\n\n- Steve Carell'
            '\n\n"They called him a friend to everyone in the whole of the town."\n\n- Reuters.'
        ),
        ["Steve Carell", None],
    ),
    # a quotation that is a title of capitalised words ('"Welcome Back YouTube"', '"Piers
    # Morgan Tonight"') is no name, and no fuller form of one
    "a quoted title of capitalised words": (
        (
            'The company posted on its page on Monday: "Welcome Back YouTube".\n\nHowever, a '
            'YouTube spokeswoman said requests would not be granted automatically.\n\n"We have '
            'clear community guidelines, and we remove videos that break them," she said.\n\n'
            'Piers Morgan spoke on "Piers Morgan Tonight" on Tuesday.\n\n"I loved every minute '
            'of the interview with her," Morgan said.'
        ),
        [None, "Piers Morgan"],
    ),
}


@pytest.mark.parametrize(("text", "speakers"), CASES.values(), ids=CASES.keys())
def test_speakers_of_a_house_style(text: str, speakers: list[str | None]) -> None:
    found = find_quotes(text)
    assert all(text[q.start : q.end] == q.text for q in found)
    assert [q.speaker for q in found] == speakers


def test_a_closing_cue_is_not_read_for_a_quote_inside_its_sentence() -> None:
    text = 'He called it "a mess of the very worst kind" and Jo Li said so.'
    assert [q.speaker for q in find_quotes(text)] != ["Jo Li"]
